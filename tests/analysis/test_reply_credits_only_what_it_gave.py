"""A reply to a probe is credited only with what it supplies (breaker13 B4): one that dodges
the probe (blames others, says nothing of how it ended) meets none of the interviewer's asks,
whatever its words, and one that gives only the outcome meets the asks an outcome shows
("Results") but not "Fit with the team" because the outcome names a team that was thanked.
Through the path the room and `reanalyze` take (`judging.judge` with the probe as asked). The
answers and replies are our own writing."""

from __future__ import annotations

from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge, probe_codes
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

# A school office manager's story with no outcome and no bigger picture.
TIMETABLE = (
    "The head of science complained that the exam timetable I sent out clashed with her "
    "practical lab weeks. The timetable was my job, so I had to put it right. I moved the mock "
    "exams back a week, I booked the hall for the two clashing days and I sent every department "
    "a new copy by Friday."
)
# The dodge: no outcome, blames others, and says "the board" and "strategy" in passing.
DODGE = (
    "Honestly the science department always leaves things late, and the board and the "
    "strategy people kept changing the dates on us anyway, so it was hardly only my fault."
)
# A delivery driver's story with no outcome and no one else in it.
PARCEL = (
    "A customer phoned on a Saturday because her wedding cake stand had been left at the wrong "
    "address. I was the driver on that round, so it was down to me. I checked the scan on my "
    "handheld, I drove back to the house it was left at and I carried it to her door myself."
)
# Only the outcome: she wrote to the depot to thank "the team".
PARCEL_OUTCOME = (
    "It reached her an hour before the reception, and she wrote to the depot to thank the "
    "whole team. She has booked us twice since."
)


def _after(persona: str, question: str, first: str, reply: str, probe: str):  # type: ignore[no-untyped-def]
    asker = get_persona(persona)
    request = analysis_request(find_question(question), asker)
    before, _ = judge(request, Transcript.from_text(first))
    after, _ = judge(request, Transcript.from_text(reply), follows=Transcript.from_text(first),
                     probe=probe_codes(asker, probe), probe_text=probe)
    assert before.audience_fit is not None and after.audience_fit is not None
    assert after.follow_up is not None
    return before, after


def test_a_dodge_meets_none_of_the_asks() -> None:
    before, after = _after("senior-leader", "behavioral/conflict-stakeholder", TIMETABLE, DODGE,
                           "So what was the impact?")
    assert "Strategic view" not in before.audience_fit.spoken_to
    assert not after.follow_up.gives
    assert after.audience_fit.spoken_to == before.audience_fit.spoken_to
    assert "Strategic view" in {m.label for m in after.audience_fit.missed}
    assert after.score <= before.score


def test_an_outcome_alone_shows_results_not_teamwork() -> None:
    before, after = _after("hiring-manager", "behavioral/initiative-gap", PARCEL, PARCEL_OUTCOME,
                           "And how did it turn out?")
    assert "Fit with the team" not in before.audience_fit.spoken_to
    assert after.follow_up.gives
    assert "Results" in after.audience_fit.spoken_to
    assert "Fit with the team" not in after.audience_fit.spoken_to
    assert "Fit with the team" in {m.label for m in after.audience_fit.missed}
