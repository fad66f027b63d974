"""The NER's floret word vectors, each word's computed once and kept.

spaCy computes a floret vector from the word's character n-grams (hashed, looked up,
averaged) for every word of every batch the NER sees, frequent words again and again:
0.9 ms of CPU a release. `CachedFloretVectors` keeps the vectors it computed, by word
key, in a table of CACHE_ROWS rows, and computes only the words missing from it, with
spaCy's own code: each word's vector is the average of its own n-gram rows, so the
numbers are the ones spaCy gives (tests/test_word_vectors.py compares them).
"""

from __future__ import annotations

from typing import Any

import numpy
from spacy.language import Language
from spacy.vectors import Mode, Vectors

CACHE_ROWS = 20_000  # words kept (400 bytes each): a release's words are mostly among them


class CachedFloretVectors(Vectors):
    """Floret vectors whose `get_batch` computes each word once per CACHE_ROWS words."""

    def init_cache(self) -> None:
        self._rows: dict[int, int] = {}
        self._table = numpy.zeros((CACHE_ROWS, self.data.shape[1]), dtype=self.data.dtype)

    def get_batch(self, keys: Any) -> Any:
        keys = [int(k) for k in keys]
        unique = list(dict.fromkeys(keys))
        if len(unique) > CACHE_ROWS:
            return super().get_batch(keys)
        missing = [k for k in unique if k not in self._rows]
        if len(self._rows) + len(missing) > CACHE_ROWS:  # full: start afresh with the batch
            self._rows.clear()
            missing = unique
        if missing:
            computed = super().get_batch(missing)
            if computed.dtype != self._table.dtype:  # spaCy's answer for only empty words
                return super().get_batch(keys)
            first = len(self._rows)
            self._table[first : first + len(missing)] = computed
            self._rows.update((k, first + i) for i, k in enumerate(missing))
        return self._table[[self._rows[k] for k in keys]]


def cache_word_vectors(nlp: Language) -> Language:
    """`nlp` with its floret vectors (if it has any) computed once per word."""
    vectors = nlp.vocab.vectors
    if not isinstance(vectors, Vectors) or vectors.mode != Mode.floret:
        return nlp
    if isinstance(vectors, CachedFloretVectors):
        return nlp
    cached = CachedFloretVectors(
        strings=vectors.strings,
        data=vectors.data,
        name=vectors.name,
        mode=Mode.floret,
        minn=vectors.minn,
        maxn=vectors.maxn,
        hash_count=vectors.hash_count,
        hash_seed=vectors.hash_seed,
        bow=vectors.bow,
        eow=vectors.eow,
        attr=vectors.attr,
    )
    cached.init_cache()
    nlp.vocab.vectors = cached
    return nlp
