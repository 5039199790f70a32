"""Ctrl-S typed in one burst with the text before it saves that text too (breaker14 B24). Ctrl-S
is read by the app as it comes, ahead of the keys still queued for a field, so a fast typist or a
terminal sending a line at once saved the form without the last field's text: the company form
lost its last value line, the notes form its whole "what they said" line. The keys are posted
at once, as a terminal read delivers them; the test waits on the saved form, not on a clock."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual import events

from simulator.interview.company import load_company
from simulator.interview.first_round import load_first_round
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm, NotesForm
from tests.tui.conftest import quiet_parts, until


def _burst(app: object, text: str) -> None:
    """Each character of `text` posted to the app at once (a tab as the tab key, a newline as
    enter), then ctrl+s, with no wait between them."""
    for char in text:
        if char == "\t":
            key = events.Key("tab", None)
        elif char == "\n":
            key = events.Key("enter", "\r")
        elif char == " ":
            key = events.Key("space", " ")
        else:
            key = events.Key(char if char.isalnum() else f"char_{ord(char)}", char)
        app.post_message(key)  # type: ignore[attr-defined]
    app.post_message(events.Key("ctrl+s", "\x13"))  # type: ignore[attr-defined]


async def _type_and_save(key: str, form: type, text: str) -> None:
    app = make_app(quiet_parts(), bank_id="behavioral")
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
        await app.workers.wait_for_complete()
        await pilot.press(key)
        await until(pilot, lambda: isinstance(app.screen, form), "the form")
        _burst(app, text)
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the form saved")
        await app.workers.wait_for_complete()
        await pilot.pause()


def test_the_company_form_saves_the_line_typed_just_before_ctrl_s(private_home: Path) -> None:
    text = "Wren Mills\t\tCare first: residents choose\nSpeak up: the same day"
    asyncio.run(_type_and_save("c", CompanyForm, text))
    (saved,) = (private_home / "companies").glob("*.toml")
    profile = load_company(saved)
    assert profile.name == "Wren Mills"
    assert [v.name for v in profile.values] == ["Care first", "Speak up"]
    assert profile.values[1].description == "the same day"


def test_the_notes_form_saves_the_line_typed_just_before_ctrl_s(private_home: Path) -> None:
    text = "Wren round one\t!why care homes\tno figures given | results"
    asyncio.run(_type_and_save("o", NotesForm, text))
    (saved,) = (private_home / "first_round").glob("*.toml")
    notes = load_first_round(saved)
    assert [a.question for a in notes.asked] == ["why care homes"]
    assert [f.note for f in notes.feedback] == ["no figures given"]
