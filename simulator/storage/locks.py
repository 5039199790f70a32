"""The writer lock of a session folder: an flock on its lock file. A session being recorded holds
it; `SessionStore` uses it to tell a crashed session (lock free) from one another copy of the app
is still writing (lock held), and to refuse deleting or rewriting a session being recorded."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from simulator.private_files import open_private
from simulator.storage.files import LOCK_FILE


def hold_lock(folder: Path) -> IO[bytes]:
    """An exclusive flock held for as long as the writer lives; the kernel drops it when the
    process dies, however it dies."""
    fd = open_private(folder / LOCK_FILE, read_only=True)
    handle = os.fdopen(fd, "rb")
    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle


@contextlib.contextmanager
def try_lock(folder: Path) -> Iterator[bool]:
    """True inside the block if nobody else holds the session's writer lock."""
    lock_path = folder / LOCK_FILE
    try:
        fd = os.open(lock_path, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:
        yield True
        return
    except OSError:
        yield False
        return
    with os.fdopen(fd, "rb") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
