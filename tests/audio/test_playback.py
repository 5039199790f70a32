"""Playback and device listing through real PortAudio into the virtual ALSA speaker."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.devices import default_input_device, default_output_device, list_devices
from simulator.audio.playback import NO_SPEAKER_HINT, Player
from simulator.errors import AudioDeviceError
from tests.support.speech import flite_clip
from tests.support.virtual_audio import VirtualAudio, leading_silence_trimmed


def as_int16(played: np.ndarray) -> np.ndarray:
    return np.round(played * 32768).astype(np.int16)


@pytest.fixture(scope="module")
def question(tmp_path_factory: pytest.TempPathFactory) -> Clip:
    return flite_clip(
        "Tell me about a time you disagreed with your manager.",
        tmp_path_factory.mktemp("question"),
        "awb",
    )


def test_a_clip_reaches_the_speaker_sample_for_sample(
    virtual_audio: VirtualAudio, question: Clip
) -> None:
    progress: list[float] = []
    assert Player().play(question, on_progress=progress.append) is True

    played = leading_silence_trimmed(as_int16(virtual_audio.played()))
    expected = leading_silence_trimmed(question.samples)
    assert np.array_equal(played[: len(expected)], expected)
    assert not played[len(expected) :].any()
    assert progress[-1] == pytest.approx(question.duration_s)
    assert progress == sorted(progress)


def test_at_one_and_a_half_speed_it_plays_in_two_thirds_of_the_time(
    virtual_audio: VirtualAudio, question: Clip
) -> None:
    progress: list[float] = []
    assert Player().play(question, speed=1.5, on_progress=progress.append)
    played = np.trim_zeros(as_int16(virtual_audio.played()))
    assert len(played) / RATE == pytest.approx(
        len(np.trim_zeros(question.samples)) / RATE / 1.5, abs=0.02
    )
    # Progress is reported in the clip's own time, so replay can highlight the right word.
    assert progress[-1] == pytest.approx(question.duration_s)


def test_an_already_cancelled_playback_plays_nothing(
    virtual_audio: VirtualAudio, question: Clip
) -> None:
    cancel = threading.Event()
    cancel.set()
    assert Player().play(question, cancel=cancel) is False
    assert virtual_audio.speaker_files() == []


def test_no_speaker_is_one_clear_error(no_audio_devices: None, question: Clip) -> None:
    with pytest.raises(AudioDeviceError) as raised:
        Player().play(question)
    assert raised.value.message == "no speaker found"
    assert raised.value.hint == NO_SPEAKER_HINT
    # Said inside one pair of parentheses, with none nested (the user saw "doctor (answers …))").
    assert str(raised.value).count("(") == 1, str(raised.value)


def test_an_unknown_speaker_name_is_named(virtual_audio: VirtualAudio, question: Clip) -> None:
    with pytest.raises(AudioDeviceError, match="no-such-speaker"):
        Player("no-such-speaker").play(question)


def test_bad_speed_is_refused(question: Clip) -> None:
    with pytest.raises(ValueError, match="speed"):
        Player().play(question, speed=0)


def test_devices_are_listed_with_their_defaults(virtual_audio: VirtualAudio) -> None:
    devices = list_devices()
    names = [d.name for d in devices]
    assert {"vmic", "vspk", "default"} <= set(names)
    default_in = default_input_device()
    default_out = default_output_device()
    assert default_in is not None and default_in.name == "default" and default_in.inputs > 0
    assert default_out is not None and default_out.outputs > 0
    assert "[default input, default output]" in default_in.describe()


def test_no_devices_lists_nothing(no_audio_devices: None) -> None:
    assert list_devices() == []
    assert default_input_device() is None
    assert default_output_device() is None
