"""A progress bar for `run` on a terminal: documents, percentage, ETA, docs/s and errors.

tqdm (already installed with spaCy) draws it; when stderr is not a terminal nothing is
drawn, so logs stay quiet. When the inputs are files or directories the number of
documents is counted up front (`count_documents`: one per file, one per non-blank line of
a .jsonl corpus, without parsing them), so the bar shows the total, a percentage and an
ETA; for stdin only the count so far.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

from tqdm import tqdm

from ..input.ingest import iter_paths

_CHUNK = 1 << 20


def count_documents(inputs: Iterable[str], skip: Path | None = None) -> int | None:
    """How many documents (records plus error lines) the inputs make; None for stdin."""
    total = 0
    for item in iter_paths(inputs, skip):
        if item == "-":
            return None
        if isinstance(item, str) and item.lower().endswith(".jsonl"):
            total += _jsonl_lines(item)
        else:
            total += 1  # a file, or an input that becomes one error line
    return total


def _jsonl_lines(path: str) -> int:
    """Non-blank lines (ingest skips blank ones), read in bounded pieces so a huge line is
    never held whole; an unreadable file is one error line."""
    count, blank = 0, True
    try:
        with open(path, "rb") as f:
            while piece := f.readline(_CHUNK):
                blank = blank and not piece.strip()
                if piece.endswith(b"\n"):
                    count, blank = count + (not blank), True
    except OSError:
        return 1
    return count + (not blank)


class Progress:
    def __init__(self, enabled: bool, total: int | None = None) -> None:
        self._bar = tqdm(
            total=total, unit="doc", disable=not enabled, dynamic_ncols=True, smoothing=0.1
        )
        self._bar.set_postfix(errors=0, refresh=False)
        self._errors = 0

    def update(self, errors: int) -> None:
        self._bar.update(1)
        if errors != self._errors:
            self._errors = errors
            self._bar.set_postfix(errors=errors, refresh=False)

    @property
    def text(self) -> str:
        """The bar as it would be drawn now (for tests and logs)."""
        return str(self._bar)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._bar.close()
