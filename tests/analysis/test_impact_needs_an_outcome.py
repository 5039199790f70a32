"""A senior leader's "Business impact" was heard in cost words of the scene of an answer that
never says how it ended ("the monthly cost report came too late", breaker11 D12): the theme now
needs a Result told (`needs = "R"` in personas/senior-leader.toml), and its miss then costs
nothing beside the missing Result's own points. Answers are our own; the persona file is the
real one."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.interview.personas import load_personas
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you fixed something that was slowing the business down."
NO_OUTCOME = (
    "Our sales director complained that the weekly revenue and cost figures reached her on "
    "Thursday, too late to change anything that week. I was the analyst who built them, so it "
    "was on me. I went through every step of the Monday extract with our data engineer and "
    "replaced the hand-made spreadsheet with a query that runs overnight. It taught me a lot "
    "about how the business uses numbers."
)
WITH_OUTCOME = NO_OUTCOME.replace(
    "It taught me a lot about how the business uses numbers.",
    "The figures now reach her on Monday at nine, and she moved two price changes forward by "
    "a week on the strength of them, which kept about forty thousand pounds of margin.",
)


def _senior_leader():  # type: ignore[no-untyped-def]
    return load_personas().get("senior-leader")


def test_cost_words_in_the_scene_are_no_impact_without_an_outcome() -> None:
    leader = _senior_leader()
    analysis = analyze_answer(Transcript.from_text(NO_OUTCOME), question=QUESTION,
                              audience=leader.audience)
    fit = analysis.audience_fit
    assert fit is not None
    assert "Business impact" not in fit.spoken_to
    impact = next(m for m in fit.missed if m.label == "Business impact")
    assert impact.coached, "the missing Result already takes the points"
    assert "no_result" in [f.code for f in analysis.star.flaws]


def test_the_same_story_with_its_outcome_speaks_to_impact() -> None:
    leader = _senior_leader()
    analysis = analyze_answer(Transcript.from_text(WITH_OUTCOME), question=QUESTION,
                              audience=leader.audience)
    assert analysis.audience_fit is not None
    assert "Business impact" in analysis.audience_fit.spoken_to
