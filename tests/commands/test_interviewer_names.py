"""Interviewers were named by first name on the home screen and summary but by persona id
("hiring-manager") in `compare`, `export` and `sessions`. Everywhere a person is shown they are
now named as the room names them (the persona's name); ids stay where a user types them and in
--json for scripts. The real entry point, real stored sessions."""

from __future__ import annotations

import json

import pytest

from simulator.interview.banks import get_bank
from tests.storage.builders import switch_session
from tests.trust.helpers import cli_here


def test_compare_export_and_sessions_name_the_interviewers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    session_id = switch_session()  # the hiring manager asks, the recruiter asks again
    question_id = get_bank("behavioral").questions[0].id

    code, compared, _ = cli_here(capsys, "compare", question_id)
    assert code == 0
    table = compared.splitlines()[2:]
    assert table[0].split()[:4] == ["STARTED", "(UTC)", "INTERVIEWER", "SCORE"]
    assert "Maya Okafor" in table[1] and "Priya Nair" in table[2]
    assert "hiring-manager" not in compared and "recruiter" not in compared

    code, report, _ = cli_here(capsys, "export", session_id, "--format", "md")
    assert code == 0
    assert "- Interviewers: Maya Okafor, Priya Nair" in report
    assert "asked by Maya Okafor" in report and "asked by Priya Nair" in report
    assert "hiring-manager" not in report

    code, listed, _ = cli_here(capsys, "sessions")
    assert code == 0 and "Maya Okafor" in listed and "hiring-manager" not in listed

    # Scripts keep the ids they pass back to --persona.
    code, rows, _ = cli_here(capsys, "compare", question_id, "--json")
    assert [row["persona"] for row in json.loads(rows)] == ["hiring-manager", "recruiter"]

