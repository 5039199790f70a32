"""Feedback on one answer, drawn from the analysis dictionary (AnswerAnalysis.to_dict(), the same
data a stored turn keeps), so a live answer and a replayed old one look identical.

Colours come from component classes styled in app.tcss with theme variables."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from simulator.tui.widgets.meters import format_seconds

PARTS = ("S", "T", "A", "R")
PART_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


class StarBar(Widget):
    """Each STAR part's share of the answer as a stretch of the bar; missing parts as gaps."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"star--{part}" for part in PARTS} | {"star--gap"}

    parts: reactive[dict[str, Any]] = reactive(dict, always_update=True)

    def render(self) -> Text:
        width = max(len(PARTS) * 4, self.size.width)
        present = {
            part: float(_mapping(self.parts.get(part)).get("share_words") or 0.0)
            for part in PARTS
            if _mapping(self.parts.get(part)).get("present")
        }
        missing = [part for part in PARTS if part not in present]
        gap_width = 4
        usable = width - gap_width * len(missing)
        total = sum(present.values()) or 1.0
        bar = Text()
        legend = Text()
        for part in PARTS:
            if part in present:
                cells = max(2, round(usable * present[part] / total))
                style = self.get_component_rich_style(f"star--{part}") + Style(reverse=True)
                bar.append(f" {part} {present[part] * 100:.0f}%".ljust(cells)[:cells], style=style)
            else:
                style = self.get_component_rich_style("star--gap")
                bar.append(f"[{part}]".center(gap_width, " "), style=style)
            legend.append(
                f"{PART_NAMES[part]}{'' if part in present else ' missing'}  ",
                style=self.get_component_rich_style(
                    f"star--{part}" if part in present else "star--gap"
                ),
            )
        return Text("\n").join([bar[:width], legend])


class PartTranscript(Widget):
    """The answer's words coloured by STAR part, with fillers underlined and long pauses marked.

    `current_word` highlights one word (the replay screen follows playback with it)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"star--{part}" for part in PARTS} | {
        "star--filler",
        "star--pause",
        "star--current",
    }

    analysis: reactive[dict[str, Any]] = reactive(dict, always_update=True)
    current_word: reactive[int | None] = reactive(None)

    def __init__(self, *, word_action: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.word_action = word_action
        """An action called as `word_action(index)` when a word is clicked (replay seeks)."""

    def render(self) -> Text:
        return render_transcript(
            self.analysis,
            self.current_word,
            lambda name: self.get_component_rich_style(name),
            self.word_action,
        )


def render_transcript(
    analysis: Mapping[str, Any],
    current_word: int | None,
    style_of: Any,
    word_action: str | None = None,
) -> Text:
    transcript = _mapping(analysis.get("transcript"))
    text = str(transcript.get("text", ""))
    if not text:
        return Text("(no words)")
    rendered = Text(text)
    for segment in _mapping(analysis.get("star")).get("segments", ()) or ():
        segment = _mapping(segment)
        label = str(segment.get("label", ""))[:1].upper()
        if label in PARTS:
            rendered.stylize(
                style_of(f"star--{label}"),
                int(segment.get("start_char", 0)),
                int(segment.get("end_char", 0)),
            )
    for start, end in filler_spans(analysis, text):
        rendered.stylize(style_of("star--filler"), start, end)
    word_spans = list(_word_spans(text))
    if word_action:
        for index, (start, end) in enumerate(word_spans):
            rendered.stylize(Style(meta={"@click": f"{word_action}({index})"}), start, end)
    if current_word is not None and 0 <= current_word < len(word_spans):
        rendered.stylize(style_of("star--current"), *word_spans[current_word])
    return _with_pause_marks(rendered, analysis, word_spans, style_of("star--pause"))


def _word_spans(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) character offsets of the whitespace-separated words of `text`."""
    position = 0
    for word in text.split():
        start = text.index(word, position)
        position = start + len(word)
        yield start, position


def filler_spans(analysis: Mapping[str, Any], text: str) -> list[tuple[int, int]]:
    """Character spans of the fillers, found in order: the analysis lists each filler's words
    (and its time), not where it sits in the text."""
    spans = []
    lowered = text.lower()
    position = 0
    for item in _mapping(analysis.get("fillers")).get("items", ()) or ():
        filler = str(_mapping(item).get("text", "")).lower()
        if not filler:
            continue
        match = re.compile(rf"\b{re.escape(filler)}\b").search(lowered, position)
        if match:
            spans.append(match.span())
            position = match.end()
    return spans


def _with_pause_marks(
    rendered: Text, analysis: Mapping[str, Any], word_spans: list[tuple[int, int]], style: Any
) -> Text:
    """Insert a "⏸ 2.4s" mark before the word that follows each long pause."""
    words = list(_mapping(analysis.get("transcript")).get("words", ()) or ())
    pauses = _mapping(analysis.get("timing")).get("long_pauses", ()) or ()
    marks: list[tuple[int, str]] = []
    for pause in pauses:
        pause = _mapping(pause)
        end = pause.get("end")
        if not isinstance(end, int | float):
            continue
        for index, word in enumerate(words[: len(word_spans)]):
            start = _mapping(word).get("start")
            if isinstance(start, int | float) and start >= end - 0.01:
                length = float(pause.get("duration", end - float(pause.get("start", end))))
                marks.append((word_spans[index][0], f"⏸ {length:.1f}s "))
                break
    if not marks:
        return rendered
    result = Text()
    cursor = 0
    for offset, mark in sorted(marks):
        result.append_text(rendered[cursor:offset])
        result.append(mark, style=style)
        cursor = offset
    result.append_text(rendered[cursor:])
    return result


def length_text(timing: Mapping[str, Any]) -> str:
    """The answer's length, said once: measured for a spoken answer, and for a typed one
    estimated from its spoken words (at TYPICAL_WPM), saying so."""
    from simulator.analysis.timing import TYPICAL_WPM

    duration = timing.get("duration_s")
    if isinstance(duration, int | float):
        return f"length {format_seconds(float(duration))}"
    words = timing.get("words")
    if isinstance(words, int) and words > 0:
        estimate = words / TYPICAL_WPM * 60.0
        return f"about {format_seconds(estimate)} spoken (estimated from {words} words)"
    return "length unknown"


def timing_line(analysis: Mapping[str, Any]) -> str:
    timing = _mapping(analysis.get("timing"))
    fillers = _mapping(analysis.get("fillers"))
    target: list[float] = list(timing.get("target_s") or ())
    pieces = [length_text(timing)]
    if len(target) == 2:
        low, high = target
        pieces[0] += f" (target {format_seconds(low)}–{format_seconds(high)})"
    if timing.get("verdict"):
        pieces.append(str(timing["verdict"]))
    if timing.get("wpm"):
        pieces.append(f"{float(timing['wpm']):.0f} words/min")
    pieces.append(f"{len(timing.get('long_pauses') or ())} long pauses")
    pieces.append(f"{int(fillers.get('count') or 0)} fillers")
    return " · ".join(pieces)


def score_text(analysis: Mapping[str, Any]) -> str:
    score = analysis.get("score")
    return "—" if not isinstance(score, int | float) else f"{score:.0f}/100"


def review_lines(analysis: Mapping[str, Any]) -> list[str]:
    """What this audience listens for and whether the answer gave it, which company value it
    connected to, and a mode's own review (the depth of the candidate's questions, a talk's
    structure and time): the lines under the tips, from the stored analysis."""
    lines: list[str] = []
    audience = _mapping(analysis.get("audience"))
    if audience:
        gave = [str(label) for label in audience.get("themes_spoken_to", ()) or ()]
        missed = [
            str(_mapping(m).get("label", "")) for m in audience.get("themes_missed", ()) or ()
        ]
        parts = [f"✓ {label}" for label in gave] + [f"✗ {label}" for label in missed]
        if parts:
            who = audience.get("name", "This interviewer")
            lines.append(f"{who} listens for: " + ", ".join(parts))
    for link in analysis.get("company_values", ()) or ():
        link = _mapping(link)
        lines.append(f"Connected to the value “{link.get('value', '')}” ({link.get('cue', '')})")
    asked = _mapping(analysis.get("candidate_questions"))
    for question in asked.get("questions", ()) or ():
        question = _mapping(question)
        lines.append(
            f"You asked: “{question.get('text', '')}”: {question.get('depth', '')}"
            f" ({question.get('reason', '')})"
        )
    lines.extend(str(note) for note in asked.get("feedback", ()) or ())
    delivery = _mapping(analysis.get("delivery"))
    if delivery:
        lines.append(
            f"Delivery: pitch moves {float(delivery.get('pitch_sd_st') or 0):.1f} semitones, "
            f"loudness {float(delivery.get('energy_sd_db') or 0):.1f} dB"
            + (" · flat" if delivery.get("flat") else "")
        )
        if delivery.get("note"):
            lines.append(str(delivery["note"]))
    talk = _mapping(analysis.get("presentation"))
    if talk:
        duration = talk.get("duration_s")
        used = f"{format_seconds(float(duration))} of " if isinstance(duration, int | float) else ""
        structure = [
            "opening ✓" if talk.get("opening") else "opening ✗",
            f"{int(talk.get('main_points') or 0)} main points",
            "close ✓" if talk.get("close") else "close ✗",
        ]
        slot = format_seconds(float(talk.get("slot_s") or 0.0))
        verdict = f" ({talk['slot_verdict']})" if talk.get("slot_verdict") else ""
        lines.append(f"Talk: {used}{slot} slot{verdict} · " + " · ".join(structure))
        lines.extend(str(note) for note in talk.get("notes", ()) or ())
    return lines


class FeedbackView(Vertical):
    """Everything about one answer: score, STAR bar, coloured transcript, timing, tips, probe."""

    def compose(self) -> ComposeResult:
        yield Static("", id="feedback-title", classes="panel-title")
        yield StarBar()
        yield PartTranscript()
        yield Static("", id="timing")
        yield Static("", id="tips", classes="tips", markup=False)
        yield Static("", id="review", classes="tips", markup=False)
        yield Static("", id="probe", markup=False)

    def show(self, analysis: Mapping[str, Any], probe: str | None = None) -> None:
        data = dict(analysis)
        self.query_one("#feedback-title", Static).update(f"Feedback · score {score_text(data)}")
        self.query_one(StarBar).parts = dict(_mapping(_mapping(data.get("star")).get("parts")))
        self.query_one(PartTranscript).analysis = data
        self.query_one("#timing", Static).update(timing_line(data))
        tips = [str(tip) for tip in data.get("tips", ()) or ()]
        self.query_one("#tips", Static).update("\n".join(f"• {tip}" for tip in tips))
        self.query_one("#review", Static).update("\n".join(review_lines(data)))
        self.query_one("#probe", Static).update(
            f"Follow-up: “{probe}”  (f to answer it)" if probe else ""
        )
        self.add_class("-shown")
