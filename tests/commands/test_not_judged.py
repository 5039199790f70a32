"""An answer cut short is "not scored", yet the export showed "score 0/100 · interrupted",
"points lost: structure 92, … (sum 144)" and "STAR: Situation ✓ Task ✓ Action ✗ Result ✗",
and `reanalyze` said "question 2: score 0 -> 0". Such an answer is not judged anywhere: the
read layer (`AnswerView`) drops the stored verdicts, and the export, reanalyze and the views
show "not judged". Real typed answers through the real runner and store; the real CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.store import SessionStore
from simulator.storage.views import views

# A pharmacist's first answer in full, then a budget answer cut off mid-sentence.
FULL = (
    "In 2024 I was deputy in the dispensary. Top-ups to the surgical ward were late, so my task "
    "was to fix it. I changed one technician's shift and I wrote a checklist. Late top-ups "
    "went from twelve a week to one a week."
)
HALF = "Okay so the budget, in 2025 I was responsible for the"


def cli(home: Path, *argv: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "simulator", *argv],
        env={**os.environ, "INTERVIEW_SIM_HOME": str(home)},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_interrupted_answer_shows_no_score_points_or_star_anywhere(private_home: Path) -> None:
    bank = get_bank("behavioral")
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"), bank_id=bank.id, store=store,
        settings=Settings(), speak=False,
    )
    interview.answer_by_text(interview.ask(bank.questions[0], on_event=ignore_events), FULL,
                             ignore_events)
    cut = interview.answer_by_text(interview.ask(bank.questions[1], on_event=ignore_events),
                                   HALF, ignore_events, interrupted=True)
    assert cut.analysis and cut.analysis.get("star"), "the cut answer has a stored analysis"
    interview.finish()

    full, half = views(store.load(interview.session_id))
    assert full.judged and full.score is not None and full.star_parts
    assert not half.judged and half.score is None and not half.star_parts
    assert not half.points_lost and not half.flaws and not half.tips
    assert half.heading == "not judged · interrupted (left out of averages)"
    assert half.text == HALF  # what was said is still shown

    report = cli(private_home, "export", "latest")
    second = report.split("## 2. ", 1)[1].split("## What to practise next", 1)[0]
    assert "not judged · interrupted (left out of averages)" in second, second
    assert "score" not in second and "points lost" not in second and "✓" not in second, second

    again = cli(private_home, "reanalyze", "latest")
    assert "question 2: not judged · interrupted (left out of averages)" in again, again
    assert "question 2: score" not in again and "question 1: score" in again, again
