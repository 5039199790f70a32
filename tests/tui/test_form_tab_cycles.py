"""In the round-one notes and company forms, Tab past the last box moved the focus to the
invisible scrolling container that holds the boxes: what was typed next went nowhere, and a
"What they said" note a user typed never reached the file. Tab now cycles the boxes only, and a
refused save brings the line its error names into view with the cursor on it. Real key presses
on the real forms; the files are read back from disk."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input, TextArea

from simulator.interview.company import load_company
from simulator.interview.first_round import load_first_round
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm, NotesForm
from tests.tui.conftest import quiet_parts, until

NOTES = (
    'name = "St Anne ward, round one"\n\n'
    '[[asked]]\nquestion = "staff member not pulling weight"\nweak = true\n'
    'competencies = ["leadership"]\n'
)


def _notes_file(home: Path, text: str = NOTES) -> Path:
    path = home / "first_round" / "st-anne.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_tab_past_the_last_notes_box_comes_back_to_a_box_and_nothing_typed_is_lost(
    private_home: Path,
) -> None:
    notes_file = _notes_file(private_home)

    async def scenario() -> tuple[list[str], str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            app.screen.query_one("#notes", Choice).value = str(notes_file)
            await pilot.press("o")
            await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
            form = app.screen
            asked = form.query_one("#notes-asked", TextArea)
            await until(pilot, lambda: asked.has_focus, "the questions box")
            focused: list[str] = []
            await pilot.press("tab")  # to "What they said"
            focused.append(str(app.focused.id if app.focused else None))
            # The note is set in one step (typing it key by key costs ~0.07 s a key); the keys
            # around it are real presses.
            form.query_one("#notes-feedback", TextArea).insert(
                "wanted more evidence on poor performance | leadership"
            )
            await pilot.press("tab")  # past the last box: back to the first
            focused.append(str(app.focused.id if app.focused else None))
            await pilot.press("end", *" QQQ")
            await pilot.press("tab", "tab")  # round again, to "What they said"
            focused.append(str(app.focused.id if app.focused else None))
            name = form.query_one("#notes-name", Input).value
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved notes")
            return focused, name

    focused, name = asyncio.run(scenario())
    assert focused == ["notes-feedback", "notes-name", "notes-feedback"]
    assert name.endswith(" QQQ")
    notes = load_first_round(notes_file)
    assert notes.name == "St Anne ward, round one QQQ"
    assert [(f.note, f.competencies) for f in notes.feedback] == [
        ("wanted more evidence on poor performance", ("leadership",))
    ]


def test_tab_past_the_last_company_box_comes_back_to_the_name(private_home: Path) -> None:
    async def scenario() -> list[str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            form = app.screen
            await until(pilot, lambda: form.query_one("#company-name").has_focus, "the name")
            form.query_one("#company-name", Input).insert_text_at_cursor("Harrow Vale Trust")
            seen = []
            for _ in range(7):
                await pilot.press("tab")
                seen.append(str(app.focused.id if app.focused else None))
            await pilot.press("end", *" NHS", "ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved profile")
            return seen

    seen = asyncio.run(scenario())
    assert seen == [
        "company-field",
        "company-values",
        "company-news",
        "company-competitors",
        "company-role",
        "company-expectations",
        "company-name",
    ]
    (saved,) = (private_home / "companies").glob("*.toml")
    assert load_company(saved).name == "Harrow Vale Trust NHS"


def test_the_line_a_refused_save_names_is_scrolled_into_view(private_home: Path) -> None:
    questions = "".join(
        f'[[asked]]\nquestion = "question number {n} about the ward"\n\n' for n in range(1, 9)
    )
    notes_file = _notes_file(private_home, questions)

    async def scenario() -> tuple[str, int, int, int]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            app.screen.query_one("#notes", Choice).value = str(notes_file)
            await pilot.press("o")
            await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
            form = app.screen
            asked = form.query_one("#notes-asked", TextArea)
            await until(pilot, lambda: asked.has_focus, "the questions box")
            # The second question gets an area no one knows; the cursor is at the end.
            asked.move_cursor((1, len(asked.document.get_line(1))))
            asked.insert(" | | | staffing")
            asked.move_cursor(asked.document.end)
            asked.scroll_end(animate=False)
            await pilot.press("tab")  # the user is elsewhere when saving
            await pilot.press("ctrl+s")
            await pilot.pause()
            await until(pilot, lambda: asked.has_focus, "the box the error is in")
            error = str(form.query_one("#form-error").render())
            return error, asked.cursor_location[0], asked.scroll_offset.y, asked.size.height

    error, row, top, height = asyncio.run(scenario())
    assert "Questions they asked, line 2: unknown area 'staffing'" in error
    assert row == 1
    assert top <= row < top + height
