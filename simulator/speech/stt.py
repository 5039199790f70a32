"""What every recognizer returns: a Transcript of words with their times, so analysis never
re-parses text. Engines are registered by name and imported only when asked for."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from simulator.audio.clip import Clip
from simulator.errors import UnknownNameError


@dataclass(frozen=True)
class Word:
    """One recognized word. Times are seconds from the start of the answer; None for typed text."""

    text: str
    start: float | None = None
    end: float | None = None
    probability: float | None = None

    def to_dict(self) -> dict[str, object]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Transcript:
    text: str
    words: tuple[Word, ...] = ()
    engine: str = ""
    model: str = ""
    duration_s: float | None = None
    notices: tuple[str, ...] = field(default=())
    """Things the user should know about how this transcript was made (e.g. a fallback engine)."""

    @classmethod
    def from_text(cls, text: str) -> Transcript:
        """A typed answer: words without times."""
        return cls(text=text, words=tuple(Word(token) for token in text.split()), engine="typed")

    @property
    def has_timings(self) -> bool:
        return bool(self.words) and all(w.start is not None for w in self.words)

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "words": [w.to_dict() for w in self.words],
            "engine": self.engine,
            "model": self.model,
            "duration_s": self.duration_s,
            "notices": list(self.notices),
        }

    @classmethod
    def from_dict(cls, data: dict) -> Transcript:
        return cls(
            text=str(data.get("text", "")),
            words=tuple(
                Word(str(w["text"]), w.get("start"), w.get("end")) for w in data.get("words", [])
            ),
            engine=str(data.get("engine", "")),
            model=str(data.get("model", "")),
            duration_s=data.get("duration_s"),
            notices=tuple(data.get("notices", ())),
        )


class Recognizer(Protocol):
    """Turns a Clip into a Transcript. Implementations load their model once and reuse it."""

    name: str
    model: str

    def transcribe(self, clip: Clip) -> Transcript: ...


ENGINES: dict[str, str] = {
    "faster-whisper": "simulator.speech.engines.whisper:WhisperRecognizer",
    "pocketsphinx": "simulator.speech.engines.sphinx:SphinxRecognizer",
}
"""Engine name -> "module:factory", imported lazily so start-up never pays for a model."""


def engine_factory(name: str) -> Callable[..., Recognizer]:
    if name not in ENGINES:
        raise UnknownNameError("speech engine", name, list(ENGINES))
    module_name, attribute = ENGINES[name].split(":")
    factory: Callable[..., Recognizer] = getattr(importlib.import_module(module_name), attribute)
    return factory
