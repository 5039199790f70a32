"""The preparation forms at the smallest supported terminal: a refused save is seen (the error at
the top of the dialog, over the scrolling fields, and as a notification), a value with no name is
refused rather than dropped, and editing round-one notes keeps each asked question's areas."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, Static, TextArea

from simulator.config import Settings
from simulator.interview.first_round import load_first_round
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm, NotesForm
from tests.tui.conftest import until


def typed_parts() -> AppParts:
    return AppParts(
        load_recognizer=None,
        load_settings=Settings,
        microphone_check=lambda: (False, "typed answers for this test"),
    )


async def _open_form(pilot: Pilot[None], app: App[None], key: str) -> Screen[object]:
    """From the home screen, the preparation form `key` opens ("c": the company profile, "o":
    the round-one notes), once it is on screen."""
    form_type = {"c": CompanyForm, "o": NotesForm}[key]
    await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
    await pilot.press(key)
    await until(pilot, lambda: isinstance(app.screen, form_type), f"the {form_type.__name__}")
    return app.screen


async def _notes_refused(
    pilot: Pilot[None], app: App[None], name: str, feedback: str
) -> Static:
    """Open the notes form, type `name` and `feedback` ("What they said"), save, and wait for
    the error the save shows."""
    form = await _open_form(pilot, app, "o")
    form.query_one("#notes-name", Input).value = name
    form.query_one("#notes-feedback", TextArea).text = feedback
    await pilot.press("ctrl+s")
    error = form.query_one("#form-error", Static)
    await until(pilot, lambda: error.display and str(error.render()), "the error")
    return error


def _refused_at_80_by_24(values: str) -> tuple[str, bool, list[str], bool]:
    """Fill the company form with `values`, focus the last field (the values scrolled out of
    view) and save: (the error shown, whether all of it lies inside the 80x24 screen, the
    notifications, whether the form is still open)."""

    async def scenario() -> tuple[str, bool, list[str], bool]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            form = await _open_form(pilot, app, "c")
            form.query_one("#company-name", Input).value = "Tallinn Grain Co"
            form.query_one("#company-values", TextArea).text = values
            form.query_one("#company-expectations", TextArea).focus()
            await pilot.pause()
            await pilot.press("ctrl+s")
            error = form.query_one("#form-error", Static)
            await until(pilot, lambda: error.display and str(error.render()), "the error")
            await pilot.pause()
            region = error.region
            visible = (
                region.height > 0 and region.y >= 0 and region.bottom <= 24 and region.right <= 80
            )
            notices = [n.message for n in app._notifications]
            return str(error.render()), visible, notices, isinstance(app.screen, CompanyForm)

    return asyncio.run(scenario())


def test_a_value_with_no_name_is_refused_naming_the_line_and_field(private_home: Path) -> None:
    shown, visible, notices, still_open = _refused_at_80_by_24(
        "Grain first: the harvest decides\n: a value with no name"
    )
    assert shown.startswith('Values, line 2: ": a value with no name"'), shown
    assert visible and still_open
    assert any("Values, line 2" in notice for notice in notices)
    assert not (private_home / "companies" / "tallinn-grain-co.toml").exists()


def test_a_too_long_value_name_is_refused_where_it_can_be_seen(private_home: Path) -> None:
    shown, visible, notices, still_open = _refused_at_80_by_24(
        "we always deliver the grain " * 8 + ": long name"
    )
    assert shown.startswith("Values, line 1: the name is 223 characters long"), shown
    assert "200" in shown
    assert visible, "the error is inside the 80x24 screen"
    assert still_open and any("200" in notice for notice in notices)


def test_editing_round_one_notes_keeps_each_questions_areas(private_home: Path) -> None:
    notes_file = private_home / "first_round" / "harbour.toml"
    notes_file.parent.mkdir(parents=True)
    notes_file.write_text(
        '[[asked]]\nquestion = "tell me of a clash with ur lead"\nweak = true\n'
        'competencies = ["conflict", "communication"]\n\n'
        '[[asked]]\nquestion = "why logistics"\n'
    )

    async def scenario() -> None:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            assert isinstance(home, HomeScreen)
            home.query_one("#notes", Choice).value = str(notes_file)
            await pilot.press("o")
            await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved notes")

    asyncio.run(scenario())
    notes = load_first_round(notes_file)
    assert [a.competencies for a in notes.asked] == [("conflict", "communication"), ()]
    assert notes.asked[0].weak and notes.asked[1].question == "why logistics"


def test_the_notes_form_refuses_an_area_no_bank_knows(private_home: Path) -> None:
    async def scenario() -> tuple[str, bool]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            error = await _notes_refused(
                pilot, app, "harbour",
                "kept eye contact | communication\n\nrambled a lot | nonsense-area")
            return str(error.render()), isinstance(app.screen, NotesForm)

    # Named where it was typed (the third line of the field), not by the TOML never written.
    shown, still_open = asyncio.run(scenario())
    assert shown.startswith("What they said, line 3: unknown area 'nonsense-area'"), shown
    assert "harbour.toml" not in shown
    assert still_open and not (private_home / "first_round" / "harbour.toml").exists()


def test_role_duties_with_no_role_title_are_refused_not_dropped(private_home: Path) -> None:
    async def scenario() -> tuple[str, bool, list[str]]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            form = await _open_form(pilot, app, "c")
            form.query_one("#company-name", Input).value = "Saltmarsh Dairies"
            form.query_one("#company-expectations", TextArea).text = (
                "plan the milk rounds\nfix the cold room rota"
            )
            await pilot.pause()
            await pilot.press("ctrl+s")
            error = form.query_one("#form-error", Static)
            await until(pilot, lambda: error.display and str(error.render()), "the error")
            notices = [n.message for n in app._notifications]
            return str(error.render()), isinstance(app.screen, CompanyForm), notices

    shown, still_open, notices = asyncio.run(scenario())
    assert shown.startswith("Role title is needed for what the role is expected to do"), shown
    assert still_open and any("Role title" in notice for notice in notices)
    assert not (private_home / "companies" / "saltmarsh-dairies.toml").exists()


def test_every_refused_area_is_seen_whole_and_the_notice_is_short(private_home: Path) -> None:
    # Three areas no bank knows: each problem once, the list of known areas said once.
    async def scenario() -> tuple[str, bool, bool, list[str]]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(80, 24)) as pilot:
            error = await _notes_refused(
                pilot, app, "quayside",
                "too quiet | gravitas\nshort answers | polish\nno questions back | curiosity")
            await pilot.pause()
            whole = error.virtual_size.height <= error.size.height
            inside = error.region.y >= 0 and error.region.bottom <= 24
            notices = [n.message for n in app._notifications]
            return str(error.render()), whole, inside, notices

    shown, whole, inside, notices = asyncio.run(scenario())
    for line, area in ((1, "gravitas"), (2, "polish"), (3, "curiosity")):
        assert f"What they said, line {line}: unknown area '{area}'" in shown, shown
    assert shown.count("conflict") == 1, "the known areas are listed once"
    assert whole and inside, "nothing of the problems is scrolled or cut off"
    notice = notices[-1]
    assert "curiosity" in notice and "conflict" not in notice and len(notice) < 250, notice
