"""A speaker who says in so many words that the work was not theirs ("most of it had been
arranged before I joined", "it all just happened around me", "I was on leave for most of that
fortnight, and my deputy and the two clerks did it") and then tells only a look-on of their own
("I signed the delivery notes when they came in", "I read their summary when I got back") tells
no Action: "Action missing" is said, and the others' deeds are not read as the speaker's (held16:
a switchover finished by a predecessor, a submission made while the speaker was seconded). The
same story with the speaker's own steps set against the others' keeps its Action, and so does a
"we" story where the speaker's team does the work. Each answer is a new one of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

Q = "Tell me about a time you delivered a big change on a tight deadline."

SCENE = (
    "When I started as practice manager at a dental surgery in Hull, the move to the new "
    "building was two weeks away and the lease on the old one ran out on the thirtieth. "
)
TASK = "Getting the surgery open in the new building on the first of May was my responsibility. "
BEFORE = (
    "Honestly, most of it had been arranged before I joined. The partners had booked the "
    "movers, the IT firm wired the surgeries, and the nurses packed their own rooms. I signed "
    "the delivery notes when they came in. "
)
AROUND = (
    "To be fair, it all just happened around me. The partners had booked the movers, the IT "
    "firm wired the surgeries, and the nurses packed their own rooms. "
)
AWAY = (
    "The truth is, I was on leave for most of that fortnight. My deputy and the two reception "
    "clerks did it: they moved the patient files, rebooked the first week and set up the new "
    "phones. I read their summary when I got back. "
)
OWN = (
    "Most of it had been arranged before I joined, but I rang every patient booked for the "
    "first week, moved the rota so two surgeries stayed open in the old building, and ran a "
    "fire drill on the first morning. "
)
WE = (
    "The movers did the heavy lifting. We packed every surgery the night before, we labelled "
    "the boxes by room, and we set up the chairs ourselves on the Sunday. "
)
OTHERS_SORTED_IT = (
    "To be honest the partners and the IT firm sorted it out, they booked the movers and wired "
    "the surgeries over a weekend. I just kept the front desk going as usual. "
)
OTHERS_DID_EVERYTHING = (
    "The nurses did really everything. They packed their own rooms, labelled the boxes and "
    "set up the chairs on the Sunday, and I did the welcome speech on the Monday. "
)
OWN_CALL_THEN_OTHERS = (
    "I rang the removal firm the same evening and asked for a second van. The movers came out "
    "on the Saturday and fixed it, they had everything across by the Sunday night. "
)
ENDING = "We opened on the first of May and not one appointment was cancelled."


def _judged(text: str) -> tuple[dict[str, bool], tuple[str, ...]]:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    return {p: analysis.star.parts[p].present for p in "STAR"}, analysis.flaw_codes


def test_work_done_before_the_speaker_arrived_is_no_own_action() -> None:
    parts, flaws = _judged(SCENE + TASK + BEFORE + ENDING)
    assert not parts["A"], parts
    assert "no_action" in flaws
    assert parts["R"], parts


def test_work_that_happened_around_the_speaker_is_no_own_action() -> None:
    parts, flaws = _judged(SCENE + TASK + AROUND + ENDING)
    assert not parts["A"], parts
    assert "no_action" in flaws


def test_work_done_while_the_speaker_was_away_is_no_own_action() -> None:
    parts, flaws = _judged(SCENE + TASK + AWAY + ENDING)
    assert not parts["A"], parts
    assert "no_action" in flaws


def test_own_steps_set_against_the_others_keep_the_action() -> None:
    parts, flaws = _judged(SCENE + TASK + OWN + ENDING)
    assert all(parts.values()), parts
    assert "no_action" not in flaws


def test_a_we_story_after_the_others_heavy_lifting_keeps_the_action() -> None:
    parts, flaws = _judged(SCENE + TASK + WE + ENDING)
    assert parts["A"], parts
    assert "no_action" not in flaws


def test_others_who_sorted_it_out_after_an_admission_tell_no_own_action() -> None:
    parts, flaws = _judged(SCENE + TASK + OTHERS_SORTED_IT + ENDING)
    assert not parts["A"], parts
    assert "no_action" in flaws


def test_others_who_did_really_everything_tell_no_own_action() -> None:
    parts, flaws = _judged(SCENE + TASK + OTHERS_DID_EVERYTHING + ENDING)
    assert not parts["A"], parts
    assert "no_action" in flaws


def test_an_own_call_before_the_others_fixed_it_keeps_the_action() -> None:
    parts, flaws = _judged(SCENE + TASK + OWN_CALL_THEN_OTHERS + ENDING)
    assert parts["A"], parts
    assert "no_action" not in flaws
