"""Measuring a voice from its samples: median pitch (autocorrelation f0 over voiced frames) and
how long a fixed sentence takes, so tests can show that personas sound different."""

from __future__ import annotations

import numpy as np

from simulator.audio.clip import Clip

FRAME_S = 0.04
HOP_S = 0.01
F0_MIN = 60.0
F0_MAX = 400.0


def median_f0(clip: Clip) -> float:
    """Median fundamental frequency in Hz over frames loud and periodic enough to be voiced."""
    samples = clip.to_float()
    rate = clip.rate
    frame, hop = int(FRAME_S * rate), int(HOP_S * rate)
    loudest = float(np.max(np.abs(samples))) or 1.0
    min_lag, max_lag = int(rate / F0_MAX), int(rate / F0_MIN)
    estimates: list[float] = []
    for begin in range(0, len(samples) - frame, hop):
        window = samples[begin : begin + frame]
        if np.sqrt(np.mean(window**2)) < 0.1 * loudest:
            continue
        window = window - window.mean()
        correlation = np.correlate(window, window, mode="full")[frame - 1 :]
        if correlation[0] <= 0:
            continue
        lags = correlation[min_lag:max_lag] / correlation[0]
        peak = float(np.max(lags))
        if peak > 0.5:  # clearly periodic: a voiced sound
            # The first lag nearly as good as the best is the period; multiples of it (an octave
            # too low) correlate almost as well and must not win.
            best = int(np.flatnonzero(lags >= 0.9 * peak)[0])
            estimates.append(rate / (best + min_lag))
    assert estimates, "no voiced frames found"
    return float(np.median(estimates))


def speech_seconds(clip: Clip) -> float:
    """Time from the first to the last sample above 2% of full scale."""
    loud = np.flatnonzero(np.abs(clip.to_float()) > 0.02)
    assert loud.size, "the clip is silent"
    return float((loud[-1] - loud[0]) / clip.rate)
