"""The interviewer's "Ownership" ask agrees with the score's ownership part, and the largest
point losses get a tip (breaker13 B11): a story told all as "we" ("we decided…") was printed
"spoke to: Ownership" beside "ownership 12: no action told as your own", and its tips spoke of
length and teamwork only. The answers are our own writing."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import ACTION_SHARE_TIP, OWN_ACTIONS_TIP
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

# A tenants' association story, every deed told as "we", the actions one short sentence.
ALL_WE = (
    "In the block of flats where I live, the bins overflowed every bank holiday weekend and "
    "the council kept fining the landlord. We decided to ask for a third collection in the "
    "holiday weeks. The complaints stopped, and the fines went from four a year to none."
)
# The same story with the speaker's own deeds told at length.
OWN = (
    "In the block of flats where I live, the bins overflowed every bank holiday weekend and "
    "the council kept fining the landlord. I was the tenants' rep, so I took it on. I counted "
    "the bags on three holiday weekends, I wrote to the council's waste team with the photos, "
    "and I asked the landlord to pay for a third collection in those weeks. The fines went "
    "from four a year to none."
)


def _analysis(text: str):  # type: ignore[no-untyped-def]
    return analyze_answer(Transcript.from_text(text), question_kind="behavioral",
                          audience=get_persona("hiring-manager").audience)


def test_an_all_we_story_does_not_speak_to_ownership_and_is_told_to_say_i() -> None:
    analysis = _analysis(ALL_WE)
    lost = {reason.part: reason for reason in analysis.points_why}
    assert lost["ownership"].points >= 8 and "told as your own" in lost["ownership"].why
    assert analysis.audience_fit is not None
    assert "Ownership" not in analysis.audience_fit.spoken_to
    ownership = next(m for m in analysis.audience_fit.missed if m.label == "Ownership")
    assert ownership.coached, "the ownership part already charges it: no second charge"
    assert OWN_ACTIONS_TIP in analysis.tips
    assert analysis.tips.index(OWN_ACTIONS_TIP) < 2


def test_a_story_of_own_deeds_speaks_to_ownership_with_no_such_tip() -> None:
    analysis = _analysis(OWN)
    assert analysis.audience_fit is not None
    assert "Ownership" in analysis.audience_fit.spoken_to
    assert analysis.score_parts.ownership == 0
    assert OWN_ACTIONS_TIP not in analysis.tips and ACTION_SHARE_TIP not in analysis.tips
