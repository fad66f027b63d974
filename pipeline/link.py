"""Link: mentions to people, and people to their contacts, organization and quotes.

A person is every mention of one name; contacts join the person whose contact block
holds them, or whose name the e-mail's local part spells.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .schema import Contact, Organization, Person, Quote, Span
from .spans import group, text_of


def fold(text: str) -> str:
    """Case- and accent-folded letters only: 'Åsa Bäckström' -> 'asabackstrom'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def _person_spans(doc: Doc) -> list[SpacySpan]:
    spans = group(doc, "people")
    spans += [e for e in doc.ents if e.label_ == "PER" and len(e.text.split()) >= 2]
    return sorted(spans, key=lambda s: s.start_char)


def _block_end(text: str, start: int, next_start: int) -> int:
    """A contact block runs from its name line to the next name or a blank-line gap of 2."""
    gap = text.find("\n\n\n", start)
    return min(next_start, gap if gap != -1 else len(text))


def _name_of(span: SpacySpan) -> str:
    value = span._.value
    return value["name"] if isinstance(value, dict) else span.text


def people_and_quotes(
    doc: Doc, contacts: list[Contact], organizations: list[Organization]
) -> tuple[list[Person], list[Quote]]:
    by_name: dict[str, list[SpacySpan]] = {}
    for span in _person_spans(doc):
        by_name.setdefault(" ".join(_name_of(span).split()).casefold(), []).append(span)
    people: list[Person] = []
    for n, spans in enumerate(by_name.values(), start=1):
        best = max(spans, key=lambda s: s._.score or 0.0)
        party = next(
            (
                s._.value["party"]
                for s in spans
                if isinstance(s._.value, dict) and s._.value.get("party")
            ),
            None,
        )
        unique = {(s.start_char, s.end_char): s for s in spans}
        people.append(
            Person(
                id=f"P{n}",
                name=_name_of(best),
                party=party,
                mentions=[
                    Span(start=s.start_char, end=s.end_char, text=s.text)
                    for s in (unique[k] for k in sorted(unique))
                ],
                source=best._.source or "ner",
                confidence=best._.score if best._.score is not None else 0.7,
                explanation=best._.explain or "named entity (PER)",
            )
        )
    _link_contacts(text_of(doc), people, contacts)
    return people, []


def _link_contacts(text: str, people: list[Person], contacts: list[Contact]) -> None:
    starts = sorted((m.start, p) for p in people for m in p.mentions)
    for contact in contacts:
        owner = _owner_by_email(people, contact) or _owner_by_block(text, starts, contact)
        if owner is None:
            continue
        contact.person_id = owner.id
        values = owner.emails if contact.kind == "email" else owner.phones
        if contact.value not in values:
            values.append(contact.value)


def _owner_by_email(people: list[Person], contact: Contact) -> Person | None:
    if contact.kind != "email":
        return None
    local = fold(contact.value.split("@")[0])
    for person in people:
        parts = [fold(p) for p in person.name.split()]
        if local == "".join(parts) or (
            len(parts) > 1 and parts[-1] in local and parts[0][:1] == local[:1]
        ):
            return person
    return None


def _owner_by_block(text: str, starts: list[tuple[int, Person]], contact: Contact) -> Person | None:
    """The nearest name mention before the contact, if the contact lies within its block."""
    before = [(s, p) for s, p in starts if s < contact.span.start]
    if not before:
        return None
    start, person = before[-1]
    later = [s for s, _ in starts if s > start]
    if contact.span.start < _block_end(text, start, later[0] if later else len(text)):
        lines_between = text.count("\n", start, contact.span.start)
        return person if lines_between <= 6 else None
    return None
