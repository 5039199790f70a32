"""An answer to another question than the one asked is named (breaker6 D7: "A key metric
dropped fifteen percent overnight. What do you do first?" answered "I think my biggest strength
is SQL…" got only a length tip). Judged by words, so the flaw says what it looked for: the
question's theme (a disagreement, someone served, something that went wrong) heard nowhere in
the answer, or an answer about the speaker that says none of the question's own words. Good
answers that tell their story in other words than the question's are not flagged."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.flaws import off_topic
from simulator.speech.stt import Transcript


def _flaws(text: str, question: str) -> tuple[str, ...]:
    return analyze_answer(Transcript.from_text(text), question=question).flaw_codes


# An intern in a second language: strengths, to a question about a metric that dropped.
STRENGTHS = (
    "I think my biggest strength is SQL and explain numbers for people who are not analyst. "
    "In my internship I build a weekly dashboard for eight depot managers and they like it."
)
# A school volunteer, run-on, a story with nobody disagreeing, to a disagreement question.
FAIR = (
    "so last summer i organised the summer fair at my kids school i booked the bouncy castle "
    "i made the rota for twenty parents and i sold the tickets online and we raised two "
    "thousand four hundred pounds for the library which was brilliant"
)
# An accounts clerk, terse: a success story, to a question about a mistake.
SUCCESS = (
    "2022, moved all our accounts to new software. Planned it in three stages, trained the "
    "team of six myself, ran both systems side by side for a month. Finished two weeks early, "
    "auditors praised the clean records."
)
# A job seeker's reasons for applying, to a leadership question.
REASONS = (
    "Honestly I want to work here because your company is the biggest in logistics and I love "
    "your values, I am a very hard working person and I learn fast, my friends say I am "
    "always the one who organise everything."
)


@pytest.mark.parametrize(("text", "question"), [
    (STRENGTHS, "A key metric dropped fifteen percent overnight. What do you do first?"),
    (FAIR, "Tell me about a disagreement with a colleague."),
    (SUCCESS, "Tell me about a mistake you made at work."),
    (REASONS, "Tell me about a time you led a team through a busy period."),
])
def test_an_answer_to_another_question_is_named(text: str, question: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=question)
    assert analysis.flaw_codes[0] == "off_topic"
    assert analysis.tips[0].startswith("This does not answer the question asked")
    assert not any(tip.startswith("Clear structure") for tip in analysis.tips)


def test_the_flaw_says_what_it_looked_for() -> None:
    flaw = off_topic("A key metric dropped fifteen percent overnight. What do you do first?",
                     STRENGTHS.lower())[0]
    assert "metric" in flaw.message and "dropped" in flaw.message
    assert "fifteen" not in flaw.message  # a figure of the question is not what it is about
    assert flaw.evidence[0].endswith("my biggest strength")
    assert flaw.evidence == (flaw.evidence[0],)  # what was heard, not the question's words


def test_the_evidence_quotes_the_answer_not_the_question() -> None:
    # breaker8 D21: "heard: "pushed back"" quoted the question; the answer never said it.
    question = "Tell me about a time you pushed back on a decision your manager made."
    flaw = off_topic(question, FAIR)[0]
    assert all(quoted in FAIR for quoted in flaw.evidence)
    assert not any("pushed back" in quoted for quoted in flaw.evidence)


# Good answers in other words than the question's: a disagreement told as who wanted what, a
# mistake told as what was missed, a strengths question answered with strengths.
@pytest.mark.parametrize(("text", "question"), [
    ("My supervisor wanted the pallets stacked three high, I said the racking was rated for "
     "two. I showed him the plate on the upright and we rang the supplier together. He changed "
     "the plan and nothing was damaged all season.",
     "Tell me about a disagreement with your manager."),
    ("I forgot to book the interpreter for a Polish patient's appointment. I realised at 8, I "
     "phoned the agency myself and moved two other patients so she could wait. The interpreter "
     "came at 9:30 and since then I book it the day the letter goes out.",
     "Tell me about a mistake you made."),
    ("My biggest strength is staying calm. Last winter our boiler failed at the care home at "
     "night; I moved the residents to the lounge, I called the engineer and I kept the families "
     "informed. By morning the heating was back and nobody was ill.",
     "What is your greatest strength?"),
])
def test_a_good_answer_in_its_own_words_is_not_named(text: str, question: str) -> None:
    assert "off_topic" not in _flaws(text, question)


def test_without_the_question_nothing_is_judged() -> None:
    analysis = analyze_answer(Transcript.from_text(FAIR))
    assert "off_topic" not in analysis.flaw_codes


def test_a_thin_answer_is_not_called_another_question() -> None:
    said = "Um, we kind of sorted it between us, like, it was okay after, I suppose."
    assert "off_topic" not in _flaws(said, "Tell me about a time you disagreed with a colleague.")
