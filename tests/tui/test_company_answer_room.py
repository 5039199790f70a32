"""An answer about the company is judged as one, not as a STAR story, and shows the same score
everywhere. In the room (a user's bank whose question is of kind "company", with the last-used
company profile): no STAR bar with "Action missing", the company judgment in its place, the
wrong facts named; then `analyze --company` on the same text, the Markdown export and the
history read from the SQLite index give the very same score, and `reanalyze` (the profile file
deleted meanwhile) changes nothing. Real files, real SQLite, real
espeak-ng into the virtual speaker, typed answer."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView
from simulator.tui.app import make_app
from simulator.tui.widgets.feedback import StarBar
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import type_answer, until
from tests.tui.test_session_plan import _start, typed_parts

PROFILE = """\
name = "Brackley Ferries"
news = ["We added a fourth crossing to Ostend in May 2025.", "Bookings rose 9% last year."]
competitors = ["Tidewise", "Northsea Link"]

[[values]]
name = "Safe every sailing"

[role]
title = "Fleet Planner"
expectations = ["Plan crew rotas across the fleet"]
"""

BANK = """\
id = "why-us"
title = "Why us"
kind = "culture"

[[questions]]
id = "know-us"
text = "What do you know about us, and why this job?"
kind = "company"
target_s = [30, 90]
"""

# Notes typed fast in the box: two facts wrong (June for May, 19% for 9%), a rival the profile
# does not list (named, not charged: breaker15 B15).
ANSWER = (
    "- 4th crossing to Ostend since June 2025\n"
    "- bookings up 19% last yr\n"
    "- you compete with Tidewise, Stenaway\n"
    "- i'd plan the crew rotas for the whole fleet as Fleet Planner"
)


def test_a_know_us_answer_is_judged_for_the_company_and_scored_alike_everywhere(
    private_home: Path, virtual_audio: VirtualAudio, capsys: pytest.CaptureFixture[str]
) -> None:
    companies = private_home / "companies"
    companies.mkdir(parents=True)
    profile = companies / "brackley.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    (private_home / "last_used.json").write_text(json.dumps({"companies": str(profile)}))
    (private_home / "question_banks").mkdir()
    (private_home / "question_banks" / "why-us.toml").write_text(BANK, encoding="utf-8")

    async def scenario() -> tuple[str, str, str, str]:
        app = make_app(typed_parts(), bank_id="why-us")
        async with app.run_test(size=(110, 48)) as pilot:
            screen = await _start(pilot, app, "practice", 1)
            await until(pilot, lambda: screen.asked is not None, "the question")
            await type_answer(pilot, ANSWER)
            await until(
                pilot,
                lambda: len(screen.interview.turns) == 1 and not screen.busy,  # type: ignore[union-attr]
                "the feedback",
            )
            bar = screen.query_one(StarBar)
            review = str(screen.query_one("#review").render())
            tips = str(screen.query_one("#tips").render())
            return bar.note, review, tips, screen.interview.session_id  # type: ignore[union-attr]

    note, review, tips, session_id = asyncio.run(scenario())
    assert note.startswith("About the company:") and "2 wrong" in note, note
    assert "1 not in your profile" in note
    assert "Action" not in note and "missing" not in note
    assert "“June”" in review and "“19%”" in review and "Stenaway" in review
    assert "Get the facts right" in tips

    store = SessionStore()
    record = store.load(session_id)
    (turn,) = record.turns
    assert turn.question_kind == "company"
    analysis = turn.analysis
    assert analysis["star"]["applies"] is False
    assert not {f["code"] for f in analysis["star"]["flaws"]} & {"no_action", "no_situation"}
    view = AnswerView.of(turn)
    assert view.star_parts == {} and view.missing_parts == []
    score = view.score
    assert score is not None and score <= 100 - 2 * 15  # two wrong facts cost 30

    # The CLI on the same text, question and profile.
    text_file = private_home / "answer.txt"
    text_file.write_text(ANSWER, encoding="utf-8")
    capsys.readouterr()
    assert main(["analyze", "--text", str(text_file), "--json", "--question", "why-us/know-us",
                 "--company", str(profile), "--persona", turn.persona_id]) == 0
    assert json.loads(capsys.readouterr().out)["score"] == score
    # The export and the history (the SQLite index).
    markdown = render_markdown(record, lambda name: None)
    assert f"score {score:.0f}/100" in markdown and "About the company:" in markdown
    assert "STAR:" not in markdown
    (row,) = [r for r in store.history() if r.session_id == session_id]
    assert row.score == score and row.question_kind == "company"
    # Judged again with nothing changed, after the profile file is gone: the session kept the
    # profile it was practised with (the role's title among it), so nothing moves.
    assert record.company_profile is not None
    assert record.company_profile["role"]["title"] == "Fleet Planner"
    profile.unlink()
    assert main(["reanalyze", session_id]) == 0
    (again,) = store.load(session_id).turns
    assert again.analysis == turn.analysis
