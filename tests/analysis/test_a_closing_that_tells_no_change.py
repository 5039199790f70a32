"""A story that ends, after its last action, on something other than a change tells no outcome:
the speaker's own feelings about the work ("I felt so proud of myself that evening"), a saying
("back home we say the river does not hurry, but it reaches the sea"), the hours the work took
("It took me about two hundred hours over the winter") or its size ("It was a massive job").
Each was read as the Result and "Result missing" was never said (held16, held15, held13, dev15,
dev11, held10). The interviewer's next question is how it turned out. Told after an outcome,
the outcome is still the Result. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.answer import missing_part_probe_code
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you took on something new at work."

STORY = (
    "I was a pharmacy technician at a hospital in Kumasi, and every ward still ordered its "
    "medicines on paper slips that came down twice a day. The chief pharmacist asked me to "
    "move the two surgical wards onto the new ordering screens before the end of the year. I "
    "sat with the night nurses on both wards for a week to see how they ordered, I wrote a "
    "one-page guide with pictures of each screen, and I trained the ward clerks myself in the "
    "afternoons. "
)
FEELING = "I felt really proud of myself that night, I felt like this is why I do this work."
JOY = "Honestly it made me so happy, it was a big confidence boost for me."
SAYING = (
    "Back home we say the river does not hurry, but it reaches the sea. That is what I believe "
    "about new systems in a hospital."
)
HOURS = (
    "It took me about two hundred hours over the winter, mostly evenings, and my sister still "
    "teases me about it."
)
SIZE = "It was a massive job for one technician."
OUTCOME = (
    "By March both wards ordered everything on the screens, and the missing-dose reports on "
    "surgery fell from about twelve a month to two. "
)


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


@pytest.mark.parametrize("closing", [FEELING, JOY, SAYING, HOURS, SIZE])
def test_a_closing_with_no_change_leaves_the_result_missing(closing: str) -> None:
    analysis = typed(STORY + closing)
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert analysis.star.parts["A"].present
    assert "no_result" in analysis.flaw_codes
    # The probe asks how it turned out, not for a number.
    assert missing_part_probe_code(analysis) == "no_result"


@pytest.mark.parametrize("closing", [FEELING, JOY, SAYING, HOURS, SIZE])
def test_an_outcome_before_the_closing_is_still_the_result(closing: str) -> None:
    analysis = typed(STORY + OUTCOME + closing)
    results = " ".join(s.text for s in analysis.star.segments if s.label == "R")
    assert "By March both wards ordered everything" in results, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
