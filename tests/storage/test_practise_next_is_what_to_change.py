""""What to practise next" lists what to change: praise ("Clear structure: ... all come
through") is left out, a question only answered in part says to answer it in full instead of
"Nothing stood out", and the summary's flaws cell names a length off target beside a length tip
instead of "none" (new-user report 5, item 13)."""

from __future__ import annotations

from dataclasses import replace

from simulator.analysis import analyze_answer
from simulator.analysis.answer import _general_advice
from simulator.analysis.praise import is_praise
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView, practise_next
from tests.storage.test_views import analysed_turn

# A fishmonger's story, told in full, in plain clipped sentences: no flaw, praise in its tips.
FULL = (
    "Last May at the Harbour Street counter our ice ran out by noon every Saturday. I was in "
    "charge of the counter. I moved the ice order to Friday night and I split it in two "
    "deliveries myself. After that we never ran out, and we threw away 40 kilos less fish a "
    "month."
)


def _view(text: str, number: int = 1, **changes: object) -> AnswerView:
    turn, _ = analysed_turn(number, transcript=Transcript.from_text(text), **changes)
    return AnswerView.of(turn)


def test_praise_is_not_what_to_practise() -> None:
    # "measured": the result has a number, so the number line is praise too (ea2c53a).
    praise = _general_advice("behavioral", praise=True, gives=frozenset({"measured"}))
    view = replace(_view(FULL), flaws=(), tips=tuple(praise), score=95.0)
    assert practise_next([view])[0].startswith("Nothing stood out")
    slow = "60 words a minute is slow; aim for about 140–160."
    assert practise_next([replace(view, tips=(*praise, slow))]) == [slow]


def test_every_praise_line_the_tips_give_is_told_as_praise() -> None:
    for kind in ("behavioral", "situational", "motivation", "about_you", "technical", "culture"):
        for tip in _general_advice(kind, praise=True, gives=frozenset(  # type: ignore[arg-type]
            {"S", "A", "R", "steps", "reason", "specific", "present", "past", "future",
             "example", "asks_why", "measured"})):
            assert is_praise(tip), tip
        for tip in _general_advice(kind, praise=False):  # type: ignore[arg-type]
            assert not is_praise(tip), tip
    flawed = analyze_answer(Transcript.from_text("we did a thing, it was ok"),
                            question_kind="behavioral")
    assert flawed.tips and not any(is_praise(tip) for tip in flawed.tips), flawed.tips
    # A result with no number is asked for one: advice, so it is what to practise next.
    unmeasured = _general_advice("behavioral", praise=True)
    assert [tip for tip in unmeasured if not is_praise(tip)] == [
        tip for tip in unmeasured if tip.startswith("If you have a number")], unmeasured
    view = replace(_view(FULL), flaws=(), tips=tuple(unmeasured), score=95.0)
    assert practise_next([view])[0].startswith("If you have a number"), unmeasured


def test_an_interrupted_answer_is_to_answer_in_full_not_nothing_stood_out() -> None:
    cut = replace(_view("Last May at the Harbour Street counter", question_id="ice"),
                  interrupted=True)
    advice = practise_next([cut])
    assert advice[0].startswith("Answer “") and "interrupted" in advice[0], advice


def test_the_flaws_cell_names_a_length_off_target_beside_its_tip() -> None:
    view = _view(FULL)
    tip = "About 32 s against a 60–120 s target: take the time to tell what you did."
    short = replace(view, flaws=(), tips=(tip,), verdict="short")
    assert short.flaws_cell == "shorter than the target"
    assert replace(short, tips=()).flaws_cell == "none"


def test_a_result_given_in_the_follow_up_is_not_asked_for_again() -> None:
    """After the follow-up gave the outcome (the question 46 -> 88, "Result (in the
    follow-up)"), "What to practise next" still said "Finish with the result" (breaker6 D23):
    the first answer's tips asked for what the reply then gave. A real runner and store."""
    import dataclasses

    from simulator.config import Settings
    from simulator.interview.banks import get_bank
    from simulator.interview.events import ignore_events
    from simulator.interview.personas import get_persona
    from simulator.interview.runner import Interview
    from simulator.storage.store import SessionStore
    from simulator.storage.views import views

    bank = get_bank("behavioral")
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"), bank_id=bank.id, store=store,
        settings=Settings(), speak=False,
    )
    question = bank.questions[0]
    asked = interview.ask(question, on_event=ignore_events)
    first = interview.answer_by_text(
        asked,
        "Last winter our loading bay had pallets blocking the fire exit every night shift. I "
        "was the shift lead, so it was on me. I marked a yellow zone on the floor, I moved the "
        "empty pallets to the yard each hour and I told the agency drivers where to stop.",
        ignore_events,
    )
    assert any("Finish with the result" in tip for tip in first.analysis["tips"])
    probe = "And how did it turn out?"
    reply = interview.ask(
        dataclasses.replace(question, text=probe), on_event=ignore_events,
        follow_up_of=first.number, spoken_text=probe,
    )
    interview.answer_by_text(
        reply,
        "two weeks later the exit was clear every night, and the march safety audit found zero "
        "blocked exits, first time in a year",
        ignore_events,
    )
    interview.finish()
    advice = practise_next(views(store.load(interview.session_id)))
    asks_again = ("Finish with the result", "wants to know how it ended")
    assert not any(ask in line for line in advice for ask in asks_again), advice


def test_length_tips_of_several_answers_are_one_line() -> None:
    """Three answers under their targets gave "What to practise next" three lines that
    differed only in their seconds ("About 32 s against…", "About 41 s against…", …). They
    are one line now, saying how many answers; one over its target stays its own line."""
    view = replace(_view(FULL), flaws=(), score=70.0)
    rest = "take the time to tell what you did."
    shorts = [
        replace(view, number=n, question_id=f"q{n}",
                tips=(f"About {s} s against a 60–120 s target: {rest}",))
        for n, s in ((1, 32), (2, 41), (3, 38))
    ]
    long = "About 150 s against a 60–120 s target: lead with your main point and cut what " \
        "does not support it."
    over = replace(view, number=4, question_id="q4", tips=(long,))
    advice = practise_next([*shorts, over])
    assert advice == [f"Shorter than the target (3 answers): {rest}", long], advice
