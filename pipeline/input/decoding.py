"""Bytes to text, repairing only what is broken, and refusing what is no text at all.

Order: magic numbers of binary formats, byte order marks, UTF-8 (a few invalid bytes are
replaced, not a reason to re-read the whole file in another encoding), then cp1252 (or
latin-1) for files that are consistently 8-bit. Last, the decoded text is refused as a
binary when too many of its characters are controls, unassigned or replacement
characters: random bytes and compressed data decode to such text in any 8-bit encoding.
"""

from __future__ import annotations

import re

_MAGIC = {
    b"\x89PNG": "PNG image",
    b"PK\x03\x04": "zip archive",
    b"%PDF": "PDF document",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
}
UTF8_BOM = b"\xef\xbb\xbf"
REPLACEMENT = "\ufffd"
# Random bytes decode to some 24% such characters (latin-1: C0 and C1 controls; UTF-16:
# private use and lone surrogates); real text, even damaged, to well under 1%.
BINARY_SHARE = 0.08
SAMPLE_CHARS = 65_536
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")


class InputError(Exception):
    """A bad document, with a short error class for errors.jsonl."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text and warnings; raises InputError("binary") for what is not text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise InputError("binary", f"not text: looks like a {kind}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, warnings = _decode_utf16(data)
    elif data.count(b"\x00") > max(8, len(data) // 100):
        raise InputError("binary", "not text: contains many NUL bytes")
    elif data.startswith(UTF8_BOM):
        text, warnings = decode_utf8(data[len(UTF8_BOM) :])
    else:
        text, warnings = _decode_8bit(data)
    _refuse_binary(text)
    return text, warnings


def decode_utf8(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 with each invalid byte sequence replaced by U+FFFD, said in a warning."""
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    bad = _invalid_utf8(data, text)
    return text, [f"not valid UTF-8: {bad} invalid byte sequence(s) replaced with U+FFFD"]


def _invalid_utf8(data: bytes, text: str) -> int:
    return text.count(REPLACEMENT) - data.count(REPLACEMENT.encode())


def _decode_utf16(data: bytes) -> tuple[str, list[str]]:
    warnings = ["decoded as UTF-16 (byte order mark)"]
    try:
        return data.decode("utf-16"), warnings
    except UnicodeDecodeError:
        text = data.decode("utf-16", errors="replace")
    why = "odd length, the incomplete last character" if len(data) % 2 else "lone surrogates"
    return text, [*warnings, f"invalid UTF-16 ({why}): replaced with U+FFFD"]


def _decode_8bit(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 when most non-ASCII bytes form valid UTF-8 (a stray byte is replaced), else
    cp1252, else latin-1 (which decodes anything)."""
    text, warnings = decode_utf8(data)
    if not warnings:
        return text, warnings
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    valid = non_ascii - text.count(REPLACEMENT)
    if valid > _invalid_utf8(data, text):
        return text, warnings
    try:
        return data.decode("cp1252"), ["not UTF-8: decoded as cp1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), ["not UTF-8: decoded as latin-1"]


def _refuse_binary(text: str) -> None:
    sample = _sample(text)
    suspect = len(_NOT_TEXT.findall(sample))
    if sample and suspect / len(sample) > BINARY_SHARE:
        share = 100 * suspect / len(sample)
        raise InputError(
            "binary", f"not text: {share:.0f}% of its characters are controls or undecodable"
        )


def _sample(text: str) -> str:
    """The start, middle and end of a long text: a binary is binary throughout, and
    counting every character of a 5 MB text would cost more than decoding it."""
    if len(text) <= 3 * SAMPLE_CHARS:
        return text
    middle = (len(text) - SAMPLE_CHARS) // 2
    return text[:SAMPLE_CHARS] + text[middle : middle + SAMPLE_CHARS] + text[-SAMPLE_CHARS:]
