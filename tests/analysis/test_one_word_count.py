"""One word count for an answer: a reply to a probe was judged on its written words ("18%" one
word) while its delivery line counted spoken words ("18%" is "eighteen percent", two), so a
reply the report counted as 15 words was told it "did not give a real answer (15 words or
more)". Both now use `answer_word_count`."""

from __future__ import annotations

from simulator.analysis import analyze_answer, render_report
from simulator.analysis.answer import analyze_follow_up
from simulator.speech.stt import Transcript

FIRST = (
    "At the depot the returns piled up every Monday. I had to sort them. I made a new shelf "
    "plan for the returns and I asked the drivers to scan each box when they dropped it."
)
REPLY = "Late returns fell by 18% over two months, and the drivers kept scanning after."
"""14 written words, 15 said ("eighteen percent")."""


def test_a_reply_counted_as_fifteen_words_is_judged_on_fifteen_words() -> None:
    assert len(REPLY.split()) == 14
    first = analyze_answer(Transcript(FIRST), question="Tell me about a process you improved.")
    merged, judgment = analyze_follow_up(Transcript(REPLY), "", first)

    report = render_report(merged)
    assert "15 words (typed: no timing)" in report
    assert merged.timing.words == 15
    assert judgment.gives, report
    assert "did not give" not in report


def test_a_reply_short_by_its_spoken_count_is_still_short() -> None:
    reply = "It got better by the end, the drivers liked the new shelf plan."  # 13 words
    first = analyze_answer(Transcript(FIRST), question="Tell me about a process you improved.")
    merged, judgment = analyze_follow_up(Transcript(reply), "", first)
    assert merged.timing.words == 13
    assert not judgment.gives
    assert "did not give a real answer (a fact, or 15 words or more" in render_report(merged)
