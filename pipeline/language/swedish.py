"""Swedish word forms: the lemma table of spacy-lookups-data, extended to compounds.

The table lists "sekreterarna" but not "fältsekreterarna"; a compound takes the lemma of
its longest known tail ("fält" + "sekreterare"). The table mixes noun and verb readings
("hembesök" -> "hembesöka"), so two words are taken as the same word when their sets of
{form, lemma} meet rather than when their lemmas are equal.

The whole table (660k forms) costs seconds and ~150 MB per process, yet only the forms
that can meet a gazetteer word matter: `Lemmas(vocabulary)` keeps those, cached on disk
beside the saved pipeline (models/cache/ in a checkout, the user's cache for an installed
package; in memory where neither is writable) and rebuilt when the vocabulary changes.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import spacy_lookups_data
import srsly

from .resources import MODELS_DIR, pipeline_dir


def cache_dir(models: Path = MODELS_DIR) -> Path:
    """Beside the saved pipeline, so writable where it is: models/cache in a checkout or a
    PIPELINE_MODELS directory, $XDG_CACHE_HOME/pressx/cache for an installed package
    (site-packages may be read-only and belongs to pip)."""
    return pipeline_dir(models).with_name("cache")


CACHE_DIR = cache_dir()


def _full_table() -> dict[str, str]:
    table: dict[str, str] = srsly.read_gzip_json(
        str(spacy_lookups_data.get_file("sv_lemma_lookup.json.gz"))
    )
    return table


def _cached(name: str, build: Callable[[dict[str, str]], Any]) -> Any:
    """What `build` derives from the full table, kept on disk by name."""
    path = CACHE_DIR / f"{name}.json"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    derived = build(_full_table())
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(derived, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # a read-only install: keep it in memory only
        pass
    return derived


def _subset(vocabulary: frozenset[str]) -> dict[str, str]:
    """Table entries whose form or lemma is a tail of a vocabulary word."""
    key = hashlib.sha256("\n".join(sorted(vocabulary)).encode()).hexdigest()[:16]
    tails = {w[i:] for w in vocabulary for i in range(max(1, len(w) - 2))}
    table: dict[str, str] = _cached(
        f"sv_lemmas_{key}", lambda full: {k: v for k, v in full.items() if k in tails or v in tails}
    )
    return table


def _present_verbs(full: dict[str, str]) -> list[str]:
    # infinitive + r, infinitives in -a/-e/-å; nouns whose plural is lemma + r end in -ie/-je
    return sorted(
        k
        for k, v in full.items()
        if k == v + "r" and v.endswith(("a", "e", "å")) and not v.endswith(("ie", "je"))
    )


@cache
def present_verbs() -> frozenset[str]:
    """Present-tense verbs of the table: "uppger", "fokuserar", "deltar"."""
    return frozenset(_cached("sv_present_verbs", _present_verbs))


FORMS_CACHE = 50_000  # words whose forms are kept; about 8 MB


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
            if len(self._forms) >= FORMS_CACHE:  # a corpus has no end of words: stay bounded
                self._forms.clear()
            found = self._forms[word] = frozenset({word.casefold(), self.lemma(word)})
        return found

    def same_word(self, a: str, b: str) -> bool:
        return bool(self.forms(a) & self.forms(b))
