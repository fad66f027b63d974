"""Per-document time limit and worker crashes: the slow or fatal document goes to errors,
the rest of the batch goes on."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from pipeline.input.ingest import RawDocument
from pipeline.language import nlp as nlp_module
from pipeline.record.schema import ErrorRecord, Record
from pipeline.resolve import STEPS
from pipeline.run import parallel
from pipeline.run.parallel import run_parallel
from pipeline.run.process import process

TEXTS = [
    "Regeringen har i dag beslutat att ge Boverket i uppdrag att se över byggreglerna.",
    "Kommunfullmäktige i Umeå antog budgeten för 2025. LÅNGSAM handläggning väntas.",
    "Region Skåne satsar 40 miljoner kronor på vårdcentraler i nordöstra Skåne.",
    "Socialnämnden i Malmö vill nå fler unga. KRASCH i systemet stoppade inget.",
    "Försvarsmakten ska förstärka närvaron på Gotland, meddelar regeringen.",
]


@Language.component("test_slow_or_fatal")
def _slow_or_fatal(doc):
    if "LÅNGSAM" in doc.text:
        time.sleep(30)  # a pathological document
    if "KRASCH" in doc.text and os.environ.get("PRESSX_TEST_CRASH"):
        os._exit(3)  # a worker dying: segfault, OOM killer
    if "KRASCH" in doc.text and os.environ.get("PRESSX_TEST_HANG"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # a hang in C code
        time.sleep(60)
    return doc


def _blank_with(component: str) -> Language:
    """A blank pipeline: sentences, the test's component, then the resolution steps
    (assemble refuses a Doc they never saw)."""
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(component)
    for step in STEPS:
        nlp.add_pipe(step)
    return nlp


def _slow_nlp() -> Language:
    return _blank_with("test_slow_or_fatal")


def _docs() -> list[RawDocument]:
    return [RawDocument(text=t, path=f"doc{i}.txt", sha256=str(i)) for i, t in enumerate(TEXTS)]


def _kinds(outcomes) -> list[str]:
    return ["record" if isinstance(o, Record) else o.error for o in outcomes]


def test_timeout_in_process_sends_only_the_slow_document_to_errors():
    start = time.monotonic()
    outcomes = list(process(_docs(), _slow_nlp(), timeout=0.5))
    assert time.monotonic() - start < 10
    assert _kinds(outcomes) == ["record", "timeout", "record", "record", "record"]
    assert "0.5 s" in outcomes[1].message
    assert [o.source.path for o in outcomes] == [f"doc{i}.txt" for i in range(5)]


def test_timeout_inside_workers(monkeypatch):
    monkeypatch.setattr(nlp_module, "load", _slow_nlp)  # the forked workers inherit it
    outcomes = list(run_parallel(_docs(), workers=2, timeout=0.5, chunk_size=2))
    assert _kinds(outcomes) == ["record", "timeout", "record", "record", "record"]


def test_a_crashing_document_costs_only_itself(monkeypatch):
    monkeypatch.setattr(nlp_module, "load", _slow_nlp)
    monkeypatch.setenv("PRESSX_TEST_CRASH", "1")
    outcomes = list(run_parallel(_docs(), workers=2, timeout=0.5, chunk_size=2))
    assert _kinds(outcomes) == ["record", "timeout", "record", "crashed", "record"]
    assert all(isinstance(o, Record | ErrorRecord) for o in outcomes)


def test_watchdog_kills_a_hang_that_signals_cannot_reach(monkeypatch):
    monkeypatch.setattr(nlp_module, "load", _slow_nlp)
    monkeypatch.setattr(parallel, "MARGIN", 1.0)
    monkeypatch.setenv("PRESSX_TEST_HANG", "1")
    start = time.monotonic()
    outcomes = list(run_parallel(_docs(), workers=2, timeout=0.5, chunk_size=2))
    assert time.monotonic() - start < 30
    assert _kinds(outcomes) == ["record", "timeout", "record", "timeout", "record"]
    assert "killed" in outcomes[3].message


@pytest.mark.parametrize("timeout", [None, 0])
def test_no_limit_when_turned_off(timeout):
    docs = [d for d in _docs() if "LÅNGSAM" not in d.text]
    assert _kinds(process(docs, _slow_nlp(), timeout=timeout)) == ["record"] * 4


def test_a_failing_stage_costs_only_its_document(monkeypatch, nlp, tmp_path):
    import pipeline.input.ingest as ingest
    import pipeline.run.process as process_module
    from pipeline.input.clean import clean

    def fragile_clean(text):
        if "Umeå" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return clean(text)

    def broken_parser(html):
        raise ValueError("lexbor: out of memory")

    monkeypatch.setattr(process_module, "clean", fragile_clean)
    monkeypatch.setattr(ingest, "read_page", broken_parser)
    (tmp_path / "page.html").write_bytes(b"<html><body><p>Regionen bygger</p></body></html>")
    [page] = ingest.iter_documents([str(tmp_path / "page.html")])  # read where it is processed
    outcomes = list(process([page, *_docs()], nlp))
    assert _kinds(outcomes) == ["html", "record", "clean", "record", "record", "record"]
    assert outcomes[0].source.path.endswith("page.html") and "out of memory" in outcomes[0].message


def test_an_html_page_whose_parsing_hangs_is_a_timeout_and_the_run_goes_on(monkeypatch, tmp_path):
    import pipeline.input.ingest as ingest

    read_page = ingest.read_page

    def hanging_parser(html):
        if "HÄNGER" in html:  # a parser stuck in C code, where SIGALRM cannot reach
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(20)
        return read_page(html)

    monkeypatch.setattr(ingest, "read_page", hanging_parser)  # the forked workers inherit it
    monkeypatch.setattr(nlp_module, "load", _slow_nlp)
    monkeypatch.setattr(parallel, "MARGIN", 1.0)
    page = (
        "<html><body><h1>Nytt bibliotek</h1><p>Kommunen bygger ett bibliotek. {}</p></body></html>"
    )
    (tmp_path / "a.html").write_text(page.format("Det öppnar i maj."), encoding="utf-8")
    (tmp_path / "b.html").write_text(page.format("HÄNGER"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(TEXTS[0], encoding="utf-8")
    docs = ingest.iter_documents([str(tmp_path)])
    outcomes = list(run_parallel(docs, workers=1, timeout=5.0, chunk_size=4))
    assert _kinds(outcomes) == ["record", "timeout", "record"]
    assert outcomes[1].source.path.endswith("b.html") and "killed" in outcomes[1].message
    assert outcomes[0].title == "Nytt bibliotek"  # the page was read as a page


@Language.component("test_blocks_signals")
def _blocks_signals(doc):
    if "KRASCH" in doc.text:
        with open(os.environ["PRESSX_TEST_RUNS"], "a") as runs:
            runs.write("run\n")
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})  # as C code that holds on
        time.sleep(120)
    return doc


def _blocking_nlp() -> Language:
    return _blank_with("test_blocks_signals")


@pytest.mark.parametrize("chunk_size", [1, 32])
def test_one_worker_kills_an_uninterruptible_document_once(monkeypatch, tmp_path, chunk_size):
    monkeypatch.setattr(nlp_module, "load", _blocking_nlp)
    monkeypatch.setenv("PRESSX_TEST_RUNS", str(tmp_path / "runs"))
    start = time.monotonic()
    outcomes = list(run_parallel(_docs(), workers=1, timeout=1.0, chunk_size=chunk_size))
    # the limit, the margin, a fresh worker and the other documents: far below the 120 s
    assert time.monotonic() - start < 1.0 + parallel.MARGIN + 30
    assert _kinds(outcomes) == ["record", "record", "record", "timeout", "record"]
    assert "killed" in outcomes[3].message
    runs = (tmp_path / "runs").read_text().count("run")
    # Alone in its task it is known to be the one and not run again; first in a batch of
    # several it may be any of them (the NER runs over all at once), so it is redone alone.
    assert runs == 1 if chunk_size == 1 else runs <= 2


@Language.component("test_waits_to_be_killed")
def _waits_to_be_killed(doc):
    if "KRASCH" in doc.text:  # tells the test which worker to kill, then waits for it
        with open(os.environ["PRESSX_TEST_PIDS"], "a") as pids:
            pids.write(f"{os.getpid()}\n")
        time.sleep(60)
    return doc


def _killable_nlp() -> Language:
    return _blank_with("test_waits_to_be_killed")


def _kill_each_worker_named_in(path: Path, stop: threading.Event) -> list[int]:
    """SIGKILL from outside (as the OOM killer or a user's kill -9) each worker that
    writes its pid to `path`, until `stop`; the pids killed."""
    killed: list[int] = []
    while not stop.wait(0.05):
        pids = [int(p) for p in path.read_text().split()] if path.exists() else []
        for pid in pids[len(killed) :]:
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)
    return killed


@pytest.mark.parametrize("chunk_size", [1, 4])
def test_a_worker_killed_from_outside_costs_only_the_document_it_was_on(
    monkeypatch, tmp_path, chunk_size
):
    monkeypatch.setattr(nlp_module, "load", _killable_nlp)
    monkeypatch.setenv("PRESSX_TEST_PIDS", str(tmp_path / "pids"))
    docs = [
        RawDocument(text=f"{t} ({i})", path=f"doc{i}.txt", sha256=str(i))
        for i, t in enumerate(TEXTS * 3)
    ]  # the 4th, 9th and 14th say KRASCH
    stop, killed = threading.Event(), []
    killer = threading.Thread(
        target=lambda: killed.extend(_kill_each_worker_named_in(tmp_path / "pids", stop))
    )
    killer.start()
    try:
        outcomes = list(run_parallel(docs, workers=2, timeout=None, chunk_size=chunk_size))
    finally:
        stop.set()
        killer.join()
    crashed = ["crashed" if "KRASCH" in d.text else "record" for d in docs]
    assert _kinds(outcomes) == crashed  # the documents beside them are records
    assert [o.source.path for o in outcomes] == [d.path for d in docs]
    # alone in its task, the one on the clock is known; in a batch, each is redone alone
    assert len(killed) == 3 if chunk_size == 1 else 3 <= len(killed) <= 6


PARENT = """
import signal, sys, time, spacy
# a parent started under nohup inherits SIGHUP ignored; the test is of the default
signal.signal(signal.SIGHUP, signal.SIG_DFL)
from spacy.language import Language
from pipeline.language import nlp as nlp_module
from pipeline.input.ingest import RawDocument
from pipeline.run.parallel import run_parallel

@Language.component("sleeps")
def sleeps(doc):
    time.sleep(600)
    return doc

def slow():
    nlp = spacy.blank("sv")
    nlp.add_pipe("sleeps")
    return nlp

nlp_module.load = slow
docs = [RawDocument(text=f"Text {i}", path=f"{i}.txt", sha256=str(i)) for i in range(4)]
print("started", flush=True)
list(run_parallel(docs, workers=2, timeout=0))
"""


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has ended


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_workers_die_with_their_parent(how):
    root = Path(__file__).resolve().parent.parent
    parent = subprocess.Popen([sys.executable, "-c", PARENT], cwd=root, stdout=subprocess.PIPE)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == b"started"
        workers: set[int] = set()
        for _ in range(100):
            workers = _children(parent.pid)
            if len(workers) == 2:
                break
            time.sleep(0.1)
        assert len(workers) == 2
        parent.send_signal(how)
        parent.wait(timeout=30)
        for _ in range(100):
            if not any(_alive(pid) for pid in workers):
                break
            time.sleep(0.1)
        assert not any(_alive(pid) for pid in workers)
    finally:
        parent.kill()
