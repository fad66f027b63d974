"""Swedish word forms: the lemma table of spacy-lookups-data, extended to compounds.

The table lists "sekreterarna" but not "fältsekreterarna"; a compound takes the lemma of
its longest known tail ("fält" + "sekreterare"). The table mixes noun and verb readings
("hembesök" -> "hembesöka"), so two words are taken as the same word when their sets of
{form, lemma} meet rather than when their lemmas are equal.
"""

from __future__ import annotations

from functools import cache

from spacy.lookups import Table, load_lookups


@cache
def _table() -> Table:
    return load_lookups("sv", ["lemma_lookup"]).get_table("lemma_lookup")


@cache
def lemma(word: str) -> str:
    folded = word.casefold()
    table = _table()
    if folded in table:
        return str(table[folded])
    for i in range(2, len(folded) - 2):  # longest known tail of a compound
        if folded[i:] in table:
            return folded[:i] + str(table[folded[i:]])
    return folded


def forms(word: str) -> frozenset[str]:
    return frozenset({word.casefold(), lemma(word)})


def same_word(a: str, b: str) -> bool:
    return bool(forms(a) & forms(b))
