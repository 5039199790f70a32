"""What belongs to answers (a length target, a STAR view, an interviewer's themes) is not applied
to the candidate's own questions, a talk, or a reply to a probe. Real analysis, our own words."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import analyze_follow_up
from simulator.interview.personas import load_personas
from simulator.speech.stt import Transcript, Word
from simulator.storage.views import AnswerView


def _spoken(text: str, seconds_per_word: float = 0.4) -> Transcript:
    words = tuple(
        Word(word, i * seconds_per_word, (i + 1) * seconds_per_word - 0.05)
        for i, word in enumerate(text.split())
    )
    return Transcript(text, words, duration_s=len(words) * seconds_per_word)


def test_a_short_question_of_the_candidate_gets_no_length_star_or_audience_tip() -> None:
    manager = load_personas().get("hiring-manager").audience
    asked = _spoken("who would i report to day to day?")
    analysis = analyze_answer(
        asked, question_kind="questions_to_ask", target_s=(30.0, 120.0), audience=manager
    )
    assert "too_short" not in analysis.flaw_codes
    assert not any("short" in tip.lower() or "target time" in tip for tip in analysis.tips)
    assert analysis.timing.target_s is None and analysis.timing.verdict is None
    assert analysis.audience_fit is None
    assert analysis.score_parts.delivery == 0
    view = AnswerView.from_parts(analysis.to_dict())
    assert view.target_s is None and view.verdict is None and not view.has_star


def test_a_long_rambling_set_of_questions_is_not_told_it_is_too_long_either() -> None:
    asked = " ".join(["and also i was wondering about the parking and the canteen"] * 30)
    analysis = analyze_answer(Transcript.from_text(asked), question_kind="questions_to_ask")
    assert "too_long" not in analysis.flaw_codes


def test_a_short_talk_is_judged_against_its_slot_not_as_a_story() -> None:
    talk = _spoken("Morning all. My pitch: merge the two depots. Cheaper, faster. Questions?")
    analysis = analyze_answer(talk, question_kind="presentation", target_s=(180.0, 300.0))
    assert "too_short" not in analysis.flaw_codes
    assert not any("set the scene" in tip for tip in analysis.tips)


def test_a_short_situational_answer_is_told_it_is_short_without_story_words() -> None:
    analysis = analyze_answer(
        _spoken("I would phone the client first."), question_kind="situational"
    )
    (flaw,) = [f for f in analysis.star.flaws if f.code == "too_short"]
    assert "set the scene" not in flaw.message and "point" in flaw.message


def test_a_short_behavioral_answer_still_gets_its_length_tip() -> None:
    analysis = analyze_answer(_spoken("We fixed the printer queue."), question_kind="behavioral")
    (flaw,) = [f for f in analysis.star.flaws if f.code == "too_short"]
    assert "set the scene" in flaw.message


def test_a_reply_to_a_probe_has_no_answer_length_to_miss() -> None:
    first = analyze_answer(
        _spoken(
            "last spring the night shift kept losing parcels between the scanner and the van so "
            "i walked the route with the two drivers and i moved the scanner next to the door"
        ),
        question_kind="behavioral",
    )
    reply, _ = analyze_follow_up(
        _spoken("lost parcels went from nine a week to one."), "no_result", first
    )
    assert reply.timing.target_s is None and reply.timing.verdict is None
    assert not any("short" in tip.lower() for tip in reply.tips)
    view = AnswerView.from_parts(reply.to_dict())
    assert view.verdict is None and view.target_s is None


def test_a_brisk_speaker_is_not_short_for_saying_a_whole_story_quickly() -> None:
    # 64 words in 19 s (about 200 wpm, a synthetic voice's pace): the story is all there.
    brisk = _spoken(
        "last year in the warehouse the pickers was always late with the friday orders and the "
        "boss he say to me fix it before christmas so i have made a new list of the shelves by "
        "how often we pick them and i moved the fast ones near the door and i show it to every "
        "shift after that the friday orders go out two hours earlier every week",
        seconds_per_word=0.3,
    )
    assert brisk.duration_s is not None and brisk.duration_s < 24.0
    analysis = analyze_answer(brisk, question_kind="behavioral", target_s=(60.0, 120.0))
    assert "too_short" not in analysis.flaw_codes
    # The same speed with a third of the words is short: the words decide, not the seconds.
    clipped = _spoken("friday orders late so i moved the fast shelves near the door", 0.3)
    assert "too_short" in analyze_answer(
        clipped, question_kind="behavioral", target_s=(60.0, 120.0)
    ).flaw_codes
