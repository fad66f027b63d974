"""Linking contacts and quotes to people in near-linear time, with the same outcome as the
straightforward definition (the scan per contact that was cubic on long releases, kept
here as the reference)."""

from __future__ import annotations

import random

import regex

from pipeline import link
from pipeline.language.line_index import LineIndex
from pipeline.record.schema import Contact, Person, Span

NAMES = ["Anna Berg", "Per Ek", "Åsa Bäckström", "Lars Nilsson"]
PIECES = [
    "{name}",
    "Kontakt: {name}",
    "{name} (S), ordförande",
    "ordförande i socialnämnden",
    "Telefon: 070-123 45 67",
    "E-post: {mail}@tyreso.se",
    "{name}, 070-111 11 11 och {other}, 070-222 22 22",
    "{name} och {other}, 070-111 11 11 och 070-222 22 22",
    "Anmälan via e-post till info@tyreso.se senast i dag.",
    "Kommunen har i dag beslutat om en ny plan för skolorna, säger {name}, och "
    "fler elever får plats nära hemmet. Ring 08-578 291 00 för mer information!",
    "",
    "   ",
]
PHONE = regex.compile(r"\d{2,3}-\d{3} \d{2} \d{2}")
MAIL = regex.compile(r"[\w.]+@tyreso\.se")


def _release(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(1, 30)):
        name = rng.choice(NAMES)
        mail = rng.choice([link.fold(name), "info", "a.b"])
        other = rng.choice(NAMES)
        lines.append(rng.choice(PIECES).format(name=name, other=other, mail=mail))
    return "\n".join(lines)


def _people_and_contacts(text: str) -> tuple[list[Person], list[Contact]]:
    people = []
    for i, name in enumerate(NAMES):
        spans = [Span(start=m.start(), end=m.end(), text=m[0]) for m in regex.finditer(name, text)]
        people.append(Person(id=f"p{i}", name=name, mentions=spans, source="t", confidence=1))
    contacts = [
        Contact(
            kind=kind,
            value=m[0],
            span=Span(start=m.start(), end=m.end(), text=m[0]),
            source="t",
            confidence=1,
        )
        for kind, pattern in (("phone", PHONE), ("email", MAIL))
        for m in pattern.finditer(text)
    ]
    return people, contacts


# --- the reference: linking as it was written first, a scan of the text per question ---


def _lines_between(text: str, start: int, end: int) -> int:
    return sum(1 for line in text[start:end].split("\n")[1:] if line.strip())


def _in_signup_sentence(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    stops = [m.end() for m in regex.finditer(r"[.!?](?=\s)", text[line_start:start])]
    sentence_start = line_start + (stops[-1] if stops else 0)
    stop = regex.compile(r"[.!?](?=\s|$)").search(text, end, line_end)
    words = link._signup_words()
    return bool(words.search(text, sentence_start, stop.start() if stop else line_end))


def _block_line(text: str, pos: int, contact: Contact) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    return start <= contact.span.start <= end or end - start <= link.BLOCK_LINE_CHARS


def _owner_by_block(text: str, starts: list, contact: Contact) -> Person | None:
    if _in_signup_sentence(text, contact.span.start, contact.span.end):
        return None
    before = [(s, p) for s, p in starts if s < contact.span.start and _block_line(text, s, contact)]
    if not before:
        return None
    nearest = before[-1][0]
    later = [s for s, _ in starts if s > nearest]
    gap = text.find("\n\n\n", nearest)
    block_end = min(later[0] if later else len(text), gap if gap != -1 else len(text))
    if contact.span.start >= block_end:
        return None
    near = [(s, p) for s, p in before if _lines_between(text, s, contact.span.start) <= 6]
    head = regex.compile(r"^\s*(?:\p{L}+:\s*)?$")
    heads = [(s, p) for s, p in near if head.match(text[text.rfind("\n", 0, s) + 1 : s])]
    chosen = heads or near
    return chosen[-1][1] if chosen else None


def _named_before(people: list[Person], text: str, pos: int) -> str | None:
    own = text.rfind("\n", 0, pos)
    gap = own
    while gap > 0 and text[gap - 1] == "\n":
        gap -= 1
    above = text.rfind("\n", 0, max(gap, 0))
    before = [(m.end, p.id) for p in people for m in p.mentions if above < m.end <= pos]
    return max(before)[1] if before else None


def test_lines_between_as_counted_by_splitting():
    rng = random.Random(3)
    for _ in range(300):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randint(0, 30)))
        lines = LineIndex(text)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                assert lines.lines_between(start, end) == _lines_between(text, start, end)


def _pairs_on_lines(text: str, starts: list, contacts: list[Contact]) -> dict[int, Person]:
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
    local = link.fold(contact.value.split("@")[0])
    for person in people:
        parts = [link.fold(p) for p in regex.split(r"[\s-]+", person.name)]
        if local == "".join(parts) or (
            len(parts) > 1 and parts[-1] in local and parts[0][:1] == local[:1]
        ):
            return person
    return None


def _reference_links(text: str, people: list[Person], contacts: list[Contact]) -> list:
    """(contact, person id, why) per contact, and each person's e-mails and phones."""
    starts = sorted(((m.start, p) for p in people for m in p.mentions), key=lambda sp: sp[0])
    paired = _pairs_on_lines(text, starts, contacts)
    owned: dict[str, tuple[list[str], list[str]]] = {p.id: ([], []) for p in people}
    links = []
    for contact in contacts:
        owner, why = _owner_by_email(people, contact), "e-mail local part spells the name"
        if owner is None and id(contact) in paired:
            owner, why = paired[id(contact)], "paired in order with the names on its line"
        if owner is None:
            owner, why = _owner_by_block(text, starts, contact), "in the person's contact block"
        links.append((contact.value, owner and owner.id, owner and why))
        if owner is not None:
            values = owned[owner.id][contact.kind == "phone"]
            if contact.value not in values:
                values.append(contact.value)
    return [links, owned]


def test_contacts_link_as_the_reference_scan_does():
    rng = random.Random(19)
    reasons = set()
    for _ in range(400):
        text = _release(rng)
        people, contacts = _people_and_contacts(text)
        expected = _reference_links(text, people, contacts)
        link._link_contacts(text, people, contacts)
        links = [(c.value, c.person_id, c.person_link) for c in contacts]
        assert [links, {p.id: (p.emails, p.phones) for p in people}] == expected, text
        reasons |= {why for _, _, why in links}
    assert len(reasons) == 4  # each rule linked some, and some contacts stayed unlinked


def test_quotes_refer_back_as_the_reference_scan_does():
    rng = random.Random(5)
    for _ in range(200):
        text = _release(rng)
        people, _ = _people_and_contacts(text)
        named = link._NamedBefore(text, people)
        for pos in range(0, len(text) + 1, 7):
            assert named.person(pos) == _named_before(people, text, pos)


class _CountingText(str):
    """A text that counts the characters its slices and searches go over."""

    scanned = 0

    def _count(self, start: int | None, end: int | None) -> None:
        begin, stop, _ = slice(start, end).indices(len(self))
        _CountingText.scanned += max(0, stop - begin)

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, slice):
            self._count(key.start, key.stop)
        return str.__getitem__(self, key)

    def find(self, sub, start=None, end=None):  # type: ignore[override]
        self._count(start, end)
        return str.find(self, sub, start, end)

    def rfind(self, sub, start=None, end=None):  # type: ignore[override]
        self._count(start, end)
        return str.rfind(self, sub, start, end)

    def split(self, *args, **kwargs):  # type: ignore[override]
        self._count(None, None)
        return str.split(self, *args, **kwargs)


def test_many_contact_blocks_are_linked_in_a_few_passes_over_the_text():
    # Each contact used to slice the text from every name before it: a 1 MB release of
    # contact blocks took over 15 minutes. The work is now a few passes in all.
    blocks = [f"Anna Berg{i}\nTelefon: 070-{i % 1000:03d} 11 11\n\n" for i in range(400)]
    text = "Kontakt\n\n" + "".join(blocks)
    _, contacts = _people_and_contacts(text)
    people = [
        Person(
            id=f"b{i}",
            name=f"Anna Berg{i}",
            mentions=[Span(start=m.start(), end=m.end(), text=m[0])],
            source="t",
            confidence=1,
        )
        for i, m in enumerate(regex.finditer(r"Anna Berg\d+", text))
    ]
    _CountingText.scanned = 0
    link._link_contacts(_CountingText(text), people, contacts)
    assert [c.person_id for c in contacts] == [f"b{i}" for i in range(400)]
    assert _CountingText.scanned < 5 * len(text)
