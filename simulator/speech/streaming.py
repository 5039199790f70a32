"""Transcribe while the user is still talking, so the transcript is ready when the answer ends
instead of after a full pass over 90 s of audio.

The recorder thread calls `feed` for every block; feed only copies the block and runs the
voice-activity detector (microseconds per 10 ms frame). At a pause, the audio since the last cut
becomes a piece that ONE worker thread transcribes; `finish` transcribes the tail and stitches the
pieces with word times in answer time. Cutting at pauses also keeps Whisper away from its
long-audio failures (a skipped start, a repeated sentence).

Every pause of SPECULATE_S also sends the piece so far to the worker as a guess, cut exactly
where that pause is cut if it lasts (0.15-0.3 s into it). If the voice resumes, the result is
dropped; if the pause becomes a cut, or the end of the answer, that result IS the piece's
transcript. So the last piece is usually transcribed while the recorder still waits out its
end-of-answer silence, and the words judge (runner.words_judge) can read the last sentence
early. Where pieces end depends on the audio alone; guessing changes only when their words are
known, never which words.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from simulator.audio.clip import RATE, Clip
from simulator.speech.stt import Recognizer, Transcript, Word, prepare
from simulator.speech.voice_activity import FRAME_S, FRAME_SAMPLES, ForcedCuts, PauseFinder

PAUSE_S = 0.3
"""A silence this long is a place to cut. Shorter gaps fall inside words and between them."""

LONG_PAUSE_S = 0.6
"""A silence this long ends a piece of any length (the recorder ends answers after ~0.8 s)."""

MIN_PIECE_S = 4.0
"""Pieces shorter than this give Whisper too little context (and each piece costs a full
encoder pass), so pauses before it are passed over."""

SPECULATE_S = 0.2
"""A silence this long after speech starts a speculative transcription of the piece so far:
on a loaded two-core machine one recognizer pass takes 0.3-1 s, and the answer may end at
0.6 s of silence (endpoint.QUICK_S)."""

MAX_PIECE_S = 20.0
"""Cut even without a pause (in the longest gap between words: voice_activity.ForcedCuts) so no
piece nears Whisper's 30 s."""

_STOP = None
_PREPARE = "prepare"
"""Put on the worker's queue at the answer's first voiced frame: the recognizer gets ready
(`stt.prepare`) while the words go on, off the recorder thread, before any piece."""

Span = tuple[int, int]
"""(first sample, end sample) of a piece in the answer."""


class StreamingTranscriber:
    """Feed 16 kHz int16 blocks as they are recorded; `finish()` returns the whole Transcript."""

    def __init__(
        self,
        recognizer: Recognizer,
        pause_s: float = PAUSE_S,
        min_piece_s: float = MIN_PIECE_S,
        max_piece_s: float = MAX_PIECE_S,
        on_words: Callable[[], None] | None = None,
    ) -> None:
        """`on_words()` is called on the worker thread each time words are added to
        `partial_text()` (a piece or a speculative piece transcribed)."""
        self.recognizer = recognizer
        self._on_words = on_words
        self._pause_frames = max(1, round(pause_s * RATE / FRAME_SAMPLES))
        self._long_pause = max(self._pause_frames, round(LONG_PAUSE_S * RATE / FRAME_SAMPLES))
        self._min_piece = round(min_piece_s * RATE)
        self._max_piece = round(max_piece_s * RATE)
        self._audio = np.zeros(RATE * 30, dtype=np.int16)
        self._length = 0
        self._piece_start = 0
        self._forced = ForcedCuts(round(min_piece_s / FRAME_S))
        """The gaps of the current piece, for a forced cut."""
        self._speculate_frames = max(1, round(SPECULATE_S * RATE / FRAME_SAMPLES))
        self._finder = PauseFinder()
        self._pieces: queue.Queue[tuple[bool, Span, np.ndarray] | str | None] = queue.Queue()
        self._heard = False
        """Whether a voiced frame has come (and the worker was told to prepare)."""
        self._guess: Span | None = None
        """The piece sent on speculation at the current pause; None once the voice resumes."""
        self._guessed: dict[Span, Transcript] = {}
        """Speculative transcripts by span, until their piece is cut (or proved not to be)."""
        self._committed: set[Span] = set()
        self._done: list[tuple[int, Transcript]] = []
        self._spans: list[tuple[int, int]] = []
        """(first, last) sample of each piece transcribed."""
        self._done_lock = threading.Lock()
        self._failure: BaseException | None = None
        self._cancelled = threading.Event()
        self._worker = threading.Thread(target=self._work, name="streaming-stt", daemon=True)
        self._worker.start()
        self._finished = False

    # -- recorder thread --------------------------------------------------------------------

    def feed(self, block: np.ndarray) -> None:
        """Append one block (any length) of the answer. Cheap: a copy and the pause detector."""
        if self._finished:
            raise RuntimeError("feed() after finish()")
        samples = np.asarray(block, dtype=np.int16).reshape(-1)
        # Looked at frame by frame, so where the answer is cut depends on the audio alone, not
        # on the size of the blocks it arrives in (the same answer, the same pieces).
        first = 0
        while first < len(samples):
            last = first + FRAME_SAMPLES - self._length % FRAME_SAMPLES
            self._feed_frame(samples[first:last])
            first = last

    def _feed_frame(self, samples: np.ndarray) -> None:
        self._append(samples)
        self._finder.feed(samples)
        run = self._finder.silent_run
        silence_start = (self._finder.frames_seen - run) * FRAME_SAMPLES
        if run == 0:
            self._guess = None  # the voice resumed: the guess was not the piece
            if not self._heard:
                self._heard = True
                self._pieces.put(_PREPARE)
        elif self._piece_start < silence_start:
            self._maybe_guess(silence_start, run)
        self._forced.saw(self._finder.frames_seen, run)
        if run >= self._pause_frames:
            # Cut in the middle of the silence seen so far: both pieces keep a quiet edge.
            middle = (self._finder.frames_seen - run // 2) * FRAME_SAMPLES
            long_enough = middle - self._piece_start >= self._min_piece
            # A long pause is often the end of the answer: cut even a short piece (the worker
            # has usually transcribed it already, as a guess).
            if self._piece_start < silence_start and (long_enough or run >= self._long_pause):
                self._cut(middle)
                return
        if self._length - self._piece_start >= self._max_piece:
            seen = self._finder.frames_seen
            forced = self._forced.cut(self._piece_start // FRAME_SAMPLES, seen)
            self._cut(forced * FRAME_SAMPLES if forced < seen else self._length)

    def _cut_point(self, silence_start: int) -> int:
        """Where the pause that began at `silence_start` is cut if it lasts: the middle of the
        silence (as `_feed_frame` cuts it) at the first run of at least PAUSE_S after which the
        piece is long enough, else at LONG_PAUSE_S. Known from the pause's start."""
        frames_needed = -(-(self._min_piece - (silence_start - self._piece_start)) // FRAME_SAMPLES)
        run = min(max(self._pause_frames, 2 * frames_needed - 1), self._long_pause)
        return silence_start + (run - run // 2) * FRAME_SAMPLES

    def _maybe_guess(self, silence_start: int, run: int) -> None:
        """Send the piece up to this pause's cut point to the worker as a guess, once the
        pause is SPECULATE_S long and the audio reaches the cut point."""
        cut_at = self._cut_point(silence_start)
        span = (self._piece_start, cut_at)
        if run < self._speculate_frames or self._length < cut_at or self._guess == span:
            return
        self._guess = span
        self._pieces.put((True, span, self._audio[span[0] : span[1]].copy()))

    def _append(self, samples: np.ndarray) -> None:
        needed = self._length + len(samples)
        if needed > len(self._audio):
            grown = np.zeros(max(needed, 2 * len(self._audio)), dtype=np.int16)
            grown[: self._length] = self._audio[: self._length]
            self._audio = grown
        self._audio[self._length : needed] = samples
        self._length = needed

    def _cut(self, end: int) -> None:
        span = (self._piece_start, end)
        with self._done_lock:
            self._committed.add(span)
        self._pieces.put((False, span, self._audio[span[0] : end].copy()))
        self._piece_start = end
        self._forced.forget(end // FRAME_SAMPLES)
        self._guess = None

    def _done_or_queued(self) -> bool:
        """Whether any piece has been cut (so the answer's words are somewhere in the pieces)."""
        return self._piece_start > 0

    # -- worker thread ----------------------------------------------------------------------

    def _work(self) -> None:
        # Each piece is transcribed on its own, in order. Joining the pieces that wait in line
        # (as this once did when the worker fell behind) made the pieces, and so the words,
        # depend on how busy the machine was: the same answer gave different transcripts.
        # Pieces are cut from the audio alone, so the same answer always gives the same ones;
        # a speculative transcript is used only for exactly the samples of the piece cut later.
        while True:
            item = self._pieces.get()
            if item is _STOP:
                return
            if isinstance(item, str):
                self._prepare()
                continue
            speculative, span, samples = item
            if self._cancelled.is_set() or self._failure is not None:
                continue
            if speculative:
                self._speculate(span, samples)
            else:
                self._transcribe_piece(span, samples)

    def _prepare(self) -> None:
        if self._cancelled.is_set():
            return
        try:
            prepare(self.recognizer)
        except Exception:  # the first piece starts it again and raises then, for finish()
            return

    def _speculate(self, span: Span, samples: np.ndarray) -> None:
        with self._done_lock:
            wanted = span == self._guess or span in self._committed
            if not wanted or span in self._guessed:
                return  # the voice resumed, or a later pause was guessed: not this piece
        try:
            transcript = self.recognizer.transcribe(Clip(samples))
        except Exception:  # the piece, if cut, is transcribed again and raises then
            return
        with self._done_lock:
            self._guessed[span] = transcript
        self._told()

    def _transcribe_piece(self, span: Span, samples: np.ndarray) -> None:
        with self._done_lock:
            transcript = self._guessed.pop(span, None)
            # Guesses from before this piece's end can no longer be a piece.
            for stale in [s for s in self._guessed if s[0] < span[1]]:
                del self._guessed[stale]
        if transcript is None:
            try:
                transcript = self.recognizer.transcribe(Clip(samples))
            except BaseException as error:  # handed to finish(), which raises it on its thread
                self._failure = error
                return
        with self._done_lock:
            self._done.append((span[0], transcript))
            self._spans.append(span)
        self._told()

    def _told(self) -> None:
        if self._on_words is not None:
            self._on_words()

    # -- any thread -------------------------------------------------------------------------

    def _current_guess(self) -> tuple[Span, Transcript] | None:
        """The speculative piece of the pause going on now and its transcript, if ready
        (call with `_done_lock` held)."""
        span = self._guess
        if span is None or span[0] != self._piece_start:
            return None
        transcript = self._guessed.get(span)
        return None if transcript is None else (span, transcript)

    def partial_text(self) -> str:
        """The text of the pieces transcribed so far, with the guesses at the pieces still to
        come: a cut piece whose guess is in, and the latest guess at the piece going on now,
        kept after the voice resumes (its words were said; the next guess replaces them), so
        the live view never takes words back. The words judge reads it only as far as
        `transcribed_through_s()`."""
        with self._done_lock:
            pieces = dict(self._done)
            for (start, end), transcript in self._guessed.items():
                if (start, end) in self._committed and start not in pieces:
                    pieces[start] = transcript
            growing = [span for span in self._guessed if span[0] == self._piece_start]
            if growing and self._piece_start not in pieces:
                pieces[self._piece_start] = self._guessed[max(growing)]
        return " ".join(pieces[start].text for start in sorted(pieces) if pieces[start].text)

    @property
    def duration_s(self) -> float:
        return self._length / RATE

    def transcribed_through_s(self) -> float:
        """Answer time up to which every piece has been transcribed (0.0 before the first):
        `partial_text()` holds every word said before it. The recorder's end-of-answer judgment
        trusts the text only this far."""
        with self._done_lock:
            spans = sorted(self._spans)
            guess = self._current_guess()
        if guess is not None:
            spans.append(guess[0])
        covered = 0
        for start, end in spans:
            if start > covered:
                break  # a piece before this one is still with the worker
            covered = max(covered, end)
        return covered / RATE

    def finish(self) -> Transcript:
        """Transcribe the tail, wait for the worker, and return the stitched Transcript."""
        if not self._finished:
            self._finished = True
            tail = self._length - self._piece_start
            # A tail that is all silence (the recorder's wait for the end of the answer) holds
            # no words: transcribing it cost a whole recognizer pass after the answer ended.
            silent_tail = self._finder.silent_run * FRAME_SAMPLES >= tail
            guess = self._guess
            if guess is not None and guess[0] == self._piece_start:
                # The answer ended in the pause already guessed at: the last piece ends where
                # that pause is cut (the rest is silence).
                self._cut(guess[1])
            elif tail > 0 and not (silent_tail and self._done_or_queued()):
                self._cut(self._length)
            self._pieces.put(_STOP)
        self._worker.join()
        if self._failure is not None:
            raise self._failure
        with self._done_lock:
            done = sorted(self._done, key=lambda item: item[0])
        return stitch(done, self._length / RATE, self.recognizer)

    def close(self, *, wait: bool = False) -> None:
        """Abandon the answer (cancelled, or unwinding from an error or Ctrl-C): pending pieces
        are skipped. With `wait`, return only once the worker has left the recognizer, so no
        thread is inside native code when the interpreter shuts down."""
        self._cancelled.set()
        if not self._finished:
            self._finished = True
            self._pieces.put(_STOP)
        if wait:
            self._worker.join()


def stitch(
    pieces: list[tuple[int, Transcript]], duration_s: float, recognizer: Recognizer
) -> Transcript:
    """Join transcripts of consecutive pieces (start sample, transcript) into one, in answer
    time."""
    words: list[Word] = []
    texts: list[str] = []
    notices: list[str] = []
    for start, transcript in pieces:
        offset = start / RATE
        texts.append(transcript.text)
        words.extend(
            replace(
                word,
                start=None if word.start is None else round(word.start + offset, 3),
                end=None if word.end is None else round(word.end + offset, 3),
            )
            for word in transcript.words
        )
        notices.extend(n for n in transcript.notices if n not in notices)
    return Transcript(
        text=" ".join(t for t in texts if t),
        words=tuple(words),
        engine=pieces[0][1].engine if pieces else recognizer.name,
        model=pieces[0][1].model if pieces else recognizer.model,
        duration_s=duration_s,
        notices=tuple(notices),
    )
