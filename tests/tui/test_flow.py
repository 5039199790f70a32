"""A whole interview through the app on the virtual microphone and speaker: three questions,
a retake, a persona switch, a typed answer and the summary, checked on screen and on disk."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from simulator.audio.clip import Clip
from simulator.config import Settings
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.choice import ChoicePicker
from simulator.tui.widgets.feedback import FeedbackView
from simulator.tui.widgets.persona_card import PersonaCard
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import STRONG_ANSWER, settled, type_answer, until

SPOKEN = (
    "When our deploys kept failing I was asked to fix the release pipeline. "
    "I rewrote the scripts and added tests. As a result deploys took ten minutes.",
    "Last year I led a small team through a migration. I planned the steps and "
    "the result was no downtime at all.",
    "I disagreed with my manager about a deadline. I showed him the data and we agreed "
    "on a later date. The result was a better launch.",
)


@pytest.mark.slow
def test_three_questions_with_retake_switch_and_typed_answer(
    tmp_path: Path, private_home: Path, virtual_audio: VirtualAudio
) -> None:
    clips = [flite_clip(text, tmp_path, name=f"answer{i}") for i, text in enumerate(SPOKEN)]
    parts = AppParts(
        load_settings=lambda: Settings(engine="pocketsphinx", silence_s=0.8),
    )

    async def answer_by_voice(pilot, screen: InterviewScreen, clip: Clip, count: int) -> None:  # type: ignore[no-untyped-def]
        virtual_audio.feed_mic(clip)
        await pilot.press("space")
        await settled(pilot)  # the answer worker has ended: the screen takes keys again
        assert screen.interview is not None and len(screen.interview.turns) == count

    async def scenario() -> tuple[str, list[str], SummaryScreen]:
        app = make_app(parts, bank_id="behavioral")
        async with app.run_test(size=(110, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await until(pilot, lambda: "loading" not in app.engine_status, "the engine", 120)
            await settled(pilot)  # the warm-up worker has ended too
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            assert screen.typed_reason is None, "the virtual microphone is found"
            await until(pilot, lambda: screen.asked is not None, "question 1 to be asked", 60)
            assert virtual_audio.speaker_files(), "the question was spoken to the speaker"

            await answer_by_voice(pilot, screen, clips[0], 1)
            assert screen.query_one(FeedbackView).has_class("-shown")
            # Measured after the feedback was shown, filled in before the answer worker ended.
            assert "Delivery: pitch moves" in str(screen.query_one("#review").render())
            await pilot.press("r")
            await until(
                pilot, lambda: screen.asked is not None and screen.asked.retake_of == 1, "retake"
            )
            await answer_by_voice(pilot, screen, clips[1], 2)

            await pilot.press("n")
            await until(pilot, lambda: screen.asked is not None and screen.index == 1, "question 2")
            first_persona = screen.persona.id
            # p lists the interviewers with what each listens for; the next one is picked.
            await pilot.press("p")
            await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the chooser")
            chooser = app.screen
            assert isinstance(chooser, ChoicePicker)
            assert all(
                p.listens_for in line
                for p, line in zip(screen.setup.personas, chooser.prompts, strict=True)
            )
            await pilot.press("down", "enter")
            await until(
                pilot,
                lambda: screen.asked is not None and screen.asked.persona.id != first_persona,
                "the other interviewer's question",
            )
            await answer_by_voice(pilot, screen, clips[2], 3)

            await pilot.press("n")
            await until(pilot, lambda: screen.asked is not None and screen.index == 2, "question 3")
            await pilot.press("t")
            await type_answer(pilot, STRONG_ANSWER)
            await settled(pilot)
            assert len(screen.interview.turns) == 4  # type: ignore[union-attr]
            session_id = screen.interview.session_id  # type: ignore[union-attr]
            personas = [t.persona_id for t in screen.interview.turns]  # type: ignore[union-attr]

            await pilot.press("escape", "e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            summary = app.screen
            assert isinstance(summary, SummaryScreen)
            assert summary.query_one("#summary-table").row_count == 4  # type: ignore[attr-defined]
            await pilot.press("ctrl+q")
        return session_id, personas, summary

    session_id, personas, summary = asyncio.run(scenario())

    record = SessionStore().load(session_id)
    assert record.status == "finished"
    assert [t.answer_mode for t in record.turns] == ["voice", "voice", "voice", "typed"]
    assert record.turns[1].retake_of == record.turns[0].number
    assert personas[2] != personas[0] and record.turns[2].persona_id == personas[2]
    folder = private_home / "recordings" / session_id
    on_disk = json.loads((folder / "session.json").read_text())
    assert len(on_disk["turns"]) == 4
    for turn, clip in zip(record.turns[:3], clips, strict=True):
        assert turn.answer_audio and turn.question_audio
        stored = Clip.from_wav(folder / turn.answer_audio)
        # The fed answer is recorded whole, then the silence that ended it.
        assert stored.duration_s >= clip.duration_s - 0.05
        assert (folder / turn.question_audio).stat().st_size > 1000
        assert turn.transcript["text"], "the recognizer heard words"
        assert turn.score is not None
    assert record.turns[3].score is not None and record.turns[3].answer_audio is None
    assert summary.record.id == session_id
