"""Which tips praise what an answer did rather than ask for something to change.

The tips (`simulator.analysis.answer`, `company_answer`) mix the two: "Clear structure: the
situation, what you did and how it ended all come through." beside "Too short for this
question". What to practise after a session lists only what to change, so it leaves the praise
out. Praise is told by its form: a tip that names what the answer did and then says to keep it
("...: keep it that specific", "...: keep that order"), the result-first note, and the behavioral
praise lines. Pure; works on stored tips of older sessions too (the words are the same)."""

from __future__ import annotations

import re

FOLLOW_UP_COUNTS = ": it now counts toward this question's answer."
"""How the verdict of a reply that gave what its probe asked ends (`follow_up.COUNTS` is this;
kept here so the views need not import the analysis)."""
_PRAISE = re.compile(
    r"^(Clear structure:|You opened with the result|Keep the result this concrete)"
    r"|: keep (it|them|that|each|one)\b"
    # A reply that gave what its probe asked: nothing left to work on (breaker10 D26).
    rf"|^The follow-up gave .*{re.escape(FOLLOW_UP_COUNTS)}$"
)


def is_praise(tip: str) -> bool:
    """Whether `tip` praises what the answer did (nothing to practise)."""
    return _PRAISE.search(tip) is not None
