"""A microphone that refuses 16 kHz (a real ALSA device, see VirtualAudio(only_rate=...)) is
recorded at its own rate and resampled in the capture path: the answer arrives at 16 kHz, whole."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import MicrophoneSource
from tests.support import virtual_audio as va
from tests.support.speech import flite_clip

DEVICE_RATE = 48_000


@pytest.fixture
def only_48k(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[va.VirtualAudio]:
    audio = va.VirtualAudio(tmp_path / "vaudio48", only_rate=DEVICE_RATE)
    monkeypatch.setenv("ALSA_CONFIG_PATH", audio.env()["ALSA_CONFIG_PATH"])
    va.reinitialise_portaudio()
    yield audio
    monkeypatch.undo()
    va.activate(None)


def test_the_virtual_device_really_refuses_16_khz(only_48k: va.VirtualAudio) -> None:
    import sounddevice as sd

    with pytest.raises(sd.PortAudioError):
        sd.check_input_settings(samplerate=RATE, channels=1, dtype="int16")
    sd.check_input_settings(samplerate=DEVICE_RATE, channels=1, dtype="int16")


def test_a_microphone_that_refuses_16_khz_records_the_answer_at_16_khz(
    only_48k: va.VirtualAudio, tmp_path: Path
) -> None:
    import soxr

    answer = flite_clip(
        "I rebuilt the release pipeline, and deploys went from hours to minutes.", tmp_path
    )
    at_device_rate = Clip(soxr.resample(answer.samples, RATE, DEVICE_RATE), DEVICE_RATE)
    only_48k.feed_mic(at_device_rate)
    source = MicrophoneSource(block_s=0.03)
    stop = threading.Event()
    taken: list[np.ndarray] = []
    for block in source.blocks(stop):
        assert block.dtype == np.int16 and len(block) == 480  # 30 ms at 16 kHz, every time
        taken.append(block)
        if sum(len(b) for b in taken) >= len(answer.samples) + RATE // 2:
            stop.set()
    recorded = np.concatenate(taken)
    assert source.rate == DEVICE_RATE
    # What resampling the device's samples back to 16 kHz in one go gives, sample for sample,
    # within 2 of 32768 (-84 dBFS): the streaming resampler rounds some samples differently.
    expected = soxr.resample(at_device_rate.samples, DEVICE_RATE, RATE)
    difference = recorded[: len(expected)].astype(np.int32) - expected.astype(np.int32)
    assert len(recorded) >= len(expected) and np.abs(difference).max() <= 2
    assert np.corrcoef(recorded[: len(answer.samples)], answer.samples)[0, 1] > 0.999
