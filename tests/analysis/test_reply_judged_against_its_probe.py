"""A reply to a probe judged for what it is, through the path the room and `reanalyze` take
(`judging.judge` with the probe as asked): an outcome told as what the others then did is the
outcome; a persona's "How did you know it had worked?" is answered by a figure or by how it was
checked, not only by "a number"; a bank probe asking what of the other view the speaker came
round to is not answered by the outcome; the figure quoted is the before and after, not a
duration; the persona's "Results" ask is charged once; and a reply to a question that is no
story moves its question's score (breaker8 D1, D2, D9, D10, D19, D20). Every answer and reply
is our own writing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulator.analysis.answer import AUDIENCE_MISS_POINTS
from simulator.analysis.follow_up import COUNTS, judge_follow_up, probe_asks, score_stays
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge, probe_codes
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

# A depot supervisor's change story with no ending.
DEPOT = (
    "At the depot I wanted the drivers to log their deliveries on a phone app instead of the "
    "paper sheets, because sheets kept going missing and invoices were late. Most of the older "
    "drivers were against it. It was my idea, so getting them to use it was my job. I rode "
    "along with three of them, I set the app up with big buttons and only four fields, and I "
    "kept the paper sheet as a backup for the first month."
)
OUTCOME_PROBE = "What was the outcome in the end?"
CHECK_PROBE = "How did you know it had worked?"


def _reply(probe: str, reply: str, first: str = DEPOT, question: str = "behavioral/change-lead",
           persona: str = "hiring-manager"):  # type: ignore[no-untyped-def]
    asker = get_persona(persona)
    request = analysis_request(find_question(question), asker)
    before, _ = judge(request, Transcript.from_text(first))
    after, stored = judge(request, Transcript.from_text(reply), follows=Transcript.from_text(first),
                          probe=probe_codes(asker, probe), probe_text=probe)
    assert after.follow_up is not None
    return before, after, stored


@pytest.mark.parametrize("reply", [
    "The older drivers moved over to the app for good after that month.",
    # run-on speech, no punctuation
    "so basically the drivers they came round after a few weeks and they've been on the app "
    "ever since",
    # a second language: present tense, no agreement
    "After the month all drivers is using the app, the paper sheet we throw away.",
    # terse notes
    "drivers switched. sheets gone since March",
])
def test_the_others_taking_it_up_is_the_outcome(reply: str) -> None:
    before, after, _ = _reply(OUTCOME_PROBE, reply)
    assert after.follow_up is not None and after.follow_up.gives, after.follow_up
    assert after.star.parts["R"].present and "no_result" not in after.flaw_codes
    assert after.score > before.score


@pytest.mark.parametrize("reply", [
    "It went fine in general, everybody was happier.",
    "That was 2021, we had forty drivers and two depots and I met them at 6 a.m. on Mondays.",
    "I switched the training to Monday mornings.",  # the speaker's own step, not how it ended
])
def test_no_outcome_told_gives_no_outcome(reply: str) -> None:
    before, after, _ = _reply(OUTCOME_PROBE, reply)
    assert after.follow_up is not None and not after.follow_up.gives
    assert not after.star.parts["R"].present and after.score <= before.score + 5


# The same story with an ending that only judges it: the probe asks how they knew.
JUDGED_ENDING = DEPOT + " In the end the drivers got used to it and everyone was happier."


@pytest.mark.parametrize("reply", [
    "Roughly eight missing sheets a week before, none after.",
    "I looked at the invoice log every Friday and no delivery was missing for two months.",
    "Before about twelve late invoices a month, after only one.",
])
def test_how_did_you_know_is_answered_by_a_figure_or_a_check(reply: str) -> None:
    persona = get_persona("hiring-manager")
    assert CHECK_PROBE in persona.probes["no_metrics"]
    before, after, stored = _reply(CHECK_PROBE, reply, first=JUDGED_ENDING)
    assert "no_metrics" in before.flaw_codes
    judged = after.follow_up
    assert judged is not None and judged.gives, judged
    # Looked for what the probe asked (how they knew), not "a number for the result".
    assert judged.looked_for == ("how it is measured (a figure, a comparison or a check)",)
    assert "no_metrics" not in after.flaw_codes and after.score > before.score
    assert stored["follow_up"]["gives"] is True


def test_a_feeling_does_not_say_how_you_knew() -> None:
    _, after, _ = _reply(CHECK_PROBE, "It just felt better, people liked it.",
                         first=JUDGED_ENDING)
    assert after.follow_up is not None and not after.follow_up.gives
    assert "no_metrics" in after.flaw_codes


def test_a_verbless_before_and_after_is_measured_in_the_answer_too() -> None:
    """The same figure in the story itself: no "no number" flaw (one judgment everywhere)."""
    told = DEPOT + " Roughly eight missing sheets a week before, none after."
    request = analysis_request(find_question("behavioral/change-lead"),
                               get_persona("hiring-manager"))
    analysis, _ = judge(request, Transcript.from_text(told))
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes


# A disagreement between two analysts, settled by their lead; no word on changing views.
ANALYSTS = (
    "A colleague wanted to move our weekly stock report into a new dashboard tool and I thought "
    "we should keep the spreadsheet, because the store managers knew it. We argued about it in "
    "two meetings. I suggested we each write half a page with the cost and the risk, and I "
    "asked our lead to read both and decide with us."
)
CAME_ROUND = "Looking back, was there anything in their view you came round to?"


def test_the_outcome_does_not_answer_what_you_came_round_to() -> None:
    assert probe_asks(CAME_ROUND) == ("came_round",)
    reply = ("The lead choose the spreadsheet. We finish the changes in two weeks, and the "
             "questions from store managers go down, before about ten every week, after only two.")
    _, after, _ = _reply(CAME_ROUND, reply, first=ANALYSTS, question="behavioral/conflict-peer")
    judged = after.follow_up
    assert judged is not None and not judged.gives
    assert "came round to" in judged.message and "did not give" in judged.message


@pytest.mark.parametrize("reply", [
    "Yes, she was right that the spreadsheet was slow to open, so I agreed we'd fix that first.",
    "honestly not really I still think the spreadsheet was right because the managers knew it",
    "They had a point on the cost, I came round to doing it in two steps.",
])
def test_saying_what_you_came_round_to_answers_it(reply: str) -> None:
    _, after, _ = _reply(CAME_ROUND, reply, first=ANALYSTS, question="behavioral/conflict-peer")
    assert after.follow_up is not None and after.follow_up.gives, after.follow_up


def test_the_figure_quoted_is_the_before_and_after_not_a_duration() -> None:
    reply = ("We finish it in two weeks, and the complaints from store managers go down, before "
             "about ten messages every week, after only two.")
    _, after, _ = _reply(OUTCOME_PROBE, reply)
    judged = after.follow_up
    assert judged is not None and judged.gives
    assert judged.evidence == ("before about ten messages every week, after only two",)
    assert "in two weeks" not in judged.message


def test_a_missing_outcome_is_charged_and_coached_once() -> None:
    """The hiring manager listens for "Results"; a missing Result already costs its structure
    points and has its tip: the ask is shown missed but takes no second charge or tip."""
    request = analysis_request(find_question("behavioral/change-lead"),
                               get_persona("hiring-manager"))
    analysis, _ = judge(request, Transcript.from_text(DEPOT))
    assert "no_result" in analysis.flaw_codes
    assert analysis.audience_fit is not None
    missed = [m.label for m in analysis.audience_fit.missed]
    assert "Results" in missed
    others = len(missed) - 1  # what else the persona listens for is charged as before
    assert analysis.score_parts.audience == AUDIENCE_MISS_POINTS * others
    results = next(m for m in analysis.audience_fit.missed if m.label == "Results")
    assert results.message not in analysis.tips, analysis.tips
    assert sum("outcome" in tip or "result" in tip.lower() for tip in analysis.tips) == 1


def test_the_outcome_in_the_reply_meets_the_persona_s_ask() -> None:
    _, after, stored = _reply(OUTCOME_PROBE, "The older drivers moved over to the app for good.")
    assert after.audience_fit is not None and "Results" in after.audience_fit.spoken_to
    assert "Results" not in [m.label for m in after.audience_fit.missed]
    assert after.score_parts.audience == AUDIENCE_MISS_POINTS * len(after.audience_fit.missed)
    assert not any("Finish with the result" in tip for tip in stored["question_tips"])


def test_a_reply_to_a_question_that_is_no_story_moves_its_score() -> None:
    """"What does our mission mean to you?" met with a shrug, then a real reason in the reply:
    the question is judged on what both said, and its score moves with the verdict."""
    first = "Sorry, I do not know your mission well enough to say."
    probe = "Say a little more: what would this role give you that your last one did not?"
    before, after, _ = _reply(
        probe, "It would give me a small team of my own to lead and a product that nurses use "
               "on every shift.",
        first=first, question="culture/mission-connection")
    assert after.follow_up is not None and after.follow_up.gives
    assert after.score > before.score


def test_a_verdict_that_moves_nothing_does_not_say_it_counts() -> None:
    """A reply that gave what was asked but leaves its question where it was is told so, not
    that it "now counts toward this question's answer" beside an unchanged score."""
    judged = judge_follow_up(Transcript.from_text("The drivers moved over to the app for good."),
                             "no_result")
    assert judged.gives and judged.message.endswith(COUNTS)
    stays = score_stays(judged, 62)
    assert "62/100" in stays.message and "counts toward" not in stays.message
    assert score_stays(replace(judged, gives=False), 62) == replace(judged, gives=False)
