"""Two ways of telling the actions that were read as another part (breaker11 D1, D2). New answers
of our own.

- Speech with no punctuation: "...so i had to fix it somehow i first moved him..." ran the Task
  on over every action after it (a subject, an adverb of order and a past verb start a spoken
  sentence as a subject and a past verb do), so the same story scored far lower without full
  stops than with them.
- "By March we were wasting almost nothing. How we got there was mostly me phoning...": the
  sentence that turns back to how it came about tells the actions (here as "me <verb>ing"), and
  the one it turns from is the outcome; the actions were read as the Result and "Action missing"
  was said."""

from __future__ import annotations

from tests.support.answers import labels_of, typed_to

QUESTION = "Tell me about a difficult customer or client. How did you handle them?"

RUN_ON = (
    "so basically what happened was we had this hotel guest who was furious because the hot "
    "water in his room had gone off the night before his big wedding and the whole family was "
    "staying on the same floor and i was the duty manager on the late shift so i had to fix it "
    "somehow i first moved him and his wife to a suite on the top floor so they could get ready "
    "then i found out the boiler for that wing had tripped and i reset it with the engineer on "
    "the phone and then i wrote a note for the night porter to check the boiler light every "
    "evening"
)
PUNCTUATED = (
    "So basically what happened was, we had this hotel guest who was furious because the hot "
    "water in his room had gone off the night before his big wedding, and the whole family was "
    "staying on the same floor. I was the duty manager on the late shift, so I had to fix it "
    "somehow. I first moved him and his wife to a suite on the top floor so they could get "
    "ready. Then I found out the boiler for that wing had tripped, and I reset it with the "
    "engineer on the phone. And then I wrote a note for the night porter to check the boiler "
    "light every evening."
)


typed = typed_to(QUESTION)


def test_run_on_actions_are_actions() -> None:
    analysis = typed(RUN_ON)
    assert labels_of(analysis, "i first moved him") == ["A"]
    assert labels_of(analysis, "so i had to fix it somehow") == ["T"]
    assert not any(f.code == "unbalanced" for f in analysis.star.flaws)


def test_run_on_scores_as_the_punctuated_story() -> None:
    run_on, punctuated = typed(RUN_ON), typed(PUNCTUATED)
    assert run_on.star.parts["A"].share_words >= 0.4
    assert abs(run_on.score - punctuated.score) <= 5


TURNED_TO_HOW = (
    "Two winters ago I was running the night shift at a small bakery, and the bakers were fed "
    "up because orders kept changing after they had started the dough. By March we were wasting "
    "almost nothing and nobody on the shift had called in sick for six weeks. How we got there "
    "was mostly me phoning the three big cafe customers every afternoon, locking the order list "
    "at four o'clock, and keeping a spare batch of the two best sellers for late requests. My "
    "manager had asked me to stop the waste before the spring menu came in."
)


def test_the_turn_to_how_tells_the_actions() -> None:
    analysis = typed(TURNED_TO_HOW, "Describe a team that was struggling when you joined it.")
    assert labels_of(analysis, "how we got there") == ["A"]
    assert labels_of(analysis, "by march we were wasting") == ["R"]
    assert all(analysis.star.parts[p].present for p in "STAR")
    assert not any(f.code == "no_action" for f in analysis.star.flaws)
