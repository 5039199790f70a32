"""A stored session as a report to share with a mentor: Markdown, or one self-contained HTML file
(inline styles, no scripts, nothing fetched) whose audio players link the session's WAV files.

Works from the stored data alone, read through `simulator.storage.views`, so old sessions
export without the analysis code that made them, and a field an older analysis did not write is
simply left out. Control characters in
stored text (a typed ESC, a question from a hostile bank) are written as visible escapes."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from simulator.analysis.praise import is_praise
from simulator.safe_text import counted, visible
from simulator.storage.records import SessionRecord
from simulator.storage.views import (
    STAR_LABELS,
    STAR_MARKED_KINDS,
    STAR_NAMES,
    AnswerView,
    answer_counts,
    asked_review,
    asker_name,
    average_rule,
    average_score,
    beside_round_one,
    company_review,
    practise_next,
    question_places,
    round_one_notes_now,
    talk_review,
    views,
)

if TYPE_CHECKING:
    from simulator.storage.store import SessionStore

AudioLink = Callable[[str], str | None]
"""File name in the session folder -> link to put in the report (None: no such file)."""


FORMATS = {"md": "md", "html": "html"}
"""Report format -> file extension."""


def report_for(
    store: SessionStore,
    session_id: str,
    report_format: str,
    output: Path | None,
    names: Mapping[str, str] | None = None,
) -> str:
    """The session's report as `report_format` ("md" or "html"), its audio linked relative to
    `output`'s folder (file URIs when there is no output file). `names`: persona id -> the
    interviewer's display name (`views.asker_name`)."""
    import os
    from urllib.parse import quote

    from simulator.errors import StorageError

    record = store.load(session_id)

    def audio_link(name: str) -> str | None:
        try:
            path = store.audio_file(session_id, name).resolve()
        except StorageError:
            return None
        if output is None:
            return path.as_uri()
        return quote(os.path.relpath(path, output.resolve().parent))

    render = render_html if report_format == "html" else render_markdown
    return render(record, audio_link, names)


def save_report(
    store: SessionStore,
    session_id: str,
    report_format: str,
    output: Path | None = None,
    names: Mapping[str, str] | None = None,
) -> Path:
    """Write the report to `output` (default: reports/<session>.<ext> in the data folder),
    private like the recordings it comes from. Raises StorageError naming the file."""
    from simulator import locations
    from simulator.errors import StorageError
    from simulator.private_files import private_dir, write_private

    try:
        if output is None:
            # Only our own folder is made private; a folder the user named is left as it is.
            folder = private_dir(locations.data_home() / "reports")
            output = folder / f"{session_id}.{FORMATS[report_format]}"
        write_private(
            output,
            report_for(store, session_id, report_format, output, names),
            follow_links=True,
        )
    except OSError as error:
        raise StorageError(f"{output}: cannot write the report ({error.strerror})") from None
    return output


def render_markdown(
    record: SessionRecord, audio_link: AudioLink, names: Mapping[str, str] | None = None
) -> str:
    lines = [f"# Interview practice — {_day(record.started)}", ""]
    lines += [f"- {label}: {_md(value)}" for label, value in _header_facts(record, names)]
    place = question_places(record.turns)
    for turn in views(record):
        lines += ["", f"## {place[turn.number]}. {_md(turn.question_text)}", ""]
        facts = _turn_facts(turn, place, names)
        if facts:
            lines += [_md(" · ".join(facts)), ""]
        if turn.points_lost_why:
            lines += [f"- {_md(line)}" for line in turn.points_lost_why] + [""]
        links = [
            f"- [{role} audio]({link})"
            for role, name in (("question", turn.question_audio), ("answer", turn.answer_audio))
            if name and (link := audio_link(name))
        ]
        if links:
            lines += [*links, ""]
        star = _star_line(turn)
        if star:
            lines += [f"{_star_label(turn, place)}: {star}", ""]
        if turn.company_summary and not star:
            lines += [_md(turn.company_summary), ""]
        text = turn.text.strip()
        lines.append("> " + (_md(text) if text else "(no transcript)").replace("\n", "\n> "))
        tips = _tips(turn)
        if tips:
            lines += ["", f"{WORK_ON}:"]
            lines += [f"- {_md(tip)}" for tip in tips]
        praise = _tips(turn, praise=True)
        if praise:
            lines += ["", f"{WENT_WELL}:"]
            lines += [f"- {_md(tip)}" for tip in praise]
        if turn.repaired_tips:
            lines += ["", f"{REPAIRED}:"]
            lines += [f"- ~~{_md(tip)}~~" for tip in turn.repaired_tips]
        asked = asked_review(turn)
        if asked:
            lines += ["", "Your questions for them:"]
            lines += [f"- {_md(line)}" for line in asked]
        talk = talk_review(turn)
        if talk:
            lines += ["", "Your talk:"]
            lines += [f"- {_md(line)}" for line in talk]
    company = company_review(views(record))
    if company:
        lines += ["", f"## The company: {_md(record.company or 'profile')}", ""]
        lines += [f"- {_md(line)}" for line in company]
    for pair in beside_round_one(views(record)):
        lines += ["", "## Round one, asked again", ""]
        lines += [f"- **{label}:** {_md(text)}" for label, text in pair.lines]
    notes = round_one_notes_now(record.round_one_notes, views(record))
    if notes:
        lines += ["", "## Round one's notes, checked today", ""]
    for note in notes:
        lines += [f"- **{label}:** {_md(text)}" for label, text in note.lines]
    lines += ["", "## What to practise next", ""]
    lines += [f"- {_md(step)}" for step in practise_next(views(record))]
    return visible("\n".join(lines) + "\n")


def render_html(
    record: SessionRecord, audio_link: AudioLink, names: Mapping[str, str] | None = None
) -> str:
    escape = html.escape
    title = f"Interview practice — {_day(record.started)}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        "<dl>",
    ]
    for label, value in _header_facts(record, names):
        parts.append(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>")
    parts.append("</dl>")
    place = question_places(record.turns)
    for turn in views(record):
        parts.append(f'<section id="turn-{turn.number}">')
        parts.append(f"<h2>{place[turn.number]}. {escape(turn.question_text)}</h2>")
        facts = _turn_facts(turn, place, names)
        if facts:
            parts.append(f'<p class="facts">{escape(" · ".join(facts))}</p>')
        if turn.points_lost_why:
            parts.append('<ul class="why">')
            parts += [f"<li>{escape(line)}</li>" for line in turn.points_lost_why]
            parts.append("</ul>")
        for role, name in (("Question", turn.question_audio), ("Answer", turn.answer_audio)):
            link = audio_link(name) if name else None
            if link:
                source = escape(link, quote=True)
                parts.append(
                    f'<p class="audio">{role}: <audio controls preload="none" src="{source}">'
                    f'</audio> <a href="{source}">{escape(name or "")}</a></p>'
                )
        star = _star_parts(turn)
        if star:
            cells = "".join(
                f'<span class="{"hit" if present else "miss"}">{escape(name)}</span>'
                for name, present in star
            )
            label = escape(_star_label(turn, place))
            parts.append(f'<p class="star">{label}: {cells}</p>')
        elif turn.company_summary:
            parts.append(f'<p class="star">{escape(turn.company_summary)}</p>')
        text = turn.text.strip()
        parts.append(f"<blockquote>{escape(text or '(no transcript)')}</blockquote>")
        for heading, tips in ((WORK_ON, _tips(turn)), (WENT_WELL, _tips(turn, praise=True))):
            if tips:
                parts.append(f"<h3>{escape(heading)}</h3><ul>")
                parts += [f"<li>{escape(tip)}</li>" for tip in tips]
                parts.append("</ul>")
        if turn.repaired_tips:
            parts.append(f"<h3>{escape(REPAIRED)}</h3><ul>")
            parts += [f"<li><s>{escape(tip)}</s></li>" for tip in turn.repaired_tips]
            parts.append("</ul>")
        asked = asked_review(turn)
        if asked:
            parts.append("<h3>Your questions for them</h3><ul>")
            parts += [f"<li>{escape(line)}</li>" for line in asked]
            parts.append("</ul>")
        talk = talk_review(turn)
        if talk:
            parts.append("<h3>Your talk</h3><ul>")
            parts += [f"<li>{escape(line)}</li>" for line in talk]
            parts.append("</ul>")
        parts.append("</section>")
    company = company_review(views(record))
    if company:
        parts.append(f"<h2>The company: {escape(record.company or 'profile')}</h2><ul>")
        parts += [f"<li>{escape(line)}</li>" for line in company]
        parts.append("</ul>")
    for pair in beside_round_one(views(record)):
        parts.append('<h2>Round one, asked again</h2><dl class="round-one">')
        for label, text in pair.lines:
            parts.append(f"<dt>{escape(label)}</dt><dd>{escape(text)}</dd>")
        parts.append("</dl>")
    notes = round_one_notes_now(record.round_one_notes, views(record))
    if notes:
        parts.append('<h2>Round one\'s notes, checked today</h2><dl class="round-one">')
        for note in notes:
            for label, text in note.lines:
                parts.append(f"<dt>{escape(label)}</dt><dd>{escape(text)}</dd>")
        parts.append("</dl>")
    parts.append("<h2>What to practise next</h2><ul>")
    parts += [f"<li>{escape(step)}</li>" for step in practise_next(views(record))]
    parts.append("</ul>")
    parts.append("</body></html>")
    return visible("\n".join(parts) + "\n")


def _day(iso: str) -> str:
    return iso[:16].replace("T", " ") + " UTC"


def _header_facts(
    record: SessionRecord, names: Mapping[str, str] | None
) -> list[tuple[str, str]]:
    interviewers = [asker_name(persona_id, names) for persona_id in record.interviewers]
    facts = [
        ("Session", record.id),
        (
            "Interviewer" if len(interviewers) == 1 else "Interviewers",
            ", ".join(interviewers) or "unknown",
        ),
        *((("Company", record.company),) if record.company else ()),
        ("Questions", _banks_asked(record)),
        ("Answers", answer_counts(views(record))),
        ("Speech recognition", _engines_used(record)),
        ("Status", record.status.replace("_", " ")),
    ]
    score = average_score(views(record))
    if score is not None:
        # Which attempt counts, as the summary's title says it (`session_headline`).
        rule = average_rule(views(record))
        facts.insert(3, ("Average score", f"{score:.0f}/100" + (f", {rule}" if rule else "")))
    return facts


def _banks_asked(record: SessionRecord) -> str:
    """The banks the questions came from, in the order asked ("company, behavioral, culture"),
    from each turn's qualified question id; the session's bank when no turn names one. A full
    mock started from one bank asks from several: the bank chosen alone would misname them."""
    banks = dict.fromkeys(
        turn.question_id.split("/", 1)[0]
        for turn in record.turns
        if turn.question_id and "/" in turn.question_id
    )
    return ", ".join(banks) or record.bank_id or "mixed"


def _engines_used(record: SessionRecord) -> str:
    """The engines and models that heard the answers (from each transcript), not the setting
    ("auto") the session started with."""
    seen = views(record)
    used = list(dict.fromkeys(turn.heard_by for turn in seen if turn.heard_by))
    if used:
        return ", ".join(used)
    if record.turns and all(turn.answer_mode == "typed" for turn in record.turns):
        return "none (typed answers)"
    if seen and not any(turn.text.strip() for turn in seen):
        # A recording stopped before it was transcribed was heard by nobody (breaker16 D24:
        # "Speech recognition: typed" for an --answer-from answer cut short).
        return "none (no recording was transcribed)"
    return f"{record.engine} {record.model}".strip()


def _turn_facts(
    turn: AnswerView, place: dict[int, str], names: Mapping[str, str] | None
) -> list[str]:
    facts = [f"asked by {asker_name(turn.persona_id, names)}"]
    if turn.heard_by:
        facts.append(f"heard by {turn.heard_by}")
    if turn.score is not None or turn.probe is not None or not turn.judged:
        facts.append(turn.heading)
        if turn.points_lost:
            facts.append(turn.points_lost)
    if "timing" in turn.reported and turn.length_s is not None:
        facts.append(f"{turn.length_s:.0f} s")
    if "timing" in turn.reported and turn.words_per_minute is not None:
        facts.append(f"{turn.words_per_minute:.0f} words/min")
    if "fillers" in turn.reported:
        rate = turn.fillers_per_minute
        per_minute = f" ({rate:.1f}/min)" if rate is not None else ""
        facts.append(f"{counted(turn.filler_count, 'filler')}{per_minute}")
    if turn.answer_mode == "typed" and not turn.skipped:
        facts.append("typed")  # a skipped question had nothing typed (the heading says skipped)
    if turn.retake_of is not None:
        facts.append(f"retake of {place.get(turn.retake_of, turn.retake_of)}")
    if turn.follow_up_of is not None:
        facts.append(f"follow-up to {place.get(turn.follow_up_of, turn.follow_up_of)}")
    if turn.unread_note:
        facts.append(turn.unread_note)
    return facts


def _star_parts(turn: AnswerView) -> list[tuple[str, bool]]:
    """The STAR parts the answer's card marks ✓/✗: only a story question's (`STAR_MARKED_KINDS`);
    on another question (where would you be in five years) STAR is not asked for, and the card
    shows none."""
    if turn.question_kind not in STAR_MARKED_KINDS:
        return []
    return [
        (STAR_NAMES[label], turn.star_parts[label].present)
        for label in STAR_LABELS
        if label in turn.star_parts
    ]


def _star_label(turn: AnswerView, place: dict[int, str]) -> str:
    """A judged follow-up's STAR parts are its question's after the reply, not its own."""
    if turn.probe is not None and turn.follow_up_of is not None:
        return f"STAR of {place.get(turn.follow_up_of, turn.follow_up_of)} now"
    if any(part.from_follow_up for part in turn.star_parts.values()):
        return "STAR with its follow-up"
    return "STAR"


REPAIRED = "Repaired by the follow-up"
"""The heading of an answer's tips its follow-up made moot (`AnswerView.repaired_tips`)."""


def _star_line(turn: AnswerView) -> str:
    return "  ".join(f"{name} {'✓' if present else '✗'}" for name, present in _star_parts(turn))


WORK_ON = "What to work on"
WENT_WELL = "What went well"
"""The headings of an answer's tips: what to change, and the praise (`praise.is_praise`: "Clear
structure: ...", "...: keep it that specific"), which is nothing to work on."""


def _tips(turn: AnswerView, *, praise: bool = False) -> list[str]:
    """What to work on (or with `praise`, what went well), in the order the card shows them:
    nothing for an answer cut short or skipped, which is not judged (its heading says "left out
    of averages"; four tips on half an answer said the opposite)."""
    if turn.interrupted or turn.skipped:
        return []
    return [tip for tip in turn.tips if is_praise(tip) == praise]


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~])")
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+=-]|\d+[.)])", re.MULTILINE)


def _md(text: str) -> str:
    """Text the user wrote (an answer, a question, a company's name, a note) as a Markdown
    viewer shows it: as written, never as markup. Inline markup and HTML characters are
    backslash-escaped, and so is what would start a heading, a quote or a list at a line's
    start ("## Fake heading", "<b>rota</b>" and "1. first" are shown as typed)."""

    def line_start(match: re.Match[str]) -> str:
        mark = match.group(2)
        escaped = f"{mark[:-1]}\\{mark[-1]}" if mark[0].isdigit() else f"\\{mark}"
        return match.group(1) + escaped

    return _MD_LINE_START.sub(line_start, _MD_SPECIAL.sub(r"\\\1", text))


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;"
    "line-height:1.5;color:#222}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{color:#666}"
    "dd{margin:0}section{border-top:1px solid #ddd;margin-top:1.5rem}"
    ".facts{color:#555}.star span{display:inline-block;padding:.1rem .6rem;margin-right:.3rem;"
    "border-radius:.3rem}.hit{background:#d8f0d8}.miss{background:#f6d6d6}"
    "blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #ccc}"
    "audio{vertical-align:middle;height:2rem}"
)
