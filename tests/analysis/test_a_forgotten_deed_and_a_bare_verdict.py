"""Saying you do not remember what was done tells no Action, and a verdict with nothing to check
is no headline to praise (breaker14 B13). Answers of our own."""

from __future__ import annotations

from tests.support.answers import typed_to

QUESTION = "Tell me about something you improved at work without being asked to."


analyse = typed_to(QUESTION, question_kind="behavioral")


def test_not_remembering_the_actions_is_no_action() -> None:
    analysis = analyse(
        "Two winters ago the boiler room at our school flooded after every heavy storm. As the "
        "site manager, keeping it dry was my job. I can't really remember what we did about it. "
        "By the spring the room stayed dry through every storm.")
    assert not analysis.star.parts["A"].present, [
        (s.label, s.text) for s in analysis.star.segments]
    assert "no_action" in analysis.flaw_codes


def test_remembered_actions_still_count() -> None:
    analysis = analyse(
        "Two winters ago the boiler room at our school flooded after every heavy storm. As the "
        "site manager, keeping it dry was my job. I cleared the outside drain, I fitted a small "
        "pump and I sealed the door frame. By the spring the room stayed dry through every storm.")
    assert analysis.star.parts["A"].present
    assert "no_action" not in analysis.flaw_codes


def test_a_bare_verdict_first_is_no_headline() -> None:
    analysis = analyse("It all went really well in the end and the whole team was pleased. "
                       "My supervisor told me it was excellent work.")
    assert analysis.order == "story"
    assert not any("headline first" in tip for tip in analysis.tips)


def test_a_checkable_outcome_first_is_still_a_headline() -> None:
    analysis = analyse(
        "We cut the boiler room's flood days from six a winter to none. Two winters ago it "
        "flooded after every heavy storm, and as the site manager keeping it dry was my job. I "
        "cleared the outside drain, I fitted a small pump and I sealed the door frame.")
    assert analysis.order == "result_first"


def test_a_deed_told_beside_what_is_forgotten_still_counts() -> None:
    analysis = analyse(
        "Two winters ago the boiler room at our school flooded after every heavy storm. As the "
        "site manager, keeping it dry was my job. I don't remember exactly what we did first, "
        "but I rang the council twice and I had the drain cleared. By the spring the room stayed "
        "dry through every storm.")
    assert analysis.star.parts["A"].present
