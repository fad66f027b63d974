"""Bare place names acting as their municipality: "Malmö får 970 miljoner", "Solna och
Sundbyberg satsar mest", "I Ljungby kommer man skicka ut brev", and inside a sentence
"Värmdös kommunala skolor", "vi i Huddinge", "kommunen, Eskilstuna,"; and the labels of a
list by municipality ("Kalix: 1,2 miljoner kronor" on each line)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from . import rules
from .hits import OrgHit
from .patterns import patterns
from .places import full_form_named, listed_places, sentence_start, split_list


def find_acting_places(text: str) -> Iterator[OrgHit]:
    """Municipalities' bare place names opening a sentence as a verb's subject, named as
    written; where the text writes the body's full name ("Malmö stad") that one names it."""
    pats = patterns()
    for m in [*pats["acting_places"].finditer(text), *pats["place_man"].finditer(text)]:
        if not sentence_start(text, m.start()) or not all(
            rules.is_municipality_place(place) for _, place in split_list(m["list"])
        ):
            continue
        yield from _bare_municipalities(text, m, "place acting: 'X får/satsar'")
    for m in pats["place_as_body"].finditer(text):
        if rules.is_municipality_place(m["list"]):
            yield from _bare_municipalities(text, m, "place as its body: 'Xs kommunala'")


# a line opening with a capitalised label and a colon, after a bullet if any: "Kalix: 1,2 mnkr"
_LINE_LABEL = regex.compile(
    r"(?m)^[ \t]*(?:[-–•*][ \t]*)?(?P<list>\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?):"
)


def find_listed_municipalities(text: str) -> Iterator[OrgHit]:
    """A list whose lines are labelled by municipalities ("Kalix: 1,2 miljoner kronor",
    "Piteå: 800 000 kronor") says what each municipality gets or does: each label is the
    municipality. A line alone may be a dateline or a heading, so a label counts only on
    a line next to another such line."""
    labels = {
        text.count("\n", 0, m.start()): m
        for m in _LINE_LABEL.finditer(text)
        if rules.is_municipality_place(m["list"])
    }
    for line, m in labels.items():
        if line - 1 in labels or line + 1 in labels:
            yield from _bare_municipalities(text, m, "place acting: a list line's label 'X:'")


def _bare_municipalities(text: str, m: regex.Match[str], why: str) -> Iterator[OrgHit]:
    """Each place of the match named as written, unless the text writes the body's full
    name ("Malmö stad"): that one names it."""
    for start, end, place in listed_places(m):
        if not full_form_named(text, place):
            yield OrgHit(start, end, place, "municipality", 0.8, why, (), "org.acting_place")
