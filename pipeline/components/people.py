"""People, first pass: names the genre's forms mark for certain.

- speech attribution: "säger Anna Andersson (S), ordförande i socialnämnden"
- a name line in a contact block: "Lars Björkman (HP)" followed by title, phone, e-mail
- a name with a party mark anywhere: "Annett Haaf (S)"
Spans go to `doc.spans["people"]` (label PER); value: {"name", "party"}.
"""

from __future__ import annotations

from functools import cache

import regex
from spacy.language import Language
from spacy.tokens import Doc

from ..resources import read_lines, read_table
from ..spans import add_span, text_of

GROUP = "people"

# A capitalised name word; hyphenated parts ("Per-Olof", "Stork-Stjernström") allowed.
NAME_WORD = r"\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?"
PARTICLE = r"(?:af|av|von|van|de|der|la|di|da|bin|el)"
FULL_NAME = rf"{NAME_WORD}(?:\s{PARTICLE})?(?:\s{NAME_WORD}){{1,2}}"
PARTY_MARK = r"\((?P<party>\p{L}{1,4})\)"


@cache
def party_marks() -> frozenset[str]:
    return frozenset(row["mark"].upper() for row in read_table("parties.tsv"))


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    verbs = "|".join(
        sorted((regex.escape(v) for v in read_lines("speech_verbs.txt")), key=len, reverse=True)
    )
    headings = "|".join(regex.escape(h) for h in read_lines("contact_headings.txt"))
    return {
        "speech": regex.compile(rf"\b(?:{verbs})\s+(?P<name>{FULL_NAME})(?:\s{PARTY_MARK})?"),
        "name_line": regex.compile(
            rf"^[ \t]*(?P<name>{FULL_NAME})(?:\s{PARTY_MARK})?[ \t]*$", regex.M
        ),
        "party": regex.compile(rf"(?P<name>{FULL_NAME})\s{PARTY_MARK}"),
        "heading": regex.compile(rf"^[ \t]*(?:{headings})\b", regex.M | regex.I),
    }


def normalise_party(mark: str | None) -> str | None:
    """'(s)' -> 'S'; known marks and any other 1-4 letter mark are accepted."""
    return mark.upper() if mark else None


def _near_contact(text: str, end: int, lines: int = 6) -> bool:
    """A phone or e-mail in the next few lines: the name heads a contact block."""
    window = "\n".join(text[end:].split("\n", lines + 1)[: lines + 1])
    return bool(regex.search(r"@|\[at\]|\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2}\b|\+46", window))


def find_people(text: str) -> list[tuple[int, int, str, str | None, float, str]]:
    """(start, end, name, party, score, explanation) for each certain name mention."""
    pats = _patterns()
    found = []
    for m in pats["speech"].finditer(text):
        found.append(
            (
                m.start("name"),
                m.end("name"),
                m["name"],
                normalise_party(m["party"]),
                0.95,
                "name after a speech verb",
            )
        )
    headings = [h.start() for h in pats["heading"].finditer(text)]
    for m in pats["name_line"].finditer(text):
        in_block = any(h < m.start() for h in headings) or _near_contact(text, m.end())
        if in_block:
            found.append(
                (
                    m.start("name"),
                    m.end("name"),
                    m["name"],
                    normalise_party(m["party"]),
                    0.93,
                    "name line in a contact block",
                )
            )
    for m in pats["party"].finditer(text):
        found.append(
            (
                m.start("name"),
                m.end("name"),
                m["name"],
                normalise_party(m["party"]),
                0.9,
                "name followed by a party mark",
            )
        )
    return found


class PeopleFinder:
    def __init__(self, name: str = "press_people") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        seen: set[tuple[int, int]] = set()
        for start, end, name, party, score, why in find_people(text_of(doc)):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            add_span(
                doc,
                GROUP,
                start,
                end,
                "PER",
                score=score,
                source=self.name,
                value={"name": name, "party": party},
                explain=why,
            )
        return doc


@Language.factory("press_people")
def make_people(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(name)
