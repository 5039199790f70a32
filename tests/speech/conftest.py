"""Speech made once per test module: flite voices, which both recognizers read well."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.speech import stt
from tests.support.speech import flite_clip

SENTENCES = (
    "We shipped the first version in March.",
    "Then the customers asked for reports.",
    "So we built them in two weeks.",
)
PAUSES_S = (1.2, 0.7)
"""Silence inserted after the first and the second sentence."""


def speech_bounds(clip: Clip) -> tuple[float, float]:
    """First and last 10 ms frame louder than -40 dBFS: where the sound really is."""
    frames = clip.samples[: len(clip.samples) // 160 * 160].astype(np.float64).reshape(-1, 160)
    loud = np.flatnonzero(np.sqrt(np.mean((frames / 32768) ** 2, axis=1)) > 0.01)
    return loud[0] * 0.01, (loud[-1] + 1) * 0.01


class PausedAnswer:
    """Three flite sentences joined by known silences, with the true pause boundaries."""

    def __init__(self, workdir: Path) -> None:
        parts = [flite_clip(text, workdir, "slt", name=f"s{i}") for i, text in enumerate(SENTENCES)]
        pieces: list[np.ndarray] = []
        self.pauses: list[tuple[float, float]] = []
        offset = 0.0
        for index, part in enumerate(parts):
            first, last = speech_bounds(part)
            if index:
                self.pauses[-1] = (self.pauses[-1][0], offset + first)
            pieces.append(part.samples)
            offset += part.duration_s
            if index < len(PAUSES_S):
                self.pauses.append((offset - part.duration_s + last, 0.0))
                pieces.append(np.zeros(round(PAUSES_S[index] * RATE), dtype=np.int16))
                offset += PAUSES_S[index]
        self.clip = Clip(np.concatenate(pieces))


@pytest.fixture(scope="session")
def paused_answer(tmp_path_factory: pytest.TempPathFactory) -> PausedAnswer:
    return PausedAnswer(tmp_path_factory.mktemp("paused"))


@pytest.fixture
def fresh_recognizers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """default_recognizer() keeps one instance per process; start from none."""
    monkeypatch.setattr(stt, "_recognizers", {})
    yield
