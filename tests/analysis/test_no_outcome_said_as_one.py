"""Endings that sound like an outcome and are none (breaker10 D6, D7).

- "Basically I was always available for them" closes a run-on story of helping out: it is the
  speaker's readiness, nothing that came of it, and was read as the Result (score 86, above
  complete answers); the same words spoken scored 48.
- A hedged ending the speaker calls unmeasured ("but I don't have exact numbers, sorry") was
  not told to find a figure.
"""

from simulator.analysis import AnswerAnalysis, analyze_answer
from simulator.analysis.flaws import judged_only, measured
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you helped colleagues with something that was not your job."


def analyze_text(text: str) -> AnswerAnalysis:
    return analyze_answer(Transcript.from_text(text), question=QUESTION)

HELPED = (
    "So in the warehouse where I was a picker, they brought new handheld scanners and the older "
    "colleagues were lost with them, and I was not the trainer, but I tried to help however I "
    "could, I showed them the menus on my breaks, I wrote the steps on a card, and honestly "
    "I was always there for the team."
)


def test_always_being_there_for_the_team_is_no_result() -> None:
    analysis = analyze_text(HELPED)
    assert not analysis.star.parts["R"].present
    assert "no_result" in analysis.flaw_codes


def test_a_real_outcome_after_the_same_readiness_is_the_result() -> None:
    analysis = analyze_text(
        HELPED + " By the end of the month all six of them scanned without asking me."
    )
    assert analysis.star.parts["R"].present
    assert "no_result" not in analysis.flaw_codes


HEDGED = (
    "ok so um in the call centre where i work nobody really trained the new starters and "
    "i was not their team leader but i took the two new ones every morning for half "
    "an hour and i listened to their calls with them and i gave them my own notes and i think "
    "it kind of helped because they were a bit more confident after but i don't really have "
    "the figures for it sorry"
)


def test_a_hedged_result_the_speaker_says_has_no_figures_is_told_to_find_one() -> None:
    analysis = analyze_text(HEDGED)
    assert analysis.star.parts["R"].present
    assert "no_metrics" in analysis.flaw_codes


def test_a_concrete_result_with_the_same_apology_loses_only_the_number() -> None:
    analysis = analyze_text(
        "In the call centre where I work, the new starters were put on the phones in their "
        "first week and many of them quit. I was not their team leader, but I took the two new "
        "ones every morning for half an hour, I listened to their calls with them and I gave "
        "them my own notes. After a few weeks they were confident on the calls and both of "
        "them stayed, but I don't have the figures for the whole floor, sorry."
    )
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes
    assert analysis.score >= 75


def test_the_one_who_fixed_it_is_no_count() -> None:
    # "ended up being the one who fixed it" read "up … one" as a change by a number.
    assert not measured("i kind of ended up being the one who fixed it")
    assert measured("the backlog went down to one")


def test_people_taking_up_the_change_is_a_concrete_result() -> None:
    # breaker10 D15: full take-up by the people who resisted is what changed; it cost 35 points
    # as "the result only judges how it went".
    analysis = analyze_text(
        "On the night shift at the care home, the carers would not fill the new fluid charts, "
        "they said it was paperwork for nothing. I sat with each of them for one round, I showed "
        "them two residents who got dehydrated last summer, and I made the chart one page. "
        "After six weeks the whole team was following the charts and they were happier with it."
    )
    assert analysis.star.parts["R"].present
    assert "no_metrics" not in analysis.flaw_codes
    assert not judged_only("after six weeks the whole team was following the charts")
    assert judged_only("after six weeks it was going well and they were happier")
