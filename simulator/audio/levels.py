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
