"""The CLI report of a reply to a probe shows its question's new score with its parts, as the
first answer's report does (breaker13 B16)."""

from __future__ import annotations

from simulator.analysis import render_report
from simulator.analysis.answer import analyze_answer, analyze_follow_up
from simulator.speech.stt import Transcript

# A library assistant: the story stops before saying how it ended.
FIRST = (
    "In our town library the children's section was a mess every Monday after the weekend "
    "groups. I was the assistant on Mondays, so tidying it was my job. I sorted the shelves "
    "by colour bands, I made picture labels for each box and I asked the group leaders to "
    "put books back in the right box."
)
REPLY = "After that the Monday tidy went from two hours to about twenty minutes."


def test_the_reply_report_shows_the_points_its_question_still_loses() -> None:
    first = analyze_answer(Transcript.from_text(FIRST))
    merged, judged = analyze_follow_up(Transcript.from_text(REPLY), "no_result", first)
    assert judged.gives and merged.score < 100
    report = render_report(merged, with_question=False).splitlines()
    assert report[0].startswith("Follow-up: gave the outcome ✓")
    assert report[1].startswith("Points lost: structure")
    for part, points in merged.score_parts.to_dict().items():
        if points:
            assert any(line.strip().startswith(f"{part} {points}") for line in report), part
