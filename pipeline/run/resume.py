"""Resume: which input documents an output directory already holds, and torn-line repair.

Every input document is keyed before any processing by its source: (path, line, sha256
of its raw bytes). Records and error lines both carry that source, so a rerun over the
same output directory skips what is done by a set lookup. A run killed mid-write can
leave one torn last line; `repair` cuts it off so the document is simply redone.

An error is not retried by default (`retry_errors` redoes them all), except when the
input now reads differently: a raised --max-bytes lets a `too_large` file or line be read
whole (an unread file has no sha256, a capped line the digest of its prefix), or the file
was fixed. Such an input keeps its place (path, line) but not its key, so it is redone,
and its new outcome supersedes the old error line: `drop_superseded` keeps one line per
place in errors.jsonl, none where a record stands, so each input ends in one file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..input.ingest import IngestError, RawDocument

_SOURCE = b'"source":'
_decoder = json.JSONDecoder()

Doc = RawDocument | IngestError


def key_of(source: dict[str, Any]) -> str:
    """The resume key of a document: known right after ingest, stored in both files."""
    return f"{source.get('path')}\x1f{source.get('line')}\x1f{source.get('sha256')}"


def position_of(source: dict[str, Any]) -> str | None:
    """Where a document sits among the inputs (path, JSONL line), whatever its bytes read
    as this time; None for a source without a path."""
    path = source.get("path")
    return None if path is None else f"{path}\x1f{source.get('line')}"


@dataclass
class Done:
    """What an output directory holds: keys and places of its records and error lines."""

    records: set[str] = field(default_factory=set)
    record_positions: set[str] = field(default_factory=set)
    errors: set[str] = field(default_factory=set)
    error_positions: set[str] = field(default_factory=set)

    def add_records(self, path: Path) -> None:
        _add(path, self.records, self.record_positions)

    def add_errors(self, path: Path) -> None:
        _add(path, self.errors, self.error_positions)


def _add(path: Path, keys: set[str], positions: set[str]) -> None:
    for source in _sources(path):
        keys.add(key_of(source))
        if (position := position_of(source)) is not None:
            positions.add(position)


def _sources(path: Path) -> Iterator[dict[str, Any]]:
    if path.exists():
        with open(path, "rb") as f:
            yield from (_source_of(line) for line in f if line.strip())


def repair(path: Path) -> int:
    """Cut a torn or invalid last line (a killed run's); returns the bytes removed."""
    if not path.exists():
        return 0
    with open(path, "rb+") as f:
        size = f.seek(0, os.SEEK_END)
        keep = _last_good_end(f, size)
        if keep < size:
            f.truncate(keep)
            f.flush()
            os.fsync(f.fileno())
    return size - keep


def _last_good_end(f: Any, size: int) -> int:
    """Offset after the last complete, valid line; only the file's tail is read."""
    tail_start = max(0, size - (1 << 20))
    while True:
        f.seek(tail_start)
        tail = f.read(size - tail_start)
        cut = tail.rfind(b"\n", 0, len(tail) - 1) if tail.endswith(b"\n") else tail.rfind(b"\n")
        if cut >= 0 or tail_start == 0:
            break
        tail_start = max(0, tail_start - (1 << 22))  # a very long last line: read further back
    last = tail[cut + 1 :]
    if last.endswith(b"\n") and _is_json(last):
        return size
    return tail_start + cut + 1


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def done_keys(paths: Iterable[Path]) -> set[str]:
    """Keys of every document already written to these JSONL files."""
    return {key_of(source) for path in paths for source in _sources(path)}


def _source_of(line: bytes) -> dict[str, Any]:
    """The `source` object of a line, parsed alone: records are long, their source is near
    the start, so this avoids decoding the whole record."""
    at = line.find(_SOURCE)
    if at >= 0:
        text = line[at + len(_SOURCE) : at + len(_SOURCE) + 4096].decode("utf-8", "replace")
        try:
            value, _ = _decoder.raw_decode(text.lstrip())
            if isinstance(value, dict):
                return value
        except ValueError:
            pass
    source = json.loads(line).get("source", {})
    return source if isinstance(source, dict) else {}


def _made_by(line: bytes) -> Any:
    try:
        return json.loads(line).get("produced_by")
    except ValueError:
        return None


def stale_records(path: Path, current: dict[str, str]) -> int:
    """How many records in the file another version of the pipeline, rules or models made."""
    if not path.exists():
        return 0
    with open(path, "rb") as f:
        return sum(1 for line in f if line.strip() and _made_by(line) != current)


def drop_stale(path: Path, current: dict[str, str]) -> int:
    """Rewrite the file without the records another version made (atomically: a new file
    renamed over the old one); returns how many were dropped, to be redone."""
    if not path.exists():
        return 0
    kept, dropped = [], 0
    with open(path, "rb") as f:
        for line in f:
            if line.strip() and _made_by(line) == current:
                kept.append(line)
            elif line.strip():
                dropped += 1
    _rewrite(path, kept)
    return dropped


def drop_superseded(errors: Path, record_positions: set[str]) -> int:
    """Rewrite errors.jsonl with one line per input place: none where a record stands for
    it, else its latest error (atomically); returns how many lines were removed."""
    if not errors.exists():
        return 0
    with open(errors, "rb") as f:
        lines = [line for line in f if line.strip()]
    positions = [position_of(_source_of(line)) for line in lines]
    latest = {position: i for i, position in enumerate(positions)}
    kept = [
        line
        for i, (line, position) in enumerate(zip(lines, positions, strict=True))
        if position is None or (position not in record_positions and latest[position] == i)
    ]
    if len(kept) < len(lines):
        _rewrite(errors, kept)
    return len(lines) - len(kept)


def _rewrite(path: Path, lines: list[bytes]) -> None:
    """Replace the file by these lines at once: a new file, synced, renamed over it."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(b"".join(lines))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def pending(docs: Iterable[Doc], done: Done, retry_errors: bool = False) -> Iterator[Doc]:
    """The documents not yet in the output: neither a record nor (unless `retry_errors`)
    an error with the same key. An input that cannot be read is not redone where a
    record stands for its place (a run with a lower --max-bytes after a higher one)."""
    for doc in docs:
        key = key_of(doc.source())
        if key in done.records or (key in done.errors and not retry_errors):
            continue
        if isinstance(doc, IngestError) and position_of(doc.source()) in done.record_positions:
            continue
        yield doc
