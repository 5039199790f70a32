"""A microphone or speaker that vanishes mid-use (its PulseAudio server killed): the answer so far
is kept with a notice, and playback fails with one clear error instead of hanging."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import MicrophoneSource
from simulator.audio.playback import Player
from simulator.audio.recorder import record_answer
from simulator.errors import AudioDeviceError
from tests.support.pulse import PrivatePulse

pytestmark = pytest.mark.slow


def crash_after_first_second(pulse: PrivatePulse, heard: list[int]) -> threading.Thread:
    def crash_when_a_second_is_heard() -> None:
        while sum(heard) < RATE:
            threading.Event().wait(0.01)
        pulse.crash()

    watcher = threading.Thread(target=crash_when_a_second_is_heard, daemon=True)
    watcher.start()
    return watcher


def test_a_vanishing_microphone_keeps_the_answer_so_far(
    doomed_audio: PrivatePulse, tmp_path: Path
) -> None:
    heard: list[int] = []
    watcher = crash_after_first_second(doomed_audio, heard)

    recording = record_answer(
        MicrophoneSource(),
        tmp_path / "turn.wav",
        stop=threading.Event(),
        end_on_silence=False,
        max_s=20,
        on_block=lambda block: heard.append(len(block)),
    )
    watcher.join(timeout=5)

    assert recording.ended_by == "device_lost"
    assert len(recording.notices) == 1 and "kept" in recording.notices[0]
    assert recording.duration_s >= 1.0
    assert np.array_equal(Clip.from_wav(recording.path).samples, recording.clip.samples)


def test_a_vanishing_speaker_is_one_clear_error(doomed_audio: PrivatePulse) -> None:
    long_tone = Clip.from_float(0.3 * np.sin(np.arange(10 * RATE) * 2 * np.pi * 440 / RATE))
    progress: list[float] = []
    crashed = threading.Event()

    def crash_once_playing(position_s: float) -> None:
        progress.append(position_s)
        if position_s > 0.5 and not crashed.is_set():
            crashed.set()
            doomed_audio.crash()

    with pytest.raises(AudioDeviceError, match="the speaker stopped"):
        Player().play(long_tone, on_progress=crash_once_playing)
    assert crashed.is_set()
    assert 0.5 < progress[-1] < 9.0
