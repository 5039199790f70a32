"""A result measured in other words than "from X to Y" is a number: a share of the days set
against the week before, a day ahead of schedule, errors brought to 0, a count set against last
year's, how late it still was, none missed, what was collected. Each lost 5 points for "the
result has no number" and its tip asked for one (breaker11 D7). Plain scene shares ("two of the five
nurses were off sick") stay no measure. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.answer import NO_NUMBER_WHY
from simulator.analysis.flaws import measured
from simulator.analysis.follow_up import judge_follow_up
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved a process."
DEPOT = (
    "Last autumn I was a shift supervisor at a parcel depot in Coventry, and our morning vans "
    "kept leaving late because the loading plan came out after the drivers arrived. I was asked "
    "to get the vans out on time before the Christmas peak. I moved the plan to the night "
    "before, I put a printed bay list on each loading door, and I stood at the doors myself for "
    "the first week to answer questions. {outcome}"
)


@pytest.mark.parametrize(
    "outcome",
    [
        "By the second week the vans left on time on four days out of five, against one day "
        "the week before.",
        "By the second week the vans left on time on four of five days, compared with one day "
        "before.",
        "The first peak delivery went out a day ahead of schedule.",
        "Within a month mis-loaded parcels went to 0.",
        "Over the peak we sent out only six parcels to the wrong door, compared to around "
        "fifty the year before.",
        "On the first peak morning the last van left only ten minutes late.",
        "Eight of the nine vans left within an hour of schedule.",
        "By Christmas we had no missed collections for the whole month.",
        "The drivers collected almost two tonnes of returns for the charity shop in December.",
    ],
    ids=["days-out-of-against", "of-compared", "day-ahead", "went-to-0", "compared-to-around",
         "minutes-late", "within-of-schedule", "no-missed", "collected"],
)
def test_a_result_measured_in_other_words_has_its_number(outcome: str) -> None:
    analysed = analyze_answer(Transcript.from_text(DEPOT.format(outcome=outcome)),
                              question=QUESTION)
    assert analysed.star.parts["R"].present
    assert all(reason.why != NO_NUMBER_WHY for reason in analysed.points_why), (
        analysed.points_why)
    assert not any("number for the result" in tip for tip in analysed.tips), analysed.tips
    # The reply to "Do you have a number for that?" is judged by the same words.
    assert judge_follow_up(Transcript.from_text(outcome), "no_metrics").gives


@pytest.mark.parametrize(
    "scene",
    ["two of the five nurses were off sick that week",
     "the team had a day of training in march"],
)
def test_a_share_or_a_day_in_the_scene_is_no_measure(scene: str) -> None:
    assert not measured(scene)
