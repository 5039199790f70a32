"""A persona's theme is heard in the answer's own words, not only in its cue words. The peer's
"Handling disagreement" asks for the other view and how it was settled: an answer that tells
both without the word "disagreed" ("he wanted ... I proposed a mixed rota", "she believed ...
we found a middle ground") speaks to it, and one that only says there was a clash does not.
The other personas' themes, audited for the same fault, hear the usual other wordings."""

from __future__ import annotations

import pytest

from simulator.analysis.theme_words import told_in_other_words
from simulator.interview.banks import find_question
from simulator.interview.personas import get_persona
from tests.support.audience import audience_fit

QUESTION = find_question("behavioral/conflict-peer")

# A Polish warehouse lead, short sentences, no "disagree" anywhere.
ROTA = (
    "In Poznan depot me and Tomasz, the other shift lead, we kept clashing about the weekend. "
    "Tomasz wanted fixed crews because new pickers learn faster with same people. I was "
    "responsible for the Saturday pick rate. I showed him six weeks of overtime and I proposed "
    "a mixed rota, four fixed pickers and two floating. After one month overtime dropped by a "
    "quarter and he presented the rota to our manager himself."
)
# A nurse, run-on, reported speech, the settlement told as a middle ground.
HANDOVER = (
    "so on the ward my charge nurse she strongly believed handovers should be at the bedside "
    "and honestly I found it slow because the night staff were leaving late every single day "
    "and it was on me to get the rota to work, so I sat with her after a shift and we went "
    "through a week of finish times and we found a middle ground where the bedside part is "
    "only for the sick patients and the rest is at the desk, and the late finishes stopped "
    "within two weeks"
)
# Says there was a clash, never the other side nor how it ended.
CLASH_ONLY = (
    "I disagreed with a colleague about the weekend shifts. I pushed back a lot in the "
    "meetings. I organised the shifts for the team and the weekend got covered in the end "
    "and the planner used my version for the next quarter."
)


def _fit(text: str, persona: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return audience_fit(text, QUESTION, persona)


@pytest.mark.parametrize("text", [ROTA, HANDOVER])
def test_the_other_view_and_the_settlement_in_other_words_speak_to_disagreement(
    text: str,
) -> None:
    spoken, missed = _fit(text, "peer")
    assert "Handling disagreement" in spoken and "Handling disagreement" not in missed


def test_naming_the_clash_alone_does_not() -> None:
    spoken, missed = _fit(CLASH_ONLY, "peer")
    assert "Handling disagreement" in missed and "Handling disagreement" not in spoken


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Then wanted to go home. We agreed.", False),  # "Then" is not a person
        ("We wanted a week more; we agreed on Friday.", False),  # the speaker's own view
        ("The client wanted it signed; we met halfway on the price.", True),
        ("Our supplier kept saying the lorries were full, so I suggested a trial run.", True),
    ],
)
def test_someone_is_another_person_never_the_speaker(text: str, shown: bool) -> None:
    theme = next(t for t in get_persona("peer").themes if t.id == "disagreement")
    assert told_in_other_words(theme.shown_by, text) is shown


@pytest.mark.parametrize(
    ("persona", "label", "text"),
    [
        # A technical lead's trade-off, told as the road not taken.
        ("technical-lead", "Trade-offs",
         "We went with a nightly batch rather than live sync, because the vendor API throttled."),
        # How it was known to work: a check, not a "test".
        ("technical-lead", "Checking it works",
         "After the change I checked the error count on the dashboard every morning."),
        # What could go wrong, in plain words.
        ("technical-lead", "Risk",
         "If the new scanner failed we had the old handhelds as a backup on the shelf."),
        # Where the organisation was heading.
        ("senior-leader", "Strategic view",
         "It mattered for the bigger picture: the expansion into Scotland next spring."),
    ],
)
def test_other_themes_hear_common_other_wordings(persona: str, label: str, text: str) -> None:
    spoken, missed = _fit(text, persona)
    assert label in spoken and label not in missed, (spoken, missed)


@pytest.mark.parametrize(
    ("persona", "label", "text"),
    [
        # breaker9 D7: the people worked with, named by how many and what they do.
        ("peer", "Collaboration",
         "I sat down with the three most senior pickers and we moved the fast lines to aisle one."),
        ("peer", "Collaboration",
         "Before the audit I spoke to them one evening and we split the shelves between us."),
        ("hiring-manager", "Fit with the team",
         "i spoke to her after the shift and we changed the handover sheet the next week"),
        ("hiring-manager", "Fit with the team",
         "Tested it with 4 small bakeries for a month, changed the form with their feedback."),
    ],
)
def test_the_people_worked_with_are_heard_in_any_number_and_trade(
    persona: str, label: str, text: str
) -> None:
    spoken, missed = _fit(text, persona)
    assert label in spoken and label not in missed, (spoken, missed)


def test_a_story_told_alone_is_no_collaboration() -> None:
    spoken, missed = _fit(
        "The night report failed every Monday. I rewrote the export script on my own, ran it "
        "every night for a month, and the Monday failures stopped.", "peer")
    assert "Collaboration" in missed and "Collaboration" not in spoken
