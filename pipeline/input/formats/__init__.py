"""Readers of the document formats users have: each turns one file's content into text
(paragraphs as lines) plus what the file itself says about the document (`title`,
`published`). `ingest` picks the reader by the file's suffix."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class FormatError(Exception):
    """A file of a known format that holds no readable document; `error` is its class."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error


@dataclass
class Extracted:
    """A document's text and the metadata its format carried."""

    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def with_title(text: str, title: str | None) -> str:
    """The text opening with its title, so the record's title (its first line) is the
    document's and not a navigation bar or a date line above it."""
    title = " ".join((title or "").split())
    if not title:
        return text
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return text if first == title else f"{title}\n\n{text}"
