"""A story of the speaker's own mistake told in order (bench/data/README.md): the slip is an
Action, what it caused a Result, the repair an Action again and its outcome a Result
(star._own_slip_story). Read without it, the slip and what it caused, told before any other
action, were the scene, or the consequence one more action. A problem someone else caused stays
the scene, and a failure story with no repair, or whose repair has no outcome, is not read so:
what the rules make of it without the story's shape stands. All answers are our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer, star
from simulator.analysis.tokens import has_punctuation, tokenize
from simulator.speech.stt import Transcript
from tests.support.answers import label_of_any_case as _label_of

QUESTION = "Tell me about a mistake you made at work."


# A bakery: the slip told after the scene and the task, then what it caused, then the repair.
OVEN = (
    "I run the early bake at a village bakery, about four hundred loaves before seven. "
    "Setting the ovens is my job on that shift. "
    "One Monday I loaded the rye into the deck oven but I didn't check the steam setting, "
    "it was still on the weekend pastry programme. "
    "Every rye loaf came out with a pale, cracked crust and the café across the square sent "
    "their whole order back at eight. "
    "I rang the café owner myself before she rang us and told her it was on me, and I baked a "
    "second batch for her by ten at no charge. "
    "I also taped a card on the oven door so the steam is checked before every load. "
    "She kept her daily order with us, and there has not been a wrong programme since."
)
# Spoken and unpunctuated: a site electrician.
SITE = (
    "so i was second-year apprentice on a housing site and i was wiring the kitchens on plot "
    "nine i wired the cooker circuit with the wrong cable size because i rushed it before the "
    "weekend and the inspector failed the whole plot on the monday so the plasterers could not "
    "start and the site lost two days i told my supervisor straight away and i pulled the "
    "cable out and ran the right size that same afternoon and the plot passed on the tuesday"
)
# Someone else's mistake sets the scene: no slip of the speaker's.
SUPPLIER = (
    "I was a site buyer for a roofing firm. The supplier sent the wrong tiles to our biggest "
    "job and the roofers had nothing to lay on the Monday. The client was angry and the "
    "scaffold hire was running. I rang three other merchants, found matching tiles two towns "
    "away and drove the van over myself that afternoon. The roof was finished on the Friday, "
    "one day late, and the client paid in full."
)
# No repair: the slip, what it caused, a lesson.
NO_REPAIR = (
    "I was the weekend receptionist at a vets' practice. One Saturday I booked two dogs into the "
    "same surgery slot because I didn't check the second vet's rota. Both owners turned up at "
    "ten and one of them waited nearly an hour with a lame dog. It taught me that a busy "
    "Saturday is exactly when the checks matter most."
)
# The repair told, but never how it turned out.
NO_OUTCOME = (
    "I was the weekend receptionist at a vets' practice. One Saturday I booked two dogs into the "
    "same surgery slot because I didn't check the second vet's rota. Both owners turned up at "
    "ten and one of them waited nearly an hour with a lame dog. I apologised to her myself, "
    "moved the rest of the morning around and asked the practice manager to show the rota in the "
    "booking screen."
)


def test_slip_is_an_action_and_what_it_caused_a_result():
    analysis = analyze_answer(Transcript.from_text(OVEN), question=QUESTION)
    assert _label_of(analysis, "I didn't check the steam setting") == "A"
    assert _label_of(analysis, "Every rye loaf came out") == "R"
    assert _label_of(analysis, "I rang the café owner myself") == "A"
    assert _label_of(analysis, "She kept her daily order") == "R"
    assert all(analysis.star.parts[part].present for part in "STAR")


def test_spoken_slip_story():
    analysis = analyze_answer(Transcript.from_text(SITE), question=QUESTION)
    assert _label_of(analysis, "i wired the cooker circuit") == "A"
    assert _label_of(analysis, "the inspector failed the whole plot") == "R"
    assert _label_of(analysis, "i told my supervisor straight away") == "A"


def test_someone_elses_mistake_stays_the_scene():
    analysis = analyze_answer(Transcript.from_text(SUPPLIER), question=QUESTION)
    assert _label_of(analysis, "The supplier sent the wrong tiles") == "S"
    assert _label_of(analysis, "The client was angry") == "S"


def _slip_story(text: str) -> tuple[list[int], list[int], list[int]]:
    tokens = tokenize(Transcript.from_text(text))
    units = star.split_units(tokens, has_punctuation(tokens))
    texts = [" ".join(t.norm for t in tokens[first:end] if t.norm) for first, end in units]
    cues = star.placed_cue_scores(units, tokens, star.unit_cue_scores(texts))
    return star._own_slip_story(texts, cues, units, len(tokens))


def test_the_shape_is_found_only_with_a_repair_and_its_outcome():
    assert _slip_story(OVEN)[0]
    assert _slip_story(SUPPLIER) == ([], [], [])
    assert _slip_story(NO_REPAIR) == ([], [], [])
    assert _slip_story(NO_OUTCOME) == ([], [], [])
