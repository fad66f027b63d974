"""Ingest: turn inputs (files, directories, JSONL corpora, stdin) into raw documents.

Every input document becomes exactly one `RawDocument` or one `IngestError`; nothing is
dropped. Decoding happens here, format readers (`formats/`: HTML, Markdown, PDF, DOCX) are
chosen here by suffix; cleaning happens in `clean`. An HTML page found here is yielded
unread (`is_html`): `process` reads it (`read_html`) inside the document's time limit,
in the supervised worker, since a page can keep a parser busy. In a directory, a file of another
format is an `unsupported` error; hidden files and directories (".DS_Store", ".git") are
not documents and are skipped. Nothing it yields holds a value the writer cannot encode.

Hostile input is contained here: a file name that is not UTF-8 is written with `\\xNN`
escapes for its undecodable bytes; symbolic links found in an input directory that point
out of it are refused (`outside_input`); stdin is read up to `max_bytes` only; JSONL
lines are guarded by `json_guard`, HTML pages by `html_guard`.
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

from .decoding import UTF8_BOM, InputError, decode, decode_utf8
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
from .html_guard import flatten_if_deep, refuse_expanding
from .html_text import looks_like_html
from .json_guard import MAX_DEPTH, nesting_depth, repair_surrogate_escapes

__all__ = ["IngestError", "InputError", "RawDocument", "decode", "iter_documents"]

TEXT_SUFFIXES = DOCUMENT_SUFFIXES  # the name other modules and tests know
DEFAULT_MAX_BYTES = 5_000_000  # raw bytes: HTML pages carry scripts and inline images


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
    # `text` is an HTML page still to be read (`read_html`): the process that runs the
    # pipeline reads it, inside the document's time limit
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


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(
    data: bytes, path: str | None, max_bytes: int = DEFAULT_MAX_BYTES, defer_html: bool = False
) -> RawDocument:
    """One file's bytes to a RawDocument; raises InputError for what is not a document.

    `defer_html`: an HTML page is returned unread (`is_html`), for `read_html` later."""
    if len(data) > max_bytes:
        raise InputError("too_large", f"{len(data)} bytes exceeds the limit of {max_bytes}")
    if not data.strip():
        raise InputError("empty", "the input is empty")
    suffix = suffix_of(path)
    if suffix in BINARY_READERS:
        return _raw(_read_format(BINARY_READERS[suffix], data), path, data)
    text, warnings = decode(data)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        page = RawDocument(text, path, sha256=sha256(data), warnings=warnings, is_html=True)
        return page if defer_html else read_html(page)
    if suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(text)
    return RawDocument(text=text, path=path, sha256=sha256(data), warnings=warnings)


def _read_format(reader: Callable[[bytes], Extracted], data: bytes) -> Extracted:
    try:
        return reader(data)
    except FormatError as exc:
        raise InputError(exc.error, str(exc)) from None


def _raw(found: Extracted, path: str | None, data: bytes) -> RawDocument:
    return RawDocument(
        text=found.text,
        path=path,
        sha256=sha256(data),
        metadata=found.metadata,
        warnings=found.warnings,
    )


def read_html(doc: RawDocument) -> RawDocument:
    """The page `doc` carries read into its main text, in place (the document keeps its
    identity, by which a supervisor knows what is on the clock). The page's title and
    date go to the metadata, under the fields the input gave itself (a JSONL line's
    own fields win). Raises InputError for a page that cannot be read."""
    page = _html_page(doc.text, doc.warnings)
    doc.text, doc.warnings = page.text, page.warnings
    doc.metadata = {**page.metadata, **doc.metadata}
    doc.is_html = False
    return doc


def iter_jsonl(
    data: bytes | Iterable[bytes], path: str | None, max_bytes: int
) -> Iterator[RawDocument | IngestError]:
    """A JSONL corpus: one document per line; `text` required, `id` kept, the rest metadata.

    `data` is the corpus' bytes or an iterable of its lines (an open file streams)."""
    lines = data.split(b"\n") if isinstance(data, bytes) else data
    for number, raw_line in enumerate(lines, start=1):
        raw_line = raw_line.rstrip(b"\r\n")
        digest = sha256(raw_line)
        if number == 1 and raw_line.startswith(UTF8_BOM):  # an editor's BOM, not the line's
            raw_line = raw_line[len(UTF8_BOM) :]
        if not raw_line.strip():
            continue
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
    obj, warnings = _parse_line(raw_line)
    text = obj.get("text")
    if not isinstance(text, str):
        kind = "missing" if text is None else f"a {type(text).__name__}, not a string"
        raise InputError("missing_text", f"the `text` field is {kind}")
    if not text.strip():
        raise InputError("empty", "the `text` field is empty")
    key = obj.get("id")
    metadata = {k: v for k, v in obj.items() if k not in ("text", "id")}
    return RawDocument(
        text=text,
        warnings=warnings,
        path=path,
        line=number,
        sha256=digest,
        doc_key=None if key is None else str(key),
        metadata=metadata,
        is_html=looks_like_html(text),  # read by `read_html` where the pipeline runs
    )


def _parse_line(raw_line: bytes) -> tuple[dict[str, Any], list[str]]:
    """A JSONL line's object and the repairs it needed; InputError if it is none."""
    line, warnings = decode_utf8(raw_line)
    line, surrogates = repair_surrogate_escapes(line)
    if surrogates:
        warnings.append(f"{surrogates} lone surrogate escape(s) replaced with U+FFFD")
    try:
        obj = json.loads(line)
    except ValueError as exc:  # JSONDecodeError, or a number of more than 4,300 digits
        raise InputError("malformed_json", f"line is not valid JSON: {exc}") from None
    except RecursionError:
        raise InputError("malformed_json", "line is nested too deep to read") from None
    if not isinstance(obj, dict):
        raise InputError("malformed_json", "line is not a JSON object")
    if (depth := nesting_depth(obj)) > MAX_DEPTH:
        message = f"line is nested {depth} levels deep (limit {MAX_DEPTH})"
        raise InputError("malformed_json", message)
    return obj, warnings


def _html_page(html: str, warnings: list[str]) -> Extracted:
    html, flattened = flatten_if_deep(html)
    refuse_expanding(html)
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
    """Files under root; links are followed only while they stay inside the tree."""
    tree = os.path.realpath(root)
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
        for name in list(dirnames):
            if _points_outside(os.path.join(dirpath, name), tree):
                dirnames.remove(name)
                yield _outside(os.path.join(dirpath, name), "directory", "not entered")
        for name in sorted(n for n in filenames if not n.startswith(".")):
            path = os.path.join(dirpath, name)
            if (suffix := suffix_of(name)) not in DOCUMENT_SUFFIXES:
                # never skipped in silence: the user sees what was not read
                yield IngestError(path, None, "unsupported", unsupported_message(suffix))
            else:
                yield _outside(path, "file", "not read") if _points_outside(path, tree) else path
    yield from _walk_errors(failed)


def _points_outside(path: str, tree: str) -> bool:
    """A symbolic link whose target lies outside the input tree (/etc/passwd, say)."""
    if not os.path.islink(path):
        return False  # walked directories are inside, so what they hold is too
    return os.path.commonpath([os.path.realpath(path), tree]) != tree


def _outside(path: str, kind: str, what: str) -> IngestError:
    message = f"a symbolic link to a {kind} outside the input directory: {what}"
    return IngestError(path, None, "outside_input", message)


def _walk_errors(failed: list[OSError]) -> Iterator[IngestError]:
    while failed:
        exc = failed.pop(0)
        yield IngestError(exc.filename, None, "unreadable", f"cannot list: {exc.strerror or exc}")


def iter_documents(
    inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES, skip: Path | None = None
) -> Iterator[RawDocument | IngestError]:
    """All documents of all inputs, in a stable order (`skip`: see `iter_paths`)."""
    for item in iter_paths(inputs, skip):
        outcomes = [item] if isinstance(item, IngestError) else _read_path(item, max_bytes)
        for outcome in outcomes:
            yield _with_printable_path(outcome)


def _with_printable_path(item: RawDocument | IngestError) -> RawDocument | IngestError:
    """A path that is not UTF-8 (os.walk gives its bytes as surrogate escapes) is written
    with a `\\xNN` escape per undecodable byte: writable, and `os.fsencode` of the name
    with the escapes undone gives the file's name back."""
    if item.path is None or item.path.isascii():
        return item
    try:
        item.path.encode("utf-8")
        return item
    except UnicodeEncodeError:
        raw = item.path.encode("utf-8", errors="surrogateescape")
    item.path = raw.decode("utf-8", errors="backslashreplace")
    if isinstance(item, RawDocument):
        item.warnings.append(r"the file name is not UTF-8: its bytes are written as \xNN")
    return item


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


def _read_stdin(max_bytes: int) -> bytes:
    """At most max_bytes of stdin: a larger stream is refused without reading the rest."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("too_large", f"stdin exceeds the limit of {max_bytes} bytes")
    return data


def _read_path(path: str, max_bytes: int) -> Iterator[RawDocument | IngestError]:
    try:
        if path != "-" and path.lower().endswith(".jsonl"):
            _check_regular(path)
            with open(path, "rb") as f:
                yield from iter_jsonl(_capped_lines(f, max_bytes), path, max_bytes)
            return
        data = _read_stdin(max_bytes) if path == "-" else _read_file(path, max_bytes)
    except InputError as exc:
        yield IngestError(path, None, exc.error, str(exc))
        return
    except OSError as exc:
        yield IngestError(path, None, "unreadable", f"cannot read: {exc.strerror or exc}")
        return
    name = "<stdin>" if path == "-" else path
    try:
        yield read_document(data, name, max_bytes, defer_html=True)
    except InputError as exc:
        yield IngestError(name, None, exc.error, str(exc), sha256(data))
