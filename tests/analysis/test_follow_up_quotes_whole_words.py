"""A follow-up's verdict quoted "up went from about half" out of "stand-up went from about half
the team" (breaker11 D15): the match reads a hyphen as a space. The quote now starts on a whole
word. Replies are our own."""

from __future__ import annotations

from simulator.analysis.follow_up import judge_follow_up, probe_asks
from simulator.speech.stt import Transcript

PROBE = "How did it turn out in the end?"


def test_a_quoted_outcome_starts_on_a_whole_word() -> None:
    reply = (
        "The head agreed to try the lunchtime slot for a term. By the end of it the club's "
        "sign-up went from about half the class to every pupil, so she kept it."
    )
    asks = probe_asks(PROBE)
    judged = judge_follow_up(Transcript.from_text(reply), asks[0], also=asks[1:])
    assert judged.gives, judged
    quoted = judged.message.split('("', 1)[1].split('")', 1)[0]
    assert reply.find(quoted) >= 0, quoted
    start = reply.find(quoted)
    assert start == 0 or not (reply[start - 1].isalnum() or reply[start - 1] == "-"), quoted
