"""Feedback on one answer: STAR structure, timing and delivery, fillers. Pure functions over a
Transcript; nothing here touches audio devices, files or the UI.

The public names are imported on first use (PEP 562): personas only need `audience`, and the
interview room's start-up should not pay for compiling the STAR rules."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.analysis.answer import (
        AnswerAnalysis,
        AudienceFit,
        StarReport,
        analyze_answer,
        missing_part_probe_code,
        probe_codes_in_order,
    )
    from simulator.analysis.audience import FLAW_CODES
    from simulator.analysis.flaws import Flaw
    from simulator.analysis.questions import DEFAULT_TARGET_S, classify_question
    from simulator.analysis.report import render_report

_HOMES = {
    "AnswerAnalysis": "answer",
    "AudienceFit": "answer",
    "StarReport": "answer",
    "analyze_answer": "answer",
    "missing_part_probe_code": "answer",
    "probe_codes_in_order": "answer",
    "FLAW_CODES": "audience",
    "Flaw": "flaws",
    "DEFAULT_TARGET_S": "questions",
    "classify_question": "questions",
    "render_report": "report",
}

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
    "probe_codes_in_order",
    "render_report",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
