"""The score separates a good answer from a weak one for what the answer is, not for a line it
crosses by a few words or for how its question was worded (issue 13: ROC AUC of the score, good
all-four answers against weak ones, bench/analysis_accuracy.py)."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.questions import classify_question
from simulator.speech.stt import Transcript

Q = "Tell me about a time you fixed something under time pressure."

# Terse notes of a whole story, 52 words: a little under the too-short line (60 words).
TERSE_COMPLETE = (
    "Bakery, Saturday 5 a.m., big oven not heating, forty wedding orders for ten o'clock. "
    "Owner abroad, so fixing it was on me. Checked the fuse, found the igniter dead, rang the "
    "supplier, got a spare by taxi, fitted it with him on phone. Oven hot by seven, every order "
    "out on time."
)
# Run-on speech, no punctuation, the same length.
RUN_ON_COMPLETE = (
    "so basically the till system went down on black friday and i was the shift lead so it was "
    "my call and i got everyone on cash only and i ran to the bank for change and we kept going "
    "and the system came back at two and we lost no sales"
)
# Non-native, 18 words: says almost nothing.
BARELY_AN_ANSWER = (
    "In my last job the forklift was broken and I called the repair man. Now it is working."
)


@pytest.mark.parametrize("text", [TERSE_COMPLETE, RUN_ON_COMPLETE], ids=["terse", "run-on"])
def test_a_whole_story_a_little_short_loses_a_little(text: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    # Still told it is short, in the length tip: a story with all four parts is not flagged
    # too short above 30 words (flaws.WHOLE_STORY_SHORT_FACTOR)...
    assert "too_short" not in analysis.flaw_codes
    assert any("against a 60–120 s target" in tip for tip in analysis.tips)
    assert not {"no_situation", "no_action", "no_result"} & set(analysis.flaw_codes)
    # ...but 8 words under the line do not cost the flaw's whole 25 points (they cost 25 and
    # more delivery points before, and the story scored 53-56, under most weak answers).
    assert analysis.score_parts.delivery < 15
    assert analysis.score >= 70


def test_an_answer_far_too_short_pays_in_full() -> None:
    analysis = analyze_answer(Transcript.from_text(BARELY_AN_ANSWER), question=Q)
    assert "too_short" in analysis.flaw_codes
    assert analysis.score_parts.delivery >= 25
    terse = analyze_answer(Transcript.from_text(TERSE_COMPLETE), question=Q)
    assert terse.score - analysis.score >= 25


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about your biggest strength and give an example.",
        "What is a weakness of yours? Give one example.",
        "What would you say is your proudest achievement?",
        "What's the project you're most proud of?",
    ],
)
def test_a_question_that_asks_for_an_example_wants_a_story(question: str) -> None:
    assert classify_question(question) == "behavioral"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What is your greatest strength?", "culture"),
        ("How would you handle a difficult customer?", "situational"),
        ("What would you do if a colleague missed every deadline?", "situational"),
    ],
)
def test_questions_that_ask_no_example_keep_their_kind(question: str, kind: str) -> None:
    assert classify_question(question) == kind


def test_a_general_strength_answer_to_an_example_question_is_not_a_good_story() -> None:
    """Asked for an example, an answer of general claims is judged as a story, and is told what
    the story lacks (before, the question was read as "what is your strength" alone)."""
    text = ("My strongest point is that I am very organised. Always I plan my week on Sunday, I "
            "keep lists for everything and I never miss a deadline, my colleagues come to me "
            "when they lose track. I think for this job it is very important to be organised "
            "and reliable and I am both.")
    as_story = analyze_answer(Transcript.from_text(text),
                              question="Tell me about your greatest strength and give an example.")
    assert as_story.question_kind == "behavioral"
    assert {"vague", "no_action", "no_result"} & set(as_story.flaw_codes)
    no_example_asked = analyze_answer(Transcript.from_text(text),
                                      question="What is your greatest strength?")
    assert as_story.score < no_example_asked.score - 20


# A complete story told only as "we", by a non-native speaker running sentences together.
WE_ONLY = (
    "Last winter in the cold store where we work the compressor stopped on a Sunday night and "
    "we had twenty tonnes of fish inside. Our job was to keep it under minus eighteen until the "
    "engineer came. We moved the pallets to the second room, we closed the doors with plastic "
    "curtain, we rented a reefer container from the port and we checked the temperature every "
    "hour. In the morning the engineer fixed it and not one box was thrown away."
)
# The same story, the speaker's own part told as "I".
I_OWNED = WE_ONLY.replace("We moved", "I moved").replace("we closed", "I closed").replace(
    "we rented", "I rented").replace("we checked", "I checked")
# Terse notes, all four parts, a Result that only judges how it went.
JUDGED_RESULT = (
    "Context: small print shop, two machines, orders always late on Fridays. "
    "Task: my job as shift lead to get Friday orders out the same day. "
    "Did: moved the big jobs to Thursday night, trained the new girl on the second machine, "
    "put a board by the door with each order and its time. "
    "Result: it was much better after that and the customers were a lot happier."
)
MEASURED_RESULT = JUDGED_RESULT.replace(
    "it was much better after that and the customers were a lot happier",
    "late Friday orders went from about ten a week to one",
)


def test_a_story_told_only_as_we_scores_with_the_weak_answers() -> None:
    we = analyze_answer(Transcript.from_text(WE_ONLY), question=Q)
    mine = analyze_answer(Transcript.from_text(I_OWNED), question=Q)
    assert "we_not_i" in we.flaw_codes and "we_not_i" not in mine.flaw_codes
    # Ownership is the part that pays, and it pays enough to put the answer under the good
    # ones (it scored 64-70 before, above good answers with one part misread, on five sets).
    assert we.score_parts.ownership >= 30
    assert we.score <= 60 <= mine.score - 20


def test_a_result_that_only_judges_scores_with_the_weak_answers() -> None:
    judged = analyze_answer(Transcript.from_text(JUDGED_RESULT), question=Q)
    measured = analyze_answer(Transcript.from_text(MEASURED_RESULT), question=Q)
    assert "no_metrics" in judged.flaw_codes and "no_metrics" not in measured.flaw_codes
    assert judged.score_parts.specificity >= 35
    assert judged.score <= 60 <= measured.score - 20


# A long scene, a few actions and no outcome at all, told by a Welsh speaker's run of clauses.
LONG_SCENE_NO_OUTCOME = (
    "Right, so this was the leisure centre in Merthyr, I was duty manager there, and the pool "
    "was the big thing, eight lanes, a teaching pool, swimming clubs every night and the "
    "schools in the day, and the boiler was old, older than me nearly, and the council had "
    "been promising a new one for years, and in the winter the water would drop a degree or "
    "two and the parents would be on at the reception about it, and the club coaches too, "
    "and there was a gala coming up with three other clubs coming in. "
    "I rang the engineer and I moved the gala warm-up to the teaching pool."
)
# The same scene with the outcome told at the end.
LONG_SCENE_OUTCOME = LONG_SCENE_NO_OUTCOME + (
    " The gala ran on time and not one parent came to the desk that night."
)


def test_a_story_of_four_fifths_scene_and_no_result_is_told_both() -> None:
    missing = analyze_answer(Transcript.from_text(LONG_SCENE_NO_OUTCOME), question=Q)
    told = analyze_answer(Transcript.from_text(LONG_SCENE_OUTCOME), question=Q)
    # With no Result found, that is a flaw to fix; from four fifths of 100 words or more told
    # as set-up before an Action, so is the balance (flaws.WHOLLY_SETUP: blind writers named it
    # on 4 such answers). Under that share a misread Result's words could be the set-up, and
    # only the Result is asked for (test_balance_without_a_result.py).
    assert "no_result" in missing.flaw_codes
    assert "unbalanced" in missing.flaw_codes
    # With its Result, the same long scene and two short actions are still unbalanced.
    assert "no_result" not in told.flaw_codes
    assert "unbalanced" in told.flaw_codes
    assert missing.score < told.score


# Result first with a before and after, then the story; its closing only judges. A Filipino
# yard supervisor's words.
MEASURE_FIRST = (
    "In the two months after, we had zero forklift near-misses in the yard, when before we had "
    "about three every week, and the depot manager asked me to show the other depots. "
    "I work in a builders' merchant yard in Cebu, the forklifts and the customers' trucks use "
    "the same lane, and most near-misses were in the morning rush between seven and nine. "
    "I was the yard supervisor, so the lane was my problem to fix. "
    "I painted a walking route for customers along the fence, I moved the loading of the small "
    "orders to the side gate, and I talked with every driver one by one so they knew why. "
    "The drivers liked it because the mornings were much calmer for them too, and the customers "
    "seemed happier."
)
# The same story opening on its scene, with counts that are no outcome: no measure anywhere.
SCENE_FIRST = MEASURE_FIRST.replace(
    "In the two months after, we had zero forklift near-misses in the yard, when before we had "
    "about three every week, and the depot manager asked me to show the other depots. ",
    "Every morning about forty trucks came into our yard. ",
)


def test_an_answer_that_opens_on_a_measured_outcome_is_not_told_to_add_a_number() -> None:
    first = analyze_answer(Transcript.from_text(MEASURE_FIRST), question=Q)
    assert "no_metrics" not in first.flaw_codes
    assert not any("number" in tip for tip in first.tips)
    assert first.score_parts.specificity <= 5
    # With no measure anywhere, the closing that only judges is still unmeasured.
    scene = analyze_answer(Transcript.from_text(SCENE_FIRST), question=Q)
    assert "no_metrics" in scene.flaw_codes


# A whole story in the present progressive, as a Nepali shop owner might tell it.
PROGRESSIVE_STORY = (
    "I am running a small hardware shop in Pokhara, and after the floods the customers are "
    "waiting three, four days for cement because the trucks cannot come on the main road. "
    "I have to keep the builders supplied before the monsoon comes back. "
    "I am going to the depot in Lekhnath myself with my brother's tractor every morning, I am "
    "calling each builder in the evening to fix the next day's order, and I am also keeping "
    "ten bags back for the families repairing their houses. "
    "After two weeks nobody is waiting more than one day and three builders are now buying only "
    "from my shop."
)
# A plan told with "going to": still a plan.
GOING_TO_PLAN = (
    "If the cement does not come, I am going to call the other depots first, and then I am "
    "going to ask the builders to share the bags. I am going to keep some bags back for the "
    "families. I think I would also speak with the transport people. That is what I would do."
)


def test_a_story_told_in_the_present_progressive_is_done_not_planned() -> None:
    story = analyze_answer(Transcript.from_text(PROGRESSIVE_STORY), question=Q)
    # "I am going to the depot" is movement, not the future; "I am calling" is an action.
    assert not {"hypothetical", "no_action"} & set(story.flaw_codes)
    assert story.star.parts["A"].present
    assert story.score >= 75
    plan = analyze_answer(Transcript.from_text(GOING_TO_PLAN), question=Q)
    assert "hypothetical" in plan.flaw_codes



# No outcome: a promise someone made, then a last action and its purpose. A Hungarian tram
# driver, in the present where English would use the past.
PROMISE_NOT_OUTCOME = (
    "On my line there is a big factory and every evening at six the workers come on the tram "
    "all at once, eighty, ninety people, pushing at the doors, some of them not validating, and "
    "the tram is late for every stop after. The old passengers they complain because they "
    "cannot sit. So I have spoken with my supervisor and he said to talk with the factory. I "
    "went there myself on my free day and I spoke with the shift manager, and I said maybe the "
    "shifts can finish ten minutes apart. He said he will think about it. I also started to "
    "open the back doors for the workers with passes only, so the front door is for the old "
    "passengers."
)


def test_a_promise_and_a_purpose_are_no_outcome() -> None:
    analysis = analyze_answer(Transcript.from_text(PROMISE_NOT_OUTCOME), question=Q)
    # "He said he will think about it" is what was promised, not what happened; "so the front
    # door is for the old passengers" says why, not what came of it. Both were read as Results
    # and the answer scored 94 with no flaw.
    assert "no_result" in analysis.flaw_codes
    assert not analysis.star.parts["R"].present
    assert analysis.score <= 60
