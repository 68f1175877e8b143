"""Holidays with fixed and movable dates: Christmas, Victory Day, Easter, Thanksgiving."""

from __future__ import annotations

import re

from dateline.calendar import month_edge_name
from dateline.context import sentence_bounds
from dateline.lexicon import alternation, en, lexicon_for
from dateline.partial import Direction, Grain, PartialTime, Shift
from dateline.rules.base import Example, Rule, RuleMatch, after_one_of, in_quoted_title

HOLIDAY_NAMES = alternation([*en.HOLIDAY_NAMES, *en.HOLIDAYS_WITHOUT_APOSTROPHE])

#: A country's word in a sentence (see ``en.COUNTRY_WORDS``), whole and capitalised.
_COUNTRY = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(word) for word in sorted(en.COUNTRY_WORDS, key=len, reverse=True))
    + r")s?(?![\w-])"
)


#: "of" and a capitalised word after a name: "the Spring Festival of Music".
_OF_A_NAME_AFTER = re.compile(r"\s+of\s+(?-i:[A-Z])")
#: A name in the possessive just before a national day: "Lebanon's Independence Day".
_OWNER_BEFORE = re.compile(r"(?<![\w-])(?P<owner>(?-i:[A-Z])[\w-]*)['’]s\s+(?:(?-i:[A-Z])[\w-]*\s+)?\Z")


#: A day of a month other than 6 June, then an opening bracket: "17 September (".
_OTHER_DAY_IN_BRACKETS_BEFORE = re.compile(
    r"(?:\b(?!6\s+June)[0-9]{1,2}\s+(?-i:[A-Z])[a-z]+|\b(?!June\s+6\b)(?-i:[A-Z])[a-z]+\.?\s+[0-9]{1,2})"
    r"(?:,?\s+[0-9]{4})?\s*\(\s*\Z"
)
#: The operation a "D-Day" is the first day of: " for Operation Sutton", " for the landings".
_OPERATION_FOR_AFTER = re.compile(
    r"\s+for\s+(?:(?-i:Operation)|the\s+(?:landings?|invasion|assault|attack))\b"
)


#: A wire's dateline opening its first sentence: "NEW DELHI, India (AP) -- ".
_DATELINE_OPENING = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?(?: \([A-Za-z ]+\))? (?:--|—|–) "
)


def _fixed_day(name: str, match: RuleMatch) -> tuple[int, int] | None:
    """The (month, day) of a holiday kept on the same day every year; ``None`` for a movable one.
    A national day several countries keep ("Independence Day", "Republic Day") is the one of the
    country its sentence names: the last one named before it, else the first after ("India will
    celebrate Independence Day", "Independence Day in Pakistan"); without one, the day the fixed
    table gives, if any ("Independence Day" is the United States'), else none."""
    days = en.NATIONAL_DAYS.get(name)
    if days is None:
        return en.FIXED_HOLIDAYS.get(name)
    text, start, end = match.match.string, match.match.start(), match.match.end()
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if owner is not None:
        # "Lebanon's Independence Day": the day of the country named, which the table may not
        # know (not the United States' 4 July).
        word = owner.group("owner")
        country = en.COUNTRY_WORDS.get(word)
        return days.get(country) if country is not None else None
    opens, closes = sentence_bounds(text, start)
    filed_from: list[str] = []
    if dateline := _DATELINE_OPENING.match(text, opens, start):
        # ("NEW DELHI, India (AP) -- Clinton delayed his Independence Day holiday ... in
        # Washington": the place the report was filed from is whose day it is only when the
        # sentence names no other: "HARARE, Zimbabwe (AP) -- ... marking Independence Day".)
        filed_from = [found.group(0) for found in _COUNTRY.finditer(text, opens, dateline.end())]
        opens = dateline.end()
    before = [found.group(0) for found in _COUNTRY.finditer(text, opens, start)]
    after = _COUNTRY.search(text, end, closes)
    for word in [*reversed(before), *([after.group(0)] if after else []), *filed_from]:
        # ("South Africans": the people's adjective in the plural.)
        country = en.COUNTRY_WORDS.get(word) or en.COUNTRY_WORDS[word[:-1]]
        if country in days:
            return days[country]
    # (A sentence that names before it only countries the table has no day for leaves it undated:
    # "Israel celebrates Independence Day each spring".)
    return None if before or (filed_from and not after) else en.FIXED_HOLIDAYS.get(name)


#: "last Thanksgiving" is the latest one before today, "next Christmas" the first one after.
_DIRECTIONS: dict[str, Direction] = {
    "last": "past", "this past": "past", "next": "future", "this coming": "future", "this": "same",
}  # fmt: skip
#: "the following Easter" is the first one after the time the text is at, "the previous
#: Christmas" the last one before it (not that day itself).
_STORY_DIRECTIONS: dict[str, Direction] = {
    "the following": "strict_future", "the next": "strict_future",
    "the previous": "strict_past", "the preceding": "strict_past",
    # "That Christmas the surviving children ...": the feast of the year the story is at.
    "that": "same",
}  # fmt: skip


#: A capitalised name right before a holiday's name: "Adwa Victory Day" (not a preposition or a
#: determiner opening a sentence: "On Victory Day", "Last Victory Day").
_NAME_WORD_BEFORE = re.compile(
    r"\b(?!(?:On|In|At|By|The|This|Last|Next|Since|Until|Before|After|During|For|Every|Each|Of|Soviet|Russian)\b)"
    r"(?-i:[A-Z][a-z]+)\s+\Z"
)


#: A feast written in the lower case before its saint's or its mystery's capital: "the feast of
#: St. Crispin", "the feast of the Assumption".
_SAINT_OF_A_FEAST = re.compile(r"feast of (?:the )?(?-i:[A-Z])", re.IGNORECASE)


def holiday_fields(match: RuleMatch) -> PartialTime | None:
    """The holiday in group ``holiday`` (with groups ``year``, ``det`` and ``part`` if any); shared
    with ``relative.from_named_date`` ("the day after Christmas").

    >>> import re
    >>> found = re.match(r"(?P<det>next) (?P<holiday>Christmas) (?P<part>night)", "next Christmas night")
    >>> fields = holiday_fields(RuleMatch(found))
    >>> fields.month, fields.day, fields.direction, fields.part_of_day
    (12, 25, 'future', 'NI')
    """
    name = " ".join((match.group("holiday") or "").lower().split())
    name = en.HOLIDAYS_WITHOUT_APOSTROPHE.get(name, name)
    written = " ".join((match.group("holiday") or "").split())
    bank_holiday = name.endswith("bank holiday")  # (British prose writes it in the lower case)
    if (
        name[:1].islower()
        and not written[:1].isupper()
        and (match.group("calendar") or "").lower() != "lunar"
        and not bank_holiday
        # ("on the feast of St. Crispin": the saint's name is the capital.)
        and not _SAINT_OF_A_FEAST.match(written)
    ):
        # (Not a common noun's day; but "the Vietnamese lunar new year" is the feast however written.)
        return None
    if name == "spring festival" and _OF_A_NAME_AFTER.match(match.match.string, match.match.end("holiday")):
        return None  # "the Spring Festival of Music": an event's name, not China's new year
    if name in ("victory day", "remembrance day", "memorial day") and _NAME_WORD_BEFORE.search(
        match.match.string, max(0, match.match.start("holiday") - 24), match.match.start("holiday")
    ):
        # "Adwa Victory Day": another country's day of victory, not the 9 May one; "Holocaust
        # Remembrance Day": another day of remembrance, not 11 November.
        return None
    first, _, rest = written.partition(" ")
    if name == "election day" and rest == "day" and written != written.lower():
        # "Election day was marred by attacks on the coast": a sentence's capital on any election's
        # day; the American one is "Election Day" (or written all in the lower case, as TimeBank's
        # transcripts are).
        return None
    if first.lower() in en.MONTHS and rest.islower() and not bank_holiday:
        # "the coldest May day since 1979": a month's name is capitalised anyway, so only a
        # capital "Day" makes the holiday; a lower-case "day" is a day of that month.
        return None
    if match.has("calendar"):
        # "the Lunar New Year", "the Jewish New Year": another calendar's new year, its day where
        # the calendar is worked out (see ``calendar.holiday_date``); otherwise the year it falls
        # in is all that is sure.
        calendar_new_year = en.CALENDAR_NEW_YEARS.get((match.group("calendar") or "").lower())
        if calendar_new_year is None:
            year = match.group("year")
            if year:
                return PartialTime(year=int(year), grain=Grain.YEAR)
            return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, 0), grain=Grain.YEAR)
        name = calendar_new_year
    year = match.group("year") or match.group("event_year")
    if in_quoted_title(match.match.string, match.match.start(), match.match.end()):
        # The title of a song, a film or an operation: "the song \"White Christmas\" was played".
        return None
    determiner = " ".join((match.group("det") or "").lower().split())
    story = determiner in _STORY_DIRECTIONS
    direction = _STORY_DIRECTIONS.get(determiner) or _DIRECTIONS.get(determiner)
    # "Christmas night", "Easter morning": a part of the holiday.
    part = en.PARTS_OF_DAY.get((match.group("part") or match.group("part_before") or "").lower())
    if part is not None and name.endswith(" week"):
        return None
    week_of = match.has("week_of")
    if week_of and (name.endswith((" week", " weekend")) or part is not None or match.has("weekend")):
        return None
    story_year = " ".join((match.group("story_year") or "").lower().split())
    dct_year = (match.group("dct_year") or "").lower()
    if story_year or dct_year:
        # "Christmas Eve of that year": the feast in the year the story is at (or the one after or
        # before it), as "June of that year" is that year's month; "Christmas last year" in the
        # DCT's year before.
        if direction is not None or match.has("weekend") or name in en.HISTORIC_DAYS:
            return None
        if story_year:
            anchor, shift = "ref", Shift(Grain.YEAR, en.STORY_YEARS[story_year])
        else:
            anchor, shift = "dct", Shift(Grain.YEAR, {"this": 0, "last": -1, "next": 1}[dct_year])
        fixed = _fixed_day(name, match)
        if fixed is not None:
            month, day = fixed
            holiday = PartialTime(anchor=anchor, month=month, day=day, shift=shift, grain=Grain.DAY)
        elif name in en.NATIONAL_DAYS:
            return None  # "Republic Day of that year" with no country named
        else:
            holiday = PartialTime(anchor=anchor, holiday_name=name, shift=shift, grain=Grain.DAY)
        return holiday.but(part_of_day=part, grain=Grain.PART_OF_DAY) if part is not None else holiday
    if match.has("weekend"):
        if name.endswith((" week", " weekend")) or name in en.HISTORIC_DAYS or story:
            return None
        # "Labor Day weekend": the weekend next to the day (see ``calendar.holiday_date``); "Last
        # Memorial Day weekend": the one before the DCT's.
        return PartialTime(
            year=int(year) if year else None,
            holiday_name=f"{name} weekend",
            grain=Grain.WEEK,
            weekend=True,
            direction=direction,
        )
    if match.has("era_year") or match.has("ad_year") or match.has("old_year"):
        bc = (match.group("era") or "").upper().startswith("B")
        era_year = int(match.group("era_year") or match.group("ad_year") or match.group("old_year") or "0")
        if era_year == 0 or direction is not None or part is not None:
            return None
        fixed = _fixed_day(name, match)
        if fixed is None:
            # "Easter, AD 33": a movable feast has no table before the calendars that fix it; the
            # year it fell in is all that is sure (as of another calendar's new year above).
            return None if bc or name in en.HISTORIC_DAYS else PartialTime(year=era_year, grain=Grain.YEAR)
        month, day = fixed
        return PartialTime(year=era_year, bc=bc, month=month, day=day, grain=Grain.DAY)
    if name in en.HISTORIC_DAYS:
        # "D-Day" is the day of 1944, whatever year the text is at; "D-Day 1943" is no such day.
        known_year, month, day = en.HISTORIC_DAYS[name]
        if (year and int(year) != known_year) or direction is not None:
            return None
        if name == "d-day" and (
            _OPERATION_FOR_AFTER.match(match.match.string, match.match.end())
            # ("17 September (D-Day)": another operation's first day, the date before it.)
            or _OTHER_DAY_IN_BRACKETS_BEFORE.search(
                match.match.string, max(0, match.match.start() - 24), match.match.start()
            )
        ):
            # "On 21 May, D-Day for Operation Sutton, ...": the first day of an operation the text
            # names, any war's, not Normandy's.
            return None
        holiday = PartialTime(year=known_year, month=month, day=day, grain=Grain.DAY)
    elif name in en.FIXED_HOLIDAYS or name in en.NATIONAL_DAYS:
        fixed = _fixed_day(name, match)
        if fixed is None:
            return None  # "Republic Day" with no country named
        month, day = fixed
        # "last Independence Day": the one before the DCT, as "last July 4" is.
        holiday = PartialTime(
            year=int(year) if year else None,
            month=month,
            day=day,
            grain=Grain.DAY,
            direction=direction,
            anchor=("ref" if story else "dct") if direction is not None and not year else None,
        )
    else:
        grain = Grain.WEEK if name.endswith(" week") else Grain.DAY
        holiday = PartialTime(
            year=int(year) if year else None,
            holiday_name=name,
            grain=grain,
            direction=direction,
            anchor="ref" if story and not year else None,
        )
    if part is not None:
        return holiday.but(part_of_day=part, grain=Grain.PART_OF_DAY)
    if week_of:
        return holiday.but(grain=Grain.WEEK)
    return holiday


_LEXICON = lexicon_for("en")

_NUMBERED_DAY = "|".join(re.escape(name) for name in en.NUMBERED_DAYS)
#: Words after which the figures are a tally, not the day: "went 9/11 from the field".
_TALLY_AFTER = r"(?! (?:shots?|from|for|of|in|on|at|free|field|goals?|attempts?|passes|passing|shooting)\b)"
#: Words after which the day is named: "the 9/11 attacks", "the 7/7 bombings".
_EVENT_AFTER = (
    r"(?= (?:attacks?|bombings?|bombers?|terror\w*|hijack\w*|commission|memorial|anniversary|victims?|"
    r"families|museum|era|responders|plotters?|plot|mastermind|inquests?|generation)\b)"
)

#: ... and after the day written with its month's name, which names other days too: in the plural
#: ("the Sept. 11 attacks", "the July 7 bombings"), or a body named after the day.
_EVENT_AFTER_NAMED_MONTH = r"(?= (?:(?:terror(?:ist)? )?attacks|bombings|hijackers|commission|memorial|museum|victims|families|responders)\b)"


def _edge_day_of_month(match: RuleMatch) -> PartialTime | None:
    """ "the last day of February", "the first day of March 2026": that day of the month (the
    last one found in the year resolution chooses, as for a holiday)."""
    month = _LEXICON.month(match.group("month") or "")
    if month is None:
        return None
    year = match.group("year")
    last = (match.group("edge") or "").lower() in ("last", "final")
    return PartialTime(
        year=int(year) if year else None, holiday_name=month_edge_name(month, last=last), grain=Grain.DAY
    )


def _numbered_day(match: RuleMatch) -> PartialTime | None:
    """ "since 9/11", "the 7/7 bombings": the day of that one year; "the Sept. 11 attacks", "the
    attacks of September 11": the same day written with its month's name."""
    if match.has("event_month") or match.has("event_month2"):
        month = _LEXICON.month(match.group("event_month") or match.group("event_month2") or "")
        day = int(match.group("event_day") or match.group("event_day2") or "0")
        year = _NUMBERED_DAY_YEARS.get((month or 0, day))
        return None if year is None else PartialTime(year=year, month=month, day=day, grain=Grain.DAY)
    year, month, day = en.NUMBERED_DAYS[match.group("name") or match.group("name_event") or ""]
    return PartialTime(year=year, month=month, day=day, grain=Grain.DAY)


#: The year of each numbered day, by its month and day.
_NUMBERED_DAY_YEARS = {(month, day): year for year, month, day in en.NUMBERED_DAYS.values()}


def _the_fourth(match: RuleMatch) -> PartialTime:
    """ "by the Fourth": the Fourth of July."""
    return PartialTime(month=7, day=4, grain=Grain.DAY)


def _equinox_or_solstice(match: RuleMatch) -> PartialTime | None:
    """ "the winter solstice", "the spring equinox of 2025", "the first day of spring": the day
    of that moment (its date in Universal Time), in the year written or the one resolution
    chooses, as for a holiday."""
    word = (match.group("equinox") or match.group("solstice") or match.group("opens") or "").lower()
    table = (
        en.EQUINOXES
        if match.has("equinox")
        else en.SOLSTICES
        if match.has("solstice")
        else en.SEASON_OPENINGS
    )
    name = table.get(word)
    if name is None:
        return None
    year = match.group("year") or match.group("year2")
    return PartialTime(year=int(year) if year else None, holiday_name=name, grain=Grain.DAY)


def _kept_as(match: RuleMatch) -> PartialTime | None:
    """ "(14 December is) commemorated as Martyred Intellectuals Day": a day kept each year under
    a name our tables need not know; its day is the one the clause names (see
    ``dates.calendar_date`` and ``resolve._is_kept_each_year``), else unknown."""
    del match
    return PartialTime(value="XXXX-XX-XX")


#: The holidays kept on a weekday of their month ("Thanksgiving", the fourth Thursday of
#: November), by which a weekday next to them is counted.
_WEEKDAY_HOLIDAYS = alternation(
    [name for name in en.NTH_WEEKDAY_HOLIDAYS if name[:1].isalpha() and not name.endswith("primary")]
)


def _weekday_around_holiday(match: RuleMatch) -> PartialTime | None:
    """ "the Friday after Thanksgiving", "the Sunday before Memorial Day": the first such weekday
    after (before) a holiday kept on a weekday of its own, so many days from it."""
    name = " ".join((match.group("holiday") or "").lower().split())
    kept = en.NTH_WEEKDAY_HOLIDAYS.get(name)
    target = _LEXICON.weekday(match.group("target") or "")
    named = holiday_fields(match)
    if kept is None or target is None or named is None:
        return None
    holiday_weekday = kept[1]
    if (match.group("when") or "").lower() == "after":
        days = (target - holiday_weekday) % 7 or 7
    else:
        days = -((holiday_weekday - target) % 7 or 7)
    return named.but(offset=Shift(Grain.DAY, days))


RULES: tuple[Rule, ...] = (
    Rule(
        name="holiday.weekday_around",
        type="DATE",
        pattern=r"the (?P<target>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)) "
        r"(?P<when>after|before) (?P<holiday>" + _WEEKDAY_HOLIDAYS + r")",
        parse=_weekday_around_holiday,
        examples=(
            Example(
                "Sales rose on the Friday after Thanksgiving.",
                "2024-11-29",
                span="the Friday after Thanksgiving",
            ),
            Example(
                "The parade is on the Sunday before Memorial Day.",
                "2025-05-25",
                span="the Sunday before Memorial Day",
            ),
        ),
        negatives=("The Friday after the vote was quiet.",),
        priority=2,
    ),
    Rule(
        name="holiday.month_edge_day",
        type="DATE",
        # Not "the last day" alone (a length, the past 24 hours) or "of the war" (an event's day).
        pattern=r"the (?P<edge>first|last|final) day of {month}(?:,? {year4:year})?(?![\w-])",
        parse=_edge_day_of_month,
        examples=(
            Example(
                "The fee is due on the last day of February.", "2026-02-28", span="the last day of February"
            ),
            Example(
                "Rents rose on the first day of March 2024.", "2024-03-01", span="the first day of March 2024"
            ),
        ),
        negatives=("The last day of the war was quiet.",),
    ),
    Rule(
        name="holiday.named",
        type="DATE",
        pattern=(
            # "the Easter weekend" keeps its article, as "the weekend" does; so do "the Ides of March".
            rf"(?:(?P<det>last|next|this past|this coming|this|the following|the next|the previous|the preceding"
            # ("That Christmas", "I remember that Christmas"; not a verb of saying's "that".)
            r"|(?<!\bsaid\s)(?<!\bsays\s)(?<!\bknew\s)(?<!\bthought\s)(?<!\breported\s)(?<!\bannounced\s)"
            r"(?<!\bbelieved\s)(?<!\bnoted\s)(?<!\badded\s)(?<!\bwarned\s)(?<!\bfeared\s)"
            r"(?<!\bhoped\s)(?<!\bpredicted\s)(?<!\bexpected\s)(?<!\bwarn\s)(?<!\bfear\s)(?<!\bhope\s)"
            r"(?<!\bwarns\s)(?<!\bfears\s)(?<!\bhopes\s)(?<!\bpromised\s)that) "
            rf"|the (?=(?:{HOLIDAY_NAMES}) (?:holiday )?weekend\b|(?:ides|kalends|calends|nones|feast)\b)"
            # "over Christmas and the New Year": the feast's article, as its name takes one.
            r"|the (?=(?-i:New Year)\b(?!['’]s))"
            # "the evening of D-Day", "the night of Christmas Eve": a part of the feast's day, as
            # "the evening of 6 June" is of that day.
            rf"|the (?P<part_before>morning|afternoon|evening|night) of (?=(?:{HOLIDAY_NAMES})\b)"
            # "the week of Thanksgiving": the ISO week that holds the day, as "the week of June 9".
            rf"|the (?P<week_of>week) of (?=(?:{HOLIDAY_NAMES})\b))?"
            # A calendar whose new year is not January 1: "the Lunar New Year", "Chinese New Year".
            rf"(?:(?P<calendar>{'|'.join(en.OTHER_CALENDARS)}) "
            r"(?=new year))?"
            # ("Taylor moved his army to Corpus Christi": the city in Texas, after a preposition of
            # place, or before its state; "met at Corpus Christi" is at the feast.)
            r"(?!(?<=\bto\s|\bin\s)(?i:corpus\s+christi)\b|(?i:corpus\s+christi),?\s+(?-i:Texas|Tex\.|Bay)\b)"
            r"(?!(?<=\bnear\s|\bfrom\s)(?i:corpus\s+christi)\b)"
            rf"(?P<holiday>{HOLIDAY_NAMES})"
            # "Easter Road", "Christmas Island": a place named after the holiday, not its date (an
            # event named after it, "the Easter Offensive", still falls at that time).
            # ("the group's Christmas Bird Count": a survey named after it.)
            r"(?! (?-i:Road|Street|Lane|Avenue|Island|Islands|Park|Stadium|Bird\s+Count)\b)"
            # ("a service at the Epiphany Cathedral", "the Spring Festival Gala": a building, a show.)
            r"(?! (?-i:Cathedral|Church|Chapel|Gala)\b)"
            # ("knighted in the 1994 New Year Honours": the list of honours, no day.)
            r"(?! (?-i:Honours|Honors)\b)"
            # (... in the year its name gives: "the Easter Offensive of 1972".)
            r"(?:(?=\s+(?-i:Offensive|Rising|Uprising|Rebellion|Revolt|Campaign|Raid|Massacre|Attack|Truce)"
            # ("the Easter Rising of April 1916": its month before the year.)
            r"\s+of\s+(?:(?-i:January|February|March|April|May|June|July|August|September|October|November"
            r"|December)\s+)?(?P<event_year>[0-9]{4})(?![0-9])))?"
            # "the Michaelmas term", "the Hilary sittings": the term of a university or a court
            # that starts near the feast, weeks long, not its day.
            r"(?! (?:terms?|sittings)\b)"
            # "the Yom Kippur War": the name of a war, no day of it; "the Good Friday Agreement" of
            # a treaty.
            # ("the 1998 Good Friday accord", "the Good Friday peace agreement".)
            r"(?!\s+(?-i:War|Agreement|Accords?)\b)"
            # (Written in the lower case, only Good Friday's, the one feast whose name ends in
            # "Friday": "the New Year's Day agreement" is a deal struck on the day.)
            r"(?!(?<=Friday)\s+(?:agreement|accords?|peace\s+(?:accords?|agreement|deal|process))\b)"
            # "the Christmas tree", "an Easter egg hunt", "a Halloween costume": things named for
            # the feast, not its day.
            r"(?!\s+(?:trees?|eggs?|costumes?|cards?|lights|decorations|ornaments?|carols?|songs?|music|movies?|"
            r"films?|sweaters?|jumpers?|stockings?|wreaths?|candy|cookies|cakes?|puddings?|albums?|spirit|"
            r"lilies|bunny|bunnies|baskets?|pumpkins?|masks?"
            # ("its Christmas cantata, 'Night of Wonder,' at 6 p.m. Dec. 15": a work sung for it.)
            r"|cantatas?|pageants?|plays?|musicals?|oratorios?"
            # ("I had my Easter dress on": what is worn for it.)
            r"|dress(?:es)?|bonnets?|outfits?|clothes|suits?|shoes|hats?|sweaters?"
            # ("offered Lincoln the city as a Christmas gift": what is given for it.)
            r"|gifts?|presents?)\b)"
            # ("the Thanksgiving holiday weekend" is its weekend too.)
            r"(?: (?P<part>morning|afternoon|evening|night)(?!s)|(?P<weekend> (?:holiday )?weekend)(?!s))?(?:(?:,| of)? {year4:year}"
            # "the Ides of March, 44 BC": a fixed day in a year given with its era.
            r"|,? (?P<era_year>[0-9]{1,4}) (?P<era>B\.C\.(?:E\.)?|BCE?|A\.D\.|AD|CE)(?![\w])"
            # "Easter, AD 33": the era before the year.
            r"|,? (?-i:A\.D\.|AD) (?P<ad_year>[0-9]{1,4})(?![0-9])"
            # "crowned on Christmas Day 800.": a year of three digits without its era, only where
            # the clause or sentence ends on it ("at Easter 700 pilgrims came" is a count).
            r"| (?P<old_year>[1-9][0-9]{2})(?=[.,;:)](?![0-9])|$)"
            # "Christmas Eve of that year", "Easter of the following year", "at Christmas that
            # year": of the story's year.
            rf"|,? (?:of )?(?P<story_year>{alternation(en.STORY_YEARS)}) year(?!s?['’-])"
            # "Christmas last year", "Election Day next year": the feast of the year before or after
            # the DCT's, as "June last year" is that year's month.
            r"|,? (?P<dct_year>this|last|next) year(?!s?['’-]))?"
        ),
        parse=holiday_fields,
        examples=(
            Example("Christmas 2024", "2024-12-25"),
            Example("Victory Day", "2025-05-09"),
            Example("Easter 2025", "2025-04-20"),
            # Before the Gregorian calendar, a history's Easter is the Julian one.
            Example("The comet was first seen at Easter 1066.", "1066-04-16", span="Easter 1066"),
            Example("Thanksgiving", "2025-11-27", dct="2025-12-01"),
            Example("Memorial Day 2025", "2025-05-26"),
            Example("Labor Day 2025", "2025-09-01"),
            Example(
                "Millions head off for the late May bank holiday.",
                "2023-05-29",
                span="late May bank holiday",
                dct="2023-05-26",
            ),
            Example(
                "It was the busiest weekend since the August bank holiday.",
                "2025-08-25",
                span="August bank holiday",
                dct="2025-10-28",
            ),
            Example("Election Day 1998", "1998-11-03"),
            Example("The Easter Offensive of 1972 began in March.", "1972-04-02", span="Easter"),
            Example("He was found at sea last Thanksgiving.", "2024-11-28", span="last Thanksgiving"),
            Example("We will meet next Christmas.", "2025-12-25", span="next Christmas"),
            # "the following Easter": the first after the day the story is at.
            Example(
                "The town was taken on Christmas Day 1776. The following Easter the army marched.",
                "1777-03-30",
                span="The following Easter",
            ),
            # A feast "last year", "next year": the DCT's year before or after.
            Example(
                "Stores were quiet at Christmas last year.",
                "2022-12-25",
                span="Christmas last year",
                dct="2023-11-02",
            ),
            Example(
                "Republicans hope to win on Election Day next year.",
                "2024-11-05",
                span="Election Day next year",
                dct="2023-11-02",
            ),
            # A feast "of that year": the story's year, or the one after or before it.
            Example(
                "The envoys met at Ghent in August 1814. The peace was signed on Christmas Eve of that year.",
                "1814-12-24",
                span="Christmas Eve of that year",
                domain="narrative",
            ),
            Example(
                "The rebels took the castle in 1536. At Easter of the following year they were hanged.",
                "1537-04-01",
                span="Easter of the following year",
                domain="narrative",
            ),
            Example(
                "York was made Protector in March 1454. When Henry recovered at Christmas that year, York was dismissed.",
                "1454-12-25",
                span="Christmas that year",
                domain="narrative",
            ),
            Example(
                "The truce was signed in March 1915. The previous Christmas the soldiers had sung.",
                "1914-12-25",
                span="The previous Christmas",
            ),
            # The last one before the DCT, though this year's is only weeks away.
            Example(
                "Fireworks lit the sky last Independence Day.", "2024-07-04", span="last Independence Day"
            ),
            # A national day several countries keep is the one of the country its sentence names.
            Example(
                "India will celebrate Independence Day on 15 August.",
                "2025-08-15",
                span="Independence Day",
                dct="2025-05-09",
            ),
            Example("Turkey marked Republic Day with a parade in Ankara.", "2024-10-29", span="Republic Day"),
            Example("South Africans celebrated Freedom Day.", "2025-04-27", span="Freedom Day"),
            Example(
                "They crossed the river on Christmas night.",
                "2024-12-25TNI",
                span="Christmas night",
                type="TIME",
            ),
            Example("Easter morning 2025", "2025-04-20TMO"),
            Example(
                "By the evening of D-Day some 156,000 men were ashore.",
                "1944-06-06TEV",
                span="the evening of D-Day",
            ),
            Example(
                "Fireworks lit the sky on the night of New Year's Eve.",
                "2024-12-31TNI",
                span="the night of New Year's Eve",
            ),
            Example("Crowds gathered on Anzac Day.", "2025-04-25", span="Anzac Day"),
            Example("Workers marched on May Day.", "2025-05-01", span="May Day"),
            Example("The parade was held on St Patrick's Day.", "2025-03-17", span="St Patrick's Day"),
            Example("Wellington marked Waitangi Day.", "2025-02-06", span="Waitangi Day"),
            # Another calendar's new year: the Chinese one at the second new moon after the
            # solstice, Iran's at the equinox, the Jewish one as Rosh Hashanah; only the year of
            # a calendar the tables do not work out.
            Example("Travel peaked over the Lunar New Year holiday.", "2025-01-29", span="Lunar New Year"),
            Example("Markets will close for Chinese New Year.", "2026-02-17", span="Chinese New Year"),
            # (Vietnam counts the days at UTC+7: its new year of 2007 came a day before China's.)
            Example(
                "Hanoi was quiet on Vietnamese New Year 2007.", "2007-02-17", span="Vietnamese New Year 2007"
            ),
            Example("Iranians celebrated Nowruz.", "2025-03-21", span="Nowruz"),
            Example("Offices will close for the Persian New Year.", "2026-03-21", span="Persian New Year"),
            Example("The Jewish New Year begins at sundown.", "2025-09-23", span="Jewish New Year"),
            Example("Bangkok emptied for the Thai New Year.", "2025-04-13", span="Thai New Year"),
            Example("Pilgrims gathered for the Tibetan New Year.", "2025", span="Tibetan New Year"),
            Example("The truce of Christmas of 1914 was brief.", "1914-12-25", span="Christmas of 1914"),
            Example("Shoppers queued on Black Friday.", "2024-11-29", span="Black Friday"),
            Example("Online sales peaked on Cyber Monday 2023.", "2023-11-27", span="Cyber Monday 2023"),
            Example("Fireworks lit the sky on Bonfire Night.", "2024-11-05", span="Bonfire Night"),
            Example("Pancakes were served on Shrove Tuesday 2024.", "2024-02-13", span="Shrove Tuesday 2024"),
            Example(
                "On Easter Tuesday 1916 the rebels still held the post office.",
                "1916-04-25",
                span="Easter Tuesday 1916",
            ),
            # A named day, not the Tuesday of the week: the first Tuesday of March.
            Example(
                "Candidates will campaign hard before Super Tuesday.",
                "2024-03-05",
                span="Super Tuesday",
                dct="2024-02-20",
            ),
            Example("Super Tuesday 2016 went to Clinton.", "2016-03-01", span="Super Tuesday 2016"),
            Example(
                "Wreaths were laid on Remembrance Sunday 2024.", "2024-11-10", span="Remembrance Sunday 2024"
            ),
            # The weekend next to a holiday: before a Monday or a Sunday, after a Thursday.
            Example("Roads were jammed on Labor Day weekend.", "2024-W35-WE", span="Labor Day weekend"),
            Example("Stores opened over the Easter weekend.", "2025-W16-WE", span="the Easter weekend"),
            Example(
                "Sales rose over Thanksgiving weekend 2024.", "2024-W48-WE", span="Thanksgiving weekend 2024"
            ),
            # The week that holds the day, as "the week of June 9".
            Example(
                "Airports expect record crowds the week of Thanksgiving.",
                "2025-W48",
                span="the week of Thanksgiving",
            ),
            Example("Shops close the week of Christmas 2025.", "2025-W52", span="the week of Christmas 2025"),
            Example("Caesar was killed on the Ides of March.", "2025-03-15", span="the Ides of March"),
            Example(
                "Caesar was killed on the Ides of March, 44 BC.",
                "BC0044-03-15",
                span="the Ides of March, 44 BC",
            ),
            Example(
                "Charlemagne was crowned on Christmas Day, AD 800.",
                "0800-12-25",
                span="Christmas Day, AD 800",
            ),
            # A year of three digits where the sentence or clause ends on it: no count.
            Example("Charlemagne was crowned on Christmas Day 800.", "0800-12-25", span="Christmas Day 800"),
            Example(
                "The abbey burned at Michaelmas 870, and the monks fled.", "0870-09-29", span="Michaelmas 870"
            ),
            # ... but a number before a noun counts the noun.
            Example("At Christmas 800 pilgrims came to the shrine.", "2024-12-25", span="Christmas"),
            Example("On Christmas Day 300 British troops landed.", "2024-12-25", span="Christmas Day"),
            # A movable feast of an early year: only that year is sure.
            Example("The crucifixion is dated to Easter, 30 AD.", "0030", span="Easter, 30 AD"),
            # A day of one year only.
            Example("Veterans of D-Day gathered in Normandy.", "1944-06-06", span="D-Day"),
            Example(
                "The school burned on Dec. 1, 1958. That Christmas the children sang in the gym.",
                "1958-12-25",
                span="That Christmas",
            ),
            Example("Crowds filled the streets on VE Day.", "1945-05-08", span="VE Day"),
            Example(
                "Protesters prayed as Easter week began.", "2025-W16", span="Easter week", dct="2025-04-14"
            ),
            # Feasts of the Jewish calendar, on the days that calendar gives them.
            Example("Egypt attacked on Yom Kippur 1973.", "1973-10-06", span="Yom Kippur 1973"),
            Example("Families gathered for Passover 2024.", "2024-04-23", span="Passover 2024"),
            Example("Markets close for Rosh Hashanah.", "2025-09-23", span="Rosh Hashanah"),
            Example("The menorah is lit on the first night of Hanukkah.", "2025-12-15", span="Hanukkah"),
            Example("Hanukkah 2024 began on Christmas Day.", "2024-12-26", span="Hanukkah 2024"),
            Example("Children dressed up for Purim.", "2025-03-14", span="Purim"),
            # Feasts of the Hijri calendar (as Saudi Arabia reckons it) and Diwali, by the new moons.
            Example("Muslims marked Eid al-Fitr 2023 with prayers.", "2023-04-21", span="Eid al-Fitr 2023"),
            Example(
                "Pilgrims will gather before Eid al-Adha.", "2024-06-16", span="Eid al-Adha", dct="2024-06-10"
            ),
            Example(
                "Eid-ul-Adha prayers were held in Lahore.", "2024-06-16", span="Eid-ul-Adha", dct="2024-06-20"
            ),
            Example("Homes were lit for Diwali.", "2023-11-12", span="Diwali", dct="2023-11-20"),
            Example("Deepavali 2017 fell on a Thursday.", "2017-10-19", span="Deepavali 2017"),
            # The Orthodox churches' Easter, by the Julian reckoning, and their Christmas.
            Example("Orthodox Easter 2024 came five weeks late.", "2024-05-05", span="Orthodox Easter 2024"),
            Example("Russians marked Orthodox Christmas.", "2025-01-07", span="Orthodox Christmas"),
            # Super Tuesday on the day the states held it (2008's in February).
            Example(
                "Obama and Clinton fought to a draw on Super Tuesday.",
                "2008-02-05",
                span="Super Tuesday",
                dct="2008-02-06",
            ),
            # The days the United Nations keeps.
            Example(
                "Thousands marched in Kabul to mark International Women's Day.",
                "2025-03-08",
                span="International Women's Day",
                dct="2025-03-10",
            ),
            Example("Activists gathered on World AIDS Day.", "2024-12-01", span="World AIDS Day"),
            # Names written without their apostrophe.
            Example("Florists are busy before Mothers Day.", "2025-05-11", span="Mothers Day"),
            Example("The party will be held on New Years Eve.", "2025-12-31", span="New Years Eve"),
            Example("Shops opened early on April Fools Day.", "2025-04-01", span="April Fools Day"),
            # The feasts a medieval history dates by.
            Example("The lords were attainted at Michaelmas 1459.", "1459-09-29", span="Michaelmas 1459"),
            Example("The rents fell due at Lady Day 1450.", "1450-03-25", span="Lady Day 1450"),
            Example(
                "On St Crispin's Day, 25 October 1415, the English won at Agincourt.",
                "1415-10-25",
                span="St Crispin's Day, 25 October 1415",
            ),
        ),
        negatives=(
            "In the summer Taylor moved his army to Corpus Christi.",
            "Sherman offered Lincoln the city as a Christmas gift.",
            "Adwa Victory Day is a public holiday in Ethiopia.",
            "He was knighted in the New Year Honours list.",
            "Israelis marked Holocaust Remembrance Day.",
            "The Good Friday Agreement was signed in Belfast.",
            "Mitchell brokered the 1998 Good Friday accord in Northern Ireland.",
            "Crowds marked Lebanon's Independence Day.",
            "Israel celebrates Independence Day each spring according to the Hebrew calendar.",
            "Tanks rolled down the avenue for the Republic Day parade.",
            "a victory day for the team",
            "It was the wettest May day on record.",
            'The song "White Christmas" was played as the signal to leave.',
            "Sales fell on D-Day 1943.",
            "On 21 May, D-Day for Operation Sutton, the brigade landed at San Carlos.",
            "17 September (D-Day): the first lift landed near Arnhem.",
            "She was born on 9/11/1975.",
            "He made 9/11 shots from the floor.",
            "Celtic won 2-0 at Easter Road.",
            "The hotel's Christmas tree went up on the lawn.",
            "The church invites the public to its Christmas cantata at 6 p.m. Dec. 15.",
            "The Easter egg hunt drew 300 children.",
            "Each Halloween costume costs $40.",
            "Flights to Christmas Island were cancelled.",
            "Volunteers counted 3,000 owls in the group's Christmas Bird Count.",
            "The Yom Kippur War began in October 1973.",
            "She bought new clothes for the eid al-fitr holiday's rush.",
            "The Diwali lights were switched on.",
            "He came up to Oxford for the Michaelmas term.",
        ),
        case_sensitive=False,
    ),
    Rule(
        name="holiday.the_fourth",
        type="DATE",
        # "the president will have it by the Fourth": American speech's Independence Day, the word
        # capitalised after a preposition and at a clause's end or before the holiday's nouns (not
        # "the Fourth Amendment", "the Fourth Estate", "the fourth of five").
        pattern=(
            r"(?:(?<=\bby\s)|(?<=\bon\s)|(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\bover\s)"
            r"|(?<=\bfor\s)|(?<=\bsince\s)|(?<=\btill\s))the (?-i:Fourth)"
            r"(?=\s*[,.;:!?\"”’)]|\s+(?:holiday|weekend|celebrations?|fireworks|parades?|recess)\b"
            # ... or where it is kept: "Fireworks are planned for the Fourth at Veterans Park".
            r"|\s+(?:at|in)\s+(?-i:[A-Z]))"
        ),
        parse=_the_fourth,
        examples=(
            Example(
                '"We\'ll get it done, and the president will have it by the Fourth," Thune said.',
                "2025-07-04",
                span="the Fourth",
                dct="2025-06-27",
            ),
            Example("Congress leaves town for the Fourth recess.", "2025-07-04", span="the Fourth"),
            Example(
                "Fireworks are planned for the Fourth at Veterans Park.", "2025-07-04", span="the Fourth"
            ),
            Example("Every town in the county has a parade on the Fourth.", "2025-07-04", span="the Fourth"),
        ),
        negatives=("The case turns on the Fourth Amendment.", "He finished after the fourth, exhausted."),
        # (Over the day of the month its capital would otherwise be: "a parade on the Fourth.")
        priority=3,
    ),
    Rule(
        name="holiday.equinox_or_solstice",
        type="DATE",
        pattern=(
            r"(?:the (?:{year4:year} )?)?"
            r"(?:(?P<equinox>spring|vernal|autumnal|autumn|fall|March|September) equinox"
            r"|(?P<solstice>summer|winter|June|December) solstice"
            # (Not "the first day of spring training", "of summer camp", "of the spring term".)
            r"|(?<=\bthe\s)first (?:official )?day of (?P<opens>spring|summer|autumn|fall|winter)"
            r"(?! (?:training|camp|term|semester|session|classes|school|break|sales?|collections?)\b))"
            r"(?:,? (?:of |in )?{year4:year2}(?![0-9]))?"
        ),
        parse=_equinox_or_solstice,
        examples=(
            Example(
                "Druids will gather at Stonehenge for the summer solstice.",
                "2025-06-21",
                span="the summer solstice",
            ),
            Example("The winter solstice falls on a Saturday.", "2025-12-21", span="The winter solstice"),
            Example(
                "The vernal equinox of 2024 came on March 20.",
                "2024-03-20",
                span="The vernal equinox of 2024",
            ),
            Example("Tuesday is the autumnal equinox.", "2025-09-22", span="the autumnal equinox"),
            Example(
                "The first day of spring is Wednesday.",
                "2024-03-20",
                span="The first day of spring",
                dct="2024-03-14",
            ),
            Example("Skiers wait for the first day of winter.", "2025-12-21", span="the first day of winter"),
        ),
        negatives=(
            "The team opened the first day of spring training in Florida.",
            "She joined Equinox, the gym chain.",
            "The solstice parade drew crowds.",
            "Summer sales began early.",
        ),
    ),
    Rule(
        name="holiday.kept_as",
        type="DATE",
        # The name a day is kept under, after the verb that says so: capitalised words and "Day".
        pattern=(
            # (First, what the name can start with: a position that cannot start one fails at its
            # first character, before the look-behinds are tried.)
            r"(?=(?-i:[A-Z]|the ))"
            # (One fixed-width look-behind per verb: "\s", as a space in a pattern is "\s+".)
            + after_one_of(
                *(rf"{verb}\sas" for verb in ("celebrated", "observed", "commemorated", "kept", "honoured"))
            )
            + r"(?:the )?(?-i:(?:[A-Z][a-z]+ ){1,3}Day)\b"
        ),
        parse=_kept_as,
        examples=(
            Example(
                "The day is commemorated as Martyred Intellectuals Day.",
                "XXXX-XX-XX",
                span="Martyred Intellectuals Day",
            ),
            Example(
                "Since 1972, 14 December has been commemorated as Martyred Intellectuals Day.",
                "XXXX-12-14",
                span="Martyred Intellectuals Day",
            ),
        ),
        negatives=("The hall was celebrated as a wonder of the age.", "He was honoured as Man of the Day."),
    ),
    Rule(
        name="holiday.numbered_day",
        type="DATE",
        pattern=(
            # After a word that names a time ("since 9/11", "post-9/11", "the 9/11 ...") and not
            # before a tally's words, or before the event's own noun ("7/7 bombings").
            "(?:"
            + after_one_of("the", "since", "after", "before", "of", "until")
            + r"|(?<=\bpost-)|(?<=\bpre-))"
            + rf"(?P<name>{_NUMBERED_DAY})(?![/.][0-9])"
            + _TALLY_AFTER
            + rf"|(?P<name_event>{_NUMBERED_DAY}){_EVENT_AFTER}"
            # ... and with the month's name: "the Sept. 11 attacks", "the attacks of September 11".
            # (In the plural: "the Sept. 11 attack on the consulate" is another year's.)
            # ("the September 11th attacks": its ordinal too.)
            + r"|{month:event_month} {day:event_day}(?:st|nd|rd|th)?(?!,? [0-9])"
            + _EVENT_AFTER_NAMED_MONTH
            + r"|(?:(?<=\battacks\sof\s)|(?<=\bbombings\sof\s)){month:event_month2} {day:event_day2}(?!,? [0-9])"
        ),
        parse=_numbered_day,
        examples=(
            Example("Airport security has tightened since 9/11.", "2001-09-11", span="9/11"),
            Example("The 9/11 attacks killed nearly 3,000 people.", "2001-09-11", span="9/11"),
            Example("He wrote about post-9/11 America.", "2001-09-11", span="post-9/11", mod="AFTER"),
            Example("The 7/7 bombings killed 52 people in London.", "2005-07-07", span="7/7"),
            Example("Security tightened after the Sept. 11 attacks.", "2001-09-11", span="Sept. 11"),
            Example("The attacks of September 11 changed everything.", "2001-09-11", span="September 11"),
            Example(
                "Stocks fell the most since the September 11th attacks.", "2001-09-11", span="September 11th"
            ),
            Example("The July 7 bombings killed 52 people.", "2005-07-07", span="July 7"),
        ),
        negatives=(
            "He made 9/11 shots from the floor.",
            "She went 7/7 from the free-throw line.",
            "She was born on 9/11/1975.",
            "The shop is open 24/7.",
            "He hit 9/11 of his shots.",
            "The Sept. 12 attacks on the convoy killed four.",
            "The Sept. 11 attack on the consulate killed four Americans.",
        ),
        # (Over the plain day of a month, "Sept. 11", that the same words are.)
        priority=3,
    ),
)
