"""Tips found wrong by running the weak answers of dev1-7 through `interview-sim analyze`: a tip
that asks for what the answer has, or praises what it does not do. Each answer here is new."""

from __future__ import annotations

import pytest

from tests.support.answers import typed as _analysis

CONTEXT_TIP = "Open with one or two sentences of context"


def test_a_self_description_is_no_headline() -> None:
    # A council worker, chatty: the opening says what they are like, not how it ended.
    said = (
        "Right so teamwork, yeah. I'd say I'm a proper team player, always was, even at school. "
        "At the depot we had the new bin rounds coming in and loads of meetings about it. I "
        "helped where I could, took the notes sometimes, and in the end the rounds started."
    )
    analysis = _analysis(said, "Tell me about a time you worked as part of a team.")
    assert analysis.order == "story"
    assert not any(tip.startswith("You opened with the result") for tip in analysis.tips)


@pytest.mark.parametrize("said", [
    # A lab assistant, second language: where and when are in the first sentence.
    "I put wrong patient sticker on two tubes in the lab once. I see it myself before results "
    "go out, I tell my supervisor and we take new samples same day. After that I check sticker "
    "against the form two times.",
    # A receptionist, present-tense scene.
    "So my colleague is off sick and her rota is due at nine, and nobody else knows the system. "
    "I stay late, I finish it and I send it to the manager, and she is happy with it.",
])
def test_no_tip_asks_for_context_the_first_sentence_gives(said: str) -> None:
    analysis = _analysis(said, "Tell me about a time you made a mistake.")
    assert "no_situation" not in analysis.flaw_codes
    assert not any(tip.startswith(CONTEXT_TIP) for tip in analysis.tips)


def test_no_occasion_is_asked_for_the_scene_not_more_detail() -> None:
    # A trainee chef, run-on, in the present and never one time.
    said = (
        "in a kitchen the pressure is there all the time so the trick is you prep everything "
        "before service and you keep your station clean and you listen to the head chef and you "
        "call back every order so nothing gets lost and that is how a good kitchen runs"
    )
    analysis = _analysis(said, "Tell me about a time you worked under pressure.")
    assert analysis.star.flaws[0].code == "vague"
    assert not any("the detail of what you did" in tip for tip in analysis.tips)


def test_how_long_it_went_on_is_no_scene() -> None:
    # A tester, second language, no where and no when: only for how long.
    said = (
        "I work overtime every day for one week, I write the test cases for all new screens and "
        "I ask my friend from other team to review. We deliver on Friday and the customer "
        "accept it with only three small comments."
    )
    analysis = _analysis(said, "Tell me about a time you met a tight deadline.")
    assert "no_situation" in analysis.flaw_codes
