"""The speaker's own share of a team's work, named and then listed as steps ("my part was to
pair with..., write... and answer..."), tells what the speaker did (breaker14 B10): the steps
count as actions of their own, and with no account of doing them after it and the outcome
next, the clause is the Action, not the Task. When a later sentence tells the doing ("So I
booked..."), the clause stays the Task. Each answer is a new one of our own."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.answer import NO_OWN_ACTION_WHY, OWN_ACTIONS_TIP
from simulator.interview.personas import load_personas
from simulator.speech.stt import Transcript

Q = "Describe a project where you worked with people from very different disciplines."

# A "we" story that names the speaker's own piece in so many words.
OWN_PIECE = (
    "When the county library moved its stock to the new building, the doors had to open again "
    "after one bank holiday weekend. We planned it with the removal firm for a month, and my own "
    "piece was to number every shelf, check each crate against the catalogue on the Saturday, "
    "and keep a list of what went missing. On the Tuesday the doors opened on time and not one "
    "book was lost."
)
# Non-native: the share named after what the manager did, then straight to the outcome.
SHARE_THEN_OUTCOME = (
    "Two years ago our pharmacy changed to a new ordering system and the older staff were "
    "afraid of it. The owner chose the system, and my part was to sit with every colleague for "
    "one shift, write a short guide in Polish and English and test the first orders with them. "
    "After six weeks nobody used the paper book, and the wrong deliveries went from ten a month "
    "to two."
)
# The same share, and then a sentence that tells the doing.
SHARE_THEN_DOING = (
    "Two years ago our pharmacy changed to a new ordering system and the older staff were "
    "afraid of it. The owner chose the system, and my part was to sit with every colleague for "
    "one shift and write a short guide. So I booked one shift with each of the seven, I sat "
    "beside them at the computer, and I wrote the guide from the questions they asked me. After "
    "six weeks nobody used the paper book, and the wrong deliveries went from ten a month to two."
)


def _analyse(text: str) -> AnswerAnalysis:
    manager = load_personas().items["hiring-manager"]
    return analyze_answer(Transcript.from_text(text), question=Q, audience=manager.audience)


def test_steps_listed_after_my_own_piece_are_own_actions() -> None:
    analysis = _analyse(OWN_PIECE)
    assert analysis.star.parts["A"].present, analysis.star.segments
    assert any(s.label == "A" and "my own piece was to number every shelf" in s.text
               for s in analysis.star.segments)
    owned = [reason for reason in analysis.points_why if reason.part == "ownership"]
    assert not owned, owned  # three steps listed: no ownership point lost
    assert not any(NO_OWN_ACTION_WHY in reason.why for reason in analysis.points_why)
    assert OWN_ACTIONS_TIP not in analysis.tips
    assert analysis.audience_fit is not None
    assert "Ownership" in analysis.audience_fit.spoken_to


def test_a_share_listed_as_steps_with_the_outcome_next_is_the_action() -> None:
    analysis = _analyse(SHARE_THEN_OUTCOME)
    assert analysis.star.parts["A"].present, analysis.star.segments
    assert "no_action" not in analysis.flaw_codes
    (action,) = [s for s in analysis.star.segments if s.label == "A"]
    assert action.text.startswith("and my part was to sit with every colleague")
    assert not any(s.label == "T" and "The owner chose" in s.text
                   for s in analysis.star.segments)
    assert analysis.score >= 80


def test_a_share_whose_doing_is_told_after_it_stays_the_task() -> None:
    analysis = _analyse(SHARE_THEN_DOING)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert any(s.label == "T" and "my part was to sit with every colleague" in s.text
               for s in analysis.star.segments)
    assert any(s.label == "A" and s.text.startswith("So I booked one shift")
               for s in analysis.star.segments)
