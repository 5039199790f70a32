"""A closing aside the recognizer cut into sentences goes on with the aside (star._aside_goes_on):
its later sentences, with no cue of their own, are no Result, and a Result left out is said."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from tests.support.answers import label_of, spoken

QUESTION = "Tell me about a time you had to learn something new quickly."

# A new answer of our own in the recognizer's form: its full stops cut the closing aside into
# three sentences, and the story never says how it turned out.
HEARD = (
    "I was a porter at a hotel in Leeds and the manager brought in a new booking screen on a"
    " Friday. I had to run the front desk alone that weekend. So I stayed after my shift on"
    " Friday night and practised check-ins with the night manager, and I wrote the steps on a"
    " card by the till. I guess I am someone who likes a challenge. I am not scared of"
    " computers. That is just how I am."
)


def test_the_sentences_after_a_spoken_aside_are_no_result() -> None:
    analysis = analyze_answer(spoken(HEARD), question=QUESTION)
    assert label_of(analysis, "I am not scared of computers.") == "other"
    assert label_of(analysis, "That is just how I am.") == "other"
    assert not analysis.star.parts["R"].present


def test_an_outcome_after_the_aside_is_still_the_result() -> None:
    told = HEARD + " And by Monday the manager had me training the others on it."
    analysis = analyze_answer(spoken(told), question=QUESTION)
    assert label_of(analysis, "by Monday the manager had me training") == "R"
