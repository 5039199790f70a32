"""A follow-up answer judged for what it is: the reply to one probe ("And how did it turn out?"),
not a new attempt at the question. It is checked against what the probe asked for (the missing
outcome, a number, the speaker's own part) and merged into its question's STAR view; it is never
scored as a whole answer (answer.analyze_follow_up does the merge)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from simulator.analysis.cues import (
    CONCRETE_OUTCOME_PATTERN,
    NON_OUTCOME,
    OCCASION,
    OUTCOME_METRIC,
    as_past_narrative,
)
from simulator.analysis.star import Label, Part, cue_score, past_first_person_actions
from simulator.analysis.tokens import tokenize
from simulator.speech.stt import Transcript

_VAGUE_VERBS = re.compile(
    r"\b(tried|helped|supported|learned|learnt|enjoyed|did|was|were|had|said|thought|guess|meant)\b"
)
_CHANGED = re.compile(
    r"\b(stopped|went (up|down)|came (down|back)|disappeared|dropped|fell|rose|improved"
    r"|increased|decreased|kept|got better)\b"
)
GIVES_PART: dict[str, Label] = {
    "no_result": "R", "no_metrics": "R", "no_action": "A", "we_not_i": "A",
    "no_situation": "S", "no_task": "T", "vague": "A", "hypothetical": "A",
}
"""The STAR part a follow-up fills in when it gives what its probe asked for."""

_WANTED: dict[str, tuple[str, ...]] = {
    "no_result": ("outcome",), "no_metrics": ("number",), "no_action": ("own_action",),
    "we_not_i": ("own_action",), "vague": ("own_action",), "hypothetical": ("own_action",),
    "no_situation": ("situation",), "no_task": ("task",),
}
"""What a reply must tell to give what the probe for each flaw code asked."""

_ASKED: dict[str, str] = {
    "no_result": "the outcome", "no_metrics": "a number for the result",
    "no_action": "what you did", "we_not_i": "your own part", "vague": "a specific occasion",
    "hypothetical": "what you actually did", "no_situation": "the context",
    "no_task": "what you were responsible for",
}

_PROBE_ASKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern, re.IGNORECASE))
    for code, pattern in (
        ("no_metrics", r"\b(numbers?|figures?|how (much|many)|percent(age)?)\b"),
        ("no_result", r"\b(turn(ed)? out|outcome|results?|what changed|in the end"
                      r"|how did it end|did it work)\b"),
        ("we_not_i", r"\b(your (own )?(part|role|contribution)|which part was yours"
                     r"|you personally)\b"),
        ("no_action", r"\bwhat did you (actually |personally )?(do|change|try)\b|\bstep by step\b"),
        ("vague", r"\b(specific|concrete|real) (example|occasion|instance|case)\b"
                  r"|\btell me about a time\b|\bwalk me through\b"),
        ("no_task", r"\b(responsible for|your (job|responsibility))\b"),
        ("no_situation", r"\b(set the scene|what was going on)\b"),
    )
)
"""Words by which a probe asks for a STAR part (the flaw code whose missing thing it is)."""


def probe_asks(probe: str) -> tuple[str, ...]:
    """The flaw codes whose missing thing the words of `probe` ask for, in the order asked: for a
    probe that is not one of a persona's probes for a flaw (a harder probe from the session plan,
    a question bank's follow-up). "Give me a specific example, with the numbers." -> ("vague",
    "no_metrics"); "What would you do differently?" -> () (it asks for no STAR part)."""
    found = []
    for code, pattern in _PROBE_ASKS:
        match = pattern.search(probe)
        if match:
            found.append((match.start(), code))
    return tuple(code for _, code in sorted(found))


@dataclass(frozen=True)
class FollowUpJudgment:
    probe_code: str
    """The flaw the probe targeted (simulator.analysis.FLAW_CODES)."""
    gives: bool
    """Whether the follow-up gave what the probe asked for."""
    gave: tuple[str, ...]
    """What it added, from: "outcome", "number", "own_action", "situation", "task"."""
    evidence: tuple[str, ...]
    """The words that show it (quoted, lower case)."""
    message: str
    asks: tuple[str, ...] = ()
    """Every flaw code the probe asked about, `probe_code` first (a plan's probe may ask for
    two things: "a specific example, with the numbers"); empty when it asked for none."""

    def to_dict(self) -> dict[str, object]:
        return {
            "probe_code": self.probe_code,
            "asks": list(self.asks),
            "gives": self.gives,
            "gave": list(self.gave),
            "evidence": list(self.evidence),
            "message": self.message,
        }


def judge_follow_up(
    transcript: Transcript, probe_code: str, *, also: Sequence[str] = ()
) -> FollowUpJudgment:
    """Did this reply give what the probe for `probe_code` (a flaw code; "" for a probe that asks
    for no STAR part) asked for, and what `also` (further codes the same probe asked about, see
    `probe_asks`) asks too? Pure; the merge into the question's view is `merge_parts` (or
    answer.analyze_follow_up). A probe that asks for nothing is given by any reply of 15 words
    or more."""
    text = as_past_narrative(" ".join(t.norm for t in tokenize(transcript) if t.norm))
    gave: dict[str, str] = {}
    number = OUTCOME_METRIC.search(text)
    concrete = CONCRETE_OUTCOME_PATTERN.search(text)
    empty_ending = NON_OUTCOME.search(text)
    if number:
        gave["number"] = number.group(0)
    changed = concrete or _CHANGED.search(text)
    if number or ((changed or cue_score("R", text) >= 1.4) and not empty_ending):
        gave["outcome"] = (number or changed or re.search(r"\S+( \S+){0,6}", text) or [""])[0]
    actions = [a for a in past_first_person_actions(text) if not _VAGUE_VERBS.search(a)]
    if actions:
        gave["own_action"] = actions[0]
    if cue_score("S", text) >= 1.2 or OCCASION.search(text):
        gave["situation"] = "…"
    if cue_score("T", text) >= 1.3:
        gave["task"] = "…"
    asks = tuple(dict.fromkeys(code for code in (probe_code, *also) if code in _WANTED))
    wanted = tuple(dict.fromkeys(w for code in asks for w in _WANTED[code]))
    gives = all(w in gave for w in wanted) if wanted else len(text.split()) >= 15
    evidence = tuple(gave[w] for w in wanted if w in gave and gave[w] != "…")
    return FollowUpJudgment(probe_code or (asks[0] if asks else ""), gives, tuple(gave), evidence,
                            _message(asks, gives, evidence), asks)


def _message(asks: Sequence[str], gives: bool, evidence: tuple[str, ...]) -> str:
    quoted = f' ("{evidence[0]}")' if evidence else ""
    asked = " and ".join(dict.fromkeys(_ASKED[code] for code in asks)) or "more detail"
    if gives:
        return f"The follow-up gave {asked}{quoted}: it now counts toward this question's answer."
    return (f"The follow-up did not give {asked}. Answer the probe head on: one sentence with "
            "the fact it asked for.")


_REPAIRED_BY_GIVING: dict[str, tuple[str, ...]] = {
    "outcome": ("no_result",), "number": ("no_metrics",), "own_action": ("no_action", "we_not_i"),
}
"""Flaws a reply repairs whenever it gives the thing, whatever the probe asked: a reply that
tells the outcome and what the speaker did has told them, even if the probe asked for the task.
Situation and task cues are left out: in a short reply they are too weak to repair a part."""


def repaired_flaws(judgment: FollowUpJudgment | Mapping[str, object]) -> frozenset[str]:
    """The flaw codes of the first answer that this follow-up repairs: the probe's own when the
    reply gave what it asked for, and any flaw whose missing thing the reply told with evidence
    (its outcome, a number, its own action). Takes a judgment or its stored dict."""
    if isinstance(judgment, FollowUpJudgment):
        code, gives, gave = judgment.probe_code, judgment.gives, judgment.gave
        asks = judgment.asks
    else:
        code = str(judgment.get("probe_code"))
        gives = bool(judgment.get("gives"))
        raw = judgment.get("gave")
        gave = tuple(str(g) for g in raw) if isinstance(raw, list | tuple) else ()
        raw = judgment.get("asks")
        asks = tuple(str(a) for a in raw) if isinstance(raw, list | tuple) else ()
    codes = {code, *asks} if gives else set()
    for thing in gave:
        codes.update(_REPAIRED_BY_GIVING.get(thing, ()))
    return frozenset(codes)


def _filled_labels(judgment: FollowUpJudgment | Mapping[str, object]) -> set[str]:
    return {GIVES_PART[code] for code in repaired_flaws(judgment) if code in GIVES_PART}


def merge_parts(parts: Mapping[str, Part], judgment: FollowUpJudgment) -> dict[str, Part]:
    """The question's STAR parts after the follow-up: each part it gave is now present (the
    probed one, and any it told with evidence: see `repaired_flaws`)."""
    merged = dict(parts)
    for label in _filled_labels(judgment):
        if label in merged and not merged[label].present:
            merged[label] = Part(True, 0.0, None, 0)
    return merged

