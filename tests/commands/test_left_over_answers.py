"""Answers piped into `practice --no-tui --typed` beyond the last question were dropped without
a word (breaker13 B22): the user, who wrote them for a follow-up that never came or for a
question the plan did not hold, could not tell that they went unread. The session now says in
one line how many were not used and how each begins; the session itself is saved as before."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.commands.practice import left_over_note
from simulator.storage.store import SessionStore
from tests.trust.helpers import run_cli

# A whole answer for the one question, then two paragraphs meant for probes that never came.
STORY = (
    "In spring our allotment society lost its water supply for a week, and I was the plot "
    "secretary, so finding water for forty plots fell to me. I borrowed two tanks from the "
    "farm next door and set a rota for filling them. No plot lost its seedlings that week."
)
SPARE_ONE = "Nobody told me to; the tanks were my idea because the farmer was my neighbour."
SPARE_TWO = "The rota had two people a day, and each filled the tanks before eight."


def test_answers_left_over_after_the_last_question_are_counted_in_one_note(
    private_home: Path,
) -> None:
    stdin = f"{STORY}\n\n{SPARE_ONE}\n\n\n{SPARE_TWO}\n"
    result = run_cli(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--json",
        "--bank", "behavioral", stdin=stdin,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "not used" in line]
    assert notes == [
        "note: 2 typed answers were not used (no question was left for them): "
        "\u201cNobody told me to; the tanks were my idea because the…\u201d; "
        "\u201cThe rota had two people a day, and each filled the tanks…\u201d"
    ], result.stderr[-1500:]
    session = json.loads(result.stdout)["session"]
    (turn,) = SessionStore().load(session).turns
    assert turn.transcript["text"] == STORY, "the first paragraph still answers the question"


def test_no_note_when_every_answer_met_a_question(private_home: Path) -> None:
    result = run_cli(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--bank", "behavioral",
        stdin=f"{STORY}\n\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "not used" not in result.stdout


def test_answer_files_left_over_are_named() -> None:
    assert left_over_note(["third.wav"], files=True) == (
        "note: 1 answer file was not used (no question was left for it): third.wav"
    )
