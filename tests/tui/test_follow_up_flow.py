"""A weak answer, the follow-up that gives its outcome, and the screens that come after, in the
real app: the follow-up is the question's missing Result, not a second attempt, and every screen
shows the figures the read layer (simulator/storage/views.py) gives for the stored session."""

from __future__ import annotations

import asyncio
import re

import pytest
from textual.widgets import DataTable, Static

from simulator.interview.personas import get_persona
from simulator.storage.export import render_html, render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import (
    average_score,
    compare_rows,
    counting_rows,
    kind_scores,
    views,
    weakest_questions,
)
from simulator.tui.app import make_app
from simulator.tui.screens.history import CompareScreen, HistoryScreen
from simulator.tui.screens.home import HomeScreen
from simulator.tui.screens.interview import InterviewScreen
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.feedback import StarBar
from simulator.tui.widgets.meters import AnswerTimer
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, settled, type_answer, until

# A story with its scene, its task and what the speaker did, and no word on how it ended:
# typed by someone whose English drops articles and mixes tenses.
NO_OUTCOME = (
    "In my previous job at physiotherapy clinic two receptionists were always fighting who "
    "covers the phones at lunch time, and patients are waiting on hold. My manager has asked "
    "me to settle it between them. I sat with each of them separately, then I made one lunch "
    "rota with fixed slots and put it on the shared calendar, and I checked with both of them "
    "every Friday."
)
GIVES_OUTCOME = (
    "After one month the fighting stopped, and the calls waiting at lunch went from around "
    "fifteen to two or three."
)


def rows_of(table: DataTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


@pytest.mark.slow
@pytest.mark.usefixtures("no_audio_devices")
def test_a_follow_up_that_gives_the_outcome_is_the_questions_result_not_a_second_attempt() -> (
    None
):
    async def scenario() -> dict[str, object]:
        seen: dict[str, object] = {}
        app = make_app(quiet_parts(), bank_id="behavioral")
        async with app.run_test(size=(140, 50)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
            screen = app.screen
            assert isinstance(screen, InterviewScreen)
            await settled(pilot)

            await type_answer(pilot, NO_OUTCOME)
            await settled(pilot)
            first = screen.last_turn
            assert first is not None
            seen["first"] = first
            seen["probe"] = screen.probe
            seen["first_bar"] = dict(screen.query_one(StarBar).parts)
            seen["first_target"] = screen.query_one(AnswerTimer).target_s

            await pilot.press("escape", "f")
            await settled(pilot)
            assert screen.asked is not None and screen.asked.follow_up_of == first.number
            # A probe is answered in a sentence: the clock holds it to no answer's target.
            seen["probe_target"] = screen.query_one(AnswerTimer).target_s
            await type_answer(pilot, GIVES_OUTCOME)
            await settled(pilot)
            follow_up = screen.last_turn
            assert follow_up is not None and follow_up is not first
            seen["follow_up"] = follow_up
            seen["follow_up_bar"] = dict(screen.query_one(StarBar).parts)
            seen["follow_up_probe"] = screen.probe
            seen["follow_up_title"] = str(screen.query_one("#feedback-title", Static).render())
            seen["session"] = screen.interview.session_id if screen.interview else ""

            await pilot.press("escape", "e")
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            await settled(pilot)
            summary = app.screen
            seen["summary_title"] = str(summary.query(".panel-title").first(Static).render())
            seen["summary_rows"] = rows_of(summary.query_one("#summary-table", DataTable))
            seen["practise"] = str(summary.query_one("#practise-next", Static).render())

            await pilot.press("escape")
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "home")
            await pilot.press("h")
            await until(pilot, lambda: isinstance(app.screen, HistoryScreen), "the history")
            await settled(pilot)
            history = app.screen
            weakest = history.query_one("#history-table", DataTable)
            seen["kinds"] = rows_of(history.query_one("#kind-table", DataTable))
            seen["weakest"] = rows_of(weakest)

            weakest.focus()
            await pilot.press("enter")
            await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the compare screen")
            await settled(pilot)
            seen["compare"] = rows_of(app.screen.query_one("#compare-table", DataTable))
        return seen

    seen = asyncio.run(scenario())
    first, follow_up = seen["first"], seen["follow_up"]
    probes = get_persona("hiring-manager").probes
    assert seen["probe"] in probes["no_result"], "no outcome: the probe asks how it turned out"
    assert seen["follow_up_probe"] is None, "a follow-up is never followed up"

    # Live feedback: the first answer lacks its Result, the follow-up's view of the question has it.
    assert not seen["first_bar"]["R"].present and seen["first_bar"]["A"].present
    assert seen["follow_up_bar"]["R"].present

    record = SessionStore().load(str(seen["session"]))
    answers = views(record)
    main, reply = answers
    assert reply.follow_up_of == main.number == first.number  # type: ignore[attr-defined]
    assert reply.number == follow_up.number  # type: ignore[attr-defined]
    assert main.counts and not reply.counts, "the follow-up is not a second attempt"
    assert seen["first_target"] is not None and seen["probe_target"] is None
    # The question's own view after the reply: its Result is the one the follow-up told, the
    # advice to give the outcome is marked repaired, and the hiring manager's "Results" ask
    # costs nothing more.
    assert main.star_marks == "S T A R" and reply.star_marks == "S T A R"
    assert main.star_parts["R"].from_follow_up
    assert not any("result" in tip.lower() or "how it ended" in tip for tip in main.tips)
    assert any("result" in tip.lower() for tip in main.repaired_tips)
    assert main.score_parts.get("audience", 0) == 0
    assert main.audience is not None and "Results" in main.audience.spoken_to
    for report in (render_markdown(record, lambda name: None),
                   render_html(record, lambda name: None)):
        section = report.split(main.question_text)[1].split("1 · follow-up.")[0]
        assert "Result ✓" in section or '<span class="hit">Result</span>' in section, section
        assert "Result ✗" not in section and '"miss">Result<' not in section
        assert "Repaired by the follow-up" in section
        assert "interviewer's asks" not in section
    assert "no_result" not in {f.code for f in reply.flaws}
    assert reply.judged_against_probe

    # Summary: both answers listed, the follow-up marked so; the average is the read layer's,
    # over the one counting answer, at the score the room gave the question after the reply.
    title = str(seen["follow_up_title"])
    said = re.search(r"question now (\d+)/100", title)
    assert said is not None, title
    assert main.score is not None and main.before_follow_up is not None
    assert f"{main.score:.0f}" == said.group(1) and main.score > main.before_follow_up
    average = average_score(answers)
    assert average == main.score
    assert f"1 answer (+1 follow-up) · average score {average:.0f}" in str(seen["summary_title"])
    # The reply has no score of its own: its title says what the probe asked and what it gave.
    assert title.startswith("Feedback · follow-up: gave the outcome ✓"), title
    assert "score" not in title
    summary_rows = seen["summary_rows"]
    assert isinstance(summary_rows, list) and len(summary_rows) == 2
    assert summary_rows[0][3] == f"{main.before_follow_up:.0f}→{main.score:.0f}"
    assert "no result" not in summary_rows[0][5], "the follow-up gave it"
    # The place says what the row is ("1 · follow-up"); the question is the probe itself.
    assert summary_rows[1][0].endswith("· follow-up") and "no result" not in summary_rows[1][5]
    assert summary_rows[1][3] == "gave ✓"
    assert f"(scored {main.before_follow_up:.0f})" not in str(seen["practise"])

    # History: one answer to one question, at the question's score after the follow-up.
    store = SessionStore()
    rows = counting_rows(store.history())
    assert len(rows) == 1
    (kind, count, mean, _), = kind_scores(rows)
    shown = [kind.replace("_", " "), "1", "1", f"{mean:.0f}"]  # one question, asked once
    assert seen["kinds"][0][:4] == shown  # type: ignore[index]
    assert count == 1 and mean == main.score
    (question_id, _, mean_score, attempts), = weakest_questions(rows)
    assert seen["weakest"][0][1:] == [f"{mean_score:.0f}", "1"]  # type: ignore[index]
    assert attempts == 1 and question_id == main.question_id

    # Compare: one attempt, its question's score after the follow-up, and the STAR view with
    # the Result present.
    (row,) = compare_rows(store.answers_to(question_id))
    assert seen["compare"] == [
        [row.started[:16].replace("T", " "), "Maya Okafor", *row.figures, row.points_lost_cell]
    ]
    assert row.score == main.score and row.star == "S T A R"
