"""An answer in which nothing was heard (three seconds of silence through the real recognizer)
is no answer to judge: no probe is planned into it, and the export shows it as not judged, with
no score, points lost, STAR marks or tips, and "What to practise next" asks for it again
(breaker8 D11). The answer beside it, spoken by flite, is judged as usual."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from simulator.audio.clip import Clip
from simulator.config import Settings
from simulator.interview.banks import load_banks
from simulator.interview.events import Event, TurnFinished
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.storage.export import render_html, render_markdown
from simulator.storage.store import SessionStore
from simulator.storage.views import HEARD_NOTHING, average_score, practise_next, views
from tests.support.speech import flite_clip

FAST = Settings(engine="pocketsphinx", silence_s=0.8)
SPOKEN = (
    "At the garden centre our till queue was long every Saturday. I was the shift lead, so I "
    "moved one person from stock to a second till at eleven. The queue went from twenty minutes "
    "to five."
)


def test_a_silent_answer_gets_no_probe_no_score_and_no_tips(tmp_path: Path) -> None:
    banks = load_banks()
    manager = get_persona("hiring-manager")
    interview = Interview(persona=manager, bank_id="behavioral", settings=FAST, speak=False)
    events: list[Event] = []
    silence = Clip(np.zeros(3 * 16_000, dtype=np.int16))
    asked = interview.ask(banks.get("behavioral").question("change-lead"), on_event=events.append)
    empty = interview.answer_from_clip(asked, silence, events.append)
    assert empty.empty and not empty.interrupted and not empty.skipped
    analysis = next(e.analysis for e in events if isinstance(e, TurnFinished) and e.turn == empty)
    assert interview.follow_up(empty, analysis) is None, "no probe into an answer with no words"

    asked = interview.ask(banks.get("behavioral").question("pressure-crisis"),
                          on_event=events.append)
    spoken = interview.answer_from_clip(asked, flite_clip(SPOKEN, tmp_path), events.append)
    assert not spoken.empty
    record = interview.finish()

    silent_view, spoken_view = views(SessionStore().load(record.id))
    assert not silent_view.judged and silent_view.score is None and not silent_view.tips
    assert silent_view.heading == f"not judged · {HEARD_NOTHING}"
    assert spoken_view.judged and spoken_view.score is not None
    assert average_score([silent_view, spoken_view]) == spoken_view.score

    markdown = render_markdown(record, lambda name: None)
    section = markdown.split("## 1. ")[1].split("## 2. ")[0]
    assert HEARD_NOTHING in section
    for judged in ("score ", "points lost", "STAR", "What to work on", "Too short"):
        assert judged not in section, (judged, section)
    html = render_html(record, lambda name: None)
    html_section = html.split('id="turn-1"')[1].split("</section>")[0]
    assert HEARD_NOTHING in html_section and "What to work on" not in html_section
    assert "points lost" not in html_section

    advice = practise_next([silent_view, spoken_view])
    assert any(line.startswith(f"Answer “{silent_view.question_text}” again") for line in advice)
