"""Escape on the company or round-one form dropped every edit in silence (Ctrl-C warned first,
escape did not). With edits not saved, the first escape now says so and keeps the form; the
second leaves without them. A form with no edits closes at once."""

from __future__ import annotations

import asyncio

from textual.widgets import Input

from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm
from tests.tui.conftest import kept_notices, quiet_parts, until


def test_escape_on_a_form_with_unsaved_edits_asks_first() -> None:
    async def scenario() -> tuple[list[str], bool, bool]:
        app = make_app(quiet_parts())
        notices = kept_notices(app)
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            await pilot.press("escape")  # nothing typed: closes at once
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "home")
            closed_untouched = not notices
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            form = app.screen
            form.query_one("#company-name", Input).value = "Kestrel Ferries"
            await pilot.press("escape")
            await pilot.pause()
            still_open = app.screen is form
            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "home again")
        return notices, closed_untouched, still_open

    notices, closed_untouched, still_open = asyncio.run(scenario())
    assert closed_untouched, "no edits, no question"
    assert still_open, "the first escape keeps the form and its edits"
    assert notices == ["Unsaved edits: ctrl+s saves them; escape again leaves without them."]
