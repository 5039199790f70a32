"""Keeps what C libraries print from tearing the interview room's screen.

PortAudio and alsa-lib write their warnings (an ALSA underrun, a device that went away) straight
to file descriptor 2, below Python. Textual draws the whole app on that same descriptor (its
driver writes to sys.__stderr__), so such a line lands in the middle of the screen and stays
there until the next full repaint. While the app runs, the app draws on a duplicate of the
terminal's descriptor and descriptor 2 goes to a log file in the data home; afterwards one line
says where the messages went, if there were any."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from simulator import locations
from simulator.private_files import open_private, private_dir

LOG_LIMIT_BYTES = 256 * 1024
"""A log past this size starts again: it holds the last few runs, not a history."""


def library_log_path() -> Path:
    return locations.data_home() / "logs" / "libraries.log"


@contextmanager
def library_messages_to(log_path: Path) -> Iterator[None]:
    """Send what is written to descriptor 2 to `log_path`, keeping Python's and Textual's
    output (sys.stderr, sys.__stderr__) on the terminal. Where the log cannot be written (a
    read-only data home), the messages stay on the terminal: untidy, but nothing fails."""
    try:
        private_dir(log_path.parent)
        if log_path.is_file() and log_path.stat().st_size > LOG_LIMIT_BYTES:
            log_path.unlink()
        # A link is refused (ELOOP): the log never writes through it to another file.
        log_fd = open_private(log_path, append=True)
    except OSError:
        yield
        return
    size_before = os.fstat(log_fd).st_size
    original = sys.__stderr__
    sys.stderr.flush()
    terminal = os.fdopen(
        os.dup(2),
        "w",
        encoding=original.encoding if original else "utf-8",
        errors="backslashreplace",
        buffering=1,  # line buffered, as a terminal stderr is
    )
    saved = (sys.stderr, sys.__stderr__)
    os.dup2(log_fd, 2)
    sys.stderr = terminal
    # Textual's driver draws on sys.__stderr__, read when the app starts: the only way to keep
    # it on the terminal while descriptor 2 points elsewhere. Restored below.
    setattr(sys, "__stderr__", terminal)  # noqa: B010 (typeshed marks it Final)
    try:
        yield
    finally:
        # A closed terminal (SIGHUP) refuses the last frame's bytes (EIO): nobody can see
        # them, so that is not an error worth a traceback.
        with suppress(OSError):
            terminal.flush()
        os.dup2(terminal.fileno(), 2)
        sys.stderr = saved[0]
        setattr(sys, "__stderr__", saved[1])  # noqa: B010
        with suppress(OSError):
            terminal.close()
        grew = os.fstat(log_fd).st_size > size_before
        os.close(log_fd)
        if grew:
            with suppress(OSError):
                print(
                    f"Audio and speech libraries printed messages; see {log_path}",
                    file=sys.stderr,
                )
