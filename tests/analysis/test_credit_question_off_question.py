"""A well-told story with no credit taken in it, told to "a time someone took credit for your
work", scored 96 with no word that it answers another question (breaker14 B3: a forklift
walkway story). The question's theme is now someone taking credit, as a disagreement question's
is two sides: a story that never says who took the credit for what is named as not answering
it; credit stories told in their own words (a name put on a report, a spreadsheet presented as
someone's own, an idea pitched by another) are not. New answers of our own."""

from __future__ import annotations

import pytest

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript

CREDIT = ("Tell me about a time someone took credit for work you had done, or you saw it happen "
          "to someone else.")

# A cold-store supervisor's well-told story with no credit in it.
DEFROST = (
    "At the cold store in Grimsby the freezer doors iced up every night and the pickers lost "
    "twenty minutes a shift chipping them free. I was the night supervisor, so sorting it was my "
    "job. I moved the defrost cycle to the quiet hour, I had the door seals replaced, and I "
    "checked the doors myself at the start of every shift for a month. The chipping stopped and "
    "picks per hour went up by eight percent."
)
STORIES = [
    # A name put on someone else's report.
    "Two years ago I wrote the monthly waste report for our bakery group. My supervisor put his "
    "name on it and sent it to the area director. I asked him for a word the next day, showed "
    "him my drafts with the dates, and asked that future reports go out with both our names. "
    "They did, and the director asked me to lead the next waste review.",
    # A spreadsheet shown as her own.
    "At the housing office I built the repairs tracker that cut our backlog. At the board "
    "meeting my team leader showed the spreadsheet as her own and took the thanks for it. I "
    "raised it with her calmly afterwards, and she wrote to the board the same week to say "
    "who had built it. I was asked to train two other offices on it.",
    # Seen happening to someone else: an idea pitched by another.
    "At the garden centre a new Saturday girl came up with selling seedlings in reused trays. "
    "Our deputy manager pitched it at the regional meeting without a word about her. I had been "
    "there when she suggested it, so I told the manager whose idea it was, and she got a "
    "voucher and a line in the staff newsletter. The trays still sell every spring.",
]


def test_a_story_with_no_credit_taken_is_named() -> None:
    analysis = analyze_answer(Transcript.from_text(DEFROST), question=CREDIT)
    assert analysis.flaw_codes[0] == "off_topic", analysis.flaw_codes
    assert "someone taking credit" in analysis.tips[0]
    assert "who took the credit" in analysis.tips[0]


@pytest.mark.parametrize("story", STORIES)
def test_credit_stories_in_their_own_words_are_not_named(story: str) -> None:
    analysis = analyze_answer(Transcript.from_text(story), question=CREDIT)
    assert "off_topic" not in analysis.flaw_codes, analysis.flaw_codes


def test_the_same_story_to_another_question_is_not_named() -> None:
    analysis = analyze_answer(Transcript.from_text(DEFROST),
                              question="Tell me about a time you improved how work was done.")
    assert "off_topic" not in analysis.flaw_codes
