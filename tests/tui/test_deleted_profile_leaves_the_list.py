"""A company profile deleted while the room was open stayed in the Company list, and `c` on it
only repeated "cannot read" (breaker6 D23). Now `c` (or `o` for notes) on a file that is gone
takes it off the list and says so; the next `c` opens a new profile. Real files, real keys."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.tui.app import make_app
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm
from tests.tui.conftest import kept_notices, quiet_parts, until


def test_c_on_a_deleted_profile_takes_it_off_the_list(private_home: Path) -> None:
    profile = private_home / "companies" / "harrow-vale.toml"
    profile.parent.mkdir(parents=True)
    profile.write_text('name = "Harrow Vale Trust"\n')

    async def scenario() -> tuple[list[str], list[str], bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        notices = kept_notices(app)
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            companies = app.screen.query_one("#company", Choice)
            await until(
                pilot, lambda: str(profile) in [v for _, v in companies.options], "the listing"
            )
            companies.value = str(profile)
            profile.unlink()
            await pilot.press("c")
            await until(pilot, lambda: notices, "the notice")
            listed = [str(v) for _, v in companies.options]
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "a new profile")
            return listed, notices, app.screen.path is None  # type: ignore[attr-defined]

    listed, notices, new = asyncio.run(scenario())
    assert str(profile) not in listed
    assert any("harrow-vale.toml is no longer there" in n for n in notices)
    assert new
