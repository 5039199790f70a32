"""Faster replay keeps the voice's pitch and loses none of what was said."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE
from simulator.audio.stretch import time_stretch
from tests.support.speech import flite_clip

FRAME_EDGE = RATE // 50
"""Skip the first and last 20 ms, where the windows fade in and out."""


def dominant_hz(samples: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(len(samples))))
    return float(np.argmax(spectrum)) * RATE / len(samples)


def tone(hz: float, seconds: float) -> np.ndarray:
    return (8000 * np.sin(2 * np.pi * hz * np.arange(round(seconds * RATE)) / RATE)).astype(
        np.int16
    )


@pytest.mark.parametrize("speed", [1.25, 1.5, 2.0])
def test_a_tone_keeps_its_pitch_and_shortens_by_the_speed(speed: float) -> None:
    stretched = time_stretch(tone(220, 3.0), speed)
    assert len(stretched) == pytest.approx(3.0 * RATE / speed, abs=2)
    assert dominant_hz(stretched[RATE // 10 : RATE]) == pytest.approx(220, abs=3)


def test_a_stretched_tone_has_no_clicks() -> None:
    stretched = time_stretch(tone(180, 2.0), 1.5).astype(np.int32)
    # A clean 180 Hz sine at amplitude 8000 moves at most ~570 per sample; a seam would jump.
    assert np.max(np.abs(np.diff(stretched[FRAME_EDGE:-FRAME_EDGE]))) < 700


def test_speech_keeps_its_pitch_and_its_loud_parts(tmp_path: Path) -> None:
    speech = flite_clip("Then I measured every step of the deploy.", tmp_path).samples
    stretched = time_stretch(speech, 1.5)
    assert len(stretched) == pytest.approx(len(speech) / 1.5, abs=2)
    # Same loudness (nothing dropped or doubled) and the same voice pitch region.
    rms = np.sqrt(np.mean(speech.astype(np.float64) ** 2))
    assert np.sqrt(np.mean(stretched.astype(np.float64) ** 2)) == pytest.approx(rms, rel=0.15)
    assert dominant_hz(stretched) == pytest.approx(dominant_hz(speech), rel=0.1)


def test_speed_one_and_empty_input_are_returned_as_they_are() -> None:
    samples = tone(300, 0.5)
    assert time_stretch(samples, 1.0) is samples
    assert len(time_stretch(np.zeros(0, dtype=np.int16), 1.5)) == 0


def test_very_short_clips_are_shortened_too() -> None:
    assert len(time_stretch(tone(300, 0.05), 2.0)) == round(0.05 * RATE / 2)


def test_bad_speed_is_refused() -> None:
    with pytest.raises(ValueError, match="speed"):
        time_stretch(tone(300, 0.5), -1)
