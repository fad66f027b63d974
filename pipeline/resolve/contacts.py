"""press_link_contacts: each e-mail address and phone number to the person it reaches.

A contact joins the person whose name its e-mail's local part spells, the person it is
paired with on one line ("A och B, tel1 och tel2"), or the person whose contact block
holds it; that person's `emails`/`phones` gain it. A person tied to no body whose e-mail
domain spells one named in the text gets it as organization (of several, the one named
nearest the address). Reads the contacts span group, `doc._.resolved_people` and
`doc._.resolved_organizations`; sets `doc._.resolved_contacts` and fills the people's
contacts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

import regex
from spacy.tokens import Doc

from ..language import span_groups
from ..language.component import component
from ..language.line_index import LineIndex
from ..language.resources import read_lines
from ..language.rule_ids import link_score
from ..language.spans import group, text_of
from ..language.text_units import alternation, sentence_stops
from ..record.schema import Contact, Organization, Person
from .affiliation import organization_of_email
from .attrs import attr, resolved
from .entities import provenance, span_of
from .fold import fold

BLOCK_LINES = 6
# A line longer than this is running text, not a line of a contact block.
BLOCK_LINE_CHARS = 100
# What may stand before a name that heads a contact-block line: nothing, or a label.
_LINE_HEAD = regex.compile(r"\s*(?:\p{L}+:\s*)?")  # fullmatch of the line before the name


def contacts(doc: Doc) -> list[Contact]:
    """The contacts span group as Contacts, none linked yet."""
    kinds = {"EMAIL": "email", "PHONE": "phone"}
    return [
        Contact(kind=kinds[s.label_], value=s._.value, span=span_of(s), **provenance(s))  # type: ignore[arg-type]
        for s in group(doc, "contacts")
    ]


class _Mentions:
    """The name mentions of a text sorted by offset, with what linking asks of each
    precomputed, so that finding a contact's owner is a few bisects, not a scan."""

    def __init__(self, text: str, people: list[Person]) -> None:
        self.lines = LineIndex(text)
        pairs = sorted(((m.start, p) for p in people for m in p.mentions), key=lambda sp: sp[0])
        self.offsets = [s for s, _ in pairs]
        self.people = [p for _, p in pairs]
        self.line_numbers = [self.lines.line_number(s) for s in self.offsets]
        short = [self._short(n) for n in self.line_numbers]
        head = [
            self._opens_line(s, n) for s, n in zip(self.offsets, self.line_numbers, strict=True)
        ]
        # the last index at or before i on a short line (that also opens it): -1 if none
        self.last_short = _last_where(short)
        self.last_short_head = _last_where([a and b for a, b in zip(short, head, strict=True)])
        self.last_head = _last_where(head)
        # overlapping "\n\n\n" (a gap of two blank lines) in order, as text.find finds them
        self.gaps = [m.start() for m in regex.finditer(r"(?=\n\n\n)", text)]
        self.text_length = len(text)

    def _short(self, number: int) -> bool:
        return self.lines.end(number) - self.lines.start(number) <= BLOCK_LINE_CHARS

    def _opens_line(self, start: int, number: int) -> bool:
        return _LINE_HEAD.fullmatch(self.lines.text, self.lines.start(number), start) is not None

    def in_lines(self, start: int, end: int) -> list[Person]:
        """The people of the mentions that start in [start, end), in order."""
        return self.people[bisect_left(self.offsets, start) : bisect_left(self.offsets, end)]

    def block_end(self, start: int) -> int:
        """A contact block runs from its name line to the next name or a blank-line gap
        of 2."""
        later = bisect_right(self.offsets, start)
        next_start = self.offsets[later] if later < len(self.offsets) else self.text_length
        gap = bisect_left(self.gaps, start)
        return min(next_start, self.gaps[gap] if gap < len(self.gaps) else self.text_length)

    def block_candidates(self, position: int) -> tuple[int, int]:
        """Indices of the last mention before `position` that can head its block, and of
        the last such that opens its line (-1: none). A mention can head a block when it
        stands on a short line or on `position`'s own line (not in running text)."""
        before = bisect_left(self.offsets, position)  # mentions [0, before) start earlier
        # mentions [own, before) are on position's line (line numbers rise with offsets)
        own = min(before, bisect_left(self.line_numbers, self.lines.line_number(position)))
        if own < before:
            last, head = before - 1, self.last_head[before - 1]
            if head >= own:
                return last, head
            return last, self.last_short_head[own - 1] if own else -1
        if own == 0:
            return -1, -1
        return self.last_short[own - 1], self.last_short_head[own - 1]


def _last_where(flags: list[bool]) -> list[int]:
    last, found = -1, []
    for i, flag in enumerate(flags):
        last = i if flag else last
        found.append(last)
    return found


def _link_contacts(text: str, people: list[Person], contacts: list[Contact]) -> None:
    mentions = _Mentions(text, people)
    sentences = _Sentences(text, mentions.lines)
    paired = _pairs_on_lines(mentions, contacts)
    by_email = _EmailOwners(people)
    known: dict[int, set[str]] = {}  # per person, the values in its emails and phones
    for contact in contacts:
        owner, why = by_email.owner(contact), "e-mail local part spells the name"
        if owner is None and id(contact) in paired:
            owner, why = paired[id(contact)], "paired in order with the names on its line"
        if owner is None:
            owner, why = (
                _owner_by_block(mentions, sentences, contact),
                "in the person's contact block",
            )
        if owner is None:
            continue
        contact.person_id = owner.id
        contact.person_link = why
        values = owner.emails if contact.kind == "email" else owner.phones
        seen = known.setdefault(id(values), set(values))
        if contact.value not in seen:
            values.append(contact.value)
            seen.add(contact.value)


def _pairs_on_lines(mentions: _Mentions, contacts: list[Contact]) -> dict[int, Person]:
    """'Anna Berg och Per Ek, 070-111 11 11 och 070-222 22 22': the n-th number of a kind
    on a line belongs to the n-th person named on it."""
    lines = mentions.lines
    by_line: dict[tuple[int, str], list[Contact]] = {}
    for contact in contacts:
        line = lines.line_number(contact.span.start)
        by_line.setdefault((line, contact.kind), []).append(contact)
    paired: dict[int, Person] = {}
    for (line, _), items in by_line.items():
        if len(items) < 2:
            continue
        named = list(
            {id(p): p for p in mentions.in_lines(lines.start(line), lines.end(line))}.values()
        )
        if len(named) == len(items):
            for contact, person in zip(
                sorted(items, key=lambda c: c.span.start), named, strict=True
            ):
                paired[id(contact)] = person
    return paired


class _EmailOwners:
    """The person whose name an e-mail address's local part spells ("anna.berg@")."""

    def __init__(self, people: list[Person]) -> None:
        self.parts = [(p, [fold(part) for part in regex.split(r"[\s-]+", p.name)]) for p in people]

    def owner(self, contact: Contact) -> Person | None:
        if contact.kind != "email":
            return None
        local = fold(contact.value.split("@")[0])
        for person, parts in self.parts:
            if local == "".join(parts) or (
                len(parts) > 1 and parts[-1] in local and parts[0][:1] == local[:1]
            ):
                return person
        return None


@cache
def _signup_words() -> regex.Pattern[str]:
    words = alternation(read_lines("signup_words.txt"))
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})", regex.I)


class _Sentences:
    """Sentence bounds within a line, and whether a sentence is a sign-up one, each
    sentence searched once however many contacts it holds."""

    def __init__(self, text: str, lines: LineIndex) -> None:
        self.text, self.lines = text, lines
        # a stop ends a sentence before a space; the last one on a line also at its end
        self.stops = sentence_stops(text)
        self.inner_stops = [s + 1 for s in self.stops if s + 1 < len(text)]
        self.signup: dict[tuple[int, int], bool] = {}

    def in_signup(self, start: int, end: int) -> bool:
        """The span stands in a sign-up or registration sentence ("anmälan till …")."""
        line_start, line_end = self.lines.bounds(start)
        if end > line_end:  # a span over a line break: its sentence ends on a later line
            line_end = self.lines.bounds(end)[1]
        # the last stop on the line before the span: a stop right before it has no space after
        i = bisect_left(self.inner_stops, start) - 1
        before = self.inner_stops[i] if i >= 0 else -1
        sentence_start = before if before > line_start else line_start
        j = bisect_left(self.stops, end)
        sentence_end = (
            self.stops[j] if j < len(self.stops) and self.stops[j] < line_end else line_end
        )
        key = (sentence_start, sentence_end)
        if key not in self.signup:
            found = _signup_words().search(self.text, sentence_start, sentence_end)
            self.signup[key] = found is not None
        return self.signup[key]


@cache
def _office_labels() -> regex.Pattern[str]:
    words = alternation(read_lines("office_contact_labels.txt"))
    return regex.compile(rf"[ \t]*(?:\p{{Lu}}\p{{L}}+s[ \t]+)?(?:{words})(?!\p{{L}})", regex.I)


def _office_line(mentions: _Mentions, position: int) -> bool:
    """The contact stands on a line an office opens ("Presstjänst Region Skåne, 040-…,
    press@…") and no name is on it: the office's number, not the person above's."""
    start, end = mentions.lines.bounds(position)
    return bool(_office_labels().match(mentions.lines.text, start, end)) and not (
        mentions.in_lines(start, end)
    )


def _owner_by_block(mentions: _Mentions, sentences: _Sentences, contact: Contact) -> Person | None:
    """The name heading the contact's block: the last name mention before it that opens
    its line ("Anna Berg (S)", "Kontakt: Anna Berg"), else the nearest one before it,
    within BLOCK_LINES lines with text. A name in running text is no block's head, and an
    address in a sign-up sentence ("föranmälan via e-post till …") is nobody's contact."""
    position = contact.span.start
    if sentences.in_signup(position, contact.span.end) or _office_line(mentions, position):
        return None
    last, head = mentions.block_candidates(position)
    if last < 0 or position >= mentions.block_end(mentions.offsets[last]):
        return None
    # the fewer lines the later the mention: a head too far means every earlier one is
    for chosen in (head, last):
        if (
            chosen >= 0
            and mentions.lines.lines_between(mentions.offsets[chosen], position) <= BLOCK_LINES
        ):
            return mentions.people[chosen]
    return None


def annotate_link_contacts(doc: Doc, source: str) -> None:
    found = contacts(doc)
    people = resolved(doc, "resolved_people")
    _link_contacts(text_of(doc), people, found)
    _organizations_by_email(people, found, resolved(doc, "resolved_organizations"))
    doc._.resolved_contacts = found


def _organizations_by_email(
    people: list[Person], contacts: list[Contact], organizations: list[Organization]
) -> None:
    """A person tied to no body yet, whose e-mail's domain spells one named in the text,
    works there (the e-mail is known only once contacts are linked)."""
    for person in people:
        addresses = [
            (c.value, c.span.start)
            for c in contacts
            if c.kind == "email" and c.person_id == person.id
        ]
        if person.organization_id is None and (
            link := organization_of_email(addresses, organizations)
        ):
            org, rule, why = link
            person.organization_id, person.organization_rule = org.id, rule
            person.organization_explanation = why
            person.organization_confidence = link_score(rule)


make_link_contacts = component(
    "press_link_contacts",
    annotate_link_contacts,
    assigns=[attr("resolved_contacts"), attr("resolved_people")],
    requires=[
        span_groups.attr("contacts"),
        attr("resolved_people"),
        attr("resolved_organizations"),
    ],
)
