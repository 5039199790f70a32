"""A reply to a probe is judged by what the probe asked, not by its length: a one-line figure
answers "why did it matter?", a long reply that mentions "no idea" is not a shrug, and a probe
asking two things that got one says which it got."""

from __future__ import annotations

from simulator.analysis.follow_up import SUBSTANCE, judge_follow_up
from simulator.interview.judging import probe_codes
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView


def _line(persona_id: str, probe: str, reply: str) -> tuple[bool, str]:
    main, *also = probe_codes(get_persona(persona_id), probe) or ("",)
    judged = judge_follow_up(Transcript.from_text(reply), main, also=tuple(also))
    view = AnswerView.from_parts({"follow_up": judged.to_dict(), "score": 50})
    assert view.probe is not None
    return judged.gives, view.probe.line


def test_a_one_line_figure_answers_why_it_mattered() -> None:
    probe = "Say more about why it mattered."
    assert probe in get_persona("senior-leader").probes["too_short"]
    gives, line = _line("senior-leader", probe, "Bin collections missed went 40 a week to 6.")
    assert gives and line == "gave the outcome ✓", line
    assert "words" not in line


def test_a_long_reply_to_how_you_approached_it_is_judged_on_what_it_did() -> None:
    probe = "Could you go into a bit more detail? I'd like to hear how you approached it."
    assert probe in get_persona("hiring-manager").probes["too_short"]
    reply = (
        "Ok so the lab freezer alarm went off on the bank holiday and honestly nobody had any "
        "idea which samples were in it, no idea at all, the list was on paper in a locked "
        "office. I rang the facilities man, got the key, moved the racks to the spare freezer "
        "on level two myself and wrote the new list on the door. We lost none of the samples."
    )
    gives, line = _line("hiring-manager", probe, reply)
    assert gives and line == "gave what you did ✓", line


def test_a_probe_asking_two_things_says_which_one_came() -> None:
    probe = "What was the hardest decision in that, and who disagreed with you?"
    reply = "our night supervisor. she said no at first. I showed her the rota and she came round"
    gives, line = _line("hiring-manager", probe, reply)
    assert not gives
    assert line.startswith("gave who it was (a person or role) ✓ · did not give the decision")
    assert line.endswith("✗")


def test_a_probe_naming_nothing_takes_a_fact_of_any_length_but_not_a_shrug() -> None:
    probe = "Could you tell me a little more about that?"
    gives, line = _line("recruiter", probe, "I phoned all 30 families myself that same evening.")
    assert gives and line == f"gave {SUBSTANCE} ✓", line
    assert not _line("recruiter", probe, "hmm, not sure, I can't remember really")[0]
