"""Which parts an answer tells when they sit where the labeller does not look for them: a
scene told in the same sentence as the task (breaker10 D9), a scene told after an outcome
told first (D10), a duty written as a note's line with no "I" (D24), an answer that opens on
a deed and goes straight on with its actions (no scene told at all), and a new job given
after the outcome (a Result, not the Task). Each answer is a new one of our own; each is
checked for the part it tells and for the flaw that must not (or must) be said."""

from __future__ import annotations

import pytest

from simulator.analysis import star, star_learned
from simulator.analysis.tokens import has_punctuation, tokenize
from simulator.speech.stt import Transcript
from tests.support.answers import labelled, typed_to

Q = "Tell me about a time you solved a problem at work."


typed = typed_to(Q)


# The new post and the place, then what was wanted from the speaker, in one sentence.
DEPOT = (
    "I had just been made shift manager at a parcel depot outside Lyon, and the first thing "
    "the regional director wanted from me was to end the Monday backlog, which was running at "
    "two thousand parcels. I split the Monday sort into two waves and moved four drivers to an "
    "early start. I also asked the day shift to pre-sort the big customers on Sunday evening. "
    "Within a month the Monday backlog was under two hundred parcels, and the depot's late "
    "deliveries halved."
)


def test_a_scene_told_in_the_tasks_sentence_is_the_situation_and_the_task() -> None:
    analysis = typed(DEPOT)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "shift manager at a parcel depot outside Lyon" in labelled(analysis, "S")
    assert "wanted from me was to end the Monday backlog" in labelled(analysis, "T")
    assert not {"no_situation", "no_task"} & set(analysis.flaw_codes)


# Result first for a senior listener; then another's decision, then the speaker's post and
# where, then the story.
NIGHT_VANS = (
    "Headline: I stopped a cut to our night deliveries that would have lost us our biggest "
    "hospital customer, and we kept the contract, about four hundred thousand pounds a year. "
    "Our director had decided to cut the night vans from three to none in April. I was the "
    "account lead for a hospital trust in Leeds, and I knew their contract let them leave if "
    "night cover stopped. I pulled six months of night orders and showed the director that "
    "half of the trust's urgent orders came at night. Then I proposed one night van instead of "
    "three, and I drove the route with the driver the first week to time it. He agreed, and "
    "the trust renewed for three years."
)


# The same shape in other words: an announced outcome, someone else's earlier decision, the
# speaker's post, then the story.
BOTTOM_LINE = (
    "Bottom line: I kept our biggest school client, a contract worth about ninety thousand "
    "euros a year, when we were about to lose it. The owner had decided to cut the Saturday "
    "cleaning crew in January to save money. I was the site supervisor for three secondary "
    "schools in Cork, and their contract said every floor had to be done before Monday. I "
    "worked out a Sunday rota with two of our part-time cleaners and showed the owner it cost "
    "a third of the old crew. I also covered the first two Sundays myself to check the "
    "timings. The owner agreed, and the schools signed again for two years."
)


@pytest.mark.parametrize("layer", ["shipped", "rules alone"])
def test_a_scene_told_after_a_headline_is_the_situation(layer: str) -> None:
    """The director's earlier decision and the speaker's post are the scene. No duty of the
    speaker's is told (the stake, "their contract let them leave", is how things stood): until
    the thirteenth session the rules read the director's decision as the Task and all four
    parts were found, which a layer retrained at those rules turned into the post read as the
    Task."""
    with star_learned.use(None) if layer == "rules alone" else _shipped():
        analysis = typed(NIGHT_VANS)
    assert all(analysis.star.parts[p].present for p in "SAR"), analysis.star.segments
    assert "Our director had decided to cut the night vans" in labelled(analysis, "S")
    assert "account lead for a hospital trust in Leeds" in labelled(analysis, "S")
    assert "I pulled six months of night orders" in labelled(analysis, "A")
    assert "no_situation" not in analysis.flaw_codes


def _shipped():  # type: ignore[no-untyped-def]
    return star_learned.use(star_learned.load(), star_learned.LEARNED_SHARE)


def labeller(text: str) -> dict[str, str]:
    """The labeller's own reading (star.segment_answer), before the answer's later checks
    (answer.py) repair it: each part's words."""
    tokens = tokenize(Transcript.from_text(text))
    segments = star.segment_answer(text, tokens, has_punctuation(tokens))
    return {p: " ".join(s.text for s in segments if s.label == p) for p in "STAR"}


@pytest.mark.parametrize("text", [NIGHT_VANS, BOTTOM_LINE], ids=["night_vans", "bottom_line"])
def test_the_rules_read_an_announced_headline_and_the_scene_after_it(text: str) -> None:
    """With the layer off, the rules themselves (not answer.py's later repair) read the opening
    announced as the outcome ("Headline:", "Bottom line:") as the Result told first, and
    someone else's earlier decision, told in the past perfect after it ("Our director had
    decided to cut..."), and the speaker's post as the Situation: they had read the headline
    as the scene and the decision as the Task, which a layer retrained at those rules learned
    too (breaker10 D10)."""
    with star_learned.use(None):
        parts = labeller(text)
    headline, decision, post = (s.strip() + "." for s in text.split(".")[:3])
    assert parts["R"].startswith(headline.split(":")[0]), parts
    assert decision.split(" to ")[0] in parts["S"], parts
    assert post.split(",")[0] in parts["S"], parts
    assert not parts["T"], parts


# Terse notes: the duty given, with no subject.
ALLERGENS = (
    "- school kitchen, first week of term\n"
    "- new allergy rules from the council\n"
    "- asked to get every dish labelled by Monday\n"
    "- listed the 14 allergens for each recipe with the cook\n"
    "- printed cards for the serving line\n"
    "- inspector passed us on the first visit"
)


def test_a_notes_duty_without_i_is_the_task() -> None:
    analysis = typed(ALLERGENS)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "asked to get every dish labelled by Monday" in labelled(analysis, "T")
    assert "listed the 14 allergens" in labelled(analysis, "A")
    assert "no_task" not in analysis.flaw_codes


# A deed first, then more deeds: no scene is told, and that is said.
BRAKE_LIGHT = (
    "I stopped the Saturday delivery run at six in the morning, because the van's brake light "
    "was on and the driver had not checked it. I booked the van into the garage round the "
    "corner and moved the first twelve drops to our second van. I rang each of the twelve "
    "customers myself to give them a new time. Every drop was made by two o'clock, and the "
    "garage found a worn brake pad."
)
# The same story with its scene told first keeps it.
BRAKE_LIGHT_SCENE = (
    "I drive for a small furniture firm in Cork, and one Saturday I was loading the van at six "
    "in the morning when I saw the brake light was on. " + BRAKE_LIGHT.replace(
        "I stopped the Saturday delivery run at six in the morning, because the van's brake "
        "light was on and the driver had not checked it. ", "")
)


def test_an_answer_that_opens_on_a_deed_and_goes_on_acting_tells_no_situation() -> None:
    analysis = typed(BRAKE_LIGHT)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I stopped the Saturday delivery run" in labelled(analysis, "A")
    assert "no_situation" in analysis.flaw_codes
    told = typed(BRAKE_LIGHT_SCENE)
    assert told.star.parts["S"].present, told.star.segments
    assert "no_situation" not in told.flaw_codes


# A new job given for the old one done, told after the outcome: what came of the story, not
# its Task (none is told).
CLIMBING_DESK = (
    "I run the front desk at a climbing centre in Sheffield, and last winter the Saturday "
    "kids' sessions kept overbooking because the website and the desk sold places separately. "
    "I moved every booking onto the website, put a tablet on the desk for walk-ins, and "
    "checked the list myself each Friday night. Complaints from parents dropped to zero by "
    "February, and the owner asked me to set up the same system for the adult courses."
)


def test_a_duty_given_after_the_outcome_is_part_of_the_result() -> None:
    analysis = typed(CLIMBING_DESK)
    assert not analysis.star.parts["T"].present, analysis.star.segments
    assert "asked me to set up the same system" in labelled(analysis, "R")
    assert all(analysis.star.parts[p].present for p in "SAR")


# A verb that often sets a scene ("I took a job...") told with a thing of the story as its
# object: a deed, and no scene is told.
TAKEN_CALL = (
    "I took the angry call off the queue myself one Monday morning, even though it was not my "
    "line, because it had been passed round four times already. I stayed on with her until the "
    "engineer confirmed a date, and I rang her back that evening to check. She wrote to the "
    "company to thank me by name."
)


def test_a_scene_verb_with_a_thing_as_its_object_opens_on_a_deed() -> None:
    analysis = typed(TAKEN_CALL)
    assert not analysis.star.parts["S"].present, analysis.star.segments
    assert "I took the angry call off the queue" in labelled(analysis, "A")
    assert "no_situation" in analysis.flaw_codes
