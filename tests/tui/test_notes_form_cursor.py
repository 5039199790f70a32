"""Round-one notes opened again with `o` put the cursor at the start of "Questions they asked":
the first key typed landed before the "!" of the first question ("Z!Tell me..."), changing the
question round one doubted. The cursor now waits after the last question."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import TextArea

from simulator.interview.first_round import load_first_round
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import NotesForm
from tests.tui.conftest import quiet_parts, until

NOTES = (
    '[[asked]]\nquestion = "tell me about a clash with your shift lead"\nweak = true\n'
    'competencies = ["conflict"]\n'
)


def test_editing_notes_again_types_after_the_last_question(private_home: Path) -> None:
    notes_file = private_home / "first_round" / "depot.toml"
    notes_file.parent.mkdir(parents=True)
    notes_file.write_text(NOTES)

    async def scenario() -> str:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            home.query_one("#notes", Choice).value = str(notes_file)
            await pilot.press("o")
            await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
            asked = app.screen.query_one("#notes-asked", TextArea)
            await until(pilot, lambda: asked.has_focus, "the questions field")
            await pilot.press("enter", *"why logistics", "ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved notes")
            return asked.text

    typed = asyncio.run(scenario())
    first, second = typed.splitlines()
    assert first.startswith("!tell me about a clash") and second == "why logistics"
    notes = load_first_round(notes_file)
    assert [a.question for a in notes.asked] == [
        "tell me about a clash with your shift lead", "why logistics"
    ]
    assert notes.asked[0].weak
