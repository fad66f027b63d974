"""The press_amounts step: the amounts of a document, up to the cap, written to the span
group `amounts`."""

from __future__ import annotations

from spacy.tokens import Doc

from ...language.caps import cap, warn
from ...language.component import component
from ...language.span_groups import attr
from ...language.spans import add_span, text_of
from .finder import find_amounts
from .masking import MASKING_GROUPS
from .numbers import Found
from .patterns import NUMBER

GROUP = "amounts"


def annotate_amounts(doc: Doc, source: str) -> None:
    """Writes money, percent and count spans to `doc.spans["amounts"]`."""
    for item in _capped(doc):
        add_span(
            doc,
            GROUP,
            item.start,
            item.end,
            item.kind.upper(),
            score=item.score,
            source=source,
            value={"kind": item.kind, "value": item.value, "unit": item.unit},
            rule=item.rule,
            explain=item.explain,
        )


def _capped(doc: Doc) -> list[Found]:
    """The amounts up to the cap (caps.tsv); past it, a warning and the rest unread."""
    text, limit = text_of(doc), cap("amounts")
    found = find_amounts(text, doc, limit)
    if len(found) > limit:
        unread = sum(1 for _ in NUMBER.finditer(text, found[limit].start))
        warn(
            doc,
            f"amounts: over {limit:,} found, first {limit:,} kept; the {unread:,} "
            f"numbers from character {found[limit].start:,} on not read",
        )
    return found[:limit]


make_amounts = component(
    "press_amounts",
    annotate_amounts,
    assigns=["doc.spans", attr(GROUP)],
    requires=[attr(g) for g in MASKING_GROUPS],
)
