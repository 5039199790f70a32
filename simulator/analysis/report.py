"""The readable form of an analysis for the terminal: what a coach would say, in the order a
person wants it (score, structure, what to fix, delivery)."""

from __future__ import annotations

import textwrap

from simulator.analysis.answer import (
    AnswerAnalysis,
    audience_charge,
    points_lost_line,
    points_why_lines,
    theme_cost_note,
    theme_costs,
)
from simulator.analysis.star import PART_NAMES, STAR_LABELS
from simulator.safe_text import share_percent

_WIDTH = 88


def render_report(analysis: AnswerAnalysis, *, with_question: bool = True) -> str:
    """The report as lines of at most 88 columns. `with_question=False` leaves out the
    question (a session's output has just printed what was asked: the question or the
    follow-up)."""
    probe = analysis.follow_up
    kind = f"{analysis.question_kind.replace('_', ' ')} question"
    if probe is None:
        lines = [f"Score {analysis.score}/100  ·  {kind}"]
        if analysis.score < 100:  # where the points went: the score's parts (issue 13)
            lines.append(points_lost_line(analysis.score_parts.to_dict()).capitalize())
            lines += [textwrap.fill(line, _WIDTH, initial_indent="  ", subsequent_indent="    ")
                      for line in points_why_lines(analysis.points_why)]
    else:
        # A reply to a probe has no score of its own: what it gave, and its question's now.
        asked = " and ".join(probe.looked_for)
        gave = f"gave {asked} ✓" if probe.gives else f"did not give {asked} ✗"
        lines = [f"Follow-up: {gave}  ·  {kind} now {analysis.score}/100"]
        if analysis.score < 100:  # the question's new score with its parts (breaker13 B16)
            lines.append(points_lost_line(analysis.score_parts.to_dict()).capitalize())
            lines += [textwrap.fill(line, _WIDTH, initial_indent="  ", subsequent_indent="    ")
                      for line in points_why_lines(analysis.points_why)]
    # What the recording let through comes before any judgment of the words (breaker12 V2, V9).
    lines[1:1] = [textwrap.fill(line, _WIDTH, subsequent_indent="  ")
                  for line in analysis.recording]
    if analysis.question and with_question:
        lines.append(f"Q: {analysis.question}")
    lines.append("")
    star = analysis.star
    if analysis.question_kind == "behavioral":
        if probe is None:
            marks = "  ".join(
                f"{PART_NAMES[label]} {'✓' if star.parts[label].present else '✗'}"
                f" {share_percent(star.parts[label].share_words)}%"
                for label in STAR_LABELS
            )
            # The parts as the app shows them, with no figure of their own beside the score's
            # "structure" points (breaker16 D24: "STAR 65/100" beside "structure 42").
            lines.append(f"STAR   {marks}")
        else:  # the question's parts with what the reply gave: no shares of the reply's words
            marks = "  ".join(
                f"{PART_NAMES[label]} {'✓' if star.parts[label].present else '✗'}"
                for label in STAR_LABELS
            )
            lines.append(f"Question's STAR now   {marks}")
    elif analysis.company is not None:
        lines.append(analysis.company.summary)
    elif not star.applies:
        lines.append("STAR: not a STAR answer")
    # An answer about the company has no parts to mark: its judgment line above says it all;
    # nor has a talk or the candidate's questions (every piece would be "Other").
    segments = star.segments if analysis.company is None and star.applies else ()
    if segments or (analysis.company is None and star.applies):
        lines.append("")
    for segment in segments:
        name = PART_NAMES.get(segment.label, "Other")
        when = f" {segment.start:5.1f}s" if segment.start is not None else ""
        body = textwrap.fill(
            segment.text, _WIDTH, initial_indent=f"  [{name[:9]:<9}]{when} ",
            subsequent_indent=" " * (14 + len(when)),
        )
        lines.append(body)
    if star.flaws:
        lines += ["", "What to fix:" if probe is None else "Still to fix in this question:"]
        for flaw in star.flaws:
            lines.append(textwrap.fill(f"{flaw.code}: {flaw.message}", _WIDTH,
                                       initial_indent="  - ", subsequent_indent="    "))
            if flaw.evidence:
                quoted = "; ".join(f'"{e}"' for e in flaw.evidence)
                lines.append(textwrap.fill(f"heard: {quoted}", _WIDTH, initial_indent="    ",
                                           subsequent_indent="    "))
    timing = analysis.timing
    lines += ["", "Delivery:"]
    if timing.duration_s is not None:
        held = ""
        if timing.target_s is not None:
            low, high = timing.target_s
            held = f" (target {low:.0f}–{high:.0f} s, {timing.verdict})"
        line = f"  {timing.duration_s:.0f} s{held}, "
        if timing.wpm is None or timing.time_to_first_word_s is None:
            line += f"{timing.words} words"  # a recording with no words heard: no pace to show
        else:
            articulation = (
                f" ({timing.articulation_wpm:.0f} wpm while speaking)"
                if timing.articulation_wpm is not None and timing.pauses
                else ""
            )
            hearing = analysis.transcript.hearing
            # Speech with no words before the first word: the answer began with it (V2).
            began = "speech began" if hearing is not None and any(
                start <= timing.time_to_first_word_s for start, _ in hearing.unheard
            ) else "first word"
            line += (
                f"{timing.words} spoken words, {timing.wpm:.0f} wpm{articulation}, {began}"
                f" after {timing.time_to_first_word_s:.1f} s"
            )
        lines.append(line)
        if timing.pauses:
            listed = ", ".join(f"{p.start:.0f}s ({p.seconds:.1f}s)" for p in timing.pauses[:6])
            more = len(timing.pauses) - 6
            # Nine pauses counted and six shown says how many are left out (breaker12 V12).
            listed += f" and {more} more" if more > 0 else ""
            lines.append(f"  pauses ≥1 s: {len(timing.pauses)} — {listed}")
    else:
        lines.append(f"  {timing.words} words (typed: no timing)")
    fillers = analysis.fillers
    kinds = ", ".join(f"{word} ×{count}" for word, count in fillers.by_kind.items())
    rate = f", {fillers.per_minute:.1f}/min" if fillers.per_minute is not None else ""
    if fillers.per_100_words is not None and fillers.count:
        rate = f", {fillers.per_100_words:.1f} per 100 words"
    lines.append(f"  fillers: {fillers.count}{rate}" + (f" ({kinds})" if kinds else ""))
    fit = analysis.audience_fit
    if fit is not None and (fit.spoken_to or fit.missed):  # no theme fits: nothing to say
        cost = analysis.score_parts.audience
        charge = audience_charge(cost, sum(theme_costs(fit)))
        charge = f" ({charge}):" if charge else ":"
        lines += ["", textwrap.fill(f"For {fit.audience_name}{charge}", _WIDTH,
                                    subsequent_indent="    ")]
        if fit.spoken_to:
            lines.append("  spoke to: " + ", ".join(fit.spoken_to))
        for missed, points in zip(fit.missed, theme_costs(fit), strict=True):
            # Each miss says what it cost, or why nothing (breaker13 B5).
            note = f"({theme_cost_note(missed, points)})"
            lines.append(textwrap.fill(f"{missed.message} {note}", _WIDTH,
                                       initial_indent="  missed: ",
                                       subsequent_indent="          "))
    if analysis.company_values_hit:
        lines.append("  company values heard: " + ", ".join(analysis.company_values_hit))
    if analysis.tips:
        lines += ["", "Tips:"]
    for number, tip in enumerate(analysis.tips, 1):
        lines.append(textwrap.fill(tip, _WIDTH, initial_indent=f"  {number}. ",
                                   subsequent_indent="     "))
    for notice in analysis.transcript.notices:
        lines.append(f"note: {notice}")
    return "\n".join(lines)
