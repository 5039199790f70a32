"""The peer's "Handling disagreement" is checked against what the answer does: another
person's view or plan set against the speaker's, and how it was settled. A person named with
who they are between commas ("Ines, the evening sous chef, wanted…") is still the one whose
view it is (breaker13 B8: such a story was told it lacked the other view and the
settlement it told). One with no settlement still misses it. The answers are our own
writing."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.theme_words import told_in_other_words
from simulator.interview.banks import find_question
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

QUESTION = find_question("behavioral/conflict-peer")
THEME = next(t for t in get_persona("peer").audience.themes if t.id == "disagreement")

# A restaurant story: the other plan, the speaker's, and how they settled it.
MENU = (
    "Ines, the evening sous chef, wanted to drop the whole lunch menu to six dishes for the "
    "summer. I ran lunch service, and I thought six was too few for our regulars. I costed "
    "both menus for a week, and we tried eight dishes for a month. Waste fell by a fifth and "
    "she kept the eight for the autumn too."
)
# The same scene with no settlement: the other plan, then only what the speaker did.
NO_SETTLEMENT = (
    "Ines, the evening sous chef, wanted to drop the whole lunch menu to six dishes for the "
    "summer. I ran lunch service. I costed the dishes for a week and I wrote the prep lists "
    "for the new starters. Waste fell by a fifth."
)


def _asks(text: str):  # type: ignore[no-untyped-def]
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION.text,
                              question_kind="behavioral",
                              audience=get_persona("peer").audience)
    assert analysis.audience_fit is not None
    return analysis


def test_the_other_view_told_with_who_they_are_and_a_settlement_is_heard() -> None:
    assert told_in_other_words(THEME.shown_by, MENU)
    analysis = _asks(MENU)
    assert "Handling disagreement" in analysis.audience_fit.spoken_to
    assert THEME.advice not in analysis.tips


def test_no_settlement_still_misses_it() -> None:
    assert not told_in_other_words(THEME.shown_by, NO_SETTLEMENT)
    analysis = _asks(NO_SETTLEMENT)
    assert "Handling disagreement" in {m.label for m in analysis.audience_fit.missed}
