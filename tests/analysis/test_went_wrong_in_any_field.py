"""Something going wrong sounds different in every job. The off-topic check for a question about
things going wrong knew office words ("a mistake", "late", "the server crashed", "cancelled"), so
a clinical emergency told by a nurse (a patient's pressure dropping, confusion) was flagged as a
story in which nothing went wrong, and lost forty points, while the same shape told about a shop
passed. The check must hear trouble in care, transport and trades too, and still flag a story
that truly has none."""

from __future__ import annotations

import pytest

from simulator.analysis.answer import analyze_answer
from simulator.analysis.flaws import off_topic
from simulator.speech.stt import Transcript

QUESTION = "Give me an example of keeping a group calm when things were going wrong."

TROUBLE = {
    "ward": (
        "On an early shift in the stroke unit one of our residents, an old man, suddenly went "
        "grey and could hardly speak, and his sugar was at two. I was the senior carer on the "
        "floor so I had to get him stable and stop the other residents from getting frightened. "
        "I gave him the glucose gel like the plan says, called the nurse and the GP, and sent my "
        "colleague to take the others to the lounge for tea. Within twenty minutes he was "
        "talking normally again and the GP changed his insulin the same day."
    ),
    "coach": (
        "Driving a school coach back from a museum trip, the engine cut out and we were stranded "
        "on the hard shoulder with forty kids on board. I was the driver and it "
        "was my job to keep them safe and calm until the relief coach came. I put the lights on, "
        "called the depot, walked the kids and two teachers behind the barrier, and got them "
        "singing while we waited. The relief coach came in fifty minutes and every child was "
        "home only one hour behind the plan."
    ),
    "pipe": (
        "We were fitting a new kitchen for an elderly couple when a pipe burst under their "
        "bathroom upstairs and water came through the ceiling. As the lead plumber I had to "
        "stop the water and stop the couple panicking. I shut the stopcock, moved the "
        "electrics off at the board, and sat them in the lounge with my apprentice while I "
        "fixed the joint. By lunchtime the water was back on and the couple asked us to do their "
        "bathroom next year."
    ),
}


@pytest.mark.parametrize("field", sorted(TROUBLE))
def test_trouble_told_in_any_field_is_on_topic(field: str) -> None:
    text = TROUBLE[field].lower()
    assert off_topic(QUESTION, text) == []
    analysis = analyze_answer(
        Transcript.from_text(TROUBLE[field]), question=QUESTION, question_kind="behavioral"
    )
    assert "off_topic" not in analysis.flaw_codes


def test_a_story_with_nothing_going_wrong_is_still_off_topic() -> None:
    # A success told to the trouble question: a fair that simply went well.
    text = (
        "i organised our school summer fair last year. i booked the hall, found six parents "
        "to help, made the posters and ran the raffle myself. over three hundred people came "
        "and we raised two thousand pounds for the library, which the head thanked us for in "
        "assembly."
    )
    assert [f.code for f in off_topic(QUESTION, text)] == ["off_topic"]
