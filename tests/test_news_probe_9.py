"""A ninth probe of news: broadcast transcripts, headlines and briefs, and a stress test of
lengths, sets and their modifiers.

Sentences written for this probe in the way broadcasts, wire headlines and newspapers write them,
each with every timex it must yield (text, type, value and mod, or with ``"freq"`` the set's
frequency). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A decision dated between its verb and its infinitive plans what the infinitive says ("voted
  Monday to hold elections on June 5"); a meeting on a calendar after "attend" or "at" asks its
  clause's tense ("will attend Saturday's meeting"); a headline's "to" and its verb look ahead
  ("Obama to visit Israel on Wednesday"); a relative clause right after the expression tells its
  own time ("passed a package late Monday that would send checks"); an attribution set off by
  commas tells nothing of the clause it interrupts ("will arrive Friday, officials said,
  bringing snow by Saturday"); "goes ahead on Sunday" is a timetable's; "could be finished by
  Thursday" and "has postponed all games through Sunday" look ahead.
- Newswire: a relative clause set off after the expression tells its own time ("on Tuesday,
  where the victims lived"); "underwent", "oversaw" and the other prefixed irregular pasts are
  past; a feast in a sentence that opens on a year is that year's ("In 1994, ... Easter"); sales
  "for December" are of a month gone by; "were supposed to" is a plan that may have passed; a year
  a state began in ("since 1969") may be the year "that year" names next, as may a day a "when"
  clause tells of ("since 1994, when ..."); the day a report was given ("police said Wednesday")
  is no time the story moves to after an earlier one it told of; a count told in the past after a
  month gone by is in that month's year ("In January ... ten days later"), not after the DCT.
- A part of the day the DCT names takes "early" or "late" ("early this morning", "late last
  night"), not after a verb of lateness ("arrived late this morning").
- A clock time without its mark after one in the afternoon is in the afternoon ("at 7 p.m. and
  the show starts at 8:30"), as is one of an afternoon's hours after "this afternoon"; a
  transcript's zone in small letters ("two a.m. eastern time"); "at about eight-thirty last night";
  a clock time a future clause tells is not on a day gone by ("NASA said Tuesday. Liftoff will be
  at 9:15 a.m." is on the Friday named before).
- The night: "the middle of the night"; "overnight by helicopter"; "overnight" told in the past
  after "tonight" in a broadcast is the night before; "Day turned to night" is no time.
- A broadcast's present and recent past: "at this hour", "at this moment", "moments ago",
  "hours ago"; "within minutes", "could take weeks to restore", "lasted months".
- "two weeks from today" is a day; "fifty years ago tomorrow" is the anniversary of tomorrow;
  "40-odd years ago", "20-plus years ago"; "a maximum of", "a minimum of", "more or less".
- Sets: "24 hours a day", "40 hours a week", "several times a year", "twice-yearly",
  "biennially", "On Tuesdays," opening a sentence, "every spring and autumn".
- Named days: Tax Day, Inauguration Day. No decade in a weather report's "won't get out of the
  twenties".
- British and financial copy: "between Friday and Monday" is a span, its end after its start;
  "12 noon", "12 midnight"; "a 22% gain year to date"; "59%" after a year is no year's end;
  "quarter-point increases" are no length; an -ed word after a preposition or a possessive is an
  adjective, no past verb ("for affected businesses on Tuesday"); the dates of one list take the
  tense of the first ("due to take place in May and June have been cancelled").
- Feature prose: a month after the kin an obituary names is a name ("his wife, June,"); a
  weekday or a season that begins a place's or a firm's name ("Friday Harbor", "Summer
  Properties"); a game's clock and a runner's pace ("with 1:14 remaining", "at 12:34 of the third
  period", "a 4:42 mile pace"); a game's "second half"; things named for a feast ("the Christmas
  tree"); "March Madness", "Sunday best", "Spring forward", a screen's "2560 by 1440". "Later
  this summer" is its end; plural weekdays after a timetable's verb or opening a sentence are
  sets.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A decision dated between its verb and its infinitive plans what the infinitive says.
    (
        "Parliament voted Monday to hold elections on June 5.",
        "2013-03-18",
        [("Monday", "DATE", "2013-03-18"), ("June 5", "DATE", "2013-06-05")],
    ),
    (
        "The board decided on Friday to close the plant in December.",
        "2013-03-18",
        [("Friday", "DATE", "2013-03-15"), ("December", "DATE", "2013-12")],
    ),
    (
        "The bank decided Feb. 12 to raise rates in June.",
        "2013-03-15",
        [("Feb. 12", "DATE", "2013-02-12"), ("June", "DATE", "2013-06")],
    ),
    (
        "The two sides agreed on Wednesday to meet again on Monday.",
        "2013-03-15",
        [("Wednesday", "DATE", "2013-03-13"), ("Monday", "DATE", "2013-03-18")],
    ),
    # A meeting on a calendar after "attend" or "at" asks its clause's tense.
    (
        "The prime minister will attend Saturday's meeting in Brussels.",
        "2013-03-18",
        [("Saturday", "DATE", "2013-03-23")],
    ),
    (
        "Ministers will discuss the plan at Thursday's summit.",
        "2013-03-18",
        [("Thursday", "DATE", "2013-03-21")],
    ),
    (
        "Ministers discussed the plan at Thursday's summit.",
        "2013-03-18",
        [("Thursday", "DATE", "2013-03-14")],
    ),
    ("Investors will look at Tuesday's figures.", "2013-03-18", [("Tuesday", "DATE", "2013-03-12")]),
    # A headline's future.
    (
        "Obama to visit Israel on Wednesday\n\nJERUSALEM (AP) -- The president arrives on Wednesday.",
        "2013-03-18",
        [("Wednesday", "DATE", "2013-03-20"), ("Wednesday", "DATE", "2013-03-20")],
    ),
    ("Greek banks to stay shut Monday", "2015-06-26", [("Monday", "DATE", "2015-06-29")]),
    ("Dow rises to record high Friday", "2013-03-18", [("Friday", "DATE", "2013-03-15")]),
    (
        "He went to visit Israel on Wednesday.\nThen he left.",
        "2013-03-18",
        [("Wednesday", "DATE", "2013-03-13")],
    ),
    # A relative clause right after the expression; an attribution set off by commas.
    (
        "Congress passed a relief package late Monday that would send checks to millions.",
        "2020-12-22",
        [("late Monday", "DATE", "2020-12-21", "END")],
    ),
    (
        "The airline unveiled a new fare plan Monday that will raise prices.",
        "2020-12-22",
        [("Monday", "DATE", "2020-12-21")],
    ),
    (
        "The storm will arrive Friday, officials said, bringing snow by Saturday.",
        "2013-03-20",
        [("Friday", "DATE", "2013-03-22"), ("Saturday", "DATE", "2013-03-23")],
    ),
    (
        "Prices will rise, the company said, starting Friday.",
        "2013-03-20",
        [("Friday", "DATE", "2013-03-22")],
    ),
    (
        "The plant closed Friday, officials said, and will reopen next month.",
        "2013-03-20",
        [("Friday", "DATE", "2013-03-15"), ("next month", "DATE", "2013-04")],
    ),
    # A timetable's present; a modal before a deadline; a postponement through a day.
    ("The London Marathon goes ahead on Sunday.", "2013-04-16", [("Sunday", "DATE", "2013-04-21")]),
    ("The recount could be finished by Thursday.", "2000-11-08", [("Thursday", "DATE", "2000-11-09")]),
    ("He could be seen on Thursday.", "2000-11-08", [("Thursday", "DATE", "2000-11-02")]),
    ("Baseball has postponed all games through Sunday.", "2001-09-12", [("Sunday", "DATE", "2001-09-16")]),
    # A part of the day the DCT names takes its position.
    (
        "Fires were put out early this morning.",
        "1998-03-05",
        [("early this morning", "TIME", "1998-03-05TMO", "START")],
    ),
    ("The council met late last night.", "1998-03-05", [("late last night", "TIME", "1998-03-04TNI", "END")]),
    (
        "Bodies had been recovered by late this afternoon.",
        "1998-03-05",
        [("late this afternoon", "TIME", "1998-03-05TAF", "END")],
    ),
    (
        "We leave early tomorrow morning.",
        "1998-03-05",
        [("early tomorrow morning", "TIME", "1998-03-06TMO", "START")],
    ),
    ("The results come late tonight.", "1998-03-05", [("late tonight", "TIME", "1998-03-05TNI", "END")]),
    (
        "He arrived late this morning, officials said.",
        "1998-03-05",
        [("this morning", "TIME", "1998-03-05TMO")],
    ),
    # Clock times.
    (
        "The decision is due at 2 p.m., followed by a news conference at 2:30.",
        "2022-07-26",
        [("2 p.m.", "TIME", "2022-07-26T14:00"), ("2:30", "TIME", "2022-07-26T14:30")],
    ),
    (
        "Doors open at 7 p.m. and the show starts at 8:30.",
        "2022-07-26",
        [("7 p.m.", "TIME", "2022-07-26T19:00"), ("8:30", "TIME", "2022-07-26T20:30")],
    ),
    (
        "The rally starts at 7 p.m. Buses leave at 6:15.",
        "2022-07-26",
        # (The buses leave for the rally 45 minutes before it: a bare clock takes the half of the
        # day that puts it near the clock told before it, earlier or later.)
        [("7 p.m.", "TIME", "2022-07-26T19:00"), ("6:15", "TIME", "2022-07-26T18:15")],
    ),
    (
        # (The small hours a coverage runs on into are the next day's: see test_news_probe_22.)
        "Coverage continues until two a.m. eastern time.",
        "1998-03-05",
        [("two a.m. eastern time", "TIME", "1998-03-06T02:00-05:00")],
    ),
    ("Climbers left at 5 a.m. mountain guides said.", "1998-03-05", [("5 a.m.", "TIME", "1998-03-05T05:00")]),
    (
        "It happened at about eight-thirty last night.",
        "1998-03-05",
        [("about eight-thirty last night", "TIME", "1998-03-04T20:30", "APPROX")],
    ),
    (
        "The mob stormed the Capitol this afternoon. The breach began shortly after two o'clock.",
        "2021-01-06",
        [("this afternoon", "TIME", "2021-01-06TAF"), ("two o'clock", "TIME", "2021-01-06T14:00")],
    ),
    (
        "The fire began at six-fifty p.m. Just before eight o'clock, the spire collapsed.",
        "2019-04-15",
        [("six-fifty p.m.", "TIME", "2019-04-15T18:50"), ("eight o'clock", "TIME", "2019-04-15T20:00")],
    ),
    # The night: its middle, "overnight" before "by", the night before the day of a broadcast.
    (
        "In the middle of the night, the networks called Florida.",
        "2000-11-08",
        [("the middle of the night", "TIME", "2000-11-07TNI", "MID")],
    ),
    (
        "The crew was evacuated overnight by helicopter.",
        "2010-04-21",
        [("overnight", "TIME", "2010-04-20TNI")],
    ),
    (
        "Firefighters battled a fire through the night that destroyed homes.",
        "2012-10-30",
        [("the night", "TIME", "2012-10-29TNI")],
    ),
    (
        "Good evening. We begin tonight in Florida, where tornadoes tore through three counties overnight.",
        "1998-03-05",
        [("tonight", "TIME", "1998-03-05TNI"), ("overnight", "TIME", "1998-03-04TNI")],
    ),
    (
        "He spoke at ten last night. Overnight, the rebels advanced.",
        "1998-03-05",
        [("ten last night", "TIME", "1998-03-04T22:00"), ("Overnight", "TIME", "1998-03-04TNI")],
    ),
    ("Day turned to night across the country.", "2017-08-21", []),
    # A clock time a future clause tells is on a day still to come the text named, not one gone by.
    (
        "The launch is scheduled for Friday, NASA said Tuesday. Liftoff will be at 9:15 a.m.",
        "2013-03-20",
        [
            ("Friday", "DATE", "2013-03-22"),
            ("Tuesday", "DATE", "2013-03-19"),
            ("9:15 a.m.", "TIME", "2013-03-22T09:15"),
        ],
    ),
    (
        "The minister arrived on Tuesday. He will speak at 3 p.m.",
        "2013-03-20",
        [("Tuesday", "DATE", "2013-03-19"), ("3 p.m.", "TIME", "2013-03-20T15:00")],
    ),
    (
        "The minister arrived on Tuesday. He spoke at 3 p.m.",
        "2013-03-20",
        [("Tuesday", "DATE", "2013-03-19"), ("3 p.m.", "TIME", "2013-03-19T15:00")],
    ),
    # Newswire: a relative clause after the expression, prefixed irregular pasts, a feast in the
    # sentence's year, figures for a month, a plan that was to be.
    (
        "The president will attend a memorial service on Tuesday, where the victims lived.",
        "1999-11-20",
        [("Tuesday", "DATE", "1999-11-23")],
    ),
    ("He underwent surgery in July.", "1998-03-05", [("July", "DATE", "1997-07")]),
    (
        "In 1994, the family spent Easter in Rome.",
        "1998-03-05",
        [("1994", "DATE", "1994"), ("Easter", "DATE", "1994-04-03")],
    ),
    (
        "Retail sales for December will be released on Thursday.",
        "2000-01-09",
        [("December", "DATE", "1999-12"), ("Thursday", "DATE", "2000-01-13")],
    ),
    (
        "Negotiators were supposed to produce a draft by Oct. 31.",
        "1999-11-20",
        [("Oct. 31", "DATE", "1999-10-31")],
    ),
    (
        "The company is supposed to deliver the jets by Oct. 31.",
        "1999-11-20",
        [("Oct. 31", "DATE", "2000-10-31")],
    ),
    # A broadcast's present and recent past; plural units.
    ("At this hour, the eye is moving north.", "2005-08-29", [("this hour", "DATE", "PRESENT_REF")]),
    ("At this moment, nobody knows.", "2005-08-29", [("this moment", "DATE", "PRESENT_REF")]),
    ("Polls on the West Coast closed moments ago.", "2008-11-04", [("moments ago", "DATE", "PAST_REF")]),
    ("The vote came just hours ago.", "1998-03-05", [("hours ago", "DATE", "PAST_REF")]),
    ("Fans gathered within minutes.", "2009-06-26", [("minutes", "DURATION", "PTXM")]),
    (
        "Officials warned it could take weeks to restore service.",
        "2013-03-20",
        [("weeks", "DURATION", "PXW")],
    ),
    ("The trial lasted months.", "2013-03-20", [("months", "DURATION", "PXM")]),
    # Bounds and counts.
    (
        "The firm was founded 40-odd years ago.",
        "2019-06-12",
        [("40-odd years ago", "DATE", "1979", "APPROX")],
    ),
    (
        "He left the firm 20-plus years ago.",
        "2019-06-12",
        [("20-plus years ago", "DATE", "1999", "MORE_THAN")],
    ),
    (
        "Offenders face a maximum of five years.",
        "2019-06-12",
        [("a maximum of five years", "DURATION", "P5Y", "EQUAL_OR_LESS")],
    ),
    (
        "He was sentenced to a minimum of 10 years.",
        "2019-06-12",
        [("a minimum of 10 years", "DURATION", "P10Y", "EQUAL_OR_MORE")],
    ),
    (
        "The drought lasted more or less a decade.",
        "2019-06-12",
        [("more or less a decade", "DURATION", "P10Y", "APPROX")],
    ),
    # Counted from today.
    (
        "Inauguration Day is just two weeks from today.",
        "2021-01-06",
        [("Inauguration Day", "DATE", "2021-01-20"), ("two weeks from today", "DATE", "2021-01-20")],
    ),
    (
        "It was fifty years ago tomorrow that the Beatles first appeared.",
        "2014-02-08",
        [("fifty years ago tomorrow", "DATE", "1964-02-09")],
    ),
    (
        "In other news tonight, today is Tax Day.",
        "2019-04-15",
        [
            ("tonight", "TIME", "2019-04-15TNI"),
            ("today", "DATE", "2019-04-15"),
            ("Tax Day", "DATE", "2019-04-15"),
        ],
    ),
    # A year a state began in, or a day a "when" clause tells of, is one the report may go on from.
    (
        "He has ruled Indonesia since 1966, when he took power after a failed coup the previous year.",
        "1998-05-05",
        [("1966", "DATE", "1966"), ("the previous year", "DATE", "1965")],
    ),
    (
        "The conflict has killed 3,200 people since 1969. British troops were sent there that year.",
        "1998-03-22",
        [("1969", "DATE", "1969"), ("that year", "DATE", "1969")],
    ),
    (
        "Bank stocks are down 18 percent since Dec. 31. Shares rallied in the morning.",
        "1999-01-04",
        [("Dec. 31", "DATE", "1998-12-31"), ("the morning", "TIME", "1999-01-04TMO")],
    ),
    # The day a report was given is no time the story moves to, after an earlier one it told of.
    (
        "The bomb exploded Friday. Police said Wednesday they had detained several people. Another "
        "suspect was picked up two days later.",
        "1998-08-12",
        [
            ("Friday", "DATE", "1998-08-07"),
            ("Wednesday", "DATE", "1998-08-12"),
            ("two days", "DURATION", "P2D"),
        ],
    ),
    (
        "Versace was killed Tuesday morning, police said Wednesday. He was returning from a cafe at "
        "about 8:45 a.m. when a gunman shot him.",
        "1997-07-16",
        [
            ("Tuesday morning", "TIME", "1997-07-15TMO"),
            ("Wednesday", "DATE", "1997-07-16"),
            ("about 8:45 a.m.", "TIME", "1997-07-15T08:45", "APPROX"),
        ],
    ),
    (
        "The company said Tuesday it would cut jobs. The next day, shares fell.",
        "1998-08-12",
        [("Tuesday", "DATE", "1998-08-11"), ("The next day", "DATE", "1998-08-12")],
    ),
    # A count told in the past after a month gone by is within its year, not after the DCT.
    (
        "In January, rebels seized 2,000 hostages. The crisis ended ten days later.",
        "1996-03-14",
        [("January", "DATE", "1996-01"), ("ten days", "DURATION", "P10D")],
    ),
    # Feature prose: names, games, titles and things that look like times.
    ("He is survived by his wife, June, and a son.", "2016-05-04", []),
    ("Friday Harbor is a small town.", "2016-05-04", []),
    ("The company, Summer Properties, owned 42 malls.", "2016-05-04", []),
    ("Couture added an empty-net goal with 1:14 remaining.", "2016-05-04", []),
    ("Pavelski scored at 12:34 of the third period.", "2016-05-04", []),
    ("He ran a 4:42 mile pace for most of the race.", "2016-05-04", []),
    ("The Thunder went cold in the second half, shooting 31%.", "2016-05-04", []),
    ("The hotel's Christmas tree went up on Friday.", "2016-05-04", [("Friday", "DATE", "2016-04-29")]),
    ("March Madness ended with a buzzer-beater.", "2016-05-04", []),
    ("She wore her Sunday best to the wedding.", "2016-05-04", []),
    (
        "Spring forward an hour on March 13.",
        "2016-03-10",
        [("an hour", "DURATION", "PT1H"), ("March 13", "DATE", "2016-03-13")],
    ),
    ("The screen has a resolution of 2560 by 1440.", "2016-05-04", []),
    (
        "A memorial is planned for later this summer.",
        "2016-05-04",
        [("later this summer", "DATE", "2016-SU", "END")],
    ),
    (
        "Trains run Saturdays and Sundays.",
        "2016-05-04",
        [("Saturdays", "SET", "XXXX-WXX-6"), ("Sundays", "SET", "XXXX-WXX-7")],
    ),
    ("The museum opens late. Saturdays are busy.", "2016-05-04", [("Saturdays", "SET", "XXXX-WXX-6")]),
    # British and financial copy.
    (
        "The store will open between Friday and Monday.",
        "2020-03-14",
        [("Friday", "DATE", "2020-03-20"), ("Monday", "DATE", "2020-03-23")],
    ),
    (
        "The shop closes at 12 noon and reopens at 12 midnight.",
        "2020-03-14",
        [("12 noon", "TIME", "2020-03-14T12:00"), ("12 midnight", "TIME", "2020-03-14T24:00")],
    ),
    (
        "Shares rose 33% in 2013 and 59% in 2014.",
        "2019-11-20",
        [("2013", "DATE", "2013"), ("2014", "DATE", "2014")],
    ),
    ("The index has a 22% gain year to date.", "2019-11-20", [("year to date", "DATE", "2019")]),
    ("The Fed made four quarter-point increases.", "2019-11-20", []),
    (
        "The Government will announce a support package for affected businesses on Tuesday.",
        "2023-02-06",
        [("Tuesday", "DATE", "2023-02-07")],
    ),
    (
        "Exams due to take place in May and June have been cancelled.",
        "2020-03-23",
        [("May", "DATE", "2020-05"), ("June", "DATE", "2020-06")],
    ),
    ("Sales fell in May and June.", "2020-03-23", [("May", "DATE", "2019-05"), ("June", "DATE", "2019-06")]),
    # Sets.
    (
        "The hotline is staffed 24 hours a day.",
        "2019-06-12",
        [("24 hours a day", "SET", "P1D", None, {"freq": "24H"})],
    ),
    (
        "Employees work 40 hours a week.",
        "2019-06-12",
        [("40 hours a week", "SET", "P1W", None, {"freq": "40H"})],
    ),
    (
        "Inspectors visit the plant several times a year.",
        "2019-06-12",
        [("several times a year", "SET", "P1Y")],
    ),
    (
        "The twice-yearly summit brings together leaders.",
        "2019-06-12",
        [("twice-yearly", "SET", "P1Y", None, {"freq": "2X"})],
    ),
    ("The legislature convenes biennially.", "2019-06-12", [("biennially", "SET", "P2Y")]),
    ("On Tuesdays, the museum is free.", "2019-06-12", [("Tuesdays", "SET", "XXXX-WXX-2")]),
    (
        "The conference is held every spring and autumn.",
        "2019-06-12",
        [("every spring", "SET", "XXXX-SP"), ("autumn", "SET", "XXXX-FA")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_9(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(
    "text",
    [
        "New York won't get out of the twenties tomorrow afternoon.",
        "Readings will climb into the sixties by Friday.",
    ],
)
def test_no_decade_in_a_weather_report(text: str) -> None:
    assert not [timex for timex in annotate(text, dct="2002-01-15") if timex.value.isdigit()]
