"""A live typed mock at a real terminal (a pty): an empty answer (Enter where an answer should
start, and Enter again) asks before it ends anything, and the answer typed after it is kept;
only Enter once more ends the session, which is then saved as interrupted (ended early), not as
finished."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from simulator.storage.store import SessionStore
from tests.tui.test_interrupt import Terminal

PROMPT = b"Type your answer; finish with an empty line"
ASKS = b"Nothing typed. Type your answer, or press Enter again to end the session here"
# A tram driver's two answers, short sentences with numbers, both said on one line each.
FIRST = b"Depot, winter 2023, points froze twice. I was shift lead. I had them heated at 4 a.m."
SECOND = b"Line 7 ran late every Friday. I asked for two extra drivers, it ran on time after."


def wait_for_count(terminal: Terminal, text: bytes, count: int, timeout_s: float = 120.0) -> None:
    """Until `text` was written `count` times (the guard fails the test, it never passes it)."""
    deadline = time.monotonic() + timeout_s
    while terminal.output.count(text) < count:
        if terminal.process.poll() is not None or time.monotonic() > deadline:
            tail = bytes(terminal.output[-600:])
            raise AssertionError(f"{text!r} x{count}; last output: {tail!r}")
        time.sleep(0.05)


@pytest.mark.slow(seconds=10)
def test_one_stray_enter_asks_and_two_end_the_mock_early(private_home: Path) -> None:
    env = dict(os.environ, TERM="xterm-256color", INTERVIEW_SIM_HOME=str(private_home))
    argv = [
        sys.executable, "-m", "simulator", "practice", "--no-tui", "--typed", "--silent",
        "--bank", "behavioral", "--mode", "drill", "--count", "4",
        "--no-follow-ups",
    ]
    terminal = Terminal(argv, env, Path(__file__).parents[2])
    try:
        wait_for_count(terminal, PROMPT, 1)
        terminal.send(FIRST + b"\n\n")
        wait_for_count(terminal, PROMPT, 2)
        terminal.send(b"\n\n")  # an empty answer (Enter, Enter): asked, not ended
        wait_for_count(terminal, ASKS, 1)
        terminal.send(SECOND + b"\n\n")
        wait_for_count(terminal, PROMPT, 3)
        terminal.send(b"\n\n")
        wait_for_count(terminal, ASKS, 2)
        terminal.send(b"\n")  # Enter again: the session ends here
        assert terminal.process.wait(timeout=120) == 0
    finally:
        terminal.close()
    said = bytes(terminal.output).decode("utf-8", "replace")
    assert "you ended the session early (1 more question not asked)" in said, said[-800:]

    (summary,) = SessionStore().list_sessions()
    record = SessionStore().load(summary.id)
    assert record.status == "interrupted"
    assert [" ".join(t.transcript["text"].split()) for t in record.turns] == [
        FIRST.decode(), SECOND.decode()
    ]


def test_ending_on_the_last_question_says_so() -> None:
    # breaker10 D28: "(0 more questions not asked)" when the last question went unanswered.
    from simulator.commands.practice import ended_early_note

    assert "(the last question was not answered)" in ended_early_note(0)
    assert "(2 more questions not asked)" in ended_early_note(2)
