"""Ctrl-C in the room loses nothing typed: with a draft in the answer box it says so first, and
a second Ctrl-C (or ctrl+q) stores the draft as an interrupted answer (left out of averages)
and ends the app (Ctrl-C with the CLI's status 130); a form with unsaved edits says so first,
and only a second Ctrl-C leaves without them."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.widgets import Input

from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import AnswerBox
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import CompanyForm
from tests.tui.conftest import quiet_parts, typing_in_the_room, until

DRAFT = "so the two shift lead both wanted the dock first and i"


@pytest.mark.usefixtures("no_audio_devices")
@pytest.mark.parametrize("keys", [("ctrl+c", "ctrl+c"), ("ctrl+q",)])
def test_quitting_with_a_typed_draft_asks_on_ctrl_c_and_keeps_it_as_an_interrupted_answer(
    private_home: Path, keys: tuple[str, ...]
) -> None:
    """A Ctrl-C in the answer box quit the whole app at once (breaker7 D8). As in Textual apps,
    the first Ctrl-C there says what quitting does and the session goes on; a second one (or
    ctrl+q, the quit key, at once) quits, keeping the draft."""

    async def scenario() -> tuple[int | None, tuple[str, Path] | None, list[str], bool]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 40)) as pilot:
            screen = await typing_in_the_room(pilot)
            await until(pilot, lambda: screen.asked is not None, "the question")
            screen.query_one("#typed-answer", AnswerBox).text = DRAFT
            await pilot.press(keys[0])
            notices = [n.message for n in app._notifications]
            still_there = app.is_running and app.screen is screen
            for key in keys[1:]:
                await pilot.press(key)
        return app.return_value, app.left_session, notices, still_there

    status, left, notices, still_there = asyncio.run(scenario())
    if keys[0] == "ctrl+c":
        assert still_there, "the first Ctrl-C keeps the room and the draft"
        assert any("not sent" in n and "ctrl+q" in n for n in notices), notices
        assert status == 130
    else:
        assert not status  # a plain quit, no 130
    assert left is not None and left[1].is_dir()
    record = SessionStore().load(left[0])
    (turn,) = record.turns
    assert turn.transcript["text"] == DRAFT
    assert turn.interrupted and turn.ended_by == "interrupt" and turn.answer_mode == "typed"


def test_ctrl_c_on_a_form_with_unsaved_edits_asks_first(private_home: Path) -> None:
    async def scenario() -> tuple[str, bool, int | None]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            assert isinstance(app.screen, HomeScreen)
            await pilot.press("c")
            await until(pilot, lambda: isinstance(app.screen, CompanyForm), "the company form")
            form = app.screen
            form.query_one("#company-name", Input).value = "Harbour Lane Foods"
            await pilot.press("ctrl+c")
            await until(pilot, lambda: app._notifications, "the unsaved-edits notice")
            notice = list(app._notifications)[-1].message
            still_open = app.screen is form
            await pilot.press("ctrl+c")
        return notice, still_open, app.return_value

    notice, still_open, status = asyncio.run(scenario())
    assert still_open, "the first Ctrl-C keeps the form and its edits"
    assert "Unsaved edits" in notice and "ctrl+s" in notice
    assert status == 130, "a second Ctrl-C leaves"
