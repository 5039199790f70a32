"""`practice --company FILE --first-round FILE` without --no-tui opened the app with "none"
chosen for both and no word (breaker15 B12): the files the docs describe, kept anywhere, could
not be used in the app unless copied by hand into its folders. They are now listed beside the
folder's own and chosen; used last, they are offered again next time; a broken one is named by
the command before the app starts, as --no-tui names it."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.interview import prep
from simulator.tui.app import make_app
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from tests.trust.helpers import run_cli
from tests.tui.conftest import quiet_parts, until

PROFILE = 'name = "Fjordline Salmon"\n[[values]]\nname = "Fish first"\n'
NOTES = (
    'company = "Fjordline Salmon"\n'
    '[[asked]]\nquestion = "behavioral/conflict-peer"\nfeedback = "Mostly we, little I."\n'
)


def _chosen(company: Path | None, notes: Path | None) -> tuple[dict[str, str], str, str]:
    async def scenario() -> tuple[dict[str, str], str, str]:
        app = make_app(quiet_parts(), company=company, notes=notes)
        async with app.run_test(size=(110, 48)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            home = app.screen
            chooser = home.query_one("#company", Choice)
            await until(pilot, lambda: len(chooser.options) > 1, "the profiles")
            labels = {value: label for label, value in chooser.options}
            return labels, str(chooser.value), str(home.query_one("#notes", Choice).value)

    return asyncio.run(scenario())


def test_files_named_on_the_command_line_are_listed_and_chosen(
    private_home: Path, tmp_path: Path
) -> None:
    profile = tmp_path / "fjordline.toml"
    profile.write_text(PROFILE)
    notes = tmp_path / "round-one.toml"
    notes.write_text(NOTES)
    labels, company, chosen_notes = _chosen(profile, notes)
    assert company == str(profile.resolve())
    assert labels[company] == "Fjordline Salmon"
    assert chosen_notes == str(notes.resolve())
    # Used last (as starting a session with them keeps them), they come back without the
    # command line, still listed from where they are.
    prep.remember(profile.resolve(), notes.resolve())
    labels, company, chosen_notes = _chosen(None, None)
    assert company == str(profile.resolve()), labels
    assert chosen_notes == str(notes.resolve())


def test_a_broken_file_on_the_command_line_is_named_before_the_app(
    private_home: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('name = "Fjordline Salmon"\n[[values]]\ndescription = "no name"\n')
    result = run_cli(private_home, "practice", "--company", str(broken))
    assert result.returncode == 2, result.stdout[-800:]
    assert "broken.toml:2: values[0].name" in result.stderr, result.stderr
