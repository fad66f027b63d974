"""PDF releases to text with pypdf: the text layer page by page, each printed line a line,
words hyphenated at a line end joined again.

A PDF without a text layer (a scan), an encrypted one that opens only with a password, or
a damaged file is a FormatError with the reason: never an empty record."""

from __future__ import annotations

import io
import logging
from functools import cache

import regex
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from ...language.resources import read_lines
from . import Extracted, FormatError

# pypdf warns through logging about every oddity of a producer; the text is what counts.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# "arbets-\nmarknaden": a lower-case word part before and after a hyphen at the line end.
_HYPHENATED = regex.compile(r"(?<=\p{Ll}\p{Ll})-[ \t]*\n[ \t]*(?=(\p{Ll}+))")


@cache
def _keep_hyphen_before() -> frozenset[str]:
    """Words after which a line-end hyphen is Swedish's shared compound part, kept:
    "bistånds- och utrikesminister"."""
    return frozenset(read_lines("hyphen_keep_before.txt"))


def join_hyphenated(text: str) -> str:
    def join(m: regex.Match[str]) -> str:
        return "-\n" if m.group(1) in _keep_hyphen_before() else ""

    return _HYPHENATED.sub(join, text)


def pdf_to_text(data: bytes) -> Extracted:
    reader = _open(data)
    try:
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:  # pypdf raises many kinds on damaged streams: this file only
        raise FormatError("corrupt", f"the PDF's pages cannot be read: {exc}") from None
    text = "\n\n".join(_page_lines(page) for page in pages)
    if not text.strip():
        raise FormatError("no_text_layer", "the PDF has no text layer (a scanned image?)")
    return Extracted(join_hyphenated(text).strip())


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("encrypted", "the PDF is encrypted and needs a password")
        return reader
    except (FileNotDecryptedError, DependencyError) as exc:
        raise FormatError("encrypted", f"the PDF is encrypted: {exc}") from None
    except FormatError:
        raise
    except Exception as exc:  # as above
        raise FormatError("corrupt", f"not a readable PDF: {exc}") from None


def _page_lines(page: str) -> str:
    return "\n".join(line.rstrip() for line in page.replace("\r", "\n").split("\n"))
