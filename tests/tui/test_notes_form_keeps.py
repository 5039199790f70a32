"""Round-one notes saved again from the form (`o`) keep what the user wrote by hand that the
form does not show: comments, where they sit, the layout. A save without changes leaves the file
byte for byte; a reworded question keeps its table (and the comment on it), a question removed
goes, and a note added comes after the rest. Before, the form rewrote the file from its fields
and every comment was lost. Real files in a private data home; the app driven by Pilot."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import TextArea

from simulator.interview.first_round import load_first_round
from simulator.tui.app import make_app
from simulator.tui.screens.home import HomeScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.prep_forms import NotesForm
from tests.tui.conftest import quiet_parts, until

# Written by hand after a phone screen, terse, with the writer's own reminders.
HAND_WRITTEN = """\
# phone screen w/ Dorota (ops mgr) 14 Nov -- she typed the whole time
name = "Kessel Cold Chain r1"

[[asked]]
question = "tell me about a time a delivery went wrong"   # 2nd question, she frowned
weak = true
answer = "the pharma pallet at 9 degrees, i quarantined it"
feedback = "no number for the loss avoided"

[[asked]]
# she read this one off a sheet
question = "why cold chain and not normal freight"
answer = "grandad drove reefers"

[[feedback]]
note = "wants people who speak up to drivers"   # ask about the night shift
competencies = ["communication"]
"""


def notes_file(home: Path) -> Path:
    path = home / "first_round" / "kessel.toml"
    path.parent.mkdir(parents=True)
    path.write_text(HAND_WRITTEN)
    return path


async def save_from_the_form(path: Path, asked: str | None, said: str | None) -> None:
    app = make_app(quiet_parts(), bank_id="behavioral")
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.focused, PersonaCard), "the interviewers")
        await app.workers.wait_for_complete()
        app.screen.query_one("#notes", Choice).value = str(path)
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, NotesForm), "the notes form")
        form = app.screen
        if asked is not None:
            form.query_one("#notes-asked", TextArea).text = asked
        if said is not None:
            form.query_one("#notes-feedback", TextArea).text = said
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the saved notes")


def test_saving_unchanged_notes_leaves_the_file_as_it_was(private_home: Path) -> None:
    path = notes_file(private_home)
    asyncio.run(save_from_the_form(path, None, None))
    assert path.read_text() == HAND_WRITTEN


def test_edited_notes_keep_the_comments_written_by_hand(private_home: Path) -> None:
    path = notes_file(private_home)
    asked = (
        "!tell me about a time a delivery went wrong badly"
        " | the pharma pallet at 9 degrees, i quarantined it | no number for the loss avoided"
    )
    said = (
        "wants people who speak up to drivers | communication\n"
        "liked the quarantine call, not the telling | problem-solving"
    )
    asyncio.run(save_from_the_form(path, asked, said))
    text = path.read_text()
    assert "# phone screen w/ Dorota (ops mgr) 14 Nov -- she typed the whole time" in text
    reworded = next(line for line in text.splitlines() if line.startswith("question ="))
    assert reworded == (
        'question = "tell me about a time a delivery went wrong badly"'
        "   # 2nd question, she frowned"
    )
    assert "why cold chain" not in text and "she read this one" not in text, "removed, with it"
    assert 'note = "wants people who speak up to drivers"   # ask about the night shift' in text
    notes = load_first_round(path)
    assert [a.question for a in notes.asked] == ["tell me about a time a delivery went wrong badly"]
    assert notes.asked[0].weak and notes.asked[0].answer.startswith("the pharma pallet")
    assert [f.note for f in notes.feedback][-1] == "liked the quarantine call, not the telling"
    assert "\n\n[[feedback]]\nnote = \"liked the quarantine" in text, "a blank line before it"
    assert path.stat().st_mode & 0o777 == 0o600
