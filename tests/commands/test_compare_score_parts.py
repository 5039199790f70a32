"""`compare` shows where each attempt's points went, as every other screen does ("points lost:
structure 0, specificity 5, ..."): it showed the score alone, so two 80s could not be told
apart by what to work on. The parts add up to 100 less the score."""

from __future__ import annotations

import json

import pytest

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from tests.trust.helpers import cli_here

TERSE = (
    "2nd shift short 3 pickers. me = shift lead. re-slotted fast movers near dispatch, "
    "paired new guys w/ old hands. backlog cleared by 22:00, 0 late trucks that week."
)
NO_END = (
    "There was this time in the cold store when the team lead and me did not agree about "
    "the picking order, and I am explaining him my idea many times, and we talk a lot about it."
)


def test_compare_shows_the_points_each_attempt_lost(capsys: pytest.CaptureFixture[str]) -> None:
    question = get_bank("behavioral").question("pressure-deadline")
    for said in (NO_END, TERSE):
        interview = Interview(
            persona=get_persona("peer"), store=SessionStore(), settings=Settings(), speak=False
        )
        asked = interview.ask(question, on_event=lambda event: None)
        interview.answer_by_text(asked, said, lambda event: None)
        interview.finish()

    code, out, err = cli_here(capsys, "compare", question.id, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert len(rows) == 2
    for row in rows:
        lost = row["points_lost"]
        assert list(lost) == ["structure", "specificity", "ownership", "delivery", "audience"]
        assert round(max(0.0, 100 - sum(lost.values()))) == round(row["score"])
    assert rows[0]["points_lost"]["structure"] > rows[1]["points_lost"]["structure"]

    code, out, _ = cli_here(capsys, "compare", question.id)
    lines = out.splitlines()
    assert "LOST S/SP/O/D/A" in lines[2]
    cells = [line.split()[-1] for line in lines[3:5]]
    for cell, row in zip(cells, rows, strict=True):
        assert cell == "/".join(f"{v:.0f}" for v in row["points_lost"].values())
    assert lines[-1].startswith("LOST: points lost to structure / specificity / ownership")
