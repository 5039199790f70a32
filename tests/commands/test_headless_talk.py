"""A talk is not a STAR story: headless it prints its review (its time against the slot, its
opening, main points and close) instead of a row of "Other" pieces, the export writes that
review, and the senior leader's "headline first" is heard from the talk's own words, not from a
STAR order a talk does not have (new-user report 5, item 9: S/T/A/R bars on a market analysis).
Run as a user runs it, typed."""

from __future__ import annotations

from pathlib import Path

from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView, talk_review
from tests.support.program import run_program

# A depot planner's case talk, terse, a recommendation up front.
TALK = (
    "In short: we should not launch in Austria next year, we should test with one customer "
    "first. I will cover three things: demand, cost and a test. First, demand. Our three "
    "biggest shippers send four percent of volume there. Second, cost. A depot costs more "
    "than two years of that margin. Third, a test. Run it through a partner for six months "
    "and count the parcels. To sum up: test before we build."
)


def test_a_talk_prints_and_exports_its_review_and_no_star_parts(
    private_home: Path, no_audio_devices: None
) -> None:
    result = run_program(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--mode", "presentation",
        "--exercise", "case-new-market", "--persona", "senior-leader", stdin=f"{TALK}\n\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (session,) = SessionStore().list_sessions()
    (turn,) = SessionStore().load(session.id).turns
    view = AnswerView.of(turn)
    review = talk_review(view)
    assert review and review[0].startswith("Talk: a 300 s slot · opening ✓ · 3 main points")
    for line in review:
        assert f"  {line}\n" in result.stdout
    assert "STAR: not a STAR answer" in result.stdout
    assert "[Other" not in result.stdout and "[Situation" not in result.stdout
    # "In short: ..." is the headline first, for a talk as for a story.
    assert view.audience is not None and "Headline first" in view.audience.spoken_to
    assert "open with the outcome" not in result.stdout

    report = private_home / "talk.md"
    exported = run_program(private_home, "export", session.id, "-o", str(report))
    assert exported.returncode == 0, exported.stderr
    text = report.read_text()
    assert "Your talk:\n" in text and f"- {review[0]}\n" in text
    assert "STAR:" not in text
