"""The one audio currency of the program: 16 kHz mono signed 16-bit samples.

Every source converts to it at the edge, so engines, analysis and storage never deal with rates,
channels or sample formats."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator.private_files import private_dir, write_private

RATE = 16_000
"""Samples per second of every Clip."""


def wav_header(data_bytes: int, rate: int) -> bytes:
    """The 44-byte header of a 16-bit mono PCM WAV holding `data_bytes` of samples."""
    return (
        b"RIFF"
        + struct.pack("<I", 36 + data_bytes)
        + b"WAVEfmt "
        + struct.pack("<IHHIIHH", 16, 1, 1, rate, rate * 2, 2, 16)
        + b"data"
        + struct.pack("<I", data_bytes)
    )


@dataclass(frozen=True, eq=False)
class Clip:
    """Mono int16 samples at `rate` Hz (always RATE once inside the program)."""

    samples: np.ndarray
    rate: int = RATE

    def __post_init__(self) -> None:
        if self.samples.dtype != np.int16 or self.samples.ndim != 1:
            raise ValueError("Clip samples must be a 1-D int16 array")

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.rate

    @classmethod
    def empty(cls) -> Clip:
        return cls(np.zeros(0, dtype=np.int16))

    @classmethod
    def from_float(cls, samples: np.ndarray, rate: int = RATE) -> Clip:
        clipped = np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0)
        return cls((clipped * 32767).astype(np.int16), rate)

    def to_float(self) -> np.ndarray:
        """Samples as float32 in [-1, 1], the form Whisper and level meters want."""
        return self.samples.astype(np.float32) / 32768.0

    def slice_s(self, start_s: float, end_s: float | None = None) -> Clip:
        first = max(0, round(start_s * self.rate))
        last = len(self.samples) if end_s is None else round(end_s * self.rate)
        return Clip(self.samples[first:last], self.rate)

    def resampled(self, rate: int = RATE) -> Clip:
        """The clip at `rate`, resampled by soxr (band-limited: linear interpolation folded
        everything above the new Nyquist frequency back into the speech band)."""
        if rate == self.rate or len(self.samples) == 0:
            return self if rate == self.rate else Clip(self.samples, rate)
        import soxr

        return Clip(soxr.resample(self.samples, self.rate, rate), rate)

    def wav_bytes(self) -> bytes:
        """The clip as a 16-bit mono PCM WAV file."""
        data = self.samples.astype("<i2").tobytes()
        return wav_header(len(data), self.rate) + data

    def write_wav(self, path: Path) -> Path:
        """Write the clip as a WAV, readable by the user only (0600; missing folders 0700),
        replacing `path` atomically. Raises OSError."""
        private_dir(path.parent, tighten=False)
        return write_private(path, self.wav_bytes(), durable=False)

    @classmethod
    def from_file(cls, path: Path | str) -> Clip:
        """Any audio file (WAV of any depth, float or A-law, FLAC, Ogg, MP3; any rate and
        channels) as a 16 kHz mono Clip. Raises AudioFileError naming the file and what is
        wrong (not audio, a header past the limits in audio.audiofile, damaged audio)."""
        from simulator.audio.audiofile import read_clip

        samples, _info = read_clip(path, RATE)
        return cls(samples, RATE)

    from_wav = from_file
    """The name callers used when only WAV was read."""
