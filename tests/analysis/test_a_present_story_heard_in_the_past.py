"""A story told in the present whose verbs the recognizer wrote partly in the past keeps its
scene: the tense drift is the recognizer's (cues.present_narrative's `heard`,
cues.own_deeds_in_present in answer._opened_on_a_deed)."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from tests.support.answers import label_of, spoken

QUESTION = "Tell me about a mistake you made at work."

# New answers of our own in the recognizer's form. Said in the present ("I tell my team leader",
# "I help him", "So I join this bakery chain"), some verbs came back in the past or with "I'd".
DRIFTED = (
    "It's my third week in a parcel depot. I'm 19, and I'm sorting bags for the morning vans. I"
    " put 30 bags for one town into the cage for another town because the codes look alike and "
    "I'm in a hurry. My job is to fill the right cage for each van before six. When the vans "
    "leave, one driver finds the wrong bags at his first drop and rings the depot. I'd tell my "
    "team leader straight away that it was me. I held him swap the bags onto a car, and I ask "
    "for a second check on my cages. The bags go out only an hour late. I learned to slow down,"
    " and I check every code twice now."
)
OPENED_IN_THE_PAST = (
    "So, I joined this bakery chain in Porto as night manager. And the crew there has been late"
    " with the first bake for two years, which means the shops open with empty shelves. My "
    "goal, and I tell them this on the first night, is that the bread is out by six. I start by"
    " moving the dough prep to the end of the day shift. I ask the drivers to wait at the back "
    "door, and I take the first tray out myself at five thirty. By the third week the shelves "
    "are full at six every morning and the shops stop calling me."
)


def test_a_present_scene_heard_with_drifted_verbs_is_the_situation() -> None:
    analysis = analyze_answer(spoken(DRIFTED), question=QUESTION)
    assert label_of(analysis, "It's my third week in a parcel depot.") == "S"
    assert analysis.star.parts["S"].present


def test_a_present_story_opened_on_a_verb_heard_in_the_past_keeps_its_scene() -> None:
    analysis = analyze_answer(spoken(OPENED_IN_THE_PAST), question=QUESTION)
    assert label_of(analysis, "I joined this bakery chain in Porto") == "S"
    assert analysis.star.parts["S"].present
