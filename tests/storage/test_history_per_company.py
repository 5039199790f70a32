"""The history keeps a question written from a company profile apart per company: two second
rounds prepared at once ("what do you know about us" for a bakery chain and for a port) are two
rows of "weakest questions", each with its own wording, best score and compare list. Real
sessions through the CLI, real session files, the real SQLite index."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore
from simulator.storage.views import best_scores, weakest_questions

BAKERY = 'name = "Crumb & Co"\nnews = ["We opened four bakeries in Porto in 2025."]\n'
PORT = 'name = "Setubal Port Authority"\nnews = ["Container traffic rose 6% in 2025."]\n'
# Two candidates' registers: a rushed one-liner, and a long careful answer.
SHORT = "u have bakeries in porto, thats all i know sorry\n\n"
LONG = (
    "Container traffic at Setubal rose six percent in 2025, I read it in the port's annual "
    "note, and as planner I would help keep the berth schedule tight so that growth does not "
    "turn into queues of lorries at the gate, which is what I did at my last job.\n\n"
)


def _practise(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, profile: str,
              answer: str) -> str:
    path = tmp_path / name
    path.write_text(profile, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(answer * 8))
    assert main(["practice", "--no-tui", "--typed", "--silent", "--mode", "full", "--count", "5",
                 "--seed", "5", "--company", str(path)]) == 0
    return SessionStore().list_sessions()[0].id


def test_company_questions_are_kept_apart_per_company(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bakery = _practise(tmp_path, monkeypatch, "bakery.toml", BAKERY, SHORT)
    port = _practise(tmp_path, monkeypatch, "port.toml", PORT, LONG)
    store = SessionStore()
    scores = {}
    for session, company in ((bakery, "Crumb & Co"), (port, "Setubal Port Authority")):
        (turn,) = [t for t in store.load(session).turns if t.question_id == "company/know-us"]
        scores[company] = (turn.score, turn.question_text)
    assert scores["Crumb & Co"][0] != scores["Setubal Port Authority"][0]

    rows = store.history()
    best = best_scores(rows)
    weakest = {qid: (text, score) for qid, text, score, _ in weakest_questions(rows, count=50)}
    for company, (score, text) in scores.items():
        key = f"company/know-us@{company}"
        assert best[key] == score
        assert weakest[key] == (text, score) and company in text
    assert "company/know-us" not in best

    # Compare lists one company's answers; the bare id asks which company.
    capsys.readouterr()
    assert main(["compare", "company/know-us@Crumb & Co", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["session"] == bakery
    assert main(["compare", "company/know-us"]) == 2
    error = capsys.readouterr().err
    assert "company/know-us@Crumb & Co" in error and "company/know-us@Setubal" in error
