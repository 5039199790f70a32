"""The export reads like the card the user saw. Praise ("Clear structure: ...", "...: keep it
that specific") was listed under "What to work on", as if it were a fault; it now has its own
heading. And a question that asks for no story (where do you see yourself) showed a STAR row
with Task ✗ and Result ✗ in the export, while the card after the answer shows no STAR line
there. Real typed answers through the real runner and store, exported as Markdown and HTML."""

from __future__ import annotations

from simulator.analysis.praise import is_praise
from simulator.config import Settings
from simulator.interview.banks import find_question
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.export import render_html, render_markdown
from simulator.storage.store import SessionStore

# A warehouse lead's full story, told plainly, then a career answer with a reason tied to them.
STORY = (
    "In October our returns bay in Doncaster had a backlog of 900 parcels and refunds took three "
    "weeks. As the shift lead it was my job to clear it before the Christmas peak. I split the "
    "bay into two lanes, trained four pickers on the scanner in one afternoon, and I did the "
    "damaged items myself every morning. By mid November the backlog was gone and refunds went "
    "out within four days."
)
CAREER = (
    "In a few years I want to be running a whole site, not only one shift. I already cover for "
    "my manager two days a week and I am doing the level five logistics course at night, so "
    "this role, with its three depots, is the next step for me."
)


def test_praise_has_its_own_heading_and_a_career_answer_has_no_star_row() -> None:
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"), bank_id="behavioral", store=store,
        settings=Settings(), speak=False,
    )
    story = interview.ask(find_question("behavioral/pressure-calm"), on_event=ignore_events)
    told = interview.answer_by_text(story, STORY, ignore_events)
    career = interview.ask(find_question("culture/five-years"), on_event=ignore_events)
    said = interview.answer_by_text(career, CAREER, ignore_events)
    interview.finish()
    tips = [*(told.analysis or {}).get("tips", ()), *(said.analysis or {}).get("tips", ())]
    assert any(is_praise(tip) for tip in tips), "the answers earn praise to place"

    record = store.load(interview.session_id)
    report = render_markdown(record, lambda name: None)
    first, second = report.split("## 1. ", 1)[1].split("## 2. ", 1)
    second = second.split("## What to practise next", 1)[0]
    for part in (first, second):
        work_on = part.split("What to work on:", 1)[1].split("\n\n", 1)[0] if (
            "What to work on:" in part) else ""
        assert not any(is_praise(line[2:]) for line in work_on.splitlines()[1:]), work_on
    assert any(tip[:30] in report.split("What went well:", 1)[1] for tip in tips if is_praise(tip))
    assert "STAR:" in first, "a story question keeps its STAR row"
    assert "STAR" not in second, "no STAR row for a question that asks for no story"

    page = render_html(record, lambda name: None)
    assert page.count('class="star"') == 1
    assert "<h3>What went well</h3>" in page
