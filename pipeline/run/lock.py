"""One run per output directory: an exclusive `flock` on OUTDIR/.lock.

The kernel drops a flock when its holder dies, however it dies, so a killed run never
leaves a stale lock. Forked worker processes would inherit the lock with their file
descriptors and could outlive a killed parent holding it: each child closes its copy
right after the fork. A finished run removes the file; the inode check on taking it
keeps that removal safe against a run that opened the file just before.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

LOCK_NAME = ".lock"

_held: set[int] = set()  # descriptors of the locks this process holds


class OutdirBusy(Exception):
    """Another run holds the output directory."""


def _close_inherited() -> None:
    for fd in _held:
        os.close(fd)
    _held.clear()


os.register_at_fork(after_in_child=_close_inherited)


def lock_outdir(outdir: Path) -> int:
    """Take OUTDIR's lock at once or raise OutdirBusy; returns the descriptor to release."""
    path = outdir / LOCK_NAME
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutdirBusy(
                f"{outdir} is in use by another run (it holds {path}); "
                "wait for it to end or give another output directory"
            ) from None
        if _same_file(fd, path):
            _held.add(fd)
            return fd
        os.close(fd)  # the holder removed the file as we opened it: take the new one


def _same_file(fd: int, path: Path) -> bool:
    try:
        named, held = os.stat(path), os.fstat(fd)
    except FileNotFoundError:
        return False
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def unlock_outdir(outdir: Path, fd: int) -> None:
    """Remove the lock file while still holding it, then release it."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(outdir / LOCK_NAME)
    _held.discard(fd)
    os.close(fd)
