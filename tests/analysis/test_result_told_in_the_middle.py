"""An outcome told right after the scene, then "but getting there was..." and the story, is the
Result wherever it comes (breaker9 D1): it was relabelled as the scene ("Finish with the
result", 55/100), or swapped with the scene and praised as "opened with the result", because
"the road there was long" read as a scene's "there was". New answers of our own."""

from __future__ import annotations

import pytest

from tests.support.answers import typed

QUESTION = "Tell me about a stressful problem you had to solve at work."

# Polished: a school's exam results upload, the outcome second, then how.
EXAMS = (
    "On results day the exam board's portal rejected our whole upload at nine in the morning, "
    "and I was the data manager on duty. Every grade went in twenty minutes before the deadline "
    "and no student got a late result, but getting there was chaotic. I needed to find the bad "
    "rows and keep the head teacher informed. I split the file by subject, found two columns of "
    "candidate numbers that had been pasted as dates, fixed them by hand and uploaded each "
    "subject again. I rang the head every fifteen minutes with where we were."
)
# Non-native, lower case: the outcome in the middle with "in the end", then the road to it.
FERRY = (
    "our ferry office was so busy in summer that passengers queued into the street for half an "
    "hour. in the end we got the queue under ten minutes, but the road there was long. as the "
    "office supervisor i had to fix this without more staff. i moved the online tickets to a "
    "printer by the door, i made one window only for cash and i put the timetable on a big "
    "board so people stop asking at the window."
)


@pytest.mark.parametrize(
    ("story", "outcome", "scene"),
    [
        (EXAMS, "Every grade went in twenty minutes before", "On results day"),
        (FERRY, "in the end we got the queue under ten minutes", "our ferry office was"),
    ],
    ids=["polished", "non-native"],
)
def test_an_outcome_told_in_the_middle_is_the_result(
    story: str, outcome: str, scene: str
) -> None:
    analysis = typed(story, QUESTION)
    segments = analysis.star.segments
    assert [s.label for s in segments if s.text.startswith(outcome)] == ["R"]
    assert [s.label for s in segments if s.text.startswith(scene)] == ["S"]
    assert all(analysis.star.parts[p].present for p in "STAR")
    assert "no_result" not in analysis.flaw_codes
    assert not any("Finish with the result" in tip for tip in analysis.tips)
    assert not any("opened with the result" in tip for tip in analysis.tips)


def test_a_scene_that_says_there_was_still_sets_it() -> None:
    analysis = typed(
        "At the bakery there was a queue out of the door every Saturday. My job was to get "
        "it moving. I set up a second till for bread only. By the next month nobody waited "
        "more than five minutes.",
        QUESTION,
    )
    assert analysis.star.segments[0].label == "S"
    assert analysis.star.segments[0].text.startswith("At the bakery there was a queue")
