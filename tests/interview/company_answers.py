"""Shared by the tests of answers about the company: one answer judged as a session stores it."""

from __future__ import annotations

from simulator.interview.company import CompanyProfile
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import get_persona
from simulator.interview.plan import company_knowledge_question, company_market_question
from simulator.speech.stt import Transcript


def stored_company_answer(
    company: CompanyProfile, text: str, *, persona_id: str, market: bool = False
) -> dict:
    """`text` judged as the answer to `persona_id`'s question about the company (its market
    when `market`, else what the candidate knows), as the session stores it."""
    persona = get_persona(persona_id)
    question = (
        company_market_question(company, persona)
        if market
        else company_knowledge_question(company, persona)
    )
    assert question is not None
    _, stored = judge(analysis_request(question, persona, company), Transcript.from_text(text))
    return stored
