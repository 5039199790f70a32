"""One target per answer, said once: a talk's slot is what the exercise says whoever listens
(a senior leader's liking for brevity does not shrink "five minutes"), and a clock shows a
length rounded the way the feedback rounds it."""

from __future__ import annotations

import pytest

from simulator.interview.banks import get_bank
from simulator.interview.judging import analysis_request, answer_target, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.tui.widgets.meters import format_length, format_seconds

TALK = (
    "Good morning. Today my plan for the returns desk. First thirty days: learn how returns come "
    "in. Days thirty one to sixty: fix label printing and refund approval. Days sixty one to "
    "ninety: take it to the other three stores. To close: refunds in two days, not six."
)


@pytest.mark.parametrize("persona_id", ["senior-leader", "recruiter", "hiring-manager"])
def test_a_talk_is_held_to_its_slot_whoever_listens(persona_id: str) -> None:
    persona = get_persona(persona_id)
    for question in get_bank("exercise").questions:
        if question.kind != "presentation":
            continue
        request = analysis_request(question, persona)
        assert answer_target(question, persona) == question.target_s
        assert request.target_s == question.target_s
        assert request.slot_s == question.target_s[1]
        analysis, stored = judge(request, Transcript.from_text(TALK))
        assert analysis.timing.target_s == question.target_s
        low, high = question.target_s
        assert all(f"{low:.0f}–{high:.0f} s" in tip for tip in analysis.tips if "target" in tip)
        assert stored["presentation"]["slot_s"] == high


def test_other_answers_still_follow_the_interviewer() -> None:
    question = get_bank("behavioral").questions[0]
    brief = get_persona("senior-leader")
    assert brief.target_scale < 1
    low, high = question.target_s
    assert answer_target(question, brief) == (low * brief.target_scale, high * brief.target_scale)


@pytest.mark.parametrize(("seconds", "shown"), [(42.6, "0:43"), (63.6, "1:04"), (127.5, "2:08")])
def test_a_length_on_screen_rounds_as_the_feedback_does(seconds: float, shown: str) -> None:
    assert format_length(seconds) == shown
    assert format_seconds(seconds) <= shown  # a running clock counts whole seconds gone
    assert f"{seconds:.0f}" == str(int(shown[0]) * 60 + int(shown[2:]))
