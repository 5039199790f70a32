"""What an answer speaks to for a persona, as the analysis judges it (shared by the theme-tip
tests)."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.interview.banks import Question
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript


def audience_fit(
    text: str, question: Question, persona: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(themes spoken to, labels of themes missed) for typed `text` answering `question`, as
    `persona` (an id) hears it."""
    analysis = analyze_answer(
        Transcript.from_text(text),
        question=question.text,
        question_kind=question.kind,
        audience=get_persona(persona).audience,
    )
    assert analysis.audience_fit is not None
    return analysis.audience_fit.spoken_to, tuple(m.label for m in analysis.audience_fit.missed)
