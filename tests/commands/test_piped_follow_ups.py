"""Answers piped into `practice --no-tui --typed --mode ...` are written in plan order, but a
weak answer drew a follow-up that took the next paragraph, so every prepared answer after it
landed on the wrong question. From a pipe, follow-ups are now off unless --follow-ups asks for
them: each answer meets its planned question, and the follow-up that would have come is printed
as a note. Run as a user runs it; what was stored is read back."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.storage.store import SessionStore
from tests.trust.helpers import run_cli

# Written in advance for a two-question conflict drill: a first answer that trails off (it
# draws a follow-up), then a whole story for the second question.
VAGUE = "we sorted it out between us in the end, it was ok i think"
STORY = (
    "Last March at the parcel hub the night lead wanted to cut the second sort, and I was the "
    "shift planner so the rota was mine. I went through three weeks of scans with him, showed "
    "him the late vans, and we kept the sort for Mondays only. Late vans dropped from nine a "
    "week to two."
)
DRILL = ("--mode", "drill", "--target", "conflict", "--count", "2", "--seed", "3")


def _drill(home: Path, *extra: str) -> tuple[list[tuple[int | None, str]], str]:
    stdin = f"{VAGUE}\n\n{STORY}\n\n"
    result = run_cli(
        home, "practice", "--no-tui", "--silent", "--typed", "--json", *DRILL, *extra,
        stdin=stdin,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    session = json.loads(result.stdout)["session"]
    turns = SessionStore().load(session).turns  # `home` is this test's private home
    return [(turn.follow_up_of, turn.transcript["text"]) for turn in turns], result.stderr


def test_piped_answers_meet_their_planned_questions(private_home: Path) -> None:
    stored, said = _drill(private_home)
    assert stored == [(None, VAGUE), (None, STORY)], "the story answers the second question"
    notes = [line for line in said.splitlines() if line.startswith("note: follow-up")]
    assert notes, "the follow-up the vague answer drew is said, not asked"
    assert notes[0].startswith(
        "note: follow-up not asked, as the answers come from standard input (--follow-ups asks"
    )


def test_follow_ups_asked_for_take_the_next_answer(private_home: Path) -> None:
    stored, said = _drill(private_home, "--follow-ups")
    assert stored[:2] == [(None, VAGUE), (1, STORY)], "the reply to the follow-up"
    assert "Follow-up (" in said and "follow-up not asked" not in said


def test_help_says_how_follow_ups_meet_piped_answers(tmp_path: Path) -> None:
    shown = " ".join(run_cli(tmp_path / "home", "practice", "--help").stdout.split())
    assert "--follow-ups asks them anyway (the next answer is then the reply)" in shown
    assert "off when answers come from --answer-from files or a pipe" in shown
