"""Span-level P/R/F per label for the NER model on pre-tokenized test sets."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.training.convert import LABELS, OUTSIDE, Sentence, Span, io_to_spans

Scores = dict[str, dict[str, float]]


def predict_spans(nlp: Language, sentences: Sequence[Sentence], io: bool) -> list[list[Span]]:
    """Predicted spans; with ``io`` they are regrouped like IO gold.

    Regrouping turns the prediction into IO tags and merges contiguous
    same-label tokens, exactly as the IO gold was converted (see convert.py).
    """
    docs = (Doc(nlp.vocab, words=tokens) for tokens, _ in sentences)
    result = []
    for doc in nlp.pipe(docs, batch_size=256):
        spans = [(e.start, e.end, e.label_) for e in doc.ents]
        if io:
            tags = [OUTSIDE] * len(doc)
            for start, end, label in spans:
                tags[start:end] = [label] * (end - start)
            spans = io_to_spans(tags)
        result.append(spans)
    return result


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": tp + fn}


def score_spans(gold: Iterable[list[Span]], pred: Iterable[list[Span]]) -> Scores:
    """Exact-match span scores per label and micro-averaged 'ALL'."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        for *_, label in gs & ps:
            tp[label] += 1
        for *_, label in ps - gs:
            fp[label] += 1
        for *_, label in gs - ps:
            fn[label] += 1
    scores = {label: prf(tp[label], fp[label], fn[label]) for label in LABELS}
    scores["ALL"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return scores


def evaluate(nlp: Language, sentences: Sequence[Sentence], io: bool) -> Scores:
    return score_spans([s for _, s in sentences], predict_spans(nlp, sentences, io))


def format_table(name: str, scores: Scores) -> str:
    """Markdown table of per-label scores in percent."""
    rows = [
        f"**{name}**",
        "",
        "| label | P | R | F | gold spans |",
        "|---|---|---|---|---|",
    ]
    for label, s in scores.items():
        rows.append(
            f"| {label} | {100 * s['p']:.1f} | {100 * s['r']:.1f} | {100 * s['f']:.1f} "
            f"| {int(s['n_gold'])} |"
        )
    return "\n".join(rows)
