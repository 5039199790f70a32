"""Tables that fit the terminal: at 80 columns every column stays on screen; the text columns
(a question, a list of flaws) wrap onto a second line instead of running off the right edge.

`fit_widths` decides the widths; `FittedTable` is a DataTable that re-lays its rows out with
them whenever its width changes, from rows it keeps as plain text."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import DataTable

CELL_PADDING = 2
"""A DataTable cell's padding: one space each side."""
EDGE = 2
"""Left for the table's own vertical scrollbar."""
FLEX_MIN = 10
"""The narrowest a wrapping column gets."""


def fit_widths(available: int, natural: Sequence[int], flexible: Sequence[int]) -> list[int]:
    """Content widths for columns that want `natural` widths in `available` cells (padding
    and a scrollbar included). The columns at the indexes `flexible` give way, in proportion
    to what they want and never below FLEX_MIN; the others keep their natural width. When
    everything fits, the natural widths."""
    budget = available - EDGE - CELL_PADDING * len(natural)
    if sum(natural) <= budget or not flexible:
        return list(natural)
    left = budget - sum(w for i, w in enumerate(natural) if i not in flexible)
    wanted = sum(natural[i] for i in flexible)
    widths = list(natural)
    for i in flexible:
        widths[i] = max(FLEX_MIN, min(natural[i], left * natural[i] // max(wanted, 1)))
    return widths


class FittedTable(DataTable[Text]):
    """A DataTable whose columns fit its width. Call `show` with the column labels, rows of
    plain text and which columns may wrap; a resize lays the same rows out again, keeping the
    cursor on its row."""

    def __init__(self, *, id: str | None = None, rows_selectable: bool = True) -> None:
        super().__init__(
            id=id, cursor_type="row" if rows_selectable else "none", zebra_stripes=rows_selectable
        )
        self._labels: tuple[str, ...] = ()
        self._rows: list[tuple[str | None, tuple[str, ...]]] = []
        self._flexible: tuple[int, ...] = ()
        self._widths: list[int] = []
        """The content widths the rows were last laid out with."""
        self._laid_out_for = 0

    def show(
        self,
        labels: Sequence[str],
        rows: Sequence[tuple[str | None, Sequence[str]]],
        flexible: Sequence[int],
    ) -> None:
        """`rows`: (row key, cells) pairs, cells as plain text."""
        self._labels = tuple(labels)
        self._rows = [(key, tuple(cells)) for key, cells in rows]
        self._flexible = tuple(flexible)
        self._widths = []  # new rows: laid out whatever the widths
        self._lay_out(self._width())

    def _width(self) -> int:
        width = self.size.width or self.parent_width()
        return max(width, 20)

    def parent_width(self) -> int:
        """Before the table is laid out: the width of the nearest laid-out container."""
        node = self.parent
        while node is not None:
            width = getattr(node, "size", None)
            if width is not None and width.width:
                return int(width.width)
            node = node.parent
        return self.app.size.width

    def _lay_out(self, width: int) -> None:
        self._laid_out_for = width
        row = self.cursor_row
        natural = [
            max([cell_len(label), *(cell_len(cells[i]) for _, cells in self._rows)])
            for i, label in enumerate(self._labels)
        ]
        widths = fit_widths(width, natural, self._flexible)
        if widths == self._widths:
            return  # a resize that changes no column: nothing to redo
        self._widths = widths
        self.clear(columns=True)
        for label, column_width in zip(self._labels, widths, strict=True):
            self.add_column(label, width=column_width)
        wraps = any(widths[i] < natural[i] for i in self._flexible)
        for key, cells in self._rows:
            self.add_row(*(Text(cell) for cell in cells), key=key, height=None if wraps else 1)
        if self._rows and self.cursor_type == "row":
            self.move_cursor(row=min(row, len(self._rows) - 1))

    def on_resize(self, event: events.Resize) -> None:
        if self._labels and event.size.width != self._laid_out_for:
            self._lay_out(event.size.width)
