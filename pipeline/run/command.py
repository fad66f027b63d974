"""The `run` command: documents from the inputs through supervised workers into OUTDIR,
with progress, resume and the exit status the command line documents."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..input.ingest import iter_documents
from ..record.confidence import at_least
from ..record.schema import ErrorRecord, Record
from .interrupt import interruptible
from .lock import OutdirBusy
from .progress import Progress, count_documents
from .write import OutputError, Writer

EX_IOERR = 74  # sysexits.h: the output could not be written
LOG_EVERY = 1000  # documents between the INFO lines of a run's progress
Outcome = Record | ErrorRecord

log = logging.getLogger(__name__)


def run_command(args: argparse.Namespace) -> int:
    """`run`, with its exit status for a failed write and SIGTERM/SIGHUP handled."""
    with interruptible():
        try:
            return _run_outdir(args)
        except OutputError as error:
            print(f"pressx: {error}", file=sys.stderr)
            return EX_IOERR


def _cannot_start(error: Exception) -> int:
    print(f"pressx: cannot start: {error}", file=sys.stderr)
    return 2


def _run_outdir(args: argparse.Namespace) -> int:
    from ..language import nlp, rule_data
    from ..language.ner_ops import one_blas_thread
    from ..record.versions import produced_by
    from .parallel import run_parallel
    from .resume import pending

    outdir = Path(args.output)
    one_blas_thread()  # each worker is one core's process
    try:
        # before anything reads a rule, and before produced_by, whose rules it changes
        rule_data.use_user_rules(args.rules)
    except ValueError as exc:
        return _cannot_start(exc)
    try:
        writer = Writer(outdir, current=produced_by(), force=args.force)
    except (OSError, ValueError, OutdirBusy) as exc:
        return _cannot_start(exc)
    with writer:
        try:
            nlp.load()  # fails here, not in a worker; forked workers start with it loaded
        except (OSError, ValueError) as exc:
            return _cannot_start(exc)
        skipped = len(writer.done.records) + (0 if args.retry_errors else len(writer.done.errors))
        inputs = iter_documents(args.inputs, max_bytes=args.max_bytes, skip=outdir)
        docs = pending(inputs, writer.done, retry_errors=args.retry_errors)
        # even one worker is a supervised process: the limit holds in C code too
        outcomes = run_parallel(docs, args.workers, timeout=args.timeout)
        total = _expected(args.inputs, outdir, skipped)
        with Progress(enabled=sys.stderr.isatty() and not args.quiet, total=total) as progress:
            for outcome in _observed(outcomes, args.min_confidence):
                writer.write(outcome)
                progress.update(writer.n_errors)
    print(
        f"{writer.n_records} records -> {writer.records_path}, "
        f"{writer.n_errors} errors -> {writer.errors_path}"
        + (f" ({skipped} done before, skipped)" if skipped else "")
        + (f"; {writer.repaired} torn line(s) of a killed run removed" if writer.repaired else "")
        + (f"; {writer.redone} made by another version redone (--force)" if writer.redone else "")
        + (f"; {writer.superseded} error line(s) replaced" if writer.superseded else ""),
        file=sys.stderr,
    )
    return 1 if writer.errors_path.stat().st_size else 0


def _expected(inputs: list[str], outdir: Path, skipped: int) -> int | None:
    """Documents this run will write (None for stdin): the progress bar's total."""
    started = time.monotonic()
    counted = count_documents(inputs, skip=outdir)
    if counted is None:
        log.info("reading stdin: the number of documents is unknown")
        return None
    took = time.monotonic() - started
    log.info("%d documents found in %d input(s) (counted in %.2f s)", counted, len(inputs), took)
    return max(counted - skipped, 0)


def _observed(outcomes: Iterable[Outcome], min_confidence: float) -> Iterator[Outcome]:
    """The outcomes as they are written: results below --min-confidence left out, each
    document logged (DEBUG), progress every LOG_EVERY documents and the totals (INFO)."""
    started, records, errors = time.monotonic(), 0, 0
    for outcome in outcomes:
        if isinstance(outcome, Record):
            outcome = at_least(outcome, min_confidence)
            records += 1
            log.debug(
                "record %s from %s: %s", outcome.doc_id, _where(outcome.source), _sizes(outcome)
            )
        else:
            errors += 1
            log.debug(
                "error %s from %s: %s", outcome.error, _where(outcome.source), outcome.message
            )
        yield outcome
        if (records + errors) % LOG_EVERY == 0:
            log.info(
                "%d documents done (%.1f docs/s)",
                records + errors,
                _rate(records + errors, started),
            )
    took = time.monotonic() - started
    log.info(
        "%d records and %d errors written in %.1f s (%.1f docs/s)",
        *(records, errors, took, _rate(records + errors, started)),
    )


def _rate(n: int, started: float) -> float:
    return n / max(time.monotonic() - started, 1e-9)


def _where(source: Any) -> str:
    return f"{source.path or '<text>'}" + (f":{source.line}" if source.line else "")


def _sizes(record: Record) -> str:
    fields = ("people", "organizations", "contacts", "amounts", "interventions", "quotes", "dates")
    return ", ".join(f"{len(getattr(record, f))} {f}" for f in fields)
