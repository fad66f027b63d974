"""Link: mentions to people, and people to their contacts, organization and quotes.

People are made in `person_merge` (mentions merged, roles, party, organization). A contact
joins the person whose name its e-mail's local part spells, the person it is paired with
on one line ("A och B, tel1 och tel2"), or the person whose contact block holds it.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import regex
from spacy.tokens import Doc

from . import person_merge
from .resources import read_lines
from .schema import Contact, Organization, Person, Quote, Span
from .spans import group, text_of

BLOCK_LINES = 6
# A line longer than this is running text, not a line of a contact block.
BLOCK_LINE_CHARS = 100
# What may stand before a name that heads a contact-block line: nothing, or a label.
_LINE_HEAD = regex.compile(r"^\s*(?:\p{L}+:\s*)?$")


def fold(text: str) -> str:
    """Case- and accent-folded letters only: 'Åsa Bäckström' -> 'asabackstrom'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def people_and_quotes(
    doc: Doc, contacts: list[Contact], organizations: list[Organization]
) -> tuple[list[Person], list[Quote]]:
    people = person_merge.people(doc, organizations)
    _link_contacts(text_of(doc), people, contacts)
    return people, quotes(doc, people)


def quotes(doc: Doc, people: list[Person]) -> list[Quote]:
    """Quote spans with their speaker resolved to a person (full, first or last name)."""
    ids = {person_merge.name_key(p.name): p.id for p in people}
    found = []
    text = text_of(doc)
    for span in group(doc, "quotes"):
        value = span._.value if isinstance(span._.value, dict) else {}
        name = value.get("speaker")
        key = person_merge.resolve(name, list(ids)) if name else None
        start, end = value.get("start", span.start_char), value.get("end", span.end_char)
        speaker_id = ids[key] if key else None
        if speaker_id is None and value.get("refers_back"):
            speaker_id = _named_before(people, text, start)
        found.append(
            Quote(
                speaker_id=speaker_id,
                speaker_name=name,
                text=text[start:end],
                span=Span(start=start, end=end, text=text[start:end]),
                source=span._.source or "unknown",
                confidence=span._.score if span._.score is not None else 0.5,
                explanation=span._.explain,
            )
        )
    return found


def _named_before(people: list[Person], text: str, pos: int) -> str | None:
    """The person named last before `pos` in the paragraph above or the quote's own
    ("säger hon" points back to them; further up, "hon" may be someone never named)."""
    own = text.rfind("\n", 0, pos)
    gap = own
    while gap > 0 and text[gap - 1] == "\n":  # the blank lines between the paragraphs
        gap -= 1
    above = text.rfind("\n", 0, max(gap, 0))
    before = [(m.end, p.id) for p in people for m in p.mentions if above < m.end <= pos]
    return max(before)[1] if before else None


def _block_end(text: str, start: int, next_start: int) -> int:
    """A contact block runs from its name line to the next name or a blank-line gap of 2."""
    gap = text.find("\n\n\n", start)
    return min(next_start, gap if gap != -1 else len(text))


def _link_contacts(text: str, people: list[Person], contacts: list[Contact]) -> None:
    starts = sorted(((m.start, p) for p in people for m in p.mentions), key=lambda sp: sp[0])
    paired = _pairs_on_lines(text, starts, contacts)
    for contact in contacts:
        owner, why = _owner_by_email(people, contact), "e-mail local part spells the name"
        if owner is None and id(contact) in paired:
            owner, why = paired[id(contact)], "paired in order with the names on its line"
        if owner is None:
            owner, why = _owner_by_block(text, starts, contact), "in the person's contact block"
        if owner is None:
            continue
        contact.person_id = owner.id
        contact.person_link = why
        values = owner.emails if contact.kind == "email" else owner.phones
        if contact.value not in values:
            values.append(contact.value)


def _pairs_on_lines(
    text: str, starts: list[tuple[int, Person]], contacts: list[Contact]
) -> dict[int, Person]:
    """'Anna Berg och Per Ek, 070-111 11 11 och 070-222 22 22': the n-th number of a kind
    on a line belongs to the n-th person named on it."""
    by_line: dict[tuple[int, str], list[Contact]] = {}
    for contact in contacts:
        line = text.rfind("\n", 0, contact.span.start) + 1
        by_line.setdefault((line, contact.kind), []).append(contact)
    paired: dict[int, Person] = {}
    for (line, _), items in by_line.items():
        end = text.find("\n", line)
        end = len(text) if end == -1 else end
        named: list[Person] = []
        for start, person in starts:
            if line <= start < end and person not in named:
                named.append(person)
        if len(named) >= 2 and len(named) == len(items):
            for contact, person in zip(
                sorted(items, key=lambda c: c.span.start), named, strict=True
            ):
                paired[id(contact)] = person
    return paired


def _owner_by_email(people: list[Person], contact: Contact) -> Person | None:
    if contact.kind != "email":
        return None
    local = fold(contact.value.split("@")[0])
    for person in people:
        parts = [fold(p) for p in regex.split(r"[\s-]+", person.name)]
        if local == "".join(parts) or (
            len(parts) > 1 and parts[-1] in local and parts[0][:1] == local[:1]
        ):
            return person
    return None


def _lines_between(text: str, start: int, end: int) -> int:
    """Lines with text from `start` to `end`: blank lines do not separate a block."""
    return sum(1 for line in text[start:end].split("\n")[1:] if line.strip())


@cache
def _signup_words() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in read_lines("signup_words.txt"))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.I)


def _in_signup_sentence(text: str, start: int, end: int) -> bool:
    """The contact stands in a sign-up or registration sentence ("anmälan till …")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    stops = [m.end() for m in regex.finditer(r"[.!?](?=\s)", text[line_start:start])]
    sentence_start = line_start + (stops[-1] if stops else 0)
    stop = regex.compile(r"[.!?](?=\s|$)").search(text, end, line_end)
    return bool(_signup_words().search(text, sentence_start, stop.start() if stop else line_end))


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _block_line(text: str, pos: int, contact: Contact) -> bool:
    """A mention that can head a contact: on the contact's own line, or on a short line of
    a block, not inside a paragraph of running text."""
    start, end = _line_of(text, pos)
    return start <= contact.span.start <= end or end - start <= BLOCK_LINE_CHARS


def _owner_by_block(text: str, starts: list[tuple[int, Person]], contact: Contact) -> Person | None:
    """The name heading the contact's block: the last name mention before it that opens
    its line ("Anna Berg (S)", "Kontakt: Anna Berg"), else the nearest one before it.
    A name in running text is no block's head, and an address in a sign-up sentence
    ("föranmälan via e-post till …") is nobody's contact."""
    if _in_signup_sentence(text, contact.span.start, contact.span.end):
        return None
    before = [(s, p) for s, p in starts if s < contact.span.start and _block_line(text, s, contact)]
    if not before:
        return None
    nearest = before[-1][0]
    later = [s for s, _ in starts if s > nearest]
    block_end = _block_end(text, nearest, later[0] if later else len(text))
    if contact.span.start >= block_end:
        return None
    near = [(s, p) for s, p in before if _lines_between(text, s, contact.span.start) <= BLOCK_LINES]
    heads = [(s, p) for s, p in near if _LINE_HEAD.match(text[text.rfind("\n", 0, s) + 1 : s])]
    chosen = heads or near
    return chosen[-1][1] if chosen else None
