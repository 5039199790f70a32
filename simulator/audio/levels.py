"""A loudness number for the recording meter: what a person reads as "too quiet" or "good" is
logarithmic, so the meter shows dBFS, not raw amplitude."""

from __future__ import annotations

import math

import numpy as np

FLOOR_DBFS = -60.0
"""Quieter than this shows as an empty meter; a silent room sits around here."""


def dbfs(block: np.ndarray) -> float:
    """RMS level of int16 samples in dB relative to full scale (FLOOR_DBFS for silence)."""
    if len(block) == 0:
        return FLOOR_DBFS
    rms = math.sqrt(float(np.mean(np.square(block.astype(np.float64))))) / 32768.0
    if rms <= 0.0:
        return FLOOR_DBFS
    return max(FLOOR_DBFS, 20.0 * math.log10(rms))


def level(block: np.ndarray) -> float:
    """Meter position 0..1: FLOOR_DBFS maps to 0, full scale to 1, linear in dB between."""
    return min(1.0, (dbfs(block) - FLOOR_DBFS) / -FLOOR_DBFS)


NARROW_BAND_HZ = 4_000
"""Telephone audio (8 kHz sampling) holds nothing above this."""

NARROW_BAND_DB = -50.0
"""Energy above NARROW_BAND_HZ this far below the total means the band was never recorded. In
16 kHz speech it sits 15-35 dB below (the hiss of s, f and t); resampled 8 kHz audio, below -90."""


NARROW_BAND_MIN_S = 1.5
"""Shorter clips are not judged. A voiced stretch of a few hundred ms can hold nothing above
NARROW_BAND_HZ in 16 kHz speech too: of 300 windows of flite speech each, 14 % of 0.2 s ones,
6 % of 0.5 s, 0.7 % of 1 s and none of 1.5, 2 or 4 s were taken for telephone audio (a Ctrl-C
0.1 s into a test answer drew the telephone notice)."""


def is_narrow_band(samples: np.ndarray, rate: int = 16_000) -> bool:
    """Whether int16 `samples` at `rate` Hz carry no sound above NARROW_BAND_HZ, as audio
    recorded at 8 kHz and resampled does. False for a silent clip or one shorter than
    NARROW_BAND_MIN_S (too little to judge)."""
    size = 512
    count = len(samples) // size
    if count == 0 or rate <= 2 * NARROW_BAND_HZ or len(samples) < NARROW_BAND_MIN_S * rate:
        return False
    frames = samples[: count * size].astype(np.float32).reshape(count, size)
    # The loudest frames are the speech; a quiet clip's hiss says nothing about the band.
    loudest = frames[np.argsort(np.mean(frames**2, axis=1))[-max(1, count // 4) :]]
    power = np.sum(np.abs(np.fft.rfft(loudest * np.hanning(size), axis=1)) ** 2, axis=0)
    total = float(np.sum(power))
    if total <= 0.0:
        return False
    above = float(np.sum(power[round(NARROW_BAND_HZ * size / rate) + 2 :]))
    return 10 * math.log10(max(above, 1e-12) / total) < NARROW_BAND_DB
