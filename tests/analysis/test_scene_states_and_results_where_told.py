"""What breaker13 found in where a Result is told and how it is weighed, each as new answers of
our own: a first sentence that tells how things stood (a past perfect, a state that held week
after week, a list of what was due) is the scene, not a result told first (B3); a result told
in the middle, after a "by the day the work was for" frame, is found (B12); a Result that only
judges costs the same whatever its words (B9); a Result that gives the after value of a
quantity whose before value the scene gave, or a rate as it is now, has its number (B1); a
note's last bullet that proposes is an action, not the Result (B6); own actions told in the
present perfect progressive count as owned (B2); a reply that tells the story again shows its
scene and actions as what they are and is quoted by its outcome (B10)."""

from __future__ import annotations

import pytest

from simulator.analysis.answer import NO_NUMBER_WHY, RESULT_MIDDLE_TIP, analyze_follow_up
from simulator.speech.stt import Transcript
from tests.support.answers import typed_to

TOLD_FIRST = "You opened with the result"
QUESTION = "Tell me about a time you fixed a problem nobody owned."


_analyse = typed_to(QUESTION)


@pytest.mark.parametrize(
    "text",
    [
        # A past perfect as the sentence's own verb, with a figure in it.
        "Bookings at the pool had dropped by 20 percent over the year. I was the duty manager, "
        "so it was my job to win them back. I rang the swim clubs, I moved the lane times, and "
        "I put the timetable on the front door.",
        # A state that held again and again, told in the passive.
        "At the library, the returns trolley was always left overflowing by lunchtime, so "
        "there were piles on the floor most days. I was the duty assistant, so it fell to me "
        "to sort it. I set up a second drop box, I trained two volunteers to shelve, and I "
        "moved the sorting to the first hour of the morning.",
        # A list of what was due, with no outcome word at all.
        "Three days before the open day I had the signage, the parking plan and the volunteer "
        "rota all still to do. I was the only coordinator that week, so I had to choose. I "
        "handed the rota to a colleague, I printed the signs at home, and I drew the parking "
        "plan myself on the last night.",
    ],
    ids=["past-perfect", "habitual-state", "list-of-what-was-due"],
)
def test_how_things_stood_is_the_scene_not_a_headline(text: str) -> None:
    analysed = _analyse(text)
    assert analysed.order == "story"
    assert not analysed.star.parts["R"].present
    assert "no_result" in analysed.flaw_codes
    assert not any(tip.startswith(TOLD_FIRST) for tip in analysed.tips)
    first = next(s for s in analysed.star.segments if s.label != "other")
    assert first.label != "R"


def test_a_result_told_in_the_middle_is_found() -> None:
    analysed = _analyse(
        "I ran the switch of our school's timetable software over the summer. By the first "
        "day of term every class and every room was in the new system, with no clashes at "
        "all. The head had asked me because I had built the old timetable. I exported the old "
        "data in stages, I checked each year group against the paper copy, and I fixed every "
        "clash before moving on to the next."
    )
    assert analysed.star.parts["R"].present
    result = next(s for s in analysed.star.segments if s.label == "R")
    assert result.text.startswith("By the first day of term")
    assert "no_result" not in analysed.flaw_codes
    assert not any(tip.startswith("Finish with the result") for tip in analysed.tips)
    assert analysed.tips[0] == RESULT_MIDDLE_TIP


STORY = (
    "The week before the book fair our school changed the stall layout to add a reading "
    "corner. I was the parent volunteer in charge of the stalls, so I had to get every helper "
    "ready by the Saturday. I redrew the floor plan that evening, I emailed it to the twelve "
    "helpers, and I walked the hall with the caretaker on the Friday. {ending}"
)


def _specificity(ending: str) -> int:
    return _analyse(STORY.format(ending=ending)).score_parts.specificity


def test_a_judgment_costs_the_same_whatever_its_words() -> None:
    went_well = _specificity("The fair on Saturday went well.")
    pleased = _specificity("The head teacher was pleased with it.")
    both = _specificity("The fair went smoothly and the head teacher was pleased with it.")
    concrete = _specificity("Every stall opened at nine, and the head teacher asked me to plan "
                            "the summer fair too.")
    assert went_well == pleased == both
    assert concrete < went_well
    why = [r.why for r in _analyse(STORY.format(ending="The fair on Saturday went well."))
           .points_why]
    assert any("went well" in reason and "not what changed" in reason for reason in why), why


@pytest.mark.parametrize(
    "text",
    [
        "Checking a guest in at our hotel took about twenty-five minutes at the desk. I had to "
        "bring it down before the summer season. I pre-printed the key cards, I moved the "
        "forms online and I trained the night team to ready the rooms. Check-in now takes "
        "eight minutes.",
        "Our print room was the slowest part of the week. I had to get the newsletter out "
        "sooner. I moved the proofing to Monday, I set up a shared folder, and I trained two "
        "editors. We send an issue four times a month now.",
        "At the surgery the same appointment slot was often booked twice. It was my job as the "
        "practice manager to stop it. I merged the two diaries, I locked the slots an hour "
        "ahead, and I showed the reception team the new screen. After that the diaries had no "
        "clashes at all, against around four a week before.",
    ],
    ids=["after-value-of-a-before", "rate-now", "against-before"],
)
def test_an_after_value_against_the_scene_is_a_number(text: str) -> None:
    analysed = _analyse(text, "Tell me about a time you improved a process.")
    assert analysed.star.parts["R"].present
    assert all(reason.why != NO_NUMBER_WHY for reason in analysed.points_why)
    assert not any("If you have a number" in tip for tip in analysed.tips)


def test_a_proposal_last_in_notes_is_an_action_not_the_result() -> None:
    analysed = _analyse(
        "Client wanted the launch a week earlier.\n"
        "I was project lead, had to keep quality up.\n"
        "- listed the open defects\n"
        "- booked a call with the sponsor\n"
        "- suggested the early release for one region instead\n",
        "Describe a time you pushed back on a client.",
    )
    assert not analysed.star.parts["R"].present
    assert "no_result" in analysed.flaw_codes
    assert analysed.score_parts.ownership == 0


def test_own_actions_in_the_present_perfect_progressive_count() -> None:
    told = (
        "In our youth club the older kids are leaving after one term. As the club leader it is "
        "my job to keep them. {actions} After two months six of the eight older kids still "
        "come every week."
    )
    perfect = _analyse(told.format(actions=(
        "I have started a Friday games night, I have been coaching two of them to run it, and "
        "I have talked with their parents.")))
    past = _analyse(told.format(actions=(
        "I started a Friday games night, I coached two of them to run it, and I talked with "
        "their parents.")))
    assert perfect.score_parts.ownership == past.score_parts.ownership == 0


def test_a_reply_that_tells_the_story_again_shows_its_parts() -> None:
    first = _analyse(
        "A patient's daughter rang the ward on a Sunday because her father's hearing aid had "
        "gone missing after his transfer. I was the nurse in charge, so I had to find it. I "
        "checked the transfer bag list, I rang the ward he came from, and I searched the "
        "trolley store with a porter.",
        "Tell me about a time you went beyond for a patient.",
    )
    assert "no_result" in first.flaw_codes
    reply = (
        "Well, to set it out fully, the patient was deaf without it and the family were "
        "upset, and I was in charge that shift, so it was on me. I checked the bag list, I "
        "rang the other ward and I searched the store. The aid turned up in the old ward's "
        "sluice room, his daughter wrote a card to the ward, and he could hear the doctors on "
        "the Monday round."
    )
    merged, judgment = analyze_follow_up(Transcript.from_text(reply), "no_result", first)
    assert judgment.gives
    labels = [s.label for s in merged.star.segments]
    assert "R" in labels and set(labels) - {"R", "other"}
    assert not judgment.evidence[0].lower().startswith("well")
