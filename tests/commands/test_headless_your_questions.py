"""Headless your-questions prints the review the room shows (each question's depth, which a
quick web search would answer) from the stored analysis, and neither it nor the exported report
holds a tip meant for answers (a length target, a STAR part). Run as a user runs it, typed."""

from __future__ import annotations

from pathlib import Path

from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView, asked_review
from tests.support.program import run_program

MINE = (
    "Sorry, quick ones. when was the company founded? and what is the thing your support team "
    "finds hardest right now?"
)


def test_headless_your_questions_prints_the_review_and_no_answer_tips(
    private_home: Path, no_audio_devices: None
) -> None:
    result = run_program(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--mode", "your-questions",
        stdin=f"{MINE}\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (session,) = SessionStore().list_sessions()
    (turn,) = SessionStore().load(session.id).turns
    review = asked_review(AnswerView.of(turn))
    assert any(line.startswith("Shows depth: ") and "hardest" in line for line in review)
    assert any(
        line.startswith("A quick web search would answer: ") and "founded" in line
        for line in review
    )
    for line in review:  # the same lines, from the same stored result
        assert f"  {line}\n" in result.stdout
    assert "Too short" not in result.stdout

    report = private_home / "report.md"
    exported = run_program(private_home, "export", session.id, "--format", "md", "-o", str(report))
    assert exported.returncode == 0, exported.stderr
    text = report.read_text()
    assert "A quick web search would answer: " in text
    assert "Too short" not in text and "target time" not in text
    assert "STAR:" not in text


def test_every_typed_paragraph_is_one_of_the_candidates_questions(
    private_home: Path, no_audio_devices: None
) -> None:
    # Terse, one per paragraph, the second one unpunctuated; trailing blank lines as a user
    # piping a file would leave them.
    stdin = "revenue last year?\n\nhow do u decide who is right hire for this team\n\n\n"
    result = run_program(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--mode", "your-questions",
        stdin=stdin,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (session,) = SessionStore().list_sessions()
    (turn,) = SessionStore().load(session.id).turns
    asked = [q["text"] for q in turn.analysis["candidate_questions"]["questions"]]
    assert asked == ["revenue last year?", "how do u decide who is right hire for this team"]
    assert "no more answers" not in result.stdout
    # What is said fits the mode and the session: no round-one notes, the candidate asks.
    assert "Hi, I'm Maya, and this role would report to me.\n" in result.stdout
    assert "second round" not in result.stdout and "stories beat theory" not in result.stdout
