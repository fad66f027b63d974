"""Spans to schema objects: a span's offsets and provenance, and one entity per name.

Shared by the resolution steps and by `assemble`, which builds the rest of the record
from the span groups with the same helpers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..language.spans import finding, group
from ..record.schema import Span


def span_of(span: SpacySpan) -> Span:
    return Span(start=span.start_char, end=span.end_char, text=span.text)


def provenance(span: SpacySpan) -> dict[str, Any]:
    found = finding(span)
    return {
        "source": found.source or "unknown",
        "rule": found.rule,
        "confidence": found.score if found.score is not None else 0.5,
        "explanation": found.explain,
    }


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


def entities(doc: Doc, name: str) -> Iterator[tuple[int, SpacySpan, dict[str, Any]]]:
    """One entity per canonical name in span group `name`: its number, best span, and
    the fields all its mentions share."""
    for n, spans in enumerate(_grouped(group(doc, name)).values(), start=1):
        best = _best(spans)
        aliases = sorted({a for s in spans for a in s._.value.get("aliases", [])})
        shared = {"name": best._.value["name"], "aliases": aliases, "mentions": _mentions(spans)}
        yield n, best, shared | provenance(best)
