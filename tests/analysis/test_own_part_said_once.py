"""The speaker's part told with one "I" and several verbs, and a missing part that is no missing
occasion (breaker11 D3 and D8; issue 13, items 2 and 3). Every answer here is our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a piece of work you owned from start to finish."


def _codes(text: str) -> list[str]:
    return [flaw.code for flaw in analyze_answer(Transcript.from_text(text),
                                                 question=QUESTION).star.flaws]


def test_one_i_with_three_verbs_and_the_company_as_we_is_not_we_not_i() -> None:
    # "with our", "for us" and "so we were" tell no team deed; "drafted… costed… and sent"
    # share one "I".
    text = (
        "We kept the school meals contract. The council had put all twelve school kitchens out "
        "to tender, and as catering manager the bid was mine to write. I drafted the menus "
        "with our two head cooks, costed every dish against our suppliers' prices, and sent "
        "it in a week early so we were first in the queue and we had time for questions. The "
        "council said the menu tasting was what won it."
    )
    assert "we_not_i" not in _codes(text)


def test_a_team_story_with_one_i_still_asks_for_the_own_part() -> None:
    text = (
        "Our warehouse kept losing pallets between the dock and the racks. I was on the night "
        "shift. We counted every pallet twice, we painted lanes on the floor, we bought "
        "handheld scanners and we checked each lane at midnight, and after two months the "
        "losses stopped."
    )
    assert "we_not_i" in _codes(text)


def test_a_measured_change_without_a_deed_is_no_action_not_no_occasion() -> None:
    # What is missing is what the speaker did, not a real occasion: the figures are one.
    text = (
        "My goal was to stop the night buses leaving late from the depot. I was the depot "
        "controller with eight drivers on nights. Late departures had put two routes on "
        "warning from the transport authority. Late departures went from 30 percent to 4 "
        "percent in three months and both warnings were lifted."
    )
    codes = _codes(text)
    assert "vague" not in codes
    assert "no_action" in codes


def test_own_deeds_before_a_vague_closing_ask_for_the_result_not_for_detail() -> None:
    text = (
        "Our operations director was unhappy with the weekly stock report my team produced, "
        "she said it came too late to be useful. I was the stock control lead so it was on "
        "me. I mapped every step of the weekly count with my two planners and cut out the "
        "manual copy into spreadsheets by building the report straight from the scanners. It "
        "was a good learning experience for all of us."
    )
    codes = _codes(text)
    assert "vague" not in codes
    assert "no_result" in codes
