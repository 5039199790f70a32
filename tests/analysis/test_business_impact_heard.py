"""No tip asks for what the answer has: a senior leader's "Business impact" tip does not fire on
an answer that tells what was at stake for a client and a contract, and still fires on one that
tells nothing of the business. The real persona file, through `analyze`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.cli import main

# Result first, clipped, a dispatcher's way of telling it.
AT_STAKE = (
    "Missed collections went from nine a week to one in six weeks. This was at a parcel depot in "
    "2022, I was the evening dispatcher. The missed collections were hurting our "
    "largest client, and their contract was up for renewal in spring. I logged every missed "
    "pickup for a month, found most were drivers sent to closed gates, and I made the route "
    "sheet show gate hours. I also rang the client's site manager weekly myself."
)
# The same shape with nothing said about clients, money or the business.
NO_STAKE = (
    "Missed collections went from nine a week to one in six weeks. This was at a parcel depot in "
    "2022, I was the evening dispatcher. The drivers were annoyed about it and so was I. I "
    "logged every missed pickup for a month, found most were drivers sent to closed gates, and "
    "I made the route sheet show gate hours. I also checked the sheets myself each evening."
)
TIP = "A senior leader would want the business impact"


def _analysis(capsys: pytest.CaptureFixture[str], tmp_path: Path, answer: str) -> dict:
    path = tmp_path / "answer.txt"
    path.write_text(answer, encoding="utf-8")
    args = ["analyze", "--text", str(path), "--json", "--persona", "senior-leader",
            "--question", "behavioral/conflict-peer"]
    assert main(args) == 0
    return json.loads(capsys.readouterr().out)


def test_a_client_and_a_contract_at_stake_are_business_impact(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _analysis(capsys, tmp_path, AT_STAKE)
    assert "Business impact" in data["audience"]["themes_spoken_to"]
    assert not any(TIP in tip for tip in data["tips"])


def test_an_answer_without_the_business_still_gets_the_tip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _analysis(capsys, tmp_path, NO_STAKE)
    missed = [theme["label"] for theme in data["audience"]["themes_missed"]]
    assert "Business impact" in missed


# breaker8 D22: a cost saving told as overtime saved, in a learner's words, with no cue word.
OVERTIME = (
    "Head office want to close the parcel hub on Sundays, but the Sunday loading is feeding "
    "Monday deliveries. I was shift manager, I must find a way the Monday vans still leave "
    "full. I moved the heavy cages to Saturday night and I made two short Sunday shifts of "
    "four hours instead one long. In the end we saved almost half of the overtime hours and "
    "the Monday vans left on time every week of the trial."
)


def test_overtime_saved_is_business_impact(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = _analysis(capsys, tmp_path, OVERTIME)
    assert "Business impact" in data["audience"]["themes_spoken_to"]
    assert not any(TIP in tip for tip in data["tips"])
