"""An opening that sets the scene is not "the result first", even when it holds a figure
(breaker6 D10: "In my internship at a retail chain I noticed the weekly sales report double
counted online returns…" got "You opened with the result, a headline first"). An answer that
does open on its outcome keeps the note."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

HEADLINE_TIP = "You opened with the result"
QUESTION = "Tell me about a time you solved a difficult problem at work."

# A sales analyst, run-on, the loss is the scene that sets the story off.
LOSS = (
    "So in 2021 we lost three big clients in one quarter, revenue dropped by 20 percent and my "
    "boss asked me to find out why. I called every client who left and I made a list of the "
    "reasons. I redesigned the onboarding with the team. Next year we kept all of the new "
    "clients."
)
# A cleaner's supervisor, non-native, a complaint with a figure opens it.
COMPLAINT = (
    "In my company a big hotel customer complained that 15 rooms in one week were not ready at "
    "check in time. I was supervisor for that hotel. I changed the order of the floors, I put "
    "two cleaners only for the late check-outs and I checked every room myself for two weeks. "
    "After that the hotel had no rooms late and they signed again for next year."
)
# A van driver who does open on the outcome.
OUTCOME = (
    "In the end every parcel went out on time that Christmas and the depot got the best score "
    "in the region. The sorter broke on the 20th, I was the lead driver on shift. I split the "
    "routes by postcode with the manager and I drove the two longest ones myself."
)


@pytest.mark.parametrize("text", [LOSS, COMPLAINT])
def test_a_scene_with_a_figure_is_not_praised_as_a_headline(text: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert analysis.order == "story"
    assert not any(HEADLINE_TIP in tip for tip in analysis.tips)


def test_an_answer_that_opens_on_its_outcome_keeps_the_note() -> None:
    analysis = analyze_answer(Transcript.from_text(OUTCOME), question=QUESTION)
    assert analysis.order == "result_first"
    assert any(HEADLINE_TIP in tip for tip in analysis.tips)
