"""A duty told in everyday words the Task cues missed (dev17: 3 of its told Tasks reported
missing; held14-16 through speech): "got to" as many say "have to" ("so you've got to get them
all scanned or it's failures on your name"), a need of a thing ("I needed that to stop"), the
time given with a hyphenated count ("we had forty-five minutes to..."); and, through speech,
someone else's words cut from who said them by the recognizer's commas ("the charge nurse told
me, | if the bay isn't clear by two, the ambulances queue"). Each answer is a new one of our
own, typed and as a recognizer writes it."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from tests.support.answers import assert_task_told, spoken, typed

Q = "Tell me about a time you solved a problem under time pressure."

GOT_TO = (
    "So I do the school run minibus for a village primary near Hexham, and one morning the "
    "minibus wouldn't start and it's got eleven kids to pick up. And the thing is you've got "
    "to get them all in before the bell or the school has to ring every parent. So I rang the "
    "garage, borrowed the head's people carrier, and did two runs instead of one. Every child "
    "was in their seat by five to nine."
)
NEEDED_THAT = (
    "I coach a girls' netball team at a leisure centre in Barnsley. Two of the older girls kept "
    "laughing at the new players when they dropped a pass and I needed that to stop. I spoke "
    "to both of them after training, told them what it was doing to the new girls, and made "
    "them captains of the two practice sides. By the end of the month the new players were "
    "asking for the ball."
)
HYPHENATED = (
    "At the graduate assessment centre the group task was set in a made-up airline. We had "
    "thirty-five minutes to agree a new timetable for four aircraft and present it to the "
    "assessors. I suggested we split into pairs by aircraft, kept the time on my phone, and "
    "wrote the timetable on the flipchart as each pair finished. We presented with two "
    "minutes to spare and all four aircraft were covered."
)
CASES = [
    (GOT_TO, "you've got to get them all in before the bell"),
    (NEEDED_THAT, "I needed that to stop"),
    (HYPHENATED, "We had thirty-five minutes to agree a new timetable"),
]


@pytest.mark.parametrize(("text", "duty"), CASES)
def test_a_duty_in_everyday_words_is_the_task(text: str, duty: str) -> None:
    assert_task_told(typed(text, Q), duty)


@pytest.mark.parametrize(("text", "duty"), CASES)
def test_a_duty_in_everyday_words_is_the_task_as_recognized(text: str, duty: str) -> None:
    assert_task_told(analyze_answer(spoken(text.lower()), question=Q), duty)


# As recognized: who spoke, then what they said, each its own stretch.
TOLD_THEN_SAID = (
    "i was a porter in the emergency department at a hospital in sunderland, on a night shift "
    "in january. the charge nurse told me, if the corridor isn't clear by two, the ambulances "
    "queue outside. i moved the six trolleys waiting for beds into the old plaster room, "
    "fetched two more chairs from outpatients, and rang the bed manager every half hour. by "
    "half one the corridor was clear and no ambulance waited that night."
)


def test_words_said_to_the_speaker_after_who_said_them_are_the_task() -> None:
    analysis = analyze_answer(spoken(TOLD_THEN_SAID), question=Q)
    assert_task_told(analysis, "the charge nurse told me, if the corridor isn't clear by two")
