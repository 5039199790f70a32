"""A brief told first ("The brief from my manager was simple: get the complaint rate under two
percent before the summer.") is the Task, and its figure the target, not an outcome told first:
it was read as "the result, a headline first" and the Task called not said (breaker16 D26).
Answers of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you owned from the very start to the finish."
BRIEF = ("The brief from my manager was simple: get the parcel complaint rate under two percent "
         "before the summer sale.")
ANSWER = BRIEF + (
    " This was at an online shoe shop in Leeds, where complaints had crept up to five percent "
    "after we changed couriers. I sorted the complaints by cause, I rewrote the packing guide "
    "for the two worst ones, and I moved the big boxes to the other courier. We were at one "
    "point four percent three weeks before the sale."
)


def test_a_brief_told_first_is_the_task() -> None:
    analysis = analyze_answer(Transcript.from_text(ANSWER), question=QUESTION,
                              question_kind="behavioral")
    segments = [(s.label, s.text) for s in analysis.star.segments]
    assert segments[0] == ("T", BRIEF), segments
    assert segments[-1][0] == "R", segments
