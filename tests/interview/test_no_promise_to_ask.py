"""In a session where the interviewer asks nothing (the candidate's own questions) their
opening does not promise questions: the peer said "so I'll probably ask about that" before the
candidate asked theirs (new-user report 5, item 18). A session they ask in keeps the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.personas import get_persona

PROFILE = """\
name = "Quillfeather Printing"
news = ["Last spring we moved the bindery to Gdynia."]

[[values]]
name = "Proof before press"
"""


@pytest.mark.parametrize("persona", ["peer", "hiring-manager", "senior-leader"])
def test_your_questions_opening_promises_no_questions(tmp_path: Path, persona: str) -> None:
    path = tmp_path / "quill.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    banks = load_banks().items
    who = get_persona(persona)
    own = plan.build("your-questions", [who], banks, company=company)
    said = own.introduce(who, company)
    assert "I'll" not in said.replace("I'll be one", ""), said
    assert "ask" not in said.lower().replace("task", ""), said
    asking = plan.build("full", [who], banks, company=company, seed=3)
    assert "I'll" in asking.introduce(who, company)
