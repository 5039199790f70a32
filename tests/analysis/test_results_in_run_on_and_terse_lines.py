"""Results told inside run-on speech or a terse note, and spans of long answers with no marks
(breaker9 D11): "so after that new people had everything on day one" stayed in the Action,
"Checkout back in 12 min." read as a scene ("back in" as in "back in 2019"), and with no
punctuation a clause's "when" or "what" went to the unit before it. New answers of our own."""

from __future__ import annotations

from tests.support.answers import labels_of, typed

# Spoken run-on, lower case: what the others had once it was done is the outcome.
RUN_ON = (
    "so basically in the warehouse the night pickers never knew which orders were urgent and "
    "it was kind of a guessing game so i sat with the two shift leads and we made a colour "
    "code for the totes and i printed the labels myself and then i walked every picker "
    "through it on their first shift so after that the pickers always had the urgent orders "
    "out first and the day shift copied the idea a month later"
)


def test_what_the_others_had_after_it_is_the_result() -> None:
    analysis = typed(RUN_ON, "Tell me about something you improved at work.")
    assert labels_of(analysis, "after that the pickers always had") == ["R"]
    assert analysis.star.parts["R"].present


# Terse notes of an incident: the service coming back within minutes is how it ended.
NOTES = (
    "Card payments down at the Saturday market.\nI ran the till that day.\nNeeded cash flowing "
    "again.\nSwitched the reader to the phone hotspot, wrote IOUs for regulars.\nPayments back "
    "in 8 min.\nNo sale lost."
)


def test_a_note_of_service_back_in_minutes_is_the_result() -> None:
    analysis = typed(NOTES, "Tell me about a time you solved a problem quickly.")
    assert labels_of(analysis, "payments back in 8 min") == ["R"]
    assert labels_of(analysis, "switched the reader") == ["A"]


# Long, no punctuation at all: the task opens on its "when", the finding on its "what".
NO_MARKS = (
    "okay so about two years ago i started at a small call centre in cardiff as a team leader "
    "and the team had the lowest satisfaction score in the whole building and two people had "
    "just left after a bad review when i took the team my manager told me i had three months "
    "to get the score up so first i listened to twenty calls from each person because i "
    "wanted to hear what the customers were actually unhappy about what i heard was that "
    "people were being put on hold while agents looked up the same five answers so i wrote "
    "those five answers on one card for every desk and i ran a short practice every morning "
    "and by the end of the three months our score went from sixty one to eighty four percent"
)


def test_a_clause_keeps_its_opening_word_with_no_marks() -> None:
    analysis = typed(NO_MARKS, "Tell me about a time you turned a team around.")
    segments = analysis.star.segments
    assert not any(s.text.rstrip().endswith((" when", " what")) for s in segments)
    assert labels_of(analysis, "when i took the team my manager told me") == ["T"]
    assert all(analysis.star.parts[p].present for p in "STAR")


# Spoken, no marks: the reason for an action told after it is no task of its own.
REASON_AFTER = (
    "so last winter i ran the returns desk at a big garden centre and the queue on mondays was "
    "going out of the door and my manager asked me to get it under control so the first thing "
    "i did was stand at the desk for two full mondays and time every return because i wanted "
    "to see which returns took the longest and then i made a separate quick lane for returns "
    "with a receipt and by march nobody waited more than ten minutes"
)


def test_a_reason_told_after_an_action_is_no_task() -> None:
    analysis = typed(REASON_AFTER, "Tell me about something you improved at work.")
    assert labels_of(analysis, "because i wanted to see") == ["A"]
    assert [s.label for s in analysis.star.segments].count("T") == 1
