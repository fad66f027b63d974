"""Corpus aggregates for the index page: pure functions over record dicts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

Json = dict[str, Any]

COUNTED = ["people", "organizations", "contacts", "amounts", "interventions", "quotes", "dates"]
PUBLISHER_TYPES = ("municipality", "region", "agency")
PUBLISHER_METADATA = ("publisher", "organization", "organisation", "source", "site")


def kind_counts(records: Iterable[Json]) -> dict[str, int]:
    records = list(records)
    kinds = COUNTED + (["metrics"] if any("metrics" in r for r in records) else [])
    return {kind: sum(len(r.get(kind) or []) for r in records) for kind in kinds}


def _distinct_names(items: Iterable[Json]) -> dict[str, Json]:
    """One entry per case-folded name within a document."""
    return {" ".join(str(i["name"]).split()).casefold(): i for i in items}


def frequent(records: Iterable[Json], field: str, top: int = 15) -> list[tuple[Json, int]]:
    """The most frequent entities of a field, counted once per document."""
    counts: Counter[str] = Counter()
    first: dict[str, Json] = {}
    for record in records:
        for key, item in _distinct_names(record.get(field) or []).items():
            counts[key] += 1
            first.setdefault(key, item)
    return [(first[key], n) for key, n in counts.most_common(top)]


def municipalities(record: Json) -> list[str]:
    orgs = _distinct_names(
        o for o in record.get("organizations") or [] if o.get("type") == "municipality"
    )
    return [o["name"] for o in orgs.values()]


def interventions_by_municipality(records: Iterable[Json]) -> dict[str, Counter[str]]:
    """Municipality -> intervention name -> number of documents mentioning both."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for record in records:
        names = [i["name"] for i in _distinct_names(record.get("interventions") or []).values()]
        for municipality in municipalities(record):
            table[municipality].update(names)
    return dict(sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])))


def publisher(record: Json) -> str:
    """The first municipality, region or agency in the record, else a metadata field."""
    for org in record.get("organizations") or []:
        if org.get("type") in PUBLISHER_TYPES:
            return str(org["name"])
    metadata = record.get("metadata") or {}
    return next((str(metadata[k]) for k in PUBLISHER_METADATA if metadata.get(k)), "unknown")


def year(record: Json) -> str:
    metadata = record.get("metadata") or {}
    date = record.get("published") or metadata.get("date") or metadata.get("month") or ""
    return str(date)[:4] or "unknown"


def money_by_publisher_year(records: Iterable[Json]) -> list[tuple[str, str, str, float, int]]:
    """(publisher, year, currency, total, number of distinct amounts), largest first."""
    totals: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    for record in records:
        values = {
            (a.get("unit") or "?", a["value"])
            for a in record.get("amounts") or []
            if a.get("kind") == "money"
        }
        for unit, value in values:
            totals[(publisher(record), year(record), unit)].append(float(value))
    rows = [(p, y, u, sum(v), len(v)) for (p, y, u), v in totals.items()]
    return sorted(rows, key=lambda row: (row[0], row[1], -row[3]))


def warnings_first(records: Iterable[Json]) -> list[Json]:
    return sorted(records, key=lambda r: (-len(r.get("warnings") or []), r.get("title") or ""))
