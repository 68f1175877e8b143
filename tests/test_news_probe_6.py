"""A sixth probe of news: the attribution that closes a sentence, forecasts told in the present,
the quarter a report names by the day it ended, the days the calendar sets by the sky, finished
events just after the DCT, a year's results, feasts ahead, and words that are no times.

Sentences written for this probe in the way wire copy, weather pages and business pages write
them, each with every timex it must yield (text, type, value and mod). Values follow TimeML 1.2.1
and ../shared/TIMEX3.md. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- The attribution after a comma (", forecasters said", ", the agency said in a statement",
  ", said Ms. Lee of the agency") dates the saying, not what was said: a weekday in a clause
  that looks ahead stays ahead ("The storm should make landfall late Saturday or early Sunday,
  forecasters said"). With no other verb in its sentence it still decides ("Rain fell on
  Sunday, forecasters said"), and a fronted date's comma is no attribution ("In September, it
  announced plans to ...").
- "expect" before a noun is a forecast ("Forecasters expect rain on Sunday"); "forecast", which is
  a past tense and a participle too, only before an article ("Snow was forecast for Tuesday").
- "the quarter ended July 31", in a report that names no quarter of its own, is the calendar
  quarter that holds most of its three months (May to July: the second); one that names a fiscal
  quarter keeps that quarter's number.
- "falls on" sets a day on the calendar: "The equinox falls on Monday" is the coming Monday.
- The equinoxes and solstices ("the winter solstice", "the vernal equinox of 2024") and the first
  day of a season ("the first day of spring") are days, their date that of the moment in
  Universal Time; "the first day of spring training" is none of them.

- A finished event's month or day just after the DCT ("He signed with the Bears in March", "laid
  off workers in March", "died in March", "made landfall on March 3", written in February) is last
  year's, though the past tense of other verbs keeps a date within weeks ahead where it is ("said
  it will redeem its preferred shares on March 1"); an event its object names may be to come
  ("announced his retirement in March"), and a year its sentence named is the month's ("landed in
  January 1945 and seized Manila in March").
- "the full year", told in the past in the weeks a year's results take, is the year just closed.
- A feast "ahead of" or "in the run-up to" is the nearest one, whatever the clause's tense;
  "this Fourth of July" is the DCT year's.
- "expects revenue to grow in the second half", written in January, is this year's; "expects to
  report a loss for the second half" the half just closed. "open every day except Sunday": every
  Sunday.
- No times: "spring back" (the verb), "August Wilson", "August Busch" (a given name before a
  surname, though "In August Congress passed" is the month), "the 60 Minutes correspondent" (a
  title); "One day, she hopes to return" is a vague future, no day's length.

Publication dates: 2024-03-14, a Thursday (D); 1989-10-30, a Monday (W); 2025-09-17, a
Wednesday (S); 2024-02-12 (F); 2024-01-25 (R); 2024-10-28 (E).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

D = "2024-03-14"
W = "1989-10-30"
S = "2025-09-17"
F = "2024-02-12"
R = "2024-01-25"
E = "2024-10-28"

CASES: list[tuple[str, str, list[tuple]]] = [
    # An attribution dates the saying.
    (
        "The storm is expected to make landfall late Saturday or early Sunday, forecasters said.",
        D,
        [("late Saturday", "DATE", "2024-03-16", "END"), ("early Sunday", "DATE", "2024-03-17", "START")],
    ),
    (
        "The storm will make landfall early Sunday, the National Weather Service said in a statement.",
        D,
        [("early Sunday", "DATE", "2024-03-17", "START")],
    ),
    (
        "The storm is expected to make landfall late Saturday or early Sunday, said John Smith of the "
        "weather service.",
        D,
        [("late Saturday", "DATE", "2024-03-16", "END"), ("early Sunday", "DATE", "2024-03-17", "START")],
    ),
    ("Heavy rain fell on Sunday, forecasters said.", D, [("Sunday", "DATE", "2024-03-10")]),
    ("Rain on Sunday, forecasters said.", D, [("Sunday", "DATE", "2024-03-10")]),
    ("In September, it announced plans to buy the chain.", D, [("September", "DATE", "2023-09")]),
    # A forecast in the present looks ahead.
    ("Forecasters expect rain on Sunday.", D, [("Sunday", "DATE", "2024-03-17")]),
    ("Analysts anticipate cuts in June.", D, [("June", "DATE", "2024-06")]),
    ("Snow was forecast for Tuesday.", D, [("Tuesday", "DATE", "2024-03-12")]),
    (
        "The office said borrowing would be higher than it forecast in March.",
        D,
        [("March", "DATE", "2024-03")],
    ),
    # The quarter a report dates by the day it ended.
    (
        "In the quarter ended July 31, the printer had 5.6 million shares outstanding.",
        W,
        [("the quarter", "DATE", "1989-Q2"), ("July 31", "DATE", "1989-07-31")],
    ),
    (
        "The chain posted a loss of $2 million for the quarter ended Feb. 29.",
        D,
        [("the quarter", "DATE", "2024-Q1"), ("Feb. 29", "DATE", "2024-02-29")],
    ),
    (
        "The retailer lost money in the quarter ended Jan. 31.",
        D,
        [("the quarter", "DATE", "2023-Q4"), ("Jan. 31", "DATE", "2024-01-31")],
    ),
    (
        "The airline earned a record in the fiscal first quarter. For the quarter ended Sept. 30, it "
        "posted net income of $133 million.",
        W,
        [
            ("the fiscal first quarter", "DATE", "1989-Q1"),
            ("the quarter", "DATE", "1989-Q1"),
            ("Sept. 30", "DATE", "1989-09-30"),
        ],
    ),
    # A day set on the calendar.
    (
        "The autumnal equinox falls on Monday.",
        S,
        [("The autumnal equinox", "DATE", "2025-09-22"), ("Monday", "DATE", "2025-09-22")],
    ),
    ("Stocks fall on Monday as oil slides.", S, [("Monday", "DATE", "2025-09-15")]),
    # A finished event's month or day just after the DCT is last year's, its verb's object
    # between them or not; an event the object names may still be to come.
    ("He signed with the Bears in March.", F, [("March", "DATE", "2023-03")]),
    ("The company laid off workers in March.", F, [("March", "DATE", "2023-03")]),
    ("He died in March at age 91.", F, [("March", "DATE", "2023-03")]),
    ("The storm made landfall on March 3.", F, [("March 3", "DATE", "2023-03-03")]),
    ("He announced his retirement in March.", F, [("March", "DATE", "2024-03")]),
    ("The firm said it will redeem its preferred shares on March 1.", F, [("March 1", "DATE", "2024-03-01")]),
    (
        "They landed on Luzon in January 1945 and seized Manila in March.",
        F,
        [("January 1945", "DATE", "1945-01"), ("March", "DATE", "1945-03")],
    ),
    # A year's results told in January.
    (
        "Fourth-quarter profit rose 12%. For the full year, revenue climbed 9% to $48 billion.",
        R,
        [("Fourth-quarter", "DATE", "2023-Q4"), ("the full year", "DATE", "2023")],
    ),
    ("Revenue for the full year will climb 9%.", R, [("the full year", "DATE", "2024")]),
    # A feast just ahead of what is told: the nearest one, whatever the tense.
    (
        "More than 40 million people have already voted ahead of Election Day.",
        E,
        [("Election Day", "DATE", "2024-11-05")],
    ),
    ("Airports were busy ahead of Thanksgiving.", "2025-01-05", [("Thanksgiving", "DATE", "2024-11-28")]),
    (
        "Fireworks are banned in the county this Fourth of July.",
        "2024-07-02",
        [("this Fourth of July", "DATE", "2024-07-04")],
    ),
    # A forecast of growth names a period still to come; a report's, one just closed.
    ("The company expects revenue to grow in the second half.", R, [("the second half", "DATE", "2024-H2")]),
    (
        "The company expects to report a loss for the second half.",
        R,
        [("the second half", "DATE", "2023-H2")],
    ),
    # The day a daily set leaves out is every such day.
    (
        "The clinic is open every day except Sunday.",
        D,
        [("every day", "SET", "P1D"), ("Sunday", "SET", "XXXX-WXX-7")],
    ),
    # From the documents of the probe: what an adjective makes a noun, a forecast's negation,
    # a count compared, a game's quarter, a count after a day's comma, a period still to come.
    (
        "The Dow has fallen nearly 14 percent since its record close on Jan. 14.",
        "2000-03-10",
        [("Jan. 14", "DATE", "2000-01-14")],
    ),
    (
        "Temperatures are not expected to rise above freezing until Saturday afternoon.",
        "2021-02-17",
        [("Saturday afternoon", "TIME", "2021-02-20TAF")],
    ),
    (
        "The company plans to finish by 2024, four years earlier than it had planned.",
        "2019-07-16",
        [("2024", "DATE", "2024"), ("four years", "DURATION", "P4Y")],
    ),
    ("The Broncos cut the lead to 13-7 in the second quarter.", "2016-02-08", []),
    ("They overcame a 24-8 deficit in the fourth quarter.", "2016-02-08", []),
    (
        "The deal closed on Oct. 13, 21 months after it was announced.",
        "2023-10-26",
        [("Oct. 13", "DATE", "2023-10-13"), ("21 months", "DURATION", "P21M")],
    ),
    (
        "A federal judge on Monday blocked the law until this spring. In a separate ruling the same day, "
        "another judge upheld it.",
        "2003-12-30",
        [
            ("Monday", "DATE", "2003-12-29"),
            ("this spring", "DATE", "2003-SP"),
            ("the same day", "DATE", "2003-12-29"),
        ],
    ),
    # A second predicate told in the past tells its own time, not the date's before it.
    (
        "The Federal Reserve slashed interest rates to near zero on Sunday evening and said it would buy "
        "at least $700 billion in bonds.",
        "2020-03-16",
        [("Sunday evening", "TIME", "2020-03-15TEV")],
    ),
    (
        "The summit is on Sunday and officials expect a deal.",
        "2020-03-16",
        [("Sunday", "DATE", "2020-03-22")],
    ),
    # A clause "when" opens after a year is in that year.
    (
        "Traders drew comparisons to 1987, when the Dow rose 44 percent before crashing on Oct. 19.",
        "2000-03-10",
        [("1987", "DATE", "1987"), ("Oct. 19", "DATE", "1987-10-19")],
    ),
    # Words that are no times.
    ("Prices could spring back if demand recovers.", D, []),
    ("The show opens at the August Wilson Theatre.", D, []),
    ("August Busch III ran the brewery.", D, []),
    ("In August Congress passed the bill.", D, [("August", "DATE", "2023-08")]),
    ("The 60 Minutes correspondent interviewed the senator.", D, []),
    ("One day, she hopes to return to Syria.", D, [("One day", "DATE", "FUTURE_REF")]),
    # The equinoxes and solstices.
    ("The days grow longer after the winter solstice.", D, [("the winter solstice", "DATE", "2024-12-21")]),
    (
        "The first day of spring is Wednesday.",
        D,
        [("The first day of spring", "DATE", "2024-03-20"), ("Wednesday", "DATE", "2024-03-20")],
    ),
    # (The season of "spring training" is still tagged, as "spring" alone is.)
    ("Pitchers reported for the first day of spring training.", D, [("spring", "DATE", "2024-SP")]),
    (
        "Crowds gathered at Stonehenge for the summer solstice of 2023.",
        D,
        [("the summer solstice of 2023", "DATE", "2023-06-21")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_6(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
