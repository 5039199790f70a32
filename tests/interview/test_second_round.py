"""The company and round one inside a full mock: "what do you know about us", news and
competitor questions worded by the persona asking, the check of which profile facts an answer
used, missed or got wrong, and a round-one question asked again from the angle its notes say was
weak, stored beside what the notes say was said. Real TOML files, real banks and personas."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.interview import plan
from simulator.interview.banks import QuestionBank, load_banks
from simulator.interview.company import CompanyProfile, load_company
from simulator.interview.first_round import FirstRoundNotes, angle_for, ask_again, load_first_round
from simulator.interview.judging import analysis_request, judge
from simulator.interview.personas import Persona, load_personas
from simulator.speech.stt import Transcript
from simulator.storage.views import AnswerView, beside_round_one, company_review

COMPANY = """\
name = "Moravia Bakeries"
news = [
  "We opened the fourth bakery in Olomouc in September.",
  "Our sourdough line now sells in 120 shops.",
]
competitors = ["Pekarna Zlin", "CrustCo"]

[[values]]
name = "Bake it right"
cues = ["quality", "recipe", "right first time"]

[[values]]
name = "Neighbours first"
description = "Local shops and local people before growth."

[role]
title = "Shift Supervisor"
"""

# Terse notes, as someone jots them in the car park after the interview.
NOTES = """\
[[asked]]
question = "why us?? (they asked early)"
weak = true
feedback = "too generic, nothing about the company"
answer = "said I like bread and it is near my flat"

[[asked]]
question = "behavioral/conflict-peer"

[[feedback]]
note = "story on the team issue stayed vague"
competencies = ["teamwork"]
"""


@pytest.fixture(scope="module")
def banks() -> dict[str, QuestionBank]:
    return load_banks().items


@pytest.fixture(scope="module")
def personas() -> dict[str, Persona]:
    return load_personas().items


@pytest.fixture
def company(tmp_path: Path) -> CompanyProfile:
    path = tmp_path / "moravia.toml"
    path.write_text(COMPANY)
    return load_company(path)


@pytest.fixture
def notes(tmp_path: Path) -> FirstRoundNotes:
    path = tmp_path / "round1.toml"
    path.write_text(NOTES)
    return load_first_round(path)


def test_an_answer_that_knows_the_company_uses_its_facts(company: CompanyProfile) -> None:
    # A non-native speaker, careful and right.
    answer = (
        "I know you open the fourth bakery in Olomouc this September, and the sourdough is "
        "now in 120 shops. Your competitor is mostly CrustCo. For me quality of the recipe is "
        "the most important."
    )
    found = company.fact_check(answer)
    used = {(f.kind, f.text) for f in found.used}
    assert ("news", "We opened the fourth bakery in Olomouc in September.") in used
    assert ("news", "Our sourdough line now sells in 120 shops.") in used
    assert ("competitor", "CrustCo") in used and ("value", "Bake it right") in used
    assert {(f.kind, f.text) for f in found.missed} == {
        ("competitor", "Pekarna Zlin"),
        ("value", "Neighbours first"),
        ("role", "Shift Supervisor"),
    }
    assert found.wrong == ()


def test_figures_and_names_that_contradict_the_profile_are_named(company: CompanyProfile) -> None:
    # A run-on answer that half-remembers the research.
    answer = (
        "So I read that you opened the third bakery in Brno in October which is great and "
        "the sourdough line is in like 200 shops now and honestly I think the main competition "
        "is Kaufland Bakery and CrustCo."
    )
    found = company.fact_check(answer)
    said = {(m.said, m.profile_says) for m in found.wrong}
    assert ("third", "fourth") in said
    assert ("October", "September") in said
    assert ("Brno", "Olomouc") in said
    assert ("200", "120") in said
    assert ("Kaufland Bakery", "Pekarna Zlin, CrustCo") in said
    assert any("as a competitor" in m.note for m in found.wrong)
    # A news item told wrongly is listed as wrong only, never also as used (nor as missed).
    assert {f.kind for f in found.used} == {"competitor"}
    assert "news" not in {f.kind for f in found.missed}


def test_other_names_in_a_right_answer_are_not_called_wrong(company: CompanyProfile) -> None:
    # Long and chatty: a newspaper, a former employer and a city named beside the right facts.
    answer = (
        "I read in Dnes that the fourth bakery opened in September, my cousin lives in Olomouc "
        "actually. Before this I worked at Globus Pekarstvi for three years, nothing to do "
        "with competitors, and your rival is Pekarna Zlin, I know them well."
    )
    found = company.fact_check(answer)
    assert found.wrong == (), [m.note for m in found.wrong]
    assert {f.text for f in found.used} >= {"Pekarna Zlin"}


def test_an_answer_with_no_research_misses_everything(company: CompanyProfile) -> None:
    found = company.fact_check("i like bread. and it is close to my flat, only ten minutes.")
    assert found.used == () and found.wrong == ()
    assert len(found.missed) == 2 + 2 + 2 + 1


def test_a_full_mock_asks_about_the_company_in_each_personas_words(
    personas: dict[str, Persona], banks: dict, company: CompanyProfile
) -> None:
    manager, leader = personas["hiring-manager"], personas["senior-leader"]
    mock = plan.full_mock([manager, leader], banks, count=6, company=company, seed=3)
    ids = [t.question.id for t in mock.turns]
    assert ids[plan.KNOWLEDGE_SLOT] == "company/know-us"
    assert ids[3] == "company/know-market" and ids[4].startswith("company/value-")
    market = mock.turns[3].question.text
    assert "fourth bakery in Olomouc" in market and "Pekarna Zlin" in market
    assert "{" not in market
    # The same question in another persona's words; each persona always asks it the same way.
    wordings = {plan.company_knowledge_question(company, p).text for p in personas.values()}
    assert len(wordings) >= 2 and all("Moravia Bakeries" in w for w in wordings)
    again = plan.full_mock([manager, leader], banks, count=6, company=company, seed=9)
    assert again.turns[plan.KNOWLEDGE_SLOT].question == mock.turns[plan.KNOWLEDGE_SLOT].question
    # Five questions leave no room for a separate news question: the knowledge one asks it.
    short = plan.full_mock([manager], banks, count=5, company=company, seed=3)
    assert "company/know-market" not in [t.question.id for t in short.turns]
    assert short.turns[plan.KNOWLEDGE_SLOT].question.id == "company/know-us"
    for wording in wordings:
        assert "news" in wording or "lately" in wording
        assert "competitors" in wording or "up against" in wording


def test_a_profile_without_news_or_competitors_asks_no_market_question(tmp_path: Path) -> None:
    path = tmp_path / "small.toml"
    path.write_text('name = "Tiny Co"\n[[values]]\nname = "Care"\n')
    small = load_company(path)
    assert plan.company_market_question(small, load_personas().items["peer"]) is None


def test_the_round_one_question_comes_back_from_the_weak_angle(
    personas: dict, banks: dict, notes: FirstRoundNotes
) -> None:
    question = ask_again(notes, banks)
    assert question is not None and question.bank_id == "round-one"
    assert question.text != "why us?? (they asked early)"
    assert "why us?? (they asked early)" in question.text
    assert angle_for("too generic, nothing about the company") in question.text
    assert question.kind == "company"  # "why us": judged as an answer about the company
    assert question.asked_before is not None
    assert question.asked_before.answer == "said I like bread and it is near my flat"

    mock = plan.full_mock([personas["peer"]], banks, count=5, first_round=notes, seed=1)
    recalled = mock.turns[plan.RECALL_SLOT]
    assert recalled.question.id == question.id
    assert recalled.spoken_text.endswith(question.text)  # after the persona's lead-in
    # The weak area (teamwork) opens the mock.
    assert "teamwork" in mock.turns[0].question.competencies


@pytest.mark.parametrize(
    ("feedback", "asks_for"),
    [
        ("never said how it ended", "right to the end"),
        ("vague. no example", "one particular occasion"),
        ("said we the whole time", "what you did yourself"),
        ("went on too long", "a minute and a half"),
        ("", "from another side"),
        # What was missing, named (breaker6 D18: all three got a generic angle).
        ("Did not explain how I checked the numbers were right.", "how you checked it was right"),
        ("No numbers, vague about impact", "put numbers on it"),
        ("Could not say what I would do differently", "what you would do differently"),
    ],
)
def test_the_angle_follows_what_was_weak(feedback: str, asks_for: str) -> None:
    assert asks_for in angle_for(feedback)


def test_an_answer_that_ran_long_is_asked_again_with_a_shorter_target(
    tmp_path: Path, banks: dict
) -> None:
    path = tmp_path / "long.toml"
    path.write_text(
        '[[asked]]\nquestion = "behavioral/conflict-peer"\n'
        'feedback = "Rambled for four minutes, the point came at the end."\n'
    )
    question = ask_again(load_first_round(path), banks)
    assert question is not None and "a minute and a half" in question.text
    assert question.target_s[1] <= 90.0 < banks["behavioral"].question("conflict-peer").target_s[1]


def test_notes_with_nothing_weak_ask_nothing_again(tmp_path: Path, banks: dict) -> None:
    path = tmp_path / "fine.toml"
    path.write_text('[[asked]]\nquestion = "Tell me about yourself."\n')
    assert ask_again(load_first_round(path), banks) is None


def test_the_stored_reviews_read_back_for_the_summary(
    personas: dict, banks: dict, company: CompanyProfile, notes: FirstRoundNotes
) -> None:
    peer = personas["peer"]
    know = plan.company_knowledge_question(company, peer)
    answer = "You opened the fifth bakery in Olomouc in September, and Pekarna Zlin is the rival."
    _, stored = judge(analysis_request(know, peer, company), Transcript.from_text(answer))
    facts = stored["company_facts"]
    assert [w["said"] for w in facts["wrong"]] == ["fifth"]

    recalled = ask_again(notes, banks)
    assert recalled is not None
    today = "I want Moravia because you keep the local bakeries and neighbours first, I saw it."
    _, again = judge(analysis_request(recalled, peer, company), Transcript.from_text(today))
    assert again["round_one"]["answer"] == "said I like bread and it is near my flat"
    assert "company_facts" in again  # a "why us" asked again is checked against the profile
    assert [v["value"] for v in again["company_values"]] == ["Neighbours first"]

    answers = [
        AnswerView.from_parts(stored, {"text": answer}),
        AnswerView.from_parts(again, {"text": today}),
    ]
    lines = company_review(answers, {0: 2})
    assert "Answer 2 (what you know about us) used competitor: Pekarna Zlin." in lines
    assert not any("used news:" in line for line in lines)  # the news it got wrong
    assert any("“fifth” where the profile says “fourth”" in line for line in lines)
    assert any("connected to the value “Neighbours first”" in line for line in lines)
    (pair,) = beside_round_one(answers)
    rows = dict(pair.lines)
    assert rows["You said then"] == "said I like bread and it is near my flat"
    assert rows["They said"] == "too generic, nothing about the company"
    assert any(label.startswith("You said now") and today in text for label, text in pair.lines)


def test_a_typed_session_exports_the_company_and_round_one_side_by_side(
    private_home: Path,
    personas: dict,
    banks: dict,
    company: CompanyProfile,
    notes: FirstRoundNotes,
) -> None:
    """The real runner and store, typed answers, nothing spoken: what the summary screen and the
    export read back from session.json."""
    from simulator.config import Settings
    from simulator.interview.runner import Interview
    from simulator.interview.sequence import PlannedSession
    from simulator.storage.export import render_html, render_markdown
    from simulator.storage.store import SessionStore

    peer = personas["peer"]
    mock = plan.full_mock([peer], banks, count=5, company=company, first_round=notes, seed=2)
    interview = Interview(
        persona=peer, mode="full", store=SessionStore(), settings=Settings(), speak=False,
        company=company,
    )  # fmt: skip
    session = PlannedSession(mock, interview, follow_ups=False)
    answers = {
        1: "Because you are bakery for the neighbours first, local shops, not only growth. I "
        "read you opened fourth bakery in Olomouc in September.",
        2: "Moravia bakes sourdough for 150 shops and the competitor is CrustCo mostly.",
    }
    while (asked := session.ask_next(lambda event: None)) is not None:
        text = answers.get(session.position - 1, "I fixed the oven rota and waste went down 8%.")
        interview.answer_by_text(asked, text, lambda event: None)
    record = session.finish()

    markdown = render_markdown(record, lambda name: name)
    assert "## The company: Moravia Bakeries" in markdown
    assert "- Answer 3 (what you know about us) used competitor: CrustCo." in markdown
    assert "“150” where the profile says “120”" in markdown
    assert "- Answer 2 connected to the value “Neighbours first”" in markdown
    assert "## Round one, asked again" in markdown
    assert "- **You said then:** said I like bread and it is near my flat" in markdown
    assert "- **They said:** too generic, nothing about the company" in markdown
    again = markdown.split("## Round one, asked again")[-1]
    assert "Because you are bakery for the neighbours first" in again
    page = render_html(record, lambda name: name)
    assert "<h2>Round one, asked again</h2>" in page
    assert "<dt>You said then</dt><dd>said I like bread and it is near my flat</dd>" in page
    assert "&#x201c;150&#x201d;" in page or "“150”" in page


@pytest.mark.parametrize(
    ("noted", "quoted"),
    [
        # A statement is quoted as noted; the sentence ends after the quote.
        (
            "Tell me about a time you disagreed with a colleague",
            "\u201cTell me about a time you disagreed with a colleague\u201d. I'd",
        ),
        ("why this company", "\u201cwhy this company?\u201d I'd"),  # jotted without its "?"
        ("Walk me through your CV.", "\u201cWalk me through your CV.\u201d I'd"),
    ],
)
def test_the_question_asked_again_is_quoted_as_noted(
    tmp_path: Path, banks: dict, noted: str, quoted: str
) -> None:
    path = tmp_path / "notes.toml"
    path.write_text(f'[[asked]]\nquestion = "{noted}"\nweak = true\n')
    question = ask_again(load_first_round(path), banks)
    assert question is not None and quoted in question.text


# Typed by a career changer from hotels, a bit breathless, tied to the firm, no story in it.
WHY_FREIGHT = (
    "Honestly? Hotels taught me that a guest forgives a late breakfast but a pallet that misses "
    "the 5 a.m. trunk costs somebody a whole day. In freight my planning shows up by tomorrow "
    "morning, not next season. Your Brno yard runs three shifts and you promise next-day to "
    "the Slovak side, that is exactly the kind of clock I want to plan against."
)


def test_a_why_question_from_the_notes_is_judged_as_a_why_question(
    tmp_path: Path, banks: dict, personas: dict
) -> None:
    """"why freight and not hotels??" jotted in round-one notes is asked again as a motivation
    question and judged as one: no STAR flaws, the score the same text gets as a motivation
    answer, not a story's "no specific occasion"."""
    path = tmp_path / "notes.toml"
    path.write_text('[[asked]]\nquestion = "why freight and not hotels??"\nweak = true\n')
    question = ask_again(load_first_round(path), banks)
    assert question is not None and question.id == "round-one/why-freight-and-not-hotels"
    assert question.kind == "motivation"
    analysis, _ = judge(
        analysis_request(question, personas["peer"]), Transcript.from_text(WHY_FREIGHT)
    )
    flaws = {flaw.code for flaw in analysis.star.flaws}
    assert not flaws & {"vague", "no_result", "no_situation", "no_action"}, flaws
    assert analysis.score >= 80, (analysis.score, flaws)
