"""A sixteenth probe of news: a TimeBank-like mix of 1989-1998, AQUAINT-like news of 1996-2000,
agency wires and online news of 2010-2015 and broadcast transcripts of 1997-2000 (documents
written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A programme's title is no timex: a count with a capitalised unit ("60 Minutes", "48 Hours"),
  "This Morning" after a network's name.
- What is gone by: a hurt told in a gerund after "after" ("will be out for seven weeks after
  injuring his knee in Saturday's win"); a day a clause a conjunction opens after the expression
  cannot move ("on Friday, six months before his term was to end").
- What lies ahead: an occasion declared, announced or called "for" a day ("declared a public
  holiday for Monday"); a pay rise promised "from April"; a meeting "with" someone, an office
  taken up, a skater's turn, "go to the polls in November"; a weekday a modal guesses about
  ("Monday could be another rough day"); a plug's "Coming up"; a forecast's highs and a day's
  weather after its name ("Saturday: sunny"); flags flown low "through Sunday"; a future clause
  after a past week ("met last week and will return Tuesday").
- A day of a name with "a" before it is no day of the DCT's week ("falls on a Sunday this year"),
  unless it restates a date or a noun follows it ("a Monday deadline"); a weekday that restates a
  date is no day the story moves to ("March 3, a Sunday, and ... the next day").
- A people counted in a rate ("30,000 Americans a year"), and a rate "per day", are no timex.
- A quarter or a half of the year a sentence has named, in a figure it goes on to ("lost $1.98
  billion last year, including a charge in the third quarter").
- A clock time told again in brackets in a US zone is no day the story moves to.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A programme's title is no timex: a capitalised unit after a count ("60 Minutes", "48 Hours"),
    # "This Morning" after a network's name.
    (
        "We'll have a special edition of 60 Minutes at 7 p.m.",
        "1997-08-31",
        [("7 p.m.", "TIME", "1997-08-31T19:00")],
    ),
    (
        "She watched CBS This Morning on Tuesday and then left for work.",
        "1998-11-04",
        [("Tuesday", "DATE", "1998-11-03")],
    ),
    # A hurt told in a gerund after "after" is gone by, whatever the main clause's tense.
    (
        "Messi will be out for seven weeks after injuring his knee in Saturday's win.",
        "2015-10-02",
        [("seven weeks", "DURATION", "P7W"), ("Saturday", "DATE", "2015-09-26")],
    ),
    (
        "The striker will be sidelined until November after breaking his foot on Tuesday.",
        "2015-10-02",
        [("November", "DATE", "2015-11"), ("Tuesday", "DATE", "2015-09-29")],
    ),
    # An occasion declared, announced or called "for" a day is still to come; so is a pay rise promised
    # "from" a month.
    (
        "The king declared a public holiday for Monday.",
        "2013-12-06",
        [("Monday", "DATE", "2013-12-09")],
    ),
    (
        "Zuma announced a national day of prayer for Sunday.",
        "2013-12-06",
        [("Sunday", "DATE", "2013-12-08")],
    ),
    (
        "The government has promised a pay rise from April.",
        "2011-02-10",
        [("April", "DATE", "2011-04")],
    ),
    # A day of a name with "a" before it is no day of the DCT's week (unless it restates a date).
    (
        "Christmas falls on a Sunday this year.",
        "1994-11-25",
        [("Christmas", "DATE", "1994-12-25"), ("this year", "DATE", "1994")],
    ),
    (
        "The vote is on March 3, a Sunday, and results are due the next day.",
        "2012-11-07",
        [
            ("March 3", "DATE", "2013-03-03"),
            ("Sunday", "DATE", "2013-03-03"),
            ("the next day", "DATE", "2013-03-04"),
        ],
    ),
    # A people counted in a rate: "30,000 Americans a year"; a rate "per day" in news.
    (
        "Hepatitis A infects about 30,000 Americans a year.",
        "1997-03-27",
        [],
    ),
    (
        "Production averaged 3.2 million barrels per day.",
        "2013-08-01",
        [],
    ),
    # Timetable verbs: a meeting "with" someone, an office taken up, a skater's turn, the polls.
    (
        "Tara Lipinski skates Wednesday night in the short program.",
        "1998-02-16",
        [("Wednesday night", "TIME", "1998-02-18TNI")],
    ),
    (
        "The president meets with his advisers Friday.",
        "2000-03-08",
        [("Friday", "DATE", "2000-03-10")],
    ),
    (
        "Voters go to the polls in November.",
        "2000-03-08",
        [("November", "DATE", "2000-11")],
    ),
    (
        "Kim takes office in February.",
        "1999-05-20",
        [("February", "DATE", "2000-02")],
    ),
    # A weekday subject of a modal's guess; a plug's "Coming up"; a forecast's highs and a day's weather
    # after its name.
    (
        "Monday could be another rough day.",
        "1999-05-20",
        [("Monday", "DATE", "1999-05-24")],
    ),
    (
        "Coming up Monday on Nightline, a look at the race.",
        "2000-04-14",
        [("Monday", "DATE", "2000-04-17")],
    ),
    (
        "Hot and humid, with highs in the mid-nineties Saturday and Sunday.",
        "2000-06-09",
        [("Saturday", "DATE", "2000-06-10"), ("Sunday", "DATE", "2000-06-11")],
    ),
    (
        "Saturday: sunny, with highs near 80.",
        "1999-05-20",
        [("Saturday", "DATE", "1999-05-22")],
    ),
    # A future clause after a past week tells its own time.
    (
        "The two sides met last week and will return Tuesday.",
        "1998-02-20",
        [("last week", "DATE", "1998-W07"), ("Tuesday", "DATE", "1998-02-24")],
    ),
    (
        "The two sides met for three days last week in Washington and agreed to return on Tuesday.",
        "1998-02-20",
        [
            ("three days", "DURATION", "P3D"),
            ("last week", "DATE", "1998-W07"),
            ("Tuesday", "DATE", "1998-02-24"),
        ],
    ),
    # A clause a conjunction opens after the expression tells its own time.
    (
        (
            "Mr. Yeltsin announced his resignation in a televised address on Friday, six months "
            "before his term was to end."
        ),
        "2000-01-03",
        [("Friday", "DATE", "1999-12-31"), ("six months", "DURATION", "P6M")],
    ),
    # Flags flown low up to a day.
    (
        "President Clinton ordered flags flown at half-staff through Sunday.",
        "1998-08-07",
        [("Sunday", "DATE", "1998-08-09")],
    ),
    # A quarter or a half of the year a sentence has named, in a figure it goes on to.
    (
        "GM lost $1.98 billion last year, including a $2.1 billion charge in the third quarter.",
        "1991-05-15",
        [("last year", "DATE", "1990"), ("the third quarter", "DATE", "1990-Q3")],
    ),
    (
        "Chrysler earned $3 billion last year, with record profits in the second half.",
        "1996-07-18",
        [("last year", "DATE", "1995"), ("the second half", "DATE", "1995-H2")],
    ),
    # A clock time told again in another zone, in brackets, is no day the story moves to.
    (
        "The quake hit at 5:46 a.m. (3:46 p.m. EST Monday). The strongest aftershock came at 7:38 a.m.",
        "1995-01-17",
        [
            ("5:46 a.m.", "TIME", "1995-01-17T05:46"),
            ("3:46 p.m. EST Monday", "TIME", "1995-01-16T15:46-05:00"),
            ("7:38 a.m.", "TIME", "1995-01-17T07:38"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_16(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
