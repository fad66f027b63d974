"""The tables an export writes: their columns and keys. The document table and the kinds'
tables that this module names; a kind it does not name gets columns read off its model
(`model_columns`). Rows in these columns: export_rows.py."""

from __future__ import annotations

from types import UnionType
from typing import Any, Union, get_args, get_origin

from ..record import kinds
from ..record.kinds import Kind
from ..record.schema import Span

Json = dict[str, Any]
Columns = list[tuple[str, str]]

# What every kind's table ends with, and where a span's offsets go.
PROVENANCE_COLUMNS: Columns = [("confidence", "DOUBLE"), ("source", "VARCHAR"), ("rule", "VARCHAR")]
SPAN_COLUMNS: Columns = [("start_char", "INTEGER"), ("end_char", "INTEGER")]

# The document table, then the columns of the kinds' tables (pipeline/record/kinds.py) that
# name theirs; a kind not named here gets columns read off its model (`model_columns`).
DOCUMENT_COLUMNS: Columns = [
    ("doc_id", "VARCHAR"),
    ("source_path", "VARCHAR"),
    ("source_line", "INTEGER"),
    ("title", "VARCHAR"),
    ("published", "DATE"),
    ("schema_version", "VARCHAR"),
    ("warnings", "VARCHAR[]"),
    ("metadata", "VARCHAR"),
    ("text", "VARCHAR"),
]
NAMED_COLUMNS: dict[str, Columns] = {
    "people": [
        ("doc_id", "VARCHAR"),
        ("person_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("party", "VARCHAR"),
        ("org_id", "VARCHAR"),
        *PROVENANCE_COLUMNS,
        ("org_rule", "VARCHAR"),
        ("org_confidence", "DOUBLE"),
    ],
    "person_roles": [
        ("doc_id", "VARCHAR"),
        ("person_id", "VARCHAR"),
        ("n", "INTEGER"),
        ("role", "VARCHAR"),
    ],
    "organizations": [
        ("doc_id", "VARCHAR"),
        ("org_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("type", "VARCHAR"),
        ("aliases", "VARCHAR[]"),
        ("mentions", "INTEGER"),
        ("owner_id", "VARCHAR"),
        ("code", "VARCHAR"),
        *PROVENANCE_COLUMNS,
    ],
    "contacts": [
        ("doc_id", "VARCHAR"),
        ("n", "INTEGER"),
        ("kind", "VARCHAR"),
        ("value", "VARCHAR"),
        ("person_id", "VARCHAR"),
        *SPAN_COLUMNS,
        *PROVENANCE_COLUMNS,
    ],
    "amounts": [
        ("doc_id", "VARCHAR"),
        ("n", "INTEGER"),
        ("kind", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("text", "VARCHAR"),
        *SPAN_COLUMNS,
        *PROVENANCE_COLUMNS,
    ],
    "interventions": [
        ("doc_id", "VARCHAR"),
        ("intervention_id", "VARCHAR"),
        ("name", "VARCHAR"),
        ("named", "BOOLEAN"),
        ("aliases", "VARCHAR[]"),
        ("mentions", "INTEGER"),
        *PROVENANCE_COLUMNS,
    ],
    "quotes": [
        ("doc_id", "VARCHAR"),
        ("n", "INTEGER"),
        ("speaker_id", "VARCHAR"),
        ("text", "VARCHAR"),
        *SPAN_COLUMNS,
        *PROVENANCE_COLUMNS,
    ],
    "metrics": [
        ("doc_id", "VARCHAR"),
        ("n", "INTEGER"),
        ("indicator", "VARCHAR"),
        ("unit", "VARCHAR"),
        ("data", "VARCHAR"),
        *PROVENANCE_COLUMNS,
    ],
}
# Tables a kind's items fill besides their own, written right after it, and their keys.
CHILD_TABLES = {"people": ["person_roles"]}
CHILD_KEYS = {"person_roles": ["doc_id", "person_id", "n"]}

PROVENANCE_FIELDS = ("source", "confidence", "explanation", "rule")
_SQL_TYPES = {str: "VARCHAR", float: "DOUBLE", int: "INTEGER", bool: "BOOLEAN"}


def model_columns(kind: Kind) -> Columns:
    """A table for a kind export.py does not name: its id or position, each plain field
    (lists of text as arrays, a span as its offsets, mentions counted, anything else as
    JSON), then confidence, source and rule."""
    key = (kind.id_column or "n", "VARCHAR" if kind.id_column else "INTEGER")
    columns = [("doc_id", "VARCHAR"), key]
    for name, info in kind.model.model_fields.items():
        if name in PROVENANCE_FIELDS or (name == "id" and kind.id_column):
            continue
        columns += field_columns(name, info.annotation)
    return [*columns, *PROVENANCE_COLUMNS]


def field_columns(name: str, annotation: Any) -> Columns:
    args = [a for a in get_args(annotation) if a is not type(None)]
    plain = args[0] if get_origin(annotation) in (Union, UnionType) and len(args) == 1 else None
    annotation = plain or annotation
    if annotation is Span:
        return list(SPAN_COLUMNS)
    if annotation == list[Span]:
        return [(name, "INTEGER")]
    if annotation == list[str]:
        return [(name, "VARCHAR[]")]
    return [(name, _SQL_TYPES.get(annotation, "VARCHAR"))]


def tables(records: list[Json] | None = None) -> dict[str, tuple[Columns, list[str]]]:
    """table -> (column definitions, key columns), in the order they are written: the
    documents, then each kind's table (only the kinds present when `records` are given)."""
    found: dict[str, tuple[Columns, list[str]]] = {"documents": (DOCUMENT_COLUMNS, ["doc_id"])}
    for kind in kinds.present(records) if records is not None else kinds.KINDS:
        if kind.table is None:
            continue
        for name in [kind.table, *CHILD_TABLES.get(kind.table, [])]:
            columns = NAMED_COLUMNS.get(name) or model_columns(kind)
            found[name] = (columns, CHILD_KEYS.get(name) or ["doc_id", columns[1][0]])
    return found
