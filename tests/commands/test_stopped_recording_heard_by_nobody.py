"""A recorded answer (--answer-from) stopped with Ctrl-C while it was being transcribed was heard
by no recognizer: the export says so, not "heard by typed" nor "Speech recognition: typed"
(breaker16 D24)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.config import Settings
from simulator.interview.banks import load_banks
from simulator.interview.events import Event
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.speech.stt import Transcript
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import views


class _StoppedWhileTranscribing:
    """The recognizer at the moment the user presses Ctrl-C inside its transcription."""

    name = "stopped"
    model = "none"

    def transcribe(self, clip: Clip) -> Transcript:
        raise KeyboardInterrupt


def test_a_recording_stopped_before_transcription_was_heard_by_nobody(tmp_path: Path) -> None:
    interview = Interview(persona=get_persona("peer"), bank_id="behavioral",
                          settings=Settings(engine="pocketsphinx"), speak=False)
    interview._recognizer = _StoppedWhileTranscribing()  # type: ignore[assignment]
    events: list[Event] = []
    asked = interview.ask(load_banks().get("behavioral").question("pressure-crisis"),
                          on_event=events.append)
    hum = (np.sin(np.arange(RATE * 2) / 9.0) * 3000).astype(np.int16)
    with pytest.raises(KeyboardInterrupt):
        interview.answer_from_clip(asked, Clip(hum), events.append)
    interview.end_interrupted()
    store = SessionStore()
    (summary,) = store.list_sessions()
    record = store.load(summary.id)
    (view,) = views(record)
    assert view.answer_mode == "voice" and view.interrupted
    assert view.heard_by == ""
    markdown = render_markdown(record, lambda _name: None)
    assert "heard by typed" not in markdown
    assert "- Speech recognition: none (no recording was transcribed)" in markdown
