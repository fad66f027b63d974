"""Assemble: a processed Doc to a validated Record (the schema's only entry point).

Reads the span groups the components wrote; never looks at raw input. Entities with
several mentions (people, organizations, interventions) are grouped by their value.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .. import link
from ..language.spans import group, text_of
from ..org_owner import with_codes_and_owners
from .schema import (
    Amount,
    Contact,
    DateMention,
    Intervention,
    Metric,
    MetricValue,
    Organization,
    ProducedBy,
    Record,
    Source,
    Span,
)
from .versions import produced_by

LOW_CONFIDENCE = 0.6


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_id(text: str, source: dict[str, Any] | None = None, key: Any = None) -> str:
    """Stable per input document: the same source and text give the same id on every run;
    two inputs with one text (two files, two JSONL lines) get two ids."""
    where = source or {}
    identity = json.dumps([where.get("path"), where.get("line"), key, text_sha256(text)])
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]


def span_of(span: SpacySpan) -> Span:
    return Span(start=span.start_char, end=span.end_char, text=span.text)


def provenance(span: SpacySpan) -> dict[str, Any]:
    return {
        "source": span._.source or "unknown",
        "confidence": span._.score if span._.score is not None else 0.5,
        "explanation": span._.explain,
    }


def contacts(doc: Doc) -> list[Contact]:
    kinds = {"EMAIL": "email", "PHONE": "phone"}
    return [
        Contact(kind=kinds[s.label_], value=s._.value, span=span_of(s), **provenance(s))  # type: ignore[arg-type]
        for s in group(doc, "contacts")
    ]


def amounts(doc: Doc) -> list[Amount]:
    return [
        Amount(
            kind=s._.value["kind"],
            value=s._.value["value"],
            unit=s._.value.get("unit"),
            span=span_of(s),
            **provenance(s),
        )
        for s in group(doc, "amounts")
    ]


def dates(doc: Doc) -> list[DateMention]:
    return [
        DateMention(value=s._.value, span=span_of(s), **provenance(s)) for s in group(doc, "dates")
    ]


def metrics(doc: Doc) -> list[Metric]:
    found = []
    for s in group(doc, "metrics"):
        values = [
            MetricValue(
                label=v["label"],
                year=v["year"],
                role=v["role"],
                value=v["value"],
                span=Span(start=v["start"], end=v["end"], text=text_of(doc)[v["start"] : v["end"]]),
            )
            for v in s._.value["values"]
        ]
        found.append(
            Metric(
                indicator=s._.value["indicator"],
                unit=s._.value["unit"],
                values=values,
                span=span_of(s),
                **provenance(s),
            )
        )
    return found


def _grouped(spans: Iterable[SpacySpan]) -> dict[str, list[SpacySpan]]:
    """Spans by the case-folded canonical name in their value, in order of first mention."""
    by_name: dict[str, list[SpacySpan]] = {}
    for s in sorted(spans, key=lambda s: s.start_char):
        by_name.setdefault(s._.value["name"].casefold(), []).append(s)
    return by_name


def _best(spans: list[SpacySpan]) -> SpacySpan:
    return max(spans, key=lambda s: s._.score or 0.0)


def _mentions(spans: list[SpacySpan]) -> list[Span]:
    unique = {(s.start_char, s.end_char): s for s in spans}
    return [span_of(unique[k]) for k in sorted(unique)]


def _entities(doc: Doc, name: str) -> Iterator[tuple[int, SpacySpan, dict[str, Any]]]:
    """One entity per canonical name: its number, best span, and the fields all share."""
    for n, spans in enumerate(_grouped(group(doc, name)).values(), start=1):
        best = _best(spans)
        aliases = sorted({a for s in spans for a in s._.value.get("aliases", [])})
        shared = {"name": best._.value["name"], "aliases": aliases, "mentions": _mentions(spans)}
        yield n, best, shared | provenance(best)


def organizations(doc: Doc) -> list[Organization]:
    return [
        Organization(id=f"O{n}", type=best._.value["type"], **shared)
        for n, best, shared in _entities(doc, "organizations")
    ]


def interventions(doc: Doc) -> list[Intervention]:
    return [
        Intervention(id=f"I{n}", named=best._.value["named"], **shared)
        for n, best, shared in _entities(doc, "interventions")
    ]


def warnings_for(record: Record) -> list[str]:
    """Low-confidence items a reviewer should look at."""
    notes = []
    items: list[Any] = [
        *record.people,
        *record.organizations,
        *record.contacts,
        *record.amounts,
        *record.interventions,
        *record.quotes,
        *record.dates,
    ]
    for item in items:
        if item.confidence < LOW_CONFIDENCE:
            label = getattr(item, "name", None) or getattr(item, "value", None) or item.span.text
            notes.append(
                f"low confidence ({item.confidence:.2f}) {type(item).__name__.lower()}: {label}"
            )
    return notes


def to_record(
    doc: Doc,
    source: dict[str, Any],
    *,
    title: str | None = None,
    published: str | None = None,
    warnings: list[str] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Record:
    orgs = with_codes_and_owners(organizations(doc), text_of(doc))
    found_contacts = contacts(doc)
    people, quotes = link.people_and_quotes(doc, found_contacts, orgs)
    record = Record(
        doc_id=doc_id(text_of(doc), source, (metadata or {}).get("id")),
        text_sha256=text_sha256(text_of(doc)),
        produced_by=ProducedBy(**produced_by()),
        source=Source(**source),
        title=title,
        published=published,
        text=text_of(doc),
        organizations=orgs,
        people=people,
        contacts=found_contacts,
        amounts=amounts(doc),
        interventions=interventions(doc),
        quotes=quotes,
        dates=dates(doc),
        metrics=metrics(doc),
        warnings=list(warnings or []),
        metadata=metadata or {},
    )
    record.warnings.extend(warnings_for(record))
    return record
