"""A fortieth probe: international wires, health news, transport and strike news, WSJ earnings
briefs, histories of the wars of the 18th and 19th centuries, and magazine profiles (documents
written for the probe), with the financial-report readings a review of the TimeBank errors showed.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- "has" with its object is a present ("the company has no estimate of fourth-quarter results"):
  the quarter still running is a forecast's, so "the latest quarter" after it is the one reported.
- A weekday of a timetable its owner keeps is every such weekday ("its Tuesday and Thursday
  service", "its Saturday flights"); "a difficult year" after a copula is what kind of year, no
  length; a feast of a fixed day "ahead of" which a report tells is the nearest ("urged calm ahead
  of New Year's Day" in December); "for the Easter holidays" days before it is this Easter;
  "half-hourly"; a season with the year after it ("One summer in 1968").
- A span a past verb set "from" a day "until" another is ahead only when a clause of saying does
  not end it ("suspended all flights from 9pm on Monday and said they would not reopen until 10am
  today"); a strike called "from" a day "until" another is to come, as one called "for" it.
- A month or a season "in a normal/typical/average" one is every year's ("in a normal October");
  the day of a deadline something came "ahead of" is the one nearest the report.
- "millions of years"; a day "looked ahead to" is to come ("looked ahead to Friday's employment
  report"); the day of a market's mark is gone by ("below its July 17 record high"), and a date an
  event or a mark is "of" is no old story's ("the record gain of Oct. 21, 1987. Volume rose ...
  Wednesday"); a relative clause closed before a past verb tells its own time ("Gore, who plans to
  run in 2000, stood beside Clinton on Saturday"), and "which on Wednesday" has no verb in "on";
  "Reps." and "Sens." end no sentence; "begins shooting in September" is a timetable's.
- "the 31st comeback of his career" is a rank; "the Sunday" after a day just named is that day's
  week's Sunday ("begins on August 19, and Chelsea play on the Sunday"); a day a participle opens
  after "next year" is of that year ("next year, starting February 4"); a team "plays at" its
  opponent or "opens" its season on a day to come; a place that "was open" on a day is no timetable.
- The first day of a period set after a day as its apposition is that day ("on 1 April 2025, the
  first day of the new financial year").
- "a year earlier" after a quarter a report gives on a day it names is that quarter a year back
  ("On Friday the bank reported fourth-quarter profit ..., compared with $3.3 billion a year
  earlier": 2009-Q4, was the Friday a year back); a company's step in a half to come is in the
  coming one ("will raise its dividend in the second half"); a name's "'s to" is no "is to"
  ("led Standard & Poor's to downgrade"); "well into the night" after a day told is that day's
  night; two ranks before their noun ("the 13th and 14th monthly salaries"); Small Business
  Saturday; the day of a deed a charge is for has gone by ("to be arraigned Tuesday in the
  shooting death of a man early Sunday").
- A title in quotation marks, every long word capitalised, holds no time ('"Midnight in Paris"',
  '"500 Days of Summer"'; an event's name still does: the "Chinese Winter Offensive"); nor does a
  date an institution or a movement is named after ("the May 22 Hospital", "the 26th of July
  Movement"); the minutes of a month's meeting are of the one held ("will publish minutes of its
  March meeting"); a tour announced as starting on a day is to come; England's bank holidays of
  May and August and Mothering Sunday; a strike or a march in the present progressive, what a
  party "announces" with its object, and the weather there "could be" on a day are to come.
- A contract's month ("November heating oil", "futures for the winter months") is to come; so is
  a month trips were "planned for", a report something happens "ahead of", and the end of what
  "will begin Monday, Dec. 10, and end Thursday"; a deed's day its participle tells ("The
  sanctions imposed by the council on Aug. 6 will remain") is gone by (not a plan's: "the meeting
  scheduled by the council on Friday"); a plan overtaken ("had been scheduled to be sentenced Jan.
  6") is for the day nearest the report;
  "Constitution Memorial Day" is no US Memorial Day; "the month-long fast" has no month; a feast
  that names a cathedral or a gala holds no date.
- A release's lead of its own day ("Acme Corp. today said") makes a filing full of dates a report,
  no history; a plural plan needs no article ("Monks planned ceremonies for Friday morning").
- "that May and forced to retire" is the month (a second participle follows no modal); "the
  30th-anniversary parade" holds no day.
- What a law keeps going to a day is to come ("raised the debt ceiling until Feb. 7", in December);
  "over the coming decade" is a length, as "over the next decade" is; "within the hour"; a
  possessive day before an event's name in capitals ("Sunday's London Marathon"); "their today"
  and "our tomorrow" are no days.
- In a history, a weekday a year alone dates is that year's, its week unknown (2001-WXX-1).
- In a history, a fate years on told in a relative clause ("where he died on 5 May 1821") is no
  time the story moves to; an encyclopaedia's article whose name has a war's noun in the lower
  case ("The siege of Quebec was a three-month engagement") is a history, though it closes on its
  writer's present.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Aetna posted third-quarter net of $100 million. Because claims have been coming in "
            "slowly, the company has no estimate of the impact of the earthquake on fourth-quarter "
            "results. In the latest quarter, Aetna had a $23 million loss on its auto line, compared "
            "with earnings of $33 million last year."
        ),
        "1989-10-30",
        [
            ("third-quarter", "DATE", "1989-Q3"),
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("the latest quarter", "DATE", "1989-Q3"),
            ("last year", "DATE", "1988-Q3"),
        ],
    ),
    (
        "The airline will suspend its Tuesday and Thursday service to Mexico City.",
        "1991-01-23",
        [("Tuesday", "SET", "XXXX-WXX-2"), ("Thursday", "SET", "XXXX-WXX-4")],
    ),
    (
        "Delta dropped its Saturday flights to Miami last week.",
        "1991-01-23",
        [("Saturday", "SET", "XXXX-WXX-6"), ("last week", "DATE", "1991-W03")],
    ),
    (
        "The airline cancelled Saturday flights because of the storm.",
        "1991-01-23",
        [("Saturday", "DATE", "1991-01-19")],
    ),
    ("We expect 1991 to be a difficult year.", "1991-01-23", [("1991", "DATE", "1991")]),
    ("He spent a difficult year in Paris.", "1991-01-23", [("a difficult year", "DURATION", "P1Y")]),
    ("Leaders urged calm ahead of New Year's Day.", "1998-12-18", [("New Year's Day", "DATE", "1999-01-01")]),
    ("Violence flared ahead of New Year's Day.", "2024-03-14", [("New Year's Day", "DATE", "2024-01-01")]),
    (
        "Families heading for the Easter holidays face long delays after dockers extended their strike.",
        "2003-04-16",
        [("Easter", "DATE", "2003-04-20")],
    ),
    ("The shuttle will operate only half-hourly.", "2025-10-28", [("half-hourly", "SET", "PT30M")]),
    (
        "One summer in 1968 they moved west.",
        "1991-11-04",
        [("summer", "DATE", "1968-SU"), ("1968", "DATE", "1968")],
    ),
    (
        "That winter in 1943 was cold.",
        "1991-11-04",
        [("That winter", "DATE", "1943-WI"), ("1943", "DATE", "1943")],
    ),
    (
        (
            "Airports suspended all flights from 9pm on Monday and said they would not reopen until 10am "
            "today. CalMac said its ferry routes would remain suspended until Thursday morning."
        ),
        "2025-10-28",
        [
            ("9pm on Monday", "TIME", "2025-10-27T21:00"),
            ("10am today", "TIME", "2025-10-28T10:00"),
            ("Thursday morning", "TIME", "2025-10-30TMO"),
        ],
    ),
    (
        "The union has called a strike from 6 p.m. on Friday until 6 a.m. on Monday.",
        "2018-07-02",
        [("6 p.m. on Friday", "TIME", "2018-07-06T18:00"), ("6 a.m. on Monday", "TIME", "2018-07-09T06:00")],
    ),
    (
        "Orders last week were 10 times what they would be in a normal October.",
        "2001-10-17",
        [("last week", "DATE", "2001-W41"), ("October", "DATE", "XXXX-10")],
    ),
    ("Flu cases are higher than in an average winter.", "2001-10-17", [("winter", "DATE", "XXXX-WI")]),
    (
        "The decision came two months ahead of the March 30 deadline.",
        "2024-01-19",
        [("two months", "DURATION", "P2M"), ("March 30", "DATE", "2024-03-30")],
    ),
    (
        "Congress passed the bill before the Oct. 1 deadline.",
        "2024-01-19",
        [("Oct. 1", "DATE", "2023-10-01")],
    ),
    ("It formed over millions of years.", "2012-08-06", [("millions of years", "DURATION", "PXY")]),
    ("Millions of people watched.", "2012-08-06", []),
    (
        "Bonds rose yesterday as investors looked ahead to Friday's employment report.",
        "1991-07-02",
        [("yesterday", "DATE", "1991-07-01"), ("Friday", "DATE", "1991-07-05")],
    ),
    (
        "The Dow remains about 376 points below its July 17 record high.",
        "1991-01-18",
        [("July 17", "DATE", "1990-07-17")],
    ),
    (
        (
            "Stocks soared yesterday, topping the record gain of Oct. 21, 1987. Volume rose from 134.6 "
            "million Wednesday."
        ),
        "1991-01-18",
        [
            ("yesterday", "DATE", "1991-01-17"),
            ("Oct. 21, 1987", "DATE", "1987-10-21"),
            ("Wednesday", "DATE", "1991-01-16"),
        ],
    ),
    (
        "Gore, who plans to run in 2000, stood beside Clinton on Saturday.",
        "1998-12-20",
        [("2000", "DATE", "2000"), ("Saturday", "DATE", "1998-12-19")],
    ),
    (
        (
            "Lawyers will ask a judge on Monday to act. The court, which on Wednesday barred the boy from "
            "leaving, has set arguments."
        ),
        "2000-04-23",
        [("Monday", "DATE", "2000-04-24"), ("Wednesday", "DATE", "2000-04-19")],
    ),
    (
        "The House passed a similar bill, sponsored by Reps. Shays and Meehan, in September.",
        "2000-03-09",
        [("September", "DATE", "1999-09")],
    ),
    (
        "He is directing a feature which begins shooting in September.",
        "2024-02-29",
        [("September", "DATE", "2024-09")],
    ),
    ("It was the 31st comeback of his career.", "1994-11-21", []),
    (
        "The season begins on August 19, and Chelsea play on the Sunday.",
        "2006-07-10",
        [("August 19", "DATE", "2006-08-19"), ("the Sunday", "DATE", "2006-08-20")],
    ),
    (
        "Pilots will strike on Thursday July 12, stopping work from 1 a.m. on the Thursday.",
        "2018-07-02",
        [("Thursday July 12", "DATE", "2018-07-12"), ("1 a.m. on the Thursday", "TIME", "2018-07-12T01:00")],
    ),
    (
        "Beijing hosts the Winter Olympics next year, starting February 4.",
        "2021-08-09",
        [("next year", "DATE", "2022"), ("February 4", "DATE", "2022-02-04")],
    ),
    (
        "The Chiefs play at the Raiders on Sunday night.",
        "1994-11-21",
        [("Sunday night", "TIME", "1994-11-27TNI")],
    ),
    ("The Lakers open the season at home on Friday.", "1994-11-21", [("Friday", "DATE", "1994-11-25")]),
    ("The Giants open against Dallas on Sunday.", "1994-11-21", [("Sunday", "DATE", "1994-11-27")]),
    ("Stores were open on Sunday.", "1994-11-21", [("Sunday", "DATE", "1994-11-20")]),
    ("Banks stayed open Saturday.", "1994-11-21", [("Saturday", "DATE", "1994-11-19")]),
    (
        "The new slabs take effect on 1 April 2025, the first day of the new financial year.",
        "2025-02-03",
        [
            ("1 April 2025", "DATE", "2025-04-01"),
            ("the first day of the new financial year", "DATE", "2025-04-01"),
        ],
    ),
    (
        (
            "On Friday the bank reported fourth-quarter profit of $4.8 billion, compared with $3.3 billion "
            "a year earlier."
        ),
        "2011-01-14",
        [
            ("Friday", "DATE", "2011-01-14"),
            ("fourth-quarter", "DATE", "2010-Q4"),
            ("a year earlier", "DATE", "2009-Q4"),
        ],
    ),
    (
        (
            "Exports rose 16.5 percent in August, official data showed on Thursday, up from 12.2 percent "
            "a year earlier."
        ),
        "1998-10-12",
        [
            ("August", "DATE", "1998-08"),
            ("Thursday", "DATE", "1998-10-08"),
            ("a year earlier", "DATE", "1997-08"),
        ],
    ),
    (
        "The bank will raise its dividend in the second half.",
        "2011-01-14",
        [("the second half", "DATE", "2011-H2")],
    ),
    (
        "A standoff led Standard & Poor's to downgrade the nation's credit rating on Aug. 5.",
        "2013-10-01",
        [("Aug. 5", "DATE", "2013-08-05")],
    ),
    (
        "Gadhafi was killed on Thursday. Car horns blared well into the night.",
        "2011-10-20",
        [("Thursday", "DATE", "2011-10-20"), ("the night", "TIME", "2011-10-20TNI")],
    ),
    ("The 13th and 14th monthly salaries were abolished.", "2013-08-22", [("monthly", "SET", "P1M")]),
    (
        "Shoppers are urged to buy local for Small Business Saturday.",
        "2015-11-24",
        [("Small Business Saturday", "DATE", "2015-11-28")],
    ),
    (
        "A man is scheduled to be arraigned Tuesday in the shooting death of a man early Sunday.",
        "2010-06-07",
        [("Tuesday", "DATE", "2010-06-08"), ("early Sunday", "DATE", "2010-06-06", "START")],
    ),
    ('"Midnight in Paris" opened last spring.', "2012-02-20", [("last spring", "DATE", "2011-SP")]),
    ('"Twelve Years a Slave" and "500 Days of Summer" were screened.', "2012-02-20", []),
    ("He lives near the May 22 Hospital in Hodeidah.", "2018-11-10", []),
    (
        "The Fed will publish minutes of its March meeting next week.",
        "2020-05-15",
        [("March", "DATE", "2020-03"), ("next week", "DATE", "2020-W21")],
    ),
    (
        "The Rolling Stones announced a tour starting April 20 in Miami.",
        "2018-11-07",
        [("April 20", "DATE", "2019-04-20")],
    ),
    ("The band played a tour starting April 20.", "2018-11-07", [("April 20", "DATE", "2018-04-20")]),
    (
        "Millions head off for the late May bank holiday.",
        "2023-05-26",
        [("late May bank holiday", "DATE", "2023-05-29")],
    ),
    (
        "Mothering Sunday will be quiet this year.",
        "2020-03-16",
        [("Mothering Sunday", "DATE", "2020-03-22"), ("this year", "DATE", "2020")],
    ),
    ("He was knighted in the New Year Honours list.", "2016-02-12", []),
    ("Rail workers are striking on Saturday.", "2023-05-26", [("Saturday", "DATE", "2023-05-27")]),
    ("Rail workers were striking on Saturday.", "2023-05-26", [("Saturday", "DATE", "2023-05-20")]),
    ("The party announces its new leader on Saturday.", "2024-10-30", [("Saturday", "DATE", "2024-11-02")]),
    ("Forecasters said there could be showers on Monday.", "2023-05-26", [("Monday", "DATE", "2023-05-29")]),
    (
        "November heating oil rose 3.1 cents to 88.5 cents a gallon.",
        "1990-09-11",
        [("November", "DATE", "1990-11")],
    ),
    (
        "Heating-oil futures for the winter months rose yesterday.",
        "1990-09-11",
        [("the winter months", "DATE", "1990-WI"), ("yesterday", "DATE", "1990-09-10")],
    ),
    (
        "The sanctions imposed by the council on Aug. 6 will remain in force.",
        "1990-09-11",
        [("Aug. 6", "DATE", "1990-08-06")],
    ),
    (
        "The meeting scheduled by the council on Friday will go ahead.",
        "1990-09-11",
        [("Friday", "DATE", "1990-09-14")],
    ),
    (
        "Prices probably rose in August, economists said ahead of the Labor Department's report Friday.",
        "1990-09-11",
        [("August", "DATE", "1990-08"), ("Friday", "DATE", "1990-09-14")],
    ),
    ("Agents said clients canceled trips planned for March.", "1991-01-09", [("March", "DATE", "1991-03")]),
    (
        "The talks will begin Monday, Dec. 10, and end Thursday.",
        "1990-11-30",
        [("Monday, Dec. 10", "DATE", "1990-12-10"), ("Thursday", "DATE", "1990-12-13")],
    ),
    ("He had been scheduled to be sentenced Jan. 6.", "2019-12-20", [("Jan. 6", "DATE", "2020-01-06")]),
    (
        "Golden Week includes Constitution Memorial Day on May 3.",
        "2024-01-09",
        [("May 3", "DATE", "2024-05-03")],
    ),
    (
        "Muslims are now in the third week of the month-long fast.",
        "2023-04-05",
        [("now", "DATE", "PRESENT_REF"), ("month-long", "DURATION", "P1M")],
    ),
    ("They heard a service at the Epiphany Cathedral.", "1997-01-06", []),
    (
        "Monks planned ceremonies for Friday morning.",
        "1998-04-16",
        [("Friday morning", "TIME", "1998-04-17TMO")],
    ),
    (
        "Early voting began on Oct. 28 and ends on Saturday.",
        "2023-11-10",
        [("Oct. 28", "DATE", "2023-10-28"), ("Saturday", "DATE", "2023-11-11")],
    ),
    ("Congress raised the debt ceiling until Feb. 7.", "2013-12-01", [("Feb. 7", "DATE", "2014-02-07")]),
    (
        "Emissions must fall over the coming decade.",
        "2013-12-30",
        [("the coming decade", "DURATION", "P10Y")],
    ),
    (
        "Police will review security for Sunday's London Marathon.",
        "2013-04-16",
        [("Sunday", "DATE", "2013-04-21")],
    ),
    ("The governor resigned within the hour.", "2013-04-16", [("the hour", "DURATION", "PT1H")]),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "The campaign ended in 1902. Smith was court-martialled that May and forced to retire.",
        "2016-06-20",
        [("1902", "DATE", "1902"), ("that May", "DATE", "1902-05")],
    ),
    (
        "She died in 2001. On Monday he left.",
        "2024-03-28",
        [("2001", "DATE", "2001"), ("Monday", "DATE", "2001-WXX-1")],
    ),
    (
        (
            "After Waterloo on 18 June 1815, Napoleon was exiled to Saint Helena, where he died on 5 May "
            "1821. Allied troops entered Paris in the first week of July, and a treaty was signed that "
            "November."
        ),
        "2004-06-17",
        [
            ("18 June 1815", "DATE", "1815-06-18"),
            ("5 May 1821", "DATE", "1821-05-05"),
            ("the first week of July", "DATE", "1815-W27"),
            ("that November", "DATE", "1815-11"),
        ],
    ),
]

#: Long enough for auto mode to read it as a history.
HISTORY_IN_AUTO_MODE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The siege of Quebec was a three-month engagement of the Seven Years' War. Pitt approved "
            "the plan in the winter of 1758-59.\n\nThe fleet sailed from Louisbourg on 4 June. Wolfe "
            "attacked at Montmorency on 31 July.\n\nThe current visitor centre opened last spring."
        ),
        "1988-03-14",
        [
            ("three-month", "DURATION", "P3M"),
            # (WikiWars tags the length a war's name gives: "Seven Years" P7Y.)
            ("Seven Years", "DURATION", "P7Y"),
            ("the winter of 1758-59", "DATE", "1758-WI"),
            ("4 June", "DATE", "1759-06-04"),
            ("31 July", "DATE", "1759-07-31"),
            ("current", "DATE", "PRESENT_REF"),
            ("last spring", "DATE", "1987-SP"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_40(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_40(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), HISTORY_IN_AUTO_MODE)
def test_history_probe_40(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


def test_a_release_that_says_today_is_read_as_news() -> None:
    # A filing states many dates over many years, as a history does; its lead's "today said" is
    # the writer's own day, so auto mode reads it as a report (the quarter it names is resolved).
    text = (
        "Acme Corp. today said it will redeem on October 1, 2012 the notes it issued on March 1, 2005 "
        "and due March 1, 2015. Results for the quarter ended June 30, 2012 were filed on August 8, "
        "2012, and those for the year ended December 31, 2011 on February 28, 2012. Its revolver, "
        "amended on June 30, 2008 and on May 4, 2011, matures on June 30, 2016. Volumes fell in late "
        "August, and the company will report third quarter results on November 1."
    )
    values = {(t.text, t.value) for t in annotate(text, dct="2012-09-20", domain="auto")}
    assert {("today", "2012-09-20"), ("the quarter", "2012-Q2"), ("late August", "2012-08")} <= values
