"""The streaming transcriber guesses the last piece at every pause, so the words are known while
the recorder still waits out its end-of-answer silence; the pieces (and so the words) come from
the audio alone, however long that silence and whenever the guesses run."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.speech import stt
from simulator.speech.streaming import StreamingTranscriber
from simulator.speech.stt import default_recognizer
from tests.speech.conftest import SENTENCES, PausedAnswer, speech_bounds
from tests.support.speech import flite_clip

BLOCK = 480
GUESSED_PAUSE_S = 0.45
"""Longer than the point a short piece's pause is cut at (0.3 s, where its guess ends), shorter
than LONG_PAUSE_S (0.6 s), where it is cut."""


class Counting:
    """The real recognizer, counting the seconds of audio it is given."""

    def __init__(self) -> None:
        self.inner = default_recognizer()
        self.name, self.model = self.inner.name, self.inner.model
        self.seconds: list[float] = []

    def transcribe(self, clip: Clip) -> stt.Transcript:
        self.seconds.append(clip.duration_s)
        return self.inner.transcribe(clip)


def spoken_part(clip: Clip) -> np.ndarray:
    """The clip from 50 ms before its first sound to 50 ms after its last: the pauses a test
    inserts are then the pauses the transcriber hears."""
    first, last = speech_bounds(clip)
    return clip.samples[max(0, round((first - 0.05) * RATE)) : round((last + 0.05) * RATE)]


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.int16)


def feed(streaming: StreamingTranscriber, samples: np.ndarray) -> None:
    for offset in range(0, len(samples), BLOCK):
        streaming.feed(samples[offset : offset + BLOCK])


def test_the_last_words_are_known_before_the_silence_is_waited_out(
    paused_answer: PausedAnswer,
) -> None:
    counting = Counting()
    told = threading.Event()
    streaming = StreamingTranscriber(counting, on_words=told.set)  # type: ignore[arg-type]
    last_word_s = paused_answer.clip.duration_s
    # The answer and a pause long enough for a guess (a short last piece is cut 0.3 s into its
    # pause), too short for a cut (LONG_PAUSE_S).
    feed(streaming, np.concatenate([paused_answer.clip.samples, silence(GUESSED_PAUSE_S)]))
    while "weeks" not in streaming.partial_text().lower():
        assert told.wait(timeout=120), streaming.partial_text()
        told.clear()
    assert streaming.transcribed_through_s() >= last_word_s - 0.2
    transcribed = len(counting.seconds)
    # The recorder waits out the rest of its silence; the guessed piece is the last piece.
    feed(streaming, silence(1.5))
    transcript = streaming.finish()
    assert len(counting.seconds) == transcribed  # no recognizer pass after the answer ended
    assert transcript.text == streaming.partial_text()
    assert {"shipped", "reports", "weeks"} <= {
        w.strip(".,").lower() for w in transcript.text.split()
    }
    assert transcript.duration_s == pytest.approx(last_word_s + GUESSED_PAUSE_S + 1.5)


def test_the_pieces_come_from_the_audio_not_the_guesses(tmp_path: Path) -> None:
    """A guess at a short pause the voice goes on after is dropped. Fed block by block (the
    guess at that pause transcribed) or all at once (every guess but the last skipped), and
    whatever the silence after the answer, the same pieces and words come out."""
    recognizer = default_recognizer()
    first = spoken_part(flite_clip(SENTENCES[0], tmp_path, "slt", name="first"))
    second = spoken_part(flite_clip(SENTENCES[1], tmp_path, "slt", name="second"))
    told = threading.Event()
    blockwise = StreamingTranscriber(recognizer, on_words=told.set)
    feed(blockwise, np.concatenate([first, silence(GUESSED_PAUSE_S)]))
    assert told.wait(timeout=120)  # the guess at the pause is in
    guessed = blockwise.partial_text()
    assert "March" in guessed and "reports" not in guessed
    feed(blockwise, second)
    assert "March" in blockwise.partial_text()  # the live view takes no words back
    feed(blockwise, silence(1.0))
    at_once = StreamingTranscriber(recognizer)
    at_once.feed(np.concatenate([first, silence(GUESSED_PAUSE_S), second, silence(2.5)]))
    one, other = blockwise.finish(), at_once.finish()
    assert "March" in one.text and "reports" in one.text
    assert one.words == other.words and one.text == other.text
    assert len(blockwise._spans) == 1  # the short pause was not a cut


TOLD = (
    "I had two days to learn the billing code. I read the tests first, asked the author three "
    "questions, and shipped the fix on time."
)


def test_an_answer_that_told_its_result_ends_before_the_silence_setting(tmp_path: Path) -> None:
    """The room's recorder with the words judge: once the guessed last piece is in (the source
    waits for it, as a recognizer that keeps up would be), a complete answer that told its
    result ends after QUICK_S of silence, not the 1.2 s silence setting."""
    from simulator.audio.endpoint import QUICK_S
    from simulator.audio.recorder import record_answer
    from simulator.interview.runner import words_judge

    told = threading.Event()
    streaming = StreamingTranscriber(default_recognizer(), on_words=told.set)
    answer = flite_clip(TOLD, tmp_path, "slt", name="told").samples

    class KeepingUp:
        name = "told answer"

        def blocks(self, stop: threading.Event) -> Iterator[np.ndarray]:
            samples = np.concatenate([answer, silence(3.0)])
            wait_at = len(answer) + round(GUESSED_PAUSE_S * RATE)
            for offset in range(0, len(samples), BLOCK):
                while offset >= wait_at and "time" not in streaming.partial_text():
                    assert told.wait(timeout=120), streaming.partial_text()
                    told.clear()
                yield samples[offset : offset + BLOCK]

    recording = record_answer(
        KeepingUp(),
        tmp_path / "answer.wav",
        stop=threading.Event(),
        silence_s=1.2,
        on_block=streaming.feed,
        end_judge=words_judge(streaming),
    )
    transcript = streaming.finish()
    assert recording.ended_by == "silence"
    waited = recording.duration_s - len(answer) / RATE
    assert QUICK_S - 0.2 <= waited < 1.0, transcript.text
    assert "fix on time" in transcript.text
