"""The candidate's own questions (breaker14 B16): "What do you do as a company?" was judged "fine,
not clearly about the company" and two unprepared questions scored 85, because the score judged
"Who are your competitors?" without the profile that lists them (deep: about the market) while
the review beside it called it answered by the profile."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.candidate_questions import classify, review_candidate_questions
from simulator.analysis.searchable import KnownFacts
from simulator.speech.stt import Transcript

KNOWN = KnownFacts("Larkspur Bakeries", ["Bake it fresh"], ["Crumb & Co", "Ovenly"],
                   ["This spring we opened a second bakery in Derby."])


@pytest.mark.parametrize("question", [
    "What do you do as a company?",
    "So what exactly do you do as a business?",
    "What do you guys do?",
])
def test_asking_what_the_company_does_is_shallow(question: str) -> None:
    assert classify(question) == ("public_facts", "shallow")


def test_asking_the_interviewer_about_their_own_day_is_not() -> None:
    assert classify("What do you do here on a normal day?")[1] == "deep"


def test_the_score_judges_with_the_profile_as_the_review_does() -> None:
    asked = Transcript.from_text("What do you do as a company?\n\nWho are your competitors?")
    review = review_candidate_questions(asked, {}, KNOWN)
    assert review.deep == 0 and review.searchable == 2
    with_profile = analyze_answer(asked, question_kind="questions_to_ask", known_facts=KNOWN)
    without = analyze_answer(asked, question_kind="questions_to_ask")
    assert with_profile.score < without.score
    assert with_profile.score <= 60
    assert any("none of your questions went deep" in r.why for r in with_profile.points_why)


def test_two_questions_a_search_or_the_profile_answers_do_not_score_well() -> None:
    """Beside having no depth, each shows no preparation: two such questions to a panel that
    has the profile score below what two merely practical questions would."""
    asked = Transcript.from_text("Where are you based?\n\nWho do you compete with?")
    unprepared = analyze_answer(asked, question_kind="questions_to_ask", known_facts=KNOWN)
    practical = analyze_answer(
        Transcript.from_text("When will I hear back?\n\nHow many interview stages are there?"),
        question_kind="questions_to_ask", known_facts=KNOWN)
    assert unprepared.score <= 45 and unprepared.score < practical.score
    assert any("show no preparation" in r.why for r in unprepared.points_why)
    (first, second) = review_candidate_questions(asked, {}, KNOWN).questions
    assert "second round" in first.reason and "your company profile" in second.reason


def test_a_prepared_question_beside_one_loses_only_for_that_one() -> None:
    deep = "How will the Derby bakery change what this team bakes each morning?"
    alone = analyze_answer(Transcript.from_text(f"{deep}\n\nWhat is hardest for the team?"),
                           question_kind="questions_to_ask", known_facts=KNOWN)
    with_one = analyze_answer(
        Transcript.from_text(f"{deep}\n\nWhat is hardest for the team?\n\nWhat are your values?"),
        question_kind="questions_to_ask", known_facts=KNOWN)
    assert alone.score - with_one.score == 10
