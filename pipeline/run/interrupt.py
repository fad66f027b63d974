"""Interrupting a run: SIGINT, SIGTERM and SIGHUP end it between two output lines.

SIGINT raises KeyboardInterrupt (Python's default); `interruptible` makes SIGTERM and
SIGHUP raise `Interrupted` the same way, so the output is closed and synced on the way
out. The exit status is 128 + the signal's number, what a shell reports for a process the
signal killed: 130 (SIGINT), 143 (SIGTERM), 129 (SIGHUP). `signals_deferred` holds these
signals back while a line is written, so an interruption never tears one.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

ENDING = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupted(BaseException):
    """A terminating signal reached the run (BaseException: no `except Exception` eats it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_status(self) -> int:
        return 128 + self.signum


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Interrupted inside the block (main thread only)."""
    if not _in_main_thread():
        yield
        return
    owner = os.getpid()

    def handler(signum: int, frame: FrameType | None) -> None:
        if os.getpid() != owner:  # a forked worker inherited it: die as before
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        raise Interrupted(signum)

    previous = {signum: signal.signal(signum, handler) for signum in ENDING[1:]}
    try:
        yield
    finally:
        for signum, action in previous.items():
            signal.signal(signum, action)


@contextmanager
def signals_deferred() -> Iterator[None]:
    """The signals that end a run wait until the block is done (they are blocked, then
    delivered at its end)."""
    if not _in_main_thread():
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, ENDING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
