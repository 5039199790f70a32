"""Interviewers' titles follow the company's field everywhere (breaker7 D9): with a hospital's
profile chosen, the home cards, `interview-sim personas --company` and an interviewer switched
in with `p` mid-session were still "Engineering Manager", "Senior Software Engineer"; the peer,
the recruiter and the technical lead had no entry for any other field at all. Real persona
files, a real profile file, the real app and the real CLI."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from textual.widgets import Static

from simulator.interview.company import CompanyProfile
from simulator.interview.personas import load_personas
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import ChoicePicker
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, settled, typing_in_the_room, until

PROFILE = (
    'name = "North Valley Health Trust"\n'
    "[role]\n"
    'title = "Regional Lead Pharmacist"\n'
    'expectations = ["Lead the medicines safety programme across three hospitals"]\n'
)
FILED = {
    "hiring-manager": "Engineering Manager",
    "peer": "Senior Software Engineer",
    "recruiter": "Talent Partner",
    "senior-leader": "Vice President of Operations",
    "technical-lead": "Technical Lead",
}


def _hospital(home: Path) -> Path:
    companies = home / "companies"
    companies.mkdir(parents=True)
    profile = companies / "north-valley.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    (home / "last_used.json").write_text(json.dumps({"companies": str(profile)}))
    return profile


@pytest.mark.parametrize("field", ["health", "public service", "emergency", "education"])
def test_every_built_in_interviewer_has_a_title_in_every_field(field: str) -> None:
    company = CompanyProfile(name="Somewhere", values=(), news=(), competitors=(), role_title="",
                             role_expectations=(), field=field)
    for persona in load_personas().items.values():
        shown = persona.in_field_of(company)
        assert shown.field == field, persona.id
        assert shown.title != FILED[persona.id], (persona.id, shown.title)


def test_personas_with_a_hospital_profile_lists_titles_in_its_field(private_home: Path) -> None:
    profile = _hospital(private_home)
    result = subprocess.run(
        [sys.executable, "-m", "simulator", "personas", "--company", str(profile)],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(private_home)},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Maya Okafor, Matron" in result.stdout
    for title in FILED.values():
        assert f", {title} (" not in result.stdout, result.stdout


@pytest.mark.usefixtures("no_audio_devices")
def test_home_cards_and_a_switched_in_interviewer_have_the_hospital_titles(
    private_home: Path,
) -> None:
    _hospital(private_home)

    async def scenario() -> tuple[list[str], str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            assert isinstance(home, HomeScreen)
            cards = list(home.query(PersonaCard))
            await until(pilot, lambda: cards[0].shown.field == "health", "the cards in field")
            whos = [card.lines()[1] for card in cards]
            screen = await typing_in_the_room(pilot)
            await pilot.press("escape", "p")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the chooser")
            ids = [p.id for p in screen.setup.personas]
            steps = ids.index("peer") - ids.index(screen.persona.id)
            await pilot.press(*(["down"] * steps if steps > 0 else ["up"] * -steps), "enter")
            await until(
                pilot,
                lambda: screen.asked is not None and screen.asked.persona.id == "peer",
                "the peer's question",
            )
            await settled(pilot)
            header = str(screen.query_one("#asker", Static).render())
            spoken = screen.asked.spoken_text  # type: ignore[union-attr]
            await pilot.press("escape", "e")
            await settled(pilot)
        return whos, header, spoken

    whos, header, spoken = asyncio.run(scenario())
    assert "Maya Okafor — Matron" in whos and "Sam Rivera — Senior Staff Nurse" in whos, whos
    assert not any(title in who for who in whos for title in FILED.values()), whos
    assert spoken.startswith("I'm Sam Rivera, Senior Staff Nurse."), spoken
    assert "Software" not in header, header
