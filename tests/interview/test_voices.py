"""Each persona must be told apart by ear. Every persona speaks the same sentence through
espeak-ng with its own settings, and the test measures pitch (median f0) and how long the
sentence takes: every pair must differ by about two semitones in pitch or by 12% in pace."""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

import pytest

from simulator.audio.clip import Clip
from simulator.interview.personas import Persona, load_personas
from simulator.speech.tts import VoiceSettings
from tests.interview.voice_measure import median_f0, speech_seconds

SENTENCE = "Tell me about a time you disagreed with a colleague and how you settled it."
AUDIBLE_RATIO = 1.12
"""Two semitones in pitch (2 ** (2/12) = 1.122), or 12% in pace: both easy to hear."""


def espeak(voice: VoiceSettings, path: Path, text: str = SENTENCE) -> Clip:
    binary = shutil.which("espeak-ng")
    assert binary, "espeak-ng is missing (Debian: apt-get install espeak-ng)"
    command = [binary, "-v", voice.espeak_id, "-p", str(voice.pitch), "-s", str(voice.rate)]
    subprocess.run([*command, "-w", str(path), text], check=True, capture_output=True)
    return Clip.from_wav(path)


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[float, float]]:
    workdir = tmp_path_factory.mktemp("voices")
    personas = load_personas().items
    assert len(personas) >= 3
    return {
        persona_id: _measure(espeak(persona.voice, workdir / f"{persona_id}.wav"))
        for persona_id, persona in personas.items()
    }


def _measure(clip: Clip) -> tuple[float, float]:
    return median_f0(clip), speech_seconds(clip)


def _ratio(a: float, b: float) -> float:
    return max(a, b) / min(a, b)


def test_every_pair_of_personas_sounds_different(measured: dict[str, tuple[float, float]]) -> None:
    too_close = []
    for (first, (f0_a, len_a)), (second, (f0_b, len_b)) in itertools.combinations(
        measured.items(), 2
    ):
        if _ratio(f0_a, f0_b) < AUDIBLE_RATIO and _ratio(len_a, len_b) < AUDIBLE_RATIO:
            too_close.append(
                f"{first} ({f0_a:.0f} Hz, {len_a:.2f} s) ~ {second} ({f0_b:.0f} Hz, {len_b:.2f} s)"
            )
    assert not too_close, "voices too alike: " + "; ".join(too_close)


def test_the_senior_leader_speaks_slowest_and_lowest(
    measured: dict[str, tuple[float, float]],
) -> None:
    """The senior leader's settings say 'measured and unhurried'; the sound must agree."""
    f0, seconds = measured["senior-leader"]
    assert seconds == max(s for _, s in measured.values())
    assert f0 == min(f for f, _ in measured.values())


@pytest.mark.parametrize("persona_id", sorted(load_personas().items))
def test_each_variant_is_really_applied(tmp_path: Path, persona_id: str) -> None:
    """espeak-ng ignores a variant on some voice ids (en-gb+f2 sounds exactly like en-gb): a
    persona whose variant changes nothing would quietly share a voice with another."""
    persona: Persona = load_personas().items[persona_id]
    assert persona.voice.variant, "every built-in persona picks a variant"
    plain = VoiceSettings(persona.voice.voice, "", persona.voice.rate, persona.voice.pitch)
    with_variant = espeak(persona.voice, tmp_path / "variant.wav")
    without = espeak(plain, tmp_path / "plain.wav")
    assert not (
        len(with_variant.samples) == len(without.samples)
        and (with_variant.samples == without.samples).all()
    ), f"{persona.voice.espeak_id} sounds the same as {persona.voice.voice}"


def test_f0_measure_follows_the_pitch_setting(tmp_path: Path) -> None:
    """The measure itself: raising espeak's pitch setting must raise the measured f0."""
    low = espeak(VoiceSettings("en-us", "m3", 170, 20), tmp_path / "low.wav")
    high = espeak(VoiceSettings("en-us", "m3", 170, 90), tmp_path / "high.wav")
    assert median_f0(high) > median_f0(low) * AUDIBLE_RATIO
