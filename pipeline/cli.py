"""Command line: `python -m pipeline` or `pressx`."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .ingest import DEFAULT_MAX_BYTES, iter_documents
from .progress import Progress
from .schema import json_schema
from .versions import package_version
from .write import Writer

EXIT_STATUS = """exit status:
  0  every input document is a record in OUTDIR (errors.jsonl is empty)
  1  the run finished, but some documents are in OUTDIR/errors.jsonl
  2  the command line was wrong or the run could not start
  130  interrupted (Ctrl-C); run the same command again to resume"""

LIMITS = """resuming:
  Running again with the same OUTDIR skips every document already in records.jsonl or
  errors.jsonl (keyed by source path, line and sha256 of the raw bytes) and repairs a
  torn last line left by a killed run, so a rerun completes the output exactly once.
  Records carry the versions that made them (produced_by): an OUTDIR holding records of
  another version of the pipeline, rules or models is refused; --force redoes them.

limits:
  --max-bytes  a larger file or JSONL line goes to errors as "too_large" unread
  --timeout    a document still processing after this many seconds goes to errors as
               "timeout"; the run goes on (0 turns the limit off)"""

DEFAULT_TIMEOUT = 60.0


def _run(args: argparse.Namespace) -> int:
    from . import nlp
    from .parallel import run_parallel
    from .resume import pending
    from .versions import produced_by

    outdir = Path(args.output)
    try:
        writer = Writer(outdir, current=produced_by(), force=args.force)
        nlp.load()  # fails here, not in a worker; forked workers start with it loaded
    except (OSError, ValueError) as exc:
        print(f"pressx: cannot start: {exc}", file=sys.stderr)
        return 2
    with writer:
        skipped = len(writer.done)
        inputs = iter_documents(args.inputs, max_bytes=args.max_bytes, skip=outdir)
        docs = pending(inputs, writer.done)
        # even one worker is a supervised process: the limit holds in C code too
        outcomes = run_parallel(docs, args.workers, timeout=args.timeout)
        with Progress(enabled=sys.stderr.isatty() and not args.quiet) as progress:
            for outcome in outcomes:
                writer.write(outcome)
                progress.update(writer.n_errors)
    print(
        f"{writer.n_records} records -> {writer.records_path}, "
        f"{writer.n_errors} errors -> {writer.errors_path}"
        + (f" ({skipped} done before, skipped)" if skipped else "")
        + (f"; {writer.repaired} torn line(s) of a killed run removed" if writer.repaired else "")
        + (f"; {writer.redone} made by another version redone (--force)" if writer.redone else ""),
        file=sys.stderr,
    )
    return 1 if writer.errors_path.stat().st_size else 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def _build(args: argparse.Namespace) -> int:
    from . import nlp

    path = nlp.save(Path(args.output))
    print(f"pipeline saved to {path}", file=sys.stderr)
    return 0


def _train(argv: list[str]) -> int:
    from .training.train_ner import main as train_ner

    return train_ner(argv)


def _evaluate(args: argparse.Namespace) -> int:
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
    scores = {name: evaluate.evaluate(_records_for(name, given), g) for name, g in golds.items()}
    if args.json:
        print(json.dumps({name: evaluate.as_json(s) for name, s in scores.items()}, indent=2))
    elif len(scores) == 1:
        print(evaluate.as_table(next(iter(scores.values()))))
    else:
        print(evaluate.as_set_table(scores, markdown=args.markdown))
    return 0


def _records_for(name: str, given: list[dict] | None) -> list[dict]:
    """The records to score a set with: those given, else the pipeline's own run over the
    set's texts; the `agreement` set is scored with the second annotator's files."""
    from . import goldsets, nlp

    if given is not None:
        return given
    if name == "agreement":
        return goldsets.second_annotation_records()
    return goldsets.records_for(name, nlp.load())


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
    top.add_argument("--version", action="version", version=f"%(prog)s {package_version()}")
    sub = top.add_subparsers(dest="command", required=True)

    run = sub.add_parser(
        "run",
        help="extract records from releases",
        description="Read releases (.txt, .md, .html, .jsonl, directories, or - for stdin) and "
        "write OUTDIR/records.jsonl and OUTDIR/errors.jsonl.",
        epilog=LIMITS + "\n\n" + EXIT_STATUS,
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
    run.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"longest time per document (default {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    run.add_argument(
        "-w",
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1; use the number of CPU cores)",
    )
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar on a terminal")
    run.add_argument(
        "--force",
        action="store_true",
        help="redo the records in OUTDIR that another version of the pipeline, rules or "
        "models made, and every error line (without it such an OUTDIR is refused)",
    )
    run.set_defaults(func=_run)

    schema = sub.add_parser("schema", help="print the record JSON Schema")
    schema.set_defaults(func=_schema)

    build = sub.add_parser("build", help="assemble the spaCy pipeline and save it under models/")
    build.add_argument("-o", "--output", default="models/pipeline")
    build.set_defaults(func=_build)

    train = sub.add_parser(
        "train",
        add_help=False,
        help="train the NER into models/ner from the shared corpora (`train --help`)",
    )
    train.add_argument("args", nargs=argparse.REMAINDER)  # handed to the trainer as they are

    ev = sub.add_parser(
        "evaluate",
        help="score records against gold files: precision, recall, F1 per field",
        description="Pair records with gold files by corpus id (or source file stem) and score "
        "each field as ANNOTATION.md describes (see pipeline/evaluate.py). The `agreement` set "
        "scores the second annotator's files against the first's.",
    )
    ev.add_argument(
        "records",
        metavar="RECORDS.jsonl",
        nargs="?",
        help="records to score; without it the pipeline runs over each set's texts",
    )
    ev.add_argument(
        "--gold",
        required=True,
        action="append",
        metavar="SET|DIR",
        help="an annotated set (seeds, local-train, local-train-extra, local-dev, local-test, "
        "regeringen-train, regeringen-dev, regeringen-test, agreement) or a directory of "
        "gold *.json; "
        "give it several times for a table with a column per set",
    )
    ev.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ev.add_argument(
        "--markdown", action="store_true", help="print the table across sets as Markdown"
    )
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
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        return _train(argv[1:])
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        result: int = args.func(args)
        sys.stdout.flush()
    except KeyboardInterrupt:
        print("interrupted: run the same command again to resume", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped early ("evaluate --json | head"): quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return result
