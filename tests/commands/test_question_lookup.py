"""`analyze --question ID` and `practice --question` find a question the same way: in the banks,
by short or bank-qualified id, with the bank's kind and target length, so the same typed answer
gets the same score from both; an id no bank has is one clear error."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView

# A retail clerk moving to a head-office job, in short plain sentences.
WHY = (
    "I want this role because I like fixing how the stock moves between shops. Your stores are "
    "near my home and I read about the new warehouse in Leeds, so I think I can help there soon."
)


def analyze_json(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> dict:
    answer = tmp_path / "answer.txt"
    answer.write_text(WHY, encoding="utf-8")
    assert main(["analyze", "--text", str(answer), "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("question", ["culture/why-this-role", "why-this-role"])
def test_analyze_takes_kind_and_target_from_the_bank(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, question: str
) -> None:
    data = analyze_json(capsys, tmp_path, "--question", question)
    assert data["question_kind"] == "company"
    assert data["timing"]["target_s"] == [30.0, 75.0]
    assert data["question"] == "Why do you want this role?"


def test_analyze_uses_the_bank_target_of_a_behavioral_question(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = analyze_json(capsys, tmp_path, "--question", "behavioral/failure-biggest")
    assert data["timing"]["target_s"] == [75.0, 150.0]


def test_an_unknown_question_id_is_one_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(WHY, encoding="utf-8")
    assert main(["analyze", "--text", str(answer), "--question", "nosuch"]) != 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "unknown question 'nosuch'" in captured.err
    assert len(captured.err.strip().splitlines()) == 1


def test_practice_and_analyze_give_the_same_score_for_a_qualified_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(WHY + "\n\n"))
    code = main(["practice", "--no-tui", "--typed", "--silent", "--question",
                 "culture/why-this-role"])
    capsys.readouterr()
    assert code == 0
    store = SessionStore()
    (summary,) = store.list_sessions()
    (turn,) = store.load(summary.id).turns
    assert turn.question_id == "culture/why-this-role"
    stored = AnswerView.of(turn)
    data = analyze_json(capsys, tmp_path, "--question", "culture/why-this-role")
    assert stored.score == data["score"]
    assert stored.target_s == tuple(data["timing"]["target_s"])


def test_practice_refuses_a_qualified_id_from_another_bank(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["practice", "--no-tui", "--typed", "--silent", "--bank", "behavioral",
                 "--question", "culture/why-this-role"])
    assert code != 0
    assert "is in bank 'culture', not 'behavioral'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("question", "kind", "wording"),
    [
        # Asked again from a bank question: that question, its kind and its target.
        ("round-one/why-this-role", "company", "Why do you want this role?"),
        # Asked again from the user's own words: those words, classified.
        ("round-one/why-should-we-pick-you-over-the-others", None, "why should we pick you"),
    ],
)
def test_analyze_takes_the_round_one_ids_that_compare_and_history_show(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, question: str, kind: str | None,
    wording: str,
) -> None:
    data = analyze_json(capsys, tmp_path, "--question", question)
    assert data["question"].lower().startswith(wording.lower())
    if kind is not None:
        assert data["question_kind"] == kind
