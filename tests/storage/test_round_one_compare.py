"""A round-one question asked again from the notes is stored under "round-one/<its id>"; comparing
the bank question lists those answers beside the bank's own, and the other way round."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from simulator.cli import main
from simulator.interview.banks import AskedBefore, get_bank
from simulator.interview.first_round import FirstRoundNotes, ask_again
from simulator.storage.records import same_question
from simulator.storage.store import SessionStore
from simulator.storage.views import compare_rows
from tests.storage.builders import make_turn, new_writer

BANK_ID = "behavioral/conflict-peer"


def _session(store: SessionStore, question_id: str, text: str, score: float) -> str:
    writer = new_writer(store)
    writer.add_turn(replace(make_turn(1, question_id=question_id, text=text, score=score)))
    return writer.finish().id


def test_compare_lists_the_round_one_re_ask_with_its_bank_question(
    capsys: pytest.CaptureFixture[str],
) -> None:
    banks = {"behavioral": get_bank("behavioral")}
    before = AskedBefore(question=BANK_ID, feedback="no ending", weak=True, competencies=())
    notes = FirstRoundNotes(asked=(before,))
    again = ask_again(notes, banks)
    assert again is not None and again.id == "round-one/conflict-peer"

    store = SessionStore()
    plain = _session(store, BANK_ID, "me and the roster clerk argued on leave weeks, sorted", 61)
    recalled = _session(
        store, again.id, "the clerk wanted first come first served, I wanted a lottery", 74
    )
    other = _session(store, "behavioral/conflict-manager", "my boss and me, the rota again", 50)

    for asked in (BANK_ID, again.id):
        rows = compare_rows(store.answers_to(asked))
        assert [(r.session_id, r.score) for r in rows] == [(plain, 61), (recalled, 74)], asked
        assert other not in {r.session_id for r in rows}
    assert main(["compare", BANK_ID, "--json"]) == 0
    assert [row["session"] for row in json.loads(capsys.readouterr().out)] == [plain, recalled]


def test_only_a_round_one_re_ask_joins_another_bank_question() -> None:
    assert same_question("behavioral/conflict-peer", "round-one/conflict-peer")
    assert same_question("round-one/conflict-peer", "behavioral/conflict-peer")
    assert not same_question("behavioral/conflict-peer", "company/conflict-peer")
    assert not same_question("behavioral/conflict-peer", "round-one/conflict-manager")
