"""An answer analysed as the tests type or speak it, and the labels its story got (shared by the
analysis tests: each had its own copy of these)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript, Word


def typed(text: str, question: str, **kwargs: Any) -> AnswerAnalysis:
    """`text` typed as the answer to `question` (kwargs go to analyze_answer)."""
    return analyze_answer(Transcript.from_text(text), question=question, **kwargs)


def typed_to(question: str, **given: Any) -> Callable[..., AnswerAnalysis]:
    """`typed` that answers `question` (and passes `given` on) unless a call names another."""

    def typed_answer(text: str, question: str = question, **kwargs: Any) -> AnswerAnalysis:
        return typed(text, question, **{**given, **kwargs})

    return typed_answer


def spoken(text: str, wpm: float = 160.0) -> Transcript:
    """`text` as a recognizer writes it: its own punctuation, each word timed at `wpm`, a short
    gap after each and no longer pause anywhere (so no cut comes from a breath)."""
    step = 60.0 / wpm
    words = tuple(
        Word(word, i * step, i * step + 0.8 * step) for i, word in enumerate(text.split())
    )
    return Transcript(text, words, engine="faster-whisper", model="tiny.en",
                      duration_s=len(words) * step)


def labelled(analysis: AnswerAnalysis, label: str) -> str:
    """The text of every segment labelled `label`, joined."""
    return " ".join(s.text for s in analysis.star.segments if s.label == label)


def labels_of(analysis: AnswerAnalysis, words: str) -> list[str]:
    """The labels of the segments whose lower-cased text holds `words`."""
    return [s.label for s in analysis.star.segments if words in s.text.lower()]


def label_of(analysis: AnswerAnalysis, words: str) -> str:
    """The label of the segment that holds `words`."""
    start = analysis.transcript.text.index(words)
    return next(s.label for s in analysis.star.segments if s.start_char <= start < s.end_char)


def label_of_any_case(analysis: AnswerAnalysis, words: str) -> str:
    """The label of the segment that holds `words`, matched whatever their case (a spoken
    transcript is lower case); AssertionError, naming them, when no segment holds them."""
    at = analysis.transcript.text.lower().index(words.lower())
    for segment in analysis.star.segments:
        if segment.start_char <= at < segment.end_char:
            return segment.label
    raise AssertionError(f"{words!r} is in no segment")


def assert_task_told(analysis: AnswerAnalysis, duty: str) -> None:
    """Assert the answer has a Task, that a Task segment holds `duty` (any case), and that no
    "no Task" flaw is charged; the segments are shown when it fails."""
    segments = [(s.label, s.text) for s in analysis.star.segments]
    assert analysis.star.parts["T"].present, segments
    assert any(label == "T" and duty.lower() in text.lower() for label, text in segments), segments
    assert "no_task" not in analysis.flaw_codes
