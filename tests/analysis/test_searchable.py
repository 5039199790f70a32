"""Which of the candidate's questions a quick web search (or their own company profile) would
answer, kept apart from depth. Questions written for this test in the registers candidates use:
hesitant, terse non-native, chatty, formal."""

from __future__ import annotations

import pytest

from simulator.analysis.candidate_questions import review_candidate_questions
from simulator.analysis.searchable import KnownFacts, searchable_fact
from simulator.speech.stt import Transcript

PROFILE = KnownFacts(
    company="Brightwell Logistics",
    values=("Own the outcome", "Say it plainly"),
    competitors=("Parcelo", "Shipwise"),
    news=("Opened a second warehouse in Lyon in March.",),
)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("So, um, when did the company actually start?", "when it was founded"),
        ("how many staff you have now in total", "how many people work there"),
        ("How big is the organisation these days?", "how many people work there"),
        ("What kind of products does the company sell, roughly?", "what it sells"),
        ("Where is your head office?", "where its offices are"),
        ("In which countries do you operate at the moment?", "where its offices are"),
        ("what does your firm do exactly", "what the company does"),
        ("Who's the CEO now, after the merger?", "who leads it"),
        ("Is the company listed on the stock exchange?", "whether it is listed"),
        ("What is your revenue?", "its revenue"),
        ("and the turnover last year, how much was it roughly", "its revenue"),
    ],
)
def test_a_question_about_a_public_fact_is_searchable(question: str, fact: str) -> None:
    assert searchable_fact(question) == fact


@pytest.mark.parametrize(
    "question",
    [
        "What would success look like for me after the first six months?",
        "You started as a family firm, how has that changed the way decisions get made?",
        "How many people would be on my team, and who would I work with most?",
        "what is hardest problem the warehouse team is stuck with right now",
        "Where do you see the product going next year?",
        "How do the different offices work together when a shipment goes wrong?",
        "Why did you personally join, and what keeps you here?",
        "What are your company values?",  # no profile: the values are not a public fact here
    ],
)
def test_a_question_asking_for_more_than_a_fact_is_not(question: str) -> None:
    assert searchable_fact(question) == ""


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("What are your company values?", "its values"),
        ("Is 'own the outcome' one of the values here?", "Own the outcome"),
        ("Who are your main competitors?", "its competitors"),
        ("do you compete much with shipwise", "Shipwise"),
        ("Did you open a new warehouse in Lyon this year?", "Opened a second warehouse"),
        ("How old is Brightwell?", "when it was founded"),
    ],
)
def test_with_a_profile_what_it_holds_is_searchable(question: str, shown: str) -> None:
    assert shown in searchable_fact(question, PROFILE)
    if shown != "when it was founded":
        assert searchable_fact(question) == "", "only the profile makes it searchable"


@pytest.mark.parametrize(
    "question",
    [
        "How will the Lyon warehouse change how the team plans its week?",
        "How does 'say it plainly' show up when someone disagrees with a manager?",
        "What would it take for this role to help you win work back from Parcelo next year?",
    ],
)
def test_a_profile_fact_asked_from_the_inside_is_not(question: str) -> None:
    assert searchable_fact(question, PROFILE) == ""


def test_the_review_names_deep_questions_and_searchable_ones_apart() -> None:
    said = (
        "Thank you. I have a few. What is the biggest challenge the team is facing this year? "
        "How many employees does Brightwell have? How do you measure success for this role in "
        "the first ninety days? And who are your main competitors?"
    )
    review = review_candidate_questions(Transcript.from_text(said), {}, PROFILE)
    by_text = {q.text: q for q in review.questions}
    assert len(by_text) == 4
    headcount = by_text["How many employees does Brightwell have?"]
    rivals = by_text["And who are your main competitors?"]
    assert headcount.searchable == "how many people work there" and headcount.depth == "shallow"
    assert "its competitors" in rivals.searchable and rivals.depth == "shallow"
    assert review.deep == 2 and review.searchable == 2
    depth_note = next(n for n in review.feedback if n.startswith("Shows depth:"))
    search_note = next(n for n in review.feedback if n.startswith("A quick web search"))
    assert "biggest challenge" in depth_note and "measure success" in depth_note
    assert "Brightwell" not in depth_note and "competitors" not in depth_note
    assert "How many employees" in search_note and "main competitors" in search_note
    stored = review.to_dict()
    assert stored["searchable"] == 2
    assert [q["searchable"] != "" for q in stored["questions"]] == [False, True, False, True]  # type: ignore[union-attr, index]
    # Without the profile, the competitors question is the interviewer's to answer.
    plain = review_candidate_questions(Transcript.from_text(said), {})
    assert plain.searchable == 1


@pytest.mark.parametrize(
    "question",
    [
        "When was the company founded and how has it changed?",
        "ok and, founded when? and what changed for the drivers since then",
        "How many people work here, and how does that feel day to day?",
        "Where is the head office, and why did you pick that city?",
        "When was the company founded?",
        "who is ceo",
        "Could you tell me what products you sell?",
        "Is the company listed on the stock exchange?",
        "What are your values?",
    ],
)
def test_topic_depth_and_reason_follow_the_one_searchable_rule(question: str) -> None:
    """A question is shallow for being public exactly when `searchable_fact` says so: a
    question that names a public fact but asks what changed inside is not told that "the
    website answers this", nor put under public facts."""
    review = review_candidate_questions(Transcript.from_text(question), {}, PROFILE)
    assert review.questions
    for found in review.questions:
        fact = searchable_fact(found.text, PROFILE)
        assert found.searchable == fact
        assert (found.topic == "public_facts") <= bool(fact)
        assert ("quick search answers" in found.reason) == bool(fact)
        assert "website" not in found.reason
        if fact:
            assert found.depth == "shallow"
        else:
            assert found.depth != "shallow" and found.topic != "public_facts"


def test_a_founding_question_that_asks_what_changed_is_about_where_the_company_goes() -> None:
    (found,) = review_candidate_questions(
        Transcript.from_text("When was the company founded and how has it changed?")
    ).questions
    assert (found.topic, found.depth, found.searchable) == ("strategy", "deep", "")


def test_the_interviewer_answers_from_the_profile_what_the_profile_holds() -> None:
    """With a profile, a question it answers is answered with its facts (the competitors by
    name, the news line, the values), not with the persona's stock line for the topic."""
    said = (
        "who are your main competitors? "
        "I read you open a second warehouse in Lyon, how is going the warehouse in Lyon? "
        "What are the company's values? "
        "How many employees does Brightwell have?"
    )
    stock = {"public_facts": "That's on our website.", "other": "It depends on the week."}
    review = review_candidate_questions(Transcript.from_text(said), stock, PROFILE)
    replies = [q.answer for q in review.questions]
    assert len(replies) == 4
    assert "Parcelo and Shipwise" in replies[0]
    assert "second warehouse in Lyon in March" in replies[1]
    assert "Own the outcome and Say it plainly" in replies[2]
    assert replies[3] == "That's on our website."  # the profile has no headcount
    without = review_candidate_questions(Transcript.from_text(said), stock, None)
    assert not any("Parcelo" in q.answer or "Lyon" in q.answer for q in without.questions)


@pytest.mark.parametrize(
    ("question", "topic", "depth"),
    [
        ("Is it listed on the stock exchange?", "public_facts", "shallow"),
        ("Do you offer stock options for this level?", "pay", "shallow"),
        ("How do you measure success here, revenue or retention?", "success", "deep"),
    ],
)
def test_money_words_do_not_decide_the_topic_alone(question: str, topic: str, depth: str) -> None:
    from simulator.analysis.candidate_questions import classify

    assert classify(question) == (topic, depth)
