"""A twenty-first probe of news: AQUAINT-like news of 1998-2000, agency wires of 2005-2024,
business copy, a TimeBank-like mix and broadcast transcripts (documents written for the probe),
and the forms the earlier probes left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "over the past weekend" is the last weekend (no length: a story does not count weekends).
- A dividend's "40 cents a share a year" is a rate of a sum: not tagged; "half-yearly" is a set
  of six months.
- A first round: "the preceding three months" keeps its determiner; "the weeks and months ahead",
  "recent weeks and months" are one vague length; "by the summer's end" is the summer's END; what
  economists "had forecast" or "had expected" is gone by (the pluperfect tells of what the report
  now has); a count a past clause tells ("broke up a protest a day earlier") counts from a day
  gone by, not from one still planned; "the three months ended March 31" is a quarter, which "a
  year earlier" takes; "similar moves in July" is a noun, no timetable's verb; six-digit counts
  of years; "for centuries to come"; "overnight the water spread"; a timetable's present across
  a place ("return to the capitol on Tuesday"), after "Then on Friday", with "continue"; what is
  wanted "by the end of June"; a broadcast's "It's ten past seven" (not the odds of "It's ten to
  one he wins"); "ten o'clock GMT"; a bare clock in the half of the day of the clock told just
  before it ("At 2:16 this morning ... around 2:30"); "in the early hours" is a time of the day;
  "It could be weeks"; a planned day is no time a past clause counts from or tells the rest of;
  a relative clause's year is closed before the month after it ("Exports, which grew in 1997,
  slowed in May"); "the remains of their homes" is a noun, no state that lasts; "the spring
  construction season" leaves its article to the season of work; "spoke hours after"; "the third
  and fourth quarters" are two quarters ('third', 'fourth quarters'), as the TimeBank gold draws
  "the second and fourth quarters"; quarters a habit is told of ("is usually conducted in the
  second and fourth quarters") are every year's, a set; "holds its meetings on Saturday" is a
  timetable's, as "holds a meeting" is; an aside "due to open on July 24" looks ahead, whatever
  the tense of the verb after it; a day told in a relative clause set off inside its sentence
  ("The Dow, which lost 387 points yesterday, was down at midday") is background.
- A second round: what "applies through Sept. 15" runs on, whatever the attribution's tense;
  figures "for February" are of a month gone by; "retroactive to Sept. 1" goes back; "the
  previous 12-month period", "a new five-year term" keep their determiners; "over the weekend
  after two days of talks" is no "weekend after"; "the Good Friday accord" is a name; "a fourth
  night in shelters" counts nights, no time; "confirming weeks of Western warnings"; "for at least
  10 days after that" is a length; "the electoral votes Sunday night" is a noun, no timetable's
  verb; "tests days after India did the same"; "the middle of the afternoon"; a participle's year
  ("The plane, built in 1971, had been inspected in May") is closed before the month.
- A third round: "Hours later" in a clause not of the future is not counted from a day only
  planned ("The council meets again on Jan. 22"); "by midyear if ..."; "the next year and a
  half" is one length; "on a day when investors were anxious" is no length; "an early Easter"
  says when it fell, no START; a sum's rate "a year from 2020" is not tagged; "The year after
  that"; "expected 25,000 people there by the weekend" looks ahead; "On Thursday the February
  consumer price index is due"; a broadcast's "Good morning. It's 5:30" is the morning's; "daily
  riders" are no set; "to get around today" is no approximation; a forecast's days ("Saturday, a
  high of 87; Sunday, scattered thunderstorms") are to come; so is what is done "ahead of the
  weekend"; after the story's day, the day something was said on ("Bolsonaro said on Friday
  that"), a day the pluperfect recalls ("had rocked one reactor on Saturday") and one of a
  relative clause ("a bombing that killed 40 police on Feb. 14") are no time a clock moves to; a
  month between a named week and its weekdays ("next week, we get retail sales for April on
  Wednesday") is no other day; so is a day of a participle after a noun ("The previous record was
  set on Friday"), of "after" and a gerund ("after falling 3.2% on Friday") and of a comparison
  ("down from 10868.12 at Wednesday's close"); "would not last weeks or months"; "the entire
  summer of 1997"; a game's quarter ("The Bulls trailed by nine points early in the third
  quarter") is no quarter of the year; "days before Egypt's upper house meets"; "a daily update at
  6 p.m." is every day's clock.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "Sales rose over the past weekend, the company said.",
        "1998-03-10",
        [("the past weekend", "DATE", "1998-W10-WE")],
    ),
    ("The utility pays 40 cents a share a year.", "1998-03-10", []),
    ("The dividend is paid half-yearly.", "1998-03-10", [("half-yearly", "SET", "P6M")]),
    # A first round (a TimeBank-like mix, business copy, AQUAINT-like news, wires, broadcasts).
    (
        "Retail sales rose 5.2%, compared with 3.8% in the preceding three months.",
        "1990-02-14",
        [("the preceding three months", "DURATION", "P3M")],
    ),
    (
        'He said the United States would test the agreement "in the weeks and months ahead."',
        "1998-02-23",
        [("the weeks and months ahead", "DURATION", "PXW")],
    ),
    (
        "Many funds in recent weeks and months have been selling their bonds.",
        "1989-10-30",
        [("recent weeks and months", "DURATION", "PXW")],
    ),
    (
        "D'Amato has said he wants a final report by the summer's end.",
        "1996-06-12",
        [("the summer's end", "DATE", "1996-SU", "END")],
    ),
    (
        "Economists had forecast an October rise of about 1.5 percent.",
        "1994-11-30",
        [("October", "DATE", "1994-10")],
    ),
    (
        "Economists had expected the economy to slow in the fourth quarter.",
        "1999-01-08",
        [("the fourth quarter", "DATE", "1998-Q4")],
    ),
    (
        (
            "Thousands marched through Pristina on Monday. Another rally is planned for Friday. "
            "Police broke up a similar protest a day earlier."
        ),
        "1998-03-05",
        [
            ("Monday", "DATE", "1998-03-02"),
            ("Friday", "DATE", "1998-03-06"),
            ("a day", "DURATION", "P1D"),
        ],
    ),
    (
        (
            "The bank earned $3.94 billion in the three months ended March 31, down from "
            "$4.24 billion a year earlier."
        ),
        "2014-04-14",
        [
            ("the three months", "DURATION", "P3M"),
            ("March 31", "DATE", "2014-03-31"),
            ("a year earlier", "DATE", "2013-Q1"),
        ],
    ),
    (
        "The Fed lowered its benchmark rate yesterday, following similar moves in July and September.",
        "2019-10-31",
        [("yesterday", "DATE", "2019-10-30"), ("July", "DATE", "2019-07"), ("September", "DATE", "2019-09")],
    ),
    ("It was the warmest in 125,000 years.", "2021-08-09", [("125,000 years", "DURATION", "P125000Y")]),
    (
        "Some changes are irreversible for centuries to come.",
        "2021-08-09",
        [("centuries to come", "DATE", "FUTURE_REF")],
    ),
    (
        "By Monday afternoon two levees had been breached, and overnight the water spread.",
        "2005-08-30",
        [("Monday afternoon", "TIME", "2005-08-29TAF"), ("overnight", "TIME", "2005-08-29TNI")],
    ),
    ("Lawmakers return to the capitol on Tuesday.", "1996-02-14", [("Tuesday", "DATE", "1996-02-20")]),
    (
        "Hearings continue on Thursday and again next Tuesday.",
        "2007-01-16",
        [("Thursday", "DATE", "2007-01-18"), ("next Tuesday", "DATE", "2007-01-23")],
    ),
    (
        "Then on Friday he leaves for a holiday in the Virgin Islands.",
        "1996-11-06",
        [("Friday", "DATE", "1996-11-08")],
    ),
    (
        "The governor said he wants a bill on his desk by the end of June.",
        "2007-01-16",
        [("the end of June", "DATE", "2007-06", "END")],
    ),
    ("It's ten past seven.", "2004-12-27", [("ten past seven", "TIME", "2004-12-27T07:10")]),
    ("It's ten to one he wins.", "2004-12-27", []),
    ("The time is ten o'clock GMT.", "1997-08-31", [("ten o'clock GMT", "TIME", "1997-08-31T10:00Z")]),
    (
        "At 2:16 this morning the networks called the state. He phoned around 2:30.",
        "2000-11-08",
        [
            ("2:16 this morning", "TIME", "2000-11-08T02:16"),
            ("around 2:30", "TIME", "2000-11-08T02:30", "APPROX"),
        ],
    ),
    (
        "The surge peaked just before 9 p.m. last night. Around 8:30 a transformer exploded.",
        "2012-10-30",
        [
            ("9 p.m. last night", "TIME", "2012-10-29T21:00"),
            ("Around 8:30", "TIME", "2012-10-29T20:30", "APPROX"),
        ],
    ),
    (
        "Counting finished in the early hours.",
        "2016-06-24",
        [("the early hours", "TIME", "2016-06-24TMO", "START")],
    ),
    ("It could be weeks.", "2000-11-08", [("weeks", "DURATION", "PXW")]),
    (
        "The motion will be discussed on Monday. For the rest of the day, markets were in turmoil.",
        "2016-06-24",
        [("Monday", "DATE", "2016-06-27"), ("the rest of the day", "DATE", "2016-06-24")],
    ),
    (
        "Exports, which grew by more than 20 percent in 1997, slowed sharply in May, rising only 2 percent "
        "from a year earlier.",
        "1998-06-22",
        [("1997", "DATE", "1997"), ("May", "DATE", "1998-05"), ("a year earlier", "DATE", "1997-05")],
    ),
    (
        "Residents searched the remains of their homes after a tornado tore through town Sunday evening.",
        "1999-05-31",
        [("Sunday evening", "TIME", "1999-05-30TEV")],
    ),
    (
        "The delay had cost contractors the spring construction season.",
        "1998-03-12",
        [("spring", "DATE", "1998-SP")],
    ),
    (
        "He spoke hours after protesters stormed the parliament.",
        "2000-10-06",
        [("hours", "DURATION", "PTXH")],
    ),
    (
        "Output could shrink in the third and fourth quarters.",
        "2001-09-18",
        [("third", "DATE", "2001-Q3"), ("fourth quarters", "DATE", "2001-Q4")],
    ),
    (
        "Profits rose in the first and second quarters of 1990.",
        "1990-11-18",
        [("first", "DATE", "1990-Q1"), ("second quarters of 1990", "DATE", "1990-Q2")],
    ),
    (
        "In New York, the Dow, which lost 387 points yesterday, was down more than 150 points at midday.",
        "2007-08-10",
        [("yesterday", "DATE", "2007-08-09"), ("midday", "TIME", "2007-08-10T12:00")],
    ),
    (
        "The IMF holds its meetings on Saturday and Sunday.",
        "2008-10-10",
        [("Saturday", "DATE", "2008-10-11"), ("Sunday", "DATE", "2008-10-12")],
    ),
    (
        "Organizers of the Tokyo Olympics, due to open on July 24, said they were still planning.",
        "2020-03-12",
        [("July 24", "DATE", "2020-07-24")],
    ),
    # A second round (AQUAINT-like news, wires, a TimeBank-like mix).
    (
        "The discounts apply through Sept. 15, the airline said.",
        "1989-06-22",
        [("Sept. 15", "DATE", "1989-09-15")],
    ),
    ("The Fed will report on consumer credit for February.", "1990-04-06", [("February", "DATE", "1990-02")]),
    ("Payments would be retroactive to Sept. 1.", "1991-09-24", [("Sept. 1", "DATE", "1991-09-01")]),
    (
        "Earnings rose 3.9%, compared with 4.1% in the previous 12-month period.",
        "1990-04-06",
        [("the previous 12-month period", "DURATION", "P12M")],
    ),
    (
        "The assembly has given President Suharto a new five-year term.",
        "1998-03-12",
        [("a new five-year term", "DURATION", "P5Y")],
    ),
    (
        "Conditions improved over the weekend after winds spread the oil.",
        "1989-04-03",
        [("the weekend", "DATE", "1989-W13-WE")],
    ),
    (
        "He said the decision was made over the weekend after two days of talks with regulators.",
        "2008-10-14",
        [("the weekend", "DATE", "2008-W41-WE"), ("two days", "DURATION", "P2D")],
    ),
    (
        "Mitchell brokered the 1998 Good Friday accord in Northern Ireland.",
        "2009-01-22",
        [("1998", "DATE", "1998")],
    ),
    ("Many spent a fourth night in shelters.", "2011-03-15", []),
    (
        "Russian forces invaded on Thursday, confirming weeks of Western warnings.",
        "2022-02-24",
        [("Thursday", "DATE", "2022-02-24"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "The water would not be safe to drink for at least 10 days after that.",
        "1993-07-14",
        [("at least 10 days", "DURATION", "P10D", "EQUAL_OR_MORE")],
    ),
    (
        "The official certified Bush the winner of the electoral votes Sunday night.",
        "2000-11-27",
        [("Sunday night", "TIME", "2000-11-26TNI")],
    ),
    (
        (
            "It has been under sanctions since May of last year, when it conducted nuclear "
            "tests days after India did the same."
        ),
        "1999-10-13",
        [("May of last year", "DATE", "1998-05"), ("days", "DURATION", "PXD")],
    ),
    (
        "Prices fell sharply in the middle of the afternoon.",
        "1997-10-28",
        [("the middle of the afternoon", "TIME", "1997-10-28TAF", "MID")],
    ),
    (
        "The plane, built in 1971, had been inspected in May.",
        "1996-07-19",
        [("1971", "DATE", "1971"), ("May", "DATE", "1996-05")],
    ),
    # A third round (business copy, wires, AQUAINT-like news, a TimeBank-like mix, broadcasts).
    (
        "Mario Draghi spoke today. The council meets again on Jan. 22. Hours later, China's central bank "
        "unexpectedly cut interest rates.",
        "2014-11-21",
        [
            ("today", "DATE", "2014-11-21"),
            ("Jan. 22", "DATE", "2015-01-22"),
            ("Hours later", "TIME", "2014-11-21TXX"),
        ],
    ),
    (
        "A few say a recovery could begin by midyear if oil prices stay low.",
        "1991-02-05",
        [("midyear", "DATE", "1991", "MID")],
    ),
    (
        "He expected growth of 3% over the next year and a half.",
        "1993-07-22",
        [("the next year and a half", "DURATION", "P1Y6M")],
    ),
    ("The selloff came on a day when investors were already anxious about Greece.", "2010-05-07", []),
    ("Sales were hurt by an early Easter.", "1989-04-10", [("Easter", "DATE", "1989-03-26")]),
    (
        "Rich countries pledged $100 billion a year from 2020.",
        "2019-05-01",
        [("2020", "DATE", "2020")],
    ),
    (
        "Texas officials said they expected 25,000 people there by the weekend.",
        "2005-09-02",
        [("the weekend", "DATE", "2005-W35-WE")],
    ),
    (
        "On Thursday the February consumer price index is due.",
        "2006-03-14",
        [("Thursday", "DATE", "2006-03-16"), ("February", "DATE", "2006-02")],
    ),
    (
        "Good morning. It's 5:30, and there are no subways running in New York City.",
        "2005-12-20",
        [("5:30", "TIME", "2005-12-20T05:30")],
    ),
    (
        "About 7 million daily riders will have to find another way to get around today.",
        "2005-12-20",
        [("today", "DATE", "2005-12-20")],
    ),
    (
        "Saturday, a high of 87; Sunday, scattered thunderstorms.",
        "2003-08-14",
        [("Saturday", "DATE", "2003-08-16"), ("Sunday", "DATE", "2003-08-17")],
    ),
    (
        "Traders had chosen to square positions ahead of the weekend.",
        "1989-10-27",
        [("the weekend", "DATE", "1989-W43-WE")],
    ),
    (
        "Brazilians voted on Sunday. Bolsonaro said on Friday that whoever won would take office. "
        "Lula voted in Sao Paulo shortly after 9 a.m.",
        "2022-10-30",
        [
            ("Sunday", "DATE", "2022-10-30"),
            ("Friday", "DATE", "2022-10-28"),
            ("9 a.m.", "TIME", "2022-10-30T09:00"),
        ],
    ),
    (
        "Radiation spiked on Tuesday. Explosions had rocked one reactor on Saturday and another on Monday. "
        "The prime minister spoke at 11 a.m.",
        "2011-03-15",
        [
            ("Tuesday", "DATE", "2011-03-15"),
            ("Saturday", "DATE", "2011-03-12"),
            ("Monday", "DATE", "2011-03-14"),
            ("11 a.m.", "TIME", "2011-03-15T11:00"),
        ],
    ),
    (
        "Indian warplanes struck a camp early on Tuesday. The group claimed a bombing that killed 40 police "
        "on Feb. 14. The planes crossed the Line of Control at about 3:30 a.m.",
        "2019-02-26",
        [
            ("early on Tuesday", "DATE", "2019-02-26", "START"),
            ("Feb. 14", "DATE", "2019-02-14"),
            ("about 3:30 a.m.", "TIME", "2019-02-26T03:30", "APPROX"),
        ],
    ),
    (
        "Also next week, we get retail sales for April on Wednesday and the consumer price index on Friday.",
        "2009-05-08",
        [
            ("next week", "DATE", "2009-W20"),
            ("April", "DATE", "2009-04"),
            ("Wednesday", "DATE", "2009-05-13"),
            ("Friday", "DATE", "2009-05-15"),
        ],
    ),
    (
        "The Dow plunged yesterday. The previous record was set on Friday. Selling began at 9:30 a.m.",
        "1987-10-20",
        [
            ("yesterday", "DATE", "1987-10-19"),
            ("Friday", "DATE", "1987-10-16"),
            ("9:30 a.m.", "TIME", "1987-10-19T09:30"),
        ],
    ),
    (
        (
            "Stocks plunged yesterday afternoon. At 2:47 p.m., the index stood at 9869.62, "
            "down from 10868.12 at Wednesday's close. Officials would cancel trades executed "
            "between 2:40 p.m. and 3 p.m."
        ),
        "2010-05-07",
        [
            ("yesterday afternoon", "TIME", "2010-05-06TAF"),
            ("2:47 p.m.", "TIME", "2010-05-06T14:47"),
            ("Wednesday", "DATE", "2010-05-05"),
            ("2:40 p.m.", "TIME", "2010-05-06T14:40"),
            ("3 p.m.", "TIME", "2010-05-06T15:00"),
        ],
    ),
    (
        "The pound fell today. The FTSE 100 dropped 2.6%, after falling 3.2% on Friday. Osborne, speaking "
        "before markets opened at 8 a.m., said the economy was ready.",
        "2016-06-27",
        [
            ("today", "DATE", "2016-06-27"),
            ("Friday", "DATE", "2016-06-24"),
            ("8 a.m.", "TIME", "2016-06-27T08:00"),
        ],
    ),
    (
        "The strike would not last weeks or months, the union said.",
        "1998-06-03",
        [("weeks or months", "DURATION", "PXW", "APPROX")],
    ),
    (
        "The plant stayed closed the entire summer of 1997.",
        "1998-06-03",
        [("the entire summer of 1997", "DATE", "1997-SU")],
    ),
    ("The Bulls trailed by nine points early in the third quarter before a 14-2 run.", "1998-06-03", []),
    ("The vote comes days before Egypt's upper house meets.", "2019-04-10", [("days", "DURATION", "PXD")]),
    (
        "The governor gives a daily update at 6 p.m.",
        "2020-03-20",
        [("daily", "SET", "P1D"), ("6 p.m.", "TIME", "XXXX-XX-XXT18:00")],
    ),
    (
        "The war ended in 1995. The year after that, the economy grew.",
        "1999-05-01",
        [("1995", "DATE", "1995"), ("The year after that", "DATE", "1996")],
    ),
    (
        "Most of its auction business is usually conducted in the second and fourth quarters.",
        "1989-11-01",
        [
            ("second", "SET", "XXXX-Q2", None, {"quant": "EVERY"}),
            ("fourth quarters", "SET", "XXXX-Q4", None, {"quant": "EVERY"}),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_21(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
