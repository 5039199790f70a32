"""STAR judgments a new user found wrong (breaker15 B9, B11, B19), each on new answers of our
own: a closing lesson told as advice is no outcome ("How did it turn out?" stays unanswered); an
ending that counts what a check found, or says how a thing stands now, is concrete beside a
"fine" or "happy", and a Result charged as judgement-only is not charged again for having no
number; a real scene and duty followed by what the speaker "would" do keeps its Situation and
Task, and the would-actions are the fault."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.answer import NO_NUMBER_WHY
from simulator.speech.stt import Transcript

RISK = "Tell me about a calculated risk you took at work. How did it turn out?"
STORY = (
    "At the print shop in the first week of the new press, two big jobs came out with the "
    "colours shifted. I was the shift lead and the press settings were mine. I rang the maker "
    "the same morning, I went through the job logs with their technician, and I changed the "
    "warm-up so the press never started a job before the rollers reached forty degrees."
)


def typed(text: str, question: str = RISK) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=question)


@pytest.mark.parametrize("lesson", [
    " What I took from it is that with a new machine you have to call the maker early.",
    " The lesson for me was to bring the maker in early, not after the second bad job.",
    " It taught me that you should never wait for the third fault.",
])
def test_a_lesson_told_as_advice_is_no_ending(lesson: str) -> None:
    analysis = typed(STORY + lesson)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes
    assert analysis.star.segments[-1].label == "other"


def test_the_so_part_of_the_last_action_is_no_ending() -> None:
    analysis = typed(STORY)
    assert analysis.star.segments[-1].label == "A", analysis.star.segments
    assert "no_result" in analysis.flaw_codes


def test_an_outcome_then_a_lesson_keeps_its_result() -> None:
    analysis = typed(STORY + " After that not one job came out shifted in six months. What I "
                     "took from it is that you have to call the maker early.")
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes


CORNER = "Tell me about a time you saw someone cut a corner at work. What did you do?"
CHECKS = (
    "On a late shift at the warehouse I saw one of the pickers scanning pallets without "
    "opening the wrap, which cannot be done if you check the labels. I was the shift lead and "
    "the label checks are part of my plan, so I could not let it go. I walked over and asked "
    "him to open the last pallet with me. I asked him to recheck the six pallets with me "
    "watching, and in the morning I told the warehouse manager and we agreed to spot-check his "
    "pallets for a month."
)


def test_what_a_check_found_is_concrete_beside_fine() -> None:
    analysis = typed(CHECKS + " Three of the six pallets had wrong labels. After the month his "
                     "checks were fine.", CORNER)
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes


def test_a_state_now_is_concrete_beside_happy() -> None:
    analysis = typed(
        "Last spring at the bakery the mixer broke down twice a week and the dough came out "
        "lumpy. As the shift lead, fixing it was mine. I went through the repair log, I ordered "
        "a stronger motor, and I set a rest break for the mixer after every ten batches. The "
        "dough is smooth now, the bakers are happy and the shops are happy.",
        "Tell me about a time you took the initiative to improve something.")
    assert "no_metrics" not in analysis.flaw_codes


def test_a_judgment_alone_is_charged_once() -> None:
    analysis = typed(CHECKS + " After the month it was all fine and everyone was happy.", CORNER)
    assert "no_metrics" in analysis.flaw_codes
    assert not any(why.why == NO_NUMBER_WHY for why in analysis.points_why)


IMPROVE = "Tell me about a time you took the initiative to improve something."


def test_would_actions_after_a_real_scene_keep_the_scene_and_task() -> None:
    analysis = typed(
        "At my clinic we had the problem that patients booked by phone and the paper diary got "
        "double bookings, maybe fifteen a month. I was the practice manager so I wanted to fix "
        "it. I would start with a simple online booking page, and I would show the "
        "receptionists how to use it in pairs. I think that would bring the double bookings "
        "down to almost none.", IMPROVE)
    assert analysis.star.parts["S"].present, analysis.star.segments
    assert analysis.star.parts["T"].present, analysis.star.segments
    assert not analysis.star.parts["R"].present
    hypothetical = [f for f in analysis.star.flaws if f.code == "hypothetical"]
    assert hypothetical and not hypothetical[0].no_story


def test_a_plan_with_no_real_scene_is_still_no_story() -> None:
    analysis = typed(
        "I would start with a simple online booking page, and I would show the receptionists "
        "how to use it in pairs. I think that would bring the double bookings down to almost "
        "none, and I would check the diary every week.", IMPROVE)
    hypothetical = [f for f in analysis.star.flaws if f.code == "hypothetical"]
    assert hypothetical and hypothetical[0].no_story
