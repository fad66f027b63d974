"""Corpus aggregates for the index page: pure functions over record dicts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .amount_roles import ADDED, ROLES, amount_roles

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
    """The publisher the input's metadata names; else a guess from the text: its first
    municipality, region or agency."""
    metadata = record.get("metadata") or {}
    if named := next((str(metadata[k]) for k in PUBLISHER_METADATA if metadata.get(k)), None):
        return named
    for org in record.get("organizations") or []:
        if org.get("type") in PUBLISHER_TYPES:
            return str(org["name"])
    return "unknown"


def year(record: Json) -> str:
    metadata = record.get("metadata") or {}
    date = record.get("published") or metadata.get("date") or metadata.get("month") or ""
    return str(date)[:4] or "unknown"


@dataclass(frozen=True)
class MoneyRow:
    """The distinct money amounts of one role in one currency, per publisher and year."""

    publisher: str
    year: str
    currency: str
    role: str  # a key of amount_roles.ROLES
    values: tuple[float, ...]
    documents: int

    @property
    def total(self) -> float | None:
        """Their sum; None for rates, which are not added."""
        return sum(self.values) if self.role in ADDED else None


def money_by_publisher_year(records: Iterable[Json]) -> list[MoneyRow]:
    """Money per publisher, year, currency and role (see amount_roles): a total and its
    parts, a rate and a deficit land in rows of their own and are never added together.
    Within a document the same value in the same role counts once."""
    values: dict[tuple[str, str, str, str], list[float]] = defaultdict(list)
    documents: Counter[tuple[str, str, str, str]] = Counter()
    for record in records:
        found = {
            (a.get("unit") or "?", role, float(a["value"]))
            for a, role in zip(record.get("amounts") or [], amount_roles(record), strict=True)
            if a.get("kind") == "money"
        }
        for key in {(publisher(record), year(record), unit, role) for unit, role, _ in found}:
            documents[key] += 1
        for unit, role, value in found:
            values[(publisher(record), year(record), unit, role)].append(value)
    order = list(ROLES)
    rows = [
        MoneyRow(*key, tuple(sorted(v, reverse=True)), documents[key]) for key, v in values.items()
    ]
    return sorted(rows, key=lambda r: (r.publisher, r.year, r.currency, order.index(r.role)))


def warnings_first(records: Iterable[Json]) -> list[Json]:
    return sorted(records, key=lambda r: (-len(r.get("warnings") or []), r.get("title") or ""))
