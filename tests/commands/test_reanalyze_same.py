"""`reanalyze` with nothing changed moves no score and no target: a question the session made
up from the company profile (in no bank) is judged again against the target it was asked with,
and so is a follow-up to it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView

# Terse, a little off: someone who read the careers page on the bus.
ANSWER = (
    "Harbour Lane sells fresh food to small shops up north. Read about new warehouse in Leeds. "
    "I like that people there own the outcome, not only the task."
)


def test_reanalyze_with_nothing_changed_keeps_every_score_and_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "company.toml"
    profile.write_text(
        'name = "Harbour Lane Foods"\nnews = ["a new warehouse in Leeds"]\n'
        '[[values]]\nname = "Own the outcome"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO((ANSWER + "\n\n") * 12))
    assert main(["practice", "--no-tui", "--typed", "--silent", "--mode", "full", "--count", "5",
                 "--seed", "5", "--company", str(profile), "--follow-ups"]) == 0
    store = SessionStore()
    (session,) = store.list_sessions()

    def figures() -> list[tuple[object, ...]]:
        return [
            (view.number, view.score, view.target_s, tuple(f.code for f in view.flaws))
            for view in map(AnswerView.of, store.load(session.id).turns)
        ]

    before = figures()
    made_up = [t for t in store.load(session.id).turns if t.question_id
               and t.question_id.startswith("company")]
    assert made_up, "the plan asks what the candidate knows of the company"
    capsys.readouterr()
    assert main(["reanalyze", session.id]) == 0
    assert figures() == before, capsys.readouterr().out
