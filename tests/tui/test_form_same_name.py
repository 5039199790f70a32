"""A new company profile (or new round-one notes) typed with the name of one already saved is
refused, naming the file, and the file is left as it was: before, the form, which started
empty, was saved over it, and the saved profile's values and news were gone."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from simulator.tui.app import make_app
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm
from tests.tui.conftest import quiet_parts, until

SAVED = """\
# Brennan & Dole Haulage, from the agency's brief
name = "Brennan & Dole Haulage"
news = ["Won the Limerick port contract, March"]

[[values]]
name = "Straight talking"
cues = ["honest", "told him straight"]
"""


def test_a_new_profile_with_a_saved_name_is_refused_and_the_file_kept(
    private_home: Path,
) -> None:
    saved = private_home / "companies" / "brennan-dole-haulage.toml"
    saved.parent.mkdir(parents=True)
    saved.write_text(SAVED)

    async def scenario() -> tuple[str, bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            app.screen.query_one("#company", Choice).value = ""  # none chosen: a new profile
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            form = app.screen
            form.query_one("#company-name", Input).value = "Brennan & Dole Haulage"
            form.query_one("#company-values", TextArea).text = "Safety first"
            await pilot.press("ctrl+s")
            error = form.query_one("#form-error", Static)
            await until(pilot, lambda: error.display, "the form's error")
            return str(error.render()), app.screen is form

    message, still_open = asyncio.run(scenario())
    assert still_open, "the form stays open with what was typed"
    assert message.startswith("Company name: a company profile by this name is saved already")
    assert saved.read_text() == SAVED
