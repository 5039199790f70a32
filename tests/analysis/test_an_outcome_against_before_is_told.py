"""An outcome told against how things were before is a Result, however plain its words: a record
against the years before ("which was the first time in six years"), even told first; a state
after the change ("It was fine after that."), where "it was fine" alone is a shrug; a trouble
that stopped ("we never ran out again"); a state that lasts since a date ("That was three
winters ago, and it's still standing", read as the size of the work). Each was reported
missing (held16 row 32, a result-first answer read as its scene; held15 row 20; dev16 and
held11 weak answers given "no Result"). New answers of our own."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.answer import missing_part_probe_code
from simulator.speech.stt import Transcript


def typed(text: str, question: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=question)


RECORD_FIRST = (
    "We signed the new rates with the union, and there was no strike at harvest that year, "
    "which for that estate was the first time in six years. I was the labour officer for a tea "
    "estate in the hills above Munnar, and the pickers and the field supervisors fought over "
    "the piece rates every season, and each side said it would stop the picking if the other "
    "got its way. The general manager gave me one month to settle the rates before picking "
    "started. I did not put them in one room at first. I met the union committee and the "
    "supervisors separately, many times, and I weighed a sample of baskets from every field "
    "with both sides watching. I proposed one rate per kilo for the steep fields and one for "
    "the flat."
)


def test_a_record_against_the_years_before_told_first_is_the_result() -> None:
    analysis = typed(RECORD_FIRST, "Tell me about a time you settled a dispute.")
    assert analysis.star.parts["R"].present, analysis.star.segments
    first = analysis.star.segments[0]
    assert first.label == "R" and "first time in six years" in first.text
    assert "no_result" not in analysis.flaw_codes


FINE_AFTER = (
    "Two of the cooks kept arguing over who cleaned the fryers. I sat them down, gave each one "
    "his own nights, and put the rota on the wall. It was fine after that."
)
NEVER_AGAIN = (
    "The bakery kept running out of flour on Sundays, so I set up a second delivery from "
    "another mill on Saturdays. We never ran out again after that."
)


def test_a_state_after_the_change_is_the_result() -> None:
    analysis = typed(FINE_AFTER, "Tell me about a conflict in your team.")
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
    assert missing_part_probe_code(analysis) != "no_result"


def test_a_trouble_that_never_came_back_is_the_result() -> None:
    analysis = typed(NEVER_AGAIN, "Tell me about a problem you solved.")
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes


def test_a_shrug_is_still_no_result() -> None:
    analysis = typed(
        "Two of the cooks kept arguing over who cleaned the fryers. I sat them down and gave "
        "each one his own nights. It was fine.", "Tell me about a conflict in your team.")
    assert not analysis.star.parts["R"].present, analysis.star.segments


LASTING = (
    "A farmer near Hexham asked me to rebuild the footbridge over his beck, because the old one "
    "had washed out twice in two years. I had to make it last through the spring floods. I dug "
    "the abutments down to the rock, I set the beams a metre higher than the old ones, and I "
    "laid stone aprons so the water could not scour under them. That was three winters ago, and "
    "it's still standing straight."
)


def test_a_state_that_lasts_since_a_date_is_the_result_not_the_size_of_the_work() -> None:
    # "That was three winters ago" counts back to the story; it is no size of the work.
    analysis = typed(LASTING, "Tell me about a job you are proud of.")
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
