"""The history screen's trend columns."""

from __future__ import annotations

from simulator.tui.widgets.trend import BLOCKS


def test_the_trend_rises_with_the_scores() -> None:
    from simulator.tui.widgets.trend import column_chart

    line = column_chart([40.0, 60.0, 80.0], 24, rows=1)[0]
    assert len(line) == 3
    assert [BLOCKS.index(c) for c in line] == sorted(BLOCKS.index(c) for c in line)
    assert line[0] != line[-1]
