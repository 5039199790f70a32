"""A run-on answer (no punctuation, as typed from speech) whose last sentence of action ends in
someone else's deed ("...and showed her how to set the alarm | and she slept through the
night"): the story turns from what the speaker did to what the other person then did, most
often how it turned out. With no comma before the "and" the clause stayed in the Action and the
Result was reported missing. And after "i'd", a past participle is "I had" ("said i'd done
everything right"), no plan that takes the outcome away. New answers of our own."""

from __future__ import annotations

from tests.support.answers import labels_of, typed

# Spoken run-on, lower case: the tenant's own deed after the speaker's is the outcome.
TENANT = (
    "so i look after the flats for a housing trust and an older tenant kept ringing the out of "
    "hours line every night because her heating went off at two in the morning and it was my "
    "job to stop the calls without sending an engineer out every time i went round on a "
    "weekday and found the timer on the boiler was set to the old clock so i reset it and "
    "wrote the times on a card and stuck it by the switch and she never rang the night line "
    "again that winter"
)


def test_the_tenants_deed_after_the_speakers_is_the_result() -> None:
    analysis = typed(TENANT, "Tell me about a time you solved a problem for a customer.")
    assert labels_of(analysis, "she never rang the night line") == ["R"]
    assert labels_of(analysis, "reset it and wrote the times") == ["A"]
    assert analysis.star.parts["R"].present


# The scene's own "and it was" is no one else's deed: the duty stays the Task.
ON_DUTY = (
    "so i was on the early shift at a bakery and the big mixer stopped at five in the morning "
    "and it was up to me to get the bread out for the cafes by seven so i moved the dough to "
    "the two small mixers and split the batches and we baked in three rounds instead of two "
    "and the vans left at ten past seven with every order on"
)


def test_and_it_was_in_the_scene_is_not_cut_as_an_outcome() -> None:
    analysis = typed(ON_DUTY, "Tell me about a time something broke at work.")
    assert labels_of(analysis, "up to me to get the bread out") == ["T"]
    assert labels_of(analysis, "vans left at ten past seven") == ["R"]


# A manager's word that the speaker had done it right, after the outcome: "i'd done" is "I had
# done", no plan, and does not pull the closing sentence back into the Action.
PRAISED = (
    "I drive a tram in the city centre. One Saturday an older man fell on board when a car cut "
    "across the rails and I had to brake hard. It was my job to look after him and keep the "
    "line moving. I stopped at the next platform, sat him down, checked his head and radioed "
    "control for a first aider. The first aider met us two stops later and the man went home "
    "with his daughter the same afternoon. On Monday my manager read my report and said i'd "
    "done everything by the book."
)


def test_said_id_done_is_no_plan() -> None:
    analysis = typed(PRAISED, "Tell me about a time you handled an incident calmly.")
    assert labels_of(analysis, "said i'd done everything") == ["R"]
    assert "hypothetical" not in analysis.flaw_codes
