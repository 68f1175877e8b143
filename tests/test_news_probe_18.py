"""An eighteenth probe of news: a TimeBank-like mix of 1989-1998, AQUAINT-like news of 1996-2000,
agency wires of 2012-2014 and news features of 1995-2014 (documents written for the probe), and
the forms the earlier probes left open.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- One expression: a weekday and its day of the month ("Wednesday the 11th", in the month where the
  two agree); "a week ago Sunday"; "two years and six months later"; "the week before Christmas".
- Lengths and sets: "the next day or two"; "weeks, not months"; sets of centuries and decades in
  years ("every century", "every two decades", "once a century"); a count alone after "to" before
  "a month" is a rate ("limit shifts to two a month").
- What a past moment saw ahead: a feast, a month or a day just gone that a future of the past
  names ("said he expected the deal to close before Thanksgiving", written a week after it); a
  forecast "was expected tonight and Thursday"; what "could be out until Sunday"; a time one "had
  until Friday", told in reported speech. A compound adjective's "-hit" is no past verb.
- A report's story of an earlier year: "the end of the year" (month, decade) of the year it has just
  told; "That night", "Two months later" after "in 1938" are of 1938 as far as it says; the day of
  a saying ("she said in an interview yesterday") is no time that story moves to.
- Habits: clock times of a timetable ("runs daily from about 6 a.m."), months that "often arrive".
- Clocks and days: a local clock restated in universal time crosses midnight with the zones;
  "midweek" to come, written on a Saturday; a date and then its name are two ("Feb. 14, Valentine's
  Day"); a year that opens its sentence before a plural subject ("In 1972 workers walked off").
- A second round (2013 wires, broadcasts, WSJ copy of 1989-1991, features and obituaries): "the
  quarter to March"; a weather forecast's heading ("The forecast for the weekend: rain on
  Saturday") and "possible by Thursday"; a number's comma inside a relative clause; a feast that
  restates a date ("April 1, 1945, Easter Sunday"); a count after a told year, not from an older
  day; "That fall"; "the foreseeable future" left untagged, as TimeBank does.
- A third round (2012-2014 wires, a TimeBank-like mix, AQUAINT-like news): "today and Wednesday"
  in a future clause; "leaves office in January"; "overnight" after a background day weeks back;
  what a past forecast, prediction or wish was for ("forecast rain for Thursday", "predicted a
  recovery by midyear", "wanted a vote before Easter"), not told in the pluperfect.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A weekday and its day of the month are one date, in the month where the two agree.
    (
        "The meeting is set for Wednesday the 11th.",
        "1998-03-10",
        [("Wednesday the 11th", "DATE", "1998-03-11")],
    ),
    (
        "He died on Tuesday the 3rd, his family said.",
        "1998-03-10",
        [("Tuesday the 3rd", "DATE", "1998-03-03")],
    ),
    # "a week ago Sunday": the Sunday a week before the last one.
    (
        "The fire broke out a week ago Friday, police said.",
        "1998-03-10",
        [("a week ago Friday", "DATE", "1998-02-27")],
    ),
    (
        "The verdict came two weeks ago Thursday.",
        "1998-03-10",
        [("two weeks ago Thursday", "DATE", "1998-02-19")],
    ),
    # A length before a count from a time in a finer unit is one count.
    (
        "He was released two years and six months later.",
        "1998-03-10",
        [("two years and six months later", "DATE", "2000-09")],
    ),
    (
        "He was arrested two years and three months ago.",
        "1998-03-10",
        [("two years and three months ago", "DATE", "1995-12")],
    ),
    # "the next day or two": some days, not the next day.
    (
        "Results are expected in the next day or two.",
        "1998-03-10",
        [("the next day or two", "DURATION", "PXD")],
    ),
    (
        "Prices fell over the past week or two, traders said.",
        "1998-03-10",
        [("the past week or two", "DURATION", "PXW")],
    ),
    # Sets of centuries and decades are written in years.
    (
        "Such floods come every century or so, the report said.",
        "1998-03-10",
        [("every century", "SET", "P100Y", None, {"quant": "EVERY"})],
    ),
    (
        "The comet returns every few centuries.",
        "1998-03-10",
        [("every few centuries", "SET", "PXY", None, {"quant": "EVERY"})],
    ),
    (
        "They meet every two decades.",
        "1998-03-10",
        [("every two decades", "SET", "P20Y", None, {"quant": "EVERY"})],
    ),
    (
        "A storm like this comes once a century.",
        "1998-03-10",
        [("once a century", "SET", "P100Y", None, {"freq": "1X"})],
    ),
    # A future seen from a past moment, the feast (month, day) just gone, not one a year ahead.
    (
        "In October, Smith said he expected the deal to close before Thanksgiving.",
        "1998-12-03",
        [("October", "DATE", "1998-10"), ("Thanksgiving", "DATE", "1998-11-26")],
    ),
    (
        "The company had hoped sales would rise by Thanksgiving.",
        "1998-12-03",
        [("Thanksgiving", "DATE", "1998-11-26")],
    ),
    (
        "Officials had expected the bridge to reopen in November.",
        "1998-12-03",
        [("November", "DATE", "1998-11")],
    ),
    (
        "He said last month that the plant would reopen on Nov. 20.",
        "1998-12-03",
        [("last month", "DATE", "1998-11"), ("Nov. 20", "DATE", "1998-11-20")],
    ),
    (
        "The company said it will finish the work by November.",
        "1998-12-03",
        [("November", "DATE", "1999-11")],
    ),
    (
        "Profits are expected to rise in November.",
        "1998-12-03",
        [("November", "DATE", "1999-11")],
    ),
    # A compound adjective's "-hit" is no past verb: the day is the visit's, still to come.
    (
        "He is expected to visit the worst-hit areas on Sunday.",
        "2013-11-09",
        [("Sunday", "DATE", "2013-11-10")],
    ),
    # A forecast told after a past verb of saying, and what could hold "until" a day, are still to come.
    (
        "Forecasters said more rain was expected tonight and Thursday.",
        "1993-07-21",
        [("tonight", "TIME", "1993-07-21TNI"), ("Thursday", "DATE", "1993-07-22")],
    ),
    (
        "Officials warned that power could be out until Sunday.",
        "1993-07-21",
        [("Sunday", "DATE", "1993-07-25")],
    ),
    # A time one "had" until a day, told in reported speech, was still to come when it was said.
    (
        "Paterson told MPs on Monday that the food industry had until Friday to act.",
        "2013-02-18",
        [("Monday", "DATE", "2013-02-18"), ("Friday", "DATE", "2013-02-22")],
    ),
    # A year that opens its sentence before the subject, a plural noun.
    (
        "In 1972 workers walked off the job.",
        "1999-05-16",
        [("1972", "DATE", "1972")],
    ),
    # "the week before Christmas": the week of the seven days before the feast.
    (
        "Shoppers crowded the malls the week before Christmas.",
        "1994-12-28",
        [("the week before Christmas", "DATE", "1994-W51")],
    ),
    # A length set against another ("weeks, not months"); a part of the day after "much of".
    (
        "He was sentenced within weeks, not months.",
        "1998-03-10",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    (
        "Light rain fell for much of the afternoon.",
        "2013-06-10",
        [("the afternoon", "TIME", "2013-06-10TAF")],
    ),
    # The end of the year a report has just told of, in a past clause.
    (
        "The firm grew fast in 1998. By the end of the year it employed 5,000 people.",
        "2010-01-08",
        [("1998", "DATE", "1998"), ("the end of the year", "DATE", "1998", "END")],
    ),
    (
        "In the 1990s the firm grew fast, and by the end of the decade it employed 5,000 people.",
        "2010-01-08",
        [("the 1990s", "DATE", "199"), ("the end of the decade", "DATE", "199", "END")],
    ),
    # Clock times and months of a habit are any day's, any year's.
    (
        "Tram 28 runs daily from about 6 a.m. to 11 p.m.",
        "2012-04-22",
        [
            ("daily", "SET", "P1D", None, {"freq": "1X"}),
            ("about 6 a.m.", "TIME", "XXXX-XX-XXT06:00", "APPROX"),
            ("11 p.m.", "TIME", "XXXX-XX-XXT23:00"),
        ],
    ),
    (
        "The rains, which used to begin in early October, now often arrive late in November.",
        "2012-04-22",
        [
            ("early October", "DATE", "XXXX-10", "START"),
            ("now", "DATE", "PRESENT_REF"),
            ("late in November", "DATE", "XXXX-11", "END"),
        ],
    ),
    # A local clock restated in universal time is on the day the zones give it.
    (
        "The typhoon made landfall at 4:40 a.m. Friday (2040 GMT).",
        "2013-11-09",
        [("4:40 a.m. Friday", "TIME", "2013-11-08T04:40"), ("2040 GMT", "TIME", "2013-11-07T20:40Z")],
    ),
    # "midweek" to come, written on a Saturday: the coming week's middle.
    (
        "The talks are expected to resume midweek.",
        "2013-11-09",
        [("midweek", "DATE", "2013-W46", "MID")],
    ),
    # A date and then its name are two timexes.
    (
        "The couple will marry on Feb. 14, Valentine's Day.",
        "2013-02-10",
        [("Feb. 14", "DATE", "2013-02-14"), ("Valentine's Day", "DATE", "2013-02-14")],
    ),
    # A count said alone before "a month" after "to" is a rate.
    (
        "The union wants to limit weekend shifts to two a month.",
        "1990-04-02",
        [],
    ),
    # A night, a day or a count after a year the report has just told of is of that year.
    (
        "She met him in 1938. That night she wrote to her sister.",
        "2003-06-08",
        [("1938", "DATE", "1938"), ("That night", "TIME", "1938-XX-XXTNI")],
    ),
    (
        "She met him in 1938. Two months later they married.",
        "2003-06-08",
        [("1938", "DATE", "1938"), ("Two months later", "DATE", "1938-XX")],
    ),
    # The day of a saying is the report's, not a time the story of an earlier year moves to.
    (
        (
            'In the summer of 2003 she opened a bakery. "It was hard," Ms. Rao said in an '
            "interview yesterday. The turn came the following winter."
        ),
        "2008-07-24",
        [
            ("the summer of 2003", "DATE", "2003-SU"),
            ("yesterday", "DATE", "2008-07-23"),
            ("the following winter", "DATE", "2003-WI"),
        ],
    ),
    # The quarter a month ends ("the quarter to March", "the quarter ending in March").
    (
        "Profit rose in the quarter to March, the bank said.",
        "2013-03-14",
        [("the quarter", "DATE", "2013-Q1"), ("March", "DATE", "2013-03")],
    ),
    (
        "Profit is expected to rise in the quarter ending in March.",
        "2013-03-14",
        [("the quarter", "DATE", "2013-Q1"), ("March", "DATE", "2013-03")],
    ),
    # A weather forecast's days are still to come, "possible by" one and "the forecast for" them.
    (
        "Rain moves in tonight, with two inches possible by Thursday afternoon.",
        "1997-11-05",
        [("tonight", "TIME", "1997-11-05TNI"), ("Thursday afternoon", "TIME", "1997-11-06TAF")],
    ),
    (
        "The forecast for the weekend: rain on Saturday, turning to snow by Sunday morning.",
        "2000-02-18",
        [
            ("the weekend", "DATE", "2000-W07-WE"),
            ("Saturday", "DATE", "2000-02-19"),
            ("Sunday morning", "TIME", "2000-02-20TMO"),
        ],
    ),
    # A number's comma does not end a relative clause: its past is the clause's own.
    (
        "Police, who arrested 1,400 people in March, will step up patrols.",
        "2013-09-11",
        [("March", "DATE", "2013-03")],
    ),
    # A feast that restates a date is of its year.
    (
        "He landed on Okinawa on April 1, 1945, Easter Sunday, with the Marines.",
        "1995-08-16",
        [("April 1, 1945", "DATE", "1945-04-01"), ("Easter Sunday", "DATE", "1945-04-01")],
    ),
    # A count after a year the report has just told of is of that year, not of an older date.
    (
        "He was born on July 19, 1923. He was drafted in 1942. Two months later he shipped out.",
        "2004-06-06",
        [
            ("July 19, 1923", "DATE", "1923-07-19"),
            ("1942", "DATE", "1942"),
            ("Two months later", "DATE", "1942-XX"),
        ],
    ),
    # "That fall" before its clause's subject is the season.
    (
        "He enrolled at Yale in 1962. That fall he met his wife.",
        "2004-06-06",
        [("1962", "DATE", "1962"), ("That fall", "DATE", "1962-FA")],
    ),
    # "the foreseeable future" is an idiom TimeBank leaves untagged.
    (
        "Kiev will stay neutral for the foreseeable future.",
        "1998-02-27",
        [],
    ),
    # A day joined to "today" in a future clause takes the clause's future, not today's present.
    (
        "Stock markets will be closed today and Wednesday.",
        "1997-07-01",
        [("today", "DATE", "1997-07-01"), ("Wednesday", "DATE", "1997-07-02")],
    ),
    # An office left is a timetable's present: the month to come.
    (
        "Clinton leaves office in January.",
        "2000-07-25",
        [("January", "DATE", "2001-01")],
    ),
    # "overnight" after a background day weeks before is the report's night.
    (
        "The parties signed the deal on March 10. Tokyo's Nikkei rose two percent overnight.",
        "1998-04-16",
        [("March 10", "DATE", "1998-03-10"), ("overnight", "TIME", "1998-04-15TNI")],
    ),
    # What a past forecast, prediction or wish was for lies ahead of it (not in the pluperfect).
    (
        "The weather agency forecast rain for Thursday and Friday.",
        "1995-01-18",
        [("Thursday", "DATE", "1995-01-19"), ("Friday", "DATE", "1995-01-20")],
    ),
    (
        "Brady predicted a recovery by midyear.",
        "1991-04-03",
        [("midyear", "DATE", "1991", "MID")],
    ),
    (
        "Lott said he wanted a vote before Easter.",
        "1998-03-06",
        [("Easter", "DATE", "1998-04-12")],
    ),
    (
        "Analysts had predicted a recovery by March.",
        "1991-04-03",
        [("March", "DATE", "1991-03")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_18(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
