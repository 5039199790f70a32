"""Arbitrary bytes where a WAV is expected: always one clear AudioFileError, never a traceback, and
recovery never makes a readable recording unreadable."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator.audio.clip import Clip
from simulator.audio.wavfile import WavFileSource
from simulator.audio.writer import StreamingWavWriter, recover_wav
from simulator.errors import AudioFileError

FUZZ = settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def wav_like(body: bytes) -> bytes:
    """A plausible header (so the fuzzing gets past the magic numbers) followed by `body`."""
    return b"RIFF" + struct.pack("<I", len(body) + 4) + b"WAVE" + body


@st.composite
def odd_headers(draw: st.DrawFn) -> bytes:
    """Well-formed chunks carrying arbitrary format fields: zero rates, odd widths, 0 channels."""
    channels = draw(st.integers(0, 8))
    rate = draw(st.sampled_from([0, 1, 8000, 16000, 44100, 48000, 2**32 - 1]))
    width = draw(st.integers(0, 5))
    data = draw(st.binary(max_size=200))
    fmt = struct.pack("<HHIIHH", 1, channels, rate, 0, channels * width, width * 8)
    return wav_like(
        b"fmt " + struct.pack("<I", 16) + fmt + b"data" + struct.pack("<I", len(data)) + data
    )


ANY_FILE = st.one_of(st.binary(max_size=300), st.binary(max_size=300).map(wav_like), odd_headers())


@FUZZ
@given(data=ANY_FILE)
def test_any_bytes_recover_to_a_wav_or_one_clear_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "fuzz.wav"
    path.write_bytes(data)
    try:
        seconds = recover_wav(path)
    except AudioFileError:
        return
    assert seconds > 0


@FUZZ
@given(data=ANY_FILE)
def test_any_bytes_as_an_answer_file_load_or_give_one_clear_error(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "fuzz.wav"
    path.write_bytes(data)
    try:
        source = WavFileSource(path)
    except AudioFileError:
        return
    assert source.clip.duration_s > 0


@FUZZ
@given(
    samples=st.lists(st.integers(-32768, 32767), min_size=1, max_size=2000),
    cut=st.integers(0, 4001),
)
def test_a_recording_cut_anywhere_recovers_to_a_prefix(
    tmp_path: Path, samples: list[int], cut: int
) -> None:
    path = tmp_path / "cut.wav"
    written = np.array(samples, dtype=np.int16)
    with StreamingWavWriter(path) as writer:
        writer.write(written)
    data = path.read_bytes()
    path.write_bytes(data[: 44 + cut])  # power loss after the header and `cut` data bytes
    try:
        recover_wav(path)
    except AudioFileError:
        assert min(cut, len(data) - 44) < 2  # not even one whole sample survived
        return
    assert np.array_equal(Clip.from_wav(path).samples, written[: len(Clip.from_wav(path).samples)])
    assert len(Clip.from_wav(path).samples) == min(cut, len(data) - 44) // 2
