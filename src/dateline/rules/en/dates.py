"""Calendar dates as newspapers write them: full and partial dates, years, decades, centuries."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateline.calendar import (
    REPUBLICAN_MONTHS,
    is_short_day_range,
    month_day_name,
    month_edge_name,
    nth_weekday_name,
    republican_date,
)
from dateline.context import sentence_bounds
from dateline.lexicon import en, lexicon_for
from dateline.lexicon.en import AMBIGUOUS_MONTHS
from dateline.partial import Grain, PartialTime, Shift
from dateline.rules.base import (
    Example,
    Rule,
    RuleMatch,
    after_lower_case_word,
    after_one_of,
    in_quoted_title,
)

_LEXICON = lexicon_for("en")
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
#: Counts a number before them makes ("May 5 people", "the 3 percent"): no day of a month.
_COUNT_NOUNS = (
    r"%|percent|per\s?cent|points?|people|players|votes|years?|months?|days?|weeks?|"
    r"hours?|minutes?|times|million|billion|dollars|degrees?"
)
#: Ranks an ordinal before them makes ("the 3rd Army", "the 16th president"): no day of a month
#: after "the", though a month before the number makes it one ("On May 22 President Nasser
#: closed the straits", "On December 8 Congress declared war").
_RANK_NOUNS = (
    r"[Aa]rmy|[Dd]ivision|[Ff]leet|[Cc]orps|"
    r"[Bb]rigade|[Rr]egiment|[Bb]attalion|[Ii]nfantry|[Cc]avalry|[Dd]istrict|[Aa]rrondissement|[Ww]ard|[Pp]recinct|[Ss]treet|[Aa]venue|"
    r"[Aa]mendment|[Cc]ircuit|[Cc]ongress|[Pp]arliament|[Ff]loor|[Gg]rade|[Pp]lace|[Cc]entury|[Cc]enturies|"
    r"[Mm]illennium|[Mm]illennia|[Dd]ynasty|"
    r"[Aa]nniversary|[Bb]irthday|[Ii]nning|[Rr]ound|[Tt]erm|[Ss]ession|[Cc]ongressional|"
    r"[Mm]arine|[Aa]irborne|[Ss]quadron|[Ww]ing|"
    # ... and the arm a unit's number comes before: "the 2nd Tank Army", "the 4th Panzer Division".
    r"[Tt]ank|[Pp]anzer|[Aa]rmou?red|[Mm]echani[sz]ed|[Mm]otori[sz]ed|[Rr]ifle|[Pp]arachute|[Gg]uards|"
    # A line on the map: "the 17th parallel", "the 38th parallel" (Vietnam, Korea).
    r"parallel|meridian|"
    # A rank in a series: "for the 5th time", "the 30th straight day", "the 2nd largest bank".
    r"time|straight|consecutive|successive|largest|biggest|highest|lowest|busiest|"
    # A place in a game or a series: "the 18th hole", "the 12th man", "the 3rd seed", "the 12th
    # stage", "the 2nd innings", "the 5th episode".
    r"hole|man|player|seed|pick|lap|stage|innings|wicket|frame|edition|episode|chapter|storey|"
    # ... and a course's: "his putt on the 18th green", "the 10th tee", "the 7th fairway".
    r"green|tee|fairway|bunker|"
    # A holder of an office or a title in its line: "the 16th president", "the 5th duke", "the 3rd
    # son", as biographies count them.
    r"president|vice-president|prime|chancellor|governor|mayor|premier|king|queen|emperor|empress|"
    r"pope|duke|duchess|earl|count|countess|baron|baronet|marquess|marquis|viscount|bishop|"
    r"archbishop|abbot|prince|princess|sultan|caliph|shah|secretary|chief|speaker|son|daughter|child|"
    # ... and the count a crime report or a tally keeps: "the 17th inmate executed", "the 12th
    # officer charged", "the 4th victim", "the 20th state to ratify".
    r"inmates?|prisoners?|officers?|victims?|persons?|homicides?|murders?|killings?|executions?|"
    r"suspects?|soldiers?|patients?|deaths?|fatalit(?:y|ies)|state|country|nation|member|woman|"
    # ... and a place in a state's list: "Kuwait is the 19th province of Iraq".
    r"province|region|county|city|town|island|"
    r"person|team|company|bank|summit|race|meeting|conference|session|congress|festival|edition|"
    # ... and of storms, coups and the like: "the 18th named storm", "the 12th successful coup".
    r"named|tropical|successful|storm|hurricane|typhoon|coup|attempt|attack|bombing|case|game|goal|"
    r"win|victory|title|album|"
    # ... and of a company's moves and a run of days: "the 12th dividend increase", "the 29th
    # night in a row", "the 3rd week of the strike".
    r"dividend|increase|rise|decline|drop|cut|hike|gain|loss|quarterly|annual|night|week|month|year"
)
#: Words after a number that show it is not a day of the month ("May 8 points", "the 3rd Army").
NOT_A_DAY_AFTER = r"(?!\s*(?:" + _COUNT_NOUNS + "|" + _RANK_NOUNS + r")\b)"
#: After a month and its day: a count, or a rank the day is written as an ordinal for ("In June
#: 1st Army crossed the river").
NOT_A_DAY_OF_MONTH_AFTER = (
    r"(?!\s*(?:" + _COUNT_NOUNS + r")\b)(?!(?<=st|nd|rd|th)\s*"
    # (An event a month's day dates, though "the 24th meeting" would rank one: "the August 24th
    # meeting", "the Sept. 21st earthquake".)
    r"(?!(?:meeting|conference|session|summit|race|festival|attack|bombing|game|storm|hurricane|coup)\b)"
    r"(?:" + _RANK_NOUNS + r")\b)"
)


_DIGITS = re.compile(r"[0-9]+")


def _day(text: str | None) -> int | None:
    if text is None:
        return None
    digits = _DIGITS.match(text)
    return int(digits.group(0)) if digits else _LEXICON.ordinal(text)


def calendar_fields(match: RuleMatch, *, spoken_month: bool = False) -> PartialTime | None:
    """Read whatever of year, month, day and weekday the match holds (groups ``month``/``month2``,
    ``m``, ``day``/``day2``/``d``, ``year``/``y``, ``weekday``).

    ``spoken_month`` also reads a lower-case "march" or "may" as the month (see
    :func:`calendar_date`, which decides when it is one)."""
    month_word = match.group("month") or match.group("month2")
    month = _LEXICON.month(month_word) if month_word else None
    if month is None and spoken_month and month_word is not None and month_word.lower() in _SPOKEN_MONTHS:
        month = en.MONTHS[month_word.lower()]
    numeric_month = match.group("m")
    if numeric_month is not None:
        month = int(numeric_month)
    if month_word is not None and month is None:
        return None
    day = _day(match.group("day") or match.group("day2") or match.group("d"))
    year_text = match.group("year") or match.group("y")
    year = int(year_text) if year_text and len(year_text) == 4 else None
    yy = int(year_text[-2:]) if year_text and len(year_text) != 4 else None
    weekday_word = match.group("weekday")
    weekday = _LEXICON.weekday(weekday_word) if weekday_word else None
    if weekday is None and weekday_word is not None and weekday_word.istitle() and day is not None:
        # "Sat 3 May", "Wed 12 March": before a full date a capitalised abbreviation is the day's
        # name, not the verb or the star.
        weekday = en.WEEKDAYS.get(weekday_word.lower())
    if weekday_word is not None and weekday is None:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    grain = Grain.DAY if day is not None else Grain.MONTH if month is not None else Grain.YEAR
    return PartialTime(year=year, yy=yy, month=month, day=day, weekday=weekday, grain=grain)


#: Months whose lower-case names are also verbs ("troops march", "you may"); a transcript writes
#: the months in lower case too ("due on march the fifth").
_SPOKEN_MONTHS = ("march", "may")
#: A cue before a month that a day follows: "on march 5", "by may the third", "until march 5th".
_DAY_MONTH_CUE_BEFORE = re.compile(
    r"\b(?:on|by|from|until|till|since|before|after|through|of|early|late|mid-?)\s+$", re.IGNORECASE
)
#: A subject or a modal before the word: the verb ("we may the first time", "will march the fifth").
_VERB_SUBJECT_BEFORE = re.compile(
    r"\b(?:I|we|you|they|he|she|it|who|which|that|will|would|can|could|shall|should|must|might|not)\s+$",
    re.IGNORECASE,
)
#: What may follow a day of the month in a clause: its end, a year, a function word; not a verb
#: ("the first of may be", "the first of may have").
_DAY_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:$|[.,;:!?)\"'’—–-]|[0-9]|(?:and|or|but|at|in|on|to|when|with|by|for|until|till|before|after|as|"
    r"the|this|that|next|last|of|is|was|will|would|were|are|we|he|she|they|it|i|you|there)\b)",
    re.IGNORECASE,
)
#: "of" just before the month: "the fifth of march".
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
#: "the" right after a month: "on march the fifth" (read within the six characters after it).
_THE_AFTER = re.compile(r"\s+the\s")


#: A day kept every year, in the present tense: "Liberation Day is celebrated on 3 March" ...
_KEPT_EACH_YEAR_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:(?:now|still|also|today)\s+)?(?:(?:annually|officially|traditionally|widely|publicly)\s+)?"
    r"(?:celebrated|commemorated|observed|marked|remembered|kept|honou?red)\s+"
    r"(?:(?:each|every)\s+year\s+|annually\s+)?on\s+(?:the\s+)?$"
    # ... and in the active voice, the day kept "as" a holiday: "Bangladesh celebrates 16 December
    # as Victory Day" (see KEPT_AS_AFTER).
    # ("Bangladesh has since celebrated 16 December as Victory Day".)
    r"|\b(?P<active>celebrates|commemorates|observes|marks|honou?rs|(?:has|have)\s+(?:(?:since|long|always|also)\s+)?"
    r"(?:celebrated|commemorated|observed|marked|honou?red))\s+(?:(?:each|every)\s+year\s+)?$",
    re.IGNORECASE,
)
#: ... and what follows a day kept "as" a holiday (shared with the resolver, which gives the
#: holiday named after it that day).
KEPT_AS_AFTER = r"\s+(?:each\s+year\s+|every\s+year\s+|annually\s+)?as\s+"
_KEPT_AS_AFTER = re.compile(KEPT_AS_AFTER, re.IGNORECASE)
#: ... "3 March is now the national holiday", "25 March is celebrated as Independence Day", "16
#: December has been observed since 1972", "26 March is now Independence Day".
_KEPT_EACH_YEAR_AFTER = re.compile(
    # ("Today 8 July remains a day of mourning in Sweden".)
    # ("The anniversary of his death, 6 July, is currently a public holiday", "Since 1880, 14 July
    # has been the national day of France".)
    # ("26 October, the feast of Saint Demetrius, is still celebrated each year": across its apposition.)
    r"(?:,\s+the\s+[^,;.()]{1,90}(?=,))?"
    r",?\s+(?:is|are|remains?|ha(?:s|ve)\s+been)\s+(?:(?:now|still|also|today|currently|annually|officially|widely)\s+)?"
    r"(?:(?:celebrated|commemorated|observed|marked|remembered|kept|honou?red)\b"
    # ("Today, 3 March is Bulgaria's national holiday": a country's possessive too.)
    r"|(?:a|an|the|(?-i:[A-Z][a-z]+)['’]s)\s+(?:[\w-]+\s+){0,2}(?:holiday|anniversary|feast|(?:national|public)\s+day"
    r"|day\s+of\s+(?:remembrance|mourning))\b"
    r"|(?-i:(?:[A-Z][a-z]+\s+){1,3}Day\b))"
    # ... and the day as the subject of the active verb: "In Paraguay, 29 September commemorates
    # the victory at Boquerón".
    r"|\s+(?:commemorates|celebrates|honou?rs)\b"
    # ... and one kept each year until a year gone by: "In Germany, 2 September was celebrated as a
    # national holiday until 1919", "16 December was a public holiday until 1994".
    r"|,?\s+(?:was|were)\s+(?:(?:celebrated|commemorated|observed|marked|kept)\b[^.;:!?]{0,60}?\buntil\b"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:holiday|feast|(?:national|public)\s+day)\s+until\b)",
    re.IGNORECASE,
)


def _kept_each_year(fields: PartialTime, match: RuleMatch) -> PartialTime:
    """A day and month without a year that the text says is kept every year, in the present
    tense (a holiday, an anniversary): that day of any year, not one of the story or the news."""
    if fields.day is None or fields.month is None or fields.year is not None or fields.yy is not None:
        return fields
    text, start, end = match.match.string, match.match.start(), match.match.end()
    before = _KEPT_EACH_YEAR_BEFORE.search(text, max(0, start - 80), start)
    if before is not None and before.group("active") and not _KEPT_AS_AFTER.match(text, end):
        # (The active verb keeps the day only "as" something: "marks 16 December as Victory Day",
        # not "The firm marks 16 December with a party", one year's.)
        before = None
    if (
        (before is not None or _KEPT_EACH_YEAR_AFTER.match(text, end))
        and not _MOVABLE_FEAST_BEFORE.search(text, max(0, start - 40), start)
        # (Not the date of an event its noun names, the subject remembered: "The victory of 15
        # August is still remembered in Poland".)
        and not (before is None and _EVENT_OF_THE_DAY_BEFORE.search(text, max(0, start - 30), start))
    ):
        return fields.but(value=f"XXXX-{fields.month:02d}-{fields.day:02d}")
    return fields


#: An event's noun and "of" before its day: "The victory of ", "the massacre of ".
_EVENT_OF_THE_DAY_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:[a-z-]+\s+)?(?!day\b|anniversary\b|feast\b|holiday\b)[a-z]+\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A feast whose day moves from year to year, named just before the day it falls on ("Labor Day,
#: Sept. 5, is a holiday"): that day is one year's.
#: (The lexicon's feasts kept on a weekday of their month or counted from Easter.)
_MOVABLE_FEAST_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]?")
        for name in sorted({*en.NTH_WEEKDAY_HOLIDAYS, *en.EASTER_HOLIDAYS}, key=len, reverse=True)
    )
    + r"),\s+\Z",
    re.IGNORECASE,
)


def calendar_date(match: RuleMatch) -> PartialTime | None:
    """:func:`calendar_fields`, reading a lower-case "march" or "may" as the month where a day
    follows it as a transcript writes a date: "on march the fifth", "may the 3rd", "by may 3",
    "the fifth of march". Without "the" before the day, a cue before the month must say a date
    stands there ("on", "by", "until"), as "troops march first", "you may 3D-print" have none.
    A day the text says is kept every year is that day of any year (:func:`_kept_each_year`).
    """
    fields = calendar_fields(match)
    if fields is not None:
        return _kept_each_year(fields, match)
    month_word = match.group("month") or match.group("month2")
    if fields is not None or month_word is None or month_word.lower() not in _SPOKEN_MONTHS:
        return fields
    if month_word.isupper():  # "MAY": a shout or a heading, as often the verb
        return None
    name = "month" if match.has("month") else "month2"
    text, start, end = match.match.string, match.match.start(name), match.match.end()
    if _VERB_SUBJECT_BEFORE.search(text, max(0, start - 12), start):
        return None
    day_after_the = _THE_AFTER.match(text, match.match.end(name), match.match.end(name) + 6)
    # "the fifth of march", "the 3rd of may" (but not "3 may": the verb after a count).
    day_before = _OF_BEFORE.search(text, match.match.start(), start) is not None
    if not (day_after_the or day_before or _DAY_MONTH_CUE_BEFORE.search(text, max(0, start - 12), start)):
        return None
    if not _DAY_CLAUSE_GOES_ON.match(text, end):
        return None
    spoken = calendar_fields(match, spoken_month=True)
    return None if spoken is None else _kept_each_year(spoken, match)


def _dual_dated(match: RuleMatch) -> PartialTime | None:
    """:func:`calendar_date`, in the later year of a dual-dated day ("30 January 1648/9")."""
    fields = calendar_date(match)
    dual = match.group("dual_year")
    if fields is None or dual is None or fields.year is None:
        return fields
    later = fields.year + 1
    if fields.month is None or fields.month > 3 or str(later).endswith(dual) is False:
        return None  # ("in 1914/15": a range, read as such elsewhere; not a dual date.)
    return fields.but(year=later)


#: A forecast compared with, made in the month after it: "later than forecast in December".
_THAN_FORECAST_BEFORE = re.compile(
    r"\bthan\s+(?:(?:it|they|we|he|she)\s+)?(?:had\s+)?(?:forecast|predicted|projected)"
    r"(?:\s+in\s+(?:the|its|their)(?:\s+(?-i:[A-Z])[\w'’-]*){1,3})?\s+in\s+\Z"
)
#: A title of the marches before "March": "the Earl of March".
_TITLE_OF_BEFORE = re.compile(
    r"\b(?:Earls?|Counts?|Countess|Dukes?|Marquess|Marquis|Lords?|Barons?)\s+of\s+\Z"
)
#: A capitalised word that may be a name or a title before "August" (not a word of time or a
#: preposition that opens a sentence: "In August", "Early August", "Last August").
_NAME_WORD_BEFORE_AUGUST = re.compile(
    r"\b(?!(?:In|On|By|Since|Until|From|During|Through|Before|After|Early|Late|Mid|Last|Next|This"
    r"|That|Each|Every|Of|And|But|Then|Since|Throughout)\b)(?-i:[A-Z][\w'’]+)\s+\Z"
)
#: ... and after it, what a person does or a regnal number: " abdicated", " died", " II".
_PERSON_AFTER_AUGUST = re.compile(r"\s+(?:(?-i:[a-z]+ed)\b|(?:died|fled|was|had|became|II|III)\b)")
#: A day's number before a month, and a place the date names after it: "25 April bridge".
_DAY_NUMBER_BEFORE = re.compile(r"\b[0-9]{1,2}\s+\Z")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:bridge|square|avenue|street|road|stadium|airport|park|boulevard)\b")
#: A rank before a month that qualifies a record: "the previous July record", "the highest May".
_RANK_BEFORE = re.compile(r"\b(?:previous|last|earlier|former|old|all-time)\s+\Z", re.IGNORECASE)
_RECORD_AFTER = re.compile(r"\s+(?:records?|highs?|lows?|peaks?)\b")
#: "before the" ahead of a month that names an event: "four months before the November election".
_BEFORE_THE_BEFORE = re.compile(r"\b(?:before|ahead\s+of)\s+the\s+\Z", re.IGNORECASE)
#: An election, a vote or a summit a month names.
_ELECTION_AFTER = re.compile(
    r"\s+(?:presidential\s+|parliamentary\s+|general\s+|local\s+|midterm\s+)?"
    r"(?:elections?|votes?|referendum|polls|primary|primaries|runoff|ballot|summit|deadline)\b"
)


#: A regime a month names: "the July Monarchy".
_REGIME_AFTER_MONTH = re.compile(r" (?-i:Monarchy|Ordinances)\b")


#: What a person does, right after a surname a month's name gave: " died", " sold".
_SURNAME_VERB_AFTER = re.compile(
    r"\s+(?:died|married|sold|wrote|said|painted|retired|resigned|joined|moved|returned|lived|worked"
    r"|studied|taught|told|was\s+born|inherited|bought|founded"
    # ... and any past verb, with its auxiliary: "May commanded her", "May had led the board",
    # "May was killed at Loos".
    r"|(?:(?:had|was|were)\s+)?(?:(?-i:[a-z]{3,}ed)|led|won|lost|left|took|made|gave|became|served|held|ran|kept))\b"
)
#: Capitalised words before a month that are no given name: "In May", "Early March".
_NOT_GIVEN_NAMES = (
    "In|On|By|Since|Until|Till|From|Through|During|Before|After|Early|Late|Mid|Last|Next|This|That|Each|Every|The"
    "|Of|And|Or|But|Last|Since|Around|About|Until|Then|Following|Previous|Until|Between|To|Monday|Tuesday"
    "|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September"
    "|October|November|December"
)


def _full_month_word(match: RuleMatch) -> PartialTime | None:
    """A month named alone: full names only, or abbreviations with their period."""
    word = match.group("month") or ""
    if len(word) <= 4 and not word.endswith(".") and word.lower() not in ("may", "june", "july"):
        return None
    if word.isupper() and word.rstrip(".").lower() in AMBIGUOUS_MONTHS:
        return None
    text, start, end = match.match.string, match.match.start(), match.match.end()
    if (
        word == "May"
        and _MAY_AS_VERB_AFTER.match(text, end)
        and not _MONTH_CUE_BEFORE.search(text, max(0, start - 12), start)
    ):
        # "May I ask": the modal verb at the start of a sentence; "in May he sailed" is the month.
        return None
    if word in ("May", "June", "April") and _AGE_SET_OFF_AFTER.match(text, end):
        # "May, 27, joined Valemont from a Swiss club": a person's name and age, set off by commas.
        return None
    if (
        word == "May"
        and _WISH_AFTER_MAY.match(text, end)
        and _SENTENCE_OPENS_BEFORE.search(text, max(0, start - 3), start)
    ):
        # "May God bless America", "May the best team win": a wish opens its sentence.
        return None
    if (
        word == "August"
        and _NAME_WORD_BEFORE_AUGUST.search(text, max(0, start - 24), start)
        and _PERSON_AFTER_AUGUST.match(text, end)
    ):
        return None  # "Stanisław August abdicated", "King August died": a king's name
    if (
        word in ("March", "April", "May", "June", "August")
        and (text.startswith(("'s", "’s"), end) or _SURNAME_VERB_AFTER.match(text, end))
        and re.search(rf"\b(?!(?:{_NOT_GIVEN_NAMES})\b)(?-i:[A-Z][a-z]+) {word}\b", text[: max(0, start - 1)])
    ):
        # "In 1846 he married Harriet May. May's father lent him the money": the surname a name
        # told before gave the word.
        return None
    if word == "March" and text.startswith(" Madness", end):
        return None  # "March Madness": a tournament's name
    if _REGIME_AFTER_MONTH.match(text, end):
        # "served as Minister of War under the July Monarchy": a regime named for a month's
        # revolution, no time of its own.
        return None
    if word in ("March", "April", "May", "June") and _FIRM_AFTER_MONTH.match(text, end):
        return None  # "chief investment officer at March Capital Advisors": a firm's name
    if word == "March" and _TITLE_OF_BEFORE.search(text, max(0, start - 16), start):
        return None  # "the Earl of March": a title, the Welsh marches'
    if (
        word == "March"
        and _NAME_AND_BEFORE.search(text, max(0, start - 24), start)
        and _PAST_VERB_AFTER.match(text, end)
    ):
        return None  # "Warwick and March landed at Sandwich": the earl, a subject with another name

    if word == "March" and not _MONTH_CUE_BEFORE.search(text, max(0, start - 12), start):
        if _PROCESSION_AFTER.match(text, end) and not _TO_MONTH_AFTER.match(text, end):
            # "the March for Life", "the March on Washington": a procession, not the month; but
            # "from March to June" is a range of months.
            return None
        if _SUBJECT_BEFORE.search(text, max(0, start - 12), start) or _MARCH_ON_AFTER.match(text, end):
            # "They March on": the verb, capitalised in a headline; "March on!", "March on,
            # comrades": the order, capitalised at a sentence's start ("March on" with nothing
            # after it dates nothing).
            return None
        if _MARCH_WITH_AFTER.match(text, end) and _SENTENCE_OPENS_BEFORE.search(
            text, max(0, start - 3), start
        ):
            # '"March with us, not against us," read a banner': the order opening its sentence.
            return None
        if _INFINITIVE_TO_BEFORE.search(text, max(0, start - 16), start) and not _DIGIT_AFTER.match(
            text, end
        ):
            # '"At some point you have to March forward"': the verb after an infinitive's "to",
            # capitalised by mistake (not "from January to March 5").
            return None
        if _THE_BEFORE_MONTH.search(text, max(0, start - 8), start) and _CLAUSE_END_AFTER.match(text, end):
            # "there were no battles along the March.": the march just named, not a month.
            return None
    if word == "March" and (
        _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
        or _MARCHERS_BEFORE.search(text, max(0, start - 20), start)
    ):
        # "the Long March", "the Salt March": a capitalised word inside a sentence names the march;
        # "the Women's March": so do those who march ("Apple's March sales" is the month).
        return None
    if (
        word == "May"
        and _PERSON_VERB_AFTER.match(text, end)
        and not _MONTH_CUE_BEFORE.search(text, max(0, start - 12), start)
    ):
        # "May said she would form a government", "Corbyn said May should resign": the surname,
        # the subject of what only a person does.
        return None
    if word in _GIVEN_NAME_MONTHS and _KIN_BEFORE.search(text, max(0, start - 60), start):
        # "survived by his wife, June, and a son", "three daughters, April, Dawn and Autumn".
        return None
    if word == "May" and _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start):
        # "Theresa May said", "Mrs May": a surname after a given name or a title.
        return None
    if (
        word in _GIVEN_NAME_MONTHS
        and _SURNAME_AFTER.match(text, end)
        and not _MONTH_CUE_BEFORE.search(text, max(0, start - 12), start)
        and (not _THE_BEFORE_MONTH.search(text, max(0, start - 8), start) or _NAME_GOES_ON.match(text, end))
    ):
        # "August Busch III ran the brewery", "the August Wilson Theatre", "June Carter Cash": a
        # given name before a surname ("In August Congress voted" is the month, and so is "the
        # August Decrees", named after it).
        return None
    partial = calendar_fields(match)
    event_of = _EVENT_OF_YEAR_AFTER.match(text, end)
    if partial is not None and event_of is not None and word[:1].isupper():
        # "the February Revolution of 1917", "the July Crisis of 1914": the event's month, in the
        # year its name is given with.
        return partial.but(year=int(event_of.group("year")))
    if partial is not None and _THAN_FORECAST_BEFORE.search(text, max(0, start - 60), start):
        # "The deficit will fall later than forecast in the Autumn Statement in December": the
        # forecast compared with was made, whatever the tense of the clause.
        return partial.but(direction="past")
    if _DAY_NUMBER_BEFORE.search(text, max(0, start - 4), start) and _PLACE_NOUN_AFTER.match(text, end):
        # "Lisbon's 25 April bridge": a date that names a place.
        return None
    if _RANK_BEFORE.search(text, max(0, start - 14), start) and _RECORD_AFTER.match(text, end):
        # "The previous July record was set in 2006": a record of any July, no month of a year.
        return None
    if (
        partial is not None
        and _BEFORE_THE_BEFORE.search(text, max(0, start - 12), start)
        and _ELECTION_AFTER.match(text, end)
    ):
        # "The ruling came four months before the November election": the event a count comes
        # before may lie ahead of the report as well as behind it; the nearest such month.
        return partial.but(direction="nearest")
    if partial is not None and _FIGURES_AFTER.match(text, end):
        # "investors will watch January retail sales": figures are named for the month they
        # measure, published after it: the latest such month, whatever the tense of the clause.
        return partial.but(direction="nearest")
    if (
        partial is not None
        and partial.day is None
        and not text[end : end + 1].isdigit()
        and (
            _COVERING_BEFORE.search(text, max(0, start - 10), start)
            or _FIGURES_FOR_BEFORE.search(text, max(0, start - 16), start)
        )
    ):
        # "will report consumer prices for November on Thursday", "the report, covering December,
        # will be released": the month the figures measure, gone by whatever the tense (which
        # still tells of the day they come out).
        return partial.but(direction="past")
    if partial is not None and partial.day is None and _SINCE_BEFORE.search(text, max(0, start - 14), start):
        # "Khartoum fell on 13 February 1885. Gordon had held out since November": a state that
        # began before the time told, in the month before it.
        return partial.but(direction="past")
    return partial


#: Figures "for" a month, or a report "covering" it, right before the month.
_FIGURES_FOR_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:figures|data|report|numbers|statistics|rate|reading|index|payrolls|sales|prices|orders|"
    # ("Inventories for September will be released Thursday".)
    r"output|production|exports|imports|spending|inflation|unemployment|starts|earnings|inventories|"
    r"shipments|deficit|surplus|claims|permits|payments)\s+for\s+\Z",
    re.IGNORECASE,
)
_COVERING_BEFORE = re.compile(r"\bcovering\s+\Z", re.IGNORECASE)
#: "since" right before a month.
#: ("A cut would be the third since late September.")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)
#: A capitalised event the month names, then its year: "February Revolution of 1917".
_EVENT_OF_YEAR_AFTER = re.compile(r" (?-i:[A-Z][a-z]+) of (?P<year>1[0-9]{3}|20[0-9]{2})\b(?!['’]?s\b)")
#: The kin an obituary names, then the names set off after them: "his wife, June,", "three
#: daughters, April, Dawn and".
_KIN_BEFORE = re.compile(
    r"\b(?:wife|husband|widow|widower|daughters?|sons?|sisters?|brothers?|mother|father|children|"
    r"grandchildren|granddaughters?|grandsons?|nieces?|nephews?|partner|fianc[ée]e?)"
    r",\s+(?:(?-i:[A-Z][a-z]+),\s+)*(?:and\s+)?\Z"
)
#: Months that are given names too, and a capitalised word after one that is no date's.
_GIVEN_NAME_MONTHS = frozenset({"April", "May", "June", "August"})
_SURNAME_AFTER = re.compile(
    r" (?!(?:"
    + _LEXICON.fragment("month")
    + "|"
    + _LEXICON.fragment("weekday")
    # ("the laboratory of August Kekulé": a surname's letters beyond ASCII too.)
    + r"|Day|Eve|The|This|That|A|An)\b)(?-i:[A-Z])[^\W\d_]+\b(?![.!?]?\s*\Z)"
    # ... or a nobleman's particle before his surname: "Karl August von Hardenberg".
    r"|(?-i: (?:von|van|de|di|du|der|zu|la|le) [A-Z])"
)
_NAME_GOES_ON = re.compile(r" (?-i:[A-Z][a-z]+ [A-Z])")
#: The figures a month names, just after it: "January retail sales", "the May jobs report".
# ("investors will watch October's consumer price index": the possessive too, and a month's own
# figure: "May's gain may even be revised up".)
_FIGURES_AFTER = re.compile(
    r"['’]s\s+(?:gain|gains|increase|decline|rise|drop|fall|jump|reading|surplus|deficit|total)\b"
    r"|(?:['’]s)?\s+(?:(?:retail|home|housing|auto|car|factory|industrial|manufacturing|construction|consumer|producer|"
    r"wholesale|import|export|trade|same-store|nonfarm|non-farm)\s+)?"
    r"(?:sales|payrolls|inflation|output|orders|exports|imports|jobs report|employment report|jobless rate|"
    r"unemployment rate|unemployment figures|trade figures|trade data|price index|(?:consumer|producer) prices"
    # ("will release the May balance of payments data on July 8".)
    r"|balance of payments|current account|trade balance|GDP|CPI|PPI"
    # ... and the figures themselves: "the bureau will publish October figures", "its September
    # survey of manufacturers".
    r"|figures|data|statistics|survey\s+of)\b"
)


#: What follows "May" opening a wish: "May God bless", "May the best team win", "May his memory be a
#: blessing" (not a day: "May the 4th").
_WISH_AFTER_MAY = re.compile(
    r"\s+(?:God|all|the(?!\s+[0-9])(?!\s+(?:"
    + _LEXICON.fragment("ordinal_word")
    + r")\b)|his|her|their|our|your)\b"
)
#: (... or a quotation opens inside one: 'ended with the words "March with me or stay"'.)
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:\A|[.!?:]\s+|\n)[\"'“‘]?\Z|\s[\"“]\Z")
#: An age set off by commas right after a name: ", 27,".
_AGE_SET_OFF_AFTER = re.compile(r",\s+[1-9][0-9],\s")
#: A verb after "May" that only a person does: "May said", "May should resign".
_PERSON_VERB_AFTER = re.compile(
    r"\s+(?:said|says|told|tells|added|insisted|announced|urged|warned|argued|promised|vowed|wants|wanted|"
    r"hopes|hoped|should|must|resigned|spoke|admitted|refused|declined|conceded|denied|replied|"
    r"(?:has|had)\s+(?:said|told|insisted|promised|vowed|refused|resigned))\b"
)
#: What follows "May" the modal verb: "May I ask", "May it be".
_MAY_AS_VERB_AFTER = re.compile(r"\s+(?:I|we|you|he|she|it|they|be|have|not|also|well)\b")
#: A preposition or position word just before a month name: "from March", "in March", "mid-March".
_MONTH_CUE_BEFORE = re.compile(
    # ("Bookings for May have fallen": the month's, before a verb of its own.)
    r"(?:\b(?:from|in|since|until|till|by|through|throughout|of|for|early|late|between|during|before|after)\s+"
    r"|\bmid-?\s*)$",
    re.IGNORECASE,
)
#: The "to" of an infinitive after a verb that takes one: "have to ", "want to ", "going to ".
_INFINITIVE_TO_BEFORE = re.compile(
    r"\b(?:have|has|had|need|needs|needed|want|wants|wanted|going|got|ought|able|used|trying|try|decided|plan|plans)"
    r"\s+to\s+\Z",
    re.IGNORECASE,
)
_DIGIT_AFTER = re.compile(r"\s*[0-9]")
#: "March for/on/to the ...": the procession and where it goes.
#: (... its words capitalised in a slogan too: 'banners reading "March Against NATO"'.)
_PROCESSION_AFTER = re.compile(r"\s+(?:of|for|on|to|against|Against|For|Of|On|To)\s+(?:the\s+)?[A-Z]")
#: "March to June": a range that ends at another month.
_TO_MONTH_AFTER = re.compile(
    r"\s+(?:to|through|until|till|and)\s+(?:early\s+|late\s+|mid-?)?" + _LEXICON.fragment("month") + r"\b",
    re.IGNORECASE,
)
#: "the" just before a month name, and the end of a clause just after it.
_THE_BEFORE_MONTH = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*[.,;:!?)]")
#: "on" ending a clause after "March": the verb ("March on!", "March on, comrades").
_MARCH_ON_AFTER = re.compile(r"\s+[Oo]n\s*(?:[!,;:.?]|$)")
#: A name that is no month nor weekday and "and" before "March": "Warwick and March".
_NAME_AND_BEFORE = re.compile(
    r"\b(?!(?:January|February|April|May|June|July|August|September|October|November|December|[A-Z][a-z]+day)\b)"
    r"(?-i:[A-Z][a-z]+)\s+and\s+\Z"
)
#: A past verb right after: " landed", " fled".
_PAST_VERB_AFTER = re.compile(r"\s+(?-i:[a-z]+ed)\b")
#: The words of a firm's name after a month's: "March Capital Advisors", "April Partners".
_FIRM_AFTER_MONTH = re.compile(
    r"\s(?-i:Capital|Partners|Advisors|Advisers|Holdings|Ventures|Securities|Investments|Asset|Group|Records"
    # ("Shares of May Department Stores slipped".)
    r"|Department\s+Stores|Stores|Co\.|Corp\.|Inc\.|Company|Corporation)\b"
)
#: "with" and whom after "March": the verb, an order to march alongside ("March with us").
_MARCH_WITH_AFTER = re.compile(
    # ... or into a place: "March into this market now, and you may be buying at the top".
    # ('"March with the band in the parade each June," he said'.)
    r"\s+(?:with\s+(?:us|me|them|him|her|the\s+band|your|our)\b|into\s+(?:this|the|our|your|their|a|an|any)\s"
    # ... or a way: '"March south, and do not stop until you reach Mexico City"'.
    r"|(?:south|north|east|west|home|forward|ahead)\b(?!\s+(?:of|to)\b)"
    # ... or whom, and where: '"March them in, march them out," he said'.
    # ('"March them downtown for the Fall Festival"'.)
    r"|(?:them|us|him|her|me)\s+(?:all\s+)?(?:in|out|on|off|away|home|back|through|down|up|here|there|downtown)\b"
    # ... or where to: '"You've got 16 minutes. March down there and play."'.
    r"|(?:down|up|out|over|back|in)\s+(?:there|here)\b"
    # ... or a place to go to: '"March to the bridges!" organizers shouted'.
    r"|to\s+the\s+(?!(?:end|start|middle|beginning|close)\b)[a-z]+\b(?=[!,\"”’'])"
    # ... or how: '"March peacefully to every square and stay there," the group said'.
    r"|(?-i:[a-z]{3,}ly)\s+(?:to|on|into|through|toward|towards|past|and|with)\b"
    # ... or whom of one's own: '"March your family to the car and go"'; or along, or right on:
    # '"March along with the Rollers"', '"March right on past Medicaid"'.
    r"|(?:your|their|his|our|my)\s+(?-i:[a-z]+)\s+(?:to|into|out|in|down|up|off|home|back)\b"
    r"|along\b|right\s+(?:on|up|in|out|past|through|down|back|into|over)\b"
    # ... and a sign's title case: '"March With Us," read the hand-lettered signs'.
    r"|(?-i:With)\s+(?-i:Us|Me|Them)\b"
    r")"
    # ... and an order and what goes with it: '"March, and be counted," she told a rally'.
    r"|,\s+and\s+(?:be|you|we|let)\b"
)
#: A subject pronoun just before "March": the verb ("They March on").
_SUBJECT_BEFORE = re.compile(
    # ... or a modal: "people will March into our stores this weekend".
    r"\b(?:I|we|you|they|he|she|We|You|They|He|She|will|would|could|should|must|can|may|might|'ll)\s+$"
)


#: "fall in ...", "fall from ...": the noun (a fall in prices), not the season.
_ANNIVERSARY_OF_BEFORE = re.compile(r"\banniversary\s+of\s+(?:the\s+)?\Z", re.IGNORECASE)
_FALL_NOUN_AFTER = re.compile(
    r"\s+(?:in\s+(?![0-9]{4}\b)|from\s"
    # ... and a decline measured: "the fall was slightly smaller than feared", "the fall is the
    # steepest since 2009".
    r"|(?:was|is|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:smaller|larger|bigger|steeper|sharper|deeper|"
    r"less|more|the\s+(?:biggest|largest|steepest|sharpest|deepest|worst|first|second|third)\b))",
    re.IGNORECASE,
)
#: (On its line: a heading's "Prague Spring" is followed by its section's first sentence.)
_CAPITAL_AFTER = re.compile(r"[^\S\n]+[A-Z]")
#: A capitalised word (a given name or a title), anywhere in a sentence, that is not one that
#: opens a time expression or a heading ("In May", "Last May", "Each May", "Since May").
_GIVEN_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?!(?:In|By|Early|Late|Mid|Since|Until|Till|From|Through|Throughout|During|Last|Next|This|"
    r"That|Of|On|Each|Every|Come|Before|After|Between|And|Or|To|For|The|Around|About|"
    r"[A-Z][a-z]+day|January|February|March|April|June|July|August|September|October|November|December)\b)"
    r"[A-Z][a-z]+\.?\s+$"
)
#: A capitalised word inside a sentence (after a lower-case word or a comma), not a preposition
#: or a position in the month that a heading might capitalise ("In March", "Early March").
_MARCHERS_BEFORE = re.compile(
    r"\b(?:Women|Men|People|Peoples|Children|Workers|Veterans|Mothers|Farmers|Students|Teachers|Nurses)['’]s?\s+$"
)
_NAME_WORD_BEFORE = re.compile(
    # ('the "Mud March" collapsed': a name in quotation marks too.)
    r"(?:(?<=[a-z,;]\s)|(?<=[a-z,;]\s[\"“]))"
    r"(?!(?:In|By|Early|Late|Mid|Since|Until|From|Through|During|Last|Next|This|Of|On|[A-Z][a-z]+day)\b)"
    r"[A-Z][a-z]+\s+$"
)


def _iso_month(match: RuleMatch) -> PartialTime | None:
    """A year and month joined by a hyphen, unless the month is the year after (a span of years)."""
    year, month = int(match.group("y") or "0"), int(match.group("m") or "0")
    if month == (year + 1) % 100:
        return None
    return PartialTime(year=year, month=month, grain=Grain.MONTH)


def _iso_week(match: RuleMatch) -> PartialTime | None:
    """An ISO week by its number, held as the Monday it begins on (week 1 may begin in December)."""
    year = int(match.group("iso_year") or match.group("year") or "0")
    week = int(match.group("iso_week") or match.group("week") or "0")
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:  # week 0, or week 53 of a year with 52
        return None
    return PartialTime(year=monday.year, month=monday.month, day=monday.day, grain=Grain.WEEK)


#: Not the amount of a change after "by": "the toll rose by 2100" (one fixed-width look-behind per
#: verb, as Python's ``re`` needs).
_NOT_A_CHANGE_BY = "".join(
    rf"(?<!\b{verb}\sby\s)"
    for verb in (
        "rose", "risen", "fell", "fallen", "grew", "grown", "increased", "decreased", "dropped",
        "climbed", "jumped", "declined", "cut", "reduced", "raised", "lowered",
    )
)  # fmt: skip


#: The place of a weekday in its month: "the first Tuesday", "the last Sunday".
_NTH_IN_MONTH = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip


def _weekday_of_month(match: RuleMatch) -> PartialTime | None:
    """ "the last Sunday of October", "the first Tuesday in November 2012": that day of the month,
    dated as a holiday of that rule is ("the last Monday of May" is Memorial Day)."""
    nth = _NTH_IN_MONTH.get((match.group("nth") or "").lower())
    weekend = match.has("weekend")
    # (A month's n-th weekend is the one of its n-th Saturday.)
    weekday = 5 if weekend else _LEXICON.weekday(match.group("weekday") or "")
    month = _LEXICON.month(match.group("month") or "")
    if nth is None or weekday is None or month is None:
        return None
    year = match.group("year")
    name = nth_weekday_name(month, weekday, nth)
    return PartialTime(
        year=int(year) if year else None,
        holiday_name=f"{name} weekend" if weekend else name,
        weekend=weekend,
        grain=Grain.WEEK if weekend else Grain.DAY,
    )


#: The month a day is named in, by reference: how far from the DCT's month (the story's, in a
#: narrative) it lies.
_MONTH_BY_REFERENCE = {"the": 0, "this": 0, "the current": 0, "next": 1, "the next": 1, "last": -1}


def _day_of_month_by_reference(match: RuleMatch) -> PartialTime | None:
    """ "the last day of the month", "the first Monday of next month": a day inside a month named
    by reference, found once that month is resolved."""
    told = (match.group("det") or "").lower() == "that"
    amount = 0 if told else _MONTH_BY_REFERENCE.get(" ".join((match.group("det") or "").lower().split()))
    if amount is None:
        return None
    if match.has("day_nth"):
        day = _LEXICON.ordinal(match.group("day_nth") or "")
        if day is None or not 1 <= day <= 31:
            return None
        return PartialTime(
            anchor="ref" if told else "dct",
            shift=Shift(Grain.MONTH, amount),
            grain=Grain.DAY,
            day_in_month=month_day_name(0, day),
        )
    if match.has("weekday"):
        nth = _NTH_IN_MONTH.get((match.group("nth") or "").lower())
        weekday = _LEXICON.weekday(match.group("weekday") or "")
        if nth is None or weekday is None:
            return None
        key = nth_weekday_name(0, weekday, nth)
    elif match.has("week_nth"):
        # The middle of the seven days: the 4th, 11th, 18th, 25th, or the last day but three.
        nth = (match.group("week_nth") or "").lower()
        middle = _WEEK_OF_MONTH_DAY.get(nth, _LAST_WEEK_MIDDLE)
        key = month_day_name(0, middle)
        return PartialTime(
            anchor="ref" if told else "dct",
            shift=Shift(Grain.MONTH, amount),
            grain=Grain.WEEK,
            day_in_month=key,
        )
    else:
        key = month_edge_name(0, last=(match.group("edge") or "").lower() in ("last", "final"))
    return PartialTime(
        anchor="ref" if told else "dct", shift=Shift(Grain.MONTH, amount), grain=Grain.DAY, day_in_month=key
    )


#: The middle day of a month's last seven, counted from its end (-1 is the last day).
_LAST_WEEK_MIDDLE = -4


#: A dimension before "by" or "x": "a resolution of 2560 by 1440", "a 1920x1080 screen" (not the
#: end of a larger number: "fell to 31,000 by 2000").
_DIMENSION_BEFORE = re.compile(r"(?<![0-9,.])[0-9]{3,4}\s*(?:by|x|×)\s*\Z")
#: ... unless a count grew or fell to that number: "Student numbers grew, reaching 300 by 1938".
_GROWTH_TO_BEFORE = re.compile(
    r"\b(?:reach(?:ed|ing)?|rose\s+to|rising\s+to|grew\s+to|growing\s+to|fell\s+to|falling\s+to"
    r"|climbed\s+to|dropped\s+to|increased\s+to|had\s+risen\s+to|totall?ed|numbered)\s+[0-9]{3,4}\s+by\s+\Z",
    re.IGNORECASE,
)


#: After a year, the rest of a minor planet's or a comet's designation: "asteroid 2012 DA14",
#: "Comet 2013 A1" (not a quarter or a half, "2012 Q3").
_DESIGNATION_AFTER = re.compile(r" (?![QH][1-4]\b)(?-i:[A-Z]{1,2}[0-9]{1,3})\b")


def _year(match: RuleMatch) -> PartialTime | None:
    text, start = match.match.string, match.match.start()
    if _DIMENSION_BEFORE.search(text, max(0, start - 10), start) and not _GROWTH_TO_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return None
    if _DESIGNATION_AFTER.match(text, match.match.end()):
        return None
    return PartialTime(year=int(match.group("year") or "0"), grain=Grain.YEAR)


def _two_digit_year(match: RuleMatch) -> PartialTime | None:
    return PartialTime(yy=int((match.group("year2") or "'0")[1:]), grain=Grain.YEAR)


def _fiscal_year_short(match: RuleMatch) -> PartialTime:
    """ "FY24": the two digits of the fiscal year's name, in the century nearest the text. A
    fiscal year is named by the year it ends in, often after the calendar's: "profit rose in
    FY25", written in 2024, is no year a century back, whatever the tense says."""
    digits = match.group("year2") or match.group("fy2") or "0"
    return PartialTime(yy=int(digits), grain=Grain.YEAR, direction="nearest")


def _fiscal_year_span(match: RuleMatch) -> PartialTime | None:
    """ "fiscal 2010-11", "FY2010/11": one fiscal year written with both calendar years it runs
    over, not a range of two. TimeML has no fiscal calendar, so it is written as the year that
    names it, and a fiscal year is named by the year it ends in ("FY11" is the year to March or
    September 2011), as date.fiscal_year_short reads "FY25". Only consecutive years: "fiscal
    2010-12" is a range of two fiscal years, which the rule leaves to the year rules."""
    first = int(match.group("year") or "0")
    last = first // 100 * 100 + int(match.group("end2") or "0")
    if last < first:
        last += 100  # "fiscal 1999-00"
    return PartialTime(year=last, grain=Grain.YEAR) if last == first + 1 else None


def _iso_date_time(match: RuleMatch) -> PartialTime | None:
    """ "2024-03-05", and a timestamp "2024-03-05T14:30Z" (a TIME, with its offset)."""
    day = calendar_fields(match)
    if day is None or not match.has("iso_hour"):
        return day
    zone = match.group("iso_zone")
    if zone is not None and zone != "Z" and ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    second = match.group("iso_second")
    return day.but(
        hour=int(match.group("iso_hour") or "0"),
        minute=int(match.group("iso_minute") or "0"),
        second=None if second is None else int(second),
        zone=zone,
        grain=Grain.SECOND if second is not None else Grain.MINUTE,
    )


def _numeric_dmy(match: RuleMatch) -> PartialTime | None:
    """ "13/03/2024", "31.12.2023", "25/12/98", "2024/03/05": a day-first or year-first date."""
    day = match.group("d") or match.group("d2") or match.group("d3") or match.group("d4") or "0"
    month = (
        match.group("m")
        or match.group("m_dot")
        or match.group("m2")
        or match.group("m3")
        or match.group("m4")
        or "0"
    )
    year = match.group("y") or match.group("y3") or match.group("y4")
    if year is None:
        return PartialTime(yy=int(match.group("y2") or "0"), month=int(month), day=int(day), grain=Grain.DAY)
    return PartialTime(year=int(year), month=int(month), day=int(day), grain=Grain.DAY)


def _year_era(match: RuleMatch) -> PartialTime | None:
    number = int((match.group("era_year") or match.group("prefix_year") or "0").replace(",", ""))
    era = (match.group("era") or match.group("prefix_era") or "").upper().replace(".", "")
    if number == 0:
        return None
    if era in ("BC", "BCE"):
        return PartialTime(year=number, bc=True, grain=Grain.YEAR)
    return PartialTime(year=number, grain=Grain.YEAR)


#: A year with its era after it: "480 BC", "AD 9" is the prefix form.
#: "B.C" without its last dot is how a list or a parenthesis often writes it ("(311 B.C to 289 B.C)").
_YEAR_ERA = r"(?P<era_year>[0-9]{1,4}) (?P<era>B\.C(?:\.E)?\.?|BCE?|A\.D\.|AD|CE)(?![\w])"


def _month_or_season_year_era(match: RuleMatch) -> PartialTime | None:
    """A month or season of a year given with its era: "April 480 BC", "the spring of 347 BC"."""
    year = _year_era(match)
    if year is None:
        return None
    if match.has("season"):
        season = _season(match)
        return None if season is None else year.but(season=season.season, grain=Grain.SEASON)
    month = _LEXICON.month(match.group("month") or "")
    if month is None:
        return None
    day = _day(match.group("day") or match.group("day2"))
    if day is not None:
        # "2 September 31 BC", "March 15, 44 BC": a day of a year given with its era.
        return year.but(month=month, day=day, grain=Grain.DAY) if 1 <= day <= 31 else None
    return year.but(month=month, grain=Grain.MONTH)


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


#: A decade just named, then "and", "or", "to": the second decade of a pair may drop "the" and the
#: century ("the nineteen fifties and sixties", "the 1950s and 60s"); the first gives the century.
_FIRST_DECADE_BEFORE = re.compile(
    r"(?:\bthe\s+(?:(?P<century_word>eighteen|nineteen|twenty)\s+|(?P<century_digits>1[0-9]|20)\s?)?"
    + r"(?:"
    + "|".join(_DECADE_WORDS)
    + r")"
    + r"|(?<![0-9])(?P<first_digits>1[0-9]{2}|20[0-9])0'?s|'[0-9]0'?s)\s+(?:and|or|to|through|into)\s+"
    + r"(?:(?:early|late|mid)[\s-])?$",
    re.IGNORECASE,
)
#: A temperature talked of just before "the fifties": the heat, not the years ("temperatures
#: in the fifties", "the mercury stayed in the sixties").
_TEMPERATURE_BEFORE = re.compile(
    # ("Temperatures in New York and Boston are expected to stay in the 50s".)
    r"\b(?:temperatures?|thermometers?|mercury|fahrenheit|degrees)\b[^.;!?]{0,60}$"
    # ... and a forecast's highs and lows, with the preposition that puts them in a band ("lows
    # will dip into the forties", "highs in the 50s"; not "the highs and lows of the 60s").
    # ("Highs will reach the 60s", "Readings fell into the 30s".)
    r"|\b(?:highs?|lows?|readings?|wind chills?|heat index)\b[^.;!?]{0,30}"
    r"\b(?:in|into|to|near|around|reach(?:ed|ing)?|hit(?:ting)?|top(?:ped|ping)?|climb(?:ed|ing)?)\s+(?:the\s+)?$"
    # ... and a second band after a first one the clause gave ("Temperatures would climb into the
    # 50s over the weekend and into the 60s early next week").
    r"|\b(?:temperatures?|highs?|lows?|thermometers?|mercury)\b[^.;!?]{0,40}\bthe\s+(?:(?:low|mid|high|upper)[\s-]+)?"
    # ("Highs will be in the 60s by Saturday and the 70s early next week".)
    r"[0-9]0s\b[^.;!?0-9]{0,50}\b(?:in|into|to|and)\s+(?:the\s+)?$"
    # ... and a weather report's verbs of rising and falling with their band, where it leaves the
    # reading unsaid: "New York won't get out of the twenties", "will climb into the sixties".
    r"|\b(?:get|gets|got|getting|climb(?:s|ed|ing)?|dip(?:s|ped|ping)?|drop(?:s|ped|ping)?|"
    # ("It will be warm on Tuesday, falling into the 30s by Thursday".)
    r"fall(?:s|ing)?|fell|ris(?:e|es|ing)|rose|slid(?:e|es|ing)?|"
    # ("By the middle of next week we warm back into the 40s".)
    r"plunge[sd]?|plunging|soar(?:s|ed|ing)?|warm(?:s|ed|ing)?|cool(?:s|ed|ing)?)\s+(?:back\s+)?(?:out\s+of|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: "the mid-", "the early ", "the late " just before a decade without its century ...
_POSITION_BEFORE = re.compile(r"\b(?:early|mid|late)[\s-]\Z", re.IGNORECASE)
#: ... is a reading of the weather after a word for one anywhere in the clause ("Highs will reach
#: the mid-70s", "Lows tonight in the mid-40s"), not only after a preposition; so is a poll's
#: figure ("his numbers were in the mid-40s", "approval ratings in the low 50s").
_WEATHER_BEFORE = re.compile(
    r"\b(?:highs?|lows?|temperatures?|thermometers?|mercury|fahrenheit|degrees|wind chills?|heat index|"
    r"approval|popularity|percent|percentage|(?:poll|his|her)\s+numbers)\b"
    # ("Highs on Monday are expected to reach only the mid-20s".)
    r"[^.;!?]{0,60}\Z",
    re.IGNORECASE,
)


def _decade(match: RuleMatch) -> PartialTime | None:
    if match.has("second_word") or match.has("second_digits"):
        return _second_decade(match)
    text, start = match.match.string, match.match.start()
    if (
        (match.has("decade_word") or match.has("decade2_bare"))
        and _POSITION_BEFORE.search(text, max(0, start - 8), start)
        and _WEATHER_BEFORE.search(text, max(0, start - 90), start)
    ):
        return None
    if match.has("decade_word") and not match.has("century_digits") and not match.has("century_word"):
        text, start = match.match.string, match.match.start()
        if _TEMPERATURE_BEFORE.search(text, max(0, start - 90), start):
            return None
    if match.has("noughties"):
        return PartialTime(decade=200, grain=Grain.DECADE)
    if match.has("roaring"):
        return PartialTime(decade=192, grain=Grain.DECADE)
    before_era = match.group("decade_bc")
    if before_era is not None:
        return PartialTime(decade=int(before_era) // 10, bc=True, grain=Grain.DECADE)
    full = match.group("decade4")
    if full is not None and full.endswith("00") and full < "2000":
        # "the 1800s" is the century of the 1800s (the 19th), as "the early 1900s" is the 20th's
        # start; "the 2000s" is the decade, the noughties.
        return PartialTime(century=int(full[:2]), grain=Grain.CENTURY)
    if full is not None:
        return PartialTime(decade=int(full[:3]), grain=Grain.DECADE)
    short = match.group("decade2") or match.group("decade2_bare")
    if match.has("decade2_bare"):
        text, start = match.match.string, match.match.start()
        if _TEMPERATURE_BEFORE.search(text, max(0, start - 150), start):
            return None
    if short is not None:
        return PartialTime(decade=int(short[0]), grain=Grain.DECADE)
    word = (match.group("decade_word") or "").lower()
    century = match.group("century_digits")
    if match.has("century_word"):
        century = str(en.NUMBER_WORDS[(match.group("century_word") or "").lower()])
    digit = _DECADE_WORDS.get(word)
    if digit is None:
        return None
    if century is not None:
        return PartialTime(decade=int(century) * 10 + digit, grain=Grain.DECADE)
    return PartialTime(decade=digit, grain=Grain.DECADE)


def _second_decade(match: RuleMatch) -> PartialTime | None:
    """ "sixties" in "the nineteen fifties and sixties", "60s" in "the 1950s and 60s": the second
    decade of a pair, in the first one's century; not "in his fifties and sixties" (an age) nor
    "temperatures in the fifties and sixties"."""
    text, start = match.match.string, match.match.start()
    first = _FIRST_DECADE_BEFORE.search(text, max(0, start - 40), start)
    if first is None or _TEMPERATURE_BEFORE.search(text, max(0, first.start() - 60), first.start()):
        return None
    word = match.group("second_word")
    digit = _DECADE_WORDS[word.lower()] if word else int((match.group("second_digits") or "0")[0])
    century = first.group("century_digits")
    if first.group("century_word"):
        century = str(en.NUMBER_WORDS[first.group("century_word").lower()])
    if first.group("first_digits"):
        century = first.group("first_digits")[:2]
    if century is not None:
        return PartialTime(decade=int(century) * 10 + digit, grain=Grain.DECADE)
    return PartialTime(decade=digit, grain=Grain.DECADE)


def _century(match: RuleMatch) -> PartialTime | None:
    ordinal = _LEXICON.ordinal(match.group("nth") or "")
    # (The centuries still to come too: "will live to see the 22nd century" is 21xx.)
    if ordinal is None or not 1 <= ordinal <= 99:
        return None
    bc = match.has("bc")
    # The 20th century is 19xx ("19"); the 9th century BC is 8xx BC ("BC08").
    return PartialTime(century=ordinal - 1, bc=bc, grain=Grain.CENTURY)


def _decade_of_century(match: RuleMatch) -> PartialTime | None:
    """ "the first decade of the 20th century" is the 1900s (``190``); "the last decade of the 19th
    century" the 1890s (``189``): the century's years that share its first three digits."""
    century = _LEXICON.ordinal(match.group("nth") or "")
    which = (match.group("which") or "").lower()
    nth = 10 if which in ("last", "final") else _LEXICON.ordinal(which)
    if century is None or nth is None or not 1 <= century <= 21 or not 1 <= nth <= 10:
        return None
    return PartialTime(decade=(century - 1) * 10 + nth - 1, grain=Grain.DECADE)


#: The values of Roman numerals up to the years of the Republican calendar (I to XIV).
_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int | None:
    """The value of a Roman numeral of I, V and X ("VIII" is 8, "XIV" 14); ``None`` if empty."""
    values = [_ROMAN[letter] for letter in numeral.upper() if letter in _ROMAN]
    if not values or len(values) != len(numeral):
        return None
    return sum(
        -value if value < after else value for value, after in zip(values, [*values[1:], 0], strict=True)
    )


def _without_accents(word: str) -> str:
    """A Republican month's name as it may be written without its accents ("Nivose", "Vendemiaire")."""
    return word.replace("é", "e").replace("ô", "o")


def _republican(match: RuleMatch) -> PartialTime | None:
    """ "18 Brumaire Year VIII", "9 Thermidor An II": a day of the French Republican calendar,
    as the Gregorian day it was (1799-11-09, 1794-07-27)."""
    month_word = _without_accents((match.group("republican_month") or "").lower())
    month = next(
        (number for number, name in enumerate(REPUBLICAN_MONTHS, 1) if _without_accents(name) == month_word),
        None,
    )
    year = _roman(match.group("republican_year") or "")
    day_word = match.group("republican_day") or ""
    if month is None or year is None or not day_word.isdigit():
        return None
    day = republican_date(year, month, int(day_word))
    return None if day is None else PartialTime(year=day.year, month=day.month, day=day.day, grain=Grain.DAY)


def _early_year_date(match: RuleMatch) -> PartialTime | None:
    """ "8 June 793", "June 8, 793": a day of a year of three digits, which only a day and a month
    before it show to be a year."""
    day = calendar_fields(match)
    year = int(match.group("y3") or "0")
    if day is None or day.day is None or year < 100:
        return None
    return day.but(year=year)


#: A year of three digits, then what may follow a date but not a count (the clause goes on:
#: "On 12 May 250 horsemen landed" is a count); the rule closes the look-ahead with its words.
#: A year of three digits, and the start of what may go on after it (completed by each rule).
_EARLY_YEAR = r"(?P<y3>[1-9][0-9]{2})(?![0-9]|[,.][0-9])(?=\s*[,.;:)]|\s*$"
#: ... such as the words a clause goes on with after a date ("8 June 793 the Vikings", "in October
#: 732 and", "in 565 when").
_DATE_GOES_ON = (
    r"|\s+(?:the|he|she|it|they|his|her|its|their|a|an|and|when|in|at|on|by|after|before|during|until"
    # ... and a preposition no count of things takes: "fought on 9 August 378 between the Romans and
    # the Goths", "on 1 May 305 near Nicomedia".
    r"|between|against|near|outside|inside|upon|along)\b"
)
#: Where a number without its era is a year: after "in" or "until", or "the summer of" ...
_WHERE_A_YEAR_STANDS = (
    # ... and "early" or "late" in it, or "By" opening a sentence: "in early 757", "By 751 he".
    r"(?:"
    + after_one_of("In", "in", "until", "By", "by", r"in\searly", r"in\slate")
    # ... and a life's start, "born around 482", and the second of two years, "In 541 and 542 the
    # empire was struck" (the ends read as one: see _AS_A_YEAR_ENDS).
    + "".join(rf"|(?<=\b{born}\s{word}\s)" for born in ("born", "Born") for word in ("around", "about", "c."))
    + r"|(?<=\b[Ii]n\s[1-9][0-9]{2}\sand\s)"
    # ... and the year of an event a history names by it: "the plague of 430", "the campaign of 217"
    # (its verb after it: see _AS_A_YEAR_ENDS).
    + "".join(
        rf"|(?<=\b{noun}\sof\s)"
        for noun in (
            "campaign",
            "plague",
            "raids",
            "siege",
            "revolt",
            "rebellion",
            "treaty",
            "peace",
            "council",
            "crusade",
            "invasion",
            "expedition",
            "famine",
            "fire",
            "earthquake",
            "uprising",
            "synod",
        )
    )
    + r"|(?P<the>the )?{season} of )"
)
#: ... and before what goes on after a date: the clause's end or its subject ("In 479 the
#: Persians", not "in 300 cases").
_AS_A_YEAR_ENDS = (
    # ... or a phrase of how or where it was done: "attacked in 603 with a large army", "the spring
    # of 628 on the old frontier".
    r"(?![0-9]|[,.][0-9])(?=\s*[,.;:)]|\s*$|\s+(?:the|he|she|it|they|his|her|its|their|when|a|an|at|after|under"
    r"|(?:with|against|on|before|following)\s+(?:the|a|an|his|her|its|their)\b)\b"
    # ... and after "by", the verb a year starts the story's clause with ("by 214 had taken Yi
    # Province"), or the clause's named subject and its verb ("By 207 Cao Cao controlled").
    r"|(?<=\b[Bb]y\s[1-9][0-9]{2})(?:\s+(?:had|was|were)\s+(?-i:[a-z]+(?:ed|en|n|t))\b"
    r"|\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+(?-i:[a-z]+ed|had|was|were)\b)"
    # ... or a clause or a second date goes on with "and" ("in 711 and ruled it", "in 985 and
    # Santiago in 997"), not a second count ("in 300 and 400 cases", "in 120 and more countries").
    r"|\s+and\s+(?![0-9]|(?:more|other|over|under|up|some|about|nearly|almost)\b)"
    # ... or a second year that goes on as a date does ("In 541 and 542 the empire").
    r"|\s+and\s+[1-9][0-9]{2}(?=\s*[,;:]|\s+(?:the|he|she|it|they|his|her|its|their)\b)"
    # ... or where a man was born ("born around 482 in a village"), or the verb after a season's
    # year ("which in the summer of 542 killed").
    r"|(?:(?<=\bborn\saround\s[1-9][0-9]{2})|(?<=\bborn\sabout\s[1-9][0-9]{2}))\s+in\s+(?:a|an|the)\b"
    r"|(?<=\bof\s[1-9][0-9]{2})\s+(?:(?-i:[a-z]+ed)|"
    + "|".join(sorted(word for word in en.PAST_VERBS_STRICT if word.isalpha() and len(word) > 2))
    + r")\b"
    # ... or a second verb of its clause's subject after "but": "won at Arginusae in 406 but lost its
    # last fleet" (not "by 200 but", a count's).
    r"|(?<=\b[Ii]n\s[1-9][0-9]{2})\s+but\s+(?-i:[a-z]{2,}ed|"
    + "|".join(sorted(word for word in en.PAST_VERBS_STRICT if word.isalpha() and len(word) > 2))
    + r")\b)"
)


def _month_early_year(match: RuleMatch) -> PartialTime | None:
    """ "in October 732", "November 565": a month of a year of three digits, which a clause going
    on after it shows to be a year ("In March 500 workers struck" is a count)."""
    month = _full_month_word(match)
    year = int(match.group("y3") or "0")
    if month is None or month.month is None or year < 100:
        return None
    return PartialTime(year=year, month=month.month, grain=Grain.MONTH)


#: A year of three digits in a story, before a name that is the clause's subject ("In 476
#: Odoacer deposed the emperor") or the agent of a passive ("deposed in 476 by Odoacer"): a news
#: report's "in 300 U.S. cities" is a count, so only stories read it.
# ("In 249 Sima Yi staged a coup": a name of two words.)
# ("Late in 875 Guthrum's army slipped past": the name's possessive before its noun.)
_STORY_YEAR_ENDS = (
    r"(?![0-9]|[,.][0-9])(?=\s+(?:by\s+)?(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?(?:['’]s)?"
    r"(?:\s+(?-i:[a-z])|\s*[.,;]))"
)


def _early_decade(match: RuleMatch) -> PartialTime | None:
    """ "the 540s": a decade of three digits, in a history (its era the story's)."""
    return PartialTime(decade=int(match.group("decade3") or "0") // 10, grain=Grain.DECADE)


def _early_year(match: RuleMatch) -> PartialTime | None:
    """ "In 479 the Persians were beaten", "the summer of 430": a year of three digits without
    its era, which "in" or a season before it and a clause going on after it show to be a year;
    the era is the story's (see ``resolve``)."""
    year = int(match.group("y3") or "0")
    if year < 100:
        return None
    if match.has("season"):
        season = _season(match)
        return None if season is None else PartialTime(year=year, season=season.season, grain=Grain.SEASON)
    return PartialTime(year=year, grain=Grain.YEAR)


#: What follows the second end of a range of years of three digits: the end of the clause, or a
#: word that goes on from a date ("and carried", "the canal"), not a noun the numbers count.
_EARLY_RANGE_FOLLOWS = (
    r"(?![0-9]|[,.][0-9])(?=\s*[,.;:)]|\s*$|\s+(?:the|he|she|it|they|his|her|its|their|when|and|a|an)\b)"
)
#: What a range of years names "of" it: "the war of 602-628".
_RANGE_NOUNS = ("war", "wars", "reign", "period", "campaign", "campaigns", "conflict", "siege", "years")
#: "between 605 and 611", "from 618 to 907": either end of a range of years of three digits (each
#: end reads the other's number, in ``other`` or ``first*``).
_EARLY_RANGE = (
    after_one_of("between", "from")
    # (... the other end of four digits too, past the year 1000: "reigned from 976 to 1025".)
    + r"(?P<y3>[1-9][0-9]{2})(?=\s(?:and|to|until|till)\s(?P<other>[1-9][0-9]{2}|1[0-9]{3})"
    + _EARLY_RANGE_FOLLOWS
    + r")|(?:(?<=\bbetween\s(?P<first_and>[1-9][0-9]{2})\sand\s)|(?<=\bfrom\s(?P<first_to>[1-9][0-9]{2})\sto\s)"
    + r"|(?<=\bfrom\s(?P<first_until>[1-9][0-9]{2})\suntil\s)|(?<=\bfrom\s(?P<first_till>[1-9][0-9]{2})\still\s))"
    + r"(?P<y3_second>[1-9][0-9]{2})"
    + _EARLY_RANGE_FOLLOWS
    # "The Gothic War (535-554)": a span of years in brackets after a name.
    + r"|(?<=\()(?P<y3_bracket>[1-9][0-9]{2})(?=[-–](?P<other_bracket>[1-9][0-9]{2})\))"
    + r"|(?<=\((?P<first_bracket>[1-9][0-9]{2})[-–])(?P<y3_bracket_second>[1-9][0-9]{2})(?=\))"
    # ... and after the war, the reign or the period "of" it: "the war of 602-628".
    + r"|(?:"
    + "|".join(rf"(?<=\b{noun}\sof\s)" for noun in _RANGE_NOUNS)
    + r")(?P<y3_of>[1-9][0-9]{2})(?=[-–](?P<other_of>[1-9][0-9]{2})(?![0-9]))"
    + r"|(?:"
    + "|".join(rf"(?<=\b{noun}\sof\s(?P<first_of_{noun}>[1-9][0-9]{{2}})[-–])" for noun in _RANGE_NOUNS)
    + r")(?P<y3_of_second>[1-9][0-9]{2})(?![0-9])"
    # ... and "in" a range with a dash, the clause going on after it: "raided Wessex in 892-896".
    + r"|(?<=\bin\s)(?P<y3_in>[1-9][0-9]{2})(?=[-–](?P<other_in>[1-9][0-9]{2})"
    + _EARLY_RANGE_FOLLOWS
    + r")|(?<=\bin\s(?P<first_in>[1-9][0-9]{2})[-–])(?P<y3_in_second>[1-9][0-9]{2})"
    + _EARLY_RANGE_FOLLOWS
)


def _early_year_range(match: RuleMatch) -> PartialTime | None:
    """ "between 605 and 611": a year of three digits at either end of a range of them, which the
    other end and a clause going on after them show to be years; not two round numbers ("between
    200 and 300."), which are counts far more often. The era is the story's (see ``resolve``)."""
    year = match.group("y3") or match.group("y3_second") or match.group("y3_bracket")
    year = (
        year
        or match.group("y3_bracket_second")
        or match.group("y3_of")
        or match.group("y3_of_second")
        or match.group("y3_in")
        or match.group("y3_in_second")
        or "0"
    )
    other = (
        match.group("other")
        or match.group("first_and")
        or match.group("first_to")
        or match.group("first_until")
    )
    other = (
        other
        or match.group("first_till")
        or match.group("other_bracket")
        or match.group("first_bracket")
        or match.group("other_of")
        or match.group("other_in")
        or match.group("first_in")
        or next(
            (match.group(f"first_of_{noun}") for noun in _RANGE_NOUNS if match.has(f"first_of_{noun}")), None
        )
        or "0"
    )
    if int(year) < 100 or int(other) < 100 or int(year) == int(other):
        return None
    bracketed = match.has("y3_bracket") or match.has("y3_bracket_second")
    first, last = sorted((int(year), int(other)))
    opening = match.match.string.rfind("(", 0, match.match.start()) + 1
    if bracketed and (
        last - first > _LONGEST_BRACKETED_SPAN
        or not _NAME_BEFORE_BRACKET.search(match.match.string, max(0, opening - 40), opening)
    ):
        # "(535-554)" after a name ("The Gothic War (535-554)") is its span; "(120-150)" after a
        # count is a range of the count.
        return None
    if year.endswith("0") and other.endswith("0"):
        return None
    text, start = match.match.string, match.match.start()
    if _AMOUNT_BEFORE_RANGE.search(text, max(0, start - 40), start):
        # "The dead numbered between 125 and 137", "a force of between 125 and 137 men".
        return None
    return PartialTime(year=int(year), grain=Grain.YEAR)


#: A name (its last word capitalised) and the opening bracket of its span of years.
_NAME_BEFORE_BRACKET = re.compile(r"(?-i:[A-Z])[\w'’-]*\s*\(\Z")
#: A bracketed span of more years than this is no war's or reign's.
_LONGEST_BRACKETED_SPAN = 120
#: A word before a range that makes its ends amounts: "numbered between", "of from", "cost from".
_AMOUNT_BEFORE_RANGE = re.compile(
    r"\b(?:numbered|numbering|number|numbers|totall?ed|totall?ing|totals?|ranged|ranging|range|"
    r"estimated|estimates?|anywhere|somewhere|cost|costing|weighed|weighing|measured|measuring|"
    r"counted|of|at|to|by|rose|fell|grew|dropped|increased|decreased|reduced|cut|sold|paid)"
    r"\s+(?:between|from)\s+(?:[0-9]{3}\s+(?:and|to)\s+)?\Z",
    re.IGNORECASE,
)


def _first_century_year(match: RuleMatch) -> PartialTime | None:
    """ "in 67", "the spring of 70": a year of two digits that only a story already told in the
    first century can make one (see ``resolve``, which drops it elsewhere)."""
    year = int(match.group("y2") or "0")
    if year < 10:
        return None
    if match.has("season"):
        season = _season(match)
        return None if season is None else PartialTime(year=year, season=season.season, grain=Grain.SEASON)
    return PartialTime(year=year, grain=Grain.YEAR)


def _month_first_century_year(match: RuleMatch) -> PartialTime | None:
    """ "May 66": a month of a year of two digits, kept as for :func:`_first_century_year`."""
    month = _full_month_word(match)
    year = int(match.group("y2") or "0")
    if month is None or month.month is None or year < 32:
        return None  # (a day of the month: "By May 30")
    return PartialTime(year=year, month=month.month, grain=Grain.MONTH)


#: A quarter named earlier in the sentence, before an ordinal that leaves the noun unsaid ("in
#: the third quarter and will shrink again in the fourth").
#: "in" right before a span of months a report gives figures for: "in July-December".
_IN_BEFORE = re.compile(r"\bin\s\Z", re.IGNORECASE)
#: Words of an economy's or a company's figures: in their sentence "the final quarter" is the
#: year's fourth ("the economy picked up in the final quarter"), not a game's.
_FIGURES_IN_SENTENCE = re.compile(
    r"\b(?:economy|economic|GDP|growth|grew|sales|profits?|revenues?|earnings|output|exports|imports"
    r"|inflation|percent|fiscal|shipments|deliveries|demand)\b|%",
    re.IGNORECASE,
)
_ELIDED_QUARTER_BEFORE = re.compile(
    # (A decimal point is no sentence's end: "3.3 percent in the third quarter, up from 1.8 percent".)
    r"\b(?:first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b(?:[^.;:!?]|(?<=[0-9])\.(?=[0-9])){0,100}\Z",
    re.IGNORECASE,
)
#: The first half named before the second left unsaid, and its year: "the first half of 2023 but".
_ELIDED_HALF_BEFORE = re.compile(
    r"\bfirst[- ]half\b(?:\s+of\s+(?:fiscal\s+|calendar\s+)?(?P<year>[12][0-9]{3})\b)?"
    r"(?:[^.;:!?]|(?<=[0-9])\.(?=[0-9])){0,100}\Z",
    re.IGNORECASE,
)


#: A game clock's time before the period it is of: "9:58 of ", "2:10 left in ".
_GAME_CLOCK_BEFORE = re.compile(r"[0-9]:[0-5][0-9]\s+(?:left\s+|remaining\s+)?(?:of|in|into)\s+\Z")


def _quarter(match: RuleMatch) -> PartialTime | None:
    if _GAME_CLOCK_BEFORE.search(match.match.string, max(0, match.match.start() - 24), match.match.start()):
        return None  # "The winner came at 9:58 of the fourth quarter": a game's quarter
    if match.has("final"):
        text, start = match.match.string, match.match.start()
        low, high = sentence_bounds(text, start)
        if not _FIGURES_IN_SENTENCE.search(text, low, high):
            return None  # "scored 12 points in the final quarter": a game's
    if match.has("nth_elided"):
        text, start = match.match.string, match.match.start()
        if not _ELIDED_QUARTER_BEFORE.search(text, max(0, start - 140), start):
            return None
    word = (
        match.group("nth")
        or match.group("nth_pair")
        or match.group("nth_plural")
        or match.group("nth_elided")
        or ""
    ).lower()
    nth = (
        4
        if word in ("final", "last")
        else _LEXICON.ordinal(word or match.group("nth_adjective") or "")
        or int(match.group("qdigit") or match.group("digit_q") or 0)
    )
    if match.has("end_month"):
        nth = (_LEXICON.month(match.group("end_month") or "") or 0) // 3
    if match.has("last_month"):
        last = _LEXICON.month(match.group("last_month") or "") or 0
        first = _LEXICON.month(match.group("start_month") or "") or 0
        start = match.match.start()
        if (first, last) in ((1, 6), (7, 12)) and (
            match.text.lower().endswith("period")
            or _IN_BEFORE.search(match.match.string, max(0, start - 4), start)
        ):
            # "Investment grew 20.1 percent in the January-June period": a half of the year.
            year = match.group("rq_year")
            return PartialTime(year=int(year) if year else None, half=last // 6, grain=Grain.HALF)
        # Three months of one calendar quarter, or no quarter ("the January-July period").
        nth = last // 3 if first == last - 2 else 0
    if not 1 <= nth <= 4:
        return None
    year = (
        match.group("year")
        or match.group("qyear")
        or match.group("year_first")
        or match.group("dq_year")
        or match.group("mq_year")
        or match.group("rq_year")
        or match.group("aq_year")
        or match.group("pair_year")
        or match.group("and_year")
    )
    if match.has("of_year"):
        return _of_relative_year(match).but(quarter=nth, grain=Grain.QUARTER)
    if match.has("q_fy"):
        # "Q3 FY25": a quarter of the fiscal year named as "FY25" is (date.fiscal_year_short).
        return _fiscal_year_short(match).but(quarter=nth, grain=Grain.QUARTER)
    two_digits = match.group("q_yy") or match.group("dq_yy")
    if two_digits is not None:
        return PartialTime(yy=int(two_digits), quarter=nth, grain=Grain.QUARTER, direction="nearest")
    if year is None and not match.has("q_fy") and in_match_report(match):
        return None  # "The Chiefs led 14-10 in the third quarter"
    if year is None and "fiscal" in match.text.lower():
        # A fiscal quarter is named by the fiscal year being reported on: the current one, not
        # the nearest calendar quarter of that number.
        return PartialTime(
            anchor="dct", quarter=nth, shift=Shift(Grain.YEAR, 0), grain=Grain.QUARTER, fiscal=True
        )
    if (
        year is None
        and match.has("nth_adjective")
        and _QUARTER_FIGURES_AFTER.match(match.match.string, match.match.end())
    ):
        # "will release its estimate of third-quarter output next week", written in December:
        # figures are named for the quarter they measure, the nearest of that name, whatever the
        # tense of their release.
        return PartialTime(quarter=nth, grain=Grain.QUARTER, direction="nearest")
    return PartialTime(year=int(year) if year else None, quarter=nth, grain=Grain.QUARTER)


#: What a quarter written as an adjective measures: "third-quarter output", "fourth-quarter GDP".
_QUARTER_FIGURES_AFTER = re.compile(
    r"\s+(?:(?:gross\s+domestic\s+product|GDP|output|growth|production|figures|data|statistics|"
    r"trade\s+deficit|current\s+account|productivity|inflation|unemployment|sales|retail\s+sales|orders))\b",
    re.IGNORECASE,
)


def _compared_quarter(match: RuleMatch) -> PartialTime | None:
    """ "the year-ago third quarter", "the 1988 second quarter"."""
    nth = _LEXICON.ordinal(match.group("nth") or "")
    if nth is None or not 1 <= nth <= 4:
        return None
    year = match.group("year")
    if year is not None:
        return PartialTime(year=int(year), quarter=nth, grain=Grain.QUARTER)
    return PartialTime(anchor="dct", quarter=nth, shift=Shift(Grain.YEAR, -1), grain=Grain.QUARTER)


def _possessive_quarter(match: RuleMatch) -> PartialTime | None:
    """ "this year's third quarter", "last year's quarter", "2013's first quarter", "fiscal 1990's
    first half"."""
    if match.has("half"):
        half = 1 if (match.group("half") or "").lower() == "first" else 2
        return PartialTime(year=int(match.group("hyear") or "0"), half=half, grain=Grain.HALF)
    nth = _LEXICON.ordinal(match.group("nth") or "")
    if match.has("pyear"):
        if nth is None or not 1 <= nth <= 4:
            return None
        return PartialTime(year=int(match.group("pyear") or "0"), quarter=nth, grain=Grain.QUARTER)
    amount = {"this": 0, "last": -1, "next": 1}[(match.group("det") or "").lower()]
    if nth is None:
        return PartialTime(
            anchor="ref",
            anchor_grain=Grain.QUARTER,
            shift=Shift(Grain.YEAR, amount),
            fallback_shift=-1,
            grain=Grain.QUARTER,
        )
    return PartialTime(anchor="dct", quarter=nth, shift=Shift(Grain.YEAR, amount), grain=Grain.QUARTER)


def _week_of(match: RuleMatch) -> PartialTime | None:
    """ "the week of June 9": the ISO week holding that day ("the weekend of June 7": its weekend)."""
    if match.has("od"):
        day_of_month = _day(match.group("od"))
        if day_of_month is None or not 1 <= day_of_month <= 31:
            return None
        return PartialTime(day=day_of_month, grain=Grain.WEEK, weekend=match.has("weekend"))
    day = calendar_fields(match)
    return None if day is None else day.but(grain=Grain.WEEK, weekday=None, weekend=match.has("weekend"))


#: The day whose ISO week is "the first (second, ...) week" of a month: as the ISO year's first
#: week holds January 4, a month's holds its 4th, and its last week the day three before its end.
_WEEK_OF_MONTH_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _nth_week_of_month(match: RuleMatch) -> PartialTime | None:
    """ "the first week of March", "the last week of June 2019": the ISO week that holds most
    of those seven days."""
    month = _LEXICON.month(match.group("month") or "")
    if month is None:
        return None
    year_text = match.group("year")
    nth = (match.group("nth") or "").lower()
    # (February's last week is counted in a common year: a leap day moves it a day at most.)
    day = _WEEK_OF_MONTH_DAY.get(nth) or calendar.monthrange(int(year_text or 2001), month)[1] - 3
    return PartialTime(year=int(year_text) if year_text else None, month=month, day=day, grain=Grain.WEEK)


def _nth_week_of_year(match: RuleMatch) -> PartialTime | None:
    """ "the first week of 2026", "the last week of the year": the ISO week that holds the 4th of
    January (the first) or the 28th of December (the last), as ISO 8601 counts them."""
    nth = (match.group("nth") or "").lower()
    month, day = (12, 28) if nth in ("last", "final") else (1, _WEEK_OF_MONTH_DAY[nth])
    if match.has("of_year"):
        return _of_relative_year(match).but(month=month, day=day, grain=Grain.WEEK)
    if match.has("new_year"):
        # (The new year nearest the story's date, as "the new year" alone is.)
        return PartialTime(month=month, day=day, grain=Grain.WEEK, direction="nearest")
    return PartialTime(year=int(match.group("year") or "0"), month=month, day=day, grain=Grain.WEEK)


def _edge_day_of_year(match: RuleMatch) -> PartialTime | None:
    """ "the first day of next year", "the last day of 2014": January 1 or December 31 of that
    year. Not a fiscal year's (its edges are the company's)."""
    if "fiscal" in match.text.lower():
        return None
    month, day = (12, 31) if (match.group("edge") or "").lower() in ("last", "final") else (1, 1)
    if match.has("of_year"):
        return _of_relative_year(match).but(month=month, day=day, grain=Grain.DAY)
    return PartialTime(year=int(match.group("year") or "0"), month=month, day=day, grain=Grain.DAY)


#: "of the year", "of next year": the part of a year named relative to the DCT (in a narrative,
#: the story's year), as "the year" and "next year" alone are; "of the next year", "of that
#: year": the year after (or of) the one the story stands at.
_OF_RELATIVE_YEAR = (
    # ("the first half last year", "the third quarter this year": wire copy leaves out the "of".)
    r" (?:of |(?=(?:this|last|next) (?:(?:fiscal|calendar) )?(?-i:year)\b))"
    # ("the first half of the current fiscal year": the DCT's, as "this year" is.)
    r"(?P<of_year>the|this|last|next|that(?: same)?|the (?:next|following|previous|preceding|same|current)"
    # ("the first half of the new financial year": the one about to begin or just begun, the DCT's.)
    r"|the new(?= (?:fiscal|financial) ))"
    r" (?:(?:fiscal|calendar|financial) )?(?-i:year)(?!s?['’-])"
)


def _of_relative_year(match: RuleMatch) -> PartialTime:
    """The year of "the first half of next year" (the DCT's year, shifted) or of "the first
    quarter of the following year" (the story's year, shifted)."""
    words = " ".join((match.group("of_year") or "").lower().split())
    if words in ("the new", "the current"):
        return PartialTime(anchor="dct", shift=Shift(Grain.YEAR, 0), grain=Grain.YEAR, direction="same")
    if words.startswith(("the ", "that")):
        amount = {"the next": 1, "the following": 1, "the previous": -1, "the preceding": -1}.get(words, 0)
        return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, amount), grain=Grain.YEAR)
    amount = {"last": -1, "next": 1}.get(words, 0)
    # ("Earnings fell in the second quarter of this fiscal year", written in April: the year it
    # names, whatever the tense.)
    return PartialTime(
        anchor="dct",
        shift=Shift(Grain.YEAR, amount),
        grain=Grain.YEAR,
        direction="same" if words == "this" else None,
    )


#: Words of a match report: "the second half" in their sentence is the game's, not the year's.
_MATCH_WORDS = re.compile(
    r"\b(?:scored|scoring|netted|equali[sz](?:ed|er|ing)|penalty|penalties|touchdowns?|half-?time|sent off|"
    # ... and a goal's minute or a header: "went ahead in the 12th minute when Price headed in".
    r"[0-9]{1,3}(?:st|nd|rd|th) minute|headed (?:in|home)|free kick|corner kick|hat-?trick|"
    r"red card|yellow card|striker|goalkeeper|kick-?off|substitutes?|own goal|innings|quarterback|"
    r"stoppage time|injury time|rebounds|three-pointers?|free throws|field goals?|fumbled?|home runs?|wickets|"
    # ... and a quarterback's passes, or a player hurt: "completed 9 of 21 passes", "left the game".
    r"completed\s+[0-9]{1,2}\s+of\s+[0-9]{1,2}|(?:passing|rushing)\s+yards|interceptions?|left\s+the\s+game|"
    # ("Warner threw for 277 yards in the first half": a passer's or a runner's yards.)
    r"(?:threw|passed|ran|rushed)\s+for\s+[0-9]{1,3}\s+yards|"
    # ... and a shooting percentage: "went cold in the second half, shooting 31%".
    r"shooting\s+[0-9]{1,3}(?:\.[0-9])?(?=\s*(?:%|percent))|"
    # ... and a score: "led 14-10", "ended 20-17", "trailed 2-1 at the break".
    r"(?:led|trailed|leading|trailing|tied|ended|won|lost|beat|up|down)\s+(?:by\s+)?[0-9]{1,3}-[0-9]{1,3}(?![0-9-])|"
    # "outscored Golden State 30-18 in the third quarter": a team that outscores another.
    r"outscor(?:ed|es|ing)\b|"
    # ... "cut the lead to 13-7", "a 24-8 deficit", "a 21-point lead".
    r"(?:lead|deficit|gap)\s+to\s+[0-9]{1,3}-[0-9]{1,3}(?![0-9-])|"
    r"[0-9]{1,3}(?:-[0-9]{1,3}|-point)\s+(?:lead|deficit|advantage|win|victory|defeat|loss|run)|"
    # ... and a team's points behind or ahead: "The Bulls trailed by nine points", "of Game 5".
    r"(?:trailed|led|trailing|leading)\s+by\s+(?:[0-9]{1,3}|[a-z]+)\s+points|of\s+Game\s+[1-7]"
    # ... and a margin alone: "trailed by 19 in the second quarter".
    r"|(?:trailed|trailing)\s+by\s+[0-9]{1,2}(?=\s+(?:in|at|with|early|late|midway|going|entering)\b)"
    # ... and a margin at most, or a tied score: "trailed by as many as seven points", "went into
    # the fourth quarter tied at 72".
    r"|by\s+as\s+many\s+as\s+(?:[0-9]{1,2}|[a-z]+)\s+points|tied\s+at\s+[0-9]{1,3}(?![0-9-]))\b",
    re.IGNORECASE,
)
#: A result a match report opens on: "The Heat beat the Spurs 95-88", "Chelsea won 2-1".
_RESULT = re.compile(
    r"\b(?:beat|beats|defeated|defeats|edged|routed|topped|downed|won|lost)\s+(?:(?:the\s+)?(?-i:[A-Z])[\w.'-]*\s+){0,3}"
    r"[0-9]{1,3}-[0-9]{1,3}(?![0-9-])",
    re.IGNORECASE,
)


#: The words of a company's or an economy's figures, whose halves and quarters are the calendar's.
_FIGURES_WORDS = re.compile(
    r"\b(?:sales|revenues?|profits?|earnings|income|loss(?:es)?|economy|economic|growth|GDP|output|"
    r"fiscal|shares|stocks?|prices?|percent|billion|million)\b|%",
    re.IGNORECASE,
)
#: The words of a game a match report is full of (plain words: they are looked for around every
#: bare half, where :data:`_MATCH_WORDS` would read slowly).
_GAME_WORDS = (
    "scored", "scoring", "netted", "goal", "penalty", "striker", "half-time", "halftime", "kick-off",
    "touchdown", "quarterback", "innings", "wicket", "referee", "equalis", "equaliz",
    "substitute", "midfielder", "defender", "stoppage time", "the visitors", "home side", "header",
    # ... and American football's: "By kickoff ..., a 19-yard field goal".
    "kickoff", "field goal", "lineman", "yard line",
)  # fmt: skip
#: How many words of a game a report needs to be a match report throughout, within this many
#: characters of the half.
_MATCH_REPORT_WORDS = 3
_MATCH_REPORT_REACH = 1200


def in_match_report(match: RuleMatch) -> bool:
    """Whether a bare half or quarter is a game's: its sentence tells of the game ("Arsenal scored
    twice in the second half"), or the text is a match report and the sentence gives no figures
    ("Ronaldo looked frustrated for much of the first half")."""
    text = match.match.string
    start, end = sentence_bounds(text, match.match.start())
    if _MATCH_WORDS.search(text, start, end):
        return True
    if _FIGURES_WORDS.search(text, start, end):
        return False
    # (Around the half, not the whole text: a text of many halves would be read once for each;
    # and by plain searches, which a text of many halves reads quickly.)
    around = text[max(0, start - _MATCH_REPORT_REACH) : end + _MATCH_REPORT_REACH]
    # (... or the report opened on the game's result: "The Heat beat the Spurs 95-88 on Thursday
    # night. Miami was behind at the end of the first half".)
    return (
        sum(around.lower().count(word) for word in _GAME_WORDS) >= _MATCH_REPORT_WORDS
        or _RESULT.search(around) is not None
    )


def _half(match: RuleMatch) -> PartialTime | None:
    """ "the first half", "the last half of 1987", "the first two quarters of 1993", "the second
    half of next year"."""
    digit = match.group("h_digit_yy") or match.group("digit_h_yy") or match.group("h_fy_digit")
    if digit is not None:
        yy = match.group("h_yy") or match.group("h_fy_yy") or "0"
        return PartialTime(yy=int(yy), half=int(digit), grain=Grain.HALF, direction="nearest")
    digit = match.group("h_then_digit") or match.group("digit_then_h")
    if digit is not None:
        return PartialTime(year=int(match.group("shorthand_year") or "0"), half=int(digit), grain=Grain.HALF)
    digit = match.group("h_bare") or match.group("h_bare_adjective")
    if digit is not None:
        return PartialTime(half=int(digit), grain=Grain.HALF)
    if match.has("second_elided"):
        text, start = match.match.string, match.match.start()
        found = _ELIDED_HALF_BEFORE.search(text, max(0, start - 140), start)
        if found is None:
            return None
        year = found.group("year")
        return PartialTime(year=int(year) if year else None, half=2, grain=Grain.HALF)
    if match.has("which_after_year"):
        half = 1 if (match.group("which_after_year") or "").lower() == "first" else 2
        return PartialTime(year=int(match.group("half_year") or "0"), half=half, grain=Grain.HALF)
    word = (
        match.group("which") or match.group("which_quarters") or match.group("which_adjective") or ""
    ).lower()
    half = 1 if word in ("first", "1st", "front") else 2
    if word in ("front", "back") and not match.has("of_year") and match.group("year") is None:
        # "the back half of the year" is its second half; "the back half" alone is as often a place's.
        return None
    if match.has("of_year"):
        return _of_relative_year(match).but(half=half, grain=Grain.HALF)
    if match.has("of_fy_yy"):
        return PartialTime(
            yy=int(match.group("of_fy_yy") or "0"), half=half, grain=Grain.HALF, direction="nearest"
        )
    year = match.group("year") or match.group("adjective_year")
    if year is None and (word in ("last", "latter") or match.has("which_quarters")):
        # "the last half" and "the first two quarters" alone are as often a game's or a duration.
        return None
    if year is None and in_match_report(match):
        return None  # "Arsenal scored twice in the second half"
    if year is None and _HALF_OF_PLAY_STARTS_AFTER.match(match.match.string, match.match.end()):
        return None  # "before the second half even started": a game's half
    if year is None and _GAME_STAT_BEFORE.search(
        match.match.string, max(0, match.match.start() - 40), match.match.start()
    ):
        return None  # "Phoenix shot 41% in the first half": a game's half
    return PartialTime(year=int(year) if year else None, half=half, grain=Grain.HALF)


#: What a side did in a half of play, before it: "shot 41% in ", "scored 30 points in ", "led
#: 50-41 in ".
_GAME_STAT_BEFORE = re.compile(
    r"\b(?:shot\s+[0-9]+(?:\.[0-9]+)?\s*(?:%|percent)|scored\s+[0-9]+\s+(?:points|goals|runs|tries)"
    r"|(?:led|trailed)\s+[0-9]+-[0-9]+)[^.;:!?]{0,20}\s+(?:in|during)\s+\Z",
    re.IGNORECASE,
)
#: A half of play that starts: " even started", " began", " got under way"; or one a race's time
#: is given for: " in 62 minutes", " in 1:02:50".
_HALF_OF_PLAY_STARTS_AFTER = re.compile(
    r"\s+(?:even\s+|had\s+)?(?:started|began|begun|kicked\s+off|got\s+under\s+way|resumed|tipped\s+off)\b"
    r"|\s+in\s+(?:[0-9]+\s*(?:minutes|mins?|seconds|secs?|hours|hrs?|h|m|s)\b|[0-9]{1,2}:[0-9]{2})"
)


def _half_of_decade(match: RuleMatch) -> PartialTime | None:
    """ "the last half of the '70s": the decade, with the half in ``mod`` (as "the late '70s")."""
    if match.has("this_decade"):
        # "the latter half of the decade": the DCT's decade (in a narrative, the story's).
        decade: PartialTime | None = PartialTime(
            anchor="dct", shift=Shift(Grain.DECADE, 0), grain=Grain.DECADE
        )
    else:
        decade = _decade(match)
    word = (match.group("which") or "").lower()
    return None if decade is None else decade.but(mod="START" if word == "first" else "END")


#: Nouns a season word modifies ("the summer offensive"): the article is the noun's, so TimeML
#: leaves it out of the extent, as it does before a capitalised name ("the Spring Offensive").
_SEASON_NOUNS = (
    r"(?:offensives?|campaigns?|campaigning|session|semester|term|recess|vacation|holidays?|harvest|rains|solstice|equinox|fighting"
    # A season that names a newspaper's event: "the spring budget", "the autumn statement", "the
    # summer transfer window", "the IMF's spring meetings".
    r"|budget|statement|sales|collections?|conferences?|meetings|elections?|transfer|break|exams?|tour"
    # ("The summer concert series in Central Park continues this week".)
    r"|concerts?|series|festival|league|camp"
    # ("Dupont missed the autumn internationals", "the spring friendlies": a sport's fixtures.)
    r"|internationals|friendlies|fixtures|tests|matches|races|meets?|regattas?"
    # ("Her students played at the spring recital", "She organized the autumn bazaar".)
    r"|recitals?|bazaars?|picnics?|fundraisers?|galas?|dances?|musicals?|fairs?"
    # ("When the spring thaw, the rasputitsa, brought operations to a halt".)
    r"|thaw|floods?|planting|sowing|migration"
    # ... and a season of work or trade: "the spring construction season", "the summer tourist season".
    r"|(?-i:[a-z]+)\s+season)\b"
)


#: After "the", not just after a preposition that makes a time adverbial ("in the", "during the").
_NO_PREPOSITION_BEFORE = "".join(
    rf"(?<!\b{word}\sthe\s)"
    for word in (
        "in",
        "by",
        "during",
        "until",
        "through",
        "throughout",
        "over",
        # ("by the middle of the summer Russian troops had taken Polotsk": a part of the season.)
        *(rf"{edge}\sof" for edge in ("middle", "end", "start", "beginning", "height", "course")),
    )
)


#: "winter quarters": where an army waits out a winter; and what is kept for any winter ("their
#: winter food supplies", "without winter clothing").
_QUARTERS_AFTER = re.compile(
    r"\s+(?:quarters|camps?|cloth(?:ing|es)|coats|uniforms|boots|gear|food|supplies|stores|provisions"
    r"|fodder|forage|pastures?|grazing)\b",
    re.IGNORECASE,
)


#: "spring" the verb: before the words it takes ("spring back", "spring up", "spring a leak"),
#: or after a modal or "to".
_SPRING_VERB_AFTER = re.compile(
    r"s? (?:back|up|into|forward|out|open|free|loose|to life|a |an |from|surprises?)\b"
)
_MODAL_BEFORE = re.compile(
    r"\b(?:can|could|would|will|may|might|must|should|to|did|does|do|cannot|n't)\s+(?:\w+ly\s+)?\Z",
    re.IGNORECASE,
)


#: The edge a possessive names: "by the summer's end", "at winter's beginning".
_SEASON_EDGES = {"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}


#: A capitalised word after a capitalised season, which makes both a name ("Fall Rot").
_NAME_WORD_AFTER = re.compile(r" (?-i:[A-Z][a-z]+)\b(?! [0-9]{1,4}\b)")


#: "Early", "Late" or "Mid" in capitals right before a capitalised season: "Late ".
_CAPITAL_EDGE_BEFORE = re.compile(r"(?-i:Early|Late|Mid)\s\Z")
#: A lower-case word that is not a function word: "kettle", "corn" (not "and", "the").
_CONTENT_WORD = r"(?!(?:and|or|in|of|for|to|is|was|were|had|has|the|a|an|on|at|with|by)\b)(?-i:[a-z]+)"
#: A product's noun after a brand's season: " kettle corn", " green tea", " and Harvest Moon brands".
_BRAND_NOUN_AFTER = re.compile(
    rf"\s+{_CONTENT_WORD}\s+{_CONTENT_WORD}\b|\s+and\s+(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+)\s+brands?\b"
)
#: A preposition of time right before: "in ", "during ".
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|during|by|until|till|since|through|over|of|from|last|next|this|that)\s+\Z", re.IGNORECASE
)
#: A capitalised noun after a capitalised season, then a race's length: " Harvest 5K" (not "the
#: Autumn Harvest Uprising", an event of that autumn, as a history tags it).
_LONGER_NAME_AFTER = re.compile(r" (?-i:[A-Z][a-z]+) [0-9]+(?:K|k|-?mile)\b")


#: A headline's "Fall", a verb after its subject in title case, on a line of its own: "Bonds
#: Also Fall", "Stock Prices Fall Again" (not "Last Fall", "In Fall", "This Fall").
_HEADLINE_VERB_FALL = re.compile(
    r"(?:^|\n)(?-i:[A-Z][\w'’-]*\s+){0,4}?(?!(?:Last|Next|This|That|In|By|Early|Late|Mid|The|Each|Every|Until)\s)"
    r"(?-i:[A-Z][a-z]+)\s+Fall(?:\s+(?-i:[A-Z][\w'’-]*))*\s*(?:\n|\Z)"
)


def _season_or_its_edge(match: RuleMatch) -> PartialTime | None:
    season = _season(match)
    edge = match.group("edge")
    if season is None or edge is None:
        return season
    return season.but(mod=_SEASON_EDGES[edge.split()[-1].lower()])


#: A verb of will before "to", where "winter" (or "summer") is a verb: "decided to winter there".
_TO_WINTER = re.compile(
    r"\b(?:decided|chose|planned|prepared|intended|hoped|forced|obliged|compelled|ordered|had|wanted|resolved)"
    r"\s+to\s+\Z",
    re.IGNORECASE,
)


#: A bare "fall" joined to another season, the season too: "mostly in spring and fall", "in fall
#: and winter" (alone, "fall" is mostly the noun or the verb).
_SEASONS_JOINED_TO_FALL = re.compile(
    r"\b(?:spring|summer|winter)\s+(?:and|or)\s+fall\b(?!\s+(?:in|of|from|to|by)\b)"
    r"|\b(?:in|during)\s+fall\s+(?:and|or)\s+(?:spring|summer|winter)\b"
)


#: The edge of the season before a bare "fall": "by early fall", "in late fall", "mid-fall" (the
#: verb and the noun take no such word).
_EDGE_BEFORE_FALL = re.compile(r"(?<![\w-])(?:early|late|mid-?)\s?\Z", re.IGNORECASE)


#: A bound before a bare "fall" that ends its clause: "plans to rebuild by fall, in time for",
#: "should be finished by fall." (not "killed by falling rocks").
_BOUND_BEFORE_FALL = re.compile(r"\b(?:by|until|till)\s\Z", re.IGNORECASE)
_CLAUSE_ENDS_AFTER_FALL = re.compile(r"\s*(?:[,.;:!?)]|\Z)")
#: A determiner or an adjective of how it went, before "fall season": "a strong ", "the busy ".
_DETERMINER_OF_A_SEASON_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|this|last|next|strong|weak|busy|slow|good|bad|record|whole|entire)\s\Z",
    re.IGNORECASE,
)
#: A calendar's season or term after a bare "fall": " season", " semester".
_SEASON_OF_A_CALENDAR_AFTER_FALL = re.compile(r"\s+(?:season|semester|term|schedule|lineup)\b", re.IGNORECASE)


#: The weather of a season before a bare "fall": "an unusually mild fall", "a wet fall".
_WEATHER_BEFORE_FALL = re.compile(
    r"\b(?:mild|warm|wet|dry|cold|cool|rainy|snowy|balmy|chilly|stormy)\s\Z", re.IGNORECASE
)


#: A world other than Earth right before a season: "the Martian winter", "a lunar summer".
_OTHER_WORLD_BEFORE = re.compile(r"\b(?:Martian|lunar|Jovian|Venusian|Titan's)\s+\Z", re.IGNORECASE)


def _season(match: RuleMatch) -> PartialTime | None:
    word = match.group("season") or ""
    lone = not match.has("the") and not match.has("year") and not match.has("noun")
    if (
        word.lower() == "fall"
        and lone
        and word[0] == "f"
        and not _EDGE_BEFORE_FALL.search(
            match.match.string, max(0, match.match.start() - 8), match.match.start()
        )
        and not _WEATHER_BEFORE_FALL.search(
            match.match.string, max(0, match.match.start() - 12), match.match.start()
        )
        and not _SEASONS_JOINED_TO_FALL.search(
            match.match.string, max(0, match.match.start() - 32), match.match.end() + 32
        )
        and not (
            _BOUND_BEFORE_FALL.search(
                match.match.string, max(0, match.match.start() - 8), match.match.start()
            )
            and _CLAUSE_ENDS_AFTER_FALL.match(match.match.string, match.match.end())
        )
        # ("The closing follows a strong fall season on Broadway": the season of a calendar.)
        and not (
            _SEASON_OF_A_CALENDAR_AFTER_FALL.match(match.match.string, match.match.end())
            and _DETERMINER_OF_A_SEASON_BEFORE.search(
                match.match.string, max(0, match.match.start() - 12), match.match.start()
            )
        )
    ):
        return None
    text, start, end = match.match.string, match.match.start("season"), match.match.end()
    if _OTHER_WORLD_BEFORE.search(text, max(0, start - 12), start):
        return None  # "survived the Martian winter": another world's season, no time of this one
    if lone and word[:1].isupper() and _KIN_BEFORE.search(text, max(0, start - 60), start):
        return None  # "three daughters, April, Dawn and Autumn": a name
    if word.istitle() and match.has("noun") and _LONGER_NAME_AFTER.match(text, end):
        # "The Fall Harvest 5K will march through downtown": a race's name, no season.
        return None
    if word == "Fall" and lone and _NAME_WORD_AFTER.match(text, end):
        # "Fall Rot", "Fall Gelb": a German operation's name ("Case Red"), no autumn.
        return None
    if (
        word.istitle()
        and lone
        and (edge := _CAPITAL_EDGE_BEFORE.search(text, max(0, start - 6), start)) is not None
        and (after_lower_case_word(text, edge.start()) or text.endswith(("the ", ", "), 0, edge.start()))
        and not _TIME_PREPOSITION_BEFORE.search(text, max(0, edge.start() - 12), edge.start())
        and _BRAND_NOUN_AFTER.match(text, end)
    ):
        # "the maker of Crispins potato chips and Late Summer kettle corn", "sells Early Spring green
        # tea": a brand's name, its words in capitals mid-sentence, before what it is.
        return None
    if word.istitle() and lone and _NAME_WORD_AFTER.match(text, end) and after_lower_case_word(text, start):
        # "the gallery bought Winter Morning at Ulvik": a capitalised season in the middle of a
        # sentence, a capital after it and no article, begins a work's or a place's name.
        return None
    if word == "Fall" and lone and _HEADLINE_VERB_FALL.search(text, max(0, start - 40), end + 2):
        # "Bonds Also Fall", "Prices Fall Sharply": a headline's verb, its words capitalised.
        return None
    if word.lower() == "fall" and _FALL_NOUN_AFTER.match(text, match.match.end("season")):
        # "the fall in oil prices", "the fall from power": the noun (not "spent the fall of 1972
        # in a church basement": the season its year names).
        return None
    if word.lower() == "fall" and _ANNIVERSARY_OF_BEFORE.search(text, max(0, start - 24), start):
        # "The anniversary of the fall is marked in Bulgaria": a city's fall, an event.
        return None
    if word.lower() in ("winter", "summer") and lone and _TO_WINTER.search(text, max(0, start - 40), start):
        # "decided to winter there", "ships that wintered": the verb.
        return None
    if (
        word == "spring"
        and lone
        and (_SPRING_VERB_AFTER.match(text, end) or _MODAL_BEFORE.search(text, max(0, start - 12), start))
    ):
        # "prices could spring back", "to spring a surprise": the verb.
        return None
    if (
        word.istitle()
        and _GIVEN_NAME_BEFORE.search(text, max(0, start - 40), start)
        and not _CAPITAL_AFTER.match(text, end)
    ):
        # "the Arab Spring", "the Prague Spring", "Donna Summer": a name that ends with the
        # season ("the German Spring Offensive" is an offensive of that spring).
        return None
    if word.istitle() and lone and in_quoted_title(text, start, end):
        # "She wrote \"Winter Light\"", "the film \"Summer Hours\"": a title, no season.
        return None
    season = en.SEASONS[word.lower()]
    if lone and _QUARTERS_AFTER.match(match.match.string, match.match.end()):
        # "the army went into winter quarters": the camp for any winter, not a winter of the story.
        return PartialTime(value=f"XXXX-{season}", season=season, grain=Grain.SEASON)
    year = match.group("year") or match.group("year_before")
    yy = match.group("season_yy")
    if match.has("of_year"):  # "the summer of that year", "the spring of the following year"
        return _of_relative_year(match).but(season=season, grain=Grain.SEASON)
    if yy is not None:  # "the summer of '69"
        return PartialTime(yy=int(yy[1:]), season=season, grain=Grain.SEASON)
    if year is None and "that" in (match.group("the") or "").lower().split():
        # "that winter" is the season of the time the text is at, in news as in a story.
        return PartialTime(anchor="ref", season=season, direction="same", grain=Grain.SEASON)
    return PartialTime(year=int(year) if year else None, season=season, grain=Grain.SEASON)


def _mid_season(match: RuleMatch) -> PartialTime | None:
    season = _season(match)
    return None if season is None else season.but(mod="MID")


def _winter_across_years(match: RuleMatch) -> PartialTime | None:
    """ "the winter of 1776-77", "the 2024/25 winter": a winter belongs to the year it starts in,
    the first of the two (1776-WI). Two years that do not follow each other are no winter. Before
    the common era the first is the higher ("the winter of 415/414 BC" is BC0415-WI)."""
    if match.has("bc_year"):
        first = int(match.group("bc_year") or "0")
        if int(match.group("bc_end") or "0") != first - 1:
            return None
        return PartialTime(year=first, bc=True, season="WI", grain=Grain.SEASON)
    if match.has("early_year"):
        first, end_year = int(match.group("early_year") or "0"), int(match.group("early_end") or "0")
        if end_year not in (first - 1, first + 1):
            return None
        return PartialTime(year=first, bc=end_year < first, season="WI", grain=Grain.SEASON)
    first = int(match.group("year") or match.group("lead_year") or "0")
    end = match.group("year_end") or match.group("lead_end") or ""
    if int(end) != (first + 1 if len(end) == 4 else (first + 1) % 100):
        return None
    return PartialTime(year=first, season="WI", grain=Grain.SEASON)


#: A golfer's score on a hole before "the 16th": "birdied the 16th", "a bogey at the 17th".
_GOLF_SCORE_BEFORE = re.compile(
    r"\b(?:birdied|bogeyed|double-bogeyed|parred|eagled|aced|birdies?|bogeys?|eagles?|pars?)"
    r"(?:\s+(?:on|at))?\s+\Z",
    re.IGNORECASE,
)
#: ... and a match's minute: "Messi equalized in the 29th", "scored in the 88th".
_MATCH_MINUTE_BEFORE = re.compile(
    r"\b(?:scored|scores|equali[sz]ed|equali[sz]es|netted|struck|levelled|leveled|converted|"
    r"sent\s+off|booked)\b[^.;:!?]{0,40}\bin\s+\Z",
    re.IGNORECASE,
)


#: For a spelled day of the month, a spelled ordinal before it with a noun after it ("the first
#: article"): a count of things that the day's ordinal may go on.
_ORDINAL_THING_BEFORE = re.compile(
    r"\b(?P<ordinal>" + "|".join(word for word in en.ORDINAL_WORDS if "-" not in word) + r")"
    r"\s+(?!of\b|day\b|week\b)[a-z]{3,}",
    re.IGNORECASE,
)


#: A numbered thing just before, joined to the ordinal: "the 92nd shuttle flight and (the 25th)".
#: (... or a possessive's: "It was Hamilton's 105th win and (the 9th) at Silverstone".)
_NUMBERED_THING_JOINED_BEFORE = re.compile(
    r"(?:\bthe|['’]s|\b(?:his|her|its|their))\s+[0-9]{1,3}(?:st|nd|rd|th)\s+(?!(?:of|day|week|month)\b)"
    r"(?:[a-z-]+\s+){1,2}(?:and|or|,)\s+\Z",
    re.IGNORECASE,
)


#: A rank a copula gives a thing earlier in the sentence, joined to the ordinal: "Briggs is the
#: fifth person exonerated in Baltimore since 2019 and (the 12th) in the past five years".
_RANK_OF_SUBJECT_JOINED_BEFORE = re.compile(
    r"\b(?:is|was|are|were|became|becomes)\s+the\s+(?:"
    + "|".join(word for word in en.ORDINAL_WORDS if "-" not in word)
    + r"|[0-9]{1,3}(?:st|nd|rd|th))\s+(?!(?:of|day|week|month)\b)[a-z]{3,}\b[^.;:!?]{0,80}\band\s+\Z",
    re.IGNORECASE,
)


#: A copula before a day's ordinal, and where a series is counted after it: "was the 11th in".
_COPULA_BEFORE = re.compile(r"\b(?:was|were|became)\s+\Z", re.IGNORECASE)
_RANK_AFTER = re.compile(r"\s+(?:in|of|among|this|for|to)\b", re.IGNORECASE)


_IS_BEFORE = re.compile(r"\b(?:is|was|are|were|became|becomes)\s+\Z", re.IGNORECASE)
#: The things a rank counts, and what they did: " technology company to go public".
_RANKED_NOUN_AFTER = re.compile(r"(?:\s+(?-i:[a-z]+)){1,2}\s+(?:to|that|who|which)\s+(?-i:[a-z]+)")
#: A series counted after a rank: " monthly decline", " straight gain", " consecutive year".
_SERIES_NOUN_AFTER = re.compile(
    r"\s+(?:monthly|weekly|daily|annual|yearly|quarterly|straight|consecutive|successive)\s+(?-i:[a-z]+)"
    # ... and a rank of the people a deed befell: "the 11th livery driver killed", "the 22nd police
    # officer shot".
    # (Not a day and a second deed: "was arrested on the 18th and shot on the 22nd"; nor a day
    # and its clause's subject: "On the 10th a shell killed the governor".)
    r"|\s+(?!(?:and|or|but|then|a|an|the|its|his|her|their)\b)(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?\s+(?:killed|shot|slain|murdered|arrested|injured|wounded|elected"
    r"|named|appointed|executed|charged|convicted|hired|fired|inducted)\b"
    # ... and a rank in a career or a run: "the 20th of his career", "the 15th in a row".
    r"|\s+of\s+(?:his|her|their|its|the)\s+(?:career|season|tenure|reign|presidency|term|life)\b"
    r"|\s+(?:in\s+a\s+row|in\s+succession|straight)\b"
    # ... and one of a run of events since a time: "This is the 13th national strike since the summer".
    r"|\s+(?:(?-i:[a-z]+)\s+)?(?:strike|walkout|protest|rally|attack|bombing|shooting|storm|hurricane|"
    r"earthquake|quake|outbreak|recall|stoppage|shutdown|raid|strikes|protests|attacks)s?\s+(?:since|this|of|in)\b"
)
#: A relative clause without its pronoun after a rank: " the council has adopted".
_COUNTED_BY_CLAUSE_AFTER = re.compile(r"\s+(?:the|a|its|their)\s+[a-z]+\s+(?:has|have|had)\b")


#: A noun (no weekday, month or feast) and the comma that sets off its rank: "service, ", "race, ".
_NOUN_IN_APPOSITION_BEFORE = re.compile(r"\b(?-i:[a-z]{3,})(?<!day)(?<!month)(?<!week),\s\Z")


#: A rank and its noun, then "and" up to a second rank: "third homicide this month and ".
_RANK_AND_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]{1,3}(?:st|nd|rd|th))\s+"
    r"(?!(?:day|week|month|year|quarter|half|century|of)\b)(?-i:[a-z]{3,})\b[^.;:,!?]{0,30}\band\s+\Z",
    re.IGNORECASE,
)


def _ordinal_day(match: RuleMatch) -> PartialTime | None:
    text, start = match.match.string, match.match.start()
    if _GOLF_SCORE_BEFORE.search(text, max(0, start - 24), start):
        return None  # "birdied the 16th": a hole, not a day
    if _MATCH_MINUTE_BEFORE.search(text, max(0, start - 60), start):
        return None  # "Messi equalized in the 29th": a minute of the match
    if _COPULA_BEFORE.search(text, max(0, start - 12), start) and _RANK_AFTER.match(text, match.match.end()):
        return None  # "The seizure was the 11th in Texas": a rank in a series, not a day
    if _IS_BEFORE.search(text, max(0, start - 8), start) and _COUNTED_BY_CLAUSE_AFTER.match(
        text, match.match.end()
    ):
        return None  # "The measure is the 12th the council has adopted": a rank a clause counts
    if _IS_BEFORE.search(text, max(0, start - 8), start) and _RANKED_NOUN_AFTER.match(
        text, match.match.end()
    ):
        return None  # "NetHarbor is the 31st technology company to go public": a rank of things
    if _SERIES_NOUN_AFTER.match(text, match.match.end()):
        return None  # "the 23rd monthly decline", "the 11th straight gain": a rank in a series
    if _NOUN_IN_APPOSITION_BEFORE.search(text, max(0, start - 24), start) and text.startswith(
        ",", match.match.end()
    ):
        return None  # "This year's service, the 25th, was held Monday": the noun's rank
    if _RANK_AND_BEFORE.search(text, max(0, start - 60), start):
        # "the city's third homicide this month and the 19th in the district": a second rank.
        return None
    day = _day(match.group("day"))
    if day is None or not 1 <= day <= 31:
        return None
    if any(
        en.ORDINAL_WORDS.get(found.group("ordinal").lower()) == day - 1
        for found in _ORDINAL_THING_BEFORE.finditer(text, max(0, start - 300), start)
    ):
        # "On the first article, the vote was 45 to 55. On the second, ...": the next of the
        # things counted before it, not a day.
        return None
    if _NUMBERED_THING_JOINED_BEFORE.search(text, max(0, start - 60), start):
        return None  # "the 92nd shuttle flight and the 25th for Discovery": a count of the same things
    if _RANK_OF_SUBJECT_JOINED_BEFORE.search(text, max(0, start - 140), start):
        return None  # "is the fifth person exonerated since 2019 and the 12th in five years"
    return PartialTime(day=day, grain=Grain.DAY)


def _weekday_ordinal_day(match: RuleMatch) -> PartialTime | None:
    """ "Wednesday the 14th": a day of the month with the weekday it falls on (the resolver takes
    the nearest month where the two agree)."""
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    day = _day(match.group("day") or match.group("day_word"))
    if weekday is None or day is None or not 1 <= day <= 31:
        return None
    return PartialTime(weekday=weekday, day=day, grain=Grain.DAY)


def _ordinal_day_opening(match: RuleMatch) -> PartialTime | None:
    """ "On the 16th", with a capital: the day opens its sentence (not "fell on the 16th ..."); or
    its clause after "and" ("On the 28th the Japanese took Beijing, and on the 30th Tianjin fell")."""
    start = match.match.start()
    before = match.match.string[max(0, start - 8) : start]
    if (
        not before.endswith(("On ", "By "))
        and before not in (" and on ", ",and on ")
        # ("At daybreak on the 15th Campbell counterattacked": a fronted time of the day before it.)
        and _FRONTED_PART_ON.search(match.match.string, max(0, start - 40), start) is None
    ):
        return None
    return _ordinal_day(match)


#: A part of the day that opens its sentence, up to the "on" of its day: "At daybreak on ",
#: "Early on ", "At dawn on ".
_FRONTED_PART_ON = re.compile(
    r"(?:\A|[.!?]\s+)(?:At\s+(?:daybreak|dawn|first\s+light|dusk|nightfall|noon|midnight)|Early|Late)\s+on\s+\Z"
)


#: A month and a day with a slash, no year after it ("3/14", not "3/14/2024" nor "3/145").
_SLASH_DAY = r"(?<![0-9/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])(?![/0-9]|[.,][0-9])"
_SLASH_DAY_PLAIN = re.sub(r"\?P<\w+>", "?:", _SLASH_DAY)
#: What follows a fraction, not a day: "1/2 cup", "3/4 of the vote", "a 60/40 split".
_NOT_A_FRACTION = (
    r"(?!\s*(?:of|cups?|c\.|tsp|tbsp|teaspoons?|tablespoons?|mg|mcg|ml|g|oz|lbs?|inch(?:es)?|%"
    r"|percent|points?|odds|split|ratio|scale|vision)\b)"
)
#: A range of slashed days dates its first end: "off 3/25-3/29", "3/25 to 3/29" (the second end
#: is read by ``combine.split_ranges``; "through", "until" date it themselves).
_SLASH_RANGE_AFTER = r"\s*(?:[-–]|to|thru|through|until)\s*" + _SLASH_DAY.replace("<m>", "<end_m>").replace(
    "<d>", "<end_d>"
)
#: A clock time after a slashed day: "3/14 at noon", "3/14 9:30", "3/14 @ 5pm".
_CLOCK_AFTER_SLASH_DAY = r",? (?:(?:at |@ ?)(?:[0-9]{1,2}\b|noon|midnight)|[0-9]{1,2}(?::[0-5][0-9]|\s?(?:am|pm|a\.m\.|p\.m\.))(?![0-9]))"
#: Words that date a slashed day after them: "on 3/14", "due 3/14", "until 3/14".
_SLASH_DAY_CUES = (
    "on",
    "due",
    "until",
    "till",
    "thru",
    "through",
    "before",
    "starting",
    "EOD",
    "COB",
    r"due\sby",
)
#: After "by", a slashed figure is as often a fraction ("fell by 3/8", "cut by 1/2"): the
#: denominators prose writes are read as fractions there, other days as dates ("RSVP by 3/20").
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 16})


def _slashed_day(match: RuleMatch) -> PartialTime | None:
    """ "on 3/14", "RSVP by 3/20", the first day of "3/25-3/29"; not "fell by 3/8", "1/4-1/2"."""
    if match.has("by") and int(match.group("d") or "0") in _FRACTION_DENOMINATORS:
        return None
    if match.has("end_m"):
        month, day = int(match.group("m") or "0"), int(match.group("d") or "0")
        end_month, end_day = int(match.group("end_m") or "0"), int(match.group("end_d") or "0")
        # "from 3/4 to 3/8": two fractions prose writes, not a range of days.
        if {day, end_day} <= _FRACTION_DENOMINATORS or not is_short_day_range(month, day, end_month, end_day):
            return None
    return calendar_fields(match)


#: How many days the Gregorian calendar runs ahead of the Julian one, from 1582 to 2099: a day
#: written in both ("12 (24) April 1877") differs by this much, which tells it from a bracketed
#: aside or a footnote mark ("on 3 (17) June").
_CALENDAR_GAP = range(10, 14)


def _dual_calendar_day(match: RuleMatch) -> PartialTime | None:
    """A day of one month written in both calendars, the new-style day in brackets, as Russian
    and Balkan histories do: "12 (24) April 1877", "April 12 (24), 1877". The value is the
    Gregorian (new style) day, the later of the two. (Where the bracket names its own month,
    "25 October (7 November) 1917", each day is an expression of its own, as written.)"""
    month = _LEXICON.month(match.group("month") or match.group("month2") or "")
    day = _day(match.group("day") or match.group("day3"))
    new_day = _day(match.group("day2") or match.group("day4"))
    if month is None or day is None or new_day is None or new_day - day not in _CALENDAR_GAP:
        return None
    year = int(match.group("year")) if match.has("year") else None
    if new_day > calendar.monthrange(year or 1901, month)[1]:
        return None
    return PartialTime(year=year, month=month, day=new_day, grain=Grain.DAY)


#: A weekday's three-letter abbreviation, capitalised (the same width each: look-behinds take it).
_SHORT_DAY = "(?-i:" + "|".join(en.SHORT_WEEKDAYS) + ")"
#: The start of a span of days written short that an article makes an adjective: "the Mon-".
_NOUN_SPAN_OF_DAYS = re.compile(r"\b(?:the|a)\s+[A-Z][a-z]{2}[-–]\Z", re.IGNORECASE)


def _abbreviated_weekday(match: RuleMatch) -> PartialTime | None:
    """ "Sat", "Thu": the rule has checked the context, so the abbreviation is the day; "Sat
    night", "Sun morning": a part of it (a TIME, as "Saturday night" is)."""
    text, start = match.match.string, match.match.start()
    if _NOUN_SPAN_OF_DAYS.search(text, max(0, start - 9), start):
        return None  # "the Mon-Fri schedule": a kind of schedule, not a day
    weekday = en.WEEKDAYS[(match.group("weekday") or "").lower()]
    part = en.PARTS_OF_DAY.get((match.group("part") or "").lower())
    if part is not None:
        return PartialTime(weekday=weekday, part_of_day=part, grain=Grain.PART_OF_DAY)
    return PartialTime(weekday=weekday, grain=Grain.DAY)


def _weekday(match: RuleMatch) -> PartialTime | None:
    written = match.group("weekday") or ""
    weekday = _LEXICON.weekday(written)
    if weekday is None:
        return None
    start = match.match.start()
    if written.endswith(".") and _ARTICLE_BEFORE.search(match.match.string, max(0, start - 8), start):
        return None  # "18 billion kilometres from the Sun.": the star, at the end of a sentence
    if _RANKED_BEFORE.search(match.match.string, max(0, start - 16), start):
        return None  # "his last Sunday prayer": a rank of a weekly event, no day of the DCT's week
    if _A_BEFORE.search(match.match.string, max(0, start - 3), start) and _KIND_NOUN_AFTER.match(
        match.match.string, match.match.end()
    ):
        return None  # "trash will be collected on a Sunday schedule Thursday": a kind of schedule
    if _THE_BEFORE_WEEKDAY.search(match.match.string, max(0, start - 5), start) and _PAPER_AFTER.match(
        match.match.string, match.match.end()
    ):
        return None  # "The Sunday newspaper Le Journal du Dimanche reported": a kind of paper
    if _SHOWS_AFTER.match(match.match.string, match.match.end()) and _WORD_OF_A_PHRASE_BEFORE.search(
        match.match.string, max(0, start - 2), start
    ):
        return None  # "Rubio appeared on seven Sunday talk shows": a kind of programme
    if (
        written[:1].isupper()
        and in_quoted_title(match.match.string, start, match.match.end())
        # (Not the name a day was given: 'a day the labour movement called "Red Friday"'.)
        and not _DAY_NAMED_BEFORE.search(match.match.string, max(0, start - 40), start)
    ):
        return None  # 'His 1956 album "Blue Tuesday" sold modestly': a title, no day
    if _THE_BEFORE.search(match.match.string, max(0, start - 4), start) and not _ON_THE_BEFORE.search(
        match.match.string, max(0, start - 8), start
    ):
        # (Not "On the Friday Jones was arrested": the day, before its clause's subject.)
        name = _CAPITAL_WORD_AFTER.match(match.match.string, match.match.end())
        if name is not None and name.group("word").lower() not in _NOT_NAME_WORDS:
            return None  # "The Friday Mosque", "the Saturday Club": a name the weekday is part of
    return PartialTime(weekday=weekday, grain=Grain.DAY)


#: "on the" just before a word.
_ON_THE_BEFORE = re.compile(r"\b[Oo]n\s+the\s\Z")
#: The article just before a word.
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s\Z")
#: A capitalised word after a weekday ("the Friday Mosque").
_CAPITAL_WORD_AFTER = re.compile(r"\s+(?P<word>(?-i:[A-Z][a-z]{2,}))\b")
#: Capitalised words after "the Friday" that still leave a day: a month, a part of the day in
#: title case, a time zone's or a clause's opening words.
_NOT_NAME_WORDS = frozenset(
    {*(name for name in en.MONTHS if len(name) > 3), "morning", "afternoon", "evening", "night", "the", "he",
     "she", "they", "it", "we", "his", "her", "their", "its", "there", "this", "that", "after", "before",
     "when", "and", "but"}
)  # fmt: skip


#: A verb that names a day, then the quoted name's first words: 'called "Red '.
_DAY_NAMED_BEFORE = re.compile(r"\b(?:called|named|dubbed|known\s+as|nicknamed)\s+[\"“][\w\s'’-]{0,20}\Z")
#: "a" just before a word.
_A_BEFORE = re.compile(r"\b[Aa]\s\Z")
#: A noun a weekday names the kind of, after "a": " schedule", " paper" (not "a Monday deadline", the
#: day it falls on).
_KIND_NOUN_AFTER = re.compile(
    r"\s+(?:schedule|timetable|service|paper|newspaper|edition|routine|shift|hours|school|market)\b"
)
#: "the" just before a word.
_THE_BEFORE_WEEKDAY = re.compile(r"\b[Tt]he\s\Z")
#: A paper a weekday names the kind of, after "the": "the Sunday newspaper" (not "the Sunday
#: edition", one day's).
_PAPER_AFTER = re.compile(r"\s+(?:newspaper|paper|tabloid)\b")
#: The programmes or columns a weekday names the kind of: "Sunday talk shows", "the Sunday shows".
_SHOWS_AFTER = re.compile(r"\s+(?:(?:talk|news|political|morning)\s+)?(?:talk\s+show|shows|columns)\b")
#: A word in the run of a noun phrase right before a weekday: "seven ", "the " (not a sentence's
#: start: "Sunday shows him winning", a poll's day).
_WORD_OF_A_PHRASE_BEFORE = re.compile(r"[a-z]\s\Z")
#: A possessive and a rank before a weekday: "his last ", "the pope's final ".
_RANKED_BEFORE = re.compile(
    r"(?:\b(?:his|her|its|their|our|my)|['’]s)\s+(?:last|final|first)\s+\Z", re.IGNORECASE
)


def _indefinite_weekday(match: RuleMatch) -> PartialTime | None:
    """ "a Friday", "one Sunday morning": a weekday that no week holds, written with ``X``."""
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    if weekday is None:
        return None
    part = en.PARTS_OF_DAY.get((match.group("part") or "").lower())
    if part is None:
        return PartialTime(value=f"XXXX-WXX-{weekday + 1}", grain=Grain.DAY)
    return PartialTime(value=f"XXXX-WXX-{weekday + 1}T{part}", part_of_day=part, grain=Grain.PART_OF_DAY)


#: An article right before a word: "the Sun." is the star (or the paper), no Sunday.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|The|a|an)\s+\Z")
#: A capitalised part of the day, then a capitalised word: the title of a show or a paper.
TITLED_PART_OF_DAY = r"(?!(?-i:\s+(?:Morning|Afternoon|Evening|Night)\s+[A-Z]))"


_SPELLED_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_SPELLED_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_SPELLED_TENS = en.TENS


def _spelled_two_digits(words: str) -> int | None:
    """ "ninety-six" -> 96, "oh five" -> 5, "twelve" -> 12."""
    parts = words.lower().replace("-", " ").split()
    if len(parts) == 2 and parts[0] in ("oh", "o") and parts[1] in _SPELLED_UNITS:
        return _SPELLED_UNITS[parts[1]]
    if len(parts) == 1:
        return _SPELLED_TEENS.get(parts[0], _SPELLED_TENS.get(parts[0]))
    if len(parts) == 2 and parts[0] in _SPELLED_TENS and parts[1] in _SPELLED_UNITS:
        return _SPELLED_TENS[parts[0]] + _SPELLED_UNITS[parts[1]]
    return None


_JOINED_AFTER = re.compile(r"-[A-Za-z]")
#: A plural after "two thousand" makes it a count ("two thousand troops"); "has", "was" and the like
#: are verbs after a year ("two thousand has been a hard year").
_PLURAL_AFTER = re.compile(
    # ("two thousand unarmed monitors", "two thousand new jobs": an adjective or two before it.)
    r"(?:\s+(?!(?:would|will|could|should|might|may|must|can|did|does|do|has|had|have|was|were|is|are|be"
    r"|been|the|a|an|and|or|but|to|of|in|on|at|by|for|with|saw|brought|began|ended)\b)(?-i:[a-z][\w-]*)){0,2}?"
    r"\s+(?:dollars|people|troops|years|men|soldiers|(?!(?:has|was|is|as|its|his|this|plus|unless)\b)\w+s)\b",
    re.IGNORECASE,
)


#: A clock's zone or "hours" after four figures said aloud: " Universal Time", " GMT", " hours".
_ZONE_OF_A_CLOCK_AFTER = re.compile(r"\s+(?:Universal\s+Time|GMT|UTC|Zulu|hours\b)", re.IGNORECASE)


def _spelled_year(match: RuleMatch) -> PartialTime | None:
    """ "nineteen ninety-six", "twenty twenty-four", "the year two thousand", "two thousand and
    one" (not "two thousand troops", unless the text says "the year" or names a month or season
    before it)."""
    century = (match.group("century_word") or "").lower()
    named = match.has("the_year") or match.has("month") or match.has("season")
    counted = not century or century == "twenty"  # "two thousand troops", "twenty twenty-dollar bills"
    if counted and not named and _PLURAL_AFTER.match(match.match.string, match.match.end()):
        return None
    if _JOINED_AFTER.match(match.match.string, match.match.end()):
        return None  # "twenty twenty-dollar bills", "nineteen eleven-year-olds"
    if _ZONE_OF_A_CLOCK_AFTER.match(match.match.string, match.match.end()):
        return None  # "The time is sixteen oh six Universal Time": a clock said aloud
    if century:
        high = 20 if century == "twenty" else _SPELLED_TEENS.get(century)
        low = _spelled_two_digits(match.group("low") or "")
        if high is None or low is None:
            return None
        year = high * 100 + low
    else:
        year = 2000 + (_SPELLED_UNITS.get((match.group("unit_word") or "").lower(), 0))
        teen = (match.group("teen_word") or "").lower()
        if teen:
            year = 2000 + _SPELLED_TEENS[teen]
    return PartialTime(year=year, grain=Grain.YEAR)


_SPELLED_YEAR = (
    r"(?P<spelled>(?P<century_word>twenty|nineteen|eighteen|seventeen|sixteen) "
    r"(?P<low>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two thousand(?:(?: and)? (?:(?P<unit_word>one|two|three|four|five|six|seven|eight|nine)|(?P<teen_word>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)))?)"
)


def _month_spelled_year(match: RuleMatch) -> PartialTime | None:
    """ "October nineteen eighty-one"."""
    month = _LEXICON.month(match.group("month") or "")
    year = _spelled_year(match)
    if month is None or year is None:
        return None
    return year.but(month=month, grain=Grain.MONTH)


def _season_spelled_year(match: RuleMatch) -> PartialTime | None:
    """ "the winter of nineteen eighty-seven"."""
    year = _spelled_year(match)
    season = en.SEASONS.get((match.group("season") or "").lower())
    if year is None or season is None:
        return None
    return year.but(season=season, grain=Grain.SEASON)


def _month_ordinal_word(match: RuleMatch) -> PartialTime | None:
    """ "April third", "June sixth, nineteen forty-four"."""
    day = calendar_date(match)
    if day is None or day.day is None:
        return None
    if match.has("spelled"):
        year = _spelled_year(match)
        if year is None:
            return None
        day = day.but(year=year.year)
    return day


def _period_end(match: RuleMatch) -> PartialTime | None:
    """ "year-end", "year's end", "month's end", "week's end": the end of the year (month, week)
    being written about."""
    head = match.text.lower().removeprefix("the ")
    if match.group("year") is not None:
        return PartialTime(year=int(match.group("year") or "0"), grain=Grain.YEAR, mod="END")
    grain = Grain.MONTH if head.startswith("month") else Grain.WEEK if head.startswith("week") else Grain.YEAR
    return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain, mod="END")


def _mid_year(match: RuleMatch) -> PartialTime | None:
    """ "midyear", "mid-year": the middle of the year being written about; "mid-decade",
    "mid-century", "mid-month", "midweek": of the decade, the century, the month, the week."""
    unit = (match.group("unit") or "year").lower()
    grain = {"decade": Grain.DECADE, "century": Grain.CENTURY, "month": Grain.MONTH, "week": Grain.WEEK}.get(
        unit, Grain.YEAR
    )
    return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain, mod="MID")


#: Counted things after a four-digit number show it is a quantity, not a year ("2000 people", "2000
#: more troops"); "more than" goes on to a count of its own ("By 1954 more than half a million had
#: been moved").
_NOT_A_YEAR_AFTER = (
    # (A year that opens its sentence after a preposition of time is one before the subject of
    # its clause: "In 1972 workers walked off the job", "By 1990 farmers had left".)
    r"(?!(?<!(?-i:In)\s[0-9]{4})(?<!(?-i:By)\s[0-9]{4})(?<!(?-i:Since)\s[0-9]{4})(?<!(?-i:Until)\s[0-9]{4})"
    r"(?<!(?-i:After)\s[0-9]{4})(?<!(?-i:During)\s[0-9]{4})"
    r" (?:people|persons|troops|soldiers|men|women|children|workers|employees|members|students|residents|"
    r"refugees|farmers|voters|others)\b)"
    r"(?! (?:jobs|copies|cars|vehicles|homes|houses|units|shares|tons|tonnes|miles|"
    r"kilometers|kilometres|feet|meters|metres|acres|barrels|dollars|yen|euros|pounds|points|votes|"
    r"seats|pages|words|calories|rounds|times|hours|minutes|seconds|days|weeks|months|years|"
    # "in the 1400 block of Elm Street": a police report's stretch of a street.
    r"block of|"
    r"victims|casualties|prisoners|civilians|guns|tanks|aircraft|planes|ships|"
    r"more(?! than))\b)"
    # ("2000 of the troops": a count; "convicted in 1997 of the bombing": a year, after "in".)
    r"(?!(?<![Ii]n\s[0-9]{4})(?<![Bb]y\s[0-9]{4})(?<![Ss]ince\s[0-9]{4})(?<![Uu]ntil\s[0-9]{4})"
    r" of (?:the|them|us|those)\b)"
    # ("a curfew from 6:00 pm to 6:00 am (1700-0500 GMT)", "from 1800 to 0600 GMT": a span of a
    # zone's hours.)
    r"(?!\s*(?:[-–]|to|until)\s*[0-2][0-9][0-5][0-9]\s*(?:GMT|UTC|Z|hours|hrs|local)\b)"
)

#: A house number before a street's name ("lives at 1600 Main Street", "1400 Elm Avenue"): no
#: year, unless a preposition of time stands before it ("By 1900 Fifth Avenue was paved") or an
#: article makes it a modifier ("the 1998 Main Street parade"). ("St." is left out: "1764 St.
#: Louis" may be a year before a saint's town.)
_NOT_A_STREET_NUMBER = (
    r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bafter\s)"
    r"|(?<=\bbefore\s)|(?<=\bduring\s)|(?<=\bof\s)|(?<=\baround\s)|(?<=\bthe\s)"
    r"|(?![0-9]{4}\s(?-i:[A-Z][\w'’-]*\s){1,2}(?-i:Street|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive"
    r"|Place|Plaza|Way|Court|Terrace|Highway|Parkway)(?![\w-]))"
    # ... or after a compass point, where "St." is a street's too: "at 1400 E. Market St.".
    r"(?![0-9]{4}\s(?-i:[NSEW]\.|North|South|East|West)\s(?-i:[A-Z][\w'’-]*\s){1,2}(?-i:St\.|Street|Avenue"
    r"|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Way|Court|Highway|Parkway)(?![\w-])))"
)

#: Regiments and arms named by their number ("the 16th Lancers", "the 5th Marines"): no day of a
#: month before them.
_UNIT_AFTER = (
    r"(?! (?:Lancers|Hussars|Dragoons|Fusiliers|Highlanders|Rifles|Guards|Foot|Light|Panzer|Marines|"
    r"Legion|Cossacks|Grenadiers|Zouaves|Volunteers|Militia|Artillery|Cavalry|Infantry|Armoured|"
    r"Armored|Mechanized|Motorized|Airborne|Mountain|Parachute|Air|Tank|Rifle|Group|Front)\b)"
)

#: What follows a spelled day of the month said alone ("on the twentieth"): the end of a clause, or a
#: word that goes on from a date ("at noon", "when", "and he"), but not another rank ("and third").
_ORDINAL_DAY_ENDS = (
    r"(?=\s*(?:$|[.,;:!?)\"—–]|(?:at|in|when|with|by|for|until|till|before|after|as|the|this|we|he|she|they|it|"
    r"there|and|or|but|to)\b))"
    r"(?!\s*(?:and|or|to|through)\s+(?:the\s+)?(?:" + _LEXICON.fragment("ordinal_word") + r")\b)"
    # ("on the fifth and final servicing mission": a rank.)
    r"(?!\s*and\s+(?:final|last|latest)\b)"
)

#: "Tuesday, March 5", "this coming Sunday, March 8": the weekday (and its determiner) belong to
#: the date they name.
#: "the 8th of May"; "this 5th day of May", as deeds and orders write the day they are signed ("this"
#: only there: "this 8 May" is no English).
_DAY_LEAD = r"(?:the |this (?=[0-9]{1,2}(?:st|nd|rd|th)? day of ))?"
#: ... where "the" is the day's, not a noun's the date modifies: "the 8 August poll" is the poll's.
_DAY_LEAD_NOT_A_NOUNS = (
    r"(?:the (?![0-9]{1,2} (?-i:[A-Z][a-z]+\.?) (?!(?:to|and|or|in|on|at|by|for|with|from|of|was|were|is|are"
    r"|when|as|but|until|till|through|that|which|after|before|the|a|an)\b)(?-i:[a-z]))"
    r"|this (?=[0-9]{1,2}(?:st|nd|rd|th)? day of ))?"
)
_DAY_OF = r"(?: day of| of)?"
_WEEKDAY_PREFIX = r"(?:(?:(?:this coming|this past|next|last|this|coming) )?{weekday},? (?:the )?)?"
#: A decade in digits ("the 1980s", "the 1980's", "the '90s") or in words ("the nineties"), as
#: :func:`_decade` reads it.
# "the 90s" without its apostrophe only after "the" (not "in his 90s"), and not a temperature.
#: Just after "the", or after "the early", "the late", "the mid(-)" (whose word combine adds as the
#: mod): a decade written without its century ("the nineties", "the early 90s") needs its article.
_AFTER_THE = r"(?:(?<=the\s)|(?<=\bthe\searly\s)|(?<=\bthe\slate\s)|(?<=\bthe\smid\s)|(?<=\bthe\smid-))"
_DECADE_DIGITS = (
    r"(?P<decade4>1[0-9]{2}0|20[0-9]0)'?s|'(?P<decade2>[0-9]0)'?s|"
    + _AFTER_THE
    # ... and as papers of the day wrote it, with an apostrophe: "since the early 90's".
    + r"(?P<decade2_bare>[1-9]0)(?:s|['’]s)(?![\w'’-])"
)
_DECADE_WORD = r"(?P<decade_word>" + "|".join(_DECADE_WORDS) + ")"
#: The heads of the names of places and firms that a capitalised weekday or season may begin:
#: "Friday Harbor", "Sunday River", "Summer Properties", "Friday Associates".
_PLACE_OR_FIRM_HEADS = (
    r"Park|River|Street|St|Avenue|Ave|Road|Rd|Lane|Hills?|Valley|Lake|Creek|Gardens?|Haven|Island|Beach|"
    r"Harbou?r|City|Town|Township|County|Heights|Court|Square|Plaza|Mall|Associates|Properties|Holdings|"
    r"Capital|Partners|Group|Inc|Corp|Ventures|Productions|Records|Films|Foundation|"
    # ... and a line of defences named after a season: "the Winter Line".
    r"Line"
)
_NEWSPAPER_NAMES = (
    r"(?!\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Tribune|Independent|Star|Mail|Today|People|Business|Bloody)\b)"
    + rf"(?!(?-i:\s+(?:{_PLACE_OR_FIRM_HEADS})\b))"
    # "her Sunday best": clothes; "taught Sunday school": a class of the church's, any Sunday;
    # "a Sunday painter", "Sunday drivers": amateurs of any Sunday.
    + r"(?!\s+(?:best|school|painters?|drivers?)\b)"
    # ("A Sunday edition was launched in 1911", "its Monday print edition": a paper of every such
    # day.)
    + r"(?!\s+(?:print\s+|morning\s+|evening\s+)?(?:editions?|supplements?|papers?|magazines?)\b)"
    # "Saturday Night Live", "Monday Night Football": a capitalised part of the day that a
    # capitalised word follows names a show.
    + TITLED_PART_OF_DAY
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="date.iso",
        type="DATE",
        pattern=(
            r"(?P<y>1[0-9]{3}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"
            # A timestamp in tech copy and feeds: "2024-03-05T14:30Z", "2024-03-05T14:30:00+01:00".
            r"(?:(?-i:T)(?P<iso_hour>[01][0-9]|2[0-3]):(?P<iso_minute>[0-5][0-9])(?::(?P<iso_second>[0-5][0-9]))?"
            r"(?P<iso_zone>(?-i:Z)|[+-](?:0[0-9]|1[0-4]):?[0-5][0-9])?(?![0-9:]))?"
        ),
        parse=_iso_date_time,
        examples=(
            Example("2025-05-08", "2025-05-08"),
            Example("on 1998-11-20.", "1998-11-20", span="1998-11-20"),
            Example(
                "The post went up at 2024-03-05T14:30Z.",
                "2024-03-05T14:30Z",
                span="2024-03-05T14:30Z",
                type="TIME",
            ),
            Example(
                "Logged 2024-03-05T09:15:30+01:00.",
                "2024-03-05T09:15:30+01:00",
                span="2024-03-05T09:15:30+01:00",
            ),
        ),
        negatives=("2025-13-45",),
        priority=5,
    ),
    Rule(
        name="date.iso_month",
        type="DATE",
        # "2026-02" (ISO 8601's month, in feeds, tables and tech copy). A month one after the year's
        # last two digits is a span of years ("the 2011-12 season"), which combine.split_ranges reads.
        pattern=(
            r"(?<![$€£#.,:/\w-])(?<!No\.\s)(?<!Resolution\s)(?<!Case\s)(?<!Section\s)"
            r"(?P<y>1[5-9][0-9]{2}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])(?![0-9]|[-/.][0-9])"
            # ("jobs lost in the 2007-09 recession": a span of years before the period it names.)
            r"(?! (?:recession|crisis|financial crisis|war|conflict|slump|downturn|depression|boom|drought|era"
            r"|famine|epidemic|insurgency|uprising|campaign|seasons)\b)"
        ),
        parse=_iso_month,
        examples=(
            Example("The card expires 2026-02.", "2026-02", span="2026-02"),
            Example("Sales data for 2024-11 are out.", "2024-11", span="2024-11"),
            Example("The 1998-05 figures were revised.", "1998-05", span="1998-05"),
        ),
        negatives=(
            "The 2011-12 season was his best.",
            "Jobs lost during the 2007-09 recession have not returned.",
            "In 1999-00 the club went down.",
            "The council passed Resolution 2019-05.",
            "He filed No. 2021-03 with the court.",
        ),
        priority=5,
    ),
    Rule(
        name="date.iso_week",
        type="DATE",
        # "2025-W19" (ISO 8601, as the value writes it), "week 19 of 2024", "Week 52, 2023": a
        # numbered week needs its year; alone it is as often a season's round of games.
        pattern=(
            r"(?:(?P<iso_year>1[0-9]{3}|20[0-9]{2})-?(?-i:W)(?P<iso_week>[0-5][0-9])(?![0-9]|-[0-9])"
            r"|(?:(?:calendar|ISO) )?week (?:no\. |number )?(?P<week>[1-9]|[1-4][0-9]|5[0-3])(?: of|,)? {year4:year})"
        ),
        parse=_iso_week,
        examples=(
            Example("Sales data for 2025-W19 are out.", "2025-W19", span="2025-W19"),
            Example("Cases peaked in week 19 of 2024.", "2024-W19", span="week 19 of 2024"),
            Example("The flu season peaked in Week 52, 2023.", "2023-W52", span="Week 52, 2023"),
            Example("The plant shut in 2026-W01.", "2026-W01", span="2026-W01"),
        ),
        negatives=("The game in week 19 was close.", "2025-W54", "He won in week 60 of 2024."),
        priority=5,
    ),
    Rule(
        name="date.compact",
        type="DATE",
        pattern=r"(?P<y>19[0-9]{2}|20[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])",
        parse=calendar_fields,
        examples=(Example("19980108", "1998-01-08"),),
        negatives=("12345678",),
    ),
    Rule(
        name="date.month_day_year",
        type="DATE",
        # "August 14 of 1804": the year after "of", as in "the 14th of August, 1804".
        pattern=_WEEKDAY_PREFIX
        + r"{month} (?:the )?{day}"
        + _ORDINAL_SUFFIX
        # "Jun 12 '25": a year's last two digits after an apostrophe, as on a ticket or a poster.
        + r"(?:,\s*|\s+(?:of\s+)?)(?:{year4:year}|{year2:y}(?!s))",
        parse=calendar_date,
        examples=(
            Example("May 8, 2025", "2025-05-08"),
            Example("Doors open Jun 12 '25 at the Forum.", "2025-06-12", span="Jun 12 '25"),
            Example("The gig on March 3, '98 sold out.", "1998-03-03", span="March 3, '98"),
            Example("On August 14 of 1804, the council met again.", "1804-08-14", span="August 14 of 1804"),
            Example("Tuesday, March 5, 2024", "2024-03-05"),
            Example("Nov. 8 1998", "1998-11-08"),
            Example("September 1st, 1939", "1939-09-01"),
            Example("May 8,2025", "2025-05-08"),
        ),
        negatives=("may 8, 2025",),
        priority=3,
    ),
    Rule(
        name="date.day_month_year",
        type="DATE",
        # "the 8th of May, 2025" keeps its article, as "the 3rd of September" does.
        pattern=_WEEKDAY_PREFIX
        + _DAY_LEAD
        + r"{day}"
        + _ORDINAL_SUFFIX
        + _DAY_OF
        + r" {month},? {year4:year}"
        # "30 January 1648/9": a day of January to March with both years of the old reckoning,
        # whose year began on 25 March.
        + r"(?:/(?P<dual_year>[0-9]{1,2})(?![0-9]))?",
        parse=_dual_dated,
        examples=(
            Example("8 May 2025", "2025-05-08"),
            Example(
                "Charles was beheaded on 30 January 1648/9.",
                "1649-01-30",
                span="30 January 1648/9",
                domain="narrative",
            ),
            Example("on the 8th of May, 2025", "2025-05-08", span="the 8th of May, 2025"),
            # The form of deeds, contracts and court orders, its determiner in the extent.
            Example(
                "This Agreement is made on the 30th day of June, 2020.",
                "2020-06-30",
                span="the 30th day of June, 2020",
            ),
            Example("SO ORDERED this 9th day of May, 2025.", "2025-05-09", span="this 9th day of May, 2025"),
            Example(
                "Signed this 1st day of March 2024 at Dover.", "2024-03-01", span="this 1st day of March 2024"
            ),
        ),
        negatives=("the 3rd day May 2025", "on the 30th day of the month, 2020"),
        priority=3,
    ),
    Rule(
        name="date.dual_calendar",
        type="DATE",
        pattern=(
            r"(?:{day}" + _ORDINAL_SUFFIX + r" [(\[]{day:day2}[)\]] {month}"
            r"|{month:month2} {day:day3}" + _ORDINAL_SUFFIX + r" [(\[]{day:day4}[)\]])"
            r"(?:,? {year4:year})?"
        ),
        parse=_dual_calendar_day,
        examples=(
            Example("Russia declared war on 12 (24) April 1877.", "1877-04-24", span="12 (24) April 1877"),
            Example("The treaty was signed on March 3 (15), 1878.", "1878-03-15", span="March 3 (15), 1878"),
        ),
        negatives=(
            # A footnote mark or a second round, not a second calendar: the gap is no calendar's.
            "The second round is on 3 (17) June, the commission said.",
            "Polls close on 4 (6) May in the islands.",
        ),
        priority=4,
    ),
    Rule(
        name="date.republican",
        type="DATE",
        # A day of the French Republican calendar with its year: "on 18 Brumaire Year VIII" (not
        # one in brackets after the day it restates, which WikiWars leaves: "On 9 November 1799
        # (18 Brumaire of the Year VIII)").
        pattern=(
            r"(?<!\()(?P<republican_day>[1-9]|[12][0-9]|30) "
            r"(?P<republican_month>Vend[ée]miaire|Brumaire|Frimaire|Niv[ôo]se|Pluvi[ôo]se|Vent[ôo]se|Germinal"
            r"|Flor[ée]al|Prairial|Messidor|Thermidor|Fructidor),? (?:of )?(?:the )?(?:Year|An) "
            r"(?P<republican_year>[IVX]{1,4})\b"
        ),
        parse=_republican,
        examples=(
            Example(
                "On 18 Brumaire Year VIII he overthrew the Directory.",
                "1799-11-09",
                span="18 Brumaire Year VIII",
                domain="narrative",
            ),
            Example("Robespierre fell on 9 Thermidor Year II.", "1794-07-27", span="9 Thermidor Year II"),
        ),
        negatives=(
            "The ship Brumaire sailed in Year XX of the war.",
            "On 9 November 1799 (18 Brumaire of the Year VIII) Napoleon staged a coup.",
        ),
        priority=3,
    ),
    Rule(
        name="date.day_month_early_year",
        type="DATE",
        pattern=r"(?:(?:the )?{day}"
        + _ORDINAL_SUFFIX
        + r"(?: of)? {month}|{month:month2} {day:day2}),? "
        # (Not "On 12 May 250 horsemen landed": the clause must go on as after a date, or a range
        # go on to another day of a month, as a life's dates do: "(26 April 121 - 17 March 180)".)
        + _EARLY_YEAR
        + _DATE_GOES_ON
        + r"|\s*[–—-]\s*[0-9]{1,2} {month:month3}\b)",
        parse=_early_year_date,
        examples=(
            Example("Vikings raided Lindisfarne on 8 June 793.", "0793-06-08", span="8 June 793"),
            Example(
                "Marcus Aurelius (26 April 121 – 17 March 180) was a Roman emperor.",
                "0121-04-26",
                span="26 April 121",
            ),
            Example("Charlemagne was crowned on December 25, 800.", "0800-12-25", span="December 25, 800"),
        ),
        negatives=(
            "On 8 June 300 soldiers deserted.",
            "On 12 May 250 horsemen landed.",
            "On 12 May 250 – 300 horsemen landed.",
            "On 30 March, 100,000 refugees fled.",
        ),
        priority=3,
    ),
    Rule(
        name="date.early_year",
        type="DATE",
        # A number of three digits is a year only where a date stands: after "in" or "until", or
        # "the summer of", and before what goes on after a date ("In 479 the Persians", not
        # "in 300 cases"). Its era is the story's (see ``resolve``).
        # ("Leap years are divisible by 400": arithmetic's number.)
        pattern=r"(?<!\bdivisible\sby\s)(?<!\bdivided\sby\s)(?<!\bmultiplied\sby\s)"
        + _WHERE_A_YEAR_STANDS
        + r"(?P<y3>[1-9][0-9]{2})"
        + _AS_A_YEAR_ENDS,
        parse=_early_year,
        examples=(
            Example(
                "Xerxes invaded Greece in 480 BC. In 479 the Persians were beaten.", "BC0479", span="479"
            ),
            Example(
                "The war began in 431 BC. In the summer of 430 a plague struck Athens.",
                "BC0430-SU",
                span="the summer of 430",
            ),
            Example("In 793 the Vikings sacked Lindisfarne.", "0793", span="793"),
            Example("The Arabs conquered Hispania in 711 and ruled it.", "0711", span="711"),
            Example(
                "The Vandals crossed into Africa in 429 but failed to take Hippo.",
                "0429",
                span="429",
                domain="narrative",
            ),
            Example(
                "The revolt began in 755. The rebel was murdered in early 757.",
                "0757",
                span="early 757",
                mod="START",
                domain="narrative",
            ),
            Example("The revolt began in 755. By 751 he commanded three armies.", "0751", span="751"),
            Example("By 207 Cao Cao controlled northern China.", "0207", span="207"),
            Example("In 541 and 542 the empire was struck by plague.", "0542", span="542"),
            Example("Born around 482 in a village, he rose.", "0482", span="around 482", mod="APPROX"),
            Example("The plague in the summer of 542 killed thousands.", "0542-SU", span="the summer of 542"),
            Example("Liu Bei took the commanderies and by 214 had taken Yi Province.", "0214", span="214"),
        ),
        negatives=(
            "Century years are not leap years unless they are divisible by 400.",
            "The disease spread in 120 and more countries.",
            "Voting was held in 250 and 300 districts.",
            "Voting was held in 250 and 300 districts, officials said.",
            "The disease spread in 120 countries.",
            "In 300 cases, the patients recovered.",
            "Voting was held in 250 districts.",
        ),
        priority=2,
    ),
    Rule(
        name="date.month_early_year",
        type="DATE",
        # ("from March 537 to March 538": a range of months goes on as a date does.)
        pattern=r"{month} (?:of )?"
        + _EARLY_YEAR
        + _DATE_GOES_ON
        + r"|\s+(?:to|until|till)\s+(?-i:January|February|March|April|May|June|July|August|September|October"
        + r"|November|December)\b)",
        parse=_month_early_year,
        examples=(
            Example("The Battle of Tours was fought in October 732.", "0732-10", span="October 732"),
            Example("He fell ill in January 814 and died.", "0814-01", span="January 814"),
            Example("The Goths besieged Rome from March 537 to March 538.", "0537-03", span="March 537"),
        ),
        negatives=("In March 500 workers went on strike.", "By May 300 people had left."),
        priority=3,
    ),
    Rule(
        name="date.early_decade",
        type="DATE",
        # A history's decade of the first millennium after "the": "in the 530s", "the 640s" (in
        # news three digits and an "s" are a count, a size or a temperature; "the 500s" is a
        # century's first years, as often as its whole).
        # ("the mid-880s", "the early 540s": the position is ``combine``'s.)
        pattern=r"(?:the |(?<=\bthe\smid-)|(?<=\bthe\searly[\s-])|(?<=\bthe\slate[\s-]))(?P<decade3>[1-9][1-9]0)s(?![\w'’-])(?! (?:BC|B\.C\.|BCE)\b)",
        parse=_early_decade,
        examples=(
            Example("Plague swept the empire in the 540s.", "054", span="the 540s", domain="narrative"),
            Example(
                "The treaty, probably from the mid-880s, divided England.",
                "088",
                span="the mid-880s",
                domain="narrative",
            ),
            # (In a story before the common era, its era: see resolve._ERA_OF_THE_STORY.)
            Example(
                "Athens rebuilt its walls in 478 BC. In the 460s the league turned on its members.",
                "BC046",
                span="the 460s",
                domain="narrative",
            ),
        ),
        negatives=("The lots sold in the 700s.", "The 540s BC were years of war."),
        domains=("narrative",),
        priority=2,
    ),
    Rule(
        name="date.story_month_early_year",
        type="DATE",
        # A history's month and year of three digits before its subject's name and verb: "In
        # March 538 Vitiges abandoned the siege" ("In March 500 workers struck" is a count).
        pattern=r"{month} (?:of )?(?P<y3>[1-9][0-9]{2})" + _STORY_YEAR_ENDS,
        parse=_month_early_year,
        examples=(
            Example(
                "In March 538 Vitiges abandoned the siege.", "0538-03", span="March 538", domain="narrative"
            ),
        ),
        negatives=("In March 500 workers went on strike.",),
        domains=("narrative",),
        priority=3,
    ),
    Rule(
        name="date.story_early_year",
        type="DATE",
        pattern=after_one_of("In", "in") + r"(?P<y3>[1-9][0-9]{2})" + _STORY_YEAR_ENDS,
        parse=_early_year,
        examples=(
            Example("In 476 Odoacer deposed the last emperor.", "0476", span="476", domain="narrative"),
            Example("In 249 Sima Yi staged a coup.", "0249", span="249", domain="narrative"),
            Example(
                "Late in 875 Guthrum's army slipped past the king.",
                "0875",
                span="Late in 875",
                mod="END",
                domain="narrative",
            ),
            Example(
                "The last emperor was deposed in 476 by Odoacer.", "0476", span="476", domain="narrative"
            ),
        ),
        negatives=("In 300 U.S. cities, police were deployed.", "Polls were held in 250 districts."),
        domains=("narrative",),
        priority=2,
    ),
    Rule(
        name="date.first_century_year",
        type="DATE",
        # A number of two digits where a date stands, as for date.early_year ("in 67, and Titus",
        # "the spring of 70"): kept only in a story whose last date is of the first century, of
        # either era (see ``resolve``); anywhere else it is a count, an age or a score.
        pattern=_WHERE_A_YEAR_STANDS + r"(?P<y2>[1-9][0-9])" + _AS_A_YEAR_ENDS,
        parse=_first_century_year,
        examples=(
            Example(
                "The revolt broke out in AD 66. In 68 the emperor Nero died, and Galba was hailed.",
                "0068",
                span="68",
                domain="narrative",
            ),
            Example(
                "Pompey swept the seas in 67 BC. In the spring of 66 he took command in the east.",
                "BC0066-SP",
                span="the spring of 66",
                domain="narrative",
            ),
        ),
        negatives=(
            "The king died in 1483. In 12 the others rode home.",
            "Voting was held in 40 districts.",
            "He ran the race in 58, a record.",
        ),
        domains=("narrative",),
        priority=2,
    ),
    Rule(
        name="date.month_first_century_year",
        type="DATE",
        # A month of a year of two digits where a date stands ("In May 66 the procurator", "in June
        # 68 when Nero died"): kept only in a story told in the first century, as above.
        pattern=r"{month} (?P<y2>[1-9][0-9])" + _AS_A_YEAR_ENDS,
        parse=_month_first_century_year,
        examples=(
            Example(
                "The revolt broke out in AD 66. In June 68 the emperor Nero died.",
                "0068-06",
                span="June 68",
                domain="narrative",
            ),
        ),
        negatives=("The king died in 1483. In May 12 the others rode home.", "By May 30 he was gone."),
        domains=("narrative",),
        priority=2,
    ),
    Rule(
        name="date.early_year_range",
        type="DATE",
        pattern=_EARLY_RANGE,
        parse=_early_year_range,
        examples=(
            Example(
                "The great wall was rebuilt between 607 and 613 and guarded the north.",
                "0607",
                span="607",
                domain="narrative",
            ),
            Example(
                "The great wall was rebuilt between 607 and 613 and guarded the north.",
                "0613",
                span="613",
                domain="narrative",
            ),
            Example("The dynasty ruled China from 618 to 907.", "0907", span="907", domain="narrative"),
            Example("Basil II reigned from 976 to 1025.", "0976", span="976", domain="narrative"),
            Example("The war lasted from 535 until 554.", "0535", span="535", domain="narrative"),
            Example("The Gothic War (535–554) was fought in Italy.", "0554", span="554", domain="narrative"),
            Example("The campaigns of 875-878 were decisive.", "0875", span="875", domain="narrative"),
            Example("The Danes raided Wessex again in 892-896.", "0896", span="896", domain="narrative"),
            Example(
                "Xerxes invaded Greece in 480 BC. Between 478 and 465 the league grew.",
                "BC0478",
                span="478",
                domain="narrative",
            ),
        ),
        negatives=(
            "The dead numbered between 200 and 300.",
            "Between 150 and 175 men were lost.",
            "The ships carried from 125 to 137 tons.",
            "The garrison (120-150 men) held out.",
            "Prices rose in 120-150 stores.",
            "The dead numbered between 125 and 137.",
            "The garrison was cut from 425 to 317, the rolls show.",
        ),
        domains=("narrative",),
        priority=2,
    ),
    Rule(
        name="date.day_month_year_hyphened",
        type="DATE",
        # "4-Jul-1776", "04-JUL-76": the form of logs, forms and military records.
        pattern=r"(?P<d>0?[1-9]|[12][0-9]|3[01])-{month}-(?P<y>1[0-9]{3}|20[0-9]{2}|[0-9]{2})(?![0-9]|-[0-9])",
        parse=calendar_fields,
        examples=(
            Example("The order is dated 4-Jul-1776.", "1776-07-04", span="4-Jul-1776"),
            Example("Filed 09-MAR-98 at the registry.", "1998-03-09", span="09-MAR-98"),
        ),
        negatives=("a 3-May-2-day event",),
        priority=4,
    ),
    Rule(
        name="date.month_day",
        type="DATE",
        pattern=_WEEKDAY_PREFIX
        + r"{month} (?P<the>the )?{day}"
        + _ORDINAL_SUFFIX
        # (Not a unit's number after a day: "On 7 March the 5th Line Regiment went over".)
        + r"(?(the)(?!(?: (?-i:[A-Z])[\w'’-]+){1,2} (?:"
        + _RANK_NOUNS
        + r")\b))"
        # (Not a model's name: "a Long March 2F rocket"; nor an age: "On 2 December the
        # 18-year-old Franz Joseph succeeded".)
        + r"(?![A-Za-z]|-(?-i:[a-z]))"
        # (Nor the first digits of a count: "In November 1,200 people died".)
        + r"(?!,[0-9]{3}\b)"
        + NOT_A_DAY_OF_MONTH_AFTER
        # not a score, a time or a decimal ("May 8:30", "March 3.5"); "March 3-5" is a range; a
        # count after the comma is no year ("on Oct. 13, 21 months after the bid").
        # (A full stop and a space end the sentence: "The program begins on October 27. 10 banks
        # joined.")
        # (... nor a clock: "Dec. 30, 10:42 p.m.: A caller reported", "on July 11, 7 p.m., at the
        # library": the day and its hour.)
        + r"(?!\s*[/:]\s*[0-9]|\.[0-9]|\s*,\s*[0-9](?![0-9]*\s+(?:days?|weeks?|months?|years?|hours?|minutes?|"
        + r"decades?|percent|per\s+cent|people|points?)\b"
        # ... nor any count of things in the plural: "In the week ending Jan. 20, 39 states reported",
        # "On Sept. 16, 12 new cases were confirmed" (not a year: "May 5, 1998 bombings").
        + r"|[0-9]{0,2}\s+(?:(?:new|more|other|additional|of|the)\s+)?(?-i:[a-z]{2,}s)\b)"
        + r"(?![0-9]?(?:[:.][0-5][0-9])?\s?[ap]\.?m\b|[0-9]?:[0-5][0-9])|-[0-9]{3})",
        parse=calendar_date,
        examples=(
            Example("Officials met at the August 24th meeting.", "2024-08-24", span="August 24th"),
            Example("Nov. 8", "2025-11-08", dct="2025-10-01"),
            Example("The program begins on October 27. 10 banks joined.", "2025-10-27", span="October 27"),
            Example("On Sept. 16, 12 new cases were confirmed.", "2024-09-16", span="Sept. 16"),
            Example("Tuesday, March 4", "2025-03-04"),
            # A weekday that does not fall on the date in the nearest year names the year it does.
            Example("The launch is Friday, April 3.", "2026-04-03", span="Friday, April 3"),
            Example("Talks were held on May 2.", "2025-05-02", span="May 2"),
            # A rank's noun after a day written as a number: the title of the clause's subject.
            Example("On May 2 President Ruto closed the border.", "2025-05-02", span="May 2"),
            Example("The summit will open on Jan. 15.", "2026-01-15", span="Jan. 15"),
            Example("The fair runs March 3-5.", "2025-03-03", span="March 3"),
            Example("the vote is due on may the 3rd", "2025-05-03", span="may the 3rd"),
            Example("talks will resume on march 12 in geneva", "2026-03-12", span="march 12"),
            Example("July 4 is a federal holiday.", "XXXX-07-04", span="July 4"),
            Example("Labor Day, Sept. 1, is a holiday.", "2025-09-01", span="Labor Day, Sept. 1"),
            # A timeline's line goes on in the year of the line before (the next after December).
            Example(
                "Timeline:\nSept. 12, 2019 — The plant closes.\nOct. 20 — Its owner files for bankruptcy.",
                "2019-10-20",
                span="Oct. 20",
            ),
            Example(
                "Key dates:\n- Dec. 30, 2019: The first cases are reported.\n- Jan. 4: The city shuts its schools.",
                "2020-01-04",
                span="Jan. 4",
            ),
        ),
        negatives=(
            "On 7 March the 5th Line Regiment went over to him.",
            "You may 8 times.",
            # (An age after the month: "the 18-year-old" is no "December the 18".)
            "In December the 18-year-old prince was crowned.",
            "March 3 points",
            "you may 3D-print the part",
            "we may 3 times",
            "In June 1st Army crossed the river.",
        ),
        priority=2,
    ),
    Rule(
        name="date.day_month",
        type="DATE",
        # (A count after it is no year: "On 21 January 35,000 shipyard workers walked out".)
        pattern=_WEEKDAY_PREFIX
        + _DAY_LEAD_NOT_A_NOUNS
        + r"{day}"
        + _ORDINAL_SUFFIX
        + _DAY_OF
        + r" {month}(?! [0-9](?![0-9]{0,2},[0-9]{3}\b)(?![0-9]{0,2} (?-i:[a-z]+s)\b))"
        # (Nor the name of a place: "Lisbon's 25 April bridge", "the 6 October bridge".)
        + r"(?! (?:bridge|square|avenue|street|road|stadium|airport|park|boulevard)\b)",
        parse=calendar_date,
        examples=(
            Example("8 May", "2025-05-08"),
            Example("the 3rd of September", "2025-09-03"),
            Example("Witness my hand this 5th day of May.", "2025-05-05", span="this 5th day of May"),
            Example("The attack took place on Sat 3 May.", "2025-05-03", span="Sat 3 May"),
            # A day kept every year is that day of any year.
            Example("Liberation Day is celebrated on 3 March.", "XXXX-03-03", span="3 March"),
            Example("Bangladesh celebrates 16 December as Victory Day.", "XXXX-12-16", span="16 December"),
            Example("On 21 January 35,000 shipyard workers walked out.", "2025-01-21", span="21 January"),
            Example("He said the 8 August poll was flawed.", "2024-08-08", span="8 August"),
        ),
        negatives=("3 may",),
        priority=2,
    ),
    Rule(
        name="date.month_year",
        type="DATE",
        pattern=r"{month},? (?:of )?{year4:year}",
        parse=calendar_fields,
        examples=(Example("November 1939", "1939-11"), Example("February of 1940", "1940-02")),
        priority=2,
    ),
    Rule(
        name="date.numeric_mdy",
        type="DATE",
        # Month first, as American copy writes it; a text that writes its slashed dates day first
        # reads "05/03/2024" so too (combine.read_slashed_dates).
        pattern=r"(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12][0-9]|0?[1-9])/(?P<y>[0-9]{4}|[0-9]{2})(?![/0-9])",
        parse=calendar_fields,
        examples=(
            Example("5/8/2025", "2025-05-08"),
            Example("12/31/98", "1998-12-31"),
            Example("Filed on 05/03/2024, it was due by 28/03/2024.", "2024-03-05", span="05/03/2024"),
            Example("Filed on 05/03/2024, it was due by 03/28/2024.", "2024-05-03", span="05/03/2024"),
        ),
        negatives=("13/45/2025", "1/2"),
        priority=3,
    ),
    Rule(
        name="date.numeric_dmy",
        type="DATE",
        # British and European copy puts the day first. "05/03/2024" could be either and stays
        # the American reading (date.numeric_mdy); a first number above 12 can only be a day, and
        # a year first is the ISO order ("2024/03/05").
        pattern=(
            r"(?<![0-9./])(?:(?P<d>3[01]|2[0-9]|1[3-9])(?:/(?P<m>1[0-2]|0?[1-9])/|\.(?P<m_dot>1[0-2]|0?[1-9])\.)(?P<y>[0-9]{4})"
            # Dots are day first wherever they are written (never in American copy): "05.03.2024",
            # with two digits in each field (not "1.2.2024", a version's number).
            r"|(?P<d4>0[1-9]|1[0-2])\.(?P<m4>0[1-9]|1[0-2])\.(?P<y4>1[5-9][0-9]{2}|20[0-9]{2})"
            r"|(?P<d2>3[01]|2[0-9]|1[3-9])/(?P<m2>1[0-2]|0?[1-9])/(?P<y2>[0-9]{2})"
            r"|(?P<y3>1[5-9][0-9]{2}|20[0-9]{2})/(?P<m3>1[0-2]|0[1-9])/(?P<d3>3[01]|[12][0-9]|0[1-9]))(?![/.]?[0-9])"
        ),
        parse=_numeric_dmy,
        examples=(
            Example("The filing was dated 13/03/2024.", "2024-03-13", span="13/03/2024"),
            Example("The filing was dated 31.12.2023.", "2023-12-31", span="31.12.2023"),
            Example("The notice was dated 05.03.2024.", "2024-03-05", span="05.03.2024"),
            Example("The filing was dated 25/12/98.", "1998-12-25", span="25/12/98"),
            Example("The filing was dated 2024/03/05.", "2024-03-05", span="2024/03/05"),
        ),
        negatives=(
            "Thousands marched across Lisbon's 25 April bridge.",
            "Revenue was 13/45 of the total.",
            "13/13/2024",
            "The ratio was 2024/13/05.",
            "Install version 1.2.2024 of the app.",
            "The address is 10.12.2024.1.",
        ),
        priority=3,
    ),
    Rule(
        name="date.month",
        type="DATE",
        # (A count after it is no day or year: "In November 400,000 coal miners struck".)
        pattern=r"{month}(?!\s*[0-9](?![0-9]{0,2},[0-9]{3}\b))",
        parse=_full_month_word,
        examples=(
            Example("a video conference in January", "2025-01", span="January"),
            Example(
                "The regime fell in the February Revolution of 1917.",
                "1917-02",
                span="February",
                domain="narrative",
            ),
            Example("They will meet again in September.", "2025-09", span="September"),
            Example("In November 400,000 coal miners struck.", "2024-11", span="November"),
            Example("The ruling came a month before the June election.", "2025-06", span="June"),
            Example(
                "The deficit will fall later than forecast in the Autumn Statement in December.",
                "2024-12",
                span="December",
            ),
            Example("Prices fell in December.", "2024-12", span="December"),
            Example("The program runs from March to June.", "2025-03", span="March"),
            Example("Sales fell in March to a low.", "2025-03", span="March"),
            Example("Between March and June, sales fell.", "2025-03", span="March"),
            Example("In May he sailed for Lisbon.", "2025-05", span="May"),
            Example("Analysts said Apple's March sales were weak.", "2025-03", span="March"),
            # Figures named for a month are published after it: the latest such month.
            Example("Investors will watch April retail sales on Friday.", "2025-04", span="April"),
            Example("Investors will watch April's consumer price index.", "2025-04", span="April"),
            Example("Traders will look past weak March factory orders.", "2025-03", span="March"),
        ),
        negatives=(
            "In 1846 he married Harriet May, a mill agent's daughter. May's father lent him the money.",
            "He later served as Minister of War under the July Monarchy.",
            "Stanisław August abdicated a month later.",
            "King August died in 1733.",
            "The Earl of March landed at Sandwich.",
            "Warwick and March landed at Sandwich.",
            "At some point you have to March forward.",
            "Shares of May Department Stores slipped 50 cents.",
            "The previous July record was set in 2006.",
            "You may go.",
            "May it be so.",
            "May God bless America.",
            "Valemont signed the midfielder Josh May. May, 27, joined from Basel.",
            "He said: May the best team win.",
            "They march on.",
            "They March on.",
            "March on!",
            "March on, comrades, to the sea.",
            '"March with us, not against us," read a banner.',
            '"March With Us," read the hand-lettered signs.',
            '"March, and be counted," she told a rally in Hyde Park.',
            '"March with the band in the parade," he said.',
            '"March your family to the car and go," the sheriff told residents.',
            '"March right on past Medicaid - that\'s the plan," said the congressman.',
            "March along with the Second Line Rollers on Saturday.",
            'Protesters carried banners reading "March Against NATO".',
            '"March them downtown and hand them a ticket?" she asked.',
            '"March peacefully to every square and stay there," the group said.',
            '"March them all down here," he said.',
            '"March south, and do not stop until you reach Mexico City," Villa told his officers.',
            '"March them in, march them out, that was the job," Kubiak said.',
            '"March to the bridges!" organizers shouted.',
            "March into this market now, and you may be buying at the top.",
            "We think people will March into our stores this weekend.",
            "Dealers may March ahead with more rebates.",
            "said Ann Lee, chief investment officer at March Capital Advisors.",
            "Protesters march to the palace.",
            "Thousands joined the March on Washington.",
            "MAY",
            "The Red Army survived the Long March to the north.",
            "The famous Salt March began at the ashram.",
            "Theresa May said she would resign.",
            "May said she would form a government with the DUP.",
            "Labour leader Jeremy Corbyn said May should resign.",
            "Talks stalled after Mrs May met EU leaders.",
            "The army met no resistance along the March.",
            "The Women's March drew crowds across the country.",
        ),
    ),
    Rule(
        name="date.far_year",
        type="DATE",
        # "Sea levels could rise a metre by 2100": a projection's year of the next century. Such a
        # figure is more often a count or a clock time ("by 2100 GMT", "2150 troops"), so only after
        # "by", "in", "until" or "before" and at the end of its clause.
        pattern=after_one_of("by", "in", "until", "before")
        + _NOT_A_CHANGE_BY
        + r"(?P<year>21[0-9]{2})(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|if|when|unless)\b)",
        parse=_year,
        examples=(
            Example("Sea levels could rise by a metre by 2100.", "2100", span="2100"),
            Example("The glacier may be gone in 2150, the study said.", "2150", span="2150"),
        ),
        negatives=(
            "Markets closed by 2100 GMT.",
            "The force grew by 2100 troops.",
            "Attendance rose by 2,150.",
            "The death toll rose by 2100.",
        ),
    ),
    Rule(
        name="date.year",
        type="DATE",
        # Not a product's, a room's, a flight's or a resolution's number (case-insensitive, as
        # every pattern that is not ``case_sensitive``).
        pattern=r"(?<![$€£#.,:/])(?<![0-9]-)(?<!Windows\s)(?<!Version\s)(?<!Model\s)(?<!Room\s)(?<!No\.\s)(?<!Flight\s)(?<!Local\s)(?<!Flight\s[A-Z]{2}\s)(?<!Route\s)(?<!Road\s)(?<!Highway\s)(?<!Hill\s)(?<!Height\s)(?<!Resolution\s)(?<!Section\s)(?<!Article\s)(?<!Chapter\s)(?<!Russell\s)(?<!H\.R\.\s)(?<!Form\s)(?<!Radio\s)(?<!\bAM\s)(?<!\bFM\s)(?:the (?:fiscal|calendar) year |fiscal (?:year )?|calendar (?:year )?|the (?:full )?year |(?-i:FY)\s?)?"
        + _NOT_A_STREET_NUMBER
        # ("a twin-engine Beechcraft 1900D": a model's number.)
        # ("Regulation (EU) No 1303/2013", "Directive 2006/112/EC", "PRN: 2010/318": a document's
        # number, not "the 2010/11 season".)
        + r"(?:{year4:year})(?![.,]?[0-9%]|/[0-9]{3,}|/[0-9]+/|(?-i:[A-Z])\b"
        r"|\s*(?:%|percent|per\s+cent|[Aa]\.?[Dd]\.?\b|[Bb]\.?[Cc]\.?\b|BCE\b))" + _NOT_A_YEAR_AFTER,
        parse=_year,
        examples=(
            Example("in 1998", "1998", span="1998"),
            Example("the 2025 budget", "2025", span="2025"),
            Example("the 1998 elections", "1998", span="1998"),
            Example("The year 1950 marked a turn.", "1950", span="The year 1950"),
            Example("It expects FY2024 revenue to rise.", "2024", span="FY2024"),
            Example("Revenue in FY 2024 rose.", "2024", span="FY 2024"),
            Example("Results for fiscal year 2024 were good.", "2024", span="fiscal year 2024"),
            Example("In the fiscal year 1938 it made a profit.", "1938", span="the fiscal year 1938"),
            Example("McVeigh was convicted in 1997 of the bombing.", "1997", span="1997"),
            # A calendar year named so against a fiscal one.
            Example("Revenue grew 18% in calendar 2024.", "2024", span="calendar 2024"),
            Example(
                "In calendar year 2024, the Company recorded a charge.", "2024", span="calendar year 2024"
            ),
            Example("For the full year 2025, sales rose.", "2025", span="the full year 2025"),
            Example("The house dates from c. 1850.", "1850", span="c. 1850", mod="APPROX"),
            Example("By 1954 more than half a million people had been moved.", "1954", span="1954"),
            # A year before a street's name, after a preposition of time or an article.
            Example("By 1900 Fifth Avenue was lined with mansions.", "1900", span="1900"),
            # A year that opens its sentence before the subject, a plural noun.
            Example("In 1972 workers walked off the job.", "1972", span="1972"),
            Example("The 1998 Main Street parade drew crowds.", "1998", span="1998"),
        ),
        negatives=(
            "Regulation (EU) No 1303/2013 lays down common provisions.",
            "Crews are widening Farm Road 1960 this summer.",
            "The army sent 2000 of the troops home.",
            "Separately, asteroid 2012 DA14 will pass within 17,200 miles.",
            "Comet 2013 A1 will pass close to Mars.",
            "I live at 1600 Main Street.",
            "Taxpayers must file Form 1040 by April 15.",
            "Stay tuned to KVLR NewsRadio 1040 for updates.",
            "Offices at 1400 K Street NW were shut.",
            "Officers were called to the Quik Stop at 1400 E. Market St. after a robbery.",
            "$2000",
            "2000%",
            "3.1998",
            "Citing Security Council Resolution 1441, the envoy spoke.",
            "The mob killed 1400 victims in the prisons.",
            "He was charged under Section 2000 of the code.",
            "The House passed H.R. 2025 on a party-line vote.",
            # A stock index named by its number of companies.
            "Small caps in the Russell 2000 fell 2%.",
            "Flight UA 1450 is delayed.",
            "The general asked for 2000 more men.",
            "The shooting happened in the 1400 block of Elm Street.",
            # A hill named by its height on the map.
            "The Marines seized part of Hill 1282 at dawn.",
        ),
    ),
    Rule(
        name="date.estimated_year",
        type="DATE",
        # "EPS of $5.40 in 2025e", "2026E revenue": an analyst's estimate for a year, as tables
        # write it; not a room's or a part's number.
        pattern=r"(?<!Room\s)(?<!No\.\s)(?<!Model\s)(?<!Part\s){year4:year}(?-i:[eE])(?![\w-])",
        parse=_year,
        examples=(
            Example("Analysts see EPS of $5.40 in 2025e.", "2025", span="2025e"),
            Example("Consensus 2026E revenue is $9 billion.", "2026", span="2026E"),
        ),
        negatives=("Room 2014E is on the second floor.", "Order part 1998e from the catalogue."),
    ),
    Rule(
        name="date.year_fiscal_year",
        type="DATE",
        # "the 1990 fiscal year": the year that names it, with its article (as "the fiscal year").
        pattern=r"the {year4:year} (?:fiscal|financial|tax|budget|calendar) year(?!s|['’-])",
        parse=_year,
        examples=(
            Example("Profit rose in the 1990 fiscal year.", "1990", span="the 1990 fiscal year"),
            Example("The bill funds the 2026 budget year.", "2026", span="the 2026 budget year"),
        ),
        negatives=("He filed the 1990 fiscal year-end report.",),
        priority=2,
    ),
    Rule(
        name="date.fiscal_year_span",
        type="DATE",
        # "fiscal 2010-11", "FY2010/11": one fiscal year (see the parser). Read apart, "FY2010"
        # would name the fiscal year before. "the 2014-15 financial year", with no "fiscal" or
        # "FY" on the years, names the two calendar years it runs over: each end is its own
        # date, as in "the 2012-13 season" and "in 1915-17" (split_ranges).
        pattern=(r"(?:fiscal (?:year )?|(?-i:FY)\s?){year4:year}[-/–](?P<end2>[0-9]{2})(?![0-9]|[.,][0-9])"),
        parse=_fiscal_year_span,
        examples=(
            Example("Sales fell in fiscal 2010-11.", "2011", span="fiscal 2010-11"),
            Example("Profit doubled in FY2010/11.", "2011", span="FY2010/11"),
            Example("The FY 1999-00 budget was cut.", "2000", span="FY 1999-00"),
        ),
        negatives=("fiscal 2010-12", "fiscal 2010-11.5", "It lost money in the 2010-11 financial year."),
        priority=2,
    ),
    Rule(
        name="date.fiscal_year_short",
        type="DATE",
        # "FY24", "FY '24": the fiscal year, which TimeML writes as the year that names it.
        pattern=r"(?-i:FY)\s?['’]?(?P<year2>[0-9]{2})(?![0-9]|[.,][0-9])",
        parse=_fiscal_year_short,
        examples=(
            Example("Revenue in FY24 rose.", "2024", span="FY24"),
            Example("The FY '99 budget was cut.", "1999", span="FY '99"),
            Example("Revenue rose in FY25.", "2025", span="FY25", dct="2024-11-20"),
        ),
        negatives=("fy24", "FY2"),
        priority=1,
    ),
    Rule(
        name="date.two_digit_year",
        type="DATE",
        pattern=r"{year2}(?!s)",
        parse=_two_digit_year,
        examples=(
            Example("the class of '98", "1998", span="'98"),
            Example("in '24", "2024", span="'24"),
            Example("The war ended in '45.", "1945", span="'45"),
            Example("She will retire in '45.", "2045", span="'45"),
        ),
    ),
    Rule(
        name="date.year_era",
        type="DATE",
        pattern=_YEAR_ERA,
        parse=_year_era,
        examples=(
            Example("264 BC", "BC0264"),
            Example("AD 9", "0009", span="AD 9"),
            Example("the Long War (311 B.C to 289 B.C)", "BC0311", span="311 B.C"),
            # A range of years BC, each end approximate: the second's era dates the first.
            Example("Thales (c. 624 – c. 546 BC) taught at Miletus.", "BC0624", span="c. 624", mod="APPROX"),
            Example("Thales (ca. 624 – ca. 546 BC) taught at Miletus.", "BC0546", span="ca. 546 BC"),
        ),
        priority=4,
    ),
    Rule(
        name="date.month_year_era",
        type="DATE",
        pattern=r"(?:(?:(?P<day>[0-9]{1,2}) )?{month}(?: (?P<day2>[0-9]{1,2}),)?|(?P<the>the )?{season}),? (?:of )?"
        # ("19 August AD 14": the era may stand before the year, in capitals.)
        + r"(?:"
        + _YEAR_ERA
        + r"|(?P<prefix_era>(?-i:A\.D\.|AD)) (?P<prefix_year>[0-9]{1,4})(?![0-9]))",
        parse=_month_or_season_year_era,
        examples=(
            Example("Augustus died at Nola on 19 August AD 14.", "0014-08-19", span="19 August AD 14"),
            Example("in April 480 BC", "BC0480-04", span="April 480 BC"),
            Example("the spring of 347 BC", "BC0347-SP"),
            Example("autumn 52 BC", "BC0052-FA"),
            Example("Actium was fought on 2 September 31 BC.", "BC0031-09-02", span="2 September 31 BC"),
            Example("Caesar was killed on March 15, 44 BC.", "BC0044-03-15", span="March 15, 44 BC"),
        ),
        negatives=("Troy saw its fall 1,200 years before", "prices fall 480 BC coins"),
        priority=4,
    ),
    Rule(
        name="date.year_era_prefix",
        type="DATE",
        pattern=r"(?P<era>A\.D\.|AD) (?P<era_year>[0-9]{1,4})(?![0-9])",
        parse=_year_era,
        examples=(Example("AD 9", "0009"),),
        case_sensitive=True,
        priority=4,
    ),
    Rule(
        name="date.spelled_year",
        type="DATE",
        pattern=r"(?P<the_year>the year )?" + _SPELLED_YEAR,
        parse=_spelled_year,
        examples=(
            Example("in nineteen ninety-six", "1996", span="nineteen ninety-six"),
            Example("by the year two thousand", "2000", span="the year two thousand"),
            Example(
                "Planners feared the year two thousand would bring chaos.",
                "2000",
                span="the year two thousand",
            ),
            Example("nineteen oh five", "1905"),
            # As broadcasts say this century's years.
            Example("The law takes effect in twenty twenty-six.", "2026", span="twenty twenty-six"),
            Example("Sales peaked in twenty ten.", "2010", span="twenty ten"),
        ),
        negatives=(
            "two thousand people",
            "two thousand soldiers",
            "He handed over twenty twenty-dollar bills.",
            "a class of twenty eleven-year-olds",
            "She counted twenty, twenty-one, twenty-two.",
            "twenty one",
        ),
        priority=1,
    ),
    Rule(
        name="date.month_spelled_year",
        type="DATE",
        pattern=r"{month},? (?:of )?" + _SPELLED_YEAR,
        parse=_month_spelled_year,
        examples=(
            Example(
                "October nineteen eighty-one. Cairo once more.",
                "1981-10",
                span="October nineteen eighty-one",
            ),
            Example("in March of two thousand and one", "2001-03", span="March of two thousand and one"),
        ),
        negatives=("you may nineteen ninety-six",),
        priority=2,
    ),
    Rule(
        name="date.season_spelled_year",
        type="DATE",
        pattern=r"(?:the )?{season},? (?:of )?" + _SPELLED_YEAR,
        parse=_season_spelled_year,
        examples=(
            Example(
                "the rates seen during the winter of nineteen eighty-seven",
                "1987-WI",
                span="the winter of nineteen eighty-seven",
            ),
            Example("summer nineteen eighty", "1980-SU"),
        ),
        priority=2,
    ),
    Rule(
        name="date.month_ordinal_word",
        type="DATE",
        # Broadcast transcripts spell the day out: "April third", "this coming Friday, April third".
        pattern=_WEEKDAY_PREFIX
        # "in September the First Army attacked": a name after the month, not its first day.
        + r"{month} (?P<the>the )?{ordinal_word:day}(?![- ](?:half|quarter|time|round|place|term|largest|biggest)\b|-| (?-i:[A-Z]))"
        # "In May the first elections were held": "the first" and a noun is no day of the month.
        + r"(?(the)(?! (?:of\b|(?!(?:at|in|on|and|or|but|to|when|with|by|for|until|till|before|after|as)\b)(?-i:[a-z]))))"
        + r"(?:,? (?:"
        + _SPELLED_YEAR
        + r"|{year4:year}))?",
        parse=_month_ordinal_word,
        examples=(
            Example(
                "The festival is this coming Friday, April third.",
                "2020-04-03",
                span="this coming Friday, April third",
                dct="2020-03-25",
            ),
            Example("on May first", "2025-05-01", span="May first"),
            Example(
                "The strike began on May the first and lasted a week.", "2025-05-01", span="May the first"
            ),
            Example(
                "on June sixth, nineteen forty-four", "1944-06-06", span="June sixth, nineteen forty-four"
            ),
            Example("He died on April twenty-first, 1998.", "1998-04-21", span="April twenty-first, 1998"),
            # A transcript writes the month in lower case; the day after it shows the month.
            Example("the vote is due on march the fifth", "2026-03-05", span="march the fifth"),
            Example("by may fifth we will know", "2025-05-05", span="may fifth"),
            Example(
                "he died on april twenty first nineteen ninety eight",
                "1998-04-21",
                span="april twenty first nineteen ninety eight",
            ),
        ),
        negatives=(
            "They march first to the square.",
            "By 30 August the Second Army had been destroyed.",
            "In September the First Army crossed the river.",
            "In May the first elections were held.",
            "In March the first of the new ships was launched.",
            "we may the first time ask",
            "you may first want to ask",
        ),
        priority=2,
    ),
    Rule(
        name="date.ordinal_word_of_month",
        type="DATE",
        # "the fifth of November", "the Fourth of July, 1776": the British order with the day spelled.
        pattern=_WEEKDAY_PREFIX
        # ("the first day of May" is holiday.month_edge_day's, as "the last day of May" is.)
        + r"(?:the |this (?=[a-z]+(?:[- ][a-z]+)? day of ))(?!first day\b){ordinal_word:day}(?: day)? of {month}"
        # ("the twenty eighth of February, nineteen ninety one": a transcript's year in words.)
        + r"(?:,? (?:"
        + _SPELLED_YEAR
        + r"|{year4:year}))?",
        parse=_month_ordinal_word,
        examples=(
            # ... and as deeds and statutes write it, the day spelled out.
            Example(
                "It took effect on the second day of July, 2024.",
                "2024-07-02",
                span="the second day of July, 2024",
            ),
            Example(
                "Done this twelfth day of March, 2025.", "2025-03-12", span="this twelfth day of March, 2025"
            ),
            Example("Bonfires burn on the fifth of November.", "2025-11-05", span="the fifth of November"),
            Example(
                "It was signed on the Fourth of July, 1776.", "1776-07-04", span="the Fourth of July, 1776"
            ),
            Example("polls will open on the fifth of march", "2026-03-05", span="the fifth of march"),
            Example(
                "The Gulf War ended on the twenty eighth of February, nineteen ninety one.",
                "1991-02-28",
                span="the twenty eighth of February, nineteen ninety one",
            ),
        ),
        negatives=(
            "the first of many",
            "the first of may be hard to judge",
            "troops march the five miles",
            "the first day of the trial",
        ),
        priority=2,
    ),
    Rule(
        name="date.year_end",
        type="DATE",
        pattern=(
            # ("missed an end-of-year deadline": the hyphened modifier too.)
            r"(?:year[- ]end|(?:the )?year(?:'s|’s) end|(?<![\w-])end-of-(?:the-)?year)(?![- ](?:results|figures|bonus|report))"
            # "at year-end 1988": the end of the year named.
            r"(?: {year4:year}(?![0-9'’-]))?"
        ),
        parse=_period_end,
        examples=(
            Example("complete the deal by year-end", "2025", span="year-end", mod="END"),
            Example("Assets were $730 million at year-end 1988.", "1988", span="year-end 1988", mod="END"),
            Example("Negotiators face an end-of-year deadline.", "2025", span="end-of-year", mod="END"),
        ),
    ),
    Rule(
        name="date.mid_year",
        type="DATE",
        # Alone, as "year-end" is: "a mid-year review", "midyear elections" name something else.
        # (... but before what goes on after a date: "by midyear if oil prices stay low".)
        pattern=r"mid-?(?P<unit>year|decade|century|month|week)(?!-\w| (?!(?:if|whether|and|or|but|as|when|unless|because|so|"
        r"while|before|after|at|in|on|to|for|from|with|the|a|an|he|she|it|they|we)\b)\w)",
        parse=_mid_year,
        examples=(
            Example("The bank expects a recovery by midyear.", "2025", span="midyear", mod="MID"),
            Example("A recovery could begin by midyear if oil stays low.", "2025", span="midyear", mod="MID"),
            Example("Rates should peak by mid-year, he said.", "2025", span="mid-year", mod="MID"),
            Example("Output should double by mid-decade.", "202", span="mid-decade", mod="MID"),
            Example("Emissions must fall by mid-century.", "20", span="mid-century", mod="MID"),
            Example("A ruling is expected by mid-month.", "2025-05", span="mid-month", mod="MID"),
            Example("The talks resume midweek.", "2025-W19", span="midweek", mod="MID"),
        ),
        negatives=(
            "The board began its mid-year review.",
            "Democrats lost seats in the midyear elections.",
            "The house has mid-century furniture.",
            "Shares fell in midweek trading.",
        ),
    ),
    Rule(
        name="date.month_end",
        type="DATE",
        # (The article is the expression's, as in "the end of the month": "by the month's end".)
        pattern=r"(?:month[- ]end|(?:the )?(?:month|week)(?:'s|’s) end)(?![- ](?:results|figures|bonus|report|closing|close))",
        parse=_period_end,
        examples=(
            Example(
                "Prices rose by month's end.", "2025-05", span="month's end", mod="END", dct="2025-05-28"
            ),
            # Early in May, a past clause speaks of April's end.
            Example("Prices rose by month's end.", "2025-04", span="month's end", mod="END"),
            Example("Payment is due at month-end.", "2025-05", span="month-end", mod="END"),
            Example("A deal is expected by week's end.", "2025-W19", span="week's end", mod="END"),
            Example(
                "A vote could come by the month's end.",
                "2025-05",
                span="the month's end",
                mod="END",
                dct="2025-05-12",
            ),
        ),
        negatives=("the month-end closing of the books",),
    ),
    Rule(
        name="date.decade",
        type="DATE",
        pattern=(
            # A decade before the common era says so ("the 470s BC", "the 60s BC"); without an era,
            # three digits and an "s" are a count, a size or a temperature.
            r"(?:the )?(?:(?P<decade_bc>[1-9][0-9]{0,2}0)s (?P<bc>B\.C(?:\.E)?\.?|BCE?)(?![\w])"
            # "the nineteen nineties": a transcript says the century as a broadcaster reads "1990s".
            r"|"
            + _DECADE_DIGITS
            + r"|(?:"
            + _AFTER_THE
            + r"|(?P<century_digits>1[0-9]|20) ?|(?P<century_word>eighteen|nineteen|twenty)[ -])"
            + _DECADE_WORD
            # "the noughties": British for the 2000s, a decade no other century's is called; "the
            # aughts" is American for them. "the Roaring Twenties" is the 1920s.
            + r"|"
            + _AFTER_THE
            + r"(?:(?P<noughties>noughties|(?-i:aughts|Aughts))|(?-i:Roaring )(?P<roaring>(?-i:Twenties|twenties)))\b"
            # "the nineteen fifties and sixties": the second of a pair of decades (``_decade``
            # checks the first).
            + r"|"
            + r"(?:"
            + after_one_of("and", "or", "to", "through", "into")
            # ("the 1960s and early 70s": with its position, which ``combine`` adds as the mod.)
            + r"|"
            + after_one_of(r"and\searly", r"and\slate", r"and\smid", r"and\smid-", r"or\searly", r"or\slate")
            + r")(?:(?P<second_word>"
            + "|".join(_DECADE_WORDS)
            + r")|(?P<second_digits>[1-9]0)s)"
            + r")"
        ),
        parse=_decade,
        examples=(
            Example("the 1990s", "199"),
            Example("the '90s", "199"),
            Example("the nineties", "199"),
            Example("prices rose sharply in the nineteen nineties", "199", span="the nineteen nineties"),
            Example("the twenty twenties", "202"),
            Example("the 1980's", "198"),
            Example("The city boomed in the 1800s.", "18", span="the 1800s"),
            Example("Mills closed in the late 1900s.", "19", span="the late 1900s", mod="END"),
            Example("Prices fell in the 2000s.", "200", span="the 2000s"),
            Example("The band had its hits in the noughties.", "200", span="the noughties"),
            Example("Growth slowed in the aughts.", "200", span="the aughts"),
            Example("Jazz spread in the Roaring Twenties.", "192", span="the Roaring Twenties"),
            # ... and after "the early", "the late", "the mid-", which give its mod.
            Example("Prices rose in the early nineties.", "199", span="the early nineties", mod="START"),
            Example("The band formed in the mid-seventies.", "197", span="the mid-seventies", mod="MID"),
            Example("He played there in the late 80s.", "198", span="the late 80s", mod="END"),
            Example("Grunge ruled the 90s.", "199", span="the 90s"),
            Example("in the 470s BC", "BC047", span="the 470s BC"),
            Example("the 1250s BC", "BC125"),
            # The first century's decades before the era: "the 60s BC" is 69-60 BC, no "sixties".
            Example("Pompey rose in the 60s BC.", "BC006", span="the 60s BC"),
            Example("the 10s B.C.", "BC001"),
            Example("Riots swept the cities in the nineteen-sixties.", "196", span="the nineteen-sixties"),
            Example("he grew up in the nineteen fifties and sixties", "196", span="sixties"),
            Example("Rents doubled in the 1970s and 80s.", "198", span="80s"),
            Example("the music of the fifties and sixties", "196", span="sixties"),
            # A decade's own highs and lows are no forecast's.
            Example("She wrote of the highs and lows of the 60s.", "196", span="the 60s"),
        ),
        negatives=(
            "in his forties",
            "temperatures in the 470s",
            "New York won't get out of the twenties tomorrow afternoon.",
            "Readings will climb into the sixties by Friday.",
            "Temperatures will be in the fifties.",
            "He worked on in his fifties and sixties.",
            "Temperatures stayed in the fifties and sixties.",
            "Temperatures will climb into the 90s.",
            "Temperatures would climb into the 50s over the weekend and into the 60s early next week.",
            "He is in his 90s.",
            "Overnight lows will dip into the 40s.",
            "Highs will reach the 60s by early next week.",
            "Readings fell into the 30s overnight.",
            "Cooler air arrives Friday, with highs in the 50s.",
            "Highs on Sunday will reach into the seventies.",
            "Temperatures stayed in the late sixties all week.",
            "Highs will reach the mid-70s by Friday.",
            "Lows tonight in the mid-40s.",
            "He is in his early sixties.",
        ),
        priority=2,
    ),
    Rule(
        name="date.century",
        type="DATE",
        # "eighteenth-century France": the adjective names the century as the noun does.
        # Not a century counted within something's life ("the first century of its existence", "the
        # second century of the republic": a length, duration.amount_unit's), but the era's.
        pattern=r"(?:the )?(?P<nth>[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word}|twenty-first)[- ]centur(?:y|ies)(?: (?P<bc>B\.C\.(?:E\.)?|BCE?\b)| (?:A\.D\.|AD\b|CE\b))?(?! of\b(?! (?:the|our) (?:Christian|Common|common) [Ee]ra\b))"
        # "20th Century Fox", "21st Century Insurance": a company's name.
        r"(?!(?-i: (?:Fox|Insurance|Studios|Group|Media|Books|Foundation|Fund)\b))"
        # ... and a law's or a programme's: "the 21st Century Cures Act" (a capitalised
        # "Century" before a capitalised word).
        r"(?!(?<=(?-i:Century)) (?-i:[A-Z][a-z]+ (?:Act|Fund|Initiative|Program|Programme|Plan|Project|Bill)\b))",
        parse=_century,
        examples=(
            Example("the 20th century", "19"),
            Example("the 9th century BC", "BC08"),
            # The full stop after "BC" ends the sentence; the one of "B.C." is the abbreviation's.
            Example("It fell in the 9th century BC. Then it rose.", "BC08", span="the 9th century BC"),
            Example("It fell in the 9th century B.C. Then it rose.", "BC08", span="the 9th century B.C."),
            Example("In eighteenth-century France, bread was dear.", "17", span="eighteenth-century"),
            # The common era's name joins the extent and leaves the value as it is.
            Example("Rome fell in the 5th century AD.", "04", span="the 5th century AD"),
            Example(
                "The port grew in the first century A.D. It then declined.",
                "00",
                span="the first century A.D.",
            ),
            Example("Buddhism reached China by the 2nd century CE.", "01", span="the 2nd century CE"),
            Example("Trade grew in the 15th and 16th centuries.", "15", span="16th centuries"),
            Example("Children born now will see the 22nd century.", "21", span="the 22nd century"),
            Example("Egypt was unified in the 31st century BC.", "BC30", span="the 31st century BC"),
            Example(
                "It was built in the first century of the Christian era.", "00", span="the first century"
            ),
        ),
        negatives=(
            "For the first century of its existence the college had no hall.",
            "Twenty-First Century Fox sold its studio.",
            "The film was released by 20th Century Fox.",
            "The House will vote on the 21st Century Cures Act.",
        ),
        priority=3,
    ),
    Rule(
        name="date.century_range_first",
        type="DATE",
        # "the 15th and 16th centuries", "from the 10th to the 13th century": the first century of
        # a pair or range names its century through the second's noun (and era).
        pattern=(
            r"(?:the )?(?P<nth>[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word})"
            # The second may carry a part of its own ("the late 18th and early 19th centuries").
            r"(?=(?:\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*)(?:the )?(?:(?:early|mid|late)[- ])?(?:[0-9]{1,2}(?:st|nd|rd|th)|"
            + _LEXICON.fragment("ordinal_word")
            + r") centur(?:y|ies)(?: (?P<bc>B\.C\.(?:E\.)?|BCE?\b))?)"
        ),
        parse=_century,
        examples=(
            Example("Trade grew in the 15th and 16th centuries.", "14", span="the 15th"),
            Example("The kingdom flourished from the 10th to the 13th century.", "09", span="the 10th"),
            Example("Greek cities grew in the 6th and 5th centuries BC.", "BC05", span="the 6th"),
            Example(
                "Trade peaked in the late 17th and early 18th centuries.",
                "16",
                span="the late 17th",
                mod="END",
            ),
            Example("The abbey was rebuilt between the 12th and mid-13th century.", "11", span="the 12th"),
        ),
        negatives=("He came 15th and 16th in the races.",),
        priority=3,
    ),
    Rule(
        name="date.quarter",
        type="DATE",
        pattern=(
            r"(?:(?:the )?(?:(?:fiscal|calendar)[- ])?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th"
            # "the final quarter of 2012", "the last quarter of the year": the fourth, where a year
            # follows (alone, "the last quarter" is the one before this; "the final quarter" of a
            # game is no date).
            r"|(?:final|last)(?= quarter,? of (?:fiscal )?(?:[12][0-9]{3}\b|(?:the|this|last|next) year\b))"
            # ... and "the final quarter" alone where its sentence tells of an economy's or a
            # company's figures (see _FIGURES_IN_SENTENCE), a year's fourth.
            r"|(?P<final>final)(?= quarter\b(?!s| of\b)))"
            # ("fell for the second quarter in a row": a count of quarters, no quarter of the year;
            # "the first quarter of an hour": a fourth of it.)
            r"(?:[- ](?:fiscal|calendar|financial))? quarter(?!s)(?! in a row\b| running\b| of an? (?:hour|century|mile)\b)"
            # ("was hurt late in the second quarter of Saturday's win": a game's quarter.)
            r"(?! of (?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last night|tonight|the)['’]s\b)"
            r"(?! of (?:the|a|an|this|that|last|(?:(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)) "
            r"(?:[\w-]+ )?(?:game|match|win|loss|victory|defeat|opener|final|semifinal|playoff)s?\b)"
            # ("the third quarter of its fiscal 2014": a possessive before the fiscal year.)
            r"(?:,? (?:of )?(?:(?:its|their|the company['’]s) fiscal |fiscal |calendar )?{year4:year}|"
            + _OF_RELATIVE_YEAR
            + r")?"
            # ... and the year an earnings release names after it: "results for the fourth quarter
            # and full year 2013", "the fourth quarter and fiscal year 2013".
            r"(?:(?= and (?:the )?(?:full|fiscal|whole|entire)[- ]year (?:of )?(?:fiscal )?(?P<and_year>[12][0-9]{3})\b)|)"
            # "the third and fourth quarters": two quarters, "the third" and "fourth quarters", as
            # "March 5 and 6" are two days.
            r"|(?<=\bthe\s)(?P<nth_pair>first|second|third)(?= and (?:second|third|fourth) quarters\b)"
            r"|(?<=\band\s)(?P<nth_plural>second|third|fourth) quarters(?:,? of {year4:pair_year})?"
            # "shrank in the third quarter and will shrink again in the fourth": the quarter left
            # unsaid after one named in its sentence (see _ELIDED_QUARTER_BEFORE).
            # ("as tough as the third", "was down from the second": after a comparison's word too.)
            r"|(?:(?<=\bin\s)|(?<=\bas\s)|(?<=\bfrom\s)|(?<=\bthan\s))the (?P<nth_elided>second|third|fourth)"
            r"(?=\s*[.,;:]|\s+(?:and|but|as|when)\b)"
            r"(?!\s+and\s+(?:the\s+)?(?:third|fourth)\b)"
            # ("Marino led a fourth-quarter comeback": a game's quarter.)
            r"|(?:(?:fiscal|calendar) )?(?P<nth_adjective>first|second|third|fourth)-quarter"
            r"(?! (?:comeback|touchdowns?|rally|drive|field goals?|goals?|points|surge|collapse)\b)"
            # "first-quarter 2026 results": the quarter with its year, one expression.
            # ... and a heading's, capitalised: "Second-Quarter 2013 Results".
            r"(?: (?:fiscal )?{year4:aq_year}(?= (?-i:[a-z])| (?-i:Results|Earnings|Sales|Profit)\b))?"
            # "Q2 2023", "Q4/2024", "Q3 of 2024", "2024 Q4", "4Q 2024": the shorthand of financial
            # news, with the year before or after.
            r"|(?:{year4:year_first} )?(?-i:Q)(?P<qdigit>[1-4])(?:(?: of |/| (?:(?-i:FY)\s?|fiscal )?){year4:qyear}|(?P<q_fy> (?-i:FY)\s?['’]?(?P<fy2>[0-9]{2})(?![0-9]))"
            # "Q3'12", "1Q13", "3Q'12": the analysts' shorthand, a quarter and the last two digits
            # of its year, in the century nearest the text (as "FY25").
            r"|['’](?P<q_yy>[0-9]{2})(?![0-9]))?"
            r"|(?P<digit_q>[1-4])(?-i:Q)(?: {year4:dq_year}|['’]?(?P<dq_yy>[0-9]{2})(?![0-9]))?"
            # "the September quarter", "the June quarter 2024": a quarter named by the month it ends.
            # ("December-quarter results": the adjective.)
            # ("the June quarter of 2012".)
            r"|(?:the )?(?-i:(?P<end_month>March|June|September|December))[- ]quarter(?!s)(?:,? (?:of )?{year4:mq_year})?"
            # "the July-September quarter", "the April-June period", "the April-to-June quarter":
            # its first and last months.
            # ("the April-June figure": the article is the noun's, "April-June" the date.)
            r"|(?:the (?=[A-Za-z]+(?:[-–]|-to-)[A-Za-z]+ (?:quarter|period)\b))?"
            r"(?-i:(?P<start_month>January|April|July|October))(?:[-–]|-to-)"
            # ... or those months alone, as Asian wire copy writes a quarter: "in October-December".
            r"(?-i:(?P<last_month>March|June|September|December))(?: (?:quarter|period)(?!s))?(?:,? (?:of )?{year4:rq_year})?)"
        ),
        parse=_quarter,
        examples=(
            Example(
                "Growth was 3.3 percent in the third quarter, up from 1.8 percent in the second.",
                "1998-Q2",
                span="the second",
                dct="1998-11-17",
            ),
            Example("the third quarter", "2025-Q3"),
            Example("Economists expect the April-June figure to show growth.", "2025-Q2", span="April-June"),
            Example("Profit in the third quarter was down from the second.", "2025-Q2", span="the second"),
            Example("Second-Quarter 2013 Results Beat Forecasts", "2013-Q2", span="Second-Quarter 2013"),
            Example("Output could shrink in the third and fourth quarters.", "2025-Q3", span="third"),
            Example(
                "Output could shrink in the third and fourth quarters.", "2025-Q4", span="fourth quarters"
            ),
            Example(
                "The economy shrank in the third quarter and will shrink again in the fourth.",
                "2025-Q4",
                span="the fourth",
                dct="2025-10-15",
            ),
            Example("the first quarter of 2024", "2024-Q1"),
            Example(
                "Sales rose in the first quarter of the year.",
                "2025-Q1",
                span="the first quarter of the year",
            ),
            Example("the fourth quarter of last year", "2024-Q4"),
            Example("Q2 2023", "2023-Q2"),
            Example("Sales rose in Q4/2024.", "2024-Q4", span="Q4/2024"),
            Example("Sales rose in Q3 of 2024.", "2024-Q3", span="Q3 of 2024"),
            Example("Sales rose in 2024 Q4.", "2024-Q4", span="2024 Q4"),
            Example("Sales rose in 4Q 2024.", "2024-Q4", span="4Q 2024"),
            Example("Revenue rose in Q3 FY25.", "2025-Q3", span="Q3 FY25", dct="2024-11-20"),
            # ... and with the fiscal year written in full.
            Example("Revenue rose in Q4 FY2024.", "2024-Q4", span="Q4 FY2024", dct="2025-02-12"),
            Example("Sales fell in Q1 fiscal 2026.", "2026-Q1", span="Q1 fiscal 2026", dct="2025-11-20"),
            Example("Margins narrowed in 1Q13.", "2013-Q1", span="1Q13", dct="2013-06-05"),
            Example("Margins narrowed in Q3'12.", "2012-Q3", span="Q3'12", dct="2013-06-05"),
            Example("Guidance for 4Q'13 was cut.", "2013-Q4", span="4Q'13", dct="2013-06-05"),
            Example("The 3Q results beat forecasts.", "2025-Q3", span="3Q", dct="2025-10-20"),
            Example("the third-quarter results", "2025-Q3", span="third-quarter", dct="2025-10-20"),
            Example(
                "It reports first-quarter 2026 results on April 28.",
                "2026-Q1",
                span="first-quarter 2026",
                dct="2026-01-28",
            ),
            Example("Net income fell in the September quarter.", "2025-Q3", span="the September quarter"),
            Example("Sales rose in the June quarter 2024.", "2024-Q2", span="the June quarter 2024"),
            Example(
                "Sales in the July-September quarter rose 4%.", "2025-Q3", span="the July-September quarter"
            ),
            Example("Profit fell in the April-June period.", "2025-Q2", span="the April-June period"),
            Example(
                "Investment grew 20.1 percent in the January-June period.",
                "2025-H1",
                span="the January-June period",
                dct="2025-07-15",
            ),
            Example(
                "Sales in the April-to-June quarter rose 4%.", "2025-Q2", span="the April-to-June quarter"
            ),
            Example("GDP shrank in October-December, the data showed.", "2024-Q4", span="October-December"),
            Example("Exports rose in July-September 2012.", "2012-Q3", span="July-September 2012"),
            Example(
                "The economy shrank in the final quarter of 2012.",
                "2012-Q4",
                span="the final quarter of 2012",
            ),
            Example(
                "Sales fell in the last quarter of the year.",
                "2025-Q4",
                span="the last quarter of the year",
                dct="2025-12-20",
            ),
            Example(
                "The economy picked up in the final quarter, official data showed Friday.",
                "2012-Q4",
                span="the final quarter",
                dct="2013-01-18",
            ),
            # Told in the past before this year's has begun: last year's.
            Example(
                "Sales fell in the last quarter of the year.", "2024-Q4", span="the last quarter of the year"
            ),
            Example(
                "Crestline will report results for the fourth quarter and full year 2013 on March 19.",
                "2013-Q4",
                span="the fourth quarter",
                dct="2014-03-06",
            ),
            Example("the fiscal first quarter", "2025-Q1", dct="2025-10-20"),
            Example("the fiscal-first quarter", "2025-Q1", dct="2025-10-20"),
            Example("the first quarter", "2026-Q1", dct="2025-11-20"),
            # A forecast names a quarter to come, or one just closed whose results are awaited.
            Example(
                "Sales will fall in the fourth quarter.",
                "2024-Q4",
                span="the fourth quarter",
                dct="2024-03-14",
            ),
            Example(
                "It expects to report a third-quarter loss.",
                "2025-Q3",
                span="third-quarter",
                dct="2025-10-28",
            ),
        ),
        # Six months are no quarter (its months stay dates of their own).
        negatives=(
            "The winner came at 9:58 of the fourth quarter.",
            "Profits fell for the second quarter in a row.",
            "The exhibition runs from January-June.",
            "He scored 20 points in the final quarter of the game.",
            "He scored 12 points in the final quarter.",
            "The Chiefs led 14-10 in the third quarter.",
            "Mahomes threw two touchdowns in the fourth quarter.",
            "Dan Marino led a fourth-quarter comeback.",
            "She finished in the fourth.",
            "Part number 4Q100 was recalled.",
        ),
        priority=2,
    ),
    Rule(
        name="date.compared_quarter",
        type="DATE",
        pattern=r"the (?:{year4:year}|year-ago|year-earlier|comparable year-ago|prior-year|year-before) (?:fiscal )?(?P<nth>first|second|third|fourth)[- ]quarter",
        parse=_compared_quarter,
        examples=(
            Example("the year-ago third quarter", "2024-Q3"),
            Example("the 1988 second quarter", "1988-Q2"),
        ),
        priority=3,
    ),
    Rule(
        name="date.fiscal_year_quarter",
        type="DATE",
        # "profit for its fiscal 1990 first quarter": a fiscal year's quarter, by the year as
        # written (the possessive stays outside, as with "fiscal 2014's second quarter").
        pattern=r"fiscal {year4:year} (?P<nth>first|second|third|fourth)[- ]quarter",
        parse=_compared_quarter,
        examples=(
            Example(
                "Profit for its fiscal 1990 first quarter fell.", "1990-Q1", span="fiscal 1990 first quarter"
            ),
        ),
        priority=3,
    ),
    Rule(
        name="date.year_possessive_quarter",
        type="DATE",
        pattern=(
            # ("fiscal 2014's second quarter": the fiscal year's, named as written.)
            r"(?:(?P<det>this|last|next) year|(?:fiscal )?{year4:pyear})['’]s (?:(?P<nth>first|second|third|fourth)[- ])?quarter"
            # ... and its half: "fiscal 1990's first-half results".
            r"|(?:fiscal )?{year4:hyear}['’]s (?P<half>first|second)[- ]half"
        ),
        parse=_possessive_quarter,
        examples=(
            Example("this year's third quarter", "2025-Q3"),
            Example(
                "For fiscal 2014's second quarter, revenue should rise.",
                "2014-Q2",
                span="fiscal 2014's second quarter",
            ),
            Example("Profit rose in 2013's first quarter.", "2013-Q1", span="2013's first quarter"),
            Example("next year's first quarter", "2026-Q1"),
            Example(
                "Analysts said fiscal 1990's first-half results will show storm costs.",
                "1990-H1",
                span="fiscal 1990's first-half",
            ),
        ),
        priority=3,
    ),
    Rule(
        name="date.week_of",
        type="DATE",
        # ... or the week a day begins: "the week beginning 12 May" (the ISO week holding the day).
        # ("the week ended Nov. 1" is a period and its last day, as TimeBank writes "the year ended
        # March 31".)
        pattern=r"the (?:week|(?P<weekend>weekend)) (?:of|beginning|starting|commencing) "
        r"(?:{month} {day}"
        + _ORDINAL_SUFFIX
        + r"(?:,? {year4:year})?|{day:day2}"
        + _ORDINAL_SUFFIX
        + r" {month:month2}(?: {year4:y})?|"
        + _SLASH_DAY
        # ... or of a day of the month the text is at: "I'll be out the week of the 19th".
        + r"|the {ordinal_day:od}"
        + NOT_A_DAY_AFTER
        + ")",
        parse=_week_of,
        examples=(
            Example("the week of June 9", "2025-W24"),
            Example("Can we move it to the week of 6/9?", "2025-W24", span="the week of 6/9"),
            Example("I'll be out the week of the 19th.", "2025-W21", span="the week of the 19th"),
            Example("The audit ran the week of the 5th.", "2025-W19", span="the week of the 5th"),
            Example("The fair runs over the weekend of June 7.", "2025-W23-WE", span="the weekend of June 7"),
            Example(
                "Results are due in the week beginning 12 May.", "2025-W20", span="the week beginning 12 May"
            ),
        ),
        negatives=("Sales rose in the week beginning his term.",),
        priority=3,
    ),
    Rule(
        name="date.week_of_month",
        type="DATE",
        pattern=r"the (?P<nth>first|second|third|fourth|last|final) week of {month}(?:,? {year4:year})?",
        parse=_nth_week_of_month,
        examples=(
            Example(
                "Tickets went on sale in the first week of March.", "2025-W10", span="the first week of March"
            ),
            Example(
                "The plant shut in the last week of June 2019.", "2019-W26", span="the last week of June 2019"
            ),
            Example(
                "Talks will resume in the second week of January.",
                "2026-W02",
                span="the second week of January",
            ),
        ),
        negatives=("He spent the first week of his term abroad.",),
        priority=3,
    ),
    Rule(
        name="date.edge_day_of_year",
        type="DATE",
        # ("since the first of the year": its first day, as Americans say it.)
        pattern=r"the (?:(?P<edge>first|last|final) day|first(?= of (?:the|this|next) year(?!s?['’-])))"
        r"(?: of {year4:year}(?![\w-])|" + _OF_RELATIVE_YEAR + ")",
        parse=_edge_day_of_year,
        examples=(
            Example(
                "Crews have spent $20 million since the first of the year.",
                "2025-01-01",
                span="the first of the year",
            ),
            Example(
                "The law takes effect on the first day of next year.",
                "2026-01-01",
                span="the first day of next year",
            ),
            Example(
                "The tax lapses on the last day of the year.", "2025-12-31", span="the last day of the year"
            ),
            Example(
                "The rule applies from the first day of 2027.", "2027-01-01", span="the first day of 2027"
            ),
        ),
        negatives=(
            "Bonuses are paid on the last day of the fiscal year.",
            "It was the last day of his year abroad.",
            "The first day of 2027-28 season.",
        ),
        priority=3,
    ),
    Rule(
        name="date.week_of_year",
        type="DATE",
        pattern=r"the (?P<nth>first|second|third|fourth|last|final) week(?: of {year4:year}|"
        # ("the first week of the new year"; its last week is no week anyone names.)
        r"(?<!last\sweek)(?<!final\sweek)(?P<new_year> of (?-i:the new year))|" + _OF_RELATIVE_YEAR + ")",
        parse=_nth_week_of_year,
        examples=(
            Example(
                "Shops close in the last week of the year.", "2025-W52", span="the last week of the year"
            ),
            Example("Talks resume in the first week of 2026.", "2026-W01", span="the first week of 2026"),
            Example(
                "The plant reopens in the second week of next year.",
                "2026-W02",
                span="the second week of next year",
            ),
            Example("The last week of 2020 was calm.", "2020-W53", span="The last week of 2020"),
            Example(
                "Sales in the first week of the new year were even.",
                "1990-W01",
                span="the first week of the new year",
                dct="1990-01-09",
            ),
            Example(
                "Stores reopen in the first week of the new year.",
                "2026-W01",
                span="the first week of the new year",
                dct="2025-12-08",
            ),
        ),
        negatives=("He spent the first week of his year abroad.",),
        priority=3,
    ),
    Rule(
        name="date.day_of_month_by_reference",
        type="DATE",
        pattern=(
            r"the (?:(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th) {weekday}"
            r"|(?P<edge>first|last|final) day"
            # "the last week of the month": the ISO week that holds most of those seven days.
            r"|(?P<week_nth>first|second|third|fourth|last|final) week"
            # "the 5th of next month", "the 2nd of last month": that day of the month named.
            # ("Police have made three arrests since the first of the month": the month at hand.)
            r"|(?P<day_nth>[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word})(?= of (?:the|this|next|last|that) month\b))"
            # ("and on the 27th of that month officers forced the president out": the month told.)
            r" (?:of|in) (?P<det>the|this|the current|next|the next|last|that) month\b"
            # ("the third week of the month-long fast": a length's compound, no month.)
            r"(?![-‐])"
        ),
        parse=_day_of_month_by_reference,
        examples=(
            Example(
                "Bills are due on the last day of the month.", "2025-05-31", span="the last day of the month"
            ),
            Example(
                "The market is on the last Saturday of the month.",
                "2025-05-31",
                span="the last Saturday of the month",
            ),
            Example(
                "The board meets on the first Monday of next month.",
                "2025-06-02",
                span="the first Monday of next month",
            ),
            Example("Payment is due on the 5th of next month.", "2025-06-05", span="the 5th of next month"),
            Example(
                "They trapped a corps in November 1934, and on the 27th of that month officers struck.",
                "1934-11-27",
                span="the 27th of that month",
                domain="narrative",
            ),
            Example("He left on the 2nd of last month.", "2025-04-02", span="the 2nd of last month"),
            Example(
                "Police have made three arrests since the first of the month.",
                "2025-05-01",
                span="the first of the month",
            ),
            Example(
                "Sales slowed in the last week of the month.",
                "2025-W22",
                span="the last week of the month",
            ),
            Example(
                "Talks resume in the second week of next month.",
                "2025-W24",
                span="the second week of next month",
            ),
            Example(
                "Rent was due on the first day of last month.",
                "2025-04-01",
                span="the first day of last month",
            ),
            # In a narrative, the month of the story.
            Example(
                "Strikes spread in March 1917. On the last day of the month the council met.",
                "1917-03-31",
                span="the last day of the month",
                domain="narrative",
            ),
        ),
        negatives=("the last day of the war", "He worked the last day of the fair."),
    ),
    Rule(
        name="date.weekday_of_month",
        type="DATE",
        pattern=(
            r"(?:the )?(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th) "
            r"(?:{weekday}|(?P<weekend>weekend)) (?:of|in) (?=(?-i:[A-Z])){month}(?:,? {year4:year})?"
        ),
        parse=_weekday_of_month,
        examples=(
            Example(
                "The clocks go back on the last Sunday of October.",
                "2025-10-26",
                span="the last Sunday of October",
            ),
            Example(
                "The race was run on the first Sunday of May 2013.",
                "2013-05-05",
                span="the first Sunday of May 2013",
            ),
            Example(
                "Americans voted on the first Tuesday in November 2012.",
                "2012-11-06",
                span="the first Tuesday in November 2012",
            ),
            Example(
                "The parade is the third Friday of October.", "2025-10-17", span="the third Friday of October"
            ),
            Example(
                "The vote fell on the last Sunday in June 2024.",
                "2024-06-30",
                span="the last Sunday in June 2024",
            ),
            Example(
                "The fair opens on the first weekend of June.",
                "2025-W23-WE",
                span="the first weekend of June",
            ),
            Example(
                "The race ran on the last weekend of August 2019.",
                "2019-W35-WE",
                span="the last weekend of August 2019",
            ),
        ),
        negatives=(
            "He resigned on the first Monday of his second term.",
            "The club meets the first Monday of every month.",
        ),
        priority=2,
    ),
    Rule(
        name="date.half",
        type="DATE",
        pattern=(
            # "the 1991 first half": a report's half of the year it names first, as "the 1986
            # fourth quarter" is (date.compared_quarter).
            r"the {year4:half_year} (?P<which_after_year>first|second) half(?! of\b)|"
            # ("the first half hour of trading": half an hour.)
            # ("had not trailed in a second half since 1970": any game's, no half of a year.)
            r"(?<!\ba\s)(?:the )?(?:(?P<which>first|second|1st|2nd|last|latter|front|back) half(?![- ]hour\b)|(?P<which_quarters>first|last) two quarters)"
            # "the first half of fiscal 2014": of the fiscal year that names it, as a quarter's is.
            r"(?: of (?:fiscal |calendar |(?-i:FY)\s?)?{year4:year}|"
            + _OF_RELATIVE_YEAR
            # "the second half of FY25", "H1 FY25": of the fiscal year named as "FY25" is, as "Q3
            # FY25" is a quarter of it.
            + r"| of (?-i:FY)\s?['’]?(?P<of_fy_yy>[0-9]{2})(?![0-9]|[.,][0-9])|(?! of\b))"
            r"|(?-i:H(?P<h_fy_digit>[12]) FY)\s?['’]?(?P<h_fy_yy>[0-9]{2})(?![0-9]|[.,][0-9])"
            # "H1 2024", "1H 2024": financial shorthand, with its year only.
            r"|(?-i:H(?P<h_then_digit>[12])|(?P<digit_then_h>[12])H) (?:fiscal |(?-i:FY)\s?)?{year4:shorthand_year}"
            # "1H13", "H2'12": with the last two digits of its year (as "1Q13").
            r"|(?-i:H(?P<h_digit_yy>[12])['’]|(?P<digit_h_yy>[12])H['’]?)(?P<h_yy>[0-9]{2})(?![0-9])"
            # "Revenue grew in H1", "H2 sales": alone, after a preposition of time or before a
            # figure (not "H1N1", "H2O", "the H1 tag").
            r"|(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bby\s)|(?<=\bthrough\s)|(?<=\bsince\s))"
            r"(?-i:H(?P<h_bare>[12]))(?![\w'’-])"
            # (... ending its phrase: not "in H2 tanks".)
            # (... or before the verb its subject takes: "Revenue in H1 rose", "Results for H1 were
            # weak"; not "was", which may follow a strain or a class: "the strain in H1 was deadly".)
            r"(?=\s*(?:[.,;:)!?]|\Z)|\s+(?:and|or|of|to|as|at|on|in|when|while|but|from|versus|vs|were|"
            r"rose|fell|grew|increased|decreased|declined|climbed|jumped|dropped|slipped|slumped|surged|"
            r"totall?ed|reached|stood|amounted|came|beat|missed|will|would|could|should|may|might)\b)"
            # "fell in the first half of 2023 but rose in the second": the half left unsaid after the
            # first, named in its sentence (see _ELIDED_HALF_BEFORE).
            r"|(?<=\bin\s)the (?P<second_elided>second)(?=\s*[.,;:]|\s+(?:and|but|as|when)\b)"
            r"|(?-i:H(?P<h_bare_adjective>[12]))(?= (?:(?:pre-?tax|net|operating|core|underlying) )?"
            r"(?:profits?|earnings|results|sales|revenues?|loss(?:es)?|income|growth|output|dividends?|margins?)\b)"
            # "first-half profit", as "second-quarter profit": only before a figure of a company's
            # or an economy's ("a first-half penalty" is a match's).
            r"|(?P<which_adjective>first|second)-half(?: {year4:adjective_year})?"
            r"(?= (?:(?:pre-?tax|net|operating|core|underlying) )?"
            r"(?:profits?|earnings|results|sales|revenues?|loss(?:es)?|income|growth|output|dividends?|margins?)\b)"
        ),
        parse=_half,
        examples=(
            Example("the first half of 2024", "2024-H1"),
            Example(
                "Profit fell in the first half of 2023 but rose in the second.", "2023-H2", span="the second"
            ),
            Example("Profit fell in the 1991 first half.", "1991-H1", span="the 1991 first half"),
            Example("Revenue grew 4% in H1.", "2025-H1", span="H1"),
            Example("Revenue in H1 rose 5%.", "2025-H1", span="H1"),
            Example("Results for H1 were weak.", "2025-H1", span="H1"),
            Example("H2 sales will rise.", "2025-H2", span="H2"),
            Example("the second half", "2025-H2"),
            # A forecast in March is of this year's second half, not of the one that has closed.
            Example(
                "Profit will rise in the second half.", "2024-H2", span="the second half", dct="2024-03-14"
            ),
            Example("Profit rose in the second half.", "2023-H2", span="the second half", dct="2024-03-14"),
            # A half told in the past is no next year's, however near.
            Example(
                "The group posted a profit for the first half.",
                "2025-H1",
                span="the first half",
                dct="2025-11-05",
            ),
            Example("forecasts for the last half of 1987", "1987-H2", span="the last half of 1987"),
            Example("the latter half of 2011", "2011-H2"),
            Example(
                "Orders will pick up in the back half of the year.",
                "2025-H2",
                span="the back half of the year",
            ),
            Example(
                "Prices fell in the second half of the year.",
                "2024-H2",
                span="the second half of the year",
                dct="2025-01-15",
            ),
            Example(
                "The chain lost money in the first half of fiscal 2013.",
                "2013-H1",
                span="the first half of fiscal 2013",
            ),
            Example(
                "Profits rose in the first half of the year.", "2025-H1", span="the first half of the year"
            ),
            Example("the second half of next year", "2026-H2"),
            Example("Sales rose in H1 2024.", "2024-H1", span="H1 2024"),
            # A half of a fiscal year, written as a quarter of one is ("Q3 FY25").
            Example("Net profit rose in H1 FY25.", "2025-H1", span="H1 FY25", dct="2024-11-20"),
            Example(
                "Margins will widen in the second half of FY25.",
                "2025-H2",
                span="the second half of FY25",
                dct="2024-08-06",
            ),
            Example("It expects second-half 2026 margins to widen.", "2026-H2", span="second-half 2026"),
            Example("Sales fell in 2H 2023.", "2023-H2", span="2H 2023"),
            Example("Sales fell in 1H13.", "2013-H1", span="1H13", dct="2013-06-05"),
            Example("Sales will recover in H2'13.", "2013-H2", span="H2'13", dct="2013-06-05"),
            Example("First-half profit rose 12 percent.", "2025-H1", span="First-half", dct="2025-08-01"),
            Example("the latter half of last year", "2024-H2"),
            Example(
                "Delta lost $47 million in the first half of the current fiscal year.",
                "2025-H1",
                span="the first half of the current fiscal year",
            ),
            Example(
                "The war began in 1942; in the first half of the following year the army advanced.",
                "1943-H1",
                span="the first half of the following year",
            ),
            Example(
                "during the first two quarters of 2026", "2026-H1", span="the first two quarters of 2026"
            ),
        ),
        negatives=(
            "the second half of the match",
            "The Wildcats trailed by 12 before the second half even started.",
            "The Kenyan covered the second half in 62 minutes 50 seconds.",
            "Phoenix shot 41% in the first half.",
            "in the last half hour",
            "an H1 visa",
            "h1 2024",
            "Cases of H1N1 rose in H1N1 season.",
            "The car runs on H2 fuel, stored in H2 tanks.",
            "Put the title in H1 tags.",
            "The H120 engine failed.",
            "Flight 2H150 left late.",
            "Arsenal scored twice in the second half.",
            "In the first half, the Lakers led 50-41.",
            "He scored a first-half penalty.",
            "Passengers sat in the back half of the plane.",
            "The front half of the car was crushed.",
            "The striker was sent off early in the second half.",
            "Eastern Ohio had not trailed in a second half since October 1970.",
            "City went ahead in the 12th minute, and for most of the first half the visitors looked sharper.",
        ),
        priority=2,
    ),
    Rule(
        name="date.decade_of_century",
        type="DATE",
        # A decade counted within a century of the common era (those BC count down: left alone).
        pattern=(
            r"the (?P<which>{ordinal_word}|last|final) decade of the "
            r"(?P<nth>[0-9]{1,2}(?:st|nd|rd|th)|{ordinal_word:century_word}|twenty-first) century"
            r"(?! (?:B\.C|BC))"
        ),
        parse=_decade_of_century,
        examples=(
            Example(
                "In the first decade of the 20th century he was the most famous painter in Europe.",
                "190",
                span="the first decade of the 20th century",
            ),
            Example(
                "She died in the last decade of the nineteenth century.",
                "189",
                span="the last decade of the nineteenth century",
            ),
        ),
        negatives=("Athens rose in the last decade of the 6th century BC.",),
        priority=3,
    ),
    Rule(
        name="date.half_of_decade",
        type="DATE",
        pattern=(
            r"(?:the )?(?P<which>first|second|last|latter) half of the "
            r"(?:" + _DECADE_DIGITS + r"|" + _DECADE_WORD + r"|(?P<this_decade>decade)(?!s?['’-]))"
        ),
        parse=_half_of_decade,
        examples=(
            Example(
                "the mood of the last half of the '70s", "197", span="the last half of the '70s", mod="END"
            ),
            Example("the first half of the 1990s", "199", mod="START"),
            Example(
                "Rates should fall during the latter half of the decade.",
                "202",
                span="the latter half of the decade",
                mod="END",
            ),
        ),
        priority=3,
    ),
    Rule(
        name="date.season",
        type="DATE",
        pattern=(
            # "that winter" keeps its determiner as "the winter" does; not "stocks that fall".
            # A capital after a season names something ("the Spring Offensive", "the summer KPA
            # invasion"), unless a preposition makes the season an adverbial that a clause follows
            # ("In the spring Lee invaded"), or "that" does ("That summer Kearny took Santa Fe").
            # ("closed the entire summer", "the whole winter": all of it, with its article.)
            # ("it felt more like spring": the weather's likeness to a season, no time.)
            r"(?!(?<=\blike\s)(?:spring|summer|autumn|fall|winter)\b)"
            # ("FALL RIVER, Mass. --", "SPRING LAKE, N.J.": a place named in a dateline's capitals.)
            r"(?!(?-i:(?:SPRING|SUMMER|AUTUMN|FALL|WINTER) [A-Z]{2,}))"
            r"(?:(?P<the>the (?:(?:entire|whole) )?(?!(?-i:(?:Spring|Summer|Autumn|Fall|Winter) [A-Z])"
            r"|" + _NO_PREPOSITION_BEFORE + r"(?-i:(?:spring|summer|autumn|fall|winter) [A-Z]))"
            # "later that summer" keeps "later" as "later that month" does.
            # ("That fall he met his wife": "that fall" before its clause's subject is the season.)
            # ... and at the end of its clause: "It was released that fall.", "that fall, when".
            # (Not "that" of a clause whose subject the season is: "warned that winter would bring
            # more suffering".)
            r"|(?:(?:later|earlier) )?(?:(?-i:That) (?!fall\b)"
            r"|(?-i:that) (?!fall\b)(?!(?:spring|summer|autumn|winter)\s+(?:would|will|could|might|may|should|can)\b)"
            r"|(?-i:That|that) (?=fall\s+(?-i:he|she|they|we|I|the|its|his|her|their)\b)"
            # ("Congress passed the Help America Vote Act that fall.": after a name too.)
            # ("was interviewed twice that fall.": after an adverb of how often too.)
            # ("Eastfield finished 9-1 that fall and lost a bowl game": after a record, and before a
            # second past predicate.)
            r"|(?:(?<=[a-z]ed\s)|(?<=\btwice\s)|(?<=\bonce\s)|(?<=\bagain\s)|(?<=[0-9]-[0-9]\s)"
            + "".join(rf"|(?<=\b(?-i:[A-Z][a-z]{{{n}}})\s)" for n in range(1, 9))
            + ")"
            # ("A commission reported that fall that the dam was unsafe": before what was reported.)
            r"(?-i:that) (?=fall(?:[.;!?,](?:\s|\Z)|\s+and\s+(?-i:[a-z]+ed|lost|won|went|came|took|made|beat)\b"
            r"|\s+that\s+(?-i:the|a|an|he|she|it|they|its|his|her|their)\b))"
            # ... after a verb's object ("a grand jury indicted him that fall."), or opening its
            # sentence before a comma ("That fall, a grand jury indicted him").
            r"|(?:(?<=\bhim\s)|(?<=\bher\s)|(?<=\bthem\s)|(?<=\bit\s)|(?<=\bus\s))(?-i:that) (?=fall[.;!?,](?:\s|\Z))"
            r"|(?-i:That) (?=fall,\s)"
            # ... or set off by commas: "began investigating and, that fall, called the dam unsafe".
            r"|(?<=,\s)(?-i:that) (?=fall,\s)"
            # ... or at the end of its sentence after a noun: "testified at trial that fall.", "went
            # back to fishing that fall."
            # (Not a plural's relative clause: "These are the leaves that fall.")
            r"|(?<=[a-z]\s)(?<![a-z]s\s)(?<!\bthe\s)(?<!\bthose\s)(?-i:that) (?=fall[.!?](?:\s|\Z))"
            # ... or after an age: "Their son was 9 that fall."
            r"|(?<=\b[0-9]\s)(?-i:that) (?=fall[.!?,](?:\s|\Z))|(?<=\b[0-9]{2}\s)(?-i:that) (?=fall[.!?,](?:\s|\Z))"
            # ... or before a participle's clause: "toured the country that fall warning of revolution"
            # (not a preposition's "-ing": "the leaves that fall during a storm").
            r"|(?<=[a-z]\s)(?-i:that) (?=fall\s+(?!(?:during|including|following|according|concerning|regarding|"
            r"excluding|nothing|something|anything|everything|bring|ring|king|thing|sing|swing)\b)(?-i:[a-z]{2,}ing)\b)"
            # ... or after a plural before the source's attribution: "laid off 30 workers that fall,
            # according to court filings".
            r"|(?<=[a-z]s\s)(?-i:that) (?=fall,\s+(?:according\s+to|(?:he|she|they|officials|police)\s+said)\b)"
            # ... or after "and", before its past verb: "graduated in 1955 and that fall enrolled".
            r"|(?<=\band\s)(?-i:that) (?=fall\s+(?-i:[a-z]{3,}ed)\b)"
            # ... or after an event's noun: "A legislative inquiry that fall blamed the inspectors".
            + "".join(
                rf"|(?<=\b{noun}\s)(?-i:that) (?=fall\b)"
                for noun in (
                    "inquiry",
                    "investigation",
                    "hearing",
                    "election",
                    "referendum",
                    "trial",
                    "strike",
                )
            )
            + r"))"
            # ("spent the winter campaigning": the time spent, with its article.)
            r"(?:(?<=\bspent\sthe\s)|(?<=\bspend\sthe\s)|(?<=\bpassed\sthe\s)|(?!(?:spring|summer|autumn|fall|winter) "
            + _SEASON_NOUNS
            + r")))?"
            # "their 1967 summer campaigns": the year before a season that modifies a noun.
            r"(?:{year4:year_before} (?=\w+ " + _SEASON_NOUNS + r"))?"
            # "the Winter Olympics", "the Summer Games": the season names the games, not a time.
            # "the summer months of 1917" are that summer.
            # ("by the summer's end", "by winter's end": its edge, as "the end of the summer" is.)
            # ("held the spring at Juchitengo", "water from the spring below the wall", "a hill above a
            # spring": water welling up, a place; not "In the spring at Valley Forge".)
            r"(?!(?-i:spring) (?:below|above|beneath|beside|behind|near)\b)"
            r"(?!(?<=\bthe\s)"
            + "".join(
                rf"(?<!\b{word}\sthe\s)"
                for word in ("in", "during", "by", "until", "through", "from", "since")
            )
            + r"(?-i:spring) (?:at|which|that|where|whose)\b)"
            r"(?!(?:"
            + "|".join(
                rf"(?<=\b{word}\s{article}\s)"
                for word in ("above", "below", "beneath", "beside", "near")
                for article in ("a", "the")
            )
            + r")(?-i:spring)\b(?! of\b))"
            + r"{season}(?: months)?(?P<edge>['’]s (?:end|close|beginning|start|middle)\b)?"
            r"(?:(?<!end)(?<!close)(?<!beginning)(?<!start)(?<!middle),? (?:of )?(?:{year4:year}|{year2:season_yy}(?!s))|"
            + _OF_RELATIVE_YEAR
            + r"|(?! of\b))"
            # "the Winter War", "the Summer Palace": a capitalised season that names a war or a
            # building is part of the name; "a winter storm warning", "winter weather": the kind
            # of storm or weather forecasters name, in any month.
            # ("his summer residence", "a winter coat", "winter wheat": a kind of thing, no time.)
            # (A kind of thing in the lower case: "that autumn Villa led his troops" names a man.)
            r"(?! (?:olympics|olympic|paralympics|paralympic|games|(?-i:storms?|weather|residences?|homes?|houses?"
            r"|camps?|cottages?|villas?|resorts?|retreats?|palaces?|schools?|jobs?|coats?|jackets?|tires|tyres"
            # ("a northerly storm and a spring tide": the tide of a new or full moon.)
            r"|wheat|crops?|water|cleaning|semester|fashions?|collections?|tides?"
            # ("Arctic summer sea ice shrank", "the summer monsoon": a kind of season's weather.)
            r"|monsoons?|minimum|maximum|sea ice"
            # ("known for her winter landscapes": a kind of picture.)
            r"|landscapes?|scenes|paintings?|pictures|views))\b)(?!(?-i: (?:War|Palace))\b)"
            # ("Forty-five years of summer nights": nights of any summer.)
            r"(?! (?:nights|evenings|days)\b(?! of\b))"
            # ("refiners switch to summer-grade fuel", "winter-blend gasoline": a kind of fuel.)
            r"(?!-(?:grade|blend|blended|weight|formula|spec|type|variety|varieties)\b)"
            # ("the Charlottenborg Spring Exhibition", "the Autumn Salon": a show's name.)
            # ("The Winter Farmers Market moves indoors": a market's.)
            r"(?!(?-i: (?:Exhibitions?|Salon|Show|Festival|Fest|Fair|Concerts?|Sale|Academy|Collection|Farmers['’]?"
            r"|Markets?|Bazaar|Ball|Gala|Classic|Statement)\b))"
            # ("The 25th annual Winter Carnival runs Saturday", "Winter carnival:".)
            r"(?! (?-i:[Cc]arnival)\b)"
            # "Spring forward an hour", "Fall back on Sunday", "spring into action": the verbs.
            # ("turned the summer into a season of fear": only the verbs' seasons.)
            r"(?!(?:(?<=[Ss]pring)|(?<=[Ff]all)) (?:forward|back|into)\b)"
            # "Winter Park", "Fall River", "the Winter King": a place or a title that a capitalised
            # season begins the name of.
            # (A title or a name after a season in the lower case is a clause's subject: "That
            # summer Prince Potemkin laid siege to Ochakov", "and that autumn Villa led his troops".)
            r"(?!(?:(?<=(?-i:Spring))|(?<=(?-i:Summer))|(?<=(?-i:Autumn))|(?<=(?-i:Fall))|(?<=(?-i:Winter)))"
            rf"(?-i: (?:{_PLACE_OR_FIRM_HEADS}|King|Queen|Prince|Princess|Classic"
            # ... and a kind of thing a headline writes in capitals: "City Announces Winter Storm
            # Assistance Program", "Utility Expands Summer Jobs Program".
            r"|Storms?|Weather|Jobs?|Camps?|Schools?|Coats?|Jackets?|Tires|Wheat|Crops?|Fashions?)\b))"
            r"(?=(?P<noun> " + _SEASON_NOUNS + r")?)"
        ),
        parse=_season_or_its_edge,
        examples=(
            Example("The project should be finished by fall.", "2025-FA", span="fall"),
            Example(
                "The steamer was launched in 1852. Each year she ran to Archangel in the summer and lay up at "
                "Hull in winter.",
                "XXXX-SU",
                span="the summer",
                domain="narrative",
            ),
            Example("summer 2025", "2025-SU"),
            Example("It was the summer of '69.", "1969-SU", span="the summer of '69"),
            Example("the spring", "2025-SP"),
            Example("The Spring Offensive is the army's plan.", "2025-SP", span="Spring"),
            Example("In the spring Lee invaded Maryland.", "2025-SP", span="the spring"),
            Example(
                "Her family spent the fall of 1972 in a church basement.", "1972-FA", span="the fall of 1972"
            ),
            Example("The storm follows an unusually mild fall.", "2025-FA", span="fall"),
            Example(
                "She graduated in 1955 and that fall enrolled at a college.", "1955-FA", span="that fall"
            ),
            # (WikiWars draws "that same spring" as the season alone.)
            Example(
                "In April 1984 she was elected to the Academy; that same spring she won a medal.",
                "1984-SP",
                span="spring",
                domain="narrative",
            ),
            Example(
                "The mill closed in 1993. He went back to fishing that fall.", "1993-FA", span="that fall"
            ),
            Example("The boat sank in October 1991. Their son was 9 that fall.", "1991-FA", span="that fall"),
            Example(
                "He resigned in August 1919 and toured the country that fall warning of revolution.",
                "1919-FA",
                span="that fall",
            ),
            Example(
                "It nearly went bankrupt in 2021 and laid off 30 workers that fall, according to court filings.",
                "2021-FA",
                span="that fall",
            ),
            Example("He enrolled at Yale in 1962. That fall he met his wife.", "1962-FA", span="That fall"),
            Example(
                "The army was routed in 1915, and that autumn Villa led his troops north.",
                "1915-FA",
                span="that autumn",
                domain="narrative",
            ),
            Example(
                "The war began in 1787. That summer Prince Potemkin laid siege to Ochakov.",
                "1787-SU",
                span="That summer",
                domain="narrative",
            ),
            Example(
                "He resigned in March 2008. A grand jury indicted him that fall.", "2008-FA", span="that fall"
            ),
            Example(
                "The dam failed in 1979. A legislative inquiry that fall blamed the inspectors.",
                "1979-FA",
                span="that fall",
            ),
            Example(
                "He resigned in March 2008. That fall, a jury indicted him.", "2008-FA", span="That fall"
            ),
            Example(
                "The recount ended in 2000. Congress passed the Vote Act that fall.",
                "2000-FA",
                span="that fall",
            ),
            Example(
                "The truce held through the summer months of 1917.",
                "1917-SU",
                span="the summer months of 1917",
            ),
            Example(
                "The fort fell in June 2019. Later that summer the garrison left.",
                "2019-SU",
                span="Later that summer",
            ),
            Example("Spies forecast the summer KPA invasion.", "2025-SU", span="summer"),
            Example("the summer offensive", "2025-SU", span="summer"),
            Example("Their 1967 summer campaigns ended in a stalemate.", "1967-SU", span="1967 summer"),
            Example("The fall campaign is his last.", "2025-FA", span="fall"),
            Example("The spring budget was delivered last week.", "2025-SP", span="spring"),
            Example("The autumn statement is due in November.", "2025-FA", span="autumn"),
            Example("The army went into winter quarters near the river.", "XXXX-WI", span="winter"),
            Example("In 1812 the Grande Armée marched without winter clothing.", "XXXX-WI", span="winter"),
            Example("In 1864 the cavalry burned the valley's winter food stores.", "XXXX-WI", span="winter"),
            Example("The river froze in December 2019. That winter was long.", "2019-WI", span="That winter"),
            Example(
                "The war began in 1846. That summer Kearny took Santa Fe.", "1846-SU", span="That summer"
            ),
            Example(
                "The war began in 1861. In the spring of the following year the army advanced.",
                "1862-SP",
                span="the spring of the following year",
            ),
            Example(
                "The dam burst in 1889; by the summer of that year the town was rebuilt.",
                "1889-SU",
                span="the summer of that year",
            ),
            Example(
                "The plant opened in the autumn of last year.", "2024-FA", span="the autumn of last year"
            ),
            # A past clause may speak of the season in progress, as of the month in progress.
            Example("The deal closed in the spring.", "2025-SP", span="the spring"),
            Example("The deal closed in the summer.", "2024-SU", span="the summer"),
            # A capitalised season that a capitalised name follows is that season's offensive.
            Example("The German Spring Offensive stalled.", "2025-SP", span="Spring"),
        ),
        negatives=(
            "Refiners switch to summer-grade fuel and then to winter-blend gasoline.",
            "FALL RIVER, Mass. -- A fire gutted the mill.",
            "Arctic summer sea ice shrank by 13 percent per decade.",
            "City Announces Winter Storm Assistance Program",
            "Utility Expands Summer Jobs Program",
            "Galeana's men held the spring at Juchitengo, which supplied the town with water.",
            "The defenders drew their water from the spring below the north wall.",
            "The fort stood on a hill above a spring.",
            "The company also sells Early Spring green tea.",
            "She was known for her winter landscapes of the fjord.",
            "The National Gallery bought Winter Morning at Ulvik for 800 kroner.",
            "The 25th annual Winter Carnival runs Saturday.",
            "The Winter Farmers Market moves indoors.",
            "The city will hold the Riverton Spring Fest on May 2-3.",
            "The Fall Classic begins Tuesday.",
            "Forty-five years of summer nights is a lot of summer nights.",
            "These are the leaves that fall.",
            "Down South, it felt more like spring.",
            "Her painting was shown at the Charlottenborg Spring Exhibition.",
            "The captain decided to winter there.",
            "It was a spring-like day.",
            "Judge Ralph K. Winter wrote for the majority.",
            "Bonds Also Fall\nBond prices fell yesterday.",
            "The second phase, Fall Rot, began.",
            'She wrote "Winter Light" and "The Long Field."',
            'He starred in "The Long Hot Summer".',
            "prices fall",
            "Shares that fall below a dollar are delisted.",
            "Leaves that fall during a storm clog the drains.",
            "A northerly storm met a spring tide at the harbour.",
            "Stocks could fall sharply.",
            "after the fall of Saigon",
            "The economy shrank, though the fall was slightly smaller than feared.",
            "She won gold at the Winter Olympics.",
            "She grew up in Winter Park, Florida.",
            "The mill closed in Fall River.",
            "Frederick, the Winter King, fled to The Hague.",
            "He skated at the 1998 Winter Olympics.",
            "The fall in oil prices hurt producers.",
            "Her fall from power was swift.",
            "The Arab Spring toppled several leaders.",
            "Prague Spring\nAlexander Dubcek replaced Novotny on 5 January 1968.",
            "Donna Summer sold millions of records.",
            "The Winter War began in 1939.",
            "The troops looted the Summer Palace.",
            "The winter storm warning remains in effect until noon.",
            "Forecasters issued a winter weather advisory for the county.",
        ),
    ),
    Rule(
        name="date.mid_season",
        type="DATE",
        # "midwinter", "midsummer 1862": the season's middle, written as one word (in lower case:
        # "A Midsummer Night's Dream" and "Midsummer Day" are names).
        pattern=r"(?:(?P<the>the) )?(?-i:mid)(?P<season>(?-i:summer|winter|spring|autumn))(?:,? (?:of )?{year4:year})?",
        parse=_mid_season,
        examples=(
            Example("The river froze in midwinter.", "2024-WI", span="midwinter", mod="MID"),
            Example("The armies met in midsummer 1862.", "1862-SU", span="midsummer 1862", mod="MID"),
        ),
        negatives=("They staged A Midsummer Night's Dream.",),
        priority=2,
    ),
    Rule(
        name="date.winter_across_years",
        type="DATE",
        pattern=(
            r"(?:(?P<the>the )?winter(?: months)?,? (?:of )?{year4:year}[-–/](?P<year_end>[0-9]{2}(?:[0-9]{2})?)(?![0-9])"
            r"|the (?P<lead_year>1[0-9]{3}|20[0-9]{2})[-–/](?P<lead_end>[0-9]{2}(?:[0-9]{2})?) winter"
            # "the winter of 415/414 BC": BC years count down.
            r"|(?:the )?winter,? (?:of )?(?P<bc_year>[1-9][0-9]{0,3})[-–/](?P<bc_end>[1-9][0-9]{0,3}) (?:BCE?\b|B\.C\.(?:E\.)?)"
            # ... and two years of three digits without their era, which their order gives: "the
            # winter of 427/426" counts down (BC), "the winter of 406/407" up.
            r"|the winter of (?P<early_year>[1-9][0-9]{2})[-–/](?P<early_end>[1-9][0-9]{2})(?![0-9]|[,.][0-9]))"
        ),
        parse=_winter_across_years,
        examples=(
            Example(
                "The garrison held the fort through the winter of 1758-59.",
                "1758-WI",
                span="the winter of 1758-59",
            ),
            Example("Gas prices peaked in the winter of 2024-25.", "2024-WI", span="the winter of 2024-25"),
            Example("Heating bills rose through the 2022/23 winter.", "2022-WI", span="the 2022/23 winter"),
            Example(
                "The siege lasted through the winter of 1941–1942.", "1941-WI", span="the winter of 1941–1942"
            ),
            Example(
                "The Athenians spent the winter of 415/414 BC at Catana.",
                "BC0415-WI",
                span="the winter of 415/414 BC",
            ),
            Example(
                "The war began in 431 BC. The plague returned in the winter of 427/426.",
                "BC0427-WI",
                span="the winter of 427/426",
                domain="narrative",
            ),
            Example(
                "The Goths crossed the Rhine in the winter of 406/407.",
                "0406-WI",
                span="the winter of 406/407",
                domain="narrative",
            ),
        ),
        negatives=(
            "The long winter of 1776-79 ruined the farms.",
            "The city starved in the long winter of 415/412 BC.",
        ),
        priority=1,
    ),
    Rule(
        name="date.ordinal_day",
        type="DATE",
        # Not "the 9th and 10th centuries", "the 12th to the 15th century".
        # (Nor a rank in a series: "The summit was the 19th since the crisis began".)
        # ("Haiyan is the 24th to hit the country": a rank before its infinitive; not "from the 12th
        # to the 15th", "the 8th to mid-May", nor a day after its preposition, "on the 7th to mark
        # Victory Day".)
        pattern=r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\bbefore\s)"
        r"|(?<=\bafter\s)|(?!the [\w-]+ to (?!(?:the|mid|early|late|end|start|middle|beginning|this|next)\b)"
        r"(?-i:[a-z]{2,})\b))"
        # ("lost deposits in September, the 10th outflow in the past 11 months": a rank in apposition,
        # before its noun; not "on Monday, the 10th, when".)
        r"(?:(?<!,\s)|(?!the [0-9]{1,2}(?:st|nd|rd|th) (?!(?:and|or|when|with|that|which|the|but|for|after"
        r"|before|until|was|were|is|are|at|in|on|of|to|as|by|from|his|her|its|their|he|she|they|it|we)\b)"
        r"(?-i:[a-z]{3,})\b))"
        r"the {ordinal_day:day}"
        + NOT_A_DAY_AFTER
        # ("It is the 24th major storm", "the 5th straight loss": a rank, an adjective before its
        # noun.)
        + r"(?! (?:major|big|biggest|largest|straight|consecutive|successive|annual|named|deadliest|worst|best|"
        r"highest|lowest|most|least|such|known|recorded|confirmed|reported|fatal|tropical|separate|official)\b)"
        # ("The 21st and final stage started at 6:05 p.m.": the last of a series.)
        r"(?! and (?:final|last)\b)"
        # ("Jerusalem Day falls on the 28th of Iyar": a day of the Hebrew or the Islamic calendar.)
        r"(?! of (?-i:Nisan|Iyar|Sivan|Tammuz|Av|Elul|Tishrei|Tishri|Cheshvan|Heshvan|Kislev|Tevet|Shevat|Adar"
        r"|Muharram|Safar|Rabi|Jumada|Rajab|Sha['’]?ban|Ramadan|Shawwal|Dhu)\b)"
        # ("The 6th (Poona) Division landed": a unit's number before its name in brackets.)
        r"(?! \((?-i:[A-Z])[^()]{0,30}\) (?-i:[A-Z]))"
        # ("the 1st day of the 7th intercalary month": a month of another calendar, by its number.)
        r"(?! (?:(?-i:[a-z]+) )?months?\b)"
        # ("It was the 31st comeback of his career", "the 2nd overtime loss of the season": a rank
        # in a series its "of" names.)
        r"(?! (?-i:[a-z]{3,})(?: (?-i:[a-z]{3,}))? of (?:the|his|her|its|their|this|that|a|an|my|our|your)\b)"
        # ("smaller than the 30th-anniversary parade": a rank joined to its noun.)
        r"(?!-(?-i:[a-z]))"
        # ("The 13th and 14th monthly salaries were abolished": two ranks before their noun.)
        r"(?! and (?:the )?[0-9]{1,2}(?:st|nd|rd|th) (?!(?:and|the|for|with|from|this|that|when|but|until)\b)"
        r"(?-i:[a-z]{3,})\b)"
        # ("His time was the 11th fastest in the world": any superlative ranks.)
        r"(?! (?!(?:west|rest|test|nest|guest|quest|protest|request|harvest|arrest|forest|contest|honest|modest"
        r"|suggest|digest|invest|manifest|conquest|unrest|priest|chest|crest|interest)\b)(?-i:[a-z]{2,}est)\b)"
        # ("He commanded the 11th military division": a unit's number, an adjective between.)
        # (Not a possessive's noun, the next clause's subject: "By the 13th its army had reached Beirut".)
         + r"(?! (?!(?:its|his|her|their|the|a|an|our|my|your)\b)(?-i:[a-z]+) "
        r"(?:division|regiment|brigade|battalion|army|corps|fleet|squadron|district|"
        r"congress|amendment|anniversary|birthday|century|dynasty)s?\b)"
        # ("For almost two hours the 4th and Light Divisions stormed the breach": units numbered.)
        # ("the 9th and 10th SS Panzer Divisions": a name between.)
         + r"(?!\s+and\s+(?:the\s+)?(?-i:[A-Z0-9])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+"
        r"(?-i:Divisions|Brigades|Regiments|Battalions|Corps|Armies|Fleets|Squadrons)\b)"
        + r"(?! since\b)(?! (?-i:[A-Z]))(?!,? (?:and|or|to|through) (?:the )?[0-9]{1,2}(?:st|nd|rd|th)(?:[- ]centur|"
        # (... nor the first of two ranks: "the 20th and 21st time".)
        + NOT_A_DAY_AFTER.replace("(?!", "(?=", 1)
        + "))",
        parse=_ordinal_day,
        examples=(
            Example("Xi and Putin held talks on the 8th at the Kremlin.", "2025-05-08", span="the 8th"),
            Example("They will meet on the 12th.", "2025-05-12", span="the 12th"),
            Example("Talks were held on the 12th.", "2025-04-12", span="the 12th"),
            Example(
                "The army reached the town in June 1645. Its governor was wounded on the 14th and killed two "
                "days later.",
                "1645-06-14",
                span="the 14th",
                domain="narrative",
            ),
            # The second end of "the 20th and 21st" is found in combine.split_ranges.
            Example("The summit will take place on the 20th and 21st.", "2025-05-20", span="the 20th"),
            Example(
                "The siege began in October 1806. On the 10th a shell killed the governor.",
                "1806-10-10",
                span="the 10th",
                domain="narrative",
            ),
        ),
        negatives=(
            "It was the third homicide this month and the 19th in the district since 2009.",
            "Thrifts lost deposits in September, the 10th outflow in the past 11 months.",
            "Mr. Almonte was the 11th livery driver killed in New York City this year.",
            "Haiyan is the 24th to hit the country this year.",
            "Jerusalem Day falls on the 28th of Iyar.",
            "The 6th (Poona) Division landed at Fao.",
            "His time was the 11th fastest in the world this year.",
            "This year's service, the 25th, was held Monday.",
            "The 21st and final stage started at 6:05 p.m. local time.",
            "It was the 31st comeback of his career.",
            "It was the 2nd overtime loss of the season.",
            "The 13th and 14th monthly salaries were abolished.",
            "The parade was smaller than the 30th-anniversary parade two years ago.",
            "It was his third stage win of this year's race and the 20th of his career.",
            "The match is a sell-out, the 15th in a row since February 2023.",
            "The summit was the 19th since the crisis began.",
            "The measure is the 12th the council has adopted against Iraq.",
            "The seizure was the 11th in Texas.",
            "It was the 92nd shuttle flight and the 25th for Discovery.",
            "Briggs is the fifth person exonerated in Baltimore since 2019 and the 12th in the past five years.",
            "This is the 13th national strike since the summer, and people are fed up.",
            "the 3rd Infantry Division",
            "He commanded the 11th military division at Bordeaux.",
            "the 21st century",
            "Writing appeared in the 4th millennium BC.",
            "Thebes rose under the 18th dynasty.",
            "the 8th anniversary",
            "Gas prices rose for the 30th straight day.",
            "The index fell for the 14th successive session.",
            "It rose for the 5th time.",
            "It is the 2nd largest bank.",
            "The golfer dropped a shot at the 18th hole.",
            "He holed a 12-foot putt on the 18th green at 7:25 p.m.",
            "Messi equalized in the 29th.",
            "He birdied the 16th and made a bogey at the 17th.",
            "The home crowd were the 12th man.",
            "He crashed out on the 12th stage.",
            "He was born in 1809 and became the 16th president of the United States.",
            "In 1716 he succeeded his father as the 2nd duke.",
            "The country was divided at the 17th parallel in 1954.",
            "Vikings raided during the 9th and 10th centuries.",
            "The castle stood from the 12th to the 15th century.",
            "It was the 20th and 21st time the dam had flooded.",
            "Pryor would be the 17th inmate executed in Texas this year.",
            "Leaders met at the 19th summit in Mexico.",
            "Vettel won the 3rd race of the season.",
            "He is the 12th officer charged since 1998.",
            "It is the 24th major storm of the season.",
        ),
    ),
    Rule(
        name="date.weekday_ordinal_day",
        type="DATE",
        # "on Wednesday the 14th", "Friday the 13th": one date, as "Wednesday, May 14" is.
        # ("on Monday the eleventh": the ordinal spelled, as a broadcast says it.)
        pattern=r"{weekday},? the (?:{ordinal_day:day}|(?P<day_word>{ordinal_word})"
        # (... before the end of its clause or a word of one, not a noun: "On Monday the first
        # group left".)
        r"(?=\s*(?:[.,;:!?)]|\Z)|\s+(?:that|when|of|and|or|at|in|on|to|was|were|is|are|will|would|the|a|an"
        r"|he|she|they|it|we|I)\b))" + NOT_A_DAY_AFTER + r"(?! (?-i:[A-Z]))"
        # (Not a rank in a run: "issued a rebuttal Friday, the second in two days", "on Tuesday,
        # the third in a row", "the last of three".)
        r"(?! in (?:a row|as many|(?:two|three|four|five|six|seven|eight|nine|ten|several|[0-9]+) [a-z]+"
        r"|the (?:past|last|series|same)|recent|a series)\b)"
        r"(?! of (?:the|its|his|her|their|those|these|them|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\b)",
        parse=_weekday_ordinal_day,
        examples=(
            Example("The vote is set for Wednesday the 14th.", "2025-05-14", span="Wednesday the 14th"),
            Example("Shares slid on Friday the 2nd.", "2025-05-02", span="Friday the 2nd"),
            # The month is the one whose day falls on that weekday: April 27, not May 27, a Tuesday.
            Example("They met on Sunday the 27th.", "2025-04-27", span="Sunday the 27th"),
            Example(
                "It was on Monday the eleventh that India set off its first devices.",
                "1998-05-11",
                span="Monday the eleventh",
                dct="1998-05-28",
            ),
        ),
        negatives=(
            "On Monday the 3rd Infantry Division attacked.",
            "On Monday the first group left.",
            "His lawyers issued a rebuttal Friday, the second in two days.",
            "The company reported a loss on Tuesday, the third in a row.",
        ),
        priority=2,
    ),
    Rule(
        name="date.ordinal_day_before_name",
        type="DATE",
        # "On the 16th Pilsudski struck": a history's day of the month, opening its sentence, before
        # the name that is the subject of its clause (a capitalised word, then a lower-case one).
        # "the 16th Lancers", "the 3rd Armoured Division" are units: a unit's noun (see
        # NOT_A_DAY_AFTER, _UNIT_AFTER) or a second capitalised word follows the ordinal there.
        pattern=after_one_of("On", "By")
        + r"the {ordinal_day:day}"
        + NOT_A_DAY_AFTER
        + _UNIT_AFTER
        # ("On the 16th Cronjé called on the garrison": a name's letters may be accented.)
        + r"(?-i:(?= [A-Z][a-zà-öø-ÿ]+(?:['’]s)? [a-z]))",
        parse=_ordinal_day_opening,
        examples=(
            Example("On the 16th Pilsudski struck at the Soviet flank.", "2025-04-16", span="the 16th"),
            Example("On the 2nd Cromwell's men stormed the town.", "2025-05-02", span="the 2nd"),
            Example(
                "Gough arrived on 18 December 1845. By the 20th Sikh reinforcements had reached the river.",
                "1845-12-20",
                span="the 20th",
                domain="narrative",
            ),
            Example(
                "He attacked on 1 December 1824. At daybreak on the 15th Campbell counterattacked.",
                "1824-12-15",
                span="the 15th",
                domain="narrative",
            ),
            Example(
                "On the 3rd the rebels took the bridge, and on the 5th Lyon surrendered.",
                "2025-05-05",
                span="the 5th",
            ),
        ),
        negatives=(
            "The attack fell on the 16th Lancers at dawn.",
            "On the 16th Lancers rode through the town.",
            "On the 3rd Armoured Division's front all was quiet.",
            "The blow fell on the 6th Army front.",
            "The guns fired on the 16th Lancers and on the 17th Hussars at dawn.",
            "Fire fell on the town and on the 4th Dragoons at noon.",
        ),
    ),
    Rule(
        name="date.ordinal_word_day",
        type="DATE",
        # "The talks begin on the twentieth": a spelled day of the month alone, as transcripts write
        # "the 20th". Only after "on" and where the clause goes on as after a date: a spelled
        # ordinal is as often a rank ("on the twentieth floor", "the twentieth century", "on the
        # second and third days").
        # ... and before or until one: "The check won't come before the first".
        pattern=after_one_of("on", "before", "until", "till")
        + r"the {ordinal_word:day}(?![-'’])"
        + _ORDINAL_DAY_ENDS,
        parse=_ordinal_day,
        examples=(
            Example("The talks begin on the twentieth.", "2025-05-20", span="the twentieth"),
            Example("The check won't come before the first.", "2025-06-01", span="the first"),
            Example("The board met on the twenty-first, a Monday.", "2025-04-21", span="the twenty-first"),
            Example("They will sign on the third, officials said.", "2025-06-03", span="the third"),
        ),
        negatives=(
            "Atlantis was cleared for launch on the fifth and final servicing mission.",
            "She lives on the twentieth floor.",
            "They met on the twentieth anniversary of the war.",
            "Art of the twentieth century",
            "The fighting raged on the second and third days.",
            "It sold out on the first of many tries.",
            "He won on the first try.",
        ),
        priority=1,
    ),
    Rule(
        name="date.month_slash_day",
        type="DATE",
        # "on 3/14", "due 3/28", "Thu 10/17", "3/14 at noon": a month and a day with a slash and
        # no year, as emails, invites and to-do lists write them. The same figures are as often a
        # fraction, a score or a ratio ("1/2 cup", "9/10 doctors", "24/7", "5/325 mg"), so the
        # text must be dating them: a weekday or a cue word before, or a clock time after.
        pattern=(
            r"(?:{weekday},? |"
            + after_one_of(*_SLASH_DAY_CUES)
            + r"|(?<=\bby\s)(?P<by>)|(?="
            + _SLASH_DAY_PLAIN
            + _CLOCK_AFTER_SLASH_DAY
            + r")|(?="
            + _SLASH_DAY_PLAIN
            + _SLASH_RANGE_AFTER
            + _NOT_A_FRACTION
            + r"))"
            + _SLASH_DAY
            + _NOT_A_FRACTION
        ),
        parse=_slashed_day,
        examples=(
            Example("The invoice is due 5/28.", "2025-05-28", span="5/28"),
            Example("Can we meet on 5/12?", "2025-05-12", span="5/12"),
            Example("The offsite moved to Thu 10/16.", "2025-10-16", span="Thu 10/16"),
            Example("Lunch 5/13 at noon with the team", "2025-05-13T12:00", span="5/13 at noon"),
            Example("Standup moved: 5/12 9:30am in room B", "2025-05-12T09:30", span="5/12 9:30am"),
            Example("Dentist Fri 5/16 at 2:30pm", "2025-05-16T14:30", span="Fri 5/16 at 2:30pm"),
            Example("Please RSVP by 5/20.", "2025-05-20", span="5/20"),
            # A range of slashed days dates its first end; the second is read with it.
            Example("I'm out of the office 5/19-5/23.", "2025-05-19", span="5/19"),
            Example("The clinic is closed 5/26 to 5/30.", "2025-05-26", span="5/26"),
        ),
        negatives=(
            "Add 1/2 cup of sugar.",
            "9/10 doctors recommend it.",
            "The store is open 24/7.",
            "It is a 50/50 call.",
            "Take one 5/325 mg tablet.",
            "The team won 3/4 of its games.",
            "Shares fell by 3/8 to 24.",
            "Costs were cut by 1/3.",
            "The vote was 5/4 in favour.",
            "Add 1/4-1/2 cup of milk.",
            "The share fell from 3/4 to 3/8.",
            "Support rose from 1/4 to 3/4 of voters.",
        ),
        priority=3,
    ),
    Rule(
        name="date.weekday_abbreviation",
        type="DATE",
        # "Sat 14:00", "Fri 4/5", "on Sat!": a capitalised three-letter weekday is a day's name
        # where a clock time or a date follows it, or after "on" at the end of a clause; else it
        # is a verb or a word ("Sat down", "the Sun", "Wed in June").
        pattern=(
            r"(?:" + after_one_of("on", "until", "till", "by", "next", "this") + r"(?P<cued>)|)"
            r"(?<!\bthe\s)(?-i:(?P<weekday>Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun))"
            # "Sat night", "Sun morning" (not "Sat night after night", a verb).
            r"(?: (?P<part>(?-i:morning|afternoon|evening|night))(?![\w-]| after\b)|"
            r"(?(cued)(?=\s*(?:[.!?;)]|,\s|$))"
            r"|(?=,? (?:[0-9]{1,2}(?::[0-5][0-9]|/[0-9]{1,2}|\s?(?:am|pm|a\.m\.|p\.m\.))(?![0-9])"
            r"|(?:at |@ ?)(?:[0-9]{1,2}\b|noon|midnight))))"
            # "Mon-Fri": both ends of a span of days written short.
            rf"|(?=[-–]{_SHORT_DAY}(?![\w-]))|(?<={_SHORT_DAY}[-–]{_SHORT_DAY})(?![\w-]))"
        ),
        parse=_abbreviated_weekday,
        examples=(
            Example("Sat 14:00 at the cafe", "2025-05-10T14:00", span="Sat 14:00", dct="2025-05-09T10:00"),
            Example("We will hike on Sat, if it is dry.", "2025-05-10", span="Sat", dct="2025-05-09T10:00"),
            Example("Mon 4pm works for me", "2025-05-12T16:00", span="Mon 4pm"),
            Example("Can we move it to Weds 3pm?", "2025-05-14T15:00", span="Weds 3pm"),
            Example("The shop is open Mon-Sat 10am-4pm.", "XXXX-WXX-1", span="Mon", type="SET"),
            Example(
                "We will have dinner Sat night.", "2025-05-10TNI", span="Sat night", dct="2025-05-09T10:00"
            ),
            Example(
                "The flight will land Sun morning.",
                "2025-05-11TMO",
                span="Sun morning",
                dct="2025-05-09T10:00",
            ),
        ),
        negatives=(
            "Sat down with the team.",
            "Sat night after night by her bed, he kept watch.",
            "He skimmed the Sun morning edition.",
            "He read it in the Sun.",
            "They wed in June.",
            "She weds her sweetheart in June.",
            "Mon 12 is a code.",
            "The Mon-Fri timetable starts soon.",
        ),
    ),
    Rule(
        name="date.weekday",
        type="DATE",
        # "bank holiday Monday": British papers name the day with its holiday, in one phrase. (Not
        # "the Mail on Sunday", a newspaper's title, nor a day of history named by its weekday:
        # "Bloody Sunday", "Black Monday", "Super Bowl Sunday" are no day of the DCT's week.)
        pattern=r"(?:bank holiday )?(?<!\bMail\son\s)(?<!(?-i:\bBloody)\s)(?<!(?-i:\bBlack)\s)(?<!(?-i:\bBowl)\s)"
        # ("the Good Friday Agreement": a treaty's name.)
        r"(?<!(?-i:\bGood)\s)"
        # ("Operation Thursday": a military operation's code name.)
        r"(?<!(?-i:\bOperation)\s)"
        # ("flights operated on a Friday", "Christmas falls on a Sunday this year": a day of that
        # name, no day of the DCT's week; date.indefinite_weekday reads it where it can. Not a
        # day restated, "on Oct. 29, a Monday,": see resolve._weekdays_in_apposition; nor one a
        # month after it dates, "a Tuesday in March 2020": see combine; nor a day a noun after it
        # is of, "a Monday deadline".)
        r"(?:(?<!\ba\s)|(?<=,\sa\s)|(?=[A-Za-z]+\s+in\s+{month:in_month}\b)"
        # ... nor the day of a noun after it: "faces a Monday deadline".
        r"|(?=[A-Za-z]+\s+(?!(?:this|that|next|last|were|was|is|are|and|or|when|if|in|of|at|to|with|for)\b)(?-i:[a-z])))"
        # ('her weekly "Friday poem"': a quoted name of a habit, no day.)
        r"(?!(?<=[\"“])[A-Za-z]+day (?-i:[a-z]+)[\"”])"
        # ("arrived from Linz on the Wednesday.": its article with it, as "the morning" keeps its.)
        # ("On the Friday the government announced": before its clause's subject too.)
        r"(?:(?<=\bon\s)(?-i:the) (?=(?-i:[A-Z])[a-z]+day(?:[.,;!?]|\s+(?-i:the|a|an|he|she|they|it|we|his|her|their|its)\b)))?"
        r"{weekday}" + _NEWSPAPER_NAMES,
        parse=_weekday,
        examples=(
            Example("On Tuesday he said", "2025-05-06", span="Tuesday"),
            Example("On Tuesday he will", "2025-05-13", span="Tuesday"),
            Example("on Friday", "2025-05-09", span="Friday"),
            Example(
                "Trains were cancelled on bank holiday Monday.", "2025-05-05", span="bank holiday Monday"
            ),
            # A colour in the lower case is the verb's: "went black" on Monday.
            Example("Screens across the city went black Monday.", "2025-05-05", span="Monday"),
            Example("Army units arrived from Linz on the Wednesday.", "2025-05-07", span="the Wednesday"),
        ),
        negatives=(
            "Rubio appeared on seven Sunday talk shows two weeks ago.",
            "The buses run on a Sunday schedule.",
            'His 1956 album "Blue Tuesday" sold modestly.',
            'She remembers her weekly "Friday poem" most of all.',
            "A Sunday edition was launched in 1911.",
            "the Sunday Times",
            "He will lead his last Sunday prayer on Feb. 24.",
            "The Mail on Sunday ran the story.",
            "The inquiry into Bloody Sunday reported in 2010.",
            "Traders still speak of Black Monday.",
            "Ads for Super Bowl Sunday cost millions.",
            "sun",
            "The probe is 19 billion kilometres from the Sun.",
            "The comedian hosted Saturday Night Live.",
            "He watched Monday Night Football.",
            "She taught Sunday school for decades.",
            "In 1921 he took up watercolours as a Sunday painter.",
            "Christmas falls on a Sunday this year.",
            "The Friday Mosque, begun in 1521, was completed in 1530.",
            "The Saturday Club, a Boston dining society, was founded in 1855.",
        ),
    ),
    Rule(
        name="date.indefinite_weekday",
        type="DATE",
        # "on a Friday afternoon in January", "one Sunday in May": a day of that name, which one
        # the text does not say, so no week of the DCT's. (Not "a Sunday paper", "a Friday
        # deadline": a noun after the day makes it an adjective.)
        # (Not "on Oct. 29, a Monday,", a day restated; nor "one Friday and one Thursday", a count
        # of things; "a Tuesday in March 2020" is the month's, see combine.)
        # ("than on a typical Monday", "an ordinary Friday": any such day.)
        # ("as he walked home on a rainy Sunday evening", "on a recent Tuesday": a day the weather
        # or the telling describes.)
        pattern=r"(?<![\w-])(?<!,\s)(?:a|(?-i:One)|(?:a|an) (?:typical|ordinary|normal|usual|average|regular"
        r"|rainy|wet|cold|hot|sunny|snowy|chilly|warm|windy|stormy|foggy|humid|muggy|steamy|balmy|frigid|freezing"
        r"|bright|gray|grey|crisp|quiet|busy|lazy|recent|fateful|clear|dark)) {weekday}"
        r"(?: (?P<part>(?-i:morning|afternoon|evening|night))|(?!\s+in\s+(?-i:[A-Z0-9])))"
        r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|of|when|before|after|that|at|and|or|with|while|as|during)\b)",
        parse=_indefinite_weekday,
        examples=(
            Example("The store is closed on a Sunday.", "XXXX-WXX-7", span="a Sunday"),
            Example(
                "It happened on a Friday afternoon in January 2012.",
                "XXXX-WXX-5TAF",
                span="a Friday afternoon",
                type="TIME",
            ),
            Example("One Sunday, the family drove north.", "XXXX-WXX-7", span="One Sunday"),
            Example("Roads were emptier than on a typical Monday.", "XXXX-WXX-1", span="a typical Monday"),
            Example(
                "He fought here on a wet Friday night in March 1989.",
                "XXXX-WXX-5TNI",
                span="a wet Friday night",
                type="TIME",
            ),
        ),
        negatives=(
            "He bought a Sunday paper.",
            "They faced a Friday deadline.",
            "She has a Saturday job at the bakery.",
        ),
    ),
)
