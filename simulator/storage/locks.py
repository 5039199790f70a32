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

from simulator.private_files import TEMP_SUFFIX, open_private
from simulator.storage.files import LOCK_FILE


def hold_lock(folder: Path) -> IO[bytes]:
    """An exclusive flock held for as long as the writer lives; the kernel drops it when the
    process dies, however it dies.

    A new lock file is locked under a temporary name and then linked into place, so nobody
    ever finds the lock file present but free while its writer is starting (recovery would
    take the folder for an abandoned one)."""
    lock_path = folder / LOCK_FILE
    if lock_path.exists():
        handle = os.fdopen(open_private(lock_path, read_only=True), "rb")
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return handle
    temp = folder / f"{LOCK_FILE}.{os.getpid()}{TEMP_SUFFIX}"
    handle = os.fdopen(open_private(temp, read_only=True), "rb")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.link(temp, lock_path)
    except BaseException:
        handle.close()
        raise
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
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
