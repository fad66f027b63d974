"""Bare place names acting as their municipality: "Malmö får 970 miljoner", "Solna och
Sundbyberg satsar mest", "I Ljungby kommer man skicka ut brev"."""

from __future__ import annotations

from collections.abc import Iterator

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
        for start, end, place in listed_places(m):
            if not full_form_named(text, place):
                why = "place acting: 'X får/satsar'"
                yield OrgHit(start, end, place, "municipality", 0.8, why, (), "org.acting_place")
