"""A forty-first probe: world wires of 2012-13 from Asia, Africa and Latin America, British and
European news, broadcast transcripts, US news of 2012-13, and histories of ancient, medieval,
Asian and Latin American wars (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- A count "later" in news is a length, a bare plural too ("Weeks later, the army took control":
  "Weeks", PXW), as "A few days later" is.
- A name's verb whose past is its base form, with its object, is a past ("Kenya set a curfew at
  6 p.m. on Saturday", "Khamenei cast his vote at 8 a.m. Friday"): a present would say "sets".
- The period a figure is compared with after "from" is not the year of the period reported
  ("grew 2.7 percent from a year earlier in the third quarter" is this year's quarter).
- A clock in a "when" clause after a day a state lasts "until" is on that day ("will lie in
  state until Friday, when a funeral is scheduled to begin at 11 a.m.").
- "up to" before a point in time is no bound ("the 24 hours up to 8 a.m. Monday").
- Midnight after an evening the sentence told ends that evening (T24:00), whichever day the
  evening is counted from.
- A poll or a photo "taken" on a day is of that day, gone by, whatever the report's tense.
- A deadline an order set ("ordered staff out of the country by Saturday") is still to come.
- A month judged after "after" ("after a weak January") has gone by.
- "was expected" before "late", "early", "on" and a weekday, or "in the House", looks ahead, and
  so does "appeared likely Wednesday".
- A quarter a future clause sets as a deadline ("will stop by the fourth quarter", in March) is
  to come.
- "He attended Mass on Sunday" is past (a funeral notice's "Mass ... Monday" is still to come).
- "a few summers ago" is a vague past; "Forty years ago this fall" is that season so many years
  back, "five weeks ago yesterday" the day.
- "the New Year's Day agreement" keeps its "Day" (only Good Friday's agreement is a treaty's
  name); "the final fortnight of the campaign" is a length, as "the last fortnight" is.
- A year that opens a sentence, set off by its comma, frames each clause told in the past ("In
  2005, coalition talks took almost two months, and Merkel was not sworn in until 22 November").
- A programme's name in capitals holds no time ("VOICE OF AMERICA NEWS NOW").
- A morning's hour restated in another zone ("8 a.m. (0300 GMT)") is no small hours of the day;
  a deadline extended "to" a day, or a ban imposed "through" it (not in the pluperfect), is to
  come; ", the president ordered" closes a sentence as an attribution does; a participle's clause
  after its noun and a comma is done ("The council, set up in April to advise him, met").
- A weekday after "last week" in a clause of its own with a subject after its article is the
  latest such day ("promised last week ..., and the cabinet resigned Tuesday"); what a deal is
  "to raise" up to a day is to come; the month of an event a report is "ahead of" is the one
  nearest it; a pronoun's "'s" before a trip's "-ing" or "expected back" looks ahead, as "There's
  a dinner on Saturday night" does; a passive with its particle ("was called off", "was sworn in")
  dates a finished event, as does the event "since" which a state holds; "After the 1998
  election," frames its sentence as "In 1998," does; a later month after a month of a coming year
  is of that year ("in March next year, followed by a presidential vote in August").
- The verb "and" joins to a modal's first verb shares its future ("will close at 5 p.m. today and
  remain closed Saturday"); a weekday that is its clause's subject before a present copula is the
  one to come ('"Saturday morning is not a good time ..."'); a trial "postponed to the fall" is
  this fall; a timeline's line goes on in the year of the dated line above it, whatever that line
  goes on to say, and a clock that ends a line takes no day from the next line's date.
- "the 7th intercalary month" is no day of a month; "a day later known as Black Saturday" counts
  no day on (nor, since the forty-second probe, is "a day" there a length); "famous overnight" is
  no night; a month after the start of a state ("since November
  2011, and ... expires in January") is no month a plan set after it; "options expiring in
  October" are still to run; the day of an event a report is "ahead of" is the nearest; "about"
  after a word whose topic it introduces ("the thing about June 30") is no approximation.
- In a history of the years before 1753, a weekday may be an Old Style one ("On Sunday, 2
  September [1666]"); a date in a bracket of its own the calendars' days apart restates the day
  ("on 3 June 1665 (13 June)"), as one after a note of the calendar's style does; a relative
  clause in the pluperfect is off the story's line; a year an event is named by, inside the
  decade the story stands at, narrows it ("In the 1920s ... the drought of 1927. That winter");
  "the whole previous year"; "the Feast of the Assumption", "St James's Day".
- In a history, the Roman calendar's named days ("the Ides of April", "the Nones of December")
  are dates; a span of months over the new year told after a season goes forward ("set out in
  the summer of 1096 and reached the city between November and April" is 1096-97).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    ("Weeks later, the army took control.", "2013-09-23", [("Weeks", "DURATION", "PXW")]),
    ("Days later, the rebels took the port.", "2013-09-23", [("Days", "DURATION", "PXD")]),
    (
        "Kenya set a curfew at 6 p.m. on Saturday.",
        "2013-09-23",
        [("6 p.m. on Saturday", "TIME", "2013-09-21T18:00")],
    ),
    (
        "Khamenei cast his vote at 8 a.m. Friday.",
        "2013-06-15",
        [("8 a.m. Friday", "TIME", "2013-06-14T08:00")],
    ),
    (
        "Kenya will set a curfew at 6 p.m. on Saturday.",
        "2013-09-23",
        [("6 p.m. on Saturday", "TIME", "2013-09-28T18:00")],
    ),
    (
        "The economy grew 2.7 percent from a year earlier in the third quarter.",
        "2013-12-02",
        [("a year earlier", "DATE", "2012"), ("the third quarter", "DATE", "2013-Q3")],
    ),
    (
        "Exports rose 5 percent from a year ago in October.",
        "2013-12-02",
        [("a year ago", "DATE", "2012-10"), ("October", "DATE", "2013-10")],
    ),
    (
        "The plant closed last year in March.",
        "2013-12-02",
        [("last year", "DATE", "2012"), ("March", "DATE", "2012-03")],
    ),
    (
        "His body will lie in state until Friday, when a funeral is scheduled to begin at 11 a.m.",
        "2013-03-06",
        [("Friday", "DATE", "2013-03-08"), ("11 a.m.", "TIME", "2013-03-08T11:00")],
    ),
    (
        "Police said 119 people were injured in the 24 hours up to 8 a.m. Monday.",
        "2013-12-02",
        [("the 24 hours", "DURATION", "PT24H"), ("8 a.m. Monday", "TIME", "2013-12-02T08:00")],
    ),
    (
        "The storm may last up to three days.",
        "2013-12-02",
        [("up to three days", "DURATION", "P3D", "EQUAL_OR_LESS")],
    ),
    (
        "Crowds celebrated on Saturday evening, and drivers honked their horns past midnight.",
        "2013-06-15",
        [("Saturday evening", "TIME", "2013-06-15TEV"), ("midnight", "TIME", "2013-06-15T24:00")],
    ),
    ("The fireworks began at midnight.", "2013-06-15", [("midnight", "TIME", "2013-06-15T00:00")]),
    (
        "Lawmakers will hear from AIG on Wednesday. A poll taken Friday puts him ahead.",
        "2008-10-06",
        [("Wednesday", "DATE", "2008-10-08"), ("Friday", "DATE", "2008-10-03")],
    ),
    (
        "Officials ordered staff out of the country by Saturday.",
        "1998-08-20",
        [("Saturday", "DATE", "1998-08-22")],
    ),
    (
        "Officials ordered staff out of the country by Saturday.",
        "1998-08-22",
        [("Saturday", "DATE", "1998-08-22")],
    ),
    (
        "Retailers are hoping for a big weekend after a weak January.",
        "2013-02-15",
        [("January", "DATE", "2013-01")],
    ),
    ("Stores will reopen after January.", "2013-02-15", [("January", "DATE", "2014-01")]),
    (
        "A vote was expected late Tuesday or Wednesday.",
        "2013-01-01",
        [("late Tuesday", "DATE", "2013-01-01", "END"), ("Wednesday", "DATE", "2013-01-02")],
    ),
    (
        "A final vote was expected in the House on Wednesday.",
        "2013-01-01",
        [("Wednesday", "DATE", "2013-01-02")],
    ),
    ("Aides said the vote appeared likely Wednesday.", "2013-01-01", [("Wednesday", "DATE", "2013-01-02")]),
    (
        "Training for some Army units will stop by the fourth quarter.",
        "2013-03-01",
        [("the fourth quarter", "DATE", "2013-Q4")],
    ),
    (
        "The company will report results for the fourth quarter.",
        "2013-03-01",
        [("the fourth quarter", "DATE", "2012-Q4")],
    ),
    ("He attended Mass on Sunday.", "2012-12-17", [("Sunday", "DATE", "2012-12-16")]),
    ("The crash happened a few summers ago.", "2012-12-17", [("a few summers ago", "DATE", "PAST_REF")]),
    (
        "Forty years ago this fall, we were covering another election.",
        "2008-10-06",
        [("Forty years ago this fall", "DATE", "1968-FA")],
    ),
    (
        "The bombing campaign began five weeks ago yesterday.",
        "2001-11-12",
        [("five weeks ago yesterday", "DATE", "2001-10-07")],
    ),
    (
        "Lawmakers delayed the cuts in the New Year's Day agreement.",
        "2013-03-01",
        [("New Year's Day", "DATE", "2013-01-01")],
    ),
    ("Mitchell brokered the 1998 Good Friday accord.", "2013-03-01", [("1998", "DATE", "1998")]),
    (
        "Berlusconi spent the final fortnight of the campaign promising tax cuts.",
        "2013-02-26",
        [("the final fortnight", "DURATION", "P2W")],
    ),
    (
        "In 2005, coalition talks took almost two months, and Merkel was not sworn in until 22 November.",
        "2013-09-23",
        [
            ("2005", "DATE", "2005"),
            ("almost two months", "DURATION", "P2M", "LESS_THAN"),
            ("22 November", "DATE", "2005-11-22"),
        ],
    ),
    (
        "In 1979, the Conservatives won, and Thatcher took office on 4 May.",
        "2013-04-08",
        [("1979", "DATE", "1979"), ("4 May", "DATE", "1979-05-04")],
    ),
    (
        "Polls opened at 8 a.m. (0300 GMT) and were due to close at 5 p.m.",
        "2013-05-11",
        [
            ("8 a.m.", "TIME", "2013-05-11T08:00"),
            ("0300 GMT", "TIME", "2013-05-11T03:00Z"),
            ("5 p.m.", "TIME", "2013-05-11T17:00"),
        ],
    ),
    ("The court extended the deadline to Jan. 7.", "2013-12-02", [("Jan. 7", "DATE", "2014-01-07")]),
    (
        "Protesters defied a ban on rallies that a court imposed through Jan. 7.",
        "2013-12-02",
        [("Jan. 7", "DATE", "2014-01-07")],
    ),
    (
        "Flags will fly at half-staff through Friday, the president ordered.",
        "2013-09-17",
        [("Friday", "DATE", "2013-09-20")],
    ),
    (
        "The council of cardinals, set up in April to advise him, met last week.",
        "2013-12-11",
        [("April", "DATE", "2013-04"), ("last week", "DATE", "2013-W49")],
    ),
    (
        "Egon Krenz promised last week to loosen travel rules, and the cabinet resigned Tuesday.",
        "1989-11-10",
        [("last week", "DATE", "1989-W44"), ("Tuesday", "DATE", "1989-11-07")],
    ),
    (
        "Clinton's schedule for next week includes trips to Illinois on Wednesday and Thursday.",
        "1989-11-10",
        [
            ("next week", "DATE", "1989-W46"),
            ("Wednesday", "DATE", "1989-11-15"),
            ("Thursday", "DATE", "1989-11-16"),
        ],
    ),
    (
        "Lawmakers reached a deal to raise the debt ceiling until Feb. 7.",
        "2013-10-18",
        [("Feb. 7", "DATE", "2014-02-07")],
    ),
    (
        "The rise has alarmed officials ahead of the Hajj in October.",
        "2013-05-13",
        [("October", "DATE", "2013-10")],
    ),
    ("Prices rose ahead of the vote in March.", "2013-05-13", [("March", "DATE", "2013-03")]),
    ("He's traveling to Asia on Saturday.", "2013-10-01", [("Saturday", "DATE", "2013-10-05")]),
    ("The store's opening on Friday drew crowds.", "2013-10-01", [("Friday", "DATE", "2013-09-27")]),
    (
        "He's expected back in Washington on Friday evening.",
        "2014-03-05",
        [("Friday evening", "TIME", "2014-03-07TEV")],
    ),
    ("There's a dinner on Saturday night.", "2014-03-05", [("Saturday night", "TIME", "2014-03-08TNI")]),
    ("There was a dinner on Saturday night.", "2014-03-05", [("Saturday night", "TIME", "2014-03-01TNI")]),
    ("The strike was called off on October 15.", "2013-09-20", [("October 15", "DATE", "2012-10-15")]),
    ("He was sworn in on October 15.", "2013-09-20", [("October 15", "DATE", "2012-10-15")]),
    ("He will be sworn in on October 15.", "2013-09-20", [("October 15", "DATE", "2013-10-15")]),
    (
        "Since the vote on September 27, the FDP has lost support.",
        "2013-09-20",
        [("September 27", "DATE", "2012-09-27")],
    ),
    (
        "After the 1998 election, Schroeder took office on October 27.",
        "2013-09-20",
        [("1998", "DATE", "1998"), ("October 27", "DATE", "1998-10-27")],
    ),
    (
        "It faces local elections in March next year, followed by a presidential vote in August.",
        "2013-06-03",
        [("March next year", "DATE", "2014-03"), ("August", "DATE", "2014-08")],
    ),
    (
        "The library will close at 5 p.m. today and remain closed Saturday.",
        "2017-01-06",
        [("5 p.m. today", "TIME", "2017-01-06T17:00"), ("Saturday", "DATE", "2017-01-07")],
    ),
    (
        '"Saturday morning is not a good time to be on the road," the forecaster said.',
        "2017-01-06",
        [("Saturday morning", "TIME", "2017-01-07TMO")],
    ),
    ("For many Americans, Monday is a holiday.", "2013-02-15", [("Monday", "DATE", "2013-02-18")]),
    ("The trial was postponed to the fall.", "2012-03-19", [("the fall", "DATE", "2012-FA")]),
    (
        "Timeline of the Greek debt crisis\n\nOct 4, 2009 - Socialists win a snap election, ending "
        "five years of conservative rule.\nOct 20 - The government says the deficit is twice the "
        "estimate.\nJune 12, 2010 - Polls close at 10 p.m.\nJune 13 - Results are released.",
        "2010-07-24",
        [
            ("Oct 4, 2009", "DATE", "2009-10-04"),
            ("five years", "DURATION", "P5Y"),
            ("Oct 20", "DATE", "2009-10-20"),
            ("June 12, 2010", "DATE", "2010-06-12"),
            ("10 p.m.", "TIME", "2010-06-12T22:00"),
            ("June 13", "DATE", "2010-06-13"),
        ],
    ),
    (
        "Stocks have risen since November 2011, and Bernanke's term expires in January.",
        "2013-06-20",
        [("November 2011", "DATE", "2011-11"), ("January", "DATE", "2014-01")],
    ),
    (
        "Implied volatility for WTI options expiring in October was 23.8 percent.",
        "2013-08-28",
        [("October", "DATE", "2013-10")],
    ),
    (
        "Premiums in India rose ahead of Akshaya Tritiya on May 13.",
        "2013-04-15",
        [("May 13", "DATE", "2013-05-13")],
    ),
    ("His demand made him famous overnight.", "2011-02-14", []),
    (
        "The most glorious thing about June 30 is that it brought everyone together.",
        "2013-07-04",
        [("June 30", "DATE", "2013-06-30")],
    ),
    ("The ship sails about June 30.", "2013-07-04", [("about June 30", "DATE", "2013-06-30", "APPROX")]),
    ("VOICE OF AMERICA NEWS NOW\n\nThis is VOA News. I'm Steve Herman in Washington.", "2004-12-28", []),
    ("What matters in the news now is the storm.", "2004-12-28", [("now", "DATE", "PRESENT_REF")]),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "In August 1666 Holmes burned the fleet. On Sunday, 2 September, the Great Fire broke out.",
        "2020-01-20",
        [("August 1666", "DATE", "1666-08"), ("Sunday, 2 September", "DATE", "1666-09-02")],
    ),
    (
        "Oxford capitulated in 1646. The king was tried in January 1649 and beheaded on Tuesday, 30 January.",
        "2008-11-02",
        [
            ("1646", "DATE", "1646"),
            ("January 1649", "DATE", "1649-01"),
            ("Tuesday, 30 January", "DATE", "1649-01-30"),
        ],
    ),
    (
        "The Battle of Lowestoft was fought on 3 June 1665 (13 June). Obdam was killed at about one "
        "o'clock in the afternoon.",
        "2020-01-20",
        [
            ("3 June 1665", "DATE", "1665-06-03"),
            ("13 June", "DATE", "1665-06-13"),
            ("about one o'clock in the afternoon", "TIME", "1665-06-03T13:00", "APPROX"),
        ],
    ),
    (
        "The battle was fought on 28 June 1709 (Swedish style; 27 June O.S., 8 July N.S.). The "
        "infantry advanced before dawn.",
        "2016-09-09",
        [
            ("28 June 1709", "DATE", "1709-06-28"),
            ("27 June", "DATE", "1709-06-27"),
            ("8 July", "DATE", "1709-07-08"),
            ("dawn", "TIME", "1709-06-28TMO"),
        ],
    ),
    (
        "On 16 December 1740 Frederick, who had come to the throne only that May, marched into "
        "Silesia. Most of the province was occupied by the end of January.",
        "2025-05-05",
        [
            ("16 December 1740", "DATE", "1740-12-16"),
            ("May", "DATE", "1740-05"),
            ("the end of January", "DATE", "1741-01", "END"),
        ],
    ),
    (
        "In the 1920s farmers blamed the government for the drought of 1927. That winter was hard.",
        "2009-03-14",
        [("the 1920s", "DATE", "192"), ("1927", "DATE", "1927"), ("That winter", "DATE", "1927-WI")],
    ),
    (
        "The IRA burned the Custom House on 25 May 1921. Casualties exceeded those of the whole "
        "previous year. A truce was agreed on 9 July.",
        "2019-01-21",
        [
            ("25 May 1921", "DATE", "1921-05-25"),
            ("the whole previous year", "DATE", "1920"),
            ("9 July", "DATE", "1921-07-09"),
        ],
    ),
    (
        "The decisive day, 15 August 1920, was the Feast of the Assumption.",
        "2015-08-15",
        [("15 August 1920", "DATE", "1920-08-15"), ("the Feast of the Assumption", "DATE", "1920-08-15")],
    ),
    (
        "The Mongol invasions of Japan were two attempts to conquer Japan. A typhoon struck on 15 "
        "August 1281 (the 1st day of the 7th intercalary month of Koan 4).",
        "2009-03-14",
        [("15 August 1281", "DATE", "1281-08-15")],
    ),
    (
        "On Saturday, 6 December 1975, a day later known as Black Saturday, militiamen set up "
        "roadblocks that morning.",
        "2010-01-01",
        [
            ("Saturday, 6 December 1975", "DATE", "1975-12-06"),
            ("that morning", "TIME", "1975-12-06TMO"),
        ],
    ),
    (
        "The English fleet won again on St James's Day 1666.",
        "2020-01-20",
        [("St James's Day 1666", "DATE", "1666-07-25")],
    ),
    (
        "In 58 BC Caesar told the envoys to return on the Ides of April.",
        "2016-11-20",
        [("58 BC", "DATE", "BC0058"), ("the Ides of April", "DATE", "BC0058-04-13")],
    ),
    (
        "In 63 BC the senate met on the Nones of December.",
        "2016-11-20",
        [("63 BC", "DATE", "BC0063"), ("the Nones of December", "DATE", "BC0063-12-05")],
    ),
    (
        "The armies set out in the summer of 1096 and reached the city between November and April.",
        "2003-01-27",
        [
            ("the summer of 1096", "DATE", "1096-SU"),
            ("November", "DATE", "1096-11"),
            ("April", "DATE", "1097-04"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_41(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_41(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
