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

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from .export_columns import NAMED_COLUMNS, tables
from .export_rows import rows_of

# NAMED_COLUMNS: the shipped kinds' columns (the README points here)
__all__ = ["NAMED_COLUMNS", "ExistingTables", "export", "fill", "tables"]

Json = dict[str, Any]


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
    for name, (columns, key) in tables(records).items():
        definition = ", ".join(f'"{c}" {t}' for c, t in columns)
        con.execute(f"CREATE TABLE {name} ({definition}, PRIMARY KEY ({', '.join(key)}))")
        rows = [row for record in records for row in rows_of(name)(record)]
        if rows:
            marks = ", ".join("?" for _ in columns)
            con.executemany(f"INSERT INTO {name} VALUES ({marks})", rows)
        counts[name] = len(rows)
    return counts


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
    files = {name: path / f"{name}.parquet" for name in tables(records)}
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
    ours = [name for name in tables() if name in present]
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
