"""The few moments of the sky that calendars other than the Gregorian hang their new years on, and
that news names as days of their own: new moons, the equinoxes and the solstices, from the series
in Jean Meeus, *Astronomical Algorithms* (2nd ed., chapters 27 and 49), to within a few minutes
for the years 1000 to 3000.

The series give Terrestrial Time; the times here are Universal Time, the difference between the
two read from its measured values since 1900 (and from the long-term parabola of Morrison and
Stephenson outside them): to within a minute or two, which no date these serve depends on.

>>> new_moon_after(dt.datetime(2025, 3, 1)).strftime("%Y-%m-%d %H:%M")
'2025-03-29 10:57'
>>> december_solstice(2024).strftime("%Y-%m-%d %H:%M"), march_equinox(2025).strftime("%Y-%m-%d %H:%M")
('2024-12-21 09:20', '2025-03-20 09:01')
"""

from __future__ import annotations

import datetime as dt
import itertools
import math

#: The Julian day of 2000-01-01 00:00 UT, and that day as a ``datetime``: Julian days are counted
#: from it.
_J2000_MIDNIGHT = 2451544.5
_J2000 = dt.datetime(2000, 1, 1)
#: The mean length of a lunation (days), and the Julian day of the mean new moon of 6 January 2000
#: that lunations are counted from.
_SYNODIC_MONTH = 29.530588861
_FIRST_NEW_MOON = 2451550.09766
#: The seconds of a mean Gregorian year, to tell the year of a moment for Delta T.
_SECONDS_PER_YEAR = 31556952


def _sin(degrees: float) -> float:
    return math.sin(math.radians(degrees))


def _cos(degrees: float) -> float:
    return math.cos(math.radians(degrees))


#: Terrestrial minus Universal Time (seconds) as measured at the start of some years.
_MEASURED_DELTA_T = (
    (1900, -2.7), (1920, 21.2), (1950, 29.1), (1970, 40.2), (1990, 56.9), (2000, 63.8), (2010, 66.1),
    (2020, 69.4), (2025, 69.2),
)  # fmt: skip


def _delta_t(year: float) -> float:
    """Terrestrial minus Universal Time (seconds) in ``year``: the measured values, joined by
    straight lines, and the long-term parabola beyond them."""
    first, last = _MEASURED_DELTA_T[0], _MEASURED_DELTA_T[-1]
    if first[0] <= year <= last[0]:
        for (start, start_value), (end, end_value) in itertools.pairwise(_MEASURED_DELTA_T):
            if year <= end:
                return start_value + (end_value - start_value) * (year - start) / (end - start)
    parabola = -20 + 32 * ((year - 1820) / 100) ** 2
    # (Shifted to meet the measured values at their ends.)
    edge = first if year < first[0] else last
    return parabola - (-20 + 32 * ((edge[0] - 1820) / 100) ** 2) + edge[1]


def _datetime(julian_day: float) -> dt.datetime:
    """The moment (UT) of a Julian day of Terrestrial Time, to the second."""
    seconds = (julian_day - _J2000_MIDNIGHT) * 86400
    return _J2000 + dt.timedelta(seconds=round(seconds - _delta_t(2000 + seconds / _SECONDS_PER_YEAR)))


def _julian_day(moment: dt.datetime) -> float:
    """The Julian day of Terrestrial Time of a moment (UT)."""
    seconds = (moment - _J2000).total_seconds()
    return _J2000_MIDNIGHT + (seconds + _delta_t(2000 + seconds / _SECONDS_PER_YEAR)) / 86400


#: The periodic terms of the new moon (Meeus, table 49.A): coefficient, powers of E (the
#: eccentricity factor) and multiples of the Sun's mean anomaly M, the Moon's M' and its argument
#: of latitude F.
_NEW_MOON_TERMS = (
    (-0.40720, 0, 0, 1, 0), (0.17241, 1, 1, 0, 0), (0.01608, 0, 0, 2, 0), (0.01039, 0, 0, 0, 2),
    (0.00739, 1, -1, 1, 0), (-0.00514, 1, 1, 1, 0), (0.00208, 2, 2, 0, 0), (-0.00111, 0, 0, 1, -2),
    (-0.00057, 0, 0, 1, 2), (0.00056, 1, 1, 2, 0), (-0.00042, 0, 0, 3, 0), (0.00042, 1, 1, 0, 2),
    (0.00038, 1, 1, 0, -2), (-0.00024, 1, -1, 2, 0), (-0.00007, 0, 2, 1, 0), (0.00004, 0, 0, 2, -2),
    (0.00004, 0, 3, 0, 0), (0.00003, 0, 1, 1, -2), (0.00003, 0, 0, 2, 2), (-0.00003, 0, 1, 1, 2),
    (0.00003, 0, -1, 1, 2), (-0.00002, 0, -1, 1, -2), (-0.00002, 0, 1, 3, 0), (0.00002, 0, 0, 4, 0),
)  # fmt: skip
#: The planets' pull on the new moon (Meeus, chapter 49): coefficient, and the argument's value
#: at lunation 0 and its change per lunation (degrees).
_PLANETARY_TERMS = (
    (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
)  # fmt: skip


def _new_moon(lunation: int) -> float:
    """The Julian day of new moon number ``lunation`` (0 is that of 6 January 2000)."""
    t = lunation / 1236.85
    mean = _FIRST_NEW_MOON + _SYNODIC_MONTH * lunation
    julian_day = mean + 0.00015437 * t**2 - 0.000000150 * t**3 + 0.00000000073 * t**4
    eccentricity = 1 - 0.002516 * t - 0.0000074 * t**2
    sun = 2.5534 + 29.10535670 * lunation - 0.0000014 * t**2 - 0.00000011 * t**3
    moon = 201.5643 + 385.81693528 * lunation + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4
    latitude = 160.7108 + 390.67050284 * lunation - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4
    node = 124.7746 - 1.56375588 * lunation + 0.0020672 * t**2 + 0.00000215 * t**3
    for coefficient, power, of_sun, of_moon, of_latitude in _NEW_MOON_TERMS:
        argument = of_sun * sun + of_moon * moon + of_latitude * latitude
        julian_day += coefficient * eccentricity**power * _sin(argument)
    julian_day += -0.00017 * _sin(node)
    for index, (coefficient, start, per_lunation) in enumerate(_PLANETARY_TERMS):
        # (The first argument also has a term in the square of the time.)
        argument = start + per_lunation * lunation - (0.009173 * t**2 if index == 0 else 0)
        julian_day += coefficient * _sin(argument)
    return julian_day


def lunation_after(moment: dt.datetime) -> int:
    """The number of the first new moon after ``moment`` (UT), counted from that of 6 January
    2000: :func:`new_moon` gives its time, and the next new moon is the next number."""
    target = _julian_day(moment)
    lunation = math.floor((target - _FIRST_NEW_MOON) / _SYNODIC_MONTH) - 1
    while _new_moon(lunation) <= target:
        lunation += 1
    return lunation


def new_moon(lunation: int) -> dt.datetime:
    """The moment (UT) of new moon number ``lunation`` (see :func:`lunation_after`)."""
    return _datetime(_new_moon(lunation))


def new_moon_after(moment: dt.datetime) -> dt.datetime:
    """The first new moon (UT) after ``moment``.

    >>> new_moon_after(dt.datetime(2024, 4, 1)).strftime("%Y-%m-%d %H:%M")
    '2024-04-08 18:20'
    """
    return new_moon(lunation_after(moment))


#: The periodic terms of the equinoxes and solstices (Meeus, table 27.C): amplitude, phase and
#: rate (degrees per Julian century).
_SEASON_TERMS = (
    (485, 324.96, 1934.136), (203, 337.23, 32964.467), (199, 342.08, 20.186), (182, 27.85, 445267.112),
    (156, 73.14, 45036.886), (136, 171.52, 22518.443), (77, 222.54, 65928.934), (74, 296.72, 3034.906),
    (70, 243.58, 9037.513), (58, 119.81, 33718.147), (52, 297.17, 150.678), (50, 21.02, 2281.226),
    (45, 247.54, 29929.562), (44, 325.15, 31555.956), (29, 60.93, 4443.417), (18, 155.12, 67555.328),
    (17, 288.79, 4562.452), (16, 198.04, 62894.029), (14, 199.76, 31436.921), (12, 95.39, 14577.848),
    (12, 287.11, 31931.756), (12, 320.81, 34777.259), (9, 227.73, 1222.114), (8, 15.45, 16859.074),
)  # fmt: skip


def _season_moment(mean: float) -> dt.datetime:
    """The true moment of an equinox or solstice from its mean Julian day (Meeus, chapter 27)."""
    t = (mean - 2451545.0) / 36525
    w = 35999.373 * t - 2.47
    speed = 1 + 0.0334 * _cos(w) + 0.0007 * _cos(2 * w)
    terms = sum(amplitude * _cos(phase + rate * t) for amplitude, phase, rate in _SEASON_TERMS)
    return _datetime(mean + 0.00001 * terms / speed)


def june_solstice(year: int) -> dt.datetime:
    """The June solstice of ``year`` (UT).

    >>> june_solstice(2024).strftime("%Y-%m-%d %H:%M")
    '2024-06-20 20:50'
    """
    y = (year - 2000) / 1000
    return _season_moment(2451716.56767 + 365241.62603 * y + 0.00325 * y**2 + 0.00888 * y**3 - 0.00030 * y**4)


def september_equinox(year: int) -> dt.datetime:
    """The September equinox of ``year`` (UT).

    >>> september_equinox(2024).strftime("%Y-%m-%d %H:%M")
    '2024-09-22 12:43'
    """
    y = (year - 2000) / 1000
    return _season_moment(2451810.21715 + 365242.01767 * y - 0.11575 * y**2 + 0.00337 * y**3 + 0.00078 * y**4)


def december_solstice(year: int) -> dt.datetime:
    """The December solstice of ``year`` (UT)."""
    y = (year - 2000) / 1000
    return _season_moment(2451900.05952 + 365242.74049 * y - 0.06223 * y**2 - 0.00823 * y**3 + 0.00032 * y**4)


def march_equinox(year: int) -> dt.datetime:
    """The March equinox of ``year`` (UT)."""
    y = (year - 2000) / 1000
    return _season_moment(2451623.80984 + 365242.37404 * y + 0.05169 * y**2 - 0.00411 * y**3 - 0.00057 * y**4)
