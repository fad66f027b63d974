"""A process runs its first batches outside spaCy's memory zone, so the tokenizer keeps
their words cached, until the vocab holds WARM_LEXEMES; then every batch runs in a zone
and its new words are freed with it. Either way the records are the same."""

from __future__ import annotations

from conftest import SEEDS

from pipeline.input.ingest import RawDocument, iter_documents
from pipeline.run import process as process_module
from pipeline.run.process import process


def _release(word: str) -> RawDocument:
    text = f"Kommunen satsar på {word} i år.\n\nAnna Berg, ordförande, säger att {word} behövs."
    return RawDocument(text=text, path=f"{word}.txt", sha256=word)


def test_words_of_a_cold_process_stay_in_the_vocab(nlp, monkeypatch):
    monkeypatch.setattr(process_module, "WARM_LEXEMES", len(nlp.vocab) + 10**6)
    list(process([_release("Kvistrumbatoriet")], nlp))
    assert "Kvistrumbatoriet" in nlp.vocab


def test_words_of_a_warm_process_are_freed_with_their_batch(nlp, monkeypatch):
    monkeypatch.setattr(process_module, "WARM_LEXEMES", 0)
    list(process([_release("Gnuttelplaneten")], nlp))
    assert "Gnuttelplaneten" not in nlp.vocab


def test_the_records_do_not_depend_on_the_zone(nlp, monkeypatch):
    def records(warm_lexemes: int) -> list[str]:
        monkeypatch.setattr(process_module, "WARM_LEXEMES", warm_lexemes)
        docs = iter_documents([str(p) for p in SEEDS])
        return [r.model_dump_json() for r in process(docs, nlp)]

    in_zones = records(0)
    assert records(len(nlp.vocab) + 10**6) == in_zones == records(0)
    assert len(in_zones) == len(SEEDS)
