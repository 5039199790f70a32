"""A story that stops at its last action and closes on a creed told as a general statement in the
present tells no Result, whatever its words: what comes first or matters most ("for me, the
children come first, always"), what the speaker or anyone always does ("I always tell my drivers
..."), whose way it is ("that is how my mother ran her shop"). held14 left two Results out and
closed so ("For me, my men come home alive, that is the first rule, always."; "I think honesty
is the most important thing with a customer. Thank you for the question."), and both were read
as the Result. A present statement tied to the occasion is the Result still: a change that
lasts ("now", "still", "since") or a lesson ("since then I always..."). New answers of our own."""

from __future__ import annotations

import pytest

from tests.support.answers import typed_to

QUESTION = "Tell me about a time you had to put safety before a deadline."
STORY = (
    "I was the yard supervisor at a builders' merchant in Leicester, and one Friday a contractor "
    "wanted his scaffold poles loaded on a lorry with a broken tail lift, because his job "
    "started on Monday. It was my bay, so it was my decision. I stopped the loading, I found "
    "him a second lorry from our Nuneaton branch, and I stayed until it was loaded at eight. "
)
CREEDS = (
    "For me, the lads go home in one piece, that is the first rule, always.",
    "I think safety is the most important thing in a yard. Thanks for the question.",
    "I always tell my drivers, the load can wait, your back cannot.",
    "That is how my mother ran her shop too.",
    "I believe a good foreman never rushes a lift, whatever the customer says.",
)
RESULTS = (
    "The poles were on site by Saturday noon, and now the contractor books his Friday loads a "
    "day early.",
    "Nobody on that bay has been hurt since, and the broken lorry is still off the road.",
    "Since then I always check the tail lift before I promise a Friday load.",
)


typed = typed_to(QUESTION)


@pytest.mark.parametrize("creed", CREEDS)
def test_a_general_creed_after_the_last_action_is_no_result(creed: str) -> None:
    analysis = typed(STORY + creed)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes
    assert all(analysis.star.parts[p].present for p in "STA"), analysis.star.segments


@pytest.mark.parametrize("result", RESULTS)
def test_a_present_result_tied_to_the_occasion_stays_the_result(result: str) -> None:
    analysis = typed(STORY + result)
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert analysis.star.segments[-1].label == "R"
    assert "no_result" not in analysis.flaw_codes


@pytest.mark.parametrize("result", RESULTS)
def test_a_creed_after_the_result_leaves_it_the_result(result: str) -> None:
    analysis = typed(STORY + result + " " + CREEDS[0])
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
