"""A Task told in shapes the rules missed (false absent: 6 of held14's 8 told parts reported
missing were Tasks): a duty given in someone else's own words ("the head chef called me into the
office and said, 'You sort that cold room before Friday'"), given in the passive with who gave
it ("I was told by the shift manager to..."), and, in an answer that opens on its first deed,
what the speaker wanted told after it ("What I wanted was to stop running out of flour...", "I
wanted the head... to drop the weekend homework"). Each answer is a new one of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript
from tests.analysis.test_spoken_others_outcome import spoken

Q = "Tell me about a time you solved a problem at work."

SAID = (
    "I was second chef at a hotel kitchen in Cork, and two days before the health inspection "
    "the cold room alarm kept going off at night. The head chef called me into the office and "
    "said, 'You sort that cold room before Friday, I don't care how.' I checked the door seal "
    "and found it was torn at the bottom, I moved the racks away from the fan, and I logged the "
    "temperature every two hours for two nights. The engineer changed the seal on Thursday, and "
    "we passed the inspection with no remarks on the cold room."
)
# A failure story: the duty given in the passive, with who gave it.
PASSIVE = (
    "I was a line operator at a dairy in Cornwall during the spring flush, when the plant runs "
    "day and night. One night I was told by the shift manager to swap the cream separator over "
    "to the second tank while the line was running, which I had done before, but only on days. "
    "I did the swap, but I opened the valves in the wrong order, because I was tired and I did "
    "not use the checklist. About two thousand litres went to the drain before the alarm "
    "stopped it. I went straight to the shift manager and told him it was me. Then I wrote the "
    "valve order on a card and fixed it to the panel. The card is still on the panel, and "
    "nobody has lost a tank on that swap since."
)
# Opens on the first deed; what the speaker wanted is told after it.
AIM_AFTER_DEED = (
    "I started to weigh the flour sacks myself every morning for three weeks at the bakery "
    "where I am the shift lead, and I wrote down what each baker took. What I wanted was to "
    "stop running out of flour on Saturdays, because the owner was asking me why we ordered "
    "twice a week. I found the night baker used a bigger scoop, so I gave everybody the same "
    "scoop and put the weights on the wall. After a month we ordered once a week again, and we "
    "did not run out on one Saturday."
)
# Opens on the first deed; the goal set for someone else comes next.
WANTED_FOR_OTHERS = (
    "I went to the head teacher with a folder where I had written, for one term, how many of my"
    " year seven pupils came to school on Monday without sleep. I wanted the head, who is very "
    "proud of our homework policy, to drop the weekend homework for year seven, because I "
    "believed the children were too tired. I showed her the folder in her office and I asked "
    "for one half term as a trial. She agreed, and the Monday lateness in year seven fell by "
    "half that half term."
)


@pytest.mark.parametrize(
    ("text", "duty"),
    [(SAID, "said, 'You sort that cold room before Friday"),
     (PASSIVE, "One night I was told by the shift manager to swap the cream separator"),
     (AIM_AFTER_DEED, "What I wanted was to stop running out of flour on Saturdays"),
     (WANTED_FOR_OTHERS, "I wanted the head, who is very proud of our homework policy, to drop")],
)
def test_a_duty_in_other_shapes_is_the_task(text: str, duty: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=Q)
    assert all(analysis.star.parts[p].present for p in "TAR"), analysis.star.segments
    assert any(s.label == "T" and duty in s.text for s in analysis.star.segments), [
        (s.label, s.text) for s in analysis.star.segments]
    assert "no_task" not in analysis.flaw_codes


# Recognised speech with no marks: the duty given in the manager's words comes in a later
# stretch of what the labeller read as the actions.
SPOKEN_SAID = (
    "so i was a porter at a hospital in leeds nights mostly and one week the lad who drove the "
    "blood samples to the lab went off sick and the supervisor was like can you take the lab run "
    "tonight because there is nobody else and i had never driven the van so i read the route "
    "sheet twice and i rang the lab to check where to park and i did a practice run in my own "
    "car before the shift and by the friday i had done every run on time and the supervisor put "
    "me on the lab rota for good"
)


def test_a_duty_given_in_words_is_the_task_in_unmarked_speech() -> None:
    analysis = analyze_answer(spoken(SPOKEN_SAID), question=Q)
    assert all(analysis.star.parts[p].present for p in "STAR"), analysis.star.segments
    assert any(s.label == "T" and "the supervisor was like can you take the lab run" in s.text
               for s in analysis.star.segments)
