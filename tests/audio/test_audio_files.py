"""Any audio file a user has reads as the same 16 kHz mono answer; a header that lies is refused
before anything is allocated; a long file is read in blocks. Real files written by sox and
libsndfile at test time."""

from __future__ import annotations

import struct
import tracemalloc
from pathlib import Path

import numpy as np
import pytest

from simulator import limits
from simulator.audio import audiofile
from simulator.audio.clip import RATE, Clip
from simulator.audio.levels import is_narrow_band
from simulator.errors import AudioFileError
from simulator.speech.stt import Transcript
from tests.interview.test_limits import documented_limits
from tests.support.clips import sox
from tests.support.speech import flite_clip

SENTENCE = "I moved our release checks into one script, and the team stopped missing steps."


@pytest.fixture(scope="module")
def answer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Clip]:
    folder = tmp_path_factory.mktemp("formats")
    clip = flite_clip(SENTENCE, folder, "slt", name="flite")
    path = clip.write_wav(folder / "answer.wav")
    return path, clip


def converted(source: Path, target: Path, *options: str) -> Path:
    sox(str(source), *options, str(target))
    return target


def correlation(a: np.ndarray, b: np.ndarray) -> float:
    n = min(len(a), len(b))
    return float(np.corrcoef(a[:n].astype(np.float64), b[:n].astype(np.float64))[0, 1])


def test_a_16_bit_16_khz_mono_wav_reads_exactly(answer: tuple[Path, Clip]) -> None:
    path, clip = answer
    assert np.array_equal(Clip.from_file(path).samples, clip.samples)


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("stereo-48k-24bit.wav", ("-r", "48000", "-c", "2", "-b", "24")),
        ("float-44k.wav", ("-r", "44100", "-e", "floating-point", "-b", "32")),
        ("8bit.wav", ("-b", "8")),
        ("alaw-8k.wav", ("-r", "8000", "-e", "a-law")),
        ("answer.flac", ()),
        ("answer.ogg", ()),
    ],
)
def test_any_depth_rate_and_container_reads_as_the_same_answer(
    answer: tuple[Path, Clip], tmp_path: Path, name: str, options: tuple[str, ...]
) -> None:
    path, clip = answer
    loaded = Clip.from_file(converted(path, tmp_path / name, *options))
    assert loaded.rate == RATE
    assert loaded.duration_s == pytest.approx(clip.duration_s, abs=0.01)
    assert correlation(loaded.samples, clip.samples) > 0.99


def test_an_mp3_reads_as_the_same_answer(answer: tuple[Path, Clip], tmp_path: Path) -> None:
    import soundfile as sf

    _, clip = answer
    mp3 = tmp_path / "answer.mp3"
    sf.write(str(mp3), clip.samples, RATE, format="MP3")  # sox here has no MP3 encoder
    loaded = Clip.from_file(mp3)
    assert loaded.duration_s == pytest.approx(clip.duration_s, abs=0.06)
    assert correlation(loaded.samples, clip.samples) > 0.99


def test_stereo_is_mixed_to_mono(tmp_path: Path) -> None:
    import soundfile as sf

    left = np.full(RATE, 0.25, dtype=np.float32)
    right = np.full(RATE, -0.05, dtype=np.float32)
    sf.write(str(tmp_path / "two.wav"), np.stack([left, right], axis=1), RATE, subtype="FLOAT")
    assert np.all(Clip.from_file(tmp_path / "two.wav").samples == round(0.1 * 32768))


def lying_wav(
    path: Path, rate: int, channels: int, data: bytes, claimed: int | None = None
) -> Path:
    size = len(data) if claimed is None else claimed
    align = channels * 2
    header = b"RIFF" + struct.pack("<I", (36 + size) & 0xFFFFFFFF) + b"WAVE"
    header += b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * align, align, 16)
    header += b"data" + struct.pack("<I", size)
    path.write_bytes(header + data)
    return path


@pytest.mark.parametrize(
    ("rate", "channels", "message"),
    [
        (1, 1, "sample rate of 1 Hz"),
        (3_000, 1, "sample rate of 3000 Hz"),
        (1_000_000, 1, "sample rate of 1000000 Hz"),
        (16_000, 1_000, "1000 channels"),
    ],
)
def test_a_header_that_lies_is_refused_before_anything_is_allocated(
    tmp_path: Path, rate: int, channels: int, message: str
) -> None:
    noise = np.random.default_rng(1).integers(-900, 900, 100_000).astype("<i2").tobytes()
    path = lying_wav(tmp_path / "lies.wav", rate, channels, noise)
    tracemalloc.start()
    try:
        with pytest.raises(AudioFileError, match=message) as raised:
            Clip.from_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(path) in str(raised.value) and "\n" not in str(raised.value)
    assert peak < 2_000_000  # the 32 KB file claiming 1 Hz once took 8 GB


def test_a_size_past_the_end_of_the_file_reads_what_is_there(tmp_path: Path) -> None:
    noise = np.random.default_rng(2).integers(-900, 900, RATE).astype("<i2")
    path = lying_wav(tmp_path / "short.wav", RATE, 1, noise.tobytes(), claimed=0xFFFFFFF0)
    assert np.array_equal(Clip.from_file(path).samples, noise)


def test_a_file_longer_than_the_limit_is_refused_from_its_header(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = lying_wav(tmp_path / "long.wav", RATE, 1, bytes(4 * RATE))
    monkeypatch.setattr(audiofile, "MAX_DURATION_S", 1.0)
    with pytest.raises(AudioFileError, match="hours of audio"):
        Clip.from_file(path)


def test_a_long_file_is_read_in_blocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 60 s of 48 kHz stereo 24-bit silence is 17 MB of file, 69 MB as float64 at once; read in
    # 1 s blocks it costs its 16 kHz result (1.9 MB) and a block.
    path = tmp_path / "minute.wav"
    sox("-n", "-r", "48000", "-c", "2", "-b", "24", str(path), "trim", "0", "60")
    monkeypatch.setattr(audiofile, "BLOCK_S", 1.0)
    tracemalloc.start()
    try:
        clip = Clip.from_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert clip.duration_s == pytest.approx(60.0, abs=0.01)
    assert peak < 2 * clip.samples.nbytes + 3_000_000


def test_telephone_audio_is_known_as_narrow_band(
    answer: tuple[Path, Clip], tmp_path: Path
) -> None:
    path, clip = answer
    assert not is_narrow_band(clip.samples)
    narrow = Clip.from_file(converted(path, tmp_path / "phone.wav", "-r", "8000"))
    assert is_narrow_band(narrow.samples)


def test_a_short_stretch_of_full_band_speech_is_not_called_telephone_audio(
    answer: tuple[Path, Clip],
) -> None:
    """A Ctrl-C a moment into an answer leaves a fraction of a second, which can be one voiced
    stretch with nothing above 4 kHz: it must not draw the telephone-audio notice. Every
    0.25 s step of the answer is tried, as the part a short clip holds, at 0.2, 0.5 and 1 s."""
    _, clip = answer
    step = int(0.25 * RATE)
    for length_s in (0.2, 0.5, 1.0):
        size = int(length_s * RATE)
        flagged = [
            start / RATE
            for start in range(0, len(clip.samples) - size, step)
            if is_narrow_band(clip.samples[start : start + size])
        ]
        assert flagged == [], f"{length_s} s clips at {flagged} s taken for telephone audio"
    # Whole seconds of the same speech are still judged, and telephone audio still found.
    assert not is_narrow_band(clip.samples[: 2 * RATE])


def test_a_huge_typed_answer_is_cut_at_a_word_with_a_notice() -> None:
    text = "we shipped it " * 800_000  # 11 MB
    transcript = Transcript.from_text(text)
    assert len(transcript.text) <= limits.TYPED_ANSWER_CHARS
    assert text.startswith(transcript.text) and text[len(transcript.text)] == " "  # whole words
    assert "first" in transcript.notices[0] and "limit 20,000" in transcript.notices[0]


def test_the_audio_and_typed_limits_are_the_documented_ones() -> None:
    documented = documented_limits()
    assert documented["lowest audio sample rate"] == limits.AUDIO_MIN_RATE
    assert documented["highest audio sample rate"] == limits.AUDIO_MAX_RATE
    assert documented["audio channels"] == limits.AUDIO_CHANNELS
    assert documented["audio length"] == limits.AUDIO_SECONDS
    assert documented["typed answer"] == limits.TYPED_ANSWER_CHARS


def test_a_wav_cut_short_says_what_its_header_promised(answer: tuple[Path, Clip],
                                                       tmp_path: Path) -> None:
    """breaker12 V14: a 31.8 s answer cut to 2000 bytes said only "the answer is empty"."""
    path, clip = answer
    whole = audiofile.probe(path)
    assert whole.declared_frames == len(clip.samples) and not whole.truncated
    assert whole.truncated_note() == ""
    cut = tmp_path / "cut.wav"
    cut.write_bytes(path.read_bytes()[:2000])
    info = audiofile.probe(cut)
    assert info.truncated and info.frames == (2000 - 44) // 2
    assert info.truncated_note() == (
        f"the file is truncated (header says {clip.duration_s:.1f} s, holds 0.06 s)"
    )
    header_only = tmp_path / "header-only.wav"
    header_only.write_bytes(path.read_bytes()[:44])
    with pytest.raises(AudioFileError, match=r"truncated \(header says [0-9.]+ s, holds 0.00 s\)"):
        audiofile.probe(header_only)
    flac = converted(path, tmp_path / "answer.flac")
    assert audiofile.probe(flac).declared_frames is None  # only a WAV header is read
