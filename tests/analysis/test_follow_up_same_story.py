"""A reply to a probe is judged as part of the story it replies about (breaker16 D8, D12): a
reply set in another place tells another story, so it gives nothing the probe asked of this
one; and a Result the reply tells without a figure is charged for its number as the same words
closing the answer are."""

from __future__ import annotations

from simulator.analysis import analyze_answer
from simulator.analysis.answer import NO_NUMBER_WHY, analyze_follow_up
from simulator.analysis.follow_up import joined
from simulator.speech.stt import Transcript

QUESTION = "Tell me about a time you fixed a problem nobody else wanted to touch."
# A night loading lead at a parcel depot; where it was is said, the scene around it is thin.
DEPOT = (
    "Okay. At the parcel depot in Tralee I was the night loading lead, and the handheld "
    "scanners kept losing pallets from the manifest. I set up a paper tally beside each bay, I "
    "rang the scanner supplier every morning until they sent a fix, and I checked the tally "
    "against the manifest before each truck left."
)
# Replies to "Can you set the scene? Where were you and what was going on?": another story
# in another town, and this story's own scene.
ELSEWHERE = (
    "It was 2019 in Limerick, the customs system at the airport went down the night before a "
    "bank holiday. I rebooked forty consignments by hand and every one of them cleared two days "
    "later."
)
SAME_PLACE = (
    "It was the run-up to Christmas in Tralee, the depot was handling twice its usual parcels "
    "and the night shift was short two loaders, so a lost pallet meant a missed delivery."
)


def test_a_reply_set_in_another_place_gives_no_scene_for_this_story() -> None:
    first = analyze_answer(Transcript.from_text(DEPOT), question=QUESTION)
    whole = analyze_answer(joined(Transcript.from_text(DEPOT), Transcript.from_text(ELSEWHERE)),
                           question=QUESTION)
    merged, judged = analyze_follow_up(Transcript.from_text(ELSEWHERE), "no_situation", first,
                                       whole=whole)
    assert not judged.gives and judged.gave == ()
    assert "another story (Limerick" in judged.message and "Tralee" in judged.message
    assert merged.score <= first.score
    assert all(s.label == "other" for s in merged.star.segments)


def test_a_reply_in_the_story_s_own_place_gives_the_scene() -> None:
    first = analyze_answer(Transcript.from_text(DEPOT), question=QUESTION)
    merged, judged = analyze_follow_up(Transcript.from_text(SAME_PLACE), "no_situation", first)
    assert judged.gives, judged
    assert "another story" not in judged.message
    assert merged.star.parts["S"].present


# A shop-floor supervisor, ending left out; the probe asks how it turned out.
ROTA = (
    "At a garden centre outside Ghent I supervised the weekend tills, and the Saturday queues "
    "reached the back of the shop every spring. The rota was mine to fix. I moved two of the "
    "stock team onto a till from eleven to two, I opened the outdoor counter for plants only, "
    "and I put a sign at the door telling people which counter to use."
)
UNCOUNTED = "In the end the queues never reached the door again and the owner kept my rota."
COUNTED = ("In the end the longest wait went from about twenty minutes to five, and the owner "
           "kept my rota.")


def _as_reply_and_inside(reply: str) -> tuple[bool, bool]:
    """Whether "the result has no number" is charged for `reply` told as the reply to "how did
    it turn out?", and for the same words closing the answer."""
    first_t, reply_t = Transcript.from_text(ROTA), Transcript.from_text(reply)
    first = analyze_answer(first_t, question=QUESTION)
    whole = analyze_answer(joined(first_t, reply_t), question=QUESTION)
    merged, judged = analyze_follow_up(reply_t, "no_result", first, whole=whole)
    assert judged.gives, judged
    return (any(r.why == NO_NUMBER_WHY for r in merged.points_why),
            any(r.why == NO_NUMBER_WHY for r in whole.points_why))


def test_a_result_told_in_the_reply_is_charged_for_its_number_as_inside_the_answer() -> None:
    assert _as_reply_and_inside(UNCOUNTED) == (True, True)
    assert _as_reply_and_inside(COUNTED) == (False, False)
