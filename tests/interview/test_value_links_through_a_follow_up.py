"""A follow-up reply is part of its question: the values the question connects to are the first
answer's with the reply's. Before, the card after a reply showed only the reply's own links, so
a value the answer had shown silently disappeared, and the summary listed a value once for the
answer and again for its follow-up (breaker15 B21). `plan` says its follow-ups depend on the
answer. Profile and answers are new text of our own; the real session and summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.personas import load_personas
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession
from simulator.storage.store import SessionStore
from simulator.storage.views import company_review, views

PROFILE = """\
name = "Larkfield Health"

[[values]]
name = "Say it straight"

[[values]]
name = "Tenants first"
cues = ["tenant"]
"""

# A housing officer's letters: plain English shown, no ending told.
ANSWER = (
    "At a housing association in Salford our letters about rent arrears were two pages of legal "
    "wording, and people rang us in a panic because they did not understand them. It was my job "
    "to rewrite them. I cut each letter down to five short sentences in plain English, I put "
    "the amount owed and the date in bold at the top, and I tested the new letter on three "
    "people before we sent it out."
)
# The reply tells the ending, and names the tenants.
REPLY = ("Calls from worried tenants dropped by about half the next month, and the arrears team "
         "had time to ring people back the same day.")


def test_a_value_the_answer_showed_stays_after_its_follow_up(tmp_path: Path) -> None:
    path = tmp_path / "larkfield.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    manager = load_personas().items["hiring-manager"]
    question = next(q for q in load_banks().items["behavioral"].questions
                    if q.id == "behavioral/initiative-improve")
    interview = Interview(persona=manager, mode="practice", store=SessionStore(),
                          settings=Settings(), speak=False, company=company)
    session = PlannedSession(plan.single(manager, question, company), interview)
    events: list[object] = []
    asked = session.ask_next(events.append)
    assert asked is not None
    turn = interview.answer_by_text(asked, ANSWER, events.append)
    analysis = next(e.analysis for e in events if getattr(e, "turn", None) == turn)
    probe = session.follow_up(turn, analysis)
    assert probe is not None
    reply = session.ask_follow_up(turn, probe, events.append)
    interview.answer_by_text(reply, REPLY, events.append)
    answers = views(SessionStore().load(session.finish().id))
    first, after = answers
    assert [link.value for link in first.value_links] == ["Say it straight"]
    assert after.follow_up_of == first.number
    assert [link.value for link in after.value_links] == ["Say it straight", "Tenants first"]
    lines = company_review(answers)
    assert [line for line in lines if "Say it straight" in line] == [
        "Answer 1 connected to the value \u201cSay it straight\u201d (plain english)."]
    assert [line for line in lines if "Tenants first" in line] == [
        "Answer 1 · follow-up connected to the value \u201cTenants first\u201d (tenant)."]


def test_plan_says_its_follow_ups_depend_on_the_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["plan", "drill", "--target", "conflict"]) == 0
    printed = capsys.readouterr().out
    assert "may follow up with, depending on the answer: " in printed
    assert "   follow-up: " not in printed
