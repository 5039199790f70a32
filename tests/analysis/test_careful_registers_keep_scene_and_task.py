"""Formal and careful registers keep their scene and their task (breaker16 D14). A sentence that
names the example before telling it ("I would characterise the most consequential disagreement
of my career as one concerning evidence...") is not where the story opens: the sentence after
it, on where it was ("At the hydrology section of a national research institute in
Utrecht..."), is the scene, as an answer's first sentence would be. Before, the two were read
as a headline and an aside, and the task after them as the scene. "I owned that export." and
"...sorting it out was fully my responsibility" are the speaker's Task. Answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

ACADEMIC = (
    "I would characterise the most consequential disagreement of my career as one concerning "
    "evidence rather than temperament. At the hydrology section of a national research "
    "institute in Utrecht, a senior modeller and I held opposing views as to whether the flood "
    "model should be recalibrated on the recent decade or on the full record overall. As the "
    "scientist responsible for the model's calibration, the decision was formally mine, although "
    "his reputation in the field was considerably greater. I proposed that we test both "
    "calibrations against the three largest floods on record, I ran the comparison myself over "
    "three weeks, and I presented the results jointly with him to the programme board, taking "
    "care to state his position fairly. The comparison showed that the recent-decade calibration "
    "missed the largest flood peak by forty centimetres; the board kept the full record, and my "
    "colleague subsequently co-authored the methods note with me."
)


def test_a_sentence_naming_the_example_then_the_scene() -> None:
    analysis = analyze_answer(Transcript.from_text(ACADEMIC),
                              question="Tell me about a time you disagreed with a colleague.",
                              question_kind="behavioral")
    labels = [(s.label, s.text[:40]) for s in analysis.star.segments]
    assert [label for label, _ in labels][-4:] == ["S", "T", "A", "R"], labels
    assert labels[-4][1].startswith("At the hydrology section"), labels
    assert labels[-3][1].startswith("As the scientist responsible"), labels
    assert analysis.order == "story"


@pytest.mark.parametrize(("duty", "answer"), [
    ("I owned that export.",
     "Last spring at a payroll firm in Lyon our nightly export to the banks failed about once a "
     "week. I owned that export. I traced every failure back to a timeout in one bank's server, I "
     "moved our run forty minutes earlier, and I added an alert that paged me before the cut-off. "
     "After that we had one failed export in six months."),
    ("Since every parcel with a wrong postcode would come back to us after two days, sorting it "
     "out was fully my responsibility.",
     "At our parcel depot in Kandy the label printer started putting the wrong postcodes on about "
     "one parcel in ten during the Christmas rush. Since every parcel with a wrong postcode would "
     "come back to us after two days, sorting it out was fully my responsibility. I stopped the "
     "printer, I checked the last two hundred labels by hand with two of the packers, and I rang "
     "the software company to roll back the update from that morning. We sent every parcel out "
     "that evening, and we did not have a single wrong postcode for the rest of the season."),
])
def test_a_duty_said_carefully_is_the_task(duty: str, answer: str) -> None:
    analysis = analyze_answer(Transcript.from_text(answer),
                              question="Tell me about a problem you fixed at work.",
                              question_kind="behavioral")
    labels = [(s.label, s.text) for s in analysis.star.segments]
    assert ("T", duty) in labels, labels
    assert [label for label, _ in labels] == ["S", "T", "A", "R"], labels
