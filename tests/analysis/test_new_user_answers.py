"""Answers a new user typed that the coach misread, each checked with a new answer of our own in
a register unlike the banks' (non-native, terse, run-on): what it must hear and what not."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript


def _analyse(answer: str, question: str = "Tell me about a time you disagreed with a decision."
             ) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(answer), question=question,
                          question_kind="behavioral")


def _labels_of(analysis: AnswerAnalysis, words: str) -> set[str]:
    return {s.label for s in analysis.star.segments if words in s.text.lower()}


def test_a_plan_told_in_would_is_hypothetical_and_has_no_result() -> None:
    # Terse, non-native: two "would"s and nothing done.
    analysis = _analyse("Maybe I would ask my lead first, then we would make new plan together "
                        "and everybody would be happy with it.")
    assert "hypothetical" in analysis.flaw_codes
    assert not analysis.star.parts["R"].present
    assert "R" not in _labels_of(analysis, "happy")
