"""Feedback on a timed talk (a presentation or case exercise) instead of a STAR story.

A talk is judged by different rules than an answer: it must fit its slot, and listeners follow it
best when it says where it is going, moves through a few clearly marked points, and ends by
landing the message. These checks look for the spoken signposts that do that job. Timing,
pauses and fillers come from the shared timing and filler checks, measured against the slot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from simulator.analysis.fillers import FillerReport, filler_report
from simulator.analysis.timing import TimingReport, timing_report
from simulator.analysis.tokens import Token, tokenize
from simulator.speech.stt import Transcript

SlotVerdict = Literal["short", "ok", "over"]

SHORT_FRACTION = 0.75
"""A talk under three quarters of its slot leaves the panel wondering what was left out."""
OPENING_WORDS = 60
"""The opening is the first ~25 seconds of speech at a normal pace."""
CLOSING_WORDS = 60
MIN_MAIN_POINTS = 2

_OPENING_CUES = (
    "today i",
    "i'm going to",
    "i am going to",
    "i'll talk",
    "i will talk",
    "i'll cover",
    "i will cover",
    "i want to cover",
    "i'd like to",
    "i would like to",
    "in the next",
    "my plan",
    "agenda",
    "three things",
    "two things",
    "four things",
    "three parts",
    "three phases",
    "my message",
    "my main message",
    "the message today",
    "my proposal",
    "i propose",
    "the question is",
    "the problem is",
    "my recommendation",
    "in this talk",
    "this presentation",
    "we'll look at",
    "we will look at",
    "my goal",
    "the goal is",
    "my aim",
    "the aim is",
    "by the end of",
    "i will get there",
    "i'll get there",
    "here is how",
    "here's how",
    "walk you through",
    "take you through",
)
_ANNOUNCED_COUNTS = frozenset(("two", "three", "four", "five", "2", "3", "4", "5"))
_ANNOUNCED_SECTIONS = frozenset((
    "things", "steps", "parts", "phases", "stages", "areas", "points", "priorities", "goals",
    "ideas", "questions", "options", "sections", "topics", "themes", "pillars", "reasons",
    "ways", "changes", "moves",
))
"""An opening that names how many sections follow ("I will get there in three steps", "two
main parts", "3 priorities") says where the talk goes, whatever verb comes before it; one word
may stand between the count and the noun ("three simple steps")."""
_POINT_MARKERS = (
    "first",
    "firstly",
    "second",
    "secondly",
    "third",
    "thirdly",
    "fourth",
    "next",
    "then",
    "finally",
    "lastly",
    "another",
    "moving on",
    "the next",
    "phase one",
    "phase two",
    "phase three",
    "step one",
    "step two",
    "step three",
    "my first",
    "my second",
    "my third",
)
_SECTION_NOUNS = frozenset((
    "day", "days", "week", "weeks", "month", "months", "quarter", "year", "phase", "step",
    "stage", "part", "point",
))
_COUNTS = frozenset((
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
))
"""A section named by its place in time or order at the start of a sentence ("Days thirty to
sixty: ...", "Week two, ...", "Phase 3 ..."): a point marker as "first" or "next" is."""

_CLOSING_CUES = (
    "to sum up",
    "summing up",
    "in summary",
    "to summarise",
    "to summarize",
    "to conclude",
    "in conclusion",
    "to wrap up",
    "wrapping up",
    "so the key",
    "the key message",
    "the main takeaway",
    "my recommendation",
    "i recommend",
    "in short",
    "that's why",
    "that is why",
    "so overall",
    "overall",
    "thank you",
    "thanks for listening",
    "happy to take questions",
    "any questions",
)


@dataclass(frozen=True)
class PresentationReview:
    slot_s: float
    duration_s: float | None
    """None for a typed talk, which has no time."""
    slot_verdict: SlotVerdict | None
    timing: TimingReport
    fillers: FillerReport
    opening: bool
    """The talk said early on what it would cover."""
    main_points: int
    """Signposted points ("first", "next", "finally", ...), each marker counted once."""
    close: bool
    """The talk ended by summing up, recommending or inviting questions."""
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "slot_s": self.slot_s,
            "duration_s": None if self.duration_s is None else round(self.duration_s, 2),
            "slot_verdict": self.slot_verdict,
            "timing": self.timing.to_dict(),
            "fillers": self.fillers.to_dict(),
            "opening": self.opening,
            "main_points": self.main_points,
            "close": self.close,
            "notes": list(self.notes),
        }


def review_presentation(transcript: Transcript, slot_s: float) -> PresentationReview:
    """Check a talk against its slot and for an opening, main points and a close."""
    tokens = tokenize(transcript)
    timing = timing_report(tokens, (slot_s * SHORT_FRACTION, slot_s), transcript.duration_s)
    fillers = filler_report(tokens, timing.speaking_minutes)
    duration = timing.duration_s if timing.duration_s is not None else transcript.duration_s
    verdict: SlotVerdict | None = None
    if duration is not None:
        verdict = (
            "over" if duration > slot_s else "short" if duration < slot_s * SHORT_FRACTION else "ok"
        )
    shape = talk_shape(tokens)
    opening, points, close = shape.opening, shape.main_points, shape.close
    notes = _notes(slot_s, duration, verdict, opening, points, close, timing, fillers)
    return PresentationReview(
        slot_s=slot_s,
        duration_s=duration,
        slot_verdict=verdict,
        timing=timing,
        fillers=fillers,
        opening=opening,
        main_points=points,
        close=close,
        notes=notes,
    )


@dataclass(frozen=True)
class TalkShape:
    """What a listener needs to follow a talk: an opening that says where it goes, main points
    marked out loud, and a close that lands the message."""

    opening: bool
    main_points: int
    close: bool


def talk_shape(tokens: tuple[Token, ...]) -> TalkShape:
    """The shape of a talk from its words alone (no clock): the same for the score
    (`shape_costs`, in `analysis.answer`) and the talk's review, in every place a talk is
    judged."""
    opening = _has_any(tokens[:OPENING_WORDS], _OPENING_CUES) or _announces_sections(
        tokens[:OPENING_WORDS]
    )
    closing_tokens = tokens[-CLOSING_WORDS:] if len(tokens) > OPENING_WORDS else tokens
    close = _has_any(closing_tokens, _CLOSING_CUES)
    return TalkShape(opening=opening, main_points=_main_points(tokens), close=close)


SHAPE_POINTS = {"opening": 15.0, "points": 20.0, "close": 15.0}
"""Structure points a talk loses for each part of its shape it lacks, 50 in all: what a story
loses in structure when it tells no STAR part (`answer._star_score`: 50 - half the STAR score),
so a talk with no shape and a story with no parts stand alike. The main points are the body of
the talk, as the actions are of a story, and weigh most (20; half of it when only one point is
marked, since a single point gives the listener nothing to count through); the opening and the
close each frame the body, as the scene and the result frame a story's actions (15 each): a
panel that is not told where the talk goes or what to take away from it remembers less of it.
Without these points a talk with none of its shape scored within 2-3 points of a well-shaped
one, all from its length (breaker14 B14)."""


def shape_costs(shape: TalkShape) -> list[tuple[str, float]]:
    """Why a talk's structure loses points, and how many (`SHAPE_POINTS`): one reason per part
    of its shape it lacks, nothing for a well-shaped talk."""
    costs: list[tuple[str, float]] = []
    if not shape.opening:
        costs.append(("no opening that says where the talk goes", SHAPE_POINTS["opening"]))
    if shape.main_points == 0:
        costs.append(("no main points marked out loud", SHAPE_POINTS["points"]))
    elif shape.main_points < MIN_MAIN_POINTS:
        costs.append(("only one main point marked out loud", SHAPE_POINTS["points"] / 2))
    if not shape.close:
        costs.append(("no close that sums up or lands the message", SHAPE_POINTS["close"]))
    return costs


def _announces_sections(tokens: tuple[Token, ...]) -> bool:
    """A count of sections named in the opening ("in three steps", "two main parts")."""
    norms = [t.norm for t in tokens]
    return any(
        norm in _ANNOUNCED_COUNTS
        and any(later in _ANNOUNCED_SECTIONS for later in norms[index + 1 : index + 3])
        for index, norm in enumerate(norms)
    )


def _joined(tokens: tuple[Token, ...]) -> str:
    return " " + " ".join(t.norm for t in tokens) + " "


def _has_any(tokens: tuple[Token, ...], cues: tuple[str, ...]) -> bool:
    text = _joined(tokens)
    return any(f" {cue} " in text for cue in cues)


_SUMMING_UP = tuple(cue.split() for cue in (
    "to sum up", "summing up", "in summary", "to summarise", "to summarize", "to conclude",
    "in conclusion", "to wrap up", "wrapping up", "in short", "to recap",
))
"""Where a sentence starts summing up the points already made."""

_LEAD_INS = frozenset((
    "in", "for", "during", "over", "within", "from", "after", "across", "by", "the", "my", "our",
))
"""Words a section's marker may follow at the start of a sentence: "In the first thirty days
...", "In days thirty to sixty ...", "For my next step ...". Up to two are passed over."""


def _main_points(tokens: tuple[Token, ...]) -> int:
    """Distinct point markers used at the start of a sentence or clause (where a speaker moves
    on), so "the first ninety days" in the middle of a sentence does not count as a point; a
    section named by its place ("Days thirty to sixty: ...", "Week two, ...") is one too, and
    either may follow a lead-in ("In the first thirty days I will ...", "In days thirty to
    sixty ...": `_LEAD_INS`)."""
    markers: set[str] = set()
    boundary = True
    norms = [t.norm for t in tokens]
    summing = False
    for index, token in enumerate(tokens):
        # A sum-up restates the points ("To sum up: lanes, then cages"): it adds none.
        summing = summing or any(
            norms[index : index + len(cue)] == cue for cue in _SUMMING_UP
        )
        if boundary and not summing:
            start = index
            while start < min(index + 2, len(norms) - 1) and norms[start] in _LEAD_INS:
                start += 1
            # "By day ninety ..." names a deadline, not a section of the talk.
            deadline = "by" in norms[index:start]
            for at in dict.fromkeys((index, start)):
                markers |= _markers_at(norms, at, sections=not deadline)
        boundary = token.sentence_end or token.clause_end or token.norm in {"and", "so", "now"}
        summing = summing and not token.sentence_end
    # Without punctuation (some recognizers) every marker counts: there are no boundaries to see.
    if not any(t.sentence_end or t.clause_end for t in tokens):
        text = _joined(tokens)
        markers = {m for m in _POINT_MARKERS if f" {m} " in text}
    # "then" alone is too common to count unless other markers show the talk is signposted.
    if markers == {"then"}:
        return 0
    return len(markers)


def _markers_at(norms: list[str], index: int, sections: bool = True) -> set[str]:
    """The point markers that open at `index`: a signpost ("first", "phase two") or, unless
    `sections` is False, a section named by its place ("days thirty", "week 2")."""
    found = set()
    for marker in _POINT_MARKERS:
        words = marker.split()
        if norms[index : index + len(words)] == words:
            found.add(marker)
    following = norms[index + 1] if index + 1 < len(norms) else ""
    counted = following in _COUNTS or (following.isdigit() and len(following) <= 2)
    if sections and norms[index] in _SECTION_NOUNS and counted:
        found.add(f"{norms[index]} {following}")
    if norms[index] in ("last", "final") and (following in _SECTION_NOUNS or counted):
        found.add("finally")  # "For the last month ...", "In the final two weeks ..."
    return found


def _notes(
    slot_s: float,
    duration: float | None,
    verdict: SlotVerdict | None,
    opening: bool,
    points: int,
    close: bool,
    timing: TimingReport,
    fillers: FillerReport,
) -> tuple[str, ...]:
    notes: list[str] = []
    if verdict == "over" and duration is not None:
        notes.append(
            f"You ran {duration - slot_s:.0f} s over a {slot_s:.0f} s slot: panels cut people off. "
            "Drop a point rather than speed up."
        )
    elif verdict == "short" and duration is not None:
        notes.append(
            f"{duration:.0f} s of a {slot_s:.0f} s slot: use the time to give one more example "
            "or the evidence behind your main point."
        )
    elif verdict == "ok":
        notes.append(f"Within the {slot_s:.0f} s slot.")
    if not opening:
        notes.append(
            "Open by saying where you're going: \u201cI'll cover three things: ...\u201d. "
            "It lets the panel follow you."
        )
    if points < MIN_MAIN_POINTS:
        notes.append(
            "Mark your main points out loud (\u201cfirst\u201d, \u201cnext\u201d, "
            "\u201cfinally\u201d) so each one registers."
        )
    if not close:
        notes.append(
            "End on purpose: sum up the one message or recommendation, then invite questions."
        )
    if timing.wpm is not None and timing.wpm > 175:
        notes.append(f"{timing.wpm:.0f} words a minute is fast for a talk: slow down a little.")
    elif timing.wpm is not None and timing.wpm < 100:
        notes.append(f"{timing.wpm:.0f} words a minute is slow: keep the energy up.")
    if timing.long_pauses:
        notes.append(f"{len(timing.long_pauses)} long pause(s): rehearse the transitions.")
    if fillers.excessive:
        notes.append(
            f"{fillers.per_minute:.0f} fillers a minute: a silent pause works better than um."
        )
    return tuple(notes)
