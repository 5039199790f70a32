"""Closing the terminal (SIGHUP) or SIGTERM (logout, shutdown) mid-answer lost the typed draft
that Ctrl-C keeps, left the session "in_progress", and SIGTERM left the app's last frame on
the screen with "Terminated" printed into it. Now both keep the draft as an interrupted answer,
end the session as interrupted, hand the terminal back (SIGTERM) and exit with the status a
shell gives a process ended by the signal (143, 129). The real app in a real pty, typed mode
(no sound card), the signal sent to the real process; the session read back from disk."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pytest

from simulator.storage.store import SessionStore
from tests.support import virtual_audio as va
from tests.tui.test_interrupt import Terminal

DRAFTS = {
    signal.SIGTERM: "half an answer typed before the window shrinks, the rota for nights",
    signal.SIGHUP: "draft two, this is half of my answer about the audit and i was going",
}


@pytest.mark.slow(seconds=15)
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["term", "hup"])
def test_a_signal_mid_answer_keeps_the_draft_and_ends_the_session(
    private_home: Path, signum: signal.Signals
) -> None:
    env = dict(os.environ, TERM="xterm-256color", ALSA_CONFIG_PATH=va.SYSTEM_ALSA_CONF)
    env.pop("PULSE_SERVER", None)
    env["INTERVIEW_SIM_HOME"] = str(private_home)
    root = Path(__file__).resolve().parents[2]
    draft = DRAFTS[signum]
    terminal = Terminal([sys.executable, "-m", "simulator"], env, root)
    try:
        terminal.wait_for(b"Hiring manager", 60)
        terminal.send(b"\r")
        terminal.wait_for(b"Send answer", 90)  # the footer's keys: the answer box has focus
        terminal.send(draft.encode())
        terminal.wait_for(draft[-12:].encode(), 30)  # drawn in the answer box
        if signum == signal.SIGHUP:  # the window is gone: nothing can be drawn or read now
            os.close(terminal.master)
            terminal.master = os.open(os.devnull, os.O_RDWR)
        terminal.process.send_signal(signum)
        status = terminal.process.wait(timeout=120)
    finally:
        terminal.close()

    output = bytes(terminal.output)
    assert status == 128 + signum, output[-600:]
    if signum == signal.SIGTERM:
        assert output.rfind(b"\x1b[?1049l") > output.rfind(b"\x1b[?1049h"), "screen handed back"
        assert output.rfind(b"\x1b[?25h") > output.rfind(b"\x1b[?25l"), "the cursor is shown"
        assert b"Saved session" in output and b"interview-sim: terminated" in output
    (listed,) = SessionStore().list_sessions()
    record = SessionStore().load(listed.id)
    assert record.status == "interrupted"
    (turn,) = record.turns
    assert turn.transcript["text"] == draft
    assert turn.interrupted and turn.ended_by == "interrupt" and turn.answer_mode == "typed"
