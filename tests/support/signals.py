"""Ctrl-C for the programs the tests start. A terminal's Ctrl-C is SIGINT; a program inherits
what its parent did with SIGINT: an ignored or blocked SIGINT stays ignored or blocked across
exec, and Python started with SIGINT ignored installs no KeyboardInterrupt. A non-interactive
shell starts every background command (`pytest ... &`, `nohup`) with SIGINT ignored, so a test
run started that way would hand every program it starts a SIGINT that does nothing: the typed
Ctrl-C test then saw exit 0 and no interrupted turn. A caught signal is reset to its default on
exec, so a test process that catches SIGINT itself gives its programs what a terminal gives
them."""

from __future__ import annotations

import signal
from pathlib import Path

SIGINT_BIT = 1 << (signal.SIGINT - 1)
"""SIGINT's bit in the masks of /proc/<pid>/status (SigIgn, SigBlk, SigCgt)."""


def let_ctrl_c_reach_children() -> None:
    """In the test process (tests/conftest.py, every xdist worker): SIGINT raises
    KeyboardInterrupt as in any Python started from a terminal, and is not blocked. Only this
    process's own disposition changes; what a program does with its SIGINT is its own."""
    if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def sigint_masks(pid: int | str = "self") -> tuple[bool, bool]:
    """(ignored, blocked) for SIGINT in process `pid`, in the kernel's view, which also sees what
    a C library set."""
    status = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    ignored, blocked = (int(status[mask], 16) & SIGINT_BIT for mask in ("SigIgn", "SigBlk"))
    return bool(ignored), bool(blocked)


def assert_ctrl_c_reaches_children() -> None:
    """Every test that sends a program a Ctrl-C checks first that the program can get it: a
    program this process starts would inherit an ignored or blocked SIGINT. None of the tests
    changed it in a loaded full run; this names the cause if anything ever does (a run started
    without tests/conftest.py, or a library that blocks signals in the thread that starts it)."""
    ignored, blocked = sigint_masks()
    assert not ignored, "SIGINT is ignored in this test process: its programs would ignore Ctrl-C"
    assert not blocked, "SIGINT is blocked in this test process: its programs would not get Ctrl-C"
