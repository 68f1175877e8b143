"""An eighth probe of news: wire copy of the 2010s and 2020s (public health, elections, weather,
space, technology earnings, sports, courts, obituaries, arts listings).

Sentences written for this probe in the way wire copy writes them, each with every timex it
must yield (text, type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md.
Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- Tense from the words themselves: Korea's currency after its amount is no past verb ("a profit
  of 3.7 trillion won on Friday"); "we're going to" and "I'm going to" look ahead as "we are going
  to" does; an attribution's audience after its verb ("..., Hancock told parliament") leaves the
  clause's "will" to decide; "would have" before a noun owns what is to come ("would have enough
  vaccine by May"), before a participle it is a past that did not happen; "set his case for
  trial in June" fixes a date ahead; "up from a loss in the third quarter" looks back whatever
  the clause's tense; "tickets go on sale Friday", "goes on trial" are a timetable's present.
- A feast with "last year", "next year" is one date: "Christmas last year", "Election Day next
  year".
- "later next week" is the end of next week, as "later this week" is of this one ("Earlier Friday"
  stays out of the day's extent, as TimeBank draws it); "late in the afternoon", "Early in the
  morning" are the part's end or start; "to late afternoon" is one.
- A length in several units without "and" is one ("up to 4 minutes 28 seconds"); "months in
  advance" is a number of months; a runner's split ("clocked 2:45") and a game clock ("the final
  2:45 of the game") are lengths, no clock time.
- No times: "the 60s" as a second band of temperatures, a season that begins a quoted title
  ("\"Winter Light\""), "May" the surname before what only a person does ("May said", "said May
  should resign").
- "The pound fell overnight" after a figure compared with "two years ago" is the night of the
  story's day, not a night two years back.
- A day without its year a little after a day a report told in full, weeks before the DCT, is
  in that year ("The war began on March 19, 2003. On April 9, ..."), and a bare weekday after it
  in that week ("... on Monday, Sept. 15, 2008 ... By Tuesday night").
- "will remain closed on Tuesday": the modal's future, not the present of "remain"; "survived a
  committee vote in November": "vote" after an article and a noun is no timetable's verb.
- "said on Sunday that it could take years": what "that" opens after a verb of saying is told in
  its own time; "ahead of the March policy meeting" is a month to come; a part of the day a past
  clause tells is not on a day still to come that the text named before it.
- A cue in a clause joined after the expression by ", and" counts less, as one before it does;
  "the series moves to Los Angeles on Friday" is a timetable; "from 1950 to the present" ends at
  the writer's present; "since midnight" is the midnight the day began with; "the year" told in
  the past after an earlier year in its sentence is that year ("closed out 1988 with a modest gain
  for the year").
- An attribution after a quotation's closing mark ('"We will announce the plan in June," he
  said') leaves the quotation's "will" to decide; "he's going to" looks ahead; "set a hearing for
  Tuesday", "moved the vote to Tuesday" set a day ahead (not "moved to Boston on Tuesday"); a
  plan in the present progressive ("is leaving for Moscow on Monday") is a timetable's.
- Listings: "Tuesdays through Saturdays" and "nightly except Sundays" are sets, each day of them.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # Tense from the words themselves.
    (
        "Samsung will report a profit of 3.7 trillion won on Friday.",
        "2024-01-02",
        [("Friday", "DATE", "2024-01-05")],
    ),
    (
        "Samsung reported a profit of 3.7 trillion won on Friday.",
        "2024-01-02",
        [("Friday", "DATE", "2023-12-29")],
    ),
    ('"We\'re going to win on Tuesday," Trump said.', "2020-11-01", [("Tuesday", "DATE", "2020-11-03")]),
    ('"I\'m going to vote on Tuesday," she said.', "2020-11-01", [("Tuesday", "DATE", "2020-11-03")]),
    (
        "More people will move into the toughest tier on Thursday, Hancock told parliament.",
        "2020-12-30",
        [("Thursday", "DATE", "2020-12-31")],
    ),
    (
        "Biden said the country would have enough vaccine by the end of May.",
        "2021-03-04",
        [("the end of May", "DATE", "2021-05", "END")],
    ),
    (
        "He pleaded not guilty on Wednesday, and a judge set his case for trial in June.",
        "2019-02-13",
        [("Wednesday", "DATE", "2019-02-13"), ("June", "DATE", "2019-06")],
    ),
    (
        "Samsung is expected to report a profit on Friday, up from a loss in the third quarter.",
        "2024-01-02",
        [("Friday", "DATE", "2024-01-05"), ("the third quarter", "DATE", "2023-Q3")],
    ),
    ("Tickets go on sale Friday.", "2019-03-04", [("Friday", "DATE", "2019-03-08")]),
    ("Workers go on strike Thursday.", "2019-03-04", [("Thursday", "DATE", "2019-03-07")]),
    ("Tickets went on sale Friday.", "2019-03-04", [("Friday", "DATE", "2019-03-01")]),
    # A feast of the year before or after the DCT's.
    (
        "Sales were weak at Christmas last year.",
        "2023-11-02",
        [("Christmas last year", "DATE", "2022-12-25")],
    ),
    (
        "Republicans hope to keep the House on Election Day next year.",
        "2023-11-02",
        [("Election Day next year", "DATE", "2024-11-05")],
    ),
    # Parts of a period.
    (
        "The capsule will enter lunar orbit later next week.",
        "2022-11-16",
        [("later next week", "DATE", "2022-W47", "END")],
    ),
    ("Earlier Sunday, police cleared the square.", "2022-11-16", [("Sunday", "DATE", "2022-11-13")]),
    (
        "The storm arrived late in the afternoon.",
        "2024-05-26",
        [("late in the afternoon", "TIME", "2024-05-26TAF", "END")],
    ),
    (
        "A rain delay pushed the start to late afternoon.",
        "2024-05-26",
        [("late afternoon", "TIME", "2024-05-26TAF", "END")],
    ),
    # Lengths.
    (
        "Totality lasted up to 4 minutes 28 seconds in places.",
        "2024-04-09",
        [("up to 4 minutes 28 seconds", "DURATION", "PT4M28S", "EQUAL_OR_LESS")],
    ),
    ("The flight took 2 hours 30 minutes.", "2024-04-09", [("2 hours 30 minutes", "DURATION", "PT2H30M")]),
    ("Hotels along the path were booked months in advance.", "2024-04-09", [("months", "DURATION", "PXM")]),
    (
        "Kipchumba won in 1:02:11, and Sisson clocked 2:45 for the final 800 meters.",
        "2024-05-26",
        [("1:02:11", "DURATION", "PT1H2M11S"), ("2:45", "DURATION", "PT2M45S")],
    ),
    (
        "Denver held the Heat without a field goal over the final 2:45 of the game.",
        "2023-06-13",
        [("2:45", "DURATION", "PT2M45S")],
    ),
    # No times.
    (
        "Temperatures would climb into the 50s over the weekend and into the 60s early next week.",
        "2023-01-31",
        [("the weekend", "DATE", "2023-W05-WE"), ("early next week", "DATE", "2023-W06", "START")],
    ),
    ('She wrote "Winter Light" and "The Long Field."', "2015-03-02", []),
    ("May said she would form a government with the DUP.", "2017-06-09", []),
    ("Labour leader Jeremy Corbyn said May should resign.", "2017-06-09", []),
    ("Sales in May should rise.", "2017-06-09", [("May", "DATE", "2018-05")]),
    # The night of the story's day, not of the year compared with.
    (
        "The prime minister went to the palace on Friday. Labour won 261 seats, up 29 on two years ago. "
        "The pound fell overnight.",
        "2017-06-09",
        [
            ("Friday", "DATE", "2017-06-09"),
            ("two years ago", "DATE", "2015"),
            ("overnight", "TIME", "2017-06-08TNI"),
        ],
    ),
    # A report's story goes on from a day it told in full, weeks before the DCT.
    (
        "The war began on March 19, 2003. On April 9, a statue was pulled down.",
        "2013-03-19",
        [("March 19, 2003", "DATE", "2003-03-19"), ("April 9", "DATE", "2003-04-09")],
    ),
    (
        "The blast happened on Sept. 9, 2010. On Sept. 12, investigators found a faulty weld.",
        "2012-06-28",
        [("Sept. 9, 2010", "DATE", "2010-09-09"), ("Sept. 12", "DATE", "2010-09-12")],
    ),
    (
        "At 1:45 a.m. on Monday, Sept. 15, 2008, Lehman filed for bankruptcy. By Tuesday night, the "
        "government had taken control of AIG.",
        "2013-09-13",
        [
            ("1:45 a.m. on Monday, Sept. 15, 2008", "TIME", "2008-09-15T01:45"),
            ("Tuesday night", "TIME", "2008-09-16TNI"),
        ],
    ),
    # A modal carries the tense of the verb after it; an article makes a timetable's verb a noun.
    ("Schools will remain closed on Tuesday.", "2012-10-29", [("Tuesday", "DATE", "2012-10-30")]),
    ("The bill survived a committee vote in November.", "2010-02-01", [("November", "DATE", "2009-11")]),
    # What was said is told in its own time; what a report tells in the past happened by the DCT.
    (
        "He said in an interview on Sunday that it could take years.",
        "2010-12-03",
        [("Sunday", "DATE", "2010-11-28"), ("years", "DURATION", "PXY")],
    ),
    ("Stocks rose ahead of the March policy meeting.", "2016-01-29", [("March", "DATE", "2016-03")]),
    (
        "Bush-era tax cuts expire on Dec. 31. Stocks gave up early gains before recovering in the afternoon.",
        "2010-12-03",
        [("Dec. 31", "DATE", "2010-12-31"), ("the afternoon", "TIME", "2010-12-03TAF")],
    ),
    # Wire copy of 1989-2000: a clause after ", and" tells its own time; a series that moves on.
    (
        "The Federal Reserve raised its discount rate to 7% on Feb. 24, and many dealers expect further "
        "tightening this spring.",
        "1989-03-31",
        [("Feb. 24", "DATE", "1989-02-24"), ("this spring", "DATE", "1989-SP")],
    ),
    ("The series moves to Los Angeles on Friday.", "1998-05-18", [("Friday", "DATE", "1998-05-22")]),
    (
        "Stock prices closed out 1988 with a modest gain for the year.",
        "1989-01-03",
        [("1988", "DATE", "1988"), ("the year", "DATE", "1988")],
    ),
    (
        "The company earned $5 million in 1987, but for the year it expects a loss.",
        "1989-01-03",
        [("1987", "DATE", "1987"), ("the year", "DATE", "1989")],
    ),
    (
        "The galleries cover the decades from 1950 to the present.",
        "1999-09-24",
        [("1950", "DATE", "1950"), ("the present", "DATE", "PRESENT_REF")],
    ),
    (
        "The flag was raised at 6:30 a.m. Many citizens had waited since midnight.",
        "1999-10-01",
        [("6:30 a.m.", "TIME", "1999-10-01T06:30"), ("midnight", "TIME", "1999-10-01T00:00")],
    ),
    # A quotation's future with its attribution after the closing mark; a date set or moved to.
    ('"We will announce the plan in June," he said.', "2013-03-24", [("June", "DATE", "2013-06")]),
    ("He's going to testify on Wednesday.", "2013-03-21", [("Wednesday", "DATE", "2013-03-27")]),
    ("The judge set a hearing for Tuesday.", "2013-03-22", [("Tuesday", "DATE", "2013-03-26")]),
    ("The board moved the vote to Tuesday.", "2013-03-22", [("Tuesday", "DATE", "2013-03-26")]),
    ("The team moved to Boston on Tuesday.", "2013-03-22", [("Tuesday", "DATE", "2013-03-19")]),
    ("The team is leaving for Moscow on Monday.", "2013-03-21", [("Monday", "DATE", "2013-03-25")]),
    ("Police are searching the area on Tuesday.", "2013-03-21", [("Tuesday", "DATE", "2013-03-19")]),
    # Listings.
    (
        "The museum is open Tuesdays through Saturdays.",
        "2014-10-01",
        [("Tuesdays", "SET", "XXXX-WXX-2"), ("Saturdays", "SET", "XXXX-WXX-6")],
    ),
    (
        "The Tattoo is performed nightly except Sundays.",
        "2018-07-31",
        [("nightly", "SET", "P1D"), ("Sundays", "SET", "XXXX-WXX-7")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_8(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
