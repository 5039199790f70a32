"""Replies to a probe that give what it asked in plain words are judged as giving it
(breaker10 D1, D2, D12, D14), and a reply that tells another job's outcome repairs nothing
(breaker10 D13). Every answer and reply is our own writing, in the registers people reply in."""

from __future__ import annotations

import pytest

from simulator.analysis.follow_up import judge_follow_up
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge, probe_codes
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript


@pytest.mark.parametrize("reply", [
    # D1: the scene told as "It was the ...", what had happened, where
    "It was the night desk of a parcel depot in Tilbury. The old supervisor had quit without "
    "notice and nobody had checked the returns cage for six weeks.",
    "This was a Saturday at our garden centre. The delivery van had broken down and the "
    "Easter plants were still at the grower's.",
])
def test_a_scene_told_as_it_was_is_the_context(reply: str) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "no_situation")
    assert judged.gives, judged


@pytest.mark.parametrize("reply", [
    "It was a hard time for everybody.",
    "Not much to say, it was just a normal week really.",
])
def test_no_scene_is_no_context(reply: str) -> None:
    assert not judge_follow_up(Transcript.from_text(reply), "no_situation").gives


@pytest.mark.parametrize("reply", [
    # D12: a before and after with no verb
    "Six days before, two days after.",
    "about thirty calls a week before and maybe five now",
])
def test_a_terse_before_and_after_is_the_number(reply: str) -> None:
    judged = judge_follow_up(Transcript.from_text(reply), "no_metrics")
    assert judged.gives, judged


@pytest.mark.parametrize("reply", [
    # D2: money got back, in a second language's plain words
    "Like I told, in the first year the company got back around twelve thousand euros from "
    "the landlord, and accounts now check my list every month.",
    "The newsletter went out on Fridays instead of Tuesdays, and the editor asked me to own it.",
])
def test_plain_outcomes_are_the_outcome(reply: str) -> None:
    assert judge_follow_up(Transcript.from_text(reply), "no_result").gives


def test_what_the_others_then_did_is_how_they_took_it() -> None:
    # D14: a hobby's pupils and their parents
    judged = judge_follow_up(Transcript.from_text(
        "It goes well with the kids, three of them passed their first grade exam this spring, "
        "and their parents now run the Saturday practice themselves."), "others_reaction")
    assert judged.gives, judged


# A new starter in a supermarket's data team; no ending told.
NEW_TEAM = (
    "Last year I joined the data team at a supermarket chain and I did not know anyone. My job "
    "was to take over the weekly sales report. I asked each analyst for half an hour, I wrote "
    "down how they built their part, and I rebuilt the report in one workbook."
)
PROBE = "And how did it turn out?"


def _reply(reply: str):  # type: ignore[no-untyped-def]
    persona = get_persona("hiring-manager")
    request = analysis_request(find_question("behavioral/teamwork-new-team"), persona)
    before, _ = judge(request, Transcript.from_text(NEW_TEAM))
    after, _ = judge(request, Transcript.from_text(reply), follows=Transcript.from_text(NEW_TEAM),
                     probe=probe_codes(persona, PROBE), probe_text=PROBE)
    return before, after


def test_another_jobs_outcome_repairs_nothing() -> None:
    # D13
    before, after = _reply("At my old company I also moved our booking system to the cloud and "
                           "we finished three weeks early with no data lost.")
    assert after.follow_up is not None and not after.follow_up.gives
    assert "no_result" in after.flaw_codes and after.score == before.score


def test_this_storys_outcome_still_counts() -> None:
    before, after = _reply("The report went out on Monday mornings instead of Wednesdays, and "
                           "the team asked me to keep it.")
    assert after.follow_up is not None and after.follow_up.gives
    assert "no_result" not in after.flaw_codes and after.score > before.score


# A stock room taken over, told with no own action; the reply gives three.
STOCK_ROOM = (
    "When I took over the stock room at a hardware shop in Leeds it was a mess, there were "
    "about two hundred items with the wrong count. My manager made me responsible for fixing "
    "the counts before the year-end audit. In the end every count was right and the audit "
    "found no gaps."
)


def test_own_actions_told_in_the_reply_count_as_the_answers_own() -> None:
    # D4: Action ✓ and "no action told as your own" / "the actions are only 0%" side by side
    persona = get_persona("hiring-manager")
    probe = "Walk me through your own part in that."
    request = analysis_request(find_question("behavioral/initiative-gap"), persona)
    before, _ = judge(request, Transcript.from_text(STOCK_ROOM))
    after, _ = judge(request, Transcript.from_text(
        "I sorted the items by aisle, I counted the two worst aisles myself every evening, and "
        "I trained the two juniors to count the rest."), follows=Transcript.from_text(STOCK_ROOM),
        probe=probe_codes(persona, probe), probe_text=probe)
    assert "no_action" in before.flaw_codes
    assert after.follow_up is not None and after.follow_up.gives
    assert after.star.parts["A"].present and "no_action" not in after.flaw_codes
    reasons = [w.why for w in after.points_why]
    assert not any("as your own" in why or "actions are only" in why for why in reasons), reasons
    assert after.score_parts.ownership == 0 and after.score >= before.score + 50
