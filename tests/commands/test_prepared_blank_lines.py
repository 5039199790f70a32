"""Prepared answers piped into a mock: two or three blank lines between answers are one gap
(breaker15 B24). The extra blank line was read as an empty answer, which ended the mock at the
second question and left the rest of the file "not used", as if no question had been left."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.storage.store import SessionStore
from tests.trust.helpers import run_cli

# Three short stories of a Ghanaian market trader's apprentice, typed as a user types a file:
# uneven gaps, a trailing space on one blank line.
ANSWERS = (
    "Last harmattan our kiosk in Makola lost the fridge for four days. I was keeping the shop "
    "alone, so saving the fish was on me. I bought ice from the cold store each morning and "
    "sold the tilapia at half price by noon. We lost only two cartons.",
    "My uncle wanted all the sales in one exercise book, but the book got wet twice. I asked "
    "to keep a copy on my phone. I typed every evening for one month. He now checks the phone "
    "copy every Sunday.",
    "A customer said we short-changed her by ten cedis. I counted the drawer with her there "
    "and found her note stuck under the tray. I gave it back and apologised. She still buys "
    "from us every week.",
)


def test_extra_blank_lines_between_prepared_answers_do_not_end_the_mock(
    private_home: Path,
) -> None:
    stdin = f"{ANSWERS[0]}\n\n\n\n{ANSWERS[1]}\n\n \n{ANSWERS[2]}\n\n\n"
    result = run_cli(
        private_home, "practice", "--no-tui", "--silent", "--typed", "--json",
        "--bank", "behavioral", "--mode", "drill", "--count", "3", "--seed", "4",
        stdin=stdin,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "no more answers" not in result.stdout + result.stderr
    assert "not used" not in result.stdout + result.stderr
    session = json.loads(result.stdout)["session"]
    texts = [turn.transcript["text"] for turn in SessionStore().load(session).turns]
    assert texts == list(ANSWERS)
