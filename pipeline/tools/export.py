"""Export records as normalised tables for SQL: a DuckDB file or a folder of Parquet files.

Every table carries `doc_id`; entities keep their record ids (person_id, org_id,
intervention_id) and items without an id get their position in the record (`n`), so
(doc_id, id) is a key and tables join on doc_id and the ids. A doc_id seen twice (the
same cleaned text) is exported once.

An export writes only its own tables: into an existing DuckDB file next to the user's
tables, refusing (nothing written) when tables of its names are there, unless told to
replace them; the same for the .parquet files of a folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb

Json = dict[str, Any]
Row = tuple[Any, ...]

# table -> (column definitions, key columns); the order of columns is the order of rows
TABLES: dict[str, tuple[list[tuple[str, str]], list[str]]] = {
    "documents": (
        [
            ("doc_id", "VARCHAR"),
            ("source_path", "VARCHAR"),
            ("source_line", "INTEGER"),
            ("title", "VARCHAR"),
            ("published", "DATE"),
            ("schema_version", "VARCHAR"),
            ("warnings", "VARCHAR[]"),
            ("metadata", "VARCHAR"),
            ("text", "VARCHAR"),
        ],
        ["doc_id"],
    ),
    "people": (
        [
            ("doc_id", "VARCHAR"),
            ("person_id", "VARCHAR"),
            ("name", "VARCHAR"),
            ("party", "VARCHAR"),
            ("org_id", "VARCHAR"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "person_id"],
    ),
    "person_roles": (
        [("doc_id", "VARCHAR"), ("person_id", "VARCHAR"), ("n", "INTEGER"), ("role", "VARCHAR")],
        ["doc_id", "person_id", "n"],
    ),
    "organizations": (
        [
            ("doc_id", "VARCHAR"),
            ("org_id", "VARCHAR"),
            ("name", "VARCHAR"),
            ("type", "VARCHAR"),
            ("aliases", "VARCHAR[]"),
            ("mentions", "INTEGER"),
            ("owner_id", "VARCHAR"),
            ("code", "VARCHAR"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "org_id"],
    ),
    "contacts": (
        [
            ("doc_id", "VARCHAR"),
            ("n", "INTEGER"),
            ("kind", "VARCHAR"),
            ("value", "VARCHAR"),
            ("person_id", "VARCHAR"),
            ("start_char", "INTEGER"),
            ("end_char", "INTEGER"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "n"],
    ),
    "amounts": (
        [
            ("doc_id", "VARCHAR"),
            ("n", "INTEGER"),
            ("kind", "VARCHAR"),
            ("value", "DOUBLE"),
            ("unit", "VARCHAR"),
            ("text", "VARCHAR"),
            ("start_char", "INTEGER"),
            ("end_char", "INTEGER"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "n"],
    ),
    "interventions": (
        [
            ("doc_id", "VARCHAR"),
            ("intervention_id", "VARCHAR"),
            ("name", "VARCHAR"),
            ("named", "BOOLEAN"),
            ("aliases", "VARCHAR[]"),
            ("mentions", "INTEGER"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "intervention_id"],
    ),
    "quotes": (
        [
            ("doc_id", "VARCHAR"),
            ("n", "INTEGER"),
            ("speaker_id", "VARCHAR"),
            ("text", "VARCHAR"),
            ("start_char", "INTEGER"),
            ("end_char", "INTEGER"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "n"],
    ),
    "metrics": (
        [
            ("doc_id", "VARCHAR"),
            ("n", "INTEGER"),
            ("indicator", "VARCHAR"),
            ("unit", "VARCHAR"),
            ("data", "VARCHAR"),
            ("confidence", "DOUBLE"),
            ("source", "VARCHAR"),
        ],
        ["doc_id", "n"],
    ),
}


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


def _prov(item: Json) -> tuple[Any, Any]:
    return item.get("confidence"), item.get("source")


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


def _distinct(records: Iterable[Json]) -> list[Json]:
    seen: dict[str, Json] = {}
    for record in records:
        seen.setdefault(record["doc_id"], record)
    return list(seen.values())


class ExistingTables(ValueError):
    """The target already holds tables of an export; only --replace overwrites them."""


def fill(con: duckdb.DuckDBPyConnection, records: Iterable[Json]) -> dict[str, int]:
    """Create the tables in `con` and insert the records' rows; returns rows per table."""
    records = _distinct(records)
    counts = {}
    for name, (columns, key) in TABLES.items():
        if name not in _tables_for(records):
            continue
        definition = ", ".join(f'"{c}" {t}' for c, t in columns)
        con.execute(f"CREATE TABLE {name} ({definition}, PRIMARY KEY ({', '.join(key)}))")
        rows = [row for record in records for row in ROWS[name](record)]
        if rows:
            marks = ", ".join("?" for _ in columns)
            con.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
        counts[name] = len(rows)
    return counts


def _tables_for(records: list[Json]) -> list[str]:
    with_metrics = any("metrics" in r for r in records)
    return [name for name in TABLES if name != "metrics" or with_metrics]


def _refuse(existing: list[str], where: Path) -> None:
    if existing:
        raise ExistingTables(
            f"{where} already holds {', '.join(existing)}: nothing written; "
            "--replace overwrites these (and only these)"
        )


def export(records: Iterable[Json], target: str, replace: bool = False) -> dict[str, int]:
    """target: 'duckdb:FILE' or 'parquet:DIR' (one file per table).

    Only the export's own tables are written: a DuckDB file's other tables and a folder's
    other files are kept. Tables (or .parquet files) of the same names are an error
    (`ExistingTables`) unless `replace`, which overwrites them; nothing is half-written.
    """
    kind, _, where = target.partition(":")
    if kind not in ("duckdb", "parquet") or not where:
        raise ValueError(f"--to must be duckdb:FILE or parquet:DIR, not {target!r}")
    path = Path(where)
    records = _distinct(records)
    if kind == "duckdb":
        path.parent.mkdir(parents=True, exist_ok=True)
        with duckdb.connect(str(path)) as con:
            return _into_database(con, records, path, replace)
    files = {name: path / f"{name}.parquet" for name in _tables_for(records)}
    if not replace:
        _refuse([str(f.name) for f in files.values() if f.exists()], path)
    path.mkdir(parents=True, exist_ok=True)
    with duckdb.connect() as con:
        counts = fill(con, records)
        for name in counts:
            target_file = str(files[name]).replace("'", "''")
            con.execute(f"COPY {name} TO '{target_file}' (FORMAT parquet)")
    return counts


_MAIN_TABLES = "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'"


def _into_database(
    con: duckdb.DuckDBPyConnection, records: list[Json], path: Path, replace: bool
) -> dict[str, int]:
    """The tables in one transaction: a refusal or a failure leaves the file as it was."""
    present = {row[0] for row in con.execute(_MAIN_TABLES).fetchall()}
    ours = [name for name in TABLES if name in present]
    if not replace:
        _refuse(ours, path)
    con.execute("BEGIN TRANSACTION")
    try:
        for name in ours:
            con.execute(f"DROP TABLE {name}")
        counts = fill(con, records)
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
    return counts
