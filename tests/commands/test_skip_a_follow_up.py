"""A live typed mock: an empty reply to a follow-up, and Enter again, passes over the follow-up
alone (stored as skipped, left out of averages) and the next planned question comes; before,
it ended the whole session (breaker13 B17)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore
from simulator.storage.views import views

# A bakery shift lead, first with no outcome (so a probe comes), then a whole answer.
NO_OUTCOME = (
    "Last December our bakery's night oven kept stopping halfway through the bread run. I was "
    "the shift lead, so getting the bread out was my job. I called the engineer, I moved the "
    "rolls to the small oven and I started the loaves an hour early."
)
WHOLE = (
    "In my first month at the bakery the cake orders were often mixed up. I was asked to fix "
    "the order book. I put every order on one sheet with a tick for each step, and I checked "
    "it with the decorator each morning. After that we had no mixed-up orders for three months."
)


@pytest.mark.usefixtures("private_home")
def test_an_empty_reply_to_a_follow_up_skips_it_and_the_session_goes_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed: Iterator[str] = iter([NO_OUTCOME, "", "", WHOLE])

    def read(*, blank_ends: bool = False, skip_blank: bool = False) -> tuple[str, bool]:
        return next(typed, ""), False

    monkeypatch.setattr("simulator.commands.practice._prepared_answers", lambda args: None)
    monkeypatch.setattr("simulator.commands.practice._read_typed_answer", read)
    assert main(["practice", "--no-tui", "--typed", "--silent", "--bank", "behavioral",
                 "--mode", "drill", "--count", "2", "--seed", "3", "--persona",
                 "hiring-manager"]) == 0
    said = capsys.readouterr().out
    assert "press Enter again to skip this follow-up" in said, said[-1500:]
    assert "ended the session early" not in said

    (summary,) = SessionStore().list_sessions()
    record = SessionStore().load(summary.id)
    assert record.status != "interrupted"
    first, skipped, second = record.turns[:3]
    assert skipped.follow_up_of == first.number
    assert skipped.skipped and not skipped.interrupted and skipped.analysis is None
    assert second.follow_up_of is None and " ".join(second.transcript["text"].split()) == WHOLE
    answers = {a.number: a for a in views(record)}
    assert not answers[skipped.number].counts
