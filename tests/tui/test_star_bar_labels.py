"""The compare screen's side-by-side STAR bars cut a short part's label: an 11% Task read
"T 11" in a column 44 cells wide. Every part's stretch is now at least as wide as its label,
taking the cells back from the wider ones, and the bar keeps its width."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult

from simulator.storage.views import StarPart
from simulator.tui.widgets.feedback import StarBar

SHARES = {"S": 0.31, "T": 0.11, "A": 0.37, "R": 0.20}  # breaker7's follow-up, D15/D20


class _Holder(App[None]):
    def compose(self) -> ComposeResult:
        yield StarBar()


def _bars(widths: range) -> dict[int, str]:
    async def scenario() -> dict[int, str]:
        app = _Holder()
        seen = {}
        async with app.run_test(size=(100, 10)) as pilot:
            bar = app.query_one(StarBar)
            bar.parts = {k: StarPart(k, True, share, None) for k, share in SHARES.items()}
            for width in widths:
                bar.styles.width = width
                await pilot.pause()
                seen[width] = str(bar.render()).splitlines()[0]
        return seen

    return asyncio.run(scenario())


def test_every_part_s_label_is_whole_at_narrow_widths() -> None:
    for width, line in _bars(range(28, 61, 4)).items():
        for label, share in SHARES.items():
            assert f" {label} {share * 100:.0f}%" in line, (width, line)
        assert len(line) == width, (width, line)
