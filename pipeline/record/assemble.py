"""Assemble: a finished Doc to a validated Record (the schema's only entry point).

Takes the entities the resolution steps put on the Doc (organizations, people, contacts,
quotes: pipeline/resolve/) as they are, and turns the remaining span groups (amounts,
dates, metrics, interventions) into their schema objects. Resolves and links nothing;
never looks at raw input.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from spacy.tokens import Doc

from ..language.caps import doc_warnings
from ..language.spans import group, text_of
from ..resolve.attrs import resolved
from ..resolve.entities import entities, provenance, span_of
from .schema import (
    Amount,
    DateMention,
    Intervention,
    Metric,
    MetricValue,
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


def interventions(doc: Doc) -> list[Intervention]:
    return [
        Intervention(id=f"I{n}", named=best._.value["named"], **shared)
        for n, best, shared in entities(doc, "interventions")
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
    record = Record(
        doc_id=doc_id(text_of(doc), source, (metadata or {}).get("id")),
        text_sha256=text_sha256(text_of(doc)),
        produced_by=ProducedBy(**produced_by()),
        source=Source(**source),
        title=title,
        published=published,
        text=text_of(doc),
        organizations=resolved(doc, "resolved_organizations"),
        people=resolved(doc, "resolved_people"),
        contacts=resolved(doc, "resolved_contacts"),
        amounts=amounts(doc),
        interventions=interventions(doc),
        quotes=resolved(doc, "resolved_quotes"),
        dates=dates(doc),
        metrics=metrics(doc),
        warnings=list(warnings or []) + doc_warnings(doc),
        metadata=metadata or {},
    )
    record.warnings.extend(warnings_for(record))
    return record
