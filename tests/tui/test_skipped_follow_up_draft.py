"""A follow-up left with `s` while something was typed in the box: the draft is kept with the
probe as an answer cut short, with no verdict on the probe and no merged score stored for it,
and the question keeps its first answer's score (breaker13 B13: session.json said the skipped
draft gave the outcome and lifted the question to 96)."""

from __future__ import annotations

import asyncio

import pytest

from simulator.storage.store import SessionStore
from simulator.storage.views import views, with_follow_ups
from simulator.tui.app import make_app
from simulator.tui.screens.interview import AnswerBox
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room, until

# A swimming-pool lifeguard; nothing on how it ended.
NO_OUTCOME = (
    "Last summer at the leisure centre the children's lessons kept running into the public "
    "lane swim. As the lead lifeguard the pool timetable was mine to keep. I moved the "
    "lessons to the shallow end, I roped off two lanes for lengths and I put a board by the "
    "door with the times."
)
DRAFT = "After that the complaints stopped and the lane swimmers"


@pytest.mark.usefixtures("no_audio_devices")
def test_a_follow_up_skipped_with_a_draft_is_not_judged() -> None:
    async def scenario() -> tuple[str, int]:
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(140, 50)) as pilot:
            screen = await typing_in_the_room(pilot)
            await type_answer(pilot, NO_OUTCOME)
            await settled(pilot)
            first = screen.last_turn
            assert first is not None and screen.probe is not None
            await pilot.press("escape", "f")
            await settled(pilot)
            await until(pilot, lambda: screen.asked is not None, "the follow-up")
            await pilot.press("t")
            screen.query_one("#typed-answer", AnswerBox).text = DRAFT
            await pilot.press("escape", "s")
            await settled(pilot)
            await until(pilot, lambda: screen.asked is not None, "the next question")
            assert screen.interview is not None
            return screen.interview.session_id, first.number

    session_id, first_number = asyncio.run(scenario())
    record = SessionStore().load(session_id)
    reply = next(t for t in record.turns if t.follow_up_of == first_number)
    assert reply.answer_transcript().text == DRAFT
    assert reply.analysis is None, reply.analysis
    first = next(t for t in record.turns if t.number == first_number)
    main_view = next(a for a in with_follow_ups(views(record)) if a.number == first_number)
    assert first.analysis is not None and main_view.score == first.analysis["score"]
    assert main_view.before_follow_up is None
