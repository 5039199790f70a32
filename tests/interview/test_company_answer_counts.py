"""An answer about the company: the header's count of facts used is the count of the list shown
under it (the role included), every wrong fact is named in the tip, and a short answer is not
asked for "the example you gave" it never gave (breaker7 D12). A competitor the profile does not
list is counted and listed apart, as noted, not wrong (breaker15 B15). Real profile file, real
judge, the stored review read back."""

from __future__ import annotations

from pathlib import Path

from simulator.interview.company import load_company
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.interview.plan import company_knowledge_question
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView

PROFILE = """\
name = "Copperleaf Libraries"
news = ["In April 2026 we opened the Dunmore reading room.", "We cut late returns by 30% in 2025."]
competitors = ["Brightpage", "Shelfwise"]

[[values]]
name = "Open to everyone"

[role]
title = "Branch Librarian"
expectations = ["Run the Dunmore reading room"]
"""

# Terse notes, one fact wrong (the month) and a competitor the profile does not list.
NOTES = (
    "Copperleaf. Dunmore reading room opened in June. Late returns cut by 30% in 2025. "
    "Compete with Brightpage and Readmore. Open to everyone, that is why I like it. "
    "As Branch Librarian I would run the reading room."
)


def test_the_count_the_list_and_the_tips_agree(tmp_path: Path) -> None:
    path = tmp_path / "copperleaf.toml"
    path.write_text(PROFILE, encoding="utf-8")
    company = load_company(path)
    recruiter = get_persona("recruiter")
    request = analysis_request(company_knowledge_question(company, recruiter), recruiter, company)
    analysis, stored = judge(request, Transcript.from_text(NOTES))
    view = AnswerView.from_parts(stored, Transcript.from_text(NOTES).to_dict())
    assert analysis.company is not None and view.facts is not None
    assert len(view.facts.wrong) == 1
    assert len(view.facts.unlisted) == 1 and "Readmore" in view.facts.unlisted[0]
    assert "role: Branch Librarian" in view.facts.used
    assert analysis.company.summary.startswith(
        f"About the company: {len(view.facts.used)} facts used · 1 wrong · 1 not in your profile"
    )
    first = analysis.tips[0]
    assert "more wrong" not in first
    assert all(note in first for note in view.facts.wrong)
    assert view.facts.unlisted[0] in analysis.tips
    assert not any("example you gave" in tip for tip in analysis.tips)
