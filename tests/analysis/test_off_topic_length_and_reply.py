"""What follows an answer to another question (coach8's leftovers): its length tip asks for an
answer to what was asked, not for "why your example matters" (the example answers another
question); and a reply to a follow-up that is about something else repairs nothing, even when
it names an outcome of its own ("we won the league" to "how did it end?")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import OFF_THE_STORY, analyze_follow_up
from simulator.analysis.follow_up import probe_asks
from simulator.speech.stt import Transcript

# A kitchen porter in a second language: what he is like, to a plan question.
PORTER = (
    "My greatest strength is I am never late. In the hotel kitchen I come every morning at six "
    "and one time I stay until two in the night for a big wedding, the chef shake my hand."
)


@pytest.mark.parametrize("question", [
    "How would you explain a database index to a new colleague?",
    "How would you handle a customer who shouts at the counter?",
])
def test_the_length_tip_of_an_answer_to_another_question_asks_for_the_answer(
    question: str,
) -> None:
    analysis = analyze_answer(Transcript.from_text(PORTER), question=question)
    assert analysis.flaw_codes[0] == "off_topic"
    assert not any("example" in tip for tip in analysis.tips), analysis.tips
    assert any(tip.startswith("Too short") and "answer what it asks" in tip
               for tip in analysis.tips), analysis.tips


QUESTION = "Tell me about a time you disagreed with a colleague."
# A hotel receptionist, run-on: a disagreement about the night rota, a result with no figure.
STORY = (
    "last year at the hotel the night manager and me we did not agree about the rota, he want "
    "the same two people always on weekends and i said it is not fair, so i made a sheet where "
    "everybody choose two weekends per month and i showed him, he agreed to try it"
)
PROBE = "How did it end, and what changed because of it?"
# Replies to the probe: another thing entirely, and the story's own ending in a second language.
ABOUT_CYCLING = (
    "I like very much cycling, every Sunday I ride with my club along the river and last "
    "summer we finished the long race in Girona, I was so happy with my new bike."
)
ITS_ENDING = (
    "In the end the night manager kept my sheet for the whole year and nobody complain about "
    "the weekends any more, also two people stayed who wanted to leave before."
)


def test_a_reply_about_something_else_repairs_nothing() -> None:
    first = analyze_answer(Transcript.from_text(STORY), question=QUESTION)
    asks = probe_asks(PROBE)
    merged, judged = analyze_follow_up(Transcript.from_text(ABOUT_CYCLING), asks[0], first,
                                       also=asks[1:])
    assert not judged.gives and judged.gave == ()
    assert merged.tips == (OFF_THE_STORY,)
    assert merged.score <= first.score
    given, kept = analyze_follow_up(Transcript.from_text(ITS_ENDING), asks[0], first,
                                    also=asks[1:])
    assert kept.gives, kept
    assert given.tips != (OFF_THE_STORY,)
