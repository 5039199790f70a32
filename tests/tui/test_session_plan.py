"""The room runs the session plan: every interviewer of a panel introduces themselves aloud, they
take turns and the screen says who is asking, the interviewer closes; the candidate's own
questions get spoken, in-character replies and a depth review. Real espeak-ng into the virtual
speaker, real runner and store; answers typed (the test's microphone check says there is none)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from simulator.config import Settings
from simulator.storage.store import SessionStore
from simulator.tui.app import make_app
from simulator.tui.parts import AppParts
from simulator.tui.screens.interview import InterviewScreen, StateLine
from simulator.tui.screens.summary import SummaryScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.panel_picker import PanelPicker
from simulator.tui.widgets.persona_card import PersonaCard
from tests.support.virtual_audio import VirtualAudio
from tests.tui.conftest import titled, type_answer, until

ANSWERS = (
    "Two years ago our night shift kept missing the dispatch cut-off. I was the shift lead, so "
    "it was mine to fix. I timed every step for a week, moved the labelling before picking and "
    "trained two people on the new order. After a month we hit the cut-off every night.",
    "honestly the hardest was the audit. me alone, three weeks. i made checklist, i did "
    "interviews with each team, i wrote report. result: zero major findings first time ever.",
)


def typed_parts() -> AppParts:
    """Real loaders, store and speaking runner; no model warm-up; typed answers."""
    return AppParts(
        load_recognizer=None,
        load_settings=Settings,
        microphone_check=lambda: (False, "typed answers for this test"),
    )


async def _start(pilot, app, mode: str, count: int | None = None) -> InterviewScreen:  # type: ignore[no-untyped-def]
    await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
    app.screen.query_one("#mode", Choice).value = mode
    if count is not None:
        app.screen.query_one("#count", Choice).value = count
    await pilot.press("enter")
    if mode == "panel":  # the panel offered: the chosen interviewer and the next one
        await until(pilot, lambda: isinstance(app.screen, PanelPicker), "the panel picker")
        await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, InterviewScreen), "the interview")
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    return screen


async def _type(pilot, screen: InterviewScreen, text: str, turns: int) -> None:  # type: ignore[no-untyped-def]
    await type_answer(pilot, text)
    await until(
        pilot,
        lambda: len(screen.interview.turns) == turns and not screen.busy,  # type: ignore[union-attr]
        "the answer's feedback",
    )


def test_a_two_persona_panel_introduces_itself_and_takes_turns(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    async def scenario() -> tuple[str, list[str], list[str], int]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(110, 40)) as pilot:
            screen = await _start(pilot, app, "panel", 5)
            panel = screen.setup.plan.personas
            assert len(panel) == 2
            askers: list[str] = []
            for number in range(1, 6):
                await until(
                    pilot,
                    lambda n=number: screen.asked is not None and screen.index == n - 1,
                    f"question {number}",
                )
                askers.append(str(screen.query_one("#asker").render()))
                await _type(pilot, screen, ANSWERS[number % 2], number)
                if number < 5:
                    await pilot.press("n")
            streams_before_close = len(virtual_audio.speaker_files())
            await pilot.press("n")  # after the last question: the close, then the summary
            await until(pilot, lambda: isinstance(app.screen, SummaryScreen), "the summary")
            await titled(pilot)
            session_id = screen.interview.session_id  # type: ignore[union-attr]
            names = [p.name for p in panel]
            assert len(virtual_audio.speaker_files()) == streams_before_close + 1, "the close"
        return session_id, askers, names, streams_before_close

    session_id, askers, names, spoken = asyncio.run(scenario())
    record = SessionStore().load(session_id)
    assert record.status == "finished" and len(record.persona_ids) == 2
    expected = [record.persona_ids[i % 2] for i in range(5)]
    assert [t.persona_id for t in record.turns] == expected
    # The screen named who was asking, turn by turn.
    for asker, persona_id in zip(askers, expected, strict=True):
        assert names[record.persona_ids.index(persona_id)] in asker
    # Both introductions, then the five questions, were spoken.
    assert spoken == 2 + 5
    assert all(turn.question_audio for turn in record.turns)


def test_your_questions_are_answered_aloud_in_character(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    mine = (
        "How does the team measure success in the first six months? "
        "What challenges is the team facing with the new warehouse system?"
    )

    async def scenario() -> tuple[str, str, str]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(110, 48)) as pilot:
            screen = await _start(pilot, app, "your-questions")
            await until(pilot, lambda: screen.asked is not None, "the invitation")
            streams = len(virtual_audio.speaker_files())
            await _type(pilot, screen, mine, 1)
            await until(
                pilot,
                lambda: not screen.busy and screen.query_one(StateLine).state == "feedback",
                "the replies",
            )
            said = str(screen.query_one("#live-transcript").render())
            review = str(screen.query_one("#review").render())
            assert len(virtual_audio.speaker_files()) == streams + 2, "one reply per question"
            session_id = screen.interview.session_id  # type: ignore[union-attr]
        return session_id, said, review

    session_id, said, review = asyncio.run(scenario())
    (turn,) = SessionStore().load(session_id).turns
    found = turn.analysis["candidate_questions"]["questions"]
    assert len(found) == 2 and all(q["answer"] for q in found)
    assert found[-1]["answer"][:40] in said.replace("\n", " ")  # the last reply, on screen
    assert "You asked" in review and "deep" in review


def test_a_presentation_with_its_preparation_clock_then_a_panel_question(
    private_home: Path, virtual_audio: VirtualAudio
) -> None:
    talk = (
        "I will cover three points. First, where the night shift loses time. Second, two ways "
        "to win it back. Finally, my recommendation and its cost. To sum up: move labelling "
        "earlier, it is cheap and it works."
    )

    async def scenario() -> tuple[str, str, str, str, int, str]:
        app = make_app(typed_parts(), bank_id="behavioral")
        async with app.run_test(size=(110, 48)) as pilot:
            screen = await _start(pilot, app, "presentation")
            await until(pilot, lambda: screen.asked is not None, "the brief")
            preparation = str(screen.query_one("#mode-line").render())
            brief = str(screen.query_one("#question").render())
            await pilot.press("t")
            await _type(pilot, screen, talk, 1)
            review = str(screen.query_one("#review").render())
            probe = screen.probe or ""
            await pilot.press("f")
            await until(pilot, lambda: screen.asked is not None, "the panel's question")
            await _type(pilot, screen, "Mostly the printer queue, about twenty minutes.", 2)
            session_id = screen.interview.session_id  # type: ignore[union-attr]
            streams = len(virtual_audio.speaker_files())
        return preparation, brief, review, probe, streams, session_id

    preparation, brief, review, probe, streams, session_id = asyncio.run(scenario())
    talk_turn, question = SessionStore().load(session_id).turns
    assert preparation.startswith("Preparation:") and "slot" in preparation
    assert talk_turn.question_kind == "presentation" and talk_turn.question_text in brief.replace(
        "\n", " "
    )
    assert "Talk:" in review and "main points" in review
    assert question.follow_up_of == talk_turn.number and question.question_text == probe
    assert streams == 1 + 1 + 1  # the introduction, the brief, the panel's question
