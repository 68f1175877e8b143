"""Bad arguments get the library's own errors, which name the argument and the accepted forms.

:class:`~dateline.DatelineTypeError` and :class:`~dateline.DatelineValueError` derive from
:class:`TypeError` and :class:`ValueError`, so callers may catch either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest

import dateline
from dateline import (
    DatelineError,
    DatelineTypeError,
    DatelineValueError,
    InvalidTimexValueError,
    annotate,
    annotate_document,
    normalize,
    parse_dct,
)

ENTRY_POINTS: list[Callable[..., object]] = [annotate, annotate_document, normalize]
ids = ["annotate", "annotate_document", "normalize"]
DCT_FORMS = "YYYY-MM-DD"


def test_error_classes() -> None:
    assert issubclass(DatelineTypeError, TypeError)
    assert issubclass(DatelineTypeError, DatelineError)
    assert issubclass(DatelineValueError, ValueError)
    assert issubclass(DatelineValueError, DatelineError)
    assert issubclass(InvalidTimexValueError, DatelineValueError)


# --- text -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize("data", [b"May 8, 2025", bytearray(b"May 8"), memoryview(b"May 8")], ids=repr)
def test_bytes_say_to_decode(entry: Callable[..., object], data: object) -> None:
    with pytest.raises(DatelineTypeError, match=r"^text must be str") as raised:
        entry(data)
    if isinstance(data, (bytes, bytearray)):
        assert "decode" in str(raised.value)


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize("text", [None, 20250508, 3.5, ["May 8"], ("May",), {"text": "May"}], ids=repr)
def test_text_of_another_type(entry: Callable[..., object], text: object) -> None:
    with pytest.raises(DatelineTypeError, match=rf"^text must be str, not {type(text).__name__}$"):
        entry(text)


def test_str_subclass_is_text() -> None:
    class Headline(str):
        pass

    assert [t.value for t in annotate(Headline("Talks ended on May 8."), "2025-05-09")] == ["2025-05-08"]


# --- dct ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dct",
    [
        "yesterday",
        "",
        "   ",
        "2025/05/09",
        "May 9, 2025",
        "20250509T",
        "2025-5-9",
        "10000-01-01",
        "2025-05-09\x00",
    ],
)
def test_unreadable_dct(dct: str) -> None:
    with pytest.raises(DatelineValueError, match=r"^dct=.* cannot be read; expected YYYY-MM-DD") as raised:
        annotate("Talks ended on May 8.", dct)
    assert repr(dct) in str(raised.value)


@pytest.mark.parametrize(
    "dct",
    ["0000-01-01", "2025-02-30", "2023-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-05-09T25:00"],
)
def test_dct_that_is_not_a_real_date(dct: str) -> None:
    with pytest.raises(DatelineValueError, match=r"^dct=.* is not a real date") as raised:
        annotate("Talks ended on May 8.", dct)
    assert DCT_FORMS in str(raised.value)
    assert "1 to 9999" in str(raised.value)


@pytest.mark.parametrize(
    "dct", [20250509, 2025.5, b"2025-05-09", True, ["2025-05-09"], dt.time(12)], ids=repr
)
def test_dct_of_another_type(dct: object) -> None:
    with pytest.raises(DatelineTypeError, match=rf"^dct must be .*{DCT_FORMS}.* not {type(dct).__name__}$"):
        annotate("Talks ended on May 8.", dct)  # type: ignore[arg-type]


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
def test_every_entry_point_checks_dct(entry: Callable[..., object]) -> None:
    with pytest.raises(DatelineValueError, match="dct="):
        entry("May 8", "2025-02-30")
    with pytest.raises(DatelineTypeError, match="dct must be"):
        entry("May 8", 20250509)


def test_dct_ends_of_the_range() -> None:
    assert parse_dct("0001-01-01") == dt.datetime(1, 1, 1)
    assert parse_dct("9999-12-31T23:59:59") == dt.datetime(9999, 12, 31, 23, 59, 59)
    assert parse_dct(dt.date(2024, 2, 29)) == dt.datetime(2024, 2, 29)
    assert parse_dct(" 2025-05-09 ") == dt.datetime(2025, 5, 9)
    assert parse_dct(None) is None


# --- naive and aware datetimes --------------------------------------------------------------------


def test_parse_dct_documents_naive_and_aware_datetimes() -> None:
    doc = " ".join((parse_dct.__doc__ or "").split())
    assert "naive ``datetime``" in doc
    assert "Aware datetimes keep their wall-clock time" in doc
    assert "zone itself is dropped" in doc


@pytest.mark.parametrize("hours", [-12, -5, 0, 5.5, 14])
def test_aware_datetime_keeps_its_wall_clock_and_drops_the_zone(hours: float) -> None:
    zone = dt.timezone(dt.timedelta(hours=hours))
    aware = dt.datetime(2025, 5, 9, 23, 30, tzinfo=zone)
    naive = dt.datetime(2025, 5, 9, 23, 30)
    assert parse_dct(aware) == naive
    assert parse_dct(aware).tzinfo is None  # type: ignore[union-attr]
    text = "Talks ended yesterday; they meet again tomorrow at 3 p.m. EST."
    assert annotate(text, aware) == annotate(text, naive) == annotate(text, "2025-05-09")


def test_zone_in_a_dct_string_is_dropped_too() -> None:
    assert parse_dct("2025-05-09T23:30+10:00") == dt.datetime(2025, 5, 9, 23, 30)
    assert parse_dct("2025-05-09T23:30:00Z") == dt.datetime(2025, 5, 9, 23, 30)
    assert annotate("yesterday", "2025-05-09T23:30-05:00")[0].value == "2025-05-08"


# --- lang and domain ------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ids)
@pytest.mark.parametrize("lang", ["xx", "klingon", "zz-ZZ", ""])
def test_unknown_lang(entry: Callable[..., object], lang: str) -> None:
    with pytest.raises(DatelineValueError, match=rf"^lang={re.escape(repr(lang))} is not ") as raised:
        entry("May 8", lang=lang)
    assert "expected" in str(raised.value) or "supported" in str(raised.value)


@pytest.mark.parametrize("lang", [None, 1, b"en", ["en"]], ids=repr)
def test_lang_of_another_type(lang: object) -> None:
    with pytest.raises(DatelineTypeError, match=r"^lang must be a language code such as 'en'"):
        annotate("May 8", lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("entry", [annotate, annotate_document], ids=["annotate", "annotate_document"])
@pytest.mark.parametrize("domain", ["blog", "News", "", "narratives"])
def test_unknown_domain(entry: Callable[..., object], domain: str) -> None:
    with pytest.raises(
        DatelineValueError, match=r"^domain=.* is not known; expected one of news, narrative, auto$"
    ):
        entry("May 8", domain=domain)


@pytest.mark.parametrize("domain", [None, 1, ["news"]], ids=repr)
def test_domain_of_another_type(domain: object) -> None:
    with pytest.raises(DatelineError, match=r"^domain=.* expected one of news, narrative, auto$"):
        annotate("May 8", domain=domain)  # type: ignore[arg-type]


def test_arguments_are_checked_even_for_empty_text() -> None:
    with pytest.raises(DatelineValueError):
        annotate("", "2025-02-30")
    with pytest.raises(DatelineValueError):
        annotate("", lang="xx")
    with pytest.raises(DatelineValueError):
        annotate("", domain="xx")


# --- values ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["2025-02-29", "2021-W53", "2025-13", "P1H", "2025-05-08T25:00", "", "PRESENT", "2025-Q5", "BC"]
)
def test_validate_refuses_what_the_grammar_or_calendar_refuses(value: str) -> None:
    assert not dateline.is_valid_value(value)
    with pytest.raises(InvalidTimexValueError, match="is not a valid TIMEX3 value"):
        dateline.validate(value)


@pytest.mark.parametrize("value", [None, 2025, b"2025", ["2025"]], ids=repr)
def test_is_valid_value_of_another_type(value: object) -> None:
    assert dateline.is_valid_value(value) is False  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    ["2024-02-29", "2020-W53", "2020-W53-WE", "BC0264", "BC08", "199", "19", "PT2H", "P1.5Y", "PXD",
     "2025-05-09T24:00", "2025-05-09T15:00-05:00", "2025-05-09T09:00+05:30", "2024-WI", "FUTURE_REF"],
)  # fmt: skip
def test_validate_accepts(value: str) -> None:
    assert dateline.validate(value) == value
