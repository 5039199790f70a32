"""A plan or a view of what matters, told where the question asks for a time you did something,
is no story (breaker6 D11: "If I had this situation I would… I think owning the outcome is very
important" got STAR 90/100 with Situation, Action and Result ✓, and was "connected to the value
Own the outcome"). Its sentences are no STAR parts, the flaw says so, nothing praises its
structure, and no value is linked by it. A real story that closes on a view keeps its parts."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.flaws import told_sentences
from simulator.interview.company import CompanyProfile, CompanyValue
from simulator.speech.stt import Transcript

VALUE_QUESTION = "One of our values is “Own the outcome”. Tell me about a time you showed it."
CUSTOMER_QUESTION = "Tell me about a time you dealt with an angry customer."

# A new graduate, second language, plan and view only.
PLAN = (
    "If this happen to me I would take the job till the end, I would check all numbers two "
    "times and I would say to my manager early when something is late. I think owning the "
    "outcome is very important in analyst job."
)
# A shop assistant, run-on, a view and "you should", no occasion.
VIEW = (
    "honestly for me the key is stay calm and listen and the most important thing is you let "
    "them talk first because they want to feel heard and you should never argue back with a "
    "customer that is the main thing in retail"
)
# A porter's real story, in terse notes, that closes on a view.
STORY = (
    "Last winter, night shift, a man shouting at the desk, his mother waiting 5 hours in "
    "corridor. I took him to the side room, I checked the board with the nurse in charge and "
    "I told him honest where his mother was in the queue. I brought him tea and I came back "
    "every 30 minutes with news. He calmed down and thanked the team when she was admitted. "
    "I think the most important thing is to keep people informed."
)

PRAISE = "Clear structure"


@pytest.mark.parametrize(("text", "question", "code"), [
    (PLAN, VALUE_QUESTION, "hypothetical"),
    (VIEW, CUSTOMER_QUESTION, "hypothetical"),
])
def test_a_plan_or_a_view_is_no_story(text: str, question: str, code: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=question,
                              company_values=("Own the outcome",))
    assert analysis.flaw_codes[0] == code
    assert analysis.star.score == 0
    assert not any(part.present for part in analysis.star.parts.values())
    assert all(segment.label == "other" for segment in analysis.star.segments)
    assert analysis.score_parts.structure == 50
    assert not any(PRAISE in tip for tip in analysis.tips)
    assert not any("the detail of what you did" in tip for tip in analysis.tips)
    assert analysis.company_values_hit == ()


def test_a_view_with_no_plan_is_named_as_a_view() -> None:
    said = ("for me team work is the key, in my opinion communication is very important and "
            "the main thing is everybody know their job before service starts")
    analysis = analyze_answer(Transcript.from_text(said),
                              question="Tell me about a time you worked in a team under pressure.")
    assert analysis.flaw_codes[0] == "vague"
    assert "your view of what matters" in analysis.star.flaws[0].message
    assert analysis.star.score == 0


def test_a_story_that_closes_on_a_view_keeps_its_parts() -> None:
    analysis = analyze_answer(Transcript.from_text(STORY), question=CUSTOMER_QUESTION)
    assert not {"hypothetical", "vague"} & set(analysis.flaw_codes)
    assert analysis.star.parts["A"].present and analysis.star.parts["R"].present
    assert analysis.star.score >= 75


def test_no_value_is_linked_by_a_view_or_a_plan() -> None:
    profile = CompanyProfile(
        name="Northwind Parcel", values=(CompanyValue("Own the outcome", "", ("own", "outcome")),),
        news=(), competitors=(), role_title="Data analyst", role_expectations=())
    assert profile.connections(PLAN) == []
    told = "I owned the outcome: I stayed after my shift and I fixed the report myself."
    assert [c.value.name for c in profile.connections(told)] == ["Own the outcome"]
    assert told_sentences("I would own it. For me owning it is everything.") == []


def test_a_longer_plan_is_asked_for_the_whole_story_not_more_detail() -> None:
    # A care assistant, second language, 70 words of plan: under the target, not too short.
    said = (
        "With a resident who refuse the medication I would first not force anything, I would "
        "sit with her and ask why, maybe the tablet is too big or she is scared. Then I would "
        "tell the nurse and we would check if the tablet can be crushed or given as liquid. I "
        "would write everything in the care notes and I would inform the family so everybody "
        "knows the plan."
    )
    analysis = analyze_answer(Transcript.from_text(said),
                              question="Tell me about a time a resident refused their care.")
    assert "too_short" not in analysis.flaw_codes
    length = next(tip for tip in analysis.tips if tip.startswith("About "))
    assert "set the scene, say what you did and say how it ended" in length
    assert "the detail of what you did" not in length
