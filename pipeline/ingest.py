"""Ingest: turn inputs (files, directories, JSONL corpora, stdin) into raw documents.

Every input document becomes exactly one `RawDocument` or one `IngestError`; nothing is
dropped. Decoding happens here, format readers (`formats/`: HTML, Markdown, PDF, DOCX) are
chosen here by suffix; cleaning happens in `clean`. In a directory, a file of another
format is an `unsupported` error; hidden files and directories (".DS_Store", ".git") are
not documents and are skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .formats import Extracted, FormatError
from .formats.dispatch import (
    BINARY_READERS,
    DOCUMENT_SUFFIXES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    suffix_of,
    unsupported_message,
)
from .formats.html import read_page
from .formats.markdown import markdown_to_text
from .html_guard import flatten_if_deep
from .html_text import looks_like_html

TEXT_SUFFIXES = DOCUMENT_SUFFIXES  # the name other modules and tests know
DEFAULT_MAX_BYTES = 5_000_000  # raw bytes: HTML pages carry scripts and inline images

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
    suffix = suffix_of(path)
    if suffix in BINARY_READERS:
        return _raw(_read_format(BINARY_READERS[suffix], data), path, data)
    text, warnings = decode(data)
    is_html = suffix in HTML_SUFFIXES or looks_like_html(text)
    if is_html:
        page = _html_page(text, warnings)
        return _raw(page, path, data, is_html=True)
    if suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    return RawDocument(text=text, path=path, sha256=sha256(data), warnings=warnings)


def _read_format(reader: Callable[[bytes], Extracted], data: bytes) -> Extracted:
    try:
        return reader(data)
    except FormatError as exc:
        raise InputError(exc.error, str(exc)) from None


def _raw(found: Extracted, path: str | None, data: bytes, is_html: bool = False) -> RawDocument:
    return RawDocument(
        text=found.text,
        path=path,
        sha256=sha256(data),
        metadata=found.metadata,
        warnings=found.warnings,
        is_html=is_html,
    )


def iter_jsonl(
    data: bytes | Iterable[bytes], path: str | None, max_bytes: int
) -> Iterator[RawDocument | IngestError]:
    """A JSONL corpus: one document per line; `text` required, `id` kept, the rest metadata.

    `data` is the corpus' bytes or an iterable of its lines (an open file streams)."""
    lines = data.split(b"\n") if isinstance(data, bytes) else data
    for number, raw_line in enumerate(lines, start=1):
        raw_line = raw_line.rstrip(b"\r\n")
        if not raw_line.strip():
            continue
        digest = sha256(raw_line)
        try:
            yield _jsonl_document(raw_line, path, number, digest, max_bytes)
        except InputError as exc:
            yield IngestError(path, number, exc.error, str(exc), digest)


def _capped_lines(f: BinaryIO, max_bytes: int) -> Iterator[bytes]:
    """Lines of a file, each at most max_bytes + 1 long: a longer line is read in pieces
    and stands for itself by a prefix, so a huge line never sits in memory whole."""
    while line := f.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
        yield line


def _jsonl_document(
    raw_line: bytes, path: str | None, number: int, digest: str, max_bytes: int
) -> RawDocument:
    if len(raw_line) > max_bytes:
        raise InputError("too_large", f"the line exceeds the limit of {max_bytes} bytes")
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
    warnings: list[str] = []
    if is_html:  # the line's own fields win over what the page says of itself
        page = _html_page(text, warnings)
        text, metadata = page.text, {**page.metadata, **metadata}
    return RawDocument(
        text=text,
        warnings=warnings,
        path=path,
        line=number,
        sha256=digest,
        doc_key=None if key is None else str(key),
        metadata=metadata,
        is_html=is_html,
    )


def _html_page(html: str, warnings: list[str]) -> Extracted:
    html, flattened = flatten_if_deep(html)
    try:
        page = read_page(html)
    except Exception as exc:  # a parser failure costs this document only
        raise InputError("html", f"the HTML could not be parsed: {exc}") from None
    page.warnings[:0] = warnings + flattened
    return page


def iter_paths(inputs: Iterable[str], skip: Path | None = None) -> Iterator[str | IngestError]:
    """Expand inputs into file paths (sorted, directories recursively, no symlink loops).

    `skip`: a directory never entered (the output directory, which may lie inside an input
    directory: its records.jsonl must not be read back as a corpus)."""
    for item in inputs:
        if item == "-":
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            yield from _walk(path, skip)
        elif os.path.lexists(path):  # a broken link or a link loop fails, with its reason, on read
            yield str(path)
        else:
            yield IngestError(item, None, "not_found", "no such file or directory")


def _walk(root: Path, skip: Path | None) -> Iterator[str | IngestError]:
    seen: set[str] = {os.path.realpath(skip)} if skip else set()
    failed: list[OSError] = []  # directories that cannot be listed are reported, not skipped
    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=failed.append):
        yield from _walk_errors(failed)
        real = os.path.realpath(dirpath)
        if real in seen:  # a symlink loop: walk each real directory once
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(n for n in filenames if not n.startswith(".")):
            path = os.path.join(dirpath, name)
            if (suffix := suffix_of(name)) in DOCUMENT_SUFFIXES:
                yield path
            else:  # never skipped in silence: the user sees what was not read
                yield IngestError(path, None, "unsupported", unsupported_message(suffix))
    yield from _walk_errors(failed)


def _walk_errors(failed: list[OSError]) -> Iterator[IngestError]:
    while failed:
        exc = failed.pop(0)
        yield IngestError(exc.filename, None, "unreadable", f"cannot list: {exc.strerror or exc}")


def iter_documents(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, skip: Path | None = None
) -> Iterator[RawDocument | IngestError]:
    """All documents of all inputs, in a stable order (`skip`: see `iter_paths`)."""
    for item in iter_paths(inputs, skip):
        if isinstance(item, IngestError):
            yield item
            continue
        yield from _read_path(item, max_bytes)


def _check_regular(path: str) -> os.stat_result:
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        raise InputError("unreadable", "not a regular file")
    return info


def _read_file(path: str, max_bytes: int) -> bytes:
    """A file's bytes; its size is checked first so a huge file is never read."""
    if _check_regular(path).st_size > max_bytes:
        raise InputError("too_large", f"the file exceeds the limit of {max_bytes} bytes")
    with open(path, "rb") as f:
        return f.read(max_bytes + 1)


def _read_path(path: str, max_bytes: int) -> Iterator[RawDocument | IngestError]:
    try:
        if path != "-" and path.lower().endswith(".jsonl"):
            _check_regular(path)
            with open(path, "rb") as f:
                yield from iter_jsonl(_capped_lines(f, max_bytes), path, max_bytes)
            return
        data = sys.stdin.buffer.read() if path == "-" else _read_file(path, max_bytes)
    except InputError as exc:
        yield IngestError(path, None, exc.error, str(exc))
        return
    except OSError as exc:
        yield IngestError(path, None, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    name = "<stdin>" if path == "-" else path
    try:
        yield read_document(data, name, max_bytes)
    except InputError as exc:
        yield IngestError(name, None, exc.error, str(exc), sha256(data))
