"""Company profile and round-one notes made in the app, then a full mock that uses them: the forms
write the documented TOML (private, accepted by the loaders `banks lint` uses), a broken entry is
refused naming the form's field, a broken file on disk is named and the rest stays usable,
and the mock names the company aloud, opens on round one's weak area, asks round one's question
again in other words, asks what you know about the company and about a value, and closes. The
feedback says which answer used the profile's facts (and which it got wrong) and which connected
to a value; the summary, and the report exported from it, put the round-one answer beside
today's. Real espeak-ng into the virtual speaker; answers typed."""

from __future__ import annotations

import asyncio
import json
import stat
from pathlib import Path

import numpy as np
from textual.widgets import Input, Static, TextArea

from simulator.audio.clip import Clip
from simulator.config import Settings
from simulator.interview import prep
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.first_round import load_first_round
from simulator.interview.personas import get_persona
from simulator.speech.engines.espeak import get_synthesizer
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm, NotesForm
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed
from tests.tui.conftest import type_answer, until

ANSWER = (
    "At the depot I saw that a ramp sensor gave false readings, so I stopped the loading, "
    "which made us forty minutes late, but safety came before the timetable. I logged it, "
    "stayed with the technician until it was fixed and after that we checked sensors weekly."
)
# The answers of the mock in turn, in registers unlike one another.
ANSWERS = (
    # round one's weak area (conflict): terse notes
    "two shift leads, same dock, both want first slot. i sat them down, each showed numbers. "
    "we split mornings by week. complaints stopped, loading 15 min faster.",
    # round one's question again: a non-native speaker, now with the company in it
    "I want to work in Kestrel Ferries because for you safety is before the schedule, I see "
    "this in the news also, and the night crossing is new thing where I can help from start.",
    # what do you know about us: half right (the month is wrong)
    "You run the ferries over the Baltic, and the night crossing started in May I think, and "
    "your main competitor is Baltic Link.",
    ANSWER,
    ANSWER,
)
ROUND_ONE_ANSWER = "said it is close to home and I like boats"


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

    async def scenario() -> tuple[str, str, str, str, str, list[str], list[str]]:
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

            # A new profile: an empty name is refused, naming the form's field.
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
            notes_form.query_one(
                "#notes-asked", TextArea
            ).text = f"!Why this company? | {ROUND_ONE_ANSWER} | too generic, nothing on us"
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
            reviews: list[str] = []
            for number, answer in enumerate(ANSWERS, start=1):
                await until(
                    pilot,
                    lambda n=number: screen.asked is not None and screen.index == n - 1,
                    f"question {number}",
                )
                await type_answer(pilot, answer)
                await until(
                    pilot,
                    lambda n=number: len(screen.interview.turns) == n and not screen.busy,  # type: ignore[union-attr]
                    "the feedback",
                )
                reviews.append(str(screen.query_one("#review", Static).render()))
                await pilot.press("n")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            summary = app.screen
            # Leaving before the header has set its title races the title watcher (Textual
            # queues it on the app; run after the screen is gone it finds no title to set).
            await until(pilot, lambda: summary.query("HeaderTitle"), "the summary's header")
            title = summary.query_one("HeaderTitle")
            await until(pilot, lambda: str(title.render()).strip(), "the summary's title")
            await pilot.pause()
            company_review = str(summary.query_one("#company-review", Static).render())
            beside = str(summary.query_one("#round-one", Static).render())
            await pilot.press("m")  # export the report from the summary
            await app.workers.wait_for_complete()
            session_id = screen.interview.session_id  # type: ignore[union-attr]
        return (
            broken_notice,
            refused,
            company_file,
            notes_file,
            session_id,
            reviews,
            [
                company_review,
                beside,
            ],
        )

    broken_notice, refused, company_file, notes_file, session_id, reviews, shown = asyncio.run(
        scenario()
    )
    company_review, beside = shown
    assert "broken.toml:2" in broken_notice and "name" in broken_notice
    assert refused.startswith("Company name is empty"), refused
    assert not (private_home / "companies" / "untitled.toml").exists()

    # The files the forms wrote are private and load as the documented formats.
    company = load_company(Path(company_file))
    assert company.name == "Kestrel Ferries" and len(company.values) == 2
    assert stat.S_IMODE(Path(company_file).stat().st_mode) == 0o600
    notes = load_first_round(Path(notes_file))
    assert notes.asked[0].weak and notes.feedback[0].competencies == ("conflict",)
    assert notes.asked[0].answer == ROUND_ONE_ANSWER
    assert prep.last_used() == {
        "companies": company_file,
        "first_round": notes_file,
        "bank": "behavioral",
        "mode": "full",
        "count": "5",
    }

    store = SessionStore()
    record = store.load(session_id)
    turns = record.turns
    by_id = {q.id: q for bank in load_banks().items.values() for q in bank.questions}
    assert "conflict" in by_id[turns[0].question_id].competencies, "round one's weak area first"
    # Round one's question, asked again in other words, from what the notes say was weak.
    again = turns[1]
    assert again.question_id.startswith("round-one/")
    assert again.question_text != "Why this company?" and "Why this company?" in again.question_text
    assert "what you know about us" in again.question_text
    assert turns[2].question_id == "company/know-us" and "news" in turns[2].question_text
    assert any(t.question_id.startswith("company/value-") for t in turns), "a value question"
    links = {link["value"] for t in turns for link in t.analysis.get("company_values", ())}
    assert "Safety before schedule" in links
    # What session.json holds: the fact check of the answer about the company, and the notes.
    stored = json.loads((store.folder(session_id) / "session.json").read_text())
    knows = stored["turns"][2]["analysis"]["company_facts"]
    assert {"kind": "competitor", "text": "Baltic Link"} in knows["used"]
    assert [(w["said"], w["profile_says"]) for w in knows["wrong"]] == [("May", "March")]
    assert stored["turns"][1]["analysis"]["round_one"]["answer"] == ROUND_ONE_ANSWER
    # The feedback after each answer said so, and the summary sets it out.
    assert "Connected to the value “Safety before schedule”" in reviews[3]
    assert "From the profile you used:" in reviews[2] and "“May”" in reviews[2]
    assert "Round one asked “Why this company?”" in reviews[1]
    assert "Answer 3 (what you know about us) used" in company_review
    assert "Answer 4 connected to the value “Safety before schedule”" in company_review
    assert f"You said then: {ROUND_ONE_ANSWER}" in beside
    assert "They said: too generic, nothing on us" in beside
    assert ANSWERS[1][:60] in beside.replace("\n", " ")
    report = (private_home / "reports" / f"{session_id}.md").read_text()
    assert "## The company: Kestrel Ferries" in report and "“May”" in report
    assert f"- **You said then:** {ROUND_ONE_ANSWER}" in report
    # Spoken: the introduction (naming the company), five questions, the close; the
    # introduction is, sample for sample, espeak-ng's reading of the words naming the company,
    # and every question's WAV in the session is what the speaker played.
    streams = [leading_silence_trimmed(s) for s in virtual_audio.streams()]
    assert len(streams) == 1 + 5 + 1
    persona = get_persona(record.persona_ids[0])
    # With round-one notes loaded the interviewer says it is the second round.
    words = persona.introduce(company, second_round=True)
    introduction = get_synthesizer().synthesize(words, persona.voice)
    assert "Kestrel Ferries" in words and "second round" in words
    assert _same_sound(streams[0], introduction)
    closing = get_synthesizer().synthesize(persona.closing, persona.voice)
    assert _same_sound(streams[-1], closing)
    folder = store.folder(session_id)
    for turn, played in zip(turns, streams[1:6], strict=True):
        assert turn.question_audio
        assert _same_sound(played, Clip.from_wav(folder / turn.question_audio))
    assert record.status == "finished"


def _same_sound(played: np.ndarray, clip: Clip) -> bool:
    expected = leading_silence_trimmed(clip.samples.astype(np.float64) / 32768.0)
    return len(played) >= len(expected) and bool(
        np.allclose(played[: len(expected)], expected, atol=1e-4)
    )
