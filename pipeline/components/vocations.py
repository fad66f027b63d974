"""Vocations of the lexicon as title heads (models/rules/vocation_heads.txt, built by
scripts/build_vocation_heads.py): "keramiker", and compounds that end in one
("familjehemskonsulent"). Looked up word by word where a title is expected (after a name
and a comma, on a contact line), never in the title-before-name regex, whose cost grows
with every head it tries."""

from __future__ import annotations

from functools import cache

from ..language.resources import read_lines

_FIRST_PART = 3  # letters before a head in a compound: "fält|arbetare", not "b|arbetare"
_MIN_HEAD = 5
_DEFINITE = ("en", "et", "n")


@cache
def _heads() -> frozenset[str]:
    return frozenset(read_lines("vocation_heads.txt"))


def _ends_in_head(word: str) -> bool:
    heads = _heads()
    return word in heads or any(
        word[i:] in heads for i in range(_FIRST_PART, len(word) - _MIN_HEAD + 1)
    )


def is_vocation(word: str) -> bool:
    """A vocation or a compound ending in one, also definite ("keramikern")."""
    word = word.strip(".,:;()").casefold()
    if len(word) < _MIN_HEAD or not word.isalpha():
        return False
    return _ends_in_head(word) or any(
        word.endswith(e) and _ends_in_head(word[: -len(e)]) for e in _DEFINITE
    )


def vocation_base(word: str) -> str:
    """A definite vocation in its base form: "keramikern" -> "keramiker"; else the word."""
    for ending in _DEFINITE:
        stem = word[: -len(ending)]
        if word.casefold().endswith(ending) and _ends_in_head(stem.casefold()):
            return stem
    return word
