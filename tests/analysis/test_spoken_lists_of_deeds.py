"""Through speech, a list of the speaker's own deeds told in one breath ("I moved the billing to a
shared sheet, wrote to all 63 customers about it, and checked the sheet every Friday") is one
Action, as it is typed: the recognizer's comma after eight words is no sentence end there, and
the tail of the list is not filed as the Result (breaker12 V1)."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript
from tests.support.answers import spoken

QUESTION = "Tell me about a time you improved a process."

# A recognizer's transcript: the figures as digits, the list of deeds joined by its commas.
INVOICES = (
    "I run the office for a builder in Cork. Invoices were going out weeks late. My job was to "
    "speed that up. I moved the billing to a shared sheet, wrote to all 63 customers about it, "
    "and checked the sheet every Friday. We were paid 12 days sooner on average."
)
LIST = ("I moved the billing to a shared sheet, wrote to all 63 customers about it, and checked "
        "the sheet every Friday.")


def parts(transcript: Transcript) -> dict[str, str]:
    analysis = analyze_answer(transcript, question=QUESTION)
    told: dict[str, str] = {}
    for segment in analysis.star.segments:
        told[segment.label] = (told.get(segment.label, "") + " " + segment.text).strip()
    return told


def test_a_spoken_list_of_own_deeds_stays_in_the_action() -> None:
    told = parts(spoken(INVOICES))
    assert told["A"] == LIST, told
    assert told["R"] == "We were paid 12 days sooner on average.", told


def test_the_spoken_list_scores_as_the_typed_one() -> None:
    heard = analyze_answer(spoken(INVOICES), question=QUESTION)
    typed = analyze_answer(Transcript.from_text(INVOICES), question=QUESTION)
    assert heard.score == typed.score, (heard.points_why, typed.points_why)


def test_a_list_after_someone_elses_clause_is_still_cut() -> None:
    # Not the speaker's list: "the manager asked ..." opens the unit, so its comma after eight
    # words still ends a spoken sentence, as before.
    answer = (
        "I run the office for a builder in Cork. Invoices were going out weeks late. The manager "
        "asked me to speed it up before the summer, moved the billing to a shared sheet himself, "
        "and left the rest to me. We were paid 12 days sooner on average."
    )
    told = parts(spoken(answer))
    assert "moved the billing" not in told.get("R", ""), told
