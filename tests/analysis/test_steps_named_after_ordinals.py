"""Own steps told as things after an ordinal are the speaker's Action (breaker13 B20): "My first
step was a buddy list, then a sheet with the ten hardest calls, and last a short quiz" and
"First, a buddy for every starter. Second, ..." were read as the scene, so the answer had "no
Action of your own" and scored 28, while "What I did was pair..., write..., run..." scored 82."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you made something work better."
SCENE = ("In the bakery the early shift kept running out of trays before seven. The owner left "
         "it to me to sort out the mornings.")
OUTCOME = "For the next two months we never ran short of trays before opening."


@pytest.mark.parametrize("steps", [
    "My first step was a tray count at closing, then a rota for washing up at nine, and last a "
    "spare rack by the back door.",
    "First, a tray count at closing. Second, a washing-up rota at nine. Third, a spare rack by "
    "the back door.",
])
def test_steps_named_after_ordinals_are_own_actions(steps: str) -> None:
    analysis = analyze_answer(Transcript.from_text(f"{SCENE} {steps} {OUTCOME}"),
                              question=QUESTION)
    assert analysis.star.parts["A"].present
    assert [s.label for s in analysis.star.segments if "spare rack" in
            analysis.transcript.text[s.start_char:s.end_char]] == ["A"]
    assert analysis.score_parts.ownership == 0


def test_a_scene_opening_first_of_all_stays_the_scene() -> None:
    text = ("First of all, I was the only baker on weekdays and the ovens were old. The owner "
            "asked me to cut the gas bill. I switched the proving to the night oven and I baked "
            "the rolls in two loads instead of four. The bill fell by a fifth over the winter.")
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert analysis.star.segments[0].label == "S"


def test_steps_named_after_ordinals_are_no_vague_part() -> None:
    # The scene's "kept going" is no effort phrase to flag once the steps are counted as the
    # speaker's own (the vague flaw asks for "the two or three things you did yourself").
    text = ("At the shop the Friday cash-ups kept going wrong by a few pounds. My manager asked "
            "me to find out why. My first step was a count sheet for each till, then a second "
            "pair of eyes on every float. For the next six weeks every cash-up came out exact, "
            "against four wrong ones in the month before.")
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert "vague" not in [flaw.code for flaw in analysis.star.flaws]
    assert analysis.score_parts.specificity == 0
