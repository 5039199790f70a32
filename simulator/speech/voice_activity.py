"""Where speech really is, from the WebRTC voice-activity detector.

Whisper stretches a word over the silence before it (on the JFK clip "ask" spans 2.26-3.88 s
though about a second of that is silence), so pause and pace figures built on its times would be
wrong. Each word is tightened to the speech frames inside it. The same detector finds the pauses
where a streaming transcriber cuts an answer into pieces. It costs microseconds per frame.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from simulator.audio.clip import RATE
from simulator.speech.stt import Word

FRAME_S = 0.01
"""10 ms frames: the finest webrtcvad accepts, so boundaries land within a frame of the truth."""

FRAME_SAMPLES = round(FRAME_S * RATE)

AGGRESSIVENESS = 1
"""0-3. Higher misses soft word onsets (f, s, h), which would shift word starts late."""

NOISE_FLOOR_PERCENTILE = 10
"""An answer is rarely more than 90% speech, so this percentile of frame levels is background."""

NOISE_MARGIN_DB = 10.0

DIGITAL_SILENCE_DB = -85.0

FLOOR_RISE_DB = 0.03
"""Per 10 ms frame: how fast the streaming noise-floor estimate may climb."""

SNAP_LIMIT_S = 0.3
"""How far a word edge may move out to meet the speech it belongs to."""

ONSET_MARGIN_S = 0.02
"""Speech frames start a little after a word's first sound; give that back."""


def _detector(aggressiveness: int = AGGRESSIVENESS) -> object:
    from simulator.audio.endpoint import import_webrtcvad

    return import_webrtcvad().Vad(aggressiveness)


def frame_levels_db(samples: np.ndarray) -> np.ndarray:
    """RMS level of each 10 ms frame in dB below full scale (floored at -90). Computed a minute
    at a time, so a long recording never costs a float64 copy of itself."""
    count = len(samples) // FRAME_SAMPLES
    levels = np.empty(count, dtype=np.float64)
    step = 6000  # frames: one minute
    for first in range(0, count, step):
        last = min(count, first + step)
        frames = samples[first * FRAME_SAMPLES : last * FRAME_SAMPLES].astype(np.float64)
        rms = np.sqrt(np.mean((frames.reshape(-1, FRAME_SAMPLES) / 32768.0) ** 2, axis=1))
        levels[first:last] = 20 * np.log10(np.maximum(rms, 10 ** (-90 / 20)))
    return levels


def speech_frames(samples: np.ndarray, aggressiveness: int = AGGRESSIVENESS) -> np.ndarray:
    """One bool per 10 ms frame of 16 kHz int16 `samples`: True where there is speech.

    webrtcvad alone calls steady background noise speech (on the JFK clip, crowd hum 30 dB below
    the voice), so a frame must also stand NOISE_MARGIN_DB above the clip's noise floor."""
    vad = _detector(aggressiveness)
    count = len(samples) // FRAME_SAMPLES
    step = FRAME_SAMPLES * 2
    is_speech = vad.is_speech  # type: ignore[attr-defined]
    voiced = np.empty(count, dtype=bool)
    minute = 6000  # frames: the bytes of one minute at a time, not of the whole recording
    for first in range(0, count, minute):
        last = min(count, first + minute)
        data = np.ascontiguousarray(
            samples[first * FRAME_SAMPLES : last * FRAME_SAMPLES], dtype="<i2"
        ).tobytes()
        voiced[first:last] = [
            is_speech(data[i * step : (i + 1) * step], RATE) for i in range(last - first)
        ]
    if count == 0:
        return voiced
    levels = frame_levels_db(samples)
    # Digital silence (inserted gaps, a muted mic) is not the room's noise: leave it out.
    audible = levels[levels > DIGITAL_SILENCE_DB]
    floor = float(np.percentile(audible, NOISE_FLOOR_PERCENTILE)) if len(audible) else -90.0
    return voiced & (levels > floor + NOISE_MARGIN_DB)


def tighten_words(words: Iterable[Word], frames: np.ndarray) -> tuple[Word, ...]:
    """Fit each word to the speech around it, so pauses are where the silence really is.

    A word is shrunk to the speech frames inside its span (Whisper stretches words over the
    silence before them). Then an edge that sits inside speech is moved out to where that speech
    starts or ends, up to SNAP_LIMIT_S and never across a neighbouring word (Whisper also starts
    some words after a pause a little late). A word with no speech frame inside keeps its times:
    the detector can miss a very quiet word, and moving it would invent a pause."""
    given = list(words)
    shrunk: list[Word] = []
    total = len(frames)
    for word in given:
        if word.start is None or word.end is None:
            shrunk.append(word)
            continue
        first = max(0, int(word.start / FRAME_S))
        last = min(total, int(np.ceil(word.end / FRAME_S)))
        inside = np.flatnonzero(frames[first:last])
        if len(inside) == 0:
            shrunk.append(word)
            continue
        start = max(word.start, float(first + inside[0]) * FRAME_S)
        end = min(word.end, float(first + inside[-1] + 1) * FRAME_S)
        shrunk.append(Word(word.text, start, max(end, start), word.probability))
    fitted: list[Word] = []
    limit = round(SNAP_LIMIT_S / FRAME_S)
    for index, word in enumerate(shrunk):
        if word.start is None or word.end is None:
            fitted.append(word)
            continue
        before = fitted[-1].end if index and fitted[-1].end is not None else 0.0
        following = shrunk[index + 1].start if index + 1 < len(shrunk) else None
        after = following if following is not None else total * FRAME_S
        onset = round(word.start / FRAME_S)
        steps = 0
        while (
            steps < limit
            and onset - 1 >= 0
            and frames[onset - 1]
            and (onset - 1) * FRAME_S >= before
        ):
            onset -= 1
            steps += 1
        offset = round(word.end / FRAME_S)
        steps = 0
        while (
            steps < limit and offset < total and frames[offset] and (offset + 1) * FRAME_S <= after
        ):
            offset += 1
            steps += 1
        start = max(before, min(word.start, onset * FRAME_S) - ONSET_MARGIN_S)
        end = max(word.end, offset * FRAME_S)
        fitted.append(Word(word.text, round(start, 3), round(end, 3), word.probability))
    return tuple(fitted)


def has_speech(word: Word, frames: np.ndarray) -> bool:
    """Whether any speech frame lies under the word (True for words without times)."""
    if word.start is None or word.end is None:
        return True
    first = max(0, int(word.start / FRAME_S))
    last = min(len(frames), int(np.ceil(word.end / FRAME_S)))
    return bool(frames[first:last].any())


def speech_seconds(frames: np.ndarray) -> float:
    return float(np.count_nonzero(frames)) * FRAME_S


class PauseFinder:
    """Incremental: fed blocks of any size, it reports pauses (runs of non-speech) as they end.

    Cheap enough for the recorder thread: it only runs the detector over complete 10 ms frames.
    """

    def __init__(self, aggressiveness: int = AGGRESSIVENESS) -> None:
        self._vad = _detector(aggressiveness)
        self._pending = np.zeros(0, dtype=np.int16)
        self._floor_db: float | None = None
        self.frames_seen = 0
        self.silent_run = 0
        """Non-speech frames in a row up to now."""
        self.speech_frames = 0
        self.last_flags: list[bool] = []
        """One bool per whole frame judged by the last feed(): True for speech."""

    def feed(self, block: np.ndarray) -> list[tuple[int, int]]:
        """Returns the pauses that ended inside `block` as (first_frame, frame_count)."""
        flags: list[bool] = []
        self.last_flags = flags
        data = np.concatenate((self._pending, block)) if len(self._pending) else block
        usable = len(data) - len(data) % FRAME_SAMPLES
        self._pending = data[usable:].copy()
        whole = np.ascontiguousarray(data[:usable], dtype="<i2")
        levels = frame_levels_db(whole)
        raw = whole.tobytes()
        step = FRAME_SAMPLES * 2
        ended: list[tuple[int, int]] = []
        is_speech = self._vad.is_speech  # type: ignore[attr-defined]
        for index, level in enumerate(levels.tolist()):
            # The noise floor follows quiet frames at once and louder ones slowly (3 dB/s), so
            # steady background noise is not taken for speech.
            floor = level if self._floor_db is None else min(level, self._floor_db + FLOOR_RISE_DB)
            self._floor_db = floor
            loud = level > floor + NOISE_MARGIN_DB
            speech = loud and is_speech(raw[index * step : (index + 1) * step], RATE)
            flags.append(speech)
            if speech:
                if self.silent_run:
                    ended.append((self.frames_seen - self.silent_run, self.silent_run))
                self.silent_run = 0
                self.speech_frames += 1
            else:
                self.silent_run += 1
            self.frames_seen += 1
        return ended


def recording_frames(samples: np.ndarray) -> np.ndarray:
    """One bool per 10 ms frame of 16 kHz int16 `samples`, True for speech, as PauseFinder judges
    it while an answer is recorded (its noise floor followed over time). speech_frames() judges
    the floor over the whole clip at once and so finds some pauses elsewhere."""
    finder = PauseFinder()
    flags: list[bool] = []
    minute = 6000 * FRAME_SAMPLES  # a minute at a time: never a byte copy of the whole recording
    whole = len(samples) - len(samples) % FRAME_SAMPLES
    for first in range(0, whole, minute):
        finder.feed(samples[first : min(whole, first + minute)])
        flags.extend(finder.last_flags)
    return np.array(flags, dtype=bool)


class ForcedCuts:
    """The gaps between words of the piece being cut, and where to cut that piece when it grows
    to its longest length without a pause: in the middle of its longest gap, however short.

    A speaker who leaves no 0.3 s pause for 20 s (flite leaves 0.1 s between sentences) used to
    be cut at exactly 20 s, inside a word, and Whisper, decoding a window that opened mid-word,
    dropped whole sentences after the cut (8 s of a 48 s answer: "knee replacements and writing
    their home exercise plans. I wanted my patients..."). At a gap both pieces start and end in
    quiet, at a sentence end where the speaker left one (its gap is the longest). A gap less than
    `min_frames` into the piece is taken only if there is no later one, so a forced cut does not
    leave a sliver; of equal gaps the latest wins. Frames are counted from the answer's start."""

    def __init__(self, min_frames: int) -> None:
        self.min_frames = min_frames
        self._gaps: list[list[int]] = []
        """[first frame, length] of each gap since the last cut, in order."""

    def saw(self, frames_seen: int, silent_run: int) -> None:
        """After each frame: `silent_run` non-speech frames end at frame `frames_seen`."""
        if not silent_run:
            return
        first = frames_seen - silent_run
        if self._gaps and self._gaps[-1][0] == first:
            self._gaps[-1][1] = silent_run
        else:
            self._gaps.append([first, silent_run])

    def cut(self, start: int, seen: int) -> int:
        """Where to cut the piece that began at frame `start` and has grown to frame `seen`:
        the middle of its longest gap, or `seen` if it has none. Gaps before it are forgotten."""
        inside = [(length, first + length - length // 2) for first, length in self._gaps]
        inside = [(length, middle) for length, middle in inside if start < middle <= seen]
        late = [gap for gap in inside if gap[1] - start >= self.min_frames]
        end = max(late or inside, default=(0, seen))[1]
        self.forget(end)
        return end

    def forget(self, end: int) -> None:
        """A cut at frame `end`: only the gaps after it can be the next piece's."""
        self._gaps = [gap for gap in self._gaps if gap[0] + gap[1] > end]


def pieces_at_pauses(
    frames: np.ndarray,
    pause_s: float,
    long_pause_s: float,
    min_s: float,
    max_s: float,
) -> list[tuple[int, int]]:
    """Split `frames` (one bool per FRAME_S, True for speech) into (first, end) frame ranges by
    the rule the streaming transcriber cuts an answer with (simulator/speech/streaming.py, whose
    constants the caller passes): a silence of `pause_s` ends a piece at least `min_s` long, one
    of `long_pause_s` ends a piece of any length, each cut in the middle of the silence seen when
    the rule is first met (so both pieces keep a quiet edge); a piece
    reaching `max_s` without such a pause is cut in the middle of its longest gap, however short
    (ForcedCuts), or at `max_s` if it has none. Every frame is in exactly one range, in order."""
    pause = max(1, round(pause_s / FRAME_S))
    long_pause = max(pause, round(long_pause_s / FRAME_S))
    shortest, longest = round(min_s / FRAME_S), max(1, round(max_s / FRAME_S))
    pieces: list[tuple[int, int]] = []
    start = run = 0
    forced = ForcedCuts(shortest)
    for seen, speech in enumerate(frames.tolist(), start=1):
        run = 0 if speech else run + 1
        forced.saw(seen, run)
        if run >= pause:
            silence_start = seen - run
            middle = seen - run // 2
            if start < silence_start and (middle - start >= shortest or run >= long_pause):
                pieces.append((start, middle))
                start = middle
                forced.forget(middle)
                continue
        if seen - start >= longest:
            end = forced.cut(start, seen)
            pieces.append((start, end))
            start = end
    if start < len(frames):
        pieces.append((start, len(frames)))
    return pieces


SILERO_THRESHOLD = 0.5
"""Silero's own default speech probability for a 32 ms chunk."""

SILERO_PAD_S = 0.1
"""Added before and after each speech span Silero finds: its edges fall inside the first and
last sounds of a word (soft onsets like f, s, h start before its 50% point)."""

SILERO_CHUNK_S = 120.0
"""Longest piece of a recording given to Silero at once."""

SILERO_MIN_SILENCE_S = 0.3
"""Shorter gaps inside speech are joined (they fall between words, not between utterances)."""


def voiced_spans(samples: np.ndarray) -> list[tuple[float, float]]:
    """(start s, end s) of every stretch of voice in 16 kHz int16 `samples`, from the Silero VAD
    model that ships inside the faster-whisper wheel (offline, about 1 ms per second of audio).

    Unlike webrtcvad, Silero was trained to tell a voice from clicks, hum and noise: on 8 s of
    keyboard clicks, pink noise, mains hum and room tone it finds no speech at all, where
    webrtcvad with a noise-floor margin still passed some clicks to the recognizer."""
    if len(samples) == 0:
        return []
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    options = VadOptions(
        threshold=SILERO_THRESHOLD,
        min_silence_duration_ms=round(SILERO_MIN_SILENCE_S * 1000),
        speech_pad_ms=round(SILERO_PAD_S * 1000),
    )
    # Silero holds its frames for the whole input at once (about 4.5 bytes per sample), so a
    # long recording goes through it SILERO_CHUNK_S at a time; spans that meet at a chunk
    # edge are joined.
    spans: list[tuple[float, float]] = []
    chunk = round(SILERO_CHUNK_S * RATE)
    for first in range(0, len(samples), chunk):
        audio = samples[first : first + chunk].astype(np.float32) / 32768.0
        for span in get_speech_timestamps(audio, options, sampling_rate=RATE):
            start, end = (first + span["start"]) / RATE, (first + span["end"]) / RATE
            if spans and start - spans[-1][1] <= 2 * SILERO_PAD_S:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


def inside_spans(word: Word, spans: list[tuple[float, float]]) -> bool:
    """Whether any part of the word lies in a voiced span (True for words without times)."""
    if word.start is None or word.end is None:
        return True
    return any(word.start < end and word.end > start for start, end in spans)
