"""A case exercise is set in the profile's field of work, as the interviewers are: a ward
manager's case is about a day-surgery unit, not "launching in a new country", and a school's
about a sixth form. The field comes from the profile's `field`, or its words (name, role title,
duties); a profile in a field the exercise has no entry for, or no profile, keeps the exercise
as written. The built-in exercise bank, real profile files, the CLI in a process of its own, the
plan the room builds, and a user's bank with a broken entry."""

from __future__ import annotations

import json
from pathlib import Path

from simulator import locations
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.personas import get_persona
from simulator.interview.plan import build
from tests.support.program import run_program

AS_WRITTEN = "launching in a new country"

# Profiles as a hurried user types them, none saying `field` but the last.
WARD = (
    'name = "Ashdown Cottage Hospital"\n'
    'news = ["Ward 4 re-opened after refurb in may"]\n'
    '[role]\ntitle = "Ward Sister, Elderly Care"\n'
    'expectations = ["run the ward rota", "lead 22 nurses and HCAs"]\n'
)
FREIGHT = (
    'name = "Brandt & Okoye Freight"\n'
    '[role]\ntitle = "Yard Supervisor"\nexpectations = ["keep trailers moving on night shift"]\n'
)
SCHOOL_BY_FIELD = 'name = "Millbrook Learning Trust"\nfield = "education"\n'


def _spoken(home: Path, profile: str | None, exercise: str = "case-new-market") -> str:
    """The prompt `plan presentation` would speak for `exercise`, with `profile` (TOML text)."""
    args = ["plan", "presentation", "--exercise", exercise, "--json"]
    if profile is not None:
        company = home / "profile.toml"
        company.write_text(profile, encoding="utf-8")
        args += ["--company", str(company)]
    result = run_program(home, *args)
    assert result.returncode == 0, result.stderr
    (turn,) = json.loads(result.stdout)["turns"]
    return str(turn["spoken_text"])


def test_the_case_is_set_in_the_profiles_field_through_the_cli(tmp_path: Path) -> None:
    ward = _spoken(tmp_path, WARD)
    assert "day-surgery unit" in ward and AS_WRITTEN not in ward
    assert "sixth form" in _spoken(tmp_path, SCHOOL_BY_FIELD)
    missed = _spoken(tmp_path, WARD, "case-declining-signups")
    assert "missed outpatient appointments" in missed and "sign-ups" not in missed
    # No entry for freight, and no profile at all: the exercise as written.
    assert AS_WRITTEN in _spoken(tmp_path, FREIGHT)
    assert AS_WRITTEN in _spoken(tmp_path, None)


def test_the_rooms_plan_sets_the_talking_points_in_the_field_too(tmp_path: Path) -> None:
    profile = tmp_path / "ward.toml"
    profile.write_text(WARD, encoding="utf-8")
    banks = load_banks().items
    plan = build(
        "presentation",
        [get_persona("senior-leader")],
        banks,
        bank_id="exercise",
        company=load_company(profile),
        exercise_id="case-new-market",
    )
    (turn,) = plan.turns
    assert turn.question.id == "exercise/case-new-market", "the same exercise in history"
    assert "day-surgery unit" in turn.spoken_text
    assert any("Patient need" in point for point in turn.question.talking_points)
    assert not any("new country" in point.lower() for point in turn.question.talking_points)


def test_a_broken_field_entry_in_a_users_exercise_bank_names_its_line(private_home: Path) -> None:
    folder = locations.user_banks_dir()
    folder.mkdir(parents=True)
    bank = folder / "depot-talks.toml"
    bank.write_text(
        'id = "depot-talks"\ntitle = "Depot talks"\nkind = "exercise"\n\n'
        '[[questions]]\nid = "night-shift"\n'
        'text = "Case exercise: the night shift misses its loading slots. Five minutes."\n\n'
        '[[questions.in_field]]\nfield = "health"\n'
        'text = "Case exercise: {company} misses its theatre slots."\nwordz = ["ward"]\n',
        encoding="utf-8",
    )
    errors = [str(e) for e in load_banks().errors]
    assert [e.split(": ", 1)[1] for e in errors] == [
        "questions[0].in_field[0].text: has '{company}', but question text takes no "
        "placeholders (it is said as written): write the words",
        "questions[0].in_field[0].wordz: unknown key (known here: field, follow_ups, "
        "talking_points, text, words)",
    ]
    assert [e.split(": ", 1)[0].rsplit(":", 1)[1] for e in errors] == ["11", "12"]


def test_the_talk_is_judged_against_the_case_as_it_was_set(tmp_path: Path) -> None:
    """reanalyze finds the exercise in the bank by its id: judged again, it is the field's
    case, as in the room."""
    from simulator.interview.banks import find_question
    from simulator.interview.judging import analysis_request

    profile = tmp_path / "ward.toml"
    profile.write_text(WARD, encoding="utf-8")
    request = analysis_request(
        find_question("exercise/case-new-market"), get_persona("peer"), load_company(profile)
    )
    assert request.question_text is not None and "day-surgery unit" in request.question_text
