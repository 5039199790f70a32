"""The two answer sources on their real paths: the microphone through PortAudio and the virtual ALSA
microphone, and WAV files from disk."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio import microphone
from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import NO_MICROPHONE_HINT, MicrophoneSource
from simulator.audio.wavfile import WavFileSource
from simulator.errors import AudioDeviceError, AudioFileError
from tests.support.speech import flite_clip
from tests.support.virtual_audio import SYSTEM_ALSA_CONF, VirtualAudio, reinitialise_portaudio


def take_samples(blocks: Iterator[np.ndarray], stop: threading.Event, count: int) -> np.ndarray:
    taken: list[np.ndarray] = []
    total = 0
    for block in blocks:
        taken.append(block)
        total += len(block)
        if total >= count:
            stop.set()
    return np.concatenate(taken)


def test_microphone_records_exactly_the_fed_samples(
    virtual_audio: VirtualAudio, tmp_path: Path
) -> None:
    answer = flite_clip("I led the migration and we shipped two weeks early.", tmp_path)
    virtual_audio.feed_mic(answer)
    source = MicrophoneSource()
    stop = threading.Event()

    recorded = take_samples(source.blocks(stop), stop, len(answer.samples) + RATE // 2)

    assert np.array_equal(recorded[: len(answer.samples)], answer.samples)
    # After the fed audio the virtual microphone gives exact silence, as a quiet room would.
    assert not recorded[len(answer.samples) :].any()
    assert source.notices == [] and not source.device_lost


def test_microphone_blocks_have_the_asked_size(virtual_audio: VirtualAudio) -> None:
    virtual_audio.feed_mic(Clip(np.full(RATE, 1000, dtype=np.int16)))
    stop = threading.Event()
    blocks = MicrophoneSource(block_s=0.02).blocks(stop)
    first = next(blocks)
    assert first.dtype == np.int16 and first.shape == (320,)
    blocks.close()


def test_no_microphone_is_one_clear_error(no_audio_devices: None) -> None:
    with pytest.raises(AudioDeviceError) as raised:
        MicrophoneSource()
    assert raised.value.message == "no microphone found"
    assert raised.value.hint == NO_MICROPHONE_HINT


def test_a_microphone_gone_before_recording_starts_is_the_same_error(
    virtual_audio: VirtualAudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = MicrophoneSource()
    monkeypatch.setenv("ALSA_CONFIG_PATH", SYSTEM_ALSA_CONF)
    reinitialise_portaudio()
    with pytest.raises(AudioDeviceError, match="no microphone found"):
        next(source.blocks(threading.Event()))


def test_unknown_microphone_name_names_the_device(virtual_audio: VirtualAudio) -> None:
    with pytest.raises(AudioDeviceError, match="no-such-mic"):
        MicrophoneSource("no-such-mic")


def test_wav_file_source_yields_the_file_in_blocks(tmp_path: Path) -> None:
    answer = flite_clip("We measured it first.", tmp_path)
    source = WavFileSource(tmp_path / "answer.wav", block_s=0.03)
    blocks = list(source.blocks(threading.Event()))
    assert {len(b) for b in blocks[:-1]} == {480}
    assert np.array_equal(np.concatenate(blocks), answer.samples)


def test_wav_file_source_in_real_time_is_paced_and_stoppable(tmp_path: Path) -> None:
    Clip(np.ones(3 * RATE, dtype=np.int16)).write_wav(tmp_path / "three-seconds.wav")
    stop = threading.Event()
    source = WavFileSource(tmp_path / "three-seconds.wav", block_s=0.05, realtime=True)
    got = 0
    got_at_stop = None
    started = time.monotonic()
    for block in source.blocks(stop):
        got += len(block)
        if got >= 0.3 * RATE and got_at_stop is None:
            got_at_stop = got
            stop.set()  # by the consumer, so a late timer thread on a busy machine cannot skew it
    elapsed = time.monotonic() - started
    # Paced like a microphone: never more audio than wall time passed (a busy machine only makes
    # the wall time longer). The stop is honoured at once: no block after it.
    assert got / RATE <= elapsed + 0.05
    assert got_at_stop is not None and got == got_at_stop


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        (b"", "not a readable audio file"),
        (b"this is a text file, not audio\n" * 20, "not a readable audio file"),
    ],
)
def test_wav_file_source_rejects_unusable_files(
    tmp_path: Path, content: bytes | None, problem: str
) -> None:
    path = tmp_path / "answer.wav"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AudioFileError, match=problem):
        WavFileSource(path)


def test_wav_file_source_rejects_a_wav_with_no_samples(tmp_path: Path) -> None:
    Clip.empty().write_wav(tmp_path / "empty.wav")
    with pytest.raises(AudioFileError, match="holds no audio"):
        WavFileSource(tmp_path / "empty.wav")


def test_a_microphone_that_goes_quiet_ends_as_lost_keeping_what_came(
    virtual_audio: VirtualAudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stall watchdog, driven directly (a real device that hangs cannot be made on demand;
    a device that vanishes is tested for real in test_device_loss.py)."""
    monkeypatch.setattr(microphone, "FIRST_BLOCK_S", 0.3)
    monkeypatch.setattr(microphone, "STALL_S", 0.1)
    source = MicrophoneSource()
    arrived: queue.Queue[np.ndarray | None] = queue.Queue()
    block = np.ones(480, dtype=np.int16)
    arrived.put(block)

    got = list(source._drain(arrived, threading.Event()))

    assert len(got) == 1 and np.array_equal(got[0], block)
    assert source.device_lost
    assert source.notices == [
        "the microphone sent no audio for 0.1 s; the answer was kept up to that point"
    ]


def test_a_microphone_that_never_starts_gets_longer_patience(
    virtual_audio: VirtualAudio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(microphone, "FIRST_BLOCK_S", 0.3)
    monkeypatch.setattr(microphone, "STALL_S", 0.05)
    source = MicrophoneSource()
    started = time.monotonic()
    assert list(source._drain(queue.Queue(), threading.Event())) == []
    assert time.monotonic() - started >= 0.3
    assert source.device_lost and "0.3 s" in source.notices[0]
