"""A twentieth probe of news: agency wires of 2005-2016, business copy of 1989-1999,
AQUAINT-like news of 1998-2000 and broadcast transcripts (documents written for the probe), and
the forms the earlier probes left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A capital's clock as wires name it ("8:15 p.m. Beijing time") keeps its zone's offset, where the
  offset has stayed put for decades.
- A local clock without a day, restated in brackets in universal time with a day ("4:12 a.m. Tokyo
  time (1912 GMT Saturday)"), is on the day the two clocks put it on.
- "at 7 or 8 p.m." is two times, each with "p.m."; "between 0600 and 0800 GMT" starts at 0600.
- "a once-in-a-decade flood" says how rare it is: no length.
- "Clinton, speaking on Tuesday, said Iraq must comply": a day in an aside between a subject and
  its verb takes that verb's tense (the verb after the comma is the main one, no attribution).
- "Stocks fell on Thursday after the Fed on Wednesday signaled ...": the day of the event the
  report's day came after is no time the report moves to (a clock after it is Thursday's).

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The satellite was launched at 8:15 p.m. Beijing time Tuesday from the Xichang center.",
        "2010-06-10",
        [("8:15 p.m. Beijing time Tuesday", "TIME", "2010-06-08T20:15+08:00")],
    ),
    (
        "The quake struck at 4:12 a.m. Tokyo time (1912 GMT Saturday).",
        "2010-06-07",
        [
            ("4:12 a.m. Tokyo time", "TIME", "2010-06-06T04:12+09:00"),
            ("1912 GMT Saturday", "TIME", "2010-06-05T19:12Z"),
        ],
    ),
    (
        "The ferry sank at 11 p.m. (0300 GMT Tuesday) off the coast.",
        "2010-06-10",
        [("11 p.m.", "TIME", "2010-06-07T23:00"), ("0300 GMT Tuesday", "TIME", "2010-06-08T03:00Z")],
    ),
    (
        "The results will be announced at 7 or 8 p.m. tonight.",
        "2010-06-10",
        [("7", "TIME", "2010-06-10T19:00"), ("8 p.m. tonight", "TIME", "2010-06-10T20:00")],
    ),
    (
        "Flights resume between 0600 and 0800 GMT on Friday.",
        "2010-06-10",
        [("0600", "TIME", "2010-06-11T06:00Z"), ("0800 GMT on Friday", "TIME", "2010-06-11T08:00Z")],
    ),
    ("It was a once-in-a-decade flood.", "2010-06-10", []),
    # A day in an aside between the subject and its verb takes the tense of that verb.
    (
        "Clinton, speaking on Tuesday, said Iraq must comply.",
        "1998-02-12",
        [("Tuesday", "DATE", "1998-02-10")],
    ),
    (
        "Stocks fell on Thursday after the Federal Reserve on Wednesday signaled it would raise"
        " rates. The Dow was down 120 points at 11:45 a.m.",
        "2010-06-10",
        [
            ("Thursday", "DATE", "2010-06-10"),
            ("Wednesday", "DATE", "2010-06-09"),
            ("11:45 a.m.", "TIME", "2010-06-10T11:45"),
        ],
    ),
    (
        "The storm will hit on Tuesday, said forecasters at the center.",
        "1998-02-12",
        [("Tuesday", "DATE", "1998-02-17")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_20(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
