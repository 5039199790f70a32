"""The candidate's own questions ("Do you have any questions for me?"), judged for depth.

Interviewers read the questions a candidate asks as a sign of preparation and of how they think:
asking what success looks like in six months, or what the team finds hardest, shows someone
already picturing the job; asking about holidays, or something the website answers, does not.
Each question gets a topic, a depth and a reason, and the interviewer's brief answer to it (from
the persona's own wording, passed in as a topic -> answer mapping, so the analysis never needs
to know about personas). Separately from depth, each is checked for whether a quick web search
(or the candidate's own company profile) would answer it (`simulator.analysis.searchable`): such
a question never counts as showing depth. Pure functions over a Transcript.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from simulator.analysis.audience import Topic
from simulator.analysis.searchable import (
    KnownFacts,
    asks_about_role,
    builds_on_news,
    profile_reply,
    searchable_fact,
)
from simulator.speech.stt import Transcript

Depth = Literal["deep", "fine", "shallow"]

_TOPIC_CUES: dict[Topic, tuple[str, ...]] = {
    "success": (
        "success look",
        "successful",
        "six months",
        "6 months",
        "first year",
        "ninety days",
        "90 days",
        "first few months",
        "do well in",
        "expectations",
        "great look like",
        "measure success",
        "success measured",
        "success be measured",
        "success is measured",
        "measure my success",
        "measure your success",
        "judge success",
        "kpi",
        "what would you need from me",
    ),
    "challenges": (
        "challenge",
        "hardest",
        "biggest problem",
        "obstacle",
        "struggl",
        "keeps you up",
        "worried",
        "worry",
        "risk",
        "difficult",
        "pain point",
    ),
    "strategy": (
        "strategy",
        "strategic",
        "direction",
        "priorit",
        "next year",
        "long term",
        "long-term",
        "vision",
        "roadmap",
        "heading",
        "compet",
        "market",
        "goals for",
        " changed",
        " changing",
        " evolved",
    ),
    "team": (
        "the team",
        "team structure",
        "who would i",
        "who will i",
        "teammates",
        "size of the team",
        "how big is the team",
        "report to",
        "people on the team",
        # The work itself, as the people doing it live it: picturing the job.
        "typical day",
        "typical week",
        "normal day",
        "normal week",
        "average day",
        "average week",
        "day to day",
        "day-to-day",
        "their week",
        "their day",
        "first week",
        "spend their",
        "spend most",
        "work on",
    ),
    "culture": (
        "culture",
        "values",
        "disagree",
        "feedback",
        "decisions get made",
        "decisions are made",
        "mistakes",
        "what do you like about working",
        "why did you join",
        "what makes people",
    ),
    "collaboration": (
        "collaborat",
        "work with other",
        "cross-functional",
        "cross functional",
        "stakeholder",
        "other teams",
        "other departments",
        "work together",
        "interact with",
    ),
    "growth": (
        "learn",
        "grow",
        "career",
        "develop",
        "progression",
        "mentor",
        "training",
        "promot",
    ),
    "process": (
        "next step",
        "hear back",
        "timeline",
        "interview process",
        "when will i",
        "when can i",
        "decision be made",
    ),
    "pay": (
        "salary",
        "pay ",
        "paid",
        "compensation",
        "bonus",
        "package",
        "money",
        "raise",
        "equity",
        "stock option",
        "pension",
        "benefits",
    ),
    "time_off": (
        "holiday",
        "vacation",
        "annual leave",
        "days off",
        "time off",
        "sick days",
        "leave ",
        "work from home",
        "remote days",
        "hours",
    ),
}
"""Phrases (lower case, matched as written) that show a question's topic. Not "public_facts":
whether a question asks only for a public fact is `searchable.searchable_fact`'s to say, one
rule for the topic, the depth and the reason."""

_DEPTH: dict[Topic, Depth] = {
    "strategy": "deep",
    "team": "deep",
    "success": "deep",
    "culture": "deep",
    "collaboration": "deep",
    "challenges": "deep",
    "growth": "fine",
    "process": "fine",
    "other": "fine",
    "pay": "shallow",
    "time_off": "shallow",
    "public_facts": "shallow",
}

_REASONS: dict[Topic, str] = {
    "strategy": "Asks where the company is going: shows you think beyond the job description.",
    "team": "Asks about the people you'd work with: shows you're picturing the job.",
    "success": "Asks what success looks like: shows you already plan to deliver.",
    "culture": "Asks how people really work together: shows you care about fit both ways.",
    "collaboration": "Asks how work crosses team lines: shows you know results need others.",
    "challenges": "Asks about the hard parts: shows you're ready to take them on.",
    "growth": "A fair question about learning; stronger when tied to what the role needs.",
    "process": "A practical question about next steps; fine to ask, but add a deeper one.",
    "other": "A question, but not clearly about the role, team or company: make it specific.",
    "pay": "Pay and benefits are for the recruiter or the offer stage, not this interviewer.",
    "time_off": "Leave and hours are for the recruiter or the offer stage; here it reads as "
    "your first concern.",
}
"""Why each topic is as deep as it is; a searchable question's reason names its fact."""
_ASK_INSIDE = ("Asking it suggests you didn't prepare, and more so in a second round, to people "
               "who have met you: ask what only someone inside can tell you.")

DEFAULT_ANSWERS: dict[Topic, str] = {
    "strategy": "We're focused on growing carefully and doing fewer things better.",
    "team": "It's a small, experienced team that helps each other a lot.",
    "success": "In six months I'd hope you're working independently and improving things.",
    "culture": "People are open and direct, and we try to learn from mistakes rather than blame.",
    "collaboration": "We work closely with the teams around us and plan together.",
    "growth": "There's room to learn, and we support people who want to grow.",
    "challenges": "We're busy and some of our processes haven't kept up with our growth.",
    "process": "We'll be in touch soon about next steps.",
    "pay": "That's best discussed with the recruiter.",
    "time_off": "The recruiter can give you the details of that.",
    "public_facts": "That's on our website.",
    "other": "Good question. It depends, but we can talk about it more later.",
}
"""Neutral answers for a persona that has none of its own for a topic."""

_QUESTION_START = re.compile(
    r"\b(what|how|why|when|where|who|which|could you|can you|would you|do you|does|is there|"
    r"are there|is it|are you|will i|would i)\b"
)
_ASKING = re.compile(r"\b(wondering|curious|like to know|love to know|tell me (about|more))\b")
"""A question asked as a statement: "I'm curious how the team ..."."""
_MIN_WORDS = 3
_TRAILING_JOINER = re.compile(r"\s+(and|also|so|then|or)$", re.IGNORECASE)
"""Spoken questions run on ("...this year and how does..."): the joiner belongs to neither."""
_LEADING_JOINER = re.compile(r"^((and|also|so|then|or|but|plus|oh|ok|okay|and also),?\s+)+",
                             re.IGNORECASE)
"""A question after a full stop may still open with its joiner ("...90 days? and what is the
hardest thing..."): it is a question all the same."""
_PAUSE_SPLIT_S = 0.8
"""In unpunctuated speech, a silence this long between words separates two questions."""
_WORD_PHRASE = re.compile(r"[^a-z0-9' -]")


@dataclass(frozen=True)
class CandidateQuestion:
    text: str
    topic: Topic
    depth: Depth
    reason: str
    answer: str
    """The interviewer's brief, in-character reply."""
    searchable: str = ""
    """The public fact a quick search would give instead ("when it was founded"); "" if none."""

    def to_dict(self) -> dict[str, str]:
        return {
            "text": self.text,
            "topic": self.topic,
            "depth": self.depth,
            "reason": self.reason,
            "answer": self.answer,
            "searchable": self.searchable,
        }


@dataclass(frozen=True)
class CandidateQuestionsReview:
    questions: tuple[CandidateQuestion, ...]
    feedback: tuple[str, ...]

    @property
    def deep(self) -> int:
        return sum(q.depth == "deep" for q in self.questions)

    @property
    def shallow(self) -> int:
        return sum(q.depth == "shallow" for q in self.questions)

    @property
    def searchable(self) -> int:
        return sum(bool(q.searchable) for q in self.questions)

    def to_dict(self) -> dict[str, object]:
        return {
            "questions": [q.to_dict() for q in self.questions],
            "deep": self.deep,
            "shallow": self.shallow,
            "searchable": self.searchable,
            "feedback": list(self.feedback),
        }


def classify(question: str, known: KnownFacts | None = None) -> tuple[Topic, Depth]:
    """The topic with the most cue matches (deep topics win ties), and its depth. A question a
    quick search (or the company profile in `known`) answers (`searchable_fact`) is shallow,
    and its topic is "public_facts" unless its words name another; one that builds on the
    profile's news and asks what it does not say (`searchable.builds_on_news`) is deep."""
    lowered = _phrase_text(question)
    best: Topic = "other"
    best_hits = 0
    for topic, cues in _TOPIC_CUES.items():
        hits = sum(cue in lowered for cue in cues)
        if hits > best_hits:
            best, best_hits = topic, hits
    if searchable_fact(question, known):
        return ("public_facts" if best == "other" else best), "shallow"
    if builds_on_news(question, known):
        return best, "deep"  # it read their news and asks what only an insider knows
    if _DEPTH[best] != "deep" and best not in ("pay", "time_off") and asks_about_role(
            question, known):
        return "team", "deep"  # about the role's own work and people, as the profile has it
    return best, _DEPTH[best]


def _phrase_text(question: str) -> str:
    """Lower case, punctuation as spaces, padded: the text topic cues are looked for in."""
    return " " + _WORD_PHRASE.sub(" ", question.lower().replace("’", "'")) + " "


def topics_of(question: str) -> set[Topic]:
    """Every topic whose cues `question` holds ("What is hardest for the team, and how is
    success measured?" -> challenges and success), not only `classify`'s best one."""
    lowered = _phrase_text(question)
    return {topic for topic, cues in _TOPIC_CUES.items() if any(c in lowered for c in cues)}


def asked_topics(text: str) -> set[Topic]:
    """The topics the candidate's questions in `text` asked about (`topics_of` each question
    `split_questions` finds): what advice must not ask them to ask again."""
    return {
        topic
        for question in split_questions(Transcript.from_text(text))
        for topic in topics_of(question)
    }


def split_questions(transcript: Transcript) -> list[str]:
    """The separate questions in what the candidate said; statements around them are dropped.

    Paragraphs (typed, one question each) are split apart first. Punctuated text (Whisper,
    typing) splits into sentences, and a sentence is a question when it
    ends with "?" or opens like one ("How do you...", "I'd love to know..."). Unpunctuated
    recognizer output splits at long pauses, else before a question word that follows at least
    five words, and keeps the parts that open like a question."""
    text = transcript.text.strip()
    if "\n\n" in text:  # typed one per paragraph: each paragraph on its own
        return [
            question
            for paragraph in re.split(r"\n\s*\n", text)
            for question in split_questions(Transcript.from_text(paragraph))
        ]
    if re.search(r"[.?!]", text):
        parts = [
            sentence
            for sentence in re.split(r"(?<=[.?!])\s+", text)
            if sentence.rstrip().endswith("?") or _opens_like_a_question(sentence)
        ]
    else:
        pieces = (
            _split_at_pauses(transcript)
            if transcript.has_timings
            else _split_at_question_words(text)
        )
        parts = [piece for piece in pieces if _opens_like_a_question(piece)]
    cleaned = [_TRAILING_JOINER.sub("", p.strip()) for p in parts]
    return [p for p in cleaned if len(p.split()) >= _MIN_WORDS]


def _opens_like_a_question(text: str) -> bool:
    opening = " ".join(_LEADING_JOINER.sub("", text.strip()).lower().split()[:6])
    return bool(_QUESTION_START.match(opening) or _ASKING.search(opening))


def _split_at_pauses(transcript: Transcript) -> list[str]:
    parts: list[list[str]] = [[]]
    previous_end: float | None = None
    for word in transcript.words:
        if (
            previous_end is not None
            and word.start is not None
            and word.start - previous_end >= _PAUSE_SPLIT_S
            and parts[-1]
        ):
            parts.append([])
        parts[-1].append(word.text.strip())
        previous_end = word.end if word.end is not None else previous_end
    return [" ".join(p) for p in parts]


def _split_at_question_words(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _QUESTION_START.finditer(text.lower()):
        if len(text[start : match.start()].split()) >= 5:
            parts.append(text[start : match.start()])
            start = match.start()
    parts.append(text[start:])
    return parts


def review_candidate_questions(
    transcript: Transcript,
    answers: Mapping[str, str] | None = None,
    known: KnownFacts | None = None,
) -> CandidateQuestionsReview:
    """Judge each question the candidate asked and give the interviewer's reply to it.

    `answers` is the persona's topic -> reply wording (Persona.answers); missing topics get a
    neutral reply. `known` is what the company profile gave the candidate to read: a question
    it answers counts as searchable, like one the company's website answers."""
    replies = answers or {}
    questions = []
    for text in split_questions(transcript):
        topic, depth = classify(text, known)
        fact = searchable_fact(text, known)
        news = builds_on_news(text, known)
        reason = (
            f"A quick search answers this ({fact}). {_ASK_INSIDE}" if fact
            else f"Builds on their news (\u201c{news}\u201d) and asks what it does not say: "
            "shows you prepared." if news
            else _REASONS[topic]
        )
        # With a profile, a question it answers gets its facts back, not a stock line.
        answer = profile_reply(text, known) or replies.get(topic) or DEFAULT_ANSWERS[topic]
        questions.append(CandidateQuestion(text, topic, depth, reason, answer, fact))
    return CandidateQuestionsReview(tuple(questions), _feedback(questions))


def _feedback(questions: list[CandidateQuestion]) -> tuple[str, ...]:
    if not questions:
        return (
            "You asked no questions. Have two or three ready: asking none reads as low interest.",
            "Try: \u201cWhat would success look like in this role after six months?\u201d",
        )
    notes: list[str] = []
    deep = [q for q in questions if q.depth == "deep"]
    searchable = [q for q in questions if q.searchable]
    shallow = [q for q in questions if q.depth == "shallow" and not q.searchable]
    if len(deep) >= 2:
        notes.append(f"{len(deep)} thoughtful questions: this is what interviewers remember.")
    elif len(deep) == 1:
        notes.append("One thoughtful question. Add a second on a different topic.")
    else:
        notes.append(
            "None of your questions went deep. Ask about the team, the challenges, or "
            "what success looks like."
        )
    if deep:
        notes.append("Shows depth: " + "; ".join(f"\u201c{q.text}\u201d" for q in deep))
    if searchable:
        notes.append(
            "A quick web search would answer: "
            + "; ".join(f"\u201c{q.text}\u201d ({q.searchable})" for q in searchable)
        )
    if shallow:
        notes.append(
            f"{len(shallow)} question(s) better kept for later or the website: "
            + "; ".join(f"\u201c{q.text}\u201d" for q in shallow)
        )
    # A question may ask about two things ("the hardest part, and how is success measured?").
    asked = {topic for q in questions for topic in (q.topic, *topics_of(q.text))}
    for topic, suggestion in (
        ("success", "What would success look like after six months?"),
        ("challenges", "What is the biggest challenge the team faces this year?"),
        ("strategy", "How does this role connect to the company's priorities?"),
    ):
        if topic not in asked and len(deep) < 3:
            notes.append(f"Worth asking next time: \u201c{suggestion}\u201d")
            break
    return tuple(notes)
