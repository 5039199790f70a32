"""A story with no second side, told to a disagreement question, is named as not answering it:
the README run's delivery story passed for a disagreement on "not one went to the wrong door,
against nine in March", words any story uses. And a success opened on, to a question about a
failure or a disagreement, is another story. Answers that do tell the other side, in words of
their own, are not named."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.analysis.flaws import off_topic
from simulator.speech.stt import Transcript

DISAGREE = "Tell me about a time you strongly disagreed with a colleague about a piece of work."
FAILED = "Tell me about a time you failed."

# A library assistant: a shelving story, nobody on another side, to the disagreement question.
SHELVES = (
    "At the town library our returns trolley was never empty by closing, and books sat unshelved "
    "for days. I was asked to sort it before the summer reading scheme. I split the trolley by "
    "floor, put a sorting shelf by the desk and shelved every hour on the hour. By July not one "
    "book waited overnight, against forty most evenings in May."
)
# A tiler: the other side told as what his partner would not do, no word of disagreeing.
PARTNER = (
    "On a bathroom job last winter my business partner would never let the floor dry a full day "
    "before grouting, he said the client was paying for speed. I showed him two of his own "
    "jobs where the grout had cracked, and we agreed to leave every floor overnight from then "
    "on. We have had no call-backs for cracked grout since."
)
# A baker's success, opened on as the best moment, to a question about failing.
BEST = (
    "Failing, well, my best moment was the wedding cake for the mayor's daughter. Five tiers, "
    "and the order came in four days before the day. I baked at night, I rented a cold room "
    "and I drove it myself in the van at walking pace. She sent us a card and two more weddings "
    "came from it."
)
# A real failure, which the speaker is proud to have mended, later in the story.
MENDED = (
    "In my first month as a baker I forgot to switch the proving cabinet on for the morning "
    "rolls, so forty cafes got no rolls by seven. I rang each cafe myself, said it was my fault, "
    "and baked a quick batch of flatbreads to send instead. I now check the cabinet on a list "
    "every night, and I am proud that not one cafe left us over it."
)


def _codes(text: str, question: str) -> tuple[str, ...]:
    return analyze_answer(Transcript.from_text(text), question=question).flaw_codes


@pytest.mark.parametrize(("text", "question"), [(SHELVES, DISAGREE), (BEST, FAILED)])
def test_another_story_is_named(text: str, question: str) -> None:
    analysis = analyze_answer(Transcript.from_text(text), question=question)
    assert analysis.flaw_codes[0] == "off_topic", analysis.flaw_codes
    assert analysis.tips[0].startswith("This does not answer the question asked")


def test_a_success_opened_on_is_quoted() -> None:
    (flaw,) = off_topic(FAILED, BEST.lower().replace(",", ""))
    assert "opens on a success" in flaw.message and flaw.evidence == ("best moment",)


@pytest.mark.parametrize(("text", "question"), [(PARTNER, DISAGREE), (MENDED, FAILED)])
def test_the_question_answered_in_other_words_is_not_named(text: str, question: str) -> None:
    assert "off_topic" not in _codes(text, question)


# One well-told story (a garden centre's seed racks re-sorted), with no date, no mistake, no
# one falling short and no credit in it: it passed for every question (breaker14 B3).
SEEDS = (
    "At our garden centre the seed racks were sorted by brand, and shoppers asked the staff all "
    "day where things were. I ran the shop floor, so the layout was mine to change. I sorted the "
    "seeds by what grows in shade and in sun, I put a chalk board at the end of each aisle, and "
    "I taught the Saturday staff the new plan. Questions at the till halved over the spring and "
    "seed sales rose by a fifth."
)
MISSED = "Tell me about a deadline you missed. What happened, and what did you tell people?"
MORE_THAN_TIME = "Tell me about a time you had far more work than time before a deadline."
WRONG_CALL = "Describe a decision you made that turned out to be wrong."
OWN_MISTAKE = "Describe a time you made a mistake that nobody else had noticed yet."
SHARE = "Have you had to deal with someone who was not pulling their weight? What did you do?"
CREDIT = "Tell me about a time someone took credit for work you had done."
# A story where something went wrong, but not by the speaker's doing: no mistake of their own.
FLOODED = (
    "One winter a pipe burst above our village hall's kitchen the night before the lunch club. "
    "I chaired the hall committee, so getting the lunch on was mine. I rang the plumber at six, "
    "I borrowed the school's kitchen for the day, and I moved the tables across with two "
    "volunteers. Forty people had their lunch at the usual time."
)


def test_trouble_not_of_ones_own_making_is_no_mistake_story() -> None:
    (flaw,) = off_topic(WRONG_CALL, FLOODED.lower().replace(",", "").replace(".", ""))
    assert "it is about a mistake or a failure of your own" in flaw.message


@pytest.mark.parametrize(("question", "theme"), [
    (MISSED, "a deadline"), (MORE_THAN_TIME, "a deadline"),
    (WRONG_CALL, "something that went wrong"), (OWN_MISTAKE, "something that went wrong"),
    (SHARE, "someone not doing their share"), (CREDIT, "someone taking credit"),
])
def test_one_good_story_does_not_pass_for_every_question(question: str, theme: str) -> None:
    analysis = analyze_answer(Transcript.from_text(SEEDS), question=question)
    assert analysis.flaw_codes[0] == "off_topic", analysis.flaw_codes
    assert f"it is about {theme}" in analysis.tips[0]
    assert analysis.score < 70


# Each question's subject told in words of the speaker's own, without the theme's own word.
BID_LATE = (
    "The funder wanted our grant bid in their inbox by noon on the Friday, and I was writing the "
    "budget part. Two builders' quotes had not come back, so I rang the grants officer on the "
    "Thursday to say ours would come on the Monday, and I sent it then with the quotes. They "
    "took it, and since then I ask for quotes a month ahead."
)
BOOKINGS = (
    "I chose to keep the old booking system at our sailing club for one more season, because "
    "moving felt risky. By June it did not cope with the new members and two courses were "
    "double booked. I told the committee the choice had been mine, moved us to the new system "
    "over a weekend and rang every family affected. I now try a change on a small scale before "
    "I decide against it."
)
PORTER = (
    "One of the porters on my ward often left the bed moves for the next shift, five or six a "
    "night. As charge nurse the rota was mine. I sat down with him after a shift, learned his "
    "back had been bad since a fall, and moved him to the day runs with lighter lifts. Within "
    "two weeks every night move was done by the morning handover."
)
ROTA = (
    "A colleague showed the rota spreadsheet I had built to the area manager as her own, and "
    "she got the thanks at the next meeting. I spoke to her on her own afterwards, and I sent "
    "the manager the version history with a short note. Since then we put both names on "
    "anything we share upward, and the manager asked me to build the rota for two more shops."
)


# breaker15 B6: falling short told only against what the others did.
PICKER = (
    "One of my pickers at the garden centre's web store was packing thirty orders an hour when "
    "the others did fifty. As the shift lead I had to find out why before the Friday rush. I "
    "watched an hour with him, I saw he walked to the far racks for every bag, and I moved a "
    "bag stand to his bench. Within a week he packed fifty an hour like everyone."
)


@pytest.mark.parametrize(("text", "question"), [
    (BID_LATE, MISSED), (BOOKINGS, WRONG_CALL), (PORTER, SHARE), (ROTA, CREDIT),
    (PICKER, SHARE),
])
def test_the_subject_in_other_words_is_not_named(text: str, question: str) -> None:
    assert "off_topic" not in _codes(text, question)


def test_an_underperformer_is_no_disagreement() -> None:
    """breaker14 B4: a story about a colleague who fell short, told to the "not pulling their
    weight" question, was told it never says who disagreed."""
    assert not off_topic(SHARE, PORTER.lower().replace(",", "").replace(".", ""))


WHY_ROLE = "Why do you want this role?"
# A reason told without "because" or "want": what the job has that the speaker is after.
WHY_TOLD = (
    "Three years of running the garden centre floor taught me the layout side of retail, and "
    "your role puts me on the planning side for twelve shops, which is the step I have been "
    "working towards. Your spring range is where I could use what I learned about how shoppers "
    "move through the aisles."
)


def test_a_story_that_never_says_why_does_not_answer_why() -> None:
    analysis = analyze_answer(Transcript.from_text(SEEDS), question=WHY_ROLE)
    assert analysis.flaw_codes[0] == "off_topic"
    assert analysis.tips[0].startswith("This does not answer the question asked: it asks why")
    assert analysis.score <= 60


def test_a_reason_in_other_words_answers_why() -> None:
    assert "off_topic" not in _codes(WHY_TOLD, WHY_ROLE)
    # Why they are leaving may have any reason: a story is not judged against it.
    assert "off_topic" not in _codes(SEEDS, "Why are you looking to leave your current job?")


# breaker15 B3: a change the staff resisted, told to a round-one question noted as "pushed back
# on", was "about a disagreement" with no one disagreeing: people who hate or resist a change
# are its other side.
PUSHED_BACK = "Tell me about a change you brought in that people pushed back on."
SELF_CHECKOUT = (
    "At the town library I brought in self-service returns, and the counter staff hated it at "
    "first, afraid it would cut their hours. The idea was mine, so landing it was "
    "too. I ran the machine beside the counter for a month, I showed the staff the queue "
    "times each Friday, and I moved the hours saved into the children's reading sessions. By "
    "the summer the queue was gone and two of the staff asked to run the sessions."
)


def test_people_resisting_a_change_are_the_other_side() -> None:
    assert "off_topic" not in _codes(SELF_CHECKOUT, PUSHED_BACK)
    assert "off_topic" not in _codes(SELF_CHECKOUT.replace("hated it", "resisted it"),
                                     PUSHED_BACK)


# The pressure told only as how little time there was: the weeks left before an opening.
MURAL = (
    "The library asked our art group for a mural in the children's room, and the council moved "
    "the reopening forward, so we had three weeks before the doors opened instead of three "
    "months. I led the group, so the design and the plan were mine. I cut the design down to "
    "four panels, I booked the room for every evening, and I painted the outlines myself so the "
    "volunteers could fill them in. The last panel dried two days before the opening."
)


def test_pressure_told_as_little_time_answers_a_pressure_question() -> None:
    """held15: a costume story with 'two months before the parade' and a crisis story with
    'in nine days' were told they never say what put them under pressure."""
    question = "Tell me about a time you delivered creative work under pressure."
    assert "off_topic" not in _codes(MURAL, question)
