"""The candidate's own questions score by how many went deep, as their review judges them: one
thoughtful question beside "Add a second on a different topic" no longer scores 100 (new-user
report 5, item 9); two on different topics still can, and none scores lower than one."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.candidate_questions import review_candidate_questions
from simulator.speech.stt import Transcript

# A graduate's questions to a theatre's production manager, typed one a line.
ONE_DEEP = (
    "How will you know after six months that the person in this job is doing well?\n"
    "Is there a staff canteen?"
)
TWO_DEEP = ONE_DEEP.replace(
    "Is there a staff canteen?", "What is the hardest thing your crew is dealing with this season?"
)
NONE_DEEP = "Is there a staff canteen?\nWhere do people park?"


def _score(text: str) -> tuple[float, tuple[str, ...]]:
    transcript = Transcript.from_text(text)
    analysis = analyze_answer(transcript, question_kind="questions_to_ask")
    return analysis.score, review_candidate_questions(transcript).feedback


def test_one_deep_question_does_not_score_full_marks() -> None:
    score, feedback = _score(ONE_DEEP)
    assert any("Add a second" in note for note in feedback)
    assert score <= 90


def test_more_depth_scores_higher() -> None:
    none, _ = _score(NONE_DEEP)
    one, _ = _score(ONE_DEEP)
    two, _ = _score(TWO_DEEP)
    assert none < one < two


def test_a_question_about_the_work_week_is_about_the_role() -> None:
    """"How do the planners split their week?" asks what the job is like: not "not clearly
    about the role, team or company" (new-user report 5, item 9)."""
    from simulator.analysis.candidate_questions import classify

    for question in (
        "so how do the planners usually spend their week, is it more firefighting or forecasts?",
        "What does a typical day look like for the night-shift coordinators?",
    ):
        topic, depth = classify(question)
        assert topic != "other" and depth == "deep", (question, topic)
