"""Which reader a file's suffix calls. A suffix not listed here is not a document format
pressx reads: inside an input directory such a file is an `unsupported` error line."""

from __future__ import annotations

from collections.abc import Callable

from . import Extracted
from .docx import docx_to_text
from .pdf import pdf_to_text

HTML_SUFFIXES = frozenset({".html", ".htm"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
# Formats that are not text: their bytes go to the reader undecoded.
BINARY_READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".pdf": pdf_to_text,
    ".docx": docx_to_text,
}
DOCUMENT_SUFFIXES = frozenset(
    {".txt", ".jsonl", *HTML_SUFFIXES, *MARKDOWN_SUFFIXES, *BINARY_READERS}
)


def suffix_of(path: str | None) -> str:
    name = (path or "").rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[1].lower() if "." in name.lstrip(".") else ""


def unsupported_message(suffix: str) -> str:
    kind = f"'{suffix}' files" if suffix else "files without a suffix"
    known = ", ".join(sorted(DOCUMENT_SUFFIXES))
    return f"not a document format that can be read ({kind}); readable: {known}"
