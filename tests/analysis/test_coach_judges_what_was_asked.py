"""What a coach says about an answer besides its STAR parts: a complaint about a manager or the
pay is noticed (breaker10 D20), a motivation answer tied to nothing loses points beside the tip
that says so (D19), a question's second ask left unanswered is named (D21), and the length is
judged as the interviewer asked (D16: a senior leader who wants it crisp, a short answer not
charged twice for the same shortness). New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis.answer import COMPLAINT_TIP
from simulator.interview.personas import get_persona
from tests.support.answers import typed as _analyse

LEAVING = "Why are you looking to leave your current job?"


@pytest.mark.parametrize("complaint", [
    "Honestly my boss is impossible to work with and the salary is far too low, so I am looking "
    "for something better where people are treated properly and I can grow.",
    "The main reason is that I am underpaid for what I do, and the management never listens "
    "to anybody on the shop floor, so I want a place where my work counts for more.",
])
def test_a_complaint_about_a_manager_or_pay_is_noticed(complaint: str) -> None:
    told = _analyse(complaint, LEAVING)
    assert COMPLAINT_TIP in told.tips
    assert any("complains" in r.why for r in told.points_why), told.points_why


def test_leaving_for_what_comes_next_is_no_complaint() -> None:
    told = _analyse(
        "I have spent four years running the returns desk and I have learned what I can there. "
        "I want to move into planning, and this role would let me use the returns data I know "
        "well to plan stock for your stores.", LEAVING)
    assert COMPLAINT_TIP not in told.tips
    assert not any("complains" in r.why for r in told.points_why)


def test_a_difficult_manager_in_a_story_asked_for_is_no_complaint() -> None:
    story = (
        "Last year my manager was difficult about overtime: she wanted the whole team in on "
        "Saturdays during the stock count. I was the shift lead, so it was on me to find another "
        "way. I showed her the count figures for each aisle, I proposed two evening counts "
        "instead, and I ran the first one myself. We finished the count two days early and "
        "nobody worked a Saturday.")
    told = _analyse(story, "Tell me about a time you disagreed with your manager.")
    assert COMPLAINT_TIP not in told.tips


def test_a_motivation_answer_tied_to_nothing_loses_points_beside_its_tip() -> None:
    question = "Where do you see yourself in five years?"
    loose = _analyse(
        "In a few years I would like to be somewhere I am still learning new things, maybe "
        "looking after a few people, and working on problems that are interesting with people "
        "I get on with. I would also like more responsibility and to keep getting better.",
        question)
    tied = _analyse(
        "In a few years I want to be running a small planning team in a grocery business like "
        "this one, because forecasting fresh stock is the work I enjoy most, and this role "
        "would give me the first step: owning the weekly orders for your northern stores.",
        question)
    assert any(r.why == "nothing ties it to this role or company" for r in loose.points_why)
    assert not any(r.part == "specificity" for r in tied.points_why), tied.points_why
    assert tied.score > loose.score


MISTAKE = (
    "Two years ago I was the coordinator for a school trip to a science museum, and I booked "
    "the coach for the wrong Friday. My job was to get forty children there on the right day. "
    "When I saw the mistake on the Monday, I called the coach firm, I paid the change fee from "
    "the trip budget, and I told the head teacher the same morning. The trip went ahead on the "
    "right day and every child came.{lesson}"
)


def test_a_second_ask_left_unanswered_is_named() -> None:
    question = "Tell me about a mistake you made at work. What would you do differently?"
    without = _analyse(MISTAKE.format(lesson=""), question)
    with_it = _analyse(MISTAKE.format(
        lesson=" Since then I check every booking date against the school calendar before I "
               "pay anything."), question)
    asked = "what you learned or would do differently"
    assert any(asked in tip for tip in without.tips), without.tips
    assert any(asked in r.why for r in without.points_why)
    assert not any(asked in tip for tip in with_it.tips)
    assert with_it.score > without.score
    # Asked without a second part, the same story is not told to add one.
    plain = _analyse(MISTAKE.format(lesson=""), "Tell me about a mistake you made at work.")
    assert not any(asked in tip for tip in plain.tips)


LONG_STORY = " ".join([
    "Three years ago I took over the spare parts store at a bus depot in Lille, and nobody "
    "knew what we had, because the old system had been switched off and the counts were on "
    "paper.",
    "My manager asked me to get the store back to a state where a mechanic could find a part "
    "in five minutes, before the winter timetable started.",
    "I started by counting every shelf myself over two weekends, and I wrote each part into a "
    "new sheet with its shelf and its supplier.",
    "Then I sat with the four senior mechanics, one at a time, and I asked them which parts "
    "they waited for most often, and I moved those to the front shelves near the workshop "
    "door.",
    "I also called the three main suppliers and agreed a weekly delivery day with each, so "
    "the orders did not arrive at random any more, and I set up a simple reorder level for "
    "the fifty parts we used most.",
    "Some of the older mechanics did not trust the sheet at first, because they had their own "
    "boxes of parts hidden under the benches, so I asked each of them to bring one box a week "
    "to the store, and I counted it with them and put the parts on the shelves with their "
    "names on the labels for the first month.",
    "I also printed a one-page map of the store for the workshop wall, with the shelves "
    "coloured by the kind of bus they served, because the night shift did not have anyone "
    "from the store to ask.",
    "After that I trained the two other store staff on the sheet, and we did a small count "
    "every Friday afternoon to keep it right, and I checked the counts against the sheet "
    "every Monday morning for the first two months.",
    "By the time the winter timetable started, a mechanic could find any of the fifty main "
    "parts in under five minutes, and buses waiting for parts went from about six a week to "
    "one.",
])


def test_a_long_story_costs_more_with_an_interviewer_who_asked_for_brief_answers() -> None:
    question = "Tell me about something you owned from the very start to the finish."
    leader, manager = get_persona("senior-leader"), get_persona("hiring-manager")
    brief = _analyse(LONG_STORY, question, audience=leader.audience,
                     target_s=(48.0, 96.0))
    usual = _analyse(LONG_STORY, question, audience=manager.audience)
    assert brief.score_parts.delivery >= usual.score_parts.delivery + 5, (
        brief.points_why, usual.points_why)


def test_a_short_answer_pays_for_its_shortness_once() -> None:
    told = _analyse("I want to leave because the commute is two hours each way and I have a "
                    "young family now.", LEAVING)
    reasons = [r.why for r in told.points_why if r.part == "delivery"]
    # The too-short flaw and the length target charge the same shortness: at most the larger.
    assert told.score_parts.delivery <= 40, told.points_why
    assert any("too short" in r for r in reasons)


VALUE_QUESTION = ("One of the values at Larkspur Freight is \u201cOwn the outcome\u201d. Tell me "
                  "about a time your own work showed it.")
LABELS = (
    "Last spring I wrote the pick lists for a new client's orders, and in the first week I "
    "found that one list in ten sent pickers to the wrong aisle, which was my fault, because I "
    "had tested it with the old shelf map. I told my manager the same hour, I fixed the map "
    "that night, and I walked the floor with the pickers the next morning to check every "
    "aisle. Within a week wrong picks were down to none.{tie}"
)


def test_a_value_question_asks_for_the_value_to_be_named() -> None:
    untied = _analyse(LABELS.format(tie=""), VALUE_QUESTION)
    tied = _analyse(LABELS.format(
        tie=" That is what owning the outcome means to me: it was my mistake, so I fixed it."),
        VALUE_QUESTION)
    assert any("\u201cOwn the outcome\u201d" in tip for tip in untied.tips), untied.tips
    assert not any("\u201cOwn the outcome\u201d" in tip for tip in tied.tips), tied.tips


def test_time_spent_beside_a_colleague_is_fitting_in_with_the_team() -> None:
    told = _analyse(
        "Last winter a new loader at our depot in Derby kept putting parcels on the wrong van. "
        "I was the shift lead, so it was on me to sort it out. I stood at the bay with him each "
        "morning for two weeks until he had the van codes right. After that his mistakes went "
        "from six a day to none.", "Tell me about a time you helped a colleague.",
        audience=get_persona("hiring-manager").audience)
    assert told.audience_fit is not None
    assert "Fit with the team" in told.audience_fit.spoken_to, told.audience_fit
