"""A thirteenth probe of news: short international news of 2011-2013, a TimeBank-like mix of
1989-1998, broadcast transcripts of 1997-2000 and business wires of 1998-2000 and 2012-2014
(documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A weekday no week holds ("on a Friday afternoon in January 2012", "closed on a Sunday") is
  written with X; the future perfect ("will have finished by Wednesday") is done by a day to come;
  "last night" stays yesterday's in a future clause.
- "overnight" told after the day before the DCT, in a sentence of its own, is the night between
  them; a clock time after background in paragraphs of their own is on the story's day; the time
  it is as a reporter speaks ("It's 7:30 in the evening here", "it's late afternoon here in
  Moscow") is the DCT's.
- Figures compared "from a year earlier" in a sentence that names a month or a year are that
  month or year a year back; "the quarter", with no quarter reported on, in a clause about what
  is to come, is the forecast's.
- Timetables in the present: a meeting held, a nomination accepted, a test that "comes", a day
  fronted before the verb ("On Friday, the Commonwealth meets in London"); plans ("another
  rally", "a rally planned for Saturday"); what is "valid until" a day; what an event "comes
  before"; "after Thursday's deadline" in a future clause.
- Plural units left open before or after an event ("arrested days after the attack", "it could be
  weeks before the building reopens", "for days, perhaps weeks", "for days or even weeks",
  "sparked months of protests"), not "the weeks before the shooting", which TimeBank dates.
- A day of the month the sentence has just named ("in February, probably on the 10th").
- A second round (a TimeBank-like mix, 2012-2014 agency wires, AQUAINT-like wires, Wall Street
  Journal copy of 1989-1991): a clock time or a part of a day without its day is not on a day a
  sentence before it told in the pluperfect, nor on one a year or more back (unless its sentence
  goes on with a pronoun), nor on the day of a figure compared with or of the event the news came
  after; the small hours said as such after an afternoon are the next day's; calls, demands and
  promises look ahead ("demanded a vote by Friday"); TimeBank's closing quotation mark ('') before
  an attribution; more timetables ("resumes in full on Wednesday", "open a six-game homestand
  Thursday", "turns 7 on Dec. 6"); a possessive month is gone by unless the clause looks ahead;
  an event a date is the adjective of ("after the December 14 shooting") and a figure moved from
  ("from 7.3 percent in August") are gone by; a part of a year the sentence has just named ("in
  1991, probably in the third quarter"); "the end of this month" is this one's; "For the year,"
  and "the year" after a year just reported; a futures contract's month is the next of its name.
- A third round (broadcasts, NYT copy of 1998-2000, a TimeBank-like mix, agency wires of
  2012-2014): a promise of a month ("promised a report in July"); a postponement "until Friday"
  across a long relative clause; a team's opener; a sentence that ends inside its quotation ('the
  army "will win." On Monday, ...'); a period declared to start on a day, after a comma; an
  election a leader faces; a month or a day a sentence goes on to after the year it named ("in
  2002, from Feb. 8 to 24"); a bare part of the day in a future clause is not on a day gone by;
  "expected a vote by Thursday night" looks ahead; a market's rise "for the month" after a month
  named is that month's; a day a relative clause tells of its noun ("Bush, who nominated Thomas
  on July 1,") moves no clock time.
- A last round (broadcasts, AQUAINT-like wires, a TimeBank-like mix, sports): the day it is where a
  reporter speaks ("It's Friday morning here in Jakarta", on a Thursday) is the nearest of its
  name; a dawn after an afternoon is that day's; a morning said as such, told in the past after a
  night, is the next day's; a sum compared with a date is no bound of it ("$300 million more than
  a year earlier"); a decimal before "from a year earlier"; "a day trader", "a year-end report",
  "a night shift" are no lengths.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A weekday no week holds: "a Friday afternoon", "on a Sunday" (not a day restated, "Oct. 29, a
    # Monday").
    (
        "It happened on a Friday afternoon in January 2012.",
        "2013-05-09",
        [("a Friday afternoon", "TIME", "XXXX-WXX-5TAF"), ("January 2012", "DATE", "2012-01")],
    ),
    (
        "The store is closed on a Sunday.",
        "2013-05-09",
        [("a Sunday", "DATE", "XXXX-WXX-7")],
    ),
    # The future perfect is done by a day still to come.
    (
        "They will have finished by Wednesday.",
        "1998-05-09",
        [("Wednesday", "DATE", "1998-05-13")],
    ),
    # "last night" in a future clause is still yesterday's.
    (
        "Some 16,000 officers will be on the streets of the capital tonight, up from 6,000 last night.",
        "2011-08-09",
        [("tonight", "TIME", "2011-08-09TNI"), ("last night", "TIME", "2011-08-08TNI")],
    ),
    # "overnight" after the day before the DCT, told in a sentence of its own: the night between them.
    (
        "Two bombs exploded on Monday. FBI agents searched an apartment overnight.",
        "2013-04-16",
        [("Monday", "DATE", "2013-04-15"), ("overnight", "TIME", "2013-04-15TNI")],
    ),
    (
        "The sub sank Sunday. Rescue ships tried twice overnight to reach it.",
        "2000-08-14",
        [("Sunday", "DATE", "2000-08-13"), ("overnight", "TIME", "2000-08-13TNI")],
    ),
    # A clock time after background in paragraphs of their own is still on the story's day.
    (
        (
            "Andy Murray won Wimbledon on Sunday.\n\nHe won Olympic gold last year.\n\nHe clinched "
            "victory at about 5:25 p.m."
        ),
        "2013-07-08",
        [
            ("Sunday", "DATE", "2013-07-07"),
            ("last year", "DATE", "2012"),
            ("about 5:25 p.m.", "TIME", "2013-07-07T17:25", "APPROX"),
        ],
    ),
    # Figures compared with "a year earlier": the month or the year of the sentence, a year back.
    (
        "Profit rose in the first quarter. Output rose 8.7 percent in April from a year earlier.",
        "2014-05-15",
        [
            ("the first quarter", "DATE", "2014-Q1"),
            ("April", "DATE", "2014-04"),
            ("a year earlier", "DATE", "2013-04"),
        ],
    ),
    (
        "Exports in the first 11 months of 2013 rose 8.3 percent from the same period a year earlier.",
        "2014-01-13",
        [
            ("the first 11 months", "DURATION", "P11M"),
            ("2013", "DATE", "2013"),
            ("the same period a year earlier", "DATE", "2012"),
        ],
    ),
    (
        (
            "GM earned $2 billion in the first half of 1989. U.S. car sales in July were down "
            "11% from a year ago."
        ),
        "1990-07-26",
        [
            ("the first half of 1989", "DATE", "1989-H1"),
            ("July", "DATE", "1990-07"),
            ("a year ago", "DATE", "1989-07"),
        ],
    ),
    # "the quarter" with no quarter reported on, after a forecast's: the forecast's.
    (
        (
            "The brewer expects fourth-quarter earnings to fall because of a price war that "
            "began in June. Earnings for the quarter would be 15 cents, compared with 41 cents a "
            "year ago."
        ),
        "1989-09-20",
        [
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("June", "DATE", "1989-06"),
            ("the quarter", "DATE", "1989-Q4"),
            # (What a forecast's quarter is compared with is that quarter a year back.)
            ("a year ago", "DATE", "1988-Q4"),
        ],
    ),
    (
        (
            "Cortland will take a charge in its first quarter. It earned $88 million in the "
            "first quarter of 1989. It expects a loss for the quarter."
        ),
        "1990-03-28",
        [
            ("first quarter", "DATE", "1990-Q1"),
            ("the first quarter of 1989", "DATE", "1989-Q1"),
            ("the quarter", "DATE", "1990-Q1"),
        ],
    ),
    # Timetables in the present: a meeting held, a nomination accepted, a test that comes; a fronted day.
    (
        "The Turkish prime minister holds an emergency cabinet meeting Wednesday.",
        "1999-08-17",
        [("Wednesday", "DATE", "1999-08-18")],
    ),
    (
        "Vice President Al Gore accepts the nomination Thursday night.",
        "2000-08-14",
        [("Thursday night", "TIME", "2000-08-17TNI")],
    ),
    (
        "Koskinen said this afternoon that the real test comes on Monday, when businesses reopen.",
        "1999-12-31",
        [("this afternoon", "TIME", "1999-12-31TAF"), ("Monday", "DATE", "2000-01-03")],
    ),
    (
        "On Friday, the Commonwealth meets in London to consider suspending Pakistan.",
        "1999-10-13",
        [("Friday", "DATE", "1999-10-15")],
    ),
    (
        "On Friday, the Commonwealth met in London.",
        "1999-10-13",
        [("Friday", "DATE", "1999-10-08")],
    ),
    # Plans: "another rally", "a rally planned for Saturday" (not one set off by commas, told as gone by).
    (
        "Organisers plan another rally in Moscow on Saturday.",
        "2012-03-19",
        [("Saturday", "DATE", "2012-03-24")],
    ),
    (
        "Clinton called off a rally planned for Saturday.",
        "1996-07-18",
        [("Saturday", "DATE", "1996-07-20")],
    ),
    (
        "The rally, planned for Saturday, drew thousands.",
        "2013-10-16",
        [("Saturday", "DATE", "2013-10-12")],
    ),
    # What holds until a day; what an event comes before; a deadline's or holiday's day after "after".
    (
        "The State Department issued a worldwide travel alert valid until August 1.",
        "2011-05-02",
        [("August 1", "DATE", "2011-08-01")],
    ),
    (
        "It comes two days before the opening ceremonies in Atlanta on Friday.",
        "1996-07-18",
        [("two days", "DURATION", "P2D"), ("Friday", "DATE", "1996-07-19")],
    ),
    (
        "The meeting comes ahead of the vote on Friday.",
        "1996-07-18",
        [("Friday", "DATE", "1996-07-19")],
    ),
    (
        "The move comes after the attack on Friday.",
        "1996-07-18",
        [("Friday", "DATE", "1996-07-12")],
    ),
    (
        "The Treasury will run out of money after Thursday's deadline.",
        "2013-10-16",
        [("Thursday", "DATE", "2013-10-17")],
    ),
    (
        "Trading will resume after Monday's holiday.",
        "1998-08-28",
        [("Monday", "DATE", "1998-08-31")],
    ),
    # Plural units left open: before or after an event, a guess that widens them, what an event set off.
    (
        "He posted the manifesto online hours before the attacks.",
        "2011-07-23",
        [("hours", "DURATION", "PTXH")],
    ),
    (
        "He was arrested days after the attack.",
        "2011-07-23",
        [("days", "DURATION", "PXD")],
    ),
    (
        "Officials said it could be weeks before the building reopens.",
        "1993-02-26",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "He lost the final, weeks before winning Olympic gold.",
        "2013-07-08",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "The general said the bombing would continue for days, perhaps weeks.",
        "1991-01-17",
        [("days", "DURATION", "PXD"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "The campaign could go on for days or even weeks.",
        "2000-08-14",
        [("days or even weeks", "DURATION", "PXD", "APPROX")],
    ),
    (
        "The disputed 2009 vote sparked months of protests.",
        "2013-06-15",
        [("2009", "DATE", "2009"), ("months", "DURATION", "PXM")],
    ),
    (
        "In the weeks before the shooting, he bought two guns.",
        "1997-06-01",
        [],
    ),
    # A day of the month the sentence has just named.
    (
        "The Senate will take up the case in January, after the new Congress is sworn in on the 6th.",
        "1998-12-15",
        [("January", "DATE", "1999-01"), ("the 6th", "DATE", "1999-01-06")],
    ),
    (
        "The talks resume in February, probably on the 10th.",
        "1998-12-15",
        [("February", "DATE", "1999-02"), ("the 10th", "DATE", "1999-02-10")],
    ),
    # The time it is as a reporter speaks: the DCT's.
    (
        "The sub sank on Saturday. It's 7:30 in the evening here.",
        "2000-08-14",
        [("Saturday", "DATE", "2000-08-12"), ("7:30 in the evening", "TIME", "2000-08-14T19:30")],
    ),
    (
        "He was found on Thanksgiving Day last year. It's about 9 a.m. here in Miami.",
        "2000-04-22",
        [
            ("Thanksgiving Day last year", "DATE", "1999-11-25"),
            ("about 9 a.m.", "TIME", "2000-04-22T09:00", "APPROX"),
        ],
    ),
    (
        "It's late afternoon here in Moscow.",
        "2000-08-14",
        [("late afternoon", "TIME", "2000-08-14TAF", "END")],
    ),
    (
        "Bob, it's early evening in Yemen now.",
        "2000-10-12",
        [("early evening", "TIME", "2000-10-12TEV", "START"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "Police used tear gas just after sunrise.",
        "2000-04-22",
        [("sunrise", "TIME", "2000-04-22TMO")],
    ),
    # The edge of a month a text names, in the year it says ("at the end of January this year").
    (
        "The holiday falls at the end of January this year, analysts said.",
        "2014-01-13",
        [("the end of January this year", "DATE", "2014-01", "END")],
    ),
    (
        "Sales rose at the end of January this year.",
        "2014-01-13",
        [("the end of January this year", "DATE", "2014-01", "END")],
    ),
    # A participle after a quantifier is an adjective: the clause keeps its future.
    (
        "The company will repair all damaged vehicles in October.",
        "2014-07-24",
        [("October", "DATE", "2014-10")],
    ),
    (
        "Barra told analysts the company would fix the remaining recalled cars by the end of October.",
        "2014-07-24",
        [("the end of October", "DATE", "2014-10", "END")],
    ),
    # A market's week: the week of the trading day the sentence (or the one before) names.
    (
        "The Nasdaq plunged 9.7 percent on Friday and 25 percent for the week.",
        "2000-04-18",
        [("Friday", "DATE", "2000-04-14"), ("the week", "DATE", "2000-W15")],
    ),
    (
        "Stocks fell Friday. For the week, the Dow was down 33.51 points.",
        "2000-04-18",
        [("Friday", "DATE", "2000-04-14"), ("the week", "DATE", "2000-W15")],
    ),
    (
        "He stayed there. For the month, he rested.",
        "2000-04-18",
        [],
    ),
    # The day of a figure compared with moves no report ("from its March 10 peak", "topping Tuesday's
    # close").
    (
        "The Nasdaq is down 30 percent from its March 10 peak. Futures rose in overnight trading in Asia.",
        "2000-04-18",
        [("March 10", "DATE", "2000-03-10"), ("overnight", "TIME", "2000-04-17TNI")],
    ),
    (
        (
            "The Dow gained 64 points on Thursday, topping Tuesday's close. Traders sold for "
            "most of the morning."
        ),
        "1999-07-16",
        [
            ("Thursday", "DATE", "1999-07-15"),
            ("Tuesday", "DATE", "1999-07-13"),
            ("the morning", "TIME", "1999-07-15TMO"),
        ],
    ),
    # A clock time or a part of a day without its day, after background: not a day told in the pluperfect,
    # nor one years back (unless the sentence goes on with a pronoun), nor the day of what the sentence's
    # news came after.
    (
        (
            "Stocks fell Friday. On Thursday, the average had edged up. Traders said the selling "
            "began shortly after 2 p.m."
        ),
        "1989-11-03",
        [
            ("Friday", "DATE", "1989-11-03"),
            ("Thursday", "DATE", "1989-11-02"),
            ("2 p.m.", "TIME", "1989-11-03T14:00"),
        ],
    ),
    (
        (
            "Simpson was acquitted today. He had been arrested on June 17, 1994. Jurors were "
            "released shortly after noon."
        ),
        "1995-10-03",
        [
            ("today", "DATE", "1995-10-03"),
            ("June 17, 1994", "DATE", "1994-06-17"),
            ("noon", "TIME", "1995-10-03T12:00"),
        ],
    ),
    (
        (
            "Mandela died on Thursday. He was released on Feb. 11, 1990. Mourners gathered "
            "outside his home through the night."
        ),
        "2013-12-06",
        [
            ("Thursday", "DATE", "2013-12-05"),
            ("Feb. 11, 1990", "DATE", "1990-02-11"),
            ("the night", "TIME", "2013-12-05TNI"),
        ],
    ),
    (
        "Mandela died on Thursday. He was released on Feb. 11, 1990. He walked out of prison at 4:14 p.m.",
        "2013-12-06",
        [
            ("Thursday", "DATE", "2013-12-05"),
            ("Feb. 11, 1990", "DATE", "1990-02-11"),
            ("4:14 p.m.", "TIME", "1990-02-11T16:14"),
        ],
    ),
    (
        (
            "The queen marked the anniversary on Monday. Her father died on February 6, 1952. "
            "Gun salutes were fired at 1 p.m. at the Tower."
        ),
        "2012-02-06",
        [
            ("Monday", "DATE", "2012-02-06"),
            ("February 6, 1952", "DATE", "1952-02-06"),
            ("1 p.m.", "TIME", "2012-02-06T13:00"),
        ],
    ),
    (
        "Stocks rebounded today after Friday's plunge. Prices turned higher shortly after 11 a.m.",
        "1989-10-16",
        [
            ("today", "DATE", "1989-10-16"),
            ("Friday", "DATE", "1989-10-13"),
            ("11 a.m.", "TIME", "1989-10-16T11:00"),
        ],
    ),
    # The small hours said as such after an afternoon are the next day's.
    (
        "They arrived in Paris on Saturday afternoon. They dined at the Ritz and left at about 12:20 a.m.",
        "1997-08-31",
        [
            ("Saturday afternoon", "TIME", "1997-08-30TAF"),
            ("about 12:20 a.m.", "TIME", "1997-08-31T00:20", "APPROX"),
        ],
    ),
    (
        "The mob stormed the Capitol this afternoon. The breach began shortly after two o'clock.",
        "2021-01-06",
        [("this afternoon", "TIME", "2021-01-06TAF"), ("two o'clock", "TIME", "2021-01-06T14:00")],
    ),
    # Calls, demands and promises of what is to be done by a day; somewhere by a coming time.
    (
        "The mayor called on both sides to return to the bargaining table by Thursday.",
        "1990-10-02",
        [("Thursday", "DATE", "1990-10-04")],
    ),
    (
        "The senator demanded a vote by Friday.",
        "1997-02-26",
        [("Friday", "DATE", "1997-02-28")],
    ),
    (
        "Republicans promised hearings through the spring.",
        "1997-02-26",
        [("the spring", "DATE", "1997-SP")],
    ),
    (
        "Officials said troops could be in the region by the end of the month.",
        "1990-08-09",
        [("the end of the month", "DATE", "1990-08", "END")],
    ),
    (
        "He demanded to know why the vote on Friday failed.",
        "1990-10-02",
        [("Friday", "DATE", "1990-09-28")],
    ),
    # TimeBank's closing quotation mark before an attribution.
    (
        "``We'll be at this until summer,'' Ames said.",
        "1998-04-22",
        [("summer", "DATE", "1998-SU")],
    ),
    # Timetables: an adverb of manner ("resumes in full"), a team's stretch of games, a birthday, "as
    # early as", a first plan in apposition.
    (
        "Trading resumes in full on Wednesday.",
        "2000-01-04",
        [("Wednesday", "DATE", "2000-01-05")],
    ),
    (
        "The Red Sox open a six-game homestand Thursday.",
        "2000-04-11",
        [("Thursday", "DATE", "2000-04-13")],
    ),
    (
        "Elian turns 7 on Dec. 6.",
        "2000-05-16",
        [("Dec. 6", "DATE", "2000-12-06")],
    ),
    (
        "Results could be announced as early as Friday.",
        "1999-11-11",
        [("Friday", "DATE", "1999-11-12")],
    ),
    (
        "The summit, originally scheduled to begin Monday, was delayed by one day.",
        "2000-06-13",
        [("Monday", "DATE", "2000-06-12"), ("one day", "DURATION", "P1D")],
    ),
    # The object of a past verb is no timetable's verb; "may not ... until" looks ahead; a period declared
    # to start on a day.
    (
        "Kenya counted votes from Monday's election.",
        "2013-03-05",
        [("Monday", "DATE", "2013-03-04")],
    ),
    (
        "Results may not be known until Saturday.",
        "2013-04-26",
        [("Saturday", "DATE", "2013-04-27")],
    ),
    (
        "Kenyatta declared three days of national mourning starting on Wednesday.",
        "2013-09-24",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-09-25")],
    ),
    (
        "The strike lasted three days starting on Wednesday.",
        "2013-09-24",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-09-18")],
    ),
    # A possessive month is gone by unless the clause looks ahead; an event a date is the adjective of; a
    # figure moved from.
    (
        "Chavez had beaten Capriles by 11 points in October's election.",
        "2013-04-15",
        [("October", "DATE", "2012-10")],
    ),
    (
        "Voters will go to the polls again in October's election.",
        "2013-04-15",
        [("October", "DATE", "2013-10")],
    ),
    (
        "The president will press Congress on gun control after the December 14 shooting in Newtown.",
        "2013-01-21",
        [("December 14", "DATE", "2012-12-14")],
    ),
    (
        "It expects unemployment to fall to 7.1 percent by the end of the year, from 7.3 percent in August.",
        "2013-09-18",
        [("the end of the year", "DATE", "2013", "END"), ("August", "DATE", "2013-08")],
    ),
    # Plural units after the plural noun of what was done; a second guess after a comma.
    (
        "Nineteen people were killed in attacks hours before polls opened.",
        "2013-03-05",
        [("hours", "DURATION", "PTXH")],
    ),
    (
        "Police made arrests days before the vote.",
        "2013-03-05",
        [("days", "DURATION", "PXD")],
    ),
    (
        "A decision could take days, or even months.",
        "2013-06-24",
        [("days", "DURATION", "PXD"), ("months", "DURATION", "PXM")],
    ),
    (
        "The cleanup will take months, if not years.",
        "2012-10-30",
        [("months", "DURATION", "PXM"), ("years", "DURATION", "PXY")],
    ),
    # A speed restated in brackets is a rate.
    (
        "The typhoon struck with winds of 315 kilometres (195 miles) an hour.",
        "2013-11-11",
        [],
    ),
    # A day of a figure moved from is no day the report moves to; nor a day told in the pluperfect, for
    # its parts of the day.
    (
        (
            "Stocks soared yesterday. Volume rose from 151.9 million Friday. Buying picked up "
            "after 3 p.m., when bond prices rose."
        ),
        "1989-07-25",
        [
            ("yesterday", "DATE", "1989-07-24"),
            ("Friday", "DATE", "1989-07-21"),
            ("3 p.m.", "TIME", "1989-07-24T15:00"),
        ],
    ),
    (
        (
            "The jury reached its verdict on Friday. Zimmerman was charged over the February 26, "
            "2012, shooting. His lawyer spoke to reporters at 10 p.m."
        ),
        "2013-07-13",
        [
            ("Friday", "DATE", "2013-07-12"),
            ("February 26, 2012", "DATE", "2012-02-26"),
            ("10 p.m.", "TIME", "2013-07-12T22:00"),
        ],
    ),
    # A part of a year the sentence has just named; "the end of this month" is this one's; "For the year,"
    # a report's year; the year just named.
    (
        "Profit will return in 1991, probably in the third quarter.",
        "1990-05-22",
        [("1991", "DATE", "1991"), ("the third quarter", "DATE", "1991-Q3")],
    ),
    (
        "Profit rose in 1988, mostly in the third quarter.",
        "1990-05-22",
        [("1988", "DATE", "1988"), ("the third quarter", "DATE", "1988-Q3")],
    ),
    (
        "The airline expects to return to profitability next year, but not before the third quarter.",
        "1990-05-22",
        [("next year", "DATE", "1991"), ("the third quarter", "DATE", "1991-Q3")],
    ),
    (
        "The previous agreement would have expired at the end of this month.",
        "1991-06-04",
        [("the end of this month", "DATE", "1991-06", "END")],
    ),
    (
        (
            "Net for the fourth quarter fell. For the year, net was $38.6 million, down from "
            "$51.3 million in 1989."
        ),
        "1991-02-26",
        [("the fourth quarter", "DATE", "1990-Q4"), ("the year", "DATE", "1990"), ("1989", "DATE", "1989")],
    ),
    (
        "The company posted a loss for 1989. Revenue for the year rose 12%.",
        "1990-01-11",
        [("1989", "DATE", "1989"), ("the year", "DATE", "1989")],
    ),
    (
        "The company posted a loss in 1989. It expects a profit for the year.",
        "1990-01-11",
        [("1989", "DATE", "1989"), ("the year", "DATE", "1990")],
    ),
    # "and that January" after a verb of saying is a conjunction; a futures contract's month is the next.
    (
        "He said ads were strong in December, and that January sales rose 6%.",
        "1990-01-30",
        [("December", "DATE", "1989-12"), ("January", "DATE", "1990-01")],
    ),
    (
        "The September Standard & Poor's 500 contract rose 4.30 points.",
        "1989-07-25",
        [("September", "DATE", "1989-09")],
    ),
    (
        "In September the contract was signed.",
        "1989-07-25",
        [("September", "DATE", "1988-09")],
    ),
    # A third round (broadcasts, NYT copy of 1998-2000, a TimeBank-like mix, agency wires of 2012-2014): a
    # promise of a month, a postponement across a long relative clause, a team's opener, a sentence that
    # ends inside its quotation, a declared period after a comma, an election faced.
    (
        "The company promised a report in July.",
        "1997-05-02",
        [("July", "DATE", "1997-07")],
    ),
    (
        "The company promised in July to cut jobs.",
        "1997-05-02",
        [("July", "DATE", "1996-07")],
    ),
    (
        "The House postponed its impeachment debate, which had been set to begin this morning, until Friday.",
        "1998-12-17",
        [("this morning", "TIME", "1998-12-17TMO"), ("Friday", "DATE", "1998-12-18")],
    ),
    (
        "The team plays its opener against China on Sunday.",
        "2000-09-15",
        [("Sunday", "DATE", "2000-09-17")],
    ),
    (
        'He said the army "will win." On Monday, it withdrew from the town.',
        "2014-07-16",
        [("Monday", "DATE", "2014-07-14")],
    ),
    (
        "Kenyatta declared three days of national mourning, starting on Wednesday.",
        "2013-09-24",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-09-25")],
    ),
    (
        "The strike lasted three days, beginning Wednesday.",
        "2013-09-24",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2013-09-18")],
    ),
    (
        "The prime minister, who faces an election on Sunday, convened his cabinet.",
        "2012-12-13",
        [("Sunday", "DATE", "2012-12-16")],
    ),
    # A month or a day a sentence goes on to after the year it named.
    (
        "The Winter Games will be held in Salt Lake City in 2002, from Feb. 8 to 24.",
        "1998-02-23",
        [("2002", "DATE", "2002"), ("Feb. 8", "DATE", "2002-02-08"), ("24", "DATE", "2002-02-24")],
    ),
    (
        "He was born in 1950, on May 3.",
        "1998-02-23",
        [("1950", "DATE", "1950"), ("May 3", "DATE", "1950-05-03")],
    ),
    # A bare part of the day in a future clause is not on a day gone by; "expected a vote by" looks ahead;
    # a month's market rise "for the month" is the month just named; a day a relative clause tells moves
    # no clock.
    (
        "The Senate voted yesterday. We will stay with this story throughout the evening.",
        "1999-03-24",
        [("yesterday", "DATE", "1999-03-23"), ("the evening", "TIME", "1999-03-24TEV")],
    ),
    (
        "Mitchell said he expected a vote by Thursday night.",
        "1990-10-17",
        [("Thursday night", "TIME", "1990-10-18TNI")],
    ),
    (
        "Retailers reported weak sales for March. Wal-Mart posted a 12% rise for the month.",
        "1990-04-05",
        [("March", "DATE", "1990-03"), ("the month", "DATE", "1990-03")],
    ),
    (
        "Brent rose 2% on Friday and is up 6% for the month.",
        "1990-04-05",
        [("Friday", "DATE", "1990-03-30"), ("the month", "DATE", "1990-04")],
    ),
    (
        (
            "The Senate confirmed Thomas tonight. Bush, who nominated Thomas on July 1, watched "
            "the vote shortly after 6 p.m."
        ),
        "1991-10-15",
        [
            ("tonight", "TIME", "1991-10-15TNI"),
            ("July 1", "DATE", "1991-07-01"),
            ("6 p.m.", "TIME", "1991-10-15T18:00"),
        ],
    ),
    # The last round: an attribution with the place it was said; a day-care centre; a body that
    # reconvenes, a leader who heads abroad.
    (
        "Jiang will visit Thailand on September 2, Zhu announced here.",
        "1999-06-30",
        [("September 2", "DATE", "1999-09-02")],
    ),
    (
        "The bomb ripped through a day-care center.",
        "1995-04-20",
        [],
    ),
    (
        "Parliament reconvenes on Thursday.",
        "2013-09-30",
        [("Thursday", "DATE", "2013-10-03")],
    ),
    (
        "The president heads to Asia on Friday.",
        "2013-09-30",
        [("Friday", "DATE", "2013-10-04")],
    ),
    (
        "The heads of state met on Friday.",
        "2013-09-30",
        [("Friday", "DATE", "2013-09-27")],
    ),
    # A fifth round (broadcasts, AQUAINT-like wires, a TimeBank-like mix, sports): the day it is where a
    # reporter speaks; a dawn after an afternoon is that day's; a morning said as such after a night; a
    # sum compared with a date; a decimal before "from a year earlier"; a day trader, a year-end report, a
    # night shift.
    (
        "It's Friday morning here in Jakarta.",
        "1998-05-21",
        [("Friday morning", "TIME", "1998-05-22TMO")],
    ),
    (
        "It is already Friday in Tokyo.",
        "1998-05-21",
        [("Friday", "DATE", "1998-05-22")],
    ),
    (
        "The president spoke this afternoon. Aid flights have been landing since dawn.",
        "1998-11-03",
        [("this afternoon", "TIME", "1998-11-03TAF"), ("dawn", "TIME", "1998-11-03TMO")],
    ),
    (
        "Tanks rolled in on Tuesday night. The troops withdrew at 9 a.m.",
        "1991-08-21",
        [("Tuesday night", "TIME", "1991-08-20TNI"), ("9 a.m.", "TIME", "1991-08-21T09:00")],
    ),
    (
        "Tonight, the President will address the nation at eight o'clock.",
        "1995-10-03",
        [("Tonight", "TIME", "1995-10-03TNI"), ("eight o'clock", "TIME", "1995-10-03T20:00")],
    ),
    (
        "Revenue was $300 million more than a year earlier.",
        "2013-05-09",
        [("a year earlier", "DATE", "2012")],
    ),
    (
        "He left more than a year earlier.",
        "2013-05-09",
        [("more than a year earlier", "DATE", "2012", "MORE_THAN")],
    ),
    (
        "In March, exports rose 4.5 percent from a year earlier.",
        "1999-05-05",
        [("March", "DATE", "1999-03"), ("a year earlier", "DATE", "1998-03")],
    ),
    (
        "He was a day trader. The firm issued a year-end report. She worked a night shift.",
        "1999-05-05",
        [],
    ),
    (
        "The rain fell for days after the storm.",
        "1995-04-20",
        [("days", "DURATION", "PXD")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_13(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
