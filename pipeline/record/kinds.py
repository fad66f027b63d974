"""The kinds of things a record lists: one row each, read by export, report and evaluate.

A kind is a list field of `Record` (its items are `model`), found by the component that
writes the span group `group`. The tools iterate `KINDS` instead of naming kinds one by
one: export writes a table per kind (`table`; columns from the model unless export.py
names them), the report highlights its spans in its colour and gives it a section on a
document page, and evaluate scores it through the fields it lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from .schema import Amount, Contact, DateMention, Intervention, Metric, Organization, Person, Quote


@dataclass(frozen=True)
class Mark:
    """How the report highlights a span: CSS class k-<css>, legend label, colours."""

    css: str
    label: str
    background: str
    underline: str | None = None  # None: no underline (quotes are set in italics)


@dataclass(frozen=True)
class Kind:
    field: str  # the list field of Record
    model: type[BaseModel]
    group: str  # the span group its component writes (pipeline/language/span_groups.py)
    table: str | None  # export table; None: not exported
    id_column: str | None  # an entity's key column in its table; None: its position `n`
    section: str | None  # the report's section on a document page; None: none
    marks: tuple[Mark, ...]  # one, or one per value of the item's `kind` (contacts, amounts)
    evaluate: tuple[str, ...] = ()  # the evaluate fields that score it
    optional: bool = False  # exported and reported only when the records carry the field


KINDS: tuple[Kind, ...] = (
    Kind(
        "people",
        Person,
        "people",
        "people",
        "person_id",
        "People",
        (Mark("person", "person", "#cce5ff", "#0969da"),),
        ("people", "party", "roles", "person_contacts", "person_org"),
    ),
    Kind(
        "organizations",
        Organization,
        "organizations",
        "organizations",
        "org_id",
        "Organizations",
        (Mark("organization", "organization", "#d8f5d0", "#1a7f37"),),
        ("organizations", "org_type"),
    ),
    Kind(
        "contacts",
        Contact,
        "contacts",
        "contacts",
        None,
        None,
        (
            Mark("email", "e-mail", "#ffe2c2", "#bc4c00"),
            Mark("phone", "phone", "#ffe2c2", "#bc4c00"),
        ),
        ("emails", "phones"),
    ),
    Kind(
        "amounts",
        Amount,
        "amounts",
        "amounts",
        None,
        "Amounts",
        (
            Mark("money", "money", "#fff1a8", "#9a6700"),
            Mark("percent", "percent", "#ffd8b5", "#953800"),
            Mark("count", "count", "#e8e1c0", "#7d6a2b"),
        ),
        ("money", "percent", "count"),
    ),
    Kind(
        "interventions",
        Intervention,
        "interventions",
        "interventions",
        "intervention_id",
        "Interventions",
        (Mark("intervention", "intervention", "#f3d9fa", "#8250df"),),
        ("interventions_named", "interventions_all"),
    ),
    Kind(
        "quotes",
        Quote,
        "quotes",
        "quotes",
        None,
        "Quotes",
        (Mark("quote", "quote", "#eef1f4"),),
        ("quotes_found", "quote_speaker"),
    ),
    # The dates component also sets the record's `published`, which is what is scored.
    Kind(
        "dates",
        DateMention,
        "dates",
        None,
        None,
        None,
        (Mark("date", "date", "#d6f0f0", "#1b7c83"),),
        ("published",),
    ),
    Kind(
        "metrics",
        Metric,
        "metrics",
        "metrics",
        None,
        "Metrics",
        (Mark("metric", "metric", "#ffe0ec", "#bf3989"),),
        ("metrics",),
        optional=True,
    ),
)


def kind(field: str) -> Kind:
    return next(k for k in KINDS if k.field == field)


def present(records: list[dict[str, object]]) -> list[Kind]:
    """The kinds to show or export for these records: an optional kind only when one of
    them carries its field."""
    return [k for k in KINDS if not k.optional or any(k.field in r for r in records)]


def marks() -> dict[str, Mark]:
    """Every highlight class, in legend order."""
    return {m.css: m for k in KINDS for m in k.marks}
