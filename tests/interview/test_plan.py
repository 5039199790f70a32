"""Plans for every mode, built from the real built-in personas and banks, plus company profiles
and first-round notes read from real TOML files."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from simulator.errors import DataFileError, SimulatorError, UnknownNameError
from simulator.interview import plan
from simulator.interview.banks import QuestionBank, load_banks
from simulator.interview.company import CompanyProfile, load_company
from simulator.interview.first_round import load_first_round
from simulator.interview.personas import Persona, load_personas

COMPANY = """\
name = "Harbour Lane Foods"
news = ["We opened our third distribution centre in October."]
competitors = ["FreshRoute"]

[[values]]
name = "Customers first"
description = "Every decision starts from the shopper."

[[values]]
name = "Waste nothing"
cues = ["waste", "reuse", "efficien"]

[role]
title = "Operations Analyst"
expectations = ["Own the weekly demand forecast", "Cut spoilage"]
"""

FIRST_ROUND = """\
[[asked]]
question = "behavioral/conflict-peer"
feedback = "Good story but it never said how it ended."
weak = true

[[asked]]
question = "Why do you want this role?"

[[feedback]]
note = "Wanted more evidence of leading without authority."
competencies = ["leadership", "influence"]
"""


@pytest.fixture(scope="module")
def personas() -> dict[str, Persona]:
    return load_personas().items


@pytest.fixture(scope="module")
def banks() -> dict[str, QuestionBank]:
    return load_banks().items


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "company.toml"
    path.write_text(COMPANY)
    return load_company(path)


def test_full_mock_with_one_persona(personas: dict[str, Persona], banks: dict) -> None:
    mock = plan.full_mock([personas["hiring-manager"]], banks, count=6, seed=1)
    assert mock.mode == "full" and len(mock.turns) == 6
    assert len({t.question.id for t in mock.turns}) == 6
    assert len({t.question.kind for t in mock.turns}) >= 2  # mixed
    assert mock.turns[0].question.difficulty == 1  # a warm-up first
    assert all(t.spoken_text.endswith(t.question.text) for t in mock.turns)
    assert mock.introduction.startswith("Hi, I'm Maya")  # no round-one notes: no "second round"


@pytest.mark.parametrize("mode", ["full", "drill"])
def test_the_first_question_is_asked_plainly_and_the_next_after_a_lead_in(
    personas: dict, banks: dict, mode: str
) -> None:
    """Right after the introduction there is no answer to acknowledge: "Good, thanks. Next one."
    or "Here's another one" before question 1 was what a new user heard."""
    hiring_manager = personas["hiring-manager"]
    built = plan.build(mode, [hiring_manager], banks, count=5, seed=3)
    first, second = built.turns[0], built.turns[1]
    assert first.spoken_text == first.question.text
    assert second.spoken_text == hiring_manager.rephrase(second.question)
    assert second.spoken_text != second.question.text


def test_full_mock_is_reproducible_from_a_seed(personas: dict, banks: dict) -> None:
    first = plan.full_mock([personas["peer"]], banks, seed=42)
    again = plan.full_mock([personas["peer"]], banks, seed=42)
    assert [t.question.id for t in first.turns] == [t.question.id for t in again.turns]


def test_a_panel_takes_turns(personas: dict, banks: dict) -> None:
    panel = [personas["hiring-manager"], personas["senior-leader"], personas["peer"]]
    mock = plan.full_mock(panel, banks, count=7, role="nursing", seed=5)
    assert [t.persona.id for t in mock.turns] == [panel[i % 3].id for i in range(7)]
    assert all(p.name.split()[0] in mock.introduction for p in panel)


@pytest.mark.parametrize("count", [4, 9])
def test_full_mock_length_is_five_to_eight(personas: dict, banks: dict, count: int) -> None:
    with pytest.raises(SimulatorError, match="5 to 8"):
        plan.full_mock([personas["peer"]], banks, count=count)


def test_category_weights_steer_what_each_persona_asks(personas: dict, banks: dict) -> None:
    """Over many seeds, the technical lead asks technical questions more than twice as often as
    the recruiter (both get the role's slots), and the recruiter asks motivation questions far
    more than the technical lead."""

    def kinds(persona_id: str) -> Counter[str]:
        counter: Counter[str] = Counter()
        for seed in range(40):
            mock = plan.full_mock(
                [personas[persona_id]], banks, role="software-engineering", seed=seed
            )
            counter.update(t.question.kind for t in mock.turns)
        return counter

    lead, recruiter = kinds("technical-lead"), kinds("recruiter")
    assert lead["technical"] > 2 * max(1, recruiter["technical"])
    assert recruiter["motivation"] > 3 * max(1, lead["motivation"])


def test_after_the_warm_up_a_second_round_leans_to_harder_questions(
    personas: dict, banks: dict
) -> None:
    picked = [
        t.question.difficulty
        for seed in range(40)
        for t in plan.full_mock([personas["hiring-manager"]], banks, seed=seed).turns[1:]
    ]
    pool = [q.difficulty for name in ("behavioral", "culture") for q in banks[name].questions]
    assert sum(picked) / len(picked) > sum(pool) / len(pool) + 0.1


def test_a_role_always_gets_its_own_questions(personas: dict, banks: dict) -> None:
    for seed in range(10):
        mock = plan.full_mock([personas["peer"]], banks, role="nursing", seed=seed)
        assert sum(t.question.bank_id == "role-nursing" for t in mock.turns) >= 2


def test_unknown_role_lists_the_roles(personas: dict, banks: dict) -> None:
    with pytest.raises(UnknownNameError, match="nursing"):
        plan.full_mock([personas["peer"]], banks, role="astronaut")


def test_drill_on_a_competency_puts_the_weakest_first(personas: dict, banks: dict) -> None:
    scores = {
        "behavioral/conflict-peer": 90.0,
        "behavioral/conflict-manager": 20.0,
        "behavioral/conflict-credit": 50.0,
    }
    drill = plan.drill("conflict", personas["peer"], banks, scores=scores)
    ids = [t.question.id for t in drill.turns]
    assert all("conflict" in t.question.competencies for t in drill.turns)
    assert ids[0] == "behavioral/conflict-manager"
    # Never-scored questions sit at the median (50): after the weak one, before the strong one.
    assert ids[-1] == "behavioral/conflict-peer"
    assert ids.index("behavioral/conflict-credit") < ids.index("behavioral/conflict-stakeholder")


def test_drill_on_a_role_by_role_or_bank_id(personas: dict, banks: dict) -> None:
    by_role = plan.drill("sales", personas["hiring-manager"], banks, count=5)
    by_bank = plan.drill("role-sales", personas["hiring-manager"], banks, count=5)
    assert [t.question.bank_id for t in by_role.turns] == ["role-sales"] * 5
    assert [t.question.id for t in by_role.turns] == [t.question.id for t in by_bank.turns]


def test_drill_on_nothing_known_lists_competencies_and_roles(personas: dict, banks: dict) -> None:
    with pytest.raises(UnknownNameError) as caught:
        plan.drill("juggling", personas["peer"], banks)
    assert "conflict" in str(caught.value) and "nursing" in str(caught.value)


def test_your_questions_mode(personas: dict, banks: dict) -> None:
    leader = personas["senior-leader"]
    invited = plan.your_questions(leader, banks)
    (turn,) = invited.turns
    assert turn.kind == "your_questions" and turn.question.kind == "questions_to_ask"
    assert turn.spoken_text == leader.invitation
    chosen = plan.your_questions(leader, banks, invitation_id="about-strategy").turns[0]
    assert chosen.spoken_text == chosen.question.text


def test_presentation_mode(personas: dict, banks: dict) -> None:
    talk = plan.presentation(personas["senior-leader"], banks, exercise_id="case-new-market")
    (turn,) = talk.turns
    assert turn.kind == "presentation"
    assert turn.prepare_s == 300 and turn.slot_s == 300
    random_pick = plan.presentation(personas["peer"], banks, seed=3).turns[0]
    assert random_pick.question.bank_id == "exercise" and random_pick.slot_s > 0


def test_company_profile_is_woven_in(personas: dict, banks: dict, company: CompanyProfile) -> None:
    leader = personas["senior-leader"]
    mock = plan.full_mock([leader], banks, company=company, seed=2)
    assert "we opened our third distribution centre in October" in mock.introduction
    assert "FreshRoute" in mock.introduction
    value_turns = [t for t in mock.turns if t.question.id.startswith("company/value-")]
    assert len(value_turns) == 1
    assert "Harbour Lane Foods" in value_turns[0].spoken_text
    assert "Customers first" in value_turns[0].spoken_text or "Waste nothing" in (
        value_turns[0].spoken_text
    )
    assert "{" not in mock.introduction  # every placeholder filled


def test_company_value_connections(company: CompanyProfile) -> None:
    answer = (
        "I redesigned the packing line so we could reuse crates, and our customers got "
        "their orders a day sooner."
    )
    names = [c.value.name for c in company.connections(answer)]
    assert names == ["Customers first", "Waste nothing"]
    assert company.connections("I wrote a report.") == []
    assert "Customers first" in company.connections(answer)[0].note


def test_a_value_named_with_a_short_word_is_heard_in_its_longer_forms() -> None:
    """A value written without cues ("Own the outcome", from the form) is found through its
    three-letter word: a non-native answer saying "I have taken the ownership" speaks to it."""
    from simulator.interview.company import CompanyValue, cues_from_name

    cues = cues_from_name("Own the outcome")
    # Its whole name and its own words first, then their related words; "outcome" alone ends
    # any story, so it is no cue by itself (breaker14 B5).
    assert cues[:2] == ("own the outcome", "own") and "outcome" not in cues
    value = CompanyValue("Own the outcome", "", cues)
    profile = CompanyProfile("Brightwell", (value,), (), (), "", ())
    found = profile.connections("When the release was late I have taken the ownership of it.")
    assert [(c.value.name, c.cue) for c in found] == [("Own the outcome", "own")]
    assert cues_from_name("Not for us, but can do") == ()


def test_first_round_notes_steer_the_plan(tmp_path: Path, personas: dict, banks: dict) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(FIRST_ROUND)
    notes = load_first_round(path)
    assert notes.asked_question_ids(banks) == {"behavioral/conflict-peer", "culture/why-this-role"}
    assert notes.weak_competencies(banks) == {"conflict", "teamwork", "leadership", "influence"}

    manager = personas["hiring-manager"]
    weak_share, plain_share = 0, 0
    for seed in range(30):
        pressed = plan.full_mock([manager], banks, first_round=notes, seed=seed)
        plain = plan.full_mock([manager], banks, seed=seed)
        assert not {t.question.id for t in pressed.turns} & {
            "behavioral/conflict-peer",
            "culture/why-this-role",
        }
        weak_share += sum(t.pressed for t in pressed.turns)
        plain_share += sum(
            bool({"conflict", "teamwork", "leadership", "influence"} & set(t.question.competencies))
            for t in plain.turns
        )
        for turn in pressed.turns:
            if turn.pressed and turn.question.asked_before is None:
                assert turn.follow_ups[: len(manager.harder_probes)] == manager.harder_probes
            elif turn.pressed:
                # The question asked again presses first on what round one doubted (how it
                # ended: the outcome, then a number), then as any doubted area.
                doubt = (manager.probes["no_result"][0], manager.probes["no_metrics"][0])
                assert turn.follow_ups[:2] == doubt
                assert turn.follow_ups[2 : 2 + len(manager.harder_probes)] == (
                    manager.harder_probes
                )
    assert weak_share > 1.3 * plain_share


def test_broken_company_and_notes_files_are_one_line_errors(tmp_path: Path) -> None:
    company = tmp_path / "company.toml"
    company.write_text('name = "X"\n\n[[values]]\nname = "Care"\ncolour = "blue"\n')
    with pytest.raises(DataFileError) as caught:
        load_company(company)
    assert str(caught.value).startswith(f"{company}:5: values[0].colour: unknown key")
    notes = tmp_path / "notes.toml"
    notes.write_text('[[asked]]\nquestion = "Why us?"\nweak = "yes"\n')
    with pytest.raises(DataFileError, match=r"notes.toml:3: asked\[0\].weak: must be true"):
        load_first_round(notes)


def test_a_drill_targets_the_weakest_competency_and_new_ground_first() -> None:
    behavioral = load_banks().items["behavioral"]
    competencies = [c for q in behavioral.questions for c in q.competencies]
    first = competencies[0]
    # Nothing answered yet: the bank's first competency.
    assert plan.weakest_target(behavioral, {}) == first
    # Every competency answered well except one: that one.
    weak = next(c for c in competencies if c != first)
    scores = {q.id: (20.0 if weak in q.competencies else 90.0) for q in behavioral.questions}
    assert plan.weakest_target(behavioral, scores) == weak
    drilled = plan.drill(
        weak, next(iter(load_personas().items.values())), load_banks().items, scores=scores, count=3
    )
    assert all(weak in turn.question.competencies for turn in drilled.turns)


def test_a_role_bank_drills_its_role() -> None:
    role_bank = next(b for b in load_banks().items.values() if b.kind == "role")
    assert plan.weakest_target(role_bank, {}) == role_bank.role


def test_the_introduction_fits_the_mode_and_says_second_round_only_with_notes(
    tmp_path: Path, personas: dict, banks: dict
) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(FIRST_ROUND)
    notes = load_first_round(path)
    manager = personas["hiring-manager"]
    first_time = plan.full_mock([manager], banks, count=5, seed=3)
    again = plan.full_mock([manager], banks, count=5, first_round=notes, seed=3)
    floor = plan.your_questions(manager, banks)
    talk = plan.presentation(manager, banks, seed=3)

    assert "second round" not in first_time.introduction
    assert "Thanks for coming back for the second round." in again.introduction
    assert again.introduce(manager, None) == again.introduction
    assert "stories beat theory" in first_time.introduction
    for plan_ in (floor, talk):
        assert plan_.introduction == "Hi, I'm Maya, and this role would report to me."
        assert plan_.introduce(manager, None) == plan_.introduction


@pytest.mark.parametrize("mode", ["full", "drill"])
def test_a_count_of_zero_is_refused_not_read_as_the_default(
    personas: dict, banks: dict, mode: str
) -> None:
    """`practice --no-tui --mode full --count 0` ran a six-question mock without a word."""
    with pytest.raises(SimulatorError, match="1 or more, not 0"):
        plan.build(mode, [personas["peer"]], banks, count=0, target="conflict")


def test_a_panel_names_each_interviewer_once_and_three_at_most(
    personas: dict, banks: dict
) -> None:
    """`plan full --persona peer` four times: Sam introduced himself four times to a panel of one
    person; the room's picker holds a panel to three different interviewers."""
    with pytest.raises(SimulatorError, match="'peer' is named twice"):
        plan.build("full", [personas["peer"]] * 4, banks)
    four = [personas[p] for p in ("peer", "recruiter", "senior-leader", "hiring-manager")]
    with pytest.raises(SimulatorError, match="3 interviewers at most, not 4"):
        plan.build("full", four, banks)
