"""An answer about the company is linked to the role when it talks about the role's work, not
when it uses a phrase any job would fit (breaker15 B14): "I can learn a lot and grow" and "I want
to work here" are what the candidate wants from any employer; "I want to schedule the berths for
the new cranes" and "as berth scheduler" (no article, as many speakers of other languages say it)
name the job of a Berth Scheduler. Profile and answers are new text of our own."""

from __future__ import annotations

import pytest

from simulator.analysis.company_facts import check_facts

ROLE = "Container Berth Scheduler"
DUTIES = ("Publish the berth plan by Friday noon", "Agree crane shifts with the dock foremen")
NEWS = ("In June we opened a third quay for the larger ships.",)


def _role_used(answer: str) -> bool:
    facts = check_facts(answer, company="Quayside Terminals", news=NEWS, role=ROLE,
                        duties=DUTIES, question="Why do you want to work for us?")
    return any(f.kind == "role" for f in facts.used)


@pytest.mark.parametrize("answer", [
    "I want to work here because you are a big name in the port and I can learn a lot and grow.",
    "You are a friendly place, I hope to learn a lot, and I think I would grow quickly here.",
], ids=["learn-and-grow", "hope-to-learn"])
def test_what_any_job_gives_is_no_link_to_the_role(answer: str) -> None:
    assert not _role_used(answer)


@pytest.mark.parametrize("answer", [
    "With the third quay open the bigger ships will come more often, and I want to schedule "
    "the berths for them from the start.",
    "For me as container scheduler the third quay is the most interesting part of your news.",
], ids=["the-work-told", "title-without-article"])
def test_the_jobs_work_in_your_own_words_is_a_link(answer: str) -> None:
    assert _role_used(answer)


def test_growing_something_is_still_talk_about_the_job() -> None:
    assert _role_used("I could grow the night berth plan into a full weekly one.")
