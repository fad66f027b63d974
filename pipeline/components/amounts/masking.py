"""Where no amount may be: names with numbers, postcodes, phone numbers, the spans of the
components that run first (MASKING_GROUPS) and the NER's names."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from spacy.tokens import Doc

from ...language.spans import group
from .patterns import PHONE_NUMBER, POSTCODE, masked_names

# Span groups whose numbers are no amounts; required in the factory, so they run first.
MASKING_GROUPS = ("contacts", "dates", "organizations", "interventions")
NAME_LABELS = ("ORG", "MISC")


def masked_spans(text: str, doc: Doc | None) -> list[tuple[int, int]]:
    spans = [m.span() for m in masked_names().finditer(text)]
    spans += [m.span() for m in POSTCODE.finditer(text)]
    spans += [m.span() for m in PHONE_NUMBER.finditer(text)]
    if doc is not None:
        spans += [(s.start_char, s.end_char) for g in MASKING_GROUPS for s in group(doc, g)]
        # A number inside a name the NER found ("Tjej 2000", "Fit for 55") is no amount.
        spans += [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NAME_LABELS]
    return spans


class Masked:
    """Character ranges no amount may overlap, asked in O(log n) per number: a document
    with thousands of phone numbers and numbers was quadratic with a scan per number."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.max_ends = list(accumulate((e for _, e in spans), max))

    def overlaps(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the spans that start before `end`
        return before > 0 and self.max_ends[before - 1] > start
