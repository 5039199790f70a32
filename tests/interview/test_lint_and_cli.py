"""`interview-sim personas`, `banks` and `banks lint`, run as a user runs them (a subprocess).
Lint runs over the built-in data and over deliberately broken copies of it, and must name the
file, line and key of each planted problem."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import locations


def cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "simulator", *args],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_personas_json_lists_every_persona_with_its_voice(private_home: Path) -> None:
    result = cli(private_home, "personas", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert {"hiring-manager", "senior-leader", "peer"} <= set(rows)
    leader = rows["senior-leader"]
    assert leader["name"] and leader["title"] and leader["role_label"] == "Senior leader"
    assert leader["voice"]["voice"] == "en-gb-x-rp" and leader["voice"]["rate"] == 145


def test_personas_table_for_people(private_home: Path) -> None:
    result = cli(private_home, "personas")
    assert result.returncode == 0
    assert "Maya Okafor, Engineering Manager (Hiring manager)" in result.stdout


def test_banks_json_gives_kind_role_and_count(private_home: Path) -> None:
    result = cli(private_home, "banks", "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["behavioral"]["kind"] == "behavioral" and rows["behavioral"]["questions"] >= 60
    assert rows["behavioral"]["role"] is None
    assert rows["role-nursing"] == {**rows["role-nursing"], "kind": "role", "role": "nursing"}
    assert {row["kind"] for row in rows.values()} == {
        "behavioral",
        "role",
        "culture",
        "questions-to-ask",
        "exercise",
    }


def test_lint_passes_on_the_builtin_data(private_home: Path) -> None:
    result = cli(private_home, "banks", "lint")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert "0 problem(s)" in result.stderr


@pytest.fixture
def broken_copies(tmp_path: Path) -> Path:
    """Copies of real built-in files, each with known problems planted on known lines."""
    folder = tmp_path / "content"
    folder.mkdir()
    builtin_banks = locations.builtin_data_dir("question_banks")
    builtin_personas = locations.builtin_data_dir("personas")

    bank = (builtin_banks / "exercise.toml").read_text()
    bank = bank.replace('title = "Presentation and case exercises"', 'title = "  "', 1)
    bank = bank.replace('id = "project-you-led"', 'id = "first-ninety-days"', 1)
    bank = bank.replace("prepare_s = 300\n", 'prepare_s = "five minutes"\n', 1)
    bank = bank.replace("difficulty = 1\n", "difficulty = 1\nlevel = 2\n", 1)
    (folder / "exercise.toml").write_text(bank)

    persona = (builtin_personas / "peer.toml").read_text()
    persona = persona.replace('title = "Senior Software Engineer"\n', "", 1)
    persona = persona.replace("rate = 195", "rate = 9000", 1)
    persona = persona.replace("[probes]\n", '[probes]\nno_reslt = ["And then?"]\n', 1)
    (folder / "peer.toml").write_text(persona)
    # Same id as the peer above, in the same folder: the second file is the duplicate.
    shutil.copy(builtin_personas / "peer.toml", folder / "zz-peer-again.toml")
    (folder / "syntax.toml").write_text('id = "x"\nkind = "role"\n[[questions]\ntext = "a"\n')
    return folder


def _line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    lines = path.read_text().splitlines()
    hits = [number for number, line in enumerate(lines, 1) if needle in line]
    return hits[occurrence - 1]


def test_lint_names_file_line_and_key_of_each_problem(
    private_home: Path, broken_copies: Path
) -> None:
    result = cli(private_home, "banks", "lint", str(broken_copies))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    bank, peer = broken_copies / "exercise.toml", broken_copies / "peer.toml"
    duplicate_line = _line_of(bank, 'id = "first-ninety-days"', 2)
    prepare_line = _line_of(bank, 'prepare_s = "five')
    again = broken_copies / "zz-peer-again.toml"
    peer_id_line = _line_of(again, 'id = "peer"')
    expected = [
        f"{bank}:{_line_of(bank, 'title = ')}: title: is empty",
        f"{bank}:{duplicate_line}: questions[1].id: duplicate question id 'first-ninety-days'",
        f"{bank}:{prepare_line}: questions[2].prepare_s: must be a number, not text",
        f"{bank}:{_line_of(bank, 'level = 2')}: questions[1].level: unknown key",
        f"{peer}: title: missing",
        f"{peer}:{_line_of(peer, 'rate = 9000')}: voice.rate: 9000 is outside 80..400",
        f"{peer}:{_line_of(peer, 'no_reslt')}: probes.no_reslt: unknown code",
        f"{again}:{peer_id_line}: id: duplicate id 'peer', already used by peer.toml",
        f"{broken_copies / 'syntax.toml'}:3: not valid TOML",
    ]
    for wanted in expected:
        assert any(line.startswith(wanted) for line in lines), (wanted, lines)
    assert len(lines) == len(expected)
    assert "4 file(s) checked: 9 problem(s)" in result.stderr


def test_lint_of_a_missing_path_fails(private_home: Path, tmp_path: Path) -> None:
    result = cli(private_home, "banks", "lint", str(tmp_path / "nope.toml"))
    assert result.returncode == 1
    assert "nope.toml: no such file or folder" in result.stdout


def test_lint_checks_user_files_too(private_home: Path) -> None:
    user_dir = private_home / "question_banks"
    user_dir.mkdir(parents=True)
    (user_dir / "mine.toml").write_text(
        'id = "mine"\ntitle = "Mine"\nkind = "culture"\n\n[[questions]]\nid = "q"\ntext = ""\n'
    )
    result = cli(private_home, "banks", "lint")
    assert result.returncode == 1
    assert result.stdout.strip() == f"{user_dir / 'mine.toml'}:7: questions[0].text: is empty"


def test_listing_survives_a_broken_file_and_warns(private_home: Path) -> None:
    user_dir = private_home / "personas"
    user_dir.mkdir(parents=True)
    (user_dir / "bad.toml").write_text("id = \n")
    result = cli(private_home, "personas", "--json")
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) >= 3
    assert f"{user_dir / 'bad.toml'}:1: id: not valid TOML" in result.stderr


def test_lint_checks_company_profiles_and_first_round_notes(
    private_home: Path, tmp_path: Path
) -> None:
    company = tmp_path / "company.toml"
    company.write_text('name = "Acme"\nnews = "We grew."\n')
    notes = tmp_path / "round1.toml"
    notes.write_text('[[feedback]]\nnote = "More numbers, please."\ncompetencies = ["ownership"]\n')
    result = cli(private_home, "banks", "lint", str(company), str(notes))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [f"{company}:2: news: must be a list of text, not text"]


def test_lint_names_round_one_areas_no_bank_knows(private_home: Path, tmp_path: Path) -> None:
    # Jotted straight after the call, one area mistyped and one made up.
    notes = tmp_path / "round1.toml"
    notes.write_text(
        '[[asked]]\nquestion = "conflict w/ PM??"\nweak = true\n'
        'competencies = ["Conflict", "nonsense-area"]\n\n'
        '[[feedback]]\nnote = "numbers thin"\ncompetencies = ["ownershp"]\n'
    )
    result = cli(private_home, "banks", "lint", str(notes))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert [line.split("; known: ")[0] for line in lines] == [
        f"{notes}:4: asked[0].competencies: unknown area 'nonsense-area'",
        f"{notes}:8: feedback[0].competencies: unknown area 'ownershp'",
    ]
    assert "conflict" in lines[0].split("; known: ")[1].split(", ")
    assert "1 file(s) checked: 2 problem(s)" in result.stderr


def test_plan_command_shows_a_panel_pressed_by_first_round_notes(
    private_home: Path, tmp_path: Path
) -> None:
    notes = tmp_path / "round1.toml"
    notes.write_text('[[feedback]]\nnote = "Thin on conflict."\ncompetencies = ["conflict"]\n')
    result = cli(
        private_home,
        "plan",
        "full",
        "--persona",
        "hiring-manager",
        "--persona",
        "peer",
        "--role",
        "nursing",
        "--first-round",
        str(notes),
        "--seed",
        "3",
        "--count",
        "8",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["personas"] == ["hiring-manager", "peer"] and len(shown["turns"]) == 8
    assert [t["persona"] for t in shown["turns"]] == ["hiring-manager", "peer"] * 4
    assert any(t["question_id"].startswith("role-nursing/") for t in shown["turns"])
    assert any(t["pressed"] for t in shown["turns"])


def test_plan_command_errors_are_one_line(private_home: Path, tmp_path: Path) -> None:
    result = cli(private_home, "plan", "drill", "--target", "juggling")
    assert result.returncode == 2
    assert result.stderr.startswith("interview-sim: error: unknown competency or role 'juggling'")
    assert len(result.stderr.strip().splitlines()) == 1
    broken = tmp_path / "company.toml"
    broken.write_text("name = \n")
    result = cli(private_home, "plan", "your-questions", "--company", str(broken))
    assert result.returncode == 2 and f"{broken}:1: name: not valid TOML" in result.stderr
