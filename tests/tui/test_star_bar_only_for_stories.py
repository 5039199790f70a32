"""The room's STAR bar agrees with the card and the export: on a question that asks for no story
("tell me about yourself", why are you leaving) it says "not a STAR answer" instead of parts
with "Task missing", and the words are not coloured as parts (breaker9 D15); a story question
still shows its parts. Real app, real runner, typed answers of our own."""

from __future__ import annotations

import asyncio

import pytest

from simulator.interview.judging import AnalysisRequest, judge
from simulator.speech.stt import Transcript
from simulator.storage.views import NOT_STAR_ANSWER, AnswerView
from simulator.tui.app import make_app
from simulator.tui.widgets.feedback import PartTranscript, StarBar
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room, until

# A tyre fitter about himself: a short arc with one small occasion in it.
ABOUT_ME = (
    "I am a tyre fitter, two years at a busy tyre centre. Last winter I did the van fleet "
    "checks on my own for the first time. Now I want to learn engines, and your workshop "
    "trains its mechanics properly."
)


@pytest.mark.usefixtures("no_audio_devices")
def test_the_room_shows_no_star_parts_on_a_question_that_asks_for_no_story() -> None:
    async def scenario() -> tuple[str, str, str, bool]:
        app = make_app(quiet_parts(), bank_id="culture")
        async with app.run_test(size=(140, 50)) as pilot:
            screen = await typing_in_the_room(pilot)
            assert screen.asked is not None
            kind = screen.asked.question.kind
            await type_answer(pilot, ABOUT_ME)
            bar = screen.query_one(StarBar)
            await until(pilot, lambda: screen.last_turn is not None and bar.note,
                        "the answer's feedback")
            await settled(pilot)
            shown = screen.query_one(PartTranscript)
            coloured = any(span.style for span in shown.render().spans)
            return kind, str(bar.render()), bar.note, coloured

    kind, bar, note, coloured = asyncio.run(scenario())
    assert kind == "about_you"
    assert note == NOT_STAR_ANSWER and bar == NOT_STAR_ANSWER
    assert "missing" not in bar
    assert not coloured


def test_a_why_leaving_answer_has_no_star_parts_to_show_but_a_story_has() -> None:
    def view(text: str, question: str, kind: str) -> AnswerView:
        _, stored = judge(AnalysisRequest(question, kind, None),  # type: ignore[arg-type]
                          Transcript.from_text(text))
        return AnswerView.from_parts(stored, Transcript.from_text(text).to_dict())

    leaving = view("I have learned what the tyre centre can teach me, and I want to work on "
                   "engines, which it does not do.",
                   "Why are you looking to leave your current job?", "motivation")
    story = view("Last winter our tyre centre lost its van fleet contract manager. I did the "
                 "fleet checks myself for a month and the client renewed.",
                 "Tell me about a time you covered for a colleague.", "behavioral")
    assert leaving.has_star and not leaving.star_shown and not leaving.star_bar_parts
    assert leaving.star_note == NOT_STAR_ANSWER
    assert story.star_shown and story.star_bar_parts and story.star_note == ""
