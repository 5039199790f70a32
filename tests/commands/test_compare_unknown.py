"""`compare` with a question id no bank has and nothing stored answers. The real entry point."""

from __future__ import annotations

import pytest

from tests.trust.helpers import cli_here


def test_compare_says_a_question_id_nobody_knows_is_unknown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`compare nope` said "no stored answers to 'nope' yet" and exit 0, as if it would one day
    have answers; a typo is now an error naming it. A bank question not answered yet is not."""
    code, out, err = cli_here(capsys, "compare", "conflict-peeer")
    assert code == 2 and out == ""
    assert err.startswith("interview-sim: error: unknown question 'conflict-peeer'")
    code, out, _ = cli_here(capsys, "compare", "conflict-peer")
    assert code == 0 and out.strip() == "no stored answers to 'conflict-peer' yet"
