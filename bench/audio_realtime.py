"""Real-time audio figures on a private PulseAudio (the same harness the tests use): how much of an
answer a SIGKILL mid-answer costs, how closely a recording matches what was said, and how quickly a
cancelled playback returns.

    .venv/bin/python bench/audio_realtime.py [--runs 3] [--kill-after-s 3.0]

Needs pulseaudio and pulseaudio-utils (./dev.sh test installs them). Prints medians.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import MicrophoneSource
from simulator.audio.playback import Player
from simulator.audio.recorder import record_answer
from simulator.audio.writer import recover_wav
from tests.support import virtual_audio
from tests.support.pulse import PrivatePulse
from tests.support.speech import flite_wav

REPO = Path(__file__).resolve().parents[1]

ANSWER = (
    "When our nightly build kept failing, I traced it to a shared cache, split the cache per "
    "branch, and the failures stopped within the week, which the whole team noticed."
)

RECORDER = """
import sys, threading
from pathlib import Path
from simulator.audio.microphone import MicrophoneSource
from simulator.audio.recorder import record_answer
record_answer(MicrophoneSource(), Path(sys.argv[1]), stop=threading.Event(),
              end_on_silence=False, on_block=lambda block: print(len(block), flush=True))
"""


def alignment(recorded: np.ndarray, reference: np.ndarray) -> tuple[int, float]:
    """Offset of `reference` inside `recorded` and their normalised correlation there."""
    size = 1 << int(np.ceil(np.log2(len(recorded) + len(reference))))
    a, b = recorded.astype(np.float64), reference.astype(np.float64)
    scores = np.fft.irfft(np.fft.rfft(a, size) * np.conj(np.fft.rfft(b, size)), size)
    lag = int(np.argmax(scores[: len(recorded)]))
    overlap = min(len(reference), len(recorded) - lag)
    x, y = a[lag : lag + overlap], b[:overlap]
    return lag, float(np.dot(x, y) / (np.linalg.norm(x) * np.linalg.norm(y) + 1e-9))


def kill_loss_s(pulse: PrivatePulse, answer_wav: Path, workdir: Path, kill_after_s: float) -> float:
    """Seconds of answer fed before the SIGKILL that the recovered WAV does not hold."""
    path = workdir / "killed.wav"
    child = subprocess.Popen(
        [sys.executable, "-c", RECORDER, str(path)],
        cwd=REPO,
        env={**os.environ, **pulse.env()},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline(), "the recorder did not start"
    feeder = pulse.feed_mic(answer_wav)
    fed_from = time.monotonic()
    time.sleep(kill_after_s)
    fed_s = time.monotonic() - fed_from
    child.send_signal(signal.SIGKILL)
    child.wait()
    feeder.terminate()
    feeder.wait()
    recover_wav(path)
    recovered = Clip.from_wav(path).samples
    lag, _ = alignment(recovered, Clip.from_wav(answer_wav).samples)
    return fed_s - (len(recovered) - lag) / RATE


def recording_correlation(pulse: PrivatePulse, answer_wav: Path, workdir: Path) -> float:
    listening = threading.Event()

    def speak_once_listening() -> None:
        if listening.wait(10):
            pulse.feed_mic(answer_wav)

    feeder = threading.Thread(target=speak_once_listening)
    feeder.start()
    recording = record_answer(
        MicrophoneSource(),
        workdir / "recorded.wav",
        stop=threading.Event(),
        max_s=60,
        on_block=lambda block: listening.set(),
    )
    feeder.join()
    return alignment(recording.clip.samples, Clip.from_wav(answer_wav).samples)[1]


def cancel_return_s(answer_wav: Path) -> float:
    cancel = threading.Event()
    player = threading.Thread(target=Player().play, args=(Clip.from_wav(answer_wav), cancel))
    player.start()
    time.sleep(1.0)
    cancelled_at = time.monotonic()
    cancel.set()
    player.join()
    return time.monotonic() - cancelled_at


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kill-after-s", type=float, default=3.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        answer_wav = flite_wav(ANSWER, workdir / "answer.wav")
        pulse = PrivatePulse(workdir / "pulse")
        pulse.start()
        try:
            os.environ.update(pulse.env())
            virtual_audio.reinitialise_portaudio()
            losses = [
                kill_loss_s(pulse, answer_wav, workdir, args.kill_after_s) for _ in range(args.runs)
            ]
            correlations = [
                recording_correlation(pulse, answer_wav, workdir) for _ in range(args.runs)
            ]
            cancels = [cancel_return_s(answer_wav) for _ in range(args.runs)]
        finally:
            pulse.stop()

    print(f"runs: {args.runs}")
    print(
        f"SIGKILL after {args.kill_after_s:g} s: answer lost median "
        f"{statistics.median(losses):.3f} s (max {max(losses):.3f} s; limit 0.5 s)"
    )
    print(f"recording vs spoken answer: correlation median {statistics.median(correlations):.4f}")
    print(f"cancelled playback returns after: median {statistics.median(cancels) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
