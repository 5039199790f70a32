"""Any audio file a user has, as a 16 kHz mono Clip: WAV of any bit depth (8/16/24/32-bit
integer, 32/64-bit float, A-law, mu-law), FLAC, Ogg Vorbis/Opus and MP3, read by libsndfile
(through soundfile) and resampled with soxr.

A header can lie (a 32 KB file claiming 1 Hz once cost 8 GB of memory), so what it claims is
checked against the limits below before anything is allocated, and the audio is read in blocks
of BLOCK_S, mixed to mono and resampled block by block: a 2-hour file costs the 16 kHz result
(about 230 MB for 2 hours) plus one block, never the file's decoded size."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simulator import limits
from simulator.errors import AudioFileError

MIN_RATE = limits.AUDIO_MIN_RATE
MAX_RATE = limits.AUDIO_MAX_RATE
MAX_CHANNELS = limits.AUDIO_CHANNELS
MAX_DURATION_S = float(limits.AUDIO_SECONDS)
BLOCK_S = 10.0
"""Seconds of the file's audio read, mixed and resampled at a time."""

TRUNCATED_S = 0.1
"""Audio missing from the end of a WAV, against its header, before the file is called truncated.
A whole file holds exactly what its header says (a writer killed mid-answer leaves a header that
says less, never more: audio.writer patches the sizes after the data is written)."""

CONVERT_HINT = "convert it with: sox IN.any -r 16000 -c 1 -b 16 OUT.wav"


@dataclass(frozen=True)
class AudioInfo:
    """What a file's header says, once checked against the limits."""

    rate: int
    channels: int
    frames: int
    format: str
    """libsndfile's name for the container and encoding, e.g. "WAV, PCM_24" or "FLAC, PCM_16"."""
    declared_frames: int | None = None
    """For a WAV file, the frames its header's data size says it holds; None for other formats
    and for the placeholder sizes a streaming writer leaves (0, or past the duration limit).
    libsndfile counts `frames` from what the file really holds, so a file cut short has fewer
    `frames` than this."""

    @property
    def duration_s(self) -> float:
        return self.frames / self.rate

    @property
    def declared_s(self) -> float | None:
        """Seconds of audio the WAV header says the file holds (see `declared_frames`)."""
        return None if self.declared_frames is None else self.declared_frames / self.rate

    @property
    def truncated(self) -> bool:
        """Whether the file holds less audio than its header says, by more than TRUNCATED_S: a
        download or a copy cut short (breaker12 V14: a 31.8 s answer cut to 2000 bytes)."""
        return (
            self.declared_frames is not None
            and self.declared_frames - self.frames > TRUNCATED_S * self.rate
        )

    def truncated_note(self) -> str:
        """"the file is truncated (header says 31.8 s, holds 0.06 s)"; "" when it is not."""
        if not self.truncated or self.declared_s is None:
            return ""
        held = f"{self.duration_s:.2f}" if self.duration_s < 1 else f"{self.duration_s:.1f}"
        return f"the file is truncated (header says {self.declared_s:.1f} s, holds {held} s)"

    @property
    def narrow_band(self) -> bool:
        """Telephone-band audio (8 kHz or less): nothing above 4 kHz was recorded."""
        return self.rate <= 8_000


def probe(path: Path | str) -> AudioInfo:
    """The checked header of `path`. Raises AudioFileError, naming the file and the field, for a
    missing file, a folder, a file that is not audio, or a header past the limits."""
    path = _existing(path)
    import soundfile as sf

    try:
        info = sf.info(str(path))
    except (sf.LibsndfileError, RuntimeError) as error:
        raise AudioFileError(
            f"{path}: not a readable audio file ({_reason(error)})",
            hint=CONVERT_HINT,
        ) from None
    except OSError as error:
        raise AudioFileError(f"{path}: cannot read ({error.strerror})") from None
    found = AudioInfo(
        rate=int(info.samplerate),
        channels=int(info.channels),
        frames=max(0, int(info.frames)),
        format=f"{info.format}, {info.subtype}",
        declared_frames=_wav_declared_frames(path) if info.format == "WAV" else None,
    )
    _check(path, found)
    return found


def _check(path: Path, info: AudioInfo) -> None:
    if not MIN_RATE <= info.rate <= MAX_RATE:
        raise AudioFileError(
            f"{path}: the header gives a sample rate of {info.rate} Hz; audio is read at"
            f" {MIN_RATE}-{MAX_RATE} Hz",
            hint=CONVERT_HINT,
        )
    if not 1 <= info.channels <= MAX_CHANNELS:
        raise AudioFileError(
            f"{path}: the header gives {info.channels} channels; audio is read with 1-"
            f"{MAX_CHANNELS}",
            hint=CONVERT_HINT,
        )
    if info.duration_s > MAX_DURATION_S:
        raise AudioFileError(
            f"{path}: the header gives {info.duration_s / 3600:.1f} hours of audio; at most"
            f" {MAX_DURATION_S / 3600:.0f} hours are read",
            hint="cut the part you want with: sox IN.any OUT.wav trim START LENGTH",
        )
    if info.frames == 0:
        raise AudioFileError(f"{path}: {info.truncated_note() or 'the file holds no audio'}")


def read_clip(path: Path | str, rate: int) -> tuple[np.ndarray, AudioInfo]:
    """Mono int16 samples at `rate` Hz of the audio file at `path`, and its checked header.
    (Clip.from_file asks for 16 kHz; the rate is passed in so this module needs no Clip.)"""
    import soundfile as sf
    import soxr

    info = probe(path)
    block = max(1, round(BLOCK_S * info.rate))
    resampler = None if info.rate == rate else soxr.ResampleStream(info.rate, rate, 1, "float32")
    # Sized from the checked header; libsndfile may find fewer frames than a header claims.
    out = np.empty(round(info.frames * rate / info.rate) + rate, dtype=np.int16)
    filled = 0
    try:
        with sf.SoundFile(str(path)) as source:
            while True:
                data = source.read(block, dtype="float32", always_2d=True)
                last = len(data) < block
                mono = data.mean(axis=1, dtype=np.float32) if info.channels > 1 else data[:, 0]
                if resampler is not None:
                    mono = resampler.resample_chunk(mono, last=last)
                filled = _append(out, filled, mono)
                if last:
                    break
    except (sf.LibsndfileError, RuntimeError) as error:
        raise AudioFileError(
            f"{path}: the audio is damaged ({_reason(error)})", hint=CONVERT_HINT
        ) from None
    except OSError as error:
        raise AudioFileError(f"{path}: cannot read ({error.strerror})") from None
    if filled == 0:
        raise AudioFileError(f"{path}: the file holds no audio")
    return out[:filled].copy() if filled < len(out) // 2 else out[:filled], info


def _append(out: np.ndarray, filled: int, mono: np.ndarray) -> int:
    room = len(out) - filled
    count = min(len(mono), room)
    # libsndfile scales 16-bit samples by 1/32768 exactly, so a 16-bit file comes back exact.
    scaled = np.round(mono[:count] * np.float32(32768.0))
    out[filled : filled + count] = np.clip(scaled, -32768, 32767).astype(np.int16)
    return filled + count


def _wav_declared_frames(path: Path) -> int | None:
    """The frames a RIFF/WAVE header's data chunk says follow it (data size over the fmt chunk's
    block size); None when the chunks cannot be read or the size is a placeholder (0, or more
    than MAX_DURATION_S at the file's rate). libsndfile reports what is really there instead."""
    import struct

    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return None
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    offset, block, rate = 12, 0, 0
    while offset + 8 <= len(head):
        kind = head[offset : offset + 4]
        size = struct.unpack("<I", head[offset + 4 : offset + 8])[0]
        if kind == b"fmt " and offset + 24 <= len(head):
            _, _, rate, _, block = struct.unpack("<HHIIH", head[offset + 8 : offset + 22])
        elif kind == b"data":
            if block <= 0 or rate <= 0 or size == 0 or size / block > MAX_DURATION_S * rate:
                return None
            return int(size // block)
        offset += 8 + size + (size & 1)
    return None


def _existing(path: Path | str) -> Path:
    path = Path(path)
    if not path.exists():
        raise AudioFileError(f"{path}: no such file")
    if path.is_dir():
        raise AudioFileError(f"{path}: is a folder, not an audio file")
    return path


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text.split(": ", 1)[-1] if text.startswith("Error opening") else text
