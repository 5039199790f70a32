"""A WAV writer that never leaves an answer unplayable.

An answer is a personal story told once; a crash must not cost it. Samples go to the file as they
arrive (so a killed process loses nothing the kernel already has), the header's sizes are patched
and the file fsynced at least every FLUSH_S (so even power loss costs at most that much), and
`recover_wav` repairs the header of a file whose writer died before closing it.

The writer does blocking file I/O: call it from the recorder's thread, never from an audio callback.
"""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

import numpy as np

from simulator.audio.clip import RATE, wav_header
from simulator.errors import AudioFileError, StorageError
from simulator.private_files import open_private, private_dir

FLUSH_S = 0.25
"""Longest stretch of wall-clock time between two fsyncs while samples arrive."""

_HEADER_BYTES = 44
_BYTES_PER_SAMPLE = 2


class StreamingWavWriter:
    """Append int16 mono samples to a 16-bit PCM WAV at `path` (created 0600, replacing any file
    there). Use as a context manager, or call `close()`; both patch the final sizes."""

    def __init__(self, path: Path | str, rate: int = RATE) -> None:
        self.path = Path(path)
        self.rate = rate
        self.samples_written = 0
        self._synced_at = time.monotonic()
        try:
            private_dir(self.path.parent, tighten=False)
            self._fd: int | None = open_private(self.path)
            os.write(self._fd, wav_header(0, rate))
        except OSError as error:
            raise StorageError(
                f"{self.path}: cannot write the recording ({error.strerror})"
            ) from None

    @property
    def duration_s(self) -> float:
        return self.samples_written / self.rate

    def write(self, samples: np.ndarray) -> None:
        """Append a block; every FLUSH_S the header is brought up to date and the file synced."""
        fd = self._require_open()
        data = np.ascontiguousarray(samples, dtype="<i2").tobytes()
        try:
            _write_all(fd, data)
        except OSError as error:
            raise StorageError(
                f"{self.path}: writing the recording failed ({error.strerror}); "
                f"{self.duration_s:.1f} s are saved"
            ) from None
        self.samples_written += len(data) // _BYTES_PER_SAMPLE
        if time.monotonic() - self._synced_at >= FLUSH_S:
            self.flush()

    def flush(self) -> None:
        """Make the file on disk a complete, playable WAV of everything written so far."""
        fd = self._require_open()
        data_bytes = self.samples_written * _BYTES_PER_SAMPLE
        try:
            os.pwrite(fd, struct.pack("<I", 36 + data_bytes), 4)
            os.pwrite(fd, struct.pack("<I", data_bytes), 40)
            os.fsync(fd)
        except OSError as error:
            raise StorageError(
                f"{self.path}: saving the recording failed ({error.strerror})"
            ) from None
        self._synced_at = time.monotonic()

    def close(self) -> None:
        if self._fd is None:
            return
        try:
            self.flush()
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> StreamingWavWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _require_open(self) -> int:
        if self._fd is None:
            raise ValueError(f"{self.path}: the writer is closed")
        return self._fd


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def recover_wav(path: Path | str) -> float:
    """Repair a WAV whose writer was killed: set the RIFF and data sizes from what is really on
    disk (dropping a torn last sample) and return the duration in seconds. Raises AudioFileError for
    a file that is not a PCM WAV or holds no samples."""
    path = Path(path)
    try:
        with open(path, "r+b") as wav:
            data_offset, block_align, rate = _locate_data(path, wav)
            file_bytes = os.fstat(wav.fileno()).st_size
            data_bytes = max(0, file_bytes - data_offset)
            data_bytes -= data_bytes % block_align
            if data_bytes == 0:
                raise AudioFileError(f"{path}: the recording holds no audio")
            wav.truncate(data_offset + data_bytes)
            wav.seek(4)
            wav.write(struct.pack("<I", data_offset - 8 + data_bytes))
            wav.seek(data_offset - 4)
            wav.write(struct.pack("<I", data_bytes))
            wav.flush()
            os.fsync(wav.fileno())
    except FileNotFoundError:
        raise AudioFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AudioFileError(f"{path}: is a folder, not a WAV file") from None
    except OSError as error:
        raise AudioFileError(f"{path}: cannot repair ({error.strerror})") from None
    return data_bytes / block_align / rate


def _locate_data(path: Path, wav: BinaryIO) -> tuple[int, int, int]:
    """Walk the RIFF chunks to the `data` chunk; return (offset of its samples, bytes per frame,
    rate). The data chunk's own size is not trusted: that is what a crash leaves wrong."""
    wav.seek(0)
    riff = wav.read(12)
    if len(riff) < 12 or riff[:4] != b"RIFF" or riff[8:12] != b"WAVE":
        raise AudioFileError(f"{path}: not a WAV file, nothing to recover")
    block_align = rate = 0
    while True:
        chunk = wav.read(8)
        if len(chunk) < 8:
            raise AudioFileError(f"{path}: the WAV header is incomplete, nothing to recover")
        kind, size = chunk[:4], struct.unpack("<I", chunk[4:])[0]
        if kind == b"data":
            if not block_align:
                raise AudioFileError(f"{path}: the WAV file has no format chunk")
            return wav.tell(), block_align, rate
        body_start = wav.tell()
        if kind == b"fmt ":
            fmt = wav.read(16)
            if len(fmt) < 16:
                raise AudioFileError(f"{path}: the WAV format chunk is cut short")
            _tag, _channels, rate, _byte_rate, block_align, _bits = struct.unpack("<HHIIHH", fmt)
            if not block_align or not rate:
                raise AudioFileError(f"{path}: the WAV format chunk is invalid")
        wav.seek(body_start + size + size % 2)
