"""A talk laid out by its sections ("Days thirty to sixty: ...") has main points, and one that
opens "My message today: ..." has an opening: the new user was told "Mark your main points ...
first, next, finally" and "opening ✗" on such a talk (new-user report 5, item 7). One main
point is shown as "1 main point"."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.presentation import review_presentation
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView
from simulator.tui.widgets.feedback import review_lines

# A new plant manager's 90-day plan, terse, sections named by their days.
PLAN = (
    "My message today: keep the line running while we fix the changeover. Three phases. "
    "First thirty days, I stand on the floor every shift and I write down every stop longer "
    "than five minutes. Days thirty to sixty, we take the three worst stops and the fitters "
    "and I trial one fix each, one week per fix. Days sixty to ninety, what worked goes into "
    "the standard work and the rest we drop. So: watch, trial, standardise. Questions welcome."
)
# The same plan told as weeks, digits in place of words.
WEEKS = (
    "I'd like to show how I would run the handover. Week 1 I only listen to the old team. "
    "Week 2 I take over the night calls with them beside me. Week 3 I run it alone and we "
    "review on Friday. In short: listen, shadow, own."
)
# Sections nowhere: one block, "first" only mid-sentence.
BLOCK = (
    "The changeover is slow because the fitters wait for parts and the parts wait for the "
    "first shift to sign the order and nobody signs it before ten so we lose the morning."
)


def test_sections_named_by_their_days_are_main_points() -> None:
    review = review_presentation(Transcript.from_text(PLAN), slot_s=120)
    assert review.main_points >= 3
    assert review.opening
    assert not any("Mark your main points" in note for note in review.notes)
    assert not any("Open by saying" in note for note in review.notes)


def test_sections_named_by_week_numbers_are_main_points() -> None:
    assert review_presentation(Transcript.from_text(WEEKS), slot_s=120).main_points == 3


def test_a_talk_with_no_sections_still_gets_the_note() -> None:
    review = review_presentation(Transcript.from_text(BLOCK), slot_s=120)
    assert review.main_points == 0
    assert any("Mark your main points" in note for note in review.notes)


def test_one_main_point_is_singular() -> None:
    text = "My proposal: move the stocktake to Sunday. First, Sunday has no deliveries. Thanks."
    analysis = analyze_answer(Transcript.from_text(text), question_kind="presentation")
    data = analysis.to_dict()
    data["presentation"] = review_presentation(Transcript.from_text(text), 60).to_dict()
    line = next(x for x in review_lines(AnswerView.from_parts(data)) if x.startswith("Talk:"))
    assert "1 main point ·" in line
