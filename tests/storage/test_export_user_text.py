"""The Markdown export put what the user typed in raw: an answer holding "<b>rota</b>" or a
line "## Fake heading" was rendered as markup by a Markdown viewer (the HTML export escaped it).
And an answer cut short ("interrupted (left out of averages)", not judged) still listed four
"What to work on" tips. Real typed answers through the real runner and store, exported."""

from __future__ import annotations

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.export import render_markdown
from simulator.storage.store import SessionStore

# A nurse's notes pasted in, markup and all, then half an answer left when she had to go.
MARKED_UP = (
    "night shift, bay 4. i changed the <b>rota</b> so *every* nurse had one weekend_off\n"
    "## Fake heading\n"
    "1. asked the matron\n"
    "- sickness went from 9 days a month to 3"
)
HALF = "so the agency nurse and me we did not agree about the obs and i"


def test_the_markdown_export_shows_typed_markup_as_typed_and_no_tips_for_half_an_answer() -> None:
    bank = get_bank("behavioral")
    store = SessionStore()
    interview = Interview(
        persona=get_persona("hiring-manager"), bank_id=bank.id, store=store,
        settings=Settings(), speak=False,
    )
    first = interview.ask(bank.questions[0], on_event=ignore_events)
    interview.answer_by_text(first, MARKED_UP, ignore_events)
    second = interview.ask(bank.questions[1], on_event=ignore_events)
    cut = interview.answer_by_text(second, HALF, ignore_events, interrupted=True)
    assert cut.analysis and cut.analysis.get("tips"), "the cut answer has tips stored"
    interview.finish()

    report = render_markdown(store.load(interview.session_id), lambda name: None)
    assert "\\<b\\>rota\\</b\\>" in report and "<b>" not in report
    assert "\\*every\\* nurse" in report and "weekend\\_off" in report
    assert "> \\## Fake heading" in report
    assert "> 1\\. asked the matron" in report and "> \\- sickness" in report
    second_part = report.split("## 2. ", 1)[1].split("## What to practise next", 1)[0]
    assert "interrupted (left out of averages)" in second_part
    assert "What to work on" not in second_part
