"""New moons, the equinoxes and the solstices, the new years that hang on them (the Chinese, and
Vietnamese, Korean, lunar new year and the Iranian Nowruz), and the days news names after them
("the winter solstice", "the first day of spring").

Expected values are the published ones: the moments of eclipses and seasons as almanacs print
them (UT, to the minute), the new years as the calendars of China, Vietnam and Iran kept them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline import annotate
from dateline.astronomy import (
    december_solstice,
    june_solstice,
    lunation_after,
    march_equinox,
    new_moon,
    new_moon_after,
    september_equinox,
)
from dateline.calendar import holiday_date, lunar_new_year, nowruz

#: Within this of the almanac's minute: the series' own error and that of Delta T.
_TOLERANCE = dt.timedelta(minutes=3)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("2017-08-01", "2017-08-21 18:30"),  # the total eclipse across the United States
        ("2024-04-01", "2024-04-08 18:21"),  # the total eclipse across North America
        ("2025-03-15", "2025-03-29 10:58"),  # a partial eclipse
        ("1999-08-01", "1999-08-11 11:08"),  # the total eclipse across Europe
        ("1977-02-10", "1977-02-18 03:37"),  # Meeus's worked example (49.a)
    ],
)
def test_new_moon_is_the_almanacs(after: str, expected: str) -> None:
    moment = new_moon_after(dt.datetime.fromisoformat(after))
    assert abs(moment - dt.datetime.fromisoformat(expected)) <= _TOLERANCE


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (december_solstice(2024), "2024-12-21 09:20"),
        (december_solstice(2000), "2000-12-21 13:37"),
        (march_equinox(2025), "2025-03-20 09:01"),
        (march_equinox(2024), "2024-03-20 03:06"),
        (june_solstice(2024), "2024-06-20 20:51"),
        (june_solstice(2000), "2000-06-21 01:48"),
        (september_equinox(2024), "2024-09-22 12:44"),
        (september_equinox(2000), "2000-09-22 17:28"),
    ],
)
def test_seasons_are_the_almanacs(moment: dt.datetime, expected: str) -> None:
    assert abs(moment - dt.datetime.fromisoformat(expected)) <= _TOLERANCE


@given(st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1)))
def test_the_next_new_moon_comes_within_a_lunation(moment: dt.datetime) -> None:
    lunation = lunation_after(moment)
    assert new_moon(lunation - 1) <= moment < new_moon(lunation)
    # A lunation is 29.3 to 29.8 days long.
    assert dt.timedelta(days=29.2) < new_moon(lunation) - new_moon(lunation - 1) < dt.timedelta(days=29.9)


#: The first day of the Chinese year, as China's calendar gives it.
_CHINESE_NEW_YEARS = {
    1912: "02-18", 1930: "01-30", 1950: "02-17", 1968: "01-30", 1970: "02-06", 1980: "02-16",
    1985: "02-20", 1989: "02-06", 1990: "01-27", 1995: "01-31", 1996: "02-19", 1997: "02-07",
    1998: "01-28", 1999: "02-16", 2000: "02-05", 2007: "02-18", 2008: "02-07", 2009: "01-26",
    2010: "02-14", 2011: "02-03", 2012: "01-23", 2013: "02-10", 2014: "01-31", 2015: "02-19",
    2016: "02-08", 2017: "01-28", 2018: "02-16", 2019: "02-05", 2020: "01-25", 2021: "02-12",
    2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29", 2026: "02-17", 2027: "02-06",
    2028: "01-26", 2029: "02-13", 2030: "02-03", 2031: "01-23", 2032: "02-11",
    # A leap month after the eleventh puts 2034's a lunation later than the solstice rule alone.
    2033: "01-31", 2034: "02-19", 2035: "02-08",
}  # fmt: skip


@pytest.mark.parametrize(("year", "expected"), sorted(_CHINESE_NEW_YEARS.items()))
def test_chinese_new_year(year: int, expected: str) -> None:
    assert lunar_new_year(year) == dt.date.fromisoformat(f"{year}-{expected}")


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        # North Vietnam moved to UTC+7 in 1968: its Tết came a day before the South's.
        (1968, "1968-01-29"),
        # Vietnam's leap month fell elsewhere: its new year came a whole lunation before China's.
        (1985, "1985-01-21"),
        (2007, "2007-02-17"),
        (2025, "2025-01-29"),
    ],
)
def test_vietnamese_new_year(year: int, expected: str) -> None:
    assert lunar_new_year(year, utc_offset_hours=7) == dt.date.fromisoformat(expected)


@given(st.integers(min_value=1912, max_value=2100))
def test_lunar_new_year_falls_between_january_21_and_february_20(year: int) -> None:
    assert dt.date(year, 1, 21) <= lunar_new_year(year) <= dt.date(year, 2, 20)


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2016, "03-20"), (2017, "03-21"), (2020, "03-20"), (2021, "03-21"), (2024, "03-20"), (2025, "03-21")],
)
def test_nowruz_is_the_first_of_farvardin(year: int, expected: str) -> None:
    assert nowruz(year) == dt.date.fromisoformat(f"{year}-{expected}")


def test_the_calendars_are_worked_out_only_under_their_present_rules() -> None:
    assert holiday_date("chinese new year", 1911) is None
    assert holiday_date("chinese new year", 2101) is None
    assert holiday_date("nowruz", 1900) is None
    assert holiday_date("chinese new year", 2024) == dt.date(2024, 2, 10)


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Travel peaked over the Lunar New Year holiday.", "2025-05-09", [("Lunar New Year", "2025-01-29")]),
        ("Factories will shut for Chinese New Year.", "2025-11-20", [("Chinese New Year", "2026-02-17")]),
        (
            "The offensive began at the Lunar New Year, 1968.",
            "2009-12-19",
            [("Lunar New Year, 1968", "1968-01-30")],
        ),
        ("Tehran's bazaars filled before Nowruz.", "2025-04-02", [("Nowruz", "2025-03-21")]),
        ("Synagogues filled for the Jewish New Year.", "2024-10-05", [("Jewish New Year", "2024-10-03")]),
        # A calendar the tables do not work out: its year only.
        ("Lhasa prepared for the Tibetan New Year.", "2025-01-10", [("Tibetan New Year", "2025")]),
    ],
)
def test_another_calendars_new_year_in_text(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct)] == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # Outside the years the calendar is worked out for, the year it falls in is sure.
        ("The Chinese New Year of 1900 was quiet.", "2025-05-09", [("Chinese New Year of 1900", "1900")]),
        ("The market closed for Chinese New Year.", "1900-06-01", [("Chinese New Year", "1900")]),
        (
            "The market will close for the following Chinese New Year.",
            "1900-06-01",
            [("the following Chinese New Year", "1901")],
        ),
        # ... but not which side of a February day it lies on.
        ("The market closed for Chinese New Year.", "1900-02-01", []),
    ],
)
def test_a_new_year_the_calendar_cannot_date_keeps_its_year(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct)] == expected


@given(st.integers(min_value=1000, max_value=3000))
def test_the_seasons_come_in_their_order_and_months(year: int) -> None:
    moments = [march_equinox(year), june_solstice(year), september_equinox(year), december_solstice(year)]
    assert moments == sorted(moments)
    assert [moment.month for moment in moments] == [3, 6, 9, 12]


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "Druids will gather at Stonehenge for the summer solstice.",
            "2025-05-09",
            [("the summer solstice", "2025-06-21")],
        ),
        (
            "The days grow longer after the winter solstice.",
            "2024-03-14",
            [("the winter solstice", "2024-12-21")],
        ),
        (
            "The vernal equinox of 2024 was the earliest since 1896.",
            "2025-05-09",
            [("The vernal equinox of 2024", "2024-03-20"), ("1896", "1896")],
        ),
        (
            "Crowds gathered at Chichen Itza for the spring equinox.",
            "2025-05-09",
            [("the spring equinox", "2025-03-20")],
        ),
        (
            "The autumnal equinox falls on Monday.",
            "2025-09-17",
            [("The autumnal equinox", "2025-09-22"), ("Monday", "2025-09-22")],
        ),
        # The first day of a season is the equinox or solstice that opens it, as US news writes it.
        (
            "The first day of spring is Wednesday.",
            "2024-03-14",
            [("The first day of spring", "2024-03-20"), ("Wednesday", "2024-03-20")],
        ),
        (
            "On the summer solstice of 1990 the tower opened.",
            "2010-05-01",
            [("the summer solstice of 1990", "1990-06-21")],
        ),
    ],
)
def test_an_equinox_or_solstice_in_text(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert [(timex.text, timex.value) for timex in annotate(text, dct)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pitchers reported for the first day of spring training.",
        "The solstice festival drew crowds.",
        "She signed up at Equinox, the gym chain.",
    ],
)
def test_no_equinox_or_solstice(text: str) -> None:
    assert not any(timex.rule == "holiday.equinox_or_solstice" for timex in annotate(text, "2025-05-09"))


def test_the_seasons_are_worked_out_only_where_the_series_hold() -> None:
    assert holiday_date("june solstice", 999) is None
    assert holiday_date("june solstice", 3001) is None
    assert holiday_date("september equinox", 2024) == dt.date(2024, 9, 22)
