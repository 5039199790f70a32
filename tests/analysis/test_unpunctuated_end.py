"""Unpunctuated speech that ends on a subject and an adverb ("... i then") has no verb after
them to start a new sentence with: the cut before "i have <done>" (breaker14 B19) looked one
word past the end (the property test found "i i i i i i i then")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript


@pytest.mark.parametrize("said", [
    "i i i i i i i then",
    "so i i rang and i i waited i then",
])
def test_speech_cut_off_after_i_then_is_analysed(said: str) -> None:
    analysis = analyze_answer(Transcript.from_text(said))
    assert " ".join(s.text for s in analysis.star.segments).split() == said.split()
