"""Hypothesis strategies and hostile inputs shared by the property, reliability and fuzz tests.

Texts come in three kinds:

* :func:`lexicon_texts` joins words from the lexicon's own tables (:mod:`dateline.lexicon.en`:
  month and weekday names, number and ordinal words, units, seasons, parts of day, holidays) with
  numbers, years, ordinals, clock times, glue words ("last", "ago", "every") and punctuation, so
  that the rules fire, combine and collide;
* :func:`unicode_texts` is arbitrary Unicode, lone surrogates and control characters included;
* :func:`hostile_texts` mixes the two with the pieces that break text processors (NUL, RTL marks,
  emoji, HTML, long runs).

:data:`HOSTILE_INPUTS` lists fixed hostile documents by name, and :data:`ADVERSARIAL` the inputs of
the linear-time test and of ``benchmarks/adversarial.py``: per rule family, repeated units built
from that family's vocabulary (valid expressions and near misses that make a pattern try hard).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from hypothesis import strategies as st

from dateline.lexicon import en
from dateline.timex import MODS, TIMEX_TYPES, Timex, is_valid_value

# --- what every annotation satisfies --------------------------------------------------------------


def check_invariants(text: str, timexes: Sequence[Timex]) -> None:
    """Assert every invariant of one annotation of ``text``: a list of :class:`Timex` whose spans
    agree with the text, do not overlap and come in reading order, whose values follow the
    TIMEX3 grammar (:func:`dateline.timex.is_valid_value`) and whose intervals are not empty."""
    assert isinstance(timexes, list), type(timexes)
    previous_end = 0
    for timex in timexes:
        assert isinstance(timex, Timex)
        assert 0 <= timex.start < timex.end <= len(text), timex
        assert text[timex.start : timex.end] == timex.text, timex
        assert timex.start >= previous_end, f"overlap or out of reading order: {timex}"
        previous_end = timex.end
        assert timex.type in TIMEX_TYPES, timex
        assert timex.mod is None or timex.mod in MODS, timex
        assert is_valid_value(timex.value), timex
        span = timex.interval()
        if span is not None:
            assert span[0] < span[1], (timex, span)
        timex.to_dict()


# --- words ----------------------------------------------------------------------------------------

#: Every word of the lexicon's tables.
LEXICON_WORDS: tuple[str, ...] = tuple(
    sorted(
        {
            *en.MONTHS,
            *en.WEEKDAYS,
            *en.NUMBER_WORDS,
            *en.ORDINAL_WORDS,
            *en.UNITS,
            *en.SEASONS,
            *en.PARTS_OF_DAY,
            *en.VAGUE_QUANTITIES,
            *en.FIXED_HOLIDAYS,
            *en.NTH_WEEKDAY_HOLIDAYS,
            *en.EASTER_HOLIDAYS,
        }
    )
)

#: Words the rules combine with the lexicon (determiners, relations, modifiers, clock words, eras).
GLUE_WORDS: tuple[str, ...] = (
    "the", "of", "a", "an", "in", "on", "at", "by", "since", "until", "from", "to", "and", "or",
    "last", "next", "this", "that", "past", "coming", "previous", "following", "same", "current",
    "ago", "earlier", "later", "before", "after", "prior", "hence", "from now",
    "every", "each", "once", "twice", "times", "per", "daily", "weekly", "annually",
    "early", "late", "mid", "mid-", "the end of", "the beginning of", "about", "around",
    "more than", "less than", "almost", "nearly", "at least", "up to",
    "a.m.", "p.m.", "am", "pm", "o'clock", "noon", "midnight", "EST", "GMT", "UTC", "PDT", "CET",
    "BC", "B.C.", "AD", "A.D.", "BCE", "CE", "century", "quarter", "half", "decade", "fiscal",
    "now", "today", "tonight", "tomorrow", "yesterday", "recently", "currently", "the future",
    "will", "was", "is", "said", "met", "held", "scheduled", "expected", "would",
    "Reuters", "MOSCOW", "Published:", "'s",
    "through", "runs", "ran", "open", "closed", "between", "a matter of", "the better part of",
    "year to date", "YTD", "Mon-Fri", "(Eastern Time)", "How about",
    "solstice", "equinox", "vernal", "the first day of", "falls on", "ended", "forecasters said",
)  # fmt: skip

SEPARATORS: tuple[str, ...] = (
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "-",
    "/",
    ":",
    "\n",
    "  ",
    "\t",
    "",
    "; ",
    " (",
    ") ",
    " - ",
    "\u00a0",
)


@st.composite
def _cased(draw: st.DrawFn, words: st.SearchStrategy[str]) -> str:
    word = draw(words)
    case = draw(st.sampled_from(("as is", "lower", "title", "upper")))
    if case == "lower":
        return word.lower()
    if case == "title":
        return word.title()
    if case == "upper":
        return word.upper()
    return word


def lexicon_words() -> st.SearchStrategy[str]:
    """A word of the lexicon or a glue word, in one of its cases."""
    return _cased(st.sampled_from(LEXICON_WORDS + GLUE_WORDS))


def numerals() -> st.SearchStrategy[str]:
    """Numbers as the rules read them: small counts, years, two-digit years, decades, ordinals,
    grouped thousands, decimals, clock times and numeric dates."""
    return st.one_of(
        st.integers(0, 100).map(str),
        st.integers(1000, 2100).map(str),
        st.integers(0, 99).map(lambda n: f"'{n:02d}"),
        st.integers(0, 99).map(lambda n: f"'{n:02d}s"),
        st.integers(100, 209).map(lambda n: f"{n}0s"),
        st.integers(0, 40).map(lambda n: f"{n}{('th', 'st', 'nd', 'rd')[min(n % 10, 3)]}"),
        st.integers(1, 999_999).map(lambda n: f"{n:,}"),
        st.floats(0, 100, allow_nan=False).map(lambda x: f"{x:.1f}"),
        st.tuples(st.integers(0, 25), st.integers(0, 61)).map(lambda hm: f"{hm[0]}:{hm[1]:02d}"),
        st.tuples(st.integers(0, 13), st.integers(0, 32), st.integers(0, 2100)).map(
            lambda mdy: f"{mdy[0]}/{mdy[1]}/{mdy[2]}"
        ),
        st.tuples(st.integers(999, 2100), st.integers(0, 13), st.integers(0, 32)).map(
            lambda ymd: f"{ymd[0]:04d}-{ymd[1]:02d}-{ymd[2]:02d}"
        ),
        st.integers(0, 2400).map(lambda n: f"{n:04d}"),
    )


def tokens() -> st.SearchStrategy[str]:
    """One token: a lexicon or glue word (most of the time) or a numeral."""
    return st.one_of(lexicon_words(), lexicon_words(), numerals())


@st.composite
def lexicon_texts(draw: st.DrawFn, max_tokens: int = 24) -> str:
    """Text built from the lexicon: tokens joined by spaces and punctuation."""
    pieces = draw(st.lists(st.tuples(tokens(), st.sampled_from(SEPARATORS)), max_size=max_tokens))
    return "".join(token + separator for token, separator in pieces)


#: Pieces that break careless text processing.
HOSTILE_PIECES: tuple[str, ...] = (
    "\x00", "\u200f", "\u200e", "\u202e", "\u202c", "\ufeff", "\u200b", "\u2028", "\r\n", "\r",
    "\x0b", "\x0c", "\x1b[31m", "\ud800", "\udfff", "\udbff\udc00", "\U0001f389", "\U0001f44d\U0001f3fd",
    "\U0001f1fa\U0001f1f8", "e\u0301", "\u0131", "\u0130", "\u017f", "\u212a", "\uff12\uff10\uff12\uff15",
    "\u0662\u0660\u0662\u0665", "\u00b2", "\u2155", "<b>", "</p>", "&amp;", "&#8212;", "<!--", "]]>",
    "\u65e5\u672c\u8a9e", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u0440\u0443\u0441",
    "\u2014", "\u2019", "\u201c", "\U0010ffff", "\ufffd",
)  # fmt: skip


def unicode_texts(max_size: int = 200) -> st.SearchStrategy[str]:
    """Arbitrary Unicode, with lone surrogates, controls and the hostile pieces mixed in."""
    characters = st.one_of(
        st.characters(),
        st.characters(categories=["Cs"]),
        st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp"]),
        st.characters(max_codepoint=127),
    )
    return st.lists(st.one_of(characters, st.sampled_from(HOSTILE_PIECES)), max_size=max_size).map("".join)


@st.composite
def hostile_texts(draw: st.DrawFn) -> str:
    """Lexicon text interleaved with hostile pieces and arbitrary Unicode."""
    parts = draw(
        st.lists(
            st.one_of(
                lexicon_texts(max_tokens=6),
                st.sampled_from(HOSTILE_PIECES),
                unicode_texts(max_size=8),
                tokens(),
            ),
            max_size=12,
        )
    )
    return "".join(parts)


def any_texts() -> st.SearchStrategy[str]:
    """Any of the three kinds of text."""
    return st.one_of(lexicon_texts(), unicode_texts(), hostile_texts())


# --- publication dates ----------------------------------------------------------------------------


def dct_dates(min_year: int = 1, max_year: int = 9999) -> st.SearchStrategy[dt.date]:
    """Publication dates, by default over the whole range a ``datetime.date`` can hold."""
    return st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31))


def dcts() -> st.SearchStrategy[str | dt.date | dt.datetime | None]:
    """Every form the ``dct`` argument takes: ``None``, a string, a date, a naive or aware datetime.

    The extremes (years 1 and 9999) are drawn often: shifting them by a unit leaves the calendar.
    """
    days = st.one_of(dct_dates(), dct_dates(1900, 2100), st.sampled_from(EXTREME_DCTS))
    times = st.times()
    zones = st.sampled_from((dt.timezone.utc, dt.timezone(dt.timedelta(hours=-5)), None))
    return st.one_of(
        st.none(),
        days,
        days.map(dt.date.isoformat),
        st.builds(dt.datetime.combine, days, times),
        st.builds(dt.datetime.combine, days, times, zones),
        st.builds(lambda day, time: f"{day.isoformat()}T{time.isoformat('seconds')}", days, times),
    )


EXTREME_DCTS: tuple[dt.date, ...] = (
    dt.date(1, 1, 1),
    dt.date(1, 12, 31),
    dt.date(9999, 1, 1),
    dt.date(9999, 12, 31),
    dt.date(2024, 2, 29),
    dt.date(2020, 12, 31),
    dt.date(2021, 1, 3),
    dt.date(1900, 2, 28),
)

# --- fixed hostile documents ----------------------------------------------------------------------

#: Named hostile documents; each must annotate to a list without raising.
HOSTILE_INPUTS: Mapping[str, str] = MappingProxyType(
    {
        "empty": "",
        "one space": " ",
        "only digits": "1234567890" * 5_000,
        "control characters": "".join(map(chr, range(32))) * 50 + "May 8\x7f\x85",
        "mixed scripts": (
            "\u65e5\u672c\u8a9e May 8 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 "
            "\u0440\u0443\u0441\u0441\u043a\u0438\u0439 "
            "2025\u5e745\u67088\u65e5 \u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac last week"
        ),
        "emoji": "\U0001f389 May 8 \U0001f389 2025 \U0001f44d\U0001f3fd next week \U0001f1fa\U0001f1f8 3pm",
        "right-to-left marks": "\u202eMay 8, 2025\u202c \u200f last week \u200e\u2067yesterday\u2069",
        "NUL bytes": "May\x008, 2025\x00 yesterday\x00\x00the 8th\x00",
        "lone surrogates": "May 8 \ud800 2025 \udfff last week \udbff",
        "HTML": "<p>On <b>May 8</b>, 2025 &amp; <time datetime='2025'>yesterday</time></p>\n" * 200,
        "very long line": "x" * 500_000 + " May 8, 2025 " + "y" * 500_000,
        "1 1 1": "1 " * 50_000,
        "May May May": "May " * 5_000,
        "long whitespace": "May" + " " * 100_000 + "8" + "\n" * 100_000 + "last" + "\t" * 50_000 + "week",
        "grouped digits": "1" + ",000" * 25_000 + " days",
        "case-folding letters": (
            "ye\u017fterday, la\u017ft \u017fummer, every even\u0131ng, da\u0131ly, 3 pm \u212aST"
        ),
        "full-width and Arabic digits": (
            "\uff12\uff10\uff12\uff15-\uff10\uff15-\uff10\uff18 \u0662\u0660\u0662\u0665 \u00b2 days"
        ),
        "only punctuation": ".,;:-/'\"()[]" * 5_000,
        "BOM and separators": "\ufeffMay 8\u2028yesterday\u2029last week\u0085",
        "timex-like garbage": "Q5 2025 W53 2025-13-45 99:99 32nd 0th 13 pm 30 February 1999 31 April",
        "huge numbers": "9" * 1_000 + " days ago, 10000000 years ago, 99999 BC, AD 99999",
        "extreme years": "in 9999, 10000 years later, the 99th century, 0001-01-01, year 0",
    }
)

# --- adversarial inputs per rule family -----------------------------------------------------------

#: Per rule family, adversarial inputs built from the family's own vocabulary. Each input is a
#: tuple of units; the text is each unit repeated in turn, in equal blocks (``("1", ",000")`` is
#: ``"111…1,000,000…"``). Units are whole expressions (every match is found, parsed, ranked and
#: resolved) or near misses: a pattern's beginning without its end, or long runs of what a
#: quantifier repeats, which is what makes a regular expression backtrack. "anaphora" is not a
#: rule family but the resolution of anaphors against earlier dates (run without a DCT, as a
#: narrative, see :data:`ADVERSARIAL_OPTIONS`).
ADVERSARIAL: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType(
    {
        "dates": (
            ("May 8, 2025 ",),
            ("May ",),
            ("March ",),
            ("May 8, ",),
            ("the 8th of ",),
            ("2025-05-",),
            ("5/8/",),
            ("Tuesday, March ",),
            ("the 1990s '90s ",),
            ("264 BC ",),
            ("the 20th century ",),
            ("the third quarter of ",),
            ("May", " "),
            ("1 ",),
            ("2025",),
            ("May 4 and 5, ",),
            ("1915-17 ",),
            ("6-7 January 1916 ",),
            ("1994 or later ",),
        ),
        "relative": (
            ("last ",),
            ("next week ",),
            ("three years ago ",),
            ("the day before ",),
            ("this past ",),
            ("last Tuesday ",),
            ("the end of the ",),
            ("two days ",),
            ("last", " "),
        ),
        "times": (
            ("3 p.m. EST ",),
            ("10:35 ",),
            ("12:",),
            ("0735 GMT ",),
            ("3 o'clock ",),
            ("Monday morning ",),
            ("1.",),
            ("3", " "),
        ),
        "durations": (
            ("1", ",000"),
            ("1,000 ",),
            ("two and a half ",),
            ("several ",),
            ("four-day ",),
            ("twenty-",),
            ("the past three ",),
            ("2.5 ",),
        ),
        "sets": (
            ("every ",),
            ("each Monday ",),
            ("twice a ",),
            ("3 times a ",),
            ("daily ",),
            ("on Sundays ",),
        ),
        "fuzzy": (
            ("now ",),
            ("the past ",),
            ("in the ",),
            ("recently ",),
            ("years ago ",),
        ),
        "holidays": (
            ("Christmas ",),
            ("New Year's ",),
            ("Easter Monday 2025 ",),
            ("Thanksgiving ",),
            ("St. ",),
        ),
        "anaphora": (
            ("In 1998. ", "That day. "),
            ("In 1998 and that day. ",),
            ("In 1998. The day before. ",),
        ),
    }
)

#: The ``annotate`` options of each family's inputs (default: a news DCT).
ADVERSARIAL_OPTIONS: Mapping[str, Mapping[str, object]] = MappingProxyType(
    {"anaphora": MappingProxyType({"dct": None, "domain": "narrative"})}
)
DEFAULT_ADVERSARIAL_OPTIONS: Mapping[str, object] = MappingProxyType({"dct": "2025-05-09"})


def adversarial_text(units: tuple[str, ...], size: int) -> str:
    """Each of ``units`` repeated over an equal share of ``size`` characters, in turn."""
    share = size // len(units)
    blocks = [(unit * (share // len(unit) + 1))[:share] for unit in units]
    return "".join(blocks)
