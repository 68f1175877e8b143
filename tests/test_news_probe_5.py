"""A fifth probe of news: the edges of periods, ranges of positions and amounts, sets of opening
hours, and finance's "year to date".

Sentences written for this probe in the way wire copy and business pages write them, each with
every timex it must yield (text, type, value and mod). Values follow TimeML 1.2.1 and
../shared/TIMEX3.md. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "the first day of next year", "the last day of 2014" are that day; "the last day of the talks"
  is a day of the talks (the day the story stands at), no length; "the last day of the fiscal
  year" is the company's, which the text does not date (only "the fiscal year" is tagged).
- "the last week of the campaign" is its final week, a length as "the last days of the battle"
  is, never the week before this one.
- "mid-to-late June", "the early-to-mid 1990s": one period, its mod the position it ends nearer.
- "between three and six months" is one vague length, as "two to six days" is; "a month or two"
  and "ten or fifteen years" keep the number after "or" out, as TimeBank draws them. "a year or
  two ago" is a vague past, as "a few years ago" is.
- "the better part of a year" is less than a year; "a matter of weeks" a few weeks.
- "into the early hours of the morning" is the start of that morning; of a named day's morning,
  the hours stay out ("[Thursday morning]").
- "year to date" after a figure or opening a sentence, and "YTD", are the DCT's year so far (not
  "the best year to date", where "to date" is the writer's present).
- "open Tuesdays and Saturdays", "closed Mondays": days of every week; "rebalanced quarterly" is a
  set, "quarterly results" no timex.
- A span an event "runs" over is still to come: "The summit runs Oct. 3-5" written in March.

Publication date: 2013-03-14, a Thursday in ISO week 11 (D).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

D = "2013-03-14"

CASES: list[tuple[str, str, list[tuple]]] = [
    # The edges of a year.
    (
        "The law takes effect on the first day of next year.",
        D,
        [("the first day of next year", "DATE", "2014-01-01")],
    ),
    (
        "The tax break expires on the last day of the year.",
        D,
        [("the last day of the year", "DATE", "2013-12-31")],
    ),
    ("The rule applies from the first day of 2015.", D, [("the first day of 2015", "DATE", "2015-01-01")]),
    ("Bonuses are paid on the last day of the fiscal year.", D, [("the fiscal year", "DATE", "2013")]),
    ("On the last day of the talks, the envoys left.", D, [("the last day", "DATE", "2013-03-14")]),
    ("The last week of the campaign was bitter.", D, [("The last week", "DURATION", "P1W")]),
    ("Prices fell over the last day.", D, [("the last day", "DURATION", "P1D")]),
    # Positions that span two.
    ("Deliveries are expected in mid-to-late June.", D, [("mid-to-late June", "DATE", "2013-06", "END")]),
    ("The style ruled the early-to-mid 1990s.", D, [("the early-to-mid 1990s", "DATE", "199", "START")]),
    # Ranges and vague amounts.
    (
        "He waited between three and six months for a ruling.",
        D,
        [("between three and six months", "DURATION", "PXM")],
    ),
    ("The appeal could take a month or two.", D, [("a month", "DURATION", "P1M")]),
    ("She left the firm a year or two ago.", D, [("a year or two ago", "DATE", "PAST_REF")]),
    (
        "It took them the better part of a year.",
        D,
        [("the better part of a year", "DURATION", "P1Y", "LESS_THAN")],
    ),
    ("Within a matter of weeks the town fell.", D, [("a matter of weeks", "DURATION", "PXW")]),
    # A part of the day the story stands at.
    (
        "The talks ran into the early hours of the morning.",
        D,
        [("the early hours of the morning", "TIME", "2013-03-14TMO", "START")],
    ),
    (
        "Police raided the house in the early hours of Thursday morning.",
        D,
        [("Thursday morning", "TIME", "2013-03-14TMO")],
    ),
    # The year so far.
    ("Shares have gained 12 percent year to date.", D, [("year to date", "DATE", "2013")]),
    ("Year to date, the index is flat.", D, [("Year to date", "DATE", "2013")]),
    ("The fund is up 3% YTD.", D, [("YTD", "DATE", "2013")]),
    ("It was the fund's best year to date.", D, [("date", "DATE", "PRESENT_REF")]),
    # Sets.
    (
        "The market is open Tuesdays and Saturdays.",
        D,
        [("Tuesdays", "SET", "XXXX-WXX-2"), ("Saturdays", "SET", "XXXX-WXX-6")],
    ),
    ("The museum is closed Mondays.", D, [("Mondays", "SET", "XXXX-WXX-1")]),
    ("The index is rebalanced quarterly.", D, [("quarterly", "SET", "P3M")]),
    ("Quarterly results beat forecasts.", D, []),
    ("The company runs 40 stores.", D, []),
    # A span to come.
    (
        "The summit runs Oct. 3-5 in Bali.",
        D,
        [("Oct. 3", "DATE", "2013-10-03"), ("5", "DATE", "2013-10-05")],
    ),
    (
        "Voting runs from Monday through Wednesday.",
        D,
        [("Monday", "DATE", "2013-03-18"), ("Wednesday", "DATE", "2013-03-20")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_5(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
