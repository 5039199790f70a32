"""Key-to-action latency of the interview room while it records and transcribes in real time.

A private PulseAudio (tests/support/pulse.py) plays an answer into the virtual microphone at the
speed of speech while the app, headless, records it and streams it through the recognizer. Every
`--interval` seconds the bench posts a key press (h: show/hide the question text, an action with
a visible effect and no side effects) and times it from posting the key event to the moment the
action has changed the screen (the question widget's class flips), on the app's own event loop.
That is the delay a user feels: whatever holds the event loop or the GIL (recorder, VAD,
recognizer threads) shows up here. Prints the median and the worst.

    .venv/bin/python bench/tui_key_latency.py --engine faster-whisper
    .venv/bin/python bench/tui_key_latency.py --answer some-speech.wav --engine pocketsphinx
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

ANSWER_TEXT = (
    "Two years ago our release process was slow and fragile, and customers noticed. "
    "I was asked to make releases safe enough to ship every week. "
    "First I mapped every manual step, then I automated the build, wrote smoke tests, "
    "and set up a staged rollout with a quick way back. "
    "I also ran short sessions so the whole team could run a release on their own. "
    "As a result we went from one release a month to one a week, "
    "and the number of rollbacks fell by more than half over the next quarter."
)


async def measure(
    pulse: PrivatePulse, answer_wav: Path, engine: str, interval_s: float
) -> list[float]:
    from textual import events

    from simulator.audio.clip import Clip
    from simulator.config import Settings
    from simulator.tui.app import make_app
    from simulator.tui.parts import AppParts
    from simulator.tui.screens.interview import InterviewScreen, StateLine
    from simulator.tui.widgets.persona_card import PersonaCard
    from tests.tui.conftest import silent_interview, until

    settings = Settings(engine=engine, end_on_silence=False)
    app = make_app(AppParts(load_settings=lambda: settings, new_interview=silent_interview))
    answer_s = Clip.from_wav(answer_wav).duration_s
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
        await until(pilot, lambda: "loading" not in app.engine_status, "the engine", 300)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await until(pilot, lambda: screen.asked is not None, "the question")
        await pilot.press("space")
        state = screen.query_one(StateLine)
        await until(pilot, lambda: state.state == "listening", "listening")
        feeder = pulse.feed_mic(answer_wav)
        question = screen.query_one("#question")
        ends = time.monotonic() + answer_s
        while time.monotonic() < ends and state.state == "listening":
            before = question.has_class("-revealed")
            posted = time.perf_counter()
            app.post_message(events.Key("h", "h"))
            while question.has_class("-revealed") == before:
                await asyncio.sleep(0)
            latencies.append(time.perf_counter() - posted)
            await asyncio.sleep(interval_s)
        feeder.wait(timeout=60)
        await pilot.press("space")
        await until(pilot, lambda: screen.last_turn is not None, "the transcript", 300)
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answer", type=Path, help="a WAV to speak into the mic (default: flite)")
    parser.add_argument("--engine", default="faster-whisper")
    parser.add_argument("--interval", type=float, default=0.2, help="seconds between key presses")
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
            answer = args.answer or flite_wav(ANSWER_TEXT, root / "answer.wav")
            latencies = asyncio.run(measure(pulse, answer, args.engine, args.interval))
        finally:
            pulse.stop()
    ms = [value * 1000 for value in latencies]
    print(
        f"key-to-action during real-time recording ({args.engine}): {len(ms)} presses, "
        f"median {statistics.median(ms):.1f} ms, worst {max(ms):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
