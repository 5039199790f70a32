"""A session.json whose turn analysis has `"score": "high"` or `"star": "oops"` was listed as
finished with no score and exported as "0 answers (+2 not scored)". The session format says a
field of the wrong type makes a session damaged, with the reason: now the analysis fields every
reader uses are checked too. A real stored session, edited by hand; the real entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.storage.builders import switch_session
from tests.trust.helpers import cli_here


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("score", "high", "session.turns[0].analysis.score: expected a number or null"),
        ("star", "oops", "session.turns[0].analysis.star: expected a JSON object or null"),
    ],
)
def test_a_wrong_type_in_a_turn_analysis_is_damage_with_its_reason(
    private_home: Path, capsys: pytest.CaptureFixture[str], key: str, value: str, reason: str
) -> None:
    session_id = switch_session()
    path = private_home / "recordings" / session_id / "session.json"
    stored = json.loads(path.read_text())
    stored["turns"][0]["analysis"][key] = value
    path.write_text(json.dumps(stored))

    code, _, _ = cli_here(capsys, "sessions", "--rebuild-index")
    assert code == 0
    code, listed, _ = cli_here(capsys, "sessions", "--json")
    (entry,) = [item for item in json.loads(listed) if item["id"] == session_id]
    assert entry["status"] == "damaged"
    assert reason in entry["damage"]
