"""Supervised processing: `process` over chunks of documents in worker processes.

Each worker loads the pipeline once (or inherits it, forked from a parent that loaded
it). The parent reads inputs and writes outputs; at most a few chunks per worker are in
flight, so memory stays flat however large the corpus. Outcomes come back in input order.

The time limit holds for every stage: inside a worker, SIGALRM ends a document that runs
past it, and each start of that clock is reported here with the document it is for (see
`deadline.watch`). Should a document hold a worker past the limit plus MARGIN (in C code,
where signals cannot reach), the worker is killed and replaced: that document becomes a
"timeout" (not run again) and the rest of its chunk goes to another worker. A worker that
dies (a crash, the OOM killer) costs only the document it was on ("crashed"). Workers die
with the parent, however it ends (PR_SET_PDEATHSIG, and a parent-pid watch).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import count, islice
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from ..input.ingest import IngestError, RawDocument
from .deadline import watch
from .process import Outcome, error_of, process

Doc = RawDocument | IngestError
T = TypeVar("T")

CHUNK = 32  # documents per task, at most: one full nlp.pipe batch (the NER batches)
IN_FLIGHT_PER_WORKER = 4
MARGIN = 3.0  # seconds past the limit before the supervisor kills a worker
PR_SET_PDEATHSIG = 1


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Chunks of 1, 2, 4 ... `size` items: the first record comes back at once."""
    it, n = iter(items), 1
    while chunk := list(islice(it, n)):
        yield chunk
        n = min(n * 2, size)


# --- in the worker process ---------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """The kernel kills this process when its parent dies (Linux); elsewhere, or should the
    parent be gone already, a thread watching the parent's pid ends it."""
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch_parent, daemon=True).start()


def _reporter(conn: Connection, chunk: list[Doc]) -> Callable[[Any], None]:
    """Sends the position in `chunk` of each document put on the clock (None: several)."""
    positions = {id(doc): i for i, doc in enumerate(chunk)}
    return lambda doc: conn.send(("at", positions.get(id(doc))))


def _serve(conn: Connection, timeout: float | None, parent: int) -> None:
    """Worker main: load the pipeline, then process each chunk sent, reporting the clock's
    starts and each outcome as it comes."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from ..language import nlp
    from ..language.ner_ops import one_blas_thread

    one_blas_thread()
    nlp.load()
    conn.send(("ready", None))
    while (task := conn.recv()) is not None:
        chunk, batch_size = task
        with watch(_reporter(conn, chunk)):
            for i, outcome in enumerate(
                process(chunk, timeout=timeout, batch_size=batch_size, ramp_up=False)
            ):
                try:
                    conn.send(("outcome", outcome))
                except Exception as exc:  # an outcome that cannot be sent back
                    message = f"{type(exc).__name__}: {exc}"
                    conn.send(("outcome", error_of(chunk[i].source(), "stage", message)))
        conn.send(("done", None))


# --- in the parent -------------------------------------------------------------------


@dataclass
class Task:
    """Documents (with their input sequence numbers) for one worker."""

    items: list[tuple[int, Doc]]
    batch_size: int = CHUNK
    done: int = 0  # outcomes received
    current: int | None = None  # position of the document on the clock; None: several
    clock: float = field(default_factory=time.monotonic)


class Worker:
    def __init__(self, timeout: float | None) -> None:
        context = multiprocessing.get_context("fork")  # inherits the imported modules
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve, args=(child, timeout, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False
        self.task: Task | None = None

    def start(self, task: Task) -> None:
        task.clock = time.monotonic()
        self.task = task
        self.conn.send(([doc for _, doc in task.items], task.batch_size))

    def kill(self) -> None:
        self.process.kill()
        self.process.join()
        self.conn.close()


class Supervisor:
    """Runs tasks on `workers` processes; kills and replaces a worker whose document runs
    past `timeout` + MARGIN, or that dies."""

    def __init__(self, workers: int, timeout: float | None) -> None:
        self.timeout = timeout or None
        self.queue: deque[Task] = deque()
        self.results: dict[int, Outcome] = {}
        self.workers = [Worker(self.timeout) for _ in range(workers)]

    def busy(self) -> bool:
        return bool(self.queue) or any(w.task for w in self.workers)

    def step(self) -> None:
        """Hand out tasks, then wait for one message or a clock to run out."""
        for worker in list(self.workers):
            if worker.ready and worker.task is None and self.queue:
                task = self.queue.popleft()
                try:
                    worker.start(task)
                except OSError:  # died idle: its task goes to the next one
                    worker.task = None
                    self.queue.appendleft(task)
                    self._replace(worker, "crashed", "the worker process died")
        ready = wait([w.conn for w in self.workers], timeout=self._wait_time())
        for worker in list(self.workers):
            # all it has sent: a worker blocked on a full pipe is not overdue
            while worker.conn in ready and not worker.conn.closed and worker.conn.poll():
                self._receive(worker)
        self._kill_overdue()

    def _wait_time(self) -> float | None:
        if self.timeout is None:
            return None
        clocks = [w.task.clock for w in self.workers if w.task]
        if not clocks:
            return None
        return max(0.0, min(clocks) + self.timeout + MARGIN - time.monotonic())

    def _receive(self, worker: Worker) -> None:
        try:
            kind, value = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker, "crashed", "the worker process died")
            return
        task = worker.task
        if kind == "ready":
            worker.ready = True
        elif task is not None and kind == "at":
            task.current, task.clock = value, time.monotonic()
        elif task is not None and kind == "outcome":
            self.results[task.items[task.done][0]] = value
            task.done += 1
        elif kind == "done":
            worker.task = None

    def _kill_overdue(self) -> None:
        if self.timeout is None:
            return
        now = time.monotonic()
        for worker in list(self.workers):
            overdue = worker.task and now - worker.task.clock > self.timeout + MARGIN
            if overdue and not worker.conn.poll():
                message = f"processing took longer than {self.timeout} s (the worker was killed)"
                self._replace(worker, "timeout", message)

    def _replace(self, worker: Worker, error: str, message: str) -> None:
        """Kill the worker and start another. The document it was on gets the error; the
        rest of its task is queued again (each alone when the culprit is not known)."""
        if not worker.ready:
            worker.kill()
            raise RuntimeError(f"a worker process could not start ({message})")
        task, index = worker.task, self.workers.index(worker)
        worker.kill()
        self.workers[index] = Worker(self.timeout)
        if task is None:
            return
        rest = task.items[task.done :]
        if task.current is not None and task.current >= task.done:
            seq, doc = task.items[task.current]
            self.results[seq] = error_of(doc.source(), error, message)
            rest = [item for item in rest if item[0] != seq]
            if rest:
                self.queue.appendleft(Task(rest, task.batch_size))
        elif len(rest) == 1 and task.batch_size == 1:
            seq, doc = rest[0]
            self.results[seq] = error_of(doc.source(), error, message)
        else:  # several documents were on the clock: find the one to blame alone
            self.queue.extendleft(reversed([Task([item], batch_size=1) for item in rest]))

    def close(self) -> None:
        for worker in self.workers:
            if worker.task is None and worker.process.is_alive():
                with suppress(OSError):
                    worker.conn.send(None)
        deadline = time.monotonic() + 2.0
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                worker.kill()


def run_parallel(
    docs: Iterable[Doc], workers: int, timeout: float | None = None, chunk_size: int = CHUNK
) -> Iterator[Outcome]:
    """Every document to one outcome, in input order, over `workers` supervised processes."""
    supervisor = Supervisor(max(1, workers), timeout)
    todo = chunks(zip(count(), docs, strict=False), chunk_size)
    ahead = max(1, workers) * IN_FLIGHT_PER_WORKER * chunk_size
    read = next_out = 0
    exhausted = False
    try:
        while True:
            while not exhausted and read - next_out < ahead:
                if (chunk := next(todo, None)) is None:
                    exhausted = True
                else:
                    supervisor.queue.append(Task(chunk, batch_size=chunk_size))
                    read += len(chunk)
            while next_out in supervisor.results:
                yield supervisor.results.pop(next_out)
                next_out += 1
            if exhausted and next_out == read:
                return
            if exhausted or read - next_out >= ahead:
                supervisor.step()
    finally:
        supervisor.close()
