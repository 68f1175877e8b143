"""A twelfth probe of news: broadcast transcripts of 1997-2000, a TimeBank-like mix of 1989-1998,
AQUAINT-like wires of 1998-2000 and local news of 2000-2024 (documents written for the probe),
and the classes earlier probes left.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- Deep time: a count of years the calendar cannot hold ("65 million years ago", "about 125,000
  years ago", "thousands of years ago") is a vague past, the count and its bound in the extent;
  "1500 years ago" is still its year.
- So many parts of the day in each period is a set, as "six days a week" is ("three evenings a
  week").
- A year-ago quarter beside a forecast quarter, with no quarter reported on, is the forecast's
  quarter a year back.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # Deep time: more years than the calendar holds is a vague past, the count in the extent.
    (
        "The dinosaurs died out 65 million years ago.",
        "1998-03-04",
        [("65 million years ago", "DATE", "PAST_REF")],
    ),
    (
        "Modern humans left Africa about 125,000 years ago.",
        "1998-03-04",
        [("about 125,000 years ago", "DATE", "PAST_REF", "APPROX")],
    ),
    (
        "The last ice age ended some 10,000 years ago, and such rocks formed thousands of years ago.",
        "1998-03-04",
        [
            ("some 10,000 years ago", "DATE", "PAST_REF", "APPROX"),
            ("thousands of years ago", "DATE", "PAST_REF"),
        ],
    ),
    (
        "The tomb was sealed 1500 years ago.",
        "2004-06-01",
        [("1500 years ago", "DATE", "0504")],
    ),
    # So many parts of the day in each period: a set.
    (
        "She coaches three evenings a week and two mornings a month.",
        "1998-03-04",
        [
            ("three evenings a week", "SET", "P1W", None, {"freq": "3D"}),
            ("two mornings a month", "SET", "P1M", None, {"freq": "2D"}),
        ],
    ),
    # A year-ago quarter beside a forecast quarter is that quarter a year back.
    (
        "It expects fourth-quarter net of $1.30 a share, up from $1.20 in the year-ago quarter.",
        "1989-10-20",
        [("fourth-quarter", "DATE", "1989-Q4"), ("the year-ago quarter", "DATE", "1988-Q4")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_12(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
