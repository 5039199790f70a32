"""The recruiter says she listens for "answers that stay short", but nothing judged it: a story
twice the length she holds answers to lost a few delivery points and her card never said she
noticed. Her "Short answers" is judged by the answer's length: missed by one over its target
(shown, at no second cost: the length already took its points), spoken to by one within it.
Real persona file."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you turned a struggling team around."

# A site manager, going on and on: a long loop of detail, 300-odd words.
LOOP = (
    "so at the builders merchant in Wrexham the yard team was losing orders every week and i "
    "took it over, and i spent the first month just watching, and i talked to every driver and "
    "every loader one by one, and i wrote down where the time went, the forklifts waiting, the "
    "paperwork done twice, the phones ringing with nobody picking up, "
)
LONG = LOOP * 5 + (
    "In the end we cut the lost orders from twelve a week to two and I kept the same team."
)
SHORT = (
    "At the builders merchant in Wrexham the yard lost about twelve orders a week. I ran the "
    "yard, so fixing it was on me. I timed each step for a month, moved the paperwork to one "
    "desk and put a loader on the phones at peak. Lost orders fell to two a week by spring."
)


def _fit(text: str):  # type: ignore[no-untyped-def]
    analysis = analyze_answer(
        Transcript.from_text(text), question=QUESTION, question_kind="behavioral",
        audience=get_persona("recruiter").audience,
    )
    assert analysis.audience_fit is not None
    return analysis


def test_a_long_story_is_noted_by_the_recruiter_without_a_second_charge() -> None:
    analysis = _fit(LONG)
    missed = {m.id: m for m in analysis.audience_fit.missed}
    assert "brief" in missed and missed["brief"].coached
    assert analysis.score_parts.audience == 0, "the length already cost its points"


def test_a_story_within_her_target_is_heard_as_short() -> None:
    analysis = _fit(SHORT)
    assert "Short answers" in analysis.audience_fit.spoken_to
    assert "brief" not in {m.id for m in analysis.audience_fit.missed}
