"""A preparation form with several wrong fields shows every problem at once, each named by the
form's field (and the line typed, in a box of lines), keeps everything typed and writes nothing;
`c` on a profile with several problems, and the CLI, name them all. Before, only the first was
shown ("values[0].name: missing" of three), so three wrong fields took three saves to learn of."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from simulator.interview import prep
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm, NotesForm
from tests.support.program import run_program
from tests.tui.conftest import quiet_parts, until

# Typed in a hurry by a warehouse shift lead, notes-style, one field too long in three places.
TYPED_COMPANY = {
    "#company-name": "",
    "#company-values": (
        "safety first: nobody lifts alone\n"
        "\n"
        ": pallets wrapped before 6am\n"
        + "we always always check the forklift log before the shift start " * 4
        + ": long one"
    ),
    "#company-news": "new cross-dock in Ghent opened march\n" + "the night shift " * 130,
    "#company-competitors": "Vos Logistics, " + "B" * 230,
    "#company-role": "Shift Lead, Inbound",
}


def _fields(form: CompanyForm | NotesForm, ids: list[str]) -> dict[str, str]:
    shown = {}
    for widget_id in ids:
        widget = form.query_one(widget_id)
        shown[widget_id] = widget.text if isinstance(widget, TextArea) else form.query_one(
            widget_id, Input
        ).value
    return shown


def test_the_company_form_shows_every_wrong_field_and_keeps_the_typing(
    private_home: Path,
) -> None:
    async def scenario() -> tuple[str, list[str], dict[str, str], bool, str]:
        app = make_app(quiet_parts(microphone_check=lambda: (False, "typed for this test")))
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            form = app.screen
            assert isinstance(form, CompanyForm)
            for widget_id, text in TYPED_COMPANY.items():
                widget = form.query_one(widget_id)
                if isinstance(widget, TextArea):
                    widget.text = text
                else:
                    form.query_one(widget_id, Input).value = text
            await pilot.pause()
            await pilot.press("ctrl+s")
            error = form.query_one("#form-error", Static)
            await until(pilot, lambda: error.display and str(error.render()), "the error")
            notices = [n.message for n in app._notifications]
            focused = app.focused.id if app.focused is not None else ""
            return (
                str(error.render()),
                notices,
                _fields(form, list(TYPED_COMPANY)),
                app.screen is form,
                focused or "",
            )

    shown, notices, kept, still_open, focused = asyncio.run(scenario())
    assert shown.splitlines() == [
        "Company name is empty",
        'Values, line 3: ": pallets wrapped before 6am", has no name before the ":"; '
        'write it as "name: what it means"',
        "Values, line 4: the name is 251 characters long; the limit is 200",
        "Recent news, line 2: is 2,079 characters long; the limit is 2,000",
        "Competitors: item 2 is 230 characters long; the limit is 200",
    ], shown
    assert any(notice.count("\n") == 4 for notice in notices), notices
    assert still_open and kept == TYPED_COMPANY, "everything typed is still in the form"
    assert focused == "company-name", "the cursor on the first problem"
    assert not any(prep.folder(prep.COMPANIES).glob("*.toml")), "nothing was written"


def test_the_notes_form_names_every_unknown_area_on_its_own_line(private_home: Path) -> None:
    asked = (
        "why u want leave current job | money mostly\n"
        "!tell about conflict wiht colleague | i said i just avoid | too vague | conflikt\n"
    )
    said = "good eye contact | communication\nno example of planing | plannning, teamwork"

    async def scenario() -> tuple[str, dict[str, str]]:
        app = make_app(quiet_parts(microphone_check=lambda: (False, "typed for this test")))
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await pilot.press("o")
            await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
            form = app.screen
            assert isinstance(form, NotesForm)
            form.query_one("#notes-name", Input).value = "depot round 1"
            form.query_one("#notes-asked", TextArea).text = asked
            form.query_one("#notes-feedback", TextArea).text = said
            await pilot.press("ctrl+s")
            error = form.query_one("#form-error", Static)
            await until(pilot, lambda: error.display and str(error.render()), "the error")
            return str(error.render()), _fields(form, ["#notes-asked", "#notes-feedback"])

    shown, kept = asyncio.run(scenario())
    *problems, known = shown.splitlines()
    assert [line.split(";")[0] for line in problems] == [
        "Questions they asked, line 2: unknown area 'conflikt'",
        "What they said, line 2: unknown area 'plannning'",
    ], shown
    # The areas the notes know are listed once, after the problems (cd0fab6, breaker9 D16).
    assert known.startswith("Known: ") and "conflict" in known.split(", ")
    assert shown.count("Known:") == 1
    assert kept == {"#notes-asked": asked, "#notes-feedback": said}
    assert not any(prep.folder(prep.NOTES).glob("*.toml")), "nothing was written"


def test_editing_a_profile_with_three_problems_names_all_three(private_home: Path) -> None:
    folder = prep.folder(prep.COMPANIES)
    folder.mkdir(mode=0o700, parents=True)
    broken = folder / "kowalczyk.toml"
    broken.write_text(
        'name = "Kowalczyk Bakery"\nnews = ["new oven", 2026]\n\n'
        '[[values]]\ndescription = "bread is fresh every morning"\n\n'
        '[[values]]\nname = "honest"\ncolour = "brown"\n'
    )

    async def scenario() -> tuple[list[str], bool]:
        app = make_app(quiet_parts(microphone_check=lambda: (False, "typed for this test")))
        async with app.run_test(size=(110, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            home = app.screen
            company = home.query_one("#company", Choice)
            await until(pilot, lambda: len(company.options) > 1, "the profiles")
            company.value = str(broken)
            await pilot.press("c")
            await pilot.pause()
            return [n.message for n in app._notifications], isinstance(app.screen, HomeScreen)

    notices, at_home = asyncio.run(scenario())
    assert at_home
    (notice,) = [n for n in notices if "kowalczyk.toml" in n]
    assert [line.split(": ", 1)[1].split(" (")[0] for line in notice.splitlines()] == [
        "news: item 2 must be text, not a number",
        "values[0].name: missing",
        "values[1].colour: unknown key",
    ], notice
    assert [line.split(":")[1] for line in notice.splitlines()] == ["2", "4", "9"]


def test_the_cli_names_every_problem_of_a_profile_one_a_line(tmp_path: Path) -> None:
    profile = tmp_path / "kowalczyk.toml"
    profile.write_text(
        'name = "Kowalczyk Bakery"\nnews = ["new oven", 2026]\n\n'
        '[[values]]\ndescription = "bread is fresh every morning"\n\n'
        '[[values]]\nname = "honest"\ncolour = "brown"\n'
    )
    result = run_program(tmp_path / "home", "plan", "full", "--company", str(profile))
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and all(
        line.startswith(f"interview-sim: error: {profile}:") for line in lines
    ), result.stderr
    assert {line.split(": ")[3] for line in lines} == {"news", "values[0].name", "values[1].colour"}
