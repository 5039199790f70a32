"""Live answer gauges: the input level and the answer timer against the question's target band.

Both are driven by the recorder's events (level and elapsed seconds counted in samples), never by
the wall clock, so they behave the same on real hardware, on the unpaced virtual microphone and in
frozen snapshot tests."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

TYPED_LABEL = "typed answers: no microphone in use"
"""Where the level meter stands when answers are typed."""

LOUD = 0.85
"""Above this level the meter shows the 'loud' style: the user may be too close to the mic."""


class LevelMeter(Widget):
    """The microphone's input level as a bar; with `typed` set (answers are typed, no microphone
    is in use) it says so instead of showing an idle meter."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "level-meter--bar",
        "level-meter--loud",
        "level-meter--empty",
    }

    level: reactive[float] = reactive(0.0)
    typed: reactive[bool] = reactive(False)

    def render(self) -> Text:
        if self.typed:
            return Text(TYPED_LABEL, style=self.get_component_rich_style("level-meter--empty"))
        label = "mic "
        width = max(1, self.size.width - len(label))
        filled = round(max(0.0, min(1.0, self.level)) * width)
        style_name = "level-meter--loud" if self.level >= LOUD else "level-meter--bar"
        text = Text(label)
        text.append("█" * filled, style=self.get_component_rich_style(style_name))
        text.append(
            "·" * (width - filled), style=self.get_component_rich_style("level-meter--empty")
        )
        return text


def format_seconds(seconds: float) -> str:
    """A running clock or a place in a recording: "1:03" from 63.0 s until 64.0 s."""
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


def format_length(seconds: float) -> str:
    """A length or a target: "1:04" for 63.6 s, rounded to the second as the analysis rounds
    its "64 s", so the two read the same."""
    return format_seconds(round(seconds))


def band_class(elapsed_s: float, target_s: tuple[float, float]) -> str:
    """Which part of the target band the answer is in: amber past the band, red well past it."""
    low, high = target_s
    if elapsed_s < low:
        return "-under"
    if elapsed_s <= high:
        return "-in-band"
    if elapsed_s <= high * 1.25:
        return "-long"
    return "-too-long"


BAND_CLASSES = ("-under", "-in-band", "-long", "-too-long")
OVER_WARNINGS = {
    "-long": "  · past the target: wrap up",
    "-too-long": "  · well over time: finish now",
}
"""Said beside the clock once an answer (or a talk, against its slot) runs past its target."""


class AnswerTimer(Static):
    elapsed_s: reactive[float] = reactive(0.0)

    def __init__(
        self, target_s: tuple[float, float] | None = (60.0, 120.0), *, id: str | None = None
    ):
        super().__init__("", id=id)
        self.target_s = target_s

    def set_target(self, target_s: tuple[float, float] | None) -> None:
        """The band to show the clock against; None: no target (the candidate's own
        questions), the clock alone."""
        self.target_s = target_s
        self.elapsed_s = 0.0
        self._show(0.0)

    def watch_elapsed_s(self, elapsed_s: float) -> None:
        self._show(elapsed_s)

    def _show(self, elapsed_s: float) -> None:
        if self.target_s is None:
            self.update(format_seconds(elapsed_s))
            for name in BAND_CLASSES:
                self.set_class(False, name)
            return
        low, high = self.target_s
        current = band_class(elapsed_s, self.target_s)
        self.update(
            f"{format_seconds(elapsed_s)}  target {format_length(low)}–{format_length(high)}"
            + OVER_WARNINGS.get(current, "")
        )
        for name in BAND_CLASSES:
            self.set_class(name == current, name)
