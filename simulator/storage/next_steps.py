"""What to practise next, from a session's stored turns: the lowest-scoring question to retake,
then the advice of the flaws that came back most often. The summary screen and the exported
report end with the same list. Pure functions over stored data (old sessions work too)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.storage.records import TurnRecord


def _flaws(analysis: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    star = (analysis or {}).get("star") or {}
    flaws = star.get("flaws", ()) if isinstance(star, Mapping) else ()
    return [flaw for flaw in flaws or () if isinstance(flaw, Mapping)]


def flaw_names(analysis: Mapping[str, Any] | None) -> list[str]:
    """Short names for the table ("no result", "too long")."""
    return [str(flaw.get("code", "")).replace("_", " ") for flaw in _flaws(analysis)]


def turn_length_s(turn: TurnRecord) -> float | None:
    timing = (turn.analysis or {}).get("timing") or {}
    value = timing.get("duration_s") if isinstance(timing, Mapping) else None
    return float(value) if isinstance(value, int | float) else None


def practise_next(turns: Iterable[TurnRecord], limit: int = 3) -> list[str]:
    """The lowest-scoring question, then the advice for the flaws that came back most often."""
    turns = list(turns)
    advice: list[str] = []
    scored = sorted((t for t in turns if t.score is not None), key=lambda t: t.score or 0.0)
    if scored and (scored[0].score or 0.0) < 70:
        weakest = scored[0]
        advice.append(f"Retake “{weakest.question_text}” (scored {weakest.score:.0f}).")
    # The advice of the flaws that came back most often (each flaw carries its own advice).
    advice_by_code = {
        str(flaw.get("code")): str(flaw.get("message", ""))
        for t in turns
        for flaw in _flaws(t.analysis)
    }
    counts = Counter(name for t in turns for name in flaw_names(t.analysis))
    for name, count in counts.most_common(limit):
        times = f" ({count} answers)" if count > 1 else ""
        advice.append(f"{advice_by_code.get(name.replace(' ', '_'), name)}{times}")
    return advice[: limit + 2] or ["Nothing stood out: try a harder bank or another interviewer."]
