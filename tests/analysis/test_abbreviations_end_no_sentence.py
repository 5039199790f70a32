"""A time of day or an abbreviation is no sentence end unless a new sentence follows it
(breaker9 D6): "at 6 a.m. for the whole winter" was cut after "a.m.", and the stray words after
it, "for the whole winter", were credited as the Result of a story with no outcome. Each answer
is our own, in another job and register; the same splitter serves recognized words."""

from __future__ import annotations

from simulator.analysis.tokens import tokenize
from simulator.speech.stt import Transcript, Word
from tests.support.answers import typed


def ends(text: str) -> list[str]:
    """The words that close a sentence."""
    return [t.norm for t in tokenize(Transcript.from_text(text)) if t.sentence_end]


def test_a_time_of_day_inside_a_sentence_ends_nothing() -> None:
    assert ends("We met at 6 a.m. for the whole winter.") == ["winter"]
    assert ends("The lorry came at 4.30 p.m. on most days, e.g. when the ferry was late.") == [
        "late"]


def test_a_time_of_day_before_a_new_sentence_ends_it() -> None:
    assert ends("Handover was at 6 a.m. The night nurse left at seven.") == ["a.m", "seven"]
    assert ends("We packed the tape, boxes, labels etc. Then the van came.") == ["etc", "came"]


# A warehouse story, non-native, that stops on a routine told with a time of day: no outcome.
NO_OUTCOME_AT_6_AM = (
    "In the cold store in Tilburg the pickers of the morning and the loaders of the evening "
    "was blaming each other for the wrong pallets. As team leader it was my job to stop this. "
    "I made one pallet checklist and I brought both shifts in one room. After this I did a "
    "short talk with both shifts every Monday at 6 a.m. for the whole winter."
)


def test_words_after_a_time_of_day_are_not_the_result() -> None:
    analysis = typed(NO_OUTCOME_AT_6_AM, "Tell me about a conflict you helped to resolve.")
    assert not analysis.star.parts["R"].present
    assert "no_result" in analysis.flaw_codes
    assert not any(s.text.startswith("for the whole winter") for s in analysis.star.segments)
    assert analysis.star.segments[-1].text.endswith("at 6 a.m. for the whole winter.")


def test_recognized_words_go_through_the_same_splitter() -> None:
    said = "after this i did a short talk every monday at 6 a.m. for the whole winter. Then we"
    words = tuple(Word(w, 0.4 * i, 0.4 * i + 0.3) for i, w in enumerate(said.split()))
    tokens = tokenize(Transcript(text=said, words=words))
    assert [t.norm for t in tokens if t.sentence_end] == ["winter"]
    recognized = "at the terminal 6 a.m. Then we"
    words = tuple(Word(w, 0.4 * i, 0.4 * i + 0.3) for i, w in enumerate(recognized.split()))
    assert [t.norm for t in tokenize(Transcript(text=recognized, words=words))
            if t.sentence_end] == ["a.m"]
