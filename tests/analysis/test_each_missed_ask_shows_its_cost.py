"""Each interviewer ask the answer missed shows what it cost, or why it cost nothing here
(breaker13 B5): a senior leader's block listed three misses under "(−8 from the score)" while
the points line named two, and nothing said that "Business impact" was free because the
missing Result already costs its points. The same in the CLI report, the stored analysis and
the screens' marks (`views.AudienceFit.marks`). The answer is our own writing."""

from __future__ import annotations

from simulator.analysis import analyze_answer, render_report
from simulator.analysis.answer import theme_costs
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView

# A site manager's story with no outcome, told in order, with no bigger picture.
NO_OUTCOME = (
    "Our biggest tenant complained that the car park lights were out for a week. The lighting "
    "contract was mine, so I had to sort it. I called the electrician that morning, I put up "
    "temporary floodlights by the entrance, and I emailed the tenant every evening with what "
    "was done."
)


def test_every_missed_ask_says_what_it_cost() -> None:
    analysis = analyze_answer(Transcript.from_text(NO_OUTCOME), question_kind="behavioral",
                              audience=get_persona("senior-leader").audience)
    fit = analysis.audience_fit
    assert fit is not None
    costs = dict(zip((m.label for m in fit.missed), theme_costs(fit), strict=True))
    assert costs["Business impact"] == 0, "the missing Result already charges it"
    assert sum(costs.values()) == analysis.score_parts.audience > 0
    charged = [label for label, cost in costs.items() if cost]
    assert next(r for r in analysis.points_why if r.part == "audience").why == (
        f"not heard: {', '.join(charged)}")

    report = render_report(analysis)
    block = report.split("For Senior leader")[1].split("Tips:")[0]
    flat = " ".join(block.split())
    assert "customers, revenue or cost. (counted under structure)" in flat
    assert flat.count("(\u22124)") == len(charged)

    marks = AnswerView.from_parts(analysis.to_dict()).audience
    assert marks is not None
    assert "✗ Business impact, counted under structure" in marks.marks
    assert all(f"✗ {label} \u22124" in marks.marks for label in charged)
