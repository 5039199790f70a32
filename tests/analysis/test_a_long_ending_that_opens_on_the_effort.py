"""An ending that opens on the effort ("It took about forty minutes on the phone") and goes on to
tell what came of it in plain events is the Result: only an ending that tells nothing but the
size of the work is no Result (answer._EFFORT_ONLY). New answers of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

LONG_ENDING = (
    "I run the evening desk at a small taxi firm. One Friday a regular customer was stranded at "
    "the station after his train was cancelled and he was shouting at my driver. I'm the one "
    "who decides whether a fare goes ahead, so it was my call. I told the driver to wait, rang "
    "the customer myself and offered him the next car at the normal price. All in all it took "
    "about forty minutes of talking. He handed the phone to his wife and drove home. The next "
    "week he came in, a bit quiet, and gave the driver a few pounds."
)


def test_an_ending_that_goes_on_past_the_effort_is_the_result() -> None:
    analysis = analyze_answer(Transcript.from_text(LONG_ENDING),
                              question="Tell me about a time you calmed an angry customer.")
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes
