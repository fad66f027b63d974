"""The cleaned text with every span of a record highlighted by kind.

Spans may overlap (a name inside a quote, an amount inside a metric). The text is cut at
every span boundary and each piece is wrapped in the marks of all spans covering it,
outermost first, so the HTML always nests properly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ...record import kinds
from ...record.kinds import Kind
from .markup import Html, esc, join, number

Json = dict[str, Any]


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str
    info: str


def _info(kind: str, value: str, item: Json) -> str:
    """Hover text: the normalised value, the confidence and what found it, and why."""
    parts = [f"{kinds.marks()[kind].label}: {value}"]
    if item.get("confidence") is not None:
        parts.append(f"confidence {float(item['confidence']):.2f}")
    if item.get("source"):
        rule = f" ({item['rule']})" if item.get("rule") else ""
        parts.append(f"found by {item['source']}{rule}")
    if item.get("explanation"):
        parts.append(str(item["explanation"]))
    return " · ".join(parts)


def _people_names(record: Json) -> dict[str, str]:
    return {p["id"]: p["name"] for p in record.get("people") or [] if "id" in p}


def _amount_value(amount: Json, record: Json) -> str:
    unit = amount.get("unit")
    return f"{number(amount.get('value'))} {unit}" if unit else number(amount.get("value"))


def _person(person: Json, record: Json) -> str:
    return person["name"] + (f" ({person['party']})" if person.get("party") else "")


def _speaker(quote: Json, record: Json) -> str:
    return _people_names(record).get(quote.get("speaker_id") or "", "unknown speaker")


# kind (Record field) -> the value shown on hover; other kinds show their name or value
HOVER: dict[str, Callable[[Json, Json], str]] = {
    "people": _person,
    "organizations": lambda o, r: f"{o['name']} [{o.get('type')}]",
    "interventions": lambda i, r: f"{i['name']} ({'named' if i.get('named') else 'generic'})",
    "amounts": _amount_value,
    "quotes": _speaker,
    "metrics": lambda m, r: str(m.get("indicator") or m.get("name") or "metric"),
}


def _hover(kind: Kind, item: Json, record: Json) -> str:
    if kind.field in HOVER:
        return HOVER[kind.field](item, record)
    return str(item.get("name") or item.get("value") or item.get("text") or kind.field)


def _css(kind: Kind, item: Json) -> str:
    """The item's highlight class: the kind's own, or the one its `kind` value names (an
    amount's money/percent/count), else the kind's last."""
    classes = [m.css for m in kind.marks]
    return str(item["kind"]) if item.get("kind") in classes else classes[-1]


def _kind_marks(kind: Kind, record: Json) -> Iterator[Mark]:
    """An entity's mentions, or every span inside an item (a metric's values too)."""
    for item in record.get(kind.field) or []:
        css, value = _css(kind, item), _hover(kind, item, record)
        spans = item["mentions"] if "mentions" in item else _spans_in(item)
        for span in spans:
            yield Mark(span["start"], span["end"], css, _info(css, value, item))


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


def marks(record: Json) -> list[Mark]:
    """All marks that point inside the text, outermost first at each start."""
    size = len(record.get("text") or "")
    found = [m for kind in kinds.KINDS for m in _kind_marks(kind, record)]
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
        Html(f'<span class="legend-item"><mark class="k-{css}">{esc(m.label)}</mark></span>')
        for css, m in kinds.marks().items()
    )


def mark_styles() -> str:
    """The CSS of every highlight class, in the kinds' colours."""
    rules = []
    for css, m in kinds.marks().items():
        line = f"inset 0 -2px {m.underline}" if m.underline else None
        rest = f"box-shadow: {line};" if line else "font-style: italic;"
        rules.append(f"mark.k-{css} {{ background: {m.background}; {rest} }}")
    return "\n".join(rules)
