"""Calendar edges: leap days, ISO week 53, year boundaries, BC years, two-digit years, time zones,
and the ends of the calendar (years 1 and 9999), where a value must be right or absent, never
invalid.
"""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import example, given
from hypothesis import strategies as st

from dateline import annotate, is_valid_value
from dateline.calendar import season_of, shift_date
from dateline.timex import interval


def values(text: str, dct: str) -> list[tuple[str, str]]:
    timexes = annotate(text, dct)
    assert all(is_valid_value(timex.value) for timex in timexes)
    return [(timex.text, timex.value) for timex in timexes]


def value(text: str, dct: str) -> str:
    found = values(text, dct)
    assert len(found) == 1, found
    return found[0][1]


# --- leap days ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("It happened on Feb. 29.", "2025-05-09", "2024-02-29"),  # never the non-existent 2025-02-29
        ("It happened on Feb. 29.", "2024-03-01", "2024-02-29"),
        ("It happened on Feb. 29.", "2100-03-01", "2096-02-29"),  # 2100 is not a leap year
        ("The vote will be held on Feb. 29.", "2025-01-10", "2028-02-29"),
        ("Feb. 29, 2000", "2025-05-09", "2000-02-29"),
        ("Feb. 29, 2024", "2025-05-09", "2024-02-29"),
        ("It happened on the 29th.", "2025-03-10", "2025-01-29"),  # February 2025 has no 29th
        ("It happened on the 29th.", "2024-03-10", "2024-02-29"),
        ("It happened on the 31st.", "2025-05-09", "2025-03-31"),  # April has 30 days
        ("30 days ago", "2024-03-30", "2024-02-29"),
        ("a year ago", "2024-02-29", "2023"),
        ("a month ago", "2025-03-31", "2025-02"),
    ],
)
def test_leap_days(text: str, dct: str, expected: str) -> None:
    assert value(text, dct) == expected


@pytest.mark.parametrize(
    "text",
    ["Feb. 29, 2023", "Feb. 29, 1900", "February 30", "April 31, 2024", "It ends on the 31st of next month."],
)
def test_days_that_do_not_exist_give_no_value(text: str) -> None:
    assert values(text, "2025-05-09") == []


# --- ISO weeks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("last week", "2021-01-08", "2020-W53"),
        ("this week", "2021-01-01", "2020-W53"),
        ("next week", "2020-12-24", "2020-W53"),
        ("next week", "2026-12-25", "2026-W53"),
        ("last week", "2025-01-08", "2025-W01"),  # Monday 2024-12-30 starts ISO week 1 of 2025
        ("this weekend", "2020-12-31", "2020-W53-WE"),
    ],
)
def test_iso_week_53(text: str, dct: str, expected: str) -> None:
    assert value(text, dct) == expected


def test_week_53_exists_only_in_long_years() -> None:
    assert is_valid_value("2020-W53")
    assert not is_valid_value("2021-W53")
    assert interval("2020-W53") == (dt.datetime(2020, 12, 28), dt.datetime(2021, 1, 4))
    assert interval("2020-W53-WE") == (dt.datetime(2021, 1, 2), dt.datetime(2021, 1, 4))


# --- year boundaries ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("last December", "2025-01-03", "2024-12"),
        ("next January", "2025-12-30", "2026-01"),
        ("yesterday", "2025-01-01", "2024-12-31"),
        ("tomorrow", "2024-12-31", "2025-01-01"),
        ("last year", "2025-01-01", "2024"),
        ("next month", "2025-12-15", "2026-01"),
        ("last month", "2025-01-15", "2024-12"),
        ("last quarter", "2025-01-15", "2024-Q4"),
        ("next quarter", "2025-11-15", "2026-Q1"),
        ("last Tuesday", "2025-01-01", "2024-12-31"),
        ("next Monday", "2025-12-31", "2026-01-05"),
        ("this winter", "2025-01-15", "2024-WI"),  # a winter belongs to the year it starts in
        ("last winter", "2025-01-15", "2023-WI"),
        ("New Year's Eve", "2025-01-01", "2024-12-31"),
        ("Christmas", "2025-01-02", "2024-12-25"),
    ],
)
def test_year_boundaries(text: str, dct: str, expected: str) -> None:
    assert value(text, dct) == expected


def test_winter_interval_crosses_the_year() -> None:
    # "WI" is a season, not an ISO week: it used to give no interval at all.
    assert interval("2024-WI") == (dt.datetime(2024, 12, 1), dt.datetime(2025, 3, 1))
    assert annotate("this winter", "2025-01-15")[0].interval() == (
        dt.datetime(2024, 12, 1),
        dt.datetime(2025, 3, 1),
    )


def _months(start: tuple[int, int], end: tuple[int, int]) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(*start, 1), dt.datetime(*end, 1)


@pytest.mark.parametrize(
    ("text", "dct", "domain", "expected", "mod", "months"),
    [
        # One convention in every domain: a winter belongs to the year it starts in, and Y-WI runs
        # from December Y through February Y+1.
        (
            "Forecasters expect snow this winter.",
            "2025-11-10",
            "news",
            "2025-WI",
            None,
            ((2025, 12), (2026, 3)),
        ),
        (
            "Forecasters expect snow this winter.",
            "2025-01-10",
            "news",
            "2024-WI",
            None,
            ((2024, 12), (2025, 3)),
        ),
        # In February "this winter" is still the one in progress.
        (
            "The snow this winter broke records.",
            "2025-02-10",
            "news",
            "2024-WI",
            None,
            ((2024, 12), (2025, 3)),
        ),
        ("Heating bills soared last winter.", "2025-05-09", "news", "2024-WI", None, ((2024, 12), (2025, 3))),
        (
            "Utilities will raise prices next winter.",
            "2025-05-09",
            "news",
            "2025-WI",
            None,
            ((2025, 12), (2026, 3)),
        ),
        ("Sales fell in winter 2025.", "2025-05-09", "news", "2025-WI", None, ((2025, 12), (2026, 3))),
        (
            "Gas prices peaked in the winter of 2024-25.",
            "2025-05-09",
            "news",
            "2024-WI",
            None,
            ((2024, 12), (2025, 3)),
        ),
        (
            "Prices rose through winter 2024/25.",
            "2025-05-09",
            "news",
            "2024-WI",
            None,
            ((2024, 12), (2025, 3)),
        ),
        (
            "Heating bills rose through the 2022/23 winter.",
            "2025-05-09",
            "news",
            "2022-WI",
            None,
            ((2022, 12), (2023, 3)),
        ),
        (
            "The garrison held the fort through the winter of 1776-77.",
            "2025-05-09",
            "news",
            "1776-WI",
            None,
            ((1776, 12), (1777, 3)),
        ),
        (
            "The garrison held the fort through the winter of 1776-77.",
            None,
            "narrative",
            "1776-WI",
            None,
            ((1776, 12), (1777, 3)),
        ),
        (
            "The plant closed in December 2024. That winter was hard.",
            "2025-05-09",
            "news",
            "2024-WI",
            None,
            ((2024, 12), (2025, 3)),
        ),
        (
            "The city fell in January 1942. That winter was hard.",
            None,
            "narrative",
            "1941-WI",
            None,
            ((1941, 12), (1942, 3)),
        ),
        ("Sales fell in early winter.", "2025-05-09", "news", "2024-WI", "START", ((2024, 12), (2025, 3))),
        ("Sales fell in late winter.", "2025-05-09", "news", "2024-WI", "END", ((2024, 12), (2025, 3))),
    ],
)
def test_a_winter_belongs_to_the_year_it_starts_in(
    text: str,
    dct: str | None,
    domain: str,
    *,
    expected: str,
    mod: str | None,
    months: tuple[tuple[int, int], tuple[int, int]],
) -> None:
    timex = annotate(text, dct, domain=domain)[-1]
    assert (timex.value, timex.mod) == (expected, mod)
    assert interval(timex.value) == timex.interval() == _months(*months)


def test_season_values_and_the_dates_they_stand_for_agree() -> None:
    # Every day of a season's interval is in that season, named by that value.
    for year in (1777, 2024, 2025):
        for season in ("WI", "SP", "SU", "FA"):
            bounds = interval(f"{year}-{season}")
            assert bounds is not None
            for day in (bounds[0].date(), (bounds[1] - dt.timedelta(days=1)).date()):
                assert season_of(day) == (year, season)


# --- eras and short years -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("264 BC", "BC0264"),
        ("Rome fell in AD 476.", "0476"),
        ("the class of '98", "1998"),
        ("in '24", "2024"),
        ("in '00", "2000"),
        ("12/31/98", "1998-12-31"),
        ("the '90s", "199"),
        ("the 1990s", "199"),
        ("the 20th century", "19"),
    ],
)
def test_eras_and_short_years(text: str, expected: str) -> None:
    assert value(text, "2025-05-09") == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # A two-digit year lies in the hundred years that end twenty years after the DCT.
        ("The loan is due 2/1/10.", "1999-06-01", "2010-02-01"),
        ("the class of '25", "2004-06-01", "1925"),
        ("in '19", "1999-06-01", "2019"),
        ("in '20", "1999-06-01", "1920"),
        ("in '05", "9990-06-01", "9905"),
    ],
)
def test_two_digit_years_around_a_century(text: str, dct: str, expected: str) -> None:
    assert value(text, dct) == expected


def test_bc_values_have_no_interval() -> None:
    timex = annotate("264 BC", "2025-05-09")[0]
    assert timex.interval() is None


# --- time zones and clock edges -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 p.m. EST", "2025-05-09T15:00-05:00"),
        ("10 a.m. PDT", "2025-05-09T10:00-07:00"),
        ("9 a.m. IST", "2025-05-09T09:00+05:30"),
        ("15:30 GMT", "2025-05-09T15:30Z"),
        ("0735 GMT", "2025-05-09T07:35Z"),
        ("12 am", "2025-05-09T00:00"),
        ("12 pm", "2025-05-09T12:00"),
        ("midnight", "2025-05-09T24:00"),
        ("on Friday at 3 p.m. EST", "2025-05-09T15:00-05:00"),
    ],
)
def test_clock_times_and_zones(text: str, expected: str) -> None:
    assert value(text, "2025-05-09") == expected


def test_midnight_interval_is_the_first_minute_of_the_next_day() -> None:
    assert annotate("midnight", "2024-02-28")[0].interval() == (
        dt.datetime(2024, 2, 29),
        dt.datetime(2024, 2, 29, 0, 1),
    )


# --- the ends of the calendar ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("tomorrow", "9999-12-31"),
        ("next year", "9999-06-01"),
        ("next week", "9999-12-31"),
        ("yesterday", "0001-01-01"),
        ("last year", "0001-06-01"),
        ("last week", "0001-01-03"),
        ("the nineties", "0001-06-01"),
    ],
)
def test_beyond_the_calendar_gives_no_value(text: str, dct: str) -> None:
    assert values(text, dct) == []


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("yesterday", "9999-12-31", "9999-12-30"),
        ("tomorrow", "0001-01-01", "0001-01-02"),
        ("'98", "9999-12-31", "9998"),
        ("Christmas", "9999-12-31", "9999-12-25"),
        # The year 9999 would close past the calendar's end: it is still open, not an error.
        ("Earlier this year, the firm cut jobs.", "9999-12-31", "9999"),
    ],
)
def test_just_inside_the_calendar(text: str, dct: str, expected: str) -> None:
    assert value(text, dct) == expected


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("The fair runs Friday to Wednesday.", "9999-12-31"),
        ("The fair is Thursday-Tuesday.", "9999-12-27"),
        # Two ends more than a week apart are brought into one week, at the end as anywhere.
        ("Voting ran from Monday through Wednesday.", "9999-12-31"),
        ("Monday to Friday", "9999-12-31"),
    ],
)
def test_a_span_of_weekdays_at_the_calendar_end_is_no_error(text: str, dct: str) -> None:
    # The end of a span of weekdays is moved a week on to follow its start: past 9999-12-31 it
    # stays where it was resolved alone, never an OverflowError.
    assert values(text, dct)


def test_a_span_of_feasts_over_the_last_new_year_is_no_error() -> None:
    # A span from May Day to New Year's Day runs over a new year: in a history at the calendar's
    # last day the year after it does not exist, and the span keeps the story's year (the thread
    # pool's random text found this as a ValueError deep in the resolver).
    text = "st george's day, anzac day may day-new year's day. or"
    assert annotate(text, "9999-12-31", domain="narrative")


def test_a_span_of_feasts_over_the_first_new_year_is_no_error() -> None:
    # ... and at the calendar's first day the year before it does not exist: the span weighed
    # against the one a year earlier would start in the year 0 (found by the thread pool's random
    # text as a ValueError).
    text = (
        "four, st. bartholomew's day thanksgiving the next seventh international workers' day, orthodox "
        "christmas hogmanay-easter saturday-lammas day-st. john's eve\nhundred\nall saints' day martin "
        "luther king jr. day new year's-thirty-first, all souls' day "
    )
    assert annotate(text, "0001-01-01", domain="narrative")


def test_small_hours_after_the_last_night_of_the_calendar_are_no_error() -> None:
    # The small hours after a night are the next day's: after the night of 9999-12-31 there is
    # none, and the hour stays on that day.
    assert values("The fire started tonight. At 2 a.m. firefighters arrived.", "9999-12-31") == [
        ("tonight", "9999-12-31TNI"),
        ("2 a.m.", "9999-12-31T02:00"),
    ]


# --- calendar arithmetic --------------------------------------------------------------------------


@given(
    st.dates(),
    st.integers(-3000, 3000),
    st.integers(-40, 40),
    st.integers(-100, 100),
    st.integers(-1000, 1000),
)
@example(dt.date(2024, 1, 31), 0, 1, 0, 0)
@example(dt.date(2024, 2, 29), 1, 0, 0, 0)
@example(dt.date(2024, 3, 31), 0, -13, 0, -1)
@example(dt.date(9999, 12, 31), 0, 0, 0, 1)
@example(dt.date(1, 1, 1), 0, -1, 0, 0)
def test_shift_date_moves_as_a_relativedelta_does(
    day: dt.date, years: int, months: int, weeks: int, days: int
) -> None:
    # shift_date computes what dateutil's relativedelta gives (faster): the same date, or the same
    # error beyond the calendar.
    def outcome(shift: object) -> object:
        try:
            return shift()  # type: ignore[operator]
        except (ValueError, OverflowError) as error:
            return type(error)

    expected = outcome(lambda: day + relativedelta(years=years, months=months, weeks=weeks, days=days))
    assert outcome(lambda: shift_date(day, years=years, months=months, weeks=weeks, days=days)) == expected


def test_a_weekday_after_a_told_day_at_the_first_dct() -> None:
    # A report's weekday after a day it told in full is weighed against a span before the DCT,
    # which at 0001-01-01 would reach before the calendar.
    found = [
        (t.text, t.value) for t in annotate("1000-01-01 holy saturday ", dct="0001-01-01", domain="news")
    ]
    assert found == [("1000-01-01", "1000-01-01"), ("saturday", "0001-01-01")]
