"""A very long answer (20 minutes by default): how long each step takes on it, to show the app
stays usable when someone talks far past any target.

flite speech (made at run time) is laid end to end with half-second breaths up to the length
asked, then timed through: the recorder from a WAV file (no end detection, limit raised), one
batch transcription by the recognizer (the app streams while recording, so in real use most of
this happens during the answer), the analysis and its report, and saving, reloading and exporting
the session. Everything is written under a temporary INTERVIEW_SIM_HOME, removed at the end.

    .venv/bin/python bench/long_answer.py [--minutes 20] [--engine faster-whisper|pocketsphinx]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SENTENCE = (
    "In my last role the deploys took an hour. I wrote a plan, got the team to agree, and we "
    "cut it to ten minutes within a quarter."
)


def timed(what: str, results: dict[str, float], started: float) -> None:
    results[what] = time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="length of the answer")
    parser.add_argument("--engine", help="speech-to-text engine (default: the app's default)")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="interview-sim-long-"))
    os.environ["INTERVIEW_SIM_HOME"] = str(workdir / "home")
    try:
        figures = run(args.minutes, args.engine, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    length_s = args.minutes * 60
    for what, seconds in figures.items():
        print(
            f"{what:34s} {seconds:8.2f} s  ({seconds / length_s * 60:.2f} s per minute of answer)"
        )
    return 0


def run(minutes: float, engine: str | None, workdir: Path) -> dict[str, float]:
    from simulator.analysis import analyze_answer, render_report
    from simulator.audio.clip import RATE, Clip
    from simulator.audio.recorder import record_answer
    from simulator.audio.wavfile import WavFileSource
    from simulator.speech.stt import default_recognizer
    from simulator.storage.export import render_markdown
    from simulator.storage.records import TurnRecord
    from simulator.storage.store import SessionStore
    from tests.support.speech import flite_clip

    length = round(minutes * 60 * RATE)
    unit = np.concatenate([flite_clip(SENTENCE, workdir).samples, np.zeros(RATE // 2, np.int16)])
    answer = Clip(np.tile(unit, length // len(unit) + 1)[:length])
    source = answer.write_wav(workdir / "answer.wav")
    figures: dict[str, float] = {}

    started = time.perf_counter()
    recording = record_answer(
        WavFileSource(source),
        workdir / "recorded.wav",
        stop=threading.Event(),
        end_on_silence=False,
        max_s=minutes * 60 + 60,
    )
    timed("record (from a file, unpaced)", figures, started)

    recognizer = default_recognizer(engine)
    recognizer.transcribe(Clip(unit[:RATE]))  # loading the model is not the answer's cost
    started = time.perf_counter()
    transcript = recognizer.transcribe(recording.clip)
    timed(f"transcribe ({recognizer.name})", figures, started)

    started = time.perf_counter()
    analysis = analyze_answer(transcript, question="Tell me about a time you improved a process.")
    render_report(analysis)
    timed("analyse + report", figures, started)

    started = time.perf_counter()
    store = SessionStore()
    writer = store.create_session(
        mode="practice", persona_ids=["hiring-manager"], bank_id=None, engine="", model=""
    )
    shutil.copyfile(recording.path, writer.audio_path(1, "answer"))
    writer.add_turn(
        TurnRecord(
            number=1,
            persona_id="hiring-manager",
            question_id=None,
            question_text="Tell me about a time you improved a process.",
            question_kind="behavioral",
            question_audio=None,
            answer_audio=writer.audio_path(1, "answer").name,
            answer_mode="voice",
            transcript=transcript.to_dict(),
            analysis=analysis.to_dict(),
            started="2026-01-05T10:00:00.000+00:00",
            ended="2026-01-05T10:20:00.000+00:00",
            ended_by="stop",
        )
    )
    writer.finish()
    render_markdown(SessionStore().load(writer.id), lambda name: name)
    timed("save + reload + export", figures, started)
    return figures


if __name__ == "__main__":
    sys.exit(main())
