"""After the speaker's last deed, a clause that tells what happened then with no one of the
speaker's side as its subject ("The water was warm enough for racing.", "the trays were all in
the vans at half six", "The boxes are fine.") is how it turned out: the Result, not one more
Action (star._outcome_after_deeds). A clause that says what a deed was for ("So the water could
hold the heat, ...") is no outcome, and an answer that stops on one still has no Result. All
answers are our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript
from tests.support.answers import label_of_any_case as _label_of

QUESTION = "Tell me about a time you solved a problem under pressure."


POOL = (
    "I was the plant technician at a council swimming baths in Leeds. One Saturday in "
    "January the pool heating failed two hours before a schools swimming gala. It was my call "
    "whether we ran the gala or cancelled it. I reset the boiler controls, found a tripped "
    "circulation pump and swapped it for the spare from the plant room, and I put the covers "
    "back on the pool to hold the heat. The water was warm enough for racing. The league asked "
    "us to host the next gala as well."
)
BAKERY = (
    "so i work the night shift at a bakery that supplies about forty cafes and one night the "
    "big spiral mixer burned out its motor at midnight with the whole croissant order still to "
    "make and it was on me to get the order out somehow so i split the dough into small batches "
    "for the two old bench mixers and i rang the day baker to come in early and i rolled the "
    "lamination by hand with him until five and the trays were all in the vans at half six and "
    "the cafe owners never even knew"
)
COLD_ROOM = (
    "I am warehouse keeper for a medicine wholesaler in Lusaka. In March the cold room alarm "
    "ring at night, the compressor is dead and inside we have vaccines for three districts. My "
    "duty is to keep them between two and eight degrees until the repair. I call the "
    "technician, I move all the vaccine boxes into the two pharmacy fridges and cool boxes with "
    "ice packs, and I check the thermometers every hour myself until morning. The boxes are "
    "fine. The technician puts a new compressor the same day and the districts get their "
    "vaccines on the normal day."
)
# Stops on what the last deed was for: no outcome told.
NO_OUTCOME = (
    "I was the plant technician at a council swimming baths in Leeds. One Saturday in "
    "January the pool heating failed two hours before a schools swimming gala. It was my call "
    "whether we ran the gala or cancelled it. I reset the boiler controls, found a tripped "
    "circulation pump and swapped it for the spare from the plant room. So the water could hold "
    "the heat, the covers went back on the pool."
)


def test_a_state_after_the_deeds_is_the_result_typed():
    analysis = analyze_answer(Transcript.from_text(POOL), question=QUESTION)
    assert _label_of(analysis, "I put the covers back") == "A"
    assert _label_of(analysis, "The water was warm enough") == "R"
    assert all(analysis.star.parts[part].present for part in "STAR")


def test_a_state_after_the_deeds_is_the_result_spoken():
    analysis = analyze_answer(Transcript.from_text(BAKERY), question=QUESTION)
    assert _label_of(analysis, "i rolled the lamination") == "A"
    assert _label_of(analysis, "the trays were all in the vans") == "R"


def test_a_state_after_the_deeds_is_the_result_told_in_the_present():
    analysis = analyze_answer(Transcript.from_text(COLD_ROOM), question=QUESTION)
    assert _label_of(analysis, "I check the thermometers") == "A"
    assert _label_of(analysis, "The boxes are fine") == "R"


def test_what_a_deed_was_for_is_no_outcome():
    analysis = analyze_answer(Transcript.from_text(NO_OUTCOME), question=QUESTION)
    assert _label_of(analysis, "So the water could hold the heat") == "A"
    assert not analysis.star.parts["R"].present
