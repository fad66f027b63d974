"""The command line's tools: schema, build, train, evaluate, report and export (each
imports what it needs when it runs, so `pressx --help` stays fast)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..record.schema import json_schema

if TYPE_CHECKING:
    from .matching import Scores


def schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def build(args: argparse.Namespace) -> int:
    from ..language import nlp

    try:  # by default where `run` loads it from: for an installed package the user's cache
        path = nlp.save(Path(args.output)) if args.output else nlp.save()
    except OSError as error:
        print(f"pressx build: cannot save the pipeline: {error}", file=sys.stderr)
        return 2
    print(f"pipeline saved to {path}", file=sys.stderr)
    return 0


def train(argv: list[str]) -> int:
    from ..training.train_ner import main as train_ner

    return train_ner(argv)


def evaluate_command(args: argparse.Namespace) -> int:
    from . import evaluate, goldsets

    try:
        golds = {name: goldsets.load_set(name) for name in args.gold}
        given = evaluate.load_records(Path(args.records)) if args.records else None
    except (OSError, ValueError) as error:
        print(f"pressx evaluate: {error}", file=sys.stderr)
        return 2
    if empty := [name for name, gold in golds.items() if not gold]:
        print(f"pressx evaluate: no gold files in {', '.join(empty)}", file=sys.stderr)
        return 2
    if args.by_rule:
        return _evaluate_by_rule(golds, given, args.json)
    documents = {
        name: evaluate.document_scores(_records_for(name, given), g) for name, g in golds.items()
    }
    scores = {name: evaluate.total(d) for name, d in documents.items()}
    if args.interval:
        return _print_intervals(scores, documents, args.json)
    if args.json:
        print(json.dumps({name: evaluate.as_json(s) for name, s in scores.items()}, indent=2))
    elif len(scores) == 1:
        print(evaluate.as_table(next(iter(scores.values()))))
    else:
        print(evaluate.as_set_table(scores, markdown=args.markdown))
    return 0


def _print_intervals(
    scores: dict[str, Scores], documents: dict[str, list[Scores]], as_json: bool
) -> int:
    """F1 with its 95% bootstrap interval over documents, per set and field."""
    from . import evaluate
    from .bootstrap import f1_intervals

    intervals = {name: f1_intervals(docs) for name, docs in documents.items()}
    if as_json:
        out = {name: evaluate.as_json(s) for name, s in scores.items()}
        for name, fields in out.items():
            for field, figures in fields.items():
                figures["f1_low"], figures["f1_high"] = (
                    round(x, 4) for x in intervals[name][field]
                )
        print(json.dumps(out, indent=2))
    else:
        print(evaluate.as_interval_table(scores, intervals))
    return 0


def _evaluate_by_rule(golds: dict[str, dict], given: list[dict] | None, as_json: bool) -> int:
    """tp and fp per field and rule id, summed over every set given."""
    from . import rule_scores

    scores: rule_scores.RuleScores = {}
    for name, gold in golds.items():
        rule_scores.by_rule(_records_for(name, given), gold, scores)
    if as_json:
        print(json.dumps(rule_scores.as_json(scores), indent=2))
    else:
        print(rule_scores.as_table(scores))
    return 0


def _records_for(name: str, given: list[dict] | None) -> list[dict]:
    """The records to score a set with: those given, else the pipeline's own run over the
    set's texts; the `agreement` set is scored with the second annotator's files."""
    from ..language import nlp
    from . import goldsets

    if given is not None:
        return given
    if name == "agreement":
        return goldsets.second_annotation_records()
    return goldsets.records_for(name, nlp.load())


def report(args: argparse.Namespace) -> int:
    from .report import build_report

    try:
        index = build_report(Path(args.records), Path(args.output))
    except OSError as error:  # a missing records file, an output that cannot be made
        print(f"pressx report: {error}", file=sys.stderr)
        return 2
    print(f"report -> {index}", file=sys.stderr)
    return 0


def export_command(args: argparse.Namespace) -> int:
    from .evaluate import load_records
    from .export import export

    try:
        counts = export(load_records(Path(args.records)), args.to, replace=args.replace)
    except (OSError, ValueError) as error:  # a missing or unreadable records file too
        print(f"pressx export: {error}", file=sys.stderr)
        return 2
    summary = ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"exported to {args.to}: {summary}", file=sys.stderr)
    return 0
