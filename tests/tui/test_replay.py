"""The replay screen plays a stored answer through the (virtual) speaker, sample for sample, and
its transcript highlight follows the playback."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import Clip
from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.screens.replay import ReplayScreen
from simulator.tui.widgets.feedback import PartTranscript
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed
from tests.tui.conftest import quiet_parts, settled, until


@pytest.mark.slow
def test_replay_plays_the_stored_answer_and_follows_the_words(
    tmp_path: Path, virtual_audio: VirtualAudio
) -> None:
    answer = flite_clip("I fixed the build and the result was faster releases.", tmp_path)
    store = SessionStore()
    interview = Interview(
        persona=get_persona("peer"),
        bank_id="behavioral",
        store=store,
        settings=Settings(engine="pocketsphinx"),
        speak=False,
    )
    asked = interview.ask(get_bank("behavioral").questions[0], on_event=ignore_events)
    interview.answer_from_clip(asked, answer, ignore_events)
    session_id = interview.finish().id
    stored = Clip.from_wav(
        store.audio_file(session_id, store.load(session_id).turns[0].answer_audio or "")
    )

    async def scenario() -> int | None:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 30)) as pilot:
            await app.push_screen(ReplayScreen(session_id))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the session")
            await pilot.press("space")
            await settled(pilot)  # played to the end, every progress message handled
            assert screen.position_s > 0, "playback moved"
            return screen.query_one(PartTranscript).current_word

    last_word = asyncio.run(scenario())
    played = leading_silence_trimmed(virtual_audio.played())
    expected = stored.to_float()
    assert len(played) >= len(leading_silence_trimmed(expected))
    heard = played[: len(expected)]
    start = np.flatnonzero(np.abs(expected) > 0)[0]
    assert np.allclose(heard[: len(expected) - start], expected[start:], atol=1e-3)
    assert last_word is not None and last_word > 0, "the highlight moved along the words"


def test_words_are_reached_by_click_and_by_key(tmp_path: Path) -> None:
    """Seeking to a word, without playing: the highlight and position follow."""
    store = SessionStore()
    interview = Interview(
        persona=get_persona("peer"),
        bank_id="behavioral",
        store=store,
        settings=Settings(engine="pocketsphinx"),
        speak=False,
    )
    asked = interview.ask(get_bank("behavioral").questions[0], on_event=ignore_events)
    answer = flite_clip("I fixed the build and the result was faster releases.", tmp_path)
    interview.answer_from_clip(asked, answer, ignore_events)
    session_id = interview.finish().id

    async def scenario() -> tuple[float, int | None, float, int | None]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(100, 30)) as pilot:
            await app.push_screen(ReplayScreen(session_id))
            screen = app.screen
            assert isinstance(screen, ReplayScreen)
            await until(pilot, lambda: screen.turn is not None, "the session")
            words = screen.query_one(PartTranscript)
            await pilot.press("full_stop", "full_stop", "full_stop")
            by_key = (screen.position_s, words.current_word)
            await pilot.click(PartTranscript, offset=(0, 0))  # the first word
            return (*by_key, screen.position_s, words.current_word)

    key_position, key_word, click_position, click_word = asyncio.run(scenario())
    assert key_word == 2 and key_position > 0
    assert click_word == 0 and click_position < key_position
