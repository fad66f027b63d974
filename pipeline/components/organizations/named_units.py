"""Bodies named by a phrase around a common noun: "Institutionen för folkhälsovetenskap",
a federation owned in the genitive ("Ungdomens Nykterhetsförbund"), a home by its name
("Kista vård- och omsorgsboende") and a place's library ("Särna bibliotek")."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from spacy.lang.sv.stop_words import STOP_WORDS

from . import rules
from .hits import OrgHit
from .patterns import patterns, start_before_words, word_before
from .places import listed_places, place_ok, sentence_start


def _determiner_before(text: str, start: int) -> bool:
    """A determiner right before the name: "ett", "alla"."""
    m = word_before(text, start, reach=12)
    return m is not None and m["word"].casefold() in rules.determiners()


def _opens_with_function_word(name: str) -> bool:
    first = name.split()[0].casefold()
    return first in STOP_WORDS or first in rules.determiners()


def _institutions(text: str) -> Iterator[OrgHit]:
    for m in patterns()["institution_for"].finditer(text):
        why = "'Institutionen för X'"
        yield OrgHit(
            m.start(), m.end(), m["name"], "administration", 0.88, why, (), "org.institution"
        )


def _federations(text: str) -> Iterator[OrgHit]:
    for m in patterns()["owned_federation"].finditer(text):
        if _opens_with_function_word(m["name"]):
            continue  # "Sveriges riksförbund" names the kind, not a federation
        start = _capitalised_run_start(text, m.start())
        name = text[start : m.start()] + m["name"]
        why = "'X:s förbund'"
        yield OrgHit(start, m.end(), name, "association", 0.85, why, (), "org.federation")


def _capitalised_run_start(text: str, start: int) -> int:
    """Where a name starts that runs on in capitalised words before its genitive owner:
    "Svenska Röda Korsets Ungdomsförbund", not "Korsets Ungdomsförbund"."""

    def no_function_word(m: regex.Match[str]) -> bool:
        return m["word"].casefold() not in STOP_WORDS

    return start_before_words(text, start, no_function_word, reach=30, most=3, capitalised=True)


def _homes(text: str) -> Iterator[OrgHit]:
    for m in patterns()["named_home"].finditer(text):
        # a capital at a sentence's start proves no name ("Nytt äldreboende")
        if sentence_start(text, m.start()) or _opens_with_function_word(m["name"]):
            continue
        name, why = " ".join(m["name"].split()), "'Name + -boende'"
        yield OrgHit(m.start(), m.end(), name, "administration", 0.8, why, (), "org.named_home")


def _libraries(text: str) -> Iterator[OrgHit]:
    for m in patterns()["library"].finditer(text):
        if not place_ok(m["place"]) or m["place"].casefold() in STOP_WORDS:
            continue
        if _determiner_before(text, m.start()):
            continue  # "ett Meröppet bibliotek": a kind of library, not a place's
        name, why = f"{m['place']} bibliotek", "'X bibliotek'"
        yield OrgHit(m.start(), m.end(), name, "other", 0.85, why, (), "org.library")


def _schools(text: str) -> Iterator[OrgHit]:
    for m in patterns()["named_schools"].finditer(text):
        for start, end, name in listed_places(m):
            if _opens_with_function_word(name):
                continue
            why = "'förskolorna X, Y och Z'"
            yield OrgHit(start, end, name, "school", 0.85, why, (), "org.named_school")


def _offices(text: str) -> Iterator[OrgHit]:
    for m in patterns()["owned_office"].finditer(text):
        if not place_ok(m["place"]) or _determiner_before(text, m.start()):
            continue
        # the span is the unit's word: the owner's name is its own body's span
        why, start = "'X stads kontor'", m.start("unit")
        yield OrgHit(start, m.end(), m["name"], "administration", 0.85, why, (), "org.owned_office")


def _housing_companies(text: str) -> Iterator[OrgHit]:
    for m in patterns()["housing"].finditer(text):
        place = m["place"]
        if not place_ok(place) or place.casefold() in STOP_WORDS:
            continue
        # at a sentence's start only a municipality's name proves one ("Fler bostäder")
        if sentence_start(text, m.start()) and place.casefold() not in rules.place_codes():
            continue
        name, why = f"{place} bostäder", "'X bostäder'"
        yield OrgHit(m.start(), m.end(), name, "company", 0.85, why, (), "org.housing")


def _bodies_for(text: str) -> Iterator[OrgHit]:
    for m in patterns()["body_for"].finditer(text):
        if _determiner_before(text, m.start()):
            continue  # "ett centrum för unga": a kind of body, not one
        end = _topic_end(m)
        if end is None:
            continue
        place = m["place"]
        if place and end == m.end("topic") and place.casefold() in rules.place_codes():
            end = m.end()  # "Forum för folkhälsa i Västerbotten"
        name, why = " ".join(text[m.start() : end].split()), "'X för Y'"
        kind = rules.for_heads()[m["head"].casefold()]
        yield OrgHit(m.start(), end, name, kind, 0.8, why, (), "org.body_for")


def _topic_end(m: regex.Match[str]) -> int | None:
    """Where the topic ends: before its first function word ("för alla", "för att …"), and
    never on "och"; None when nothing is left."""
    end, pos = None, m.start("topic")
    for word in regex.finditer(r"[\p{L}-]+", m["topic"]):
        folded = word.group().casefold()
        if folded in ("och", "samt"):
            continue
        if folded in STOP_WORDS:
            return None if end is None else end
        end = pos + word.end()
    return end


def find_named_units(text: str) -> Iterator[OrgHit]:
    yield from _bodies_for(text)
    yield from _institutions(text)
    yield from _federations(text)
    yield from _homes(text)
    yield from _libraries(text)
    yield from _schools(text)
    yield from _offices(text)
    yield from _housing_companies(text)
