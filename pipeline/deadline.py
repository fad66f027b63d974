"""A per-document time limit, by SIGALRM, for the process that runs the pipeline.

`DocumentTimeout` derives from BaseException so that a component's `except Exception`
cannot swallow it. Signals only reach the main thread: elsewhere (a Dask worker thread,
say) the limit is off and `Deadline.active` is False.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType, TracebackType
from typing import Any


class DocumentTimeout(BaseException):
    """Raised inside processing when a document runs past its time limit."""


def _raise_timeout(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


class Deadline:
    """`with Deadline(seconds) as d:` arms a timer; `d.reset()` gives a fresh `seconds`."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or 0.0
        self.active = (
            self.seconds > 0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
        )
        self._previous: Any = None

    def reset(self) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __enter__(self) -> Deadline:
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, _raise_timeout)
            self.reset()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
