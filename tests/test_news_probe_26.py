"""A twenty-sixth probe of news: agency wires (world and US domestic), AQUAINT-like stories of
1998-2000, Wall Street Journal business copy of 1989-1998, broadcast transcripts of 1998-2000 and a
TimeBank-like mix (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A month that names a report ("will release the July index") is the month gone by, as its
  figures are; a sentence opened by "A year ago," or "Last year," frames its quarter as it frames
  its month; "last year" after a sum with no comparison in its sentence ("I.B.M. lost $4.97
  billion last year") is the year, not the period an earlier sentence compared.
- A month in the subject before a finished event's past verb ("Floods in April destroyed
  dozens of homes", written in March) is the last April gone by; "May" between a preposition or
  "and" and an -ed verb is the month, not the modal; a noun "pledge" after its article is no
  promise of a month to come ("broke a pledge the party made in June").
- "placed on leave Monday night" is a noun, no schedule; a stopgap that keeps the government
  "funded through early December" looks ahead; "said lows overnight could reach" is the coming
  night; "He's not going to", "He isn't going to" are futures; an apposition's "since the war
  ended" tells nothing of the day before it.
- "went weeks without power", "weeks rather than months", "could see months of uncertainty" are
  lengths; "for three days earlier this month" is a length and "earlier this month"; "a half hour
  ago" is a time; "declined for the past decade before rising" a length; "the early morning
  hours" the morning's start; "the polar night" and a temperature's "mid-20s" no time; seasons
  of a yearly round ("each year, mostly in spring and fall") are any year's, "fall" among them.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "Residents went weeks without power.",
        "1998-03-11",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "The department will release the July index on Aug. 30.",
        "1990-08-07",
        [("July", "DATE", "1990-07"), ("Aug. 30", "DATE", "1990-08-30")],
    ),
    (
        "A year ago, the company earned $22.4 million in the second quarter.",
        "1992-06-29",
        [("A year ago", "DATE", "1991"), ("the second quarter", "DATE", "1991-Q2")],
    ),
    (
        "It broke a pledge the party made in June.",
        "2019-11-14",
        [("June", "DATE", "2019-06")],
    ),
    (
        "Rapid melting in April and May flooded dozens of homes.",
        "2024-03-13",
        [("April", "DATE", "2023-04"), ("May", "DATE", "2023-05")],
    ),
    (
        "Floods in April destroyed dozens of homes.",
        "2024-03-13",
        [("April", "DATE", "2023-04")],
    ),
    (
        "He was placed on leave Monday night.",
        "2016-11-29",
        [("Monday night", "TIME", "2016-11-28TNI")],
    ),
    (
        "The House on Wednesday passed a bill to keep the government funded through early December.",
        "2021-09-23",
        [("Wednesday", "DATE", "2021-09-22"), ("early December", "DATE", "2021-12", "START")],
    ),
    (
        "The National Weather Service said lows overnight could reach 5 degrees.",
        "2017-01-08",
        [("overnight", "TIME", "2017-01-08TNI")],
    ),
    (
        "Highs on Monday are expected to reach only the mid-20s.",
        "2017-01-08",
        [("Monday", "DATE", "2017-01-09")],
    ),
    (
        "Incidents declined for the past decade before rising this year.",
        "2023-04-18",
        [("the past decade", "DURATION", "P10Y"), ("this year", "DATE", "2023")],
    ),
    (
        "The report came out a half hour ago.",
        "1998-06-05",
        [("a half hour ago", "TIME", "1998-06-05TXX")],
    ),
    (
        "Bush is expected to make the request to a joint session of Congress on Wednesday, his first "
        "address since the war ended.",
        "1991-03-05",
        [("Wednesday", "DATE", "1991-03-06")],
    ),
    (
        '"He\'s not going to wait until the fall."',
        "1991-03-05",
        [("the fall", "DATE", "1991-FA")],
    ),
    (
        "He isn't going to wait until Friday.",
        "1991-03-05",
        [("Friday", "DATE", "1991-03-08")],
    ),
    (
        "The attack came in the early morning hours.",
        "1998-01-08",
        [("the early morning hours", "TIME", "1998-01-08TMO", "START")],
    ),
    (
        "I.B.M. earned $285 million in the first quarter, compared with $507 million a year earlier. "
        "I.B.M. lost $4.97 billion last year.",
        "1993-04-17",
        [
            ("the first quarter", "DATE", "1993-Q1"),
            ("a year earlier", "DATE", "1992-Q1"),
            ("last year", "DATE", "1992"),
        ],
    ),
    (
        "The snowstorms shut the airline's Detroit hub for three days earlier this month.",
        "1999-01-21",
        [("three days", "DURATION", "P3D"), ("earlier this month", "DATE", "1999-01", "START")],
    ),
    (
        "The agency sets hundreds of such fires each year, mostly in spring and fall.",
        "2000-05-09",
        [
            ("each year", "SET", "P1Y", None, {"quant": "EACH"}),
            ("spring", "DATE", "XXXX-SP"),
            ("fall", "DATE", "XXXX-FA"),
        ],
    ),
    (
        "He expected the round to last weeks rather than months.",
        "2016-07-25",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    (
        "We could see months of uncertainty.",
        "2018-01-19",
        [("months", "DURATION", "PXM")],
    ),
    (
        "The polar night lasted three months.",
        "2019-11-14",
        [("three months", "DURATION", "P3M")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_26(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
