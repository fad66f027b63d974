"""`run --min-confidence X`: leave out of a record every result scored below X.

Every item of a record carries a `confidence`; those below X are dropped (organizations,
people, their role mentions, contacts, amounts, interventions, quotes, dates, metrics).
References to a dropped item are cleared (a contact's person_id, a quote's speaker_id, a
person's organization_id, an organization's owner_id), a dropped contact's address or
number leaves its person's emails/phones, and so do the low-confidence warnings about
dropped items. The text is untouched, so the offsets of everything kept are unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from ..person_merge import distinct_roles
from .schema import Person, Record

_LOW_WARNING = re.compile(r"low confidence \((\d+(?:\.\d+)?)\)")
_FIELDS = ("organizations", "contacts", "amounts", "interventions", "dates", "metrics")


def at_least(record: Record, threshold: float) -> Record:
    """The record without the items whose confidence is below `threshold`."""
    if threshold <= 0:
        return record
    kept: dict[str, Any] = {
        f: [i for i in getattr(record, f) if i.confidence >= threshold] for f in _FIELDS
    }
    org_ids = {o.id for o in kept["organizations"]}
    kept["organizations"] = [
        o if o.owner_id in org_ids | {None} else o.model_copy(update={"owner_id": None})
        for o in kept["organizations"]
    ]
    contacts = kept["contacts"]
    people = [
        _person(p, threshold, org_ids, contacts) for p in record.people if p.confidence >= threshold
    ]
    person_ids = {p.id for p in people}
    kept["contacts"] = [
        c if c.person_id in person_ids | {None} else c.model_copy(update={"person_id": None})
        for c in contacts
    ]
    kept["quotes"] = [
        q if q.speaker_id in person_ids | {None} else q.model_copy(update={"speaker_id": None})
        for q in record.quotes
        if q.confidence >= threshold
    ]
    warnings = [w for w in record.warnings if not _low_below(w, threshold)]
    return record.model_copy(update={**kept, "people": people, "warnings": warnings})


def _person(person: Person, threshold: float, org_ids: set[str], contacts: list[Any]) -> Person:
    mentions = [r for r in person.role_mentions if r.confidence >= threshold]
    values = {c.value for c in contacts if c.person_id == person.id}
    update: dict[str, Any] = {
        "role_mentions": mentions,
        "roles": person.roles if mentions == person.role_mentions else distinct_roles(mentions),
        "emails": [e for e in person.emails if e in values],
        "phones": [p for p in person.phones if p in values],
    }
    if person.organization_id not in org_ids:
        update |= {"organization_id": None, "organization_explanation": None}
    return person.model_copy(update=update)


def _low_below(warning: str, threshold: float) -> bool:
    m = _LOW_WARNING.match(warning)
    return m is not None and float(m[1]) < threshold
