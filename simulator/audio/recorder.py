"""Recording one answer: from any AudioSource to a WAV on disk and a Clip in memory.

This is the one place that decides when an answer is over (silence, a stop request, the source
ending, the length limit or a lost device) and the one place that guarantees a partial answer stays
playable on disk whatever goes wrong, including Ctrl-C. It runs on the caller's (worker) thread;
the UI hears about it only through the two callbacks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from simulator.audio.clip import RATE, Clip
from simulator.audio.endpoint import EndJudge, Endpointer
from simulator.audio.levels import level
from simulator.audio.source import AudioSource
from simulator.audio.writer import StreamingWavWriter

EndReason = Literal["silence", "stop", "source_end", "max_length", "device_lost"]

LEVEL_UPDATES_PER_S = 20
"""Meter updates per second of audio: smooth to the eye, cheap for the UI thread."""


@dataclass(frozen=True)
class Recording:
    """One recorded answer. `path` holds exactly `clip`'s samples as a 16 kHz mono WAV."""

    clip: Clip
    path: Path
    ended_by: EndReason
    notices: tuple[str, ...] = ()

    @property
    def duration_s(self) -> float:
        return self.clip.duration_s


def record_answer(
    source: AudioSource,
    wav_path: Path,
    *,
    stop: threading.Event,
    end_on_silence: bool = True,
    silence_s: float = 0.8,
    max_s: float = 600.0,
    on_level: Callable[[float, float], None] | None = None,
    on_block: Callable[[np.ndarray], None] | None = None,
    end_judge: EndJudge | None = None,
) -> Recording:
    """Record from `source` into `wav_path` until the answer is over.

    `on_level(level, elapsed_s)` gets the meter level (0..1) and the audio time so far, at most
    LEVEL_UPDATES_PER_S times per second of audio; `on_block(block)` gets every block as written (a
    streaming recognizer listens there). A source that can lose its device may expose
    `device_lost: bool` and `notices: list[str]`; both are read after the source ends.
    Whatever is raised mid-answer, the WAV is closed complete and playable before it propagates.
    `end_judge` lets the words so far shorten or lengthen the silence that ends the answer
    (see Endpointer).
    """
    endpointer = Endpointer(silence_s=silence_s, judge=end_judge) if end_on_silence else None
    max_samples = round(max_s * RATE)
    level_every = RATE // LEVEL_UPDATES_PER_S
    next_level_at = 0
    kept: list[np.ndarray] = []
    total = 0
    ended_by: EndReason | None = None

    blocks = source.blocks(stop)
    with StreamingWavWriter(wav_path) as writer:
        try:
            for block in blocks:
                if stop.is_set():
                    ended_by = "stop"
                    break
                if total + len(block) >= max_samples:
                    block = block[: max_samples - total]
                    ended_by = "max_length"
                writer.write(block)
                kept.append(block)
                total += len(block)
                if on_block is not None:
                    on_block(block)
                if on_level is not None and total >= next_level_at:
                    on_level(level(block), total / RATE)
                    next_level_at = total + level_every
                if ended_by is None and endpointer is not None and endpointer.feed(block):
                    ended_by = "silence"
                if ended_by is not None:
                    break
        finally:
            # Closing the generator closes the device now, not whenever it is collected.
            close = getattr(blocks, "close", None)
            if close is not None:
                close()

    notices = list(getattr(source, "notices", ()))
    if ended_by is None:
        if stop.is_set():
            ended_by = "stop"
        elif getattr(source, "device_lost", False):
            ended_by = "device_lost"
        else:
            ended_by = "source_end"
    if ended_by == "max_length":
        notices.append(f"the answer reached the {max_s:g} s limit and was cut there")
    samples = np.concatenate(kept) if kept else np.zeros(0, dtype=np.int16)
    return Recording(Clip(samples.astype(np.int16, copy=False)), wav_path, ended_by, tuple(notices))
