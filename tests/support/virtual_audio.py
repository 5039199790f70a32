"""Virtual ALSA microphone and speaker for tests on machines with no sound card.

The ALSA `file` plugin (built into libasound2) reads capture samples from a raw file and writes
playback into a WAV file, so the real PortAudio/sounddevice path runs end to end. The config is
selected with ALSA_CONFIG_PATH; PortAudio reads it when it initialises, so `activate()` restarts
PortAudio inside this process, and `env()` gives the variables for a subprocess.
"""

from __future__ import annotations

import os
import sys
import wave
from pathlib import Path

import numpy as np

from simulator.audio.clip import RATE, Clip

SYSTEM_ALSA_CONF = "/usr/share/alsa/alsa.conf"


class VirtualAudio:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.mic_raw = root / "mic.raw"
        self.speaker_dir = root / "spk"
        self.config = root / "asound.conf"
        self.speaker_dir.mkdir(parents=True, exist_ok=True)
        self.mic_raw.write_bytes(b"")
        self.config.write_text(
            f"""
pcm.vmic {{
    type file
    slave.pcm "null"
    file "/dev/null"
    infile "{self.mic_raw}"
    format "raw"
}}
pcm.vspk {{
    type file
    slave.pcm "null"
    file "{self.speaker_dir}/spk_%r_%c_%f.wav"
    format "wav"
    truncate false
}}
pcm.!default {{ type asym; playback.pcm "vspk"; capture.pcm "vmic" }}
"""
        )

    def env(self) -> dict[str, str]:
        return {"ALSA_CONFIG_PATH": f"{SYSTEM_ALSA_CONF}:{self.config}"}

    def feed_mic(self, clip: Clip, trailing_silence_s: float = 5.0) -> None:
        """What the next opened input stream will record, exactly, sample for sample, followed by
        `trailing_silence_s` of zeros. The silence is needed: once the file plugin runs out of
        input it repeats stale ring-buffer audio instead of zeros (seen with Debian's libasound2),
        so without it an end-of-answer detector would hear the answer again."""
        assert clip.rate == RATE
        silence = np.zeros(round(trailing_silence_s * RATE), dtype="<i2")
        self.mic_raw.write_bytes(clip.samples.astype("<i2").tobytes() + silence.tobytes())

    def speaker_files(self) -> list[Path]:
        """One file per playback stream, oldest first. With `truncate false` the file plugin
        keeps every stream: the first as spk_....wav, the next ones as spk_....wav.0001, ..."""
        return sorted(
            self.speaker_dir.glob("spk_*.wav*"), key=lambda p: (p.stat().st_mtime_ns, p.name)
        )

    def played(self) -> np.ndarray:
        """Everything the last playback stream wrote, as float64 mono in [-1, 1]."""
        files = self.speaker_files()
        assert files, "nothing reached the virtual speaker"
        return self.stream(files[-1])

    def streams(self) -> list[np.ndarray]:
        """Every playback stream, oldest first, as float64 mono in [-1, 1]."""
        return [self.stream(path) for path in self.speaker_files()]

    @staticmethod
    def stream(path: Path) -> np.ndarray:
        """One playback stream's file, as float64 mono in [-1, 1]."""
        with wave.open(str(path), "rb") as played:
            width = played.getsampwidth()
            channels = played.getnchannels()
            raw = played.readframes(played.getnframes())
        if width == 2:
            data = np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0
        elif width == 4:
            # The file plugin writes FLOAT_LE when PortAudio opens float32.
            data = np.frombuffer(raw, dtype="<f4").astype(np.float64)
        else:
            raise AssertionError(f"unexpected sample width {width}")
        return data.reshape(-1, channels)[:, 0]


def reinitialise_portaudio() -> None:
    """PortAudio lists devices once per initialisation; restart it so a new config is seen."""
    if "sounddevice" in sys.modules:
        import sounddevice

        sounddevice._terminate()
        sounddevice._initialize()


def activate(audio: VirtualAudio | None) -> None:
    """Point this process's ALSA at `audio` (or at no device at all with None)."""
    if audio is None:
        os.environ["ALSA_CONFIG_PATH"] = SYSTEM_ALSA_CONF
    else:
        os.environ.update(audio.env())
    reinitialise_portaudio()


def leading_silence_trimmed(samples: np.ndarray) -> np.ndarray:
    """PortAudio writes some silence before the first played sample; align on the first sound."""
    nonzero = np.flatnonzero(np.abs(samples) > 0)
    return samples[nonzero[0] :] if len(nonzero) else samples
