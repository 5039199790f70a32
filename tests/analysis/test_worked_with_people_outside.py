"""The people a story works with may be outside the team: a vendor made to pull the logs, a
helpdesk booked to patch a server, a scaffolding firm persuaded to send an inspector,
subcontractors emailed the new times (breaker16 D7, breaker15 B18: the hiring manager still said
"say how you worked with the people around you", the peer "say who you worked with and how").
Any deed of the speaker's done to another person speaks to those themes; a story with no one in
it but the speaker and the machines still does not. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.interview.personas import load_personas
from simulator.speech.stt import Transcript

QUESTION = "Describe a problem you noticed that was nobody's job. What did you do?"

VENDOR = (
    "At a dental practice in Hull the booking system went down every Monday morning. As the "
    "practice systems lead it was mine to sort out. I had the software vendor pull the server "
    "logs, I booked the helpdesk to patch it on a Sunday night, and I wrote the receptionists a "
    "one-page note on what to do if it froze again. It has not gone down on a Monday since March."
)
SCAFFOLD = (
    "On a building site in Cork the scaffold inspections kept slipping behind. I was the site "
    "coordinator so the schedule was mine. I persuaded the scaffolding firm to send an inspector "
    "every Friday, I put the inspection slots on the board in the canteen, and I emailed the "
    "subcontractors the new times each week. We had no missed inspection for the rest of the job."
)
ALONE = (
    "At a water treatment works in Derby the filters kept clogging every fortnight. The "
    "maintenance plan was mine. I cleaned the filters, I replaced the worn pump seals, and I "
    "checked them every morning for a month. The clogging stopped and the filters now last "
    "three months."
)
THEMES = {"hiring-manager": ("Fit with the team", "say how you worked with the people"),
          "peer": ("Collaboration", "say who you worked with")}


def _fit(persona: str, text: str):  # type: ignore[no-untyped-def]
    audience = load_personas().get(persona).audience
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION, audience=audience)
    assert analysis.audience_fit is not None
    return analysis


@pytest.mark.parametrize("persona", sorted(THEMES))
@pytest.mark.parametrize("story", [VENDOR, SCAFFOLD],
                         ids=["vendor-helpdesk", "firm-subcontractors"])
def test_getting_people_outside_the_team_to_act_is_working_with_people(
    persona: str, story: str
) -> None:
    label, advice = THEMES[persona]
    analysis = _fit(persona, story)
    assert label in analysis.audience_fit.spoken_to
    assert not any(advice in tip for tip in analysis.tips), analysis.tips


@pytest.mark.parametrize("persona", sorted(THEMES))
def test_a_story_with_no_one_else_in_it_is_still_asked_for_the_people(persona: str) -> None:
    label, advice = THEMES[persona]
    analysis = _fit(persona, ALONE)
    assert label not in analysis.audience_fit.spoken_to
    assert any(advice in tip for tip in analysis.tips), analysis.tips


def test_shutting_someone_out_is_not_working_with_them() -> None:
    blamed = (
        "At a dental practice in Hull the booking system went down every Monday morning. As the "
        "practice systems lead it was mine to sort out. I blamed the software vendor, I ignored "
        "the helpdesk, and I rebuilt the server myself over a weekend. It has not gone down on a "
        "Monday since March."
    )
    analysis = _fit("hiring-manager", blamed)
    assert "Fit with the team" not in analysis.audience_fit.spoken_to
