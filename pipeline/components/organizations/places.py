"""Place names inside organization names: "Huddinge kommun", "Lidingö, Vaxholm och Nacka"."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...language.text_units import alternation
from . import rules

PLACE_WORD = r"\p{Lu}[\p{Ll}åäö]+(?:-\p{Lu}[\p{Ll}]+)?"
LIST_SEP = r"(?:,\s|\s(?:och|samt)\s)"


@cache
def place_regex() -> str:
    """A place name: one word, or two where the first is a prefix like "Upplands", "Östra"."""
    prefixes = alternation(rules.place_prefixes())
    return rf"(?:(?:{prefixes})\s)?{PLACE_WORD}"


def sentence_start(text: str, i: int) -> bool:
    """Nothing but a sentence or line break, a dash, bullet or quote before position i."""
    before = text[max(0, i - 6) : i].rstrip(" \t\"'”“»«–—-•*#")
    return not before or before[-1] in ".!?:\n"


def base_place(text: str, m: regex.Match[str]) -> str:
    """The place of "Region Skånes arbete" without its genitive -s."""
    place = str(m["place"])
    if place.endswith("s") and regex.match(r"\s\p{Ll}", text[m.end() :]):
        return place[:-1]
    return place


def joint_parts(m: regex.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Each place of a joint name ("Länsstyrelserna i Stockholm och Västerbotten") with its
    span: the first from the joint word on, the others the place alone."""
    for offset, place in split_list(m["list"]):
        start = m.start() if offset == 0 else m.start("list") + offset
        yield start, m.start("list") + offset + len(place), place


def listed_places(m: regex.Match[str]) -> Iterator[tuple[int, int, str]]:
    """Each place of the match's list ("Lidingö, Vaxholm och Nacka") with its own span."""
    for offset, place in split_list(m["list"]):
        start = m.start("list") + offset
        yield start, start + len(place), place


def split_list(text: str) -> list[tuple[int, str]]:
    """'Lidingö, Vaxholm och Nacka' -> [(0, 'Lidingö'), (9, 'Vaxholm'), (22, 'Nacka')]."""
    parts = []
    pos = 0
    for piece in regex.split(rf"({LIST_SEP})", text):
        if piece and not regex.fullmatch(LIST_SEP, piece):
            parts.append((pos, piece))
        pos += len(piece)
    return parts


def place_ok(place: str) -> bool:
    return place.split()[0].casefold() not in rules.determiners()


def plausible_places(m: regex.Match[str]) -> bool:
    """Every part of a joint "X och Y kommuner" is a place name, not a body
    ("Segerstedtinstitutet") nor a determiner ("Sveriges")."""
    return all(_plausible_place(place) for _, place in split_list(m["list"]))


def _plausible_place(place: str) -> bool:
    last = place.split()[-1]
    return (
        place_ok(place)
        and rules.suffix_of(last) is None
        and rules.gazetteer_by_form().get(place.casefold()) is None
    )


def full_form_named(text: str, place: str) -> bool:
    """The text names the body a bare place stands for: "Malmö stad", "Region Gotland"."""
    name = regex.escape(place)
    return bool(regex.search(rf"\b{name}s?\s(?:[Kk]ommun|[Ss]tad)\b|\bRegion\s{name}\b", text))
