"""Command line: `python -m pipeline` or `pressx`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from .ingest import DEFAULT_MAX_BYTES, iter_documents
from .process import process
from .schema import json_schema
from .write import Writer

EXIT_STATUS = """exit status:
  0  every input document became a record
  1  the run finished, but some documents went to errors.jsonl
  2  the command line was wrong or the run could not start"""


def _run(args: argparse.Namespace) -> int:
    from . import nlp

    pipeline = nlp.load()
    with Writer(Path(args.output)) as writer:
        for outcome in process(iter_documents(args.inputs, max_bytes=args.max_bytes), pipeline):
            writer.write(outcome)
    print(
        f"{writer.n_records} records -> {writer.records_path}, "
        f"{writer.n_errors} errors -> {writer.errors_path}",
        file=sys.stderr,
    )
    return 1 if writer.n_errors else 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def _build(args: argparse.Namespace) -> int:
    from . import nlp

    path = nlp.save(Path(args.output))
    print(f"pipeline saved to {path}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from . import evaluate

    gold = evaluate.load_gold(Path(args.gold))
    if not gold:
        print(f"no gold files (*.json) in {args.gold}", file=sys.stderr)
        return 2
    scores = evaluate.evaluate(evaluate.load_records(Path(args.records)), gold)
    if args.json:
        print(json.dumps(evaluate.as_json(scores), indent=2))
    else:
        print(evaluate.as_table(scores))
    return 0


def _report(args: argparse.Namespace) -> int:
    from .report import build_report

    index = build_report(Path(args.records), Path(args.output))
    print(f"report -> {index}", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from .evaluate import load_records
    from .export import export

    try:
        counts = export(load_records(Path(args.records)), args.to)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    summary = ", ".join(f"{name} {n}" for name, n in counts.items())
    print(f"exported to {args.to}: {summary}", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="pressx",
        description="Swedish press releases to structured, validated JSONL records.",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    top.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = top.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run",
        help="extract records from releases",
        description="Read releases (.txt, .md, .html, .jsonl, directories, or - for stdin) and "
        "write OUTDIR/records.jsonl and OUTDIR/errors.jsonl.",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT")
    run.add_argument("-o", "--output", default="output", metavar="OUTDIR", help="default: output/")
    run.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest document accepted (default {DEFAULT_MAX_BYTES})",
    )
    run.set_defaults(func=_run)

    schema = sub.add_parser("schema", help="print the record JSON Schema")
    schema.set_defaults(func=_schema)

    build = sub.add_parser("build", help="assemble the spaCy pipeline and save it under models/")
    build.add_argument("-o", "--output", default="models/pipeline")
    build.set_defaults(func=_build)

    ev = sub.add_parser(
        "evaluate",
        help="score records against gold files: precision, recall, F1 per field",
        description="Pair records with gold files by source file stem and score each field "
        "as ANNOTATION.md describes (see pipeline/evaluate.py).",
    )
    ev.add_argument("records", metavar="RECORDS.jsonl")
    ev.add_argument("--gold", required=True, metavar="DIR", help="directory of gold *.json")
    ev.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ev.set_defaults(func=_evaluate)

    report = sub.add_parser(
        "report",
        help="static HTML report of a records file",
        description="Write an index page and a page per document with every span highlighted "
        "(reads errors.jsonl beside RECORDS.jsonl when present).",
    )
    report.add_argument("records", metavar="RECORDS.jsonl")
    report.add_argument("-o", "--output", default="output/report", metavar="DIR")
    report.set_defaults(func=_report)

    exp = sub.add_parser(
        "export",
        help="records as SQL tables: a DuckDB file or Parquet files",
        description="Write normalised tables (documents, people, person_roles, organizations, "
        "contacts, amounts, interventions, quotes, metrics) keyed by doc_id and entity id.",
    )
    exp.add_argument("records", metavar="RECORDS.jsonl")
    exp.add_argument("--to", required=True, metavar="duckdb:FILE|parquet:DIR")
    exp.set_defaults(func=_export)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    result: int = args.func(args)
    return result
