"""A progress bar for `run` on a terminal: documents, docs/s and errors so far.

tqdm (already installed with spaCy) draws it; when stderr is not a terminal nothing is
drawn, so logs stay quiet.
"""

from __future__ import annotations

from types import TracebackType

from tqdm import tqdm


class Progress:
    def __init__(self, enabled: bool) -> None:
        self._bar = tqdm(unit="doc", disable=not enabled, dynamic_ncols=True, smoothing=0.1)
        self._bar.set_postfix(errors=0, refresh=False)
        self._errors = 0

    def update(self, errors: int) -> None:
        self._bar.update(1)
        if errors != self._errors:
            self._errors = errors
            self._bar.set_postfix(errors=errors, refresh=False)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._bar.close()
