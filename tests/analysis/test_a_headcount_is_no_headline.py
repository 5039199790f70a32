"""An answer that opens on how many they are and where ("We have twelve people in the team and
the office is in Leeds") opens on its scene, not its result: it is not praised for telling the
result first (issue 13 item 3, advice consistent with what was said). A real headline is still
named. Answers of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

HEADCOUNT = (
    "We have twelve people in the team and the office is in Leeds. In 2021 a new colleague, "
    "Amara, joined and she had never used our booking system. I showed her the system for two "
    "afternoons and made her a list of the twenty codes we use most. She did her first full "
    "week of bookings on her own in her second week."
)
# A second-language speaker: present tense, the ward and the headcount first.
WARD = (
    "We are four nurses on nights and our ward is in the old wing. One of the new nurses is "
    "scared of the drug round. I am her mentor. I do the first three rounds with her, then I "
    "let her lead and I watch. After one month she does the round alone, no errors."
)
HEADLINE = (
    "Headline: we cut the missed pharmacy deliveries from about twelve a week to two. Nobody "
    "owned the delivery log at the depot, it was not my job, I am a driver. I made a simple "
    "sheet, I asked each driver to sign it at the door, and every Friday I rang the care homes "
    "that had a missed drop."
)
TOLD_FIRST = "You opened with the result"


def _tips(text: str) -> tuple[str, tuple[str, ...]]:
    analysis = analyze_answer(Transcript.from_text(text), question_kind="behavioral",
                              question="Tell me about a time you helped a colleague succeed.")
    return analysis.order, analysis.tips


def test_a_headcount_and_a_place_open_the_scene() -> None:
    for text in (HEADCOUNT, WARD):
        order, tips = _tips(text)
        assert order == "story", text
        assert not any(tip.startswith(TOLD_FIRST) for tip in tips), tips


def test_a_headline_is_still_named() -> None:
    order, tips = _tips(HEADLINE)
    assert order == "result_first" and tips[0].startswith(TOLD_FIRST)
