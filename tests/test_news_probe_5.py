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
- "the turn of the year" is the nearest turn ("Sales slumped at the turn of the year", written in
  March, is last year's end), unless its clause looks ahead ("will come by the turn of the year").
- "mid-decade", "mid-century", "midyear", "the middle of the year" name the middle of the DCT's
  period, the one before in a past clause written in its first third ("built in mid-century" in
  2013 is the 20th century's), the next in a future clause written in its last third.
- "year to date" after a figure or opening a sentence, and "YTD", are the DCT's year so far (not
  "the best year to date", where "to date" is the writer's present).
- "open Tuesdays and Saturdays", "closed Mondays": days of every week; "rebalanced quarterly" is a
  set, "quarterly results" no timex.
- A weekday deadline that a verb sets or faces lies ahead ("The ECB set a Monday deadline",
  written on a Friday, is the coming Monday); one met by a past report is gone by.
- "open Mon-Fri 9am-5pm", "open Monday to Friday, 8am to 6pm": each end of the days is every such
  day, and the clocks are on every day of the span (not joined to its last day, "Fri 9am").
- A span of days told in the present that holds the DCT is the one under way ("The exhibit runs
  from June 1 to June 30" written on June 10, not next June's), one told in the future the next
  ("will run from June 1 to June 30"); the two ends of a span of weekdays lie in one week ("Voting
  runs from Monday through Wednesday" written on a Thursday is next week's).

Publication dates: 2013-03-14, a Thursday in ISO week 11 (D); 2013-03-22, a Friday (F);
2025-06-10, a Tuesday (J).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

D = "2013-03-14"
J = "2025-06-10"
F = "2013-03-22"

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
    # The turn of a period is the nearest, unless the clause looks ahead.
    ("Sales slumped at the turn of the year.", D, [("the turn of the year", "DATE", "2012", "END")]),
    (
        "A recovery will come by the turn of the year.",
        D,
        [("the turn of the year", "DATE", "2013", "END")],
    ),
    ("Life at the turn of the century was hard.", D, [("the turn of the century", "DATE", "19", "END")]),
    # The middle of a period: gone by in a past clause, still ahead in a future one.
    ("Output should double by mid-decade.", D, [("mid-decade", "DATE", "201", "MID")]),
    ("The mill was built in mid-century.", D, [("mid-century", "DATE", "19", "MID")]),
    ("Emissions must fall by mid-century.", D, [("mid-century", "DATE", "20", "MID")]),
    ("Sales rose in the middle of the year.", D, [("the middle of the year", "DATE", "2012", "MID")]),
    ("Rates will peak at midyear.", "2013-10-14", [("midyear", "DATE", "2014", "MID")]),
    # The year so far.
    ("Shares have gained 12 percent year to date.", D, [("year to date", "DATE", "2013")]),
    ("Year to date, the index is flat.", D, [("Year to date", "DATE", "2013")]),
    ("The fund is up 3% YTD.", D, [("YTD", "DATE", "2013")]),
    ("It was the fund's best year to date.", D, [("date", "DATE", "PRESENT_REF")]),
    # A deadline set or faced lies ahead, whatever the verb's tense; one met in a past report
    # is gone by.
    ("Lawmakers scrambled ahead of a Monday deadline.", F, [("Monday", "DATE", "2013-03-25")]),
    ("The ECB set a Monday deadline for a deal.", F, [("Monday", "DATE", "2013-03-25")]),
    ("Cyprus faces a Monday deadline to raise funds.", F, [("Monday", "DATE", "2013-03-25")]),
    (
        "Shareholders tendered 99% of the shares by the Tuesday deadline.",
        F,
        [("Tuesday", "DATE", "2013-03-19")],
    ),
    # Sets.
    (
        "The market is open Tuesdays and Saturdays.",
        D,
        [("Tuesdays", "SET", "XXXX-WXX-2"), ("Saturdays", "SET", "XXXX-WXX-6")],
    ),
    ("The museum is closed Mondays.", D, [("Mondays", "SET", "XXXX-WXX-1")]),
    ("The index is rebalanced quarterly.", D, [("quarterly", "SET", "P3M")]),
    ("Quarterly results beat forecasts.", D, []),
    # Opening hours: the clock after a span of days is every day's of it.
    (
        "The office is open Mon-Fri 9am-5pm.",
        D,
        [
            ("Mon", "SET", "XXXX-WXX-1"),
            ("Fri", "SET", "XXXX-WXX-5"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
        ],
    ),
    (
        "Lines are open Monday to Friday, 8am to 6pm.",
        D,
        [
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
        ],
    ),
    ("The Mon-Fri timetable starts next week.", D, [("next week", "DATE", "2013-W12")]),
    # ... but the clock that ends a span of days alone is its last day's.
    (
        "Crews will strike from Friday until Sunday midnight.",
        D,
        [("Friday", "DATE", "2013-03-15"), ("Sunday midnight", "TIME", "2013-03-17T24:00")],
    ),
    (
        "He flew in Monday and left Friday at 9 a.m.",
        D,
        [("Monday", "DATE", "2013-03-11"), ("Friday at 9 a.m.", "TIME", "2013-03-08T09:00")],
    ),
    # A span told in the present that holds the DCT is under way; told in the future, the next.
    (
        "The exhibit runs from June 1 to June 30.",
        J,
        [("June 1", "DATE", "2025-06-01"), ("June 30", "DATE", "2025-06-30")],
    ),
    (
        "The exhibit will run from June 1 to June 30.",
        J,
        [("June 1", "DATE", "2026-06-01"), ("June 30", "DATE", "2026-06-30")],
    ),
    # The two ends of a span of weekdays lie in one week: the coming one, or, told in the past,
    # the one gone by ("through" looks ahead, the bare start back).
    (
        "Voting runs from Monday through Wednesday.",
        D,
        [("Monday", "DATE", "2013-03-18"), ("Wednesday", "DATE", "2013-03-20")],
    ),
    (
        "Voting ran from Monday through Wednesday.",
        D,
        [("Monday", "DATE", "2013-03-11"), ("Wednesday", "DATE", "2013-03-13")],
    ),
    # Days written short open a span as their names do: told in the past, the days gone by.
    ("The sale ran Fri-Sun.", D, [("Fri", "DATE", "2013-03-08"), ("Sun.", "DATE", "2013-03-10")]),
    ("The sale will run Fri-Sun.", D, [("Fri", "DATE", "2013-03-15"), ("Sun.", "DATE", "2013-03-17")]),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_5(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
