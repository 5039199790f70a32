"""Plain own actions are counted (breaker10 D23): "I also added…" (an adverb that is no -ly word
between "I" and the verb) and "I set…" (the same in past and present) were left out of the
ownership count, so three own actions were printed as "only 2 actions told as your own"."""

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you made a process simpler for someone else."


def _ownership_lost(text: str) -> float:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    return sum(reason.points for reason in analysis.points_why if reason.part == "ownership")


def test_an_adverb_and_i_set_keep_their_actions() -> None:
    answer = (
        "At the bike hire kiosk the weekly report to the owner took me most of Monday, and she "
        "read two lines of it. I asked her which three numbers she needs. I set the till to "
        "print those three every Sunday night, and I also dropped the paper log. Since then "
        "the report takes ten minutes and she reads all of it."
    )
    assert _ownership_lost(answer) == 0


def test_two_own_actions_still_lose_ownership_points() -> None:
    answer = (
        "At the bike hire kiosk the weekly report to the owner took me most of Monday, and she "
        "read two lines of it. I asked her which three numbers she needs, and the till now "
        "prints those three. Since then the report takes ten minutes and she reads all of it."
    )
    assert _ownership_lost(answer) > 0
