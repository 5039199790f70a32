"""A small column chart of one measure over time (score, length, pace, fillers), drawn with
block characters so it needs no plotting library and takes its colour from the theme."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from simulator.safe_text import counted

BLOCKS = " ▁▂▃▄▅▆▇█"
ROWS = 4


def column_chart(
    values: Sequence[float],
    width: int,
    rows: int = ROWS,
    scale: tuple[float, float] | None = None,
) -> list[str]:
    """`rows` lines of text, one column per value (the latest `width` values), scaled from the
    lowest to the highest value shown, or over `scale` (low, high) when given: scores out of
    100 drawn from 0 to 100, so 100 and 99 are two full columns, not full and empty
    (breaker10 D29)."""
    shown = list(values)[-width:]
    if not shown:
        return [""] * rows
    low, high = scale if scale is not None else (min(shown), max(shown))
    shown = [min(high, max(low, value)) for value in shown]
    span = (high - low) or 1.0
    steps = rows * (len(BLOCKS) - 1)
    # The smallest value still gets one step, so every answer is visible.
    heights = [1 + round((value - low) / span * (steps - 1)) for value in shown]
    lines = []
    for row in range(rows - 1, -1, -1):
        floor = row * (len(BLOCKS) - 1)
        lines.append("".join(BLOCKS[max(0, min(len(BLOCKS) - 1, h - floor))] for h in heights))
    return lines


class TrendChart(Widget):
    COMPONENT_CLASSES: ClassVar[set[str]] = {"trend--bars", "trend--label"}

    values: reactive[tuple[float, ...]] = reactive(tuple, always_update=True)

    def __init__(self, title: str, unit: str = "", *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title = title
        self.unit = unit
        self.empty = "no answers yet"
        """What the chart says when it has no values (why there are none)."""

    def render(self) -> Text:
        label_style = self.get_component_rich_style("trend--label")
        text = Text(self.title, style=label_style)
        if not self.values:
            text.append(f"\n  {self.empty}")
            return text
        latest, low, high = self.values[-1], min(self.values), max(self.values)
        figures = (
            f"latest {latest:.0f}{self.unit}",
            f"range {low:.0f}–{high:.0f}{self.unit}",
            counted(len(self.values), "answer"),
        )
        # One line, so the bars below keep their rows: as many figures as fit the width.
        width = self.size.width - len(self.title) - 2
        shown = next(
            (
                " · ".join(figures[:count])
                for count in (3, 2, 1)
                if len(" · ".join(figures[:count])) <= width
            ),
            figures[0],
        )
        text.append(f"  {shown}")
        bars_style = self.get_component_rich_style("trend--bars")
        for line in column_chart(self.values, max(4, self.size.width - 2)):
            text.append("\n" + line, style=bars_style)
        return text
