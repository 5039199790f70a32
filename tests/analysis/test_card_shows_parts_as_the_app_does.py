"""The CLI card shows an answer's STAR parts as the app and the export do (breaker16 D24): no
second structure figure ("STAR 65/100" beside "structure 42" of the points lost), and each
part's share at the one rounding every screen uses, read from what a session stores (58 % on
the card had been 57 % in the app). A new answer of our own."""

from __future__ import annotations

import re

from simulator.analysis.report import render_report
from simulator.analysis.star import PART_NAMES
from simulator.safe_text import share_percent
from tests.support.answers import typed

STORY = (
    "At the sorting office the Monday parcels piled up in the yard until noon, because the "
    "weekend vans all came back at once and there were only two scanners on the dock. I was "
    "the early shift supervisor, so clearing the yard by nine was mine. I moved one scanner to "
    "the gate, I split the vans into two waves by postcode, and I asked the drivers to radio in "
    "twenty minutes out. By the third Monday the yard was clear at half past eight."
)


def test_the_card_has_no_star_figure_and_shares_round_as_stored() -> None:
    told = typed(STORY, "Tell me about a time you improved how your team worked.")
    card = render_report(told)
    assert not re.search(r"STAR \d+/100", card), card
    line = next(line for line in card.splitlines() if line.startswith("STAR "))
    stored = told.to_dict()["star"]["parts"]  # type: ignore[index]
    for label, part in told.star.parts.items():
        if part.present:
            shown = share_percent(float(stored[label]["share_words"]))
            assert f"{PART_NAMES[label]} ✓ {shown}%" in line, line


def test_one_rounding_for_a_share_live_and_stored() -> None:
    assert share_percent(0.57543) == share_percent(round(0.57543, 4)) == 58
    assert share_percent(0.5749) == share_percent(round(0.5749, 4)) == 57
    # 34.48 % is 34 on every screen (stored at three decimals it read 0.345: 35).
    assert share_percent(0.3448275) == share_percent(round(0.3448275, 4)) == 34
    # A session stored at three decimals reads its ties half up.
    assert share_percent(0.575) == 58
    assert share_percent(0.0) == 0 and share_percent(1.0) == 100
