"""Pitch and energy variation through Praat's tracker (praat-parselmouth), on signals whose pitch
is known: a voice-like pulse train held at one pitch reads as flat, the same train gliding over
an octave does not; a real synthetic voice answer gets figures in a human range."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from simulator.analysis.prosody import FLAT_PITCH_SD_ST, analyze_prosody
from simulator.audio.clip import RATE, Clip
from tests.support.speech import flite_clip


def _pulses(f0: np.ndarray) -> Clip:
    """A glottal-like sawtooth following the pitch contour `f0` (Hz per sample), with a slow
    loudness swell, as 16-bit PCM."""
    phase = np.cumsum(f0 / RATE)
    wave = (phase % 1.0) - 0.5
    swell = 0.6 + 0.4 * np.sin(np.arange(len(f0)) / RATE * 2 * np.pi * 0.5)
    return Clip((wave * swell * 20000).astype(np.int16), RATE)


def test_a_held_pitch_is_flat_and_a_gliding_one_is_not() -> None:
    seconds = 4.0
    n = int(seconds * RATE)
    held = analyze_prosody(_pulses(np.full(n, 140.0)))
    glide = analyze_prosody(_pulses(140.0 * 2 ** (np.sin(np.arange(n) / RATE * 2.0) * 0.5)))
    assert held is not None and glide is not None
    assert abs(held.pitch_median_hz - 140.0) < 3.0
    assert held.flat and held.pitch_sd_st < 0.2 and "flat" in held.note
    assert not glide.flat and glide.pitch_sd_st > FLAT_PITCH_SD_ST
    assert 8.0 < glide.pitch_range_st < 13.0  # an octave is 12 semitones
    assert held.voiced_s > 3.0


def test_silence_is_not_judged() -> None:
    assert analyze_prosody(Clip(np.zeros(RATE * 2, dtype=np.int16), RATE)) is None


def test_a_spoken_answer_gets_figures_in_a_human_range(tmp_path: Path) -> None:
    clip = flite_clip(
        "I rebuilt the release pipeline and we shipped every week after that.", tmp_path
    )
    found = analyze_prosody(clip)
    assert found is not None
    assert 60.0 < found.pitch_median_hz < 300.0
    assert found.voiced_s > 0.5 and found.energy_sd_db > 0.0


def test_speech_made_monotone_on_purpose_is_flat(tmp_path: Path) -> None:
    """flite with its pitch-target spread at zero: the kind of clip the threshold was set on
    (bench/prosody_flat.py measured 0.22-0.93 semitones for them, real speech 1.81 and up)."""
    import shutil
    import subprocess

    flite = shutil.which("flite")
    assert flite, "flite is missing: ./dev.sh test installs it"
    path = tmp_path / "monotone.wav"
    text = (
        "ok so basically i was in charge of the stock count and i did it zone by zone and it "
        "finished one day early"
    )
    subprocess.run(
        [flite, "-voice", "kal", "--setf", "int_f0_target_stddev=0", "-t", text, "-o", str(path)],
        check=True,
    )
    found = analyze_prosody(Clip.from_wav(path))
    assert found is not None
    assert found.flat and found.pitch_sd_st < FLAT_PITCH_SD_ST and "flat" in found.note
