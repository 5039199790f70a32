"""What a part tells, wherever it sits (breaker8 D4, D5, D13, breaker9 D1): a goal or a change
of plan in the opening scene is no outcome told first; an outcome told mid-answer, with the
speaker turning back to how it came about, is the Result; keeping people informed is something
done, not how it turned out; and a headline whose story starts over on the task, with no scene,
is still a headline. Answers of our own, in registers unlike ours."""

from __future__ import annotations

import pytest

from tests.support.answers import typed_to

QUESTION = "Tell me about a time you improved how your team worked."
HEADLINE_TIP = "You opened with the result"


_analysed = typed_to(QUESTION)


# D4: the scene holds what someone decided, its purpose and a change "from X to Y" with no number.
SWITCHED = (  # a night nurse, polished
    "The hospital switched the night handover from paper to tablets so we could save twenty "
    "minutes every shift. As the senior nurse on nights I had to get my team using them. I sat "
    "with each nurse for one handover and wrote a one-page guide. After a month handover took "
    "twelve minutes instead of thirty-five."
)
MOVED = (  # a call-centre planner, Tamil English, "for" + bare verb as the purpose
    "Our centre manager decide to move the lunch breaks from one big slot to three small "
    "slots for reduce the queue at noon. I was the planner, so I must make the new rota before "
    "the Monday. I ask every agent which slot they want and I build the rota in two days. The "
    "calls waiting at noon went from forty to six in the first week."
)


@pytest.mark.parametrize("text", [SWITCHED, MOVED])
def test_a_goal_in_the_scene_is_no_result_told_first(text: str) -> None:
    analysis = _analysed(text)
    told = [s for s in analysis.star.segments if s.label != "other"]
    assert told[0].label == "S", told[0]
    assert analysis.order == "story"
    assert not any(HEADLINE_TIP in tip for tip in analysis.tips)
    assert all(analysis.star.parts[p].present for p in "STAR")


# D5: the outcome in the middle, then how it came about.
MIDDLE_NOTES = (  # a refunds team lead, present tense for the outcome (non-native)
    "Complaints about late refunds were our biggest problem, around thirty a week. I was team "
    "lead for the refunds desk and I had to bring that down before the audit. The complaints "
    "fall to five a week in the end, but the interesting part is how. I read fifty complaints "
    "one by one and I saw most refunds waited for a signature from finance, so I agreed with "
    "finance a limit under which my team signs alone."
)
MIDDLE_RUN_ON = (  # a kitchen manager, run-on, lower case
    "we had an inspection coming in six weeks and the cold room kept failing its temperature "
    "checks and i was the kitchen manager so it was mine to sort out. we passed with the top "
    "score in the end and here is how we got there. i logged the temperature every hour for a "
    "week and found the door seal was split so i got it replaced and i moved the deliveries to "
    "the morning when the room is coldest"
)


# breaker9 D1: the outcome, then "but getting there was ..." (its "there was" sounds like a scene).
MIDDLE_MESSY = (  # a warehouse shift lead
    "Two weeks before Christmas the sorter in our parcel hub jammed for a whole evening while I "
    "was running the late shift. By midnight every parcel was on a van and not one collection "
    "was missed, but getting there was chaos. I had to keep the vans leaving on time. I split "
    "the loaders into two hand-sorting lines and phoned the drivers to wait twenty minutes."
)
MIDDLE_LONG_ROAD = (  # a school office manager, Nigerian English
    "The parents of our school were always complaining that nobody pick the phone in the "
    "morning. In the end we brought the missed calls down to almost zero, but the road there "
    "was long. As office manager it was on me to fix it. I listened to the calls for one week "
    "and I moved the absence reports to a text number."
)


@pytest.mark.parametrize(("text", "outcome"), [
    (MIDDLE_NOTES, "fall to five a week"),
    (MIDDLE_RUN_ON, "passed with the top score"),
    (MIDDLE_MESSY, "not one collection was missed"),
    (MIDDLE_LONG_ROAD, "missed calls down to almost zero"),
])
def test_an_outcome_told_mid_answer_is_the_result(text: str, outcome: str) -> None:
    analysis = _analysed(text)
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes
    results = [s.text for s in analysis.star.segments if s.label == "R"]
    assert any(outcome in r for r in results), results
    assert analysis.order == "story"  # told in the middle, not first
    assert all(analysis.star.parts[p].present for p in "STA")


# D13: keeping others informed is an activity, not how it turned out.
INFORMED = (  # a volunteer, short, polished
    "The roof on the community hall started leaking the week before the winter fair. We worked "
    "hard as a committee and we kept everyone informed. It was a stressful time for all of us."
)
UPDATED = (  # a project coordinator, terse, lower case
    "new booking system went live late, two weeks after the date we promised the clinics. we "
    "had daily calls with the vendor and we kept the clinics updated every friday. honestly it "
    "was a good lesson for me"
)


@pytest.mark.parametrize("text", [INFORMED, UPDATED])
def test_keeping_people_informed_is_no_result(text: str) -> None:
    analysis = _analysed(text)
    assert not analysis.star.parts["R"].present
    assert "no_result" in analysis.flaw_codes


# A headline, then the story from the task (no scene told).
DELIVERIES = (  # a depot supervisor
    "Late deliveries dropped to almost nothing and stayed there through December. My job was to "
    "sort out the van routes before the Christmas peak. I rode along with every driver for a day "
    "and wrote down where they lost time. Then I redrew the routes on a map with the two senior "
    "drivers."
)
DOSES = (  # a ward nurse, short sentences
    "Missed doses on the ward fell by half and stayed low. I was asked by the matron to look at "
    "the night medicine round. I timed the round for a week. I moved the insulin checks to the "
    "start and gave each nurse her own trolley."
)


@pytest.mark.parametrize("text", [DELIVERIES, DOSES])
def test_a_headline_before_the_task_is_the_result(text: str) -> None:
    analysis = _analysed(text)
    assert analysis.order == "result_first"
    assert analysis.star.parts["R"].present
    assert analysis.star.parts["T"].present
    assert analysis.star.segments[0].label == "R"
