"""The loaded pipeline computes each word's floret vector once (word_vectors), and the
vectors are spaCy's own, bit for bit, from the cache or not."""

from __future__ import annotations

import numpy
import spacy
from conftest import SEEDS
from spacy.vectors import Vectors

from pipeline.language import word_vectors
from pipeline.language.nlp import NER_DIR
from pipeline.language.word_vectors import CachedFloretVectors, cache_word_vectors


def _batches(nlp) -> list[numpy.ndarray]:
    attr = nlp.vocab.vectors.attr
    docs = [nlp.make_doc(p.read_text(encoding="utf-8")) for p in SEEDS]
    return [d.to_array(attr) for d in docs] + [numpy.concatenate([d.to_array(attr) for d in docs])]


def test_the_loaded_pipeline_keeps_word_vectors(nlp):
    if "ner" in nlp.pipe_names:
        assert isinstance(nlp.vocab.vectors, CachedFloretVectors)


def test_cached_vectors_are_spacys(monkeypatch):
    if not (NER_DIR / "meta.json").exists():
        return
    plain = spacy.load(NER_DIR)
    assert type(plain.vocab.vectors) is Vectors
    expected = [plain.vocab.vectors.get_batch(keys) for keys in _batches(plain)]
    monkeypatch.setattr(word_vectors, "CACHE_ROWS", 700)  # fills up and starts afresh
    with_cache = cache_word_vectors(spacy.load(NER_DIR))
    for _ in range(2):  # computed, then from the cache
        got = [with_cache.vocab.vectors.get_batch(keys) for keys in _batches(with_cache)]
        assert all(
            g.dtype == e.dtype and g.flags.c_contiguous and numpy.array_equal(g, e)
            for g, e in zip(got, expected, strict=True)
        )
