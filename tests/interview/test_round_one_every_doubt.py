"""Round one's feedback can doubt two things at once ("never got to the end of it, and there
were no figures"): the summary checks each, so an answer that now tells the end with no figure
has met the first and left the second open, as its card says (breaker16 D17). A question
noted with another word for the same people ("a teammate" for the bank's "a colleague") is
that bank question (breaker16 D9)."""

from __future__ import annotations

from pathlib import Path

from simulator.analysis.doubts import doubt_in, doubts_in
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import ask_again, bank_question_for, load_first_round
from simulator.interview.personas import load_personas
from simulator.storage.store import SessionStore
from simulator.storage.views import beside_round_one, views
from tests.support.round_one import run_recall_mock

NOTES = """\
[[asked]]
question = "behavioral/initiative-improve"
weak = true
feedback = "She said I never got to the end of it, and there were no figures."
"""

# A hospital pharmacy technician; the ending is told, with no figure and then with one.
STORY = (
    "At the pharmacy of a county hospital the ward orders came in on paper and the afternoon "
    "round was always behind. Sorting the order flow was my job as the senior technician. I "
    "moved the wards onto the shared order form, I split the picking between two benches, and "
    "I set a cut-off at one o'clock for routine orders. "
)
ENDED = STORY + "In the end the round went out on time and the ward sisters stopped phoning us."
COUNTED = STORY + ("In the end the round went out at three instead of half five, and the calls "
                   "from the wards went from about twenty a day to two.")


def test_feedback_that_doubts_two_things_names_both_in_the_order_written() -> None:
    feedback = "She said I never got to the end of it, and there were no figures."
    assert [d.key for d in doubts_in(feedback)] == ["result", "numbers"]
    first = doubt_in(feedback)
    assert first is not None and first.key == "result"


def test_the_summary_checks_every_doubt_round_one_named(tmp_path: Path) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(NOTES, encoding="utf-8")
    store = SessionStore()
    (pair,) = beside_round_one(views(store.load(run_recall_mock(load_first_round(path), ENDED))))
    verdict = dict(pair.lines)["Their doubt now"]
    assert verdict.startswith("met: how it ended"), verdict
    assert "still open: numbers" in verdict, verdict
    (pair,) = beside_round_one(views(store.load(run_recall_mock(load_first_round(path), COUNTED))))
    verdict = dict(pair.lines)["Their doubt now"]
    assert verdict.startswith("met: how it ended") and "met: numbers" in verdict, verdict


def test_a_question_noted_with_another_word_for_the_same_people_is_the_bank_question(
    tmp_path: Path,
) -> None:
    banks = load_banks().items
    questions = [q for bank in banks.values() for q in bank.questions]
    found = bank_question_for("that time you disagreed with a teammate", questions)
    assert found is not None and found.id == "behavioral/conflict-peer"
    path = tmp_path / "round1.toml"
    path.write_text('[[asked]]\nquestion = "when u disagreed with a workmate"\nweak = true\n',
                    encoding="utf-8")
    again = ask_again(load_first_round(path), banks)
    assert again is not None and again.id == "round-one/conflict-peer"


def test_an_answer_that_tells_the_end_with_no_figure_is_asked_for_the_figure(
    tmp_path: Path,
) -> None:
    """The numbers half of the doubt is pressed by the follow-up, not only checked by the
    summary: the answer tells the end (the first half met), its card says "the result has no
    number", so the senior leader asks for the figure, and a reply that gives one meets it."""
    from tests.support.round_one import answer_round_one_again

    path = tmp_path / "round1.toml"
    path.write_text(NOTES.replace("She said I never got to the end of it, and there were no "
                                  "figures.", "Didn't say how it finished, and no figures."),
                    encoding="utf-8")
    leader = load_personas().items["senior-leader"]
    built = plan.full_mock([leader], load_banks().items, count=5,
                           first_round=load_first_round(path), seed=1)
    session, turn, analysis = answer_round_one_again(built, leader, ENDED)
    assert "no_result" not in analysis.flaw_codes
    probe = session.follow_up(turn, analysis)
    assert probe in leader.probes["no_metrics"], probe
    asked = session.ask_follow_up(turn, probe, lambda event: None)
    session.interview.answer_by_text(
        asked, "The calls from the wards went from about twenty a day to two.", lambda event: None)
    (pair,) = beside_round_one(views(SessionStore().load(session.finish().id)))
    verdict = dict(pair.lines)["Their doubt now"]
    assert "met: how it ended" in verdict and "met: numbers" in verdict, verdict
