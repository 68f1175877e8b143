"""Sets (recurrences): "every Monday", "daily", "twice a year", "each morning"."""

from __future__ import annotations

import re

from dateline.lexicon import lexicon_for
from dateline.lexicon.en import PARTS_OF_DAY, SEASONS
from dateline.partial import PartialTime, format_duration
from dateline.rules.base import Example, Rule, RuleMatch, after_one_of
from dateline.rules.en.durations import FRACTIONS, share_or_count_before

_LEXICON = lexicon_for("en")
_ADVERBS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "fortnightly": "P2W",
    "biennially": "P2Y", "half-yearly": "P6M", "half-hourly": "PT30M",
    # (The adjectives of "on an annual basis".)
    "annual": "P1Y", "semiannual": "P6M", "semi-annual": "P6M",
}  # fmt: skip
_PERIOD_OF_UNIT = {
    "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "quarter": "P3M",
    "hour": "PT1H", "minute": "PT1M", "decade": "P10Y", "century": "P100Y", "night": "P1D", "weekend": "P1WE",
    "fortnight": "P2W",
}  # fmt: skip
_TIMES = {"once": 1, "twice": 2, "thrice": 3}


#: The ordinals that pick a weekday of a month ("the second Tuesday", "the last Friday").
_NTH = r"first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th"


def _weekday_of_month(match: RuleMatch) -> PartialTime | None:
    """ "every 2nd Tuesday of the month", "the first Monday of each month": the weekday, once a
    month. TimeML 1.2.1 has no value for the week of a month ("XXXX-XX-WXX-2" fits no xsd
    pattern), so the SET is the weekday's, with ``freq`` 1M: once in each month."""
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    if weekday is None:
        return None
    text, start = match.match.string, match.match.start()
    if match.has("the_month") and not _HABIT_OF_THE_MONTH_BEFORE.search(text, max(0, start - 60), start):
        return None  # "He left on the second Tuesday of the month": one day
    return PartialTime(
        kind="set", value=f"XXXX-WXX-{weekday + 1}", quant="EVERY", freq="2X" if match.has("pair") else "1M"
    )


#: A habit of the present before "the first Saturday of the month": "is open ", "usually offered
#: only on ", "meets ".
_HABIT_OF_THE_MONTH_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:usually\s+|typically\s+|normally\s+|only\s+)*(?:open|held|offered|closed)\b[^.;:!?]{0,30}\Z"
    r"|\b(?:usually|typically|normally|always|generally)\b[^.;:!?]{0,40}\Z"
    r"|\b(?:meets|meet|opens|gathers|runs)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)


def _adverb(match: RuleMatch) -> PartialTime | None:
    written = match.group("adverb") or match.group("quarterly") or ""
    if written in ("Daily", "Weekly") and _NAME_BEFORE.search(
        match.match.string, max(0, match.match.start() - 30), match.match.start()
    ):
        return None  # "the China Daily", "Publishers Weekly": a paper's name
    text = match.match.string
    if (
        written.lower() in ("daily", "weekly", "monthly")
        and _PAPER_BEFORE.search(text, max(0, match.match.start() - 30), match.match.start())
        and not _RECIPIENT_BEFORE.search(text, max(0, match.match.start() - 30), match.match.start())
        and _CLAUSE_ENDS_AFTER.match(text, match.match.end())
    ):
        return None  # "her first poem appeared in a provincial weekly": a paper, no recurrence
    if share_or_count_before(text, match.match.start()) and not _NOUN_AFTER.match(text, match.match.end()):
        # "revenue will rise 20% annually", "10,000 units annually": a rate (not "40 daily
        # sorties", the adjective of what is counted).
        return None
    report_noun = _REPORT_NOUN_AFTER.match(text, match.match.end())
    if report_noun is not None and not (
        # ("the weekly cabinet meeting": a meeting held every week; "the daily trading session" is
        # a market's day.)
        report_noun.group("noun").lower().startswith("meeting")
        or (written.lower() != "daily" and report_noun.group("noun").lower().startswith("session"))
    ):
        # "its monthly jobs report", "the weekly trade figures": the name of a publication, no
        # recurrence told (as "the quarterly dividend").
        return None
    return PartialTime(kind="set", value=_ADVERBS[written.lower()], freq="1X")


#: "a" and an adjective right before a paper's "weekly": "in a provincial ", "a leading Catholic ".
#: ("her first story appeared in a Manchester weekly": a place's paper.)
_PAPER_BEFORE = re.compile(
    r"\b(?:in|for|of|to|by)\s+an?\s+(?:(?![a-z]+ed\s)(?:[a-z]+|(?-i:[A-Z][a-z]+))\s+){1,2}\Z"
)
#: ... but not someone or somewhere a thing goes to every so often: "sends readings to a nurse weekly".
_RECIPIENT_BEFORE = re.compile(
    r"\ban?\s+(?:doctor|nurse|physician|lab|laboratory|clinic|hospital|pharmacist|therapist|counselor"
    r"|counsellor|caseworker|officer|supervisor|teacher|coach|server|database|specialist|dentist)\s+\Z",
    re.IGNORECASE,
)
#: ... and the end of the noun phrase right after it.
_CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;:)]|$|\s(?:and|in|with|of|that|which|where)\b)")
#: A noun of figures or meetings one word after an adverb of frequency: "monthly jobs report".
_REPORT_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|the|a|an|its|their|in|on|at|by|of|for|to|with)\b)[a-z]+\s+"
    r"(?P<noun>reports?|figures|data|survey|statistics|meetings?|sessions?)\b"
)
#: A noun right after an adverb of frequency, which makes it the noun's adjective.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|by|for|through|since|until|over|to|from|and|or|but|with|during|than|as|"
    r"the|a|an|this|that|its|their|his|her)\b)[a-z]"
)
#: A capitalised word just before: the name a capitalised "Daily" ends.
#: (Not a sentence's last word: "He left Friday. Weekly claims rose.")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’&.-]*(?<!\.)\s\Z")


#: What stands before the adjective of "on a quarterly basis": its article, not after a figure.
_BASIS_ARTICLE = re.compile(r"(?<!%\son)(?<!cent\son)\s+an?\s+$", re.IGNORECASE)


def _basis(match: RuleMatch) -> PartialTime | None:
    """ "on a quarterly basis": a set; "rose 0.3% on a monthly basis" compares, month on month."""
    start = match.match.start()
    if _BASIS_ARTICLE.search(match.match.string, max(0, start - 16), start) is None:
        return None
    return _adverb(match)


def _working_days(part_word: str | None) -> PartialTime:
    """ "every weekday", "on weekdays", "on weekday mornings": the five working days of each week.
    TimeML 1.2.1 writes one weekday (XXXX-WXX-1) or the weekend (XXXX-WXX-WE), and no value names
    Monday to Friday, so the set is the one "five days a week" is (set.units_per): five days of
    every week. A part of those days is that part of every day ("XXXX-XX-XXTMO"), as "every
    morning" is: the value has no room for the week it recurs in."""
    part = (part_word or "").lower().removesuffix("s")
    if part:
        return PartialTime(kind="set", value=f"XXXX-XX-XXT{PARTS_OF_DAY[part]}", quant="EVERY")
    return PartialTime(kind="set", value="P1W", freq="5D", quant="EVERY")


#: A sum "for each" unit: a rate of pay, no set of times ("$25,000 for each year of imprisonment",
#: "for each year he spent in prison").
_SUM_FOR_BEFORE = re.compile(r"[$£€][0-9][0-9,.]*(?:\s+(?:million|billion))?\s+(?:for|per)\s+\Z")


def _sum_for_each(match: RuleMatch) -> bool:
    text = match.match.string
    return bool(_SUM_FOR_BEFORE.search(text, max(0, match.match.start() - 24), match.match.start()))


def _every(match: RuleMatch) -> PartialTime | None:
    weekday_word = match.group("weekday")
    # ("each year" is quant EACH, as TimeBank writes it.)
    quant = "EACH" if match.text[:4].lower() == "each" else "EVERY"
    if match.has("weekends"):
        # "on weekend mornings": that part of each weekend day.
        part = (match.group("weekdays_part") or "").lower().removesuffix("s")
        time = f"T{PARTS_OF_DAY[part]}" if part else ""
        return PartialTime(kind="set", value=f"XXXX-WXX-WE{time}", quant=quant)
    if match.has("weekdays"):
        return _working_days(match.group("weekdays_part"))
    if match.has("weeknights"):
        return _working_days("nights")
    if weekday_word is not None:
        weekday = _LEXICON.weekday(weekday_word.rstrip("s"))
        if weekday is None:
            return None
        # "every Tuesday evening", "on Sunday mornings": the part of each such day.
        weekday_part = (match.group("weekday_part") or "").lower().removesuffix("s")
        time = f"T{PARTS_OF_DAY[weekday_part]}" if weekday_part else ""
        return PartialTime(kind="set", value=f"XXXX-WXX-{weekday + 1}{time}", quant=quant)
    part = match.group("part")
    if part is not None:
        return PartialTime(kind="set", value=f"XXXX-XX-XXT{PARTS_OF_DAY[part.lower()]}", quant=quant)
    season_word = match.group("season")
    if season_word is not None:  # "every summer": the season of every year
        return PartialTime(kind="set", value=f"XXXX-{SEASONS[season_word.lower()]}", quant=quant)
    month_word = match.group("month")
    if month_word is not None:  # "each July": the month of every year
        month = _LEXICON.month(month_word)
        return None if month is None else PartialTime(kind="set", value=f"XXXX-{month:02d}", quant=quant)
    unit = (match.group("unit") or "").lower()
    amount_text = match.group("amount")
    if match.has("few"):  # "every few weeks", "every 4 to 6 hours": an unknown number of them
        letter = _LEXICON.unit(unit)
        if letter is None:
            return None
        return PartialTime(kind="set", value=format_duration([(None, letter)]), quant=quant)
    if amount_text is not None:
        amount = _LEXICON.number(amount_text)
        letter = _LEXICON.unit(unit)
        if amount is None or letter is None:
            return None
        # ("every 4 1/2 hours", "every two and a half years".)
        fraction = (
            FRACTIONS[match.group("fraction")]
            if match.has("fraction")
            else 0.5
            if match.has("and_half")
            else 0
        )
        return PartialTime(kind="set", value=format_duration([(amount + fraction, letter)]), quant=quant)
    period = _PERIOD_OF_UNIT.get(unit)
    if period is None:
        return None
    return PartialTime(kind="set", value=period, quant=quant)


#: The verbs of opening hours and of work a set of days may follow without "on": "closed
#: weekends", "works weekdays".
_HOURS_VERBS = (
    "open", "opens", "closed", "closes", "work", "works", "worked", "working",
    # A timetable's days: "Trains run Saturdays and Sundays", "The show airs Fridays".
    "run", "runs", "air", "airs", "meet", "meets", "operate", "operates", "sail", "sails", "play", "plays",
    # ... and what is held or offered on them: "Story time is held Tuesday mornings".
    "held", "offered", "served",
    # ... and what is played or performed on them: "Bingo is played Thursday afternoons", "he still
    # played Thursday nights at a club".
    "played", "performed",
    # ... and work that goes on through them: "Work will continue weeknights from 8 p.m.".
    "continue", "continues", "resume", "resumes",
)  # fmt: skip
#: ... as look-behinds of a pattern (one fixed-width look-behind per word).
_HOURS_VERB_BEFORE = "".join(rf"|(?<=\b{verb}\s)" for verb in _HOURS_VERBS)

#: The parts of every day a list opens with: "open evenings and weekends".
_PARTS_AND_BEFORE = "".join(
    rf"|(?<=\b{part}\sand\s)" for part in ("mornings", "afternoons", "evenings", "nights")
)

#: The parts of the days of a set, after the days: "weekday mornings", "weekend nights".
_PARTS_AFTER = r" (?:mornings|afternoons|evenings|nights)\b"

#: "on", and the days of a list it opens before the one read: "on ", "on Mondays, Wednesdays
#: and ", "on Monday and ".
_ON_WEEKDAYS_BEFORE = re.compile(
    rf"\b(?:[Oo]n|{'|'.join(_HOURS_VERBS)})\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:,\s+|\s+(?:and|or)\s+))*$"
    # ... or the end of a span of days ("Tuesdays through Saturdays"), or an exception to every
    # day ("nightly except Sundays", "four days a week, with Fridays off").
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days(?:\s+(?:through|thru|to)\s+|-|–)$|\b(?:except|with)\s+$"
    # ... or the start of its sentence: "Saturdays are busy".
    r"|(?:\A|[.!?]\s|\n)$"
)


def _weekday_plural(match: RuleMatch) -> PartialTime | None:
    """ "on Sundays", "on Friday nights", and each day of a list that "on" opens: "on Saturdays and
    Sundays", "on Monday and Tuesday nights" (the plural of the last day makes the list a set)."""
    text, start = match.match.string, match.match.start()
    if (
        match.has("weekday")
        and not _ON_WEEKDAYS_BEFORE.search(text, max(0, start - 80), start)
        # ("Story time moves to Wednesday mornings": the days it moves to, every one of them.)
        and not text.endswith("to ", max(0, start - 3), start)
        # ("with evening shows Fridays and Saturdays": a weekday said in the plural is every one of
        # it, after any word but one that counts or picks out some: "the past two Fridays".)
        and not (
            (match.group("weekday") or "").endswith("days")
            and _WORD_BEFORE.search(text, max(0, start - 20), start)
            and not _SOME_DAYS_BEFORE.search(text, max(0, start - 20), start)
        )
        # ("She spent Sunday afternoons at the lake": a weekday's part in the plural, after a word.)
        and not (
            match.has("weekday_part")
            and _WORD_BEFORE.search(text, max(0, start - 20), start)
            and not _SOME_DAYS_BEFORE.search(text, max(0, start - 20), start)
            # (Not the second of two days: "Police patrolled Friday and Saturday nights".)
            and not text.endswith(("day and ", "day or "), max(0, start - 8), start)
        )
    ):
        return None
    return _every(match)


#: A word in lower case just before (or a clock's "a.m.,": "from 8 p.m. to 6 a.m., Sundays through").
_WORD_BEFORE = re.compile(r"\b[a-z]+\.?[,:]?\s\Z")
#: A word that counts or picks out some of the days it goes before: "two Fridays", "those Sundays".
_SOME_DAYS_BEFORE = re.compile(
    r"\b(?:the|last|next|this|that|these|those|two|three|four|five|six|few|several|many|some|consecutive"
    r"|straight|successive|recent|past|previous|following|coming|first|other)\s\Z",
    re.IGNORECASE,
)


#: The owner of a timetable before its weekday: "its Saturday flights", "their Sunday service".
_TIMETABLE_OWNERS = ("its", "their", "our", "his", "her", "my", "your")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: What runs on that weekday of every week, after it (and the weekdays joined to it).
_TIMETABLE_NOUN_AFTER = (
    rf"(?=(?:,? (?:and|or) {_WEEKDAY}|, {_WEEKDAY})* (?:service|services|flights?|trains|sailings|departures"
    r"|runs|editions?|shows|broadcasts|classes|sessions|masses|deliveries|collections?|pickups?|routes"
    r"|buses|hours|schedule)\b)"
)
#: The owner and the weekdays of a timetable before the second (or later) of its weekdays.
_TIMETABLE_DAYS_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_TIMETABLE_OWNERS)}) {_WEEKDAY}(?:(?:,? (?:and|or) |, ){_WEEKDAY})*(?:,? (?:and|or) |, )\Z"
)


def _timetable_weekday(match: RuleMatch) -> PartialTime | None:
    """ "its Saturday flights", "their Tuesday and Thursday service": the weekday of a timetable,
    every one of it (after its owner, or after the weekdays that follow the owner)."""
    text, start = match.match.string, match.match.start()
    if (
        text[max(0, start - 4) : start] in ("and ", " or ") or text.endswith(", ", 0, start)
    ) and not _TIMETABLE_DAYS_BEFORE.search(text, max(0, start - 80), start):
        return None
    return _every(match)


def _parts_of_days(match: RuleMatch) -> PartialTime | None:
    """ "works nights", "open evenings", "runs in the mornings": that part of every day."""
    part = (match.group("parts") or "").lower().removesuffix("s")
    code = PARTS_OF_DAY.get(part)
    return None if code is None else PartialTime(kind="set", value=f"XXXX-XX-XXT{code}", quant="EVERY")


#: The season of each plural: "winters" are every winter.
_SEASON_OF_PLURAL = {"winters": "WI", "summers": "SU", "springs": "SP", "autumns": "FA"}


def _seasons_spent(match: RuleMatch) -> PartialTime | None:
    """ "spent winters in Mesa": that season of every year."""
    season = _SEASON_OF_PLURAL.get((match.group("seasons") or "").lower())
    return None if season is None else PartialTime(kind="set", value=f"XXXX-{season}", quant="EVERY")


def _times_per(match: RuleMatch) -> PartialTime | None:
    if match.has("vague") or match.has("either"):
        # "several times a year": so many times in each year, the number unknown.
        unit = (match.group("unit") or "").lower()
        period = _PERIOD_OF_UNIT.get(unit) or _ADVERBS.get((match.group("unit_adverb") or "").lower())
        return None if period is None else PartialTime(kind="set", value=period, freq="XX")
    times_word = (match.group("times") or "").lower()
    count = _TIMES.get(times_word)
    if count is None:
        count = _LEXICON.number(times_word.replace(" times", "").strip())
    if match.has("amount"):
        # "once every 100 years", "twice every three months": so many times in each such period.
        amount = _LEXICON.number(match.group("amount") or "")
        letter = _LEXICON.unit((match.group("unit2") or "").lower())
        if count is None or amount is None or letter is None:
            return None
        return PartialTime(
            kind="set", value=format_duration([(amount, letter)]), freq=f"{count}X", quant="EVERY"
        )
    unit = (match.group("unit") or "").lower()
    # "twice yearly": the adverb's period.
    period = _PERIOD_OF_UNIT.get(unit) or _ADVERBS.get((match.group("unit_adverb") or "").lower())
    if count is None or period is None:
        return None
    return PartialTime(kind="set", value=period, freq=f"{count}X")


#: The letter a count of days (nights), weeks or months within a longer period is written in.
_FREQ_LETTER = {
    "days": "D", "nights": "D", "mornings": "D", "afternoons": "D", "evenings": "D", "weeks": "W", "months": "M",
    "hours": "H",
}  # fmt: skip


def _units_per(match: RuleMatch) -> PartialTime | None:
    """ "six days a week", "two nights a month", "nine months a year": on so many of the days
    (weeks, months) of each period, a frequency (a share of its days), not a length of time."""
    one = (match.group("count_one") or "").lower()
    count = 1 if one == "an" else _LEXICON.number(match.group("count") or one)
    unit = (match.group("unit") or match.group("unit_one") or "").lower()
    sub = (match.group("sub") or "").lower() or (match.group("sub_one") or "").lower() + "s"
    if unit == "night":
        unit = "day"  # "seven hours a night": a share of each day's night
    if (
        count is None
        or (sub in ("weeks", "months") and unit != "year")
        or (unit == "day" and sub != "hours")
        # ("an hour a day", not "an evening a week", which is no count of them.)
        or (one == "an" and sub != "hours")
    ):
        return None
    return PartialTime(
        kind="set",
        value=_PERIOD_OF_UNIT[unit],
        freq=f"{count}{_FREQ_LETTER[sub]}",
        mod="EQUAL_OR_MORE" if match.has("or_more") else None,
    )


def _every_any(match: RuleMatch) -> PartialTime | None:
    if _sum_for_each(match):
        return None
    if match.has("half_hour"):
        return PartialTime(kind="set", value="PT30M", quant="EVERY")
    unit = match.group("unit1")
    if unit is not None and unit.lower() == "weekend":
        # "every weekend": the weekend of each week, as "every Monday" is a day of each
        # (XXXX-WXX-WE, as "on weekends" writes it).
        return PartialTime(kind="set", value="XXXX-WXX-WE", quant="EVERY")
    if unit is not None:
        period = _PERIOD_OF_UNIT.get(unit.lower())
        quant = "EACH" if match.text[:4].lower() == "each" else "EVERY"
        return PartialTime(kind="set", value=period, quant=quant) if period else None
    return _every(match)


def _every_day_of_month(match: RuleMatch) -> PartialTime | None:
    """ "every 20 September", "each May 1", "every year on 14 June", "on 31 May each year": that
    day of every year."""
    month_word = (
        match.group("month")
        or match.group("month2")
        or match.group("month3")
        or match.group("month4")
        or match.group("month5")
    )
    month = _LEXICON.month(month_word or "")
    day = int(
        match.group("day")
        or match.group("day2")
        or match.group("day3")
        or match.group("day4")
        or match.group("day5")
        or 0
    )
    if month is None or not 1 <= day <= 31:
        return None
    return PartialTime(kind="set", value=f"XXXX-{month:02d}-{day:02d}", quant="EVERY")


def _day_of_every_month(match: RuleMatch) -> PartialTime | None:
    """ "the 1st of each month": that day of every month."""
    day = _LEXICON.ordinal(match.group("nth") or "")
    if day is None or not 1 <= day <= 31:
        return None
    return PartialTime(kind="set", value=f"XXXX-XX-{day:02d}", quant="EVERY")


def _alternate(match: RuleMatch) -> PartialTime | None:
    """ "every other week", "every second day", "on alternate days": once in two units."""
    weekday_word = match.group("weekday")
    if weekday_word is not None:
        # "every other Tuesday": the weekday, every second week.
        weekday = _LEXICON.weekday(weekday_word)
        # ("every other Wednesday evening": that part of the day too.)
        part = PARTS_OF_DAY.get((match.group("part") or "").lower())
        return (
            None
            if weekday is None
            else PartialTime(
                kind="set", value=f"XXXX-WXX-{weekday + 1}{'T' + part if part else ''}", quant="EVERY"
            )
        )
    quant = "EVERY" if match.has("every") else None
    unit = (match.group("unit") or match.group("units") or "").lower()
    if unit in _ALTERNATE_ODD_UNITS:
        return PartialTime(kind="set", value=_ALTERNATE_ODD_UNITS[unit], quant=quant)
    letter = _LEXICON.unit(unit)
    if letter is None:
        return None
    return PartialTime(kind="set", value=f"P2{letter}", quant=quant)


#: Units of "every other ..." with no letter of their own: a weekend is written ``WE`` (a duration's
#: unit in TimeML), and a night is a day's.
_ALTERNATE_ODD_UNITS = {"weekend": "P2WE", "night": "P2D"}


#: The Latin abbreviations of a prescription's frequency ("b.i.d.", "q6h"): how many times a day,
#: or every how many days; "q.h.s." (at bedtime) and "q.d." are once a day, "q.o.d." every other day.
_PRESCRIPTION_TIMES = {"bid": 2, "tid": 3, "qid": 4, "qd": 1, "qhs": 1}

#: A dose, a form or a route, after which an undotted "bid", "tid", "qd" is the frequency ("25 mg
#: PO bid", "1 tab tid"); elsewhere "bid" is the noun or the verb and "Tid" a name. Not the words
#: a headline's subject ends in as often ("Ford drops bid", "a PR bid", "Government caps bid").
_DOSE_OR_ROUTE = after_one_of(
    "mg", "mcg", "g", "ml", "unit", "units", "tab", "tabs", "tablet", "tablets", "capsule", "capsules",
    "puff", "puffs", "po", "iv", "im", "sc", "sq", "sl", "orally", "inhaled", "topically", "subcutaneously",
)  # fmt: skip

#: Words before a capitalised "BID" that make it a name or a noun ("the downtown BID", "a BID
#: levy"): a determiner or a possessive within the two words before it.
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|its|their|his|her|our|your|my|each|every|no)|'s)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z]{2,}\s+$")


def _prescription(match: RuleMatch) -> PartialTime | None:
    """ "b.i.d.", "25 mg PO bid", "Continue metoprolol BID": so many times a day, as "twice daily"
    is (``P1D``, freq ``2X``); "q.o.d." every other day, as "every other day" is (``P2D``); "qAM"
    every morning, as "every morning" is (``XXXX-XX-XXTMO``)."""
    if match.has("capital"):
        # A capitalised "BID" alone is the frequency after a drug's name, not in a line of
        # capitals (a headline: "ACME LOSES BID") nor after a determiner (a business district).
        before = match.match.string[max(0, match.match.start() - 40) : match.match.start()]
        if _NOUN_BEFORE.search(before) or _CAPITAL_WORD_BEFORE.search(before) or not before.strip():
            return None
    meridiem = match.group("meridiem") or match.group("meridiem_undotted")
    if meridiem is not None:
        # Dosed before noon, the morning; after it, the evening (a dose "q.p.m." is taken at night).
        part = "MO" if meridiem.lower().startswith("a") else "EV"
        return PartialTime(kind="set", value=f"XXXX-XX-XXT{part}", quant="EVERY")
    word = re.sub(r"[.\s]", "", match.text).lower()
    if word == "qod":
        return PartialTime(kind="set", value="P2D", quant="EVERY")
    return PartialTime(kind="set", value="P1D", freq=f"{_PRESCRIPTION_TIMES[word]}X")


def _every_hours(match: RuleMatch) -> PartialTime | None:
    """ "q6h", "q4-6h": every six hours, as "every 6 hours" is (``PT6H``); a range of hours is
    every so many, the number unknown (``PTXH``), as "4 to 6 hours" is a length of ``PTXH``."""
    if match.has("hours_to"):
        return PartialTime(kind="set", value="PTXH", quant="EVERY")
    return PartialTime(kind="set", value=f"PT{int(match.group('hours') or 0)}H", quant="EVERY")


def _most_parts(match: RuleMatch) -> PartialTime | None:
    """ "most mornings", "most weekends": most of every such time, a set."""
    word = (match.group("part") or "").lower()
    if word == "weekends":
        return PartialTime(kind="set", value="XXXX-WXX-WE")
    part = PARTS_OF_DAY.get(word.removesuffix("s"))
    return None if part is None else PartialTime(kind="set", value=f"XXXX-XX-XXT{part}")


RULES: tuple[Rule, ...] = (
    Rule(
        name="set.most_parts",
        type="SET",
        # "he stopped by the store most mornings", "works most weekends": a habit of most such
        # times (not "the most mornings", a count compared).
        pattern=r"(?<!\bthe\s)(?<![\w-])most (?P<part>mornings|afternoons|evenings|nights|weekends)\b",
        parse=_most_parts,
        examples=(
            Example("He stopped by the store most mornings.", "XXXX-XX-XXTMO", span="most mornings"),
            Example("She works most weekends.", "XXXX-WXX-WE", span="most weekends"),
        ),
        negatives=("It rained on the most mornings in a decade.",),
        # (After a verb of work, set.parts_of_days reads "worked most nights" the same way.)
        priority=-1,
    ),
    Rule(
        name="set.adverb",
        type="SET",
        # "quarterly" only as the adverb, where its clause ends or a preposition follows ("paid
        # quarterly in arrears"; not "quarterly results", "the quarterly dividend").
        # (Not a newspaper: "the French sports daily L'Equipe", "Japan's second-largest daily", "the
        # China Daily", "the daily said".)
        pattern=r"(?<!\bsports\s)(?<!\bbusiness\s)(?<!\bfinancial\s)(?<!\blargest\s)(?<!\bbiggest\s)"
        r"(?<!\bleading\s)(?<!\bpopular\s)(?<!\bnational\s)(?<!\bstate-run\s)(?<!\bofficial\s)(?<!\bevening\s)"
        # ("was editing a party daily", "a local daily".)
        r"(?<!\bparty\s)(?<!\blocal\s)(?<!\bregional\s)(?<!\bmorning\s)"
        # (Nor a figure's average: "the average daily volume"; but "average hourly earnings" is a
        # set, as TimeBank writes it.)
        # ("average weekly earnings", as "average hourly earnings".)
        r"(?:(?<!\baverage\s)|(?=(?:hourly|weekly|monthly)\s+(?:earnings|wages|pay|hours)\b))"
        r"(?:(?P<adverb>daily|weekly|fortnightly|monthly|annually|half-yearly|(?<!-)yearly|half-hourly|(?<!-)hourly|nightly|biweekly|semi-?annually|biannually|biennially)"
        # ("will report sales quarterly rather than monthly".)
        r"|(?P<quarterly>quarterly)(?=\s*[.,;:)]|\s*$|\s+(?:in|on|at|and|or|by|from|to|until|since|with|for|through|over|during"
        r"|rather\s+than|instead\s+of)\b))"
        # ("to hold weekly news conferences": a conference, each week; not "the weekly news".)
        r"(?! (?-i:[A-Z])\w)(?! (?:newspaper|paper|magazine|publication|[Nn]ews(?!\s+(?:conferences?|briefings?|bulletins?|broadcasts?|updates?)\b)|[Tt]elegraph|[Mm]ail(?!\s+(?:steamers?|boats?|ships?|coach(?:es)?|service|trains?|runs?)\b)|[Ee]xpress|[Hh]erald|average|basis|rate|limit|allowance|dose|report|(?<!weekly\s)(?<!monthly\s)session|sales|output|income|figures|volume|turnover|results|"
        # ("About 7 million daily riders": people of every day.)
        r"riders|commuters|passengers|users|readers|viewers|listeners))"
        r"(?!(?<=\bthe\sdaily)\s+(?:said|reported|quoted|cited|wrote|added))"
        # ("founded in 1850 as a weekly": a paper, no recurrence; "a daily rally" is one.)
        r"(?!(?:(?<=\ba\sdaily)|(?<=\ba\sweekly)|(?<=\ba\smonthly))\s*(?:[,.;:)]|$|\s+(?:and|or|in|with)\b))",
        parse=_adverb,
        examples=(
            Example("daily", "P1D", type="SET"),
            Example("The program sends readings to a nurse weekly.", "P1W", span="weekly"),
            Example("annually", "P1Y"),
            Example("The legislature convenes biennially.", "P2Y", span="biennially"),
            Example("The council meets fortnightly.", "P2W", span="fortnightly"),
            Example("The dividend is paid half-yearly.", "P6M", span="half-yearly"),
            Example("The shuttle will operate only half-hourly.", "PT30M", span="half-hourly"),
            Example("The index is rebalanced quarterly.", "P3M", span="quarterly"),
            Example("It will report sales quarterly rather than monthly.", "P3M", span="quarterly"),
            Example("He spoke at the weekly meeting of his cabinet.", "P1W", span="weekly"),
            Example("She chairs the monthly board meeting.", "P1M", span="monthly"),
            Example("They would hold daily meetings at the courthouse.", "P1D", span="daily"),
            Example("Average weekly earnings rose 1.4 percent.", "P1W", span="weekly"),
            Example("Exports fell on Friday. Weekly jobless claims rose.", "P1W", span="Weekly"),
            Example(
                "State television, which carries hourly news bulletins, said nothing.", "PT1H", span="hourly"
            ),
            Example("A weekly mail steamer from Curaçao was allowed through.", "P1W", span="weekly"),
        ),
        negatives=(
            "Quarterly results beat forecasts.",
            "The quarterly dividend is 20 cents.",
            "The Herald was founded in 1850 as a weekly.",
            "The Labor Department will release its monthly jobs report next Friday.",
            "Coach Aime Jacquet had been criticized by the French sports daily L'Equipe.",
            "The Asahi, Japan's second-largest daily, reported the deal.",
            "The English-language China Daily said the talks failed.",
            "Within weeks he was editing a party daily.",
            "Her first poem appeared in a provincial weekly.",
            "Her first story appeared in a Manchester weekly.",
            "Revenue is expected to rise 20% annually.",
            "The plant would produce about 10,000 units annually.",
            "The mill buys about 1.2m tonnes of pulp annually.",
            "Nasdaq's average daily volume fell.",
            "The average weekly volume rose.",
            "Stocks fell in the daily trading session.",
            "The bank publishes half-yearly results in August.",
            "About 7 million daily riders will have to find another way.",
        ),
    ),
    Rule(
        name="set.basis",
        type="SET",
        # "on a quarterly basis", "on an annual basis": the adverb ("quarterly") in the words of a
        # filing or a contract. The adjective alone is the timex, as TimeBank draws "on a [daily]
        # basis". After a figure it compares ("prices rose 0.3% on a monthly basis": month on month).
        pattern=r"(?P<adverb>daily|weekly|fortnightly|monthly|quarterly|annual|yearly|hourly|nightly|biweekly|semi-?annual)(?= basis\b)",
        parse=_basis,
        examples=(
            Example("The Servicer shall report on a quarterly basis.", "P3M", span="quarterly", type="SET"),
            Example("Fees are reviewed on an annual basis.", "P1Y", span="annual"),
        ),
        negatives=(
            "on a case-by-case basis",
            "on a regular basis",
            "on an annualized basis",
            "Prices rose 0.3% on a monthly basis.",
            "Output fell 2 percent on an annual basis.",
        ),
    ),
    Rule(
        name="set.every",
        type="SET",
        pattern=(
            # ("every single day", "every clear night", "each trading day": a day of each, as "every
            # day" is.)
            # ("71 guns, one for each year of the king's life": a count matched to the years, no set.)
            r"(?<!\bone\sfor\s)"
            r"(?:every|each) (?:(?:single|clear|cloudy|sunny|working|business|trading|school) (?=(?:day|night|morning|evening|afternoon|week)\b)"
            # ("Every single year.", "Every single March.")
            r"|single (?=(?:month|year|(?-i:January|February|March|April|May|June|July|August|September"
            r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b))?"
            # ("every 24 calendar months": counted on the calendar.)
            # ("every 4 1/2 hours", "every two and a half years": a fraction of the unit too.)
            r"(?:(?:(?P<amount>{number})(?:\s*(?P<fraction>(?<=\s)1/2|[½¼¾])|(?P<and_half>[ -]and[ -]a[ -]half))?|(?P<few>few|several|{number:range_from} (?:to|or) {number:range_to}|[0-9]{1,2}-[0-9]{1,2})) (?:calendar )?(?P<unit>days|weeks|months|years|hours|minutes|seconds|decades|centuries|hrs|(?-i:wks|mos|yrs))"
            # ("every weeknight": a weekday's night.)
            r"|(?P<weekdays>weekday(?!\w)|week(?=night\b))(?:\s*(?P<weekdays_part>morning|afternoon|evening|night))?"
            r"|{weekday}(?: (?P<weekday_part>morning|afternoon|evening|night))?|(?=(?-i:[A-Z])){month}(?! [0-9])|(?P<part>morning|afternoon|evening|night)|{season}"
            # "each calendar quarter", "each fiscal year": the periods of a contract or a filing.
            r"|(?:(?:calendar|fiscal) (?=(?:week|month|quarter|year)\b))?"
            # ("played every minute of the last 38 matches": all of the time, no recurrence.)
            r"(?P<unit1>day|week|fortnight|month|year|quarter|hour|minute(?!\s+of\b)|decade|century|night|weekend)"
            r"|(?P<half_hour>half[- ]hour))"
        ),
        parse=_every_any,
        examples=(
            Example(
                "A flight review is required every 24 calendar months.",
                "P24M",
                span="every 24 calendar months",
            ),
            Example('"We come back every year. Every single March."', "XXXX-03", span="Every single March"),
            Example("every Monday", "XXXX-WXX-1", type="SET"),
            Example("every morning", "XXXX-XX-XXTMO"),
            Example("each year", "P1Y"),
            Example(
                "Royalties are paid within 45 days after each calendar quarter.",
                "P3M",
                span="each calendar quarter",
            ),
            Example("The plan is audited each fiscal year.", "P1Y", span="each fiscal year"),
            Example("every two years", "P2Y"),
            Example("Such floods come every century or so.", "P100Y", span="every century"),
            Example("The comet returns every few centuries.", "PXY", span="every few centuries"),
            Example("He visits every few weeks.", "PXW", span="every few weeks"),
            # A range of counts: every so many, the number unknown, as "every few hours".
            Example("Two puffs every 4 to 6 hours as needed.", "PTXH", span="every 4 to 6 hours"),
            Example("Buses come every two or three days.", "PXD", span="every two or three days"),
            Example("Give 2 mg IV every 6 hrs as needed.", "PT6H", span="every 6 hrs"),
            Example("The drug is given every 4 1/2 hours.", "PT4H30M", span="every 4 1/2 hours"),
            Example("Elections come every two and a half years.", "P2Y6M", span="every two and a half years"),
            Example("The club meets every Tuesday evening.", "XXXX-WXX-2TEV", span="every Tuesday evening"),
            Example("Marchers parade each July through the town.", "XXXX-07", span="each July"),
            Example("Prices are reviewed every summer.", "XXXX-SU", span="every summer"),
            Example("The river floods each spring.", "XXXX-SP", span="each spring"),
            Example("Buses run every half hour.", "PT30M", span="every half hour"),
            # The working days: five days of every week (TimeML has no value for Monday to Friday).
            Example("The ferry sails every weekday.", "P1W", span="every weekday", type="SET"),
            Example("She swims each weekday morning.", "XXXX-XX-XXTMO", span="each weekday morning"),
            Example("Crews repave the bridge every weeknight.", "XXXX-XX-XXTNI", span="every weeknight"),
            Example("He ran every single day.", "P1D", span="every single day"),
            Example("They came back. Every single year.", "P1Y", span="Every single year"),
            Example("He observed every clear night.", "XXXX-XX-XXTNI", span="every clear night"),
            Example("The council empties the bins every fortnight.", "P2W", span="every fortnight"),
        ),
        negatives=(
            "A salute of 71 guns was fired, one for each year of the king's life.",
            "every May 1",
            "Each may choose a seat.",
            "The law caps such awards at $25,000 for each year of imprisonment.",
            "Doyle had played every minute of the club's last 38 league matches.",
        ),
        priority=2,
    ),
    Rule(
        name="set.every_day_of_month",
        type="SET",
        pattern=(
            r"(?:(?:every|each)(?: year,? on)? (?:{day}(?:st|nd|rd|th)? (?:of )?(?=(?-i:[A-Z])){month}"
            r"|(?=(?-i:[A-Z])){month:month2} {day:day2}(?:st|nd|rd|th)?)(?!,? [0-9])"
            r"|(?:{day:day3}(?:st|nd|rd|th)? (?:of )?(?=(?-i:[A-Z])){month:month3}"
            r"|(?=(?-i:[A-Z])){month:month4} {day:day4}(?:st|nd|rd|th)?) (?:of )?(?:every|each) year"
            # "payable on June 15 and December 15 of each year": the days before the last of a list
            # that "of each year" ends are days of every year too.
            r"|(?=(?-i:[A-Z])){month:month5} {day:day5}(?:st|nd|rd|th)?"
            # (A list of at most a dozen: the look-ahead from each day stays short.)
            r"(?=(?:,? (?:and )?(?-i:[A-Z])[a-z]+\.? [0-9][0-9]?(?:st|nd|rd|th)?){1,11} (?:of )?(?:every|each) year\b))"
        ),
        parse=_every_day_of_month,
        examples=(
            Example(
                "A service is held every 20 September at the Alma.",
                "XXXX-09-20",
                span="every 20 September",
                type="SET",
            ),
            Example("Workers march each May 1.", "XXXX-05-01", span="each May 1"),
            Example("Every 11 November the nation falls silent.", "XXXX-11-11", span="Every 11 November"),
            Example(
                "Every year on 14 June the islanders celebrate.", "XXXX-06-14", span="Every year on 14 June"
            ),
            Example("A service is held on 31 May each year.", "XXXX-05-31", span="31 May each year"),
            Example(
                "Interest is payable on June 15 and December 15 of each year.",
                "XXXX-06-15",
                span="June 15",
            ),
            Example(
                "Interest is payable on June 15 and December 15 of each year.",
                "XXXX-12-15",
                span="December 15 of each year",
            ),
        ),
        negatives=("every 20 September 1855", "each may 1", "June 15 and 16 of each year's harvest"),
        priority=3,
    ),
    Rule(
        name="set.parts_of_days",
        type="SET",
        # A part of the day in the plural after a preposition of habit or a verb of opening hours
        # or work: "works nights", "is open evenings", "runs in the mornings" (not "the mornings
        # were cold", "two nights").
        pattern=(
            r"(?:(?<=\bin\sthe\s)|(?<=\bat\s)|(?<=\bon\s)" + _HOURS_VERB_BEFORE + r")"
            # ("in the 1960s she worked most nights, too": most of them, after such a verb.)
            r"(?:(?<=\s)most (?=(?:mornings|afternoons|evenings|nights)\b(?:,|\s+too\b|\.)))?"
            r"(?P<parts>mornings|afternoons|evenings|nights)\b(?! (?:of|in|like|such|when|that|during|following)\b)"
            # (Before or after a bare noun they are of every day too, "in the mornings before
            # rehearsals", "in the evenings after dinner"; not "in the nights before the battle".)
            r"(?! (?:before|after) (?:the|an?|his|her|their|its|my|our|your|this|that|these|those|he|she|they|we|it|i"
            r"|[0-9]|[a-z]+['’]s)\b)"
        ),
        parse=_parts_of_days,
        examples=(
            Example("She works nights.", "XXXX-XX-XXTNI", span="nights", type="SET"),
            Example("The clinic is open evenings and weekends.", "XXXX-XX-XXTEV", span="evenings"),
            Example("He runs in the mornings.", "XXXX-XX-XXTMO", span="mornings"),
            Example("In the 1960s she worked most nights, too.", "XXXX-XX-XXTNI", span="most nights"),
            Example("He composed in the mornings before rehearsals.", "XXXX-XX-XXTMO", span="mornings"),
        ),
        negatives=(
            "The mornings were cold.",
            "They spent two nights in the cave.",
            "He wrote in the evenings of his last winter.",
            "On nights like these, we stay in.",
            "He slept little in the nights before the battle.",
        ),
    ),
    Rule(
        name="set.seasons_spent",
        type="SET",
        # A season in the plural that is spent somewhere, or that something is done in: "spent
        # winters in Mesa", "summers at the lake" after "spends" (not "two winters", counted).
        pattern=(
            r"(?:(?<=\bspent\s)|(?<=\bspend\s)|(?<=\bspends\s)|(?<=\bspending\s)|(?<=\bin\sthe\s)|(?<=\bduring\s)"
            # ("Pell spent his winters in Florida", "she spent her summers at Bar Harbor".)
            + "".join(
                rf"|(?<=\b{verb}\s{owner}\s)"
                # ("spending his winters in London and his summers in Newcastle".)
                for verb in ("spent", "spends", "spend", "spending", "passed", "and")
                for owner in ("his", "her")
            )
            # ("spends winters in Arizona and summers at a lake house": the second, after "and".)
            + r"|(?<=\bspent\stheir\s)|(?<=\bspend\stheir\s)|(?<=\band\s))"
            r"(?P<seasons>winters|summers|springs|autumns)\b(?= (?:in|at|on|with|abroad|away|there|here)\b"
            # ("where she spends winters - 'all of them'": at the end of its clause, after the verb;
            # each season's plural has seven letters.)
            r"|(?:(?<=\bspends\s[a-z]{7})|(?<=\bspend\s[a-z]{7})|(?<=\bspent\s[a-z]{7}))\s*[-–—,.;:])"
        ),
        parse=_seasons_spent,
        examples=(
            Example("He retired in 1993 and spent winters in Mesa.", "XXXX-WI", span="winters", type="SET"),
            Example("The family spends summers at the lake.", "XXXX-SU", span="summers"),
            Example("He spends summers in Maine and winters in Florida.", "XXXX-WI", span="winters"),
            Example("Pell spent his winters in Florida.", "XXXX-WI", span="winters"),
            Example("She lives in Florida, where she spends winters.", "XXXX-WI", span="winters"),
        ),
        negatives=("They spent two winters in the Arctic.", "The winters were harsh."),
    ),
    Rule(
        name="set.alternate",
        type="SET",
        pattern=(
            # ("switch to every-other-week recycling pickup": hyphened before its noun.)
            r"(?:(?P<every>every)(?: |-)(?:other|second)(?: |-)(?:(?P<unit>day|week|month|year|weekend|night)|{weekday}(?! of\b)(?: (?P<part>morning|afternoon|evening|night)\b)?)"
            r"|(?<=\bon\s)alternate (?P<units>days|weeks|months|years))"
        ),
        parse=_alternate,
        examples=(
            Example("We meet every other week.", "P2W", span="every other week", type="SET"),
            Example(
                "The city will switch to every-other-week recycling pickup.", "P2W", span="every-other-week"
            ),
            Example("Take one tablet every other day.", "P2D", span="every other day"),
            Example("The paper appeared every second month.", "P2M", span="every second month"),
            Example("He trained on alternate days.", "P2D", span="alternate days", type="SET"),
            Example("Bins are collected every other Tuesday.", "XXXX-WXX-2", span="every other Tuesday"),
            Example(
                "A teen book club will meet every other Wednesday evening.",
                "XXXX-WXX-3TEV",
                span="every other Wednesday evening",
            ),
            Example("He sees his children every other weekend.", "P2WE", span="every other weekend"),
            Example("The ferry sails every other night.", "P2D", span="every other night"),
        ),
        negatives=(
            "every other person",
            "They were shown alternate days of footage.",
            # The second Friday of each month, not every other Friday.
            "The club meets every second Friday of the month.",
        ),
        priority=3,
    ),
    Rule(
        name="set.day_of_month",
        type="SET",
        # A payment or a meeting on one day of every month: "on the 1st of each month", "the 15th
        # of every month". ("the 1st of the month" is one day, no set.)
        # ... and as leases and loan agreements write it: "the first day of each calendar month".
        # "the 1st and 15th day of each month": each day of the list is a set of its own.
        pattern=(
            r"(?:the |(?<=\band\s)(?=(?:[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word:listed_last})(?: day)? of "
            r"(?:each|every) ))(?P<nth>[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word})"
            r"(?:(?: day)? of (?:each|every) (?:calendar )?month\b"
            r"|(?= and (?:the )?(?:[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word:listed_next})(?: days?)? of "
            r"(?:each|every) (?:calendar )?month\b))"
        ),
        parse=_day_of_every_month,
        examples=(
            Example(
                "Rent shall be paid on the first day of each calendar month.",
                "XXXX-XX-01",
                span="the first day of each calendar month",
            ),
            Example(
                "Interest is payable on the fifteenth (15th) day of each month.",
                "XXXX-XX-15",
                span="the fifteenth (15th) day of each month",
            ),
            Example(
                "Payments are made on the 1st of each month.", "XXXX-XX-01", span="the 1st of each month"
            ),
            Example(
                "Rent falls due on the fifteenth of every month.",
                "XXXX-XX-15",
                span="the fifteenth of every month",
            ),
            Example("Wages are paid on the 1st and 15th day of each month.", "XXXX-XX-01", span="the 1st"),
            Example(
                "Wages are paid on the 1st and 15th day of each month.",
                "XXXX-XX-15",
                span="15th day of each month",
            ),
        ),
        negatives=("The rent was due on the 1st of the month.", "on the first day of the month"),
        priority=3,
    ),
    Rule(
        name="set.weekday_of_month",
        type="SET",
        # A club, a bin round, a board: "every 2nd Tuesday of the month", "the first Monday of
        # every month", "on the last Friday of each month". ("The first Monday of March" is one
        # day, no set.)
        pattern=(
            # ("The council meets the second and fourth Monday of each month": twice a month.)
            r"(?:(?:every|each)|(?P<the>the)) (?:" + _NTH + r")(?P<pair> (?:and|or|&) (?:" + _NTH + r"))? "
            r"{weekday}(?(pair)s?) of "
            # ("The food pantry is open the third Thursday of the month": "the month" after a
            # habit of the present, see _HABIT_OF_THE_MONTH_BEFORE.)
            r"(?(the)(?:each|every|(?P<the_month>the))|(?:the|each|every)) month"
        ),
        parse=_weekday_of_month,
        examples=(
            Example(
                "Book club: every 2nd Tuesday of the month",
                "XXXX-WXX-2",
                span="every 2nd Tuesday of the month",
            ),
            Example(
                "The board meets the first Monday of every month.",
                "XXXX-WXX-1",
                type="SET",
                span="the first Monday of every month",
            ),
            Example(
                "The council meets the second and fourth Monday of each month at City Hall.",
                "XXXX-WXX-1",
                span="the second and fourth Monday of each month",
            ),
            Example(
                "The food pantry is open the third Thursday of the month.",
                "XXXX-WXX-4",
                span="the third Thursday of the month",
            ),
            Example(
                "Rent is due on the last Friday of each month.",
                "XXXX-WXX-5",
                span="the last Friday of each month",
            ),
        ),
        negatives=(
            "The vote is on the first Monday of March.",
            "He left on the second Tuesday of the month.",
        ),
        priority=3,
    ),
    Rule(
        name="set.weekday_plural",
        type="SET",
        pattern=(
            # ... or a plural weekday that opens its sentence: "Saturdays are busy".
            r"(?:(?<=\bon\s)|(?<=\bOn\s)|(?<=[.!?]\s)|(?<![\s\S])|(?<=\n)|(?<=day\sand\s)|(?<=days\sand\s)|(?<=day\sor\s)|(?<=days\sor\s)|(?<=days,\s)"
            # "open Tuesdays through Saturdays", "nightly except Sundays".
            r"|(?<=days\sthrough\s)|(?<=days\sto\s)|(?<=days\sthru\s)|(?<=days-)|(?<=days–)|(?<=\bexcept\s)"
            # "four days a week, with Fridays off".
            r"|(?<=\bwith\s)"
            # "with evening shows Fridays and Saturdays": a plural after a word (see _weekday_plural).
            r"|(?:(?<=[a-z]\s)|(?<=[a-z]:\s))(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)"
            # ("Crews will work from 8 p.m. to 6 a.m., Sundays through Thursdays".)
            r"|(?<=,\s)(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)"
            # ("Story time moves to Wednesday mornings during the summer".)
            r"|(?<=\bto\s)(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:s\b| (?:mornings|afternoons|evenings|nights)\b))"
            # ("She spent Sunday afternoons at the lake", "He loved deer season, Saturday mornings at
            # the coffee shop": a weekday's part in the plural, every one.)
            r"|(?:(?<=[a-z]\s)|(?<=,\s))(?<!\band\s)(?<!\bor\s)(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day (?:mornings|afternoons|evenings|nights)\b)"
            # "closed Mondays", "works Sundays": after a verb of opening hours "on" may go unsaid.
            + _HOURS_VERB_BEFORE
            + r")(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
            r"(?:s|(?= (?:mornings|afternoons|evenings|nights)\b)))"
            # (Not the days of one week: "on Friday and Saturday nights last week".)
            r"(?!(?: (?:mornings|afternoons|evenings|nights))? (?:last|this|next|that|the same|the following|the previous) week\b)"
            r"(?: (?P<weekday_part>mornings|afternoons|evenings|nights))?"
            # "closed on weekends", British "at weekends": every weekend; "on weekdays", "on
            # weekday mornings": the working days (or that part of them). After a verb of opening
            # hours or work ("closed weekends", "works weekdays") "on" may go unsaid.
            # ("scheduled the full closures for weekends": what is planned for each of them.)
            r"|(?:(?<=\bon\s)|(?<=\bOn\s)|(?<=\bat\s)|(?<=\bAt\s)|(?<=\bfor\s)(?=weekends\b)"
            # ("The office is open 9 a.m. to 4 p.m. weekdays": after its hours.)
            r"|(?<=\b[ap]\.m\.\s)|(?<=[0-9][ap]m\s)" + _HOURS_VERB_BEFORE + _PARTS_AND_BEFORE + r")"
            r"(?:(?P<weekends>[Ww]eekends|[Ww]eekend(?=" + _PARTS_AFTER + r"))"
            r"|(?P<weekdays>[Ww]eekdays|[Ww]eekday(?=" + _PARTS_AFTER + r"))"
            # ("Work will continue weeknights from 8 p.m. to 6 a.m.": the nights of the working days.)
            r"|(?P<weeknights>[Ww]eeknights))"
            r"(?: (?P<weekdays_part>mornings|afternoons|evenings|nights))?\b"
        ),
        parse=_weekday_plural,
        examples=(
            Example("She spent Sunday afternoons at the lake.", "XXXX-WXX-7TAF", span="Sunday afternoons"),
            Example("open on Sundays", "XXXX-WXX-7", span="Sundays"),
            Example("The gym is open on Saturdays and Sundays.", "XXXX-WXX-7", span="Sundays"),
            Example("Flights leave on Monday and Tuesday nights.", "XXXX-WXX-2TNI", span="Tuesday nights"),
            Example("Classes run on Mondays, Wednesdays and Fridays.", "XXXX-WXX-3", span="Wednesdays"),
            Example("The band plays on Friday nights.", "XXXX-WXX-5TNI", span="Friday nights"),
            Example("The market is open Tuesdays and Saturdays.", "XXXX-WXX-6", span="Saturdays"),
            Example("Trains run Saturdays and Sundays.", "XXXX-WXX-7", span="Sundays"),
            Example("Bingo is played Thursday afternoons.", "XXXX-WXX-4TAF", span="Thursday afternoons"),
            Example("The office is open 9 a.m. to 4 p.m. weekdays.", "P1W", span="weekdays"),
            Example("The museum opens late. Saturdays are busy.", "XXXX-WXX-6", span="Saturdays"),
            Example("The museum is closed Mondays.", "XXXX-WXX-1", span="Mondays"),
            Example("The museum is open Tuesdays through Saturdays.", "XXXX-WXX-6", span="Saturdays"),
            Example("The show runs nightly except Sundays.", "XXXX-WXX-7", span="Sundays"),
            Example("The court will sit four days a week, with Fridays off.", "XXXX-WXX-5", span="Fridays"),
            Example("The play has evening shows Fridays and Saturdays.", "XXXX-WXX-6", span="Saturdays"),
            Example("Story time is held Tuesday mornings.", "XXXX-WXX-2TMO", span="Tuesday mornings"),
            Example(
                "Story time moves to Wednesday mornings during the summer.",
                "XXXX-WXX-3TMO",
                span="Wednesday mornings",
            ),
            Example("Grief support: Wednesdays, chapel.", "XXXX-WXX-3", span="Wednesdays"),
            Example("The market is closed on weekends.", "XXXX-WXX-WE", span="weekends"),
            Example("We scheduled the full closures for weekends.", "XXXX-WXX-WE", span="weekends"),
            Example("Trains run less often at weekends.", "XXXX-WXX-WE", span="weekends"),
            Example("The market is closed weekends.", "XXXX-WXX-WE", span="weekends"),
            Example("The clinic is open evenings and weekends.", "XXXX-WXX-WE", span="weekends"),
            Example("The library opens on weekdays.", "P1W", span="weekdays", type="SET"),
            Example("He works weekdays at the depot.", "P1W", span="weekdays"),
            Example(
                "Work on the deck will continue weeknights from 8 p.m. to 6 a.m.",
                "XXXX-XX-XXTNI",
                span="weeknights",
            ),
            Example("The lot is closed on weeknights.", "XXXX-XX-XXTNI", span="weeknights"),
            Example("Roads jam on weekday mornings.", "XXXX-XX-XXTMO", span="weekday mornings"),
            Example("The café is busiest on weekend mornings.", "XXXX-WXX-WETMO", span="weekend mornings"),
        ),
        negatives=(
            "He left on Friday night.",
            "Fares rose on weekend flights.",
            # A list of days that "on" does not open.
            "Sales were strong Monday and Tuesday nights last week.",
            "Turnout fell on the past two Sundays.",
            "It rained three Saturdays in a row.",
            "Tickets sold out on Friday and Saturday nights last week.",
            # Weekends counted, or a noun they go with: no set.
            "They spent two weekends on the boat.",
            "Fares rose on weekday flights.",
        ),
        case_sensitive=True,
    ),
    Rule(
        name="set.times_per",
        type="SET",
        pattern=(
            # ("two or three times a week", "once or twice a month": either count, one set.)
            r"(?P<either>(?:once|twice|(?:one|two|three|four|five|six|[1-9])(?= or [\w]+ times\b)) or )?"
            r"(?P<times>once|twice|thrice|{number} times|(?P<vague>several|a few|a couple of|many|multiple|numerous) times)"
            # (... and as one adjective: "the twice-yearly summit", "a twice-weekly column".)
            r"(?: |-(?=(?:daily|weekly|monthly|yearly|annual|annually)\b))"
            r"(?:(?:a|an|per|each|every) (?P<unit>day|week|fortnight|month|year|quarter|hour|decade|century)"
            r"|(?P<unit_adverb>daily|weekly|monthly|yearly|annual|annually)"
            r"|every {number:amount} (?P<unit2>days|weeks|months|years|hours|minutes|decades|centuries))"
        ),
        parse=_times_per,
        examples=(
            Example("twice a year", "P1Y"),
            Example("Such a flood comes once a century.", "P100Y", span="once a century"),
            Example("three times a week", "P1W"),
            Example("The board meets twice yearly.", "P1Y", span="twice yearly"),
            Example("A flood this size comes once every 100 years.", "P100Y", span="once every 100 years"),
            Example("The panel meets twice every three months.", "P3M", span="twice every three months"),
            # British copy counts in fortnights: once in every two weeks.
            Example("Bins are collected once a fortnight.", "P2W", span="once a fortnight"),
            # A count the text does not give: a set all the same, its frequency unknown.
            Example("Inspectors visit the plant several times a year.", "P1Y", span="several times a year"),
            Example("He calls his mother a few times a week.", "P1W", span="a few times a week"),
            Example(
                "Members typically fly the plane two or three times a week.",
                "P1W",
                span="two or three times a week",
            ),
            Example("The plane is washed once or twice a month.", "P1M", span="once or twice a month"),
            Example("The twice-yearly summit opens on Monday.", "P1Y", span="twice-yearly"),
            Example("She writes a twice-weekly column.", "P1W", span="twice-weekly"),
        ),
        priority=2,
    ),
    Rule(
        name="set.units_per",
        type="SET",
        pattern=(
            # ("Those who walked five or more days a week": at least so many.)
            r"(?:(?P<count>{number})(?P<or_more> or more)? (?P<sub>days|nights|mornings|afternoons|evenings|weeks|months|hours)"
            r" (?:a|per|each) (?P<unit>day|night|week|month|year)\b"
            # ... and one of them: "one day a week of college instruction", "one hour a day", "an
            # hour a night".
            r"|(?P<count_one>one|an) (?P<sub_one>day|night|morning|afternoon|evening|week|month|hour) (?:a|per) (?P<unit_one>day|night|week|month|year)\b)"
            # (Not a length compared with a year before: "up from 23 weeks a year earlier".)
            r"(?!\s+(?:earlier|later|ago|before|previously)\b)"
        ),
        parse=_units_per,
        examples=(
            Example("She still bakes six days a week.", "P1W", span="six days a week"),
            Example("The clinic opens two nights a month.", "P1M", span="two nights a month"),
            Example("He coaches three evenings a week.", "P1W", span="three evenings a week"),
            Example("The hotline is staffed 24 hours a day.", "P1D", span="24 hours a day"),
            Example("Employees work 40 hours a week.", "P1W", span="40 hours a week"),
            Example("Children should be active one hour a day.", "P1D", span="one hour a day"),
            Example("Adults need seven hours a night.", "P1D", span="seven hours a night"),
            Example(
                "Those who walked five or more days a week had the lowest risk.",
                "P1W",
                span="five or more days a week",
                mod="EQUAL_OR_MORE",
            ),
            Example(
                "Every apprentice should receive one day a week of college instruction.",
                "P1W",
                span="one day a week",
            ),
        ),
        negatives=("Claims took 29 weeks to reach a hearing, up from 23 weeks a year earlier.",),
        priority=2,
    ),
    Rule(
        name="set.prescription",
        type="SET",
        # The frequencies of a prescription in Latin abbreviations: dotted ("b.i.d.", "t.i.d.",
        # "q.d.", "q.h.s.", "q.o.d.") they are no English word; undotted after a dose or a route
        # ("500 mg PO bid", "1 tab tid"); in capitals alone after a drug's name ("metoprolol BID").
        pattern=(
            r"(?:b\.i\.d|t\.i\.d|q\.i\.d|q\.d|q\.h\.s|q\.o\.d)\."
            rf"|{_DOSE_OR_ROUTE}(?:bid|tid|qid|qd|qhs|qod)(?! (?:farewell|adieu|good-?bye)\b)"
            r"|(?P<capital>(?-i:BID|TID|QID|QHS|QOD))"
            # "qAM", "q.p.m.": every morning, every evening.
            r"|q\.(?P<meridiem>a|p)\.m\.|(?-i:q(?P<meridiem_undotted>AM|PM|am|pm))"
        ),
        parse=_prescription,
        examples=(
            Example("Amoxicillin 500 mg b.i.d. for 7 days.", "P1D", span="b.i.d.", type="SET"),
            Example("Cephalexin 500 mg t.i.d. x 7 days.", "P1D", span="t.i.d."),
            Example("Lisinopril 10 mg q.d. in the morning.", "P1D", span="q.d."),
            Example("Metformin 500 mg PO bid with meals.", "P1D", span="bid"),
            Example("Ibuprofen 1 tab tid as needed.", "P1D", span="tid"),
            Example("Metoprolol 25 mg PO BID.", "P1D", span="BID"),
            Example("Continue metoprolol BID and aspirin.", "P1D", span="BID"),
            Example("Zolpidem 5 mg PO qhs prn insomnia.", "P1D", span="qhs"),
            Example("Enoxaparin 40 mg SC q.o.d. for two weeks.", "P2D", span="q.o.d."),
            Example("Levothyroxine 50 mcg PO qAM.", "XXXX-XX-XXTMO", span="qAM"),
            Example("Atorvastatin 40 mg q.p.m. with dinner.", "XXXX-XX-XXTEV", span="q.p.m."),
        ),
        negatives=(
            "The bid was rejected by the hospital board.",
            "The team will bid for the contract.",
            "Tid, the hospital cat, died.",
            "ACME LOSES BID FOR RIVAL",
            "The downtown BID raised its levy.",
            "Shares rose after the company's BID.",
            "Analysts saw a bid of 25 mg of gold.",
            "Qam Ali spoke to reporters.",
            "Ford drops bid for the carmaker.",
            "The firm launched a PR bid to win voters.",
            "King Henry IV bid farewell to his troops.",
            "The qPMT mutant grew slowly.",
            # "QAM" in capitals is as often a modulation ("a 64-QAM signal").
            "The modem uses a 64-QAM signal.",
        ),
        priority=2,
    ),
    Rule(
        name="set.every_hours_abbreviated",
        type="SET",
        # "q6h", "q4-6h", "Q8H", "q12hrs": every so many hours, the prescription's "every 6 hours".
        pattern=r"q\s?(?P<hours>[0-9]{1,2})(?:-(?P<hours_to>[0-9]{1,2}))?\s?(?:h|hrs?)\b",
        parse=_every_hours,
        examples=(
            Example("Acetaminophen 650 mg PO q6h prn pain.", "PT6H", span="q6h", type="SET"),
            Example("Oxycodone 5 mg PO q4-6h prn.", "PTXH", span="q4-6h"),
            Example("Vancomycin 1 g IV Q12H.", "PT12H", span="Q12H"),
        ),
        negatives=(
            "Sales rose in Q4 this year.",
            "The Q6 bus runs hourly.",
            "Read section q6h2 of the code.",
        ),
        priority=2,
    ),
    Rule(
        name="set.timetable_weekday",
        type="SET",
        # "The airline will drop its Saturday flights": each Saturday's, no one Saturday's.
        pattern=(
            "(?:"
            + "".join(rf"(?<=\b{owner}\s)|" for owner in _TIMETABLE_OWNERS)
            + r"(?<=day\sand\s)|(?<=day\sor\s)|(?<=day,\s))"
            + rf"(?P<weekday>{_WEEKDAY})(?!['’])"
            + _TIMETABLE_NOUN_AFTER
        ),
        parse=_timetable_weekday,
        examples=(
            Example("The airline will drop its Saturday flights.", "XXXX-WXX-6", span="Saturday"),
            Example(
                "The airline will suspend its Tuesday and Thursday service to Mexico City.",
                "XXXX-WXX-4",
                span="Thursday",
            ),
            Example(
                "The airline will suspend its Tuesday and Thursday service to Mexico City.",
                "XXXX-WXX-2",
                span="Tuesday",
            ),
            Example("The paper will end its Sunday edition in March.", "XXXX-WXX-7", span="Sunday"),
        ),
        negatives=(
            "The airline cancelled Saturday flights because of the storm.",
            "Its Saturday's flights were full.",
            "Flights resume Tuesday and Thursday service will follow.",
        ),
        priority=3,
        case_sensitive=True,
    ),
)
