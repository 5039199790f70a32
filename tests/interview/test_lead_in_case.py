"""A lead-in that runs on into the question ("Cool. So,") was followed by the question as
written, capital and all: "Cool. So, Tell me about a time...". The question now continues the
sentence in lower case; a question opening with "I'm" or an acronym keeps its case."""

from __future__ import annotations

import dataclasses

from simulator.interview.banks import find_question
from simulator.interview.personas import load_personas

RUNS_ON = "Cool. So,"


def test_a_run_on_lead_in_continues_the_question_in_lower_case() -> None:
    question = find_question("behavioral/conflict-peer")
    personas = [p for p in load_personas().items.values() if RUNS_ON in p.transitions]
    assert personas, "a built-in persona has a lead-in that runs on"
    persona = dataclasses.replace(personas[0], transitions=(RUNS_ON,))

    said = persona.rephrase(question)
    assert said == f"{RUNS_ON} t{question.text[1:]}"
    # The article "A" starts a sentence too ("Cool. So, A key metric dropped" was heard).
    metric = dataclasses.replace(question, text="A key metric dropped fifteen percent.")
    assert persona.rephrase(metric) == f"{RUNS_ON} a key metric dropped fifteen percent."
    for opening in (
        "I'm curious how you plan a week.",
        "AI tools: which do you use?",
        "A/B tests: when do you trust one?",
        "I have one about rotas.",
    ):
        own = dataclasses.replace(question, text=opening)
        assert persona.rephrase(own) == f"{RUNS_ON} {opening}"
    # A lead-in that ends its own sentence leaves the question as written.
    ends = dataclasses.replace(persona, transitions=("Let's move on.",))
    assert ends.rephrase(question) == f"Let's move on. {question.text}"


def test_the_question_asked_after_a_run_on_lead_in_is_stored_as_the_bank_has_it() -> None:
    from simulator.config import Settings
    from simulator.interview.runner import Interview
    from simulator.storage.store import SessionStore

    question = find_question("behavioral/conflict-peer")
    persona = next(p for p in load_personas().items.values() if RUNS_ON in p.transitions)
    persona = dataclasses.replace(persona, transitions=(RUNS_ON,))
    interview = Interview(persona=persona, store=SessionStore(), settings=Settings(), speak=False)
    spoken = persona.rephrase(question)
    asked = interview.ask(question, spoken_text=spoken, on_event=lambda event: None)
    # Compare, the summary and the export group answers by this text.
    assert asked.question_text == question.text
    assert asked.lead_in == RUNS_ON


def test_every_run_on_lead_in_fits_a_statement_and_an_instruction() -> None:
    """The recruiter's "Perfect. I'd also love to know," ran on into a round-one re-ask, a
    statement: "Perfect. I'd also love to know, in your first round you were asked..." (and
    into "tell me about a time..." as badly). A lead-in that runs on ends on a connective
    ("So,", "Next,", "Now,") that fits whatever follows, not on a wish to know."""
    from simulator.interview.first_round import RECALL_BANK

    question = find_question("behavioral/conflict-peer")
    reask = dataclasses.replace(
        question,
        id=f"{RECALL_BANK}/conflict-peer",
        text="In your first round you were asked \u201cabout a conflict\u201d. I'd like to come "
        "back to it.",
    )
    for persona in load_personas().items.values():
        for lead_in in persona.transitions:
            if not lead_in.rstrip().endswith(","):
                continue
            one = dataclasses.replace(persona, transitions=(lead_in,))
            for asked in (question, reask):
                said = one.rephrase(asked)
                last = lead_in.rstrip(", ").split()[-1].lower()
                assert last not in {"know", "ask", "wondering", "curious", "hear"}, (
                    persona.id,
                    said,
                )
