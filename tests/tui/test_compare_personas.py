"""One question answered for two interviewers, compared side by side in the app: each column
shows who asked, the transcript, the STAR bar, the timing and that interviewer's verdict; the
user chooses which two attempts sit side by side."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import DataTable

from simulator.config import Settings
from simulator.interview.banks import get_bank
from simulator.interview.events import ignore_events
from simulator.interview.personas import get_persona
from simulator.interview.runner import Interview
from simulator.tui.app import make_app
from simulator.tui.screens.history import CompareScreen
from simulator.tui.widgets.feedback import StarBar
from simulator.tui.widgets.persona_card import PersonaCard
from tests.tui.conftest import quiet_parts, until

FOR_THE_MANAGER = (
    "Last winter I owned the stock count. I split the warehouse into zones, trained two temps "
    "and checked every zone myself. The count finished a day early with no recount."
)
FOR_THE_PEER = (
    "my colleague and me disagreed how to count stock, we talked it through over coffee and "
    "agreed to try his way one week and mine the next, then we kept the faster one together."
)


def _answer(persona_id: str, text: str) -> str:
    question = get_bank("behavioral").questions[0]
    interview = Interview(persona=get_persona(persona_id), settings=Settings(), speak=False)
    asked = interview.ask(question, on_event=ignore_events)
    interview.answer_by_text(asked, text, ignore_events)
    interview.finish()
    return question.id


def test_one_question_for_two_personas_side_by_side(private_home: Path) -> None:
    question_id = _answer("hiring-manager", FOR_THE_MANAGER)
    _answer("peer", FOR_THE_PEER)

    async def scenario() -> list[str]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(140, 50)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await app.push_screen(CompareScreen(question_id))
            screen = app.screen
            await until(pilot, lambda: len(screen.query(".compare-column")) == 2, "two columns")
            # A column's parts mount after the column itself.
            await until(pilot, lambda: len(screen.query(StarBar)) == 2, "a STAR bar in each")
            return [
                " ".join(str(s.render()) for s in column.query("Static"))
                for column in screen.query(".compare-column")
            ]

    manager, peer = asyncio.run(scenario())
    assert manager.startswith("Maya Okafor") and "stock count" in manager
    assert peer.startswith("Sam Rivera") and "coffee" in peer
    assert "(Maya Okafor) listens for" in manager and "(Sam Rivera) listens for" in peer
    assert "long pause" in manager and "long pause" in peer  # each column: its timing line


RETAKE_FOR_THE_MANAGER = (
    "So. Stock count, second try: I set the target first, count done in two days. Then I "
    "planned zones, trained the temps, and I checked each zone against the system myself."
)


def test_the_user_chooses_which_two_attempts_sit_side_by_side(private_home: Path) -> None:
    """Three attempts (the manager's, the peer's, the manager's again): the latest of each
    interviewer are shown first; space on a row puts that attempt beside the one picked before
    it, so the manager's two attempts can be compared with each other."""
    question_id = _answer("hiring-manager", FOR_THE_MANAGER)
    _answer("peer", FOR_THE_PEER)
    _answer("hiring-manager", RETAKE_FOR_THE_MANAGER)

    def columns(screen: CompareScreen) -> list[str]:
        return [
            " ".join(str(s.render()) for s in column.query("Static"))
            for column in screen.query(".compare-column")
        ]

    async def scenario() -> list[list[str]]:
        app = make_app(quiet_parts())
        seen: list[list[str]] = []
        async with app.run_test(size=(140, 50)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await app.push_screen(CompareScreen(question_id))
            screen = app.screen
            assert isinstance(screen, CompareScreen)
            table = screen.query_one("#compare-table", DataTable)
            await until(pilot, lambda: len(columns(screen)) == 2, "the first pair")
            seen.append(columns(screen))
            table.focus()
            await pilot.press("space")  # row 1 of 3: the manager's first attempt
            await until(pilot, lambda: "stock count" in columns(screen)[-1], "the picked attempt")
            seen.append(columns(screen))
            await pilot.press("down", "down", "space")  # row 3: the manager's second attempt
            await until(pilot, lambda: "second try" in columns(screen)[-1], "the second pick")
            seen.append(columns(screen))
            await pilot.press("space")  # already side by side: nothing changes
            await pilot.pause()
            seen.append(columns(screen))
        return seen

    first, picked, same_person, unchanged = asyncio.run(scenario())
    assert [c.split(" · ")[0] for c in first] == ["Maya Okafor", "Sam Rivera"]
    assert "second try" in first[0] and "coffee" in first[1]
    # The peer's answer moves left, the picked one comes in on the right.
    assert "coffee" in picked[0] and "stock count" in picked[1] and "second try" not in picked[1]
    # The manager's two attempts, side by side, each with its own STAR bar and timing.
    assert all(c.startswith("Maya Okafor") for c in same_person)
    assert "finished a day early" in same_person[0] and "second try" in same_person[1]
    assert all("long pause" in c for c in same_person)
    assert unchanged == same_person


NO_ENDING_FOR_THE_MANAGER = (
    "The stock count last winter was mine to run. I split the warehouse in zones, I trained "
    "two temps on the scanners and I checked each zone myself against the system."
)
THE_ENDING = "It finished a day early, and the auditors asked for no recount."
LATER_PEER_REPLY = "yeah so we just kept going with it after, honestly, it was fine i think"


def test_only_answers_that_count_are_offered_or_shown_side_by_side(private_home: Path) -> None:
    """The manager's answer gets a follow-up (a reply, later than the answer); the peer answers,
    then leaves an empty answer. Neither the reply nor the empty answer is an attempt: the
    chooser lists the two that count, the first pair is theirs, and the manager's column shows
    the Result the reply gave, as its row's STAR marks do."""
    question = get_bank("behavioral").questions[0]
    manager = Interview(persona=get_persona("hiring-manager"), settings=Settings(), speak=False)
    asked = manager.ask(question, on_event=ignore_events)
    first = manager.answer_by_text(asked, NO_ENDING_FOR_THE_MANAGER, ignore_events)
    probe = manager.ask(
        question, spoken_text="And how did it turn out?", follow_up_of=first.number,
        on_event=ignore_events,
    )  # fmt: skip
    manager.answer_by_text(probe, THE_ENDING, ignore_events)
    manager.finish()
    _answer("peer", FOR_THE_PEER)
    peer = Interview(persona=get_persona("peer"), settings=Settings(), speak=False)
    peer.answer_by_text(peer.ask(question, on_event=ignore_events), "", ignore_events)
    peer.finish()

    async def scenario() -> tuple[list[str], list[str], list[str]]:
        app = make_app(quiet_parts())
        async with app.run_test(size=(140, 50)) as pilot:
            await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the home screen")
            await app.push_screen(CompareScreen(question.id))
            screen = app.screen
            assert isinstance(screen, CompareScreen)
            await until(pilot, lambda: len(screen.query(".compare-column")) == 2, "the pair")
            table = screen.query_one("#compare-table", DataTable)
            rows = [" | ".join(map(str, table.get_row_at(i))) for i in range(table.row_count)]
            columns = [
                " ".join(str(s.render()) for s in column.query("Static"))
                for column in screen.query(".compare-column")
            ]
            bars = [
                "".join(label for label, part in bar.parts.items() if part.present)
                for bar in screen.query(StarBar)
            ]
            return rows, columns, bars

    rows, (left, right), (left_bar, _) = asyncio.run(scenario())
    assert len(rows) == 2
    assert rows[0].startswith("20") and "Maya Okafor" in rows[0] and "Sam Rivera" in rows[1]
    assert left.startswith("Maya Okafor") and "stock count" in left
    assert "auditors" not in left  # the reply is not an attempt of its own
    assert right.startswith("Sam Rivera") and "coffee" in right
    star = rows[0].split(" | ")[6]  # When, Interviewer, Score, Length, Words/min, Fillers, STAR
    assert star.endswith("R") and "R" in left_bar  # the reply gave the Result
