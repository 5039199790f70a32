"""Cue words are heard in their forms, not by their first five letters: "We care" is no link to
"career" and "shipped" no shipper, while "customers" still hears "customer", "reduced" hears
"reduction" and "Own the outcome" hears "ownership" (new-user report 5, item 8; closing note 5,
"Noticed and left alone")."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.word_forms import has_phrase, same_word
from simulator.interview.company import load_company
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

HOLD = [
    ("customer", "customers"), ("customers", "customer"), ("reduction", "reduced"),
    ("reducing", "reduce"), ("priorities", "priority"), ("prioritised", "priority"),
    ("ownership", "own"), ("owned", "own"), ("savings", "saved"), ("shipment", "shipped"),
    ("shipping", "ship"), ("delivery", "delivered"), ("measurement", "measured"),
    ("caring", "care"), ("cared", "care"), ("safety", "safe"), ("strategic", "strategy"),
    ("percentage", "percent"), ("processes", "process"), ("marketing", "market"),
]
FALSE = [
    ("career", "care"), ("cars", "care"), ("carer", "care"), ("shippers", "shipped"),
    ("busy", "business"), ("written", "write-off"), ("before", "be"), ("owner", "own"),
]


@pytest.mark.parametrize(("word", "cue"), HOLD)
def test_the_forms_of_a_cue_word_are_heard(word: str, cue: str) -> None:
    assert same_word(word, cue)


@pytest.mark.parametrize(("word", "cue"), FALSE)
def test_a_word_that_only_begins_like_a_cue_is_not_it(word: str, cue: str) -> None:
    assert not same_word(word, cue)


def test_a_phrase_is_heard_word_by_word_in_order() -> None:
    assert has_phrase("we kept cutting waste every week", "cut waste")
    assert has_phrase("the long-term plan", "long term")
    assert not has_phrase("waste was cut", "cut waste")
    assert not has_phrase("my next career step", "we care")


@pytest.fixture
def we_care(tmp_path: Path) -> Path:
    path = tmp_path / "harbourside.toml"
    path.write_text(
        'name = "Harbourside Care Homes"\n'
        "[[values]]\n"
        'name = "We care"\n'
        "[[values]]\n"
        'name = "Own the outcome"\n'
    )
    return path


# A care assistant in a second language, on why she applies: her career, not caring.
CAREER = (
    "For my career the next step is a bigger home, and I read you are opening two new homes "
    "in Bristol. My career started in a small home in Porto."
)
# The same applicant, a story of looking after a resident, and of owning a mistake.
CARED = (
    "Last spring I cared for a resident after her fall, I checked on her every hour at night. "
    "When I gave a wrong dose once I told the nurse at once and took ownership of it."
)


def test_we_care_is_not_linked_to_a_career_but_to_caring(we_care: Path) -> None:
    profile = load_company(we_care)
    names = [v.name for v in profile.values]
    assert profile.connections(CAREER) == []
    assert [c.value.name for c in profile.connections(CARED)] == ["We care", "Own the outcome"]

    def hit(text: str) -> tuple[str, ...]:
        found = analyze_answer(Transcript.from_text(text), question_kind="behavioral",
                               company_values=names)
        return found.company_values_hit

    assert hit(CAREER) == ()
    assert hit(CARED) == ("We care",)  # by its name alone ("outcome" is not said)
    facts = profile.fact_check(CAREER)
    assert "We care" not in {f.text for f in facts.used}


def test_a_theme_cue_is_heard_in_its_forms() -> None:
    """The senior leader's direction theme hears "prioritised" for its cue "priority"."""
    leader = get_persona("senior-leader")
    text = (
        "In 2023 our depot lost two contracts. I prioritised the three biggest shippers for "
        "the next quarter and we kept all three."
    )
    found = analyze_answer(Transcript.from_text(text), question_kind="behavioral",
                           audience=leader.audience)
    assert found.audience_fit is not None
    direction = next(t for t in leader.themes if "priority" in t.cues)
    assert direction.label in found.audience_fit.spoken_to
