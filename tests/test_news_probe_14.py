"""A fourteenth probe of news: agency wires of 2012-2014, Wikinews-style articles of 2005-2013,
AQUAINT-like NYT and AP stories of 1998-2000 and a TimeBank-like mix of 1989-1998 (documents
written for the probe), with the classes an earlier note left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- An hour from 1 to 5 written without a.m. or p.m. is the afternoon's ("at 4:30 Tuesday", "By 3
  o'clock, buyers returned"), unless the small hours are named around it; a programme's hour with
  a US zone ("at 10 Eastern, 9 Central") is the evening's; a golfer's "birdied the 16th" is a hole.
- "this week" in a future clause written on a Saturday or a Sunday is the week about to begin, and
  "the coming weekend" the first weekend to come; "Labour Day" in international copy is May 1.
- What lies ahead: a programme that "airs", figures a department "releases", a vote "on the budget
  on Friday", a rule that "takes effect at the close of trading on Friday", what a market "is
  waiting for" or "awaits" ("Friday's ruling"), what "could be posted on Saturday" (not "could be
  located Wednesday"); a US zone after "p.m." starts no sentence ("3 p.m. EDT (1900 GMT) on
  Friday"); "since" before a clause in the present is "because"; "three weeks left" tells no past.
- What is gone by: a figure a forecast follows ("following a gain of 209,000 in September"), a
  month's figures ("its report on August employment"), "since Monday" after "last week".
- Periods: a month in the clause a past year opens ("in 1992 it moved to Ohio in March", "in
  mid-1987, before the October crash"), "the decade" after a year its sentence named, "the same
  period last year" or "the year-ago period" after a month's figure, "from $3.54 billion a year
  earlier"; a clock time after a background day a month or more back is the report's day's; a
  habit in the present passive ("are usually paid in January"); two counts joined by "or" are two
  lengths ("five or six years"); "the past half-decade"; rates in yuan, of men, of one store.
- Later rounds (broadcasts, AP and AFP wires, Wall Street Journal copy, NYT and Post stories,
  sports, more agency wires and AQUAINT-like news): a named day's night ("Saturday into the
  night"); forecast lines without a verb ("Showers on Saturday"); a condition on a deadline ("If no
  deal is reached by Thursday"); a fixture a present clause is bound for ("for Sunday's Super
  Bowl"); figures a department issues; a count of votes before a day; "who proposed ... in
  February"; "the year" past a length; a rate "of crude" or "since 1992"; a clock time after an
  after-clause's day, and after "tonight"; the Eastern hour before a second zone's; "is holding a
  meeting on Friday"; "since" tells nothing of a day before it; "set a Jan. 18 trial date";
  "ordered closed until Sunday"; a day that is the subject of what was said ("said January
  would be critical").

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # An hour from 1 to 5 without a.m. or p.m. is the afternoon's, unless the small hours are named around it.
    (
        "The meeting will start at 4:30 Tuesday.",
        "1998-03-04",
        [("4:30 Tuesday", "TIME", "1998-03-10T16:30")],
    ),
    (
        "By 3 o'clock, buyers returned and the index closed higher.",
        "1998-03-04",
        [("3 o'clock", "TIME", "1998-03-04T15:00")],
    ),
    (
        "He woke at 5 o'clock and went jogging.",
        "1998-03-04",
        [("5 o'clock", "TIME", "1998-03-04T05:00")],
    ),
    (
        "Police said the shooting happened at about 2:15 Sunday morning.",
        "1998-03-04",
        [("about 2:15 Sunday morning", "TIME", "1998-03-01T02:15", "APPROX")],
    ),
    # "this week" in a future clause written on a Saturday or a Sunday: the week about to begin.
    (
        "The Senate will vote later this week on the measure. The House voted this week.",
        "1998-03-01",
        [("later this week", "DATE", "1998-W10", "END"), ("this week", "DATE", "1998-W09")],
    ),
    (
        "The Senate is expected to vote this week.",
        "1998-02-28",
        [("this week", "DATE", "1998-W10")],
    ),
    # A golfer's hole is no day of the month.
    (
        "He birdied the 16th and made a bogey at the 17th. The tour returns on the 23rd.",
        "2013-05-09",
        [("the 23rd", "DATE", "2013-05-23")],
    ),
    # A programme's hour with a US zone, and the programme that airs on a weekday.
    (
        "Join us tonight at 10 Eastern, 9 Central.",
        "1998-03-04",
        [
            ("tonight at 10 Eastern", "TIME", "1998-03-04T22:00-05:00"),
            ("9 Central", "TIME", "1998-03-04T21:00-06:00"),
        ],
    ),
    (
        "The debate airs at 9 Eastern on Thursday. The interview airs Thursday on ABC.",
        "1998-03-04",
        [("9 Eastern on Thursday", "TIME", "1998-03-05T21:00-05:00"), ("Thursday", "DATE", "1998-03-05")],
    ),
    # Figures released on a day to come.
    (
        (
            "The Commerce Department releases retail sales figures on Friday. The government "
            "releases its jobs report on Friday."
        ),
        "1998-03-04",
        [("Friday", "DATE", "1998-03-06"), ("Friday", "DATE", "1998-03-06")],
    ),
    # "since" before a clause in the present is "because": no past.
    (
        "The vote will take place on March 5, since March 4 falls on a Sunday.",
        "2012-11-07",
        [
            ("March 5", "DATE", "2013-03-05"),
            ("March 4", "DATE", "2013-03-04"),
            ("a Sunday", "DATE", "XXXX-WXX-7"),
        ],
    ),
    # Rates in the currencies of international copy, of men, of one thing: no lengths.
    (
        (
            "Factory workers earn 5,000 yuan a month. More than 1,000 men a week were evacuated. "
            "The chain plans to add one store a year."
        ),
        "2013-08-21",
        [],
    ),
    # "the coming weekend" is the first to come: this week's on a weekday.
    (
        "Protests are planned for the coming weekend.",
        "2012-09-12",
        [("the coming weekend", "DATE", "2012-W37-WE")],
    ),
    # "Labour Day" as international copy names May 1.
    (
        "Thousands marched on Wednesday, International Labour Day. Unions rallied on Labour Day.",
        "2013-05-02",
        [
            ("Wednesday", "DATE", "2013-05-01"),
            ("International Labour Day", "DATE", "2013-05-01"),
            ("Labour Day", "DATE", "2013-05-01"),
        ],
    ),
    # A US zone after "p.m." opens no sentence: the day after it keeps the clause's future.
    (
        "The vote will take place at 3 p.m. EDT (1900 GMT) on Friday.",
        "2013-05-02",
        [
            ("3 p.m. EDT", "TIME", "2013-05-03T15:00-04:00"),
            ("1900 GMT", "TIME", "2013-05-03T19:00Z"),
            ("Friday", "DATE", "2013-05-03"),
        ],
    ),
    # A timetable verb with what it is on: "votes on the budget on Friday".
    (
        "The minister was sacked on Monday. Parliament votes on the budget on Friday.",
        "2014-06-25",
        [("Monday", "DATE", "2014-06-23"), ("Friday", "DATE", "2014-06-27")],
    ),
    # "into the evening", as "into the night".
    (
        "Sporadic gunfire continued into the evening.",
        "2014-05-26",
        [("the evening", "TIME", "2014-05-26TEV")],
    ),
    # "the same period last year" after a month's figure is that month a year back.
    (
        "Exports in September rose 9.9 percent from the same period last year.",
        "2012-10-10",
        [("September", "DATE", "2012-09"), ("the same period last year", "DATE", "2011-09")],
    ),
    # A clock time after a background day a month or more back is on the report's day.
    (
        (
            "The prize was announced this morning. Nominations closed on February 1. Obama was "
            "woken at about 6 a.m. by the news."
        ),
        "2009-10-09",
        [
            ("this morning", "TIME", "2009-10-09TMO"),
            ("February 1", "DATE", "2009-02-01"),
            ("about 6 a.m.", "TIME", "2009-10-09T06:00", "APPROX"),
        ],
    ),
    # What a market or a public waits for is still to come: "is waiting for Friday", "awaits Friday's ruling".
    (
        (
            "Everybody is waiting for Friday. Attention is turning to Friday's employment "
            "report. The company awaits Friday's ruling."
        ),
        "1989-11-02",
        [
            ("Friday", "DATE", "1989-11-03"),
            ("Friday", "DATE", "1989-11-03"),
            ("Friday", "DATE", "1989-11-03"),
        ],
    ),
    (
        "Attention now turns to Friday, when the Labor Department will release its report.",
        "1990-09-06",
        [("now", "DATE", "PRESENT_REF"), ("Friday", "DATE", "1990-09-07")],
    ),
    # A possibility: "could be posted on Saturday" (not "could be located Wednesday").
    (
        "Watches could be posted on Saturday. Neither man could be located on Thursday.",
        "1997-08-29",
        [("Saturday", "DATE", "1997-08-30"), ("Thursday", "DATE", "1997-08-28")],
    ),
    # A rule that takes effect at a market's hour on a day.
    (
        "The decision takes effect at the close of trading on Friday.",
        "1989-12-20",
        [("Friday", "DATE", "1989-12-22")],
    ),
    # "since Monday" after "last week" in its sentence: this week's Monday.
    (
        "The Bundesbank intervened twice last week, but not since Monday.",
        "1990-09-06",
        [("last week", "DATE", "1990-W35"), ("Monday", "DATE", "1990-09-03")],
    ),
    # A figure compared with a year earlier after a month: "from $3.54 billion a year earlier",
    # "the year-ago period".
    (
        "The surplus narrowed in May to $3.1 billion from $3.54 billion a year earlier.",
        "1990-06-28",
        [("May", "DATE", "1990-05"), ("a year earlier", "DATE", "1989-05")],
    ),
    (
        "Sales in the first 10 days of April rose 6.5% from the year-ago period.",
        "1990-04-12",
        [
            ("the first 10 days", "DURATION", "P10D"),
            ("April", "DATE", "1990-04"),
            ("the year-ago period", "DATE", "1989-04"),
        ],
    ),
    # A figure a forecast follows is gone by: "following a gain of 209,000 in September".
    (
        (
            "Economists expect the report to show a gain of 125,000 jobs, following a gain of "
            "209,000 in September."
        ),
        "1989-11-02",
        [("September", "DATE", "1989-09")],
    ),
    # A month's figures are out after the month: "its report on August employment" (not a forecast of them).
    (
        (
            "The Labor Department will release its report on August employment on Friday. "
            "Analysts expect December sales to rise sharply."
        ),
        "1990-09-06",
        [("August", "DATE", "1990-08"), ("Friday", "DATE", "1990-09-07"), ("December", "DATE", "1990-12")],
    ),
    # A month in the clause a past year opens, or after "before the": that year's.
    (
        "Its shares traded as high as $17 in mid-1987, before the October crash.",
        "1989-06-13",
        [("mid-1987", "DATE", "1987", "MID"), ("October", "DATE", "1987-10")],
    ),
    (
        (
            "The company grew quickly, and in 1992 it moved to Ohio in March. It lost money in "
            "1998 and expects a profit in March."
        ),
        "2000-07-14",
        [
            ("1992", "DATE", "1992"),
            ("March", "DATE", "1992-03"),
            ("1998", "DATE", "1998"),
            ("March", "DATE", "2001-03"),
        ],
    ),
    # "the decade" after a year its sentence named.
    (
        (
            "In 1961, Kennedy gave us until the end of the decade. The plant will close by the "
            "end of the decade."
        ),
        "2000-07-14",
        [
            ("1961", "DATE", "1961"),
            ("the end of the decade", "DATE", "196", "END"),
            ("the end of the decade", "DATE", "200", "END"),
        ],
    ),
    # A habit in the present passive: "are usually paid in January".
    (
        "The bonuses are usually paid in January and February.",
        "1998-12-29",
        [("January", "DATE", "XXXX-01"), ("February", "DATE", "XXXX-02")],
    ),
    # "three weeks left": what remains, no past.
    (
        "There are less than three weeks left before Election Day.",
        "2000-10-19",
        [("less than three weeks", "DURATION", "P3W", "LESS_THAN"), ("Election Day", "DATE", "2000-11-07")],
    ),
    # Two counts joined by "or" are two lengths, as the corpora split them.
    (
        "It will take five or six years. The vote was five or six days ago.",
        "1998-09-22",
        [
            ("five", "DURATION", "P5Y"),
            ("six years", "DURATION", "P6Y"),
            ("six days ago", "DATE", "1998-09-16"),
        ],
    ),
    # "the past half-decade"; "reflected decades of neglect".
    (
        "Sales rose over the past half-decade. The fires reflected decades of neglect.",
        "1998-09-22",
        [("the past half-decade", "DURATION", "P5Y"), ("decades", "DURATION", "PXY")],
    ),
    # A news programme's title is no night: "ABC WORLD NEWS TONIGHT".
    (
        "ABC WORLD NEWS TONIGHT with Peter Jennings. More news tonight from Washington.",
        "1998-03-11",
        [("tonight", "TIME", "1998-03-11TNI")],
    ),
    # A half or a quarter "of calendar 1989".
    (
        "Sales in the first half of calendar 1989 rose. Profit in the third quarter of calendar 1989 fell.",
        "1990-03-11",
        [
            ("the first half of calendar 1989", "DATE", "1989-H1"),
            ("the third quarter of calendar 1989", "DATE", "1989-Q3"),
        ],
    ),
    # "Saturday into the night": the night of the day its sentence names.
    (
        "Rescuers worked Saturday into the night. Firefighters battled another blaze through the night.",
        "1999-07-17",
        [
            ("Saturday", "DATE", "1999-07-17"),
            ("the night", "TIME", "1999-07-17TNI"),
            ("the night", "TIME", "1999-07-16TNI"),
        ],
    ),
    # A forecast for where it falls: "was expected in the region on Friday".
    (
        "More rain was expected in the region on Friday.",
        "1998-11-05",
        [("Friday", "DATE", "1998-11-06")],
    ),
    # A preposition's "to" at the end of its clause is no plan: "agreed to in October".
    (
        "The cease-fire agreed to in October collapsed.",
        "1998-06-04",
        [("October", "DATE", "1997-10")],
    ),
    # After "who" or "which", "proposed" is the clause's past verb.
    (
        "Brady, who proposed the overhaul in February, praised the bill.",
        "1991-09-20",
        [("February", "DATE", "1991-02")],
    ),
    # "the year" after a year a length stood between: "in 1989, most of it in the final three
    # months of the year".
    (
        "Bank of New England lost $1.1 billion in 1989, most of it in the final three months of the year.",
        "1990-05-16",
        [
            ("1989", "DATE", "1989"),
            ("the final three months", "DURATION", "P3M"),
            ("the year", "DATE", "1989"),
        ],
    ),
    # A rate, then what it measures: "500,000 barrels a day of crude".
    (
        "Iraq pumps 500,000 barrels a day of crude.",
        "1990-05-16",
        [],
    ),
    # Ranks of a company's moves: "the 12th dividend increase".
    (
        "It was the company's 12th dividend increase. The vote will be held on the 22nd.",
        "1990-10-16",
        [("the 22nd", "DATE", "1990-10-22")],
    ),
    # A clock time without its day after a sentence whose news came after an earlier day: the news's day.
    (
        (
            "The government shut down on Tuesday after talks collapsed late Monday. Agencies "
            "sent most workers home by midday."
        ),
        "2013-10-02",
        [
            ("Tuesday", "DATE", "2013-10-01"),
            ("late Monday", "DATE", "2013-09-30", "END"),
            ("midday", "TIME", "2013-10-01T12:00"),
        ],
    ),
    (
        "Stocks soared yesterday after falling on Wednesday. By 9:45 a.m., the Dow was up 80 points.",
        "1991-01-18",
        [
            ("yesterday", "DATE", "1991-01-17"),
            ("Wednesday", "DATE", "1991-01-16"),
            ("9:45 a.m.", "TIME", "1991-01-17T09:45"),
        ],
    ),
    # A second participle that "and" joins to one after "will be" keeps the modal's time.
    (
        "The library will be torn out and rebuilt over the summer.",
        "1999-05-20",
        [("the summer", "DATE", "1999-SU")],
    ),
    # "the following weekend" is the first after the day the story is at.
    (
        "Camp ends on Monday, March 25. The team plays two games the following weekend.",
        "2013-03-15",
        [("Monday, March 25", "DATE", "2013-03-25"), ("the following weekend", "DATE", "2013-W13-WE")],
    ),
    # A fixture a clause in the present is bound for is still to come.
    (
        (
            "Fans are arriving in New Jersey for Sunday's Super Bowl. Fans are still celebrating "
            "after Sunday's game."
        ),
        "2014-01-27",
        [("Sunday", "DATE", "2014-02-02"), ("Sunday", "DATE", "2014-01-26")],
    ),
    # A rate since a year: "3.2 percent a year since 1992".
    (
        "The economy grew an average of 3.2 percent a year since 1992.",
        "1999-10-29",
        [("1992", "DATE", "1992")],
    ),
    # A weather line without a verb is a forecast: "Showers on Saturday, clearing by Sunday afternoon".
    (
        "Showers on Saturday, clearing by Sunday afternoon. Rain fell on Saturday.",
        "1998-10-14",
        [
            ("Saturday", "DATE", "1998-10-17"),
            ("Sunday afternoon", "TIME", "1998-10-18TAF"),
            ("Saturday", "DATE", "1998-10-10"),
        ],
    ),
    # A condition on a deadline looks ahead: "If no deal is reached by Thursday".
    (
        "If no deal is reached by Thursday, the government will fall.",
        "2012-05-14",
        [("Thursday", "DATE", "2012-05-17")],
    ),
    # "called for him": a race called, no call for what is to come.
    (
        "Ohio, which networks called for him on Tuesday, was decisive.",
        "2012-11-07",
        [("Tuesday", "DATE", "2012-11-06")],
    ),
    # A month's figures a department issues are the last month's; a count of votes is no timetable.
    (
        "The Commerce Department will issue May housing starts on Monday.",
        "1991-06-14",
        [("May", "DATE", "1991-05"), ("Monday", "DATE", "1991-06-17")],
    ),
    (
        "The measure passed the House by two votes on Thursday and the Senate on Friday.",
        "1993-08-10",
        [("Thursday", "DATE", "1993-08-05"), ("Friday", "DATE", "1993-08-06")],
    ),
    # A film that "goes into theaters on Friday".
    (
        "The film goes into theaters on Friday.",
        "2012-05-21",
        [("Friday", "DATE", "2012-05-25")],
    ),
    # A clock time after "tonight" in its sentence is the evening's.
    (
        (
            "Watch the evening news tonight and Nightline at 11:35. Tonight the president speaks "
            "at 9 o'clock Eastern time."
        ),
        "1998-03-05",
        [
            ("tonight", "TIME", "1998-03-05TNI"),
            ("11:35", "TIME", "1998-03-05T23:35"),
            ("Tonight", "TIME", "1998-03-05TNI"),
            ("9 o'clock Eastern time", "TIME", "1998-03-05T21:00-05:00"),
        ],
    ),
    # What is being held, with its object, and what "lands": timetables.
    (
        "The company is holding a meeting on Friday. The shuttle lands on Saturday.",
        "1998-03-05",
        [("Friday", "DATE", "1998-03-06"), ("Saturday", "DATE", "1998-03-07")],
    ),
    # The Eastern hour a second zone's restates: "at 10, 9 Central".
    (
        "We'll have a special report at 10, 9 Central.",
        "1998-12-17",
        [("10", "TIME", "1998-12-17T22:00"), ("9 Central", "TIME", "1998-12-17T21:00-06:00")],
    ),
    # What is ordered shut until a day lasts to a day to come.
    (
        "Schools were ordered closed until Sunday.",
        "2014-05-23",
        [("Sunday", "DATE", "2014-05-25")],
    ),
    # "since" tells of the time after it, not of a day before it in its sentence.
    (
        "Clinton will give a news conference on Friday afternoon, his first since January 12.",
        "1998-02-26",
        [("Friday afternoon", "TIME", "1998-02-27TAF"), ("January 12", "DATE", "1998-01-12")],
    ),
    # A date set for a trial, as its noun's adjective, is still to come.
    (
        "The judge set a Jan. 18 trial date for a man accused of fraud.",
        "1999-11-08",
        [("Jan. 18", "DATE", "2000-01-18")],
    ),
    # A day that is the subject of what was said, before its own "would": that verb's time.
    (
        (
            "Analysts said January would be critical. He said Monday would be his last day. He "
            "said Monday he would resign."
        ),
        "1996-12-03",
        [("January", "DATE", "1997-01"), ("Monday", "DATE", "1996-12-09"), ("Monday", "DATE", "1996-12-02")],
    ),
    # A weekday next to a holiday kept on a weekday: "the Friday after Thanksgiving".
    (
        "Sales rose on the Friday after Thanksgiving.",
        "1998-12-10",
        [("the Friday after Thanksgiving", "DATE", "1998-11-27")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_14(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
