"""A twenty-sixth probe of news: agency wires (world and US domestic), AQUAINT-like stories of
1998-2000, Wall Street Journal business copy of 1989-1998, broadcast transcripts of 1998-2000 and a
TimeBank-like mix (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A month that names a report ("will release the July index") is the month gone by, as its
  figures are; a sentence opened by "A year ago," or "Last year," frames its quarter as it frames
  its month; "last year" after a sum with no comparison in its sentence ("I.B.M. lost $4.97
  billion last year") is the year, not the period an earlier sentence compared.
- A month in the subject before a finished event's past verb ("Floods in April destroyed
  dozens of homes", written in March) is the last April gone by; "May" between a preposition or
  "and" and an -ed verb is the month, not the modal; a noun "pledge" after its article is no
  promise of a month to come ("broke a pledge the party made in June").
- "placed on leave Monday night" is a noun, no schedule; a stopgap that keeps the government
  "funded through early December" looks ahead; "said lows overnight could reach" is the coming
  night; "He's not going to", "He isn't going to" are futures; an apposition's "since the war
  ended" tells nothing of the day before it.
- "went weeks without power", "weeks rather than months", "could see months of uncertainty" are
  lengths; "for three days earlier this month" is a length and "earlier this month"; "a half hour
  ago" is a time; "declined for the past decade before rising" a length; "the early morning
  hours" the morning's start; "the polar night" and a temperature's "mid-20s" no time; seasons
  of a yearly round ("each year, mostly in spring and fall") are any year's, "fall" among them.
- A second round: a briefing "was set for 10 a.m." after a day still to come is that day's; "said
  this afternoon that gunships attacked ... overnight" is last night; a sentence that names "noon
  today" is at the report's day; "the end of the day tomorrow" is one date; a warning issued "from
  6 p.m. Thursday until noon Saturday" runs ahead at both ends; "will close in October and shut by
  Dec. 31" keeps the modal's future; "on what would have been his birthday" tells nothing of the
  plan before it; "called for calm on Tuesday night" is the call's night, "called for protests on
  Friday" the protests' coming Friday; "could be weaker in the second half", "could not take effect
  Jan. 1" look ahead; "drop down from Canada on Saturday" is no figure's comparison; an adjective
  after a preposition ("into prefabricated housing", "make up lost time") is no past verb.
- "months late", "lost weeks of milk production", "complained for decades of low pensions" are
  lengths; "the 2025-26 school year" ends in 2026; "where it's already mid-afternoon" is the
  report's afternoon; "warm back into the 40s" is a temperature; "Every morning he got up before
  dawn" is any day's dawn; "its biggest daily rise" makes no clock a habit's.
- A market's "For the week," is the week of the trading day told two sentences back; "Sales for the
  year" after "down from $121.9 million in 1997" is the year reported; "net income for its fiscal
  year" is the fiscal year the headline names; a clock after "the quarter ended June 30" is on the
  day of the report, not the quarter's last day.
- A third round: "said on Friday that the lists were agreed the previous night" counts from the
  day of saying; "the Oct. 26 election" names its event, no day later clocks are on; ", once
  published" and "if approved" tell nothing of the day before them; "a few dozen a week" is a rate;
  "the same month of 2014" is one date; "several thousand years" is a vague length; "rise to about
  5 degrees in summer" is any summer; "the 50 percent needed" is no past; "An aftershock overnight
  sent" is the night before; "may have days of oxygen", "weeks and weeks" are lengths; "$5,000 a
  month from a developer" is a rate; "the same as in September" under a forecast is the September
  gone by; "are pressing for a meeting on Monday" looks ahead; "in late 1995 and again in January"
  is the next January; a finished event's day after a told day goes on in its year ("The bomb fell
  on Aug. 6, 1945. Japan surrendered on Aug. 15."); "signed the treaty in Paris in September" is
  past, a place between; "could fall much further in the second half" forecasts a half to come;
  "the long holiday weekend" is the weekend; "As of 5 p.m." is the report's latest hour.
- A fourth round: "the year-earlier period" after "fiscal 1990" is the year before; "800,000
  barrels a day from Oct. 1" and "a handful a year" are rates; "threatened fresh action in
  mid-November" looks ahead; "Friday morning at 8:30 Eastern time" is the morning's hour; "since
  the afternoon" is today's; "wants the sanctions lifted before the end of the year" keeps its
  object's participle out of the tense; "spent the night inspecting" is that day's night; "Adwa
  Victory Day" is no 9 May; "called snap elections for Jan. 5" looks ahead past its day; "is
  frequently hit by tropical storms between November and April" is any year's; "on Thursday,
  accompanied by" leaves the participle's clause out.
- A fifth round: "well into the next decade" foreseen after a year of background counts from the
  report's day; "with only minutes to spare" is a length; "UAW Local 1187" is no year; "$100 a week
  from the UAW's strike fund" is a rate; "the second quarter in a row" counts quarters; "687 Earth
  days" is a length; "opens its 18th congress on Thursday" and "vote in local elections on
  Wednesday" are schedules.
- A sixth round: "called for a huge rally on Wednesday" looks ahead past its adjective; "a short
  time ago" is the past; "December-quarter results" is the quarter; "the fourth quarter of last
  year" after "the first quarter" keeps the year its words give; "lower than in August" compares
  with the August gone by.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "Residents went weeks without power.",
        "1998-03-11",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "The department will release the July index on Aug. 30.",
        "1990-08-07",
        [("July", "DATE", "1990-07"), ("Aug. 30", "DATE", "1990-08-30")],
    ),
    (
        "A year ago, the company earned $22.4 million in the second quarter.",
        "1992-06-29",
        [("A year ago", "DATE", "1991"), ("the second quarter", "DATE", "1991-Q2")],
    ),
    (
        "It broke a pledge the party made in June.",
        "2019-11-14",
        [("June", "DATE", "2019-06")],
    ),
    (
        "Rapid melting in April and May flooded dozens of homes.",
        "2024-03-13",
        [("April", "DATE", "2023-04"), ("May", "DATE", "2023-05")],
    ),
    (
        "Floods in April destroyed dozens of homes.",
        "2024-03-13",
        [("April", "DATE", "2023-04")],
    ),
    (
        "He was placed on leave Monday night.",
        "2016-11-29",
        [("Monday night", "TIME", "2016-11-28TNI")],
    ),
    (
        "The House on Wednesday passed a bill to keep the government funded through early December.",
        "2021-09-23",
        [("Wednesday", "DATE", "2021-09-22"), ("early December", "DATE", "2021-12", "START")],
    ),
    (
        "The National Weather Service said lows overnight could reach 5 degrees.",
        "2017-01-08",
        [("overnight", "TIME", "2017-01-08TNI")],
    ),
    (
        "Highs on Monday are expected to reach only the mid-20s.",
        "2017-01-08",
        [("Monday", "DATE", "2017-01-09")],
    ),
    (
        "Incidents declined for the past decade before rising this year.",
        "2023-04-18",
        [("the past decade", "DURATION", "P10Y"), ("this year", "DATE", "2023")],
    ),
    (
        "The report came out a half hour ago.",
        "1998-06-05",
        [("a half hour ago", "TIME", "1998-06-05TXX")],
    ),
    (
        "Bush is expected to make the request to a joint session of Congress on Wednesday, his first "
        "address since the war ended.",
        "1991-03-05",
        [("Wednesday", "DATE", "1991-03-06")],
    ),
    (
        '"He\'s not going to wait until the fall."',
        "1991-03-05",
        [("the fall", "DATE", "1991-FA")],
    ),
    (
        "He isn't going to wait until Friday.",
        "1991-03-05",
        [("Friday", "DATE", "1991-03-08")],
    ),
    (
        "The attack came in the early morning hours.",
        "1998-01-08",
        [("the early morning hours", "TIME", "1998-01-08TMO", "START")],
    ),
    (
        "I.B.M. earned $285 million in the first quarter, compared with $507 million a year earlier. "
        "I.B.M. lost $4.97 billion last year.",
        "1993-04-17",
        [
            ("the first quarter", "DATE", "1993-Q1"),
            ("a year earlier", "DATE", "1992-Q1"),
            ("last year", "DATE", "1992"),
        ],
    ),
    (
        "The snowstorms shut the airline's Detroit hub for three days earlier this month.",
        "1999-01-21",
        [("three days", "DURATION", "P3D"), ("earlier this month", "DATE", "1999-01", "START")],
    ),
    (
        "The agency sets hundreds of such fires each year, mostly in spring and fall.",
        "2000-05-09",
        [
            ("each year", "SET", "P1Y", None, {"quant": "EACH"}),
            ("spring", "DATE", "XXXX-SP"),
            ("fall", "DATE", "XXXX-FA"),
        ],
    ),
    (
        "He expected the round to last weeks rather than months.",
        "2016-07-25",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    (
        "We could see months of uncertainty.",
        "2018-01-19",
        [("months", "DURATION", "PXM")],
    ),
    (
        "The polar night lasted three months.",
        "2019-11-14",
        [("three months", "DURATION", "P3M")],
    ),
    (
        "The Security Council is due to discuss Yemen on Thursday. Diplomats said a closed-door briefing "
        "was set for 10 a.m. (1400 GMT), followed by consultations in the afternoon.",
        "2016-07-25",
        [
            ("Thursday", "DATE", "2016-07-28"),
            ("10 a.m.", "TIME", "2016-07-28T10:00"),
            ("1400 GMT", "TIME", "2016-07-28T14:00Z"),
            ("the afternoon", "TIME", "2016-07-28TAF"),
        ],
    ),
    (
        "Militants crossed into Dagestan on Saturday. The Interior Ministry said this afternoon that "
        "gunships attacked rebel positions overnight.",
        "1999-08-09",
        [
            ("Saturday", "DATE", "1999-08-07"),
            ("this afternoon", "TIME", "1999-08-09TAF"),
            ("overnight", "TIME", "1999-08-08TNI"),
        ],
    ),
    (
        "The counties should finish by the end of the day tomorrow.",
        "2000-11-09",
        [("the end of the day tomorrow", "DATE", "2000-11-10", "END")],
    ),
    (
        "Forecasters issued a warning from 6 p.m. Thursday until noon Saturday.",
        "2024-03-13",
        [("6 p.m. Thursday", "TIME", "2024-03-14T18:00"), ("noon Saturday", "TIME", "2024-03-16T12:00")],
    ),
    (
        "The budget was months late again.",
        "2019-06-28",
        [("months", "DURATION", "PXM")],
    ),
    (
        "It will close in October and shut by Dec. 31.",
        "2016-09-13",
        [("October", "DATE", "2016-10"), ("Dec. 31", "DATE", "2016-12-31")],
    ),
    (
        "Neighbors plan to dedicate a playground in May, on what would have been his birthday.",
        "2018-01-22",
        [("May", "DATE", "2018-05")],
    ),
    (
        "The program begins in the 2025-26 school year.",
        "2025-03-30",
        [("2025", "DATE", "2025"), ("26", "DATE", "2026")],
    ),
    (
        "Every morning he got up before dawn.",
        "1998-02-17",
        [
            ("Every morning", "SET", "XXXX-XX-XXTMO", None, {"quant": "EVERY"}),
            ("dawn", "TIME", "XXXX-XX-XXTMO"),
        ],
    ),
    (
        "It will extend the school year in June to make up lost time.",
        "1998-02-17",
        [("June", "DATE", "1998-06")],
    ),
    (
        "It will move families into prefabricated housing by mid-October, before the winter rains set in.",
        "1999-08-29",
        [("mid-October", "DATE", "1999-10", "MID"), ("winter", "DATE", "1999-WI")],
    ),
    (
        "Many farmers lost weeks of milk production.",
        "1998-02-17",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "He said sales could be weaker in the second half of the year.",
        "2000-04-20",
        [("the second half of the year", "DATE", "2000-H2")],
    ),
    (
        "The judge said the measure, which the governor signed on May 7, could not take effect Jan. 1 as "
        "planned.",
        "2019-06-14",
        [("May 7", "DATE", "2019-05-07"), ("Jan. 1", "DATE", "2020-01-01")],
    ),
    (
        "Fighting continued overnight between police and rebels.",
        "1998-06-23",
        [("overnight", "TIME", "1998-06-22TNI")],
    ),
    (
        "By the middle of next week we warm back into the 40s.",
        "2000-02-03",
        [("the middle of next week", "DATE", "2000-W06", "MID")],
    ),
    (
        "Governor Bush will hold a rally in Florida on Monday. Our correspondent is in Jerusalem, where "
        "it's already mid-afternoon.",
        "2000-10-27",
        [("Monday", "DATE", "2000-10-30"), ("mid-afternoon", "TIME", "2000-10-27TAF", "MID")],
    ),
    (
        "A clipper will drop down from Canada on Saturday.",
        "2000-02-03",
        [("Saturday", "DATE", "2000-02-05")],
    ),
    (
        "The storm came ashore early Wednesday. Airports were closed for most of the morning and "
        "reopened around noon today.",
        "2000-02-03",
        [
            ("early Wednesday", "DATE", "2000-02-02", "START"),
            ("the morning", "TIME", "2000-02-03TMO"),
            ("around noon today", "TIME", "2000-02-03T12:00", "APPROX"),
        ],
    ),
    (
        "Buhari called for calm in a statement on Tuesday night.",
        "2020-10-21",
        [("Tuesday night", "TIME", "2020-10-20TNI")],
    ),
    (
        "The Brotherhood called for protests on Friday.",
        "2020-10-21",
        [("Friday", "DATE", "2020-10-23")],
    ),
    (
        "Chileans have complained for decades of low pensions.",
        "2019-10-21",
        [("decades", "DURATION", "PXY")],
    ),
    (
        "The index gained 1.3 percent by midday, its biggest daily rise.",
        "2024-02-15",
        [("midday", "TIME", "2024-02-15T12:00")],
    ),
    (
        "Treasury bond prices rallied Friday. It was the first cut since December. For the week, the "
        "long bond gained nearly two points.",
        "1991-02-04",
        [("Friday", "DATE", "1991-02-01"), ("December", "DATE", "1990-12"), ("the week", "DATE", "1991-W05")],
    ),
    (
        "For all of 1998, Keystone earned $44.6 million, down from $121.9 million in 1997. Sales for the "
        "year fell 7% to $3.05 billion.",
        "1999-03-10",
        [("1998", "DATE", "1998"), ("1997", "DATE", "1997"), ("the year", "DATE", "1998")],
    ),
    (
        "Trent Stores Posts Record Fiscal 1996 Net\n\nTrent Stores Inc. said net income for its fiscal "
        "year rose 21% to a record $188.4 million.",
        "1997-04-22",
        [("Fiscal 1996", "DATE", "1996"), ("fiscal year", "DATE", "1996")],
    ),
    (
        "Mercer said yesterday that its profit doubled. For the quarter ended June 30, it earned $84.3 "
        "million. The results, released after the close of trading at 4 p.m., topped estimates.",
        "1995-07-20",
        [
            ("yesterday", "DATE", "1995-07-19"),
            ("the quarter", "DATE", "1995-Q2"),
            ("June 30", "DATE", "1995-06-30"),
            ("4 p.m.", "TIME", "1995-07-19T16:00"),
        ],
    ),
    (
        "Media reported it on Thursday. Officials said on Friday that the lists were agreed the previous "
        "night.",
        "2019-09-07",
        [
            ("Thursday", "DATE", "2019-09-05"),
            ("Friday", "DATE", "2019-09-06"),
            ("the previous night", "TIME", "2019-09-05TNI"),
        ],
    ),
    (
        "Thousands rallied on Monday night, demanding a rerun of the Oct. 26 election. She addressed the "
        "rally shortly before 9 p.m. and the crowd dispersed around midnight.",
        "2024-10-29",
        [
            ("Monday night", "TIME", "2024-10-28TNI"),
            ("Oct. 26", "DATE", "2024-10-26"),
            ("9 p.m.", "TIME", "2024-10-28T21:00"),
            ("around midnight", "TIME", "2024-10-28T24:00", "APPROX"),
        ],
    ),
    (
        "The measures will come into force on Saturday, once published.",
        "2023-06-23",
        [("Saturday", "DATE", "2023-06-24")],
    ),
    (
        "Arrivals dropped from more than 4,000 in July to a few dozen a week by October.",
        "2021-11-10",
        [("July", "DATE", "2021-07"), ("October", "DATE", "2021-10")],
    ),
    (
        "Arrivals in July were four times those in the same month of 2014.",
        "2015-08-02",
        [("July", "DATE", "2015-07"), ("the same month of 2014", "DATE", "2014-07")],
    ),
    (
        "The uncertainties grow to several thousand years.",
        "1993-03-16",
        [("several thousand years", "DURATION", "PXY")],
    ),
    (
        "Temperatures at Summit rise to about 5 degrees in summer.",
        "1993-03-16",
        [("summer", "DATE", "XXXX-SU")],
    ),
    (
        "Pollsters put him on 58 percent, above the 50 percent needed to avoid a run-off in June.",
        "2024-02-15",
        [("June", "DATE", "2024-06")],
    ),
    (
        "An aftershock overnight sent people into the streets.",
        "1999-08-19",
        [("overnight", "TIME", "1999-08-18TNI")],
    ),
    (
        "The crew may have days of oxygen left.",
        "2000-08-16",
        [("days", "DURATION", "PXD")],
    ),
    (
        "He demanded cash payments of $5,000 a month from a developer.",
        "2012-03-13",
        [],
    ),
    (
        "Economists expect a 0.3 percent rise, the same as in September.",
        "1989-11-14",
        [("September", "DATE", "1989-09")],
    ),
    (
        "They are pressing for a meeting on Monday.",
        "1998-02-13",
        [("Monday", "DATE", "1998-02-16")],
    ),
    (
        "We will not wait weeks and weeks.",
        "1998-02-13",
        [("weeks and weeks", "DURATION", "PXW")],
    ),
    (
        "The trial was delayed in late 1995 and again in January.",
        "1996-06-04",
        [("late 1995", "DATE", "1995", "END"), ("January", "DATE", "1996-01")],
    ),
    (
        "The bomb fell on Aug. 6, 1945. Japan surrendered on Aug. 15.",
        "1995-08-06",
        [("Aug. 6, 1945", "DATE", "1945-08-06"), ("Aug. 15", "DATE", "1945-08-15")],
    ),
    (
        "He signed the treaty in Paris in September.",
        "1995-08-06",
        [("September", "DATE", "1994-09")],
    ),
    (
        "Exports could fall much further in the second half.",
        "1998-02-17",
        [("the second half", "DATE", "1998-H2")],
    ),
    (
        "Stocks bounced back after the long holiday weekend.",
        "1998-02-17",
        [("the long holiday weekend", "DATE", "1998-W07-WE")],
    ),
    (
        "The storm made landfall late Wednesday afternoon. Our meteorologist has the forecast. As of 5 "
        "p.m. Eastern, Bonnie was centered about 40 miles east of Norfolk.",
        "1998-08-27",
        [
            ("Wednesday afternoon", "TIME", "1998-08-26TAF"),
            ("5 p.m. Eastern", "TIME", "1998-08-27T17:00-04:00"),
        ],
    ),
    (
        "The deficit for fiscal 1990 was $122 billion, up from $105 billion in the year-earlier period.",
        "1990-05-09",
        [("fiscal 1990", "DATE", "1990"), ("the year-earlier period", "DATE", "1989")],
    ),
    (
        "OPEC agreed to raise output by 800,000 barrels a day from Oct. 1.",
        "2000-09-14",
        [("Oct. 1", "DATE", "2000-10-01")],
    ),
    (
        "Doctors saw a handful a year.",
        "1996-04-24",
        [],
    ),
    (
        "Farmers threatened fresh action in mid-November.",
        "2000-09-14",
        [("mid-November", "DATE", "2000-11", "MID")],
    ),
    (
        "Markets open Friday morning at 8:30 Eastern time.",
        "1998-10-02",
        [("Friday morning at 8:30 Eastern time", "TIME", "1998-10-02T08:30-04:00")],
    ),
    (
        "Crowds have gathered since the afternoon.",
        "1998-10-02",
        [("the afternoon", "TIME", "1998-10-02TAF")],
    ),
    (
        "He wants the sanctions lifted before the end of the year.",
        "1998-10-02",
        [("the end of the year", "DATE", "1998", "END")],
    ),
    (
        "Part of its roof collapsed onto the first car Thursday, and engineers spent the night "
        "inspecting the structure.",
        "2016-09-30",
        [("Thursday", "DATE", "2016-09-29"), ("the night", "TIME", "2016-09-29TNI")],
    ),
    (
        "Adwa Victory Day is a public holiday in Ethiopia.",
        "2018-10-17",
        [],
    ),
    (
        "On Nov. 9, he called snap elections for Jan. 5.",
        "2018-12-13",
        [("Nov. 9", "DATE", "2018-11-09"), ("Jan. 5", "DATE", "2019-01-05")],
    ),
    (
        "Mozambique is frequently hit by tropical storms between November and April.",
        "2019-03-17",
        [("November", "DATE", "XXXX-11"), ("April", "DATE", "XXXX-04")],
    ),
    (
        "He said he would return to Honduras on Thursday, accompanied by the heads of the OAS.",
        "2009-06-29",
        [("Thursday", "DATE", "2009-07-02")],
    ),
    (
        "The case was dropped in 1982. Analysts expect the case to last well into the next decade.",
        "1998-06-29",
        [("1982", "DATE", "1982"), ("the next decade", "DATE", "200")],
    ),
    (
        "Residents fled with only minutes to spare.",
        "2020-09-15",
        [("minutes", "DURATION", "PTXM")],
    ),
    (
        "Members of UAW Local 1187 voted on Sunday.",
        "1994-08-10",
        [("Sunday", "DATE", "1994-08-07")],
    ),
    (
        "Strikers get $100 a week from the UAW's strike fund.",
        "1994-08-10",
        [],
    ),
    (
        "Profits fell for the second quarter in a row.",
        "1994-08-10",
        [],
    ),
    (
        "Mars circles the Sun in 687 Earth days.",
        "1994-08-10",
        [("687 Earth days", "DURATION", "P687D")],
    ),
    (
        "The party opens its 18th congress on Thursday.",
        "2012-11-05",
        [("Thursday", "DATE", "2012-11-08")],
    ),
    (
        "South Koreans vote in local elections on Wednesday.",
        "2018-06-10",
        [("Wednesday", "DATE", "2018-06-13")],
    ),
    (
        "They have called for a huge rally on Wednesday.",
        "1998-05-18",
        [("Wednesday", "DATE", "1998-05-20")],
    ),
    (
        "Secretary of State Albright spoke to reporters in Washington a short time ago.",
        "1998-08-07",
        [("a short time ago", "DATE", "PAST_REF")],
    ),
    (
        "The company will report December-quarter results next week.",
        "1990-01-10",
        [("December-quarter", "DATE", "1989-Q4"), ("next week", "DATE", "1990-W03")],
    ),
    (
        "China's economy grew 7.4 percent in the first quarter, slower than the 7.7 percent recorded in "
        "the fourth quarter of last year.",
        "2014-04-16",
        [("the first quarter", "DATE", "2014-Q1"), ("the fourth quarter of last year", "DATE", "2013-Q4")],
    ),
    (
        "The rate is now lower than in August.",
        "2012-02-03",
        [("now", "DATE", "PRESENT_REF"), ("August", "DATE", "2011-08")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_26(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
