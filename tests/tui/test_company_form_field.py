"""The company form opened at 100×30 with its first label, "Company name", scrolled out of
sight, and it had no box for the profile's `field` (the field of work that puts the
interviewers and the exercises in its terms): a pharmacist had to edit the TOML by hand. The
form now opens at its top and has a "Field of work" box, written to the file and shown again
when the profile is edited."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input

from simulator.interview.company import load_company
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm
from tests.tui.conftest import quiet_parts, settled, until


async def _open_form(pilot: object, app: object) -> CompanyForm:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("c")
    await until(pilot, lambda: isinstance(pilot.app.screen, CompanyForm), "the company form")
    form = pilot.app.screen
    assert isinstance(form, CompanyForm)
    await until(pilot, lambda: form.query_one("#company-name").has_focus, "the name box")
    await settled(pilot)
    return form


def test_the_company_form_opens_at_its_top_and_keeps_the_field_of_work(
    private_home: Path,
) -> None:
    async def scenario() -> tuple[bool, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            form = await _open_form(pilot, app)
            fields = form.query_one("#prep-fields")
            label = form.query(".form-label").first()
            label_in_view = (
                str(label.render()) == "Company name"
                and fields.region.contains_region(label.region)
            )
            form.query_one("#company-name", Input).insert_text_at_cursor("North Valley Health")
            await pilot.press("tab")  # the next box is the field of work
            assert app.focused is form.query_one("#company-field")
            await pilot.press(*"health", "ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved profile")
            return label_in_view, str(app.screen.query_one("#company", Choice).value)

    label_in_view, chosen = asyncio.run(scenario())
    assert label_in_view, "the first label is in view when the form opens"
    (saved,) = (private_home / "companies").glob("*.toml")
    assert chosen == str(saved)
    assert load_company(saved).field == "health"

    async def edit_again() -> str:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            app.screen.query_one("#company", Choice).value = str(saved)
            form = await _open_form(pilot, app)
            return form.query_one("#company-field", Input).value

    assert asyncio.run(edit_again()) == "health"
