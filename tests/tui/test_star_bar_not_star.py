"""The feedback panel of a turn that is not a STAR answer (a talk, the candidate's own
questions) says so instead of listing four missing parts, and a talk shows its structure there;
a STAR answer still shows its parts."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult

from simulator.interview.judging import AnalysisRequest, judge
from simulator.speech.stt import Transcript
from simulator.storage.views import NOT_STAR_ANSWER, AnswerView
from simulator.tui.widgets.feedback import FeedbackView, StarBar


class _Holder(App[None]):
    def compose(self) -> ComposeResult:
        yield FeedbackView()


def _view(text: str, question: str, kind: str) -> AnswerView:
    request = AnalysisRequest(question, kind, None, slot_s=180.0)  # type: ignore[arg-type]
    _, stored = judge(request, Transcript.from_text(text))
    return AnswerView.from_parts(stored, Transcript.from_text(text).to_dict())


def _bar_text(view: AnswerView) -> str:
    async def scenario() -> str:
        app = _Holder()
        async with app.run_test(size=(100, 30)) as pilot:
            app.query_one(FeedbackView).show(view)
            await pilot.pause()
            return str(app.query_one(StarBar).render())

    return asyncio.run(scenario())


def test_the_candidates_questions_and_a_talk_are_not_star_answers() -> None:
    asked = _view(
        "How does the night shift hand over to the day team? And who decides which repairs "
        "wait until Monday?",
        "Do you have any questions for us?", "questions_to_ask",
    )
    talk = _view(
        "Good morning. My proposal is one shared parts shelf for both workshops. First, the "
        "cost. Second, the time saved. To close: try it for a month and count the trips.",
        "Prepare a presentation on a change you would make.", "presentation",
    )
    assert asked.star_note == NOT_STAR_ANSWER
    # A talk shows what it is judged on instead: its structure, as the domain reads it.
    assert talk.star_note.startswith(
        f"{NOT_STAR_ANSWER}: a talk · opening ✓ · 2 main points · close "
    ), talk.star_note
    for view in (asked, talk):
        assert not view.has_star
        shown = _bar_text(view)
        assert view.star_note in shown and "missing" not in shown
        assert not any(f"[{part}]" in shown for part in "STAR")  # no STAR gaps


def test_a_story_still_shows_its_parts_and_what_is_missing() -> None:
    story = _view(
        "Last autumn our bakery lost its night baker. I took the early shift myself and "
        "trained a student in two weeks.",
        "Tell me about a time you covered for a colleague.", "behavioral",
    )
    assert story.star_note == ""
    shown = _bar_text(story)
    assert "Action" in shown and NOT_STAR_ANSWER not in shown
