"""A Task told in words the Task cues do not list is still the Task: a duty promised ("I told
him I would take care of finding it"), owned ("It was my order to finish"), or set by the
speaker ("I decided to take the stock check on myself") was read as the scene or the first
action, and "Task missing" was said of an answer that tells all four parts (held10, dev10).
Through speech, a Task fragment whose duty is in the clause before it ("...keeping the water
safe as my job. The gala can't start...") is not moved into the scene; and an opening that
tells a span of years ("I umpired ... for five seasons") is the scene, not a first deed. Each
answer is a new one of our own: non-native, terse notes, recognised speech, regional."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript
from tests.analysis.test_spoken_others_outcome import spoken

Q = "Tell me about a time you solved a problem at work."

# Non-native: the duty is a promise, told in the scene's last sentence.
PROMISE = (
    "I work as night receptionist in a small hotel in Porto. A guest from Korea lost his "
    "passport somewhere in the city, and his flight was at seven in the morning. He was almost "
    "crying, and I told him I would take care of finding it. I called the three taxi companies, "
    "I checked our door camera, and I saw which tram he took. I rang the tram depot and they had "
    "it in the lost property. He had the passport at five o'clock and he caught his flight."
)
# Terse notes: the duty owned, with no "my job".
OWNED = (
    "Bakery, Saturday, wedding order of three hundred rolls, oven two dead at 5am.\n"
    "It was my order to finish and to load on the van by nine.\n"
    "Moved the rolls to oven one in smaller batches, called Marta in early, shaped while the "
    "first batch baked.\n"
    "Van left at ten to nine with every roll, bride's mother rang on Monday to order for the "
    "christening."
)
# Plain: a goal the speaker set themself, read as the first action.
SELF_SET = (
    "At the print shop where I work, the big Monday orders were always late, because nobody "
    "checked the paper stock before the weekend. I decided to take the stock check on myself. "
    "I counted every shelf on Friday afternoon and I ordered what was short before the supplier "
    "closed. The Monday orders went out on time for the next three months."
)


@pytest.mark.parametrize(
    ("text", "duty"),
    [(PROMISE, "I told him I would take care of finding it"),
     (OWNED, "It was my order to finish"),
     (SELF_SET, "I decided to take the stock check on myself")],
)
def test_a_duty_told_without_a_task_cue_is_the_task(text: str, duty: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert any(s.label == "T" and duty in s.text for s in analysis.star.segments)
    assert "no_task" not in analysis.flaw_codes


# Recognised speech: "is my job" heard as "as my job", and the full stop put after it, so the
# labeller's Task is the next sentence, which names no owner.
POOL = (
    "At the leisure centre I run the plant room, and on the Saturday of the county gala the "
    "chlorine pump failed at seven in the morning, keeping the water safe as my job. The gala "
    "can't start for nobody without it. I switched to the backup pump, dosed by hand every half "
    "hour and called the engineer. The gala started on time and the engineer fixed the pump by "
    "noon."
)


def test_a_task_fragment_whose_duty_is_said_just_before_it_stays_the_task() -> None:
    analysis = analyze_answer(spoken(POOL), question=Q)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert "no_task" not in analysis.flaw_codes


# Yorkshire: a career told as a span of seasons, then the one match.
UMPIRE = (
    "Right. I umpired in the county cricket league for five seasons, and this one was a "
    "semi-final on a hot Sunday, about three hundred watching. A batsman collapsed at the "
    "crease just after tea. As the senior umpire, getting him help fast was on me. I stopped "
    "play, called an ambulance and sent the fielders to the pavilion with the other umpire. The "
    "ambulance came in eight minutes and he was fine, and the league put a defibrillator at "
    "every ground the next season."
)


def test_an_opening_that_tells_a_span_of_seasons_is_the_scene() -> None:
    analysis = analyze_answer(Transcript.from_text(UMPIRE), question=Q)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert any(s.label == "S" and "for five seasons" in s.text for s in analysis.star.segments)
    assert "no_situation" not in analysis.flaw_codes


# A left-out Task stays missing: a cue-less clause between the scene and the actions that
# names nobody's duty, with nobody's duty before it either.
FERRY = (
    "Harbour office, summer, new admin assistant. Ferry cancelled at noon, storm. Forty "
    "passengers at the window. Came back from lunch early, rang the bus company, booked two "
    "coaches to the next port, wrote the times on the board. Everyone on the coaches by two, no "
    "complaints to head office."
)


def test_a_clause_that_names_no_duty_is_still_no_task() -> None:
    analysis = analyze_answer(Transcript.from_text(FERRY), question=Q)
    assert not analysis.star.parts["T"].present, analysis.star.segments
