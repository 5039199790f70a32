"""A scene and the task told in one sentence, the task after the speaker's role ("..., and as
the planner it was on me to...") is both parts (breaker9 D5): the whole sentence was read as
the Task, "Situation missing" was reported and its evidence was the scene itself. New answers of
our own in other jobs and registers."""

from __future__ import annotations

import pytest

from tests.support.answers import typed

QUESTION = "Tell me about a time a colleague was not pulling their weight."

# Polished, a hotel kitchen.
KITCHEN = (
    "At a hotel kitchen in Bath our pastry cook kept leaving the cold room unlabelled at the "
    "end of his shift, and as the new sous chef I had to make sure the morning team could "
    "trust every tray. I asked him for a coffee and he told me he never got a handover sheet. "
    "I printed one and taped it to the cold room door. Within a fortnight every tray had a "
    "label and the waste from mystery trays went from about a bin a week to nothing."
)
# Non-native, a bus depot, no comma before the task.
DEPOT = (
    "In our bus depot in Brno one driver was always coming late for the first departure and "
    "as the only dispatcher on mornings it was up to me to get the 5:40 bus out on time. I "
    "talked with him alone and he told me his tram was cancelled many times. I gave him the "
    "second departure and I moved a driver who lives near the depot to the first. After that "
    "the first bus left on time every day for three months."
)


@pytest.mark.parametrize("answer", [KITCHEN, DEPOT], ids=["polished", "non-native"])
def test_the_scene_before_the_role_is_the_situation(answer: str) -> None:
    analysis = typed(answer, QUESTION)
    first, second = analysis.star.segments[:2]
    assert (first.label, second.label) == ("S", "T")
    assert second.text.startswith("and as the")
    assert all(analysis.star.parts[p].present for p in "STAR")
    assert "no_situation" not in analysis.flaw_codes
    assert not any("context" in tip for tip in analysis.tips)
