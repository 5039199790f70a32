"""An opening on the story's place or occasion ("At the laundry...", "One Friday night...",
"Last spring...") sets the scene, even when it counts how bad things were ("only half the
sheets came back dry", "forty orders still to pack"): it is never an outcome told first. Such
an opening of a story with no ending was read as the Result told first, so "no Result" was
never said and the tip praised a headline (breaker15 B1). An outcome told first is still read
so. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a problem that kept coming back until you found its real cause."
BODY = (
    " As the shift lead it was my job to fix it. I checked the dryer logs, I cleaned the lint "
    "traps on every machine, and I moved the heavy towels to the two newest dryers."
)


def typed(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)


@pytest.mark.parametrize("opening", [
    "At the hotel laundry only half the sheets came back dry from the first cycle.",
    "At the hotel laundry the dryers kept stopping mid-cycle, some loads came out with only "
    "half the water gone.",
    "One Friday night at the laundry the big dryer broke at ten, with forty bags of towels "
    "still to dry before the breakfast shift.",
    "Last spring at the laundry only sixty percent of loads dried in one cycle.",
])
def test_a_scene_with_a_figure_and_no_ending_has_no_result(opening: str) -> None:
    analysis = typed(opening + BODY)
    assert analysis.star.segments[0].label == "S", analysis.star.segments
    assert not analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" in analysis.flaw_codes


def test_the_same_scene_with_its_ending_keeps_it_at_the_end() -> None:
    analysis = typed("At the hotel laundry only half the sheets came back dry from the first "
                     "cycle." + BODY + " Within a month nine loads in ten dried in one cycle.")
    assert analysis.star.segments[0].label == "S", analysis.star.segments
    assert analysis.star.segments[-1].label == "R"
    assert "no_result" not in analysis.flaw_codes


def test_an_outcome_told_first_is_still_read_so() -> None:
    analysis = typed("Within two months we cut the loads that needed a second cycle from half to "
                     "one in ten." + BODY)
    assert analysis.star.segments[0].label == "R", analysis.star.segments
    assert "no_result" not in analysis.flaw_codes


def test_one_more_deed_at_the_end_is_no_ending() -> None:
    # The scene counts the trouble, and the answer stops on one more deed of the speaker's: no
    # outcome anywhere, so "no Result" is said, and the last deed is an Action.
    analysis = typed(
        "At the hotel laundry the dryers kept stopping mid-cycle, some loads came back with only "
        "ten percent of the water gone. It was my responsibility as the shift lead to make sure "
        "breakfast had its towels. I checked the dryer logs, I saw the lint traps were full, and "
        "I had them cleaned before every shift. I also agreed with the porters to bring the wet "
        "loads down while the dryers were still warm.")
    assert analysis.star.segments[0].label == "S", analysis.star.segments
    assert analysis.star.segments[-1].label == "A", analysis.star.segments
    assert "no_result" in analysis.flaw_codes


def test_news_told_at_a_place_is_still_an_outcome_told_first() -> None:
    analysis = typed(
        "At the hospital they said it was a broken wrist and because we had kept it still it "
        "healed in five weeks. She came back to work after a month. I was the first aider on the "
        "warehouse floor that day when a picker fell from a ladder. It was my job to look after "
        "her until the ambulance came. I kept her arm still, I sent someone to the gate to meet "
        "the crew and I wrote down the time she fell.")
    assert analysis.star.segments[0].label == "R", analysis.star.segments
    assert "no_result" not in analysis.flaw_codes


def test_a_story_run_on_in_one_sentence_keeps_its_ending() -> None:
    analysis = typed(
        "so at the call centre we had this big backlog for the energy regulator, and we were "
        "behind, like two weeks behind, and so we split the queue, we moved the easy cases to "
        "the new starters, we did some extra shifts, and we had a tally on the wall, and the "
        "team leads were brilliant, and in the end we cleared the backlog and the regulator "
        "closed the complaint, so it was a real team effort")
    assert analysis.star.parts["R"].present, analysis.star.segments
    assert "no_result" not in analysis.flaw_codes


def test_one_more_deed_then_the_outcome_is_still_the_result() -> None:
    analysis = typed(
        "At the hotel laundry the dryers kept stopping mid-cycle. As the shift lead it was my "
        "job to fix it. I checked the dryer logs and I cleaned the lint traps on every machine. "
        "I asked the porters to bring the wet loads down earlier. They brought every load down "
        "by six and the breakfast shift had its towels on time all month.")
    assert analysis.star.segments[-1].label == "R", analysis.star.segments
    assert "no_result" not in analysis.flaw_codes
