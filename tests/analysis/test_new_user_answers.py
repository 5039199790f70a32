"""Answers a new user typed that the coach misread, each checked with a new answer of our own in
a register unlike the banks' (non-native, terse, run-on): what it must hear and what not."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis
from tests.support.answers import typed_to

_analyse = typed_to("Tell me about a time you disagreed with a decision.",
                    question_kind="behavioral")


def _labels_of(analysis: AnswerAnalysis, words: str) -> set[str]:
    return {s.label for s in analysis.star.segments if words in s.text.lower()}


def test_a_plan_told_in_would_is_hypothetical_and_has_no_result() -> None:
    # Terse, non-native: two "would"s and nothing done.
    analysis = _analyse("Maybe I would ask my lead first, then we would make new plan together "
                        "and everybody would be happy with it.")
    assert "hypothetical" in analysis.flaw_codes
    assert not analysis.star.parts["R"].present
    assert "R" not in _labels_of(analysis, "happy")


def test_another_persons_changed_behaviour_after_the_actions_is_the_result() -> None:
    # Run-on, no outcome word: the customers' new habit is how it ended.
    analysis = _analyse(
        "Our bakery had many wrong orders from the phone. I wrote one order form, I printed it "
        "for every shift and I showed the girls on the till how to read it back to the customer. "
        "After that the regular customers started sending their orders on the form itself.")
    assert "no_result" not in analysis.flaw_codes
    assert _labels_of(analysis, "started sending") == {"R"}


def test_an_opening_on_when_it_was_and_what_others_wanted_is_the_situation() -> None:
    # Terse, non-native: a time marker and what the boss wanted, then the disagreement.
    analysis = _analyse(
        "Last winter our head chef wanted us to buy all vegetables from one big supplier and I "
        "was not agree because the small farm was cheaper in summer. I compared the invoices of "
        "six months. I showed him the prices side by side. He kept the farm for summer months "
        "and we saved around 900 euro.")
    assert _labels_of(analysis, "head chef wanted") == {"S"}
    assert "no_situation" not in analysis.flaw_codes


RUN_ON_WITH_FILLERS = (
    "So basically, um, last year our shop had basically a big problem with the stock, um, like "
    "the counts was wrong every month. Basically I was the deputy manager so, you know, it was "
    "my job. I made a new count sheet, um, and I trained the two evening staff to use it, "
    "basically every Friday. After three months the difference between system and shelf went "
    "from about 400 items to 40, so the manager kept the sheet for all shops."
)


def test_fillers_in_a_typed_answer_are_coached_per_100_words_and_cost_delivery() -> None:
    analysis = _analyse(RUN_ON_WITH_FILLERS)
    fillers = analysis.fillers
    assert fillers.per_minute is None and fillers.per_100_words is not None
    assert fillers.per_100_words > 10 and fillers.excessive
    assert any("fillers per 100 words" in tip for tip in analysis.tips), analysis.tips
    assert analysis.score_parts.delivery > 0
    # The same answer without them is neither coached nor marked down for them.
    clean = _analyse(RUN_ON_WITH_FILLERS.replace("basically", "").replace("Basically", "")
                     .replace("um,", "").replace("you know,", "").replace("like ", ""))
    assert not clean.fillers.excessive
    assert not any("fillers" in tip for tip in clean.tips)
    assert clean.score_parts.delivery < analysis.score_parts.delivery
