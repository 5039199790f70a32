"""Round one doubted the speaker's own part ("lots of we"). Asked again, an answer that keeps
the team's work apart from the speaker's own share, told as "my part was to <steps>", has
settled that doubt: the summary must not say it is still open (breaker14 B10, second round).
The answer is a new one of our own."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.first_round import load_checked_first_round
from simulator.storage.store import SessionStore
from simulator.storage.views import beside_round_one, views
from tests.interview.test_round_one_doubt import _notes
from tests.support.round_one import run_recall_mock

SHARE_APART = (
    "Last spring our label software was late before the food safety audit, and we missed the "
    "audit date by four days. We agreed a new date with the auditor as a team. My part was to "
    "rebuild the batch label template, test it on every packing line and train the two night "
    "shift leads. The audit passed on the new date with zero findings."
)


def test_a_share_told_apart_from_the_team_settles_the_doubt(tmp_path: Path) -> None:
    store = SessionStore()
    session_id = run_recall_mock(load_checked_first_round(_notes(tmp_path)), SHARE_APART)
    (pair,) = beside_round_one(views(store.load(session_id)))
    verdict = dict(pair.lines)["Their doubt now"]
    assert verdict.startswith("met: what you did yourself"), verdict
    assert "still open" not in verdict
