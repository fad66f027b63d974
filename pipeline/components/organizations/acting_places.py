"""Bare place names acting as their municipality: "Malmö får 970 miljoner", "Solna och
Sundbyberg satsar mest", "I Ljungby kommer man skicka ut brev", and inside a sentence
"Värmdös kommunala skolor", "vi i Huddinge", "kommunen, Eskilstuna,"."""

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


def _bare_municipalities(text: str, m: regex.Match[str], why: str) -> Iterator[OrgHit]:
    """Each place of the match named as written, unless the text writes the body's full
    name ("Malmö stad"): that one names it."""
    for start, end, place in listed_places(m):
        if not full_form_named(text, place):
            yield OrgHit(start, end, place, "municipality", 0.8, why, (), "org.acting_place")
