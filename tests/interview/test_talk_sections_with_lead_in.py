"""A talk that marks its phases with a lead-in ("In the first thirty days ...", "In days thirty
to sixty ...") has those phases as its main points: it was told "0 main points" and to mark its
points out loud (breaker8 D18). A phrase in the middle of a sentence still marks nothing."""

from __future__ import annotations

from simulator.analysis.presentation import review_presentation
from simulator.speech.stt import Transcript

# A ward manager's 90-day plan, written the way a careers coach would have them say it.
PHASED = (
    "My plan has three stages. In the first month I will work every shift pattern once and "
    "ask each nurse what slows the drug round. During weeks five to eight I will test one "
    "change, a second drug trolley on the long corridor, and I will time the round before and "
    "after. For the last month I will write down what worked and hand the rota to the two band "
    "six nurses. I will know it worked if the round ends before nine every night."
)
# Run-on, the phases only in passing: no sentence or clause opens on one.
IN_PASSING = (
    "So I think my plan would be that I learn a lot in the first month, and also that by the "
    "third month I would like the team to trust me. I would be trying things as I go along "
    "with the nurses and the matron and see what happens."
)


def test_phases_after_a_lead_in_are_the_main_points() -> None:
    review = review_presentation(Transcript.from_text(PHASED), 300.0)
    assert review.main_points == 3
    assert not any("Mark your main points" in note for note in review.notes)


def test_a_phase_named_in_passing_is_no_main_point() -> None:
    review = review_presentation(Transcript.from_text(IN_PASSING), 300.0)
    assert review.main_points < 2
    assert any("Mark your main points" in note for note in review.notes)
