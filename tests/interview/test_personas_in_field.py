"""Interviewers speak and listen in the profile's field of work: for a hospital or a clinic the
senior leader's "business impact" asks what an answer meant for patients (and hears it in
"screening went from 60 to 95 percent"), and the hiring manager is a matron, not an engineering
manager. Built-in persona files, real profile files, the CLI and the plan the room runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.cli import main
from simulator.datafiles import parse_file
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.personas import get_persona, parse_persona
from simulator.interview.plan import build

# A renal unit's charge nurse, terse and a little non-native; no word of money or customers.
STORY = (
    "Last spring on our unit the sepsis screening was missed on one of three admissions. I make "
    "a checklist with the two shift leads and I audit every admission six weeks myself. "
    "Screening went from 60 percent to 95 percent, and no missed sepsis in that quarter."
)


def _analyze(tmp_path: Path, capsys: pytest.CaptureFixture[str], *company: str) -> str:
    answer = tmp_path / "story.txt"
    answer.write_text(STORY, encoding="utf-8")
    capsys.readouterr()
    assert main(["analyze", "--text", str(answer), "--question",
                 "behavioral/leadership-no-authority", "--persona", "senior-leader",
                 *company]) == 0
    return capsys.readouterr().out


def test_a_senior_leader_in_a_clinic_asks_about_patients_not_revenue(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Said by the profile's words alone: "Clinic" in its name, "Dialysis" in the role.
    profile = tmp_path / "tayside.toml"
    profile.write_text('name = "Tayside Renal Clinic"\n[role]\ntitle = "Sister, Dialysis"\n',
                       encoding="utf-8")
    in_clinic = _analyze(tmp_path, capsys, "--company", str(profile))
    assert "spoke to: Impact on patients" in in_clinic
    assert "revenue" not in in_clinic and "customers" not in in_clinic
    # Without the profile the same leader still asks for customers, revenue or cost.
    plain = _analyze(tmp_path, capsys)
    assert "customers, revenue or cost" in plain


def test_the_field_said_by_the_profile_sets_titles_and_introductions(tmp_path: Path) -> None:
    # A name that shows no field, so the profile's `field` key alone decides.
    profile = tmp_path / "orbis.toml"
    profile.write_text('name = "Orbis Trust"\nfield = "Health"\n', encoding="utf-8")
    company = load_company(profile)
    assert company.field == "health"
    plan = build("full", [get_persona("hiring-manager"), get_persona("senior-leader")],
                 load_banks().items, count=5, company=company, seed=4)
    titles = {persona.id: persona.title for persona in plan.personas}
    assert titles == {"hiring-manager": "Matron", "senior-leader": "Director of Nursing"}
    assert "matron for these wards" in plan.introduction
    assert "Engineering Manager" not in plan.introduction
    # A logistics profile keeps the personas as their files wrote them.
    other = tmp_path / "parcels.toml"
    other.write_text('name = "Kettle Parcel Co"\n', encoding="utf-8")
    as_written = get_persona("hiring-manager").in_field_of(load_company(other))
    assert as_written.title == "Engineering Manager"


def test_a_field_entry_adapting_a_theme_the_persona_lacks_is_one_clear_error(
    tmp_path: Path,
) -> None:
    source = Path(get_persona("peer").source).read_text(encoding="utf-8")
    path = tmp_path / "peer.toml"
    path.write_text(
        source + '\n[[in_field]]\nfield = "health"\n[[in_field.themes]]\nid = "bedside"\n'
        'advice = "Say what it meant at the bedside."\n',
        encoding="utf-8",
    )
    _, errors = parse_file(path, parse_persona)
    (error,) = errors
    assert "peer.toml" in str(error) and "no theme 'bedside'" in str(error)
