"""A twenty-first probe of narratives: histories of wars and campaigns from antiquity to the 20th
century (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories.

Readings these cases pin down:
- "spent the next weeks strengthening the defences": a vague length, as "the following days" is.
- "by evening had routed": the evening of the story's day, before the verb of its clause.
- "That afternoon and night the mission held out": the night of the same day as the afternoon.

Publication date: DCT.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2019-01-22"

CASES: list[tuple[str, list[tuple]]] = [
    (
        "On 25 July 1814 the Americans withdrew to Fort Erie, where they spent the next weeks "
        "strengthening the defences.",
        [("25 July 1814", "DATE", "1814-07-25"), ("the next weeks", "DURATION", "PXW")],
    ),
    (
        "On 17 September 1631 the Swedes held and by evening had routed the imperialists.",
        [("17 September 1631", "DATE", "1631-09-17"), ("evening", "TIME", "1631-09-17TEV")],
    ),
    (
        "On 22 January 1879 the camp was overrun. That afternoon and night the mission held out.",
        [
            ("22 January 1879", "DATE", "1879-01-22"),
            ("That afternoon", "TIME", "1879-01-22TAF"),
            ("night", "TIME", "1879-01-22TNI"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_21(text: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
