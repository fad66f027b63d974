"""Write: records.jsonl and errors.jsonl, one complete line per document, appended.

Opening an output directory locks it (one run at a time, see `lock`) and resumes it: a
torn last line left by a killed run is cut off first, error lines that a later outcome
superseded are dropped (see `resume`), and `done` holds what is already written.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from ..record.schema import ErrorRecord, Record
from .interrupt import signals_deferred
from .lock import lock_outdir, unlock_outdir
from .resume import Done, drop_stale, drop_superseded, position_of, repair, stale_records

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"


class OutputError(Exception):
    """The output files could not be written (a full disk, an I/O error)."""

    def __init__(self, path: Path, error: OSError) -> None:
        super().__init__(f"cannot write {path}: {error.strerror or error}")


class Writer:
    """Appends each outcome as one line with a single write, flushed at once, so a run
    that is killed leaves only whole lines behind (at worst one torn last line, which
    the next open repairs). A write that fails (a full disk) is cut back off and raised
    as OutputError; the signals that end a run wait until the line is whole."""

    def __init__(
        self, outdir: Path, current: dict[str, str] | None = None, force: bool = False
    ) -> None:
        """`current`: the versions this run makes records with (see versions.py); records
        another version made are refused (ValueError) or, with `force`, redone, along with
        every error line. Another run on `outdir` raises lock.OutdirBusy."""
        outdir.mkdir(parents=True, exist_ok=True)
        self.outdir = outdir
        self._lock = lock_outdir(outdir)
        try:
            self._open(current, force)
        except BaseException:
            unlock_outdir(outdir, self._lock)
            raise

    def _open(self, current: dict[str, str] | None, force: bool) -> None:
        self.records_path = self.outdir / RECORDS
        self.errors_path = self.outdir / ERRORS
        self.repaired = sum(repair(p) for p in (self.records_path, self.errors_path))
        self.redone = 0
        if current is not None:
            self._check_versions(current, force)
        self.done = Done()
        self.done.add_records(self.records_path)
        self.superseded = self._drop_superseded()
        self.done.add_errors(self.errors_path)
        self._supersedes = False  # this run wrote an input that errors.jsonl holds already
        self._records = os.open(self.records_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self._errors = os.open(self.errors_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.n_records = 0
        self.n_errors = 0

    def _check_versions(self, current: dict[str, str], force: bool) -> None:
        if not force:
            if stale := stale_records(self.records_path, current):
                raise ValueError(
                    f"{self.records_path} holds {stale} record(s) made by another version of "
                    "the pipeline, rules or models; run again with --force to redo them, or "
                    "give another output directory"
                )
            return
        self.redone = drop_stale(self.records_path, current)
        if self.errors_path.exists():
            self.redone += sum(1 for line in self.errors_path.open("rb") if line.strip())
            self.errors_path.write_bytes(b"")

    def _drop_superseded(self) -> int:
        try:
            return drop_superseded(self.errors_path, self.done.record_positions)
        except OSError as error:
            raise OutputError(self.errors_path, error) from error

    def write(self, outcome: Record | ErrorRecord) -> None:
        line = (outcome.model_dump_json() + "\n").encode("utf-8")
        position = position_of({"path": outcome.source.path, "line": outcome.source.line})
        if position in self.done.error_positions:
            self._supersedes = True
        if isinstance(outcome, Record):
            _append(self._records, line, self.records_path)
            self.n_records += 1
            if position is not None:
                self.done.record_positions.add(position)
        else:
            _append(self._errors, line, self.errors_path)
            self.n_errors += 1
            if position is not None:
                self.done.error_positions.add(position)

    def close(self) -> None:
        """Sync and close the files, drop the error lines this run superseded, unlock."""
        try:
            self._sync_and_close()
            if self._supersedes:
                self.superseded += self._drop_superseded()
        finally:
            unlock_outdir(self.outdir, self._lock)

    def _sync_and_close(self) -> None:
        failed: OutputError | None = None
        for fd, path in ((self._records, self.records_path), (self._errors, self.errors_path)):
            try:
                os.fsync(fd)
            except OSError as error:
                failed = failed or OutputError(path, error)
            os.close(fd)
        if failed:
            raise failed

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _append(fd: int, line: bytes, path: Path) -> None:
    """Append the line whole or not at all: a failed write is cut back off."""
    with signals_deferred():
        start = os.lseek(fd, 0, os.SEEK_END)
        try:
            _write_all(fd, line)
        except OSError as error:
            with contextlib.suppress(OSError):  # else the next run's repair cuts it
                os.ftruncate(fd, start)
            raise OutputError(path, error) from error


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked (a signal, a full disk): finish the line."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
