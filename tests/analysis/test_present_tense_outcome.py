"""A story told in the historic present ends in the present too: "the shop gets back about
nine hundred pounds" is its Result, not the evidence of "no result"; and the same words said
in the past as a reply to "How did it end up?" give the outcome, as the answer labeller takes
them inside an answer (breaker10 D2). New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.follow_up import judge_follow_up
from simulator.speech.stt import Transcript

QUESTION = "Describe a problem you noticed that was nobody's job. What did you do?"
PRESENT_STORY = (
    "So last winter I am working in a bike shop in Utrecht, and I notice that nobody checks "
    "the delivery notes against what the wholesaler bills us. It is not my job, I am on the "
    "repair bench, but I decide to look. I go through six months of invoices, I mark every "
    "part we paid for and never got, and I send the list to the wholesaler with the delivery "
    "notes. {outcome}"
)
TRAYS_STORY = (
    "At my old company we are a bakery supplier in Lagos, and I see that nobody follows up the "
    "trays the shops never send back. It is not my job, I am in accounts, but I take it on. I "
    "go through the delivery sheets, I build a list of the trays each shop is holding, and I "
    "call the shop owners one by one every Friday. {outcome}"
)


@pytest.mark.parametrize(
    ("story", "outcome"),
    [
        (PRESENT_STORY, "In the first year, the shop recovers about 900 euros of parts from "
                        "the wholesaler."),
        (TRAYS_STORY, "In the first quarter, the company gets back about 1,500 dollars of "
                      "trays."),
        (PRESENT_STORY, "By the end of the year, the shop saves about nine hundred euros on "
                        "parts."),
    ],
    ids=["recovers", "gets-back", "saves"],
)
def test_a_present_tense_outcome_is_the_result_of_a_present_tense_story(
    story: str, outcome: str
) -> None:
    analysed = analyze_answer(Transcript.from_text(story.format(outcome=outcome)),
                              question=QUESTION)
    assert analysed.star.parts["R"].present, [(s.label, s.text) for s in analysed.star.segments]
    assert "no_result" not in analysed.flaw_codes


@pytest.mark.parametrize(
    "reply",
    [
        "Like I told you, the shop got back about nine hundred euros from the wholesaler.",
        "We got back roughly 900 euros in credit notes that spring.",
    ],
    ids=["words", "digits"],
)
def test_got_back_is_an_outcome_in_a_reply_as_in_an_answer(reply: str) -> None:
    assert judge_follow_up(Transcript.from_text(reply), "no_result").gives
    told = analyze_answer(Transcript.from_text(PRESENT_STORY.format(outcome=reply)),
                          question=QUESTION)
    assert told.star.parts["R"].present
