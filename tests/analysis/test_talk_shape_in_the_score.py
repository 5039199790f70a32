"""A talk's shape counts in its score as a story's STAR parts do: a talk with no opening, no
marked points and no close lost nothing for it, and scored within a few points of a well-shaped
talk of the same length (breaker14 B14). An opening that gives the number of steps ahead ("I will
get there in three steps") says where the talk goes, and "First ..., Second ..., Third ..." are
three points, not four, when the talk opens and ends on its deadline ("by week twelve")."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.presentation import SHAPE_POINTS, review_presentation
from simulator.interview.banks import find_question
from simulator.interview.judging import analysis_request, judge
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView

# A new depot supervisor's plan, shaped: a goal with its steps counted, three marked points, a
# close; the deadline said at both ends.
SHAPED = (
    "By week twelve I want every late lorry logged before it reaches the gate, and I will get "
    "there in three steps. First, in the first month I will stand at the gate on each shift "
    "and write down why lorries are late. Second, in the second month I will build a simple "
    "log with the gate staff and try it on nights. Third, in the third month the log goes to "
    "every shift and I check it each Monday. So, to sum up: watch, build, roll out, and by "
    "week twelve a gate log we can trust."
)
# The same ground and about the same length, told as one stream with no shape.
SHAPELESS = (
    "I suppose the job is mostly the gate and the lorries and the people on shift, and there "
    "is a lot for me to pick up about the yard, and I would chat to the gate staff and look "
    "at the times and work out what is happening, and there are probably things to fix, and "
    "I would help the shift leads where I can, and I learn fast so it would come quickly, "
    "and I do like numbers and logs and I think it could go well."
)


def _talk(text: str) -> tuple[AnswerAnalysis, dict[str, object]]:
    question = find_question("exercise/first-ninety-days")
    return judge(analysis_request(question, None), Transcript.from_text(text))


def test_an_opening_that_counts_its_steps_and_three_marked_points() -> None:
    review = review_presentation(Transcript.from_text(SHAPED), slot_s=300)
    assert review.opening
    assert review.main_points == 3
    assert review.close


def test_shape_moves_the_score_by_its_weights() -> None:
    shaped, _ = _talk(SHAPED)
    shapeless, _ = _talk(SHAPELESS)
    assert shaped.score_parts.structure == 0
    assert shapeless.score_parts.structure == sum(SHAPE_POINTS.values())
    # The length costs about the same for both: the difference is the shape.
    assert abs(shaped.score_parts.delivery - shapeless.score_parts.delivery) <= 3
    assert shaped.score - shapeless.score >= 45
    lines = [r.why for r in shapeless.points_why if r.part == "structure"]
    assert any("opening" in why for why in lines)
    assert any("main points" in why for why in lines)
    assert any("close" in why for why in lines)


def test_one_missing_part_costs_its_own_weight() -> None:
    no_close = SHAPED[: SHAPED.index(" So, to sum up")]
    analysis, _ = _talk(no_close)
    assert analysis.score_parts.structure == SHAPE_POINTS["close"]
    one_point = "My aim: one log for the gate. First, I watch the gate for a month."
    alone = analyze_answer(Transcript.from_text(one_point), question_kind="presentation")
    assert alone.score_parts.structure == SHAPE_POINTS["points"] / 2 + SHAPE_POINTS["close"]


def test_stored_score_and_review_agree_with_the_analysis() -> None:
    analysis, stored = _talk(SHAPELESS)
    view = AnswerView.from_parts(stored, {})
    assert stored["score"] == analysis.score
    assert view.talk is not None
    assert (view.talk.opening, view.talk.main_points, view.talk.close) == (False, 0, False)
    assert sum(r["points"] for r in stored["score_why"]) == 100 - analysis.score
