"""An answer cut at any moment keeps the words spoken in it. A recording that starts or ends in
the middle of a word (the user pressed Ctrl-C, or the microphone came on mid-sentence) once made
Whisper, primed with the filler prompt, loop ("uh, uh, uh ...") or invent a sentence; that
segment was dropped as a failed decode and the transcript came back empty. The cuts below are
ones that came back empty (or with one word) that way; the prefixes end mid-word."""

from __future__ import annotations

import re

import pytest

from simulator.audio.clip import RATE, Clip
from simulator.speech.stt import Recognizer, Transcript, default_recognizer
from tests.support.speech import flite_clip

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("cut-answers")]
"""One worker runs them all (./dev.sh test): the whole answer is transcribed once, not once per
worker that picks up one of the cuts."""

ANSWER = (
    "Last spring our warehouse scanners kept dropping orders during the night shift, so I "
    "volunteered to find out why. I logged every failure for two weeks, and the pattern was "
    "clear: the handhelds lost the network whenever the big freezer doors opened. I asked the "
    "facilities team to move two access points, and I wrote a small retry queue so a scan "
    "would wait instead of vanishing. After that the lost orders went from about thirty a week "
    "to none, and the night supervisor stopped calling me at three in the morning."
)
"""The answer tests/commands/test_ctrl_c.py plays and interrupts."""

CUTS_S = [(1.85, 3.0), (21.83, 3.0), (3.70, 7.5), (18.87, 7.5), (0.0, 2.5), (0.0, 8.0)]
"""(start, length) in seconds. With the filler prompt alone, the first four gave no words."""

KEPT_SHARE = 0.6
"""Of the words the whole answer's transcript places inside a cut, at least this share must be
in the cut's own transcript (words at the cut's edges are half heard)."""


def bare_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


@pytest.fixture(scope="module")
def recognizer() -> Recognizer:
    return default_recognizer()


@pytest.fixture(scope="module")
def answer(tmp_path_factory: pytest.TempPathFactory) -> Clip:
    return flite_clip(ANSWER, tmp_path_factory.mktemp("cut-answers"))


@pytest.fixture(scope="module")
def whole(recognizer: Recognizer, answer: Clip) -> Transcript:
    return recognizer.transcribe(answer)


@pytest.mark.parametrize(("start_s", "length_s"), CUTS_S)
def test_a_cut_answer_keeps_its_words(
    recognizer: Recognizer, answer: Clip, whole: Transcript, start_s: float, length_s: float
) -> None:
    end_s = start_s + length_s
    assert end_s <= answer.duration_s
    cut = Clip(answer.samples[round(start_s * RATE) : round(end_s * RATE)])
    spoken = [
        word
        for w in whole.words
        if w.start is not None and w.end is not None and w.start >= start_s and w.end <= end_s
        for word in bare_words(w.text)
    ]
    assert len(spoken) >= 2 * length_s, f"the whole answer's transcript is off: {whole.text}"
    heard = bare_words(recognizer.transcribe(cut).text)
    kept = [word for word in spoken if word in heard]
    assert len(kept) >= KEPT_SHARE * len(spoken), (
        f"cut {start_s}-{end_s} s kept {len(kept)} of {len(spoken)} words: {' '.join(heard)!r}"
    )
