"""The analysis on what real recognizers write: Whisper's punctuated text and pocketsphinx's
lower-case words with no punctuation at all, both from the same spoken answer."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.tokens import has_punctuation, tokenize
from simulator.speech.stt import default_recognizer
from tests.support.speech import flite_clip

ANSWER = (
    "When I was working in a busy hotel kitchen, the breakfast orders were always late on "
    "Sundays. My job was to get every plate out within ten minutes. I moved the toast and eggs "
    "to one station, and I started prepping the fruit the night before. As a result, the "
    "average wait dropped from twenty minutes to eight, and the manager kept the new layout."
)
QUESTION = "Tell me about a time you improved a process."

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("engine", ["faster-whisper", "pocketsphinx"])
def test_spoken_answer_keeps_its_structure_through_the_recognizer(
    engine: str, tmp_path: Path
) -> None:
    clip = flite_clip(ANSWER, tmp_path)
    transcript = default_recognizer(engine).transcribe(clip)
    tokens = tokenize(transcript)
    assert len(tokens) > 40
    if engine == "pocketsphinx":
        assert not has_punctuation(tokens)  # pauses and markers must carry the split
    analysis = analyze_answer(transcript, question=QUESTION)
    segments = analysis.star.segments
    labels = [s.label for s in segments]
    assert {"A", "R"} <= set(labels), (labels, transcript.text)
    assert labels.index("A") < len(labels) - 1 - labels[::-1].index("R")
    for before, after in pairwise(segments):
        assert before.end_char <= after.start_char
        assert before.end is not None and after.start is not None
        assert before.end <= after.start + 0.05
    assert analysis.timing.wpm is not None and 100 < analysis.timing.wpm < 260
    assert analysis.timing.duration_s == pytest.approx(clip.duration_s, abs=1.5)
    assert analysis.star.parts["A"].seconds is not None and analysis.star.parts["A"].seconds > 2
