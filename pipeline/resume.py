"""Resume: which input documents an output directory already holds, and torn-line repair.

Every input document is keyed before any processing by its source: (path, line, sha256
of its raw bytes). Records and error lines both carry that source, so a rerun over the
same output directory skips what is done by a set lookup. A run killed mid-write can
leave one torn last line; `repair` cuts it off so the document is simply redone.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .ingest import IngestError, RawDocument

_SOURCE = b'"source":'
_decoder = json.JSONDecoder()

Doc = RawDocument | IngestError


def key_of(source: dict[str, Any]) -> str:
    """The resume key of a document: known right after ingest, stored in both files."""
    return f"{source.get('path')}\x1f{source.get('line')}\x1f{source.get('sha256')}"


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
    keys: set[str] = set()
    for path in paths:
        if path.exists():
            with open(path, "rb") as f:
                keys.update(key_of(_source_of(line)) for line in f if line.strip())
    return keys


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
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(b"".join(kept))
    os.replace(tmp, path)
    return dropped


def pending(docs: Iterable[Doc], done: set[str]) -> Iterator[Doc]:
    """The documents not yet in the output."""
    for doc in docs:
        if key_of(doc.source()) not in done:
            yield doc
