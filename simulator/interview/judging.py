"""One way to judge an answer. The analysis request (the question and its kind, the target length
scaled to the interviewer, the audience, the company's values) and the mode reviews (a talk's
structure against its slot, the candidate's own questions, links to the company's values) are
built here, once, for the interview runner and for `reanalyze`, so an answer judged again is
judged the way it was the first time.

`judge` returns the typed analysis and the dict a turn stores (`AnswerAnalysis.to_dict()` plus
one key per mode review: "presentation", "candidate_questions", "company_values",
"company_facts", "round_one"). A reply to a
probe is judged against what the probe asked for, as part of its question
(`simulator.analysis.answer.analyze_follow_up`), never as an answer of its own."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from simulator.analysis import AnswerAnalysis
    from simulator.analysis.audience import Audience, QuestionKind
    from simulator.analysis.searchable import KnownFacts
    from simulator.interview.banks import AskedBefore, Question
    from simulator.interview.company import CompanyProfile
    from simulator.interview.personas import Persona
    from simulator.speech.stt import Transcript

MODE_REVIEWS = (
    "presentation",
    "candidate_questions",
    "company_values",
    "company_facts",
    "round_one",
    "delivery",
)
"""Keys a stored analysis may hold beside `AnswerAnalysis.to_dict()`'s: the mode reviews, and the
runner's delivery review of the recorded audio (pitch and energy), which reanalyze keeps."""


_ABOUT_US = re.compile(
    r"\bwhat (do )?you know about (us|our|the company)\b|\bwhy (do you want to work )?here\b"
    r"|\bwhy (us|this company)\b",
    re.IGNORECASE,
)


def scaled_target(target_s: tuple[float, float], persona: Persona | None) -> tuple[float, float]:
    """A question's target length (low, high seconds) as `persona` wants it (their
    `target_scale`: 0.8 for someone who wants it brief); unchanged without a persona."""
    scale = persona.target_scale if persona is not None else 1.0
    return (target_s[0] * scale, target_s[1] * scale)


def answer_target(question: Question, persona: Persona | None) -> tuple[float, float] | None:
    """The length an answer to `question` is held to, the one figure the clock, the prompt and
    the feedback show: none for the candidate's own questions (not held to a length), a talk's
    slot as the exercise sets it (the prompt says "five minutes": an interviewer's liking for
    brevity does not shrink it), else the question's target as `persona` wants it
    (`scaled_target`). Seconds (low, high)."""
    from simulator.analysis.questions import OWN_QUESTION_KINDS

    if question.kind in OWN_QUESTION_KINDS:
        return None
    if question.kind == "presentation":
        return question.target_s
    return scaled_target(question.target_s, persona)


@dataclass(frozen=True)
class AnalysisRequest:
    """Everything the analysis of one answer is asked with, besides the transcript."""

    question_text: str | None
    question_kind: QuestionKind | None
    """None: classified from the text."""
    target_s: tuple[float, float] | None
    """None: the default for the kind."""
    audience: Audience | None = None
    company: CompanyProfile | None = None
    slot_s: float | None = None
    """A presentation's slot, the length its structure is judged against."""
    persona_answers: Mapping[str, str] = field(default_factory=dict)
    """The interviewer's replies to a candidate's questions (Persona.answers)."""
    question_id: str | None = None
    asked_before: AskedBefore | None = None
    """For a round-one question asked again: what the notes say about round one."""
    stored_facts: Mapping[str, Any] | None = None
    """For an answer judged again without its profile (`reanalyze`): the profile check it
    stored ("company_facts"), so its judgment and score stay what they were."""

    @property
    def about_the_company(self) -> bool:
        """Whether the answer should show what the candidate knows of the company: the plan's
        "what do you know about us" and news/competitor questions, any question of kind
        "company" (why here, why this role), or a question asking what they know of us or why
        here."""
        from simulator.interview.plan import KNOWLEDGE_PREFIX

        if self.question_kind == "company":
            return True
        if self.question_id and self.question_id.startswith(KNOWLEDGE_PREFIX):
            return True
        return bool(self.question_text and _ABOUT_US.search(self.question_text))


def analysis_request(
    question: Question | None,
    persona: Persona | None,
    company: CompanyProfile | None = None,
    *,
    question_text: str | None = None,
    question_kind: QuestionKind | None = None,
) -> AnalysisRequest:
    """The request for an answer to `question` (None: a question no longer in the banks, judged
    by `question_text` and `question_kind` with the kind's default target) asked by `persona`
    (None: an interviewer no longer in the catalogue) with `company`'s profile loaded."""
    kind = question.kind if question is not None else question_kind
    # The interviewer as they are in the profile's field of work (a senior leader in a hospital
    # listens for patients, not revenue), and an exercise as it was set there (a ward's case,
    # not a launch abroad): the room, the CLI and reanalyze alike.
    persona = persona.in_field_of(company) if persona is not None else None
    question = question.in_field_of(company) if question is not None else None
    return AnalysisRequest(
        question_text=question_text or (question.text if question is not None else None),
        question_kind=kind,
        target_s=answer_target(question, persona) if question is not None else None,
        audience=persona.audience if persona is not None else None,
        company=company,
        slot_s=question.target_s[1] if question is not None else None,
        persona_answers=persona.answers if persona is not None else {},
        question_id=question.id if question is not None else None,
        asked_before=question.asked_before if question is not None else None,
    )


def probe_codes(persona: Persona | None, probe: str) -> tuple[str, ...]:
    """The flaw codes a probe asked about, the main one first: the code whose follow-ups in
    `persona`'s probes hold the words `probe` asked; else, for a probe from the session plan (a
    harder probe where round one was weak, a bank's follow-up), what its words ask for
    (`simulator.analysis.follow_up.probe_asks`: "Give me a specific example, with the numbers"
    -> ("vague", "no_metrics")); () for a probe that asks for no STAR part. A persona's probe
    for a flaw that names no missing part (too_short: "Say more about why it mattered.") is
    judged by what its words ask (the outcome), after its code."""
    from simulator.analysis.follow_up import judged_by_its_words, probe_asks

    if persona is not None:
        code = next((code for code, probes in persona.probes.items() if probe in probes), "")
        if code:
            return (code, *probe_asks(probe)) if judged_by_its_words(code) else (code,)
    return probe_asks(probe)


def judge(
    request: AnalysisRequest,
    transcript: Transcript,
    *,
    follows: Transcript | None = None,
    probe: str | Sequence[str] = (),
    probe_text: str = "",
) -> tuple[AnswerAnalysis, dict[str, Any]]:
    """The analysis of `transcript` and the dict a turn stores: `AnswerAnalysis.to_dict()`
    without its copy of the transcript (the turn keeps the transcript once, beside it), plus
    the mode reviews. With `follows` (the first answer's transcript) the transcript is a reply
    to a probe that asked about the flaw codes `probe` (see `probe_codes`; one code as a
    string; empty: it asked for no STAR part): it is judged against them as part of the first
    answer's question and merged into its STAR view; `probe_text`, the probe as asked, says
    what its words ask when they ask something else than its flaw (`follow_up.probe_asks`),
    which the reply is judged against too."""
    analysis = _analyze(request, transcript)
    if follows is not None:
        from simulator.analysis.answer import analyze_follow_up
        from simulator.analysis.follow_up import joined, probe_asks

        codes = (probe,) if isinstance(probe, str) else tuple(probe)
        main, *also = codes or ("",)
        analysis, _ = analyze_follow_up(
            transcript, main, _analyze(request, follows), also=tuple(also),
            worded=probe_asks(probe_text) if probe_text else (),
            whole=_analyze(request, joined(follows, transcript)),
        )
    reviews = mode_reviews(request, transcript)
    if follows is not None and request.company is not None and "company_values" in reviews:
        from simulator.analysis.follow_up import joined

        # A reply is part of its question: the values the question connects to are the first
        # answer's with the reply's, so a link does not vanish from the card once the reply is
        # in (breaker15 B21: "Safety above schedule" silently disappeared).
        reviews["company_values"] = value_links(request.company, joined(follows, transcript).text)
    stored = {**analysis.to_dict(), **reviews}
    del stored["transcript"]
    return analysis, stored


def value_links(company: CompanyProfile, text: str) -> list[dict[str, str]]:
    """The values `text` connects to, as a turn stores them (`{value, cue, note}` each)."""
    return [{"value": link.value.name, "cue": link.cue, "note": link.note}
            for link in company.connections(text)]


def company_facts(request: AnalysisRequest, text: str) -> Mapping[str, Any] | None:
    """The profile check of an answer about the company, in its stored form: fresh from the
    profile when one is loaded, else what the turn stored (`stored_facts`); None for an answer
    not about the company or with neither."""
    if not request.about_the_company:
        return None
    if request.company is not None:
        return request.company.fact_check(text, request.question_text or "").to_dict()
    return request.stored_facts


def _analyze(request: AnalysisRequest, transcript: Transcript) -> AnswerAnalysis:
    from simulator.analysis import analyze_answer

    company = request.company
    analysis = analyze_answer(
        transcript,
        question=request.question_text,
        question_kind=request.question_kind,
        target_s=request.target_s,
        audience=request.audience,
        company_values=[v.name for v in company.values] if company is not None else (),
        company_terms=(
            (company.name, company.role_title, *company.competitors, *company.news)
            if company is not None else ()
        ),
        company_facts=company_facts(request, transcript.text),
        role_terms=(
            tuple(t for t in (company.role_title, *company.role_expectations) if t)
            if company is not None else ()
        ),
        company_news=company.news if company is not None else (),
        known_facts=known_facts(company),
    )
    if company is None or not analysis.tips:
        return analysis
    # A value the story shows by its related words or the meaning the user wrote for it is
    # tied back already: no tip asks for it beside "Connected to the value" (breaker14 B17).
    shown = [f"Tie the story back to \u201c{link.value.name}\u201d"
             for link in company.connections(transcript.text)]
    tips = tuple(tip for tip in analysis.tips if not tip.startswith(tuple(shown)))
    return analysis if tips == analysis.tips else replace(analysis, tips=tips)


def known_facts(company: CompanyProfile | None) -> KnownFacts | None:
    """What `company`'s profile gives the candidate to read (None without one): the review of
    their own questions and its score judge them against the same facts."""
    from simulator.analysis.searchable import KnownFacts

    if company is None:
        return None
    return KnownFacts(company.name, [v.name for v in company.values], company.competitors,
                      company.news, [company.role_title, *company.role_expectations])


def mode_reviews(request: AnalysisRequest, transcript: Transcript) -> dict[str, object]:
    """What a mode judges beyond STAR: a talk's structure against its slot, the depth of the
    candidate's own questions (with the persona's replies, and which of them a web search or
    the company profile answers), links to the company's values, for an answer about the
    company which of the profile's facts it used, missed or got wrong, and for a round-one
    question asked again what the notes say about round one."""
    review: dict[str, object] = {}
    if request.question_kind == "presentation":
        from simulator.analysis import DEFAULT_TARGET_S
        from simulator.analysis.presentation import review_presentation

        # A talk asked in its own words (no exercise, so no slot): the length it is held to.
        slot = request.slot_s or (request.target_s or DEFAULT_TARGET_S["presentation"])[1]
        review["presentation"] = review_presentation(transcript, slot).to_dict()
    elif request.question_kind == "questions_to_ask":
        from simulator.analysis.candidate_questions import review_candidate_questions

        found = review_candidate_questions(transcript, request.persona_answers,
                                           known_facts(request.company))
        review["candidate_questions"] = found.to_dict()
    if request.company is not None:
        review["company_values"] = value_links(request.company, transcript.text)
        facts = company_facts(request, transcript.text)
        if facts is not None:
            review["company_facts"] = dict(facts)
    before = request.asked_before
    if before is not None:
        review["round_one"] = {
            "question": before.question,
            "answer": before.answer,
            "feedback": before.feedback,
            "weak": before.weak,
            "doubt": before.doubt,
        }
    return review
