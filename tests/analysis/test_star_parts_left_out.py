"""Parts an answer leaves out are reported missing, and parts told in plain words are found:
each case written as a new answer of our own, in registers unlike our first examples (terse
notes, run-on lowercase speech, non-native tense use, second-person storytelling)."""

from __future__ import annotations

from tests.support.answers import typed_to

Q = "Tell me about a time you fixed your own mistake."


typed = typed_to(Q)


# Opens straight on what the speaker did: no scene is ever set.
STARTS_WITH_THE_ACTION = (
    "i changed the lock on the wrong door, the tenant's flat not the landlord's store room. "
    "as the locksmith on the job the keys are my responsibility so it was on me to put it "
    "back. i rang the landlord before he find out himself, i drove back that evening and i "
    "swapped the cylinder for free and gave the tenant her old keys back. "
    "now i photograph the door number before i touch anything and the landlord still sends "
    "me all his flats."
)


def test_an_answer_that_opens_with_an_action_has_no_situation() -> None:
    analysis = typed(STARTS_WITH_THE_ACTION)
    parts = analysis.star.parts
    assert not parts["S"].present
    assert parts["T"].present and parts["A"].present and parts["R"].present
    assert analysis.star.segments[0].label == "A"
    assert "no_situation" in analysis.flaw_codes


# The same story with one scene clause first keeps its Situation.
WITH_A_SCENE = (
    "last spring i was the only locksmith for a letting agency with forty flats in one block. "
    + STARTS_WITH_THE_ACTION
)


def test_the_same_answer_with_a_scene_first_keeps_its_situation() -> None:
    analysis = typed(WITH_A_SCENE)
    assert analysis.star.parts["S"].present
    assert analysis.star.segments[0].label == "S"
    assert "no_situation" not in analysis.flaw_codes


# A story that closes on what "you" learn, not on how it turned out.
CLOSES_ON_A_LESSON = (
    "so i am the only night porter in a hotel of sixty rooms and at three in the morning the "
    "fire panel starts beeping for the third floor. and i am the one who has to decide, "
    "evacuate everybody or check first. so i took the master key and the extinguisher, i "
    "walked up the stairs not the lift, i opened every door on the corridor one by one and i "
    "phoned the duty manager while i was still walking. you learn to stay calm with these "
    "things, it makes you better at the job."
)
CLOSES_ON_AN_EXPERIENCE = (
    "Situation: print shop, wedding order of 300 invitations, customer changed the date after "
    "proofs.\nTask: reprint was mine, I did the proof.\nAction: stopped the run, reset the "
    "plates myself, worked Saturday with my colleague folding.\nIt was a very beautiful "
    "experience for me, very tiring, but a good lesson about the pressure."
)


def test_a_closing_on_what_you_learn_or_how_it_felt_is_no_result() -> None:
    for text in (CLOSES_ON_A_LESSON, CLOSES_ON_AN_EXPERIENCE):
        analysis = typed(text)
        parts = analysis.star.parts
        assert not parts["R"].present, text
        assert parts["A"].present, text
        assert analysis.star.segments[-1].label != "R", text


# The same lesson after a real outcome leaves the outcome the Result.
OUTCOME_THEN_LESSON = CLOSES_ON_A_LESSON.replace(
    "you learn to stay calm",
    "it was a toaster in room 312, nobody had to go outside and the guests slept through. "
    "you learn to stay calm",
)


def test_a_lesson_after_a_real_outcome_keeps_the_result() -> None:
    analysis = typed(OUTCOME_THEN_LESSON)
    assert analysis.star.parts["R"].present
    assert any(s.label == "R" and "slept through" in s.text for s in analysis.star.segments)


# Terse notes that open on a verb with no subject and no scene; the duty said as "my call".
NOTES_FROM_THE_ACTION = (
    "closed the pool lane early, pulled the kids out of the deep end\n"
    "my call as duty lifeguard, thunder means out\n"
    "counted heads twice against the register\n"
    "rang parents from the office, kept the group in the foyer\n"
    "lightning hit the tree by the car park 10 min later, nobody outside"
)


def test_notes_that_open_on_a_verb_have_no_situation_and_keep_their_task() -> None:
    analysis = typed(NOTES_FROM_THE_ACTION)
    parts = analysis.star.parts
    assert not parts["S"].present
    assert parts["T"].present and parts["A"].present and parts["R"].present
    assert analysis.star.segments[0].label == "A"
    assert any(s.label == "T" and "my call" in s.text for s in analysis.star.segments)


# A long closing on how much the story taught, and a promise to always do one's best.
CLOSES_ON_WHAT_IT_TAUGHT = (
    "It was my first year as sous chef and the walk-in fridge died on the Friday before a "
    "wedding of ninety covers. Keeping the food safe was my responsibility. I moved the fish "
    "and the dairy to the bar fridges, I borrowed two cool boxes from the pub next door and I "
    "rang the engineer and waited with him until midnight. So yes, honestly it was a lot, but "
    "it taught me a huge amount about staying organised in a kitchen, and I always try to do "
    "my best for the guests."
)


def test_a_closing_on_what_it_taught_is_no_result() -> None:
    analysis = typed(CLOSES_ON_WHAT_IT_TAUGHT)
    assert not analysis.star.parts["R"].present
    assert analysis.star.parts["A"].present
    assert analysis.star.segments[-1].label != "R"


# The outcome told as what others did next, with no outcome word and no number.
OTHERS_DID_NEXT = (
    "Our bakery van was refused at the supermarket depot on the Monday because the pallet "
    "labels had no batch codes. Getting the labels right was my job as dispatch clerk. I "
    "phoned the depot's goods-in lead, I printed new labels with the codes on the same "
    "evening, and I drove to the depot myself at five in the morning to relabel every tray "
    "with the driver. The goods-in lead took the whole delivery before opening. The buyer "
    "put our bread back on the Wednesday order and sent our label to two other bakeries as "
    "the example to copy."
)


def test_an_outcome_told_as_what_others_did_next_is_the_result() -> None:
    analysis = typed(OTHERS_DID_NEXT)
    assert analysis.star.parts["R"].present
    last = analysis.star.segments[-1]
    assert last.label == "R" and "goods-in lead took" in last.text
    assert "no_result" not in analysis.flaw_codes


# Others' past events at the start are still the scene.
def test_others_events_before_the_actions_stay_the_scene() -> None:
    analysis = typed(OTHERS_DID_NEXT)
    assert analysis.star.segments[0].label == "S"
    assert "refused at the supermarket depot" in analysis.star.segments[0].text


# Result first, told as what someone else did, then the story from its scene.
HEADLINE_BY_SOMEONE_ELSE = (
    "The landlord phoned us the next Monday and gave us the new lease himself. Our shop was "
    "three months behind with the rent because the road works in front closed the street all "
    "summer. As the manager the talk with him was on me. I prepared the till reports for every "
    "month, I showed him the drop started the same week as the works, and I offered to pay the "
    "missing rent in six parts."
)


def test_an_outcome_told_first_by_someone_else_is_the_headline() -> None:
    analysis = typed(HEADLINE_BY_SOMEONE_ELSE, "Tell me about a difficult negotiation.")
    assert analysis.star.segments[0].label == "R"
    assert analysis.order == "result_first"
    assert all(analysis.star.parts[p].present for p in "STAR")


# Result first, then the story starting over on the role told without an article.
ROLE_WITHOUT_ARTICLE = (
    "we washed every booked car that saturday and nobody asked for money back. i was shift "
    "leader at the car wash on the ring road and that morning the water softener broke, so "
    "every car came out with white spots. my job was to keep the line going without sending "
    "people away. i switched the last rinse to the bottled water we keep for the wax, i put "
    "two boys with chamois at the exit and i told every driver before they paid."
)


def test_a_role_told_without_an_article_sets_the_scene() -> None:
    analysis = typed(ROLE_WITHOUT_ARTICLE, "Tell me about a time something broke at work.")
    scene = [s for s in analysis.star.segments if s.label == "S"]
    assert scene and scene[0].text.startswith("i was shift leader")
    assert analysis.star.segments[0].label == "R"
    assert all(analysis.star.parts[p].present for p in "STAR")


# Result first, told only as what was done by a time; a deadline said the same way is the Task.
DONE_BY_A_TIME = (
    "the shelves were full again by seven. the night delivery came three hours late because "
    "the van broke down near the depot. as night manager the restock was on me and it had to "
    "be done by seven. i pulled two people off the tills, i opened the second loading door "
    "and i did the cold aisle myself."
)


def test_an_outcome_done_by_a_time_told_first_is_the_headline() -> None:
    analysis = typed(DONE_BY_A_TIME, "Tell me about a time you worked under pressure.")
    assert analysis.star.segments[0].label == "R"
    assert "by seven" in analysis.star.segments[0].text
    assert analysis.order == "result_first"
    assert any(s.label == "T" and "had to be done by seven" in s.text
               for s in analysis.star.segments)


# Result first, then the story starting over on the speaker's own business told in the present.
OWN_BUSINESS_IN_THE_PRESENT = (
    "not one order went out late that whole december. i run a small print shop near the "
    "station with two machines, and in the first week of december the big one broke down "
    "for nine days. my part as the owner was to keep every christmas card order on time. i "
    "moved the big jobs to a print shop in the next town, i ran the small machine through the "
    "night and i rang every customer whose job i moved."
)


def test_a_business_told_in_the_present_is_the_scene_after_a_headline() -> None:
    analysis = typed(OWN_BUSINESS_IN_THE_PRESENT, "Tell me about a time you kept a promise.")
    assert analysis.star.segments[0].label == "R"
    scene = [s for s in analysis.star.segments if s.label == "S"]
    assert scene and scene[0].text.startswith("i run a small print shop")
    assert any(s.label == "T" and "my part as the owner" in s.text
               for s in analysis.star.segments)
