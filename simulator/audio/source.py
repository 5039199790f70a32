"""Where an answer's audio comes from. A source yields int16 mono 16 kHz blocks until it runs out
or `stop` is set; the microphone and a WAV file look the same to the recorder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Protocol

import numpy as np


class AudioSource(Protocol):
    name: str

    def blocks(self, stop: threading.Event) -> Iterator[np.ndarray]:
        """Yield 1-D int16 blocks at 16 kHz until the source ends or `stop` is set."""
        ...
