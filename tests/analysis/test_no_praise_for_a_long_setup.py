"""A run-on story that spends about half its words on the scene and a digression, with its task
missing, is not told "Clear structure" (breaker7 D7: a 198-word run-on with 50 % set-up and no
Task was praised so and scored 87). Under the `unbalanced` flaw's 55 % it loses no points for
it, but the praise goes and the tip says where the time went."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = ("Tell me about a time you strongly disagreed with a colleague about how to do a "
            "piece of work. How did you settle it?")
PRAISE = "Clear structure"
# A Polish warehouse shift leader, run-on, a digression about scanners and heating.
RUN_ON = (
    "So, er, yes, the disagreement, it was with the other shift leader at the warehouse, "
    "Tomasz, this was in 2021 in the big depot, and, you know, at that time the place was, "
    "honestly, a bit of a mess, the scanners were always losing signal in aisle nine, and the "
    "heating was broken all winter, and Tomasz, he loaded the lorries by the order they "
    "arrived, like always, and the drivers were coming back with wrong pallets. So I printed "
    "the route list every morning, I marked the bays with colours, I moved two pickers to the "
    "loading door at six, I checked the first lorry myself every day, and I showed Tomasz the "
    "returns from one week next to his. After that the wrong pallets went from about thirty a "
    "week to five, and Tomasz started doing it on his shift too."
)
# The same story told tight: a line of scene, the task, the steps, the result.
TIGHT = (
    "In 2021 I was a shift leader at a warehouse, and Tomasz, the other shift leader, loaded "
    "the lorries in the order they arrived, so drivers came back with wrong pallets. My job "
    "was to get him to load by route without a fight between our shifts. I printed the route "
    "list every morning, I marked the bays with colours, I moved two pickers to the loading "
    "door at six, I checked the first lorry myself every day, and I showed Tomasz the returns "
    "from one week next to his. After that the wrong pallets went from about thirty a week to "
    "five, and Tomasz started doing it on his shift too."
)


def test_a_story_half_set_up_with_no_task_is_not_praised_for_structure() -> None:
    analysis = analyze_answer(Transcript.from_text(RUN_ON), question=QUESTION)
    parts = analysis.star.parts
    setup = parts["S"].share_words + parts["T"].share_words
    assert 0.45 <= setup <= 0.55 and not parts["T"].present, (setup, parts["T"])  # the premise
    assert "unbalanced" not in analysis.flaw_codes
    assert not any(tip.startswith(PRAISE) for tip in analysis.tips), analysis.tips
    assert any("set-up" in tip for tip in analysis.tips), analysis.tips


def test_the_same_story_told_tight_keeps_its_praise() -> None:
    analysis = analyze_answer(Transcript.from_text(TIGHT), question=QUESTION)
    assert all(part.present for part in analysis.star.parts.values())
    assert any(tip.startswith(PRAISE) for tip in analysis.tips), analysis.tips
