"""A talk the speaker had with someone ("I had a quiet word with her after the shift, and it came
out that...") is the first thing they did, not more scene: told after the task it was read as
the Situation, and the card said to trim the set-up (breaker16 D6). Answers of our own."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Have you had to deal with someone who was not pulling their weight? What did you do?"
TALK = ("I had a quiet word with her after the shift, and it came out that her mother was in "
        "hospital and she was driving there every night.")
ANSWER = (
    "At a garden centre in Norwich one of the cashiers on my team kept leaving her till early, "
    "about one shift in three, and the queues built up behind her. As the shift supervisor it "
    "was my job to sort it before the weekend rush. " + TALK + " I moved her to the early shifts "
    "for a month, I asked a colleague to cover her Friday, and I checked in with her every week. "
    "She was back on her full hours by the spring."
)


def test_a_talk_after_the_task_is_an_action() -> None:
    analysis = analyze_answer(Transcript.from_text(ANSWER), question=QUESTION,
                              question_kind="behavioral")
    segments = [(s.label, s.text) for s in analysis.star.segments]
    action = " ".join(text for label, text in segments if label == "A")
    assert TALK in action, segments
    assert not any("set-up" in line.why for line in analysis.points_why), analysis.points_why
