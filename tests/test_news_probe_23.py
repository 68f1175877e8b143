"""A twenty-third probe of news: agency wires of 2012-2014, AQUAINT-like follow-up stories of
1998-2000, Wall Street Journal copy of 1989-1991, broadcast transcripts and a TimeBank-like mix
(documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "shrank" is a past tense; "finished Friday at 8.34%" is a yield, no clock; "spring-like" is no
  season, "Judge Ralph K. Winter" a name; "with Fridays off" is every Friday; "around the year
  2000" is rounded as "around 2000" is; "We're back on Monday" is a programme's return, to come;
  "training for Thursday's shuttle launch" looks ahead to the launch.
- A weekday of a past clause of its own, after a week to come ("is scheduled to visit the region
  next week, and Tipper Gore toured Tegucigalpa on Sunday"), is gone by; so is a month before a
  clause of its own whose subject expects what is to come ("The Fed cut its discount rate in
  December, and economists expect another cut"), and what a relative clause further on tells is
  that clause's ("faces trial in July for violence in which 1,000 people were killed").
- "elections expected in April" look ahead; "the 15th-century Rocca Estense" leaves its article
  to the name.
- A wire's dateline ("ANKARA, September 2 (Xinhua) --") is the day it was filed, no day its
  story's clock times are on; nor is the day a state began ("has lost 4.3% since it closed at a
  record on Jan. 2").
- A second round: a state begun in a "since" clause with its own subject ("since a truce ended
  fighting ... on Wednesday night") is no day the report's clocks are on; a broadcast's promise
  to stay on the air "throughout the evening" is of its own day; "quarter-point" is no quarter;
  "hired Salomon Brothers Inc. to find a buyer ... by the end of June" looks ahead; "seconds
  after"; a feast a past clause tells of, weeks ahead of the report, is gone by ("over the
  Christmas holidays", written in November); a month a figure is compared with ("after falling
  0.6% in March") is no time a later count goes on from; "at 11 a.m. local time the following
  day" is that day's clock; "the quarter ending Sunday" is the quarter that Sunday closes;
  "another week and a half".
- A third round: a count of days or weeks "later" or "earlier" is a length, the count alone, as
  TimeBank draws it ("[three days] later", "[A few days] later"), and the report still steps to
  the day it reaches ("the next day" after it); a sum's rate ("$85 billion in bonds a month
  since September 2012") is no length; "would have said" is a past that did not happen; a
  headline's "Bonds Also Fall" is a verb; "next spring or summer" is next year's summer too; the
  midnight of "tonight" ends it.
- A fourth round: after a verb of saying, "the day before that the bookkeeper ..." is "the day
  before" and what was said; "Wednesday night last week"; a deadline's clock and day after "must
  ... by" in reported speech are to come; "the 4 p.m. EST close on Wednesday" is a noun, that
  Wednesday's clock; "its final two weeks"; "in seconds"; a habit in a relative clause ("who has
  always denied wrongdoing, said ... at 4 p.m.") is no habit of the main clause's clock;
  "recalled parliament for a vote on Thursday" looks ahead; "the August 24th meeting" is a date;
  "the rest of the day's headlines" is no part of the day.
- A month a habit tells of, before it ("usually in March and September", "usually beginning in
  August") or in a daily round ("every day from April to October"), is every year's.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The economy shrank in the second quarter.",
        "1991-11-27",
        [("the second quarter", "DATE", "1991-Q2")],
    ),
    (
        "The 30-year bond's yield finished Friday at 8.34%, compared with 8.28% the previous Friday.",
        "1991-06-10",
        [
            ("30-year", "DURATION", "P30Y"),
            ("Friday", "DATE", "1991-06-07"),
            ("the previous Friday", "DATE", "1991-05-31"),
        ],
    ),
    (
        "It was a spring-like day in the capital.",
        "2000-03-08",
        [],
    ),
    (
        "Writing for the majority, Judge Ralph K. Winter said the jury had been told it could convict.",
        "1991-02-21",
        [],
    ),
    (
        "The court will sit four days a week, with Fridays off.",
        "2000-05-10",
        [
            ("four days a week", "SET", "P1W", None, {"freq": "4D"}),
            ("Fridays", "SET", "XXXX-WXX-5", None, {"quant": "EVERY"}),
        ],
    ),
    (
        "He said the hole would probably not begin to shrink until around the year 2000.",
        "1994-09-13",
        [("around the year 2000", "DATE", "2000", "APPROX")],
    ),
    (
        "We're back on Monday.",
        "1998-08-21",
        [("Monday", "DATE", "1998-08-24")],
    ),
    (
        "Senator John Glenn is in his final days of training for Thursday's shuttle launch.",
        "1998-10-27",
        [("final days", "DURATION", "PXD"), ("Thursday", "DATE", "1998-10-29")],
    ),
    (
        "Hillary Rodham Clinton is scheduled to visit the region next week, and Tipper Gore toured "
        "Tegucigalpa on Sunday.",
        "1998-11-12",
        [("next week", "DATE", "1998-W47"), ("Sunday", "DATE", "1998-11-08")],
    ),
    (
        "The Fed cut its discount rate in December, and economists expect another cut soon.",
        "1991-02-01",
        [("December", "DATE", "1990-12")],
    ),
    (
        "Kenyatta faces trial in July for violence in which 1,000 people were killed.",
        "2013-03-05",
        [("July", "DATE", "2013-07")],
    ),
    (
        "Samaras committed himself to reforms after elections expected in April.",
        "2012-02-15",
        [("April", "DATE", "2012-04")],
    ),
    (
        "Workers restored the 15th-century Rocca Estense.",
        "2012-05-21",
        [("15th-century", "DATE", "14")],
    ),
    (
        "ANKARA, September 2 (Xinhua) -- The earthquake that hit Turkey on August 17 struck at 3:02 a.m. "
        "local time.",
        "1999-09-02",
        [
            ("September 2", "DATE", "1999-09-02"),
            ("August 17", "DATE", "1999-08-17"),
            ("3:02 a.m.", "TIME", "1999-08-17T03:02"),
        ],
    ),
    (
        "BEIJING, October 9 (Xinhua) -- A powerful earthquake struck Taiwan on September 21. The quake "
        "hit central Taiwan at 1:47 a.m.",
        "1999-10-09",
        [
            ("October 9", "DATE", "1999-10-09"),
            ("September 21", "DATE", "1999-09-21"),
            ("1:47 a.m.", "TIME", "1999-09-21T01:47"),
        ],
    ),
    (
        "The hole forms each spring in the Southern Hemisphere, usually beginning in August and reaching "
        "its greatest size in early October.",
        "1994-09-13",
        [
            ("each spring", "SET", "XXXX-SP", None, {"quant": "EACH"}),
            ("August", "DATE", "XXXX-08"),
            ("early October", "DATE", "XXXX-10", "START"),
        ],
    ),
    (
        "Mr. Dotson still opens it at 5 a.m. every day from April to October.",
        "1999-07-23",
        [
            ("5 a.m. every day", "SET", "XXXX-XX-XXT05:00", None, {"quant": "EVERY"}),
            ("April", "DATE", "XXXX-04"),
            ("October", "DATE", "XXXX-10"),
        ],
    ),
    (
        "Executives of the companies met at least twice a year, usually in March and September, at "
        "hotels in Zurich.",
        "1995-03-28",
        [
            ("twice a year", "SET", "P1Y", None, {"freq": "2X"}),
            ("March", "DATE", "XXXX-03"),
            ("September", "DATE", "XXXX-09"),
        ],
    ),
    (
        "Stock prices fell sharply yesterday. The average has lost 4.3% since it closed at a record on "
        "Jan. 2. Traders said the selling began in the early afternoon.",
        "1990-01-12",
        [
            ("yesterday", "DATE", "1990-01-11"),
            ("Jan. 2", "DATE", "1990-01-02"),
            ("the early afternoon", "TIME", "1990-01-11TAF", "START"),
        ],
    ),
    (
        "Troops shot dead a man on Friday, the first incident since a truce ended fighting between "
        "Israel and Hamas on Wednesday night. He was killed at around midday.",
        "2012-11-23",
        [
            ("Friday", "DATE", "2012-11-23"),
            ("Wednesday night", "TIME", "2012-11-21TNI"),
            ("around midday", "TIME", "2012-11-23T12:00", "APPROX"),
        ],
    ),
    (
        "Flags will fly at half staff through Sunday. We'll have more on this story throughout the evening.",
        "1998-08-07",
        [("Sunday", "DATE", "1998-08-09"), ("the evening", "TIME", "1998-08-07TEV")],
    ),
    (
        "The vote may be delayed until Friday or the weekend. We'll have continuing coverage throughout "
        "the night.",
        "1998-12-16",
        [
            ("Friday", "DATE", "1998-12-18"),
            ("the weekend", "DATE", "1998-W51-WE"),
            ("the night", "TIME", "1998-12-16TNI"),
        ],
    ),
    (
        "The quarter-point cut surprised traders.",
        "1998-10-15",
        [],
    ),
    (
        "It has hired Salomon Brothers Inc. to find a buyer for the chain by the end of June.",
        "1990-03-08",
        [("the end of June", "DATE", "1990-06", "END")],
    ),
    (
        "Howard broke their spirit with his return, seconds after New England had cut the lead.",
        "1997-01-27",
        [("seconds", "DURATION", "PTXS")],
    ),
    (
        "The budget standoff shut down the government twice, in November 1995 and again for 21 days over "
        "the Christmas holidays.",
        "1996-11-06",
        [
            ("November 1995", "DATE", "1995-11"),
            ("21 days", "DURATION", "P21D"),
            ("Christmas", "DATE", "1995-12-25"),
        ],
    ),
    (
        "The Fed said industrial production rose 0.7% last month after falling 0.6% in March. Factories "
        "operated at 83.1% of capacity, up from 82.6% a month earlier.",
        "1990-05-17",
        [
            ("last month", "DATE", "1990-04"),
            ("March", "DATE", "1990-03"),
            ("a month earlier", "DATE", "1990-03"),
        ],
    ),
    (
        "The treaty was signed on Sunday. The fighting stopped at 11 a.m. local time the following day.",
        "2010-11-11",
        [
            ("Sunday", "DATE", "2010-11-07"),
            ("11 a.m.", "TIME", "2010-11-08T11:00"),
            ("the following day", "DATE", "2010-11-08"),
        ],
    ),
    (
        "The company said it will add $275 million to its reserve for loan losses in the quarter ending "
        "Sunday.",
        "1990-09-25",
        [("the quarter", "DATE", "1990-Q3"), ("Sunday", "DATE", "1990-09-30")],
    ),
    (
        "So we may not have a final result for another week and a half.",
        "2000-11-08",
        [("another week and a half", "DURATION", "P1.5W")],
    ),
    (
        "The central bank has been buying $85 billion in bonds a month since September 2012.",
        "2013-12-06",
        [("September 2012", "DATE", "2012-09")],
    ),
    (
        '"If you told me that in January, I would have said you were crazy," Nadal said.',
        "2013-09-09",
        [("January", "DATE", "2013-01")],
    ),
    (
        "Bonds Also Fall\nBond prices fell yesterday as the dollar weakened.",
        "1990-08-23",
        [("yesterday", "DATE", "1990-08-22")],
    ),
    (
        "It should reach the mountain next spring or summer.",
        "2013-08-06",
        [("next spring", "DATE", "2014-SP"), ("summer", "DATE", "2014-SU")],
    ),
    (
        "Hong Kong prepared tonight to pass from British to Chinese rule at the stroke of midnight.",
        "1997-06-30",
        [("tonight", "TIME", "1997-06-30TNI"), ("midnight", "TIME", "1997-06-30T24:00")],
    ),
    (
        "The ceasefire began on Jan. 10. Fighting resumed three days later, and the next day the talks "
        "collapsed.",
        "2024-03-14",
        [
            ("Jan. 10", "DATE", "2024-01-10"),
            ("three days", "DURATION", "P3D"),
            ("the next day", "DATE", "2024-01-14"),
        ],
    ),
    (
        "A few days later, the rebels took the port.",
        "1998-02-20",
        [("A few days", "DURATION", "PXD")],
    ),
    (
        "In closing arguments Tuesday, the prosecutor attacked Kessler. Defense lawyer Martin Hale "
        "countered the day before that the bookkeeper had every reason to lie.",
        "1996-03-14",
        [("Tuesday", "DATE", "1996-03-12"), ("the day before", "DATE", "1996-03-11")],
    ),
    (
        "The plane crashed Wednesday night last week.",
        "1996-07-19",
        [("Wednesday night last week", "TIME", "1996-07-10TNI")],
    ),
    (
        "Harris said that the count must end by 5 p.m. Tuesday.",
        "2000-11-12",
        [("5 p.m. Tuesday", "TIME", "2000-11-14T17:00")],
    ),
    (
        "The results were announced after the 4 p.m. EST close on Wednesday.",
        "1998-03-27",
        [("4 p.m. EST", "TIME", "1998-03-25T16:00-05:00"), ("Wednesday", "DATE", "1998-03-25")],
    ),
    (
        "The countdown has entered its final two weeks.",
        "1997-06-17",
        [("final two weeks", "DURATION", "P2W")],
    ),
    (
        "The houses fell in seconds.",
        "2013-02-15",
        [("seconds", "DURATION", "PTXS")],
    ),
    (
        "Bellini, who has always denied wrongdoing, said in a statement at 4 p.m. that he would appeal.",
        "2013-12-17",
        [("4 p.m.", "TIME", "2013-12-17T16:00")],
    ),
    (
        "Cameron recalled parliament for a vote on Thursday.",
        "2013-08-27",
        [("Thursday", "DATE", "2013-08-29")],
    ),
    (
        "Officials met at the August 24th meeting. Now the rest of the day's headlines.",
        "2000-08-27",
        [("August 24th", "DATE", "2000-08-24"), ("Now", "DATE", "PRESENT_REF")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_23(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
