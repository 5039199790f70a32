"""Through speech, a deed whose "-ed" the recognizer lost ("I split the pallets by aisle, price
the bags in the yard and ask two Saturday staff...") is still the speaker's own, and earns the
ownership points the typed past tense earns (breaker12 V6); typed text keeps the writer's tense."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.speech.stt import Transcript
from tests.analysis.test_spoken_lists_of_deeds import spoken

QUESTION = "Tell me about a time you had to meet a tight deadline."

BULBS = (
    "Last autumn I ran the stock room at a garden centre in Leeds. A lorry of bulbs came in two "
    "days late, and the shop opened its bulb sale on Saturday. My job was to get every bulb on "
    "the shelves by Friday night. I split the pallets by aisle, {price} the bags in the yard and "
    "{ask} two Saturday staff to come in early. Every bulb was on the shelves by Friday at 7, and "
    "we sold 40% of them on the first day."
)


def test_a_spoken_deed_that_lost_its_past_tense_is_still_owned() -> None:
    heard = analyze_answer(spoken(BULBS.format(price="price", ask="ask")), question=QUESTION)
    said = analyze_answer(Transcript.from_text(BULBS.format(price="priced", ask="asked")),
                          question=QUESTION)
    assert not any(r.part == "ownership" for r in heard.points_why), heard.points_why
    assert heard.score == said.score


def test_a_typed_present_verb_is_left_as_written() -> None:
    # Typed text keeps the writer's tense: only a recognizer loses an "-ed".
    typed = analyze_answer(Transcript.from_text(BULBS.format(price="price", ask="ask")),
                           question=QUESTION)
    assert any(r.part == "ownership" for r in typed.points_why), typed.points_why


def test_a_noun_after_and_is_no_lost_deed() -> None:
    # "and order numbers matched" names a thing: only a verb that goes on with the list counts.
    answer = (
        "Last autumn I ran the stock room at a garden centre in Leeds. A lorry of bulbs came in "
        "late. My job was to get them out by Friday. I split the pallets by aisle, and order "
        "numbers went on every shelf. Every bulb was out by Friday."
    )
    heard = analyze_answer(spoken(answer), question=QUESTION)
    assert any(r.part == "ownership" for r in heard.points_why), heard.points_why
