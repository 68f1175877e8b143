"""A twenty-second probe of news: AQUAINT-like news of 1996-2000, agency wires of 2012-2014, a
TimeBank-like mix and broadcast transcripts (documents written for the probe), and the forms the
earlier probes left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A month, a season or a quarter without its year after a year to come that a future clause's
  sentence has named is of that year ("will be held in 2022, and the final will be played in
  November").
- A quarter or a half "of the year" that a past clause tells of has gone by: written before this
  year's has run a month, it is last year's ("Prices fell in the second half of the year",
  written in January).
- A first round: "by midyear whether"; "two good years"; "the last ten days before Christmas"
  is a length and the feast; "the fiscal year 1938" keeps its article; a figure that moved "from
  262,000 in mid-1987 to about 215,000 in September" ends in the report's September; a day's
  possessive in an "after" clause ("after the opposition won Sunday's election") is no day a later
  clock is on; "every five years thereafter" is a set; "between dusk Tuesday and dawn Wednesday";
  a season a past clause tells of in the first fortnight of this year's ("a drought in the summer
  cut output", written on 4 June) is last year's; "appeared unlikely before the summer" looks
  ahead; a quotation's tense is its own, not the attribution's after it; "ABC WORLD NEWS TONIGHT"
  is a programme's title; "1.8353 marks" is a counted noun, no present verb; "He meets NATO
  leaders in Brussels on Wednesday" is a timetable's; a forecast's day ("Saturday looks gray")
  and "Expect rain through Thursday" are to come; "closed through Monday" looks ahead; a past
  clause's dawn or morning after a night still to come is the report's own ("The plane lands this
  evening. Crowds gathered before dawn"); "It is 6 a.m. ... throughout the morning" is this
  morning; a broadcast's promise ("We'll have another update at 6:30") is of its own day; a bare
  clock in the half of the day a pluperfect (before) or a promise (after) puts it, from the clock
  told before it; "8:30 Eastern this morning"; "at least 2 p.m." is ON_OR_AFTER; "Greenwich time",
  "Japan time"; a day months ahead is no day a report's clocks are on; "overnight" after "early
  this morning" is the night before, after "rallied yesterday, and the rally continued" the night
  after; "Storms that swept across Florida overnight killed"; "this hour" of a broadcast; "every
  weeknight"; "every single day"; "sentenced March 19 after pleading guilty in December" (the
  December before); "Two days after his arrest" in a month is a length; "10 years, a week after";
  "seconds later"; "hours ahead of high tide", "just days before Easter"; "open past Friday";
  "Results were announced on Sunday, after polls closed at 2000 GMT" (a passive, no report's
  day: the clock is that Sunday's); "the nineteenth night in a row"; "called it a day";
  "convicted in 1997 of the bombing"; "a smaller gap for August" is a month's figures; "had been
  set for May 16th" is a plan the pluperfect tells; "were planned for the weekend" is the coming
  weekend; "too hot in summer" is every summer's; "Revenue for the year was $16.96 billion",
  written in January, is of the year just ended.
- A second round: TimeBank's opening quotation of two apostrophes ("''The fourth quarter") opens
  a word; "from March to April" is no march of protest; "barrels a day since August" is a rate;
  "was the 11th in Texas" is a rank; a programme's title line ("CNN TODAY"); "The second half
  should be stronger" is a forecast; a forecast's weather ("Rain moves in Sunday night", "A slight
  chance of thunderstorms late Sunday", "Monday, Labor Day, partly cloudy") is to come; "wants a
  vote by Friday", "Look for ... by Tuesday morning", "braced for ... on Friday" look ahead; the
  night before the report's day ("overnight"), and the day a state began ("since March 12")
  are no days the report's clocks are on; "Next
  news update at 7:30" is the broadcast's own day; "8 o'clock Eastern" after "tonight" in the
  sentence before is the evening's.
- A third round: "was due to heavy rains" is a cause, no plan; "a final televised debate" is an
  adjective, no past verb; a broadcast's "On Thursday we get the report" looks ahead; "early in
  the week" (START); "midafternoon Wednesday" is one time.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The World Cup will be held in Qatar in 2022, and the final will be played in November.",
        "2010-12-03",
        [("2022", "DATE", "2022"), ("November", "DATE", "2022-11")],
    ),
    (
        "The plant will open in 2012 and turn a profit in the third quarter.",
        "2010-01-15",
        [("2012", "DATE", "2012"), ("the third quarter", "DATE", "2012-Q3")],
    ),
    (
        "Prices fell in the second half of the year, the ministry said.",
        "2010-01-15",
        [("the second half of the year", "DATE", "2009-H2")],
    ),
    (
        "Sales rose 5 percent in the first half of the year.",
        "2010-01-15",
        [("the first half of the year", "DATE", "2009-H1")],
    ),
    (
        "Sales rose 5 percent in the first half of the year.",
        "2010-07-15",
        [("the first half of the year", "DATE", "2010-H1")],
    ),
    (
        "The company expects growth to slow in the first half of the year.",
        "2010-01-15",
        [("the first half of the year", "DATE", "2010-H1")],
    ),
    ("It will decide by midyear whether to act.", "1989-01-17", [("midyear", "DATE", "1989", "MID")]),
    ("We've had two good years.", "1989-10-30", [("two good years", "DURATION", "P2Y")]),
    (
        "He cautioned that the last ten days before Christmas usually decide the season.",
        "1989-12-21",
        [("the last ten days", "DURATION", "P10D"), ("Christmas", "DATE", "1989-12-25")],
    ),
    (
        "Employment in the securities industry has fallen from a peak of 262,000 in mid-1987 to about "
        "215,000 in September.",
        "1990-10-19",
        [("mid-1987", "DATE", "1987", "MID"), ("September", "DATE", "1990-09")],
    ),
    (
        "Mexicans awoke Monday to a new landscape after the opposition candidate won Sunday's "
        "presidential election.\n\nWith 92 percent of polling stations reporting at 8 a.m., he had 43 "
        "percent of the vote.",
        "2000-07-03",
        [
            ("Monday", "DATE", "2000-07-03"),
            ("Sunday", "DATE", "2000-07-02"),
            ("8 a.m.", "TIME", "2000-07-03T08:00"),
        ],
    ),
    (
        "The treaty is renewed every five years thereafter.",
        "1997-05-30",
        [("every five years", "SET", "P5Y", None, {"quant": "EVERY"})],
    ),
    (
        "More than 400 sorties were flown between dusk Tuesday and dawn Wednesday.",
        "1999-04-14",
        [
            ("dusk", "TIME", "1999-04-13TEV"),
            ("Tuesday", "DATE", "1999-04-13"),
            ("dawn", "TIME", "1999-04-14TMO"),
            ("Wednesday", "DATE", "1999-04-14"),
        ],
    ),
    (
        "Last year the region escaped flooding, but a drought in the summer cut output.",
        "1996-06-04",
        [("Last year", "DATE", "1995"), ("the summer", "DATE", "1995-SU")],
    ),
    (
        "The spring budget was delivered last week.",
        "2024-03-14",
        [("spring", "DATE", "2024-SP"), ("last week", "DATE", "2024-W10")],
    ),
    (
        "Analysts said a sale appeared unlikely before the summer.",
        "1990-05-22",
        [("the summer", "DATE", "1990-SU")],
    ),
    (
        '"I don\'t see much improvement until the fall," said David Healy.',
        "1990-03-29",
        [("the fall", "DATE", "1990-FA")],
    ),
    (
        "ABC WORLD NEWS TONIGHT\n\nGood evening. There is more news tonight.",
        "1998-02-20",
        [("tonight", "TIME", "1998-02-20TNI")],
    ),
    (
        "The dollar was at 1.8400 marks compared with 1.8353 marks Wednesday.",
        "1989-10-26",
        [("Wednesday", "DATE", "1989-10-25")],
    ),
    (
        "President Bush is in Madrid this morning. He meets NATO leaders in Brussels on Wednesday.",
        "2001-06-11",
        [("this morning", "TIME", "2001-06-11TMO"), ("Wednesday", "DATE", "2001-06-13")],
    ),
    (
        "Today, sunshine with a high of 41. Saturday looks gray with a chance of flurries, and Sunday "
        "brings rain.",
        "1997-11-14",
        [
            ("Today", "DATE", "1997-11-14"),
            ("Saturday", "DATE", "1997-11-15"),
            ("Sunday", "DATE", "1997-11-16"),
        ],
    ),
    (
        "Showers move in this afternoon. Expect rain on and off through Thursday.",
        "2001-06-11",
        [("this afternoon", "TIME", "2001-06-11TAF"), ("Thursday", "DATE", "2001-06-14")],
    ),
    ("Schools across the state are closed through Monday.", "2017-09-08", [("Monday", "DATE", "2017-09-11")]),
    (
        "The plane is expected to land this evening. In London, crowds began gathering before dawn.",
        "1997-08-31",
        [("this evening", "TIME", "1997-08-31TEV"), ("dawn", "TIME", "1997-08-31TMO")],
    ),
    (
        "Launch is scheduled for 2 p.m. tomorrow, and tonight the weather looks favorable. The crew "
        "spent the morning going over the flight plan.",
        "1998-10-29",
        [
            ("2 p.m. tomorrow", "TIME", "1998-10-30T14:00"),
            ("tonight", "TIME", "1998-10-29TNI"),
            ("the morning", "TIME", "1998-10-29TMO"),
        ],
    ),
    (
        "It is 6 a.m. on the East Coast. We will have live reports throughout the morning, and a "
        "special edition at 8 o'clock.",
        "2000-11-08",
        [
            ("6 a.m.", "TIME", "2000-11-08T06:00"),
            ("the morning", "TIME", "2000-11-08TMO"),
            ("8 o'clock", "TIME", "2000-11-08T08:00"),
        ],
    ),
    (
        "Good morning, it's 6:10 on Tuesday. More snow is possible on Saturday. We'll have another "
        "update at 6:30.",
        "2015-01-27",
        [
            ("6:10 on Tuesday", "TIME", "2015-01-27T06:10"),
            ("Saturday", "DATE", "2015-01-31"),
            ("6:30", "TIME", "2015-01-27T06:30"),
        ],
    ),
    (
        "It's noon on Monday, April 12th. We'll have a full report at 6 o'clock.",
        "1999-04-12",
        [
            ("noon on Monday, April 12th", "TIME", "1999-04-12T12:00"),
            ("6 o'clock", "TIME", "1999-04-12T18:00"),
        ],
    ),
    (
        "It is 6 a.m., and the election is still undecided. Gore had called to concede at about 2:30.",
        "2000-11-08",
        [("6 a.m.", "TIME", "2000-11-08T06:00"), ("about 2:30", "TIME", "2000-11-08T02:30", "APPROX")],
    ),
    (
        "At 7:50 Eastern last night the networks called Florida for Gore. By 10 o'clock they had "
        "pulled it back.",
        "2000-11-08",
        [
            ("7:50 Eastern last night", "TIME", "2000-11-07T19:50-05:00"),
            ("10 o'clock", "TIME", "2000-11-07T22:00"),
        ],
    ),
    (
        "At 8:30 Eastern this morning, the Labor Department releases the jobs report.",
        "2014-06-06",
        [("8:30 Eastern this morning", "TIME", "2014-06-06T08:30-04:00")],
    ),
    (
        "Flights have been halted until at least 2 p.m.",
        "2001-02-28",
        [("at least 2 p.m.", "TIME", "2001-02-28T14:00", "ON_OR_AFTER")],
    ),
    (
        "Kiribati greeted the year 2000 at 10 a.m. Greenwich time.",
        "1999-12-31",
        [("the year 2000", "DATE", "2000"), ("10 a.m. Greenwich time", "TIME", "1999-12-31T10:00Z")],
    ),
    (
        "The quake struck at 11 a.m. Japan time.",
        "2011-03-14",
        [("11 a.m. Japan time", "TIME", "2011-03-14T11:00+09:00")],
    ),
    (
        "The millennium does not begin until January 1st, 2001. Our special coverage continues "
        "until 2 a.m. Eastern.",
        "1999-12-31",
        [("January 1st, 2001", "DATE", "2001-01-01"), ("2 a.m. Eastern", "TIME", "2000-01-01T02:00-05:00")],
    ),
    (
        "In Scituate, seawalls were breached early this morning, and about a dozen homes were "
        "evacuated overnight.",
        "2015-01-27",
        [("early this morning", "TIME", "2015-01-27TMO", "START"), ("overnight", "TIME", "2015-01-26TNI")],
    ),
    (
        "European stocks rallied yesterday, and the rally continued in Asia overnight.",
        "2014-06-06",
        [("yesterday", "DATE", "2014-06-05"), ("overnight", "TIME", "2014-06-05TNI")],
    ),
    (
        "Storms that swept across Florida overnight killed a dozen people.",
        "1998-03-02",
        [("overnight", "TIME", "1998-03-01TNI")],
    ),
    ("In other news this hour, claims fell.", "1998-01-08", [("this hour", "DATE", "PRESENT_REF")]),
    ("As of this hour, seventeen men are out.", "2010-10-13", [("this hour", "DATE", "PRESENT_REF")]),
    (
        "Crews are repaving near the bridge every weeknight this month.",
        "1997-11-14",
        [
            ("every weeknight", "SET", "XXXX-XX-XXTNI", None, {"quant": "EVERY"}),
            ("this month", "DATE", "1997-11"),
        ],
    ),
    (
        "He ran every single day.",
        "2010-08-08",
        [("every single day", "SET", "P1D", None, {"quant": "EVERY"})],
    ),
    (
        "Ruiz is scheduled to be sentenced March 19 after pleading guilty to a lesser charge in December.",
        "2012-03-08",
        [("March 19", "DATE", "2012-03-19"), ("December", "DATE", "2011-12")],
    ),
    (
        "The treasurer was arrested in August 2010. Two days after his arrest, the county board "
        "voted to hire an accountant.",
        "2012-03-08",
        [("August 2010", "DATE", "2010-08"), ("Two days", "DURATION", "P2D")],
    ),
    (
        "The plan cuts deficits over 10 years, a week after the White House proposal.",
        "2012-12-03",
        [("10 years", "DURATION", "P10Y"), ("a week", "DURATION", "P1W")],
    ),
    ("The boom came seconds later.", "2013-02-15", [("seconds later", "TIME", "2013-02-15TXX")]),
    ("The surge came hours ahead of high tide.", "2012-10-30", [("hours", "DURATION", "PTXH")]),
    (
        "The fire started just days before Easter.",
        "2019-04-15",
        [("days", "DURATION", "PXD"), ("Easter", "DATE", "2019-04-21")],
    ),
    ("They will stay open past Friday.", "2013-09-29", [("Friday", "DATE", "2013-10-04")]),
    (
        "Hollande spoke on Monday. Results were announced on Sunday, after polls closed at 2000 GMT.",
        "2014-05-27",
        [
            ("Monday", "DATE", "2014-05-26"),
            ("Sunday", "DATE", "2014-05-25"),
            ("2000 GMT", "TIME", "2014-05-25T20:00Z"),
        ],
    ),
    (
        "The ferry runs six times a week in summer and four times a week in winter.",
        "2012-04-14",
        [
            ("six times a week", "SET", "P1W"),
            ("summer", "DATE", "XXXX-SU"),
            ("four times a week", "SET", "P1W"),
            ("winter", "DATE", "XXXX-WI"),
        ],
    ),
    (
        "The museum is open on weekends from May to October.",
        "2011-12-01",
        [("weekends", "SET", "XXXX-WXX-WE"), ("May", "DATE", "XXXX-05"), ("October", "DATE", "XXXX-10")],
    ),
    ("NATO warplanes struck targets for the nineteenth night in a row.", "1999-04-12", []),
    (
        "Chile's mining minister called it a day the country will remember for decades.",
        "2010-10-13",
        [("decades", "DURATION", "PXY")],
    ),
    ("McVeigh was convicted in 1997 of the bombing.", "2001-06-11", [("1997", "DATE", "1997")]),
    (
        "The deficit widened in July, and economists expect a smaller gap for August.",
        "2010-10-13",
        [("July", "DATE", "2010-07"), ("August", "DATE", "2010-08")],
    ),
    (
        "The execution had been set for May 16th, but it was postponed last month.",
        "2001-06-11",
        [("May 16th", "DATE", "2001-05-16"), ("last month", "DATE", "2001-05")],
    ),
    ("More rallies were planned for the weekend.", "2013-06-05", [("the weekend", "DATE", "2013-W23-WE")]),
    ("Qatar is too hot in summer.", "2014-07-14", [("summer", "DATE", "XXXX-SU")]),
    (
        "Boeing earned $614 million, compared with $480 million in 1987. Revenue for the year was "
        "$16.96 billion.",
        "1989-01-17",
        [("1987", "DATE", "1987"), ("the year", "DATE", "1988")],
    ),
    ("The election is in the fall.", "2014-07-14", [("the fall", "DATE", "2014-FA")]),
    (
        "''The fourth quarter should be fine,'' said Ellen Marsh. ''One month does not make a recovery.''",
        "1988-10-26",
        [("The fourth quarter", "DATE", "1988-Q4"), ("One month", "DURATION", "P1M")],
    ),
    (
        "Prices rose 0.8 percent from March to April.",
        "2021-05-12",
        [("March", "DATE", "2021-03"), ("April", "DATE", "2021-04")],
    ),
    (
        "OPEC members have raised output by about three million barrels a day since August.",
        "1990-11-27",
        [("August", "DATE", "1990-08")],
    ),
    ("The seizure was the 11th in Texas.", "1989-11-15", []),
    ("CNN TODAY\n\nGood afternoon. The vote is today.", "1998-03-09", [("today", "DATE", "1998-03-09")]),
    (
        '"The second half should be stronger," he said.',
        "1990-02-13",
        [("The second half", "DATE", "1990-H2")],
    ),
    (
        "A slight chance of thunderstorms late Sunday. Rain moves in Sunday night and lingers into Monday.",
        "2003-08-29",
        [
            ("late Sunday", "DATE", "2003-08-31", "END"),
            ("Sunday night", "TIME", "2003-08-31TNI"),
            ("Monday", "DATE", "2003-09-01"),
        ],
    ),
    (
        "Monday, Labor Day, partly cloudy and 81.",
        "2003-08-29",
        [("Monday", "DATE", "2003-09-01"), ("Labor Day", "DATE", "2003-09-01")],
    ),
    (
        "The House leadership says it wants a vote on the spending plan by Friday.",
        "1996-03-12",
        [("Friday", "DATE", "1996-03-15")],
    ),
    (
        "Look for 6 to 10 inches in Boston by Tuesday morning.",
        "1999-01-04",
        [("Tuesday morning", "TIME", "1999-01-05TMO")],
    ),
    (
        "Retailers braced for the start of the holiday shopping season on Friday.",
        "1999-11-24",
        [("Friday", "DATE", "1999-11-26")],
    ),
    (
        "Six central banks cut rates this morning. Japan's Nikkei index fell 9.4 percent overnight. "
        "European stocks resumed their slide in the afternoon.",
        "2008-10-08",
        [
            ("this morning", "TIME", "2008-10-08TMO"),
            ("overnight", "TIME", "2008-10-07TNI"),
            ("the afternoon", "TIME", "2008-10-08TAF"),
        ],
    ),
    (
        "European stocks rose today. The index has gained 17 percent since March 12. Brent crude "
        "fell $1.37 by late afternoon.",
        "2003-03-20",
        [
            ("today", "DATE", "2003-03-20"),
            ("March 12", "DATE", "2003-03-12"),
            ("late afternoon", "TIME", "2003-03-20TAF", "END"),
        ],
    ),
    (
        "In golf, the British Open wrapped up Sunday with a playoff. Next news update at 7:30.",
        "1998-07-20",
        [("Sunday", "DATE", "1998-07-19"), ("7:30", "TIME", "1998-07-20T07:30")],
    ),
    (
        "The Yankees can win the World Series tonight. Game 5 starts at 8 o'clock Eastern.",
        "2000-10-26",
        [("tonight", "TIME", "2000-10-26TNI"), ("8 o'clock Eastern", "TIME", "2000-10-26T20:00-04:00")],
    ),
    ("The rise in June was due to heavy rains.", "2013-07-09", [("June", "DATE", "2013-06")]),
    (
        "The candidates will face each other in a final televised debate on Friday night.",
        "2012-10-17",
        [("Friday night", "TIME", "2012-10-19TNI")],
    ),
    (
        "On Thursday we get the report on housing starts.",
        "2001-05-15",
        [("Thursday", "DATE", "2001-05-17")],
    ),
    (
        "Officials said the storm weakened early in the week.",
        "1998-10-30",
        [("early in the week", "DATE", "1998-W44", "START")],
    ),
    (
        "Stocks were mixed at midafternoon Wednesday.",
        "1999-11-24",
        [("midafternoon Wednesday", "TIME", "1999-11-24TAF", "MID")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_22(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
