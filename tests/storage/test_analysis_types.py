"""A session.json whose turn analysis has `"score": "high"` or `"star": "oops"` was listed as
finished with no score and exported as "0 answers (+2 not scored)", without a word. The analysis
fields every reader uses are checked, and a wrong type is named in the listing. The analysis is
derived, so it no longer locks the session (breaker6 D19: export, replay and reanalyze all
refused it): the status stays, the reason is beside it. A real stored session, edited by hand;
the real entry point."""

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
def test_a_wrong_type_in_a_turn_analysis_is_named_in_the_listing(
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
    assert entry["status"] == "finished"
    assert reason in entry["damage"]
    code, table, _ = cli_here(capsys, "sessions")
    assert f"finished · feedback damaged: {reason}" in table
