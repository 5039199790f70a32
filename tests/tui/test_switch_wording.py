"""Switching interviewer in the room before answering: the new interviewer takes the question
over (who they are, then the question), with no thanks for an answer that never came; the words
on screen are the words said."""

from __future__ import annotations

import asyncio

import pytest
from textual.widgets import Static

from simulator.tui.app import make_app
from simulator.tui.widgets.choice import ChoicePicker
from tests.tui.conftest import quiet_parts, settled, typing_in_the_room, until


@pytest.mark.usefixtures("no_audio_devices")
def test_switching_before_answering_hands_the_question_over() -> None:
    async def scenario() -> tuple[str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await typing_in_the_room(pilot)
            # No microphone here: the typing box opened; escape gives the room its keys back.
            await pilot.press("escape", "p")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the chooser")
            ids = [p.id for p in screen.setup.personas]
            steps = ids.index("recruiter") - ids.index(screen.persona.id)
            await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
            await until(
                pilot,
                lambda: screen.asked is not None and screen.asked.persona.id == "recruiter",
                "the recruiter's question",
            )
            await settled(pilot)
            shown = str(screen.query_one("#question", Static).render())
            spoken = screen.asked.spoken_text  # type: ignore[union-attr]
            await pilot.press("escape", "e")
            await settled(pilot)
        return shown, spoken

    shown, spoken = asyncio.run(scenario())
    assert spoken.startswith("I'm Priya Nair, Talent Partner. Let me take this one. ")
    assert "thank" not in spoken.lower()
    assert " ".join(shown.split()) == spoken
