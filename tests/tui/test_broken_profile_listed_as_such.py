"""A company profile or round-one notes file that cannot be used is listed as such on the home
screen, and starting with it (any mode, "This bank, in order" too) stays on the home screen
and names its file, line and field: the new user saw a broken profile offered like any other
(new-user report 5, item 16). A good file is listed by its name alone."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.interview import prep
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, until


def test_a_broken_profile_is_marked_and_never_started_without(private_home: Path) -> None:
    folder = prep.folder(prep.COMPANIES)
    folder.mkdir(mode=0o700, parents=True)
    broken = folder / "dunmore.toml"
    broken.write_text('name = "Dunmore Dairies"\n[[values]]\ndescription = "a value, no name"\n')
    good = folder / "tallow.toml"
    good.write_text('name = "Tallow & Wick"\n')

    async def scenario() -> tuple[dict[str, str], bool, list[str]]:
        app = make_app(quiet_parts(microphone_check=lambda: (False, "typed for this test")))
        async with app.run_test(size=(110, 48)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            home = app.screen
            company = home.query_one("#company", Choice)
            await until(pilot, lambda: len(company.options) > 2, "the profiles")
            labels = {value: label for label, value in company.options}
            company.value = str(broken)
            home.query_one("#mode", Choice).value = "practice"
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
            return labels, isinstance(app.screen, HomeScreen), [
                n.message for n in app._notifications
            ]

    labels, stayed, notices = asyncio.run(scenario())
    assert labels[str(good)] == "Tallow & Wick"
    assert labels[str(broken)].startswith("Dunmore Dairies (cannot be used")
    assert stayed
    assert any("dunmore.toml:2: values[0].name" in notice for notice in notices), notices
