"""A per-document time limit, by SIGALRM, for the process that runs the pipeline.

`DocumentTimeout` derives from BaseException so that a component's `except Exception`
cannot swallow it. Signals only reach the main thread: elsewhere (a Dask worker thread,
say) the limit is off and `Deadline.active` is False.

SIGALRM cannot interrupt a long C call (a regex search, spaCy's tokenizer), so a worker
process also reports each (re)start of its clock to its supervisor (`watch`), which kills
the worker when the clock runs past the limit plus a margin. Each start names the
document now being processed, or None while several are (a batch through the NER).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import Any

Listener = Callable[[Any], None]
_listener: Listener | None = None
# After the first alarm, it fires again this often until the document ends: an exception
# raised inside a __del__ (the regex module frees patterns there) is only printed by
# Python, so a single alarm could be lost and the limit with it.
REPEAT_SECONDS = 0.25


class DocumentTimeout(BaseException):
    """Raised inside processing when a document runs past its time limit."""


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


@contextmanager
def watch(listener: Listener) -> Iterator[None]:
    """Call `listener(doc)` at each start of a Deadline's clock while inside."""
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous


class Deadline:
    """`with Deadline(seconds, doc) as d:` arms a timer for `doc` (None: several
    documents); `d.reset(doc)` gives a fresh `seconds` to the next one."""

    def __init__(self, seconds: float | None, doc: Any = None) -> None:
        self.seconds = seconds or 0.0
        self.doc = doc
        self.active = (
            self.seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )
        self._previous: Any = None

    def reset(self, doc: Any = None) -> None:
        self.doc = doc
        if _listener is not None:
            _listener(doc)
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT_SECONDS)

    def __enter__(self) -> Deadline:
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, _raise_timeout)
        self.reset(self.doc)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
