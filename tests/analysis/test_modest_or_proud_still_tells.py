"""Two checks that take a part away must not take it from answers that tell it (breaker17 F24,
F34, regressions of this session's closing and disowning checks). A feeling or the work's weight
whose "when", "that" or "but" clause tells what someone else did because of the work carries the
outcome ("I was so proud when the head chef put my prep list up in the other two kitchens"). A
modest disclaimer followed by the speaker's own part told without an "I" before each verb ("What
I did was ..., ... and ...", "so I only ...") keeps the Action. New answers of our own."""

from __future__ import annotations

import pytest

from tests.support.answers import typed

QUESTION = "Tell me about a time you improved the way your team worked."

KITCHEN = (
    "I was a commis chef at a hotel in Leeds and the breakfast prep was always late because "
    "nobody knew who cut what. Sorting it out was my job because the head chef had asked me. I "
    "wrote a prep list for each station, I taped it above the benches, and I went through it "
    "with the two other commis on a quiet Sunday. "
)


@pytest.mark.parametrize("ending", [
    "I was so proud when the head chef put my prep list up in the other two kitchens.",
    "I felt really happy that the head chef copied my prep list for the other two kitchens.",
    "It was a big job, but the head chef put my prep list up in the other two kitchens.",
])
def test_a_feeling_that_carries_what_happened_keeps_the_result(ending: str) -> None:
    analysis = typed(KITCHEN + ending, QUESTION)
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes


def test_a_feeling_alone_is_still_no_result() -> None:
    analysis = typed(KITCHEN + "I felt really proud of myself that week.", QUESTION)
    assert not analysis.star.parts["R"].present


SCENE = (
    "At a housing office in Salford our repairs list had about three thousand old jobs on it "
    "that were already done. I was the new repairs coordinator, so the list was mine to clean. "
)
RESULT = (
    " By the summer the list was down to four hundred real jobs and the callbacks to tenants "
    "fell by a third."
)


@pytest.mark.parametrize("middle", [
    "Honestly a lot of it just happened around me, the system supplier ran the clean-up script. "
    "What I did was check the closing rules, try them on two hundred jobs and show the team.",
    "Most of the work had been done before I arrived, so I only checked the last closing rules, "
    "tried them on two hundred jobs and showed the team.",
])
def test_a_modest_disclaimer_then_the_own_part_keeps_the_action(middle: str) -> None:
    analysis = typed(SCENE + middle + RESULT, QUESTION)
    assert analysis.star.parts["A"].present
    assert "no_action" not in analysis.flaw_codes


def test_the_disclaimer_with_only_others_deeds_still_tells_no_action() -> None:
    middle = ("Honestly a lot of it just happened around me, the system supplier ran the clean-up "
              "script and the team closed the rest.")
    analysis = typed(SCENE + middle + RESULT, QUESTION)
    assert not analysis.star.parts["A"].present
