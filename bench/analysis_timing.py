"""Timing figures against known truth: flite sentences with their own edge silence trimmed,
joined by silences of chosen lengths, transcribed by the default recognizer. Reports how far the
found pauses are from the inserted ones and the error of words per minute.

    .venv/bin/python bench/analysis_timing.py [--voices slt rms awb] [--gaps 1.2 3.5 2.0]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.analysis import analyze_answer
from simulator.audio.clip import RATE, Clip
from simulator.speech.stt import default_recognizer

SENTENCES = (
    "When I joined the clinic the appointment letters were always going out late.",
    "I asked the printing company for a daily collection instead of a weekly one.",
    "I also moved the reminder calls to the afternoon when patients were at home.",
    "Within two months missed appointments had fallen by about a third.",
)
LEAD_S = 0.7


def spoken(text: str, voice: str, work: Path) -> Clip:
    flite = shutil.which("flite")
    if not flite:
        raise SystemExit("flite is not installed")
    path = work / "sentence.wav"
    subprocess.run([flite, "-voice", voice, "-t", text, "-o", str(path)], check=True)
    clip = Clip.from_wav(path)
    loud = np.flatnonzero(np.abs(clip.samples.astype(np.int32)) > 400)
    return Clip(clip.samples[loud[0] : loud[-1] + 1])


def measure(voice: str, gaps: list[float]) -> tuple[list[float], float, int, int]:
    """Pause edge errors (s), relative wpm error, pauses found, pauses inserted."""
    with tempfile.TemporaryDirectory() as work:
        parts = [spoken(text, voice, Path(work)) for text in SENTENCES]
    pieces = [np.zeros(round(LEAD_S * RATE), dtype=np.int16)]
    truth = []
    clock = LEAD_S
    for index, part in enumerate(parts):
        pieces.append(part.samples)
        clock += part.duration_s
        if index < len(parts) - 1:
            gap = gaps[index % len(gaps)]
            truth.append((clock, clock + gap))
            pieces.append(np.zeros(round(gap * RATE), dtype=np.int16))
            clock += gap
    speech_end = clock
    pieces.append(np.zeros(RATE, dtype=np.int16))
    transcript = default_recognizer().transcribe(Clip(np.concatenate(pieces)))
    timing = analyze_answer(transcript).timing
    found = [(p.start, p.end) for p in timing.pauses]
    errors = []
    for start, end in truth:
        nearest = min(found, key=lambda p: abs(p[0] - start), default=None)
        if nearest is not None:
            errors += [abs(nearest[0] - start), abs(nearest[1] - end)]
    true_wpm = sum(len(s.split()) for s in SENTENCES) / (speech_end - LEAD_S) * 60
    wpm_error = abs((timing.wpm or 0.0) - true_wpm) / true_wpm
    return errors, wpm_error, len(found), len(truth)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voices", nargs="+", default=["slt", "rms", "awb"])
    parser.add_argument("--gaps", nargs="+", type=float, default=[1.2, 3.5, 2.0])
    args = parser.parse_args()
    all_errors: list[float] = []
    for voice in args.voices:
        errors, wpm_error, found, inserted = measure(voice, args.gaps)
        all_errors += errors
        worst = max(errors) if errors else float("nan")
        print(f"{voice}: pauses found {found}/{inserted}, edge error median "
              f"{statistics.median(errors) if errors else float('nan'):.3f} s, max {worst:.3f} s,"
              f" wpm error {wpm_error:.1%}")
    if all_errors:
        print(f"all voices: edge error median {statistics.median(all_errors):.3f} s, "
              f"max {max(all_errors):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
