"""What every recognizer returns: a Transcript of words with their times, so analysis never
re-parses text. Engines are registered by name and imported only when asked for."""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol

from simulator.errors import EngineUnavailableError, UnknownNameError

if TYPE_CHECKING:
    # Only for annotations: importing Clip pulls in numpy, which the app's start-up and
    # the analysis of typed answers do not need.
    from simulator.audio.clip import Clip
    from simulator.speech.heard import Hearing


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
    hearing: Hearing | None = None
    """For a recorded answer: its level, noise and the voice with no words (speech.hearing),
    measured beside the recognizer; None for typed text and transcripts stored before it."""

    @classmethod
    def from_text(cls, text: str) -> Transcript:
        """A typed answer: words without times. Past limits.TYPED_ANSWER_CHARS it is cut at the
        last word boundary before the limit, and a notice says so."""
        from simulator import limits

        notices: tuple[str, ...] = ()
        if len(text) > limits.TYPED_ANSWER_CHARS:
            cut = text[: limits.TYPED_ANSWER_CHARS + 1]
            boundary = max(cut.rfind(" "), cut.rfind("\n"))
            cut = cut[: boundary if boundary > 0 else limits.TYPED_ANSWER_CHARS].rstrip()
            notices = (
                f"the typed answer was {len(text):,} characters; only the first {len(cut):,}"
                f" (limit {limits.TYPED_ANSWER_CHARS:,}) were kept and analysed",
            )
            text = cut
        return cls(
            text=text,
            words=tuple(Word(token) for token in text.split()),
            engine="typed",
            notices=notices,
        )

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
            # Only when measured: a transcript without it keeps the form it always had.
            **({"hearing": self.hearing.to_dict()} if self.hearing is not None else {}),
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
            hearing=_hearing(data.get("hearing")),
        )


def _hearing(data: object) -> Hearing | None:
    if data is None:
        return None
    from simulator.speech.heard import Hearing

    return Hearing.from_dict(data)


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


SPOKEN_FILLERS = frozenset({"um", "umm", "uh", "uhh", "uhm", "er", "erm", "ah", "hmm", "mm", "mhm"})
"""Sounds that are not words. Word fillers ("like", "you know") need context: analysis's job."""


def is_filler(text: str) -> bool:
    return re.sub(r"[^a-z]", "", text.lower()) in SPOKEN_FILLERS


def filler_words(transcript: Transcript) -> tuple[Word, ...]:
    return tuple(word for word in transcript.words if is_filler(word.text))


DEFAULT_ENGINE = "faster-whisper"
DEFAULT_MODEL = "tiny.en"
FALLBACK_NOTICE = (
    "Transcribed with pocketsphinx (less accurate): the Whisper model {model} is unavailable"
    " ({reason})."
)


class NoticedRecognizer:
    """A recognizer whose transcripts carry a notice, e.g. that it stands in for the default."""

    def __init__(self, inner: Recognizer, notice: str) -> None:
        self.inner = inner
        self.notice = notice
        self.name = inner.name
        self.model = inner.model

    def transcribe(self, clip: Clip) -> Transcript:
        transcript = self.inner.transcribe(clip)
        return replace(transcript, notices=(*transcript.notices, self.notice))

    def prepare(self) -> None:
        """The inner recognizer's `prepare` (see `prepare`), if it has one."""
        prepare(self.inner)


def prepare(recognizer: Recognizer) -> None:
    """Let `recognizer` get ready for a clip before one comes, if it loads anything late (the
    pocketsphinx helper starts at the first speech, not when the recognizer is made); a no-op
    for the others. Raises what the recognizer's own start raises."""
    ready = getattr(recognizer, "prepare", None)
    if ready is not None:
        ready()


_recognizers: dict[tuple[str | None, str | None], Recognizer] = {}
_recognizers_lock = threading.Lock()


def default_recognizer(engine: str | None = None, model: str | None = None) -> Recognizer:
    """The recognizer to use, built once per (engine, model) per process.

    With neither given: faster-whisper tiny.en when its weights are present and pass their check,
    else pocketsphinx with a notice in every transcript. An engine or model the user named is
    never swapped silently: it raises EngineUnavailableError with the install command."""
    key = (engine, model)
    with _recognizers_lock:
        found = _recognizers.get(key)
        if found is None:
            found = _build_recognizer(engine, model)
            _recognizers[key] = found
        return found


def _build_recognizer(engine: str | None, model: str | None) -> Recognizer:
    if engine is None and model is None:
        try:
            return engine_factory(DEFAULT_ENGINE)(DEFAULT_MODEL)
        except EngineUnavailableError as error:
            fallback = engine_factory("pocketsphinx")()
            reason = error.message
            return NoticedRecognizer(
                fallback, FALLBACK_NOTICE.format(model=DEFAULT_MODEL, reason=reason)
            )
    factory = engine_factory(engine or DEFAULT_ENGINE)
    return factory(model) if model else factory()
