"""Parts a new user's answers showed misread (breaker11 D4, D5, D10, D11). New answers of our own.

- A talk that only went on ("We discussed it for some time.") is no Result: nothing was settled.
- A creed told in the present ("I always think communication is the most important") is no
  outcome, even as the opening line; a mistake named as the subject of the opening ("The biggest
  mistake I made was at...") is the scene, not a headline.
- Speaking up is a deed: "I argued we should count on Sunday evening" is the Action of a story
  about a disagreement, not its Task.
- A duty given to everyone in the speaker's role, in non-native wording ("The management wanted
  that every shift lead reduce the waste"), and an aim named with a gerund ("my main priority was
  getting the late departures down") are the Task."""

from __future__ import annotations

from simulator.analysis.star import unit_cue_scores
from tests.support.answers import labels_of, typed

TALKED_ONLY = (
    "At the garden centre where I work weekends, my colleague Priya wanted to put the Christmas "
    "trees by the front door and I wanted them in the side yard because the door gets blocked "
    "on Saturdays. I explained my worry about the queue and she explained hers about people not "
    "seeing them. We discussed it for some time."
)


def test_a_talk_that_went_on_is_no_result() -> None:
    analysis = typed(TALKED_ONLY, "Tell me about a disagreement with a colleague. How did you "
                                  "settle it?")
    assert not analysis.star.parts["R"].present
    assert labels_of(analysis, "we discussed it for some time") == ["other"]


CREED_FIRST = (
    "Honestly, I always think communication is the most important. Last spring our warehouse "
    "team worked with a packing partner in Lisbon and another in Krakow, and half our orders "
    "were leaving a day late because nobody knew who was packing what. I set up one shared "
    "board where each site ticked off its orders before noon, and I joined their morning calls "
    "at seven for the first month. After that the orders went out on time, and the team was "
    "happy."
)


def test_a_creed_is_no_result() -> None:
    analysis = typed(CREED_FIRST, "Describe working with people in another location.")
    assert "R" not in labels_of(analysis, "communication is the most important")
    assert labels_of(analysis, "after that the orders went out on time") == ["R"]
    assert analysis.order == "story"


def test_a_mistake_named_as_the_subject_opens_the_scene() -> None:
    (cues,) = unit_cue_scores(
        ["the biggest mistake i made was at a car rental desk where i was the returns clerk"])
    assert cues["S"] >= 2.0


SPOKE_UP = (
    "My manager and I did not agree about closing the shop early on the day of the stock count. "
    "I was the assistant manager at a shoe shop in the city centre. The count had to be finished "
    "before the new season stock came on Monday. I argued we should count on Sunday evening "
    "instead, she wanted to close at three on Saturday. In the end we counted on Sunday evening "
    "and the shop stayed open all Saturday."
)


def test_speaking_up_is_the_action() -> None:
    analysis = typed(SPOKE_UP, "Describe a time you disagreed with your manager.")
    assert labels_of(analysis, "i argued we should count") == ["A"]
    assert analysis.star.parts["A"].present
    assert not any(f.code == "no_action" for f in analysis.star.flaws)


EVERY_LEAD = (
    "I was shift lead in a bakery factory with twenty people on my line. The quality was bad, a "
    "lot of bread was thrown away every week, and the biggest customer complained. The "
    "management wanted that every shift lead reduce the waste. I watched the line for two days "
    "and I found the problem was the oven temperature after the breaks, so I made a short "
    "checklist for restarting the oven. After one month our waste was two percent."
)
PRIORITY = (
    "So, some context first: I joined a regional airline as head of ground handling, with about "
    "sixty staff across three airports. The chief operating officer made it clear my main "
    "priority was getting the late departures down before the winter schedule. I started by "
    "sitting with each station manager for a day and listing every delay code from the last "
    "quarter, then I moved the baggage team's break so it no longer fell in the morning peak. "
    "By December our late departures were down by a third."
)


def test_a_duty_given_to_every_lead_is_the_task() -> None:
    analysis = typed(EVERY_LEAD, "Tell me about a problem you found the cause of.")
    assert labels_of(analysis, "wanted that every shift lead") == ["T"]


def test_a_priority_told_as_a_gerund_is_the_task() -> None:
    analysis = typed(PRIORITY, "Describe a team that was struggling when you joined it.")
    assert labels_of(analysis, "my main priority was getting") == ["T"]
