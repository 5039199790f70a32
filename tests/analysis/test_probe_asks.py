"""What a probe that is not a persona's missing-part probe asks for (a harder probe from the
session plan, a bank's follow-up), read from its words, and the reply judged against all of it."""

from __future__ import annotations

import pytest

from simulator.analysis.follow_up import (
    SUBSTANCE,
    FollowUpJudgment,
    judge_follow_up,
    probe_asks,
    repaired_flaws,
)
from simulator.speech.stt import Transcript


@pytest.mark.parametrize(
    ("probe", "asks"),
    [
        ("Okay, but how many customers did that actually bring back?", ("no_metrics",)),
        ("So what did you do when the supplier still said no?", ("no_action",)),
        ("Walk me through it, and tell me how it turned out.", ("vague", "no_result")),
        ("Which part was yours, and what figures did you report upwards?",
         ("we_not_i", "no_metrics")),
        ("Could you set the scene a bit? What was going on in the team?", ("no_situation",)),
        ("If you had a second chance, what would you do differently?", ("would_do",)),
        ("Who disagreed with you most strongly?", ("named_person",)),
        ("What was the hardest decision in that, and who disagreed with you?",
         ("decision", "named_person")),
        ("What would you do in your first ninety days to prove us wrong?",
         ("would_do", "time_plan")),
        ("Suppose the load triples overnight: what breaks first, and what do you do?",
         ("concrete_risk", "would_do")),
        ("If I asked your then manager, what would they say you got wrong?", ("others_view",)),
        ("How would you measure whether your change helped?", ("measure",)),
        ("Tell me about a change you found hard.", ()),
    ],
)
def test_a_probe_asks_for_what_its_words_name_in_the_order_named(
    probe: str, asks: tuple[str, ...]
) -> None:
    assert probe_asks(probe) == asks


def test_a_reply_gives_a_two_part_probe_only_when_it_tells_both() -> None:
    asks = probe_asks("Tell me about a real case, with the numbers please.")
    assert asks == ("vague", "no_metrics")
    own_only = Transcript.from_text(
        "ya so in the cold store i have moved the fast movers to the front racks myself"
    )
    both = Transcript.from_text(
        "ya so in the cold store i have moved the fast movers to the front racks myself and the "
        "picking time came down from forty minutes to twenty five per order"
    )
    missing = judge_follow_up(own_only, asks[0], also=asks[1:])
    given = judge_follow_up(both, asks[0], also=asks[1:])
    assert not missing.gives and "a number for the result" in missing.message
    assert "a specific occasion" not in missing.message  # it told one: only the number lacks
    assert given.gives and given.asks == asks and given.probe_code == "vague"
    # Stored and read back, the judgment repairs every flaw the probe asked about.
    assert {"vague", "no_metrics"} <= repaired_flaws(given.to_dict())
    assert "vague" not in repaired_flaws(missing.to_dict())


def _judged(probe: str, reply: str) -> FollowUpJudgment:
    asks = probe_asks(probe)
    return judge_follow_up(Transcript.from_text(reply), asks[0] if asks else "", also=asks[1:])


def test_a_probe_whose_words_name_nothing_is_given_by_a_real_reply() -> None:
    judged = _judged(
        "Tell me about a change you found hard.",
        "Moving from the shop floor to the office, honestly: for months I missed seeing the "
        "orders go out, so I asked to keep one Friday a month on the dock.",
    )
    assert judged.gives and judged.asks == () and judged.probe_code == ""
    assert judged.to_dict()["looked_for"] == [SUBSTANCE]
    assert not judge_follow_up(Transcript.from_text("not much really"), "").gives
    long_shrug = "I do not know, not sure, it was all a long time ago now and quite a blur"
    assert not _judged("Tell me about a change you found hard.", long_shrug[:40]).gives


PROBES_BEYOND_STAR = [
    (
        "What was the hardest decision in that, and who disagreed with you?",
        "I decided to hold the Friday release and keep the old billing screen. Our finance lead "
        "disagreed, she had promised the feature to two clients.",
        "it was a hard time for everybody and we all learned a lot from it, honestly it was "
        "quite intense for the whole group",
        ("decided", "finance lead"),
    ),
    (
        "That area was a concern last time. What would you do in your first ninety days to "
        "prove us wrong?",
        "first month i d sit with every shift lead and read the incident notes. by month two i "
        "pick one handover to fix, by day ninety you see the error count",
        "I would work very hard and show everybody that I am motivated and a good fit for the "
        "culture here, that is my promise",
        ("first month",),
    ),
    (
        "Last round that was thin. Suppose the load triples overnight: what breaks first, and "
        "what do you do?",
        "connection pool run out first. then i ll put a queue before the writes, add replica",
        "well it depends on a lot of things really, every system is different and you have to "
        "look at the whole picture first",
        ("run out",),
    ),
    (
        "If I asked your then manager, what would they say you got wrong?",
        "Mm, she would say I kept too much on my own plate and told her about the delay late.",
        "I think I did mostly everything right at that job, it was a good place and I was "
        "happy there with all of them.",
        ("she would say",),
    ),
    (
        "How would you measure whether your change helped?",
        "Compare the refund rate in the four weeks before and after, same stores, same season.",
        "You just feel it, you know, when people are happier and everything runs more smoothly "
        "overall in the place.",
        ("compare",),
    ),
]


@pytest.mark.parametrize(("probe", "answers", "dodges", "evidence"), PROBES_BEYOND_STAR)
def test_a_reply_to_a_probe_beyond_star_is_judged_by_what_the_probe_asked(
    probe: str, answers: str, dodges: str, evidence: tuple[str, ...]
) -> None:
    """A harder probe from the plan asks for no STAR part but for something (a decision and
    who disagreed, a plan in steps, a risk, a manager's words, a measure): a reply of 15+ words
    that does not give it is not credited, and the stored judgment says what was looked for."""
    given, dodged = _judged(probe, answers), _judged(probe, dodges)
    assert given.gives, given
    assert not dodged.gives, dodged
    stored = dodged.to_dict()
    assert stored["asks"] == list(probe_asks(probe)) and stored["asks"]
    assert stored["looked_for"] and SUBSTANCE not in stored["looked_for"]
    # What was looked for is said in the stored judgment, one line for each thing asked.
    assert len(stored["looked_for"]) == len(stored["asks"])  # type: ignore[arg-type]
    assert any(item in dodged.message for item in stored["looked_for"])  # type: ignore[attr-defined]
    for words in evidence:
        assert any(words in e.lower() for e in given.evidence), given.evidence
    assert not repaired_flaws(dodged.to_dict()) & {"no_result", "no_action", "vague"}


def test_a_reply_that_gives_one_of_two_things_asked_is_told_which_is_missing() -> None:
    judged = _judged(
        "What was the hardest decision in that, and who disagreed with you?",
        "The hardest call was to cancel the spring campaign instead of cutting its budget.",
    )
    assert not judged.gives and "decision" in judged.gave
    assert "who it was" in judged.message and "the decision itself" not in judged.message


@pytest.mark.parametrize(
    "reply",
    [
        # What a new user said: the figures, with no "I" and no date.
        "went from 5 percent of all the refunds we paid out to 3 percent, which saved about 200 "
        "support tickets a week",
        # Terse notes.
        "refund errors: from 5 to 3 percent after the fix. approx 200 tickets a week less",
        # A non-native speaker, present tense, the occasion told their way.
        "before two years in my old company the refunds has many mistakes, after my change only "
        "3 percent is wrong, before it was 5",
        # Run-on speech with the occasion and a count per period.
        "yeah so this one time in march the refunds were all over the place and after we fixed "
        "it the support queue got like two hundred tickets a week fewer",
    ],
)
def test_a_reply_with_figures_and_an_occasion_gives_a_specific_example_with_numbers(
    reply: str,
) -> None:
    judged = judge_follow_up(
        Transcript.from_text(reply), "vague", also=("no_metrics",)
    )
    assert judged.gives, judged
    assert "number" in judged.gave and "did not give" not in judged.message


def test_a_reply_with_neither_an_occasion_nor_a_figure_does_not_give_a_specific_example() -> None:
    judged = judge_follow_up(
        Transcript.from_text("honestly it usually goes fine, people are happy with it mostly"),
        "vague",
        also=("no_metrics",),
    )
    assert not judged.gives and "specific" not in judged.gave


def test_a_ninety_day_plan_with_a_rhythm_and_a_target_is_a_plan_in_time_steps() -> None:
    """"In the first 90 days" with a weekly meeting and a monthly figure to reach is a plan in
    steps, not "no plan in time steps"; a reply with no time in it still is not."""
    probe = "What would you do in your first ninety days in this role?"
    plan = _judged(
        probe,
        "In the first 90 days I would set up a weekly priority meeting with both store teams, "
        "one shared list of open returns, and cut late reports from about 6 a month to 1.",
    )
    assert plan.gives, plan
    assert "did not give" not in plan.message
    vague = _judged(probe, "I would listen a lot and learn the people and the tools they use.")
    assert not vague.gives


def test_the_quoted_outcome_keeps_its_unit() -> None:
    reply = _judged(
        "And how did it turn out?",
        "In the end late reports dropped by 18% and the managers stopped chasing us.",
    )
    assert reply.evidence == ("dropped by 18%",)
    assert '("dropped by 18%")' in reply.message


@pytest.mark.parametrize(
    ("probe", "terse", "asks"),
    [
        # A terse reply gives the decision as what was done and the person by their role,
        # with no "decided" and no article (breaker6 D6).
        ("What was the toughest call you made, and who was against it?",
         "toughest: closing bay four for the deep clean. infection control lead objected, beds "
         "short. done anyway", ("decision", "named_person")),
        # One sentence naming what to stop, and why, answers "what would you stop?".
        ("Looking at your week, what would you stop doing?",
         "Stop the Friday stock recount, the scanner already counts it.", ("would_do",)),
    ],
)
def test_a_terse_reply_that_gives_what_the_probe_asks_is_credited(
    probe: str, terse: str, asks: tuple[str, ...]
) -> None:
    assert probe_asks(probe) == asks
    judged = _judged(probe, terse)
    assert judged.gives, judged
    assert "Answer the probe head on" not in judged.message


def test_a_reply_about_something_else_is_not_credited_for_how_the_others_took_it() -> None:
    """"How did that go with the others?" met with the speaker's own checks says nothing of the
    others: it is not credited and repairs nothing, however long (breaker6 D7)."""
    probe = "Right, and how did that go with the rest of the crew?"
    assert probe_asks(probe) == ("others_reaction",)
    off = _judged(probe, "i was re-running the numbers every evening and then i am putting them "
                         "in the big spreadsheet for the monthly pack")
    on = _judged(probe, "The crew grumbled the first week, then the two drivers on nights said "
                        "it saved them a trip.")
    assert not off.gives and repaired_flaws(off) == frozenset()
    assert on.gives
