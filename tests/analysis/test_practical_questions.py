"""Practical questions (pay, notice period, start date, relocation) are no STAR stories: an answer
to "What are your salary expectations?" was judged as one, with "Situation missing, Task missing"
and a STAR score beside a perfectly good range."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer, classify_question
from simulator.speech.stt import Transcript


@pytest.mark.parametrize(
    "question",
    [
        "What are your salary expectations?",
        "what is ur notice period at the moment",
        "When could you start if we made you an offer?",
        "Would you be willing to relocate to our Gdansk office?",
        "Are you able to work weekends in peak season?",
        "Do you have the right to work in the UK?",
    ],
)
def test_practical_questions_are_their_own_kind(question: str) -> None:
    assert classify_question(question) == "practical"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Tell me about a time you negotiated your salary with a new employer.", "behavioral"),
        ("What would you do if a client refused to pay an invoice?", "situational"),
    ],
)
def test_stories_and_plans_about_pay_keep_their_kind(question: str, kind: str) -> None:
    assert classify_question(question) == kind


def _analyze(question: str, text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=question)


def test_a_range_with_its_reason_is_not_judged_as_a_story() -> None:
    analysis = _analyze(
        "What are your salary expectations?",
        "around 48 to 52 thousand, this is the band i see for senior planners in Katowice "
        "and i bring the warehouse system migration",
    )
    assert analysis.question_kind == "practical"
    assert not analysis.star.applies
    assert not {"no_situation", "no_task", "no_action", "no_result"} & set(analysis.flaw_codes)
    assert analysis.score == 100
    assert not any("figure" in tip and "Give" in tip for tip in analysis.tips)


def test_an_answer_that_names_no_figure_is_asked_for_one_and_loses_points() -> None:
    analysis = _analyze(
        "What are your salary expectations?",
        "Honestly for me money is not the first thing, I look more for good team and to learn "
        "new things, so I am flexible with it.",
    )
    assert analysis.score < 100
    assert analysis.score_parts.specificity > 0
    assert any(tip.startswith("Give a clear figure, range or date") for tip in analysis.tips)


def test_a_start_date_counts_as_the_figure_asked_for() -> None:
    analysis = _analyze("When could you start?",
                        "My notice is one month, so from the third of February.")
    assert analysis.score == 100
    assert not any(tip.startswith("Give a clear figure") for tip in analysis.tips)
