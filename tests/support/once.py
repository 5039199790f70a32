"""Made once per test run, read by every xdist worker: the real transcript of a test clip.

Tests that assert different things about the same audio (its figures, its word count, where
its first word starts) share one real transcription of it. Under `./dev.sh test` the tests of
a module run on four workers, so a module fixture would still transcribe the clip four
times: the first process to ask runs the recognizer and writes the result to a folder all
workers of the run share; the others wait on its lock (no CPU) and read it. Keyed by what
decides the result, so a different clip or engine is never served another's transcript. Tests
whose point is running the recognizer again (the same words on every run) still run it.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from simulator.audio.clip import Clip
from simulator.speech.stt import Recognizer, Transcript

T = TypeVar("T")


class MadeOnce:
    """Values made once per run under `folder`, kept in memory once read."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._read: dict[str, object] = {}

    def value(self, key: str, make: Callable[[], T]) -> T:
        """make() if no process of this run has made `key` yet, else what it made."""
        if key in self._read:
            return self._read[key]  # type: ignore[return-value]
        name = hashlib.sha256(key.encode()).hexdigest()[:32]
        made = self.folder / f"{name}.pickle"
        with (self.folder / f"{name}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            if made.exists():
                value: T = pickle.loads(made.read_bytes())
            else:
                value = make()
                part = made.with_suffix(f".{os.getpid()}.part")
                part.write_bytes(pickle.dumps(value))
                part.replace(made)
        self._read[key] = value
        return value

    def transcript(self, recognizer: Recognizer, clip: Clip) -> Transcript:
        """`recognizer`'s real transcript of `clip`, run once per run for the same audio."""
        audio = hashlib.sha256(clip.samples.tobytes()).hexdigest()
        settings = sorted(
            (name, value)
            for name, value in vars(recognizer).items()
            if not name.startswith("_") and isinstance(value, bool | int | float | str)
        )  # name, model and what else decides the words (keep_fillers, beam_size, ...)
        key = f"transcript {type(recognizer).__name__} {settings} {clip.rate} {audio}"
        return self.value(key, lambda: recognizer.transcribe(clip))


@pytest.fixture(scope="session")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> MadeOnce:
    """Under xdist every worker's base folder is inside the run's own; alone, its own."""
    base = tmp_path_factory.getbasetemp()
    run = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = run / "made-once"
    folder.mkdir(exist_ok=True)
    return MadeOnce(folder)
