"""Where speech really stops in a test clip, measured from the samples (flite leaves a quiet tail
after the last word, so the clip's length is not the answer's end)."""

from __future__ import annotations

import numpy as np

from simulator.audio.clip import RATE
from simulator.audio.levels import dbfs


def last_sound_s(samples: np.ndarray, threshold_dbfs: float = -45.0) -> float:
    """End of the last 10 ms window louder than `threshold_dbfs`."""
    window = RATE // 100
    loud = [
        i
        for i in range(0, len(samples) - window + 1, window)
        if dbfs(samples[i : i + window]) > threshold_dbfs
    ]
    assert loud, "the clip has no sound at all"
    return (loud[-1] + window) / RATE
