"""Analysis of a long answer costs in proportion to its length, not to its square (a 20-minute
answer took 24 times a 2-minute one's time for 10 times the words: every unit in the first 60 %
was tried as the start of a result-first story, each with a pass over the whole answer; the
rate over time summed every word once per 20 s window). Counted in the work done, not on the
clock, so a busy machine cannot fail it."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer, star
from simulator.speech.stt import Transcript, Word

Q = "Tell me about a time you turned a difficult situation around."

# Result first, then a long run-on story by a non-native speaker, told in pieces that repeat.
HEADLINE = "Short version is the clinic kept its licence and no patient was turned away. "
STORY_OPENING = (
    "I was the only pharmacist on duty in a small clinic outside Lagos when the inspectors "
    "came without notice, and my job was to show them every record was in order. "
)
STORY_STEP = (
    "So I pulled the register for each controlled drug, I checked the counts with the "
    "nurse, I wrote down where a page was missing and I phoned the supplier for the copy. "
)


def _answer(steps: int) -> str:
    return HEADLINE + STORY_OPENING + STORY_STEP * steps + "In the end they signed the report."


def _viterbi_passes(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    calls = 0
    real = star._viterbi

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(star, "_viterbi", counted)
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    monkeypatch.setattr(star, "_viterbi", real)
    return calls, analysis.order


def test_a_long_answer_takes_no_more_labelling_passes_than_a_short_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short_calls, short_order = _viterbi_passes(_answer(10), monkeypatch)  # ~370 words
    long_calls, long_order = _viterbi_passes(_answer(120), monkeypatch)  # ~3,900 words
    # Each pass reads the whole answer, so their number must not grow with it (it grew from
    # 16 to 147 here: one per unit in the first 60 %).
    assert long_calls <= short_calls + 2
    # The outcome told first is still heard as such in both.
    assert short_order == long_order == "result_first"


def test_rate_over_time_of_a_twenty_minute_answer() -> None:
    # 10 minutes at 150 words a minute, then a tired speaker at 90, one word per start.
    words: list[Word] = []
    clock = 0.0
    while clock < 600.0 - 1e-9:
        words.append(Word("word", round(clock, 3), round(clock + 0.3, 3)))
        clock += 0.4
    while clock < 1200.0 - 1e-9:
        words.append(Word("word", round(clock, 3), round(clock + 0.3, 3)))
        clock += 60 / 90
    transcript = Transcript(" ".join(w.text for w in words), tuple(words), "test",
                            duration_s=1200.0)
    windows = analyze_answer(transcript, question=Q).timing.wpm_over_time
    assert len(windows) == 60
    assert [round(w.wpm) for w in windows[:30]] == [150] * 30
    assert [round(w.wpm) for w in windows[31:59]] == [90] * 28
    # The last window counts the word that starts at its very end.
    last = windows[-1]
    assert last.end == words[-1].end
    assert sum(1 for w in words if last.start <= w.start <= last.end) == round(
        last.wpm * (last.end - last.start) / 60)
