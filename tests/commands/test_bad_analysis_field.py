"""One bad derived field (a turn's analysis.score = "high") made the whole session "damaged":
`export`, `replay` and `reanalyze` all refused it, though the answers were intact and the
analysis is what `reanalyze` exists to rebuild. Now the bad analysis alone is dropped and named:
the session lists, the export shows every answer with the field named, and `reanalyze` rebuilds
the analysis from the transcript. Real CLI runs on a real session file."""

from __future__ import annotations

import io
import json

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore

ANSWERS = (
    "last winter our depot lost parcels on the night shift. i was the team lead so i took it. "
    "i made a scan check at the door and trained the six drivers. lost parcels went from nine "
    "a week to one.",
    "Me and the planner disagreed about the route order. I showed her the late deliveries by "
    "postcode, we tried her way one week and mine the next, and mine was twenty minutes faster.",
)


def test_a_bad_analysis_field_leaves_the_answers_readable_and_reanalyze_rebuilds_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(a + "\n\n" for a in ANSWERS)))
    assert main(["practice", "--no-tui", "--typed", "--silent", "--mode", "drill",
                 "--target", "conflict", "--count", "2"]) == 0
    store = SessionStore()
    (session,) = store.list_sessions()
    path = store.folder(session.id) / "session.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    good = data["turns"][0]["analysis"]["score"]
    data["turns"][0]["analysis"]["score"] = "high"
    path.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()

    assert main(["sessions"]) == 0
    listed = capsys.readouterr().out
    assert session.id in listed and "finished · feedback damaged: session.turns[0]" in listed

    assert main(["export", session.id]) == 0
    report = capsys.readouterr().out.replace("\\", "")  # as a Markdown viewer shows it
    assert "session.turns[0].analysis.score: expected a number or null" in report
    assert "reanalyze" in report
    for answer in ANSWERS:
        assert answer[:60] in report

    assert main(["reanalyze", session.id]) == 0
    assert f"question 1: score - -> {good:.0f}" in capsys.readouterr().out
    rebuilt = store.load(session.id).turns[0]
    assert rebuilt.score == good and rebuilt.analysis_problem is None
    assert json.loads(path.read_text(encoding="utf-8"))["turns"][0]["analysis"]["score"] == good
