"""Pure calendar arithmetic on top of python-dateutil: holidays, weekdays, ISO weeks, seasons.

>>> import datetime as dt
>>> holiday_date("thanksgiving", 2025), holiday_date("easter", 2025)
(datetime.date(2025, 11, 27), datetime.date(2025, 4, 20))
>>> weekday_near(dt.date(2025, 5, 9), 1, "past"), weekday_near(dt.date(2025, 5, 9), 1, "future")
(datetime.date(2025, 5, 6), datetime.date(2025, 5, 13))
"""

from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt

from dateutil.easter import EASTER_JULIAN, EASTER_ORTHODOX, EASTER_WESTERN, easter
from dateutil.relativedelta import relativedelta, weekday

from dateline.astronomy import (
    december_solstice,
    june_solstice,
    lunation_after,
    march_equinox,
    new_moon,
    september_equinox,
)
from dateline.lexicon import en

_WEEKDAYS = tuple(weekday(n) for n in range(7))


#: The first year of the Gregorian calendar: a history gives the days before it in the Julian
#: calendar, and its Easter by the Julian reckoning ("Easter 1067" fell on 8 April).
_GREGORIAN_YEAR = 1583


def _easter(year: int) -> dt.date:
    """Easter Sunday of ``year``, in the calendar a history dates that year by."""
    return easter(year, EASTER_JULIAN if year < _GREGORIAN_YEAR else EASTER_WESTERN)


#: The Hebrew calendar (Dershowitz and Reingold's arithmetic): parts of an hour, the day number
#: (``date.toordinal``) of the calendar's epoch, and the days from the first day of Passover to
#: the next Rosh Hashanah (always 163).
_PARTS_PER_HOUR = 1080
_HEBREW_EPOCH = -1373428
_PASSOVER_TO_NEW_YEAR = 163


def _hebrew_leap(year: int) -> bool:
    return (7 * year + 1) % 19 < 7


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the Hebrew epoch to Rosh Hashanah of the Hebrew ``year``: the new moon of Tishri
    (molad) by the calendar's mean month, put off by the rules that keep the holidays off the
    wrong weekdays (dehiyyot)."""
    cycles, in_cycle = divmod(year - 1, 19)
    months = 235 * cycles + 12 * in_cycle + (7 * in_cycle + 1) // 19
    parts = 204 + 793 * (months % _PARTS_PER_HOUR)
    hours = 5 + 12 * months + 793 * (months // _PARTS_PER_HOUR) + parts // _PARTS_PER_HOUR
    day = 1 + 29 * months + hours // 24
    parts = _PARTS_PER_HOUR * (hours % 24) + parts % _PARTS_PER_HOUR
    if (
        parts >= 19440
        or (day % 7 == 2 and parts >= 9924 and not _hebrew_leap(year))
        or (day % 7 == 1 and parts >= 16789 and _hebrew_leap(year - 1))
    ):
        day += 1
    return day + 1 if day % 7 in (0, 3, 5) else day


def first_of_kislev(year: int) -> dt.date:
    """The first day of Kislev in the autumn of ``year`` (Gregorian): 30 days of Tishri and 29 or
    30 of Heshvan after Rosh Hashanah (30 in a full year, of 355 or 385 days).

    >>> first_of_kislev(2025) + dt.timedelta(days=24)  # Hanukkah
    datetime.date(2025, 12, 15)
    """
    hebrew = year + 3761
    length = _hebrew_elapsed_days(hebrew + 1) - _hebrew_elapsed_days(hebrew)
    return rosh_hashanah(year) + dt.timedelta(days=30 + (30 if length % 10 == 5 else 29))


def rosh_hashanah(year: int) -> dt.date:
    """The Jewish New Year (1 Tishri) that falls in the autumn of ``year`` (Gregorian).

    >>> rosh_hashanah(1973), rosh_hashanah(2024)
    (datetime.date(1973, 9, 27), datetime.date(2024, 10, 3))
    """
    return dt.date.fromordinal(_hebrew_elapsed_days(year + 3761) + _HEBREW_EPOCH)


#: The years the calendars dated by new moons and equinoxes are worked out for: those of their
#: present rules (China's since 1912, Iran's since 1925); the Chinese to 2100, as far as the
#: shortcut of :func:`lunar_new_year` for its leap months is known to hold, Iran's to the end of
#: the astronomical series' range.
_LUNAR_YEARS = range(1912, 2101)
_IRANIAN_YEARS = range(1925, 3000)


def lunar_new_year(year: int, utc_offset_hours: int = 8) -> dt.date:
    """The first day of the Chinese lunisolar year that begins in ``year``: the day (at the
    meridian of ``utc_offset_hours``, China's by default) of the second new moon after the day of
    the December solstice, or of the third where a leap month falls in between, as it did in
    2033-34 (the new year always falls between 21 January and 20 February). Vietnam counts its
    days at UTC+7 and Korea at UTC+9, so Tết or Seollal now and then falls a day off China's.

    >>> lunar_new_year(2025), lunar_new_year(2023), lunar_new_year(2034)
    (datetime.date(2025, 1, 29), datetime.date(2023, 1, 22), datetime.date(2034, 2, 19))
    >>> lunar_new_year(1968), lunar_new_year(1968, utc_offset_hours=7)
    (datetime.date(1968, 1, 30), datetime.date(1968, 1, 29))
    """
    offset = dt.timedelta(hours=utc_offset_hours)
    solstice_day = (december_solstice(year - 1) + offset).date()
    # The first new moon on a day after the solstice's starts the twelfth month; the next, the
    # first month of the new year.
    day_after_solstice = dt.datetime.combine(solstice_day + dt.timedelta(days=1), dt.time()) - offset
    lunation = lunation_after(day_after_solstice) + 1
    day = (new_moon(lunation) + offset).date()
    if day < dt.date(year, 1, 21):
        day = (new_moon(lunation + 1) + offset).date()
    return day


def nowruz(year: int) -> dt.date:
    """The Iranian New Year (1 Farvardin) of ``year``: the day of the March equinox at Tehran's
    meridian (UTC+3:30) if it comes before noon there, else the day after.

    >>> nowruz(2024), nowruz(2025)
    (datetime.date(2024, 3, 20), datetime.date(2025, 3, 21))
    """
    equinox = march_equinox(year) + dt.timedelta(hours=3, minutes=30)
    return equinox.date() + dt.timedelta(days=0 if equinox.hour < 12 else 1)


#: The new moon that began Ramadan of the Hijri year 1445 (on 10 March 2024): the months of other
#: Hijri years are counted in lunations from it.
_RAMADAN_1445_LUNATION = lunation_after(dt.datetime(2024, 3, 9))
#: The hours of Mecca's clock ahead of Universal Time, and the hour of its sunset, roughly.
_MECCA_OFFSET = dt.timedelta(hours=3)
_MECCA_SUNSET = dt.time(18, 30)


def hijri_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of the Hijri (Islamic) date ``day`` ``month`` ``year``, as Saudi Arabia's
    Umm al-Qura calendar reckons it: a month begins the day after the first sunset at Mecca that
    follows its new moon. Countries that wait to see the crescent may begin a day later, so the
    feasts this dates (Eid al-Fitr, Eid al-Adha, the Islamic New Year) are right to within a day.

    >>> hijri_date(1445, 10, 1), hijri_date(1444, 10, 1), hijri_date(1445, 12, 10)
    (datetime.date(2024, 4, 10), datetime.date(2023, 4, 21), datetime.date(2024, 6, 16))
    """
    conjunction = new_moon(_RAMADAN_1445_LUNATION + (year - 1445) * 12 + month - 9) + _MECCA_OFFSET
    first = conjunction.date() + dt.timedelta(days=1 if conjunction.time() < _MECCA_SUNSET else 2)
    return first + dt.timedelta(days=day - 1)


#: The first day (1 Vendémiaire) of each year of the French Republican calendar while France
#: kept it, Year I to Year XIV: the day of the autumn equinox at Paris, as the decree fixed it.
_REPUBLICAN_NEW_YEARS = (
    dt.date(1792, 9, 22), dt.date(1793, 9, 22), dt.date(1794, 9, 22), dt.date(1795, 9, 23),
    dt.date(1796, 9, 22), dt.date(1797, 9, 22), dt.date(1798, 9, 22), dt.date(1799, 9, 23),
    dt.date(1800, 9, 23), dt.date(1801, 9, 23), dt.date(1802, 9, 23), dt.date(1803, 9, 24),
    dt.date(1804, 9, 23), dt.date(1805, 9, 23),
)  # fmt: skip
#: Its months of thirty days, in order, and the five or six days after them.
REPUBLICAN_MONTHS = (
    "vendémiaire", "brumaire", "frimaire", "nivôse", "pluviôse", "ventôse",
    "germinal", "floréal", "prairial", "messidor", "thermidor", "fructidor",
)  # fmt: skip


def republican_date(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of ``day`` ``month`` of Year ``year`` of the French Republican calendar
    (Year I to XIV, months of thirty days), ``None`` outside the years France kept it.

    >>> republican_date(8, 2, 18), republican_date(2, 11, 9)
    (datetime.date(1799, 11, 9), datetime.date(1794, 7, 27))
    """
    if not 1 <= year <= len(_REPUBLICAN_NEW_YEARS) or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    return _REPUBLICAN_NEW_YEARS[year - 1] + dt.timedelta(days=(month - 1) * 30 + day - 1)


def _hijri_feast(month: int, day: int, year: int) -> dt.date | None:
    """The first day of ``year`` (Gregorian) that is ``day`` ``month`` of a Hijri year (its Hijri
    year is about 3% shorter, so a Gregorian year holds a Hijri date once, or now and then twice:
    Eid al-Fitr fell on 8 January and on 27 December 2000)."""
    approximate = round((year - 622) * 33 / 32)
    days = (hijri_date(hijri_year, month, day) for hijri_year in range(approximate - 2, approximate + 3))
    return next((day for day in days if day.year == year), None)


#: The hour of the evening (India's time, UTC+5:30) by which the last day of the dark half of a
#: lunar month must still be running for Diwali to be kept on it.
_INDIA_OFFSET = dt.timedelta(hours=5, minutes=30)
_DIWALI_EVENING = dt.timedelta(hours=19)


def diwali(year: int) -> dt.date:
    """Diwali (the Lakshmi puja) of ``year``: the new moon that ends the lunar month in which the
    Sun enters the sidereal sign of Libra (about 17 October), kept on the last evening before it,
    by India's clock.

    >>> diwali(2023), diwali(2020), diwali(2009)
    (datetime.date(2023, 11, 12), datetime.date(2020, 11, 14), datetime.date(2009, 10, 17))
    """
    # The ayanamsa (the sidereal zodiac's lag behind the tropical, 23.86 degrees in 2000 and
    # growing 50.3 arcseconds a year), in days of the Sun's motion after the September equinox.
    ayanamsa = 23.857 + (year - 2000) * 50.29 / 3600
    sun_enters_libra = september_equinox(year) + dt.timedelta(days=ayanamsa / 0.9856)
    conjunction = new_moon(lunation_after(sun_enters_libra)) + _INDIA_OFFSET
    return (conjunction - _DIWALI_EVENING).date()


#: The start of the name :func:`holiday_date` knows a weekday of a month by.
NTH_WEEKDAY_PREFIX = "weekday of month "
#: ... and the first or last day of a month (:func:`month_edge_name`).
MONTH_EDGE_PREFIX = "edge of month "


def nth_weekday_name(month: int, day_of_week: int, nth: int) -> str:
    """The name :func:`holiday_date` dates "the ``nth`` weekday of ``month``" by, as it dates a
    holiday ("the last Sunday of October" is found as "the last Monday of May", Memorial Day, is).

    >>> holiday_date(nth_weekday_name(10, 6, -1), 2014)
    datetime.date(2014, 10, 26)
    """
    return f"{NTH_WEEKDAY_PREFIX}{month} {day_of_week} {nth}"


def nth_weekday(year: int, month: int, day_of_week: int, nth: int) -> dt.date | None:
    """The ``nth`` weekday ``day_of_week`` (Monday = 0) of ``month`` in ``year``, counted from the
    month's end when ``nth`` is negative; ``None`` if the month has no such day (a fifth one)."""
    if nth > 0:
        day = dt.date(year, month, 1) + relativedelta(weekday=_WEEKDAYS[day_of_week](nth))
    else:
        last = dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1])
        day = last + relativedelta(weekday=_WEEKDAYS[day_of_week](nth))
    return day if day.month == month else None


def month_edge_name(month: int, *, last: bool) -> str:
    """The key :func:`holiday_date` reads for "the first (last) day of February": the last day
    depends on the year, which resolution chooses as for a holiday.

    >>> holiday_date(month_edge_name(2, last=True), 2024), holiday_date(month_edge_name(3, last=False), 2025)
    (datetime.date(2024, 2, 29), datetime.date(2025, 3, 1))
    """
    return month_day_name(month, -1 if last else 1)


def month_day_name(month: int, day: int) -> str:
    """The key :func:`holiday_date` reads for a day of a month counted from its start (``day``
    > 0) or from its end (-1 is the last day, -4 the last but three).

    >>> holiday_date(month_day_name(2, -4), 2024), holiday_date(month_day_name(6, 11), 2025)
    (datetime.date(2024, 2, 26), datetime.date(2025, 6, 11))
    """
    return f"{MONTH_EDGE_PREFIX}{month} {day}"


def in_month(name: str, month: int) -> str:
    """The key of the day ``name`` (a :func:`nth_weekday_name` or :func:`month_edge_name` key
    written for month 0, "of the month") names in ``month``.

    >>> holiday_date(in_month(month_edge_name(0, last=True), 6), 2025)
    datetime.date(2025, 6, 30)
    """
    for prefix in (NTH_WEEKDAY_PREFIX, MONTH_EDGE_PREFIX):
        if name.startswith(prefix + "0 "):
            return f"{prefix}{month} {name.removeprefix(prefix + '0 ')}"
    return name


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of the holiday ``name`` (a key of the English holiday tables, or of
    :func:`nth_weekday_name` or :func:`month_edge_name`) in ``year``.

    >>> holiday_date("Memorial Day", 2025), holiday_date("Memorial Day", 1950)
    (datetime.date(2025, 5, 26), datetime.date(1950, 5, 30))
    """
    key = name.lower()
    if key.startswith(MONTH_EDGE_PREFIX):
        # "the last day of February" (see :func:`month_edge_name`).
        month, day = (int(part) for part in key.removeprefix(MONTH_EDGE_PREFIX).split())
        return dt.date(year, month, _stdlib_calendar.monthrange(year, month)[1] + 1 + day if day < 0 else day)
    if key.endswith(" weekend"):
        # "Labor Day weekend", "the Easter weekend": the weekend next to the day, by its Saturday
        # (the one before a Monday or a Sunday, the one after a Thursday or a Friday).
        day = holiday_date(key.removesuffix(" weekend"), year)
        return None if day is None else weekday_near(day, 5, "nearest")
    if key == "election day":
        # United States: the Tuesday after the first Monday of November.
        first_monday = dt.date(year, 11, 1) + relativedelta(weekday=_WEEKDAYS[0](1))
        return first_monday + dt.timedelta(days=1)
    if key in en.FIXED_HOLIDAYS:
        month, day = en.FIXED_HOLIDAYS[key]
        return dt.date(year, month, day)
    if key in en.FIXED_BEFORE_MONDAY_HOLIDAYS and year < en.MONDAY_HOLIDAYS_FROM:
        month, day = en.FIXED_BEFORE_MONDAY_HOLIDAYS[key]
        return dt.date(year, month, day)
    if key == "super tuesday" and year in en.SUPER_TUESDAYS:
        return dt.date(year, *en.SUPER_TUESDAYS[year])
    if key in en.NTH_WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *en.NTH_WEEKDAY_HOLIDAYS[key])
    if key.startswith(NTH_WEEKDAY_PREFIX):
        # "the last Sunday of October" (see :func:`nth_weekday_name`).
        month, day_of_week, nth = (int(part) for part in key.removeprefix(NTH_WEEKDAY_PREFIX).split())
        return nth_weekday(year, month, day_of_week, nth)
    if key in en.THANKSGIVING_DAYS:
        thanksgiving = holiday_date("thanksgiving", year)
        return None if thanksgiving is None else thanksgiving + dt.timedelta(days=en.THANKSGIVING_DAYS[key])
    if key in en.EASTER_HOLIDAYS:
        return _easter(year) + dt.timedelta(days=en.EASTER_HOLIDAYS[key])
    if key in en.ORTHODOX_EASTER_HOLIDAYS and year >= _GREGORIAN_YEAR:
        return easter(year, EASTER_ORTHODOX) + dt.timedelta(days=en.ORTHODOX_EASTER_HOLIDAYS[key])
    if key in en.HEBREW_HOLIDAYS and year >= _GREGORIAN_YEAR:
        # (Days before the Gregorian calendar would need the Julian date a history gives.)
        return rosh_hashanah(year) + dt.timedelta(days=en.HEBREW_HOLIDAYS[key])
    if key in en.KISLEV_HOLIDAYS and year >= _GREGORIAN_YEAR:
        return first_of_kislev(year) + dt.timedelta(days=en.KISLEV_HOLIDAYS[key])
    if key in en.HIJRI_HOLIDAYS and year in _ASTRONOMY_YEARS:
        return _hijri_feast(*en.HIJRI_HOLIDAYS[key], year)
    if key in en.DIWALI_NAMES and year in _ASTRONOMY_YEARS:
        return diwali(year)
    if key in en.LUNAR_NEW_YEARS and year in _LUNAR_YEARS:
        return lunar_new_year(year, en.LUNAR_NEW_YEARS[key])
    if key in en.IRANIAN_NEW_YEARS and year in _IRANIAN_YEARS:
        return nowruz(year)
    if key in _SEASON_MOMENTS and year in _ASTRONOMY_YEARS:
        # The day of the moment in Universal Time (in the Americas, the evening before, at times).
        return _SEASON_MOMENTS[key](year).date()
    return None


#: The equinoxes and solstices by their table names (see ``en.EQUINOXES``), and the years the
#: series that give them hold for.
_SEASON_MOMENTS = {
    "march equinox": march_equinox,
    "june solstice": june_solstice,
    "september equinox": september_equinox,
    "december solstice": december_solstice,
}
_ASTRONOMY_YEARS = range(1000, 3001)


#: The days of the Gregorian year between which another calendar's new year always falls: the
#: Chinese one from 21 January to 20 February, Iran's on 20 to 22 March.
_LUNAR_NEW_YEAR_SPAN = ((1, 21), (2, 20))
_NOWRUZ_SPAN = ((3, 20), (3, 22))


def feast_span(name: str, year: int) -> tuple[dt.date, dt.date] | None:
    """The first and last day the feast ``name`` can fall on in ``year``, for a feast whose days
    :func:`holiday_date` may not know but whose season is sure (another calendar's new year);
    ``None`` for any other.

    >>> feast_span("chinese new year", 1900), feast_span("easter", 1900)
    ((datetime.date(1900, 1, 21), datetime.date(1900, 2, 20)), None)
    """
    key = name.lower()
    span = (
        _LUNAR_NEW_YEAR_SPAN
        if key in en.LUNAR_NEW_YEARS
        else _NOWRUZ_SPAN
        if key in en.IRANIAN_NEW_YEARS
        else None
    )
    if span is None:
        return None
    (first_month, first_day), (last_month, last_day) = span
    return dt.date(year, first_month, first_day), dt.date(year, last_month, last_day)


def us_offset(standard: str, day: dt.date) -> str | None:
    """The UTC offset a US zone keeps on ``day``: ``standard`` ("-05:00"), or an hour more while
    daylight saving time runs (since 2007 from the second Sunday of March to the first of
    November; 1987-2006 from the first Sunday of April, 1967-1986 from the last, to the last
    Sunday of October). ``None`` before 1967, when the rule was local.

    >>> us_offset("-05:00", dt.date(2025, 5, 9)), us_offset("-05:00", dt.date(2025, 12, 1))
    ('-04:00', '-05:00')
    >>> us_offset("-08:00", dt.date(1998, 4, 1)), us_offset("-08:00", dt.date(1998, 4, 5))
    ('-08:00', '-07:00')
    """
    if day.year >= 2007:
        start, end = nth_weekday(day.year, 3, 6, 2), nth_weekday(day.year, 11, 6, 1)
    elif day.year >= 1987:
        start, end = nth_weekday(day.year, 4, 6, 1), nth_weekday(day.year, 10, 6, -1)
    elif day.year >= 1967:
        start, end = nth_weekday(day.year, 4, 6, -1), nth_weekday(day.year, 10, 6, -1)
    else:
        return None
    hours = int(standard[:3])
    if start is not None and end is not None and start <= day < end:
        hours += 1
    return f"{'-' if hours < 0 else '+'}{abs(hours):02d}:00"


def weekday_of(day: dt.date) -> int:
    """The weekday (Monday = 0) of a day as a history writes it: before 1583 the date is a Julian
    one (Hastings, "Saturday, 14 October 1066"), whose weekday is not that of the same numbers in
    the proleptic Gregorian calendar Python counts in.

    >>> weekday_of(dt.date(1066, 10, 14)), weekday_of(dt.date(2025, 5, 9))
    (5, 4)
    """
    if day.year >= _GREGORIAN_YEAR:
        return day.weekday()
    return _julian_weekday(day)


def _julian_weekday(day: dt.date) -> int:
    """The weekday (Monday = 0) of the Julian date with the numbers of ``day``."""
    # The Julian day number of the Julian date; its remainder by 7 is the weekday from Monday.
    shift = (14 - day.month) // 12
    year, month = day.year + 4800 - shift, day.month + 12 * shift - 3
    return (day.day + (153 * month + 2) // 5 + 365 * year + year // 4 - 32083) % 7


#: The year after which Britain and its colonies (in 1752) and Sweden (1753) had left the Julian
#: calendar: a history of their wars may date the days before it Old Style.
_LAST_OLD_STYLE_YEAR = 1752


def weekdays_of(day: dt.date) -> frozenset[int]:
    """The weekdays a history may give a day on: :func:`weekday_of`'s, and between the Gregorian
    reform and 1752 the Old Style (Julian) one too ("On Sunday, 2 September [1666], the Great
    Fire broke out", in London's calendar).

    >>> sorted(weekdays_of(dt.date(1666, 9, 2))), sorted(weekdays_of(dt.date(2025, 5, 9)))
    ([3, 6], [4])
    """
    if _GREGORIAN_YEAR <= day.year <= _LAST_OLD_STYLE_YEAR:
        return frozenset({day.weekday(), _julian_weekday(day)})
    return frozenset({weekday_of(day)})


def falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether the day ``day`` of ``month`` in ``year`` is the weekday ``weekday`` (Monday = 0), as
    :func:`weekdays_of` counts it (Old Style too, up to 1752); no such day is none.

    >>> falls_on(1916, 4, 29, 5), falls_on(2011, 4, 29, 5), falls_on(2011, 2, 30, 0)
    (True, False, False)
    """
    try:
        return weekday in weekdays_of(dt.date(year, month, day))
    except ValueError:
        return False


def weekday_near(anchor: dt.date, day_of_week: int, direction: str) -> dt.date:
    """The weekday ``day_of_week`` (Monday = 0) nearest ``anchor`` in ``direction``.

    ``"past"`` gives the anchor itself or the latest one before it; ``"future"`` the anchor itself
    or the next one; ``"strict_past"``/``"strict_future"`` skip the anchor day; ``"nearest"``
    the closest either way (ties go to the past).
    """
    anchor_day = weekday_of(anchor)
    if direction in ("past", "strict_past"):
        back = (anchor_day - day_of_week) % 7
        if back == 0 and direction == "strict_past":
            back = 7
        return anchor - dt.timedelta(days=back)
    if direction in ("future", "strict_future"):
        ahead = (day_of_week - anchor_day) % 7
        if ahead == 0 and direction == "strict_future":
            ahead = 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor_day - day_of_week) % 7
    ahead = (day_of_week - anchor_day) % 7
    return anchor - dt.timedelta(days=back) if back <= ahead else anchor + dt.timedelta(days=ahead)


def shift_date(anchor: dt.date, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> dt.date:
    """``anchor`` moved by calendar units, clamping to the month's end (Jan 31 + 1 month = Feb 28).

    (The date ``anchor + relativedelta(...)`` gives, and the same errors beyond the calendar,
    in plain arithmetic: resolution shifts most expressions, and a relativedelta costs several
    times as much to build and add.)

    >>> shift_date(dt.date(2024, 1, 31), months=1), shift_date(dt.date(2024, 2, 29), years=-1, weeks=1)
    (datetime.date(2024, 2, 29), datetime.date(2023, 3, 7))
    """
    if years or months:
        year, month = divmod(anchor.month - 1 + months, 12)
        year, month = anchor.year + years + year, month + 1
        anchor = anchor.replace(year=year, month=month, day=min(anchor.day, _month_length(year, month)))
    return anchor + dt.timedelta(weeks=weeks, days=days)


def _month_length(year: int, month: int) -> int:
    return _stdlib_calendar.monthrange(year, month)[1]


#: The months of each meteorological season, counted in the year that names it: ``(first, end)``,
#: ``end`` excluded, and months 13 and 14 are January and February of the year after. A winter
#: belongs to the year it starts in: ``2025-WI`` runs from December 2025 through February 2026.
#: In the order of the seasons within that year.
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 15)}


def season_of(day: dt.date) -> tuple[int, str]:
    """The meteorological season of ``day`` and the year that names it (a winter: the year it
    starts in, so January and February are in the winter of the year before).

    >>> season_of(dt.date(2024, 12, 15)), season_of(dt.date(2025, 2, 1)), season_of(dt.date(2025, 5, 9))
    ((2024, 'WI'), (2024, 'WI'), (2025, 'SP'))
    """
    for season, (first, end) in SEASON_MONTHS.items():
        if first <= day.month < end:
            return day.year, season
        if first <= day.month + 12 < end:
            return day.year - 1, season
    raise AssertionError(day)  # every month is in a season


def season_of_month(month: int) -> tuple[int, str]:
    """The season ``month`` is in, and how many years the year that names it lies from the
    month's own (-1 for January and February, in the winter that began the December before).

    >>> season_of_month(1), season_of_month(4), season_of_month(12)
    ((-1, 'WI'), (0, 'SP'), (0, 'WI'))
    """
    year, season = season_of(dt.date(2000, month, 1))
    return year - 2000, season


def season_bounds(year: int, season: str) -> tuple[dt.date, dt.date]:
    """The ``[start, end)`` of the season ``year`` names.

    >>> season_bounds(2025, "WI")
    (datetime.date(2025, 12, 1), datetime.date(2026, 3, 1))
    """
    first, end = SEASON_MONTHS[season]
    new_year = dt.date(year, 1, 1)
    return shift_date(new_year, months=first - 1), shift_date(new_year, months=end - 1)


def is_short_day_range(month: int, day: int, end_month: int, end_day: int) -> bool:
    """Whether two days written as a range ("3/25-3/29", "3/28-4/2") run forward within a month's
    span: later in the same month, or earlier in the next one. A range of fractions runs the
    other way or jumps months ("1/4-1/2", "1/4-3/4").

    >>> is_short_day_range(3, 25, 3, 29), is_short_day_range(12, 28, 1, 3), is_short_day_range(1, 4, 1, 2)
    (True, True, False)
    """
    if end_month == month:
        return end_day > day
    return end_month == month % 12 + 1 and end_day < day
