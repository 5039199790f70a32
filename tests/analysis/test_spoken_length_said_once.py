"""A spoken answer's length is judged by its words at a usual pace (a brisk speaker is not short
for saying the same story faster), while the timing line shows the seconds measured. The tip
gave only the first ("About 44 s of speech at a usual pace") beside a timing line of "33 s", two
lengths for one answer with nothing to tie them. The tip now says both."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript, Word

# A courier supervisor, quick and clipped, recorded: 84 words in 28 seconds.
STORY = (
    "last spring our van fleet kept missing the noon slot for the hospital pharmacy so i was "
    "asked to sort it before the audit i moved two drivers to an early start i split the "
    "pharmacy drops into their own round and i rang the ward clerks every morning that week "
    "so they knew when we were coming in the end all twelve drops landed before eleven every "
    "day and the audit passed first time with no notes at all"
)


def test_the_length_tip_of_a_spoken_answer_names_the_seconds_measured() -> None:
    tokens = STORY.split()
    step = 28.0 / len(tokens)
    words = tuple(Word(t, i * step, (i + 1) * step) for i, t in enumerate(tokens))
    spoken = Transcript(STORY, words, engine="faster-whisper", model="tiny.en", duration_s=28.0)
    analysis = analyze_answer(spoken, question="Tell me about a time you fixed a process.")
    measured = analysis.timing.duration_s
    assert measured is not None and round(measured) == 28
    (tip,) = [tip for tip in analysis.tips if "s target" in tip]
    assert f"said in {measured:.0f} s" in tip, tip
    assert f"About {analysis.timing.said_s:.0f} s of speech at a usual pace" in tip, tip
