"""The Doc attributes the resolution steps write, each a list of schema objects.

They hold the record's own pydantic objects (Organization, Person, Contact, Quote), not
plain dicts: the steps refer to each other's results by the ids the record keeps (a
person's `organization_id`, a contact's `person_id`), so each step builds the objects
once, validated, and `assemble` places them in the Record as they are.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

RESOLVED = (
    "resolved_organizations",
    "resolved_people",
    "resolved_contacts",
    "resolved_quotes",
)


def attr(name: str) -> str:
    """The attribute a component declares for the resolved list `name`."""
    if name not in RESOLVED:
        raise ValueError(f"unknown resolved attribute {name!r}")
    return f"doc._.{name}"


def resolved(doc: Doc, name: str) -> list[Any]:
    """What a resolution step put on the Doc; an error when it never ran on it."""
    value = doc._.get(name)
    if value is None:
        raise ValueError(f"doc._.{name} is unset: the pipeline's resolution steps did not run")
    return list(value)


for _name in RESOLVED:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
