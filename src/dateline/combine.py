"""Refiners: small passes over the chosen candidates that join or widen them (chrono's refiners).

They run in this order, each on the output of the one before:

1. :func:`read_slashed_dates` — "05/03/2024" is 5 March in a text that writes its slashed dates
   day first ("due by 28/03/2024"), 3 May otherwise.
2. :func:`join_date_and_time` — "Friday at 3 p.m.", "3 p.m. Friday" and "tonight at 8" are one TIME,
   "every Monday at 9:15" one SET;
   :func:`join_named_days` — "Christmas Eve, 24 December 1914" is one DATE;
   :func:`join_weekday_part_and_date` — "Monday night, April 8" names one day;
   :func:`distribute_sets` — "on Monday and Tuesday nights", "every Tuesday and Thursday": each
   weekday of a list that recurs is a SET.
3. :func:`join_durations` — "two years, seven months and twenty days" is one DURATION.
4. :func:`split_ranges` — "6-7 January 1916", "1915-17", "499-493 BC", "between 1 and 3 p.m.":
   each end of a range is a date (or a time).
5. :func:`absorb_modifiers` — "late last year", "mid-September", "more than four decades",
   "almost four years ago", "around Nov. 1": the modifier sets ``mod`` and joins the extent
   where TimeML draws it so.
6. :func:`widen_extents` — "two to three weeks", "a three-year period";
   "the [two day] rally" leaves the noun's article out.
7. :func:`absorb_open_ends` — "1994 or later", "the next year or so": the bound joins the
   extent as ``mod``.

>>> from dateline.extract import extract
>>> from dateline.rules import rules_for
>>> text = "Prices rose late last year."
>>> [(c.text, c.partial.mod) for c in refine(text, extract(text, rules_for("en")))]
[('late last year', 'END')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from itertools import accumulate

from dateline.calendar import holiday_date, is_short_day_range
from dateline.context import sentence_bounds
from dateline.lexicon import en, lexicon_for
from dateline.partial import Grain, PartialTime, Shift
from dateline.resolve import LIST_JOIN, NATIONAL_DAY_NAME, TIMELINE_JOIN, Candidate, ends_sentence_before
from dateline.rules.base import SPEECH_OPENS
from dateline.rules.en.dates import NOT_A_DAY_AFTER
from dateline.rules.en.times import ZONES

_LEXICON = lexicon_for("en")

#: Modifiers of a point or period, and the TIMEX3 mod each gives.
_POSITION_MODIFIERS = {
    "early": "START", "the early": "START", "the beginning of": "START", "beginning of": "START",
    "the start of": "START", "start of": "START", "the first part of": "START",
    "the early part of": "START", "the earlier part of": "START", "the later part of": "END",
    "late": "END", "the late": "END", "the end of": "END", "end of": "END",
    "the close of": "END", "the latter part of": "END",
    "the last part of": "END",
    # "end of day Friday", "EOD Friday": the end of that day, as "the end of" is. ("Close of
    # business" before a day stays out, an event: TimeBank leaves it out of the day's extent.)
    "end of day": "END", "the end of day": "END", "eod": "END",
    # ("The recount should be finished by the end of the day Thursday.")
    "the end of the day": "END",
    "the tail end of": "END", "the tail-end of": "END", "the very end of": "END",
    "the very beginning of": "START", "the very start of": "START",
    "mid": "MID", "mid-": "MID", "late-": "END", "early-": "START", "the mid": "MID",
    # "by end-2024", "at end-June": as Reuters writes the end (and start) of a period.
    "end-": "END", "start-": "START",
    "the late-": "END", "the early-": "START",
    "the mid-": "MID", "the middle of": "MID", "middle of": "MID", "the turn of": "START",
    "early in": "START", "earlier in": "START", "late in": "END", "later in": "END",
    # "later next week": a part of the period, as "later this week" is (see _is_modifier).
    "later": "END", "earlier": "START",
    # "late on Tuesday", "early on Friday": as "late Tuesday", in British and wire copy. ("Earlier
    # on Monday" and "Later on Tuesday" are as "Earlier Monday": said of the day, no part of it.)
    "early on": "START", "late on": "END",
    # "the early hours of Saturday": the start of that day, as "early Saturday".
    "the early hours of": "START", "the small hours of": "START", "the wee hours of": "START",
    "pre-": "BEFORE", "post-": "AFTER",
    # "the second half of the 19th century", "the first half of May": a half of a period that has
    # no half of its own to write (a year's is H1/H2, a rule of its own).
    "the first half of": "START", "the second half of": "END", "the latter half of": "END",
    "the last half of": "END",
    # ... and its quarters: "the last quarter of the eighteenth century".
    "the first quarter of": "START", "the last quarter of": "END", "the final quarter of": "END",
    # "mid-to-late June", "the early-to-mid 1990s": a position that spans two, named by the one
    # it ends nearer.
    "mid-to-late": "END", "mid to late": "END", "mid- to late": "END", "mid-to-late-": "END",
    "the mid-to-late": "END", "the mid to late": "END",
    "early-to-mid": "START", "early to mid": "START", "early- to mid": "START", "early-to-mid-": "START",
    "early to mid-": "START", "early- to mid-": "START", "mid to late-": "END",
    "the early-to-mid": "START", "the early to mid": "START",
}  # fmt: skip
#: "the closing months of 1975", "the first weeks of May", "the final days of December 1944": the
#: units at one end of a named period, with no number, say where in that period, not how long
#: (duration.edge_units stops before "of" and a date), so they are the period with its mod, as
#: "late 1975" is: the number the units leave unsaid gives no length TimeML could write but PXM.
#: (Counted ones, "the first nine months of 1989", stay a length and a date, as TimeBank draws them.)
_POSITION_MODIFIERS.update(
    {
        f"the {edge} {unit} of": mod
        for edges, mod in (
            (("first", "opening", "early", "earliest"), "START"),
            (("last", "final", "closing", "dying", "waning", "latter"), "END"),
        )
        for edge in edges
        for unit in ("days", "weeks", "months", "years")
    }
)
#: ... and with a vague number: "the last few days of December", "the first several weeks of 2024".
_POSITION_MODIFIERS.update(
    {
        f"the {edge} {few} {unit} of": mod
        for edge, mod in (("first", "START"), ("last", "END"), ("final", "END"))
        for few in ("few", "several")
        for unit in ("days", "weeks", "months", "years")
    }
)
#: Positions with "on", which wire copy writes before a weekday ("late on Tuesday"); histories
#: write them before a full date and leave them out of it ("arrested late on [21 June]").
_ON_WEEKDAY = frozenset({"early on", "late on"})
#: Hyphened positions with an article that may be the article of a noun after the date.
_ARTICLE_HYPHENED = frozenset({"the mid-", "the early-", "the late-"})
#: Modifiers of a quantity (durations, clock times), and the TIMEX3 mod each gives.
_QUANTITY_MODIFIERS = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "LESS_THAN", "close to": "APPROX",
    "an estimated": "APPROX", "more than": "MORE_THAN", "a little more than": "MORE_THAN",
    "upwards of": "MORE_THAN", "upward of": "MORE_THAN", "less than": "LESS_THAN",
    "a little less than": "LESS_THAN", "little more than": "MORE_THAN", "little less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS", "not more than": "EQUAL_OR_LESS",
    "over": "MORE_THAN", "a little over": "MORE_THAN", "a little under": "LESS_THAN",
    # The bounds of statutes and contracts: "not less than sixty (60) days" is sixty or more.
    "not less than": "EQUAL_OR_MORE", "no fewer than": "EQUAL_OR_MORE", "not fewer than": "EQUAL_OR_MORE",
    "not exceeding": "EQUAL_OR_LESS", "a maximum of": "EQUAL_OR_LESS", "a minimum of": "EQUAL_OR_MORE",
    "more or less": "APPROX",
    # "the better part of a year": most of it.
    "the better part of": "LESS_THAN", "the best part of": "LESS_THAN",
    # "In the nearly two years since the crash": the article stays with its count, as in "the two
    # years since".
    "the nearly": "APPROX", "the almost": "LESS_THAN", "the more than": "MORE_THAN",
}  # fmt: skip


def _modifier_pattern(words: Sequence[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)
    # (Not the end of a hyphened word: "called for a go-around two seconds before"; nor a
    # temperature's unit: "fell to minus 40 °C.\nFebruary".)
    return re.compile(rf"(?<![\w°-])(?P<modifier>{alternatives})(?P<gap>\s+|(?<=-))$", re.IGNORECASE)


#: Modifiers that set ``mod`` but stay outside the extent, as TimeBank draws it ("about [five hours]").
_OUTSIDE_EXTENT = frozenset({"about", "around", "approximately", "roughly", "an estimated"})
#: Bounds that may stand before a determiner ("at least the past 14 months"); the other words
#: there are prepositions ("over the past three years", "about the past year").
_BEFORE_DETERMINER = frozenset({"at least", "nearly", "almost"})
#: The pleading's "on or about March 5, 2019", "in or about January 2017": one modifier, in the
#: extent as "on or before" is (cutting "on or" off would leave "about" saying less than it does).
_PLEADED_APPROXIMATIONS = {
    "on or about": "APPROX", "in or about": "APPROX", "in or around": "APPROX", "on or around": "APPROX",
}  # fmt: skip
#: Approximations of a calendar date ("around Nov. 1", "about 1910").
_DATE_APPROXIMATIONS = {
    "around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "circa": "APPROX", "ca.": "APPROX", "c.": "APPROX", **_PLEADED_APPROXIMATIONS,
}  # fmt: skip
#: Bounds of a date written before it, inside its extent as "1994 or later" is after it: "no
#: later than March 31", "on or after Jan. 1, 2020".
_DATE_BOUNDS = {
    "no later than": "ON_OR_BEFORE", "on or before": "ON_OR_BEFORE", "not later than": "ON_OR_BEFORE",
    "no earlier than": "ON_OR_AFTER", "on or after": "ON_OR_AFTER", "not earlier than": "ON_OR_AFTER",
}  # fmt: skip
_DATE_MODIFIERS = {**_POSITION_MODIFIERS, **_DATE_APPROXIMATIONS, **_DATE_BOUNDS}
#: Approximations that stand before a date with a position of its own ("around year end"; not
#: "about", which is as often the preposition: "talked about the end of the year").
_POSITIONED_APPROXIMATIONS = {"around": "APPROX", "approximately": "APPROX", "roughly": "APPROX"}
_POSITIONED_APPROXIMATION = _modifier_pattern(list(_POSITIONED_APPROXIMATIONS))
_DATE = _modifier_pattern(list(_DATE_MODIFIERS))
_BOUND = _modifier_pattern(list(_DATE_BOUNDS))
_QUANTITY = _modifier_pattern(list(_QUANTITY_MODIFIERS))
#: A coarser date (a week, a month, a year) takes a quantity's bounds ("more than a year ago") and a
#: date's ("no later than next week").
#: (A bound of a point in time is one of its side: "until at least Tuesday morning", "at least
#: March" are that time or after it, TimeML's ON_OR_AFTER, not a length's EQUAL_OR_MORE.)
_COARSE_DATE_MODIFIERS = {
    **_QUANTITY_MODIFIERS,
    **_DATE_BOUNDS,
    **_PLEADED_APPROXIMATIONS,
    "at least": "ON_OR_AFTER",
    "at most": "ON_OR_BEFORE",
}
_COARSE_DATE = _modifier_pattern(list(_COARSE_DATE_MODIFIERS))
#: ... and a clock time, a point: "halted until at least 2 p.m." is 2 p.m. or after.
_CLOCK_MODIFIERS = _COARSE_DATE_MODIFIERS
#: ... and of a part of a day: "the early hours of the morning", "the middle of the night".
_PART_OF_DAY_MODIFIERS = {
    **_COARSE_DATE_MODIFIERS, "the middle of": "MID", "the dead of": "MID",
    "the early hours of": "START", "the small hours of": "START", "the wee hours of": "START",
}  # fmt: skip
_PART_OF_DAY = _modifier_pattern(list(_PART_OF_DAY_MODIFIERS))
#: ... and a part of the day the DCT names, its position too: "early this morning", "late last
#: night", "late tonight" (as "late yesterday" is the end of the day).
_PART_OF_TODAY_MODIFIERS = {**_PART_OF_DAY_MODIFIERS, "early": "START", "late": "END"}
_PART_OF_TODAY = _modifier_pattern(list(_PART_OF_TODAY_MODIFIERS))
_LOOKBACK = 32
#: A date counted from another ("two years ago", "a week later"): its modifier bounds the count.
#: Every modifier, lower-cased, with single spaces (see :func:`_may_end_in_modifier`).
_MODIFIER_WORDS = tuple(sorted({*_DATE_MODIFIERS, *_QUANTITY_MODIFIERS, *_PART_OF_TODAY_MODIFIERS}))


def _may_end_in_modifier(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may end in a modifier and the space after it, as the patterns
    of :func:`_modifier_pattern` ask: a test at C speed that spares most of their searches, which
    try each modifier at every word of the window. (Outside ASCII, case folding may match other
    letters: the search decides.)"""
    window = text[start:end]
    return not window.isascii() or " ".join(window.lower().split()).endswith(_MODIFIER_WORDS)


#: A vague past or future counted off in more years than the calendar holds (relative.deep_time_ago).
_DEEP_TIME = re.compile(
    r"(?:[0-9]|thousands|millions|billions)[\s\S]*\byears\s+(?:ago|earlier|later|from\s+now|hence)$",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b(?:ago|earlier|later|before|after|afterwards?|hence|from\s+now|back|previously|prior)$", re.IGNORECASE
)


#: The edges of each period of a set: "within 90 days after the end of each fiscal year" is the
#: last part of every year, as "the end of the year" is of one.
_SET_EDGE_MODIFIERS = {
    "the end of": "END",
    "the close of": "END",
    "the beginning of": "START",
    "the start of": "START",
}
_SET_EDGE = _modifier_pattern(list(_SET_EDGE_MODIFIERS))
_DAY_OF_EVERY_YEAR = re.compile(r"XXXX-[0-9]{2}-[0-9]{2}")


def _modifiers_of(candidate: Candidate) -> tuple[dict[str, str], re.Pattern[str], frozenset[str]] | None:
    """Which modifiers ``candidate`` takes, and which of them stay outside its extent."""
    partial = candidate.partial
    if partial.kind == "set" and partial.mod is None and (partial.value or "").startswith("P"):
        return _SET_EDGE_MODIFIERS, _SET_EDGE, frozenset()
    if partial.kind == "set" and partial.mod is None and _DAY_OF_EVERY_YEAR.fullmatch(partial.value or ""):
        # "on or before March 1 of each year": a deadline of every year, bounded as one day is.
        return _DATE_BOUNDS, _BOUND, frozenset()
    if partial.kind == "date" and partial.mod is not None:
        # "around year end", "roughly the middle of next year": the approximation is in the
        # extent, and the position the date already states stays its mod.
        return _POSITIONED_APPROXIMATIONS, _POSITIONED_APPROXIMATION, frozenset()
    if partial.kind == "ref" and partial.mod is None and _DEEP_TIME.search(candidate.text):
        # "about 10,000 years ago", "some 65 million years ago": bounded as a count the calendar
        # holds is.
        return _QUANTITY_MODIFIERS, _QUANTITY, frozenset()
    if partial.kind in ("set", "ref") or partial.mod is not None:
        return None
    if partial.kind == "date" and partial.shift is not None and _COUNTED.search(candidate.text):
        # "almost four years ago", "about two years ago": TimeML keeps every bound of the count
        # inside the date's extent.
        return _QUANTITY_MODIFIERS, _QUANTITY, frozenset()
    if partial.kind == "date" and partial.grain <= Grain.DAY:
        return _DATE_MODIFIERS, _DATE, frozenset()
    if partial.kind == "date" and partial.grain == Grain.PART_OF_DAY and partial.anchor == "ref":
        # (Not a named day's part: TimeBank leaves "the early hours of" out of "Thursday morning",
        # and "early" out of "early Friday morning".)
        return _PART_OF_DAY_MODIFIERS, _PART_OF_DAY, frozenset()
    if (
        partial.kind == "date"
        and partial.grain == Grain.PART_OF_DAY
        and partial.anchor == "dct"
        and partial.weekday is None
        and partial.part_of_day is not None
    ):
        return _PART_OF_TODAY_MODIFIERS, _PART_OF_TODAY, frozenset()
    if partial.kind == "date" and partial.hour is not None:
        return _CLOCK_MODIFIERS, _COARSE_DATE, frozenset()
    if partial.kind == "date":
        return _COARSE_DATE_MODIFIERS, _COARSE_DATE, frozenset()
    return _QUANTITY_MODIFIERS, _QUANTITY, _OUTSIDE_EXTENT


_POSSESSIVE = re.compile(r"['’]s\b")
#: Before "over" that bounds a count: "for over nine months", "just over", "well over", "lasted
#: over nine years", "after over two months of talks" (not "phased in over three years": a span).
_FOR_BEFORE = re.compile(
    # ("the highest level in over three decades", "the first such case in over 20 years".)
    # (Not a verb's particle: "will be phased in over three years".)
    r"\b(?:for|just|well|after|(?<![a-z]ed\s)(?<!\bset\s)(?<!\bput\s)(?<!\bkick\s)(?<!\bkicks\s)in"
    r"|last(?:s|ed|ing)?|took|takes?|taking|spent|spends?|"
    r"spann?(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)


#: "how about", "what about" before a time: a proposal.
_HOW_ABOUT = re.compile(r"\b(?:how|what)\s+\Z", re.IGNORECASE)
#: A word that takes "about" as its preposition: "worried about 2025", "talked about next year",
#: "questions about the third quarter". The date after it is what the word is about, not a
#: rounded one (TimeBank approximates no year or month with "about").
_ABOUT_GOVERNOR = re.compile(
    r"\b(?:worr(?:y|ies|ied|ying)|concern(?:s|ed)?|cautious|optimis(?:m|tic)|pessimis(?:m|tic)|upbeat|"
    r"bullish|bearish|nervous|anxious|confident|excited|hopeful|uncertain(?:ty)?|unsure|sure|clear|"
    r"serious|careful|right|wrong|happy|upset|angry|"
    r"talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|think(?:s|ing)?|thought|know(?:s|n)?|knew|care(?:s|d)?|"
    # ("what are traders saying about Monday?")
    r"say(?:s|ing)?|said|tell(?:s|ing)?|told|feel(?:s|ing)?|felt|"
    r"ask(?:s|ed|ing)?|learn(?:s|ed|t)?|wr(?:ote|ite|ites|iting)|hear(?:d|s)?|read|report(?:s|ed)?|"
    r"warn(?:s|ed)?|complain(?:s|ed)?|forg[oe]t|remember(?:s|ed)?|wonder(?:s|ed)?|dream(?:s|ed)?|"
    r"question(?:s|ed)?|fears?|doubts?|news|stor(?:y|ies)|details|information|data|guidance|"
    r"comments?|remarks?|decisions?|plans?|predictions?|forecasts?|nothing|something|anything|much|"
    r"more|less|little|"
    # ... and what a broadcast reminds its audience of: "A reminder for viewers about tomorrow evening".
    r"reminders?|viewers|listeners|readers|audiences?)\s+\Z",
    re.IGNORECASE,
)


#: The words "late" says lateness after, not the end of a part of the day: "arrived late this
#: morning", "the train ran late this evening".
#: A length before "late" says by how much something was late, whatever the date after it.
#: ... and before "early": "Play will begin half an hour early tomorrow".
_LATE_BY_BEFORE = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?)\s+\Z", re.IGNORECASE)
#: "for" and a length just before a word: "met for three hours early Monday".
_FOR_A_LENGTH_BEFORE = re.compile(
    # ("lined up for hours early Monday": a bare plural too.)
    r"\bfor\s+(?:(?:about|nearly|almost|more\s+than|over)\s+)?(?:[\w-]+\s+)?(?:minutes?|hours?|days?|weeks?)\s+\Z",
    re.IGNORECASE,
)
#: "in" and a count of units right before: "the first shutdown in 17 years ".
_IN_A_LENGTH_BEFORE = re.compile(
    r"\bin\s+(?:(?:more\s+than|nearly|almost|over)\s+)?[\w-]+\s+(?:days|weeks|months|years|decades)\s+\Z",
    re.IGNORECASE,
)
#: An event's verb that "over" spreads across a length: "carried out over a week", "held over a
#: month".
_SPREAD_ACROSS_BEFORE = re.compile(
    r"\b(?:carried\s+out|took\s+place|held|staged|spread|conducted|completed|fought|waged|phased\s+in)\s+\Z",
    re.IGNORECASE,
)
#: A verb that "over" is the particle of: "took over", "handed over".
_TOOK_OVER_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|taken|handed|hand|hands|turned)\s+\Z", re.IGNORECASE
)
#: A session's verb before "early": "will close early on Friday", "shut early Tuesday".
_CLOSES_EARLY_BEFORE = re.compile(r"\b(?:close|closes|closing|shut|shuts|closed)\s+\Z", re.IGNORECASE)
_LATENESS_BEFORE = re.compile(
    r"\b(?:arriv(?:e|es|ed|ing)|ran|runs?|running|show(?:s|ed)?\s+up|turn(?:s|ed)?\s+up|"
    r"start(?:s|ed)?|too|so|very|"
    # ... and by how much: "Federal offices open two hours late today".
    r"(?:minutes|hours|days|weeks|months|years))\s+\Z",
    re.IGNORECASE,
)


#: An amount right before "more than" or "less than": the comparison is the amount's.
_AMOUNT_BEFORE = re.compile(
    r"(?:[0-9%]|\b(?:million|billion|trillion|percent|points?|cents?|dollars|times))\s+\Z", re.IGNORECASE
)


#: A year named with its noun: "the year 2000".
_THE_YEAR_NAMED = re.compile(r"the\s+year\s+[0-9]{3,4}", re.IGNORECASE)
_GET_AROUND = re.compile(r"\b(?:get|gets|got|getting|go|goes|went|move|moves|moving)\s+\Z", re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+\Z", re.IGNORECASE)
#: A plural noun or a share right before "over": the preposition of a span things are spread
#: across ("five assaults over a month", "rose 5% over a week"), not a bound.
_ACROSS_AFTER_NOUN_BEFORE = re.compile(
    r"(?:\b(?!(?:was|has|is|lasts|takes|its|this|us|as|always|perhaps)\b)[a-z]{3,}s|%|\bpercent)\s+\Z"
)


def _is_modifier(text: str, candidate: Candidate, key: str, start: int) -> bool:
    """Whether the word ``key`` found at ``start`` modifies ``candidate`` rather than being a
    preposition that governs a larger phrase."""
    if "\n\n" in text[start : candidate.start].replace("\r", ""):
        return False  # "Arctic ice shrinks early\n\nLast month ...": a headline's last word
    if key == "about" and _HOW_ABOUT.search(text, max(0, start - 6), start):
        return False  # "How about this Fri 3pm?" proposes a time; it does not round one
    if key == "around" and _GET_AROUND.search(text, max(0, start - 10), start):
        return False  # "find another way to get around today": the verb's particle
    if (
        key in ("early", "late")
        and candidate.partial.grain > Grain.YEAR
        and _INDEFINITE_BEFORE.search(text, max(0, start - 4), start)
    ):
        # "an early Easter", "a late spring": when it fell, no part of it (but "an early 1987
        # attempt" is an attempt early in 1987).
        return False
    if (
        key == "about"
        and candidate.partial.kind == "date"
        and _ABOUT_GOVERNOR.search(text, max(0, start - 16), start)
    ):
        return False  # "Investors are worried about 2025": what they worry about
    if key == "about" and candidate.text.lower().startswith(
        ("those ", "these ", "his ", "her ", "their ", "its ", "our ", "my ", "your ")
    ):
        return False  # "I think about those 52 seconds": a determiner makes "about" the preposition
    if (
        # ("State offices will open two hours late on Friday".)
        key in ("late", "late on")
        and (
            candidate.partial.grain == Grain.PART_OF_DAY
            or _LATE_BY_BEFORE.search(text, max(0, start - 16), start) is not None
        )
        and _LATENESS_BEFORE.search(text, max(0, start - 16), start)
        # ("lost data for about three hours late Friday": how long, then when.)
        and not _FOR_A_LENGTH_BEFORE.search(text, max(0, start - 40), start)
    ):
        return False  # "arrived late this morning": the arrival was late, not the morning
    if key in ("early", "early on") and (
        (
            _LATE_BY_BEFORE.search(text, max(0, start - 16), start)
            # ("The officials met for three hours early Monday": how long they met.)
            and not _FOR_A_LENGTH_BEFORE.search(text, max(0, start - 30), start)
            # ("its first shutdown in 17 years early Tuesday": how long since the last.)
            and not _IN_A_LENGTH_BEFORE.search(text, max(0, start - 30), start)
        )
        # ("is expected to close early next year" is early in the year: only a day's close is early.)
        or (
            _CLOSES_EARLY_BEFORE.search(text, max(0, start - 12), start)
            and candidate.partial.grain >= Grain.DAY
        )
    ):
        # "Play will begin half an hour early tomorrow", "Markets will close early on Friday": the
        # start or the close is early, not the day.
        return False
    if key in ("later", "earlier", "later in", "earlier in") and _COUNT_OF_UNITS_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return False  # "could open an hour earlier in July": the count's, not the month's edge
    if key == "up to" and _MOVED_UP_BEFORE.search(text, max(0, start - 12), start):
        return False  # "The average workweek edged up to 34.5 hours": a move up, no bound
    if key == "about" and _TOPIC_OF_ABOUT_BEFORE.search(text, max(0, start - 20), start):
        return False  # "The most glorious thing about June 30 is ...": a topic, no approximation
    if key == "up to" and candidate.partial.kind == "date":
        return False  # "injured in the 24 hours up to 8 a.m. Monday": until the time, no bound of it
    if key == "late" and _KEPT_OPEN_BEFORE.search(text, max(0, start - 12), start):
        return False  # "The landfill will stay open late that week": the hours are late, not the week
    if key in ("later", "earlier"):
        # "later next week", "later this summer"; not "Earlier Friday", which TimeBank leaves out
        # of the day's extent.
        return candidate.text.lower().startswith(("next ", "last ")) or (
            candidate.partial.season is not None and candidate.text.lower().startswith("this ")
        )
    if key.endswith(" of") and _POSSESSIVE.match(text, candidate.end):
        return False  # "in the second half of last weekend's win": a half of the game
    if key.endswith(" than") and _AMOUNT_BEFORE.search(text, max(0, start - 16), start):
        return False  # "$300 million more than a year earlier": a sum compared with the date's

    if candidate.partial.mod is not None:
        return True  # an approximation of a date with a position (see _modifiers_of)
    if (
        candidate.text[:4].lower() == "the "
        and key in _QUANTITY_MODIFIERS
        and key not in _BEFORE_DETERMINER
        # ("around the year 2000": a year named, rounded as "around 2000" is.)
        and not _THE_YEAR_NAMED.fullmatch(candidate.text)
    ):
        return False  # "over the past three years", "about the past year"
    if (
        key in _DATE_APPROXIMATIONS
        and candidate.partial.kind == "date"
        and candidate.partial.grain <= Grain.DAY
    ):
        return _POSSESSIVE.match(text, candidate.end) is None  # "get around Wednesday's ruling"
    if key in _ON_WEEKDAY:
        # ("early on Sunday, 5 November" too: its weekday; not "late on 21 June", as WikiWars draws it.)
        return candidate.partial.weekday is not None
    if (
        key == "over"
        and candidate.partial.kind == "date"
        and _TOOK_OVER_BEFORE.search(text, max(0, start - 10), start)
    ):
        # "Monti, who took over 15 months ago": the verb's particle, no bound (but "took over a
        # month to prepare" is more than a month).
        return False
    if key == "over":
        # "over a week", "for over nine months", "just over 40 days" bound a count; "killed over
        # 24 hours" is a span. "just" stays outside, as TimeBank draws it ("just [over an hour]").
        return (
            candidate.text.lower().startswith(("a ", "an "))
            # ("Five assaults over a month achieved nothing": across the month, after the noun.)
            and _ACROSS_AFTER_NOUN_BEFORE.search(text, max(0, start - 16), start) is None
            # ("Blood pressure fell over a year of treatment": across the year the noun fills.)
            and not text.startswith(" of ", candidate.end)
            # ("The evacuation was carried out over a week": across the week an event took.)
            and _SPREAD_ACROSS_BEFORE.search(text, max(0, start - 16), start) is None
        ) or _FOR_BEFORE.search(text, max(0, start - 10), start) is not None
    return True


#: A count of units right before "earlier"/"later": "an hour ", "two weeks ".
_COUNT_OF_UNITS_BEFORE = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?)\s+\Z",
    re.IGNORECASE,
)
#: A word whose topic "about" introduces, before it: "thing about", "a book about", "talked about".
_TOPIC_OF_ABOUT_BEFORE = re.compile(
    r"\b(?:things?|books?|films?|movies?|documentary|novel|stor(?:y|ies)|articles?|reports?|questions?|songs?"
    r"|poems?|memories|lessons?|nothing|something|everything|anything|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?"
    r"|wrote|writes?|writing|think(?:s|ing)?|thought|know(?:s|n)?|knew|learn(?:s|ed|ing)?|care[sd]?|worr(?:y|ied|ies)"
    r"|remember(?:s|ed)?|forget|forgot|feel|felt|asked|complain(?:s|ed)?)\s+\Z",
    re.IGNORECASE,
)
#: A verb of motion right before "up to": "edged ", "rose ".
_MOVED_UP_BEFORE = re.compile(
    r"\b(?:edged|edges|rose|rises|climbed|climbs|jumped|jumps|ticked|ticks|crept|creeps|moved|moves|went|goes|"
    r"inched|inches|shot|revised|revises)\s+\Z",
    re.IGNORECASE,
)
#: What stays open (or works) late: "stay open ", "worked ".
_KEPT_OPEN_BEFORE = re.compile(r"\b(?:open|stay|stays|stayed|work|works|worked|working)\s+\Z", re.IGNORECASE)


def absorb_modifiers(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Widen each candidate over a modifier written just before it and set its ``mod``."""
    refined: list[Candidate] = []
    previous_end = 0
    for candidate in candidates:
        window_start = max(previous_end, candidate.start - _LOOKBACK)
        found = _modifiers_of(candidate)
        match = (
            found[1].search(text, window_start, candidate.start)
            if found is not None and _may_end_in_modifier(text, window_start, candidate.start)
            else None
        )
        widened = candidate
        if found is not None and match is not None:
            table, _, outside = found
            key = " ".join(match.group("modifier").lower().split())
            start = match.start()
            if key in _ARTICLE_HYPHENED and candidate.partial.grain > Grain.DECADE:
                # "the late-November trip": the article is the noun's, as in "the [late-November]
                # trip"; a decade or century is the noun itself ("the early-16th century").
                key = key.removeprefix("the ")
                start = match.end("modifier") - len(key)
            if _is_modifier(text, candidate, key, start):
                new_start = candidate.start if key in outside else start
                widened = replace(
                    candidate,
                    start=new_start,
                    text=text[new_start : candidate.end],
                    partial=candidate.partial.but(mod=candidate.partial.mod or table[key]),
                )
        refined.append(widened)
        previous_end = widened.end
    return refined


#: (Not across a blank line: a schedule's "... at 9:15 a.m." and the next day's heading, "TUESDAY".)
_DATE_THEN_TIME = re.compile(r"(?!\s*\n\s*\n),?\s+(?:at\s+|around\s+|about\s+|@\s*)?$")
#: ("The last call came at 9:52 p.m. that Wednesday": the day the story is at.)
_THAT_BEFORE_DAY = re.compile(r"\bthat\s+\Z")
_TIME_THEN_DATE = re.compile(r"^(?!\s*\n\s*\n),?\s+(?:on\s+)?(?:the\s+|that\s+)?$")


#: The values of sets of days a clock time can recur in, and the day part each gives the
#: clocked set: "every Monday at 9:15" is XXXX-WXX-1T09:15, "every day at noon" XXXX-XX-XXT12:00.
_SET_OF_DAYS = re.compile(r"(?P<day>XXXX-WXX-[1-7]|XXXX-XX-XX|XXXX-[0-9]{2}-[0-9]{2})|(?P<period>P1D)")


#: What joins the two ends of a range (or a pair) of clock times: "noon and 1 p.m.", "9-5".
_CLOCK_JOIN = r"\s*(?:[-–]|\s(?:to|and|until|till|through)\s)\s*"
#: What comes before the second end of a range of clock times: "2 to ", "9-", "noon and ".
_RANGE_END_BEFORE = re.compile(
    r"(?:\b[0-9]{1,2}(?:[:.][0-9]{2})?(?:\s*[ap]\.?m\.?)?|\bnoon|\bmidday|\bmidnight)" + _CLOCK_JOIN + r"\Z",
    re.IGNORECASE,
)


#: A second clock joined to the first: " and 3 p.m.", ", 3 p.m.".
_SECOND_CLOCK_AFTER = re.compile(r"(?:,\s*|\s+and\s+)[0-9]{1,2}(?:[:.][0-9]{2})?\s*[ap]\.?m\b", re.IGNORECASE)


def _clocked_set(text: str, first: Candidate, second: Candidate, *, recurring: Candidate) -> Candidate | None:
    """ "every Monday at 9:15", "daily at 6 a.m.", "at 9pm on Sundays": one SET, the clock time on
    each day of the set, as "Friday at 3 p.m." is one TIME. A set of parts of days ("every evening
    at 7") stays apart: the part says which half of the day a bare hour is in."""
    clock = (second if recurring is first else first).partial
    days = _SET_OF_DAYS.fullmatch(recurring.partial.value or "")
    if days is None or clock.hour is None or clock.zone is not None:
        return None  # (a zone's offset is the resolver's to write, on a day it knows)
    if recurring is second and _RANGE_END_BEFORE.search(text, max(0, first.start - 24), first.start):
        return None  # "from 2 to 4 p.m. on Sundays": both ends recur (see date_clocks_of_sets)
    if (
        recurring is first
        and recurring.partial.freq not in (None, "1X")
        and _SECOND_CLOCK_AFTER.match(text, second.end)
    ):
        return None  # "twice a day, at 10 a.m. and 3 p.m.": two clocks, no one the set's
    day = days.group("day") or "XXXX-XX-XX"
    seconds = f":{clock.second:02d}" if clock.second is not None else ""
    time = f"T{clock.hour:02d}:{clock.minute or 0:02d}{seconds}"
    # "daily at 9:15": the adverb's period gives way to the day of each period, and its freq stays.
    partial = recurring.partial.but(value=day + time)
    return Candidate(
        first.start,
        second.end,
        text[first.start : second.end],
        first.rule + "+" + second.rule,
        "SET",
        partial,
    )


#: What stands before the last day of a range of weekdays: "Mon-", "Monday to ", "Mon. through ".
#: The clock after that day is every day's of the range ("open Mon-Fri 9am-5pm"), not its own.
_ENDS_DAY_RANGE = re.compile(
    r"\b(?:" + "|".join(sorted(en.WEEKDAYS, key=len, reverse=True)) + r")\.?"
    r"\s*(?:[-–]|\s(?:to|through|thru|until|till)\s)\s*\Z",
    re.IGNORECASE,
)


#: A clock that opens a range of hours: "9am-5pm", "8am to 6pm".
_OPENS_HOURS = re.compile(
    r"\s*(?:[-–]|\s(?:to|until|till)\s)\s*(?:[0-9]{1,2}(?![0-9])|noon|midday|midnight)", re.IGNORECASE
)


def _hours_of_day_span(text: str, day: Candidate, clock: Candidate) -> bool:
    """Whether ``clock`` opens the hours of a span of days that ``day`` ends ("open Mon-Fri
    9am-5pm", "Monday to Friday, 8am to 6pm"): the hours are every day's of the span, not the last
    day's alone (as "from Friday until Sunday midnight" is Sunday's)."""
    ends_span = _ENDS_DAY_RANGE.search(text, max(0, day.start - 24), day.start)
    return bool(ends_span and _OPENS_HOURS.match(text, clock.end))


def _heading_line(text: str, day: Candidate, gap: str) -> bool:
    """Whether a day is a line of its own, a heading, with the clock on the next line: "FRIDAY,
    JULY 4\n8 a.m.: Registration opens" (a schedule's day and an item under it)."""
    if "\n" not in gap:
        return False
    # (Only a short line is a heading: the line's start is looked for within a bound.)
    low = max(0, day.start - _HEADING_REACH)
    line_break = text.rfind("\n", low, day.start)
    if line_break < 0 and low > 0:
        return False
    return not text[line_break + 1 : day.start].strip()


#: How far before a day a heading's line may begin.
_HEADING_REACH = 80


def join_date_and_time(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Join a day and a clock time written next to each other into one TIME (a set of days and a
    clock time into one SET)."""
    joined: list[Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if following is not None:
            gap = text[current.end : following.start]
            merged = None
            if (
                _is_day_or_its_part(current, following)
                and following.partial.is_bare_clock
                and _DATE_THEN_TIME.match(gap)
                and not _hours_of_day_span(text, current, following)
                and not _heading_line(text, current, gap)
            ):
                merged = _merge(text, current, following, date=current, time=following)
            elif (
                current.partial.is_bare_clock
                and _is_day_or_its_part(following, current)
                and _TIME_THEN_DATE.match(gap)
                and not ends_sentence_before(current, following)
                # ("June 12 - Polls close at 10 p.m.\nJune 13 - Results are released": the next
                # line of a timeline, its date its own.)
                and not ("\n" in gap and TIMELINE_JOIN.match(text, following.end))
            ):
                day = following
                if (
                    _THAT_BEFORE_DAY.search(gap)
                    and day.partial.weekday is not None
                    and day.partial.anchor is None
                    and day.partial.day is None
                ):
                    # "Rockets were fired at 2:30 a.m. that Wednesday": the Wednesday the story is
                    # at, as "that Wednesday" alone is.
                    day = replace(day, partial=day.partial.but(anchor="ref", direction="nearest"))
                merged = _merge(text, current, following, date=day, time=current)
                zoned = _ZONE_AFTER_THE_DAY.match(text, merged.end) if current.partial.zone is None else None
                if zoned is not None and (offset := ZONES.get(" ".join(zoned["zone"].upper().split()))):
                    # "at 4 a.m. Sunday Saudi time": the zone told after the day is the clock's.
                    merged = replace(
                        merged,
                        end=zoned.end(),
                        text=text[merged.start : zoned.end()],
                        partial=merged.partial.but(zone=offset),
                    )
            elif (
                current.partial.kind == "set"
                and following.partial.is_bare_clock
                and _DATE_THEN_TIME.match(gap)
                and not _hours_of_day_span(text, current, following)
            ):
                merged = _clocked_set(text, current, following, recurring=current)
            elif (
                current.partial.is_bare_clock
                and following.partial.kind == "set"
                and _TIME_THEN_DATE.match(gap)
            ):
                merged = _clocked_set(text, current, following, recurring=following)
            if merged is not None:
                joined.append(merged)
                index += 2
                continue
        joined.append(_with_bare_hour(text, current, following))
        index += 1
    return joined


#: A zone in words after a clock's day: " Saudi time", " Beijing time".
_ZONE_AFTER_THE_DAY = re.compile(
    r"\s+(?P<zone>"
    + "|".join(sorted((zone for zone in ZONES if zone.endswith(" TIME")), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: A bare hour after a day: "tomorrow at 7", "tonight at 8", "Friday at 3." The hour must end
#: the clause or lead into a preposition, so that "closed Friday at 7,000", "Monday at 5
#: percent" and "finished Friday at 8.34%" stay what they are.
_BARE_HOUR_AFTER = re.compile(
    # ("Last night at about 10, there was a party": a time told roughly.)
    r",?\s+at\s+(?:(?P<approx>about|around|approximately)\s+)?"
    r"(?P<hour>1[0-2]|[1-9]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"(?::(?P<minute>[0-5][0-9]))?(?:\s+o'clock)?"
    r"(?=\s*(?:$|[.;!?)](?![0-9])|,\s|(?:and|with|for|in|at|sharp|then|so|if|or|but|please|instead)\b))"
)
#: An hour a transcript says in words: "The hearing resumes Monday at ten".
_HOUR_WORDS = {
    word: hour
    for hour, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1
    )
}
#: Parts of the day that put a bare hour in the afternoon or evening ("this evening at 7").
_AFTERNOON_PARTS = frozenset({"AF", "EV", "NI"})


#: The value of a set of one weekday, without its hour: "XXXX-WXX-7".
_WEEKDAY_SET_VALUE = re.compile(r"XXXX-WXX-[1-7]")


def _with_bare_hour(text: str, current: Candidate, following: Candidate | None) -> Candidate:
    """ "tonight at 8", "the day after tomorrow at 7": a day, or a part of a day, and an hour
    without "a.m." or "p.m." is one TIME. The hour is read as a clock on the day: in the
    afternoon after "evening", "night", "afternoon"; otherwise 7 to 11 are morning hours and 1 to
    6 afternoon ones, as appointments are made ("Friday at 3" is 15:00, "tomorrow at 7" 07:00)."""
    partial = current.partial
    if partial.kind == "set" and partial.value is not None and _WEEKDAY_SET_VALUE.fullmatch(partial.value):
        # "every Sunday at 3": the hour of each such day, read as a day's bare hour is.
        match = _BARE_HOUR_AFTER.match(text, current.end)
        if match is None or (following is not None and following.start < match.end()):
            return current
        hour = _HOUR_WORDS.get(match["hour"].lower()) or int(match["hour"])
        hour += 12 if hour <= 6 else 0
        end = match.end()
        value = f"{partial.value}T{hour:02d}:{int(match['minute'] or 0):02d}"
        return Candidate(
            current.start,
            end,
            text[current.start : end],
            current.rule + "+hour",
            "SET",
            partial.but(value=value),
        )
    if partial.kind != "date" or partial.mod is not None or partial.hour is not None:
        return current
    if not (_is_day(current) or (partial.part_of_day is not None and partial.grain == Grain.PART_OF_DAY)):
        return current
    match = _BARE_HOUR_AFTER.match(text, current.end)
    if match is None or (following is not None and following.start < match.end()):
        return current
    hour, part = _HOUR_WORDS.get(match["hour"].lower()) or int(match["hour"]), partial.part_of_day
    if part in _AFTERNOON_PARTS:
        afternoon = _afternoon_hour(hour, part)
        if afternoon is None:
            return current
        hour = afternoon
    elif part is None and hour <= 6:
        hour += 12
    elif part == "MO" and hour == 12:
        return current
    clocked = partial.but(
        hour=hour,
        minute=int(match["minute"] or 0),
        part_of_day=None,
        grain=Grain.MINUTE,
        mod="APPROX" if match["approx"] else None,
    )
    end = match.end()
    return Candidate(current.start, end, text[current.start : end], current.rule + "+hour", "TIME", clocked)


def _afternoon_hour(hour: int, part: str) -> int | None:
    """The hour after noon that a bare hour said with an afternoon, an evening or a night names
    ("tonight at 8", "half past ten tonight", "3 this afternoon"); ``None`` for a night's small
    hours or its 12 ("Friday night at 2" is the next day's, "at 12" midnight)."""
    if part == "NI" and not 6 <= hour <= 11:
        return None
    return hour % 12 + 12


def _is_day(candidate: Candidate) -> bool:
    partial = candidate.partial
    return partial.kind == "date" and partial.grain == Grain.DAY and partial.mod is None


def _is_day_or_its_part(candidate: Candidate, clock: Candidate) -> bool:
    """A day, or a part of a named day ("Sunday morning") or of a day counted from the DCT
    ("midnight tonight", "noon this afternoon" is not said, but "5 p.m. tomorrow evening" is): a
    clock time next to it is on that day ("at 02:30 on Sunday morning" is 02:30 that Sunday; the
    clock is the finer of the two). Not the small hours after a night ("Saturday night at 2
    a.m." is Sunday's)."""
    partial = candidate.partial
    return _is_day(candidate) or (
        partial.kind == "date"
        and partial.grain == Grain.PART_OF_DAY
        and partial.mod is None
        and (
            (partial.anchor is None and (partial.weekday is not None or partial.day is not None))
            or (partial.anchor == "dct" and partial.shift is not None and partial.shift.unit == Grain.DAY)
            # "at 11:00 the next morning": a part of the day the story counts to.
            or (
                partial.anchor == "ref"
                and partial.shift is not None
                and partial.shift.unit == Grain.DAY
                and partial.shift.amount != 0
            )
        )
        and not (
            partial.part_of_day == "NI"
            and (clock.partial.hour or 0) < 12
            and not _later_half_of_day(candidate, clock)
        )
    )


#: A clock that says which half of the day it is in ("a.m.", "pm", "noon", "midnight").
_STATES_ITS_HALF = re.compile(r"[ap]\.?\s?m\b|noon|midnight|midday", re.IGNORECASE)


def _later_half_of_day(part: Candidate, clock: Candidate) -> bool:
    """Whether a clock without its half of the day, before an afternoon, evening or night, is
    after noon (:func:`_afternoon_hour`): "half past ten tonight" is 22:30; not "2 on Saturday
    night" (the small hours)."""
    hour, part_of_day = clock.partial.hour, part.partial.part_of_day
    return (
        hour is not None
        and 0 < hour < 12
        and part_of_day in _AFTERNOON_PARTS
        and not _STATES_ITS_HALF.search(clock.text)
        and _afternoon_hour(hour, part_of_day) is not None
    )


#: "after" just before a midnight written ahead of its day: "just after midnight Sunday".
_AFTER_BEFORE = re.compile(r"(?<![A-Za-z])after\s+\Z", re.IGNORECASE)


def _merge(text: str, first: Candidate, second: Candidate, *, date: Candidate, time: Candidate) -> Candidate:
    clock = time.partial
    hour = clock.hour
    if (
        hour == 24
        and time is first
        and _AFTER_BEFORE.search(text, max(0, first.start - 8), first.start)
        # ("will vote just after midnight tonight": the midnight that ends the night's day.)
        and date.partial.part_of_day not in ("NI", "EV")
    ):
        # "The shooting happened just after midnight Sunday": the hour and then the day it is
        # on, as in "at 1 a.m. Sunday", so the midnight that begins Sunday. (A midnight alone
        # ends its day: "the offer expires at midnight Friday" is Friday's 24:00.)
        hour = 0
    if hour is not None and date.partial.grain == Grain.PART_OF_DAY and _later_half_of_day(date, time):
        hour = _afternoon_hour(hour, date.partial.part_of_day or "")
    elif (
        hour is not None
        and 13 <= hour <= 23
        and date.partial.part_of_day == "MO"
        and not _STATES_ITS_HALF.search(time.text)
    ):
        # "At 5:30 on the morning of Dec. 3, 1949": a bare hour read as the afternoon's is the
        # morning's the text names.
        hour -= 12
    elif hour == 12 and date.partial.part_of_day == "MO" and not _STATES_ITS_HALF.search(time.text):
        # "The law takes effect at 12:01 Thursday morning": the 12 of a morning is the hour after
        # midnight.
        hour = 0
    partial = date.partial.but(
        hour=hour,
        minute=clock.minute,
        second=clock.second,
        zone=clock.zone,
        grain=clock.grain,
        part_of_day=None,
    )
    if time is second and _ROUNDED_BETWEEN.search(text, first.end, second.start):
        # "On 13 September 1759, about 4 a.m., British troops climbed": the clock is rounded.
        partial = partial.but(mod="APPROX")
    return Candidate(
        first.start, second.end, text[first.start : second.end], date.rule + "+" + time.rule, "TIME", partial
    )


_ROUNDED_BETWEEN = re.compile(r"\b(?:about|around)\s+\Z", re.IGNORECASE)


#: The comma between a named day and the date that restates it: "Christmas Eve, 24 December 1914".
_APPOSITION = re.compile(r",\s+")
#: The capitalised word before a date that opens with its weekday: "Easter" of "Easter Monday,
#: 24 April 1916".
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[A-Z][a-z]+)\s+\Z")
_WEEKDAY_FIRST = re.compile(r"(?P<weekday>[A-Z][a-z]+day)\b")
#: The comma after such a weekday, before the date: "Bloody Sunday, 21 November 1920".
_NAMED_WEEKDAY_SEPARATOR = re.compile(r",\s+(?=[0-9A-Z])")
#: The capitalised words that make a weekday a day's name: "Bloody Sunday", "Black Tuesday".
_DAY_NAMING_WORDS = frozenset(
    {
        "Bloody",
        "Black",
        "Red",
        "White",
        "Blue",
        "Super",
        "Cyber",
        "Mad",
        "Spy",
        "Great",
        "Silent",
        "Dark",
        "Tragic",
    }
)
#: Every named day of the English tables, in lower case.
_NAMED_DAYS = frozenset(
    (
        *en.FIXED_HOLIDAYS,
        *en.EASTER_HOLIDAYS,
        *en.ORTHODOX_EASTER_HOLIDAYS,
        *en.NTH_WEEKDAY_HOLIDAYS,
        *en.THANKSGIVING_DAYS,
    )
)


#: The comma between a weekday's part and the date that restates its day: "Monday night, April 8".
_PART_THEN_DATE = re.compile(r",\s+")


def join_weekday_part_and_date(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """ "Monday night, April 8": a part of a weekday and the day of the month that restates it name
    one day (in a year it falls on that weekday), as "the night of Monday, April 8" does. Each keeps
    its own span, as TimeBank draws them ("Friday morning", "July 22"), and both learn the other's
    half of the date."""
    found = list(candidates)
    for index in range(len(found) - 1):
        current, following = found[index], found[index + 1]
        part, date = current.partial, following.partial
        if (
            part.kind == "date"
            and part.weekday is not None
            and part.grain == Grain.PART_OF_DAY
            and part.day is None
            and part.month is None
            and part.anchor is None
            and part.shift is None
            and date.kind == "date"
            and date.month is not None
            and date.day is not None
            and date.weekday is None
            and date.hour is None
            and date.grain == Grain.DAY
            and _PART_THEN_DATE.fullmatch(text, current.end, following.start)
        ):
            dated = date.but(weekday=part.weekday)
            found[index] = replace(
                current, partial=dated.but(part_of_day=part.part_of_day, grain=Grain.PART_OF_DAY)
            )
            found[index + 1] = replace(following, partial=dated)
    return found


#: "a Tuesday in March 2020": the indefinite article before a weekday and the month after it.
_SOME_WEEKDAY_BEFORE = re.compile(r"(?<![\w-])[Aa]\s+\Z")
_SOME_WEEKDAY_OF = re.compile(r"\s+(?:in|of)\s+")


def join_some_weekday(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Join "a Tuesday in March 2020", "on a Sunday in May": some such day of that month, which the
    text does not say; the date is the month, as far as it is known. (The article alone does not
    make the day unknown: "a Monday deadline" is that Monday's.)"""
    joined: list[Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        article = _SOME_WEEKDAY_BEFORE.search(text, max(0, current.start - 4), current.start)
        if (
            following is not None
            and article is not None
            and _is_bare_weekday(current)
            and _is_month_of_year(following)
            and _SOME_WEEKDAY_OF.fullmatch(text, current.end, following.start)
        ):
            start = article.start()
            joined.append(
                Candidate(
                    start,
                    following.end,
                    text[start : following.end],
                    current.rule + "+" + following.rule,
                    "DATE",
                    following.partial,
                )
            )
            index += 2
            continue
        joined.append(current)
        index += 1
    return joined


def _is_month_of_year(candidate: Candidate) -> bool:
    """A month the text names, with its year or alone ("March 2020", "May"), no day or position."""
    partial = candidate.partial
    return (
        partial.kind == "date"
        and partial.month is not None
        and partial.grain == Grain.MONTH
        and partial.day is None
        and partial.mod is None
        and partial.anchor is None
    )


def join_named_days(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Join a named day and the date that restates it after a comma into one DATE of that date:
    "on Christmas Eve, 24 December 1914", "on Easter Monday, 24 April 1916" (where the date took
    the weekday of the name). A date the name does not fall on stays apart."""
    joined: list[Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        if (
            following is not None
            and _is_stated_day(following)
            # (Not a date and then its name: "on Feb. 14, Valentine's Day" is two.)
            and not following.rule.startswith("holiday.")
            and _APPOSITION.fullmatch(text, current.end, following.start)
            and (
                _names_day_of(current.partial, following.partial)
                # ("march on Independence Day, Sept. 7": the day of the country's own, which the date
                # says.)
                or (
                    NATIONAL_DAY_NAME.fullmatch(current.text) is not None
                    and following.partial.month is not None
                    and following.partial.day is not None
                )
            )
        ):
            joined.append(_joined_to(text, current, following))
            index += 2
            continue
        joined.append(_with_named_weekday(text, current) if _is_stated_day(current) else current)
        index += 1
    return joined


def _is_stated_day(candidate: Candidate) -> bool:
    """A day of a month the text states: "24 December 1914", "Monday, 24 April 1916"."""
    partial = candidate.partial
    return _is_day(candidate) and partial.anchor is None and None not in (partial.month, partial.day)


def _names_day_of(named: PartialTime, date: PartialTime) -> bool:
    """Whether a named day without a year or a direction ("Christmas Eve") falls on ``date``."""
    if named.kind != "date" or named.grain != Grain.DAY or named.year is not None:
        return False
    if named.anchor is not None or named.direction is not None:
        return False
    if named.holiday_name is not None:
        if date.year is None or date.bc:
            return True
        day = holiday_date(named.holiday_name, date.year)
        return day is not None and (day.month, day.day) == (date.month, date.day)
    key = (named.month, named.day)
    return key in _FIXED_DAYS and key == (date.month, date.day)


_FIXED_DAYS = frozenset(en.FIXED_HOLIDAYS.values())


def _joined_to(text: str, named: Candidate, date: Candidate) -> Candidate:
    rule = named.rule + "+" + date.rule
    return Candidate(named.start, date.end, text[named.start : date.end], rule, "DATE", date.partial)


def _with_named_weekday(text: str, candidate: Candidate) -> Candidate:
    """A date that opens with a weekday a name goes with ("Easter Monday, 24 April 1916") takes
    the name into its extent."""
    weekday = _WEEKDAY_FIRST.match(candidate.text)
    before = _WORD_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)
    if weekday is None or before is None:
        return candidate
    if f"{before.group('word')} {weekday.group('weekday')}".lower() not in _NAMED_DAYS:
        rest = _NAMED_WEEKDAY_SEPARATOR.match(candidate.text, weekday.end())
        if (
            before.group("word") in _DAY_NAMING_WORDS
            and rest is not None
            and candidate.partial.day is not None
        ):
            # "On Bloody Sunday, 21 November 1920": the weekday is a name's (no feast the tables
            # know), and the date is the day it names, with no weekday to check it against.
            start = candidate.start + rest.end()
            return replace(
                candidate,
                start=start,
                text=text[start : candidate.end],
                partial=candidate.partial.but(weekday=None),
            )
        return candidate
    start = before.start("word")
    return replace(candidate, start=start, text=text[start : candidate.end])


_RANGE_BEFORE = re.compile(
    # "on the 14 and 15 May": the first day keeps its article, as "the 14th" does.
    r"(?<![\w.,/-])(?P<part>(?:[Tt]he\s+)?(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?)\s*(?:[-–]|to|and|through|until|or)\s*$"
)
#: ... and with its weekday: "Friday 8 and " before "Sunday 10 June 2001".
_RANGE_BEFORE_WEEKDAY_DAY = re.compile(
    r"(?<![\w.,/-])(?P<part>(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+(?P<day>[0-3]?[0-9])"
    r"(?:st|nd|rd|th)?)\s*(?:[-–]|to|and|through|until)\s*$"
)
_RANGE_AFTER_DAY = re.compile(
    r"^\s*(?:[-–]|to|and|through|until|or)\s*(?P<part>(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?)(?![\w/.,]?[0-9])"
    # ... and a day's ordinal in words after a month's, as broadcasts say them: "on May eleventh
    # and thirteenth".
    r"|^\s+(?:to|and|through|until|or)\s+(?P<part_word>"
    + "|".join(sorted(en.ORDINAL_WORDS, key=len, reverse=True))
    + r")\b(?!-)",
    re.IGNORECASE,
)
#: A day of the month named by its ordinal alone ("the 20th"), the first end of "the 20th and 21st".
_ORDINAL_DAY = re.compile(r"the [0-3]?[0-9](?:st|nd|rd|th)", re.IGNORECASE)
#: ... and not a rank: "the 20th and 21st time", "the 9th and 10th centuries".
_A_DAY_ENDS = re.compile(NOT_A_DAY_AFTER)
_RANGE_AFTER_YEAR = re.compile(
    r"^(?:\s*[-–/]\s*|\s+(?:to|and|through|until|or)\s+)(?P<year>[0-9]{2}|[0-9]{4})(?![\w/.,]?[0-9])"
    # (Not a figure: "rose 33% in 2013 and 59% in 2014", "rose 7 percent in 2012 to 50 billion
    # euros".)
    r"(?!\s*(?:%|percent\b|per\s+cent\b|hundred\b|thousand\b|million\b|billion\b|trillion\b|bn\b|m\b))"
)

#: The second end of a range of slashed days, after the first: "3/25-3/29", "3/25 to 3/29".
_RANGE_AFTER_SLASHED_DAY = re.compile(
    r"^\s*(?:[-–]|to)\s*(?P<part>(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12][0-9]|0?[1-9]))(?![/0-9]|[.,][0-9])"
)
#: A slashed day at the end of an expression: "3/25", "Thu 3/25".
_SLASHED_DAY_END = re.compile(r"(?<![0-9/])(?:1[0-2]|0?[1-9])/(?:3[01]|[12][0-9]|0?[1-9])$")

#: The year written once after the second day of a month-first range: "March 5-9, 1918".
#: (Not the digits of a decade: "Christmas-26 1990s" has no year after its range.)
_RANGE_YEAR = re.compile(r",?\s*(?P<year>1[0-9]{3}|20[0-9]{2})(?![\w/.,]?[0-9])(?!['’]?s\b)")

#: The first end of a range of years before the era, which writes the era once, after the second:
#: "(499-493 BC)", "from 264 to 241 BC".
_RANGE_BEFORE_ERA_YEAR = re.compile(
    # The second end may be approximate on its own ("c. 630 - c. 570 BC").
    # ("from 241 to late 237 BC": the second end's position is its own.)
    r"(?<![\w.,/-])(?P<part>[0-9]{1,4})(?:\s*[-–]\s*|\s+(?:to|and|through|until|(?P<or>or))\s+)(?:(?:c|ca)\.\s*|circa\s+)?"
    r"(?:(?:early|late|mid)[\s-])?$"
)

#: The first end of a range of clock times, which writes "a.m."/"p.m." once, after the second:
#: "between 1 and 3 p.m.", "from 9 to 11 a.m.", "7-9 p.m.".
_RANGE_BEFORE_CLOCK = re.compile(
    # ("between about 4 and 6:30 p.m.": the first end's approximation with it.)
    r"(?:\b(?:between|from)\s+(?P<approx>(?:about|around|approximately)\s+)?"
    r"(?=[0-9]+(?:[:.][0-9]{2})?\s+(?:and|to|until|till)\s+$)"
    r"|(?<![\w.,:/$-])(?=[0-9]+(?:[:.][0-9]{2})?\s*[-–]\s*$)"
    # ... or a pair of hours either of which it may be: "at 7 or 8 p.m." (an hour or two apart).
    r"|(?<![\w.,:/$-])(?=[0-9]+(?:[:.][0-9]{2})?\s+(?P<or>or)\s+$)"
    # ... or "to" alone, before an end that says its half of the day: "Calling hours will be 4 to 7
    # p.m. Friday" (see _clock_range_start).
    r"|(?<![\w.,:/$-])(?=[0-9]+(?:[:.][0-9]{2})?\s+(?P<to>to|until|till)\s+$))"
    # (All of its digits: "between 0600 and 0800 GMT" starts at 0600, not at "06".)
    r"(?P<part>(?P<hour>[01]?[0-9]|2[0-3])(?:[:.]?(?P<minute>[0-5][0-9]))?)(?![0-9])",
    re.IGNORECASE,
)
#: ... and an hour in words before noon or midnight: "from nine until noon", "from ten to midnight".
_WORD_HOUR_BEFORE_NOON = re.compile(
    r"\b(?:between|from)\s+(?P<part>(?P<hour>one|two|three|four|five|six|seven|eight|nine|ten|eleven))"
    r"\s+(?:and|to|until|till)\s+$",
    re.IGNORECASE,
)


#: The half of the day a clock time writes: "7 p.m.", "9am".
_HALF_OF_DAY_IN = re.compile(r"[0-9]\s?(?:[ap]\.m\.|[ap]m(?!\w))", re.IGNORECASE)


def _clock_range_start(text: str, candidate: Candidate) -> Candidate | None:
    """The first end of "between 1 and 3 p.m.": an hour before the second end, in its half of
    the day when that keeps it earlier ("1" is 13:00), in the morning otherwise ("from 10 to
    2 p.m.")."""
    partial = candidate.partial
    if partial.hour is None or partial.part_of_day is not None:
        return None
    noon = candidate.text.lower() in ("noon", "midday", "midnight")
    if not (candidate.text[:1].isdigit() or noon):
        return None
    low = max(0, candidate.start - 24)
    before = _RANGE_BEFORE_CLOCK.search(text, low, candidate.start)
    if before is None and noon:
        before = _WORD_HOUR_BEFORE_NOON.search(text, low, candidate.start)
    if before is None or (before.groupdict().get("to") and not _HALF_OF_DAY_IN.search(candidate.text)):
        return None
    hour = (
        int(before.group("hour")) if before.group("hour").isdigit() else _LEXICON.number(before.group("hour"))
    )
    if hour is None:
        return None
    minute = int(before.groupdict().get("minute") or "0")
    end = partial.hour * 60 + (partial.minute or 0)
    if partial.hour >= 12 and hour < 12 and (hour + 12) * 60 + minute < end:
        hour += 12
    if hour * 60 + minute >= end or (before.groupdict().get("or") and end - (hour * 60 + minute) > 120):
        return None
    approx = bool(before.groupdict().get("approx"))
    return _part(
        text,
        candidate,
        before.start("approx" if approx else "part"),
        before.end("part"),
        partial.but(hour=hour, minute=minute, mod="APPROX" if approx else partial.mod),
    )


def split_ranges(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Give each end of a range its own expression, as TimeML does: "6-7 January 1916" holds
    6 January 1916 and 7 January 1916; "1915-17" holds 1915 and 1917; "May 4 and 5" holds
    May 4 and May 5; "499-493 BC" holds 499 BC and 493 BC; "March 5-9, 1918" holds March 5 and
    "9, 1918", the year dating both; "between 1 and 3 p.m." holds 13:00 and 15:00. The bare
    number takes the fields it lacks from its partner."""
    found: list[Candidate] = []
    years: dict[int, int] = {}  # a year written after a range: its start -> the year
    dated: dict[int, int] = {}  # a first end the year dates: its start -> the year
    before_era: set[int] = set()  # a first end read as a year of the era that the BC of the second dates
    reread: dict[int, Candidate] = {}  # a bare first clock time found alone: its start -> the reading
    dropped: set[int] = set()  # a weekday read alone that a range's first end takes in: its start
    taken = sorted((candidate.start, candidate.end) for candidate in candidates)
    lows = [low for low, _ in taken]
    reach = list(accumulate((high for _, high in taken), max))  # the furthest end so far

    def free(start: int, end: int) -> bool:
        """No candidate overlaps ``[start, end)`` (by bisection: a scan per range is quadratic)."""
        before = bisect.bisect_left(lows, end)  # the candidates that start before ``end``
        return before == 0 or reach[before - 1] <= start

    def only_itself(start: int, end: int) -> bool:
        """No candidate overlaps ``[start, end)`` but one of exactly that span (a year found alone,
        which the range's end takes in)."""
        first = bisect.bisect_left(lows, start)
        if first > 0 and reach[first - 1] > start:
            return False  # one begun before reaches into it
        after = bisect.bisect_left(lows, end)
        return all(taken[index] == (start, end) for index in range(first, after))

    for candidate in candidates:
        partial = candidate.partial
        if partial.kind != "date" or partial.mod is not None:
            continue
        if partial.anchor is not None and partial.hour is None:
            # (A clock of an anchored day keeps its range: "between 4:30 and 5:15 p.m. that day".)
            continue
        if (
            partial.grain == Grain.DAY
            and partial.day is not None
            and (partial.month is not None or _ORDINAL_DAY.fullmatch(candidate.text))
        ):
            before = _RANGE_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
            after = _RANGE_AFTER_DAY.match(text[candidate.end : candidate.end + 24])
            weekday_before = (
                _RANGE_BEFORE_WEEKDAY_DAY.search(text, max(0, candidate.start - 32), candidate.start)
                if partial.weekday is not None and partial.month is not None
                else None
            )
            if weekday_before is not None:
                # "between Friday 8 and Sunday 10 June 2001": the first end has its weekday too, which
                # was read alone.
                start, end = weekday_before.start("part"), weekday_before.end("part")
                weekday_end = weekday_before.end("weekday")
                day = int(weekday_before.group("day"))
                first = partial.but(day=day, weekday=_LEXICON.weekday(weekday_before.group("weekday")))
                if 1 <= day < (partial.day or 0) and (free(start, end) or only_itself(start, weekday_end)):
                    if not free(start, end):
                        dropped.add(start)
                    found.append(_part(text, candidate, start, end, first))
            elif before is not None and candidate.text[:1].isdigit():
                start, end = before.start("part"), before.end("part")  # "6th": the ordinal too
                day = int(before.group("day"))
                if 1 <= day < partial.day and free(start, end):
                    found.append(_part(text, candidate, start, end, partial.but(day=day, weekday=None)))
            elif _SLASHED_DAY_END.search(candidate.text):
                # "3/25-3/29": the rule read the first end because a day in the same form follows.
                slashed = _RANGE_AFTER_SLASHED_DAY.match(text[candidate.end : candidate.end + 16])
                if slashed is not None:
                    start, end = candidate.end + slashed.start("part"), candidate.end + slashed.end("part")
                    month, day = int(slashed.group("month")), int(slashed.group("day"))
                    second = partial.but(month=month, day=day, weekday=None)
                    if is_short_day_range(partial.month, partial.day, month, day) and free(start, end):
                        found.append(_part(text, candidate, start, end, second))
            elif (
                after is not None
                and not candidate.text[:1].isdigit()
                and (after.group("part_word") is None or candidate.rule == "date.month_ordinal_word")
            ):
                part = "part" if after.group("part_word") is None else "part_word"
                start, end = candidate.end + after.start(part), candidate.end + after.end(part)
                day = (
                    int(after.group("day"))
                    if after.group("part_word") is None
                    else en.ORDINAL_WORDS[after.group("part_word").lower()]
                )
                # "the 20th and 21st": a day without its month is followed by an ordinal alone.
                ordinal = partial.month is not None or (
                    not after.group(part).isdigit() and _A_DAY_ENDS.match(text, end) is not None
                )
                if ordinal and partial.day < day <= 31 and free(start, end):
                    second = partial.but(day=day, weekday=None)
                    year = _RANGE_YEAR.match(text, end) if partial.year is None else None
                    if year is not None and only_itself(year.start("year"), year.end("year")):
                        # "March 5-9, 1918": the year joins the second end and dates both.
                        years[year.start("year")] = int(year.group("year"))
                        dated[candidate.start] = int(year.group("year"))
                        end, second = year.end(), second.but(year=int(year.group("year")))
                    found.append(_part(text, candidate, start, end, second))
        elif partial.grain == Grain.YEAR and partial.year is not None and candidate.text.isdigit():
            after = _RANGE_AFTER_YEAR.match(text[candidate.end : candidate.end + 16])
            if after is not None:
                digits = after.group("year")
                year = partial.year // 100 * 100 + int(digits) if len(digits) == 2 else int(digits)
                start, end = candidate.end + after.start("year"), candidate.end + after.end("year")
                if partial.year < year <= partial.year + 100 and free(start, end):
                    found.append(_part(text, candidate, start, end, partial.but(year=year)))
        elif partial.hour is not None:
            first = _clock_range_start(text, candidate)
            if first is not None and free(first.start, first.end):
                found.append(first)
            elif first is not None:
                # "from 1:30 to 3 p.m.": "1:30" was found on its own, with no half of the day;
                # the second end's "p.m." gives it one.
                reread[first.start] = first
        elif partial.grain == Grain.YEAR and partial.bc and partial.year is not None:
            before = _RANGE_BEFORE_ERA_YEAR.search(text, max(0, candidate.start - 16), candidate.start)
            if before is not None and candidate.text[:1].isdigit():
                start, end = before.start("part"), before.end("part")
                year = int(before.group("part"))
                # Years before the era count down: the range's first year is the larger number
                # (either, of two a source cannot choose between: "in 51 or 50 BC").
                if (
                    _either_year(before, year, partial.year) or partial.year < year <= partial.year + 1000
                ) and free(start, end):
                    found.append(_part(text, candidate, start, end, partial.but(year=year)))
                elif partial.year < year <= partial.year + 1000:
                    # "(c. 1200-1150 BC)": the first year was read as one of the common era.
                    before_era.add(start)
        elif (
            partial.grain == Grain.YEAR
            and not partial.bc
            and partial.year is not None
            and candidate.text[:1].isdigit()
            and _COMMON_ERA_AFTER.search(candidate.text)
        ):
            # "(66-73 CE)", "132-136 AD": the era written once, after the second end.
            before = _RANGE_BEFORE_ERA_YEAR.search(text, max(0, candidate.start - 16), candidate.start)
            if before is not None:
                start, end = before.start("part"), before.end("part")
                year = int(before.group("part"))
                if (
                    partial.year - 1000 <= year < partial.year or _either_year(before, year, partial.year)
                ) and free(start, end):
                    found.append(_part(text, candidate, start, end, partial.but(year=year)))
    kept = [
        replace(candidate, partial=reread[candidate.start].partial)
        if candidate.start in reread and candidate.end == reread[candidate.start].end
        else replace(candidate, partial=candidate.partial.but(year=dated[candidate.start]))
        if candidate.start in dated
        else replace(candidate, partial=candidate.partial.but(bc=True))
        if candidate.start in before_era and _is_plain_year(candidate)
        else candidate
        for candidate in candidates
        if not (candidate.start in years and candidate.partial.grain == Grain.YEAR)
        and candidate.start not in dropped
    ]
    return sorted([*kept, *found], key=lambda candidate: candidate.start)


def _either_year(before: re.Match[str], year: int, other: int) -> bool:
    """Whether ``year`` "or" ``other`` are two years a source cannot choose between ("51 or 50 BC",
    "73 or 74 AD"): a few years apart, either first."""
    return before.group("or") is not None and 0 < abs(year - other) <= _EITHER_YEAR_GAP


#: How far apart two years joined by "or" may be.
_EITHER_YEAR_GAP = 10


#: The era of the common era written after a year: "73 CE", "136 AD", "70 A.D.".
_COMMON_ERA_AFTER = re.compile(r"\s(?:CE|AD|C\.E\.|A\.D\.)\Z")


def _is_plain_year(candidate: Candidate) -> bool:
    """A year written in digits alone, of the common era ("1200")."""
    partial = candidate.partial
    return (
        partial.grain == Grain.YEAR and not partial.bc and partial.anchor is None and candidate.text.isdigit()
    )


def _part(text: str, partner: Candidate, start: int, end: int, partial: PartialTime) -> Candidate:
    return Candidate(start, end, text[start:end], partner.rule + "+range", partner.type, partial)


# No "^": ``match`` at a start position anchors there, and "^" would only match at offset 0.
_OPEN_END = re.compile(
    # "and" only with "beyond": "in March 1991 and later ran ..." starts a new clause.
    r"(?P<words>\s+(?:or\s+(?:later|after|beyond|thereafter|earlier|before|so|more|longer|less)|and\s+beyond)\b"
    # "in June at the earliest", "two years at most": a bound said after the expression, where
    # the clause ends ("at least for now" bounds nothing).
    r"|,?\s+at\s+(?:the\s+(?:earliest|latest)|most|least)(?=\s*(?:[.,;:!?)]|$)))"
    r"(?P<ago>\s+(?:ago|earlier|later)\b)?"
)
_OPEN_END_MODS = {
    "later": "ON_OR_AFTER", "after": "ON_OR_AFTER", "beyond": "ON_OR_AFTER",
    "thereafter": "ON_OR_AFTER", "earlier": "ON_OR_BEFORE", "before": "ON_OR_BEFORE",
    "so": "APPROX", "earliest": "ON_OR_AFTER", "latest": "ON_OR_BEFORE",
}  # fmt: skip
#: ... and of an amount of time: "two years or more", "six months at most".
_OPEN_AMOUNT_MODS = {
    "so": "APPROX", "more": "EQUAL_OR_MORE", "longer": "EQUAL_OR_MORE", "least": "EQUAL_OR_MORE",
    "less": "EQUAL_OR_LESS", "most": "EQUAL_OR_LESS",
}  # fmt: skip


def absorb_open_ends(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """ "1994 or later", "1990 and beyond", "in June at the earliest": an open-ended date, its
    bound in ``mod``; "two years or more", "six months at most": a bounded duration; "the next
    year or so", "two years or so": an approximate date or duration. ("a week or so ago" is a
    counted date of its own: the rule ``relative.units_ago``.)"""
    refined: list[Candidate] = []
    for index, candidate in enumerate(candidates):
        partial = candidate.partial
        match = _OPEN_END.match(text, candidate.end) if partial.mod is None else None
        following = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        # (Not "or after" before a second time, the other way to go: "before noon Friday or after 9
        # p.m.".)
        if (
            match is not None
            and match.end() <= following
            and not (index + 1 < len(candidates) and not text[match.end() : following].strip())
        ):
            last_word = match.group("words").split()[-1].lower()
            # Before "ago"/"earlier"/"later" the words belong to a count ("a few weeks or so ago"):
            # the expression stays as it was found.
            counted = match.group("ago") is not None
            mods = _OPEN_AMOUNT_MODS if partial.kind == "duration" else _OPEN_END_MODS
            if not counted and partial.kind in ("date", "duration") and last_word in mods:
                end = match.end("words")
                candidate = replace(  # noqa: PLW2901 - the refined copy replaces the original
                    candidate,
                    end=end,
                    text=text[candidate.start : end],
                    partial=partial.but(mod=mods[last_word]),
                )
        refined.append(candidate)
    return refined


_RANGE_LOW = re.compile(
    r"(?<![\w.,/-])(?:(?P<lead>the\s+(?:next|past|last|coming|previous|following|first|final)\s+)|(?P<between>between\s+))?"
    # "two to six days", "between two and four weeks" (TimeBank keeps "a month or two" and "ten
    # or fifteen years" apart: the first is said, the other a second thought).
    r"(?P<low>[0-9]+|[a-z]+(?:-[a-z]+)?)\s*(?(between)\sand\s|(?:[-–]|\sto\s))\s*$",
    re.IGNORECASE,
)
_PERIOD_NOUN = re.compile(r"\s+(?:period|term|span|stretch)\b", re.IGNORECASE)
#: The determiner of "a three-year period", "the twelve-month period", "the same 28-day period".
_ARTICLE_BEFORE = re.compile(
    # ("the previous 12-month period", "a new five-year term".)
    r"(?<![\w-])(?:an?|the)(?:\s+(?:same|new|previous|preceding|prior|following|next|last|first|second|third|full|"
    r"current|initial|final|latest|comparable|fresh|further|consecutive|straight))?\s+$",
    re.IGNORECASE,
)


def widen_extents(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Draw an extent over the words TimeML counts in it: a range of amounts is one vague
    duration ("two to three weeks", "the next 6 to 9 months" are PXW, PXM); a "three-year"
    adjective before "period" or "term" takes the noun and its determiner ("a three-year period",
    "the twelve-month period", "the same 28-day period", "a new five-year term").

    "the 1988 quarter" and "the year 1950" need no widening: the rules
    ``relative.reported_quarter_in_year`` and ``date.year`` match them whole.

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "Talks take two to three weeks."
    >>> [(c.text, c.partial.duration) for c in widen_extents(text, extract(text, rules_for("en")))]
    [('two to three weeks', ((None, 'W'),))]
    """
    refined: list[Candidate] = []
    previous_end = 0
    for index, candidate in enumerate(candidates):
        partial = candidate.partial
        widened = candidate
        if partial.kind == "duration" and partial.mod is None and len(partial.duration) == 1:
            widened = (
                _widen_range(text, candidate, previous_end)
                or _without_noun_determiner(text, candidate)
                or _widen_period(text, candidate)
            )
        elif partial.kind == "date":
            widened = _without_adjective_determiner(text, candidate) or _with_month_of(
                text, candidate, previous_end
            )
            if widened is candidate:
                widened = _with_rest_of(text, candidate, previous_end)
        following = candidates[index + 1].start if index + 1 < len(candidates) else len(text)
        refined.append(widened if widened.end <= following else candidate)
        previous_end = refined[-1].end
    return refined


#: The noun phrase a month's name completes: "the month of August", "the whole month of October".
_MONTH_OF_BEFORE = re.compile(r"(?<![\w-])the\s+(?:(?:whole|entire|full)\s+)?month\s+of\s+\Z", re.IGNORECASE)


def _with_month_of(text: str, candidate: Candidate, previous_end: int) -> Candidate:
    """ "spent the month of August at his ranch": the noun phrase is the month's extent."""
    partial = candidate.partial
    if partial.grain != Grain.MONTH or partial.anchor is not None or not candidate.text[:1].isupper():
        return candidate
    found = _MONTH_OF_BEFORE.search(text, max(previous_end, candidate.start - 30), candidate.start)
    if found is None:
        return candidate
    return replace(candidate, start=found.start(), text=text[found.start() : candidate.end])


#: The grains of a period "the rest of" takes: "the rest of 1989", "of the quarter", "of October".
_PERIODS_WITH_A_REST = frozenset({Grain.YEAR, Grain.HALF, Grain.QUARTER, Grain.MONTH})
#: What is left of a period before it: "expected to miss the rest of ", "over the remainder of ".
_REST_OF_BEFORE = re.compile(r"(?<![\w-])the\s+(?:rest|remainder)\s+of\s+\Z", re.IGNORECASE)


def _with_rest_of(text: str, candidate: Candidate, previous_end: int) -> Candidate:
    """ "expected to miss the rest of the summer", "a stalemate for the rest of 496", "weak for the
    rest of October": what is left of a season, a year, a quarter or a month is its extent, as "the
    rest of the year" is (relative.part_of_period), with the period's value."""
    partial = candidate.partial
    season = partial.season is not None and candidate.text.lower().startswith("the ")
    if not season and (partial.season is not None or partial.grain not in _PERIODS_WITH_A_REST):
        return candidate
    found = _REST_OF_BEFORE.search(text, max(previous_end, candidate.start - 20), candidate.start)
    if found is None:
        return candidate
    return replace(candidate, start=found.start(), text=text[found.start() : candidate.end])


def _widen_range(text: str, candidate: Candidate, previous_end: int) -> Candidate | None:
    amount, letter = candidate.partial.duration[0]
    if amount is None or not candidate.text[:1].isalnum() or candidate.text[:4].lower() == "the ":
        return None
    match = _RANGE_LOW.search(text, max(previous_end, candidate.start - 40), candidate.start)
    if match is None:
        return None
    low = _LEXICON.number(match.group("low"))
    if low is None or not 0 < low < amount:
        return None
    return replace(
        candidate,
        start=match.start(),
        text=text[match.start() : candidate.end],
        partial=candidate.partial.but(duration=((None, letter),)),
    )


_THE_AMOUNT = re.compile(r"the\s+(?P<amount>[\w-]+)\s+\S+$", re.IGNORECASE)
#: "the" and a length a hyphen makes an adjective: "the three-and-a-half-year".
_THE_HYPHENED_LENGTH = re.compile(
    r"the\s+(?P<length>[\w-]+-and-a-half-(?:year|month|week|day|hour|minute|decade|century))$", re.IGNORECASE
)
#: After "the two days": a name ("the Seven Days Battles"), a possessive ("the ten years'
#: struggle") or "of" ("the three days of hearings") make "the" the determiner of a larger noun.
#: Not across a line break: a heading ("The Hundred Days") ends at it, and the next line is no noun.
_NOUN_AFTER = re.compile(r"[^\S\n]+(?-i:[A-Z])|['’]|[^\S\n]+of\b", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[^\S\n]+[a-z]", re.IGNORECASE)


def _without_noun_determiner(text: str, candidate: Candidate) -> Candidate | None:
    """ "the two day rally", "the Hundred Days Offensive": the article belongs to the noun the
    duration modifies, so TimeML leaves it out; "the nine months ended Oct. 1" keeps it."""
    hyphened = _THE_HYPHENED_LENGTH.match(candidate.text)
    if hyphened is not None and _WORD_AFTER.match(text, candidate.end):
        # "ended the three-and-a-half-year war": the adjective alone, as "three-year" is.
        start = candidate.start + hyphened.start("length")
        return replace(candidate, start=start, text=text[start : candidate.end])
    found = _THE_AMOUNT.match(candidate.text)
    if found is None or _LEXICON.number(found.group("amount")) is None:
        return None
    singular = not candidate.text.lower().endswith("s")  # "two day" can only modify a noun
    if _NOUN_AFTER.match(text, candidate.end) is None and not (
        singular and _WORD_AFTER.match(text, candidate.end)
    ):
        return None
    start = candidate.start + found.start("amount")
    return replace(candidate, start=start, text=text[start : candidate.end])


#: "the" and the date after it: "the 20th-century", "the 1990s".
_THE_DATE = re.compile(r"the\s+(?=\S)", re.IGNORECASE)
#: A date a hyphen makes an adjective: "the 20th-century average" (the hyphen in the date), "the
#: 1990s-era rules" (the hyphen after it). Not a date that goes on ("the 20th-century of").
_HYPHENED_IN = re.compile(r"-(?:century|decade)$", re.IGNORECASE)
# (A name too: "the 15th-century Rocca Estense".)
_NOUN_NEXT = re.compile(r"[^\S\n]+(?!(?:of|and|or|to|through|until)\b)[A-Za-z]")
#: (Only the suffixes that make an adjective: "the winter-spring of 1920" is a range.)
_HYPHENED_AFTER = re.compile(r"-(?:era|style|vintage|type)\b", re.IGNORECASE)


def _without_adjective_determiner(text: str, candidate: Candidate) -> Candidate | None:
    """ "the 20th-century average", "the 1990s-era rules": a date the hyphen makes an adjective
    leaves its article to the noun it modifies, as TimeML draws it ("20th-century", "1990s")."""
    found = _THE_DATE.match(candidate.text)
    if found is None:
        return None
    inside = _HYPHENED_IN.search(candidate.text) and _NOUN_NEXT.match(text, candidate.end)
    if not (inside or _HYPHENED_AFTER.match(text, candidate.end)):
        return None
    start = candidate.start + found.end()
    return replace(candidate, start=start, text=text[start : candidate.end])


def _widen_period(text: str, candidate: Candidate) -> Candidate:
    if "-" not in candidate.text or not candidate.text[-1:].isalpha():
        return candidate
    noun = _PERIOD_NOUN.match(text, candidate.end)
    if noun is None:
        return candidate
    article = _ARTICLE_BEFORE.search(text, max(0, candidate.start - 26), candidate.start)
    start = article.start() if article is not None else candidate.start
    return replace(candidate, start=start, end=noun.end(), text=text[start : noun.end()])


#: Duration units from the largest down: a compound duration names them in this order.
_UNIT_ORDER = ("Y", "M", "W", "D", "TH", "TM", "TS")
#: Between the parts of a compound duration: "two years, seven months and twenty days", "4 minutes
#: 28 seconds".
_DURATION_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\Z|[^\S\n]+\Z")


#: The words that make a count after them an age: "aged ", "at the age of ".
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|at\s+age)\s+\Z", re.IGNORECASE)
_COUNTED_FROM_AFTER = re.compile(r"\s+(?:after|before|earlier|later|ago|afterwards?|since)\b", re.IGNORECASE)
#: A length with a determiner of its own is a second length, not a part of the first: "a rough
#: couple of years, and the next six months don't look better".
_OWN_DETERMINER = re.compile(
    r"(?:the|this|that|these|those|next|past|last|coming|following|previous|another)\b", re.IGNORECASE
)


#: The period of a rate after a length: "a day" in "at least 20 minutes a day".
_RATE_PERIOD = re.compile(r"(?:a|an|per)\s+(?P<unit>day|night|week|month|year)", re.IGNORECASE)
_RATE_PERIOD_VALUES = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}


def periods_of_rates(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """ "a day" right after a length ("walk briskly for at least 20 minutes a day", "read for 30
    minutes a night") is the period the length recurs in: a SET (TimeML's "each day"), not a
    length of its own. (A sum's rate, "$300 million a year", is left as its rule reads it; "40
    hours a week" is one SET of set.units_per.)

    >>> from dateline import annotate
    >>> [(t.text, t.type, t.value) for t in annotate("They walk at least 20 minutes a day.", "2015-06-17")]
    [('at least 20 minutes', 'DURATION', 'PT20M'), ('a day', 'SET', 'P1D')]
    """
    refined = list(candidates)
    for index in range(1, len(refined)):
        previous, candidate = refined[index - 1], refined[index]
        period = _RATE_PERIOD.fullmatch(candidate.text)
        if (
            period is None
            or candidate.type != "DURATION"
            or previous.type != "DURATION"
            or not previous.partial.duration
            or text[previous.end : candidate.start] != " "
        ):
            continue
        value = _RATE_PERIOD_VALUES[period["unit"].lower()]
        refined[index] = replace(
            candidate, rule=candidate.rule + "+rate", type="SET", partial=PartialTime(kind="set", value=value)
        )
    return refined


def join_durations(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Join the parts of a compound duration ("two years, seven months and twenty days",
    "2 hours and 30 minutes", "4 minutes 28 seconds") into one DURATION (``P2Y7M20D``): each part
    a counted, smaller unit than the one before it."""
    joined: list[Candidate] = []
    for candidate in candidates:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _counted_duration(previous.partial)
            and _counted_duration(candidate.partial)
            and candidate.partial.mod is None
            and _UNIT_ORDER.index(previous.partial.duration[-1][1])
            < _UNIT_ORDER.index(candidate.partial.duration[0][1])
            and _DURATION_JOIN.match(text, previous.end, candidate.start)
            # (Not a count from an event: "cuts deficits over 10 years, a week after the White
            # House proposal"; but the next unit down, counted, goes on the count: "The ball landed
            # 3 hours, 12 minutes after the first pitch".)
            and (
                not _COUNTED_FROM_AFTER.match(text, candidate.end)
                or (
                    _UNIT_ORDER.index(candidate.partial.duration[0][1])
                    == _UNIT_ORDER.index(previous.partial.duration[-1][1]) + 1
                    and not candidate.text.lower().startswith(("a ", "an "))
                )
            )
            and not _OWN_DETERMINER.match(candidate.text)
            # (Not an age and a count after it: "She died on 2 March 1911, aged 58, six months after
            # her husband".)
            and not _AGE_BEFORE.search(text, max(0, previous.start - 16), previous.start)
        ):
            partial = previous.partial.but(duration=(*previous.partial.duration, *candidate.partial.duration))
            rule = previous.rule if previous.rule.endswith("+compound") else previous.rule + "+compound"
            joined[-1] = Candidate(
                previous.start, candidate.end, text[previous.start : candidate.end], rule, "DURATION", partial
            )
            continue
        counted_back = None if previous is None else _counted_back(text, previous, candidate)
        if counted_back is not None:
            joined[-1] = counted_back
            continue
        joined.append(candidate)
    return joined


#: The count of a finer unit a coarser one holds, where it is fixed: "two years and six months
#: later" is thirty months on, "a week and two days ago" nine days back.
_FINER_UNIT = {("Y", Grain.MONTH): 12, ("W", Grain.DAY): 7, ("TH", Grain.MINUTE): 60}
#: Between the two counts: "two years and six months later", "three weeks, two days ago".
#: (", and" opens a clause of its own: "The talks lasted three years, and six months later he
#: quit".)
_COUNT_BACK_JOIN = re.compile(r"\s*,\s*\Z|\s+and\s+\Z")


def _counted_back(text: str, length: Candidate, count: Candidate) -> Candidate | None:
    """ "two years and six months later": a length before a count from a time in a finer unit
    is one count, the date so many of the finer units on (``Shift(MONTH, 30)``)."""
    shift = count.partial.shift
    if (
        not count.rule.startswith("relative.units_ago")
        or shift is None
        or count.partial.grain != shift.unit
        or count.partial.offset is not None
        or count.partial.mod is not None
        or length.partial.mod is not None
        or not _counted_duration(length.partial)
        or len(length.partial.duration) != 1
        or not _COUNT_BACK_JOIN.match(text, length.end, count.start)
    ):
        return None
    amount, unit = length.partial.duration[0]
    factor = _FINER_UNIT.get((unit, shift.unit))
    if factor is None or amount is None or amount != int(amount):
        return None
    sign = -1 if shift.amount < 0 else 1
    partial = count.partial.but(shift=Shift(shift.unit, shift.amount + sign * int(amount) * factor))
    return Candidate(
        length.start, count.end, text[length.start : count.end], count.rule + "+compound", "DATE", partial
    )


def _counted_duration(partial: PartialTime) -> bool:
    """Whether a duration counts known amounts of known units ("seven months", not "months")."""
    return (
        partial.kind == "duration"
        and bool(partial.duration)
        and all(amount is not None and unit in _UNIT_ORDER for amount, unit in partial.duration)
    )


#: A slashed date that can only be read day first ("13/03/2024"), or only month first ("03/13/2024").
_ONLY_DAY_FIRST = re.compile(
    r"(?<![0-9./])(?:1[3-9]|2[0-9]|3[01])/(?:0?[1-9]|1[0-2])/(?:[0-9]{4}|[0-9]{2})(?![/0-9])"
)
_ONLY_MONTH_FIRST = re.compile(
    r"(?<![0-9./])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2[0-9]|3[01])/(?:[0-9]{4}|[0-9]{2})(?![/0-9])"
)


def read_slashed_dates(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Read the slashed dates that could be either way ("05/03/2024", read month first by
    ``date.numeric_mdy``) day first when the text writes its slashed dates so, as British copy
    does: one of them can only be read day first, and none only month first.

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "Filed on 05/03/2024, it was due by 28/03/2024."
    >>> [(c.text, c.partial.month) for c in read_slashed_dates(text, extract(text, rules_for("en")))]
    [('05/03/2024', 3), ('28/03/2024', 3)]
    """

    def either_way(candidate: Candidate) -> bool:
        partial = candidate.partial
        return candidate.rule == "date.numeric_mdy" and partial.day is not None and partial.day <= 12

    if (
        not any(either_way(candidate) for candidate in candidates)
        or _ONLY_DAY_FIRST.search(text) is None
        or _ONLY_MONTH_FIRST.search(text) is not None
    ):
        return list(candidates)
    return [
        replace(
            candidate, partial=candidate.partial.but(month=candidate.partial.day, day=candidate.partial.month)
        )
        if either_way(candidate)
        else candidate
        for candidate in candidates
    ]


#: A set of one weekday, or of one part of it: "XXXX-WXX-2", "XXXX-WXX-2TNI".
_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](?P<part>T[A-Z]{2})?")
#: The words of a set that a list shares from its first day: "every Tuesday and Thursday".
_SHARED_QUANTIFIER = re.compile(r"(?:every|each)\s", re.IGNORECASE)


def _is_bare_weekday(candidate: Candidate) -> bool:
    """A weekday the text names alone ("Monday"): no date, hour, part of the day or shift."""
    partial = candidate.partial
    return partial.weekday is not None and partial == PartialTime(weekday=partial.weekday, grain=Grain.DAY)


def _is_bare_weekday_part(candidate: Candidate) -> bool:
    """A weekday's part the text names alone ("Wednesday night")."""
    partial = candidate.partial
    return (
        partial.weekday is not None
        and partial.part_of_day is not None
        and partial
        == PartialTime(weekday=partial.weekday, part_of_day=partial.part_of_day, grain=Grain.PART_OF_DAY)
    )


def _weekday_set(candidate: Candidate, like: Candidate, part: str) -> Candidate:
    """The weekday of ``candidate`` as a set of that day (and part), as ``like`` is one."""
    value = f"XXXX-WXX-{candidate.partial.weekday + 1}{part}"
    partial = PartialTime(kind="set", value=value, quant=like.partial.quant, freq=like.partial.freq)
    return replace(candidate, type="SET", partial=partial)


def distribute_sets(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A weekday in a list that recurs is a set too: "on Monday and Tuesday nights" (the plural of
    the last day, and its part of the day, are the list's), "every Tuesday and Thursday" (the
    quantifier of the first day is)."""
    found = list(candidates)
    for index in range(len(found) - 2, -1, -1):  # from the end: the plural comes last
        first, second = found[index], found[index + 1]
        days = _WEEKDAY_SET.fullmatch(second.partial.value or "") if second.partial.kind == "set" else None
        if days is None or _SHARED_QUANTIFIER.match(second.text):  # "Monday and every Tuesday"
            continue
        if _is_bare_weekday(first) and LIST_JOIN.fullmatch(text, first.end, second.start):
            found[index] = _weekday_set(first, second, days.group("part") or "")
    for index in range(len(found) - 1):  # from the start: the quantifier comes first
        first, second = found[index], found[index + 1]
        days = _WEEKDAY_SET.fullmatch(first.partial.value or "") if first.partial.kind == "set" else None
        if days and days.group("part") is None and _is_bare_weekday(second):
            shared = _SHARED_QUANTIFIER.match(first.text) or first.rule.endswith("+list")
            if shared and LIST_JOIN.fullmatch(text, first.end, second.start):
                found[index + 1] = replace(_weekday_set(second, first, ""), rule=second.rule + "+list")
        # "each March, June, September and December": the months of the list recur as the first does.
        months = _MONTH_SET.fullmatch(first.partial.value or "") if first.partial.kind == "set" else None
        if (
            months
            and _is_bare_month(second)
            and LIST_JOIN.fullmatch(text, first.end, second.start)
            and (_SHARED_QUANTIFIER.match(first.text) or first.rule.endswith("+list"))
        ):
            value = f"XXXX-{second.partial.month:02d}"
            partial = PartialTime(kind="set", value=value, quant=first.partial.quant, freq=first.partial.freq)
            found[index + 1] = replace(second, type="SET", partial=partial, rule=second.rule + "+list")
        # "every spring and autumn": the seasons of the list recur as the first does.
        seasons = _SEASON_SET.fullmatch(first.partial.value or "") if first.partial.kind == "set" else None
        if (
            seasons
            and second.partial == PartialTime(season=second.partial.season, grain=Grain.SEASON)
            and second.partial.season is not None
            and LIST_JOIN.fullmatch(text, first.end, second.start)
            and (_SHARED_QUANTIFIER.match(first.text) or first.rule.endswith("+list"))
        ):
            value = f"XXXX-{second.partial.season}"
            partial = PartialTime(kind="set", value=value, quant=first.partial.quant, freq=first.partial.freq)
            found[index + 1] = replace(second, type="SET", partial=partial, rule=second.rule + "+list")
        # "open every day except Sunday": the day left out of a daily set is every such day.
        if (
            first.partial.kind == "set"
            and first.partial.value == "P1D"
            and _is_bare_weekday(second)
            and _EXCEPT.fullmatch(text, first.end, second.start)
        ):
            weekday = replace(_weekday_set(second, first, ""), rule=second.rule + "+except")
            found[index + 1] = replace(weekday, partial=replace(weekday.partial, quant=None, freq=None))
    return found


#: What leaves a day out of a daily set: "every day except Sunday", "daily but not on Sunday".
_EXCEPT = re.compile(r"\s+(?:except|but\s+not|other\s+than|excluding|save)\s+(?:on\s+)?")


#: A set of one season of every year: "XXXX-SP".
_SEASON_SET = re.compile(r"XXXX-(?:SP|SU|FA|WI)")
#: A set of one month of every year: "XXXX-03".
_MONTH_SET = re.compile(r"XXXX-(?:0[1-9]|1[0-2])")


def _is_bare_month(candidate: Candidate) -> bool:
    """A month the text names alone ("June"): no year, day, position or shift."""
    partial = candidate.partial
    return partial.month is not None and partial == PartialTime(month=partial.month, grain=Grain.MONTH)


#: The day of each day a set recurs on, at the start of its value: "XXXX-WXX-1", "XXXX-XX-XX",
#: the weekend's days "XXXX-WXX-WE".
_DAY_OF_SET = re.compile(r"XXXX-WXX-(?:[1-7]|WE)|XXXX-XX-XX|XXXX-[0-9]{2}-[0-9]{2}")
#: A value with a clock time: "XXXX-XX-XXT06:00" (not a part of the day, "XXXX-XX-XXTMO", nor a
#: period of hours, "PT1H").
_CLOCKED = re.compile(r"T[0-9]{2}:")
#: Between a set and the clock time after it: "every weekday between noon", "daily from 9".
_SET_THEN_CLOCK = re.compile(r",?\s+(?:(?:from|between|at|until|till|after|before)\s+)?", re.IGNORECASE)
#: Between a clock time and the set after it: "from 9 to 5 on weekdays", "2 p.m. every Sunday".
_CLOCK_THEN_SET = re.compile(r",?\s+(?:on\s+)?", re.IGNORECASE)
_CLOCK_THEN_CLOCK = re.compile(_CLOCK_JOIN, re.IGNORECASE)


def _is_free_clock(candidate: Candidate) -> bool:
    """A clock time the text gives no day to, nor a zone (whose offset the resolver writes on a
    day it knows), and that no refiner has given a value."""
    partial = candidate.partial
    return (
        partial.is_bare_clock and partial.value is None and partial.zone is None and candidate.type == "TIME"
    )


#: The part of the day a set recurs in: "XXXX-XX-XXTMO" (every morning).
_PART_OF_SET = re.compile(r"T(MO|AF|EV|NI)$")


def _clock_on_days(candidate: Candidate, day: str, *, part: str | None = None) -> Candidate:
    partial = candidate.partial
    hour = partial.hour
    if hour is not None and part is not None and not _HALF_OF_DAY_IN.search(candidate.text):
        # "at 5:30 every morning", "at 6 every evening": a bare hour a set of parts of the day
        # recurs with is in that part.
        if part == "MO" and 12 < hour < 24:
            hour -= 12
        elif part in ("AF", "EV", "NI") and 1 <= hour < 12 and not (part == "NI" and hour < 6):
            hour += 12
    seconds = f":{partial.second:02d}" if partial.second is not None else ""
    value = f"{day}T{hour:02d}:{partial.minute or 0:02d}{seconds}"
    return replace(candidate, partial=partial.but(hour=hour, value=value))


def date_clocks_of_sets(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Clock times said of a set recur with it: in "closed every weekday between noon and 1 p.m."
    and "open from 9 to 5 on weekdays" the clocks are on no day the text or the DCT gives, but on
    each day of the set. Each stays a TIME (a range's two ends are two expressions, and the set a
    third), on the set's day where the set names one ("on Sundays": XXXX-WXX-7T14:00) and on an
    unknown day otherwise (XXXX-XX-XXT12:00), not on the day of writing."""
    found = list(candidates)
    for index, candidate in enumerate(candidates):
        if candidate.partial.kind != "set":
            continue
        day_match = _DAY_OF_SET.match(candidate.partial.value or "")
        day = day_match.group() if day_match else "XXXX-XX-XX"
        if candidate.rule.endswith("+habitual"):
            day = "XXXX-XX-XX"  # "9 a.m. to 5 p.m. Monday-Friday": on every day of the span
        # "daily at 6 a.m. and 6 p.m.": a set that ends in a clock time lists the next one.
        after = _CLOCK_THEN_CLOCK if _CLOCKED.search(candidate.partial.value or "") else _SET_THEN_CLOCK
        for step, to_set in ((1, after), (-1, _CLOCK_THEN_SET)):
            near, position, link = candidate, index + step, to_set
            while 0 <= position < len(found) and _is_free_clock(found[position]):
                clock = found[position]
                first, second = (near, clock) if step == 1 else (clock, near)
                if not link.fullmatch(text, first.end, second.start):
                    break
                part = _PART_OF_SET.search(candidate.partial.value or "")
                found[position] = _clock_on_days(clock, day, part=part.group(1) if part else None)
                near, position, link = clock, position + step, _CLOCK_THEN_CLOCK
    return found


#: Opening hours and work told in the present, before the days they recur on: "is open
#: Monday-Friday", "we're closed Saturday through Monday", "works Monday to Friday".
_HOURS_NOW_BEFORE = re.compile(
    # (No sentence ends between, but the stops of "a.m." and "p.m." may stand there.)
    # ("Parking is enforced from 8 a.m. to 6 p.m. Monday through Saturday", "Lunch is served".)
    r"\b(?:(?:is|are|'re)\s+(?:open|closed|staffed|enforced|served|available|offered)|opens|closes|works"
    r"|operates)\b"
    r"(?:[^.;!?]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.)*\Z",
    re.IGNORECASE,
)
#: What joins the two ends of a span of weekdays: "Monday-Friday", "Mon. through Fri.".
_WEEKDAY_SPAN_JOIN = re.compile(r"\s*[-–]\s*|\s+(?:through|thru|to)\s+", re.IGNORECASE)
#: How far before a span of weekdays its hours verb may stand: a clock time or two between.
_HOURS_SPAN_REACH = 60


def habitual_weekday_spans(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """ "The office is open Monday-Friday", "works Mon.-Fri.": a span of weekdays that opening
    hours or work told in the present recur on is two sets, each end every such day
    (XXXX-WXX-1, XXXX-WXX-5), as "on Mondays" is, not the coming Monday and Friday."""
    found = list(candidates)
    for index in range(len(found) - 1):
        first, second = found[index], found[index + 1]
        if not (_is_bare_weekday(first) and _is_bare_weekday(second)):
            continue
        if not _WEEKDAY_SPAN_JOIN.fullmatch(text, first.end, second.start):
            continue
        low = max(0, first.start - _HOURS_SPAN_REACH)
        before = next((c for c in reversed(found[:index]) if not c.partial.is_bare_clock), None)
        if before is not None:
            low = max(low, before.end)  # (a clock between the verb and the days is theirs)
        if _HOURS_NOW_BEFORE.search(text, low, first.start) is None:
            continue
        for position in (index, index + 1):
            day = found[position]
            partial = PartialTime(kind="set", value=f"XXXX-WXX-{day.partial.weekday + 1}", quant="EVERY")
            found[position] = replace(day, type="SET", partial=partial, rule=day.rule + "+habitual")
    return found


#: "every", "each" just before a feast: it recurs with the year ("every Christmas").
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+\Z", re.IGNORECASE)
#: Years whose feasts tell a fixed day from a movable one (their weekdays and Easters differ).
_SAMPLE_YEARS = (2021, 2022, 2023, 2024, 2025)


def recurring_feasts(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A feast after "every" or "each" is a set: "every Christmas" is ``XXXX-12-25`` (each year's
    December 25); a movable feast ("each Easter", "every Thanksgiving") recurs once a year, ``P1Y``.

    >>> christmas = PartialTime(month=12, day=25, grain=Grain.DAY)
    >>> feast = Candidate(23, 32, "Christmas", "holiday.named", "DATE", christmas)
    >>> (found,) = recurring_feasts("The family meets every Christmas.", [feast])
    >>> found.text, found.type, found.partial.value
    ('every Christmas', 'SET', 'XXXX-12-25')
    """
    found = list(candidates)
    for index, candidate in enumerate(found):
        partial = candidate.partial
        if (
            not candidate.rule.startswith("holiday.")
            or partial.kind != "date"
            or partial.year is not None
            or partial.anchor is not None
            or partial.shift is not None
        ):
            continue
        quantifier = _EVERY_BEFORE.search(text, max(0, candidate.start - 7), candidate.start)
        if quantifier is None:
            continue
        if partial.weekend:
            # "She appeared at the festival each Labor Day weekend": the weekend of each year's
            # feast, a set once a year.
            value = "P1Y"
        elif _NOUN_OF_THE_FEAST_AFTER.match(text, candidate.end):
            # "every Super Tuesday state", "Every Christmas market": each noun the feast names, no
            # recurring day (the feast stays the one day it is).
            continue
        else:
            if partial.holiday_name is not None:
                days = {holiday_date(partial.holiday_name, year) for year in _SAMPLE_YEARS}
                fixed = {(day.month, day.day) for day in days if day is not None}
                if None in days:
                    continue
            elif partial.month is not None and partial.day is not None:
                fixed = {(partial.month, partial.day)}
            else:
                continue
            if len(fixed) == 1:
                month, day = next(iter(fixed))
                value = f"XXXX-{month:02d}-{day:02d}"
            else:
                value = "P1Y"
        start = quantifier.start()
        found[index] = replace(
            candidate,
            start=start,
            text=text[start : candidate.end],
            type="SET",
            partial=PartialTime(kind="set", value=value, quant=quantifier.group(0).strip().upper()),
            rule=candidate.rule + "+every",
        )
    return found


#: A noun a feast qualifies right after it: " state", " market" (not a clause's next word).
_NOUN_OF_THE_FEAST_AFTER = re.compile(
    r"\s+(?:state|states|market|markets|tree|trees|card|cards|party|parties|shopper|shoppers|sale|sales"
    r"|dinner|dinners|service|services|concert|concerts|parade|parades|special|episode|gift|gifts|tradition"
    r"|contest|contests|primary|primaries|event|events|fair|fairs|weekend|holiday|season)\b"
)
#: Between a weekday and the week that holds it: "Tuesday next week", "Thursday of next week".
_WEEKDAY_OF_WEEK = re.compile(r",?\s+(?:of\s+)?\Z", re.IGNORECASE)
_WEEK_SHIFTS = {"next week": 1, "this week": 0, "last week": -1}


def weekday_of_week(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """A weekday and the week right after it, "Tuesday next week", "Thursday of next week", "Monday
    of this week", are one day: that weekday of that week.

    >>> monday = Candidate(12, 18, "Monday", "date.weekday", "DATE", PartialTime(weekday=0, grain=Grain.DAY))
    >>> week = PartialTime(anchor="dct", shift=Shift(Grain.WEEK, 1), grain=Grain.WEEK)
    >>> nxt = Candidate(19, 28, "next week", "relative.determined_unit", "DATE", week)
    >>> [c.text for c in weekday_of_week("The vote is Monday next week.", [monday, nxt])]
    ['Monday next week']
    """
    found: list[Candidate] = []
    index = 0
    while index < len(candidates):
        current = candidates[index]
        following = candidates[index + 1] if index + 1 < len(candidates) else None
        shift = None if following is None else _WEEK_SHIFTS.get(" ".join(following.text.lower().split()))
        if (
            following is not None
            and shift is not None
            and (_is_bare_weekday(current) or _is_bare_weekday_part(current))
            and _WEEKDAY_OF_WEEK.fullmatch(text, current.end, following.start)
        ):
            # (... and its part: "Wednesday night last week".)
            part = current.partial.part_of_day
            partial = PartialTime(
                anchor="dct",
                shift=Shift(Grain.WEEK, shift),
                weekday=current.partial.weekday,
                part_of_day=part,
                grain=Grain.DAY if part is None else Grain.PART_OF_DAY,
            )
            found.append(
                replace(
                    current,
                    end=following.end,
                    text=text[current.start : following.end],
                    partial=partial,
                    rule=current.rule + "+week",
                )
            )
            index += 2
            continue
        found.append(current)
        index += 1
    return found


#: A date of another calendar than the Gregorian (or the Julian a history gives): "1390 AH",
#: "Rajab 1110 in the Islamic calendar", "16 September 1327 in the Rumi calendar".
_OTHER_CALENDAR_AFTER = re.compile(
    # (One run of spaces, read once: a "\s*" before a "\s+" would try every split of a long run.)
    r"\s(?:A\.H\.|(?-i:AH)\b|in\s+the\s+(?:Islamic|Hijri|Muslim|Rumi|Ottoman|Persian|Iranian|Solar\s+Hijri|"
    r"Hebrew|Jewish|Ethiopian|Coptic|Buddhist|Thai|Nepali|Bengali)\s+calendar\b)",
    re.IGNORECASE,
)


def dates_of_other_calendars(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Leave out the dates a text gives in another calendar (see :data:`_OTHER_CALENDAR_AFTER`):
    their numbers are no Gregorian year, and no time a story moves to.

    >>> found = [Candidate(24, 28, "1390", "date.year", "DATE", PartialTime(year=1390))]
    >>> dates_of_other_calendars("The date corresponds to 1390 AH.", found)
    []
    """
    return [
        candidate
        for candidate in candidates
        if candidate.type != "DATE" or not _OTHER_CALENDAR_AFTER.match(text, candidate.end)
    ]


#: A work's noun and the capitalised words of its title up to a candidate: "the album Blue
#: Thursday", "his 1955 album Midnight at the Vanguard", "the painting Winter Light".
_WORK_TITLE_BEFORE = re.compile(
    r"\b(?P<noun>album|albums|LP|EP|single|song|songs|film|movie|documentary|novel|novella|book|memoir|play"
    r"|poem|opera|ballet|symphony|suite|musical|painting|canvas|portrait|sculpture|series|sitcom|programme"
    r"|collection|anthology|cycle|record|track|hit|ballad|triptych)"
    # ("Her first novel, Winter Roses, appeared": the title set off by commas after its noun.)
    # ('the single "Tuesday's Ghosts"': or quoted.)
    r"(?:\s+|(?P<comma>,)\s+)[\"“]?(?P<title>(?:(?-i:[A-Z])[\w'’-]*\s+){0,3})\Z"
)
#: ... where a noun of :data:`_WORK_TITLE_BEFORE` is a verb: after a subject pronoun, a modal, "to"
#: or a plural name ("They play", "will record", "The Wildcats play").
_VERB_NOT_WORK = re.compile(
    r"(?:\b(?-i:they|They|we|We|you|You|to|will|would|can|could|should|must|might|also|then|still|again)"
    r"|(?-i:\b[A-Z][a-z]+[a-rt-z]s))\s+\Z"
)
_WORK_NOUNS_THAT_ARE_VERBS = frozenset({"play", "record", "hit", "track"})
#: Names that are capitalised wherever they stand, which a title must show by more than the
#: capital: "the show Monday night" is a show on a Monday.
_PROPER_TIME_NAMES = frozenset(
    {name.capitalize() for name in (*en.WEEKDAYS, *en.MONTHS)} | {name.capitalize()[:3] for name in en.MONTHS}
)


#: A place's noun after a name a time word begins: "Thursday Bluff", "Easter Creek", "the
#: Christmas Range".
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?-i:Bluff|Springs?|Range|Creek|Island|Islands|Bay|Point|Lake|River|Mountains?|Hills?|Harbou?r|Cove"
    r"|Peak|Glacier|Sound|Cape|Reef|Rocks?|Falls|Valley|Gorge|Canyon|Inlet|Lagoon|Ridge|Pass|Plateau"
    r"|Street|Avenue|Road"
    # ... and of an institution or a movement named after a date: "the May 22 Hospital", "the 26th
    # of July Movement", "Tahrir's 25 January Square".
    r"|Hospital|Movement|Square|Bridge|Stadium|Airport|Station|University)\b"
)


def drop_place_names(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop the time word a place's name begins with ("The party reached the depot below Thursday
    Bluff", "a chain of rock holes he named the Good Friday Springs", "They rested at Easter
    Creek"): a capitalised word of a place's noun after it makes it a name.

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "They rested at Easter Creek on Thursday."
    >>> [c.text for c in drop_place_names(text, extract(text, rules_for("en")))]
    ['Thursday']
    """
    return [
        candidate
        for candidate in candidates
        if not (
            (candidate.text[:1].isupper() or candidate.text[:1].isdigit())
            and candidate.partial.kind == "date"
            and candidate.partial.year is None
            and _PLACE_NOUN_AFTER.match(text, candidate.end)
        )
    ]


#: A quotation on one line: its opening mark, its words and its closing mark.
_QUOTED = re.compile(r"[\"“](?P<words>[^\"“”\n]{1,60})[\"”]")
#: The noun of an event's name: "Offensive", "War".
_EVENT_NAME_WORD = re.compile(
    r"\b(?:Offensive|War|Wars|Campaign|Operation|Uprising|Rising|Revolution|Battle|Siege|Revolt|Rebellion"
    r"|Crisis|Massacre|Strike|Riots?)\b"
)
#: A word a title writes in capitals that a sentence would not: one of four or more letters.
_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")
_ANY_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: A verb of saying soon after a quotation closes: '" he said', '" Smith told reporters'.
_ATTRIBUTION_AFTER_QUOTE = re.compile(
    r"[^.;:!?\"“”\n]{0,40}?\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|replied|recalled"
    r"|explained|insisted|warned|declared|shouted|announced|stated|noted|posted|tweeted|joked|cried|says)\b"
)


def _in_quoted_title(text: str, candidate: Candidate) -> bool:
    """Whether the candidate lies inside a quoted title: two or more words of four or more letters,
    every one of them capitalised, and no stop or comma of a quoted sentence ('"Twelve Years a
    Slave"'; not '"We meet on Friday," he said').

    >>> from dateline.extract import Candidate
    >>> from dateline.partial import PartialTime
    >>> text = '"Midnight in Paris" opened last spring.'
    >>> _in_quoted_title(text, Candidate(1, 9, "Midnight", "time.noon_midnight", "TIME", PartialTime()))
    True
    """
    window = text[max(0, candidate.start - 61) : candidate.end + 61]
    if '"' not in window and "“" not in window:
        return False
    # (Quotation marks pair from the start of the line, within a paragraph's reach.)
    line_start = text.rfind("\n", max(0, candidate.start - _QUOTE_PAIRING_REACH), candidate.start) + 1
    for quoted in _QUOTED.finditer(
        text, line_start or max(0, candidate.start - _QUOTE_PAIRING_REACH), min(len(text), candidate.end + 60)
    ):
        if quoted.start("words") <= candidate.start and candidate.end <= quoted.end("words"):
            if SPEECH_OPENS.match(quoted["words"]):
                return False  # '"Perhaps on Wednesday."': an answer, no title
            # (American usage sets a sentence's stop inside the closing mark: 'won for "The
            # Past."'; not its comma, which a quoted sentence ends on too: '"Every March," he said'.)
            title = re.sub(r"(?<=[A-Za-z])\.\Z", "", quoted["words"])
            words = _LONG_WORD.findall(title)
            every_word = _ANY_WORD.findall(title)
            if (
                title.endswith(",")
                and len(every_word) >= 2
                and all(word[0].isupper() for word in every_word)
                and _ATTRIBUTION_AFTER_QUOTE.match(text, quoted.end()) is None
            ):
                # (American usage sets the comma inside the closing mark too: 'Last weekend's
                # champion, "Now You Know," slipped to second place'; not '"Every March," he said'.)
                return True
            return (
                (
                    len(words) >= 2
                    # ... and a title of one word, named in the run of a sentence ('won best actress
                    # for "The Past."', 'recorded "Yesterday" in 1965'; not '"Tomorrow," he said').
                    or (
                        _ONE_WORD_TITLE.fullmatch(title) is not None
                        and title == quoted["words"].rstrip(".")
                        and _RUN_OF_A_SENTENCE_BEFORE.search(text, max(0, quoted.start() - 3), quoted.start())
                        is not None
                    )
                )
                and all(word[0].isupper() for word in words)
                and not re.search(r"[,.;:!?]\s*\Z", title)
                # (Not an event's name, which falls at the time it names: the "Chinese Winter
                # Offensive", the "Ten Year's Civil War".)
                and _EVENT_NAME_WORD.search(title) is None
            )
        if quoted.start() > candidate.end:
            break
    return False


#: How far back quotation marks are paired from, in a line without breaks.
_QUOTE_PAIRING_REACH = 3000
#: A title of one word, with its article: "Yesterday", "The Past".
_ONE_WORD_TITLE = re.compile(r"(?:(?:The|A|An)\s+)?(?-i:[A-Z])[a-z]+")
#: A word of a sentence's run right before a quotation mark: 'for "', 'recorded "'.
_RUN_OF_A_SENTENCE_BEFORE = re.compile(r"[a-z]\s+\Z")


def drop_work_titles(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop the time words of a work's title after its noun ("his 1955 album Midnight at the
    Vanguard", "the group's album Blue Thursday"): prose writes "midnight" in the lower case, so a
    capital after the noun opens the title; a weekday or a month, capitalised anyway, only with a
    capitalised word before it or after it ("Blue Thursday", "Sunday Afternoon")."""
    kept: list[Candidate] = []
    for candidate in candidates:
        words = candidate.text.split()
        # ('The "Legends of the Summer" tour': the article a time word takes in a sentence.)
        if (
            words
            and (words[0][:1].isupper() or words[-1][:1].isupper())
            and _in_quoted_title(text, candidate)
        ):
            # '"Midnight in Paris" opened last spring', '"500 Days of Summer" was screened': a
            # title in quotation marks, its words in capitals as no sentence writes them.
            continue
        before = _WORK_TITLE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
        if (
            before is not None
            and before.group("noun").lower() in _WORK_NOUNS_THAT_ARE_VERBS
            and _VERB_NOT_WORK.search(text, max(0, before.start() - 30), before.start())
        ):
            # ("The Wildcats play Oregon Saturday": a team's verb, no work's noun.)
            before = None
        if before is not None and words and words[0][:1].isupper():
            first = words[0].rstrip(".,;:")
            if (
                first not in _PROPER_TIME_NAMES
                or before.group("title")
                or (len(words) > 1 and words[1][:1].isupper())
                # ("Their debut album, December, reached number 14": a month set off by commas.)
                or (before.group("comma") and len(words) == 1 and text.startswith(",", candidate.end))
            ):
                continue
        kept.append(candidate)
    return kept


def _without(candidates: Sequence[Candidate], dropped: Callable[[Candidate], bool]) -> list[Candidate]:
    """The candidates but those ``dropped`` says to drop, in order."""
    return [candidate for candidate in candidates if not dropped(candidate)]


#: "the fall" after a preposition of order, as an event's: "the day after the fall", "in the weeks
#: after the fall".
_FALL_AS_AN_EVENT = re.compile(r"(?:after|before|since|until|following)\s+(?-i:the\s+fall)\Z", re.IGNORECASE)
#: The fall of a place the text told before: "the fall of Saigon", "Saigon fell", "the garrison fell".
_A_PLACE_FELL = re.compile(
    r"\bthe\s+fall\s+of\s+(?:the\s+)?(?-i:[A-Z])"
    # (Not a plural's, a sentence's first word: "Prices fell in June".)
    r"|(?-i:\b[A-Z][\w'’-]*[A-Za-rt-z])\s+fell\b(?!\s+(?:ill|silent|short|apart|asleep|in\s+love))"
    r"|\b(?:garrison|city|fortress|capital|town|fort|citadel|stronghold|government|regime|monarchy)\s+fell\b",
    re.IGNORECASE,
)
#: How far back a place's fall names "the fall" after it.
_FALL_REACH = 2000


def drop_falls_of_places(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop "the fall" read as autumn where it is the fall of a place the text has told ("Saigon
    fell on 30 April 1975. In the weeks after the fall, officials were sent to camps").

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "Saigon fell on 30 April 1975. In the weeks after the fall, officials fled."
    >>> [c.text for c in drop_falls_of_places(text, extract(text, rules_for("en")))]
    ['30 April 1975']
    """
    return _without(
        candidates,
        lambda candidate: (
            candidate.text == "the fall"
            and _FALL_AS_AN_EVENT.search(text, max(0, candidate.start - 16), candidate.end) is not None
            and _A_PLACE_FELL.search(text, max(0, candidate.start - _FALL_REACH), candidate.start) is not None
        ),
    )


#: A capitalised word in the run of a sentence right before "Now": "the group Peace Now" (not
#: after a stop or a colon: "He said: Now we wait").
#: (At a sentence's start too: "; Peace Now says the number grows".)
_NAME_BEFORE_NOW = re.compile(r"(?:(?<=[a-z,;]\s)|(?<=[.!?]\s)|(?<=\n)|^)(?-i:[A-Z][a-z]+)\s\Z", re.MULTILINE)


def drop_names_ending_in_now(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop "Now" that ends a name: "The Israeli group Peace Now says", "Apocalypse Now".

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "The Israeli group Peace Now says 3,000 units are planned."
    >>> [c.text for c in drop_names_ending_in_now(text, extract(text, rules_for("en")))]
    []
    """
    return _without(
        candidates,
        lambda candidate: (
            candidate.text == "Now"
            and _NAME_BEFORE_NOW.search(text, max(0, candidate.start - 24), candidate.start) is not None
        ),
    )


#: An ordinal of a game's count before "the Nth" it goes on with: "scored in the 11th minute and
#: Klose added another in the 23rd", "birdied the 17th hole ... on the 18th".
_COUNT_OF_PLAY = re.compile(
    r"\b[0-9]{1,2}(?:st|nd|rd|th)\s+(?:minute|hole|inning|innings|lap|round|over|frame|end|game|set|stage|mile)\b"
    # ... or a golfer's stroke, whose holes go unnamed: "He holed a 20-foot putt on the 17th".
    r"|\b(?:birdie|birdied|bogey|bogeyed|eagled?|parred|putts?|tee\s+shot|fairway)\b",
    re.IGNORECASE,
)


def drop_counts_of_play(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop a bare "the Nth" that goes on with a count of a game its sentence told before it (a
    minute, a hole, an inning), read as a day of the month.

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "Mueller scored in the 11th minute and Klose added another in the 23rd."
    >>> [c.text for c in drop_counts_of_play(text, extract(text, rules_for("en")))]
    []
    """
    return _without(
        candidates,
        lambda candidate: (
            candidate.rule == "date.ordinal_day"
            and _COUNT_OF_PLAY.search(text, sentence_bounds(text, candidate.start)[0], candidate.start)
            is not None
        ),
    )


#: The words that may stand before the month "May": a preposition or a word of time ("in May",
#: "early May", "until May").
_WORDS_BEFORE_A_MONTH = (
    "in", "on", "by", "since", "until", "till", "through", "throughout", "from", "during", "before",
    "after", "last", "next", "this", "that", "early", "late", "mid", "each", "every", "of", "and",
    "or", "to", "between",
)  # fmt: skip
#: A person the text names "May" by both names: "Theresa May", "Prime Minister May" (not a month
#: such a word, a sentence's first word or a weekday puts a capital before: "In May", "Early May",
#: "Friday May 3").
_FULL_NAME_MAY = re.compile(
    r"\b(?!(?:"
    + "|".join(word.capitalize() for word in _WORDS_BEFORE_A_MONTH)
    + r"|The|Also|But|Then|Come|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)"
    r"(?-i:[A-Z][a-z]+)\sMay\b(?!,?\s+[0-9])"
)


#: What may stand before the month "May": such a word, a day's number or a year, or a hyphen.
def _month_lead(words: Sequence[str]) -> re.Pattern[str]:
    """What may stand right before a month: one of ``words``, a day's number or a year, or a hyphen."""
    return re.compile(r"(?:\b(?:" + "|".join(words) + r"|[0-9]{1,4}(?:st|nd|rd|th)?)|-)\s*\Z", re.IGNORECASE)


_MONTH_LEAD_BEFORE_MAY = _month_lead(_WORDS_BEFORE_A_MONTH)


def drop_surname_may(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop a bare "May" that names a person the text names in full ("Prime Minister Theresa
    May ... May met Rutte on Tuesday", "reject May's plan"): no month.

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "Theresa May postponed the vote. May met Rutte on Tuesday."
    >>> [c.text for c in drop_surname_may(text, extract(text, rules_for("en")))]
    ['Tuesday']
    """
    if "May" not in text or _FULL_NAME_MAY.search(text) is None:
        return list(candidates)
    return _without_months_naming(text, candidates, {"May"}, _MONTH_LEAD_BEFORE_MAY)


def _without_months_naming(
    text: str, candidates: Sequence[Candidate], names: Collection[str], lead: re.Pattern[str]
) -> list[Candidate]:
    """``candidates`` without the bare months whose name the text gives a person (``names``): those
    no month's ``lead`` stands before and no day or year follows."""
    return _without(
        candidates,
        lambda candidate: (
            candidate.text in names
            and lead.search(text, max(0, candidate.start - 16), candidate.start) is None
            and _DAY_OR_YEAR_AFTER.match(text, candidate.end) is None
        ),
    )


#: A day or a year right after a month: " 3", ", 2019".
_DAY_OR_YEAR_AFTER = re.compile(r",?\s+[0-9]")
#: A month's name that names a person after a word of kin: "his son August", "her sister June".
_KIN_NAMED_AS_A_MONTH = re.compile(
    r"\b(?:sons?|daughters?|brothers?|sisters?|wife|husband|father|mother|uncle|aunt|cousin|nephew|niece|"
    r"grandson|granddaughter|grandfather|grandmother|widow|(?-i:Aunt|Uncle))\s+(?P<name>(?-i:April|May|June|August))\b"
    r"(?!,?\s+[0-9])",
    re.IGNORECASE,
)


#: What may stand before a month whose name is also a person's: such a word, "for" ("set for
#: August"), "at", "around", a day's number or a year, or a hyphen.
_MONTH_LEAD_BEFORE_A_NAME = _month_lead(
    (*_WORDS_BEFORE_A_MONTH, "for", "at", "around", "about", "into", "over")
)


def drop_kin_named_months(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Drop a bare month's name that the text gives a person after a word of kin ("His son August
    added the quarter section in 1903. August's son, Walter, held on"): no month, there or later
    (but "in August" still is one).

    >>> from dateline.extract import extract
    >>> from dateline.rules import rules_for
    >>> text = "His son August farmed it from 1903. August's son sold it in August 1950."
    >>> [c.text for c in drop_kin_named_months(text, extract(text, rules_for("en")))]
    ['1903', 'August 1950']
    """
    names = {match["name"] for match in _KIN_NAMED_AS_A_MONTH.finditer(text)}
    if not names:
        return list(candidates)
    return _without_months_naming(text, candidates, names, _MONTH_LEAD_BEFORE_A_NAME)


def refine(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """Run every refiner in order."""
    candidates = drop_place_names(text, drop_work_titles(text, dates_of_other_calendars(text, candidates)))
    candidates = drop_names_ending_in_now(text, drop_falls_of_places(text, candidates))
    candidates = drop_kin_named_months(text, drop_surname_may(text, candidates))
    candidates = drop_counts_of_play(text, candidates)
    candidates = habitual_weekday_spans(text, read_slashed_dates(text, candidates))
    joined = join_named_days(text, join_some_weekday(text, join_date_and_time(text, candidates)))
    joined = join_weekday_part_and_date(text, joined)
    joined = weekday_of_week(text, recurring_feasts(text, distribute_sets(text, joined)))
    joined = date_clocks_of_sets(
        text, split_ranges(text, periods_of_rates(text, join_durations(text, joined)))
    )
    return absorb_open_ends(text, widen_extents(text, absorb_modifiers(text, joined)))
