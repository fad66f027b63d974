"""The word lists and tables the intervention finders read (models/rules/intervention_*),
each read once."""

from __future__ import annotations

from functools import cache

from ...language.resources import read_lines, read_table
from ...language.swedish import Lemmas
from .hits import Entry

# Words of a clause ("Insatserna kommer att bedrivas av …"): no name, nor a measure's kind.
CLAUSE_WORDS = frozenset({"kommer", "att", "ska", "är", "har", "bedrivas"})


@cache
def entries() -> tuple[Entry, ...]:
    return tuple(
        Entry(
            r["name"],
            r["named"].strip().lower() == "true",
            tuple(a for a in (r.get("aliases") or "").split("|") if a),
        )
        for r in read_table("interventions.tsv")
    )


@cache
def word_set(name: str, *, fold: bool = True) -> frozenset[str]:
    """A word list of models/rules as a set, case-folded unless `fold` is False."""
    return frozenset(w.casefold() if fold else w for w in read_lines(name))


def stoplist() -> frozenset[str]:
    return word_set("intervention_stoplist.txt")


@cache
def context_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in read_lines("intervention_context.txt"))


@cache
def heads() -> tuple[str, ...]:
    """The heads of measure compounds, longest first ("gård" in "fritidsgård")."""
    return tuple(sorted(read_lines("intervention_heads.txt"), key=len, reverse=True))


@cache
def head_lemmas() -> Lemmas:
    return Lemmas(frozenset(heads()))


def head_exclusions() -> frozenset[str]:
    """Compounds with a head that name no measure ("åtgärdsprogram")."""
    return word_set("intervention_head_exclusions.txt")
