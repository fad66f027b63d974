"""Swedish word forms: the lemma table of spacy-lookups-data, extended to compounds.

The table lists "sekreterarna" but not "fältsekreterarna"; a compound takes the lemma of
its longest known tail ("fält" + "sekreterare"). The table mixes noun and verb readings
("hembesök" -> "hembesöka"), so two words are taken as the same word when their sets of
{form, lemma} meet rather than when their lemmas are equal.

The whole table (660k forms) costs seconds and ~150 MB per process, yet only the forms
that can meet a gazetteer word matter: `Lemmas(vocabulary)` keeps those, cached on disk
under models/cache/ and rebuilt by itself when the vocabulary changes.
"""

from __future__ import annotations

import hashlib
import json
import os

import spacy_lookups_data
import srsly

from .resources import MODELS_DIR

CACHE_DIR = MODELS_DIR / "cache"


def _subset(vocabulary: frozenset[str]) -> dict[str, str]:
    """Table entries whose form or lemma is a tail of a vocabulary word."""
    key = hashlib.sha256("\n".join(sorted(vocabulary)).encode()).hexdigest()[:16]
    path = CACHE_DIR / f"sv_lemmas_{key}.json"
    if path.exists():
        table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return table
    tails = {w[i:] for w in vocabulary for i in range(max(1, len(w) - 2))}
    full = srsly.read_gzip_json(str(spacy_lookups_data.get_file("sv_lemma_lookup.json.gz")))
    table = {k: v for k, v in full.items() if k in tails or v in tails}
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # a read-only install: keep it in memory only
        pass
    return table


class Lemmas:
    """Lemmas for the words that can meet `vocabulary` (case-folded words)."""

    def __init__(self, vocabulary: frozenset[str]) -> None:
        self._table = _subset(vocabulary)
        self._forms: dict[str, frozenset[str]] = {}

    def lemma(self, word: str) -> str:
        folded = word.casefold()
        if folded in self._table:
            return self._table[folded]
        for i in range(2, len(folded) - 2):  # longest known tail of a compound
            if folded[i:] in self._table:
                return folded[:i] + self._table[folded[i:]]
        return folded

    def forms(self, word: str) -> frozenset[str]:
        found = self._forms.get(word)
        if found is None:
            found = self._forms[word] = frozenset({word.casefold(), self.lemma(word)})
        return found

    def same_word(self, a: str, b: str) -> bool:
        return bool(self.forms(a) & self.forms(b))
