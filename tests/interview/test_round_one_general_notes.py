"""Round one's general notes (the notes file's `[[feedback]]`: "Senior leader wanted the
headline first, answers rambled.") are kept with the session and checked against today's
answers: the summary says, for each thing a note doubts, which answers met it and which left it
open. Before, such a note steered nothing the user could see and was never checked (breaker16
D17)."""

from __future__ import annotations

from pathlib import Path

from simulator.analysis.doubts import doubts_in
from simulator.config import Settings
from simulator.interview import plan
from simulator.interview.banks import load_banks
from simulator.interview.first_round import load_first_round
from simulator.interview.personas import load_personas
from simulator.interview.runner import Interview
from simulator.interview.sequence import PlannedSession
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import question_places, round_one_notes_now, views

NOTES = """\
[[feedback]]
note = "The panel wanted the bottom line up front, and my stories wandered."
competencies = ["results"]
"""

# A council's route planner: the same story told result first, then told in order.
RESULT_FIRST = (
    "We cut the missed bin collections on the east side from about forty a week to six, within "
    "two months. I was the route planner at a district council in Kent, and the crews kept "
    "skipping the same narrow streets because the big lorries could not turn in them. Fixing "
    "the routes was my job. I walked the worst twelve streets with the crew leader, I moved "
    "those streets to the small lorry on Tuesdays, and I rewrote the route sheets so the "
    "skipped streets came first."
)
IN_ORDER = (
    "I was the route planner at a district council in Kent, and the crews kept skipping the "
    "same narrow streets on the east side because the big lorries could not turn in them. "
    "Fixing the routes was my job. I walked the worst twelve streets with the crew leader, I "
    "moved those streets to the small lorry on Tuesdays, and I rewrote the route sheets so the "
    "skipped streets came first. Within two months the missed collections went from about "
    "forty a week to six."
)
OTHER = "I like a team that says what it thinks, and a manager who trusts us with the detail."


def test_a_note_that_wants_the_headline_first_names_that_doubt() -> None:
    assert [d.key for d in doubts_in("Senior leader wanted the headline first, answers "
                                     "rambled.")] == ["headline", "brief"]
    # "the result first" asks for the order, not for how the story ended.
    assert [d.key for d in doubts_in("They wanted the result first.")] == ["headline"]
    assert [d.key for d in doubts_in("Never said how it ended.")] == ["result"]


def test_the_summary_says_which_stories_met_round_ones_general_note(tmp_path: Path) -> None:
    path = tmp_path / "round1.toml"
    path.write_text(NOTES, encoding="utf-8")
    leader = load_personas().items["senior-leader"]
    built = plan.full_mock([leader], load_banks().items, count=5,
                           first_round=load_first_round(path), seed=2)
    interview = Interview(persona=leader, mode="full", store=SessionStore(),
                          settings=Settings(), speak=False)
    session = PlannedSession(built, interview, follow_ups=False)
    stories: list[int] = []
    while (asked := session.ask_next(lambda event: None)) is not None:
        if asked.question.kind == "behavioral":
            text = RESULT_FIRST if not stories else IN_ORDER
            stories.append(interview.answer_by_text(asked, text, lambda event: None).number)
        else:
            interview.answer_by_text(asked, OTHER, lambda event: None)
    assert len(stories) >= 2, "the plan needs two stories"
    record = SessionStore().load(session.finish().id)
    assert [n.note for n in record.round_one_notes] == [
        "The panel wanted the bottom line up front, and my stories wandered."]
    answers = views(record)
    place = question_places(answers)
    (note,) = round_one_notes_now(record.round_one_notes, answers)
    headline, brief = note.verdicts
    first, rest = place[stories[0]], [place[n] for n in stories[1:]]
    assert headline.startswith(f"the headline first: met in answer {first} "
                               "(\u201cWe cut the missed bin collections"), headline
    assert f"still open in answer{'s' if len(rest) > 1 else ''} {', '.join(rest)}" in headline
    assert "opened on \u201cI was the route planner" in headline, headline
    assert brief.startswith("keeping it short: met in answers"), brief
    # The export says the same.
    exported = render_markdown(record, lambda name: None)
    assert "## Round one's notes, checked today" in exported
    assert "the headline first: met in answer" in exported
