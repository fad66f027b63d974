"""Roles written on a line of their own above the names they belong to: a label heading
a contact list ("Kontaktpersoner:" over several people gives each "kontaktperson"), or a
title line over a name line ("PRESSEKRETERARE" above "Anna Berg", then her phone); and the
title written on the name's own line in a contact list ("Anna Berg Kommunikatör Social
omsorg 073-…")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from ...language.names import FULL_NAME, NAME_WORD, PARTY_MARK
from ...language.resources import read_table
from ...language.text_units import alternation
from ..roles import Role, is_title_word, normalise, role_at, starts_with_title
from .mention import Evidence, Mention, mention_at, with_apposition
from .patterns import CONTACT_HINT, label_roles, patterns

LABEL_HEADING = Evidence("people.label_heading", 0.85, "name under a label heading")
TITLE_ABOVE = Evidence("people.title_above", 0.85, "name line under a title line")
NAME_TITLE_LINE = Evidence("people.name_title_line", 0.85, "name and title on a contact line")

# A line longer than this without a phone or address is running text: the list has ended.
_LIST_LINE = 160
_LINE = regex.compile(r"[^\n]*")


@cache
def _heading() -> regex.Pattern[str]:
    """A contact label that gives a role, alone on its line: "Kontaktpersoner:" ("Text"
    alone is a web page's field, not a byline over a list)."""
    contact = [
        row["label"].casefold() for row in read_table("person_labels.tsv") if row["staff"] == "yes"
    ]
    labels = alternation((k for k in contact if label_roles().get(k)), longest_first=True)
    # also "Kontaktperson: Anna Berg, …" with more names on the lines under it
    return regex.compile(
        rf"^[ \t]*(?P<label>(?i:{labels}))[ \t]*(?::?[ \t]*$|:[ \t]*(?=\p{{Lu}}))", regex.M
    )


@cache
def _person_line() -> regex.Pattern[str]:
    """A line that opens with a name: "Anna Berg (S), ordförande, tel: …", "• Anna Berg".
    A third capitalised word before a comma may be the body ("Anna Berg Folktandvården,"):
    only two words are taken there."""
    name = rf"(?P<name>{NAME_WORD} {NAME_WORD}|{FULL_NAME}(?=[ \t]*(?:\(|$|\n)))"
    return regex.compile(rf"[ \t]*(?:[•*–-][ \t]*)?{name}(?: {PARTY_MARK}|(?=[ \t]*(?:,|$|\n)))")


def _lines_after(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """The lines of the list that starts after `pos`: it ends at two blank lines in a row,
    at another heading, or at a line of running text."""
    blanks = 0
    line_end = _LINE.match(text, pos).end()
    if text[pos:line_end].strip():
        yield pos, line_end  # the first name on the label's own line
    start = line_end + 1
    while 0 < start <= len(text):
        end = _LINE.match(text, start).end()
        line = text[start:end]
        if not line.strip():
            blanks += 1
            if blanks >= 2:
                return
        else:
            blanks = 0
            too_long = len(line) > _LIST_LINE and not regex.search(CONTACT_HINT, line)
            if too_long or _heading().match(text, start, end):
                return
            yield start, end
        start = end + 1


def label_heading_mentions(text: str) -> list[Mention]:
    """Each person whose line opens a line of the list under a role-giving label heading."""
    found = []
    for m in _heading().finditer(text):
        role_text = label_roles()[m["label"].casefold()]
        role = Role(m.start("label"), m.end("label"), role_text)
        for start, end in _lines_after(text, m.end()):
            line = _person_line().match(text, start, end)
            if line and (mention := mention_at(line, LABEL_HEADING)):
                mention.roles.append(role)
                found.append(with_apposition(text, mention, line.end()))
    return found


def title_above_mentions(text: str) -> list[Mention]:
    """A name line with a title line right above it (a blank line between allowed) and
    no name line above that title: the title heads this one person's block. The name line
    is in a contact block: under a contact heading, or a phone or address follows."""
    found = []
    heading = patterns()["heading"].search(text)
    for m in patterns()["name_line"].finditer(text):
        above = _line_above(text, m.start())
        in_block = (heading and heading.start() < m.start()) or regex.search(
            CONTACT_HINT, text[m.end() : m.end() + 200]
        )
        if above is None or not in_block:
            continue
        start, end = above
        line = text[start:end].strip()
        if len(line.split()) > 6 or not starts_with_title(line) or _names_line_above(text, start):
            continue
        if mention := mention_at(m, TITLE_ABOVE):
            first = start + text[start:end].index(line)
            mention.roles += [
                Role(r.start, r.end, normalise(r.text.lower() if r.text.isupper() else r.text))
                for r in role_at(text, first, first + len(line))
            ]
            found.append(mention)
    return found


def _line_above(text: str, pos: int) -> tuple[int, int] | None:
    """The non-blank line above the line at `pos`, one blank line between allowed."""
    end = pos - 1
    for _ in range(2):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return start, end
        end = start - 1
    return None


def _names_line_above(text: str, pos: int) -> bool:
    """A name line right above the title line: the title closes that person's block."""
    above = _line_above(text, pos)
    return above is not None and bool(patterns()["name_line"].match(text, *above))


@cache
def _name_title_line() -> regex.Pattern[str]:
    """A line that opens with two or three capitalised words and goes on: "Anna Berg
    Kommunikatör Social omsorg 070-123 45 67", "• Åsa Ek (S) Förvaltningschef X"."""
    words = rf"{NAME_WORD} {NAME_WORD}(?: {NAME_WORD})?"
    return regex.compile(rf"^[ \t]*(?:[•*–-][ \t]*)?(?={words}[ ,(])[^\n]+$", regex.M)


# a two-word name first: "Anna Berg Kommunikatör" is no three-word name
_NAMES_THEN = [
    regex.compile(rf"(?P<name>{NAME_WORD}(?: {NAME_WORD}){{{n}}})(?: {PARTY_MARK})?,? ")
    for n in (1, 2)
]


_SIGNATURE_WORDS = 8
_SENTENCE_MARK = regex.compile(r"[.!?:;]\s*$|[\"”]")


def _signature_line(line: str) -> bool:
    """A short line with no sentence mark, a signature under or above a statement ("Anna
    Berg Gruppledare SD Tyresö"): its title, capitalised, counts without a phone near."""
    return len(line.split()) <= _SIGNATURE_WORDS and not _SENTENCE_MARK.search(line)


def name_title_line_mentions(text: str) -> list[Mention]:
    """The name and the title on one contact line, the line with a phone or an address on it
    or on the two under it: the rest of the line is the person's role. The name is the
    shortest that a capitalised title follows ("Anna Berg Kommunikatör", not a three-word
    name)."""
    found = []
    for line in _name_title_line().finditer(text):
        start = line.start() + len(line.group()) - len(line.group().lstrip(" \t•*–-"))
        contact = bool(regex.search(CONTACT_HINT, text[line.start() : line.end() + 120]))
        if not (contact or _signature_line(line.group())):
            continue
        # a signature: a two-word name and a title word of the list, no vocation
        for name_then in _NAMES_THEN if contact else _NAMES_THEN[:1]:
            m = name_then.match(text, start, line.end())
            rest = text[m.end() : line.end()] if m else ""
            if not (contact or is_title_word(rest.split(" ", 1)[0])):
                break
            # "Anna Berg Kommunikatör", also "Maja Sten ordförande i …" with no comma
            lower_ok = contact and m is not None and "," not in m.group()[len(m["name"]) :]
            if m and (rest[:1].isupper() or lower_ok) and starts_with_title(rest, within=1):
                if mention := mention_at(m, NAME_TITLE_LINE):
                    mention.roles += role_at(text, m.end(), line.end())
                    found.append(mention)
                break
    return found
