"""The labeller faults breaker6 found (D2, D8, D13d), each as a new answer of our own in another
job and register: a story that stops before its outcome is told it has no Result, one more
action told with "we also" is an action, and an answer that opens on the year and the person
it is about has its scene."""

from __future__ import annotations

from tests.support.answers import typed

# D2: a long story that never says how it ended. It gathers figures ("how many people came
# in"), lays out options ("the other was to keep both and share a caretaker"), and stops on a
# meeting being called: none of those is an outcome.
NEVER_ENDS = (
    "Two years ago the council told our library branch to close on Saturdays to save money. I "
    "thought it was the wrong day to lose, because Saturday is when working parents bring their "
    "kids and when the job club uses the computers. So I asked my area manager for ten minutes "
    "and told her I disagreed. Before the meeting I counted visits for a month: how many people "
    "came in on Saturdays, how many used the computers, and how often the job club was full. I "
    "put two options on one page. One was to keep Saturday and close on Monday mornings "
    "instead. The other was to keep both and share a caretaker with the leisure centre, which "
    "cost a bit more in the first year. She read it, she asked me to send it to the head of "
    "service, and I sent it that evening. Then the head of service set up a meeting with the "
    "two of us and someone from finance."
)


def test_a_story_that_stops_before_its_outcome_has_no_result() -> None:
    analysis = typed(NEVER_ENDS, "Tell me about a time you disagreed with a decision.")
    assert not analysis.star.parts["R"].present
    assert "no_result" in analysis.flaw_codes
    assert not any(s.label == "R" for s in analysis.star.segments)
    # The gathered figures and the meeting are told as actions.
    assert [s.label for s in analysis.star.segments if "how many people" in s.text] == ["A"]
    assert analysis.star.segments[-1].text.endswith("someone from finance.")
    assert analysis.star.segments[-1].label == "A"


# ...and the same story with its outcome added keeps it as the Result.
WITH_AN_ENDING = NEVER_ENDS + (
    " The branch stayed open on Saturdays, and visits on Monday mornings went up by a third "
    "once people knew."
)


def test_the_same_story_with_its_outcome_has_a_result() -> None:
    analysis = typed(WITH_AN_ENDING, "Tell me about a time you disagreed with a decision.")
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes
    assert analysis.star.segments[-1].label == "R"
    assert analysis.star.segments[-1].text.startswith("The branch stayed open")


# D8: terse "we" notes of what was done; the last line is one more action, not how it ended.
WE_ALSO = (
    "Flood at the community hall, Sunday night, forty sandbags short. We moved the chairs and "
    "the piano up onto the stage, we rang two farmers for straw bales, we cleared the drains by "
    "the back door. We also phoned the caretaker's son."
)


def test_one_more_action_told_with_we_also_is_an_action() -> None:
    analysis = typed(WE_ALSO, "Tell me about a time you dealt with an emergency.")
    last = analysis.star.segments[-1]
    assert last.label == "A"
    assert last.text.endswith("We also phoned the caretaker's son.")
    assert not analysis.star.parts["R"].present
    assert "no_result" in analysis.flaw_codes


# D13d: the opening tells when, who and what was wrong; the actions are a habit of that week
# ("every morning that week I would climb beside him"), not a plan.
OPENS_ON_THE_YEAR = (
    "In 2019 I trained a new apprentice, Tomasz, who was nervous on ladders. Every morning that "
    "week I would climb beside him and talk him through where to put his feet. By the Friday he "
    "was working on the second lift on his own, and he passed his site assessment a month "
    "early."
)


def test_an_answer_opening_on_the_year_and_the_person_has_its_scene() -> None:
    analysis = typed(OPENS_ON_THE_YEAR, "Tell me about a time you developed someone.")
    first = analysis.star.segments[0]
    assert first.label == "S"
    assert first.text.startswith("In 2019 I trained a new apprentice")
    assert analysis.star.parts["S"].present
    assert "no_situation" not in analysis.flaw_codes
    # "I would climb beside him" that week is what was done again and again, not a plan.
    assert "hypothetical" not in analysis.flaw_codes
    assert analysis.star.parts["A"].present and analysis.star.parts["R"].present


def test_a_plan_told_with_would_is_still_hypothetical() -> None:
    """The habit reading needs the occasion: with no "that week" the same "would" is a plan."""
    plan = (
        "We had a new apprentice who was nervous on ladders. I would climb beside him and talk "
        "him through where to put his feet, and I would give him the lower lifts first."
    )
    analysis = typed(plan, "Tell me about a time you developed someone.")
    assert "hypothetical" in analysis.flaw_codes


# D9: a plan for a situational question written as a checklist of plain verbs, the speaker left
# out, as a nurse or a site lead jots it: those lines are the Action, not a scene or a Task.
CHECKLIST = (
    "isolate the machine at the main switch. tape off the area, send the apprentices to the "
    "canteen. ring the site manager, then the electrician on call. write it in the log."
)


def test_a_checklist_of_plain_verbs_is_the_action() -> None:
    analysis = typed(
        CHECKLIST, "A machine on your line starts sparking and smoking. What do you do?")
    assert analysis.star.parts["A"].present
    assert "no_action" not in analysis.flaw_codes
    labelled = {s.label for s in analysis.star.segments if "ring the site manager" in s.text}
    assert labelled == {"A"}


def test_a_generic_approach_in_plain_verbs_is_still_no_occasion() -> None:
    """The checklist reading makes the lines actions; it does not make a habit an occasion."""
    approach = (
        "Deadlines, my approach:\n"
        "- always split the work into small pieces first\n"
        "- check in with each person every morning\n"
        "- escalate early if something slips\n"
        "Usually works, people know what to expect."
    )
    analysis = typed(approach, "Tell me about a time you met a tight deadline.")
    assert "vague" in analysis.flaw_codes
