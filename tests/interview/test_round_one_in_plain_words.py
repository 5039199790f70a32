"""Round-one notes written in the user's own words (breaker14 B11, B20). "a time you made a
mistake at work" is the behavioral bank's mistake question, so a mock asks one mistake story,
not two; feedback in plain words ("couldn't tell which part was mine") presses its area though
the question matches no bank question; and on the question asked again, an answer that still
lacks what round one doubted is asked about that first, before what else it lacks. Notes and
answers are new text of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import bank_question_for, load_first_round
from simulator.interview.personas import get_persona
from tests.support.round_one import answer_round_one_again


@pytest.fixture(scope="module")
def banks() -> dict:
    return load_banks().items


def _notes(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "round1.toml"
    path.write_text(text, encoding="utf-8")
    return load_first_round(path)


def test_a_mistake_noted_at_work_is_the_bank_mistake_question(
    tmp_path: Path, banks: dict
) -> None:
    questions = [q for bank in banks.values() for q in bank.questions]
    found = bank_question_for("that one about a mistake I made in my job", questions)
    assert found is not None and found.id == "behavioral/failure-mistake-owned"
    notes = _notes(
        tmp_path,
        '[[asked]]\nquestion = "that one about a mistake I made in my job"\nweak = true\n'
        'feedback = "I never got to what changed after"\n',
    )
    manager = get_persona("hiring-manager")
    for seed in range(1, 6):
        mock = plan.full_mock([manager], banks, count=8, first_round=notes, seed=seed)
        ids = [t.question.id for t in mock.turns]
        assert "round-one/failure-mistake-owned" in ids
        assert not [i for i in ids if i.startswith("behavioral/failure-")], (seed, ids)


def test_a_doubt_in_plain_words_presses_its_area(tmp_path: Path, banks: dict) -> None:
    notes = _notes(
        tmp_path,
        '[[asked]]\nquestion = "the fire drill that went badly"\n'
        'feedback = "She could not tell which part was mine."\n',
    )
    assert "ownership" in notes.weak_competencies(banks)
    manager = get_persona("hiring-manager")
    mock = plan.full_mock([manager], banks, count=6, first_round=notes, seed=2)
    assert any(t.pressed and "ownership" in plan.question_areas(t.question) for t in mock.turns)


# Round one's answer never said how it ended; today's says even less.
LESS = "It was a long night on the ward and the relatives were not happy with us, honestly."


def test_the_first_follow_up_on_the_question_asked_again_presses_the_doubt(
    tmp_path: Path, banks: dict
) -> None:
    notes = _notes(
        tmp_path,
        '[[asked]]\nquestion = "behavioral/failure-mistake-owned"\nweak = true\n'
        'feedback = "Never said what changed afterwards"\n',
    )
    manager = get_persona("hiring-manager")
    built = plan.full_mock([manager], banks, count=5, first_round=notes, seed=3)
    session, turn, analysis = answer_round_one_again(built, manager, LESS)
    assert {"no_action", "no_result"} <= set(analysis.flaw_codes)
    probe = session.follow_up(turn, analysis)
    assert probe in manager.probes["no_result"], probe
