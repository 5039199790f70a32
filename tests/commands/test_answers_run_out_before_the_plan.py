"""Piped answers that run out before a planned question is answered leave the session
interrupted, and the run says how many planned questions went unanswered (breaker16 D24: a
drill of three given two answers was saved "finished", and neither `sessions` nor the export
said one question was never answered). New answers of our own."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.storage.store import SessionStore
from tests.trust.helpers import run_cli

# Two short stories of a ferry deckhand.
ANSWERS = (
    "Last August the car ramp on our ferry jammed at the Cowes end. I was the senior deckhand, "
    "so getting the cars off was mine. I chocked the ramp by hand and waved the cars off one "
    "lane at a time. We sailed twenty minutes late instead of cancelling.",
    "A new deckhand kept forgetting the lifejacket count. I made him a card with the lockers "
    "in order and checked it with him for a week. He has not missed a count since.",
)


def test_a_drill_whose_answers_run_out_is_saved_as_interrupted(private_home: Path) -> None:
    result = run_cli(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--json",
        "--bank", "behavioral", "--mode", "drill", "--count", "3", "--seed", "4",
        stdin=f"{ANSWERS[0]}\n\n{ANSWERS[1]}\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    said = result.stdout + result.stderr
    assert "1 planned question not answered" in said, said
    record = SessionStore().load(json.loads(result.stdout)["session"])
    assert len(record.turns) == 2
    assert record.status == "interrupted"


def test_a_drill_answered_to_the_end_is_finished(private_home: Path) -> None:
    result = run_cli(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--json",
        "--bank", "behavioral", "--mode", "drill", "--count", "2", "--seed", "4",
        stdin=f"{ANSWERS[0]}\n\n{ANSWERS[1]}\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "not answered" not in result.stdout + result.stderr
    record = SessionStore().load(json.loads(result.stdout)["session"])
    assert record.status == "finished"
