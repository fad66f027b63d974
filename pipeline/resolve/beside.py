"""Bodies written beside a person's name in the text around it, for the people whose roles
and contact block name none: the apposition after the name ("Bo Lundin, Naturvårdsverket",
"Eva Ek (S) - ordförande (Katrineholms kommun)", "Karin Ny vid Umeå universitet") and a
title with its body before it ("Region Skånes regiondirektör Alf Jönsson",
"Folkhälsochefen i Västra Götalandsregionen, Johan Jonsson").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..components.roles import is_title_word
from ..language.text_units import alternation
from ..record.schema import Organization, Span

# How far from the name a body beside it may stand.
AFTER_CHARS = 90
BEFORE_CHARS = 60

# Where the phrase after a name ends: a line, a sentence, a quote or a dash clause.
_PHRASE_END = regex.compile(r"\n|[.!?;](?=\s|$)|[\"”»]|\s[–—]\s")
# What joins a name to the phrase about it: a comma, a bracket, a dash or a preposition
# ("Bo Ek, chef …", "Bo Ek (S) - ordförande …", "Bo Ek vid …"), after an optional party mark.
_JOINS = regex.compile(
    r"(?:\s*\(\p{L}{1,5}\))?\s*(?:[,\-–]|\((?!\p{L}{1,5}\))|(?:vid|på|från|hos|inom|i|för)\s)",
    regex.I,
)
# Between two names: they share the phrase after the second ("A och B, chef på X").
_NAME_LIST = regex.compile(r"(?:\s*\(\p{L}{1,5}\))?\s*(?:,|och)\s*")
# A title and a preposition before a body, the body followed by a comma and the name.
_TITLE_AT = regex.compile(r"(\p{L}+)\s+(?:i|på|vid|för|hos|inom)\s+$")
_GENITIVE_TITLE = regex.compile(r"s?((?:\s+[\p{Ll}\-]+){1,3})\s+")


@dataclass(frozen=True)
class Surroundings:
    """The text and where every person's name stands in it (sorted starts and ends)."""

    text: str
    name_starts: tuple[int, ...]
    name_ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str, names: list[tuple[int, int]]) -> Surroundings:
        ordered = sorted(names)
        return cls(text, tuple(s for s, _ in ordered), tuple(e for _, e in ordered))

    def next_name(self, position: int) -> tuple[int, int] | None:
        i = bisect_right(self.name_starts, position)
        if i < len(self.name_starts):
            return self.name_starts[i], self.name_ends[i]
        return None


def after_name(
    where: Surroundings, end: int, organizations: list[Organization]
) -> list[Organization]:
    """Bodies mentioned in the phrase that follows a name, in the order written: up to the
    phrase's end or the next person's name; over a list of names ("A och B, chef på X") to
    its phrase. A party mark in brackets is no phrase ("Bo Ek (V) yrkar …")."""
    text = where.text
    while (after := where.next_name(end)) and _NAME_LIST.fullmatch(text, end, after[0]):
        end = after[1]  # the next name of the same list: the phrase after it is shared
    if not _JOINS.match(text, end):
        return []
    stop = min(len(text), end + AFTER_CHARS)
    if found := _PHRASE_END.search(text, end, stop):
        stop = found.start()
    if after and after[0] < stop:
        stop = after[0]
    inside = [
        (m.start, org)
        for org in organizations
        for m in (*org.mentions, *_written(text, org, end, stop))
        if end <= m.start and m.end <= stop and not _owns_next_title(text, m, org.name)
    ]
    return [org for _, org in sorted(inside, key=lambda so: so[0])]


def _written(text: str, org: Organization, start: int, stop: int) -> list[Span]:
    """The body's name or alias written between start and stop, where the organization
    step kept another mention of it ("…, expert, Ungdomsbarometern." found once earlier)."""
    names = alternation((org.name, *org.aliases), longest_first=True)
    return [
        Span(start=m.start(), end=m.end(), text=m.group())
        for m in regex.finditer(rf"(?<!\w)(?:{names})s?(?!\w)", text, pos=start, endpos=stop)
    ]


def _is_title_phrase(words: list[str]) -> bool:
    """Words ending in a title, none joining a clause ("… kontoret och enhetschef")."""
    return is_title_word(words[-1]) and not {"och", "samt", "eller"} & set(words)


def _owns_next_title(text: str, mention: Span, name: str) -> bool:
    """A body in the genitive before a title ("… och kommunstyrelsens ordförande Bo Ek")
    is the next person's, not the one before it; in its base form before a title ("Bo Ek
    (S), regionstyrelsen ordförande") it is the title of the name before it."""
    found = _GENITIVE_WORD.match(text, mention.end)
    if found is None or not is_title_word(found.group(2)):
        return False
    written = text[mention.start : mention.end]
    return bool(found.group(1)) or (written.endswith("s") and not name.endswith("s"))


_GENITIVE_WORD = regex.compile(r"(s?)\s+([\p{L}\-]+)")


def before_name(
    where: Surroundings, start: int, organizations: list[Organization]
) -> Organization | None:
    """The body of a title written before the name: "Region Skånes regiondirektör Bo Ek"
    (a genitive body and a title), "Chefen i Region X, Bo Ek" (title, body, comma)."""
    text = where.text
    for org in organizations:
        for m in org.mentions:
            if not (start - BEFORE_CHARS <= m.end <= start) or "\n" in text[m.end : start]:
                continue
            genitive = text[m.end - 1 : m.end + 1].startswith("s")
            gap = _GENITIVE_TITLE.fullmatch(text, m.end, start)
            if genitive and gap and _is_title_phrase(gap.group(1).split()):
                return org
            if regex.fullmatch(r",\s*", text[m.end : start]):
                line_start = text.rfind("\n", 0, m.start) + 1
                title = _TITLE_AT.search(text[line_start : m.start])
                if title and is_title_word(title.group(1)):
                    return org
    return None


def owner_before_role(
    where: Surroundings, role_starts: list[int], organizations: list[Organization]
) -> Organization | None:
    """A body in the genitive right before where a role is written, only lower-case words
    between ("regeringens nationella samordnare för …", "förvaltningens biträdande chef"):
    the body that holds the position."""
    text = where.text
    for start in role_starts:
        for org in organizations:
            for m in org.mentions:
                if start - BEFORE_CHARS <= m.end <= start and _GENITIVE_GAP.fullmatch(
                    text, m.end - 1, start
                ):
                    return org
    return None


# the genitive -s (ending the mention or right after it), then at most two lower-case words
_GENITIVE_GAP = regex.compile(r"(?:\p{L}s|s?)(?:[ \t]+\p{Ll}[\p{Ll}\-]*){0,2}[ \t]+")
