"""breaker8 D6, in answers of our own: a concrete outcome with a judgment beside it ("both
planners switched over and the team was much happier") is no unmeasured Result. It cost 35
points and the tip asked for "a concrete outcome", which the answer gave; the same outcome
without the judgment lost 5. A Result that only judges, or only repeats what someone said
about it, is still unmeasured."""

from __future__ import annotations

import pytest

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.flaws import judged_only
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you changed how your team worked."
STORY = (
    "In the print shop where I was supervisor, the night crew was still writing job tickets by "
    "hand and the day crew could not read half of them. I had to get both crews on one system "
    "before the Christmas rush. I made a simple ticket form on the tablet, I sat one night with "
    "each of the three night printers to fill it in together, and I printed the worst old "
    "tickets on the wall so everybody saw why. "
)


def _analyze(ending: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(STORY + ending), question=QUESTION)


@pytest.mark.parametrize(
    "ending",
    [
        "By December the night printers all used the form and the day crew was much happier.",
        "after two weeks all night printers have switched to tablet and everybody was more happy",
        "The day crew stopped reprinting jobs, and things got a lot better between the shifts.",
    ],
)
def test_a_concrete_outcome_with_a_judgment_is_not_unmeasured(ending: str) -> None:
    analysis = _analyze(ending)
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes
    assert not any("concrete outcome" in tip for tip in analysis.tips)
    assert analysis.score_parts.specificity <= 5


@pytest.mark.parametrize(
    "result",
    [
        "everything got much better and the crews were happier",
        "my manager said it was a lot better and the team was pleased",
        "she thanked me and seemed a lot more relaxed after that",
    ],
)
def test_a_result_that_only_judges_is_still_unmeasured(result: str) -> None:
    assert judged_only(result)
