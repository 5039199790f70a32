"""The home screen: choose who interviews you, on which questions, and see how recent sessions
went. It paints at once with empty lists and fills them from a thread worker, so start-up never
waits for data files, the session index or the audio devices."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from simulator.errors import DataFileError, SimulatorError
from simulator.tui.routes import InterviewSetup, OpenHistory, OpenReplay, StartInterview
from simulator.tui.screens.base import RoomScreen
from simulator.tui.widgets.choice import Choice
from simulator.tui.widgets.footer import RoomFooter
from simulator.tui.widgets.header import RoomHeader
from simulator.tui.widgets.persona_card import PersonaCard
from simulator.tui.widgets.session_list import SessionList

if TYPE_CHECKING:
    from simulator.interview.banks import QuestionBank
    from simulator.interview.company import CompanyProfile
    from simulator.interview.first_round import FirstRoundNotes
    from simulator.interview.personas import Persona
    from simulator.interview.plan import InterviewPlan
    from simulator.storage.index import SessionSummary

MODES: tuple[tuple[str, str], ...] = (
    ("This bank, in order", "practice"),
    ("Full mock interview (5-8 mixed)", "full"),
    ("Panel: you pick 2-3 interviewers, they take turns", "panel"),
    ("Drill: weakest area of this bank", "drill"),
    ("Your questions to them", "your-questions"),
    ("Presentation", "presentation"),
)
QUESTION_COUNTS = (1, 2, 3, 5, 8)
DEFAULT_COUNT = 3


def question_counts(mode: str) -> tuple[int, ...]:
    """The numbers of questions offered for `mode`: a full mock or a panel asks
    plan.FULL_MOCK_MIN to plan.FULL_MOCK_MAX (5-8), every other mode QUESTION_COUNTS."""
    if mode in ("full", "panel"):
        from simulator.interview.plan import FULL_MOCK_MAX, FULL_MOCK_MIN

        return tuple(range(FULL_MOCK_MIN, FULL_MOCK_MAX + 1))
    return QUESTION_COUNTS


RECENT_COUNT = 8


WARM_UP_DELAY_S = 0.8
"""Seconds between the home screen becoming interactive and the speech model starting to load;
nobody picks an interviewer faster, and a session started sooner loads the model itself."""


@dataclass(frozen=True)
class HomeData:
    """What the loading worker found; errors are shown, never raised."""

    personas: tuple[Persona, ...]
    banks: tuple[QuestionBank, ...]
    recent: tuple[SessionSummary, ...]
    problems: tuple[str, ...]
    recovered: tuple[str, ...] = ()
    """One line per answer saved from a session a crash left open."""
    companies: tuple[Path, ...] = ()
    notes: tuple[Path, ...] = ()
    last_used: Mapping[str, str] = field(default_factory=dict)
    """The company profile and round-one notes used last ("companies"/"first_round" -> path)."""


def plan_session(
    persona: Persona,
    bank: QuestionBank,
    banks: Iterable[QuestionBank],
    mode: str,
    count: int,
    scores: Mapping[str, float] | None = None,
    *,
    panel: Sequence[Persona] = (),
    company: CompanyProfile | None = None,
    first_round: FirstRoundNotes | None = None,
    seed: int | None = None,
) -> InterviewPlan:
    """The session plan the room runs, from the home screen's choices: `plan.build` with the
    chosen bank (so a role bank feeds a full mock or a panel as `--role` does, and the CLI plans
    the same session from the same choices). "panel" is a full mock asked in turn by `persona`
    and `panel`; a full mock is held to FULL_MOCK_MIN-FULL_MOCK_MAX questions (the screen offers
    only those). `scores` (question id -> best past score) orders a drill weakest first."""
    from simulator.interview import plan

    if mode in ("full", "panel"):
        count = min(max(count, plan.FULL_MOCK_MIN), plan.FULL_MOCK_MAX)
    everyone = [persona, *(p for p in panel if p.id != persona.id)] if mode == "panel" else []
    return plan.build(
        "full" if mode == "panel" else mode,
        everyone or [persona],
        {b.id: b for b in banks},
        bank_id=bank.id,
        count=count,
        scores=scores,
        company=company,
        first_round=first_round,
        seed=seed,
    )


class HomeScreen(RoomScreen[None]):
    AUTO_FOCUS = ""
    """Nothing takes focus until the chosen interviewer's card does (None would mean the app's
    "*": the question bank took focus while the cards loaded, and the footer was built one extra
    time for its keys, 10 ms of the cold start)."""
    HELP = (
        "Pick an interviewer (up/down), then press enter to start; v plays their voice. "
        "In the Panel mode enter first lists everyone: pick two or three to sit on the panel. "
        "Tab to the question bank, the mode and the number of questions: left/right change "
        "them, enter lists every choice. c creates or edits the company profile you pick, o the "
        "notes from your first round: with them the interviewers name the company, ask about "
        "its values and press where round one doubted you. Recent sessions are listed on the "
        "right: select one to replay it."
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Start"),
        Binding("v", "hear_voice", "Hear voice"),
        Binding("h", "history", "History"),
        Binding("c", "edit_company", "Company"),
        Binding("o", "edit_notes", "Round one"),
        Binding("question_mark", "app.help", "Help"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.personas: tuple[Persona, ...] = ()
        self.banks: tuple[QuestionBank, ...] = ()
        self.chosen_persona_id: str | None = None
        self.panel_ids: tuple[str, ...] = ()
        """The panel picked last (persona ids, in asking order): offered again next time."""
        self._count_shown: dict[tuple[object, ...], int] = {}
        """The number of questions last shown with each set of choices (see _offer_counts)."""

    def compose(self) -> ComposeResult:
        yield RoomHeader()
        with Horizontal(id="home-body"):
            with VerticalScroll(id="persona-list", can_focus=False):
                yield Static("Who interviews you", classes="panel-title")
                yield Static("loading interviewers…", id="persona-placeholder", classes="muted")
            with VerticalScroll(id="setup", can_focus=False):
                yield Static("Questions", classes="panel-title")
                yield Choice[str]("Question bank", id="bank", empty="loading…")
                yield Choice[str]("Mode", MODES, value="practice", id="mode")
                yield Choice[int](
                    "Number of questions",
                    ((str(n), n) for n in QUESTION_COUNTS),
                    value=DEFAULT_COUNT,
                    id="count",
                )
                yield Choice[str]("Company profile (c)", [("none", "")], id="company")
                yield Choice[str]("Round-one notes (o)", [("none", "")], id="notes")
                yield Static(self.interview_app.engine_status, id="engine", classes="muted")
                yield Static("enter: start · v: hear voice · h: history", id="start-hint")
                yield Static("Recent sessions", classes="panel-title")
                yield SessionList(id="recent", empty="loading…")
        yield RoomFooter()

    def on_mount(self) -> None:
        self._load()

    def on_screen_resume(self) -> None:
        if self.personas:  # back from a session: its score belongs in the list
            self._load_recent()

    @work(thread=True, group="home-recent", exit_on_error=False)
    def _load_recent(self) -> tuple[SessionSummary, ...]:
        return tuple(self.interview_app.parts.open_store().list_sessions()[:RECENT_COUNT])

    def _show_recent(self, recent: Iterable[SessionSummary]) -> None:
        from simulator.interview.personas import display_names

        sessions = self.query_one("#recent", SessionList)
        # Named as the cards name them (a panel too long for the column ends "+1").
        sessions.names = display_names(self.personas)
        sessions.empty = "no sessions yet: your first will be listed here"
        sessions.show(tuple(recent))

    @work(thread=True, group="home-load", exit_on_error=False)
    def _load(self) -> HomeData:
        parts = self.interview_app.parts
        problems: list[str] = []
        personas: tuple[Persona, ...] = ()
        banks: tuple[QuestionBank, ...] = ()
        recent: tuple[SessionSummary, ...] = ()
        try:
            catalog = parts.load_personas()
            personas = tuple(catalog.items.values())
            problems.extend(str(error) for error in catalog.errors)
        except Exception as error:  # one bad part must not blank the whole screen
            problems.append(f"interviewers: {error}")
        try:
            bank_catalog = parts.load_banks()
            banks = tuple(bank_catalog.items.values())
            problems.extend(str(error) for error in bank_catalog.errors)
        except Exception as error:
            problems.append(f"question banks: {error}")
        recovered: list[str] = []
        try:
            store = parts.open_store()
            # A session the last run left open (a crash, a kill) is finished first, so its
            # answer is playable and it shows in the list below as interrupted.
            recovered = store.recover()
            recent = tuple(store.list_sessions()[:RECENT_COUNT])
        except Exception as error:
            problems.append(f"recent sessions: {error}")
        from simulator.interview import prep

        last_used = dict(prep.last_used())
        listed: dict[str, tuple[Path, ...]] = {}
        for kind in (prep.COMPANIES, prep.NOTES):
            # A file named on the command line, or used last from outside the app's folder
            # (breaker15 B12: `practice --company FILE` opened the app with "none" and no
            # word), is listed beside the folder's own and chosen.
            named = self.interview_app.initial_files.get(kind)
            if named is not None:
                last_used[kind] = str(named.resolve())
            chosen = Path(last_used[kind]) if last_used.get(kind) else None
            files = prep.listed(kind)
            outside = [chosen] if chosen and chosen.is_file() and chosen not in files else []
            listed[kind] = (*files, *outside)
        return HomeData(
            personas,
            banks,
            recent,
            tuple(problems),
            tuple(recovered),
            companies=listed[prep.COMPANIES],
            notes=listed[prep.NOTES],
            last_used=last_used,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "home-load" and event.state == WorkerState.SUCCESS:
            result = event.worker.result
            assert isinstance(result, HomeData)
            self._show(result)
        elif event.worker.group == "home-recent" and event.state == WorkerState.SUCCESS:
            self._show_recent(event.worker.result or ())
        elif event.worker.group == "hear-voice" and event.state == WorkerState.ERROR:
            self.notify(str(event.worker.error), title="Voice", severity="warning")
        elif event.worker.group == "start" and event.state == WorkerState.ERROR:
            error = event.worker.error
            shown = _every_problem(error) if isinstance(error, SimulatorError) else str(error)
            self.notify(shown, title="Cannot start", severity="error")

    def _show(self, data: HomeData) -> None:
        self.personas = data.personas
        self.banks = data.banks
        placeholder = self.query_one("#persona-placeholder", Static)
        if data.personas:
            placeholder.remove()
            cards = [PersonaCard(persona) for persona in data.personas]
            self.query_one("#persona-list").mount_all(cards)
            initial = self.interview_app.initial_persona_id
            focus = next((c for c in cards if c.persona.id == initial), cards[0])
            self._choose(focus, focus=False)
            # No scrolling: the list starts at its top, with the title in view.
            self.call_after_refresh(focus.focus, scroll_visible=False)
        else:
            placeholder.update("no interviewers found")
        # The bank and mode chosen last time come back (as the company and notes do), unless
        # the command line named a bank.
        self.query_one("#bank", Choice).set_options(
            ((f"{bank.title} ({len(bank.questions)})", bank.id) for bank in data.banks),
            self.interview_app.initial_bank_id or data.last_used.get("bank"),
        )
        if data.last_used.get("mode") in {value for _, value in MODES}:
            self.query_one("#mode", Choice).value = data.last_used["mode"]
        count = data.last_used.get("count", "")
        self._offer_counts(int(count) if count.isdecimal() else None)
        # The panel picked last time is offered again (breaker15 B23: it came back as the first
        # persona and the next one), as long as its interviewers are still there.
        known = {persona.id for persona in self.personas}
        kept = tuple(i for i in data.last_used.get("panel", "").split(",") if i in known)
        if kept and not self.panel_ids:
            self.panel_ids = kept
        self._show_recent(data.recent)
        self._offer_files("#company", data.companies, data.last_used.get("companies"))
        self._offer_files("#notes", data.notes, data.last_used.get("first_round"))
        # The model warm-up imports and loads for about a second of CPU while holding the GIL
        # much of the time; started at once, it delayed this paint by 0.7 s.
        self.set_timer(WARM_UP_DELAY_S, self.interview_app.start_warm_up)
        for notice in data.recovered:
            self.notify(notice, title="Recovered after a crash", timeout=10)
        for problem in data.problems:
            self.notify(problem, title="Could not load everything", severity="warning", timeout=10)

    @on(Choice.Changed, "#mode")
    def _mode_changed(self) -> None:
        self._offer_counts()

    def _offer_counts(self, wanted: int | None = None) -> None:
        """Offer the numbers of questions the chosen mode can ask (a full mock 5-8). Chosen:
        `wanted` if offered; else the number last shown with these choices (practice 3, full
        mock, back to practice: 3 again); else the current one, or the nearest offered below it
        (the smallest if none is)."""
        mode = str(self.query_one("#mode", Choice).value)
        counts = question_counts(mode)
        choice = self.query_one("#count", Choice)
        offered = tuple(value for _, value in choice.options)
        if isinstance(choice.value, int):
            self._count_shown[offered] = choice.value
        current = wanted if wanted in counts else self._count_shown.get(counts, choice.value)
        if not isinstance(current, int):
            current = DEFAULT_COUNT
        kept = max((n for n in counts if n <= current), default=counts[0])
        choice.set_options(((str(n), n) for n in counts), kept)

    def _offer_files(self, selector: str, paths: Iterable[Path], chosen: str | None) -> None:
        """List the preparation files; one that cannot be used is listed as such (choosing it
        and pressing c or o, or starting with it, names the problem)."""
        from simulator.interview.prep import COMPANIES, NOTES, problem, title

        kind, key = (COMPANIES, "c") if selector == "#company" else (NOTES, "o")
        options = [("none", ""), *(
            (title(path) if problem(path, kind) is None else
             f"{title(path)} (cannot be used: {key} says why)", str(path))
            for path in paths
        )]
        values = [value for _, value in options]
        self.query_one(selector, Choice).set_options(options, chosen if chosen in values else "")
        if selector == "#company":  # set_options posts no Changed: the cards follow it here
            self._company_changed()

    def _gone(self, selector: str, path: Path) -> None:
        """The chosen file was deleted since the list was made: the list is made again without
        it (it stayed there, and c or o only repeated "cannot read"), and that is said."""
        from simulator.interview.prep import COMPANIES, NOTES, listed

        self._offer_files(selector, listed(COMPANIES if selector == "#company" else NOTES), None)
        key = "c" if selector == "#company" else "o"
        self.notify(
            f"{path.name} is no longer there: it is off the list ({key} now starts a new one).",
            title="File gone",
            severity="warning",
            timeout=8,
        )

    def _chosen_file(self, selector: str) -> Path | None:
        value = self.query_one(selector, Choice).value
        return Path(value) if value else None

    def action_edit_company(self) -> None:
        """The company form: the chosen profile to edit, or a new one when none is chosen."""
        from simulator.interview.company import load_company
        from simulator.interview.prep import COMPANIES, CompanyDraft, listed
        from simulator.tui.widgets.prep_forms import CompanyForm

        path = self._chosen_file("#company")
        draft = None
        if path is not None and not path.exists():
            self._gone("#company", path)
            return
        if path is not None:
            try:
                draft = CompanyDraft.of(load_company(path))
            except SimulatorError as error:
                # A broken file is shown, not lost: fix it in an editor, or write a new one.
                self.notify(_every_problem(error), title="Company profile", severity="error",
                            timeout=12)
                return

        def saved(written: Path | None) -> None:
            if written is not None:
                self._offer_files("#company", listed(COMPANIES), str(written))
                self.notify(f"saved {written}", title="Company profile", timeout=4)

        self.app.push_screen(CompanyForm(draft, path), saved)

    def action_edit_notes(self) -> None:
        """The round-one form: the chosen notes to edit, or new notes when none are chosen."""
        from simulator.interview.first_round import load_first_round
        from simulator.interview.prep import NOTES, NotesDraft, listed
        from simulator.tui.widgets.prep_forms import NotesForm

        path = self._chosen_file("#notes")
        draft = None
        if path is not None and not path.exists():
            self._gone("#notes", path)
            return
        if path is not None:
            try:
                draft = NotesDraft.of(load_first_round(path))
            except SimulatorError as error:
                self.notify(_every_problem(error), title="Round-one notes", severity="error",
                            timeout=12)
                return

        def saved(written: Path | None) -> None:
            if written is not None:
                self._offer_files("#notes", listed(NOTES), str(written))
                self.notify(f"saved {written}", title="Round-one notes", timeout=4)

        self.app.push_screen(NotesForm(draft, path, path.stem if path else ""), saved)

    def show_engine_status(self, status: str) -> None:
        self.query_one("#engine", Static).update(status)

    # -- choosing ------------------------------------------------------------------------------

    def _focused_persona(self) -> Persona | None:
        """The chosen interviewer: the card last moved to, wherever the focus is now (the
        question bank, the command palette)."""
        for persona in self.personas:
            if persona.id == self.chosen_persona_id:
                return persona
        return self.personas[0] if self.personas else None

    def _cards(self) -> list[PersonaCard]:
        return list(self.query(PersonaCard))

    def _choose(self, card: PersonaCard, *, focus: bool = True) -> None:
        self.chosen_persona_id = card.persona.id
        for other in self._cards():
            other.choose(other is card)
        if focus:
            card.focus()

    def action_choose_card(self, step: int) -> None:
        """Move the choice `step` cards down (up when negative), wrapping around."""
        cards = self._cards()
        if not cards:
            return
        chosen = next((i for i, c in enumerate(cards) if c.chosen), -step if step > 0 else 0)
        self._choose(cards[(chosen + step) % len(cards)])

    @on(PersonaCard.Clicked)
    def _card_clicked(self, event: PersonaCard.Clicked) -> None:
        self._choose(event.card)

    @on(Choice.Changed, "#company")
    def _company_changed(self) -> None:
        """The cards name each interviewer as the chosen profile's field has them (a matron at
        a hospital), as the session will; a profile that cannot be read leaves them as filed."""
        from simulator.interview.company import load_company

        path = self._chosen_file("#company")
        company = None
        if path is not None:
            with contextlib.suppress(SimulatorError, OSError):
                company = load_company(path)
        for card in self._cards():
            card.show_in_field(company)

    def action_hear_voice(self) -> None:
        persona = self._focused_persona()
        if persona is not None:
            self.notify(f"{persona.name} is speaking…", timeout=3)
            self._speak_introduction(persona)

    @work(thread=True, group="hear-voice", exclusive=True, exit_on_error=False)
    def _speak_introduction(self, persona: Persona) -> None:
        settings = self.interview_app.current_settings()
        self.interview_app.parts.playback.preview_voice(persona, device=settings.output_device)

    def action_start(self) -> None:
        persona = self._focused_persona()
        bank_id = self.query_one("#bank", Choice).value
        bank = next((b for b in self.banks if b.id == bank_id), None)
        if persona is None or bank is None:
            self.notify("Choose an interviewer and a question bank first.", severity="warning")
            return
        mode = str(self.query_one("#mode", Choice).value)
        count = self.query_one("#count", Choice).value
        chosen = (
            mode,
            count if isinstance(count, int) else 3,
            self._chosen_file("#company"),
            self._chosen_file("#notes"),
        )
        if mode != "panel":
            self._prepare_interview(persona, bank, *chosen)
            return
        from simulator.tui.widgets.panel_picker import PanelPicker

        def picked(ids: tuple[str, ...] | None) -> None:
            by_id = {p.id: p for p in self.personas}
            panel = [by_id[i] for i in ids or () if i in by_id]
            if panel:
                self.panel_ids = tuple(p.id for p in panel)
                self._prepare_interview(panel[0], bank, *chosen, panel=tuple(panel[1:]))

        offered = self.panel_ids or (persona.id, *(p.id for p in self._panel_after(persona)))
        self.app.push_screen(PanelPicker(self.personas, offered), picked)

    @work(thread=True, group="start", exclusive=True, exit_on_error=False)
    def _prepare_interview(
        self,
        persona: Persona,
        bank: QuestionBank,
        mode: str,
        count: int,
        company_file: Path | None = None,
        notes_file: Path | None = None,
        *,
        panel: tuple[Persona, ...] = (),
    ) -> None:
        """Build the plan and open the room. `panel`: who asks with `persona` in panel mode."""
        scores: dict[str, float] = {}
        if mode == "drill":
            from simulator.storage.views import best_scores

            scores = best_scores(self.interview_app.parts.open_store().history())
        from simulator.interview import prep
        from simulator.interview.company import load_company
        from simulator.interview.first_round import load_checked_first_round

        # A broken profile or notes file stops here with its file:line: field: problem.
        company = load_company(company_file) if company_file else None
        notes = load_checked_first_round(notes_file) if notes_file else None
        prep.remember(company_file, notes_file, bank=bank.id, mode=mode, count=count,
                      panel=(persona.id, *(p.id for p in panel)) if panel else ())
        plan = plan_session(
            persona,
            bank,
            self.banks,
            mode,
            count,
            scores,
            panel=panel,
            company=company,
            first_round=notes,
        )
        has_microphone, reason = self.interview_app.parts.microphone_check()
        setup = InterviewSetup(
            plan=plan,
            personas=self.personas,
            bank=bank,
            mode="full" if mode == "panel" else mode,
            typed_reason=None if has_microphone else reason,
            company=company,
        )
        self.app.call_from_thread(self.app.post_message, StartInterview(setup))

    def _panel_after(self, persona: Persona) -> tuple[Persona, ...]:
        """Who the panel picker offers beside the chosen interviewer the first time: the next
        one in the list."""
        ids = [p.id for p in self.personas]
        if persona.id not in ids or len(ids) < 2:
            return ()
        return (self.personas[(ids.index(persona.id) + 1) % len(ids)],)

    @on(SessionList.Opened, "#recent")
    def _replay_session(self, event: SessionList.Opened) -> None:
        self.app.post_message(OpenReplay(event.session_id))

    def action_history(self) -> None:
        self.app.post_message(OpenHistory())

    def palette_commands(self) -> Iterable[SystemCommand]:
        yield SystemCommand("Start interview", "With the chosen interviewer", self.action_start)
        yield SystemCommand(
            "Hear interviewer's voice", "Play their introduction", self.action_hear_voice
        )
        yield SystemCommand("History", "Scores and trends over time", self.action_history)


def _every_problem(error: SimulatorError) -> str:
    """Every problem of a data file, one a line ("file:line: field: problem") in the order
    of their lines, not only the first of them; any other error as itself."""
    if isinstance(error, DataFileError):
        problems = sorted(error.problems, key=lambda p: (p.line is None, p.line or 0))
        return "\n".join(str(problem) for problem in problems)
    return str(error)
