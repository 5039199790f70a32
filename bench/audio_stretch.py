"""What 1.5x replay costs before playback can start: time_stretch wall time per minute of audio.

    .venv/bin/python bench/audio_stretch.py [--minutes 1] [--speed 1.5] [--repeat 5]

The input is flite speech repeated to the asked length (made at run time). Prints the median.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.audio.clip import RATE, Clip
from simulator.audio.stretch import time_stretch

TEXT = "First I measured every step of the deploy, then I removed the two slowest ones."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--speed", type=float, default=1.5)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not shutil.which("flite"):
        parser.error("flite is not installed (apt-get install flite)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "speech.wav"
        subprocess.run(["flite", "-t", TEXT, "-o", str(path)], check=True)
        speech = Clip.from_wav(path).samples
    needed = round(args.minutes * 60 * RATE)
    audio = np.tile(speech, needed // len(speech) + 1)[:needed]
    runs = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        time_stretch(audio, args.speed)
        runs.append(time.perf_counter() - started)
    median = statistics.median(runs)
    print(
        f"time_stretch x{args.speed:g} of {args.minutes:g} min: median {median:.3f} s "
        f"({median / args.minutes:.3f} s per minute of audio, {args.repeat} runs)"
    )


if __name__ == "__main__":
    main()
