"""Publication context read from the text itself: news datelines and the narrative/news choice.

>>> import datetime as dt
>>> from dateline.extract import extract
>>> from dateline.rules import rules_for
>>> text = "MOSCOW, May 8, 2025 (Reuters) - Xi arrived on Wednesday."
>>> find_dateline(text, extract(text, rules_for("en")))
datetime.datetime(2025, 5, 8, 0, 0)
>>> text = "Jury Selection Delayed\\nBy JOHN SMITH\\n\\nMIAMI, Feb. 13, 1991 -- A judge today postponed it."
>>> find_dateline(text, extract(text, rules_for("en")))
datetime.datetime(1991, 2, 13, 0, 0)
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections.abc import Sequence

from dateline.calendar import SEASON_MONTHS, falls_on
from dateline.context import TenseIndex, sentence_bounds
from dateline.partial import Grain, PartialTime
from dateline.resolve import APPOSITION, Candidate, quotations

_HEAD = 240
#: What may stand before the date in a dateline: a place in capitals, a label, a byline.
_BEFORE_DATE = re.compile(
    # ... past a headline and a byline above it, lines of no sentence ("Jury Selection Delayed
    # Again\n\nMIAMI, Feb. 13 -- A Federal judge today ...").
    r"^\s*(?:[^\n]{1,100}(?<![.!?\"”])\n\s*){0,3}?"
    r"(?:(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+)*,?\s+)"
    r"|(?:(?:Published|Posted|Updated|Date|Dateline|Last updated)\s*(?:on)?\s*:?\s*)"
    # A web page's byline: "By Jane Doe | May 9, 2025".
    r"|(?:By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*[|•·/,]\s*)"
    r"|(?:[A-Z][a-z]+day,?\s+))?$"
)
#: What may follow it: a news agency, a dash, a line break or the start of the story.
_AFTER_DATE = re.compile(r"^\s*(?:\([^)\n]{1,40}\)\s*)?(?:[-—–|:/]|\n|\d{1,2}:\d{2})\s*\S")


def find_dateline(text: str, candidates: Sequence[Candidate]) -> dt.datetime | None:
    """The publication date given by an opening dateline, or ``None`` (see :func:`locate_dateline`)."""
    located = locate_dateline(text, candidates)
    return None if located is None else located[1]


def locate_dateline(
    text: str, candidates: Sequence[Candidate]
) -> tuple[Candidate, dt.datetime | None] | None:
    """The candidate that is the text's opening dateline, and the date it gives, or ``None``.

    A dateline is a date at the very start of the text (after an optional place in capitals or a
    label such as "Published:", and under a headline and a byline if the text has them), followed
    by an agency, a dash or a line break. A dateline without
    a year ("MOSCOW, May 8 (Reuters) -") takes the year the text's stated years place it in (see
    :func:`_year_of_report`); with none, its date is ``None``.
    """
    for candidate in candidates:
        if candidate.start > _HEAD:
            break
        partial = candidate.partial
        if (
            partial.kind != "date"
            or partial.anchor is not None
            or partial.month is None
            or partial.day is None
        ):
            continue
        if not _BEFORE_DATE.match(text[: candidate.start]) or not _AFTER_DATE.match(
            text[candidate.end : candidate.end + 60]
        ):
            continue
        year = partial.year
        if year is None:
            year = _year_of_report(text, candidates)
            if year is None:
                return candidate, None
            year = _after_told_dates(text, candidates, candidate, year)
            year = _year_of_lead_weekday(text, candidates, candidate, year)
        try:
            return candidate, dt.datetime(
                year, partial.month, partial.day, partial.hour or 0, partial.minute or 0
            )
        except ValueError:
            return None
    return None


def _year_of_report(text: str, candidates: Sequence[Candidate]) -> int | None:
    """The year a dateline without one ("MOSCOW, May 8 (Reuters) -") is in: the latest year the
    text tells of in the past or the present, or the earliest year it speaks of as still to come
    that is no earlier ("sales in 2014 would grow ... savings by the end of 2015": 2014). A year
    still to come is not before the year of writing; one told in the past is not after it."""
    stated = [c for c in candidates if c.partial.year is not None and not c.partial.bc]
    if not stated:
        return None
    tenses = TenseIndex(text, around=[(c.start, c.end) for c in stated])
    told = [c.partial.year for c in stated if tenses.tense_at(c.start, c.end) != "future"]
    ahead = [c.partial.year for c in stated if tenses.tense_at(c.start, c.end) == "future"]
    latest_told = max(told, default=None)
    coming = [year for year in ahead if latest_told is None or year >= latest_told]
    return min(coming) if coming else latest_told


def _after_told_dates(text: str, candidates: Sequence[Candidate], dateline: Candidate, year: int) -> int:
    """The year of a dateline without one, after every month of that year the text tells of in
    the past: "closed at its lowest since April 2014" in a report dated Feb 10 is of a later
    year than 2014."""
    month, day = dateline.partial.month or 0, dateline.partial.day or 0
    tenses: TenseIndex | None = None
    for candidate in candidates:
        partial = candidate.partial
        if partial.year != year or partial.month is None or partial.bc:
            continue
        if (partial.month, partial.day or 0) <= (month, day):
            continue
        tenses = tenses or TenseIndex(text)
        if tenses.tense_at(candidate.start, candidate.end) != "future":
            return year + 1
    return year


#: How many years past the one its stated years place it in a dateline may be moved to name the
#: weekday its lead names: the years told in the past are before the report, often just before.
_LEAD_WEEKDAY_YEARS = 1


def _year_of_lead_weekday(text: str, candidates: Sequence[Candidate], dateline: Candidate, year: int) -> int:
    """The year of a dateline without one, in which its day is the weekday the lead names
    ("NEW YORK, Feb 10 (Reuters) - Wall Street ended ... on Wednesday": a year whose Feb 10 is a
    Wednesday), if one is that year or just after it; otherwise ``year``."""
    month, day = dateline.partial.month or 0, dateline.partial.day or 0
    lead_end = text.find("\n", dateline.end)
    lead_end = len(text) if lead_end < 0 else lead_end
    weekdays = {
        c.partial.weekday
        for c in candidates
        if dateline.end <= c.start < lead_end and _is_bare_weekday(c.partial) and c.partial.anchor is None
    }
    if len(weekdays) != 1:
        return year
    (weekday,) = weekdays
    for later in range(year, year + _LEAD_WEEKDAY_YEARS + 1):
        try:
            if dt.date(later, month, day).weekday() == weekday:
                return later
        except ValueError:
            return year
    return year


#: A report that speaks of its own days this often ("Tuesday", "yesterday", "last week": one date
#: in twenty) is news, even when it looks back on old years; a history almost never does.
_NEWS_DEICTIC_SHARE = 0.05


#: A report's day of its own news: "Acme Corp. today said", "announced today".
_TODAY_REPORTED = re.compile(
    r"\btoday\s+(?:said|announced|reported|released|filed|unveiled|posted|completed|declared|priced)\b"
    r"|\b(?:said|announced|reported|released|declared)\s+today\b"
)


def _speaks_of_its_own_days(
    candidates: Sequence[Candidate], dct: dt.datetime | None = None, text: str | None = None
) -> bool:
    dates = [c.partial for c in candidates if c.partial.kind == "date"]
    # What someone is quoted saying ("\"It is us today,\" he warned") is the speaker's day, in a
    # history as in a report: only the writer's own words tell of the writer's days.
    quoted = _quoted_indexes(candidates, text)
    # A history may say "today" once, of its own present ("historians today see the war as ..."):
    # alone, that is no sign of news; a report that says it speaks of its present elsewhere too.
    present = [
        c
        for index, c in enumerate(candidates)
        if index not in quoted and _speaks_of_its_present(c.partial, c.text)
    ]
    lone_today = (
        (len(present) == 1 and present[0].partial.is_plain_today)
        or (len(present) > 1 and _closes_with_its_present(candidates, present))
        or _historians_present(candidates, present, dct, text)
    ) and not (
        # ("Acme Corp. today said it will redeem the notes": a release's lead, its day the writing's.)
        text is not None and _TODAY_REPORTED.search(text) is not None
    )
    story_weekdays = _story_weekdays(candidates, dct)
    deictic_indexes = [
        index
        for index, candidate in enumerate(candidates)
        if index not in quoted
        and (
            # ("Port Alder today looks little like the town the storm flattened": the writer's own
            # present, however read.)
            (candidate.partial.kind == "ref" and candidate.text == "today" and not lone_today)
            or (
                candidate.partial.kind == "date"
                and (
                    # (A season or a month counted from the writing, "last fall", "this summer", "next
                    # month", is as much the report's own time as "last week".)
                    (
                        candidate.partial.anchor == "dct"
                        and candidate.partial.grain >= Grain.SEASON
                        and not lone_today
                        and not _POINTS_BACK.fullmatch(candidate.text)
                    )
                    or (
                        _is_bare_weekday(candidate.partial)
                        # ("the previous Friday", "the following Monday": counted from the story's day.)
                        and candidate.partial.anchor != "ref"
                        and index not in story_weekdays
                        and not _weekday_in_apposition(candidates, index, text)
                    )
                )
            )
        )
    ]
    if not dates or len(deictic_indexes) < _NEWS_DEICTIC_SHARE * len(dates):
        return False
    return not _closes_an_old_story(candidates, deictic_indexes, dct, text)


def _historians_present(
    candidates: Sequence[Candidate], present: Sequence[Candidate], dct: dt.datetime | None, text: str | None
) -> bool:
    """Whether the words of the writer's present are a historian's, whatever their place: only
    "today", "now" or "currently", none of them after a verb of saying, in a text whose every
    year lies generations before its writing ("Historians now argue that the diversion saved
    Madrid ... The fortress today houses the Army Museum", in a history of 1936)."""
    if dct is None or text is None or not _only_today_and_now(present):
        return False
    if any(_SAID_BEFORE.search(text, max(0, c.start - 40), c.start) for c in present):
        return False
    dated = [
        c
        for c in candidates
        if c.partial.kind == "date" and c.partial.year is not None and c.partial.grain >= Grain.DECADE
    ]
    years = [c.partial.year for c in dated if c.partial.year is not None]
    # (A history opens with its story, a report with its own day: "Veterans gathered today in
    # Seoul. ... The war began on 25 June 1950".)
    return (
        len(years) >= _HISTORIANS_YEARS
        and max(years) < dct.year - _GENERATIONS
        and min(c.start for c in present) > min(c.start for c in dated)
    )


#: How long before its writing every year of a history (this many of them at least) lies for its
#: "now" and "today" to be the historian's.
_GENERATIONS = 50
_HISTORIANS_YEARS = 2
#: A verb of saying (and its object) before a word of the present: "said today", "told reporters now".
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|announced|declared|reported|stated|added)\b[^.;!?]{0,25}\Z", re.IGNORECASE
)


def _closes_an_old_story(
    candidates: Sequence[Candidate],
    deictic_indexes: Sequence[int],
    dct: dt.datetime | None,
    text: str | None = None,
) -> bool:
    """Whether the few words of its writer's days a text says (``deictic_indexes``) only close a
    history of old years, after the last of its old years ("Tensions rose again this spring",
    "a documentary broadcast last autumn"); a report on an old story speaks of its own days more
    often than that, or before the years it recalls."""
    if dct is None or not deictic_indexes or len(deictic_indexes) >= _OLD_STORY_DEICTIC:
        return False
    years = [
        (index, c.partial.year)
        for index, c in enumerate(candidates)
        if c.partial.kind == "date"
        and c.partial.year is not None
        and c.partial.grain >= Grain.YEAR
        and not c.partial.bc
    ]
    if (
        len(years) < _OLD_STORY_YEARS
        or statistics.median(year for _, year in years) >= dct.year - _OLD_STORY_AGE
    ):
        return False
    last_old = max(index for index, year in years if year < dct.year - _OLD_STORY_AGE)
    if min(deictic_indexes) > last_old:
        return True
    if text is None:
        return False
    # ... or they stand in the paragraph that closes it, after a story of old years told before it
    # ("Legacy: ... The Ashanti remain a kingdom today ... Objects looted in 1874 are now held in
    # London, and the museum said last month that ...").
    closing = text.rfind("\n", 0, candidates[min(deictic_indexes)].start)
    told_before = [
        year
        for index, year in years
        if candidates[index].start < closing and year < dct.year - _OLD_STORY_AGE
    ]
    return closing > 0 and len(told_before) >= _OLD_STORY_YEARS


#: A text stating this many years, whose middle one lies more than ``_OLD_STORY_AGE`` years
#: before the DCT, reads as news only with ``_OLD_STORY_DEICTIC`` words of its own days or more.
_OLD_STORY_YEARS = 5
_OLD_STORY_AGE = 20
_OLD_STORY_DEICTIC = 3


def _quoted_indexes(candidates: Sequence[Candidate], text: str | None) -> set[int]:
    """The indexes of the candidates that stand inside a quotation of ``text``."""
    if text is None:
        return set()
    spans = quotations(text)
    return {
        index
        for index, candidate in enumerate(candidates)
        if any(start < candidate.start and candidate.end <= end for start, end in spans)
    }


def _is_bare_weekday(partial: PartialTime) -> bool:
    """ "Tuesday", "on Saturday evening": a weekday with no day of a month."""
    return partial.weekday is not None and partial.day is None and partial.month is None


#: How many months after the month last dated with its year a history's yearless day may fall,
#: its weekdays still the story's: a history goes on from a date it states in full.
_STORY_MONTHS_ON = 2


def _weekday_in_apposition(candidates: Sequence[Candidate], index: int, text: str | None) -> bool:
    """Whether a bare weekday restates the day of a month just before it ("8 May, a Sunday"): the
    story's day, named twice, no day of the writer's week."""
    if text is None or index == 0:
        return False
    previous = candidates[index - 1].partial
    return (
        previous.kind == "date"
        and (
            (previous.day is not None and previous.month is not None)
            # ... or a day the story counts to: "The next morning, a Sunday, the English withdrew".
            or (
                previous.anchor == "ref"
                and previous.shift is not None
                and previous.shift.unit == Grain.DAY
                and previous.shift.amount != 0
            )
        )
        and APPOSITION.fullmatch(text, candidates[index - 1].end, candidates[index].start) is not None
    )


def _story_weekdays(candidates: Sequence[Candidate], dct: dt.datetime | None) -> set[int]:
    """The indexes of bare weekdays a history names as it tells a month day by day: the day of a
    month named last before the weekday has no year of its own, but falls in the month last dated
    with one, long before the creation date, or in the month or two after it, as a story goes on
    from a background date ("fought from 5 to 10 June 1967 ... On 16 May 1967 Egypt ... On the
    morning of 5 June ... By Saturday evening"). A report's "on Tuesday" follows its own days, an
    old date stated in full ("the shuttle first flew on April 12, 1981. On Tuesday ..."), or
    none."""
    if dct is None:
        return set()
    found: set[int] = set()
    # The (year, month) of the last day of a month stated with its year, and whether the last day
    # of a month named at all fell, without a year, in that month.
    dated: tuple[int, int] | None = None
    told = False
    # ... or whether the text names a weekday with a day of a month that falls on it in an old
    # year it states, not in the writer's ("By Thursday the gunboat was shelling the street ...
    # Pearse surrendered on Saturday 29 April", in a history of 1916 written in 2011).
    old_week = _weekday_of_an_old_year(candidates, dct)
    for index, candidate in enumerate(candidates):
        partial = candidate.partial
        if partial.kind != "date" or partial.anchor is not None or partial.bc:
            continue
        if _is_bare_weekday(partial) and (told or old_week) and dated is not None and dated[0] < dct.year - 1:
            found.add(index)
        if partial.month is None or partial.day is None:
            continue
        if partial.year is not None:
            dated = (partial.year, partial.month)
        told = (
            partial.year is None and dated is not None and (partial.month - dated[1]) % 12 <= _STORY_MONTHS_ON
        )
    return found


def _weekday_of_an_old_year(candidates: Sequence[Candidate], dct: dt.datetime) -> bool:
    """Whether a weekday named with a day of a month and no year ("Saturday 29 April") falls on
    that day in a year the text states, long before its writing, and not in the writer's year or
    the one before it."""
    years = {
        c.partial.year
        for c in candidates
        if c.partial.kind == "date"
        and c.partial.year is not None
        and not c.partial.bc
        and c.partial.year < dct.year - 1
    }
    for candidate in candidates:
        partial = candidate.partial
        if (
            partial.kind != "date"
            or partial.weekday is None
            or partial.month is None
            or partial.day is None
            or partial.year is not None
        ):
            continue
        if any(
            falls_on(year, partial.month, partial.day, partial.weekday) for year in (dct.year, dct.year - 1)
        ):
            continue
        if any(falls_on(year, partial.month, partial.day, partial.weekday) for year in years):
            return True
    return False


def looks_narrative(
    candidates: Sequence[Candidate], dct: dt.datetime | None, text: str | None = None
) -> bool:
    """Whether a text reads as a history rather than news: the years it states lie far before
    its creation date, or it chronicles recent years month by month (or, with no creation date,
    it states several different years), and it does not speak of the days around its
    publication ("yesterday", "on Tuesday") as news does. A short history that states a year or
    two is one when it never speaks of its writer's present (see :func:`_tells_a_short_history`),
    and so is an encyclopaedia's article on a war, however recent its years (see
    :func:`_opens_as_encyclopaedia`)."""
    years = [
        c.partial.year
        for c in candidates
        if c.partial.kind == "date" and c.partial.year is not None and c.partial.grain >= Grain.YEAR
    ]
    years += [-c.partial.year for c in candidates if c.partial.bc and c.partial.year is not None]
    if text is not None and len(years) >= _ENCYCLOPAEDIA_YEARS and _opens_as_encyclopaedia(text):
        # "The Second Chechen War was launched by ... in August 1999", "The War in Darfur is a
        # guerrilla conflict ...": an encyclopaedia's article on a war, however recent its years,
        # and though it closes on its writer's days ("a report published last week").
        return True
    if (
        dct is not None
        and not (text is not None and _WIRE_DATELINE_OPENING.match(text))
        # (Nor a feature that counts the years from its own day: "Forty years ago this week, 11 men
        # walked into the mine", "Thirty years ago today, the levee gave way".)
        and not (text is not None and _ANNIVERSARY_COUNT.search(text))
        and _weekdays_fit_an_old_year(candidates, dct)
    ):
        # "In the spring of 1962 ... at 8:45 a.m. on Tuesday, 16 October ... at 7 p.m. on Monday,
        # 22 October": days whose weekdays fall so in the old year the text states, not in the
        # writer's, tell its story, whatever weekdays it names alone.
        return True
    if _speaks_of_its_own_days(candidates, dct, text):
        return False
    if text is not None and len({match.group(0).lower() for match in _FINANCIAL_REPORT.finditer(text)}) >= 2:
        # A company's report of its periods ("today announced results for the quarter ended June
        # 30, 2015", "holders of record on September 1") dates many days with their years, as a
        # chronicle would, and is news.
        return False
    if text is not None and _OBITUARY_NOTICE.search(text):
        # An obituary tells a life in its years and its death by a day of the month alone ("died
        # on Aug. 6"), as a history would; its survivors and the services still to come are its
        # writer's present.
        return False
    if years and _tells_a_short_history(candidates, dct, years, text):
        return True
    if dct is not None and _dates_days_by_an_old_year(candidates, dct):
        return True
    if len(years) < 3:
        return False
    if dct is None:
        return len(set(years)) >= 3
    return statistics.median(years) < dct.year - 10 or _chronicles_recent_years(candidates, years)


#: The words of a company's report of its results: "quarter ended", "holders of record".
_FINANCIAL_REPORT = re.compile(
    r"\b(?:today\s+(?:announced|reported)|(?:quarter|months|year)\s+ended|fiscal\s+(?:year|[0-9]{4})"
    r"|conference\s+call|per\s+(?:diluted\s+)?share|holders\s+of\s+record|earnings\s+guidance)\b",
    re.IGNORECASE,
)
#: A report's opening dateline, its place in capitals before a dash: "ROGERS CITY, Mich. — ",
#: "HAVRE, Mont. -- ", "WASHINGTON (AP) — " (a feature's old story told by its weekdays is still
#: a report's).
_WIRE_DATELINE_OPENING = re.compile(
    r"\s*[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?"
    r"(?: \([A-Za-z ]+\))? (?:—|–|--) "
)
#: A count of years from the writer's own day: "Forty years ago this week", "50 years ago today".
_ANNIVERSARY_COUNT = re.compile(
    r"\byears\s+ago\s+(?:today|tonight|this\s+(?:week|month|morning|weekend)"
    r"|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)
#: How many years an encyclopaedia's article on a war states at least.
_ENCYCLOPAEDIA_YEARS = 1
#: The first sentence of an encyclopaedia's article on a war, a battle or a campaign: its name
#: (capitalised words, with a year or a numeral), then "was" or "is", then what it was.
_ENCYCLOPAEDIA_LEAD = re.compile(
    # (An en dash (U+2013) joins a name's parts as a hyphen does: "The Soviet-Afghan War".)
    r"\s*(?:The\s+)?(?P<name>(?:(?:[0-9]{4}(?:[-–][0-9]{2,4})?|[A-Z][\w'’.–-]*|of|in|on|for|the|and|civil|war"
    # ... and an event's, its noun in the lower case ("The Lakeshore blackout", "The hijacking of
    # Meridian Air Flight 417", "Aurora 7").
    r"|blackout|rescue|riots|hijacking|election|night|flood|fire|disaster|bombing|sinking|crash|mission"
    # ... and a war's, as encyclopaedias write it after a place ("The siege of Quebec was a
    # three-month engagement", "The Vicksburg campaign was a series of battles").
    r"|siege|battle|campaign|invasion|occupation|offensive|rebellion|uprising|revolt|blockade|retreat"
    # ("The Moro conflict is an insurgency in the Mindanao region".)
    r"|conflict|insurgency|emergency|revolution|intervention|mutiny|crisis"
    # ... and a phase of one: "The final phase of the Sri Lankan Civil War was fought from July 2006".
    r"|phase|stage|final|first|second|third|last|opening|closing"
    # ... and a day's or a raid's: "The attack on Pearl Harbor was", "The Normandy landings were".
    r"|attacks?|landings?|raid|assault|bombardment|day"
    # (The last word may close on the comma of another name: "The Allied invasion of Sicily,
    # Operation Husky, was agreed".)
    r"|(?<=[A-Za-z]\s)[0-9]{1,3})(?:\s+|(?=,\s))){1,8}?)"
    # ("The Gordon Riots of June 1780 were a wave of anti-Catholic rioting in London".)
    # ("The First Jewish-Roman War (AD 66-73), sometimes called the Great Revolt, was the first":
    # its years in brackets, another name set off by commas.)
    r"(?:\([^()\n]{1,80}\),?\s+)?(?:,\s+)?(?:[^,.\n]{1,60},\s+)?"
    r"(?:was|is|were|are|refers\s+to)\s(?P<what>[^.\n]{0,160})"
)
_WAR_NOUNS = (
    "war", "wars", "conflict", "battle", "campaign", "siege", "insurgency", "uprising", "rebellion", "revolt",
    "revolution", "offensive", "invasion", "intervention", "coup", "putsch",
    # ("The Easter Rising was an armed insurrection in Dublin in April 1916".)
    "rising", "insurrection", "mutiny", "expedition", "evacuation",
    # ("The Cuban Missile Crisis was a thirteen-day confrontation".)
    "crisis", "confrontation", "standoff",
    # ("The 1926 general strike in the United Kingdom lasted nine days, from 4 May to 12 May 1926".)
    "general strike", "riots", "rioting", "massacre",
    # ... and an event of some days: "a three-day hostage crisis", "a widespread power failure", "a
    # four-day mountain rescue operation", "a series of violent disturbances", "a crewed orbital flight".
    "hijacking", "blackout", "power failure", "rescue", "rescue operation", "disturbances", "mission",
    "flight", "spaceflight", "disaster", "flood",
)  # fmt: skip
#: What an attack from the sea or the air is called: "a surprise military strike".
_STRIKE_WORD = re.compile(
    r"\b(?:attack|strike|raid|assault|bombardment|landing\s+operations)\b", re.IGNORECASE
)
#: How a campaign was set going, told right after "was": "agreed at ...", "launched on ...".
_LAUNCHED = re.compile(r"(?:agreed|launched|fought|mounted|planned|undertaken|conducted|carried\s+out)\b")
#: A year in digits.
_YEAR = re.compile(r"(?<![0-9])[12][0-9]{3}(?![0-9])")
#: A war's own name: "the Second Chechen War", "the 2008 South Ossetia war".
_WAR_NAME = re.compile(
    r"\b(?:" + "|".join(noun.capitalize() for noun in _WAR_NOUNS) + r")\b"
    r"|\b[0-9]{4}\s+(?:[A-Z][\w'’.-]*\s+){0,3}war\b"
)
#: A name's capital or number, or a war's: "Lakeshore", "Aurora 7", "civil war".
_NAMED = re.compile(r"[A-Z0-9]|\bwar\b")
_WAR_WORD = re.compile(r"\b(?:" + "|".join(_WAR_NOUNS) + r")\b", re.IGNORECASE)
#: What a lead says its subject was: "a guerrilla conflict", "the fourth and final phase of".
_DEFINED_AS = re.compile(r"(?:an?|the)\s", re.IGNORECASE)


#: ... or how long it lasted or when it took place: "The 2003 invasion of Iraq lasted from 20
#: March to 1 May 2003".
_SPAN_LEAD = re.compile(
    r"\s*(?:The\s+)?(?:[0-9]{4}(?:[-–][0-9]{2,4})?\s+)?(?:[\w'’-]+\s+){0,3}?(?:"
    + "|".join(_WAR_NOUNS)
    + r")(?:\s+d['’][ée]tat)?"
    r"(?:\s+(?:of|in|on|against)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    # ... or when it took place: "The 2009 Honduran coup d'etat took place on 28 June 2009".
    # ("lasted nine days, from 4 May to 12 May 1926": its length first.)
    r"\s+(?:lasted|raged|was\s+fought|were\s+fought|took\s+place|occurred)"
    r"(?:\s+[\w-]+\s+(?:days|weeks|months|years),?)?\s+(?:from|between|on|in)\s[^.\n]{0,60}?\b[0-9]{4}\b",
    re.IGNORECASE,
)


#: ... or when a war named as such began: "The War in Afghanistan began on 7 October 2001" (a
#: report writes "the war in Syria began", its noun in the lower case).
_BEGAN_LEAD = re.compile(
    r"\s*The\s+(?:[0-9]{4}\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?"
    r"(?-i:War|Revolution|Rising|Uprising|Rebellion|Revolt|Invasion|Campaign|Offensive|Insurgency|Intervention)"
    r"(?:\s+(?:of|in|on|against)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?"
    r"\s+(?:began|started|broke\s+out|erupted)\s+(?:on|in)\s[^.\n]{0,60}?\b[0-9]{4}\b"
)
#: ... or an event of some days named after its place: "The Tham Luang cave rescue was", "The
#: Halden County election night refers to".
_EVENT_LEAD = re.compile(
    r"\s*The\s+(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+"
    r"(?:rescue|blackout|riots?|hijacking|flood|fire|disaster|bombing|sinking|crash|election\s+night|mission)"
    r"\s+(?:was|were|refers\s+to|occurred|took\s+place)\s"
)
#: ... or an event named by its year or by whom it was of, then when it was held or struck, by a
#: date with its year: "The 2004 Kestrian presidential election was held on Sunday, 12 September
#: 2004", "The 1936 Carrow Valley earthquake struck ... on Tuesday, July 14, 1936", "The trial of
#: Thomas Whitcombe took place at the Old Bailey in London over five days in October 1894".
_HELD_LEAD = re.compile(
    r"\s*The\s+(?:(?P<year>[0-9]{4})\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:trial|election|referendum|earthquake|hurricane|cyclone|typhoon|tornado|eruption|strike|riots?|fire|flood"
    r"|famine|massacre|coup|summit|conference|explosion|shipwreck|sinking|tsunami|blizzard|heat\s+wave)"
    r"(?(year)|\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})"
    # (An abbreviation's stops are no sentence's end: "at 4:47 a.m. Pacific Standard Time on".)
    r"\s+(?:was\s+held|took\s+place|struck|occurred|hit|erupted|broke\s+out)\b(?:[^.\n]|(?<=\b[a-zA-Z])\.){0,120}?"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+[0-9]{1,2})?,?\s+[0-9]{4}\b"
)
#: ... or a life's, the years of birth and death in brackets after the name: "Emil Sváb (3 December
#: 1862 - 11 July 1925) was a Czech composer", "Ada Byron (born 1815) is".
_BIOGRAPHY_LEAD = re.compile(
    r"\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){1,5}\((?:born\s+|b\.\s+)?[^()\n]{0,30}?\b[0-9]{3,4}"
    r"(?:\s*[-–—]\s*[^()\n]{0,30}?\b[0-9]{3,4})?\)\s+(?:was|is)\s+(?:an?|the)\s"
)
#: How much of a text's opening the lead is looked for in.
_LEAD_READ = 400
#: A war's other name set off by commas after its name: ", known in Israel as the Second Lebanon
#: War,", ", also called the Great War,".
_OTHER_NAME = re.compile(
    r"\s*,\s+(?:also\s+)?(?:known|called|referred\s+to)\s[^,.\n]{1,80},(?=\s)"
    # ... and its date set off the same way: "The first day on the Somme, 1 July 1916, was".
    r"|\s*,\s+(?:[0-9]{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+[0-9]{1,2},?)\s+[0-9]{4},(?=\s+(?:was|were|is|are)\b)"
)
#: An article's title on a line of its own before its first paragraph: "Battle of Chosin
#: Reservoir", with no sentence's stop (a paragraph's first line wrapped is not one: a blank line
#: follows the title).
_TITLE_LINE = re.compile(r"\s*[^\n.!?]{1,100}\n[ \t]*\n")


def _opens_as_encyclopaedia(text: str) -> bool:
    """Whether the text's first sentence names a war, a battle or a campaign and says what it was
    ("The Second Chechen War was launched by ...", "The War in Darfur is a guerrilla conflict
    ..."), or when it was fought ("The 2003 invasion of Iraq lasted from 20 March to 1 May 2003"),
    as an encyclopaedia's article opens (not "The war in Iraq is costing $2 billion a week": no
    name, and no war it was). Its other name set off by commas ("The Iraq War, known in the United
    States as Operation Iraqi Freedom, began on 20 March 2003") is read past, as is the article's
    title on a line of its own before it.

    >>> _opens_as_encyclopaedia("Battle of Chosin Reservoir\\n\\nThe Battle of Chosin Reservoir was a "
    ...     "decisive battle of the Korean War.")
    True
    """
    title = _TITLE_LINE.match(text)
    text = _OTHER_NAME.sub("", text[title.end() if title else 0 :][:_LEAD_READ], count=1)
    if (
        _SPAN_LEAD.match(text)
        or _BEGAN_LEAD.match(text)
        or _EVENT_LEAD.match(text)
        or _HELD_LEAD.match(text)
        or _BIOGRAPHY_LEAD.match(text)
    ):
        return True
    lead = _ENCYCLOPAEDIA_LEAD.match(text)
    if lead is None or not _NAMED.search(lead["name"]):
        # (A name it has: not a report's "The flight was a routine one".)
        return False
    return bool(
        _WAR_NAME.search(lead["name"])
        or (
            _DEFINED_AS.match(lead["what"])
            and (
                _WAR_WORD.search(lead["what"])
                # ("The attack on Pearl Harbor was a surprise military strike ... on Sunday, December
                # 7, 1941": an attack's, dated by its year in the sentence; not a report's "The attack
                # on the embassy was a carefully planned strike, officials said Tuesday".)
                or (
                    _STRIKE_WORD.search(lead["what"])
                    and _YEAR.search(text, lead.start(), sentence_bounds(text, lead.start("name"))[1])
                )
            )
        )
        # ... or a campaign's name and how it was launched, with its year: "The Allied invasion of
        # Sicily, Operation Husky, was agreed at the Casablanca Conference in January 1943 and
        # launched on the night of 9-10 July".
        or (
            _WAR_WORD.search(lead["name"]) is not None
            and _LAUNCHED.match(lead["what"]) is not None
            and _YEAR.search(lead["what"]) is not None
        )
    )


#: The notice an obituary closes with: "is survived by", "A funeral Mass is scheduled for ...",
#: "Services will be held Saturday".
_OBITUARY_NOTICE = re.compile(
    r"\b(?:is|are)\s+survived\s+by\b|\bsurvivors\s+include\b|"
    r"\b(?:funeral|memorial|services?|visitation|wake|burial|Mass|vigil)\b[^.!?\n]{0,60}?"
    r"\b(?:will\s+be|is\s+(?:scheduled|planned|set)|are\s+(?:scheduled|planned|set)|(?:is|are)\s+to\s+be)\b"
)
#: Years further back than this from the writing are a history's, whatever else the text says.
_CENTURY = 100
#: A text that never speaks of its writer's present and states this many different years, over
#: at least as many years, tells a history (of the last decade, perhaps) rather than reporting.
_HISTORY_YEARS = 4
#: A short history of old years dates this many days or months without their year, or one fewer
#: once one is dated with it.
_STORY_DATES = 3


def _tells_a_short_history(
    candidates: Sequence[Candidate], dct: dt.datetime | None, years: Sequence[int], text: str | None = None
) -> bool:
    """Whether a short text is a history though it states few years: it never speaks of the
    present of its writing ("now", "last year", "this week", "ten years ago"), and either all
    its years lie far before its creation date (or it has none) and it dates days or months by
    the story's year ("The war began in 1982. On 21 May ..."), or it states many years across
    several of them. A single "today" of the historian's present may close it ("Today, the
    islands remain ..."), when there is no creation date (a report's days would have no date to
    count from) or all its years lie far before it (a report's "said today" comes first)."""
    present = [c for c in candidates if _speaks_of_its_present(c.partial, c.text)]
    old_years = dct is None or max(years) < dct.year - 10
    long_ago = dct is not None and max(years) < dct.year - _CENTURY
    if present and not (
        old_years
        and (
            _closes_with_its_present(candidates, present, long_ago=long_ago)
            or _historians_present(candidates, present, dct, text)
        )
    ):
        return False
    if any(c.partial.bc for c in candidates if c.partial.kind == "date"):
        # A year before the era ("in 58 BC") is a history's, however few days it tells.
        return True
    if old_years:
        # Days or months the story dates: with their years ("on 2 April 1982", or a season, "in
        # the summer of 1704") or by the story's year ("on 21 May"). A report that names one old
        # year and one coming day ("joined the firm in 1975; retires on June 30") has too few.
        # (Only after the first year the text states: a history sets its year before the days it
        # dates by it, where a brief opens on its own day, "He died on April 2 at his home. He was
        # born on Sept. 14, 1931.")
        first_year = next(
            (c.start for c in candidates if c.partial.kind == "date" and c.partial.year is not None), -1
        )
        months = [
            c.partial
            for c in candidates
            if c.partial.kind == "date"
            and c.partial.anchor is None
            and (c.partial.year is not None or c.start > first_year)
        ]
        dated = sum(
            1
            for partial in months
            if (partial.month is not None or partial.season is not None) and partial.year is not None
        )
        # (A day of the story's month counts as one: "Japan surrendered on the 15th".)
        yearless = sum(
            1
            for partial in months
            if (partial.month is not None or partial.day is not None) and partial.year is None
        )
        # A step the story takes from its own time ("The next morning", "two days later") dates
        # a day by the story as much as "on 21 May" does.
        step_units = [
            c.partial.shift.unit
            for c in candidates
            if c.partial.kind == "date"
            and c.partial.anchor == "ref"
            and c.partial.shift is not None
            and c.partial.shift.amount != 0
        ]
        if dct is None:
            # Without a creation date: days told without their year and a step of the story from
            # one day to another ("Three days later"), which a report takes from its own date.
            return yearless >= _STORY_DATES - 1 and any(unit >= Grain.MONTH for unit in step_units)
        steps = len(step_units)
        return yearless >= _STORY_DATES or (dated >= 1 and dated + yearless + steps >= _STORY_DATES - 1)
    distinct = set(years)
    return len(distinct) >= _HISTORY_YEARS and max(distinct) - min(distinct) >= _HISTORY_YEARS


def _only_today_and_now(present: Sequence[Candidate]) -> bool:
    """Whether the words of the writer's present are only a plain "today" and "now", "currently"
    (a historian's words too), none of them "this week" or "last year" (a report's)."""
    return bool(present) and all(
        c.partial.is_plain_today or (c.partial.kind == "ref" and c.partial.value == "PRESENT_REF")
        for c in present
    )


def _closes_with_its_present(
    candidates: Sequence[Candidate], present: Sequence[Candidate], *, long_ago: bool = False
) -> bool:
    """Whether the words of the writer's present come after every day or month the text tells:
    a plain "today" alone ("... surrendered on 14 June. Today, the islands remain ..."), or
    "today" and "now", "currently" in an aftermath after a story of a few dates ("... signed on 27
    July 1953. Today the border is still guarded, and the two states are now ..."): a historian's
    present, where a report's "said today" comes first (and "last year" is a report's). After a
    story of years more than a century back (``long_ago``), a single "now" closes it too
    ("Masada is now one of Israel's most visited sites")."""
    if not _only_today_and_now(present):
        return False
    if len(present) == 1 and not present[0].partial.is_plain_today and not long_ago:
        return False
    told = [c.start for c in candidates if c.partial.kind == "date" and c.partial.month is not None]
    enough = 1 if len(present) == 1 else _STORY_DATES
    return len(told) >= enough and min(c.start for c in present) > max(told)


#: A story of a recent war tells days at least this many months before its writing, more than a
#: year: a report's yearless days are of the months around its own ("Sales fell in March 1997.
#: On 3 March ...", written in March 1998, is this March's day).
_STORY_MONTHS_BACK = 13
#: How many months on from the month the story is at a yearless month may fall and still be the
#: story's going on (the months of a campaign, not a report's "next March").
_STORY_MONTHS_AHEAD = 5


def _weekdays_fit_an_old_year(candidates: Sequence[Candidate], dct: dt.datetime) -> bool:
    """Whether at least :data:`_OLD_WEEKDAY_DAYS` days written with their weekday and without
    their year ("Tuesday, 16 October") fall on that weekday in the last year the text stated
    before them, years before ``dct``, and in none of the years around ``dct``."""
    year: int | None = None
    fitting = 0
    for candidate in candidates:
        partial = candidate.partial
        if partial.kind != "date" or partial.bc:
            continue
        if partial.year is not None and partial.anchor is None:
            year = partial.year
            continue
        if (
            year is None
            or dct.year - year < _OLD_YEARS
            or partial.weekday is None
            or partial.month is None
            or partial.day is None
        ):
            continue
        month, day, weekday = partial.month, partial.day, partial.weekday
        if falls_on(year, month, day, weekday) and not any(
            falls_on(near, month, day, weekday) for near in (dct.year - 1, dct.year, dct.year + 1)
        ):
            fitting += 1
    return fitting >= _OLD_WEEKDAY_DAYS


#: How many days of an old year by their weekdays make a text a history.
_OLD_WEEKDAY_DAYS = 2
#: How many years before its writing a year is an old one.
_OLD_YEARS = 10


def _dates_days_by_an_old_year(candidates: Sequence[Candidate], dct: dt.datetime) -> bool:
    """Whether the text tells days of months without their year ("On the night of 7 August ... by
    10 August ... on 12 August") in the months that follow a month dated with its year ("fought in
    August 2008"), more than a year before its writing, as the history of a recent war does, though
    its years are too few and too recent for :func:`looks_narrative`'s other tests. A report names
    such days near its own date, not months on from an old one."""
    month_at: tuple[int, int] | None = None  # (year, month) the story is at
    told = 0
    for candidate in candidates:
        partial = candidate.partial
        if partial.kind != "date" or partial.anchor is not None or partial.bc:
            continue
        # A season moves the story on as its first month does: "in early April ... Through the
        # summer and early autumn ... In October ... on 7 November".
        month = partial.month if partial.season is None else SEASON_MONTHS[partial.season][0]
        if month is None:
            continue
        if partial.year is not None:
            month_at = (partial.year, month)
            continue
        if month_at is None or (month - month_at[1]) % 12 > _STORY_MONTHS_AHEAD:
            continue
        month_at = (month_at[0] + (month < month_at[1]), month)
        months_back = 12 * (dct.year - month_at[0]) + dct.month - month_at[1]
        told += partial.day is not None and months_back >= _STORY_MONTHS_BACK
    return told >= _STORY_DATES


#: "The century", "the decade", or a part of either ("the middle of the century").
_THE_PERIOD = re.compile(r"the (?:\w+ (?:part )?of the )?(?:century|decade)", re.IGNORECASE)
#: A time "that" points back to in the text ("that winter", "late that night", "that same day"),
#: or a part of "the month", "the day" or "the year" ("before the end of the month", "by the close
#: of the year"): a history's own time as often as a report's, where "this winter", "last month"
#: point at the writer's.
_POINTS_BACK = re.compile(
    r"(?:\w+ )?that (?:same |very )?\w+"
    r"|the (?:end|close|beginning|start|middle|rest|remainder) of the (?:month|day|year)",
    re.IGNORECASE,
)


def _speaks_of_its_present(partial: PartialTime, text: str = "") -> bool:
    """Whether an expression is anchored on the moment of writing ("now", "last year"). "The
    century" or "the decade" ("by the middle of the century", "by the end of the decade") is as
    often the one a history is in as the writer's: no sign of either ("this century" is one)."""
    if partial.anchor == "dct" and partial.grain <= Grain.DECADE and _THE_PERIOD.fullmatch(text):
        return False
    if partial.anchor == "dct" and not partial.speech_time and _POINTS_BACK.fullmatch(text):
        return False
    return (
        partial.anchor == "dct"
        or partial.speech_time
        or (partial.kind == "ref" and partial.value == "PRESENT_REF")
    )


#: A chronicle of recent years dates this many months by their years ("in March 2003", "on 20 March
#: 2003"), across at least this many different years: a history of the last decade, not a report.
_CHRONICLE_DATED_MONTHS = 10
_CHRONICLE_YEARS = 5


def _chronicles_recent_years(candidates: Sequence[Candidate], years: Sequence[int]) -> bool:
    """Whether the text dates many months by their years ("in March 2003") across many of the
    ``years`` it states: a history of the last decade, though its median year is recent."""
    dated_months = sum(
        1
        for c in candidates
        if c.partial.kind == "date" and c.partial.year is not None and c.partial.month is not None
    )
    return dated_months >= _CHRONICLE_DATED_MONTHS and len(set(years)) >= _CHRONICLE_YEARS
