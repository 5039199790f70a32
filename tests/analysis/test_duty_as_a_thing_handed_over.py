"""A Task told as a thing rather than as "my task was to" (held16: 7 of 64 told Tasks reported
missing; dev16: 3): a brief with a long teller and a word on it ("The brief I was handed by our
head of customer service was simple: ..."), a mandate handed over ("gave me a clear mandate:
..."), the work named the speaker's objective or project whatever its subject ("Getting the new
rota live was my first objective"), something the speaker needed by a time or else ("I needed the
signed drawings in three weeks or the build would stop"), and someone else's request in their own
words, after what it is about or as what happens if it is not done ("said to me, 'I need you to
...'", "told us that if the damp wasn't fixed by March, he would not renew the lease"). Each
answer is a new one of our own, typed and as a recognizer writes it."""

from __future__ import annotations

import re

import pytest

from simulator.analysis import analyze_answer
from tests.support.answers import assert_task_told, spoken, typed

Q = "Tell me about a time you delivered under pressure."

BRIEF = (
    "The brief I was handed by our service director was simple: cut the hold time on "
    "the billing line to under five minutes by Easter. I listened to forty recorded calls and "
    "found that most callers only wanted to know the date of their next bill, so I added that "
    "date to the first menu and moved two agents from the morning to the lunchtime peak. By "
    "Easter the average hold was four minutes, and complaints about waiting halved."
)
MANDATE = (
    "I was head of year ten at a comprehensive in Swindon, where attendance had slipped to "
    "eighty-four percent over the winter. The head gave me a clear mandate: get it back above "
    "ninety by the summer, without fining a single family. I rang the parents of the thirty "
    "pupils who missed most, met each of them at school, and started a breakfast club on the "
    "two days they missed most. By July attendance for the year group was ninety-one percent."
)
OBJECTIVE = (
    "I had just joined a leisure centre in Hull as duty manager, and the lifeguard rota was "
    "still kept on a whiteboard that nobody could read from home. Getting the new rota live "
    "before the summer holidays was my first objective. I put every lifeguard's hours into a "
    "shared calendar, trained the two senior guards to swap shifts in it, and wiped the board. "
    "Over the summer not one session opened short of cover."
)
NEEDED_BY = (
    "I was the site manager on a school extension in Derby, and the architect had gone on "
    "leave without signing the revised drawings. I needed the signed drawings in three weeks "
    "or the whole build would stop. I found the partner who had checked them, sat with her for "
    "an afternoon to go through every change, and she signed them on the Friday. The steel went "
    "up on the date we had planned, and the extension opened in September."
)
NEED_YOU = (
    "I was an assistant branch manager at a building society in Preston. My area manager said "
    "to me, 'I need you to get Leeds through its audit in a month, their manager has just "
    "left.' I went over on the Monday, went through every open file with the team, and set a "
    "checklist for each day. Leeds passed the audit with two minor notes."
)
AFTER_WHAT = (
    "I was a porter on the surgical wards at a hospital in Bristol. The ward sister called me "
    "over and said, 'A patient's wedding ring has gone missing from the ward safe, you find it "
    "before his family arrive.' I traced every bag that had left the ward that morning, and I "
    "found the ring in a laundry sack in the basement. The family had it back before visiting "
    "time."
)
IF_NOT_DONE = (
    "I ran a small bakery in Whitby, in a rented shop with damp in the back wall. The landlord "
    "told us that if the damp wasn't fixed by March, he would not renew the lease. I got three "
    "quotes, chose a builder who could start in January, and moved the ovens to the front for "
    "the six weeks of work. The wall was dry by February, and the landlord renewed the lease "
    "for five years."
)
# Told first, with no scene before it: the duty is the whole opening sentence.
TASK_FIRST = (
    "I had to find forty volunteers for the food bank's Christmas week by the first of "
    "December, and all I had been given was last year's list of phone numbers. I rang every "
    "name on it over two evenings, asked each one who said no for a friend who might, and put "
    "a sign-up sheet in the three church halls we use. We had forty-six names by the end of "
    "November, and every shift that week was covered."
)

CASES = [
    (BRIEF, "The brief I was handed by our service director was simple"),
    (MANDATE, "The head gave me a clear mandate"),
    (OBJECTIVE, "Getting the new rota live before the summer holidays was my first objective"),
    (NEEDED_BY, "I needed the signed drawings in three weeks"),
    (NEED_YOU, "I need you to get Leeds through its audit"),
    (AFTER_WHAT, "you find it before his family arrive"),
    (IF_NOT_DONE, "told us that if the damp wasn't fixed by March"),
    (TASK_FIRST, "I had to find forty volunteers"),
]


@pytest.mark.parametrize(("text", "duty"), CASES)
def test_a_duty_handed_over_is_the_task(text: str, duty: str) -> None:
    assert_task_told(typed(text, Q), duty)


def _as_recognized(text: str) -> str:
    """Lower case, no quote marks, a colon heard as a comma: as the recognizer writes a spoken
    answer (its own commas and full stops kept)."""
    text = re.sub(r"(?<![a-z])'|'(?![a-z])", "", text.lower())
    return text.replace(":", ",")


SPOKEN_CASES = CASES
"""The mandate, the objective, the need by a time and the duty told first, as recognized (the
brief and the words said to the speaker are cut at the recognizer's commas: their Task cue is in
answer.py, after the labeller)."""


@pytest.mark.parametrize(("text", "duty"), SPOKEN_CASES)
def test_a_duty_handed_over_is_the_task_as_recognized(text: str, duty: str) -> None:
    analysis = analyze_answer(spoken(_as_recognized(text)), question=Q)
    assert_task_told(analysis, _as_recognized(duty))
