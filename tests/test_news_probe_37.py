"""A thirty-seventh probe of news: features that retell an old story, international wires of
2012-2014, business and financial copy of 1989-1991 and of today, local news, TimeBank-like wires
of 1989-1998, sport, obituaries, health and science news, AQUAINT-like news of 1998-2000,
political news and broadcast transcripts (documents written for the probe, in four rounds).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- Direction: a month a clause plans after a year counted back is still to come ("charged over
  the violence five years ago, is due to stand trial in July"); a relative clause's own present
  ("Lowe, who retires at the end of the year", "contracts that run into the spring"); what did
  not happen until a day happened on it ("did not freeze over until March 10"); a measure's start
  ("raises the gasoline tax starting Jan. 1"); courses considered ("considered waiting until after
  New Year's"); "setting the stage for an election in March"; a second reported clause ("would
  meet his team on Saturday and that no decision was expected"); the day something was said on
  ("a process Hassan said on Wednesday could take a day or two"); a fixture a future clause acts
  on ("will help settle Tuesday's election"); quoted forecasts ('expects "continued growth" in
  the fourth quarter'); a funeral notice's hours ("Visitation is from 5 to 8 p.m. Friday").
- Periods of reports: a deadline's month is no figure's period ("reach 1.1 million by June, up
  from 40,000 a year ago"); a forecast's quarter is not the one reported ("For the third quarter,
  it forecast"); "the end of the quarter" told in the past; "at the end of the period"; "the full
  year" of a forecast or of a fourth quarter just reported; fiscal quarters still to come; "the
  fiscal year that ended March 31" (P1Y); "the first half of the current fiscal year"; elided
  halves and quarters ("rose in the second", "as tough as the third"); "the April-June figure";
  "the week so far"; "compared with 91% in the first half"; the period in question past the days
  and seasons between ("the same period last year").
- Old stories and the writer's present: a witness's age now or a reporter met tells the present
  ("Pruszynski, now 69, spoke to a reporter on Monday"); a day told to the minute goes on in its
  weekdays ("at 7:59 a.m. on Feb. 26, 1972 ... found on Sunday"); datelines before an
  anniversary ("DENVER — Twenty-five years ago, on the day before Thanksgiving"); records since a
  day are no story ("its lowest level since June 30, 1982 ... in October"); an event's possessive
  weekday is no clock's day ("in Monday's election ... at 2:45 p.m."); "That year" after the last
  time a year saw.
- Clocks and parts of days: "by 8 the next morning", "until about 10 that morning", "dawn
  Friday", "at 5:30 every morning", "at 6 every evening", bare ranges of hours ("4 to 7 p.m.
  Friday"), "8 p.m. Next Friday" (two sentences), "the rest of the day" a report looks ahead to.
- Words: "Friday prayers"-like habits are left; "Sunday painters"; quoted titles with their
  comma ("Winter Light,"); "1998, a year that"; "a day the virus has to spread"; "the second half
  of the month", "the latter half of the week"; "the worst flood of the century"; "one hour a day",
  "seven hours a night"; "In a typical year"; "twice a year, in May and December"; "the first
  Saturday of the month" of a habit; "Jan. 20, 39 states"; "it took them months"; "On some days";
  "a better tomorrow"; "this hour" of a broadcast; "the hours ahead"; "six days before that";
  "a little more than a month before the Nov. 5 election".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The floor of the slope heaved at 8:06 p.m. on Thursday, Oct. 23, 1958.\n\nPruszynski, now "
            "69, spoke to a reporter at his kitchen table on Monday."
        ),
        "2008-10-23",
        [
            ("8:06 p.m. on Thursday, Oct. 23, 1958", "TIME", "1958-10-23T20:06"),
            ("now", "DATE", "PRESENT_REF"),
            ("Monday", "DATE", "2008-10-20"),
        ],
    ),
    (
        (
            "Wyland beat Eastern Ohio 10-7 on Saturday, Nov. 20, 1971. Hutchins, 70, still lives two "
            "miles from the stadium. He met a reporter there on Wednesday afternoon."
        ),
        "2021-11-19",
        [("Saturday, Nov. 20, 1971", "DATE", "1971-11-20"), ("Wednesday afternoon", "TIME", "2021-11-17TAF")],
    ),
    (
        (
            "The dam gave way at 7:59 a.m. on Feb. 26, 1972. Her husband was found on Sunday, two "
            "miles downstream."
        ),
        "2002-02-26",
        [("7:59 a.m. on Feb. 26, 1972", "TIME", "1972-02-26T07:59"), ("Sunday", "DATE", "1972-02-27")],
    ),
    (
        "The mill burned at 4:45 p.m. on March 25, 1911. The owners were indicted on Tuesday.",
        "2011-03-10",
        [("4:45 p.m. on March 25, 1911", "TIME", "1911-03-25T16:45"), ("Tuesday", "DATE", "1911-03-28")],
    ),
    (
        (
            "DENVER — Twenty-five years ago, on the day before Thanksgiving, a man in a gray "
            "raincoat paid cash for a one-way ticket to Omaha."
        ),
        "1997-11-26",
        [("Twenty-five years ago", "DATE", "1972"), ("the day before Thanksgiving", "DATE", "1972-11-22")],
    ),
    (
        "CHICAGO — Fifty years ago, on Easter Sunday, the river rose over its banks.",
        "2012-12-20",
        [("Fifty years ago", "DATE", "1962"), ("Easter Sunday", "DATE", "1962-04-22")],
    ),
    (
        (
            "A diver reached them at 11:20 p.m. on Saturday, July 28, 1990. By 8 the next morning "
            "the water was low enough to wade out."
        ),
        "2015-07-24",
        [
            ("11:20 p.m. on Saturday, July 28, 1990", "TIME", "1990-07-28T23:20"),
            ("8 the next morning", "TIME", "1990-07-29T08:00"),
        ],
    ),
    (
        "The ship sank on May 2, 1998. A cutter found them at 6 the next morning.",
        "2025-05-09",
        [("May 2, 1998", "DATE", "1998-05-02"), ("6 the next morning", "TIME", "1998-05-03T06:00")],
    ),
    (
        ("The boys went into the cave on Thursday, July 26, 1990. Divers arrived before dawn Friday."),
        "2015-07-24",
        [
            ("Thursday, July 26, 1990", "DATE", "1990-07-26"),
            ("dawn", "TIME", "1990-07-27TMO"),
            ("Friday", "DATE", "1990-07-27"),
        ],
    ),
    (
        (
            "The hurricane came ashore on Wednesday, Sept. 21, 1938. The first boats reached the "
            "island shortly after dawn Thursday."
        ),
        "1988-09-21",
        [
            ("Wednesday, Sept. 21, 1938", "DATE", "1938-09-21"),
            ("dawn", "TIME", "1938-09-22TMO"),
            ("Thursday", "DATE", "1938-09-22"),
        ],
    ),
    (
        (
            "The hurricane came ashore on Wednesday, Sept. 21, 1938. By dusk Thursday the island had "
            "been evacuated."
        ),
        "1988-09-21",
        [
            ("Wednesday, Sept. 21, 1938", "DATE", "1938-09-21"),
            ("dusk", "TIME", "1938-09-22TEV"),
            ("Thursday", "DATE", "1938-09-22"),
        ],
    ),
    (
        ("The dam gave way on Saturday, Feb. 26, 1972. She buried him the following Wednesday, March 1."),
        "2002-02-26",
        [
            ("Saturday, Feb. 26, 1972", "DATE", "1972-02-26"),
            ("the following Wednesday, March 1", "DATE", "1972-03-01"),
        ],
    ),
    (
        (
            "The jury was sworn on Monday, March 4, 1985. It returned its verdict the following "
            "Friday, March 8."
        ),
        "2006-05-01",
        [
            ("Monday, March 4, 1985", "DATE", "1985-03-04"),
            ("the following Friday, March 8", "DATE", "1985-03-08"),
        ],
    ),
    (
        (
            "The game kicked off at 1:30 p.m. on Nov. 20, 1971. Eastern Ohio had won 19 straight "
            "games and had not trailed in a second half since October 1970."
        ),
        "2021-11-19",
        [("1:30 p.m. on Nov. 20, 1971", "TIME", "1971-11-20T13:30"), ("October 1970", "DATE", "1970-10")],
    ),
    (
        (
            "Harcourt said third-quarter net income rose 18%. The chairman said the company expects "
            '"continued growth" in the fourth quarter. He said the plastics unit returned to '
            "profitability in the latest period."
        ),
        "1989-10-25",
        [
            ("third-quarter", "DATE", "1989-Q3"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the latest period", "DATE", "1989-Q3"),
        ],
    ),
    (
        (
            "Dorval Corp. said second-quarter profit fell 12% to $8 million. Its president said the "
            'company expects "significant improvement" in the third quarter. In the quarter just '
            "ended, sales rose 4%."
        ),
        "1990-07-20",
        [
            ("second-quarter", "DATE", "1990-Q2"),
            ("the third quarter", "DATE", "1990-Q3"),
            ("the quarter", "DATE", "1990-Q2"),
        ],
    ),
    (
        ("He said the company locked in its wheat supply through contracts that run into the spring."),
        "1991-01-23",
        [("the spring", "DATE", "1991-SP")],
    ),
    (
        "The airline signed fuel contracts that run into June.",
        "1991-02-05",
        [("June", "DATE", "1991-06")],
    ),
    (
        "The airline said it had signed fuel contracts that extend into the summer.",
        "1991-02-05",
        [("the summer", "DATE", "1991-SU")],
    ),
    (
        (
            "The division had its weakest quarter since the three months ended March 31, 1986. Sales "
            "were particularly weak in November."
        ),
        "1991-01-23",
        [
            ("the three months", "DURATION", "P3M"),
            ("March 31, 1986", "DATE", "1986-03-31"),
            ("November", "DATE", "1990-11"),
        ],
    ),
    (
        (
            "Orders fell to their lowest level since June 30, 1982, the association said. Orders "
            "were especially weak in October."
        ),
        "1990-12-12",
        [("June 30, 1982", "DATE", "1982-06-30"), ("October", "DATE", "1990-10")],
    ),
    (
        "Economists expect the April-June figure to show growth of less than 2%.",
        "1990-07-18",
        [("April-June", "DATE", "1990-Q2")],
    ),
    (
        "Analysts said the July-September results were weak.",
        "1990-10-18",
        [("July-September", "DATE", "1990-Q3")],
    ),
    (
        (
            "The council honored Police Chief Ray Dunmore, who retires at the end of the week after "
            "31 years on the force."
        ),
        "2009-10-22",
        [("the end of the week", "DATE", "2009-W43", "END"), ("31 years", "DURATION", "P31Y")],
    ),
    (
        "The school board approved the contract, which takes effect at the end of the month.",
        "2003-03-12",
        [("the end of the month", "DATE", "2003-03", "END")],
    ),
    (
        "The board thanked Principal Ann Lowe, who retires at the end of the year.",
        "2003-03-12",
        [("the end of the year", "DATE", "2003", "END")],
    ),
    (
        (
            "The vote came on the last day of classes for seniors, who graduate Saturday at 10 a.m. "
            "at the Brookfield Arena."
        ),
        "2017-06-02",
        [("Saturday at 10 a.m.", "TIME", "2017-06-03T10:00")],
    ),
    (
        (
            "Last winter, by contrast, was one of the mildest on record; the district did not use a "
            "single snow day until Feb. 26."
        ),
        "2014-01-08",
        [("Last winter", "DATE", "2012-WI"), ("Feb. 26", "DATE", "2013-02-26")],
    ),
    (
        "Last winter the lake did not freeze over until March 10.",
        "2011-02-03",
        [("Last winter", "DATE", "2009-WI"), ("March 10", "DATE", "2010-03-10")],
    ),
    (
        "The district did not close until Feb. 26.",
        "2014-01-08",
        [("Feb. 26", "DATE", "2013-02-26")],
    ),
    (
        "Another blast of Arctic air could arrive in the second half of the month.",
        "2014-01-08",
        [("the second half of the month", "DATE", "2014-01", "END")],
    ),
    (
        "Repairs should be finished in the latter half of the week.",
        "2014-01-08",
        [("the latter half of the week", "DATE", "2014-W02", "END")],
    ),
    (
        (
            "Kenyatta, who faces charges over his alleged role in the violence five years ago, is "
            "due to stand trial in The Hague in July."
        ),
        "2013-03-05",
        [("five years ago", "DATE", "2008"), ("July", "DATE", "2013-07")],
    ),
    (
        "The dam, damaged by floods four years ago, will reopen in October, officials said.",
        "2013-03-05",
        [("four years ago", "DATE", "2009"), ("October", "DATE", "2013-10")],
    ),
    (
        "The party, which lost power six years ago, hopes to win the election in June.",
        "2013-03-05",
        [("six years ago", "DATE", "2007"), ("June", "DATE", "2013-06")],
    ),
    (
        (
            "The UN refugee agency said the number of refugees could reach 1.1 million by June, up "
            "from fewer than 40,000 a year ago."
        ),
        "2013-03-14",
        [("June", "DATE", "2013-06"), ("a year ago", "DATE", "2012")],
    ),
    (
        (
            "The ministry expects unemployment to hit 12 percent by December, compared with 9 "
            "percent a year ago."
        ),
        "2013-03-14",
        [("December", "DATE", "2013-12"), ("a year ago", "DATE", "2012")],
    ),
    (
        (
            "Revenue for the quarter ended July 31 rose 28 percent. For the third quarter, it "
            "forecast revenue of $430 million. Subscription revenue climbed 31 percent from the "
            "year-ago period."
        ),
        "2019-08-23",
        [
            ("the quarter", "DATE", "2019-Q2"),
            ("July 31", "DATE", "2019-07-31"),
            ("the third quarter", "DATE", "2019-Q3"),
            ("the year-ago period", "DATE", "2018-Q2"),
        ],
    ),
    (
        (
            "Net income rose 12% in the third quarter. For the fourth quarter, the bank projected "
            "loan growth of 2%. Deposits were up 5% from the prior-year period."
        ),
        "2023-10-26",
        [
            ("the third quarter", "DATE", "2023-Q3"),
            ("the fourth quarter", "DATE", "2023-Q4"),
            ("the prior-year period", "DATE", "2022-Q3"),
        ],
    ),
    (
        (
            "Net income rose 12% in the third quarter. The bank gave a fourth-quarter outlook of $2 "
            "billion in revenue. Deposits were up 5% from the year-ago period."
        ),
        "2023-10-26",
        [
            ("the third quarter", "DATE", "2023-Q3"),
            ("fourth-quarter", "DATE", "2023-Q4"),
            ("the year-ago period", "DATE", "2022-Q3"),
        ],
    ),
    (
        ("Revenue rose in the quarter ended July 31. Backlog reached $2.1 billion at the end of the period."),
        "2019-08-23",
        [
            ("the quarter", "DATE", "2019-Q2"),
            ("July 31", "DATE", "2019-07-31"),
            ("the end of the period", "DATE", "2019-Q2", "END"),
        ],
    ),
    (
        ("Sales rose 5% in the second quarter. Cash on hand at the close of the period was $800 million."),
        "2019-08-23",
        [("the second quarter", "DATE", "2019-Q2"), ("the close of the period", "DATE", "2019-Q2", "END")],
    ),
    (
        "Revenue rose in the second quarter. Backlog at the end of the quarter was $900 million.",
        "2019-08-23",
        [("the second quarter", "DATE", "2019-Q2"), ("the end of the quarter", "DATE", "2019-Q2", "END")],
    ),
    (
        (
            "The company aims to break even by the fourth quarter of fiscal 2021 and to reach "
            "positive free cash flow for the full year."
        ),
        "2019-08-23",
        [("the fourth quarter of fiscal 2021", "DATE", "2021-Q4"), ("the full year", "DATE", "2021")],
    ),
    (
        ("Executives said they expect a loss in the first quarter of 2025 but a profit for the full year."),
        "2023-11-02",
        [("the first quarter of 2025", "DATE", "2025-Q1"), ("the full year", "DATE", "2025")],
    ),
    (
        ("Lumora's fiscal 2017 ends on Sept. 30, so the holiday period falls in its fiscal first quarter."),
        "2017-09-13",
        [
            ("fiscal 2017", "DATE", "2017"),
            ("Sept. 30", "DATE", "2017-09-30"),
            ("fiscal first quarter", "DATE", "2018-Q1"),
        ],
    ),
    (
        "Holiday sales will be booked in the fiscal first quarter.",
        "2017-09-13",
        [("the fiscal first quarter", "DATE", "2018-Q1")],
    ),
    (
        "Net profit for the fiscal year that ended March 31 fell 22 percent.",
        "2021-05-12",
        [("the fiscal year", "DURATION", "P1Y"), ("March 31", "DATE", "2021-03-31")],
    ),
    (
        "Sales rose 4 percent in the financial year that ended on March 31.",
        "2021-05-12",
        [("the financial year", "DURATION", "P1Y"), ("March 31", "DATE", "2021-03-31")],
    ),
    (
        "Net profit for the year that ended March 31 fell 22 percent.",
        "2021-05-12",
        [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2021-03-31")],
    ),
    (
        "Profit fell in the first half of 2023 but rose in the second.",
        "2024-01-24",
        [("the first half of 2023", "DATE", "2023-H1"), ("the second", "DATE", "2023-H2")],
    ),
    (
        "Sales fell 4 percent in the first half of fiscal 2023 and rose 9 percent in the second.",
        "2024-01-24",
        [("the first half of fiscal 2023", "DATE", "2023-H1"), ("the second", "DATE", "2023-H2")],
    ),
    (
        "Due to the rain, Sunday's parade will be shorter than usual.",
        "2020-11-12",
        [("Sunday", "DATE", "2020-11-15")],
    ),
    (
        "Her students gave recitals twice a year, in May and December.",
        "1998-11-12",
        [("twice a year", "SET", "P1Y"), ("May", "DATE", "XXXX-05"), ("December", "DATE", "XXXX-12")],
    ),
    (
        "Every year he planted his tomatoes in May and picked the last of them in October.",
        "1998-11-12",
        [("Every year", "SET", "P1Y"), ("May", "DATE", "XXXX-05"), ("October", "DATE", "XXXX-10")],
    ),
    (
        (
            "Walter Kowalski died Sunday night at Mercy Hospital. He was 78. Visitation is from 5 to "
            "8 p.m. Friday at Novak Funeral Home."
        ),
        "2011-09-22",
        [
            ("Sunday night", "TIME", "2011-09-18TNI"),
            ("5", "TIME", "2011-09-23T17:00"),
            ("8 p.m. Friday", "TIME", "2011-09-23T20:00"),
        ],
    ),
    (
        (
            "Mary Ellen Dorsey died Monday.\n\nCalling hours are from 4 to 7 p.m. Saturday at Hart "
            "Funeral Home."
        ),
        "2011-09-22",
        [
            ("Monday", "DATE", "2011-09-19"),
            ("4", "TIME", "2011-09-24T16:00"),
            ("7 p.m. Saturday", "TIME", "2011-09-24T19:00"),
        ],
    ),
    (
        "Calling hours will be 4 to 7 p.m. Friday at Hart Funeral Home.",
        "2011-09-22",
        [("4", "TIME", "2011-09-23T16:00"), ("7 p.m. Friday", "TIME", "2011-09-23T19:00")],
    ),
    (
        "The family will receive friends 6 to 8 p.m. Saturday at Anderson Funeral Home.",
        "2011-09-22",
        [("6", "TIME", "2011-09-24T18:00"), ("8 p.m. Saturday", "TIME", "2011-09-24T20:00")],
    ),
    (
        ("Stewards were still moving supporters into the upper tier well into the first quarter of an hour."),
        "2012-12-03",
        [("the first quarter of an hour", "DURATION", "PT15M")],
    ),
    (
        "City conceded twice in the last quarter of an hour.",
        "2012-12-03",
        [("the last quarter of an hour", "DURATION", "PT15M")],
    ),
    (
        "Kicker Ben Ortiz ended it with a 41-yard field goal 6:12 into the extra period.",
        "2016-01-18",
        [],
    ),
    (
        "The goal came 8:15 into the extra session.",
        "2016-01-18",
        [],
    ),
    (
        "The 800m runner, who has not broken 1:45 since the summer of 2009, faded to sixth.",
        "2011-06-05",
        [("1:45", "DURATION", "PT1M45S"), ("the summer of 2009", "DATE", "2009-SU")],
    ),
    (
        "Season review: Bayport's best year in two decades ends with one bad night",
        "2019-05-23",
        [("two decades", "DURATION", "P20Y")],
    ),
    (
        "For Britain's Tom Mason, it was another frustrating night.",
        "2011-06-05",
        [],
    ),
    (
        "United endured a miserable night in Madrid.",
        "2011-06-05",
        [],
    ),
    (
        "The agreement reached Sunday raises the gasoline tax starting Jan. 1.",
        "1990-10-04",
        [("Sunday", "DATE", "1990-09-30"), ("Jan. 1", "DATE", "1991-01-01")],
    ),
    (
        "The package, approved on Sunday, cut farm price supports beginning March 1.",
        "1990-10-04",
        [("Sunday", "DATE", "1990-09-30"), ("March 1", "DATE", "1991-03-01")],
    ),
    (
        (
            "Negotiators sealed the budget agreement last weekend. It raised the gasoline tax by 12 "
            "cents a gallon and increased Medicare premiums beginning Jan. 1."
        ),
        "1990-10-04",
        [("last weekend", "DATE", "1990-W39-WE"), ("Jan. 1", "DATE", "1991-01-01")],
    ),
    (
        (
            '"The fourth quarter is shaping up to be as tough as the third, maybe tougher," the '
            "chief financial officer said."
        ),
        "1989-11-02",
        [("The fourth quarter", "DATE", "1989-Q4"), ("the third", "DATE", "1989-Q3")],
    ),
    (
        "Profit in the third quarter was down from the second.",
        "1989-11-02",
        [("the third quarter", "DATE", "1989-Q3"), ("the second", "DATE", "1989-Q2")],
    ),
    (
        (
            "The company expects to run its mills at 78% of capacity through December, compared with "
            "91% in the first half."
        ),
        "1989-11-02",
        [("December", "DATE", "1989-12"), ("the first half", "DATE", "1989-H1")],
    ),
    (
        "A USA Today poll taken Friday through Sunday puts Clinton ahead.",
        "1996-03-19",
        [("Friday", "DATE", "1996-03-15"), ("Sunday", "DATE", "1996-03-17")],
    ),
    (
        "The Titans, who moved from Houston in 1997, return to practice in late July.",
        "2000-01-31",
        [("1997", "DATE", "1997"), ("late July", "DATE", "2000-07", "END")],
    ),
    (
        "The players, who were beaten on Sunday, begin practice in July.",
        "2000-01-31",
        [("Sunday", "DATE", "2000-01-30"), ("July", "DATE", "2000-07")],
    ),
    (
        (
            "Boris Yeltsin unexpectedly resigned as president on New Year's Eve, setting the stage "
            "for an election in March."
        ),
        "2000-01-01",
        [("New Year's Eve", "DATE", "1999-12-31"), ("March", "DATE", "2000-03")],
    ),
    (
        "The minister resigned on Tuesday, setting the stage for a vote in December.",
        "1998-10-28",
        [("Tuesday", "DATE", "1998-10-27"), ("December", "DATE", "1998-12")],
    ),
    (
        (
            "Mercer reported a fourth-quarter loss of $18.2 million. For the full year, sales fell "
            "11 percent, to $1.37 billion."
        ),
        "1999-03-24",
        [("fourth-quarter", "DATE", "1998-Q4"), ("the full year", "DATE", "1998")],
    ),
    (
        "The company lost $5 million in the fourth quarter. For the year, revenue fell 4 percent.",
        "1999-03-24",
        [("the fourth quarter", "DATE", "1998-Q4"), ("the year", "DATE", "1998")],
    ),
    (
        (
            "Mitch is the strongest Atlantic storm since Gilbert in 1988 and the fourth most "
            "powerful of the century."
        ),
        "1998-10-28",
        [("1988", "DATE", "1988"), ("the century", "DATE", "19")],
    ),
    (
        "It was the worst flood of the century, officials said.",
        "1998-10-28",
        [("the century", "DATE", "19")],
    ),
    (
        "The Electoral College meets Dec. 18. States must resolve disputes six days before that.",
        "2000-11-09",
        [("Dec. 18", "DATE", "2000-12-18"), ("six days before that", "DATE", "2000-12-12")],
    ),
    (
        "The summit opens on Dec. 4. Ministers will meet three days before that.",
        "2000-11-09",
        [("Dec. 4", "DATE", "2000-12-04"), ("three days before that", "DATE", "2000-12-01")],
    ),
    (
        (
            '"Today we are losing a man who, for all his faults, gave us freedom," Grigory '
            "Yavlinsky, leader of the liberal Yabloko party, said on Friday."
        ),
        "2000-01-01",
        [("Today", "DATE", "1999-12-31"), ("Friday", "DATE", "1999-12-31")],
    ),
    (
        '"We will decide tomorrow," John Hale, the board\'s chairman, said on Monday.',
        "1999-03-24",
        [("tomorrow", "DATE", "1999-03-23"), ("Monday", "DATE", "1999-03-22")],
    ),
    (
        (
            "The band played its first gig on 4 October 1977 and released the single \"Tuesday's "
            'Ghosts" the following spring.'
        ),
        "2014-04-22",
        [("4 October 1977", "DATE", "1977-10-04"), ("the following spring", "DATE", "1978-SP")],
    ),
    (
        "In the week ending Jan. 20, 39 states reported high levels of influenza-like illness.",
        "2018-01-26",
        [("the week", "DURATION", "P1W"), ("Jan. 20", "DATE", "2018-01-20")],
    ),
    (
        "On Sept. 16, 12 new cases were confirmed in the county.",
        "2012-09-20",
        [("Sept. 16", "DATE", "2012-09-16")],
    ),
    (
        "By March 3, 45 patients had been treated at the clinic.",
        "2019-03-14",
        [("March 3", "DATE", "2019-03-03")],
    ),
    (
        '"A few years ago, a record year was news. Today, it\'s almost expected," he said.',
        "2016-01-20",
        [("A few years ago", "DATE", "PAST_REF"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "Ten years ago, few doctors prescribed the drug. Today, it is the most widely used "
            "statin in the country."
        ),
        "2016-01-20",
        [("Ten years ago", "DATE", "2006"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        "The exception is 1998, a year that, like 2015, was boosted by a powerful El Niño.",
        "2016-01-20",
        [("1998", "DATE", "1998"), ("2015", "DATE", "2015")],
    ),
    (
        "The drought peaked in 2011, a year when wildfires burned 8 million acres.",
        "2016-01-20",
        [("2011", "DATE", "2011")],
    ),
    (
        '"Every day we wait is a day the virus has to spread," she said.',
        "2014-05-30",
        [("Every day", "SET", "P1D")],
    ),
    (
        "In an average year, the reservoir is fullest in April.",
        "2018-01-26",
        [("April", "DATE", "XXXX-04")],
    ),
    (
        (
            "Measles cases have reached 288 in the first five months of 2014, officials said "
            "Thursday, and the count is likely to keep climbing through the summer.\n\nThat is more "
            "than double the 138 cases reported over the same period last year."
        ),
        "2014-05-30",
        [
            ("the first five months", "DURATION", "P5M"),
            ("2014", "DATE", "2014"),
            ("Thursday", "DATE", "2014-05-29"),
            ("the summer", "DATE", "2014-SU"),
            ("the same period last year", "DATE", "2013"),
        ],
    ),
    (
        (
            "Dengue infections totaled 4,100 in the first eight months of 2019, the ministry said "
            "Tuesday, and are expected to keep rising through the autumn.\n\nThat is triple the number "
            "recorded in the same period last year."
        ),
        "2019-09-12",
        [
            ("the first eight months", "DURATION", "P8M"),
            ("2019", "DATE", "2019"),
            ("Tuesday", "DATE", "2019-09-10"),
            ("the autumn", "DATE", "2019-FA"),
            ("the same period last year", "DATE", "2018"),
        ],
    ),
    (
        (
            "An infected person can spread the virus from four days before the rash appears until "
            "four days after."
        ),
        "2014-05-30",
        [("four days", "DURATION", "P4D"), ("four days", "DURATION", "P4D")],
    ),
    (
        "Patients can infect others from two days before symptoms start until ten days after.",
        "2014-05-30",
        [("two days", "DURATION", "P2D"), ("ten days", "DURATION", "P10D")],
    ),
    (
        "Spring break is the week of April 3.",
        "2021-10-28",
        [("Spring", "DATE", "2022-SP"), ("the week of April 3", "DATE", "2022-W13")],
    ),
    (
        "The recital is the week of April 3.",
        "2021-10-28",
        [("the week of April 3", "DATE", "2022-W13")],
    ),
    (
        "Tours of the house are usually offered only on the first Saturday of the month.",
        "2015-07-10",
        [("the first Saturday of the month", "SET", "XXXX-WXX-6")],
    ),
    (
        "The food pantry is open the third Thursday of the month.",
        "2015-07-10",
        [("the third Thursday of the month", "SET", "XXXX-WXX-4")],
    ),
    (
        "The museum is usually open only on the first Sunday of the month.",
        "2015-07-10",
        [("the first Sunday of the month", "SET", "XXXX-WXX-7")],
    ),
    (
        ('Tonight\'s feature is "Rear Window" (1954), at 8 p.m. Next Friday, it\'s "North by Northwest."'),
        "2015-07-10",
        [
            ("Tonight", "TIME", "2015-07-10TNI"),
            ("1954", "DATE", "1954"),
            ("8 p.m.", "TIME", "2015-07-10T20:00"),
            ("Next Friday", "DATE", "2015-07-17"),
        ],
    ),
    (
        "The concert begins at 8 p.m. Last Friday, rain forced the band indoors.",
        "2015-07-10",
        [("8 p.m.", "TIME", "2015-07-10T20:00"), ("Last Friday", "DATE", "2015-07-03")],
    ),
    (
        (
            "Lentz said the state considered waiting until after New Year's but decided against it "
            "because the contractor must finish the in-river work before fish spawning season begins "
            "April 1."
        ),
        "2006-12-02",
        [("New Year's", "DATE", "2007-01-01"), ("April 1", "DATE", "2007-04-01")],
    ),
    (
        "Officials said they considered holding the parade after Christmas.",
        "2006-12-02",
        [("Christmas", "DATE", "2006-12-25")],
    ),
    (
        "The state considered waiting until after New Year's.",
        "2006-12-02",
        [("New Year's", "DATE", "2007-01-01")],
    ),
    (
        "The council set trick-or-treat hours for 6 to 8 p.m. on Oct. 31.",
        "2008-09-17",
        [("6", "TIME", "2008-10-31T18:00"), ("8 p.m. on Oct. 31", "TIME", "2008-10-31T20:00")],
    ),
    (
        "Visiting hours will be 2 to 4 p.m. on Sunday.",
        "2008-09-17",
        [("2", "TIME", "2008-09-21T14:00"), ("4 p.m. on Sunday", "TIME", "2008-09-21T16:00")],
    ),
    (
        "Early voting hours are set for 7 to 9 p.m. on Tuesday.",
        "2008-09-17",
        [("7", "TIME", "2008-09-23T19:00"), ("9 p.m. on Tuesday", "TIME", "2008-09-23T21:00")],
    ),
    (
        '"My son gets up at 5:45 every morning," said Maria Lind.',
        "2021-10-28",
        [("5:45", "TIME", "XXXX-XX-XXT05:45"), ("every morning", "SET", "XXXX-XX-XXTMO")],
    ),
    (
        "She leaves for work at 4:30 each morning.",
        "2021-10-28",
        [("4:30", "TIME", "XXXX-XX-XXT04:30"), ("each morning", "SET", "XXXX-XX-XXTMO")],
    ),
    (
        "The first bus leaves the depot at 5:50 every morning.",
        "2021-10-28",
        [("5:50", "TIME", "XXXX-XX-XXT05:50"), ("every morning", "SET", "XXXX-XX-XXTMO")],
    ),
    (
        '"The first time, it took them months to catch anybody."',
        "2019-03-11",
        [("months", "DURATION", "PXM")],
    ),
    (
        "It took detectives weeks to identify him.",
        "2019-03-11",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "It took crews hours to clear the wreck.",
        "2019-03-11",
        [("hours", "DURATION", "PTXH")],
    ),
    (
        (
            "The district has struggled to hire drivers, and on some days this fall as many as six "
            "routes have gone uncovered."
        ),
        "2021-10-28",
        [("this fall", "DATE", "2021-FA")],
    ),
    (
        "On some days the line stretches around the block.",
        "2021-10-28",
        [],
    ),
    (
        (
            "U.S. officials said President Barack Obama would meet his national security team on "
            "Saturday and that no decision was expected before next week."
        ),
        "2013-08-22",
        [("Saturday", "DATE", "2013-08-24"), ("next week", "DATE", "2013-W35")],
    ),
    (
        (
            "A spokesman said the prime minister would chair an emergency cabinet meeting on Sunday "
            "and that troops were on alert."
        ),
        "2013-08-22",
        [("Sunday", "DATE", "2013-08-25")],
    ),
    (
        (
            "The army said its engineers would reopen the main border crossing on Tuesday but that "
            "checks were still in place."
        ),
        "2013-08-22",
        [("Tuesday", "DATE", "2013-08-27")],
    ),
    (
        (
            "Officials switched to counting paper forms by hand, a process Hassan said on Wednesday "
            'could take "a day or two more".'
        ),
        "2013-03-09",
        [("Wednesday", "DATE", "2013-03-06"), ("a day or two", "DURATION", "PXD")],
    ),
    (
        "A plan the minister said on Tuesday would cut costs was dropped.",
        "2013-03-09",
        [("Tuesday", "DATE", "2013-03-05")],
    ),
    (
        "The tribunal, which the minister said on Tuesday would open next year, has no budget.",
        "2013-03-09",
        [("Tuesday", "DATE", "2013-03-05"), ("next year", "DATE", "2014")],
    ),
    (
        (
            "Kenyatta was declared the winner on Saturday. He won 50.07 percent of the vote in "
            "Monday's election. The chairman announced the result at 2:45 p.m."
        ),
        "2013-03-09",
        [
            ("Saturday", "DATE", "2013-03-09"),
            ("Monday", "DATE", "2013-03-04"),
            ("2:45 p.m.", "TIME", "2013-03-09T14:45"),
        ],
    ),
    (
        (
            "Rescuers pulled a boy alive from the rubble on Thursday. Tuesday's earthquake killed at "
            "least 300 people. The boy was freed at 11:20 a.m., officials said."
        ),
        "2013-08-22",
        [
            ("Thursday", "DATE", "2013-08-22"),
            ("Tuesday", "DATE", "2013-08-20"),
            ("11:20 a.m.", "TIME", "2013-08-22T11:20"),
        ],
    ),
    (
        "Guards let him out for one hour a day.",
        "2012-08-24",
        [("one hour a day", "SET", "P1D")],
    ),
    (
        "Markets tumbled yesterday. Traders expect more swings for the rest of the day.",
        "2011-04-28",
        [("yesterday", "DATE", "2011-04-27"), ("the rest of the day", "DATE", "2011-04-28")],
    ),
    (
        ("The sirens went off twice yesterday. What does the forecast look like for the rest of the day?"),
        "2011-04-28",
        [("yesterday", "DATE", "2011-04-27"), ("the rest of the day", "DATE", "2011-04-28")],
    ),
    (
        "We begin this hour with what we know.",
        "2003-03-20",
        [("this hour", "DATE", "PRESENT_REF")],
    ),
    (
        "Coming up this hour, the latest from Kuwait.",
        "2003-03-20",
        [("this hour", "DATE", "PRESENT_REF")],
    ),
    (
        "Both campaigns say they expect a long night.",
        "2008-11-04",
        [],
    ),
    (
        "He had a sleepless night.",
        "2008-11-04",
        [],
    ),
    (
        "We'll have much more on this in the hours ahead.",
        "2003-03-20",
        [("the hours ahead", "DURATION", "PTXH")],
    ),
    (
        "Rescuers say the hours ahead are critical.",
        "2003-03-20",
        [("the hours ahead", "DURATION", "PTXH")],
    ),
    (
        ("Steel once employed 9,000 people in the valley. Today, fewer than 300 work in the last mill."),
        "2012-11-12",
        [("Today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "The water tore through town on Aug. 19, 1955. Her family waited on the roof until about "
            "10 that morning."
        ),
        "2005-08-17",
        [
            ("Aug. 19, 1955", "DATE", "1955-08-19"),
            ("about 10", "TIME", "1955-08-19T10:00", "APPROX"),
            ("that morning", "TIME", "1955-08-19TMO"),
        ],
    ),
    (
        "The polls closed on May 2, 1998. Volunteers counted until about 11 that night.",
        "2008-05-09",
        [
            ("May 2, 1998", "DATE", "1998-05-02"),
            ("about 11", "TIME", "1998-05-02T23:00", "APPROX"),
            ("that night", "TIME", "1998-05-02TNI"),
        ],
    ),
    (
        (
            'On Sunday afternoon, Mr. Netanyahu threatened to suspend the talks, saying, "Today is '
            'not a day for business as usual."'
        ),
        "1998-10-19",
        [("Sunday afternoon", "TIME", "1998-10-18TAF"), ("Today", "DATE", "1998-10-18")],
    ),
    (
        'Speaking yesterday, the senator said: "Today is a good day for America."',
        "1998-10-19",
        [("yesterday", "DATE", "1998-10-18"), ("Today", "DATE", "1998-10-18")],
    ),
    (
        "Undecided voters will help settle Tuesday's election.",
        "2012-11-05",
        [("Tuesday", "DATE", "2012-11-06")],
    ),
    (
        "He quit less than a week before the Nov. 5 election.",
        "1996-12-03",
        [("less than a week before the Nov. 5", "DATE", "1996-10-29", "LESS_THAN")],
    ),
    (
        "He quit more than three weeks after Christmas.",
        "1996-12-03",
        [("more than three weeks after Christmas", "DATE", "1996-01-15", "MORE_THAN")],
    ),
    (
        '"Tomorrow, we begin a new tomorrow," Mr. Romney told supporters.',
        "2012-11-05",
        [("Tomorrow", "DATE", "2012-11-06")],
    ),
    (
        "The party promised voters a better tomorrow.",
        "2012-11-05",
        [],
    ),
    (
        "The last brokered convention was in 1952. That year Stevenson was drafted.",
        "2008-02-06",
        [("1952", "DATE", "1952"), ("That year", "DATE", "1952")],
    ),
    (
        "The last contested convention came in 1976. That year Gerald Ford won.",
        "2008-02-06",
        [("1976", "DATE", "1976"), ("That year", "DATE", "1976")],
    ),
    (
        "Stocks rose again yesterday. For the week so far, the Dow is up 121 points.",
        "1991-01-18",
        [("yesterday", "DATE", "1991-01-17"), ("the week", "DATE", "1991-W03")],
    ),
    (
        "For the month so far, the dollar has gained 2% against the mark.",
        "1991-01-18",
        [("the month", "DATE", "1991-01")],
    ),
    (
        "The Dow is up 121 points for the week so far.",
        "1991-01-18",
        [("the week", "DATE", "1991-W03")],
    ),
    (
        "In the first half of the current fiscal year, Delta lost $47 million.",
        "1991-04-04",
        [("the first half of the current fiscal year", "DATE", "1991-H1")],
    ),
    (
        "Sales fell in the first half of the current year.",
        "1991-04-04",
        [("the first half of the current year", "DATE", "1991-H1")],
    ),
    (
        "Profit improved in the first quarter of the current year.",
        "1991-04-04",
        [("the first quarter of the current year", "DATE", "1991-Q1")],
    ),
    (
        "Earnings fell in the second quarter of this fiscal year.",
        "1991-04-04",
        [("the second quarter of this fiscal year", "DATE", "1991-Q2")],
    ),
    (
        "Sales rose in the third quarter of this fiscal year.",
        "1991-04-04",
        [("the third quarter of this fiscal year", "DATE", "1991-Q3")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_37(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
