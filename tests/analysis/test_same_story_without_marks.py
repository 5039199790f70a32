"""The same story scores the same with or without punctuation, as a recogniser may give it with
none: a result opening on "and after six weeks" or on someone else's deed ("the owner agreed")
starts a unit of its own in unpunctuated words as a full stop starts it in written ones
(breaker10 D8: 98 punctuated, 92 without, the last action read into the Result), and "I first
went" opens a step as "I went" does (breaker11 D1: a run-on whose steps all read as the Task
scored 22, punctuated 56). New answers of our own."""

from __future__ import annotations

import re

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.star import split_units
from simulator.analysis.tokens import tokenize
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you fixed a problem nobody else was looking at."
GARDEN = (
    "In my second year at a garden centre in Bristol I ran the plant section, and we were "
    "throwing away a lot of stock because nobody watered the back benches at weekends. I was "
    "asked to stop the losses before the summer. I drew up a watering rota for the weekend "
    "staff, I put a sign-off sheet on each bench, and I walked the benches myself every "
    "Saturday morning. And after six weeks the losses had halved. The owner liked the sheets "
    "so much that he used them in the other two shops."
)
AGENCY = (
    "I was the only developer at a small travel agency, and the owner wanted to know why our "
    "booking site kept showing prices the airlines no longer offered. I was asked to explain it "
    "to her and the two sales staff. I left out the code and used one real booking as the "
    "example, and I drew the two clocks side by side on a sheet of paper for a friend who is a "
    "teacher first. The owner agreed to pay for live prices that same week, and the sales staff "
    "started using my drawing with customers."
)

ORCHARD = (
    "ok so the thing was we supplied apples to a farm shop near Hereford and the owner was "
    "furious because half a delivery had gone soft before she could sell it and it was my "
    "account so I had to sort it out basically. I first went to the shop and took photos of "
    "the crates, then I traced the load back to one cold store that had failed over the weekend, "
    "and I replaced the whole delivery the next morning at our cost. She ordered again the week "
    "after, and she is still a customer."
)


def _unmarked(text: str) -> str:
    return re.sub(r"[.,]", "", text.lower())


@pytest.mark.parametrize("story", [GARDEN, AGENCY, ORCHARD],
                         ids=["and-after", "others-deed", "i-first-went"])
def test_the_same_words_score_the_same_without_punctuation(story: str) -> None:
    written = analyze_answer(Transcript.from_text(story), question=QUESTION)
    spoken = analyze_answer(Transcript.from_text(_unmarked(story)), question=QUESTION)
    assert spoken.score == written.score, (spoken.points_why, written.points_why)
    assert spoken.score_parts == written.score_parts


def test_an_outcome_after_time_words_is_no_part_of_the_last_action() -> None:
    analysed = analyze_answer(Transcript.from_text(_unmarked(GARDEN)), question=QUESTION)
    results = [s.text for s in analysed.star.segments if s.label == "R"]
    assert results and results[0].startswith("and after six weeks"), results


def test_someone_elses_deed_opens_a_unit_in_unmarked_words() -> None:
    tokens = tokenize(Transcript.from_text(_unmarked(AGENCY)))
    starts = [" ".join(t.norm for t in tokens[first:first + 3]) for first, _ in
              split_units(tokens, punctuated=False)]
    assert "the owner agreed" in starts, starts
    # Inside a clause ("showed how the site saved", "why our booking site kept") no cut.
    assert not any(s.startswith(("the airlines", "our booking")) for s in starts), starts
