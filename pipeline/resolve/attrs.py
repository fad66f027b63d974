"""The Doc attributes the resolution steps write, each a list of schema objects.

They hold the record's own pydantic objects (Organization, Person, Contact, Quote), not
plain dicts: the steps refer to each other's results by the ids the record keeps (a
person's `organization_id`, a contact's `person_id`), so each step builds the objects
once, validated, and `assemble` places them in the Record as they are.
`from_resolved` declares a step that resolves one list from an earlier one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..language import span_groups
from ..language.component import Component, component
from ..language.span_groups import declared_attr

RESOLVED = (
    "resolved_organizations",
    "resolved_people",
    "resolved_contacts",
    "resolved_quotes",
)


def attr(name: str) -> str:
    """The attribute a component declares for the resolved list `name`."""
    return declared_attr(name, RESOLVED, "resolved attribute")


def resolved(doc: Doc, name: str) -> list[Any]:
    """What a resolution step put on the Doc; an error when it never ran on it."""
    value = doc._.get(name)
    if value is None:
        raise ValueError(f"doc._.{name} is unset: the pipeline's resolution steps did not run")
    return list(value)


def from_resolved(
    name: str,
    resolve: Callable[[Doc, list[Any]], list[Any]],
    *,
    group: str,
    reads: str,
    writes: str,
) -> Callable[[Language, str], Component]:
    """Register the resolution step `name` that sets the list `writes` to
    `resolve(doc, <the list an earlier step resolved as reads>)` from the span group
    `group`, declaring all three for analyze_pipes."""

    def step(doc: Doc, source: str) -> None:
        doc._.set(writes, resolve(doc, resolved(doc, reads)))

    return component(
        name, step, assigns=[attr(writes)], requires=[span_groups.attr(group), attr(reads)]
    )


for _name in RESOLVED:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
