"""A follow-up's STAR bar showed its question's parts with the first answer's word shares, and
the part the reply gave as a "R 0%" sliver. The bar of a reply (and of the question in compare)
now says that part was told in the follow-up, and the other shares stay the first answer's."""

from __future__ import annotations

import asyncio

import pytest

from simulator.tui.app import make_app
from simulator.tui.widgets.feedback import StarBar
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room

# The scene, the task and the actions of a story that never says how it ended, typed in short
# flat notes; then the reply to "how did it turn out?" with the outcome and a figure.
NO_OUTCOME = (
    "Spring last year, bakery chain, night shift. Ovens booked twice by two teams every week. "
    "My job: fix the oven schedule. I met both team leads, I drew one shared booking sheet, I "
    "moved the cake team to start one hour earlier, I checked the sheet every morning myself."
)
GIVES_OUTCOME = (
    "After six weeks there were no double bookings at all, and the overtime went down by "
    "about twenty hours a month."
)


@pytest.mark.usefixtures("no_audio_devices")
def test_the_reply_s_bar_says_the_result_was_told_in_the_follow_up() -> None:
    async def scenario() -> tuple[str, str, dict[str, float]]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(110, 40)) as pilot:
            screen = await typing_in_the_room(pilot)
            await type_answer(pilot, NO_OUTCOME)
            await settled(pilot)
            first = {k: p.share_words for k, p in screen.query_one(StarBar).parts.items()}
            first_bar = str(screen.query_one(StarBar).render())
            assert screen.probe, "no outcome: a follow-up is offered"
            await pilot.press("escape", "f")
            await settled(pilot)
            await type_answer(pilot, GIVES_OUTCOME)
            await settled(pilot)
            return first_bar, str(screen.query_one(StarBar).render()), first

    first_bar, reply_bar, first_shares = asyncio.run(scenario())
    assert "[R]" in first_bar and "Result missing" in first_bar
    bar, legend = reply_bar.splitlines()
    assert "R in follow-up" in bar and "R 0%" not in bar and "[R]" not in bar
    assert "Result (in the follow-up)" in legend and "missing" not in legend
    # Above the reply's own words, the bar says it is the question's, not the reply's (D15).
    assert legend.startswith("The question's STAR now: Situation")
    assert "STAR now" not in first_bar
    # The parts the first answer told keep its shares of its words.
    for label in ("S", "T", "A"):
        if first_shares.get(label):
            assert f" {label} {first_shares[label] * 100:.0f}%" in bar
