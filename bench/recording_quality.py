"""At what level and what noise the recognizer starts losing words: the figures behind
simulator/speech/hearing.py's QUIET_DB and NOISY_SNR_DB.

    .venv/bin/python bench/recording_quality.py DIR [--engine faster-whisper:tiny.en]

DIR holds WAV files and transcripts.tsv (as bench/stt_wer.py reads it). Every clip is read
again turned down (GAINS_DB, rounded to 16-bit samples as a quiet recording is) and with white
noise added under its voice (NOISE_BELOW_DB: noise RMS that many dB under the clip's measured
speech level). For each condition: total WER, and the median and range of what speech.hearing
measures on the degraded clips (speech level, signal-to-noise), and how many clips it calls
quiet or noisy. Seeded: the same figures on every run."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stt_scoring import read_set, score
from simulator.audio.clip import Clip
from simulator.speech import hearing
from simulator.speech.stt import default_recognizer
from simulator.speech.voice_activity import voiced_spans

GAINS_DB = (0, -10, -20, -25, -30, -35, -40, -45, -50, -55)
NOISE_BELOW_DB = (40, 30, 25, 20, 15, 10, 5)


def turned_down(samples: np.ndarray, gain_db: float) -> np.ndarray:
    scaled = samples.astype(np.float64) * 10 ** (gain_db / 20)
    return np.clip(np.round(scaled), -32768, 32767).astype(np.int16)


def with_noise(samples: np.ndarray, below_db: float, seed: int) -> np.ndarray:
    spans = voiced_spans(samples)
    speech_db = hearing.measure(samples, spans).speech_db
    rms = 32768 * 10 ** ((speech_db - below_db) / 20)
    noise = np.random.default_rng(seed).normal(0.0, rms, len(samples))
    mixed = samples.astype(np.float64) + noise
    return np.clip(np.round(mixed), -32768, 32767).astype(np.int16)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--engine", default="faster-whisper:tiny.en")
    parser.add_argument("--verbose", action="store_true", help="one line per clip")
    parser.add_argument("--gains", type=float, nargs="*", default=GAINS_DB, metavar="DB")
    parser.add_argument("--noise", type=float, nargs="*", default=NOISE_BELOW_DB, metavar="DB",
                        help="noise this many dB under the voice")
    args = parser.parse_args()
    engine, _, model = args.engine.partition(":")
    recognizer = default_recognizer(engine, model or None)
    rows = [(path.name, Clip.from_wav(path).samples, ref) for path, ref in read_set(args.folder)]
    conditions = [("gain", g) for g in args.gains] + [("noise", n) for n in args.noise]
    print(f"{len(rows)} clips; {args.engine}")
    print(f"{'condition':14} {'WER':>6}  {'speech dB med (min..max)':26} "
          f"{'SNR dB med (min..max)':24} quiet noisy")
    for kind, value in conditions:
        errors = words = quiet = noisy = 0
        speech: list[float] = []
        snr: list[float] = []
        for index, (name, samples, reference) in enumerate(rows):
            degraded = (
                turned_down(samples, value) if kind == "gain" else with_noise(samples, value, index)
            )
            found = hearing.measure(degraded, voiced_spans(degraded))
            text = recognizer.transcribe(Clip(degraded)).text
            result = score(reference, text)
            errors += result.errors
            words += result.reference_words
            speech.append(found.speech_db)
            snr.append(found.snr_db)
            quiet += found.quiet
            noisy += found.noisy
            if args.verbose:
                print(f"    {name:32} {result.wer:6.1%} speech {found.speech_db:6.1f}"
                      f" snr {found.snr_db:5.1f}  {text[:50]}")
        label = f"gain {value:+.0f} dB" if kind == "gain" else f"noise -{value:.0f} dB"
        print(
            f"{label:14} {errors / words:6.1%}  {np.median(speech):6.1f} ({min(speech):6.1f}.."
            f"{max(speech):6.1f})   {np.median(snr):5.1f} ({min(snr):5.1f}..{max(snr):5.1f})"
            f"     {quiet:3d}  {noisy:3d}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
