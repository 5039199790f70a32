"""One notion of a measured outcome for an answer and for a reply to "Do you have a number for
that?": money saved, time saved and a score before and after are a number in both, hours of
the day and a budget in neither (issue 13, item 2; breaker10 D5). New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.follow_up import judge_follow_up
from simulator.speech.stt import Transcript

# A complete story whose outcome is measured in money, time saved or a score before and after:
# the answer scorer and the follow-up judge read the same figure as a number (breaker10 D5).
MEASURED_STORY = (
    "Last spring I ran the front office of a dental practice in Graz, and the recall letters "
    "for check-ups went out late every month. My job was to get them out on time. I moved the "
    "letters to the booking system, I wrote one template for each kind of patient, and I set "
    "the system to send them on the first working day. {outcome}"
)
MEASURED_QUESTION = "Tell me about a process you improved."


@pytest.mark.parametrize(
    "outcome",
    [
        "From then on the letters went out nine days early, and the dentists noticed at once.",
        "After that we stopped wasting about three hundred euros a month on postage.",
        "We saved 450 euros on printing in the first quarter alone.",
        "The patients' rating of the booking went from five out of ten to nine.",
    ],
    ids=["time-saved", "money-stopped-wasting", "money-saved-digits", "score-before-after"],
)
def test_money_time_saved_and_a_score_before_and_after_are_a_number(outcome: str) -> None:
    analysed = analyze_answer(Transcript.from_text(MEASURED_STORY.format(outcome=outcome)),
                              question=MEASURED_QUESTION)
    reasons = [reason.why for reason in analysed.points_why]
    assert not any("the result has no number" in why for why in reasons), reasons
    assert not any("how much earlier" in tip for tip in analysed.tips), analysed.tips
    # The same sentence as a reply to "Do you have a number for that?" gives one.
    assert judge_follow_up(Transcript.from_text(outcome), "no_metrics").gives


@pytest.mark.parametrize(
    "reply",
    [
        "Nine days before, two days after.",
        "Before, about twenty minutes a letter; after, two minutes.",
    ],
    ids=["side-by-side", "before-after-rates"],
)
def test_a_before_and_after_side_by_side_is_a_number(reply: str) -> None:
    assert judge_follow_up(Transcript.from_text(reply), "no_metrics").gives


@pytest.mark.parametrize(
    "reply",
    ["The budget for the letters was 300 euros and I had two weeks.",
     "I was at the desk from eight to four every day."],
    ids=["a budget", "working-hours"],
)
def test_money_or_hours_of_the_setting_are_no_number(reply: str) -> None:
    assert not judge_follow_up(Transcript.from_text(reply), "no_metrics").gives
