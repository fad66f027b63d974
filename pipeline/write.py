"""Write: records.jsonl and errors.jsonl, one complete line per document, appended.

Opening an output directory again resumes it: a torn last line left by a killed run is
cut off first (see `resume`), and `done` holds the keys of the documents already written.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from .resume import done_keys, drop_stale, repair, stale_records
from .schema import ErrorRecord, Record

RECORDS = "records.jsonl"
ERRORS = "errors.jsonl"


class Writer:
    """Appends each outcome as one line with a single write, flushed at once, so a run
    that is killed leaves only whole lines behind (at worst one torn last line, which
    the next open repairs)."""

    def __init__(
        self, outdir: Path, current: dict[str, str] | None = None, force: bool = False
    ) -> None:
        """`current`: the versions this run makes records with (see versions.py); records
        another version made are refused (ValueError) or, with `force`, redone, along with
        every error line."""
        outdir.mkdir(parents=True, exist_ok=True)
        self.records_path = outdir / RECORDS
        self.errors_path = outdir / ERRORS
        self.repaired = sum(repair(p) for p in (self.records_path, self.errors_path))
        self.redone = 0
        if current is not None:
            self._check_versions(current, force)
        self.done = done_keys([self.records_path, self.errors_path])
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

    def write(self, outcome: Record | ErrorRecord) -> None:
        line = (outcome.model_dump_json() + "\n").encode("utf-8")
        if isinstance(outcome, Record):
            _write_all(self._records, line)
            self.n_records += 1
        else:
            _write_all(self._errors, line)
            self.n_errors += 1

    def close(self) -> None:
        for fd in (self._records, self._errors):
            os.fsync(fd)
            os.close(fd)

    def __enter__(self) -> Writer:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _write_all(fd: int, data: bytes) -> None:
    """os.write may write less than asked (a signal, a full disk): finish the line."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
