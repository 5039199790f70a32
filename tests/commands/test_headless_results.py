"""Every headless mode prints each answer's whole result, as one question does: the score, the
STAR parts (or why STAR does not apply), what to fix, the delivery and the tips, for every
answer and follow-up, from what the session stored. Run as a user runs it, typed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView

# One answer per paragraph, in registers unlike one another; repeated as a session needs. The
# run-on one, second, is too short for its missing task, so a two-question drill asks a follow-up
# (the notes and the non-native answer tell all four parts, and are not too short).
ANSWERS = (
    "ok. clinic, last winter. flu season, queue out the door, 2 h waits. my job: triage desk. "
    "i split walk-ins by symptom, moved the booked ones to the side room. waits down to 40 min "
    "in a week.",
    "so basically the client wanted the app in three weeks and we had like six weeks of work and "
    "I sat down with them and we cut it to the two screens they really needed first and shipped "
    "those on time and the rest came a month later and they signed again the next year",
    "In my former position I was responsible for the monthly stock count and I have found that "
    "the numbers never match because two shifts use different sheets, so I made one sheet and "
    "I explained it to both teams, and after that the difference was less than one percent.",
)


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Piped answers with `--follow-ups`: each follow-up is asked and takes the next one."""
    stdin = "".join(f"{ANSWERS[i % len(ANSWERS)]}\n\n" for i in range(16))
    command = ("practice", "--no-tui", "--silent", "--typed", "--follow-ups")
    return subprocess.run(
        [sys.executable, "-m", "simulator", *command, *args],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(home)},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "mode",
    [
        (),
        ("--mode", "full", "--count", "5", "--seed", "3"),
        ("--mode", "full", "--persona", "recruiter", "--persona", "peer", "--seed", "4"),
        ("--mode", "drill", "--count", "2"),
        ("--mode", "presentation"),
    ],
    ids=["one-question", "full", "panel", "drill", "presentation"],
)
def test_each_answer_gets_its_whole_result(
    private_home: Path, no_audio_devices: None, mode: tuple[str, ...]
) -> None:
    result = _run(private_home, *mode)
    assert result.returncode == 0, result.stderr
    (session,) = SessionStore().list_sessions()
    turns = SessionStore().load(session.id).turns
    analysed = [turn for turn in turns if turn.analysis]
    assert len(analysed) == len(turns) >= 1
    out = result.stdout
    # A reply judged against its probe has no score of its own: it says what it gave and what
    # its question scores now.
    replies = {turn.number for turn in analysed if AnswerView.of(turn).probe is not None}
    assert out.count("\nScore ") == len(analysed) - len(replies), out
    assert out.count("\nFollow-up: ") == len(replies), out
    assert out.count("\nDelivery:\n") == len(analysed)
    assert out.count("(typed: no timing)") == len(analysed)
    for turn in analysed:
        view = AnswerView.of(turn)
        if turn.number in replies:
            assert f"question now {turn.score:.0f}/100" in out
        else:
            assert f"Score {turn.score:.0f}/100" in out
        for tip in view.tips:
            assert " ".join(tip.split()) in " ".join(out.split())
    behavioral = [turn for turn in analysed if turn.question_kind == "behavioral"]
    asked = [turn for turn in behavioral if turn.number not in replies]
    assert out.count("\nSTAR ") == len(asked)
    assert out.count("\nQuestion's STAR now ") == len(behavioral) - len(asked)
    if any(turn.question_kind == "presentation" for turn in analysed):
        assert "STAR: not a STAR answer" in out
    if len(mode) > 1:
        assert "Follow-up (" in out, "a session's follow-ups are answered and reported too"
