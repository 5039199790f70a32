"""The crash-safe WAV writer and its recovery, with real files and a real SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.writer import StreamingWavWriter, recover_wav
from simulator.errors import AudioFileError

REPO = Path(__file__).resolve().parents[2]


def ramp(count: int, start: int = 0) -> np.ndarray:
    return ((np.arange(start, start + count) % 20000) - 10000).astype(np.int16)


def test_written_blocks_read_back_exactly_and_privately(tmp_path: Path) -> None:
    path = tmp_path / "answers" / "turn-1.wav"
    with StreamingWavWriter(path) as writer:
        for first in range(0, 3 * RATE, 480):
            writer.write(ramp(480, first))
    assert writer.duration_s == pytest.approx(3.0, abs=0.03)
    assert np.array_equal(Clip.from_wav(path).samples, ramp(len(Clip.from_wav(path).samples)))
    assert (path.stat().st_mode & 0o777) == 0o600


def test_an_existing_file_is_replaced_and_made_private(tmp_path: Path) -> None:
    path = tmp_path / "turn.wav"
    path.write_bytes(b"old contents" * 1000)
    path.chmod(0o644)
    with StreamingWavWriter(path) as writer:
        writer.write(ramp(1600))
    assert (path.stat().st_mode & 0o777) == 0o600
    assert len(Clip.from_wav(path).samples) == 1600


def test_after_flush_the_open_file_is_already_a_complete_wav(tmp_path: Path) -> None:
    path = tmp_path / "turn.wav"
    writer = StreamingWavWriter(path)
    writer.write(ramp(RATE))
    writer.flush()
    with wave.open(str(path), "rb") as wav:
        assert wav.getnframes() == RATE
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (RATE, 1, 2)
    writer.close()
    writer.close()  # closing twice is harmless: cleanup paths may both try


def test_recover_fixes_sizes_left_at_zero_and_drops_a_torn_sample(tmp_path: Path) -> None:
    path = tmp_path / "turn.wav"
    writer = StreamingWavWriter(path)
    writer.write(ramp(RATE // 2))  # never flushed or closed: header still says 0 samples
    os.close(writer._fd or -1)
    with open(path, "ab") as wav:
        wav.write(b"\x01")  # half a sample, as a kill in the middle of a write leaves
    assert recover_wav(path) == pytest.approx(0.5)
    assert np.array_equal(Clip.from_wav(path).samples, ramp(RATE // 2))


def test_recover_of_a_file_with_no_samples_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "turn.wav"
    StreamingWavWriter(path).close()
    with pytest.raises(AudioFileError, match="holds no audio"):
        recover_wav(path)


@pytest.mark.parametrize(
    ("content", "problem"),
    [(None, "no such file"), (b"", "not a WAV"), (b"RIFF\0\0\0\0WAVEjunk", "incomplete")],
)
def test_recover_rejects_what_is_not_a_wav(
    tmp_path: Path, content: bytes | None, problem: str
) -> None:
    path = tmp_path / "turn.wav"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(AudioFileError, match=problem):
        recover_wav(path)


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    import numpy as np
    from simulator.audio.writer import StreamingWavWriter

    block = 480  # 30 ms at 16 kHz, written at the pace a microphone delivers it
    writer = StreamingWavWriter(sys.argv[1])
    started = time.monotonic()
    written = 0
    while True:
        samples = ((np.arange(written, written + block) % 20000) - 10000).astype(np.int16)
        writer.write(samples)
        written += block
        print(written, flush=True)
        time.sleep(max(0.0, started + written / 16000 - time.monotonic()))
    """
)


@pytest.mark.slow
def test_a_sigkilled_writer_leaves_a_recoverable_file(tmp_path: Path) -> None:
    path = tmp_path / "turn.wav"
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert writer.stdout is not None
    reported = 0
    for line in writer.stdout:
        reported = int(line)
        if reported >= int(1.7 * RATE):
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    assert writer.returncode == -signal.SIGKILL

    duration = recover_wav(path)
    written_s = reported / RATE
    assert written_s - 0.5 <= duration
    recovered = Clip.from_wav(path).samples
    assert np.array_equal(recovered, ramp(len(recovered)))
