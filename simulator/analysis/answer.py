"""One call that turns a transcript into everything the user is told about an answer: STAR parts,
flaws, timing, fillers, what the interviewer persona listened for, a score and the few tips that
matter most. The result is a frozen tree with one JSON form that the CLI, the TUI and the session
store all share."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from simulator.analysis import star_learned
from simulator.analysis.audience import Audience, QuestionKind
from simulator.analysis.blame import (
    asks_own_mistake,
    blamed_others,
    others_slip,
    ownership_values,
)
from simulator.analysis.company_answer import CompanyJudgment, judge_company_answer
from simulator.analysis.cues import (
    ANNOUNCED_HEADLINE,
    CLOSING_CREED,
    CONCRETE_OUTCOME_PATTERN,
    CUES,
    IMPERATIVE_FIRST,
    METRIC_PATTERN,
    MODAL,
    NUMBER,
    OUTCOME_METRIC,
    PAST_ACTION,
    PAST_FIRST_PERSON,
    PAST_VERB,
    TURN_BACK,
    WE_WORDS,
    as_past_narrative,
    background_to_occasion,
    bare_action_verb,
    bare_deed_verb,
    closing_creed,
    general_creed,
    heard_standing_job,
    own_deeds_in_present,
    present_narrative,
)
from simulator.analysis.fillers import (
    NORMAL_PER_100_WORDS,
    NORMAL_PER_MINUTE,
    FillerReport,
    filler_report,
)
from simulator.analysis.flaws import (
    ABOUT_ME,
    JUDGED,
    LONG_SETUP_SHARE,
    NO_OCCASION,
    SHORT_FACTOR,
    STEPS_NAMED,
    STORY_DETAIL,
    Flaw,
    asks_disagreement,
    find_flaws,
    has_example,
    measured_against,
    named_steps,
    names_in,
    noted_actions,
    second_person_actions,
    story_needs,
    story_told,
    tells_disagreement,
    told_sentences,
)
from simulator.analysis.follow_up import (
    GIVES_PART,
    FollowUpJudgment,
    another_place,
    filled_labels,
    judge_follow_up,
    merge_parts,
    own_deeds,
    repaired_flaws,
    score_stays,
)
from simulator.analysis.presentation import shape_costs, talk_shape
from simulator.analysis.questions import (
    DEFAULT_TARGET_S,
    NO_STAR_KINDS,
    OWN_QUESTION_KINDS,
    classify_question,
)
from simulator.analysis.searchable import KnownFacts
from simulator.analysis.star import (
    MIN_PART_WORDS,
    STAR_LABELS,
    Label,
    Part,
    Segment,
    cue_score,
    opens_on_the_turn,
    part_sentences,
    past_first_person_actions,
    segment_answer,
    segment_norms,
    split_units,
    summarize_parts,
)
from simulator.analysis.theme_words import told_in_other_words
from simulator.analysis.timing import LONG_PAUSE_S, Pause, TimingReport, timing_report
from simulator.analysis.tokens import Token, has_punctuation, normalize, tokenize
from simulator.analysis.word_forms import has_phrase
from simulator.safe_text import share_percent
from simulator.speech.stt import Transcript

if TYPE_CHECKING:
    from simulator.speech.hearing import Hearing

SLOW_WPM = 110.0
FAST_WPM = 180.0
"""Outside this range of articulation rate listeners find the pace hard going (too slow or too
fast)."""
SILENT_START_S = 5.0
"""Longer than this before the first word reads as being stuck at the start."""

_FLAW_WEIGHTS = {
    "hypothetical": 45, "vague": 40, "no_action": 30, "no_result": 25, "too_short": 25,
    "we_not_i": 30, "no_situation": 10, "no_metrics": 35, "unbalanced": 10, "no_task": 6,
    "too_long": 10, "off_topic": 35,
}
"""Points off the score per flaw: how much each costs with a trained interviewer, who rates
first whether a real, owned example was given, then how complete and concrete it is. An
example told only as "we" is not shown to be owned, and a Result that only judges how it went
("it made a big difference") cannot be checked: nearly as costly as one not told. Over the
twelve labelled sets (bench/analysis_accuracy.py) neither flaw fired on a single good answer
(0 of 346) while weak answers with them outscored good ones at 15 and 20 points."""
_PLAN_ONLY_POINTS = 30
"""What a plan with no real example behind it costs where the question asked for a plan
(situational, "how do you handle…"): less than a behavioral answer that tells no occasion."""
_PROBE_ORDER = (
    "hypothetical", "vague", "no_action", "no_result", "we_not_i", "too_short", "no_metrics",
    "no_task", "no_situation", "too_long",
)
"""Flaws a follow-up question can repair, most valuable first."""


@dataclass(frozen=True)
class StarReport:
    segments: tuple[Segment, ...]
    parts: dict[str, Part]
    flaws: tuple[Flaw, ...]
    score: int
    """0–100: how complete and well proportioned the structure is."""
    applies: bool = True
    """False for a turn that is not a STAR answer (questions.NO_STAR_KINDS): every segment is
    "other", no part is present, and nothing about STAR is shown for it."""

    def to_dict(self) -> dict[str, object]:
        return {
            "segments": [s.to_dict() for s in self.segments],
            "parts": {label: part.to_dict() for label, part in self.parts.items()},
            "flaws": [f.to_dict() for f in self.flaws],
            "score": self.score,
            "applies": self.applies,
        }


_PART_OF_FLAW = {
    "no_situation": "structure", "no_task": "structure", "no_action": "structure",
    "no_result": "structure", "unbalanced": "structure", "hypothetical": "specificity",
    "vague": "specificity", "no_metrics": "specificity", "we_not_i": "ownership",
    "too_short": "delivery", "too_long": "delivery", "off_topic": "specificity",
}
"""Which part of the score each flaw's points come off."""


@dataclass(frozen=True)
class ScoreParts:
    """Points lost, by what they were lost for; the score is 100 minus their sum (at least 0).

    structure: missing or unbalanced STAR parts; specificity: what the answer says:
    hypothetical, vague or unmeasured answers, and for a question that is no story its content
    (reasons not tied to the role, a complaint about the employer in their place); ownership:
    "we" instead of "I", too few own actions; delivery: length, fillers, long pauses;
    audience: what the interviewer persona listens for and did not hear (AUDIENCE_MISS_POINTS
    each, at most AUDIENCE_MOST_POINTS), so a card that says "✗ Headline first" never shows
    100/100. The same figures everywhere: the app, the CLI, the export and
    history read them from the stored analysis."""

    structure: int
    specificity: int
    ownership: int
    delivery: int
    audience: int = 0

    @property
    def score(self) -> int:
        return max(0, 100 - self.structure - self.specificity - self.ownership - self.delivery
                   - self.audience)

    def to_dict(self) -> dict[str, int]:
        return {
            "structure": self.structure,
            "specificity": self.specificity,
            "ownership": self.ownership,
            "delivery": self.delivery,
            "audience": self.audience,
        }


SCORE_PART_NAMES = {
    "structure": "structure",
    "specificity": "specificity",
    "ownership": "ownership",
    "delivery": "delivery",
    "audience": "interviewer's asks",
}
"""The score's parts in the order a card shows them, with the words it uses for them."""


def points_lost_line(parts: Mapping[str, float]) -> str:
    """The score's parts as one line a person can read: "points lost: structure 0, specificity
    10, ownership 0, delivery 33" (the interviewer's asks added when they cost any, so the
    line adds up to 100 minus the score). "" for an analysis stored before its parts were
    (`ScoreParts`); the score itself floors at 0, so the parts may add up to more than 100."""
    if not parts:
        return ""
    shown = [
        f"{name} {round(parts.get(key, 0))}"
        for key, name in SCORE_PART_NAMES.items()
        if key != "audience" or round(parts.get(key, 0))
    ]
    return "points lost: " + ", ".join(shown)


Why = tuple[str, str, float]
"""One cost behind the score: (score part, why in a few words, points before rounding)."""


@dataclass(frozen=True)
class PointsWhy:
    """Points lost for one reason, under one of the score's parts (`SCORE_PART_NAMES`): the
    line that says why (breaker8 D8: every point lost has one)."""

    part: str
    points: int
    why: str

    def to_dict(self) -> dict[str, object]:
        return {"part": self.part, "points": self.points, "why": self.why}


_FLAW_WHY = {
    "no_situation": "no Situation found (where and when it was)",
    "no_task": "no Task found (what you had to do)",
    "no_action": "no Action of your own found",
    "no_result": "no Result found (how it ended)",
    "unbalanced": "too much set-up for the actions",
    "hypothetical": "told as what you would do, not what you did",
    "vague": "no specific occasion or detail",
    "no_metrics": "the result only judges how it went",
    "we_not_i": "the actions are told as \u201cwe\u201d, not \u201cI\u201d",
    "too_short": "too short for the question",
    "too_long": "too long for the question",
    "off_topic": "does not answer the question asked",
}
"""Why each flaw costs points, in a few words (its message, under "What to fix", says what to
do). A missing part's flaw says the same as the part not found, so the two are one line."""
_PART_WHY = {"S": _FLAW_WHY["no_situation"], "T": _FLAW_WHY["no_task"],
             "A": _FLAW_WHY["no_action"], "R": _FLAW_WHY["no_result"]}
_PART_POINTS = {"S": 7.5, "T": 5.0, "A": 20.0, "R": 17.5}
"""Structure points a part not found costs: half its weight in `_star_score`."""


def flaw_why(flaw: Flaw) -> str:
    """Why `flaw` costs points, in a few words, with its degree for a flaw judged by degree
    (`Flaw.degree`: "too much set-up for the actions: 62% of the answer is set-up; ..."). A
    Result that only judges names the judgment heard, whatever its wording ("went well", "the
    matron was happy"), and why it costs: it says how it went, not what changed (breaker13
    B9)."""
    if flaw.code == "no_metrics" and flaw.evidence:
        judged = JUDGED.search(flaw.evidence[0].lower())
        if judged:
            return (f"{_FLAW_WHY['no_metrics']} (\u201c{judged.group(0)}\u201d), not what "
                    "changed, so a listener cannot check it")
    why = _FLAW_WHY.get(flaw.code, flaw.code.replace("_", " "))
    return f"{why}: {flaw.degree}" if flaw.degree else why


def flaw_points(flaw: Flaw) -> float:
    """What `flaw` costs as such: its weight, times its share for a flaw judged by degree
    (`Flaw.share`). The same figure scores an answer and its follow-up."""
    return _FLAW_WEIGHTS.get(flaw.code, 5) * flaw.share


_PART_IMPLIED_WHY = {
    "S": "no Situation told on its own (only hinted at)",
    "T": "no Task said outright (only implied)",
}
"""Why a part not found costs its structure points when no flaw says it is missing: the context
or the duty is heard in another part (a time named in the opening, the task inside the scene),
so the coach asks for nothing and the part costs only its structure points (S 7.5, T 5), not
the whole price of a part not told (S 17.5, T 11: `_PART_POINTS` and the flaw's weight). Each
reason has one price, so two answers that lose different points for a part say different
things (breaker11 D14: "no Situation found" cost 8 in one answer, 18 in another)."""
_MISSING_PART_FLAW = {"S": "no_situation", "T": "no_task", "A": "no_action", "R": "no_result"}


def structure_why(
    parts: Mapping[str, Part], no_story: bool = False, flaws: Sequence[Flaw] | None = None
) -> list[Why]:
    """Why a story's structure lost points beyond its flaws (`_star_score`: each part not
    found, actions under ACTION_FULL_SHARE of the words), or, for an answer with no
    occasion (`no_story`), that none of its words count as a part. Given the answer's `flaws`,
    a part not found that no flaw says is missing is said to be only implied
    (`_PART_IMPLIED_WHY`)."""
    if no_story or not parts:
        return [("structure", "no real occasion told, so no STAR part counts", 50.0)]
    codes = None if flaws is None else {f.code for f in flaws}
    why: list[Why] = []
    for label in STAR_LABELS:
        part = parts[label]
        if not part.present:
            implied = (codes is not None and label in _PART_IMPLIED_WHY
                       and _MISSING_PART_FLAW[label] not in codes)
            why.append(("structure", _PART_IMPLIED_WHY[label] if implied else _PART_WHY[label],
                        _PART_POINTS[label]))
        elif label == "A" and part.share_words < ACTION_FULL_SHARE:
            # The share as every screen shows it (`share_percent`), so the reason and the
            # card's STAR line never differ by a point.
            why.append(("structure", f"the actions are only {share_percent(part.share_words)}% "
                        f"of the answer ({ACTION_FULL_SHARE:.0%} or more earns them all)",
                        _PART_POINTS["A"] * (1 - part.share_words / ACTION_FULL_SHARE)))
    return why


def at_most_all(parts: ScoreParts) -> ScoreParts:
    """`parts` made to add up to at most 100, the points there are to lose: a three-word answer
    scored 0 showed "structure 71, specificity 75, ownership 8, delivery 33", 187 points lost
    of 100 (breaker12 V13). The structure keeps its points (a story with no parts loses them
    all, whatever else it lacks); the other parts share what is left in proportion (largest
    remainder). The score is the same."""
    lost = parts.to_dict()
    if sum(lost.values()) <= 100:
        return parts
    structure = min(100, lost.pop("structure"))
    room = 100 - structure
    if not any(lost.values()):
        return ScoreParts(structure=structure, **lost)
    return ScoreParts(structure=structure, **_shares(lost, room))


def _shares(weights: Mapping[str, float], total: int) -> dict[str, int]:
    """`total` points split among `weights` in proportion, in whole points that add up to it
    (largest remainder). `weights` must not all be 0."""
    raw = sum(weights.values())
    scaled = {key: weight * total / raw for key, weight in weights.items()}
    whole = {key: int(points) for key, points in scaled.items()}
    left = total - sum(whole.values())
    for key in sorted(scaled, key=lambda k: scaled[k] - whole[k], reverse=True)[:left]:
        whole[key] += 1
    return whole


def explain_points(parts: ScoreParts, why: Sequence[Why]) -> tuple[PointsWhy, ...]:
    """The reasons behind `parts`, each score part's adding up to its points: the same
    reasons merged, rounded so they sum to the part (largest remainder), scaled where a floor
    or a follow-up's merge moved the part's total away from its reasons' sum. A part that lost
    points with no reason recorded gets "other" (the tests make sure none does)."""
    out: list[PointsWhy] = []
    for part in SCORE_PART_NAMES:
        total = getattr(parts, part)
        if total <= 0:
            continue
        merged: dict[str, float] = {}
        for where, reason, points in why:
            if where == part and points > 0:
                merged[reason] = merged.get(reason, 0.0) + points
        raw = sum(merged.values())
        if not raw:
            out.append(PointsWhy(part, total, "other"))
            continue
        whole = _shares(merged, total)
        out.extend(PointsWhy(part, points, reason) for reason, points in whole.items() if points)
    return tuple(out)


def points_why_lines(reasons: Sequence[PointsWhy] | Sequence[Mapping[str, object]]) -> list[str]:
    """One line per score part that lost points, saying why: "ownership 4: only 2 actions told
    as your own…", several reasons with their points ("structure 25: no Result found (how it
    ended) −18; no Situation found… −7"). Takes `PointsWhy` or their stored dicts."""
    by_part: dict[str, list[tuple[str, int]]] = {}
    for reason in reasons:
        item = reason.to_dict() if isinstance(reason, PointsWhy) else reason
        part, why, points = item.get("part"), item.get("why"), item.get("points")
        if isinstance(part, str) and isinstance(why, str) and isinstance(points, int) and points:
            by_part.setdefault(part, []).append((why, points))
    lines = []
    for part, name in SCORE_PART_NAMES.items():
        items = by_part.get(part)
        if not items:
            continue
        total = sum(points for _, points in items)
        # Each reason's points after a minus, so a reason ending in a figure ("against 5") is
        # not read with them ("against 5 5", breaker12 V11).
        said = items[0][0] if len(items) == 1 else "; ".join(f"{w} \u2212{p}" for w, p in items)
        lines.append(f"{name} {total}: {said}")
    return lines


AUDIENCE_MISS_POINTS = 4
"""Points one theme the interviewer listens for costs when the answer does not speak to it: a
few, so the persona's asks count without outweighing a story's structure (a missing Result
costs far more)."""
AUDIENCE_MOST_POINTS = 12
"""The most the persona's missed themes cost together."""


def theme_costs(fit: AudienceFit) -> tuple[int, ...]:
    """What each missed theme of `fit.missed` costs, in order: AUDIENCE_MISS_POINTS, nothing
    for a theme another part of the score already charges (`MissedTheme.coached`: a missing
    Result costs its structure points once, not again as the "Results" ask), and nothing past
    AUDIENCE_MOST_POINTS in all."""
    costs, left = [], AUDIENCE_MOST_POINTS
    for missed in fit.missed:
        cost = 0 if missed.coached else min(AUDIENCE_MISS_POINTS, left)
        left -= cost
        costs.append(cost)
    return tuple(costs)


def theme_cost_note(missed: MissedTheme, cost: int) -> str:
    """What a missed theme's ✗ says of its points: "−4", or why it costs nothing here
    ("counted under structure"; "no more: the asks cost 12 at most")."""
    if cost:
        return f"\u2212{cost}"
    if missed.coached:
        return f"counted under {missed.counted_under or 'structure'}"
    return f"no more: the asks cost {AUDIENCE_MOST_POINTS} at most"


def audience_charge(charged: int, listed: int) -> str:
    """What the interviewer's asks took from the score, as the line over the misses says it:
    "−12 from the score", or, when the points lost came to more than 100 and every part but
    the structure was cut back with the others (`at_most_all`), that the misses below (each
    at its own price, `listed` in all) come to more than was taken (breaker14 B22: three
    misses marked −4 under "−6 from the score"). "" when they took nothing and list nothing."""
    if charged >= listed:
        return f"\u2212{charged} from the score" if charged else ""
    took = f"\u2212{charged}" if charged else "nothing"
    return (f"{took} from the score: the misses below come to {listed}, cut back as the answer "
            "lost all its 100 points")


def audience_points(fit: AudienceFit) -> int:
    """What the persona's missed themes cost (`theme_costs`)."""
    return sum(theme_costs(fit))


def audience_why(fit: AudienceFit) -> Why:
    """Why the interviewer's asks cost points: the themes missed that no flaw already charges."""
    charged = [m.label for m in fit.missed if not m.coached]
    return ("audience", f"not heard: {', '.join(charged)}",
            float(audience_points(fit)))


@dataclass(frozen=True)
class MissedTheme:
    id: str
    label: str
    message: str
    part: str = ""
    """The theme's STAR part (`Theme.part`), "" for one its cue words decide."""
    coached: bool = False
    """True when a flaw against its part already says what is missing and takes its points
    (a hiring manager's "Results" beside a missing Result): the theme is shown missed, but
    costs nothing more and gives no second tip saying the same."""
    needs: str = ""
    """The theme's needed STAR part (`Theme.needs`: a senior leader's "Business impact" needs
    an outcome), "" for none."""
    counted_under: str = ""
    """For a coached theme, the score part whose points already say it ("structure": the
    missing Result; "ownership": no action told as your own; "delivery": over the length), so
    its ✗ can say why it costs nothing here (breaker13 B5); "" otherwise."""


@dataclass(frozen=True)
class AudienceFit:
    audience_id: str
    audience_name: str
    spoken_to: tuple[str, ...]
    """Theme labels the answer speaks to."""
    missed: tuple[MissedTheme, ...]

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.audience_id,
            "name": self.audience_name,
            "themes_spoken_to": list(self.spoken_to),
            "themes_missed": [
                {"id": m.id, "label": m.label, "message": m.message, "points": cost,
                 "cost": theme_cost_note(m, cost)}
                for m, cost in zip(self.missed, theme_costs(self), strict=True)
            ],
        }


@dataclass(frozen=True)
class AnswerAnalysis:
    transcript: Transcript
    question: str | None
    question_kind: QuestionKind
    star: StarReport
    timing: TimingReport
    fillers: FillerReport
    tips: tuple[str, ...]
    audience_fit: AudienceFit | None
    company_values_hit: tuple[str, ...]
    score: int
    """0–100, the overall answer score (score_parts.score)."""
    score_parts: ScoreParts
    order: str = "story"
    """"result_first" when the answer opened with its outcome, else "story"."""
    follow_up: FollowUpJudgment | None = None
    """Set when this is a reply to a probe, judged against it (analysis.follow_up)."""
    company: CompanyJudgment | None = None
    """Set for an answer about the company (kind "company"): its own judgment in place of
    STAR (analysis.company_answer)."""
    gives: frozenset[str] = frozenset()
    """What the answer already gives (`answer_gives`), so that no tip asks for it; not stored."""
    question_tips: tuple[str, ...] = ()
    """For a reply to a probe: the tips its question has now, with what the reply gave
    (`analyze_follow_up`); the first answer's tips the reply repaired are gone from them."""
    points_why: tuple[PointsWhy, ...] = ()
    """Why each point of `score_parts` was lost (`explain_points`); for a reply to a probe,
    its question's after the reply."""
    recording: tuple[str, ...] = ()
    """What the recording itself let through (`recording_lines`): a warning when it was too
    quiet or noisy to trust, the stretches of speech with no words. Empty for a clean one."""

    @property
    def flaw_codes(self) -> tuple[str, ...]:
        return tuple(f.code for f in self.star.flaws)

    def to_dict(self) -> dict[str, object]:
        return {
            "transcript": self.transcript.to_dict(),
            "question": self.question,
            "question_kind": self.question_kind,
            "star": self.star.to_dict(),
            "timing": self.timing.to_dict(),
            "fillers": self.fillers.to_dict(),
            "tips": list(self.tips),
            "audience": None if self.audience_fit is None else self.audience_fit.to_dict(),
            "company_values_hit": list(self.company_values_hit),
            "score": self.score,
            "score_parts": self.score_parts.to_dict(),
            "score_why": [reason.to_dict() for reason in self.points_why],
            "order": self.order,
            **({"follow_up": self.follow_up.to_dict()} if self.follow_up else {}),
            **({"company_answer": self.company.to_dict()} if self.company else {}),
            **({"question_tips": list(self.question_tips)} if self.follow_up else {}),
            **({"recording": list(self.recording)} if self.recording else {}),
        }


def analyze_answer(
    transcript: Transcript,
    *,
    question: str | None = None,
    question_kind: QuestionKind | None = None,
    target_s: tuple[float, float] | None = None,
    audience: Audience | None = None,
    company_values: Sequence[str] = (),
    company_terms: Sequence[str] = (),
    company_facts: Mapping[str, object] | None = None,
    role_terms: Sequence[str] = (),
    company_news: Sequence[str] = (),
    known_facts: KnownFacts | None = None,
) -> AnswerAnalysis:
    """Everything the user learns about one answer. Pure: no I/O, a few milliseconds.
    `company_terms`: the names a company profile gives (the company, its role title, its
    competitors, its news lines); an answer that names one is tied to this company. For an
    answer about the company (kind "company"): `company_facts`, the profile check of this
    answer in its stored form (`company_facts.FactCheck.to_dict()`; None without a profile),
    and `role_terms`, the role's title and duties, feed its judgment
    (`company_answer.judge_company_answer`), which replaces STAR in the score and tips.
    `company_news`: the profile's news lines; a story that tells one speaks to a theme that
    listens for it (`Theme.by_company_news`). `known_facts`: what the profile gave the
    candidate to read, so the candidate's own questions are scored as their review judges them
    (a question the profile answers shows no depth)."""
    kind: QuestionKind = question_kind or (
        classify_question(question) if question else "behavioral"
    )
    tokens = tokenize(transcript)
    target = None if kind in OWN_QUESTION_KINDS else target_s or DEFAULT_TARGET_S[kind]
    hearing = transcript.hearing
    timing = timing_report(tokens, target, transcript.duration_s,
                           unheard=hearing.unheard if hearing is not None else ())
    fillers = filler_report(tokens, timing.speaking_minutes)
    lowered = " ".join(t.norm for t in tokens)
    segments, parts = _star_view(transcript.text, tokens, lowered)
    if star_learned.active(tokens) and star_learned.PARTS_BY_RULES:
        # The learned layer only places the parts: which are told is the rules' own judgment
        # after every check below, not only the labeller's (a Result the layer moved onto a
        # "so that" clause is taken back by those checks, and would be reported missing).
        with star_learned.use(None):
            rules_segments, rules_parts = _star_view(transcript.text, tokens, lowered)
        if _told(parts) != _told(rules_parts):
            segments, parts = rules_segments, rules_parts
    flaws = find_flaws(kind, tokens, segments, parts, timing, question)
    if hearing is not None and hearing.untrusted:
        flaws = tuple(_not_heard(flaw, hearing) for flaw in flaws)
    read_as_story = 0
    if kind == "behavioral" and any(f.no_story for f in flaws):
        # A plan, an opinion or a habit is no story: its sentences are no STAR parts, and the
        # structure earns nothing ("I would check everything twice… I think owning the outcome
        # is very important" was shown Situation ✓ Action ✓ Result ✓, STAR 90).
        read_as_story = _star_score(parts)
        segments = tuple(replace(s, label="other") for s in segments)
        parts = summarize_parts(segments, len(tokens))
    order = "result_first" if segments and _opens_with_result(segments, lowered) else "story"
    asked_value = _VALUE_ASKED.search(question or "")
    owning_values = ownership_values(
        [*company_values, *([asked_value.group(1).strip()] if asked_value else [])]
    ) if kind == "behavioral" else []
    blame = blamed_others(transcript.text) if kind == "behavioral" and (
        asks_own_mistake(question) or owning_values) else ""
    if not blame and kind == "behavioral" and asks_own_mistake(question):
        # Someone else's slip told for "a mistake you made", with no word of fault in it
        # ("the night fitter signed the check without looking"): no mistake of the speaker's.
        blame = others_slip(transcript.text)
    fit = None
    if audience and kind not in OWN_QUESTION_KINDS:
        under = _flawed_under({f.code for f in flaws})
        if blame:
            # The fault put on others: no "Ownership" ask is spoken to beside the points it
            # costs (breaker14 B5: "spoke to: Ownership" beside "the mistake was the loaders'").
            under.setdefault("A", "ownership")
        if kind == "behavioral" and parts["A"].present and not _owned_actions(segments, tokens):
            # The ownership part charges "no action told as your own": an "Ownership" ask is
            # not spoken to beside it (breaker13 B11: "we decided" was heard as "I decided").
            under.setdefault("A", "ownership")
        flawed = frozenset(under)
        fit = _audience_fit(audience, lowered, order,
                            _parts_told(parts, flaws, lowered, [
                                *noted_actions(tokens, segments),
                                *_listed_deeds(segments, tokens)]),
                            kind=kind, question=question,
                            flawed=flawed, under=under,
                            too_long=_over_target(timing, flaws),
                            we_actions=bool(WE_WORDS.search(" ".join(
                                n for s in segments if s.label == "A"
                                for n in segment_norms(s, tokens)))),
                            text=transcript.text,
                            news_told=_tells_news(transcript.text, company_news))
    # Only what was told shows a value: not a plan nor a view of what matters.
    told_words = " ".join(told_sentences(transcript.text)) if company_values else ""
    values_hit = tuple(v for v in company_values if _mentions(told_words, v)
                       and not (blame and v in owning_values))
    applies = kind not in NO_STAR_KINDS
    if not applies:
        # A talk or the candidate's questions are no STAR answer: no part is judged or shown
        # (the order and the audience's themes above still hear a headline or an outcome).
        segments, parts = _told_parts(segments, tokens, keep=False)
    star_score = _star_score(parts) if kind == "behavioral" else _star_score_other(parts)
    score_parts, why = _score_parts(kind, star_score, flaws, timing, fillers, segments, tokens,
                                    read_as_story, parts,
                                    brief=audience is not None and audience.brief)
    if fit is not None and fit.missed:
        score_parts = replace(score_parts, audience=audience_points(fit))
        why.append(audience_why(fit))
    gives = answer_gives(transcript.text, tokens, parts, kind, company_terms, question)
    results = " ".join(t.norm for s in segments if s.label == "R"
                        for t in tokens[s.first_token : s.end_token])
    if results and measured_against(results, _told_before_result(segments, tokens)):
        gives |= {"measured"}  # a counted result: praise may say to keep it so
    if kind == "behavioral" and parts["S"].share_words + parts["T"].share_words >= LONG_SETUP:
        # No "clear structure" for a story half set-up; the tip names the part that runs long,
        # and none when each is told in a sentence or two (breaker8 D14: a one-sentence scene
        # was told to "tell the scene in a sentence or two").
        # To a question about a disagreement, the sides told in the set-up ("He wanted to
        # retry every card… I was not in agreement at all") are what it asks for, not scene to
        # cut (breaker16 D10).
        sides = tells_disagreement if asks_disagreement(question) else None
        gives |= {f"long_{part}" for part in ("S", "T")
                  if _told_at_length(part, segments, tokens, leave_out=sides)}
    if kind == "behavioral" and order == "story" and _result_in_the_middle(segments, len(tokens)):
        gives |= {"result_middle"}
    tips = _tips(kind, flaws, timing, fillers, fit, order, gives)
    if kind == "behavioral":
        tips = _loss_tips(tips, why, flaws)
    company = None
    if kind == "company":
        company = judge_company_answer(transcript.text, question, facts=company_facts,
                                       names=names_in(tokens), role_terms=role_terms)
        lost = company.points_lost()
        score_parts = replace(score_parts, **{
            part: getattr(score_parts, part) + round(points) for part, points in lost.items()
        })
        why.extend(company.points_why())
        # An answer to another question is told so first (a story that never says why).
        first = [t for t in tips if t.startswith("This does not answer the question asked")]
        tips = tuple(dict.fromkeys([*first, *company.tips(), *tips]))[:4]
    if kind == "presentation":
        # A talk's shape counts as a story's STAR parts do (`presentation.SHAPE_POINTS`).
        for reason, points in shape_costs(talk_shape(tokens)):
            score_parts = replace(score_parts, structure=score_parts.structure + round(points))
            why.append(("structure", reason, points))
    if kind == "questions_to_ask":
        shallow = _shallow_questions_points(transcript, known_facts)
        score_parts = replace(score_parts, specificity=score_parts.specificity + shallow)
        why.append(("specificity", "none of your questions went deep (the team, its "
                    "challenges, what success looks like)" if shallow > 15 else
                    "only one of your questions went deep", shallow))
        unprepared = _unprepared_questions_points(transcript, known_facts)
        if unprepared:
            score_parts = replace(score_parts, specificity=score_parts.specificity + unprepared)
            why.append(("specificity", "a search or your company profile answers "
                        f"{unprepared // _UNPREPARED_POINTS} of your questions: they show no "
                        "preparation", unprepared))
    for part, reason, points in _untied_points(kind, gives, flaws):
        score_parts = replace(score_parts, **{part: getattr(score_parts, part) + round(points)})
        why.append((part, reason, points))
    if kind == "behavioral" and parts["A"].present:
        for what in second_asks_missed(question, lowered):
            score_parts = replace(score_parts,
                                  specificity=score_parts.specificity + _SECOND_ASK_POINTS)
            why.append(("specificity", f"the question also asked {what}; the answer never "
                        "says", _SECOND_ASK_POINTS))
            tips = tuple(dict.fromkeys([
                f"The question also asked {what}: add one sentence on it before you finish.",
                *tips]))[:4]
    value = value_not_named(question, lowered) if kind == "behavioral" else ""
    if value in owning_values and blame:
        value = ""  # the blame's tip names the value: the story does not show it to tie back
    if value:
        tips = tuple(dict.fromkeys([
            *tips[:2], f"Tie the story back to \u201c{value}\u201d in one sentence: the "
            "question asked for that value, so say where your story shows it.", *tips[2:]]))[:4]
    if blame:
        score_parts = replace(score_parts, ownership=score_parts.ownership + BLAME_POINTS)
        why.append(("ownership", f"puts the fault on someone else (\u201c{blame}\u201d) and "
                    "owns no part of it", BLAME_POINTS))
        tips = tuple(dict.fromkeys([blame_tip(blame, question, owning_values), *tips]))[:4]
    complaints = complaints_in(lowered, kind)
    if complaints:
        # What the answer says, not how it is said: a content fault (breaker16 D28: it was
        # listed under "delivery").
        score_parts = replace(score_parts,
                              specificity=score_parts.specificity + _COMPLAINT_POINTS)
        why.append(("specificity", f"complains about a manager, the company or the pay "
                    f"(\u201c{complaints[0]}\u201d)", _COMPLAINT_POINTS))
        tips = tuple(dict.fromkeys([COMPLAINT_TIP, *tips]))[:4]
    if kind == "practical" and "figure" not in gives and transcript.text.strip():
        # "Money is not the most important thing for me" answers no pay question: the tip asks
        # for a figure, so the score cannot stay at 100 beside it.
        score_parts = replace(score_parts,
                              specificity=score_parts.specificity + _NO_FIGURE_POINTS)
        why.append(("specificity", "no figure, range, date or plain yes or no",
                    _NO_FIGURE_POINTS))
    score_parts = at_most_all(score_parts)
    return AnswerAnalysis(
        transcript=transcript,
        question=question,
        question_kind=kind,
        star=StarReport(segments, parts, flaws, star_score, applies),
        timing=timing,
        fillers=fillers,
        tips=tips,
        audience_fit=fit,
        company_values_hit=values_hit,
        score=score_parts.score,
        score_parts=score_parts,
        order=order,
        company=company,
        gives=gives,
        points_why=explain_points(score_parts, why),
        recording=recording_lines(hearing),
    )


LOST_IN_RECORDING = frozenset({"no_situation", "no_task", "no_action", "no_result"})
"""Flaws that say something was not told: in a recording too quiet or noisy to trust, the
recognizer may have lost it (breaker12 V9: at -35 dB "I agreed to a weekly summary" was heard
and the answer was still told "no Action of your own found", under noise "no Result")."""


def _not_heard(flaw: Flaw, hearing: Hearing) -> Flaw:
    """`flaw` as a coach who could hardly hear says it: a part not heard may be the recording's
    loss, not the answer's."""
    if flaw.code not in LOST_IN_RECORDING:
        return flaw
    why = "quiet" if hearing.quiet else "noisy"
    return replace(flaw, message=f"Not heard in this {why} recording (it may be lost, not"
                   f" missing): {flaw.message[:1].lower()}{flaw.message[1:]}")


def recording_lines(hearing: Hearing | None) -> tuple[str, ...]:
    """What the feedback says first about the recording itself (speech.hearing): that it was
    too quiet or noisy to trust, and which stretches of speech have no words."""
    if hearing is None:
        return ()
    return tuple(line for line in (hearing.warning(), hearing.unheard_line()) if line)


_NOTE_LABEL: dict[str, Label] = {
    "s": "S", "situation": "S", "context": "S", "background": "S", "t": "T", "task": "T",
    "goal": "T", "objective": "T", "a": "A", "action": "A", "actions": "A", "r": "R",
    "result": "R", "results": "R", "outcome": "R",
}
"""A part's name before a colon at the start of a line of notes, and the part it names."""


def _star_view(
    text: str, tokens: tuple[Token, ...], lowered: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """The answer's STAR segments and parts: the labeller's (`segment_answer`), then the checks
    of what each part really tells (notes' own labels, a headline announced, results that tell
    no outcome or only a reflection, an outcome closing the last action, results before any
    action, actions in which nobody acts, tasks in which the speaker only acts, actions the
    speaker disowns)."""
    segments = segment_answer(text, tokens, has_punctuation(tokens))
    segments = _labelled_notes(segments, tokens, text)
    segments, parts = _told_parts(segments, tokens, keep=True)
    segments, parts = _announced_headline(segments, parts, tokens, lowered, text)
    segments, parts = _results_not_told(segments, parts, tokens, text)
    segments, parts = _closing_outcome(segments, parts, tokens, text)
    segments, parts = _results_before_actions(segments, parts, tokens)
    segments, parts = _actions_not_told(segments, parts, tokens, lowered)
    segments, parts = _tasks_not_told(segments, parts, tokens)
    segments, parts = _task_after_the_end(segments, parts, tokens)
    segments, parts = _own_share_as_deeds(segments, parts, tokens, text)
    segments, parts = _task_in_scene(segments, parts, tokens, text)
    segments, parts = _scene_before_task(segments, parts, tokens, text)
    segments, parts = _opened_on_a_deed(segments, parts, tokens)
    segments, parts = _noted_steps(segments, parts, tokens, lowered)
    return _disowned_actions(segments, parts, tokens, lowered)


def _told(parts: dict[str, Part]) -> set[str]:
    return {label for label, part in parts.items() if part.present}


def _labelled_notes(
    segments: tuple[Segment, ...], tokens: Sequence[Token], text: str
) -> tuple[Segment, ...]:
    """Notes whose lines the writer labelled with their parts ("S: peak season, 3 pickers off
    sick / T: ... / A: re-planned routes, did night pick myself / R: shipped 100% on time") are
    taken at their word when three lines or more are so labelled and each is one line: each
    labelled line is the part it names, whatever its grammar (an action told with no "I" is
    still the Action). Anything before the first label keeps the labeller's reading; notes with
    unlabelled lines between the labelled ones ("Goal: ... / - moved ... / Outcome: ...") are
    left to the labeller."""
    starts = [
        (index, _NOTE_LABEL[token.norm]) for index, token in enumerate(tokens)
        if token.text.endswith(":") and token.norm in _NOTE_LABEL
        and (index == 0 or tokens[index - 1].sentence_end)
    ]
    if len(starts) < 3 or not segments:
        return segments
    first = starts[0][0]
    kept = [s for s in segments if s.end_token <= first]
    if first and (not kept or kept[-1].end_token < first):
        return segments  # a segment runs across the first label: leave the reading alone
    noted: list[Segment] = []
    for (index, label), following in zip(starts, [*(i for i, _ in starts[1:]), len(tokens)],
                                         strict=True):
        if following <= index + 1 or any(t.sentence_end for t in tokens[index : following - 1]):
            return segments  # a labelled part runs over several lines: the labeller reads them
        head, tail = tokens[index], tokens[following - 1]
        noted.append(replace(segments[0], label=label, first_token=index, end_token=following,
                             start_char=head.start_char, end_char=tail.end_char,
                             start=head.start, end=tail.end,
                             text=text[head.start_char : tail.end_char]))
    return (*kept, *noted)


def _told_parts(
    segments: tuple[Segment, ...], tokens: Sequence[Token], *, keep: bool
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """The segments and parts with every STAR segment whose part is not told relabelled
    "other": too few words to tell it (star.MIN_PART_WORDS), or with keep False any part."""
    parts = summarize_parts(segments, len(tokens))
    if all(s.label not in parts or (keep and parts[s.label].present) for s in segments):
        return segments, parts
    segments = tuple(
        replace(s, label="other")
        if s.label in parts and not (keep and parts[s.label].present) else s
        for s in segments
    )
    return segments, summarize_parts(segments, len(tokens))


_HEADLINE = ANNOUNCED_HEADLINE
"""Words that announce the outcome at the very start ("so the headline is ...", "bottom line:")."""
_HOW_IT_HAPPENED = re.compile(
    r"\b(how (that|it|this|we got there) (happened|came about|went)|how we got (there|here)"
    r"|here'?s how|here is how|let me (go|start) (back|from the (start|beginning))"
    r"|it (all )?started (when|with|in|last)|what happened was)\b"
)
"""Words that turn back from a headline to the story that led to it."""


def _announced_headline(
    segments: tuple[Segment, ...],
    parts: dict[str, Part],
    tokens: Sequence[Token],
    lowered: str,
    text: str,
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """An answer that opens by announcing its outcome in a sentence or line of its own
    ("Headline: nobody hurt, ferry left 40 min late.") tells its Result there, whatever the
    labeller read it as: that sentence becomes an "R" part when a story follows. In run-on
    speech with no sentence end the first part also holds the scene that follows ("the short
    version is we stopped running out i was a pharmacy technician..."): left as labelled."""
    told = [index for index, s in enumerate(segments) if s.label != "other"]
    if len(told) < 2 or segments[told[0]].label == "R" or not _HEADLINE.search(lowered):
        return segments, parts
    first = segments[told[0]]
    last = next((i for i in range(first.first_token, first.end_token)
                 if tokens[i].sentence_end), None)
    if last is None:
        return segments, parts
    headline = replace(first, label="R", end_token=last + 1, end_char=tokens[last].end_char,
                       end=tokens[last].end, text=text[first.start_char : tokens[last].end_char])
    pieces: list[Segment] = [headline]
    if last + 1 < first.end_token:
        rest = tokens[last + 1]
        pieces.append(replace(first, first_token=last + 1, start_char=rest.start_char,
                              start=rest.start, text=text[rest.start_char : first.end_char]))
    relabelled = (*segments[: told[0]], *pieces, *segments[told[0] + 1 :])
    return _told_parts(relabelled, tokens, keep=True)


_HYPOTHETICAL_CLAUSE = re.compile(
    r"\b(would|could|might|will|should|'ll|going to|gonna|hope to|hoping to|plan to"
    r"|planning to|expect to)\b(?! have).*"
)
"""A clause told as what would, could or will happen: no outcome yet."""


def _results_not_told(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], text_of: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """Result segments that tell no outcome, relabelled: one told as what would or could happen
    ("I think this would cut waste by maybe 20 percent"; every clause of it hypothetical) is
    "other"; one that opens with the speaker's own action and ends in an outcome clause is cut
    there into its Action and its Result (`_split_at_outcome`)."""
    if not parts["R"].present:
        return segments, parts
    changed = False
    unknown = False
    relabelled: list[Segment] = []
    for segment in segments:
        label = segment.label
        if label == "R":
            text = " ".join(segment_norms(segment, tokens))
            if _outcome_unknown(text):
                label = "other"
                unknown = True
            elif (_SO_THAT.match(text) and segment.words <= _PURPOSE_WORDS
                    and not _tells_outcome(text)):
                # "...and I made a sheet / so the producer could see which ones were left": a
                # short "so" clause with no outcome in it says why, not what came of it.
                label = "A"
            elif _hypothetical_only(text) or _reflection_only(text) or _talk_only(text):
                label = "other"
            elif _OWN_ACTION_FIRST.match(text) or _OWN_DEED_FIRST.match(text):
                # "so I rented one myself and every cake arrived on time": the action, then the
                # outcome in its last clause.
                split = _split_at_outcome(replace(segment, label="A"), tokens, text_of)
                if split is not None:
                    relabelled.extend(split)
                    changed = True
                    continue
                if (relabelled and relabelled[-1].label == "A" and not _tells_outcome(text)
                        and _OWN_DEED_FIRST.match(text) and not NUMBER.search(text)
                        and not any(t.sentence_end for t in
                                    tokens[segment.first_token : segment.end_token - 1])):
                    # "I also agreed with the drivers to preheat the buses while still plugged
                    # in": one more deed of the speaker's after the others, one sentence with no
                    # outcome nor count in it, is the last action, not how it ended (breaker15
                    # B1). "I helped them write a recall letter. They recalled four hundred
                    # heaters" goes on to the outcome.
                    label = "A"
        changed |= label != segment.label
        relabelled.append(replace(segment, label=label) if label != segment.label else segment)
    first_action = next((i for i, s in enumerate(relabelled) if s.label == "A"),
                        len(relabelled))
    if ((unknown or _ends_unknown(tokens)) and first_action < len(relabelled)
            and not any(s.label == "R" for s in relabelled[first_action:])):
        # The speaker ends by saying they never learned how it ended: a Result told before the
        # first action is where things stood when the story began (the Situation), not the
        # outcome told first ("At the hub our fill rate was only 62 percent. ... I never found
        # out how it ended": breaker14 B1).
        for i in range(first_action):
            if relabelled[i].label == "R":
                relabelled[i] = replace(relabelled[i], label="S")
                changed = True
    if not changed:
        return segments, parts
    return tuple(relabelled), summarize_parts(relabelled, len(tokens))


_OUTCOME_UNKNOWN = re.compile(
    r"\b(i|we) (\w+ )?(never|didn't|did not|don't|do not|couldn't|could not|can't|cannot|won't"
    r"|will not) (really |actually |ever |even )?(found out|find out|heard|hear|knew|know|learned"
    r"|learnt|learn|saw|see|got to see|get to see|got to know|get to know) (\w+ )?(how|whether|if"
    r"|what (happened|came of|became of))\b(?! you)"
    r"|\b(no|not any|not the slightest) idea (how|whether|if|what (happened|came of))\b"
    r"|\b(i|we) (had )?(left|moved on|changed jobs) (\w+ ){0,3}?before (it|the (\w+ )?(results?"
    r"|numbers|figures|outcome|data)|anything) (was|were|came|finished|ended|got|went|showed"
    r"|changed)\b"
)
"""The speaker saying they do not know how the story ended ("I never found out how it ended
because I left the company a month later", "we didn't hear whether it worked", "I left
the team before the numbers came in"): no outcome, and
the interviewer's next question is how it turned out."""
_UNKNOWN_NEXT = re.compile(r"\b(because|as|since|cause|'cause|but|and|so|though|although)\b")
_UNKNOWN_REASON = ("because", "as", "since", "cause", "'cause")


def _ends_unknown(tokens: Sequence[Token]) -> bool:
    """Whether the answer's last sentence says only that the speaker does not know the outcome
    (`_outcome_unknown`), whatever part the labeller gave it."""
    ends = [i for i, token in enumerate(tokens[:-1]) if token.sentence_end]
    start = ends[-1] + 1 if ends else 0
    return _outcome_unknown(" ".join(token.norm for token in tokens[start:]))


def _outcome_unknown(text: str) -> bool:
    """Whether a Result (lower-case words) says only that the speaker does not know the outcome:
    the saying (_OUTCOME_UNKNOWN), then at most its reason ("... because I left the company a
    month later"); what is told before it or after a "but" or "and" has no outcome cue ("I
    never heard how the audit went, but the line ran 20 percent faster" keeps its outcome)."""
    said = _OUTCOME_UNKNOWN.search(text)
    if said is None:
        return False
    rest = text[: said.start()]
    after = _UNKNOWN_NEXT.search(text, said.end())
    if after is not None and after.group(1) not in _UNKNOWN_REASON:
        rest += " " + text[after.start() :]
    return not rest.strip() or (not _tells_outcome(rest)
                                and cue_score("R", rest) < _REFLECTION_OUTCOME)


_REFLECTION = re.compile(
    r"\bi (don't |do not )?think\b|\blooking back\b|\b(i'm|i am|we're|we are|i was|we were)"
    r" (\w+ )?proud of (how|the way|what)\b|\bexperience\b"
    r"|\b(i|we) (\w+ )?(learned|learnt|realised|realized)\b"
    r"|\btaught (me|us)\b|\byou (just )?(have to|need to|learn|never)\b"
    r"|\bthat's (just )?what (a |an )?\w+ (is|are) for\b|\b(a|one) (tough|hard|difficult) one\b"
    r"|\b(grew|grown) as\b|\bstuck with me\b|\b(never|ever) forget\b|\brewarding\b"
    r"|\bthe main thing\b"
    # The effort, the spirit or the speaker's merit, not what came of it: "one of the hardest
    # weeks of my career", "a significant undertaking", "demonstrated my ability to manage",
    # "at the end of the day I did what any nurse would do", "the team was glad to have a plan
    # and everyone pitched in".
    r"|\b(the|one of the) (most|best|hardest|biggest|longest) \w+ (\w+ )?(of|in) (my|our)"
    r" (career|life|working life|time)\b|\b(significant|big|huge|real|major) undertaking\b"
    r"|\b(demonstrated|showed|shows|proved|proves) (my|our) (\w+ )?(ability|abilities|skills?"
    r"|capacity|commitment)\b|\b(at the )?end of the day\b|\bdid what (any|every|a) (good )?\w+"
    r" (should|would) do\b|\b(glad|happy|pleased|relieved|grateful) to have (a|the|some) (plan"
    r"|rota|process|structure|routine|system)\b|\b(all )?(pulled|mucked|chipped|pitched)"
    r" (together|in)\b|\bgot stuck in\b"
    # Who the speaker is, told as a habit or a creed in the present: "that's how I was raised",
    # "that's the kind of leader I try to be", "I try to do this every day".
    r"|\bthat's (just |exactly |always |really |kind of |simply )?(how|who|what|the way"
    r"|the (kind|sort|type) of \w+) (i|we)\b"
    r"|\b(i|we) (always |just |really |still |also )?try (to|and) (\w+ ){0,8}?(every|each"
    r"|always)\b|\b(i|we) (always |just |really |still |also )?try to (be|do)\b"
    # The speaker's own feelings about the work, with no change told: "I felt so proud of
    # myself", "it made me so happy", "one of the best feelings of my career", "a big
    # confidence boost" (a reaction is an outcome only when it is someone else's).
    r"|\b(i|we) (\w+ )?(felt|feel|was|were|am|are|'m|'re) (so |very |really |quite |truly "
    r"|incredibly |extremely |a bit |a little |just )*(proud|happy|satisfied|fulfilled|emotional"
    r"|grateful|moved|good|great)\b( (about|of|with|in) (myself|ourselves|my heart|it|that"
    r"|this|the \w+))?"
    r"|\b(it|that|this) (made|makes) (me|us) (feel )?(so |very |really |quite )*(happy|proud"
    r"|good)\b|\b(a|the|one of the) (\w+ )?(lovely|best|great|good|amazing|wonderful|proudest)"
    r" (feelings?|moments?)\b|\b(a|an) (big |huge |real )?(confidence|morale) boost\b"
    r"|\b(a|an) (very |really |quite )?emotional (day|moment|time)\b"
    # A saying told as the story's close: "in Laos we say slowly slowly, but you arrive", "as
    # my dad always said", "there's a saying", "that is what I believe about...".
    r"|\b(we|they|people|you) (always |often )?say\b|\b(there's|there is) a saying\b"
    r"|\bas the saying goes\b|\bas (my|our|his|her) \w+ (always |used to )?(say|says|said)\b"
    r"|\b(that's|that is) what (he|she|my \w+|our \w+) (always |used to )?(said|says|say)\b"
    r"|\b(that's|that is|this is) what (i|we) (believe|think|always say)\b"
    # The size of the work, told as its weight: "it was a massive job", "a big project with a
    # lot of moving parts", "a huge amount of responsibility".
    r"|\b(it|that|this) was (a|an|quite a|such a) (really |very |pretty )?(big|massive|huge"
    r"|enormous|major|long|complex) (job|project|task|piece of work|effort|amount of \w+)\b"
    r"|\ba lot of moving parts\b"
)
"""How the speaker feels about the story or what it taught them: "it was a really rewarding
experience and I think we all grew as teachers", "looking back I'm proud of how our nurses
stepped up", "it was a tough one, you just have to be patient". A Result told only so, with no
outcome cue in it, is no Result (`_reflection_only`): issue 13's vague non-outcome. Over the 17
seen sets (bench/analysis_accuracy.py --learned 0, each set measured alone as a fold),
good answers' left-out Results reported missing dev8 +2, held8 +3 (held8 73 -> 93 % of left-out
parts), no part told newly reported missing, no weak answer's flaws changed. Who the speaker
is, told as a habit or a creed ("that's how I was raised", "that's the kind of leader I try to
be", "I try to do this every day"): over the 23 seen sets left-out parts reported missing
held11 12 -> 14 of 21, dev12 8 -> 9 of 16, no told part newly reported missing, no weak
answer's flaws changed. The speaker's own feelings ("I felt really proud of myself that
night"), a saying ("In <country> we say...", "that's what my dad always said"), and the
work's weight ("it was a massive job") or its hours ("It took me about three hundred hours",
_EFFORT_ONLY): closings that report no change in the story's world. Over the 32 seen sets each
alone (bench/analysis_accuracy.py --sets NAME): left-out parts found held16 58.3 -> 66.7 %,
dev15 81.2 -> 87.5 %, macro-F1 held16 0.894 -> 0.896, dev15 0.870 -> 0.872, flaw recall up on
held10, dev11, held13, dev15 and held15 (six weak answers' "no Result" found), no figure of
any set down."""
_FEELING_CARRIES_EVENT = re.compile(
    r"\b(proud|happy|glad|pleased|relieved|job|project|task|effort|work),? (when|that|because"
    r"|but) (?!(i|we|you|it|this|that|night|day|week|year|morning|evening|time)\b)"
    r"(the|my|our|his|her|their|they|he|she|\w+s)\b( [\w'-]+){3,}"
)
"""A feeling or the work's weight that carries what happened in its "when", "that" or "but"
clause, told by someone else: "I felt really proud when the manager put my rota into the other
two shops", "It was a massive job, but the manager put my rota into the other two shops". The
clause is the outcome, not a reflection (breaker17 F24, a regression of the closing check); "I
felt really proud of myself that night" stays a reflection."""
_REFLECTION_OUTCOME = 0.7
"""Result cue points (star.cue_score, the reflection's own words left out) that still tell an
outcome beside a reflection: "he calmed down and thanked the team... I think the most important
thing is to keep people informed" keeps its Result ("thanked", 0.8); "now", "later" (0.4) do not."""


_LESSON = re.compile(
    r"^((and|so|but|well|honestly|looking back) )*(what (i|we) (\w+ )?(learned|learnt|took away"
    r"|took from (it|that|this)|took)( from (it|that|this|all that))? (is|was|was that|is that)"
    r"|the (main |big |biggest |real |key )?(lesson|takeaway)( (for me|for us|i took|i learned"
    r"|i learnt|there|here|from (it|that|this)))? (is|was)"
    r"|(it|that|this) (really )?taught (me|us)|(i|we) (\w+ )?(learned|learnt)) (that |is )?"
)
"""A closing that tells the lesson the speaker drew ("What I learned is that with a new machine
you have to call the maker early", "The lesson for me was to bring the maker in early", "It
taught me to..."): its complement is advice, whatever outcome word it holds ("early"), unless
it counts or settles something ("I learned that the new warm-up had cut the misprints to
zero"), or goes on past the lesson (breaker15 B9)."""
_AS_ADVICE = re.compile(
    r"^to \w+|\b(you|one|we|i) (always |really |just )?(have to|has to|must|should|need to|needs to"
    r"|can't|cannot|never|always|better)\b|\b(is|are) (better|best|key|worth)\b"
)


def _lesson_only(text: str) -> bool:
    """Whether a Result (lower-case words) only tells the lesson the speaker drew (_LESSON),
    told as advice (_AS_ADVICE), with no outcome of the story in it."""
    frame = _LESSON.match(text)
    if frame is None:
        return False
    lesson = text[frame.end():]
    return (bool(_AS_ADVICE.search(lesson)) and len(lesson.split()) <= _LESSON_WORDS
            and not OUTCOME_METRIC.search(lesson) and not _SETTLED.search(lesson))


_LESSON_WORDS = 25
"""A lesson longer than this goes on to tell more than the lesson."""


def _reflection_only(text: str) -> bool:
    """Whether a Result (lower-case words) only tells how the speaker feels about the story or
    what it taught them, or how big the work was: a reflection (_REFLECTION) and no outcome cue
    outside it ("the team was happy to have a plan" judges the plan, not an outcome), or only
    the work's size (_EFFORT_ONLY) with no outcome cue at all. Over the 21 seen sets
    (bench/analysis_accuracy.py --sets NAME, and --speech on the cached transcripts), left-out
    Results reported missing dev10 16 -> 18 of 19, held10 22 -> 24 of 29, dev11 8 -> 9 of 14
    (through speech dev10 15 -> 17, dev11 8 -> 9); no told part newly reported missing in any
    set, text or speech; of the weak answers only one score moves (dev4, a plan: 25 -> 8). A
    closing creed (cues.closing_creed) counts as a reflection too, as the labeller reads it: on
    the seen sets the labeller already leaves such units out of the Result, so no figure moves
    with this check; it keeps the two readings the same."""
    if (_EFFORT_ONLY.match(text) and not _tells_outcome(text)
            and len(text.split()) <= _EFFORT_ONLY_WORDS):
        return True
    rest = CLOSING_CREED.sub(" ", _REFLECTION.sub(" ", text))
    if general_creed(text) or _lesson_only(text):
        return True
    if _FEELING_CARRIES_EVENT.search(text):
        return False
    return bool(_REFLECTION.search(text) or closing_creed(text)) and not _tells_outcome(
        rest) and cue_score("R", rest) < _REFLECTION_OUTCOME


_TALK_ONLY = re.compile(
    r"^(so |and |then |after that |in the end )?(we|they|the two of us|(she|he) and i|(the|my)"
    r" \w+ and i) (\w+ )?(talked|discussed|argued|debated|chatted|spoke|went back and forth"
    r"|went round in circles|kept talking)( (about )?(it|this|that|things|the \w+))?( (with|to)"
    r" (each other|him|her|them))?( for (a while|a bit|some time|a long time|a long while|quite"
    r" a while|ages|hours|an hour|a few (minutes|hours|days)|days))?$"
    # Or that the speaker's time ran out: "and that was the end of my shift basically".
    r"|^(and |so )?(that was|that's|then it was) (the end of|the last of) (my|the|our) (shift"
    r"|day|night|week|rota|watch)( basically| really| anyway)?$"
)
"""A Result that only says the talk went on ("We talked about it for a while."): how the
disagreement went, not how it was settled (breaker11 D4: accepted as the Result of "how did
you settle it?"); or that the shift was over: when the story stops, not what came of it."""


def _talk_only(text: str) -> bool:
    """Whether a Result (lower-case words) only says the two sides talked or the shift ended
    (_TALK_ONLY), with no outcome."""
    return bool(_TALK_ONLY.match(text)) and not _tells_outcome(text)


_EFFORT_ONLY_WORDS = 30
"""An ending longer than this goes on past the size of the work ("It took about twenty minutes of
talking. He gave the keys to the night manager... and put a keys policy on the bar that month"):
it is the Result, whatever its opening counts. held11 lost a complete answer that way (9cff64c);
with this, over the 23 seen sets (bench/analysis_accuracy.py) held11 macro-F1 0.898 -> 0.901, all
four 89.8 -> 91.8 %, false absent 3.1 -> 2.7 %, every other figure of every set unchanged (the
left-out Results the rule finds, dev10, held10, dev11, are still found), through speech
(dev9-11, held9-11) unchanged."""
_EFFORT_ONLY = re.compile(
    r"^(so |and )?(overall |in total |all in all |altogether |all told |in all )?((it|that|this"
    r"|the (job|project|work|whole thing)) (was|came to|took|meant|involved)( me| us| them"
    r"| the team)?|(i|we) (\w+ )?spent) (about |around "
    r"|roughly |nearly |almost |over |just over |some )?(\d|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred"
    r"|a thousand|hundreds|thousands|a (team|lot|month|year|week) of)"
    # Not a date: "That was six winters ago, and it's still standing" counts back to the story.
    r"(?![\w-]* ([\w-]+ )?ago\b)"
)
"""A Result that only counts what went into the work ("In total it was fourteen kilometres of
drives, four of us, two instruments and about six weeks underground"; "Overall that was about
eleven hundred checks, a team of fourteen testers"): a size, not an outcome (issue 13: a number
is a metric only when it measures the outcome)."""


_SO_THAT = re.compile(r"^(and )?so (that )?")
_PURPOSE_WORDS = 10
"""A Result of this many words or fewer that opens with "so" and holds no outcome cue is the
last action's purpose."""


def _tells_outcome(text: str) -> bool:
    """Whether a clause (lower-case words) holds any outcome cue: a measure, an agreement or
    settlement, a concrete outcome word, or a judgment of how it went."""
    return bool(OUTCOME_METRIC.search(text) or _SETTLED.search(text)
                or _CLOSING_OUTCOME.search(text) or CONCRETE_OUTCOME_PATTERN.search(text)
                or JUDGED.search(text))


_OWN_ACTION_FIRST = re.compile(rf"^(and |so |then )?i (\w+ly )?({PAST_ACTION}|\w+ed)\b")
"""A segment that opens with an action of the speaker's own ("so I rented one myself")."""
_OWN_DEED_FIRST = re.compile(
    rf"^(and |so |then |after that |finally )?i (also |then |just |even |first |\w+ly )?"
    rf"(?!(had|was|were|got|became|felt|saw|heard|knew|learned|learnt|realised|realized|found"
    rf"|noticed|thought|kept|won|lost|passed|made it|managed|ended|finished)\b)"
    rf"({PAST_ACTION}|\w+ed)\b"
)
"""A segment that opens on one more deed of the speaker's own ("I also agreed with the drivers
to...", "then I asked the night fitters to..."), not on something that befell them or that they
came to ("I got the job", "I passed", "I found it had worked")."""


_SETTLED = re.compile(
    r"\b(we|they|he|she|both of us|the two of us|everyone|everybody) (finally |then |eventually "
    r"|both |all )?(agreed|settled on|decided on|signed|accepted|kept(?! (\w+ ){0,3}(informed"
    r"|updated|posted|in the loop|in touch|aware|busy)\b)(?! \w+ing\b)|won|passed|renewed|left"
    r"|arrived|made it|got there|finished|came back)\b"
)
"""An outcome told as what others, or the speaker with others, ended with ("we agreed a mixed
rota", "they signed")."""
_CLAUSE_OPENING = frozenset({"and", "so", "then"})
_OTHER_SUBJECTS = frozenset(
    {"we", "they", "he", "she", "everyone", "everybody", "nobody", "every", "all", "the"})
"""Words that open a clause about someone other than the speaker ("...and we lost no sales")."""
_CLOSING_OUTCOME = re.compile(
    r"\b(nobody|no one|none of \w+|not one \w+) (was |were |got |had )?(hurt|injured|complained"
    r"|noticed|missed|late|lost|left|ill)\b|\bon time\b|\bfirst time\b|\bno longer\b"
    r"|\bnever again\b|\b(lost|missed|wasted|dropped) (no|not a single|not one|none)\b"
    r"|\b(renewed|signed|promoted|passed|hired|approved|went live|launched"
    r"|shipped|recovered|reopened|discharged|came back)\b|\bstill (uses?|used|buys|comes|orders)\b"
)
"""Outcome words strong enough to end an action sentence as its Result (CONCRETE_OUTCOME_PATTERN
holds words such as "every" or "booked" that also tell a scene or an action)."""


def _results_before_actions(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token]
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """Result segments told after the scene but before any action, in an answer that ends on
    its actions ("...at 2:40 the monitor showed methane at 1.2 percent, so I called the shift
    boss, ordered the men out and went down to check the fans"), are the scene that set the
    actions off: the Situation. An answer that opens with its outcome is left as it is."""
    told = [s for s in segments if s.label != "other"]
    if not parts["R"].present or not told or told[0].label == "R":
        return segments, parts
    actions = [i for i, s in enumerate(told) if s.label == "A"]
    results = [i for i, s in enumerate(told) if s.label == "R"]
    if not actions or max(results) > actions[0]:
        return segments, parts
    if any(_told_as_ending(" ".join(segment_norms(told[i], tokens))) for i in results):
        # "Conversion went up eight points in the end, but the interesting part is how": the
        # outcome told before the actions, on purpose.
        return segments, parts
    if any(i + 1 < len(told) and opens_on_the_turn(" ".join(segment_norms(told[i + 1], tokens)))
           for i in results):
        # "By the summer the team was delivering again. How we got there was...": the next
        # sentence turns back from it (breaker11 D2).
        return segments, parts
    relabelled = tuple(replace(s, label="S") if s.label == "R" else s for s in segments)
    return relabelled, summarize_parts(relabelled, len(tokens))


def _told_as_ending(text: str) -> bool:
    """Whether a Result told before any action (lower-case words) says it is the ending: it
    turns back to how it came about ("but the interesting part is how"), or names the end ("in
    the end", "ended up") and tells an outcome, or opens on words that announce it ("long story
    short, it never froze again", breaker16 D19). A scene's reading ("at 2:40 the monitor
    showed methane at 1.2 percent") does none of these."""
    if TURN_BACK.search(text) or _HEADLINE.match(text):
        return True
    return bool((_ENDING_WORDS.search(text) or _HOW_IT_HAPPENED.search(text))
                and _tells_outcome(text))




def _closing_outcome(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], text: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """An answer with no Result whose last Action segment ends in an outcome told by someone
    other than "I" alone ("...by sharing the data, and we agreed a mixed rota"; "...the police
    took the other one, and we left eleven minutes late with nobody hurt"): that last clause or
    sentence is its Result (`_split_at_outcome`)."""
    told = [s for s in segments if s.label != "other"]
    if parts["R"].present or not told or told[-1].label != "A":
        return segments, parts
    split = _split_at_outcome(told[-1], tokens, text)
    if split is None:
        return segments, parts
    index = segments.index(told[-1])
    relabelled = (*segments[:index], *split, *segments[index + 1 :])
    return relabelled, summarize_parts(relabelled, len(tokens))


_OWN_DEED_GOES_ON = re.compile(rf"{PAST_ACTION}|\w+ed")
"""The first word of a clause with no subject of its own, a verb in the past ("...and wrote a
paper"): it goes on with the subject its sentence opened on."""


def _own_sentence(tokens: Sequence[Token], index: int, segment: Segment) -> bool:
    """Whether the sentence that holds tokens[index] opens (after a lead-in) on "I", within
    `segment`."""
    first = index
    while first > segment.first_token and not tokens[first - 1].sentence_end:
        first -= 1
    norms = [t.norm for t in tokens[first:index] if t.norm]
    while norms and norms[0] in _LEAD_IN_NORMS:
        norms = norms[1:]
    return bool(norms) and norms[0] == "i"


_LEAD_IN_NORMS = frozenset({"and", "so", "then", "well", "um", "uh", "also", "first", "next"})


_WHEN_CLAUSE = re.compile(
    r"\b(before|after|until|till|once|while|when|as soon as|by the time) (we|they|he|she|everyone"
    r"|everybody|both of us|the two of us|the \w+) (\w+)\b"
)
"""A clause that says when something else was done ("the night before we left", "once they
arrived"): its verb is no outcome of the story."""


def _split_at_outcome(
    last: Segment, tokens: Sequence[Token], text: str
) -> tuple[Segment, Segment] | None:
    """`last` cut before its last clause that tells an outcome by someone other than "I" alone,
    as (the Action before it, the Result); None when it has no such clause. The clause opens a
    sentence, or opens with "and", "so" or "then" after a comma or before another subject ("and
    we lost no sales"); it has four words or more, an outcome cue and no "would"."""
    for start in range(last.end_token - 4, last.first_token, -1):
        previous = tokens[start - 1]
        opens = previous.sentence_end or (
            tokens[start].norm in _CLAUSE_OPENING
            and (previous.clause_end or (start + 1 < last.end_token
                                         and tokens[start + 1].norm in _OTHER_SUBJECTS)))
        if not opens:
            continue
        if any(t.sentence_end for t in tokens[start : last.end_token - 1]):
            # The outcome must be in the last sentence: a cue three sentences back ("how many
            # patients came back after 6pm", data gathered) does not make the rest an ending.
            break
        clause = " ".join(t.norm for t in tokens[start : last.end_token])
        words = clause.split()
        if words and words[0] in _CLAUSE_OPENING:
            words = words[1:]
        # "The night before we left, I checked every instrument": a clause that only says when
        # the speaker acted holds no outcome ("we left" is no departure that came of it).
        main = _WHEN_CLAUSE.sub(" ", clause)
        if not words or words[0] == "i" or _HYPOTHETICAL_CLAUSE.search(clause) or not (
            _SETTLED.search(main) or OUTCOME_METRIC.search(main)
            or _CLOSING_OUTCOME.search(main)
        ):
            continue
        if _OWN_DEED_GOES_ON.fullmatch(words[0]) and _own_sentence(tokens, start, last):
            # "I checked their accounts, spoke to the school, and wrote a paper with all three
            # options...": a verb with no subject of its own goes on with the sentence's "I",
            # one more of the speaker's deeds, no outcome by others (dev16).
            continue
        first = tokens[start]
        action = replace(last, label="A", end_token=start, end_char=previous.end_char,
                         end=previous.end, text=text[last.start_char : previous.end_char])
        result = replace(last, label="R", first_token=start, start_char=first.start_char,
                         start=first.start, text=text[first.start_char : last.end_char])
        return action, result
    return None


_ANY_ACTION = re.compile(
    rf"\b(i|we|you|they|he|she|and) (\w+ly )?(also |then |just |first |even )?({PAST_ACTION}"
    r"|\w+ed|set|put|cut|let|hit|read|split|shut|quit)\b"
)
_NO_ACTION_VERBS = frozenset(
    {"had", "was", "were", "believed", "thought", "felt", "knew", "wanted", "needed", "hoped",
     "liked", "loved", "seemed", "used", "worried", "noticed", "realised", "realized", "wondered",
     "assumed", "expected", "supposed", "understood", "meant", "saw", "heard", "disagreed",
     "agreed", "preferred"}
)
"""Past verbs that tell a state of mind or a circumstance, not something done."""


_NONE_WENT_WRONG = re.compile(r"\bno \w+ (was|were|got|went|came)\b")
"""An outcome told as nothing going wrong ("no delivery was late"): not a scene."""
_DOING_NOW = re.compile(
    r"\b(i am|i'm|we are|we're) (also |then |first |now |just |personally )?(?!(having|feeling"
    r"|thinking|wanting|needing|hoping|trying|being|working|living|sitting|standing|waiting"
    r"|getting|looking|worrying|wondering|struggling|expecting)\b)\w+ing\b"
)
"""A story told in the present progressive, as many non-native speakers tell one ("I am going
to each house myself, I am explaining the scholarship"): each is an action, not a state."""


_DUTY_DONE = re.compile(r"\bi had to (\w+ly )?(?!be\b)\w+|\bi was (\w+ly |all )?\w+ing\b")
"""The speaker's deeds told as duties ("I had to rebuild the report overnight, I had to check
every figure") or in the past progressive ("I was rebuilding the report all night, I was
checking every figure"): two or more in the Action are what the speaker did, not a scene
(breaker17 F32: "no Action of your own found", 25/100)."""


def _actions_not_told(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], lowered: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """Action segments in which nobody does anything ("the pool was rammed, there's a gala
    booked, parents everywhere"; "I had quite different ideas, because she believed fixed teams
    were better") are the Situation: an answer whose every Action segment is so has no Action.
    An action is a past verb with a person as its subject, in any tense the story is told in,
    a note with no subject ("rang the supplier") or a second-person story's "you call"; a
    segment that tells an outcome is left to the labeller. Action segments in which only others
    act, the speaker named nowhere in them (_OWN_PERSON), tell no Action of the speaker's own
    and are "other" (issue 13: the own part): over the 23 seen sets left-out parts reported
    missing held11 14 -> 16 of 21, no told part newly reported missing; weak answers' "no
    Action" found held8 and dev12 one more each, none newly wrong."""
    if not parts["A"].present:
        return segments, parts
    action = " ".join(n for s in segments if s.label == "A" for n in segment_norms(s, tokens))
    told = as_past_narrative(action, present_narrative(lowered))
    done = any(m.group(4) not in _NO_ACTION_VERBS for m in _ANY_ACTION.finditer(told))
    noted = noted_actions(tokens, segments)
    if (done or past_first_person_actions(action) or noted
            or second_person_actions(action, lowered) or OUTCOME_METRIC.search(action)
            or _NONE_WENT_WRONG.search(action) or _DOING_NOW.search(action)
            or MODAL.search(action)  # "I would change...": a plan, named by its own flaw
            or len(_DUTY_DONE.findall(action)) >= 2
            or any(IMPERATIVE_FIRST.match(" ".join(segment_norms(s, tokens)))
                   or STEPS_NAMED.match(" ".join(segment_norms(s, tokens)))
                   for s in segments if s.label == "A")):  # a checklist: "call outreach"
        if (done or noted) and not (
                _OWN_PERSON.search(action) or noted_actions(tokens, segments, after_commas=False)
                or second_person_actions(action, lowered)):
            # Only others act ("the welders and the boiler team knew what to do, and they did
            # everything"): the speaker tells no Action of their own.
            relabelled = tuple(replace(s, label="other") if s.label == "A" else s
                               for s in segments)
            return relabelled, summarize_parts(relabelled, len(tokens))
        return segments, parts
    relabelled = tuple(replace(s, label="S") if s.label == "A" else s for s in segments)
    return relabelled, summarize_parts(relabelled, len(tokens))


_DISOWNED = re.compile(
    r"\bhappened (all )?around (me|us)\b"
    r"|\b(sorted|took care of|resolved|fixed|solved) (itself|themselves)\b"
    r"|\bbeen (\w+ed|done|built|made|written|signed|set up|put in place|agreed|decided)\b"
    r"( \w+){0,8}? (before|by the time) i (arrived|joined|got there|came|started|took over)\b"
    r"|\b(done|decided|settled|sorted) (above|over) (me|my head)\b"
    r"|\b(it|that) was(n't| not) (my|our) (decision|doing|call)\b"
    r"|^(\w+ )?(in the end |in practice |honestly |the truth is )?it was (the|their|our|my|his|her)"
    r" [\w' ]+ (who|that) (sorted|fixed|solved|did|handled|saved) it\b"
    r"|(?<!\bi )(?<!\bwe )(?<!\byou )\bdid (really |basically |pretty much |just about |nearly "
    r"|almost )?(all of it|all the work|everything|most of it"
    r"|the (real|heavy|hard|actual) (work|lifting|part|bit))\b"
    r"|\bthe heavy lifting\b"
    r"|\bi was (just |mostly |only |largely |basically )(there|around|in the office|on the phone"
    r"|on (the |a )?calls?|\w+ing)\b"
    r"|\bi (just |mostly |only |largely )(sat in|sat there|looked on)\b"
    r"|\bi was (seconded|on leave|on holiday|off sick|away|abroad|not there|elsewhere)\b"
)
"""The speaker saying, in so many words, that the work was not theirs: it "just happened around
me", it "sorted itself out", it "had been done before I arrived", it was "decided above me",
"it was the vendor who sorted it", "the crews did the real work", "the supplier's engineers did
the heavy lifting" (`_disowned_actions`)."""
_OTHERS_DID_IT = re.compile(
    r"^(?!.*\b(i|we|you|before|after|when|while|until|if|how|who|that|because|once)\b)"
    r"((\w+ ){1,10}did it$"
    r"|((and|but|so|well|um) )*(honestly|to be honest|to be fair|in fairness|the truth is"
    r"|truth be told|in the end|in practice|if i'm honest)( \w+){1,10}? (sorted|solved|fixed"
    r"|handled|did|dealt with|took care of|took over|saved)\b)"
)
"""A clause that is only others doing the whole thing: "The weavers did it." "My two senior
analysts and the complaints team lead did it:" (read at a clause's end)."""
_OWN_DEED = re.compile(
    r"\b(i|we) (\w+ly )?(also |then |just |first |even |personally |myself )?"
    r"(?!(?:was|were|had|felt|knew|thought|remember|remembered)\b)(?P<verb>\w+)\b"
)
"""A deed of the speaker's or of a "we" they are part of: "I rang", "we packed" (the verb is
checked to be a past one)."""


_OWN_PART = re.compile(
    r"\b(what|all) (i|we) (actually |really |personally |myself )?did was\b"
    r"|\b(my|our) (own )?(part|bit|share|contribution) was\b"
    r"|\bso (i|we) (only|just) \w+\b"
)
"""The speaker's own part told after a modest disclaimer ("...a lot of it just happened around
me. What I did was write the matching rules, test them and train the team"; "most of the work
had been done before I arrived, so I only wrote the last rules, tested them and trained the
team"): deeds told without an "I" before each verb, still the speaker's Action (breaker17 F34,
a regression of the disowning check)."""


_SAME_IN_THE_PAST = frozenset({"set", "put", "cut", "let", "hit", "read", "split", "shut", "quit"})
"""Past verbs spelt as the present ("we set up the chairs", "I put a sign up")."""


def _disowned_actions(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], lowered: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """An answer in which the speaker disowns the work in so many words (_DISOWNED: "a lot of
    it, honestly, just happened around me", "most of the work had been done before I arrived",
    "I was seconded to another programme for most of those six weeks", "I was just there the
    whole week"; _OTHERS_DID_IT: "my two senior analysts and the team lead did it") and tells at
    most two deeds of their own beside it ("I read it and asked questions on the last two days",
    "I signed things off when they came to me") tells no Action: the others' deeds and the
    speaker's looking on were read as it, so "Action missing" was never said (held16 rows 19, 33
    and 59, where both second readers agree, and dev15 row 3). A deed of the speaker's own set
    against the others' ("..., but I rang every patient booked that week") keeps the Action, and
    so do three deeds or more of the speaker's or of a "we" the speaker is part of (the
    labelling convention: "we" stories are Actions). Over the 32 seen sets (each alone,
    bench/analysis_accuracy.py --sets NAME) left-out parts reported missing held16 58.3 ->
    70.8 % (14 -> 17 of 24), dev15 81.2 -> 87.5 %; macro-F1 held16 +0.001, dev15 +0.006,
    held15 +0.002, dev16 +0.001; no figure of any set worse (the five seen answers with an Action
    that hold such words, e.g. "the Tuesday stand-up kept going when I was away on leave", tell
    three deeds or more). dev17, measured before any tuning on it: missing 75.0 -> 81.2 %,
    macro-F1 0.880 -> 0.888. Then, read on dev17: an admission that named others "sorted it
    out" ("to be honest the coordinator and the trustees sorted it out") and "the committee did
    really everything" disown it too: dev17 missing 81.2 -> 93.8 %, macro-F1 0.888 -> 0.890;
    every figure of the 32 seen sets unchanged."""
    if not parts["A"].present:
        return segments, parts
    clauses: list[str] = []
    start = 0
    for index, token in enumerate(tokens):
        if token.sentence_end or token.clause_end or index == len(tokens) - 1:
            clauses.append(" ".join(t.norm for t in tokens[start : index + 1] if t.norm))
            start = index + 1
    if not any(_DISOWNED.search(words) or _OTHERS_DID_IT.search(words) for words in clauses):
        return segments, parts
    # The words that disown the work are no deeds of the speaker's own ("I mostly sat in").
    action = " ".join(n for s in segments if s.label == "A" for n in segment_norms(s, tokens))
    told = as_past_narrative(_DISOWNED.sub(" ", action), present_narrative(lowered))
    if re.search(r"\b(but|though|although|still|whereas) (i|we)\b", told) or _OWN_PART.search(told):
        return segments, parts
    deeds = [m.group(0) for m in _OWN_DEED.finditer(told) if m["verb"] not in _NO_ACTION_VERBS
             and (PAST_VERB.fullmatch(m["verb"]) or m["verb"] in _SAME_IN_THE_PAST)]
    deeds += noted_actions(tokens, segments, after_commas=False)
    if len(deeds) > 2:
        return segments, parts
    relabelled = tuple(replace(s, label="other") if s.label == "A" else s for s in segments)
    return relabelled, summarize_parts(relabelled, len(tokens))


_OWN_PERSON = re.compile(
    r"\b(i|i'm|i've|i'd|myself|we|we're|we've|we'd|you|me and|and me)\b")
"""The speaker (or a second-person story's "you") named as one who may act: not as the owner
of someone else ("my manager got on the phone") nor as the one acted on ("they told us")."""


def _task_after_the_end(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token]
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """A Task told only after the story has ended (every Task segment after the last Action and
    after a Result) is what came of it, not the duty the story served: "The fights stopped in
    a week, and the camp manager asked me to write the new system for the other two camps" is a
    new job given for the old one done, a Result. Over the 23 seen sets (dev1-12, held1-11),
    left-out Tasks reported missing held7 and held11 one each; in the six answers whose Task
    the labeller found after a Result and then an Action (the story told again), none moves."""
    if not parts["T"].present:
        return segments, parts
    labels = [s.label for s in segments]
    last_action = max((n for n, label in enumerate(labels) if label == "A"), default=None)
    if last_action is None:
        return segments, parts
    tasks = [n for n, label in enumerate(labels) if label == "T"]
    if tasks[0] < last_action or "R" not in labels[last_action : tasks[0]]:
        return segments, parts
    relabelled = tuple(replace(s, label="R") if s.label == "T" else s for s in segments)
    return relabelled, summarize_parts(relabelled, len(tokens))


_OWN_DOING = re.compile(
    r"^(and |so |then |after |but )?i (just |also |then |didn't |did not |\w+ly )?"
    r"(?!(was|am|were|had|have|need|needed|want|wanted|knew|know|felt|feel|thought|think|decided"
    r"|must|should|could|would|will|can|got|get|wasn't|hadn't|couldn't|never|always)\b)[a-z]+\b"
)
"""A clause that opens with the speaker doing something ("I swap it for lazy loading", "I
didn't go in that day"), not being, needing, wanting or deciding."""
_TEAM_DOING = re.compile(_OWN_DOING.pattern.replace("i (just ", "(i|we) (just ", 1))
"""...or the speaker's team with them ("We worked in pairs, two carriers for each crane")."""


def _tasks_not_told(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token]
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """Task segments that tell no goal, duty or role, only the speaker doing something, are
    Actions when every Task segment has no Task cue (cues.CUES["T"]) and opens on "I <verb of
    doing>" (_OWN_DOING): the labeller puts a cue-less clause between the scene and the actions
    there because S -> T -> A is the usual order ("The mall move the loading bay... I measure the
    lift, ask supplier..."; "I didn't go in that day"), so "Task missing" was never said. Over
    the 17 seen sets (bench/analysis_accuracy.py --learned 0): left-out Tasks reported missing
    dev7 +1, held5 +1; no Task told newly reported missing (a role or duty said without a cue,
    "as stage manager keep the show safe", does not open on "I").

    The team doing something counts as well (_TEAM_DOING: "We worked in pairs, two carriers for
    each crane"): with the background before the day of the story read as the scene
    (cues.background_to_occasion), that clause was read as the Task. Over the 26 seen sets,
    left-out Tasks reported missing held11 +1, held12 +1; two weak answers gain a flaw their
    labels do not list (held2: a four-line "we" note is now too short; dev11: set-up heavy)."""
    if not parts["T"].present:
        return segments, parts
    tasks = [s for s in segments if s.label == "T"]
    if all(_nobody_owns(" ".join(segment_norms(s, tokens)), _clause_before(s, tokens))
           for s in tasks):
        # "Forty passengers at the window.": how things stood, or what was done, not whose job.
        first_action = next((i for i, s in enumerate(segments) if s.label == "A"), len(segments))
        relabelled = tuple(replace(s, label="S" if i < first_action else "A") if s.label == "T"
                           else s for i, s in enumerate(segments))
        return relabelled, summarize_parts(relabelled, len(tokens))
    if any(cue_score("T", " ".join(segment_norms(s, tokens))) > 0
           or not _TEAM_DOING.match(" ".join(segment_norms(s, tokens))) for s in tasks):
        return segments, parts
    relabelled = tuple(replace(s, label="A") if s.label == "T" else s for s in segments)
    return relabelled, summarize_parts(relabelled, len(tokens))


_AIM_VERBS = frozenset({
    "get", "keep", "make", "bring", "ensure", "stop", "save", "protect", "help", "look", "calm",
    "reach", "hit", "meet", "win", "avoid", "prevent", "find",
})
"""Verbs that name an aim rather than a step ("my job was to get them home and keep them calm")."""


def _own_share_as_deeds(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], text: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """The speaker's own share named and then listed as steps ("The practice manager led the
    change, and my part was to pair with each receptionist for a morning, write a one-page guide
    and answer their questions"), with no account of doing them after it and the story's outcome
    next, tells what the speaker did: the Action, not the Task. The labeller read it as the Task,
    so an answer that says what the speaker did, in so many words, was told "no Action of your
    own found" (breaker14 B10, 28/100). The clause, from its opening to its sentence's end, is
    the Action when it lists two steps or more (`_steps_listed`), not all of them aims
    (_AIM_VERBS), and no Action segment follows it but a Result does. When a later sentence
    tells the doing ("...so I rang each of them"), the clause stays the Task: in the seen sets'
    good answers (dev1-dev14, held1-held14) every "my part/job/role was to" clause labelled Task
    is followed by the writer's Action, so no seen label moves."""
    for index, segment in enumerate(segments):
        if segment.label != "T":
            continue
        after = [s.label for s in segments[index + 1 :]]
        if "A" in after or "R" not in after:
            continue
        norms = [t.norm for t in tokens[: segment.end_token]]
        for place in range(segment.first_token, segment.end_token):
            at = _own_share_at(norms, place)
            if at is None:
                continue
            end = next((i + 1 for i in range(at, segment.end_token) if tokens[i].sentence_end),
                       segment.end_token)
            listed = _steps_listed(tokens, at, end)
            if len(listed) < 2 or all(verb in _AIM_VERBS for verb in listed):
                continue
            start = place
            while start > segment.first_token and not tokens[start - 1].clause_end and not (
                    tokens[start - 1].sentence_end) and tokens[start - 1].norm in _CLAUSE_OPENERS:
                start -= 1
            pieces = _relabelled_span(segment, start, end, "A", tokens, text)
            if (index and segments[index - 1].label == "S" and pieces[0].label == "T"
                    and cue_score("T", " ".join(segment_norms(pieces[0], tokens))) == 0):
                # What stood before the speaker's share ("The practice manager led the
                # change, and my part was to...") is the scene, not a duty of theirs.
                pieces[0] = replace(pieces[0], label="S")
            relabelled = (*segments[:index], *pieces, *segments[index + 1 :])
            return relabelled, summarize_parts(relabelled, len(tokens))
    return segments, parts


_TASK_IN_SCENE_CUE = 1.2
"""Task cue points (cues.CUES["T"], one pattern) a clause of the scene needs to be read as the
Task told inside it (_task_in_scene): 1.2 takes "I offered to redesign how we booked
collections"; 1.1 ("my manager asked why...") found one fewer part left out, 1.3 the same."""
_OWN_OBLIGATION = re.compile(
    r"\b(and|so|but) (i |we )?(\w+ly |just |also |then |still |really |now )?(had|needed|have"
    r"|need) to (?!be\b|wait\b|do with\b)\w+"
    r"|\b(i|we|our (team|department|group|unit|shop|office|crew|ward|lab|class|squad|store|site)"
    r"|my (team|department|group|unit|crew|class|squad)) (\w+ly |just |also |then |still |really"
    r" |now )?(had|needed) to (?!be\b|wait\b|do with\b)\w+"
    r"|\b(my|our) (decision|call) (whether|if|to|on)\b"
)
"""An obligation of the speaker or their team told inside the scene ("I had just joined as shift
supervisor and had to get the loading bay under control", "our team had to migrate...")."""
_INFINITIVE = (
    r"to (?!(be|the|a|an|my|our|your|his|her|their|its|this|that|these|those|them|him|me|us|it"
    r"|all|every|each|some|one|two|three|do with)\b)[a-z]+"
)
"""A verb's "to" form ("to accept", "to find"), not "to" before a noun ("sent to the client")."""
_DUTY = re.compile(
    # Given to the speaker: "the board asked me to bring them a strategy", "my manager requested
    # that I revise the statement", "I was required to ensure", "I was responsible for".
    r"\b(asked|told|wanted|needed|chose|picked|trusted|sent|tasked|assigned|required|expected"
    r"|begged|got) (me|us) " + _INFINITIVE + r"|\bput (me|us) in charge\b"
    # Asked of the speaker: "the first thing the director wanted from me was to end...".
    r"|\b(wanted|needed|expected|asked|required) (from|of) (me|us) (was|is|were) (to|that)\b"
    r"|\b(asked|requested|required|insisted|demanded|expected|instructed|wanted) (me |us )?that"
    r" (i|we)\b"
    # Given to everyone in the speaker's role, by someone else: "the management wanted that
    # every team leader reduce the absence", "she asked each supervisor to take one problem".
    # Not "asked each of them what they watch", nor "I asked each of them to...".
    r"|(?<!\bi )(?<!\bwe )\b(asked|told|requested|required|expected|instructed|wanted|needed)"
    r" (every|each|all)( of)?( the| us)? (\w+ ){0,2}?to (?!(the|a|an|my|our|me|us|them)\b)\w+"
    r"|(?<!\bi )(?<!\bwe )\b(asked|requested|required|insisted|demanded|expected|wanted) that"
    r" (every|each|all)( of)?( the| us)? \w+"
    r"|\b(was|were|got|been|am|are|'m) (\w+ly |also |then |now )?((asked|told|required|expected"
    r"|tasked|assigned|meant|supposed|trusted|chosen|picked) (" + _INFINITIVE + r"|with)"
    r"|responsible for|accountable for|in charge of|put in charge|given the (job|task"
    r"|responsibility))"
    # The aim named with any owner: "the goal I set myself was that", "the job was get as many".
    r"|\b(the|my|our|their|his|her) (first |main |only |real |top |biggest )?(job|task|goal|aim"
    r"|brief|target|mission|priority|objective|remit|assignment|mandate) (\w+ ){0,8}(was|is|were"
    r"|became) ((simple|clear|short|plain|blunt|straightforward|specific|easy)( enough)? )?(to|that"
    r"|get|make|find|keep|have|bring|cut|stop|fix|sort|getting|making|finding|keeping|bringing"
    r"|cutting|stopping|fixing|sorting)\b"
    # Handed over as a thing: "the managing partner gave me a clear mandate: find out why...".
    r"|\b(gave|given|give|gives|handed|set) (me|us) (a|an|the|my|our|his|her|their) (\w+ ){0,2}"
    r"(mandate|brief|assignment|remit|instructions?|mission|objective|target|deadline|goal|task"
    r"|challenge)\b"
    # The work named the speaker's aim, whatever its subject: "clearing it was my first
    # objective", "delivering the switchover was the first objective in my contract", "the
    # migration was my project".
    r"|\b(was|is|became) (my|our|the) (first|main|only|biggest|top|overriding|number one|key"
    r"|real|immediate) (objective|priority|goal|target|mandate)\b|\b(was|is|became) (my|our)"
    r" (objective|priority|mandate|remit)\b|\b(it|the [\w-]+) (was|is) (my|our) project\b"
    # Something the speaker needed by a time, or else: "I needed those requirements in four
    # weeks or the whole project would slip", "we needed it fixed before a fundraising weekend".
    r"|\b(i|we) needed (it|them|a|an|the|those|these|this|that|some|our|my|every|all|more)\b"
    r" (\w+ ){0,8}?(by|before|within|in (\w+ ){0,2}(days|weeks|months|hours)|or (else )?(the|we"
    r"|it|our|i)|otherwise)\b"
    r"|\bwhat (i|we) (was|were|had|needed|wanted|was trying|were trying|tried|set out|meant"
    r"|was meant|was supposed|were supposed|was asked|were asked) (to )?(do|achieve|fix|sort|get"
    r"|make)\b"
    # Owned: "it was my shipment to accept", "so it became my task", "this job was mine".
    r"|\b(it was|it's|it is) (my|our) (\w+ ){0,2}" + _INFINITIVE
    + r"|\b(became|become|becomes) (my|our) (job|task|problem|responsibility|project)\b"
    r"|\bfell to (me|us)\b|\b(landed|fell) on (me|us|my desk)\b|\bleft to (me|us)\b|\bwas mine\b"
    # Promised: "I told him I would take care of finding it", "I said I'd help him work out".
    r"|\b(said|told (him|her|them|the \w+)|promised( (him|her|them))?) (that )?(i|we)('d| would"
    r"| will|'ll) (\w+ )?(take care|handle|sort|look into|find|help|fix|get|deal|make)\b"
    r"|\bthe only one (doing|on|there|who|left|free|available)\b"
)
"""A duty told without a Task cue: given to the speaker, named as the aim, owned or promised.
The labeller reads such a clause as the scene or the first action, so _task_in_scene finds the
Task there (see _task_in_scene for the figures)."""
_DUTY_SAID = re.compile(
    # Someone else tells the speaker what to do, in their words: "The cooperative president told
    # me, 'Find a way so every boat gets ice'", "the director called me in and said, 'You are
    # responsible that...'", "my manager said to me can you sort something out", "the district
    # told me our crew must open the road". Not the speaker saying it ("I said you must...").
    r"(?<!\bi )(?<!\bwe )\b(told (me|us)|tells (me|us)|said|says|asked (me|us)|was like|goes)"
    r"( to (me|us))?( \w+){0,3}? (you (need to|needed to|must|have to|had to|are responsible"
    r"|'re responsible|find|sort|fix|get|make|take|handle|deal|own|lead|run|do)"
    r"|(can|could|will|would) you \w+|(our|my|your) (\w+ )?(must|has to|have to|had to|needs to"
    r"|need to|should)|(i|we) (must|have to|need to|had to|needed to|should)"
    r"|(i|we) (need|needs|want|wants|'d like|would like) you to"
    r"|(find|sort|fix|get|make) (a|it|this|that|sure|them|him|her))\b"
    # ...after what it is about: "my supervisor called me to the counter and said, 'This lady's
    # money says paid but she never got it, you find out today'".
    r"|(?<!\bi )(?<!\bwe )\b(told (me|us)|tells (me|us)|said|says|goes)( to (me|us))?"
    r"( \w+){4,14}? you (need to|must|have to|are responsible|'re responsible|find|sort|fix"
    r"|decide)\b"
    # ...or as what happens if it is not done: "the client told us that if the first-call
    # resolution didn't reach seventy-five percent, they would move the contract".
    r"|(?<!\bi )(?<!\bwe )\b((told|tells) (me|us)|(said|says|goes) to (me|us))( that)? (if"
    r"|unless|either)\b"
    # ...or the duty given in the passive with who gave it: "one night I was told by the shift
    # manager to change over the lime kiln feed", a note's "Asked by the director: make...".
    r"|\b(was|were|been|got) (told|asked|tasked|required|instructed) by (the|my|our|his|her|a"
    r"|an) ([\w-]+ ){1,4}?to (?!(the|a|an|my|our)\b)\w+|^asked by (the|my|our) [\w-]+"
)
"""A duty given to the speaker in someone else's words, or in the passive with who gave it. Over
the seen sets' good answers (dev1-dev14, held1-held14), the writers' sentences told so: 42
Tasks, one Action ("the law says I must be satisfied")."""
_SELF_SET = re.compile(
    r"\b(i|we) (\w+ly |also |then |myself |just )?(decided|resolved|set out|set myself|made up my"
    r" mind|wanted|was determined|were determined) (myself |ourselves |that )?(to|that|i|we)\b"
)
"""A goal the speaker set themself ("I decided that we needed one maintenance schedule", "I
spotted the calls were the bottleneck, so I decided to fix it myself"). In the seen sets' answers
that leave the Task out, no clause before or in the first sentence of the actions reads so."""
_WANTED_DONE = re.compile(
    r"(^|\b(and|but|so|then) )i (really |just |also )?(wanted|want) (?!to\b)(\w+ ){1,6}?(to (?!(the"
    r"|a|an|my|our|me|us)\b)\w+|(sorted|stopped|fixed|done|gone|finished|changed|cleared|back|home"
    r"|out))\b|^((so|and|but) )?i (really |just )?(wanted|want) (a|an|the) \w+ (that|which|who|he"
    r"|she|they|we) "
)
"""A goal the speaker set for someone or something else, at a clause's opening: "I wanted the
coach... to change the programme", "but I wanted it stopped before someone went through a gap",
"I wanted a plan he would really follow"; not the reason for a deed ("...because I wanted them
to know"). Over the seen sets' good answers, the writers' sentences told so: 14 Tasks, one
Action."""
_CLAUSE_OPENERS = frozenset({"and", "so", "but", "then"})
_NOTED_DUTY = re.compile(
    r"^(was |were |got |been |then |later )?(asked|told|tasked|required|expected|assigned"
    r"|supposed|meant|trusted|chosen|picked|sent|brought in|hired|put in charge) (to|with|of)"
    r" (?!be\b)\w+"
)
"""A note's line that tells a duty given, with no subject ("- asked to cut wait under 30 min",
breaker10 D24): notes leave out the "I was" that _DUTY reads."""


def _duty_starts(said: str, cue: float = _TASK_IN_SCENE_CUE) -> list[int]:
    """Where in `said` (a sentence's words) each obligation, duty, goal the speaker set or Task
    cue at `cue` points or more starts (_task_start)."""
    starts = [m.start() for pattern in (_OWN_OBLIGATION, _DUTY, _DUTY_SAID, _SELF_SET,
                                        _WANTED_DONE)
              for m in pattern.finditer(said)]
    if _NOTED_DUTY.match(said):
        starts.append(0)
    for pattern, weight in CUES["T"]:
        if weight >= cue:
            starts.extend(m.start() for m in pattern.finditer(said))
    return starts


_LEAD_IN = re.compile(r"^((so|and|well|okay|um|uh|right) )*")
"""The words a sentence may open on before what it tells ("so", "well", "um")."""


def _opens_on_the_duty(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the sentence tokens[first:end] tells the duty from its first word, after a lead-in
    ("I had to find fifty mentors by October...", "The brief I was handed was simple: ..."),
    not after where or when it was ("For our final-year project we had to...", "At the stud
    farm I was responsible for...")."""
    said = " ".join(t.norm for t in tokens[first:end])
    lead_in = _LEAD_IN.match(said)
    return min(_duty_starts(said), default=len(said) + 1) <= (lead_in.end() if lead_in else 0)


def _task_start(
    tokens: Sequence[Token], first: int, end: int, cue: float = _TASK_IN_SCENE_CUE
) -> int | None:
    """The token where a Task told inside the sentence tokens[first:end] starts: the clause
    opening (after a comma, or at "and", "so", "but", "then") nearest before the first
    obligation, duty, goal the speaker set or Task cue (_OWN_OBLIGATION, _DUTY, _SELF_SET,
    cues.CUES["T"] at `cue` points or more); None when the sentence has none."""
    norms = [t.norm for t in tokens[first:end]]
    said = " ".join(norms)
    offsets = []
    position = 0
    for norm in norms:
        offsets.append(position)
        position += len(norm) + 1
    starts = _duty_starts(said, cue)
    if not starts:
        return None
    at = first + max(0, bisect.bisect_right(offsets, min(starts)) - 1)
    for index in range(at, first, -1):
        if tokens[index - 1].clause_end or tokens[index].norm in _CLAUSE_OPENERS:
            return index
    return first


def _task_in_scene(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], text: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """An answer with no Task that tells one inside its scene, before the first Action ("I had
    just joined as shift supervisor and had to get the loading bay under control, because
    trucks were waiting two hours", breaker8 D12), or in the first sentence of its actions ("So
    I stayed responsible for the whole kitchen that night, and I needed that the service don't
    stop. I reunited the team..."): that clause, to its sentence's end, is the Task
    (`_task_start`), as long as the scene or the actions keep a part of their own
    (star.MIN_PART_WORDS). The first such sentence is taken. Over the 19 seen sets (dev1-10,
    held1-9; bench/star_learned.py --rules-only, each set alone), answers with all four parts
    found dev7 92.6 -> 96.3 %, held4 93.5 -> 96.8 %, held8 85.2 -> 88.9 %, dev4 89.2 -> 91.9 %
    (fold mean 93.2 -> 93.9 %), false absent down on those four, no part left out newly found
    told; macro-F1 held8 0.859 -> 0.851 (its writer put the duty of "I was asked to give the
    welcome talk" in the scene), dev7 +0.005, held4 +0.006, dev4 +0.004.

    A duty told without a Task cue (_DUTY: given, named as the aim, owned or promised; _SELF_SET:
    a goal the speaker set) is found the same way. Over the 21 seen sets (dev1-11, held1-10;
    bench/analysis_accuracy.py --sets NAME, each set alone), answers with all four parts found
    dev8 24 -> 25 of 27, held8 25 -> 26, dev10 22 -> 24 of 26, held10 35 -> 38 of 41, dev11 28 ->
    29 of 31 (with _SPAN), false absent 56 -> 48 of 3232 told parts, no set worse and no
    left-out part newly found told. Through speech (--speech, the cached transcripts of dev10,
    held10, dev11 and part of held9 and held5): all four held10 31 -> 35 of 41, dev10 19 -> 23,
    held9 +1 (with _nobody_owns below); no left-out part newly found told.

    A duty given in someone else's words or in the passive with who gave it (_DUTY_SAID: "the
    cooperative president told me, 'Find a way so every boat gets ice'", "I was told by the
    shift manager to change over the feed") is found the same way; and a later sentence of the
    first actions (a later stretch, in unmarked speech) is the Task when it opens on the duty
    (_opens_on_a_duty: "I redesigned the induction... The aim I agreed with my operations
    manager was to..."). Over the 28 seen sets each alone, told parts reported missing dev7 2 ->
    1, dev9 3 -> 2, dev13 5 -> 4, dev14 6 -> 3, held9 6 -> 5, held10 4 -> 3, held12 10 -> 8,
    held14 7 -> 4; no left-out part newly found told, no set's figure worse."""
    if parts["T"].present or not parts["A"].present:
        return segments, parts
    first_action = next(i for i, s in enumerate(segments) if s.label == "A")
    kept = {"S": sum(s.words for s in segments[:first_action] if s.label == "S"),
            "A": sum(s.words for s in segments if s.label == "A")}
    # Speech with no marks has no sentence ends: the first sentence of the actions is the
    # labeller's first unit ("...so i had to sort it | i first got them on a paper list | then
    # i found out..."), else the Task ran on to the end of every action after it (breaker11
    # D1). In the scene it still runs to the scene's end: what follows a duty there is its why.
    unit_ends = set() if has_punctuation(tuple(tokens)) else {
        end for _, end in split_units(tokens, punctuated=False)}
    for index in range(first_action + 1):
        segment = segments[index]
        if segment.label not in kept:
            continue
        first = segment.first_token
        for end in range(first + 1, segment.end_token + 1):
            if (end < segment.end_token and not tokens[end - 1].sentence_end
                    and (segment.label != "A" or end not in unit_ends)):
                continue
            if segment.label == "A" and first > segment.first_token:
                # A later sentence of the actions only when it opens on the duty.
                start = first if _opens_on_a_duty(tokens, first, end) else None
            else:
                start = _task_start(tokens, first, end)
            # The scene keeps a part of its own, unless the answer opens on the duty: told
            # first with no scene ("I had to find fifty mentors by October, and what I'd been
            # handed was a spreadsheet..."), the sentence is the Task, not the Situation.
            if start is not None and (kept[segment.label] - (end - start) >= MIN_PART_WORDS
                                      or (start == 0 and segment.label == "S"
                                          and _opens_on_the_duty(tokens, start, end))):
                pieces = _relabelled_span(segment, start, end, "T", tokens, text)
                relabelled = (*segments[:index], *pieces, *segments[index + 1 :])
                return relabelled, summarize_parts(relabelled, len(tokens))
            first = end
    return segments, parts


_AIM_OPENING = re.compile(
    r"^(so |and |but |then |now )?((the|my|our) (\w+ ){0,2}(aim|goal|target|task|job|brief"
    r"|objective|mission|priority|responsibility|ask)( \w+){0,6} (was|is) (to|that)|what (i|we)"
    r" (really )?(wanted|needed|had to do|was after|was asked to do|was trying to do) (was|is)"
    r"|asked by (the|my|our)"
    r"|((after|by|in|at|from|on) (\w+ ){1,4}?)?i (really |just |also )?(wanted|want) to (?!(say"
    r"|thank)\b)\w+)\b"
)
"""A sentence whose subject is the aim ("The aim I agreed with my operations manager was to get
new agents taking calls a week sooner", "What I wanted was to stop buying new linen", a note's
"Asked by the director: make..."), or that opens on what the speaker wanted to do ("After the
first year I wanted to get women and teenagers through the door"). Over the seen sets' good
answers, the writers' sentences that open so: 155, every one a Task."""
_DUTY_SAID_OPENING_WORDS = 6
"""Words before "told me..." for the teller to be the sentence's subject (_opens_on_a_duty)."""


def _opens_on_a_duty(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the sentence tokens[first:end] opens on a duty: the aim as its subject
    (_AIM_OPENING), or someone else giving the speaker the duty in their words (_DUTY_SAID) in
    its first words, the teller its subject. Told after the first action of an answer that
    opens on its actions ("I redesigned the induction for new agents... The aim I agreed with
    my operations manager was to get them taking calls a week sooner..."), such a sentence is
    the Task the labeller read as one more action (dev9, dev10, dev14)."""
    norms = [t.norm for t in tokens[first:end]]
    said = " ".join(norms)
    if _AIM_OPENING.match(said) or _WANTED_DONE.match(said):
        return True
    match = _DUTY_SAID.search(said)
    if match is None:
        return False
    before = said[: match.start()].split()
    return len(before) <= _DUTY_SAID_OPENING_WORDS and not {"i", "we"} & set(before)


_STANDING = re.compile(
    r"\b(i|we) (was|were|am|'m|are|'re|had been|'d been|had just|'d just|was just|was newly"
    r"|had only just)\b|\bi'm\b"
)
"""The speaker's standing told as a state ("I was newly made the team lead", "we'd just moved
the office"): a scene's grammar, not a deed's."""


def _scene_before_task(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], text: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """An answer with no Situation that tells one before its actions, in a sentence the labeller
    gave to the Task or the first Action: the speaker's standing or the place, then the duty in
    a clause of its own ("I was newly made the team lead for the reconciliation team in
    Bangalore, and the first thing my director wanted from me was to clear a backlog...",
    breaker10 D9), or after an outcome told first, a sentence that names the speaker's post and
    where ("Headline: ... My manager had decided to raise prices. I was the account manager for
    a supermarket group in Budapest...", D10). The clauses before the duty (`_task_start`), or
    the whole sentence when it tells none, are the scene when they say how things stood
    (_STANDING and a duty after them, or a scene cue of _LATE_SCENE_CUE points) rather than what
    the speaker did (_OWN_DOING). Over the 22 seen sets (dev1-11, held1-11), all four parts
    found 646 -> 647 of 683 and told parts reported missing 57 -> 56 of 3491 (held11: "I was
    logistician for an aid organisation in eastern Chad..., and a transport contractor offered
    me money" had been read as the first action); no left-out part newly found told."""
    if parts["S"].present or not parts["A"].present:
        return segments, parts
    for index, segment in enumerate(segments):
        if segment.label not in ("T", "A"):
            continue
        first = segment.first_token
        while first < segment.end_token:
            end = next((i + 1 for i in range(first, segment.end_token) if tokens[i].sentence_end),
                       segment.end_token)
            start = _task_start(tokens, first, end, cue=0.0)
            stop = end if start is None else start
            if not tokens[stop - 1].sentence_end:
                stop = _run_on_turn(tokens, first, stop)
            scene = " ".join(t.norm for t in tokens[first:stop])
            if stop - first >= _SCENE_BEFORE_TASK_WORDS and not _OWN_DOING.match(scene) and (
                    cue_score("S", scene) >= _LATE_SCENE_CUE
                    or (start is not None and _STANDING.search(scene))):
                pieces = _relabelled_span(segment, first, stop, "S", tokens, text)
                relabelled = (*segments[:index], *pieces, *segments[index + 1 :])
                return relabelled, summarize_parts(relabelled, len(tokens))
            if segment.label == "A":
                return segments, parts  # only the first sentence of the actions
            first = end
    return segments, parts


def _run_on_turn(tokens: Sequence[Token], first: int, stop: int) -> int:
    """Where the scene of a run-on stretch with no sentence end (`first` to `stop`) ends: before
    the first "so I <deed>" after it has begun ("...they had to go through the same retention
    script as everyone else | so i listened to about fifty of those calls and i wrote up..."),
    the turn by which spoken stories go from how things stood to what the speaker did; `stop`
    when there is none. The whole run-on had been made the scene, every deed of the speaker's
    with it, and "Action missing" was said of a told Action (held16 row 24). Each of the 32
    seen sets alone (bench/analysis_accuracy.py --sets NAME): held16 macro-F1 0.922 -> 0.926,
    false absent 0.8 -> 0.4 %; every other figure of every set, and of dev17, unchanged;
    through speech (the cached held14-16 transcripts) unchanged."""
    norms = [t.norm for t in tokens]
    for index in range(first + _SCENE_BEFORE_TASK_WORDS, stop - 2):
        if norms[index] == "so" and norms[index + 1] == "i" and _OWN_DOING.match(
                " ".join(norms[index : index + 4])) and PAST_VERB.fullmatch(norms[index + 2]):
            return index
    return stop


_LATE_SCENE_CUE = 1.2
"""Scene cue points (cues.CUES["S"], one pattern) a sentence before the actions needs to be the
scene the labeller missed (_scene_before_task)."""
_SCENE_BEFORE_TASK_WORDS = 5
"""Words the clauses before an opening Task's duty need to tell a scene of their own."""


def _relabelled_span(
    segment: Segment, start: int, end: int, label: Label, tokens: Sequence[Token], text: str
) -> list[Segment]:
    """`segment` with its tokens [start, end) as a segment labelled `label`, the rest before
    and after it keeping the segment's own label."""
    pieces = []
    for first, stop, name in ((segment.first_token, start, segment.label), (start, end, label),
                              (end, segment.end_token, segment.label)):
        if first >= stop:
            continue
        head, tail = tokens[first], tokens[stop - 1]
        pieces.append(replace(segment, label=name, first_token=first, end_token=stop,
                              start_char=head.start_char, end_char=tail.end_char,
                              start=head.start, end=tail.end,
                              text=text[head.start_char : tail.end_char]))
    return pieces


_SCENE_VERBS = frozenset({
    "worked", "work", "volunteered", "spent", "came", "come", "joined", "started", "moved",
    "lived", "studied", "ran", "run", "managed", "manage", "led", "own", "owned", "drive",
    "drove", "teach", "taught", "arrived", "inherited", "used", "got", "took", "go", "went",
    "help", "helped", "look", "looked", "became", "become",
})
"""Verbs an opening "I ..." sets a scene with ("I worked at a bank as...", "I spent a summer as
an intern", "I came to the vineyard as a picker", "I became shift lead in 2021"), not a deed of
the story."""
_DEED_SCENE_CUE = 1.2
"""Scene cue points (cues.CUES["S"], one pattern) that make an opening deed's sentence a scene."""
_SPAN = re.compile(
    r"\bfor (\w+ ){0,2}(years?|seasons?|months|decades?|summers|winters|terms)\b"
    r"|\bsince (19|20)\d\d\b"
)
"""A span of time ("I refereed in the Northern League for six seasons"): a career or a habit,
the scene of a story, not one of its deeds (_opened_on_a_deed). dev11 (Right. I refereed...,
read as an Action with "no Situation"): all four 28 -> 29 of 31; no other seen set moves."""
_PAST_DEED = re.compile(rf"{PAST_ACTION}|[a-z]+ed")
_DEED_OBJECT = re.compile(
    r" (my|the|our|his|her|their|that|this) (?!(job|role|post|company|team|firm|shop|office"
    r"|place|way)\b)"
)
"""A scene verb whose object is a thing of the story ("I moved my stall", "I took the call"),
not a place or a post: a deed."""
_GOING = frozenset({"went", "go", "came", "come", "got", "get"})
_GOING_THEN_DEED = re.compile(r" (\w+ ){0,4}?and (i )?([a-z']+)\b")
"""Going somewhere and then a deed ("I went and sat with Mr Otieno in the day room", "I come
down off that roof and told the lads", "I went to both stores and told the managers"): the
deed is the story's, not a scene set by going (_opened_on_a_deed). Over the seen sets' sentences
that open so, 20 are Actions, none another part."""
_DEED_OPENING = re.compile(r"^(so |and |well |um |uh |okay |right )*i (just |\w+ly )?([a-z']+)\b")


def _opened_on_a_deed(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token]
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """An answer told in order that opens on one of the speaker's deeds ("I stopped the
    cremation before it started, because the name plate didn't match...", "I went and sat with
    Mr Otieno in the day room") and then says whose job it was (the Task right after) or goes
    on with its actions: it starts in the middle of the actions and tells no scene, so the
    opening is an Action and "Situation missing" is said. The deed is a past verb of doing
    (_PAST_DEED, not a scene verb such as "worked" or "spent": _SCENE_VERBS) and its first
    sentence holds no scene cue of 1.2 points or more (a role or a place: "I shot a wedding in
    my second year as a photographer"). The labeller reads such an opening as the scene because
    a scene cue in it ("one Sunday morning", "at four on a Friday") and the first place
    outweigh the plain action. Over the 19 seen sets (bench/star_learned.py --rules-only),
    left-out parts reported missing 163 -> 165 of 189 (dev6 13 -> 14 of 15, held9 12 -> 13 of
    18), no set's false absent or all-four rate changed; without the verb and cue bars, five
    sets lost a told Situation.

    The same holds when the actions go straight on after the deed ("I stopped the Saturday
    delivery run at six, because the brake light was on. I booked the van into the garage..."):
    the opening is then no scene either. Over the 22 seen sets (dev1-11, held1-11), left-out
    parts reported missing 214 -> 217 of 253 (held9, dev10, held10 one each), no set's false
    absent or all-four rate changed.

    A scene verb whose object is a thing of the story (_DEED_OBJECT: "I took the call off the
    queue", "I moved my fish stall across the market") is a deed too: left-out parts reported
    missing dev7 13 -> 14 of 15, dev11 9 -> 10 of 14 (through speech dev11 the same), no told
    part newly reported missing, no weak answer's flaws changed.

    Recognized speech whose speaker's deeds are told in the present (at least two, more than
    twice as many as in the past: cues.own_deeds_in_present) does not open on a deed of the
    story even when its first verb came back in the past: tiny.en writes a present-tense
    opening's verb in the past ("So I join this insurance software company in Belgrade as scrum
    master, and the team I get..." -> "So, I joined this..."). Typed, the present verb is no
    past deed and the opening stays the scene; heard, it was made an Action and "Situation
    missing" was said of a told scene (held16 row 0). Through speech (cached flite slt ->
    tiny.en, held11-16 each alone), with cues.present_narrative's `heard`, macro-F1 held16
    0.8562 -> 0.8590, held13 0.8985 -> 0.9019; false absent held16 3.5 -> 3.1 %, held13 2.0 ->
    1.6 %; all four held16 89.1 -> 91.3 %, held13 91.3 -> 93.5 %; the other four sets
    unchanged. Typed text is untouched."""
    told = [s for s in segments if s.label != "other"]
    if len(told) < 3 or told[0].label != "S" or told[1].label not in ("T", "A") or (
            not parts["A"].present):
        return segments, parts
    said = " ".join(segment_norms(told[0], tokens))
    opening = _DEED_OPENING.match(said)
    then = opening and opening.group(3) in _GOING and _GOING_THEN_DEED.match(said, opening.end())
    if then and _PAST_DEED.fullmatch(then.group(3)) and then.group(3) not in _SCENE_VERBS:
        pass  # "I went and sat with Mr Otieno", "I come down off that roof and told the lads"
    elif opening is None or (opening.group(3) in _SCENE_VERBS and not _DEED_OBJECT.match(
            said, opening.end())) or not _OWN_DOING.match(
            opening.group(0)) or not _PAST_DEED.fullmatch(opening.group(3)):
        return segments, parts
    first_sentence = next((i + 1 for i in range(told[0].first_token, told[0].end_token)
                           if tokens[i].sentence_end), told[0].end_token)
    scene = " ".join(t.norm for t in tokens[told[0].first_token : first_sentence])
    second = next((i + 1 for i in range(first_sentence, len(tokens)) if tokens[i].sentence_end),
                  len(tokens))
    if tokens[0].start is not None and heard_standing_job(scene):
        # Recognized words: "i ran a ..." may be a spoken "I run a ...", the speaker's job.
        return segments, parts
    if tokens[0].start is not None and own_deeds_in_present(
            " ".join(t.norm for t in tokens if t.norm)):
        # Recognized words of a story whose deeds are told in the present: the opening's past
        # verb is the recognizer's ("So I join this software company in Belgrade as scrum
        # master" came back "So, I joined..."), as typed it is no deed.
        return segments, parts
    if cue_score("S", scene) >= _DEED_SCENE_CUE or _SPAN.search(scene) or background_to_occasion(
            scene, " ".join(t.norm for t in tokens[first_sentence:second])):
        # ...or the story's one occasion begins after it: it is the background of that day.
        return segments, parts
    relabelled = tuple(replace(s, label="A") if s is told[0] else s for s in segments)
    return relabelled, summarize_parts(relabelled, len(tokens))


_AS_ROLE = re.compile(r"^(and |so |but )?as (?!(a result|well|usual|soon|long|far|much|i|we|if)\b)")
"""A clause opening on the speaker's role ("As stage manager: keep the show safe")."""


def _clause_before(segment: Segment, tokens: Sequence[Token]) -> str:
    """The words (lower-case) of the clause just before `segment`, back to the clause or
    sentence end before it; empty at the answer's start."""
    start = segment.first_token - 1
    while start > 0 and not (tokens[start - 1].clause_end or tokens[start - 1].sentence_end):
        start -= 1
    return " ".join(t.norm for t in tokens[max(start, 0) : segment.first_token])


def _nobody_owns(text: str, before: str = "") -> bool:
    """Whether a Task segment (lower-case words) names nobody's duty: no Task cue
    (cues.CUES["T"]), no "I", "we", "my" or "our" (_FIRST_PERSON) and no role it opens on
    (_AS_ROLE). The labeller puts such a clause between the scene and the actions because
    S -> T -> A is the usual order ("Harbour office, summer. New admin assistant, three days in
    ... | Forty passengers at the window. | Came back from lunch early..."; "The page loads in
    half the time."), so "Task missing" was not said of an answer that leaves it out. Over the
    19 seen sets (as for _task_in_scene, which then finds a duty told elsewhere before the
    actions): left-out parts reported missing 160 -> 163 of 189 (held2, dev8, dev10 one each;
    fold mean 0.856 -> 0.892 with _task_in_scene), macro-F1 dev5 0.926 -> 0.936, dev8 0.812 ->
    0.823, held8 +0.006; no set's false absent or all-four rate worse.

    Through speech the recogniser moves the sentence ends and mishears a word ("keeping the sound
    going as my job, | the show don't stop for nobody."; "the manager tell me. | You drain him by
    Christmas, he must run the counter"), so the labeller's Task is often a fragment whose owner
    is in the clause just before it (`before`), or that tells its duty with another subject
    ("he must run"). A duty said in the fragment or in that clause in words that survive
    recognition (_SOFT_DUTY: an obligation with any subject, "my job", "on me", "asked me", or
    a Task cue before it) keeps it a Task. With _DUTY and _SELF_SET, through speech (flite ->
    the default engine, the cached transcripts of dev10, held10, held9 and held5 then made;
    bench/analysis_accuracy.py --speech --cache DIR --sets dev10,held10,held9,held5,dev11):
    all four found on dev10 +2 of 26 beyond what _DUTY finds (held10, held9, held5 and dev11
    unchanged), no left-out part newly found told; as written no figure of any set moves.
    Switching this check off instead (the lead's measure after held10) found 15 more complete
    answers over 20 sets but 31 fewer left-out parts."""
    if _SOFT_DUTY.search(text) or _SOFT_DUTY.search(before) or cue_score("T", before) > 0:
        return False
    return (cue_score("T", text) <= 0 and not _FIRST_PERSON.search(text)
            and not _AS_ROLE.match(text))


_SOFT_DUTY = re.compile(
    _DUTY.pattern
    + r"|\b(must|had to|have to|has to|need to|needed to|needs to) (?!be\b|wait\b|do with\b)\w+"
    r"|\b(my|our) (job|responsibility|task|duty|call|problem|decision)\b"
    r"|\b(on|up to|down to) (me|us)\b"
    r"|\b(asked|told|tell|tells|wanted|want|wants|needed|need|needs) (me|us)\b"
)
"""Duty in words that survive speech recognition (_nobody_owns)."""


_FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|me|my|mine|myself|we|we're|we've|our|us)\b")
_NOT_A_STEP = re.compile(
    r"\b(was|were|is|are|had|has|have|not|no|nobody|against|complain\w*|slow\w*|late|wrong"
    r"|problems?|angry|broken|because)\b|n't\b"
)
"""A note item that tells how things stood, not a step taken ("nurses against", "slower")."""


def _noted_steps(
    segments: tuple[Segment, ...], parts: dict[str, Part], tokens: Sequence[Token], lowered: str
) -> tuple[tuple[Segment, ...], dict[str, Part]]:
    """Notes that leave out the doer and the verb ("2023 Kingsford. e-charts + tech check.
    nurses against - slower round. | 4 sessions/ward, nurses pick time, weekly missed-dose
    data. | missed doses -30% in 6 mo.", breaker7 D5): the list of short items between the scene
    and the result is what was done, its Action, where the labeller found none. Only in an
    answer with no "I" or "we" anywhere (written as notes), for a Situation segment after
    another and before the first Result that lists two items or more of five words or fewer,
    none of which tells how things stood ("nurses against", "was late")."""
    if parts["A"].present or not (parts["S"].present and parts["R"].present) or (
            _FIRST_PERSON.search(lowered)):
        return segments, parts
    first_result = next(i for i, s in enumerate(segments) if s.label == "R")
    for index in range(1, first_result):
        segment = segments[index]
        if segment.label != "S" or segments[index - 1].label != "S":
            continue
        said = " ".join(t.text for t in tokens[segment.first_token : segment.end_token])
        items = [item for item in re.split(r"[,;]", said) if item.strip(" .")]
        if len(items) >= 2 and all(len(item.split()) <= 5 for item in items) and not (
                _NOT_A_STEP.search(" ".join(segment_norms(segment, tokens)))):
            relabelled = tuple(replace(s, label="A") if i == index else s
                               for i, s in enumerate(segments))
            return relabelled, summarize_parts(relabelled, len(tokens))
    return segments, parts


def _hypothetical_only(text: str) -> bool:
    """Whether every clause of a Result (lower-case words) is told as what would, could or will
    happen, none as what did."""
    clauses = [c for c in re.split(r"\b(?:and|but|so|which|because)\b|[,;]", text) if c.strip()]
    return bool(clauses) and all(
        _HYPOTHETICAL_CLAUSE.search(clause)
        and not _TOLD_AS_DONE.search(
            _HYPOTHETICAL_CLAUSE.sub(" ", _REPORTED_PROMISE.sub(" ", clause)))
        for clause in clauses
    )


_REPORTED_PROMISE = re.compile(
    r"\b(he|she|they|we|it|the \w+) (said|told (me|us)|promised|replied|answered) (that )?"
    r"(?=(he|she|they|we|it|i)('d| would| will|'ll| might| could| can| may))"
)
"""Who said a thing would happen ("he said he will think about it", "she said she'd try it"):
the saying is done, what was said is not, so the clause tells no outcome."""


_TOLD_AS_DONE = re.compile(rf"\b(was|were|had|did|got|went|came|{PAST_ACTION}|\w+ed)\b")
"""A verb told as done, outside the modal's own words ("he gave me a card", "it dropped")."""


def _opens_with_result(segments: Sequence[Segment], lowered: str = "") -> bool:
    """The answer's first told part is its Result, and a story follows; or, in speech the
    labeller reads as one run ("so the headline is we kept the account and how that happened
    was ..."), it opens by announcing its outcome, or tells an outcome before turning back to
    how it happened."""
    told = [s for s in segments if s.label != "other"]
    if len(told) >= 2 and told[0].label == "R":
        first = re.sub(r"[^\w'%£$€ ]+", " ", told[0].text.lower())
        # A few words read as the Result that tell no outcome ("Right so teamwork, yeah.") are
        # a preamble.
        preamble = len(first.split()) <= _PREAMBLE_WORDS and not _tells_outcome(first)
        return not preamble and not _scene_first(first) and not _verdict_only(first)
    if len(told) < 2:
        return False
    if _HEADLINE.search(lowered):
        return True
    turn = _HOW_IT_HAPPENED.search(lowered)
    return bool(
        turn and turn.start() < 0.4 * len(lowered)
        and (OUTCOME_METRIC.search(lowered[: turn.start()])
             or CONCRETE_OUTCOME_PATTERN.search(lowered[: turn.start()]))
    )


_SCENE_OPENING = re.compile(
    r"^((so|well|um|uh|okay|ok|and) )*(in (my|our|the|a) \w+|in (19|20)\d\d|in (january|february"
    r"|march|april|may|june|july|august|september|october|november|december)|last (year|month"
    r"|week|summer|winter|spring|autumn|\w+day)|when i|while i|at (my|our|the) |(a|one|this)"
    r" (woman|man|customer|client|patient|resident|guest|colleague|manager)|there (was|were)"
    r"|i was \w+ing|we were \w+ing"
    r"|(we|i) (have|had|are|were) (about |around |over |roughly |only |just )?(\d+|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty"
    r"|a hundred|hundreds of|a few|several) (\w+ )?(people|staff|persons|colleagues|employees"
    r"|members|nurses|drivers|engineers|mechanics|stores|shops|sites|branches|beds|tables|rooms"
    r"|students|pupils|of us|in the team|on the team)"
    r"|(the|our|my) (office|shop|store|team|company|site|ward|warehouse|restaurant|school|depot"
    r"|clinic|lab|factory|hotel|branch) (is|was|are|were) (in|at|on|near|based)\b"
    # Which story is coming: "The mistake that comes to mind was a bad release at…", "The one
    # I remember is a payroll run…" (breaker16 D20: praised as a headline first).
    r"|(the|one) (\w+ )?(mistake|error|one|time|example|story|failure|case|incident|project)"
    r" (that |which )?(\w+ ){0,2}?((comes?|came|springs?|sprang) to mind|stands? out"
    r"|i (always )?(remember|recall|think of|would pick|'d pick|would choose|'d choose)))\b"
)
"""How a scene opens: where or when it was, who came in, what was going on, how many they are
and where ("In my internship at…", "So in 2021…", "A woman came back…", "I was tiling a wet
room…", "We have twelve people in the team and the office is in Leeds"), or which story it is
("The mistake that comes to mind was…")."""
_TROUBLE = re.compile(
    r"\b(i|we) (noticed|found out|realised|realized|discovered|saw that)\b|\b(complained"
    r"|complains|complaining|asked me to|told me to|came to me|was asked|furious|angry|upset"
    r"|broken|broke down)\b"
)
"""What sets a story off: a problem found, a complaint, someone asking the speaker to act."""
_ENDING_WORDS = re.compile(
    r"\b(in the end|the result|end result|short version|upshot|by the end|at the end|ended up"
    r"|in the first|proud|proudest|achievement|finally)\b"
)
"""Words that tell an ending, however the sentence opens ("In the end we…")."""


_PREAMBLE_WORDS = 5


def _verdict_only(first: str) -> bool:
    """Whether an answer's opening part read as its Result (lower-case words) only judges how it
    went ("It went really well in the end and everyone was happy with the result"): nothing in it
    can be checked (no count, no concrete outcome, no agreement), so it is no headline to praise
    or to credit to an audience that wants the point first (breaker14 B13)."""
    return bool(JUDGED.search(first)) and not (
        OUTCOME_METRIC.search(first) or METRIC_PATTERN.search(first)
        or CONCRETE_OUTCOME_PATTERN.search(first) or _SETTLED.search(first)
        or _CLOSING_OUTCOME.search(first))


def _scene_first(first: str) -> bool:
    """Whether an answer's opening part read as its Result (lower-case words) is its scene: it
    opens as a scene does or tells what set the story off, and holds no word that tells an
    ending (a headline, "in the end", an agreement, "nobody was hurt"). breaker6 D10: "In my
    internship at a retail chain I noticed the weekly sales report double counted online
    returns…" was praised as "You opened with the result". Of the 69 good answers of
    dev1-7/held1-7 read as result-first, this finds 3 of the 6 whose writers opened on the
    scene and none of the 63 that open on their result."""
    if ABOUT_ME.search(first):
        return True  # "I'd say I'm a real team player": what the speaker is like, no outcome
    if (_HEADLINE.search(first) or _ENDING_WORDS.search(first) or _SETTLED.search(first)
            or _CLOSING_OUTCOME.search(first)):
        return False
    return bool(_SCENE_OPENING.search(first) or _TROUBLE.search(first))


def missing_part_probe_code(analysis: AnswerAnalysis) -> str | None:
    """The flaw a follow-up question should target ("no_result" → "And what was the outcome?")."""
    return next(iter(probe_codes_in_order(analysis)), None)


def probe_codes_in_order(analysis: AnswerAnalysis) -> tuple[str, ...]:
    """Every flaw of `analysis` a follow-up could repair, most valuable first: the next to
    probe when the first one's probes were asked already."""
    codes = set(analysis.flaw_codes)
    return tuple(code for code in _PROBE_ORDER if code in codes)


ACTION_FULL_SHARE = 0.3
"""The share of an answer's words in its Actions from which they earn all their structure
points; below it, in proportion."""


def _star_score(parts: Mapping[str, Part]) -> int:
    action = parts["A"]
    action_credit = min(1.0, action.share_words / ACTION_FULL_SHARE) if action.present else 0.0
    score = (
        15 * parts["S"].present
        + 10 * parts["T"].present
        + 40 * action_credit
        + 35 * parts["R"].present
    )
    return round(score)


def _star_score_other(parts: dict[str, Part]) -> int:
    """Outside behavioral questions STAR is optional; credit what structure there is."""
    present = sum(parts[label].present for label in STAR_LABELS)
    return round(100 * present / len(STAR_LABELS))


_PROGRESSIVE_ACTION = re.compile(
    r"\bi(?: am|'m) (?:also |then |now |quickly )?(?!working\b|living\b|staying\b|feeling\b"
    r"|having\b|being\b|trying\b|thinking\b|hoping\b|going\b|getting\b|doing\b|waiting\b"
    r"|looking forward\b|studying\b|sitting\b|standing\b)([a-z]{3,}ing)\b"
)
_PROGRESSIVE_SCENE = re.compile(r"\b(is|are|was|were|am|'m|'re) (\w+ )?[a-z]{3,}ing\b")
_PERFECT_PROGRESSIVE_ACTION = re.compile(
    r"\bi(?: have|'ve) been (?:also |then |now )?(?!working\b|living\b|staying\b|feeling\b"
    r"|having\b|being\b|trying\b|thinking\b|hoping\b|going\b|getting\b|doing\b|waiting\b"
    r"|looking\b|studying\b|sitting\b|standing\b|struggling\b|worrying\b)([a-z]{3,}ing)\b"
)
"""An own action told in the present perfect progressive, as a non-native speaker tells what
they did over weeks ("I have been teaching the aides how to use the bed alarm"): one deed of
the story, as "I taught the aides" is (breaker13 B2)."""


def _progressive_actions(actions: str, whole: str) -> list[str]:
    """Own actions told in the present progressive, as some non-native speakers tell a story
    ("I am making a list by priority, and I am asking the aide to do the vital signs";
    breaker8 D8: the same story in the simple past kept 8 more ownership points): counted
    only when the whole answer is told that way (three progressives or more), not for a
    scene's one "I am working in a hospital"."""
    perfect = [m.group(0) for m in _PERFECT_PROGRESSIVE_ACTION.finditer(actions)]
    if len(_PROGRESSIVE_SCENE.findall(whole)) < 3:
        return perfect
    return perfect + [m.group(0) for m in _PROGRESSIVE_ACTION.finditer(actions)]


_PLAIN_ACTION_MISSED = re.compile(
    rf"\bi (?:also|then|just|first|finally|even|again|personally|myself) (?:{PAST_ACTION}"
    rf"|[a-z]{{3,}}ed)\b|\bi (?:[a-z]+ly )?set\b"
)
"""Own past actions the past-tense count (`past_first_person_actions`) leaves out: an adverb
that is no "-ly" word between "I" and the verb ("I also added a rollback command"), and "I set"
(the same in past and present: "I set it to send automatically on Sunday night"). breaker10 D23:
three plain own actions were counted as two, and printed as the reason for points lost."""


def _plain_actions_missed(actions: str) -> list[str]:
    """The own actions in `actions` (lower-case words) that `_PLAIN_ACTION_MISSED` finds."""
    return [m.group(0) for m in _PLAIN_ACTION_MISSED.finditer(actions)]


_HYPHENATED_ACTION = re.compile(rf"\bi (?:[a-z]+ly )?[a-z]+-(?:{PAST_ACTION}|[a-z]{{3,}}ed)\b")
"""An own past action whose verb has a prefix joined by a hyphen ("I pre-loaded the route
sheets", "I cross-trained six pickers", "I re-ran the report"): the past-tense count
(`past_first_person_actions`) reads "I pre" and stops (breaker14 B18: three own actions counted
as two, 4 ownership points lost against "I loaded")."""
_NOT_A_PRESENT_DEED = frozenset({
    "am", "was", "were", "have", "had", "has", "do", "did", "does", "can", "could", "will",
    "would", "shall", "should", "must", "may", "might", "think", "feel", "know", "want", "need",
    "like", "love", "hate", "hope", "wish", "believe", "guess", "mean", "see", "hear", "remember",
    "realise", "realize", "understand", "get", "got", "just", "also", "then", "still", "really",
    "always", "never", "usually", "often", "sometimes", "work", "live", "not", "don't",
    "can't", "won't", "didn't", "it", "and", "the", "try", "say", "said", "go", "come",
})
"""Words after "I" in a present-tense story that tell no deed of the occasion (auxiliaries,
modals, verbs of thinking, feeling or being, one's standing work, adverbs)."""
_PRESENT_OWN_CLAUSE = re.compile(r"\bi ([a-z]{3,})\b")


def _present_actions(actions: str, whole: str) -> list[str]:
    """Own actions told in the present, in a story told in the present ("So I count the sheets
    when they arrive, I mark the damaged ones in a list and I call the hotel every Friday"):
    each "I <verb>" of the Actions whose verb the past-tense count does not already read
    (`as_past_narrative` turns only listed verbs to the past; breaker14 B18: "I mark" was not
    counted). Only when the whole answer is told in the present (`present_narrative`)."""
    if not present_narrative(whole):
        return []
    already = {m.group(0) for m in PAST_FIRST_PERSON.finditer(as_past_narrative(actions, True))}
    found = []
    for match in _PRESENT_OWN_CLAUSE.finditer(actions):
        verb = match.group(1)
        if (verb in _NOT_A_PRESENT_DEED or verb.endswith(("ed", "ing", "ly"))
                or as_past_narrative(match.group(0), True) != match.group(0)
                or match.group(0) in already):
            continue
        found.append(match.group(0))
    return found


_NOT_A_DEED = frozenset({
    "tired", "stressed", "worried", "scared", "excited", "interested", "surprised", "pleased",
    "relieved", "annoyed", "frustrated", "exhausted", "confused", "concerned", "involved",
    "based", "used", "needed", "wanted", "called", "named", "red", "bed", "shed", "hundred",
    "related", "dedicated", "qualified", "experienced", "limited", "required", "allowed",
})
"""Words ending in -ed after a comma or "and" that tell no deed ("tired and stressed")."""
_PAST_WORD = re.compile(rf"(?:[a-z]+-)?(?:{PAST_ACTION}|[a-z]{{3,}}ed)")
"""One word in the past tense, compiled once (it is tried on every word of the Actions); with a
prefix joined by a hyphen too ("pre-loaded", "cross-trained", "re-ran")."""


def _shared_subject_actions(
    segments: Sequence[Segment], tokens: Sequence[Token]
) -> list[str]:
    """Own actions that share one "I" ("I convened the leads, mapped every handover, and
    introduced a daily check"; breaker8 D8 counted only the first): in an Action sentence that
    has an "I" and a past verb, each later past verb that opens a clause after a comma or
    "and". In recognized speech a deed's "-ed" is often lost ("I cut two features, move testing
    earlier and ask the designers...", breaker12 V6) and a full stop put inside the list ("I
    checked the sales data. Change the order sizes, move..."): there the bare form of a listed
    action verb counts too, and a sentence that opens on a deed goes on with the same "I"."""
    found: list[str] = []
    spoken = bool(tokens) and tokens[0].start is not None

    def deed(word: str) -> bool:
        if word in _NOT_A_DEED:
            return False
        return bool(_PAST_WORD.fullmatch(word)) or (spoken and bare_action_verb(word))

    for segment in segments:
        if segment.label != "A":
            continue
        seen_i = False
        previous: Token | None = None
        span = tokens[segment.first_token : segment.end_token]
        for number, token in enumerate(span):
            word = token.norm
            after_break = previous is not None and (previous.clause_end or previous.norm in (
                "and", "then") or (spoken and previous.sentence_end))
            if seen_i and after_break and deed(word):
                found.append(word)
            if word == "i":
                seen_i = True
            if token.sentence_end:
                seen_i = (seen_i and spoken and number + 1 < len(span)
                          and deed(span[number + 1].norm))
            previous = token
    return found


_BRIEF_LONG_POINTS = 25.0
"""Most points a story over its target costs when the interviewer asked for brief answers
(`Audience.brief`), in proportion to how far over (8 otherwise): breaker10 D16, a 131 s story
told to a senior leader who opened with "let's keep it crisp" lost 3 points (now 9), and twice
as long 10 more than that."""


def _depth_deficit(
    segments: Sequence[Segment], tokens: Sequence[Token], timing: TimingReport,
    brief: bool = False, unmeasured_flagged: bool = False,
) -> list[Why]:
    """Small deductions that order complete answers among themselves, the way a rubric's top
    anchors differ: several concrete actions owned by the speaker (ownership), a counted result
    (specificity), a length inside the target (delivery). A Result the no_metrics flaw already
    charges (`unmeasured_flagged`) has its missing number charged in that flaw's line, not in
    one of its own (breaker15 B11: the same lack read as two, -35 and -5)."""
    owned_actions = _owned_actions(segments, tokens)
    deficit: list[Why] = []
    if owned_actions < 3:
        deficit.append(("ownership", _few_own_actions(owned_actions), 4.0 * (3 - owned_actions)))
    results = " ".join(t.norm for s in segments if s.label == "R"
                       for t in tokens[s.first_token : s.end_token])
    if (results and not unmeasured_flagged
            and not measured_against(results, _told_before_result(segments, tokens))):
        deficit.append(("specificity", NO_NUMBER_WHY, _NO_NUMBER_POINTS))
    low, high = timing.target_s or (0.0, float("inf"))
    seconds = timing.estimated_s
    if timing.said_s < low:
        deficit.append(("delivery", f"shorter than the {low:.0f}–{high:.0f} s target",
                        min(8.0, 8.0 * (low - timing.said_s) / low)))
    elif seconds > high:
        most = _BRIEF_LONG_POINTS if brief else 8.0
        deficit.append(("delivery", f"longer than the {low:.0f}–{high:.0f} s target"
                        + (" this interviewer asked for" if brief else ""),
                        min(most, most * (seconds - high) / high)))
    return deficit


def _owned_actions(segments: Sequence[Segment], tokens: Sequence[Token]) -> int:
    """How many actions the speaker told as their own: the count the ownership part scores
    (`_depth_deficit`) and the interviewer's "Ownership" ask is checked against."""
    actions = " ".join(t.norm for s in segments if s.label == "A"
                       for t in tokens[s.first_token : s.end_token])
    whole = " ".join(t.norm for t in tokens)
    return len(past_first_person_actions(actions) + second_person_actions(actions, whole)
               + noted_actions(tokens, segments)
               + _progressive_actions(actions, whole)
               + _shared_subject_actions(segments, tokens)
               + _plain_actions_missed(actions)
               + [m.group(0) for m in _HYPHENATED_ACTION.finditer(actions)]
               + _present_actions(actions, whole)) + len(named_steps(segments, tokens)) + len(
                   _listed_deeds(segments, tokens))


_DEEDS_LISTED_AFTER = (("what", "i", "did", "was"), ("what", "i", "did", "first", "was"),
                       ("what", "i", "did", "then", "was"), ("what", "i", "did", "next", "was"),
                       ("all", "i", "did", "was"))
"""Words after which the speaker lists their own steps as bare verbs ("what I did was pair
each starter with a buddy, write up the ten hardest calls and run a quiz")."""
_OWN_SHARE_NOUNS = frozenset({"part", "piece", "bit", "share", "job", "role"})
"""What the speaker calls their own share of the work in "my part was to..." (_own_share_at)."""
_OWN_SHARE_IN = frozenset({"it", "this", "that", "the"})


def _own_share_at(norms: Sequence[str], index: int) -> int | None:
    """Where the steps begin when the speaker names their own share of the work at `index`:
    "my part was", "my own piece was to", "my job in it was to" (the word after "was"/"is" and
    an optional "to"); None when no such words start there."""
    if norms[index] != "my":
        return None
    at = index + 1 + (norms[index + 1 : index + 2] == ["own"])
    if norms[at : at + 1] == [] or norms[at] not in _OWN_SHARE_NOUNS:
        return None
    at += 1
    if norms[at : at + 1] == ["in"] and norms[at + 1 : at + 2] and norms[at + 1] in _OWN_SHARE_IN:
        at += 2 + (norms[at + 1] == "the")
    if norms[at : at + 1] not in (["was"], ["is"]):
        return None
    at += 1
    return at + (norms[at : at + 1] == ["to"])


_NOT_AFTER_TO = frozenset({
    "be", "the", "a", "an", "my", "our", "his", "her", "their", "its", "this", "that", "these",
    "those", "them", "him", "me", "us", "it", "all", "every", "each", "some", "one", "do",
})


def _steps_listed(tokens: Sequence[Token], at: int, end: int) -> list[str]:
    """The bare verbs listed as steps from tokens[at] to the sentence's end (before `end`): the
    first (any verb after "to": "my part was to number every shelf"), then each that opens a
    clause after a comma, "and" or "then" (with its own "to" or not): "label every device, test
    each one ..., and keep four spares ready"."""
    if at >= end:
        return []
    first = tokens[at].norm
    after_to = at > 0 and tokens[at - 1].norm == "to"
    if not (bare_deed_verb(first) or (after_to and first.isalpha()
                                      and first not in _NOT_AFTER_TO)):
        return []
    listed = [tokens[at].norm]
    for place in range(at + 1, end):
        previous = tokens[place - 1]
        if previous.sentence_end:
            break
        word = tokens[place].norm
        after_break = previous.clause_end or previous.norm in ("and", "then")
        if word == "to" and place + 1 < end and (
                previous.clause_end or previous.norm in ("and", "then")):
            continue  # "..., and to keep": the verb follows
        if previous.norm == "to" and place >= 2:
            before = tokens[place - 2]
            after_break = before.clause_end or before.norm in ("and", "then")
        if after_break and bare_deed_verb(word):
            listed.append(word)
    return listed


def _listed_deeds(segments: Sequence[Segment], tokens: Sequence[Token]) -> list[str]:
    """The own steps listed as bare verbs after `_DEEDS_LISTED_AFTER` or the speaker's own
    share named (`_own_share_at`: "my part was", "my own piece was to") in the Action segments
    (`_steps_listed`); only lists of two or more. An opening's own "I did" is already one action
    (`past_first_person_actions`), so its first step is left out (breaker13 B20: three steps
    were one action). breaker14 B10: "my own piece was to label every device, test each one in
    the new building on Saturday night, and keep four spares ready" was "no action told as your
    own", and the tip asked to say what the speaker did as "I"."""
    found: list[str] = []
    norms = [t.norm for t in tokens]
    for segment in segments:
        if segment.label != "A":
            continue
        index = segment.first_token
        while index < segment.end_token:
            opening = next((len(words) for words in _DEEDS_LISTED_AFTER
                            if tuple(norms[index : index + len(words)]) == words), 0)
            share = _own_share_at(norms[: segment.end_token], index) if not opening else None
            if not opening and share is None:
                index += 1
                continue
            if share is not None:
                at = share
            else:
                at = index + opening + (norms[index + opening : index + opening + 1] == ["to"])
            listed = _steps_listed(tokens, at, segment.end_token)
            if len(listed) > 1:
                found += listed[1:] if "did" in norms[index : index + opening] else listed
            index = at + 1
    return found


OWN_ACTIONS_TIP = ("Say what you did yourself, as \u201cI\u201d: \u201cI called\u2026, I "
                   "checked\u2026\u201d. What the team did can stay, but your own part is what "
                   "is judged.")
"""The tip for the ownership part's loss when no flaw's tip says it (breaker13 B11)."""
ACTION_SHARE_TIP = ("Give what you did more of the answer: each step you took and why, about a "
                    "third of what you say.")
"""The tip for actions told too briefly, when no flaw's tip says it (breaker13 B11)."""
_LOSS_TIP_POINTS = 8
"""A point loss from this size up, among the two largest, gets a tip of its own."""
_TIPS_OF_FLAWS = {"we_not_i", "no_action", "unbalanced", "hypothetical"}
"""Flaws whose tips already ask for the speaker's own actions told at length."""


def _loss_tips(
    tips: Sequence[str], why: Sequence[Why], flaws: Sequence[Flaw]
) -> tuple[str, ...]:
    """`tips`, with one for each of the two largest point losses (of `_LOSS_TIP_POINTS` or
    more) that no flaw's tip covers: too few actions told as your own, actions told too
    briefly. "ownership 12: no action told as your own" and "structure 12: the actions are
    only 12% of the answer" were given tips on length and teamwork only (breaker13 B11)."""
    if {f.code for f in flaws[:2]} & _TIPS_OF_FLAWS:
        return tuple(tips)
    largest = sorted(why, key=lambda reason: -reason[2])[:2]
    extra = []
    for part, reason, points in largest:
        if points < _LOSS_TIP_POINTS:
            continue
        if part == "ownership" and "told as your own" in reason:
            extra.append(OWN_ACTIONS_TIP)
        elif part == "structure" and reason.startswith("the actions are only"):
            extra.append(ACTION_SHARE_TIP)
    if not extra:
        return tuple(tips)
    at = sum(1 for tip in tips[:2] if tip in {f.message for f in flaws})
    return tuple(dict.fromkeys([*tips[:at], *extra, *tips[at:]]))[:4]


def _told_before_result(segments: Sequence[Segment], tokens: Sequence[Token]) -> str:
    """The words of the answer's other parts (lower case): where a before value is told."""
    return " ".join(t.norm for s in segments if s.label != "R"
                    for t in tokens[s.first_token : s.end_token])


NO_NUMBER_WHY = "the result has no number (how much, how many, before and after)"
"""Why a Result told but not measured costs specificity points."""
_NO_NUMBER_POINTS = 5.0
"""What a behavioral story's Result with no number costs (specificity)."""


NO_OWN_ACTION_WHY = "no action told as your own"
"""How the ownership part's loss for no own action at all begins: a round-one doubt about the
speaker's own part is read from it, so the summary and the turn agree (storage.views)."""


_OWN_COUNT_WHY = re.compile(rf"^({NO_OWN_ACTION_WHY}|only .* told as your own)")
"""How the ownership part's loss for too few own actions reads (`_few_own_actions`)."""


def _few_own_actions(owned: int) -> str:
    """Why too few own actions cost ownership points, with how many were heard."""
    if owned == 0:
        return f"{NO_OWN_ACTION_WHY} (\u201cI called…, I checked…\u201d)"
    said = "one action" if owned == 1 else f"{owned} actions"
    return f"only {said} told as your own (\u201cI …\u201d); three or more earn them all"


_SECOND_ASKS: tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...] = (
    (re.compile(r"\b(what would you (do|have done) differently|what would you change|what did "
                r"you learn|what you (learned|learnt)|what (lesson|lessons) did you|looking back"
                r"|taught you (something|a lesson)|what did you take away)"
                r"\b"),
     re.compile(r"\b(learn\w*|lessons?|differently|next time|since then|these days|nowadays"
                r"|looking back|would have|i'd have|should have|taught me|in future|from then on"
                r"|if i did it again|again i would|now i|now we|i now|we now|i always|i never)\b"),
     "what you learned or would do differently"),
    (re.compile(r"\bwhat did you (drop|give up|let go|leave out|deprioriti[sz]e|put aside|say no"
                r" to|stop doing)\b"),
     re.compile(r"\b(drop\w*|gave up|give up|let (\w+ ){0,3}go|left (\w+ ){0,3}out"
                r"|deprioriti\w*|put (\w+ ){0,3}(aside|on hold)|postpon\w*|push\w* (\w+ ){0,3}"
                r"back|delay\w*|skipp\w*|cancel\w*|said no|say no|parked|paused|stopped doing"
                r"|moved (\w+ ){0,4}to (the )?(next|following|later)|for later|until after"
                r"|wait\w* (until|till))\b"),
     "what you dropped"),
)
"""A question's second ask, beside its story ("...and what would you do differently?", "What
did you drop, and why?"), and the words an answer that gives it uses (breaker10 D21: answers
that never said what was dropped, or what they would change, were not told so)."""
_SECOND_ASK_POINTS = 10
"""What a story that leaves its question's second ask unanswered costs (specificity)."""


def second_asks_missed(question: str | None, lowered: str) -> list[str]:
    """What `question` asks besides the story and the answer (`lowered`, lower-case words)
    never gives (`_SECOND_ASKS`), in a few words each."""
    asked = (question or "").lower().replace("\u2019", "'")
    return [what for asks, gives, what in _SECOND_ASKS
            if asks.search(asked) and not gives.search(lowered)]


_VALUE_ASKED = re.compile(
    r"\bvalues?\b[^.?!\u201c\"]{0,40}\bis (?:\u201c|\")([^\u201d\"]{2,60})(?:\u201d|\")")
"""A question that names a value and asks for a story that shows it ("One of the values at
Kestrel is \u201cOwn the outcome\u201d. Tell me about a time..."), with the value's name."""


def value_not_named(question: str | None, lowered: str) -> str:
    """The value `question` asks about (`_VALUE_ASKED`) when the answer (`lowered`, lower-case
    words) never names it nor its own words in any form; "" otherwise. breaker10 D17: a model
    "own the outcome" story never tied itself to the value, and nothing said so."""
    found = _VALUE_ASKED.search(question or "")
    if found is None:
        return ""
    value = found.group(1).strip()
    return "" if _mentions(lowered, value) else value


_COMPLAINT = re.compile(
    r"\b(my|our|the) (former |old |last |previous |current |ex-? ?|new )?(manager|boss|supervisor"
    r"|team lead|team leader|line manager|director|management|employer|company|colleagues"
    r"|co-workers|coworkers|owner|ceo|head of \w+)( (is|was|were|are|'s|has been|have been)"
    r"| (is|was|were|are) (just |always |so |very |really |quite |too |a bit |totally "
    r"|completely )*)( \w+)?? (difficult|terrible|awful|horrible|bad|toxic|useless|incompetent"
    r"|lazy|rude|unfair|impossible|clueless|unprofessional|micromanag\w*|disorganis\w*"
    r"|disorganiz\w*|chaotic|stupid|hopeless|a nightmare|a joke|a mess|the worst|not good)\b"
    r"|\b(the |my |our )?(pay|salary|money|wages?) (is|was|were|are|'s) (just |so |very |really "
    r"|far |much |way )*(too )?(low|bad|poor|terrible|awful|rubbish|not enough|not good)\b"
    r"|\b(underpaid|badly paid|poorly paid|paid (so |too |very )?(badly|poorly|little))\b"
    r"|\b(do not|don't|does not|doesn't|did not|didn't) pay (me |us |people |staff )?(enough"
    r"|well|fairly)\b"
    r"|\bi (hate|hated|can't stand|cannot stand|couldn't stand) (my|the|our) (job|manager|boss"
    r"|company|work|team|colleagues)\b"
    r"|\b(my|the|our) (manager|boss|supervisor|management|company) (never|doesn't|does not|didn't"
    r"|did not|don't|do not) (listen\w*|appreciat\w*|care\w*|support\w*|value\w*|respect\w*"
    r"|recogni[sz]\w*)\b"
)
"""A complaint about a past or present manager, employer, colleagues or pay ("my manager is
difficult and the pay is too low"): a coach's first remark on "Why are you leaving?" is not to
lead with it (breaker10 D20). Read only outside a story of an occasion (behavioral), whose
conflict with a manager may be the very thing asked for, and outside a practical question,
where pay is the subject."""
_COMPLAINT_POINTS = 20
"""What a complaint about a manager, employer or pay costs, charged to what the answer says
(specificity), not to its delivery: an interviewer remembers it over the reasons around it.
With no reason tied to this role beside it (`_UNTIED_POINTS`, 15) the answer falls under a
retake (65: a recruiter's red flag at a second round, breaker16 D28); with one it keeps 80."""
COMPLAINT_TIP = ("Say what you are moving towards, not what you are leaving: a complaint about "
                 "a manager, the company or the pay is what an interviewer remembers. Name what "
                 "this role gives you instead.")
"""The tip for an answer that complains (`_COMPLAINT`)."""


BLAME_POINTS = 20
"""What a story costs that puts the fault on someone else and owns none of it, told to a
question about one's own mistake or to a company that values owning the outcome
(`blame.blamed_others`): the interviewer asked to see the speaker own something, and hears
them pass it on; as much as actions told only as "we" nearly (30), since the story still
tells what was done."""


def blame_tip(blame: str, question: str | None, values: Sequence[str]) -> str:
    """The tip for a story that puts the fault on others (`BLAME_POINTS`): for the question's
    own mistake when it asked for one, else for the company's value of owning it."""
    heard = f"\u201c{blame}\u201d"
    if asks_own_mistake(question) or not values:
        return (f"The question asked for a mistake of your own, and this story puts it on "
                f"someone else ({heard}). Say plainly which part was yours and what you changed "
                "after it, or tell a mistake you made yourself.")
    return (f"\u201c{values[0]}\u201d is shown by owning your part, and this story puts the fault "
            f"on someone else ({heard}). Say which part was yours and what you did about it.")


def complaints_in(lowered: str, kind: QuestionKind) -> list[str]:
    """The complaints about a manager, employer, colleagues or pay in `lowered` (lower-case
    words) where the question is not a story's nor a practical one (`_COMPLAINT`)."""
    if kind in {"behavioral", "situational", "practical"} or kind in NO_STAR_KINDS - {"company"}:
        return []
    return [m.group(0) for m in _COMPLAINT.finditer(lowered)]


_NO_FIGURE_POINTS = 25
"""Points a practical answer (pay, notice, start date) loses when it gives no figure, range,
date or plain yes or no: it leaves the question open."""
_FULL_ANSWER_WORDS = 6
"""Fewer words than this cost content points, down to none left at two words or fewer."""
_SHORT_POINTS = 40.0
_LONG_POINTS = 20.0
"""Most points a length under (over) the target costs, in proportion to how far off it is."""


PAUSE_POINTS_PER_S = 2 / 3
"""Delivery points each second of a pause of LONG_PAUSE_S or more costs: 2 for a pause of 3 s
(what any long pause cost before), about 17 for a silence of 25 s, which a listener hears as a
stall, not a breath (breaker12 V8: both cost 2)."""
PAUSE_MOST_POINTS = 15
"""The most the long pauses of one answer cost together."""
STALL_S = 10.0
"""A silence this long or longer inside an answer is named with its length in the tip."""


def pause_points(pauses: Sequence[Pause]) -> float:
    """What the long pauses cost: PAUSE_POINTS_PER_S for each of their seconds, at most
    PAUSE_MOST_POINTS."""
    return min(PAUSE_MOST_POINTS, PAUSE_POINTS_PER_S * sum(p.seconds for p in pauses))


def pauses_why(pauses: Sequence[Pause]) -> str:
    """Why the long pauses cost points, with their length in seconds: "1 pause of 25 s", "3
    pauses of 3 s or more, 31 s in all (the longest 25 s)"."""
    longest = max(p.seconds for p in pauses)
    if len(pauses) == 1:
        return f"1 pause of {longest:.0f} s"
    total = sum(p.seconds for p in pauses)
    return (f"{len(pauses)} pauses of {LONG_PAUSE_S:.0f} s or more, {total:.0f} s in all (the "
            f"longest {longest:.0f} s)")


def _length_deficit(timing: TimingReport) -> float:
    """Points a length outside the target costs: up to _SHORT_POINTS for an answer far under
    its lowest, up to _LONG_POINTS far over its highest; 0 without a target."""
    if timing.target_s is None:
        return 0.0
    low, high = timing.target_s
    seconds = timing.estimated_s
    if low > 0 and timing.said_s < low:
        return _SHORT_POINTS * (low - timing.said_s) / low
    if seconds > high > 0:
        return min(_LONG_POINTS, _LONG_POINTS * (seconds - high) / high)
    return 0.0


_SHORT_FULL_COST = 0.5
"""A too-short answer pays the flaw's full points at this share of the too-short line or less
(30 words for a story, whose line is 60), and in proportion above it."""


def _shortfall(timing: TimingReport) -> float:
    """How far under the too-short line (flaws.SHORT_FACTOR of the lowest target) an answer
    is, 0..1 (1 at _SHORT_FULL_COST of the line or less): a complete story of 50 words is a
    little short, one of 15 says almost nothing. On the labelled sets, good terse answers of
    45-49 words (dev4, held4) lost the flaw's whole 25 points, as much as weak ones of 15-30
    words, and scored under most weak answers (bench/analysis_accuracy.py, AUC)."""
    if timing.target_s is None or timing.target_s[0] <= 0:
        return 1.0
    line = timing.target_s[0] * SHORT_FACTOR
    return min(1.0, max(0.0, (line - timing.said_s) / (line * _SHORT_FULL_COST)))


def _score_parts(
    kind: QuestionKind,
    star_score: int,
    flaws: Sequence[Flaw],
    timing: TimingReport,
    fillers: FillerReport,
    segments: Sequence[Segment],
    tokens: Sequence[Token],
    read_as_story: int = 0,
    parts: Mapping[str, Part] | None = None,
    brief: bool = False,
) -> tuple[ScoreParts, list[Why]]:
    """Points lost by part, and why (`Why`, each cost with its reason; `explain_points` turns
    them into the lines a person reads). `read_as_story`: for an answer a flaw finds no story
    in (`Flaw.no_story`, its segments then all "other"), the STAR score its sentences had when
    read as parts. `parts`: the STAR parts the structure's points were scored on. `brief`:
    the interviewer asked for short answers (`Audience.brief`), so a story over its target
    costs more."""
    lost = {"structure": 0.0, "specificity": 0.0, "ownership": 0.0, "delivery": 0.0}
    why: list[Why] = []
    for flaw in flaws:
        weight = flaw_points(flaw) * (_shortfall(timing) if flaw.code == "too_short" else 1.0)
        if flaw.code == "hypothetical" and kind != "behavioral":
            weight = _PLAN_ONLY_POINTS  # a plan answers the question asked, if not well
        elif flaw.no_story and kind == "behavioral":
            # Its words are no STAR parts, so the structure now pays what they earned when read
            # as a story (`read_as_story`, the STAR score before): the total is the same, and
            # the points show under structure, where the card says what is wrong.
            weight = max(0.0, weight - 0.5 * read_as_story)
        if flaw.code == "no_metrics" and kind == "behavioral":
            # The story's missing number is in this line, not charged again on its own
            # (_depth_deficit; breaker15 B11: one lack read as two, -35 and -5).
            weight += _NO_NUMBER_POINTS
        part = _PART_OF_FLAW.get(flaw.code, "structure")
        lost[part] += weight
        why.append((part, flaw_why(flaw), weight))
    rate = fillers.per_minute_at_pace
    # A typed answer pays only past MIN_RATE_WORDS, as `excessive` coaches it.
    if rate is not None and rate > NORMAL_PER_MINUTE and (
        fillers.per_minute is not None or fillers.excessive
    ):
        points = min(10.0, rate - NORMAL_PER_MINUTE)
        lost["delivery"] += points
        why.append(("delivery", f"fillers: about {rate:.0f} a minute at your pace, against "
                    f"{NORMAL_PER_MINUTE:.0f}", points))
    if timing.long_pauses:
        lost["delivery"] += (points := pause_points(timing.long_pauses))
        why.append(("delivery", pauses_why(timing.long_pauses), points))
    # An answer of a word or two says nothing, whatever was asked.
    words = timing.written_words if timing.written_words is not None else timing.words
    few = 100 * min(1.0, max(0.0, (_FULL_ANSWER_WORDS - words) / 4))
    if few:
        lost["specificity"] += few
        why.append(("specificity", f"only {words} word{'' if words == 1 else 's'}: too few to "
                    "answer anything", few))
    if kind != "behavioral":
        # Behavioral answers pay for their length in _depth_deficit and the length flaws.
        points = _length_deficit(timing)
        if points and timing.target_s is not None:
            low, high = timing.target_s
            side = "shorter" if timing.said_s < low else "longer"
            if side == "shorter":
                # The too-short flaw above charges the same shortness: together they cost the
                # larger of the two, not both (breaker10 D16: a typed 35-word answer lost 21
                # for its length, twice over).
                points = max(0.0, points - sum(w for where, reason, w in why
                                               if reason == _FLAW_WHY["too_short"]))
            if points:
                lost["delivery"] += points
                why.append(("delivery", f"{side} than the {low:.0f}–{high:.0f} s target",
                            points))
    if kind == "behavioral":
        # Outside behavioral questions STAR is optional, so structure does not cost points.
        lost["structure"] += 50 - 0.5 * star_score
        why.extend(structure_why(parts or {}, any(f.no_story for f in flaws), flaws))
        # The too-long flaw above charges the same length the target does: together they cost
        # the larger of the two, not both (breaker15 B23: "too long for the question -10;
        # longer than the 48-96 s target -16", one fault charged twice).
        too_long_paid = sum(w for where, reason, w in why if reason == _FLAW_WHY["too_long"])
        for part, reason, points in _depth_deficit(
                segments, tokens, timing, brief,
                unmeasured_flagged=any(f.code == "no_metrics" for f in flaws)):
            if reason.startswith("longer than"):
                points = max(0.0, points - too_long_paid)
                if not points:
                    continue
            lost[part] += points
            why.append((part, reason, points))
    return ScoreParts(**{part: round(points) for part, points in lost.items()}), why


_DEEP_QUESTIONS_POINTS = {0: 40, 1: 15}
"""Points the candidate's own questions lose by how many went deep (about the team, its
challenges, what success looks like): none, or one where the review asks for "a second on a
different topic"; two or more lose nothing. A score of 100 beside "Add a second" read as a
contradiction."""


def _shallow_questions_points(transcript: Transcript, known: KnownFacts | None = None) -> int:
    """Points lost for too few deep questions among the candidate's own
    (`candidate_questions.classify`, as the mode's review judges them, with the profile's
    `known` facts when there is one: breaker14 B16, "Who are your competitors?" counted as deep
    in the score beside a review calling it answered by the profile); nothing when no question
    was asked, which the too-few-words points already cover."""
    from simulator.analysis.candidate_questions import classify, split_questions

    asked = split_questions(transcript)
    if not asked:
        return 0
    deep = sum(classify(question, known)[1] == "deep" for question in asked)
    return _DEEP_QUESTIONS_POINTS.get(deep, 0)


_UNPREPARED_POINTS = 10
"""Points each question a quick search or the company profile answers loses ("What do you do as
a company?", "Who are your competitors?" with a profile that lists them): beside having no depth,
it shows no preparation, and a panel that has met the candidate once already hears it as such
(breaker14 B16: two such questions to a second-round panel scored 60, as two questions about
pay would). Counted for at most two questions."""


def _unprepared_questions_points(transcript: Transcript, known: KnownFacts | None = None) -> int:
    """Points lost for the candidate's questions that a search or the company profile answers
    (`searchable.searchable_fact`, as the mode's review names them)."""
    from simulator.analysis.candidate_questions import split_questions
    from simulator.analysis.searchable import searchable_fact

    answered = sum(bool(searchable_fact(q, known)) for q in split_questions(transcript))
    return _UNPREPARED_POINTS * min(answered, 2)


def _mentions(lowered: str, phrase: str, sentences: Sequence[str] = ()) -> bool:
    """`phrase` in `lowered`, each word in any of its forms (`word_forms`: "reduced" for
    "reduction", never "career" for "care"); else every word of four letters or more of it,
    in any of its forms: anywhere, or, given the text's `sentences` (`_sentences`), within one
    of them. An audience's cue "next year" is not heard in "Next I moved the plants" and "half
    as many that year", nor across a first answer and the reply to its probe (breaker9 D13)."""
    from simulator.analysis.word_forms import has_phrase

    if has_phrase(lowered, phrase):
        return True
    words = [w for w in re.findall(r"[\w']+", phrase.lower()) if len(w) >= 4]
    return bool(words) and any(all(has_phrase(piece, w) for w in words)
                               for piece in (sentences or (lowered,)))


def _sentences(text: str) -> tuple[str, ...]:
    """`text`'s sentences and lines, each as its words' lower-case forms (`Token.norm`)."""
    pieces = (" ".join(filter(None, map(normalize, piece.split())))
              for piece in re.split(r"(?<=[.!?…])\s+|\n+", text))
    return tuple(piece for piece in pieces if piece)


_FLAWS_AGAINST_PART = {
    "A": {"we_not_i", "hypothetical", "no_action"}, "R": {"no_result", "hypothetical"},
}
"""A part is not told the way an audience wants while one of these flaws stands against it: an
action told only as "we" does not show a hiring manager your ownership."""


def _flawed_under(codes: set[str]) -> dict[str, str]:
    """Each STAR part a standing flaw speaks against (`_parts_flawed`) -> the score part that
    flaw's points come off (`_PART_OF_FLAW`: "we" actions cost ownership, a missing Result
    structure)."""
    under: dict[str, str] = {}
    for label, against in _FLAWS_AGAINST_PART.items():
        for code in sorted(codes & against):
            under.setdefault(label, _PART_OF_FLAW.get(code, "structure"))
    return under


def _parts_flawed(codes: set[str]) -> frozenset[str]:
    """The STAR parts a standing flaw speaks against (`_FLAWS_AGAINST_PART`)."""
    return frozenset(label for label, against in _FLAWS_AGAINST_PART.items() if codes & against)


def _parts_told(
    parts: Mapping[str, Part], flaws: Sequence[Flaw], lowered: str, noted: Sequence[str] = ()
) -> frozenset[str]:
    """The STAR parts told in a way that shows an audience's theme: present, with no flaw
    against them, and an action only when the speaker told one of their own ("I called", or
    as a note with no subject, `noted`: "A: pulled 2 staff from returns")."""
    codes = {flaw.code for flaw in flaws}
    told = {
        label for label, part in parts.items()
        if part.present and not codes & _FLAWS_AGAINST_PART.get(label, set())
    }
    if "A" in told and not past_first_person_actions(lowered) and not noted:
        told.discard("A")
    return frozenset(told)


def _over_target(timing: TimingReport, flaws: Sequence[Flaw]) -> bool:
    """Whether the answer runs over its length target: the too_long flaw, or the length the
    length tip shows above the target's top (`_length_tip`: "About 147 s against a 51–102 s
    target: ... cut")."""
    if any(f.code == "too_long" for f in flaws):
        return True
    return timing.target_s is not None and round(timing.estimated_s) > timing.target_s[1]


BRIEF_ORDER = "brief"
"""`Theme.order` of a theme judged by the answer's length, not its words or order."""


def _audience_fit(
    audience: Audience,
    lowered: str,
    order: str,
    parts_told: frozenset[str] = frozenset(),
    *,
    kind: QuestionKind = "behavioral",
    question: str | None = None,
    flawed: frozenset[str] = frozenset(),
    under: Mapping[str, str] | None = None,
    we_actions: bool = True,
    text: str = "",
    news_told: bool = False,
    too_long: bool = False,
) -> AudienceFit:
    """Which of the audience's themes that fit the question asked (`Theme.fits`: a recruiter's
    "why this role" only where the question asks it) the answer spoke to: by the order told (a
    headline-first theme), by a STAR part told (a theme with `part`), by its cue words, or in
    the answer's own words (`text`, as said: `Theme.shown_by`, `theme_words`), or by a news
    line of the company profile it tells (`news_told`, `Theme.by_company_news`). A
    theme whose part has a flaw against it (`flawed`: "we" actions against Ownership) is missed
    whatever its cue words say, so the fit never contradicts the flaws shown beside it; and
    with no "we" in the actions (`we_actions` False) an action theme a flaw already speaks for
    is left out, since its advice is about the team's part against yours. A theme about
    length (`Theme.order` "brief": a recruiter's "answers that stay short") is missed by an
    answer over its length target (`too_long`), whose points the length already costs
    (coached)."""
    spoken, missed = [], []
    sentences = _sentences(text) if text else ()
    for theme in audience.themes:
        if not theme.fits(kind, question):
            continue
        # A theme that needs a part the story lacks is missed, and costs nothing more: the
        # missing part's flaw says it and takes its points.
        lacks_needed = bool(theme.needs) and kind not in NO_STAR_KINDS and (
            theme.needs not in parts_told)
        if theme.order == BRIEF_ORDER:
            if too_long:
                missed.append(MissedTheme(theme.id, theme.label, theme.advice, coached=True,
                                          counted_under="delivery"))
            else:
                spoken.append(theme.label)
            continue
        if theme.order and kind not in NO_STAR_KINDS:
            told_so = theme.order == order
        elif theme.order:
            # A talk has no STAR order to read a headline from: its cue words say it ("my
            # recommendation", "in short"), as for any theme.
            told_so = (any(_mentions(lowered, cue, sentences) for cue in theme.cues)
                       or told_in_other_words(theme.shown_by, text))
        elif theme.part == "A" and "A" in flawed and not we_actions:
            # The flaw against the actions says what they lack ("what you would do", "say what
            # you did"); an Ownership advice about "the team" would contradict an all-"I" answer.
            continue
        elif theme.part in flawed or lacks_needed:
            told_so = False
        else:
            told_so = (
                theme.part in parts_told
                or any(_mentions(lowered, cue, sentences) for cue in theme.cues)
                or told_in_other_words(theme.shown_by, text)
                or (theme.by_company_news and news_told)
            )
        if told_so:
            spoken.append(theme.label)
        else:
            flawed_part = bool(theme.part) and theme.part in flawed
            missed.append(MissedTheme(
                theme.id, theme.label, theme.advice, theme.part,
                coached=flawed_part or lacks_needed, needs=theme.needs,
                counted_under=(under or {}).get(theme.part if flawed_part else theme.needs,
                                                "structure")
                if flawed_part or lacks_needed else ""))
    return AudienceFit(audience.id, audience.name, tuple(spoken), tuple(missed))


def _tells_news(text: str, news: Sequence[str]) -> bool:
    """Whether `text` tells one of the company's `news` lines (`company_facts.check_facts`:
    used, with no figure the line contradicts)."""
    if not news:
        return False
    from simulator.analysis.company_facts import check_facts

    return any(f.kind == "news" for f in check_facts(text, company="", news=news).used)


RESULT_MIDDLE_TIP = ("You told the result early, in the middle of the story, before how you "
                     "got there: the listener has the point. Keep what follows in order.")
"""The tip that names a result told in the middle (breaker13 B12), as the result-first one names
a headline."""


def _result_in_the_middle(segments: Sequence[Segment], words: int) -> bool:
    """Whether the answer tells its Result after another part and in its first half, with
    actions told after it: the outcome in the middle, then how it came about."""
    told = [s for s in segments if s.label != "other"]
    results = [n for n, s in enumerate(told) if s.label == "R"]
    return bool(results) and results[0] > 0 and any(
        s.label == "A" for s in told[results[0] + 1 :]) and (
        told[results[0]].first_token < 0.5 * words)


def _tips(
    kind: QuestionKind,
    flaws: Sequence[Flaw],
    timing: TimingReport,
    fillers: FillerReport,
    fit: AudienceFit | None,
    order: str = "story",
    gives: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    tips = [flaw.message for flaw in flaws[:2]]
    if order == "result_first" and kind == "behavioral":
        tips.insert(0, "You opened with the result, a headline first: it holds a busy "
                    "listener. Keep the story after it short and in order.")
    elif "result_middle" in gives and kind == "behavioral":
        tips.insert(0, RESULT_MIDDLE_TIP)
    length = _length_tip(kind, flaws, timing, gives)
    if length:
        tips.append(length)
    if fillers.excessive and fillers.per_minute is not None:
        top = ", ".join(f'"{word}"' for word in list(fillers.by_kind)[:2])
        tips.append(
            f"{fillers.per_minute:.0f} fillers a minute (mostly {top}); about "
            f"{NORMAL_PER_MINUTE:.0f} is normal. Pause silently instead."
        )
    elif fillers.excessive and fillers.per_100_words is not None:
        top = ", ".join(f'"{word}"' for word in list(fillers.by_kind)[:2])
        tips.append(
            f"{fillers.per_100_words:.0f} fillers per 100 words (mostly {top}); about "
            f"{NORMAL_PER_100_WORDS:.0f} is normal in speech. Leave them out; said aloud, a "
            "silent pause does their work."
        )
    if timing.long_pauses:
        longest = max(p.seconds for p in timing.long_pauses)
        if longest >= STALL_S:
            said = f"You went silent for {longest:.0f} s in the middle of the answer"
        else:
            count = len(timing.long_pauses)
            said = f"{count} pause{'s' if count > 1 else ''} of {LONG_PAUSE_S:.0f} s or more"
        tips.append(f"{said}: a short \"let me think\" and a plan of your points before you "
                    "start keeps you moving.")
    if timing.time_to_first_word_s is not None and timing.time_to_first_word_s > SILENT_START_S:
        tips.append(
            f"{timing.time_to_first_word_s:.0f} s of silence before your first word: open with "
            "a short framing sentence while you gather the rest."
        )
    # The pace a listener hears is the articulation rate (pauses of a second or more left out);
    # the pauses have their own tip above.
    pace = timing.articulation_wpm if timing.articulation_wpm is not None else timing.wpm
    if pace is not None and pace > FAST_WPM:
        tips.append(f"{pace:.0f} words a minute is fast; slow down to about 140–160.")
    elif pace is not None and pace < SLOW_WPM:
        tips.append(f"{pace:.0f} words a minute is slow; aim for about 140–160.")
    asked = [m for m in fit.missed if not m.coached] if fit else []
    if asked:
        tips.append(asked[0].message)
    tips.extend(flaw.message for flaw in flaws[2:])
    # The tip that names the order (a headline first, a result in the middle) says nothing of
    # the set-up: the same answer told in order or result first gets the same structure advice
    # (breaker16 D10: only the one told in order was told its set-up ran to half).
    ordered = int(kind == "behavioral" and (order == "result_first" or "result_middle" in gives))
    if len(tips) - ordered < 2:
        tips.extend(_general_advice(kind, praise=not flaws, gives=gives))
    return tuple(dict.fromkeys(tips))[:4]


def _length_tip(
    kind: QuestionKind,
    flaws: Sequence[Flaw],
    timing: TimingReport,
    gives: frozenset[str] = frozenset(),
) -> str | None:
    """What to do about a length outside the target, when no length flaw already says it;
    under the target it asks only for what the answer lacks (`answer_gives`)."""
    if timing.target_s is None or {f.code for f in flaws} & {"too_short", "too_long"}:
        return None
    low, high = timing.target_s
    seconds = timing.estimated_s
    span = f"About {seconds:.0f} s against a {low:.0f}–{high:.0f} s target"
    # Judged on the whole seconds the tip shows: "About 120 s against a 60–120 s target: cut"
    # read as a contradiction for 120.4 s.
    if round(timing.said_s) < low:
        if timing.duration_s is not None:  # spoken: the words are what is short, not the time
            # Both lengths, so the tip and the timing line ("33 s ... short") agree.
            span = (f"About {timing.said_s:.0f} s of speech at a usual pace ({timing.words} "
                    f"words, said in {timing.duration_s:.0f} s) against a {low:.0f}–{high:.0f} "
                    "s target")
        if any(f.code == "off_topic" for f in flaws):
            # Not "the reason behind the example you gave": the example answers another question.
            more = "use the time to answer what it asks"
        elif kind == "presentation":
            more = "use the time for your main points and one example for each"
        elif kind == "company":
            # No example is asked for: what they know of the company, and what it means here.
            more = ("add one more thing you know about them and what it means for this role"
                    if "specific" in gives else
                    "name what you know about them and what it means for this role")
        elif kind == "situational":
            more = ("add what you would do if that does not work, and how you would know"
                    if "steps" in gives else "walk through the steps you would take, in order")
        elif kind == "behavioral":
            # An answer that tells no occasion (a plan, a view) needs the whole story.
            told = frozenset() if any(f.no_story for f in flaws) else gives | story_told({}, flaws)
            if any(f.message == NO_OCCASION for f in flaws):
                told -= {"S"}  # its tip asks for one real situation: so does this one
            needs = story_needs(told)
            more = f"take the time to {needs}" if needs else f"use the time for {STORY_DETAIL}"
        elif kind == "motivation":
            # No example is asked for: reasons, and what ties them to this role (breaker16 D28:
            # "Mainly the money" was told to add "one more detail of the example you gave").
            more = ("use the time for one thing this role offers that you want, and why"
                    if "specific" not in gives
                    else "say why: what draws you to this role" if "reason" not in gives
                    else "add one more reason this role fits what you want next")
        else:
            more = _MORE_FOR_A_SHORT_ANSWER[("example" in gives, "reason" in gives)]
        return f"{span}: {more}."
    if round(seconds) > high:
        return f"{span}: lead with your main point and cut what does not support it."
    return None


_MORE_FOR_A_SHORT_ANSWER = {
    (False, False): "add the concrete example or reason that backs it",
    (True, False): "say why it matters: the reason behind the example you gave",
    (False, True): "back your reason with one concrete example from your work",
    (True, True): "you have room for one more detail of the example you gave",
}
"""What an answer under its target is asked to add, by (has an example, has a reason)."""

_ADVICE: dict[str, tuple[str, frozenset[str], str]] = {
    "situational": (
        "Walk through your plan in order and say why each step matters.",
        frozenset({"steps", "reason"}),
        "Your plan comes in steps with the reasons for them: keep that order.",
    ),
    "motivation": (
        "Tie your reasons to this role and company specifically.",
        frozenset({"reason", "specific"}),
        "Your reasons are tied to this role and company: keep them that specific.",
    ),
    "about_you": (
        "Go present, past, future: what you do now, how you got here, why this.",
        frozenset({"present", "past", "future"}),
        "Present, past and future all come through: keep each part to a few sentences.",
    ),
    "technical": (
        "Explain with one concrete example of where you used it.",
        frozenset({"example"}),
        "A real example backs the explanation: keep one ready for each claim.",
    ),
    "culture": (
        "Back each claim about how you work with a short real example.",
        frozenset({"example"}),
        "A real example backs how you work: keep it that short and concrete.",
    ),
    "practical": (
        "Give a clear figure, range or date, and say in a few words what it rests on.",
        frozenset({"figure"}),
        "A clear figure or date, plainly said: keep it that short.",
    ),
    "presentation": (
        # The talk's review marks its opening, points and close (presentation.py); this tip
        # asks for none of them, so it never contradicts a ✓ beside it.
        "Rehearse the talk aloud once against a clock before the real one.",
        frozenset({"never"}),
        "",
    ),
}
"""Per kind: the tip, what an answer that already does it gives (all of them; `answer_gives`),
and the note said instead when it does."""
_KNOWLEDGE_ADVICE = (
    "Name what you know that is specific to this company, and what it means for this role.",
    frozenset({"specific"}),
    "You named what is specific to this company: keep it that concrete.",
)
"""The motivation advice for a question that asks what the candidate knows, not why."""
_TIED_ADVICE = (
    "Connect your answer to this role and company specifically.",
    frozenset({"specific"}),
    "You tied it to this role and company: keep it that specific.",
)
"""The motivation advice for a question that asks neither why nor what they know ("Where
would you like to be in a few years?")."""
_EXAMPLE_ADVICE = (
    "Back it with one short real example: what happened and what you did.",
    frozenset({"example"}),
    "A real example backs it: keep it that short and concrete.",
)
"""The about-you advice for a question that is not "tell me about yourself" ("What are you
proudest of?")."""
_ASKS_KNOWLEDGE = re.compile(
    r"\b(know about|heard about|read about|news|compet\w*|rivals?|about us|our (company|market"
    r"|products?|customers))\b"
)
"""A question about what the candidate knows of the company."""
_ASKS_SELF = re.compile(
    r"\b(yourself|your background|walk (me|us) through|how you got|introduce|who are you"
    r"|your (career|cv|resume|story))\b"
)
"""An about-you question asking for the candidate's story ("Tell me about yourself")."""
_ASKS_WHY = re.compile(
    r"\b(why|reasons?|want|wants|choose|motivat\w*|interest\w*|attract\w*|leave|leaving)\b"
)
"""A motivation question asking for reasons ("Why do you want...", "how would you choose")."""
_OWN_QUESTIONS_ADVICE = {
    frozenset(): "Ask about the team's challenges and how success is measured.",
    frozenset({"challenges"}): "Ask how success in this role is measured.",
    frozenset({"success"}): "Ask what the team finds hardest this year.",
}
"""The candidate's questions: ask about what they did not (neither, only one, or nothing when
both were asked)."""


LONG_SETUP = LONG_SETUP_SHARE
"""Share of an answer's words in its Situation and Task from which its structure is not praised
(the `unbalanced` flaw starts at 0.55), when one of them is told at length (`_told_at_length`)."""
_BRIEF_WORDS = 40
"""A Situation or Task of more words than this, or of three sentences or more, is more than
"a sentence or two"."""


def _told_at_length(
    label: str, segments: Sequence[Segment], tokens: Sequence[Token],
    leave_out: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the part `label` runs past a sentence or two: more than _BRIEF_WORDS words, or
    three sentences or more; its sentences `leave_out` holds true of (their words) not
    counted."""
    words = sentences = 0
    for said, ended in part_sentences(segments, tokens, (label,)):
        if leave_out is None or not leave_out(" ".join(said)):
            words += len(said)
            sentences += ended
    return words > _BRIEF_WORDS or sentences >= 3


_LONG_SETUP_TIPS = {
    "long_S": "About half of the answer or more is set-up: tell the scene in a sentence or two "
              f"and give the time to {STORY_DETAIL}.",
    "long_T": "About half of the answer or more is set-up: say what you had to do in a "
              f"sentence and give the time to {STORY_DETAIL}.",
}
"""The set-up tip, by the part told at length (`_told_at_length`)."""


def _kind_advice(kind: str, gives: frozenset[str]) -> tuple[str, frozenset[str], str]:
    """The advice for an answer of `kind` other than a story's (`_ADVICE`): its tip, what an
    answer that follows it gives, and the note said instead, chosen by what the question asks
    (`gives`' "asks_..." entries)."""
    tip, needs, instead = _ADVICE[kind]
    if kind == "motivation" and "asks_why" not in gives:
        # "What do you know about us?" asks for what the candidate knows, not their reasons;
        # "Where would you like to be?" for a plan tied to this role.
        tip, needs, instead = (_KNOWLEDGE_ADVICE if "asks_knowledge" in gives
                               else _TIED_ADVICE)
    if kind == "about_you" and "asks_self" not in gives:
        # "What are you proudest of?" is no "tell me about yourself": no present-past-future.
        tip, needs, instead = _EXAMPLE_ADVICE
    return tip, needs, instead


_UNTIED_POINTS = {"specific": 15, "reason": 10}
"""What a motivation answer loses for each thing its tip asks for and it does not give: tied to
this role or company ("specific": 15), a reason ("reason": 10). breaker10 D19: "in a few years
I would like to be growing and learning new things... with a good team" lost points for its
length only (79), beside the tip "connect your answer to this role" the score did not follow."""
_UNTIED_WHY = {
    "specific": "nothing ties it to this role or company",
    "reason": "no reason given (because…, what draws you)",
}


def _untied_points(kind: str, gives: frozenset[str], flaws: Sequence[Flaw]) -> list[Why]:
    """What a motivation answer loses for what its tip asks and it does not give
    (`_UNTIED_POINTS`); nothing beside the "vague" flaw, which already charges an answer that
    could be said by anyone, nor for an answer too short to say anything (its length pays)."""
    if kind != "motivation" or any(f.code in {"vague", "too_short"} for f in flaws):
        return []
    _, needs, _ = _kind_advice(kind, gives)
    return [("specificity", _UNTIED_WHY[need], float(_UNTIED_POINTS[need]))
            for need in sorted(needs - gives) if need in _UNTIED_POINTS]


def _general_advice(
    kind: QuestionKind, praise: bool, gives: frozenset[str] = frozenset()
) -> list[str]:
    """Tips when the answer itself gave too few: praise only an answer with no flaws, and never
    ask for what the answer already gives (`answer_gives`)."""
    if kind == "behavioral":
        if praise:
            # Structure is praised only when all four parts come through and the set-up leaves
            # room for the rest (breaker7 D7: a run-on half scene and digression, its task
            # missing, was told "Clear structure").
            long_setup = [_LONG_SETUP_TIPS[key] for key in ("long_S", "long_T") if key in gives]
            structure = (
                ["Clear structure: the situation, what you did and how it ended all come "
                 "through."] if {"S", "T", "A", "R"} <= gives and not long_setup
                else long_setup[:1]
            )
            return [
                *structure,
                "Keep the result this concrete; numbers make it memorable."
                if "measured" in gives else
                # "Keep it this concrete" on "the drivers left much earlier" praised a number
                # that was never said.
                "If you have a number for the result (how much earlier, how many fewer), say "
                "it: numbers make it memorable.",
            ]
        if {"S", "A", "R"} <= gives:
            return []  # the story is told in order; its flaws have said what to change
        return ["Tell one real occasion in order: the situation, your task, what you did, the "
                "result."]
    if kind == "questions_to_ask":
        asked = gives & {"challenges", "success"}
        return [_OWN_QUESTIONS_ADVICE[asked]] if asked in _OWN_QUESTIONS_ADVICE else []
    if kind == "company":
        return []  # its own judgment's tips come first (company_answer.CompanyJudgment.tips)
    tip, needs, instead = _kind_advice(kind, gives)
    if needs <= gives:
        return [instead] if praise and instead else []
    return [tip]


_REASON = re.compile(
    r"\b(because|cause|since|so that|the reason|reasons? (is|are|was)|that'?s (\w+ )?why"
    r"|(that|this|it) (is|was) (\w+ )?why|i need|i needed"
    r"|which is why|i want|i'd like|i would like|i wish|my wish|my dream|i'm keen|i am keen"
    r"|i like|i love|i enjoy|excited|drawn to|interested in|attracts? me|fits? (my|me|with)"
    r"|which meant|that meant|meaning that|so (my|our|their|his|her|the) (\w+ ){0,2}(often |always"
    r" |never |sometimes |usually )?(came|went|got|was|were|had|missed|lost|fell|ended))\b"
)
"""Words that give a reason: "because", "that's why", "my dream is", "I want", or what it led to
("so my ideas often came after the decision was made", breaker10 D25)."""
_TIED = re.compile(
    r"\b(this|the|that) (role|job|position|post|team|company|product|mission|work)\b"
    r"|\byour \w+|\byou (are|have|do|make|build|run|sell|serve|opened|started|ordered"
    r"|launched|won|bought|grow|grew|moved)\b|\byou're\b|\byou've\b"
)
"""Words that tie a reason to this employer: "this role", "your ships", "you opened"."""
_TIED_HERE = re.compile(
    r"\bthis (role|job|position|post|team|company|product|mission|work)\b"
    r"|\byour \w+|\byou (are|have|do|make|build|run|sell|serve|opened|started|ordered"
    r"|launched|won|bought|grow|grew|moved)\b|\byou're\b|\byou've\b"
)
"""`_TIED` where "the company", "the team" may be the employer being left: only "this …" and
"you" point at the new one."""
_ASKS_LEAVING = re.compile(r"\b(leave|leaving|left|quit|quitting|move on|moving on)\b")
"""A question asking why the candidate leaves their job."""
_ANYWHERE = re.compile(
    r"\banywhere (else )?(would|will|is|'d|'s)\b|\bany (other )?(job|company|employer|offer)"
    r" (would|will)\b"
)
"""Words that say no role in particular is meant ("anywhere would be better")."""
_FIGURE = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|grand|k|half"
    r"|immediately|straight away|right away|tomorrow|asap|january|february|march|april"
    r"|june|july|august|september|october|november|december|spring|summer|autumn|winter"
    r"|yes|no)\b"
)
"""A figure, a range or a date, or a plain yes or no: what a practical question (pay, notice
period, start date, relocation) asks for."""
_STEPS = re.compile(r"\b(first|firstly|then|next|after that|second|secondly|third|finally)\b")
_PRESENT = re.compile(
    r"\b(currently|now|at the moment|these days|nowadays|today|i work|i'm|i am|i lead|i run"
    r"|i manage|i do|i plan|i look after)\b"
)
_PAST = re.compile(
    r"\b(before|ago|started|studied|previously|used to|worked|was|graduated|began|joined"
    r"|moved|spent|grew up|trained|since)\b"
)
_FUTURE = re.compile(
    r"\b(want|wanting|looking|next|hope|plan to|future|would like|i'd like|this role|this job"
    r"|goal|aim|ready for|wish)\b"
)


_SINCE_WHEN = re.compile(
    r"\b(since|from|starting in|as of) (january|february|march|april|may|june|july|august"
    r"|september|october|november|december|spring|summer|autumn|winter|(19|20)\d\d"
    r"|last (year|month|week|spring|summer|autumn|fall|winter|quarter|term)"
    r"|(the|my) (start|beginning|first (week|month)))\b"
    r"|\bfor the (last|past) (\w+ )?(weeks?|months?|years?)\b"
)
"""A dated start: "since March", "from last spring", "for the past three months"."""


def _practice_in_place(lowered: str) -> bool:
    """Whether the answer tells something the speaker has been doing since a dated start, in
    the present ("Since March I give the round to a senior carer and I check the chart with
    them"): a real, checkable change of their own, an example as much as a past occasion is.
    breaker14 B15: such an answer to "what are you working to get better at?" was told "back
    your reason with one concrete example" and "Back it with one short real example"."""
    return bool(_SINCE_WHEN.search(lowered)
                and past_first_person_actions(as_past_narrative(lowered, present=True)))


def answer_gives(
    text: str,
    tokens: Sequence[Token],
    parts: Mapping[str, Part],
    kind: QuestionKind,
    company_terms: Sequence[str] = (),
    question: str | None = None,
) -> frozenset[str]:
    """What an answer already gives, so that no tip asks for it: the STAR parts present
    ("S", "A", ...), "reason", "specific" (a name, this employer's own terms, or "this role",
    "your team" tie it to this role and company), "example" (one real occasion or own
    action), "steps", "present", "past", "future", "figure" (a number, a date, a yes or no); for the
    candidate's questions the deep
    topics asked ("success", "challenges"; `candidate_questions.asked_topics`); and
    what `question` asks (None: unknown, taken to ask why and for the candidate's story):
    "asks_why" for reasons, "asks_knowledge" for what they know of the company, "asks_self"
    for their story, so that advice asks only for what fits the question."""
    lowered = " ".join(t.norm for t in tokens if t.norm)
    gives = {label for label, part in parts.items() if part.present}
    if _REASON.search(lowered):
        gives.add("reason")
    named = names_in(tokens)
    terms = [term for term in company_terms if _mentions(lowered, term)]
    asked = (question or "").lower()
    # Asked why one leaves, "the company", "the team" are the one being left: only "this
    # role", "you", a name or the profile's terms tie the answer to the new one (breaker16
    # D28: "The company is going downhill", "the work itself is fine" were "tied to this role
    # and company"); "anywhere would be better" says no role is meant.
    tied = _TIED_HERE if _ASKS_LEAVING.search(asked) else _TIED
    if (named or terms or tied.search(lowered)) and not _ANYWHERE.search(lowered):
        gives.add("specific")
    if has_example(lowered) or _practice_in_place(lowered):
        gives.add("example")
    if len(_STEPS.findall(lowered)) >= 2:
        gives.add("steps")
    if _FIGURE.search(lowered):
        gives.add("figure")
    for name, pattern in (("present", _PRESENT), ("past", _PAST), ("future", _FUTURE)):
        if pattern.search(lowered):
            gives.add(name)
    if question is None or _ASKS_WHY.search(asked):
        gives.add("asks_why")
    if _ASKS_KNOWLEDGE.search(asked):
        gives.add("asks_knowledge")
    if question is None or _ASKS_SELF.search(asked):
        gives.add("asks_self")
    if kind == "questions_to_ask":
        from simulator.analysis.candidate_questions import asked_topics

        gives |= {str(topic) for topic in asked_topics(text)} & {"success", "challenges"}
    return frozenset(gives)


OFF_THE_STORY = ("The follow-up is about something else: neither the question nor your story "
                 "comes back in it. Answer the probe head on: one sentence with the fact it "
                 "asked for.")
_STORY_WORD = re.compile(r"[a-z][a-z'-]{4,}")


def another_story(places: tuple[str, str], looked_for: Sequence[str]) -> str:
    """The verdict on a reply set in another place than its story (`follow_up.another_place`):
    what it tells cannot stand for what the probe asked of this story."""
    theirs, ours = (place.title() for place in places)
    asked = " and ".join(looked_for)
    return (f"The follow-up tells another story ({theirs}, where your answer was set in {ours}): "
            f"it cannot give {asked} of the story you told. Answer the probe about that story: "
            "one sentence with the fact it asked for.")


_ANOTHER_JOB = re.compile(
    r"\b(at|in) (a|my|the|one|an) (previous|other|former|different|earlier|old) (job|company"
    r"|role|employer|team|workplace|place|position)\b|\bin (another|a different) (job|role"
    r"|company|project|team)\b"
)
_SOME_JOB = re.compile(r"\b(previous|former|last|old|other|earlier|first) (job|company|role"
                       r"|employer|workplace|position)\b")


def _off_the_story(reply: AnswerAnalysis, first: AnswerAnalysis) -> bool:
    """Whether a reply to a probe tells another story: it places itself in another job than the
    first answer's ("at a previous job I also..."), or answers another question (flaws.off_topic
    against the first answer's question) and says no word of five letters or more of the first
    answer in any of its forms: a reply that goes on with the story ("the late top-ups went from
    twelve to one") shares its words, even where it misses the question's theme."""
    story = first.transcript.text.lower()
    said = reply.transcript.text.lower()
    if _ANOTHER_JOB.search(said) and not _ANOTHER_JOB.search(story) and not _SOME_JOB.search(
            story):
        # "At a previous job I also led a migration... two weeks early" to "how did it turn
        # out?" after a story in the current job: another story's outcome (breaker10 D13).
        return True
    if "off_topic" not in reply.flaw_codes:
        return False
    return not any(has_phrase(story, word) for word in
                   dict.fromkeys(_STORY_WORD.findall(reply.transcript.text.lower())))


def analyze_follow_up(
    transcript: Transcript,
    probe_code: str,
    first: AnswerAnalysis,
    *,
    also: Sequence[str] = (),
    worded: Sequence[str] = (),
    whole: AnswerAnalysis | None = None,
) -> tuple[AnswerAnalysis, FollowUpJudgment]:
    """The reply analysed as part of its question: the first answer's STAR view with the
    follow-up merged in, the flaw it repaired gone, the score the question now earns, and one tip
    (the judgment). Its segments index the reply's own text; its delivery figures (timing,
    fillers) are the reply's. `also`: further flaw codes the same probe asked about (a plan's
    probe asking for two things, `follow_up.probe_asks`); the reply must give those too.
    `worded`: what the probe's words ask when they ask something else than `probe_code`
    (`follow_up.judge_follow_up`). `whole`: the first answer and the reply analysed as one
    answer with the same request (`follow_up.joined`): the interviewer's asks the reply met
    come from it, and for a question that is no story (why us, what motivates you) the
    question is judged on it when the reply gave what the probe asked, since such an answer is
    judged on what it says and not on its parts. Its `question_tips` are the question's tips
    after the reply."""
    judgment = judge_follow_up(transcript, probe_code, also=also, worded=worded)
    reply = analyze_answer(transcript, question=first.question,
                           question_kind=first.question_kind)
    elsewhere = another_place(transcript.text, first.transcript.text)
    if elsewhere is not None:
        # "- 2023, Kraków office, payments API team - ... zero incidents in the next quarter"
        # to "set the scene" of a story in Makati: another story's scene and ending, not this
        # one's (breaker16 D8: "gave the context ✓", 76 -> 94).
        judgment = replace(judgment, gives=False, gave=(), evidence=(),
                           message=another_story(elsewhere, judgment.looked_for))
    elif _off_the_story(reply, first):
        # "I like football, last season we won the league" to "how did it end?" named an
        # outcome ("won"), but not this story's: the reply repairs nothing.
        judgment = replace(judgment, gives=False, gave=(), evidence=(), message=OFF_THE_STORY)
    # A reply to a probe is as long as the probe needs: no answer-length target or verdict.
    reply = replace(reply, timing=replace(reply.timing, target_s=None, verdict=None))
    parts = merge_parts(first.star.parts, judgment)
    # A part told in the follow-up earns its whole credit: its words are the reply's, not a
    # share of the first answer's ("the actions are only 0% of the answer" beside Action ✓ once
    # the reply told three own actions, breaker10 D4).
    scored = {label: replace(part, share_words=max(part.share_words, ACTION_FULL_SHARE))
              if part.present and not first.star.parts[label].present else part
              for label, part in parts.items()}
    repaired = repaired_flaws(judgment)
    flaws = tuple(f for f in first.star.flaws if f.code not in repaired)
    star_score = (_star_score(scored) if first.question_kind == "behavioral"
                  else _star_score_other(scored))
    lost = first.score_parts
    for flaw in first.star.flaws:
        if flaw not in flaws:
            part = _PART_OF_FLAW.get(flaw.code, "structure")
            points = flaw_points(flaw) + (_NO_NUMBER_POINTS if flaw.code == "no_metrics"
                                          and first.question_kind == "behavioral" else 0.0)
            lost = replace(lost, **{part: getattr(lost, part) - points})
    if first.question_kind == "behavioral":
        structure = lost.structure - round(0.5 * (star_score - first.star.score))
        lost = replace(lost, structure=structure)
    # A figure the reply gave measures the result: the first answer's "the result has no
    # number" goes with its points (breaker13 B23: charged after "nine a week before, none
    # after").
    numbered = "number" in judgment.gave
    if numbered:
        unmeasured = sum(r.points for r in first.points_why if r.why == NO_NUMBER_WHY)
        lost = replace(lost, specificity=lost.specificity - unmeasured)
    # A Result the reply told with no figure is judged as the same words closing the answer
    # are: "she went with mine and we had no more of those tickets after" lost 5 for its
    # number inside the answer and nothing as the reply (breaker16 D12: 98 against 92).
    unnumbered = 0
    if (whole is not None and not numbered and "R" in filled_labels(judgment)
            and not first.star.parts["R"].present):
        unnumbered = sum(r.points for r in whole.points_why if r.why == NO_NUMBER_WHY)
        lost = replace(lost, specificity=lost.specificity + unnumbered)
    fit = _asks_met(first.audience_fit, whole, filled_labels(judgment), flaws,
                    frozenset(judgment.gave) if judgment.gives else frozenset())
    if fit is not None:
        lost = replace(lost, audience=audience_points(fit))
    # Own actions the reply told count as the answer's own (breaker10 D4: "no action told as
    # your own" stood after "I sorted..., I phoned..., I agreed..."): the ownership the first
    # answer and the reply earn as one, when it is better.
    owned = (whole if whole is not None and "own_action" in judgment.gave
             and whole.score_parts.ownership < lost.ownership else None)
    if owned is not None:
        lost = replace(lost, ownership=owned.score_parts.ownership)
    # However the two read as one, the reply's own deeds are its own: a reply that gave its
    # own part with three ("I picked..., I wrote... and I ran...") is not "only 2 actions told
    # as your own", one that gave it with one is not "no action told as your own" (breaker16
    # D12, D22).
    counted: int | None = None
    deeds = own_deeds(transcript) if judgment.gives and "own_action" in judgment.gave else []
    if deeds:
        standing = sum(r.points for r in (owned or first).points_why
                       if r.part == "ownership" and _OWN_COUNT_WHY.search(r.why))
        earned = 4 * max(0, 3 - len(deeds))
        if earned < standing:
            counted = len(deeds)
            lost = replace(lost, ownership=lost.ownership - (standing - earned))
    lost = at_most_all(ScoreParts(*(max(0, round(value)) for value in lost.to_dict().values())))
    why = _why_after(first, flaws, scored, fit, owned, numbered)
    if counted is not None:
        why = [w for w in why if not (w[0] == "ownership" and _OWN_COUNT_WHY.search(w[1]))]
        if counted < 3:
            why.append(("ownership", _few_own_actions(counted), 4.0 * (3 - counted)))
    if unnumbered:
        why.append(("specificity", NO_NUMBER_WHY, float(unnumbered)))
    points_why = explain_points(lost, why)
    question_tips = _tips_after(first, flaws, fit, first.gives | _told(parts))
    if unnumbered and whole is not None:
        question_tips = tuple(dict.fromkeys((*question_tips, *(
            tip for tip in whole.tips if tip.startswith(_NUMBER_TIP)))))[:4]
    if (whole is not None and judgment.gives and first.question_kind != "behavioral"
            and whole.score > lost.score):
        # Why us, what drives you: judged on what it says, the reply's words with the
        # first answer's ("I don't know your mission well" + "a team of my own to lead").
        lost, flaws, fit, question_tips, points_why = (
            whole.score_parts, whole.star.flaws, whole.audience_fit, whole.tips,
            whole.points_why)
    else:
        flaws, question_tips, points_why = _length_of_the_first(flaws, question_tips, points_why)
    if lost.score <= first.score and lost.score < 100:
        judgment = score_stays(judgment, lost.score)
    # The reply's words are the part it gave (or told nothing the probe asked for).
    scene = "scene" in judgment.gave and not first.star.parts["S"].present
    label: Label = (GIVES_PART.get(probe_code, "other") if judgment.gives
                    else "S" if scene else "other")
    segments = tuple(replace(s, label=label) for s in reply.star.segments)
    told = {s.label for s in reply.star.segments}
    if scene and label != "S" and "S" in told:
        # The scene a reply told beside what its probe asked ("it was at a warehouse in
        # nairobi, 2023 ... nobody asked me") is shown as the scene it is (breaker16 D27).
        segments = reply.star.segments
    if label in {"A", "R"} and label in told and told & {"S", "T"}:
        # A reply that tells the story again ("the customer was a primary school..., I drove
        # over..., the boxes arrived an hour before the fair") gave the part in its own words
        # where it reads as that part; its scene and actions are shown as what they are
        # (breaker13 B10: the whole reply was shown as the Result).
        segments = reply.star.segments
    star = StarReport(segments, parts, flaws, star_score, first.star.applies)
    merged = replace(
        reply,
        star=star,
        tips=(judgment.message,),
        score=lost.score,
        score_parts=lost,
        points_why=points_why,
        follow_up=judgment,
        company=first.company,
        audience_fit=fit,
        question_tips=question_tips,
    )
    return merged, judgment


_LENGTH_SAID = re.compile(r"^(Too short|Too long) for this question|^About (?=\d)")
_LENGTH_WHY = re.compile(r"^(too (short|long) for the question|(shorter|longer) than the )")


OF_THE_FIRST = "The first answer was "
"""How a length flaw or tip said of a question's first answer after its follow-up begins."""


def said_of_the_first(text: str) -> str:
    """A length flaw's message or a length tip ("Too short for this question: …", "About 20 s
    against a 48–96 s target: …") as a question's view after its follow-up says it: of the
    first answer ("The first answer was too short for this question: …"); any other text as it
    is."""
    found = _LENGTH_SAID.match(text)
    if found is None:
        return text
    if found.group(1):
        return f"{OF_THE_FIRST}{text[0].lower()}{text[1:]}"
    return f"{OF_THE_FIRST}about {text[found.end():]}"


def _length_of_the_first(
    flaws: Sequence[Flaw], tips: Sequence[str], why: Sequence[PointsWhy]
) -> tuple[tuple[Flaw, ...], tuple[str, ...], tuple[PointsWhy, ...]]:
    """A question's length flaw, tips and reasons after its follow-up, said of the first answer:
    its length is the first answer's alone ("Too short for this question... enough to say how it
    ended" read as the question's, after a reply that told how it ended and made the two long
    enough, breaker9 D13). The points stay: the interviewer had to ask."""
    first = said_of_the_first
    return (
        tuple(replace(f, message=first(f.message)) if f.code in ("too_short", "too_long") else f
              for f in flaws),
        tuple(first(tip) for tip in tips),
        tuple(replace(w, why=f"first answer {w.why}") if w.part == "delivery"
              and _LENGTH_WHY.match(w.why) else w for w in why),
    )


def _why_after(
    first: AnswerAnalysis,
    flaws: Sequence[Flaw],
    parts: Mapping[str, Part],
    fit: AudienceFit | None,
    owned: AnswerAnalysis | None = None,
    numbered: bool = False,
) -> list[Why]:
    """Why the question's points are lost once its follow-up is in, as `analyze_follow_up`
    scores it: the first answer's reasons without the flaws the reply repaired, a story's
    structure as the merged parts and the standing flaws have it, the interviewer's asks
    still missed; with `owned` (the answer and its reply as one, whose own actions count) its
    ownership reasons for the first answer's; `numbered`: the reply gave a figure for the
    result, so its having no number is no reason."""
    gone = {flaw_why(f) for f in first.star.flaws if f not in flaws} - {
        flaw_why(f) for f in flaws}
    if numbered:
        gone.add(NO_NUMBER_WHY)
    story = first.question_kind == "behavioral"
    why: list[Why] = [
        (reason.part, reason.why, float(reason.points)) for reason in first.points_why
        if reason.part != "audience" and reason.why not in gone
        and not (story and reason.part == "structure")
        and not (owned is not None and reason.part == "ownership")
    ]
    if owned is not None:  # the ownership of the answer and its reply as one
        why += [(r.part, r.why, float(r.points)) for r in owned.points_why
                if r.part == "ownership"]
    if story:
        why += [("structure", flaw_why(f), flaw_points(f)) for f in flaws
                if _PART_OF_FLAW.get(f.code, "structure") == "structure"]
        why += structure_why(parts, any(f.no_story for f in flaws), flaws)
    if fit is not None and fit.missed:
        why.append(audience_why(fit))
    return why


def _tips_after(
    first: AnswerAnalysis, flaws: Sequence[Flaw], fit: AudienceFit | None, gives: frozenset[str]
) -> tuple[str, ...]:
    """The first answer's tips once its follow-up is in: without those of the flaws the reply
    repaired and of the interviewer's asks it met, the length tip as the standing flaws word it
    ("take the time to say how it ended" no more once the outcome is told), its other tips (a
    company answer's own) kept; filled up to two from the tips the question now earns."""
    kind = first.question_kind
    gone = {f.message for f in first.star.flaws if f not in flaws}
    still = {m.message for m in (fit.missed if fit else ()) if not m.coached}
    gone |= {m.message for m in (first.audience_fit.missed if first.audience_fit else ())
             if m.message not in still}
    before = _length_tip(kind, first.star.flaws, first.timing, first.gives)
    after = _length_tip(kind, flaws, first.timing, gives)
    tips = [after if tip == before else tip for tip in first.tips if tip not in gone]
    for tip in _tips(kind, flaws, first.timing, first.fillers, fit, first.order, gives):
        if len(tips) >= 2:
            break
        tips.append(tip)
    return tuple(dict.fromkeys(tip for tip in tips if tip))[:4]


_NUMBER_TIP = "If you have a number for the result"
"""How the tip that asks for the result's figure begins (`_tips`)."""


_OUTCOME_GIVEN = frozenset({"outcome", "number", "measure", "measured"})
"""What a reply gives when it tells only how it ended (`FollowUpJudgment.gave`)."""


def _asks_met(
    fit: AudienceFit | None,
    whole: AnswerAnalysis | None,
    filled: set[str],
    flaws: Sequence[Flaw],
    supplied: frozenset[str] = frozenset(),
) -> AudienceFit | None:
    """The first answer's interviewer asks (`fit`) after its follow-up: a theme it missed is
    met when the reply filled its STAR part ("Results" once the reply told the outcome), or,
    for a theme its words decide, when the answer and reply as one (`whole`) speak to it and
    the reply supplied what such a theme is told in (`supplied`: what it gave, `gave` of a
    judgment that gives; none for a reply that dodged the probe): an outcome for a theme that
    needs one ("Business impact"), else more than the outcome (own actions, the scene). "She
    is a demanding person, the board pack process was chaotic" gives nothing, so its words
    credit no "Strategic view"; "the head teacher wrote to thank the team" gives the outcome,
    which shows no "Fit with the team" (breaker13 B4). A missed theme whose part a standing
    flaw still charges stays coached (no second charge)."""
    if fit is None:
        return None
    heard = set(whole.audience_fit.spoken_to) if whole and whole.audience_fit else set()
    against = _parts_flawed({f.code for f in flaws})
    beyond_outcome = bool(supplied - _OUTCOME_GIVEN)
    spoken, missed = list(fit.spoken_to), []
    for theme in fit.missed:
        told_by_words = theme.label in heard and (
            beyond_outcome or (theme.needs == "R" and "R" in filled))
        if (theme.part and theme.part in filled and theme.part not in against) or (
            not theme.part and told_by_words
        ):
            spoken.append(theme.label)
        else:
            # Still charged elsewhere: its part under a standing flaw, or the part it needs
            # ("Business impact" an outcome) still untold after a reply that gave no outcome.
            by_part = bool(theme.part) and theme.part in against
            by_need = bool(theme.needs) and (theme.needs in against or (
                theme.coached and theme.needs not in filled))
            coached = by_part or by_need
            missed.append(replace(theme, coached=coached, counted_under=_flawed_under(
                {f.code for f in flaws}).get(theme.part if by_part else theme.needs,
                                             "structure") if coached else ""))
    return replace(fit, spoken_to=tuple(spoken), missed=tuple(missed))
