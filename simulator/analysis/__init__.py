"""Feedback on one answer: STAR structure, timing and delivery, fillers. Pure functions over a
Transcript; nothing here touches audio devices, files or the UI."""

from simulator.analysis.answer import (
    AnswerAnalysis,
    AudienceFit,
    StarReport,
    analyze_answer,
    missing_part_probe_code,
)
from simulator.analysis.flaws import FLAW_CODES, Flaw
from simulator.analysis.questions import DEFAULT_TARGET_S, classify_question
from simulator.analysis.report import render_report

__all__ = [
    "DEFAULT_TARGET_S",
    "FLAW_CODES",
    "AnswerAnalysis",
    "AudienceFit",
    "Flaw",
    "StarReport",
    "analyze_answer",
    "classify_question",
    "missing_part_probe_code",
    "render_report",
]
