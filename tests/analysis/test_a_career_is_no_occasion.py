"""An answer that describes a career in claims is vague, not a story missing its Result
(issue 13, item 3; bench/analysis_accuracy.py: 8 weak answers of dev4, dev7, dev8, dev9, held4,
held6 and held8 that their writers call vague were told "Finish with the result" or nothing).
"Throughout my career I have led…" reads as past actions once the present perfect is read as a
story's past; three claims across a career, always, a belief or a trait, no time named and
fewer than two events of the speaker's own make it a person described, not an occasion
(flaws._ACROSS_A_CAREER). A story that opens on what the speaker is like and then tells one
named time is still a story. All answers are our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you improved the way your team worked."
GENERAL = "This describes what you are like in general"

# Polished senior career-page English.
POLISHED = (
    "Throughout my career I have focused on continuous improvement. In my previous roles I have "
    "introduced lean methods, streamlined reporting and mentored colleagues to take ownership "
    "of their processes. I believe improvement is everyone's job, not just the manager's. My "
    "directors have often said that I leave every team more efficient than I found it, and that "
    "is something I take pride in."
)
# A non-native speaker's present perfect and "since".
NON_NATIVE = (
    "I am working in hotels since twelve years, in Cairo and in Dubai, and I am very hard "
    "working person. I have always given my best to the team and I have improved many things "
    "in the housekeeping, the rotas, the checklists, everything. I think the team needs a "
    "leader who is example. The managers always tell me that I am the one they can trust."
)
# Run-on speech, lower case, no full stops.
RUN_ON = (
    "honestly i'm the kind of person who always looks for a better way you know like wherever "
    "i've worked i've sort of been the one fixing the spreadsheets and the rotas and i think "
    "people just come to me for that and my bosses would all tell you i'm reliable so yeah i'd "
    "say improving things is kind of what i do"
)


@pytest.mark.parametrize("text", [POLISHED, NON_NATIVE, RUN_ON],
                         ids=["polished", "non-native", "run-on"])
def test_a_career_told_in_claims_is_vague(text: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert analysis.flaw_codes[0] == "vague"
    assert analysis.tips[0].startswith(GENERAL)
    # No story is told, so no part of one is asked for as if the rest were there.
    assert not {"no_result", "no_situation", "no_task", "no_action"} & set(analysis.flaw_codes)
    assert not any(tip.startswith(("Finish with the result", "Open with")) for tip in analysis.tips)
    assert analysis.score < 40


def test_what_you_are_like_then_one_named_time_is_a_story() -> None:
    # Two claims about the speaker, then last March and what they did: a good answer.
    text = (
        "I've always been the one who fixes the rotas, and I'm quite organised by nature. But "
        "the clearest example is last March at the distribution centre, when pickers were "
        "waiting twenty minutes a shift for labels. I moved the label printer to the start of "
        "the aisle, wrote a one-page guide and trained both shifts myself. Waiting dropped to "
        "about three minutes, and my manager rolled it out to the other two sites."
    )
    analysis = analyze_answer(Transcript.from_text(text), question=QUESTION)
    assert "vague" not in analysis.flaw_codes
    assert not any(tip.startswith(GENERAL) for tip in analysis.tips)
    assert analysis.score >= 80

