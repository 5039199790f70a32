"""A story that says plainly the speaker never learned how it ended has no Result (breaker14
B1): "I never found out how it ended because I left" was read as the Result, the opening
problem ("our van fill rate was only 62 percent") as the result told first, and the answer was
praised for a concrete result and a headline. The problem stays the Situation, the Result is
missing and the next question is how it turned out. An answer that says it never heard one
thing but gives the outcome keeps its Result. New answers of our own: a bakery and a clinic."""

from __future__ import annotations

from tests.support.answers import typed_to

Q = "Tell me about something you improved at work without being asked to."

BAKERY = (
    "At our bakery only 70 percent of the morning bread was sold before noon. Cutting the waste "
    "was my job as the shift baker. I moved half of the baking to ten o'clock, I put the "
    "sourdough on pre-order, and I showed the two new bakers the new timings. I never found "
    "out how it turned out, because I moved to another city that spring."
)
CLINIC = (
    "In the clinic the phone queue was forty minutes on Mondays. I was the receptionist in "
    "charge of the rota. I added a second person on the phones before nine and I wrote a short "
    "script for repeat prescriptions. We didn't hear whether the surgery kept it after I left."
)
OUTCOME_TOO = (
    "In the clinic the phone queue was forty minutes on Mondays. I was the receptionist in "
    "charge of the rota. I added a second person on the phones before nine and I wrote a short "
    "script for repeat prescriptions. I never heard how the survey went, but the Monday queue "
    "fell to ten minutes within a month."
)


_analysis = typed_to(Q)


def test_not_knowing_the_outcome_is_no_result() -> None:
    for text in (BAKERY, CLINIC):
        analysis = _analysis(text)
        assert not analysis.star.parts["R"].present, text
        assert "no_result" in {flaw.code for flaw in analysis.star.flaws}


def test_the_opening_problem_is_not_a_result_told_first() -> None:
    analysis = _analysis(BAKERY)
    first = next(s for s in analysis.star.segments if s.label != "other")
    assert first.label == "S" and first.text.startswith("At our bakery")
    assert analysis.star.parts["T"].present


def test_an_outcome_told_beside_it_keeps_the_result() -> None:
    analysis = _analysis(OUTCOME_TOO)
    assert analysis.star.parts["R"].present
    assert "no_result" not in {flaw.code for flaw in analysis.star.flaws}
