"""Feedback on one answer, drawn from its `AnswerView` (simulator/storage/views.py, the one reader
of a stored analysis), so a live answer and a replayed old one look identical.

Colours come from component classes styled in app.tcss with theme variables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Static

from simulator.safe_text import counted, share_percent
from simulator.tui.widgets.meters import format_length

if TYPE_CHECKING:
    from simulator.storage.views import AnswerView, StarPart

PARTS = ("S", "T", "A", "R")
PART_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}


FOLLOW_UP_SEGMENT = "{part} in follow-up"
"""A part told in a follow-up (`StarPart.from_follow_up`): it has no share of the answer's
words, so its stretch of the bar says where it was told instead of a percentage."""


class StarBar(Widget):
    """Each STAR part's share of the answer as a stretch of the bar; missing parts as gaps; a
    part told in a follow-up as a stretch of its own that says so (a reply's view of its
    question: the other parts' shares are of the first answer's words)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"star--{part}" for part in PARTS} | {"star--gap"}

    parts: reactive[Mapping[str, StarPart]] = reactive(dict, always_update=True)
    """`AnswerView.star_parts`."""
    note: reactive[str] = reactive("")
    """`AnswerView.star_note`: shown instead of the parts when set (not a STAR answer)."""
    caption: reactive[str] = reactive("")
    """Said before the legend: `star_caption`, what the bar is of when not this answer's."""

    def render(self) -> Text:
        if self.note and not self.parts:
            return Text(self.note, style=self.get_component_rich_style("star--gap"))
        width = max(len(PARTS) * 4, self.size.width)
        later = {label for label, p in self.parts.items() if p.present and p.from_follow_up}
        present = {
            label: part.share_words
            for label, part in self.parts.items()
            if part.present and label not in later
        }
        missing = [part for part in PARTS if part not in present and part not in later]
        gap_width = 4
        later_width = len(FOLLOW_UP_SEGMENT.format(part="R")) + 2
        usable = width - gap_width * len(missing) - later_width * len(later)
        shown = {label: f" {label} {share_percent(share)}%" for label, share in present.items()}
        widths = _stretches(shown, present, usable)
        bar = Text()
        legend = Text(self.caption)
        for part in PARTS:
            style = self.get_component_rich_style(f"star--{part}") + Style(reverse=True)
            if part in later:
                told = f" {FOLLOW_UP_SEGMENT.format(part=part)}".ljust(later_width)
                bar.append(told, style=style + Style(italic=True))
            elif part in present:
                cells = widths[part]
                bar.append(shown[part].ljust(cells)[:cells], style=style)
            else:
                style = self.get_component_rich_style("star--gap")
                bar.append(f"[{part}]".center(gap_width, " "), style=style)
            said = " (in the follow-up)" if part in later else "" if part in present else " missing"
            legend.append(
                f"{PART_NAMES[part]}{said}  ",
                style=self.get_component_rich_style(
                    f"star--{part}" if part in present or part in later else "star--gap"
                ),
            )
        return Text("\n").join([bar[:width], legend])


def _stretches(
    shown: Mapping[str, str], shares: Mapping[str, float], usable: int
) -> dict[str, int]:
    """Cells of each present part's stretch: its share of `usable`, but never fewer than its
    label `shown` needs (a 11% Task in a narrow compare column read "T 11"); the cells a short
    part takes are taken back from the widest stretches."""
    total = sum(shares.values()) or 1.0
    least = {label: len(text) + 1 for label, text in shown.items()}
    cells = {label: max(least[label], round(usable * shares[label] / total)) for label in shown}
    while sum(cells.values()) > usable:
        spare = [label for label in cells if cells[label] > least[label]]
        if not spare:
            break
        cells[max(spare, key=lambda label: cells[label] - least[label])] -= 1
    return cells


def star_caption(answer: AnswerView) -> str:
    """What a StarBar of `answer.star_parts` shows when it is not the answer's own STAR: a
    judged follow-up's parts are its question's with the reply (the export's "STAR of 1 now"),
    and shown bare above the reply's words they read as the reply's own; "" otherwise."""
    if answer.probe is not None and answer.follow_up_of is not None and answer.star_parts:
        return "The question's STAR now: "
    return ""


class PartTranscript(Widget):
    """The answer's words coloured by STAR part, with fillers underlined and long pauses marked.

    `current_word` highlights one word (the replay screen follows playback with it)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"star--{part}" for part in PARTS} | {
        "star--filler",
        "star--pause",
        "star--current",
    }

    answer: reactive[AnswerView | None] = reactive(None, always_update=True, layout=True)
    """Setting it asks for a layout itself, as a new answer has its own number of lines. With
    a repaint only, the replay screen relied on its other fields' updates for the layout, and
    under load it was once drawn with the transcript one line high (its height with no
    answer) and stayed so."""
    current_word: reactive[int | None] = reactive(None)

    def __init__(self, *, word_action: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.word_action = word_action
        """An action called as `word_action(index)` when a word is clicked (replay seeks)."""

    def render(self) -> Text:
        if self.answer is None:
            return Text("")
        return render_transcript(
            self.answer,
            self.current_word,
            lambda name: self.get_component_rich_style(name),
            self.word_action,
        )


def render_transcript(
    answer: AnswerView,
    current_word: int | None,
    style_of: Any,
    word_action: str | None = None,
) -> Text:
    text = answer.text
    if not text:
        return Text("(no words)")
    rendered = Text(text)
    # Coloured by STAR part where the STAR bar shows the parts (a story), not elsewhere.
    star = answer.star_shown or not answer.has_star
    for segment in answer.segments if star else ():
        if segment.label in PARTS:
            rendered.stylize(
                style_of(f"star--{segment.label}"), segment.start_char, segment.end_char
            )
    for filler in answer.fillers:
        if filler.span is not None:
            rendered.stylize(style_of("star--filler"), *filler.span)
    word_spans = list(_word_spans(text))
    if word_action:
        for index, (start, end) in enumerate(word_spans):
            rendered.stylize(Style(meta={"@click": f"{word_action}({index})"}), start, end)
    if current_word is not None and 0 <= current_word < len(word_spans):
        rendered.stylize(style_of("star--current"), *word_spans[current_word])
    return _with_pause_marks(rendered, answer, word_spans, style_of("star--pause"))


def _word_spans(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) character offsets of the whitespace-separated words of `text`."""
    position = 0
    for word in text.split():
        start = text.index(word, position)
        position = start + len(word)
        yield start, position


def _with_pause_marks(
    rendered: Text, answer: AnswerView, word_spans: list[tuple[int, int]], style: Any
) -> Text:
    """Insert a "⏸ 2.4s" mark before the word that follows each long pause."""
    marks = [
        (word_spans[index][0], f"⏸ {length:.1f}s ")
        for index, length in answer.pause_marks
        if index < len(word_spans)
    ]
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


def length_text(answer: AnswerView) -> str:
    """The answer's length, said once: measured for a spoken answer, and for a typed one
    estimated from its spoken words, saying so."""
    if answer.length_s is not None:
        return f"length {format_length(answer.length_s)}"
    estimate = answer.estimated_length_s
    if estimate is not None:
        words = answer.spoken_words
        return f"about {format_length(estimate)} spoken (estimated from {words} words)"
    return "length unknown"


def timing_line(answer: AnswerView) -> str:
    pieces = [length_text(answer)]
    if answer.target_s is not None:
        low, high = answer.target_s
        pieces[0] += f" (target {format_length(low)}–{format_length(high)})"
    if answer.verdict:
        pieces.append(answer.verdict)
    if answer.words_per_minute:
        pieces.append(f"{answer.words_per_minute:.0f} words/min")
    pieces.append(counted(len(answer.pauses), "long pause"))
    pieces.append(counted(answer.filler_count, "filler"))
    return " · ".join(pieces)


def review_lines(answer: AnswerView) -> list[str]:
    """What this audience listens for and whether the answer gave it, which company value it
    connected to, and a mode's own review (the depth of the candidate's questions, a talk's
    structure and time): the lines under the tips."""
    lines: list[str] = []
    lost = answer.question_points_lost  # a reply's: its question's, beside "question now"
    if lost:
        lines.append(lost.capitalize())
        lines.extend(f"  {line}" for line in answer.why_lost)
    fit = answer.audience
    if fit is not None:
        parts = fit.marks
        if parts:
            from simulator.analysis.answer import audience_charge

            cost = round(answer.score_parts.get("audience", 0))
            charge = audience_charge(cost, fit.listed_points)
            charge = f" ({charge})" if charge else ""
            lines.append(f"{fit.name} listens for: " + ", ".join(parts) + charge)
    for link in answer.value_links:
        lines.append(f"Connected to the value “{link.value}” ({link.cue})")
    facts = answer.facts
    if facts is not None:
        lines.append("From the profile you used: " + ("; ".join(facts.used) or "nothing"))
        if facts.missed:
            lines.append("You missed: " + "; ".join(facts.missed))
        lines.extend((*facts.wrong, *facts.unlisted))
    then = answer.round_one
    if then is not None:
        said = f": you said “{then.answer}”" if then.answer else ""
        told = f"; they said “{then.feedback}”" if then.feedback else ""
        lines.append(f"Round one asked “{then.question}”{said}{told}")
    from simulator.storage.views import asked_review, talk_structure

    lines.extend(asked_review(answer))
    delivery = answer.delivery
    if delivery is not None:
        lines.append(
            f"Delivery: pitch moves {delivery.pitch_sd_st:.1f} semitones, "
            f"loudness {delivery.energy_sd_db:.1f} dB" + (" · flat" if delivery.flat else "")
        )
        if delivery.note:
            lines.append(delivery.note)
    talk = answer.talk
    if talk is not None:
        used = f"{format_length(talk.duration_s)} of " if talk.duration_s is not None else ""
        verdict = f" ({talk.slot_verdict})" if talk.slot_verdict else ""
        lines.append(
            f"Talk: {used}{format_length(talk.slot_s)} slot{verdict} · {talk_structure(talk)}"
        )
        lines.extend(talk.notes)
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

    def show(self, answer: AnswerView, probe: str | None = None) -> None:
        self.query_one("#feedback-title", Static).update(f"Feedback · {answer.heading}")
        bar = self.query_one(StarBar)
        bar.parts, bar.note = answer.star_bar_parts, answer.star_note
        bar.caption = star_caption(answer)
        self.query_one(PartTranscript).answer = answer
        self.query_one("#timing", Static).update(timing_line(answer))
        # What the recording let through comes first: no tip is worth more than knowing the
        # words below may not be what was said (breaker12 V2, V9).
        lines = [f"! {line}" for line in answer.recording] + [f"• {tip}" for tip in answer.tips]
        self.query_one("#tips", Static).update("\n".join(lines))
        self.show_review(answer)
        self.query_one("#probe", Static).update(
            f"Follow-up: “{probe}”  (f to answer it)" if probe else ""
        )
        self.add_class("-shown")

    def show_review(self, answer: AnswerView) -> None:
        """The review lines alone: the delivery (pitch, loudness) is measured after the rest of
        the feedback is shown, and filled in here."""
        self.query_one("#review", Static).update("\n".join(review_lines(answer)))
