"""A full mock started from the behavioral bank asks from several banks (culture, the company's
made-up questions), but its report said "Questions: behavioral". The header now names the banks
the questions came from, in the order asked. The real entry point, a real stored session."""

from __future__ import annotations

import pytest

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from tests.trust.helpers import cli_here

ANSWER = "I moved the stock count to weekly with the two store leads and errors halved."


def test_the_report_names_every_bank_the_questions_came_from(
    capsys: pytest.CaptureFixture[str],
) -> None:
    interview = Interview(
        persona=get_persona("hiring-manager"),
        bank_id="behavioral",  # as the room records the bank chosen on the home screen
        store=SessionStore(),
        settings=Settings(),
        speak=False,
    )
    for bank in ("culture", "behavioral", "culture"):
        asked = interview.ask(get_bank(bank).questions[0], on_event=lambda event: None)
        interview.answer_by_text(asked, ANSWER, lambda event: None)
    session_id = interview.finish().id

    code, report, _ = cli_here(capsys, "export", session_id, "--format", "md")
    assert code == 0
    assert "- Questions: culture, behavioral\n" in report
