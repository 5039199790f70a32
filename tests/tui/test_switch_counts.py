"""The same question answered twice in the room, the second time for another interviewer (`p`):
both answers are scored, so the summary's title names the second as asked again (not "not
scored") and says the average takes the question at its best attempt."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Static

from simulator.storage.store import SessionStore
from simulator.storage.views import average_score, views
from simulator.tui.app import make_app
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.choice import ChoicePicker
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room, until

# A dental nurse, clipped sentences, then the same occasion told for a senior leader.
FIRST = (
    "Surgery double-booked the hygienist every Tuesday for a month. I run the diary, so it was "
    "mine to fix. I rang the twelve patients myself, moved six to Thursday and locked the "
    "template. No double booking since March, and the hygienist got her lunch back."
)
AGAIN = (
    "Headline: zero double bookings since March. Before that the hygienist lost twelve slots a "
    "month. I own the diary, so I rang every patient, moved half to Thursday and locked the "
    "template so it cannot happen again."
)


@pytest.mark.usefixtures("no_audio_devices")
def test_an_answer_for_another_interviewer_is_asked_again_not_unscored() -> None:
    async def scenario() -> tuple[str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await typing_in_the_room(pilot)
            await type_answer(pilot, FIRST)
            await settled(pilot)
            await pilot.press("escape", "p")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the chooser")
            ids = [p.id for p in screen.setup.personas]
            steps = ids.index("senior-leader") - ids.index(screen.persona.id)
            await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
            await until(
                pilot,
                lambda: screen.asked is not None and screen.asked.persona.id == "senior-leader",
                "the senior leader's question",
            )
            await settled(pilot)
            await type_answer(pilot, AGAIN)
            await settled(pilot)
            session_id = screen.interview.session_id  # type: ignore[union-attr]
            await pilot.press("escape", "e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            await settled(pilot)
            title = str(app.screen.query(".panel-title").first(Static).render())
        return session_id, title

    session_id, title = asyncio.run(scenario())
    answers = views(SessionStore().load(session_id))
    assert [a.persona_id for a in answers] == ["hiring-manager", "senior-leader"]
    assert all(a.counts and a.score is not None for a in answers), "both were scored"
    average = average_score(answers)
    assert average == max(a.score or 0.0 for a in answers)
    assert "not scored" not in title, title
    assert title.endswith(
        f"1 answer (+1 asked again) · average score {average:.0f}, best attempt of each question"
    ), title
