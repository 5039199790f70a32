"""One answer, one score (issue 13, "scores a person can read"): the same typed answer gives the
same score, the same "points lost" line and the same reasons under it in the CLI's `analyze`,
in the room (the app's feedback, Pilot), in the export and in history (the index's rows and the
compare column the History screen shows). The answer is our own writing: a senior leader hears
a story with no ending and no bigger picture, so points are lost in several parts."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path

import pytest
from textual.widgets import Static

from simulator.cli import main
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import compare_rows, views
from simulator.tui.app import make_app
from simulator.tui.widgets.feedback import review_lines
from tests.tui.conftest import quiet_parts, settled, type_answer, typing_in_the_room, until

PERSONA = "senior-leader"
# A print shop planner, plain past tense, no outcome told.
ANSWER = (
    "Last spring our print shop kept missing the Friday deliveries for the wedding orders. I "
    "was the planner, so the schedule was my job. I moved the wedding jobs to Wednesday, I "
    "asked the finishing team to check each box against the order sheet, and I rang every "
    "couple on Thursday to confirm the address."
)


def _points_lines(lines: list[str]) -> list[str]:
    """The "Points lost" line and the reasons under it, stripped, as one block."""
    start = next(i for i, line in enumerate(lines) if line.lower().startswith("points lost"))
    block = [lines[start].strip()]
    for line in lines[start + 1:]:
        if not line.startswith("  "):
            break
        block.append(line.strip())
    return block


@pytest.mark.usefixtures("no_audio_devices")
def test_the_cli_the_room_the_export_and_history_give_one_score(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def room() -> tuple[str, str, str, list[str]]:
        app = make_app(quiet_parts(), persona_id=PERSONA, bank_id="behavioral")
        async with app.run_test(size=(140, 50)) as pilot:
            screen = await typing_in_the_room(pilot)
            assert screen.asked is not None
            asked = screen.asked.question.id
            await type_answer(pilot, ANSWER)
            review = screen.query_one("#review", Static)
            await until(pilot, lambda: screen.last_turn is not None
                        and str(review.render()).strip(), "the answer's feedback")
            await settled(pilot)
            title = str(screen.query_one("#feedback-title", Static).render())
            return asked, title, str(review.render()).splitlines()

    asked, title, shown = asyncio.run(room())
    question = f"behavioral/{asked}"
    found = re.search(r"score (\d+)/100", title)
    assert found is not None, title
    score = int(found.group(1))
    in_the_room = _points_lines(shown)
    assert len(in_the_room) >= 3, shown  # the line and at least two parts' reasons

    # The CLI: the same answer typed to the same question, as the same interviewer hears it.
    typed = tmp_path / "answer.txt"
    typed.write_text(ANSWER, encoding="utf-8")
    capsys.readouterr()
    assert main(["analyze", "--text", str(typed), "--question", question,
                 "--persona", PERSONA]) == 0
    card = capsys.readouterr().out.splitlines()
    assert card[0].startswith(f"Score {score}/100"), card[:2]
    assert _points_lines(card[1:]) == in_the_room

    # The export of the stored session, and the view every screen reads.
    store = SessionStore()
    [summary] = store.list_sessions()
    record = store.load(summary.id)
    [answer] = views(record)
    assert answer.score == score
    assert _points_lines(review_lines(answer)) == in_the_room
    report = render_markdown(record, lambda name: None)
    assert f"score {score}/100" in report
    assert answer.points_lost in report
    for reason in in_the_room[1:]:
        assert f"- {reason}" in report, reason

    # History: the session list, the index's rows, compare and the History screen's column.
    assert summary.score == score
    assert [row.score for row in store.history()] == [score]
    [row] = compare_rows(store.answers_to(asked))
    assert row.score == score and row.answer is not None
    assert _points_lines(review_lines(row.answer)) == in_the_room
    assert main(["compare", asked, "--json"]) == 0
    assert [r["score"] for r in json.loads(capsys.readouterr().out)] == [score]
