"""Timing and delivery from word times: length against the target for the question, speaking
rate and articulation rate, rate over time, time to the first word, and pauses. Typed answers
have no times, so every figure that needs them is None and only the word count remains.

Words are counted as spoken ("$180,000" is five, see analysis.spoken), so an answer full of
figures is not taken for a slow one. Speaking rate is words per minute from the first word to
the last; articulation rate leaves out pauses of PAUSE_S or more, so one long stop to think does
not make a brisk speaker "slow" (one 8 s stop took a 172 wpm answer to a speaking rate of 82)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

from simulator.analysis.spoken import answer_word_count, spoken_word_count
from simulator.analysis.tokens import Token

PAUSE_S = 1.0
"""A silence between words at least this long is a pause a listener notices."""
LONG_PAUSE_S = 3.0
"""A silence this long reads as being stuck."""
WPM_WINDOW_S = 20.0
"""Width of the windows of the speaking rate over time."""
TYPICAL_WPM = 150.0
"""Conversational English; used to estimate the spoken length of a typed answer."""

Verdict = Literal["short", "ok", "long"]


@dataclass(frozen=True)
class Pause:
    start: float
    end: float

    @property
    def seconds(self) -> float:
        return self.end - self.start

    def to_dict(self) -> dict[str, float]:
        return {
            "start": round(self.start, 3),
            "end": round(self.end, 3),
            "duration": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class RateWindow:
    start: float
    end: float
    wpm: float

    def to_dict(self) -> dict[str, float]:
        return {"start": round(self.start, 2), "end": round(self.end, 2), "wpm": round(self.wpm)}


@dataclass(frozen=True)
class TimingReport:
    words: int
    """Spoken words ("1.2 million" is four): what counts, pace and length use."""
    target_s: tuple[float, float] | None
    """(low, high) seconds the answer is held to; None for a turn not held to a length (the
    candidate's own questions, a reply to a probe): then `verdict` is None too."""
    duration_s: float | None
    """From the start of the recording to the end of the last word."""
    speech_s: float | None
    """First to last word, without the pauses."""
    wpm: float | None
    """Speaking rate: spoken words per minute from the first to the last word, pauses in."""
    time_to_first_word_s: float | None
    pauses: tuple[Pause, ...]
    wpm_over_time: tuple[RateWindow, ...]
    verdict: Verdict | None
    written_words: int | None = None
    """Words as written (a figure is one); None means the same as `words`."""
    articulation_wpm: float | None = None
    """Articulation rate: spoken words per minute of speaking time (pauses >= PAUSE_S left
    out). The pace a listener hears, and the one the pace tip quotes."""

    @property
    def long_pauses(self) -> tuple[Pause, ...]:
        return tuple(p for p in self.pauses if p.seconds >= LONG_PAUSE_S)

    @property
    def estimated_s(self) -> float:
        """The answer's length: measured when timed, else estimated from its words."""
        if self.duration_s is not None:
            return self.duration_s
        return self.words / TYPICAL_WPM * 60.0

    @property
    def said_s(self) -> float:
        """How long the words take at TYPICAL_WPM: what "short" is judged by, so a brisk
        speaker (or a synthetic voice) is not short for saying the same story faster."""
        return self.words / TYPICAL_WPM * 60.0

    @property
    def speaking_minutes(self) -> float | None:
        return None if self.speech_s is None else self.speech_s / 60.0

    def to_dict(self) -> dict[str, object]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 2)

        return {
            "duration_s": rounded(self.duration_s),
            "speech_s": rounded(self.speech_s),
            "words": self.words,
            "written_words": self.words if self.written_words is None else self.written_words,
            "wpm": None if self.wpm is None else round(self.wpm, 1),
            "articulation_wpm": rounded(self.articulation_wpm),
            "wpm_over_time": [w.to_dict() for w in self.wpm_over_time],
            "time_to_first_word_s": rounded(self.time_to_first_word_s),
            "pauses": [p.to_dict() for p in self.pauses],
            "long_pauses": [p.to_dict() for p in self.long_pauses],
            "target_s": None if self.target_s is None else list(self.target_s),
            "verdict": self.verdict,
        }


def verdict_for(seconds: float, target_s: tuple[float, float] | None) -> Verdict | None:
    if target_s is None:
        return None
    low, high = target_s
    return "short" if seconds < low else "long" if seconds > high else "ok"


def timing_report(
    tokens: tuple[Token, ...],
    target_s: tuple[float, float] | None,
    duration_s: float | None = None,
    unheard: tuple[tuple[float, float], ...] = (),
) -> TimingReport:
    """`unheard`: (start s, end s) of speech the recognizer wrote no word for
    (speech.hearing). A gap between words that holds such speech is no pause; speech before
    the first word is where the answer started (`time_to_first_word_s` is then when the voice
    began), and the pace is counted over the time that has words (breaker12 V2: a dropped
    5 s opening read as "first word after 9.9 s" and a slow start)."""
    timed = [(i, t) for i, t in enumerate(tokens) if t.start is not None and t.end is not None]
    spoken = [spoken_word_count(t.text) or 1 for t in tokens]
    words = answer_word_count(t.text for t in tokens)
    if not tokens and duration_s is not None:  # a recording with no words in it
        return TimingReport(0, target_s, duration_s, 0.0, None, None, (), (),
                            verdict_for(duration_s, target_s), written_words=0)
    if not timed or len(timed) < len(tokens):
        return TimingReport(words, target_s, None, None, None, None, (), (), None,
                            written_words=len(tokens))
    first_start = min(t.start for _, t in timed if t.start is not None)
    last_end = max(t.end for _, t in timed if t.end is not None)
    pauses = []
    previous_end = None
    for _, token in timed:
        assert token.start is not None and token.end is not None
        if (
            previous_end is not None
            and token.start - previous_end >= PAUSE_S
            and not _holds(unheard, previous_end, token.start)
        ):
            pauses.append(Pause(previous_end, token.start))
        previous_end = token.end if previous_end is None else max(previous_end, token.end)
    # Speech with no words counts neither as a pause nor as time the words were said in.
    lost = sum(_overlap(stretch, first_start, last_end) for stretch in unheard)
    span = max(last_end - first_start - lost, 1e-6)
    speech_s = max(span - sum(p.seconds for p in pauses), 1e-6)
    voice_start = min([first_start, *(start for start, _ in unheard)])
    answer_s = last_end if duration_s is None else min(duration_s, last_end)
    starts = [(t.start, spoken[i]) for i, t in timed if t.start is not None]
    return TimingReport(
        words=words,
        target_s=target_s,
        duration_s=answer_s,
        speech_s=speech_s,
        wpm=words / span * 60.0,
        time_to_first_word_s=voice_start,
        pauses=tuple(pauses),
        wpm_over_time=_rate_windows(starts, first_start, last_end),
        verdict=verdict_for(answer_s, target_s),
        written_words=len(tokens),
        articulation_wpm=words / max(speech_s, 1e-6) * 60.0,
    )


def _overlap(stretch: tuple[float, float], start: float, end: float) -> float:
    return max(0.0, min(stretch[1], end) - max(stretch[0], start))


def _holds(unheard: tuple[tuple[float, float], ...], start: float, end: float) -> bool:
    """Whether the gap from `start` to `end` holds speech that has no words."""
    return any(_overlap(stretch, start, end) > 0.0 for stretch in unheard)


def _rate_windows(
    starts: list[tuple[float, int]], first: float, last: float
) -> tuple[RateWindow, ...]:
    """Spoken words per minute in WPM_WINDOW_S windows; `starts` is (start s, spoken words).
    Each window's words are read off running totals over the starts in time order (one pass,
    not one per window: a 20-minute answer has 60 windows)."""
    ordered = sorted(starts)
    times = [s for s, _ in ordered]
    totals = [0, *accumulate(n for _, n in ordered)]
    windows: list[RateWindow] = []
    begin = first
    while begin < last:
        end = min(begin + WPM_WINDOW_S, last)
        if end - begin < WPM_WINDOW_S / 4 and windows:
            break  # a sliver at the end says nothing about pace
        # Words starting in [begin, end), and at `last` itself in the last window.
        stop = bisect_right(times, last) if end == last else bisect_left(times, end)
        count = totals[stop] - totals[bisect_left(times, begin)]
        windows.append(RateWindow(begin, end, count / (end - begin) * 60.0))
        begin = end
    return tuple(windows)
