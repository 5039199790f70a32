"""A scene a follow-up reply tells outright (where it was, when, what was going on) is the
question's scene, whatever its probe asked (breaker16 D27): the reply to "What were you on the
hook for there?" that says where and when leaves no "no Situation found" beside it, and is
shown as the scene. A reply with no such words repairs no scene."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import analyze_follow_up
from simulator.analysis.follow_up import joined
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved something at work without being asked."
# A ferry company's ticket desk; it opens on the actions, with no scene and no duty told.
NO_SCENE = (
    "I wrote a one-page guide for the two ticket machines, I put a copy at each window, and I "
    "showed the weekend staff how to reset the card reader. After that the queue at the desk "
    "went from about twenty minutes on Saturdays to five."
)
# Replies to "What were you on the hook for there?": the scene, told plainly, spoken and typed.
SCENE_SPOKEN = ("yeah it was at a ferry terminal in oban, 2022, the ticket machines were "
                "jamming every saturday and the queue was going out the door")
SCENE_TYPED = ("This was at the ferry terminal in Oban two summers ago, the ticket machines "
               "were jamming every Saturday and the queue was going out the door.")
NOTHING = "It was quite stressful honestly, but I got through it."


def _after(reply: str) -> tuple[bool, bool, set[str]]:
    first_t, reply_t = Transcript.from_text(NO_SCENE), Transcript.from_text(reply)
    first = analyze_answer(first_t, question=QUESTION)
    assert "no_situation" in first.flaw_codes
    whole = analyze_answer(joined(first_t, reply_t), question=QUESTION)
    merged, _ = analyze_follow_up(reply_t, "no_task", first, whole=whole)
    return (merged.star.parts["S"].present, "no_situation" in {f.code for f in merged.star.flaws},
            {s.label for s in merged.star.segments})


def test_a_scene_told_in_the_reply_is_the_question_s_scene() -> None:
    for reply in (SCENE_SPOKEN, SCENE_TYPED):
        present, still_flawed, labels = _after(reply)
        assert present and not still_flawed, reply
        assert "S" in labels, (reply, labels)


def test_a_reply_with_no_scene_repairs_none() -> None:
    present, still_flawed, _ = _after(NOTHING)
    assert not present and still_flawed
