"""A WAV file as an AudioSource, so `--answer-from FILE.wav`, demos and tests go through exactly the
recorder path the microphone uses. The file is read (and rejected if unusable) when the source is
made, before any question is asked."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from simulator.audio.clip import Clip
from simulator.errors import AudioFileError


class WavFileSource:
    """Yields a WAV file's audio (converted to 16 kHz mono int16) in `block_s` blocks. With
    `realtime=True` blocks come at the pace a microphone would deliver them."""

    def __init__(self, path: Path | str, block_s: float = 0.03, realtime: bool = False) -> None:
        self.path = Path(path)
        self.clip = Clip.from_wav(self.path)
        if len(self.clip.samples) == 0:  # e.g. a header promising more channels than bytes
            raise AudioFileError(f"{self.path}: the WAV file holds no whole sample of audio")
        self.block_frames = max(1, round(block_s * self.clip.rate))
        self.realtime = realtime
        self.name = f"file {self.path.name}"

    def blocks(self, stop: threading.Event) -> Iterator[np.ndarray]:
        samples = self.clip.samples
        started = time.monotonic()
        for first in range(0, len(samples), self.block_frames):
            if stop.is_set():
                return
            if self.realtime:
                # A microphone hands over a block once all of it has been heard.
                due = started + (first + self.block_frames) / self.clip.rate
                if stop.wait(max(0.0, due - time.monotonic())):
                    return
            yield samples[first : first + self.block_frames].copy()
