"""Per-document time limit and worker crashes: the slow or fatal document goes to errors,
the rest of the batch goes on."""

from __future__ import annotations

import os
import signal
import time

import pytest
import spacy
from spacy.language import Language

from pipeline import nlp as nlp_module
from pipeline import parallel
from pipeline.ingest import RawDocument
from pipeline.parallel import run_parallel
from pipeline.process import process
from pipeline.schema import ErrorRecord, Record

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


def _slow_nlp() -> Language:
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_slow_or_fatal")
    return nlp


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
    import pipeline.ingest as ingest
    import pipeline.process as process_module
    from pipeline.clean import clean

    def fragile_clean(text):
        if "Umeå" in text:
            raise RecursionError("maximum recursion depth exceeded")
        return clean(text)

    def broken_parser(html):
        raise ValueError("lexbor: out of memory")

    monkeypatch.setattr(process_module, "clean", fragile_clean)
    monkeypatch.setattr(ingest, "html_to_text", broken_parser)
    (tmp_path / "page.html").write_bytes(b"<html><body><p>Regionen bygger</p></body></html>")
    [page_error] = ingest.iter_documents([str(tmp_path / "page.html")])
    assert isinstance(page_error, ingest.IngestError) and page_error.error == "html"
    outcomes = list(process([page_error, *_docs()], nlp))
    assert _kinds(outcomes) == ["html", "record", "clean", "record", "record", "record"]
