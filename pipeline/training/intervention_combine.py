"""Rules and the span model together, both ways round.

- `model_alone`: every model span over its threshold is an intervention.
- `model_proposes`: the rules' hits, plus a model span that no rule hit overlaps, that the
  guideline's exclusions let through (intervention_stoplist.txt, a head in
  intervention_head_exclusions.txt) and that a measure head or a programme word backs;
  its `named` comes from the model's label.
- `rules_propose`: a rule hit is kept when it is a name (the model finds few), when a
  gazetteer entry gave it, or when the model scores a span overlapping it at least
  `threshold`.
- both at once: the rules' hits the model backs, plus the model spans the rules let in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from pipeline.components.interventions import (
    Hit,
    context_words,
    head_exclusions,
    head_lemmas,
    heads,
    stoplist,
)

# rule hits scored this high come from the user's gazetteer: the model does not filter them
GAZETTEER_SCORE = 0.85
# characters before a model span searched for a programme word ("projektet X")
CONTEXT_CHARS = 40
# what a Swedish noun adds to its base form: "-arna", "-en", "-er", ...
INFLECTION = regex.compile(r"(?:erna|arna|orna|na|en|et|er|ar|or|n|t|a|s)")


@dataclass(frozen=True)
class ModelSpan:
    start: int
    end: int
    text: str
    named: bool
    score: float


def base_form(word: str) -> str:
    """A noun's base form when the lemma table gives it as the word less an inflectional
    ending ("fritidsgårdarna" -> "fritidsgård"); else the word ("boende", not "bo")."""
    lemma = head_lemmas().lemma(word)
    folded = word.casefold()
    if folded.startswith(lemma) and INFLECTION.fullmatch(folded[len(lemma) :]):
        return word[: len(lemma)]
    return word


def base_name(span: ModelSpan) -> str:
    """A named programme as written; a measure in its base form, lower-case first letter
    ("Fritidsgårdarna" -> "fritidsgård"), as the guideline asks."""
    if span.named:
        return span.text
    *first, last = span.text.split(" ")
    name = " ".join([*first, base_form(last)])
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
    return any(name.endswith(x) for x in head_exclusions())


def backed(span: ModelSpan, text: str) -> bool:
    """A name has a programme word in or just before it; a measure of one word (a
    compound such as "kamerabevakning") stands on its own, a longer one ends in a measure
    head: the model's phrases are often bits of prose ("särskilt fokus på unga")."""
    if not span.named:
        one_word = " " not in span.text.strip()
        return one_word or base_name(span).casefold().endswith(heads())
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

    return [
        h for h in rule_hits if h.named or h.score >= GAZETTEER_SCORE or support(h) >= threshold
    ]
