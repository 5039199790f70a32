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


ONLY_RATE_CONVERTER = "interview_sim_refuses_other_rates"
"""A rate converter that does not exist: see VirtualAudio(only_rate=...)."""


class VirtualAudio:
    """`only_rate`: the microphone records at that rate only and refuses every other, as many USB
    and laptop microphones refuse 16 kHz. The recipe (measured 2026-11-30, libasound2 1.2.8): a
    `plug` whose slave is fixed at `only_rate`, with a rate converter that does not exist. At
    `only_rate` plug needs no converter and passes the file plugin's samples through exactly; at
    any other rate it must load the converter, fails, and opening the stream fails (PortAudio:
    "Unanticipated host error ... ALSA error -2"). What did not work: `rate` in the file plugin's
    slave or a pcm_slave (the file plugin takes no slave parameters: the device is not listed),
    `type null; rate N` (not listed), `type share` with a fixed-rate slave (listed at 48 kHz, but
    alsa-lib aborts with "free(): corrupted unsorted chunks" during PortAudio's probing), and a
    plain `plug` with a fixed-rate slave (converts, so never refuses)."""

    def __init__(self, root: Path, only_rate: int | None = None) -> None:
        self.root = root
        self.only_rate = only_rate
        self.mic_raw = root / "mic.raw"
        self.speaker_dir = root / "spk"
        self.config = root / "asound.conf"
        self.speaker_dir.mkdir(parents=True, exist_ok=True)
        self.mic_raw.write_bytes(b"")
        capture = "vmic"
        fixed = ""
        if only_rate is not None:
            capture = "vmic_fixed"
            fixed = (
                f'pcm.vmic_fixed {{ type plug; slave {{ pcm "vmic"; rate {only_rate};'
                f' format S16_LE; channels 1 }}; rate_converter "{ONLY_RATE_CONVERTER}" }}'
            )
        self.config.write_text(
            fixed
            + f"""
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
pcm.!default {{ type asym; playback.pcm "vspk"; capture.pcm "{capture}" }}
"""
        )

    def env(self) -> dict[str, str]:
        return {"ALSA_CONFIG_PATH": f"{SYSTEM_ALSA_CONF}:{self.config}"}

    def feed_mic(self, clip: Clip, trailing_silence_s: float = 5.0) -> None:
        """What the next opened input stream will record, exactly, sample for sample, followed by
        `trailing_silence_s` of zeros. The silence is needed: once the file plugin runs out of
        input it repeats stale ring-buffer audio instead of zeros (seen with Debian's libasound2),
        so without it an end-of-answer detector would hear the answer again."""
        rate = self.only_rate or RATE
        assert clip.rate == rate, f"this microphone records at {rate} Hz only"
        silence = np.zeros(round(trailing_silence_s * rate), dtype="<i2")
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
