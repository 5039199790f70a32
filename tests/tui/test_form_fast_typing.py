"""Keys that arrive together (fast typing, a paste without bracketed paste, a terminal that
sends a burst) land in the field they were typed for: Tab moves on before the next key is
delivered. Before, every key of a burst was handed to the field focused when the burst came,
Tabs included, so the news, competitors and role were typed into one field ("our comfortIn
September 2026 ...Operations Data Analyst"; new-user report 5, item 15)."""

from __future__ import annotations

import asyncio

from textual import events
from textual.widgets import Input, TextArea

from simulator.tui.app import make_app
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm
from tests.tui.conftest import quiet_parts, until

FIELDS = (
    ("#company-name", "Tern Freight"),
    ("#company-field", "logistics"),
    ("#company-values", "Shippers first: their cut-off beats our routine"),
    ("#company-news", "In March we opened Ostrava"),
    ("#company-competitors", "Haulwise, Vanmoor"),
    ("#company-role", "Network Planner"),
)


def _burst(app: object, text: str) -> None:
    """Each character of `text` posted to the app at once, as a terminal read delivers them
    (a tab as the tab key), with no wait between them."""
    for char in text:
        if char == "\t":
            key = events.Key("tab", None)
        elif char == " ":
            key = events.Key("space", " ")
        else:
            key = events.Key(char if char.isalnum() else f"char_{ord(char)}", char)
        app.post_message(key)  # type: ignore[attr-defined]


def test_a_burst_with_tabs_fills_each_field_in_turn() -> None:
    async def scenario() -> dict[str, str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            _burst(app, "\t".join(text for _, text in FIELDS))
            await until(
                pilot,
                lambda: app.screen.query_one("#company-role", Input).value == "Network Planner"
                or len(app.screen.query_one("#company-name", Input).value) > 20,
                "the burst typed",
            )
            await app.workers.wait_for_complete()
            await pilot.pause()
            form = app.screen
            got = {}
            for field, _ in FIELDS:
                widget = form.query_one(field)
                if isinstance(widget, TextArea):
                    got[field] = widget.text
                else:
                    got[field] = form.query_one(field, Input).value
        return got

    got = asyncio.run(scenario())
    assert got == dict(FIELDS)
