"""Company profile and round-one notes made in the app, then a full mock that uses them: the forms
write the documented TOML (private, accepted by the loaders `banks lint` uses), a broken entry is
refused with its file, line and field, a broken file on disk is named and the rest stays usable,
and the mock names the company aloud, asks about a value, opens on round one's weak area and
closes. Real espeak-ng into the virtual speaker; answers typed."""

from __future__ import annotations

import asyncio
import stat
from pathlib import Path

from textual.widgets import Input, Static, TextArea

from simulator.config import Settings
from simulator.interview import prep
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.first_round import load_first_round
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm, NotesForm
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import type_answer, until

ANSWER = (
    "At the depot I saw that a ramp sensor gave false readings, so I stopped the loading, "
    "which made us forty minutes late, but safety came before the timetable. I logged it, "
    "stayed with the technician until it was fixed and after that we checked sensors weekly."
)


def typed_parts() -> AppParts:
    return AppParts(
        load_recognizer=None,
        load_settings=Settings,
        microphone_check=lambda: (False, "typed answers for this test"),
    )


def test_profile_and_notes_made_in_the_app_steer_a_spoken_full_mock(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    broken = private_home / "companies" / "broken.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text('name = "Half Written"\n[[values]]\ndescription = "no name"\n')

    async def scenario() -> tuple[str, str, str, str, int]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(110, 48)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            home = app.screen
            assert isinstance(home, HomeScreen)
            # A broken file on disk is listed, and choosing it names the problem.
            home.query_one("#company", Choice).value = str(broken)
            await pilot.press("c")
            await until(pilot, lambda: app._notifications, "the broken file's notice")
            broken_notice = list(app._notifications)[-1].message
            assert isinstance(app.screen, HomeScreen), "the home screen stays usable"

            # A new profile: an empty name is refused with its file, line and field.
            home.query_one("#company", Choice).value = ""
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            form = app.screen
            form.query_one(
                "#company-values", TextArea
            ).text = "Safety before schedule: nobody sails unsafe\nOwn the fix"
            await pilot.press("ctrl+s")
            refused = str(form.query_one("#form-error", Static).render())
            assert isinstance(app.screen, CompanyForm), "the form stays open, nothing lost"
            form.query_one("#company-name", Input).value = "Kestrel Ferries"
            form.query_one("#company-news", TextArea).text = "The night crossing started in March."
            form.query_one("#company-competitors", Input).value = "Baltic Link"
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved profile")

            await pilot.press("o")
            await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
            notes_form = app.screen
            notes_form.query_one("#notes-name", Input).value = "Kestrel round one"
            notes_form.query_one("#notes-asked", TextArea).text = "!Why this company?"
            notes_form.query_one(
                "#notes-feedback", TextArea
            ).text = "disagreements stayed vague, never said how it ended | conflict"
            await pilot.press("ctrl+s")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved notes")
            company_file = str(home.query_one("#company", Choice).value)
            notes_file = str(home.query_one("#notes", Choice).value)

            home.query_one("#mode", Choice).value = "full"
            home.query_one("#count", Choice).value = 5
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            assert "Kestrel Ferries" in screen.setup.plan.introduction
            for number in range(1, 6):
                await until(
                    pilot,
                    lambda n=number: screen.asked is not None and screen.index == n - 1,
                    f"question {number}",
                )
                await type_answer(pilot, ANSWER)
                await until(
                    pilot,
                    lambda n=number: len(screen.interview.turns) == n and not screen.busy,  # type: ignore[union-attr]
                    "the feedback",
                )
                await pilot.press("n")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            session_id = screen.interview.session_id  # type: ignore[union-attr]
        return broken_notice, refused, company_file, notes_file, session_id

    broken_notice, refused, company_file, notes_file, session_id = asyncio.run(scenario())
    assert "broken.toml:2" in broken_notice and "name" in broken_notice
    assert "untitled.toml:1" in refused and "name" in refused
    assert not (private_home / "companies" / "untitled.toml").exists()

    # The files the forms wrote are private and load as the documented formats.
    company = load_company(Path(company_file))
    assert company.name == "Kestrel Ferries" and len(company.values) == 2
    assert stat.S_IMODE(Path(company_file).stat().st_mode) == 0o600
    notes = load_first_round(Path(notes_file))
    assert notes.asked[0].weak and notes.feedback[0].competencies == ("conflict",)
    assert prep.last_used() == {"companies": company_file, "first_round": notes_file}

    record = SessionStore().load(session_id)
    turns = record.turns
    by_id = {q.id: q for bank in load_banks().items.values() for q in bank.questions}
    assert "conflict" in by_id[turns[0].question_id].competencies, "round one's weak area first"
    assert any(t.question_id.startswith("company/value-") for t in turns), "a value question"
    links = {link["value"] for t in turns for link in t.analysis.get("company_values", ())}
    assert "Safety before schedule" in links
    # Spoken: the introduction (naming the company), five questions, the close.
    assert len(virtual_audio.speaker_files()) == 1 + 5 + 1
    assert record.status == "finished"
