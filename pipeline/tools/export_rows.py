"""The rows of the export's tables (export_columns.py), in their column order: one writer
per table the columns name, and one read off the model for any other kind."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from ..record import kinds
from ..record.kinds import Kind
from .export_columns import PROVENANCE_COLUMNS, model_columns

Json = dict[str, Any]
Row = tuple[Any, ...]


def _model_rows(kind: Kind) -> Callable[[Json], Iterator[Row]]:
    columns = model_columns(kind)[2 : -len(PROVENANCE_COLUMNS)]  # between the key and _prov

    def rows(r: Json) -> Iterator[Row]:
        for n, item in enumerate(r.get(kind.field) or [], start=1):
            key = item.get("id") if kind.id_column else n
            cells = [_cell(item, name, sql) for name, sql in columns]
            yield r["doc_id"], key, *cells, *_prov(item)

    return rows


def _cell(item: Json, column: str, sql: str) -> Any:
    if column in ("start_char", "end_char"):
        return _span(item)[column != "start_char"]
    value = item.get(column)
    if sql == "INTEGER" and isinstance(value, list):
        return len(value)
    if sql == "VARCHAR" and isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def rows_of(name: str) -> Callable[[Json], Iterator[Row]]:
    if name in ROWS:
        return ROWS[name]
    return _model_rows(next(k for k in kinds.KINDS if k.table == name))


def _span(item: Json) -> tuple[Any, Any]:
    span = item.get("span") or {}
    return span.get("start"), span.get("end")


def _documents(r: Json) -> Iterator[Row]:
    source = r.get("source") or {}
    yield (
        r["doc_id"],
        source.get("path"),
        source.get("line"),
        r.get("title"),
        r.get("published"),
        r.get("schema_version"),
        list(r.get("warnings") or []),
        json.dumps(r.get("metadata") or {}, ensure_ascii=False),
        r.get("text"),
    )


def _people(r: Json) -> Iterator[Row]:
    for p in r.get("people") or []:
        org = p.get("organization_id")
        yield (
            r["doc_id"],
            p["id"],
            p["name"],
            p.get("party"),
            org,
            p.get("confidence"),
            p.get("source"),
            p.get("rule"),
            p.get("organization_rule"),
            p.get("organization_confidence"),
        )


def _roles(r: Json) -> Iterator[Row]:
    for p in r.get("people") or []:
        for n, role in enumerate(p.get("roles") or [], start=1):
            yield r["doc_id"], p["id"], n, role


def _organizations(r: Json) -> Iterator[Row]:
    for o in r.get("organizations") or []:
        aliases, mentions = list(o.get("aliases") or []), len(o.get("mentions") or [])
        yield (
            *(r["doc_id"], o["id"], o["name"], o.get("type"), aliases, mentions),
            *(o.get("owner_id"), o.get("code"), *_prov(o)),
        )


def _prov(item: Json) -> tuple[Any, Any, Any]:
    return item.get("confidence"), item.get("source"), item.get("rule")


def _contacts(r: Json) -> Iterator[Row]:
    for n, c in enumerate(r.get("contacts") or [], start=1):
        yield (
            r["doc_id"],
            n,
            c.get("kind"),
            c.get("value"),
            c.get("person_id"),
            *_span(c),
            *_prov(c),
        )


def _amounts(r: Json) -> Iterator[Row]:
    for n, a in enumerate(r.get("amounts") or [], start=1):
        text = (a.get("span") or {}).get("text")
        yield (
            r["doc_id"],
            n,
            a.get("kind"),
            a.get("value"),
            a.get("unit"),
            text,
            *_span(a),
            *_prov(a),
        )


def _interventions(r: Json) -> Iterator[Row]:
    for i in r.get("interventions") or []:
        aliases, mentions = list(i.get("aliases") or []), len(i.get("mentions") or [])
        yield r["doc_id"], i["id"], i["name"], bool(i.get("named")), aliases, mentions, *_prov(i)


def _quotes(r: Json) -> Iterator[Row]:
    for n, q in enumerate(r.get("quotes") or [], start=1):
        yield r["doc_id"], n, q.get("speaker_id"), q.get("text"), *_span(q), *_prov(q)


def _metrics(r: Json) -> Iterator[Row]:
    """Metrics belong to another component's model: the indicator and unit as columns,
    the whole entry as JSON."""
    for n, m in enumerate(r.get("metrics") or [], start=1):
        data = json.dumps(m, ensure_ascii=False)
        yield r["doc_id"], n, m.get("indicator") or m.get("name"), m.get("unit"), data, *_prov(m)


# The rows of the tables NAMED_COLUMNS defines, in their column order.
ROWS: dict[str, Callable[[Json], Iterator[Row]]] = {
    "documents": _documents,
    "people": _people,
    "person_roles": _roles,
    "organizations": _organizations,
    "contacts": _contacts,
    "amounts": _amounts,
    "interventions": _interventions,
    "quotes": _quotes,
    "metrics": _metrics,
}
