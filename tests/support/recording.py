"""Watching an answer arrive in its WAV while the program records it.

Tests that kill, interrupt or unplug mid-answer wait for the answer itself to be in the file (the
recorder writes each block as it arrives) instead of sleeping a fixed time after starting the
virtual microphone: under load the feeder and the recorder can start late, and a fixed sleep then
cut the answer before enough of it was said."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import numpy as np

from simulator.audio.clip import RATE

LOUD = 300
"""A sample above this (int16) is speech, not the virtual microphone's silence."""

_HEADER_BYTES = 44
"""The header StreamingWavWriter writes before the samples (its sizes are patched later)."""


def samples_on_disk(wav: Path) -> np.ndarray:
    """The int16 samples written to `wav` so far (a torn last sample dropped); none if absent."""
    try:
        data = wav.read_bytes()[_HEADER_BYTES:]
    except FileNotFoundError:
        return np.zeros(0, dtype=np.int16)
    return np.frombuffer(data[: len(data) - len(data) % 2], dtype="<i2")


def heard_s(samples: np.ndarray) -> float:
    """Seconds from the first audible sample to the end: how much of the answer has come in."""
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > LOUD)
    return 0.0 if len(loud) == 0 else (len(samples) - int(loud[0])) / RATE


def wait_for_answer(
    folder: Path,
    pattern: str,
    seconds: float,
    process: subprocess.Popen[bytes] | subprocess.Popen[str] | None = None,
    timeout_s: float = 120,
) -> tuple[Path, np.ndarray]:
    """Poll until a WAV matching `pattern` under `folder` holds `seconds` of the answer (counted
    from its first audible sample); returns the file and its samples then. Fails, naming what
    was seen, if `process` ends first or nothing comes within `timeout_s` (a guard, not a wait)."""
    deadline = time.monotonic() + timeout_s
    seen = 0.0
    while True:
        for wav in folder.glob(pattern):
            samples = samples_on_disk(wav)
            seen = heard_s(samples)
            if seen >= seconds:
                return wav, samples
        if process is not None and process.poll() is not None:
            raise AssertionError(
                f"the program ended (exit {process.returncode}) after {seen:.2f} s"
            )
        if time.monotonic() > deadline:
            raise AssertionError(f"only {seen:.2f} s of the answer reached {folder}/{pattern}")
        time.sleep(0.02)


def share_found_in(
    recorded: np.ndarray, reference: np.ndarray, piece_s: float = 0.5, at_least: float = 0.9
) -> float:
    """The share (0–1) of `recorded`'s audible `piece_s`-second pieces that occur in `reference`
    (normalised correlation ≥ `at_least` at their best place). Under load PulseAudio drops or
    pads a few milliseconds now and then, which shifts everything after it, so one alignment of
    the whole recording falls to 0.5–0.85 though every piece is the answer. A piece that
    straddles such a gap misses whole, so each of its halves is tried on its own and counts half.
    On 3 s of flite speech with gaps put in (a 7 ms gap every 1.1 s, 30 ms every 0.7 s, 50 ms
    every 0.5 s, 20 ms every 0.3 s) this gives 0.90, 0.89, 0.80 and 0.70, where whole pieces
    alone gave 0.75, 0.65, 0.46 and 0.08; the answer itself 1.0, other speech and noise 0.0.
    Silence, noise or other speech match nowhere."""
    size = int(piece_s * RATE)
    ref = reference.astype(np.float64)
    if len(ref) < size:
        return 0.0
    fft_size = 1 << int(np.ceil(np.log2(len(ref) + size)))
    ref_spectrum = np.fft.rfft(ref, fft_size)  # the same for every piece

    def occurs(piece: np.ndarray) -> bool:
        piece = piece.astype(np.float64)
        scores = np.fft.irfft(ref_spectrum * np.conj(np.fft.rfft(piece, fft_size)),
                              fft_size)[: len(ref) - len(piece) + 1]
        lag = int(np.argmax(scores))
        window = ref[lag : lag + len(piece)]
        corr = np.dot(window, piece) / (np.linalg.norm(window) * np.linalg.norm(piece) + 1e-9)
        return bool(corr >= at_least)

    found = 0.0
    total = 0
    for start in range(0, len(recorded) - size + 1, size):
        piece = recorded[start : start + size]
        if np.max(np.abs(piece)) <= LOUD:
            continue
        total += 1
        if occurs(piece):
            found += 1
            continue
        for half in (piece[: size // 2], piece[size // 2 :]):
            found += 0.5 * (np.max(np.abs(half)) > LOUD and occurs(half))
    return found / total if total else 0.0
