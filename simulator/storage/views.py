"""What a stored answer means: a typed, read-only view over a stored turn, and the few figures
built from many of them (best scores, comparisons, weakest questions, averages).

A turn keeps its analysis as the dict `AnswerAnalysis.to_dict()` wrote at the time
(docs/session-format.md), so files from older versions lack fields, and hand-edited ones may
hold the wrong types. This module is the one reader of that dict: every screen, command, the
export and the index show what it returns and never dig in the dict themselves. A field that is
missing or of the wrong type reads as "not known" (None, an empty tuple), never as an error.

It also decides which answers count. A follow-up (an answer to a probe, not to the question), an
interrupted answer, a skipped one and one without a single word are shown where they happened
but are left out of averages, trends, the drill's weakest-first order and comparisons:
`AnswerView.counts` says so, and every aggregate here uses it.

Pure: no I/O, no clock. Units: seconds, words per minute, fillers per minute, scores 0-100."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from simulator.analysis.answer import (
    OF_THE_FIRST,
    points_lost_line,
    points_why_lines,
    said_of_the_first,
)
from simulator.analysis.praise import is_praise
from simulator.analysis.questions import NO_STAR_KINDS
from simulator.safe_text import counted

if TYPE_CHECKING:
    from simulator.analysis.doubts import Doubt, Settled
    from simulator.storage.records import RoundOneNote, SessionRecord, TurnRecord


class Attempt(Protocol):
    """What `counted_attempts` reads of an answer: an `AnswerView` or a history row."""

    @property
    def number(self) -> int: ...
    @property
    def retake_of(self) -> int | None: ...
    @property
    def question_id(self) -> str | None: ...
    @property
    def score(self) -> float | None: ...
    @property
    def counts(self) -> bool: ...


AttemptT = TypeVar("AttemptT", bound=Attempt)


class HistoryRow(Protocol):
    """What the aggregates read of a history row (`simulator.storage.index.HistoryRow`)."""

    @property
    def session_id(self) -> str: ...
    @property
    def number(self) -> int: ...
    @property
    def retake_of(self) -> int | None: ...
    @property
    def question_id(self) -> str | None: ...
    @property
    def question_text(self) -> str: ...
    @property
    def question_kind(self) -> str: ...
    @property
    def started(self) -> str: ...
    @property
    def score(self) -> float | None: ...
    @property
    def counts(self) -> bool: ...


RowT = TypeVar("RowT", bound=HistoryRow)


class SessionSummary(Protocol):
    """What a comparison reads of a session (`simulator.storage.index.SessionSummary`)."""

    @property
    def id(self) -> str: ...
    @property
    def started(self) -> str: ...

STAR_LABELS = ("S", "T", "A", "R")
STAR_NAMES = {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"}
STAR_MARKED_KINDS = frozenset({"behavioral", ""})
"""Question kinds whose answers show their STAR parts as ✓/✗ (the practice card's "STAR" line,
the export's): a story question, or a turn stored with no kind. Elsewhere STAR is optional
(credited, never asked for) and a ✗ would read as a fault."""
MISSING_MARK = "–"
"""How a missing STAR part shows in `star_marks` ("S T A –")."""
NOT_STAR_ANSWER = "not a STAR answer"
"""What the STAR view of a turn that is not a STAR answer says (`AnswerView.star_note`)."""

SKIPPED = "skipped"
"""`ended_by` of an answer the user skipped."""
INTERRUPTED = "interrupted (left out of averages)"
"""What an interrupted answer's heading says beside "not judged"."""
HEARD_NOTHING = "no words were heard (left out of averages)"
"""What an answer with no words (silence recorded, nothing recognised) says beside "not
judged": a score of 0, points lost and tips would judge what was never said."""
ONLY_FILLERS = "nothing but fillers (left out of averages)"
"""What an answer of fillers alone ("um... uh", `TurnRecord.empty`) says beside "not judged":
there is no word to judge, as with silence (breaker13 B7)."""
NOT_JUDGED = "not judged"
"""What an answer that was never judged (interrupted, skipped) shows where a score would be:
no score, no points lost, no STAR marks, no flaws or tips."""

RETAKE_BELOW = 70.0
"""A session's weakest answer scoring under this is worth a retake (`practise_next`)."""


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _items(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list | tuple):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@dataclass(frozen=True)
class StarPart:
    """One STAR part as the analysis found it."""

    label: str
    """S, T, A or R."""
    present: bool
    share_words: float
    """The part's share of the answer's words, 0-1."""
    seconds: float | None
    from_follow_up: bool = False
    """Told in a follow-up, not in the answer the shares are of: present, with no share of
    those words (a reply's view of its question, `AnswerView.star_parts_with`)."""


@dataclass(frozen=True)
class StarSegment:
    """A stretch of the transcript text labelled with one STAR part."""

    label: str
    start_char: int
    end_char: int
    start_s: float | None
    """Where it starts in the recording (None for typed answers)."""


@dataclass(frozen=True)
class Pause:
    start_s: float
    end_s: float
    duration_s: float


@dataclass(frozen=True)
class Filler:
    text: str
    start_s: float | None
    """None for typed answers."""
    span: tuple[int, int] | None
    """(start, end) character offsets in the transcript text; None if it cannot be found."""


@dataclass(frozen=True)
class Flaw:
    code: str
    message: str

    @property
    def name(self) -> str:
        """The code as words: "no_result" -> "no result"."""
        return self.code.replace("_", " ")


@dataclass(frozen=True)
class Problem:
    """One thing to hear again: where it is in the answer (seconds) and what it is."""

    at_s: float
    label: str
    """e.g. "long pause of 4.2 s", "filler “um”", "missing Result"."""


@dataclass(frozen=True)
class AudienceFit:
    """What the interviewer listens for, and whether the answer spoke to it."""

    name: str
    spoken_to: tuple[str, ...]
    """Theme labels the answer gave."""
    missed: tuple[str, ...]
    missed_costs: tuple[str, ...] = ()
    """What each missed theme costs, beside `missed` ("−4", "counted under structure");
    empty for analyses stored before it was kept (breaker13 B5)."""

    @property
    def listed_points(self) -> int:
        """What the missed themes cost at their own prices ("−4" each), before any cut when
        the answer lost all its points; 0 for an analysis stored without them."""
        return sum(int(cost[1:]) for cost in self.missed_costs
                   if cost.startswith("\u2212") and cost[1:].isdigit())

    @property
    def marks(self) -> list[str]:
        """Each theme as its ✓ or ✗ shows, a missed one with its cost ("✗ Strategic view −4",
        "✗ Business impact, counted under structure")."""
        costs = self.missed_costs if len(self.missed_costs) == len(self.missed) else ()
        return [f"✓ {label}" for label in self.spoken_to] + [
            f"✗ {label}" + (f" {cost}" if cost.startswith("\u2212") else f", {cost}")
            if cost else f"✗ {label}"
            for label, cost in zip(self.missed, costs or ("",) * len(self.missed), strict=True)
        ]


@dataclass(frozen=True)
class ValueLink:
    """A company value the answer connected to (company profile loaded)."""

    value: str
    cue: str
    note: str


@dataclass(frozen=True)
class FactsReview:
    """Which of the company profile's facts an answer about the company used, missed and got
    wrong (`simulator.analysis.company_facts`); each fact as "kind: text"."""

    used: tuple[str, ...]
    missed: tuple[str, ...]
    wrong: tuple[str, ...]
    """One note per contradiction: what the answer said and what the profile says."""
    unlisted: tuple[str, ...] = ()
    """One note per competitor named that the profile does not list: not a fact got wrong,
    and costs nothing (`company_answer.CompanyJudgment.unlisted`)."""


@dataclass(frozen=True)
class RoundOne:
    """What the round-one notes say about a question asked again in this session."""

    question: str
    answer: str
    """What the candidate remembers saying in round one ("" when not written down)."""
    feedback: str
    weak: bool
    doubt: str = ""
    """What round one doubted (`simulator.analysis.doubts.Doubt.key`, "ownership"), as the
    question was asked again; "" when the notes named nothing (older sessions: read from
    `feedback` again)."""


@dataclass(frozen=True)
class AskedQuestion:
    """One of the candidate's own questions (the your-questions mode) and how deep it went."""

    text: str
    depth: str
    reason: str
    searchable: str = ""
    """The public fact a quick search would have given ("when it was founded"); "" if none."""


@dataclass(frozen=True)
class DeliveryReview:
    """How the recorded answer sounds (`simulator.analysis.prosody`)."""

    pitch_sd_st: float
    """Pitch variation, semitones."""
    energy_sd_db: float
    """Loudness variation, dB."""
    flat: bool
    note: str


@dataclass(frozen=True)
class TalkReview:
    """A presentation's structure and time against its slot."""

    duration_s: float | None
    slot_s: float
    slot_verdict: str | None
    opening: bool
    main_points: int
    close: bool
    notes: tuple[str, ...]


@dataclass(frozen=True)
class TranscriptWord:
    text: str
    start_s: float | None
    end_s: float | None


@dataclass(frozen=True)
class ProbeVerdict:
    """How a reply to a probe was judged against it (the stored `follow_up` judgment)."""

    looked_for: tuple[str, ...]
    """What the probe asked for, in words ("the outcome", "a number for the result")."""
    gives: bool
    evidence: tuple[str, ...]
    """The reply's words that show it, as said ("dropped by 18%")."""
    each: tuple[tuple[str, bool], ...] = ()
    """Each thing looked for and whether the reply gave it (`follow_up.looked_for_and_given`)."""

    @property
    def line(self) -> str:
        """'gave the outcome ✓' / 'did not give a number for the result ✗'; for a probe that
        asked two things and got one, both: 'gave who it was ✓ · did not give the decision ✗'."""
        given = [text for text, gave in self.each if gave]
        missing = [text for text, gave in self.each if not gave]
        if given and missing:
            return f"gave {' and '.join(given)} ✓ · did not give {' and '.join(missing)} ✗"
        asked = " and ".join(self.looked_for) or "a real answer"
        return f"gave {asked} ✓" if self.gives else f"did not give {asked} ✗"


@dataclass(frozen=True)
class AnswerView:
    """One stored answer, read. Build it with `AnswerView.of(turn)` (a stored turn) or
    `AnswerView.from_parts(analysis, transcript)` (a live answer's dicts)."""

    number: int
    persona_id: str
    question_id: str | None
    question_text: str
    question_kind: str
    answer_mode: str
    question_audio: str | None
    answer_audio: str | None
    """File names in the session folder (None: typed, or not spoken)."""
    interrupted: bool
    skipped: bool
    """Skipped while answering (its audio is kept, it is not analysed)."""
    ended_by: str | None
    retake_of: int | None
    follow_up_of: int | None
    judged_against_probe: bool
    """True when the analysis judged this answer as the reply to its probe and merged it into
    its question's STAR view (`simulator.analysis.answer.analyze_follow_up`): its STAR parts
    are then the question's, the first answer's with what the reply gave."""
    probe: ProbeVerdict | None
    """For a reply judged against its probe: what the probe asked for and whether it gave it.
    Such a reply has no score of its own: `score` is its question's after the reply."""
    analysed: bool
    """False when the turn has no analysis (recovered after a crash and not re-analysed)."""
    reported: frozenset[str]
    """The analysis sections the stored analysis holds ("star", "timing", "fillers", and the
    mode reviews "presentation" and "candidate_questions"): an older
    analysis may lack some, and a figure derived here (a length from the transcript) is then
    not one the analysis reported."""
    score: float | None
    """The overall score, 0-100."""
    score_parts: Mapping[str, float]
    """Points lost, by what they were lost for (structure, specificity, ownership, delivery;
    `simulator.analysis.answer.ScoreParts`); empty for analyses older than them."""
    star_score: float | None
    star_parts: Mapping[str, StarPart]
    """By label; only the parts the analysis reported (empty: no STAR analysis)."""
    segments: tuple[StarSegment, ...]
    flaws: tuple[Flaw, ...]
    tips: tuple[str, ...]
    text: str
    """The transcript text."""
    heard_by: str
    """The recognizer that heard a spoken answer ("faster-whisper tiny.en"); "" when typed."""
    words: tuple[TranscriptWord, ...]
    length_s: float | None
    """From the start of the recording to the end of the last word; None for typed answers."""
    word_count: int
    spoken_words: int | None
    """Words the analysis counted as spoken (fillers and repeats out), when it reported them."""
    words_per_minute: float | None
    target_s: tuple[float, float] | None
    verdict: str | None
    """The timing verdict (e.g. too_short, on_target, too_long) when the analysis gave one."""
    pauses: tuple[Pause, ...]
    """The long pauses."""
    fillers: tuple[Filler, ...]
    filler_count: int
    fillers_per_minute: float | None
    audience: AudienceFit | None
    company_values_hit: tuple[str, ...]
    value_links: tuple[ValueLink, ...]
    """The company-values review (mode reviews: `simulator.interview.judging`)."""
    facts: FactsReview | None
    """For an answer about the company: the profile's facts it used, missed, got wrong."""
    company_summary: str
    """For an answer about the company (kind "company"), its judgment in one line ("About the
    company: 2 facts used · 1 wrong · linked to the role"); "" otherwise."""
    round_one: RoundOne | None
    """For a round-one question asked again: what the notes say was said in round one."""
    asked_questions: tuple[AskedQuestion, ...]
    asked_feedback: tuple[str, ...]
    """The your-questions review: each question, then notes on the set."""
    talk: TalkReview | None
    """The presentation review."""
    delivery: DeliveryReview | None
    """The delivery review of a recorded answer."""
    before_follow_up: float | None = None
    """This answer's own score when its follow-up changed what its question scores (`score`
    is then the question's after the reply, `with_follow_ups`); None otherwise."""
    analysis_problem: str | None = None
    """Why the stored analysis could not be read (`TurnRecord.analysis_problem`); None: read."""
    question_tips: tuple[str, ...] = ()
    """For a reply judged against its probe: its question's tips after the reply
    (`AnswerAnalysis.question_tips`), which the answer it followed then shows."""
    heard_nothing: bool = False
    """A stored answer, analysed, whose transcript has no words (`TurnRecord.empty`: silence, or
    nothing the recognizer could make out): not judged, like a skipped one."""
    repaired_tips: tuple[str, ...] = ()
    """For an answer its follow-up repaired: its own tips the reply made moot ("Finish with the
    result…" once the reply told it), shown apart from what is still to work on."""
    why_lost: tuple[str, ...] = ()
    """Why the points were lost, one line per score part ("ownership 4: only 2 actions told
    as your own…"; `points_why_lines` of the stored "score_why"); empty for analyses older
    than them."""
    recording: tuple[str, ...] = ()
    """What the recording itself let through (`AnswerAnalysis.recording`): that it was too
    quiet or noisy to trust, the stretches of speech with no words; empty for a clean one."""
    lost_for: tuple[str, ...] = ()
    """The reasons behind the points lost, each in a few words, the costliest first (the
    stored "score_why"): what the flaws cell names for an answer judged without STAR flaws."""
    result_first: bool = False
    """The analysis heard the answer open with its outcome (its stored "order")."""

    # -- building ------------------------------------------------------------------------------

    @classmethod
    def of(cls, turn: TurnRecord) -> AnswerView:
        """The view of a stored turn; its analysis may be missing or from an older version."""
        return cls.from_parts(turn.analysis, turn.transcript, turn=turn)

    @classmethod
    def from_parts(
        cls,
        analysis: Mapping[str, Any] | None,
        transcript: Mapping[str, Any] | None = None,
        *,
        turn: TurnRecord | None = None,
    ) -> AnswerView:
        """The view of an analysis dict and its transcript dict (the analysis' own copy of the
        transcript, which files before version 3 kept, is used when `transcript` is None)."""
        data = _mapping(analysis)
        words_data = _mapping(transcript if transcript is not None else data.get("transcript"))
        text = str(words_data.get("text") or "")
        words = tuple(
            TranscriptWord(str(w.get("text", "")), _number(w.get("start")), _number(w.get("end")))
            for w in _items(words_data.get("words"))
        )
        star = _mapping(data.get("star"))
        timing = _mapping(data.get("timing"))
        fillers = _mapping(data.get("fillers"))
        parts = {
            label: StarPart(
                label,
                bool(_mapping(part).get("present")),
                _number(_mapping(part).get("share_words")) or 0.0,
                _number(_mapping(part).get("seconds")),
            )
            for label, part in _mapping(star.get("parts")).items()
            if label in STAR_LABELS and isinstance(part, Mapping)
        }
        kind = turn.question_kind if turn else str(data.get("question_kind") or "")
        if kind in NO_STAR_KINDS or star.get("applies") is False:
            parts = {}  # a talk, the candidate's own questions, about the company: no STAR view
        judgment = data.get("follow_up")
        if isinstance(judgment, Mapping) and parts:
            parts = _told_in_the_reply(parts, judgment)
        word_count = len(words) or len(text.split())
        length = _number(timing.get("duration_s"))
        if length is None:
            length = _number(words_data.get("duration_s"))
        if length is None and words and words[-1].end_s is not None:
            length = words[-1].end_s
        wpm = _number(timing.get("wpm"))
        if wpm is None and length:
            wpm = word_count / (length / 60.0)
        target = [v for v in map(_number, timing.get("target_s") or ()) if v is not None]
        filler_items = _items(fillers.get("items"))
        spans = _filler_spans(text, [str(item.get("text", "")) for item in filler_items])
        count = fillers.get("count")
        score_parts = {
            str(name): value
            for name, raw in _mapping(data.get("score_parts")).items()
            if (value := _number(raw)) is not None
        }
        stored_score = _number(data.get("score"))
        asked = _mapping(data.get("candidate_questions"))
        view = cls(
            number=turn.number if turn else 0,
            persona_id=turn.persona_id if turn else "",
            question_id=turn.question_id if turn else None,
            question_text=turn.question_text if turn else str(data.get("question") or ""),
            question_kind=kind,
            answer_mode=turn.answer_mode if turn else "voice",
            question_audio=turn.question_audio if turn else None,
            answer_audio=turn.answer_audio if turn else None,
            interrupted=turn.interrupted if turn else False,
            skipped=bool(turn and (turn.skipped or turn.ended_by == SKIPPED)),
            ended_by=turn.ended_by if turn else None,
            retake_of=turn.retake_of if turn else None,
            follow_up_of=turn.follow_up_of if turn else None,
            judged_against_probe=isinstance(data.get("follow_up"), Mapping),
            probe=_probe(data.get("follow_up")),
            analysed=bool(data),
            reported=frozenset(
                key
                for key in ("star", "timing", "fillers", "presentation", "candidate_questions")
                if isinstance(data.get(key), Mapping) and data[key]
            ),
            score=stored_score,
            score_parts=score_parts,
            star_score=_number(star.get("score")),
            star_parts=parts,
            segments=tuple(
                StarSegment(
                    str(s.get("label", ""))[:1].upper(),
                    int(_number(s.get("start_char")) or 0),
                    int(_number(s.get("end_char")) or 0),
                    _number(s.get("start")),
                )
                for s in _items(star.get("segments"))
            ),
            flaws=tuple(
                Flaw(str(f.get("code", "")), str(f.get("message", "")))
                for f in _items(star.get("flaws"))
            ),
            tips=tuple(tip for tip in data.get("tips") or () if isinstance(tip, str)),
            text=text,
            # A voice answer stored before it was transcribed says "typed" as its engine in
            # sessions written before that was fixed: nobody heard it (breaker16 D24).
            heard_by=""
            if (turn is not None and turn.answer_mode == "typed")
            or words_data.get("engine") == "typed"
            else " ".join(
                str(part)
                for part in (words_data.get("engine"), words_data.get("model"))
                if isinstance(part, str) and part
            ),
            words=words,
            length_s=length,
            word_count=word_count,
            spoken_words=int(w) if (w := _number(timing.get("words"))) is not None else None,
            words_per_minute=wpm,
            target_s=(target[0], target[1]) if len(target) == 2 else None,
            verdict=str(timing["verdict"]) if timing.get("verdict") else None,
            pauses=tuple(
                Pause(start, end, _number(p.get("duration")) or end - start)
                for p in _items(timing.get("long_pauses"))
                if (start := _number(p.get("start"))) is not None
                and (end := _number(p.get("end"))) is not None
            ),
            fillers=tuple(
                Filler(str(item.get("text", "")), _number(item.get("start")), span)
                for item, span in zip(filler_items, spans, strict=True)
            ),
            filler_count=int(count)
            if isinstance(count, int) and not isinstance(count, bool)
            else len(filler_items),
            fillers_per_minute=_number(fillers.get("per_minute")),
            audience=_audience(_mapping(data.get("audience"))),
            company_values_hit=tuple(
                v for v in data.get("company_values_hit") or () if isinstance(v, str)
            ),
            value_links=tuple(
                ValueLink(str(v.get("value", "")), str(v.get("cue", "")), str(v.get("note", "")))
                for v in _items(data.get("company_values"))
            ),
            facts=_facts(_mapping(data.get("company_facts"))),
            company_summary=str(_mapping(data.get("company_answer")).get("summary") or ""),
            round_one=_round_one(_mapping(data.get("round_one"))),
            asked_questions=tuple(
                AskedQuestion(
                    str(q.get("text", "")),
                    str(q.get("depth", "")),
                    str(q.get("reason", "")),
                    str(q.get("searchable") or ""),
                )
                for q in _items(asked.get("questions"))
            ),
            asked_feedback=_texts(asked.get("feedback")),
            talk=_talk(_mapping(data.get("presentation"))),
            delivery=_delivery(_mapping(data.get("delivery"))),
            analysis_problem=turn.analysis_problem if turn else None,
            question_tips=_texts(data.get("question_tips")),
            why_lost=tuple(points_why_lines(_items(data.get("score_why")))),
            lost_for=_lost_for(_items(data.get("score_why"))),
            heard_nothing=bool(turn is not None and turn.empty and data),
            recording=_texts(data.get("recording")),
            result_first=data.get("order") == "result_first",
        )
        return view if view.judged else view.without_judgment()

    @property
    def judged(self) -> bool:
        """False for a stored answer the analysis must not be shown for: interrupted or skipped
        (its stored analysis judged half an answer, or none), or analysed with no words heard
        (`heard_nothing`)."""
        return not (self.interrupted or self.skipped or self.heard_nothing)


    def without_judgment(self) -> AnswerView:
        """This answer as a never-judged one shows: its words, length and fillers (what was
        said), none of the analysis' verdicts (score, points lost, STAR parts, flaws, tips,
        reviews)."""
        return replace(
            self, score=None, score_parts={}, star_score=None, star_parts={}, segments=(),
            flaws=(), tips=(), probe=None, judged_against_probe=False, verdict=None,
            audience=None, company_values_hit=(), value_links=(), facts=None,
            company_summary="", asked_questions=(), asked_feedback=(),
            talk=None, delivery=None, before_follow_up=None, question_tips=(),
            repaired_tips=(), why_lost=(), lost_for=(), result_first=False,
        )

    @property
    def unread_note(self) -> str:
        """What to say where the feedback would be when the stored analysis could not be read
        (naming the field), "" when it was read."""
        if self.analysis_problem is None:
            return ""
        return (
            f"feedback not shown: its stored analysis is damaged ({self.analysis_problem}); "
            "`interview-sim reanalyze` rebuilds it from the answer"
        )

    # -- what counts ---------------------------------------------------------------------------

    @property
    def counts(self) -> bool:
        """Whether this answer enters averages, trends, the drill order and comparisons: an
        analysed answer to the question itself, with words, not interrupted, not skipped."""
        return (
            self.follow_up_of is None
            and not self.interrupted
            and not self.skipped
            and self.word_count > 0
            and self.score is not None
        )

    @property
    def points_lost(self) -> str:
        """Where the score's points went, by part ("points lost: structure 0, specificity 10,
        ownership 0, delivery 33"; `points_lost_line`); "" when the analysis stored no parts,
        for a reply to a probe (its question's score is the first answer's) or a score of 100."""
        if self.probe is not None or self.score is None or self.score >= 100:
            return ""
        return points_lost_line(self.score_parts)

    @property
    def question_points_lost(self) -> str:
        """For a reply judged against its probe, where its question's points went now
        ("points lost: structure 0, specificity 5, …"), shown beside "question now 91/100"
        (breaker13 B16: the new score came without its parts); `points_lost` for any other
        answer."""
        if self.probe is None:
            return self.points_lost
        if not self.judged or self.score is None or self.score >= 100 or not self.score_parts:
            return ""
        return points_lost_line(self.score_parts)

    @property
    def points_lost_why(self) -> tuple[str, ...]:
        """Why the points were lost, one line per score part, shown under `points_lost` (and
        with it: nothing for a reply to a probe or a score of 100)."""
        return self.why_lost if self.points_lost else ()

    @property
    def heading(self) -> str:
        """The figure the feedback's title gives: "score 72/100"; for a reply judged against
        its probe, never a score of its own but what it gave and what its question now
        scores ("follow-up: gave the outcome ✓ · question now 69/100"). An interrupted
        answer says so beside its score, which no average takes."""
        cut = f" · {INTERRUPTED}" if self.interrupted else ""
        if not self.judged:
            why = cut or (
                f" · {SKIPPED} (left out of averages)" if self.skipped
                else f" · {ONLY_FILLERS}" if self.text.strip() else f" · {HEARD_NOTHING}"
            )
            return NOT_JUDGED + why
        if self.probe is not None:
            now = f" · question now {self.score:.0f}/100" if self.score is not None else ""
            return f"follow-up: {self.probe.line}{now}{cut}"
        if self.score is None:
            return "score —" + cut
        before = (
            f" with its follow-up ({self.before_follow_up:.0f} before)"
            if self.before_follow_up is not None
            else ""
        )
        return f"score {self.score:.0f}/100{before}{cut}"

    @property
    def score_cell(self) -> str:
        """The score as a table shows it: "skipped", "—", "72"; a judged follow-up "gave ✓" or
        "gave ✗" (it has no score of its own)."""
        if self.skipped:
            return "skipped"
        if self.probe is not None:
            return "gave ✓" if self.probe.gives else "gave ✗"
        if self.score is not None and self.before_follow_up is not None:
            return f"{self.before_follow_up:.0f}→{self.score:.0f}"
        return "—" if self.score is None else f"{self.score:.0f}"

    # -- derived figures -----------------------------------------------------------------------

    @property
    def has_star(self) -> bool:
        return bool(self.star_parts)

    @property
    def star_shown(self) -> bool:
        """Whether a STAR bar shows this answer's parts: a story question's only
        (`STAR_MARKED_KINDS`), as the card and the export mark them. On "why do you want this
        job" STAR is not asked for, and a bar with "Task missing" read as a fault (breaker9
        D15)."""
        return self.has_star and self.question_kind in STAR_MARKED_KINDS

    @property
    def star_bar_parts(self) -> Mapping[str, StarPart]:
        """The parts a STAR bar of this answer shows (`star_shown`), none otherwise."""
        return self.star_parts if self.star_shown else {}

    @property
    def star_note(self) -> str:
        """What stands in for the STAR parts when they are not shown: an answer about the
        company's own judgment (`company_summary`), NOT_STAR_ANSWER for another turn where STAR
        does not apply or is not asked for (a talk, the candidate's own questions, why this
        job), else ''."""
        if self.star_shown:
            return ""
        if self.company_summary:
            return self.company_summary
        if self.talk is not None:  # what a talk is judged on instead: its structure
            return f"{NOT_STAR_ANSWER}: a talk · {talk_structure(self.talk)}"
        return NOT_STAR_ANSWER if self.question_kind in NO_STAR_KINDS or self.has_star else ""

    @property
    def star_marks(self) -> str:
        """'S T A –': each STAR part's letter when heard, a dash when missing; '' without a STAR
        analysis."""
        if not self.star_parts:
            return ""
        return " ".join(
            label if self.star_parts.get(label, _ABSENT).present else MISSING_MARK
            for label in STAR_LABELS
        )

    def star_parts_with(self, given: Iterable[str]) -> dict[str, StarPart]:
        """`star_parts` with the parts in `given` (labels its follow-ups gave, `compare_rows`)
        marked present too: the question's STAR view after its follow-ups. A part a reply gave
        has no share of this answer's words (0.0)."""
        found = set(given)
        return {
            label: part
            if part.present or label not in found
            else replace(part, present=True, from_follow_up=True)
            for label, part in self.star_parts.items()
        }

    def star_marks_with(self, given: Iterable[str]) -> str:
        """`star_marks` of `star_parts_with(given)`: the question's STAR marks after its
        follow-ups."""
        parts = self.star_parts_with(given)
        if not parts:
            return ""
        return " ".join(
            label if parts.get(label, _ABSENT).present else MISSING_MARK for label in STAR_LABELS
        )

    @property
    def flaw_names(self) -> tuple[str, ...]:
        return tuple(flaw.name for flaw in self.flaws)

    @property
    def flaws_cell(self) -> str:
        """The flaws as a table cell: their names, else a length off its target that a tip
        points at ("shorter than the target": the tip "About 32 s against a 60-120 s target"
        beside "none" read as a contradiction), else "none"."""
        if self.flaws:
            return ", ".join(self.flaw_names)
        named = [why for why in self.lost_for if not why.startswith(_LENGTH_REASONS)]
        if self.verdict in ("short", "long") and any(
            tip.startswith("About ") and " target" in tip for tip in self.tips
        ):
            named.append(f"{'shorter' if self.verdict == 'short' else 'longer'} than the target")
        # An answer judged without STAR flaws (about the company, a talk, the candidate's
        # questions) names its costliest reasons: a 36/100 answer about the company showed
        # "none" (breaker14 B24).
        return "; ".join(named[:_CELL_REASONS]) if named else "none"

    @property
    def word_starts(self) -> list[float]:
        """Start time of each transcript word in seconds (a word without a time borrows the
        previous one's, the first 0.0)."""
        starts: list[float] = []
        for word in self.words:
            starts.append(word.start_s if word.start_s is not None else (starts or [0.0])[-1])
        return starts

    @property
    def timed_words(self) -> list[tuple[float, str]]:
        """(start s, word) to follow playback; a typed or recovered answer without times gives
        its whole text at 0.0 (or nothing when it has none)."""
        if self.words and all(w.start_s is not None for w in self.words):
            return [(w.start_s or 0.0, w.text.strip()) for w in self.words]
        return [(0.0, self.text)] if self.text else []

    @property
    def estimated_length_s(self) -> float | None:
        """For an answer without a measured length (typed), how long its spoken words would
        take at the typical pace (`simulator.analysis.timing.TYPICAL_WPM`); None otherwise."""
        if self.length_s is not None or not self.spoken_words:
            return None
        from simulator.analysis.timing import TYPICAL_WPM

        return self.spoken_words / TYPICAL_WPM * 60.0

    @property
    def problems(self) -> list[Problem]:
        """What went wrong in the answer, in the order heard: long pauses, fillers, and a
        missing STAR part where it should have come (a missing Result at the end, a missing
        Action before the Result). Missing parts need a length: typed answers have none."""
        found: list[Problem] = []
        if self.length_s is not None and self.star_parts:
            result_starts = [
                s.start_s for s in self.segments if s.label == "R" and s.start_s is not None
            ]
            should_be = {
                "S": 0.0,
                "T": 0.0,
                "A": min(result_starts, default=self.length_s),
                "R": self.length_s,
            }
            found += [
                Problem(should_be[label], f"missing {STAR_NAMES[label]}")
                for label in STAR_LABELS
                if label in self.star_parts and not self.star_parts[label].present
            ]
        found += [Problem(p.start_s, f"long pause of {p.duration_s:.1f} s") for p in self.pauses]
        found += [
            Problem(f.start_s, f"filler “{f.text}”") for f in self.fillers if f.start_s is not None
        ]
        return sorted(found, key=lambda problem: problem.at_s)

    @property
    def missing_parts(self) -> list[str]:
        """Names of the STAR parts judged absent, in S, T, A, R order ("Task", "Result")."""
        return [
            STAR_NAMES[label]
            for label in STAR_LABELS
            if label in self.star_parts and not self.star_parts[label].present
        ]

    @property
    def problem_times(self) -> list[float]:
        """Where each problem is, in seconds from the start of the answer (see `problems`)."""
        return [problem.at_s for problem in self.problems]

    @property
    def pause_marks(self) -> list[tuple[int, float]]:
        """(index of the word after a long pause, pause length s): where a "⏸ 2.4s" mark goes."""
        marks = []
        for pause in self.pauses:
            for index, word in enumerate(self.words):
                if word.start_s is not None and word.start_s >= pause.end_s - 0.01:
                    marks.append((index, pause.duration_s))
                    break
        return marks


_ABSENT = StarPart("", False, 0.0, None)


def _told_in_the_reply(
    parts: dict[str, StarPart], judgment: Mapping[str, Any]
) -> dict[str, StarPart]:
    """A reply's view of its question: the first answer's parts (their shares are of its
    words), with each part the reply filled in (`follow_up.filled_labels` of its stored
    judgment; present, no share of those words) marked `from_follow_up`."""
    from simulator.analysis.follow_up import filled_labels

    filled = filled_labels(judgment)
    return {
        label: replace(part, from_follow_up=True)
        if label in filled and part.present and not part.share_words
        else part
        for label, part in parts.items()
    }


def _probe(value: object) -> ProbeVerdict | None:
    if not isinstance(value, Mapping):
        return None
    from simulator.analysis.follow_up import looked_for_and_given

    return ProbeVerdict(
        _texts(value.get("looked_for")),
        bool(value.get("gives")),
        _texts(value.get("evidence")),
        looked_for_and_given(value),
    )


def _texts(value: object) -> tuple[str, ...]:
    return tuple(str(item) for item in value) if isinstance(value, list | tuple) else ()


def _audience(data: Mapping[str, Any]) -> AudienceFit | None:
    if not data:
        return None
    return AudienceFit(
        name=str(data.get("name") or "This interviewer"),
        spoken_to=_texts(data.get("themes_spoken_to")),
        missed=tuple(str(m.get("label", "")) for m in _items(data.get("themes_missed"))),
        missed_costs=tuple(str(m.get("cost") or "") for m in _items(data.get("themes_missed"))),
    )


def _facts(data: Mapping[str, Any]) -> FactsReview | None:
    if not data:
        return None

    def named(key: str) -> tuple[str, ...]:
        return tuple(f"{f.get('kind', 'fact')}: {f.get('text', '')}" for f in _items(data.get(key)))

    def notes(competitor: bool) -> tuple[str, ...]:
        return tuple(str(m.get("note") or m.get("said") or "") for m in _items(data.get("wrong"))
                     if (m.get("kind") == "competitor") == competitor)

    return FactsReview(
        used=named("used"),
        missed=named("missed"),
        wrong=notes(competitor=False),
        unlisted=notes(competitor=True),
    )


def _round_one(data: Mapping[str, Any]) -> RoundOne | None:
    if not data or not str(data.get("question") or "").strip():
        return None
    return RoundOne(
        question=str(data.get("question")),
        answer=str(data.get("answer") or ""),
        feedback=str(data.get("feedback") or ""),
        weak=bool(data.get("weak")),
        doubt=str(data.get("doubt") or ""),
    )


def _delivery(data: Mapping[str, Any]) -> DeliveryReview | None:
    if not data:
        return None
    return DeliveryReview(
        pitch_sd_st=_number(data.get("pitch_sd_st")) or 0.0,
        energy_sd_db=_number(data.get("energy_sd_db")) or 0.0,
        flat=bool(data.get("flat")),
        note=str(data.get("note") or ""),
    )


def _talk(data: Mapping[str, Any]) -> TalkReview | None:
    if not data:
        return None
    verdict = data.get("slot_verdict")
    return TalkReview(
        duration_s=_number(data.get("duration_s")),
        slot_s=_number(data.get("slot_s")) or 0.0,
        slot_verdict=str(verdict) if verdict else None,
        opening=bool(data.get("opening")),
        main_points=int(_number(data.get("main_points")) or 0),
        close=bool(data.get("close")),
        notes=_texts(data.get("notes")),
    )


def _filler_spans(text: str, fillers: Sequence[str]) -> list[tuple[int, int] | None]:
    """Character spans of the fillers in `text`, found in order (the analysis lists each
    filler's words and time, not where it sits in the text)."""
    spans: list[tuple[int, int] | None] = []
    lowered = text.lower()
    position = 0
    for filler in fillers:
        found = None
        if filler.strip():
            match = re.compile(rf"\b{re.escape(filler.lower())}\b").search(lowered, position)
            if match:
                found = match.span()
                position = match.end()
        spans.append(found)
    return spans


def current_word_index(starts: Sequence[float], position_s: float) -> int | None:
    """The word being heard at `position_s` (from `AnswerView.word_starts`); None before the
    first."""
    index = bisect_right(starts, position_s) - 1
    return index if index >= 0 else None


# -- many answers ----------------------------------------------------------------------------


class NumberedTurn(Protocol):
    """What `question_places` reads of a turn (a `TurnRecord` or an `AnswerView`)."""

    @property
    def number(self) -> int: ...
    @property
    def question_id(self) -> str | None: ...
    @property
    def follow_up_of(self) -> int | None: ...
    @property
    def retake_of(self) -> int | None: ...


def question_places(turns: Iterable[NumberedTurn]) -> dict[int, str]:
    """Turn number -> the place the user is shown for it, counted as the room counted its
    questions ("question N of M"): the questions 1..n in the order asked; a follow-up under its
    question ("2 · follow-up"), a retake ("2 · retake") and the same question asked again by
    another interviewer ("2 · again") under theirs. Turn numbers count every question asked
    (switched away from too) and follow-ups, so they have gaps and run ahead: summary, export,
    reanalyze and the feedback lines all show this instead, and `replay --turn` takes it
    (`turn_at_place`). A second follow-up (retake, asking again) of one question is numbered
    ("2 · follow-up 2"), so no two turns share a place."""
    places: dict[int, str] = {}
    seen: Counter[str] = Counter()
    for number, label in _question_places(turns).items():
        seen[label] += 1
        places[number] = label if seen[label] == 1 else f"{label} {seen[label]}"
    return places


def _place_key(place: str) -> str:
    """A place as typed or shown, compared loosely: "1 · follow-up", "1 follow-up", "1.followup"
    and "1f" are all "1f" (the first letter of the kind, then its count when there is one)."""
    words = re.findall(r"[a-z]+|\d+", place.lower())
    kind = next((word[0] for word in words if not word.isdigit()), "")
    numbers = [word for word in words if word.isdigit()]
    return "".join(numbers[:1]) + kind + "".join(numbers[1:])


def turn_at_place(turns: Iterable[NumberedTurn], typed: str) -> int | None:
    """The turn number shown at place `typed` ("3", "1 · follow-up", "1f", "2 · retake" or
    "2r"; see `question_places`), None when no turn is there."""
    wanted = _place_key(typed)
    return next(
        (number for number, place in question_places(turns).items()
         if _place_key(place) == wanted),
        None,
    )


def _question_places(turns: Iterable[NumberedTurn]) -> dict[int, str]:
    places: dict[int, str] = {}
    question: dict[int, int] = {}
    count = 0
    last_id: str | None = None
    for turn in sorted(turns, key=lambda t: t.number):
        parent = turn.follow_up_of if turn.follow_up_of is not None else turn.retake_of
        if parent is not None and parent in question:
            question[turn.number] = question[parent]
            kind = "follow-up" if turn.follow_up_of is not None else "retake"
            places[turn.number] = f"{question[parent]} · {kind}"
            continue
        if count and turn.question_id is not None and turn.question_id == last_id:
            question[turn.number] = count
            places[turn.number] = f"{count} · again"
            continue
        count += 1
        last_id = turn.question_id
        question[turn.number] = count
        places[turn.number] = str(count)
    return places


def asker_name(persona_id: str, names: Mapping[str, str] | None) -> str:
    """How an interviewer is named wherever they are shown: their display name from `names`
    (persona id -> name, `interview.personas.display_names`), else the stored id (a persona
    since removed), else "unknown"."""
    return (names or {}).get(persona_id) or persona_id or "unknown"


def views(record: SessionRecord) -> list[AnswerView]:
    """The session's answers, read, each with its question's score after its follow-up
    (`with_follow_ups`): what every screen, command, the export and the index show."""
    return with_follow_ups([AnswerView.of(turn) for turn in record.turns])


def with_follow_ups(answers: Sequence[AnswerView]) -> list[AnswerView]:
    """`answers` (one session's) with each answer's score and flaws those of its question after
    its follow-up: a reply judged against its probe stores the score its question earns with
    what the reply gave (`simulator.analysis.answer.analyze_follow_up`, "question now 80"), so
    the answer it followed takes that score (its own kept as `before_follow_up`), the flaws the
    reply left, its question's STAR view with the parts the reply gave, the interviewer's asks
    after it and its tips (those the reply made moot kept apart, `repaired_tips`). The one
    rule by which the room, the summary, the export, the index (session average, history,
    drill order) and compare give the same figure for the same answer. A
    reply interrupted, skipped or not analysed changes nothing; of two replies the last counts.
    Answers already merged are returned unchanged."""
    after: dict[int, AnswerView] = {}
    for judged in sorted(answers, key=lambda a: a.number):
        if (
            judged.follow_up_of is not None
            and judged.judged_against_probe
            and not judged.interrupted
            and not judged.skipped
            and judged.score is not None
        ):
            after[judged.follow_up_of] = judged
    merged = []
    for answer in answers:
        reply = after.get(answer.number)
        if (
            reply is None
            or answer.follow_up_of is not None
            or answer.score is None
            or answer.before_follow_up is not None
            or answer.repaired_tips
            or (reply.score == answer.score and not reply.question_tips)
        ):
            merged.append(answer)
            continue
        given = {label for label, part in reply.star_parts.items() if part.present}
        tips = reply.question_tips or answer.tips
        merged.append(
            replace(
                answer,
                score=reply.score,
                before_follow_up=answer.score if reply.score != answer.score else None,
                flaws=reply.flaws,
                score_parts=reply.score_parts or answer.score_parts,
                why_lost=reply.why_lost if reply.score_parts else answer.why_lost,
                # The flaws cell names these: the first answer's "no Result found" stayed in
                # the summary's row of a question its reply repaired (breaker16 D24).
                lost_for=reply.lost_for if reply.score_parts else answer.lost_for,
                star_parts=answer.star_parts_with(given),
                audience=reply.audience or answer.audience,
                tips=tips,
                # A length tip said again of the first answer is not repaired.
                repaired_tips=tuple(tip for tip in answer.tips if tip not in tips
                                    and said_of_the_first(tip) not in tips),
            )
        )
    return merged


def counted_attempts(answers: Iterable[AttemptT]) -> list[AttemptT]:
    """The one attempt that counts for each question of a session, in the order the questions
    were asked: of the answers that count (`AnswerView.counts`) to the same question (its id,
    or for a question without one its retakes), the best scored, the first on a tie. A retake
    that scores lower does not pull the question down, one that scores higher replaces the
    earlier attempt. The one rule of the session's average, its retake advice and, across
    sessions, of the history's trends and means (`counting_rows`), the drill and the weakest
    questions (`best_scores`). Reads answers (`AnswerView`) and history rows alike."""
    root: dict[int, int] = {}
    best: dict[object, AttemptT] = {}
    for answer in sorted(answers, key=lambda a: a.number):
        parent = answer.retake_of
        root[answer.number] = root.get(parent, parent) if parent is not None else answer.number
        if not answer.counts or answer.score is None:
            continue
        key: object = answer.question_id or root[answer.number]
        held = best.get(key)
        if held is None or (held.score is not None and answer.score > held.score):
            best[key] = answer
    return list(best.values())


def average_score(answers: Iterable[AnswerView]) -> float | None:
    """The mean score over the session's questions, each at the attempt that counts
    (`counted_attempts`: its best); follow-ups, skipped, interrupted and empty answers are
    left out."""
    scores = [a.score for a in counted_attempts(answers) if a.score is not None]
    return sum(scores) / len(scores) if scores else None


def answer_counts(answers: Sequence[AnswerView]) -> str:
    """How many answers the average counts, and what else was said beside them: "3 answers
    (+1 follow-up, 1 retake, 1 asked again, 1 not scored)". "Asked again" is a scored answer to
    a question already answered in the session that is not a retake (another interviewer asked
    it, `p` in the room): scored, but the average takes the question once, at its best."""
    attempts = counted_attempts(answers)
    follow_ups = sum(1 for a in answers if a.follow_up_of is not None)
    retakes = sum(1 for a in answers if a.retake_of is not None)
    again = len(asked_again(answers))
    besides = [
        counted(number, name)
        for number, name in ((follow_ups, "follow-up"), (retakes, "retake"))
        if number
    ]
    if again:
        besides.append(f"{again} asked again")
    other = len(answers) - len(attempts) - follow_ups - retakes - again
    if other > 0:
        besides.append(f"{other} not scored")
    return counted(len(attempts), "answer") + (f" (+{', '.join(besides)})" if besides else "")


def asked_again(answers: Sequence[AnswerView]) -> list[AnswerView]:
    """The scored answers to a question the session had already asked, that are neither a
    retake nor a follow-up: another interviewer asking it again (`p` in the room)."""
    seen: set[str] = set()
    found = []
    for answer in sorted(answers, key=lambda a: a.number):
        if answer.follow_up_of is not None or answer.retake_of is not None:
            continue
        if answer.question_id is None or not answer.counts:
            continue
        if answer.question_id in seen:
            found.append(answer)
        seen.add(answer.question_id)
    return found


AVERAGE_RULE = "best attempt of each question"
"""The rule of `average_score`, as the summary, the export and history name it."""


def average_rule(answers: Sequence[AnswerView]) -> str:
    """`AVERAGE_RULE` when the session answered a question more than once (retaken or asked
    again), so which attempt the average takes matters; else ''."""
    twice = any(a.retake_of is not None for a in answers) or bool(asked_again(answers))
    return AVERAGE_RULE if twice and average_score(answers) is not None else ""


def session_headline(answers: Sequence[AnswerView]) -> str:
    """What the session summary's title says: `answer_counts` and the average ("3 answers
    (+1 follow-up, 1 retake) · average score 70, best attempt of each question"; the rule is
    named whenever a question was answered more than once, retaken or asked again)."""
    score = average_score(answers)
    figure = "—" if score is None else f"{score:.0f}"
    rule = average_rule(answers)
    return f"{answer_counts(answers)} · average score {figure}{', ' + rule if rule else ''}"


def best_scores(rows: Iterable[HistoryRow]) -> dict[str, float]:
    """Each question's best score over the answers that count: the drill's weakest-first order
    (a question is weak until it has once been answered well). Used by `plan drill` and the app."""
    best: dict[str, float] = {}
    for row in rows:
        if row.counts and row.question_id and row.score is not None:
            best[row.question_id] = max(row.score, best.get(row.question_id, row.score))
    return best


def weakest_questions(
    rows: Iterable[HistoryRow], count: int = 5
) -> list[tuple[str, str, float, int]]:
    """(question id, text, best score, attempts) over the answers that count, lowest best
    first: the same rule as the drill's order (`best_scores`), so the history's weakest
    question is the one the drill asks first. Attempts counts every answer that counts,
    retakes too: the rows compare lists for the question."""
    rows = list(rows)
    attempts: Counter[str] = Counter()
    texts: dict[str, str] = {}
    for row in rows:
        if row.counts and row.question_id and row.score is not None:
            attempts[row.question_id] += 1
            texts.setdefault(row.question_id, row.question_text)
    ranked = sorted(
        ((qid, texts[qid], score, attempts[qid]) for qid, score in best_scores(rows).items()),
        key=lambda item: item[2],
    )
    return ranked[:count]


def kind_scores(
    rows: Iterable[HistoryRow],
) -> list[tuple[str, int, float | None, tuple[float, ...]]]:
    """(question kind, questions, mean score, scores oldest first) for each kind, over the
    attempts that count (`counting_rows`: each session's question once, at its best attempt, as
    the session's average takes it; so the count is of questions, not of every attempt)."""
    by_kind: dict[str, list[HistoryRow]] = defaultdict(list)
    for row in counting_rows(rows):
        by_kind[row.question_kind].append(row)
    found = []
    for kind, group in sorted(by_kind.items()):
        scores = tuple(
            r.score for r in sorted(group, key=lambda r: r.started) if r.score is not None
        )
        found.append((kind, len(group), sum(scores) / len(scores) if scores else None, scores))
    return found


def counting_rows(rows: Iterable[RowT]) -> list[RowT]:
    """The history rows that enter trends and the means by kind, in the order given: of each
    session, the attempt that counts for each of its questions (`counted_attempts`, the rule
    of the session's own average: its best; follow-ups, skipped, interrupted and empty
    answers never). A retake that scored lower is not a later score: history and the
    session's summary agree."""
    rows = list(rows)
    by_session: dict[str, list[RowT]] = defaultdict(list)
    for row in rows:
        by_session[row.session_id].append(row)
    chosen = {id(row) for group in by_session.values() for row in counted_attempts(group)}
    return [row for row in rows if id(row) in chosen]


@dataclass(frozen=True)
class CompareRow:
    """One attempt at a question, as the CLI `compare` and the app's compare screen show it."""

    session_id: str
    started: str
    number: int
    persona_id: str
    score: float | None
    length_s: float | None
    words_per_minute: float | None
    fillers_per_minute: float | None
    filler_count: int
    star: str
    """`AnswerView.star_marks`, with what the attempt's follow-ups gave (`compare_rows`)."""
    retake_of: int | None
    given: frozenset[str] = frozenset()
    """The STAR labels the attempt's follow-ups gave (for `AnswerView.star_parts_with`)."""
    typed: bool = False
    """The answer was typed: it has no length or pace, and its length says so."""
    answer: AnswerView | None = None
    """The attempt, read, with its follow-ups' score (`with_follow_ups`): what the compare
    screen's side by side shows."""

    @property
    def figures(self) -> tuple[str, str, str, str, str]:
        """Score, length ("typed" for a typed answer, which has no timing), words/min, fillers
        (a count: typed answers have no rate) and STAR marks, as both readers print them."""
        return (
            _figure(self.score, "{:.0f}"),
            "typed" if self.typed and self.length_s is None else _figure(self.length_s, "{:.0f} s"),
            _figure(self.words_per_minute, "{:.0f}"),
            str(self.filler_count),
            self.star or "—",
        )

    @property
    def points_lost(self) -> dict[str, float] | None:
        """Where the attempt's points went, by score part in `SCORE_PART_NAMES` order
        (structure, specificity, ownership, delivery, audience: the interviewer's asks), with
        what its follow-ups repaired (`with_follow_ups`); None for an answer stored before its
        score had parts."""
        parts = self.answer.score_parts if self.answer is not None else {}
        if not parts:
            return None
        from simulator.analysis.answer import SCORE_PART_NAMES

        return {key: round(float(parts.get(key, 0.0)), 1) for key in SCORE_PART_NAMES}

    @property
    def points_lost_cell(self) -> str:
        """`points_lost` in one cell, "0/5/4/2/0" in `SCORE_PART_NAMES` order; "—" without."""
        lost = self.points_lost
        return "/".join(f"{value:.0f}" for value in lost.values()) if lost else "—"

    def to_dict(self) -> dict[str, Any]:
        """The `compare --json` object."""
        return {
            "session": self.session_id,
            "started": self.started,
            "turn": self.number,
            "persona": self.persona_id,
            "score": self.score,
            "length_s": self.length_s,
            "words_per_minute": self.words_per_minute,
            "fillers_per_minute": self.fillers_per_minute,
            "fillers": self.filler_count,
            "star": self.star,
            "points_lost": self.points_lost,
            "retake_of": self.retake_of,
        }


def _figure(value: float | None, form: str) -> str:
    return "—" if value is None else form.format(value)


def compare_rows(answers: Iterable[tuple[SessionSummary, TurnRecord]]) -> list[CompareRow]:
    """The attempts that count, in the order given (oldest first from `answers_to`). A follow-up
    is not an attempt, but what it gave is part of its question's STAR view and score: an
    attempt's STAR marks include the parts its follow-ups (judged against their probe, in the
    same session) told, so a Result given when asked "how did it turn out?" shows as present,
    and its score is its question's after them (`with_follow_ups`), the one averages and
    history use."""
    answers = list(answers)
    by_session: dict[str, list[AnswerView]] = defaultdict(list)
    for session, turn in answers:
        by_session[session.id].append(AnswerView.of(turn))
    read: dict[tuple[str, int], AnswerView] = {}
    given: dict[tuple[str, int], set[str]] = defaultdict(set)
    for session_id, group in by_session.items():
        for view in with_follow_ups(group):
            read[(session_id, view.number)] = view
        for number, labels in given_by_follow_ups(group).items():
            given[(session_id, number)].update(labels)
    rows = []
    for session, turn in answers:
        view = read[(session.id, turn.number)]
        if not view.counts:
            continue
        rows.append(
            CompareRow(
                session_id=session.id,
                started=session.started,
                number=turn.number,
                persona_id=turn.persona_id,
                score=view.score,
                length_s=view.length_s,
                words_per_minute=view.words_per_minute,
                fillers_per_minute=view.fillers_per_minute,
                filler_count=view.filler_count,
                star=view.star_marks_with(given.get((session.id, turn.number), ())),
                retake_of=turn.retake_of,
                given=frozenset(given.get((session.id, turn.number), ())),
                typed=turn.answer_mode == "typed",
                answer=view,
            )
        )
    return rows


def given_by_follow_ups(answers: Iterable[AnswerView]) -> dict[int, set[str]]:
    """Turn number of an answer -> the STAR labels its follow-ups (replies judged against their
    probe, not interrupted or skipped) told, all from one session: what joins the answer's own
    parts in its question's STAR view (`AnswerView.star_marks_with`). The one source of that
    view for compare, the summary and the export."""
    given: dict[int, set[str]] = defaultdict(set)
    for reply in answers:
        if (
            reply.follow_up_of is not None
            and reply.judged_against_probe
            and not reply.interrupted
            and not reply.skipped
        ):
            given[reply.follow_up_of].update(
                label for label, part in reply.star_parts.items() if part.present
            )
    return dict(given)


def talk_structure(talk: TalkReview) -> str:
    """A talk's structure in one line: "opening ✓ · 3 main points · close ✗"."""
    points = f"{talk.main_points} main point{'' if talk.main_points == 1 else 's'}"
    return " · ".join(
        ("opening ✓" if talk.opening else "opening ✗", points,
         "close ✓" if talk.close else "close ✗")
    )


def talk_review(answer: AnswerView) -> list[str]:
    """A talk's review as the CLI prints it and the export writes it: its time against the
    slot and its structure ("Talk: 52 s of a 300 s slot (short) · opening ✓ · 3 main points ·
    close ✓"), then its notes. Empty for any other answer."""
    talk = answer.talk
    if talk is None:
        return []
    used = f"{talk.duration_s:.0f} s of " if talk.duration_s is not None else ""
    verdict = f" ({talk.slot_verdict})" if talk.slot_verdict else ""
    return [
        f"Talk: {used}a {talk.slot_s:.0f} s slot{verdict} · {talk_structure(talk)}",
        *talk.notes,
    ]


def asked_review(answer: AnswerView) -> list[str]:
    """The your-questions review as it is shown and exported: each question the candidate
    asked with its depth and why (a question a quick web search or the company profile answers
    says so), then the notes on the set: which showed depth, which a search would have
    answered, what to ask next time. Empty for any other answer."""
    lines = [
        f"You asked: \u201c{q.text}\u201d: {q.depth} ({q.reason})" for q in answer.asked_questions
    ]
    return lines + list(answer.asked_feedback)


EXCERPT_CHARS = 240
"""How much of an answer the side-by-side with round one quotes."""


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """`text` on one line, cut at a word boundary with "…" when longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[:limit].rsplit(" ", 1)[0] + "…"


@dataclass(frozen=True)
class BesideRoundOne:
    """A round-one question asked again: what the notes say happened then, and this answer."""

    round_one: RoundOne
    now: AnswerView
    given: frozenset[str] = frozenset()
    """STAR labels this answer's follow-ups told (`given_by_follow_ups`)."""
    after: AnswerView | None = None
    """Its last reply judged against a probe: how its question stands once the replies are in
    (its points lost are the question's)."""

    @property
    def lines(self) -> list[tuple[str, str]]:
        """(label, text) rows as the summary and the export show them, round one first."""
        then = self.round_one
        rows = [("Round one asked", then.question)]
        rows.append(("You said then", then.answer or "(not in your notes)"))
        if then.feedback:
            rows.append(("They said", then.feedback))
        score = f" (score {self.now.score:.0f})" if self.now.score is not None else ""
        rows.append(("You said now" + score, excerpt(self.now.text) or "(no answer)"))
        marks = self.now.star_marks_with(self.given)
        if marks:
            rows.append(("STAR now", marks))
        settled = self.doubts_now
        if settled:
            rows.append(("Their doubt now", "; ".join(each.line for each in settled)))
        return rows

    @property
    def doubts_now(self) -> list[Settled]:
        """Whether today's answer settles each doubt round one's feedback names, the one its
        angle asked again from first (`doubt_now`), then the others its words name in order
        ("Never said how it ended, and no numbers.": the end, then the numbers)."""
        from simulator.analysis.doubts import doubts_in

        first = self.doubt_now
        if first is None:
            return []
        more = [d for d in doubts_in(self.round_one.feedback) if d.key != first.doubt.key]
        return [first, *(self._settled(doubt) for doubt in more)]

    @property
    def doubt_now(self) -> Settled | None:
        """Whether today's answer (with what its follow-ups gave) settles what round one
        doubted (`simulator.analysis.doubts`): "met: what you did yourself (“I called ...”)";
        None when the notes named no doubt, or the answer was not judged."""
        from simulator.analysis.doubts import BY_KEY, doubt_in

        then, now = self.round_one, self.now
        doubt = BY_KEY.get(then.doubt) or doubt_in(then.feedback)
        if doubt is None or not now.judged or not now.text.strip():
            return None
        return self._settled(doubt)

    def _settled(self, doubt: Doubt) -> Settled:
        from simulator.analysis.answer import NO_NUMBER_WHY
        from simulator.analysis.cues import METRIC_PATTERN
        from simulator.analysis.doubts import doubt_settled

        now = self.now
        parts = now.star_parts_with(self.given)
        result = " ".join(
            now.text[segment.start_char : segment.end_char]
            for segment in now.segments
            if segment.label == "R"
        )
        actions = " ".join(
            now.text[segment.start_char : segment.end_char]
            for segment in now.segments
            if segment.label == "A"
        )
        facts = now.facts.used if now.facts is not None else ()
        # The question as it stands after its replies: a figure a reply gave counts, and one
        # the card still asks for ("the result has no number") is no figure for what changed.
        last = self.after if self.after is not None and self.after.score_parts else now
        unmeasured = any(NO_NUMBER_WHY in line for line in last.why_lost)
        texts = [now.text, *([self.after.text] if self.after is not None else [])]
        return doubt_settled(
            doubt,
            now.text,
            flaws={flaw.code for flaw in last.flaws} | ({"no_metrics"} if unmeasured else set()),
            told={label for label, part in parts.items() if part.present},
            figures=list(dict.fromkeys(
                m.group(0) for text in texts for m in METRIC_PATTERN.finditer(text))),
            company_facts=[*facts, *(link.value for link in now.value_links)],
            result_text=result,
            action_text=actions if now.segments else None,
            owned=_owned(now),
            result_first=now.result_first,
        )


def _owned(answer: AnswerView) -> bool | None:
    """Whether the answer's ownership score found an action told as the speaker's own: False
    when it lost points for none (`NO_OWN_ACTION_WHY`), True when it did not; None for an
    analysis stored without its reasons."""
    from simulator.analysis.answer import NO_OWN_ACTION_WHY

    if not answer.why_lost:
        return None if answer.score_parts.get("ownership", 1) else True
    return not any(line.startswith("ownership") and NO_OWN_ACTION_WHY in line
                   for line in answer.why_lost)


def beside_round_one(answers: Sequence[AnswerView]) -> list[BesideRoundOne]:
    """Each answer to a round-one question asked again, beside the notes: of its attempts the
    one that counts (`counted_attempts`: the best), else the last."""
    found: dict[str, BesideRoundOne] = {}
    given = given_by_follow_ups(answers)
    chosen = {a.number for a in counted_attempts(answers)}
    for answer in answers:
        if answer.round_one is not None and answer.follow_up_of is None:
            key = answer.question_id or answer.question_text
            held = found.get(key)
            if held is not None and held.now.number in chosen:
                continue
            found[key] = _beside(answer.round_one, answer, answers, given)
    return list(found.values())


def _beside(
    then: RoundOne, answer: AnswerView, answers: Sequence[AnswerView],
    given: Mapping[int, set[str]],
) -> BesideRoundOne:
    """`answer` beside round one's `then`, with what its follow-ups gave and its last reply
    judged against a probe."""
    replies = [a for a in answers if a.follow_up_of == answer.number
               and a.judged_against_probe and not a.interrupted and not a.skipped]
    return BesideRoundOne(then, answer, frozenset(given.get(answer.number, ())),
                          replies[-1] if replies else None)


_STORY_DOUBTS = frozenset({"headline", "result", "numbers", "ownership", "specifics", "checked",
                           "lessons"})
"""Doubts about how a story is told: a general note naming one is checked on every story."""


def _checked_on(doubt: Doubt, answer: AnswerView) -> bool:
    """Whether a general round-one note's `doubt` is checked on `answer`: one about how a story
    is told on every story (a question of kind behavioral, judged as STAR); keeping it short on
    every answer but a talk or the candidate's own questions; knowing the company on every
    answer about the company or the reasons for it."""
    if doubt.key in _STORY_DOUBTS:
        return answer.question_kind == "behavioral" and bool(answer.star_parts)
    if doubt.key == "company":
        return answer.question_kind in ("company", "motivation")
    return answer.talk is None and not answer.asked_questions


@dataclass(frozen=True)
class NoteNow:
    """One general round-one note ("Senior leader wanted the headline first, answers
    rambled.") and whether today's answers met what it doubts."""

    note: str
    verdicts: tuple[str, ...]
    """One line per doubt the note names: "the headline first: met in answer 4 (“…”); still
    open in answers 2, 5 (opened on “…”)"."""

    @property
    def lines(self) -> list[tuple[str, str]]:
        """(label, text) rows as the summary and the export show them."""
        today = "; ".join(self.verdicts) or "nothing in it the answers can be checked on"
        return [("They said", self.note), ("Today", today)]


def round_one_notes_now(
    notes: Sequence[RoundOneNote], answers: Sequence[AnswerView]
) -> list[NoteNow]:
    """Each of round one's general notes (`SessionRecord.round_one_notes`) checked against
    today's answers: for every doubt its words name (else its areas: "results"), each answer
    it applies to (`_checked_on`), at the attempt that counts with what its follow-ups gave,
    met or still open as the round-one question asked again is judged (`doubt_settled`).
    "Senior leader wanted the headline first" was never checked at all (breaker16 D17)."""
    from simulator.analysis.doubts import doubt_in, doubts_in

    place = question_places(answers)
    given = given_by_follow_ups(answers)
    counted = counted_attempts(answers)
    found: list[NoteNow] = []
    for note in notes:
        named = doubts_in(note.note)
        doubts = named or tuple(d for d in [doubt_in("", note.areas)] if d is not None)
        verdicts = []
        for doubt in doubts:
            judged = [
                (place.get(answer.number, str(answer.number)),
                 _beside(RoundOne("", "", note.note, False), answer, answers, given)
                 ._settled(doubt))
                for answer in counted if _checked_on(doubt, answer)
            ]
            verdicts.append(_note_verdict(doubt.about, judged))
        found.append(NoteNow(note.note, tuple(verdicts)))
    return found


def _note_verdict(about: str, judged: Sequence[tuple[str, Settled]]) -> str:
    """"the headline first: met in answer 4 (“We caught…”); still open in answers 2, 5 (answer
    2 opened on “At a water company…”)"; "…: no answer today it applies to"."""
    if not judged:
        return f"{about}: no answer today it applies to"
    met = [(where, each) for where, each in judged if each.met]
    still = [(where, each) for where, each in judged if not each.met]
    parts = []
    if met:
        first = met[0][1].evidence
        parts.append(f"met in {_answers_named([w for w, _ in met])}"
                     + (f" ({first})" if first and len(met) == 1 else ""))
    if still:
        why = still[0][1].evidence
        said = (f" (answer {still[0][0]}: {why})" if len(still) > 1 else f" ({why})") if why else ""
        parts.append(f"still open in {_answers_named([w for w, _ in still])}{said}")
    return f"{about}: " + "; ".join(parts)


def _answers_named(places: Sequence[str]) -> str:
    """"answer 4", "answers 2, 5"."""
    return ("answer " if len(places) == 1 else "answers ") + ", ".join(places)


def company_review(
    answers: Sequence[AnswerView], place: Mapping[int, str | int] | None = None
) -> list[str]:
    """What the session showed of the company: for each answer, the values it connected to,
    and for each answer about the company the facts it used, missed and got wrong. One line
    each, answers named by their question's place (`question_places`: "Answer 2",
    "Answer 2 · follow-up"; `place` overrides it); empty without a company profile's reviews."""
    place = place if place is not None else question_places(answers)
    linked = {answer.number: {link.value for link in answer.value_links} for answer in answers}
    lines: list[str] = []
    for answer in answers:
        name = f"Answer {place[answer.number]}"
        # A reply's links are its question's (the first answer's with the reply's): one line
        # per value, under the answer that first connected to it (breaker15 B21).
        before = linked.get(answer.follow_up_of, set()) if answer.follow_up_of else set()
        for link in answer.value_links:
            if link.value in before:
                continue
            lines.append(f"{name} connected to the value \u201c{link.value}\u201d ({link.cue}).")
        facts = answer.facts
        if facts is None:
            continue
        used = "; ".join(facts.used) if facts.used else "none of the profile's facts"
        lines.append(f"{name} ({_about_us_label(answer)}) used {used}.")
        if facts.missed:
            lines.append(f"{name} missed {'; '.join(facts.missed)}.")
        lines.extend(f"{name}: {note}" for note in (*facts.wrong, *facts.unlisted))
    return lines


_LENGTH_REASONS = ("shorter than the ", "longer than the ")
"""Reasons for a length off its target, which the flaws cell says as "shorter than the
target" only beside the tip that points at it."""
_CELL_REASONS = 2
"""Reasons the flaws cell names at most."""
_CELL_REASON_POINTS = 5
"""A reason that cost fewer points than this is not named in the flaws cell."""


def _lost_for(reasons: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The stored "score_why" reasons of `_CELL_REASON_POINTS` points or more, the costliest
    first, each in its few words."""
    costs = [(r.get("points"), r.get("why")) for r in reasons]
    kept = [(p, w) for p, w in costs if isinstance(p, int) and isinstance(w, str)
            and p >= _CELL_REASON_POINTS]
    return tuple(w for _, w in sorted(kept, key=lambda item: -item[0]))


def _about_us_label(answer: AnswerView) -> str:
    """What an answer about the company was asked, as the summary names it: the news and
    competitors for the plan's market question (breaker14 B24: it was labelled "what you know
    about us"), what the candidate knows of the company for any other."""
    if (answer.question_id or "").endswith("/know-market"):
        return "the news and competitors"
    return "what you know about us"


def practise_next(answers: Sequence[AnswerView], limit: int = 3) -> list[str]:
    """What to practise after a session, over the attempt that counts for each question
    (`counted_attempts`, with what its follow-ups repaired): a retake of the weakest question
    when that attempt scored under RETAKE_BELOW, a question only answered in part (interrupted)
    to answer in full, a question skipped to answer, then the advice of the flaws that came back in
    most questions ("(2 answers)" counts questions that still have it), then the tips given most
    often, praise left out (`praise.is_praise`); "Nothing stood out" only when there is none
    of these."""
    advice: list[str] = []
    attempts = counted_attempts(answers)
    scored = sorted(attempts, key=lambda a: a.score or 0.0)
    if scored and (scored[0].score or 0.0) < RETAKE_BELOW:
        weakest = scored[0]
        advice.append(f"Retake “{weakest.question_text}” (scored {weakest.score:.0f}).")
    # A question whose only answer was interrupted was never judged: answer it in full.
    judged = {a.question_id or a.question_text for a in attempts}
    cut = next((a for a in answers if a.interrupted and a.follow_up_of is None
                and (a.question_id or a.question_text) not in judged), None)
    if cut is not None:
        advice.append(f"Answer “{cut.question_text}” in full: it was interrupted, so it was "
                      "not judged.")
    # A question skipped and not answered after: as untried as an interrupted one.
    passed = next((a for a in answers if a.skipped and a.follow_up_of is None
                   and (a.question_id or a.question_text) not in judged), None)
    if passed is not None:
        advice.append(f"Answer “{passed.question_text}”: it was skipped.")
    silent = next((a for a in answers if a.heard_nothing and a.follow_up_of is None
                   and not a.skipped and not a.interrupted
                   and (a.question_id or a.question_text) not in judged), None)
    if silent is not None:
        said = "only fillers were said" if silent.text.strip() else "no words were heard"
        advice.append(f"Answer “{silent.question_text}” again: {said}, so it was not judged.")
    # A judged follow-up holds its question's flaws after the reply: the last one stands.
    after: dict[int, AnswerView] = {}
    for reply in sorted(answers, key=lambda a: a.number):
        if reply.follow_up_of is not None and reply.probe is not None and reply.analysed:
            after[reply.follow_up_of] = reply
    flaws = {a.number: after.get(a.number, a).flaws for a in attempts}
    message: dict[str, str] = {}
    for found in flaws.values():
        for flaw in found:
            # A length flaw said of one question's first answer ("The first answer was too
            # short...") names it for several answers only when it has no other wording.
            first = flaw.message.startswith(OF_THE_FIRST)
            if not (first and flaw.code in message
                    and not message[flaw.code].startswith(OF_THE_FIRST)):
                message[flaw.code] = flaw.message
    # Each answer's codes once, in the order found (not a set's): ties keep one order on every run.
    counted_flaws = Counter(
        code for found in flaws.values() for code in dict.fromkeys(f.code for f in found)
    )
    listed: set[str] = set()
    for code, times in counted_flaws.most_common(limit):
        suffix = f" ({times} answers)" if times > 1 else ""
        advice.append(f"{message.get(code) or code.replace('_', ' ')}{suffix}")
        listed |= {f.message for found in flaws.values() for f in found if f.code == code}
    if len(advice) < limit:
        # Tips given with no flaw behind them (a length off its target, a pace) still count;
        # praise ("Clear structure: ... all come through") is nothing to practise.
        # A question whose follow-up was judged: what it still lacks is its flaws after the
        # reply (above) and the question's tips after it (`question_tips`), not its first
        # answer's ("Finish with the result" may ask for what the reply then gave); a question
        # that scored 73 after its reply with a second ask left unanswered is not "Nothing
        # stood out" (breaker13 B23).
        tips = [
            tip
            for a in attempts
            for tip in (after[a.number].question_tips if a.number in after else a.tips)
            # A listed flaw's own tip is not said again ("Too short... (2 answers)" above it).
            if not is_praise(tip) and tip not in listed
        ]
        tipped = Counter(_length_tip_grouped(tip, tips) for tip in tips)
        advice.extend(tip for tip, _ in tipped.most_common(limit - len(advice)) if tip
                      not in advice)
    return advice[: limit + 2] or ["Nothing stood out: try a harder bank or another interviewer."]


_LENGTH_TIP = re.compile(
    r"^About (?P<seconds>\d+) s(?: of speech at a usual pace \(\d+ words[^)]*\))? against a "
    r"(?P<low>\d+)–(?P<high>\d+) s target: (?P<rest>.*)$"
)
"""A length tip (analysis.answer's "About 32 s against a 60–120 s target: ...")."""


def _length_tip_grouped(tip: str, tips: Sequence[str]) -> str:
    """`tip` as "What to practise next" lists it: a length tip given to several answers on
    the same side of their targets is one line for them all ("Shorter than the target (3
    answers): ..."), not one line per answer that differs only in its seconds; any other tip
    as it is."""
    found = _LENGTH_TIP.match(tip)
    if found is None:
        return tip

    def short(match: re.Match[str]) -> bool:
        return int(match["seconds"]) < int(match["low"])

    alike = [m for m in map(_LENGTH_TIP.match, tips) if m is not None and short(m) == short(found)]
    if len(alike) < 2:
        return tip
    side = "Shorter than the target" if short(found) else "Longer than the target"
    return f"{side} ({len(alike)} answers): {alike[0]['rest']}"
