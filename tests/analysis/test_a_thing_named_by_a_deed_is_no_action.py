"""A clause that only names a thing by what the speaker did to it ("the date I gave", "every
order I place") tells no deed (breaker9 D2): the closing outcome of a failure story, "My last
two plans finished on the date I gave", was read as an Action for its "I gave", no Result was
found, and adding that better ending cost the answer 38 points. New answers of our own."""

from __future__ import annotations

import pytest

from tests.support.answers import typed

QUESTION = "Tell me about a failure you are not proud of. What did you learn?"

# Polished: a caterer who under-ordered, owned it, changed a habit, and it held.
CATERER = (
    "Two summers ago I ran the catering for a wedding of 180 guests and I promised the couple "
    "a hot buffet until midnight. I had ordered for 150 because I copied an old order. We ran "
    "out of mains at half past nine and the late guests got only cake. I rang the couple myself "
    "the next morning, I gave back a third of the fee, and I now check the guest list against "
    "every order I place."
)
CATERER_ENDING = " The weddings after that all finished on the exact menu I sold."
# Terse notes: a release that slipped.
NOTES = (
    "Q3 release, I owned the plan. Promised sales 6 weeks. Forgot the translation review. "
    "Shipped 3 weeks late, two markets got English only. Owned it in the sales call, added a "
    "review week to each plan I make."
)
NOTES_ENDING = "\nLast 2 releases shipped on the date I promised."


@pytest.mark.parametrize(
    ("story", "ending"), [(CATERER, CATERER_ENDING), (NOTES, NOTES_ENDING)],
    ids=["polished", "notes"],
)
def test_a_good_closing_outcome_is_the_result_and_costs_nothing(story: str, ending: str) -> None:
    without = typed(story, QUESTION)
    analysis = typed(story + ending, QUESTION)
    last = analysis.star.segments[-1]
    assert last.label == "R"
    assert last.text.strip().endswith(ending.strip())
    assert analysis.star.parts["R"].present
    assert analysis.star.parts["A"].share_words < 0.9
    assert "no_result" not in analysis.flaw_codes
    assert analysis.score >= without.score


def test_the_speakers_deed_after_a_time_is_still_an_action() -> None:
    analysis = typed(
        "Our delivery van broke down before a big order. As the shop manager I had to get the "
        "cakes out. I called a courier firm and the next day I drove the rest myself. Every "
        "cake arrived before the party started.",
        "Tell me about a time something went wrong at work.",
    )
    assert [s.label for s in analysis.star.segments if "the next day" in s.text] == ["A"]
