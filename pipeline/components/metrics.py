"""Result tables: "label: number" lists under an indicator line, as metrics.

    Antal besök inom socialpsykiatrins förebyggande öppna insatser:[2]
      • 2022: 470
      • Verksamhetsmålet för 2023: 760
      • Resultatet för 2023: 1 894

becomes one metric: indicator (the heading line), unit (shared by its values, or written
as "(%)" in the heading) and per label its year, role (target, result or plain value, from
the label's words in models/rules/metric_roles.tsv) and the amount found there. Runs after
press_amounts and reads its spans; writes `doc.spans["metrics"]` (label METRIC) over the
indicator line, value {"indicator", "unit", "values": [...]}.
Writes the span group `metrics` (`doc._.metrics`); reads `amounts`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..language.resources import read_table
from ..language.span_groups import attr
from ..language.spans import add_span, group, text_of

GROUP = "metrics"
MIN_VALUES = 2
MAX_INDICATOR_LENGTH = 300

_BULLET = r"[ \t]*(?:[•◦▪·*\-–][ \t]*)?"
_VALUE_LINE = regex.compile(
    rf"^{_BULLET}(?P<label>[^:\n=]{{1,80}}?)[ \t]*[:=][ \t]*(?P<rest>\S.*)$"
)
_FOOTNOTE = regex.compile(r"\s*(?:\[\d+\]|\(\d+\))\s*$")
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_UNIT_IN_HEADING = regex.compile(r"\((?P<unit>%|procent|antal|kr|kronor|tkr|mkr)\)", regex.I)


@cache
def _roles() -> tuple[tuple[str, str], ...]:
    rows = [(r["ending"].lower(), r["role"]) for r in read_table("metric_roles.tsv")]
    return tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True))


def role_of(label: str) -> str:
    """'Verksamhetsmålet för 2023' -> 'target', 'Resultatet för 2023' -> 'result'."""
    for word in regex.findall(r"\p{L}+", label.lower()):
        for ending, role in _roles():
            if word.endswith(ending):
                return role
    return "value"


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _value_of(offset: int, line: str, amounts: dict[int, Span]) -> dict[str, Any] | None:
    """A 'label: amount' line whose value is the amount right after the colon."""
    m = _VALUE_LINE.match(line)
    if not m:
        return None
    amount = amounts.get(offset + m.start("rest"))
    if amount is None or len(m.group("rest")) > len(amount.text) + 40:
        return None
    label = m.group("label").strip()
    year = _YEAR.search(label)
    return {
        "label": label,
        "year": int(year.group(1)) if year else None,
        "role": role_of(label),
        "value": amount._.value["value"],
        "kind": amount._.value["kind"],
        "unit": amount._.value.get("unit"),
        "start": amount.start_char,
        "end": amount.end_char,
    }


def _indicator(lines: list[tuple[int, str]], index: int) -> tuple[int, str] | None:
    """The nearest non-empty line above the list, when it is short enough to be a heading."""
    for offset, line in reversed(lines[:index]):
        if line.strip():
            text = line.strip()
            return (offset + line.index(text), text) if len(text) <= MAX_INDICATOR_LENGTH else None
    return None


def _unit(indicator: str, values: list[dict[str, Any]]) -> str | None:
    units = {v["unit"] for v in values}
    if len(units) == 1 and None not in units:
        return units.pop()
    if m := _UNIT_IN_HEADING.search(indicator):
        unit = m.group("unit").lower()
        return "%" if unit in ("%", "procent") else None if unit == "antal" else unit
    return None


def _clean_indicator(text: str) -> str:
    text = regex.sub(rf"^{_BULLET}", "", _FOOTNOTE.sub("", text))
    return text.rstrip(" :").strip()


def find_metrics(doc: Doc) -> list[dict[str, Any]]:
    """Each run of at least two 'label: amount' lines under a heading, as a metric."""
    amounts = {s.start_char: s for s in group(doc, "amounts")}
    lines = _lines(text_of(doc))
    metrics, i = [], 0
    while i < len(lines):
        run = []
        j = i
        while j < len(lines) and (value := _value_of(*lines[j], amounts)):
            run.append(value)
            j += 1
        if len(run) >= MIN_VALUES and (heading := _indicator(lines, i)):
            offset, text = heading
            indicator = _clean_indicator(text)
            metrics.append(
                {
                    "start": offset,
                    "end": offset + len(text),
                    "indicator": indicator,
                    "unit": _unit(text, run),
                    "values": run,
                }
            )
        i = max(j, i + 1)
    return metrics


class MetricFinder:
    """Writes result tables to `doc.spans["metrics"]` (label METRIC)."""

    def __init__(self, name: str = "press_metrics") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        for metric in find_metrics(doc):
            start, end = metric.pop("start"), metric.pop("end")
            add_span(
                doc,
                GROUP,
                start,
                end,
                "METRIC",
                score=0.85,
                source=self.name,
                value=metric,
                explain=f"{len(metric['values'])} 'label: number' lines under a heading line",
            )
        return doc


@Language.factory(
    "press_metrics",
    assigns=["doc.spans", attr("metrics")],
    requires=[attr("amounts")],
)
def make_metrics(nlp: Language, name: str) -> MetricFinder:
    return MetricFinder(name)
