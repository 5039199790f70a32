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


def test_compare_says_when_the_stored_answers_do_not_count(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An interrupted answer is stored but never compared: "no stored answers" denied it."""
    from simulator.config import Settings
    from simulator.interview.banks import get_bank
    from simulator.interview.personas import get_persona
    from simulator.interview.runner import Interview
    from simulator.storage.store import SessionStore

    question = get_bank("culture").questions[0]
    interview = Interview(
        persona=get_persona("peer"), store=SessionStore(), settings=Settings(), speak=False
    )
    asked = interview.ask(question, on_event=lambda event: None)
    said = "honestly i keep weekends free and i"
    interview.answer_by_text(asked, said, lambda event: None, interrupted=True)
    interview.finish()

    code, out, _ = cli_here(capsys, "compare", question.id)
    assert code == 0
    assert out.strip() == (
        f"no answer to {question.id!r} counts yet: 1 stored answer (interrupted, skipped or "
        "empty) left out of comparisons"
    )
