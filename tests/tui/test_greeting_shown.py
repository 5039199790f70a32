"""With questions not spoken (no speaker, typed answers), the interviewers' introductions still
reach the user: on screen above the first question until it is answered, at 80x24. A second
round (round-one notes) opens with the interviewer's second-round greeting, shown the same way."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Static

from simulator.tui.app import make_app
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, settled, type_answer, until

NOTES = """\
[[feedback]]
note = "stories stayed vague about who did what"
competencies = ["leadership"]
"""


@pytest.mark.usefixtures("no_audio_devices")
def test_the_introduction_is_on_screen_until_the_first_answer(private_home: Path) -> None:
    notes = private_home / "first_round" / "round-one.toml"
    notes.parent.mkdir(parents=True)
    notes.write_text(NOTES)

    async def scenario() -> tuple[str, str, bool, bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            home.query_one("#mode", Choice).value = "full"
            home.query_one("#notes", Choice).value = str(notes)
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await until(pilot, lambda: screen.asked is not None, "the first question")
            await settled(pilot)
            greeting = screen.query_one("#greeting", Static)
            said = str(greeting.render())
            scroll = screen.query_one("#interview-scroll")
            visible = greeting.display and greeting.region.overlaps(scroll.region)
            introduction = screen.setup.plan.introduce(screen.persona, None)
            await type_answer(pilot, "i led the rota change and the overtime went down by a third")
            await settled(pilot)
            return said, introduction, bool(visible), greeting.display

    said, introduction, visible, after = asyncio.run(scenario())
    assert " ".join(introduction.split()) in " ".join(said.split())
    assert "second round" in said.lower()
    assert visible, "the greeting is on screen with the question"
    assert not after, "it goes once the first answer is given"
