"""Time from "ask" to the first sound: espeak-ng synthesis of a new question plus the first audio
block handed to PortAudio.

    .venv/bin/python bench/tts_latency.py [--runs 15] [--virtual]

Each run speaks a question not heard before (no cache), opens an output stream and stops at the
first block PortAudio asks for. The cached path (the same question again) is timed too. With
--virtual (or when the machine has no output device) playback goes to an ALSA `file` device in a
temporary folder, so it runs on machines with no sound card. Prints medians."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUESTIONS = (
    "Tell me about a project where the plan changed halfway through.",
    "How do you decide what to work on first when everything is urgent?",
    "Describe a time you gave difficult feedback to a colleague.",
    "What did you learn from the last mistake you made at work?",
    "Walk me through a decision you made with incomplete information.",
)


def use_virtual_speaker(folder: Path) -> None:
    """Route this process's ALSA default output to a WAV file (set before PortAudio starts)."""
    config = folder / "asound.conf"
    config.write_text(
        f'pcm.vspk {{ type file; slave.pcm "null"; file "{folder}/out.wav"; format "wav" }}\n'
        'pcm.!default { type asym; playback.pcm "vspk"; capture.pcm "null" }\n'
    )
    os.environ["ALSA_CONFIG_PATH"] = f"/usr/share/alsa/alsa.conf:{config}"


def first_block_s(samples: object) -> float:
    """Seconds from opening an output stream to PortAudio asking for the first block."""
    import numpy as np
    import sounddevice as sd

    data = np.asarray(samples)
    asked = threading.Event()
    opened = time.perf_counter()
    moment: list[float] = []

    def fill(outdata: np.ndarray, frames: int, _time: object, _status: object) -> None:
        if not moment:
            moment.append(time.perf_counter())
        chunk = data[:frames]
        outdata[: len(chunk), 0] = chunk
        outdata[len(chunk) :] = 0
        asked.set()

    with sd.OutputStream(samplerate=16_000, channels=1, dtype="int16", callback=fill):
        asked.wait(5)
    return moment[0] - opened


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--virtual", action="store_true", help="play into a virtual ALSA file")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="tts-bench-"))
    os.environ["INTERVIEW_SIM_HOME"] = str(workdir / "home")  # an empty prompt cache
    if args.virtual or not Path("/dev/snd").exists():
        use_virtual_speaker(workdir)
    import sounddevice  # noqa: F401  (PortAudio reads the ALSA config once, at import)

    from simulator.speech.engines.espeak import get_synthesizer
    from simulator.speech.tts import VoiceSettings

    started = time.perf_counter()
    synthesizer = get_synthesizer()
    voice = VoiceSettings(voice="en-gb-x-rp", variant="m3", rate=165)
    synthesizer.check_voice(voice)
    print(f"engine start (once per process): {time.perf_counter() - started:.3f} s")
    first_block_s(synthesizer.synthesize("Warm up.", voice).samples)
    fresh: list[float] = []
    cached: list[float] = []
    speech_s: list[float] = []
    for run in range(args.runs):
        text = f"{QUESTIONS[run % len(QUESTIONS)]} Question {run + 1}."
        began = time.perf_counter()
        clip = synthesizer.synthesize(text, voice)
        synthesized = time.perf_counter() - began
        fresh.append(synthesized + first_block_s(clip.samples))
        speech_s.append(clip.duration_s)
        began = time.perf_counter()
        again = synthesizer.synthesize(text, voice)
        cached.append(time.perf_counter() - began + first_block_s(again.samples))
    print(f"questions: {len(fresh)}, median speech length {statistics.median(speech_s):.1f} s")
    print(f"MEDIAN ask-to-first-sound, new question:    {statistics.median(fresh) * 1000:.0f} ms")
    print(f"MEDIAN ask-to-first-sound, cached question: {statistics.median(cached) * 1000:.0f} ms")
    print(f"max new question: {max(fresh) * 1000:.0f} ms")
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
