"""Rules and the span model together, both ways round.

- `model_alone`: every model span over its threshold is an intervention.
- `model_proposes`: the rules' hits, plus a model span that no rule hit overlaps, that the
  guideline's exclusions let through (intervention_stoplist.txt, a head in
  intervention_head_exclusions.txt) and that a measure head or a programme word backs;
  its `named` comes from the model's label.
- `rules_propose`: a rule hit is kept when a gazetteer entry gave it or when the model
  scores a span overlapping it at least `threshold`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.components.interventions import (
    Hit,
    _head_exclusions,
    _heads,
    context_words,
    head_lemmas,
    stoplist,
)

# rule hits scored this high come from the user's gazetteer: the model does not filter them
GAZETTEER_SCORE = 0.85
# characters before a model span searched for a programme word ("projektet X")
CONTEXT_CHARS = 40


@dataclass(frozen=True)
class ModelSpan:
    start: int
    end: int
    text: str
    named: bool
    score: float


def base_name(span: ModelSpan) -> str:
    """A named programme as written; a measure in its base form, lower-case first letter
    ("Fritidsgårdarna" -> "fritidsgård"), as the guideline asks."""
    if span.named:
        return span.text
    *first, last = span.text.split(" ")
    name = " ".join([*first, head_lemmas().lemma(last)])
    return name[:1].lower() + name[1:]


def as_hit(span: ModelSpan, why: str = "span model") -> Hit:
    return Hit(span.start, span.end, base_name(span), span.named, span.score, why)


def model_alone(spans: Iterable[ModelSpan], threshold: float) -> list[Hit]:
    return [as_hit(s) for s in _best_first(spans, threshold)]


def _best_first(spans: Iterable[ModelSpan], threshold: float) -> list[ModelSpan]:
    """Spans over the threshold, overlaps resolved to the higher score."""
    kept: list[ModelSpan] = []
    for span in sorted(spans, key=lambda s: (-s.score, s.start)):
        if span.score >= threshold and not any(_overlap(span, k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _overlap(a: ModelSpan | Hit, b: ModelSpan | Hit) -> bool:
    return a.start < b.end and b.start < a.end


def excluded(span: ModelSpan) -> bool:
    """What the guideline leaves out: a stoplisted name, an excluded head (aims,
    budgets, prizes, documents, policy areas)."""
    name = base_name(span).casefold()
    if name in stoplist() or span.text.casefold() in stoplist():
        return True
    return any(name.endswith(x) for x in _head_exclusions())


def backed(span: ModelSpan, text: str) -> bool:
    """A measure ends in a measure head; a name has a programme word in or just before it."""
    if not span.named:
        return base_name(span).casefold().endswith(_heads())
    around = text[max(0, span.start - CONTEXT_CHARS) : span.end].casefold()
    return any(word in around for word in context_words())


def model_proposes(
    text: str, rule_hits: list[Hit], spans: Iterable[ModelSpan], threshold: float
) -> list[Hit]:
    extra = [
        as_hit(s, "span model, checked by the rules")
        for s in _best_first(spans, threshold)
        if not any(_overlap(s, h) for h in rule_hits) and not excluded(s) and backed(s, text)
    ]
    return sorted([*rule_hits, *extra], key=lambda h: h.start)


def rules_propose(rule_hits: list[Hit], spans: Iterable[ModelSpan], threshold: float) -> list[Hit]:
    spans = list(spans)

    def support(hit: Hit) -> float:
        return max((s.score for s in spans if _overlap(s, hit)), default=0.0)

    return [h for h in rule_hits if h.score >= GAZETTEER_SCORE or support(h) >= threshold]
