"""`reanalyze` printed "question 2: no words to analyse" for a skipped question, and for a
question with a follow-up "score 32 -> 32" beside "follow-up: score 75 -> 75", while every other
view gives that question 75 (breaker11 D16). A skipped question is now called skipped, a first
answer's own score is marked as the one before its follow-up, and the reply's line gives what
its question now scores. Run as a user runs it, the real CLI in a subprocess, real files."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from simulator.storage.store import SessionStore
from tests.storage.builders import make_turn, new_writer
from tests.trust.helpers import run_cli

# A conflict answer that trails off, then the reply to the probe it draws.
TRAILS_OFF = "well we had words about the rota and then we kind of sorted it out between us"
REPLY = (
    "In the end the two of us split the weekend shifts, I took the Saturdays and she took the "
    "Sundays, and neither of us has asked to swap since."
)


def test_reanalyze_names_the_score_before_and_after_a_follow_up(private_home: Path) -> None:
    result = run_cli(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--json", "--follow-ups",
        "--mode", "drill", "--target", "conflict", "--count", "1", "--seed", "3",
        stdin=f"{TRAILS_OFF}\n\n{REPLY}\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    session = json.loads(result.stdout)["session"]
    turns = SessionStore().load(session).turns
    assert [t.follow_up_of for t in turns] == [None, 1], "the reply followed the first answer"
    again = run_cli(private_home, "reanalyze", session)
    assert again.returncode == 0, again.stderr
    lines = again.stdout.splitlines()
    first = next(line for line in lines if line.startswith("question 1: "))
    reply = next(line for line in lines if line.startswith("question 1 · follow-up: "))
    assert first.endswith(" before its follow-up"), first
    assert "question now" in reply and "score" not in reply, reply


def test_reanalyze_calls_a_skipped_question_skipped(private_home: Path) -> None:
    writer = new_writer(SessionStore())
    writer.add_turn(make_turn(1, text="I split the rota with her and the swaps stopped"))
    skipped = make_turn(2, question_id="deadline", text="", score=None)
    writer.add_turn(replace(skipped, skipped=True))
    writer.finish()
    again = run_cli(private_home, "reanalyze", writer.id)
    assert again.returncode == 0, again.stderr
    line = next(line for line in again.stdout.splitlines() if line.startswith("question 2:"))
    assert "skipped" in line and "no words" not in line, line
