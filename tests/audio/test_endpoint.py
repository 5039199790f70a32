"""End of answer on real flite speech through the real webrtcvad, and the meter level."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from simulator.audio.clip import RATE, Clip
from simulator.audio.endpoint import Endpointer
from simulator.audio.levels import FLOOR_DBFS, level
from tests.audio.timing import last_sound_s
from tests.support.speech import flite_clip


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE), dtype=np.int16)


def ended_at_s(endpointer: Endpointer, samples: np.ndarray, block: int = 512) -> float | None:
    """Audio time at which `feed` first says the answer is over (uneven blocks on purpose)."""
    for first in range(0, len(samples), block):
        if endpointer.feed(samples[first : first + block]):
            return min(first + block, len(samples)) / RATE
    return None


@pytest.fixture(scope="module")
def spoken(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Clip]:
    workdir = tmp_path_factory.mktemp("speech")
    return {
        "first": flite_clip("When the release slipped, I took over the test plan", workdir),
        "second": flite_clip("and we shipped on the new date with no defects.", workdir, "rms"),
    }


def test_an_answer_ends_about_the_silence_length_after_its_last_word(
    spoken: dict[str, Clip],
) -> None:
    answer = spoken["first"].samples
    audio = np.concatenate([silence(0.5), answer, silence(3.0)])
    last_word = last_sound_s(audio)

    ended = ended_at_s(Endpointer(silence_s=0.8), audio)

    assert ended is not None
    assert 0.8 <= ended - last_word <= 1.2


def test_a_comma_pause_does_not_end_the_answer(spoken: dict[str, Clip]) -> None:
    audio = np.concatenate(
        [spoken["first"].samples, silence(0.5), spoken["second"].samples, silence(3.0)]
    )
    second_starts = (len(spoken["first"].samples) + round(0.5 * RATE)) / RATE
    endpointer = Endpointer(silence_s=0.8)

    ended = ended_at_s(endpointer, audio)

    assert ended is not None and ended > second_starts + 1.0
    assert ended - last_sound_s(audio) <= 1.2
    assert endpointer.last_speech_end_s is not None
    assert endpointer.last_speech_end_s > second_starts


def test_a_longer_silence_setting_waits_longer(spoken: dict[str, Clip]) -> None:
    audio = np.concatenate([spoken["first"].samples, silence(4.0)])
    ended = ended_at_s(Endpointer(silence_s=2.5), audio)
    assert ended is not None
    assert 2.5 <= ended - last_sound_s(audio) <= 2.9


def test_silence_alone_or_a_click_never_ends_an_answer() -> None:
    click = np.concatenate([silence(1.0), np.full(160, 20000, dtype=np.int16), silence(3.0)])
    endpointer = Endpointer()
    assert ended_at_s(endpointer, click) is None
    assert not endpointer.heard_speech
    assert endpointer.audio_s == pytest.approx(len(click) / RATE, abs=0.03)


def test_once_ended_it_stays_ended(spoken: dict[str, Clip]) -> None:
    endpointer = Endpointer()
    assert ended_at_s(endpointer, np.concatenate([spoken["first"].samples, silence(2.0)]))
    assert endpointer.feed(spoken["second"].samples)


def test_aggressiveness_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="aggressiveness"):
        Endpointer(aggressiveness=4)


def test_level_maps_dbfs_onto_a_meter(tmp_path: Path) -> None:
    assert level(silence(0.1)) == 0.0
    assert level(np.zeros(0, dtype=np.int16)) == 0.0
    full = np.full(1600, 32767, dtype=np.int16)
    assert level(full) == pytest.approx(1.0, abs=1e-3)
    half = np.full(1600, 16384, dtype=np.int16)  # -6 dBFS
    assert level(half) == pytest.approx(1 - 6.02 / -FLOOR_DBFS, abs=1e-2)
    speech = flite_clip("Testing the meter.", tmp_path).samples
    assert 0.3 < level(speech) < 0.95


@pytest.mark.parametrize(
    ("verdict", "after_s"),
    [("done", 0.6), ("unsure", 1.2), ("open", 2.4)],
)
def test_the_words_shorten_or_lengthen_the_silence_that_ends_an_answer(
    spoken: dict[str, Clip], verdict: str, after_s: float
) -> None:
    """With silence_s 1.2: a complete answer that told its result ends after QUICK_S (0.6 s),
    one stopped mid-clause waits twice the silence, an unsure one the silence itself."""
    samples = np.concatenate([spoken["first"].samples, spoken["second"].samples, silence(4.0)])
    asked: list[float] = []

    def judge(last_speech_end_s: float) -> str:
        asked.append(last_speech_end_s)
        return verdict

    endpointer = Endpointer(silence_s=1.2, judge=judge)
    ended = ended_at_s(endpointer, samples)
    assert ended is not None and endpointer.last_speech_end_s is not None
    waited = ended - endpointer.last_speech_end_s
    assert after_s <= waited < after_s + 0.1
    assert endpointer.ended_by_words == (verdict == "done")
    assert asked and all(t == endpointer.last_speech_end_s for t in asked[-3:])


def test_the_words_verdicts() -> None:
    from simulator.analysis.answer_end import answer_end_verdict

    told = (
        "I had two days to learn the billing code. I read the tests first, asked the author "
        "three questions, and shipped the fix on time."
    )
    assert answer_end_verdict(told) == "done"
    assert answer_end_verdict(told[:-1] + ",") == "open"
    assert answer_end_verdict("I had two days to learn the billing code and") == "open"
    assert answer_end_verdict("We had no metrics for the service.") == "unsure"  # too short
    assert answer_end_verdict(told + " Then I") == "open"
    assert answer_end_verdict("") == "unsure"
    # The labeller calls this one clause an Action; "renewed their contract" tells the result.
    renewed = (
        "A customer wanted a refund we could not give, I listened, offered a credit instead, "
        "and they renewed their contract the next year."
    )
    assert answer_end_verdict(renewed) == "done"
    # A result word with no Action before it is still the Situation: the story goes on.
    assert (
        answer_end_verdict(
            "We had no metrics for the service and the team was eight people in two cities "
            "who argued about it."
        )
        == "unsure"
    )


CTRL_C_IN_IMPORT = r"""
import sys

class CtrlC:
    # A Ctrl-C that lands while webrtcvad imports importlib.metadata.
    def find_spec(self, name, path=None, target=None):
        if name == "importlib.metadata":
            raise KeyboardInterrupt
        return None

sys.modules.pop("importlib.metadata", None)
sys.meta_path.insert(0, CtrlC())
from simulator.audio.endpoint import Endpointer
try:
    Endpointer()
except KeyboardInterrupt:
    print("KeyboardInterrupt")
"""


def test_a_ctrl_c_while_webrtcvad_imports_stays_a_ctrl_c() -> None:
    """webrtcvad turned it into a NameError (its except clause names what the cut import was to
    bind), which crashed `practice --answer-from` mid-transcription with exit 1."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", CTRL_C_IN_IMPORT], cwd=root, capture_output=True, text=True
    )
    assert done.stdout.strip() == "KeyboardInterrupt", done.stderr[-600:]
