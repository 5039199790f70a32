"""A second round asks the doubted round-one question again to see whether the doubt is gone
(breaker8 D15): the angle and the first probe follow what round one doubted, the summary says
whether today's answer settles it, and a question noted in the user's own words that a bank asks
is stored as that bank question, so `compare` puts it beside the other answers to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import (
    DEFAULT_ANGLE,
    angle_for,
    ask_again,
    bank_question_for,
    load_checked_first_round,
    load_first_round,
)
from simulator.interview.personas import load_personas
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import beside_round_one, views
from tests.support.round_one import run_recall_mock

# Jotted on the bus after a video call, half in shorthand.
NOTES = """\
name = "Kestrel Cold Chain - video call 1"
[[asked]]
question = "the one about a time u missed a deadline"
weak = true
answer = "told the yoghurt recall story, lots of 'we'"
feedback = "Felt like she couldnt tell which part was mine."
"""

# A non-native speaker telling it in the first person.
MINE = (
    "Last spring our label printer software was late two weeks before audit, and the audit "
    "date we missed by four days. I was responsible for the traceability module. I phoned the "
    "auditor myself in the same morning, I explain what is missing and I propose new date. "
    "I wrote a small script that prints the batch labels from the old system meanwhile. The "
    "audit passed on the new date with zero findings."
)
# The same story told as the team's, the doubt round one had.
OURS = (
    "Our team was late with the label software before the audit, so we missed the date by "
    "four days. We called the auditor and we agreed a new date, and we made a workaround for "
    "the labels. In the end we passed the audit with zero findings."
)


@pytest.fixture(scope="module")
def banks() -> dict:
    return load_banks().items


def _notes(tmp_path: Path, text: str = NOTES) -> Path:
    path = tmp_path / "round1.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "feedback",
    [
        "They said I never said what I did myself.",
        "Felt like she couldnt tell which part was mine.",
        "not clear what my role was vs the others",
    ],
)
def test_the_angle_asks_for_your_own_part_when_that_was_doubted(feedback: str) -> None:
    assert angle_for(feedback) == "This time tell me what you did yourself, not what the team did."


def test_the_notes_area_gives_the_angle_when_the_words_name_nothing() -> None:
    assert angle_for("she did not look convinced") == DEFAULT_ANGLE
    assert "what you did yourself" in angle_for("she did not look convinced", ["ownership"])
    assert "right to the end" in angle_for("hmm", ["results"])


def test_a_question_noted_in_your_own_words_is_the_bank_question(banks: dict) -> None:
    questions = [q for bank in banks.values() for q in bank.questions]
    found = bank_question_for("the one about a time u missed a deadline", questions)
    assert found is not None and found.id == "behavioral/pressure-missed"
    assert bank_question_for("why freight and not hotels??", questions) is None
    assert bank_question_for("deadline", questions) is None  # one word says too little


def test_the_question_asked_again_presses_on_the_doubt(tmp_path: Path, banks: dict) -> None:
    notes = load_first_round(_notes(tmp_path))
    again = ask_again(notes, banks)
    assert again is not None
    assert again.id == "round-one/pressure-missed"  # the bank question's own id
    assert "\u201cthe one about a time u missed a deadline\u201d" in again.text  # as noted
    assert "what you did yourself" in again.text
    assert again.asked_before is not None and again.asked_before.doubt == "ownership"
    assert notes.asked_question_ids(banks) == {"behavioral/pressure-missed"}

    leader = load_personas().items["senior-leader"]
    mock = plan.full_mock([leader], banks, count=5, first_round=notes, seed=4)
    turn = mock.turns[plan.RECALL_SLOT]
    assert turn.question.id == again.id
    assert turn.follow_ups[0] == leader.probes["we_not_i"][0]
    assert "behavioral/pressure-missed" not in [t.question.id for t in mock.turns]


def test_the_summary_says_whether_the_doubt_is_settled_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _notes(tmp_path)
    store = SessionStore()
    settled = run_recall_mock(load_checked_first_round(path), MINE)
    (pair,) = beside_round_one(views(store.load(settled)))
    rows = dict(pair.lines)
    assert rows["Their doubt now"].startswith("met: what you did yourself (\u201cI phoned the")
    markdown = render_markdown(store.load(settled), lambda name: name)
    assert "- **Their doubt now:** met: what you did yourself" in markdown

    open_still = run_recall_mock(load_checked_first_round(path), OURS)
    (pair,) = beside_round_one(views(store.load(open_still)))
    assert dict(pair.lines)["Their doubt now"].startswith("still open: what you did yourself")

    # Both re-asked answers sit beside the bank question's in compare.
    assert main(["compare", "behavioral/pressure-missed", "--json"]) == 0
    sessions = [row["session"] for row in json.loads(capsys.readouterr().out)]
    assert sessions == [settled, open_still]


def test_results_is_an_area_round_one_notes_can_name(tmp_path: Path, banks: dict) -> None:
    """"Wanted more numbers in the stories" is the commonest round-one note; its area,
    `results`, was refused as unknown. It presses every story on how it ended."""
    path = _notes(
        tmp_path,
        '[[feedback]]\nnote = "Wanted more numbers in the stories"\ncompetencies = ["results"]\n',
    )
    notes = load_checked_first_round(path)  # raised "unknown area 'results'"
    manager = load_personas().items["hiring-manager"]
    mock = plan.full_mock([manager], banks, count=5, first_round=notes, seed=6)
    stories = [t for t in mock.turns if t.question.kind == "behavioral"]
    assert stories and all(t.pressed for t in stories)
    assert all(t.follow_ups[0] == manager.probes["no_result"][0] for t in stories)


def test_a_bank_in_order_does_not_ask_a_round_one_question_word_for_word(
    tmp_path: Path, banks: dict
) -> None:
    """Practising one bank in order with round-one notes asked `behavioral/conflict-peer`,
    asked in round one, again verbatim; the question round one doubted comes from its angle."""
    path = _notes(
        tmp_path,
        '[[asked]]\nquestion = "behavioral/conflict-peer"\n\n'
        '[[asked]]\nquestion = "behavioral/conflict-manager"\nweak = true\n'
        'feedback = "no idea how it ended"\n',
    )
    notes = load_first_round(path)
    manager = load_personas().items["hiring-manager"]
    built = plan.build("practice", [manager], banks, bank_id="behavioral", count=4,
                       first_round=notes)
    ids = [t.question.id for t in built.turns]
    assert "behavioral/conflict-peer" not in ids and "behavioral/conflict-manager" not in ids
    assert ids[0] == "round-one/conflict-manager"
    assert "right to the end" in built.turns[0].question.text
    assert len(ids) == 4


def test_an_answer_that_never_learned_the_outcome_leaves_that_doubt_open(
    tmp_path: Path,
) -> None:
    """Round one: "Never said how it ended." Asked again, the answer says it never found out;
    the summary said "met: how it ended", quoting the opening problem as the ending
    (breaker14 B1). Not knowing the outcome is no outcome."""
    path = _notes(
        tmp_path,
        '[[asked]]\nquestion = "behavioral/initiative-improve"\nweak = true\n'
        'feedback = "Never said how it ended."\n',
    )
    unknown = (
        "At the print shop our reprint rate was 9 percent. Bringing it down was my job as the "
        "shift supervisor. I set up a proof check before every long run, I moved the paper "
        "store away from the damp wall, and I trained the night printer on it. I never found "
        "out how it ended, because I moved to another site in the same month."
    )
    store = SessionStore()
    session_id = run_recall_mock(load_checked_first_round(path), unknown)
    (pair,) = beside_round_one(views(store.load(session_id)))
    assert dict(pair.lines)["Their doubt now"] == "still open: how it ended (no outcome told)"


def test_the_verdict_on_your_own_part_agrees_with_the_turns_ownership(tmp_path: Path) -> None:
    """Round one doubted the speaker's own part. Answered again in terse notes, the turn lost no
    ownership point, yet the summary said "still open: no action told as your own"; an answer
    that owned up to the miss first was "met" on "I missed it by two days", no action at all
    (breaker14 B9). The verdict now follows the turn's score and quotes an action."""
    path = _notes(tmp_path)
    notes = (
        "S: month-end stock report late twice, auditors waiting.\nT: mine, stock controller.\n"
        "A: traced each late count, moved two counts to Thursday, built one shared sheet.\n"
        "R: report out by the 2nd for 6 months now.\n"
    )
    store = SessionStore()
    session_id = run_recall_mock(load_checked_first_round(path), notes)
    (pair,) = beside_round_one(views(store.load(session_id)))
    assert dict(pair.lines)["Their doubt now"].startswith(
        "met: what you did yourself (\u201ctraced each late count"
    )
    owned_up = (
        "I missed the quarterly stock report by three days last spring. It was my report as the "
        "stock controller. I phoned the auditor the same morning, I counted the two missing "
        "bays myself, and I sent the report on the Friday. Since then it has gone out on time."
    )
    session_id = run_recall_mock(load_checked_first_round(path), owned_up)
    (pair,) = beside_round_one(views(store.load(session_id)))
    verdict = dict(pair.lines)["Their doubt now"]
    assert verdict.startswith("met: what you did yourself (\u201cI phoned the auditor")
    assert "I missed" not in verdict
