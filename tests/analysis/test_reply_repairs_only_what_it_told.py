"""A reply to a probe repairs what it told and nothing more (breaker9 D13, and the outcome told
through other people's deeds): with a senior leader, a reply that gives only the outcome does
not make the question's view show the strategic view it never spoke to (the cue "next year" is
not heard in "next I moved…" in the first answer and "that year" in the reply); a short first
answer's length flaw, kept after a reply that told the rest, says it was the first answer that
was short; an outcome told as what others then did ("my manager put the checklist in the
induction pack", "everyone uses my rota now", "customers started to order online") is the
outcome, and "how did that go with the others?" is answered by what they did with it. Through
the path the room and `reanalyze` take (`judging.judge` with the probe as asked). Every answer
and reply is our own writing."""

from __future__ import annotations

import pytest

from simulator.analysis.follow_up import judge_follow_up
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge, probe_codes
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

QUESTION = "behavioral/initiative-gap"

# A garden centre assistant's story with no outcome and no bigger picture.
PLANTS = (
    "At the garden centre our plant waste was bad and nobody looked after it. I was a sales "
    "assistant. First I counted what we threw away each week, next I moved the older plants "
    "to a discount table by the door and I told the buyer which ones did not sell."
)
# A warehouse shift lead's story, far too short, with no outcome.
TAPE = (
    "Our warehouse kept running out of packing tape on Fridays. I was the shift lead. "
    "I set up a count every Wednesday and I ordered from a second supplier."
)
TAPE_OUTCOME = (
    "After that we did not run out once, not on a single Friday for the next three months. "
    "Before the change the packers stood around for about an hour every few weeks waiting for "
    "tape, and the late parcels cost us penalties with two of our biggest customers. Once the "
    "count was in place the late parcels went from around forty a month to five or six, the "
    "penalties stopped, and the supplier gave us a better price because the orders were now "
    "regular and planned."
)
# An accounts clerk's story with no outcome.
CHECKLIST = (
    "In my first job in accounts the month-end close always ran late because nobody checked "
    "the supplier invoices before the last day. It wasn't really my job but I made a checklist "
    "of the twelve checks, I went through it with each of the three clerks and I ran it myself "
    "on the last two days."
)


def _reply(persona: str, probe: str, first: str, reply: str):  # type: ignore[no-untyped-def]
    asker = get_persona(persona)
    request = analysis_request(find_question(QUESTION), asker)
    before, _ = judge(request, Transcript.from_text(first))
    after, stored = judge(request, Transcript.from_text(reply),
                          follows=Transcript.from_text(first),
                          probe=probe_codes(asker, probe), probe_text=probe)
    assert after.follow_up is not None
    return before, after, stored


def test_an_outcome_reply_does_not_bring_the_strategic_view() -> None:
    before, after, _ = _reply(
        "senior-leader", "What changed for the business?", PLANTS,
        "We threw away about half as many plants that year, and the discount table paid for "
        "itself.",
    )
    assert before.audience_fit is not None and after.audience_fit is not None
    assert "Strategic view" not in before.audience_fit.spoken_to
    assert after.follow_up is not None and after.follow_up.gives, after.follow_up
    assert "no_result" not in after.flaw_codes
    assert "Strategic view" not in after.audience_fit.spoken_to
    assert "Strategic view" in [m.label for m in after.audience_fit.missed]


def test_a_cue_of_two_words_is_heard_within_one_sentence() -> None:
    first, _ = judge(
        analysis_request(find_question(QUESTION), get_persona("senior-leader")),
        Transcript.from_text(
            PLANTS + " The buyer changed the whole plant order for next year, and waste fell "
            "by a third."),
    )
    assert first.audience_fit is not None
    assert "Strategic view" in first.audience_fit.spoken_to


def test_the_short_first_answer_is_named_as_the_first_answer() -> None:
    before, after, stored = _reply("senior-leader", "What changed for the business?", TAPE,
                                   TAPE_OUTCOME)
    assert "too_short" in before.flaw_codes
    assert after.follow_up is not None and after.follow_up.gives
    short = [f for f in after.star.flaws if f.code == "too_short"]
    assert short and short[0].message.startswith("The first answer was too short")
    assert all(not tip.startswith("Too short") for tip in after.question_tips)
    assert any(tip.startswith("The first answer was too short") for tip in after.question_tips)
    lengths = [w.why for w in after.points_why if w.part == "delivery"]
    assert lengths and all(why.startswith("first answer ") for why in lengths), lengths
    assert stored["star"]["flaws"][0]["message"].startswith("The first answer was")


@pytest.mark.parametrize("reply", [
    "My manager put the checklist in the induction pack for all new starters.",
    # a second language: present tense
    "Everyone in the team uses my checklist now and the last-day panic is gone.",
    "Customers started to order online instead of phoning.",
    # run-on, no punctuation
    "well the other two sites copied my checklist and their audits came back clean",
])
def test_the_outcome_told_through_what_others_did(reply: str) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "no_result")
    assert judged.gives, judged


@pytest.mark.parametrize("reply", [
    # a promise, a plan and the speaker's own step are no outcome
    "The planner said she would put it in the handbook at some point.",
    "They are going to put it into the training next year.",
    "I put the checklist in the induction pack for all new starters.",
    "I started to order from a second supplier.",
])
def test_what_others_will_do_or_what_i_did_is_no_outcome(reply: str) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "no_result")
    assert not judged.gives, judged


def test_how_the_others_took_it_is_what_they_did_with_it() -> None:
    before, after, _ = _reply(
        "peer", "Can you tell me a bit more? How did that go with the others?", CHECKLIST,
        "Finance kept using my checklist, the month-end closed two days earlier.",
    )
    assert after.follow_up is not None and after.follow_up.gives, after.follow_up
    assert "no_result" not in after.flaw_codes
    assert after.score > before.score


def test_keeping_on_with_it_oneself_is_not_how_the_others_took_it() -> None:
    judged = judge_follow_up(
        Transcript.from_text("I kept using my checklist on my own."), "others_reaction")
    assert not judged.gives, judged
