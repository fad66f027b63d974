"""Rules alone, model alone and both, scored with `evaluate` on an annotated set.

    python -m pipeline.training.intervention_ablation MODEL_DIR --set local-dev [--sweep]

The pipeline runs once over the set; each variant then replaces the rules' interventions
and the record's interventions are scored (interventions_named, interventions_all).
`--sweep` tries each variant at several model thresholds (choose on local-dev only).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.interventions import Hit, find_interventions
from pipeline.input.ingest import RawDocument
from pipeline.language import nlp as nlp_module
from pipeline.language.spans import text_of
from pipeline.run.process import _prepare
from pipeline.tools import goldsets
from pipeline.tools.evaluate import Counts, score_interventions
from pipeline.training.intervention_combine import (
    ModelSpan,
    model_alone,
    model_proposes,
    rules_propose,
)
from pipeline.training.intervention_spans import NAMED, SPANS_KEY

FIELDS = ("interventions_named", "interventions_all")
# spans the model scores under this are never looked at: the floor of every threshold
FLOOR = 0.05
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Release:
    doc_id: str
    text: str
    rule_hits: list[Hit]
    spans: list[ModelSpan]


def model_spans(model: Language, text: str) -> list[ModelSpan]:
    """Every span the model scores at FLOOR or more, one per label."""
    doc = model(text)
    group = doc.spans[SPANS_KEY]
    scores = numpy.ravel(group.attrs.get("scores", []))  # (n, 1) from the single-label model
    return [
        ModelSpan(s.start_char, s.end_char, s.text, s.label_ == NAMED, float(scores[i]))
        for i, s in enumerate(group)
    ]


def load_model(path: Path) -> Language:
    model = spacy.load(path)
    spancat: Any = model.get_pipe("spancat")
    spancat.cfg["threshold"] = FLOOR
    return model


def releases(set_name: str, model: Language) -> Iterator[Release]:
    nlp = nlp_module.load()
    for raw in goldsets.set_documents(set_name):
        if not isinstance(raw, RawDocument):
            continue
        prepared = _prepare(nlp, raw, None)
        if not isinstance(prepared, tuple):
            continue
        doc: Doc = nlp(prepared[0])
        text = text_of(doc)
        doc_id = str(raw.metadata.get("id") or Path(raw.path or "").stem)
        yield Release(doc_id, text, find_interventions(doc), model_spans(model, text))


Variant = Callable[[Release], list[Hit]]


def variants(threshold: float) -> dict[str, Variant]:
    return {
        "rules alone": lambda r: r.rule_hits,
        "model alone": lambda r: model_alone(r.spans, threshold),
        "model proposes, rules decide": lambda r: model_proposes(
            r.text, r.rule_hits, r.spans, threshold
        ),
        "rules propose, model filters": lambda r: rules_propose(r.rule_hits, r.spans, threshold),
        "each checks the other": lambda r: model_proposes(
            r.text, rules_propose(r.rule_hits, r.spans, threshold), r.spans, threshold
        ),
    }


def as_interventions(hits: list[Hit]) -> list[dict[str, Any]]:
    """The record's interventions: one per case-folded name, as assemble groups them."""
    by_name: dict[str, dict[str, Any]] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        item = by_name.setdefault(
            hit.name.casefold(), {"name": hit.name, "named": hit.named, "aliases": set()}
        )
        item["aliases"] |= set(hit.aliases)
        if hit.score > item.get("score", -1):
            item.update(named=hit.named, score=hit.score)
    return [dict(i, aliases=sorted(i["aliases"])) for i in by_name.values()]


def score(found: list[Release], golds: dict[str, Any], variant: Variant) -> dict[str, Counts]:
    total = {name: Counts() for name in FIELDS}
    for release in found:
        record = {"interventions": as_interventions(variant(release))}
        for name, counts in score_interventions(record, golds[release.doc_id]).items():
            total[name].add(counts)
    return total


def table_row(label: str, threshold: float | None, counts: dict[str, Counts]) -> str:
    cells = [f"{label:<28}", "   -" if threshold is None else f"{threshold:4.2f}"]
    for name in FIELDS:
        c = counts[name]
        cells.append(f"{c.precision:.3f} {c.recall:.3f} {c.f1:.3f}")
    return " | ".join(cells)


def ablation(found: list[Release], golds: dict[str, Any], thresholds: tuple[float, ...]) -> None:
    print(f"{'variant':<28} | thr  | named P R F1        | all P R F1")
    print(table_row("rules alone", None, score(found, golds, variants(0.5)["rules alone"])))
    for threshold in thresholds:
        for label, variant in variants(threshold).items():
            if label != "rules alone":
                print(table_row(label, threshold, score(found, golds, variant)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, help="a trained span model (model-best)")
    parser.add_argument("--set", default="local-dev", dest="set_name")
    parser.add_argument("--threshold", type=float, action="append", default=[])
    parser.add_argument("--sweep", action="store_true", help=f"thresholds {THRESHOLDS}")
    args = parser.parse_args(argv)
    thresholds = THRESHOLDS if args.sweep else tuple(args.threshold or [0.5])
    model = load_model(args.model)
    golds = goldsets.load_set(args.set_name)
    found = [r for r in releases(args.set_name, model) if r.doc_id in golds]
    print(f"{args.set_name}: {len(found)} releases", file=sys.stderr)
    ablation(found, golds, thresholds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
