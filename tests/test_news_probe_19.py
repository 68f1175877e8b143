"""A nineteenth probe of news: agency wires of 2012-2014, a TimeBank-like mix of 1989-1998 and
AQUAINT-like news of 1996-2000 (documents written for the probe), and the forms the earlier probes
left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "a year ago" counts back from the moment of writing even when the sentence names a year ("The
  2012 election was held a year ago"); "a year earlier" counts from that year.
- A month named "May" before a comma is no modal for the verb after it ("From January to May,
  exports rose").
- "The next match is at Manchester City on Sunday", "the summit is in Brussels on Thursday": a
  present copula placing an event at a place and then on a day tells of a day to come.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # "ago" counts from the moment of writing, "earlier" from the year the sentence names.
    (
        "The 2009 election was held a year ago.",
        "2013-03-22",
        [("2009", "DATE", "2009"), ("a year ago", "DATE", "2012")],
    ),
    (
        "Tucker was convicted in 1984 of killing two people a year earlier.",
        "1998-02-03",
        [("1984", "DATE", "1984"), ("a year earlier", "DATE", "1983")],
    ),
    # A month after "to" and a comma is no modal: the main clause's past verb tells the range's time.
    (
        "From January to May, exports rose 5%.",
        "1989-11-02",
        [("January", "DATE", "1989-01"), ("May", "DATE", "1989-05")],
    ),
    # A present copula that places an event at a place, then on a day, tells of a day to come.
    (
        "Their next league match is at Manchester City on Sunday.",
        "2013-09-16",
        [("Sunday", "DATE", "2013-09-22")],
    ),
    (
        "The summit is in Brussels on Thursday.",
        "2013-09-16",
        [("Thursday", "DATE", "2013-09-19")],
    ),
    # (An event on a day, then "is", is no timetable: the day may be gone.)
    (
        "The attack in Kabul on Sunday is the worst this year.",
        "2013-09-16",
        [("Sunday", "DATE", "2013-09-15"), ("this year", "DATE", "2013")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_19(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
