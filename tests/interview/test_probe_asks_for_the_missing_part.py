"""A short answer that tells what the speaker did but no scene and no task is not asked for
its approach (breaker13 B21: "I'd like to hear how you approached it" after three own actions):
the probe asks for a part it lacks, and a reply that gives that part is credited and merged."""

from __future__ import annotations

from simulator.analysis import AnswerAnalysis
from simulator.analysis.follow_up import GIVES_PART, probe_asks
from simulator.config import Settings
from simulator.interview.banks import find_question
from simulator.interview.events import Event, TurnFinished
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview

# A school caretaker, straight into what he did, then how it ended; no where, no whose job.
ACTIONS_ONLY = (
    "I walked every corridor with the head's list, I fitted new closers on the six fire doors "
    "and I wrote a check sheet for the cleaners. The inspector passed the building the next "
    "month."
)
SCENE_AND_TASK = (
    "The school's fire doors kept failing their checks because nobody had looked at them for "
    "years, and as the site manager the safety of the building was my responsibility."
)


def test_the_probe_asks_for_a_missing_part_not_for_the_actions_told() -> None:
    manager = get_persona("hiring-manager")
    interview = Interview(persona=manager, bank_id="behavioral",
                          settings=Settings(engine="pocketsphinx"), speak=False)
    analyses: dict[int, AnswerAnalysis | None] = {}

    def keep(event: Event) -> None:
        if isinstance(event, TurnFinished):
            analyses[event.turn.number] = event.analysis

    question = find_question("behavioral/initiative-improve")
    asked = interview.ask(question, on_event=keep)
    first = interview.answer_by_text(asked, ACTIONS_ONLY, keep)
    analysis = analyses[first.number]
    assert analysis is not None
    assert {"no_situation", "no_task", "too_short"} <= set(analysis.flaw_codes)
    assert "no_action" not in analysis.flaw_codes
    probe = interview.follow_up(first, analysis)
    assert probe is not None
    asks = [code for code in probe_asks(probe) if code in GIVES_PART]
    assert "no_action" not in asks, probe
    assert probe in (*manager.probes["no_task"], *manager.probes["no_situation"]), probe

    follow = interview.ask(question, on_event=keep, spoken_text=probe,
                           follow_up_of=first.number)
    reply = interview.answer_by_text(follow, SCENE_AND_TASK, keep)
    stored = reply.analysis
    assert stored is not None
    assert stored["follow_up"]["gives"], stored["follow_up"]
    assert stored["star"]["parts"]["T"]["present"]
    assert "no_task" not in {f["code"] for f in stored["star"]["flaws"]}
    assert stored["score"] > first.analysis["score"]  # type: ignore[index]
