"""From the last word of a spoken answer to the feedback on screen, where the user feels it.

A private PulseAudio (tests/support/pulse.py) plays flite answers into the virtual microphone at
the speed of speech while the app, headless, records them with the default settings (silence
setting, engine) and the real recognizer, analysis and store. Times are taken on the app's own
event loop. The clock is tied to the app's ears, not to the player: the meter first showing a voiced
block marks the answer's first voiced sample, and the last voiced sample arrives the
WAV's (last - first voiced) seconds later. Per answer it prints, in seconds:

    endpoint    last voiced sample -> the room says "transcribing" (the answer is judged over)
    transcript  "transcribing" -> "feedback" (final transcript, analysis, stored)
    paint       "feedback" -> the refresh that draws the feedback panel
    total       last voiced sample -> feedback visible

and the medians, with the load average (the recognizer's pass over the last piece is most of
the time, and on a shared machine it waits for a core). Runs one answer after another in one
app, as a session would.

    .venv/bin/python bench/tui_answer_latency.py [--repeat 2] [--engine faster-whisper]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.support.pulse import PrivatePulse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ANSWERS = (
    "Our nightly build kept failing. I traced it to a flaky test, fixed the timing, and the "
    "build has been green for three months since.",
    "A customer wanted a refund we could not give. I listened, offered a credit instead, and "
    "they renewed their contract the next year.",
    "The team disagreed about the database. I set up a one week trial of both, we measured, "
    "and we chose the faster one together.",
    "I had two days to learn the billing code. I read the tests first, asked the author three "
    "questions, and shipped the fix on time.",
)
VOICED_LEVEL = 0.05
"""Meter level (0..1) above which a block counts as voiced; flite's quietest words are above."""


def stamp(marks: dict[str, float], key: str) -> None:
    marks.setdefault(key, time.perf_counter())


def voiced_span_s(wav: Path) -> float:
    """Seconds from the first to the last voiced 10 ms window of `wav` (above -45 dBFS)."""
    from simulator.audio.clip import RATE, Clip
    from simulator.audio.levels import dbfs

    samples = Clip.from_wav(wav).samples
    window = RATE // 100
    starts = range(0, len(samples) - window + 1, window)
    loud = [i for i in starts if dbfs(samples[i : i + window]) > -45]
    return (loud[-1] + window - loud[0]) / RATE


async def measure(
    pulse: PrivatePulse, answers: list[Path], engine: str | None
) -> list[dict[str, float]]:
    from simulator.config import Settings
    from simulator.tui.app import make_app
    from simulator.tui.parts import AppParts
    from simulator.tui.screens.interview import InterviewScreen, StateLine
    from simulator.tui.widgets.choice import Choice
    from simulator.tui.widgets.feedback import FeedbackView
    from simulator.tui.widgets.meters import LevelMeter
    from simulator.tui.widgets.persona_card import PersonaCard
    from tests.tui.conftest import silent_interview, until

    settings = Settings(engine=engine) if engine else Settings()
    app = make_app(AppParts(load_settings=lambda: settings, new_interview=silent_interview))
    results: list[dict[str, float]] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
        await until(pilot, lambda: "loading" not in app.engine_status, "the engine", 300)
        app.screen.query_one("#count", Choice).value = 8  # one session holds every answer
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        state = screen.query_one(StateLine)
        feedback = screen.query_one(FeedbackView)
        meter = screen.query_one(LevelMeter)
        for wav in answers:
            await until(pilot, lambda: screen.asked is not None and not screen.busy, "a question")
            first_voiced: list[float] = []
            await pilot.press("space")
            await until(pilot, lambda: state.state == "listening", "listening")
            feeder = pulse.feed_mic(wav)
            marks: dict[str, float] = {}
            painted: list[bool] = []
            shown_before = screen.last_turn
            while "shown" not in marks:
                now = time.perf_counter()
                if not first_voiced and meter.level > VOICED_LEVEL:
                    first_voiced.append(now)
                if state.state == "transcribing" and "transcribing" not in marks:
                    marks["transcribing"] = now
                if state.state == "feedback" and "feedback" not in marks:
                    marks["feedback"] = now
                new = screen.last_turn is not shown_before and feedback.has_class("-shown")
                if new and not painted:
                    # Stamped by the refresh that draws this answer's feedback, not when this
                    # loop next runs: work that starts after that refresh (the delivery's
                    # pitch tracker) may hold the interpreter meanwhile.
                    painted.append(True)
                    screen.call_after_refresh(stamp, marks, "shown")
                await asyncio.sleep(0.002)
            feeder.wait(timeout=60)
            last_voice = first_voiced[0] + voiced_span_s(wav)
            marks.setdefault("transcribing", marks["feedback"])
            results.append(
                {
                    "endpoint": marks["transcribing"] - last_voice,
                    "transcript": marks["feedback"] - marks["transcribing"],
                    "paint": marks["shown"] - marks["feedback"],
                    "total": marks["shown"] - last_voice,
                }
            )
            row = results[-1]
            print(
                f"{wav.stem}: endpoint {row['endpoint']:.2f}  transcript {row['transcript']:.2f}"
                f"  paint {row['paint']:.2f}  total {row['total']:.2f}",
                flush=True,
            )
            await pilot.press("n")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the 4 answers (<= 2)")
    parser.add_argument("--engine", help="default: the settings' default engine")
    args = parser.parse_args()

    from tests.support.pulse import PrivatePulse
    from tests.support.speech import flite_wav

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        pulse = PrivatePulse(root / "pulse")
        pulse.start()
        try:
            # Before sounddevice is imported: PortAudio reads the ALSA config when it starts.
            os.environ.update(pulse.env())
            os.environ["INTERVIEW_SIM_HOME"] = str(root / "home")
            wavs = [
                flite_wav(text, root / f"answer-{index}.wav")
                for index, text in enumerate(ANSWERS)
            ]
            results = asyncio.run(measure(pulse, wavs * args.repeat, args.engine))
        finally:
            pulse.stop()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{len(results)} answers, medians (s), load average {load} on {os.cpu_count()} cores:")
    for stage in ("endpoint", "transcript", "paint", "total"):
        print(f"  {stage:<10} {statistics.median(r[stage] for r in results):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
