"""Associations, clubs and companies by a marker word of their names
(org_name_markers.tsv): "Lindsdals IF", "Ciddens Vänner", "Nybro Bostad AB" (the marker
last), "FBC Kalmarsund", "KFUM Basket" (the marker first)."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.sv.stop_words import STOP_WORDS

from . import rules
from .hits import OrgHit
from .patterns import patterns


def find_marked_names(text: str) -> Iterator[OrgHit]:
    for key in ("marked_last", "marked_first"):
        for m in patterns()[key].finditer(text):
            start, name = _without_leading_function_words(m.start("name"), m["name"])
            end = start + len(name)
            if key == "marked_first" and goes_on_after_determiner(name, text[end:]):
                continue
            if key == "marked_first" and name.endswith("s") and regex.match(r" \p{Ll}", text[end:]):
                name = name[:-1]  # "KFUM Umeås verksamhet"
            kind = rules.marker_type(name)
            if kind is None:
                continue  # only a function word stood before the marker
            why = f"name with the marker '{name.split()[0 if key == 'marked_first' else -1]}'"
            yield OrgHit(start, m.end(), name, kind, 0.85, why, (), "org.name_marker")


def find_headed_names(text: str) -> Iterator[OrgHit]:
    """ "Stiftelsen Läxhjälpen", "Vårdcentralen Hageby": a first word of
    org_prefix_types.tsv types the capitalised name it opens."""
    for m in patterns()["headed_name"].finditer(text):
        name, end = m["name"], m.end()
        if name.endswith("s") and regex.match(r" \p{Ll}", text[end:]):
            name = name[:-1]  # "Stiftelsen Läxhjälpens arbete"
        kind = rules.prefix_types()[name.split()[0]]
        why = f"name opened by '{name.split()[0]}'"
        yield OrgHit(m.start(), m.end(), name, kind, 0.85, why, (), "org.headed_name")


def goes_on_after_determiner(name: str, after: str) -> bool:
    """ "Sveriges Allmännyttiga Bostadsföretag", "Sveriges Kommuners och Regioners": a marker
    that is also a determiner ("Sveriges kommuner") takes one word, so a capitalised word
    after it, or a genitive coordinated with it, leaves the name's end unclear."""
    marker = name.split()[0]
    goes_on = regex.match(r" \p{Lu}\p{Ll}", after) or (
        name.endswith("s") and regex.match(r" (?:och|&) \p{Lu}\p{Ll}+s(?![\p{L}-])", after)
    )
    return marker.casefold() in rules.determiners() and bool(goes_on)


def _without_leading_function_words(start: int, name: str) -> tuple[int, str]:
    """ "I Lindsdals IF", "Hos Kalmar FF", "Varje AB": a function word or determiner opening a
    sentence is not part of the name; a marker is ("Sveriges Elevkårer")."""
    words = name.split(" ")
    while (
        len(words) > 1
        and words[0] not in rules.name_markers("first")
        and (words[0].casefold() in STOP_WORDS or words[0].casefold() in rules.determiners())
    ):
        start += len(words[0]) + 1
        words = words[1:]
    return start, " ".join(words)
