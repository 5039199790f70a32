"""Ctrl-C while a whole recorded answer is being transcribed (breaker10 D22): the answer was
complete and stored whole, so the notice says to run `reanalyze`, and `reanalyze` (here with
the real pocketsphinx on the stored WAV) transcribes it and judges it like any complete answer:
scored, no longer counted as cut short, and in the session's average. An answer stored only in
part stays interrupted (tests/commands/test_sessions.py, the crash-recovery test)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.audio.clip import Clip
from simulator.cli import main
from simulator.config import Settings
from simulator.interview.banks import load_banks
from simulator.interview.events import Event
from simulator.interview.personas import get_persona
from simulator.interview.runner import TRANSCRIPTION_STOPPED, Interview
from simulator.speech.stt import Transcript
from simulator.storage.store import SessionStore
from simulator.storage.views import views
from tests.support.speech import flite_clip

# A ferry ticket clerk, told plainly with its outcome.
SPOKEN = (
    "At the ferry ticket office the queue went out of the door every Friday evening. I was the "
    "senior clerk, so I opened a second window for cars with bookings and I printed the "
    "boarding cards in the afternoon. The queue went from forty minutes to ten."
)


class _StoppedWhileTranscribing:
    """The recognizer at the moment the user presses Ctrl-C inside its transcription."""

    name = "stopped"
    model = "none"

    def transcribe(self, clip: Clip) -> Transcript:
        raise KeyboardInterrupt


@pytest.mark.slow
def test_reanalyze_judges_an_answer_whose_transcription_was_stopped(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    interview = Interview(persona=get_persona("hiring-manager"), bank_id="behavioral",
                          settings=Settings(engine="pocketsphinx"), speak=False)
    interview._recognizer = _StoppedWhileTranscribing()  # type: ignore[assignment]
    events: list[Event] = []
    asked = interview.ask(load_banks().get("behavioral").question("pressure-crisis"),
                          on_event=events.append)
    with pytest.raises(KeyboardInterrupt):
        interview.answer_from_clip(asked, flite_clip(SPOKEN, tmp_path), events.append)
    interview.end_interrupted()
    store = SessionStore()
    (summary,) = store.list_sessions()
    stopped = store.load(summary.id).turn(1)
    assert stopped.interrupted and stopped.analysis is None
    assert stopped.transcript["notices"] == [TRANSCRIPTION_STOPPED]

    code = main(["reanalyze", summary.id])
    out = capsys.readouterr().out
    assert code == 0, out
    turn = store.load(summary.id).turn(1)
    assert not turn.interrupted and turn.analysis is not None, out
    assert "queue" in turn.answer_transcript().text.lower()
    (view,) = views(store.load(summary.id))
    assert view.judged and view.score == turn.analysis["score"]
    assert f"-> {turn.analysis['score']}" in out
    assert store.list_sessions()[0].score == turn.analysis["score"]
