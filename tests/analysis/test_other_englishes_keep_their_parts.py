"""First sentences told in other Englishes keep their part (breaker15 B20), on new answers of
our own: the duty told as what "was coming under me" (Indian English) is the Task; a run-on
opening on what someone senior wanted ("so the head chef wanted to keep all the old fryers when
the new ovens came") is that person's stance then, the scene of an influence story, not the
speaker's Task. A manager who wanted something of the speaker still sets the Task."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript


def labels(text: str, question: str) -> list[str]:
    analysis = analyze_answer(Transcript.from_text(text), question=question)
    return [segment.label for segment in analysis.star.segments]


def test_a_duty_coming_under_me_is_the_task() -> None:
    analysis = analyze_answer(Transcript.from_text(
        "Actually in my last company in Chennai we were having one big issue only, the delivery "
        "vans were needing new brakes every four months. Being the fleet supervisor, the brake "
        "cost was coming under me. I personally did one study of all sixty vans, I found out the "
        "drivers were braking late on the ring road, and I arranged one training with the "
        "driving school. Within six months the brakes were lasting nine months and we saved "
        "around four lakh rupees."), question="Tell me about a problem you solved at its root.")
    assert [s.label for s in analysis.star.segments] == ["S", "T", "A", "R"]
    assert "no_task" not in analysis.flaw_codes


def test_what_someone_senior_wanted_opens_the_scene() -> None:
    analysis = analyze_answer(Transcript.from_text(
        "so the head chef wanted to keep all the old fryers as spares when the new ovens came and "
        "I thought that was a waste because they cost us a lot to service so I went through the "
        "costs fryer by fryer and showed him that we used a spare maybe twice a year and he said "
        "ok let's try it and we sold three and saved about nine thousand pounds in the first "
        "year"), question="Tell me about a time you changed the mind of someone senior.")
    assert analysis.star.segments[0].label == "S", analysis.star.segments
    assert "no_situation" not in analysis.flaw_codes


def test_a_manager_who_wanted_it_of_me_sets_the_task() -> None:
    found = labels(
        "At the bakery the ovens kept burning the first tray every morning. My manager wanted me "
        "to find out why before the Christmas orders. I checked the oven logs, I found the "
        "thermostat was reading low, and I had it replaced. After that not one tray burnt in six "
        "weeks.", "Tell me about a problem you solved at its root.")
    assert found == ["S", "T", "A", "R"], found
