"""How a stretch of work went from week to week is no outcome (breaker9 D10): "some weeks were
better than others" was credited as the Result of a story that never says how it ended. New
answers of our own, in registers unlike the tester's; a real ending told after such a line
stays the Result."""

from __future__ import annotations

import pytest

from tests.support.answers import typed

QUESTION = "Tell me about a project that did not go to plan."

# Spoken and rambling: a school timetable change, no outcome.
SCHOOL = (
    "okay so at my school we moved to a new timetable system and it was honestly chaos because "
    "half the staff had never used it. i was the deputy head of year so i helped where i could. "
    "i ran a couple of drop-in sessions after school and i answered a lot of emails. some days "
    "were a lot better than other days. i think we all just did our best with it."
)
# Non-native, a site office: the ups and downs stand where the result would be.
SITE = (
    "In the site office in Katowice we changed the booking of cranes to a new app, and the "
    "foremen did not like it. My role was to support them. I went to each foreman and I showed "
    "the app on his phone, and I made a paper copy for the first month. We had our ups and "
    "downs with it."
)


@pytest.mark.parametrize("answer", [SCHOOL, SITE], ids=["run-on", "non-native"])
def test_how_the_weeks_went_is_not_the_result(answer: str) -> None:
    analysis = typed(answer, QUESTION)
    assert not analysis.star.parts["R"].present
    assert "no_result" in analysis.flaw_codes
    assert not any(s.label == "R" for s in analysis.star.segments)


def test_a_real_ending_after_the_ups_and_downs_is_the_result() -> None:
    analysis = typed(
        SITE + " By the end of the summer every crane booking went through the app and the "
        "double bookings stopped.",
        QUESTION,
    )
    assert analysis.star.parts["R"].present
    assert analysis.star.segments[-1].label == "R"
    assert analysis.star.segments[-1].text.startswith("By the end of the summer")
