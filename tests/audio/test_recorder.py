"""Recording answers through the real microphone path and from files, and every way one ends."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.microphone import MicrophoneSource
from simulator.audio.playback import Player
from simulator.audio.recorder import LEVEL_UPDATES_PER_S, record_answer
from simulator.audio.wavfile import WavFileSource
from tests.audio.timing import last_sound_s
from tests.support.speech import flite_wav
from tests.support.virtual_audio import VirtualAudio


@pytest.fixture(scope="module")
def answer_wav(tmp_path_factory: pytest.TempPathFactory) -> Path:
    workdir = tmp_path_factory.mktemp("answer")
    return flite_wav(
        "I rewrote the billing job, and the nightly run went from four hours to twenty minutes.",
        workdir / "answer.wav",
    )


def test_an_answer_from_the_microphone_ends_on_silence_and_is_on_disk(
    virtual_audio: VirtualAudio, answer_wav: Path, tmp_path: Path
) -> None:
    answer = Clip.from_wav(answer_wav)
    virtual_audio.feed_mic(answer)
    levels: list[tuple[float, float]] = []
    blocks: list[np.ndarray] = []

    recording = record_answer(
        MicrophoneSource(),
        tmp_path / "turn-1.wav",
        stop=threading.Event(),
        on_level=lambda value, elapsed: levels.append((value, elapsed)),
        on_block=blocks.append,
    )

    assert recording.ended_by == "silence"
    recorded = recording.clip.samples
    assert np.array_equal(recorded[: len(answer.samples)], answer.samples)
    # ~0.8 s after the last word; a trailing fricative ("minutes") is not voiced enough for the
    # detector, so the silence may start counting a little before the last sound ends.
    assert 0.6 <= recording.duration_s - last_sound_s(answer.samples) <= 1.2
    assert np.array_equal(Clip.from_wav(recording.path).samples, recorded)
    assert np.array_equal(np.concatenate(blocks), recorded)
    # The meter is throttled in audio time, and its values are meter positions.
    assert len(levels) <= LEVEL_UPDATES_PER_S * recording.duration_s + 1
    assert len(levels) >= LEVEL_UPDATES_PER_S * recording.duration_s * 0.8
    assert all(0.0 <= value <= 1.0 for value, _ in levels)
    assert [elapsed for _, elapsed in levels] == sorted(elapsed for _, elapsed in levels)
    assert max(value for value, _ in levels) > 0.3


def test_a_file_without_end_detection_runs_to_its_end(answer_wav: Path, tmp_path: Path) -> None:
    recording = record_answer(
        WavFileSource(answer_wav), tmp_path / "t.wav", stop=threading.Event(), end_on_silence=False
    )
    assert recording.ended_by == "source_end"
    assert np.array_equal(recording.clip.samples, Clip.from_wav(answer_wav).samples)
    assert recording.notices == ()


def test_the_length_limit_cuts_exactly_and_says_so(answer_wav: Path, tmp_path: Path) -> None:
    recording = record_answer(
        WavFileSource(answer_wav), tmp_path / "t.wav", stop=threading.Event(), max_s=1.0
    )
    assert recording.ended_by == "max_length"
    assert len(recording.clip.samples) == RATE
    assert len(Clip.from_wav(recording.path).samples) == RATE
    assert recording.notices == ("the answer reached the 1 s limit and was cut there",)


def test_a_stop_request_ends_a_real_time_answer_promptly(answer_wav: Path, tmp_path: Path) -> None:
    """Stop is asked from another thread (as the screen asks it) once half a second of the
    answer is in, not after half a second of wall time: a timer thread woken late on a busy
    machine, or a slow start of the recording, moved what it measured. Promptly: the recording
    keeps at most the one block it was writing when the stop came."""
    stop = threading.Event()
    half_a_second_in = threading.Event()
    written: list[int] = []
    at_stop: list[int] = []

    def count(block: np.ndarray) -> None:
        written.append(len(block))
        if sum(written) >= RATE // 2:
            half_a_second_in.set()

    def ask_to_stop() -> None:
        if half_a_second_in.wait(120):  # a guard on a hang, not a measure
            stop.set()
            at_stop.append(sum(written))

    stopper = threading.Thread(target=ask_to_stop)
    stopper.start()
    source = WavFileSource(answer_wav, realtime=True)
    recording = record_answer(source, tmp_path / "t.wav", stop=stop, on_block=count)
    half_a_second_in.set()  # the answer ended another way: let the stopper end too
    stopper.join()
    assert recording.ended_by == "stop"
    assert at_stop, "the stop came after the recording had ended"
    assert RATE // 2 <= at_stop[0] <= len(recording.clip.samples)
    assert len(recording.clip.samples) <= at_stop[0] + source.block_frames
    assert len(recording.clip.samples) < len(source.clip.samples) // 2  # of a ~5 s answer


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, RuntimeError])
def test_an_interruption_mid_answer_leaves_a_playable_partial_wav(
    answer_wav: Path, tmp_path: Path, interruption: type[BaseException]
) -> None:
    seen: list[np.ndarray] = []

    def interrupt_after_a_second(block: np.ndarray) -> None:
        seen.append(block)
        if sum(len(b) for b in seen) >= RATE:
            raise interruption()

    with pytest.raises(interruption):
        record_answer(
            WavFileSource(answer_wav),
            tmp_path / "t.wav",
            stop=threading.Event(),
            on_block=interrupt_after_a_second,
        )
    on_disk = Clip.from_wav(tmp_path / "t.wav").samples
    assert np.array_equal(on_disk, np.concatenate(seen))


class VanishingMicrophone:
    """Fast stand-in for a microphone unplugged after `blocks_before_loss` blocks; the real
    loss path is exercised by the MicrophoneSource tests."""

    name = "vanishing microphone"

    def __init__(self, blocks_before_loss: int) -> None:
        self.blocks_before_loss = blocks_before_loss
        self.device_lost = False
        self.notices: list[str] = []

    def blocks(self, stop: threading.Event) -> Iterator[np.ndarray]:
        for _ in range(self.blocks_before_loss):
            yield np.full(480, 3000, dtype=np.int16)
        self.device_lost = True
        self.notices.append("the microphone stopped (was it unplugged?)")


def test_a_lost_device_keeps_the_answer_and_says_why(tmp_path: Path) -> None:
    recording = record_answer(VanishingMicrophone(50), tmp_path / "t.wav", stop=threading.Event())
    assert recording.ended_by == "device_lost"
    assert len(recording.clip.samples) == 50 * 480
    assert recording.notices == ("the microphone stopped (was it unplugged?)",)
    assert len(Clip.from_wav(recording.path).samples) == 50 * 480


def test_stop_before_any_audio_gives_an_empty_recording(tmp_path: Path) -> None:
    stop = threading.Event()
    stop.set()
    recording = record_answer(
        WavFileSource(flite_wav("Hello.", tmp_path / "a.wav")), tmp_path / "t.wav", stop=stop
    )
    assert recording.ended_by == "stop"
    assert recording.duration_s == 0.0


def open_descriptors() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_many_answers_leak_no_file_handles(virtual_audio: VirtualAudio, tmp_path: Path) -> None:
    tone = Clip.from_float(0.3 * np.sin(np.arange(RATE // 2) * 2 * np.pi * 300 / RATE))
    player = Player()

    def one_answer(number: int) -> None:
        virtual_audio.feed_mic(tone, trailing_silence_s=0.5)
        record_answer(
            MicrophoneSource(), tmp_path / f"{number}.wav", stop=threading.Event(), max_s=0.8
        )
        player.play(tone)

    one_answer(0)  # warm-up: PortAudio and numpy open what they keep for the whole process
    before = open_descriptors()
    for number in range(1, 31):
        one_answer(number)
    assert open_descriptors() == before
