"""A question is judged by what it asks, not by a "would" in its wording: "What would you say
is your most significant achievement?" asks for a story, "Where would you like to be in a few
years' time?" for a plan tied to this role; neither is a hypothetical scenario. The first was
read as situational (a story judged as a plan), the second too (a generic answer charged 30 as
"what you would do" and never told to tie it to the role). Questions of our own."""

from __future__ import annotations

import pytest

from simulator.analysis.questions import classify_question


@pytest.mark.parametrize(("question", "kind"), [
    ("What would you say is your most significant achievement?", "behavioral"),
    ("What would you say was the most difficult project you delivered?", "behavioral"),
    ("Where would you like to be in a few years' time?", "motivation"),
    ("Where do you want to be in five years?", "motivation"),
    # Still hypotheticals.
    ("What would you do if a colleague kept missing deadlines?", "situational"),
    ("How would you plan your first month here?", "situational"),
])
def test_a_would_in_the_wording_is_no_scenario(question: str, kind: str) -> None:
    assert classify_question(question) == kind
