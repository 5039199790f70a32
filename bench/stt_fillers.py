"""Filler recall and pause-boundary error of the recognizers, on flite speech made at run time.

    .venv/bin/python bench/stt_fillers.py [--engine faster-whisper:tiny.en ...]

Fillers: sentences written for this project with 11 spoken fillers (um, uh, er, hmm), spoken
by flite's slt, rms and awb voices; recall = fillers found / fillers spoken, per sentence at most
the number spoken. Pauses: three sentences joined by 1.2 s and 0.7 s of silence; the error is the
distance between each pause edge in the transcript (the two widest word gaps) and where the
sound really stops and starts (10 ms frames above -40 dBFS)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stt_wer import build
from simulator.audio.clip import RATE, Clip
from simulator.speech.stt import Recognizer, is_filler

FILLER_SENTENCES = (
    ("slt", "Um, so the project was late. Uh, I talked to the team, and, um, we cut the scope."),
    ("rms", "Well, er, I think the main thing was, uh, trust. Um, people need to know."),
    ("awb", "So, uh, I set up a weekly review, and, um, hmm, it took a month to pay off."),
    ("slt", "My manager asked me to, uh, lead the migration, and I, um, said yes."),
)
PAUSE_SENTENCES = (
    "We shipped the first version in March.",
    "Then the customers asked for reports.",
    "So we built them in two weeks.",
)
PAUSES_S = (1.2, 0.7)


def flite(text: str, voice: str, folder: Path, name: str) -> Clip:
    path = folder / f"{name}.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(path)], check=True)
    return Clip.from_wav(path)


def sound_bounds(clip: Clip) -> tuple[float, float]:
    frames = clip.samples[: len(clip.samples) // 160 * 160].astype(np.float64).reshape(-1, 160)
    loud = np.flatnonzero(np.sqrt(np.mean((frames / 32768) ** 2, axis=1)) > 0.01)
    return loud[0] * 0.01, (loud[-1] + 1) * 0.01


def filler_recall(recognizer: Recognizer, folder: Path) -> tuple[int, int]:
    found = spoken = 0
    for index, (voice, text) in enumerate(FILLER_SENTENCES):
        clip = flite(text, voice, folder, f"fillers{index}")
        said = sum(is_filler(word) for word in text.split())
        heard = sum(is_filler(word.text) for word in recognizer.transcribe(clip).words)
        found += min(said, heard)
        spoken += said
    return found, spoken


def pause_errors(recognizer: Recognizer, folder: Path) -> list[float]:
    pieces: list[np.ndarray] = []
    truth: list[float] = []
    offset = 0.0
    for index, text in enumerate(PAUSE_SENTENCES):
        clip = flite(text, "slt", folder, f"pause{index}")
        first, last = sound_bounds(clip)
        if index:
            truth.append(offset + first)
        pieces.append(clip.samples)
        offset += clip.duration_s
        if index < len(PAUSES_S):
            truth.append(offset - clip.duration_s + last)
            pieces.append(np.zeros(round(PAUSES_S[index] * RATE), dtype=np.int16))
            offset += PAUSES_S[index]
    words = recognizer.transcribe(Clip(np.concatenate(pieces))).words
    widest = sorted(
        range(len(words) - 1),
        key=lambda i: (words[i + 1].start or 0) - (words[i].end or 0),
        reverse=True,
    )[:2]
    edges = [t for i in sorted(widest) for t in (words[i].end or 0.0, words[i + 1].start or 0.0)]
    return [abs(found - true) for found, true in zip(edges, truth, strict=True)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--engine", action="append", dest="engines", metavar="ENGINE[:MODEL]")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="stt-fillers-"))
    engines = args.engines or [
        "default",
        "faster-whisper:base",
        "pocketsphinx:speechrecognition",
    ]
    for spec in engines:
        recognizer = build(spec)
        found, spoken = filler_recall(recognizer, folder)
        errors = pause_errors(recognizer, folder)
        print(
            f"{spec:32} filler recall {found}/{spoken} ({found / spoken:.0%})"
            f"  pause edge error max {max(errors):.3f} s, mean {np.mean(errors):.3f} s"
        )
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
