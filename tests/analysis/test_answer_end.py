"""The words judge that lets the recorder end an answer sooner or wait longer
(simulator.analysis.answer_end), on endings written in registers unlike the code's own: speakers
of English as a second language, run-on speech without commas, terse notes. Both directions: a
told outcome ends sooner ("done"), a clause cut short waits longer ("open"), and a complete
sentence that is still the scene is neither ("unsure": the silence setting decides)."""

from __future__ import annotations

import pytest

from simulator.analysis.answer_end import answer_end_verdict


@pytest.mark.parametrize(
    "answer",
    [
        # A lasting state after the Action, no result word in it.
        "Our nightly build kept failing. I traced it to a flaky test, fixed the timing, and the "
        "build has been green for three months since.",
        # Non-native: present tense for a state that holds, "since" with no object.
        "In my last company the invoices was always late. I make one small script for check "
        "them every morning, and now the invoices is on time since.",
        "i listened to customer and offered him credit instead of refund and he is still our "
        "customer until now.",
        # Run-on, no commas, the outcome as a bad state that stopped.
        "so basically me and my colleague we rewrite the whole script in two week and after "
        "that the report is never late anymore.",
        "I took over the release plan and I rewrote the checklist for the whole team. The "
        "site hasn't been down since.",
        # A result cue in the last clause (the labeller calls the clause an Action).
        "A customer wanted a refund we could not give, I listened, offered a credit instead, "
        "and they renewed their contract the next year.",
    ],
)
def test_a_told_outcome_after_an_action_ends_sooner(answer: str) -> None:
    assert answer_end_verdict(answer) == "done"


@pytest.mark.parametrize(
    "answer",
    [
        "Our nightly build kept failing. I traced it to a flaky test, fixed the timing, and "
        "then I",
        # The recognizer closes a cut clause with a full stop at the pause: still cut.
        "Our nightly build kept failing. I traced it to a flaky test, fixed the timing, and "
        "then I.",
        "The warehouse team was short of two people for the whole winter because the.",
        "me and the supervisor we was agree the new rota and",
        "We moved the whole billing to the new provider,",
        "I called every caterer on the list, um",
    ],
)
def test_a_clause_cut_short_waits_longer(answer: str) -> None:
    assert answer_end_verdict(answer) == "open"


@pytest.mark.parametrize(
    "answer",
    [
        # Background told as a state after an early Action: a thinking pause may follow.
        "I joined the team in May and I took over the release. The site had been down since "
        "the migration.",
        "I joined the team in May and I took over the release. The client has been angry "
        "since the migration.",
        "I took over the support queue in March and sorted every ticket by age. The oldest "
        "had been open since January.",
        # An Action without its outcome yet.
        "Our nightly build kept failing and nobody owned it, so I traced it to a flaky test.",
        # Terse notes: too few words to judge, however finished they sound.
        "Rewrote deploy script. Split tests over four runners. Build is stable since.",
        # A lasting state with no Action before it is the Situation.
        "We have been the smallest office in the region for two years and the phones have "
        "been busy since.",
        "",
    ],
)
def test_a_complete_sentence_that_is_still_the_scene_is_left_to_the_silence(answer: str) -> None:
    assert answer_end_verdict(answer) == "unsure"
