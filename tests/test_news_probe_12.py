"""A twelfth probe of news: broadcast transcripts of 1997-2000, a TimeBank-like mix of 1989-1998,
AQUAINT-like wires of 1998-2000 and local news of 2000-2024 (documents written for the probe),
and the classes earlier probes left.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- Deep time: a count of years the calendar cannot hold ("65 million years ago", "about 125,000
  years ago", "thousands of years ago") is a vague past, the count and its bound in the extent;
  "1500 years ago" is still its year.
- So many parts of the day in each period is a set, as "six days a week" is ("three evenings a
  week").
- A year-ago quarter beside a forecast quarter, with no quarter reported on, is the forecast's
  quarter a year back.
- A deadline told in the pluperfect is gone by ("Bush had given Iraq until noon Saturday"); a day
  declared a day of mourning or a holiday is still to come; so is a return that "was expected"
  ("Suharto was expected home Friday").
- Wire copy's periods without "of" ("the first half last year", "the third quarter this year");
  "year-end 1989" is that year's end; "the same month last year" is the month in question a year
  back.
- The time a record is measured from ("the strongest since the quake of April 18, 1906") is no
  time the report moves to: "By late afternoon" after it is the report's own day's.
- "the Spring Festival" is China's new year (not "the Spring Festival of Music").
- A possessive day's announcement or ruling may be still to come ("Tuesday's announcement is
  expected to be brief"); "NBC's Today show" names a programme, no present; a period opening on
  a day after a clause in the present, the perfect or the future is to come ("has declared three
  days of national mourning, beginning Wednesday"); the event a state began with ("Since the vote
  on August 30th, ...") is no time the report moves to; midnight told in the past on the
  report's day is the one that began it; "Thirty-six years ago this November" is that month; a
  place's hours ("Hours are 8 a.m. to 1 p.m.") are any day's; "is closed on Friday" is to come.
- "setting a February deadline" is to come; "had originally intended to strike on April 19" is
  gone by; the months a report covers are past ("covering December to February, will be released
  in mid-March").
- A quarter told in the past that opens months after the DCT is last year's ("grew in the third
  quarter", written in February); the day figures were given ("data showed on Tuesday") is no
  time the report moves to; "since taking office on February 1" is gone by; a schedule in the
  present passive ("is released on Monday") is to come; a month after "since" is before the time
  told; "convicted in 1984 of killing two people a year earlier" is 1983; "the Winter Olympic
  Games" name no season.
- The month figures are for is gone by, and the day they come out keeps the clause's tense ("will
  report consumer prices for November on Thursday").
- Figures are named for the period they measure, the nearest of its name, whatever the tense of
  their release ("will release its estimate of third-quarter output next week", "will publish
  October figures on Friday", "its September survey of manufacturers"); "effective immediately"
  is now, no future.
- Rates are no lengths: "156 million shares a day", "from about 10,000 a week", "an inch an hour"
  (not "In 1990 a year of turmoil began").
- A weekday in the sentence of a week a report names before it is a day of that week ("schedule
  for next week includes trips to Illinois on Wednesday and Thursday").
- A third round (WSJ copy of 1989-1990, AP and NYT wires of 1998-2000, long features of
  2010-2013): a weekday alone is one of the report's own week unless the day told before it lies
  three weeks back or a pluperfect tells the story on; an adverbial clause after the day ("...
  Thursday, after tests showed a bomb") tells its own time; a timetable's present ("said the
  holiday begins this weekend"); "had resigned on Feb. 11" is gone by; a weekday in apposition
  ("on Oct. 29, a Monday,") is that day; a clock time told in the past is on the latest day gone
  by the report named, not on "tomorrow"; "a day of national mourning" is no length.
- "had been arrested on March 20" is gone by; a quotation's future before '," said one
  negotiator' keeps it; "was possible on Wednesday evening" looks ahead; the day something was
  said after a month is the story's ("admitted on July 11 ... the next day"); "with two weeks to
  go before Election Day"; "shut down that November to make room"; a day a relative clause tells
  ("who took office on March 1,") moves no weekday of the main clause; "giving ... until noon
  Saturday" sets a deadline to come; "at 5 p.m. EST, or 1 a.m. Thursday in Baghdad" restates one
  moment.
- A fourth round (a TimeBank-like mix, broadcasts and 2012-2014 wires): a fiscal quarter told in
  the past has closed, so "a year earlier" is that quarter a year back; "between midnight and 3
  a.m." begins the day, "by midnight" ends it; "the October jobs report, due out Friday" is to
  come; "the 18th named storm", "the 12th successful coup" count no days; a past form right
  after the verb a modal takes is an adjective ("will tour damaged areas on Wednesday", "will
  release revised forecasts in October"); "A parade is planned on Tuesday" is to come; an
  attribution with the day it was said ("..., Mandela announced today") tells nothing of the
  clause before it; "issued a heat advisory through Saturday evening" is to come.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # Deep time: more years than the calendar holds is a vague past, the count in the extent.
    (
        "The dinosaurs died out 65 million years ago.",
        "1998-03-04",
        [("65 million years ago", "DATE", "PAST_REF")],
    ),
    (
        "Modern humans left Africa about 125,000 years ago.",
        "1998-03-04",
        [("about 125,000 years ago", "DATE", "PAST_REF", "APPROX")],
    ),
    (
        "The last ice age ended some 10,000 years ago, and such rocks formed thousands of years ago.",
        "1998-03-04",
        [
            ("some 10,000 years ago", "DATE", "PAST_REF", "APPROX"),
            ("thousands of years ago", "DATE", "PAST_REF"),
        ],
    ),
    (
        "The tomb was sealed 1500 years ago.",
        "2004-06-01",
        [("1500 years ago", "DATE", "0504")],
    ),
    # So many parts of the day in each period: a set.
    (
        "She coaches three evenings a week and two mornings a month.",
        "1998-03-04",
        [
            ("three evenings a week", "SET", "P1W", None, {"freq": "3D"}),
            ("two mornings a month", "SET", "P1M", None, {"freq": "2D"}),
        ],
    ),
    # A year-ago quarter beside a forecast quarter is that quarter a year back.
    (
        "It expects fourth-quarter net of $1.30 a share, up from $1.20 in the year-ago quarter.",
        "1989-10-20",
        [("fourth-quarter", "DATE", "1989-Q4"), ("the year-ago quarter", "DATE", "1988-Q4")],
    ),
    # A deadline told in the pluperfect is gone by; a day declared a day of mourning is to come.
    (
        "Bush had given Iraq until noon Saturday to withdraw.",
        "1991-02-25",
        [("noon Saturday", "TIME", "1991-02-23T12:00")],
    ),
    (
        "Clinton declared Sunday a national day of mourning.",
        "1995-04-20",
        [("Sunday", "DATE", "1995-04-23")],
    ),
    (
        "The government proclaimed Friday a public holiday.",
        "1995-04-20",
        [("Friday", "DATE", "1995-04-21")],
    ),
    (
        "Clinton declared Sunday that the bombing was cowardly.",
        "1995-04-20",
        [("Sunday", "DATE", "1995-04-16")],
    ),
    # A return expected, told in the past, is still to come.
    (
        "Suharto was expected home Friday.",
        "1998-05-14",
        [("Friday", "DATE", "1998-05-15")],
    ),
    (
        "Suharto was expected back in Jakarta on Friday.",
        "1998-05-14",
        [("Friday", "DATE", "1998-05-15")],
    ),
    # A period and its year without "of"; the end of a named year; the same month a year back.
    (
        "The company lost $52 million in the first half last year.",
        "1989-08-16",
        [("the first half last year", "DATE", "1988-H1")],
    ),
    (
        "Profit rose in the third quarter this year.",
        "1989-08-16",
        [("the third quarter this year", "DATE", "1989-Q3")],
    ),
    (
        "Nonperforming assets were $730 million at year-end 1989.",
        "1990-10-31",
        [("year-end 1989", "DATE", "1989", "END")],
    ),
    (
        "Exports in May rose 5 percent from the same month last year.",
        "1999-06-03",
        [("May", "DATE", "1999-05"), ("the same month last year", "DATE", "1998-05")],
    ),
    # The time a record is measured from is no time the report moves to.
    (
        "The quake struck yesterday. It was the strongest since the quake of April 18, 1906. By late "
        "afternoon, the fires were out.",
        "1989-10-18",
        [
            ("yesterday", "DATE", "1989-10-17"),
            ("April 18, 1906", "DATE", "1906-04-18"),
            ("late afternoon", "TIME", "1989-10-17TAF", "END"),
        ],
    ),
    # China's new year by its own name, capitalised.
    (
        "Train traffic will peak ahead of the Spring Festival.",
        "1999-01-25",
        [("Spring Festival", "DATE", "1999-02-16")],
    ),
    # A possessive day's announcement or ruling can be to come; a programme named "Today" is no present.
    (
        "Tuesday's announcement is expected to be brief.",
        "1998-08-17",
        [("Tuesday", "DATE", "1998-08-18")],
    ),
    (
        "Friday's ruling was a surprise.",
        "1998-08-17",
        [("Friday", "DATE", "1998-08-14")],
    ),
    (
        "Hillary Clinton will appear on NBC's Today show Tuesday morning.",
        "1998-01-26",
        [("Tuesday morning", "TIME", "1998-01-27TMO")],
    ),
    # A period opening on a day, after a clause in the present, the perfect or the future, is to come.
    (
        "He has declared three days of national mourning, beginning Wednesday.",
        "1999-08-17",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "1999-08-18")],
    ),
    (
        "The strike lasted three days, beginning Wednesday.",
        "1999-08-17",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "1999-08-11")],
    ),
    # The event a state began with is no time the report moves to.
    (
        "Since the vote on August 30th, militias have killed hundreds. And there's news overnight from "
        "Taiwan.",
        "1999-09-21",
        [("August 30th", "DATE", "1999-08-30"), ("overnight", "TIME", "1999-09-20TNI")],
    ),
    # Midnight told in the past on the report's day began it.
    (
        "Gore called Bush at 2:30 a.m. The polls had closed at midnight.",
        "2000-11-08",
        [("2:30 a.m.", "TIME", "2000-11-08T02:30"), ("midnight", "TIME", "2000-11-08T00:00")],
    ),
    (
        "The talks will resume at 10 a.m. and end at midnight.",
        "2000-11-08",
        [("10 a.m.", "TIME", "2000-11-08T10:00"), ("midnight", "TIME", "2000-11-08T24:00")],
    ),
    # An anniversary's month: so many years back.
    (
        "Thirty-six years ago this November, John Jr. saluted his father's coffin.",
        "1999-07-17",
        [("Thirty-six years ago this November", "DATE", "1963-11")],
    ),
    # A place's hours are any day's; a place closed on a day is closed on one to come.
    (
        "Hours are 8 a.m. to 1 p.m.",
        "2023-04-13",
        [("8 a.m.", "TIME", "XXXX-XX-XXT08:00"), ("1 p.m.", "TIME", "XXXX-XX-XXT13:00")],
    ),
    (
        "The library is closed on Friday for staff training.",
        "2023-05-10",
        [("Friday", "DATE", "2023-05-12")],
    ),
    (
        "The road was closed on Friday.",
        "2023-05-10",
        [("Friday", "DATE", "2023-05-05")],
    ),
    # A month's deadline set is to come; a first plan told in the pluperfect is gone by; the month a
    # report covers is past.
    (
        "Negotiators opened talks Monday, setting a February deadline.",
        "1999-11-04",
        [("Monday", "DATE", "1999-11-01"), ("February", "DATE", "2000-02")],
    ),
    (
        "Negotiators missed a February deadline.",
        "1999-11-04",
        [("February", "DATE", "1999-02")],
    ),
    (
        "The gunmen had originally intended to strike on April 19.",
        "1999-04-29",
        [("April 19", "DATE", "1999-04-19")],
    ),
    (
        "The next set of figures, covering December to February, will be released in mid-March.",
        "2000-02-14",
        [
            ("December", "DATE", "1999-12"),
            ("February", "DATE", "2000-02"),
            ("mid-March", "DATE", "2000-03", "MID"),
        ],
    ),
    (
        "Industrial output in September fell 9.6 percent from the same month a year ago.",
        "1998-11-11",
        [("September", "DATE", "1998-09"), ("the same month a year ago", "DATE", "1997-09")],
    ),
    # A quarter told in the past that opens months after the DCT is last year's.
    (
        "India's economy grew 5.3 percent in the third quarter.",
        "2013-02-20",
        [("the third quarter", "DATE", "2012-Q3")],
    ),
    (
        "Third-quarter profit fell 5 percent.",
        "2013-05-20",
        [("Third-quarter", "DATE", "2013-Q3")],
    ),
    # The day figures were given is no time the report moves to.
    (
        "Industrial output rose 0.2 percent in November, data showed on Tuesday. Orders fell 1.8 "
        "percent in the same month.",
        "2013-01-09",
        [
            ("November", "DATE", "2012-11"),
            ("Tuesday", "DATE", "2013-01-08"),
            ("the same month", "DATE", "2012-11"),
        ],
    ),
    # What was done since a time began is gone by; a schedule in the present passive is to come.
    (
        "Kerry, on his first trip to Asia since taking office on February 1, will also visit China.",
        "2013-04-12",
        [("February 1", "DATE", "2013-02-01")],
    ),
    (
        "The new WTA list is released on Monday.",
        "2013-01-26",
        [("Monday", "DATE", "2013-01-28")],
    ),
    (
        "The figures were released on Monday.",
        "2013-01-26",
        [("Monday", "DATE", "2013-01-21")],
    ),
    # A month after "since" is before the time told.
    (
        "Prices have fallen since July.",
        "1998-05-21",
        [("July", "DATE", "1997-07")],
    ),
    # A year before the year the sentence has just named.
    (
        "Tucker was convicted in 1984 of killing two people a year earlier.",
        "1998-02-03",
        [("1984", "DATE", "1984"), ("a year earlier", "DATE", "1983")],
    ),
    (
        "The company was founded in 1985. Profit rose 5% from a year earlier.",
        "1998-02-03",
        [("1985", "DATE", "1985"), ("a year earlier", "DATE", "1997")],
    ),
    # Games named for a season.
    (
        "The eighteenth Winter Olympic Games opened in Nagano.",
        "1998-02-10",
        [],
    ),
    # The month figures are for is gone by; the day they come out keeps the clause's tense.
    (
        "The department will report consumer prices for November on Thursday.",
        "1990-12-12",
        [("November", "DATE", "1990-11"), ("Thursday", "DATE", "1990-12-13")],
    ),
    # Figures are named for the period they measure, the nearest of its name.
    (
        "The Commerce Department will release its estimate of third-quarter output next week.",
        "1990-12-12",
        [("third-quarter", "DATE", "1990-Q3"), ("next week", "DATE", "1990-W51")],
    ),
    (
        "The bureau will publish October figures on Friday.",
        "1990-12-12",
        [("October", "DATE", "1990-10"), ("Friday", "DATE", "1990-12-14")],
    ),
    (
        "The Fed will release its September survey of manufacturers on Monday.",
        "1991-11-06",
        [("September", "DATE", "1991-09"), ("Monday", "DATE", "1991-11-11")],
    ),
    # "effective immediately" is now.
    (
        "The company cut its prices on Monday, effective immediately.",
        "1994-10-11",
        [("Monday", "DATE", "1994-10-10")],
    ),
    (
        "The new prices are effective Monday.",
        "1994-10-11",
        [("Monday", "DATE", "1994-10-17")],
    ),
    # Rates: a count and its things, a count alone, or a measure before "a day" (no length).
    (
        "Trading volume averaged 156 million shares a day.",
        "1990-03-08",
        [],
    ),
    (
        "Cases fell from about 10,000 a week in February.",
        "1991-05-28",
        [("February", "DATE", "1991-02")],
    ),
    (
        "Rain fell at a rate of an inch an hour.",
        "1998-02-13",
        [],
    ),
    (
        "In 1990 a year of turmoil began.",
        "1998-02-03",
        [("1990", "DATE", "1990"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "He joined in 1990; a year earlier he had left the army.",
        "1998-02-03",
        [("1990", "DATE", "1990"), ("a year earlier", "DATE", "1989")],
    ),
    # A weekday in the sentence of a week named before it is a day of that week.
    (
        "Mr. Clinton's schedule for next week includes trips to Illinois on Wednesday and Thursday.",
        "1998-01-23",
        [
            ("next week", "DATE", "1998-W05"),
            ("Wednesday", "DATE", "1998-01-28"),
            ("Thursday", "DATE", "1998-01-29"),
        ],
    ),
    (
        "Last week he visited Ohio on Tuesday.",
        "1998-01-23",
        [("Last week", "DATE", "1998-W03"), ("Tuesday", "DATE", "1998-01-13")],
    ),
    # A weekday alone, 17 days after the day told before it, is one of the report's week.
    (
        "The stock traded as high as $294 on Oct. 13 and closed at $178 on Friday.",
        "1989-10-30",
        [("Oct. 13", "DATE", "1989-10-13"), ("Friday", "DATE", "1989-10-27")],
    ),
    # An adverbial clause after the day tells its own time.
    (
        "The FBI will take over the inquiry Thursday, after tests showed a bomb.",
        "1999-11-17",
        [("Thursday", "DATE", "1999-11-18")],
    ),
    # A timetable's present after a verb of saying.
    (
        "Officials said the holiday begins this weekend.",
        "1999-06-09",
        [("this weekend", "DATE", "1999-W23-WE")],
    ),
    # The pluperfect dates a finished event; a weekday in apposition is the day before it.
    (
        "Mubarak had resigned on Feb. 11.",
        "2013-01-25",
        [("Feb. 11", "DATE", "2012-02-11")],
    ),
    (
        "Sandy came ashore on Oct. 29, a Monday, and flooded the subway.",
        "2012-11-05",
        [("Oct. 29", "DATE", "2012-10-29"), ("Monday", "DATE", "2012-10-29")],
    ),
    (
        "Stocks rebounded on Oct. 16, the Monday after the plunge.",
        "1989-10-25",
        [("Oct. 16", "DATE", "1989-10-16"), ("Monday", "DATE", "1989-10-16")],
    ),
    # A clock time told in the past is on the latest day gone by the report named.
    (
        "The House opened its debate yesterday morning. The debate, which is scheduled to end tomorrow, "
        "began at 9:15 a.m.",
        "1998-12-18",
        [
            ("yesterday morning", "TIME", "1998-12-17TMO"),
            ("tomorrow", "DATE", "1998-12-19"),
            ("9:15 a.m.", "TIME", "1998-12-17T09:15"),
        ],
    ),
    # A day named for what is done on it is an occasion, no length.
    (
        "The government declared a day of national mourning.",
        "2013-03-06",
        [],
    ),
    # The pluperfect passive dates a finished event; a quotation's own future before its attribution.
    (
        "The boys had been arrested on March 20.",
        "2012-03-15",
        [("March 20", "DATE", "2011-03-20")],
    ),
    (
        '"We will probably be here through the weekend," said one negotiator.',
        "2012-11-26",
        [("the weekend", "DATE", "2012-W48-WE")],
    ),
    (
        "The weather service said coastal flooding was possible on Wednesday evening.",
        "2012-11-05",
        [("Wednesday evening", "TIME", "2012-11-07TEV")],
    ),
    # The day said on after a month is the story's; time still to go before a day.
    (
        "The village was handed over in January. G4S admitted on July 11 that it could not meet its "
        "commitment. The government called in 3,500 troops the next day.",
        "2012-07-24",
        [
            ("January", "DATE", "2012-01"),
            ("July 11", "DATE", "2012-07-11"),
            ("the next day", "DATE", "2012-07-12"),
        ],
    ),
    (
        "With two weeks to go before Election Day, the candidates met on Monday night.",
        "2012-10-23",
        [
            ("two weeks", "DURATION", "P2W"),
            ("Election Day", "DATE", "2012-11-06"),
            ("Monday night", "TIME", "2012-10-22TNI"),
        ],
    ),
    # "that November to make room": the month the story is at.
    (
        "The collider came close in the autumn of 2000, but was shut down that November to make room "
        "for its successor.",
        "2012-07-05",
        [("the autumn of 2000", "DATE", "2000-FA"), ("that November", "DATE", "2000-11")],
    ),
    # A day a relative clause tells is by the way.
    (
        "The president, who took office on March 1, flew to Brussels on Sunday morning.",
        "2013-03-25",
        [("March 1", "DATE", "2013-03-01"), ("Sunday morning", "TIME", "2013-03-24TMO")],
    ),
    # "giving ... until" sets a deadline to come; a moment restated in another place's time.
    (
        "International mediators extended the Kosovo peace talks by three days on Thursday, giving "
        "Serbs and ethnic Albanians until noon Saturday to accept a deal or face NATO airstrikes.",
        "1999-02-18",
        [
            ("three days", "DURATION", "P3D"),
            ("Thursday", "DATE", "1999-02-18"),
            ("noon Saturday", "TIME", "1999-02-20T12:00"),
        ],
    ),
    (
        "The attacks began at 5 p.m. EST, or 1 a.m. Thursday in Baghdad.",
        "1998-12-16",
        [("5 p.m. EST", "TIME", "1998-12-16T17:00-05:00"), ("1 a.m. Thursday", "TIME", "1998-12-17T01:00")],
    ),
    # A fiscal quarter told in the past has closed; midnight before small hours begins the day, "by
    # midnight" ends it; a report due out on a day is to come.
    (
        "Net income fell to $40 million in the fiscal fourth quarter from $51 million a year earlier.",
        "1989-10-27",
        [("the fiscal fourth quarter", "DATE", "1989-Q4"), ("a year earlier", "DATE", "1988-Q4")],
    ),
    (
        "Tornadoes struck early Monday. The storms hit between midnight and 3 a.m.",
        "1998-02-26",
        [
            ("early Monday", "DATE", "1998-02-23", "START"),
            ("midnight", "TIME", "1998-02-23T00:00"),
            ("3 a.m.", "TIME", "1998-02-23T03:00"),
        ],
    ),
    (
        "Crews worked early this morning and finished by midnight.",
        "1998-02-26",
        [("early this morning", "TIME", "1998-02-26TMO", "START"), ("midnight", "TIME", "1998-02-26T24:00")],
    ),
    (
        "Investors await the October jobs report, due out Friday.",
        "1989-11-02",
        [("October", "DATE", "1989-10"), ("Friday", "DATE", "1989-11-03")],
    ),
    (
        "The jobs report, due on Oct. 4, was delayed.",
        "1989-11-02",
        [("Oct. 4", "DATE", "1989-10-04")],
    ),
    # The count of a season's storms or a country's coups is no day of the month.
    (
        "Sandy became the 18th named storm of the season.",
        "2012-10-24",
        [],
    ),
    (
        "It was the 12th successful coup since independence.",
        "2012-10-24",
        [],
    ),
    (
        "Officials studied the Sept. 11 attack.",
        "2012-10-24",
        [("Sept. 11", "DATE", "2012-09-11")],
    ),
    # A past form right after the verb a modal takes is an adjective; a schedule in the present passive.
    (
        "Obama will tour damaged areas on Wednesday.",
        "2012-10-30",
        [("Wednesday", "DATE", "2012-10-31")],
    ),
    (
        "The bank will release revised forecasts in October.",
        "2013-08-21",
        [("October", "DATE", "2013-10")],
    ),
    (
        "A parade is planned on Tuesday.",
        "1998-06-15",
        [("Tuesday", "DATE", "1998-06-16")],
    ),
    (
        "A parade was planned on Tuesday.",
        "1998-06-15",
        [("Tuesday", "DATE", "1998-06-09")],
    ),
    # An attribution with the day it was said; an advisory "through" a day to come.
    (
        "South Africa will hold elections on June 2, Mandela announced today.",
        "1999-02-16",
        [("June 2", "DATE", "1999-06-02"), ("today", "DATE", "1999-02-16")],
    ),
    (
        "The weather service issued a heat advisory through Saturday evening.",
        "1995-07-14",
        [("Saturday evening", "TIME", "1995-07-15TEV")],
    ),
    (
        "The strike lasted through Tuesday.",
        "1995-07-14",
        [("Tuesday", "DATE", "1995-07-11")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_12(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
