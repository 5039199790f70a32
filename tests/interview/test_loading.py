"""The built-in content meets the spec, user copies override it, and broken files are reported
with file, line and key while everything else still loads. Real files in tmp dirs."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from simulator import locations
from simulator.errors import DataFileError, UnknownNameError
from simulator.interview.banks import find_question, get_bank, load_banks
from simulator.interview.personas import DEFAULT_PERSONA, get_persona, load_personas

BUILTIN_PERSONAS = locations.builtin_data_dir("personas")
BUILTIN_BANKS = locations.builtin_data_dir("question_banks")


def test_builtin_content_loads_without_errors() -> None:
    personas, banks = load_personas(), load_banks()
    assert personas.errors == [] and banks.errors == []
    assert DEFAULT_PERSONA in personas.items


def test_core_personas_have_the_exact_role_labels() -> None:
    labels = {p.id: p.role_label for p in load_personas().items.values()}
    assert labels["hiring-manager"] == "Hiring manager"
    assert labels["senior-leader"] == "Senior leader"
    assert labels["peer"] == "Peer"
    assert get_persona("senior-leader").target_scale < 1.0  # wants brevity


def test_every_persona_has_a_follow_up_for_every_flaw_and_a_reply_for_every_topic() -> None:
    from simulator.analysis.audience import ANSWER_TOPICS, FLAW_CODES

    for persona in load_personas().items.values():
        assert set(persona.probes) == set(FLAW_CODES), persona.id
        assert set(persona.answers) == set(ANSWER_TOPICS), persona.id
        assert persona.harder_probes, persona.id


def test_banks_meet_the_content_targets() -> None:
    banks = load_banks().items
    behavioral = banks["behavioral"]
    assert len(behavioral.questions) >= 60
    assert all(q.competencies for q in behavioral.questions)
    tagged = Counter(c for q in behavioral.questions for c in q.competencies)
    for competency in (
        "conflict",
        "pressure",
        "leadership",
        "failure",
        "teamwork",
        "initiative",
        "customer-focus",
        "change",
        "ethics",
        "influence",
    ):
        assert tagged[competency] >= 4, competency

    roles = [b for b in banks.values() if b.kind == "role"]
    assert len(roles) >= 6
    for bank in roles:
        assert bank.role and len(bank.questions) >= 15, bank.id
        assert {q.kind for q in bank.questions} == {"behavioral", "technical", "situational"}
        assert all(q.target_s[0] < q.target_s[1] for q in bank.questions)

    culture = [q for b in banks.values() if b.kind == "culture" for q in b.questions]
    assert len(culture) >= 20
    assert any(b.kind == "questions-to-ask" for b in banks.values())
    exercises = [q for b in banks.values() if b.kind == "exercise" for q in b.questions]
    assert exercises and all(q.prepare_s > 0 and q.kind == "presentation" for q in exercises)


def test_every_question_says_what_a_strong_answer_covers_and_how_to_follow_up() -> None:
    for bank in load_banks().items.values():
        for question in bank.questions:
            assert question.talking_points and question.follow_ups, question.id


def test_question_text_is_unique_across_banks() -> None:
    texts = Counter(q.text for b in load_banks().items.values() for q in b.questions)
    assert [t for t, n in texts.items() if n > 1] == []


def test_find_question_by_qualified_and_short_id() -> None:
    question = find_question("behavioral/conflict-peer")
    assert question.bank_id == "behavioral" and question.short_id == "conflict-peer"
    assert find_question("conflict-peer") == question
    with pytest.raises(UnknownNameError, match="nothing-like-this"):
        find_question("nothing-like-this")


def test_unknown_names_list_the_choices() -> None:
    with pytest.raises(UnknownNameError) as caught:
        get_persona("nobody")
    assert "hiring-manager" in str(caught.value) and "peer" in str(caught.value)
    with pytest.raises(UnknownNameError, match="behavioral"):
        get_bank("nope")


def test_a_user_copy_overrides_the_builtin(private_home: Path) -> None:
    user_dir = locations.user_personas_dir()
    user_dir.mkdir(parents=True)
    text = (BUILTIN_PERSONAS / "peer.toml").read_text()
    (user_dir / "my-peer.toml").write_text(text.replace('name = "Sam Rivera"', 'name = "Alex"'))
    assert get_persona("peer").name == "Alex"
    assert get_persona("peer").source.parent == user_dir


def test_a_broken_user_file_is_reported_and_the_rest_still_loads(private_home: Path) -> None:
    user_dir = locations.user_banks_dir()
    user_dir.mkdir(parents=True)
    (user_dir / "mine.toml").write_text('id = "mine"\ntitle = "Mine"\nkind = "behavioural"\n')
    catalog = load_banks()
    assert "behavioral" in catalog.items and "mine" not in catalog.items
    assert [str(e) for e in catalog.errors] == [
        f"{user_dir / 'mine.toml'}:3: kind: 'behavioural' is not one of: behavioral, role, "
        "culture, questions-to-ask, exercise",
        f"{user_dir / 'mine.toml'}: questions: missing",
    ]


def test_a_broken_user_copy_keeps_the_builtin(private_home: Path) -> None:
    user_dir = locations.user_personas_dir()
    user_dir.mkdir(parents=True)
    (user_dir / "peer.toml").write_text('id = "peer"\nname = "Broken\n')
    catalog = load_personas()
    assert catalog.items["peer"].name == "Sam Rivera"
    assert len(catalog.errors) == 1 and catalog.errors[0].line == 2


@pytest.mark.parametrize(
    ("closing", "problem"),
    [
        ("Bye from {company:d}.", "unknown placeholder {company:d}"),
        ("Bye from {company!x}.", "unknown placeholder {company!x}"),
        ("Bye from {company:>30000000000}.", "names only, no format specs"),
        ("Bye from {company.__class__}.", "unknown placeholder {company.__class__}"),
        ("Bye from {ceo}.", "unknown placeholder {ceo}"),
        ("Bye {", "bad {placeholder}: a lone '{'"),
        ("Bye }", "bad {placeholder}: a lone '}'"),
    ],
)
def test_placeholders_are_checked_when_loading(
    private_home: Path, closing: str, problem: str
) -> None:
    user_dir = locations.user_personas_dir()
    user_dir.mkdir(parents=True)
    text = (BUILTIN_PERSONAS / "peer.toml").read_text()
    start = text.index("closing = ")
    end = text.index("\n", start)
    (user_dir / "peer.toml").write_text(f"{text[:start]}closing = {closing!r}{text[end:]}")
    (error,) = load_personas().errors
    assert error.key == "closing" and problem in error.message


def test_unreadable_and_binary_files_are_errors_not_crashes(private_home: Path) -> None:
    user_dir = locations.user_banks_dir()
    user_dir.mkdir(parents=True)
    (user_dir / "binary.toml").write_bytes(b"id = 1\n\xff\xfe\x00garbage")
    (user_dir / "folder.toml").mkdir()  # a directory named like a bank: named, not read
    errors = sorted(load_banks().errors, key=str)
    assert len(errors) == 2 and all(isinstance(error, DataFileError) for error in errors)
    assert "not UTF-8" in str(errors[0]) and errors[0].line == 2
    assert str(errors[1]).endswith("folder.toml: is a folder, not a file; not read")


def test_rephrase_gives_the_same_question_in_each_persona_style() -> None:
    question = find_question("behavioral/pressure-deadline")
    spoken = {p.id: p.rephrase(question) for p in load_personas().items.values()}
    # Each ends with the question (in lower case after a lead-in that runs on: "So, tell").
    assert all(text.endswith(question.text[1:]) for text in spoken.values())
    assert len(set(spoken.values())) >= 3  # lead-ins differ
    leader = get_persona("senior-leader")
    assert spoken["senior-leader"].removesuffix(question.text).strip() in leader.transitions
    assert leader.rephrase(question) == spoken["senior-leader"]  # stable for replays


def test_personas_can_be_set_members_and_dict_keys() -> None:
    """The UI keeps personas in sets and as keys; loaded twice, the same persona is one key."""
    assert len({get_persona("peer"), get_persona("peer"), get_persona("senior-leader")}) == 2


def test_switching_persona_changes_voice_and_feedback_focus() -> None:
    manager, leader = get_persona("hiring-manager"), get_persona("senior-leader")
    assert manager.voice != leader.voice
    manager_themes = {t.id for t in manager.audience.themes}
    leader_themes = {t.id for t in leader.audience.themes}
    assert "business-impact" in leader_themes and "business-impact" not in manager_themes
