"""The candidate's own questions judged with the role the profile describes (breaker15 B22): a
question about the role's own people and duties ("How do the night fitters and the planner share
the work today?" for a planner who leads the night fitters' schedule) was "not clearly about the
role, team or company", and one the company's website answers ("How many buses do you have?")
was "fine"."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.candidate_questions import classify, review_candidate_questions
from simulator.analysis.searchable import KnownFacts
from simulator.speech.stt import Transcript

# A garden-centre chain hiring a web-store shift lead.
KNOWN = KnownFacts(
    "Hollybank Garden Centres", ["Grow with care"], ["Greenleaf"],
    ["This spring we opened a web store in Shrewsbury."],
    ["Web Store Shift Lead", "Run the evening pickers' rota", "Keep orders leaving on the day"],
)


@pytest.mark.parametrize("question", [
    "How do the evening pickers and the shift lead split the orders now?",
    "What gets in the way of orders leaving on the day at the moment?",
])
def test_a_question_about_the_roles_people_and_duties_is_deep(question: str) -> None:
    assert classify(question, KNOWN) == ("team", "deep")


@pytest.mark.parametrize("question", [
    "How many garden centres do you have?", "How many stores does the company run?"])
def test_what_the_company_counts_is_a_search_away(question: str) -> None:
    (asked,) = review_candidate_questions(Transcript.from_text(question), {}, KNOWN).questions
    assert asked.depth == "shallow" and asked.searchable == "how big it is"


def test_asking_about_the_roles_own_work_scores_as_a_deep_question() -> None:
    said = ("How do the evening pickers and the shift lead split the orders now?\n\n"
            "What would success look like after six months?")
    analysis = analyze_answer(Transcript.from_text(said), question_kind="questions_to_ask",
                              known_facts=KNOWN)
    assert analysis.score_parts.specificity == 0
