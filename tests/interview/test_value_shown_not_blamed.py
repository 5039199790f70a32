"""A story that shows the opposite of a value was "Connected to the value 'Own the outcome'" by
the word "outcome" alone ("The outcome was bad and the client complained", after blaming the
agency): breaker14 B5. "outcome" ends any story, so it is no cue by itself; owning it is.
New answers of our own."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.company import load_company

PROFILE = 'name = "Fenwick Couriers"\n\n[[values]]\nname = "Own the outcome"\n'

BLAMED = (
    "Our spring sale went badly at the depot and forty orders went out late. It was not my "
    "area really, the new scanners kept failing. I told my manager it was the supplier's fault "
    "and I left the evening shift to deal with it. The outcome was poor and two shops complained."
)
OWNED = (
    "Our spring sale went badly at the depot and forty orders went out late. I took "
    "responsibility for it as the shift lead, I rang each shop myself, and I re-sent the late "
    "orders the next morning. Every shop had its order by noon."
)


def _links(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "fenwick.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return [c.value.name for c in load_company(path).connections(text)]


def test_the_word_outcome_alone_shows_no_ownership(tmp_path: Path) -> None:
    assert _links(BLAMED, tmp_path) == []


def test_owning_it_still_shows_the_value(tmp_path: Path) -> None:
    assert _links(OWNED, tmp_path) == ["Own the outcome"]
