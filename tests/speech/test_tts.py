"""The interviewer's voice: real espeak-ng through pyttsx3, played into the virtual speaker."""

from __future__ import annotations

import numpy as np
import pytest

from simulator.audio.clip import RATE
from simulator.audio.playback import Player
from simulator.errors import EngineUnavailableError
from simulator.speech.engines.espeak import EspeakSynthesizer, get_synthesizer, tts_cache_dir
from simulator.speech.tts import VoiceSettings
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed

QUESTION = "Tell me about a time you changed your mind after hearing from your team."


def test_a_question_becomes_audible_16_khz_speech() -> None:
    clip = get_synthesizer().synthesize(QUESTION, VoiceSettings())
    assert clip.rate == RATE
    # espeak-ng speaks ~170 words per minute: 13 words take a few seconds, not silence.
    assert 2.0 < clip.duration_s < 8.0
    assert np.abs(clip.samples).max() > 5000


def test_voice_settings_change_the_sound() -> None:
    synthesizer = get_synthesizer()
    slow = synthesizer.synthesize(QUESTION, VoiceSettings(rate=120))
    fast = synthesizer.synthesize(QUESTION, VoiceSettings(rate=200))
    assert slow.duration_s > 1.4 * fast.duration_s
    british = synthesizer.synthesize(QUESTION, VoiceSettings(voice="en-gb-x-rp", variant="f3"))
    assert not np.array_equal(british.samples[:4000], slow.samples[:4000])


def test_prompts_are_cached_in_memory_and_on_disk() -> None:
    voice = VoiceSettings(voice="en-us", variant="m3", pitch=40)
    first = get_synthesizer().synthesize(QUESTION, voice)
    assert get_synthesizer().synthesize(QUESTION, voice) is first
    cached = list(tts_cache_dir().glob("*.wav"))
    assert cached, "the prompt was not written to the cache folder"
    # A new process (a fresh synthesizer) reads the disk cache instead of speaking again.
    again = EspeakSynthesizer().synthesize(QUESTION, voice)
    assert np.array_equal(again.samples, first.samples)


def test_get_synthesizer_is_one_instance_per_process() -> None:
    assert get_synthesizer() is get_synthesizer()


@pytest.mark.parametrize(
    ("voice", "named"),
    [(VoiceSettings(voice="xx-martian"), "xx-martian"), (VoiceSettings(variant="zz9"), "zz9")],
)
def test_an_unknown_voice_or_variant_is_reported_not_ignored(
    voice: VoiceSettings, named: str
) -> None:
    with pytest.raises(EngineUnavailableError) as raised:
        get_synthesizer().synthesize("Hello.", voice)
    assert named in str(raised.value)
    assert "espeak-ng --voices" in str(raised.value)


def test_installed_voices_and_variants_are_listed() -> None:
    synthesizer = get_synthesizer()
    ids = {voice.id for voice in synthesizer.list_voices()}
    assert {"en-us", "en-gb-x-rp", "en-gb-scotland"} <= ids
    assert {"m3", "f3"} <= set(synthesizer.list_variants())


def test_the_spoken_question_reaches_the_virtual_speaker_unchanged(
    virtual_audio: VirtualAudio,
) -> None:
    clip = get_synthesizer().synthesize(QUESTION, VoiceSettings(voice="en-gb-scotland"))
    assert Player().play(clip) is True
    played = leading_silence_trimmed(np.round(virtual_audio.played() * 32768).astype(np.int16))
    expected = leading_silence_trimmed(clip.samples)
    assert np.array_equal(played[: len(expected)], expected)
