"""The per-document time limit holds even when its first alarm is swallowed."""

from __future__ import annotations

import time

from pipeline.run.deadline import Deadline, DocumentTimeout


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_a_timeout_swallowed_once_fires_again():
    # Python only prints an exception raised inside a __del__ (the regex module frees its
    # patterns there): the alarm must come again, or the document runs unbounded
    fired = 0
    with Deadline(0.1):
        for _ in range(2):
            try:
                _busy(5.0)
            except DocumentTimeout:
                fired += 1
    assert fired == 2


def test_no_alarm_after_the_document_ends():
    with Deadline(0.1):
        pass
    _busy(0.5)  # a stray alarm here would raise DocumentTimeout out of the test
