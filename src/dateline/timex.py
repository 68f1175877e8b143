"""The output record, :class:`Timex`, and the TIMEX3 value grammar.

A :class:`Timex` is what :func:`dateline.annotate` returns for every temporal expression: where it
is in the text, its TIMEX3 ``type`` and ``value``, an optional ``mod``, and its provenance (the rule
that found it and what it was resolved against).

The value grammar is written once, here, as :data:`TIMEX3_VALUE`; :func:`validate` checks a string
against it and :meth:`Timex.interval` turns a calendar value into a concrete ``[start, end)``.

>>> validate("2025-05-08")
'2025-05-08'
>>> interval("2025-09")
(datetime.datetime(2025, 9, 1, 0, 0), datetime.datetime(2025, 10, 1, 0, 0))
>>> interval("P4D") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from dateutil.relativedelta import relativedelta

from dateline.calendar import SEASON_MONTHS, season_bounds
from dateline.errors import InvalidTimexValueError

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")

Mod = Literal[
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
]
MODS: tuple[str, ...] = (
    "START",
    "MID",
    "END",
    "APPROX",
    "BEFORE",
    "AFTER",
    "ON_OR_BEFORE",
    "ON_OR_AFTER",
    "LESS_THAN",
    "MORE_THAN",
    "EQUAL_OR_LESS",
    "EQUAL_OR_MORE",
)

_YEAR = r"(?:BC)?[0-9X]{4}"
_MONTH = r"(?:0[1-9]|1[0-2]|XX)"
_DAY = r"(?:0[1-9]|[12][0-9]|3[01]|XX)"
_WEEK = r"(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)"
_PART_OF_DAY = r"(?:MO|MI|AF|EV|NI|DT)"
_CLOCK = r"(?:[01][0-9]|2[0-4]|XX)(?::(?:[0-5][0-9]|XX)(?::(?:[0-5][0-9]|60)(?:\.[0-9]+)?)?)?"
_ZONE = r"(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)"
_TIME = rf"T(?:{_CLOCK}|{_PART_OF_DAY}){_ZONE}?"
_DATE = rf"{_YEAR}(?:-(?:{_MONTH}(?:-{_DAY})?|W{_WEEK}(?:-(?:[1-7X]|WE))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?"
_DECADE_CENTURY = r"(?:BC)?[0-9]{2,3}X{0,2}"
_NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|X)"
_DURATION = (
    rf"P(?:(?:{_NUMBER}(?:Y|M|W|D|Q|DE|CE|ML|WE|L))+(?:T(?:{_NUMBER}[HMS])+)?"
    rf"|T(?:{_NUMBER}[HMS])+)"
)

#: The TIMEX3 value grammar (TimeML 1.2.1), as one regular expression over the whole value.
TIMEX3_VALUE = re.compile(
    rf"(?:{_DATE}(?:{_TIME})?|{_DECADE_CENTURY}|{_DURATION}|PRESENT_REF|PAST_REF|FUTURE_REF"
    rf"|{_TIME})"
)


#: The calendar parts of a value that must name a real day or week (compiled once: the check
#: runs for every timex).
_DAY_VALUE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_WEEK_VALUE = re.compile(r"([0-9]{4})-W([0-9]{2})")


def is_valid_value(value: str) -> bool:
    """Tell whether ``value`` is a well-formed TIMEX3 value that names a real calendar date.

    >>> is_valid_value("2024-02-29"), is_valid_value("2025-02-29"), is_valid_value("P1H")
    (True, False, False)
    """
    if not isinstance(value, str) or TIMEX3_VALUE.fullmatch(value) is None:
        return False
    match = _DAY_VALUE.match(value)
    if match:
        try:
            dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return False
    week = _WEEK_VALUE.match(value)
    if week:
        weeks_in_year = dt.date(int(week[1]), 12, 28).isocalendar()[1]
        if int(week[2]) > weeks_in_year:
            return False
    return True


def validate(value: str) -> str:
    """Return ``value`` unchanged if it is a valid TIMEX3 value, else raise.

    Raises:
        InvalidTimexValueError: ``value`` does not match the TIMEX3 value grammar or names a day
            that does not exist (``2025-02-29``, ``2025-W53``).

    >>> validate("2025-W19")
    '2025-W19'
    >>> validate("2025-13")
    Traceback (most recent call last):
    ...
    dateline.errors.InvalidTimexValueError: '2025-13' is not a valid TIMEX3 value ...
    """
    if not is_valid_value(value):
        raise InvalidTimexValueError(
            f"{value!r} is not a valid TIMEX3 value (expected forms such as 2025-05-08, 2025-09, "
            "2025-W19, 2025-Q1, 199, 2025-05-08T14:30, P4D, PT2H or PRESENT_REF)"
        )
    return value


_PART_OF_DAY_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30)}
_PART_OF_DAY_HOURS["DT"] = (8, 18)


def interval(value: str) -> tuple[dt.datetime, dt.datetime] | None:
    """The concrete ``[start, end)`` of a calendar value, or ``None`` when it has none.

    Durations, fuzzy references (``PAST_REF``) and values with unknown digits (``XXXX-09``) have no
    interval. Seasons follow the meteorological calendar; a winter runs December to February and
    belongs to the year it starts in (``2025-WI`` is December 2025 to February 2026). A weekend
    is Saturday and Sunday.

    >>> interval("2025-W19")
    (datetime.datetime(2025, 5, 5, 0, 0), datetime.datetime(2025, 5, 12, 0, 0))
    >>> interval("199")
    (datetime.datetime(1990, 1, 1, 0, 0), datetime.datetime(2000, 1, 1, 0, 0))
    >>> interval("2025-WI")
    (datetime.datetime(2025, 12, 1, 0, 0), datetime.datetime(2026, 3, 1, 0, 0))
    >>> interval("2025-05-08T14:30")
    (datetime.datetime(2025, 5, 8, 14, 30), datetime.datetime(2025, 5, 8, 14, 31))
    """
    if "X" in value or value.startswith(("P", "BC")) or value.endswith("_REF"):
        return None
    date_part, _, time_part = value.partition("T")
    try:
        return _date_interval(date_part, time_part)
    except (ValueError, OverflowError):
        return None


def _date_interval(date_part: str, time_part: str) -> tuple[dt.datetime, dt.datetime] | None:
    if re.fullmatch(r"[0-9]{2}", date_part):
        start = dt.datetime(max(int(date_part) * 100, 1), 1, 1)
        return start, dt.datetime(int(date_part) * 100 + 100, 1, 1)
    if re.fullmatch(r"[0-9]{3}", date_part):
        start = dt.datetime(max(int(date_part) * 10, 1), 1, 1)
        return start, dt.datetime(int(date_part) * 10 + 10, 1, 1)
    pieces = date_part.split("-")
    year = int(pieces[0])
    if len(pieces) == 1:
        return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)
    second = pieces[1]
    if second.startswith("W") and second != "WI":  # a week, not winter
        monday = dt.datetime.fromisocalendar(year, int(second[1:]), 1)
        if len(pieces) == 2:
            return monday, monday + dt.timedelta(days=7)
        if pieces[2] == "WE":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7)
        day = monday + dt.timedelta(days=int(pieces[2]) - 1)
        return day, day + dt.timedelta(days=1)
    if second[0] in "QH":
        months = 3 if second[0] == "Q" else 6
        start = dt.datetime(year, 1, 1) + relativedelta(months=months * (int(second[1]) - 1))
        return start, start + relativedelta(months=months)
    if second in SEASON_MONTHS:
        first, end = season_bounds(year, second)
        return dt.datetime.combine(first, dt.time()), dt.datetime.combine(end, dt.time())
    month = int(second)
    if len(pieces) == 2:
        start = dt.datetime(year, month, 1)
        return start, start + relativedelta(months=1)
    day = dt.datetime(year, month, int(pieces[2]))
    if not time_part:
        return day, day + dt.timedelta(days=1)
    return _time_interval(day, time_part)


def _time_interval(day: dt.datetime, time_part: str) -> tuple[dt.datetime, dt.datetime] | None:
    clock = re.match(r"([0-9]{2})(?::([0-9]{2})(?::([0-9]{2}))?)?", time_part)
    if clock is None:
        hours = _PART_OF_DAY_HOURS.get(time_part[:2])
        if hours is None:
            return None
        return day + dt.timedelta(hours=hours[0]), day + dt.timedelta(hours=hours[1])
    hour, minute, second = (int(group) if group else None for group in clock.groups())
    start = day + dt.timedelta(hours=hour or 0, minutes=minute or 0, seconds=second or 0)
    if second is not None:
        return start, start + dt.timedelta(seconds=1)
    if minute is not None:
        return start, start + dt.timedelta(minutes=1)
    return start, start + dt.timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression found in a text, with its TIMEX3 annotation.

    Attributes:
        text: the expression as it stands in the text; ``source[start:end] == text``.
        start: offset of its first character in the annotated text.
        end: offset just past its last character.
        type: ``"DATE"``, ``"TIME"``, ``"DURATION"`` or ``"SET"``.
        value: the TIMEX3 value (``2025-05-08``, ``XXXX-09``, ``P4D``, ``PRESENT_REF``, ...).
        mod: the TIMEX3 ``mod`` (``START``, ``APPROX``, ``MORE_THAN``, ...) or ``None``.
        freq: for sets, how often (``1X``); else ``None``.
        quant: for sets, the quantifier (``EVERY``); else ``None``.
        anchor: what the value was resolved against: ``"DCT"``, the ``tid`` of an earlier timex
            (``"t3"`` is the third timex of the text), or ``None`` when the text said it all.
        rule: the name of the rule that found the expression.
        implied: the calendar fields that came from the anchor rather than from the text.

    >>> from dateline import annotate
    >>> timex = annotate("The talks ended on May 8.", dct="2025-05-09")[0]
    >>> timex.text, timex.value, timex.anchor, timex.implied
    ('May 8', '2025-05-08', 'DCT', ('year',))
    >>> timex.interval()
    (datetime.datetime(2025, 5, 8, 0, 0), datetime.datetime(2025, 5, 9, 0, 0))
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: Mod | None = None
    freq: str | None = None
    quant: str | None = None
    anchor: str | None = None
    rule: str = ""
    implied: tuple[str, ...] = field(default=())

    def interval(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The concrete ``[start, end)`` of the value, or ``None`` (see :func:`interval`)."""
        if self.type in ("DURATION", "SET"):
            return None
        return interval(self.value)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary of the fields that are set.

        >>> Timex("May", 0, 3, "DATE", "2025-05", rule="date.month").to_dict()
        {'text': 'May', 'start': 0, 'end': 3, 'type': 'DATE', 'value': '2025-05', 'rule': 'date.month'}
        """
        record: dict[str, object] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
        }
        for name in ("mod", "freq", "quant", "anchor"):
            attribute = getattr(self, name)
            if attribute is not None:
                record[name] = attribute
        if self.rule:
            record["rule"] = self.rule
        if self.implied:
            record["implied"] = list(self.implied)
        return record
