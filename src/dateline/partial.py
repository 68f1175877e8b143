"""The typed value between parsing and resolution: what the text says, and nothing more.

A :class:`PartialTime` is HeidelTime's underspecified ``UNDEF-…`` string made typed, with chrono's
split between *known* fields (said by the text) and fields left ``None`` (to be implied later by
:mod:`dateline.resolve` from the publication date or the previous reference time).

>>> september = PartialTime(month=9, grain=Grain.MONTH)
>>> september.year is None, september.grain.name
(True, 'MONTH')
>>> last_week = PartialTime(shift=Shift(Grain.WEEK, -1), anchor="dct", grain=Grain.WEEK)
>>> last_week.is_relative
True
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, fields
from enum import IntEnum
from typing import Literal, TypeVar

Anchor = Literal["dct", "ref"]
Direction = Literal["past", "future", "same", "this", "strict_past", "strict_future", "nearest", "closest"]
Kind = Literal["date", "duration", "ref", "set"]


class Grain(IntEnum):
    """How fine a value is; larger is finer.

    >>> Grain.DAY > Grain.MONTH
    True
    """

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF = 4
    QUARTER = 5
    SEASON = 6
    MONTH = 7
    WEEK = 8
    DAY = 9
    PART_OF_DAY = 10
    HOUR = 11
    MINUTE = 12
    SECOND = 13


@dataclass(frozen=True, slots=True)
class Shift:
    """Move an anchor by ``amount`` units of ``unit`` ("3 days ago" is ``Shift(DAY, -3)``)."""

    unit: Grain
    amount: int


_Frozen = TypeVar("_Frozen")


def fills_slots_directly(cls: type[_Frozen]) -> type[_Frozen]:
    """Give a frozen dataclass with slots an ``__init__`` that fills each slot through its
    descriptor: the signature and defaults of the one ``dataclass`` writes, in half its time.
    (That one gets past the frozen ``__setattr__`` with an ``object.__setattr__`` call by name for
    each field; :class:`PartialTime` has 35 fields, and a pass over a corpus makes thousands.)"""
    written = cls.__init__
    parameters, lines = [], []
    namespace: dict[str, object] = {}
    for field in fields(cls):  # type: ignore[arg-type]
        if field.default_factory is not MISSING or not field.init or "__post_init__" in vars(cls):
            raise TypeError(f"{cls.__name__}.{field.name} needs the __init__ dataclass writes")
        namespace[f"_set_{field.name}"] = getattr(cls, field.name).__set__
        if field.default is MISSING:
            parameters.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            parameters.append(f"{field.name}=_default_{field.name}")
        lines.append(f"    _set_{field.name}(self, {field.name})")
    exec(f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(lines), namespace)
    init = namespace["__init__"]
    init.__annotations__ = written.__annotations__  # type: ignore[attr-defined]
    init.__qualname__ = written.__qualname__  # type: ignore[attr-defined]
    cls.__init__ = init  # type: ignore[misc]
    return cls


@fills_slots_directly
@dataclass(frozen=True, slots=True)
class PartialTime:
    """A temporal value as the text gives it; ``None`` fields are unknown, not defaulted.

    Attributes:
        kind: ``"date"`` (a point or period on the calendar, DATE or TIME), ``"duration"``,
            ``"ref"`` (``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``) or ``"set"``.
        year, month, day, hour, minute, second: calendar fields the text states.
        weekday: Monday = 0; ``week``: ISO week; ``quarter``/``half``: 1-based;
        season: ``SP``/``SU``/``FA``/``WI``; part_of_day: ``MO``/``MI``/``AF``/``EV``/``NI``/``DT``.
        weekend: the text names a weekend.
        decade, century: ``199`` for the 1990s, ``19`` for the 20th century (1900s); a decade
            below 10 is one without its century ("the nineties" is 9).
        bc: a year before the common era.
        zone: the UTC offset of a zone the text writes ("+02:00", "Z"); a US zone written without
            standard or daylight time ("8 p.m. ET") is its standard offset after
            :data:`US_ZONE_PREFIX`, and its day decides (see :func:`dateline.calendar.us_offset`).
        grain: the finest unit the text gives.
        shift: for relative expressions, the move away from the anchor.
        anchor: ``"dct"`` for deictic expressions ("yesterday"), ``"ref"`` for anaphoric ones
            ("the day before"), ``None`` when the text gives an absolute value or leaves the
            choice to resolution (a bare "September").
        direction: what the text itself says about past or future ("last Tuesday" is past);
            ``None`` leaves it to the clause's tense.
        mod: TIMEX3 ``mod``.
        duration: for durations, ``(amount, unit letter)`` pairs; ``None`` amount is ``X``.
        value: a value the rule gives in full (set values, fuzzy references).
        freq, quant: for sets.
        holiday_name: a named day whose date depends on the year (Easter, Thanksgiving).
        yy: a two-digit year ("'98") whose century resolution chooses.
        anchor_grain: an anaphoric expression that needs a reference of exactly this grain
            ("the quarter" refers back to a quarter, not to a day).
        fallback_shift: with no such reference, the shift (in units of ``grain``) from the DCT
            ("the latest quarter" in news is the one before the DCT's own).
        inherit_grain: take the grain of a quarter/half-year reference ("a year earlier" after
            "the third quarter" is the same quarter a year before).
        offset: a move from the date the text names, made once that date is resolved ("three days
            before May 5" is May 5 resolved, then ``Shift(DAY, -3)``).
        speech_time: the expression is anchored on the moment of writing even in a narrative
            ("today", "three years ago"); other DCT-anchored expressions ("that year", "the end
            of the month") follow the story's reference time in narratives.
        day_in_month: a day named inside the month the rest resolves to ("the last day of next
            month", "the first Monday of the month"): a :func:`dateline.calendar.holiday_date`
            key written for month 0 (:func:`dateline.calendar.in_month` fills the month in).
    """

    kind: Kind = "date"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    weekday: int | None = None
    week: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    part_of_day: str | None = None
    weekend: bool = False
    decade: int | None = None
    century: int | None = None
    bc: bool = False
    zone: str | None = None
    grain: Grain = Grain.DAY
    shift: Shift | None = None
    anchor: Anchor | None = None
    direction: Direction | None = None
    mod: str | None = None
    duration: tuple[tuple[float | None, str], ...] = ()
    value: str | None = None
    freq: str | None = None
    quant: str | None = None
    holiday_name: str | None = None
    yy: int | None = None
    anchor_grain: Grain | None = None
    fallback_shift: int = 0
    inherit_grain: bool = False
    speech_time: bool = False
    offset: Shift | None = None
    #: "the fiscal year": the fiscal year the report last named, if it named one ("fiscal 2015").
    fiscal: bool = False
    day_in_month: str | None = None
    #: "the full year" in a report: told in the past tense in the weeks a year's results take
    #: to come out, the year just closed ("For the full year, revenue climbed 9%", written in
    #: January).
    reported: bool = False

    @property
    def is_relative(self) -> bool:
        """Whether resolution needs an anchor (a DCT or an earlier reference time)."""
        return self.anchor is not None

    @property
    def is_plain_today(self) -> bool:
        """Whether this is a bare "today": the day of writing, with no part of it ("this
        morning") and no place in it ("later today")."""
        return (
            self.speech_time
            and self.shift is not None
            and self.shift.unit == Grain.DAY
            and self.shift.amount == 0
            and self.grain == Grain.DAY
            and self.part_of_day is None
            and self.mod is None
        )

    @property
    def is_bare_clock(self) -> bool:
        """Whether this is a clock time that names no day ("3 p.m."): the text names it elsewhere."""
        return (
            self.kind == "date"
            and self.hour is not None
            and self.anchor is None
            and self.day is None
            and self.weekday is None
        )

    @property
    def is_time(self) -> bool:
        """Whether the value is finer than a day (a TIMEX3 TIME)."""
        return self.kind == "date" and self.grain >= Grain.PART_OF_DAY

    def but(self, **changes: object) -> PartialTime:
        """A copy with some fields changed, as ``dataclasses.replace`` makes it (in half its time:
        resolution makes a copy or two of most expressions)."""
        values = list(_FIELD_VALUES(self))
        for name, value in changes.items():
            values[_FIELD_INDEX[name]] = value
        return PartialTime(*values)  # type: ignore[arg-type]


#: Marks a US zone's standard offset that daylight saving time may move ("~-05:00" for "ET").
US_ZONE_PREFIX = "~"


#: The fields of :class:`PartialTime` in the order of its constructor's arguments.
_FIELD_NAMES = tuple(field.name for field in fields(PartialTime))
_FIELD_INDEX = {name: index for index, name in enumerate(_FIELD_NAMES)}
_FIELD_VALUES = operator.attrgetter(*_FIELD_NAMES)


#: A unit, how many of the next smaller one it holds and that unit: a fraction of the one is
#: written in the other ("1.5 hours" is PT1H30M), since TIMEX3 durations take whole numbers best.
_SMALLER_UNIT = {"Y": (12, "M"), "D": (24, "TH"), "TH": (60, "TM"), "TM": (60, "TS")}


def format_duration(parts: Sequence[tuple[float | None, str]]) -> str:
    """Write ``(amount, unit letter)`` pairs as an ISO 8601 duration.

    >>> format_duration([(4, "D")]), format_duration([(None, "Y")]), format_duration([(2, "TH")])
    ('P4D', 'PXY', 'PT2H')
    >>> format_duration([(4, "DE")]), format_duration([(1.5, "Y")]), format_duration([(5.5, "TH")])
    ('P40Y', 'P1Y6M', 'PT5H30M')
    >>> format_duration([(11, "W"), (12, "D")])
    'P89D'
    """
    date_parts: list[str] = []
    clock_parts: list[str] = []
    for amount, unit in parts:
        scaled_amount, letter = amount, unit
        if unit in ("DE", "CE", "ML"):
            # Decades and centuries are written in years: "a decade" is P10Y, "decades" PXY.
            scaled_amount = None if amount is None else amount * {"DE": 10, "CE": 100, "ML": 1000}[unit]
            letter = "Y"
        elif unit == "2W":
            scaled_amount, letter = (amount or 1) * 2, "W"
        elif unit in _SMALLER_UNIT and amount is not None and amount != int(amount):
            per, smaller = _SMALLER_UNIT[unit]
            if (amount * per).is_integer():
                # "two and a half years" is P2Y6M: whole units, then the rest in the next smaller one.
                if amount > 1:
                    (clock_parts if unit.startswith("T") else date_parts).append(f"{int(amount)}{unit[-1]}")
                scaled_amount, letter = (amount - int(amount)) * per, smaller
        number = "X" if scaled_amount is None else _number(scaled_amount)
        if letter.startswith("T"):
            clock_parts.append(number + letter[1:])
        else:
            date_parts.append(number + letter)
    weeks = [part for part in date_parts if part.endswith("W")]
    if weeks and len(date_parts) > 1 and all(part[:-1].isdigit() for part in date_parts):
        # ISO 8601 writes weeks alone: "eleven weeks and twelve days" is P89D, not P11W12D.
        days = sum(int(part[:-1]) * 7 for part in weeks) + sum(
            int(part[:-1]) for part in date_parts if part.endswith("D")
        )
        date_parts = [part for part in date_parts if not part.endswith(("W", "D"))] + [f"{days}D"]
    value = "P" + "".join(date_parts)
    if clock_parts:
        value += "T" + "".join(clock_parts)
    return value


def _number(amount: float) -> str:
    if float(amount).is_integer():
        return str(int(amount))
    return f"{amount:g}"
