"""A typed answer not yet sent when the user moves on: `s` or `n` carried it into the next
question's box (Enter then filed it as that question's answer), and `e` threw it away. It is
now kept with its own question as an interrupted answer, and the next box is empty."""

from __future__ import annotations

import asyncio

import pytest

from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.interview import AnswerBox
from simulator.tui.screens.summary import SummaryScreen
from tests.tui.conftest import quiet_parts, settled, typing_in_the_room, until

FIRST_DRAFT = "our biggest client was unhappy with the late reports, so i"
SECOND_DRAFT = "when the scanners died on the dock i took the paper lists and"


@pytest.mark.usefixtures("no_audio_devices")
def test_drafts_stay_with_their_question_when_skipping_and_ending() -> None:
    async def scenario() -> tuple[str, str]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await typing_in_the_room(pilot)
            box = screen.query_one("#typed-answer", AnswerBox)
            box.text = FIRST_DRAFT
            await pilot.press("escape", "s")
            await settled(pilot)
            await until(pilot, lambda: screen.asked is not None, "the second question")
            left_in_box = box.text
            box.text = SECOND_DRAFT
            await pilot.press("escape", "e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            assert screen.interview is not None
            return left_in_box, screen.interview.session_id

    left_in_box, session_id = asyncio.run(scenario())
    assert left_in_box == "", "the next question starts with an empty box"
    first, second = SessionStore().load(session_id).turns
    assert (first.number, first.transcript["text"]) == (1, FIRST_DRAFT)
    assert first.interrupted and not first.skipped
    assert (second.number, second.transcript["text"]) == (2, SECOND_DRAFT)
    assert second.interrupted
