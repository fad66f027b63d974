"""Ingest: turn inputs (files, directories, JSONL corpora, stdin) into raw documents.

Every input document becomes exactly one `RawDocument` or one `IngestError`; nothing is
dropped. Decoding and HTML stripping happen here; cleaning happens in `clean`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .html_text import html_to_text, looks_like_html

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}
DEFAULT_MAX_BYTES = 5_000_000

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"PK\x03\x04": "zip archive",
    b"%PDF": "PDF document",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}


@dataclass
class RawDocument:
    """A document read from its source, decoded to text, not yet cleaned."""

    text: str
    path: str | None = None
    line: int | None = None
    sha256: str = ""
    doc_key: str | None = None  # the `id` of a JSONL line, if any
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    is_html: bool = False

    def source(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "sha256": self.sha256}


@dataclass
class IngestError:
    """An input that could not be read as a document."""

    path: str | None
    line: int | None
    error: str
    message: str
    sha256: str | None = None

    def source(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "sha256": self.sha256}


class InputError(Exception):
    """A bad document, with a short error class for errors.jsonl."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes to text: BOMs first, then UTF-8, then cp1252 (latin-1 as last resort)."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError("binary", f"not text: looks like a {kind}")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ["decoded as UTF-16 (byte order mark)"]
    if data.count(b"\x00") > max(8, len(data) // 100):
        raise InputError("binary", "not text: contains many NUL bytes")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), ["not UTF-8: decoded as cp1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), ["not UTF-8: decoded as latin-1"]


def read_document(data: bytes, path: str | None, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """One file's bytes to a RawDocument; raises InputError for what is not a document."""
    if len(data) > max_bytes:
        raise InputError("too_large", f"{len(data)} bytes exceeds the limit of {max_bytes}")
    if not data.strip():
        raise InputError("empty", "the input is empty")
    text, warnings = decode(data)
    is_html = (path or "").lower().endswith((".html", ".htm")) or looks_like_html(text)
    if is_html:
        text = html_to_text(text)
    return RawDocument(
        text=text, path=path, sha256=sha256(data), warnings=warnings, is_html=is_html
    )


def iter_jsonl(
    data: bytes, path: str | None, max_bytes: int
) -> Iterator[RawDocument | IngestError]:
    """A JSONL corpus: one document per line; `text` required, `id` kept, the rest metadata."""
    for number, raw_line in enumerate(data.splitlines(), start=1):
        if not raw_line.strip():
            continue
        digest = sha256(raw_line)
        try:
            yield _jsonl_document(raw_line, path, number, digest, max_bytes)
        except InputError as exc:
            yield IngestError(path, number, exc.error, str(exc), digest)


def _jsonl_document(
    raw_line: bytes, path: str | None, number: int, digest: str, max_bytes: int
) -> RawDocument:
    if len(raw_line) > max_bytes:
        raise InputError("too_large", f"{len(raw_line)} bytes exceeds the limit of {max_bytes}")
    try:
        obj = json.loads(raw_line.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as exc:
        raise InputError("malformed_json", f"line is not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise InputError("malformed_json", "line is not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        kind = "missing" if text is None else f"a {type(text).__name__}, not a string"
        raise InputError("missing_text", f"the `text` field is {kind}")
    if not text.strip():
        raise InputError("empty", "the `text` field is empty")
    key = obj.get("id")
    metadata = {k: v for k, v in obj.items() if k not in ("text", "id")}
    is_html = looks_like_html(text)
    return RawDocument(
        text=html_to_text(text) if is_html else text,
        path=path,
        line=number,
        sha256=digest,
        doc_key=None if key is None else str(key),
        metadata=metadata,
        is_html=is_html,
    )


def iter_paths(inputs: Iterable[str]) -> Iterator[str | IngestError]:
    """Expand inputs into file paths (sorted, directories recursively, no symlink loops)."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield str(path)
        else:
            yield IngestError(item, None, "not_found", "no such file or directory")


def _walk(root: Path) -> Iterator[str | IngestError]:
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=None):
        real = os.path.realpath(dirpath)
        if real in seen:  # a symlink loop: walk each real directory once
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if Path(name).suffix.lower() in TEXT_SUFFIXES:
                yield os.path.join(dirpath, name)


def iter_documents(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | IngestError]:
    """All documents of all inputs, in a stable order."""
    for item in iter_paths(inputs):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from _read_path(item, max_bytes)


def _read_path(path: str, max_bytes: int) -> Iterator[RawDocument | IngestError]:
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        yield IngestError(path, None, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    name = "<stdin>" if path == "-" else path
    if name.lower().endswith(".jsonl"):
        yield from iter_jsonl(data, name, max_bytes)
        return
    try:
        yield read_document(data, name, max_bytes)
    except InputError as exc:
        yield IngestError(name, None, exc.error, str(exc), sha256(data))
