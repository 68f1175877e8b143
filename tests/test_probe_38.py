"""A thirty-eighth probe: court and crime news, features that retell an old story, business and
earnings copy, sport and weather reports, political and local news, and Wikipedia-style
histories and biographies (documents written for the probe, in one round of six kinds).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode (and in auto mode
where a passage is long enough to be read as a history).

Readings these cases pin down:
- A clock on a day named by reference keeps its clock ("the fourth Monday of the month at 6:30
  p.m."); a clock that opens a sentence before a pronoun subject goes on with the story's day,
  not the day a witness told it on ("told jurors Tuesday ... She left her job on June 3, 2016.
  At 7:15 p.m. she bought groceries"); a bare hour of one to five after a night's clock is its
  small hours ("clocked out at 11 p.m. ... arrived at 1:58").
- A weekday after a single day weeks ahead is the coming one, not one of that day's week ("set
  for Friday, Jan. 28. Testimony resumes Tuesday"); a weekday restated in a main clause after a
  relative one is the day "the day before" counts from ("The stock, which traded as high as $50
  in April 2015, closed at $16.44 on Thursday"); a second predicate in the present tells its own
  time ("was signed last year and takes effect in the spring", "opened last week and runs through
  Sunday"); the noun "forecast" in the present looks ahead ("The forecast for Saturday calls for
  snow").
- A weekday after a year or a month a history names is vague, not the first such day of it.
- A count's "than" opens no clause ("By Christmas, fewer than half had found other work" is the
  old story's Christmas); an advisory's order looks ahead ("Evacuate by Saturday evening"); a
  custom postponed to a day ("postponed Halloween trick-or-treating to Saturday"); "Jr." of a
  feast's name ends no sentence ("Martin Luther King Jr. Day and Feb. 20"); a result told after
  "after" is gone by ("after falling just short of a majority in Sunday's first round"); a
  forecast's full year is still to come.
- An arrangement in the present progressive looks ahead ("NASA is targeting Thursday"), a search
  under way does not ("Police are searching the area on Tuesday"); a day's possessive told in the
  past is gone by after a coming weekday ("Sunday's scrub was the second attempt"); "the previous
  day" of what was said on a day counts from that day, "that" left out ("NATO said Monday it had
  flown 400 sorties in the previous day"); a day a clause of the future names is no day a past
  clock is on; a venue's hours are no season it opens in ("open nightly from 5 to 10 p.m. through
  Jan. 5"); a game's quarter ("the second quarter of Saturday's win").
- A span of days ahead told without weekdays is a programme its weekdays fall in ("Winter Fest runs
  Feb. 14-16, with a chili supper Friday night"), the first clock of a range with them; a single
  day ahead is none; "Monday night, April 8" names one day (each span its own); "that fall" before what was
  reported ("reported that fall that the dam was unsafe"); a nation pressured to act by a season;
  a witness's day in court is no time an old story moves to, when what she testified goes on in
  the past ("testified Monday that she reported her missing on the afternoon of June 4").
- A record's day is no story's ("The Dow hit a record on Oct. 9, 2007. ... a memo released Tuesday
  morning"); "I'd wait" is "would", "I'd seen" "had"; a day the subject's relative clause tells
  before its comma is no day the main clause's weekday is in ("A man who killed two teens on Dec.
  31, 1992, was sentenced Monday"); a clock read as the afternoon's keeps it before "that
  afternoon" after a morning; a noun's rank in apposition ("This year's service, the 25th,").
- A rider's gap ("1:31 back"), the last of a series ("The 21st and final stage"), a temperature a
  forecast falls into ("falling into the 30s"); a timetable's present with its object looks ahead
  ("The city closes the bridge Friday"), and so does a forecast's headline ("Heat to ease by the
  weekend after driest July on record", "the weekend after" no anaphor before a superlative).
- An old story's "at the time" keeps its day for the weekdays after it ("last seen on Friday, March
  10, 1989. The medical examiner at the time estimated that she died at 3 a.m. Saturday"); a clock
  is on the day of the event it is the hour of ("at 7 a.m. in the Feb. 14 election").
- Words: "the 11th fastest" (a rank); a match's half ("in the 12th minute ... for most of the
  first half"); "the quarter of Achradina" (a district); a changing current (electricity); the
  Riverton Spring Fest (a name); Easter Tuesday.
- Auto mode re-chooses the matches of the domain it settles on whenever the two domains' matches
  differ, not only when their numbers do.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "The board meets again on the fourth Monday of the month at 6:30 p.m.",
        "2011-08-09",
        [("the fourth Monday of the month at 6:30 p.m.", "TIME", "2011-08-22T18:30")],
    ),
    (
        "The city fell, but the quarter of Achradina held out for several more months.",
        "2021-03-14",
        [("several more months", "DURATION", "PXM")],
    ),
    ("He found that a changing current in one coil produced a brief current in a second.", "2020-06-09", []),
    ("The forecast for Saturday calls for snow.", "2008-11-20", [("Saturday", "DATE", "2008-11-22")]),
    ("The forecast for Tuesday was wrong.", "2008-11-20", [("Tuesday", "DATE", "2008-11-18")]),
    ("His time was the 11th fastest in the world this year.", "2019-10-21", [("this year", "DATE", "2019")]),
    (
        "City went ahead in the 12th minute when Price headed in a corner, and for most of the first half "
        "the visitors looked the sharper side.",
        "1997-04-14",
        [],
    ),
    (
        "A detective told jurors Tuesday that the phone moved toward the lake. She left her job on June 3, "
        "2016. At 7:15 p.m. she bought groceries.",
        "2017-12-19",
        [
            ("Tuesday", "DATE", "2017-12-19"),
            ("June 3, 2016", "DATE", "2016-06-03"),
            ("7:15 p.m.", "TIME", "2016-06-03T19:15"),
        ],
    ),
    (
        "The sentencing was set for Friday, Jan. 28. Testimony resumes Tuesday.",
        "2011-01-07",
        [("Friday, Jan. 28", "DATE", "2011-01-28"), ("Tuesday", "DATE", "2011-01-11")],
    ),
    (
        "Jurors will not sit on Good Friday. Testimony resumes at 9:30 a.m. Tuesday.",
        "1988-03-14",
        [("Good Friday", "DATE", "1988-04-01"), ("9:30 a.m. Tuesday", "TIME", "1988-03-15T09:30")],
    ),
    (
        "Shares of Meridian sank 11 percent Thursday. The stock, which traded as high as $50 in April "
        "2015, closed at $16.44 on Thursday, down from $18.51 the day before.",
        "2017-02-09",
        [
            ("Thursday", "DATE", "2017-02-09"),
            ("April 2015", "DATE", "2015-04"),
            ("Thursday", "DATE", "2017-02-09"),
            ("the day before", "DATE", "2017-02-08"),
        ],
    ),
    (
        "The measure was signed last year and takes effect in the spring.",
        "2011-01-07",
        [("last year", "DATE", "2010"), ("the spring", "DATE", "2011-SP")],
    ),
    (
        "The show opened last week and runs through Sunday.",
        "2011-01-07",
        [("last week", "DATE", "2010-W52"), ("Sunday", "DATE", "2011-01-09")],
    ),
    (
        "The city will hold the Riverton Spring Fest on May 2.",
        "2026-03-18",
        [("May 2", "DATE", "2026-05-02")],
    ),
    (
        "The shift clocked out at 11 p.m. on Friday, October 10, 1952. The firemen arrived at 1:58 and the "
        "roof fell in shortly after 4 a.m.",
        "1992-10-14",
        [
            ("11 p.m. on Friday, October 10, 1952", "TIME", "1952-10-10T23:00"),
            ("1:58", "TIME", "1952-10-11T01:58"),
            ("4 a.m.", "TIME", "1952-10-11T04:00"),
        ],
    ),
    (
        "The fire started on the night of Friday, October 10, 1952. The night watchman had made his rounds "
        "at 1:15 and smelled nothing.",
        "1992-10-14",
        [
            ("the night of Friday, October 10, 1952", "TIME", "1952-10-10TNI"),
            ("1:15", "TIME", "1952-10-11T01:15"),
        ],
    ),
    (
        "The mill burned on Friday, October 10, 1952. By Christmas, fewer than half had found other work.",
        "1992-10-14",
        [("Friday, October 10, 1952", "DATE", "1952-10-10"), ("Christmas", "DATE", "1952-12-25")],
    ),
    ("Evacuate by Saturday evening.", "2014-01-30", [("Saturday evening", "TIME", "2014-02-01TEV")]),
    (
        "Towns postponed Halloween trick-or-treating to Saturday from 5 to 7 p.m.",
        "2025-10-31",
        [
            ("Halloween", "DATE", "2025-10-31"),
            ("Saturday", "DATE", "2025-11-01"),
            ("5", "TIME", "2025-11-01T17:00"),
            ("7 p.m.", "TIME", "2025-11-01T19:00"),
        ],
    ),
    (
        "Students will have Monday, Jan. 16, off for Martin Luther King Jr. Day and Feb. 20 for Presidents "
        "Day.",
        "2011-08-09",
        [
            ("Monday, Jan. 16", "DATE", "2012-01-16"),
            ("Martin Luther King Jr. Day", "DATE", "2012-01-16"),
            ("Feb. 20", "DATE", "2012-02-20"),
            ("Presidents Day", "DATE", "2012-02-20"),
        ],
    ),
    (
        "Erdogan faces a runoff on May 28 after falling just short of a majority in Sunday's first round.",
        "2023-05-19",
        [("May 28", "DATE", "2023-05-28"), ("Sunday", "DATE", "2023-05-14")],
    ),
    (
        "We expect 2017 to be a good year. The company gave no forecast for the full year.",
        "2017-02-09",
        [("2017", "DATE", "2017"), ("the full year", "DATE", "2017")],
    ),
    ("For the full year, revenue climbed 9%.", "2017-02-09", [("the full year", "DATE", "2016")]),
    (
        "The display is open nightly from 5 to 10 p.m. through Jan. 5.",
        "2019-12-10",
        [
            ("nightly", "SET", "P1D"),
            ("5", "TIME", "XXXX-XX-XXT17:00"),
            ("10 p.m.", "TIME", "XXXX-XX-XXT22:00"),
            ("Jan. 5", "DATE", "2020-01-05"),
        ],
    ),
    (
        "The museum is open on weekends from May to October.",
        "2019-12-10",
        [("weekends", "SET", "XXXX-WXX-WE"), ("May", "DATE", "XXXX-05"), ("October", "DATE", "XXXX-10")],
    ),
    ("NASA is targeting Thursday for the launch.", "2026-03-10", [("Thursday", "DATE", "2026-03-12")]),
    ("Police are searching the area on Tuesday.", "2013-03-21", [("Tuesday", "DATE", "2013-03-19")]),
    (
        "Tickets go on sale Wednesday. Sunday's scrub was the second attempt.",
        "2026-03-10",
        [("Wednesday", "DATE", "2026-03-11"), ("Sunday", "DATE", "2026-03-08")],
    ),
    (
        "The campaign began on March 24. NATO said Monday it had flown 400 sorties in the previous day.",
        "1999-04-12",
        [
            ("March 24", "DATE", "1999-03-24"),
            ("Monday", "DATE", "1999-04-12"),
            ("the previous day", "DATE", "1999-04-11"),
        ],
    ),
    (
        "Woods won the Masters on Sunday. He will rise to No. 6 in the world ranking Monday. Patrons began "
        "lining up outside Gate 3 at 5 a.m.",
        "2019-04-15",
        [
            ("Sunday", "DATE", "2019-04-14"),
            ("Monday", "DATE", "2019-04-15"),
            ("5 a.m.", "TIME", "2019-04-14T05:00"),
        ],
    ),
    (
        "The Heat said Herro would be sidelined six to eight weeks after undergoing surgery Friday.",
        "2026-01-20",
        [("six to eight weeks", "DURATION", "PXW"), ("Friday", "DATE", "2026-01-16")],
    ),
    (
        "Jokic was hurt late in the second quarter of Saturday's win over Utah.",
        "2026-01-20",
        [("Saturday", "DATE", "2026-01-17")],
    ),
    (
        "Washington pressured Kyiv to accept a freeze by the summer.",
        "2026-02-20",
        [("the summer", "DATE", "2026-SU")],
    ),
    (
        "The crowd pushed forward to see the parade on Sunday.",
        "2026-02-20",
        [("Sunday", "DATE", "2026-02-15")],
    ),
    (
        "The dam gave way on Feb. 26, 1972. A commission reported that fall that the dam was unsafe.",
        "1997-02-26",
        [("Feb. 26, 1972", "DATE", "1972-02-26"), ("that fall", "DATE", "1972-FA")],
    ),
    (
        "Winter Fest runs Feb. 14-16, with a chili supper Friday night and a pancake breakfast Sunday "
        "morning.",
        "1992-01-08",
        [
            ("Feb. 14", "DATE", "1992-02-14"),
            ("16", "DATE", "1992-02-16"),
            ("Friday night", "TIME", "1992-02-14TNI"),
            ("Sunday morning", "TIME", "1992-02-16TMO"),
        ],
    ),
    (
        "The festival moves this year to May 2-3. It will run from 10 a.m. to 9 p.m. Saturday and 11 a.m. "
        "to 6 p.m. Sunday.",
        "2026-03-18",
        [
            ("this year", "DATE", "2026"),
            ("May 2", "DATE", "2026-05-02"),
            ("3", "DATE", "2026-05-03"),
            ("10 a.m.", "TIME", "2026-05-02T10:00"),
            ("9 p.m. Saturday", "TIME", "2026-05-02T21:00"),
            ("11 a.m.", "TIME", "2026-05-03T11:00"),
            ("6 p.m. Sunday", "TIME", "2026-05-03T18:00"),
        ],
    ),
    (
        "The trial is set for Feb. 14. Testimony resumes Tuesday.",
        "2011-01-07",
        [("Feb. 14", "DATE", "2011-02-14"), ("Tuesday", "DATE", "2011-01-11")],
    ),
    (
        "Katie vanished on April 7, 1985. By Monday night, April 8, more than 1,000 volunteers were "
        "searching.",
        "2025-04-17",
        [
            ("April 7, 1985", "DATE", "1985-04-07"),
            ("Monday night", "TIME", "1985-04-08TNI"),
            ("April 8", "DATE", "1985-04-08"),
        ],
    ),
    (
        "She was last seen on June 3, 1985. Her sister testified Monday that she reported her missing on "
        "the afternoon of June 4.",
        "2017-12-19",
        [
            ("June 3, 1985", "DATE", "1985-06-03"),
            ("Monday", "DATE", "2017-12-18"),
            ("the afternoon of June 4", "TIME", "1985-06-04TAF"),
        ],
    ),
    (
        "Stocks soared Tuesday. The Dow hit a record on Oct. 9, 2007. Citigroup shares rose after a memo "
        "released Tuesday morning.",
        "2009-03-10",
        [
            ("Tuesday", "DATE", "2009-03-10"),
            ("Oct. 9, 2007", "DATE", "2007-10-09"),
            ("Tuesday morning", "TIME", "2009-03-10TMO"),
        ],
    ),
    (
        "I'd wait until the second half before I believed that.",
        "2009-03-10",
        [("the second half", "DATE", "2009-H2")],
    ),
    ("I'd seen it before Friday.", "2009-03-10", [("Friday", "DATE", "2009-03-06")]),
    (
        "A man who killed two teens on Dec. 31, 1992, was sentenced Monday to eight years in prison.",
        "1994-02-08",
        [
            ("Dec. 31, 1992", "DATE", "1992-12-31"),
            ("Monday", "DATE", "1994-02-07"),
            ("eight years", "DURATION", "P8Y"),
        ],
    ),
    (
        "By Saturday morning, March 9, 1968, the water stood five feet deep. The crest came at 2:15 that "
        "afternoon.",
        "1998-03-14",
        [
            ("Saturday morning, March 9, 1968", "TIME", "1968-03-09TMO"),
            ("2:15", "TIME", "1968-03-09T14:15"),
            ("that afternoon", "TIME", "1968-03-09TAF"),
        ],
    ),
    (
        "This year's service, the 25th, was held Monday.",
        "1991-12-20",
        [("This year", "DATE", "1991"), ("Monday", "DATE", "1991-12-16")],
    ),
    ("Kruijswijk was third, 1:31 back.", "2019-07-28", [("1:31", "DURATION", "PT1M31S")]),
    (
        "The 21st and final stage started at 6:05 p.m. local time.",
        "2019-07-28",
        [("6:05 p.m.", "TIME", "2019-07-28T18:05")],
    ),
    (
        "It will be warm on Tuesday afternoon, falling into the 30s by Thursday.",
        "2026-03-17",
        [("Tuesday afternoon", "TIME", "2026-03-17TAF"), ("Thursday", "DATE", "2026-03-19")],
    ),
    (
        "The city closes the bridge Friday. The mayor agreed.",
        "2014-06-19",
        [("Friday", "DATE", "2014-06-20")],
    ),
    (
        "Heat to ease by the weekend after driest July on record",
        "2003-07-31",
        [("the weekend", "DATE", "2003-W31-WE"), ("July", "DATE", "2003-07")],
    ),
    (
        "Voss was last seen on Friday, March 10, 1989. The medical examiner at the time estimated that she "
        "died at 3 a.m. Saturday.",
        "2024-12-05",
        [
            ("Friday, March 10, 1989", "DATE", "1989-03-10"),
            ("the time", "DATE", "PAST_REF"),
            ("3 a.m. Saturday", "TIME", "1989-03-11T03:00"),
        ],
    ),
    (
        "Polls opened at 7 a.m. in the Feb. 14 election and closed 12 hours later.",
        "2021-03-30",
        [
            ("7 a.m.", "TIME", "2021-02-14T07:00"),
            ("Feb. 14", "DATE", "2021-02-14"),
            ("12 hours", "DURATION", "PT12H"),
        ],
    ),
    # (After a morning, a bare 1:30 is still the afternoon's.)
    (
        "The meeting began at 10 a.m. Friday and ended at 1:30.",
        "1992-10-14",
        [("10 a.m. Friday", "TIME", "1992-10-09T10:00"), ("1:30", "TIME", "1992-10-09T13:30")],
    ),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "He married Lucia Ortiz in 1948; she died in 2001. On Monday the family held a party.",
        "2005-08-20",
        # (A Monday of 2001, its week unknown: 2001-WXX-1, as the fortieth probe writes it.)
        [("1948", "DATE", "1948"), ("2001", "DATE", "2001"), ("Monday", "DATE", "2001-WXX-1")],
    ),
    (
        "The constitution was published on 25 April 1848, Easter Tuesday.",
        "2025-11-20",
        [("25 April 1848", "DATE", "1848-04-25"), ("Easter Tuesday", "DATE", "1848-04-25")],
    ),
]

#: Long enough for auto mode to read it as a history.
HISTORY_IN_AUTO_MODE: list[tuple[str, str, list[tuple]]] = [
    (
        "Hiero died in 215 BC at the age of about ninety. Marcellus landed in 214 BC and attacked in 213 "
        "BC. The city fell in 212 BC, but the quarter of Achradina held out for several more months.",
        "2021-03-14",
        [
            ("215 BC", "DATE", "BC0215"),
            ("about ninety", "DURATION", "P90Y", "APPROX"),
            ("214 BC", "DATE", "BC0214"),
            ("213 BC", "DATE", "BC0213"),
            ("212 BC", "DATE", "BC0212"),
            ("several more months", "DURATION", "PXM"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_38(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_38(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), HISTORY_IN_AUTO_MODE)
def test_history_probe_38(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)
