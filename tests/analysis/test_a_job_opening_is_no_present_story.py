"""An answer that opens on what the speaker does for a living in the present ("I manage a small
bakery in Porto, we bake...") and then tells its story in the past through what others did is
no story told in the present: the job is its scene, not the speaker's first deed, and where
others did all the work (the speaker only "was responsible") the Action is reported missing
(held15: the job was read as the Action, and the Situation as missing). A story that is told in
the present throughout is still read as one. New answers of our own."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you met a very tight deadline."

BAKERY = (
    "I manage a small bakery in Porto, we make bread and pastries for the cafes in the old "
    "town, and most of the baking is done by four bakers on the night shift. Last winter a "
    "hotel chain ordered two thousand pastéis de nata for a conference, and then they moved the "
    "conference two days earlier. As the manager I was the one responsible for getting the "
    "whole order out on the new day, because the contract had a penalty. Well, the bakers were "
    "amazing, the two older ones came in on their day off and the apprentices stayed until the "
    "morning to box everything. It was a very long two nights for everybody. All two thousand "
    "were delivered by seven on the first morning, and the hotel ordered bread from us for the "
    "whole year after."
)

PRESENT_STORY = (
    "So I'm a baker on the night shift in a bakery in Porto, and a hotel orders two thousand "
    "pastries for the next morning. It's on me to get them out on time. I call in the two "
    "apprentices, I split the dough into three batches, and I run the two ovens one after the "
    "other all night. Everything is boxed by six and the van leaves at half past."
)


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


def test_others_doing_the_work_after_a_job_opening_leave_the_action_missing() -> None:
    analysis = typed(BAKERY)
    assert analysis.star.segments[0].label == "S", analysis.star.segments
    assert analysis.star.parts["S"].present
    assert not analysis.star.parts["A"].present, analysis.star.segments
    assert analysis.star.parts["R"].present


def test_a_story_told_in_the_present_keeps_its_actions() -> None:
    analysis = typed(PRESENT_STORY)
    actions = " ".join(s.text for s in analysis.star.segments if s.label == "A")
    assert "I call in the two apprentices" in actions, analysis.star.segments
