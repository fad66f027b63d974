"""The cleaned text with every span of a record highlighted by kind.

Spans may overlap (a name inside a quote, an amount inside a metric). The text is cut at
every span boundary and each piece is wrapped in the marks of all spans covering it,
outermost first, so the HTML always nests properly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .markup import Html, esc, join, number

Json = dict[str, Any]

# kind -> legend label; the kind is also the CSS class (k-<kind>) and never comes from text
KINDS = {
    "person": "person",
    "organization": "organization",
    "intervention": "intervention",
    "email": "e-mail",
    "phone": "phone",
    "money": "money",
    "percent": "percent",
    "count": "count",
    "date": "date",
    "quote": "quote",
    "metric": "metric",
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    info: str


def _info(kind: str, value: str, item: Json) -> str:
    """Hover text: the normalised value, the confidence and what found it, and why."""
    parts = [f"{KINDS[kind]}: {value}"]
    if item.get("confidence") is not None:
        parts.append(f"confidence {float(item['confidence']):.2f}")
    if item.get("source"):
        parts.append(f"found by {item['source']}")
    if item.get("explanation"):
        parts.append(str(item["explanation"]))
    return " · ".join(parts)


def _people_names(record: Json) -> dict[str, str]:
    return {p["id"]: p["name"] for p in record.get("people") or [] if "id" in p}


def _amount_value(amount: Json) -> str:
    unit = amount.get("unit")
    return f"{number(amount.get('value'))} {unit}" if unit else number(amount.get("value"))


def _entity_marks(record: Json) -> Iterator[Mark]:
    for person in record.get("people") or []:
        party = f" ({person['party']})" if person.get("party") else ""
        for span in person.get("mentions") or []:
            yield Mark(
                span["start"],
                span["end"],
                "person",
                _info("person", person["name"] + party, person),
            )
    for org in record.get("organizations") or []:
        value = f"{org['name']} [{org.get('type')}]"
        for span in org.get("mentions") or []:
            yield Mark(
                span["start"], span["end"], "organization", _info("organization", value, org)
            )
    for item in record.get("interventions") or []:
        value = f"{item['name']} ({'named' if item.get('named') else 'generic'})"
        for span in item.get("mentions") or []:
            yield Mark(
                span["start"], span["end"], "intervention", _info("intervention", value, item)
            )


def _item_marks(record: Json) -> Iterator[Mark]:
    speakers = _people_names(record)
    for c in record.get("contacts") or []:
        kind = "email" if c.get("kind") == "email" else "phone"
        yield Mark(c["span"]["start"], c["span"]["end"], kind, _info(kind, c["value"], c))
    for a in record.get("amounts") or []:
        kind = a.get("kind") if a.get("kind") in ("money", "percent", "count") else "count"
        yield Mark(a["span"]["start"], a["span"]["end"], kind, _info(kind, _amount_value(a), a))
    for d in record.get("dates") or []:
        yield Mark(d["span"]["start"], d["span"]["end"], "date", _info("date", d["value"], d))
    for q in record.get("quotes") or []:
        speaker = speakers.get(q.get("speaker_id") or "", "unknown speaker")
        yield Mark(q["span"]["start"], q["span"]["end"], "quote", _info("quote", speaker, q))


def _spans_in(value: Any) -> Iterator[Json]:
    """Every {start, end, text} dict inside a metric, however its model nests them."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value
        for child in value.values():
            yield from _spans_in(child)
    elif isinstance(value, list):
        for child in value:
            yield from _spans_in(child)


def _metric_marks(record: Json) -> Iterator[Mark]:
    for metric in record.get("metrics") or []:
        label = str(metric.get("indicator") or metric.get("name") or "metric")
        for span in _spans_in(metric):
            yield Mark(span["start"], span["end"], "metric", _info("metric", label, metric))


def marks(record: Json) -> list[Mark]:
    """All marks that point inside the text, outermost first at each start."""
    size = len(record.get("text") or "")
    found = [*_entity_marks(record), *_item_marks(record), *_metric_marks(record)]
    valid = [m for m in found if 0 <= m.start < m.end <= size]
    return sorted(set(valid), key=lambda m: (m.start, -m.end, m.kind))


def _open(mark: Mark) -> str:
    return f'<mark class="k-{mark.kind}" data-kind="{mark.kind}" title="{esc(mark.info)}">'


def highlight(record: Json) -> Html:
    text: str = record.get("text") or ""
    all_marks = marks(record)
    cuts = sorted({0, len(text), *(m.start for m in all_marks), *(m.end for m in all_marks)})
    pieces = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in all_marks if m.start <= a and b <= m.end]
        opened = "".join(_open(m) for m in covering)
        pieces.append(Html(opened + esc(text[a:b]) + "</mark>" * len(covering)))
    return join(pieces)


def legend() -> Html:
    return join(
        Html(f'<span class="legend-item"><mark class="k-{kind}">{esc(label)}</mark></span>')
        for kind, label in KINDS.items()
    )
