"""Properties that hold for every text: spans agree with the text, values follow the TIMEX3 grammar,
intervals are never empty, the output is deterministic, nothing raises, and moving the publication
date by whole years moves every year resolved from it by the same amount.

Texts come from ``tests/strategies.py``: built from the lexicon (so that rules fire and collide),
arbitrary Unicode (lone surrogates and control characters included), and the two mixed with
hostile pieces (NUL, RTL marks, emoji, HTML).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Sequence

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from strategies import (
    any_texts,
    check_invariants,
    dct_dates,
    dcts,
    hostile_texts,
    lexicon_texts,
    unicode_texts,
)

import dateline
from dateline.combine import _DATE, _QUANTITY, _may_end_in_modifier
from dateline.context import (
    _FORECAST_LINE,
    _OPENED,
    TenseIndex,
    _cue_words,
    _cue_words_by_set,
    _find_rare_cues,
    _opened_matches,
    _previous_word,
)
from dateline.lexicon import en
from dateline.resolve import _BACKGROUND_YEARS, quotations
from dateline.timex import Timex

#: Examples per property; raise it for a deeper run (DATELINE_PROPERTY_EXAMPLES=5000 pytest ...).
EXAMPLES = int(os.environ.get("DATELINE_PROPERTY_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(
    max_examples=max(1, EXAMPLES * 2 // 5), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
DOMAINS = ("news", "narrative", "auto")


# --- never raises, and every invariant holds ------------------------------------------------------


@FAST
@given(text=lexicon_texts(), dct=dcts(), domain=st.sampled_from(DOMAINS))
def test_lexicon_texts(text: str, dct: object, domain: str) -> None:
    check_invariants(text, dateline.annotate(text, dct, domain=domain))  # type: ignore[arg-type]


@FAST
@given(text=unicode_texts(), dct=dcts())
def test_arbitrary_unicode_never_raises(text: str, dct: object) -> None:
    check_invariants(text, dateline.annotate(text, dct))  # type: ignore[arg-type]


@FAST
@given(text=hostile_texts(), dct=dcts(), domain=st.sampled_from(DOMAINS))
def test_hostile_texts(text: str, dct: object, domain: str) -> None:
    check_invariants(text, dateline.annotate(text, dct, domain=domain))  # type: ignore[arg-type]


@SLOW
@given(text=any_texts())
def test_normalize_returns_one_of_the_timexes(text: str) -> None:
    found = dateline.normalize(text, dct="2025-05-09")
    timexes = dateline.annotate(text, dct="2025-05-09")
    assert (found is None) == (not timexes)
    assert found is None or found in timexes


# --- determinism ----------------------------------------------------------------------------------


@SLOW
@given(text=any_texts(), dct=dcts(), domain=st.sampled_from(DOMAINS))
def test_same_input_same_output(text: str, dct: object, domain: str) -> None:
    first = dateline.annotate_document(text, dct, domain=domain)  # type: ignore[arg-type]
    dateline.annotate("Unrelated text of May 8, 2025, three days later.", "2020-01-01")
    second = dateline.annotate_document(text, dct, domain=domain)  # type: ignore[arg-type]
    assert first == second


# --- moving the publication date ------------------------------------------------------------------

_YEAR_FIRST = re.compile(r"([0-9]{4})(.*)")


def _inherited(timexes: Sequence[Timex], own: Callable[[Timex], bool]) -> list[bool]:
    """``own(timex)``, or for a timex anchored on an earlier one (``anchor="t3"``), that one's."""
    flags: list[bool] = []
    for timex in timexes:
        anchor = timex.anchor or ""
        if re.fullmatch(r"t[0-9]+", anchor) and 0 < int(anchor[1:]) <= len(flags):
            flags.append(flags[int(anchor[1:]) - 1] or own(timex))
        else:
            flags.append(own(timex))
    return flags


def _moved_with_dct(timexes: Sequence[Timex]) -> list[bool]:
    """Which timexes hang off the DCT, directly or through earlier timexes."""
    return _inherited(timexes, lambda timex: timex.anchor == "DCT")


_EASTER = re.compile("|".join(map(re.escape, en.EASTER_HOLIDAYS)), re.IGNORECASE)


def _follows_easter(timexes: Sequence[Timex]) -> list[bool]:
    """Which timexes depend on the date of Easter, which repeats only every 5,700,000 years."""
    return _inherited(timexes, lambda timex: _EASTER.search(timex.text) is not None)


def _follows_a_feast(timexes: Sequence[Timex]) -> list[bool]:
    """Which timexes depend on a feast's date (a clock on "Decoration Day" too), which the Monday
    holidays of 1971 on moved."""
    return _inherited(timexes, lambda timex: timex.rule.startswith("holiday."))


def _shift_year(value: str, years: int) -> str:
    match = _YEAR_FIRST.fullmatch(value)
    assert match is not None
    return f"{int(match[1]) + years:04d}{match[2]}"


def _stated_day(timex: Timex) -> dt.date | None:
    """The day a timex states with its year ("2000-01-02"), if it does."""
    if "year" in timex.implied:
        return None
    try:
        return dt.date.fromisoformat(timex.value[:10])
    except ValueError:
        return None


def _stated_year(timex: Timex) -> int | None:
    """The year a timex states alone ("2000", "'00"), if it does; for a decade ("206", "the
    2060s"), its first year, the day the resolver counts its distance from."""
    if "year" in timex.implied:
        return None
    if re.fullmatch(r"[0-9]{3}", timex.value):
        return int(timex.value) * 10
    if not re.fullmatch(r"[0-9]{4}", timex.value):
        return None
    return int(timex.value)


def _pairs(text: str, dct: dt.date, years: int) -> list[tuple[Timex, Timex, bool]]:
    """The timexes at ``dct`` and at ``dct`` moved by ``years``, paired, with whether they moved."""
    moved_dct = dct.replace(year=dct.year + years)
    before = dateline.annotate(text, dct)
    after = dateline.annotate(text, moved_dct)
    # A date pushed out of years 1-9999 in one run only is dropped there: nothing to compare.
    assume([(t.start, t.end) for t in before] == [(t.start, t.end) for t in after])
    # A date the text states in full that lies after one DCT and before the other ("2000-01-02 was
    # 0:00" at 2000-01-01 and at 2001-01-01) is a day still to come in one run only: what a past
    # clause anchors on may differ, and is not the DCT's move.
    for timex, moved in zip(before, after, strict=True):
        stated = _stated_day(timex)
        assume(stated is None or (stated > dct) == (stated > moved_dct))
        # ... and so is a year the text states that is near the DCT in one run only ("April Fools'
        # Day '00 0:00" at 2000-01-01 and at 2002-01-01): a year some years from the DCT is a
        # report's background, which a clock time does not take its day from.
        # (A day stated with its year is such a year too: "1/1/10 ... 0:00" at 2010 and at 2059.)
        # (Each run's own year: a year of two digits is read in each DCT's century, "'06" 2006 at
        # 2000 and 1906 at 1907.)
        year = _stated_year(timex) or (stated.year if stated is not None else None)
        moved_year = _stated_year(moved) or (stated.year if stated is not None else None)
        assume(
            year is None
            or moved_year is None
            or (abs(year - dct.year) < _BACKGROUND_YEARS)
            == (abs(moved_year - moved_dct.year) < _BACKGROUND_YEARS)
        )
    for first, second in zip(before, after, strict=True):
        assert (first.type, first.rule, first.anchor) == (second.type, second.rule, second.anchor)
    return list(zip(before, after, _moved_with_dct(before), strict=True))


@st.composite
def _whole_cycles(draw: st.DrawFn) -> tuple[dt.date, int]:
    """A DCT and a shift by whole 400-year cycles, after which the Gregorian calendar (leap days,
    weekdays, ISO weeks) repeats exactly, Feb 29 included; only Easter does not. Both DCTs stay
    well after 1583: dateline reads the days of earlier years as Julian dates, with their own
    weekdays ("Saturday, 14 October 1066"), so no cycle carries over that boundary."""
    dct = draw(dct_dates(1700, 2400))
    years = draw(st.sampled_from([400 * n for n in (-2, -1, 1, 2) if 1700 <= dct.year + 400 * n <= 9999]))
    return dct, years


@SLOW
@given(text=lexicon_texts(), dct_and_years=_whole_cycles())
@example(text="Columbus Day ", dct_and_years=(dt.date(1969, 1, 1), 400))
@example(text="0. decoration day 0 0:00 ", dct_and_years=(dt.date(1970, 1, 1), 400))
@example(text="1000-01-01, Kalends Of April - 2 ", dct_and_years=(dt.date(2000, 1, 1), 400))
def test_moving_the_dct_by_whole_calendar_cycles_moves_resolved_years(
    text: str, dct_and_years: tuple[dt.date, int]
) -> None:
    dct, years = dct_and_years
    pairs = _pairs(text, dct, years)
    easter = _follows_easter([first for first, _, _ in pairs])
    feasts = _follows_a_feast([first for first, _, _ in pairs])
    # (The Monday holidays of 1971 on, fixed days before it: a cycle across 1971 moves them, and
    # what is dated from them: "Decoration Day 0:00".)
    across_1971 = (dct.year < en.MONDAY_HOLIDAYS_FROM) != (dct.year + years < en.MONDAY_HOLIDAYS_FROM)
    for (first, second, moved), after_easter, after_feast in zip(pairs, easter, feasts, strict=True):
        if not moved:
            if first.anchor is None:
                assert first.value == second.value, first
            continue
        if across_1971 and after_feast:
            continue
        if "year" in first.implied and _YEAR_FIRST.fullmatch(first.value) and not after_easter:
            assert second.value == _shift_year(first.value, years), (first, second)
            assert first.implied == second.implied


def _near_a_year_boundary(value: str) -> bool:
    """Whether a leap day or a different weekday alignment (a few days' difference) could carry
    ``value`` into the next or previous year: January, December, ISO weeks 1 and 52-53."""
    return re.match(r"[0-9]{4}-(?:01|12|W0[1-2]|W5[0-3])\b", value) is not None


@st.composite
def _any_whole_years(draw: st.DrawFn) -> tuple[dt.date, int]:
    """A DCT that is not Feb 29 (it would not exist in most target years) and any whole number
    of years within the range where every fourth year is a leap year (1901-2099)."""
    dct = draw(dct_dates(1901, 2099).filter(lambda day: (day.month, day.day) != (2, 29)))
    years = draw(st.integers(1901 - dct.year, 2099 - dct.year).filter(bool))
    return dct, years


@SLOW
@given(text=lexicon_texts(), dct_and_years=_any_whole_years())
@example(text="'00 May ", dct_and_years=(dt.date(2002, 1, 1), 1))
# (A span's end with no year of its own lies within a year of its dated start, and is anchored on
# it: "1000-01-01 - november" stays 1000's November wherever the DCT is.)
@example(text="1000-01-01 - november ", dct_and_years=(dt.date(2000, 1, 1), 1))
def test_moving_the_dct_by_any_whole_years_moves_resolved_years(
    text: str, dct_and_years: tuple[dt.date, int]
) -> None:
    dct, years = dct_and_years
    pairs = _pairs(text, dct, years)
    # How far each timex's year moved: a timex anchored on an earlier one ("0:00" after "2/1/10",
    # or after "noon" that took its day from "2/1/10") moves as that one did, which is not
    # ``years`` when only a century was implied somewhere up the chain.
    shifts: list[int | None] = []
    for first, second, _ in pairs:
        both = _YEAR_FIRST.fullmatch(first.value) and _YEAR_FIRST.fullmatch(second.value)
        shifts.append(int(second.value[:4]) - int(first.value[:4]) if both else None)
    for first, second, moved in pairs:
        if not moved or "year" not in first.implied or not _YEAR_FIRST.fullmatch(first.value):
            continue
        # Feb 29 goes to the nearest leap year, and days near New Year may cross it when the
        # weekdays fall differently: those years need not move by exactly ``years``.
        if "-02-29" in first.value or _near_a_year_boundary(first.value):
            continue
        expected = years
        anchor = first.anchor or ""
        if re.fullmatch(r"t[0-9]+", anchor) and 0 < int(anchor[1:]) <= len(pairs):
            shift = shifts[int(anchor[1:]) - 1]
            if shift is None:
                continue
            expected = shift
        assert second.value[:4] == _shift_year(first.value, expected)[:4], (first, second)


@FAST
@given(lexicon_texts(max_tokens=60), st.lists(st.tuples(st.integers(0, 400), st.integers(1, 20)), max_size=4))
def test_tense_read_near_expressions_equals_tense_read_everywhere(
    text: str, spans: list[tuple[int, int]]
) -> None:
    # The tense index only scans around the expressions that ask for a tense: the answer must be
    # the one a scan of the whole text gives.
    spans = [(start, min(len(text), start + length)) for start, length in spans if start < len(text)]
    everywhere = TenseIndex(text)
    nearby = TenseIndex(text, around=spans)
    for start, end in spans:
        assert nearby.tense_at(start, end) == everywhere.tense_at(start, end)


#: Cue words written in every way that matters to how they are found: in capitals, with an
#: apostrophe, glued to other words, and with the characters that lower-case unlike the regex
#: engine's case folding (Kelvin sign, long s, dotted and dotless i).
_CUE_PIECES = st.sampled_from(
    ["said", "SAID", "Said", "was", "wasn't", "WASN'T", "Wasn't", "didn't", "DIDN'T", "'ll", "o'clock",
     "is", "knew", "\u212anew", "\u017faid", "\u0130s", "\u0131s", "unsaid", "saidx", "été",
     "wanted", "WANTED", "Wanted", "WANTed", "wantED", "unnamed", "cooked's", "ed", "fled"]
)  # fmt: skip


def _joined(pieces: st.SearchStrategy[str], separators: list[str], max_size: int) -> st.SearchStrategy[str]:
    """Texts of up to ``max_size`` pieces, each followed by one of the ``separators``."""
    return st.lists(st.tuples(pieces, st.sampled_from(separators)), max_size=max_size).map(
        lambda pairs: "".join(piece + separator for piece, separator in pairs)
    )


def _stretch(text: str, low: int, length: int) -> tuple[int, int]:
    """The bounds of a stretch of ``text`` from ``low``, both within the text."""
    low = min(low, len(text))
    return low, min(len(text), low + length)


_CUE_TEXTS = _joined(_CUE_PIECES, [" ", "'", "-", ". ", "\n", ""], max_size=20)


@FAST
@given(st.one_of(_CUE_TEXTS, lexicon_texts(max_tokens=40)), st.integers(0, 300), st.integers(0, 300))
@example("\u212anew it. He knew", 0, 300)
@example("\u212anew it", 0, 300)
@example("\u017faid and said", 0, 300)
@example("They DIDN'T go, and didn't stay.", 0, 300)
@example("They DIDN'T go.", 0, 300)
@example("Was it? \u0130s it?", 4, 300)
@example("WANTED: he wanted it, was UNNAMED", 0, 300)
def test_cue_words_found_in_lower_case_are_the_ones_their_set_finds(text: str, low: int, length: int) -> None:
    low, high = _stretch(text, low, length)
    assert _cue_words(text, low, high) == _cue_words_by_set(text, low, high)


#: The words the cue patterns of ``context._OPENED`` begin with, in every case, glued to letters,
#: digits and the letters that fold oddly, and the words the patterns read after them (days and
#: months, numbers).
_OPENER_PIECES = st.sampled_from(
    ["until", "UNTIL", "Till", "through", "xuntil", "runs", "remains in place", "has", "HAVE", "'ve",
     "he's", "She's", "IT'S", "it", "He", "she", "_he", "5he", "\u017fhe", "he\u017f", "\u0131t",
     "\u0130t", "is", "Is", "ARE", "are", "on", "in", "at", "noon", "before", "BEFORE",
     "the", "winter", "sets in", "arrives", "forecast", "set", "cut", "been", "finished", "not",
     "quickly", "to", "\u212a", "Monday", "MONDAY", "monday", "Mon.", "Tues", "Sat", "sun", "May", "Mar.",
     "March", "Sept", "Dec", "15", "5", "2005", "_5", "x5", "\u00e95", "05", "will", "Will", "WILL", "'ll",
     "won't", "Won't", "is to", "was due to", "planned to", "set for", "as soon as", "EOD", "eod", "COB",
     "End of day Friday", "Please", "invited", "would go", "may have", "can not", "expires", "effective",
     "had been scheduled to", "been set for", "is expected", "hoping", "were planning to"]
)  # fmt: skip
_OPENER_TEXTS = _joined(_OPENER_PIECES, [" ", "  ", "'", "-", ". ", "\n", "\t", ""], max_size=25)


@FAST
@given(st.one_of(_OPENER_TEXTS, lexicon_texts(max_tokens=40)), st.integers(0, 300), st.integers(0, 300))
@example("She said he's set to go before the winter sets in, and it is on Monday until noon.", 0, 300)
@example("He has until Friday; she has till Monday. It's been quiet", 5, 40)
@example("It opens May 5 June 12, _5 June 12, 15 April and Tues. 2 Sept", 0, 300)
@example("He'll go; it won't. The vote is set for May 5 and is expected to pass, EOD Friday.", 0, 300)
def test_cue_patterns_tried_at_their_words_match_as_a_scan_does(text: str, low: int, length: int) -> None:
    low, high = _stretch(text, low, length)
    opened = _opened_matches(text, low, high)
    for (pattern, _), matches in zip(_OPENED, opened, strict=True):
        expected = [(match.span(), match.groups()) for match in pattern.finditer(text, low, high)]
        assert [(match.span(), match.groups()) for match in matches] == expected, pattern.pattern


#: Forecast lines and the words around them, in every case, glued to letters and hyphens.
_FORECAST_PIECES = st.sampled_from(
    ["Highs", "Lows", "High", "Low", "HIGHS", "highs", "xHighs", "-Lows", "Tuesday", "Friday night",
     "Sunday morning", "near", "in", "around", "70", "the upper 30s", "reached", ".", "Showers likely"]
)  # fmt: skip
_FORECAST_TEXTS = _joined(_FORECAST_PIECES, [" ", "  ", ". ", "\n", "-", ""], max_size=16)


@FAST
@given(_FORECAST_TEXTS, st.integers(0, 300), st.integers(0, 300))
@example("Highs Tuesday near 70. Lows Wednesday night in the upper 30s.", 0, 300)
@example("Highs Tuesday near 70.", 1, 300)
@example("Lows Wednesday night in the upper 30s.", 0, 300)
def test_forecast_lines_are_looked_for_in_every_stretch_that_can_hold_one(
    text: str, low: int, length: int
) -> None:
    """The tense cues of forecast lines are looked for only in a stretch that holds "High" or
    "Low": they are the ones a scan of every stretch finds."""
    low, high = _stretch(text, low, length)
    cues: list[tuple[int, int, int, str]] = []
    _find_rare_cues(text, low, high, cues)  # type: ignore[arg-type]
    expected = [
        (match.start(), match.end() - 1, 0, "future")
        for match in _FORECAST_LINE.finditer(text, low, high)
        if _previous_word(text, match.start())[1]
    ]
    lines = {match.start() for match in _FORECAST_LINE.finditer(text)}
    assert [cue for cue in cues if cue[0] in lines and cue[3] == "future"] == expected


#: Modifiers of dates and quantities in every case, their words run together or apart, and
#: the letters that fold oddly.
_MODIFIER_PIECES = st.sampled_from(
    ["about", "ABOUT", "Around", "\u017fome", "some", "the end of", "THE END OF", "the", "end", "of",
     "early", "early-", "mid-", "Mid", "late on", "late", "on", "in", "more than", "more", "than",
     "at least", "ca.", "c.", "circa", "nearly", "(about", "xabout", "pre-", "post-", "up to", "\u212a",
     "\u0130n", "1998", "May", "five", "hours", "\u00a0", "estimated", "an estimated"]
)  # fmt: skip
_MODIFIER_TEXTS = _joined(_MODIFIER_PIECES, [" ", "  ", "\n", "\t", "-", "", "\u00a0", ", "], max_size=12)


@FAST
@given(_MODIFIER_TEXTS, st.integers(0, 300), st.integers(0, 300))
@example("the end\n of\n", 0, 300)
@example("(about ", 0, 300)
@example("\u017fome ", 0, 300)
@example("mid-", 0, 300)
def test_modifier_windows_the_quick_test_turns_away_hold_no_modifier(
    text: str, low: int, length: int
) -> None:
    low, high = _stretch(text, low, length)
    if not _may_end_in_modifier(text, low, high):
        assert _DATE.search(text, low, high) is None
        assert _QUANTITY.search(text, low, high) is None


def test_tense_read_near_an_expression_sees_a_timetable_verb_far_from_its_weekday() -> None:
    # The cue of "meets ... Monday" sits at the verb but is found from the weekday, which long
    # adverbs can push past the edge of the scanned neighbourhood.
    adverbs = "a" * 30 + "ly " + "b" * 30 + "ly"
    text = "On March 3 " + "zz " * 45 + "the council meets " + adverbs + " Monday and more words here"
    everywhere = TenseIndex(text)
    nearby = TenseIndex(text, around=[(3, 10)])
    assert nearby.tense_at(3, 10) == everywhere.tense_at(3, 10) == "future"


def _quotations_mark_by_mark(text: str) -> list[tuple[int, int]]:
    """``resolve.quotations`` the plain way: every mark and every line break in turn."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for match in re.finditer(r'["“”\n]', text):
        mark = match.group()
        if mark == "\n":
            opened = None
        elif opened is None or mark == "“":
            opened = None if mark == "”" else match.start()
        else:
            spans.append((opened, match.start()))
            opened = None
    return spans


@FAST
@given(
    st.lists(st.sampled_from(['"', "“", "”", "\n", "\n\n", "a", "He said ", " "]), max_size=40).map("".join)
)
@example('"Yes," he said. "No\n" and "maybe"')
@example("“Open\n“again” ”")
def test_quotations_found_from_the_marks_are_the_ones_a_pass_over_every_break_finds(text: str) -> None:
    assert quotations(text) == _quotations_mark_by_mark(text)
