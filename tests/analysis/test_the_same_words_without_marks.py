"""The same answer scores the same with or without punctuation (what the pocketsphinx fallback
gives): a clause opening on "I have <done>" starts a new part as "I <did>" does, and "after
three months" opens how it turned out (breaker14 B19: a non-native story lost its Task and an
action, 91 -> 82). Answers of our own."""

from __future__ import annotations

import re

from tests.support.answers import typed_to

QUESTION = "Tell me about something you improved at work without being asked to."
ANSWER = (
    "In my last job in a bakery in Graz we had the problem that the bread rolls came out too "
    "dark on the bottom, around 40 trays per week. I was responsible as oven leader to fix "
    "this. I have cleaned the oven sensors, I have moved the trays one shelf higher and I have "
    "written a short checklist for the night bakers. After two weeks we had only 5 dark trays "
    "per week."
)


analyse = typed_to(QUESTION, question_kind="behavioral")


def test_unpunctuated_scores_as_punctuated() -> None:
    bare = re.sub(r"[.,;:!?]", "", ANSWER.lower())
    marked, plain = analyse(ANSWER), analyse(bare)
    assert [s.label for s in plain.star.segments] == ["S", "T", "A", "R"], [
        (s.label, s.text) for s in plain.star.segments]
    assert plain.score == marked.score
