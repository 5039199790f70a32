"""A pressed question is probed about what it asks, and a lead-in fits the question after it
(breaker6 D18): a junior analyst's pressed story about raising a concern got the technical
lead's "Suppose the load triples overnight: what breaks first?", and a values story was led in
with "Right, a technical one.". A persona's harder probes and lead-ins can now be kept for one
kind of question (`[kind_harder_probes]`, `[kind_transitions]`); the built-in technical lead
keeps its systems probes and its technical lead-ins for technical and situational questions.
Real personas, banks, notes and profile from TOML; the plan as `interview-sim plan` builds it."""

from __future__ import annotations

from pathlib import Path

from simulator.datafiles import read_source
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.company import load_company
from simulator.interview.first_round import load_first_round
from simulator.interview.personas import load_personas, parse_persona

SYSTEMS = ("load triples", "in production", "what breaks first")

NOTES = """\
[[asked]]
question = "role-data-analysis/messy-data"
weak = true
feedback = "never checked the totals, just trusted the file"

[[feedback]]
note = "raised nothing when the numbers looked wrong, went along with the team"
competencies = ["integrity", "communication"]
"""
PROFILE = """\
name = "Northwind Parcel"
[[values]]
name = "Own the outcome"
"""


def test_no_story_is_pressed_with_a_systems_probe_and_no_values_story_is_led_in_as_technical(
    tmp_path: Path,
) -> None:
    personas = load_personas().items
    banks = load_banks().items
    lead = personas["technical-lead"]
    for kind in ("behavioral", "culture", "motivation", "company", "about_you"):
        assert not any(s in p for p in lead.harder_probes_for(kind) for s in SYSTEMS), kind
    assert any("load triples" in p for p in lead.harder_probes_for("technical"))

    (tmp_path / "notes.toml").write_text(NOTES)
    (tmp_path / "northwind.toml").write_text(PROFILE)
    notes = load_first_round(tmp_path / "notes.toml")
    company = load_company(tmp_path / "northwind.toml")
    for seed in range(12):
        mock = plan.build(
            "full", [lead, personas["recruiter"]], banks, count=6, role="data-analysis",
            company=company, first_round=notes, seed=seed,
        )
        for turn in mock.turns:
            if turn.question.kind != "technical":
                assert "a technical one" not in turn.spoken_text, turn.spoken_text
            if turn.pressed and turn.question.kind not in ("technical", "situational"):
                assert not any(s in p for p in turn.follow_ups for s in SYSTEMS), turn.follow_ups

    values_story = plan.company_value_question(company)
    every_lead_in = [lead.rephrase(q, company) for b in banks.values() for q in b.questions]
    assert any("Right, a technical one." in said for said in every_lead_in)
    assert "technical one" not in lead.rephrase(values_story, company)


def test_a_persona_file_keeps_harder_probes_and_lead_ins_for_one_kind(tmp_path: Path) -> None:
    source = Path(load_personas().items["peer"].source).read_text(encoding="utf-8")
    mine = source.replace('id = "peer"', 'id = "night-sister"') + (
        '\n[kind_transitions]\nsituational = ["Picture this on a night shift."]\n'
    )
    mine = mine.replace(
        "[kind_harder_probes]\n",
        '[kind_harder_probes]\nsituational = ["Who would you call first, and why them?"]\n',
    )
    path = tmp_path / "night-sister.toml"
    path.write_text(mine, encoding="utf-8")
    persona = parse_persona(read_source(path))
    assert persona.harder_probes_for("situational") == ("Who would you call first, and why them?",)
    assert persona.harder_probes_for("behavioral") == persona.harder_probes
    assert persona.kind_transitions["situational"] == ("Picture this on a night shift.",)
