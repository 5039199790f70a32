"""The history screen's figures by kind of question, from real store rows."""

from __future__ import annotations

from simulator.storage.index import HistoryRow
from simulator.tui.screens.history import kind_scores
from simulator.tui.widgets.trend import BLOCKS


def row(kind: str, started: str, score: float | None) -> HistoryRow:
    return HistoryRow(
        session_id="20260105-093000-abcdef",
        started=started,
        number=1,
        persona_id="peer",
        question_id="behavioral/conflict-peer",
        question_kind=kind,
        question_text="Q",
        answer_mode="typed",
        interrupted=False,
        retake_of=None,
        score=score,
        length_s=None,
        words=40,
        words_per_minute=None,
        fillers_per_minute=None,
    )


def test_each_kind_has_its_mean_and_its_scores_in_time_order() -> None:
    rows = [
        row("behavioral", "2026-01-12T09:00", 80.0),
        row("motivation", "2026-01-05T09:00", 50.0),
        row("behavioral", "2026-01-05T09:00", 40.0),
        row("behavioral", "2026-01-08T09:00", None),  # an answer with no score still counts
    ]
    found = {kind: (answers, mean, scores) for kind, answers, mean, scores in kind_scores(rows)}
    assert found["behavioral"] == (3, 60.0, (40.0, 80.0))
    assert found["motivation"] == (1, 50.0, (50.0,))


def test_the_trend_rises_with_the_scores() -> None:
    from simulator.tui.widgets.trend import column_chart

    line = column_chart([40.0, 60.0, 80.0], 24, rows=1)[0]
    assert len(line) == 3
    assert [BLOCKS.index(c) for c in line] == sorted(BLOCKS.index(c) for c in line)
    assert line[0] != line[-1]
