"""A value's meaning the user wrote (the app's company form saves a name and a description, no
cues) shows the value where the speaker acts in its words (breaker14 B17): "Speak up", "raise a
concern the same day", and a story in which the speaker raised a concern the same morning was
told to "tie the story back". The description's words in the scene only, or in a hypothetical,
show nothing. Profile and answers are new text of our own."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.company import load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.plan import company_value_question
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView

PROFILE = """\
name = "Hollins Print Works"

[[values]]
name = "Speak up"
description = "raise a concern the same day"
"""

# A print-room supervisor.
SHOWN = (
    "Last March a new starter on the guillotine was cutting with the guard lifted. I was the "
    "shift supervisor. I raised a concern with the works manager that afternoon, I stopped the "
    "machine until the guard was fixed, and I went through the safety card with him. Nobody "
    "has cut with the guard up since."
)
SCENE_ONLY = (
    "Last March people on the guillotine had a concern about the guard, and it was raised at "
    "every meeting. I was the shift supervisor. The engineer fixed the guard in April."
)


def _judged(answer: str, tmp_path: Path) -> tuple[list[str], tuple[str, ...]]:
    path = tmp_path / "hollins.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    request = analysis_request(company_value_question(company), None, company)
    analysis, stored = judge(request, Transcript.from_text(answer))
    view = AnswerView.from_parts(stored, Transcript.from_text(answer).to_dict())
    assert analysis is not None
    return [link.value for link in view.value_links], analysis.tips


def test_the_values_meaning_in_your_own_deed_shows_it(tmp_path: Path) -> None:
    links, tips = _judged(SHOWN, tmp_path)
    assert links == ["Speak up"]
    assert not [tip for tip in tips if tip.startswith("Tie the story back")]


def test_the_meanings_words_in_the_scene_show_nothing(tmp_path: Path) -> None:
    links, tips = _judged(SCENE_ONLY, tmp_path)
    assert links == []
    assert [tip for tip in tips if tip.startswith("Tie the story back to \u201cSpeak up")]
