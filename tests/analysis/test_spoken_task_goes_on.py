"""Through speech, a short task clause goes on past the recognizer's comma ("My job that week was
to get the whole order packed and out, all 300 boxes, before the Friday van."): the part after
the comma is more of the task, not the first Action, as it is typed. A new clause after the
comma ("..., so I rang the printer") still ends it."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript
from tests.analysis.test_spoken_lists_of_deeds import spoken

QUESTION = "Tell me about a time you worked to a tight deadline."

PRINT_SHOP = (
    "I was working in the dispatch office of a print shop in Leicester. A school had ordered its "
    "yearbooks late. My job that week was to get the whole order packed and out, all 300 boxes, "
    "before the Friday van. I moved two printers onto the job, packed with the night shift and "
    "booked a second van. Every box left on Thursday afternoon."
)
CARE_HOME = (
    "I run a small kitchen in a care home in Wigan. The cook fell ill on the morning of the "
    "summer fair. It was on me to get lunch on for the residents and the fair, about 90 plates, "
    "by twelve. I cut the menu to two dishes, asked a carer to do the puddings and started the "
    "roast at seven. Every plate went out by ten past twelve."
)


def told(transcript: Transcript) -> dict[str, str]:
    analysis = analyze_answer(transcript, question=QUESTION)
    parts: dict[str, str] = {}
    for segment in analysis.star.segments:
        parts[segment.label] = (parts.get(segment.label, "") + " " + segment.text).strip()
    return parts


@pytest.mark.parametrize(("answer", "task_ends"), [
    (PRINT_SHOP, "all 300 boxes, before the Friday van."),
    (CARE_HOME, "about 90 plates, by twelve."),
])
def test_the_spoken_task_keeps_what_follows_its_comma(answer: str, task_ends: str) -> None:
    heard = told(spoken(answer))
    assert heard["T"].endswith(task_ends), heard
    assert heard["A"].startswith("I "), heard
    assert heard == told(Transcript.from_text(answer))


def test_a_new_clause_after_the_tasks_comma_still_cuts() -> None:
    answer = PRINT_SHOP.replace(
        "and out, all 300 boxes, before the Friday van. I moved",
        "and out before the Friday van, so I moved")
    heard = told(spoken(answer))
    assert heard["A"].startswith("so I moved"), heard
