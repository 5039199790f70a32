"""Timing and delivery against audio whose truth we know: flite speech joined by silences of
chosen length at chosen places, transcribed by the real default recognizer. Pauses must be found
within 0.1 s and the speaking rate within 5 %. A fast unit test on exact word times sits beside."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from simulator.analysis import analyze_answer
from simulator.audio.clip import RATE, Clip
from simulator.speech.stt import Transcript, Word, default_recognizer
from tests.support.speech import flite_clip

SENTENCES = (
    "At my last job the weekly report took most of a morning to put together.",
    "I wrote a small script that collected the figures from the three shared folders.",
    "After that the report was ready before the team had finished their first coffee.",
)
GAPS_S = (1.5, 3.5)
LEAD_S = 0.6


def trimmed(clip: Clip, threshold: int = 400) -> Clip:
    """The clip without its leading and trailing silence, so the silences we add are the truth."""
    loud = np.flatnonzero(np.abs(clip.samples.astype(np.int32)) > threshold)
    return Clip(clip.samples[loud[0] : loud[-1] + 1])


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.int16)


def test_pauses_and_rate_from_exact_word_times() -> None:
    words = [Word(f"w{i}", 0.5 + i * 0.4, 0.5 + i * 0.4 + 0.3) for i in range(10)]
    words += [Word(f"x{i}", words[-1].end + 1.2 + i * 0.4, words[-1].end + 1.5 + i * 0.4)
              for i in range(10)]  # type: ignore[operator]
    text = " ".join(w.text for w in words)
    timing = analyze_answer(Transcript(text, tuple(words), "test", duration_s=9.0)).timing
    assert timing.time_to_first_word_s == pytest.approx(0.5)
    assert len(timing.pauses) == 1
    assert timing.pauses[0].start == pytest.approx(words[9].end)
    assert timing.pauses[0].seconds == pytest.approx(1.2)
    assert timing.long_pauses == ()
    span = words[-1].end - words[0].start  # type: ignore[operator]
    assert timing.wpm == pytest.approx(20 / span * 60)
    assert timing.speech_s == pytest.approx(span - 1.2)
    assert timing.verdict == "short" and timing.target_s == (60.0, 120.0)
    assert timing.wpm_over_time and timing.wpm_over_time[0].start == pytest.approx(0.5)


@pytest.mark.slow
def test_known_silences_in_real_speech_are_found_within_a_tenth_of_a_second(
    tmp_path: Path,
) -> None:
    parts = [trimmed(flite_clip(text, tmp_path, name=f"s{i}")) for i, text in enumerate(SENTENCES)]
    pieces = [silence(LEAD_S)]
    truth: list[tuple[float, float]] = []
    clock = LEAD_S
    for index, part in enumerate(parts):
        pieces.append(part.samples)
        clock += part.duration_s
        if index < len(GAPS_S):
            truth.append((clock, clock + GAPS_S[index]))
            pieces.append(silence(GAPS_S[index]))
            clock += GAPS_S[index]
    speech_end = clock
    pieces.append(silence(0.8))
    clip = Clip(np.concatenate(pieces))

    transcript = default_recognizer().transcribe(clip)
    analysis = analyze_answer(transcript, question="Tell me about a time you saved time.")
    timing = analysis.timing

    found = [(p.start, p.end) for p in timing.pauses]
    assert len(found) == len(truth), (found, truth)
    for (start, end), (true_start, true_end) in zip(found, truth, strict=True):
        assert start == pytest.approx(true_start, abs=0.1)
        assert end == pytest.approx(true_end, abs=0.1)
    assert [round(p.seconds) for p in timing.long_pauses] == [round(GAPS_S[1])]
    assert timing.time_to_first_word_s == pytest.approx(LEAD_S, abs=0.1)

    spoken_words = sum(len(s.split()) for s in SENTENCES)
    true_wpm = spoken_words / (speech_end - LEAD_S) * 60
    assert timing.words == pytest.approx(spoken_words, abs=2)
    assert timing.wpm == pytest.approx(true_wpm, rel=0.05)
    assert timing.verdict == "short"
    assert analysis.star.parts["A"].seconds is not None


@pytest.mark.slow
def test_fillers_said_at_known_times_are_found_there(tmp_path: Path) -> None:
    """Whisper tiny.en keeps spoken filler phrases; it drops a synthetic "umm" (the speech
    engine's concern: the analysis counts what the transcript holds). Its time for a lone word
    after a pause was 0.4 s late when measured, so the check allows half a second."""
    script = [
        (SENTENCES[0], 0.5), ("basically", 0.4), (SENTENCES[1], 0.3), ("you know", 0.3),
        (SENTENCES[2], 0.8),
    ]
    pieces = [silence(LEAD_S)]
    starts: dict[str, float] = {}
    clock = LEAD_S
    for index, (text, gap_after) in enumerate(script):
        part = trimmed(flite_clip(text, tmp_path, name=f"f{index}"))
        starts[text] = clock
        pieces += [part.samples, silence(gap_after)]
        clock += part.duration_s + gap_after
    transcript = default_recognizer().transcribe(Clip(np.concatenate(pieces)))
    fillers = analyze_answer(transcript).fillers
    found = {item.text: item.start for item in fillers.items}
    for phrase in ("basically", "you know"):
        assert phrase in found, transcript.text
        assert found[phrase] == pytest.approx(starts[phrase], abs=0.5)
    assert fillers.per_minute is not None and fillers.per_minute > 0


def _timed(texts: list[str], start: float, step: float = 0.3) -> list[Word]:
    return [Word(t, start + i * step, start + i * step + step * 0.8) for i, t in enumerate(texts)]


def test_one_long_stop_leaves_the_articulation_rate_and_the_pace_tip_alone() -> None:
    # 40 words at 200 a minute, an 8 s stop in the middle: speaking rate falls to ~120 wpm, but
    # the listener hears a brisk speaker who stopped once.
    first = _timed([f"a{i}" for i in range(20)], 0.5)
    second = _timed([f"b{i}" for i in range(20)], first[-1].end + 8.0)  # type: ignore[operator]
    words = first + second
    text = " ".join(w.text for w in words)
    analysis = analyze_answer(Transcript(text, tuple(words), "test", duration_s=20.0))
    timing = analysis.timing
    assert timing.wpm is not None and timing.wpm < 130
    assert timing.articulation_wpm == pytest.approx(40 / (timing.speech_s or 1) * 60)
    assert timing.articulation_wpm is not None and timing.articulation_wpm > 180
    assert not any("is slow" in tip for tip in analysis.tips)
    assert any("is fast" in tip for tip in analysis.tips)
    assert any("1 pause of 3 s or more" in tip for tip in analysis.tips)


def test_a_long_silent_start_gets_its_own_tip() -> None:
    words = _timed(["I", "led", "the", "migration", "of", "our", "billing", "system"], 7.0, 0.4)
    text = " ".join(w.text for w in words)
    analysis = analyze_answer(Transcript(text, tuple(words), "test", duration_s=12.0))
    assert analysis.timing.time_to_first_word_s == pytest.approx(7.0)
    assert any("7 s of silence before your first word" in tip for tip in analysis.tips)


def test_figures_count_as_spoken_words_in_counts_and_pace() -> None:
    written = ["We", "saved", "$180,000", "in", "2024"]
    words = _timed(written, 0.5, 0.5)
    timing = analyze_answer(Transcript(" ".join(written), tuple(words), "test")).timing
    assert timing.written_words == 5 and timing.words == 11
    span = words[-1].end - words[0].start  # type: ignore[operator]
    assert timing.wpm == pytest.approx(11 / span * 60)
