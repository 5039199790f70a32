"""Your questions to them: one that builds on the company's news and asks what the profile does
not say is a prepared question, not "shallow"; one the profile answers word for word still is.
Real profile file, the judge the room and the CLI use."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.company import load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.speech.stt import Transcript

PROFILE = """\
name = "Kestrel Community Fire Service"
news = [
    "In 2026 we moved the Dunmore station to a new site by the ring road.",
    "Kitchen fires fell 15% after our Home Safety Visits scheme.",
]
[role]
title = "Station Officer"
"""


def test_a_question_built_on_the_news_is_prepared_and_one_it_answers_is_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "kestrel.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    # Typed fast, one per line: the first combines two news items and asks what neither says.
    asked = (
        "will the home safety visits scheme be extended to the streets the dunmore station "
        "covers from the new site?\n"
        "Did you move the Dunmore station to a new site by the ring road?\n"
    )
    request = analysis_request(
        None, get_persona("hiring-manager"), company,
        question_text="What would you like to ask me?", question_kind="questions_to_ask",
    )  # fmt: skip
    _, stored = judge(request, Transcript.from_text(asked))
    built, repeated = stored["candidate_questions"]["questions"]
    assert built["searchable"] == "" and built["depth"] == "deep", built
    assert "Builds on their news" in built["reason"] and "shallow" not in built["reason"]
    assert repeated["depth"] == "shallow" and repeated["searchable"].startswith("its news")
    assert stored["candidate_questions"]["searchable"] == 1
