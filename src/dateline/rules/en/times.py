"""Times of day: "3 p.m.", "15:30 GMT", "noon", "Monday morning", "this morning"."""

from __future__ import annotations

import re

from dateline.context import sentence_bounds
from dateline.lexicon import lexicon_for
from dateline.lexicon.en import NUMBER_WORDS, PARTS_OF_DAY, POSITION_WORDS
from dateline.partial import US_ZONE_PREFIX, Grain, PartialTime, Shift
from dateline.rules.base import Example, Rule, RuleMatch, after_lower_case_word, after_one_of
from dateline.rules.en.dates import TITLED_PART_OF_DAY, calendar_fields
from dateline.rules.en.relative import determined_weekday

_LEXICON = lexicon_for("en")

#: Zones as written, and their UTC offsets (standard and daylight US zones, Europe, Asia, and
#: the zones of English news from Australia, New Zealand, Africa and South-East Asia). "IST" is
#: India's, the one English news writes it for. Not "EAT" and "CAT": they are words too.
ZONES = {
    "GMT": "Z", "UTC": "Z", "Z": "Z", "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00",
    "CDT": "-05:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
    "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "MSK": "+03:00", "IST": "+05:30",
    "JST": "+09:00", "KST": "+09:00", "HKT": "+08:00", "AEST": "+10:00", "AEDT": "+11:00",
    "ACST": "+09:30", "ACDT": "+10:30", "AWST": "+08:00", "NZST": "+12:00", "NZDT": "+13:00",
    "SAST": "+02:00", "WAT": "+01:00", "SGT": "+08:00", "PKT": "+05:00",
    # ... and the zones of accident reports from Hawaii, Alaska, Indonesia, Malaysia and the
    # Philippines ("2:10 p.m. HST", "06:14 WITA").
    "HST": "-10:00", "AKST": "-09:00", "AKDT": "-08:00", "WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00",
    "MYT": "+08:00", "PHT": "+08:00",
    # ... and in words, as broadcasts say them ("The time is 1300 hours Greenwich Mean Time").
    "GREENWICH MEAN TIME": "Z", "GREENWICH TIME": "Z", "UNIVERSAL TIME": "Z", "COORDINATED UNIVERSAL TIME": "Z",
    "BRITISH SUMMER TIME": "+01:00", "CENTRAL EUROPEAN TIME": "+01:00", "CENTRAL EUROPEAN SUMMER TIME": "+02:00",
    # ... and as wires name a capital's clock ("10:30 a.m. Beijing time"): only the zones whose
    # offset has stayed put for decades (not Moscow's or Baghdad's, which moved with the years).
    "BEIJING TIME": "+08:00", "HONG KONG TIME": "+08:00", "TAIPEI TIME": "+08:00",
    "SINGAPORE TIME": "+08:00", "MANILA TIME": "+08:00", "TOKYO TIME": "+09:00",
    "SEOUL TIME": "+09:00", "BANGKOK TIME": "+07:00", "JAKARTA TIME": "+07:00",
    # (The Gulf's and East Africa's, which keep no summer time: "at 2 a.m. Kuwait time".)
    "KUWAIT TIME": "+03:00", "RIYADH TIME": "+03:00", "SAUDI TIME": "+03:00", "DOHA TIME": "+03:00",
    "NAIROBI TIME": "+03:00", "DUBAI TIME": "+04:00", "ABU DHABI TIME": "+04:00",
    # ... and a country's one clock: "this morning, Japan time".
    "JAPAN TIME": "+09:00", "KOREA TIME": "+09:00", "CHINA TIME": "+08:00", "INDIA TIME": "+05:30",
    "INDIAN TIME": "+05:30", "INDIAN STANDARD TIME": "+05:30", "PAKISTAN TIME": "+05:00",
}  # fmt: skip
_ZONE_NAMES = "|".join(sorted(ZONES, key=len, reverse=True))


def _zone_offset(written: str) -> str | None:
    """The UTC offset of a zone as written ("GMT", "Greenwich  Mean Time"), if it is one."""
    return ZONES.get(" ".join(written.upper().split()))


#: The words before a military clock that bound or approximate it: "at 0400", "shortly after 0130".
_BOUNDS_OF_A_MILITARY_CLOCK = (
    "at", "by", "until", "till", "from", "about", "around", "approximately", "after", "before"
)  # fmt: skip
_ZONE = rf"(?: (?P<zone>{_ZONE_NAMES})\b)?"
#: A zone or a US zone written without standard or daylight time ("8 p.m. ET"): its offset is
#: the one the day keeps (US daylight saving time), which the resolver writes once it knows the
#: day (``US_ZONE_PREFIX``). In capitals and after "a.m."/"p.m." only, so that "4 CT scans"
#: stays a count. So is a US zone in words, "8 p.m. Eastern (time)" ("local time" stays out, as
#: the gold of narratives has it).
_US_ZONE_WORDS = (
    # (Canada's Atlantic time keeps the US calendar of daylight time: "10:31 p.m. Atlantic time".)
    r"(?-i:Eastern|Central|Mountain|Pacific|(?:New York(?: City)?|Atlantic)(?= [Tt]ime\b)"
    # ... and in a transcript's small letters, before "time" or where the clause ends: "until two
    # a.m. eastern time", "at eight o'clock eastern, and ..." (not "5 a.m. mountain climbers").
    r"|(?:eastern|central|mountain|pacific)(?= (?:(?:standard|daylight) )?time\b)|(?:eastern|central|pacific)(?=[.,;:!?]|$))"
)
_ZONE_OR_US_ZONE = (
    rf"(?: (?P<zone>{_ZONE_NAMES})\b| (?P<us_zone>(?-i:ET|CT|MT|PT))\b"
    # Filings set the zone off with commas: "5:00 p.m., New York City time, on June 6, 2025".
    rf"|(?:,(?= {_US_ZONE_WORDS} (?:(?:standard|daylight) )?time\b))? (?P<us_zone_word>{_US_ZONE_WORDS})"
    r"(?: (?:(?P<us_season>standard|daylight) )?time\b|(?![\w-]|(?-i: [A-Z])))"
    # ... or in brackets: "12:01 a.m. (Eastern Time) on January 1", "9 a.m. (EST)".
    rf"| \((?:(?P<zone_bracket>{_ZONE_NAMES})|(?P<us_zone_bracket>{_US_ZONE_WORDS})"
    r"(?: (?:(?P<us_season_bracket>standard|daylight) )?[Tt]ime)?)\))?"
)

#: The standard UTC offsets of the US zones (and Canada's Atlantic zone), by their first letter.
_US_STANDARD_OFFSETS = {"A": -4, "E": -5, "C": -6, "M": -7, "P": -8}


def _written_zone(match: RuleMatch) -> str | None:
    """The zone after a clock: an offset, or for a US zone without "standard"/"daylight" its
    standard offset marked with :data:`US_ZONE_PREFIX` for the resolver to shift in summer."""
    zone = _zone_offset(match.group("zone") or match.group("zone_bracket") or "")
    us_zone = (
        match.group("us_zone")
        or match.group("us_zone_word")
        or match.group("us_zone_word2")
        or match.group("us_zone_bracket")
    )
    if zone is not None or not us_zone:
        return zone
    # (New York keeps Eastern time.)
    hours = _US_STANDARD_OFFSETS["E" if us_zone.startswith("New York") else us_zone[0].upper()]
    season = (
        match.group("us_season") or match.group("us_season2") or match.group("us_season_bracket") or ""
    ).lower()
    if season == "daylight":
        hours += 1
    offset = f"-{-hours:02d}:00"
    return offset if season else US_ZONE_PREFIX + offset


def _clock(match: RuleMatch) -> PartialTime | None:
    hour = int(match.group("hour") or "0")
    minute = int(match.group("minute") or "0") if match.has("minute") else None
    meridiem = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if meridiem:
        if hour == 0 and meridiem.startswith("a") and match.has("minute"):
            # "at 0:45 a.m. Tuesday": the hour after midnight, as Xinhua writes it.
            hour = 12
        if not 1 <= hour <= 12:
            return None
        if meridiem.startswith("p") and hour != 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
    elif not match.has("zone") and not match.has("oclock"):
        return None
    elif not match.has("zone"):
        near = (
            _half_of_day_from_before(match.match.string, match.match.start(), hour)
            # (Not where the part of the day follows: "By 9 o'clock this morning he was jogging",
            # after "11 p.m.".)
            if 1 <= hour <= 11 and not _PART_OF_DAY_AFTER_CLOCK.match(match.match.string, match.match.end())
            else None
        )
        if near is not None:
            hour = near
        elif len(match.group("hour") or "") == 1:
            hour = _afternoon_hour(match.match.string, match.match.start(), match.match.end(), hour)
    elif (
        1 <= hour <= 11
        and match.has("oclock")
        and _TONIGHT_BEFORE.search(match.match.string, max(0, match.match.start() - 130), match.match.start())
    ):
        # "Game 5 starts at 8 o'clock Eastern", after "tonight": the evening's hour.
        hour += 12
    if hour > 24 or (minute is not None and minute > 59):
        return None
    zone = _written_zone(match)
    second = int(match.group("second") or "0") if match.has("second") else None
    return PartialTime(
        hour=hour,
        minute=minute or 0,
        second=second,
        zone=zone,
        grain=Grain.MINUTE if second is None else Grain.SECOND,
    )


#: What may stand before a broadcast's hour: "at 10 Eastern", "tonight, 10 Eastern", "10 Eastern,
#: 9 Central" (its second zone restates the hour).
_BROADCAST_HOUR_BEFORE = re.compile(
    # ("at about 4 Eastern", "around 3 Central": a time told roughly.)
    r"(?:\b(?:at|by|until|till|from|before|after)\s(?:about\s|around\s|approximately\s)?|\b(?:about|around)\s"
    r"|(?-i:Eastern|Central|Mountain|Pacific),\s|(?:to|and)\s"
    # ... and the hour of the first zone, left unsaid: "a special report at 10, 9 Central".
    r"|\bat\s(?:1[0-2]|[1-9]),\s)\Z",
    re.IGNORECASE,
)


def _broadcast_hour(match: RuleMatch) -> PartialTime | None:
    """ "at 10 Eastern, 9 Central", "at 8:30 Pacific": a programme's hour, which a US zone makes a
    clock without "p.m.", in the afternoon or the evening as schedules mean it (from noon to 11)."""
    text, start = match.match.string, match.match.start()
    if not _BROADCAST_HOUR_BEFORE.search(text, max(0, start - 12), start):
        return None
    hour = int(match.group("hour") or "0") or _HOUR_WORDS.get((match.group("hour_word") or "").lower(), 0)
    minute = int(match.group("minute") or "0")
    if (
        hour != 12
        and not _MORNING_AFTER.match(text, match.match.end())
        # ("Friday morning at 8:30 Eastern time": the morning named before.)
        and not _MORNING_BEFORE.search(text, max(0, start - 24), start)
        # ("Wall Street opens at 9:30 Eastern": a market's opening bell, in the morning.)
        and not (hour >= _MARKET_OPENS_FROM and _MARKET_OPENS_BEFORE.search(text, max(0, start - 24), start))
    ):
        hour += 12
    return PartialTime(hour=hour, minute=minute, zone=_written_zone(match), grain=Grain.MINUTE)


#: A market's opening, before its hour: "Wall Street opens at ", "trading opens at ".
_MARKET_OPENS_BEFORE = re.compile(r"\b(?:opens?|opening|opened)\s+at\s+\Z", re.IGNORECASE)
_MARKET_OPENS_FROM = 7
#: ... or before it: "Friday morning at 8:30 Eastern", "this morning at 9 Eastern".
_MORNING_BEFORE = re.compile(r"\bmorning,?\s+(?:at\s+)?\Z", re.IGNORECASE)
#: A morning named after a clock time: "at 8:30 Eastern this morning", "7 Eastern Monday morning".
_MORNING_AFTER = re.compile(
    r",?\s+(?:(?:this|tomorrow|yesterday|(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?morning\b",
    re.IGNORECASE,
)


def _military(match: RuleMatch) -> PartialTime | None:
    if match.has("hour_only"):
        hour = int(match.group("hour_only") or "0")
        return PartialTime(
            hour=hour, minute=0, zone=_zone_offset(match.group("zone_only") or ""), grain=Grain.MINUTE
        )
    digits = (
        match.group("hhmm")
        or match.group("hhmm_hours")
        or match.group("hhmm_zero")
        or match.group("hhmm_on")
        or match.group("hhmm_dated")
        or match.group("hhmm_late")
        or ""
    )
    hour, minute = int(digits[:2]), int(digits[2:])
    if hour > 23 or minute > 59:
        return None
    zone = (
        "Z"
        if match.has("universal")
        else _zone_offset(match.group("zone") or match.group("zone_hours") or "")
    )
    text, start = match.match.string, match.match.start()
    if _SIGN_OFF_BEFORE.search(text, max(0, start - 40), start):
        # "VOA News, 1500 UTC.": a broadcast's sign-off line stamps its own hour, on the DCT,
        # whatever day the news before it told.
        return PartialTime(
            anchor="dct", shift=Shift(Grain.DAY, 0), hour=hour, minute=minute, zone=zone, grain=Grain.MINUTE
        )
    return PartialTime(hour=hour, minute=minute, zone=zone, grain=Grain.MINUTE)


#: A broadcast's sign-off at the start of its line: "VOA News, ", "BBC World Service, ".
_SIGN_OFF_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?-i:[A-Z][A-Za-z]*)(?: (?-i:[A-Z][A-Za-z]*)){0,3},[ \t]+\Z")


#: "since" before "midnight" makes it the one the day began with: "had waited since midnight" at
#: 6:30 a.m. (00:00, not the day's end; "shortly after midnight" after "11:40 p.m." is the end of
#: the evening's day, and "from midnight on Wednesday" the end of Wednesday).
_DAY_BEGUN_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
#: (Not "before": "told supporters shortly before midnight", on the day of writing, is the midnight
#: the day began with, as "after midnight" is.)
_SPAN_ENDS_BEFORE = re.compile(
    # ... and what starts then: "has ordered all vehicles off the roads starting at midnight".
    # ... and what came just before the day's end: "announced shortly before midnight".
    r"\b(?:until|till|to|through|by|(?:starting|beginning|effective)\s+at|(?:shortly|just|minutes)\s+before)\s+\Z",
    re.IGNORECASE,
)
#: The small hours a span from midnight runs to: "between midnight and 3 a.m." begins the day.
_SMALL_HOURS_AFTER = re.compile(
    r"\s+(?:and|to|until|till|through)\s+(?:[1-9]|1[01])(?:[:.][0-9]{2})?\s*(?:a\.m\.|am\b)", re.IGNORECASE
)


def _noon(match: RuleMatch) -> PartialTime | None:
    word = (match.group("word") or "").lower()
    hour = 12 if word in {"noon", "midday"} else 24
    text, start = match.match.string, match.match.start()
    if hour == 24 and (
        _DAY_BEGUN_BEFORE.search(text, max(0, start - 8), start)
        or _SMALL_HOURS_AFTER.match(text, match.match.end())
    ):
        hour = 0
    if hour == 24 and _SPAN_ENDS_BEFORE.search(text, max(0, start - 16), start):
        # "power cuts were imposed from 4pm until midnight", "finished by midnight": the end of
        # the day, whatever the tense (told in the past on the day of writing, "midnight" began
        # it: resolve).
        return PartialTime(
            hour=hour, minute=0, zone=_written_zone(match), grain=Grain.MINUTE, direction="same"
        )
    # "noon ET on Friday", "midnight GMT": the zone as a clock time's.
    return PartialTime(hour=hour, minute=0, zone=_written_zone(match), grain=Grain.MINUTE)


def _weekday_part(match: RuleMatch) -> PartialTime | None:
    weekday = _LEXICON.weekday(
        match.group("weekday") or match.group("weekday_after") or match.group("weekday_of") or ""
    )
    first = (match.group("part_first") or "").lower()
    mid = first.startswith("mid")  # "midafternoon Wednesday": the middle of that afternoon
    part = PARTS_OF_DAY.get(
        (match.group("part") or first.removeprefix("mid").lstrip("-") or match.group("part_of") or "").lower()
    )
    if weekday is None or part is None:
        return None
    part_written = match.group("part") or ""
    if (
        part_written.istitle()
        and not (match.group("weekday") or "").isupper()
        and after_lower_case_word(match.match.string, match.match.start())
    ):
        return None  # "In 1962 she recorded Sunday Afternoon in Harlem": capitals mid-sentence, a title
    if mid:
        return PartialTime(weekday=weekday, part_of_day=part, grain=Grain.PART_OF_DAY, mod="MID")
    if match.has("that"):
        # "that Friday afternoon": the weekday nearest the time the text is at (relative.that_weekday).
        return PartialTime(
            weekday=weekday, part_of_day=part, grain=Grain.PART_OF_DAY, anchor="ref", direction="nearest"
        )
    if match.has("det"):
        # "next Sunday morning", "last Friday night": the part of the day the determiner picks.
        day = determined_weekday(match)
        return None if day is None else day.but(part_of_day=part, grain=Grain.PART_OF_DAY)
    return PartialTime(weekday=weekday, part_of_day=part, grain=Grain.PART_OF_DAY)


def _when(match: RuleMatch) -> str:
    """The word in group ``when`` ("early the next morning", "later this afternoon"), lower case."""
    return (match.group("when") or match.group("when_bare") or match.group("when_in") or "").lower()


#: A determiner or "of" around "last evening" that makes it the final one of something ("on the
#: last evening of the festival").
_FINAL_BEFORE = re.compile(r"\b(?:the|his|her|its|their|our|my|your|this|that)\s+\Z", re.IGNORECASE)
_FINAL_AFTER = re.compile(r"\s+(?:of|in|on|before|together)\b", re.IGNORECASE)


def _is_yesterday_evening(match: RuleMatch, part: str) -> bool:
    """Whether "last evening" is yesterday's ("Missiles hit Baghdad last evening"), not the final
    evening of something."""
    text, start, end = match.match.string, match.match.start(), match.match.end()
    return (
        part == "EV"
        and not _FINAL_BEFORE.search(text, max(0, start - 8), start)
        and not _FINAL_AFTER.match(text, end)
    )


def _part_now(match: RuleMatch) -> PartialTime | None:
    """ "It's late afternoon here": the DCT's part of the day."""
    part = PARTS_OF_DAY.get((match.group("part") or "").lower())
    if part is None:
        return None
    when = (match.group("when") or "").lower().rstrip("-")
    return PartialTime(
        anchor="dct",
        shift=Shift(Grain.DAY, 0),
        part_of_day=part,
        grain=Grain.PART_OF_DAY,
        mod=POSITION_WORDS.get(when),
    )


def _this_part(match: RuleMatch) -> PartialTime | None:
    determiner = (match.group("det") or "").lower()
    part = "MO" if match.has("ante_meridiem") else PARTS_OF_DAY.get((match.group("part") or "").lower())
    if part is None:
        return None
    words = match.text.split()
    if (
        len(words) == 2
        and all(word[:1].isupper() and word[1:].islower() for word in words)
        and _NAME_BEFORE.search(match.match.string, max(0, match.match.start() - 40), match.match.start())
    ):
        return None  # "CBS This Morning": a programme's title, every word capitalised after a name
    amount = -1 if determiner == "last" else 0
    if determiner == "last" and part != "NI" and not _is_yesterday_evening(match, part):
        return None
    # "later this afternoon" is its end, as "later this month" is.
    mod = POSITION_WORDS.get(_when(match))
    return PartialTime(
        anchor="dct",
        shift=Shift(Grain.DAY, amount),
        part_of_day=part,
        grain=Grain.PART_OF_DAY,
        mod=mod,
        # ("up from 6,000 last night" in a future clause is still yesterday's night.)
        direction="past" if amount else None,
        # (The writer's day, in a history too: "The treaty was signed on 28 June 1919. This
        # morning, the King laid a wreath at the Cenotaph.")
        speech_time=True,
    )


#: A capitalised word just before: a name ("CBS", "BBC Radio") the phrase may be the rest of.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&.-]*[ \t]\Z")
#: The prepositions a clock time follows ("left at 9:05:00"), where a race's time does not stand.
_CLOCK_PREPOSITION = re.compile(r"\b(?:at|by|until|till|from|around|about|before|after)\s+\Z", re.IGNORECASE)
#: A book of the Bible before "2:14" makes it a chapter and verse ("John 3:16"), not a clock.
_VERSE_BOOK = re.compile(
    r"\b(?-i:Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Job|"
    r"Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Ezekiel|Daniel|Matthew|Mark|Luke|John|Acts|Romans|"
    r"Corinthians|Galatians|Ephesians|Hebrews|James|Peter|Revelation)\s+\Z"
)
#: "a 1:50 scale", "a 4:3 ratio": a proportion, not a clock time.
_PROPORTION_AFTER = re.compile(r"\s*(?:scale|ratio|aspect|odds)\b", re.IGNORECASE)


#: "in" just before a clock: "in 3:59" is a time taken ("ran the mile in 3:59").
_IN_BEFORE = re.compile(r"\bin\s\Z", re.IGNORECASE)
#: An evening meal in the clause before a clock that has no a.m. or p.m. ("Dinner at 7:30?",
#: "drinks after work at 6:15"): its hour is the afternoon's or the evening's.
_EVENING_MEAL_BEFORE = re.compile(
    r"\b(?:dinner|supper|drinks|cocktails|happy hour)\b[^.!?;\n]{0,40}\Z", re.IGNORECASE
)
#: The small hours named around a clock that has no a.m. or p.m.: "woke at 5 o'clock", "before
#: dawn, at 4:30", "4:30 in the morning" (elsewhere news writes "a.m." for an hour from 1 to 5
#: of the night, so "at 4:30 Tuesday" and "By 3 o'clock, buyers returned" are the afternoon's).
_SMALL_HOURS_CUE_BEFORE = re.compile(
    r"(?:\b(?:woke|wakes?|awoke|awakened|dawn|daybreak|sunrise|first light|morning|overnight|night"
    r"|midnight|early|am|before daylight)\b"
    # ("shortly after 4 a.m. The sirens went off at 4:10": the stop of "a.m." may end a sentence.)
    r"|(?<=[0-9 ])a\.m\.)[^.!?;\n]{0,60}\Z"
    # ... and a broadcast's greeting: "Good morning. It's 5:30, and no subways are running."
    r"|\bgood\s+morning\b[.,!]*\s+[^.!?;\n]{0,40}\Z",
    re.IGNORECASE,
)
_TONIGHT_BEFORE = re.compile(
    # (... or in the sentence before: "The Yankees can win the Series tonight. Game 5 starts at 8
    # o'clock Eastern.")
    r"\b(?:tonight|this\s+evening)\b(?:[^.!?;\n]{0,80}|[^.!?;\n]{0,60}[.!?]\s+[^.!?;\n]{0,60})\Z",
    re.IGNORECASE,
)
_SMALL_HOURS_CUE_AFTER = re.compile(
    # ("at about 5:30 Baghdad time this morning": a place's clock named between.)
    r"(?:\s+(?-i:[A-Z][a-z]+)\s+time)?"
    r"\s*(?:,\s*)?(?:in the morning|this morning|tomorrow morning|(?:the\s+)?(?:next|following)\s+morning"
    r"|that morning|at night|overnight|before dawn"
    r"|a\.?m\b|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+morning)",
    re.IGNORECASE,
)


#: A clock whose half of the day is stated, in the sentences just before a bare one: "At 2:16
#: this morning the networks called it. He phoned around 2:30."
_STATED_CLOCK = re.compile(
    r"\b(?P<hour>1[0-2]|[1-9])(?::[0-5][0-9])?(?: o'clock)?\s*"
    # ("At 7:50 Eastern last night": a zone between.)
    r"(?:(?-i:Eastern|Central|Mountain|Pacific|[A-Z]{2,4})\s+)?"
    r"(?:(?P<am>a\.m\.|am\b|this morning|in the morning)|(?P<pm>p\.m\.|pm\b|last night|tonight|this (?:afternoon|evening)))"
    # ... and noon: "It's noon on Monday".
    r"|\b(?:it's|it is|at)\s+(?P<noon>noon)\b",
    re.IGNORECASE,
)
#: ... and between the two, a pluperfect (a clock before the stated one) or a future (after it).
_HAD_BETWEEN = re.compile(r"\bhad\b", re.IGNORECASE)
_WILL_BETWEEN = re.compile(r"\bwill\b|['’]ll\b", re.IGNORECASE)
#: How far back a stated clock sets the half of a bare one, and how close in time it must be.
_STATED_CLOCK_REACH = 400
_STATED_CLOCK_HOURS = 3


#: How far back the same clock, its half of the day stated, sets the half of a bare one.
_SAME_CLOCK_REACH = 3000


def _same_clock_stated_before(text: str, start: int, end: int) -> int | None:
    """The hour of a bare clock ("5:30") that the text wrote earlier with its half of the day ("the
    first pot has been poured at 5:30 a.m. ... he will open at 5:30 as always"), if it did.

    >>> _same_clock_stated_before("Doors open at 5:30 a.m. daily. On Friday we open at 5:30.", 52, 56)
    5
    >>> _same_clock_stated_before("We open at 5:30.", 11, 15) is None
    True
    """
    clock = text[start:end]
    said = list(
        re.finditer(
            r"(?<![\d:.])" + re.escape(clock) + r"\s*(?:(?P<am>a\.m\.|am\b)|(?P<pm>p\.m\.|pm\b))",
            text[max(0, start - _SAME_CLOCK_REACH) : start],
            re.IGNORECASE,
        )
    )
    if not said:
        return None
    stated = said[-1]
    hour = int(clock.split(":", 1)[0])
    return hour + 12 if stated.group("pm") else hour


def _half_of_day_from_before(text: str, start: int, hour: int) -> int | None:
    """The hour of a bare clock time (1 to 11) in the half of the day that puts it within a few
    hours of the clock with a stated half told just before it ("At 2:16 this morning ... around
    2:30" is 02:30; "just before 9 p.m. last night. Around 8:30" is 20:30), if one does."""
    clocks = list(_STATED_CLOCK.finditer(text, max(0, start - _STATED_CLOCK_REACH), start))
    if not clocks:
        return None
    stated = clocks[-1]
    pm = 12 if stated.group("pm") else 0
    base = 12 if stated.group("noon") else int(stated.group("hour")) % 12 + pm
    near = [h for h in (hour, hour + 12) if abs(h - base) <= _STATED_CLOCK_HOURS]
    if len(near) == 1:
        return near[0]
    if near:
        return None
    # ("It is 6 a.m. Gore had called to concede at about 2:30": before it; "It's noon. We'll have a
    # full report at 6 o'clock": after it.)
    between = text[stated.end() : start]
    if _HAD_BETWEEN.search(between) and not _WILL_BETWEEN.search(between):
        before = [h for h in (hour, hour + 12) if h < base]
        return max(before) if before else None
    if _WILL_BETWEEN.search(between) and not _HAD_BETWEEN.search(between):
        after = [h for h in (hour, hour + 12) if h > base]
        return min(after) if after else None
    return None


def _afternoon_hour(text: str, start: int, end: int, hour: int) -> int:
    """An hour from 1 to 5 written without a.m. or p.m. is the afternoon's (news writes "2 a.m."
    for the night's), unless the small hours are named around it; after "tonight" in its
    sentence, any hour to 11 is the evening's ("tonight and on Nightline at 11:35")."""
    if 1 <= hour <= 11 and _TONIGHT_BEFORE.search(text, max(0, start - 80), start):
        return hour + 12
    if not 1 <= hour <= 5:
        return hour
    if _SMALL_HOURS_CUE_BEFORE.search(text, max(0, start - 80), start) or _SMALL_HOURS_CUE_AFTER.match(
        text, end
    ):
        return hour
    return hour + 12


#: What follows a game's clock or a runner's pace, not the time of day: "with 1:14 remaining",
#: "2:35 left in overtime", "at 12:34 of the third period", "a 4:42 mile pace".
_GAME_CLOCK_AFTER = re.compile(
    # ("did not score until 4:12 remained in the third quarter".)
    # ("with 0:03 on the clock".)
    # ("The winning goal came at 4:31 of the second overtime", "scored 1:48 into overtime".)
    r"\s+(?:on\s+the\s+(?:game\s+|shot\s+)?clock\b|remaining|remained|remains|left|to play|to go|gone|into (?:the )?(?:first|second|third|fourth|final|last)\b|"
    # ("a field goal 6:12 into the extra period", "8:15 into the extra session".)
    r"into (?:the )?(?:overtime|extra time|stoppage time|extra period|extra session|extra innings?)\b|"
    r"of (?:the )?(?:first|second|third|fourth|final|last|opening)\s+(?:period|quarter|half|round|set|frame|overtime)|"
    r"of (?:overtime|extra time|stoppage time)|(?:per )?(?:mile|kilometre|kilometer|km)\b|pace\b)",
    re.IGNORECASE,
)
#: ... and what precedes a song's or a film's running time: "clocks in at 5:42", "runs 2:15"; or a
#: race's margin: "limited his losses to 2:15", "led by 1:34", "a lead of 1:12".
_RUN_TIME_BEFORE = re.compile(
    r"\b(?:clocks?|clocked|clocking)\s+in\s+at\s+\Z|\bruns\s+\Z"
    r"|\b(?:losses|deficit|gap|lead|margin|advantage)\s+(?:to|of)\s+\Z"
    r"|\b(?:led|leads|leading|trailed|trails|trailing|won|wins|finished|ahead|behind)\s+by\s+\Z",
    re.IGNORECASE,
)


#: A part of a day right after a clock time: " the next morning", " that evening", " in the afternoon".
_PART_OF_DAY_AFTER_CLOCK = re.compile(
    r",?\s+(?:(?:the\s+(?:next|following)|that|this|tomorrow|yesterday|in\s+the)\s+)"
    # ("at 11:30 that night": a night's hour before midnight; its small hours stay as written.)
    r"(?P<part>morning|afternoon|evening|night(?=\b)(?<=(?:that|this)\snight))\b",
    re.IGNORECASE,
)
#: The first hour of the evening a night's hour after it is read as ("at 7:30 that night").
_NIGHT_FROM_HOUR = 6
#: ... and one that opens the clause before it: "That evening, high tide came at ".
_PART_OF_DAY_BEFORE_CLOCK = re.compile(
    r"\b(?:[Tt]hat|[Tt]his)\s+(?P<part>morning|afternoon|evening)\b,?[^.;:!?]{0,60}\b(?:at|by|until|till)\s+\Z"
)
#: An afternoon's or an evening's hour written on the 24-hour clock ("at 17:00", "from 23:00"),
#: which tells how a text writes its clock; and how far around a bare hour it is looked for.
_TWENTY_FOUR_HOUR_CLOCK = re.compile(
    r"(?<![\d:.,$])(?:1[3-9]|2[0-3]):[0-5][0-9](?![\d:])(?!\s?[AaPp]\.?[Mm]\b)"
)
_CLOCK_STYLE_REACH = 3000


def _clock_24(match: RuleMatch) -> PartialTime | None:
    text, start = match.match.string, match.match.start()
    if _VERSE_BOOK.search(text, max(0, start - 16), start) or _PROPORTION_AFTER.match(
        text, match.match.end()
    ):
        return None
    hour_text = match.group("hour") or "0"
    hour, minute = int(hour_text), int(match.group("minute") or "0")
    zone = (
        _written_zone(match)
        if match.has("us_zone_word") or match.has("us_zone")
        else _zone_offset(match.group("zone") or "")
    )
    shift = match.group("zone_shift") or match.group("offset")
    if shift is not None:
        if zone not in (None, "Z"):
            return None  # "EST+2" is no offset a reader can trust
        digits = shift[1:].replace(":", "")
        hours, minutes = (digits, "00") if len(digits) <= 2 else (digits[:-2], digits[-2:])
        zone = f"{shift[0]}{int(hours):02d}:{minutes}"
    if zone is None and (
        _GAME_CLOCK_AFTER.match(text, match.match.end())
        or _RUN_TIME_BEFORE.search(text, max(0, start - 16), start)
    ):
        return None  # "with 1:14 remaining", "at 12:34 of the third period": a game's clock
    if not match.has("second"):
        if len(hour_text) == 1 and zone is None and _IN_BEFORE.search(text, max(0, start - 4), start):
            return None  # "ran the mile in 3:59": a time taken, not a clock
        if (
            1 <= hour <= 11
            and len(hour_text) == 1
            and zone is None
            and _EVENING_MEAL_BEFORE.search(text, max(0, start - 60), start)
        ):
            hour += 12
        elif (
            1 <= hour <= 11
            and zone is None
            and (part := _PART_OF_DAY_AFTER_CLOCK.match(text, match.match.end())) is not None
        ):
            # "found the two men at 8:25 the next morning", after "at 5:37 p.m.": the half of the
            # day the part after it names, whatever the clock before.
            night = part.group("part").lower() == "night"
            if part.group("part").lower() != "morning" and not (night and hour < _NIGHT_FROM_HOUR):
                hour += 12
        elif (
            1 <= hour <= 11
            and zone is None
            and (part := _PART_OF_DAY_BEFORE_CLOCK.search(text, max(0, start - 80), start)) is not None
        ):
            # "That evening, high tide came at 10:45": the half of the day its clause names first.
            hour = hour if part.group("part").lower() == "morning" else hour + 12
        elif (len(hour_text) == 1 or hour_text in ("10", "11")) and zone is None:
            # (A two-digit hour is the 24-hour clock's, but for "at 11:35" after "tonight".)
            near = _half_of_day_from_before(text, start, hour) if 1 <= hour <= 11 else None
            if near is None and 1 <= hour <= 11:
                near = _same_clock_stated_before(text, start, match.match.end())
            if near is None and _TWENTY_FOUR_HOUR_CLOCK.search(
                text, max(0, start - _CLOCK_STYLE_REACH), start + _CLOCK_STYLE_REACH
            ):
                # "returned to Moscow shortly after 2:00 on 22 August", where the text writes "at
                # 17:00" and "from 23:00": its clock is the 24-hour one, and 2:00 is the night's.
                near = hour
            hour = near if near is not None else _afternoon_hour(text, start, match.match.end(), hour)
        return PartialTime(hour=hour, minute=minute, zone=zone, grain=Grain.MINUTE)
    if len(hour_text) == 1 and zone is None and not _CLOCK_PREPOSITION.search(text, max(0, start - 8), start):
        return None  # "won in 2:03:38": a race's time, not a clock (duration.race_time)
    second = int(match.group("second") or "0")
    return PartialTime(hour=hour, minute=minute, second=second, zone=zone, grain=Grain.SECOND)


def _next_day(name: str) -> str:
    """ "the night of 8/9 May", "the night of 29 to 30 June": a night written by the two days it
    joins (the second must follow the first: see :func:`_part_of_date`)."""
    return rf"(?:(?:[/–-]| to )(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9/–-]))?"


def _part_of_date(match: RuleMatch) -> PartialTime | None:
    """ "the morning of June 12", "the night of 4 March 1801", "the night of 8/9 May 1917" (the
    night that begins on the 8th)."""
    day = calendar_fields(match)
    part = PARTS_OF_DAY.get((match.group("part") or "").lower())
    if day is None or part is None or day.day is None:
        return None
    if match.has("era_year"):
        # "the morning of 21 June 217 BC": the day of a year given with its era.
        year = int(match.group("era_year") or "0")
        if year == 0:
            return None
        day = day.but(year=year, bc=(match.group("era") or "").upper().replace(".", "") in ("BC", "BCE"))
    next_day = match.group("next_day") or match.group("next_day2") or match.group("next_day3")
    # (Not across a month's end: "the night of 31 May/1 June" names both months.)
    if next_day is not None and (part != "NI" or int(next_day) != day.day + 1):
        return None
    if match.has("lead_hour"):
        minute = int(match.group("lead_minute") or 0)
        hour = _twelve_hour(_hour_word(match.group("lead_hour") or "0"), match.group("part") or "", minute)
        return day.but(hour=hour, minute=minute, grain=Grain.MINUTE)
    return day.but(part_of_day=part, grain=Grain.PART_OF_DAY, mod=POSITION_WORDS.get(_when(match)))


def _spoken_clock(match: RuleMatch) -> PartialTime | None:
    """ "ten a.m.", "four thirty p.m. Eastern": a transcript's clock, the hour said as a word."""
    hour = _HOUR_WORDS[(match.group("hour_word") or "").lower()]
    minute = _spoken_minute(match.group("minute_word") or "")
    if (match.group("ampm") or "").lower().startswith("p") and hour != 12:
        hour += 12
    elif hour == 12 and (match.group("ampm") or "").lower().startswith("a"):
        hour = 0
    return PartialTime(hour=hour, minute=minute, zone=_written_zone(match), grain=Grain.MINUTE)


def _hour_of_part(match: RuleMatch) -> PartialTime | None:
    """ "4 in the morning", "10 at night", "four thirty-one in the morning"."""
    if match.has("minute_word"):
        minute = _spoken_minute(match.group("minute_word") or "")
        hour = _twelve_hour(
            _hour_word(match.group("hour_word") or "0"),
            match.group("part") or match.group("night") or "",
            minute,
        )
        return PartialTime(hour=hour, minute=minute, grain=Grain.MINUTE)
    minute = int(match.group("minute") or "0")
    hour = _twelve_hour(
        _hour_word(match.group("hour") or match.group("hour_word") or "0"),
        match.group("part") or match.group("night") or "",
        minute,
    )
    return PartialTime(hour=hour, minute=minute, grain=Grain.MINUTE)


#: Hours as words, for clock times written out ("a quarter past three"): the clock face's numbers.
_HOUR_WORDS = {
    word: NUMBER_WORDS[word]
    for word in (
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    )
}
_HOUR = r"(?:1[0-2]|[1-9]|" + "|".join(_HOUR_WORDS) + r")"
#: Minutes as a newsreader says a digital clock ("nine thirty", "ten oh five", "six forty-five").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_SPOKEN_MINUTE = (
    rf"(?:oh[- ](?:{_UNITS})|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    rf"nineteen|(?:twenty|thirty|forty|fifty)(?:[- ](?:{_UNITS}))?)"
)


def _spoken_minute(words: str) -> int:
    """The minute of "thirty", "oh five", "forty-five"."""
    return sum(NUMBER_WORDS[word] for word in words.lower().replace("-", " ").split() if word != "oh")


#: Minutes counted before "minutes past" or "minutes to": "one", "twenty-five".
_COUNTED_MINUTE = rf"(?:{_UNITS}|{_SPOKEN_MINUTE})"
#: Minutes as a clock face gives them: the fractions and the five-minute marks.
_CLOCK_MINUTES = {
    "a quarter": 15, "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty five": 25,
}  # fmt: skip
_CLOCK_MINUTE = r"(?:a quarter|quarter|half|five|ten|twenty(?:[- ]five)?|5|10|20|25)"
#: What a part of the day does to an hour given on a twelve-hour clock.
_PART_WORDS = (
    r"(?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night)|(?P<ampm>a\.m\.|p\.m\.|am|pm))"
)
#: "ten to one" is also odds and "five past two" a count: the hour must not be a quantity (a
#: plural noun after it; "this" and "was" are no plurals: "half past two this afternoon").
_NOT_A_QUANTITY = (
    r"(?![.,]?[0-9]|[ -]?(?:%|percent|per|points?|of|times|votes?|years?|months?|weeks?|days?|hours?|"
    r"minutes?|people|million|billion|thousand|hundred|dozen|half|third|fourth|fifth|tenth|"
    # ("from six o'clock in the evening onwards": an adverb in "-s".)
    r"(?!(?:this|was|is|has|as|onwards|afterwards|towards|always|sometimes)\b)[a-z]+s)\b)"
)


#: Prepositions that introduce a clock time written in words.
_CLOCK_CUE_BEFORE = after_one_of(
    # ("at about twenty-five past midnight", "It's ten past seven": a broadcast's clock.)
    "at", "until", "till", "before", "after", "since", "about", "around", "by", "it's", "it’s", r"it\sis", r"it\swas"
)  # fmt: skip
#: Odds and ratios are said as clock times are: "odds of about ten to one".
_ODDS_BEFORE = re.compile(r"\b(?:odds|ratio|margin|chances?|bet)\b[^.;]{0,20}\Z", re.IGNORECASE)
#: ... and after "it's" are the odds of what follows, unless the clause ends: "It's ten to six."
_SAID_BEFORE = re.compile(r"\bit(?:'s|’s|\s+is|\s+was)\s+\Z", re.IGNORECASE)
_CLOCK_SAID_AFTER = re.compile(r"\s*(?:[.,;:!?]|\Z)|\s+(?:in|on|and|here|there|now)\b", re.IGNORECASE)


def _hour_word(text: str) -> int:
    """An hour written as digits or as a word ("three")."""
    return int(text) if text.isdigit() else _HOUR_WORDS[text.lower()]


def _twelve_hour(hour: int, part: str, minute: int = 0) -> int:
    """The hour of a twelve-hour clock in the part of the day (or the meridiem) written after it:
    "10 at night" is 22:00, "2 at night" 02:00; "12 in the morning" is the midnight that starts
    the day (00:00), "12 at night" the one that ends it (24:00, as "midnight" is written). Minutes
    past that midnight ("12:30 at night") belong to the next day, which the hour alone cannot
    say: they keep the hour as written."""
    part = part.lower().replace(".", "").replace(" ", "")
    if part in ("night", "tonight"):
        return 24 if hour == 12 and minute == 0 else hour + 12 if 5 <= hour < 12 else hour
    if part in ("afternoon", "evening", "pm") and hour != 12:
        return hour + 12
    if part in ("morning", "am") and hour == 12:
        return 0
    return hour


def _clock_words(match: RuleMatch) -> PartialTime | None:
    """ "a quarter past three", "half past nine in the morning", "ten to six": a clock time in
    words, minutes before or after the hour."""
    text, start, end = match.match.string, match.match.start(), match.match.end()
    if match.has("cued_minutes") and _ODDS_BEFORE.search(text, max(0, start - 30), start):
        return None
    if (
        (match.group("cued_direction") or "").lower() == "to"
        and _SAID_BEFORE.search(text, max(0, start - 8), start)
        and not _CLOCK_SAID_AFTER.match(text, end)
    ):
        return None  # "It's ten to one he wins": odds
    if match.has("hour_word"):
        hour, minutes = _hour_word(match.group("hour_word") or ""), 0
    else:
        hour, minutes = _minutes_of_hour(match)
    part = match.group("part") or match.group("night") or match.group("ampm")
    if part is not None:
        hour = _twelve_hour(hour, part, minutes)
    return PartialTime(hour=hour, minute=minutes, zone=_written_zone(match), grain=Grain.MINUTE)


def _minutes_of_hour(match: RuleMatch) -> tuple[int, int]:
    """The hour and minute of "a quarter past three" (3:15) or "ten to six" (5:50)."""
    noon = (match.group("noon") or "").lower()
    to = (
        match.has("quarter_to")
        or (match.group("cued_direction") or match.group("counted_direction") or "").lower() == "to"
    )
    # "a quarter to midnight" is 23:45, "a quarter past midnight" 00:15.
    hour = (12 if noon == "noon" else 24 if to else 0) if noon else _hour_word(match.group("hour") or "0")
    counted = match.group("counted_minutes")
    words = " ".join(
        (
            match.group("minutes_past")
            or match.group("quarter_to")
            or match.group("cued_minutes")
            or counted
            or ""
        )
        .lower()
        .replace("-", " ")
        .split()
    )
    if counted is not None and not counted.isdigit():
        minutes = _spoken_minute(counted)
    else:
        minutes = _CLOCK_MINUTES[words] if words in _CLOCK_MINUTES else int(words)
    if to:
        hour, minutes = hour - 1 if hour > 1 else 12, 60 - minutes
    return hour, minutes


def _hour_this_part(match: RuleMatch) -> PartialTime | None:
    """ "at 6 this morning", "this evening at 7", "at 11 tonight": an hour of a part of a day
    named relative to the DCT."""
    if match.has("that_hour"):
        return PartialTime(hour=int(match.group("that_hour") or "0"), minute=0, grain=Grain.MINUTE)
    if match.has("hour_spoken"):
        hour = _HOUR_WORDS[(match.group("hour_spoken") or "").lower()]
        minute = _spoken_minute(match.group("minute_spoken") or "")
    else:
        hour = int(match.group("hour") or match.group("hour2") or "0")
        minute = int(match.group("minute") or match.group("minute2") or "0")
    det = (match.group("det") or match.group("det2") or "").lower()
    part = match.group("part") or match.group("part2") or match.group("tonight") or ""
    night = (match.group("night_det") or "").lower()
    if night:
        det, part = night, "night"
    meridiem = match.group("ampm") or match.group("ampm2")
    adjusted = _twelve_hour(hour, meridiem or part, minute)

    amount = {"yesterday": -1, "last": -1, "tomorrow": 1}.get(det, 0)
    if night and adjusted < 5:
        # "at 2 last night" is the small hours after that night's midnight: the next day.
        amount += 1
    return PartialTime(
        anchor="dct", shift=Shift(Grain.DAY, amount), hour=adjusted, minute=minute, grain=Grain.MINUTE
    )


#: The day's edges, which TimeML has no part of the day for: dawn opens the morning, dusk and
#: nightfall close the evening.
_DAY_EDGES = {
    "dawn": "MO", "daybreak": "MO", "first light": "MO", "sunrise": "MO", "sunup": "MO",
    "dusk": "EV", "nightfall": "EV", "sunset": "EV", "sundown": "EV",
}  # fmt: skip


#: A year right after "overnight": "wiped out savings overnight in 1992" (at once, that year).
_IN_A_YEAR_AFTER = re.compile(r"\s+in\s+[0-9]{4}\b")
#: The end of a sentence right after an expression.
_SENTENCE_ENDS_AFTER = re.compile(r"\s*[.!?]")
#: A change denied, up to its "overnight" at the clause's end: "will not change the way ... ".
_SUDDEN_CHANGE_DENIED_BEFORE = re.compile(
    r"\b(?:not|n't|never|cannot)\s+(?:\w+\s+){0,2}(?:change|happen|disappear|vanish|transform|end|be\s+solved"
    r"|be\s+fixed|be\s+built)\b[^.;:!?]*\Z",
    re.IGNORECASE,
)


def _anaphoric_part(match: RuleMatch) -> PartialTime | None:
    """ "the next morning", "that night": a part of a day the story has named."""
    determiner = " ".join((match.group("det") or match.group("det_day") or "").lower().split())
    part = (
        "NI"
        if match.has("overnight")
        else "MO"
        if match.has("small_hours")
        else _DAY_EDGES.get((match.group("edge") or "").lower())
        if match.has("edge")
        else PARTS_OF_DAY.get(
            (
                match.group("part")
                or match.group("part_of_day")
                or match.group("part_in")
                or match.group("part_night")
                or match.group("part_bare")
                or match.group("part_trading")
                or match.group("part_alone")
                or match.group("part_around")
                or ""
            ).lower()
        )
    )
    if part is None:
        return None
    amount = {"the next": 1, "the following": 1, "the previous": -1}.get(determiner, 0)
    if match.has("around"):
        amount = -1 if (match.group("around") or "").lower() == "before" else 1
    if match.has("overnight"):
        text, start = match.match.string, match.match.start()
        if (
            _SENTENCE_ENDS_AFTER.match(text, match.match.end())
            and _SUDDEN_CHANGE_DENIED_BEFORE.search(text, sentence_bounds(text, start)[0], start)
        ) or _IN_A_YEAR_AFTER.match(text, match.match.end()):
            # "A death sentence will not change the way women are treated in this country
            # overnight", "Hyperinflation wiped out savings overnight in 1992": at once, no night.
            return None
        amount = -1  # the night that ended the day before the one the text stands at began
    when = _when(match)
    # ("later that morning" is a time after the one told, in that morning, as "later that day" is
    # that day: no edge of it.)
    mod = None if when in ("later", "earlier") else POSITION_WORDS.get(when)
    return PartialTime(
        anchor="ref",
        shift=Shift(Grain.DAY, amount),
        part_of_day=part,
        grain=Grain.PART_OF_DAY,
        mod="START" if match.has("small_hours") else mod,
        # "that morning", "the same evening": the day just named, never the one after it.
        direction="same" if determiner in ("that", "the same", "that very", "that first") else None,
    )


#: A weekday's part of the day (or today's, tomorrow's) and the "and" after it.
_DAY_PART_AND_BEFORE = re.compile(
    # ("That afternoon and night the mission held out": the day the story is at.)
    r"(?:\b(?-i:[A-Z][a-z]+day)|\b(?:yesterday|tomorrow|this|that))\s+(?:morning|afternoon|evening)\s+and\s+\Z",
    re.IGNORECASE,
)


def _part_of_event(match: RuleMatch) -> PartialTime | None:
    """ "on the afternoon of the battle": that part of the day the story is at; "the evening
    before the battle" the day before's, "the morning after" the day after's."""
    part_word = (match.group("part") or "").lower()
    part = PARTS_OF_DAY.get(part_word)
    if part is None:
        return None
    relation = (match.group("relation") or "").lower()
    if (
        relation != "of"
        and match.match.string[max(0, match.match.start() - 3) : match.match.start()].lower() == "in "
    ):
        # ("It rained in the morning before the battle": the battle's own morning, before it.)
        return None
    days = -1 if relation == "before" else 0
    if relation == "after" and part_word in {"morning", "afternoon"}:
        days = 1
    return PartialTime(
        anchor="ref",
        shift=Shift(Grain.DAY, days),
        part_of_day=part,
        grain=Grain.PART_OF_DAY,
        direction="same",
    )


def _joined_part(match: RuleMatch) -> PartialTime | None:
    """ "evening" in "Tuesday afternoon and evening": that part of the day just named."""
    part = PARTS_OF_DAY.get((match.group("part_joined") or "").lower())
    start = match.match.start()
    if part is None or not _DAY_PART_AND_BEFORE.search(match.match.string, max(0, start - 30), start):
        return None
    return PartialTime(
        anchor="ref", shift=Shift(Grain.DAY, 0), part_of_day=part, grain=Grain.PART_OF_DAY, direction="same"
    )


def _one_part(match: RuleMatch) -> PartialTime | None:
    """ "One night", "in one afternoon": that part of a day of the story, the day the text stands
    at when it names one."""
    part = PARTS_OF_DAY.get((match.group("part_one") or "").lower())
    if part is None:
        return None
    return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), part_of_day=part, grain=Grain.PART_OF_DAY)


def _hours_later(match: RuleMatch) -> PartialTime | None:
    """ "Hours later", "a few minutes earlier": a time on the day the text stands at, its hour
    unknown."""
    return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), part_of_day="XX", grain=Grain.PART_OF_DAY)


_MINUTES_A_DAY = 24 * 60


def _hours_ago(match: RuleMatch) -> PartialTime | None:
    """ "two hours ago", "30 minutes ago", "1 hour ago" (a live page's stamp), "30 mins from now":
    a time on the day of publication, its hour unknown when only the date of the text is. The
    count stays as an offset in minutes, which a DCT with a clock resolves ("an hour ago" at
    14:30 is 13:30); a vague count ("a few minutes ago") has none."""
    offset = None
    if not match.has("vague"):
        if match.has("half"):
            amount = 0.5
        elif match.has("amount"):
            amount = float(_LEXICON.number(match.group("amount") or "") or 0)
        elif match.has("digits"):
            amount = float(match.group("digits") or 0)
        else:  # "an hour", "a couple of hours"
            amount = 2.0 if match.has("couple") else 1.0
        if match.has("and_half"):
            amount += 0.5
        unit = match.group("unit") or match.group("short_unit") or ""
        minutes = amount * (60 if unit.lower().startswith("h") else 1)
        sign = -1 if (match.group("when") or "").lower() == "ago" else 1
        if amount and minutes == int(minutes):
            offset = Shift(Grain.MINUTE, sign * int(minutes))
    # ("began striking Baghdad 24 hours ago": the day before, where the DCT gives no clock.)
    days = (
        0 if offset is None else int(abs(offset.amount) // _MINUTES_A_DAY) * (1 if offset.amount > 0 else -1)
    )
    return PartialTime(
        anchor="dct",
        shift=Shift(Grain.DAY, days),
        part_of_day="XX",
        grain=Grain.PART_OF_DAY,
        speech_time=True,
        offset=offset,
        mod="APPROX" if match.has("couple") else None,  # two or so
    )


def _mid_part(match: RuleMatch) -> PartialTime | None:
    """ "By mid-afternoon, shares had recovered": the middle of a part of the day the text stands at."""
    part = PARTS_OF_DAY.get((match.group("part") or "").lower())
    if part is None:
        return None
    return PartialTime(
        anchor="ref", shift=Shift(Grain.DAY, 0), part_of_day=part, grain=Grain.PART_OF_DAY, mod="MID"
    )


#: A determiner and a word or two describing one night, before "night": "another frustrating ",
#: "a miserable ", "one bad ", "a long " (not "at ", the generic night's).
_ONE_NIGHT_DESCRIBED_BEFORE = re.compile(
    r"\b(?:a|an|another|one|what\s+a)\s+(?:(?!(?:of|in|at|for|on|by)\s)(?-i:[a-z]+)\s+){1,2}\Z", re.IGNORECASE
)
#: The end of the noun phrase "night" heads (not a compound's first word: "night raids").
_NOUN_PHRASE_ENDS_AFTER = re.compile(
    r"\s*(?:[.,;:!?\"”)]|\Z)|\s+(?:in|at|on|of|for|with|as|and|but|to|before|after)\b"
)


def _night(match: RuleMatch) -> PartialTime | None:
    """ "at night", "night attacks": nights in general, on no particular day; "in daytime",
    "daytime traffic": days in general."""
    part = "DT" if match.has("daytime") else "NI"
    text, start = match.match.string, match.match.start()
    if (
        part == "NI"
        and _ONE_NIGHT_DESCRIBED_BEFORE.search(text, max(0, start - 40), start)
        and _NOUN_PHRASE_ENDS_AFTER.match(text, match.match.end())
    ):
        return None  # "another frustrating night", "a miserable night in Madrid": one night, told of
    if (
        part == "NI"
        and _AT_ONCE_BEFORE.search(text, max(0, start - 4), start)
        and not _HABIT_BEFORE.search(text, max(0, start - 24), start)
        and _DAY_DATE_THEN_PAST.search(text, max(0, start - 140), start)
    ):
        # "The battle began on 25 July 1938, when Republican troops crossed the river at night":
        # the night of the day its sentence told, not nights in general.
        return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), part_of_day=part, grain=Grain.PART_OF_DAY)
    if part == "NI" and _NIGHT_FALLS.match(text, start):
        # "The battle at Edgehill on 23 October 1642 ended as night fell": the night of the day the
        # text is at, its fall a moment of that day.
        return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), part_of_day=part, grain=Grain.PART_OF_DAY)
    return PartialTime(value=f"XXXX-XX-XXT{part}", part_of_day=part, grain=Grain.PART_OF_DAY)


#: Night falling in a clause of time: "night fell" after "as", "when", "until" ... .
_NIGHT_FALLS = re.compile(
    r"(?:(?<=\bas\s)|(?<=\bwhen\s)|(?<=\buntil\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bonce\s))(?-i:night)\s+(?:fell|came|had\s+fallen|was\s+falling|set\s+in)\b"
)
_AT_ONCE_BEFORE = re.compile(r"\bat\s+\Z")
#: A habit's words before "at night": "moved only at night", "usually at night".
_HABIT_BEFORE = re.compile(
    r"\b(?:only|usually|often|always|mostly|mainly|generally|largely|chiefly|normally|typically|"
    r"would|could|can|must|should|tend\s+to)\s+(?:[a-z]+\s+){0,3}?at\s+\Z"
)
#: A day of a month told in the sentence before "at night", then a past verb: "began on 25 July
#: 1938, when Republican troops crossed the river (at night)".
_DAY_DATE_THEN_PAST = re.compile(
    r"\b(?:[0-3]?[0-9]\s+(?-i:[A-Z][a-z]+)|(?-i:[A-Z][a-z]+)\.?\s+[0-3]?[0-9](?![0-9]))(?:,?\s+[0-9]{4})?"
    r"[^.;!?\n]*?\b[a-z]+ed\b[^.;!?\n]*\Z"
)


#: Words before "night" that make it a particular night (other rules read those), a length ("a
#: night", "one night"), a rate or a repetition ("per night", "every night").
#: "48 hours later", "two hours later": counted, the hours are the length ``duration.amount_unit``
#: reads, not the vague "hours later" of this rule.
_NOT_COUNTED = r"(?<![0-9]\s)" + "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "ninety",
    )
)  # fmt: skip
_NIGHT_TAKEN = "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "the", "that", "this", "last", "next", "same", "previous", "following", "one", "a", "an",
        "per", "each", "every", "whole", "entire", "all", "day", "good", "first", "second", r"day\sand",
        # "Day turned to night": darkness, no time.
        "to",
        # "election night", "opening night": one night an event names, not the generic night.
        "election", "opening", "closing", "wedding", "polling", "budget", "results", "fight", "prom",
        # ... and an evening's entertainment named for what is done: "Quiz night: The Red Lion".
        "quiz", "movie", "film", "game", "games", "karaoke", "comedy", "bingo", "trivia", "date", "family",
        # "a fourth night in shelters", "a third consecutive night": a count of the nights of an
        # event, as "the first week" of one is.
        "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "straight",
        # "The polar night lasted three months": the dark season of the poles, no part of a day.
        "polar", "arctic", "antarctic",
        # "during the lunar night, which lasts 14 Earth days": another world's night.
        "lunar", "martian",
        "consecutive", "successive", "another", "final", "eleventh", "twelfth", "thirteenth",
        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    )
    # ... and in digits: "for the 20th night in a row".
) + "".join(rf"(?<![0-9]{suffix}\s)" for suffix in ("th", "st", "nd", "rd"))  # fmt: skip


#: The first end and the word of a span of bare hours, before its second end: "from 9 to ",
#: "between 10:30 and " (one fixed-width look-behind per form).
_HOUR_SPAN_BEFORE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{opening}\s{hour}\s{joining}\s)"
        for opening, joining in (("from", "to"), ("from", "until"), ("from", "till"), ("between", "and"))
        for hour in ("[1-9]", "1[0-2]", "[1-9]:[0-5][0-9]", "1[0-2]:[0-5][0-9]", "noon", "midday")
    )
    + ")"
)
#: The first end, read back from the text before the second.
_HOUR_SPAN_FIRST = re.compile(
    r"(?:(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5][0-9]))?|(?P<noon>noon|midday))\s\w+\s\Z", re.IGNORECASE
)
#: The words of opening hours and of work that make a span of bare hours a span of the clock:
#: "open from 9 to 5", "I work from 9 to 5", "office hours are from 10 to 4".
_HOURS_CUE = re.compile(
    r"\b(?:open|opens|opened|closed|closes|work|works|worked|working|shift|hours|staffed|operates"
    r"|operating|manned|served)\b",
    re.IGNORECASE,
)
#: The words of the sentence (or clause) before a span, up to it.
_CLAUSE_BEFORE = re.compile(r"[^.;!?]*\Z")
#: A change of an amount, or a score, between the cue and the span: "hours fell from 9 to 5"
#: counts hours, "the gap closed from 9 to 5" points.
_AMOUNT_CHANGE = re.compile(
    r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|cut|cuts|dropped|drops|increased|reduced"
    r"|decreased|grew|grown|went|climbed|slipped|jumped|lowered|raised|shrank|trimmed|narrowed|widened"
    r"|gap|lead|margin|deficit|score|odds|votes?|seats?|points?)\b",
    re.IGNORECASE,
)


def _hour_span_end(match: RuleMatch) -> PartialTime | None:
    """ "open from 9 to 5", "I work from 9 to 5": the second end of a span of bare hours, which
    a word of opening hours or of work before it makes one of the clock (elsewhere "from 9 to 5"
    is as often an amount: "cut from 9 to 5 percent", "the score went from 9 to 5"). Read as
    appointments are made, the first end is a morning hour from 7 to 11, noon, or an afternoon
    hour from 1 to 6; the second is the first such hour after it ("9 to 5" ends at 17:00).
    The first end is split_ranges' (combine.py) to read from this one."""
    text, start = match.match.string, match.match.start()
    first = _HOUR_SPAN_FIRST.search(text, max(0, start - 16), start)
    clause = _CLAUSE_BEFORE.search(text, max(0, start - 80), start)
    if first is None or clause is None:
        return None
    # ("From noon to 2" needs no cue: no amount starts at noon.)
    if first["noon"] is None and (
        _HOURS_CUE.search(text, clause.start(), start) is None
        or _AMOUNT_CHANGE.search(text, clause.start(), start)
    ):
        return None
    opening = 12 if first["noon"] else int(first["hour"])
    opening = opening if 7 <= opening <= 12 else opening + 12
    closing, minute = int(match.group("hour") or "0"), int(match.group("minute") or "0")
    opening_minutes = opening * 60 + int(first["minute"] or "0")
    for hour in (closing % 12, closing % 12 + 12, 24):
        if hour * 60 + minute > opening_minutes and (hour % 12 or 12) == closing:
            return PartialTime(hour=hour, minute=minute, grain=Grain.MINUTE)
    return None


def _hour_of_day_of_month(match: RuleMatch) -> PartialTime | None:
    """ "the sixth hour of the first day of the fifth month": a clock hour of a day of the year, each
    counted with an ordinal (the hour that ends at six is 06:00: the armistice of 1918, named so by
    its eleventh hour, took effect at 11 a.m.)."""
    hour, day, month = (_LEXICON.ordinal(match.group(name) or "") for name in ("hour", "day", "month"))
    if hour is None or day is None or month is None or not (hour <= 24 and month <= 12 and day <= 31):
        return None
    return PartialTime(month=month, day=day, hour=hour % 24, minute=0, grain=Grain.MINUTE)


RULES: tuple[Rule, ...] = (
    Rule(
        name="time.nth_hour_of_nth_day",
        type="TIME",
        pattern=r"the {ordinal_word:hour} hour of the {ordinal_word:day} day of the {ordinal_word:month} month",
        parse=_hour_of_day_of_month,
        examples=(
            Example(
                "The truce of 1453 began at the sixth hour of the first day of the fifth month.",
                "1453-05-01T06:00",
                span="the sixth hour of the first day of the fifth month",
                type="TIME",
                domain="narrative",
            ),
        ),
        negatives=("the eleventh hour of the talks", "the third day of the month"),
    ),
    Rule(
        name="time.clock",
        type="TIME",
        pattern=(
            # "\s?", not " ?": a pattern space is "\s+", and "5:30PM" is written without one.
            # (Not the tail of a longer figure: "9:03:00 a.m." is read whole, with its seconds.)
            r"(?<![0-9])(?<![0-9][:.])(?P<hour>[01]?[0-9]|2[0-4])(?:[:.](?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?)?\s?"
            r"(?:(?P<ampm>a\.m\.|p\.m\.|a\.m|p\.m|am|pm|a m|p m|a-m|p-m)|(?P<oclock>o'clock))(?![\w])"
            + _ZONE_OR_US_ZONE
        ),
        parse=_clock,
        examples=(
            Example("3 p.m.", "2025-05-09T15:00", type="TIME"),
            Example("10:35 a.m.", "2025-05-09T10:35"),
            Example("3 p.m. EST", "2025-05-09T15:00-05:00"),
            # A US zone keeps the offset of its day: daylight saving time in May.
            Example("Polls close at 8 p.m. ET.", "2025-05-09T20:00-04:00", span="8 p.m. ET"),
            Example(
                "Polls close at 8 p.m. Eastern time.", "2025-05-09T20:00-04:00", span="8 p.m. Eastern time"
            ),
            Example("The show airs at 9 p.m. Eastern.", "2025-05-09T21:00-04:00", span="9 p.m. Eastern"),
            Example(
                "The jet left radar at 10:31 p.m. Atlantic time.",
                "2025-05-09T22:31-03:00",
                span="10:31 p.m. Atlantic time",
            ),
            # A tender offer's deadline: the zone between commas, the day after it.
            Example(
                "The offer will expire at 5:00 p.m., New York City time, on June 6, 2025.",
                "2025-06-06T17:00-04:00",
                span="5:00 p.m., New York City time, on June 6, 2025",
            ),
            Example(
                "The call begins at 4:30 p.m., Eastern Time.",
                "2025-05-09T16:30-04:00",
                span="4:30 p.m., Eastern Time",
            ),
            Example(
                "Bids close at 5 p.m. PT on Dec. 1.", "2025-12-01T17:00-08:00", span="5 p.m. PT on Dec. 1"
            ),
            Example(
                "It airs at 8 p.m. Central Standard Time.",
                "2025-05-09T20:00-06:00",
                span="8 p.m. Central Standard Time",
            ),
            # The zones of English news outside the US and Europe.
            Example("Load shedding starts at 6am SAST.", "2025-05-09T06:00+02:00", span="6am SAST"),
            Example("The flight lands at 5pm WAT.", "2025-05-09T17:00+01:00", span="5pm WAT"),
            Example("The tremor struck at 11.20am NZDT.", "2025-05-09T11:20+13:00", span="11.20am NZDT"),
            Example("Voting closed at 6pm AWST.", "2025-05-09T18:00+08:00", span="6pm AWST"),
            # ... and a capital's clock as wires name it.
            Example(
                "The rocket lifted off at 8:15 p.m. Beijing time.",
                "2025-05-09T20:15+08:00",
                span="8:15 p.m. Beijing time",
            ),
            Example("12 am", "2025-05-09T00:00"),
            Example("Fire ceased at 5:30PM sharp.", "2025-05-09T17:30", span="5:30PM"),
            Example("the 7am train", "2025-05-09T07:00", span="7am"),
            Example("The curfew ends at 5 a-m.", "2025-05-09T05:00", span="5 a-m"),
            Example("The race started at 9:03:20 a.m.", "2025-05-09T09:03:20", span="9:03:20 a.m."),
        ),
        negatives=("13 pm", "5:30pmx", "at 5:30 a.k.a. dawn"),
        priority=2,
    ),
    Rule(
        name="time.broadcast_hour",
        type="TIME",
        pattern=r"(?:(?<![0-9.:$,])(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5][0-9]))?"
        r"(?: (?P<us_zone_word>(?-i:Eastern|Central|Mountain|Pacific))"
        r"(?: (?:(?P<us_season>standard|daylight) )?time\b|(?![\w-]|(?-i: [A-Z])))"
        # ... and the Eastern hour a second zone's restates, its own zone unsaid: "at 10, 9 Central".
        r"|(?=, (?:1[0-2]|[1-9])(?::[0-5][0-9])? (?-i:Central|Mountain|Pacific)\b))"
        # ... and the hour said in words, as a broadcast says it: "at seven Eastern, four Pacific"
        # (not "seven Eastern states": a count of them).
        r"|(?<![\w-])(?P<hour_word>"
        + "|".join(_HOUR_WORDS)
        + r") (?P<us_zone_word2>(?-i:Eastern|Central|Mountain|Pacific))"
        r"(?: (?:(?P<us_season2>standard|daylight) )?time\b|(?![\w-]|(?-i: [A-Za-z]))))",
        parse=_broadcast_hour,
        examples=(
            Example(
                "The debate airs at 9 Eastern on Thursday.",
                "2025-05-15T21:00-04:00",
                span="9 Eastern on Thursday",
            ),
            Example("Join us tonight at 10 Eastern, 9 Central.", "2025-05-09T21:00-05:00", span="9 Central"),
            Example("We'll have a special report at 10, 9 Central.", "2025-05-09T22:00", span="10"),
            Example(
                "The game starts at 7:30 Pacific time.", "2025-05-09T19:30-07:00", span="7:30 Pacific time"
            ),
            Example("Wall Street opens at 9:30 Eastern.", "2025-05-09T09:30-04:00", span="9:30 Eastern"),
            Example(
                "Our coverage continues at seven Eastern, four Pacific.",
                "2025-05-09T19:00-04:00",
                span="seven Eastern",
            ),
        ),
        negatives=(
            "He won 10 Eastern Conference titles.",
            "The storm killed 9 Central Americans.",
            "The fund holds 4 Pacific Rim stocks.",
            "Of the 12 Eastern states, 9 Central ones voted.",
            "Delegates came from seven Eastern states.",
        ),
        priority=2,
    ),
    Rule(
        name="time.spoken_clock",
        type="TIME",
        # A transcript writes the clock as it is said: "ten a.m.", "four thirty p.m.", "six-fifteen
        # a.m. Eastern time" (the meridiem makes the words a clock: no cue needed before them).
        pattern=(
            r"(?<![\w-])(?P<hour_word>"
            + "|".join(_HOUR_WORDS)
            + r")(?:[- ](?P<minute_word>"
            + _SPOKEN_MINUTE
            + r"))? (?P<ampm>a\.m\.|p\.m\.|a\.m|p\.m|a-m|p-m)(?![\w])"
            + _ZONE_OR_US_ZONE
        ),
        parse=_spoken_clock,
        examples=(
            Example("The verdict was read at ten a.m.", "2025-05-09T10:00", span="ten a.m.", type="TIME"),
            Example(
                "The verdict was read at ten a.m. Pacific time.",
                "2025-05-09T10:00-07:00",
                span="ten a.m. Pacific time",
            ),
            Example("The vote ended at four thirty p.m.", "2025-05-09T16:30", span="four thirty p.m."),
            Example("They broke the six p.m. curfew.", "2025-05-09T18:00", span="six p.m."),
            Example("The show starts at twelve a.m.", "2025-05-09T00:00", span="twelve a.m."),
            # A broadcast's transcript spells the meridiem as it is read: "six a-m".
            Example("Polls open at six a-m tomorrow.", "2025-05-10T06:00", span="six a-m tomorrow"),
        ),
        negatives=("He bought ten apples.", "Ten am I, said the child."),
        priority=2,
    ),
    Rule(
        name="time.hour_span",
        type="TIME",
        # The second end of "from 9 to 5", "between 10 and 4", ending its clause or followed by
        # the days it recurs on (not "from 9 to 5 percent", "from 9 to 5 seats").
        pattern=_HOUR_SPAN_BEFORE + r"(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5][0-9]))?"
        r"(?=\s*(?:$|[.;,:!?)]|(?:on|every|each|daily|weekdays|weekends|and|or|but|at|for|except"
        r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)\b))",
        parse=_hour_span_end,
        examples=(
            Example("The store is open from 9 to 5.", "2025-05-09T17:00", span="5", type="TIME"),
            Example("I work from 9 to 5 and take the bus home.", "2025-05-09T09:00", span="9"),
            Example("Office hours are between 10 and 4 on weekdays.", "XXXX-XX-XXT16:00", span="4"),
            Example(
                "The clinic is staffed from 7:30 to 11:30, then closes.", "2025-05-09T11:30", span="11:30"
            ),
            Example("The shift runs from 1 to 9.", "2025-05-09T13:00", span="1"),
            Example("Lunch is served between 12 and 2.", "2025-05-09T14:00", span="2"),
            Example("The talks broke off from noon to 3.", "2025-05-09T15:00", span="3"),
        ),
        negatives=(
            "Prices rose from 9 to 5 percent.",
            "She scored from 9 to 5.",
            "Children ages 9 to 5 attended.",
            "Working hours were cut from 9 to 5.",
            "The store cut jobs from 9 to 5 in the region.",
            "The gap closed from 9 to 5.",
            "Serving sizes range from 2 to 4.",
        ),
        priority=1,
    ),
    Rule(
        name="time.clock_24h",
        type="TIME",
        # "18.00 GMT" (British timestamps) with a zone only: "rose 18.50" is no hour.
        # "14:03:38 UTC", a quake's or a launch's second too, and as logs and mail headers write
        # them ("08:15:30"); not the tail of a longer figure ("2:03:38" is a marathon's time,
        # "3:43.13" a mile's: duration.race_time). An offset as a number after the zone
        # ("UTC+2") or alone ("+0900", RFC 2822).
        pattern=rf"(?<![0-9])(?<![0-9][:.])(?P<hour>[01]?[0-9]|2[0-3])(?::|\.(?=[0-5][0-9] (?-i:{_ZONE_NAMES})\b))"
        r"(?P<minute>[0-5][0-9])(?::(?P<second>[0-5][0-9]))?(?![:0-9])(?!\.[0-9])"
        rf"(?: (?P<zone>{_ZONE_NAMES})(?P<zone_shift>[+-](?:1[0-4]|0?[0-9])(?::?[0-5][0-9])?)?\b"
        r"| (?P<offset>[+-](?:0[0-9]|1[0-4]):?[0-5][0-9])(?![0-9.,])"
        # ... a US zone's letters, as transcripts write them: "The show aired at 10:00 ET".
        r"| (?P<us_zone>(?-i:ET|CT|MT|PT))\b"
        # A US zone in words, with "time": "It's 6:12 Eastern time."
        r"| (?P<us_zone_word>(?-i:Eastern|Central|Mountain|Pacific)) (?:(?P<us_season>standard|daylight) )?[Tt]ime\b"
        # "by 05:30hrs", "at 14:00 hours", as military and police reports write them.
        r"|\s?(?:hrs|hours)\b(?! of\b))?",
        parse=_clock_24,
        examples=(
            Example("15:30", "2025-05-09T15:30"),
            Example("09:00 GMT", "2025-05-09T09:00Z"),
            Example("The battalion was in place by 05:30hrs.", "2025-05-09T05:30", span="05:30hrs"),
            Example("The curfew begins at 22:00 hours.", "2025-05-09T22:00", span="22:00 hours"),
            Example("The alarm went off at 08:15:30.", "2025-05-09T08:15:30", span="08:15:30"),
            Example("Polls closed at 8:00 and results came at 9:30.", "2025-05-09T09:30", span="9:30"),
            Example("The launch is at 10:00 UTC+2.", "2025-05-09T10:00+02:00", span="10:00 UTC+2"),
            Example("It's 6:12 Eastern time.", "2025-05-09T06:12-04:00", span="6:12 Eastern time"),
            Example("The show aired at 10:00 ET.", "2025-05-09T10:00-04:00", span="10:00 ET"),
            Example(
                "The blast came at 15:45 Indian time.", "2025-05-09T15:45+05:30", span="15:45 Indian time"
            ),
            Example(
                "Date: Fri, 9 May 2025 18:40:39 +0900",
                "2025-05-09T18:40:39+09:00",
                span="Fri, 9 May 2025 18:40:39 +0900",
            ),
            Example(
                "[2025-05-09 09:14:02] ERROR disk full", "2025-05-09T09:14:02", span="2025-05-09 09:14:02"
            ),
            Example(
                "Last modified on Fri 9 May 2025 18.00 BST",
                "2025-05-09T18:00+01:00",
                span="Fri 9 May 2025 18.00 BST",
            ),
            Example("The quake struck at 05:46:23 UTC.", "2025-05-09T05:46:23Z", span="05:46:23 UTC"),
            Example("The flight left at 9:05:00.", "2025-05-09T09:05:00", span="9:05:00"),
            Example("Dinner Sat 5/17 at 7:30?", "2025-05-17T19:30", span="Sat 5/17 at 7:30"),
            Example("Drinks after work at 6:15?", "2025-05-09T18:15", span="6:15"),
            Example("Breakfast is served at 7:30.", "2025-05-09T07:30", span="7:30"),
            # (A text that writes the 24-hour clock writes the night's hours so too.)
            Example("The tanks withdrew at 17:00; the last left at 2:00.", "2025-05-09T02:00", span="2:00"),
            Example("That evening, high tide came at 10:45.", "2025-05-09T22:45", span="10:45"),
            Example(
                "The ship sank at 5:37 p.m. A cutter found them at 8:25 the next morning.",
                "2025-05-10T08:25",
                span="8:25 the next morning",
            ),
            Example("The count stopped at 11:30 that night.", "2025-05-09T23:30", span="11:30"),
        ),
        negatives=(
            "a score of 3:1",
            "Shares rose 18.50 to close higher.",
            "He ran the mile in 3:43.13.",
            "Bannister ran the mile in 3:59.",
            "Kipsang won in 2:03:23.",
            "Couture added an empty-net goal with 1:14 remaining.",
            "The Tigers did not score until 4:12 remained in the third quarter.",
            "He hit the shot with 0:03 on the clock.",
            "Kane scored with 2:35 left in overtime.",
            "Pavelski scored at 12:34 of the third period.",
            "He ran a 4:42 mile pace for most of the race.",
            "The closing track clocks in at 5:42.",
            "The sermon took Mark 2:14 as its text.",
            "Zoom in to 1:50 scale.",
        ),
    ),
    Rule(
        name="time.clock_dotted",
        type="TIME",
        # "at 19.30 local time", "until 06.00 hrs": the 24-hour clock with a full stop, as British
        # and European news write it, where a preposition of time comes before it and "local time"
        # or "hrs" after it. (Alone, "closed at 19.30" is a price; with a zone it is
        # time.clock_24h's.)
        pattern=r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bbefore\s)"
        r"|(?<=\bafter\s)|(?<=\bsince\s))(?P<hour>[01]?[0-9]|2[0-3])\.(?P<minute>[0-5][0-9])"
        r"(?:\s?(?:hrs|hours)\b(?! (?:of|after|before|later|earlier|ago)\b)|(?= local time\b))",
        parse=_clock_24,
        examples=(
            Example(
                "The meeting will take place at 19.30 local time on Saturday.",
                "2025-05-10T19:30",
                span="19.30",
            ),
            Example("The curfew runs until 06.00 hrs.", "2025-05-09T06:00", span="06.00 hrs"),
            Example("The curfew starts at 21.00 hrs.", "2025-05-09T21:00", span="21.00 hrs"),
        ),
        negatives=(
            "Shares closed at 19.30 on Friday.",
            "The flight took 2.50 hours.",
            "Kick-off is at 19.45.",
            "He arrived at 7.45 hours after the blast.",
        ),
        priority=2,
    ),
    Rule(
        name="time.clock_h",
        type="TIME",
        # "17h30", as French, Portuguese and African English write the 24-hour clock; two digits
        # for the hour, since "2h30" is as often a length ("a 2h30 run").
        pattern=r"(?<![\w.,:])(?P<hour>[01][0-9]|2[0-3])h(?P<minute>[0-5][0-9])(?![\w:]|[.,][0-9]|\s?(?:min|m)\b)"
        + _ZONE,
        parse=_clock_24,
        examples=(
            Example("The concert starts at 17h30.", "2025-05-09T17:30", span="17h30"),
            Example("Talks resume at 09h00 GMT.", "2025-05-09T09:00Z", span="09h00 GMT"),
        ),
        negatives=("She won in 2h30.", "The marathon took 2h05m.", "Part 12h45m of the log."),
    ),
    Rule(
        name="time.military_late",
        type="TIME",
        # "At 2200 whistles and bugles sounded": in a history, four digits from 2100 to 2359 after
        # "at" are a clock (no year of its story; not after "by", "by 2100" being a year to come).
        pattern=r"(?:"
        + after_one_of("at", "about", "around", "until", "till", "between")
        + r"|(?<=\bbetween\s[0-2][0-9][0-5][0-9]\sand\s))"
        + r"(?P<hhmm_late>2[1-3][0-5][0-9])(?![0-9]|[ .,:/-]?[0-9])",
        parse=_military,
        examples=(
            Example(
                "The Chinese attacked on 27 November 1950. At 2200 whistles and bugles sounded.",
                "1950-11-27T22:00",
                span="2200",
                domain="narrative",
            ),
        ),
        negatives=("Sea levels may rise a metre by 2100.",),
        domains=("narrative",),
    ),
    Rule(
        name="time.military",
        type="TIME",
        # "at 0600 hours", "0600 local time"; "hours" only after a preposition of time ("2000
        # hours of footage" is a length).
        pattern=(
            # Any zone the table knows: "0823 GMT (1623 HKT)", as a wire page stamps both.
            # ("1200 Universal Time", as broadcasts and agencies give it: UTC.)
            rf"(?P<hhmm>[0-2][0-9][0-5][0-9]) (?:(?P<zone>{_ZONE_NAMES})\b|local time\b|(?P<universal>Universal Time)\b"
            # ... and a city's time, kept as written: "at 1500 Moscow time".
            r"|(?<=\bat\s[0-2][0-9][0-5][0-9]\s)(?-i:[A-Z][a-z]+) time\b)"
            r"|"
            # ("at about 0400 hours", "shortly after 0400 hours": a bound or an approximation.)
            + after_one_of(*_BOUNDS_OF_A_MILITARY_CLOCK, "is", "roughly")
            + r"(?P<hhmm_hours>[0-2][0-9][0-5][0-9]) (?:hours|hrs)\b(?! of\b)"
            # ... with its zone: "at 1300 hours GMT", "The time is 1800 hours Greenwich Mean Time".
            + rf"(?: (?P<zone_hours>{_ZONE_NAMES})\b)?"
            # ... and a broadcast's hour alone with its zone: "The time is 17 hours GMT".
            + r"|"
            + after_one_of("at", "is")
            + rf"(?P<hour_only>[01]?[0-9]|2[0-3]) hours (?P<zone_only>{_ZONE_NAMES})\b"
            # "at 0400", "by 0530": a military clock without "hours" (no year starts with 0; not
            # a telephone number, "at 0800 555 0199"), or "at 1430 on 6 June" before the day it
            # is on (a year is not followed by one).
            + r"|"
            # ("at about 0530", "by 1300 on the 11th".)
            # ("between 0838 and 0906": a span of military hours.)
            + r"(?:"
            # ("Shortly after 0130 on 9 August a cruiser force opened fire": a bound too.)
            + after_one_of(*_BOUNDS_OF_A_MILITARY_CLOCK, "between")
            + r"|(?<=\bbetween\s[0-2][0-9][0-5][0-9]\sand\s))"
            + r"(?:(?P<hhmm_zero>0[0-9][0-5][0-9])|(?P<hhmm_on>[0-2][0-9][0-5][0-9])"
            # ... and after the day's weekday: "at 1300 on Sunday, 17 September".
            r"(?= on (?:the )?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?[0-3]?[0-9](?:st|nd|rd|th)?\b)"
            # A note's "on 5/8 at 2100", "05/10/2025 at 2330": after a day written with slashes
            # the four digits are its clock (the year is in the date or left out of it).
            r"|(?:(?<=/[0-9]\sat\s)|(?<=/[0-9]{2}\sat\s)|(?<=/[0-9]{4}\sat\s))(?P<hhmm_dated>[0-2][0-9][0-5][0-9])"
            r"(?! (?:rpm|feet|ft|metres|meters|m|km|mg|units|hPa|mb)\b))"
            r"(?![0-9]|[ .,:/-]?[0-9])"
        ),
        parse=_military,
        examples=(
            Example(
                "The cabinet met on Thursday.\nVOA News, 1500 UTC.", "2025-05-09T15:00Z", span="1500 UTC"
            ),
            Example(
                "The index was down 12 percent at 1500 Moscow time.",
                "2025-05-09T15:00",
                span="1500 Moscow time",
            ),
            Example("0735 GMT", "2025-05-09T07:35Z"),
            Example("The time is 17 hours GMT.", "2025-05-09T17:00Z", span="17 hours GMT"),
            Example("Updated 0823 GMT (1623 HKT)", "2025-05-09T16:23+08:00", span="1623 HKT"),
            Example("The strike began at 0600 local time.", "2025-05-09T06:00", span="0600 local time"),
            Example(
                "The satellite will be launched at 1200 Universal Time.",
                "2025-05-09T12:00Z",
                span="1200 Universal Time",
            ),
            Example("The assault began at 0530 hours.", "2025-05-09T05:30", span="0530 hours"),
            Example("The barrage lifted at 0400 and the infantry went in.", "2025-05-09T04:00", span="0400"),
            Example("He was seen in the ED on 5/8 at 2100.", "2025-05-08T21:00", span="5/8 at 2100"),
            Example("Extubated 05/11/2025 at 2330.", "2025-05-11T23:30", span="05/11/2025 at 2330"),
            Example(
                "The attack began at 1300 on Sunday, 17 September 1944.",
                "1944-09-17T13:00",
                span="1300 on Sunday, 17 September 1944",
            ),
            Example(
                "The marines landed at 0900 on 19 February 1945.",
                "1945-02-19T09:00",
                span="0900 on 19 February 1945",
            ),
            Example(
                "The attack opened at 1430 on 6 June 1944.",
                "1944-06-06T14:30",
                span="1430 on 6 June 1944",
            ),
        ),
        negatives=(
            "They shot 2000 hours of footage.",
            "It took 1200 hours to build.",
            "Call the helpline at 0800 555 0199.",
            "The abbey was founded at 1100 feet above the sea.",
            "The pump ran at 3/4 at 1500 rpm.",
            "Shares of 2/3 at 2500 each were sold.",
        ),
        priority=1,
    ),
    Rule(
        name="time.noon_midnight",
        type="TIME",
        # "high noon" is the hour of a showdown (and a film), not a clock time.
        # ("12 noon", "12 midnight": British copy says the hour too.)
        # ("12:00 midnight": a tender offer's deadline writes the minutes too.)
        pattern=r"(?<!\bhigh\s)(?:12(?::00)?\s?(?=noon|midnight|midday))?(?P<word>noon|midnight|midday)"
        # ("the members of the Midnight Oilers": a capital within a name after "the".)
        r"(?!(?<=\bthe\sMidnight)\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z]))"
        r"(?!(?<=\bthe\sNoon)\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?-i:[A-Z]))"
        # ('a "Noon Year's Eve" countdown': a children's party named after a feast.)
        r"(?!(?<=Noon)\s(?-i:Year))"
        # ("underground on the midnight shift", "a midnight snack": a kind of shift or meal.)
        r"(?!\s(?:shifts?|snacks?|feasts?|oil|blue|sun|express|madness)\b)" + _ZONE_OR_US_ZONE,
        parse=_noon,
        examples=(
            Example("noon", "2025-05-09T12:00"),
            Example("midnight", "2025-05-09T24:00"),
            Example("The shop closes at 12 noon.", "2025-05-09T12:00", span="12 noon"),
            Example("The offer expires at 12:00 midnight.", "2025-05-09T24:00", span="12:00 midnight"),
            Example("The deadline is noon ET on Friday.", "2025-05-09T12:00-04:00", span="noon ET on Friday"),
            Example("The truce ends at midnight GMT.", "2025-05-09T24:00Z", span="midnight GMT"),
            Example("Many citizens had waited since midnight.", "2025-05-09T00:00", span="midnight"),
            # A midnight before its day ends that day; "after" one begins it, as "at 1 a.m. Sunday" is on it.
            Example("The offer expires at midnight Friday.", "2025-05-09T24:00", span="midnight Friday"),
            Example(
                "Police said the gunman opened fire shortly after midnight Sunday.",
                "2025-05-04T00:00",
                span="midnight Sunday",
            ),
        ),
        negatives=(
            "The members of the Midnight Oilers are back on tour.",
            "Seventy-eight men were underground on the midnight shift.",
            "It was high noon for the board.",
            'They watched "High Noon" again.',
            'Kids count down at the "Noon Year\'s Eve" party.',
        ),
    ),
    Rule(
        name="time.weekday_part",
        type="TIME",
        # ... and AP's "overnight Monday": the night that Monday ends with.
        # ("That Sunday morning gunmen fired on worshippers": the weekday the story told, with
        # its determiner, which names no other.)
        # ("I delivered papers that Friday afternoon": after a word, not a verb of saying's "that".)
        # ("will take place the following Sunday afternoon": a weekday counted from the story's.)
        pattern=r"(?:(?P<det>this coming|this past|the following|the previous|the preceding|the next|next|last|this) "
        r"|(?P<that>(?-i:That)|(?<=[a-z]\s)(?<!\bsaid\s)"
        r"(?<!\bsays\s)(?<!\btold\s)(?<!\bthought\s)(?<!\bknew\s)(?<!\bnoted\s)(?<!\badded\s)"
        # (Nor the second "that" of what was said: "said that tickets had been sold, and that Monday
        # night's session drew a crowd".)
        r"(?<!\band\s)(?-i:that)) (?=[A-Z][a-z]+day (?:morning|afternoon|evening|night)\b))?{weekday}"
        + TITLED_PART_OF_DAY
        # ("begin at Redmarsh on Saturday lunchtime", as British copy writes it.)
        + r" (?P<part>morning|afternoon|evening|night|overnight|lunchtime)"
        # ... and AP's "midafternoon Wednesday", "midmorning Friday".
        r"|(?P<part_first>overnight|mid-?(?:morning|afternoon)) {weekday:weekday_after}(?! (?:morning|afternoon|evening|night)\b)"
        # ... and AFP's "the night of Saturday to Sunday": one night, the first day's; "the
        # evening of Tuesday" is Tuesday evening (not "the night of Tuesday's vote", whose noun
        # the weekday is part of).
        r"|the (?P<part_of>morning|afternoon|evening|night) of {weekday:weekday_of}"
        r"(?: (?:to|into) {weekday:weekday_to}|(?!['’]s?\b))",
        parse=_weekday_part,
        examples=(
            Example("Monday morning", "2025-05-05TMO"),
            Example(
                "Stocks were mixed at midafternoon Wednesday.",
                "2025-05-07TAF",
                span="midafternoon Wednesday",
                mod="MID",
            ),
            Example("Friday night", "2025-05-09TNI"),
            Example(
                "A performance is set for Monday, Feb. 20, and another will take place the following"
                " Sunday afternoon.",
                "2023-02-26TAF",
                span="the following Sunday afternoon",
                dct="2023-02-09",
            ),
            Example(
                "Ashford begin at Redmarsh on Saturday lunchtime.", "2025-05-10TMI", span="Saturday lunchtime"
            ),
            Example(
                "The war is dated from 13 April 1975. That Sunday morning gunmen fired on a church.",
                "1975-04-13TMO",
                span="That Sunday morning",
                domain="narrative",
            ),
            Example(
                "The flood came on Aug. 12, 1983. I delivered papers that Friday afternoon.",
                "1983-08-12TAF",
                span="that Friday afternoon",
                dct="2003-08-16",
            ),
            Example("The game is next Sunday morning.", "2025-05-11TMO", span="next Sunday morning"),
            Example("We spoke last Friday night.", "2025-05-02TNI", span="last Friday night"),
            Example(
                "The firm released the patch overnight Monday.", "2025-05-05TNI", span="overnight Monday"
            ),
            Example(
                "Clashes erupted on the night of Saturday to Sunday.",
                "2025-05-03TNI",
                span="the night of Saturday to Sunday",
            ),
            Example(
                "The fire broke out on the night of Tuesday.", "2025-05-06TNI", span="the night of Tuesday"
            ),
            Example(
                "The ceasefire was broken on the evening of Friday.",
                "2025-05-09TEV",
                span="the evening of Friday",
            ),
        ),
        negatives=(
            "In 1962 she recorded Sunday Afternoon in Harlem, her best-selling album.",
            "The comedian hosted Saturday Night Live.",
            "Fans watched Friday Night Lights.",
        ),
        priority=3,
    ),
    Rule(
        name="time.part_of_date",
        type="TIME",
        pattern=(
            # ("the early hours of 22 June 1941" is the start of that day: combine.absorb_modifiers.)
            # ("at six in the morning of 7 September 1812", "7:30 in the morning of 1 July 1916": an
            # hour of that part of that day.)
            r"(?:(?P<lead_hour>1[0-2]|[1-9]|"
            + "|".join(_HOUR_WORDS)
            # ("six o'clock in the evening of 20 November 1910".)
            + r")(?:[:.](?P<lead_minute>[0-5][0-9]))?(?: o['’]clock)? in )?"
            # ("early on the morning of 25 April 1915": so too with "on".)
            # ("on the rainy evening of Feb. 26, 2012": the weather of that part of that day.)
            # (Not "late" before a night, left out as "late Friday night" leaves it: "signed late on
            # the night of 31 May 1902".)
            r"(?:(?P<when>early|late(?! (?:in |on )?the night\b)) (?:in |on )?)?the (?:(?:early|late) )?"
            r"(?:(?:rainy|snowy|stormy|foggy|hot|cold|freezing|sunny|warm|chilly|wet|windy|quiet|fateful) )?"
            r"(?P<part>morning|afternoon|evening|night)(?: hours)? of "
            r"(?:{weekday},? )?(?:{month} {day}(?:st|nd|rd|th)?"
            + _next_day("next_day")
            # ("the night of the 6th of June": its article too.)
            + r"|(?:the )?{day:day2}(?:st|nd|rd|th)?"
            + _next_day("next_day2")
            + r" (?:of )?{month:month2}"
            # "the afternoon of the 6th": a day of the month the text is at.
            + r"|the {ordinal_day:d}"
            + _next_day("next_day3")
            # (A name may follow, the clause's subject: "By the evening of the 18th Bazaine had
            # been driven back"; not a unit's, "the morning of the 3rd Battalion's attack".)
            + r"(?! (?-i:Army|Division|Corps|Brigade|Regiment|Battalion|Infantry|Cavalry|Fleet|Squadron|"
            r"Century|Amendment)\b))(?:,? {year4:year}"
            # ... or a year with its era: "the morning of 21 June 217 BC".
            r"|,? (?P<era_year>[0-9]{1,4}) (?P<era>B\.C(?:\.E)?\.?|BCE?|A\.D\.|AD|CE)(?![\w]))?"
        ),
        parse=_part_of_date,
        examples=(
            Example("the night of March 4, 1801", "1801-03-04TNI"),
            Example("the morning of 22 March", "2025-03-22TMO"),
            Example(
                "On the morning of 21 June 217 BC he struck.",
                "BC0217-06-21TMO",
                span="the morning of 21 June 217 BC",
            ),
            Example("early in the morning of 14 March 1962", "1962-03-14TMO", mod="START"),
            Example(
                "The landings took place early on the morning of 25 April 1915.",
                "1915-04-25TMO",
                span="early on the morning of 25 April 1915",
                mod="START",
            ),
            Example(
                "The treaty was signed late on the night of 31 May 1902.",
                "1902-05-31TNI",
                span="the night of 31 May 1902",
            ),
            Example(
                "The battle opened at six in the morning of 7 September 1812.",
                "1812-09-07T06:00",
                span="six in the morning of 7 September 1812",
            ),
            Example(
                "The assault began at 7:30 in the morning of 1 July 1916.",
                "1916-07-01T07:30",
                span="7:30 in the morning of 1 July 1916",
            ),
            Example(
                "The fort fell on the afternoon of the 6th.", "2025-05-06TAF", span="the afternoon of the 6th"
            ),
            Example(
                "On the night of the 6th of June the Chileans climbed the Morro.",
                "2024-06-06TNI",
                span="the night of the 6th of June",
            ),
            Example(
                "They sailed on the night of the 5th/6th.", "2025-05-05TNI", span="the night of the 5th/6th"
            ),
            # A night written by the two days it joins is the night that begins on the first.
            Example(
                "The raiders crossed the river on the night of 8/9 May 1917.",
                "1917-05-08TNI",
                span="the night of 8/9 May 1917",
            ),
            Example(
                "On the night of 29 to 30 June, Bulgaria attacked.",
                "2024-06-29TNI",
                span="the night of 29 to 30 June",
            ),
            Example(
                "The gale struck on the night of 21–22 October 1887.",
                "1887-10-21TNI",
                span="the night of 21–22 October 1887",
            ),
            Example(
                "during the early morning hours of 2 August 1958",
                "1958-08-02TMO",
                span="the early morning hours of 2 August 1958",
            ),
        ),
        # A morning is not written by two days; two days that do not follow each other are no night.
        negatives=(
            "On the morning of 8/9 May they left.",
            "the night of 8/12 May 1917",
            "from the night of 3 to 9 May",
        ),
        priority=3,
    ),
    Rule(
        name="time.weekday_part_of_date",
        type="TIME",
        # A weekday's part of the day and the full date it is on, one time ("On Sunday evening,
        # April 9, 1961, the church was full"), as "Sunday, April 9, 1961" is one date.
        pattern=(
            r"{weekday} (?P<part>morning|afternoon|evening|night),? (?:{month} {day}(?:st|nd|rd|th)?"
            r"|{day:day2}(?:st|nd|rd|th)? {month:month2}),? {year4:year}"
        ),
        parse=_part_of_date,
        examples=(
            Example(
                "On Sunday evening, April 9, 1961, the church was full.",
                "1961-04-09TEV",
                span="Sunday evening, April 9, 1961",
            ),
            Example(
                "It began on Friday night, 3 May 1940.", "1940-05-03TNI", span="Friday night, 3 May 1940"
            ),
        ),
        negatives=("Sunday evening, June 3,",),
        priority=3,
    ),
    Rule(
        name="time.hour_of_part",
        type="TIME",
        # The hour as a word only after a preposition of clock times ("began at about eight in
        # the morning"): alone, "one in the evening" may count people ("the one in the evening
        # paper"). ("six o'clock in the evening" is time.clock_words'.)
        pattern=(
            r"(?:(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5][0-9]))?(?: o'clock)?|"
            + after_one_of("at", "until", "till", "before", "after", "since", "by", "about", "around")
            + r"(?P<hour_word>"
            + "|".join(_HOUR_WORDS)
            + r")(?:[- ](?P<minute_word>"
            + _SPOKEN_MINUTE
            + r"))?) (?:in the (?P<part>morning|afternoon|evening)|at (?P<night>night))"
        ),
        parse=_hour_of_part,
        examples=(
            Example("The train leaves at 5 in the morning.", "2025-05-09T05:00", span="5 in the morning"),
            Example(
                "The armies met on 21 October 1600. The fighting began at about eight in the morning.",
                "1600-10-21T08:00",
                span="about eight in the morning",
                mod="APPROX",
                domain="narrative",
            ),
            Example("The curfew ran until ten at night.", "2025-05-09T22:00", span="ten at night"),
            Example(
                "The quake struck at four thirty-one in the morning.",
                "2025-05-09T04:31",
                span="four thirty-one in the morning",
            ),
            # Midnight, not noon.
            Example("The ferry sails at 12 at night.", "2025-05-09T24:00", span="12 at night"),
        ),
        negatives=("He was one of three in the morning class.", "Two in the evening crowd were hurt."),
        priority=2,
    ),
    Rule(
        name="time.clock_words",
        type="TIME",
        # "half past nine", "a quarter to five", "six o'clock"; "ten to one" and "five past two"
        # only after "at", "until", "since", ...: alone they are as often odds, scores or counts.
        pattern=(
            r"(?:(?:(?P<minutes_past>a quarter|quarter|half) past|(?P<quarter_to>a quarter|quarter) to"
            # "one minute past midnight", "five minutes to eleven": the minutes counted, in any place.
            r"|(?P<counted_minutes>[1-9]|[1-5][0-9]|"
            + _COUNTED_MINUTE
            + r") minutes? (?P<counted_direction>past|to)"
            r"|"
            + _CLOCK_CUE_BEFORE
            + r"(?P<cued_minutes>"
            + _CLOCK_MINUTE
            + r") (?P<cued_direction>past|to))"
            r" (?:(?P<hour>" + _HOUR + r")(?: o'clock)?|(?P<noon>noon|midnight)\b)"
            r"|(?P<hour_word>" + "|".join(_HOUR_WORDS) + r") o'clock)"
            r"(?: "
            + _PART_WORDS
            + r")?"
            # ("ten o'clock GMT", "eight o'clock eastern".)
            + _ZONE_OR_US_ZONE
            + _NOT_A_QUANTITY
        ),
        parse=_clock_words,
        examples=(
            Example(
                "At one minute past midnight, Soviet forces attacked.",
                "2025-05-09T00:01",
                span="one minute past midnight",
            ),
            Example(
                "At five minutes to eleven the last shot was fired.",
                "2025-05-09T10:55",
                span="five minutes to eleven",
            ),
            Example(
                "We met at a quarter past three.",
                "2025-05-09T03:15",
                span="a quarter past three",
                type="TIME",
            ),
            Example(
                "They met at half past nine in the morning.",
                "2025-05-09T09:30",
                span="half past nine in the morning",
            ),
            Example("The train left at a quarter to five.", "2025-05-09T04:45", span="a quarter to five"),
            Example("The tour ends at quarter to noon.", "2025-05-09T11:45", span="quarter to noon"),
            Example("It's ten past seven in London.", "2025-05-09T07:10", span="ten past seven"),
            Example("The time is ten o'clock GMT.", "2025-05-09T10:00Z", span="ten o'clock GMT"),
            Example(
                "The car struck a pillar at about twenty-five past midnight.",
                "2025-05-09T00:25",
                span="about twenty-five past midnight",
                mod="APPROX",
            ),
            Example(
                "The guards changed at a quarter past midnight.",
                "2025-05-09T00:15",
                span="a quarter past midnight",
            ),
            Example("The polls closed at ten to midnight.", "2025-05-09T23:50", span="ten to midnight"),
            Example("The shop opens at ten past six.", "2025-05-09T06:10", span="ten past six"),
            Example(
                "The raid began at twenty to eleven at night.",
                "2025-05-09T22:40",
                span="twenty to eleven at night",
            ),
            Example("They talked until half past ten p.m.", "2025-05-09T22:30", span="half past ten p.m."),
            Example(
                "The talks resume at half past two this afternoon.",
                "2025-05-09T14:30",
                span="half past two this afternoon",
            ),
            Example(
                "He left at six o'clock in the evening.",
                "2025-05-09T18:00",
                span="six o'clock in the evening",
            ),
        ),
        negatives=(
            "The odds are ten to one against him.",
            "The vote was five to two.",
            "The score went from ten to six.",
            "It rose by ten to six percent.",
            "She earned half past wages.",
            "Support grew from a quarter to one third of voters.",
        ),
        priority=2,
    ),
    Rule(
        name="time.hour_this_part",
        type="TIME",
        pattern=(
            # The hour follows the preposition that introduces a clock time ("at", "shortly after",
            # "until"); without one a number may count things ("he bought 6 this morning"), and so
            # may one after "by" ("the index was down by 3 this afternoon").
            r"(?:(?:(?<=\bat\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bsince\s)"
            # ... or rounds it: "at about eight-thirty last night".
            r"|(?<=\bat\sabout\s)|(?<=\bat\saround\s)"
            # ... or a rounding alone: "Freezing rain began falling around 3 this morning".
            r"|(?<=\baround\s))"
            r"(?:(?P<hour>1[0-2]|[1-9])(?:[:.](?P<minute>[0-5][0-9]))?"
            # A transcript says the clock: "at nine thirty this morning", "at ten fifteen last night".
            # ("at one this morning" is as often a thing looked at: "one" needs its minutes.)
            r"|(?!one (?:this|yesterday|tomorrow|tonight|last)\b)(?P<hour_spoken>"
            + "|".join(_HOUR_WORDS)
            + r")(?:[- ](?P<minute_spoken>"
            + _SPOKEN_MINUTE
            + r"))?)"
            # ("10pm tonight": British copy writes "pm" close up.)
            r"(?: o'clock|\s?(?P<ampm>a\.m\.|p\.m\.|am|pm))?"
            # (Not a sentence the stop of "p.m." ends: "The vote came at 1:25 p.m. This morning, he".)
            r" (?!(?<=\.\s)(?-i:[A-Z]))(?:(?P<det>this|yesterday|tomorrow) (?P<part>morning|afternoon|evening)|(?P<tonight>tonight)"
            r"|(?P<night_det>last|tomorrow) night)"
            # ... or the hour alone before the part of the day the story is at: "The count stopped at
            # 11 that night" (the hour is on that part's day, as "at 11:30 that night" is: see
            # ``resolve``).
            # ("By 8 the next morning the water was low": so the hour before the next part of the day.)
            r"|(?:(?<=\bat\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\baround\s)|(?<=\bat\sabout\s)"
            # ("waited on the roof until about 10 that morning".)
            r"|(?<=\buntil\sabout\s)|(?<=\bby\sabout\s)"
            # (Not a change by an amount: "The index rose by 8 the next morning".)
            r"|(?<=\bby\s)"
            + "".join(
                rf"(?<!\b{verb}\sby\s)"
                for verb in (
                    "rose",
                    "fell",
                    "up",
                    "down",
                    "grew",
                    "jumped",
                    "dropped",
                    "climbed",
                    "gained",
                    "slipped",
                    "increased",
                    "decreased",
                    "won",
                    "lost",
                    "led",
                    "trailed",
                )
            )
            + r")"
            # ("opens at 9 every morning": so the hour of each such part of the day.)
            # ("at 7 that Monday morning": with the weekday it restates.)
            r"(?P<that_hour>1[0-2]|[1-9])(?= (?:that|the next|the following|every|each) "
            r"(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?(?:morning|afternoon|evening|night)\b(?!['’-]))"
            r"|(?P<det2>this|yesterday|tomorrow) (?P<part2>morning|afternoon|evening) at (?P<hour2>1[0-2]|[1-9])"
            r"(?:[:.](?P<minute2>[0-5][0-9]))?(?: o'clock|\s?(?P<ampm2>a\.m\.|p\.m\.|am|pm))?(?![.,:-]?[0-9]))"
        ),
        parse=_hour_this_part,
        examples=(
            Example("He left at 6 this morning.", "2025-05-09T06:00", span="6 this morning"),
            Example(
                "It happened at about eight-thirty last night.",
                "2025-05-08T20:30",
                span="about eight-thirty last night",
            ),
            Example("He left this morning at 6.", "2025-05-09T06:00", span="this morning at 6"),
            Example("The vote is at 7:30 this evening.", "2025-05-09T19:30", span="7:30 this evening"),
            Example("The vote is at 11 tonight.", "2025-05-09T23:00", span="11 tonight"),
            Example("Polls close at 10pm tonight.", "2025-05-09T22:00", span="10pm tonight"),
            Example("He was shot at 10pm last night.", "2025-05-08T22:00", span="10pm last night"),
            Example("The polls close at 12 tonight.", "2025-05-09T24:00", span="12 tonight"),
            # "last night", "tomorrow night": the night of the day before or after the DCT.
            Example("He was shot at 10:15 last night.", "2025-05-08T22:15", span="10:15 last night"),
            Example("The blast came at 2 last night.", "2025-05-09T02:00", span="2 last night"),
            Example("The vote is at 9 tomorrow night.", "2025-05-10T21:00", span="9 tomorrow night"),
            Example(
                "the president spoke at nine thirty this morning",
                "2025-05-09T09:30",
                span="nine thirty this morning",
            ),
            Example(
                "he was shot at ten oh five last night", "2025-05-08T22:05", span="ten oh five last night"
            ),
            Example("the polls close at eight tonight", "2025-05-09T20:00", span="eight tonight"),
            Example(
                "tornadoes struck shortly after four o'clock this afternoon",
                "2025-05-09T16:00",
                span="four o'clock this afternoon",
            ),
            Example(
                "The roads stay shut until 6 tomorrow morning.", "2025-05-10T06:00", span="6 tomorrow morning"
            ),
            Example(
                "He landed yesterday afternoon at 3.", "2025-05-08T15:00", span="yesterday afternoon at 3"
            ),
            Example(
                "The polls closed on May 2, 1998. The count stopped at 11 that night.",
                "1998-05-02T23:00",
                span="11",
            ),
            Example(
                "The memorial was held on Oct. 30. The names were read at 3 that afternoon.",
                "2024-10-30T15:00",
                span="3",
            ),
            Example("The shop opens at 9 every morning.", "XXXX-XX-XXT09:00", span="9"),
            Example("The bells ring at 6 every evening.", "XXXX-XX-XXT18:00", span="6"),
            Example(
                "The ship sank on May 2, 1998. By 6 the next morning the cutter had found them.",
                "1998-05-03T06:00",
                span="6 the next morning",
            ),
        ),
        negatives=(
            "He scored this morning at 6-4 in the set.",
            "She looked at one this morning and bought it.",
            "Police arrested 6 this morning.",
            "The index was down by 3 this afternoon.",
            "Police arrested 6 that night.",
            "The index rose by 8 the next morning.",
        ),
        priority=3,
    ),
    Rule(
        name="time.joined_part",
        type="TIME",
        # "canceled Tuesday afternoon and evening": a second part of the day a weekday's part
        # has named, joined to it.
        pattern=(
            r"(?:(?<=morning\sand\s)|(?<=afternoon\sand\s)|(?<=evening\sand\s))"
            r"(?P<part_joined>afternoon|evening|night)(?![\w'’-])(?! of\b)"
        ),
        parse=_joined_part,
        examples=(
            Example(
                "More than 900 flights were canceled Tuesday afternoon and evening.",
                "2025-05-06TEV",
                span="evening",
            ),
        ),
        negatives=("He trained every morning and evening.", "The morning and evening prayers were held."),
        priority=2,
    ),
    Rule(
        name="time.one_part",
        type="TIME",
        # "One night the garrison slipped away", "killed 6,000 civilians in one afternoon": a part
        # of some day of the story, opening its sentence or after "in" or "on" (not "for one
        # night", a length; nor "one morning's paper").
        pattern=(
            r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n)|(?<=\bin\s)|(?<=\bon\s))(?:(?-i:[Oo]ne)|a single) "
            r"(?P<part_one>morning|afternoon|evening|night)(?![\w'’-])(?! of\b)"
        ),
        parse=_one_part,
        examples=(
            Example(
                "The army crossed in 1776. One night the garrison slipped away.",
                "1776-XX-XXTNI",
                span="One night",
                domain="narrative",
            ),
            Example(
                "The battle began on 22 September 1866. The allies lost 4,000 men in a single afternoon.",
                "1866-09-22TAF",
                span="a single afternoon",
                domain="narrative",
            ),
        ),
        negatives=("He stayed for one night.", "She read one morning paper."),
    ),
    Rule(
        name="time.part_of_event",
        type="TIME",
        # "Gustavus was killed at Lutzen on 16 November 1632, on the afternoon of the battle": a
        # history's part of the day its event filled, the day the story is at (WikiWars draws
        # "the afternoon of the Battle of Plataea" whole).
        pattern=(
            r"the (?P<part>morning|afternoon|evening|night) (?P<relation>of|before|after) the "
            r"(?:(?-i:(?:Battle|Siege|Storming|Sack|Fall) of (?:the )?[A-Z][\w'’-]*)"
            r"|(?:[a-z-]+ )?(?:battle|attack|assault|landings?|invasion|siege|coup|uprising|raid|surrender|"
            r"armistice|massacre|riots?|offensive|crossing|storming|ambush|bombardment|mutiny|insurrection)\b)"
        ),
        parse=_part_of_event,
        examples=(
            Example(
                "Gustavus was killed at Lutzen on 16 November 1632, in thick fog, on the afternoon of the "
                "battle.",
                "1632-11-16TAF",
                span="the afternoon of the battle",
                domain="narrative",
            ),
            Example(
                "The Persians were routed in 479 BC. On the afternoon of the Battle of Plataea, a rumour "
                "reached Mycale.",
                "BC0479-XX-XXTAF",
                span="the afternoon of the Battle of Plataea",
                domain="narrative",
            ),
            # ("The evening before the battle": the story's day before it; the morning after, the
            # day after, but the night after a day's battle is still the night of that day.)
            Example(
                "Davout reached the field on 13 October 1806. On the evening before the battle, he "
                "scouted the plateau.",
                "1806-10-12TEV",
                span="the evening before the battle",
                domain="narrative",
            ),
            Example(
                "The fort fell on 3 May 1809. The morning after the assault, the prisoners were counted.",
                "1809-05-04TMO",
                span="The morning after the assault",
                domain="narrative",
            ),
            Example(
                "The fort fell on 3 May 1809. The night after the assault, the garrison slipped away.",
                "1809-05-03TNI",
                span="The night after the assault",
                domain="narrative",
            ),
        ),
        negatives=("He wrote an account of the battle.", "It rained in the morning before the battle."),
        domains=("narrative",),
    ),
    Rule(
        name="time.anaphoric_part",
        type="TIME",
        # "in the morning" alone is the morning of the day the text stands at ("Dealers bought in
        # the morning", "By the evening the army was in retreat"); "4 in the morning" and "the
        # morning of May 2" are other rules'.
        pattern=(
            # ("The garrison surrendered later that morning", as "later that day".)
            # ("had left that very morning": "that", stressed.)
            # ("That first afternoon the Turks counter-attacked": the story's first day's.)
            r"(?:(?P<when>early|late|later|earlier) )?(?:(?P<det>the next|the following|that same|that very|that first|that|the same|the previous) "
            r"(?P<part>morning|afternoon|evening|night)|"
            # "by the afternoon of the next day": the part of the day the story steps to, as "the
            # next afternoon" is.
            r"the (?P<part_of_day>morning|afternoon|evening|night) of "
            r"(?P<det_day>the next|the following|that same|that|the same|the previous) day\b|(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bduring\s)|(?<=\btowards\s)|(?<=\btoward\s)|"
            # "The fighting went on throughout the morning", "for most of the afternoon".
            r"(?<=\bthroughout\s)|(?<=\bthrough\s)|(?<=\bmost\sof\s)|(?<=\bmuch\sof\s)|"
            # ("Crowds have gathered since the afternoon"; "with rain forecast for the afternoon".)
            r"(?<=\bsince\s)|(?<=\bforecast\sfor\s)|(?<=\bexpected\sfor\s)|"
            # "Republicans spent the morning explaining what went wrong".
            r"(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s)|(?<=\bspending\s)|"
            # "in the early afternoon", "until the late evening"; in an of-phrase, a part the story
            # places early or late in its day ("in the fog of the late morning"; not "the colours
            # of the evening", of no time; nor a paper's or a broadcast's name, "the early morning
            # edition").
            r"(?<=\buntil\s)|(?<=\btill\s)|(?<=\binto\s)|(?<=\bof\s)(?=the\s(?:early|late)\s)|"
            # ("Prices fell sharply in the middle of the afternoon": its middle, ``combine``.)
            r"(?<=\bmiddle\sof\s)|"
            # "late in the afternoon", "Early in the morning, police ...": the part's end or start.
            r"(?<=\bearly\s)in\s|(?<=\blate\s)in\s|"
            # "into the early hours of the morning": the start of the morning (``combine``).
            r"(?<=\bhours\sof\s)(?=the\smorning\b))the (?:(?P<when_in>early|late) )?"
            r"(?P<part_in>morning|afternoon|evening)(?! of\b| hours\b| edition\b| news\b| bulletin\b)"
            # (Nor a paper's name: "until The Morning Chronicle ordered three machines".)
            r"(?!(?<=(?-i:Morning|Evening))\s+(?-i:[A-Z][a-z]))"
            # "During the night the garrison slipped away", "fought through the night", "talks ran
            # into the night": the night after the day the text is at (in a report that names no
            # day, a past clause's is the night before it: ``resolve``).
            # ("suspended regular programming for the night": the night of the day the text is at.)
            # ("engineers spent the night inspecting the structure".)
            # ("A detachment crossed upstream in the night and attacked the next morning".)
            r"|(?:(?<=\bduring\s)|(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\binto\s)|(?<=\bfor\s)|(?<=\bin\s)"
            r"|(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s)|(?<=\bspending\s)"
            # ("had spent much of the night in the Situation Room".)
            r"|(?<=\bmuch\sof\s)|(?<=\bmost\sof\s)"
            # "In the middle of the night, the networks called Florida" (its middle: ``combine``).
            r"|(?<=\bmiddle\sof\s)|(?<=\bdead\sof\s))the (?P<part_night>night)"
            # Not a noun's first word ("through the night market", "into the night sky"); a number
            # after it counts the clause's subject ("through the night 150 men held the post").
            r"(?=\s*(?:$|[.,;:!?)\"—–]|[0-9]|(?:and|as|but|in|on|at|to|with|while|when|until|till|before|after|"
            r"without|for|amid|despite|near|along|so|then|if|under|from|across|over|the|a|an|his|her|their|"
            r"its|he|she|they|it|we|i|you|there|by|that|which|both|all|each|most|many|some|several"
            # ("spent the night inspecting the structure": what was done in it.)
            r"|(?<=\bspent\sthe\snight\s)(?-i:[a-z]{3,}ing)"
            # ("searching through the night using flares": how it was done.)
            r"|(?<=\bthe\snight\s)using)\b))"
            # "By nightfall Seoul was threatened", "at dawn on 6 June": an edge of the day the text
            # is at (or of the day named right after it), after a preposition (not "as dawn broke",
            # not "Operation Dawn").
            r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bafter\s)|(?<=\bsince\s)|"
            # ("The fighting lasted from dawn until early afternoon".)
            r"(?<=\bfrom\s)|"
            r"(?<=\btoward\s)|(?<=\btowards\s)|(?<=\baround\s)|(?<=\bnear\s)"
            # ("ordered flags lowered to half-staff through sunset on Friday".)
            r"|(?<=\bthrough\s)"
            # ... or the ends of a span, before the day they are of: "between dusk Tuesday and dawn
            # Wednesday" (not "from dusk to dawn", any night's).
            # ("between dusk on Tuesday and 6:00 am on Wednesday".)
            r"|(?:(?<=\bbetween\s)|(?<=\bto\s)|(?<=\band\s))(?=(?:dawn|daybreak|sunrise|dusk|nightfall|sunset) (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
            # ("open daily from dawn until dusk": all day, any day; neither edge is one.)
            r"(?<!\bdawn\suntil\s)(?<!\bdawn\sto\s)(?<!\bdawn\still\s)(?<!\bsunrise\suntil\s)(?<!\bsunrise\sto\s)"
            r"(?P<edge>(?-i:dawn|daybreak|first light|sunrise|sunup|dusk|nightfall|sunset|sundown))(?![\w-])"
            # ("from dawn to dusk" is all day, any day: no edge of one.)
            r"(?!\s+(?:to|till|until)\s+(?:dusk|nightfall|sunset|sundown)\b)"
            # "Power was restored by late afternoon": no article after the preposition.
            # ("In Buenos Aires, where it was late afternoon when the news broke".)
            # ("where it was still early morning".)
            r"|(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bin\s)|(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\bit\swas\s)|(?<=\bit\sis\s)"
            r"|(?<=\bit\swas\sstill\s)|(?<=\bit\sis\sstill\s))"
            r"(?P<when_bare>early|late) (?P<part_bare>morning|afternoon|evening)(?![\w-])(?! of\b)"
            # ... and a market's session by its part of the day, without "early" or "late": "Stocks
            # rose in morning trading".
            r"|(?<=\bin\s)(?P<part_trading>morning|afternoon|midday)(?= (?:trading|dealings|deals)\b)"
            # "and by evening the enemy was in flight", "they held out until morning": the part
            # alone, where a clause or its end follows ("until evening prayers" is a service's).
            r"|(?:(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\btoward\s)|(?<=\btowards\s))"
            r"(?P<part_alone>morning|afternoon|evening)(?=\s*[,.;:)]|\s*$|\s+[0-9]|\s+(?:the|a|an|his|her|its|their|he|she|"
            # ("the Swedes held and by evening had routed the imperialists": the subject's verb.)
            # ("By evening there was still no sign of a surrender".)
            r"it|they|we|all|most|both|had|was|were|there|(?-i:[A-Z])\w*"
            # ("By evening between 50,000 and 70,000 Romans lay dead", "By morning you could canoe".)
            # ("and by evening nobody in town could see across Main Street".)
            r"|you|i|some|many|several|no|every|each|nearly|almost|about|between|more|over|only"
            # ("By evening perhaps 50,000 Romans lay dead": an adverb of the count.)
            r"|perhaps|probably|possibly|roughly|fewer|less|at\s+least"
            # ("By evening two battleships had been lost": a count of the subject.)
            r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
            r"|hundreds|thousands|dozens|scores"
            r"|nobody|none|nothing|everyone|everybody|everything|someone|somebody)\b"
            # ("waited until morning before walking to a mission": a clause of what came after.)
            # ("waited until evening to go ashore": what the waiting was for.)
            r"|\s+(?:before|after|when)\s+(?-i:[a-z]+ing|he|she|they|we|it|the)\b"
            r"|(?<=\buntil\s(?:morning|evening))\s+to\s+(?-i:[a-z]+)\b)"
            # "The night before, the delegates had agreed", "the morning after he sailed": the part
            # of the day before (after) the one the text stands at, where "before" is an adverb (not
            # "the night before the battle", counted from the battle).
            r"|the (?P<part_around>morning|afternoon|evening|night) (?P<around>before|after)"
            # ("Rain the night before delayed the attack": a verb in the past after the adverb.)
            r"(?=\s*[,.;:)]|\s*$|\s+(?:he|she|they|it|we|i|you|there)\b|\s+(?:[a-z]+ed|had|was|were|made|kept)\b"
            # ... or where and by whom it was done: "had been painted the night before in a church
            # basement", "printed the night before by volunteers".
            r"|\s+(?:in|at|by|with)\s+(?:a|an|his|her|their|its)\b|\s+by\s+(?-i:[a-z]+s)\b)"
            # "Snow fell overnight", "overnight losses in New York": the night before the day the
            # text stands at; an adverb, or before a noun of what happened in it ("an overnight stay",
            # "the overnight rate" are no particular night).
            # ... and a forecast's, with its modal: "showers overnight will clear", "overnight lows
            # will dip into the 40s" (not "overnight lows stayed above 85 for four straight days",
            # the lows of many nights).
            # (Not "suddenly": "That's not going to change overnight", "it won't happen overnight".)
            r"|(?<![\w-])(?<!\bchange\s)(?<!\bhappen\s)(?<!\bchanged\s)(?<!\bhappened\s)(?<!\bvanish\s)"
            r"(?<!\bdisappear\s)(?<!\bdisappeared\s)(?<!\bappear\s)(?<!\bappeared\s)"
            # ("changed the city's fire code almost overnight": all but at once.)
            r"(?<!\balmost\s)(?<!\bvirtually\s)(?<!\bpractically\s)(?<!\bnearly\s)(?<!\bliterally\s)"
            # ("His demand made him famous overnight": at once.)
            r"(?<!\bfamous\s)(?<!\brich\s)(?<!\bsuccessful\s)(?<!\bcelebrity\s)"
            r"(?P<overnight>overnight)(?=\s*(?:[.,;:)]|$)|\s+(?:and|in|on|as|after|before|but|"
            r"while|when|to|from|across|at|into|amid|despite|near|off|with|by|for|following|between|along|against|"
            # ("Fighting continued overnight around the palace", "outside the embassy".)
            r"around|outside|inside|throughout|over|under|through|behind|beyond|within|"
            # ("Members said overnight that he should face a challenge": what was said then.)
            r"(?<=said\sovernight\s)that|"
            # ("and overnight the water spread": before the subject of its clause.)
            # ("Overnight its winds reached 180 miles an hour".)
            r"the|he|she|they|it|we|its|his|her|their|police|troops|rebels|"
            # ("but overnight there were some tense moments".)
            r"there|"
            r"will|could|should|may|might)\b|"
            # ("Storms that swept across Florida overnight killed a dozen people": the verb of the
            # clause the relative one closes before.)
            r"\s+(?-i:[a-z]+ed)\b|"
            # ("The storm that hit Los Angeles overnight is the worst in decades": its copula.)
            r"\s+(?-i:is|are|was|were)\s+(?-i:the|a|an)\b|\s+(?-i:was|were)\s+(?-i:[a-z]+ed)\b|"
            # ... or its pluperfect: "Temperatures overnight had stayed above 20C".
            r"\s+had\s+(?-i:[a-z]+(?:ed|en))\b|"
            # ... or an irregular one: "An aftershock overnight sent people into the streets".
            r"\s+(?-i:sent|left|hit|struck|shook|brought|took|cut|put|kept|made|tore|threw|swept|came|went|fell"
            r"|rose|drew|caught|drove|spread|led)\b|"
            r"\s+(?:losses|gains|declines|rally|trading|session|fighting|clashes|attacks?|raids?|strikes|"
            r"shelling|rain|rainfall|snow|storms?|talks|negotiations)\b|"
            r"\s+(?:lows|temperatures|frost|fog|winds|showers|thunderstorms)\s+(?:will|could|should|may|might)\b)"
            # "Counting finished in the early hours": the first of the morning of the day the text
            # is at (not "the early hours of Monday", whose day is named: ``combine``).
            # ("ran into the small hours" says how late, no time: not after "into" or "until".)
            r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bby\s))"
            # ("in the early morning hours" too.)
            # ("In the early hours an agreement was signed": before its clause's subject too.)
            r"the (?P<small_hours>early|small|wee) (?:morning )?hours"
            r"(?=\s*(?:[,.;:)!?]|$)|\s+(?-i:the|a|an|he|she|they|it|we|his|her|their|its)\s)"
            r")"
        ),
        parse=_anaphoric_part,
        examples=(
            Example(
                "They reached the depot on 21 April 1861; Brahe had left that very morning.",
                "1861-04-21TMO",
                span="that very morning",
                domain="narrative",
            ),
            Example(
                "Play starts at 11.30am, with rain forecast for the afternoon.",
                "2025-05-09TAF",
                span="the afternoon",
            ),
            Example(
                "The Marines landed on 7 August 1942, and by the afternoon of the next day they held the "
                "airfield.",
                "1942-08-08TAF",
                span="the afternoon of the next day",
                domain="narrative",
            ),
            Example(
                "More than 400 sorties were flown between dusk Tuesday and dawn Wednesday.",
                "2025-05-07TMO",
                span="dawn",
                dct="2025-05-08",
            ),
            Example(
                "She was detained on May 2 and was questioned by a judge the next morning.",
                "2025-05-03TMO",
                span="the next morning",
            ),
            # The day named after it, though it is the day of writing (the DCT is a Friday): not
            # the night before, as a past night with no day named is.
            Example("The ministers met late into the night on Friday.", "2025-05-09TNI", span="the night"),
            Example("Firefighters battled the blaze through the night.", "2025-05-08TNI", span="the night"),
            Example(
                "In the middle of the night, the networks called Florida.",
                "2025-05-08TNI",
                span="the middle of the night",
            ),
            Example("The crew was evacuated overnight by helicopter.", "2025-05-08TNI", span="overnight"),
            Example("Temperatures overnight had stayed above 20C.", "2025-05-08TNI", span="overnight"),
            Example(
                "Special forces landed on 2 April 1982. The garrison surrendered later that morning.",
                "1982-04-02TMO",
                span="later that morning",
                domain="narrative",
            ),
            Example(
                "Counting finished in the early hours.", "2025-05-09TMO", span="the early hours", mod="START"
            ),
            Example(
                "The army left on May 2 and struck early the next morning.",
                "2025-05-03TMO",
                span="early the next morning",
                mod="START",
            ),
            Example(
                "Trading opened on May 2. Dealers sold heavily in the morning.",
                "2025-05-02TMO",
                span="the morning",
            ),
            Example(
                "The battle began on May 2. By the evening the line had broken.",
                "2025-05-02TEV",
                span="the evening",
            ),
            Example(
                "The siege ended on May 2. During the night the garrison slipped away.",
                "2025-05-02TNI",
                span="the night",
            ),
            Example(
                "Power was restored by late afternoon.", "2025-05-09TAF", span="late afternoon", mod="END"
            ),
            Example(
                "The guns opened on 6 May 1862 and fired until the early afternoon.",
                "1862-05-06TAF",
                span="the early afternoon",
                mod="START",
                domain="narrative",
            ),
            Example(
                "The troops crossed the river on 12 May 1809 and met the enemy in the fog of the late morning.",
                "1809-05-12TMO",
                span="the late morning",
                mod="END",
                domain="narrative",
            ),
            Example(
                "The dam broke on May 2. Crews worked through the night.", "2025-05-02TNI", span="the night"
            ),
            Example("Firefighters battled the blaze through the night.", "2025-05-08TNI", span="the night"),
            Example(
                "The siege ended on May 2. During the night 300 men slipped away.",
                "2025-05-02TNI",
                span="the night",
            ),
            Example("Crews will work through the night.", "2025-05-09TNI", span="the night"),
            Example("Talks went on well into the night.", "2025-05-08TNI", span="the night"),
            Example(
                "The war broke out on 25 June 1950. By nightfall Seoul was threatened.",
                "1950-06-25TEV",
                span="nightfall",
            ),
            Example("The troops landed at dawn on 6 June 1944.", "1944-06-06TMO", span="dawn"),
            Example(
                "Around dawn on Saturday, shelling resumed.",
                "2025-05-03TMO",
                span="Around dawn",
                dct="2025-05-09",
            ),
            Example(
                "The siege began on May 2. Shelling had gone on since dawn.", "2025-05-02TMO", span="dawn"
            ),
            Example(
                "The troops moved at sunrise on 5 June 1967 and halted at sunset.",
                "1967-06-05TEV",
                span="sunset",
                dct="2009-12-19",
            ),
            Example(
                "The relief army arrived on 12 September 1683, and by evening the besiegers were in flight.",
                "1683-09-12TEV",
                span="evening",
            ),
            Example("The garrison held out on May 2 until morning.", "2025-05-02TMO", span="morning"),
            Example(
                "On the night of 13 February 1931 she waited until morning before walking to a mission.",
                "1931-02-14TMO",
                span="morning",
                domain="narrative",
            ),
            Example("Snow fell overnight across the north.", "2025-05-08TNI", span="overnight"),
            Example("Shares fell after overnight losses in New York.", "2025-05-08TNI", span="overnight"),
            # ... but in a future clause, the night to come (resolve._overnight_to_come).
            Example("Forecasters say more snow will fall overnight.", "2025-05-09TNI", span="overnight"),
            Example("Overnight lows will dip into the 40s.", "2025-05-09TNI", span="Overnight"),
            Example("Showers overnight will give way to sun.", "2025-05-09TNI", span="overnight"),
            Example(
                "Police said on May 2 that the gunmen had struck overnight.",
                "2025-05-01TNI",
                span="overnight",
            ),
            Example(
                "The armistice was signed on May 2. The night before, the envoys had given way.",
                "2025-05-01TNI",
                span="The night before",
            ),
            Example(
                "The city fell on May 2, and the morning after they marched in.",
                "2025-05-03TMO",
                span="the morning after",
            ),
            Example(
                "The attempt came on 18 March 1915. By evening two battleships had been lost.",
                "1915-03-18TEV",
                span="evening",
                domain="narrative",
            ),
            Example(
                "The landings began on 25 April 1915. That first afternoon the Turks counter-attacked.",
                "1915-04-25TAF",
                span="That first afternoon",
                domain="narrative",
            ),
        ),
        negatives=(
            "The press was no success until The Morning Chronicle ordered three machines.",
            "That's not going to change overnight.",
            "The tragedy changed the city's fire code almost overnight.",
            "They talked about dawn raids.",
            "The bells rang until evening prayers began.",
            "He painted the colours of the evening sky.",
            "She read the last pages of the early morning edition.",
            "The envoys met on the night before the battle.",
            "They marched by morning light.",
            "Guests paid for an overnight stay.",
            "The overnight rate rose.",
            "He became an overnight success.",
            "The overnight train was cancelled.",
            "Overnight lows stayed above 85 degrees.",
            "They walked through the night market.",
            "Thieves broke in through the night-time entrance.",
            "A comet streaked into the night sky.",
            "Officials said as dawn broke that the fires were out.",
            "The offensive was named Operation Dawn.",
            "They fought from dawn to dusk.",
        ),
        priority=3,
    ),
    Rule(
        name="time.hours_later",
        type="TIME",
        # Counted ("two hours later") it is a length the rule ``duration.amount_unit`` reads; so
        # is one after "for" ("discolored water for a few hours afterward").
        pattern=r"(?<!\bfor\s)(?:(?:a few|several|a couple of) )?(?<!\bfor\sa\sfew\s)(?<!\bfor\sseveral\s)"
        + _NOT_COUNTED
        + r"(?:hours|minutes|seconds) (?:later|earlier|afterwards?)(?! than\b)",
        parse=_hours_later,
        examples=(
            Example(
                "The bomb exploded on May 2. Hours later, troops crossed.",
                "2025-05-02TXX",
                span="Hours later",
            ),
            Example("Police arrived a few minutes later.", "2025-05-09TXX", span="a few minutes later"),
        ),
        negatives=(
            "The train arrived hours later than planned.",
            "Residents may notice discolored water for a few hours afterward.",
            "The quake struck on May 2. 48 hours later, a tsunami hit.",
            "The quake struck on May 2. Forty-eight hours later, a tsunami hit.",
        ),
        priority=3,
    ),
    Rule(
        name="time.hours_ago",
        type="TIME",
        # "N ago" is a point, not the length ``duration.amount_unit`` would read in "two hours".
        # "from now" too ("30 mins from now"): a point, as "three days from now" is a day.
        pattern=(
            r"(?:(?:(?P<half>half an?|an? half)|(?P<vague>a few|several)|(?P<couple>a couple of)|(?P<amount>{number})|an?)"
            r" (?P<unit>hours?|minutes?|hrs?|mins?)(?P<and_half> and a half)?"
            # A feed's stamp, written short: "3h ago", "45min ago", "5m ago".
            r"|(?<![\w.,$£€])(?P<digits>[0-9]{1,3})(?P<short_unit>h|hrs?|m|mins?))"
            r" (?P<when>ago|from now(?! on\b))"
        ),
        parse=_hours_ago,
        examples=(
            Example(
                "Allied aircraft began striking Baghdad 24 hours ago.",
                "1991-01-16TXX",
                span="24 hours ago",
                dct="1991-01-17",
            ),
            Example("The blast was heard two hours ago.", "2025-05-09TXX", span="two hours ago"),
            Example("Posted 1 hour ago", "2025-05-09TXX", span="1 hour ago"),
            Example("The polls closed 30 minutes ago.", "2025-05-09TXX", span="30 minutes ago"),
            Example("The polls close 30 minutes from now.", "2025-05-09TXX", span="30 minutes from now"),
            Example("Half an hour ago the lights went out.", "2025-05-09TXX", span="Half an hour ago"),
            Example("The report came out a half hour ago.", "2025-05-09TXX", span="a half hour ago"),
            Example("Posted 3h ago", "2025-05-09T11:30", span="3h ago", dct="2025-05-09T14:30"),
            Example("Updated 45min ago", "2025-05-09T13:45", span="45min ago", dct="2025-05-09T14:30"),
            # At a DCT with a clock, the minute: 14:30 less an hour and a half.
            Example(
                "The lights went out an hour and a half ago.",
                "2025-05-09T13:00",
                span="an hour and a half ago",
                dct="2025-05-09T14:30",
            ),
            Example(
                "Polls close 12 hours from now.",
                "2025-05-10T02:30",
                span="12 hours from now",
                dct="2025-05-09T14:30",
            ),
        ),
        negatives=(
            "He waited two hours at the gate.",
            "Two hours from now on are reserved for questions.",
            "The fund raised $5m ago in its first round.",
        ),
        priority=3,
    ),
    Rule(
        name="time.mid_part",
        type="TIME",
        # "mid-afternoon yesterday" is one expression of the rule ``relative.today``.
        pattern=r"mid[- ]?(?P<part>morning|afternoon|evening)(?!-| (?:today|tonight|tomorrow|yesterday)\b)",
        parse=_mid_part,
        examples=(
            Example(
                "By mid afternoon, shares had recovered.", "2025-05-09TAF", span="mid afternoon", mod="MID"
            ),
            Example(
                "Troops entered the town on 3 May. At mid-morning the shelling stopped.",
                "2025-05-03TMO",
                span="mid-morning",
            ),
        ),
        negatives=("By mid-morning tomorrow, the road will reopen.",),
        priority=1,
    ),
    Rule(
        name="time.night",
        type="TIME",
        # "a night-raid" is a raid at night; lower case only ("Night of the Long Knives" is a name).
        # "in daytime", "daytime raids" are the generic day as "at night" is the generic night.
        pattern=(
            rf"(?:(?:{_NIGHT_TAKEN}|(?<=\ba\s)(?=night-))(?<!-)(?-i:night)(?:-?time)?|(?P<daytime>(?-i:daytime)))"
            # "night clubs", "night shifts", "night vision" are things, not times; so is "night work"
            # in bakeries, a kind of labour.
            r"(?!s|['’]s|-long| and day| of\b|[ -](?:club|life|school|shift|vision|watchman|stand|light|sky|skie"
            r"|work|worker|duty|duties|nurse|porter|staff|editor)s?\b)"
        ),
        parse=_night,
        examples=(
            Example("The columns moved only at night.", "XXXX-XX-XXTNI", span="night", type="TIME"),
            Example("They were adept at night fighting.", "XXXX-XX-XXTNI", span="night"),
            Example("He ordered a night-time retreat.", "XXXX-XX-XXTNI", span="night-time"),
            Example("Anarchists were seized in a night-raid.", "XXXX-XX-XXTNI", span="night"),
            Example(
                "The battle began on 25 July 1938, when troops crossed the river at night in small boats.",
                "1938-07-25TNI",
                span="night",
                type="TIME",
                domain="narrative",
            ),
            Example("Bombing halted most daytime traffic.", "XXXX-XX-XXTDT", span="daytime"),
            Example(
                "The battle at Edgehill on 23 October 1642 ended as night fell.",
                "1642-10-23TNI",
                span="night",
                type="TIME",
                domain="narrative",
            ),
        ),
        negatives=(
            "United endured a miserable night in Madrid.",
            "Rooms cost $55 a night.",
            "The Commune abolished night work in bakeries.",
            "He stayed one night.",
            "the night the plane fell",
            "a late-night show",
            "They fought day and night.",
            "Day turned to night across the country.",
            "The Night of the Long Knives",
            "They met at night clubs downtown.",
            "Many spent a fourth night in shelters.",
            "Protesters returned for a third consecutive night.",
            "Officers wore night-vision goggles.",
            "She worked the night-shift at the plant.",
            "Voters queued on election night.",
            "Quiz night: The Red Lion hosts its weekly quiz.",
            "The play sold out on opening night.",
            "The polar night lasted three months.",
        ),
        priority=1,
    ),
    Rule(
        name="time.part_now",
        type="TIME",
        # A reporter's "It's late afternoon here in Moscow", "it's early evening in Yemen now": the
        # part of the day it is as the report speaks.
        # ("in Jerusalem, where it's already mid-afternoon".)
        pattern=r"(?:(?<=\bit's\s)|(?<=\bit’s\s)|(?<=\bit\sis\s)|(?<=\bit\sis\snow\s)|(?<=\bit's\snow\s)"
        r"|(?<=\bit's\salready\s)|(?<=\bit’s\salready\s)|(?<=\bit\sis\salready\s))"
        r"(?:(?P<when>early|late|mid-?)\s?)?(?P<part>morning|afternoon|evening|night)"
        r"(?=\s+(?:(?:here|there|now)\b|in\s+(?-i:[A-Z]))|\s*[,.;])",
        parse=_part_now,
        examples=(
            Example("It's late afternoon here in Moscow.", "2025-05-09TAF", span="late afternoon", mod="END"),
            Example(
                "Bob, it's early evening in Yemen now.", "2025-05-09TEV", span="early evening", mod="START"
            ),
            Example(
                "The rally is on Monday. In Jerusalem, where it's already mid-afternoon, crowds gathered.",
                "2025-05-09TAF",
                span="mid-afternoon",
                mod="MID",
            ),
        ),
        negatives=("It is night vision equipment.", "It's morning sickness, the doctor said."),
        # (Over time.mid_part's reading of the same words: "where it's already mid-afternoon" is the
        # report's own afternoon.)
        priority=2,
    ),
    Rule(
        name="time.this_part",
        type="TIME",
        # A clinical note's "this AM", "this a.m.": this morning (the hours before noon). Not "this
        # AM radio"; "this PM" is left alone, the afternoon or the evening.
        pattern=r"(?:(?P<when>earlier|later) (?=this))?(?:(?P<det>this|last) (?P<part>morning|afternoon|evening|night)"
        r"|this (?P<ante_meridiem>(?-i:AM)|a\.m\.)(?! (?:radio|station|band|dial|signal|frequency)))",
        parse=_this_part,
        examples=(
            Example("this morning", "2025-05-09TMO"),
            Example("last night", "2025-05-08TNI"),
            Example(
                "Some 16,000 officers will patrol tonight, up from 6,000 last night.",
                "2025-05-08TNI",
                span="last night",
            ),
            Example("Missiles hit the capital last evening.", "2025-05-08TEV", span="last evening"),
            Example("Pt seen and examined this AM.", "2025-05-09TMO", span="this AM"),
            Example("Labs drawn this a.m. were unremarkable.", "2025-05-09TMO", span="this a.m."),
            Example(
                "He will meet the envoy later this afternoon.",
                "2025-05-09TAF",
                span="later this afternoon",
                mod="END",
            ),
        ),
        negatives=(
            "He tunes in to this AM radio station.",
            "I am this am sure.",
            "Is this PM the leader?",
            "On the last evening of the festival they danced.",
            "It was her last morning in Paris.",
            "She watched CBS This Morning on Tuesday and then left for work.",
        ),
        priority=3,
    ),
)
