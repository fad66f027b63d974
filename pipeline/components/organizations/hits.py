"""What an organization rule finds, and the overlap bookkeeping of many such hits."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...language.rule_ids import unlisted

# The score of an organization found by the NER alone; every rule scores higher, so
# press_overlaps and press_interventions tell NER-only spans by it.
NER_SCORE = 0.5
# The id of a hit whose rule has no row in rule_ids.tsv yet.
UNLISTED = unlisted("org")


@dataclass(frozen=True)
class OrgHit:
    start: int
    end: int
    name: str
    type: str
    score: float
    why: str
    aliases: tuple[str, ...] = field(default=())
    rule: str = UNLISTED  # the id of the rule that made the hit (rule_ids.tsv)


class Disjoint:
    """Hits that do not overlap, by start: whether a span overlaps one is a bisect, not a
    scan of them all (a text of thousands of names was quadratic)."""

    def __init__(self, hits: list[OrgHit] | None = None) -> None:
        self.hits = sorted(hits or [], key=lambda h: h.start)
        self.starts = [h.start for h in self.hits]

    def overlaps(self, start: int, end: int) -> bool:
        # disjoint and sorted, so the last hit starting before `end` ends last of those
        before = bisect_left(self.starts, end)
        return before > 0 and self.hits[before - 1].end > start

    def add(self, hit: OrgHit) -> None:
        at = bisect_left(self.starts, hit.start)
        self.starts.insert(at, hit.start)
        self.hits.insert(at, hit)


def resolve_overlaps(hits: list[OrgHit]) -> list[OrgHit]:
    """Keep the longest, then surest, hit where hits overlap (of two on one span, the
    first in that order)."""
    kept = Disjoint()
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), -h.score, h.start)):
        if not kept.overlaps(hit.start, hit.end):
            kept.add(hit)
    return kept.hits


def overlapping(a: OrgHit, b: OrgHit) -> bool:
    return a.start < b.end and b.start < a.end


def ner_overlap(doc: Doc, *labels: str) -> Callable[[int, int], bool]:
    """Whether a span overlaps one of the NER's entities of these labels: a person or a
    place where a rule would take a capitalised name for a body."""
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in labels]
    return lambda start, end: any(s < end and start < e for s, e in spans)
