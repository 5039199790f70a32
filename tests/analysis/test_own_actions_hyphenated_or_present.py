"""Own actions whose verb has a hyphenated prefix ("I re-routed", "I co-wrote") and own actions
told in the present in a present-tense story ("I sort..., I stamp..., I ring...") count for
ownership as "I rerouted" and "I sorted" do (breaker14 B18). Answers of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about something you improved at work without being asked to."


def ownership_lost(answer: str) -> int:
    analysis = analyze_answer(Transcript.from_text(answer), question=QUESTION,
                              question_kind="behavioral")
    return analysis.score_parts.ownership


def test_a_hyphenated_deed_counts_as_a_plain_one() -> None:
    told = ("At the Hull depot the morning loading took forty minutes a van. As yard lead that "
            "was mine to speed up. I {verb} the pallets by street, I put the labels on the "
            "shelf edge, and I asked one driver to time it for a week. Loading fell to fifteen "
            "minutes a van.")
    assert ownership_lost(told.format(verb="re-sorted")) == ownership_lost(
        told.format(verb="sorted")) == 0


def test_deeds_told_in_the_present_count() -> None:
    answer = (
        "I run the post room in a council office. Every morning the letters for two teams "
        "arrive mixed and the teams complain. My manager says this is my job to fix. So I sort "
        "the bags by floor first, I stamp each letter with the team name and I ring the team "
        "leads before ten. Now the letters reach the right desk every day and the complaints "
        "stopped.")
    assert ownership_lost(answer) == 0


def test_a_thought_or_a_feeling_in_the_present_is_no_deed() -> None:
    from simulator.analysis.answer import _present_actions

    story = ("so i sort the bags by floor and i stamp each letter and then i ring the leads "
             "and i know it is hard and i feel the pressure and i hope it works")
    found = _present_actions(story, story)
    assert "i stamp" in found
    assert not {"i know", "i feel", "i hope"} & set(found)
