"""`reanalyze` with nothing changed moves no score and no target: a question the session made
up from the company profile (in no bank) is judged again against the target it was asked with,
and so is a follow-up to it."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.storage.store import SessionStore
from simulator.storage.views import AnswerView

# Terse, a little off: someone who read the careers page on the bus.
ANSWER = (
    "Harbour Lane sells fresh food to small shops up north. Read about new warehouse in Leeds. "
    "I like that people there own the outcome, not only the task."
)


def test_reanalyze_with_nothing_changed_keeps_every_score_and_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "company.toml"
    profile.write_text(
        'name = "Harbour Lane Foods"\nnews = ["a new warehouse in Leeds"]\n'
        '[[values]]\nname = "Own the outcome"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr("sys.stdin", io.StringIO((ANSWER + "\n\n") * 12))
    assert main(["practice", "--no-tui", "--typed", "--silent", "--mode", "full", "--count", "5",
                 "--seed", "5", "--company", str(profile), "--follow-ups"]) == 0
    store = SessionStore()
    (session,) = store.list_sessions()

    def figures() -> list[tuple[object, ...]]:
        return [
            (view.number, view.score, view.target_s, tuple(f.code for f in view.flaws))
            for view in map(AnswerView.of, store.load(session.id).turns)
        ]

    before = figures()
    made_up = [t for t in store.load(session.id).turns if t.question_id
               and t.question_id.startswith("company")]
    assert made_up, "the plan asks what the candidate knows of the company"
    capsys.readouterr()
    assert main(["reanalyze", session.id]) == 0
    assert figures() == before, capsys.readouterr().out


# A clinic profile with a role, news and values; the file is edited after the session.
CLINIC = """\
name = "Lindqvist Eye Clinic"
news = ["In April 2026 we opened a second day-surgery theatre in Malmo.",
        "Waiting times for cataract surgery fell 22% in 2025."]
competitors = ["Oresund Vision"]

[[values]]
name = "Sight first"

[role]
title = "Theatre Coordinator"
expectations = ["Plan the theatre lists for both day-surgery theatres"]
"""
# Long, careful, a second-language speaker who prepared: both news items, right, and the job.
CLINIC_ANSWER = (
    "I have read that you opened a second day-surgery theatre in Malmo in April 2026, and that "
    "waiting times for cataract surgery fell 22% in 2025, which is a big change for patients. "
    "Compared to Oresund Vision you are more focused on the surgery itself. As theatre "
    "coordinator I would plan the theatre lists for both theatres so no slot is wasted."
)


@pytest.mark.parametrize("mode", ["full", "your-questions"])
def test_reanalyze_judges_against_the_profile_the_session_was_practised_with(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mode: str,
) -> None:
    profile = tmp_path / "clinic.toml"
    profile.write_text(CLINIC, encoding="utf-8")
    answers = (
        "When is the third theatre in Malmo planned? What do surgeons complain about most?\n\n"
        if mode == "your-questions"
        else (CLINIC_ANSWER + "\n\n") * 8
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(answers))
    assert main(["practice", "--no-tui", "--typed", "--silent", "--mode", mode, "--count", "5",
                 "--seed", "3", "--company", str(profile)]) == 0
    store = SessionStore()
    (session,) = store.list_sessions()
    record = store.load(session.id)
    assert record.company_profile is not None
    assert record.company_profile["role"]["title"] == "Theatre Coordinator"
    before = [turn.analysis for turn in record.turns]
    if mode == "full":
        company = [t.analysis for t in record.turns if t.question_kind == "company"]
        assert company and all(a["company_answer"]["role_link"] for a in company)
    # The user rewrites the profile for another job afterwards: the session keeps its own.
    profile.write_text(CLINIC.replace("Theatre Coordinator", "Night Porter"), encoding="utf-8")
    capsys.readouterr()
    assert main(["reanalyze", session.id]) == 0
    after = [turn.analysis for turn in store.load(session.id).turns]
    assert after == before, capsys.readouterr().out


def test_a_session_stored_before_its_profile_keeps_its_scores_and_role_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    profile = tmp_path / "clinic.toml"
    profile.write_text(CLINIC, encoding="utf-8")
    # Notes, no title said: the link to the role is a duty told ("plan ... theatre lists").
    notes = ("- new day-surgery theatre Malmo April 2026\n- vs Oresund Vision: surgery focus\n"
             "- I could help plan the theatre lists, both theatres\n\n")
    monkeypatch.setattr("sys.stdin", io.StringIO(notes * 8))
    assert main(["practice", "--no-tui", "--typed", "--silent", "--mode", "full", "--count", "5",
                 "--seed", "3", "--company", str(profile)]) == 0
    store = SessionStore()
    (session,) = store.list_sessions()
    path = store.root / session.id / "session.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["company_profile"]  # as a file written before the profile was kept
    path.write_text(json.dumps(data), encoding="utf-8")
    record = store.load(session.id)
    assert record.company_profile is None
    before = [(t.number, t.score, (t.analysis or {}).get("company_answer")) for t in record.turns]
    assert any(answer and answer["role_link"] for _, _, answer in before)
    capsys.readouterr()
    assert main(["reanalyze", session.id]) == 0
    after = [(t.number, t.score, (t.analysis or {}).get("company_answer"))
             for t in store.load(session.id).turns]
    assert after == before, capsys.readouterr().out
