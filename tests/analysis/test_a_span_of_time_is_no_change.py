"""A span of time or place told with "from … to" is not a measured change (breaker12 V10): "I
studied two hours every morning from 6 to 8, took 14 practice tests and joined a study group"
was filed as the Result, so the answer had no Action of its own and scored 33 typed (87 through
speech, where the recogniser happened to end a sentence). A change is still heard when something
changed ("went from", "cut it from") or a figure carries its unit ("from £40k to £12k")."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer, star
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you worked hard toward a goal."


def _labels(text: str) -> list[tuple[str, str]]:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    return [(s.label, text[s.start_char:s.end_char]) for s in analysis.star.segments]


def test_own_steps_with_a_time_span_are_the_action() -> None:
    text = ("Last spring I was resitting my driving theory after failing it once. I practised on "
            "the bus every evening from 5 to 6, did 30 mock papers and watched the hazard clips "
            "twice a week. I passed in June with 48 out of 50.")
    labels = _labels(text)
    steps = next(label for label, said in labels if "mock papers" in said)
    assert steps == "A"
    assert [label for label, said in labels if "passed in June" in said] == ["R"]


def test_a_journey_from_one_place_to_another_is_no_change() -> None:
    assert star.unit_cue_scores(["I drove the parts from Gdansk to Poznan overnight."])[0]["R"] == 0


@pytest.mark.parametrize("said", [
    "Waiting times went from forty minutes to twelve.",
    "We cut the rejects from 9 to 2 a shift.",
    "The monthly bill came down from £40k to £12k.",
    "Build time from 40 minutes to 12.",
])
def test_a_change_from_one_figure_to_another_is_still_a_result(said: str) -> None:
    assert star.unit_cue_scores([said])[0]["R"] >= 1.4
