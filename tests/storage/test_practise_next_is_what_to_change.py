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
    praise = _general_advice("behavioral", praise=True)
    view = replace(_view(FULL), flaws=(), tips=tuple(praise), score=95.0)
    assert practise_next([view])[0].startswith("Nothing stood out")
    slow = "60 words a minute is slow; aim for about 140–160."
    assert practise_next([replace(view, tips=(*praise, slow))]) == [slow]


def test_every_praise_line_the_tips_give_is_told_as_praise() -> None:
    for kind in ("behavioral", "situational", "motivation", "about_you", "technical", "culture"):
        for tip in _general_advice(kind, praise=True, gives=frozenset(  # type: ignore[arg-type]
            {"S", "A", "R", "steps", "reason", "specific", "present", "past", "future",
             "example", "asks_why"})):
            assert is_praise(tip), tip
        for tip in _general_advice(kind, praise=False):  # type: ignore[arg-type]
            assert not is_praise(tip), tip
    flawed = analyze_answer(Transcript.from_text("we did a thing, it was ok"),
                            question_kind="behavioral")
    assert flawed.tips and not any(is_praise(tip) for tip in flawed.tips), flawed.tips


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
