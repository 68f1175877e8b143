"""A twenty-fourth probe of news: agency wires of 2012-2014, US and European domestic wires of
2013, AQUAINT-like follow-up stories of 1998-2000, a TimeBank-like mix, broadcast transcripts and
Wall Street Journal business copy (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A length with a determiner of its own is a second length ("a rough couple of years, and the next
  six months"), and ", and" opens a clause of its own ("three years, and six months later").
- "would not run in mid-November" is a coming month, as "would not play on Tuesday" is a coming
  day; "unless Iraq withdraws from Kuwait by Jan. 15" is a condition still to be met; a report
  that names a day of a month again ("the Jan. 15 deadline") means the day it named first.
- "for months to come" is the time to come, as "for years to come" is; "need weeks of
  treatment", "ends months of speculation", "after months without a sighting" are lengths.
- Not tagged: "18 minutes past the hour" (a broadcast's clock), "the 50s" after "Temperatures
  ..." (a band of the weather), "the 24th major storm" (a rank).
- "a half-hour after the statement" keeps its article; "the budget for the next fiscal year" is
  that year; "concluded at the time that it posed no danger" is the time then; "open two hours
  late on Friday" leaves "late" to the verb.
- A clock above a blank line is no clock of the heading below it; "this weekend" said on a Friday
  with a past verb is the weekend about to begin; a convention "in late August", a vote "at the
  end of September" are still to come; so is a release calendar's "reports jobless claims on
  Thursday" and "begins a tour of rallies on Tuesday".
- "declined to predict results for the fourth quarter" forecasts that quarter, so "the latest
  quarter" is the one closed; "in 4 p.m. composite trading ... yesterday" is yesterday's clock;
  "went on until dawn" after an afternoon's clock is the next dawn; a morning's clock told in the
  past after an evening ("arrived Tuesday evening. The talks began at about 9 a.m.") is the next
  morning; "a 2.5% gain in August and a 3.8% increase a year earlier" compares August; the day a
  figure is compared with ("fell to 9.08% from 9.15% late Monday") is no day the report moves to.
- "in the fourth" after "the third quarter" is the fourth quarter; the days a look at the week
  ahead heads are the days to come.
- "AAA expects 34.8 million Americans to travel ... over the holiday weekend" looks ahead; "Games
  4 and 5 are also in San Antonio, on Thursday and Sunday" is a schedule; a day in a relative
  clause told in the past ("A storm that dumped a foot of snow on Ohio on Tuesday is expected to
  ...") is gone by, whatever the main clause after it says; a morning told in the pluperfect after
  a late hour ("reached late Thursday. Leaders had been meeting since early morning") is that
  day's.
- A second round: "by the end of the day Thursday" is that Thursday's end; "waiting for Thursday's
  report" looks ahead; "since late September" is gone by, whatever "would" says; a "when" clause
  after a year tells of that year ("since 1994, when thousands of Cubans fled in a single
  summer"); a bare weekday a week after a day the report has named on that weekday is that day
  ("on Oct. 13 ... Friday's sharp drop", written on Friday the 20th); the days and the quarter of
  the figures a forecast comes "after" are gone by; "would not require jurors to work on
  Saturday" looks ahead; "24 hours ago" is the day before; "had months to prepare" is a length.
- A third round: "earlier Friday" after "last Friday" is the report's Friday; "in morning trading"
  is a session's part of the day, the report's own when the day told last is weeks back ("the
  Christmas season"); "finished the month", "grew 6 percent in the month" (after a month named)
  are that month; "Saturday's quake" that a report's sources speak of is the report's Saturday,
  though the sentence before told a quake of 2008; "for days and weeks" is one vague length; a
  coordinate clause with its own subject ("and he will do the same on Monday") tells its own time;
  "would not sit during the week of Thanksgiving", "was possible Friday night" look ahead; a live
  page's entry stamped "10:02 a.m.:" is on the page's day; "October 27. 10 banks" ends its
  sentence at the date; "NewsRadio 1040", "Form 1040" are no years; "goes back decades" is a
  length; "begin half an hour early tomorrow" leaves "early" to the verb.
- A fourth round: "a go-around two seconds before" is no approximation; "40-mile-an-hour" is a
  speed; "60 legislative days" is a length; "the distant future" is the time to come; "on Tuesday,
  a day that could settle the nomination" names the day, no length; "The Fed ends its meeting on
  Tuesday" is a schedule; "Inventories for September" are gone by; the "am" of "11:30 am" is no
  verb, so "is due to start at 11:30 am (1030 GMT) on Wednesday" looks ahead; "I am leaving on
  Wednesday" is a plan.
- A fifth round: a bare weekday a week after a date the report named on it is that week's
  ("accepted the plan on June 3. NATO suspended its air strikes on Thursday"); "twice a day" is a
  rate; "equalized in the 29th" is a match's minute; "49 court days" is a length; "awaited
  Friday's report" looks ahead; "looking at weeks or months" is a length.
- A sixth round: "South Africa open the tournament on Saturday" is a fixture to come.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "They've had a rough couple of years, and the next six months don't look much better.",
        "1989-10-26",
        [("couple of years", "DURATION", "P2Y", "APPROX"), ("the next six months", "DURATION", "P6M")],
    ),
    (
        "The talks lasted three years, and six months later he quit.",
        "1989-10-26",
        # (With no date told before it to count from, "six months later" is the count alone, a
        # length, as "three days later" is in news; not six months after the DCT.)
        [("three years", "DURATION", "P3Y"), ("six months", "DURATION", "P6M")],
    ),
    (
        "Salmond said he would not run in mid-November.",
        "2014-09-19",
        [("mid-November", "DATE", "2014-11", "MID")],
    ),
    (
        "Officials warned that American forces will stay in the Gulf for months to come.",
        "1998-03-01",
        [("months to come", "DATE", "FUTURE_REF")],
    ),
    (
        "Some will need weeks of treatment. The appointment ends months of speculation.",
        "2013-07-09",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    (
        "Authorities had scaled back the search after months without a sighting.",
        "1998-07-14",
        [("months", "DURATION", "PXM")],
    ),
    (
        "Thanks for joining us. It's 18 minutes past the hour.",
        "1998-02-24",
        [],
    ),
    (
        "The conference starts a half-hour after the statement is released.",
        "2013-06-17",
        [("a half-hour", "DURATION", "PT30M")],
    ),
    (
        "A committee voted to cut the budget for the next fiscal year.",
        "2015-05-14",
        [("the next fiscal year", "DATE", "2016")],
    ),
    (
        "Temperatures in New York and Boston are expected to stay in the 50s through Monday.",
        "2013-05-24",
        [("Monday", "DATE", "2013-05-27")],
    ),
    (
        "It is the 24th major storm of the season.",
        "2013-11-11",
        [],
    ),
    (
        "Engineers concluded at the time that it posed no danger.",
        "2003-02-03",
        [("the time", "DATE", "PAST_REF")],
    ),
    (
        "State offices will open two hours late on Friday.",
        "1998-03-12",
        [("two hours", "DURATION", "PT2H"), ("Friday", "DATE", "1998-03-13")],
    ),
    (
        "The Fed releases its report on industrial production at 9:15 a.m.\n\nTUESDAY\n\nPolicymakers "
        "begin a two-day meeting.",
        "2013-12-13",
        [
            ("9:15 a.m.", "TIME", "2013-12-13T09:15"),
            ("TUESDAY", "DATE", "2013-12-10"),
            ("two-day", "DURATION", "P2D"),
        ],
    ),
    (
        "Both campaigns canceled events here this weekend.",
        "2004-09-24",
        [("this weekend", "DATE", "2004-W39-WE")],
    ),
    (
        "The convention is in late August, and the vote is at the end of September.",
        "2012-01-29",
        [("late August", "DATE", "2012-08", "END"), ("the end of September", "DATE", "2012-09", "END")],
    ),
    (
        "The Labor Department reports jobless claims on Thursday. Merkel begins a tour of rallies on "
        "Tuesday.",
        "2013-06-17",
        [("Thursday", "DATE", "2013-06-20"), ("Tuesday", "DATE", "2013-06-18")],
    ),
    (
        "He declined to predict results for the fourth quarter. The company took a pretax charge in the "
        "latest quarter.",
        "1989-10-26",
        [("the fourth quarter", "DATE", "1989-Q4"), ("the latest quarter", "DATE", "1989-Q3")],
    ),
    (
        "Midland was valued on its closing price Tuesday. Its stock jumped to $38.10 in 4 p.m. composite "
        "trading on the New York Stock Exchange yesterday.",
        "2005-02-03",
        [
            ("Tuesday", "DATE", "2005-02-01"),
            ("4 p.m.", "TIME", "2005-02-02T16:00"),
            ("yesterday", "DATE", "2005-02-02"),
        ],
    ),
    (
        "The deadline expired at 4:30 p.m. Wednesday. Celebrations went on until dawn in Tahrir Square.",
        "2013-07-04",
        [("4:30 p.m. Wednesday", "TIME", "2013-07-03T16:30"), ("dawn", "TIME", "2013-07-04TMO")],
    ),
    (
        "Negotiators held talks with the hijackers on Wednesday. The team arrived Tuesday evening. The "
        "talks began at about 9 a.m. and resumed in the afternoon.",
        "1999-12-29",
        [
            ("Wednesday", "DATE", "1999-12-29"),
            ("Tuesday evening", "TIME", "1999-12-28TEV"),
            ("about 9 a.m.", "TIME", "1999-12-29T09:00", "APPROX"),
            ("the afternoon", "TIME", "1999-12-29TAF"),
        ],
    ),
    (
        "Same-store sales fell 1.2% last month. That compared with a 2.5% gain in August and a 3.8% "
        "increase a year earlier.",
        "2008-10-10",
        [
            ("last month", "DATE", "2008-09"),
            ("August", "DATE", "2008-08"),
            ("a year earlier", "DATE", "2007-08"),
        ],
    ),
    (
        "The council voted to authorize force unless Iraq withdraws from Kuwait by Jan. 15.",
        "1990-11-29",
        [("Jan. 15", "DATE", "1991-01-15")],
    ),
    (
        "Iraq must leave Kuwait by Jan. 15. Diplomats said the Jan. 15 deadline was a compromise.",
        "1990-11-29",
        [("Jan. 15", "DATE", "1991-01-15"), ("Jan. 15", "DATE", "1991-01-15")],
    ),
    (
        "The economy shrank in the third quarter and will shrink again in the fourth.",
        "2008-10-15",
        [("the third quarter", "DATE", "2008-Q3"), ("the fourth", "DATE", "2008-Q4")],
    ),
    (
        "Its auction business is conducted in the second and fourth quarters.",
        "1989-11-01",
        [("second", "DATE", "1989-Q2"), ("fourth quarters", "DATE", "1989-Q4")],
    ),
    (
        "Here is a look at the week ahead in Washington.\n\nMONDAY\n\nThe Senate is not in "
        "session.\n\nTHURSDAY\n\nExisting home sales are released at 10 a.m.",
        "2013-12-13",
        [
            ("the week ahead", "DATE", "2013-W51"),
            ("MONDAY", "DATE", "2013-12-16"),
            ("THURSDAY", "DATE", "2013-12-19"),
            ("10 a.m.", "TIME", "2013-12-19T10:00"),
        ],
    ),
    (
        "Stock prices rose modestly yesterday. The bond's yield fell to 9.08% from 9.15% late Monday. "
        "In the afternoon, the average briefly slipped shortly after 3 p.m.",
        "1989-04-12",
        [
            ("yesterday", "DATE", "1989-04-11"),
            ("late Monday", "DATE", "1989-04-10", "END"),
            ("the afternoon", "TIME", "1989-04-11TAF"),
            ("3 p.m.", "TIME", "1989-04-11T15:00"),
        ],
    ),
    (
        "AAA expects 34.8 million Americans to travel 50 miles or more over the holiday weekend.",
        "2013-05-24",
        [("the holiday weekend", "DATE", "2013-W21-WE")],
    ),
    (
        "Games 4 and 5 are also in San Antonio, on Thursday and Sunday.",
        "2013-06-11",
        [("Thursday", "DATE", "2013-06-13"), ("Sunday", "DATE", "2013-06-16")],
    ),
    (
        "A storm that dumped a foot of snow on Ohio on Tuesday is expected to reach New England late "
        "Saturday.",
        "2013-12-13",
        [("Tuesday", "DATE", "2013-12-10"), ("late Saturday", "DATE", "2013-12-14", "END")],
    ),
    (
        "The deal was reached late Thursday. Leaders had been meeting since early morning.",
        "2011-07-22",
        [("late Thursday", "DATE", "2011-07-21", "END"), ("early morning", "TIME", "2011-07-21TMO", "START")],
    ),
    (
        "Officials say the recount should be finished by the end of the day Thursday.",
        "2000-11-08",
        [("the end of the day Thursday", "DATE", "2000-11-09", "END")],
    ),
    (
        "Investors are now waiting for Thursday's report on consumer prices.",
        "1998-02-17",
        [("now", "DATE", "PRESENT_REF"), ("Thursday", "DATE", "1998-02-19")],
    ),
    (
        "A cut would be the third since late September.",
        "1998-10-29",
        [("late September", "DATE", "1998-09", "END")],
    ),
    (
        "It was the worst crisis since 1994, when thousands of Cubans fled in a single summer.",
        "2000-01-05",
        [("1994", "DATE", "1994"), ("summer", "DATE", "1994-SU")],
    ),
    (
        "The Dow plunged 190.58 points on Oct. 13. Several firms said they would stop index arbitrage, a "
        "strategy that critics blame for Friday's sharp drop.",
        "1989-10-20",
        [("Oct. 13", "DATE", "1989-10-13"), ("Friday", "DATE", "1989-10-13")],
    ),
    (
        "Economists expect another rate cut after reductions on Sept. 29 and Oct. 15.",
        "1998-10-28",
        [("Sept. 29", "DATE", "1998-09-29"), ("Oct. 15", "DATE", "1998-10-15")],
    ),
    (
        "Growth is forecast at 3.2 percent after 4.1 percent in the third quarter.",
        "2014-01-24",
        [("the third quarter", "DATE", "2013-Q3")],
    ),
    (
        "She would not require jurors to work on Saturday.",
        "1997-03-04",
        [("Saturday", "DATE", "1997-03-08")],
    ),
    (
        "Allied aircraft began striking Baghdad 24 hours ago. The Iraqis had months to prepare their "
        "defenses.",
        "1991-01-17",
        [("24 hours ago", "TIME", "1991-01-16TXX"), ("months", "DURATION", "PXM")],
    ),
    (
        "Congress passed the package last Friday. Japan's Nikkei index plunged 9.6% earlier Friday.",
        "2008-10-10",
        [("last Friday", "DATE", "2008-10-03"), ("Friday", "DATE", "2008-10-10")],
    ),
    (
        "Stocks rose in morning trading.",
        "1998-01-29",
        [("morning", "TIME", "1998-01-29TMO")],
    ),
    (
        "The Dow finished the month down 11.1 percent.",
        "2001-09-28",
        [("the month", "DATE", "2001-09")],
    ),
    (
        "The fault caused the Wenchuan earthquake on May 12, 2008. Officials said most of the new "
        "schools had withstood Saturday's quake.",
        "2013-04-21",
        [("May 12, 2008", "DATE", "2008-05-12"), ("Saturday", "DATE", "2013-04-20")],
    ),
    (
        '"We will stay in the squares for days and weeks if necessary," a spokesman said.',
        "2013-07-04",
        [("days and weeks", "DURATION", "PXD", "APPROX")],
    ),
    (
        "In December alone, exports jumped 14.1 percent from a year earlier. Imports grew 6 percent in "
        "the month.",
        "2013-01-11",
        [
            ("December", "DATE", "2012-12"),
            ("a year earlier", "DATE", "2011-12"),
            ("the month", "DATE", "2012-12"),
        ],
    ),
    (
        "He answered every question on Tuesday and he will do the same on Monday.",
        "1999-11-10",
        [("Tuesday", "DATE", "1999-11-09"), ("Monday", "DATE", "1999-11-15")],
    ),
    (
        "He said he would not sit during the week of Thanksgiving. Forecasters said more rain was "
        "possible Friday night.",
        "1999-11-10",
        [("the week of Thanksgiving", "DATE", "1999-W47"), ("Friday night", "TIME", "1999-11-12TNI")],
    ),
    (
        "The Dow fell yesterday. Traders expect more losses on Friday.\n\n10:02 a.m.: Stocks opened "
        "lower.\n\n10:45 a.m.: The Dow is down 200 points.",
        "2008-10-07",
        [
            ("yesterday", "DATE", "2008-10-06"),
            ("Friday", "DATE", "2008-10-10"),
            ("10:02 a.m.", "TIME", "2008-10-07T10:02"),
            ("10:45 a.m.", "TIME", "2008-10-07T10:45"),
        ],
    ),
    (
        "The program begins on October 27. 10 banks have joined.",
        "2008-10-07",
        [("October 27", "DATE", "2008-10-27")],
    ),
    (
        "Stay tuned to KVLR NewsRadio 1040 for updates. Taxpayers must file Form 1040 by April 15.",
        "1999-12-31",
        [("April 15", "DATE", "2000-04-15")],
    ),
    (
        "The rivalry between the two stations goes back decades.",
        "1999-12-31",
        [("decades", "DURATION", "PXY")],
    ),
    (
        "Play will begin half an hour early tomorrow.",
        "2013-12-18",
        [("half an hour", "DURATION", "PT30M"), ("tomorrow", "DATE", "2013-12-19")],
    ),
    (
        "Demand slowed during the Christmas season. The shares fell in early afternoon trading.",
        "1998-01-29",
        [("Christmas", "DATE", "1997-12-25"), ("early afternoon", "TIME", "1998-01-29TAF", "START")],
    ),
    (
        "The crew called for a go-around two seconds before impact.",
        "2013-07-09",
        [("two seconds", "DURATION", "PT2S")],
    ),
    (
        "Winds of 40-mile-an-hour tore roofs off.",
        "2006-05-03",
        [],
    ),
    (
        "Congress has about 60 legislative days left before the election.",
        "2006-05-03",
        [("60 legislative days", "DURATION", "P60D", "APPROX")],
    ),
    (
        "Nobody expects a cure in the distant future.",
        "2006-05-03",
        [("the distant future", "DATE", "FUTURE_REF")],
    ),
    (
        "Voters go to the polls on Tuesday, a day that could settle the nomination.",
        "2000-03-03",
        [("Tuesday", "DATE", "2000-03-07")],
    ),
    (
        "The Fed ends its meeting on Tuesday. Inventories for September will be released Thursday.",
        "2013-10-28",
        [
            ("Tuesday", "DATE", "2013-10-29"),
            ("September", "DATE", "2013-09"),
            ("Thursday", "DATE", "2013-10-31"),
        ],
    ),
    (
        "The vote is due to start at 11:30 am (1030 GMT) on Wednesday.",
        "2013-03-22",
        [
            ("11:30 am", "TIME", "2013-03-27T11:30"),
            ("1030 GMT", "TIME", "2013-03-27T10:30Z"),
            ("Wednesday", "DATE", "2013-03-27"),
        ],
    ),
    (
        '"I am leaving on Wednesday," he said.',
        "2013-03-22",
        [("Wednesday", "DATE", "2013-03-27")],
    ),
    (
        "Milosevic accepted the plan on June 3. NATO suspended its air strikes on Thursday.",
        "1999-06-12",
        [("June 3", "DATE", "1999-06-03"), ("Thursday", "DATE", "1999-06-10")],
    ),
    (
        "Doses are given twice a day. Messi equalized in the 29th. The trial lasted 49 court days.",
        "2014-03-08",
        [("twice a day", "SET", "P1D", None, {"freq": "2X"}), ("49 court days", "DURATION", "P49D")],
    ),
    (
        "Investors awaited Friday's report on jobs.",
        "1990-02-07",
        [("Friday", "DATE", "1990-02-09")],
    ),
    (
        "Officials said they were looking at weeks or months.",
        "2013-03-22",
        [("weeks or months", "DURATION", "PXW", "APPROX")],
    ),
    (
        "South Africa open the tournament on Saturday against Cape Verde.",
        "2013-01-17",
        [("Saturday", "DATE", "2013-01-19")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_24(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
