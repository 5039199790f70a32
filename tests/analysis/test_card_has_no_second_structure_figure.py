"""The CLI card shows an answer's STAR parts as the app and the export do: their marks and
shares, with no figure of their own ("STAR 65/100") beside the score's "structure" points lost
(breaker16 D24). A new answer of our own."""

from __future__ import annotations

import re

from simulator.analysis.report import render_report
from tests.support.answers import typed

STORY = (
    "At the sorting office the Monday parcels piled up in the yard until noon, because the "
    "weekend vans all came back at once and there were only two scanners on the dock. I was "
    "the early shift supervisor, so clearing the yard by nine was mine. I moved one scanner to "
    "the gate, I split the vans into two waves by postcode, and I asked the drivers to radio in "
    "twenty minutes out. By the third Monday the yard was clear at half past eight."
)


def test_the_card_shows_the_parts_without_a_star_figure() -> None:
    card = render_report(typed(STORY, "Tell me about a time you improved how your team worked."))
    assert not re.search(r"STAR \d+/100", card), card
    line = next(line for line in card.splitlines() if line.startswith("STAR "))
    assert "Situation ✓" in line and "Action ✓" in line, line
