"""Party marks beside a title: a known party's mark set off by commas between a name and
its title, or after the title; a bracketed acronym the words before it spell is no party."""

from __future__ import annotations

import regex

from ..language.names import party_marks

# a party mark set off by commas between the name and its title: "Erik Berg, (S), regionråd"
PARTY_BETWEEN_COMMAS = regex.compile(r"\s*,\s*\((?P<party>\p{L}{1,4})\)(?=\s*,)")
PARTY_IN_ROLE = regex.compile(r"\s*\((?P<party>\p{L}{1,4})\)")


def _spells(before: str, mark: str) -> bool:
    """The mark is the initials of the capitalised words before it: "Sveriges Kommuner och
    Regioner (SKR)" defines an acronym, it is no party mark."""
    initials = "".join(w[0] for w in before.split() if w[:1].isupper())
    return len(mark) >= 2 and initials.endswith(mark.upper())


def is_party(before: str, mark: str) -> bool:
    """A party mark after a title is a known party's: in "ledamot (SKVP)" and "ledamot
    (IN)" the mark names the member's body."""
    return mark.upper() in party_marks() and not _spells(before, mark)
