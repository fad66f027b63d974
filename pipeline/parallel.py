"""Parallel processing: `process` over chunks of documents in a pool of worker processes.

Each worker loads the pipeline once. The parent reads inputs and writes outputs; at most
a few chunks per worker are in flight, so memory stays flat however large the corpus.
Outcomes come back in input order. A worker that dies (a crash, the OOM killer) costs
only its documents: the pool is rebuilt, the chunk is redone document by document, and
a document that kills a worker again becomes an error "crashed". The time limit is
SIGALRM inside the worker; should a document hang where signals cannot reach it (in C
code), a watchdog here kills the pool after its chunk's whole allowance plus GRACE and
redoes the chunk document by document, so that the hanging one becomes "timeout".
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from .ingest import IngestError, RawDocument
from .process import Outcome, error_of, process

Doc = RawDocument | IngestError

CHUNK = 32  # documents per task, at most: one full nlp.pipe batch (the NER batches)
IN_FLIGHT_PER_WORKER = 4
GRACE = 30.0  # seconds past a chunk's time allowance before the watchdog kills the pool

_timeout: float | None = None


def _init(timeout: float | None) -> None:
    global _timeout
    from . import nlp

    _timeout = timeout
    nlp.load()


def _work(chunk: list[Doc]) -> list[Outcome]:
    return list(process(chunk, timeout=_timeout, ramp_up=False))  # chunks ramp up already


def chunks(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    """Chunks of 1, 2, 4 ... `size` documents: the first record comes back at once."""
    it, n = iter(docs), 1
    while chunk := list(islice(it, n)):
        yield chunk
        n = min(n * 2, size)


class Pool:
    """A process pool that survives the death of its workers."""

    def __init__(self, workers: int, timeout: float | None) -> None:
        self.workers = workers
        self.timeout = timeout
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        # fork: workers inherit the imported modules, so they start in a fraction of a second
        context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(
            self.workers, mp_context=context, initializer=_init, initargs=(self.timeout,)
        )

    def submit(self, chunk: list[Doc]) -> Future[list[Outcome]]:
        return self._executor.submit(_work, chunk)

    def allowance(self, n_docs: int) -> float | None:
        """How long the watchdog waits for a chunk of n documents (None: no limit)."""
        return self.timeout * n_docs + GRACE if self.timeout else None

    def restart(self, kill: bool = False) -> None:
        if kill:  # hung workers never finish: end them (the executor keeps no other handle)
            for process in list(getattr(self._executor, "_processes", {}).values()):
                process.kill()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._start()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def one_by_one(self, chunk: list[Doc]) -> list[Outcome]:
        """A chunk whose worker died, redone per document to find the one to blame."""
        outcomes: list[Outcome] = []
        for doc in chunk:
            try:
                outcomes += self.submit([doc]).result(timeout=self.allowance(1))
            except BrokenProcessPool:
                self.restart()
                outcomes.append(error_of(doc.source(), "crashed", "the worker process died"))
            except FutureTimeout:
                self.restart(kill=True)
                message = f"processing took longer than {self.timeout} s (the worker was killed)"
                outcomes.append(error_of(doc.source(), "timeout", message))
            except Exception as exc:  # e.g. an outcome that cannot be sent back
                outcomes.append(error_of(doc.source(), "stage", f"{type(exc).__name__}: {exc}"))
        return outcomes


def _succeeded(future: Future[list[Outcome]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def run_parallel(
    docs: Iterable[Doc], workers: int, timeout: float | None = None, chunk_size: int = CHUNK
) -> Iterator[Outcome]:
    """Every document to one outcome, in input order, over `workers` processes."""
    pool = Pool(workers, timeout)
    pending: deque[tuple[list[Doc], Future[list[Outcome]]]] = deque()
    todo = chunks(docs, chunk_size)
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER and (chunk := next(todo, None)):
                pending.append((chunk, pool.submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                yield from future.result(timeout=pool.allowance(len(chunk)))
            except (BrokenProcessPool, FutureTimeout) as exc:
                pool.restart(kill=isinstance(exc, FutureTimeout))
                yield from pool.one_by_one(chunk)
                pending = deque((c, f if _succeeded(f) else pool.submit(c)) for c, f in pending)
            except Exception:
                yield from pool.one_by_one(chunk)
    finally:
        pool.close()
