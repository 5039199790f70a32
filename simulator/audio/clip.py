"""The one audio currency of the program: 16 kHz mono signed 16-bit samples.

Every source converts to it at the edge, so engines, analysis and storage never deal with rates,
channels or sample formats."""

from __future__ import annotations

import struct
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator.errors import AudioFileError
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
        """Linear-interpolation resampling: ample for speech going into a recognizer."""
        if rate == self.rate or len(self.samples) == 0:
            return self if rate == self.rate else Clip(self.samples, rate)
        count = round(len(self.samples) * rate / self.rate)
        positions = np.arange(count) * (self.rate / rate)
        values = np.interp(positions, np.arange(len(self.samples)), self.samples.astype(np.float64))
        return Clip(np.clip(np.round(values), -32768, 32767).astype(np.int16), rate)

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
    def from_wav(cls, path: Path | str) -> Clip:
        """Read any PCM WAV (8/16/24/32-bit, any rate, any channels) as a 16 kHz mono Clip."""
        path = Path(path)
        if not path.exists():
            raise AudioFileError(f"{path}: no such file")
        if path.is_dir():
            raise AudioFileError(f"{path}: is a folder, not a WAV file")
        try:
            with wave.open(str(path), "rb") as src:
                channels = src.getnchannels()
                width = src.getsampwidth()
                rate = src.getframerate()
                raw = src.readframes(src.getnframes())
        except (wave.Error, EOFError, RuntimeError, ValueError) as error:
            # wave raises RuntimeError (chunk seek) and ValueError on some malformed headers.
            raise AudioFileError(
                f"{path}: not a readable PCM WAV file ({error})",
                hint="convert it with: sox IN.any -r 16000 -c 1 -b 16 OUT.wav",
            ) from None
        except OSError as error:
            raise AudioFileError(f"{path}: cannot read ({error.strerror})") from None
        if not raw:
            raise AudioFileError(f"{path}: the WAV file holds no audio")
        if rate <= 0:
            raise AudioFileError(f"{path}: the WAV header gives an impossible sample rate ({rate})")
        samples = _pcm_to_int16(raw, width, path)
        usable = len(samples) - len(samples) % channels
        frames = samples[:usable].reshape(-1, channels)
        mono = frames.mean(axis=1) if channels > 1 else frames[:, 0]
        return cls(np.asarray(mono, dtype=np.int16), rate).resampled(RATE)


def _pcm_to_int16(raw: bytes, width: int, path: Path) -> np.ndarray:
    if width == 2:
        return np.frombuffer(raw[: len(raw) - len(raw) % 2], dtype="<i2").astype(np.int16)
    if width == 1:  # WAV 8-bit is unsigned
        return ((np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128) << 8).astype(np.int16)
    if width == 3:
        usable = len(raw) - len(raw) % 3
        triples = np.frombuffer(raw[:usable], dtype=np.uint8).reshape(-1, 3)
        return (triples[:, 2].astype(np.int8).astype(np.int16) << 8 | triples[:, 1]).astype(
            np.int16
        )
    if width == 4:
        wide = np.frombuffer(raw[: len(raw) - len(raw) % 4], dtype="<i4")
        return (wide >> 16).astype(np.int16)
    raise AudioFileError(f"{path}: unsupported sample width of {width} bytes")
