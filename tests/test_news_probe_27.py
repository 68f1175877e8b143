"""A twenty-seventh probe of news: agency wires of 2012-2014, British online news, CNN web stories
and transcripts, Wall Street Journal business copy, news features that mix the story with its
background, and a TimeBank-like mix (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A day only a condition brings ("If no candidate wins, a runoff will be held on June 15") is no
  day the timetable after it is for; a weekday set after a clock time and its day ("shortly before
  2 a.m. on Oct. 19, a Sunday,") is that day; "polls released this week" dates the polls, whatever
  the modal of the main clause; a clause a conjunction fronts ("As China prepares to celebrate ...
  on Friday, officials are looking back") tells its own time; a count between ("Three weeks later,
  on April 9") leaves the story in the year it told; "I do not see a turnaround until the spring"
  looks ahead; "is warning Americans to be careful through the weekend" and "Stay with us
  throughout the afternoon" speak of what is to come; "four months before the November election"
  is the nearest November; "a deal expected to close by midyear" is ahead, and "later than
  forecast in December" behind; "from May to August" after "In 1976" stays in 1976; "later that
  night" keeps "later".
- No time: "A night clerk", "its monthly jobs report", "The previous July record".
- A second round: "forecasts of dry weather over the weekend" are of what is to come; "had set a
  deadline of Jan. 14" is a deadline gone by, "faces a deadline on Thursday" one ahead; a phrase a
  preposition fronts ("Under the accord signed in Washington on October 23, Israel is to pull
  out") tells its own time; "after 98 deaths the previous day" is a figure compared with, no day
  the report moves to, nor is "an email sent on 3 May 2009"; "the anniversary, which falls on
  Sunday" is the coming Sunday whatever week the main clause names; "The cuts due to start on
  Friday" are ahead; "storms were possible across Kansas on Wednesday" is forecast; "through the
  night using flares" is the night; "beaten by Germany on Monday" is an aside told in the past;
  "eight second-round games" holds no seconds.
- A third round: "still months behind" is a length; "overnight on Aug. 13, 1961" is that day's
  night; "indicted him that September on 23 counts" keeps "that"; "for several days earlier this
  month" is two timexes; "at 1500 Moscow time" is a clock, no year; "in the second" after "the
  third quarter" is the second quarter, across the decimal points between; the day a state began
  ("since it was introduced on Jan. 1, 1999") is no day the report's weekday is near; "a year
  earlier" after "its highest level since September 1987" compares the month reported, not that
  one.
- A fourth round: a timetable's present with its object ("The court begins its recess
  Thursday", "Denver opens at home Sunday night") is ahead; "In the United States, Friday marks 50
  years since" is ahead as "Friday marks" is; "Overnight its winds reached" is the night; a
  region set off by commas ("signed in Kumanovo, Macedonia, on Wednesday,") stays in the clause
  fronted; "an end-of-year deadline" is the year's end; "averaged more than 400,000 a week since
  mid-November" is a rate; "expects continued pressure" foresees; a year a figure is compared
  with ("Sales rose from $807 million in fiscal 1988") is no year the report moves to.
- A fifth round: "wouldn't begin ... until the spring" looks ahead as "would not" does; "won the
  caucus vote Monday night" is the night gone by ("caucus" is one); "these last few weeks" keeps
  its demonstrative; "on 11 September 2010, the day after police decided" restates the day;
  "Lisbon's 25 April bridge" names a bridge; "a warning has been issued for Friday" is ahead;
  "most recently in August" is behind; "open the playoffs against the Texas Rangers on Tuesday
  night" is ahead; "from its record high on Sept. 18" is no day later clocks fall on; "On 21
  January 35,000 shipyard workers" and "in November 1,200 dockers" are dates before counts.
- A sixth round: "its Monday print edition" is a paper of every Monday; "We'll have more on
  Monday's program" looks ahead to the broadcast; "has asked that the meeting be held in
  January" asks for what is to come; "near dusk" is an edge of the day.
- A seventh round: "through the night if necessary" is the night; "a week before the Nov. 6
  election" counts from the day the election is named by; a broadcast's sign-off line ("VOA News,
  1500 UTC.") stamps the DCT, whatever day the news before it told.
- An eighth round: "keep rates at present or lower levels" names no time; "4.3 million barrels a
  day before the invasion" is a rate.

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "Ukrainians vote on Sunday. If no candidate wins more than 50 percent, a runoff will be held on "
        "June 15. Polling stations open at 8 a.m. (0500 GMT) and close at 8 p.m., with first official "
        "results expected early Monday.",
        "2014-05-24",
        [
            ("Sunday", "DATE", "2014-05-25"),
            ("June 15", "DATE", "2014-06-15"),
            ("8 a.m.", "TIME", "2014-05-25T08:00"),
            ("0500 GMT", "TIME", "2014-05-25T05:00Z"),
            ("8 p.m.", "TIME", "2014-05-25T20:00"),
            ("early Monday", "DATE", "2014-05-26", "START"),
        ],
    ),
    (
        "Poroshenko could win outright, according to polls released this week.",
        "2014-05-24",
        [("this week", "DATE", "2014-W21")],
    ),
    (
        "A night clerk was shot. Two officers spent a night in the hospital.",
        "1998-06-11",
        [("a night", "DURATION", "P1D")],
    ),
    (
        "The clerk was killed shortly before 2 a.m. on Oct. 19, a Sunday, in what the police described "
        "as a robbery.",
        "1998-06-11",
        [("2 a.m. on Oct. 19", "TIME", "1997-10-19T02:00"), ("Sunday", "DATE", "1997-10-19")],
    ),
    (
        "The train left the tracks at 7:42 a.m. on March 15, 1999, a Monday, as it crossed a bridge.",
        "2000-02-11",
        [("7:42 a.m. on March 15, 1999", "TIME", "1999-03-15T07:42"), ("Monday", "DATE", "1999-03-15")],
    ),
    (
        "As China prepares to celebrate the 50th anniversary of the founding of the People's Republic on "
        "Friday, officials are looking back.",
        "1999-09-28",
        [("Friday", "DATE", "1999-10-01")],
    ),
    (
        "The war began on March 20, 2003. Three weeks later, on April 9, a crowd pulled down his statue. "
        "By May 1, Bush had declared an end to combat.",
        "2013-03-19",
        [
            ("March 20, 2003", "DATE", "2003-03-20"),
            ("Three weeks", "DURATION", "P3W"),
            ("April 9", "DATE", "2003-04-09"),
            ("May 1", "DATE", "2003-05-01"),
        ],
    ),
    (
        "I do not see a turnaround until the spring.",
        "1989-10-26",
        [("the spring", "DATE", "1990-SP")],
    ),
    (
        "The U.S. Labor Department will release its monthly jobs report next Friday.",
        "1990-11-30",
        [("next Friday", "DATE", "1990-12-07")],
    ),
    (
        "The State Department is warning Americans to be careful through the weekend.",
        "1998-08-20",
        [("the weekend", "DATE", "1998-W34-WE")],
    ),
    (
        "He spoke last night. Stay with us throughout the afternoon.",
        "1998-12-19",
        [("last night", "TIME", "1998-12-18TNI"), ("the afternoon", "TIME", "1998-12-19TAF")],
    ),
    (
        "The ruling came four months before the November election.",
        "2012-06-28",
        [("four months", "DURATION", "P4M"), ("November", "DATE", "2012-11")],
    ),
    (
        "Halvorsen said it had agreed to a deal expected to close by midyear.",
        "1990-03-19",
        [("midyear", "DATE", "1990", "MID")],
    ),
    (
        "The deficit will fall later than forecast in December.",
        "2013-03-20",
        [("December", "DATE", "2012-12")],
    ),
    (
        "The previous July record was set in 2006.",
        "2015-07-02",
        [("2006", "DATE", "2006")],
    ),
    (
        "In 1976 a drought lasted from May to August.",
        "2015-07-02",
        [("1976", "DATE", "1976"), ("May", "DATE", "1976-05"), ("August", "DATE", "1976-08")],
    ),
    (
        "Temperatures overnight had stayed above 20C in London.",
        "2015-07-02",
        [("overnight", "TIME", "2015-07-01TNI")],
    ),
    (
        "Police arrived on Tuesday. The suspect fled later that night.",
        "2008-06-14",
        [("Tuesday", "DATE", "2008-06-10"), ("later that night", "TIME", "2008-06-10TNI")],
    ),
    (
        "Traders cited forecasts of dry weather over the weekend.",
        "1990-10-19",
        [("the weekend", "DATE", "1990-W42-WE")],
    ),
    (
        "Officials had set a deadline of Jan. 14.",
        "2000-01-22",
        [("Jan. 14", "DATE", "2000-01-14")],
    ),
    (
        "Under the accord signed in Washington on October 23, Israel is to pull out of the West Bank.",
        "1998-11-27",
        [("October 23", "DATE", "1998-10-23")],
    ),
    (
        "At least 64 people were killed on Monday, after 98 deaths the previous day. Shelling resumed at "
        "dawn and continued into the afternoon.",
        "2012-07-09",
        [
            ("Monday", "DATE", "2012-07-09"),
            ("the previous day", "DATE", "2012-07-08"),
            ("dawn", "TIME", "2012-07-09TMO"),
            ("the afternoon", "TIME", "2012-07-09TAF"),
        ],
    ),
    (
        "The council will meet next week to mark the anniversary, which falls on Sunday.",
        "1998-11-27",
        [("next week", "DATE", "1998-W49"), ("Sunday", "DATE", "1998-11-29")],
    ),
    (
        "The cuts due to start on Friday are a big risk.",
        "2013-02-28",
        [("Friday", "DATE", "2013-03-01")],
    ),
    (
        "Forecasters said more severe storms were possible across the southern Plains on Wednesday and "
        "Thursday.",
        "2013-05-21",
        [("Wednesday", "DATE", "2013-05-22"), ("Thursday", "DATE", "2013-05-23")],
    ),
    (
        "Divers will continue searching through the night using flares.",
        "2014-04-16",
        [("the night", "TIME", "2014-04-16TNI")],
    ),
    (
        "The fire broke out shortly after 02:00 on 12 January 2011. A planning officer flagged the "
        "problem in an email sent on 3 May 2009. Firefighters arrived at 02:19 and the blaze was under "
        "control by dawn. The bodies were recovered later that morning.",
        "2012-11-29",
        [
            ("02:00 on 12 January 2011", "TIME", "2011-01-12T02:00"),
            ("3 May 2009", "DATE", "2009-05-03"),
            ("02:19", "TIME", "2011-01-12T02:19"),
            ("dawn", "TIME", "2011-01-12TMO"),
            ("later that morning", "TIME", "2011-01-12TMO"),
        ],
    ),
    (
        "The tournament continues today with eight second-round games.",
        "1998-03-15",
        [("today", "DATE", "1998-03-15")],
    ),
    (
        "In Washington, Congress faces a deadline on Thursday.",
        "1998-09-28",
        [("Thursday", "DATE", "1998-10-01")],
    ),
    (
        "The United States, beaten by Germany on Monday, meets Iran on Sunday in Lyon.",
        "1998-06-18",
        [("Monday", "DATE", "1998-06-15"), ("Sunday", "DATE", "1998-06-21")],
    ),
    (
        "We are still months behind, the plant manager said.",
        "1991-06-07",
        [("months", "DURATION", "PXM")],
    ),
    (
        "The wall went up overnight on Aug. 13, 1961.",
        "1999-11-09",
        [("overnight", "TIME", "1961-08-13TNI"), ("Aug. 13, 1961", "DATE", "1961-08-13")],
    ),
    (
        "In March 1997, agents searched his home. A federal grand jury indicted him that September on 23 "
        "counts.",
        "1998-10-26",
        [("March 1997", "DATE", "1997-03"), ("that September", "DATE", "1997-09")],
    ),
    (
        "Truckers blockaded refineries for several days earlier this month.",
        "2000-09-22",
        [("several days", "DURATION", "PXD"), ("earlier this month", "DATE", "2000-09", "START")],
    ),
    (
        "The RTS index was down 12 percent at 1500 Moscow time.",
        "1998-08-27",
        [("1500 Moscow time", "TIME", "1998-08-27T15:00")],
    ),
    (
        "Growth was 3.3 percent in the third quarter, up from 1.8 percent in the second.",
        "1998-11-17",
        [("the third quarter", "DATE", "1998-Q3"), ("the second", "DATE", "1998-Q2")],
    ),
    (
        "The euro has lost nearly 30 percent of its value since it was introduced on Jan. 1, 1999, and "
        "hit an all-time low of 84.40 cents on Wednesday.",
        "2000-09-22",
        [("Jan. 1, 1999", "DATE", "1999-01-01"), ("Wednesday", "DATE", "2000-09-20")],
    ),
    (
        "The unemployment rate rose to 6.2% last month, its highest level since September 1987 and up "
        "from 5.3% a year earlier.",
        "1991-02-06",
        [
            ("last month", "DATE", "1991-01"),
            ("September 1987", "DATE", "1987-09"),
            ("a year earlier", "DATE", "1990"),
        ],
    ),
    (
        "The court begins its recess Thursday and will return the first Monday in October.",
        "2013-06-26",
        [("Thursday", "DATE", "2013-06-27"), ("the first Monday in October", "DATE", "2013-10-07")],
    ),
    (
        "Denver opens at home Sunday night against Indianapolis.",
        "2014-09-04",
        [("Sunday night", "TIME", "2014-09-07TNI")],
    ),
    (
        "In the United States, Friday marks 50 years since the assassination of President John F. "
        "Kennedy in Dallas.",
        "2013-11-20",
        [("Friday", "DATE", "2013-11-22"), ("50 years", "DURATION", "P50Y")],
    ),
    (
        "Overnight its winds reached 180 miles an hour.",
        "1998-10-26",
        [("Overnight", "TIME", "1998-10-25TNI")],
    ),
    (
        "Under the agreement signed in Kumanovo, Macedonia, on Wednesday, Yugoslav forces must leave Kosovo.",
        "1999-06-12",
        [("Wednesday", "DATE", "1999-06-09")],
    ),
    (
        "Pacific nations missed an end-of-year deadline on Friday.",
        "2013-12-07",
        [("end-of-year", "DATE", "2013", "END"), ("Friday", "DATE", "2013-12-06")],
    ),
    (
        "Claims have averaged more than 400,000 a week since mid-November.",
        "1990-12-13",
        [("mid-November", "DATE", "1990-11", "MID")],
    ),
    (
        "Third-quarter net income fell. It expects continued pressure through the fourth quarter. Emery "
        "posted a loss in the latest quarter.",
        "1989-10-26",
        [
            ("Third-quarter", "DATE", "1989-Q3"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the latest quarter", "DATE", "1989-Q3"),
        ],
    ),
    (
        "Sales rose from $807 million in fiscal 1988. In the fiscal fourth quarter, the company earned "
        "$24.9 million, up from $21.3 million in the year-earlier period. Sales in the quarter rose 11%.",
        "1989-12-05",
        [
            ("fiscal 1988", "DATE", "1988"),
            ("the fiscal fourth quarter", "DATE", "1989-Q4"),
            ("the year-earlier period", "DATE", "1988-Q4"),
            ("the quarter", "DATE", "1989-Q4"),
        ],
    ),
    (
        "The agency wouldn't begin large auctions of real estate until the spring.",
        "1989-10-31",
        [("the spring", "DATE", "1990-SP")],
    ),
    (
        "Bush won the caucus vote Monday night.",
        "2000-01-25",
        [("Monday night", "TIME", "2000-01-24TNI")],
    ),
    (
        "He has campaigned hard these last few weeks.",
        "2000-01-25",
        [("these last few weeks", "DURATION", "PXW")],
    ),
    (
        "The court heard that Casburn had called the News of the World on 11 September 2010, the day "
        "after police decided not to reopen their investigation.",
        "2013-01-09",
        [("11 September 2010", "DATE", "2010-09-11"), ("the day after", "DATE", "2010-09-11")],
    ),
    (
        "Thousands marched across Lisbon's 25 April bridge on Saturday afternoon.",
        "2013-10-20",
        [("Saturday afternoon", "TIME", "2013-10-19TAF")],
    ),
    (
        "A yellow warning for wind has been issued for Friday.",
        "2014-02-12",
        [("Friday", "DATE", "2014-02-14")],
    ),
    (
        "The court has struck down cuts twice, most recently in August, and opposition parties said they "
        "would challenge the new measures.",
        "2013-10-20",
        [("August", "DATE", "2013-08")],
    ),
    (
        "They open the playoffs against the Texas Rangers on Tuesday night at Yankee Stadium.",
        "1998-09-28",
        [("Tuesday night", "TIME", "1998-09-29TNI")],
    ),
    (
        "The index is down 7 percent from its record high on Sept. 18. The selling started at 8:30 a.m., "
        "when the Commerce Department said retail sales fell.",
        "2014-10-15",
        [("Sept. 18", "DATE", "2014-09-18"), ("8:30 a.m.", "TIME", "2014-10-15T08:30")],
    ),
    (
        "On 21 January 35,000 shipyard workers walked out, and in November 1,200 dockers joined them.",
        "2011-03-01",
        [("21 January", "DATE", "2011-01-21"), ("November", "DATE", "2010-11")],
    ),
    (
        "Cuts hit its Monday print edition, the publisher said on Tuesday.",
        "2010-06-01",
        [("Tuesday", "DATE", "2010-06-01")],
    ),
    (
        "We'll have more on Monday's program.",
        "1998-02-20",
        [("Monday", "DATE", "1998-02-23")],
    ),
    (
        "The chairman has asked that the meeting be held in January.",
        "1989-11-20",
        [("January", "DATE", "1990-01")],
    ),
    (
        "The doctor was shot near dusk on Oct. 23.",
        "1998-11-20",
        [("dusk", "TIME", "1998-10-23TEV"), ("Oct. 23", "DATE", "1998-10-23")],
    ),
    (
        "Crews will work through the night if necessary.",
        "2012-10-30",
        [("the night", "TIME", "2012-10-30TNI")],
    ),
    (
        "Obama suspended campaigning a week before the Nov. 6 election.",
        "2012-10-31",
        [("a week before the Nov. 6", "DATE", "2012-10-30")],
    ),
    (
        "The cabinet met on Sunday.\n\nVOA News, 1500 UTC.",
        "1998-05-11",
        [("Sunday", "DATE", "1998-05-10"), ("1500 UTC", "TIME", "1998-05-11T15:00Z")],
    ),
    (
        "The central bank will keep rates at present or lower levels until the end of the year.",
        "2013-05-01",
        [("the end of the year", "DATE", "2013", "END")],
    ),
    (
        "Iraq and Kuwait pumped 4.3 million barrels a day before the invasion on Aug. 2.",
        "1990-10-01",
        [("Aug. 2", "DATE", "1990-08-02")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_27(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
