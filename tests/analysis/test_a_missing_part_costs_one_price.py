"""A part left out costs the same in every answer, whoever asks, and a part heard only in passing
says so (breaker11 D14: "no Situation found" cost 8 in one answer and 18 in another, with no
reason a user could read). Each reason for a part's points has one price: a part not told costs
its structure points and its flaw's ("no Situation found" 18, "no Task found" 11, "no Result
found" 42); a part heard only inside another costs its structure points alone and says that it
is only implied. Answers are our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import AnswerAnalysis
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you fixed something nobody else wanted to touch."
PERSONAS = (None, "hiring-manager", "senior-leader", "peer")
COLD_ROOM = (
    "{opening}my task was to stop the cold room alarm going off every night. I read the logs for "
    "a month, found the door seal was split, and I replaced it myself with a spare from the "
    "stores. I also moved the night delivery so the door stayed shut after ten. The alarm has not "
    "gone off since, and we threw away no stock that quarter."
)
ROTA = (
    "I had to get the staff rota out on time every week, because it was always late and people "
    "could not plan childcare. I built a simple template, I asked everyone for their fixed days "
    "up front, and I sent the draft on Wednesdays for a day of comments. From then on the rota "
    "went out every Thursday, and swaps dropped from about ten a week to two."
)
LABELS = (
    "Two winters ago I ran the goods-in desk at a garden centre in Leeds. The pallet labels kept "
    "peeling off in the cold, so deliveries went to the wrong bays. My job was to stop the "
    "mix-ups before spring. I tested three label stocks in the yard, picked the one that held at "
    "minus five, and showed the drivers where to stick it."
)
DENTIST = (
    "Last year I worked on the front desk of a dental practice in Bristol. Patients kept missing "
    "their check-ups because the reminder letters went out late or to old addresses. I switched "
    "the reminders to text messages sent two days ahead, and I checked every address when "
    "patients came in. I also called the people who had missed two visits in a row. Missed "
    "check-ups fell from about twelve a week to three."
)
STEPS_ONLY = (
    "I read the fault logs for a month, found the door seal on the cold room was split, and I "
    "replaced it myself with a spare from the stores. I also moved the night delivery so the "
    "door stayed shut after ten. The alarm has not gone off since, and we threw away no stock "
    "that quarter."
)


def _analysed(text: str, persona: str | None = None) -> AnswerAnalysis:
    audience = get_persona(persona).audience if persona else None
    return analyze_answer(Transcript.from_text(text), question=QUESTION, audience=audience)


def _points(analysis: AnswerAnalysis, starts: str) -> int:
    return sum(r.points for r in analysis.points_why if r.why.startswith(starts))


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_situation_left_out_costs_the_same_in_every_answer(persona: str | None) -> None:
    for text in ("M" + COLD_ROOM.format(opening="")[1:], ROTA):
        analysis = _analysed(text, persona)
        assert not analysis.star.parts["S"].present
        assert _points(analysis, "no Situation found") == 18, analysis.points_why


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_result_left_out_costs_the_same_whoever_asks(persona: str | None) -> None:
    analysis = _analysed(LABELS, persona)
    assert not analysis.star.parts["R"].present
    assert _points(analysis, "no Result found") == 42, analysis.points_why
    assert not any("Result" in r.why for r in analysis.points_why if r.part == "audience")


def test_a_scene_only_hinted_at_says_so_and_costs_its_own_price() -> None:
    hinted = _analysed(COLD_ROOM.format(opening="Last March "))
    assert not hinted.star.parts["S"].present
    assert "no_situation" not in hinted.flaw_codes
    assert _points(hinted, "no Situation found") == 0, hinted.points_why
    assert _points(hinted, "no Situation told on its own") == 8, hinted.points_why
    assert not any("where and when" in tip for tip in hinted.tips), hinted.tips


def test_a_task_left_out_costs_its_price_whether_or_not_a_scene_carries_it() -> None:
    with_scene = _analysed(DENTIST)
    assert with_scene.star.parts["S"].present and not with_scene.star.parts["T"].present
    assert _points(with_scene, "no Task said outright") == 5, with_scene.points_why
    assert _points(with_scene, "no Task found") == 0, with_scene.points_why
    bare = _analysed(STEPS_ONLY)
    assert not bare.star.parts["T"].present and "no_task" in bare.flaw_codes
    assert _points(bare, "no Task found") == 11, bare.points_why
