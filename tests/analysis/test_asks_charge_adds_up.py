"""The interviewer's block says what its misses took from the score (breaker14 B22): an answer that
lost all its 100 points has every part but the structure cut back, so three misses marked −4
stood under "−6 from the score". The line now says the misses come to 12 and were cut back; an
answer that did not hit the floor still shows the plain charge, which its misses add up to."""

from __future__ import annotations

import re

from simulator.analysis import analyze_answer
from simulator.analysis.report import render_report
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView
from simulator.tui.widgets.feedback import review_lines

# Nothing of a story, and about something else: the floor is reached.
NOTHING = "I go swimming on Sundays and I like a quiet lane in the morning."
# A whole story that never says how it ended nor who helped.
NO_END = (
    "At the garden centre in Ely the till queue ran out of the door every Saturday. As the "
    "duty manager the queue was mine to fix. I opened a second till at ten, I moved the "
    "plant trolleys out of the aisle, and I put a price list by the door."
)


def _charge(line: str) -> int:
    if "nothing from the score" in line:
        return 0
    found = re.search(r"\u2212(\d+) from the score", line)
    assert found, line
    return int(found.group(1))


def test_a_cut_charge_says_what_the_misses_came_to() -> None:
    request = analysis_request(find_question("behavioral/conflict-peer"),
                               get_persona("hiring-manager"))
    analysis, stored = judge(request, Transcript.from_text(NOTHING))
    assert analysis.score == 0
    listed = sum(m["points"] for m in stored["audience"]["themes_missed"])
    assert analysis.score_parts.audience < listed
    report = " ".join(render_report(analysis).split())
    assert f"the misses below come to {listed}, cut back" in report
    line = next(x for x in review_lines(AnswerView.from_parts(stored)) if "listens for" in x)
    assert _charge(line) == analysis.score_parts.audience
    assert f"come to {listed}" in line


def test_a_charge_not_cut_is_the_sum_of_its_misses() -> None:
    analysis = analyze_answer(Transcript.from_text(NO_END),
                              question="Tell me about something you improved at work.",
                              audience=get_persona("hiring-manager").audience)
    assert analysis.score > 0 and analysis.score_parts.audience
    report = render_report(analysis)
    header = next(x for x in report.splitlines() if x.startswith("For "))
    misses = [int(n) for n in re.findall(r"\(\u2212(\d+)\)", report)]
    assert _charge(header) == sum(misses)
    assert "cut back" not in report
