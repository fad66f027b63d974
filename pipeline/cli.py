"""Command line: `python -m pipeline` or `pressx`."""

from __future__ import annotations

import argparse
import logging
import math
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .input.ingest import DEFAULT_MAX_BYTES
from .record.versions import package_version
from .run.command import run_command
from .run.interrupt import Interrupted
from .tools import commands

EXIT_STATUS = """exit status:
  0  every input document is a record in OUTDIR (errors.jsonl is empty)
  1  the run finished, but some documents are in OUTDIR/errors.jsonl
  2  the command line was wrong or the run could not start (another run holds OUTDIR)
  74  the output could not be written (disk full, I/O error); rerun to resume
  130, 143, 129  interrupted by SIGINT (Ctrl-C), SIGTERM or SIGHUP (128 + the signal's
       number), between two whole lines; run the same command again to resume"""

LIMITS = """resuming:
  Running again with the same OUTDIR skips every document already in records.jsonl or
  errors.jsonl (keyed by source path, line and sha256 of the raw bytes) and repairs a
  torn last line left by a killed run, so a rerun completes the output exactly once.
  Errors are not retried, unless --retry-errors, or the input now reads differently (a
  larger --max-bytes, a fixed file); a later outcome replaces the old error line.
  One run at a time per OUTDIR (a lock, OUTDIR/.lock, that a killed run does not keep).
  Records carry the versions that made them (produced_by): an OUTDIR holding records of
  another version of the pipeline, rules or models is refused; --force redoes them.

limits:
  --max-bytes  a larger file or JSONL line goes to errors as "too_large" unread
  --timeout    a document still processing after this many seconds goes to errors as
               "timeout"; the run goes on (0 or inf turns the limit off)"""

DEFAULT_TIMEOUT = 60.0
NO_TIMEOUT_ABOVE = 1e6  # seconds (11 days): longer is no limit (SIGALRM overflows past ~1e9)


def _positive_int(text: str) -> int:
    """argparse type: a whole number above 0."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _timeout_seconds(text: str) -> float:
    """argparse type: seconds >= 0; 0, inf or more than NO_TIMEOUT_ABOVE mean no limit."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if math.isnan(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (no limit) or more seconds, not {text}")
    return 0.0 if value > NO_TIMEOUT_ABOVE else value


def _rules_dir(text: str) -> Path:
    """--rules: an existing directory (its files are checked when the run starts)."""
    if not Path(text).is_dir():
        raise argparse.ArgumentTypeError(f"not a directory: {text!r}")
    return Path(text)


def _confidence(value: str) -> float:
    """--min-confidence: a number from 0 to 1."""
    try:
        threshold = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= threshold <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie between 0 and 1, not {value}")
    return threshold


def _verbosity_options(parser: argparse.ArgumentParser, top: bool) -> None:
    """-v/-q on the top parser and on every subcommand, so they work before or after it;
    a subcommand's copy sets them only when given (argparse lets its defaults win)."""
    unset = {} if top else {"default": argparse.SUPPRESS}
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        help="log the pipeline's steps (INFO); -vv adds per-document details (DEBUG)",
        **({"default": 0} if top else unset),
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar; log only errors",
        **({"default": False} if top else unset),
    )


def configure_logging(verbose: int, quiet: bool) -> None:
    """The `pipeline` logger at the level asked for; every other logger (spaCy, urllib3,
    ...) stays at WARNING, so -v shows the pipeline's own steps and not a library's."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    level = (
        logging.ERROR
        if quiet
        else {0: logging.WARNING, 1: logging.INFO}.get(verbose, logging.DEBUG)
    )
    logging.getLogger("pipeline").setLevel(level)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="pressx",
        description="Swedish press releases to structured, validated JSONL records.",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _verbosity_options(top, top=True)
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
        type=_positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"largest document accepted (default {DEFAULT_MAX_BYTES})",
    )
    run.add_argument(
        "--timeout",
        type=_timeout_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"longest time per document (default {DEFAULT_TIMEOUT:g}; 0 or inf: no limit)",
    )
    run.add_argument(
        "-w",
        "--workers",
        type=_positive_int,
        default=1,
        metavar="N",
        help="worker processes (default 1; use the number of CPU cores)",
    )
    run.add_argument(
        "--min-confidence",
        type=_confidence,
        default=0.0,
        metavar="X",
        help="leave out of the records every result (person, organization, role, contact, "
        "amount, intervention, quote, date, metric) with a confidence below X (0 to 1; "
        "default 0: keep all); the text and the offsets of the rest are unchanged",
    )
    run.add_argument(
        "--rules",
        type=_rules_dir,
        metavar="DIR",
        help="your own rule files, merged over the shipped models/rules: a file named as a "
        "shipped one extends it (word lists gain lines, tables gain rows), e.g. "
        "DIR/interventions.tsv with your programmes",
    )
    run.add_argument(
        "--force",
        action="store_true",
        help="redo the records in OUTDIR that another version of the pipeline, rules or "
        "models made, and every error line (without it such an OUTDIR is refused)",
    )
    run.add_argument(
        "--retry-errors",
        action="store_true",
        help="redo every document in OUTDIR/errors.jsonl (by default errors are kept)",
    )
    run.set_defaults(func=run_command)

    schema = sub.add_parser("schema", help="print the record JSON Schema")
    schema.set_defaults(func=commands.schema)

    build = sub.add_parser(
        "build",
        help="assemble the spaCy pipeline and save it where `run` loads it from",
        description="Assemble the spaCy pipeline that pipeline/pipeline.cfg defines and save "
        "it: by default to models/pipeline in a checkout (PIPELINE_MODELS/pipeline when set), "
        "to $XDG_CACHE_HOME/pressx/pipeline (~/.cache/pressx/pipeline) for an installed "
        "package. `run` builds it by itself when it is missing or stale.",
    )
    build.add_argument(
        "-o",
        "--output",
        metavar="DIR",
        help="save it here instead (spacy.load(DIR) reads it)",
    )
    build.set_defaults(func=commands.build)

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
        "each field as ANNOTATION.md describes (see pipeline/tools/evaluate.py). "
        "The `agreement` set "
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
        "--by-rule",
        action="store_true",
        help="true and false positives (precision) per field and rule id, over all sets given",
    )
    ev.add_argument(
        "--markdown", action="store_true", help="print the table across sets as Markdown"
    )
    ev.add_argument(
        "--interval",
        action="store_true",
        help="add each F1's 95%% bootstrap interval over the set's documents "
        "(1,000 resamplings, fixed seed): how far the figure moves by which releases a set holds",
    )
    ev.set_defaults(func=commands.evaluate_command)

    report = sub.add_parser(
        "report",
        help="static HTML report of a records file",
        description="Write an index page and a page per document with every span highlighted "
        "(reads errors.jsonl beside RECORDS.jsonl when present).",
    )
    report.add_argument("records", metavar="RECORDS.jsonl")
    report.add_argument("-o", "--output", default="output/report", metavar="DIR")
    report.set_defaults(func=commands.report)

    exp = sub.add_parser(
        "export",
        help="records as SQL tables: a DuckDB file or Parquet files",
        description="Write normalised tables (documents, people, person_roles, organizations, "
        "contacts, amounts, interventions, quotes, metrics) keyed by doc_id and entity id. "
        "An existing DuckDB file keeps its other tables.",
    )
    exp.add_argument("records", metavar="RECORDS.jsonl")
    exp.add_argument("--to", required=True, metavar="duckdb:FILE|parquet:DIR")
    exp.add_argument(
        "--replace",
        action="store_true",
        help="overwrite the export's tables (or .parquet files) already in the target; "
        "without it they are refused (exit 2); other tables and files are never touched",
    )
    exp.set_defaults(func=commands.export_command)
    for name, command in sub.choices.items():
        if name != "train":  # the trainer reads its own arguments
            _verbosity_options(command, top=False)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["train"]:
        return commands.train(argv[1:])
    args = parser().parse_args(argv)
    configure_logging(args.verbose, args.quiet)
    try:
        result: int = args.func(args)
        sys.stdout.flush()
    except KeyboardInterrupt:
        print("interrupted: run the same command again to resume", file=sys.stderr)
        return 130
    except Interrupted as signal:  # SIGTERM, SIGHUP during `run`
        print(f"interrupted ({signal}): run the same command again to resume", file=sys.stderr)
        return signal.exit_status
    except BrokenPipeError:  # the reader stopped early ("evaluate --json | head"): quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return result
