"""An ending that only tells how big the work was or how it felt is no Result: "All in all it
was about nine thousand pallets, twelve of us and four long nights" counts what went in, and
"one of the hardest weeks of my career, but the team was happy to have a routine and everybody
pitched in" tells the effort and the spirit. Both were read as the Result, so "Result missing"
was not said (held10, dev10, dev11). An ending that counts the work and then tells what came of
it keeps its Result. New answers of our own: terse notes and a non-native carer."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time you handled a heavy workload."

NOTES = (
    "Warehouse stock count at year end, two sites, and the auditors were coming on the third of "
    "January.\nMy job: finish the count before they came.\nSplit the floor into zones, paired "
    "the new staff with the old hands, scanned every pallet twice.\n"
)
SIZE_ONLY = NOTES + (
    "All in all it was about nine thousand pallets, twelve of us and four long nights."
)
SIZE_AND_OUTCOME = (
    NOTES + "In total it took four nights, and the auditors signed the count off with no "
    "corrections."
)
CARER = (
    "Last winter in the care home where I am senior carer, three of the carers had the flu in "
    "the same week and we had twenty-six residents. I had to make sure every resident still got "
    "washed, fed and the medicines on time. I changed the rota so the strongest carers did the "
    "mornings, I asked the kitchen to help with the breakfasts and I did the medicine round "
    "myself two times a day. For me it was one of the hardest weeks of my career, but the team "
    "was happy to have a routine and everybody pitched in."
)


def told(text: str) -> str:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    return "".join(p for p in "STAR" if analysis.star.parts[p].present)


def test_the_size_of_the_work_is_no_result() -> None:
    assert told(SIZE_ONLY) == "STA"


def test_the_effort_and_the_spirit_are_no_result() -> None:
    assert told(CARER) == "STA"


def test_the_size_then_an_outcome_keeps_the_result() -> None:
    assert told(SIZE_AND_OUTCOME) == "STAR"
