"""Shared vocabulary between question banks, personas and the analysis: the kinds of question
(each judged by its own checks) and what an audience listens for. Plain data, no logic, so
personas can be loaded without the analysis and the analysis can run without personas; the one
rule here is which questions a theme fits (`Theme.fits`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

QuestionKind = Literal[
    "behavioral",  # "Tell me about a time…": judged against STAR
    "situational",  # "What would you do if…": a hypothetical plan
    "technical",  # role knowledge
    "motivation",  # "Why are you leaving?", "Where do you see yourself?"
    "company",  # "What do you know about us?", "Why here?", "Why this role?"
    "about_you",  # "Tell me about yourself"
    "culture",  # values and ways of working
    "questions_to_ask",  # the candidate's questions to the interviewer
    "presentation",  # a timed talk or case exercise
    "practical",  # pay, notice period, start date, relocation, travel, right to work
]
QUESTION_KINDS: tuple[str, ...] = get_args(QuestionKind)

FlawCode = Literal[
    "no_situation", "no_task", "no_action", "no_result", "no_metrics", "we_not_i",
    "hypothetical", "vague", "too_short", "too_long", "unbalanced", "off_topic",
]
FLAW_CODES: tuple[FlawCode, ...] = get_args(FlawCode)
"""The weaknesses the analysis names (simulator.analysis.flaws); a persona has probes for each."""

Topic = Literal[
    "strategy",
    "team",
    "success",
    "culture",
    "collaboration",
    "growth",
    "challenges",
    "process",
    "pay",
    "time_off",
    "public_facts",
    "other",
]
"""What a candidate asks the interviewer about (simulator.analysis.candidate_questions)."""
ANSWER_TOPICS: tuple[Topic, ...] = get_args(Topic)
"""Every topic, in order: a persona has a brief answer for each."""


@dataclass(frozen=True)
class Theme:
    """Something an audience listens for, e.g. a senior leader's "business impact"."""

    id: str
    label: str
    cues: tuple[str, ...]
    """Words or phrases (lower case) that show an answer speaks to this theme."""
    advice: str
    """What to say when an answer misses it, in the audience's terms."""
    order: str = ""
    """"result_first" when this audience wants the headline first: the theme is then judged by
    the order the answer was told in (did it open with its outcome?), not by its words;
    "brief" when it wants answers kept short: judged by the answer's length (missed by one
    too long for its target)."""
    part: str = ""
    """A STAR part ("S", "T", "A" or "R") whose presence also shows the theme, whatever its
    words: a hiring manager's "Results" is spoken to by an outcome told as "error reports went
    down from 40 to 6", which holds none of the cue words. Empty: the cues alone decide."""
    needs: str = ""
    """A STAR part ("S", "T", "A" or "R") without which no cue word shows the theme: a senior
    leader's "Business impact" needs an outcome told, so "the monthly cost report came too late"
    in a scene with no Result speaks to no impact (breaker11 D12). Empty: the cues alone."""
    kinds: tuple[str, ...] = ()
    """The question kinds (QUESTION_KINDS) whose answers this theme is judged on: a recruiter's
    "why this role" fits a motivation question, not a story about a conflict. Empty: every kind
    with an answer to judge."""
    asked: tuple[str, ...] = ()
    """Words or phrases (lower case), one of which the question must hold for the theme to be
    judged: "why this role and why now" fits "Why do you want this role?", not "What keeps you
    motivated?". Empty: any question of `kinds`."""
    shown_by: tuple[tuple[str, ...], ...] = ()
    """Groups of phrases: an answer with a phrase of every group speaks to the theme in its own
    words, without a cue word (the other view, "{someone} wanted", and how it was settled,
    "middle ground"; `simulator.analysis.theme_words`). Empty: the cues alone."""
    by_company_news: bool = False
    """Whether an answer that tells one of the company profile's news lines speaks to this
    theme: a story tied to the merger the company announced is tied to where the organisation
    is heading (a senior leader's "Strategic view")."""

    def fits(self, kind: str, question: str | None) -> bool:
        """Whether this theme's advice fits an answer to `question` (lower case or not) of
        `kind`: its kind is one of `kinds` and the question holds one of `asked` (a question
        of unknown wording fits when `kinds` does)."""
        if self.kinds and kind not in self.kinds:
            return False
        if not self.asked or question is None:
            return True
        words = " " + " ".join(re.findall(r"[a-z0-9']+", question.lower())) + " "
        return any(f" {phrase}" in words for phrase in self.asked)


@dataclass(frozen=True)
class Audience:
    """Who is listening: a persona seen by the analysis."""

    id: str
    name: str
    themes: tuple[Theme, ...] = ()
    brief: bool = False
    """Whether this audience asked for answers shorter than usual (a persona's `target_scale`
    under 1: "let's keep it crisp"): an answer over its target then costs more
    (analysis.answer, breaker10 D16)."""
