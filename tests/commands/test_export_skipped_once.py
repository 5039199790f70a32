"""A skipped question is named skipped once in the report: the export printed "not judged ·
skipped · typed · skipped (left out of averages)", calling a question nobody answered typed and
saying skipped twice."""

from __future__ import annotations

import pytest

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from tests.trust.helpers import cli_here

SAID = (
    "ok so the warehouse scanner were broken whole week, I make paper list for each picker and "
    "we check them in evening, nothing lost and the audit pass"
)


@pytest.mark.parametrize("report_format", ["md", "html"])
def test_a_skipped_question_says_skipped_once(
    capsys: pytest.CaptureFixture[str], report_format: str
) -> None:
    bank = get_bank("behavioral")
    interview = Interview(
        persona=get_persona("peer"), store=SessionStore(), settings=Settings(), speak=False
    )
    asked = interview.ask(bank.questions[0], on_event=lambda event: None)
    interview.answer_by_text(asked, SAID, lambda event: None)
    skipped = interview.ask(bank.questions[1], on_event=lambda event: None)
    interview.skip_unanswered(skipped, typed=True)
    session = interview.finish().id

    code, out, err = cli_here(capsys, "export", session, "--format", report_format)
    assert code == 0, err
    line = next(line for line in out.splitlines() if "not judged" in line)
    assert line.count("skipped") == 1, line
    assert "skipped (left out of averages)" in line
    assert "typed" not in line
