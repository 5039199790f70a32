"""An outcome told first as a thing that did not happen ("We didn't lose a single booking during
the move.") is the headline, and the story that starts over on where and when ("At a dental
practice group in Leeds I led...") has its scene: what an answer's first unit gets for opening
on where and when, the story's own first unit gets after a headline. Before, the headline was
read as the scene and the story as one Action, "no Result found"; after a hedged headline ("I
think the outcome I'm proudest of is...") the scene and the task were read as Actions, "no
Situation found" (breaker16 D23). "It was my project from the first plan to the last..." is the
speaker's Task. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you owned from the very start to the finish."
DENTAL = (
    " At a dental practice group in Leeds I led the move from our old booking system to a new "
    "one. It was my project from the first plan to the last diary. I moved the practices over "
    "one at a time, smallest first, I had the receptionists check every booking against the old "
    "diary the next morning, and I kept the old system open to read for a month."
)
PHARMACY = (
    " At a pharmacy chain in Halifax I ran the switch from paper prescriptions to an electronic "
    "record. It was my project from the first plan to the last store. I moved the stores over in "
    "six waves, I had each pharmacist check twenty records by hand after every wave, and I kept "
    "the paper files for a month in case we had to go back."
)


@pytest.mark.parametrize(("headline", "story"), [
    ("We didn't lose a single booking during the move.", DENTAL),
    ("Not one patient lost an appointment during the move.", DENTAL),
    ("We didn't lose a single prescription during the switch.", PHARMACY),
    ("Nobody lost a prescription during the switch.", PHARMACY),
    ("I think the outcome I'm proudest of is that we didn't lose a single prescription during the"
     " switch, even though we moved about ninety thousand patient records.", PHARMACY),
])
def test_a_negative_headline_is_the_result_and_the_story_has_its_scene(
    headline: str, story: str
) -> None:
    analysis = analyze_answer(Transcript.from_text(headline + story), question=QUESTION,
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert labels[0] == ("R", headline), labels
    assert labels[1][0] == "S" and labels[1][1].startswith("At a "), labels
    assert labels[2][0] == "T" and labels[2][1].startswith("It was my project"), labels
    assert labels[3][0] == "A", labels
    for flaw in ("no_result", "no_situation", "no_task"):
        assert flaw not in analysis.flaw_codes, analysis.flaw_codes
