"""A round-one question is asked again on what was doubted about that very answer. The notes
said of one answer "never said what changed because of it", and, on the same area, a general
note asked for "concrete" stories; the general word, written later, won: the question came back
asking for "the who, the when and a figure or two", and the summary's verdict named "one
particular occasion" rather than the doubt about how it ended. Real notes file, real banks."""

from __future__ import annotations

from pathlib import Path

from simulator.analysis.doubts import BY_KEY
from simulator.interview.banks import load_banks
from simulator.interview.first_round import ask_again, load_first_round

# A hotel reception lead's notes after round one, in shorthand.
NOTES = """\
name = "Grand Quay r1"

[[asked]]
question = "Tell me about a time you changed how the front desk works"
answer = "the late check-in board"
feedback = "said i never told them what came of it"
weak = true
competencies = ["results"]

[[feedback]]
note = "overall wanted concrete examples and detail in the stories"
competencies = ["results"]
"""


def test_the_answers_own_doubt_is_the_one_pressed(tmp_path: Path) -> None:
    path = tmp_path / "grand-quay.toml"
    path.write_text(NOTES, encoding="utf-8")
    question = ask_again(load_first_round(path), dict(load_banks().items))
    assert question is not None and question.asked_before is not None
    assert question.asked_before.doubt == "result"
    assert question.text.endswith(BY_KEY["result"].angle)
    assert "the who, the when" not in question.text


def test_what_changed_and_what_difference_name_the_end() -> None:
    from simulator.analysis.doubts import doubt_in

    for said in ("never said what changed after", "no idea what difference it made"):
        found = doubt_in(said)
        assert found is not None and found.key == "result", said
