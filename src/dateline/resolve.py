"""Resolution: the only stage that sees the publication date (DCT) and the previous reference time.

It walks the parsed candidates in reading order, fills the fields the text left unknown from an
anchor (the DCT for deictic and news expressions, the most recent suitable reference time for
anaphoric and narrative ones), applies shifts with dateutil, and formats each value at the
grain the text gave. Which way an underspecified date goes (past or future) is decided by a
:class:`ResolutionPolicy` from the clause's tense.

>>> import datetime as dt
>>> from dateline.partial import PartialTime, Grain
>>> context = DocumentContext(text="It happened on Feb. 29.", dct=dt.date(2025, 5, 9))
>>> resolve_partial(PartialTime(month=2, day=29, grain=Grain.DAY), context, tense="past")
Resolution(value='2024-02-29', implied=('year',), anchor='DCT')
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice

from dateline.calendar import (
    SEASON_MONTHS,
    falls_on,
    feast_span,
    holiday_date,
    in_month,
    season_bounds,
    season_of,
    season_of_month,
    shift_date,
    us_offset,
    weekday_near,
    weekday_of,
    weekdays_of,
)
from dateline.context import (
    FIXTURE_AFTER,
    PRESENT_PREDICATE_BETWEEN,
    Tense,
    TenseIndex,
    finished_after,
    finished_on,
    in_one_sentence,
    last_match,
    may_be_past,
    relative_open,
    sentence_bounds,
)
from dateline.lexicon import en, lexicon_for
from dateline.noun_phrases import complement_end, event_end, focus_start, modifies_a_noun
from dateline.partial import US_ZONE_PREFIX, Grain, PartialTime, Shift, fills_slots_directly, format_duration
from dateline.rules.base import Domain
from dateline.rules.en.dates import KEPT_AS_AFTER
from dateline.timex import Timex, TimexType, is_valid_value


@fills_slots_directly
@dataclass(frozen=True, slots=True)
class Candidate:
    """A parsed expression: where it is, which rule found it, and what it says."""

    start: int
    end: int
    text: str
    rule: str
    type: TimexType
    partial: PartialTime


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """Everything resolution may know about the document besides the expressions."""

    text: str
    dct: dt.date | None = None
    dct_time: dt.datetime | None = None
    domain: Domain = "news"
    #: Where the text's opening dateline's date starts, if it has one
    #: (:func:`dateline.datelines.locate_dateline`): the day the story was filed, no day it tells.
    dateline_start: int | None = None


@fills_slots_directly
@dataclass(frozen=True, slots=True)
class ReferencePoint:
    """A resolved date the text has mentioned, usable as an anchor for later expressions."""

    day: dt.date
    grain: Grain
    label: str
    #: ``day`` is a year before the common era, stored as ``_BC_MIRROR - year`` (see :func:`_era`).
    bc: bool = False
    #: A period not yet closed when the text was written, or one a future clause speaks of
    #: ("expects a loss in the fourth quarter"): no financial report is about it (see
    #: :func:`_is_prospective`).
    prospective: bool = False
    #: A fiscal quarter: its number need not follow the calendar of the quarters around it.
    fiscal: bool = False
    #: Where the text names it (``None``: not named there, e.g. the DCT).
    start: int | None = None
    #: The text states it in full ("the winter of 1777-78"), not counted from another time.
    stated: bool = False
    #: A day after the DCT that a clause to come names ("Another rally is planned for Friday"):
    #: what a past clause counts from has been, so not from it.
    planned: bool = False


@fills_slots_directly
@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved value with its provenance."""

    value: str
    implied: tuple[str, ...] = ()
    anchor: str | None = None
    point: ReferencePoint | None = field(default=None, repr=False)


#: A possessive or "the" before a date that names an event: "Clinton's ", "the ", "its ".
_OWNER_OR_THE_BEFORE = re.compile(r"(?:['’]s|\b(?:the|its|their))\s+\Z", re.IGNORECASE)
#: What a person or a body did that a date before it names: " deposition", " testimony".
_PAST_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:deposition|testimony|speech|interview|ruling|decision|indictment|arrest|resignation|letter"
    r"|statement|announcement|visit|meeting)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ResolutionPolicy:
    """Which way an underspecified expression goes, given what the text and the clause say.

    News reports mostly look back: without a cue, a bare weekday is the latest one on or before
    the DCT, while a bare month or day is its nearest occurrence ("December" in May 2025 is
    2024-12). A future cue ("will", "scheduled to") sends them forward, a past-tense clause back
    (unless the date lies within ``margin_days`` ahead, where the past tense is more often a slip
    of the tagger than of the writer).

    Narratives anchored on the story's reference time go ``narrative_direction``: ``"story"``
    stays in the reference's year, except that a January after a December is the next year's
    (and a season is the one in progress, else the reference year's: "the winter" is 1941-WI in
    January 1942 as in October 1941).
    """

    domain: Domain = "news"
    margin_days: int = 60
    narrative_direction: str = "story"
    undetermined: str = "nearest"

    def direction(self, partial: PartialTime, tense: Tense | None) -> str:
        """``"past"``, ``"future"`` or ``"same"`` (stay in the anchor's own period)."""
        if partial.direction == "nearest" and tense == "future" and _is_new_year(partial):
            # "will report in the new year": the coming one, though January is nearer behind.
            return "future"
        if partial.direction == "this" and tense == "future":
            # "This Thursday, relatives will dedicate a marker", written on a Sunday: the week's
            # Thursday if it is still to come, else the next.
            return "this_ahead"
        if partial.direction is not None:
            return partial.direction
        if tense == "future":
            return "future"
        if tense == "past":
            return "past"
        if partial.weekday is not None and partial.day is None:
            return "past"
        return self.undetermined


#: A plan told as the first of two, before its day: "originally set for", "initially scheduled to
#: begin on".
_FIRST_PLAN_BEFORE = re.compile(
    r"\b(?:originally|initially)\s+(?:set|scheduled|slated|planned|due)\s+"
    r"(?:for\s+|to\s+(?:[a-z]+\s+){1,3}?(?:on\s+)?)?\Z",
    re.IGNORECASE,
)
#: A habit told in the present: "the season typically runs from June", "the festival is usually
#: held in August", "the rains normally arrive in October".
_HABIT_BEFORE = re.compile(
    # ("a second wave sometimes arrives in the spring", "Allergy symptoms often return in the fall".)
    r"\b(?:typically|usually|normally|generally|traditionally|customarily|ordinarily|often|always"
    r"|sometimes|occasionally|frequently|used\s+to)\s+"
    r"(?:held|celebrated|observed|marked|(?!is\b|are\b|was\b|were\b|has\b|have\b)[a-z]+s|"
    r"(?:run|fall|rise|drop|climb|grow|slow|begin|start|end|peak|occur|arrive|last|open|close|come"
    r"|return|follow|appear|flare|spike|finish|freeze|thaw|bloom|melt|migrate|plant|harvest|take place))\b"
    # ... and any verb in the present after the adverbs that say only a habit: "Computer makers
    # typically build inventory for the spring selling season".
    r"|\b(?:typically|usually|normally|customarily|ordinarily)\s+"
    r"(?!(?:is|are|was|were|has|have|had|did|does|do|would|will|could|can|should|may|might)\b)"
    # (Not a manner's adverb after its verb: "lets the Treasury borrow normally until Feb. 7".)
    r"(?!(?:until|till|in|on|at|from|to|by|for|during|through|since|before|after|between|around|about|the"
    r"|a|an|this|that|these|those|and|or|but|as|than|with|without|into|onto|over|under)\b)"
    r"[a-z]{2,}(?<!ed)\b"
    # ... and in the present passive: "The bonuses are usually paid in January".
    # ("Mozambique is frequently hit by tropical storms between November and April".)
    r"|\b(?:is|are)\s+(?:typically|usually|normally|generally|traditionally|customarily|ordinarily|often"
    r"|frequently|regularly|routinely)\s+"
    r"(?:[a-z]+ed|paid|made|given|sold|done|grown|sown|shown|taken|sent|spent|kept|set|put|hit|struck|swept)\b"
    # ... and before the time itself, or a participle's: "met twice a year, usually in March and
    # September", "forms each spring, usually beginning in August".
    r"|\b(?:typically|usually|normally|generally|traditionally|customarily|ordinarily)"
    # ("usually setting out in late June": a participle's particle too.)
    r"(?:\s+[a-z]+ing(?:\s+(?:out|off|up|back|away|home))?)?"
    r"(?=\s+(?:in|from|between|during|around)\s)"
    # ... and the seasons of a yearly round: "sets hundreds of fires each year, mostly in spring".
    r"|\b(?:every|each)\s+year,?\s+(?:mostly|mainly|largely|chiefly|often|usually)(?=\s+(?:in|during)\s)"
    # ... and a habit's adverb opening the sentence: "Normally I'm done by the middle of May".
    r"|\b(?:Normally|Usually|Typically|Generally|Traditionally|Ordinarily),?(?=\s)"
    # ... and a typical year's: "In a typical year, flu activity peaks between December and February".
    r"|\b[Ii]n\s+(?:a|an)\s+(?:typical|average|normal|ordinary|usual)\s+year,?\s"
    # ... and such a month or season itself: "what they would be in a normal October", "higher
    # than in an average winter".
    r"|\b(?:a|an)\s+(?:typical|average|normal|ordinary|usual)\s+\Z"
    # ... and a date kept by custom: "moved from its traditional July date".
    r"|\b(?:its|their|the|his|her)\s+(?:traditional|usual|customary|regular)\s+\Z"
    # ... and "most years": "Most years the lake freezes over in December".
    r"|\b(?:[Mm]ost|[Ii]n\s+most)\s+years,?\s+(?!ago\b)"
    # ... and a yearly round's rate before its months: "gave recitals twice a year, in May and
    # December"; and "Every year he planted his tomatoes in May" opening its clause.
    r"|\b(?:once|twice|(?:two|three|four|[2-4])\s+times)\s+a\s+year,?(?=\s+(?:in|during|around)\s)"
    r"|(?:\A|[.;:!?]\s+|\n)(?:Every|Each)\s+year,?\s+(?-i:[a-z]+|I|[A-Z][a-z]+)\s+(?-i:[a-z]+)\b"
    # ... and the months of a daily round: "opens it at 5 a.m. every day from April to October".
    # (Not a run a verb in the past tells: "The airfield was shelled every night from late November
    # until 28 December".)
    r"|(?<!ed\s)\b(?:every|each)\s+(?:day|weekday|weekend|morning|evening|night)(?=\s+(?:from|between)\s)"
    # ... and a past habit, whatever its verb: "He used to be out there in March" (not the passive
    # "was used to build").
    r"|(?<!was\s)(?<!were\s)(?<!\bis\s)(?<!are\s)(?<!\bbe\s)(?<!been\s)(?<!get\s)(?<!got\s)\bused\s+to\s+(?!the\b|an?\b|it\b|this\b|that\b)[a-z]+\b"
)
#: ... and a day kept every year, in a story too: "Bulgaria still celebrates 3 March as its
#: national day".
_KEPT_BEFORE = re.compile(
    r"\b(?:still|now|annually|each\s+year|every\s+year)\s+(?:celebrates?|commemorates?|marks?|observes?|honou?rs?)\b"
    # ... and today's people who keep it: "Today the islanders mark 14 June as Liberation Day".
    r"|\b[Tt]oday,?\s+(?:[\w'’-]+\s+){0,3}(?:celebrate|commemorate|mark|observe|honou?r)s?\b"
    # ... and in the present passive: "The crossing is commemorated in Egypt on October 6".
    r"|\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?(?:celebrated|commemorated|observed|remembered|honou?red)\b"
    # ... and in the present perfect: "Since 1964 the Philippines has celebrated its independence
    # on June 12"; and "is still held on 11 November".
    r"|\b(?:has|have)\s+(?:since\s+|long\s+|always\s+)?(?:celebrated|commemorated|marked|observed|honou?red)\b"
    r"|\b(?:is|are)\s+still\s+(?:held|marked|kept)\b"
    # ... and every year's month or day: "Each year in January a ceremony is held at the site".
    r"|\b(?:[Ee]ach|[Ee]very)\s+year(?=\s+(?:in|on|during|around)\s)"
    # ... and a day held every year: "A day of remembrance is now held annually on 28 October".
    r"|\b(?:is|are)\s+(?:now\s+|still\s+)?(?:held|marked|kept)\s+(?:annually|each\s+year|every\s+year)\b"
    # ... and the season a place opens in, every year's: "The museum is open on weekends from May
    # to October".
    # (Not its hours: "The display is open nightly from 5 to 10 p.m. through Jan. 5" is this year's
    # Jan. 5.)
    r"|\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?open\b[^.;:,]{0,50}?\b(?:from|between)\b"
    r"(?!\s+(?:[0-9]|noon|midnight))"
    # ("a small museum, which opens on weekends from April to October".)
    r"|\bopens\s+(?:on\s+)?(?:weekends|weekdays|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)\s+(?:from|between)\b"
    r"(?!\s+(?:[0-9]|noon|midnight))"
)
#: A day kept every year, up to the name it is kept as: "now commemorated as ", "still marked in
#: Britain as ".
_KEPT_AS_BEFORE = re.compile(
    r"\b(?:now|still|annually|each\s+year|every\s+year)\s+(?:commemorated|marked|celebrated|observed|kept"
    r"|remembered|honou?red)\b[^.;:!?]{0,30}?\bas\s+\Z",
    re.IGNORECASE,
)
#: ... and, in a history, a country's present: "Algeria celebrates 5 July as Independence Day" (in
#: news, "France celebrates Bastille Day on July 14" is this year's).
_KEPT_IN_HISTORY_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+)\s+(?:celebrates|commemorates|observes)\b")
_HABIT_WINDOW = 80
_HABIT_CLAUSE_END = re.compile(r"[,;:(]|\b(?:but|while|whereas|although)\b")


def _told_as_habit(text: str, candidate: Candidate, partial: PartialTime, *, narrative: bool = False) -> bool:
    """Whether a month, a season, a quarter or a day of a month without its year is said of a
    habit, every year's ("typically runs from June through September", "is usually conducted in
    the second and fourth quarters", "still visits Bergen, usually in August", "usually setting
    out in late June"), within its sentence; in a story also a day kept every year ("still
    celebrates 3 March") as a country keeps it ("Algeria celebrates 5 July")."""
    if (partial.is_bare_clock and partial.hour is not None and partial.kind == "date") or _is_bare_part(
        partial
    ):
        # ("Every morning he got up before dawn": any day's dawn, as any day's clock; not "I think
        # about that morning every day", one morning.)
        return not candidate.text.lower().startswith("that ") and _clock_of_a_habit(text, candidate)
    if (
        (partial.holiday_name is not None or candidate.rule.startswith("holiday."))
        and partial.year is None
        and _KEPT_AS_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
    ):
        # "a date now commemorated as Anzac Day", "still marked in Britain as Remembrance Day": the
        # feast kept every year.
        return True
    if (
        (partial.holiday_name is not None or candidate.rule.startswith("holiday."))
        and partial.year is None
        and "+date." not in candidate.rule
        # (Not the name a day is kept as: "16 December is celebrated each year as Victory Day" is
        # that day's, as the date before it gives it.)
        and not text.endswith(("as ", "as the "), max(0, candidate.start - 7), candidate.start)
        and (
            _EVERY_YEAR_AFTER.match(text, candidate.end)
            or (
                (
                    every := last_match(
                        _EVERY_YEAR, text, sentence_bounds(text, candidate.start)[0], candidate.start
                    )
                )
                is not None
                and _HABIT_CLAUSE_END.search(text, every.end(), candidate.start) is None
            )
        )
    ):
        # "Bastille Day is celebrated every year", "The overture is still performed every year at
        # Fourth of July concerts": every year's feast, in a story too.
        return True
    if (
        partial.kind != "date"
        or partial.year is not None
        or partial.yy is not None
        or partial.anchor is not None
        or partial.weekday is not None
        or partial.holiday_name is not None
        # ("Labor Day, Sept. 5, is a holiday": a feast dated to its day in one year.)
        or (candidate.rule.startswith("holiday.") and "+date." in candidate.rule)
        or (partial.month is None and partial.season is None and partial.quarter is None)
    ):
        return False
    sentence_start = sentence_bounds(text, candidate.start)[0]
    if partial.season is not None and _RATE_IN_BEFORE.search(
        text, max(sentence_start, candidate.start - 40), candidate.start
    ):
        # "making the crossing six times a week in summer and four times a week in winter": a
        # rate of every such season.
        return True
    if (
        partial.season is not None
        # (Bare, no article: "The election is in the fall" is this year's.)
        and candidate.text.isalpha()
        and candidate.text.lower() == candidate.text
        and _PRESENT_STATE_IN_BEFORE.search(text, max(sentence_start, candidate.start - 60), candidate.start)
    ):
        # "Qatar is too hot in summer", "The pass is closed in winter": what every such season is.
        return True
    if (
        _HABIT_OF_THE_SUBJECT_AFTER.match(text, candidate.end)
        and partial.day is None
        and not candidate.text.lower().startswith(("this ", "that ", "last ", "next "))
        # (The subject itself, opening its sentence: not "Pickett's Charge on July 3 is often
        # recalled as the high-water mark".)
        and (
            _opens_sentence(text, candidate.start)
            or text[max(0, candidate.start - 1) : candidate.start] in '"“'
            # ... or a clause of its own: "Traders are nervous, and the fourth quarter is
            # historically weak for small stocks".
            or _CONJOINED_CLAUSE_OPENS_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
            is not None
        )
    ):
        # "December is usually the busiest month for toy makers", "The third quarter is
        # traditionally our weakest": what every such month or quarter is.
        return True
    if (
        (partial.month is not None or partial.season is not None)
        and partial.day is None
        and _EVERY_YEAR_BETWEEN_BEFORE.search(
            text, max(sentence_start, candidate.start - 40), candidate.start
        )
    ):
        # "The coast is hit by several typhoons every year between July and October": every
        # year's months.
        return True
    if partial.season is not None and _YEARS_OF_A_ROUND_OPEN.match(text, sentence_start, candidate.start):
        # "Each year she ran to Archangel in the summer and lay up at Hull in winter", "For thirty
        # years she sailed to the islands in the summer months": the seasons of a yearly round.
        return True
    low = max(sentence_start, candidate.start - _HABIT_WINDOW)
    # (Each looked for only if the one before is not in the month's clause.)
    habits = (
        find()
        for find in (
            lambda: _KEPT_BEFORE.search(text, low, candidate.start),
            lambda: _KEPT_IN_HISTORY_BEFORE.search(text, low, candidate.start) if narrative else None,
            # (The last habit before it: "which used to begin in October, now often arrive late in
            # November".)
            lambda: last_match(_HABIT_BEFORE, text, low, candidate.start),
        )
    )
    # (In the habit's own clause: not "usually reports in March, but this year it reported in May";
    # but "Israel celebrates it, usually in late April" is in the clause of the "usually".)
    if any(
        habit is not None
        and _HABIT_CLAUSE_END.search(text, habit.end(), candidate.start) is None
        # (Not a run from a day of the story: "His batteries fired on the walls every day from 3
        # February"; "every day from April to October" is every year's months.)
        and not (partial.day is not None and habit.group(0)[:5].lower() in ("every", "each "))
        for habit in habits
    ):
        return True
    if partial.day is not None and _KEPT_AFTER.match(text, candidate.end):
        # "For decades afterward, January 8 was celebrated as a national holiday": a day kept
        # every year, said in any tense.
        return True
    # ... or a yearly habit said after the month, in its clause: "she takes August off every year".
    return partial.day is None and _EVERY_YEAR_AFTER.match(text, candidate.end) is not None


#: A day kept every year, said after it: " was celebrated as", " is still marked by".
_KEPT_AFTER = re.compile(
    r",?\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:(?:long|still|once|widely|traditionally|annually|now)\s+)?"
    r"(?:celebrated|commemorated|observed|marked|kept|honou?red)\s+(?:as|by|with|in|across|throughout)\b",
    re.IGNORECASE,
)


#: "every year", not the start of a span ("every year since 1990").
_EVERY_YEAR_WORDS = r"(?:every|each)\s+year\b(?!\s+(?:since|until|from)\b)"
#: ... or "annually" before a feast, in its clause.
_EVERY_YEAR = re.compile(
    rf"\b(?:{_EVERY_YEAR_WORDS}|(?:annually|yearly)\b(?!\s+(?:since|until|from)\b))", re.IGNORECASE
)
#: "every year" after a month, in its clause: " off every year", " each year".
_EVERY_YEAR_AFTER = re.compile(rf"[^.;:!?,]{{0,30}}?\b{_EVERY_YEAR_WORDS}", re.IGNORECASE)


#: Where a clause of its own opens, after a comma's conjunction or a semicolon.
_CONJOINED_CLAUSE_OPENS_BEFORE = re.compile(
    r"(?:,\s+(?:and|but|while|although|though)|;)\s+\Z", re.IGNORECASE
)
#: A habit said of the month or the quarter its clause is about: " is usually", " are typically".
_HABIT_OF_THE_SUBJECT_AFTER = re.compile(
    r"\s+(?:is|are|tends\s+to\s+be)\s+(?:usually|typically|traditionally|normally|generally|always|often"
    r"|historically|seasonally)\b"
)
#: A sentence that opens on the years a yearly round went on for: "Each year", "For thirty
#: years", "In her early years" (up to a season of that round, in one clause: not "For two years
#: the armies fought on, and in the winter the front froze").
_YEARS_OF_A_ROUND_OPEN = re.compile(
    r"(?:[Ee]ach|[Ee]very)\s+(?:year|summer|winter)\b[^.;:,]*\Z"
    # ("Twice a year, in the spring and in the fall, this market talks itself into a recession".)
    r"|[\"“]?(?:[Tt]wice|[Oo]nce|[Tt]hree\s+times)\s+a\s+year,\s+(?:in\s+the\s+[a-z]+\s+and\s+)?(?:in\s+)?(?:the\s+)?\Z"
    r"|(?:[Ff]or|[Ff]or\s+the\s+next|[Oo]ver\s+the\s+next)\s+(?:[a-z]+|[0-9]{1,3})\s+years\b[^.;:,]*\Z"
    r"|[Ii]n\s+(?:her|his|its|their)\s+(?:early|first|later|last)\s+years\b[^.;:,]*\Z"
)
#: "every year" and the preposition of its months: "every year between ", "each year from July and ".
_EVERY_YEAR_BETWEEN_BEFORE = re.compile(
    r"\b(?:every|each)\s+year\s+(?:between|from|in|during)\s+(?:(?-i:[A-Z])[a-z]+\s+(?:and|to|through)\s+)?\Z",
    re.IGNORECASE,
)
#: A state told in the present before a bare season: "is too hot in ", "are closed in ".
#: (... and a present of what every such season does: "Temperatures rise to about 5 degrees in
#: summer", "The birds breed in spring".)
_PRESENT_STATE_IN_BEFORE = re.compile(
    r"\b(?:is|are|rises?|falls?|drops?|climbs?|reach(?:es)?|peaks?|hovers?|averages?|ranges?|stays?|remains?"
    r"|freezes?|melts?|blooms?|migrates?|breeds?|grows?|closes?|opens?|arrives?|returns?)\b"
    r"[^.;:,!?]{0,40}\s(?:in|during)\s+\Z",
    re.IGNORECASE,
)
#: A rate just before a bare season: "six times a week in ", "daily in ", "twice a day during ".
_RATE_IN_BEFORE = re.compile(
    r"(?:\btimes?\s+an?\s+(?:day|week|month)|\b(?:daily|weekly|nightly|once\s+an?\s+(?:day|week|month)|twice\s+an?\s+(?:day|week|month)))"
    r"\s+(?:in|during)\s+\Z",
    re.IGNORECASE,
)
#: A habit's adverb before a clock time in its clause ("The shop usually opens at 9 a.m.", "calls
#: at dusk, usually between 6 and 8 p.m."), or its frequency after it in the sentence ("returns at
#: 5:30 p.m. on most days").
_CLOCK_HABIT_BEFORE = re.compile(
    # (Not the manner of a past deed: "Counting proceeded normally until 21:45".)
    r"\b(?<![a-z]ed\s)(?:usually|typically|normally|generally|often|always|regularly|routinely|customarily|habitually"
    r"|(?:every|each)\s+(?:day|night|morning|evening|afternoon|weekday)"
    # ... and a rate of days: "kept it open six days a week, seeing patients from 8 a.m.".
    r"|(?:[a-z]+|[0-9])\s+days\s+a\s+week"
    # ... and the days a clause says when: "On days when the temperature tops 95 degrees, some
    # classrooms are unbearable by 11 a.m.", "whenever it rains".
    r"|on\s+(?:[a-z]+\s+)?days\s+when|whenever"
    # ("runs daily from 6 a.m.", not "the daily Le Monde reported at 9 a.m.")
    # ("gives a daily update at 6 p.m.": the noun of what is done every day between.)
    r"|(?:daily|nightly)(?=\s+(?:(?!(?:newspaper|paper)\b)[a-z]+\s+)?(?:from|between|at|until|till)\b))\b",
    re.IGNORECASE,
)
#: A place's hours, opening their sentence: "Hours are 8 a.m. to 1 p.m." (any day's, unless the
#: days they hold on follow: "Hours are 10 to 4 on weekends", see combine). (Not "Polls are open
#: from 9 to 11 a.m.": the day of a vote; nor "Office hours are between 1pm and 3pm" in a note:
#: today's.)
_PLACE_HOURS_BEFORE = re.compile(r"(?:\A|[.!?:]\s+|\n)Hours\s+(?:are|run)\s")
_DAYS_OF_HOURS_AFTER = re.compile(
    r"\b(?:on|at)\s+(?:weekends|weekdays|[A-Z][a-z]+days)\b|\b(?:daily|every|each)\b"
)
_CLOCK_HABIT_AFTER = re.compile(
    # (Not an adjective before its noun: "by midday, its biggest daily rise".)
    r"\b(?:on\s+most\s+days|(?:every|each)\s+(?:day|night|morning|evening|afternoon|weekday)"
    r"|(?:daily|nightly)(?!\s+(?-i:[a-z])))\b",
    re.IGNORECASE,
)
#: What ends a clause for a habit's adverb: "usually arrived at 9 a.m., but on Monday he came at noon".
_HABIT_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s+(?:but|and|while|whereas|although)\b|\b(?:but|except)\b"
    # ... and the close of a relative clause on its main verb: "Bellini, who has always denied
    # wrongdoing, said in a statement at 4 p.m.".
    r"|,\s+(?:said|says|told|added|announced|wrote|insisted|stated)\b"
)


def _clock_of_a_habit(text: str, candidate: Candidate) -> bool:
    """Whether a clock time without a day is said of a habit, any day's (see
    :data:`_CLOCK_HABIT_BEFORE`)."""
    opens, closes = sentence_bounds(text, candidate.start)
    habit = _CLOCK_HABIT_BEFORE.search(text, max(opens, candidate.start - _HABIT_WINDOW), candidate.start)
    if habit is not None and _HABIT_CLAUSE_BREAK.search(text, habit.end(), candidate.start) is None:
        return True
    after = _CLOCK_HABIT_AFTER.search(text, candidate.end, min(closes, candidate.end + _HABIT_WINDOW))
    if after is not None and _HABIT_CLAUSE_BREAK.search(text, candidate.end, after.start()) is None:
        return True
    hours = _PLACE_HOURS_BEFORE.search(text, max(opens, candidate.start - _HABIT_WINDOW), candidate.start)
    return (
        hours is not None
        and _HABIT_CLAUSE_BREAK.search(text, hours.end(), candidate.start) is None
        and _DAYS_OF_HOURS_AFTER.search(text, candidate.end, closes) is None
    )


def _is_new_year(partial: PartialTime) -> bool:
    """Whether ``partial`` is "the new year": the year a January opens, named by no number."""
    return partial.month == 1 and partial.grain == Grain.YEAR and partial.day is None and partial.year is None


#: What a look at the days to come opens with: "Here is a look at the week ahead in Washington".
_WEEK_AHEAD = re.compile(
    r"\b(?:the\s+(?:week|days)\s+ahead|the\s+coming\s+week|a\s+look\s+ahead|week-ahead)\b", re.IGNORECASE
)


#: The rest of a heading's line: "MONDAY\n", "Tuesday:".
_HEADING_END = re.compile(r"[ \t:]*(?:\n|\Z)")


def _days_of_a_week_ahead(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], tenses: list[Tense | None], text: str
) -> list[Tense | None]:
    """A weekday that stands alone on its line, a heading, after an opening that looks at the week
    ahead ("Here is a look at the week ahead in Washington. MONDAY ...") is a day to come, whatever
    the tense of the lines it heads."""
    ahead = _WEEK_AHEAD.search(text)
    if ahead is None:
        return tenses
    return [
        "future"
        if partial.weekday is not None
        and partial.shift is None
        and candidate.start > ahead.end()
        and _opens_line(candidate, text)
        and _HEADING_END.match(text, candidate.end)
        else tense
        for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
    ]


#: How far after a coming weekday a timetable's next one may stand.
_TIMETABLE_REACH = 400


def _weekdays_after_a_coming_one(
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    tenses: list[Tense | None],
    text: str = "",
) -> list[Tense | None]:
    """A bare weekday with no tense of its own soon after one still to come is on the same
    timetable, still to come too: "Festivities kick off Friday evening ... On Saturday, the
    pancake breakfast runs from 6 a.m. to 10 a.m." (a weekday told in the past between ends it);
    so is one joined to "tonight" or "tomorrow": "The Mariners host Sacramento tonight and Denver on
    Saturday"."""
    out = list(tenses)
    coming: tuple[int, int] | None = None  # where the last weekday still to come ends, and which it is
    for index, (candidate, partial) in enumerate(zip(candidates, partials, strict=True)):
        if partial.weekday is None or partial.day is not None or partial.anchor is not None:
            continue
        if (
            out[index] in (None, "present")
            and index > 0
            and candidates[index - 1].text.lower() in ("tonight", "tomorrow", "tomorrow night")
            and _JOINED_TO_THE_NEXT.fullmatch(text, candidates[index - 1].end, candidate.start)
        ):
            out[index] = "future"
        if out[index] == "future":
            coming = (candidate.end, partial.weekday)
        elif out[index] == "past":
            coming = None
        elif (
            coming is not None
            and candidate.start - coming[0] <= _TIMETABLE_REACH
            and partial.shift is None
            # (A later day of the same week: not "Watches could be posted on Saturday. Neither man
            # could be located on Thursday.")
            and partial.weekday > coming[1]
            # (Nor a day's possessive told in the past, an event looked back on: "Tickets go on sale
            # Wednesday. Sunday's scrub was the second attempt", "called off Sunday's attempt".)
            and not (
                _POSSESSIVE_TOLD_PAST_AFTER.match(text, candidate.end)
                or _PAST_VERB_JUST_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)
            )
        ):
            out[index] = "future"
            coming = (candidate.end, partial.weekday)
    return out


#: A day's possessive and its noun, then a past verb: "'s scrub was", "'s game ended".
_POSSESSIVE_TOLD_PAST_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:was|were|had|(?-i:[a-z]{3,}ed))\b")
#: A past verb (and its particle) right before a day's possessive: "called off ", "won ".
_PAST_VERB_JUST_BEFORE = re.compile(r"\b(?:(?-i:[a-z]{3,}ed)|won|lost|saw|made)(?:\s+(?:off|up|out))?\s+\Z")
#: "after" and a gerund's clause, up to the "in" of its month: "after announcing the deal in ".
_AFTER_DOING_IN_BEFORE = re.compile(
    r"\b(?:after|since)\s+(?-i:[a-z]{3,}ing)\b[^.;:!?,]{0,40}?\s(?:in|on)\s+\Z", re.IGNORECASE
)
#: "before" (or "ahead of") an event and its place, up to the "in" of its month: "before a summit in
#: Vilnius in ", "ahead of the election in ".
_BEFORE_AN_EVENT_IN_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|election|elections|vote|referendum|meeting|conference|talks|deadline|visit"
    r"|trip|games|olympics|congress|convention|session|hearing|trial|launch|opening)"
    r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?\s+in\s+\Z",
    re.IGNORECASE,
)
#: "and" between "tonight" and a weekday of the same list: " and Denver on ".
_JOINED_TO_THE_NEXT = re.compile(r",?\s+and\s+(?:[\w'’.-]+\s+){0,3}?(?:on\s+)?", re.IGNORECASE)


def _tense_of_a_span_or_plan(
    tense: Tense | None, partial: PartialTime, candidate: Candidate, text: str
) -> Tense | None:
    """The tense of a bare weekday, month or day where the words right before it say more than its
    clause's verb: the end of a span from now, what stays in force until it, the soonest a modal's
    event may come ("future"); a plan told in the simple past (no tense: the nearest such day); a
    month something is so by, in a clause of the present ("future")."""
    if partial.reported and _FORECAST_FOR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start):
        # "The company gave no forecast for the full year": the year a forecast is for is still to
        # come, whatever the tense it was given in.
        return "future"
    bare = (
        partial.kind == "date" and partial.year is None and partial.anchor is None and partial.shift is None
    )
    start = candidate.start
    if bare:
        if (
            partial.season is not None
            and _BY_THE_BEFORE.search(text, max(0, start - 10), start)
            and _AHEAD_IN_CLAUSE.search(text, max(sentence_bounds(text, start)[0], start - 80), start)
        ):
            # "said in a speech Nov. 9 that the market would look very different by the spring": what
            # a modal says will be so by a season is so by the next one.
            return "future"
        if (partial.weekday is not None or partial.season is not None) and _WAITING_FOR_BEFORE.search(
            text, max(0, start - 24), start
        ):
            # "as currency dealers waited for Friday's U.S. employment report": what is waited for is
            # still to come when it is waited for.
            return "future"
    if not bare or (partial.weekday is None and partial.month is None and partial.holiday_name is None):
        return tense
    if _FROM_NOW_TO_BEFORE.search(text, max(0, start - 24), start):
        # "fifteen inches of rain between now and Wednesday", "from now until Saturday": the end of
        # a span that starts now is still to come, whatever the clause's verb.
        return "future"
    if partial.weekday is not None and _IN_FORCE_UNTIL_BEFORE.search(text, max(0, start - 30), start):
        # "officials said, with a red flag warning in effect until 9 p.m. MDT Friday".
        return "future"
    if (
        partial.holiday_name is not None or partial.month is not None
    ) and _AFTER_IN_THE_PRESENT_BEFORE.search(text, max(0, start - 60), start):
        # "where lawmakers are on recess until after Labor Day", "where classes resume after Labor
        # Day": what a clause of the present says waits for a time has it still to come.
        return "future"
    if (
        tense == "future"
        and partial.month is not None
        and _LINKED_TO_BEFORE.search(text, max(0, start - 80), start)
    ):
        # "The gun may be linked to a robbery on Jan. 29": a link to a deed gone by, which the modal
        # only doubts (the nearest such day).
        return None
    if (
        tense == "future"
        and partial.month is not None
        and _AFTER_DOING_IN_BEFORE.search(text, max(0, start - 70), start)
    ):
        # "is set to close the purchase on Monday, about four months after announcing the deal in
        # July": what was done before the coming event may be gone by (the nearest such month).
        return None
    if (
        partial.month is not None
        and partial.day is None
        and tense == "past"
        and _BEFORE_AN_EVENT_IN_BEFORE.search(text, max(0, start - 90), start)
    ):
        # "Diplomats warned that time was running out before a summit in Vilnius in November": an
        # event something is to happen before need not be gone by (the nearest such month).
        return None
    if partial.month is not None and _FORECAST_FOR_A_YEAR_ENDING.search(text, max(0, start - 80), start):
        # "raised its profit forecast for the fiscal year ending in March": the end of the year a
        # forecast is for, still to come.
        return "future"
    if (
        partial.weekday is not None
        and tense != "past"
        and _SERVICE_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "Mass of Christian Burial Monday 10:30 AM", "Visitation Monday 4-7 p.m.": a notice's
        # services, to come (not "He attended Mass on Sunday").
        return "future"
    if partial.day is not None and _CALLED_OFF_BEFORE.search(text, max(0, start - 24), start):
        # "The Board of Aldermen has canceled its Jan. 2 meeting": what was called off was to come.
        return "future"
    if (
        tense in ("present", None)
        and partial.month is not None
        and partial.day is None
        and partial.yy is None
        and _BY_BEFORE.search(text, max(0, start - 4), start)
    ):
        # "Investors see a hike by November", "with a second reduction by October": what a clause in
        # the present (or with no verb) says will be so by a month is so by the next one.
        return "future"
    # (The sentence's bounds only where a cue near enough may call for them.)
    asked = _ASKED_TO_IN_CLAUSE.search(text, max(0, start - 120), start + 120)
    soonest = _SOONEST_BEFORE.search(text, max(0, start - 16), start)
    plan = (
        tense == "future"
        and partial.month is not None
        and partial.day is not None
        and _PLAN_TOLD_IN_THE_PAST.search(text, max(0, start - 100), start)
    )
    if not (asked or soonest or plan):
        return tense
    opens, closes = sentence_bounds(text, start)
    clause = max(opens, start - 120)
    if (
        asked
        and _ASKED_TO_IN_CLAUSE.search(text, clause, closes)
        and not _PAST_VERB_IN_CLAUSE.search(text, clause, closes)
    ):
        # "Drivers are asked to avoid Main Street on Friday", "Residents are urged to vote
        # Thursday": what a notice asks of its readers is still to come.
        return "future"
    if soonest and _MODAL_IN_CLAUSE.search(text, clause, start):
        # "The country could lose its status as early as January, officials said last month": the
        # soonest a modal's event may come is still to come, whatever the saying's tense.
        return "future"
    if (
        plan
        and _PLAN_TOLD_IN_THE_PAST.search(text, max(clause, start - 100), start)
        and not _FUTURE_IN_CLAUSE.search(text, max(clause, start - 100), start)
    ):
        # "Jordan decided to join the delegation on Oct. 20", "Syria, which agreed to attend only on
        # Oct. 18": what a plan told in the past was for may be gone by as well as to come (the
        # nearest such day), not almost a year ahead.
        return None
    return tense


def _appointments_ahead(partials: Sequence[PartialTime], tenses: list[Tense | None]) -> list[Tense | None]:
    """In a text that tells of nothing past (a note, an invite, a chat message), a weekday with a
    clock time and no past or future cue is an appointment still to come: "Sat 14:00 at the cafe",
    "Monday at 10?". (A report that tells of what happened keeps the latest weekday, see
    :class:`ResolutionPolicy`; so does a bare weekday here: a list of "Friday's offerings" has
    no verb in the past either.)"""
    return [
        "future"
        if tense in (None, "present")
        and partial.weekday is not None
        and partial.hour is not None
        and partial.day is None
        and partial.anchor is None
        else tense
        for partial, tense in zip(partials, tenses, strict=True)
    ]


#: A preposition that puts what is said in the clause at an event on a named day: "will vote in
#: Sunday's runoff", "will return before Saturday's game", "ahead of Friday's vote" (not an object:
#: "will digest Tuesday's figures" looks back on them; nor "for": "will be punished for Sunday's
#: violence").
_AT_EVENT_BEFORE = re.compile(
    # ... and what is waited for: "awaits Friday's ruling", "Attention is turning to Friday's report".
    r"\b(?:in|during|before|ahead of|awaits?|awaiting|waiting for|turns? to|turning to|looking ahead to"
    # ... and what is made ready for: "Investors are bracing for Friday's report".
    r"|bracing for|preparing for|getting ready for"
    # ... and who comes out of it: "Boston will face the winner of Wednesday's wild-card game".
    r"|(?:winners?|losers?) of"
    # ... and a part of it: "will be honored at halftime of Saturday's final".
    r"|at\s+(?:halftime|half-time|the\s+(?:start|end|close|opening))\s+of"
    # ... and who goes to it: "three of them plan to attend Friday's service".
    r"|attend|attends|attending)"
    r"\s+\Z",
    re.IGNORECASE,
)
#: A result a day owns: "Saturday's win", "Sunday's 3-1 defeat".
_RESULT_AFTER_OWNED = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:win|victory|loss|defeat|upset|rout|triumph|comeback|draw)\b"
)
#: What a day owns, then "due": "Friday's employment report, due at".
_DUE_AFTER_OWNED = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+(?:due\b"
    # ... or what it may show: "Friday's employment report for February, which could show",
    # "Friday's jobs report could show a gain" (a forecast of what has not come out).
    r"|(?:[\w\s-]{0,30},\s+)?which\s+(?:could|may|might|should|is\s+(?:expected|likely|forecast)\s+to)\s+show\b)"
    r"|['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+\s+(?:could|may|might|should|is\s+(?:expected|likely|forecast)\s+to)\s+show\b"
    # ... or the hour a fixture starts at, in the present: "for Wednesday's Champions League
    # semifinal second leg against Dinamo Severin, which kicks off at 8:45 p.m.".
    r"|['’]s\s+[^.;:!?]{0,80}?,\s+which\s+(?:kicks\s+off|tips\s+off|starts|begins|opens)\s+at\b"
)
#: What is watched for or forecast, in the present: a coming day's event ("Investors now focus on
#: Friday's employment report", "Economists expect Friday's report to show a gain").
_AWAITED_BEFORE = re.compile(
    # ("Investors are now waiting for Thursday's report".)
    r"\b(?:focus(?:es)? on|focusing on|expects?|eyes|eyeing|watch(?:es|ing)? for|await(?:s|ing|ed)?|"
    # ("Investors will be watching Friday's report on GNP", "are watching Thursday's vote".)
    r"(?:will\s+(?:be\s+watching|watch)|(?:are|is|'re)\s+watching)|"
    r"(?:waiting|looking\s+ahead)\s+(?:for|to)"
    # ("Bonds rose as investors looked ahead to Friday's employment report".)
    r"|look(?:s|ed)?\s+ahead\s+to|focused\s+on"
    # ... and what comes next: "The next big hurdle is Friday's employment report".
    r"|\bnext(?:\s+[\w-]+){1,3}\s+(?:is|are|will\s+be)"
    # ("Market participants now turn their attention to Friday's employment report".)
    r"|turn(?:s|ing)?\s+(?:(?:their|its|his|her|our)\s+attention\s+)?to"
    # ... and what one heads for or qualified for: "leads by 21 seconds going into Monday's rest
    # day", "qualified fastest for Wednesday's final".
    r"|(?:going|heading)\s+into|qualif(?:y|ies|ied)\s+(?:[a-z]+\s+)?for"
    # ... and the first of the fixtures to come: "plays three of its next four games on the road,
    # starting with Sunday's trip to Kansas City".
    r"|(?:starting|beginning)\s+with"
    # ... and a count of what is left before it: "With four days left before Tuesday's primary".
    r"|(?:days|weeks|hours)\s+(?:left|remaining|to\s+go)\s+(?:before|until|till))\s+\Z",
    re.IGNORECASE,
)


#: "for" and "from" do so only before a fixture, an event on a timetable: "fans will pack the
#: stadium for Saturday's game", "will be rested from Sunday's match" (not "for Sunday's violence").
#: So do "at" and "attend" ("will attend Saturday's meeting", "will speak at Thursday's summit").
#: ... and so do the words of a player's absence: "will miss Saturday's trip to Liverpool".
def _fixture_not_its_outcome(text: str, end: int) -> bool:
    """Whether a weekday's possessive ending at ``end`` names a fixture ("Tuesday's election"),
    not the fixture's outcome ("Tuesday's election results")."""
    fixture = FIXTURE_AFTER.match(text, end)
    return fixture is not None and not _OUTCOME_AFTER.match(text, fixture.end())


#: What a fixture's outcome is called, after its noun: " results", " returns", " aftermath".
_OUTCOME_AFTER = re.compile(
    r"\s+(?:results?|returns|outcome|aftermath|count|winners?|losers?|tallies|turnout|highlights|recap|score)\b",
    re.IGNORECASE,
)
_FOR_FIXTURE_BEFORE = re.compile(
    r"\b(?:for|from|at|attends?|attending|miss(?:es)?|skips?|out\s+of)\s+\Z", re.IGNORECASE
)
#: ... and so do "after" and "by" a day's deadline or holiday: "will run out of money after
#: Thursday's deadline", "Trading will resume after Monday's holiday".
_PAST_A_DEADLINE_BEFORE = re.compile(r"\b(?:after|by|until|past|beyond)\s+\Z", re.IGNORECASE)
_DEADLINE_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:deadline|holiday|cutoff|cut-off)\b")
#: The head of a subject that opens its sentence, before the fixture it is "of": "The results of
#: Friday's vote will be announced on Saturday", "The outcome of Sunday's runoff will decide ...".
_SUBJECT_OF_BEFORE = re.compile(r"(?:[\"'“‘(]\s*)?(?:the|an?)\s+[\w-]+\s+of\s+\Z", re.IGNORECASE)


#: What joins the dates of one list: "May and June", "1 December or 1 January", "Mondays,
#: Wednesdays or Fridays".
LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _conjuncts_share_tense(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], tenses: list[Tense | None], text: str
) -> list[Tense | None]:
    """The dates of one list ("Exams due to take place in May and June have been cancelled", "on
    1 December or 1 January") take the tense of the first: the verb next to a later one is the
    list's clause's, or another's.

    >>> may = Candidate(0, 3, "May", "date.month", "DATE", PartialTime(month=5, grain=Grain.MONTH))
    >>> june = Candidate(8, 12, "June", "date.month", "DATE", PartialTime(month=6, grain=Grain.MONTH))
    >>> _conjuncts_share_tense([may, june], [may.partial, june.partial], ["future", "past"], "May and June")
    ['future', 'future']
    """
    shared = list(tenses)
    for index in range(1, len(candidates)):
        if shared[index - 1] is None or shared[index] == shared[index - 1]:
            continue
        first, second = partials[index - 1], partials[index]
        if (
            shared[index - 1] is not None
            and _needs_tense(first)
            and _needs_tense(second)
            and (first.month is None) == (second.month is None)
            and (first.weekday is None) == (second.weekday is None)
            and LIST_JOIN.fullmatch(text, candidates[index - 1].end, candidates[index].start)
            # (Not a clause of its own the second opens after a comma: "It was a lousy Christmas,
            # and January isn't going to be any better".)
            and not (
                "," in text[candidates[index - 1].end : candidates[index].start]
                and _OWN_VERB_AFTER.match(text, candidates[index].end)
            )
        ):
            shared[index] = shared[index - 1]
    return shared


#: An auxiliary or a copula right after a subject: " isn't going", " will be", " was".
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:is|are|was|were|will|would|won't|isn't|aren't|wasn't|weren't|has|have|had|could|should|may|might)\b"
)


#: What a day's possessive owns when it is what was said or counted that day: "Sunday's
#: estimates", "Friday's figures", "Monday's remarks".
_REPORTED_FIGURES_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:estimates?|figures?|data|numbers|results|remarks|comments|statements?|"
    r"reports?|attack|bombing|shooting|quake|earthquake|storm|crash|"
    r"close|closing|losses|gains|trading|session)\b",
    re.IGNORECASE,
)


#: An event a forecast comes after or rests on, and the "in" of its month: "after a 0.2% decline
#: in", "because of the cold weather in".
_EVENT_BEFORE_MONTH = re.compile(
    r"\b(?:after|following|despite|because\s+of)\s+(?:a|an|the|its|their)\s+(?:[^\s,;:!?]+\s+){0,5}?in\s+\Z"
    # ... and a figure of a month: "should show prices rising 0.3% in November".
    r"|[0-9]\s*(?:%|percent|per\s+cent)\s+in\s+\Z",
    re.IGNORECASE,
)


#: ... and the days of such events: "after reductions on Sept. 29 and".
_EVENT_BEFORE_DAY = re.compile(
    r"\b(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[^\s,;:!?]+\s+){0,4}?on\s+"
    r"(?:(?-i:[A-Z][a-z]{2,8})\.?\s+[0-9]{1,2},?\s+and\s+)?\Z",
    re.IGNORECASE,
)
#: A figure set off by a comma, up to the "in" of its month: ", 6.1 percent in".
_FIGURE_ASIDE_BEFORE = re.compile(
    r",\s+(?:up\s+|down\s+)?[$€£]?[0-9][0-9.,]*\s*(?:%|percent|per\s+cent|million|billion)?\s+in\s+\Z",
    re.IGNORECASE,
)
#: "for" right before an expression: "for the weekend".
_FOR_THE_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
#: What a weekend, as its subject, starts or brings: " also kicks off", " brings".
_WEEKEND_STARTS_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:kicks\s+off|begins|starts|opens|brings|promises|marks\s+the\s+start)\b", re.IGNORECASE
)
#: "is over" after a weekend: the one still under way or to come.
_WEEKEND_OVER_AFTER = re.compile(r"\s+(?:is|'s)\s+(?:over|out|through|done)\b", re.IGNORECASE)
#: "for the" before a weekday that names an event after it ("for the Sunday morning cleanup").
_FOR_THE_DAY_BEFORE = re.compile(r"(?<![\w-])for\s+the\s+\Z", re.IGNORECASE)
_NOUN_OF_THE_DAY_AFTER = re.compile(r"\s+(?-i:[a-z]+)\b(?<!\bof)(?<!\band)(?<!\bor)(?<!\bto)")
#: The record of an event before its possessive day: "The minutes of ", "the transcript of ".
_RECORD_OF_BEFORE = re.compile(
    # (Not "results of", which may be of a vote still to come: "The results of Sunday's vote will be
    # announced on Monday".)
    r"\b(?:minutes|transcript|transcripts|record|records|aftermath)\s+of\s+\Z",
    re.IGNORECASE,
)
#: A deed done, which a date before it describes: "its August 5 decision", "the June 2 ruling".
_DEED_AFTER = re.compile(
    r"\s+(?:decision|ruling|verdict|announcement|declaration|decree|statement|attacks?|bombings?|raids?|"
    r"massacre|shooting|killings?|crash|explosion|blast|earthquake|quake|arrests?|coup|invasion|"
    r"resignation|ouster|dismissal|letter|memo|speech|remarks|testimony|interview|walkout|"
    # ... and an agreement reached: "agreed to implement the September accords".
    r"accords?|agreements?|pacts?|treaty|truce|ceasefire|cease-fire|deal|"
    # ... and a market's mark: "below its July 17 record high", "since the Oct. 13 plunge".
    r"record(?:\s+(?:high|low|close|gain|level))?|peak|plunge|selloff|sell-off|"
    r"(?:high|low)(?![\s-](?:school|level|court|command|tide|noon|season))|close(?!\s+of\b))\b"
    # (Not a day the deed is due on: "the March 3 decision deadline".)
    r"(?!\s+(?:day|date|deadline)s?\b)",
    re.IGNORECASE,
)
#: An event announced with the day it starts on, right before the day: "a tour starting ", "a
#: new season beginning in ".
_EVENT_STARTING_BEFORE = re.compile(
    r"\b(?:announced|announces|unveiled|unveils|revealed|reveals|confirmed|confirms|planned|plans|booked"
    r"|scheduled|added|adds)\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:tour|season|series|festival|run|programme"
    r"|program|campaign|exhibition|exhibit|residency|engagement)\s+(?:starting|beginning|opening|kicking\s+off)"
    r"\s+(?:on\s+|in\s+)?\Z",
    re.IGNORECASE,
)
#: The minutes of a meeting a month names: "minutes of its ", "Minutes of the ".
_MINUTES_OF_BEFORE = re.compile(
    # ("the minutes of the U.S. Federal Reserve's July meeting": its owner's name between.)
    r"\bminutes\s+of\s+(?:(?:the|its|their|his|her|last)\s+|the\s+(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+)\Z",
    re.IGNORECASE,
)
#: A deed done to someone, before the day it was done on: "in the shooting death of a man early ",
#: "charged in the slaying of his wife on ".
_DEED_OF_SOMEONE_BEFORE = re.compile(
    r"\b(?:death|deaths|killing|killings|slaying|slayings|shooting|stabbing|murder|beating|robbery|rape"
    r"|assault|kidnapping|abduction)\s+of\s+"
    r"(?:(?!(?:will|would|shall|can|could|may|might|must|is|are|was|were|be|been|has|have|had|to|and|that|who"
    r"|which|when)\b)[\w'’.-]+\s+){1,5}?(?:(?:early|late)\s+|on\s+)?\Z",
    re.IGNORECASE,
)
#: The owner or article before such a date: "its ", "the court's ", "the ".
_DEED_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|the)|\w['’]s)\s+\Z", re.IGNORECASE)
#: The writer's now in a history's sentence: a future's "will", a present of what goes on.
_WRITERS_NOW_IN = re.compile(r"\b(?:will|is|are|remains|continues|plans?|expects?)\b", re.IGNORECASE)
#: A present perfect right before an expression, in its clause: "tensions have risen again ".
_PRESENT_PERFECT_JUST_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|un)\b[^,;:.!?]{0,20}\Z"
)
#: A sentence that opens on a count of years on from the one before: " Twenty-five years later,".
_COUNT_ON_OPENS = re.compile(
    r"\s*(?-i:[A-Z])[a-z]+(?:[- ][a-z]+)?\s+(?:years?|decades?)\s+(?:later|afterwards?|on)\b"
    # ... or tells of that year: "The last brokered convention was in 1952. That year Stevenson was
    # drafted."
    r"|\s*(?:In\s+)?(?-i:That)\s+(?:same\s+)?year\b",
    re.IGNORECASE,
)
#: The last time something happened, before a year: "had last erupted in ", "last won the title in ".
_LAST_TIME_BEFORE = re.compile(
    r"\blast\s+(?:[a-z]+ed|won|held|met|saw|ran|rose|fell|came|went|took|hit|struck|erupted)\b[^.;:!?,]{0,24}?\s+in\s+\Z"
)
#: A part of the year just named, told after it: "that May", "that same year", "that summer".
_THAT_PART_OF_IT = re.compile(
    r"\b[Tt]hat\s+(?:same\s+)?(?:year|spring|summer|autumn|fall|winter|"
    + "|".join(name.capitalize() for name in en.MONTHS if len(name) > 3 or name == "may")
    + r")\b"
)
#: What a feast is the topic of: "talked about ", "looking forward to ", "dreamed of ".
_TOPIC_OF_TALK_BEFORE = re.compile(
    r"\b(?:talk(?:s|ed|ing)?|spoke|speaking|thought|thinking|dream(?:s|ed|t|ing)?|look(?:s|ed|ing)?\s+forward)"
    r"\s+(?:about|of|to)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: A past "to be" right after an expression: " was", " were".
_WAS_AFTER = re.compile(r"\s+(?:was|were)\b")
#: How far off a time still is, after it: " elections, five months away".
_AWAY_AFTER = re.compile(
    r"(?:\s+[a-z]+)?,?\s+(?:only\s+|just\s+|still\s+|now\s+|less\s+than\s+|more\s+than\s+)?"
    r"(?:[\w-]+\s+){1,2}(?:days|weeks|months|years)\s+away\b",
    re.IGNORECASE,
)
#: A commodity's contract before its month of delivery: "crude for ", "Brent futures for ".
_CONTRACT_FOR_BEFORE = re.compile(
    r"\b(?:crude|oil|Brent|gasoline|heating\s+oil|natural\s+gas|gold|silver|copper|wheat|corn|soybeans|"
    r"futures|contracts?)\s+for\s+\Z",
    re.IGNORECASE,
)
#: A contract its month names before it: "November heating oil", "December crude".
_CONTRACT_OF_THE_MONTH_AFTER = re.compile(
    r"\s+(?:heating[- ]oil|crude|gasoline|natural[- ]gas|wheat|corn|soybeans?|cotton|sugar|coffee|cocoa"
    r"|copper|gold|silver|platinum|cattle|hogs|contracts?|futures|delivery)\b",
    re.IGNORECASE,
)
#: A plan for a month, right before it: "planned for ", "scheduled for early ".
_PLANNED_FOR_A_MONTH_BEFORE = re.compile(
    r"(?<!\bhad\s)(?<!\boriginally\s)(?<!\binitially\s)\b(?:planned|scheduled|slated|booked)\s+for\s+"
    r"(?:early\s+|late\s+|mid-)?\Z",
    re.IGNORECASE,
)
#: A deed's participle after its noun, by whom and on what day: "The sanctions imposed by the
#: council on ", "the resolution adopted on " (not a plan's: "the meeting scheduled for").
_SET_BY_ON_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their)\s+[\w-]+\s+(?!(?:scheduled|planned|slated|set|expected|due)\b)"
    r"(?-i:[a-z]+ed)\s+(?:by\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?\s+)?on\s+\Z",
    re.IGNORECASE,
)
#: A report something happens ahead of, and its day after it: "ahead of the Labor Department's
#: report ".
_AHEAD_OF_A_REPORT_BEFORE = re.compile(
    r"\bahead\s+of\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?(?:report|data|figures|release|announcement"
    r"|decision|meeting|vote|auction)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: A progressive of coming or going, its "is" written short, before a weekday: "The adjuster's
#: coming ", "he's leaving on ".
_COMING_ON_BEFORE = re.compile(
    r"['’]s\s+(?:coming|leaving|arriving|returning|flying|going|heading|moving)\s+(?:back\s+|home\s+|in\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: An arrest or a charge, then the crime it is for, up to the crime's day: "arrested a 22-year-old
#: man in a shooting at a crowded nightclub early ".
_CRIME_OF_A_CHARGE_BEFORE = re.compile(
    r"\b(?:arrested|charged|indicted|detained|jailed|sentenced|convicted|questioned|booked)\b[^.;:!?]{0,60}?"
    r"\bin\s+(?:a|an|the|connection\s+with\s+(?:a|an|the))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shooting|killing|stabbing|slaying|attack|bombing|robbery|crash|fire|death|deaths|murder|assault"
    r"|kidnapping|rampage|hit-and-run)\b[^.;:!?]{0,60}\Z",
    re.IGNORECASE,
)
#: "before " or "ahead of " just before a weekday.
_BEFORE_AN_EVENT_BEFORE = re.compile(r"\b(?:before|ahead\s+of)\s+\Z", re.IGNORECASE)
#: An event a weekday names as its adjective: " vote", " debt deadline", " runoff election".
_EVENT_OF_THE_WEEKDAY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:vote|voting|election|polls?|runoff|referendum|deadline|meeting|summit|talks|hearing"
    r"|debate|game|match|final|launch|auction|session)\b",
    re.IGNORECASE,
)
#: A deadline named by its weekday that looms: " debt deadline looms", " deadline nears".
_DEADLINE_LOOMS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?deadline\s+(?:looms|nears|approaches)\b", re.IGNORECASE)
#: The weather forecast for a day, as someone warned or said it, up to the day: "organisers
#: warned that showers were forecast for " (not "Snow was forecast for Tuesday", told of a day
#: gone by).
_FORECAST_FOR_A_DAY_BEFORE = re.compile(
    r"\b(?:warned|said|says|warns|cautioned|added)\s+(?:that\s+)?[^.;:!?]{0,40}?\b(?:was|were)\s+"
    r"(?:forecast|forecasted|predicted)\s+for\s+\Z",
    re.IGNORECASE,
)
#: A deadline still to be met, up to its weekday: "trying to meet a ", "racing to beat the ",
#: "must meet a " (not one a past verb tells: "failed to make the Friday deadline").
_DEADLINE_TO_MEET_BEFORE = re.compile(
    r"\b(?:(?:trying|racing|rushing|scrambling|working|hoping|seeking|striving|struggling|pushing|aiming"
    r"|needs?|has|have)\s+to|must|will)\s+(?:meet|beat|make)\s+(?:a|an|the|this|its|their|his|her)\s+\Z",
    re.IGNORECASE,
)
#: The results a company reports for a period: "to report a loss for ", "reports earnings for ".
_RESULTS_REPORTED_FOR_BEFORE = re.compile(
    r"\breport(?:s|ed|ing)?\s+(?:(?:a|an|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:loss|losses|profit|profits|earnings|results|income|deficit|sales|revenue)\s+for\s+\Z",
    re.IGNORECASE,
)
#: A year written out in a timex: "2015" of "the summer of 2015".
_STATED_YEAR = re.compile(r"(?<![0-9])[12][0-9]{3}(?![0-9])")
#: "by" (or "before") a feast, in a clause joined by "with": ", with final paving finished by ".
_FEAST_BY_IN_CLAUSE = re.compile(
    r",\s+(?:with|and)\b[^.;:!?,]{0,50}\b(?:by|before|until|in\s+time\s+for)\s+\Z"
)
#: Between a month and the feast its clause tells of: ", when the ".
_FEAST_WHEN = re.compile(r",?\s+when\s+(?:the\s+|a\s+)?", re.IGNORECASE)
#: A new year told of: "to cross into 2000", "New Year's", "the millennium".
_NEW_YEAR_TOLD = re.compile(
    r"\b(?:into\s+(?:the\s+)?(?:new\s+year|[12][0-9]{3})|new\s+year|millennium|countdown)\b", re.IGNORECASE
)
#: What was said told in the past, of the one who says it: "said she walked ".
_SAID_WHAT_WAS_DONE = re.compile(
    r"\b(?:said|says|recalled|recalls|remembered|remembers|testified|testifies)"
    # (... the day it was said on between: "testified Monday that she reported her missing".)
    r"(?:\s+(?:on\s+)?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"\s+(?:that\s+)?(?:she|he|they|we|I)\s+(?:had\s+)?(?-i:[a-z]+ed|went|ran|came|left|slept|drove|rode|saw)\b"
)
#: How far before the day it was said on a verb of saying may stand: "testified ".
_SAYING_REACH = 12
#: A verb of saying in the present's report: "said", "says".
_SPOKEN_IN_SENTENCE = re.compile(r"\b(?:said|says|told|tells|testified|testifies)\b")


#: A clock time on a day: "1972-02-26T07:59".
_CLOCK_OF_A_DAY_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")


def _old_day_told(
    timexes: Sequence[Timex],
    dct: dt.date,
    text: str,
    before: int,
    *,
    by_weekdays: bool = False,
    weekday: int | None = None,
) -> dt.date | None:
    """The day of an old story (years before ``dct``) the text last told in the paragraph that
    ends at ``before`` (or the one before it), with no time of the present told since ("on
    Thursday, Dec. 8, 1983"); or ``None``. With ``by_weekdays``, only a story that names the
    weekday of a day it dates (an anniversary's "Fifty years ago, on 5 June 1967, ... On Monday
    veterans gathered" tells of the writer's Monday)."""
    # (The paragraph, or the one before it: a feature's old story goes on into the next one; and
    # past a paragraph that tells no day, a quote's: '"Nobody told us how bad it was."')
    recent = timexes[-_OLD_STORY_LOOKBACK:]
    paragraph = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, before)))
    for _ in range(_QUIET_PARAGRAPHS):
        if paragraph <= 0 or any(
            timex.type in ("DATE", "TIME") and paragraph <= timex.start < before for timex in recent
        ):
            break
        paragraph = text.rfind("\n\n", 0, paragraph)
    # A weekday with no date that may take the story back to its day ("It was a Thursday."), and
    # where it is told.
    resumed: tuple[int, int] | None = None
    # (A paragraph of the present that tells only what the rest of the loop passes over, a
    # witness's day and age, is crossed once: 'That was Saturday, March 16, 1985. ¶ "I've told
    # it so many times," Dell, now 57, said by phone Tuesday. ¶ The final tipped off at 7:30 p.m.')
    crossings = 1
    for position in range(len(recent) - 1, -1, -1):
        timex = recent[position]
        while timex.start < paragraph and crossings and position < len(recent) - 1 and paragraph > 0:
            crossings -= 1
            paragraph = text.rfind("\n\n", 0, paragraph)
        if timex.start < paragraph:
            return None
        if resumed is None and (undated := _ANY_WEEKS_DAY.fullmatch(timex.value)) is not None:
            resumed = (int(undated.group(1)), timex.end)
        if (
            timex.type in ("DURATION", "SET")
            or timex.value.startswith("XXXX")
            # (Nor the story's own "at the time": "Voss was last seen on Friday, March 10, 1989. The
            # medical examiner at the time estimated that she died at 3 a.m. Saturday".)
            or (timex.value == "PAST_REF" and timex.text.lower().endswith("the time"))
            # (Nor a decade a record is measured from: "the deadliest since the 1920s".)
            or _DECADE_OR_CENTURY_VALUE.fullmatch(timex.value) is not None
            # (Nor a feast talked of, or a day looked forward to: "the men talked about Christmas",
            # "Thanksgiving was five days away".)
            or _TOPIC_OF_TALK_BEFORE.search(text, max(0, timex.start - 40), timex.start) is not None
            or _AWAY_AFTER.match(text, timex.end) is not None
            # (Nor a witness's age today in apposition: "said Doreen Pask, now 59, who ...".)
            or (timex.value == "PRESENT_REF" and _AGE_AFTER_NOW.match(text, timex.end) is not None)
            # (Nor the anniversary's frame: "That was Saturday, March 16, 1985. Forty years later,
            # people in Ridgeview still talk about it", the present the story is told from.)
            or (
                timex.rule == _UNITS_AGO_RULE
                and timex.text.lower().endswith("later")
                and timex.value == str(dct.year)
            )
            # (Nor a season of the old story: "did not survive the winter; he died in March".)
            or (
                _SEASON_VALUE.fullmatch(timex.value) is not None
                and dct.year - int(timex.value[:4]) >= _OLD_STORY_YEARS
            )
            # (Nor the day a witness spoke on: '"We were up there for 17 hours," she told the Gazette
            # on Monday. The family was rescued late Sunday afternoon'.)
            or (
                _recent_value(timex.value, dct)
                and _ATTRIBUTION_BEFORE.search(text, max(0, timex.start - 60), timex.start) is not None
                # (... in a sentence of its own: "Ostrowski spoke last Thursday at the society,
                # where an exhibit on the wreck opened in June" tells the present; unless what was
                # said goes on in the past: "Ruiz, who spoke to reporters on Tuesday, said she
                # walked 40 blocks home, reaching her apartment at 2 a.m. on Thursday".)
                and (
                    sentence_bounds(text, timex.start)[1] <= before
                    # (... its verb before the day too: "Her sister testified Monday that she reported
                    # her missing on June 4".)
                    or _SAID_WHAT_WAS_DONE.search(text, max(0, timex.start - _SAYING_REACH), before)
                    is not None
                )
            )
            # (Nor the day a record is measured from: "Orders fell to their lowest level since June
            # 30, 1982. Orders were especially weak in October".)
            or _RECORD_SINCE_BEFORE.search(text, sentence_bounds(text, timex.start)[0], timex.start)
            is not None
            # (Nor the date of an event it names: "The anniversary of the Sept. 11, 2001 attacks
            # passed quietly in New York on Tuesday", the writer's Tuesday.)
            or (
                _EVENT_NAMED_BEFORE.search(text, max(0, timex.start - 5), timex.start) is not None
                and _EVENT_NAMED_AFTER.match(text, timex.end) is not None
            )
            # (... or after it: "topping the record gain of Oct. 21, 1987. Volume rose from 134.6
            # million Wednesday", the writer's Wednesday.)
            or _EVENT_OF_A_DATE_BEFORE.search(text, max(0, timex.start - 50), timex.start) is not None
            # (Nor a weekday in apposition, "the next day, a Saturday", which restates the day
            # before it: see _weekdays_in_apposition.)
            or (
                position > 0
                and timex.rule == "date.weekday"
                and APPOSITION.fullmatch(text, recent[position - 1].end, timex.start) is not None
            )
        ):
            continue
        week = _A_WEEK_VALUE.fullmatch(timex.value)
        if week is not None:
            # ("searched the lakeshore through the weekend": a week of the story, from its start.)
            try:
                day = dt.date.fromisocalendar(
                    int(week["year"]), int(week["week"]), 6 if week["weekend"] else 1
                )
            except ValueError:
                return None
        elif _DAY_VALUE.match(timex.value) is None or not timex.value[:4].isdigit():
            return None
        else:
            day = _day_of_value(timex.value)
        if day is None or dct.year - day.year < _OLD_STORY_YEARS:
            return None
        if (
            by_weekdays
            # ("stopped at 8:05 on the morning of March 4, 1972. It was a cold, gray Saturday": the
            # weekday of the day told, which restates it.)
            and weekday != day.weekday()
            # (... a weekday the old story names, not one of the week's news: "Mandela died on
            # Thursday. He was released on Feb. 11, 1990.")
            and not any(
                (
                    _WEEKDAY_NAMED.search(told.text)
                    # (... or a feast kept on a weekday: "At 7:05 a.m. on Labor Day 1979, an earthen
                    # dam gave way ... The water receded by Wednesday night".)
                    or _WEEKDAY_FEAST.search(told.text)
                    # (... or a day told to the minute: "The dam gave way at 7:59 a.m. on Feb. 26,
                    # 1972. Her husband was found on Sunday".)
                    # (Not an anniversary's: "Thirty years ago, at 7:59 a.m. on Feb. 26, 1972, ... On
                    # Sunday, survivors gathered" is the writer's Sunday.)
                    or (
                        _CLOCK_OF_A_DAY_VALUE.fullmatch(told.value)
                        and not any(timex.rule == _UNITS_AGO_RULE for timex in recent)
                    )
                    # (... or the weekday of a day the story dates: "The strike began at 12:01 a.m. on
                    # Aug. 30, 1974 ... 'Friday was payday'", a Friday.)
                    or (
                        weekday is not None
                        and (told_day := _day_of_value(told.value)) is not None
                        and told_day.weekday() == weekday
                    )
                )
                and told.value[:4].isdigit()
                and dct.year - int(told.value[:4]) >= _OLD_STORY_YEARS
                for told in recent[: position + 1]
            )
        ):
            return None
        # ("... on March 17, 1977. Organizers expect 400 people. \n\nIt was a Thursday. The day shift had
        # gone in at 7 a.m.": the story told again from its day's weekday.)
        told_again = resumed is not None and resumed[0] == day.isoweekday()
        present_from = resumed[1] if resumed is not None and told_again else timex.end
        if not crossings:
            # (Past a paragraph of the present crossed, only the story's own paragraph tells.)
            present_from = max(present_from, text.rfind("\n\n", 0, before))
        own_paragraph = text.rfind("\n\n", 0, timex.start)
        marked_today = any(
            earlier.start > own_paragraph
            and earlier.value[:4] == str(dct.year)
            # (Not the day a witness spoke on: "she told the Gazette on Monday".)
            and _ATTRIBUTION_BEFORE.search(text, max(0, earlier.start - 60), earlier.start) is None
            for earlier in recent[:position]
        )
        if (
            (
                _near_anniversary(day, dct)
                and marked_today
                and text.find("\n\n", timex.end, before) < 0
                and not told_again
                # (Not a day a "when" clause goes on to tell: "Sunday marks 50 years since Feb. 3,
                # 1969, when the turboprop went down. The time on the tower log was 7:52 a.m.")
                and not _WHEN_TOLD_AFTER.match(text, timex.end)
            )
            or _PRESENT_TOLD.search(text, present_from, before)
            # (... nor in a sentence of the present: "On Thursday, about 200 people gathered at the
            # memorial, as they have every June since 1973".)
            or _PRESENT_TOLD.search(text, before, sentence_bounds(text, before)[1])
        ):
            # (Not an anniversary the report marks on its own day, in the paragraph that dates
            # the old day: "The queen marked the anniversary on Monday. Her father died on
            # February 6, 1952. Gun salutes were fired at 1 p.m."; nor after a sentence of the
            # present: "The dedication comes as regulators are again debating icing rules".)
            return None
        return day
    return None


#: An age after "now": "now 59,".
#: What a sentence of the present a feature is told from holds: a witness's age now, set off by
#: commas (", now 69,"), or the reporter the witness met.
_TOLD_AS_NOW_IN = re.compile(r",\s+now\s+[0-9]{1,3}\s*,|\b(?:a|this|the)\s+(?:reporter|correspondent)\b")
_AGE_AFTER_NOW = re.compile(r"\s+[0-9]{1,3}\b(?!\s*(?:%|percent|years?\s+(?:ago|later)))")
#: A decade's or a century's value: "192", "19".
_DECADE_OR_CENTURY_VALUE = re.compile(r"[0-9]{2,3}")
#: A weekday of no week told: "XXXX-WXX-4" (with its part of the day, if any).
_ANY_WEEKS_DAY = re.compile(r"XXXX-WXX-([1-7])(?:T[A-Z]{2})?")


#: A "when" clause right after a day: ", when the turboprop went down".
_WHEN_TOLD_AFTER = re.compile(r",\s+when\s")
#: A verb of the writer's present between an old day and a later expression.
_PRESENT_TOLD = re.compile(
    # (Not a witness's age: "who was 14 that summer and is now 64".)
    r"\b(?:is|are|has|have|comes|remains|says)\b(?!\s+now\s+[0-9]{1,3}\b)"
)


def _near_anniversary(day: dt.date, dct: dt.date) -> bool:
    """Whether ``day`` falls within a few days of the DCT's day of the year."""
    leap = 2000  # (a year with a 29 February)
    return (
        abs((dt.date(leap, day.month, day.day) - dt.date(leap, dct.month, dct.day)).days) <= _ANNIVERSARY_DAYS
    )


_ANNIVERSARY_DAYS = 3


#: A feast kept on a weekday, which names the week's days after it: "Labor Day 1979".
_WEEKDAY_FEAST = re.compile(
    r"\b(?:Labor|Labour|Memorial|Columbus|Presidents['’]?|Election|Thanksgiving)\s+Day\b|\bThanksgiving\b"
    r"|\b(?:Good\s+Friday|Palm\s+Sunday|Easter(?:\s+(?:Sunday|Monday))?|Ash\s+Wednesday|Maundy\s+Thursday)\b"
)
#: A weekday written out: "Thursday".
_WEEKDAY_NAMED = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


#: A year's value: "1972".
_YEAR_ONLY_VALUE = re.compile(r"[0-9]{4}")
#: How many paragraphs that tell no day an old story goes on across.
_QUIET_PARAGRAPHS = 2
#: How many timexes back the old story's day may be.
_OLD_STORY_LOOKBACK = 12


#: How many days back a report's own recent days of a month go.
_NEWS_MONTH_DAYS = 31


def _days_after_in_its_year(told: dt.date, month: int, day: int) -> int:
    """How many days the day of ``month`` in ``told``'s year (or the next, after a December: "The
    chandelier fell at 12:20 a.m., New Year's Day", after "New Year's Eve 1985") comes after
    ``told`` (-1 if it does not exist or comes before)."""
    for year in (told.year, told.year + 1):
        try:
            after = (dt.date(year, month, day) - told).days
        except ValueError:
            return -1
        if after >= 0:
            return after
    return -1


def _days_before_in_its_year(told: dt.date, month: int, day: int) -> int:
    """How many days the day of ``month`` in ``told``'s year comes before ``told`` (-1 if it does not
    exist or comes after)."""
    try:
        before = (told - dt.date(told.year, month, day)).days
    except ValueError:
        return -1
    return before if before >= 0 else -1


def _value_in_old_story(partial: PartialTime, told: dt.date, value: str) -> str:
    """The value (read against the DCT as ``value``) of a weekday, a weekend, a feast, a clock, a
    day of a month or a month in an old story at ``told``: the weekday (weekend, feast) on or after
    it, the day itself, the day of the month on or after it (in its year), the month of its year."""
    if partial.season is not None and partial.grain == Grain.SEASON:
        # (The season of the story's year; a winter its January or February are in began before.)
        year = told.year - 1 if partial.season == "WI" and told.month <= 2 else told.year
        return f"{year:04d}-{partial.season}" + value[7:]
    if partial.weekend:
        saturday = weekday_near(told, _SATURDAY, "future")
        year, week, _ = saturday.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if partial.holiday_name is not None:
        feast = holiday_date(partial.holiday_name, told.year)
        if feast is not None and feast < told:
            feast = holiday_date(partial.holiday_name, told.year + 1)
        if feast is not None and partial.offset is not None:
            feast += dt.timedelta(days=partial.offset.amount)
        return value if feast is None else feast.isoformat() + value[10:]
    if partial.weekday is not None and partial.day is None:
        day = weekday_near(told, partial.weekday, "future")
    elif partial.month is not None and partial.day is None:
        return f"{told.year:04d}-{partial.month:02d}" + value[7:]  # (a month of the story's year)
    elif partial.month is not None and partial.day is not None:
        try:
            day = dt.date(told.year, partial.month, partial.day)
        except ValueError:
            return value
        if day < told - dt.timedelta(days=_NEXT_MONTH_DAYS):
            day = _next_year(day)
        if partial.weekday is not None and day.weekday() != partial.weekday:
            return value  # (a weekday the day does not fall on in the story's year)
        if partial.offset is not None and partial.offset.unit == Grain.DAY:
            day += dt.timedelta(days=partial.offset.amount)  # ("the day after Christmas")
    else:
        day = told
    return day.isoformat() + value[10:]


def _next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day + dt.timedelta(days=365)


#: "since" in a relative clause set off by commas: ", which had flown the route since ".
_SINCE_IN_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who)\b[^,.;:]*\bsince\s+\Z")
#: "into" before a season: "carry it into spring", "into the summer".
_INTO_SEASON_BEFORE = re.compile(r"\binto\s+(?:the\s+)?\Z", re.IGNORECASE)
#: Between a weekend and the feast it is next to: " after ", " before ".
_WEEKEND_BY_FEAST = re.compile(r"\s+(?P<side>after|before)\s+(?:the\s+)?", re.IGNORECASE)
#: A verb of memory before an anaphor: "she remembers the phone ringing that evening".
_REMEMBERS_BEFORE = re.compile(r"\b(?:remembers?|remembered|recalls?|recalled)\b")
#: A recent day its own sentence tells before an anaphor ("On Tuesday the council met, and that
#: night"): the anaphor's.
_RECENT_DAY_TOLD_BEFORE = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|last\s+(?:week|month))\b"
)
#: What a witness says of the past after the day of saying: "testified Tuesday that she drove".
_PAST_REPORTED_AFTER_DAY = re.compile(
    r"\bthat\s+(?:he|she|they|I|we|it|(?-i:[A-Z])[a-z]+)\s+(?:had\s+)?(?:[a-z]+ed|drove|saw|was|were|went|came|heard|"
    r"left|ran|took|got|found|felt|knew|thought)\b"
)


def _recent_day_is_the_anaphors(text: str, candidate: Candidate) -> bool:
    """Whether a recent day its own sentence tells before an anaphor is the anaphor's ("On Tuesday
    the council met, and that night"), not the day a witness told of the past ("testified Tuesday
    that she drove past at 10:30 that night")."""
    recent = last_match(
        _RECENT_DAY_TOLD_BEFORE, text, sentence_bounds(text, candidate.start)[0], candidate.start
    )
    return recent is not None and _PAST_REPORTED_AFTER_DAY.search(text, recent.end(), candidate.start) is None


#: How many years back an old story's day lies from the writing, at least.
_OLD_STORY_YEARS = 2


def _old_story_point(points: Sequence[ReferencePoint], dct: dt.date, before: int) -> ReferencePoint | None:
    """The latest point of the text stated in full ("on Friday, Aug. 17, 1979") at least a day fine
    and years before ``dct``: the old story a feature tells beside the week's news."""
    for point in islice(reversed(points), _REFERENCE_LOOKBACK):
        if (
            point.stated
            and not point.bc
            and point.grain >= Grain.DAY
            and point.start is not None
            and point.start < before
            and dct.year - point.day.year >= _OLD_STORY_YEARS
        ):
            return point
    return None


def _within_a_year(value: str, dct: dt.date) -> bool:
    """Whether ``value`` is a day in the year before ``dct``."""
    day = _day_of_value(value) if value[:4].isdigit() else None
    return day is not None and dt.timedelta(0) <= dct - day <= dt.timedelta(days=366)


#: How many days after an old story's day told last a day of a month goes on with the story.
_OLD_STORY_DAYS_ON = 7


def _days_on_from_old_day(
    timexes: Sequence[Timex], partial: PartialTime, dct: dt.date, *, pluperfect: bool = False
) -> bool:
    """Whether a day of a month comes a few days after the day of an old story the text told
    last ("By Wednesday night the gauge read 19 feet", of 1972. "At 3:40 a.m. on June 22 ..."), or,
    told in the pluperfect, a few days before one told lately ("Apollo 11 had lifted off four days
    earlier, on the morning of July 16", after July 20, 1969)."""
    if not timexes or partial.month is None or partial.day is None:
        return False
    for timex in reversed(timexes[-_OLD_DAYS_LOOKBACK:]):
        told = _day_of_value(timex.value)
        if told is None or dct.year - told.year < _OLD_STORY_YEARS:
            continue
        if (
            pluperfect
            # (As far back as a pluperfect reaches from the day told below: "The Alder Crest sank
            # on Nov. 11, 1965. She had been inspected on Nov. 2 and passed.")
            and 0 < _days_before_in_its_year(told, partial.month, partial.day) < _OLD_STORY_DAYS_ON * 2
        ):
            return True
        if 0 < _days_after_in_its_year(told, partial.month, partial.day) <= _OLD_STORY_DAYS_ON:
            return True
        if not pluperfect:
            return False
    return False


#: How many timexes back a pluperfect's day may lie before the old story's.
_OLD_DAYS_LOOKBACK = 3


def _recent_value(value: str, dct: dt.date) -> bool:
    """Whether ``value`` lies near ``dct``: a day (a week) within weeks of it ("1998-09-29TNI"),
    else a period of its year or the one before ("1998-SU")."""
    if not value[:4].isdigit():
        return False
    day = _day_of_value(value)
    week = _A_WEEK_VALUE.match(value)
    if day is None and week is not None:
        try:
            day = dt.date.fromisocalendar(int(week["year"]), int(week["week"]), 1)
        except ValueError:
            return False
    if day is not None:
        return abs((day - dct).days) <= _RECENT_DAYS
    return dct.year - int(value[:4]) <= 1


#: How near the DCT a day told lies to be of the writer's own weeks.
_RECENT_DAYS = 45


#: A part of a day whose day is unknown: "1530-XX-XXTNI", "XXXX-XX-XXTEV".
_PART_OF_NO_DAY = re.compile(r"XX-XXT(?:MO|MI|AF|EV|NI|DT)\Z")
#: How far back (in characters) a day told may be for a part of a day to fall on it.
_DAY_TOLD_REACH = 600


def _latest_day_told(points: Sequence[ReferencePoint], before: int) -> ReferencePoint | None:
    """The latest point of a day (or finer) the text told shortly before ``before``."""
    for point in islice(reversed(points), _REFERENCE_LOOKBACK):
        if point.start is None or point.start >= before:
            continue
        if before - point.start > _DAY_TOLD_REACH:
            return None
        if point.grain >= Grain.DAY:
            return point
    return None


#: Between a date and the regnal year that restates it: ", in ".
_REGNAL_APPOSITION = re.compile(r",\s+in\s+")
#: The seasons in the order a year has them (a winter is named by the year it starts in).
_SEASON_ORDER = ("SP", "SU", "FA", "WI")
#: A week's value, or its weekend's: "2010-W05", "2010-W05-WE".
_A_WEEK_VALUE = re.compile(r"(?P<year>[0-9]{4})-W(?P<week>[0-5][0-9])(?P<weekend>-WE)?")
#: Between a period and a day in it: ", including ", " (including the ".
_INCLUDING = re.compile(r",?\s+\(?(?:including|especially|notably)\s+(?:the\s+)?", re.IGNORECASE)
#: Between a day and the feast that places it: ", after ", " before the ", ", the day after ".
_FEAST_BY_THE_DAY = re.compile(
    r",?\s+(?:(?:the|a)\s+(?:day|week)\s+)?(?:after|before|following|ahead\s+of)\s+(?:the\s+)?", re.IGNORECASE
)
#: A day's opening hours after its weekday: " hours are", " hours will be".
_HOURS_OF_THE_DAY_AFTER = re.compile(r"\s+hours\s+(?:are|will\s+be)\b", re.IGNORECASE)
#: An event on a timetable before its weekday: "the vote on ", "the hearing on ".
_FIXTURE_ON_BEFORE = re.compile(
    r"\bthe\s+(?:[a-z]+\s+)?(?:vote|ballot|game|match|election|meeting|hearing|debate|summit|final|race)"
    r"\s+on\s+\Z",
    re.IGNORECASE,
)
#: A condition's clause, opening its sentence, up to the weekday: "If the bill fails on ".
_IF_CLAUSE_BEFORE = re.compile(r"(?:[A-Z][A-Z.' -]*:\s+)?(?:If|Unless)\s[^,;:]{0,80}\Z")
#: A clause of time in the present after a modal's ("would respect the result when the votes are
#: counted on "): English tells what is to come in it with the present.
_WHEN_CLAUSE_AFTER_MODAL = re.compile(
    r"\b(?:will|would|shall|'ll|going\s+to)\s[^.;!?]{0,120}?\b(?:when|once|until|as\s+soon\s+as)\s[^,;:.!?]{0,60}\Z"
)
#: A match's start before its weekday: "Kick-off on ", "Tip-off ", "First pitch on ".
_KICK_OFF_BEFORE = re.compile(
    r"\b(?:kick-?\s?off|tip-?\s?off|face-?\s?off|first\s+pitch|puck\s+drop)\s+(?:on\s+)?\Z", re.IGNORECASE
)
#: A relative clause of when a span ends, up to its day: "a launch window that closes ".
_SPAN_ENDS_IN_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:closes|ends|expires|runs|lasts|remains\s+open)\s+(?:on\s+|through\s+|until\s+|to\s+)?\Z"
)
#: "after" right before "midnight": "just after midnight".
_AFTER_MIDNIGHT_BEFORE = re.compile(r"\bafter\s+\Z", re.IGNORECASE)
#: "by" or "until" before a weekday: the day a state or a deed is due by ("until noon Monday").
_DEADLINE_DAY_BEFORE = re.compile(
    r"(?<![\w-])(?:by|until|till|through)\s+(?:(?:noon|midnight)\s+)?\Z", re.IGNORECASE
)
#: "by" before a weekday: the day a state or a deed is due by.
_BY_BEFORE = re.compile(r"(?<![\w-])by\s+\Z", re.IGNORECASE)
#: ... and "by the" (or "until") before a season: "by the spring", "until summer".
_BY_THE_BEFORE = re.compile(r"(?<![\w-])(?:by|until|till)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: What looks ahead in a clause: a modal, or a wish ("nobody wants this to drag on until summer").
_AHEAD_IN_CLAUSE = re.compile(
    r"\b(?:could|may|might|would|will|can|should|wants?|hopes?|expects?)\b", re.IGNORECASE
)
#: What is in force up to a time: "in effect until ", "in place through ".
_IN_FORCE_UNTIL_BEFORE = re.compile(
    # (Not one a past clause tells: "The curfew was in effect until Friday".)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bremained\s)"
    r"\bin\s+(?:effect|place|force)\s+(?:until|through|till|to)\s+(?:at\s+least\s+)?(?:late\s+|early\s+)?\Z",
    re.IGNORECASE,
)
#: A plan told in the past: "agreed to", "promised to", "voted to", "was told to".
_PLAN_TOLD_IN_THE_PAST = re.compile(
    r"\b(?:agreed|promised|vowed|pledged|decided|planned|voted|chose|opted|arranged|consented|resolved"
    r"|was\s+told|were\s+told|was\s+ordered|were\s+ordered)\s+to\b",
    re.IGNORECASE,
)


def _planned_in_its_clause(candidate: Candidate, tense: Tense | None, text: str) -> bool:
    """Whether a history names a day as what a plan was for, in the plan's own clause ("both armies
    agreed to withdraw by 25 February"): no day the story has come to. So is a day a first plan
    told in the pluperfect was set for ("The attack had been set for 15 May 1941 before the
    Balkan campaign forced a delay"), whatever the tense."""
    plan = last_match(_PLAN_OF_THE_PLUPERFECT, text, max(0, candidate.start - 40), candidate.start)
    if (
        plan is not None
        and plan.group(0).lower().endswith("for")
        and not text[plan.end() : candidate.start].strip()
    ):
        return True
    if tense == "past":
        return False
    if tense == "future":
        return True
    clause = max(sentence_bounds(text, candidate.start)[0], candidate.start - 60)
    plan = last_match(_PLAN_TOLD_IN_THE_PAST, text, clause, candidate.start)
    return plan is not None and _HABIT_CLAUSE_END.search(text, plan.end(), candidate.start) is None


#: A future of the clause itself: "will", "is to", "is scheduled".
_FUTURE_IN_CLAUSE = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are)\s+(?:scheduled|expected|due|set|slated))\b",
    re.IGNORECASE,
)
#: A notice's request in the present passive: "are asked to", "is urged to".
_ASKED_TO_IN_CLAUSE = re.compile(
    r"\b(?:are|is)\s+(?:being\s+|also\s+|again\s+)?(?:asked|urged|encouraged|invited|reminded|advised|requested"
    r"|required)\s+to\b",
    re.IGNORECASE,
)
#: A clause of the present that waits until after a time: "are on recess until after ", "classes
#: resume after ".
_AFTER_IN_THE_PRESENT_BEFORE = re.compile(
    r"\b(?:are|is|remain|remains)\b[^.;:!?,]{0,40}?\buntil\s+after\s+\Z"
    r"|\b(?:resume|resumes|reopen|reopens|return|returns)\b[^.;:!?,]{0,40}?\b(?:until\s+)?after\s+\Z",
    re.IGNORECASE,
)
#: A forecast for the period after it: "gave no forecast for ", "its outlook for ".
_FORECAST_FOR_BEFORE = re.compile(
    r"\b(?:forecasts?|guidance|outlook|projections?|targets?)\s+for\s+\Z", re.IGNORECASE
)
#: A forecast for a year, up to the month it ends in: "forecast for the fiscal year ending in ".
_FORECAST_FOR_A_YEAR_ENDING = re.compile(
    r"\b(?:forecasts?|guidance|outlook|projections?|estimates?|targets?)\s+for\s+(?:the|its)\s+"
    r"(?:current\s+)?(?:fiscal\s+|financial\s+|business\s+)?year\s+(?:ending|that\s+ends|to)\s+(?:in\s+)?\Z",
    re.IGNORECASE,
)
#: A modal's doubt of a link to a deed: "may be linked to a robbery on ".
_LINKED_TO_BEFORE = re.compile(
    r"\b(?:may|might|could)\s+(?:also\s+)?(?:be|have\s+been)\s+(?:linked|connected|related|tied)\s+to\b"
    r"[^.;:!?]{0,50}\Z",
    re.IGNORECASE,
)
#: A funeral notice's service, right before its weekday: "Mass of Christian Burial ", "Visitation ".
_SERVICE_BEFORE = re.compile(
    r"(?:\bMass(?:\s+of\s+Christian\s+Burial)?|\b[Ff]uneral(?:\s+(?:[Mm]ass|[Ss]ervices?))?|\b[Vv]isitation"
    r"|\b[Cc]alling\s+hours|\b[Ii]nterment|\b[Vv]iewing|\b[Ww]ake|\b[Mm]emorial\s+(?:[Ss]ervices?|[Gg]athering))"
    r"\s+(?:will\s+be\s+(?:held\s+)?)?(?:is\s+|are\s+)?(?:on\s+)?"
    # ... and the hours of a range written before the weekday: "Visitation is from 5 to 8 p.m. Friday".
    r"(?:(?:from|between)\s+)?(?:[0-9]{1,2}(?:[:.][0-9]{2})?\s*(?:[ap]\.?m\.?\s*)?(?:to|and|until|-|–)\s*)?\Z"
)
#: What was called off, before its day: "has canceled its ", "postponed the ".
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:cancel(?:l)?ed|postponed|called\s+off|scrapped|rescheduled)\s+(?:its|the|their|his|her|this)\s+\Z",
    re.IGNORECASE,
)
#: The soonest a time may come: "as early as ", "as soon as ".
_SOONEST_BEFORE = re.compile(r"\bas\s+(?:early|soon)\s+as\s+\Z", re.IGNORECASE)
#: A modal of what may happen: "could", "may", "might", "would", "will".
_MODAL_IN_CLAUSE = re.compile(r"\b(?:could|may|might|would|will|can|should)\b", re.IGNORECASE)
#: A span from the moment of writing to the time after it: "between now and ", "from now until ".
_FROM_NOW_TO_BEFORE = re.compile(
    r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:next\s+)?\Z", re.IGNORECASE
)
#: A present progressive right before an expression: "is spending ", "are leaving for ".
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|'s|'re)\s+[a-z]+ing\s+(?:[a-z]+\s+)?\Z", re.IGNORECASE)
#: A verb that makes a period's results public, before the period: "will report first-quarter".
_REPORTS_BEFORE = re.compile(
    r"\b(?:(?:report|post|release|announce|publish)(?:s|ed|ing)?|(?:report|figures|data)\s+(?:on|for)|revision\s+of)"
    r"\s+(?:its\s+|their\s+|the\s+)?\Z",
    re.IGNORECASE,
)
#: ... and the results after it: "first-quarter results", "third-quarter earnings", "October
#: housing starts", "November personal income", "third-quarter gross national product".
_RESULTS_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:results|earnings|figures|numbers|profits?|sales|starts|income|prices|orders"
    r"|output|production|data|spending|payrolls|jobs|employment|inflation|unemployment|deficit|surplus"
    # ("will release the July index", "the October survey": a report named by its month.)
    r"|exports|imports|index|indexes|indices|report|survey|statistics|reading"
    r"|GNP|GDP|(?:gross\s+(?:national|domestic)\s+product))\b",
    re.IGNORECASE,
)
#: A relative clause in the pluperfect up to the "on" of its day: "that had closed on", and how far
#: before the day it is looked for.
_RELATIVE_REACH = 60
_PLUPERFECT_RELATIVE_BEFORE = re.compile(
    r"\b(?:that|which|who|whom)\s+(?:(?:he|she|they|it|we)\s+)?had\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b[^,.;:!?]{0,40}?"
    r"\s(?P<prep>on|since|in)\s+\Z",
    re.IGNORECASE,
)


#: A count of days or weeks "later" or "earlier": "three days later", "A few days later".
#: ... with its bound: "more than two days later", "about a week later".
_DAYS_LATER = re.compile(
    r"(?P<count>(?P<bound>(?:more\s+than|less\s+than|about|around|nearly|almost|roughly|some|at\s+least)\s+)?"
    r"(?:(?P<amount>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?|"
    # (... or none: "Weeks later, the army took control", some weeks.)
    r"a\s+few|several)\s+|(?=[a-z]+s\b))(?P<unit>days?|weeks?))\s+(?:later|earlier)",
    re.IGNORECASE,
)


#: ... and of any unit "later" with no time told before it to count from: "received an injection at
#: the start of the study, again three months later" (not three months after the DCT).
_UNITS_LATER = re.compile(
    _DAYS_LATER.pattern.replace(
        r"(?P<unit>days?|weeks?))\s+(?:later|earlier)", r"(?P<unit>days?|weeks?|months?|years?))\s+later"
    ),
    re.IGNORECASE,
)


_ABOUT = re.compile(r"about|around|roughly", re.IGNORECASE)
_UNIT_LETTERS = {"day": "D", "week": "W", "month": "M", "year": "Y"}


def _days_later_as_lengths(timexes: list[Timex]) -> list[Timex]:
    """In news, "three days later", "A few days later", "a week earlier": the count alone, a
    length, as TimeBank draws it ("[Three days] later", "[A few days] later") and as news takes
    "an hour later"; the word after it is a signal of the event it counts from. The story still
    steps to the day it reaches ("Two days later the river fell; the next day it rose again"), so
    the count is written as a length only once everything is resolved. (A history keeps the date
    the story steps to; a year or a month earlier is a date in news too: "a year earlier" compares
    with the year before.)"""
    for index, timex in enumerate(timexes):
        if timex.rule not in ("relative.units_ago", "fuzzy.future", "fuzzy.past"):
            continue
        found = _DAYS_LATER.fullmatch(timex.text)
        if found is None and timex.anchor == "DCT":
            found = _UNITS_LATER.fullmatch(timex.text)
        if found is None or (timex.mod is not None) != (found["bound"] is not None):
            continue
        words = (found["amount"] or "several").lower().split()
        # ("A few days", "several days": some days.)
        vague = words[0] == "several" or words[:2] == ["a", "few"]
        amount = None if vague else _LEXICON.number(words[0])
        letter = _UNIT_LETTERS[found["unit"].lower().rstrip("s")]
        # ("about two weeks earlier": the count without "about", as a news length is drawn.)
        first = found.start("amount") if _ABOUT.fullmatch((found["bound"] or "").strip()) else 0
        timexes[index] = replace(
            timex,
            text=found.group(0)[first : found.end("count")],
            start=timex.start + first,
            end=timex.start + found.end("count"),
            type="DURATION",
            value=f"P{'X' if amount is None else amount}{letter}",
            anchor=None,
            implied=(),
        )
    return timexes


def _hours_later_than_a_clock(timexes: list[Timex], text: str) -> list[Timex]:
    """In a history, "Six hours later" after a clock time the story has just told ("At 2 a.m. on
    24 October 1917 the artillery opened fire. Six hours later the infantry attacked") is the time
    so many hours on, as "two days later" is the day so many days on (not across a paragraph)."""
    for index in range(1, len(timexes)):
        count, clock = timexes[index], timexes[index - 1]
        later = _LATER_AFTER.match(text, count.end)
        length = _HOURS_OR_MINUTES.fullmatch(count.value)
        told = _CLOCK_VALUE.fullmatch(clock.value)
        # (To the minute and with no zone: "1917-10-24T02:00"; a zone is the clock's to keep.)
        rest = None if told is None else told["rest"]
        minute = (
            "00"
            if rest == ""
            else rest[1:]
            if rest is not None and len(rest) == 3 and rest[0] == ":"
            else None
        )
        if (
            later is None
            or length is None
            or minute is None
            or count.type != "DURATION"
            or count.mod is not None
            or _BLANK_LINE.search(text, clock.end, count.start)
        ):
            continue
        at = dt.datetime.fromisoformat(f"{told['day']}T{told['hour']}:{minute}")
        hours, minutes = (int(length["hours"] or 0), int(length["minutes"] or 0))
        moved = at + dt.timedelta(hours=hours, minutes=minutes)
        if moved.year != at.year:
            continue
        timexes[index] = replace(
            count,
            text=text[count.start : later.end()],
            end=later.end(),
            type="TIME",
            value=moved.strftime("%Y-%m-%dT%H:%M"),
            anchor=f"t{index}",
            implied=("year", "month", "day"),
        )
    return timexes


#: "later" (or "afterwards") right after a count: " later".
_LATER_AFTER = re.compile(r"\s+(?:later|afterwards?)\b", re.IGNORECASE)
#: A length of whole hours and minutes: "PT6H", "PT45M", "PT2H40M".
_HOURS_OR_MINUTES = re.compile(r"PT(?=[0-9])(?:(?P<hours>[0-9]{1,2})H)?(?:(?P<minutes>[0-9]{1,2})M)?")


def _opening_point(points: Sequence[ReferencePoint], text: str) -> ReferencePoint | None:
    """The first point a history states in full in its first paragraph (past a title above it),
    a month or finer (the event its lead dates: "The Kestrel Star siege began on the evening of 11
    January 1979"; "Attack on Pearl Harbor\n\nThe attack ... just before 8:00 a.m. on Sunday,
    December 7, 1941", whose clock counts from the day after it)."""
    lead_end = text.find("\n\n", _past_opening_heading(text))
    opening = next((point for point in points if point.stated), None)
    if opening is None or opening.start is None or opening.grain < Grain.MONTH:
        return None
    return opening if lead_end < 0 or opening.start < lead_end else None


#: How many days an event a lead tells from start to end may last, for its body to start again.
_SHORT_EVENT_DAYS = 31


def _short_event_opening(
    points: Sequence[ReferencePoint], previous: Candidate, candidate: Candidate, text: str
) -> ReferencePoint | None:
    """The day a history's first paragraph stated an event began on, when ``candidate`` is the
    first expression after that paragraph and the paragraph went on to a later day of the event,
    within some days of it (its end: "It ended two days later"); else ``None``."""
    opening = _opening_point(points, text)
    if opening is None or opening.start is None or opening.grain < Grain.DAY:
        return None
    lead_end = text.find("\n\n", opening.start)
    if lead_end < 0 or not previous.start < lead_end <= candidate.start:
        return None
    last = points[-1]
    if last.start is None or last.start >= lead_end or last.bc or opening.bc:
        return None
    return opening if 0 < (last.day - opening.day).days <= _SHORT_EVENT_DAYS else None


def _day_a_section_returns_to(
    points: Sequence[ReferencePoint], previous: Candidate, candidate: Candidate, text: str
) -> ReferencePoint | None:
    """The day a history's first paragraph dated its event to, when ``candidate`` opens a section
    after a heading and the story had gone back to a day some weeks before it (the background of a
    battle told in a day); else ``None``."""
    opening = _opening_point(points, text)
    if (
        opening is None
        or opening.grain < Grain.DAY
        or opening.bc
        or not _heading_between(text, previous.end, candidate.start)
    ):
        return None
    last = points[-1]
    if last.start is None or last.grain < Grain.DAY or last.bc:
        return None
    if not 0 < (opening.day - last.day).days <= _SHORT_EVENT_DAYS:
        return None
    return replace(opening, grain=Grain.DAY)


def _first_told_after_lead(
    candidates: Sequence[Candidate], index: int, lead_until: int, planned_months: Collection[int]
) -> bool:
    """Whether ``candidates[index]`` is the first date a history tells after its lead, past only the
    months a plan looked to ("Hanoi hoped to influence the election in November")."""
    before = index - 1
    while before >= 0 and candidates[before].start >= lead_until:
        if before not in planned_months:
            return False
        before -= 1
    return True


def _yearless_month_or_season(partial: PartialTime) -> bool:
    """Whether ``partial`` is a month or a season named without its year or an anchor ("in June",
    "that spring" is anchored)."""
    return (
        partial.kind == "date"
        and partial.year is None
        and partial.anchor is None
        and (partial.month is not None or partial.season is not None)
    )


def _pluperfect_relative(text: str, candidate: Candidate) -> re.Match[str] | None:
    """The pluperfect relative clause an expression ends, up to it ("which had begun on "), if any."""
    low = max(0, candidate.start - _RELATIVE_REACH)
    if "had" not in text[low : candidate.start]:
        return None
    return _PLUPERFECT_RELATIVE_BEFORE.search(text, low, candidate.start)


#: A relative clause set off by a comma, up to an expression in it: ", which was off the air
#: for several days after an ".
_RELATIVE_ASIDE_BEFORE = re.compile(r"[a-z],\s+(?:which|who|whom|whose)\s[^,;:.!?()\n\"“”]*\Z")
#: ... and the comma that closes it after the expression, in its sentence.
_ASIDE_CLOSES_AFTER = re.compile(r"[^,;:.!?()\n\"“”]*,\s")


def _in_relative_aside(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in a relative clause set off by commas ("Serbian
    television, which was off the air after an April 23 strike, broadcast the news")."""
    return (
        _RELATIVE_ASIDE_BEFORE.search(text, max(0, start - _RELATIVE_REACH), start) is not None
        and _ASIDE_CLOSES_AFTER.match(text, end) is not None
    )


def _in_pluperfect_aside(text: str, candidate: Candidate) -> bool:
    """Whether an expression ends a pluperfect relative clause set off by commas ("Dost Mohammad,
    whom they had deposed in 1839, returned the following year"): an aside, after which the
    sentence goes on in the story's time, no flashback a count goes on from."""
    relative = _pluperfect_relative(text, candidate)
    return (
        relative is not None
        and text.startswith(",", candidate.end)
        and text[max(0, relative.start() - 2) : relative.start()].startswith(",")
    )


def _death_of_the_life(
    candidate: Candidate, before: Sequence[Candidate], timexes: Sequence[Timex], text: str
) -> ReferencePoint | None:
    """The death date a biography's lead gives in its span "(12 March 1818 - 4 November 1889)",
    when ``candidate`` counts on from a death its sentence tells with no date of its own ("He died
    in Christiania; his funeral was held a week later"); ``None`` else."""
    opens = sentence_bounds(text, candidate.start)[0]
    died = None
    for found in _DIED_IN.finditer(text, opens, candidate.start):
        died = found
    if (
        any(other.end > opens and other.partial.kind != "duration" for other in before[-3:])
        or died is None
        # (Not the time of the death itself, in its own clause: "He died of his wounds the next
        # morning" counts from the night of the ambush the story told.)
        or not _CLAUSE_BREAK_AFTER_DEATH.search(text, died.end(), candidate.start)
        # (Not a count from another event: "four months after the death of his wife".)
        or _EVENT_WORD.match(text, candidate.end)
    ):
        return None
    for number, timex in enumerate(timexes, start=1):
        if timex.start > _LEAD_SPAN_REACH:
            break
        if _DAY_VALUE.fullmatch(timex.value) and _LIFE_SPAN_END_BEFORE.search(
            text, max(0, timex.start - 4), timex.start
        ):
            try:
                return ReferencePoint(
                    dt.date.fromisoformat(timex.value), Grain.DAY, f"t{number}", start=timex.start
                )
            except ValueError:
                return None
    return None


#: The verb of a death a sentence tells: "He died of pneumonia", "after his death".
_DIED_IN = re.compile(r"\b(?:died|death)\b")
#: What ends the death's clause before a count from it: "He died in Christiania; his funeral was
#: held a week later", "He died in May, and was buried two days later".
_CLAUSE_BREAK_AFTER_DEATH = re.compile(r"[;,:]|\s(?:and|but|where|when|after)\s")
#: The dash between the two ends of a life's span in a lead: "(12 March 1818 - 4 November 1889)".
_LIFE_SPAN_END_BEFORE = re.compile(r"[–—-]\s*\Z")
#: How far into a text its lead's span may lie.
_LEAD_SPAN_REACH = 300


def _owner_may_be_ahead(text: str, start: int, end: int) -> bool:
    """Whether a possessive day at ``text[start:end]`` asks its clause's tense (only a future one
    counts): as the subject that opens its sentence, after a preposition of :data:`_AT_EVENT_BEFORE`,
    or after "for" or "from" when it names a fixture (:data:`~dateline.context.FIXTURE_AFTER`), as
    does a fixture that the subject opening its sentence is "of" (:data:`_SUBJECT_OF_BEFORE`)."""
    if _opens_sentence(text, start):
        # (Not a report's figures or words: "Sunday's estimates will be updated on Monday".)
        return not _REPORTED_FIGURES_AFTER.match(text, end)
    if _AT_EVENT_BEFORE.search(text, max(0, start - 20), start):
        return True
    sentence_start = sentence_bounds(text, start)[0]
    if FIXTURE_AFTER.match(text, end) and _SUBJECT_OF_BEFORE.fullmatch(text, sentence_start, start):
        return True
    if _DEADLINE_OWNED.match(text, end) and _PAST_A_DEADLINE_BEFORE.search(text, max(0, start - 10), start):
        return True
    if _BROADCAST_OWNED.match(text, end):
        # "We'll have more on Monday's program": a broadcast the clause may look ahead to.
        return True
    fixture_before = _FOR_FIXTURE_BEFORE.search(text, max(0, start - 11), start)
    return bool(fixture_before and FIXTURE_AFTER.match(text, end))


#: A present perfect: "has named", "has been passed", "have confirmed".
_PRESENT_PERFECT_IN_CLAUSE = re.compile(
    r"\b(?:has|have)\s+(?:not\s+|already\s+|also\s+|now\s+)?(?:been\s+)?(?-i:[a-z]+(?:ed|en|n|t))\b",
    re.IGNORECASE,
)
#: A simple past of the clause, which a perfect does not outweigh: "was", "were", "had".
_PAST_VERB_IN_CLAUSE = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
#: What a day owns, then a future of it: "'s meeting would ", "'s vote will ".
_WILL_AFTER_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}?(?:will|would|is\s+(?:expected|likely)\s+to)\b")
#: A verb of saying right before the subject of what was said: "said ", "says that ".
_SAID_THAT_JUST_BEFORE = re.compile(r"\b(?:said|says|predicted|predicts)\s+(?:that\s+)?\Z")
#: A broadcast a possessive day names: "Monday's program", "Tuesday's broadcast".
_BROADCAST_OWNED = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:program|programme|broadcast|show|newscast)\b")


#: How far back a day's possessive may restate a weekday told before it.
_DAY_TOLD_AGAIN_REACH = 400


def _owners_of_a_day_told(
    tenses: list[Tense | None],
    possessive: Sequence[bool],
    partials: Sequence[PartialTime],
    candidates: Sequence[Candidate],
    text: str,
) -> list[Tense | None]:
    """A weekday's possessive in a future clause that restates the weekday the text told just
    before, not in the future ("announced shortly after 1200 GMT on Tuesday ... 'Tuesday's
    commitments will be judged by what happens on the ground'"), is that day's: what it owns was
    made then, whatever is to become of it. (Not what is awaited: "Stocks fell Friday. Traders
    will focus on Friday's producer price report" is the coming Friday's.)"""
    tenses = list(tenses)
    for index, (owner, partial) in enumerate(zip(possessive, partials, strict=True)):
        if not owner or tenses[index] != "future" or partial.weekday is None or partial.day is not None:
            continue
        start = candidates[index].start
        if _AWAITED_BEFORE.search(text, max(0, start - 60), start) or _AT_EVENT_BEFORE.search(
            text, max(0, start - 40), start
        ):
            continue
        for before in range(index - 1, max(-1, index - 4), -1):
            if candidates[index].start - candidates[before].end > _DAY_TOLD_AGAIN_REACH:
                break
            if (
                partials[before].weekday == partial.weekday
                and partials[before].day is None
                # (A bare weekday, not "last Wednesday": "LeBron James had 52 points last Wednesday.
                # Wednesday's game tips off at 8 p.m." is the coming one.)
                and partials[before].direction is None
                and partials[before].shift is None
                and partials[before].anchor is None
            ):
                if tenses[before] != "future":
                    tenses[index] = "past"
                break
    return tenses


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` begins its sentence (after an opening quotation mark at most)."""
    return not text[sentence_bounds(text, start)[0] : start].strip(" \t\n\"'“‘(")


def resolve_all(
    candidates: Sequence[Candidate],
    context: DocumentContext,
    policy: ResolutionPolicy | None = None,
) -> list[Timex]:
    """Resolve every candidate in reading order, tracking the reference time."""
    policy = policy or ResolutionPolicy(context.domain)
    timexes: list[Timex] = []
    points: list[ReferencePoint] = []
    # Where a history's sentence opens that a time of the writer's days has been told in.
    writers_sentence: int | None = None
    # ... and the time it told ("Tomorrow").
    writers_day: ReferencePoint | None = None
    # The last day a report was given on, which the story does not move to (but "that day" right
    # after it names it).
    said_day: ReferencePoint | None = None
    narrative = context.domain == "narrative"
    later_years = _later_years(candidates) if narrative else []
    partials = [
        _with_shared_year(candidates, index, context.text, narrative=narrative)
        for index in range(len(candidates))
    ]
    # A history's extents of whole noun phrases ("three weeks of siege"), the date each takes in
    # ("the first three months of 1857": index of the year -> index of the phrase), and the label
    # of each such phrase written. (A count from an event is a date: "eight days after the raid".)
    phrases, absorbed = _noun_phrases(candidates, context.text) if narrative else ({}, {})
    from_events = frozenset(
        index for index, phrase in phrases.items() if phrase.partial is not candidates[index].partial
    )
    for index in from_events:
        partials[index] = phrases[index].partial
    phrase_labels: dict[int, str] = {}
    # Narratives also ask it of stated dates: a planned date does not move the story on. A
    # possessive ("Wednesday's ruling") names an event the report looks back on: no tense,
    # unless it is the subject its clause tells the future of ("Tuesday's summit will be his
    # last"; not "investors will digest Tuesday's figures").
    possessive = [context.text.startswith(("'s", "’s"), c.end) for c in candidates]
    asks_tense = [
        (_needs_tense(partial) or (narrative and partial.kind == "date"))
        and (
            not owner
            or _owner_may_be_ahead(context.text, candidate.start, candidate.end)
            # ("Undecided voters will help settle Tuesday's election": a fixture a clause of the
            # future acts on; not "will certify Tuesday's election results", its outcome.)
            or _fixture_not_its_outcome(context.text, candidate.end)
        )
        for candidate, partial, owner in zip(candidates, partials, possessive, strict=True)
    ]
    asking = [(c.start, c.end) for c, asks in zip(candidates, asks_tense, strict=True) if asks]
    tense_index = TenseIndex(context.text, around=asking)
    # (Once each: a candidate is also resolved ahead of its turn, for the one before it.)
    tenses = [
        tense_index.tense_at(c.start, c.end) if asks else None
        for c, asks in zip(candidates, asks_tense, strict=True)
    ]
    tenses = [
        # "The minutes of Wednesday's meeting will be published next Thursday": the record of an
        # event is published after it, whatever the clause's tense.
        "past"
        if owner
        and (
            _RECORD_OF_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
            # ... and a result: "Saturday's win sends this year's Wildcats to the Sweet 16".
            or _RESULT_AFTER_OWNED.match(context.text, candidate.end)
        )
        # "Duisenberg said Thursday's meeting would leave rates unchanged": what was said of a
        # meeting to come, its subject.
        else "future"
        if owner
        and _SAID_THAT_JUST_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
        and _WILL_AFTER_OWNED.match(context.text, candidate.end)
        # "Investors now focus on Friday's employment report": what is watched for is to come.
        else "future"
        if owner
        and (
            _AWAITED_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
            # ... and what falls due: "if Friday's employment report, due at 8:30 a.m. EST, shows".
            or _DUE_AFTER_OWNED.match(context.text, candidate.end)
        )
        # "Fans are arriving for Sunday's Super Bowl", "He is seeking a fifth term in Friday's
        # election": a fixture a clause in the present is bound for, or is at, is still to come.
        else "future"
        if owner
        and tense == "present"
        and FIXTURE_AFTER.match(context.text, candidate.end)
        and (
            _FOR_FIXTURE_BEFORE.search(context.text, max(0, candidate.start - 11), candidate.start)
            or _AT_EVENT_BEFORE.search(context.text, max(0, candidate.start - 12), candidate.start)
        )
        # ... and one a present perfect has made ready for: "Townsend has named an unchanged XV
        # for Saturday's clash with France", "Kinghorn has been passed fit for Sunday's final".
        else "future"
        if owner
        and tense == "past"
        and FIXTURE_AFTER.match(context.text, candidate.end)
        and _FOR_FIXTURE_BEFORE.search(context.text, max(0, candidate.start - 11), candidate.start)
        and _PRESENT_PERFECT_IN_CLAUSE.search(
            context.text,
            max(sentence_bounds(context.text, candidate.start)[0], candidate.start - 120),
            candidate.start,
        )
        and not _PAST_VERB_IN_CLAUSE.search(
            context.text,
            max(sentence_bounds(context.text, candidate.start)[0], candidate.start - 120),
            candidate.start,
        )
        # (A month's is gone by, as a weekday's is by default: "by 11 points in October's
        # election", written in April.)
        else ("past" if partial.month is not None and partial.day is None else None)
        if owner and tense != "future"
        else tense
        for tense, owner, partial, candidate in zip(tenses, possessive, partials, candidates, strict=True)
    ]
    tenses = [
        _tense_by_its_noun(tense, partial, candidate, context.text)
        for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
    ]
    tenses = _owners_of_a_day_told(tenses, possessive, partials, candidates, context.text)
    if context.dct is not None and (context.dct.month, context.dct.day) == (12, 31):
        tenses = [
            # "fireworks lit up the harbor at midnight local time", on New Year's Eve: the midnight
            # a new year begins at, wherever it has already come.
            None
            if tense == "past"
            and partial.hour == 24
            and partial.day is None
            and partial.weekday is None
            and _NEW_YEAR_TOLD.search(context.text, max(0, candidate.start - 400), candidate.end + 200)
            else tense
            for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
        ]
    if "past" not in tenses:
        tenses = _appointments_ahead(partials, tenses)
    tenses = [
        # "Let's see where things are by Wednesday", "The troops are out by Friday": what a
        # clause in the present says is so by a weekday is so by the next one.
        # ("The storm reaches the Bahamas by Thursday night": so too in a present no cue tells;
        # and a forecast's weather on a day: "The outlook for the weekend is changeable, with
        # showers on Saturday".)
        "future"
        if tense in ("present", None)
        and partial.weekday is not None
        and partial.day is None
        and partial.anchor is None
        and partial.shift is None
        and (
            (
                _BY_BEFORE.search(context.text, max(0, candidate.start - 4), candidate.start)
                # (Not a passive's agent, the event a possessive names: "Stocks were battered by
                # Friday's plunge"; but "by Friday's deadline".)
                and not (owner and not _DEADLINE_OF_THE_DAY_AFTER.match(context.text, candidate.end))
            )
            or _WEATHER_ON_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
            # ... and an event ahead of which a clause in the present tells of things, or a deadline
            # that looms: "Hopefuls make final push before Friday vote", "Senate nears deal as
            # Thursday debt deadline looms".
            or (
                _BEFORE_AN_EVENT_BEFORE.search(context.text, max(0, candidate.start - 12), candidate.start)
                and _EVENT_OF_THE_WEEKDAY_AFTER.match(context.text, candidate.end)
            )
            or _DEADLINE_LOOMS_AFTER.match(context.text, candidate.end)
            or (
                tense == "present"
                and (
                    # ... and the event of a weekday a clause in the present is for: "Volunteers
                    # are still needed for the Sunday morning cleanup".
                    (
                        _FOR_THE_DAY_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
                        and _NOUN_OF_THE_DAY_AFTER.match(context.text, candidate.end)
                    )
                    # ... and a match's start a clause in the present gives: "Kick-off on Saturday
                    # is at 4pm".
                    or _KICK_OFF_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
                    # ... and a day's opening hours: "Sunday hours are 11 a.m. to 5 p.m.".
                    or _HOURS_OF_THE_DAY_AFTER.match(context.text, candidate.end)
                )
            )
        )
        # ... and so with a season or a month: "Markets are pricing in a rate of 3.5 percent by the
        # spring".
        else "future"
        if tense == "present"
        and partial.kind == "date"
        and partial.year is None
        and partial.day is None
        and partial.anchor is None
        and partial.shift is None
        and partial.value is None
        and (partial.season is not None or (partial.month is not None and partial.grain == Grain.MONTH))
        and _BY_BEFORE.search(context.text, max(0, candidate.start - 4), candidate.start)
        # ... and an event on a timetable the present asks about ("Do you have the votes for the vote
        # on Thursday?"), or, with no past cue, what happens if it goes one way ("If the bill fails
        # on Thursday, what happens?").
        else "future"
        if partial.weekday is not None
        and partial.day is None
        and partial.anchor is None
        and partial.shift is None
        and (
            (
                tense == "present"
                and _FIXTURE_ON_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
            )
            or (
                tense in ("present", None)
                and _IF_CLAUSE_BEFORE.match(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
            or (
                tense == "present"
                and _WHEN_CLAUSE_AFTER_MODAL.search(
                    context.text,
                    max(sentence_bounds(context.text, candidate.start)[0], candidate.start - 200),
                    candidate.start,
                )
            )
        )
        else tense
        for tense, partial, candidate, owner in zip(tenses, partials, candidates, possessive, strict=True)
    ]
    tenses = [
        _tense_of_a_span_or_plan(tense, partial, candidate, context.text)
        for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
    ]
    tenses = _weekdays_after_a_coming_one(candidates, partials, tenses, context.text)
    tenses = _periods_ending(candidates, partials, tenses, context.text)
    tenses = _conjuncts_share_tense(candidates, partials, tenses, context.text)
    tenses = [
        # "Economists expect a gain, after a 0.2% decline in October": the month of an event a
        # forecast comes after is not the forecast's, but the nearest (so "Sales will pick up after
        # a lull in January", written in December, is still to come).
        None
        if tense == "future"
        and partial.month is not None
        and partial.year is None
        and partial.day is not None
        and partial.weekday is None
        # ("Economists expect another rate cut after reductions on Sept. 29 and Oct. 15.")
        and _EVENT_BEFORE_DAY.search(context.text, max(0, candidate.start - 80), candidate.start)
        else None
        if tense == "future"
        # ("Growth is forecast at 3.2 percent after 4.1 percent in the third quarter.")
        and (partial.month is not None or partial.quarter is not None)
        and partial.year is None
        and partial.day is None
        and (
            _EVENT_BEFORE_MONTH.search(context.text, max(0, candidate.start - 60), candidate.start)
            # ... and the month of a figure an aside gives: "The unemployment rate, 6.1 percent in
            # August, could top 8 percent next year".
            or (
                context.text.startswith(",", candidate.end)
                and _FIGURE_ASIDE_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
            )
        )
        else tense
        for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
    ]
    tenses = [
        # "Members are leaving for the weekend", "closed its embassies for the weekend", "Mr.
        # Clinton is spending the holiday weekend at Camp David": the weekend a clause is bound
        # for, or is in, is the one to come (on a Friday, this week's).
        "future"
        if partial.weekend
        and partial.shift is None
        and tense in ("past", "present", None)
        # (A past clause only just before a weekend: "Stores were closed for the weekend",
        # written on a Tuesday, is the weekend gone by.)
        and (tense != "past" or (context.dct is not None and context.dct.weekday() in (_THURSDAY, _FRIDAY)))
        and (
            _FOR_THE_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
            or (
                tense == "present"
                and (
                    _PROGRESSIVE_BEFORE.search(context.text, max(0, candidate.start - 30), candidate.start)
                    # ("may be needed before the weekend is over": the one not yet over.)
                    or _WEEKEND_OVER_AFTER.match(context.text, candidate.end)
                )
            )
            # ... and what a weekend starts, as its subject: "The long weekend also kicks off a busy
            # stretch of local events".
            or (tense != "past" and _WEEKEND_STARTS_AFTER.match(context.text, candidate.end))
        )
        else tense
        for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
    ]
    tenses = [
        # "Sony will report first-quarter results on August 2": results to be reported are those of
        # a quarter that has closed.
        # (A month's figures too, "will report October housing starts tomorrow": the nearest
        # October, one gone by.)
        ("past" if partial.month is None else None)
        if tense == "future"
        and (partial.quarter is not None or partial.half is not None or partial.month is not None)
        and partial.year is None
        and partial.day is None
        # (A month right before its figures names them whatever verb has them: "include November
        # housing starts, due Wednesday".)
        and (
            partial.month is not None
            or _REPORTS_BEFORE.search(context.text, max(0, candidate.start - 30), candidate.start)
        )
        and _RESULTS_AFTER.match(context.text, candidate.end)
        else tense
        for tense, partial, candidate in zip(tenses, partials, candidates, strict=True)
    ]
    tenses = _days_of_a_week_ahead(candidates, partials, tenses, context.text)
    implied_years: dict[int, Resolution] = {}
    days_after = _days_after_clocks(candidates, partials, context.text)
    speech_days = (
        [None] * len(candidates) if narrative else _speech_days(candidates, partials, tenses, context.text)
    )
    restated = _restated_in_brackets(
        [phrases.get(index, candidate) for index, candidate in enumerate(candidates)], partials, context.text
    )
    # (Judged on the whole phrase: "On 3 May 1809, two days after the army crossed, ...".)
    in_apposition = _restating_in_apposition(
        [phrases.get(index, candidate) for index, candidate in enumerate(candidates)],
        partials,
        context.text,
        from_events=from_events,
    )
    # A day off the story's line (see :func:`_off_story`), and where its sentence ends: an anaphor
    # later in that sentence still counts from it ("a second assault would follow on 4 May, and
    # the fort fell a day later").
    aside: tuple[ReferencePoint, int] | None = None
    # The latest day a report named as the start of a state that holds ("killed since October
    # 7"): no time it moves to, but what "that day" after it points back at.
    state_start: ReferencePoint | None = None
    # An article's lead (a paragraph before its first heading) spans the whole war: its first
    # date is where the story starts, and the sections after the background return to it.
    # (A range the lead dates the war by starts where the story does: "Following the raid of
    # 1895, the war was fought from 1899 to 1902".)
    lead_end = (_lead_end(context.text) or _lead_sentence_end(candidates, context.text)) if narrative else 0
    lead: ReferencePoint | None = None
    lead_ranged = False  # (whether the lead's date opens a range)
    # (Where the sentence that gives the lead's date ends: the later years it names are the war's
    # end, "It began in October 1853 and ended in February 1856".)
    lead_until = 0
    # The last day of the latest date the lead states to the month or the day (the war's end, "to
    # 3 March 1878"): no later day is the war's.
    war_end: dt.date | None = None
    # ... and the latest year it names ("the 1947-1949 war"): a war that goes on into a later year
    # than its latest day or month ("It began on 14 May 1948") does not end on that day.
    war_last_year: int | None = None
    # A date a flashback or an aside told ("Japan had defeated China in 1895", "In 1608 the
    # princes formed the Union") and its index: a count forward or "that year" right after it
    # goes on from it ("Three years later Russia leased the port", "in December of that year").
    flashback: tuple[ReferencePoint, int] | None = None
    # The first day of an event whose days the story counts ("On the second day"), and how many
    # points had been told when it was counted.
    first_day_counted: tuple[ReferencePoint, int] | None = None
    # The latest date a narrative told off its story's line, and its index.
    off_line: tuple[ReferencePoint, int] | None = None
    # The dates said so far in the quotation the text is in, and where that quotation ends.
    quotation: tuple[list[ReferencePoint], int] | None = None
    quoted_spans = quotations(context.text) if narrative else []
    # The year each day of a month was last named with ("25 June 1950"), for narratives.
    dated_days: dict[tuple[int, int], int] = {}
    # The value each day of a month a report named without its year was first given.
    said_days: dict[tuple[int, int], str] = {}
    # The months a history's plan looked to, which moved no story (indexes of candidates).
    planned_months: set[int] = set()
    quote_starts = [start for start, _ in quoted_spans]
    # For each timex, whether it names a weekday ("bare", or "named" with its "next", "last"),
    # and its clause's tense.
    weekdays: list[tuple[str | None, Tense | None]] = []
    # Where a day kept every year ends, and its value ("25 March is celebrated as ..."): the
    # holiday named right after it is that day.
    kept: tuple[int, str | None] | None = None
    # The story's latest point when it was a night ("on the night of 12-13 September"): the
    # point keeps only the day the night began on, and a dawn after it is the next day's.
    night: ReferencePoint | None = None
    whole_night = False  # (the night is a part of the day the story named, not a late hour)
    # A report's event a relative clause dated before the story's day, its noun and its point
    # (see :func:`_clock_of_a_relative_event`).
    relative_event: tuple[str, ReferencePoint] | None = None
    # The day a deed was due by that the report told last (no time it moved to), which "the
    # following Monday" right after it still counts from.
    deadline: ReferencePoint | None = None
    afternoon = False  # (the "night" is an afternoon: only the small hours said as such follow it)
    # The year each date a news sentence's opening year frames is in (see :func:`_framed_year`).
    framed: dict[int, int] = {}
    # The years "that year", "the same year" resolved to, by the candidate's index (they frame the
    # dates of their sentence as a year written out does).
    years_told_again: dict[int, int] = {}
    # The (year, month, day or 0) of each dated line of a news timeline (see :func:`_timeline_year`).
    lined: dict[int, tuple[int, int, int]] = {}
    for index, candidate in enumerate(candidates):
        tense = tenses[index]
        if (
            narrative
            and index > 0
            and (opening_told := lead if lead is not None else _opening_point(points, context.text))
            is not None
            and points[-1].bc == opening_told.bc
            and _story_year_of(points[-1]) < _story_year_of(opening_told)
            and _heading_before(context.text, candidates[index - 1], candidate)
        ):
            # "Background ... in 1948.\n\nInvasion\nIn July": back to the war the lead dates, or to
            # the event a history's first paragraph dates ("The siege began on the evening of 11
            # January 1979 ... Background ... built in 1968.\n\nTimeline\nThursday, 11 January").
            points.append(opening_told)
        if narrative and _wraps_into_next(candidates, partials, index, context.text):
            # "from October to March": the October before the March the story reaches.
            ending = resolve_partial(
                partials[index + 1], context, tense=tenses[index + 1], points=points, policy=policy
            )
            if ending is not None and ending.point is not None and not ending.point.bc:
                year = ending.point.day.year
                opening = resolve_partial(partials[index], context, tense=tense, points=points, policy=policy)
                if opening is not None and opening.point is not None and not opening.point.bc and points:
                    year = _wrapped_span_year(partials[index], partials[index + 1], year, opening, points[-1])
                partials[index] = partials[index].but(year=year - 1)
                partials[index + 1] = partials[index + 1].but(year=year)
                implied_years[index] = implied_years[index + 1] = ending
        partial = partials[index]
        if narrative and (hours := _military_hours_of_the_story(candidate, points, context.text)) is not None:
            # "On 21 August 1942 the Japanese attacked; by 1700 the attack had failed": four
            # digits after "at" or "by" soon after a day of the last century are its clock in
            # military hours, not a year centuries before the story.
            partial = PartialTime(hour=hours[0], minute=hours[1], grain=Grain.MINUTE, mod=partial.mod)
        if narrative and (span_year := _year_within_a_told_span(partial, candidate, timexes, context.text)):
            # "Between August 1796 and January 1797 the Austrians tried four times to relieve
            # Mantua. On 5 August ...", "blockaded the town through December and January ... on
            # Christmas Eve": a day of a month the span just told holds is in it.
            partial = partial.but(year=span_year)
        if narrative and (
            season_year := _year_of_a_month_in_told_season(partial, candidate, timexes, context.text)
        ):
            # "Temperatures that winter fell to -40, since in late December daylight lasted six
            # hours", after "between 7 December and 8 January": the December of the winter told.
            partial = partial.but(year=season_year)
        if (
            narrative
            and partial.kind == "date"
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and partial.month is not None
            and partial.day is None
            and tense != "future"
            and (named := _month_just_named(partial.month, points, context.text, candidate.start)) is not None
        ):
            # "At Suomussalmi, between 7 December and 8 January, two divisions were destroyed. The
            # line held throughout December": the December the story has just named, not the next.
            partial = partial.but(year=named)
        if (
            narrative
            and partial.kind == "date"
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and partial.month is not None
            and partial.season is None
            and points
            and not points[-1].bc
            and _MEANWHILE_OPENS.match(context.text, sentence_bounds(context.text, candidate.start)[0])
            # (Not one the pluperfect tells: "Meanwhile, in India, Clive had retaken Calcutta in
            # January" before a December.)
            and not _PLUPERFECT_IN_CLAUSE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
            # (The first date of the sentence: those after it go on from it.)
            and (
                index == 0 or candidates[index - 1].start < sentence_bounds(context.text, candidate.start)[0]
            )
        ):
            # "Port Arthur surrendered on 2 January 1905 after a siege of 154 days. Meanwhile, the
            # armies met at Liaoyang in late August (or "from 25 August to 3 September") and on the
            # Shaho in October": what went on
            # meanwhile went on around the story's time, before it or after, from the first date the
            # sentence gives.
            partial = partial.but(
                year=_nearest_year_of_month(
                    partial.month,
                    # ("In March 1864 Grant took command. Meanwhile, Sherman captured Atlanta on
                    # September 2": 1864's.)
                    points[-1].day,
                )
            )
        if (
            not narrative
            and tense == "past"
            and partial.month is not None
            and (partial.day is not None or partial.grain == Grain.MONTH)
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and context.dct is not None
            and _within_margin_ahead(partial.month, partial.day, context.dct, policy.margin_days)
            # ("They landed in January 1945 and seized Manila in March": the year its sentence
            # named is the month's; not one in an aside: "The previous pope, elected in 2005, died on
            # April 2".)
            and not _year_of_the_clause_before(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
            # ("Premiums rose ahead of Akshaya Tritiya on May 13": the day of an event looked
            # ahead to, not of the verb's.)
            and not _AHEAD_OF_AN_EVENT_IN_BEFORE.search(
                context.text, max(0, candidate.start - 50), candidate.start
            )
            and (
                finished_on(context.text, candidate.start)
                or finished_after(context.text, candidate.start, candidate.end)
                # ("The district did not use a snow day until Feb. 26": what did not happen until a
                # day happened on it.)
                or _DID_NOT_UNTIL_BEFORE.search(
                    context.text,
                    max(sentence_bounds(context.text, candidate.start)[0], candidate.start - 100),
                    candidate.start,
                )
                # ("The case grew out of Clinton's Jan. 17 deposition": the day of an event a past
                # clause names by it, gone by.)
                or (
                    _OWNER_OR_THE_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
                    is not None
                    and _PAST_EVENT_NOUN_AFTER.match(context.text, candidate.end) is not None
                )
            )
        ):
            # "Sales fell on 31 March", written on 14 March, "The leaders met in June", written in
            # May: a finished event's day or month is past, even within the margin that guards
            # against the tense of another verb.
            partial = partial.but(direction="past")
        if (
            not narrative
            and tense == "future"
            and (partial.quarter is not None or partial.half is not None)
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and (
                _forecasts_growth(context.text, candidate.start, candidate.end)
                # ("Training will stop by the fourth quarter", in March: a deadline still to come.)
                or _BY_A_PERIOD_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
            )
        ):
            # "The company expects revenue to grow in the second half", written in January: what
            # is still to happen, in a period still to come (not "expects to report a
            # third-quarter loss", in November: the results of one just closed).
            partial = partial.but(direction="strict_future")
        if (
            not narrative
            and tense == "future"
            and partial.kind == "date"
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and partial.weekday is None
            and (partial.holiday_name is not None or partial.month is not None)
            and context.dct is not None
            and _just_gone(partial, context.dct)
            and _future_in_the_past(context.text, candidate.start)
        ):
            # "Smith said in October he expected the deal to close before Thanksgiving", written a
            # week after it: a future seen from a past moment, the feast (month, day) just gone,
            # not one almost a year ahead, which a writer would give with its year.
            partial = partial.but(direction="past")
        if (
            partial.kind == "date"
            and partial.season is not None
            and partial.year is None
            and partial.anchor in (None, "ref")
            and partial.shift is None
            and index + 1 < len(partials)
            and partials[index + 1].kind == "date"
            and partials[index + 1].year is not None
            and partials[index + 1].grain == Grain.YEAR
            and not partials[index + 1].bc
            and _IN_BETWEEN.fullmatch(context.text, candidate.end, candidates[index + 1].start)
        ):
            # "One summer in 1968 they moved west", "That winter in 1943": the season of the year
            # written after it.
            partial = partial.but(year=partials[index + 1].year, anchor=None, direction=None)
        if (
            _is_bare_part(partial)
            and partial.part_of_day in ("NI", "EV")
            and partial.direction is None
            and points
            and points[-1].grain >= Grain.DAY
            and points[-1].start is not None
            and _INTO_THE_PART_BEFORE.search(context.text, max(0, candidate.start - 12), candidate.start)
        ):
            # "Gadhafi was killed on Thursday. Car horns blared well into the night": the night the
            # day just told goes on into, though that day is the DCT's.
            partial = partial.but(direction="same")
        if (
            not narrative
            and partial.kind == "date"
            and partial.month is not None
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and points
            and points[-1].grain == Grain.YEAR
            and not points[-1].bc
            and points[-1].start is not None
            and index > 0
            and candidates[index - 1].start == points[-1].start
            and _YEAR_THEN_ITS_DAY.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "Beijing hosts the Winter Olympics next year, starting February 4": the day of the year
            # just named.
            partial = partial.but(year=points[-1].day.year)
        if (
            partial.kind == "date"
            and partial.weekday is not None
            and partial.month is None
            and partial.day is None
            and partial.year is None
            and partial.anchor is None
            and partial.shift is None
            and _THE_WEEKDAY.search(candidate.text)
            and points
            and points[-1].grain >= Grain.DAY
            and not points[-1].bc
            and points[-1].start is not None
            and points[-1].start
            >= sentence_bounds(context.text, max(0, sentence_bounds(context.text, candidate.start)[0] - 2))[0]
        ):
            # "The season begins on August 19, and Chelsea play on the Sunday", "strike on Thursday
            # July 12, stopping work from 1 a.m. on the Thursday": the weekday nearest the day just
            # named, the day itself if it is one.
            day = weekday_near(points[-1].day, partial.weekday, "nearest")
            partial = partial.but(year=day.year, month=day.month, day=day.day)
        if (
            index > 0
            and candidate.rule.startswith("holiday.")
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and partials[index - 1].kind == "date"
            and partials[index - 1].year is not None
            and not partials[index - 1].bc
            and _APPOSITIVE_COMMA.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "on April 1, 1945, Easter Sunday": the feast that restates a date is of its year.
            partial = partial.but(year=partials[index - 1].year)
        if (
            partial.holiday_name is not None
            and partial.year is None
            and partial.direction is None
            and partial.anchor is None
            and _AHEAD_OF_FEAST.search(context.text, max(0, candidate.start - 30), candidate.start)
        ):
            # "Airports were busy ahead of Thanksgiving", "have voted ahead of Election Day": the
            # feast nearest the text, coming or just gone, whatever the tense of the clause.
            partial = partial.but(direction="closest")
        elif (
            partial.kind == "date"
            and partial.month is not None
            and partial.day is not None
            and partial.year is None
            and partial.direction is None
            and partial.anchor is None
            and context.dct is not None
            and not narrative
            and (
                (
                    candidate.rule.startswith("holiday.")
                    and _AHEAD_OF_FEAST.search(context.text, max(0, candidate.start - 30), candidate.start)
                )
                or (
                    _AHEAD_OF_A_DEADLINE_BEFORE.search(
                        context.text, max(0, candidate.start - 30), candidate.start
                    )
                    and _DEADLINE_AFTER.match(context.text, candidate.end)
                )
                # ("He had been scheduled to be sentenced Jan. 6", in December: a plan overtaken,
                # for a day near the report, to come as often as gone.)
                or _PLAN_OVERTAKEN_BEFORE.search(context.text, max(0, candidate.start - 60), candidate.start)
            )
        ):
            # ... and so is a feast of a fixed day ("Leaders urged calm ahead of New Year's Day"),
            # and the day of a deadline something came ahead of ("The decision came two months
            # ahead of the March 30 deadline"): the nearest the report, whatever the tense.
            partial = partial.but(year=_closest_year_of(partial.month, partial.day, context.dct))
        elif (
            not narrative
            and tense == "past"
            and candidate.rule.startswith("holiday.")
            and partial.kind == "date"
            and partial.year is None
            and partial.direction is None
            and partial.anchor is None
            and partial.month is not None
            and partial.day is not None
            and context.dct is not None
            and _days_ahead(context.dct, partial.month, partial.day) > _FEAST_SOON.days
        ):
            # "shut down the government for 21 days over the Christmas holidays", written in
            # November: a feast a past clause tells of is gone by, not weeks ahead (the margin a
            # date such as "were set to expire Dec. 12" keeps is for a deadline, no feast).
            partial = partial.but(direction="past")
        elif (
            partial.holiday_name is not None
            and partial.year is None
            and partial.direction is None
            and partial.anchor is None
            and context.dct is not None
            and (
                _BEFORE_FEAST.search(context.text, max(0, candidate.start - 12), candidate.start)
                or (
                    _FOR_THE_FEAST.search(context.text, max(0, candidate.start - 16), candidate.start)
                    and _FEAST_NOUN_AFTER.match(context.text, candidate.end)
                )
            )
            and _feast_soon(partial.holiday_name, context.dct)
        ):
            # "two weeks left before Election Day", "took to the highways for the Thanksgiving
            # holiday", written days before it: the feast to come, whatever the tense.
            partial = partial.but(direction="closest")
        elif (
            not narrative
            and partial.month is not None
            and partial.year is None
            and partial.direction is None
            and partial.anchor is None
            and _AHEAD_OF_AN_EVENT_IN_BEFORE.search(
                context.text, max(0, candidate.start - 50), candidate.start
            )
        ):
            # "The rise has alarmed officials ahead of the Hajj in October": the month of an event
            # a report looks ahead to, the one nearest the report, whatever the tense.
            partial = partial.but(direction="nearest")
        elif (
            not narrative
            and partial.weekday is not None
            and partial.month is None
            and partial.year is None
            and partial.direction is None
            and partial.anchor is None
            and _ORDERED_BY_BEFORE.search(context.text, max(0, candidate.start - 80), candidate.start)
        ):
            # "Officials ordered staff out of the country by Saturday": a deadline an order set
            # is still to come when the report tells of the order, whatever the order's tense.
            partial = partial.but(direction="future")
        if (
            not narrative
            and partial.kind == "date"
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and (partial.holiday_name is not None or partial.weekday is not None or partial.month is not None)
            and _TIME_TO_GO_BEFORE.search(context.text, max(0, candidate.start - 30), candidate.start)
        ):
            # "With two weeks to go before Election Day, the candidates met": a day still to come.
            partial = partial.but(direction="future")
        if (
            narrative
            and off_line is not None
            and off_line[1] == index - 1
            and partial.year is None
            and partial.month is not None
            and partial.anchor is None
            and off_line[0].grain >= Grain.MONTH
            and partial.month >= off_line[0].day.month
            and _FLASHBACK_GOES_ON.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "Meanwhile, in India, Clive had retaken Calcutta in January, and on 23 June he won at
            # Plassey": the next event of a time told off the story's line, in its year.
            partial = partial.but(year=off_line[0].day.year)
        if (
            partial.kind == "date"
            and partial.year is None
            and candidate.rule.startswith("holiday.")
            and partial.anchor is None
            and tense == "past"
            and points
            and points[-1].grain == Grain.YEAR
            and not points[-1].bc
            and points[-1].start is not None
            and context.dct is not None
            and points[-1].day.year < context.dct.year
            and points[-1].start
            >= sentence_bounds(context.text, max(0, sentence_bounds(context.text, candidate.start)[0] - 2))[0]
            and _BY_A_FEAST_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
        ):
            # "A fall in 2022 broke her hip. Even then she was back at the console by Christmas", "The
            # store burned in 1987, but he reopened it by Thanksgiving": the feast of the year just told.
            partial = partial.but(year=points[-1].day.year)
        if (
            narrative
            and partial.kind == "date"
            and partial.year is None
            and partial.month is not None
            and partial.anchor is None
            and (
                event_year := _EVENT_OF_A_YEAR_BEGAN.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
            is not None
        ):
            # "The war of 1967 began on 5 June with an air strike": the day of the event its subject
            # names by its year, in that year.
            partial = partial.but(year=int(event_year.group("year")))
        # (A season is told back as a month is: "Trist had been recalled in the autumn" after
        # February 1848 is 1847's.)
        told_month = (
            partial.month if partial.month is not None else _SEASON_FIRST_MONTH.get(partial.season or "")
        )
        if (
            narrative
            and points
            and partial.year is None
            and told_month is not None
            and partial.anchor is None
            and partial.direction is None
            and not points[-1].bc
            and (
                points[-1].day.month - told_month
                >= (_STORY_WRAP_DAY_MONTHS if partial.day is not None else _STORY_WRAP_MONTHS)
                # (Later in the calendar than the story's month, not than a year's first day: "By
                # the end of 1761 Spain had joined. Pitt had resigned in October" is 1761's; nor
                # than a month a flashback told: "Aguinaldo had declared independence on June 12,
                # 1898. The Congress had convened in September" goes on in 1898.)
                # (Not the month right after it: "On 25 August 1805 the army marched. Mack had
                # advanced into Bavaria in early September" is that September.)
                or (
                    told_month > points[-1].day.month + 1
                    # (... or than a season's first month: "by the following spring the army had
                    # marched north. The French had landed, and in September their fleet had
                    # blockaded the bay".)
                    and points[-1].grain >= Grain.SEASON
                    and not _told_in_pluperfect(context.text, candidates[:index], points[-1])
                )
                # (... or one after the story's month that a pluperfect has gone on "since": "The
                # city fell on 8 September 1855. The allies had been shelling it since 17 October".)
                or (
                    told_month > points[-1].day.month
                    and points[-1].grain >= Grain.MONTH
                    and _SINCE_JUST_BEFORE.search(context.text, max(0, candidate.start - 7), candidate.start)
                    is not None
                )
                # (... or any other month, in a sentence that opens on looking back: "The Chinese
                # crossed the Yalu in October 1950. Earlier, on 2 February, the North had asked
                # Moscow for tanks".)
                or (
                    told_month != points[-1].day.month
                    and points[-1].grain >= Grain.MONTH
                    and _LOOKING_BACK_OPENS.match(
                        context.text, sentence_bounds(context.text, candidate.start)[0]
                    )
                    is not None
                )
            )
            and (
                _dated_by_pluperfect(context.text, candidate)
                # ("The treaty was signed on 13 March 1940. Negotiations had been going on since 12
                # October": what had gone on since a day began before the story's.)
                or (
                    _SINCE_JUST_BEFORE.search(context.text, max(0, candidate.start - 7), candidate.start)
                    is not None
                    and _HAD_DONE.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                    is not None
                )
                # ("Earlier, on 2 February, the North had secretly asked Moscow for tanks".)
                or (
                    _LOOKING_BACK_OPENS.match(context.text, sentence_bounds(context.text, candidate.start)[0])
                    is not None
                    and _HAD_DONE.search(
                        context.text, candidate.end, sentence_bounds(context.text, candidate.start)[1]
                    )
                    is not None
                )
                # "Earlier that year, on 11 March, Baghdad had fallen": the sentence says it looks
                # back within the story's year.
                or _EARLIER_THAT_YEAR.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
                is not None
                # (... or the range it ends: "had clashed from 24 August to 4 September".)
                or (
                    index > 0
                    and _RANGE_JOIN.fullmatch(context.text, candidates[index - 1].end, candidate.start)
                    is not None
                    and _dated_by_pluperfect(context.text, candidates[index - 1])
                )
            )
            # (Not after a sentence's own "After" that dates the story's day: "After the landing at
            # Inchon on 15 September 1950, forces had crossed the 38th parallel in early October".)
            and not _after_its_sentence_opens(points[-1], context.text, candidate.start)
        ):
            # "Harold had been crowned in January" after October 1066: a flashback's month, so far
            # back that the story would have moved on to the next year, is the last one before the
            # story's time; so is one later in the calendar than the story's ("The city fell on 3
            # February 1942. The defenders had landed there on 20 December": 1941's).
            partial = partial.but(direction="past")
        if (
            narrative
            and partial.season is not None
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and points
        ):
            if (
                not points[-1].bc
                and points[-1].grain >= Grain.MONTH
                and _after_its_sentence_opens(points[-1], context.text, candidate.start)
            ):
                # "After the invasion of Poland in September 1939, the front had remained quiet
                # through the winter": the season after the day the sentence opens from, pluperfect
                # or not.
                partial = partial.but(direction="future")
            elif candidate.text.lower().startswith("the ") and _SINCE_BEFORE.search(
                context.text, max(0, candidate.start - 14), candidate.start
            ):
                # "The invasion began on 10 May 1940. As the Allies had planned since the autumn":
                # what has held "since" a season began in the last one before the story's time.
                partial = partial.but(direction="past")
        if (
            not narrative
            and partial.kind == "date"
            and partial.month is not None
            and partial.day is None
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and (
                _COMPARED_MONTH_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
                # ("a slight improvement from the September estimate": a figure compared with is
                # one published.)
                or (
                    _COMPARED_FIGURE_BEFORE.search(
                        context.text, max(0, candidate.start - 30), candidate.start
                    )
                    and _FIGURE_NOUN_AFTER.match(context.text, candidate.end)
                )
            )
            # (Not a choice between times: "we'd rather do this now than in September".)
            and not _RATHER_IN.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "The rate is now lower than in August", "Economists expect a 0.3 percent rise, the same
            # as in September": the month compared with, whatever the clause's tense, is one gone by.
            partial = partial.but(direction="past")
        if (
            not narrative
            and partial.kind == "date"
            and (partial.month is not None or partial.season is not None)
            and partial.day is None
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and _CAUSE_IN_BEFORE.search(context.text, max(0, candidate.start - 70), candidate.start)
        ):
            # "GM expects lower profits, reflecting heavy incentive spending in August", "because of
            # heavy spending during the summer": the cause of a forecast is gone by.
            partial = partial.but(direction="past")
        if (
            narrative
            and partial.kind == "date"
            and partial.season in ("SP", "SU")
            and partial.year is None
            and partial.anchor is None
            and timexes
            and (winter := _WINTER_VALUE.fullmatch(timexes[-1].value)) is not None
            and _SEASONS_JOINED.fullmatch(context.text, timexes[-1].end, candidate.start)
        ):
            # "in December 1862. Through the winter and early spring he tried to reach the city":
            # the spring that ends the winter just named, in the next year.
            partial = partial.but(year=int(winter.group("year")) + 1)
        if (
            narrative
            and candidate.text.lower() == "overnight"
            and partial.shift is not None
            and partial.shift.amount == -1
        ):
            # "On 15 September 1894 the Japanese attacked Pyongyang; the city fell overnight": a
            # history's night after the day it tells (a report's is the night before its own day).
            partial = partial.but(shift=Shift(Grain.DAY, 0))
        if (
            not narrative
            and tense == "future"
            and context.dct is not None
            and partial.anchor == "ref"
            and partial.shift is not None
            and partial.shift.amount > 0
            and partial.grain in (Grain.YEAR, Grain.DECADE, Grain.CENTURY)
            and points
            and points[-1].day.year < context.dct.year - 1
            # (A count "later" is from what was told: "landed on June 6, 1944. Fifty years later,
            # he still cannot watch the tide come in".)
            and not candidate.text.lower().endswith("later")
        ):
            # "The case was dropped in 1982. Analysts expect it to last well into the next decade":
            # what a report foresees comes after its own day, not after a year of background.
            partial = partial.but(anchor="dct")
        counted_year = None if narrative else _year_counted_from(candidates, partials, index, context.text)
        if counted_year is not None:
            # "Ten years after the 2003 invasion": the year counted from the event's, as when the
            # text dated the event before (see _counted_from_event).
            partial = PartialTime(year=counted_year, grain=Grain.YEAR)
        if not narrative:
            partial = _as_the_report_tells(candidate, partial, tense, timexes, context)
            if (
                _is_bare_part(partial)
                and partial.part_of_day == "NI"
                and partial.direction is None
                and index > 0
                and partials[index - 1].kind == "date"
                and partials[index - 1].grain == Grain.DAY
                and candidates[index - 1].start >= sentence_bounds(context.text, candidate.start)[0]
            ):
                # "Rescuers worked Saturday into the night": the night of the day its sentence
                # names, though that day is the day of writing.
                partial = partial.but(direction="same")
        quarter_told = (
            _quarter_told_before(candidate, timexes, context.text)
            if not narrative
            and candidate.rule == "relative.part_of_period"
            and partial.grain == Grain.QUARTER
            else None
        )
        if quarter_told is not None:
            # "Net income for the fiscal third quarter, which ended June 29, rose. Backlog stood at
            # $640 million at the end of the quarter": the quarter the report named, by its number.
            partial = partial.but(
                year=int(quarter_told.group("year")),
                quarter=int(quarter_told.group("quarter")),
                anchor=None,
                shift=None,
            )
        elif (
            not narrative
            and (
                candidate.rule == "relative.part_of_period"
                # ("Sales fell in January, when storms hit in the third week of the month".)
                or (
                    candidate.rule == _DAY_OF_MONTH_BY_REFERENCE
                    and _THE_MONTH.search(candidate.text) is not None
                )
            )
            and _part_of_the_told_period(
                partial,
                told_period := _told_point_before(
                    tense, candidates=candidates, index=index, points=points, context=context, month_told=True
                ),
                context.dct,
            )
            # (Not the year a record runs from: "its lowest level since the Treasury began selling the
            # bond in 1977. The yield stood at 5.93 percent at the beginning of the year".)
            and not (
                told_period is not None
                and told_period.start is not None
                and _SINCE_ANY_CLAUSE_BEFORE.search(
                    context.text,
                    max(sentence_bounds(context.text, told_period.start)[0], told_period.start - 80),
                    told_period.start,
                )
            )
            # (Not a span counted to the writer's present: "The uprising began in March 2011.
            # A million have fled, half of them since the start of the year"; a pluperfect counts
            # to the story's: "Since the beginning of the year it had hired 500".)
            and not (
                _SINCE_JUST_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
                and not _HAD_DONE.search(context.text, *sentence_bounds(context.text, candidate.start))
            )
        ):
            # "The firm grew fast in 1998. By the end of the year it employed 5,000 people": the
            # year (month, decade) a report has just told, not the DCT's.
            partial = partial.but(anchor="ref")
        year_before = None if narrative else _year_before_the_told(candidates, partials, index, context)
        if year_before is not None:
            # "In 2014, the school reopened. A year earlier, the mine had closed": the year before
            # the one the report has just told of, not the DCT's.
            partial = PartialTime(year=year_before, grain=Grain.YEAR)
        told_year = (
            None
            # (A date after one a sentence's year framed is the frame's: see _framed_year.)
            if narrative or index - 1 in framed
            else _told_year(
                partial, tense, candidates=candidates, index=index, points=points, context=context
            )
        )
        if told_year is not None:
            # "The uprising began in March 2011. By the summer, rebels held the east": the year of
            # the past a report has just begun to tell, not the DCT's.
            partial = partial.but(year=told_year)
        if not narrative and _weekday_of_told_day(
            partial, tense, candidates=candidates, index=index, points=points, context=context
        ):
            # "Lehman filed for bankruptcy on Monday, Sept. 15, 2008. By Tuesday night, ...": the
            # week of the day a report has just told, not the DCT's.
            partial = partial.but(anchor="ref", direction="nearest")
        if (
            not narrative
            and partial.kind == "date"
            and partial.year is None
            and partial.month is not None
            and partial.anchor is None
            and partial.direction is None
        ):
            if _YEAR_BEGINNING_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start):
                # "Indonesia's budget for the fiscal year beginning April 1, which Suharto unveiled
                # Tuesday": the fiscal year that begins nearest the report, whatever the tense.
                partial = partial.but(direction="closest")
            elif tense != "past" and _COUNTED_TO_EVENT_IN_BEFORE.search(
                context.text, max(0, candidate.start - 60), candidate.start
            ):
                # "a statistical dead heat eight months before the general election in November": the
                # month of an event a count runs up to is still to come.
                partial = partial.but(direction="future")
        if (
            narrative
            and partial.kind == "date"
            and partial.weekday is not None
            and partial.day is None
            and partial.month is None
            and partial.anchor is None
            and partial.direction is None
            and points
            and points[-1].grain >= Grain.DAY
        ):
            opens = sentence_bounds(context.text, candidate.start)[0]
            if _HAD_IN_CLAUSE_BEFORE.search(context.text, opens, candidate.start):
                # "On the morning of 26 April 1916 the gunboat shelled Liberty Hall, after 1,600 more
                # troops had arrived during Tuesday night": the weekday a pluperfect tells is the last
                # one before the story's day, not the next.
                partial = partial.but(direction="past")
            elif _BY_OPENS_BEFORE.fullmatch(
                context.text, opens, candidate.start
            ) and _HAD_AFTER_FRONTED_DAY.match(context.text, candidate.end):
                # "By Tuesday the British had placed the city under martial law", after Wednesday; "By
                # Thursday the king had abdicated", after Tuesday: what had come to pass by a day is
                # told of the nearest such day, before the story's as often as after it.
                partial = partial.but(direction="nearest")
        if (
            narrative
            and partial.kind == "date"
            and partial.year is None
            and partial.day is None
            and (partial.month is not None or partial.season is not None)
            and partial.anchor is None
            and partial.direction is None
            and points
            and (
                set_for := _SET_FOR_BEFORE.search(context.text, max(0, candidate.start - 50), candidate.start)
            )
        ):
            # "In December of that year Eisenhower was named commander. The invasion was first set
            # for May": a plan's month is the next one after the story's time; one told in the
            # pluperfect was made before it, for a time near it, before it as often as after ("The
            # attack began on 16 December 1944. It had originally been scheduled for late November").
            partial = partial.but(
                direction="nearest"
                if _HAD_BEEN_PLANNED.search(context.text, max(0, set_for.start() - 24), set_for.end())
                else "future"
            )
        if (
            partial.kind == "date"
            and partial.weekday is not None
            and partial.month is not None
            and partial.day is not None
            and partial.year is None
            and partial.anchor is None
            and context.dct is not None
            and not _on_its_weekday(context.dct.year, partial)
        ):
            # "... on May 4, 1970. ... at noon on Monday, May 4": a weekday and a day that do not
            # agree in the DCT's year are of the year told before in which they do, not the
            # nearest such year.
            told_on_it = next(
                (
                    point.day.year
                    for point in islice(reversed(points), _REFERENCE_LOOKBACK)
                    if not point.bc and _on_its_weekday(point.day.year, partial)
                ),
                None,
            )
            if told_on_it is not None:
                partial = partial.but(year=told_on_it)
        framed_year = (
            None
            if narrative
            else _framed_year(
                partial,
                tense,
                candidates=candidates,
                partials=partials,
                index=index,
                framed=framed,
                context=context,
                years_told_again=years_told_again,
            )
        )
        if framed_year is not None:
            # "In 2010, the floods began in late July": the year the sentence opens on.
            partial = partial.but(year=framed_year)
            framed[index] = framed_year
        timeline_year = None if narrative else _timeline_year(partial, candidates, index, lined, context.text)
        if timeline_year is not None:
            # "Jan. 6, 2021 — Rioters storm the Capitol.\nFeb. 13 — The Senate acquits": the year
            # of the timeline's line before.
            partial = partial.but(year=timeline_year)
        feast_year = _feast_before_its_day_after(partial, candidates, partials, index, context.text)
        if feast_year is not None:
            # "they won 19 straight after Christmas, and on Saturday, March 9, 1963, they walked onto
            # the floor": the feast before the day its sentence dates next.
            partial = partial.but(year=feast_year)
        dated_after = _year_of_its_day_after(partial, candidates, partials, index, context.text)
        if dated_after is not None:
            # "The February revolution reached the town on 29 February 1848": the month of the
            # day its sentence dates next.
            partial = partial.but(year=dated_after)
        if (
            not narrative
            and partial.year is not None
            and partial.month is not None
            and _opens_timeline_line(candidate, context.text)
        ):
            lined[index] = (partial.year, partial.month, partial.day or 0)
        first_year = (
            _first_year_ahead(partial, later_years[index], _first_dated_ahead(candidates, index))
            if narrative and not points
            else None
        )
        if first_year is not None:
            # "The army landed on 12 August. The war had begun in 1914": a history that names a
            # day before any year tells of the first year it states, not of the year of writing.
            partial = first_year
        closing = _quotation_end(quoted_spans, quote_starts, candidate.start) if narrative else None
        if quotation is not None and candidate.start >= quotation[1]:
            quotation = None
        quoted = partial.speech_time and closing is not None
        if narrative and closing is None and _writers_own_period(partial, candidate, points, context.dct):
            # "Saladin died in 1193. An exhibition earlier this year presented the crusade": a story
            # generations back holds no "this year" of its own; it is the writer's (a speech the
            # story quotes keeps its speaker's: 'Churchill said: "this year we shall fight on."').
            partial = partial.but(speech_time=True)
        if quoted or (
            narrative
            and partial.speech_time
            and partial.shift is not None
            and partial.shift.amount < 0
            and points
            # (Not the verb's own time, right after it: "The Sunday Times reported in March last
            # year that a museum is due to open".)
            and _told_in_reported_speech(context.text, candidate)
        ):
            # "two years ago" in a speech the story quotes, or reports ("he said the envoy had
            # deceived him two years ago"): the speaker's time is the story's.
            partial = partial.but(anchor="ref", speech_time=False)
        elif (
            (partial.holiday_name is not None or candidate.rule.startswith("holiday."))
            and partial.year is None
            and index > 0
            and timexes
            and timexes[-1].start == candidates[index - 1].start
            and _APPOSITIVE_COMMA.fullmatch(context.text, candidates[index - 1].end, candidate.start)
            and _DAY_VALUE.match(timexes[-1].value) is not None
            # (Not the feast it is kept as every year since: "on 25 April 1915, a date now
            # commemorated as Anzac Day".)
            and not _KEPT_AS_BEFORE.search(context.text, max(0, candidate.start - 60), candidate.start)
        ):
            # "at 9:15 p.m. on Nov. 27, 1987, the day after Thanksgiving", "The next morning,
            # Christmas Day": a feast in apposition to a day dated in full is of its year.
            partial = partial.but(year=int(timexes[-1].value[:4]))
        elif (
            narrative
            and partial.anchor == "dct"
            and partial.shift is not None
            and partial.shift.amount == 0
            and partial.shift.unit in (Grain.YEAR, Grain.MONTH, Grain.WEEK)
            and (
                _PRESENT_PERFECT_JUST_BEFORE.search(
                    context.text, max(0, candidate.start - 40), candidate.start
                )
                # ... or a clause of the writer's present or future, not of the story's past: "The
                # heritage centre will close at the end of the month", "Its owners announced this
                # week that the brand would be revived" (not "Another major event of this year was").
                or (
                    tenses[index] in ("present", "future")
                    and closing is None
                    and _WRITERS_NOW_IN.search(context.text, *sentence_bounds(context.text, candidate.start))
                )
                # ... and a week or a month of it, which no history tells its story by: "Its newest
                # locomotive returned to steam earlier this month" (a year may be the story's:
                # "Another major event of this year was ...").
                or (
                    partial.shift.unit in (Grain.MONTH, Grain.WEEK)
                    and closing is None
                    and re.search(r"\bthis\s+(?:week|month)\b", candidate.text, re.IGNORECASE) is not None
                )
            )
        ):
            # "No peace treaty has ever followed the armistice of 1953, and tensions have risen again
            # this year": the writer's year, which a history's present perfect speaks of.
            partial = partial.but(speech_time=True)
        elif narrative and partial.is_plain_today:
            # "Today the battlefield is a park": a history's own "today" is the present, not a day.
            partial = PartialTime(value="PRESENT_REF")
        elif (
            narrative
            and closing is None
            and candidate.rule in ("relative.determined_unit", "relative.determined_month")
            and partial.anchor == "dct"
            and (
                (
                    tense in ("present", "future")
                    and not _REPORTED_BEFORE.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                    # (Nor what a plan told in the past looked to: "In December 1915 the Allies met
                    # at Chantilly and agreed to attack in the coming year".)
                    and not _PLAN_TOLD_IN_THE_PAST.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                )
                or _PRESENT_DAY.search(context.text, *sentence_bounds(context.text, candidate.start))
            )
        ):
            # "The war broke out in 1914. Next year will mark the centenary": the historian's own
            # next year, told in the present or the future (not "the general said the army would
            # attack next year", the story's); so in a sentence of the present day, whatever the
            # tense of its clause ("Today the battle is commemorated at Azincourt, where a museum
            # opened last year").
            partial = partial.but(speech_time=True)
        elif (
            narrative
            and closing is None
            and candidate.rule == "relative.determined_weekday"
            and partial.anchor == "dct"
        ):
            # "President Ramos led ceremonies in Quezon City last Friday": a weekday the writer's
            # week names ("last", "this", "next"); a history counts its own by "the previous" or
            # "the following".
            partial = partial.but(speech_time=True)
        elif (
            narrative
            and partial.kind == "date"
            and partial.season == "WI"
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and points
            and not points[-1].bc
            and points[-1].grain >= Grain.MONTH
            and _HAD_IN_CLAUSE_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "The allies invested the city on 16 March 1812. The garrison had spent the winter
            # strengthening the walls": the winter the pluperfect tells is the last one before the
            # story's day, not the one to come in its year.
            partial = partial.but(direction="past")
        elif (
            narrative
            and index > 0
            and partial.kind == "date"
            and partial.year is None
            and partial.anchor is None
            and (partial.month is not None or partial.season is not None)
            and context.dct is not None
            and timexes
            and timexes[-1].start == candidates[index - 1].start
            and timexes[-1].text.lower() == "this year"
            and timexes[-1].value == f"{context.dct.year:04d}"
            and timexes[-1].start >= sentence_bounds(context.text, candidate.start)[0]
        ):
            # "The championships have been held in his name since 2007, and this year they took
            # place in late June": a month of the writer's year just named.
            partial = partial.but(speech_time=True)
        elif (
            narrative
            and closing is None
            and (
                tense == "future"
                # ("Elections are now planned for June": the plan's present, what is to come.)
                or (
                    tense == "present"
                    and _PLANNED_FOR_BEFORE.search(
                        context.text, max(0, candidate.start - 20), candidate.start
                    )
                    is not None
                )
            )
            and _yearless_month_or_season(partial)
            and points
            and not points[-1].bc
            and context.dct is not None
            and (
                abs((context.dct - points[-1].day).days) <= _WRITING_YEARS * 365
                # (... or told with "will", a future no story's past is told in: "The station was
                # automated in 1996. The heritage centre will close for the winter at the end of
                # October".)
                or _WILL.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
                is not None
            )
            and not _REPORTED_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
            # (A future told in the writer's present or future, not one a past clause looked to:
            # "Activists called for a protest on 25 January".)
            and _WRITERS_FUTURE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "The war ended in May 2009. A conference on the war is planned for London on 28
            # January": in a history brought up to its day, what is still to come is the writer's.
            partial = partial.but(speech_time=True)
        elif (
            narrative
            and closing is None
            and candidate.rule
            in ("relative.determined_unit", "relative.determined_month", "relative.month_of_year")
            and partial.anchor == "dct"
            and (
                (
                    candidate.text.lower().startswith("last ")
                    and partial.grain in (Grain.WEEK, Grain.MONTH, Grain.SEASON, Grain.YEAR)
                )
                # ... and a month of the writer's last year: "reported in March last year".
                or (
                    candidate.rule == "relative.month_of_year"
                    and _LAST_YEAR_END.search(candidate.text) is not None
                )
                # ... and so is "this spring" (not "the events of this year", the story's).
                or (
                    candidate.text.lower().startswith("this ")
                    and partial.grain == Grain.SEASON
                    and not _OF_BEFORE.search(context.text, max(0, candidate.start - 4), candidate.start)
                )
            )
            and not _told_in_reported_speech(context.text, candidate)
        ):
            # "The war ended in June 1999. The government said last month that it would appeal":
            # a history counts its own weeks, months, seasons and years with "the previous"; "last
            # month", "last spring", "Last year the society published a list" are the writer's.
            partial = partial.but(speech_time=True)
        elif (
            narrative
            and partial.kind == "date"
            and partial.month is not None
            and partial.day is None
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and tense != "future"
            and (
                events := _EVENTS_OF_MONTH_BEFORE.search(
                    context.text, max(0, candidate.start - 40), candidate.start
                )
            )
            and (events.group("after") is not None or _HAD_AFTER.match(context.text, candidate.end))
        ):
            # "Stalin reorganised the army in February 1940. After the failures of December ...":
            # events a history names by their month are ones it has told, the last such month.
            partial = partial.but(direction="past")
        if (
            partial.kind == "date"
            and partial.year is None
            and partial.month is not None
            and partial.day is not None
            and partial.anchor is None
            and (
                (
                    narrative
                    and _KEPT_BY_A_PEOPLE_BEFORE.search(
                        context.text, max(0, candidate.start - 60), candidate.start
                    )
                )
                # ... and the day a people keeps as a feast: "Today the islanders mark 14 June as
                # Liberation Day".
                or (
                    _KEEP_VERB_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
                    and (
                        re.match(KEPT_AS_AFTER, context.text[candidate.end : candidate.end + 40])
                        # ... and a day kept every year: "The French celebrate 14 July annually".
                        or _ANNUALLY_AFTER.match(context.text, candidate.end)
                    )
                )
            )
        ):
            # "In 1949 Israel signed the armistice. Palestinians commemorate the Nakba on 15 May":
            # what a history says is kept, in the present, is kept every year.
            partial = partial.but(value=f"XXXX-{partial.month:02d}-{partial.day:02d}")
        if (
            narrative
            and candidate.rule == "holiday.named"
            and partial.year is None
            and partial.anchor is None
            and _HOLIDAY_NAME.fullmatch(candidate.text)
            and (every_year := _day_of_every_year(partial)) is not None
            and _HOLIDAY_KEPT_AFTER.match(context.text, candidate.end)
        ):
            # "The landings began on 25 April 1915. In Australia, Anzac Day is a public holiday":
            # the feast a history says is kept is every year's, not the story's.
            partial = PartialTime(value=every_year)
        if (
            narrative
            and candidate.rule == "holiday.named"
            and _ASSAULT_DAY.search(candidate.text)
            and not _NORMANDY.search(context.text)
        ):
            # "The Marines landed on Guadalcanal on 7 August 1942. D-Day met little resistance":
            # in a history of another landing, D-Day is that assault's day, the one in apposition
            # ("On D-Day, 1 April 1945, ...") or the day the story is at; not Normandy's.
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            if (
                following is not None
                and (
                    _IN_APPOSITION_AFTER.fullmatch(context.text, candidate.end, following.start)
                    # ("D-Day was set for 7 May, but fog forced four postponements".)
                    or _SET_FOR_BETWEEN.fullmatch(context.text, candidate.end, following.start)
                    # ("Spruance set D-Day for 14 June 1944".)
                    or (
                        _SET_BEFORE.search(context.text, max(0, candidate.start - 12), candidate.start)
                        and _FOR_BETWEEN.fullmatch(context.text, candidate.end, following.start)
                    )
                )
                and following.partial.month is not None
                and following.partial.day is not None
                and following.partial.anchor is None
            ):
                partial = following.partial
            elif (
                following is not None
                and _SET_FOR_BETWEEN.fullmatch(context.text, candidate.end, following.start)
                and following.partial.anchor == "ref"
                and following.partial.shift is not None
                and following.partial.shift.unit == Grain.DAY
                and points
                and points[-1].grain >= Grain.DAY
            ):
                # ("the cabinet approved military action, and D-Day was set for the following
                # morning": the day counted on from the story's.)
                partial = PartialTime(anchor="ref", shift=following.partial.shift, grain=Grain.DAY)
            elif (day := _day_set_for_the_assault(timexes)) is not None:
                # ("D-Day was set for 14 June 1944. The bombardment began on 11 June ... On the
                # morning of D-Day the first wave crossed the reef": the day set for it.)
                partial = PartialTime(
                    year=int(day["year"]),
                    month=int(day["month"]),
                    day=int(day["day"]),
                    part_of_day=partial.part_of_day,
                    grain=Grain.PART_OF_DAY if partial.part_of_day else Grain.DAY,
                )
            elif points and points[-1].grain == Grain.DAY and not points[-1].bc:
                # ("By the evening of D-Day some 5,000 men were ashore": that day's evening.)
                partial = PartialTime(
                    anchor="ref",
                    shift=Shift(Grain.DAY, 0),
                    grain=Grain.PART_OF_DAY if partial.part_of_day else Grain.DAY,
                    part_of_day=partial.part_of_day,
                    direction="same",
                )
        if (
            narrative
            and candidate.rule == "relative.days_after_the_assault"
            and partial.shift is not None
            and (day := _day_set_for_the_assault(timexes)) is not None
        ):
            # "D-Day was set for 14 June 1944. The bombardment began on 11 June ... by D+2": days
            # counted from the day set, not from the day the story is at.
            counted = dt.date(int(day["year"]), int(day["month"]), int(day["day"])) + dt.timedelta(
                days=partial.shift.amount
            )
            partial = PartialTime(year=counted.year, month=counted.month, day=counted.day, grain=Grain.DAY)
        if _is_kept_each_year(partial):
            # "25 March is celebrated as Independence Day": the day every year, not one year's ...
            kept = (candidate.end, partial.value)
        elif (
            partial.month is not None
            and partial.day is not None
            and partial.anchor is None
            and _WHICH_IS_KEPT_AS.match(context.text, candidate.end)
        ):
            # "The flag was raised on 25 March 1821, which is celebrated as Independence Day".
            kept = (candidate.end, f"XXXX-{partial.month:02d}-{partial.day:02d}")
        elif (
            kept is not None
            and _HOLIDAY_NAME.fullmatch(candidate.text)
            and _KEPT_AS.fullmatch(context.text, kept[0], candidate.start)
        ):
            # (... and the holiday it is kept as is that day, whatever country's it is.)
            partial = PartialTime(value=kept[1])
        if (
            candidate.rule == "holiday.numbered_day"
            and context.dct is not None
            and partial.year is not None
            and partial.month is not None
            and partial.day is not None
            and dt.date(partial.year, partial.month, partial.day) > context.dct
        ):
            # "the Sept. 11 attacks" in a text written before 2001 names another year's day.
            partial = partial.but(year=None)
        if candidate.rule in _FIRST_CENTURY_ONLY and not _in_the_first_century(partial, points):
            # "in 67": a count or an age, unless the story is in the first century.
            continue
        if candidate.rule in _ERA_OF_THE_STORY and points and points[-1].bc and not partial.bc:
            # "Xerxes invaded in 480 BC. In 479 the Persians ...": the story's era.
            partial = partial.but(bc=True)
        if (
            lead is not None
            and war_end is not None
            # (Only an end the lead tells: "The war began on 1 March 1947. It escalated on 14 May
            # 1948.\n\nFirst phase\n\nBy 29 May": that day is no end, and May goes on from it.)
            and (lead_ranged or _LEAD_TELLS_AN_END.search(context.text, 0, lead_end) is not None)
            and points
            and not points[-1].bc
            and points[-1].day <= war_end
            and _opens_parallel_section(partial, candidates, index, context.text)
            and _past_the_war(
                partial,
                context,
                tense=tense,
                points=points,
                policy=policy,
                lead=lead,
                war_end=war_end
                if war_last_year is None or war_end.year >= war_last_year
                else dt.date(war_last_year, 12, 31),
            )
        ):
            # "Balkans ... 20 January 1878.\n\nCaucasus\nIn May the Russians took Ardahan": a
            # section on another front starts again at the war's start; a month that would fall
            # after the end the lead dates is in the war's own years.
            points.append(lead)
        elif (
            narrative
            and index > 0
            and (opening := _short_event_opening(points, candidates[index - 1], candidate, context.text))
            is not None
        ):
            # "The hijacking began on Thursday, 14 March 1985 ... It ended two days later at
            # Larnaca.\n\nThe aircraft departed Athens at 10:12": the body after a lead that told an
            # event of some days from start to end tells it again from its start.
            points.append(opening)
        elif (
            narrative
            and index > 0
            and partial.is_bare_clock
            and (day := _day_a_section_returns_to(points, candidates[index - 1], candidate, context.text))
            is not None
        ):
            # "The attack on Pearl Harbor was a surprise strike ... on Sunday, December 7, 1941. ...
            # The final order was sent on December 2.\n\nAttack\n\nAt 6:00 a.m. the carriers began
            # launching": the clock a section opens on after the background is the lead's day's.
            points.append(day)
        if (
            candidate.rule.startswith("holiday.")
            and partial.year is None
            and index > 0
            and candidates[index - 1].rule == "date.year"
            and candidates[index - 1].partial.year is not None
            and not candidates[index - 1].partial.bc
            and context.text[candidates[index - 1].end : candidate.start].isspace()
        ):
            # "over the 1995 Christmas holidays", "the 2008 Christmas season": the year said right
            # before the feast is its own.
            partial = partial.but(year=candidates[index - 1].partial.year)
        if (
            not narrative
            and context.dct is not None
            and candidate.rule == "relative.determined_unit"
            and partial.anchor == "ref"
            and partial.shift is not None
            and partial.shift.unit in (Grain.DECADE, Grain.CENTURY)
            and partial.shift.amount > 0
        ):
            # "The plan keeps the fund solvent until 2054. Workers who retire in the next decade
            # would gamble": a report's coming decade or century is the writer's, whatever year it
            # has looked ahead to.
            partial = partial.but(anchor="dct")
        anchors: Sequence[ReferencePoint] = points
        if (
            narrative
            and len(points) > 1
            and points[-1].start is not None
            and partial.year is None
            and partial.anchor is None
            and (partial.month is not None or partial.season is not None)
            and points[-1].grain <= Grain.MONTH
            and points[-1].day > points[-2].day
            and in_one_sentence(context.text, points[-1].start, candidate.start)
            and _UNTIL_JUST_BEFORE.search(context.text, max(0, points[-1].start - 8), points[-1].start)
        ):
            # "The Blitz continued until May 1941, with major raids on the night of 14 November and
            # on 29 December": days within the span its end names, after the story's time before it.
            anchors = points[:-1]
        range_end = (
            _end_of_a_range_just_told(
                candidate, partial, candidates=candidates, index=index, timexes=timexes, text=context.text
            )
            if narrative
            else None
        )
        if range_end is not None:
            # "The First Chechen War was fought from December 1994 to August 1996. The Second
            # Chechen War began three years later": years on from the span's end.
            anchors = (*points, range_end)
        counted_days = _counted_days_of_a_battle(
            candidate, partial, points, candidates, context.text, first_day_counted=first_day_counted
        )
        if counted_days is not None:
            anchors, partial = counted_days
        if (
            state_start is not None
            and state_start.start is not None
            and (not points or points[-1].start is None or points[-1].start < state_start.start)
            and _THAT_DAY.fullmatch(candidate.text)
        ):
            # "23,210 people had been killed since October 7 ... killed in the Hamas attack on
            # southern Israel that day": the day the state began, the only one told.
            anchors = (*points, state_start)
        # The flashback this date counts on from, if it does.
        from_flashback: tuple[ReferencePoint, int] | None = None
        # (The extent written: a news count from an event drops the event, see _counted_from_event;
        # a history's count takes in its whole noun phrase, see _noun_phrases.)
        span = phrases.get(index, candidate)
        # "the eighth year of the war": from the year the lead starts the war in, or a history
        # without a lead its first stated date; unknown in news, which dates no war's start.
        war_start: ReferencePoint | None = None
        if (
            candidate.rule == "relative.that_month"
            and narrative
            and points
            and (told := _month_told_before(points, partial)) is not None
        ):
            # "The offensive opened on 16 December 1944 and was contained by 25 January 1945. The
            # retreat that December was costly": the December the story told, not one after it.
            anchors = (*points, told)
        if (
            candidate.rule == "relative.same_unit_a_year_back"
            and partial.grain == Grain.MONTH
            and partial.year is None
            and (
                month_told := next(
                    (
                        point
                        for point in reversed(points)
                        if point.grain == Grain.MONTH
                        and point.start is not None
                        and point.start >= sentence_bounds(context.text, candidate.start)[0]
                    ),
                    None,
                )
            )
            is not None
        ):
            # "Sales rose 3.8% in October, according to figures released Thursday, compared with
            # 6.1% in the same month a year earlier": the month its sentence reported on, not the
            # month of the day the figures came out.
            anchors = (*points, month_told)
        if candidate.rule in _COUNTED_FROM_THE_WAR:
            if narrative:
                war_start = lead or next((point for point in points if point.stated), None)
            anchors = () if war_start is None else (war_start,)
            if war_start is not None and partial.season is not None and partial.shift is not None:
                # "War broke out in September 1914 ... the second summer of the war": the first
                # summer is 1915's (one dated to its year alone has it in that year).
                began = war_start.day.month if war_start.grain >= Grain.MONTH else None
                late = 1 if began is not None and began > _SEASON_LAST_MONTH[partial.season] else 0
                partial = partial.but(shift=Shift(Grain.YEAR, partial.shift.amount + late))
        elif candidate.rule in _COUNTED_FROM_THE_ACCESSION:
            # "the fourth year of his reign": from the accession the story dated last.
            war_start = _accession(points, context.text, _ruler_named(candidate.text)) if narrative else None
            if narrative and index > 0 and timexes and timexes[-1].start == candidates[index - 1].start:
                # "Henry had succeeded his father on 20 March 1413 and, from the first year of his
                # reign, ...": the accession its own sentence dates, told by the way or not; "sealed
                # in May 1420, in the eighth year of his reign": the date it restates.
                told_day = _day_of_value(timexes[-1].value)
                opens = sentence_bounds(context.text, candidate.start)[0]
                if timexes[-1].value[:4].isdigit() and _REGNAL_APPOSITION.fullmatch(
                    context.text, candidates[index - 1].end, candidate.start
                ):
                    war_start = ReferencePoint(
                        dt.date(int(timexes[-1].value[:4]), 1, 1), Grain.YEAR, f"t{len(timexes)}", stated=True
                    )
                    partial = partial.but(shift=Shift(Grain.YEAR, 0))
                elif (
                    told_day is not None
                    and candidates[index - 1].start >= opens
                    and _ACCESSION.search(context.text, opens, candidates[index - 1].start)
                ):
                    war_start = ReferencePoint(
                        told_day,
                        Grain.DAY,
                        f"t{len(timexes)}",
                        stated=True,
                        start=candidates[index - 1].start,
                    )
            anchors = () if war_start is None else (war_start,)
        elif (war_day := _day_of_the_war(candidate, points, context.text, stated_only=narrative)) is not None:
            # "the third day of the war", told after the story has moved on: counted from the day
            # the text says the war began on, not the day the story is at.
            partial, anchors = war_day
        elif narrative and (begun := _day_the_fighting_began(candidate, points, context.text)) is not None:
            # "The Battle of the Somme opened on 1 July 1916. It went on, ending on 18 November.
            # Losses on the first day were never surpassed": the battle's first day.
            anchors = (begun,)
        elif (
            narrative
            and partial.anchor == "ref"
            and (
                event := (
                    _event_date(phrases[index], points, context.text)
                    if index in from_events
                    # ("began on 20 March 2003 with the invasion of Iraq ... Ten years after the
                    # invasion": the event by its noun too, when the text dates it.)
                    else (
                        _named_event_date(candidate, partial, points, context.text)
                        or _dated_at_least_as_finely(_event_date(candidate, points, context.text), partial)
                    )
                    if candidate.rule in _COUNTED_FROM_AN_EVENT
                    else None
                )
            )
            is not None
        ):
            # "Bhutto became president four days after the surrender": from the day the text
            # gave the surrender ("Niazi surrendered in Dhaka on 16 December 1971"), not from
            # the story's latest date; so too a fronted count from an event a name says ("Eight
            # years after the Gulf War, NATO began bombing", after "The Gulf War ended in 1991.
            # The Iran-Iraq War had raged in 1987.").
            anchors = (event,)
        elif (
            narrative
            and partial.anchor == "ref"
            and candidate.rule in ("time.anaphoric_part", "time.part_of_event")
            and _EVENT_SIGNAL.search(candidate.text)
            and (event := _event_date(candidate, points, context.text)) is not None
            and event.grain >= Grain.DAY
        ):
            # "The Battle of Blenheim was fought on 13 August 1704. The armies united on 11 August.
            # The night before the battle": the night before the day the text gave the battle.
            anchors = (event,)
        elif (
            narrative
            and partial.anchor == "ref"
            and (death := _death_of_the_life(candidate, candidates[:index], timexes, context.text))
            is not None
        ):
            # "Wierzbicki (12 March 1818 - 4 November 1889) was a Polish general. ... He died of
            # pneumonia and was buried four days later": the death the lead's span dates.
            anchors = (death,)
        elif not narrative and candidate.rule in _COUNTED_FROM_AN_EVENT:
            span, partial, event = _counted_from_event(candidate, partial, points, context.text)
            anchors = () if event is None else (event,)
        elif (
            aside is not None
            and partial.anchor == "ref"
            # (Not after a clause of the story's own that the sentence goes on with: "The city fell
            # on 19 September; Su Yu had evacuated his hospitals the previous week, and the
            # administration fled north the same night" is the fall's night.)
            and not (
                narrative
                and index > 0
                and _BACK_ON_THE_STORY_LINE.search(context.text, candidates[index - 1].end, candidate.start)
                is not None
            )
            and (
                candidate.start < aside[1]
                # ... and a day counted from it later in its sentence: "Cracks had appeared on
                # Tuesday, but managers told workers to return the next day" (not from a relative
                # clause's: "Clinton, who returned on Sunday, announced the breakdown the same day").
                or (
                    not narrative
                    and partial.grain == Grain.DAY
                    and partial.shift is not None
                    and partial.shift.unit == Grain.DAY
                    and aside[0].start is not None
                    and (opens := sentence_bounds(context.text, candidate.start)[0]) <= aside[0].start
                    and _PLUPERFECT_IN_CLAUSE.search(context.text, opens, aside[0].start)
                    and not _RELATIVE_ASIDE_BEFORE.search(
                        context.text, max(0, aside[0].start - _RELATIVE_REACH), aside[0].start
                    )
                )
            )
        ):
            anchors = (*points, aside[0])
        elif (
            narrative
            and off_line is not None
            and off_line[1] == index - 1
            and off_line[0].grain == Grain.YEAR
            and partial.anchor == "ref"
            and (
                (partial.season is not None and partial.direction == "strict_future")
                or candidate.rule == "relative.that_month"
                # ("The war led to the 1978 Camp David Accords and, a year later, to the peace
                # treaty": a count of years on from the event the year named.)
                or (
                    candidate.rule.startswith("relative.units_ago")
                    and partial.shift is not None
                    and partial.shift.unit == Grain.YEAR
                    and partial.shift.amount > 0
                    and _EVENT_AND_A_COUNT_BETWEEN.fullmatch(
                        context.text, candidates[index - 1].end, candidate.start
                    )
                    is not None
                )
            )
            and candidates[index - 1].start >= sentence_bounds(context.text, candidate.start)[0]
        ):
            # "On 6 January 1912 he lectured in Frankfurt. That year he joined Koch's expedition,
            # wintering on the ice and crossing the ice cap the following summer": the summer after
            # the year the sentence tells of, not after the day told before it; and "The budget
            # crisis of 1990 forced him to resign that October": the month of the year its sentence
            # has just named, though that year moves no story.
            anchors = (*points, off_line[0])
        elif (
            aside is not None
            and narrative
            and _names_the_day_told(partial)
            and (not points or points[-1].grain < Grain.DAY)
            and candidate.start < sentence_bounds(context.text, aside[1])[1]
        ):
            # "Bolivia announced that the property would be auctioned on 14 February 1879. On the
            # morning of that day troops landed": the day planned is the only day told to point to.
            anchors = (*points, aside[0])
        elif (
            flashback is not None
            # (A length between tells no time: "In September 1835 he recovered the comet, some
            # weeks before other observers. Two years later ...".)
            and all(partials[between].kind == "duration" for between in range(flashback[1] + 1, index))
            and flashback[1] < index
            and (
                _counts_on(partial, flashback[0])
                or _dates_within(partial, flashback[0], candidates[index - 1], candidate, context.text)
                or _season_before_the_story(partial, flashback[0], points)
            )
        ):
            anchors = (*points, flashback[0])
            from_flashback = flashback
        if quotation is not None and closing is not None and partial.anchor != "dct":
            # (Not for "this year", "today": the speaker's own time, not a date said before them
            # in the quotation: "Last year we were not ready, but this year we shall fight on.")
            anchors = (*anchors, *quotation[0])
        spoken = speech_days[index]
        if spoken is not None and partial.anchor == "dct":
            # "'Today we showed what we are,' the manager said on Sunday": the speaker's today.
            said = resolve_partial(
                partials[spoken], context, tense=tenses[spoken], points=points, policy=policy
            )
            if said is not None and said.point is not None:
                partial = partial.but(anchor="ref", speech_time=False)
                anchors = (*anchors, said.point)
                if partial.part_of_day is not None and tense == "future":
                    # ('"We will vote tonight," Lott said Monday': the speaker's future, from his
                    # day; the night of a day gone by for the report.)
                    tense = None
        if (
            deadline is not None
            and not narrative
            and partial.anchor == "ref"
            and partial.weekday is not None
            and deadline.start is not None
            and (not points or points[-1].start is None or points[-1].start < deadline.start)
            and 0 < candidate.start - deadline.start <= _DEADLINE_FOLLOWED_REACH
        ):
            # "accepting entries through Friday, Dec. 20. Winners will be announced the following
            # Monday": the day after the deadline, counted from it.
            anchors = (*anchors, deadline)
        elif (
            deadline is not None
            and not narrative
            and candidate.rule == "relative.determined_unit"
            and candidate.text.lower().endswith("that year")
            and deadline.start is not None
            and (not points or points[-1].start is None or points[-1].start < deadline.start)
            and sentence_bounds(context.text, candidate.start)[0] <= deadline.start
        ):
            # "Notes will not circulate until Jan. 1, 2002, and coins will be withdrawn by the end
            # of that year": the year of the day its sentence looked ahead to.
            anchors = (*anchors, deadline)
        if (
            not narrative
            and tense == "future"
            and partial.is_bare_clock
            and partial.hour is not None
            and partial.hour >= _EVENING_HOUR
            and points
            and points[-1].start is not None
            and _EVENING_CLOCK_VALUE.search(_labelled_value(points[-1].label, timexes) or "")
            and context.dct is not None
            and points[-1].day < context.dct
            and points[-1].start
            >= sentence_bounds(context.text, sentence_bounds(context.text, candidate.start)[0] - 2)[0]
            and _PLAN_TOLD_IN_THE_PAST.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "Police responded to a loud party at 11:20 p.m. The homeowner agreed to end the
            # gathering by midnight": a plan told in the past, later that night.
            tense = "past"
        if (
            relative_event is not None
            and not narrative
            and partial.is_bare_clock
            and _clock_of_a_relative_event(relative_event[0], relative_event[1], candidate, context.text)
        ):
            # "a magnitude 7.2 earthquake that struck northwestern Turkey on Friday evening ... The
            # quake hit at 6:57 p.m.": the clock of the event the clause told, on its day.
            anchors = (*anchors, relative_event[1])
        day = days_after[index]
        named = None
        if day is not None:
            # The clock time is on the day named right after it: resolve that day first.
            named = resolve_partial(partials[day], context, tense=tenses[day], points=points, policy=policy)
            if named is not None and named.point is not None:
                anchors = (*points, named.point)
                if _is_bare_part(partial) and _names_day(partials[day]):
                    # "late into the night on Friday": that day's night, as "that night" is.
                    partial = partial.but(direction="same")
        if (
            night is not None
            and not afternoon
            and anchors
            and anchors[-1] is night
            and _read_as_afternoon(partial, candidate.text)
            and _NIGHT_VALUE.search(_labelled_value(night.label, timexes) or "")
        ):
            # "The shift clocked out at 11 p.m. The firemen arrived at 1:58": a bare hour of one to
            # five after the night is its small hours (read alone, as an appointment's, 13:58).
            partial = partial.but(hour=(partial.hour or 12) - 12)
        if (
            night is not None
            and not afternoon
            and anchors
            and anchors[-1] is night
            and _dawn_of_the_day(partial)
            # (Not in a report's past clause after a night still to come: "The plane lands this
            # evening. Crowds began gathering before dawn" is this morning's dawn.)
            and not (
                not narrative and tense == "past" and context.dct is not None and night.day >= context.dct
            )
            # (Nor in a report's pluperfect, before the late hour: "The deal was reached late
            # Thursday. Leaders had been meeting since early morning.")
            and not (
                not narrative
                and _PLUPERFECT_IN_CLAUSE.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
        ):
            # "climbed the cliffs on the night of 12-13 September and met the French at dawn":
            # the morning that ends the night.
            partial = partial.but(shift=Shift(Grain.DAY, 1))
        elif (
            anchors
            and _dawn_of_the_day(partial)
            and _UNTIL_BEFORE.search(context.text, max(0, candidate.start - 7), candidate.start)
            and _LATER_THAN_MORNING.search(_labelled_value(anchors[-1].label, timexes) or "")
        ):
            # "The deadline expired at 4:30 p.m. Wednesday. Celebrations went on until dawn": what
            # went on from the afternoon or the evening until dawn ended on the next day.
            partial = partial.but(shift=Shift(Grain.DAY, 1))
        elif (
            night is not None
            and anchors
            and (
                anchors[-1] is night
                # ("The voters spoke last night ... had predicted as recently as last week ... not
                # called until after 1 a.m.": a week told since is no day the hour could be on.)
                or (
                    not narrative
                    and _small_hours(partial)
                    # (Nor a day still to come: "The law may pass before Christmas.")
                    and next(
                        (
                            point
                            for point in reversed(anchors)
                            if point.grain >= Grain.DAY and not point.planned
                        ),
                        None,
                    )
                    is night
                )
            )
            and night.day < dt.date.max
            and (
                _small_hours(partial)
                or (whole_night and _morning_hours(partial))
                # ("By midnight, crowds had overwhelmed the guards. By noon, 50,000 had crossed": a
                # day's hour after the midnight that ended the day is the next day's.)
                or (
                    not narrative
                    and (_labelled_value(night.label, timexes) or "").endswith("T24:00")
                    and partial.is_bare_clock
                    and partial.hour is not None
                    and partial.hour <= _NOON
                )
                # ("A curfew imposed Tuesday night was lifted at 9 a.m.": a morning said as such,
                # told in the past after a night, is the next day's.)
                or (
                    tense == "past"
                    # ("The team arrived Tuesday evening. The talks began at 9 a.m."; "The crossing
                    # began around 6 p.m. on 25 December 1776. The attack began shortly after 8
                    # a.m.")
                    and _LATE_IN_THE_DAY.search(_labelled_value(night.label, timexes) or "") is not None
                    and _morning_hours(partial)
                    and _SAID_A_M.search(candidate.text) is not None
                )
            )
            and (not afternoon or _SAID_A_M.search(candidate.text) is not None)
        ):
            # "The fire started on Saturday night. At 2 a.m. firefighters arrived": the small
            # hours after the night are the next day's.
            after_night = replace(night, day=night.day + dt.timedelta(days=1))
            anchors = (*anchors[:-1], after_night) if anchors[-1] is night else (*anchors, after_night)
        if (
            not narrative
            and anchors is points
            and day is None
            and (
                partial.is_bare_clock
                or _is_bare_part(partial)
                or (partial.anchor == "ref" and partial.grain == Grain.PART_OF_DAY)
            )
            and tense != "future"
        ):
            anchors = _past_an_after_clause_day(
                _past_a_background_day(points, candidate, context), candidate, context.text
            )
            told_before = _day_the_clocks_sentence_tells(
                points, candidate, candidates[index - 1] if index > 0 else None, context.text
            )
            if told_before is not None:
                anchors = (told_before,)
            if (
                partial.is_bare_clock
                and _opens_line(candidate, context.text)
                and (TIMELINE_JOIN.match(context.text, candidate.end))
            ):
                # "10:02 a.m.: The Dow opened lower": a live page's entry is stamped with the time
                # it was posted, on the day of the page, whatever day the entry before spoke of.
                anchors = ()
            if (
                _is_bare_part(partial)
                and _SESSION_AFTER.match(context.text, candidate.end)
                and anchors
                and (anchors[-1].start or 0) < sentence_bounds(context.text, candidate.start)[0]
                and context.dct is not None
                and (context.dct - anchors[-1].day).days > _DAYS_IN_A_WEEK
            ):
                # "Demand slowed during the Christmas season. The shares fell in early afternoon
                # trading": a market's session is the report's day, not a feast's or a season's.
                anchors = ()
            if (
                partial.is_bare_clock
                and points
                and context.dct is not None
                and points[-1].grain >= Grain.DAY
                and points[-1].day > context.dct
                and points[-1].start is not None
                and points[-1].start >= sentence_bounds(context.text, candidate.start)[0]
                # (Not the time of the saying: "will hand down its verdict next Tuesday, the court
                # said in a statement posted on its website at 10:30 a.m.")
                and not _SAYING_AT_CLOCK_BEFORE.search(
                    context.text, max(0, candidate.start - 60), candidate.start
                )
            ):
                # "Rovers face Sunderland at home next Saturday, with the kick-off brought forward to
                # 12.15pm": the clock of the day still to come its sentence names.
                anchors = (points[-1],)
                tense = None
            # (The latest day told, looked for among the recent anchors only: not a pass over all.)
            day_told = (
                next(
                    (
                        point
                        for point in islice(reversed(anchors), _REFERENCE_LOOKBACK)
                        if point.grain >= Grain.DAY
                    ),
                    None,
                )
                if partial.is_bare_clock
                else None
            )
            # (A day of saying the story keeps no point for is the latest day told too: "a premium to
            # the closing price on Friday. Kabelnet confirmed on Monday evening ... Its shares jumped
            # 24 percent by 1015 GMT".)
            told: tuple[dt.date, int] | None = (
                None if day_told is None or day_told.start is None else (day_told.day, day_told.start)
            )
            if partial.is_bare_clock and timexes and (told is None or timexes[-1].start > told[1]):
                said_on = _day_of_value(timexes[-1].value)
                if said_on is not None:
                    told = (said_on, timexes[-1].start)
            if (
                told is not None
                and told[1] < sentence_bounds(context.text, candidate.start)[0]
                and context.dct is not None
                and told[0] < context.dct
                and (
                    _SAID_ON_BEFORE.search(context.text, max(0, told[1] - 40), told[1])
                    # ... or a wire's clock of the session, in its zone: "Sterling fell more than a
                    # cent to $1.4055 by 1215 GMT".
                    or (
                        _ZONED_CLOCK.search(candidate.text) is not None
                        and _BY_BEFORE.search(context.text, max(0, candidate.start - 4), candidate.start)
                        is not None
                    )
                )
                and _MARKET_MOVE_OPENS.match(context.text, sentence_bounds(context.text, candidate.start)[0])
            ):
                # "The union said on Wednesday it would hold another ballot. Shares in Nordhavn rose
                # 3.1 percent by 0920 GMT": the market's move is the report's day, not the saying's.
                anchors = ()
            elif (
                told is not None
                and told[1] < sentence_bounds(context.text, candidate.start)[0]
                and context.dct is not None
                # (Not yesterday's: "The court ruled yesterday. The governor said in a statement
                # released at 6 p.m. that he would appeal" is that day's evening.)
                and (context.dct - told[0]).days > 1
                and (
                    _RELEASED_AT_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
                    or (
                        _THE_CLOCK_BEFORE.search(context.text, max(0, candidate.start - 4), candidate.start)
                        and _RELEASE_AFTER.match(context.text, candidate.end)
                    )
                )
            ):
                # "said in a joint statement released at 7 a.m. EST", "rose shortly after the 9:30
                # a.m. release": what is put out at a clock, with no day of its own, is the report's.
                anchors = ()
        if (
            not narrative
            and tense == "future"
            and partial.is_bare_clock
            and _WAS_DUE_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
            # (Not after a day still to come: "The Council meets on Thursday. Diplomats said a
            # briefing was set for 10 a.m." is that Thursday's plan, told as it was said.)
            and not (anchors and context.dct is not None and anchors[-1].day > context.dct)
        ):
            # "The plane crashed on Tuesday. It was due in Duesseldorf shortly before noon": a plan
            # of the past, on the day the story told, not a time still to come.
            tense = "past"
        if not narrative and (
            (
                partial.is_bare_clock
                and _PLUG_AT_BEFORE.search(context.text, max(0, candidate.start - 90), candidate.start)
            )
            # ... and the part of the day it promises to stay on the air: "We'll have more on this
            # story throughout the evening", "continuing coverage throughout the night".
            or (
                _is_bare_part(partial)
                # (Past a day still to come the text named: the broadcast's own.)
                and context.dct is not None
                and bool(points)
                and points[-1].day > context.dct
                and _PLUG_THROUGHOUT_BEFORE.search(
                    context.text, max(0, candidate.start - 90), candidate.start
                )
            )
        ):
            # "The heat will last until next Monday. Coming up at 8:30, a look at used cars": a
            # programme's plug is of the broadcast's own day.
            anchors = ()
        if (
            not narrative
            and _is_bare_part(partial)
            and partial.part_of_day == "MO"
            and _PLUG_THROUGHOUT_BEFORE.search(context.text, max(0, candidate.start - 90), candidate.start)
        ):
            # "We'll have live reports throughout the morning": the broadcast's own morning, not
            # the next one a future's "in the morning" would be.
            anchors = ()
            partial = partial.but(direction="same")
        if (
            not narrative
            and partial.is_bare_clock
            and context.dct is not None
            and _SAID_AT_CLOCK_BEFORE.search(context.text, max(0, candidate.start - 48), candidate.start)
            # (Not after yesterday's news: "The court ruled yesterday. The governor said in a
            # statement at 6 p.m." is the day of the ruling.)
            and not (points and points[-1].day >= context.dct - _ONE_DAY)
        ):
            # "The strike began on Nov. 11. The commissioner told reporters at midday": a report's
            # own saying, on its day (the DCT's), not on the day the story told.
            anchors = ()
        if (
            not narrative
            and context.dct is not None
            and (partial.is_bare_clock or _is_bare_part(partial))
            and anchors
            and anchors[-1].day != context.dct
            # (Not one of a plan told after the clock time: "broke off at 9:40 p.m. with plans to
            # meet again this morning", the day of the report's plan.)
            and (
                (
                    (
                        said_today := last_match(
                            _TODAY_WORD,
                            context.text,
                            sentence_bounds(context.text, candidate.start)[0],
                            candidate.start,
                        )
                    )
                    is not None
                    # (Not when the sentence goes on to another day after it: "trained this morning
                    # ahead of Saturday's trip to Eastport, where kick-off is at 7.35pm".)
                    and (anchors[-1].start is None or anchors[-1].start < said_today.start())
                )
                or (
                    (
                        today := _TODAY_WORD.search(
                            context.text, candidate.end, sentence_bounds(context.text, candidate.start)[1]
                        )
                    )
                    is not None
                    and not _INFINITIVE_BETWEEN.search(context.text, candidate.end, today.start())
                    # (Nor a clause of its own after it, in the future: "The jury was dismissed at
                    # 4:45 p.m. and court will not sit today".)
                    and not _FUTURE_CLAUSE_BETWEEN.search(context.text, candidate.end, today.start())
                )
            )
        ):
            # "The storm came ashore early Wednesday. Airports were closed for most of the morning
            # and reopened around noon today": a sentence that names the report's day is at it.
            anchors = ()
        if (
            not narrative
            and partial.is_bare_clock
            and anchors
            and _AS_OF_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
        ):
            # "The storm made landfall late Wednesday afternoon. ... As of 5 p.m. Eastern, Bonnie was
            # centered off Norfolk": the latest reading, the report's own.
            anchors = ()
        if (
            not narrative
            and context.dct is not None
            and (partial.is_bare_clock or _is_bare_part(partial) or candidate.text.lower() == "overnight")
            and anchors
            and anchors[-1].planned
            and anchors[-1].start is not None
            # (Far back, or a paragraph break between: the search stays within the reach, so a long
            # paragraph of clock times is not read again for each of them.)
            and (
                candidate.start - anchors[-1].start > _OTHER_STORY_REACH
                or _BLANK_LINE.search(context.text, anchors[-1].start, candidate.start)
            )
            # (Not a day that heads its own section: "THURSDAY\n\nExisting home sales are released
            # at 10 a.m.")
            and not _HEADING_LINE.fullmatch(_line_at(context.text, anchors[-1].start))
            # (Nor a part said of that day: "The funeral will be held Saturday.\n\nThe family will
            # bury her that evening.")
            and not candidate.text.lower().startswith(("that ", "the same "))
            # (Nor the hour a plan of its own sets, of the plan told before: "The rover is set to lift
            # off on Saturday morning.\n\nIt is scheduled to launch atop an Atlas V rocket at 10:02
            # a.m. EST".)
            and not (
                partial.is_bare_clock
                and candidate.start - anchors[-1].start <= _OTHER_STORY_REACH
                and context.text.count("\n\n", anchors[-1].start, candidate.start) == 1
                # (A day named by its weekday, not "expects delays into the afternoon".)
                and _WEEKDAY_NAMED.match(context.text, anchors[-1].start) is not None
                and _PLANNED_CLOCK_BEFORE.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
        ):
            # "the vote could slip to Friday or Saturday.\n\nDenver's airport expects delays into
            # the afternoon": a day still to come that another story named is no day this one's
            # hours are on; they are the report's.
            # (Told in the past, they are on a day gone by the report told in a sentence before the
            # plan's: "was elected mayor on Tuesday. He plans to name his team Thursday.\n\nPolls
            # opened at 6 a.m."; not the day the plan was told on, "On Monday, the speaker said
            # hearings would begin on Feb. 16".)
            gone_by = tuple(anchor for anchor in anchors if not anchor.planned)
            anchors = (
                gone_by
                if tense == "past"
                and gone_by
                and gone_by[-1].start is not None
                and gone_by[-1].start < sentence_bounds(context.text, anchors[-1].start)[0]
                else ()
            )
        if (
            not narrative
            and context.dct is not None
            and points
            and candidate.text.lower() == "overnight"
            and points[-1].start is not None
            and points[-1].start < sentence_bounds(context.text, candidate.start)[0]
            and (
                abs(points[-1].day - context.dct) > _NEWS_DAYS
                # ("Rebels captured the governor late Monday, the Observatory said. The watchdog
                # said jets bombed the city overnight", told on Wednesday: the night before the
                # report, as the night before Monday could not be.)
                or (
                    points[-1].grain >= Grain.DAY
                    and context.dct - points[-1].day > _ONE_DAY
                    and _SAID_IN_CLAUSE_BEFORE.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                    is not None
                )
                # ("The Interior Ministry said this afternoon that gunships attacked overnight":
                # the sentence is at the report's day, which it names.)
                or _TODAY_WORD.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
                is not None
            )
        ):
            # "The parties signed the deal on March 10. Tokyo's Nikkei rose two percent overnight":
            # a report's night, before its day, not the night before a background day.
            anchors = ()
        if (
            not narrative
            and context.dct is not None
            and tense == "past"
            and partial.anchor == "ref"
            and partial.shift is not None
            and partial.shift.unit == Grain.DAY
            and partial.shift.amount > 0
            and anchors
            and anchors[-1].day > context.dct
        ):
            # "Parliament voted on Saturday and set an election for May 25. Turchinov was named
            # acting president the following day": a past clause's day after a day still to come
            # counts from the story's latest day gone by.
            told = [point for point in anchors if point.day <= context.dct]
            anchors = tuple(told) if told else anchors
        if (
            partial.hour == 24
            and partial.day is None
            and partial.weekday is None
            # (Told in the past, it is the midnight that ends the day told: "On Tuesday, a rally of
            # 100,000 gathered. Shortly after midnight, three men were killed"; but the one that
            # begins a day a heading dates: "11 October\nHeavy rain began falling shortly after
            # midnight".)
            and anchors
            and (
                (
                    (
                        tense != "past"
                        or (
                            anchors[-1].start is not None
                            and _heads_section_of(context.text, anchors[-1].start, candidate.start)
                        )
                    )
                    and anchors[-1].grain == Grain.DAY
                    and _DAY_VALUE.fullmatch(_labelled_value(anchors[-1].label, timexes) or "")
                )
                # (... and in a report, the one that began the small hours told: "was shot about
                # 2:30 a.m. Sunday after an argument that began shortly after midnight".)
                or (
                    not narrative
                    and _SMALL_HOURS_VALUE.match(_labelled_value(anchors[-1].label, timexes) or "")
                    is not None
                )
            )
            and _AFTER_MIDNIGHT_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
        ):
            # "Polls open at 6 a.m. on Tuesday. Dixville Notch, which casts its ballots just after
            # midnight, will report first": the midnight the day told begins with (after an
            # evening's clock, "shortly after midnight" is the one that ends its day).
            partial = partial.but(hour=0)

        if (
            narrative
            and partial.anchor == "ref"
            and partial.shift == Shift(Grain.DAY, 1)
            and anchors
            and len(timexes) > 1
            and (small := _SMALL_HOURS_VALUE.match(_labelled_value(anchors[-1].label, timexes) or ""))
            is not None
            and _NIGHT_BEFORE_VALUE.match(timexes[-2].value) is not None
            and timexes[-2].value[:10] == (dt.date.fromisoformat(small["day"]) - _ONE_DAY).isoformat()
        ):
            # "Shooting broke out that night, and at 2 a.m. tanks entered Budapest. Nagy became prime
            # minister again the next day": the day after the one the night ended, not after the
            # small hours' date.
            anchors = (*anchors[:-1], replace(anchors[-1], day=anchors[-1].day - _ONE_DAY, grain=Grain.DAY))
        if (
            narrative
            and partial.season is not None
            and partial.direction == "strict_future"
            and partial.year is None
            and index > 0
            and candidates[index - 1].partial.year is not None
            and candidates[index - 1].partial.grain == Grain.YEAR
            and _is_year_heading(context.text, candidates[index - 1], candidate.start)
        ):
            # "1919\nThe White offensives came in succession the following spring": the spring of
            # the year the heading opens, the one after the winter told before it.
            partial = partial.but(year=candidates[index - 1].partial.year, direction=None, anchor=None)
        if narrative and (
            heading_day := _weekday_under_dated_heading(candidate, partial, timexes, context.text)
        ):
            # "12-13 November\nEarly on Monday morning armed workers seized the station": the
            # Monday of the days the section's heading dates, not the one after them.
            partial = partial.but(year=heading_day.year, month=heading_day.month, day=heading_day.day)
        if (
            not narrative
            and partial.is_bare_clock
            and tense in ("future", "present")
            and context.dct is not None
            and anchors
            and anchors[-1].grain >= Grain.DAY
            and anchors[-1].start is not None
            and context.dct - anchors[-1].day > _OLD_STORY_AGE
            and "\n\n" not in context.text[anchors[-1].start : candidate.start]
            and _TODAY_WORD.search(context.text, *sentence_bounds(context.text, candidate.start)) is None
        ):
            # "Monday, Feb. 6, 1978, was a school day ... by 2 p.m. the plows could no longer keep
            # up": a clock of an old story's paragraph is on its day, whatever a modal says.
            tense = "past"
        if (
            not narrative
            and partial.anchor == "ref"
            and partial.shift == Shift(Grain.DAY, 0)
            and tense in ("future", "present")
            and candidate.text.lower().startswith(("the rest of", "the remainder of"))
            and context.dct is not None
            and anchors
            and anchors[-1].day < context.dct
        ):
            # "Markets tumbled yesterday. Traders expect more swings for the rest of the day": what
            # a report says is still to come is left of its own day, not of a day gone by.
            anchors = ()
        if (
            narrative
            and partial.kind == "date"
            and partial.month is not None
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and points
            # (Only one earlier in the year than the story's time, which the story's line would
            # put in the next year: not "had been planned before the attack on 6 February", told
            # at 31 January.)
            and (
                (partial.month, partial.day or 0) < (points[-1].day.month, points[-1].day.day)
                # ... or a month months later in the year than the story's, told without a day:
                # "Clinton evacuated Philadelphia on June 18, 1778. Congress had fled to Lancaster
                # and then York in late September" (the September before).
                or (
                    partial.day is None
                    and partial.month > points[-1].day.month + 1
                    # (Not after a day a flashback told, which it goes on from: "Aguinaldo had
                    # declared independence on June 12, 1898. The Congress had convened in September".)
                    and points[-1].start is not None
                    and not _HAD.search(context.text, *sentence_bounds(context.text, points[-1].start))
                )
            )
            and _told_in_a_flashback(context.text, candidate)
        ):
            # "The October Revolution was a seizure of power on 25 October 1917. The February
            # Revolution had swept away the monarchy": a month a flashback tells is before the
            # story's time, not one the story's line goes on to.
            partial = partial.but(direction="past")
        if (
            narrative
            and partial.kind == "date"
            and (partial.month is not None or partial.season is not None)
            and partial.year is None
            and partial.anchor is None
            and _WAITING_FOR_BEFORE.search(context.text, max(0, candidate.start - 24), candidate.start)
        ):
            # "held the pass throughout the autumn of 1877. Instead of waiting for the spring":
            # what is waited for is still to come.
            partial = partial.but(direction="strict_future")
        if (
            said_day is not None
            and said_day.start is not None
            and (not points or points[-1].start is None or points[-1].start < said_day.start)
            and _THAT_DAY.fullmatch(candidate.text)
            and sentence_bounds(context.text, said_day.start)[1]
            >= sentence_bounds(context.text, candidate.start)[0] - 2
        ):
            # "China announced the zone on Saturday, Nov. 23. It took effect that day": the day just
            # named, though a day of telling moves no story on.
            anchors = (*anchors, said_day)
        if (
            writers_sentence is not None
            and partial.anchor is None
            and partial.year is None
            and partial.value is None
            and not partial.bc
            and sentence_bounds(context.text, candidate.start)[0] == writers_sentence
        ):
            # ("This weekend a flypast will cross London on Saturday at around noon": the writer's
            # Saturday and noon, not the story's.)
            anchors = (
                *((writers_day,) if writers_day is not None else ()),
                *(point for point in points if point.start is not None and point.start >= writers_sentence),
            )
        if (
            not narrative
            and partial.weekday is not None
            and partial.day is None
            and partial.shift is None
            and _AS_RECENTLY_AS_BEFORE.search(context.text, max(0, candidate.start - 20), candidate.start)
        ):
            # "He became a citizen on September 11 last year. He had attended classes as recently
            # as Wednesday": the weekday just gone, whatever story the text has gone back to.
            partial = partial.but(anchor=None, direction=None)
            anchors = ()
            tense = "past"
        resolution = resolve_partial(partial, context, tense=tense, points=anchors, policy=policy)
        if (
            _counts_a_battle_day(candidate.rule)
            and resolution is not None
            and resolution.point is not None
            and partial.shift is not None
            and partial.shift.unit == Grain.DAY
        ):
            first_day_counted = (
                replace(
                    resolution.point,
                    day=resolution.point.day - dt.timedelta(days=partial.shift.amount),
                    grain=Grain.DAY,
                ),
                len(points),
            )
        if (
            index in from_events
            and not in_apposition[index]
            and not restated[index]
            and resolution is not None
            and resolution.point is not None
            and context.dct is not None
            and not resolution.point.bc
            # (A year past it may be near: "almost a year after the war", written in December.)
            and resolution.point.day.year > context.dct.year + 1
        ):
            # "The memorial was dedicated in 1995. Today the Koreas are still at war sixty years
            # after the first shots were fired": no date the text gives the event, and a count from
            # the story's latest lands past the writing; the count is only a length.
            span, partial = candidate, candidate.partial
            resolution = resolve_partial(partial, context, tense=tense, points=points, policy=policy)
        if (
            not narrative
            and resolution is not None
            and partial.season == "WI"
            and partial.anchor == "dct"
            and partial.direction == "same"
            and partial.shift is None
            and context.dct is not None
            and context.dct.month <= _WINTER_TOLD_UNTIL_MONTH
            and resolution.value == f"{context.dct.year:04d}-WI"
            # (A determined season asks no tense of its own: its clause's is read here.)
            and TenseIndex(context.text, around=[(candidate.start, candidate.end)]).tense_at(
                candidate.start, candidate.end
            )
            == "past"
        ):
            # "this winter's warm weather left stores with unsold coats", written in March: the
            # season just gone, not the one its year names that is still to begin.
            resolution = replace(resolution, value=f"{context.dct.year - 1:04d}-WI")
        if (
            not narrative
            and resolution is not None
            and context.dct is not None
            and tense == "future"
            and partial.weekday is not None
            and partial.day is None
            and partial.anchor is None
            and partial.shift is None
            and resolution.value[:10] == context.dct.isoformat()
        ):
            listed = _weekday_listed_before(candidates, partials, index, timexes, context.text)
            if listed is not None and listed > context.dct:
                # "will sell notes on Tuesday, on Wednesday and bonds on Thursday", written on a
                # Thursday: the days of a list still to come go on to next week's.
                resolution = replace(
                    resolution,
                    value=(context.dct + dt.timedelta(weeks=1)).isoformat() + resolution.value[10:],
                    point=None,
                )
        if (
            narrative
            and resolution is not None
            and partial.weekday is not None
            and partial.day is None
            and partial.anchor is None
            and index >= 2
            and len(timexes) >= 2
            and timexes[-1].start == candidates[index - 1].start
            and timexes[-2].start == candidates[index - 2].start
            and partials[index - 1].weekday is not None
            and partials[index - 2].weekday is not None
            and _RANGE_JOIN.fullmatch(context.text, candidates[index - 2].end, candidates[index - 1].start)
        ):
            # "Tuesday to Thursday\n\nOn Tuesday the British brought in reinforcements": a weekday
            # of the span of days just told is that day of it, not the next week's.
            resolution = _within_the_told_days(resolution, timexes[-2].value, timexes[-1].value)
        if (
            not narrative
            and resolution is not None
            and resolution.anchor == "DCT"
            and partial.is_bare_clock
            and partial.anchor is None
            and context.dct is not None
            and tense in ("future", "present")
            and anchors
            and anchors[-1].grain >= Grain.DAY
            and anchors[-1].day > context.dct
            and anchors[-1].start is not None
            and anchors[-1].start >= sentence_bounds(context.text, candidate.start)[0]
        ):
            # "Brazil will open the World Cup in Sao Paulo on June 12, with kick-off at 5 p.m.": a
            # clock on the day still to come its own sentence names, however far off.
            day = anchors[-1].day
            on_the_day = resolve_partial(
                partial.but(year=day.year, month=day.month, day=day.day), context, tense=tense, policy=policy
            )
            if on_the_day is not None:
                resolution = replace(on_the_day, anchor=anchors[-1].label)
        if (
            not narrative
            and resolution is not None
            and resolution.anchor == "DCT"
            and partial.is_bare_clock
            and partial.hour is not None
            and partial.hour < _SMALL_HOURS_END
            and tense in ("future", "present")
            and _UNTIL_DAY_BEFORE.search(context.text, max(0, candidate.start - 20), candidate.start)
        ):
            # "Our special coverage continues until 2 a.m.": the small hours after the day of
            # writing, which the coverage runs into.
            resolution = _next_day_of(resolution)
        if (
            not narrative
            and resolution is not None
            and anchors is points
            and partial.anchor == "ref"
            and _after_a_told_year(
                partial,
                _told_point_before(tense, candidates=candidates, index=index, points=points, context=context),
                context.dct,
            )
            and (resolution.anchor == "DCT" or _anchored_before(resolution, points))
        ):
            # "She met him in 1938. That night she wrote to her sister": a night of the year the
            # report has just told of, as far as it says (1938-XX-XXTNI), not the DCT's; nor the
            # day of an older date ("He was born on July 19, 1923. He was drafted in 1942. Two
            # months later he shipped out": 1942-XX).
            resolution = _vaguely(partial, points[-1])
        if (
            resolution is not None
            and context.dct is not None
            and candidate.rule == "relative.determined_month"
            and partial.month is not None
            and partial.day is None
            and partial.direction == "strict_past"
            and resolution.anchor == "DCT"
            and _LAST_WORD.match(candidate.text)
            and (last_month := shift_date(context.dct.replace(day=1), months=-1)).month == partial.month
            # (Not across the new year: in January, "last December" is the one just gone.)
            and last_month.year == context.dct.year
            and resolution.value == f"{last_month.year:04d}-{last_month.month:02d}"
        ):
            # "Shipments in October ran 9% below last October's level", written in November: the
            # month just gone is "last month" (or the month's bare name), so "last October" is the
            # one a year before it (TimeBank: "last February" in a story of March 1, 1998, is 1997-02).
            resolution = replace(resolution, value=f"{last_month.year - 1:04d}-{last_month.month:02d}")
        if (
            resolution is not None
            and candidate.rule in (_UNITS_AGO_RULE, "relative.units_on")
            and partial.shift is not None
            and partial.shift.unit in _YEARS_IN_A_UNIT
            and abs(partial.shift.amount) == 1
            and (
                partial.anchor == "dct"
                or (
                    partial.anchor == "ref"
                    and anchors
                    and resolution.anchor == anchors[-1].label
                    and anchors[-1].grain >= Grain.YEAR
                )
            )
        ):
            # "The treaty was signed in 1901. The dynasty fell a decade later": a year ten (a
            # hundred) on from the story's year, as "a year later" is one, and "a decade ago" ten
            # years back as "half a century ago" is fifty (after "the 1980s", "A decade later" is
            # the 1990s; "almost two decades earlier" stays the 1940s).
            years = _YEARS_IN_A_UNIT[partial.shift.unit] * partial.shift.amount
            resolution = (
                resolve_partial(
                    partial.but(shift=Shift(Grain.YEAR, years), grain=Grain.YEAR),
                    context,
                    tense=tense,
                    points=anchors,
                    policy=policy,
                )
                or resolution
            )
        if (
            narrative
            and resolution is not None
            and resolution.point is not None
            and lead is not None
            and war_end is not None
            and not lead.bc
            and candidate.start >= lead_until
            and partial.kind == "date"
            and partial.year is None
            and partial.month is not None
            and partial.anchor is None
            and index > 0
        ):
            other_year = _year_within_the_war(
                partial,
                resolution.point.day,
                _WarRange(lead, war_end, lead_ranged),
                # (First after the lead too when what came between were only a plan's months:
                # "Hanoi hoped to influence the election in November".)
                first_told=_first_told_after_lead(candidates, index, lead_until, planned_months),
                story=points[-1] if points else None,
                pluperfect=_dated_by_pluperfect(context.text, candidate),
            )
            if other_year is not None:
                moved = resolve_partial(
                    partial.but(year=other_year), context, tense=tense, points=anchors, policy=policy
                )
                if moved is not None and moved.point is not None:
                    resolution = replace(moved, implied=("year",))
        if narrative and candidate.rule in _AT_THE_STORY_TIME and anchors:
            # "On 11 July the King dismissed Necker. At the same time ...": that day (it does not
            # move the story: no point of its own).
            resolution = _story_time_value(anchors[-1], timexes) or resolution
        if candidate.rule in _THE_STORY_DAY:
            # (Named before it in its sentence, or else right after it: "endured the bloodiest day
            # in its history on 1 July 1916".)
            grain = _unit_named(candidate.text)
            resolution = _story_day(anchors, timexes, context.text, candidate.start, grain)
            if (
                resolution is None
                and index + 1 < len(candidates)
                and candidates[index + 1].start < sentence_bounds(context.text, candidate.start)[1]
            ):
                named = resolve_partial(
                    partials[index + 1], context, tense=tenses[index + 1], points=points, policy=policy
                )
                if named is not None and named.point is not None and named.point.grain == grain:
                    resolution = Resolution(named.value)
        if candidate.rule in _THE_TIME_OF_AN_EVENT:
            resolution = _time_of_event(phrases.get(index, candidate), anchors, timexes, context.text)
        if candidate.rule in _THE_STORY_PERIOD:
            resolution = _story_period(timexes, context.text, candidate.start)
        if candidate.rule in _THIS_STORY_DAY:
            resolution = _this_story_day(anchors, timexes, context.text, candidate.start)
        if resolution is not None and candidate.rule == "time.anaphoric_part":
            resolution = (
                _overnight_after_evening(
                    candidate,
                    resolution,
                    timexes,
                    context.text,
                    dct=context.dct,
                    past=tenses[index] == "past",
                )
                or resolution
            )
        if resolution is not None and partial.part_of_day == "NI" and partial.anchor == "ref" and timexes:
            resolution = _night_of_small_hours(resolution, timexes[-1]) or resolution
            if (
                narrative
                and partial.shift in (None, Shift(Grain.DAY, 0))
                and (night_told := _DAY_NIGHT_VALUE.fullmatch(resolution.value)) is not None
                and timexes[-1].value == night_told["day"]
                and _HAD.search(
                    _CLOSED_RELATIVE_CLAUSE.sub(
                        "",
                        _CLAUSE_BREAK_BETWEEN.split(
                            context.text[sentence_bounds(context.text, candidate.start)[0] : candidate.start]
                        )[-1],
                    )
                )
            ):
                # (... in the night's own clause: not "The garrison had prepared for a siege, but it
                # surrendered that night".)
                # (Not a pluperfect of a relative clause closed before it: "Lundy, who had urged the
                # council to open the gates, escaped that night".)
                # "The battle was fought on Friday 25 October 1415. It had rained heavily during the
                # night": the night a pluperfect tells before the day, the one that ended on it.
                before = dt.date.fromisoformat(night_told["day"]) - _ONE_DAY
                resolution = replace(resolution, value=f"{before.isoformat()}TNI")
        if (
            resolution is not None
            and partial.is_bare_clock
            and partial.hour is not None
            and 0 < partial.hour < _DAWN_HOUR
            and (day_told := next((t for t in reversed(timexes[-3:]) if t.type != "DURATION"), None))
            and day_told.start >= sentence_bounds(context.text, candidate.start)[0]
            # ("got here at three o'clock yesterday afternoon and didn't get home until almost 2
            # a.m.": so are those an afternoon's or an evening's go on into.)
            and (_DAY_VALUE.fullmatch(day_told.value) or _LATER_HALF.match(day_told.value))
            # (Not a day told by its small hours: "The report was approved early Friday as
            # delegates argued until 5 a.m." is Friday's.)
            and day_told.mod != "START"
            and resolution.value.startswith(day_told.value[:10] + "T")
            and _UNTIL_CLOCK_BEFORE.search(context.text, max(0, candidate.start - 16), candidate.start)
        ):
            # "won the election Sunday, setting off celebrations that lasted until 3 a.m.": the
            # small hours a day's events go on into are the next day's.
            after = dt.date.fromisoformat(day_told.value[:10]) + _ONE_DAY
            resolution = replace(resolution, value=after.isoformat() + resolution.value[10:], point=None)
        if (
            resolution is not None
            and partial.part_of_day in ("MO", "AF", "EV")
            and partial.anchor == "ref"
            and partial.shift == Shift(Grain.DAY, 1)
            and timexes
        ):
            resolution = _day_after_small_hours(resolution, timexes[-1]) or resolution
        if resolution is not None and candidate.type == "TIME" and partial.hour is not None:
            resolution = (
                _hour_of_named_part(candidate, resolution, named)
                or _evening_hour(candidate, resolution, timexes)
                or _morning_hour(candidate, resolution, timexes, context.text)
                or resolution
            )
        if (
            resolution is not None
            and timexes
            and (
                candidate.rule == _YEAR_BEFORE_RULE
                or (
                    candidate.rule == _REPORTED_PERIOD_RULE
                    and candidate.text.lower().endswith(_PERIODS_COMPARED)
                )
            )
        ):
            compared = timexes[-1]
            released_between = False
            if len(timexes) > 1 and _COMPARED_FROM_BEFORE.search(
                context.text, max(0, compared.start - 16), compared.start
            ):
                # "in March from a month earlier and 6% from a year earlier", "in September from
                # August and 4% from a year earlier": the month in question's, a year back.
                compared = timexes[-2]
            elif (
                len(timexes) > 1
                # (The day they came out on, not the period itself: "On Friday the bank reported
                # fourth-quarter profit of $4.8 billion, compared with $3.3 billion a year earlier".)
                and _DAY_VALUE.match(compared.value) is not None
                and _FIGURES_RELEASED_ON_BEFORE.search(
                    context.text, max(0, compared.start - 24), compared.start
                )
                and timexes[-2].start >= sentence_bounds(context.text, candidate.start)[0]
            ):
                # "rose to 16.5 percent in August, official data showed on Thursday, up from 12.2
                # percent a year earlier": the month the figures are for, not the day they came out.
                compared = timexes[-2]
                released_between = True
            resolution = (
                _month_a_year_before(candidate, resolution, compared, context.text, released_between)
                or resolution
            )
        if (
            resolution is not None
            and (
                candidate.rule == "relative.month_of_year"
                # ... or the year alone: "since Oct. 21, 1987, two days after the crash that year"
                # (a day a record runs from, which is no story point to count from).
                or (candidate.rule == "relative.determined_unit" and candidate.text.lower() == "that year")
            )
            and candidate.text.lower().endswith("that year")
            and timexes
            # (A length between is passed over: "two days after the crash that year".)
            and (told := _last_not_a_length(timexes)) >= 0
            and "year" not in timexes[told].implied
            and _YEAR_VALUE.match(timexes[told].value)
            and timexes[told].start >= sentence_bounds(context.text, candidate.start)[0]
            and _YEAR_VALUE.match(resolution.value)
        ):
            # "won a run-off on June 17, 2012 and took office on June 30 of that year": the year
            # its sentence has just named, wherever the story's time is.
            year = int(timexes[told].value[:4])
            point = resolution.point
            if point is not None and not point.bc:
                try:
                    point = replace(point, day=point.day.replace(year=year))
                except ValueError:  # (a 29 February of no leap year)
                    point = None
            resolution = replace(
                resolution, value=f"{year:04d}" + resolution.value[4:], anchor=f"t{told + 1}", point=point
            )
        if (
            narrative
            and resolution is not None
            and context.dct is not None
            and candidate.rule in (_UNITS_AGO_RULE, "relative.units_on")
            and tense != "future"
            and partial.shift is not None
            and partial.shift.unit == Grain.YEAR
            and partial.shift.amount > 0
            and _YEAR_VALUE.fullmatch(resolution.value)
            and int(resolution.value[:4]) > context.dct.year
            # (From a story's time before the writing: "marked in 2016, and that of the truce five
            # years later" keeps 2021 whenever it was written.)
            and anchors
            and anchors[-1].day.year <= context.dct.year
        ):
            # "Saigon fell on 30 April 1975. Forty-one years on, historians still debate it", written
            # in 2009: a count the story's line would take past the moment of writing counts to it.
            resolution = Resolution(f"{context.dct.year:04d}", ("year",), "DCT")
        if resolution is not None and candidate.rule == _REPORTED_YEAR_RULE and timexes and not narrative:
            resolution = (
                _year_reported_on(candidate, partial, resolution, timexes[-1], context, tense=tense)
                or resolution
            )
        if (
            resolution is not None
            and not narrative
            and tense == "future"
            and partial.fiscal
            and partial.quarter is not None
            and partial.year is None
            and partial.shift == Shift(Grain.YEAR, 0)
            and context.dct is not None
            and resolution.value == f"{context.dct.year:04d}-Q{partial.quarter}"
            and shift_date(dt.date(context.dct.year, 3 * partial.quarter - 2, 1), months=3) + _REPORTING_LAG
            < context.dct
            # (Not the results of a fiscal quarter just closed: "expects to post a fiscal
            # first-quarter loss", in September, of a year that began in June.)
            and not _RESULTS_IN.search(context.text, *sentence_bounds(context.text, candidate.start))
        ):
            # "Holiday sales will be booked in the fiscal first quarter", written in September: a
            # quarter of that number still to come is next year's, as a calendar one's is.
            resolution = replace(
                resolution, value=f"{context.dct.year + 1:04d}-Q{partial.quarter}", point=None
            )
        if resolution is not None and _told_as_habit(context.text, candidate, partial, narrative=narrative):
            # "The monsoon typically runs from June through September": any year's June.
            resolution = Resolution(format_unknown(partial))
            if partial.grain == Grain.QUARTER:
                # "is usually conducted in the second and fourth quarters": every year's, a set
                # as the TimeBank gold writes it.
                partial = partial.but(kind="set", quant="EVERY")
        if candidate.rule in _COUNTED_FROM_THE_WAR | _COUNTED_FROM_THE_ACCESSION and war_start is None:
            resolution = Resolution(format_unknown(partial))
        if (
            narrative
            and resolution is not None
            and resolution.value.startswith("XXXX")
            # (Not a set: "every summer" is every year's, in any era.)
            and partial.kind != "set"
            and points
            and points[-1].bc
            and not _told_as_habit(context.text, candidate, partial, narrative=narrative)
        ):
            # "The Persians landed in 490 BC. That night ...", its day unknown: a night before the
            # era still, as the WikiWars gold writes it (BCXXXX-XX-XXTNI).
            resolution = replace(resolution, value="BC" + resolution.value)
        if narrative and resolution is not None:
            again = _dated_again(partial, resolution, dated_days, anchors)
            if again is not None:
                resolution = resolve_partial(again, context, tense=tense, points=anchors, policy=policy)
                if resolution is not None:
                    resolution = replace(resolution, implied=("year",))
            _remember_dated_day(partial, dated_days)
        elif resolution is not None and _yearless_day(partial):
            # "Iraq must leave Kuwait by Jan. 15. Diplomats said the Jan. 15 deadline was a
            # compromise": a report names a day of a month again for the day it named first.
            said = said_days.get((partial.month or 0, partial.day or 0))
            if (
                said is not None
                and _DAY_ONLY.match(resolution.value)
                and abs(int(said[:4]) - int(resolution.value[:4])) == 1
                # (Not one its own clause puts on the other side of the DCT: "a gun law took effect
                # July 1. Another law will become effective July 1" is next year's.)
                and not (
                    context.dct is not None
                    and tense == "future"
                    and said < context.dct.isoformat()
                    and _WRITERS_FUTURE_BETWEEN.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                    is not None
                )
            ):
                again = resolve_partial(
                    partial.but(year=int(said[:4])), context, tense=tense, points=anchors, policy=policy
                )
                if again is not None:
                    resolution = replace(again, implied=("year",))
            if resolution is not None and _DAY_ONLY.match(resolution.value):
                said_days.setdefault((partial.month or 0, partial.day or 0), resolution.value)
        elif (
            resolution is not None
            and candidate.rule == "date.weekday"
            and partial.weekday is not None
            and partial.shift is None
            and context.dct is not None
            # (Only the DCT's own weekday, which a report names for today or for a week ago, and an
            # event it names by it, "Friday's sharp drop": "accepted the plan on June 3. NATO
            # suspended its air strikes on Thursday" is this week's Thursday.)
            and resolution.value == context.dct.isoformat()
            and context.text.startswith(("'s", "’s"), candidate.end)
        ):
            stated = _stated_day_of_weekday(points, partial.weekday, resolution.value, timexes)
            if stated is not None:
                # "The Dow plunged 190.58 points on Oct. 13. ... critics blame for Friday's sharp
                # drop", written on Friday the 20th: the Friday the report has dated.
                resolution = Resolution(
                    stated.day.isoformat(), ("year", "month", "day"), stated.label, stated
                )
        if (
            resolution is not None
            and partial.weekday is not None
            and partial.day is None
            and partial.shift is None
            and index > 0
            and candidates[index - 1].rule.startswith("holiday.")
            and timexes
            and timexes[-1].start == candidates[index - 1].start
            and _DAY_VALUE.fullmatch(timexes[-1].value)
            and _FEAST_ON_ITS_DAY.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            feast = dt.date.fromisoformat(timexes[-1].value)
            if (
                weekday_of(feast) == partial.weekday
                and context.dct is not None
                and abs((feast - context.dct).days) <= _DAYS_IN_A_WEEK
            ):
                # "because of the Thanksgiving holiday on Thursday", written the day before: the
                # weekday the feast falls on (not a feast weeks off: "Hindus celebrated Diwali on
                # Friday" may tell of the Friday just gone).
                resolution = replace(
                    resolution, value=timexes[-1].value, anchor=f"t{len(timexes)}", point=None
                )
        if (
            not narrative
            and resolution is not None
            and partial.kind == "date"
            and partial.year is None
            and (partial.anchor is None or (partial.weekend and partial.anchor == "dct"))
            and partial.shift is None
            and (
                (partial.weekday is not None and partial.day is None)
                or partial.is_bare_clock
                # (... with its weekday too, if it falls on it in the story's year: "On Friday, Dec.
                # 13, they broke through", after "Tuesday, Dec. 10, 1974".)
                or (partial.month is not None and partial.day is not None)
                or (partial.weekend and partial.weekday is None)
                # (... and a day counted from one: "ratified a new contract the day after Christmas".)
                or (
                    partial.holiday_name is not None
                    and (partial.offset is None or partial.offset.unit == Grain.DAY)
                )
                # (... and a month: "Thirty years ago today, the levee gave way under a river that
                # had been rising since late June".)
                or (
                    partial.month is not None
                    and partial.day is None
                    and partial.weekday is None
                    and partial.grain == Grain.MONTH
                )
                # (... and a season: "Monday, May 3, 1999, had been warm. Cleanup crews worked
                # through most of the summer".)
                or (partial.season is not None and partial.grain == Grain.SEASON)
            )
            and tenses[index] == "past"
            and context.dct is not None
            and (
                _recent_value(resolution.value, context.dct)
                # (... and a day of a month with its weekday, read in a year it falls on it: "The
                # crest arrived on Sunday, July 18", written in 2023 of 1993.)
                or (partial.weekday is not None and partial.month is not None and partial.day is not None)
                # (... and a day of a month, or a feast, read a year back: "On Aug. 14", written on
                # Aug. 9; "By daylight on New Year's Day", written on Dec. 30.)
                or (
                    (
                        (partial.month is not None and partial.day is not None)
                        or partial.holiday_name is not None
                    )
                    and _within_a_year(resolution.value, context.dct)
                )
            )
            # (A day of a month a past clause puts after the DCT: "The last body was not recovered
            # until March 29", written on March 14; one before it is the DCT's year's.)
            and (
                partial.day is None
                or partial.month is None
                or (
                    (resolved_day := _day_of_value(resolution.value)) is not None
                    # (... or on it, a day a report would not date in full: "The state finals opened on
                    # Thursday, March 14, 1974. ... The final tipped off at 8 p.m. Saturday, March 16",
                    # written on March 16.)
                    and (
                        resolved_day >= context.dct
                        or (context.dct - resolved_day).days > _NEWS_MONTH_DAYS
                        # (... or just after the old day told last: "By Wednesday night the gauge
                        # read 19 feet. At 3:40 a.m. on June 22 the river topped the levee".)
                        or _days_on_from_old_day(
                            timexes,
                            partial,
                            context.dct,
                            # (Its sentence's pluperfect, before the day or after it: "On Feb.
                            # 26, the fourth day of testimony, the neighbor had admitted ...".)
                            pluperfect=_PLUPERFECT.search(
                                context.text, *sentence_bounds(context.text, candidate.start)
                            )
                            is not None,
                        )
                    )
                )
            )
            # (Not a day a court sits, which is the report's: "The crash happened at 5:40 p.m. on
            # Dec. 31, 2020. Kessler pleaded guilty on Tuesday"; "On Thursday, a cashier told jurors
            # she had seen the gunman".)
            and not (
                partial.weekday is not None
                and partial.day is None
                and _COURT_SITTING.search(context.text, *sentence_bounds(context.text, candidate.start))
            )
            and (
                told := _old_day_told(
                    timexes,
                    context.dct,
                    context.text,
                    candidate.start,
                    by_weekdays=partial.weekday is not None or partial.weekend,
                    weekday=partial.weekday,
                )
            )
            is not None
            # (A month only later in the story's year, or in the sentence that dated its day: not
            # "charged in the Dec. 21, 1988, bombing. They were removed after Libya agreed in April".)
            and (
                partial.day is not None
                or partial.month is None
                or (
                    (
                        partial.month >= told.month
                        # (... or the next year's, one waited for: "The walkout began on March 5,
                        # 1984. 'We didn't go back until February.'")
                        or _UNTIL_JUST_BEFORE.search(
                            context.text, max(0, candidate.start - 8), candidate.start
                        )
                        is not None
                        or timexes[-1].start >= sentence_bounds(context.text, candidate.start)[0]
                        # (... or earlier, in a pluperfect's clause: "The morning of Wednesday 14
                        # November 1984 was cold. Most of the men had been out since March".)
                        or _PLUPERFECT_IN_CLAUSE.search(
                            context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                        )
                        is not None
                    )
                    # (... of a story told, not of an event a date names: "charged in the 9 May 2009
                    # bombing. They were freed after a judge ruled in September".)
                    and not (
                        (
                            context.text.endswith(("the ", "The "), 0, timexes[-1].start)
                            or timexes[-1].text.lower().startswith("the ")
                        )
                        and _STATED_YEAR.search(timexes[-1].text) is not None
                        and not _PART_OF_A_DATE.match(timexes[-1].text)
                    )
                )
            )
            # (A day of a month long before the DCT only just after the story's day: "By Sunday the
            # FBI had 60 agents on the case. On Aug. 14, investigators found the car".)
            and (
                partial.day is None
                or partial.month is None
                or partial.offset is not None
                or candidate.rule.startswith("holiday.")
                or resolved_day is None
                or resolved_day > context.dct
                or _days_after_in_its_year(told, partial.month, partial.day) in range(_NEWS_MONTH_DAYS)
                # (... or a few days before it, told in the pluperfect: "Apollo 11 had lifted off from
                # Cape Kennedy four days earlier, on the morning of July 16".)
                or (
                    _days_before_in_its_year(told, partial.month, partial.day)
                    in range(1, _OLD_STORY_DAYS_ON * 2)
                    and _PLUPERFECT.search(context.text, *sentence_bounds(context.text, candidate.start))
                    is not None
                )
            )
            # (Not a fixture of the week's news, nor a day in what is said now: "'We may finally
            # get answers,' said her sister, who drove in for Tuesday's hearing".)
            and not context.text.startswith(("'s", "’s"), candidate.end)
            # (Nor the day a witness spoke on: "She spoke Tuesday at her kitchen table".)
            and not _ATTRIBUTION_BEFORE.search(context.text, max(0, candidate.start - 60), candidate.start)
            # (... nor a day of a sentence that tells the witness as he is now: "Pruszynski, now 69,
            # spoke to a reporter at his kitchen table on Monday", "He met a reporter on Wednesday".)
            and not _TOLD_AS_NOW_IN.search(context.text, *sentence_bounds(context.text, candidate.start))
            and not (
                _SPOKEN_IN_SENTENCE.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
                # (... unless what was said tells the old story in the past: "Ruiz said she walked 40
                # blocks home in the dark, reaching her apartment at 2 a.m. on Thursday".)
                and not _SAID_WHAT_WAS_DONE.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
        ):
            # "At 9:52 a.m. on Thursday, Dec. 8, 1983, two men walked into the bank. Shortly before
            # 5 p.m. Friday, the younger robber walked out": a feature's old story, told in the past
            # in its paragraph, goes on from the day it dated (the weekdays after it, its clocks,
            # its days of the month).
            old_value = _value_in_old_story(partial, told, resolution.value)
            if (
                partial.month is not None
                and partial.day is None
                and partial.month < told.month
                and _UNTIL_JUST_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
            ):
                # ("We didn't go back until February", after March 5, 1984: the next one.)
                old_value = f"{told.year + 1:04d}" + old_value[4:]
            old_day = _day_of_value(old_value)
            resolution = replace(
                resolution,
                value=old_value,
                anchor=f"t{len(timexes)}",
                # (The story goes on from the day: "It derailed Thursday morning. Temperatures fell
                # to 38 below zero that night".)
                point=None
                if resolution.point is None or old_day is None or resolution.point.grain < Grain.DAY
                else replace(resolution.point, day=old_day),
            )
        if (
            resolution is not None
            and partial.weekday is not None
            and partial.day is None
            and partial.anchor is None
            and partial.shift is None
            and timexes
            and index > 0
            and timexes[-1].start == candidates[index - 1].start
            and (week := _A_WEEK_VALUE.fullmatch(timexes[-1].value)) is not None
            and _INCLUDING.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "all activities this weekend, including Saturday's basketball tournament": the
            # weekday of the week just named.
            day = dt.date.fromisocalendar(int(week["year"]), int(week["week"]), partial.weekday + 1)
            if not week["weekend"] or partial.weekday >= _SATURDAY:
                resolution = replace(
                    resolution,
                    value=day.isoformat() + resolution.value[10:],
                    anchor=f"t{len(timexes)}",
                    point=None,
                )
        if (
            resolution is not None
            and partial.holiday_name is not None
            and partial.year is None
            and partial.shift is None
            and partial.offset is None
            and timexes
            and index > 0
            and timexes[-1].start == candidates[index - 1].start
        ):
            between = (candidates[index - 1].end, candidate.start)
            feast = None
            if _DAY_VALUE.fullmatch(timexes[-1].value) and _FEAST_BY_THE_DAY.fullmatch(
                context.text, *between
            ):
                # "back to Tuesday, Sept. 8, after Labor Day": the feast a day is placed by is the
                # one nearest that day.
                told = dt.date.fromisoformat(timexes[-1].value)
                year = _holiday_year(partial.holiday_name, told, "closest")
                feast = None if year is None else holiday_date(partial.holiday_name, year)
                if feast is not None and abs((feast - told).days) > _DAYS_IN_A_WEEK:
                    feast = None
            elif (
                (stated := _STATED_YEAR.search(timexes[-1].text)) is not None
                and timexes[-1].value.startswith(stated.group(0))
                and timexes[-1].start >= sentence_bounds(context.text, candidate.start)[0]
                and _FEAST_BY_IN_CLAUSE.search(context.text, max(0, candidate.start - 60), candidate.start)
            ):
                # "expected to open in the summer of 2015, with final paving finished by
                # Thanksgiving": the feast of the year its sentence has just stated.
                feast = holiday_date(partial.holiday_name, int(stated.group(0)))
            elif (month := _MONTH_VALUE.fullmatch(timexes[-1].value)) and _FEAST_WHEN.fullmatch(
                context.text, *between
            ):
                # "was February 2003, when the Presidents' Day storm shut down the region": the
                # feast of the month just named.
                feast = holiday_date(partial.holiday_name, int(month["year"]))
                if feast is not None and feast.month != int(month["month"]):
                    feast = None
            if feast is not None:
                resolution = replace(
                    resolution, value=feast.isoformat(), anchor=f"t{len(timexes)}", point=None
                )
        if (
            resolution is not None
            and candidate.rule == "holiday.named"
            # (A year the text does not write: one a later date lent it may be the feast's before.)
            and not any(character.isdigit() for character in candidate.text)
            and partial.shift is None
            and partial.offset is None
            and _EVENT_A_FEAST_NAMES.match(context.text, candidate.end)
            and (feast := _feast_of_a_year_stated_after(candidates, partials, index, context.text))
            is not None
        ):
            # "The Easter Offensive began on 30 March 1972", "the Christmas bombing, which lasted
            # from 18 to 29 December 1972": the feast of the year its sentence goes on to state,
            # which the event is named after (not the one before that date).
            resolution = replace(resolution, value=feast.isoformat(), anchor="", point=None)
        if (
            resolution is not None
            and partial.season is not None
            and partial.year is None
            and partial.anchor is None
            and partial.shift is None
            and index + 1 < len(candidates)
            and partials[index + 1].day is not None
            and partials[index + 1].month is not None
            and partials[index + 1].year is None
            and _SAME_CLAUSE.fullmatch(context.text, candidate.end, candidates[index + 1].start)
        ):
            # "Spring break is scheduled for March 29 through April 2": the season of the days its
            # clause then gives.
            named = resolve_partial(
                partials[index + 1], context, tense=tenses[index + 1], points=points, policy=policy
            )
            # ("Spring break is the week of April 3": the week's Monday, as a day.)
            week = None if named is None else _A_WEEK_VALUE.fullmatch(named.value)
            if named is not None and week is not None and not week["weekend"]:
                try:
                    monday = dt.date.fromisocalendar(int(week["year"]), int(week["week"]), 1)
                except ValueError:
                    monday = None
                named = None if monday is None else replace(named, value=monday.isoformat())
            if named is not None and _DAY_VALUE.fullmatch(named.value):
                year, season = season_of(dt.date.fromisoformat(named.value))
                if season == partial.season:
                    resolution = replace(resolution, value=f"{year}-{season}", point=None)
        if (
            narrative
            and resolution is not None
            and partial.season == "WI"
            and partial.year is None
            and partial.anchor is None
            and partial.direction is None
            and partial.shift is None
            and timexes
            and (told := _DAY_VALUE.fullmatch(timexes[-1].value)) is not None
            and int(told["month"]) == _FIRST_MONTH_AFTER_WINTER
            and resolution.value == f"{told['year']}-WI"
            # (Told in the sentence before, or in this one.)
            and timexes[-1].start
            >= sentence_bounds(context.text, max(0, sentence_bounds(context.text, candidate.start)[0] - 2))[0]
        ):
            # "The bombardment started on 19 March. However, the besiegers used the winter ice": in
            # a story's March just told, the winter that has just ended, which began the year before.
            resolution = replace(resolution, value=f"{int(told['year']) - 1:04d}-WI", point=None)
        if (
            not narrative
            and resolution is not None
            and partial.month is not None
            and partial.day is None
            and partial.year is None
            and partial.anchor is None
            and partial.shift is None
            and context.dct is not None
            and (counted := next((t for t in reversed(timexes[-3:]) if not t.value.startswith("X")), None))
            and counted.start >= sentence_bounds(context.text, candidate.start)[0]
            and _YEAR_ONLY_VALUE.fullmatch(counted.value)
            and context.dct.year - int(counted.value) >= _OLD_STORY_YEARS
            and counted.anchor is not None
            # (A year counted back, not one written with its century implied: "'00 May".)
            and counted.rule == _UNITS_AGO_RULE
            # (Not a month the clause plans: "Kenyatta, charged over the violence five years ago,
            # is due to stand trial in July".)
            and tenses[index] != "future"
            # (Nor a year a relative clause set off by commas counted: "The company, which was
            # founded two years ago, has grown since March".)
            and not _in_relative_aside(context.text, counted.start, counted.end)
        ):
            # "Forty years ago, on a Sunday afternoon in late March, a tornado came": the month of the
            # year its sentence has counted back to.
            resolution = replace(resolution, value=counted.value + resolution.value[4:], point=None)
        if (
            resolution is not None
            and partial.weekend
            and partial.shift is None
            and partial.holiday_name is None
            and index + 1 < len(candidates)
            and partials[index + 1].holiday_name is not None
            and (
                side := _WEEKEND_BY_FEAST.fullmatch(context.text, candidate.end, candidates[index + 1].start)
            )
        ):
            # "Traffic was strong the weekend after Thanksgiving": the weekend next to the feast.
            feast = resolve_partial(
                partials[index + 1], context, tense=tenses[index + 1], points=points, policy=policy
            )
            feast_day = None if feast is None else _day_of_value(feast.value)
            if feast_day is not None:
                saturday = weekday_near(
                    feast_day,
                    _SATURDAY,
                    "strict_future" if side["side"].lower() == "after" else "strict_past",
                )
                year, week, _ = saturday.isocalendar()
                resolution = replace(resolution, value=f"{year:04d}-W{week:02d}-WE", point=None)
        if (
            narrative
            and resolution is not None
            and partial.anchor == "ref"
            and partial.shift == Shift(Grain.YEAR, 1)
            and timexes
            and index > 0
            and timexes[-1].start == candidates[index - 1].start
            and _YEAR_ONLY_VALUE.fullmatch(timexes[-1].value)
            and _is_year_heading(context.text, candidates[index - 1], candidate.start)
        ):
            # "In November Kolchak took power.\n\n1919\nThe following year was the decisive one": the
            # year its heading names, the one after the section before it.
            resolution = replace(resolution, value=timexes[-1].value, point=None)
        # The point an anaphor of the story counts from, where the latest one is not it.
        retold: ReferencePoint | None = None
        if (
            not narrative
            and resolution is not None
            and partial.anchor == "ref"
            and partial.kind == "date"
            and context.dct is not None
            and _recent_value(resolution.value, context.dct)
            and (
                candidate.text.lower().startswith("that ")
                or _REMEMBERS_BEFORE.search(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
            and not _recent_day_is_the_anaphors(context.text, candidate)
        ):
            # "Becker left work at 11:15 p.m. on Friday, Aug. 17, 1979. ... Investigators questioned
            # more than 200 people that summer", "she remembers the phone ringing that evening": a
            # feature's "that" (or a memory) is of the old story it told, not of the week's news.
            retold = _old_story_point(points, context.dct, candidate.start)
        elif (
            resolution is not None
            and partial.part_of_day is not None
            and partial.anchor == "ref"
            and partial.day is None
            and partial.weekday is None
            and _PART_OF_NO_DAY.search(resolution.value)
        ):
            # "It was launched on the morning of 14 October 1529. Salm was wounded and died the
            # following year. That night the Janissaries burned their camp": the night of the day
            # told last, not of a year a fate told by the way leaps to.
            retold = _latest_day_told(points, candidate.start)
        elif (
            not narrative
            and resolution is not None
            and partial.anchor == "ref"
            and partial.kind == "date"
            and (
                partial.part_of_day is not None or partial.shift in (Shift(Grain.DAY, 1), Shift(Grain.DAY, 0))
            )
            and tenses[index] == "past"
            and context.dct is not None
            and _recent_value(resolution.value, context.dct)
            # (Of a story told by its weekdays: "Mandela died on Thursday. He was released on Feb.
            # 11, 1990. Mourners gathered outside his home through the night" is Thursday's.)
            and (told := _old_day_told(timexes, context.dct, context.text, candidate.start, by_weekdays=True))
            is not None
        ):
            # "The fire broke out at 11:40 p.m. on Friday, Nov. 19, 1971. Crews fought the blaze
            # through the night, and at 6 a.m. the next morning ...": the night of the old story's
            # day, not of the week's news told before it.
            retold = ReferencePoint(told, Grain.DAY, f"t{len(timexes)}", stated=True)
        if retold is not None:
            resolution = (
                resolve_partial(partial, context, tense=tenses[index], points=(retold,), policy=policy)
                or resolution
            )
        if (
            not narrative
            and candidate.rule == "relative.reported_quarter"
            and _SAME_PERIOD.fullmatch(candidate.text)
            and points
            and points[-1].grain in (Grain.DECADE, Grain.YEAR, Grain.HALF, Grain.MONTH)
            and points[-1].start is not None
            and points[-1].start >= sentence_bounds(context.text, candidate.start)[0]
            and (same := _labelled_value(points[-1].label, timexes)) is not None
        ):
            # "Exports rose 5 percent in 1996 and imports 8 percent over the same period": the period
            # its sentence named, a year, not a quarter of the report's.
            resolution = (
                replace(resolution, value=same, anchor=points[-1].label, point=None) if resolution else None
            )
        if (
            not narrative
            and candidate.rule == "relative.position_in_story_week"
            and resolution is not None
            and resolution.value.endswith("-WXX")
        ):
            # "He last came in April 1996. Earlier in the week, Clinton attended the summit": no
            # week the story told, the report's.
            partial = partial.but(anchor="dct")
            resolution = resolve_partial(partial, context, tense=tenses[index], points=points, policy=policy)
        if (
            resolution is not None
            and partial.season is not None
            and partial.year is None
            and partial.shift is None
            and timexes
            and index > 0
            and timexes[-1].start == candidates[index - 1].start
            and (previous := _SEASON_VALUE.fullmatch(timexes[-1].value)) is not None
            and _SEASONS_JOINED.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "spent the spring and summer being pummeled", after "In 1996": the season the pair's
            # first one leads to, in its year (or the next, after a winter).
            year = int(previous["year"])
            if _SEASON_ORDER.index(partial.season) <= _SEASON_ORDER.index(previous["season"]):
                year += 1
            resolution = replace(resolution, value=f"{year:04d}-{partial.season}", point=None)
        if restated[index] and not _count_lands_on_named_day(resolution, partials[index + 1]):
            # "three years later (312 BC)": the date in brackets says which.
            named = resolve_partial(partials[index + 1], context, points=points, policy=policy)
            if candidate.rule in _AT_THE_STORY_TIME:
                resolution = named or resolution
            else:
                resolution = _restated(partial, named) or resolution
        elif in_apposition[index]:
            # "on 30 May 1431, two years later": the count restates the date before it.
            restating = partials[index - 1]
            if (
                candidates[index - 1].rule in _ERA_OF_THE_STORY
                and points
                and points[-1].bc
                and not restating.bc
            ):
                # ("The war began in 431 BC. Peace came in 421, ten years after it began": the era
                # the story gave the year it restates.)
                restating = restating.but(bc=True)
            named = resolve_partial(restating, context, points=points, policy=policy)
            resolution = _restated(partial, named, coarser=True) or resolution
        elif (
            resolution is not None
            and partial.offset is not None
            and abs(partial.offset.amount) == 1
            and partial.shift is None
            and index > 0
            and timexes
            and timexes[-1].start == candidates[index - 1].start
            and _DAY_VALUE.fullmatch(timexes[-1].value)
            and _APPOSITIVE_COMMA.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "on August 16th, a day before Independence Day": the count from a feast says what the
            # day before it was, whichever country's feast it is.
            resolution = replace(resolution, value=timexes[-1].value, anchor=f"t{len(timexes)}", point=None)
        if resolution is not None and (first_year is not None or told_year is not None):
            resolution = replace(resolution, implied=("year",))
        if resolution is not None and index in implied_years:
            # (The year is the story's, not the text's.)
            resolution = replace(resolution, implied=("year",), anchor=implied_years[index].anchor)
        if resolution is None or not is_valid_value(resolution.value):
            continue
        counted_from = (_labelled_value(resolution.anchor, timexes) or "") if partial.hour == 24 else ""
        if (
            partial.hour == 24
            and not _EVENING_VALUE.search(counted_from)
            and timexes
            and timexes[-1].start >= sentence_bounds(context.text, candidate.start)[0]
        ):
            # ("Crowds celebrated on Saturday evening, and drivers honked past midnight", written
            # that Saturday: the evening the sentence told, whichever day it is counted from.)
            counted_from = timexes[-1].value
        if (
            partial.hour == 24
            and resolution.value.endswith("T00:00")
            and _EVENING_VALUE.search(counted_from)
            and resolution.value[:10] == counted_from[:10]
        ):
            # "Hong Kong prepared tonight to pass to Chinese rule at the stroke of midnight": the
            # midnight that ends the night (or evening) it is counted from, not the one before it.
            resolution = replace(resolution, value=resolution.value[:-5] + "24:00")
        elif (
            partial.hour == 24
            and resolution.value.endswith("T24:00")
            and _FORENOON_VALUE.search(counted_from)
            and resolution.value[:10] == counted_from[:10]
            # (Not the end of the day the morning began: "began Tuesday morning and lasted until
            # midnight".)
            and _AFTER_MIDNIGHT_BEFORE.search(context.text, max(0, candidate.start - 7), candidate.start)
            is not None
        ):
            # "she sank early the next morning. Yamamoto cancelled the attack shortly after
            # midnight": the midnight that began the morning's day, not the one that ends it.
            resolution = replace(resolution, value=resolution.value[:-5] + "00:00")
        if (
            not narrative
            and partial.anchor == "ref"
            and partial.grain == Grain.YEAR
            and partial.shift is not None
            and partial.shift.amount == 0
            and _YEAR_VALUE.fullmatch(resolution.value)
        ):
            years_told_again[index] = int(resolution.value)
        label = f"t{len(timexes) + 1}"
        if absorbed.get(index) in phrase_labels:
            # "the first three months of 1857": the year is written as a part of the phrase's extent,
            # but the story still moves to it.
            label = phrase_labels[absorbed[index]]
        else:
            # (A weekday's hour or part of day too: "until Sunday midnight".)
            weekday = (
                partial.weekday is not None
                and partial.day is None
                and _names_day(partial.but(grain=Grain.DAY))
            )
            weekdays.append(((("named" if partial.anchor else "bare") if weekday else None), tense))
            if (
                timexes
                and partial.part_of_day is not None
                and candidate.text.lower().startswith("that ")
                and not context.text[timexes[-1].end : candidate.start].strip()
                and (clock := _CLOCK_VALUE.fullmatch(timexes[-1].value)) is not None
                and (part_day := _DAY_PART_VALUE.fullmatch(resolution.value)) is not None
                and clock.group("day") != part_day["day"]
            ):
                # "testified Tuesday that she drove past at 10:30 that night": the clock is on the
                # day of the part named right after it (two expressions, as TimeBank draws them).
                timexes[-1] = replace(timexes[-1], value=part_day["day"] + timexes[-1].value[10:])
            timexes.append(
                Timex(
                    text=span.text,
                    start=span.start,
                    end=span.end,
                    type=_timex_type(partial, candidate.type),
                    value=resolution.value,
                    mod=partial.mod,  # type: ignore[arg-type]
                    freq=partial.freq,
                    quant=partial.quant,
                    anchor=resolution.anchor,
                    rule=candidate.rule,
                    implied=resolution.implied,
                )
            )
            if index in phrases:
                phrase_labels[index] = label
            if (
                narrative
                and partial.anchor == "dct"
                and resolution.anchor == "DCT"
                and partial.shift is not None
                and partial.grain >= Grain.MONTH
            ):
                # "This weekend a flypast will cross London on Saturday": a history's sentence that
                # speaks of the writer's days.
                writers_sentence = sentence_bounds(context.text, candidate.start)[0]
                writers_day = resolution.point
            elif (
                narrative
                and candidate.text == "Today"
                and sentence_bounds(context.text, candidate.start)[0] == candidate.start
            ):
                # ("Today a parade is being held; rehearsals had been going on since March": the
                # writer's today, and the March of the writer's year.)
                writers_sentence = candidate.start
                writers_day = None
            elif (
                writers_sentence is not None
                and resolution.point is not None
                and (writers_day is None or resolution.point.grain >= writers_day.grain)
                and sentence_bounds(context.text, candidate.start)[0] == writers_sentence
            ):
                # (... and the day it goes on to: "This weekend ... on Saturday at around noon".)
                writers_day = resolution.point
        stepped_to = days_after[index]
        if stepped_to is not None and _day_counted_on(partials[stepped_to]):
            # "at dawn the next day": the story steps once, to the day counted right after.
            continue
        point = resolution.point or _period_marker(candidate, context)
        if (
            narrative
            and point is not None
            and partial.anchor == "ref"
            and partial.shift is not None
            and partial.shift.amount > 0
            and _FLASH_FORWARD_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "El Salvador went on to reach the finals in Mexico the following year. ... At about
            # 6:10 p.m. on 14 July": a look ahead past the story, which goes on where it was.
            continue
        if narrative and _WAITING_FOR_BEFORE.search(
            context.text, max(0, candidate.start - 24), candidate.start
        ):
            # ("Instead of waiting for the spring, the command ordered its armies across the
            # mountains in December": a time waited for, which the story has not reached.)
            continue
        if (
            narrative
            and candidate.rule == "holiday.named"
            and _ASSAULT_DAY.search(candidate.text)
            and index + 1 < len(candidates)
            and partials[index + 1].anchor == "ref"
            and _SET_FOR_BETWEEN.fullmatch(context.text, candidate.end, candidates[index + 1].start)
        ):
            # "D-Day was set for the following morning": a day planned, which the story has not
            # reached (the day after it is counted from the story's).
            continue
        if point is not None and (
            _in_calendar_bracket(context.text, candidate.start, candidate.end)
            or (
                points
                and point.grain == Grain.DAY
                and points[-1].grain == Grain.DAY
                and abs((point.day - points[-1].day).days) in _CALENDARS_APART
                and _BARE_BRACKET.fullmatch(context.text, max(0, candidate.start - 2), candidate.start)
                and _BRACKET_CLOSES.match(context.text, candidate.end)
            )
        ):
            # "on 16 November 1632 (6 November in the Julian calendar) ... around midday": the
            # other calendar's date restates the day, which stays the story's (so does one in a
            # bracket of its own the calendars' days apart: "on 3 June 1665 (13 June)").
            continue
        if (
            narrative
            and point is not None
            and point.grain <= Grain.YEAR
            and points
            and (
                relative := relative_open(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
            and _SINCE_WORD.search(relative.group(0))
        ):
            # "The PLA, which had not fought a major campaign since the border war with India in
            # 1962, was exposed as poorly equipped ... and the following year": a year a relative
            # clause counts a state from is no time the story moves to.
            continue
        if (
            narrative
            and point is not None
            and points
            and point.day < points[-1].day
            and (
                relative := relative_open(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
            )
            and _HAD.search(relative.group(0))
        ):
            # "On 16 December 1740 Frederick, who had come to the throne only that May, marched
            # into Silesia. ... by the end of January": what a relative clause tells in the
            # pluperfect came before the story's time, which stays where it was.
            continue
        if not narrative and (
            candidate.text.lower() == "overnight"
            or (
                point is not None
                and point.grain >= Grain.DAY
                # (Unless a "when" clause tells what happened that day: "The end had been coming
                # since Nov. 18, 1998, when agents carried 40 boxes out. He was in Atlantic City
                # that day.")
                and not _WHEN_AFTER.match(context.text, candidate.end)
                and (
                    _SINCE_BEFORE.search(context.text, max(0, candidate.start - 14), candidate.start)
                    is not None
                    # ("The exodus has swelled since NATO launched airstrikes on March 24".)
                    or (
                        context.text.find("ince ", max(0, candidate.start - 90), candidate.start) >= 0
                        and _SINCE_CLAUSE_BEFORE.search(
                            context.text,
                            max(sentence_bounds(context.text, candidate.start)[0], candidate.start - 90),
                            candidate.start,
                        )
                        is not None
                    )
                )
            )
        ):
            # "Japan's Nikkei fell 9.4 percent overnight. European stocks resumed their slide in the
            # afternoon"; "has gained 17 percent since March 12. Brent fell $1.37 by late afternoon":
            # the night before the report's day and the start of a state are no days its clock
            # times and parts of the day are on.
            if point is not None and point.grain == Grain.DAY and candidate.text.lower() != "overnight":
                state_start = ReferencePoint(
                    point.day, point.grain, f"t{len(timexes)}", start=candidate.start, stated=True
                )
            continue
        if point is None or quoted or not _names_reported_period(partial, point, resolution.anchor):
            continue
        if (
            narrative
            and tense == "future"
            and point.grain <= Grain.MONTH
            and (
                _yearless_month_or_season(partial)
                # ... or a season with its year: "the Allied commanders agreed to mount offensives
                # in the summer of 1916. The German attack at Verdun opened on 21 February."
                or (partial.season is not None and partial.year is not None and partial.anchor is None)
            )
            and points
            and not points[-1].bc
            and point.day > points[-1].day
        ):
            # "The offensive lasted from 30 March to 22 October 1972. Hanoi hoped to influence the
            # election in November. The first blow fell on 30 March": a month a plan or a hope
            # looked to is no time the story has reached.
            planned_months.add(index)
            continue
        if (
            narrative
            and point.grain == Grain.SEASON
            and points
            and points[-1].grain == Grain.SEASON
            and points[-1].start is not None
            and index > 0
            and candidates[index - 1].start == points[-1].start
            and _SEASONS_JOINED.fullmatch(context.text, candidates[index - 1].end, candidate.start)
        ):
            # "the German offensive against Moscow during the autumn and winter of 1941. The attack
            # opened on 30 September": a span of seasons, whose story starts at the first.
            continue
        if (
            narrative
            and point.grain == Grain.SEASON
            and partial.season is not None
            and partial.year is None
            and partial.shift is None
            and candidate.text.lower().startswith("the ")
            and points
            and points[-1].grain >= Grain.MONTH
            and not points[-1].bc
            and point.day < points[-1].day
        ):
            # "In November 1630 imperial troops began to blockade the city. Tilly arrived in the
            # spring and took charge of the siege at the end of March": a season named after a
            # later month of its year keeps that year (as WikiWars writes it), but the story goes
            # on from the month, not back to the spring (but "launched a spring offensive" after
            # a November may take it back).
            continue
        counted = resolution.anchor is None or _counts_forward(partial)
        if narrative and candidate.end <= lead_end and counted:
            # (A lead that counts on from the war's start dates its end too: "began on 30
            # November 1939 and ended 105 days later".)
            war_end = _later_end(war_end, point)
            if point.grain == Grain.YEAR and not point.bc:
                war_last_year = max(point.day.year, war_last_year or point.day.year)
        if closing is not None:
            # A date someone is quoted saying is the speaker's: it anchors the rest of the
            # quotation, not the narrator's story after it.
            if quotation is None or quotation[1] != closing:
                quotation = ([], closing)
            said = ReferencePoint(point.day, point.grain, label, point.bc, start=candidate.start)
            quotation[0].append(said)
            continue
        if (
            not narrative
            and context.dct is not None
            and points
            and points[-1].stated
            and points[-1].grain <= Grain.SEASON
            and points[-1].day.year < context.dct.year
            and point.grain >= Grain.DAY
            and abs((point.day - context.dct).days) <= _DAYS_IN_A_WEEK
            and _SAYING_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
        ):
            # "In the summer of 2003 she opened a bakery. 'It was hard,' she said in an interview
            # yesterday. The turn came the following winter": the day of the saying is the
            # report's, not a time the story of that year moves to.
            continue
        if (
            not narrative
            and points
            and resolution.anchor is None
            and point.grain == Grain.YEAR
            and context.text.startswith(",", candidate.end)
            and _SINCE_IN_RELATIVE_BEFORE.search(context.text, max(0, candidate.start - 100), candidate.start)
        ):
            # "The airline, which had flown the route twice a day since 1964, was sold the following
            # year": the year an aside dates a state from is no time the story moves to.
            continue
        if (
            narrative
            and from_flashback is not None
            and _goes_on_in_the_pluperfect(context.text, candidates[from_flashback[1]], candidate)
        ):
            # "Japan was invaded on 23 May 1592. Hideyoshi had unified the country in 1590 and had
            # demanded passage the following year. That summer ...": the count is the flashback's
            # too, and the story goes on where it was.
            flashback = (ReferencePoint(point.day, point.grain, label, point.bc), index)
            continue
        if (
            narrative
            and not (
                # "It reported revenue in March 2011. The factory celebrated its anniversary last month.
                # The company said in January ...": a story that has come to the time of writing goes
                # on from there.
                resolution.anchor == "DCT"
                and tense == "past"
                and closing is None
                and _story_reached_writing(partial, context, points)
            )
            and (
                _off_story(
                    candidate,
                    resolution,
                    tense,
                    points,
                    following=later_years[index],
                    text=context.text,
                    opens_section=index > 0
                    and _heading_between(context.text, candidates[index - 1].end, candidate.start),
                )
                or (index > 0 and _ends_heading_range(candidates[index - 1], candidate, context.text))
                # (A count that lands after the DCT tells no time a history's past has reached: "still in
                # tents almost a year after the war" that ended in January 2009.)
                or (
                    context.dct is not None
                    and resolution.anchor is not None
                    and resolution.anchor != "DCT"
                    and not point.bc
                    and point.day > context.dct
                )
                # (... nor does one told in the present, the writer's: "The war began on 7 October 2001.
                # More than eight years later, some 110,000 troops are deployed.")
                or (tense == "present" and resolution.anchor is not None and _counts_forward(partial))
                # (A later year the lead names is the war's end: "fought from 1899 to 1902".)
                or (
                    lead is not None
                    and (
                        candidate.end <= lead_until
                        # ("The Bolsheviks took power in November 1917. The main fighting lasted until
                        # the autumn of 1920.")
                        or (
                            candidate.end <= lead_end
                            and _LASTED_UNTIL_BEFORE.search(
                                context.text, max(0, candidate.start - 90), candidate.start
                            )
                            is not None
                        )
                    )
                    and _story_year_of(point) > _story_year_of(lead)
                    and not _opens_range(candidates, index, context.text)
                    # (Not the end of a range another date opens, after a life's bracket: "Dragović
                    # (12 August 1879 - 3 March 1951) ... served as Prime Minister from January 1932
                    # to March 1933. Tried the following year, he ...".)
                    and not (
                        index > 0
                        and candidates[index - 1].start != lead.start
                        and _opens_range(candidates, index - 1, context.text)
                        # (A range that restates the lead's years by their days still ends the war:
                        # "The war of 1919-1922 began on 15 May 1919 and ended in September 1922.")
                        and not (
                            lead_ranged
                            and points
                            and points[-1].start == candidates[index - 1].start
                            and _story_year_of(points[-1]) == _story_year_of(lead)
                        )
                    )
                )
                # ("The campaign was fought during much of 1805. It culminated in the Battle of
                # Trafalgar on 21 October 1805.": the day the lead's year ended in.)
                or (
                    lead is not None
                    and lead.grain == Grain.YEAR
                    and candidate.end <= lead_end
                    and point.grain > lead.grain
                    and _story_year_of(point) == _story_year_of(lead)
                    and _CULMINATED_IN_BEFORE.search(
                        context.text, max(0, candidate.start - 90), candidate.start
                    )
                    is not None
                )
            )
        ):
            off_line = (ReferencePoint(point.day, point.grain, label, point.bc), index)
            if point.grain >= Grain.DAY and not _in_participle_aside(context.text, candidate):
                ends = sentence_bounds(context.text, candidate.start)[1]
                aside = (ReferencePoint(point.day, point.grain, label, point.bc), ends)
            if (
                (
                    resolution.anchor is None
                    # ... or a day the story's year dates: "The siege began on 4 September 1346.
                    # Edward had defeated Philip on 26 August. Nine days later his army reached
                    # Calais" (4 September).
                    or (partial.day is not None and partial.month is not None and partial.anchor is None)
                    # ... or a month the story's year dates, whose days the clause goes on to: "who
                    # had sailed up the Hudson in early October and taken the forts on the 6th".
                    or (
                        partial.month is not None
                        and partial.anchor is None
                        and _ORDINAL_DAY_IN_CLAUSE_AFTER.match(context.text, candidate.end) is not None
                    )
                )
                and _recalls_a_time(context.text, candidate, tense)
                and not _recalled_in_a_dated_sentence(context.text, candidate, points)
                and not _in_pluperfect_aside(context.text, candidate)
            ):
                flashback = (ReferencePoint(point.day, point.grain, label, point.bc), index)
            continue
        # (A report's story told to a day or a month before this date.)
        # (Not a wire's dateline, the day it was filed: "ANKARA, September 2 (Xinhua) -- The
        # earthquake that hit Turkey on August 17 struck at 3:02 a.m.")
        last_told = (
            points[-1]
            if not narrative
            and points
            and points[-1].start is not None
            and not _is_dateline(context, points[-1])
            else None
        )
        if last_told is not None and last_told.planned and len(points) > 1 and not points[-2].planned:
            # ("The House last night approved the bill. Leaders said the President would veto it,
            # possibly as early as next week. Darman told reporters on Wednesday ...": what the
            # report told last, past the week still to come.)
            before = points[-2]
            last_told = before if before.start is not None and not _is_dateline(context, before) else None
        if (
            last_told is not None
            and last_told.grain >= Grain.DAY
            and point.grain >= Grain.DAY
            and point.day < last_told.day
            and (
                (
                    _PLUPERFECT_IN_CLAUSE.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                    # (Not a day a "when" clause goes on to tell of, long before the report's: "The
                    # end had been coming since Nov. 18, 1998, when agents carried 40 boxes out. He
                    # was in Atlantic City that day.")
                    and not (
                        _WHEN_AFTER.match(context.text, candidate.end)
                        and context.dct is not None
                        and context.dct - point.day > _BACKGROUND_DAY
                    )
                )
                or _PAST_RELATIVE_BEFORE.search(context.text, max(0, candidate.start - 60), candidate.start)
                or _BACKGROUND_DAY_BEFORE.search(context.text, max(0, candidate.start - 60), candidate.start)
                or (
                    context.text.startswith(("'s ", "’s "), candidate.end)
                    and _AFTER_CLAUSE_BEFORE.search(
                        context.text, max(0, candidate.start - 70), candidate.start
                    )
                )
                or _COMPARED_BEFORE.search(context.text, max(0, candidate.start - 80), candidate.start)
            )
        ):
            # "Radiation spiked on Tuesday. Explosions had rocked the No. 1 reactor on Saturday and
            # the No. 3 reactor on Monday. Kan spoke at 11 a.m.": days the pluperfect recalls, or a
            # relative clause of a noun ("a bombing that killed 40 police on Feb. 14"), of a
            # participle after one ("the previous record set on Friday"), of "after" and a gerund
            # ("after falling 3.2% on Friday") or of a comparison ("down from 10868 at Wednesday's
            # close"), before the story's, are no time it moves to.
            relative = _EVENT_OF_A_RELATIVE_BEFORE.search(
                context.text, max(0, candidate.start - 80), candidate.start
            )
            if relative is not None:
                relative_event = (
                    relative.group("noun").lower(),
                    ReferencePoint(point.day, point.grain, label, point.bc, start=candidate.start),
                )
            # (What its clause goes on to tell counts from it: "Ahern, who left Belfast on Wednesday
            # and came back the same day, has been here since".)
            aside = (
                ReferencePoint(point.day, point.grain, label, point.bc, start=candidate.start),
                _clause_end(context.text, candidate),
            )
            continue
        if (
            last_told is not None
            # (... or a later one: "Brazilians voted on Sunday. Bolsonaro said on Friday that
            # whoever won would take office. Lula voted shortly after 9 a.m.")
            and (
                last_told.day < point.day
                # (A weekday of saying, in the week before the story's day; not "The Courant first
                # reported the payments on Jan. 12", an event the story goes back to.)
                or (
                    last_told.grain >= Grain.DAY
                    and partial.weekday is not None
                    and 0 < (last_told.day - point.day).days <= 7
                )
            )
            # (After a month, only as an attribution that closes its sentence: "Output rose in
            # November, data showed on Tuesday"; not "The village was handed over in January. G4S
            # admitted on July 11 that it could not meet its commitment. The government called in
            # troops the next day", which is July 12.)
            and (last_told.grain >= Grain.DAY or _SENTENCE_CLOSES.match(context.text, candidate.end))
            and point.grain >= Grain.DAY
            and (
                _SAID_ON_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
                # ("according to a police news release issued Sunday afternoon".)
                or _ISSUED_ON_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
            )
            # (Unless what was said counts from it: "Officials said on Friday that the lists were
            # agreed the previous night" is Thursday night.)
            and not _COUNTED_FROM_SAYING_AFTER.match(
                context.text, candidate.end, sentence_bounds(context.text, candidate.start)[1]
            )
        ):
            # "The bomb exploded Friday. Police said Wednesday they had detained several people.
            # Another was picked up two days later": the day a report was given is no time the
            # story moves to, when the story has told of an earlier one.
            said_day = ReferencePoint(point.day, point.grain, label, start=candidate.start, stated=True)
            continue
        if (
            last_told is not None
            and last_told.start is not None
            and point.day < last_told.day
            and point.grain >= Grain.DAY
            and last_told.start >= sentence_bounds(context.text, candidate.start)[0]
            and _AFTER_AN_EVENT_BEFORE.match(context.text, last_told.start, candidate.start)
        ):
            # "Stocks fell on Thursday after the Fed on Wednesday signaled a rate rise. The Dow was
            # down 120 points at 11:45 a.m.": the day of the event the report's day came after is
            # no time the report moves to.
            continue
        if (
            narrative
            and points
            and point.day < points[-1].day
            and _BOUND_BEFORE_DATE.search(context.text, max(0, candidate.start - 8), candidate.start)
        ):
            # "On 10 January they agreed to withdraw to the positions held before 5 August 1965.
            # Shastri died the next morning": a bound set by an earlier day is no time the story
            # goes back to.
            continue
        if (
            not narrative
            and point.grain >= Grain.DAY
            and partial.month is not None
            and partial.day is not None
            and points
            and _THE_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
            and _EVENT_NOUN_AFTER.match(context.text, candidate.end)
        ):
            # "Thousands rallied on Monday night against the Oct. 26 election. She spoke before 9
            # p.m.": a date that names its event is no time the report moves to.
            continue
        if (
            not narrative
            and point.grain >= Grain.DAY
            and partial.weekday is not None
            and points
            and context.text.startswith(("'s", "’s"), candidate.end)
            and _EVENT_NOUN_AFTER.match(context.text, candidate.end + 2)
        ):
            # "Kenyatta was declared the winner on Saturday. He won 50.07 percent in Monday's
            # election. The chairman announced the result at 2:45 p.m.": so is a weekday's, its
            # possessive naming the event.
            continue
        if (
            not narrative
            and point.grain >= Grain.DAY
            and _FIGURE_COMPARED_BEFORE.search(context.text, max(0, candidate.start - 80), candidate.start)
        ):
            # "The Nasdaq is down 30 percent from its March 10 peak. Futures rose in overnight
            # trading", "topping Tuesday's close. Traders sold for most of the morning": the day
            # of a figure compared with is no time the report moves to.
            continue
        if (
            not narrative
            and point.grain >= Grain.DAY
            and (
                # (Weeks back: not "ballots cast before Election Day" the night before; nor a
                # wire's dateline, the day it was filed.)
                (
                    bool(points)
                    and points[-1].day - point.day > _NEWS_DAYS
                    and not _is_dateline(context, points[-1])
                )
                # (... or a day the report counts from its own, "yesterday", "on Monday", in a
                # clause closed before its sentence goes on: "The Dow, which lost 387 points
                # yesterday, was down 150 points at midday".)
                or (
                    (partial.anchor == "dct" or partial.weekday is not None)
                    and _RELATIVE_CLOSED_AFTER.match(context.text, candidate.end) is not None
                    # (Not the day of a plan the clause tells was overtaken, the story's own: "Clinton,
                    # who had been scheduled to leave at 7 a.m. Wednesday, instead spent hours".)
                    and not _overtaken_plan_before(context.text, candidate.start)
                )
            )
            and (
                relative_open(
                    context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                )
                # (... or a participle after its noun: "flagged the problem in an email sent on 3
                # May 2009".)
                or _NOUN_PARTICIPLE_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
            )
        ):
            # "The Senate confirmed Thomas tonight. Bush, who nominated Thomas on July 1, watched
            # the vote shortly after 6 p.m.": a day a relative clause tells of its noun is no time
            # the report moves to.
            continue
        if (
            not narrative
            and points
            and point.grain >= Grain.DAY
            and point.day < points[-1].day
            and _ASIDE_RELATIVE_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
            and _ASIDE_CLOSE_AFTER.match(context.text, candidate.end)
        ):
            # "The summit ended on Tuesday. Clinton, who returned on Sunday, announced the
            # breakdown at 1 p.m.": an earlier day an aside tells of its noun is no time the
            # report moves to.
            continue
        if (
            not narrative
            and points
            and points[-1].start is not None
            and points[-1].start >= sentence_bounds(context.text, candidate.start)[0]
            and point.day < points[-1].day
            and context.text.startswith(("'s", "’s"), candidate.end)
            and _EVENT_BEFORE_OWNER.search(context.text, max(0, candidate.start - 12), candidate.start)
        ):
            # "Stocks rebounded today after Friday's plunge. Prices turned higher after 11 a.m.":
            # the event the day of the sentence came after is no time the report moves to.
            continue
        if (
            index > 0
            and candidate.rule == "date.weekday"
            and APPOSITION.fullmatch(context.text, candidates[index - 1].end, candidate.start)
            and points
            and points[-1].start == candidates[index - 1].start
        ):
            # "The vote is on March 3, a Sunday, and results are due the next day": the weekday
            # restates the day before it (see _weekdays_in_apposition), which stays the story's.
            continue
        if _STATUTE_BEFORE.search(context.text, max(0, candidate.start - 5), candidate.start):
            # "the Government of Ireland Act 1920 came into force": a law's name.
            continue
        if _ZONE_RESTATED.fullmatch(context.text, max(0, candidate.start - 2), candidate.start) and (
            _ZONE_OF_A_RESTATEMENT.search(candidate.text)
            # ... or named after it in the bracket: "(7 p.m. Wednesday, Eastern daylight time)".
            or _ZONE_CLOSING_A_RESTATEMENT.match(context.text, candidate.end)
        ):
            # "at 12:41 am on Saturday (1641 GMT Friday)": the same moment told in another zone,
            # no time the story moves to ("the same day" after it is Saturday).
            continue
        if (
            not narrative
            and _begins_a_state(context.text, candidate)
            and point.grain > Grain.YEAR
            and not _WHEN_AFTER.match(context.text, candidate.end)
        ):
            # "Bank stocks are down 18 percent since Dec. 31": a report names when a state that
            # holds at the DCT began, not a time it moves to ("rallied in the morning" after it is
            # the report's own morning). (A year it began in is one the report may go on to tell
            # of, "since 1969. British troops were sent that year", as is a day a "when" clause
            # tells of: "since 1994, when 30,000 Cubans fled".)
            if point.grain == Grain.DAY:
                state_start = ReferencePoint(
                    point.day, point.grain, label, start=candidate.start, stated=True
                )
            continue
        if (
            not narrative
            and point.grain >= Grain.DAY
            and (pluperfect_relative := _pluperfect_relative(context.text, candidate)) is not None
            and pluperfect_relative.group("prep").lower() != "in"
        ):
            # "Shops that had closed on Thursday reopened, and crowds gathered in the evening": a
            # relative clause's day in the pluperfect is background, no time the report moves to.
            continue
        if not narrative and _SINCE_A_CLAUSE_BEFORE.search(
            context.text, max(0, candidate.start - 80), candidate.start
        ):
            # "The crisis is the gravest since Mr. Gorbachev took power in March 1985. ... in December
            # Shevardnadze resigned": when a state began, told by its clause, is no time the report
            # moves to.
            continue
        if (
            not narrative
            and point.grain >= Grain.DAY
            and _FIRST_PLAN_FOR_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
        ):
            # "The report, originally scheduled for Nov. 1, was delayed a week. Stocks rose at 11:32
            # a.m.": the day of a first plan, overtaken, is no time the report moves to.
            continue
        if (
            not narrative
            and _in_relative_aside(context.text, candidate.start, candidate.end)
            # (Not the day of a plan the aside tells was overtaken, the story's own: "Clinton, who
            # had been scheduled to leave at 7 a.m. Wednesday, instead spent hours".)
            and not _overtaken_plan_before(context.text, candidate.start)
        ):
            # "Serbian television, which was off the air for days after an April 23 strike on its
            # headquarters, broadcast the news at 8 p.m.", "Mr. Chavez, who took office in February,
            # had spent the previous day campaigning", "The company, which was founded two years
            # ago, has grown since March": a time told in a relative clause set off by commas is
            # background too.
            continue
        if (
            point.grain <= Grain.YEAR
            and _LAST_TIME_BEFORE.search(context.text, max(0, candidate.start - 40), candidate.start)
            # (Unless the next sentence counts on from it: "Northern Ireland last voted on its future
            # in 1973. Twenty-five years later, it has another chance.")
            and not _COUNT_ON_OPENS.match(context.text, sentence_bounds(context.text, candidate.start)[1])
            # (... nor its sentence goes on in it: "last grounded a fleet in 1979, after a DC-10
            # crashed that May".)
            and not _THAT_PART_OF_IT.search(
                context.text, candidate.end, sentence_bounds(context.text, candidate.start)[1]
            )
        ):
            # "Tembara had last erupted in 1836 ... Earthquakes had been felt since the beginning of
            # the year": the last time before, which the story does not go back to.
            continue
        if (
            narrative
            and point.grain <= Grain.YEAR
            and (story_opening := lead if lead is not None else _opening_point(points, context.text))
            is not None
            and point.day.year < story_opening.day.year
            and not point.bc
            and not story_opening.bc
            # (An event the year names: "The harvest of 1847 had been the worst".)
            and _OF_BEFORE.search(context.text, max(0, candidate.start - 4), candidate.start) is not None
            and _HAD.search(context.text, candidate.end, candidate.end + 40)
        ):
            # "... lasted from 20 March to 24 March 1848. The harvest of 1847 had been the worst in
            # living memory. On 12 March some 3,000 people gathered": a year the background recalls
            # in the pluperfect, before the event its first paragraph dates, is no time the story
            # moves to.
            continue
        if candidate.rule.startswith("holiday.") and _TOPIC_OF_TALK_BEFORE.search(
            context.text, max(0, candidate.start - 40), candidate.start
        ):
            # "The men talked about Christmas and about the Steelers. At 11:40 a.m., a spark
            # ignited methane": a feast talked of is no time the story moves to.
            continue
        if not narrative and _AWAY_AFTER.match(context.text, candidate.end):
            # "That Saturday had begun like any other. Thanksgiving was five days away. Her shift
            # was supposed to end at 10 p.m.": a day looked forward to is no time the story moves to.
            continue
        if (
            not narrative
            and points
            and point.grain >= Grain.DAY
            and point.day > points[-1].day
            and _SPAN_ENDS_IN_RELATIVE_BEFORE.search(
                context.text, max(0, candidate.start - 32), candidate.start
            )
        ):
            # "scheduled to lift off on Thursday, opening a 21-day launch window that closes Oct.
            # 31. Liftoff is targeted for 12:06 p.m.": the later day a relative clause says a span
            # runs to is no time the report moves to.
            continue
        if (
            not narrative
            and points
            and partial.anchor == "ref"
            and partial.shift is not None
            and partial.shift.amount < 0
            and point.day < points[-1].day
            and _HAD.search(context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start)
        ):
            # "The day shift went underground at 7 a.m. on Wednesday, March 3. The foreman had noted
            # cracking rock the previous afternoon. At 10:52 a.m. the roof collapsed": the day
            # before that the pluperfect looks back to is no time the story moves to.
            continue
        if (
            not narrative
            and point.grain in (Grain.DAY, Grain.PART_OF_DAY)
            and (partial.weekday is not None or (partial.month is not None and partial.day is not None))
            # (A deadline still to come: in a story, "By Sunday the FBI had 60 agents on the case"
            # is a day the story moves to.)
            and tense != "past"
            and context.dct is not None
            and point.day >= context.dct
            and _DEADLINE_DAY_BEFORE.search(context.text, max(0, candidate.start - 12), candidate.start)
            # (Not a day a clause of "when" goes on to tell of: "will lie in state until Friday,
            # when a funeral is scheduled to begin at 11 a.m.")
            and not _WHEN_AFTER.match(context.text, candidate.end)
        ):
            # "officials hope to restore service to most homes by Sunday. We'll have updates
            # throughout the evening": the day a deed is due by (or a state lasts until: "The
            # shower will continue until Aug. 24") is no time the report moves to.
            deadline = ReferencePoint(point.day, point.grain, label, point.bc, start=candidate.start)
            continue
        if (
            not narrative
            and tense == "future"
            and context.dct is not None
            and point.grain >= Grain.DAY
            and context.dct.year - point.day.year >= _OLD_STORY_YEARS
        ):
            # "By 9:36 p.m. the boroughs were dark. Power would not be restored until late the next
            # night. ... working a late shift that evening": what an old story's "would" tells
            # comes later, a look ahead; the story stays at its day.
            continue
        if (
            not narrative
            and context.dct is not None
            and points
            and point.grain >= Grain.MONTH
            and context.dct.year - points[-1].day.year >= _OLD_STORY_YEARS
            and abs((point.day - context.dct).days) <= _RECENT_DAYS
            and _ATTRIBUTION_BEFORE.search(context.text, max(0, candidate.start - 60), candidate.start)
        ):
            # "'People ask if I still think about it,' she said Tuesday from her home. A grand jury
            # met the following spring": the day a witness spoke on is no time an old story moves to.
            continue
        since_from = max(0, candidate.start - 90)
        if (
            not narrative
            # (Only where "since" stands: the pattern is tried at every word of the stretch.)
            and "since" in context.text[since_from : candidate.start].lower()
            and _RECORD_SINCE_BEFORE.search(context.text, since_from, candidate.start)
            # (... unless a "when" clause goes on to tell of it: "the worst since July 27, when police
            # opened fire at 3 a.m.")
            and not _WHEN_AFTER.match(context.text, candidate.end)
        ):
            # "It was the strongest since the quake of April 18, 1906. By late afternoon ...": the
            # time a record is measured from, no time the report moves to.
            continue
        if (
            not narrative
            and point.grain == Grain.DAY
            and _QUARTER_LENGTH_ENDED_BEFORE.search(
                context.text, max(0, candidate.start - 30), candidate.start
            )
        ):
            # (A fiscal quarter named "the quarter ended Sept. 30" stays the quarter its report
            # names: "the fiscal first quarter".)
            # "earned $3.9 billion in the three months ended March 31, down from $4.2 billion a
            # year earlier": the last day names a quarter, which what is compared with it is.
            # (The quarter most of the three months lie in: "the three months ended Nov. 2" is a
            # retailer's third quarter, August to October.)
            middle = point.day - dt.timedelta(days=45)
            point = replace(
                point,
                day=middle.replace(month=(middle.month - 1) // 3 * 3 + 1, day=1),
                grain=Grain.QUARTER,
            )
        if (
            not narrative
            and point.grain in (Grain.MONTH, Grain.QUARTER, Grain.YEAR)
            and points
            and index > 0
            and candidates[index - 1].start >= sentence_bounds(context.text, candidate.start)[0]
            and _COMPARED_PERIOD_BEFORE.search(
                context.text, max(candidates[index - 1].end, candidate.start - 80), candidate.start
            )
        ):
            # "Production rose 0.7% last month after falling 0.6% in March. Factories operated at
            # 83.1% of capacity, up from 82.6% a month earlier": the period a figure is compared
            # with, in the sentence of the one reported, is no time the report moves to.
            continue
        if (
            not narrative
            and point.grain == Grain.YEAR
            and _FIGURE_OF_A_YEAR_BEFORE.search(context.text, max(0, candidate.start - 80), candidate.start)
        ):
            # "Sales rose from $807 million in fiscal 1988. In the fiscal fourth quarter, the company
            # earned $24.9 million": the year of a figure compared with is no year the report moves
            # to.
            continue
        if (
            not narrative
            and point.grain in (Grain.DAY, Grain.PART_OF_DAY)
            and points
            and _FIGURE_COMPARED_BEFORE_DAY.search(
                context.text, max(0, candidate.start - 40), candidate.start
            )
        ):
            # "Stock prices rose yesterday. The bond's yield fell to 9.08% from 9.15% late Monday.
            # In the afternoon, ...": the day a figure is compared with is no day the report moves
            # to.
            continue
        if (
            not narrative
            and point.grain == Grain.DAY
            and points
            and _CRIME_OF_A_CHARGE_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "Police on Wednesday arrested a man in a shooting at a nightclub early Sunday. He was
            # taken into custody at 7:30 a.m.": the day of the crime an arrest is for is no day the
            # report moves to.
            continue
        if (
            not narrative
            and point.grain == Grain.DAY
            and points
            and _PRICE_OF_THE_DAY_AFTER.match(context.text, candidate.end)
        ):
            # "a 27% premium to Friday's close. Bramble shares jumped 24% in morning trading": the day
            # of a price compared with is no day the report moves to.
            continue
        # (A count of months reported on is closed, whatever year it falls in.)
        # (A period counted from the DCT, "the current quarter", is numbered by the calendar, not
        # by a fiscal year: the past tense of "forecast" does not make it a closed one.)
        # ("Net fell in the fiscal fourth quarter", written in October, is a fiscal year's closed
        # quarter: its tense says so.)
        prospective = point is resolution.point and _is_prospective(
            point,
            None
            if (partial.anchor == "dct" and "fiscal" not in candidate.text.lower())
            # ("For the third quarter, it forecast revenue of $430 million", "gave a fourth-quarter
            # outlook": a period a forecast is for, whatever the tense it was given in.)
            or _FORECAST_FOR_PERIOD_AFTER.match(context.text, candidate.end)
            # ("Coca-Cola's first-quarter profit fell. A late Easter shifted some sales into the
            # second quarter": after a closed quarter of its year the text reported on, a later one
            # not closed is the calendar's, still to come, whatever the tense.)
            or (
                point.grain == Grain.QUARTER
                and "fiscal" not in candidate.text.lower()
                and any(
                    told.grain == Grain.QUARTER
                    and not told.prospective
                    and not told.fiscal
                    and told.day.year == point.day.year
                    and told.day < point.day
                    for told in points
                )
            )
            else tense,
            context.dct,
        )
        fiscal = "fiscal" in candidate.text.lower()
        if (
            narrative
            and points
            and _HISTORIANS_DATE_BEFORE.search(
                context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
            )
        ):
            # "British historians date the battle from 10 July 1940; German historians end it in May
            # 1941. The main assault opened on 13 August": what historians say of the dates moves
            # no story.
            continue
        if (
            not narrative
            and point.grain == Grain.YEAR
            and points
            and points[-1].grain >= Grain.DAY
            and points[-1].start is not None
            and points[-1].start >= sentence_bounds(context.text, candidate.start)[0]
            and _restates(point, points[-1])
        ):
            # "will open on Nov. 24, traditionally the busiest shopping day of the year. Some stores
            # will open at 7 a.m.": the year that holds the day just told restates where the report
            # is; a clock after it is still on that day.
            continue
        if point.grain == Grain.YEAR and (point.day.month, point.day.day) != (1, 1):
            # "the summer of 1757 ... Over the winter Pitt planned a larger effort for the following
            # year": a year counted from a season's point is the whole year, no month of it.
            point = replace(point, day=point.day.replace(month=1, day=1))
        if narrative and point.grain == Grain.YEAR and partial.mod in ("START", "END"):
            # "Early in 1850 the rebels rose. The army crossed the mountains in midwinter": the
            # story is at the year's first months (or its last), as after "In January 1850", and
            # its seasons count from there.
            # (Late in a year is its last months: "In late 1967 North Vietnamese units fought at Dak
            # To in November" is that November.)
            point = replace(
                point,
                day=point.day.replace(month=1 if partial.mod == "START" else _LATE_IN_THE_YEAR),
                grain=Grain.MONTH,
            )
        elif point.grain == Grain.MONTH and partial.mod in ("START", "END") and not point.bc:
            # "By the end of November 1915 ... The following week": the week at that end of the
            # month (its days stay unknown, as a week's are).
            edge = shift_date(point.day, months=1) - _ONE_DAY if partial.mod == "END" else point.day
            point = replace(point, day=edge, grain=Grain.WEEK)
        points.append(
            ReferencePoint(
                point.day,
                point.grain,
                label,
                point.bc,
                prospective,
                fiscal,
                candidate.start,
                stated=resolution.anchor is None,
                # (In a history, any day a plan told: "agreed to withdraw by 25 February".)
                planned=(tense == "future" and context.dct is not None and point.day > context.dct)
                or (narrative and _planned_in_its_clause(candidate, tense, context.text)),
            )
        )
        if narrative or night is None or (points[-1].grain >= Grain.DAY and not points[-1].planned):
            # (In a report, a week or a month told after a night leaves its small hours to come:
            # "The voters spoke last night ... as recently as last week ... until after 1 a.m.";
            # so does a day still to come: "announced it Thursday evening. The law may pass before
            # Christmas. Hoffmann crossed at about 1:30 a.m.")
            night = (
                points[-1]
                if _ends_late(resolution.value, narrative=narrative)
                # ("They arrived on Saturday afternoon. They dined and left at about 12:20 a.m.": the
                # small hours said as such after an afternoon are the next day's too.)
                or (resolution.value.endswith("TAF") and resolution.value[:1].isdigit())
                else None
            )
            afternoon = night is not None and resolution.value.endswith("TAF")
            whole_night = night is not None and narrative and resolution.value.endswith("TNI")
        if (
            not narrative
            and partial.mod == "END"
            and partial.grain == Grain.DAY
            and partial.weekday is not None
            and _LATE_WORD.match(candidate.text)
        ):
            # "The truce, announced late Thursday, went into effect at 8:00 am": the morning
            # after a day's late hours is the next day's.
            night, whole_night, afternoon = points[-1], True, False
        if (
            candidate.end <= lead_end
            and resolution.anchor is None
            # (Not a life's or a reign's span after a name: "Alfonso VI (reigned 1065-1109) took
            # Toledo on 25 May 1085. The following year ...".)
            and not _in_life_bracket(context.text, candidate)
            and (
                (
                    lead is None
                    # (Not the war's end alone: "The war ended in 1991. Talks broke down on 31 July
                    # 1990.")
                    and not _ENDED_IN_BEFORE.search(
                        context.text, max(0, candidate.start - 24), candidate.start
                    )
                    # (Nor a year an aside dates a member by: "a coalition of Poland, Venice and,
                    # from 1686, Russia. Fighting began in 1683".)
                    and not (
                        _ASIDE_FROM_BEFORE.search(context.text, max(0, candidate.start - 12), candidate.start)
                        and context.text.startswith(",", candidate.end)
                    )
                )
                or (
                    # (The first range the lead gives is the war's: "two phases: Desert Shield, from
                    # August 1990 to January 1991, and Desert Storm, from 17 January ...".)
                    not lead_ranged
                    and _opens_range(candidates, index, context.text)
                    # (Not the range the war ended in: "began on 15 May 1948 and ended with armistice
                    # agreements signed between February and July 1949".)
                    and not _WAR_ENDED_BEFORE.search(
                        context.text, sentence_bounds(context.text, candidate.start)[0], candidate.start
                    )
                )
            )
        ):
            lead = points[-1]
            lead_ranged = _opens_range(candidates, index, context.text)
            lead_until = sentence_bounds(context.text, candidate.start)[1]
        aside = None
    if any(day is not None for day in speech_days):
        timexes = _anchored_on_speech_days(timexes, candidates, speech_days)
    if context.domain != "narrative" and context.dct is not None:
        timexes = _weekdays_going_on_from_a_coming_one(timexes, weekdays, context.text, context.dct)
        timexes = _days_said_ahead_on_a_past_day(timexes, weekdays, context.text, context.dct)
    timexes = _ordered_weekday_spans(timexes, weekdays, context.text)
    timexes = _ordered_month_spans(timexes, [tense for _, tense in weekdays], context.text)
    timexes = _ordered_day_spans(timexes, context.text)
    timexes = _years_said_after(timexes, context.text)
    timexes = _weekdays_of_a_named_week(timexes, context.text)
    timexes = _later_parts_of_the_year(timexes, context.text)
    if context.domain != "narrative":
        timexes = _weekdays_after_a_named_week(timexes, context.text)
    timexes = _weekdays_in_apposition(timexes, context.text)
    timexes = _some_weekday_of_a_day_told(timexes, context.text)
    timexes = _national_days_kept_on_a_date(timexes, context.text)
    timexes = _part_of_a_month_told(timexes, context.text)
    timexes = _first_days_in_apposition(timexes, context.text)
    timexes = _weekday_parts_dated_after(timexes, context.text)
    timexes = _parts_of_the_day_after(timexes, context.text)
    timexes = _overnight_on_a_day(timexes, context.text)
    timexes = _edges_of_the_day_of_a_habit(timexes, context.text)
    timexes = _clocks_told_in_the_pluperfect(timexes, context.text)
    timexes = _weekdays_after_tomorrow(timexes, context.text)
    if context.domain != "narrative" and context.dct is not None:
        timexes = _evenings_before_the_small_hours(
            timexes, [tense for _, tense in weekdays], context.text, context.dct
        )
    if context.domain != "narrative" and context.dct is not None:
        timexes = _weekdays_of_a_coming_timetable(timexes, weekdays, context.text, context.dct)
    if context.domain != "narrative":
        timexes = _months_of_a_told_season(timexes, context.text)
        if context.dct is not None:
            timexes = _months_of_an_old_day_after(timexes, context.text, context.dct)
    timexes = _moments_restated_elsewhere(timexes, context.text)
    timexes = _universal_times_across_midnight(timexes, context.text)
    timexes = _local_times_on_a_restated_day(timexes, context.text)
    timexes = _clocks_on_a_day_past_local_time(timexes, context.text)
    if not narrative:
        timexes = _clocks_on_a_timeline_line(timexes, context.text)
    timexes = _clock_ranges_across_midnight(timexes, context.text)
    timexes = _months_paired_with_a_year(timexes, context.text)
    timexes = _quarters_ending_on_a_day(timexes, context.text)
    timexes = _next_days_of_a_pair(timexes, context.text)
    if not narrative:
        timexes = _quarters_ended_in_another_year(timexes, context.text)
        timexes = _story_weeks_of_their_sentence(timexes, context.text)
        timexes = _this_quarter_reported(timexes, context.text)
    timexes = _seasons_after_a_determined_one(timexes, context.text)
    if not narrative:
        timexes = _last_season_against_this_one(timexes, context.text)
    if narrative:
        timexes = _days_before_a_stated_day(_months_before_a_later_year(timexes, context.text), context.text)
        timexes = _months_after_a_stated_day(timexes, context.text)
        timexes = _hours_later_than_a_clock(_military_hours_on_their_day(timexes, context.text), context.text)
        timexes = _counts_set_off_by_their_date(timexes, context.text)
        timexes = _dates_restated_in_brackets(timexes, context.text)
        return _without_overlaps(timexes)
    timexes = _days_later_as_lengths(timexes)
    if context.dct is None:
        return _without_overlaps(timexes)
    timexes = _year_earlier_of_the_month_after(_feasts_dated_after_them(timexes, context.text), context.text)
    timexes = _weekdays_of_an_event_told_before(timexes, context.text)
    timexes = _first_of_the_year_to_come(timexes, context.text, context.dct)
    timexes = _the_year_just_named(timexes, context.text, context.dct)
    return _without_overlaps(_spans_under_way(timexes, context.text, context.dct))


def _quarter_told_before(candidate: Candidate, timexes: Sequence[Timex], text: str) -> re.Match[str] | None:
    """The quarter a report named in the expression's sentence or the one before, by its number
    ("the fiscal third quarter"), as a match of its value; ``None`` if it named none."""
    opens = sentence_bounds(text, sentence_bounds(text, candidate.start)[0] - 2)[0]
    for timex in reversed(timexes):
        if timex.start < opens:
            return None
        found = _QUARTER_OF_A_YEAR.fullmatch(timex.value)
        if found is not None and timex.rule == "date.quarter":
            return found
    return None


def _first_of_the_year_to_come(timexes: list[Timex], text: str, dct: dt.date) -> list[Timex]:
    """ "after the first of the year", said late in a year ("Maybe after the first of the year",
    "will decide by the first of the year"), is the coming New Year's Day (not "since the first of
    the year", the year's own start)."""
    if dct.month < _NEW_YEAR_AHEAD_FROM_MONTH:
        return timexes
    for index, timex in enumerate(timexes):
        if (
            timex.rule == "date.edge_day_of_year"
            and timex.value == f"{dct.year:04d}-01-01"
            and _THE_FIRST_OF_THE_YEAR.fullmatch(timex.text)
            and _TOWARD_A_TIME_BEFORE.search(text, max(0, timex.start - 12), timex.start)
        ):
            timexes[index] = replace(timex, value=f"{dct.year + 1:04d}-01-01")
    return timexes


#: The month from which "the first of the year" after "after" is the coming one.
_NEW_YEAR_AHEAD_FROM_MONTH = 10
_THE_FIRST_OF_THE_YEAR = re.compile(r"the\s+first\s+of\s+the\s+year", re.IGNORECASE)
#: A time looked toward: "after ", "until ", "by ", "before ".
_TOWARD_A_TIME_BEFORE = re.compile(r"\b(?:after|until|till|by|before)\s+\Z", re.IGNORECASE)


def _weekdays_of_an_event_told_before(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday after the event it is of, with "the" ("those attending the service on Saturday"),
    is the day of that name the sentence before gave ("A memorial service will be held at 2 p.m.
    Saturday"): the same event, whatever its own clause's tense said."""
    for index in range(1, len(timexes)):
        timex = timexes[index]
        if timex.rule != "date.weekday" or not _THE_EVENT_ON_BEFORE.search(
            text, max(0, timex.start - 40), timex.start
        ):
            continue
        try:
            own = dt.date.fromisoformat(timex.value)
        except ValueError:
            continue
        opens = sentence_bounds(text, sentence_bounds(text, timex.start)[0] - 2)[0]
        for told in reversed(timexes[:index]):
            if told.start < opens:
                break
            day = _DAY_VALUE.match(told.value)
            if day is None:
                continue
            try:
                other = dt.date.fromisoformat(day.group(0))
            except ValueError:
                break
            if other.weekday() == own.weekday() and other != own and abs((other - own).days) == 7:
                timexes[index] = replace(timex, value=other.isoformat())
            break
    return timexes


#: An event with its article, up to the "on" of its weekday: "the service on ", "the vote on ".
_THE_EVENT_ON_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+on\s+\Z")


def _feasts_dated_after_them(timexes: list[Timex], text: str) -> list[Timex]:
    """A feast whose day the text gives after it ("the Lunar New Year holiday, which falls on Jan. 31
    next year") is on that day (read alone, it took the year its clause's tense gave)."""
    for index in range(len(timexes) - 1):
        feast, day = timexes[index], timexes[index + 1]
        if (
            feast.rule.startswith("holiday.")
            and "year" in feast.implied
            and feast.value != day.value
            and _DAY_VALUE.fullmatch(feast.value)
            and _DAY_VALUE.fullmatch(day.value)
            and _FEAST_FALLS_ON_BETWEEN.fullmatch(text, feast.end, day.start)
        ):
            timexes[index] = replace(feast, value=day.value)
    return timexes


#: Between a feast and the day it falls on: " holiday, which falls on ", ", on ".
_FEAST_FALLS_ON_BETWEEN = re.compile(
    r"(?:\s+(?:holidays?|festival|celebrations?|break|weekend))?,?\s+(?:which|that)\s+(?:falls|fall|is|begins|starts)"
    r"\s+(?:on|this\s+year\s+on|next\s+year\s+on)\s+",
    re.IGNORECASE,
)


def _year_earlier_of_the_month_after(timexes: list[Timex], text: str) -> list[Timex]:
    """ "a year earlier" right before the month its figure is of ("Output rose 8.9 percent from a
    year earlier in March") is that month a year back, as it is when the month comes first."""
    for index in range(len(timexes) - 1):
        timex, month = timexes[index], timexes[index + 1]
        found = _MONTH_VALUE.fullmatch(month.value)
        if (
            timex.rule == "relative.year_ago"
            and found is not None
            and month.rule == "date.month"
            and _IN_BETWEEN.fullmatch(text, timex.end, month.start)
            and _YEAR_OR_ITS_PART.fullmatch(timex.value)
        ):
            timexes[index] = replace(
                timex, value=f"{int(found.group('year')) - 1:04d}-{found.group('month')}"
            )
    return timexes


def _without_overlaps(timexes: list[Timex]) -> list[Timex]:
    """The timexes, none overlapping the one before it (a widened extent keeps what it took in):
    TimeML tags one expression at a time."""
    kept: list[Timex] = []
    for timex in timexes:
        if kept and timex.start < kept[-1].end:
            continue
        kept.append(timex)
    return kept


#: "the year" said of a year, not counted from one ("the year before", "the year ago quarter").
_THE_YEAR = re.compile(
    r"\bthe\s+year\b(?![\s-]+(?:ago|before|after|earlier|later|ended|ending|to)\b)", re.IGNORECASE
)
#: A value of the DCT's year or a part of it, as "the year" read alone gives it.
_YEAR_OR_ITS_PART = re.compile(r"(?P<year>[0-9]{4})(?:-(?:H[12]|Q[1-4]))?")


def _the_year_just_named(timexes: list[Timex], text: str, dct: dt.date) -> list[Timex]:
    """ "the year" in a sentence that has just named the year before or after the DCT's is that
    year: "Sales should recover in 2014, with most of the gains in the second half of the year"
    (written in 2013) is 2014-H2, "The company expects growth next year, mostly late in the year"
    2014 with its end. (A year further off is more likely an aside: "founded in 1987".)"""
    for index in range(1, len(timexes)):
        timex, named = timexes[index], timexes[index - 1]
        own = _YEAR_OR_ITS_PART.fullmatch(timex.value)
        if (
            own is None
            or timex.type != "DATE"
            or int(own.group("year")) != dct.year
            or not _THE_YEAR.search(timex.text)
            or named.type != "DATE"
            or not named.value[:4].isdigit()
            or abs(int(named.value[:4]) - dct.year) != 1
            or named.start < sentence_bounds(text, timex.start)[0]
            # (Not a year gone by that a clause joined after it, looking ahead, leaves: "Deliveries
            # accelerated in 2009, and the Department expects to complete delivery by the end of the
            # year", written in 2010.)
            or (
                int(named.value[:4]) < dct.year
                and _CLAUSE_JOINED_AHEAD.search(text, named.end, timex.start) is not None
            )
            # (Nor a span counted to the writer's present, nor a wish or a plan after a year gone
            # by: "the pound has lost half its value since the start of the year", "The coalition,
            # which won the October 2012 election, wants a vote before the end of the year".)
            or (
                int(named.value[:4]) < dct.year
                and (
                    _SINCE_JUST_BEFORE.search(text, max(0, timex.start - 8), timex.start) is not None
                    or _LOOKING_AHEAD_BETWEEN.search(text, named.end, timex.start) is not None
                )
            )
        ):
            continue
        timexes[index] = replace(timex, value=named.value[:4] + timex.value[4:])
    return timexes


#: A verb of a wish or a plan: "wants", "plans", "will".
_LOOKING_AHEAD_BETWEEN = re.compile(
    r"\b(?:wants?|will|plans?|expects?|hopes?|aims?|intends?|seeks?|promises?|vows?)\b", re.IGNORECASE
)
#: A clause joined after another that looks ahead: ", and the Department expects", ", but officials
#: will".
_CLAUSE_JOINED_AHEAD = re.compile(
    r",\s+(?:and|but)\s+[^.;:!?]*?\b(?:will|expects?|plans?|hopes?|forecasts?|predicts?|aims?|intends?)\b"
)


#: The future said outright, which a span told in it keeps: "will run from June 1 to June 30".
_WILL = re.compile(r"\b(?:will|shall|won['’]t)\b|['’]ll\b", re.IGNORECASE)


def _spans_under_way(timexes: list[Timex], text: str, dct: dt.date) -> list[Timex]:
    """A span of days told in the present that a timetable's verb put in the coming year ("the
    exhibit runs from June 1 to June 30", "is open June 1-30", written on June 10) is the one
    under way, when that one holds the DCT: the present says it runs now. Not one told in the
    future ("will run from June 1"), which is the next."""
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        if "year" not in first.implied or "year" not in second.implied:
            continue
        if not _SPAN_JOIN.fullmatch(text, first.end, second.start):
            continue
        try:
            start, end = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(second.value[:10])
            if len(first.value) != 10 or len(second.value) != 10 or start.year != dct.year + 1:
                continue
            earlier_start, earlier_end = start.replace(year=dct.year), end.replace(year=end.year - 1)
        except ValueError:
            continue  # (not two days, or a 29 February with no other year to go to)
        if not earlier_start <= dct <= earlier_end:
            continue
        if _WILL.search(text, sentence_bounds(text, first.start)[0], first.start):
            continue
        timexes[index] = replace(first, value=earlier_start.isoformat())
        timexes[index + 1] = replace(second, value=earlier_end.isoformat())
    return timexes


def _story_time_value(point: ReferencePoint, timexes: Sequence[Timex]) -> Resolution | None:
    """The value of the timex that set the story's time ``point`` (its label is ``t`` and its
    number among ``timexes``), as an expression co-referring with it writes it; ``None`` for a
    point no timex of the text wrote (the DCT, a period marker)."""
    value = _labelled_value(point.label, timexes)
    return None if value is None else Resolution(value, anchor=point.label)


def _labelled_timex(label: str | None, timexes: Sequence[Timex]) -> Timex | None:
    """The timex a label ``t<number>`` names among ``timexes``; ``None`` for another label (the
    DCT's, none)."""
    number = (label or "")[1:]
    if not (label or "").startswith("t") or not number.isdigit() or not 0 < int(number) <= len(timexes):
        return None
    return timexes[int(number) - 1]


#: A verb joined by "and" after a date, up to a day: " and returned to work on ".
_AND_THEN_BETWEEN = re.compile(
    r",?\s+and\s+(?:then\s+|later\s+)?(?-i:[a-z]+ed|"
    + "|".join(sorted(word for word in en.PAST_VERBS_STRICT if word.isalpha()))
    + r")\b"
)
#: "the same period" alone.
_SAME_PERIOD = re.compile(r"the\s+same\s+period", re.IGNORECASE)
#: A morning's value, or a clock's before noon: "1942-06-05TMO", "1942-06-05T02:55".
_FORENOON_VALUE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:MO|(?:0[0-9]|1[01])(?::[0-9]{2})*)(?:Z|[+-][0-9:]+)?$"
)
#: A day's evening, night or last hours, which the midnight after them ends: "1997-06-30TNI",
#: "1997-06-30TEV", "1997-06-30T23:00".
_EVENING_VALUE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:NI|EV|2[0-3](?::[0-9]{2})*)(?:Z|[+-][0-9:]+)?$")


def _labelled_value(label: str | None, timexes: Sequence[Timex]) -> str | None:
    """The value of the timex a label ``t<number>`` names among ``timexes`` (see
    :func:`_labelled_timex`)."""
    timex = _labelled_timex(label, timexes)
    return None if timex is None else timex.value


def _day_of_the_war(
    candidate: Candidate, points: Sequence[ReferencePoint], text: str, *, stated_only: bool = True
) -> tuple[PartialTime, tuple[ReferencePoint]] | None:
    """ "the third day of the war" (relative.nth_day_of_event), as a count of days from the first
    day the text stated in a sentence that tells how a war began ("the army invaded the duchy on
    2 August 1864"), and that day; "the second day of the siege" from the latest day stated in a
    sentence that tells how a siege began. ``None`` where the text dated no such day, or where
    the phrase's own sentence dated the day before it ("On 3 March, the fourth day of the
    strike"): the day is then the story's, as for any event. A report (``stated_only`` false)
    counts from a day it dates without its year too ("The conclave opened on March 12. Bergoglio
    was elected on the second day of the conclave")."""
    if candidate.rule != "relative.nth_day_of_event":
        return None
    named = _DAY_OF_THE_WAR.match(text, candidate.start)
    if named is None:
        return None
    word = named.group("nth").lower()
    nth = 1 if word == "opening" else _LEXICON.ordinal(word)
    if not nth:
        return None
    event = named.group("event").lower()
    war = event in ("war", "conflict")
    # A war's day counts from the day it began, the first the text tells of; another event's
    # ("the second day of the siege") from the latest day a sentence that names it began.
    began: ReferencePoint | None = None
    for point in points:
        if point.start is None or point.start >= candidate.start:
            break
        if point.grain != Grain.DAY or (stated_only and not point.stated) or point.bc:
            continue
        opening, closing = sentence_bounds(text, point.start)
        if war and _WAR_BEGAN.search(text, opening, closing):
            began = point
            break
        if _FOUGHT_FROM.search(text, opening, point.start) and (
            war or re.search(rf"\b{re.escape(event)}\b", text[opening:closing], re.IGNORECASE)
        ):
            # "The Six-Day War was fought between 5 and 10 June 1967": the first day of the range.
            began = point
            break
        if (
            not war
            and (
                (
                    _EVENT_BEGAN.search(text, opening, closing)
                    and (
                        re.search(rf"\b{re.escape(event)}\b", text[opening:closing], re.IGNORECASE)
                        # (... or another noun of the same fighting: "The offensive opened on 16
                        # December 1944. On the second day of the battle ...".)
                        or (event in _FIGHTING_NOUNS and _FIGHTING_NOUN.search(text, opening, closing))
                    )
                )
                # ... or told by the event's own verb: "The RPF invaded on 1 October 1990. On the
                # second day of the invasion ...", "besieged ... the siege".
                or re.search(
                    rf"\b(?:be)?{re.escape(_verb_stem(event))}[a-z]*ed\b",
                    text[opening:closing],
                    re.IGNORECASE,
                )
            )
        ):
            began = point
    if began is None:
        return None
    latest = points[-1]
    if (
        latest is not began
        and latest.stated
        and latest.grain == Grain.DAY
        and latest.start is not None
        and latest.start >= sentence_bounds(text, candidate.start)[0]
    ):
        return None
    return PartialTime(anchor="ref", shift=Shift(Grain.DAY, nth - 1), grain=Grain.DAY), (began,)


def _end_of_a_range_just_told(
    candidate: Candidate,
    partial: PartialTime,
    *,
    candidates: Sequence[Candidate],
    index: int,
    timexes: Sequence[Timex],
    text: str,
) -> ReferencePoint | None:
    """The end of a span of months or years a history has just told ("from December 1994 to August
    1996"), as the point a count of years on from it ("three years later") counts from; ``None``
    for any other count."""
    shift = partial.shift
    if (
        index == 0
        or not timexes
        or partial.anchor != "ref"
        or shift is None
        or shift.unit != Grain.YEAR
        or shift.amount <= 0
        or not candidate.rule.startswith("relative.units_ago")
        or timexes[-1].start != candidates[index - 1].start
    ):
        return None
    end = timexes[-1]
    found = re.fullmatch(r"([0-9]{4})(?:-([0-9]{2}))?", end.value)
    opens = sentence_bounds(text, end.start)[0]
    if (
        found is None
        or not _RANGE_END_BEFORE_DATE.search(text, max(opens, end.start - 60), end.start)
        or sentence_bounds(text, sentence_bounds(text, candidate.start)[0] - 2)[0] > end.start
    ):
        return None
    month = int(found.group(2)) if found.group(2) else 1
    return ReferencePoint(
        dt.date(int(found.group(1)), month, 1),
        Grain.MONTH if found.group(2) else Grain.YEAR,
        f"t{len(timexes)}",
    )


#: "from" a date "to" the one after it, up to that one: "from December 1994 to ".
_RANGE_END_BEFORE_DATE = re.compile(
    r"\bfrom\s+[^.;:!?]{1,30}?\s+(?:to|until|till|through)\s+\Z", re.IGNORECASE
)


def _day_the_fighting_began(
    candidate: Candidate, points: Sequence[ReferencePoint], text: str
) -> ReferencePoint | None:
    """For "the first day" (relative.nth_day_of_story) told after the story has moved on in
    sentences of their own, the day a sentence said a battle, a landing or an offensive began or
    took place on; ``None`` while the story is still at that day (or none was said)."""
    if candidate.rule != "relative.nth_day_of_story" or len(points) < 2:
        return None
    latest = points[-1]
    if latest.start is None or latest.grain < Grain.DAY:
        return None
    for point in reversed(points[:-1]):
        if point.start is None or point.grain != Grain.DAY or not point.stated or point.bc:
            continue
        opening, closing = sentence_bounds(text, point.start)
        if latest.start < closing or latest.day == point.day:
            return None
        if (
            _EVENT_BEGAN.search(text, opening, closing) or _TOOK_PLACE.search(text, opening, closing)
        ) and _FIGHTING_NOUN.search(text, opening, closing):
            return point
    return None


#: "took place", of an event's day.
_TOOK_PLACE = re.compile(r"\btook\s+place\b", re.IGNORECASE)


def _month_told_before(points: Sequence[ReferencePoint], partial: PartialTime) -> ReferencePoint | None:
    """The latest point before the story's latest that is in ``partial``'s month, when the story
    has since moved past it (into a later month); ``None`` else."""
    latest = points[-1]
    if partial.month is None or latest.grain < Grain.MONTH or latest.day.month == partial.month:
        return None
    for point in reversed(points[-_MONTH_TOLD_LOOKBACK:-1]):
        if point.grain >= Grain.MONTH and point.day.month == partial.month and not point.bc:
            # (Only just before it: "The Senate ratified it the following month, and the last
            # troops left that August" goes on in the story's year, past an August told long ago.)
            return point if dt.timedelta(0) < latest.day - point.day <= _MONTH_TOLD_REACH else None
    return None


#: How many points back "that December" looks for the December a story told, and how long before
#: the story's latest time it may lie.
_MONTH_TOLD_LOOKBACK = 3
_MONTH_TOLD_REACH = dt.timedelta(days=62)


def _verb_stem(event: str) -> str:
    """The letters an event's noun shares with its verb, roughly: "inva" of "invasion" ("invaded"),
    "sieg" of "siege" ("besieged"), "offen" of "offensive"."""
    return event[: max(4, len(event) - 4)]


#: Between a month's figure and the year it is compared with: "rose 8.6% in May from a year
#: earlier", "in June, down from a year ago".
_COMPARED_WITH_YEAR_BEFORE = re.compile(
    # (A decimal point is no sentence's end: "rose 4.5 percent from a year earlier".)
    r"(?:[^.;:!?]|\.(?=[0-9])){0,40}\b(?:from|than|compared\s+(?:with|to)|over|versus|vs\.?|against)\s+"
    # ... and the figure compared with: "narrowed in May to $3.1 billion from $3.54 billion a year
    # earlier".
    r"(?:(?:about\s+|some\s+)?[$£€]?[0-9][0-9.,]*(?:\s+(?:million|billion|trillion|percent))?%?\s+)?\Z"
    # ... and a figure of its own set beside the month's: "a 2.5% gain in August and a 3.8%
    # increase a year earlier".
    r"|(?:[^.;:!?]|\.(?=[0-9])){0,20}\band\s+an?\s+[0-9][0-9.,]*(?:%|\s+percent)\s+"
    r"(?:increase|gain|rise|drop|decline|fall|jump|advance|decrease)\s+\Z",
    re.IGNORECASE,
)
_MONTH_VALUE = re.compile(r"(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])\Z")
#: A year a season's own words say: "early fall next year", "summer of 2015".
_YEAR_SAID = re.compile(r"\b(?:(?:next|last|this|that)\s+year|[0-9]{4})\b", re.IGNORECASE)
#: "A year earlier" opening its sentence, and the figure that sentence gives after it.
_YEAR_EARLIER_OPENS = re.compile(r"\s*(?-i:A) year (?:earlier|before|ago)")
_FIGURE_AFTER = re.compile(
    r",?\s+(?:it|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:stood|was|were|had\s+been)\s+(?:at\s+)?[$£€]?[0-9]"
)
#: The rest of a sentence after its last date, up to the next one's start: no other date.
_NO_DATE_BETWEEN = re.compile(r"[^0-9]{0,20}")
#: ... and one named by its length: "the three months ended March 31", "the 13 weeks ending".
_QUARTER_LENGTH = r"(?:three|3|13)[- ](?:months?|weeks?)"
_QUARTER_ENDED_BEFORE = re.compile(
    rf"\b(?:quarters?|{_QUARTER_LENGTH}),?\s+(?:which\s+|that\s+)?(?:ended|ending|ends)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
_QUARTER_LENGTH_ENDED_BEFORE = re.compile(
    rf"\b{_QUARTER_LENGTH}\s+(?:ended|ending)\s+(?:on\s+)?\Z", re.IGNORECASE
)
_PERIOD_BEGAN_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:began|begins|started|starts|opened|opens)\s+(?:on\s+)?\Z", re.IGNORECASE
)
_DAY_VALUE = re.compile(r"(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-9]{2})")
#: The figures of a day's report and those compared with them, in one sentence: "For the quarter
#: ended Sept. 30, Delta posted net income of $133.1 million, or $2.53 a share, up from $100
#: million, or $2.03 a share, " (before "a year earlier").
_FIGURES_COMPARED_SINCE = re.compile(
    r",?\s+(?:[^.;:!?]|\.(?=[0-9])){0,160}\b(?:from|than|compared\s+with|versus)\s+"
    r"[$£€C]{0,2}[0-9](?:[^.;:!?]|\.(?=[0-9])){0,60}\Z",
    re.IGNORECASE,
)


_REPORTED_YEAR_RULE = "relative.reported_year"
#: "the same period last year" after a month's figure is that month a year back (see
#: :func:`_month_a_year_before`).
_REPORTED_PERIOD_RULE = "relative.reported_quarter"
_PERIODS_COMPARED = ("period last year", "period a year earlier", "period a year ago", "year-ago period",
                     "year-earlier period")  # fmt: skip


def _year_reported_on(
    candidate: Candidate,
    partial: PartialTime,
    resolution: Resolution,
    previous: Timex,
    context: DocumentContext,
    *,
    tense: Tense | None,
) -> Resolution | None:
    """ "the year" told in the past after an earlier year its sentence told figures of ("Stock
    prices closed out 1988 with a modest gain for the year"): that year, not the DCT's; ``None``
    else. (So too "the full year" a forecast gives after a later year's period: "expect a loss in
    the first quarter of 2025 but a profit for the full year".)"""
    if (
        tense == "future"
        and candidate.text.lower().endswith("full year")
        and context.dct is not None
        and (ahead := re.fullmatch(r"([0-9]{4})(?:-[QH][1-4])?", previous.value)) is not None
        and int(ahead.group(1)) > context.dct.year
        and previous.end <= candidate.start
        and previous.start >= sentence_bounds(context.text, candidate.start)[0]
    ):
        return replace(resolution, value=ahead.group(1))
    if (
        tense in ("past", None)
        and context.dct is not None
        and (fourth := re.fullmatch(r"([0-9]{4})-Q4", previous.value)) is not None
        and int(fourth.group(1)) == context.dct.year - 1
        and previous.end <= candidate.start
        and previous.start
        >= sentence_bounds(context.text, max(0, sentence_bounds(context.text, candidate.start)[0] - 2))[0]
    ):
        # "Mercer reported a fourth-quarter loss. For the full year, sales fell 11 percent", written
        # in March: the year that quarter closed, the one reported on.
        return replace(resolution, value=fourth.group(1))
    if (
        tense != "past"
        or partial.anchor != "dct"
        or partial.shift is None
        or partial.shift.amount != 0
        or partial.fiscal
        or context.dct is None
        # ("Her best season came in 1995, when she won in Paris in June and finished the year
        # ranked second": the year of the month told too.)
        or not re.fullmatch(r"[0-9]{4}(?:-[0-9]{2})?", previous.value)
        or int(previous.value[:4]) >= context.dct.year
        or previous.end > candidate.start
        or previous.start < sentence_bounds(context.text, candidate.start)[0]
        or previous.anchor is not None
        # ("the first time since 1980 that the race was settled this early in the year": so early
        # in this year.)
        or _SO_EARLY_BEFORE.search(context.text, max(0, candidate.start - 8), candidate.start)
        # ("its steepest fall since 2007, wiping out all of its gains for the year": a record's
        # year, not the one reported on.)
        or _SINCE_BEFORE.search(context.text, max(0, previous.start - 14), previous.start)
    ):
        return None
    return replace(resolution, value=previous.value[:4])


#: The words of a report of results: "post", "report", "earnings", "results".
_RESULTS_IN = re.compile(
    r"\b(?:post|posts|report|reports|announce|results|earnings|profit|loss|net)\b", re.IGNORECASE
)
#: A past negated up to the "until" of a day: "did not freeze over until ", "wasn't reopened until ".
_DID_NOT_UNTIL_BEFORE = re.compile(
    r"\b(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t)\s[^.;:!?]*\b(?:until|till)\s+\Z",
    re.IGNORECASE,
)
_SO_EARLY_BEFORE = re.compile(r"\b(?:this|so)\s+\Z", re.IGNORECASE)


def _month_a_year_before(
    candidate: Candidate, resolution: Resolution, previous: Timex, text: str, released_between: bool = False
) -> Resolution | None:
    """ "a year earlier" (or "the same period last year") that a month's figure is compared with
    in its sentence ("Consumer prices rose 8.6% in May from a year earlier"): that month a year
    before, as TimeBank writes the
    period compared with in the grain of the one in question; ``None`` else. ``released_between``
    says that the day the figures came out on stands between ("in September, the statistics office
    said on Monday, down from 3.4 percent a year earlier")."""
    if (
        not re.fullmatch(r"[0-9]{4}(?:-Q[1-4]|-H[12])?", resolution.value)
        or previous.end > candidate.start
        # ("could reach 1.1 million by June, up from 40,000 a year ago": a deadline is no period a
        # figure is for; the year back is from the report.)
        or _BY_BEFORE.search(text, max(0, previous.start - 4), previous.start)
    ):
        return None
    opening = sentence_bounds(text, candidate.start)[0]
    month = _MONTH_VALUE.match(previous.value)
    if (
        previous.start < opening
        and month is not None
        and _YEAR_EARLIER_OPENS.fullmatch(text, opening, candidate.end)
        and _FIGURE_AFTER.match(text, candidate.end)
        and _NO_DATE_BETWEEN.fullmatch(text, previous.end, opening)
    ):
        # "The jobless rate rose to 6.8 percent in October, after 6.7 percent in September. A year
        # earlier it stood at 5.8 percent": the month the sentence before ended on, a year back.
        return replace(resolution, value=f"{int(month.group('year')) - 1:04d}-{month.group('month')}")
    if previous.start < opening:
        return None
    if (
        month is not None
        and (
            _COMPARED_WITH_YEAR_BEFORE.fullmatch(text, previous.end, candidate.start)
            or (released_between and _FIGURES_COMPARED_SINCE.fullmatch(text, previous.end, candidate.start))
        )
        # (Not the month a record is counted since: "its highest level since September 1987 and up
        # from 5.3% a year earlier" compares the month reported.)
        and not _SINCE_BEFORE.search(text, max(0, previous.start - 12), previous.start)
    ):
        return replace(resolution, value=f"{int(month.group('year')) - 1:04d}-{month.group('month')}")
    if (
        "-" in previous.value and _YEAR_OR_ITS_PART.fullmatch(previous.value)
    ) and _COMPARED_WITH_YEAR_BEFORE.fullmatch(text, previous.end, candidate.start):
        # "Sales fell 4 percent in the second quarter from a year earlier", after a sentence on
        # the third: the quarter its own sentence compares, a year back.
        return replace(resolution, value=f"{int(previous.value[:4]) - 1:04d}{previous.value[4:]}")
    week = _WEEK_VALUE.fullmatch(previous.value)
    if week is not None and _COMPARED_WITH_YEAR_BEFORE.fullmatch(text, previous.end, candidate.start):
        # "fell by 40 percent in the first week of June compared with the same period last year":
        # that week a year back.
        return replace(resolution, value=f"{int(previous.value[:4]) - 1:04d}{previous.value[4:]}")
    day = _DAY_VALUE.fullmatch(previous.value)
    if (
        day is not None
        # (No 29 February a year back.)
        and (day.group("month"), day.group("day")) != ("02", "29")
        # (Not the day a quarter ended on: "Net income in the quarter, which ended June 28, rose
        # from a year earlier" compares the quarter.)
        and not _QUARTER_ENDED_BEFORE.search(text, max(0, previous.start - 30), previous.start)
        # (Nor the day a year began on: "The deficit for fiscal 1990, which began Oct. 1, was $122
        # billion, up from $105 billion in the year-earlier period".)
        and not _PERIOD_BEGAN_BEFORE.search(text, max(0, previous.start - 30), previous.start)
        and _FIGURES_COMPARED_SINCE.fullmatch(text, previous.end, candidate.start)
    ):
        # "For the quarter ended Sept. 30, Delta posted net income of $133.1 million, up from $100
        # million, a year earlier": the day the figures are for, a year back.
        return replace(
            resolution, value=f"{int(day.group('year')) - 1:04d}-{day.group('month')}-{day.group('day')}"
        )
    return None


#: Historians, in the present, dating what the story tells: "German historians end it in ",
#: "Some scholars place the battle in ".
_HISTORIANS_DATE_BEFORE = re.compile(
    r"\b(?:historians|scholars|sources|accounts|chroniclers)\s+(?:\w+\s+){0,2}?"
    r"(?:date|dates|end|ends|place|places|put|puts|extend|extends|give|gives|set|sets|count|counts|start|starts)\b"
    r"[^.;:!?]*\Z",
    re.IGNORECASE,
)

#: A time of a day's second half: "2025-05-08T22:00", "2025-05-08TEV".
_SECOND_HALF_OF_DAY = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?:AF|EV|NI|(?P<hour>1[2-9]|2[0-4]):)")


def _night_of_small_hours(resolution: Resolution, previous: Timex) -> Resolution | None:
    """ "At 1 a.m. on 6 June, paratroopers began to jump. They fought through the night": the night
    a clock time of the small hours is in, the one that began the day before (not the night after
    the day); ``None`` else."""
    small = _SMALL_HOURS_VALUE.match(previous.value)
    if small is None or resolution.value != f"{small.group('day')}TNI":
        return None
    try:
        day = dt.date.fromisoformat(small.group("day"))
    except ValueError:
        return None
    if day <= dt.date.min:
        return None
    return Resolution(f"{(day - _ONE_DAY).isoformat()}TNI", anchor=resolution.anchor)


def _day_after_small_hours(resolution: Resolution, previous: Timex) -> Resolution | None:
    """ "The team arrived around 3 a.m. ... The next afternoon there was a parade": the part of the
    day the small hours begin, the one after the night they end (not the day after them);
    ``None`` else."""
    small = _SMALL_HOURS_VALUE.match(previous.value)
    moved = _PART_OF_A_DAY_VALUE.fullmatch(resolution.value)
    if small is None or moved is None or "day" not in previous.implied:
        # (Not small hours whose day is stated: "began shortly after midnight on 14 October 1987
        # and had collapsed by the evening of the following day" is the 15th's.)
        return None
    try:
        day = dt.date.fromisoformat(small.group("day"))
    except ValueError:
        return None
    if dt.date.fromisoformat(moved.group("day")) != day + _ONE_DAY:
        return None
    return Resolution(f"{day.isoformat()}T{moved.group('part')}", anchor=resolution.anchor)


#: The hour before which a clock after a day's events is of the small hours after it.
_DAWN_HOUR = 6
#: "until" (or "into") right before a clock: "lasted until ".
_UNTIL_CLOCK_BEFORE = re.compile(
    r"\b(?:until|till|into|to)\s+(?:(?:almost|nearly|about|around|after|past)\s+)?\Z", re.IGNORECASE
)
#: A relative clause set off by commas: ", who had urged the council to open the gates,".
_CLOSED_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\b[^,;:]*,")
#: A day's night: "1415-10-25TNI".
_DAY_NIGHT_VALUE = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})TNI")
#: ... and any part of a day: "1979-11-17TNI", "1979-11-18TAF".
_DAY_PART_VALUE = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?:MO|MI|AF|EV|NI|DT)")
#: A part of a day: "1973-03-19TAF".
_PART_OF_A_DAY_VALUE = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<part>MO|AF|EV)")
#: An evening's or a night's time: "1956-10-23TNI", "1956-10-23T20:00".
_NIGHT_BEFORE_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:EV|NI|(?:1[89]|2[0-4]):[0-9]{2})")
#: A clock time of the small hours: "1944-06-06T01:00".
_SMALL_HOURS_VALUE = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T0[0-4]:")


#: A day, or its morning or daytime: "1996-02-13", "1999-04-29TMO".
_DAY_OR_MORNING = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:T(?:MO|DT))?")
#: A second predicate between a day and "overnight": "... on Tuesday and left thousands stranded".
_NEXT_PREDICATE_BEFORE_OVERNIGHT = re.compile(
    # ("and the rally continued in Asia overnight": a subject of its own.)
    r"\band\s+(?:then\s+)?(?:(?:the|its|their)\s+[a-z]+\s+)?(?!about\b|but\b|out\b)[a-z]+(?:ed|t|ut|ept|ent)\b"
    # ("were killed on Wednesday, and hundreds of residents took refuge in the compound overnight".)
    r"|\band\s+(?:hundreds|thousands|dozens|scores|many|some)\s+(?:of\s+[a-z]+\s+)?"
    r"(?:[a-z]+ed|took|fled|went|came|stayed|spent|slept|hid|sought|kept|left)\b"
)
#: "overnight" as an adverb (not "overnight losses"): then punctuation or a preposition.
_OVERNIGHT_ADVERB_AFTER = re.compile(
    r"\s*(?:[.,;:!?)]|\Z|(?:in|at|on|to|from|and|as|before|while|with|near)\b)"
)


def _overnight_after_evening(
    candidate: Candidate,
    resolution: Resolution,
    timexes: Sequence[Timex],
    text: str,
    *,
    dct: dt.date | None,
    past: bool,
) -> Resolution | None:
    """ "overnight" told after a time of a day's afternoon, evening or night ("He spoke at ten
    last night. Overnight, the rebels advanced"): the night that follows it, not the one before
    the day (which "overnight" is in a report of the DCT's day, or after a day: "London shares
    closed lower Friday ... depressed by overnight losses in New York"); ``None`` else. (Not the
    night of the day of writing, told in the past: "We begin tonight in Florida, where tornadoes
    tore through three counties overnight" is the night before.)"""
    if candidate.text.lower() != "overnight":
        return None
    anchor = _labelled_timex(resolution.anchor, timexes)
    value = None if anchor is None else anchor.value
    if (
        past
        and anchor is not None
        and dct is not None
        and dct > dt.date.min
        and value is not None
        and value == (dct - _ONE_DAY).isoformat()
        and anchor.start < sentence_bounds(text, candidate.start)[0]
    ):
        # "Two bombs exploded on Monday. Agents searched an apartment overnight.", written on
        # Tuesday: the night between the day told and the day of writing.
        return Resolution(f"{value}TNI", anchor=resolution.anchor)
    day_told = None if value is None else _DAY_OR_MORNING.fullmatch(value)
    if (
        past
        and anchor is not None
        and day_told is not None
        # (The report's own morning comes after its night: "breached early this morning, and homes
        # were evacuated overnight" is the night before.)
        and not (value is not None and dct is not None and value == f"{dct.isoformat()}TMO")
        and anchor.start >= sentence_bounds(text, candidate.start)[0]
        and _NEXT_PREDICATE_BEFORE_OVERNIGHT.search(text, anchor.end, candidate.start)
        and _OVERNIGHT_ADVERB_AFTER.match(text, candidate.end)
        and not text.startswith(("'s", "’s"), anchor.end)
    ):
        # "A storm dumped a foot of snow on Tuesday and left travelers stranded overnight": the
        # night after the day its sentence has told, where a second predicate follows the day.
        return Resolution(f"{day_told.group('day')}TNI", anchor=resolution.anchor)
    late = None if value is None else _SECOND_HALF_OF_DAY.match(value)
    if late is None:
        return None
    if past and dct is not None and late.group("day") == dct.isoformat():
        return None
    return Resolution(f"{late.group('day')}TNI", anchor=resolution.anchor)


#: A clock time that says which half of the day it is in: "10 a.m.", "10pm", "22:00", "0800".
_HALF_OF_DAY_SAID = re.compile(
    # (Two digits of the hour, not the minutes and seconds of "3:27:36".)
    r"[ap]\.?\s?m\b|(?<![0-9:.])[0-2][0-9][:.]?[0-5][0-9]|noon|midnight|morning|night|evening|afternoon",
    re.IGNORECASE,
)
#: An afternoon, an evening or a night of a day ("1995-10-02TNI"), or a clock time after noon
#: ("1995-10-02T19:00").
_LATER_HALF = re.compile(
    r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?:(?P<part>AF|EV|NI)|(?P<hour>1[2-9]|2[0-3]):)"
)
#: The hours a clock says in an afternoon, or in an evening or a night, as on a morning: "at two
#: o'clock" this afternoon is 14:00, "at eight o'clock" tonight 20:00.
_HOURS_OF_PART = {"AF": range(1, 7), "EV": range(6, 12), "NI": range(6, 12)}
#: A clock time written with its afternoon mark ("7 p.m.", "7pm").
# (... or said in words: "spoke at one o'clock this afternoon, and his critics pounced by three
# o'clock".)
_AFTERNOON_MARK = re.compile(
    r"[0-9a-z]\s?(?:p\.\s?m\b\.?|pm\b)|\b(?:afternoon|evening|tonight)\b", re.IGNORECASE
)


def _hour_of_named_part(
    candidate: Candidate, resolution: Resolution, named: Resolution | None
) -> Resolution | None:
    """An hour without its half of the day on the part of the day named right after it ("at around
    9:30 that night", "at eight that evening"): the afternoon's hour; ``None`` else."""
    if named is None or _HALF_OF_DAY_SAID.search(candidate.text):
        return None
    part = _LATER_HALF.match(named.value)
    clock = _CLOCK_VALUE.fullmatch(resolution.value)
    if part is None or part.group("part") is None or clock is None:
        return None
    if 12 <= int(clock.group("hour")) < 24:
        # ("By Saturday morning the water stood five feet deep. The crest came at 2:15 that
        # afternoon": read as the afternoon's already, which the morning before does not undo.)
        return resolution
    if int(clock.group("hour")) not in _HOURS_OF_PART[part.group("part")]:
        return None
    return _in_the_afternoon(resolution, clock)


#: A clock time's value: its day, its hour and the rest ("2006-12-11T09:30").
#: (With the zone it was said in: "eleven o'clock Eastern" is "…T11:00-05:00".)
_CLOCK_VALUE = re.compile(
    r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<hour>[0-9]{2})(?P<rest>(?::[0-9]{2})*(?:Z|[+-][0-9]{2}:[0-9]{2})?)"
)


def _in_the_afternoon(resolution: Resolution, clock: re.Match[str]) -> Resolution:
    """The clock time (``clock``, its value read by :data:`_CLOCK_VALUE`) twelve hours on."""
    hour = int(clock.group("hour")) + 12
    return replace(resolution, value=f"{clock.group('day')}T{hour:02d}{clock.group('rest')}")


def _morning_hour(
    candidate: Candidate, resolution: Resolution, timexes: Sequence[Timex], text: str
) -> Resolution | None:
    """An hour without its half of the day, read as the afternoon's, just after the morning it
    tells of ("On the morning of Dec. 16, 1944, Hennig was asleep in a cellar when the German
    artillery began at 5:30"): the morning's hour; ``None`` else."""
    if not timexes or _HALF_OF_DAY_SAID.search(candidate.text):
        return None
    morning = _MORNING_VALUE.fullmatch(timexes[-1].value)
    clock = _CLOCK_VALUE.fullmatch(resolution.value)
    if (
        morning is None
        or clock is None
        or clock.group("day") != morning.group("day")
        or not _AFTERNOON_HOURS[0] <= int(clock.group("hour")) < _AFTERNOON_HOURS[1]
        # (Near it, in its paragraph, however abbreviations cut its sentence: "On the morning of Dec.
        # 16, 1944, Pfc. Walter Hennig ...".)
        or candidate.start - timexes[-1].end > _MORNING_REACH
        or "\n" in text[timexes[-1].end : candidate.start]
    ):
        return None
    hour = int(clock.group("hour")) - 12
    return replace(resolution, value=f"{clock.group('day')}T{hour:02d}{clock.group('rest')}")


#: How far after a morning told a bare clock may be to be of it.
_MORNING_REACH = 200
#: A day's morning: "1944-12-16TMO".
_MORNING_VALUE = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})TMO")
#: The hours a bare clock read as the afternoon's may take that the morning has too (13:00 to 18:59).
_AFTERNOON_HOURS = (13, 19)


def _evening_hour(
    candidate: Candidate, resolution: Resolution, timexes: Sequence[Timex]
) -> Resolution | None:
    """An hour the text gives without its half of the day ("at eight o'clock", "at ten", "8:30")
    on the afternoon, evening or night the story stands at ("Tonight, the President will address
    the nation at eight o'clock"; "Last night the networks called Florida at about ten"; "The mob
    stormed the Capitol this afternoon. The breach began shortly after two o'clock"), or after a
    time of the afternoon written with its "p.m.", if not earlier than it ("Doors open at 7 p.m.
    and the show starts at 8:30"; an earlier hour stays the morning's: "at 9 p.m. ... by 8:30" may
    be the next day's), or after an hour read so ("... at 9:30, and a third at 9:53"): the
    afternoon's hour; ``None`` else."""
    anchor = _labelled_timex(resolution.anchor, timexes)
    if anchor is None or _HALF_OF_DAY_SAID.search(candidate.text):
        return None
    later = _LATER_HALF.match(anchor.value)
    clock = _CLOCK_VALUE.fullmatch(resolution.value)
    if later is None or clock is None or clock.group("day") != later.group("day"):
        return None
    hour = int(clock.group("hour"))
    if later.group("part") is not None:
        afternoon = hour in _HOURS_OF_PART[later.group("part")]
    else:
        afternoon = 0 < hour < 12 and hour + 12 >= int(later.group("hour") or 0)
        # (After a p.m. time, or after an hour read as one of the afternoon itself: "at 9:20
        # p.m. A second came at 9:30, and a third at 9:53".)
        afternoon = afternoon and bool(
            _AFTERNOON_MARK.search(anchor.text) or not _HALF_OF_DAY_SAID.search(anchor.text)
        )
    if not afternoon:
        return None
    return _in_the_afternoon(resolution, clock)


def _story_day(
    points: Sequence[ReferencePoint], timexes: Sequence[Timex], text: str, start: int, grain: Grain
) -> Resolution | None:
    """The value of the story's latest time ``points[-1]``, if it is a date of ``grain`` its
    sentence names before ``start`` ("On 4 July 1826, the fiftieth anniversary of ...", "in May,
    the bloodiest month of the war"); ``None`` else (an anniversary is the day of its event, which
    the story need not date); a day of every year its sentence names ("26 October, the feast of
    Saint Demetrius and the anniversary of the liberation, is still celebrated") gives its own."""
    if (
        grain == Grain.DAY
        and timexes
        and _EVERY_YEARS_DAY.fullmatch(timexes[-1].value)
        and timexes[-1].start >= sentence_bounds(text, start)[0]
    ):
        return Resolution(timexes[-1].value, anchor=f"t{len(timexes)}")
    if not points:
        return None
    point = points[-1]
    if point.grain != grain or point.start is None or point.start < sentence_bounds(text, start)[0]:
        return None
    resolution = _story_time_value(point, timexes)
    if resolution is not None and grain == Grain.DAY and "T" in resolution.value:
        # "By nightfall the British had lost 57,470 men, the worst single day in the army's
        # history": the whole day, not the part of it the story stands at.
        resolution = replace(resolution, value=resolution.value.split("T", 1)[0])
    return resolution


#: A day of a month of any year: "XXXX-10-26".
_EVERY_YEARS_DAY = re.compile(r"XXXX-[0-9]{2}-[0-9]{2}")


def _unit_named(text: str) -> Grain:
    """The unit an expression of the story's day names ("the worst month" is a month); a day by
    default ("the anniversary of ...")."""
    unit = _UNIT_WORD.search(text)
    return _UNIT_GRAINS[unit.group(0).lower()] if unit is not None else Grain.DAY


def _time_of_event(
    phrase: Candidate, points: Sequence[ReferencePoint], timexes: Sequence[Timex], text: str
) -> Resolution | None:
    """The value of the day the text gave the event "the time of ..." names ("at the time of the
    treaty"): the latest day named in a sentence that names the event in the same words (see
    :func:`_dated_event`); ``None`` where the text dated no such event to a day."""
    named = _NAMED_EVENT.search(phrase.text)
    if named is None:
        return None
    words = r"\s+".join(re.escape(word) for word in named.group("event").split())
    point = _dated_event(re.compile(rf"\b{words}s?\b", re.IGNORECASE), phrase.start, points, text)
    # (A day: an event dated to a year or more, "the time of the Revolution", is an era of the
    # story rather than a moment of it.)
    return None if point is None or point.grain < Grain.DAY else _story_time_value(point, timexes)


def _this_story_day(
    points: Sequence[ReferencePoint], timexes: Sequence[Timex], text: str, start: int
) -> Resolution | None:
    """The value of the day the story stands at, for "this day" or "this date" in its paragraph
    ("The next day it declared a republic. This date was later adopted as ..."); ``None`` where
    the story stands at no day, or at one of an earlier paragraph."""
    if not points:
        return None
    point = points[-1]
    if point.grain != Grain.DAY or point.start is None or "\n" in text[point.start : start]:
        return None
    return _story_time_value(point, timexes)


def _story_period(timexes: Sequence[Timex], text: str, start: int) -> Resolution | None:
    """The value of the period the text named last, if that is a decade or a longer one in the same
    paragraph ("in the following decade ... During this period", "during the 4th century BC ...
    authors from that period"); ``None`` after a year or a shorter time, which "this period" spans
    on from rather than names (the story may have moved on from a period it named in passing: the
    text's last timex is what the anaphor points back to)."""
    if not timexes or "\n" in text[timexes[-1].end : start]:
        return None
    value = timexes[-1].value
    return Resolution(value) if _DECADE_OR_LONGER.fullmatch(value) else None


def _anchored_on_speech_days(
    timexes: list[Timex], candidates: Sequence[Candidate], speech_days: Sequence[int | None]
) -> list[Timex]:
    """The timexes, those of a quotation counted from the day its speaker spoke (see
    :func:`_speech_days`) anchored on that day's timex (its ``tid``), which may come after them."""
    labels = {timex.start: f"t{number}" for number, timex in enumerate(timexes, 1)}
    spoken_at = {
        candidate.start: candidates[day].start
        for candidate, day in zip(candidates, speech_days, strict=True)
        if day is not None
    }
    return [
        replace(timex, anchor=labels.get(spoken_at[timex.start]))
        if timex.anchor == "" and timex.start in spoken_at
        else timex
        for timex in timexes
    ]


#: What joins the two ends of a span ("Monday through Friday", "1899-1902") and the two of a pair
#: ("May and June"): the joins below are made of these.
_SPAN_WORDS = r"to|through|thru|until|till|-|–|—"
_PAIR_WORDS = r"and|or"
#: What joins the two days of a span: "Monday through Friday", "from Tuesday to Thursday"; and
#: of a pair, in any order ("statements made Friday and Thursday") unless the first is counted
#: from the DCT ("next Tuesday and Wednesday").
# (A comma may close the first end's year: "from March 2, 1966, until March 5".)
_SPAN_JOIN = re.compile(rf"(?:,(?=\s))?\s*(?:{_SPAN_WORDS})\s*", re.IGNORECASE)
_PAIR_JOIN = re.compile(rf"\s*,?\s*(?:{_PAIR_WORDS})\s*", re.IGNORECASE)
#: "and" then the end of what began on the day before it: ", and end ", " and close on ".
_AND_THEN_ENDS = re.compile(
    r"\s*,?\s+and\s+(?:end|ends|close|closes|finish|finishes|conclude|concludes|wrap\s+up|wraps\s+up"
    # ("will close at noon Tuesday, Dec. 24, and remain closed Wednesday for Christmas".)
    r"|remain\s+(?:closed|open|shut)|reopen|reopens|resume|resumes)"
    r"\s+(?:on\s+)?",
    re.IGNORECASE,
)
_WEEK = dt.timedelta(days=7)


#: An evening's clock on a day: "…T19:00", "…T23:20".
_EVENING_ON_A_DAY = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?:1[7-9]|2[0-3]):[0-9]{2}")
#: A pluperfect that runs from a clock: "had been at the club since ", "had waited since ".
_HAD_BEEN_SINCE_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+){0,6}?since\s+\Z", re.IGNORECASE)
#: How far back in the text the small hours of the DCT's day still make a past evening the one
#: before them.
_SMALL_HOURS_REACH = 1200


def _evenings_before_the_small_hours(
    timexes: list[Timex], tenses: Sequence[Tense | None], text: str, dct: dt.date
) -> list[Timex]:
    """A report of the small hours of its own day ("declared victory at 12:45 a.m. Wednesday",
    "won the presidency early Wednesday") that goes on to an evening's hour told in the past with
    no day ("Polls closed at 7 p.m.", "Bush conceded at 11:20 p.m.") tells of the evening before
    them, not of an evening still to come on the DCT's day."""
    small_hours: int | None = None  # where the small hours of the DCT's day were told last
    other_small_hours: tuple[int, str] | None = None  # ... and of another day, and that day
    today = dct.isoformat()
    for index, timex in enumerate(timexes):
        small = _SMALL_HOURS_VALUE.match(timex.value)
        if small is not None and _ZONE_RESTATED.fullmatch(text, max(0, timex.start - 2), timex.start):
            # ("Polls opened at 8 a.m. (0300 GMT) and were due to close at 5 p.m.": a morning's
            # hour restated in another zone, not the small hours of the day.)
            continue
        if small is not None and small["day"] != today:
            other_small_hours = (timex.end, small["day"])
        evening = _EVENING_ON_A_DAY.match(timex.value)
        if (
            other_small_hours is not None
            and evening is not None
            and evening["day"] == other_small_hours[1]
            and "day" in timex.implied
            and not _WEEKDAY_NAMED.search(timex.text)
            and timex.start - other_small_hours[0] <= _SMALL_HOURS_REACH
            and _HAD_BEEN_SINCE_BEFORE.search(text, sentence_bounds(text, timex.start)[0], timex.start)
        ):
            # "The gunfire erupted at 1:45 a.m. Sunday. ... said a woman who had been at the club
            # since 11 p.m.": the evening a pluperfect runs from is the one before those small hours.
            day = dt.date.fromisoformat(other_small_hours[1]) - _ONE_DAY
            timexes[index] = replace(timex, value=day.isoformat() + timex.value[10:])
            continue
        if (small is not None and small["day"] == today) or (
            timex.value == today and timex.mod == "START" and _WEEKDAY_NAMED.search(timex.text)
        ):
            small_hours = timex.end
            continue
        if (
            small_hours is not None
            and timex.value.startswith(today)
            and _WEEKDAY_NAMED.search(timex.text)
            and timex.value[10:] in ("", "TMO", "TAF", "TEV")
        ):
            # ("Leung spoke at midnight. Scuffles broke out on Friday afternoon. Police arrested 19
            # people by 6 p.m.": the day told by its weekday since is where the report stands.)
            small_hours = None
            continue
        if (
            small_hours is not None
            and evening is not None
            and evening["day"] == today
            and tenses[index] == "past"
            and "day" in timex.implied
            # (Not one told with its weekday: "The ships left Wednesday at 6:30 pm" is that day's.)
            and not _WEEKDAY_NAMED.search(timex.text)
            and timex.start - small_hours <= _SMALL_HOURS_REACH
        ):
            before = (dct - _ONE_DAY).isoformat()
            timexes[index] = replace(timex, value=before + timex.value[10:])
    return timexes


def _weekdays_going_on_from_a_coming_one(
    timexes: list[Timex],
    weekdays: Sequence[tuple[str | None, Tense | None]],
    text: str,
    dct: dt.date,
) -> list[Timex]:
    """A bare weekday still to come, told in the sentence after a day still to come that a later
    weekday of the week follows ("The refunding begins next Tuesday. It continues Wednesday and
    Thursday", "The trial opens next Monday. Closing arguments are expected Friday"), is the first
    such day after it: read alone, it was the one before it (in a pair of one sentence see
    :func:`_ordered_weekday_spans`)."""
    coming: tuple[dt.date, int, str | None] | None = None  # the day still to come last named, where, how
    moved: tuple[str, str, int] | None = None  # a weekday moved: its old day, its new one, its sentence's end
    for index, timex in enumerate(timexes):
        kind, tense = weekdays[index]
        if (
            kind is None
            and moved is not None
            and timex.start < moved[2]
            and "day" in timex.implied
            and timex.value.startswith(moved[0])
        ):
            # ("The closing panel begins at 1 p.m. Wednesday and ends at 3 p.m.": the clock of
            # the day moved, in its sentence.)
            timexes[index] = replace(timex, value=moved[1] + timex.value[10:])
            continue
        day = _day_of_value(timex.value) if kind is not None else None
        if day is None:
            continue
        if (
            coming is not None
            and kind == "bare"
            and tense in ("future", "present")
            and dct <= day < coming[0]
            and day.weekday() > coming[0].weekday()
            and timex.start - coming[1] <= _TIMETABLE_REACH
            and "\n\n" not in text[coming[1] : timex.start]
            and sentence_bounds(text, coming[1])[1] <= timex.start
            # (Not the day after the DCT, after a day named bare: "Tokyo wants an answer on Monday.
            # Abe returns to Tokyo on Saturday", written on a Friday, is tomorrow.)
            and not (coming[2] == "bare" and day == dct + dt.timedelta(days=1))
        ):
            later = coming[0] + dt.timedelta(days=day.weekday() - coming[0].weekday())
            timexes[index] = replace(timex, value=later.isoformat() + timex.value[10:])
            moved = (day.isoformat(), later.isoformat(), sentence_bounds(text, timex.start)[1])
            day = later
        coming = (day, timex.end, kind) if day > dct else None
    return timexes


def _part_of_a_month_told(timexes: list[Timex], text: str) -> list[Timex]:
    """ "earlier in the month" right after a month its sentence, or the sentence before, names is
    a part of that month: "Sentiment rose in January to 73.8 from 72.9 earlier in the month",
    written in February (read alone, it is the DCT's month)."""
    for index in range(1, len(timexes)):
        timex, told = timexes[index], timexes[index - 1]
        if (
            timex.rule == "relative.position_in_period"
            and _MONTH_UNIT.search(timex.text)
            and _MONTH_VALUE.fullmatch(told.value)
            and told.value != timex.value
            and sentence_bounds(text, max(0, sentence_bounds(text, timex.start)[0] - 2))[0] <= told.start
        ):
            timexes[index] = replace(timex, value=told.value, anchor="")
    return timexes


#: The month a position in a period names: "earlier in the month".
_MONTH_UNIT = re.compile(r"\bmonth\b", re.IGNORECASE)


def _national_days_kept_on_a_date(timexes: list[Timex], text: str) -> list[Timex]:
    """A day several countries keep, which its sentence says is kept on a day of a month given
    next, is that day of any year: "Independence Day is celebrated every 24 May with parades" (read
    alone, it took the United States' 4 July)."""
    for index in range(len(timexes) - 1):
        named, date = timexes[index], timexes[index + 1]
        day = _DAY_OF_A_MONTH_VALUE.search(date.value)
        if named.rule != "holiday.named" or not NATIONAL_DAY_NAME.fullmatch(named.text) or day is None:
            continue
        if _IS_KEPT_ON.fullmatch(text, named.end, date.start):
            timexes[index] = replace(named, value=f"XXXX-{day['month']}-{day['day']}", anchor="")
        elif date.rule in _DAY_OF_A_MONTH_RULES and _PLAIN_ON.fullmatch(text, named.end, date.start):
            # "Bangladesh celebrates Victory Day on 16 December", "will celebrate Independence Day
            # on July 4": the day of a month said plain after it, as that day is read.
            timexes[index] = replace(named, value=date.value, anchor=date.anchor)
    return timexes


#: The rules of a day of a month written without its year, and the plain "on" before one.
_DAY_OF_A_MONTH_RULES = frozenset({"date.day_month", "date.month_day"})
_PLAIN_ON = re.compile(r"\s+on\s+", re.IGNORECASE)
#: The day and month at the end of a value: "XXXX-05-24", "1993-05-24".
_DAY_OF_A_MONTH_VALUE = re.compile(r"-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])\Z")
#: A day several countries keep, each on its own date ("Independence Day", "National Day").
NATIONAL_DAY_NAME = re.compile(
    r"(?:the\s+)?(?:" + "|".join(re.escape(name) for name in en.NATIONAL_DAYS) + r")", re.IGNORECASE
)
#: What says a named day is kept on the date after it: " is celebrated every ", " falls on ".
_IS_KEPT_ON = re.compile(
    r"\s+(?:is|are)\s+(?:(?:now|still|also|officially)\s+)?(?:celebrated|observed|marked|commemorated|kept|held)"
    r"\s+(?:(?:on|each|every)\s+)?"
    r"|\s+falls\s+on\s+",
    re.IGNORECASE,
)


def _some_weekday_of_a_day_told(timexes: list[Timex], text: str) -> list[Timex]:
    """Some weekday ("a rainy Sunday evening") in the sentence of a day the text dates, which falls
    on that weekday, is that day: "Martin was killed on Feb. 26, 2012, as he walked home on a rainy
    Sunday evening" (read alone, it is any Sunday)."""
    for index in range(1, len(timexes)):
        timex = timexes[index]
        some = _SOME_WEEKDAY_VALUE.fullmatch(timex.value)
        if timex.rule != "date.indefinite_weekday" or some is None:
            continue
        told = timexes[index - 1]
        day = _day_of_value(told.value)
        if (
            day is not None
            and day.isoweekday() == int(some["weekday"])
            and sentence_bounds(text, timex.start)[0] <= told.start
        ):
            timexes[index] = replace(timex, value=day.isoformat() + (some["part"] or ""), anchor="")
    return timexes


#: Some day of a week: "XXXX-WXX-7", "XXXX-WXX-7TEV".
_SOME_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-(?P<weekday>[1-7])(?P<part>T(?:MO|AF|EV|NI|DT))?")


def _days_said_ahead_on_a_past_day(
    timexes: list[Timex], weekdays: Sequence[tuple[str | None, Tense | None]], text: str, dct: dt.date
) -> list[Timex]:
    """A bare weekday or a weekend that a speaker said, on a day the report looks back to, "would"
    come ("On Friday, officials said the storm would hit on Sunday", written the Wednesday after)
    is the first such day after the saying (read alone, it took the one after the DCT)."""
    said: tuple[dt.date, int] | None = None  # the day of the saying, and where its sentence ends
    for index, timex in enumerate(timexes):
        kind, tense = weekdays[index]
        day = _day_of_value(timex.value)
        if kind == "bare" and tense == "past" and day is not None and day < dct:
            opens, ends = sentence_bounds(text, timex.start)
            before = text[opens : timex.start]
            if _SAYING_RIGHT_BEFORE.search(before) or (
                _ON_DAY_OPENING.fullmatch(before) and _SAYING_VERB.match(text, timex.end)
            ):
                said = (day, ends)
                continue
        if said is None or timex.start >= said[1] or tense != "future":
            continue
        if not _WOULD.search(text, max(0, timex.start - _WOULD_REACH), timex.start):
            continue
        if kind == "bare" and day is not None and day > dct:
            ahead = said[0] + dt.timedelta(days=(day.weekday() - said[0].weekday() - 1) % 7 + 1)
            if ahead < day:
                timexes[index] = replace(timex, value=ahead.isoformat() + timex.value[10:])
        elif (
            timex.rule == "relative.weekend"
            and (week := _A_WEEK_VALUE.fullmatch(timex.value))
            and week["weekend"]
        ):
            saturday = said[0] + dt.timedelta(days=(5 - said[0].weekday()) % 7)
            year, number, _ = saturday.isocalendar()
            value = f"{year:04d}-W{number:02d}-WE"
            if value < timex.value:
                timexes[index] = replace(timex, value=value)
    return timexes


#: A verb of saying in the past right before its day: "officials said on Friday", "said Friday".
_SAYING_RIGHT_BEFORE = re.compile(
    r"\b(?:said|announced|predicted|forecast|warned|told\s+(?:reporters|journalists))\s+(?:on\s+)?\Z"
)
#: A sentence's opening day before a comma: "On Friday, ".
_ON_DAY_OPENING = re.compile(r"\s*(?:[Oo]n\s+)?\Z")
#: ... and its verb of saying after the subject: ", officials said".
_SAYING_VERB = re.compile(r",\s+(?:[\w'’-]+\s+){1,4}?(?:said|announced|predicted|forecast|warned)\b")
#: "would" and the words of its clause up to a day: "would hit over the ", "would vote on ".
_WOULD = re.compile(r"\bwould\b(?:\s+[\w'’-]+){1,6}\s+(?:on\s+|over\s+|by\s+)?(?:the\s+)?\Z")
#: How far before a day its "would" may stand.
_WOULD_REACH = 60


def _ordered_weekday_spans(
    timexes: list[Timex], weekdays: Sequence[tuple[str | None, Tense | None]], text: str
) -> list[Timex]:
    """Keep a span or a pair of two weekdays in order: each is resolved alone, so "will run Monday
    through Friday" written on a Thursday would end (tomorrow) before it starts (next week). A
    span to come ends on the first such day after its start, and so does one after a day the text
    names ("next Tuesday and Wednesday"); one in the past starts on the last such day before its
    end."""
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        if (
            weekdays[index + 1][0] == "bare"
            and _AND_THEN_ENDS.fullmatch(text, first.end, second.start)
            and (told := _DAY_VALUE.match(first.value)) is not None
        ):
            # "The talks will begin Monday, Dec. 10, and end Thursday": the end, the first such day
            # after the start.
            try:
                start, end = dt.date.fromisoformat(told.group(0)), dt.date.fromisoformat(second.value[:10])
                later = start + dt.timedelta(days=(end.weekday() - start.weekday() - 1) % 7 + 1)
            except (ValueError, OverflowError):
                continue
            if end < start:
                # (Only an end read before its start: "Early voting began on Oct. 28 and ends on
                # Saturday" runs to the Saturday to come, weeks on.)
                timexes[index + 1] = replace(second, value=later.isoformat() + second.value[10:])
            continue
        if weekdays[index][0] is None or weekdays[index + 1][0] != "bare":
            continue
        named_pair = weekdays[index][0] == "named" and _PAIR_JOIN.fullmatch(text, first.end, second.start)
        # ("between Friday and Monday" is a span too.)
        between = _PAIR_JOIN.fullmatch(text, first.end, second.start) and _BETWEEN_BEFORE.search(
            text, max(0, first.start - 20), first.start
        )
        try:
            # (A day's hour or part counts as its day: "from Friday until Sunday midnight".)
            start, end = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(second.value[:10])
        except ValueError:
            continue
        # ("scheduled for Tuesday and Wednesday", written on a Wednesday: a pair to come in the
        # order of the week, not today's Wednesday after next Tuesday; "statements made Friday and
        # Thursday" keep the order they were told in.)
        pair_reversed = (
            end < start
            and (weekdays[index][1] or weekdays[index + 1][1]) == "future"
            and _PAIR_JOIN.fullmatch(text, first.end, second.start)
        )
        if not (
            named_pair or between or pair_reversed or _SPAN_JOIN.fullmatch(text, first.end, second.start)
        ) or (
            # (Not a day whose possessive opens a clause of its own: "open relief centers on Monday
            # morning, and Sunday's church services will be held outdoors".)
            "," in text[first.end : second.start] and text.startswith(("'s ", "’s "), second.end)
        ):
            continue
        if dt.timedelta(0) <= end - start < _WEEK:
            continue
        if named_pair and end < start:
            # "meets next Tuesday and Wednesday": the first such day after the named one, however
            # far back the bare day alone would have gone.
            later = start + dt.timedelta(days=(end.weekday() - start.weekday()) % 7)
            timexes[index + 1] = replace(second, value=later.isoformat() + second.value[10:])
            continue
        # The tense of the span's start decides, as the verb before it governs both ends ("will
        # walk out from Friday until Sunday, the union said": the "said" after the end is the
        # report's); the end's only when the start has none.
        tense = weekdays[index][1] or weekdays[index + 1][1]
        try:
            if end - start >= _WEEK:
                # "Voting runs from Monday through Wednesday": the end looked ahead ("through")
                # and the start back, so the two ends lie in different weeks; the span is the
                # coming one, or the one gone by where the start's clause is in the past.
                if tense == "past":
                    timexes[index + 1] = replace(second, value=(end - _WEEK).isoformat() + second.value[10:])
                elif weekdays[index][0] == "bare":
                    timexes[index] = replace(first, value=(start + _WEEK).isoformat() + first.value[10:])
            elif weekdays[index][0] == "bare" and tense == "past":
                timexes[index] = replace(first, value=(start - _WEEK).isoformat() + first.value[10:])
            else:
                timexes[index + 1] = replace(second, value=(end + _WEEK).isoformat() + second.value[10:])
        except OverflowError:
            continue  # (a week past the calendar's edge, with a DCT in year 1 or 9999: left alone)
    return timexes


#: A month or a day of one, with its mod's value and any hour after it: "2025-06", "2025-06-20T09:00".
_MONTH_OR_DAY_VALUE = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?")
#: "between June and August": the word that makes a pair of dates a span.
_BETWEEN_BEFORE = re.compile(r"(?<![A-Za-z])[Bb]etween\s+(?:(?:the\s+)?(?:early|mid|late)[- ]\s*)?\Z")


def _names_month(timex: Timex) -> bool:
    """Whether a timex is a calendar date that names its month (not a weekday's day)."""
    return (
        timex.type != "DURATION"
        # (A part of a dated day names its month too: "until the morning of March 5".)
        and (timex.rule.startswith("date.") or timex.rule == "time.part_of_date")
        and "weekday" not in timex.rule
    )


def _ordered_month_spans(timexes: list[Timex], tenses: Sequence[Tense | None], text: str) -> list[Timex]:
    """Keep the two ends of a span of months or days in order where the text gives one or both no
    year: each end is resolved alone, and a past tense sends a month beyond the DCT's margin back
    a year while a nearer one stays ("lasted from June to July", written in May, would start in
    2025 and end in 2024). The tense of the span's start decides which end moves, as for weekdays:
    a past span starts a year earlier ("between June and August, prices rose" is 2024's summer),
    any other ends a year later ("the exhibition runs from November to February")."""
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        if "year" not in first.implied and "year" not in second.implied:
            continue
        start = _MONTH_OR_DAY_VALUE.fullmatch(first.value)
        end = _MONTH_OR_DAY_VALUE.fullmatch(second.value)
        if start is None or end is None or not (_names_month(first) and _names_month(second)):
            continue
        joined = _SPAN_JOIN.fullmatch(text, first.end, second.start) or (
            _PAIR_JOIN.fullmatch(text, first.end, second.start)
            and _BETWEEN_BEFORE.search(text, max(0, first.start - 20), first.start)
        )
        if not joined or _MOVED_FROM_BEFORE.search(text, max(0, first.start - 40), first.start):
            # (A date moved, no span: "brought forward from 10 August to the 8th".)
            continue
        opening = (int(start[1]), int(start[2]), int(start[3] or 1))
        closing = (int(end[1]), int(end[2]), int(end[3] or 31))
        within = opening[0] + (1 if closing[1:] < opening[1:] else 0)
        if "year" in second.implied and closing[0] > within:
            # "In 1976 a drought lasted from May to August": an end with no year of its own lies
            # within a year of the start, which the text dated (and which it is now anchored on).
            timexes[index + 1] = replace(
                second, value=f"{within:04d}" + second.value[4:], anchor=f"t{index + 1}"
            )
            continue
        if closing >= opening:
            continue
        backwards = "year" not in second.implied or ("year" in first.implied and tenses[index] == "past")
        if backwards:
            year = opening[0] - 1
            timexes[index] = replace(first, value=f"{year:04d}" + first.value[4:])
        else:
            year = closing[0] + 1
            timexes[index + 1] = replace(second, value=f"{year:04d}" + second.value[4:])
    return timexes


def _joined(text: str, first: Timex, second: Timex) -> bool:
    """Whether two timexes are the ends of a range ("March 25 through 29") or a pair ("Aug. 28
    and 29")."""
    start, end = first.end, second.start
    return bool(_SPAN_JOIN.fullmatch(text, start, end) or _PAIR_JOIN.fullmatch(text, start, end))


#: The days and months a year said right after them dates: "on Aug. 28 and 29 in 2005", "on July
#: 14 and 15 last year" (read alone, each took the year its tense gave).
_DATED_BY_YEAR_AFTER = frozenset(
    {"date.month_day", "date.day_month", "date.month_day+range", "date.day_month+range", "date.month"}
)
_YEAR_AFTER_JOIN = re.compile(r"\s+(?:in\s+)?")
#: A year of the common era, a value's whole (``fullmatch``) or its start (``match``): "2012",
#: "2012-06-17".
_YEAR_VALUE = re.compile(r"[0-9]{4}")


def _years_said_after(timexes: list[Timex], text: str) -> list[Timex]:
    """Give the year a text says right after a day or a month that has none ("Aug. 29 in 2005",
    "July 14 and 15 last year") to it, and to the day or month it is paired with."""
    for index in range(1, len(timexes)):
        year, dated = timexes[index], timexes[index - 1]
        if (
            year.type != "DATE"
            or not _YEAR_VALUE.fullmatch(year.value)
            or year.mod is not None
            or dated.rule not in _DATED_BY_YEAR_AFTER
            or "year" not in dated.implied
            or not _YEAR_AFTER_JOIN.fullmatch(text, dated.end, year.start)
        ):
            continue
        timexes[index - 1] = _with_year_of(dated, year)
        if index >= 2:
            partner = timexes[index - 2]
            if (
                partner.rule in _DATED_BY_YEAR_AFTER
                and "year" in partner.implied
                and partner.value[4:5] == "-"
                and _joined(text, partner, dated)
                and partner.value[5:] <= dated.value[5:]
            ):
                timexes[index - 2] = _with_year_of(partner, year)
    return timexes


def _months_before_a_later_year(timexes: list[Timex], text: str) -> list[Timex]:
    """A history's bare month the story's year gave, told before a month and a year stated later
    in its sentence with no date between, is that year's when the story would otherwise step years
    back ("He escaped in 1908. After the February Revolution, he returned to Petrograd in April
    1917": 1917's February); so is one before a later year that ends its clause ("The April
    Uprising broke out in Bulgaria in 1876")."""
    for index in range(len(timexes) - 1):
        bare, stated = timexes[index], timexes[index + 1]
        bare_month = _MONTH_VALUE.fullmatch(bare.value)
        if (
            bare_month is None
            or bare.rule != "date.month"
            or "year" not in bare.implied
            or "year" in stated.implied
            or sentence_bounds(text, stated.start)[0] > bare.start
        ):
            continue
        stated_month = _MONTH_VALUE.match(stated.value)
        if stated_month is not None:
            year = stated_month.group("year")
            years_back = int(year) - int(bare_month.group("year"))
            if years_back < 2 or bare_month.group("month") > stated_month.group("month"):
                continue
        elif (
            _YEAR_VALUE.fullmatch(stated.value)
            and int(stated.value) > int(bare_month.group("year"))
            and _SAME_CLAUSE_UP_TO_IN.fullmatch(text, bare.end, stated.start)
            # (Not an event that led to the later one: "His escape in November led to war in 1648".)
            and not _LED_TO.search(text, bare.end, stated.start)
        ):
            year = stated.value
        else:
            continue
        timexes[index] = replace(bare, value=year + bare.value[4:])
    return timexes


def _days_before_a_stated_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A history's day without its year, told in a sentence that goes on to a later day stated
    with the year before the one the story's line gave it, is in that year ("Operation Typhoon
    opened on 2 October, and the Red Army counter-attacked on 5 December 1941", after a sentence
    that looked ahead to January 1942: 1941's 2 October, not 1942's)."""
    for index in range(len(timexes) - 1):
        bare, stated = timexes[index], timexes[index + 1]
        if (
            "year" not in bare.implied
            or "year" in stated.implied
            or not _DAY_VALUE.fullmatch(bare.value)
            or not _DAY_VALUE.fullmatch(stated.value)
            or sentence_bounds(text, stated.start)[0] > bare.start
            or int(bare.value[:4]) != int(stated.value[:4]) + 1
            or bare.value[4:] > stated.value[4:]
            # (Two clauses of the story joined, the second's day after "on": not "agreed to
            # withdraw to the positions held before 5 August 1965".)
            or not _THEN_ON_A_DAY.fullmatch(text, bare.end, stated.start)
        ):
            continue
        timexes[index] = replace(bare, value=stated.value[:4] + bare.value[4:])
    return timexes


def _months_after_a_stated_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A history's month (or season) without its year, told in the clause joined by "and" to a day
    stated with its year, is that year's when the story's line took it to the next ("Ioannina
    surrendered on 6 March 1913. The armistice was signed on 3 December 1912 and talks opened in
    mid-December": 1912's December; "had begun on 3 December 1912, and through the winter")."""
    for index in range(1, len(timexes)):
        stated, bare = timexes[index - 1], timexes[index]
        month = _MONTH_VALUE.fullmatch(bare.value)
        season = _SEASON_VALUE.fullmatch(bare.value)
        if (
            (month is None and season is None)
            or "year" not in bare.implied
            or "year" in stated.implied
            or not _DAY_VALUE.fullmatch(stated.value)
            or int(bare.value[:4]) != int(stated.value[:4]) + 1
            or (month is not None and month.group("month") < stated.value[5:7])
            or (season is not None and season.group("season") != "WI")
            or not _AND_THEN.fullmatch(text, stated.end, bare.start)
        ):
            continue
        timexes[index] = replace(bare, value=stated.value[:4] + bare.value[4:])
    return timexes


#: A clause joined by "and" up to its month: " and talks opened in ", ", and through ".
_AND_THEN = re.compile(r",?\s+and\s+[^.;:!?]{0,60}?\b(?:in|through|during|over|by|until)\s+", re.IGNORECASE)
#: A clause joined by "and" up to the "on" of its day: ", and the Red Army counter-attacked on ".
_THEN_ON_A_DAY = re.compile(r"[^.;:!?]*,?\s+and\s+[^.;:!?]{0,80}?\bon\s+", re.IGNORECASE)
#: Words of one clause up to the "in" of a year: " Uprising broke out in Bulgaria in ".
_SAME_CLAUSE_UP_TO_IN = re.compile(r"[^,;:.!?()]{1,60}\sin\s")
#: A verb of what one event brought about: "led to", "sparked", "resulted in".
_LED_TO = re.compile(
    r"\b(?:led|leads|leading)\s+to\b|\bresult(?:ed|s)?\s+in\b|\b(?:sparked|triggered|caused|prompted|provoked)\b",
    re.IGNORECASE,
)


def _with_year_of(dated: Timex, year: Timex) -> Timex:
    """``dated`` in the year ``year`` says, which is then as stated (or as implied) as that year
    is: "april '00" takes its year, and its century, from "'00", not from the DCT."""
    implied = tuple(field for field in dated.implied if field != "year") + tuple(
        field for field in year.implied if field not in dated.implied
    )
    return replace(dated, value=year.value + dated.value[4:], implied=implied, anchor=year.anchor)


#: What joins a flashback's date to the next event it tells, in its sentence: ", and on".
_FLASHBACK_GOES_ON = re.compile(
    r",?\s+(?:and|but)\s+(?:then\s+|later\s+)?"
    # ("had begun on 1 August 1904, and the first assault failed on 24 August", "had opened in
    # Moscow on 12 October 1939, but they broke down in mid-November": its next event's clause.)
    r"(?:(?:the\s+|they\s+|it\s+|he\s+|she\s+)(?:[\w'’-]+\s+){0,3}?(?-i:[a-z]+ed|broke|fell|began|came|went|took"
    r"|won|lost|met|ran|struck|held)\s+(?:(?:down|off|up|out|back)\s+)?)?"
    # ("... had landed on 4 May 1898 and had taken the capital in July".)
    r"(?:had\s+[a-z]+(?:ed|en|wn|ght|lt|ne|un)\s+(?:[\w'’-]+\s+){0,4}?)?"
    # ("... had met in late August 1904 and on the Shaho in October": a place, then its time.)
    r"(?:(?:on|at|near)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?"
    r"(?:on|in|by)\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: The opening of an aside that dates from when something held: ", from ", "and, from ".
_ASIDE_FROM_BEFORE = re.compile(r",\s+(?:from|since|after|until)\s+\Z", re.IGNORECASE)
#: ... and the next past verb of a clause after a season: " and reached Belgrade in ".
_SEASON_CLAUSE_GOES_ON = re.compile(
    r",?\s+and\s+(?:then\s+)?(?-i:[a-z]+ed)\s+(?:[\w'’-]+\s+){0,4}?(?:on|in|by)\s+(?:the\s+)?"
    # ... or after a colon that goes on to tell it: "The League had been formed in the spring of 1912:
    # the Serbian-Bulgarian treaty was signed on 13 March".
    r"|:\s+(?:the\s+)?(?:[^\s.;:!?]+\s+){1,4}?(?:was|were)\s+(?-i:[a-z]+ed)\s+(?:on|in)\s+",
    re.IGNORECASE,
)
#: The first month of each season, as a flashback's season is compared with the story's month.
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: "before" right before a date: a bound ("the positions held before 5 August 1965").
_BOUND_BEFORE_DATE = re.compile(r"\bbefore\s+\Z", re.IGNORECASE)
#: A law's name before its year: "the Government of Ireland Act 1920".
_STATUTE_BEFORE = re.compile(r"(?-i:\bAct)\s+\Z")
#: The bracket that opens a moment restated in another zone, and the zone in it.
_ZONE_RESTATED = re.compile(r"\s?\(")
_ZONE_OF_A_RESTATEMENT = re.compile(r"\b(?:GMT|UTC|[ECMPA][SD]T|BST|CET|CEST)\b|[0-9]Z\b")
_ZONE_CLOSING_A_RESTATEMENT = re.compile(
    r",?\s+(?:GMT|UTC|[ECMPA][SD]T|BST|CET|CEST|(?-i:[A-Z])[a-z]+\s+(?:(?:daylight|standard|summer)\s+)?time)\s*\)",
    re.IGNORECASE,
)


def _weekdays_of_a_named_week(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday paired with one of a week the text names after it ("Monday through Wednesday
    last week", "Friday through Sunday of last week", "Monday and Tuesday next week") is a day of
    that week too (read alone, it took the week its tense gave)."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        if (
            first.rule != "date.weekday"
            or not second.rule.startswith("date.weekday+week")
            or not _joined(text, first, second)
        ):
            continue
        try:
            start, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(second.value[:10])
        except ValueError:
            continue
        if start.weekday() > end.weekday():
            continue
        day = end - dt.timedelta(days=end.weekday() - start.weekday())
        timexes[index - 1] = replace(first, value=day.isoformat())
    return timexes


def _later_parts_of_the_year(timexes: list[Timex], text: str) -> list[Timex]:
    """A later half (quarter) a sentence names after an earlier one of a year, without a year of
    its own, is of that year: "Sales will be weak in the first half, but should recover in the
    second half" (each read alone, the second half nearest the DCT may be last year's)."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        earlier, later = (
            _PART_OF_YEAR_VALUE.fullmatch(first.value),
            _PART_OF_YEAR_VALUE.fullmatch(second.value),
        )
        if (
            earlier is None
            or later is None
            or earlier.group("kind") != later.group("kind")
            # (Named, not counted from the first: "in the first quarter, down from the previous
            # quarter" is the quarter before it.)
            or second.rule not in _NAMED_PARTS_OF_YEAR
            or "year" not in second.implied
            # (Nor one whose year its own words give: "the fourth quarter of last year".)
            or _YEAR_WORD.search(second.text) is not None
            or int(later.group("number")) <= int(earlier.group("number"))
            or int(later.group("year")) >= int(earlier.group("year"))
            or sentence_bounds(text, second.start)[0] > first.start
        ):
            continue
        timexes[index] = replace(second, value=earlier.group("year") + second.value[4:])
    return timexes


_NAMED_PARTS_OF_YEAR = frozenset({"date.half", "date.quarter"})
_YEAR_WORD = re.compile(r"\byear\b", re.IGNORECASE)
#: A half or a quarter of a year: "2000-H1", "1999-Q3".
_PART_OF_YEAR_VALUE = re.compile(r"(?P<year>[0-9]{4})-(?P<kind>[HQ])(?P<number>[1-4])")


def _weekdays_after_a_named_week(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday told in the sentence of a week a report names before it, with no other day
    between, is a day of that week: "Mr. Clinton's schedule for next week includes trips to
    Illinois on Wednesday and Thursday" (read alone, each took the week its tense gave)."""
    week: Timex | None = None
    for index, timex in enumerate(timexes):
        if timex.rule == "relative.determined_unit" and _WEEK_VALUE.fullmatch(timex.value):
            # (Not a week's event a possessive names: "To help clear the way for this week's
            # meeting, the Cabinet voted on Sunday".)
            week = None if text.startswith(("'s", "’s"), timex.end) else timex
            continue
        if week is None or sentence_bounds(text, timex.start)[0] > week.start:
            week = None
            continue
        if timex.rule != "date.weekday":
            if timex.type == "TIME" or (timex.type == "DATE" and len(timex.value) >= 10):
                # another day or time named between (not a month: "next week, we get retail sales
                # for April on Wednesday")
                week = None
            continue
        if _SAID_ON_BEFORE.search(text, max(0, timex.start - 40), timex.start):
            continue  # "is due to visit Kyiv next week, his office said Thursday": the day of saying
        if _SINCE_BEFORE.search(text, max(0, timex.start - 12), timex.start):
            continue  # "intervened twice last week, but not since Monday": since this week's
        if _IF_BETWEEN.search(text, week.end, timex.start):
            continue  # "would ask next week for funds if no deal was reached by Friday": the condition's
        if (
            _NEW_SUBJECT_CLAUSE_BETWEEN.search(text, week.end, timex.start)
            or _NEW_TIME_CLAUSE_BETWEEN.search(text, week.end, timex.start)
            or _NEW_NAMED_SUBJECT_BETWEEN.search(text, week.end, timex.start)
            or _NEW_COMMON_SUBJECT_BETWEEN.search(text, week.end, timex.start)
        ):
            # "The United States last week ordered a carrier to the area, and on Monday the
            # secretary said ...": a clause of its own, its weekday the latest one.
            continue
        if (
            relative_open(text, sentence_bounds(text, week.start)[0], week.start)
            and "," in text[week.end : timex.start]
        ):
            continue  # "The team, which plays Arsenal next week, travels to Madrid on Saturday"
        if PRESENT_PREDICATE_BETWEEN.search(text, week.end, timex.start):
            continue  # "The show opened last week and runs through Sunday": the present's own day
        if _RELATIVE_OF_A_NOUN_BETWEEN.search(text, week.end, timex.start):
            # "will meet next week to mark the anniversary, which falls on Sunday": the day of
            # the noun the relative clause tells, in its own tense.
            continue
        try:
            day = dt.date.fromisoformat(timex.value)
            monday = dt.date.fromisocalendar(int(week.value[:4]), int(week.value[6:8]), 1)
        except ValueError:
            continue
        if day >= monday + dt.timedelta(days=7) and (
            _FUTURE_BETWEEN.search(text, week.end, timex.start)
            or _PREDICATE_BETWEEN.match(text, week.end, timex.start)
        ):
            # "The two sides met last week and will return Tuesday", "hit a record high last week
            # and closed lower on Monday": a predicate of its own, its day the latest one.
            continue
        if day < monday and _PREDICATE_BETWEEN.match(text, week.end, timex.start):
            # "Clinton is scheduled to visit the region next week, and Tipper Gore toured
            # Tegucigalpa on Sunday": a past predicate of its own, its day gone by.
            continue
        timexes[index] = replace(timex, value=(monday + dt.timedelta(days=day.weekday())).isoformat())
    return timexes


#: A second predicate between a week and a weekday: ", and closed lower on", "and a magistrate
#: ordered on".
_PREDICATE_BETWEEN = re.compile(r",?\s+and\s+(?:[\w'’-]+\s+){0,3}?[a-z]+ed\b[^.;]*\Z")
#: A future verb between a past week and a weekday: the weekday's clause is not the week's.
_FUTURE_BETWEEN = re.compile(
    r"\b(?:will|shall|'ll|’ll|may|might|could|would)\b"
    r"|\b(?:agreed|decided|promised|vowed|planned|plans?|expects?|expected|hopes?|hoped)\s+to\b"
    # ("declared disaster areas last week, and the secretary is due to tour farms on Thursday".)
    r"|\b(?:is|are)\s+(?:due|scheduled|set|expected|slated|to)\b",
    re.IGNORECASE,
)


def _weekdays_in_apposition(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday set after a day as its apposition ("Sandy came ashore on Oct. 29, a Monday,";
    "on Oct. 16, the Monday after the plunge"; "shortly before 2 a.m. on Oct. 19, a Sunday,") is
    that day, where the day is that weekday."""
    for index in range(1, len(timexes)):
        day, weekday = timexes[index - 1], timexes[index]
        if weekday.rule != "date.weekday" or not (
            APPOSITION.fullmatch(text, day.end, weekday.start)
            # ("The debate is tomorrow, Friday": the day named from the DCT, restated.)
            or (
                day.text.lower() in ("today", "tomorrow", "yesterday")
                and _COMMA_BETWEEN.fullmatch(text, day.end, weekday.start)
                and not _LIST_GOES_ON.match(text, weekday.end)
            )
        ):
            continue
        try:
            date, named = dt.date.fromisoformat(day.value[:10]), dt.date.fromisoformat(weekday.value)
        except ValueError:
            continue
        # (In the Old Style a history may give too: "on 19 December 1675, a Sunday".)
        if named.weekday() in weekdays_of(date) and date != named:
            timexes[index] = replace(weekday, value=date.isoformat())
        elif named.weekday() not in weekdays_of(date) and "year" in day.implied and len(day.value) == 10:
            # "The smog began on Oct. 26, 1948. ... The fog came in on Oct. 26, a Tuesday": the year
            # the text told last in which the day is that weekday (in 1998 it was a Monday).
            told = _year_of_the_weekday(date, named.weekday(), timexes[: index - 1])
            if told is not None:
                timexes[index - 1] = replace(day, value=told.isoformat() + day.value[10:])
                timexes[index] = replace(weekday, value=told.isoformat())
    return timexes


def _year_of_the_weekday(date: dt.date, weekday: int, before: Sequence[Timex]) -> dt.date | None:
    """``date`` in the latest year a timex before it states in which it falls on ``weekday``."""
    for timex in reversed(before):
        if "year" in timex.implied or not timex.value[:4].isdigit():
            continue
        try:
            told = date.replace(year=int(timex.value[:4]))
        except ValueError:
            continue
        if told.weekday() == weekday:
            return told
    return None


def _first_days_in_apposition(timexes: list[Timex], text: str) -> list[Timex]:
    """A first or last day of a period set after a day as its apposition ("on 1 April 2025, the
    first day of the new financial year"; "on 3 June, the first day of the session") is that day."""
    for index in range(1, len(timexes)):
        day, edge = timexes[index - 1], timexes[index]
        if (
            edge.type == "DATE"
            and _EDGE_DAY.match(edge.text)
            and _COMMA_BETWEEN.fullmatch(text, day.end, edge.start)
            and _DAY_VALUE.fullmatch(day.value)
            and edge.value != day.value
        ):
            timexes[index] = replace(edge, value=day.value, anchor=day.anchor)
    return timexes


#: The first or last day of a period: "the first day of the new financial year".
_EDGE_DAY = re.compile(r"the\s+(?:first|last|final|opening|closing)\s+day\b", re.IGNORECASE)


#: A second verb after "overnight", up to an early day: " and resumed ".
_AND_AGAIN_EARLY_BETWEEN = re.compile(r"\s+and\s+(?:then\s+)?(?-i:[a-z]+ed)\s+(?:again\s+)?", re.IGNORECASE)


def _overnight_on_a_day(timexes: list[Timex], text: str) -> list[Timex]:
    """ "Overnight on Aug. 13, 1961" is the night of the day after it, not the night before the
    day the report stands at; and "overnight" told after a day in a clause joined after the day's
    ("The crowds on Sunday were the biggest since 2004, and some demonstrators occupied city hall
    overnight") is the night that day ends with."""
    for index in range(1, len(timexes)):
        night = timexes[index]
        if night.text.lower() != "overnight" or not night.value.endswith("TNI"):
            continue
        day = next(
            (
                timex
                for timex in reversed(timexes[:index])
                if _DAY_VALUE.fullmatch(timex.value) and timex.start >= sentence_bounds(text, night.start)[0]
            ),
            None,
        )
        if (
            day is not None
            and _JOINED_AFTER.search(text, day.end, night.start)
            and not _AFTER_WORD.search(text, day.end, night.start)
            and night.value == (dt.date.fromisoformat(day.value) - _ONE_DAY).isoformat() + "TNI"
        ):
            timexes[index] = replace(night, value=day.value + "TNI")
    for index in range(len(timexes) - 1):
        night, day = timexes[index], timexes[index + 1]
        if night.text.lower() != "overnight" or not night.value.endswith("TNI"):
            continue
        if _ON_BETWEEN.fullmatch(text, night.end, day.start) and _DAY_VALUE.fullmatch(day.value):
            timexes[index] = replace(night, value=day.value + "TNI")
        elif (
            _AND_AGAIN_EARLY_BETWEEN.fullmatch(text, night.end, day.start)
            and day.mod == "START"
            and _DAY_VALUE.fullmatch(day.value)
        ):
            # "the shelling had continued overnight and resumed early Thursday": the night that
            # Thursday's early hours end.
            timexes[index] = replace(
                night, value=(dt.date.fromisoformat(day.value) - _ONE_DAY).isoformat() + "TNI"
            )
        elif (
            _FROM_BETWEEN.fullmatch(text, night.end, day.start)
            and (evening := _CLOCK_DAY.match(day.value)) is not None
            and _EVENING_CLOCK_VALUE.search(day.value)
        ):
            # "The first shift will run overnight, from 7 p.m. Monday to 6 a.m. Tuesday": the
            # night the evening it runs from begins.
            timexes[index] = replace(night, value=evening.group(0) + "TNI")
    return timexes


def _clocks_told_in_the_pluperfect(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare clock in a clause of the pluperfect, earlier in the day than the clock told before
    it, is on that clock's day, before it ("Lhota conceded at 10:30 p.m. Polls had opened at 6
    a.m."), not the next morning."""
    for index in range(1, len(timexes)):
        clock, before = timexes[index], timexes[index - 1]
        if clock.rule != "time.clock" or before.type != "TIME":
            continue
        told, said = _CLOCK_VALUE.fullmatch(clock.value), _CLOCK_VALUE.fullmatch(before.value)
        if told is None or said is None or int(told.group("hour")) >= int(said.group("hour")):
            continue
        day = dt.date.fromisoformat(said.group("day"))
        if told.group("day") != (day + _ONE_DAY).isoformat():
            continue
        clause = _CLAUSE_BREAK_BETWEEN.split(text[sentence_bounds(text, clock.start)[0] : clock.start])[-1]
        if _HAD.search(clause):
            timexes[index] = replace(clock, value=said.group("day") + clock.value[10:])
    return timexes


def _edges_of_the_day_of_a_habit(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare edge of the day ("dawn", "dusk") in a clause that tells a habit by a set ("curfews
    from dusk until dawn were enforced daily", "Patrols went out every night and returned at
    dawn") is every day's, no day the story is at."""
    sets = [timex for timex in timexes if timex.type == "SET"]
    if not sets:
        return timexes
    for index, timex in enumerate(timexes):
        if (
            timex.type != "TIME"
            or not _BARE_EDGE_OF_DAY.fullmatch(timex.text)
            or not (part := _HABIT_PART_VALUE.fullmatch(timex.value))
        ):
            continue
        opens, closes = sentence_bounds(text, timex.start)
        if any(
            opens <= habit.start < closes
            and ";" not in text[min(habit.end, timex.end) : max(habit.start, timex.start)]
            for habit in sets
        ):
            timexes[index] = replace(timex, value=f"XXXX-XX-XXT{part.group('part')}", anchor="", implied=())
    return timexes


#: The edges of the day a story may tell without a determiner.
_BARE_EDGE_OF_DAY = re.compile(r"dawn|dusk|daybreak|nightfall|sunrise|sunset|first light", re.IGNORECASE)
#: A part of a day's value: "1954-04-24TEV".
_HABIT_PART_VALUE = re.compile(r"[0-9X]{4}-[0-9X]{2}-[0-9X]{2}T(?P<part>MO|AF|EV|NI|DT|MI)")
#: A clause joined after another: ", and", " and then".
_JOINED_AFTER = re.compile(r",?\s+and\s+(?:then\s+)?", re.IGNORECASE)
#: "after" or "following", which may put what follows before the day told.
_AFTER_WORD = re.compile(r"\b(?:after|following)\b", re.IGNORECASE)
#: ", from" between "overnight" and the evening it runs from.
_FROM_BETWEEN = re.compile(r",?\s+from\s+")


#: "on" between two timexes: "overnight on Aug. 13".
_ON_BETWEEN = re.compile(r"\s+on\s+")


def _weekday_parts_dated_after(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday's part of the day with its date set after it ("early Friday morning, July 22")
    is on that date, where the date is that weekday (read alone, the weekday took the week its
    tense gave)."""
    for index in range(1, len(timexes)):
        part, day = timexes[index - 1], timexes[index]
        if part.rule != "time.weekday_part" or not _COMMA_BETWEEN.fullmatch(text, part.end, day.start):
            continue
        try:
            date, named = dt.date.fromisoformat(day.value), dt.date.fromisoformat(part.value[:10])
        except ValueError:
            continue
        if date.weekday() == named.weekday() and date != named:
            timexes[index - 1] = replace(part, value=day.value + part.value[10:])
    return timexes


def _parts_of_the_day_after(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare part of the day right before a day ("before dawn Friday", "by dusk on Thursday") is
    that day's (read alone, it took the day the story was at)."""
    for index in range(1, len(timexes)):
        part, day = timexes[index - 1], timexes[index]
        if (
            part.rule != "time.anaphoric_part"
            or not _PART_WORD.fullmatch(part.text)
            or not _ON_OR_NOTHING.fullmatch(text, part.end, day.start)
            or _DAY_VALUE.fullmatch(day.value) is None
            or _DAY_VALUE.match(part.value) is None
        ):
            continue
        timexes[index - 1] = replace(part, value=day.value + part.value[10:])
    return timexes


#: A part of the day named alone: "dawn", "dusk", "daybreak", "nightfall".
_PART_WORD = re.compile(r"(?:dawn|dusk|daybreak|nightfall|sunrise|sunset|first light)", re.IGNORECASE)
#: What may stand between a part of the day and the day it is of: " ", " on ".
_ON_OR_NOTHING = re.compile(r"\s+(?:on\s+)?")


def _clock_ranges_across_midnight(timexes: list[Timex], text: str) -> list[Timex]:
    """The end of a range of clock times earlier than its start on the same day ("a curfew from 6
    p.m. to 6 a.m.", "between 10 p.m. and 6 a.m.") is on the next day."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        start, end = _LOCAL_CLOCK.match(first.value), _LOCAL_CLOCK.match(second.value)
        if (
            start is None
            or end is None
            or start.group("day") != end.group("day")
            or second.rule != "time.clock"
            or not _RANGE_JOIN.fullmatch(text, first.end, second.start)
            or (int(start.group("hour")), int(start.group("minute")))
            <= (int(end.group("hour")), int(end.group("minute")))
        ):
            continue
        try:
            day = dt.date.fromisoformat(end.group("day")) + _ONE_DAY
        except (ValueError, OverflowError):
            continue
        timexes[index] = replace(second, value=day.isoformat() + second.value[10:])
    return timexes


def _weekdays_after_tomorrow(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday joined to "tomorrow" ("tomorrow and Sunday", "reopen tomorrow, and schools on
    Sunday") is the first such day from tomorrow on, as the pair is told; one joined to "today" or
    "tonight" ("Schools are closed today and Monday") the first after it."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        word = first.text.lower()
        if (
            word not in ("tomorrow", "today", "tonight")
            or second.rule != "date.weekday"
            or not _JOINED_TO_TOMORROW.fullmatch(text, first.end, second.start)
        ):
            continue
        try:
            tomorrow, day = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(second.value)
        except ValueError:
            continue
        if word != "tomorrow":
            # (What is or will be so, not what was: "He spoke today and on Monday" is last Monday.)
            if not _STATE_OR_PLAN_BEFORE.search(text, sentence_bounds(text, first.start)[0], first.start):
                continue
            tomorrow += _ONE_DAY
        if day < tomorrow:
            weeks = -(-(tomorrow - day).days // 7)
            timexes[index] = replace(second, value=(day + dt.timedelta(weeks=weeks)).isoformat())
    return timexes


def _weekdays_of_a_coming_timetable(
    timexes: list[Timex],
    weekdays: Sequence[tuple[str | None, Tense | None]],
    text: str,
    dct: dt.date,
) -> list[Timex]:
    """The bare weekdays of a timetable that opens on a day weeks after the DCT ("The festival
    opens at 4 p.m. Friday, Aug. 9 ... On Saturday, events begin at 7 a.m. ... Sunday, the final
    day, features a pancake breakfast"), told in no past, are the days of it or around it (read
    alone, each took the week the DCT is in), and so are the clock times on them. Days it runs
    through are its own: "will open Wednesday, Aug. 7, and run through Sunday, Aug. 11 ... Friday
    is Senior Day"."""
    opening: tuple[dt.date, dt.date, int] | None = None  # its first and last days, where told
    # (Where a span of days told without their weekdays ends its sentence: a programme that names
    # none is read as one only in its own sentence.)
    bare_span_ends: int | None = None
    moved: dict[str, str] = {}
    for index, timex in enumerate(timexes):
        day = _day_of_value(timex.value)
        if day is None:
            continue
        kind, tense = weekdays[index]
        if kind is None and "day" not in timex.implied and "month" not in timex.implied:
            # (A day told with its weekday, as a programme gives it: not a deadline, "must be
            # returned by Jan. 14", nor a bond's "due Oct. 15, 1999".)
            if opening is not None and dt.timedelta(0) <= day - opening[1] <= _TIMETABLE_SPAN:
                opening = (opening[0], day, opening[2])
            elif (
                _TIMETABLE_AHEAD < day - dct <= _TIMETABLE_REACH_AHEAD
                and _WEEKDAY_NAMED.search(timex.text)
                # (Not a day named for its weekday: "Voters head to the polls on Super Tuesday. The
                # candidates will meet again Wednesday night" is this week's.)
                and not timex.rule.startswith("holiday.")
            ) or (
                # (A span of days told without their weekdays is near its sentence, and may lie
                # further ahead: "The summit will take place September 15-17. It opens Monday".)
                _TIMETABLE_AHEAD < day - dct <= _SPAN_OF_DAYS_REACH_AHEAD
                and _opens_a_span_of_days(timexes, index, day, text)
            ):
                # ("Winter Fest runs Feb. 14-16, with a chili supper Friday night": a span of days
                # told without their weekdays is a programme too, in its sentence: not "UEFA said
                # the first matchdays are on Oct. 20-21. Barcelona face Bayern on Friday".)
                opening = (day, day, timex.start)
                bare_span_ends = None if _WEEKDAY_NAMED.search(timex.text) else _topic_ends(text, timex.start)
                moved = {}
            else:
                opening = None
                moved = {}
            continue
        if opening is None:
            continue
        if (
            text.count("\n\n", opening[2], timex.start) > _TIMETABLE_PARAGRAPHS
            or (
                bare_span_ends is not None
                and timex.start >= bare_span_ends
                # (Past its sentence, a weekday in its paragraph that falls inside the span is one of
                # its days: "The tax-free weekend runs August 6-8. Stores will stay open until 11 p.m.
                # Friday".)
                and not (
                    "\n\n" not in text[opening[2] : timex.start]
                    and (
                        (
                            kind == "bare"
                            and (inside := _timetable_day(opening[0], opening[1], day.weekday())) is not None
                            and opening[0] <= inside <= opening[1]
                        )
                        # (... and a clock on such a day: "begins at 1 p.m. Wednesday and ends at 3 p.m.")
                        or (kind is None and "day" in timex.implied and timex.value[:10] in moved)
                    )
                )
            )
        ):
            opening = None
            continue
        if (
            kind == "bare"
            and tense != "past"
            and dct - _TIMETABLE_AHEAD <= day < opening[0]
            # (A day in the week before the opening only when the span holds its weekday: "runs
            # from Aug. 6 to Aug. 8. Gates open at 10 a.m. Friday".)
            and (
                day < opening[0] - _TIMETABLE_AHEAD
                or opening[0] <= (_timetable_day(opening[0], opening[1], day.weekday()) or day) <= opening[1]
            )
        ):
            new_day = _timetable_day(opening[0], opening[1], day.weekday())
            if new_day is None or (opening[0] == opening[1] and new_day < opening[0]):
                # (A single day ahead is no programme with days before it: "The sentencing was set
                # for Friday, Jan. 28. Testimony resumes Tuesday" is the coming Tuesday.)
                continue
            moved[day.isoformat()] = new_day.isoformat()
            timexes[index] = replace(timex, value=new_day.isoformat() + timex.value[10:])
            if (
                index > 0
                and timexes[index - 1].type == "TIME"
                and timexes[index - 1].value[:10] == day.isoformat()
                and "day" in timexes[index - 1].implied
                and _SPAN_JOIN.fullmatch(text, timexes[index - 1].end, timex.start)
            ):
                # ("from 10 a.m. to 9 p.m. Saturday": the range's first clock is on its day too.)
                timexes[index - 1] = replace(
                    timexes[index - 1], value=new_day.isoformat() + timexes[index - 1].value[10:]
                )
        elif kind is None and "day" in timex.implied and timex.value[:10] in moved:
            timexes[index] = replace(timex, value=moved[timex.value[:10]] + timex.value[10:])
    return timexes


#: A sentence that goes on with the one before it, its pronoun the same subject: "It will run
#: from 10 a.m. to 9 p.m. Saturday".
_GOES_ON_WITH_PRONOUN = re.compile(r"\s*(?:It|They|This|These)\s")


def _topic_ends(text: str, position: int) -> int:
    """Where the sentence at ``position`` ends, or the next one if that goes on with its subject
    by a pronoun ("The festival moves this year to May 2-3. It will run ... Saturday")."""
    end = sentence_bounds(text, position)[1]
    if _GOES_ON_WITH_PRONOUN.match(text, end) and end < len(text):
        return sentence_bounds(text, end + 1)[1]
    return end


def _opens_a_span_of_days(timexes: Sequence[Timex], index: int, day: dt.date, text: str) -> bool:
    """Whether the day at ``index`` opens a span of days the next expression ends ("Feb. 14-16",
    "May 2 to May 4"), at most two weeks long."""
    if index + 1 >= len(timexes):
        return False
    following = timexes[index + 1]
    last = _day_of_value(following.value)
    return (
        last is not None
        and dt.timedelta(0) < last - day <= _TIMETABLE_SPAN
        and _SPAN_JOIN.fullmatch(text, timexes[index].end, following.start) is not None
    )


def _timetable_day(first: dt.date, last: dt.date, weekday: int) -> dt.date | None:
    """The day with ``weekday`` nearest the days from ``first`` to ``last`` (one of them if it can
    be), the earlier of two as near: a heading's or a programme's (not past the calendar's ends: a
    heading of 9999-12-31 has no days after it)."""
    options = [
        day
        for offset in range(-3, (last - first).days + 4)
        if (day := _shifted_day(first, offset)) is not None and day.weekday() == weekday
    ]
    if not options:
        return None
    return min(options, key=lambda day: (max(first - day, day - last, dt.timedelta(0)), day))


#: How far after the DCT a timetable's opening day is, at least, for its weekdays to be around it.
_TIMETABLE_AHEAD = dt.timedelta(days=7)
#: The last month whose "this winter" told in the past is the winter just gone.
_WINTER_TOLD_UNTIL_MONTH = 4
#: How long before the DCT a day must lie to be an old story's, not the report's.
_OLD_STORY_AGE = dt.timedelta(days=365)
#: ... and how far at most.
_TIMETABLE_REACH_AHEAD = dt.timedelta(days=90)
#: ... and that of a span of days told without their weekdays ("September 15-17").
_SPAN_OF_DAYS_REACH_AHEAD = dt.timedelta(days=366)
#: How many paragraph breaks a timetable's days may lie past its opening day.
_TIMETABLE_PARAGRAPHS = 4
#: How long a timetable told by its first and last days may run.
_TIMETABLE_SPAN = dt.timedelta(days=14)
#: "that day", "that same day", "the same day": the anaphor of a day told.
_THAT_DAY = re.compile(r"(?:that\s+(?:same\s+|very\s+)?|the\s+same\s+)day", re.IGNORECASE)
#: A present state or a plan in the clause before "today": "are closed ", "will stay shut ".
_STATE_OR_PLAN_BEFORE = re.compile(r"\b(?:is|are|will|remains?|stays?)\b", re.IGNORECASE)
#: Between "tomorrow" and a weekday joined to it: " and ", ", and schools on ".
_JOINED_TO_TOMORROW = re.compile(r",?\s+and\s+(?:[a-z]+\s+){0,2}?(?:on\s+)?")


def _months_of_a_told_season(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare month of a season its sentence has just named ("Last winter, a cold snap killed
    400 people, most of them in late December and early January") is that season's month: the
    winter of 2003 holds December 2003 and January 2004."""
    season: tuple[int, str, int] | None = None  # (year, season, where its sentence opens)
    season_end = 0
    for index, timex in enumerate(timexes):
        told = _SEASON_VALUE.fullmatch(timex.value)
        if told is not None:
            season = (int(told.group("year")), told.group("season"), sentence_bounds(text, timex.start)[0])
            season_end = timex.end
            continue
        if season is None or sentence_bounds(text, timex.start)[0] != season[2]:
            season = None
            continue
        month = _MONTH_VALUE.fullmatch(timex.value)
        if timex.rule != "date.month" or month is None:
            continue
        number = int(month.group("month"))
        months = _SEASON_MONTHS[season[1]]
        if number not in months:
            continue
        if _PRESENT_OR_FUTURE_VERB.search(text, season_end, timex.start):
            # ("photographs from that summer, which will be on display through the end of July":
            # the month of a plan of the present, not the season's.)
            continue
        year = _year_of_a_seasons_month(season[0], season[1], number)
        timexes[index] = replace(timex, value=f"{year:04d}-{number:02d}")
    return timexes


def _year_of_a_month_in_told_season(
    partial: PartialTime, candidate: Candidate, timexes: Sequence[Timex], text: str
) -> int | None:
    """The year of a bare month that a season told just before it in its sentence holds (see
    :func:`_months_of_a_told_season`), or None."""
    if (
        not timexes
        or partial.kind != "date"
        or partial.month is None
        or partial.day is not None
        or partial.year is not None
        or partial.anchor is not None
        or partial.direction is not None
    ):
        return None
    told = _SEASON_VALUE.fullmatch(timexes[-1].value)
    if (
        told is None
        or sentence_bounds(text, timexes[-1].start)[0] != sentence_bounds(text, candidate.start)[0]
    ):
        return None
    if partial.month not in _SEASON_MONTHS[told.group("season")]:
        return None
    if _PRESENT_OR_FUTURE_VERB.search(text, timexes[-1].end, candidate.start):
        return None
    if not _SEASON_OF_THE_STORY.match(timexes[-1].text):
        # (Only a season the story is at, or one its year names: "Count Tilly arrived in the spring
        # and took charge of the siege at the end of March", after November 1630, is 1631's.)
        return None
    return _year_of_a_seasons_month(int(told.group("year")), told.group("season"), partial.month)


def _year_within_a_told_span(
    partial: PartialTime, candidate: Candidate, timexes: Sequence[Timex], text: str
) -> int | None:
    """The year of a month (or a day of one) without its year that lies within a span of months
    across a new year the text told just before it, in its sentence or the one before ("Between
    August 1796 and January 1797 ... On 5 August"), or None."""
    if (
        len(timexes) < 2
        or partial.kind != "date"
        or partial.month is None
        or partial.year is not None
        or partial.anchor is not None
    ):
        return None
    first, last = timexes[-2], timexes[-1]
    opening, closing = _MONTH_VALUE.fullmatch(first.value[:7]), _MONTH_VALUE.fullmatch(last.value)
    if (
        opening is None
        or closing is None
        or len(first.value) != len("0000-00")
        or opening["year"] == closing["year"]
        or not (
            _SPAN_JOIN.fullmatch(text, first.end, last.start)
            or _PAIR_JOIN.fullmatch(text, first.end, last.start)
        )
        or _SPAN_OF_MONTHS_OPENS.search(text, max(0, first.start - 10), first.start) is None
        or sentence_bounds(text, max(0, sentence_bounds(text, candidate.start)[0] - 2))[0] > first.start
    ):
        return None
    start, end = (int(opening["year"]), int(opening["month"])), (int(closing["year"]), int(closing["month"]))
    if (end[0] - start[0]) * _MONTHS_IN_A_YEAR + end[1] - start[1] >= _MONTHS_IN_A_YEAR:
        # (A span of a year and more holds a month twice, or holds the run-up to it: "lasted from
        # March 1848 to November 1849. News reached Vienna at the end of February".)
        return None
    inside = [year for year in range(start[0], end[0] + 1) if start <= (year, partial.month) <= end]
    return inside[0] if len(inside) == 1 else None


#: The months of a year.
_MONTHS_IN_A_YEAR = 12
#: What opens a span of months: "between ", "from ", "through ".
_SPAN_OF_MONTHS_OPENS = re.compile(r"\b(?:between|from|through)\s+\Z", re.IGNORECASE)


def _year_of_a_seasons_month(year: int, season: str, month: int) -> int:
    """The year of a month of a season of ``year``: a winter's December is its year's, its January
    and February the next year's."""
    return year + (1 if season == "WI" and month < 12 else 0)


def _months_of_an_old_day_after(timexes: list[Timex], text: str, dct: dt.date) -> list[Timex]:
    """A bare month of a report's sentence that goes on to date an old story's day in full, in a
    later month of its year ("A predicted storm in mid-January had fizzled, and on the morning of
    Monday, Feb. 6, 1978, most offices opened as usual"), is in that year: the sentence tells the
    old story's days in their order."""
    for index, timex in enumerate(timexes):
        month = _MONTH_VALUE.fullmatch(timex.value)
        if timex.rule != "date.month" or month is None or "year" not in timex.implied:
            continue
        closes = sentence_bounds(text, timex.start)[1]
        for later in timexes[index + 1 :]:
            if later.start >= closes:
                break
            day = _day_of_value(later.value) if _STATED_YEAR.search(later.text) else None
            if day is None:
                continue
            if (
                dct.year - day.year >= _OLD_STORY_YEARS
                and int(month.group("month")) <= day.month
                # (The day "on" which the sentence's clause is told, and a month in the middle of
                # it: not "In March, the Lords ruled that he could be extradited only for crimes
                # committed after Dec. 8, 1988".)
                and _ON_JUST_BEFORE.search(text, max(0, later.start - 4), later.start) is not None
                and text[sentence_bounds(text, timex.start)[0] : timex.start].strip(" \"'“‘(").lower()
                not in ("", "in", "by", "since")
            ):
                timexes[index] = replace(timex, value=f"{day.year:04d}" + timex.value[4:])
            break
    return timexes


#: A verb of saying up to the day it dates: "said ", "told the Gazette on ".
_ATTRIBUTION_BEFORE = re.compile(
    # ("Her sister testified Monday that ...", "A detective told jurors Tuesday": in court.)
    r"\b(?:said|says|told|tells|spoke|speaks|recalled|recalls|added|announced|testified|testifies)\b"
    r"(?:\s+(?:to\s+)?(?:reporters|jurors|the\s+jury|the\s+court"
    r"|(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?))?"
    # ("Police Chief Marsh said at a news conference early Tuesday".)
    r"(?:\s+(?:(?:in|during)\s+an\s+interview|by\s+(?:phone|telephone)"
    r"|at\s+a\s+(?:news\s+conference|press\s+conference|briefing)))?\s+(?:on\s+|late\s+|early\s+)?\Z"
    # ... and the interview itself: "said Whitaker, now 81, during an interview this week".
    r"|\b(?:in|during)\s+an\s+interview\s+\Z"
)
#: A comparison up to the date compared with: "compared with ", "from ", "than ".
_COMPARED_WITH_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|than)\s+(?:[^,;:.]{0,20}\s)?\Z", re.IGNORECASE
)
#: A state still going on, or a plan, up to a time: "have been deployed since ", "scheduled to
#: begin in ".
_NOT_TOLD_IN_THE_PAST = re.compile(
    r"\b(?:ha(?:ve|s)\s+been\s+[a-z]+ed\s+since|(?:scheduled|set|due|expected|slated)\s+to\s+[a-z]+\s+(?:in|on|by))\s+"
    r"(?:(?:early|late|mid-?)\s*)?\Z",
    re.IGNORECASE,
)
#: "until" just before a time: "did not go back until February".
_UNTIL_JUST_BEFORE = re.compile(r"\b(?:until|till)\s\Z", re.IGNORECASE)
#: "on" just before a day: the day a clause is told on.
_ON_JUST_BEFORE = re.compile(r"\b[Oo]n\s\Z")
#: A verb of the present or the future: "will be on display", "is open".
_PRESENT_OR_FUTURE_VERB = re.compile(
    # ("since he entered the race in the spring of 2002, said he would stay in 'through March'".)
    r"\b(?:will|would|is|are|opens|runs|remains|said|says)\b",
    re.IGNORECASE,
)
#: A season the story is at ("that winter") or one its year names ("the winter of 1939").
_SEASON_OF_THE_STORY = re.compile(r"(?i:that\s|.*[0-9])")
#: A season's value: "2003-WI".
_SEASON_VALUE = re.compile(r"(?P<year>[0-9]{4})-(?P<season>SP|SU|FA|WI)")
#: The months each season holds (a winter's December is its year's, its January and February
#: the next year's).
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}


def _moments_restated_elsewhere(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time on a weekday that restates the moment just told in another place's time ("The
    attacks began at 5 p.m. EST, or 1 a.m. Thursday in Baghdad") is on that weekday next to the
    first moment's day, not a week away."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        if second.rule not in (
            "date.weekday+time.clock",
            "date.weekday+time.military",
        ) or not _OR_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        first_day, named = _CLOCK_DAY.match(first.value), _CLOCK_DAY.match(second.value)
        if first_day is None or named is None:
            continue
        day, weekday = (
            dt.date.fromisoformat(first_day.group(0)),
            dt.date.fromisoformat(named.group(0)).weekday(),
        )
        for shift in (0, 1, -1):
            near = day + dt.timedelta(days=shift)
            if near.weekday() == weekday:
                timexes[index] = replace(second, value=near.isoformat() + second.value[10:])
                break
    return timexes


def _universal_times_across_midnight(timexes: list[Timex], text: str) -> list[Timex]:
    """A local clock time restated in brackets in universal time without its day ("landfall at
    4:40 a.m. Friday (2040 GMT)") is on the day the zones put it on: the offset between the two
    clocks is a zone's (from 12 hours behind to 14 ahead), so 2040 GMT is Thursday's. So is one
    restated in a zone of its own ("pronounced dead at 4 a.m. Sunday (10 p.m. EDT)": Saturday's)."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        local, restated = _LOCAL_CLOCK.match(first.value), _LOCAL_CLOCK.match(second.value)
        universal = _UNIVERSAL_CLOCK.fullmatch(second.value)
        written = None if restated is None else _WRITTEN_OFFSET.fullmatch(second.value, restated.end())
        if (
            local is None
            or (universal is None and written is None)
            or (universal is None and not _ZONE_OF_A_RESTATEMENT.search(second.text))
            or _WRITTEN_OFFSET.match(first.value, local.end())
            or local.group("day") != (universal or restated).group("day")
            or _NAMES_A_DAY.search(second.text)
            or not _LOCAL_THEN_BRACKET.fullmatch(text, first.end, second.start)
        ):
            continue
        clock = universal or restated
        zone = 0
        if written is not None:
            zone = (-1 if written.group("sign") == "-" else 1) * (
                int(written.group("hours")) * 60 + int(written.group("minutes"))
            )
        local_minutes = int(local.group("hour")) * 60 + int(local.group("minute"))
        universal_minutes = (int(clock.group("hour")) * 60 + int(clock.group("minute")) - zone) % (24 * 60)
        offset = _offset_between(local_minutes, universal_minutes)
        days = (local_minutes - offset) // (24 * 60) + (universal_minutes + zone) // (24 * 60)
        if days == 0:
            continue
        try:
            day = dt.date.fromisoformat(clock.group("day")) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            continue
        timexes[index] = replace(second, value=day.isoformat() + second.value[10:])
    return timexes


def _offset_between(local_minutes: int, universal_minutes: int) -> int:
    """The zone's offset (minutes) that makes two clock readings (minutes after midnight) one
    moment: a zone is from 12 hours behind universal time to 14 ahead."""
    offset = (local_minutes - universal_minutes) % (24 * 60)
    return offset - 24 * 60 if offset > 14 * 60 else offset


#: How many expressions a timeline's line may hold after its date.
_TIMELINE_LINE_REACH = 6


def _clocks_on_a_timeline_line(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time without a day on a timeline's line that opens with a day ("June 12, 2010 -
    Polls close at 10 p.m.") is on that day: the line tells of it, whatever the tense its present
    gives (a clock read alone is on the report's day)."""
    line_day: str | None = None
    line_end = -1
    for index, timex in enumerate(timexes):
        if timex.start > line_end:
            line_day = None
        if (
            _DAY_VALUE.fullmatch(timex.value)
            and TIMELINE_JOIN.match(text, timex.end)
            and _opens_line_at(timex.start, text)
        ):
            line_day = timex.value
            found = text.find("\n", timex.end)
            line_end = len(text) if found < 0 else found
            continue
        clock = _CLOCK_DAY.match(timex.value)
        if line_day is None or timex.type != "TIME" or "day" not in timex.implied or clock is None:
            if _DAY_VALUE.fullmatch(timex.value) or clock is not None:
                line_day = None  # (another day told on the line: the clocks after it are its)
            continue
        timexes[index] = replace(timex, value=line_day + timex.value[10:])
    return timexes


def _clocks_on_a_day_past_local_time(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock time whose day follows its "local time" ("Trading in Tokyo resumes at 9 a.m. local
    time tomorrow") is on that day: the zone's words stand between the two, outside both extents."""
    for index in range(len(timexes) - 1):
        clock, day = timexes[index], timexes[index + 1]
        if (
            clock.type != "TIME"
            or "day" not in clock.implied
            or _CLOCK_DAY.match(clock.value) is None
            or not _DAY_VALUE.fullmatch(day.value)
            or not _LOCAL_TIME_BETWEEN.fullmatch(text, clock.end, day.start)
        ):
            continue
        timexes[index] = replace(clock, value=day.value[:10] + clock.value[10:])
    return timexes


#: A zone's words between a clock and its day: " local time ", " Tokyo time on ".
_LOCAL_TIME_BETWEEN = re.compile(r",?\s+(?:local|(?-i:[A-Z][a-z]+))\s+time,?\s+(?:on\s+)?")


def _local_times_on_a_restated_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A local clock time without a day of its own, restated in brackets in universal time with
    its day ("struck at 4:12 a.m. Tokyo time (1912 GMT Saturday)"), is on the day the zones put
    it on: the written zone's offset, or else the offset between the two clocks (from 12 hours
    behind to 14 ahead), carries Saturday 19:12 GMT to Sunday 4:12 in Tokyo."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        local, universal = _LOCAL_CLOCK.match(first.value), _UNIVERSAL_CLOCK.fullmatch(second.value)
        if (
            local is None
            or universal is None
            or first.rule != "time.clock"
            or not _NAMES_A_DAY.search(second.text)
            or not _LOCAL_THEN_BRACKET.fullmatch(text, first.end, second.start)
        ):
            continue
        local_minutes = int(local.group("hour")) * 60 + int(local.group("minute"))
        universal_minutes = int(universal.group("hour")) * 60 + int(universal.group("minute"))
        written = _WRITTEN_OFFSET.fullmatch(first.value, local.end())
        if written is not None:
            sign = -1 if written.group("sign") == "-" else 1
            offset = sign * (int(written.group("hours")) * 60 + int(written.group("minutes")))
            if (universal_minutes + offset - local_minutes) % (24 * 60):
                continue  # the two clocks do not tell the same moment
        else:
            offset = _offset_between(local_minutes, universal_minutes)
        days = (universal_minutes + offset) // (24 * 60)
        try:
            day = dt.date.fromisoformat(universal.group("day")) + dt.timedelta(days=days)
        except (ValueError, OverflowError):
            continue
        timexes[index - 1] = replace(first, value=day.isoformat() + first.value[10:])
    return timexes


#: The offset a clock's value writes after its minutes: "+09:00", "-05:00".
_WRITTEN_OFFSET = re.compile(r"(?P<sign>[+-])(?P<hours>[0-9]{2}):(?P<minutes>[0-9]{2})")


#: A clock time on a day, in a local zone or none: "2013-11-08T04:40", "2013-11-08T04:40-05:00".
_LOCAL_CLOCK = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})(?!Z)")
#: ... and one in universal time: "2013-11-08T20:40Z".
_UNIVERSAL_CLOCK = re.compile(r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})Z")
#: A day named with the restated clock ("2040 GMT Thursday"), which says the day itself.
_NAMES_A_DAY = re.compile(r"(?i:day)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
#: Between the local clock and the bracket that restates it: " (", " local time (".
_LOCAL_THEN_BRACKET = re.compile(r"(?:\s+local\s+time)?\s*\(\s*", re.IGNORECASE)


#: Between a moment and its restatement in another place's time: ", or ".
_OR_BETWEEN = re.compile(r",?\s+or\s+|\s+\(")
#: The day of a clock time's value ("1998-12-16" of "1998-12-16T17:00-05:00").
_CLOCK_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?=T)")
#: Between a day and a weekday set after it in apposition: ", a ", ", the ".
APPOSITION = re.compile(r",\s+(?:a|the)\s+", re.IGNORECASE)
#: A list that goes on after a day: ", and", " and", " or".
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\b|,\s+(?-i:[A-Z])[a-z]+day\b")
#: A comma alone between two timexes: "Friday morning, July 22".
_COMMA_BETWEEN = re.compile(r",\s+")
#: A week's value: "2025-W19".
_WEEK_VALUE = re.compile(r"[0-9]{4}-W[0-9]{2}")
#: The months that give their year to the month paired after them: "next July and August",
#: "March 2005 and April".
_YEAR_GIVING_MONTHS = frozenset({"relative.determined_month", "date.month_year"})


#: Between a quarter and the day it ends on: " ending ", " ended ", " that ends ".
_QUARTER_ENDS_ON = re.compile(
    r"\s+(?:(?:that|which)\s+(?:ends|ended)\s+(?:on\s+)?|end(?:ing|ed)\s+(?:on\s+)?)"
)


#: Between two seasons one determiner is said of: "next spring or summer".
_SEASON_PAIR_JOIN = re.compile(r"\s+(?:or|and|to|through)\s+(?:early\s+|late\s+)?")


def _last_season_against_this_one(timexes: list[Timex], text: str) -> list[Timex]:
    """ "last summer" set against "this summer" in its sentence ("Cases rose last summer and again
    this summer") is the one a year before, not the summer just gone that "this" names too."""
    for index, timex in enumerate(timexes):
        last = _SEASON_VALUE.fullmatch(timex.value)
        if (
            last is None
            or timex.rule != "relative.determined_month"
            or not timex.text.lower().startswith("last ")
        ):
            continue
        opens, closes = sentence_bounds(text, timex.start)
        for other in timexes:
            if (
                other is not timex
                and other.value == timex.value
                and other.text.lower().startswith("this ")
                and opens <= other.start < closes
            ):
                timexes[index] = replace(timex, value=f"{int(last['year']) - 1:04d}-{last['season']}")
                break
    return timexes


def _seasons_after_a_determined_one(timexes: list[Timex], text: str) -> list[Timex]:
    """A bare season joined to one "next" or "last" determines ("next spring or summer", "last
    autumn and winter") is the first such season after it, as the determiner is said of both."""
    order = tuple(SEASON_MONTHS)
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        if first.rule != "relative.determined_month" or second.rule != "date.season":
            continue
        determined, bare = _SEASON_VALUE.fullmatch(first.value), _SEASON_VALUE.fullmatch(second.value)
        if (
            determined is None
            or bare is None
            or not _SEASON_PAIR_JOIN.fullmatch(text, first.end, second.start)
        ):
            continue
        year = int(determined["year"])
        if order.index(bare["season"]) <= order.index(determined["season"]):
            year += 1
        timexes[index + 1] = replace(second, value=f"{year:04d}-{bare['season']}")
    return timexes


def _quarters_ending_on_a_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A quarter the text ends on a day it names by its weekday ("will add $275 million to its
    reserve in the quarter ending Sunday") is the quarter that day closes, as "the quarter ending
    Sept. 30" is (the rule reads a month's day itself; a weekday is known only once resolved)."""
    for index in range(len(timexes) - 1):
        quarter, day = timexes[index], timexes[index + 1]
        match = _DAY_VALUE.match(day.value)
        if (
            quarter.rule != "relative.reported_quarter"
            or not quarter.text.lower().endswith("quarter")
            or day.rule != "date.weekday"
            or match is None
            or not _QUARTER_ENDS_ON.fullmatch(text, quarter.end, day.start)
        ):
            continue
        year, month = int(match[1]), int(match[2])
        timexes[index] = replace(quarter, value=f"{year:04d}-Q{(month - 1) // 3 + 1}")
    return timexes


#: A quarter's value: "1989-Q2".
_QUARTER_OF_A_YEAR = re.compile(r"(?P<year>[0-9]{4})-Q(?P<quarter>[1-4])")
#: Between a period and a quarter set beside it as its name: "In the year-ago quarter, ".
_QUARTER_APPOSITION = re.compile(r",\s+")


def _story_weeks_of_their_sentence(timexes: list[Timex], text: str) -> list[Timex]:
    """In news, "earlier in the week" after a day its own sentence tells ("police said Wednesday
    night that they had detained six men earlier in the week") is that day's week, not the week of
    a day an earlier sentence gave as background ("eight years after troops arrived on Aug. 7,
    1990")."""
    for index in range(1, len(timexes)):
        timex = timexes[index]
        if (
            timex.rule != "relative.position_in_story_week"
            or not _WEEK_VALUE.fullmatch(timex.value)
            # (What is later in the week may be the next one: "The department said Sunday it would
            # decide later in the week".)
            or not timex.text.lower().startswith("earl")
        ):
            continue
        opens = sentence_bounds(text, timex.start)[0]
        for before in reversed(timexes[:index]):
            if before.start < opens:
                break
            day = _DAY_VALUE.match(before.value)
            if day is None:
                continue
            try:
                year, week, _ = dt.date(int(day["year"]), int(day["month"]), int(day["day"])).isocalendar()
            except ValueError:
                break
            timexes[index] = replace(timex, value=f"{year:04d}-W{week:02d}")
            break
    return timexes


#: Between two weekdays of one span or list: " and ", " or ", " to ", "-".
_WEEKDAYS_JOINED = re.compile(r"\s*(?:-|–|\s(?:and|or|to|through|into)\s)\s*")


def _next_days_of_a_pair(timexes: list[Timex], text: str) -> list[Timex]:
    """A weekday joined to the one before it that it follows in the week ("Schools were closed
    Thursday and Friday", written on Thursday) is the day after that one: the two are one run of
    days, whichever way the clause's tense alone would have put the second."""
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        if first.rule != "date.weekday" or second.rule != "date.weekday":
            continue
        if not _WEEKDAYS_JOINED.fullmatch(text, first.end, second.start):
            continue
        days = _DAY_VALUE.fullmatch(first.value), _DAY_VALUE.fullmatch(second.value)
        if days[0] is None or days[1] is None:
            continue
        try:
            one = dt.date(int(days[0]["year"]), int(days[0]["month"]), int(days[0]["day"]))
            two = dt.date(int(days[1]["year"]), int(days[1]["month"]), int(days[1]["day"]))
        except ValueError:
            continue
        following = one + dt.timedelta(days=1)
        if two.weekday() == following.weekday() and two != following:
            timexes[index + 1] = replace(second, value=following.isoformat())
    return timexes


#: Between a count of time later and the date set off after it: ", on ", ", in ".
_DATE_SET_OFF_BETWEEN = re.compile(r",\s+(?:on|in)\s+")
#: A count of months, weeks or days later or earlier: "three months later".
_COUNTED_LATER = re.compile(r".*\b(?P<unit>months?|weeks?|days?)\s+(?:later|earlier)", re.IGNORECASE)


def _counts_set_off_by_their_date(timexes: list[Timex], text: str) -> list[Timex]:
    """In a history, a count later that the text sets its date beside ("The fort was abandoned
    three months later, on November 24") is of that date's month (week, day), whatever month the
    story was at before (mid-September, three months before it)."""
    for index in range(len(timexes) - 1):
        count, date = timexes[index], timexes[index + 1]
        counted = _COUNTED_LATER.fullmatch(count.text)
        day = _DAY_VALUE.match(date.value)
        if (
            count.rule != "relative.units_ago"
            or counted is None
            or day is None
            or date.type != "DATE"
            or not _DATE_SET_OFF_BETWEEN.fullmatch(text, count.end, date.start)
        ):
            continue
        unit = counted["unit"].lower().rstrip("s")
        if unit == "month":
            value = day.group(0)[:7]
        elif unit == "day":
            value = day.group(0)
        else:
            try:
                year, week, _ = dt.date.fromisoformat(day.group(0)).isocalendar()
            except ValueError:
                continue
            value = f"{year:04d}-W{week:02d}"
        if count.value[:4].isdigit() and count.value != value:
            timexes[index] = replace(count, value=value)
    return timexes


#: The bracket that opens a date's restatement: " (".
_RESTATEMENT_OPENS = re.compile(r"\s*\(\s*")


#: Between a day and the event that restates it: "-", ", ", " — ".
_RESTATED_BY_AN_EVENT = re.compile(r"\s*[-–—]\s*|,\s+")


def _dates_restated_in_brackets(timexes: list[Timex], text: str) -> list[Timex]:
    """A day and month in brackets after a full date restates it in another calendar ("on 10
    November 1917 (28 October by the Old Style calendar)"): the year is the one that puts the two
    days nearest, whatever year the story told before."""
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        told, restated = _DAY_VALUE.fullmatch(first.value), _DAY_VALUE.fullmatch(second.value)
        if (
            told is None
            or restated is None
            or "year" not in second.implied
            or "year" in first.implied
            or not _RESTATEMENT_OPENS.fullmatch(text, first.end, second.start)
        ):
            continue
        try:
            day = dt.date.fromisoformat(first.value)
            options = [
                dt.date(day.year + step, int(second.value[5:7]), int(second.value[8:10]))
                for step in (-1, 0, 1)
            ]
        except ValueError:
            continue
        nearest = min(options, key=lambda option: abs((option - day).days))
        if abs((nearest - day).days) <= 31 and nearest.isoformat() != second.value:
            timexes[index + 1] = replace(second, value=nearest.isoformat())
    return timexes


#: The word before a clock in military hours: "at 1530", "by 1700".
_AT_HOURS_BEFORE = re.compile(
    r"\b(at|by|until|till|around|about|between)\s+\Z|\bbetween\s+[0-2][0-9][0-5][0-9]\s+(and)\s+\Z",
    re.IGNORECASE,
)
#: A range or a list of years after a year: "-1948", " to 1948", " and 1950".
_YEARS_GO_ON_AFTER = re.compile(r"\s*(?:[-–—]|to\b|and\b|or\b)\s*[0-9]{4}\b")


#: Between a clock and the day it is on: " on ".
_CLOCK_ON_ITS_DAY = re.compile(r"\s+on\s+")


def _military_hours_on_their_day(timexes: list[Timex], text: str) -> list[Timex]:
    """A clock in military hours and the day after it ("by 1600 on D+2") are one time, that day's,
    as "6:30 a.m. on 17 October" is."""
    merged: list[Timex] = []
    for timex in timexes:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.rule == "date.year"
            and previous.type == "TIME"
            and timex.type == "DATE"
            and _DAY_VALUE.fullmatch(timex.value)
            and _CLOCK_ON_ITS_DAY.fullmatch(text, previous.end, timex.start)
        ):
            merged[-1] = replace(
                previous,
                text=text[previous.start : timex.end],
                end=timex.end,
                value=timex.value + previous.value[10:],
                rule=f"{previous.rule}+{timex.rule}",
            )
            continue
        merged.append(timex)
    return merged


def _military_hours_of_the_story(
    candidate: Candidate, points: Sequence[ReferencePoint], text: str
) -> tuple[int, int] | None:
    """The hour and minute of four digits a history of the last century writes as a year after
    "at" or "by" ("by 1700", "attacked at 1900") while its story is at a day: military hours, not
    a year centuries before the story (after "by", a year near the story's stays a year: "by 1943
    the tide had turned")."""
    # ("reached at about 1020": the approximation the year took in is the clock's.)
    approximated = _APPROXIMATED_HOUR.fullmatch(candidate.text)
    digits = approximated.group("digits") if approximated is not None else candidate.text
    if candidate.rule != "date.year" or not digits.isdigit() or len(digits) != 4:
        return None
    hours, minutes = int(digits[:2]), int(digits[2:])
    opens = candidate.start if approximated is None else candidate.start + approximated.start("digits")
    before = (
        _AT_HOURS_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
        if approximated is None
        else _AT_HOURS_BEFORE.search(text, max(0, opens - 24), opens)
    )
    if (
        hours > 23
        or minutes > 59
        or before is None
        or not points
        # (A range of years, not of hours: "From 1815 to 1948"; "between 1300 and 1530" is hours.)
        or ((before.group(1) or "").lower() != "between" and _YEARS_GO_ON_AFTER.match(text, candidate.end))
    ):
        return None
    point = points[-1]
    if (
        point.grain < Grain.DAY
        or point.bc
        or point.day.year < 1900
        or point.start is None
        or (
            candidate.start - point.start > 400
            # (Further on while the story still counts in military hours: "was told only at 0400
            # that war would come before nightfall. At 1400 some 240 aircraft struck".)
            and not (
                candidate.start - point.start <= 1200
                and _MILITARY_HOUR_TOLD.search(text, point.start, candidate.start) is not None
            )
        )
        or int(digits) == point.day.year
        or ((before.group(1) or before.group(2)).lower() != "at" and abs(point.day.year - int(digits)) < 100)
    ):
        return None
    return hours, minutes


#: The event a year names and "and" before a count on from it: " Camp David Accords and, ".
_EVENT_AND_A_COUNT_BETWEEN = re.compile(r"(?:\s+[\w'’-]+){1,5},?\s+and,?\s+")
#: What is waited for, before its time: "waiting for the ", "awaited the ".
_WAITING_FOR_BEFORE = re.compile(
    r"\b(?:wait(?:s|ed|ing)?\s+(?:for|until)|await(?:s|ed|ing)?"
    # ... and a date moved to: "Because of a shortage of landing craft the date was moved to early June".
    r"|(?:date|attack|invasion|landing|offensive|operation)\s+was\s+(?:moved|postponed|put\s+back|pushed\s+back)\s+to)"
    r"\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: Four digits after an approximation a year's candidate took in: "about 1020".
_APPROXIMATED_HOUR = re.compile(r"(?:about|around|approximately)\s+(?P<digits>[0-9]{4})", re.IGNORECASE)
#: A military hour told after "at": "at 0400", "at 1930".
_MILITARY_HOUR_TOLD = re.compile(
    r"\bat\s+(?:[01][0-9]|2[0-3])[0-5][0-9]\b(?![,.]?[0-9])(?!\s*(?:BC|AD|CE|BCE)\b)"
)
#: The figures of a quarter reported, after "this quarter": "'s loss includes", "'s results were".
_FIGURES_REPORTED_AFTER = re.compile(
    r"['’]s\s+(?:net\s+)?(?:loss|losses|profit|earnings|results|income|net|sales|revenue|charges?)\s+"
    r"(?:includes?|included|reflects?|reflected|was|were)\b"
)


def _this_quarter_reported(timexes: list[Timex], text: str) -> list[Timex]:
    """ "This quarter's loss includes charges" in a report on the quarter just closed, which the
    text has named ("a net loss for the third quarter ended Sept. 30"), is that quarter, not the
    one the report is written in."""
    for index in range(1, len(timexes)):
        timex = timexes[index]
        current = _QUARTER_OF_A_YEAR.fullmatch(timex.value)
        if (
            current is None
            or timex.text.lower() != "this quarter"
            or not _FIGURES_REPORTED_AFTER.match(text, timex.end)
        ):
            continue
        # (The quarter the report named, not one compared with: "the corresponding period last year".)
        for before in reversed(timexes[max(0, index - 4) : index]):
            named = _QUARTER_OF_A_YEAR.fullmatch(before.value)
            if named is None or before.rule != "date.quarter":
                continue
            year, quarter = int(current["year"]), int(current["quarter"])
            previous = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
            if (int(named["year"]), int(named["quarter"])) == previous:
                timexes[index] = replace(timex, value=before.value)
            break
    return timexes


def _quarters_ended_in_another_year(timexes: list[Timex], text: str) -> list[Timex]:
    """A quarter named by its number that the text ends on a day of another year ("In the
    comparable year-ago quarter, the second quarter ended Oct. 31, it lost money") is that year's
    quarter (a fiscal one keeps its number); a period set just before it as its name ("the
    comparable year-ago quarter, ") is the same quarter."""
    for index in range(len(timexes) - 1):
        quarter, day = timexes[index], timexes[index + 1]
        named = _QUARTER_OF_A_YEAR.fullmatch(quarter.value)
        ended = _DAY_VALUE.fullmatch(day.value)
        if (
            quarter.rule != "date.quarter"
            or named is None
            or ended is None
            or named["year"] == ended["year"]
            or not _QUARTER_ENDS_ON.fullmatch(text, quarter.end, day.start)
            # (A quarter said to be fiscal is numbered by its fiscal year: "its fiscal second
            # quarter ended Dec. 28", written in January, is the fiscal year's that ends later.)
            or "fiscal" in text[max(0, quarter.start - 12) : quarter.end].lower()
        ):
            continue
        value = f"{ended['year']}-Q{named['quarter']}"
        timexes[index] = replace(quarter, value=value)
        before = timexes[index - 1] if index > 0 else None
        if (
            before is not None
            and before.rule == "relative.reported_quarter"
            and _QUARTER_OF_A_YEAR.fullmatch(before.value)
            and before.value[:4] == ended["year"]
            and _QUARTER_APPOSITION.fullmatch(text, before.end, quarter.start)
        ):
            timexes[index - 1] = replace(before, value=value)
        calendar = f"{ended['year']}-Q{(int(ended['month']) - 1) // 3 + 1}"
        for later in range(index + 2, len(timexes)):
            if not _QUARTER_OF_A_YEAR.fullmatch(timexes[later].value):
                continue
            if timexes[later].text.lower() == "that quarter" and timexes[later].value == calendar:
                # "Results for that quarter included a charge": the quarter named, not the
                # calendar quarter of the day it ended on.
                timexes[later] = replace(timexes[later], value=value)
            break
    return timexes


def _months_paired_with_a_year(timexes: list[Timex], text: str) -> list[Timex]:
    """A month named without a year after a month with one ("next July and August", "from
    March 2005 to June") is in its year, or the next one's where the pair runs over a new year,
    and one before a month with a year said after it ("November and December next year") in that
    one (each took, read alone, the year its tense gave)."""
    for index in range(1, len(timexes)):
        first, second = timexes[index - 1], timexes[index]
        first_season, second_season = (
            _SEASON_VALUE.fullmatch(first.value),
            _SEASON_VALUE.fullmatch(second.value),
        )
        if (
            first_season is not None
            and second_season is not None
            and first.rule == "date.season"
            and "year" in first.implied
            and _YEAR_SAID.search(second.text)
            and _joined(text, first, second)
        ):
            # "by late summer or early fall next year", "the spring and summer of 2015": the
            # year said after the second season is the first's too (winter, the year's last,
            # before a later season is the year before's).
            order = "SP", "SU", "FA", "WI"
            later = order.index(first_season["season"]) > order.index(second_season["season"])
            year = int(second_season["year"]) - later
            timexes[index - 1] = replace(first, value=f"{year:04d}-{first_season['season']}")
            continue
        if (
            first.rule == "date.month"
            and second.rule == "relative.month_of_year"
            and "year" in first.implied
            and _MONTH_VALUE.fullmatch(first.value)
            and _MONTH_VALUE.fullmatch(second.value)
            and _joined(text, first, second)
        ):
            # "November and December next year", "in June and July last year": the year said
            # after the second is the first's too.
            year = int(second.value[:4]) - (first.value[5:] > second.value[5:])
            timexes[index - 1] = replace(first, value=f"{year:04d}" + first.value[4:])
            continue
        if (
            first.rule == second.rule == "date.month"
            and "year" in first.implied
            and "year" in second.implied
            and _MONTH_VALUE.fullmatch(first.value)
            and _MONTH_VALUE.fullmatch(second.value)
            and first.value[5:] < second.value[5:]
            and first.value[:4] != second.value[:4]
            and _joined(text, first, second)
        ):
            # "Analysts expect sales in November and December to rise", early in December: a
            # pair in the calendar's order is one run of it, in the second's year (alone, the
            # forecast put November a year ahead).
            timexes[index - 1] = replace(first, value=second.value[:4] + first.value[4:])
            continue
        if (
            first.rule not in _YEAR_GIVING_MONTHS
            or second.rule != "date.month"
            or "year" not in second.implied
            or not _MONTH_VALUE.fullmatch(first.value)
            or not _MONTH_VALUE.fullmatch(second.value)
            or not _joined(text, first, second)
        ):
            continue
        year = int(first.value[:4]) + (second.value[5:] < first.value[5:])
        timexes[index] = replace(second, value=f"{year:04d}" + second.value[4:])
    return timexes


def _ordered_day_spans(timexes: list[Timex], text: str) -> list[Timex]:
    """Keep the two ends of a range of days in one run of the calendar: the end that took its
    month from the other ("March 25 through 29", "25-29 March") was resolved alone, and a cue
    before it ("through" looks ahead) may have put it in another year. Where the text gives it
    no year, it takes its partner's, or the next (the one before) where the range runs over a
    new year ("12/28-1/3")."""
    for index in range(len(timexes) - 1):
        first, second = timexes[index], timexes[index + 1]
        position = index + 1 if second.rule.endswith("+range") else index
        moved, partner = (second, first) if position > index else (first, second)
        if not moved.rule.endswith("+range") or "year" not in moved.implied:
            continue
        if moved.rule != partner.rule + "+range":
            # (Not the partner it took its month from: "1/1/1000 - 20 - 2:01 Christmas".)
            continue
        if not _joined(text, first, second):
            # (A pair is one run too: "on Aug. 28 and 29".)
            continue
        try:
            start, end = dt.date.fromisoformat(first.value[:10]), dt.date.fromisoformat(second.value[:10])
        except ValueError:
            continue
        if dt.timedelta(0) < end - start < dt.timedelta(days=366):
            continue
        year = int(partner.value[:4])
        if moved is second:
            year += (end.month, end.day) < (start.month, start.day)
        else:
            year -= (start.month, start.day) > (end.month, end.day)
        # (Its year is its partner's, and so is what that year is counted from.)
        timexes[position] = replace(moved, value=f"{year:04d}" + moved.value[4:], anchor=partner.anchor)
    return timexes


#: A day of a month named without its year is the day the text named earlier with one when the
#: story's line would put it at most this many years before (see :func:`_dated_again`).
_DATED_AGAIN_YEARS = 2


def _stated_day_of_weekday(
    points: Sequence[ReferencePoint], weekday: int, value: str, timexes: Sequence[Timex]
) -> ReferencePoint | None:
    """The day a report has named last by its date, if it is on ``weekday`` a week before the day
    ``value`` a bare weekday was read as (the same weekday: the DCT's own)."""
    if not points:
        return None
    day, point = dt.date.fromisoformat(value), points[-1]
    if (
        point.start is not None
        and point.grain == Grain.DAY
        and not point.bc
        and point.day.weekday() == weekday
        and (day - point.day).days == _DAYS_IN_A_WEEK
        and (named := _labelled_timex(point.label, timexes)) is not None
        # (A day the text named by its date, not the edge of a week it named, "Last week was a
        # disaster", nor a weekday it set against this one: "passed the package last Friday.
        # The Nikkei plunged earlier Friday".)
        and _DAY_ONLY.match(named.value)
        and any(character.isdigit() for character in named.text)
    ):
        return point
    return None


#: A day's value, "1991-01-15".
_DAY_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _yearless_day(partial: PartialTime) -> bool:
    """A day of a month the text names without its year or a weekday ("Jan. 15")."""
    return (
        partial.kind == "date"
        and partial.anchor is None
        and partial.year is None
        and partial.month is not None
        and partial.day is not None
        and partial.hour is None
        and partial.part_of_day is None
    )


def _remember_dated_day(partial: PartialTime, dated_days: dict[tuple[int, int], int]) -> None:
    """Note the year of a day of a month the text names with its year ("on 25 June 1950")."""
    if (
        partial.kind == "date"
        and partial.anchor is None
        and not partial.bc
        and partial.year is not None
        and partial.month is not None
        and partial.day is not None
    ):
        dated_days[(partial.month, partial.day)] = partial.year


def _dated_again(
    partial: PartialTime,
    resolution: Resolution,
    dated_days: dict[tuple[int, int], int],
    anchors: Sequence[ReferencePoint],
) -> PartialTime | None:
    """A day of a month the story names again without its year, after the text named it with one
    ("The war began on 25 June 1950. [Background, 1910-1948] On 25 June the North attacked"):
    the same day, with that year, though a section on the war's background took the story's time
    back a year or two. ``None`` when the story's line gives that year, a later one, or one far
    back, or when the story's latest time ``anchors[-1]`` is a month of the day's year before it."""
    point = resolution.point
    if (
        point is None
        or point.bc
        or partial.kind != "date"
        or partial.anchor is not None
        or partial.year is not None
        or partial.month is None
        or partial.day is None
    ):
        return None
    story = anchors[-1] if anchors else None
    if (
        story is not None
        and story.grain >= Grain.MONTH
        and story.day.year == point.day.year
        and story.day <= point.day
    ):
        # The story stands at a month it named, in the day's year ("In March 1900 Roberts took
        # Bloemfontein. He took Johannesburg on 31 May"): the day follows it, whatever end of a
        # range named it before ("The war lasted ... until 31 May 1902").
        return None
    year = dated_days.get((partial.month, partial.day))
    # (A story's line past that year is a later year's same day: "9 November" in 1918 after
    # "9 November 1917".)
    if year is None or not 0 < year - point.day.year <= _DATED_AGAIN_YEARS:
        return None
    return partial.but(year=year)


#: Rules that read a year of three digits without its era ("In 479 the", "8 June 793"): it is
#: the era of the story told around it.
_ERA_OF_THE_STORY = frozenset(
    {
        "date.early_year",
        # ("The war began in 431 BC. In 415 Athens sent a fleet to Sicily".)
        "date.story_early_year",
        "date.early_year_range",
        "date.first_century_year",
        "date.month_first_century_year",
        "date.day_month_early_year",
        # ("Athens rebuilt its walls in 478 BC. In the 460s the league grew".)
        "date.early_decade",
        # ("the winter of 414 BC ... a second fleet, which arrived in July 413".)
        "date.month_early_year",
    }
)
#: Rules whose year of two digits is one only in a story of the first century (see
#: :func:`_in_the_first_century`).
_FIRST_CENTURY_ONLY = frozenset({"date.first_century_year", "date.month_first_century_year"})
#: Rules whose expression co-refers with the time the story stands at ("at the same time"): it takes
#: the value of the timex that set that time (see :func:`_story_time_value`).
_AT_THE_STORY_TIME = frozenset({"fuzzy.same_time"})
#: Rules whose expression co-refers with a period the story has just named ("During this period"):
#: the value of the period the text named last, a decade or a longer one (see :func:`_story_period`).
_THE_STORY_PERIOD = frozenset({"fuzzy.story_period"})
#: Rules whose expression is a day (or the month, the year it names) its sentence dates ("On 14 July
#: 1790 crowds marked the anniversary of ...", "in May, the bloodiest month"): see :func:`_story_day`.
_THE_STORY_DAY = frozenset({"fuzzy.anniversary", "fuzzy.superlative_day"})
#: ... the day it stands at: "this day", "this date" (see :func:`_this_story_day`).
_THIS_STORY_DAY = frozenset({"fuzzy.this_day"})
_UNIT_WORD = re.compile(r"\b(?:day|week|month|year)\b", re.IGNORECASE)
_UNIT_GRAINS = {"day": Grain.DAY, "week": Grain.WEEK, "month": Grain.MONTH, "year": Grain.YEAR}
#: Rules whose expression is the time of an event the text names ("at the time of the treaty"):
#: see :func:`_time_of_event`.
_THE_TIME_OF_AN_EVENT = frozenset({"fuzzy.time_of_event"})
#: The event "the time of ..." names, its determiner left out: "the peace treaty", "Napoleon's coup".
_NAMED_EVENT = re.compile(r" of (?:(?:the|a|an|his|her|its|their) )?(?P<event>.+)\Z")
#: A decade, a century or a millennium ("199", "BC03", "1").
_DECADE_OR_LONGER = re.compile(r"(?:BC)?[0-9]{1,3}")
#: Rules whose count starts at the war's beginning, which an article's lead dates.
_COUNTED_FROM_THE_WAR = frozenset({"relative.nth_year_of_war", "relative.nth_season_of_war"})
#: The month the story stands at after "late 1967": its November, which the year's last months
#: stay in and its spring lies after.
_LATE_IN_THE_YEAR = 11
#: The last month of each season in its year (a winter goes on into the next year's February).
_SEASON_LAST_MONTH = {"SP": 5, "SU": 8, "FA": 11, "WI": 12}
_LEXICON = lexicon_for("en")
#: A day counted from the war's first: "the third day of the war", "the first day of the conflict".
_DAY_OF_THE_WAR = re.compile(
    r"the\s+(?P<nth>[\w-]+)\s+day\s+of\s+the\s+(?P<event>war|conflict|battle|siege|offensive|assault|"
    r"uprising|rebellion|revolt|insurrection|strike|blockade|campaign|bombardment|occupation|retreat|"
    r"invasion|attack|evacuation|airlift|operation|"
    # ... and a report's events: "the second day of the conclave", "the third day of the trial".
    r"conclave|trial|talks|summit|conference|hearing|session|visit|tour|protests?|deliberations|negotiations)\b",
    re.IGNORECASE,
)
#: The nouns of one stretch of fighting, which a story may name one way and count by another.
_FIGHTING_NOUNS = frozenset({"battle", "offensive", "assault", "attack", "operation", "campaign", "invasion"})
_FIGHTING_NOUN = re.compile(
    r"\b(?:battle|offensive|assault|attack|operation|campaign|invasion|landings?)\b", re.IGNORECASE
)
#: A sentence that tells how an event began: "The siege began on 9 October".
_EVENT_BEGAN = re.compile(
    r"\b(?:began|begun|started|opened|commenced|launched|broke\s+out|erupted)\b", re.IGNORECASE
)
#: A range an event filled, up to its first day: "was fought between ", "lasted from ".
_FOUGHT_FROM = re.compile(
    r"\b(?:was\s+fought|were\s+fought|lasted|took\s+place|raged)\s+(?:from|between)\s+\Z", re.IGNORECASE
)
#: A sentence that tells how a war began: "Iraq invaded Iran on ...", "war broke out on ...".
_WAR_BEGAN = re.compile(
    r"\b(?:began|started|broke\s+out|launched|invaded|invasion|declared\s+war|opened\s+hostilities)\b",
    re.IGNORECASE,
)
#: Rules whose count starts at a ruler's accession, which the story dates (see :func:`_accession`).
_COUNTED_FROM_THE_ACCESSION = frozenset({"relative.nth_year_of_reign"})
#: A verb of accession before a date in its sentence: "became king in March 1461", "succeeded his
#: father on 22 April 1509", "ascended the throne in 1547".
_ACCESSION = re.compile(
    r"\b(?:became\s+(?:king|queen|emperor|empress|tsar|czar|sultan|shah|pharaoh)|(?:was|were)\s+crowned|"
    # ("had been king of England since January 1327", "had become king in 1174", "was elected Great
    # Khan in 1229", "was proclaimed emperor").
    r"(?:had\s+been|has\s+been)\s+(?:king|queen|emperor|empress|tsar|czar|sultan|shah|khan|pharaoh)\b[^.;:!?]{0,30}?\bsince|"
    r"(?:had\s+)?become\s+(?:king|queen|emperor|empress|tsar|czar|sultan|shah|khan|pharaoh)|"
    r"(?:was|were)\s+(?:elected|proclaimed|installed|enthroned)\s+(?:as\s+)?(?:the\s+)?(?:(?-i:[A-Z])\w*\s+)?"
    r"(?:king|queen|emperor|empress|tsar|czar|sultan|shah|khan|pharaoh|pope|caliph)|"
    r"succeeded|ascended|acceded|came\s+to\s+the\s+throne|took\s+the\s+throne|inherited\s+the\s+throne|"
    r"began\s+(?:his|her)\s+reign|ruled\s+from|reigned)\b|\b(?:reign|rule)\s*(?=\()",
    re.IGNORECASE,
)
#: A ruler's death or abdication told with the successor after it: "was succeeded by his son".
_SUCCEEDED_BY = re.compile(r"\b(?:was|were)\s+succeeded\s+by\b", re.IGNORECASE)
#: Rules that count from an event the text names ("Ten years after the invasion, ..."): see
#: :func:`_counted_from_event`.
_COUNTED_FROM_AN_EVENT = frozenset({"relative.after_event"})
#: The signal word between the count and its event, and the head of the event's phrase: the
#: noun before "of" ("the capture of the bridge"), else the last word ("the US invasion").
_EVENT_SIGNAL = re.compile(r" (?:after|before) ", re.IGNORECASE)
_EVENT_SIGNAL_OR_INTO = re.compile(r" (?:after|before|into) ", re.IGNORECASE)
_EVENT_HEAD = re.compile(r"([^\W\d]+)(?:['’]s?)?(?: of .*)?\Z")
#: The longest event noun matched as a whole word (see :func:`_event_date`).
_SHORT_HEAD = 5
#: The unit letters of the counts "relative.after_event" reads.
_COUNT_LETTERS = {Grain.YEAR: "Y", Grain.MONTH: "M", Grain.WEEK: "W", Grain.DAY: "D"}


#: Quotation marks (straight ones open and close alike; curly ones, and the pairs `` and '' of
#: TimeBank's and AQUAINT's texts, say which they do).
_QUOTE_MARKS = ('"', "“", "”", "``", "''")


def quotations(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``, as (opening mark, closing mark) positions in reading order: a
    quotation closes in its own paragraph, and a mark left open at its end opens none.

    >>> quotations('"It is us today," he warned. "It will be you')
    [(0, 16)]
    """
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for position in _positions(text, _QUOTE_MARKS):
        mark = text[position]
        if mark == "'":
            # (The second mark of a closing pair, "''", as the closing mark itself.)
            position += 1  # noqa: PLW2901
        if opened is not None and text.find("\n", opened, position) >= 0:
            # (The line break ended the paragraph the mark opened a quotation in; the breaks are
            # looked for only here, as a text has many more of them than quotation marks.)
            opened = None
        if opened is None or mark in "“`":
            opened = None if mark in "”'" else position
        else:
            spans.append((opened, position))
            opened = None
    return spans


def _positions(text: str, characters: Sequence[str]) -> list[int]:
    """Where ``text`` holds any of ``characters``, in order. (``str.find`` skips to each at C
    speed, several times faster than a regex's character class that names non-ASCII ones.)"""
    positions: list[int] = []
    for character in characters:
        position = text.find(character)
        while position >= 0:
            positions.append(position)
            position = text.find(character, position + 1)
    positions.sort()
    return positions


def _quotation_end(spans: Sequence[tuple[int, int]], starts: Sequence[int], position: int) -> int | None:
    """Where the quotation ``position`` lies in ends (``spans`` from :func:`quotations`, ``starts``
    their openings), if it lies in one."""
    index = _quotation_index(spans, starts, position)
    return None if index is None else spans[index][1]


#: What joins two dates that share the second one's year: "May and June 1916".
_SHARED_YEAR_JOIN = re.compile(rf"\s*,?\s*(?:{_PAIR_WORDS}|{_SPAN_WORDS})\s*", re.IGNORECASE)


#: A clause "when" opens after a year, up to a date of that year: ", when the Dow rose 44
#: percent before crashing on " (no sentence or clause ends in between).
_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^.;:!?\"“”()]{0,120}")


def _opens_when_clause(year: Candidate, date: Candidate, text: str) -> bool:
    """Whether a month (day) without its year is in the clause "when" opens after a year: the
    year's ("comparisons to 1987, when the Dow rose 44 percent before crashing on Oct. 19"), or
    after a month of a year, a day of that month ("was January 1994, when the mercury bottomed
    out at 22 below on Jan. 19")."""
    partial, named = date.partial, year.partial
    return (
        partial.month is not None
        and partial.anchor is None
        and partial.value is None
        and named.year is not None
        and (named.grain == Grain.YEAR or (named.grain == Grain.MONTH and named.month == partial.month))
        and named.anchor is None
        and _WHEN_CLAUSE.fullmatch(text, year.end, date.start) is not None
    )


def _day_a_date_was_moved_to(previous: Candidate, candidate: Candidate, text: str) -> bool:
    """Whether a day without its month is the one a date of a month was moved to: "brought forward
    from 10 August to the 8th", "postponed from 3 May to the 10th"."""
    moved, day = previous.partial, candidate.partial
    return (
        day.kind == "date"
        and day.day is not None
        and day.month is None
        and day.anchor is None
        and moved.month is not None
        and moved.day is not None
        and moved.anchor is None
        and _MOVED_TO_BETWEEN.fullmatch(text, previous.end, candidate.start) is not None
        and _MOVED_FROM_BEFORE.search(text, max(0, previous.start - 40), previous.start) is not None
    )


#: A date's move, up to the day it was moved from: "was brought forward from ", "postponed from ".
_MOVED_FROM_BEFORE = re.compile(
    r"\b(?:brought\s+forward|moved|changed|advanced|pushed\s+back|put\s+back|postponed|delayed|"
    r"put\s+off|rescheduled)\s+from\s+\Z",
    re.IGNORECASE,
)
#: ... and what joins it to the day it was moved to: " to ".
_MOVED_TO_BETWEEN = re.compile(r"\s+to\s+", re.IGNORECASE)


def _day_of_the_month_just_told(previous: Candidate, candidate: Candidate, text: str) -> bool:
    """Whether a day of a month without its year comes right after that month told with its year,
    in its sentence: "Mujib, released from prison in January 1972, returned to Dhaka on 10
    January" (the day is of that January, not of the year the story had reached)."""
    told, day = previous.partial, candidate.partial
    return (
        told.kind == "date"
        and told.year is not None
        and told.month is not None
        and told.day is None
        and told.anchor is None
        and day.month == told.month
        and day.day is not None
        and day.anchor is None
        and day.value is None
        and candidate.start - previous.end <= _DAY_OF_MONTH_REACH
        and in_one_sentence(text, previous.end, candidate.start)
        # (Not a day a clause of the writer's future names: "The talks opened in October 2012 and
        # will run until October 6".)
        and not _WRITERS_FUTURE_BETWEEN.search(text, previous.end, candidate.start)
    )


#: How far a day may lie from the month told before it, to be of it.
_DAY_OF_MONTH_REACH = 60
#: A future told in the present between two expressions: "will", "is scheduled to".
_WRITERS_FUTURE_BETWEEN = re.compile(
    r"\b(?:will|shall)\b|['’]ll\b|\b(?:is|are)\s+(?:scheduled|due|set|expected|slated)\s+to\b", re.IGNORECASE
)


def _with_shared_year(
    candidates: Sequence[Candidate], index: int, text: str, *, narrative: bool = False
) -> PartialTime:
    """The partial of ``candidates[index]``, with the year of the next candidate when the text joins
    a month or season without one to a date that states it ("in May and June 1916",
    "the autumn and early winter of 1942"); a later month in the first place ("December and
    January 1915") belongs to the year before. A day without a month joined to a later day of a
    month is in that month (and year): "from the 3rd to the 9th of March 1921". In a
    narrative, a season also takes the year of a date in it that its clause gives next (see
    :func:`_season_dated_after`). A timeline's line that opens with a year gives it to the day
    after it ("1877 - 24 April: Russia declares war", with a dash of any length)."""
    partial = candidates[index].partial
    if partial.kind != "date" or partial.year is not None:
        return partial
    if partial.month is not None and partial.anchor is None and partial.value is None:
        start, end = candidates[index].start, candidates[index].end
        dual = _DUAL_DATE_YEAR.match(text, end)
        if dual is None and _in_calendar_bracket(text, start, end):
            dual = _BRACKET_THEN_YEAR.match(text, end)
        if dual is not None:
            # "7 November [O.S. 25 October] 1917": the year after the bracket is both days'.
            return partial.but(year=int(dual["year"]))
    if index > 0 and (
        _heads_timeline_line(candidates[index - 1], candidates[index], text)
        or _opens_when_clause(candidates[index - 1], candidates[index], text)
        or _day_of_the_month_just_told(candidates[index - 1], candidates[index], text)
    ):
        return partial.but(year=candidates[index - 1].partial.year, bc=candidates[index - 1].partial.bc)
    if index > 0 and _day_a_date_was_moved_to(candidates[index - 1], candidates[index], text):
        # "the date was brought forward from 10 August to the 8th": a day of the month moved from.
        moved_from = candidates[index - 1].partial
        return partial.but(month=moved_from.month, year=moved_from.year, bc=moved_from.bc)
    if index + 1 >= len(candidates):
        return partial
    following = candidates[index + 1]
    other = following.partial
    if (
        # "from the 3rd to the 9th of March 1921": the first day is in the second's month.
        partial.month is None
        and partial.day is not None
        and partial.weekday is None
        and partial.anchor is None
        and other.month is not None
        and other.day is not None
        and other.anchor is None
        and partial.day < other.day
        and _SHARED_YEAR_JOIN.fullmatch(text, candidates[index].end, following.start)
    ):
        return partial.but(month=other.month, year=other.year, bc=other.bc)
    if narrative and _season_dated_after(partial, candidates[index], following, text):
        assert other.year is not None
        # The season's own year: a winter dated by its January belongs to the year before.
        step = season_of_month(other.month)[0] if other.month is not None else 0
        return partial.but(year=other.year - step if other.bc else other.year + step, bc=other.bc)
    if (
        candidates[index].rule == "holiday.named"
        and partial.anchor is None
        and partial.direction is None
        and other.year is not None
        and other.anchor is None
        and _HOLIDAY_IN.fullmatch(text, candidates[index].end, following.start)
    ):
        # "On Easter Monday in April 1916", "spent Christmas in 1964": the feast of that year.
        return partial.but(year=other.year, bc=other.bc)
    first, second = _order_in_year(partial), _order_in_year(other)
    if (
        first is None
        or second is None
        or partial.anchor is not None
        or partial.value is not None
        or other.year is None
        or other.anchor is not None
        or not _SHARED_YEAR_JOIN.fullmatch(text, candidates[index].end, following.start)
    ):
        return partial
    year = other.year
    if first > second:
        year = year + 1 if other.bc else year - 1
    return partial.but(year=year, bc=other.bc)


#: Between a feast and the month or year it fell in: "Easter Monday in April 1916".
_HOLIDAY_IN = re.compile(r"\s+in\s+")
#: The marks of a date given in the Julian calendar (Old Style) beside the Gregorian one (New
#: Style), as histories of Russia and of Britain before 1752 write them.
_CALENDAR_MARK = (
    r"(?:O\.\s?S\.|N\.\s?S\.|[Oo]ld [Ss]tyle|[Nn]ew [Ss]tyle"
    r"|(?:in\s+the\s+)?(?:Julian|Gregorian)(?:\s+calendar)?"
    # "(27 June in the Swedish calendar)", "(10 Muharram in the Islamic calendar)".
    r"|in\s+the\s+(?:[A-Z][a-z]+|old|new|church)\s+calendar)"
)
#: After a day without its year: the bracket that gives it in the other calendar, or the close of
#: the bracket it stands in, then the year both share ("7 November [O.S. 25 October] 1917",
#: "25 October (7 November N.S.) 1917").
_DUAL_DATE_YEAR = re.compile(
    r"\s*[(\[][^()\[\]\n]{0,30}?" + _CALENDAR_MARK + r"[^()\[\]\n]{0,30}?[)\]]"
    r",?\s*(?P<year>1[0-9]{3})\b(?![-–/][0-9])"
)
#: ... for a day in such a bracket: its close, then the year.
_BRACKET_THEN_YEAR = re.compile(
    r"\s*" + _CALENDAR_MARK + r"?\s*[)\]],?\s*(?P<year>1[0-9]{3})\b(?![-–/][0-9])"
)
#: A bracket that holds a date of the other calendar, up to the date, and from it on.
_CALENDAR_BRACKET_OPEN = re.compile(
    r"[(\[]\s*(?:" + _CALENDAR_MARK + r"\s*)?\Z"
    # ... or after the other calendar's date in the same bracket: "(27 June O.S., 8 July N.S.)".
    r"|[(\[][^()\[\]\n]{1,24}?" + _CALENDAR_MARK + r"\s*[,;]\s*\Z"
    # ... or after a note of the calendar's name: "(Swedish style; 27 June O.S.)".
    r"|[(\[][^()\[\]\n;:]{1,24}?\bstyle\s*[,;:]\s*\Z"
)
#: How many days the Julian calendar ran behind the Gregorian, from 1582 to 1923.
_CALENDARS_APART = frozenset({10, 11, 12, 13})
_BARE_BRACKET = re.compile(r"\s?[(\[]")
_BRACKET_CLOSES = re.compile(r"(?:,?\s*[0-9]{4})?\s*[)\]]")
_CALENDAR_BRACKET_CLOSE = re.compile(
    # ("(28 June in the Old Style)", "(28 June by the Julian calendar)".)
    # ("(6 November in the Julian calendar then used in Protestant Germany)".)
    r"(?:,?\s*[0-9]{4})?(?:,?\s*(?:(?:in|by)\s+the\s+)?" + _CALENDAR_MARK + r"[^()\[\]\n]{0,50})?\s*[)\]]"
)


def _in_calendar_bracket(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` is the other calendar's in a bracket: "[O.S. 12
    April]", "(24 April N.S.)", "(8 January Old Style)"."""
    opened = _CALENDAR_BRACKET_OPEN.search(text, max(0, start - 40), start)
    closed = _CALENDAR_BRACKET_CLOSE.match(text, end)
    if opened is None or closed is None:
        return False
    return bool(re.search(_CALENDAR_MARK, opened.group()) or re.search(_CALENDAR_MARK, closed.group()))


#: Between a timeline's year and the day after it: a dash of any length or a colon ("1877 - 24 April").
TIMELINE_JOIN = re.compile(r"[ \t]*[–—:-][ \t]*")
#: What may open a timeline's line before its year: nothing, or a bullet.
_BULLET = re.compile(r"[ \t]*(?:[*•·-][ \t]*)?")


def _heads_timeline_line(year: Candidate, day: Candidate, text: str) -> bool:
    """Whether ``year`` is a year alone that opens a line and ``day`` a month (or its day) that
    follows it after a dash or a colon, as a timeline's bullets write them."""
    first, second = year.partial, day.partial
    if (
        first.grain != Grain.YEAR
        or first.year is None
        or first.anchor is not None
        or second.month is None
        or second.anchor is not None
        or second.value is not None
    ):
        return False
    return _opens_line(year, text) and bool(TIMELINE_JOIN.fullmatch(text, year.end, day.start))


def _opens_line(candidate: Candidate, text: str) -> bool:
    """Whether the expression opens its line, after a bullet if any."""
    return _opens_line_at(candidate.start, text)


def _opens_line_at(start: int, text: str) -> bool:
    """Whether ``start`` opens its line, after a bullet if any (looked for a short way back only:
    a bullet and its indent are short, and a long line is not read again from its start)."""
    low = max(0, start - _BULLET_REACH)
    line_start = text.rfind("\n", low, start) + 1
    if line_start == 0 and low > 0:
        return False
    return _BULLET.fullmatch(text, line_start, start) is not None


#: How far before an expression the line it opens may begin.
_BULLET_REACH = 40


#: What may come between a clock time and the day it is on ("6:10 AM Cairo time on June 4",
#: "9:40 a.m. (0640 GMT) Monday"), and between two clock times that share it.
#: Between a clock and the day of the event it is the hour of: " in the ", " of the ".
_IN_THE_BETWEEN = re.compile(r"\s+(?:in|of|for)\s+the\s+")
#: The event a day names after it: " election", " vote", " hearing".
_EVENT_OF_THE_DAY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:election|elections|vote|runoff|run-off|primary|referendum|polls?|ballot|hearing|meeting"
    r"|summit|game|match|race|final|launch)\b"
)
_CLOCK_THEN_DAY = re.compile(
    r"(?:[\s,()]|\b(?:local|time|on|the)\b|\b[A-Z][a-z]+(?= time\b)|\b[A-Z]{2,4}\b)*"
    # ... and the session the clock is the hour of: "after the 4 p.m. EST close on Wednesday".
    # ("The guards' 11 p.m. count on Monday, June 11, 1962".)
    r"(?:\b(?:close|open|opening|closing|deadline|count|roll\s+call|curfew|shift|session|bulletin|broadcast)\s+(?:on\s+)?)?"
)
#: ... and between a part of the day and the day, the nouns it names the part by ("the evening
#: rush hour on August 1", "the morning session on Tuesday"; not a clause: "in the morning he
#: left on Tuesday").
_PART_NOUN_THEN_DAY = re.compile(
    r"(?:\s+(?!(?:he|she|it|they|we|you|and|but|or|was|were|is|are|had|has|will|would)\b)[a-z-]+(?<!ed)){1,2}"
    r"\s+on\s+"
)
#: (Also past the "local time" of the first: "at 11:56 a.m. local time (0611 GMT) on Saturday".)
_CLOCK_THEN_CLOCK = re.compile(r"[\s,(]*(?:\blocal time\b[\s,(]*)?(?:\b(?:and|or|to|until|till)\b|[-–])?\s*")
#: ... and between the two ends of a span of clock times on one day ("between 1 a.m. and 3 a.m.
#: on Sunday"; not a restatement in another zone, "4:30 a.m. local time (2030 GMT Monday)").
_CLOCK_SPAN = re.compile(r"\s+(?:and|to|until|till)\s+|\s*[-–]\s*")
#: At most this many characters between them.
_CLOCK_GAP = 40
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: ... and between a market's clock and the day of its session, the session and its exchange:
#: "jumped to $38.10 in 4 p.m. composite trading on the New York Stock Exchange yesterday".
_CLOCK_TRADING_THEN_DAY = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:trading|dealings|session)(?:\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,5})?\s*"
)
_CLOCK_TRADING_GAP = 80
#: An article before a clock that is a noun's adjective: "An " (8 p.m. curfew).
_ARTICLE_BEFORE_CLOCK = re.compile(r"\b(?:an?|the)\s+\Z", re.IGNORECASE)
#: ... the noun, and its clause's words up to the day: " curfew was imposed on ".
_CLOCK_NOUN_THEN_DAY = re.compile(
    r"\s+(?:curfew|deadline|start|kickoff|kick-off|meeting|session|vote|rally|ceremony|news\s+conference|briefing)"
    r"(?:\s+(?-i:[a-z]+)){0,4}\s+(?:on|for)\s+"
)


def ends_sentence_before(clock: Candidate, following: Candidate) -> bool:
    """Whether the full stop of a clock time's "p.m." also ends its sentence: "at 3 p.m. The
    next day" or "at 7 a.m. Yesterday" (a capital that no name of a day explains), not "at 3 p.m.
    Tuesday" or "at 9 a.m. Sept. 3"."""
    if not clock.text.endswith("."):
        return False
    if _CAPITAL_DETERMINER.match(following.text):
        return True  # "at 8 p.m. Next Friday, it's North by Northwest": the next sentence's
    named = following.partial.weekday is not None or following.partial.month is not None
    return following.text[:1].isupper() and not named and following.partial.holiday_name is None


#: A determiner a sentence opens with, capitalised: "Next ", "Last ", "This ".
_CAPITAL_DETERMINER = re.compile(r"(?:Next|Last|This|That|Every|Each|Early|Late)\s")


def _is_bare_part(partial: PartialTime) -> bool:
    """Whether this is a part of the day the text stands at, which names no day ("in the morning",
    "at dawn"): a day named right after it is its day ("at dawn on 6 June")."""
    return (
        partial.anchor == "ref"
        and partial.part_of_day is not None
        and partial.shift is not None
        and partial.shift.amount == 0
        and partial.hour is None
    )


def _days_after_clocks(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], text: str
) -> list[int | None]:
    """For each clock time (or part of the day) without a day, the index of the day named right
    after it in the same clause, if any ("At 6:10 AM Cairo time on June 4, 2011", "in the morning
    on 6 June"), also through other clock times that share it ("at about 9:40 a.m. (0640 GMT)
    Monday")."""
    days: list[int | None] = [None] * len(candidates)
    for index in range(len(candidates) - 2, -1, -1):
        following = index + 1
        gap = text[candidates[index].end : candidates[following].start]
        if (
            # ("rose 5 cents in afternoon trading Thursday": a session's part of the day too.)
            (partials[index].is_bare_clock or _is_bare_part(partials[index]))
            and len(gap) <= _CLOCK_TRADING_GAP
            and _names_day(partials[following])
            and _CLOCK_TRADING_THEN_DAY.fullmatch(gap)
        ):
            days[index] = following
            continue
        if (
            not (partials[index].is_bare_clock or _is_bare_part(partials[index]))
            or len(gap) > _CLOCK_GAP
            # (Not a heading's day below a paragraph: "... at 9:15 a.m.\n\nTUESDAY".)
            or _BLANK_LINE.search(gap)
            # (Nor the day of a timeline's next line: "Polls close at 10 p.m.\nJune 13 - ...".)
            or ("\n" in gap and TIMELINE_JOIN.match(text, candidates[following].end))
        ):
            continue
        if ends_sentence_before(candidates[index], candidates[following]):
            continue
        if (
            partials[index].is_bare_clock
            and _names_day(partials[following])
            and _ARTICLE_BEFORE_CLOCK.search(
                text, max(0, candidates[index].start - 5), candidates[index].start
            )
            and _CLOCK_NOUN_THEN_DAY.fullmatch(gap)
        ):
            # "An 8 p.m. curfew was imposed on Sunday": the clock of a noun whose day its clause
            # names.
            days[index] = following
            continue
        if (
            partials[index].is_bare_clock
            and _names_day(partials[following])
            and _IN_THE_BETWEEN.fullmatch(gap)
            and _EVENT_OF_THE_DAY_AFTER.match(text, candidates[following].end)
        ):
            # "Polls opened at 7 a.m. in the Feb. 14 election": the clock of the event its day names.
            days[index] = following
            continue
        if (
            _names_day(partials[following])
            # ("before sunrise on the morning of 8 July": the part of a day named is that day.)
            or (
                partials[following].kind == "date"
                and partials[following].grain == Grain.PART_OF_DAY
                and partials[following].day is not None
                and partials[following].anchor is None
            )
        ) and _CLOCK_THEN_DAY.fullmatch(gap):
            days[index] = following
        elif partials[index].is_bare_clock and _is_bare_part(partials[following]) and gap.isspace():
            # "at around 9:30 that night": the clock time of the night the story names.
            days[index] = following
        elif (
            _is_bare_part(partials[index])
            and _names_day(partials[following])
            and _PART_NOUN_THEN_DAY.fullmatch(gap)
        ):
            # "during the evening rush hour on August 1": the part of that day.
            days[index] = following
        elif _is_bare_part(partials[index]) and _day_counted_on(partials[following]) and gap.isspace():
            # "at dawn the next day", "at dusk two days later": the part of the day the story
            # steps to.
            days[index] = following
        elif (
            partials[index].is_bare_clock
            and _day_counted_on(partials[following])
            and not gap.isspace()
            and _CLOCK_THEN_DAY.fullmatch(gap)
        ):
            # "at 11 a.m. Leningrad time the following day": the clock of the day the story steps
            # to, past the zone.
            days[index] = following
        elif partials[following].is_bare_clock and _CLOCK_THEN_CLOCK.fullmatch(gap):
            days[index] = days[following]
        elif _clock_of_named_day(partials[following], after=partials[index]) and _CLOCK_SPAN.fullmatch(gap):
            # "between 1 a.m. and 3 a.m. on Sunday": the first clock time is on the day of the
            # second (not across a midnight: "from 10 p.m. to 6 a.m. Monday" begins the day before).
            days[index] = following
    return days


def _day_counted_on(partial: PartialTime) -> bool:
    """A day the story steps to from its own ("the next day", "two days later"), or a part of one
    ("dawn the next morning")."""
    return (
        partial.kind == "date"
        and partial.grain in (Grain.DAY, Grain.PART_OF_DAY)
        and partial.anchor == "ref"
        and partial.shift is not None
        and partial.shift.unit == Grain.DAY
        and partial.shift.amount != 0
        and partial.offset is None
    )


def _clock_of_named_day(partial: PartialTime, *, after: PartialTime) -> bool:
    """A clock time on a day named on the calendar or from the DCT ("3 a.m. on Sunday"), no
    earlier in that day than the clock time ``after`` which it closes a span."""
    return (
        partial.kind == "date"
        and partial.hour is not None
        and (partial.weekday is not None or partial.day is not None)
        and partial.anchor in (None, "dct")
        and partial.offset is None
        and partial.value is None
        and after.hour is not None
        and after.hour <= partial.hour
        # (A zone written once, after the second end: "from 8 p.m. to 11 p.m. ET Sunday".)
        and after.zone in (None, partial.zone)
    )


#: A verb that reports what someone said, before a count from the speaker's time in its sentence.
_REPORTED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(en.REPORTING_PAST)) + r")\b", re.IGNORECASE)
#: How and where a saying was made, after its verb: " in a statement from Geneva" (its words may
#: be more than a verb's few before its day: "said in a statement from Geneva late Saturday").
_SAID_IN_A_STATEMENT = (
    r"(?:\s+(?:in|at|during)\s+an?\s+(?:statement|interview|speech|news\s+conference|briefing)"
    r"\s+(?:from|in)\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?(?=\s))?"
)
#: A speaker named after a quotation, then the day the words were said: '," Reid said on Sunday.',
#: '," the minister told reporters late on Friday' (at most a few words after the verb).
_SAID_AFTER = re.compile(
    r"\s*(?:[\w'’-]+\.?\s+){0,10}?"
    # ... with the speaker's title set off by commas: "Grigory Yavlinsky, leader of the liberal
    # Yabloko party, said on Friday".
    r"(?:[\w'’-]+,\s+[^,.;:!?\"“”]{1,80},\s+)?"
    r"(?:said|says|told|added|wrote|insisted|explained|declared|announced|"
    r"admitted|tweeted|stated)"
    + _SAID_IN_A_STATEMENT
    + r"(?:\s+(?!on\b)[\w.'’-]+){0,3}?\s+(?:(?:late|early)\s+)?(?:on\s+)?",
)
#: ... or before it: 'Reid said on Sunday: "Today we ..."'.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|added|wrote|insisted|explained|declared|announced|admitted|tweeted|stated)"
    r"(?:\s+(?!on\b)[\w'’-]+){0,3}?\s+(?:(?:late|early)\s+)?(?:on\s+)?\Z",
)
#: A verb of saying right before a quotation opens: "saying, ", "said: ", "adding, ".
_SAYING_BEFORE_QUOTE = re.compile(
    r"\b(?:saying|said|says|adding|added|declaring|declared|told(?:\s+[\w'’]+){1,2})\s*[,:]?\s*\Z"
)
_BEFORE_QUOTE = re.compile(r"\s*[,:]?\s*\Z")
#: An attribution ends at a full stop (not that of "Mr." or "U.S."), a line or another quotation.
_ENDS_SPEECH = re.compile(
    r"[\"“”\n]|(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGov)(?<!\bSen)(?<!\bRep)"
    r"(?<!\bReps)(?<!\bSens)(?<!\bGovs)"
    r"(?<!\bGen)[.!?](?=\s)"
)
_SPEECH_REACH = 120


def _speech_days(
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    tenses: Sequence[Tense | None],
    text: str,
) -> list[int | None]:
    """For each expression in a quotation, the index of the day its speaker is said to have said
    it on, if the attribution names one right after the quotation ('"Today we showed what we
    are," the manager said on Sunday.') or right before it ('he said on Sunday: "Today ..."'). A
    report written on Monday quotes Sunday's "today": the speaker's day, not the DCT."""
    days: list[int | None] = [None] * len(candidates)
    spans = quotations(text)
    if not spans:
        return days
    starts = [start for start, _ in spans]
    # The quotation each candidate lies in, if any.
    inside = [_quotation_index(spans, starts, candidate.start) for candidate in candidates]
    # The candidates of each quotation that holds any, in reading order (one pass, not one a quotation).
    quoted: dict[int, list[int]] = {}
    for index, found in enumerate(inside):
        if found is not None:
            quoted.setdefault(found, []).append(index)
    for quote, members in quoted.items():
        opening, closing = spans[quote]
        day = None
        after = members[-1] + 1
        if (
            after < len(candidates)
            and inside[after] is None
            # ('"Tonight we celebrate," the mayor said Tuesday night': the night of that day.)
            and (
                _names_day(partials[after])
                or _names_weekday_part(partials[after])
                or _names_last_night(partials[after])
            )
        ):
            gap = text[closing + 1 : candidates[after].start]
            if len(gap) <= _SPEECH_REACH and not _ENDS_SPEECH.search(gap) and _SAID_AFTER.fullmatch(gap):
                day = after
        before = members[0] - 1
        if day is None and before >= 0 and inside[before] is None and _names_day(partials[before]):
            said = text[max(0, candidates[before].start - _SPEECH_REACH) : candidates[before].start]
            if _SAID_BEFORE.search(said) and _BEFORE_QUOTE.fullmatch(text[candidates[before].end : opening]):
                day = before
        if (
            day is None
            and before >= 0
            and inside[before] is None
            and (_names_day(partials[before]) or _names_weekday_part(partials[before]))
        ):
            # ... or the day of the clause whose saying the quotation follows: 'On Sunday afternoon,
            # Netanyahu threatened to suspend the talks, saying, "Today is not a day for business".'
            between = text[candidates[before].end : opening]
            if (
                len(between) <= _SPEECH_REACH
                and _SAYING_BEFORE_QUOTE.search(between)
                and not _ENDS_SPEECH.search(between)
            ):
                day = before
        if day is not None:
            for index in members:
                days[index] = day
            continue
        tonight = [index for index in members if candidates[index].text.lower() == "tonight"]
        told = (
            _night_told_before(candidates, partials, tenses, inside, first=members[0], opening=opening)
            if tonight
            else None
        )
        for index in tonight:
            # "Martin's government survived by a single vote Thursday night. 'Tonight the House
            # listened to them,' he told reporters after the vote": the night the report told.
            days[index] = told
        speaker_days = [index for index in members if candidates[index].text.lower() in ("tomorrow", "today")]
        told = (
            _night_told_before(candidates, partials, tenses, inside, first=members[0], opening=opening)
            if speaker_days
            else None
        )
        if (
            told is not None
            and _late_in_the_day(partials[told])
            # (The evening told last before the quotation, no other time between but quoted ones,
            # and no day of the saying after it: not '"Today the world has become a more dangerous
            # place," he told his cabinet on Sunday morning', after "Saturday evening".)
            and all(inside[between] is not None for between in range(told + 1, members[0]))
            and not (
                members[-1] + 1 < len(candidates)
                and candidates[members[-1] + 1].start < sentence_bounds(text, closing)[1]
            )
        ):
            for index in speaker_days:
                # "Chirac thanked voters at a rally shortly after 10 p.m. Sunday. 'Tomorrow I will
                # get to work,' he said": the speaker's day is the evening the report told.
                days[index] = told
    return days


def _late_in_the_day(partial: PartialTime) -> bool:
    """Whether a time is of a day's evening or night: "10 p.m. Sunday", "Sunday night"."""
    return (partial.hour is not None and partial.hour >= _EVENING_HOUR) or partial.part_of_day in ("EV", "NI")


#: The first hour of an evening.
_EVENING_HOUR = 18


#: How far before a quotation the day of its "tonight" may be told.
_NIGHT_TOLD_REACH = 400


def _night_told_before(
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    tenses: Sequence[Tense | None],
    inside: Sequence[int | None],
    *,
    first: int,
    opening: int,
) -> int | None:
    """The index of the weekday (or its part) a report told last before a quotation, outside any
    quotation and not far before it; ``None`` if a day of the DCT's own ("today") comes between."""
    for index in range(first - 1, -1, -1):
        candidate, partial = candidates[index], partials[index]
        if candidate.start < opening - _NIGHT_TOLD_REACH:
            return None
        if inside[index] is not None:
            continue
        if partial.anchor == "dct" and partial.shift is not None and partial.shift.amount == 0:
            return None  # ("Today ... 'Tonight we celebrate'": the DCT's own night)
        if partial.kind == "date" and partial.weekday is not None and partial.anchor is None:
            # (A day still to come is no night a quotation looks back on.)
            return index if tenses[index] == "past" else None
    return None


def _quotation_index(spans: Sequence[tuple[int, int]], starts: Sequence[int], position: int) -> int | None:
    """The index in ``spans`` of the quotation ``position`` lies in, if any."""
    index = bisect.bisect_left(starts, position) - 1
    return index if index >= 0 and position < spans[index][1] else None


def _clause_end(text: str, candidate: Candidate) -> int:
    """Where the clause an expression stands in ends: the next comma or semicolon in its
    sentence, or the sentence's end."""
    sentence_end = sentence_bounds(text, candidate.start)[1]
    found = _CLAUSE_CLOSE.search(text, candidate.end, sentence_end)
    return found.start() if found is not None else sentence_end


_CLAUSE_CLOSE = re.compile(r"[,;]")


def _restated_in_brackets(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], text: str
) -> list[bool]:
    """For each relative date, whether the text restates it right after it as a date in brackets:
    "only three years later (312 BC)", "the following autumn (1862)"; or in a phrase between
    commas: "Three years after his death, in 1831, his papers ..." (the event need not be dated)."""
    restated = [False] * len(candidates)
    for index in range(len(candidates) - 1):
        partial, following = partials[index], candidates[index + 1]
        restated[index] = (
            (
                (partial.kind == "date" and partial.anchor is not None)
                # ("at the same time (1793)": the story's time the bracket dates.)
                or candidates[index].rule in _AT_THE_STORY_TIME
            )
            and partials[index + 1].kind == "date"
            and (
                partials[index + 1].year is not None
                # ... or a count of days by the day of a month it is: "Two days later, on 15
                # November, the fort fell" (the story's year).
                or (
                    partial.shift is not None
                    and partial.shift.unit == Grain.DAY
                    and partials[index + 1].day is not None
                    and partials[index + 1].month is not None
                )
            )
            and partials[index + 1].anchor is None
            and (
                (
                    _OPENING_BRACKET.fullmatch(text, candidates[index].end, following.start) is not None
                    and _CLOSING_BRACKET.match(text, following.end) is not None
                )
                or (
                    _OPENING_APPOSITIVE_DATE.fullmatch(text, candidates[index].end, following.start)
                    is not None
                    and _CLOSING_RESTATEMENT.match(text, following.end) is not None
                )
            )
        )
    return restated


#: What ends a date that restates a count between commas, or at its sentence's end ("Carthage
#: was destroyed half a century later, in 146 BC.").
_CLOSING_RESTATEMENT = re.compile(r"\s*(?:[,;]|[.!?](?=\s|$)|$)")


#: "the quarter ended Sept. 30", "the six months ending June 30": the day a reported period ends
#: on. "ended" is past; "ending" is the nearest such day whatever the clause's tense (a company
#: "will report results for the quarter ending Sept. 30" a month after it).
_PERIOD_ENDING = re.compile(
    r"\b(?:quarter|half|year|period|months|weeks)\s+end(?P<form>ed|ing)\s+$", re.IGNORECASE
)


def _periods_ending(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], tenses: list[Tense | None], text: str
) -> list[Tense | None]:
    """The tenses, with the day a reported period ends on read as :data:`_PERIOD_ENDING` says."""
    changed = list(tenses)
    for index, (candidate, partial) in enumerate(zip(candidates, partials, strict=True)):
        if partial.day is None or partial.year is not None or partial.anchor is not None:
            continue
        ending = _PERIOD_ENDING.search(text, max(0, candidate.start - 30), candidate.start)
        if ending is not None:
            changed[index] = "past" if ending["form"].lower() == "ed" else None
    return changed


_OPENING_BRACKET = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_OPENING_APPOSITIVE_DATE = re.compile(r"\s*,\s*(?:in|on)\s+", re.IGNORECASE)
_CLOSING_APPOSITIVE_DATE = re.compile(r"\s*,")
_APPOSITIVE_COMMA = re.compile(r"\s*,\s*")
#: "into" before a part of the day a day goes on into: "well into the night".
_INTO_THE_PART_BEFORE = re.compile(r"\binto\s+\Z", re.IGNORECASE)
#: A weekday told with "the", as a day of the week the story is in: "on the Sunday", "1 a.m. on
#: the Thursday".
_THE_WEEKDAY = re.compile(r"(?:\A|\s)the\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\Z")
#: Between a year and a day of it that a participle opens: ", starting ", ", beginning on ".
_YEAR_THEN_ITS_DAY = re.compile(r",\s+(?:starting|beginning|opening|ending|culminating)\s+(?:on\s+|in\s+)?")
#: " in " between a season and the year it is of: "one summer in 1968".
_IN_BETWEEN = re.compile(r"\s+in\s+")
#: A year that opens its sentence ("In 1291 Acre fell, ..."), and the clause after it up to a comma.
_IN_OPENING = re.compile(r"(?:\A|[.!?]\s+|\n)(?:In|By)\s+\Z")
_CLAUSE_THEN_COMMA = re.compile(r"\s+[^,.;:!?()0-9]{1,60},\s*")
#: What ends an appositive: a count that goes on into its clause ("on 3 May, two days later the
#: town fell") starts a new clause instead; a second count joined to it goes on restating the date
#: ("On 6 June, two days after the landing and a week before the armistice, ...").
_APPOSITIVE_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:after|before)\s",
    re.IGNORECASE,
)
#: "of" before a date: it names a thing ("the flood of 1997, one year later"), which a count after it
#: counts from, rather than dating its clause's event ("was burned on 30 May 1431, two years later"),
#: which the count restates.
_NAMING_DATE_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)


def _restating_in_apposition(
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    text: str,
    from_events: Collection[int] = (),
) -> list[bool]:
    """For each count from the story's time, whether it stands in apposition to the date right
    before it and so says how far on that date was, not a further move: "She was burned on
    30 May 1431, two years later." (1431, not 1433). The date states its year and does not name a
    thing: "the flood of 1997, one year later" counts from 1997. A count from an event the clause
    names (indexes ``from_events``: "On 3 September, exactly a year after the siege") restates a
    day without its year too, which the story's time dates."""
    restating = [False] * len(candidates)
    for index in range(1, len(candidates)):
        partial, previous = partials[index], partials[index - 1]
        if not (
            partial.kind == "date"
            and partial.shift is not None
            and previous.kind == "date"
            and previous.anchor is None
            and previous.value is None
            # (A day without its year takes the year from the count, not the count from it; a
            # month without one, "executed in March, a month later", is the story's.)
            and (
                previous.year is not None
                or index in from_events
                or (previous.month is not None and previous.day is None and partial.shift.unit >= Grain.MONTH)
                # ... nor a day's a count of months: "liberated on 25 August, less than three months
                # later" (a count of years may carry the day to another year), or of weeks or days:
                # "arriving in Paris on 18 December, thirteen days later".
                or (
                    previous.month is not None
                    and previous.day is not None
                    and partial.shift.unit in (Grain.MONTH, Grain.WEEK, Grain.DAY)
                )
                # ... and a weekday a count of days describes: "did not announce it until Monday,
                # two days later."
                or (previous.weekday is not None and partial.shift.unit == Grain.DAY)
            )
            and (
                _APPOSITIVE_COMMA.fullmatch(text, candidates[index - 1].end, candidates[index].start)
                # ... and a count from an event that ends the clause a year opens: "In 1291 Acre
                # fell, two hundred years after the council."
                or (
                    index in from_events
                    and previous.year is not None
                    and _IN_OPENING.search(
                        text, max(0, candidates[index - 1].start - 4), candidates[index - 1].start
                    )
                    and _CLAUSE_THEN_COMMA.fullmatch(text, candidates[index - 1].end, candidates[index].start)
                )
            )
        ):
            continue
        if partial.shift.amount == 0:
            # "retroactive to 2012, the year the bureau began": the unit of the date before it,
            # which the clause after it describes, is that date.
            restating[index] = partial.grain == previous.grain and bool(
                _THE_UNIT.fullmatch(text, candidates[index].start, candidates[index].end)
            )
            continue
        restating[index] = bool(
            partial.anchor == "ref"
            and not _NAMING_DATE_BEFORE.search(
                text, max(0, candidates[index - 1].start - 4), candidates[index - 1].start
            )
            and (
                _APPOSITIVE_END.match(text, candidates[index].end)
                # ... or before the event it is counted from: "on 11 September 2010, the day after
                # police decided not to reopen their investigation".
                or candidates[index].text.lower().endswith((" after", " before"))
            )
        )
    return restating


#: A bare unit of the calendar, which names the date before it in apposition ("2012, the year").
_THE_UNIT = re.compile(r"the\s+(?:year|month|week|day)", re.IGNORECASE)


def _count_lands_on_named_day(counted: Resolution | None, named: PartialTime) -> bool:
    """Whether a count of days lands on the day of a month (and weekday) that restates it without
    a year ("The crest arrived two days later, on Sunday, July 18", in an old story of 1993): the
    count's day is the one named, in the story's year, not one the weekday finds nearer the DCT."""
    day = None if counted is None else _day_of_value(counted.value)
    return (
        day is not None
        and named.year is None
        and named.month == day.month
        and named.day == day.day
        and (named.weekday is None or named.weekday == day.weekday())
    )


def _restated(partial: PartialTime, named: Resolution | None, *, coarser: bool = False) -> Resolution | None:
    """``partial``, a relative date, at the date ``named`` restates it as, when that date is at
    least as fine; with ``coarser``, a coarser date gives its own value (a count in apposition
    to it: "in the autumn of 1995, three and a half years later" says no more than that autumn;
    a bracket that says less, "the following spring (1916)", does not replace the count)."""
    if named is None or named.point is None:
        return None
    if named.point.grain < min(partial.grain, Grain.DAY):
        return named if coarser else None
    point = named.point
    plain = partial.but(shift=None, anchor=None, direction=None, offset=None)
    if partial.shift is not None and partial.grain < Grain.YEAR <= point.grain:
        # "A decade later, in 1671": a count of decades lands on a year, as it does unrestated.
        plain = plain.but(grain=Grain.YEAR)
    return _dated(plain, point.day, named.implied, point)


def _names_last_night(partial: PartialTime) -> bool:
    """ "last night", counted from the DCT."""
    return (
        partial.kind == "date"
        and partial.anchor == "dct"
        and partial.part_of_day == "NI"
        and partial.shift == Shift(Grain.DAY, -1)
        and partial.hour is None
    )


def _names_weekday_part(partial: PartialTime) -> bool:
    """A part of a weekday ("Sunday afternoon"), named from the DCT."""
    return (
        partial.kind == "date"
        and partial.weekday is not None
        and partial.part_of_day is not None
        and partial.anchor in (None, "dct")
        and partial.hour is None
    )


def _names_day(partial: PartialTime) -> bool:
    """A day without a clock time, named on the calendar or from the DCT ("Friday", "March 20")."""
    return (
        partial.kind == "date"
        and partial.grain == Grain.DAY
        and partial.anchor in (None, "dct")
        and partial.offset is None
        and partial.value is None
    )


#: What may lie between a season and the date that places it: "spring campaign along the coast in",
#: "Spring offensive (" (a heading that dates it in brackets); not a clause of its own after a
#: comma ("spent the winter campaigning in Lycia, and in 333 BC he marched").
_SAME_CLAUSE = re.compile(r"(?![^.;:()\n]*,\s+(?:and|but|then|while)\b)[^.;:()\n]{1,60}\(?")


def _season_dated_after(partial: PartialTime, season: Candidate, following: Candidate, text: str) -> bool:
    """Whether a season without a year names the event the same clause then dates ("opened their
    spring campaign along the coast in April 1707", "the Autumn Push of 1862", a heading's
    "Spring offensive (1951)")."""
    other = following.partial
    if partial.season is None or partial.anchor is not None or other.year is None or other.anchor is not None:
        return False
    if other.month is not None and season_of_month(other.month)[1] != partial.season:
        return False
    if other.month is None and other.grain != Grain.YEAR:
        return False
    return _SAME_CLAUSE.fullmatch(text, season.end, following.start) is not None


def _wraps_into_next(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], index: int, text: str
) -> bool:
    """Whether two months without a year are joined as a span or pair that runs over a new year
    ("from October to March", "November and January")."""
    if index + 1 >= len(candidates):
        return False
    months = [_bare_month(partial) for partial in partials[index : index + 2]]
    return (
        months[0] is not None
        and months[1] is not None
        and months[0] > months[1]
        and _SHARED_YEAR_JOIN.fullmatch(text, candidates[index].end, candidates[index + 1].start) is not None
    )


#: A distance past any the calendar has, for a span that would leave it.
_OFF_THE_CALENDAR = 10**9


def _wrapped_span_year(
    first: PartialTime, second: PartialTime, year: int, opening: Resolution, story: ReferencePoint
) -> int:
    """The year a span of months that runs over a new year ends in ("from September until May"):
    of the span that ends in the month the story reaches (``year``) and the one that starts in
    the month it reaches next, the one nearer the story's time; a tie goes forward ("In the
    summer of 1940 ... from September until May" is 1940-41; "In March 1941 ... the winter, from
    October to March" 1940-41)."""
    assert story.day is not None
    later = opening.point.day.year + 1 if opening.point is not None else year
    if later == year or not dt.MINYEAR < later < dt.MAXYEAR:
        # (No span to weigh past the calendar's last year.)
        return year

    # The story's own period: a summer runs to August, a year to December.
    here = story.day
    unit = Grain.QUARTER if story.grain == Grain.SEASON else story.grain
    try:
        there = _apply_shift(here, unit, 1) if unit <= Grain.MONTH else here + dt.timedelta(days=1)
    except (ValueError, OverflowError):
        there = here

    def distance(end_year: int) -> int:
        if not dt.MINYEAR < end_year < dt.MAXYEAR:
            return _OFF_THE_CALENDAR  # (a span that would start before the year 1 is none to weigh)
        start = dt.date(end_year - 1, first.month or 1, 1)
        end = shift_date(dt.date(end_year, second.month or 12, 1), months=1)
        # (A span over before the story's time counts twice as far: a story moves on, so "set out
        # in the summer of 1096 and reached the city between November and April" is 1096-97.)
        return max(0, (start - there).days, 2 * (here - end).days)

    return later if distance(later) <= distance(year) else year


def _bare_month(partial: PartialTime) -> int | None:
    """The month of a date that names a month and nothing of its year."""
    if (
        partial.kind != "date"
        or partial.year is not None
        or partial.yy is not None
        or partial.anchor is not None
        or partial.offset is not None
        or partial.value
    ):
        return None
    return partial.month


def _order_in_year(partial: PartialTime) -> int | None:
    """The month a month, season or quarter starts in, to order two of them within one year (a winter
    starts in December: "the winter and spring of 1920" are the winter of 1919 and the spring of
    1920, as "December and January 1915" are December 1914 and January 1915)."""
    if partial.month is not None:
        return partial.month
    if partial.season is not None:
        return SEASON_MONTHS[partial.season][0]
    if partial.quarter is not None and partial.grain == Grain.QUARTER:
        # ("the first and second quarters of 1990".)
        return partial.quarter * 3 - 2
    return None


def _in_participle_aside(text: str, candidate: Candidate) -> bool:
    """Whether a count stands in a participle clause set off by commas ("Brutus, wounded ten days
    earlier, fled to Greece"): it dates the participle, and the sentence goes on from the story's
    time."""
    return bool(
        _CLAUSE_CLOSED.match(text, candidate.end)
        and _PARTICIPLE_COUNT_BEFORE.search(text, max(0, candidate.start - 70), candidate.start)
    )


#: A later fate told by the way, before a count forward in its clause: "and died in Paris four
#: years afterwards", "who would become president ten years later".
_FATE_BEFORE = re.compile(r"\b(?:died|would|was\s+later|were\s+later)\b[^.;:!?]*\Z", re.IGNORECASE)
#: ... and one a relative clause tells: ", where he died on ", ", who was later executed in ".
_FATE_IN_A_RELATIVE_BEFORE = re.compile(
    r",\s+(?:where|who|which)\s+[^.;:!?,]*\b(?:died|would|was\s+later|were\s+later)\b[^.;:!?,]*\Z",
    re.IGNORECASE,
)


def _off_story(
    candidate: Candidate,
    resolution: Resolution,
    tense: Tense | None,
    points: Sequence[ReferencePoint],
    *,
    following: tuple[int, ...],
    text: str,
    opens_section: bool = False,
) -> bool:
    """Whether a date of a narrative lies off the story's line of time and so must not become
    its reference time: a prospective date (planned or feared: "they could only hold out until
    December"), one anchored on the moment of writing ("two years ago" in a quoted speech), or,
    once the story has a time, a date that only recalls another time or restates this one.

    Recalled are a date counted back from the story's time ("the previous year"), one said of a
    noun ("the March 1830 revolt"), one when something had happened ("troops that had crossed the
    river in late 1702") and a stated year that is an aside (see :func:`_is_aside`). A coarser
    period that holds the story's time ("On May 3 ..., 1808") restates it. A date that
    ``opens_section`` (the first after a heading: "India\nClive recaptured Calcutta in January 1757",
    told after 1760) starts the section's story, however far back: it is no aside."""
    if tense == "future" or resolution.anchor == "DCT":
        return True
    point = resolution.point
    if point is None or not points:
        return False
    if _in_calendar_bracket(text, candidate.start, candidate.end):
        # "on 7 November [O.S. 25 October] 1917": the same day in the other calendar.
        return True
    if (
        point.grain == Grain.YEAR
        and candidate.partial.year is not None
        # (Not its end: "By late 1949, the army was pursuing ... on April 23" goes on.)
        and candidate.partial.mod in (None, "START")
        and points[-1].start is not None
        and points[-1].grain >= Grain.MONTH
        and sentence_bounds(text, candidate.start)[0] > points[-1].start
        and _YEAR_OPENING.fullmatch(text, sentence_bounds(text, candidate.start)[0], candidate.start)
        is not None
    ):
        # "The battle was fought on 9 December 1824. In 1824 the patriot cause was close to
        # collapse. In February ...": a sentence that opens on the year of the day told goes back
        # to tell that year from its start.
        return False
    if _restates(point, points[-1]) or (
        _looks_back(candidate.partial)
        # (Not "overnight" read as the night the story's day ends with: "arrived late on 5
        # December. She anchored outside overnight", which the story goes on from.)
        and not (candidate.text.lower() == "overnight" and point.day >= points[-1].day)
    ):
        return True
    if _event_the_story_opens_on(point, points[-1], text, candidate):
        # 'In the "Disaster Year" of 1672, France invaded': a sentence that opens on an event of a
        # later year is where the story goes on.
        return False
    if (
        # (An event the story comes to, told by its date: "A strike broke out in October 1934.
        # The Popular Front won the election of February 1936. Through the spring ...".)
        (
            _names_an_event(text, candidate)
            # (Not the first date after a heading, which starts the section's story: "Russian
            # Revolution\nDespite the success of the June 1916 Brusilov offensive, ...".)
            and not opens_section
            and not _event_the_story_comes_to(point, points[-1], text, candidate)
            # (Nor a year inside the decade or the century the story stands at, which it narrows:
            # "In the 1920s farmers blamed the government for the drought of 1927. That winter".)
            and not _within_coarse_point(point, points[-1])
        )
        or (
            _pluperfect_event(text, candidate)
            # (Not the first date after a heading, where a background section starts its story:
            # "Prelude\nTexian forces had taken Béxar in December 1835. Over the winter, ...".)
            and not opens_section
            # (Not after a sentence's own "After" that dates the story's day: "After the landing on
            # 15 September 1950, forces had crossed the parallel in early October 1950".)
            and not (
                points[-1].start is not None
                and points[-1].start >= sentence_bounds(text, candidate.start)[0]
                and _AFTER_OPENS.match(text, sentence_bounds(text, candidate.start)[0])
            )
        )
        or _in_reduced_relative(text, candidate)
        or _stamps_figures(text, candidate)
        or _begins_a_state(text, candidate)
        or _PLAN_DATE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
        or _COMPARED_BEFORE.search(text, max(0, candidate.start - 80), candidate.start)
        # ("celebrated it on 5 July, the anniversary of the French capture of Algiers in 1830": the
        # year of the event the day recalls.)
        or _ANNIVERSARY_OF_BEFORE.search(text, max(0, candidate.start - 90), candidate.start)
        # ("the ship left Liverpool, her passengers returning home for Christmas": a feast a
        # purpose names, no time the story is at.)
        or (
            candidate.rule.startswith("holiday.")
            and _FOR_BEFORE.search(text, max(0, candidate.start - 5), candidate.start) is not None
        )
    ):
        return True
    if point.day > points[-1].day and _REMAINED_UNTIL_BEFORE.search(
        text, max(0, candidate.start - 70), candidate.start
    ):
        return True
    if (
        resolution.anchor is not None
        and point.day > points[-1].day
        and _ASIDE_CLAUSE_BEFORE.search(
            text, max(sentence_bounds(text, candidate.start)[0], candidate.start - 100), candidate.start
        )
    ):
        # "executed some 2,800 civilians, whose bodies were found in mass graves the following
        # year. On 5 May ...", "although the last booby traps were not removed until the following
        # year": a later time a relative or a concessive clause tells by the way.
        return True
    if (
        resolution.anchor is not None
        # (Not one a year on, the story's own next step: "handed the government to his son in the
        # autumn of 1460, and he died the following spring. He was buried eleven days later.")
        and point.day.year > points[-1].day.year + 1
        and _FATE_BEFORE.search(
            text, max(sentence_bounds(text, candidate.start)[0], candidate.start - 60), candidate.start
        )
    ):
        # "Díaz resigned on May 25, 1911, and died in Paris four years afterwards. Madero took office
        # in November": a later fate told by the way, no time the story moves to.
        return True
    if point.day.year > points[-1].day.year + 1 and _FATE_IN_A_RELATIVE_BEFORE.search(
        text, max(sentence_bounds(text, candidate.start)[0], candidate.start - 100), candidate.start
    ):
        # "Napoleon was exiled to Saint Helena, where he died on 5 May 1821. Allied troops entered
        # Paris in the first week of July": a fate years on, told in a relative clause by the way.
        return True
    if point.day < points[-1].day and points[-1].grain >= Grain.MONTH and _said_of_a_noun(text, candidate):
        # "The war began on 21 January 1919, when the First Dáil, elected in December 1918, met in
        # Dublin. That spring ...": an earlier time a participle set off by commas tells of a noun
        # takes the story no way back, however near.
        return True
    if resolution.anchor is not None:
        return False
    year = _story_year_of(point)
    if (
        abs(year - _story_year_of(points[-1])) > _ASIDE_YEARS
        and (_said_of_a_noun(text, candidate) or _year_aside(text, candidate, point, points[-1]))
        # (Not the year of an event a past clause is at, further on: "For the next twelve years
        # Benitez taught ... He returned to the presidency in the disputed elections of 1948".)
        and not _event_the_story_comes_to(point, points[-1], text, candidate)
    ):
        return True
    if _closes_long_span(text, candidate, point) and _year_aside(text, candidate, point, points[-1]):
        # "the largest battle fought in Europe between 1870 and 1914": a span of decades, told by
        # the way.
        return True
    return not opens_section and _is_aside(year, points[-1], following, ended=_span_end(text, candidate))


#: "by" or "until" before a feast: "back by ", "until ".
_BY_A_FEAST_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+\Z", re.IGNORECASE)
#: The subject of a sentence that names an event by its year, up to its verb of beginning or
#: ending and the preposition of its day: "The war of 1967 began on ".
_EVENT_OF_A_YEAR_BEGAN = re.compile(
    r"\b(?:war|attack|revolution|revolt|rising|uprising|campaign|offensive|invasion|crisis|strike|siege)\s+of\s+"
    r"(?P<year>1[0-9]{3}|20[0-9]{2})\b[^.;:!?]{0,40}?\b(?:began|had\s+begun|started|had\s+started|opened|"
    r"broke\s+out|had\s+broken\s+out|ended|had\s+ended)\s+(?:on|in)\s+\Z",
    re.IGNORECASE,
)
#: A relative clause of a possessive, or a concessive one, that a time after the story's stands in.
_ASIDE_CLAUSE_BEFORE = re.compile(
    r",\s+(?:whose|although|though|even\s+though)\b[^.;:!?]*\Z"
    # ... or a concession that opens its sentence: "Although war was not declared until the
    # following year, fighting began that summer".
    r"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?-i:Although|Though|Even\s+though)\b[^.;:!?,]*\Z",
    re.IGNORECASE,
)
#: "for" just before a date: "home for Christmas".
_FOR_BEFORE = re.compile(r"\bfor\s+\Z", re.IGNORECASE)
#: A participle clause set off by commas or brackets after a noun, up to the date: "The city,
#: founded in", "The fort (rebuilt in", "The fleet, which was scuttled in".
_PARTICIPLE_CLAUSE = (
    r"(?:,\s+|\(\s*)(?:(?:which|who)\s+(?:was|were|had\s+been)\s+)?(?:first\s+|originally\s+|only\s+)?(?:[a-z]+ed|(?:re)?built|born|drawn(?:\s+up)?|written|begun|won|"
    # ("Plans for an assault, set for 3 a.m. the following morning, were drawn up".)
    r"taken|held|laid|fought|made|set(?:\s+up)?)\s+(?:[^.;:,()\n]{0,40}?\s)?"
)
_PARTICIPLE_BEFORE = re.compile(_PARTICIPLE_CLAUSE + r"(?:in|on)\s+\Z")
#: ... or up to a count, which needs no preposition: "Brutus, wounded ten days earlier, fled".
_PARTICIPLE_COUNT_BEFORE = re.compile(_PARTICIPLE_CLAUSE + r"\Z")
#: ... and closed after it.
_CLAUSE_CLOSED = re.compile(r"\s*[,)]")


#: What puts a year the story moves to: "In 1913", "by 1913", "during 1913", "early 1913", "1913
#: saw ..." (at a sentence's start). After anything else, a year alone is a remark on the side:
#: "General Putnik (1847-1917)", "(born 1861)", "the Treaty of Berlin of 1878", "remained in
#: service until 1945".
_YEAR_MOVES_STORY_BEFORE = re.compile(
    r"(?:\b(?:in|by|during|throughout|from|early|late|mid|around|about|c\.|circa)[\s-]+|[.!?:;]\s+|\n\s*|\A\s*"
    # ... or that says which year the story comes to: "The decisive year was 1813."
    r"|\byear\s+(?:was|proved\s+to\s+be|would\s+be)\s+)\Z",
    re.IGNORECASE,
)


#: The first end of a span of years just before its second: "between 1870 and", "from 1870 to".
_SPAN_OPENED_BEFORE = re.compile(
    r"\b(?:between\s+(?P<between>[0-9]{3,4})\s+and|from\s+(?P<from>[0-9]{3,4})\s+(?:to|until|till))\s+\Z",
    re.IGNORECASE,
)
#: A span of more years than this is a period, not a time a story is at.
_LONG_SPAN_YEARS = 5


def _closes_long_span(text: str, candidate: Candidate, point: ReferencePoint) -> bool:
    """Whether a year closes a span of years that began long before it ("between 1870 and 1914")."""
    opened = _SPAN_OPENED_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
    if opened is None or point.bc:
        return False
    first = int(opened.group("between") or opened.group("from") or "0")
    return point.day.year - first > _LONG_SPAN_YEARS


def _year_aside(text: str, candidate: Candidate, point: ReferencePoint, story: ReferencePoint) -> bool:
    """Whether a year alone, told after a story that stands at a month or a day, is a remark on the
    side (see :data:`_YEAR_MOVES_STORY_BEFORE`), not a year the story moves to."""
    return (
        point.grain == Grain.YEAR
        and story.grain >= Grain.MONTH
        and candidate.partial.grain == Grain.YEAR
        and not _YEAR_MOVES_STORY_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
    )


#: A participle right after the noun it describes, the object of a past verb ("the Finns
#: recaptured the territory lost in"): when the thing was done to, not a time the story moves to.
#: (Not after a preposition: "the theaters of the war converged in 1781" is the subject's verb.)
_REDUCED_RELATIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Za-z]+)\s+(?:the|an?|its|their|his|her)\s+"
    r"(?:(?!(?:was|were|had|has|have|been|is|are|and|or)\b)[a-z][\w'’-]*\s+){1,3}"
    r"(?:[a-z]+ed|lost|won|built|rebuilt|taken|held|made|fought|signed|begun|drawn|given|sold|bought)"
    r"\s+(?:in|on)\s+\Z"
)
#: Places a noun so dated may stand in: "signed in the same railway carriage used in 1918".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "aboard", "inside", "on"})
#: ... and the other prepositions whose noun a participle dates: "organised by a group of officers
#: formed in the summer of 1973".
_NOUN_PREPOSITIONS = frozenset({"by", "with", "from", "against", "under", "into"})
#: Past verbs whose object may be a clause: "said the troops landed in 1781" (its verb's date).
_CLAUSE_TAKERS = frozenset(
    {"knew", "thought", "found", "believed", "felt", "saw", "heard", "learned", "realized", "noticed",
     "feared"}
)  # fmt: skip


def _in_reduced_relative(text: str, candidate: Candidate) -> bool:
    """Whether a date dates a participle after its noun, the object of a past verb or a place
    ("recaptured the territory lost in 1940", "signed in the same carriage used in 1918"; see
    :data:`_REDUCED_RELATIVE_BEFORE`)."""
    found = _REDUCED_RELATIVE_BEFORE.search(text, max(0, candidate.start - 70), candidate.start)
    if found is None:
        return False
    before = found.group("before").lower()
    if before in en.REPORTING_PAST or before in _CLAUSE_TAKERS or before in en.NOT_PAST_ED:
        return False
    if before in ("in", "at", "during", "after") and (
        _opens_sentence(text, found.start("before"))
        or _CONJOINED_CLAUSE_OPENS_BEFORE.search(
            text, max(0, found.start("before") - 12), found.start("before")
        )
    ):
        # "..., and in the elections held on 14 November Venizelos was defeated": a time its clause
        # opens on, the story's, not a noun's background.
        return False
    return (
        before in en.PAST_VERBS_STRICT
        or (len(before) > 4 and before.endswith("ed"))
        or before in _PLACE_PREPOSITIONS
        # ... or the noun of any other preposition: "organised by a group of officers formed in
        # the summer of 1973".
        or before in _NOUN_PREPOSITIONS
    )


def _said_of_a_noun(text: str, candidate: Candidate) -> bool:
    """Whether a date stands in a participle clause that describes a noun ("The city, founded in
    1147, burned for days"): when that thing was made, not a time the story moves to."""
    return bool(
        _CLAUSE_CLOSED.match(text, candidate.end)
        and _PARTICIPLE_BEFORE.search(text, max(0, candidate.start - 70), candidate.start)
    )


def _counts_on(partial: PartialTime, point: ReferencePoint) -> bool:
    """Whether an expression counts forward from the time just told, or names it again, by units
    no finer than that time's ("Three years later" or "December of that year" after "in 1895",
    not "Three days later")."""
    return partial.anchor == "ref" and (
        (partial.shift is not None and partial.shift.amount >= 0 and partial.shift.unit <= point.grain)
        # ... or the next month or season of a name after it: "until the following March".
        or (
            partial.shift is None
            and (partial.month is not None or partial.season is not None)
            and partial.direction == "strict_future"
        )
    )


def _dates_within(
    partial: PartialTime, point: ReferencePoint, recalled: Candidate, candidate: Candidate, text: str
) -> bool:
    """Whether a day or month without its year, in the sentence of a year a flashback just told,
    is in that year: "had fought in 1948, when the truce of 11 June held". (After an aside's year
    the day is the story's: "a report declassified in 2005 found no attack on 4 August".) A day
    without its month, in the clause of a month a flashback just told, is that month's: "who had
    sailed up the Hudson in early October and taken the forts on the 6th"."""
    if (
        partial.kind != "date"
        or partial.year is not None
        or partial.anchor is not None
        or sentence_bounds(text, recalled.start)[1] < candidate.end
        # (Not after the clause that told it closes on the main verb: "Kars, which the Russians
        # had besieged in 1855, was stormed on 17 November".)
        or _MAIN_VERB_RESUMES.search(text, recalled.end, candidate.start)
    ):
        return False
    if point.grain == Grain.MONTH:
        # ... and a day of a month after it, in the next event of its clause: "the Russians had taken
        # Ardahan in May 1877 and stormed Kars on 18 November".
        return partial.day is not None and (
            partial.month is None
            or (
                partial.holiday_name is None
                and _SEASON_CLAUSE_GOES_ON.fullmatch(text, recalled.end, candidate.start) is not None
            )
        )
    return (
        (
            point.grain == Grain.YEAR
            and (
                _pluperfect_event(text, recalled)
                or _year_of_the_subject(text, recalled)
                # ... or the start of a year a clause tells, and the next event of the clause after
                # it: "Talks broke down in early 1904, and on 8 February destroyers attacked".
                or (
                    recalled.partial.mod == "START"
                    and _FLASHBACK_GOES_ON.fullmatch(text, recalled.end, candidate.start) is not None
                )
            )
        )
        # ... or a season, and the next event of its clause: "The army left Edirne in the spring
        # of 1683 and reached Belgrade in early May".
        or (
            point.grain == Grain.SEASON
            and _SEASON_CLAUSE_GOES_ON.fullmatch(text, recalled.end, candidate.start) is not None
        )
    ) and (partial.month is not None and partial.holiday_name is None)


def _season_before_the_story(
    partial: PartialTime, point: ReferencePoint, points: Sequence[ReferencePoint]
) -> bool:
    """Whether a season without its year, told right after a flashback's day or month, is the
    next one after it that still comes before the story's time: "The battle was fought between 13
    March and 7 May 1954. French paratroopers had occupied the valley on 20 November 1953. Over the
    winter Giap moved his troops into the hills" (the winter of 1953, between the two)."""
    if (
        partial.kind != "date"
        or partial.season is None
        or partial.year is not None
        or partial.anchor is not None
        or partial.direction is not None
        or point.grain < Grain.MONTH
        or point.bc
        or not points
        or points[-1].bc
        or points[-1].day <= point.day
    ):
        return False
    for year in range(max(1, point.day.year - 1), min(point.day.year + 2, dt.MAXYEAR)):
        starts = season_bounds(year, partial.season)[0]
        if starts > point.day:
            return starts < points[-1].day
    return False


def _year_of_the_subject(text: str, recalled: Candidate) -> bool:
    """Whether a year names the event that opens its sentence, which the sentence goes on to date:
    "The 1988 skirmish took place on 14 March"."""
    return _names_an_event(text, recalled) and bool(
        _SENTENCE_OPENS_WITH_THE.search(text, max(0, recalled.start - 6), recalled.start)
    )


#: "The" opening a sentence, right before a year.
_SENTENCE_OPENS_WITH_THE = re.compile(r"(?:\A|[.!?]\s+|\n)(?-i:The)\s+\Z")
#: A clause set off by commas closing on its main clause's verb: ", was stormed", ", fell".
_MAIN_VERB_RESUMES = re.compile(
    r",\s+(?:(?:was|were|is|are|fell|surrendered|capitulated)\b|(?:had\s+)?(?!been\b)[a-z]+ed\b"
    # ... or the main clause's second verb: "recalled Yuan, who had been dismissed in 1909, and
    # appointed him prime minister on 1 November".
    r"|and\s+(?!had\b|been\b)[a-z]+ed\b)"
)


def _recalled_in_a_dated_sentence(text: str, candidate: Candidate, points: Sequence[ReferencePoint]) -> bool:
    """Whether a date off the story's line is recalled in a clause of a sentence that a date of
    the story opened: "In 1850 he married the daughter of a banker who had died in 1843. The
    following year ..." goes on from 1850, the time of the sentence's own event, not from the
    banker's death (a flashback told in a sentence of its own is where a count goes on from)."""
    if not points or points[-1].start is None or not points[-1].stated:
        return False
    return sentence_bounds(text, candidate.start)[0] <= points[-1].start < candidate.start


#: A clause of the story's own after a flashback's, in the simple past: "; the army marched ",
#: ", and the administration fled ".
_BACK_ON_THE_STORY_LINE = re.compile(
    r"(?:;|,\s+(?:and|but))\s+(?!had\b)(?:(?!had\b)[\w'’-]+\s+){0,4}?(?:(?-i:[a-z]{3,}ed)|"
    + "|".join(
        sorted(
            word
            for word in en.PAST_VERBS_STRICT
            if word.isalpha()
            and word not in {"had", "since", "ago", "earlier", "previously", "formerly", "yesterday"}
        )
    )
    + r")\b"
)
#: A verb in the pluperfect: "had demanded", "had already been".
_HAD = re.compile(r"\bhad\s+(?:\w+ly\s+)?[a-z]+", re.IGNORECASE)


def _goes_on_in_the_pluperfect(text: str, recalled: Candidate, candidate: Candidate) -> bool:
    """Whether a count from a flashback's date is told in the flashback's sentence, the pluperfect
    going on between them ("had unified Japan in 1590 and had demanded passage the following
    year"): it is the flashback's time as well, not the story's."""
    return sentence_bounds(text, candidate.start)[0] <= recalled.start and bool(
        _HAD.search(text, recalled.end, candidate.start)
    )


def _recalls_a_time(text: str, candidate: Candidate, tense: Tense | None) -> bool:
    """Whether a date off the story's line tells when something happened, so that "a year later"
    or "that year" right after it count from it: a flashback ("had defeated China in 1895") or
    an aside ("In 1807 the frigate was fired on"), not a time still to come, a plan's date or
    the time a state began ("since 1803"), nor a year that only names an event ("Memories of the
    revolution of 1905 faded")."""
    if _pluperfect_event(text, candidate) or _year_of_the_subject(text, candidate):
        return True
    if _ANNIVERSARY_OF_BEFORE.search(text, max(0, candidate.start - 90), candidate.start):
        # ("celebrated it on 5 July, the anniversary of the French capture of Algiers in 1830. By
        # the end of the year": the year of the event the day recalls, no time the text tells.)
        return False
    return not (
        tense == "future"
        or _names_an_event(text, candidate)
        or _begins_a_state(text, candidate)
        or _PLAN_DATE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start)
    )


#: A relative clause's past verb and its words up to a date, after its pronoun: "killed 40 police
#: on " (or right before the day, as wires write it: "extending a rally that began Monday").
_RELATIVE_PAST_UP_TO = (
    r"\s+(?-i:[a-z]+ed|killed|hit|struck|began|took|left|won|lost|made|held)\b"
    r"(?:[^,;:.]{0,40}\s(?:on|in))?\s+"
)
#: A relative clause's past verb before a date: "a bombing that killed 40 police on".
_PAST_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)" + _RELATIVE_PAST_UP_TO + r"\Z", re.IGNORECASE)
#: The noun a relative clause up to a date tells of: "a magnitude 7.2 earthquake that struck
#: northwestern Turkey on".
_EVENT_OF_A_RELATIVE_BEFORE = re.compile(
    r"\b(?P<noun>(?-i:[a-z]){4,})\s+(?:that|which)" + _RELATIVE_PAST_UP_TO + r"(?:(?:late|early)\s+)?\Z",
    re.IGNORECASE,
)
#: A clock's value in the evening: "2024-11-02T23:20".
_EVENING_CLOCK_VALUE = re.compile(r"T(?:1[89]|2[0-4]):[0-5][0-9]")
#: The travel or the shopping of a feast, after its name: " travelers", " travel rush", " shoppers".
_HOLIDAY_RUSH_AFTER = re.compile(
    r"\s+(?:holiday\s+)?(?:travell?ers|travel(?:\s+(?:rush|season|period|peak))?|shoppers|shopping\s+season|getaway"
    r"|traffic|crowds|rush)\b",
    re.IGNORECASE,
)
#: How far after a deadline's day "the following Monday" may count from it.
_DEADLINE_FOLLOWED_REACH = 200
#: How far after the relative clause a clock of its event may be told.
_RELATIVE_EVENT_REACH = 400


def _clock_of_a_relative_event(noun: str, point: ReferencePoint, clock: Candidate, text: str) -> bool:
    """Whether a bare clock time tells the hour of the event a relative clause dated shortly
    before it: its sentence names the event again before it ("an earthquake that struck Turkey on
    Friday evening ... The quake hit at 6:57 p.m."; "earthquake" and "quake" share their end)."""
    if point.start is None or not 0 < clock.start - point.start <= _RELATIVE_EVENT_REACH:
        return False
    opening = sentence_bounds(text, clock.start)[0]
    if opening <= point.start:
        return False
    return any(
        len(word) >= 4 and (noun.endswith(word) or word.endswith(noun))
        for word in _WORD_OF_A_CLAUSE.findall(text.lower(), opening, clock.start)
    )


#: A word, for :func:`_clock_of_a_relative_event`.
_WORD_OF_A_CLAUSE = re.compile(r"[a-z]+")
#: A participle after a noun, or "after" and a gerund, before a date: "the previous record set on",
#: "after falling 3.2% on".
_BACKGROUND_DAY_BEFORE = re.compile(
    # (Not an event's passive: "The election was held on Nov. 7"; a record's is: "The previous
    # record was set on Friday".)
    r"\b(?:(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:set|reached|recorded|posted|hit|made|(?<!\bwas\s)(?<!\bwere\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)held)"
    # (... and a figure's point: "after falling 3.2% on Friday", "down from 10868.12 at".)
    r"|(?:after\s+(?-i:[a-z]+ing)\b|(?:down|up)\s+from\b)(?:[^,;:.]|\.(?=[0-9])){0,40})\s+(?:on|in|at)\s+\Z",
    re.IGNORECASE,
)
#: A clause of "after" up to a day's possessive: "awoke Monday to a new landscape after the
#: opposition won Sunday's election".
_AFTER_CLAUSE_BEFORE = re.compile(r"\bafter\s+[^,;:.!?]{0,60}\s\Z", re.IGNORECASE)


def _background_day(point: ReferencePoint, text: str) -> bool:
    """Whether a day a report names is background for its clock times: told in the pluperfect,
    or in a relative clause ("where activists say hundreds were killed on Wednesday")."""
    if point.start is None or point.grain < Grain.DAY:
        return False
    opens = sentence_bounds(text, point.start)[0]
    pluperfect = _PLUPERFECT_IN_CLAUSE.search(text, opens, point.start)
    if pluperfect is not None and _WHO_OR_WHICH_BEFORE.search(
        text, max(opens, pluperfect.start() - 30), pluperfect.start()
    ):
        # ("A man who had been fired opened fire late Monday": the subject's relative clause, not
        # the verb of the day.)
        pluperfect = None
    if pluperfect is not None and _PLAN_OF_THE_PLUPERFECT.match(text, pluperfect.start()):
        # ("Clinton had been scheduled to leave at 7 a.m. Wednesday. He left Camp David around 11
        # p.m.": the day a plan overtaken was for is the story's day all the same.)
        pluperfect = None
    return bool(pluperfect or _WHERE_CLAUSE_BEFORE.search(text, max(opens, point.start - 100), point.start))


#: An aside's participle up to a day ("claims, released ", "the report, issued late "), or a perfect
#: participle's clause ("having carried the District of Columbia primary on ").
_ASIDE_DAY_BEFORE = re.compile(
    r",\s+(?:released|issued|published|announced|filed|made\s+public)\s+(?:on\s+|late\s+|early\s+)?\Z"
    r"|\bhaving\s+(?:been\s+)?[a-z]+(?:ed|en|t)\b[^,;:.!?]*\Z"
    # ... or a relative clause set off by a comma: "a five-day trip, during which he held a summit
    # in Seoul on Saturday", "the jurors, who had been sequestered since Wednesday morning".
    r"|,\s+(?:during|in|after)\s+which\b[^,;:.!?]{0,100}\Z"
    # ("Kenyatta, who was declared the winner with 54 percent of the vote on 11 August, said in a
    # televised address at 2 p.m.")
    r"|,\s+who\s+(?:had|was|were)\b[^;:.!?]{0,80}\Z",
    re.IGNORECASE,
)
#: A relative pronoun (and a word) before a verb: "who ", "which police ".
_WHO_OR_WHICH_BEFORE = re.compile(r"\b(?:who|which|that|whom)\s+(?:[\w'’-]+\s+)?\Z", re.IGNORECASE)
#: Between a day and the clock on it: " at ", ", at ".
_AT_A_CLOCK_BETWEEN = re.compile(r",?\s+at\s+")
#: A relative clause of place or time up to a day: ", where activists say hundreds were killed on ".
_WHERE_CLAUSE_BEFORE = re.compile(r",\s+(?:where|when)\s+[^,;:.!?]{0,90}\Z", re.IGNORECASE)
#: "since" and a clause of a named subject's past verb, up to its date: "since Mr. Gorbachev took
#: power in ".
_SINCE_A_CLAUSE_BEFORE = re.compile(
    r"\bsince\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}(?:(?-i:[a-z]+ed)|took|came|won|became|began|left|rose|fell)\b"
    r"[^.;:!?,]{0,40}\s(?:in|on)\s+\Z"
)
#: A first plan, up to its day: "originally scheduled for ", "initially set for ".
_FIRST_PLAN_FOR_BEFORE = re.compile(
    r"\b(?:originally|initially|first)\s+(?:scheduled|set|planned|slated|due)\s+(?:for|on)\s+\Z",
    re.IGNORECASE,
)
#: A plan told in the pluperfect: "had been scheduled to", "had been due to".
_PLAN_OF_THE_PLUPERFECT = re.compile(
    r"had\s+(?:originally\s+|initially\s+)?been\s+(?:originally\s+|initially\s+)?"
    r"(?:scheduled|set|due|expected|slated|supposed|planned|fixed)\s+(?:to|for)\b",
    re.IGNORECASE,
)


def _overtaken_plan_before(text: str, start: int) -> bool:
    """Whether the sentence up to ``start`` tells a plan in the pluperfect, which the story goes on
    to overtake on the day it was for ("Clinton, who had been scheduled to leave at 7 a.m.
    Wednesday, instead spent hours"): that day is the story's own, no background."""
    return _PLAN_OF_THE_PLUPERFECT.search(text, sentence_bounds(text, start)[0], start) is not None


#: A day without its month later in a clause: " and taken the forts on the 6th".
_ORDINAL_DAY_IN_CLAUSE_AFTER = re.compile(r"[^.;:!?]{0,80}?\bon\s+the\s+[0-9]{1,2}(?:st|nd|rd|th)\b")
#: A pluperfect in the clause before a date: "Explosions had rocked the reactor on Saturday".
_PLUPERFECT_IN_CLAUSE = re.compile(
    r"\bhad\s+(?:(?:already|earlier|also|been)\s+)*(?-i:[a-z]+(?:ed|en|t)|begun|come|gone|run|won|lost|made|"
    r"held|hit|struck|fallen|risen|taken|given|seen|shaken)\b"
    # (Not past a participle's clause joined to it: "bucking a pattern that had held for six
    # decades and leaving Republican leaders to explain the setback early Wednesday".)
    # (... but past a day restated after a comma: "had ordered an evacuation the day before, on
    # Sunday, Aug. 28".)
    r"(?:(?!\band\s+(?-i:[a-z]+ing)\b)(?:[^,;:]|,(?=\s+(?:on|in|at)\s)))*\Z",
    re.IGNORECASE,
)
#: The report's own day named as such: "today", "this morning".
_TODAY_WORD = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
#: An event a date before it names: "the Oct. 26 election", "the March 5 vote".
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:presidential\s+|parliamentary\s+|general\s+|local\s+|primary\s+)?(?:elections?|votes?|referendum"
    r"|polls?|primary|runoff|run-off|ballot|deadline|summit|attack|bombing|shooting|massacre|coup|crash"
    r"|earthquake|quake|attacks|uprising)\b",
    re.IGNORECASE,
)
#: What was said, counted from the day of saying: " that the lists were agreed the previous night".
_COUNTED_FROM_SAYING_AFTER = re.compile(
    # ("NATO said Monday it had flown 400 sorties in the previous day": "that" left out.)
    r"[^.;!?]{0,20}?\b(?:that|it|they|he|she|we)\b[^.;!?]*?\bthe\s+(?:(?:previous|preceding|next|following)\s+"
    r"(?:day|night|evening|morning|afternoon)|(?:day|night)\s+before)\b",
    re.IGNORECASE,
)
#: A verb of saying (and its audience) just before the day it was said on: "police said Wednesday",
#: "told reporters on Monday", "said late Tuesday".
_SAID_ON_BEFORE = re.compile(
    # ("Output rose in November, data showed on Tuesday": figures tell as a speaker does.)
    # (Not a passive, what was made known that day: "Results were announced on Sunday, after polls
    # closed at 2000 GMT".)
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)\b(?:"
    + "|".join(sorted(en.REPORTING_PAST | {"showed"}))
    # ("filings made public Monday", "said in a statement Sunday".)
    + r"|made\s+public)(?:\s+(?:reporters|journalists|parliament|lawmakers|"
    r"in\s+an?\s+(?:statement|interview|letter|news\s+release|e-?mail)|"
    r"the\s+[A-Za-z]+|[A-Z][a-z]+"
    # ("Inspectors told a hearing Tuesday that the valves had failed".)
    r"|an?\s+(?:hearing|(?:news\s+|press\s+)?conference|briefing|court|jury|committee|panel|meeting|rally)"
    r"|(?:at|during)\s+an?\s+(?:news\s+|press\s+)?(?:conference|briefing)))?"
    # ... and where: "said at a news conference in Seoul early Monday".
    r"(?:\s+in\s+(?-i:[A-Z])[a-z]+)?"
    r"\s+(?:on\s+|late\s+|early\s+|late\s+on\s+|early\s+on\s+)?\Z"
)
#: A statement and the participle that dates its giving: "a news release issued", "a statement
#: released on".
_ISSUED_ON_BEFORE = re.compile(
    r"\b(?:release|statement|report|bulletin|notice|advisory|update|communique|communiqué|data|figures"
    r"|statistics)\s+"
    r"(?:issued|released|published|posted|sent|dated)\s+(?:on\s+|late\s+|early\s+)?\Z",
    re.IGNORECASE,
)
#: A clause of saying in the present report's words: "The watchdog said jets bombed".
_SAID_IN_CLAUSE_BEFORE = re.compile(r"\b(?:said|says|reported|reports|told)\b", re.IGNORECASE)
#: An anniversary and the event it is of, up to the event's year: "the anniversary of the French
#: capture of Algiers in ".
_ANNIVERSARY_OF_BEFORE = re.compile(r"\banniversary\s+of\b[^.;:!?]{0,80}\s(?:in|of)\s+\Z", re.IGNORECASE)
#: A sentence that opens with a market's move: "Shares in Nordhavn rose", "The stock fell".
_MARKET_MOVE_OPENS = re.compile(
    r"\s*(?:(?:The|Its)\s+)?(?:shares?|stocks?|index|dollar|euro|yen|sterling|pound|gilts?|bonds?|yields?|"
    r"crude|oil|Brent|gold|futures)\b[^.;:!?]{0,40}?\b"
    r"(?:rose|fell|gained|lost|slipped|climbed|jumped|dropped|slid|edged|traded|were|was)\b",
    re.IGNORECASE,
)
#: A statement put out at a clock: "a joint statement released at ".
_RELEASED_AT_BEFORE = re.compile(
    # ("Bond prices rallied after the report was released at 8:30 a.m.": in its passive too.)
    r"\b(?:statement|report|data|figures|results)\s+(?:(?:was|were)\s+)?(?:released|issued|published|posted)"
    r"\s+at\s+\Z",
    re.IGNORECASE,
)
#: "the" before a clock that names a release: "after the 9:30 a.m. release".
_THE_CLOCK_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_RELEASE_AFTER = re.compile(r"\s+(?:release|data|figures|announcement|statement)\b", re.IGNORECASE)
#: A clock given in a zone: "1215 GMT", "9:30 a.m. EDT".
_ZONED_CLOCK = re.compile(r"\b(?:GMT|UTC|[ECMP][SD]T)\b|[0-9]Z\b")
#: An infinitive between a clock time and a day of the report after it: "with plans to meet again".
_INFINITIVE_BETWEEN = re.compile(r"\bto\s+(?-i:[a-z]+)\b")


#: A line that is a heading: a few words without a sentence's stop.
_HEADING_LINE = re.compile(r"[^.!?\n]{1,40}")


#: How far back a day still to come may be, without a paragraph break between, and still be of the
#: same story as the hours after it.
_OTHER_STORY_REACH = 1500
#: How far around a position a line is looked for: a heading is shorter.
_LINE_REACH = 80


def _line_at(text: str, position: int) -> str:
    """The line of ``text`` that ``position`` is on, without its edges' spaces; as far as
    ``_LINE_REACH`` characters each way (a longer line is no heading)."""
    start = text.rfind("\n", max(0, position - _LINE_REACH), position) + 1
    end = text.find("\n", position, position + _LINE_REACH)
    return text[start : end if end >= 0 else min(len(text), position + _LINE_REACH)].strip()


#: A bracket of years after a name: "(1133-1189)", "(reigned 1065-1109)", "(247-183 BC)".
_YEARS_BRACKET = re.compile(
    r"\((?:(?:reigned|ruled|r\.|born|b\.|c\.|ca\.|circa)\s+)?[0-9]{3,4}(?:\s*(?:BC|BCE|AD))?\s*[–—-]\s*"
    r"[0-9]{2,4}(?:\s*(?:BC|BCE|AD))?\)"
)
#: The last word of a name before a bracket, if it names a war or its like (whose span the bracket
#: gives: "The Gothic War (535-554)").
_WAR_NAME_BEFORE_BRACKET = re.compile(
    r"\b(?:War|Wars|Rebellion|Revolution|Campaign|Siege|Battle|Crusade|Conflict|Uprising|Invasion|Crisis"
    r"|Offensive|Expedition|Insurrection|Revolt|Occupation|Operation|Emergency|Intervention|Raid)\s*\Z"
)


def _in_life_bracket(text: str, candidate: Candidate) -> bool:
    """Whether a year stands in a bracket of years after a name that is no war's: a person's life
    or reign ("Henry II (1133-1189) became king in 1154"), no time the story is at."""
    opening = text.rfind("(", max(0, candidate.start - 16), candidate.start)
    if opening < 0 or ")" in text[opening : candidate.start]:
        return False
    bracket = _YEARS_BRACKET.match(text, opening)
    if bracket is None or bracket.end() < candidate.end:
        return False
    before = text[max(0, opening - 40) : opening]
    return bool(re.search(r"(?-i:[A-Z])[\w'’.-]*\s*\Z", before)) and not _WAR_NAME_BEFORE_BRACKET.search(
        before
    )


def _month_just_named(month: int, points: Sequence[ReferencePoint], text: str, start: int) -> int | None:
    """The year of ``month`` where one of the story's last three points, in this sentence or the
    one before, is a day or the whole of that month of a year before the last point's, the month
    the story has just named ("between 7 December and 8 January ... throughout December");
    ``None`` else."""
    if not points or points[-1].bc:
        return None
    previous_opens = sentence_bounds(text, max(0, sentence_bounds(text, start)[0] - 2))[0]
    later_year = (
        False  # (a year told since names where the story is: "in October 1947 ... in 1949, and in October")
    )
    for point in reversed(points[-3:]):
        if point.start is None or point.start < previous_opens or point.bc:
            later_year = later_year or point.grain == Grain.YEAR
            continue
        if (
            point.grain in (Grain.MONTH, Grain.DAY)
            and point.day.month == month
            and point.day.year < points[-1].day.year
            and not later_year
        ):
            return point.day.year
        later_year = later_year or point.grain == Grain.YEAR
    return None


def _nearest_year_of_month(month: int, day: dt.date) -> int:
    """The year whose ``month`` lies nearest ``day``: the August before a January, the December
    after a November."""
    years = [year for year in (day.year - 1, day.year, day.year + 1) if dt.MINYEAR <= year <= dt.MAXYEAR]
    # (Counted in months, a tie to the day's own year: September is six months from March either
    # way, and March's year is the story's.)
    return min(years, key=lambda year: (abs((year - day.year) * 12 + month - day.month), year != day.year))


#: A verb of saying or of putting out a statement before a clock time in its clause.
_SAYING_AT_CLOCK_BEFORE = re.compile(
    r"\b(?:said|told|posted|published|issued|released|announced)\b[^.;:!?]{0,50}\Z", re.IGNORECASE
)
#: A sentence opened by "Meanwhile", which tells what went on while the story's last event did.
_MEANWHILE_OPENS = re.compile(r"\s*(?:Meanwhile|In\s+the\s+meantime),?\s")
#: A sentence opened by "After", which dates what it tells later than the day in it.
_AFTER_OPENS = re.compile(r"\s*(?:After|Following)\s")
#: "since" and the clause up to the day it began: "since it was introduced on", "since 1 January".
_SINCE_ANY_CLAUSE_BEFORE = re.compile(r"\bsince\b[^.;:!?,]*\Z", re.IGNORECASE)
#: A noun and the participle that tells when it was made: "an email sent on", "a letter dated".
_NOUN_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:an?|the|his|her|its|their)\s+(?-i:[a-z]+)\s+(?:sent|written|dated|signed|filed|posted)\s+"
    r"(?:on\s+|in\s+)?\Z"
)
#: A relative clause set off after a noun, before the day it tells: ", which falls on".
_RELATIVE_OF_A_NOUN_BETWEEN = re.compile(r",\s+which\s+(?:falls|is|begins|starts|ends)\s+(?:on\s+)?\Z")
#: A clause of its own, with a subject of its own after its day: ", and on Monday the".
_NEW_SUBJECT_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but)\s+(?:on\s+)?\Z")
#: ... or a clause of time of its own: "after peace talks collapsed last week, and after Holbrooke's
#: mission to Belgrade ended Tuesday".
_NEW_TIME_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but)\s+(?:after|before|when|as|since|until)\s")
#: ... or a clause with a named subject of its own (and its apposition): ", and Stanley Fischer,
#: the IMF's first deputy managing director, was scheduled to fly in on".
_NEW_NAMED_SUBJECT_BETWEEN = re.compile(
    r",\s+(?:and|but)\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,4}?(?:(?-i:[A-Z])[\w.'’-]*)(?:,[^,;.]{1,80},)?\s+"
    r"(?:was|were|is|are|will|would|had|has|[a-z]+ed)\b"
)
#: ... or with a subject after its article: ", and the cabinet resigned ", ", and the House voted ".
_NEW_COMMON_SUBJECT_BETWEEN = re.compile(
    # ("but the weather service's 90-day outlook, issued ": a participle set off after it.)
    r",\s+(?:and|but)\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+"
    r"(?:was|were|is|are|will|would|had|has|[a-z]+ed)\b"
)
#: A condition between a named week and a weekday, whose deadline is its own.
_IF_BETWEEN = re.compile(r"\bif\b")
#: A relative clause of time right after a date: "since 1994, when ...".
_WHEN_AFTER = re.compile(r",\s+when\b")


def _begins_a_state(text: str, candidate: Candidate) -> bool:
    """Whether a date follows "since": when a state the text finds began ("down 18 percent since
    Dec. 31", "had been planned since 1586")."""
    return bool(_SINCE_BEFORE.search(text, max(0, candidate.start - 12), candidate.start))


#: A verb of keeping a day, in the present, and what is kept, before its day: "commemorate the
#: Nakba on", "celebrate their independence on" (not "will mark", "to celebrate": one year's).
_KEPT_BY_A_PEOPLE_BEFORE = re.compile(
    # (The verb in the lower case: not a name, "a new Deutsche Mark would be introduced on 21 June".)
    r"(?<!\bwill\s)(?<!\bto\s)(?<!\bwould\s)\b(?-i:commemorate|celebrate|observe|honou?r|mark"
    # ("Argentina remembers its dead on 2 April"; not "remembers meeting her on 2 April".)
    r"|remember(?=s?\s+(?:its|their|the|his|her)\s+(?:dead|fallen|victims|war\s+dead|heroes|martyrs)\b))s?\s+"
    r"(?:[\w'’-]+\s+){1,4}?on\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: What a holiday's name is said to be after it, in the present or as it became: " is a public
#: holiday", " became a national holiday", " is observed".
_HOLIDAY_KEPT_AFTER = re.compile(
    r"\s+(?:is|are|remains|became|has\s+been)\s+(?:now\s+|still\s+|also\s+)?"
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}holiday\b|(?:\w+ly\s+)?(?:observed|celebrated|commemorated|kept)\b)",
    re.IGNORECASE,
)


def _day_of_every_year(partial: PartialTime) -> str | None:
    """The value of a holiday kept on the same day every year ("XXXX-04-25" for Anzac Day), or
    ``None`` for one whose day moves (Easter, Remembrance Sunday)."""
    if partial.month is not None and partial.day is not None:
        return f"XXXX-{partial.month:02d}-{partial.day:02d}"
    if partial.holiday_name is None:
        return None
    days = {holiday_date(partial.holiday_name, year) for year in (2001, 2002, 2003)}
    if None in days:
        return None
    dates = {(day.month, day.day) for day in days if day is not None}
    if len(dates) != 1:
        return None
    ((month, day),) = dates
    return f"XXXX-{month:02d}-{day:02d}"


def _day_set_for_the_assault(timexes: Sequence[Timex]) -> re.Match[str] | None:
    """The day a history has set its "D-Day" to, the latest it named ("D-Day was set for 14 June
    1944"), as a match of its value; ``None`` if it named none."""
    for told in reversed(timexes):
        if _ASSAULT_DAY.search(told.text) and (day := _DAY_VALUE.match(told.value)) is not None:
            return day
    return None


#: The name of an assault's first day, ending the expression: "D-Day", "the evening of D-Day".
_ASSAULT_DAY = re.compile(r"D-Day\Z", re.IGNORECASE)
#: What names the landings of 6 June 1944 in a history.
_NORMANDY = re.compile(r"\b(?:Normandy|Overlord|Neptune|Omaha|Utah\s+Beach|Eisenhower)\b")
#: The verb that sets a day, before its name: "set ", "fixed ".
_SET_BEFORE = re.compile(r"\b(?:set|fixed|scheduled)\s+\Z", re.IGNORECASE)
#: "for" between a day's name and its date: " for ".
_FOR_BETWEEN = re.compile(r"\s+for\s+")
#: Between a day's name and the date it was set for: " was set for ".
_SET_FOR_BETWEEN = re.compile(
    r"\s+(?:was|had\s+been)\s+(?:(?:first|originally|initially)\s+)?(?:set|fixed|scheduled|planned)\s+for\s+"
)
#: Between a name and the date set off after it: ", ", " (".
_IN_APPOSITION_AFTER = re.compile(r",\s*|\s*\(")

#: "annually" right after a day: " annually", " yearly".
_ANNUALLY_AFTER = re.compile(r"\s+(?:annually|yearly)\b", re.IGNORECASE)
#: A verb of keeping a day, in the present, right before it: "mark ", "celebrates ".
_KEEP_VERB_BEFORE = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)\b(?:commemorate|celebrate|observe|honou?r|mark)s?\s+\Z", re.IGNORECASE
)
#: Between such a day and the holiday it is kept as (with a "now" tagged on its own between).
_KEPT_AS = re.compile(
    # ("1 January is celebrated in Haiti as Independence Day": the country it is kept in.)
    # ("16 December is celebrated each year as Victory Day": how often.)
    r"\s+(?:is|are|ha(?:s|ve)\s+been)\s+(?:(?:now|still|also|today|currently|annually|officially|widely|celebrated|observed"
    r"|commemorated|kept|honou?red|as|each\s+year|every\s+year"
    r"|in\s+(?-i:[A-Z])[\w'’-]+)\s+)*"
    r"(?:(?:a|the)\s+)?"
    # ... or named in apposition: "is commemorated on 8 September, Victory Day in Malta".
    r"|,\s+"
    # ... or after "as": "Bangladesh celebrates 16 December as Victory Day".
    r"|"
    + KEPT_AS_AFTER
    # ... or in a relative clause: ", which is celebrated as Independence Day".
    + r"|,\s+which\s+is\s+(?:now\s+|still\s+)?(?:celebrated|commemorated|observed|marked|remembered)\s+as\s+"
)


def _last_day_of(partial: PartialTime, first: dt.date) -> dt.date:
    """The last day of the day or month ``partial`` names, which begins on ``first``."""
    if partial.day is not None:
        return first
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


#: A day's relative clause that keeps it "as" a holiday: ", which is celebrated as".
_WHICH_IS_KEPT_AS = re.compile(
    r",\s+which\s+is\s+(?:now\s+|still\s+)?(?:celebrated|commemorated|observed|marked|remembered)\s+as\s+"
)
#: A holiday's name: capitalised words and "Day" ("Independence Day"), not a "now" between.
_HOLIDAY_NAME = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}Day")


def _is_kept_each_year(partial: PartialTime) -> bool:
    """Whether a date is a day of a month in any year, as ``calendar_date`` reads a day the text
    says is kept each year ("25 March is celebrated as Independence Day")."""
    return partial.value is not None and _DAY_OF_ANY_YEAR.fullmatch(partial.value) is not None


_DAY_OF_ANY_YEAR = re.compile(r"XXXX-[0-9]{2}-[0-9]{2}")


def _looks_back(partial: PartialTime) -> bool:
    """Whether an expression counts back from the story's time ("the previous year", "two days
    earlier", "the previous autumn": a season or month named before the story's; "two years ago"
    in what the story reports someone said)."""
    if partial.anchor != "ref" and not partial.speech_time:
        return False
    if partial.shift is not None:
        return partial.shift.amount < 0
    return partial.direction == "strict_past"


#: A date between "the" and a noun ("the March 1830 revolt", "the June 1848 barricades").
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
#: A sentence's opening "In the", "During the" before a year and its event ("In the 1770 campaign").
_FRAMING_THE_BEFORE = re.compile(r"(?:\A|[.!?]\s+|\n\s*)(?:In|During|Throughout)\s+the\s+\Z")
_NOUN_AFTER = re.compile(
    r"\s+(?:(?-i:[a-z])[\w-]*\b(?<!\band)(?<!\bor)(?<!\bto)"
    # ... and a name's: "a qualifier for the 1970 World Cup", "ahead of the 1936 Olympics" (not a
    # month's or a weekday's).
    r"|(?!(?:"
    + "|".join(name.capitalize() for name in (*en.MONTHS, *en.WEEKDAYS))
    + r")\b)(?-i:[A-Z][a-z]+)\b)"
)


#: A year after "the <noun> of" that names the noun's event ("as the revolution of 1848 had ruined
#: him", "the flood of 1997"), not a part of the year ("the course of 1943", "the end of", "the
#: spring of"), nor an event that frames its clause ("During the revolution of 1848 he sat ...") or
#: opens its sentence or heading ("The campaign of 1805").
_EVENT_OF_BEFORE = re.compile(
    # (A passive's agent is a noun's: "fed by the failed harvests of 1846 and 1847".)
    r"(?<=[a-z])(?<!\bduring)(?<!\bin)(?<!\bafter)(?<!\bfollowing)(?<!\bthroughout)(?<!\bat)(?<!(?<!ed)\sby)"
    r"(?<!\buntil)(?<!\bsince)(?<!\bbefore)(?<!\bamid)(?<!\bfrom)(?<!\bwithin)(?<!\bover)\s"
    r"the\s+(?!(?:course|end|beginning|start|middle|rest|remainder|close|turn|first|last|early|"
    r"late|part|half|months?|weeks?|days?|years?|spring|summer|autumn|fall|winter|events?)\s)"
    # ("the old Somme battlefield of 1916": with the noun's modifiers.)
    r"(?:(?:old|great|first|second|bloody|famous|disastrous|failed|abortive|[A-Z][a-z]+)\s+){0,2}"
    # (... and the second of two years: "the failed harvests of 1846 and 1847".)
    r"(?:(?-i:[a-z])[a-z]+(?<!ing)"
    # ... and a treaty's or a council's place before its year: "the Treaty of London of 1839".
    r"|(?-i:[A-Z])[a-z]+\s+of\s+(?-i:[A-Z])[a-z]+)"
    r"\s+of\s+(?:[0-9]{4}\s+(?:and|or)\s+)?\Z",
    re.IGNORECASE,
)


def _event_the_story_comes_to(
    point: ReferencePoint, story: ReferencePoint, text: str, candidate: Candidate
) -> bool:
    """Whether an event a date names, the object of a past verb in a sentence of its own ("The
    Popular Front won the election of February 1936"), lies after the story's time, within a few
    years of it: the story has come to it."""
    if point.grain < Grain.YEAR or story.day >= point.day:
        return False
    # (By the year: a story at 29 February has no day of its month a few years on.)
    years_on = (point.day.year, point.day.month, point.day.day)
    if (
        point.grain >= Grain.MONTH
        and years_on <= (story.day.year + _EVENT_REACH_YEARS, story.day.month, story.day.day)
        and _WON_OR_LOST_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None
    ):
        return True
    # ... and one its year names, where a past clause is at it: "She held her seat at the 2010
    # general election", "Her breakthrough came in the 2006 season"; the clause tells the story's
    # time, further on too ("For the next twelve years Benitez taught ... He returned to the
    # presidency in the disputed elections of 1948").
    return (
        years_on <= (story.day.year + _ADVERBIAL_EVENT_REACH_YEARS, story.day.month, story.day.day)
        and _PAST_AT_THE_EVENT_BEFORE.search(text, max(0, candidate.start - 60), candidate.start) is not None
    )


#: What joins the days of a list in one sentence: ", $9.75 billion of notes on Wednesday and ...".
_LISTED_BETWEEN = re.compile(r"[^.;:!?\n]{0,80}?(?:,|\band\b|\bor\b)[^.;:!?\n]{0,80}\Z")


def _weekday_listed_before(
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    index: int,
    timexes: Sequence[Timex],
    text: str,
) -> dt.date | None:
    """The day the weekday listed just before this one resolved to, in its sentence ("on
    Wednesday and bonds on Thursday"), if the list joins them."""
    before = index - 1
    # (A length between is the object's: "of 30-year bonds on Thursday".)
    while before > 0 and partials[before].kind == "duration" and index - before < _LIST_REACH:
        before -= 1
    if before < 0 or partials[before].weekday is None or partials[before].day is not None:
        return None
    told = next(
        (timex for timex in reversed(timexes[-_LIST_REACH:]) if timex.start == candidates[before].start), None
    )
    if told is None or not _LISTED_BETWEEN.fullmatch(text, candidates[before].end, candidates[index].start):
        return None
    return _day_of_value(told.value)


#: How many expressions back the previous day of a list may lie.
_LIST_REACH = 3


def _on_its_weekday(year: int, partial: PartialTime) -> bool:
    """Whether a weekday named with a day of a month falls on that day in ``year``."""
    return falls_on(
        year, partial.month or 1, partial.day or 1, partial.weekday if partial.weekday is not None else -1
    )


def _within_the_told_days(resolution: Resolution, first: str, last: str) -> Resolution:
    """A weekday's resolution moved back into the span of days told just before it ("Tuesday to
    Thursday ... On Tuesday"), when it fell a week or more after the span's end."""
    day, start, end = (_day_of_value(value) for value in (resolution.value, first, last))
    if day is None or start is None or end is None or not start <= end < day:
        return resolution
    weeks_back = -(-(day - end).days // 7)
    moved = day - dt.timedelta(weeks=weeks_back)
    if not start <= moved <= end:
        return resolution
    point = None if resolution.point is None else replace(resolution.point, day=moved)
    return replace(resolution, value=moved.isoformat() + resolution.value[10:], point=point)


def _day_of_value(value: str) -> dt.date | None:
    """The calendar day a value starts with ("1916-04-25", "1916-04-25TMO"), if it names one."""
    match = _DAY_VALUE.match(value)
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(0))
    except ValueError:
        return None


def _event_the_story_opens_on(
    point: ReferencePoint, story: ReferencePoint, text: str, candidate: Candidate
) -> bool:
    """Whether a sentence opens on an event of a year a few after the story's time ('In the
    "Disaster Year" of 1672, France invaded', "During the war of 1672"): the story goes on there."""
    return (
        point.grain >= Grain.YEAR
        and story.day < point.day
        and point.day.year <= story.day.year + _FRAME_REACH_YEARS
        and _OPENS_ON_AN_EVENT_OF.search(text, max(0, candidate.start - 60), candidate.start) is not None
    )


#: A past verb and the preposition of the event it is at: "held her seat at the", "came in the".
_PAST_AT_THE_EVENT_BEFORE = re.compile(
    r"\b(?:[a-z]+ed|came|won|lost|held|fought|ran|took|became|went|made|stood)\b[^.;:!?,]{0,40}?"
    r"\b(?:at|in|during)\s+the\s+\Z"
    # ... and one named by its year after "of": "He returned to service for the Russian campaign of
    # 1812", "fought in the war of 1859".
    r"|\b(?:returned|served|fought|joined|commanded|led|went)\b[^.;:!?,]{0,40}?"
    r"\b(?:at|in|during|for)\s+the\s+(?:[\w'’-]+\s+){1,3}?of\s+\Z"
)
#: How far after the story's time an event it names by its date may lie, to be one it comes to.
_EVENT_REACH_YEARS = 6
#: ... and one a past clause is at ("returned to the presidency in the elections of 1948").
_ADVERBIAL_EVENT_REACH_YEARS = 15
#: ... and one a sentence opens on ("In the war of 1672, ..."), which sets the story's time.
_FRAME_REACH_YEARS = 10
_OPENS_ON_AN_EVENT_OF = re.compile(
    r"(?:\A|[.!?]\s+|\n)[\"'“‘]?(?:In|During|Throughout)\s+the\s+(?:[\w'’\"“”-]+\s+){1,4}?of\s+\Z"
)
#: A past verb with the event as its object, before the event and its date: "won the election of",
#: "lost the battle of", "signed the treaty of".
_WON_OR_LOST_BEFORE = re.compile(
    r"\b(?:won|lost|held|fought|signed|called|staged|launched|began|opened|ended)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}(?:of|in)?\s*\Z",
    re.IGNORECASE,
)


def _within_coarse_point(point: ReferencePoint, story: ReferencePoint) -> bool:
    """Whether ``point`` (a year or finer) lies in the decade or the century ``story`` stands at."""
    if story.grain not in (Grain.DECADE, Grain.CENTURY) or point.grain < Grain.YEAR or point.bc != story.bc:
        return False
    span = 10 if story.grain == Grain.DECADE else 100
    return story.day.year <= point.day.year < story.day.year + span


def _names_an_event(text: str, candidate: Candidate) -> bool:
    """Whether a date is said of a noun ("the leader of the March 1830 revolt", "the revolution
    of 1848"): it names an event the story refers to, not the time the story has reached."""
    if (
        _NOUN_AFTER.match(text, candidate.end)
        # (... or a possessive's: "stood at a fifth of its 1913 level".)
        and _OWNER_OR_THE_BEFORE.search(text, max(0, candidate.start - 8), candidate.start)
        # (Not an event that frames the sentence it opens: "In the 1770 campaign Rumyantsev won at
        # Larga on 7 July", as "In the campaign of 1770" does.)
        and not _FRAMING_THE_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)
    ):
        return True
    # (... and a month of a year: "vacant since the revolution of September 1868".)
    partial = candidate.partial
    return (
        partial.grain == Grain.YEAR or (partial.grain == Grain.MONTH and partial.year is not None)
    ) and bool(_EVENT_OF_BEFORE.search(text, max(0, candidate.start - 48), candidate.start))


#: "had" and a participle, then the date in the same clause: "that had crossed the Rhine in 1702"
#: (not "had to", "had a base").
#: A pluperfect and the words after it, up to a date. (Not "had himself crowned emperor in
#: October": a causative, what he had done then.)
_PLUPERFECT_UP_TO = (
    # ("the queen having been deposed in September 1868": a perfect participle's passive too.)
    r"\b(?:had\s+(?:\w+ly\s+)?(?:been\s+)?|having\s+been\s+)(?!(?:been|to|a|an|the|no|its|their|his|her|some|many|few|little|"
    r"himself|herself|themselves|itself|him|them)\b)"
    r"[a-z]+\b[^.;:,()\n]{0,80}?"
    # ... across a place's apposition: "had pushed to within a few miles of Novocherkassk, the Don
    # Cossack capital, during the winter".
    r"(?:,\s+the\s+[^.;:,()\n]{1,40},[^.;:,()\n]{0,40}?)?"
)
#: ("The Confederacy's position had worsened over the winter".)
_PLUPERFECT_IN = re.compile(
    # ("had arrived at Scutari at the start of November".)
    # (... and the second of two years: "had sworn to support him during a visit in 1064 or 1065".)
    # ("had arrived over the Christmas period": the article of a feast's noun phrase.)
    _PLUPERFECT_UP_TO + r"\b(?:in|on|at|during|from|between|over|through|throughout)\s+"
    r"(?:the\s+)?(?:[0-9]{3,4}\s+(?:or|and)\s+)?\Z"
    # ... and "had been" itself, where something was: "pushed the line back to where it had been in
    # February".
    r"|\bhad\s+been\s+(?:there\s+|here\s+)?(?:in|on|at|during)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def _told_in_a_flashback(text: str, candidate: Candidate) -> bool:
    """Whether a date is in a pluperfect's own clause, or opens it ("In February the crowds had
    filled the streets"); not in a clause of its own after it ("The news had not reached America
    when Jackson won at New Orleans on January 8")."""
    found = _pluperfect_before(text, candidate)
    if found is not None:
        return _CLAUSE_AFTER_PLUPERFECT.search(text, found.start(), candidate.start) is None
    return _opens_pluperfect(text, candidate)


def _pluperfect_event(text: str, candidate: Candidate) -> bool:
    """Whether a date is when something had happened before the story's time: a flashback,
    after which the story goes on where it was ("By" a date, the pluperfect is the story's)."""
    found = _pluperfect_before(text, candidate)
    return found is not None or _opens_pluperfect(text, candidate)


#: A date that opens with its position and preposition: "early in November", "late in 1702".
_POSITION_IN = re.compile(r"(?:early|late|later|earlier)\s+(?:in|on)\s", re.IGNORECASE)
#: ... and a pluperfect before such a date, whose preposition is the date's own.
_PLUPERFECT_BEFORE_POSITION = re.compile(_PLUPERFECT_UP_TO + r"\s\Z", re.IGNORECASE)
#: A relative pronoun just before "had": the pluperfect is a relative clause's.
_RELATIVE_BEFORE_HAD = re.compile(r"\b(?:who|which|that)\s+\Z", re.IGNORECASE)
#: The words of a stretch of text.
_WORDS_IN = re.compile(r"[A-Za-z]+")
#: The words between "had" and its participle: "had already been taken".
_BEFORE_PARTICIPLE = frozenset(
    {"been", "already", "just", "also", "never", "not", "once", "since", "long", "first"}
)


def _pluperfect_before(text: str, candidate: Candidate) -> re.Match[str] | None:
    """The pluperfect whose clause a date is in (:data:`_PLUPERFECT_IN`), unless it is a relative
    clause the sentence's own verb has closed: "Troops who had crossed the river surrendered on
    18 September" (no commas around the clause) is dated by "surrendered", the story's."""
    found = _PLUPERFECT_IN.search(text, max(0, candidate.start - 120), candidate.start)
    if found is None and _POSITION_IN.match(candidate.text):
        # ("had reached the hospital at Scutari early in November": the preposition is the date's.)
        found = _PLUPERFECT_BEFORE_POSITION.search(text, max(0, candidate.start - 120), candidate.start)
    if found is None or not _RELATIVE_BEFORE_HAD.search(text, max(0, found.start() - 8), found.start()):
        return found
    words = [word.lower() for word in _WORDS_IN.findall(found.group(0))]
    # (The words after "had", its adverb, "been" and its participle, but the last, the
    # preposition's: a past form among them is a verb of the main clause.)
    first = 1
    while first < len(words) and (words[first] in _BEFORE_PARTICIPLE or words[first].endswith("ly")):
        first += 1
    if any(may_be_past(lower) for lower in words[first + 1 : -1]):
        return None
    return found


#: A clause of its own between a pluperfect and a date: the date is that clause's ("The news had
#: not reached America when Jackson won at New Orleans on January 8").
_CLAUSE_AFTER_PLUPERFECT = re.compile(
    r"\b(?:when|while|as|after|before|until|but"
    # (Not "and" that joins two places the pluperfect goes to: "had fled to Lancaster and then York
    # in late September".)
    r"|and(?!\s+(?:then\s+)?(?-i:[A-Z])[\w'’.-]*\s+(?:in|on|at|by|during)\b))\b",
    re.IGNORECASE,
)


def _told_in_pluperfect(text: str, candidates: Sequence[Candidate], point: ReferencePoint) -> bool:
    """Whether the expression that set ``point`` dates a pluperfect verb (see
    :func:`_dated_by_pluperfect`)."""
    for candidate in reversed(candidates):
        if candidate.start == point.start:
            return _dated_by_pluperfect(text, candidate)
    return False


def _dated_by_pluperfect(text: str, candidate: Candidate) -> bool:
    """Whether the pluperfect verb itself is what a date dates ("had been crowned in January"),
    with no clause of its own between them, or the date opens the clause the pluperfect tells
    ("In August Iraq had invaded the emirate"; not "By August", the story's own time)."""
    found = _pluperfect_before(text, candidate)
    if found is not None and _CLAUSE_AFTER_PLUPERFECT.search(found.group(0)) is None:
        return True
    return _opens_pluperfect(text, candidate)


def _opens_pluperfect(text: str, candidate: Candidate) -> bool:
    """Whether a date opens the clause a pluperfect tells: "In August Iraq had invaded the
    emirate" (not "By August ...", the story's own time)."""
    return (
        bool(
            _FRONTED_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
            and _PLUPERFECT_AFTER.match(text, candidate.end)
        )
        or bool(
            # ... or is the subject of one: "The spring of 1883 had been unusually dry."
            _LINE_OPENS_BEFORE.search(text, max(0, candidate.start - 4), candidate.start)
            and _SUBJECT_OF_HAD_BEEN.match(text, candidate.end)
        )
        or bool(
            # ... or ends the subject's phrase: "his oration at the graveside in August 1915 had made
            # him the movement's best-known speaker".
            _IN_BEFORE_YEAR.search(text, max(0, candidate.start - 4), candidate.start)
            and _HAD_PARTICIPLE_AFTER.match(text, candidate.end)
        )
    )


#: "had" with its participle right after a date.
_HAD_PARTICIPLE_AFTER = re.compile(r"\s+had\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|en|de|ght|ne|wn|ld|nt|st))\b")
#: A pluperfect after a date that opens its sentence, the date its subject.
_SUBJECT_OF_HAD_BEEN = re.compile(r"\s+had\s+(?:\w+ly\s+)?been\b")


#: A date that opens its sentence, after "In", "On", "During" or "Over" (not "By").
_FRONTED_BEFORE = re.compile(
    r"(?:(?:\A|[.!?]\s+|\n)(?:In|On|During|Over|Throughout)"
    # ... or the second clause of a sentence: "Envoys had reached Beijing, and in December the
    # emperor had agreed to a truce".
    r"|(?:,\s+and|;)\s+(?:in|on|during|over|throughout))\s+\Z"
)
#: The subject, then "had" and a participle: "In August [Iraq had invaded]".
_PLUPERFECT_AFTER = re.compile(
    # (Not a clause of its own between the date and the story's verb: "In August 1805, learning
    # that Austria had joined, he turned east", "In May 1462, after the rebels had taken York".)
    r",?\s+(?!(?:after|when|as|once|because|since|while|although|though|if|until|before|where)\b|[a-z]+ing\b)"
    # (A count's commas too: "In November some 400,000 coal miners had also struck".)
    r"(?:(?!(?:that|which|who|whom|when|after|because|once)\b)(?:[\w'’-]+|[0-9][0-9,]*[0-9])\s+){1,4}?"
    r"had\s+(?:\w+ly\s+)?(?:been\s+)?"
    r"(?!(?:to|a|an|the|no|its|their|his|her|some|many|few|little)\b)"
    # (Not a causative, "Amin had student leaders arrested": a noun, then what was done to it;
    # "he had about 700 prisoners executed": a count.)
    r"(?!(?:about|around|nearly|almost|roughly|over|up\s+to)\s+[0-9])"
    r"(?!(?:(?!(?:twice|once|already|long|just|never|also|not|first|then|since)\b)[a-z]+\s+){1,2}[a-z]+ed\b)"
    r"[a-z]+\b"
)


#: "since" just before a date: "it had been planned since 1586": when a state the story finds
#: began, before the story's time, not a time the story moves to.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?\Z", re.IGNORECASE)
#: ... and the day of a clause "since" opens, its subject and verb before the day: "since NATO
#: launched airstrikes against Yugoslavia on ".
_SINCE_CLAUSE_BEFORE = re.compile(
    r"\bsince\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’-]+){1,8}?\s+(?:on|in)\s+\Z", re.IGNORECASE
)
#: A date a plan set, just before the date: "a target date of 1 May 1944", "a withdrawal date
#: sometime in late 2008": it does not say the story got there.
#: A count up to an event and the month it is in: "eight months before the general election in".
_COUNTED_TO_EVENT_IN_BEFORE = re.compile(
    r"\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:months|weeks|days)\s+"
    r"(?:before|ahead\s+of)\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?in\s+(?:early\s+|late\s+|mid-)?\Z",
    re.IGNORECASE,
)
#: A fiscal year's start: "the fiscal year beginning April 1".
_YEAR_BEGINNING_BEFORE = re.compile(
    r"\b(?:fiscal|financial|budget|school|tax|academic)\s+year\s+(?:beginning|starting|that\s+(?:begins|starts))"
    r"\s+(?:on\s+|in\s+)?\Z",
    re.IGNORECASE,
)
#: A plan's verb told in the pluperfect (the plan of :data:`_SET_FOR_BEFORE`): "had originally been
#: scheduled".
_HAD_BEEN_PLANNED = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+)?been\s+(?:[a-z]+ly\s+)?(?:set|scheduled|planned|slated|fixed|timed)\b",
    re.IGNORECASE,
)
#: A plan's verb before the month it was made for: "The invasion was first set for May".
_SET_FOR_BEFORE = re.compile(
    r"\b(?:was|were|had\s+been|been)\s+(?:first\s+|originally\s+|initially\s+|tentatively\s+)?"
    r"(?:set|scheduled|planned|slated|fixed|timed|postponed|put\s+off|delayed|deferred)\s+(?:for|until|to)\s+"
    r"(?:(?:early|late|mid-?)\s?)?\Z"
    # ... and in the active: "on 12 October Hitler postponed the invasion of Britain until the spring".
    r"|\b(?:postponed|put\s+off|delayed|deferred)\s+(?:the\s+|an?\s+|its\s+|his\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,5}?(?:until|till|to)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s?)?\Z",
    re.IGNORECASE,
)
_PLAN_DATE_BEFORE = re.compile(
    r"\b(?:deadline|target\s+date|date|timetable)\s+(?:(?:was\s+)?(?:set|fixed|scheduled)\s+)?"
    r"(?:sometime\s+)?(?:of|for|in|by|around)\s+\Z"
    # ... and a deadline an agreement or an order set: "signed an agreement requiring troops to
    # leave by the end of 2011".
    r"|\b(?:requir(?:e|es|ed|ing)|oblig(?:e|es|ed|ing)|order(?:s|ed|ing)?|call(?:s|ed|ing)\s+(?:on|for)|"
    r"allow(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?to\s+[a-z]+(?:\s+[\w'’-]+){0,4}?\s+(?:by|before|until)\s+\Z"
    # ... and a plan's time set off by commas: "Plans for an assault, set for 3 a.m. the following
    # morning, were drawn up".
    # ("began planning an invasion, originally intended for the second half of 1982".)
    r"|,\s+(?:(?:originally|initially|first|later|tentatively)\s+)?(?:set|scheduled|planned|timed|fixed|intended|slated)"
    r"\s+for\s+\Z",
    re.IGNORECASE,
)
#: A date as the adjective of the event it names, between "the" and a noun: "the Sept. 11, 2001
#: attacks", "the March 11, 2004, train bombings".
_EVENT_NAMED_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
#: ... and the event or the mark a date is "of": "the record gain of ", "the crash of ".
_EVENT_OF_A_DATE_BEFORE = re.compile(
    r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:gain|drop|decline|loss|plunge|crash|collapse|selloff|sell-off|rally"
    r"|high|low|close|attacks?|bombings?|massacre|earthquake|quake|flood|fire|riots?)\s+of\s+\Z",
    re.IGNORECASE,
)
_EVENT_NAMED_AFTER = re.compile(
    r",?\s+(?!(?:and|or|but|to|at|in|on|of|for|by|with|from|as|when|while|after|before|until|was|were|is|are"
    r"|had|has|have)\b)(?-i:[a-z])[a-z-]{2,}\b(?!-)"
)
#: What a court does on the day a report tells of its case: "pleaded guilty", "told jurors",
#: "testified".
_COURT_SITTING = re.compile(
    # (Not an indictment or a sentence an old story tells in turn: "The mill burned at 4:45 p.m. on
    # March 25, 1911. The owners were indicted on Tuesday".)
    r"\b(?:pleaded|pled)\s+(?:not\s+)?(?:guilty|no\s+contest)|\btold\s+(?:jurors|the\s+jury|the\s+court|a\s+judge)"
    r"|\btestif(?:ied|ies)|\btook\s+the\s+(?:witness\s+)?stand|\bjurors?\s+(?:deliberated|returned|found)",
    re.IGNORECASE,
)
#: The weather a forecast gives a day, right before it: "showers on ", "a drier ", "highs in the
#: 60s on ".
_WEATHER_ON_BEFORE = re.compile(
    r"\b(?:showers|rain|snow|storms|thunderstorms|sleet|drizzle|sunshine|fog|frost|gusts|highs|lows|clouds)"
    r"(?:\s+(?:in|near|around)\s+the\s+[0-9]{1,3}s)?\s+(?:on\s+|by\s+|through\s+|until\s+)?\Z"
    r"|\b(?:a|an)\s+(?:drier|wetter|warmer|colder|cooler|hotter|sunnier|windier|cloudier|brighter)\s+\Z",
    re.IGNORECASE,
)
#: "last" opening an expression ("last October").
_LAST_WORD = re.compile(r"last\s", re.IGNORECASE)
#: A superlative (or "the first") and "since", then at most a few words before a date: "the
#: strongest since the quake of", "the worst flooding since", "the first time since".
_RECORD_SINCE_BEFORE = re.compile(
    r"\b(?:[a-z]{3,}est|worst|best|first|most\s+[a-z]+|least\s+[a-z]+)\b[^.;:!?()\n]{0,50}?\bsince\s+"
    # ... or the period a record is measured from: "the weakest quarter since the three months
    # ended March 31, 1986".
    r"(?:[^.;:!?()\n]{0,40}?\b(?:of|on|in|ended|ending)\s+)?\Z"
    # ... and the event a state began with: "Since the vote on August 30th, militias have killed
    # hundreds" (the news after it is the report's own).
    r"|\bsince\s+the\s+(?:[a-z-]+\s+){1,3}(?:on|of|in)\s+\Z"
    # ... and a clause a state began with: "The average has lost 4.3% since it closed at a record
    # on Jan. 2. Traders said the selling began in the early afternoon."
    r"|\bsince\s+(?:it|they|he|she|we|(?:the|an?)\s+[\w-]+)\s+[a-z]+ed\b(?:\s+[\w'’$%.,-]+){0,5}?\s+(?:on|in)\s+\Z"
    # ... and the day a record was set: "The Dow hit a record on Oct. 9, 2007. Citigroup shares rose
    # after a memo released Tuesday morning."
    r"|\b(?:hit|set|reached|touched|closed\s+at)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:record|peak|high|low)(?:\s+of\s+[\d$,.]+)?\s+(?:on|in)\s+\Z",
    re.IGNORECASE,
)
#: A day's price, after the day: "'s close", "'s closing price".
_PRICE_OF_THE_DAY_AFTER = re.compile(r"['’]s\s+(?:close|closing\s+(?:price|level)|settlement|finish)\b")
#: "from" and the figure something moved from: "from 9.15% ", "from about $3 billion ".
_FROM_FIGURE = (
    r"\bfrom\s+(?:an?\s+|about\s+)?[$€£]?[0-9][0-9.,]*\s*(?:%|percent|per\s+cent|points?|billion|million|"
    r"trillion)?\s+"
)
#: ... just before the day it stood there: "fell to 9.08% from 9.15% late Monday".
_FIGURE_COMPARED_BEFORE_DAY = re.compile(
    _FROM_FIGURE + r"(?:on\s+)?\Z"
    # ... and a count it came after: "64 people were killed on Monday, after 98 deaths the previous
    # day".
    r"|\bafter\s+(?:about\s+|some\s+|at\s+least\s+|more\s+than\s+)?[0-9][0-9,]*\s+(?-i:[a-z]+)\s+\Z"
    # ... and a price compared with: "to yield 8.06%, compared with 101 25/32 to yield 8.00% Tuesday".
    r"|\bcompared\s+(?:with|to)\s+[^.;:!?]{0,60}?[0-9][0-9.,]*\s*(?:%|percent|points?)\s+(?:on\s+|late\s+)?\Z"
    # ... and a volume it rose above: "above the 251 million shares traded Friday".
    r"|\b(?:above|below|from|than)\s+(?:the\s+)?[0-9][0-9.,]*\s+(?:million\s+|billion\s+)?(?-i:[a-z]+)\s+"
    r"(?:traded|sold|recorded|reported|posted)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: What a period a figure is compared with follows in its sentence: "up from $47.9 million in",
#: "compared with", "after falling 0.6% in".
_COMPARED_PERIOD_BEFORE = re.compile(
    r"(?:\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|against)"
    r"|\bafter\s+(?:falling|rising|dropping|climbing|gaining|losing|declining|increasing|slipping|sliding|"
    r"jumping|growing|shrinking|posting))\b(?:[^.;:()\n]|(?<=[0-9])\.(?=[0-9])){0,60}\Z",
    re.IGNORECASE,
)
#: An order or a deadline set, and "by" before a day it sets: "ordered staff out of the country by ".
_ORDERED_BY_BEFORE = re.compile(
    r"\b(?:ordered|told|asked|instructed|directed|urged|demanded|set\s+a\s+deadline)\b"
    r"[^.;:!?\n]{0,60}\bby\s+\Z",
    re.IGNORECASE,
)
#: A deadline's "by" before a period: "will stop by (the end of) ".
_BY_A_PERIOD_BEFORE = re.compile(r"\b(?:by|before)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?\Z", re.IGNORECASE)
#: A period a figure is compared with, after its preposition: "(up 5 percent) from a year ago",
#: "(higher) than last year".
_COMPARED_BASE = re.compile(
    r"(?:an?|one|the)\s+(?:year|month|quarter|week)\s+(?:earlier|ago|before)"
    r"|(?:last|the\s+previous|the\s+prior)\s+(?:year|month|quarter|week)",
    re.IGNORECASE,
)
_COMPARED_BASE_BEFORE = re.compile(r"\b(?:from|than|over|versus|vs\.)\s+\Z", re.IGNORECASE)
#: How far ahead of the calendar a fiscal quarter's number may run: "third-quarter profit fell" in
#: May may be a fiscal year's (from July), not in February; "growth slowed from 5.6 percent in the
#: second quarter", written on January 3, is last year's.
_FISCAL_LEAD = dt.timedelta(days=75)


_ONE_DAY = dt.timedelta(days=1)
#: Thursday's, Friday's, Saturday's and Sunday's numbers in ``date.weekday()``.
_THURSDAY = 3
_FRIDAY = 4
_SATURDAY = 5
_SUNDAY = 6
#: A state that lasted on past the story's time, to the date after it: "The canal remained closed
#: until April 1957" tells how long it lasted, and the story goes on from where it was.
_REMAINED_UNTIL_BEFORE = re.compile(
    r"\b(?:remained|stayed|was\s+to\s+remain|would\s+remain)\b[^.;:()\n]{0,40}?\b(?:until|till)\s+\Z"
    # ... and what went on after the day told, a concession's: "captured Ormoc on 10 December
    # 1944, although mopping-up went on until May 1945. Mindoro was invaded on 15 December".
    r"|\b(?:although|though|while)\s[^.;:()\n]{0,40}?\b(?:went\s+on|continued|dragged\s+on|lasted|persisted)"
    r"\s+(?:until|till|into)\s+\Z"
    # ... and what a participle's clause kept so ("sinking 40 ships in the canal, blocking it until
    # early 1957").
    r"|,\s+(?-i:[a-z]+ing)\s+(?:it|them|the\s+[a-z]+)\s+(?:closed\s+|shut\s+|open\s+)?(?:until|till)\s+\Z",
    re.IGNORECASE,
)
#: The time a figure is compared with, before the date in its clause: "490 deaths in November 2008
#: as against 3,500 in January 2007", "from a peak of 1,600 in summer 2007".
_COMPARED_BEFORE = re.compile(
    r"\b(?:as\s+(?:opposed\s+to|against)|compared\s+(?:with|to)|down\s+from|up\s+from"
    # ... and a comparison's term: "about twice as many as in 2008", "fewer than in 2007".
    # ("more deaths than in 1919 and 1920", "heavier than in 1915": a comparative, its noun between.)
    r"|(?:as\s+(?:many|much|high|low|large|bad)\s+as"
    r"|(?:more|fewer|less|higher|lower|worse|better|(?-i:[a-z]{3,}ier|[a-z]{2,}[^e\W]er))\s+(?:(?-i:[a-z]+)\s+)?than)"
    # ... and a named event compared with: "worse than Stalingrad in the winter of 1942-43".
    r"(?=\s+(?:(?:the\s+)?(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:in|during)\s)"
    r"|from\s+an?\s+(?:high|peak|low)"
    # ... and a figure's rise or fall from it: "won 261 seats, up 29 on two years ago".
    r"|(?:up|down|higher|lower)\s+[$€£]?[0-9][\w.,%]*\s+(?:percent\s+|per\s+cent\s+|points?\s+)?(?:on|from|than))"
    r"\b[^.;:()\n]{0,60}\Z",
    re.IGNORECASE,
)
#: A figure's day compared with, just before it: "from its March 10 peak", "topping Tuesday's
#: close", "above Friday's level".
_COMPARED_FROM_BEFORE = re.compile(r"\b(?:from|than|over|with)\s+\Z", re.IGNORECASE)
#: The day figures came out on: "data showed on ", "the statistics office said ".
_FIGURES_RELEASED_ON_BEFORE = re.compile(
    r"\b(?:said|showed|shows|show|reported|announced|released|published)\s+(?:on\s+)?\Z", re.IGNORECASE
)
_FIGURE_COMPARED_BEFORE = re.compile(
    r"(?:\b(?:from|since)\s+(?:its|their|the)|\b(?:topp(?:ing|ed)|above|below|beat(?:ing)?|"
    r"surpass(?:ing|ed)|exceed(?:ing|ed))(?:\s+(?:its|their|the))?)\s+\Z"
    r"|\b(?:as\s+(?:opposed\s+to|against)|compared\s+(?:with|to)|down\s+from|up\s+from)\s+\Z"
    # ... and the figure itself: "Volume rose from 151.9 million Friday".
    # ("Volume was 160 million shares, compared with 152.5 million Monday".)
    r"|\b(?:from|compared\s+(?:with|to))\s+[$€£]?[0-9][0-9.,]*(?:\s+(?:million|billion|trillion|percent|points?|shares))?"
    r"\s+(?:on\s+)?\Z"
    # ... and a mark it was named for: "down 7 percent from its record high on Sept. 18".
    r"|\b(?:from|since|below|above|off)\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}(?:high|low|peak|close|level)"
    r"\s+(?:on\s+|of\s+)?\Z",
    re.IGNORECASE,
)
#: ... and the year of a figure compared with: "earned $171 million, up 9% from $157 million in".
_FIGURE_OF_A_YEAR_BEFORE = re.compile(
    # ("down from $121.9 million in 1997": a figure's fall or rise without its share.)
    # ("Sales rose from $807 million in fiscal 1988" too.)
    # ("net loss widened to $187 million from $129 million in fiscal 1989": from the figure before.)
    r"(?:\b(?:up|down|rose|fell|increased|decreased|climbed|declined|jumped|slipped|widened|narrowed|grew|shrank)\s+"
    r"(?:[0-9.,]+\s*(?:%|percent)\s+|to\s+[$€£]?[0-9][0-9.,]*(?:\s+(?:million|billion|trillion))?\s+)?from\s+"
    # ... and "compared with $197.3 million in fiscal 1990".
    r"|\bcompared\s+(?:with|to)\s+)[$€£]?[0-9][0-9.,]*(?:\s+(?:million|billion|trillion))?"
    # ... with its share between: "up 34% from $46 million, or $1.79 a share, in fiscal 1988".
    r"(?:,\s+or\s+[$€£]?[0-9][0-9.,]*\s+(?:cents\s+)?a\s+share,)?\s+in\s+\Z"
    # ... and "compared with net income in fiscal 1990": the result, unsaid.
    r"|\bcompared\s+(?:with|to)\s+(?:a\s+)?(?:net\s+)?(?:income|profit|loss|earnings)\s+in\s+\Z"
    # ... and the year itself a figure rose from: "rose 12% from fiscal 1990".
    r"|\b(?:rose|fell|up|down|increased|decreased|climbed|declined|gained|dropped)\s+[0-9.,]+\s*(?:%|percent)\s+"
    r"from\s+\Z"
    # ... and the year a figure is the same as, or more or less than: "about the same as in 2012".
    r"|\b(?:same|much|many|high|low|more|less|fewer|higher|lower|bigger|smaller)\s+(?:as|than)\s+in\s+\Z",
    re.IGNORECASE,
)
#: A relative clause of a person set off by commas, open up to an expression: ", who returned on ".
_ASIDE_RELATIVE_BEFORE = re.compile(r",\s+who\b[^,;:.!?()]{0,60}\Z")
#: ... and the comma that closes it after the expression: "Sunday, announced".
_ASIDE_CLOSE_AFTER = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?-i:[a-z])")
#: A sentence opened by "By" up to its day, and the pluperfect of the clause after it: "By
#: Tuesday the British had placed".
_BY_OPENS_BEFORE = re.compile(r"\s*By\s+")
_HAD_AFTER_FRONTED_DAY = re.compile(r",?\s+(?:[\w'’-]+\s+){1,4}?had\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+ed\b")
#: A pluperfect in the clause up to an expression: "The garrison had spent ".
_HAD_IN_CLAUSE_BEFORE = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+\b[^,;:.!?]{0,40}\Z", re.IGNORECASE
)
#: A clause of what came before, opened right after a day the sentence has told, up to a day of
#: its own: "Thursday after the Federal Reserve on " (not "Tuesday, a day after it landed on
#: Aug. 6", an event the report goes on to tell).
_AFTER_AN_EVENT_BEFORE = re.compile(
    # ("began at 6:40 p.m. EST Wednesday, after the deadline expired at": its clock, and a comma
    # before "after"; not a count between, "on Tuesday, a day after it landed on Aug. 6", whose
    # event the story may go on with.)
    # (An initial's stop ends no sentence: "after the U.N. deadline".)
    r"(?:[^,;:!?\n]|(?<=[0-9]):(?=[0-9])){1,60}?"
    # ... across a phrase set off by commas: "pounded Serbia early Thursday, in the heaviest raids of
    # the campaign, after alliance leaders on Wednesday rejected an offer".
    r"(?:,\s+(?:in|with|amid|during|as|at)\s[^,;:!?\n]{1,60}?(?=,))?"
    r"(?:,\s+|\s)(?:after|following)\s(?:[^.;:!?\n]|(?<=\b[A-Z])\.){0,80}\Z",
    re.IGNORECASE,
)
#: What a sentence's news came after or since: "after Friday's plunge", "since Monday's vote".
#: ... or of what it is a part of: "rebounded yesterday, recovering nearly half of Friday's
#: 190.58-point loss".
_EVENT_BEFORE_OWNER = re.compile(r"\b(?:after|following|since|of)\s+\Z", re.IGNORECASE)
#: What joins the two ends of a range: "from October 1853 to February 1856", "1899-1902", "1812
#: and 1813".
_RANGE_JOIN = re.compile(rf"\s*(?:{_SPAN_WORDS}|and)\s*", re.IGNORECASE)
#: A heading is a short line that no sentence ends.
_HEADING_LENGTH = 100


def _ends_heading_range(previous: Candidate, candidate: Candidate, text: str) -> bool:
    """Whether ``candidate`` ends a range or a pair of years in a heading ("Opening moves
    (1939-1940)", "Campaigns of 1812 and 1813"): the section that follows tells its story from the
    first year, not the last (or from the first month: "Siege (November 1630 - May 1631)")."""
    if candidate.partial.grain not in (Grain.YEAR, Grain.MONTH) or candidate.partial.year is None:
        return False
    if not _RANGE_JOIN.fullmatch(text, previous.end, candidate.start):
        return False
    line_start = text.rfind("\n", 0, candidate.start) + 1
    line_end = text.find("\n", candidate.end)
    return _is_heading(text[line_start : len(text) if line_end < 0 else line_end])


#: What ends a line of prose rather than a heading.
_SENTENCE_CLOSE = (".", "!", "?", ";", ":", ",", '"', "”")


def _is_year_heading(text: str, year: Candidate, before: int) -> bool:
    """Whether ``year`` is a heading of its own line ("1919"), with the text at ``before`` on a
    line after it."""
    line_start = text.rfind("\n", 0, year.start) + 1
    line_end = text.find("\n", year.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return 0 <= line_end < before and line.strip() == year.text and _is_heading(line)


def _goes_on_before_a_winter_heading(
    partial: PartialTime, winter: ReferencePoint, points: Sequence[ReferencePoint], text: str
) -> bool:
    """Whether a month after a heading that names a winter ("Edgehill and the winter of 1642-43")
    goes on from the day the text told before the heading, in the months before that winter ("The
    king raised his standard on 22 August 1642. ... In mid-October he turned towards London"): a
    section's heading names all its story, not where the story stands."""
    if winter.start is None or partial.month is None:
        return False
    line_start = text.rfind("\n", 0, winter.start) + 1
    line_end = text.find("\n", winter.start)
    if line_end < 0 or not _is_heading(text[line_start:line_end]):
        return False
    told = next(
        (point for point in reversed(points) if point.start is not None and point.start < line_start), None
    )
    return (
        told is not None
        and told.grain >= Grain.YEAR
        and told.day.year == season_of(winter.day)[0]
        and told.day.month < partial.month
    )


def _is_heading(line: str) -> bool:
    """Whether a line is a heading: short, and no sentence end closes it ("Background", "Siege of
    Paris (1870-1871)")."""
    line = line.strip()
    return 0 < len(line) <= _HEADING_LENGTH and not line.endswith(_SENTENCE_CLOSE)


def _heading_before(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """Whether a heading line stands between two expressions, or the second opens one of its own
    after a paragraph break ("...for nearly eleven years.\n\nSaturday, 13 January\nThe ship ...")."""
    if _heading_between(text, previous.end, candidate.start):
        return True
    line_end = text.find("\n", candidate.end)
    return (
        "\n\n" in text[previous.end : candidate.start]
        and _opens_line(candidate, text)
        and line_end > 0
        and _is_heading(text[text.rfind("\n", 0, candidate.start) + 1 : line_end])
    )


def _weekday_under_dated_heading(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], text: str
) -> dt.date | None:
    """The day a bare weekday names in the section below a heading that dates a day or a few
    ("Thursday, 17 July\nAfter a private dinner on Wednesday night", "14-16 November\n... arrived on
    the Wednesday"): the one the heading's days hold, or else the nearest to them within half a
    week; ``None`` where no such heading stands over it."""
    if (
        partial.weekday is None
        or partial.day is not None
        or partial.month is not None
        or partial.year is not None
        or partial.anchor is not None
        or partial.direction is not None
        or partial.shift is not None
        or not timexes
    ):
        return None
    days: list[dt.date] = []
    heading_line: tuple[int, int] | None = None
    for timex in reversed(timexes[-_HEADING_DAYS_LOOKBACK:]):
        line_start = text.rfind("\n", 0, timex.start) + 1
        line_end = text.find("\n", timex.end)
        if line_end < 0 or line_end >= candidate.start:
            if heading_line is None:
                continue
            break
        if heading_line is not None and (line_start, line_end) != heading_line:
            break
        if heading_line is None:
            if not _is_heading(text[line_start:line_end]) or _heading_between(
                text, line_end, candidate.start
            ):
                return None
            heading_line = (line_start, line_end)
        day = _day_of_value(timex.value)
        if day is None or not _DAY_VALUE.fullmatch(timex.value[:10]):
            return None
        days.append(day)
    if not days:
        return None
    first, last = min(days), max(days)
    if (last - first).days > _HEADING_DAYS_SPAN:
        return None
    return _timetable_day(first, last, partial.weekday)


def _shifted_day(day: dt.date, days: int) -> dt.date | None:
    """``day`` moved by ``days``, or ``None`` past the calendar's ends."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


#: How many expressions back a heading's days are looked for, and the most days it may span.
_HEADING_DAYS_LOOKBACK = 12
_HEADING_DAYS_SPAN = 6


def _heads_section_of(text: str, position: int, later: int) -> bool:
    """Whether ``position`` lies on a heading line whose section runs on to ``later`` (no other
    heading between)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return (
        0 <= line_end < later
        and _is_heading(text[line_start:line_end])
        and not _heading_between(text, line_end, later)
    )


def _heading_between(text: str, start: int, end: int) -> bool:
    """Whether a heading line stands wholly between ``start`` and ``end``."""
    first = text.find("\n", start, end)
    if first < 0:
        return False
    last = text.rfind("\n", first, end)
    return last > first and any(_is_heading(line) for line in text[first + 1 : last].split("\n"))


#: Headings of the sections that tell what came after a war: their months may follow its end.
_AFTER_THE_WAR_HEADING = re.compile(
    r"\b(?:aftermath|legacy|consequences|outcome|results?|peace|treat(?:y|ies)|settlement|"
    r"commemoration|memorials?|historiography|later|after)\b",
    re.IGNORECASE,
)


def _opens_parallel_section(
    partial: PartialTime, candidates: Sequence[Candidate], index: int, text: str
) -> bool:
    """Whether ``partial`` is a month, a season or a day without its year that opens a section
    on the war itself (a heading stands between it and the date before; not an aftermath). A
    length said first ("In the first weeks of the war the Finns held. The winter was cold.")
    places no date, so the section's first date is still the one that opens it."""
    before = index - 1
    while before >= 0 and candidates[before].type in ("DURATION", "SET"):
        before -= 1
    if (
        before < 0
        or partial.year is not None
        or partial.anchor is not None
        or partial.value is not None
        or (partial.month is None and partial.season is None)
        or not _heading_between(text, candidates[before].end, candidates[index].start)
    ):
        return False
    heading_end = text.rfind("\n", 0, candidates[index].start)
    heading_start = text.rfind("\n", 0, max(0, heading_end - 1)) + 1
    return not _AFTER_THE_WAR_HEADING.search(text, heading_start, max(heading_start, heading_end))


def _past_the_war(
    partial: PartialTime,
    context: DocumentContext,
    *,
    tense: Tense | None,
    points: Sequence[ReferencePoint],
    policy: ResolutionPolicy,
    lead: ReferencePoint,
    war_end: dt.date,
) -> bool:
    """Whether the story's line takes ``partial`` past the war's end, while counted from the
    lead's date it falls within the war."""
    ahead = resolve_partial(partial, context, tense=tense, points=points, policy=policy)
    if ahead is None or ahead.point is None or ahead.point.day <= war_end:
        return False
    back = resolve_partial(partial, context, tense=tense, points=(*points, lead), policy=policy)
    return back is not None and back.point is not None and lead.day <= back.point.day <= war_end


#: How close before a war's first day the first month a history tells after the lead's range
#: may end and be the run-up to it rather than a month of the war a year on.
_RUN_UP = dt.timedelta(days=31)


@dataclass(frozen=True)
class _WarRange:
    """The war a history's lead dates: its first point, the last day it ends on, and whether the
    lead gave it as a range ("from 19 July 1870 to 28 January 1871")."""

    lead: ReferencePoint
    end: dt.date
    ranged: bool


def _year_within_the_war(
    partial: PartialTime,
    day: dt.date,
    war: _WarRange,
    *,
    first_told: bool,
    story: ReferencePoint | None,
    pluperfect: bool,
) -> int | None:
    """The year a day or a month without one belongs in when the year the story's line gave it
    (its first day ``day``) puts it outside the war the lead dates, if another year fits better;
    ``None`` else.

    The first told after the lead is the one nearest the war: "The siege lasted from 5 March 1690 to
    2 February 1691. On 10 February the garrison marched out" (a few days after its end, not weeks
    before its start), "The war lasted from 19 July 1870 to 28 January 1871. It was sparked by a
    telegram published on 13 July" and "The siege lasted from October 1899 to May 1900. Baden-Powell
    arrived in the town in September" (a few days before its start, not months after its end). A
    later one, once the story tells of the war itself, is inside it: "The English captured the
    Tourelles on 24 October. The Tourelles fell on 7 May" (a siege from October 1428 to May 1429)."""
    start, end = war.lead.day, war.end
    last = _last_day_of(partial, day)
    try:
        following = day.replace(year=day.year + 1)
        before = _last_day_of(partial, day.replace(year=day.year - 1))
    except ValueError:  # (29 February, or a year past the calendar's edge)
        return None
    if first_told and last < start and day.year < end.year:
        if start - last <= _RUN_UP and following <= end:
            # "The revolution lasted from March 1848 to November 1849. News reached Vienna at the
            # end of February": the month that led up to it, not one a year into it.
            return None
        # (Nearer the range a few days after its end than weeks before its start.)
        return day.year + 1 if following.year <= end.year and following - end < start - last else None
    if first_told and war.ranged and day > end and day.year > max(1, start.year):
        if start <= day.replace(year=day.year - 1) <= end:
            # "The war began on 15 February 2011 and ended on 20 October. Protests broke out in
            # Benghazi on 15 February": a day of the war itself, not one months after its end.
            return day.year - 1
        return day.year - 1 if before < start and start - before < day - end else None
    if (
        not first_told
        and war.ranged
        and story is not None
        and story.grain >= Grain.MONTH
        # (The story has told a day of the war itself: not a section that starts again with its
        # causes, "Outbreak\nIn July Russian troops crossed the Prut".)
        and start < story.day <= end
        and last < start
        and day.year < end.year
        and not pluperfect
        # (Not a day just before the day the story is at, which it goes back to: "declared war on 4
        # October 1853, after the Tsar's refusal on 23 September", a war from October 1853.)
        and story.day - last > _RUN_UP
    ):
        return day.year + 1 if start <= following <= end else None
    return None


def _counts_forward(partial: PartialTime) -> bool:
    """Whether ``partial`` counts forward from the story's time ("105 days later")."""
    return partial.anchor == "ref" and partial.shift is not None and partial.shift.amount > 0


#: "as recently as" before a day: the latest day so named before the report.
#: The ordinal of a day counted within an event: "second", "3rd".
_NTH_WORD = re.compile(
    rf"\b(?:{_LEXICON.fragment('ordinal_word')}|{_LEXICON.fragment('ordinal_day')})\b", re.IGNORECASE
)
#: The rules of a day counted within an event: "On the second day", "the third day of the battle".
_NTH_DAY_RULES = frozenset({"relative.nth_day_of_story", "relative.nth_day_of_event"})
#: A battle's first day and its last, told in one sentence: "on May 31, 1862, and the battle
#: continued into June 1".
_WENT_ON_INTO = re.compile(
    r",?\s+and\s+(?:[\w'’-]+\s+){1,4}?(?:continued|lasted|went\s+on|raged|dragged\s+on)\s+"
    r"(?:into|until|till|through|to)\s+",
    re.IGNORECASE,
)


def _range_opening(
    points: Sequence[ReferencePoint], candidates: Sequence[Candidate], text: str
) -> ReferencePoint | None:
    """The first day of the range of days the story has just told ("from 16 to 19 October 1813",
    "on April 6 and 7, 1862", "on May 31, 1862, and the battle continued into June 1"), when its
    last two points are that range's ends; ``None`` else."""
    if len(points) < 2 or points[-1].grain != Grain.DAY or points[-2].grain != Grain.DAY:
        return None
    first = next((c for c in candidates if c.start == points[-2].start), None)
    second = next((c for c in candidates if c.start == points[-1].start), None)
    if first is None or second is None or first.end > second.start or not points[-2].day < points[-1].day:
        return None
    if points[-1].day - points[-2].day > _LONGEST_BATTLE:
        return None
    joined = (
        _SPAN_JOIN.fullmatch(text, first.end, second.start)
        or _PAIR_JOIN.fullmatch(text, first.end, second.start)
        or _WENT_ON_INTO.fullmatch(text, first.end, second.start)
    )
    return points[-2] if joined else None


#: The longest run of days whose first the days of a battle count from.
_LONGEST_BATTLE = dt.timedelta(days=62)


def _counted_days_of_a_battle(
    candidate: Candidate,
    partial: PartialTime,
    points: Sequence[ReferencePoint],
    candidates: Sequence[Candidate],
    text: str,
    *,
    first_day_counted: tuple[ReferencePoint, int] | None,
) -> tuple[Sequence[ReferencePoint], PartialTime] | None:
    """The points a battle's counted day ("On the second day", "at 3 p.m. on the first day")
    resolves against, and its partial, when the text gave the battle's days as a range or has
    counted its first; ``None`` else."""
    if not _counts_a_battle_day(candidate.rule):
        return None
    told = list(points)
    while told and told[-1].start is not None:
        # ("On May 5 and 6 ... at dawn on the second day": the clock or the part of the day named
        # before its day is no day of the range.)
        named_before = next((c for c in candidates if c.start == told[-1].start), None)
        if (
            named_before is None
            or not named_before.rule.startswith("time.")
            or not _DAY_NAMED_AFTER.fullmatch(text, named_before.end, candidate.start)
        ):
            break
        told.pop()
    opening_day = _range_opening(told, candidates, text) or _first_day_counted(
        first_day_counted, told, candidates
    )
    if opening_day is None:
        return None
    # "fought from 16 to 19 October 1813. On the first day Napoleon attacked": the days of a
    # battle the text gave as a range (or the first of which it has counted) count from its first
    # ("On the second day ... On the third day").
    nth = _NTH_WORD.search(candidate.text)
    number = None if nth is None else _LEXICON.ordinal(nth.group(0))
    if "relative.nth_day_of_event" in candidate.rule and number is not None and 1 <= number <= 10:
        # ("On the second day of battle": the day so many on from the first.)
        partial = partial.but(shift=Shift(Grain.DAY, number - 1))
    return (*points, opening_day), partial


def _counts_a_battle_day(rule: str) -> bool:
    """Whether a candidate of ``rule`` counts a day of a battle ("on the second day"), alone or
    with its clock ("at 3 p.m. on the first day")."""
    return any(part in _NTH_DAY_RULES for part in rule.split("+"))


#: Between a clock or a part of the day and the day it is of: "at dawn on the second day".
_DAY_NAMED_AFTER = re.compile(r"\s+(?:on|of)\s+")


def _first_day_counted(
    counted: tuple[ReferencePoint, int] | None,
    points: Sequence[ReferencePoint],
    candidates: Sequence[Candidate],
) -> ReferencePoint | None:
    """The first day of the event whose days the story counts ("On the second day ... On the third
    day"), if no date has been stated since the last such count, nor a day named ("Aizu was
    besieged from 8 October for a month; on the first day ..." counts from 8 October)."""
    if counted is None:
        return None
    first, told = counted
    starts = {candidate.start: candidate.rule for candidate in candidates}
    for point in points[told:]:
        rule = starts.get(point.start) if point.start is not None else None
        if point.stated or (
            point.grain == Grain.DAY
            and rule is not None
            and rule.startswith("date.")
            and not _counts_a_battle_day(rule)
        ):
            return None
    return first


def _later_end(war_end: dt.date | None, point: ReferencePoint) -> dt.date | None:
    """The later of ``war_end`` and the last day of ``point``, when that is a day or a month."""
    if point.bc or point.grain < Grain.MONTH:
        return war_end
    last = point.day
    if point.grain == Grain.MONTH:
        last = _apply_shift(point.day.replace(day=1), Grain.MONTH, 1) - dt.timedelta(days=1)
    return last if war_end is None or last > war_end else war_end


#: What a lead says of a war's end: "ended 105 days later", "lasted until", "the armistice of".
_LEAD_TELLS_AN_END = re.compile(
    r"\b(?:end(?:ed|s|ing)?|lasted|concluded|until|till|armistice|surrender(?:ed)?|treaty|peace)\b",
    re.IGNORECASE,
)
#: A date's clause that the next one ends: "began on 8 September 1941 and ended on", "broke out in
#: 1975 and continued until".
_ENDED_JOIN = re.compile(
    # (... past a "when" clause of the start: "began on 19 July 1870, when France declared war on
    # Prussia, and ended with the Treaty of Frankfurt on 10 May 1871".)
    r"(?:,\s+(?:when|as)\s+[^,;.!?]{1,80})?"
    r",?\s+and\s+(?:(?:was|were)\s+)?(?:ended|finished|concluded|lasted|continued|went\s+on|called\s+off|"
    r"abandoned)\s+"
    # ... and the event it ended with: "and ended with an armistice signed on 27 July 1953", "with
    # the Treaty of Frankfurt on".
    r"(?:(?:with|in)\s+(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:(?:signed|agreed|concluded|declared)\s+)?)?"
    # ... and the place it ended at: "and ended at Világos on 13 August 1849".
    r"(?:(?:at|near|in)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+(?=(?:on|in)\s))?"
    r"(?:on|in|until|till|to|through)\s+"
    # ... and the treaty that ended it, in a clause of its own: "began on 25 June 1950, and an
    # armistice was signed on 27 July 1953".
    r"|,?\s+and\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:armistice|ceasefire|cease-fire|truce|peace|treaty|"
    r"agreement|accord)(?:\s+[\w-]+){0,3}?\s+(?:was|were)\s+(?:signed|agreed|concluded|declared|reached)\s+"
    r"(?:on|in)\s+",
    re.IGNORECASE,
)
#: The end of a war told in its lead before a range: "... and ended with armistices signed between".
_WAR_ENDED_BEFORE = re.compile(r"\b(?:ended|concluded|finished)\b", re.IGNORECASE)
_ENDED_IN_BEFORE = re.compile(r"\b(?:ended|concluded|finished)\s+(?:in|on)\s+\Z", re.IGNORECASE)
#: A lead's end of a war, told alone: "The main fighting lasted until the autumn of 1920".
#: ... and the end it reached: "It culminated in the Battle of Trafalgar on".
_CULMINATED_IN = r"\b(?:culminated|climaxed)\s+(?:in|with)\b[^.;:!?]{0,60}\s(?:on|in)\s+\Z"
_CULMINATED_IN_BEFORE = re.compile(_CULMINATED_IN, re.IGNORECASE)
_LASTED_UNTIL_BEFORE = re.compile(
    r"\b(?:lasted|continued|went\s+on|raged)\s+(?:until|till|into)\s+\Z|" + _CULMINATED_IN, re.IGNORECASE
)


def _opens_range(candidates: Sequence[Candidate], index: int, text: str) -> bool:
    """Whether a stated date opens a range the next one closes ("from 11 October 1899 to", "began
    on 8 September 1941 and ended on")."""
    if index + 1 >= len(candidates):
        return False
    following = candidates[index + 1].partial
    return (
        following.kind == "date"
        and following.anchor is None
        and bool(
            _RANGE_JOIN.fullmatch(text, candidates[index].end, candidates[index + 1].start)
            or _ENDED_JOIN.fullmatch(text, candidates[index].end, candidates[index + 1].start)
        )
    )


#: The longest line read as a heading above a text's first paragraph.
_LONGEST_HEADING = 80


def _past_opening_heading(text: str) -> int:
    """Where a text's first paragraph starts: past its blank lines and a heading above it, a
    short line that ends no sentence ("Causes\n\nThe war lasted from 1853 to 1856.")."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return start
    line = text[start:end].strip()
    if not line or len(line) > _LONGEST_HEADING or line.endswith((".", "!", "?", ":", ",", ";")):
        return start
    following = len(text) - len(text[end:].lstrip())
    return following if following < len(text) else start


def _lead_end(text: str) -> int:
    """Where an article's lead ends: its first paragraph, when that is prose (it ends a sentence)
    and a heading follows it ("The Crimean War was fought from 1853 to 1856 ...\n\nBackground").
    0 when the text opens otherwise (as one long story). A heading above the lead ("Causes") is
    passed over."""
    start = _past_opening_heading(text)
    end = text.find("\n", start)
    if end < 0 or not text[start:end].rstrip().endswith((".", "!", "?")):
        return 0
    following = text.find("\n", end + 1)
    while following >= 0 and not text[end + 1 : following].strip():
        end, following = following, text.find("\n", following + 1)
    return end if following >= 0 and _heading_between(text, end, following + 1) else 0


def _lead_sentence_end(candidates: Sequence[Candidate], text: str) -> int:
    """Where the lead of a history with no headings ends: its first sentence, when that is prose
    and dates the war by a range ("The War of the Sixth Coalition lasted from March 1813 to May
    1814. In the spring ..."); 0 otherwise (a first sentence that tells the story moves it on)."""
    start = _past_opening_heading(text)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not text[start:line_end].rstrip().endswith((".", "!", "?")):
        return 0
    end = sentence_bounds(text, start)[1]
    dated = False
    for sentence in range(2):
        # (The second sentence after a first that names no time, "The campaign was a disaster.
        # It lasted from 17 February 1915 to 9 January 1916.", or that names when it began: "The
        # Bolsheviks took power in November 1917. The main fighting lasted until 1920.")
        for index, candidate in enumerate(candidates):
            if candidate.end > end:
                break
            if candidate.start < start:
                continue
            if candidate.partial.anchor is None and (
                ((not sentence or not dated) and _opens_range(candidates, index, text))
                or (
                    sentence > 0
                    and _LASTED_UNTIL_BEFORE.search(text, max(0, candidate.start - 90), candidate.start)
                    is not None
                )
            ):
                return end
            dated = dated or not sentence
        if end >= line_end:
            return 0
        start, end = end, sentence_bounds(text, min(len(text) - 1, end + 1))[1]
        if end > line_end:
            return 0
    return 0


#: "last year" closing a month's expression: "March last year".
_LAST_YEAR_END = re.compile(r"\blast\s+year\Z", re.IGNORECASE)
#: "as of" just before a date: "73% of the deaths (as of December 5, 2006)".
_AS_OF_BEFORE = re.compile(r"\bas of\s+\Z", re.IGNORECASE)


def _stamps_figures(text: str, candidate: Candidate) -> bool:
    """Whether a date only says when figures or a state of things held ("as of December 2006"),
    the time of writing of a statistic, not a time the story has reached."""
    return bool(_AS_OF_BEFORE.search(text, max(0, candidate.start - 8), candidate.start))


#: "until" and at most a few words before the date: "held out until the garrison gave up in".
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\b[^.;:,()\n]{0,50}?\Z", re.IGNORECASE)


def _span_end(text: str, candidate: Candidate) -> bool:
    """Whether a date is where something went on until ("a blockade that went on until the port
    surrendered in March 1709")."""
    return bool(_UNTIL_BEFORE.search(text, max(0, candidate.start - 60), candidate.start))


def _restates(point: ReferencePoint, previous: ReferencePoint) -> bool:
    """Whether ``point`` is a coarser period that holds the story's time ``previous``: it restates
    where the story is and does not move it back to the period's start."""
    return point.grain < previous.grain and point.bc == previous.bc and _within(previous.day, point)


#: An aside is a stated year more than this many years from the story's time around it...
_ASIDE_YEARS = 2
#: ...judged against this many of the different years the text states next.
_ASIDE_LOOKAHEAD = 2


def _event_date(candidate: Candidate, points: Sequence[ReferencePoint], text: str) -> ReferencePoint | None:
    """The date a news report gave the event a count is anchored on ("The army invaded in March
    2003. ... Ten years after the invasion"): the latest date the text names in a sentence that
    names the event, by its noun or a verb of the same stem ("invasion", "invaded"); "Three weeks
    into the offensive" counts from the day the offensive began."""
    signal = _EVENT_SIGNAL_OR_INTO.search(candidate.text)
    head = _EVENT_HEAD.search(candidate.text, signal.end()) if signal is not None else None
    if head is None:
        return None
    word = head.group(1)
    # (Up to four letters of a long noun's suffix go: "invasion" and "invaded" share "inva". A
    # short one is the whole word, inflected: "vote", "voted", not "war" in "warned".)
    irregular = _IRREGULAR_EVENT_VERBS.get(word.lower())
    if irregular is not None:
        # ("shot the clerk ... The day before the shooting": an irregular verb's past.)
        stem = re.compile(r"\b(?:" + re.escape(word) + "|" + irregular + r")\b", re.IGNORECASE)
    elif len(word) > _SHORT_HEAD:
        # (A noun in "-ation" keeps less of its verb: "proclamation", "proclaimed".)
        cut = 6 if word.lower().endswith("ation") and len(word) >= _LONG_ACTION_NOUN else 4
        stem = re.compile(r"\b" + re.escape(word[: max(4, len(word) - cut)]), re.IGNORECASE)
    else:
        stem = re.compile(r"\b" + re.escape(word) + r"(?:s|es|d|ed)?\b", re.IGNORECASE)
    return _dated_event(stem, candidate.start, points, text)


def _dated_at_least_as_finely(point: ReferencePoint | None, partial: PartialTime) -> ReferencePoint | None:
    """``point``, if it is at least as fine as ``partial`` counts in; ``None`` else."""
    return point if point is not None and point.grain >= partial.grain else None


#: Event nouns whose verb's past does not share their stem: "the shooting", "shot".
_IRREGULAR_EVENT_VERBS = {
    "shooting": "shot|shoots?", "fighting": "fought", "fight": "fought", "sinking": "sank|sunk",
    "meeting": "met", "flight": "flew", "theft": "stole|stolen", "fall": "fell|fallen", "speech": "spoke",
    "sale": "sold", "victory": "won", "win": "won",
}  # fmt: skip
#: The length from which a noun in "-ation" is cut back further to its verb's stem.
_LONG_ACTION_NOUN = 10


def _named_event_date(
    candidate: Candidate, partial: PartialTime, points: Sequence[ReferencePoint], text: str
) -> ReferencePoint | None:
    """The date a history gave the event a fronted count names by its last proper name ("Eight
    years after the Gulf War," after "The Gulf War ended in 1991"; "Five days after the fall of
    Girona," after "Girona on 5 February"): the latest one the text names in a sentence with
    that name, if it is at least as fine as the count; ``None`` else."""
    signal = _EVENT_SIGNAL_OR_INTO.search(candidate.text)
    names = _PROPER_NAME.findall(candidate.text, signal.end()) if signal is not None else []
    if not names:
        return None
    stem = re.compile(r"\b" + re.escape(names[-1]) + r"\b")
    point = _dated_event(stem, candidate.start, points, text)
    return point if point is not None and point.grain >= partial.grain else None


#: A proper name of one or more capitalised words ("Gulf War", "Dien Bien Phu", "Girona").
_PROPER_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _dated_event(
    stem: re.Pattern[str], start: int, points: Sequence[ReferencePoint], text: str
) -> ReferencePoint | None:
    """The latest date before ``start`` the text names in a sentence that names an event, which
    ``stem`` finds."""
    for index, point in enumerate(islice(reversed(points), _REFERENCE_LOOKBACK)):
        if point.start is None or point.start >= start:
            continue
        opening, closing = sentence_bounds(text, point.start)
        named = stem.search(text, opening, min(closing, start))
        if named is not None and _EVENT_TO_COME_AFTER.match(text, named.end()):
            # ("On 2 December the fleet received the signal that the attack would go ahead": the
            # event still to come on that day, not dated by it.)
            continue
        if named is not None:
            # (The date nearest the event's name, of those its sentence gives: "began on 20 March
            # 2003 with the invasion of Iraq ... and ended on 18 December 2011".)
            same_sentence = [
                other
                for other in islice(reversed(points), index, _REFERENCE_LOOKBACK)
                if other.start is not None and opening <= other.start < closing
            ]
            return min(same_sentence, key=lambda other: abs((other.start or 0) - named.start()))
    return None


#: A modal after an event's name, which tells it was still to come: " would go ahead".
_EVENT_TO_COME_AFTER = re.compile(
    r"[\w'’-]*\s+(?:would|will|was\s+to|were\s+to|could|might|should)\b", re.IGNORECASE
)


def _counted_from_event(
    candidate: Candidate, partial: PartialTime, points: Sequence[ReferencePoint], text: str
) -> tuple[Candidate, PartialTime, ReferencePoint | None]:
    """A news report's count from an event ("Ten years after the invasion, ..."), as TimeML draws
    it: the count alone, "Ten years", without the event it is anchored on. Its date is counted
    from the event's when the text dates the event (see :func:`_event_date`), not from the
    report's latest date; else the count is a duration ("P10Y"), and "The day before the summit"
    a day the text does not date."""
    signal = _EVENT_SIGNAL.search(candidate.text)
    if signal is None or partial.shift is None:
        return candidate, partial, None
    count = replace(candidate, end=candidate.start + signal.start(), text=candidate.text[: signal.start()])
    dated = _event_date(candidate, points, text)
    # (An event dated to a month counts no days: "arrested in August 2010. Two days after his
    # arrest" is a length.)
    if dated is not None and dated.grain >= min(partial.shift.unit, Grain.DAY):
        return count, partial, dated
    amount, letter = abs(partial.shift.amount), _COUNT_LETTERS.get(partial.shift.unit)
    if letter is None or count.text.lower().startswith("the "):
        return count, PartialTime(value=format_unknown(partial.but(anchor=None, shift=None))), None
    return count, PartialTime(kind="duration", duration=((amount, letter),), grain=partial.grain), None


#: Rules whose count heads a noun phrase a history draws whole, with its "of" complement: "[three
#: weeks of siege]", "[the last days of the siege]", "[the third day of the blockade]".
_HEADS_A_PHRASE = frozenset(
    {
        "duration.amount_unit",
        "duration.edge_units",
        "duration.the_past_unit",
        "duration.plural_unit_of",
        "duration.within_units_of",
        "relative.nth_day_of_event",
        "fuzzy.anniversary",
        "fuzzy.superlative_day",
        "fuzzy.time_of_event",
    }
)
#: Rules whose "of" phrase is an event that may take an "of" phrase of its own ("the anniversary of
#: the sack of the city").
_NAMES_AN_EVENT_OF = frozenset({"fuzzy.anniversary"})
#: The words that open the phrases after a count that a history draws with it: "[three weeks of
#: shelling since 4 May]", "[the forty years since the last war]".
_COMPLEMENTS = ("of", "since")
#: Rules whose count takes a focus word before it: "[just eleven days]", "[a mere five years later]".
_TAKES_FOCUS = frozenset({"duration.amount_unit", "relative.units_ago"})
#: An approximation TimeBank leaves outside a length's extent ("about [a week]", see
#: combine._OUTSIDE_EXTENT), which a history's noun phrase takes in.
_APPROXIMATION_BEFORE = re.compile(
    r"(?<![\w-])(?:about|around|approximately|roughly|an\s+estimated)\s+\Z", re.IGNORECASE
)
#: How far ahead an "of" phrase may reach (see :func:`noun_phrases.complement_end`).
_PHRASE_REACH = 160


def _noun_phrases(candidates: Sequence[Candidate], text: str) -> tuple[dict[int, Candidate], dict[int, int]]:
    """A history's extents of the counts that head a noun phrase (see :mod:`dateline.noun_phrases`),
    by index: the focus word or approximation before the count, and the "of" complement after it
    ("[two months of bitter fighting]", "[only a few years of schooling]"); a date the complement
    is ("[the last two weeks of March 1918]") is taken in whole, and the second map gives its index
    the phrase's. News keeps the count alone, as TimeBank draws it."""
    phrases: dict[int, Candidate] = {}
    absorbed: dict[int, int] = {}
    starts = [candidate.start for candidate in candidates]
    for index, candidate in enumerate(candidates):
        start, end = candidate.start, candidate.end
        if candidate.rule in _TAKES_FOCUS:
            start = focus_start(text, start)
        if candidate.partial.kind == "duration" and candidate.partial.mod == "APPROX":
            approximation = _APPROXIMATION_BEFORE.search(text, max(0, start - 16), start)
            start = start if approximation is None else approximation.start()
        for word in _COMPLEMENTS if candidate.rule in _HEADS_A_PHRASE else ():
            if not text.startswith(f" {word} ", end):
                continue
            # (The next expression the phrase has not taken in.)
            after = bisect.bisect_left(starts, end, index + 1)
            following = candidates[after] if after < len(candidates) else None
            if (
                following is not None
                and following.start == end + len(word) + 2
                and following.partial.kind == "date"
                and not modifies_a_noun(text, following.end)
            ):
                absorbed[after] = index
                end = following.end
            else:
                stops = tuple(starts[after : bisect.bisect_left(starts, end + _PHRASE_REACH)])
                phrase_end = complement_end(text, end, stops=stops, word=word) or end
                if candidate.rule in _NAMES_AN_EVENT_OF:
                    # "the anniversary of the storming of the palace": the event's own "of" phrase too.
                    phrase_end = complement_end(text, phrase_end, stops=stops) or phrase_end
                # (Not into another expression that starts within a word: "of pre-1914 borders".)
                end = phrase_end if bisect.bisect_left(starts, phrase_end, after) == after else end
        if end > candidate.end and start == candidate.start:
            # "during [the six months of fighting]": with its complement, the phrase keeps the
            # article the count alone leaves to the noun (see combine._without_noun_determiner).
            article = _ARTICLE_BEFORE_COUNT.search(text, max(0, start - 6), start)
            start = start if article is None else article.start()
        partial = candidate.partial
        if candidate.rule == _THE_DAY_AROUND_AN_EVENT and end == candidate.end:
            # "until the day before the ceasefire": the event's phrase goes with the day, counted as
            # "a day before the ceasefire" would be (without it, "the day before" alone).
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            as_count = replace(candidate, partial=PartialTime(kind="duration", duration=((1, "D"),)))
            counted = _counted_from_a_named_event(as_count, text, following)
            if counted is not None and counted[1].anchor == "ref":
                end = counted[0]
            elif (clause := _EVENT_TO_ITS_CLAUSE_END.match(text, candidate.end)) is not None and (
                following is None or following.start >= clause.end()
            ):
                # ("the day after the US's northward crossing of the border into North Korea,": up to
                # the punctuation that closes its clause, which the rule's pattern found.)
                end = clause.end()
            previous = candidates[index - 1] if index else None
            if (
                previous is not None
                and previous.partial.day is not None
                and _RESTATED_BY_AN_EVENT.fullmatch(text, previous.end, candidate.start)
            ):
                # "on 2 October 1950-the day after the ROK Army crossed the border": the day just
                # told, restated by its event.
                partial = (
                    previous.partial
                    if previous.partial.month is not None and previous.partial.anchor is None
                    else partial.but(shift=Shift(Grain.DAY, 0))
                )
        if (
            candidate.rule in _COUNTS_FROM_AN_EVENT
            and end == candidate.end
            and not _LENGTH_BEFORE.search(text, max(0, start - 12), start)
            # ("In the six weeks after its passage, some 1,300 people were executed": the article
            # makes the count the stretch after the event, a length.)
            and not candidate.text.lower().startswith(("the ", "these ", "those "))
        ):
            following = candidates[index + 1] if index + 1 < len(candidates) else None
            counted = _counted_from_a_named_event(candidate, text, following)
            if counted is not None:
                end, partial = counted
                if following is not None and end == following.end:
                    # "four years after the fire of 1666": the event's date is in the phrase.
                    absorbed[index + 1] = index
        if (start, end) != (candidate.start, candidate.end):
            phrases[index] = replace(candidate, start=start, end=end, text=text[start:end], partial=partial)
    return phrases, absorbed


#: What joins two seasons of one span: "the autumn and winter of 1941", "the spring and early summer".
_COMPARED_MONTH_BEFORE = re.compile(
    r"\b(?:than|as|compared\s+(?:with|to))\s+(?:it\s+was\s+)?in\s+\Z", re.IGNORECASE
)
#: A cause told up to its month or season: "because of heavy incentive spending during the ",
#: ", reflecting heavy spending in ".
_CAUSE_IN_BEFORE = re.compile(
    r"\b(?:because\s+of|reflecting|owing\s+to)\s+[^.;:!?,]{0,50}?\b(?:in|during|over)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: A comparison with a month's figure, up to the month: "an improvement from the ", "up from its ".
_COMPARED_FIGURE_BEFORE = re.compile(
    r"\b(?:from|than|over|versus|vs\.|with)\s+(?:the|its|their|a|an)\s+\Z", re.IGNORECASE
)
#: A figure a month names: " estimate", " forecast", " reading".
_FIGURE_NOUN_AFTER = re.compile(
    r"\s+(?:estimates?|forecasts?|projections?|readings?|figures?|levels?|reports?|surveys?|numbers?|"
    r"data|tally|count|rate|index|outlook)\b",
    re.IGNORECASE,
)
#: "before" and the event a day bounds: "the last big test before Super Tuesday on ".
_BOUND_DAY_BEFORE = re.compile(r"\bbefore\s+(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:on\s+)?\Z", re.IGNORECASE)
#: A preference, whose "than" weighs one time against another: "rather", "sooner", "prefer".
_RATHER_IN = re.compile(r"\b(?:rather|sooner|prefer|prefers|preferred)\b", re.IGNORECASE)
_WINTER_VALUE = re.compile(r"(?P<year>[0-9]{4})-WI")
_SEASONS_JOINED = re.compile(r"\s+(?:and|to|through|into)\s+(?:the\s+)?(?:early\s+|late\s+)?", re.IGNORECASE)
#: The article before a count whose phrase takes its complement in: "the six months of fighting".
_ARTICLE_BEFORE_COUNT = re.compile(r"(?<![\w-])(?:the|these|those)\s+\Z", re.IGNORECASE)
#: The rule of "the day before/after" an event inside a sentence (see :func:`_noun_phrases`).
_THE_DAY_AROUND_AN_EVENT = "relative.the_day_around_event"
#: ... its event up to the punctuation that closes its clause.
_EVENT_TO_ITS_CLAUSE_END = re.compile(r" (?:before|after) [^.,;:!?()\n]{1,90}?(?=\s*[.,;:!?)])")
#: Rules whose length, with "after" or "before" and an event, is a date counted from the event.
_COUNTS_FROM_AN_EVENT = frozenset({"duration.amount_unit"})
#: A word that makes the count a length all the same: "rested for three weeks before marching",
#: "lasted three hundred years before the conquest".
_LENGTH_BEFORE = re.compile(
    r"\b(?:for|lasted|lasts|last|took|takes|spent|spend|over|during|within|throughout|another)\s+\Z",
    re.IGNORECASE,
)
#: A history's sentence about the present day: "Today the battle is commemorated", "Poltava
#: remains a national symbol", "the site is now a museum", "Tensions have flared again".
_PRESENT_DAY = re.compile(
    r"\b(?:(?-i:Today|today)(?!['’]s)|nowadays|currently|at\s+present|present-day|remains?\s+(?:a|an|the)"
    r"|(?:is|are)\s+(?:now|still)|(?:is|are)\s+(?:commemorated|celebrated|marked|remembered)"
    # ... and the present perfect, the time up to the writer's: "Tensions have flared again this autumn".
    r"|(?:has|have)\s+(?:\w+ly\s+|again\s+|also\s+)?(?:been|[a-z]+ed))\b",
    re.IGNORECASE,
)
#: Events a history names by the month they filled, looking back to them: "After the failures of
#: December", "The defeats of November had shaken the army" (a plural noun, then "of").
_EVENTS_OF_MONTH_BEFORE = re.compile(
    r"(?:\b(?P<after>after|since|following|despite)\s+)?\b(?:the|its|their|his|her)\s+(?-i:[a-z]+[^s\W]s)\s+of\s+\Z",
    re.IGNORECASE,
)
#: ... and what they had done, after them: "The defeats of November had shaken the army".
_HAD_AFTER = re.compile(r"\s+had\b")
#: "after" or "before" an event, or "into" it: "two days into the battle" counts on from its start.
#: ("five years to the day after the assassination": the same date so many years on.)
_EVENT_WORD = re.compile(r"(?: to the day)? (?P<word>after|before|into)(?= )")
#: The grain of each unit letter a count from an event may have.
_COUNT_GRAINS = {letter: grain for grain, letter in _COUNT_LETTERS.items()}


def _counted_from_a_named_event(
    candidate: Candidate, text: str, following: Candidate | None
) -> tuple[int, PartialTime] | None:
    """A history's length that counts from an event it names in the clause ("seized eight days
    after the raid on the arsenal.", "two days after the army crossed the river,"): where the
    phrase ends, and the date it is, counted from the story's date as a fronted one is ("Four
    days after the capture of the bridge, ...", relative.after_event), or from the year the
    event's "of" phrase gives ("four years after the fire of 1666": 1670)."""
    signal = _EVENT_WORD.match(text, candidate.end)
    partial = candidate.partial
    if signal is None or partial.kind != "duration" or len(partial.duration) != 1:
        return None
    into = signal.group("word") == "into"
    if into and (partial.mod is not None or not text.startswith(" the ", signal.end())):
        # ("into" the event the story is at, "two days into the battle"; not "less than three
        # months into his fourth term", a length of a time the story has not dated.)
        return None
    amount, letter = partial.duration[0]
    if letter in ("DE", "CE") and amount is not None:
        # ("a decade after the Texas Revolution of 1835": ten years; "a century after the
        # destruction of Carthage": a hundred.)
        amount, letter = amount * (10 if letter == "DE" else 100), "Y"
    if letter == "Y" and amount is not None and amount != int(amount) and amount * 12 == int(amount * 12):
        # ("two and a half years after the war began": thirty months.)
        amount, letter = amount * 12, "M"
    grain = _COUNT_GRAINS.get(letter)
    if grain is None or (amount is not None and amount != int(amount)):
        return None
    if amount is None:
        # "a few weeks after winning a second term", "Just months after Sun Yat Sen's death":
        # one date, as WikiWars draws it, that the vague count leaves unknown (XXXX-WXX).
        if into:
            return None
        end = event_end(
            text,
            signal.end(),
            stops=() if following is None else (following.start,),
            fronted=_opens_sentence(text, candidate.start),
        )
        return None if end is None else (end, PartialTime(value=format_unknown(PartialTime(grain=grain))))
    year = following.partial if following is not None else None
    dated = (
        (following.start, following.end)
        if following is not None
        and year is not None
        and year.kind == "date"
        and year.grain == Grain.YEAR
        and year.year is not None
        and year.anchor is None
        and year.mod is None
        and letter in _YEARS_IN
        else None
    )
    end = event_end(
        text,
        signal.end(),
        stops=() if following is None else (following.start,),
        dated=dated,
        fronted=_opens_sentence(text, candidate.start),
    )
    if end is None:
        return None
    sign = -1 if signal.group("word") == "before" else 1
    if year is not None and year.year is not None and following is not None and end == following.end:
        # (Years before the era count down: four years after 480 BC is 476 BC.)
        years = sign * int(amount) * _YEARS_IN[letter] * (-1 if year.bc else 1)
        return end, PartialTime(year=year.year + years, bc=year.bc, grain=Grain.YEAR, mod=partial.mod)
    shift = Shift(grain, sign * int(amount))
    return end, PartialTime(anchor="ref", shift=shift, grain=grain, mod=partial.mod)


def _later_years(candidates: Sequence[Candidate]) -> list[tuple[int, ...]]:
    """For each candidate, the next few different years later candidates state (BC negative)."""
    later: list[tuple[int, ...]] = [()] * len(candidates)
    following: tuple[int, ...] = ()
    for index in range(len(candidates) - 1, -1, -1):
        later[index] = following
        year = _stated_year(candidates[index])
        if year is not None and (not following or following[0] != year):
            following = (year, *following[:_ASIDE_LOOKAHEAD])
    return later


#: Between a count of years and the date of the event it counts from: "after the 2003 invasion",
#: "before the invasion of 2003" (a noun follows the date in the first form, see
#: :func:`_year_counted_from`).
_COUNT_TO_EVENT_YEAR = re.compile(
    r"\s+(?P<when>after|before)\s+(?P<the>the\s+)?(?P<noun>[^\W\d]+\s+(?:of|in)\s+)?\Z", re.IGNORECASE
)
_NOUN_AFTER_YEAR = re.compile(r"\s+[a-z]+")
#: Where a count of years dates a clause: at its head, or set off by a comma or dash ("Iraq is
#: divided, ten years after the 2003 invasion"); elsewhere it may be a length ("jailed for ten
#: years after the 2003 riots").
_COUNT_SET_OFF = re.compile(r"(?:\A|[.!?][\"'”’]?\s+|[,;–—]\s*|\n)\Z")
#: Years in a duration's unit letters ("DE": a decade).
_YEARS_IN = {"Y": 1, "DE": 10}


def _year_counted_from(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], index: int, text: str
) -> int | None:
    """The year a news report's count of years from an event it dates falls in ("Ten years after
    the 2003 invasion", "a decade before the election of 1997"); ``None`` for any other count, and
    for a count of months or days, which a year does not date."""
    partial = partials[index]
    if partial.kind != "duration" or len(partial.duration) != 1 or index + 1 >= len(candidates):
        return None
    amount, unit = partial.duration[0]
    if amount is None or not float(amount).is_integer() or unit not in _YEARS_IN:
        return None
    year, following = partials[index + 1], candidates[index + 1]
    # (Its date may be finer: "after the invasion of March 2003", "after the 9 May 2009 bombing".)
    if year.year is None or year.grain < Grain.YEAR or year.kind != "date" or year.bc or year.mod:
        return None
    start = candidates[index].start
    if _COUNT_SET_OFF.search(text, max(0, start - 3), start) is None:
        return None
    between = _COUNT_TO_EVENT_YEAR.fullmatch(text, candidates[index].end, following.start)
    if between is None or (between.group("noun") is None and not _NOUN_AFTER_YEAR.match(text, following.end)):
        return None
    if between.group("the") is None and not following.text.lower().startswith("the "):
        # ("Ten years after 2003 prices doubled": a year, not an event, is counted from.)
        return None
    sign = -1 if between.group("when").lower() == "before" else 1
    return year.year + sign * int(amount) * _YEARS_IN[unit]


#: A date the text tells a past event at ("began in March 2011", "on 4 May 2010"), not one a
#: state runs from ("since 1980", "dating to 1994") nor an event's name ("the 1988 bombing").
#: (... and "until": "The trial did not start until Sept. 15, 1997".)
_TOLD_AT = re.compile(r"\b(?:in|on|at|until|till)\s+\Z", re.IGNORECASE)
#: Words between a year and a relative clause that show the year is not its noun's adjective.
_NOT_A_NOUN = r"(?:and|or|but|the|a|an|in|on|of|to|for|with|at|by|from|as|when|while|after|before)\b"
#: Between a told date and the next, a second predicate of the same subject told in the past:
#: ", and released on", " and charged in", " and was freed on".
_JOINED_CLAUSE = re.compile(
    r",?\s+and\s+(?:(?:was|were|then|later)\s+)?[a-z]+ed\s+(?:[a-z]+\s+){0,2}?(?:in|on)\s+"
    # ... or a passive of the event the story comes to: "The talks began in June 2011, and a deal was
    # struck on Aug. 2".
    r"|,\s+and\s+(?:a|an|the)\s+[a-z]+\s+(?:was|were)\s+[a-z]+\s+(?:[a-z]+\s+){0,2}?(?:in|on)\s+"
    # ... or an apposition that says when in the year: "interviewed twice in 1987, once on Oct. 9".
    r"|,\s+(?:once|first|again|twice|including|notably|mostly)\s+(?:on|in)\s+"
    # ... or a "when" clause that tells of it: "The town flooded in 1993, when the river rose for
    # nine days in July".
    # ("the first strike since 1986, when a walkout crippled the region for much of the spring".)
    # ("Not since 1968, when Lyndon B. Johnson announced on March 31": a name's initial too.)
    r"|,\s+(?P<when>when)\s+(?:[\w.'’-]+\s+){1,8}?(?:in|on|(?<=much\s)of|during|through)\s+"
    # ... or a relative clause of the event the year names: "During the 1959 strike, which began on
    # July 15".
    # (The year's own noun: not "in 1987 and the company, which was founded in March".)
    # ... or of the year itself: "in fiscal 1997, which ended June 30".
    r"|(?:\s+(?:(?!" + _NOT_A_NOUN + r")[a-z-]+\s+){0,2}?(?!" + _NOT_A_NOUN + r")[a-z]+)?,\s+"
    r"(?P<which>which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:in|on)\s+|(?<=\bended\s)|(?<=\bbegan\s))",
    re.IGNORECASE,
)
#: Where a clause ends and another begins: ", and", ", but", ";".
_CLAUSE_BREAK_BETWEEN = re.compile(r",\s+(?:and|but|while|whereas)\b|;")


def _is_plain_year(partial: PartialTime) -> bool:
    """Whether the date is a calendar year the text states, of the common era ("2014"; not a fiscal
    year, nor "last year")."""
    return (
        partial.kind == "date"
        and partial.year is not None
        and partial.grain == Grain.YEAR
        and not partial.bc
        and not partial.fiscal
        and partial.anchor is None
        and partial.value is None
    )


#: A programme's plug before a clock: "Coming up at 8:30", "Join us at 10".
_PLUG_AT_BEFORE = re.compile(
    r"\b(?:coming\s+up|join\s+us|tune\s+in|stay\s+with\s+us)\s+at\s+\Z"
    # ... and what the broadcast promises: "We'll have another update at 6:30".
    r"|\bwe(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:have|bring\s+you)\b[^.;:!?]{0,60}\s+at\s+\Z"
    # ... and its next bulletin: "Next news update at 7:30".
    r"|\b(?:next|our)\s+(?:news\s+)?(?:update|report|bulletin|newscast)\s+(?:is\s+)?at\s+\Z",
    re.IGNORECASE,
)
#: ... and a part of the day the broadcast promises to stay on the air through: "We'll have more on
#: this story throughout the evening", "continuing coverage throughout the night".
_PLUG_THROUGHOUT_BEFORE = re.compile(
    r"(?:\bwe(?:'ll|’ll|\s+will)\s+(?:also\s+)?(?:have|bring\s+you|be\s+back|stay|keep)\b[^.;:!?]{0,60}"
    r"|\bcoverage)\s+(?:throughout|through|during|later\s+in)\s+\Z",
    re.IGNORECASE,
)
#: A plan told in the past tense: "was due", "were scheduled".
_WAS_DUE_BEFORE = re.compile(
    r"\b(?:was|were)\s+(?:due|scheduled|expected|supposed|set|slated)\b", re.IGNORECASE
)
#: A verb of saying before a clock time: "told reporters at", "said at".
_SAID_AT_CLOCK_BEFORE = re.compile(
    r"\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press)\s+at\s+\Z|\bsaid\s+at\s+\Z", re.IGNORECASE
)
#: The rule of "two years ago", "a decade later", and the years in a decade and a century.
_UNITS_AGO_RULE = "relative.units_ago"
_YEARS_IN_A_UNIT = {Grain.DECADE: 10, Grain.CENTURY: 100}
#: The rule of "a year earlier", which news counts from the DCT (or the period its figures are for).
_YEAR_BEFORE_RULE = "relative.year_ago"


#: The time or the day it is now, said: "It's 7:30 in the evening here", "it is now about 9 a.m.",
#: "Right now it's a little after noon", "It's Friday morning here in Jakarta".
_SAID_NOW_BEFORE = re.compile(
    r"\b(?:it['’]s|it\s+is)\s+(?:now\s+|already\s+)?(?:just\s+)?"
    # ("It's early Saturday morning here in Sydney".)
    r"(?:(?:a\s+little|shortly|just)\s+(?:after|before|past)\s+|(?:early|late)\s+)?\Z",
    re.IGNORECASE,
)


#: A broadcast's evening greeting: "Good evening".
_GOOD_EVENING = re.compile(r"\b[Gg]ood\s+evening\b")
#: A clock time said to be before noon: "12:20 a.m.", "2am".
#: The present or the future of a clause's verb: "is planned", "will open", "are due".
#: "will" (or "shall") in a clause before its expression.
_WRITERS_FUTURE = re.compile(r"\b(?:will|shall|is|are|am|has|have)\b|['’]ll\b", re.IGNORECASE)
#: A verb of saying in a sentence: "Officials said".
_SAID_IN_SENTENCE = re.compile(r"\b(?:said|says|say|told|announced|reported)\b", re.IGNORECASE)
#: A market's session after its part of the day: "in early afternoon trading".
_SESSION_AFTER = re.compile(r"\s+(?:trading|dealings|deals|session)\b", re.IGNORECASE)
#: A time of day past the morning: a clock from noon on, or an afternoon, an evening or a night.
_LATER_THAN_MORNING = re.compile(r"T(?:AF|EV|NI|1[2-9]|2[0-4])")
_SAID_A_M = re.compile(r"\ba\.?\s?m\b\.?", re.IGNORECASE)
#: A pluperfect verb: "had edged up", "had been arrested".
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ht|lt|ne|un)\b", re.IGNORECASE)


def _day_the_clocks_sentence_tells(
    points: Sequence[ReferencePoint], candidate: Candidate, previous: Candidate | None, text: str
) -> ReferencePoint | None:
    """The day told earlier in a clock's own sentence which the clock is on, though a day told so
    is background to the clocks of the sentences after it (see :func:`_anchor_for`): a day a
    pluperfect tells ("Police had cleared the square on Wednesday, moving in at 7 a.m."), or a day
    right before the clock ("Kerry said Friday the attack began on Aug. 21 at about 2:30 a.m.",
    which "about" keeps from being one expression)."""
    if not points or points[-1].start is None or points[-1].grain < Grain.DAY:
        return None
    last = points[-1]
    opens = sentence_bounds(text, candidate.start)[0]
    if last.start < opens:
        return None
    right_before = (
        previous is not None
        and previous.start == last.start
        and _AT_A_CLOCK_BETWEEN.fullmatch(text, previous.end, candidate.start) is not None
    )
    if not right_before:
        pluperfect = _PLUPERFECT_IN_CLAUSE.search(text, opens, last.start)
        if pluperfect is None or _WHO_OR_WHICH_BEFORE.search(
            text, max(opens, pluperfect.start() - 12), pluperfect.start()
        ):
            # (Not a relative clause's, closed before the clock's: "Morsi, who had been held since
            # his July 3 ouster, was flown to the academy shortly after 8 a.m.")
            return None
    # (Without the place it is named at, as a day retold is: the pluperfect's sentence is the
    # clock's own, no background to it.)
    return ReferencePoint(last.day, last.grain, last.label, bc=last.bc, stated=True)


def _past_a_background_day(
    points: Sequence[ReferencePoint], candidate: Candidate, context: DocumentContext
) -> Sequence[ReferencePoint]:
    """The points a report's clock time or part of a day without its day may take its day from:
    not a day a sentence before it told as background, when the report named its own day before
    that: a day told in the pluperfect, looking back ("Stocks fell Friday. On Thursday, the
    average had edged up. The selling began shortly after 2 p.m." is Friday's), unless the clock's
    sentence goes on in the pluperfect; or a day a year or more from the DCT ("Mandela died on
    Thursday. He was released on Feb. 11, 1990. Mourners gathered through the night."), unless
    the clock's sentence goes on with a pronoun ("He walked out of prison at 4:14 p.m.")."""
    if (
        points
        and context.dct is not None
        and points[-1].start is not None
        and points[-1].grain >= Grain.DAY
        and sentence_bounds(context.text, candidate.start)[0] > points[-1].start
        and _SOURCE_RELEASED_ON_BEFORE.search(context.text, max(0, points[-1].start - 100), points[-1].start)
    ):
        # "Inflation eased, according to a flash estimate released last Friday. The decision was
        # announced at noon": the day a source came out is no day the report goes on at.
        return points[:-1]
    if len(points) < 2 or context.dct is None:
        return points
    last = points[-1]
    if last.start is None:
        return points
    text = context.text
    told_in, told_end = sentence_bounds(text, last.start)
    # (The sentence's other days go with it: "The Heat won 27 straight games from Feb. 3 to March
    # 25. The game tipped off at 9:08 p.m." is the report's day, not March 25's.)
    first = len(points) - 1
    while first > 1 and points[first - 1].start is not None and points[first - 1].start >= told_in:
        first -= 1
    before = points[first - 1]
    if last.grain < Grain.DAY or before.grain < Grain.DAY or before.day <= last.day:
        return points
    opens = sentence_bounds(text, candidate.start)[0]
    if opens < told_end or abs(before.day - context.dct) > _NEWS_DAYS or last.bc:
        return points
    pluperfect = _PLUPERFECT.search(text, told_in, told_end) and not _PLUPERFECT.search(
        text, opens, candidate.start
    )
    part = _WEEKDAY_PART_AT.match(text, last.start)
    if (
        part is not None
        # (In its paragraph, told as the story's own: not "The blast came hours after a hydrogen
        # explosion on Monday morning.\n\nKan told the nation at 11:00 am", the report's day.)
        and "\n\n" not in text[last.start : candidate.start]
        and not _AFTER_WORD.search(text, told_in, last.start)
        and candidate.partial.hour is not None
        and candidate.partial.hour in _CLOCK_HOURS_OF_PART[en.PARTS_OF_DAY[part.group("part").lower()]]
    ):
        # ("Musharraf spoke shortly before 3 a.m. Friday. The takeover began on Tuesday afternoon.
        # Troops seized the building at about 5 p.m.": a clock within the part of the day just
        # told is of that day.)
        return points
    far = (
        context.dct - last.day > _BACKGROUND_DAY
        # (... or a day told in a sentence of its own days before the report's clock: "The truce took
        # effect at 9 p.m. Israel launched the offensive on Nov. 14. Sirens still sounded as late as
        # 9:30 p.m.")
        or (
            before.start is not None
            and _CLOCK_OPENS.match(text, before.start) is not None
            and before.day - last.day > _DAYS_BEFORE_A_CLOCK
        )
        # (... or a week and more before the report's own day, which it told first: "The
        # pope left the Vatican on Thursday afternoon. He announced his decision on Feb. 11. At 8
        # p.m., Swiss Guards closed the gates".)
        or (
            before.start is not None
            and before.day >= context.dct - _DAYS_BEFORE_A_CLOCK
            and before.day - last.day > _WEEK
            # (Not a wire's dateline, the day it was filed: "BEIJING, October 9 (Xinhua) -- A
            # powerful earthquake struck Taiwan on September 21. The quake hit at 1:47 a.m.")
            and not _is_dateline(context, before)
        )
    ) and not _PRONOUN_OPENING.match(text, opens)
    shift = candidate.partial.shift
    if (
        far
        and not pluperfect
        and candidate.partial.anchor == "ref"
        and shift is not None
        and shift.amount > 0
    ):
        # "The Star left St. Paul at 9:30 p.m. on Monday, Jan. 10, 1949. The storm caught it the
        # next evening": a count on from the day just told goes on from it, however old.
        return points
    if _POINTING_BACK.match(text, last.start) or _POINTING_BACK.match(candidate.text):
        # ("The rescue ended shortly before 5 pm. The building collapsed on April 24. Managers
        # ordered workers back inside that morning": "that" points at the day just told, as "the
        # next" counts from it.)
        # "as he left it on the night of June 14, 1995. Today ... That night had started
        # ordinarily. Daniel finished his shift at 10 p.m.": a day the text has gone back to by a
        # word that points at it is where its story now is.
        return points
    # ("The deal follows a summit on Sunday that ended without agreement. Sarkozy announced it at
    # 4:30 a.m.", "The blast came hours after a hydrogen explosion on Monday morning": a day an
    # event the report's comes after is background.)
    follows = _COMES_AFTER.search(text, told_in, last.start) is not None
    return points[:first] if pluperfect or far or follows else points


#: A source cited, up to the day it came out: "according to a flash estimate released ".
_SOURCE_RELEASED_ON_BEFORE = re.compile(
    r"\b(?:according\s+to|citing|based\s+on)\b[^.;:!?]{0,60}?\b(?:released|published|issued|posted)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: What an event comes after, before the earlier event's day in its sentence: "follows a summit on".
_COMES_AFTER = re.compile(
    r"\b(?:follows|followed|comes\s+after|came\s+after|(?:hours|days|a\s+day)\s+after)\b", re.IGNORECASE
)
#: A look ahead past the story's time, before a count forward: "went on to reach the finals",
#: "would later become".
_FLASH_FORWARD_BEFORE = re.compile(
    r"\b(?:went|go|goes|would\s+go)\s+on\s+to\b|\bwould\s+later\b"
    # ... and a wounded man's death, told ahead in a clause of its own: "Bagration was mortally
    # wounded at around 10 a.m.; he died 17 days later. By noon ...".
    r"|(?:;|,\s+and)\s+(?:he|she)\s+died\s+(?:of\s+(?:his|her|the)\s+wounds\s+)?\Z"
    # ... and what a relative clause set off by a comma tells of its noun ahead: "announced a
    # naval quarantine of Cuba, which came into force two days later. In Moscow, the Presidium met
    # that night".
    r"|,\s+which\s+(?:[\w'’-]+\s+){1,5}\Z",
    re.IGNORECASE,
)
#: "since" as a word.
_SINCE_WORD = re.compile(r"\bsince\b", re.IGNORECASE)
#: A clock time written at a place: "9 p.m.", "10:15 a.m.", "noon".
_CLOCK_OPENS = re.compile(
    r"[0-9]{1,2}(?:[:.][0-9]{2})?\s?(?:[ap]\.?m\b|o['’]clock)|noon\b|midnight\b", re.IGNORECASE
)
#: How many days before the day of a report's clock time a day told after it is background.
_DAYS_BEFORE_A_CLOCK = dt.timedelta(days=2)
#: A weekday's part of the day at a point's start: "Tuesday afternoon".
_WEEKDAY_PART_AT = re.compile(
    r"(?:late\s+|early\s+)?(?:on\s+)?(?-i:[A-Z][a-z]+day)\s+(?P<part>morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
#: The hours of the clock (0-23) each part of the day holds (not :data:`_HOURS_OF_PART`, the
#: bare hours a part reads as the afternoon's).
_CLOCK_HOURS_OF_PART: dict[str, range] = {
    "MO": range(5, 12),
    "AF": range(12, 19),
    "EV": range(17, 24),
    "NI": range(19, 24),
}
#: A determiner that points back at a time the text has told: "That night", "the next morning".
_POINTING_BACK = re.compile(r"(?:that|the\s+(?:same|next|following))\s", re.IGNORECASE)


def _past_an_after_clause_day(
    points: Sequence[ReferencePoint], candidate: Candidate, text: str
) -> Sequence[ReferencePoint]:
    """The points a report's clock time or part of a day without its day may take its day from:
    not a day the sentence just before it told in a clause of what came before its news ("The
    government shut down on Tuesday after talks collapsed late Monday. Agencies sent workers home
    by midday.", "Stocks soared yesterday after falling on Wednesday. By 9:45 a.m. ..."), but its
    news's. (Further on, the story may have gone back to what came before: a rover's landing
    night, told paragraphs after "sent back pictures on Tuesday, a day after it landed".)"""
    if len(points) < 2:
        return points
    last, before = points[-1], points[-2]
    if (
        last.start is None
        or before.start is None
        or last.grain < Grain.DAY
        or before.grain < Grain.DAY
        or before.day <= last.day
    ):
        return points
    told_in, told_end = sentence_bounds(text, last.start)
    opens = sentence_bounds(text, candidate.start)[0]
    if (
        told_in > before.start
        or opens < told_end
        or "\n" in text[told_end:opens]
        or text[told_end:opens].strip()
        or _AFTER_CLAUSE.search(text, before.start, last.start) is None
    ):
        return points
    return points[:-1]


#: "after" and a clause, between a report's day and the day of what came before it.
_AFTER_CLAUSE = re.compile(
    r"\b(?:after|following)\s+(?:[a-z]+ing\b|(?:[\w'’-]+\s+){1,3}?(?:[a-z]+ed|fell|rose|broke)\b)"
)
#: A sentence that goes on about the one before it, from its subject: "He walked out at 4:14 p.m."
#: (Not a possessive: "His lawyer spoke to reporters after midnight" is of the report's day.)
_PRONOUN_OPENING = re.compile(
    r"\s*(?:He|She|They|It)\b"
    # ... or after the clock it opens with: "She left her job on June 3, 2016. At 7:15 p.m. she
    # bought groceries."
    r"|\s*(?:At|By|Around|About|Shortly\s+(?:after|before)|Just\s+(?:after|before))\s+[0-9:.]+"
    r"(?:\s*(?:a\.m\.|p\.m\.|am|pm))?,?\s+(?:he|she|they|it)\b"
)


#: A fiscal year named and the clause of its end, up to the day: "fiscal 1989, which ended ".
_FISCAL_YEAR_ENDED_BEFORE = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?P<year>[0-9]{4}),?\s+(?:which|that)\s+ended\s+(?:on\s+)?\Z", re.IGNORECASE
)
#: An estimate or a reading of figures, up to the quarter they are of: "a final estimate of ",
#: "the government's second reading on ".
_FIGURES_OF_A_QUARTER = re.compile(
    r".*\b(?:estimates?|readings?|revisions?|figures|data|report)\s+(?:of|on|for)\s+(?:the\s+)?",
    re.IGNORECASE | re.DOTALL,
)
#: A figure a quarter is the adjective of, after it: " economic growth", " GDP".
_QUARTER_FIGURE_AFTER = re.compile(
    r"\s+(?:(?:economic|gross\s+domestic)\s+)?(?:growth|GDP|output|product|earnings|profits?|results|sales)\b",
    re.IGNORECASE,
)


def _as_the_report_tells(
    candidate: Candidate,
    partial: PartialTime,
    tense: Tense | None,
    timexes: Sequence[Timex],
    context: DocumentContext,
) -> PartialTime:
    """A news report's expression as its own sentence and the one before read it: the time or the
    day it is where the reporter speaks, a futures contract's month, what is gone by whatever the
    clause's tense, and a year, a month or a period just named."""
    text = context.text
    said_now = _SAID_NOW_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None
    if (
        partial.weekday is not None
        and partial.day is None
        and partial.anchor is None
        and partial.direction is None
        and (
            (
                _FORECAST_LINE_AFTER.match(text, candidate.end)
                and _LINE_OPENS_BEFORE.search(text, max(0, candidate.start - 4), candidate.start)
            )
            # ... or its sentences: "Saturday looks gray with a chance of flurries, and Sunday
            # brings rain".
            or _FORECAST_VERB_AFTER.match(text, candidate.end)
        )
    ):
        # "Saturday, a high of 87; Sunday, scattered thunderstorms": a forecast's days, to come.
        partial = partial.but(direction="future")
    if (
        partial.holiday_name is not None
        and partial.year is None
        and partial.direction is None
        and partial.offset is None
        and _HOLIDAY_RUSH_AFTER.match(text, candidate.end)
    ):
        # "Labor Day travelers were told to keep an eye on the storm", "China's Spring Festival
        # travel rush kicked off on Sunday": the rush of the feast at hand, whatever the tense.
        partial = partial.but(direction="nearest")
    if (
        partial.day is not None
        and partial.month is not None
        and partial.year is None
        and partial.anchor is None
        and (
            fiscal_year := _FISCAL_YEAR_ENDED_BEFORE.search(
                text, max(0, candidate.start - 40), candidate.start
            )
        )
    ):
        # "For fiscal 1989, which ended June 30, the company earned $2 million": the day that
        # fiscal year ended, in the year that names it.
        partial = partial.but(year=int(fiscal_year.group("year")), direction=None)
    if (
        tense == "future"
        and partial.quarter is not None
        and partial.year is None
        and partial.anchor is None
        and partial.direction is None
        and _FIGURES_OF_A_QUARTER.fullmatch(text, max(0, candidate.start - 40), candidate.start)
        and _QUARTER_FIGURE_AFTER.match(text, candidate.end)
    ):
        # "Investors will get a final estimate of first-quarter economic growth on Wednesday",
        # written in June: what is still to come is the estimate, of a quarter gone by.
        partial = partial.but(direction="nearest")
    if partial.weekend and partial.direction is None and _FORECAST_VERB_AFTER.match(text, candidate.end):
        # "The weekend looks dry and milder": a forecast's weekend, to come.
        partial = partial.but(direction="future")
    if (
        partial.weekend
        and partial.direction is None
        and _PLANNED_FOR_BEFORE.search(text, max(0, candidate.start - 24), candidate.start)
    ):
        # "More rallies were planned for the weekend": a plan's weekend, the coming one.
        partial = partial.but(direction="future")
    if (
        tense == "present"
        and partial.weekday is not None
        and partial.day is None
        and partial.anchor is None
        and partial.direction is None
        and _UNTIL_DAY_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)
    ):
        # "Schools are closed through Monday", "are now on their own until at least Wednesday":
        # a state that lasts until a day still to come.
        partial = partial.but(direction="future")
    if (
        tense == "past"
        and context.dct is not None
        and partial.kind == "date"
        and partial.season is not None
        and partial.year is None
        and partial.anchor is None
        and partial.direction is None
        and _SEASON_ADVERBIAL_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
    ):
        season_year, season = season_of(context.dct)
        if (
            season == partial.season
            and (context.dct - season_bounds(season_year, season)[0]).days < _DAYS_IN_A_FORTNIGHT
            # (Not every year's: "has updated the phone once a year since, typically in the fall".)
            and not _told_as_habit(text, candidate, partial)
        ):
            # "a drought in the summer cut output", written on 4 June: a season a past clause
            # tells of is not one only days old, but last year's.
            partial = partial.but(year=season_year - 1)
    if said_now and partial.is_bare_clock:
        # "The sub sank on Saturday. It's 7:30 in the evening here.": the time it is as the
        # report speaks, on the day of writing.
        partial = partial.but(anchor="dct")
        if (
            partial.hour is not None
            and 1 <= partial.hour <= 11
            and not _HALF_OF_DAY_SAID.search(candidate.text)
            and _GOOD_EVENING.search(text, max(0, candidate.start - 200), candidate.start)
        ):
            # "Good evening. It is just after 9 o'clock on the East Coast": the evening's hour.
            partial = partial.but(hour=partial.hour + 12)
    if said_now and partial.weekday is not None and partial.day is None and partial.anchor is None:
        # "It's Friday morning here in Jakarta", said on a Thursday: the day it is where the
        # reporter speaks, the DCT's or the one on either side of it.
        partial = partial.but(direction="nearest")
    if (
        partial.month is not None
        and partial.day is not None
        and partial.year is None
        and partial.weekday is None
        and partial.anchor is None
        and partial.direction is None
        and _FIRST_PLAN_BEFORE.search(text, max(0, candidate.start - 48), candidate.start)
    ):
        # "The hearing, originally set for March 4, has been moved to April 22", written on March
        # 14: a first plan, overtaken, is as likely gone by as still to come, and the nearer day.
        partial = partial.but(direction="nearest")
    if (
        partial.month is not None
        and partial.day is None
        and partial.year is None
        and partial.anchor is None
        and _CONTRACT_MONTH_AFTER.match(text, candidate.end)
    ):
        # "The September Standard & Poor's 500 contract rose", written in July: a futures
        # contract is named for the month it falls due in, the next of its name.
        partial = partial.but(direction="future")
    bare_month = (
        partial.month is not None and partial.day is None and partial.year is None and partial.anchor is None
    )
    statistic = _STATISTIC_MONTH_AFTER.match(text, candidate.end) if bare_month else None
    if (
        statistic is not None
        and (
            statistic.group("report") is not None
            or _REPORT_ON_BEFORE.search(text, max(0, candidate.start - 30), candidate.start) is not None
        )
    ) or (
        bare_month
        and partial.season is None
        and _STATISTIC_FOR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None
    ):
        # "will release its report on August employment on Friday", "the September jobs report",
        # "will report on consumer credit for February": a month's figures are out after the
        # month, whatever the clause's tense: the last month of its name (not a forecast: "expect
        # December sales to rise").
        partial = partial.but(direction="past")
    elif (
        partial.quarter is not None
        and partial.year is None
        and partial.anchor is None
        and _FIGURES_FOR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start) is not None
    ):
        # "will release its revised estimate of growth for the April-June period tomorrow": so
        # too a quarter's.
        partial = partial.but(direction="past")
    if _gone_by_as_said(candidate, partial, text):
        # "will press Congress after the December 14 shooting", "to fall to 7.1 percent by the
        # end of the year, from 7.3 percent in August": an event or a figure the report looks back
        # on, whatever the clause's tense.
        partial = partial.but(direction="past")
    decade_named = _period_of_year_named(candidate, partial, timexes, text)
    if decade_named is not None:
        # "In 1961, Kennedy gave us until the end of the decade": the decade (or the century) of
        # the year the sentence has named, not the DCT's.
        partial = decade_named
    year_named = _year_named_for_period(candidate, partial, timexes, text)
    if year_named is not None:
        # "Profit will return in 1991, probably in the third quarter", "rose in 1988, mostly in
        # the summer": a part of the year the sentence has just named.
        partial = partial.but(year=year_named)
    if tense == "future" and year_named is None:
        year_ahead = _future_year_named_before(candidate, partial, timexes, context) or _next_year_framing(
            candidate, partial, timexes, context
        )
        if year_ahead is not None:
            # "The Cup will be held in Qatar in 2022, and the final will be played in November":
            # a part of the year to come that the sentence has named, not of the DCT's.
            partial = partial.but(year=year_ahead)
    year_reported = _year_just_reported(candidate, partial, timexes, context) if tense != "future" else None
    if (
        year_reported is None
        and tense == "past"
        and context.dct is not None
        and candidate.rule == _REPORTED_YEAR_RULE
        and candidate.text.lower() == "the year"
        and partial.anchor == "dct"
        and partial.mod is None
        and context.dct.timetuple().tm_yday <= _DAYS_OF_A_YEAR_UNTOLD
    ):
        # "Revenue for the year was $16.96 billion", written in January: the year just ended,
        # not one a few days old.
        year_reported = context.dct.year - 1
    if year_reported is not None:
        # "The company posted a loss for 1989. Revenue for the year rose 12%.": the year the
        # report has just named.
        partial = PartialTime(year=year_reported, grain=Grain.YEAR)
    month_before = _month_of_what_came_before(candidate, partial, timexes, text)
    if month_before is not None:
        # "is scheduled to be sentenced March 19 after pleading guilty in December": what came
        # before the day told, the December before it.
        partial = partial.but(year=month_before)
    month_named = _month_named_for_day(candidate, partial, timexes, text)
    if month_named is not None:
        # "will take up the case in January, after Congress is sworn in on the 6th": a day of the
        # month the sentence has just named, not of the DCT's.
        partial = partial.but(year=month_named[0], month=month_named[1])
    if (
        partial.holiday_name is not None
        and partial.year is None
        and partial.direction is None
        and _FALLS_ON_A_WEEKDAY_AFTER.match(text, candidate.end)
    ):
        # "announced a cease-fire to mark Orthodox Easter, which falls on Sunday": the feast of the
        # week the weekday is in, whatever the clause's tense.
        partial = partial.but(direction="nearest")
    planned_then = _year_planned_then(candidate, partial, tense, timexes, context)
    if planned_then is not None:
        # "At a hearing in January, the judge moved the trial to June 14", written in September:
        # what a past day of the sentence set to come is the first such day after it.
        partial = partial.but(year=planned_then)
    return partial


def _year_planned_then(
    candidate: Candidate,
    partial: PartialTime,
    tense: Tense | None,
    timexes: Sequence[Timex],
    context: DocumentContext,
) -> int | None:
    """The year of a month (or a day of one) that a plan told in the past set to come, after a
    month or a day its sentence dates more than a month before the DCT ("In January, the board
    voted to hold the election on March 1", written in September: 1 March after that January);
    ``None`` else (and where a present or a "will" between looks ahead from the DCT: "Sales fell
    in January and will rebound in March")."""
    if (
        tense != "future"
        or context.dct is None
        or partial.kind != "date"
        or partial.month is None
        or partial.year is not None
        or partial.weekday is not None
        or partial.anchor is not None
        or partial.direction is not None
        or partial.fiscal
        or not timexes
    ):
        return None
    then = timexes[-1]
    found = _MONTH_OR_DAY_VALUE.fullmatch(then.value)
    if (
        found is None
        or then.type != "DATE"
        or then.start < sentence_bounds(context.text, candidate.start)[0]
        or _LOOKS_AHEAD_FROM_NOW.search(context.text, then.end, candidate.start)
        # (Nor the start of a state that holds now: "Stocks have risen since November 2011, and
        # Bernanke's term expires in January".)
        or _SINCE_BEFORE.search(context.text, max(0, then.start - 14), then.start)
        # (Nor a relative clause's, closed before the plan: "Aubert, who took over in January
        # 2008, said the company would hold its analyst meeting on Sept. 16".)
        or (
            _RELATIVE_ASIDE_OPEN.search(context.text, max(0, then.start - 60), then.start) is not None
            and "," in context.text[then.end : candidate.start]
        )
    ):
        return None
    told = dt.date(int(found[1]), int(found[2]), int(found[3] or 1))
    if (context.dct - told).days <= _NEWS_MONTH_DAYS:
        return None
    year = told.year
    if (partial.month, partial.day or 31) <= (told.month, told.day if found[3] else 31):
        year += 1
    return year


#: A relative clause set off by a comma, open up to a date: ", who took over in ".
_RELATIVE_ASIDE_OPEN = re.compile(r",\s+(?:who|which)\b[^,;.!?]*\Z")
#: ", which falls on Sunday": the weekday a feast falls on this time.
_FALLS_ON_A_WEEKDAY_AFTER = re.compile(
    r",?\s+(?:which|that)\s+(?:falls|fell|is)\s+(?:on\s+|this\s+)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
#: A present or a "will" between a past day and a month set to come: the clause looks ahead from
#: the DCT ("Sales fell in January and will rebound in March").
_LOOKS_AHEAD_FROM_NOW = re.compile(
    # ("agreed last December to plead guilty, and Milken faces a trial scheduled to begin in March".)
    r"\b(?:will|shall|won['’]t|is|are|am|has|have|faces?|awaits?|expects?|plans?|hopes?|intends?|remains?)\b|['’]ll\b",
    re.IGNORECASE,
)


def _month_of_what_came_before(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], text: str
) -> int | None:
    """The year of a month without one that an "after" clause tells, after a day its sentence
    has dated ("to be sentenced March 19 after pleading guilty in December"): the month is the
    last of its name before that day; ``None`` else."""
    if (
        partial.kind != "date"
        or partial.month is None
        or partial.year is not None
        or partial.day is not None
        or partial.anchor is not None
        or not timexes
    ):
        return None
    previous = timexes[-1]
    told = _MONTH_OR_DAY_VALUE.fullmatch(previous.value)
    if (
        told is None
        or told.group(3) is None
        or previous.type != "DATE"
        or previous.end > candidate.start
        or previous.start < sentence_bounds(text, candidate.start)[0]
        or not _AFTER_DOING_BETWEEN.fullmatch(text, previous.end, candidate.start)
    ):
        return None
    year, month = int(told.group(1)), int(told.group(2))
    return year if partial.month <= month else year - 1


#: An "after" clause between a day and a month: " after pleading guilty to a lesser charge in ".
_AFTER_DOING_BETWEEN = re.compile(
    r",?\s+after\s+(?:[a-z]+ing|being\s+[a-z]+ed)\b[^.;:!?,]{0,60}\s(?:in|since)\s+", re.IGNORECASE
)


#: The small hours end before this hour.
_SMALL_HOURS_END = 5


def _next_day_of(resolution: Resolution) -> Resolution:
    """A clock time's resolution moved to the next day ("1999-12-31T02:00" to "2000-01-01T02:00")."""
    day = _DAY_VALUE.match(resolution.value)
    if day is None:
        return resolution
    try:
        following = dt.date.fromisoformat(day.group(0)) + _ONE_DAY
    except (ValueError, OverflowError):
        return resolution
    point = resolution.point
    if point is not None and point.day < dt.date.max:
        point = replace(point, day=point.day + _ONE_DAY)
    return replace(resolution, value=following.isoformat() + resolution.value[day.end() :], point=point)


#: A plan's day after it, its own verb not the pluperfect's: "were planned for ".
_PLANNED_FOR_BEFORE = re.compile(
    r"(?<!\bhad\sbeen\s)\b(?:planned|scheduled|slated|set)\s+for\s+\Z", re.IGNORECASE
)
#: The preposition of a season a clause's event is in: "in the summer", "during winter".
_SEASON_ADVERBIAL_BEFORE = re.compile(r"\b(?:in|during|over|through|throughout)\s+\Z", re.IGNORECASE)
#: "until" or "through" before a day: "closed through Monday", "until at least Wednesday".
_UNTIL_DAY_BEFORE = re.compile(r"\b(?:until|till|through|thru)\s+(?:at\s+least\s+)?\Z", re.IGNORECASE)
#: An event a date names as a noun's adjective, which has happened: "the December 14 shooting".
_PAST_EVENT_AFTER = re.compile(
    r"\s+(?:shootings?|attacks?|bombings?|massacre|killings?|murders?|assassination|coup|uprising|riots?|"
    r"quake|earthquake|tsunami|crash|explosion|blast|disaster|floods?|fire|derailment|collapse|raid)\b",
    re.IGNORECASE,
)
_ARTICLE_BEFORE_DATE = re.compile(r"\b(?:the|last|this\s+past)\s+\Z", re.IGNORECASE)
#: A figure something moved from, and the time it stood there: "from 7.3 percent in August".
_FIGURE_FROM_BEFORE = re.compile(_FROM_FIGURE + r"(?:in|on)\s+\Z", re.IGNORECASE)


#: A month's economic figures after its name: "August employment", "the September jobs report",
#: "October retail sales".
#: The figures an agency reports for a month.
_STATISTICS = r"employment|unemployment|jobs|payrolls|inflation|output|production|exports|imports|trade"
_STATISTIC_MONTH_AFTER = re.compile(
    rf"\s+(?:{_STATISTICS}|(?:retail\s+|home\s+|car\s+|auto\s+)?sales|consumer\s+prices|producer\s+prices|"
    r"industrial\s+production|housing\s+starts|factory\s+orders|durable[\s-]+goods|(?:business\s+)?inventories"
    r"|personal\s+income|consumer\s+spending|construction\s+spending)\b"
    r"(?P<report>\s+(?:report|figures|data|numbers|statistics))?",
    re.IGNORECASE,
)
#: A weather forecast's line after its day: "Friday, sunny and 72", "Sunday, scattered storms".
_FORECAST_LINE_AFTER = re.compile(
    # ("Monday, Labor Day, partly cloudy and 81": the day's name between.)
    r"(?:\s+(?:night|morning|afternoon|evening))?(?:,\s+(?-i:[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2}))?"
    r",\s+(?:mostly\s+|partly\s+)?(?:sunny|cloudy|clear|fair|dry|wet|"
    r"windy|breezy|cooler|warmer|hotter|colder|mild|a\s+high|highs?|a\s+low|lows?|scattered|isolated|showers|rain|"
    r"snow|sleet|thunderstorms|a\s+(?:slight\s+)?chance|(?:a\s+few\s+|more\s+|some\s+)(?:more\s+)?clouds|clouds)\b",
    re.IGNORECASE,
)
#: ... and a forecast's verb after a day that is its subject: "Saturday looks gray with a chance
#: of flurries", "Sunday brings rain", "Friday turns colder".
_FORECAST_VERB_AFTER = re.compile(
    r"(?:\s+(?:night|morning|afternoon|evening))?\s+(?:looks|brings|turns|stays|starts\s+out|should\s+be|will\s+be|"
    r"will\s+bring|will\s+turn|will\s+see)\s+(?:[\w-]+\s+){0,6}?(?:sunny|cloudy|gray|grey|rain|rainy|showers|snow|"
    r"snowy|flurries|storms|stormy|thunderstorms|windy|dry|wet|warmer|cooler|colder|hotter|mild|clear|fair|"
    r"humid|drizzle|sleet|highs?|lows?)\b",
    re.IGNORECASE,
)
#: ... which opens its sentence or clause.
_LINE_OPENS_BEFORE = re.compile(r"(?:\A|[.;:!?]\s+|\n\s*)\Z")
#: ... and before it, with "for": "The Fed will report on consumer credit for February".
_STATISTIC_FOR_BEFORE = re.compile(
    rf"\b(?:{_STATISTICS}|sales|prices|starts|orders|credit|figures|data|numbers|statistics|gap|deficit|surplus)"
    r"\s+for\s+\Z",
    re.IGNORECASE,
)
#: ... and figures for a quarter: "will release figures for", "its estimate of growth for".
_FIGURES_FOR_BEFORE = re.compile(
    r"\b(?:figures|data|numbers|statistics|estimates?(?:\s+of\s+[a-z]+)?|report)\s+(?:on\s+[a-z]+\s+)?for\s+\Z",
    re.IGNORECASE,
)
_REPORT_ON_BEFORE = re.compile(
    r"\b(?:(?:report|reports|figures|data|numbers|statistics)\s+(?:on|for)"
    # ... or what a department puts out: "will issue May housing starts on Monday".
    r"|issues?|issued|releases?|released|publish(?:es|ed)?)\s+(?:the\s+|its\s+)?\Z",
    re.IGNORECASE,
)
#: A futures contract after its month: "September Standard & Poor's 500 contract", "December
#: crude futures".
_CONTRACT_MONTH_AFTER = re.compile(
    r"(?:\s+(?:(?-i:[A-Z])[\w&'’.-]*|[0-9]+|&|crude|oil|gold|silver|copper|wheat|corn|soybeans?|cotton|"
    r"sugar|coffee|cocoa|cattle|hogs?|gas|heating|bond|index|stock|rate|delivery)){0,4}?"
    r"\s+(?:contracts?|futures|options)\b"
)


def _gone_by_as_said(candidate: Candidate, partial: PartialTime, text: str) -> bool:
    """Whether a month or a day of a month without its year names what has happened, whatever its
    clause's tense: an event it is the adjective of ("after the December 14 shooting"), or a
    figure something has moved from ("from 7.3 percent in August"), or a day a payment goes back
    to ("retroactive to Sept. 1")."""
    if (
        partial.kind != "date"
        or partial.month is None
        or partial.year is not None
        or partial.anchor is not None
        or partial.direction is not None
    ):
        return False
    low = max(0, candidate.start - 40)
    return bool(
        (
            _ARTICLE_BEFORE_DATE.search(text, low, candidate.start)
            and _PAST_EVENT_AFTER.match(text, candidate.end)
        )
        or _FIGURE_FROM_BEFORE.search(text, low, candidate.start)
        # ("Payments would be retroactive to Sept. 1": back to a day gone by.)
        or _RETROACTIVE_BEFORE.search(text, low, candidate.start)
        or _AS_RECENTLY_AS_BEFORE.search(text, low, candidate.start)
        # ("would fall short of the 10 percent target set by the government in March": what a
        # participle tells was done.)
        or _SET_BY_BEFORE.search(text, max(0, candidate.start - 50), candidate.start)
    )


_RETROACTIVE_BEFORE = re.compile(r"\bretroactive(?:ly)?\s+to\s+\Z", re.IGNORECASE)
#: A time as recent as one gone by: "received bonuses as recently as December".
_AS_RECENTLY_AS_BEFORE = re.compile(r"\bas\s+recently\s+as\s+\Z", re.IGNORECASE)
#: A participle of what was decided, its agent, before the month it was done in: "the target set
#: by the government in ".
_SET_BY_BEFORE = re.compile(
    # (A participle after its noun, not a passive verb: "The bill will be signed by the president in
    # July" is still to come.)
    r"\b(?:the|a|an|its|their)\s+"
    r"(?:(?!(?:will|would|shall|be|been|being|is|are|was|were|to|has|have|had|could|may|might|must)\b)[\w%-]+\s+){1,3}"
    r"(?:set|fixed|adopted|approved|announced|agreed|signed"
    r"|passed)\s+by\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+in\s+\Z",
    re.IGNORECASE,
)


#: What joins a year to a part of it the sentence goes on to: ", probably in", "but not before".
_PART_OF_YEAR_JOIN = re.compile(
    r",?\s+(?:(?:\w+ly|but|and|not|or|even|with|perhaps|maybe)\s+){0,3}(?:in|during|by|before|after|until)\s+"
    # ... and a figure of the year's that the sentence goes on to: "lost $1.98 billion last year,
    # including a $2.1 billion charge in the third quarter", "earned $3 billion in 1990, with
    # record profits in the second half".
    r"|,\s+(?:including|with)\s+(?:a|an|the|its|their|record|[$£€]?[0-9])(?:[^.;:!?,()\n]|(?<=[0-9])[.,](?=[0-9])){0,50}?"
    r"\s(?:in|during)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _period_of_year_named(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], text: str
) -> PartialTime | None:
    """ "the decade", "the century" after a year its sentence named: that year's, if so."""
    if (
        partial.anchor != "dct"
        or partial.shift is None
        or partial.shift.amount != 0
        or partial.shift.unit not in (Grain.DECADE, Grain.CENTURY)
        or not candidate.text.lower().endswith(("the decade", "the century"))
        or not timexes
    ):
        return None
    previous = timexes[-1]
    if (
        not re.fullmatch(r"[0-9]{4}", previous.value)
        or previous.start < sentence_bounds(text, candidate.start)[0]
    ):
        return None
    year = int(previous.value)
    if partial.shift.unit == Grain.DECADE:
        return partial.but(anchor=None, shift=None, decade=year // 10)
    return partial.but(anchor=None, shift=None, century=year // 100)


def _year_named_for_period(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], text: str
) -> int | None:
    """The year a report's sentence has just named before a quarter, a half or a season without
    its year ("in 1991, probably in the third quarter"), if it has; ``None`` else."""
    month = partial.month is not None and partial.weekday is None
    if (
        partial.kind != "date"
        or (partial.quarter is None and partial.half is None and partial.season is None and not month)
        or partial.year is not None
        or partial.anchor is not None
        or partial.fiscal
        or not timexes
    ):
        return None
    previous = timexes[-1]
    year_noun = timexes[-2] if previous.type == "DURATION" and len(timexes) > 1 else previous
    if (
        month
        and partial.day is None
        and re.fullmatch(r"[0-9]{4}", year_noun.value)
        and _EVENT_OF_THE_YEARS_NOUN_BEFORE.fullmatch(text, year_noun.end, candidate.start)
        and _NOUN_OF_THE_DAY_AFTER.match(text, candidate.end)
    ):
        # "accompanied the 1987 budget agreement, reached a month after the October stock market
        # crash": an event the year's event is told against, of that year.
        return int(year_noun.value)
    if not re.fullmatch(r"[0-9]{4}", previous.value) or previous.end > candidate.start:
        return None
    if _COMPARED_BASE.fullmatch(previous.text) and _COMPARED_BASE_BEFORE.search(
        text, max(0, previous.start - 12), previous.start
    ):
        # ("Exports rose 5 percent from a year ago in October": the year a figure is compared
        # with, not the year of the month reported.)
        return None
    if month and (
        previous.text.lower().startswith("the ")
        or _STATISTIC_FOR_BEFORE.search(text, max(0, previous.start - 40), previous.start)
    ):
        # ("will decide on a dividend for the full year in early February", "will publish the
        # final trade figures for 1999 in mid-January": the year of the figures, not of the month
        # the decision or the release is in.)
        return None
    if _RANGE_OF_YEARS_BEFORE.search(text, max(0, previous.start - 12), previous.start):
        # ("hoped the bloc would agree on its budget for 2014 to 2020 before the summer": the end
        # of a span of years, no year the sentence is in.)
        return None
    join = _MONTH_OF_YEAR_JOIN if month else _PART_OF_YEAR_JOIN
    if text.startswith(",", previous.end) and _RELATIVE_ASIDE_BEFORE.search(
        text, max(0, previous.start - 80), previous.start
    ):
        # ("will succeed Bloomberg, who took office in 2002, on Jan. 1": the year of a relative
        # clause the comma closes, not the main clause's.)
        return None
    if not join.fullmatch(text, previous.end, candidate.start) and not (
        month
        and partial.day is None
        and _IN_BEFORE_YEAR.search(text, max(0, previous.start - 4), previous.start)
        and _YEAR_OPENS_CLAUSE.match(text, previous.end)
        and _MONTH_IN_YEARS_CLAUSE.fullmatch(text, previous.end, candidate.start)
        and not _AHEAD_BETWEEN.search(text, previous.end, candidate.start)
    ):
        return None
    return int(previous.value)


#: After a year as a noun's adjective, its event and the event it came after or before, up to
#: that event's month: " budget agreement, reached a month after the ".
_EVENT_OF_THE_YEARS_NOUN_BEFORE = re.compile(
    r"\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2},?\s+[^.;:!?]{0,40}?\b(?:after|before|following)\s+the\s+"
)
#: The first year of a range, before its second: "2014 to ", "2014-".
_RANGE_OF_YEARS_BEFORE = re.compile(r"\b[0-9]{4}\s*(?:to|through|until|-|–)\s*\Z")
#: ... and a month or a day of a month it goes on to: "in 2002, from Feb. 8 to 24", "in mid-1987,
#: before the October crash".
# ("was delayed twice last year, once in March and again in October", "closed last year in
# March": the one or the first of the year's times, or the month right after the year.)
_MONTH_OF_YEAR_JOIN = re.compile(
    r",\s+(?:(?:probably|possibly|likely|perhaps|once|first|mostly|mainly|chiefly|largely)\s+)?"
    r"(?:from|on|between|in|(?:before|after)\s+the)\s+"
    r"|\s+in\s+"
    # ... and an event of it after it: "made up his mind last year after a trip to Mexico in ".
    r"|\s+(?:after|before|during|following)\s+(?:a|an|the|his|her|its|their)\s+[^.;:!?,]{1,40}?\s+in\s+"
)
#: ... or in the clause the year opens (after "in", before its subject), before a month of it: "in
#: 1992 it moved to Ohio in March" (not one that looks ahead: "lost money in 1988 and expects a
#: profit in March").
_IN_BEFORE_YEAR = re.compile(r"\b[Ii]n\s+\Z")
_YEAR_OPENS_CLAUSE = re.compile(r",?\s+(?:(?-i:it|he|she|they|we|I|the)|(?-i:[A-Z]))\b")
_MONTH_IN_YEARS_CLAUSE = re.compile(r"\s+[^.;:!?,()\n]{1,40}\s(?:in|on)\s+")
_AHEAD_BETWEEN = re.compile(
    r"\b(?:will|would|shall|expects?|plans?|hopes?|intends?|wants?|next|until|by|and|but|or)\b", re.IGNORECASE
)


def _future_year_named_before(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], context: DocumentContext
) -> int | None:
    """A year after the DCT's that a future clause's sentence has named before a month, a season,
    a quarter or a half without its year ("will be held in 2022, and the final will be played in
    November"), if it has; ``None`` else."""
    if (
        partial.kind != "date"
        or (
            partial.quarter is None
            and partial.half is None
            and partial.season is None
            and partial.month is None
        )
        or partial.weekday is not None
        or partial.day is not None
        or partial.year is not None
        or partial.anchor is not None
        or partial.direction is not None
        or partial.fiscal
        or not timexes
        or context.dct is None
    ):
        return None
    previous = timexes[-1]
    # (... or a month of such a year: "local elections in March next year, followed by a
    # presidential vote in August", a later month of it.)
    told = re.fullmatch(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2}))?", previous.value)
    if (
        told is None
        or (
            told["month"] is not None
            and (
                partial.month is None
                or partial.month <= int(told["month"])
                # (Only a month its year is written with, not one read as the coming one.)
                or _YEAR_WRITTEN.search(previous.text) is None
            )
        )
        or previous.end > candidate.start
        or int(told["year"]) <= context.dct.year
        or previous.start < sentence_bounds(context.text, candidate.start)[0]
        # (When the clause's event is, not a year that names a noun: "The league's 2025-26
        # schedule will be released in August.")
        or not _IN_THE_YEAR_BEFORE.search(context.text, max(0, previous.start - 8), previous.start)
    ):
        return None
    return int(told["year"])


def _next_year_framing(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], context: DocumentContext
) -> int | None:
    """The year after the DCT's, where a future clause's sentence or the one before it said "next
    year" and told nothing but its times since ("will return to the road next year for a world
    tour. The tour will cover Europe in the spring and North America in the fourth quarter"), for a
    month, a season, a quarter or a half without its year; ``None`` else."""
    if (
        context.dct is None
        or partial.kind != "date"
        or (
            partial.quarter is None
            and partial.half is None
            and partial.season is None
            and partial.month is None
        )
        or partial.day is not None
        or partial.year is not None
        or partial.anchor is not None
        or partial.direction is not None
        or partial.fiscal
    ):
        return None
    year = str(context.dct.year + 1)
    opens = sentence_bounds(context.text, max(0, sentence_bounds(context.text, candidate.start)[0] - 2))[0]
    for told in reversed(timexes[-4:]):
        if told.end <= opens or not told.value.startswith(year):
            return None
        if _NEXT_YEAR_WORDS.fullmatch(told.text):
            return context.dct.year + 1
    return None


#: "next year" as written.
_NEXT_YEAR_WORDS = re.compile(r"next\s+year", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"[0-9]{4}|next\s+year", re.IGNORECASE)
_IN_THE_YEAR_BEFORE = re.compile(r"\b(?:in|by|during|until|from)\s+\Z", re.IGNORECASE)


def _year_just_reported(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], context: DocumentContext
) -> int | None:
    """The year before the DCT's that the sentence of a report's "the year", or the one before,
    named ("posted a loss for 1989. Revenue for the year rose 12%"), if it did; ``None`` else."""
    if (
        candidate.rule != _REPORTED_YEAR_RULE
        or candidate.text.lower() != "the year"
        or partial.anchor != "dct"
        or not timexes
        or context.dct is None
    ):
        return None
    # (Past a length between them: "lost $1.1 billion in 1989, most of it in the final three
    # months of the year".)
    # (Not the year of a figure compared with: "earned $171 million, up 9% from $157 million in
    # fiscal 1995. Revenue for the year rose 14%" is of the year reported, the one named before.)
    previous = next(
        (
            timex
            for timex in reversed(timexes[-3:])
            if timex.type != "DURATION"
            and not _FIGURE_OF_A_YEAR_BEFORE.search(context.text, max(0, timex.start - 80), timex.start)
        ),
        None,
    )
    if (
        previous is None
        or not re.fullmatch(r"[0-9]{4}", previous.value)
        or not context.dct.year - 2 < int(previous.value) < context.dct.year
    ):
        return None
    opens = sentence_bounds(context.text, candidate.start)[0]
    before = sentence_bounds(context.text, max(0, opens - 2))[0] if opens else 0
    if previous.start < before or "\n\n" in context.text[previous.end : candidate.start]:
        return None
    return int(previous.value)


def _told_in_reported_speech(text: str, candidate: Candidate) -> bool:
    """Whether an expression stands in what a verb of saying reports ("the general said the army
    had attacked last month"), not right after the verb that it dates ("said last month")."""
    opens = sentence_bounds(text, candidate.start)[0]
    ends = [match.end() for match in _REPORTED_BEFORE.finditer(text, opens, candidate.start)]
    # (Not past a clause of its own: "Plans were announced last month, and the council is expected
    # to choose a sculptor this summer".)
    # ("reported in March last year": the verb's own time after its preposition.)
    return (
        bool(ends)
        and text[ends[-1] : candidate.start].strip().lower() not in ("", "in", "on")
        and _NEW_CLAUSE_BETWEEN.search(text, ends[-1], candidate.start) is None
    )


#: A clause of its own joined after another: ", and the council", "; the".
_NEW_CLAUSE_BETWEEN = re.compile(r",\s+(?:and|but)\s+(?:the|a|an|its|their|his|her|it|they|he|she|we)\b|;")


def _after_its_sentence_opens(point: ReferencePoint, text: str, start: int) -> bool:
    """Whether ``point`` was named in the sentence of ``start``, which "After" opens: "After the
    landing at Inchon on 15 September 1950, forces had crossed the 38th parallel"."""
    opening = sentence_bounds(text, start)[0]
    return (
        point.start is not None and point.start >= opening and _AFTER_OPENS.match(text, opening) is not None
    )


def _last_not_a_length(timexes: Sequence[Timex]) -> int:
    """The index of the last timex that is no length (the first one's, if all are)."""
    told = len(timexes) - 1
    while told > 0 and timexes[told].type == "DURATION":
        told -= 1
    return told


def _month_named_for_day(
    candidate: Candidate, partial: PartialTime, timexes: Sequence[Timex], text: str
) -> tuple[int, int] | None:
    """The year and month of a month a report's sentence has named just before a bare day of a
    month ("in February, probably on the 10th"), if it has; ``None`` else."""
    if (
        partial.kind != "date"
        or partial.day is None
        or partial.month is not None
        or partial.year is not None
        or partial.anchor is not None
        or not timexes
    ):
        return None
    previous = timexes[-1]
    month = _MONTH_VALUE.match(previous.value)
    if month is None or previous.start < sentence_bounds(text, candidate.start)[0]:
        return None
    return int(month.group("year")), int(month.group("month"))


def _year_before_the_told(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], index: int, context: DocumentContext
) -> int | None:
    """The year of a news sentence that opens on "A year earlier" (or tells in the pluperfect what
    came "a year earlier") right after a sentence that told of an earlier year or a month of one
    ("In 2014, the school reopened. A year earlier, the mine had closed"), or after a year the
    sentence itself names: the year before that one, as "Two years earlier" already counts from
    it. A comparison of figures ("Net rose to $5 million. A year earlier, it was $4 million") has
    no stated year before it and keeps the DCT's (or its reported period's) reading."""
    candidate = candidates[index]
    # (... and "the same period a year earlier": the reported period of the year before.)
    year_back = candidate.rule == _YEAR_BEFORE_RULE or (
        partials[index].inherit_grain and partials[index].shift == Shift(Grain.YEAR, -1)
    )
    if not year_back or index == 0 or context.dct is None:
        return None
    if candidate.text.lower().endswith(("ago", "last year")):
        # "The 2012 election was held a year ago", "fell from $98 million in 1990 to $40 million
        # last year": "ago" and "last year" count back from the moment of writing, whatever year
        # the sentence names ("earlier" counts from that year).
        return None
    text = context.text
    previous, told = candidates[index - 1], partials[index - 1]
    opens = sentence_bounds(text, candidate.start)[0]
    if (
        previous.start >= opens
        and told.grain == Grain.YEAR
        and told.year is not None
        and told.year <= context.dct.year
        # (Not a year said of a noun by the way: "The chain, founded in 2019, said revenue grew 4%
        # from a year earlier" compares figures.)
        and not _PARTICIPLE_BEFORE.search(text, max(0, previous.start - 70), previous.start)
    ):
        # ... or a year well before the DCT that the sentence itself has just named: "Tucker was
        # convicted in 1984 of killing two people a year earlier".
        return told.year - 1
    opening = candidate.text[:1].isupper() and _opens_sentence(text, candidate.start)
    # ... or that tells, in the pluperfect, what had come before: "In January 2011, a bomber killed
    # 37 people. Bombers had killed 40 people a year earlier."
    if not opening and _HAD.search(text, opens, candidate.start) is None:
        return None
    # (A year, or a season or a month of one, as a sentence's frame gives it: see _frames_a_year.)
    if not _frames_a_year(told, context.dct) or told.year is None or told.year >= context.dct.year:
        return None
    if previous.start < sentence_bounds(text, max(0, opens - 2))[0]:
        return None
    return told.year - 1


#: A verb of saying, up to the month it was said in: "and said in ".
_SAID_IN_A_MONTH_BEFORE = re.compile(
    r"\b(?:said|says|announced|disclosed|confirmed|told\s+(?:\w+\s+){1,2}?)\s*in\s+\Z", re.IGNORECASE
)
#: A source cited, up to the month it came out in: "according to a study released in ".
_SOURCE_RELEASED_IN_BEFORE = re.compile(
    r"\baccording\s+to\s+[^.;:!?]{0,60}?\b(?:released|published|issued|unveiled|presented|made\s+public)"
    r"\s+(?:last\s+|earlier\s+)?in\s+\Z",
    re.IGNORECASE,
)


def _told_year(
    partial: PartialTime,
    tense: Tense | None,
    *,
    candidates: Sequence[Candidate],
    index: int,
    points: Sequence[ReferencePoint],
    context: DocumentContext,
) -> int | None:
    """The year a news report's bare month or season of a past clause is in when the date just
    before it, in the same or the previous sentence of the paragraph, told an event of an earlier
    year to the month or the day ("The uprising began in March 2011. By the summer, rebels held
    the east"): the story goes on in that year, as long as the month does not go back before the
    date's. Anything looser keeps the DCT's reading, which a report's months mostly have even after
    an older year ("charged in the 1988 bombing ... agreed in April", "since 1980. In September")."""
    if (
        tense != "past"
        or context.dct is None
        or index == 0
        or partial.kind != "date"
        or (partial.month is None) == (partial.season is None)
        or partial.year is not None
        or partial.anchor is not None
        # (A finished event's date, made past, goes on in the told year too: "The bomb fell on Aug.
        # 6, 1945. Japan surrendered on Aug. 15.")
        or partial.direction not in (None, "past")
        or partial.value is not None
    ):
        return None
    if _SOURCE_RELEASED_IN_BEFORE.search(
        context.text, max(0, candidates[index].start - 80), candidates[index].start
    ):
        # "A famine in 2011 killed 260,000 people, according to a study released in May": the
        # source the report cites came out in the writer's time, not in the year it tells of.
        return None
    if _SAID_IN_A_MONTH_BEFORE.search(
        context.text, max(0, candidates[index].start - 30), candidates[index].start
    ):
        # "Reyes became chief executive in 2007 and said in November that he has no plans to
        # retire": when a source spoke is the report's time, not the year its story tells of.
        return None
    before = index - 1
    while before > 0 and (
        candidates[before].partial.kind == "duration"
        # (... nor does a count of days or weeks from the told date, which goes on in its year:
        # "The war began on March 20, 2003. Three weeks later, on April 9, ...".)
        or (
            candidates[before].partial.anchor == "ref"
            and candidates[before].partial.shift is not None
            and candidates[before].partial.shift.unit in (Grain.DAY, Grain.WEEK)
        )
    ):
        # (A length between tells no time: "in 1993, when the river rose for nine days in July".)
        before -= 1
    previous = candidates[before]
    # A clause joined to the one that told the date, in its sentence: "He was arrested on Feb. 3,
    # 2020, and released on May 9", "arrested in 2019 and charged in March".
    joined_by = _JOINED_CLAUSE.fullmatch(context.text, previous.end, candidates[index].start)
    joined = joined_by is not None
    told = previous.partial
    if (
        joined_by is not None
        and (joined_by.group("when") or joined_by.group("which"))
        and told.kind == "date"
        and told.grain == Grain.YEAR
        and told.year is not None
        and told.anchor is None
        and not told.bc
        and told.year < context.dct.year
    ):
        # "the first strike since 1986, when a walkout crippled the region for much of the spring":
        # the "when" clause tells of the year it follows, whether or not the story stands there.
        return told.year
    if not points:
        return None
    point = points[-1]
    if before < index - 1:
        # (A count between that pushed a day of its own: "The war began on March 20, 2003. Three
        # weeks later, on April 9, a crowd pulled down his statue" goes on from the told date.)
        point = next(
            (told_point for told_point in islice(reversed(points), 3) if told_point.start == previous.start),
            point,
        )
    if (
        partial.day is not None
        and not joined
        # (A month's part is a week of it: "in late November 1950. On Nov. 27".)
        and (point.grain not in (Grain.MONTH, Grain.WEEK) or partial.month != point.day.month)
        and not _day_goes_on(partial, point)
        # (... nor a day the pluperfect tells a little before it: "The tanker ran aground on March
        # 24, 1989. The captain had been drinking on March 23".)
        and not (
            _day_goes_on(partial, point, back=True)
            and _PLUPERFECT_IN_CLAUSE.search(
                context.text,
                sentence_bounds(context.text, candidates[index].start)[0],
                candidates[index].start,
            )
        )
    ):
        # (A day only in the month told: "In July 1969, Apollo 11 landed on the moon. The crew
        # had lifted off on July 16"; or soon after the day told: "The war began on March 19,
        # 2003. On April 9, a statue was pulled down.")
        return None
    # ("Twenty-five years ago tonight, the Edmund Fitzgerald went down ... By 2 a.m. on Nov. 10":
    # an anniversary's day is the old story's, as a day told in full is.)
    anniversary = (
        previous.rule == _UNITS_AGO_RULE and _ANNIVERSARY_AGO.search(previous.text) is not None
    ) or (
        # ("That spring he won the Army championships, and in September he made the team": a
        # season or a month the story's year was told of goes on as a told date does.)
        _THAT_PERIOD.match(previous.text) is not None and point.day.year < context.dct.year - 1
    )
    if (
        point.start != previous.start
        or not (point.stated or anniversary)
        or point.bc
        or (
            point.grain < Grain.MONTH
            and not (anniversary and point.grain == Grain.SEASON)
            and not (
                # (... or a season's, for a later season: "It began in the summer of 2007 and spread
                # through the fall".)
                (point.grain == Grain.YEAR or (point.grain == Grain.SEASON and partial.season is not None))
                and (
                    joined
                    # (In its sentence, in the same clause: not "In 2024, sales rose 5%, and in March
                    # the company said ...", past the end of the year's clause.)
                    or (
                        previous.start >= sentence_bounds(context.text, candidates[index].start)[0]
                        and not _CLAUSE_BREAK_BETWEEN.search(
                            context.text, previous.end, candidates[index].start
                        )
                    )
                )
            )
        )
        or point.day.year >= context.dct.year
        or (
            _TOLD_AT.search(context.text, max(0, previous.start - 7), previous.start) is None
            and not anniversary
            and not (
                joined_by is not None
                and joined_by.group("when")
                and _SINCE_BEFORE.search(context.text, max(0, previous.start - 14), previous.start)
            )
        )
        # ("in the 9 May 2009 bombing": the date names the event; not "on the morning of June 13,
        # 2011", a part of the day told.)
        or (previous.text.lower().startswith("the ") and not _PART_OF_A_DATE.match(previous.text))
        # ("Exports, which grew 20 percent in 1997, slowed in May": a relative clause's year,
        # closed before the month.)
        or (
            relative_open(context.text, sentence_bounds(context.text, previous.start)[0], previous.start)
            is not None
            and "," in context.text[previous.end : candidates[index].start]
        )
    ):
        return None
    # (A day told in full goes on a few sentences later, in the next paragraph or two of a
    # feature's story, for a day soon after it with no date told between: "arrived on the morning
    # of June 13, 2011.\n\nOn July 15, he was discharged".)
    goes_on = point.grain >= Grain.DAY and _day_goes_on(partial, point)
    if not (
        _told_just_before(context.text, previous, candidates[index])
        or (goes_on and _told_not_long_before(context.text, previous, candidates[index]))
        # (... and so does a month told, a few sentences on in its paragraph: "They were in third
        # place in mid-August. Then they won 38 of their last 49 games. In September, Chicago
        # collapsed.")
        or (
            point.grain == Grain.MONTH
            and partial.month is not None
            and _in_paragraph_not_long_before(context.text, previous, candidates[index])
        )
    ):
        return None
    if _FIGURE_TO_BETWEEN.search(context.text, previous.end, candidates[index].start):
        # "has fallen from a peak of 262,000 in mid-1987 to about 215,000 in September": a figure
        # that moved from then to its latest, the report's.
        return None
    sentence_start = sentence_bounds(context.text, candidates[index].start)[0]
    if _COMPARED_WITH_BEFORE.search(context.text, max(0, previous.start - 40), previous.start) or (
        _NOT_TOLD_IN_THE_PAST.search(
            context.text, max(sentence_start, candidates[index].start - 60), candidates[index].start
        )
    ):
        # ("Easter fell on March 26 this year, compared with April 3 in 1988, which shifted some
        # spring business into March": the year compared with tells no story; nor does a time of
        # a state still going on or a plan: "have been deployed since early July", "faces a trial
        # scheduled to begin in March".)
        return None
    month = _order_in_year(partial)
    if partial.season is not None and point.grain == Grain.SEASON:
        # ("It began in the summer of 2007 and spread through the fall": a season on from the
        # season told, in its year; not one before it, "the fall of 2007 ... the summer".)
        return point.day.year if SEASON_MONTHS[partial.season][0] >= point.day.month else None
    if partial.season is not None and partial.season != "WI":
        # ("The river came in on July 16, 1993. By the end of the summer, 212 homes had been
        # condemned": the season the told day is in goes on.)
        month = SEASON_MONTHS[partial.season][-1]
    # ("The trial was delayed in late 1995 and again in January": a year's end is its last month.)
    told_month = 12 if point.grain == Grain.YEAR and previous.partial.mod == "END" else point.day.month
    if month is not None and month >= told_month:
        return point.day.year
    if (
        month is not None
        and point.grain >= Grain.MONTH
        and (month - told_month) % 12 <= _STORY_MONTHS_INTO_NEXT_YEAR
        and point.day.year + 1 < context.dct.year
    ):
        # "liberated the south in September 1944, and by January the ration had fallen": the story
        # goes on into the next year, a few months on.
        return point.day.year + 1
    return None


#: How many months past a told month a report's month of the next year may lie for the story to
#: go on into that year.
_STORY_MONTHS_INTO_NEXT_YEAR = 5


#: A season or a month of the story's year: "That spring", "that September".
_THAT_PERIOD = re.compile(
    r"(?:later\s+|earlier\s+)?that\s+(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\Z",
    re.IGNORECASE,
)
#: An anniversary's count back to the day: "Twenty-five years ago tonight", "ago this week".
_ANNIVERSARY_AGO = re.compile(
    r"\bago\s+(?:today|tonight|yesterday|tomorrow|this\s+(?:week|month|morning))\b", re.I
)
#: A part of a day a date names: "the morning of June 13, 2011", "the night of Oct. 6".
_PART_OF_A_DATE = re.compile(
    r"the (?:morning|afternoon|evening|night|(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)) of ",
    re.IGNORECASE,
)
#: A figure's other end after a date: "to about 215,000 in", "to 7.1 percent in".
_FIGURE_TO_BETWEEN = re.compile(
    r"\bto\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?[$€£]?[0-9]"
)


#: A relative clause closed right after a day, its sentence going on: "yesterday, was down".
_RELATIVE_CLOSED_AFTER = re.compile(r"[^,;.!?]{0,30},\s+(?-i:[a-z])")


def _told_point_before(
    tense: Tense | None,
    *,
    candidates: Sequence[Candidate],
    index: int,
    points: Sequence[ReferencePoint],
    context: DocumentContext,
    month_told: bool = False,
) -> ReferencePoint | None:
    """The date a report has just told of, in a past clause's sentence or the one before, as the
    expression before it states it ("She met him in 1938."), if it is the story's latest point.
    With ``month_told``, a month (or a day of one) named just before without its year counts as
    told too ("Orders fell in August, and shipments slumped at the end of the month")."""
    if tense != "past" or index == 0 or not points or context.dct is None:
        return None
    previous, point = candidates[index - 1], points[-1]
    if point.start != previous.start or point.bc:
        return None
    if not point.stated and not (
        month_told and point.grain >= Grain.MONTH and previous.partial.month is not None
    ):
        return None
    return point if _told_just_before(context.text, previous, candidates[index]) else None


def _anchored_before(resolution: Resolution, points: Sequence[ReferencePoint]) -> bool:
    """Whether ``resolution`` counted from a point older than the story's latest one."""
    for point in reversed(points[:-1]):
        if point.label == resolution.anchor:
            return point.day < points[-1].day
    return False


def _after_a_told_year(partial: PartialTime, point: ReferencePoint | None, dct: dt.date | None) -> bool:
    """Whether an anaphoric day, night or count ("that night", "the following day", "two months
    later") comes after a year (a season) of an earlier year the report has just told of
    (``point``, see :func:`_told_point_before`), which the DCT does not date."""
    if (
        point is None
        or dct is None
        or partial.anchor != "ref"
        or partial.speech_time
        or partial.month is not None
        or partial.grain not in (Grain.MONTH, Grain.WEEK, Grain.DAY, Grain.PART_OF_DAY)
    ):
        return False
    need = min(partial.shift.unit if partial.shift is not None else partial.grain, Grain.DAY)
    return Grain.YEAR <= point.grain < need and point.day.year < dct.year


#: A verb of saying right before the day it was said on: "said in an interview yesterday", "told
#: reporters on Monday".
_SAYING_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|added|explained|recalled)\s+"
    r"(?:in\s+an?\s+(?:\w+\s+)?(?:interview|statement|speech)\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
_DAYS_IN_A_WEEK = 7
#: A year only this many days old is not yet one a past clause tells the figures of.
_DAYS_OF_A_YEAR_UNTOLD = 31
#: A season only this many days old is not yet one a past clause tells of.
_DAYS_IN_A_FORTNIGHT = 14


#: The periods whose parts "the end of the ..." names after a date of an earlier one.
_TOLD_PERIODS = frozenset({Grain.DECADE, Grain.YEAR, Grain.MONTH})


#: The rule of a day or a week of a month named by reference ("the third week of the month").
_DAY_OF_MONTH_BY_REFERENCE = "date.day_of_month_by_reference"
_THE_MONTH = re.compile(r"\bthe\s+month\b", re.IGNORECASE)


def _part_of_the_told_period(partial: PartialTime, point: ReferencePoint | None, dct: dt.date | None) -> bool:
    """Whether "the end (the beginning, the middle) of the year" (relative.part_of_period), or a
    day or a week of "the month", is of the period a report has just told of (``point``, see
    :func:`_told_point_before`: "The firm grew fast in 1998. By the end of the year it employed
    5,000"), rather than the DCT's: that period is earlier than the DCT's and as fine as it or
    finer ("in March 1998 ... by the end of the year")."""
    if (
        point is None
        or dct is None
        or partial.anchor != "dct"
        or partial.direction is not None
        or partial.shift is None
        or partial.shift.amount != 0
        or partial.shift.unit not in _TOLD_PERIODS
        or point.grain < partial.shift.unit
    ):
        return False
    told = point.day
    return {
        Grain.DECADE: told.year // 10 < dct.year // 10,
        Grain.YEAR: told.year < dct.year,
        Grain.MONTH: (told.year, told.month) < (dct.year, dct.month),
    }[partial.shift.unit]


def _told_just_before(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """Whether ``previous`` stands in ``candidate``'s sentence or the one before it, in the same
    paragraph."""
    opens = sentence_bounds(text, candidate.start)[0]
    if previous.start < opens and sentence_bounds(text, max(0, opens - 2))[0] > previous.start:
        return False
    return "\n\n" not in text[previous.end : candidate.start].replace("\r", "")


#: How far back, and across how many paragraph breaks, a day told in full still dates the days
#: soon after it that a feature's story goes on to.
_STORY_DAY_REACH = 600
_STORY_DAY_PARAGRAPHS = 2


#: How far back in its paragraph a month told still dates the later months a story goes on to.
_STORY_MONTH_REACH = 300


def _in_paragraph_not_long_before(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """Whether ``previous`` stands a few sentences before ``candidate`` in its paragraph."""
    if candidate.start - previous.end > _STORY_MONTH_REACH:
        return False
    return "\n\n" not in text[previous.end : candidate.start].replace("\r", "")


def _told_not_long_before(text: str, previous: Candidate, candidate: Candidate) -> bool:
    """Whether ``previous`` stands a few sentences before ``candidate``, at most two paragraph
    breaks back."""
    between = text[previous.end : candidate.start]
    return len(between) <= _STORY_DAY_REACH and between.count("\n\n") <= _STORY_DAY_PARAGRAPHS


def _weekday_of_told_day(
    partial: PartialTime,
    tense: Tense | None,
    *,
    candidates: Sequence[Candidate],
    index: int,
    points: Sequence[ReferencePoint],
    context: DocumentContext,
) -> bool:
    """Whether a bare weekday of a news report falls in the week of the day told just before it,
    in its sentence or the one before, when that day lies weeks before the DCT: the story the
    report tells goes on around that day."""
    if (
        partial.kind != "date"
        or partial.weekday is None
        or partial.day is not None
        or partial.month is not None
        or partial.anchor is not None
        or partial.direction is not None
        or tense == "future"
        or context.dct is None
        or index == 0
        or not points
    ):
        return False
    # (A length between tells of no day: "On the night of Friday, Sept. 14, 1951, ... Rain had been
    # falling for six days, and an engineer had warned the railroad on Wednesday".)
    before = index - 1
    while before > 0 and candidates[before].partial.kind == "duration":
        before -= 1
    previous, point = candidates[before], points[-1]
    if (
        point.start != previous.start
        # (A day of a month is as sure as one with its year: "adopted on Saturday, December 12.
        # Talks had run late into Saturday evening.")
        or not (point.stated or (previous.partial.month is not None and previous.partial.day is not None))
        or point.bc
        or point.grain < Grain.DAY
        or context.dct - point.day < _WEEKS_BEFORE_THE_DCT
        # (A day an event is told at, not a dateline's: "MOSCOW, May 8, 2025 (Reuters) - ...".)
        or _TOLD_AT.search(context.text, max(0, previous.start - 4), previous.start) is None
    ):
        return False
    text, candidate = context.text, candidates[index]
    if _SAID_ON_BEFORE.search(text, max(0, candidate.start - 40), candidate.start):
        # "The home was cited on Sept. 14. The owner said in a statement Sunday that ...": the
        # day a report was given is counted from the DCT.
        return False
    opens, closes = sentence_bounds(text, candidate.start)
    if _COURT_SITTING.search(text, opens, closes):
        # "On June 3, 2016, a gunman shot Ahmed Saleh. On Thursday, a cashier told jurors she had
        # seen the gunman": the day a court sits is the report's, whatever its witness tells.
        return False
    if (
        previous.start >= opens
        and previous.partial.weekday is None
        and _AND_THEN_BETWEEN.search(text, previous.end, candidate.start) is not None
    ):
        # "had surgery on Oct. 8 and returned to work on Monday": a verb "and" joins to the day's is
        # the report's Monday, as a report names only the days of its week.
        return False
    if (
        (
            relative_open(text, opens, previous.start)
            # ... or the subject's own, with no comma before it: "A man who killed two teens on Dec. 31,
            # 1992, was sentenced Monday".
            or _SUBJECT_RELATIVE_OPEN.match(text, opens, previous.start)
        )
        and "," in text[previous.end : candidate.start]
    ):
        # "The president, who took office on March 1, flew to Brussels on Sunday morning": the
        # day a relative clause tells is by the way; the main clause's weekday is the report's.
        return False
    if _SINCE_ANY_CLAUSE_BEFORE.search(text, max(opens, previous.start - 60), previous.start):
        # "The euro has lost 30 percent since it was introduced on Jan. 1, 1999, and hit a low on
        # Wednesday": the day a state began is no day the report is at.
        return False
    if _LATEST_BEFORE.search(text, max(opens, candidate.start - 30), candidate.start):
        # "robbed nine stores, the first on Sept. 3 and the most recent on Tuesday": the latest of
        # a series is the report's own week's day.
        return False
    if _RECORD_SET_IN.search(text, sentence_bounds(text, previous.start)[0], previous.start):
        # "The previous record of 38.7C was set on 25 July 2019. Temperatures had already climbed
        # to 38.1C by 3pm on Monday": the day of a record beaten is no day the report is at.
        return False
    if point.day.weekday() == partial.weekday and previous.partial.weekday is None:
        # "The election began on April 7 and ended on Monday": a second day named by its weekday
        # is not the day just told (that would be "the same day"), so it is the report's own
        # (unless that day was named by the weekday too: "adopted on Saturday, December 12.
        # Talks had run late into Saturday evening").
        return False
    if _SAID_ON_BEFORE.search(text, max(0, candidate.start - 40), candidate.start):
        # "The quake killed 200 people on Oct. 15. Aquino said on Thursday ...": the day of saying
        # is the report's.
        return False
    if (
        previous.start < opens
        and text.startswith(("'s", "’s"), candidate.end)
        and _SAID_IN_SENTENCE.search(text, opens, candidate.start)
    ):
        # "The fault caused the Wenchuan earthquake on May 12, 2008. Officials said most new
        # schools had withstood Saturday's quake": an event a report's sources speak of by its
        # weekday is the report's own.
        return False
    # (The pluperfect of the weekday's own clause: not "Talks had stalled when France objected on
    # Nov. 9, and a third round opened on Wednesday".)
    joined = last_match(_NEW_CLAUSE_BETWEEN, text, previous.end, candidate.start)
    pluperfect = _HAD.search(text, opens if joined is None else joined.end(), closes) is not None
    if context.dct - point.day < _WEEKS_BEFORE_A_WEEKDAY_OF_ITS_OWN and not pluperfect:
        # ("The stock traded as high as $294 on Oct. 13 and closed at $178 on Friday", written
        # 17 days on: a weekday alone is one of the week before the report, as news writes a
        # date older than that.)
        return False
    # (In a sentence of its own, only a pluperfect tells the story on: "On Monday veterans
    # gathered" after "Fifty years ago, on 5 June 1967, ..." is the report's own Monday.)
    # ("He then spent Wednesday at home": "then" goes on from the day told.)
    going_on = pluperfect or _THEN_IN.search(text, opens, candidate.start) is not None
    return _told_just_before(text, previous, candidate) and (previous.start >= opens or going_on)


_THEN_IN = re.compile(r"\b(?:then|next|later|the\s+following)\b", re.IGNORECASE)
#: A sentence's subject with its relative clause, up to a day the clause tells: "A man who killed
#: two teens on ", "The woman who was arrested on ".
_SUBJECT_RELATIVE_OPEN = re.compile(r"\s*(?:[\w'’.-]+\s+){1,4}?(?:who|that)\s+(?:[^,;:!?]){1,80}?\Z")
#: The latest of a series, before its weekday: "the most recent on ", "the latest ".
_LATEST_BEFORE = re.compile(r"\b(?:most\s+recent(?:ly)?|latest)\b[^.;:!?]{0,12}\Z", re.IGNORECASE)
#: A record the day is of: "The previous record of 38.7C was set ... on", "the record, set on".
_RECORD_SET_IN = re.compile(
    r"\b(?:previous|old|former|earlier|all-time|national)\s+record\b|\brecords?\b[^.;!?]{0,60}?\b(?:set|broken)\b",
    re.IGNORECASE,
)
#: The close of a sentence right after an expression.
_SENTENCE_CLOSES = re.compile(r"\s*[.!?]")
#: Words before a date in its sentence that look back within the story's year: "Earlier that
#: year", "Earlier in the year", "Previously that year".
#: "since" right before a date.
_SINCE_JUST_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
#: A pluperfect of any verb: "had told", "had asked" (not "had to").
_HAD_DONE = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?!to\b)[a-z]{3,}\b")
#: A sentence that opens on looking back: "Earlier, ", "Before that, ", "Previously, ".
_LOOKING_BACK_OPENS = re.compile(
    r"[\"“]?(?:Earlier|Before\s+that|Previously|Months\s+earlier|Weeks\s+earlier),\s"
)
_EARLIER_THAT_YEAR = re.compile(r"\b(?:earlier|previously)(?: in)? (?:that|the|this) year\b", re.IGNORECASE)
#: A day told this long before the DCT or more is one a report's story goes on from.
_WEEKS_BEFORE_THE_DCT = dt.timedelta(days=14)
#: ... and this long, for a weekday the report tells without a pluperfect.
_WEEKS_BEFORE_A_WEEKDAY_OF_ITS_OWN = dt.timedelta(days=21)


def _day_goes_on(partial: PartialTime, point: ReferencePoint, *, back: bool = False) -> bool:
    """Whether a day without its year lies a little after the day a report's story told ("began on
    March 19, 2003. On April 9, ..."): the story goes on in that year (``back``: a little before
    it)."""
    # (... or a part of it: "on the morning of June 13, 2011".)
    if point.grain < Grain.DAY or partial.month is None or partial.day is None:
        return False
    try:
        day = dt.date(point.day.year, partial.month, partial.day)
    except ValueError:
        return False
    # (... or the day itself, of which a part was told: "Twenty-five years ago tonight ... By 2 a.m.
    # on Nov. 10".)
    if back:
        return dt.timedelta(0) < point.day - day <= _STORY_GOES_ON
    return dt.timedelta(0) <= day - point.day <= _STORY_GOES_ON


#: How far after a told day a report's day without its year goes on in the story's year.
_STORY_GOES_ON = dt.timedelta(days=92)
#: A sentence that opens on the year it tells of ("In 2010, the floods began in late July",
#: "During 2019 the plant closed in March", "Later in 2010, ..."), up to the year.
_YEAR_FRAME_OPENING = re.compile(
    # (After a story's dateline too: "DENVER — Twenty-five years ago, on the day before Thanksgiving".)
    r"(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:\s+\([\w. ]+\))?\s+[—–-]{1,2}\s+)?"
    r"[\s\"'“‘(]*(?:(?:(?:(?:Back|Also|Later|Earlier|Early|Late|Then|And|But)\s+)?in|In|During|Throughout)\s+)?\Z"
)
#: ... or that sets it off after a fronted clause, before the main one: "The last time they
#: clinched at home, in " (not an aside of a noun's: "The team, founded in ").
_YEAR_SET_OFF_BEFORE = re.compile(r"[\s\"'“‘(]*(?-i:[A-Z])[^,;:.!?]{3,60},\s+in\s+\Z")
#: ... or whose subject is an event named by its year ("The 2026 World Cup kicks off on June 11",
#: "The 2010 floods began in late July"): the year, then the head of the noun phrase.
_YEAR_NAMED_SUBJECT = re.compile(
    # ("After the 1998 election, Schroeder took office on October 27": a clause that opens on an
    # event its year names frames the sentence too.)
    # ("In the 1996 race, Bob Dole clinched the nomination on March 26".)
    r"[\s\"'“‘(]*(?:The|(?:After|Before|Following|During|In)\s+the"
    # ... also after who said it: "Organisers said the 2014 race would start on July 5".
    r"|(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?the)\s+\Z"
)
#: ... or "of" or "in" its year, its verb right after ("The floods of 1998 began in July", "The vote
#: in 2019 was held on April 11").
_YEAR_OF_SUBJECT = re.compile(r"[\s\"'“‘(]*The\s+(?:[\w'’-]+\s+){1,3}(?:of|in)\s+\Z")
_VERB_AFTER_YEAR = re.compile(
    r"\s+(?:[a-z]+ed|was|were|had|began|came|broke|struck|hit|left|saw|took|fell|rose)\b"
)
#: Where a frame's clause ends: "In 2024, sales rose, and in March the company said ..." may
#: well be this year's March.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\n\s*\n")
#: A clause that opens on its date: "(, and) in March the company said".
_CLAUSE_OPENS_ON_DATE = re.compile(r"\s*(?:(?:in|on|by|during|throughout|until)\s+)?", re.IGNORECASE)
#: A sentence that opens on its date: "In July, the Indus burst its banks".
_DATE_OPENING = re.compile(
    r"[\s\"'“‘(]*(?:(?:In|On|By|During|Throughout|Until"
    # ... after a step on in time: "Later, in November", "Weeks later, in November", "Three weeks
    # later, on Nov. 2".
    r"|(?:(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?(?:later|afterwards?)|Later|Then|Afterwards?|Soon\s+afterwards?),\s+"
    r"(?:in|on|by|during))\s+)?\Z"
)
_EVENT_AFTER_YEAR = re.compile(r"\s+(?:[A-Z][\w'’-]*|[a-z]+)\b")
#: ... or its possessive: "Next year's race", "This year's Games".
_EVENT_OF_THE_YEAR_AFTER = re.compile(r"['’]s\s+(?:[A-Z][\w'’-]*|[a-z]+)\b")


def _framed_year(
    partial: PartialTime,
    tense: Tense | None,
    *,
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    index: int,
    framed: dict[int, int],
    context: DocumentContext,
    years_told_again: Mapping[int, int],
) -> int | None:
    """The year a news sentence's month, day or season without one is in, when the sentence opens
    on a year ("In 2010, the floods began in late July", "That year, the market fell 508 points on
    Oct. 19") or on an event its year names ("The 2026
    World Cup kicks off on June 11"), and nothing but that year or the dates it frames stands
    between: the whole sentence tells of that year. A year further in ("approved in 1987 ... shares
    bought through Sept. 29") frames nothing, and a framed date must agree with its clause's tense
    ("The 2026 World Cup draw was held on Dec. 5", written in 2025, is not in 2026).

    ``framed`` maps the index of each date framed so far to its year, so a second date of the
    sentence ("... began in late July and receded in September") is framed as the first was."""
    if (
        context.dct is None
        or index == 0
        or partial.kind != "date"
        or partial.year is not None
        or (
            (partial.month is None) == (partial.season is None)
            and partial.holiday_name is None
            # ("A year ago, the company earned $22 million in the second quarter": a calendar
            # quarter of the frame's year.)
            and (partial.quarter is None or partial.grain != Grain.QUARTER or partial.fiscal)
        )
        or partial.anchor is not None
        # (A finished event's date, made past above, may still be framed: the check of its
        # clause's tense below keeps it before the DCT.)
        or partial.direction not in (None, "past", "future")
        or partial.value is not None
        or partial.weekday is not None
    ):
        return None
    text = context.text
    # (A length between the frame and the date frames nothing and breaks no frame: "In 2003, a
    # heat wave killed thousands over several weeks in August".)
    before = index - 1
    opens, _ = sentence_bounds(text, candidates[index].start)
    while (
        before > 0
        and (
            partials[before].kind == "duration"
            # (... nor a part of the day named before its day: "In 2008, a quake killed 300 people
            # at dawn on Oct. 29".)
            or (_is_bare_part(partials[before]) and before == index - 1)
            # (... nor does a count the sentence steps on by: "Weeks later, in November".)
            or (
                candidates[before].start >= opens
                and candidates[before].text.lower().endswith(("later", "afterward", "afterwards"))
            )
        )
        and before not in framed
    ):
        before -= 1
    previous = candidates[before]
    if previous.start < opens and in_one_sentence(text, previous.end, candidates[index].start):
        # (A long sentence: "Last year was one of the busiest ..., including an 80-year-old climber
        # in May", longer than the bounds look.)
        opens = sentence_bounds(text, previous.start)[0]
    frame_opens = opens
    if previous.start < opens:
        # "In 2010, floods hit Pakistan. In July, the Indus burst its banks": the next sentence
        # goes on in the frame's year when it opens on its date.
        frame_opens = sentence_bounds(text, max(0, opens - 2))[0]
        if previous.start < frame_opens or not _DATE_OPENING.fullmatch(text, opens, candidates[index].start):
            return None
    when = _WHEN_OF_A_YEAR.fullmatch(text, previous.end, candidates[index].start)
    if (
        when is not None
        and partials[before].anchor is None
        and partials[before].grain == Grain.YEAR
        # (Not a clause of what is still to come: "another decline for fiscal 1998 when data are
        # released in June".)
        and not _STILL_TO_COME_IN.search(when.group(0))
    ):
        # "the worst crisis since 1994, when thousands of Cubans fled in a single summer": what a
        # "when" clause tells of is in the year it follows.
        year = partials[before].year
        if year is None:
            return None
        return _agreeing_year(partial, year, tense, context.dct)
    clause_break = _CLAUSE_BREAK.search(text, previous.end, candidates[index].start)
    if clause_break is not None and not (
        # ("In 2005, coalition talks took almost two months, and Merkel was not sworn in until 22
        # November": a year that opens the sentence, set off by its comma, frames each clause of
        # it told in the past.)
        tense == "past"
        and clause_break.group().startswith(",")
        and partials[before].grain == Grain.YEAR
        and text.startswith(",", previous.end)
        and (
            _YEAR_FRAME_OPENING.fullmatch(text, opens, previous.start) is not None
            or _YEAR_SET_OFF_BEFORE.fullmatch(text, opens, previous.start) is not None
        )
        and _CLAUSE_BREAK.search(text, clause_break.end(), candidates[index].start) is None
        # (Not a clause that opens on its own time: "In 2024, sales rose 5%, and in March the
        # company said it would cut jobs".)
        and _CLAUSE_OPENS_ON_DATE.fullmatch(text, clause_break.end(), candidates[index].start) is None
    ):
        return None
    year = framed.get(before)
    if year is not None:
        # (A second date of the sentence does not go back before the first: "in November and
        # March" may wrap into the next year, which the frame does not say.)
        earlier = _order_in_year(partials[before])
        month = _order_in_year(partial)
        if earlier is None or month is None or month < earlier:
            return None
    else:
        frame = partials[before]
        told_again = years_told_again.get(before)
        if told_again is not None:
            # "Others feared a repeat of 1987. That year, the market fell 508 points on Oct. 19":
            # the year the anaphora names.
            if _YEAR_FRAME_OPENING.fullmatch(text, frame_opens, previous.start) is None:
                return None
            return _agreeing_year(partial, told_again, tense, context.dct)
        if not _frames_a_year(frame, context.dct):
            return None
        # ("The deadline falls later this year: in 2023 the window closed on January 31": a clause
        # after a colon opens on its year too.)
        clause_opens = max(
            text.rfind(":", frame_opens, previous.start), text.rfind(";", frame_opens, previous.start)
        )
        opening_year = (
            _YEAR_FRAME_OPENING.fullmatch(text, frame_opens, previous.start) is not None
            # ("The last time they clinched at home, in 2004, the series ended Oct. 27".)
            or (
                _YEAR_SET_OFF_BEFORE.fullmatch(text, frame_opens, previous.start) is not None
                and text.startswith(",", previous.end)
            )
        ) or (
            clause_opens >= 0
            and _YEAR_FRAME_OPENING.fullmatch(text, clause_opens + 1, previous.start) is not None
        )
        named_event = (
            (
                _YEAR_NAMED_SUBJECT.fullmatch(text, frame_opens, previous.start) is not None
                and bool(_EVENT_AFTER_YEAR.match(text, previous.end))
            )
            or (
                _YEAR_OF_SUBJECT.fullmatch(text, frame_opens, previous.start) is not None
                and bool(_VERB_AFTER_YEAR.match(text, previous.end))
            )
            # ("Next year's race is scheduled for April 21": the year's event, its subject.)
            or (
                _DATE_OPENING.fullmatch(text, frame_opens, previous.start) is not None
                and bool(_EVENT_OF_THE_YEAR_AFTER.match(text, previous.end))
            )
        )
        # ("posted a loss in the second quarter of 2000. In July, managers began hinting": a year
        # the sentence before closes on frames the next sentence that opens on its month.)
        # (Only a part of a year, with the month after it: "The uprising began in March 2011. In
        # February, the army withdrew", written in 2013, is the report's own February.)
        closing_year = (
            previous.start < opens
            and frame.year is not None
            and frame.grain in (Grain.QUARTER, Grain.HALF, Grain.SEASON)
            and (month := _order_in_year(partial)) is not None
            and (frame_end := _order_in_year(frame)) is not None
            and month > frame_end
            and tense == "past"
            and _SENTENCE_CLOSES.match(text, previous.end) is not None
            # (A period "in" which the deed was done, not a state's start: "doubling its profits
            # since 1980. In September, it announced ...", "shootings dating to 1994. In January".)
            and _IN_BEFORE_YEAR.search(text, max(0, previous.start - 4), previous.start) is not None
        )
        if not (opening_year or named_event or closing_year):
            return None
        year = _frame_year(frame, context.dct)
    return _agreeing_year(partial, year, tense, context.dct)


#: A present or a future in such a clause: "when data are released in".
_STILL_TO_COME_IN = re.compile(r"\b(?:is|are|will|shall|'ll|to\s+be)\b", re.IGNORECASE)
#: A "when" clause right after a year, up to a date in it: ", when thousands of Cubans fled in a".
#: (... or a clause that tells how the year's event went: "the last election in 2019, which was held
#: in seven phases between".)
_WHEN_OF_A_YEAR = re.compile(
    # ... and of the event a year names: "the first since the 2009 coup, when soldiers flew Zelaya to
    # Costa Rica on June 28".
    r"(?:\s+(?-i:[a-z]+)){0,2},\s+(?:when|which\s+(?:was|were)\s+(?:held|staged|fought|played|run|contested|hosted)\b)"
    r"[^.;:!?()]{0,80}?\s",
    re.IGNORECASE,
)


def _agreeing_year(partial: PartialTime, year: int, tense: Tense | None, dct: dt.date) -> int | None:
    """``year`` for a framed date, unless its clause's tense says otherwise ("The 2026 World Cup
    draw was held on Dec. 5", written in 2025, is not in 2026)."""
    if partial.holiday_name is not None:
        # "In 1994, the family spent Easter in Rome": that year's feast.
        feast = holiday_date(partial.holiday_name, year)
        if feast is None:
            return None
        first = feast
    else:
        month = _order_in_year(partial)
        assert month is not None
        # (Any day will do to tell the past from the future, 29 February too.)
        first = dt.date(year, month, min(partial.day or 1, 28))
    if tense == "past" and first > dct:
        return None
    if tense == "future" and year < dct.year:
        return None
    return year


def _frame_year(frame: PartialTime, dct: dt.date) -> int:
    """The year a sentence's opening date frames (see :func:`_frames_a_year`)."""
    if frame.year is not None:
        return frame.year
    assert frame.shift is not None
    return dct.year + frame.shift.amount


def _frames_a_year(frame: PartialTime, dct: dt.date) -> bool:
    """Whether a date that opens a news sentence gives the year its other dates are in: a year
    ("In 2010,"), a season or a month of one ("In the summer of 2011, a deal was reached on July
    31"), or a count of years from the DCT ("Four years ago, Kerry had the nomination wrapped up
    by early March", "Next year's race is scheduled for April 21")."""
    if frame.kind != "date" or frame.bc or frame.fiscal or frame.value is not None:
        return False
    if frame.anchor is None:
        return frame.year is not None and frame.day is None and frame.grain <= Grain.MONTH
    return (
        frame.anchor == "dct"
        and frame.grain == Grain.YEAR
        and frame.shift is not None
        and frame.shift.unit == Grain.YEAR
        # (... or on: "Next year's race is scheduled for April 21".)
        and frame.year is None
    )


#: The words before a second date that make it the end of a span, not the day of the first's
#: month: "imposed in January ... until January 31, 2026".
_SPAN_END_BEFORE = re.compile(
    r"\b(?:until|till|to|through|thru|from|since|by)\s+(?:the\s+)?\Z", re.IGNORECASE
)


def _year_of_its_day_after(
    partial: PartialTime,
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    index: int,
    text: str,
) -> int | None:
    """The year of a month named alone when the next date of its sentence is a day of that month
    with its year ("The February revolution reached the town on 29 February 1848"): the month is
    the day's, not the year the text told before."""
    if (
        partial.kind != "date"
        or partial.month is None
        or partial.day is not None
        or partial.year is not None
        or partial.anchor is not None
        or partial.value is not None
        or index + 1 >= len(candidates)
    ):
        return None
    after = partials[index + 1]
    candidate = candidates[index + 1]
    if (
        after.kind != "date"
        or after.month != partial.month
        or after.day is None
        or after.year is None
        or after.anchor is not None
        or candidate.start >= sentence_bounds(text, candidates[index].start)[1]
        or _SPAN_END_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
    ):
        return None
    return after.year


def _feast_before_its_day_after(
    partial: PartialTime,
    candidates: Sequence[Candidate],
    partials: Sequence[PartialTime],
    index: int,
    text: str,
) -> int | None:
    """The year of a feast named without one when the next date of its sentence is a day with its
    year, after it ("won 19 straight after Christmas, and on Saturday, March 9, 1963"): the last
    such feast before that day, not the one the DCT's year holds."""
    if (
        not candidates[index].rule.startswith("holiday.")
        or partial.year is not None
        or partial.anchor is not None
        or index + 1 >= len(candidates)
    ):
        return None
    after, candidate = partials[index + 1], candidates[index + 1]
    if (
        after.kind != "date"
        or after.year is None
        or after.month is None
        or after.day is None
        or after.anchor is not None
        or candidate.start >= sentence_bounds(text, candidates[index].start)[1]
    ):
        return None
    try:
        day = dt.date(after.year, after.month, after.day)
    except ValueError:
        return None
    for year in (after.year, after.year - 1):
        if partial.holiday_name is not None:
            feast = holiday_date(partial.holiday_name, year)
        elif partial.month is not None and partial.day is not None:
            feast = dt.date(year, partial.month, min(partial.day, 28))
        else:
            return None
        if feast is not None and feast <= day:
            return year
    return None


def _opens_timeline_line(candidate: Candidate, text: str) -> bool:
    """Whether the date opens a line (after a bullet, if any) and a dash or a colon follows it, as
    the lines of a timeline box write them ("Feb. 13 — The Senate acquits Trump")."""
    return _opens_line(candidate, text) and bool(TIMELINE_JOIN.match(text, candidate.end))


def _timeline_year(
    partial: PartialTime,
    candidates: Sequence[Candidate],
    index: int,
    lined: dict[int, tuple[int, int, int]],
    text: str,
) -> int | None:
    """The year of a news timeline's line that names its month (or day) alone, when the date just
    before opened the line above with its year ("Timeline:\nJan. 6, 2021 — Rioters storm the
    Capitol.\nFeb. 13 — The Senate acquits Trump"): a timeline goes on in order, in the year of
    the line before, or the next one when its month comes back round ("Dec. 31, 2019 — ...\nJan.
    11 — ..."). The DCT's year would put the box's later lines years after its first."""
    if (
        index == 0
        or not lined
        or partial.kind != "date"
        or partial.year is not None
        or partial.month is None
        or partial.anchor is not None
        or partial.value is not None
        or partial.weekday is not None
        or not _opens_timeline_line(candidates[index], text)
    ):
        return None
    # (The line above may go on past its date: "Oct 4, 2009 - Socialists win, ending five years of
    # conservative rule.\nOct 20 - ...": the latest dated line, with no other line's date after it,
    # a few expressions back at most.)
    before = index - 1
    while before > max(0, index - _TIMELINE_LINE_REACH) and before not in lined:
        before -= 1
    if before not in lined or "\n" not in text[candidates[before].end : candidates[index].start]:
        return None
    year, month, day = lined[before]
    return year + 1 if (partial.month, partial.day or 0) < (month, day) else year


#: The value of a time late in its day: a night or an evening, or a clock from 8 p.m. to midnight.
#: "late" opening a day's expression: "late Thursday", "late on Friday".
_LATE_WORD = re.compile(r"late\b", re.IGNORECASE)
_LATE_IN_THE_DAY = re.compile(r"T(?:NI|EV|(?:1[89]|2[0-4])(?::[0-9]{2})*)(?:Z|[+-][0-9:]+)?$")


_NOON = 12


def _ends_late(value: str, *, narrative: bool) -> bool:
    """Whether a resolved time is late in its day, so that the small hours told after it are the
    next day's (a narrative's night alone also moves its dawn on: see :func:`_dawn_of_the_day`)."""
    if narrative and value.endswith("TNI"):
        return True
    return bool(_LATE_IN_THE_DAY.search(value)) and value[:1].isdigit()


#: A day's night or its last hours: "...TNI", "...T23:00", "...T21:30".
_NIGHT_VALUE = re.compile(r"T(?:NI|2[1-3](?::[0-9]{2})*)(?:Z|[+-][0-9:]+)?$")
#: A clock written with no half of the day, its hour one to five: "1:58", "4.15".
_BARE_SMALL_HOUR = re.compile(r"0?[1-5][:.][0-5][0-9]")


def _read_as_afternoon(partial: PartialTime, text: str) -> bool:
    """Whether ``partial`` is a clock of one to five o'clock written without "a.m." or "p.m."
    ("1:58"), which a rule read as the afternoon's, as appointments are made."""
    return (
        partial.is_bare_clock
        and partial.hour is not None
        and 13 <= partial.hour <= 17
        and _BARE_SMALL_HOUR.fullmatch(text) is not None
    )


def _small_hours(partial: PartialTime) -> bool:
    """Whether ``partial`` is a clock time of the small hours (12:01 a.m. to 5:59 a.m.) with no
    day. (Not midnight itself, which ends the day before as often as it begins the next.)"""
    return (
        partial.is_bare_clock
        and partial.hour is not None
        and (0 < partial.hour < 6 or (partial.hour == 0 and bool(partial.minute)))
    )


def _morning_hours(partial: PartialTime) -> bool:
    """Whether ``partial`` is a clock time before noon with no day: after a story's night ("On the
    night of 1-2 April 1982 forces landed. The governor surrendered at 09:25"), the next day's."""
    return partial.is_bare_clock and partial.hour is not None and partial.hour < 12


def _dawn_of_the_day(partial: PartialTime) -> bool:
    """Whether ``partial`` is the morning of the story's day ("at dawn", "in the morning"), not
    one a determiner fixes ("that morning", "the next morning")."""
    return (
        partial.anchor == "ref"
        and partial.part_of_day == "MO"
        and partial.shift == Shift(Grain.DAY, 0)
        and partial.direction is None
    )


def _first_dated_ahead(candidates: Sequence[Candidate], index: int) -> PartialTime | None:
    """The first date after ``candidates[index]`` that states its year (see :func:`_later_years`)."""
    return next((c.partial for c in candidates[index + 1 :] if _stated_year(c) is not None), None)


def _stated_year(candidate: Candidate) -> int | None:
    """The year a candidate states as a date (BC negative), if it states one; not an early year,
    whose era is not known yet."""
    partial = candidate.partial
    if candidate.rule in _ERA_OF_THE_STORY or partial.kind != "date" or partial.anchor is not None:
        return None
    if partial.year is None:
        return None
    return -partial.year if partial.bc else partial.year


def _first_year_ahead(
    partial: PartialTime, later: tuple[int, ...], dated: PartialTime | None = None
) -> PartialTime | None:
    """A month (day), a season or a movable feast named without a year, in the first year a story
    states after it (``later``, BC negative; ``dated`` is that date): "attacked on Yom Kippur in
    1973"; ``None`` when it is no such date or no year follows.

    A season that opens after the month (season) of that date is the previous year's, the story
    going forward to it: "Over the winter the army rebuilt its strength. In the spring of 1863
    it marched north" (1862-WI, a winter belonging to the year it starts in); so is a winter
    before a date that gives only its year ("Over the winter ... In 1863 ...")."""
    feast = partial.holiday_name is not None and partial.grain == Grain.DAY and partial.direction is None
    season = partial.season is not None and partial.value is None and partial.mod is None
    if (
        not later
        or partial.kind != "date"
        or (partial.month is None and not feast and not season)
        or (partial.holiday_name is not None and not feast)
        or partial.year is not None
        or partial.anchor is not None
        or partial.speech_time
    ):
        return None
    year = later[0]
    if season and partial.month is None:
        opens = _order_in_year(partial) or 0
        month = _order_in_year(dated) if dated is not None else None
        if month is None:
            month = 1 if partial.season == "WI" else 12
        if opens > month:
            # (BC years count down: the year before is the higher one.)
            year -= 1
    return partial.but(year=abs(year), bc=year < 0, direction=None)


def _accession(
    points: Sequence[ReferencePoint], text: str, ruler: str | None = None
) -> ReferencePoint | None:
    """The last date the story states in a sentence that tells an accession before it ("Edward IV
    became king in March 1461"), which a regnal year counts from; ``None`` if there is none. A
    regnal year that names its ruler ("the thirteenth year of Edward III") counts from an accession
    told in a sentence that names the ruler too."""
    for point in reversed(points):
        if not point.stated or point.start is None:
            continue
        opens, closes = sentence_bounds(text, point.start)
        if ruler is not None and ruler not in text[opens:closes]:
            continue
        cue = _ACCESSION.search(text, opens, point.start)
        if cue is not None:
            # The first date after the accession told ("ruled from 1581 to 1632", "reigned
            # 1509-1547", "his reign (1512-1547)"), not the end of the reign after it.
            told = [
                other
                for other in points
                if other.stated and other.start is not None and cue.end() <= other.start <= point.start
            ]
            return told[0] if told else point
        if _ACCESSION.search(text, point.start, closes) is not None and not any(
            other.stated and other.start is not None and opens <= other.start < point.start
            for other in points
        ):
            # "On 4 March 1461 Edward became king": the accession told after the date it opens on.
            return point
        if _SUCCEEDED_BY.search(text, point.start, closes):
            # "The old king died in 1581 and was succeeded by his son": the successor's accession.
            return point
    return None


#: The ruler a regnal year names at its end: "Edward III" (its name and number) or "King John"
#: (its name, after the title).
_REGNAL_RULER = re.compile(r"(?-i:(?:[A-Z][a-z]+ )?([A-Z][a-z]+(?: [IVX]{1,5})?))\Z")


def _ruler_named(text: str) -> str | None:
    """The ruler a regnal year names ("the thirteenth year of Edward III": "Edward III"), or
    ``None`` for "of his reign"."""
    if text.lower().endswith(" reign"):
        return None
    found = _REGNAL_RULER.search(text)
    return found.group(1) if found else None


#: How far from the story's year a year of two digits may be ("The revolt broke out in AD 66. ...
#: in 67").
_FIRST_CENTURY_REACH = 20


def _in_the_first_century(partial: PartialTime, points: Sequence[ReferencePoint]) -> bool:
    """Whether the story's last stated date is of the first century (either era) and near the
    year of two digits ``partial`` names: "The revolt broke out in AD 66. Vespasian landed in 67"."""
    point = next((point for point in reversed(points) if point.stated), None)
    if point is None or partial.year is None:
        return False
    year = abs(_story_year_of(point))
    return year < 100 and abs(year - partial.year) <= _FIRST_CENTURY_REACH


def _story_year_of(point: ReferencePoint) -> int:
    """The year of a reference point, BC years negative."""
    if not point.bc:
        return point.day.year
    year, bc = _unmirrored(point.day.year)
    return -year if bc else year


def _is_aside(
    year: int, previous: ReferencePoint, following: tuple[int, ...], *, ended: bool = False
) -> bool:
    """Whether a year the text states lies outside the story told around it: it is far from the
    story's time just before it and from the next years the text states, one of which returns
    to that time ("declassified in 2005" in a history of 1964, "the Estates-General of 1614" in
    one of 1788). Such years do not anchor what follows.

    The year a span ``ended`` in ("a blockade that lasted until March 1709", told in 1708) is
    an aside as soon as it is another year than the story's and the next year the text states
    is the story's again."""
    before = _story_year_of(previous)
    nearby = [other for other in following if other != year][:_ASIDE_LOOKAHEAD]
    if ended and year != before and nearby[:1] == [before]:
        return True
    return (
        abs(year - before) > _ASIDE_YEARS
        and all(abs(year - other) > _ASIDE_YEARS for other in nearby)
        and any(abs(before - other) <= _ASIDE_YEARS for other in nearby)
    )


@dataclass(frozen=True, slots=True)
class _WordsBefore:
    """Words right before a time without its year that tell which way it lies, whatever the
    clause's verb says: in a clause of one of ``tenses``, for a time ``applies`` holds of, the words
    ``before`` (looked for ``reach`` characters back) make it ``tense``."""

    tenses: frozenset[Tense | None]
    applies: Callable[[PartialTime], bool]
    before: re.Pattern[str]
    reach: int
    tense: Tense


_NOT_PAST: frozenset[Tense | None] = frozenset({"present", "future", None})
_PAST_OR_NONE: frozenset[Tense | None] = frozenset({"past", None})
#: "ahead of" an event and "in" before its month: "ahead of the Hajj in ".
_AHEAD_OF_AN_EVENT_IN_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:the\s+|a\s+|an\s+|next\s+|this\s+)?"
    r"(?:[\w'’-]+\s+){1,4}?(?:in|on)\s+\Z",
    re.IGNORECASE,
)
#: A present copula after a day that is its clause's subject: "(Saturday morning) is ".
_WEEKDAY_SUBJECT_IS_AFTER = re.compile(
    r"\s+(?:is|looks|looks\s+like|promises\s+to\s+be)\s+(?!(?:over|gone|past|when)\b)"
)
#: Where a clause opens: the text's start, a sentence's end, a quotation mark, a line break.
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:\A|[.!?,]\s+|[\"“‘']\s*|\n\s*)\Z")
#: "after" and a month judged by how it went: "after a weak ", "following a disappointing ".
_AFTER_A_JUDGED_MONTH_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:a|an)\s+(?:(?:very|relatively|particularly|surprisingly)\s+)?"
    r"(?:weak|strong|slow|poor|disappointing|dismal|bad|good|brisk|sluggish|soft|solid|robust|tough"
    r"|difficult|busy|quiet|record|lackluster|lacklustre|stellar|dreadful|terrible|rough)\s+\Z",
    re.IGNORECASE,
)
_WORDS_THAT_TELL_THE_TENSE = (
    # "whether they clean out inventory or carry it into spring": what is carried on into a season
    # goes on into the next one.
    _WordsBefore(
        frozenset({"present", None}), lambda p: p.season is not None, _INTO_SEASON_BEFORE, 10, "future"
    ),
    # "The Rolling Stones announced a tour starting April 20 in Miami": what a past clause
    # announced is to start on its day, still to come.
    _WordsBefore(_PAST_OR_NONE, lambda p: p.month is not None, _EVENT_STARTING_BEFORE, 40, "future"),
    # "Agents said clients canceled trips planned for March": what was planned for a month is to come.
    _WordsBefore(
        _PAST_OR_NONE,
        lambda p: p.month is not None and p.day is None,
        _PLANNED_FOR_A_MONTH_BEFORE,
        24,
        "future",
    ),
    # "The sanctions imposed by the council on Aug. 6 will remain in force": the day of a deed a
    # participle tells of its noun, done.
    _WordsBefore(
        frozenset({"future"}),
        lambda p: p.month is not None and p.day is not None,
        _SET_BY_ON_BEFORE,
        60,
        "past",
    ),
    # "economists said ahead of the Labor Department's report Friday": the report is to come.
    _WordsBefore(
        _PAST_OR_NONE,
        lambda p: p.weekday is not None and p.day is None,
        _AHEAD_OF_A_REPORT_BEFORE,
        70,
        "future",
    ),
    # "The adjuster's coming Wednesday": a progressive of coming, "is" written short, looks ahead.
    _WordsBefore(
        frozenset({"past", "present", None}),
        lambda p: p.weekday is not None and p.day is None,
        _COMING_ON_BEFORE,
        30,
        "future",
    ),
    # "Organisers warned that showers were forecast for Tuesday": what a forecast said is for is
    # to come.
    _WordsBefore(
        _PAST_OR_NONE,
        lambda p: (p.weekday is not None or p.weekend) and p.day is None,
        _FORECAST_FOR_A_DAY_BEFORE,
        90,
        "future",
    ),
    # "Negotiators resumed talks yesterday, trying to meet a Friday deadline": a deadline still to
    # be met is to come.
    _WordsBefore(
        _PAST_OR_NONE,
        lambda p: p.weekday is not None and p.day is None,
        _DEADLINE_TO_MEET_BEFORE,
        48,
        "future",
    ),
    # "The Fed will publish minutes of its March meeting next week": the minutes are of a meeting
    # held, whatever the tense of their release.
    _WordsBefore(_NOT_PAST, lambda p: p.month is not None and p.day is None, _MINUTES_OF_BEFORE, 60, "past"),
    # "A man is scheduled to be arraigned Tuesday in the shooting death of a man early Sunday": the
    # day of a deed a charge is for has gone by, whatever the clause's tense.
    _WordsBefore(
        _NOT_PAST, lambda p: p.weekday is not None or p.month is not None, _DEED_OF_SOMEONE_BEFORE, 70, "past"
    ),
    # "Retailers are hoping for a big weekend after a weak January": a month judged, gone by.
    _WordsBefore(
        _NOT_PAST, lambda p: p.month is not None and p.day is None, _AFTER_A_JUDGED_MONTH_BEFORE, 30, "past"
    ),
)


def _tense_by_its_noun(
    tense: Tense | None, partial: PartialTime, candidate: Candidate, text: str
) -> Tense | None:
    """The tense of a time named without its year, as the words around it tell it whatever its
    clause's verb does (the clause's ``tense`` else)."""
    if partial.year is not None or partial.shift is not None or partial.anchor is not None:
        return tense
    start, end = candidate.start, candidate.end
    if (
        tense != "past"
        and partial.month is not None
        and _DEED_AFTER.match(text, end)
        and _DEED_OWNER_BEFORE.search(text, max(0, start - 8), start)
    ):
        # "Iraq may reconsider its August 5 decision", "will appeal the court's June 2 ruling": a
        # deed a date describes, with its owner before it, is done, whatever the clause's mood.
        return "past"
    for cue in _WORDS_THAT_TELL_THE_TENSE:
        if (
            tense in cue.tenses
            and cue.applies(partial)
            and cue.before.search(text, max(0, start - cue.reach), start)
        ):
            return cue.tense
    if (
        tense in ("present", None)
        and partial.weekday is not None
        and partial.day is None
        and _WEEKDAY_SUBJECT_IS_AFTER.match(text, end)
        and _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 4), start)
    ):
        # '"Saturday morning is not a good time to be on the road," the forecaster said': a day
        # the present tells of as its subject is the one to come.
        return "future"
    if _AWAY_AFTER.match(text, end) and not _WAS_AFTER.match(text, end):
        # "a fresh argument for the November elections, five months away": still to come (not
        # "Thanksgiving was five days away", of a story's past).
        return "future"
    if (
        (partial.month is not None or partial.season is not None)
        and partial.day is None
        and (
            _CONTRACT_FOR_BEFORE.search(text, max(0, start - 24), start)
            # ("November heating oil rose 3.1 cents": the contract's month, its name first.)
            or (partial.month is not None and _CONTRACT_OF_THE_MONTH_AFTER.match(text, end))
        )
    ):
        # "U.S. crude for January fell 95 cents": a contract's month of delivery is still to come.
        return "future"
    if (
        tense == "future"
        and (partial.quarter is not None or partial.half is not None)
        and _RESULTS_REPORTED_FOR_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "expects to report a loss for the fourth quarter": the results reported are of a quarter
        # (a half) closed, whatever the clause's tense.
        return "past"
    return tense


def _needs_tense(partial: PartialTime) -> bool:
    return partial.kind == "date" and partial.year is None and partial.value is None


def _timex_type(partial: PartialTime, rule_type: TimexType = "DATE") -> TimexType:
    """The TIMEX3 type of a resolved partial; a vague reference takes its rule's type (a history
    types "at that time" as a TIME, see fuzzy.time_of_story)."""
    if partial.kind == "ref":
        return rule_type if rule_type in ("DATE", "TIME") else "DATE"
    if partial.kind == "duration":
        return "DURATION"
    if partial.kind == "set":
        return "SET"
    if partial.kind == "date" and partial.is_time:
        return "TIME"
    return "DATE"


def resolve_partial(
    partial: PartialTime,
    context: DocumentContext,
    *,
    tense: Tense | None = None,
    points: Sequence[ReferencePoint] = (),
    policy: ResolutionPolicy | None = None,
) -> Resolution | None:
    """Resolve one partial value; ``None`` when the text names a day that does not exist."""
    policy = policy or ResolutionPolicy(context.domain)
    if partial.value is not None:
        return Resolution(partial.value)
    if partial.kind == "duration":
        return Resolution(format_duration(partial.duration))
    if partial.day_in_month is not None:
        month = resolve_partial(
            partial.but(day_in_month=None, grain=Grain.MONTH),
            context,
            tense=tense,
            points=points,
            policy=policy,
        )
        return _day_of_month(partial, month)
    if partial.offset is not None and partial.offset.unit >= Grain.HOUR:
        # "an hour ago", "30 mins from now": to the minute where the DCT has a clock.
        clocked = _clock_moved(partial.offset, context)
        if clocked is not None:
            return clocked
        return resolve_partial(partial.but(offset=None), context, tense=tense, points=points, policy=policy)
    if partial.offset is not None:
        named = resolve_partial(partial.but(offset=None), context, tense=tense, points=points, policy=policy)
        moved = _moved(partial, named)
        if (
            tense in ("past", "future")
            and context.dct is not None
            and partial.year is None
            and partial.anchor is None
            # (A feast or a day of a month: the year is what the tense may move; a weekday's
            # week is its idiom's, "Friday week".)
            and partial.weekday is None
            and (partial.holiday_name is not None or partial.month is not None)
        ):
            # The tense is the moved day's, not the named one's: "The attack came a week before
            # Christmas", written on 20 December, is this December's 18th (this Christmas is still
            # to come, the day a week before it is not).
            nearest = resolve_partial(
                partial.but(offset=None, direction=None), context, tense=None, points=points, policy=policy
            )
            moved = _nearer_in_tense(moved, _moved(partial, nearest), context.dct, tense)
        return moved
    try:
        return _resolve_date(partial, context, tense, points, policy)
    except (ValueError, OverflowError):
        return None


def _day_of_month(partial: PartialTime, month: Resolution | None) -> Resolution | None:
    """ "the last day of next month": the day ``partial.day_in_month`` names in the month
    resolved as ``month``."""
    if month is None or partial.day_in_month is None:
        return None
    if month.point is None:
        return Resolution(format_unknown(PartialTime(grain=Grain.DAY)))  # no DCT: the month is unknown
    first = month.point.day
    try:
        day = holiday_date(in_month(partial.day_in_month, first.month), first.year)
    except ValueError:
        return None  # "the 31st of next month" in a month of 30 days
    if day is None:
        return None  # a fifth weekday the month does not have
    # ("the last week of the month": the ISO week of the day named, the middle of its seven; "the
    # fourth Monday of the month at 6:30 p.m." keeps its clock.)
    grain = partial.grain if partial.grain == Grain.WEEK or partial.grain > Grain.DAY else Grain.DAY
    named = partial.but(day_in_month=None, shift=None, anchor=None, weekday=None, grain=grain)
    return _dated(named, day, month.implied, ReferencePoint(day, grain, month.anchor or ""))


def _clock_moved(offset: Shift, context: DocumentContext) -> Resolution | None:
    """The DCT's clock time moved by hours or minutes; ``None`` when the DCT gives no clock (a
    date alone, read as its midnight)."""
    when = context.dct_time
    if when is None or when.time() == dt.time():
        return None
    minutes = offset.amount * (60 if offset.unit == Grain.HOUR else 1)
    try:
        moved = when + dt.timedelta(minutes=minutes)
    except OverflowError:
        return None
    return Resolution(f"{moved:%Y-%m-%dT%H:%M}")


def _nearer_in_tense(
    moved: Resolution | None, other: Resolution | None, dct: dt.date, tense: str
) -> Resolution | None:
    """Of two readings of a day moved from a named one, the one on the tense's side of the DCT,
    or the nearer to it where both are."""
    if other is None or other.point is None:
        return moved
    if moved is None or moved.point is None:
        return moved

    def fits(day: dt.date) -> bool:
        return day <= dct if tense == "past" else day >= dct

    if not fits(other.point.day):
        return moved
    if not fits(moved.point.day) or abs((other.point.day - dct).days) < abs((moved.point.day - dct).days):
        return other
    return moved


def _moved(partial: PartialTime, named: Resolution | None) -> Resolution | None:
    """ "three days before May 5": the named date (resolved as ``named``), moved by the offset."""
    if partial.offset is None or named is None:
        return None
    if named.point is None:
        # No date to move from (no DCT): the day is unknown.
        return Resolution(format_unknown(PartialTime(grain=partial.grain)))
    unit = partial.offset.unit
    try:
        day = _apply_shift(named.point.day, unit, partial.offset.amount)
    except (ValueError, OverflowError):
        return None
    moved = partial.but(offset=None, weekday=None, holiday_name=None)
    return _dated(moved, day, named.implied, ReferencePoint(day, unit, named.anchor or ""))


def _names_the_day_told(partial: PartialTime) -> bool:
    """Whether an anaphor names the day told itself ("that day", "the same day", "the morning of
    that day")."""
    return (
        partial.anchor == "ref"
        and partial.shift is not None
        and partial.shift.unit == Grain.DAY
        and partial.shift.amount == 0
        and partial.offset is None
    )


#: How many of the latest reference points an anaphor may reach back over: it refers to a recent
#: date, never to one pages earlier, and the bound keeps resolution linear in the number of timexes.
_REFERENCE_LOOKBACK = 100


#: A period this many years or more from the DCT's year is a news report's background.
_BACKGROUND_YEARS = 2
#: A clause joined after a time, in the future: " and court will not sit ".
_FUTURE_CLAUSE_BETWEEN = re.compile(r"\b(?:and|but)\s+(?:[\w'’-]+\s+){1,3}?(?:will|won['’]t|would|is\s+to)\b")
#: A plan's verb up to its clock time: "is scheduled to launch atop an Atlas V rocket at ".
_PLANNED_CLOCK_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:scheduled|set|due|expected|slated)\s+to\s+[a-z]+\b[^.;:!?]{0,60}\s(?:at|by)\s+\Z",
    re.IGNORECASE,
)
#: The paragraph breaks a report's day reaches across to a clock time told after background.
_PARAGRAPHS_OF_A_DAY = 2


def _past_background(points: Sequence[ReferencePoint], dct: dt.date, text: str) -> Sequence[ReferencePoint]:
    """The points up to the latest day, when every point after it is a period that lies years
    from the DCT or in a year before it (a report's background: "His father was governor in the
    1960s"), all in that day's paragraph; else all."""
    for index in range(len(points) - 1, -1, -1):
        point = points[index]
        if point.grain >= Grain.DAY:
            last = points[-1].start
            # (A wire's paragraphs are a sentence or two: the day stays the story's across a few.)
            if (
                point.start is None
                or last is None
                or text.count("\n\n", point.start, last) > _PARAGRAPHS_OF_A_DAY
            ):
                return points
            return points[: index + 1]
        if point.bc or (abs(point.day.year - dct.year) < _BACKGROUND_YEARS and point.day.year >= dct.year):
            # (A period of an earlier year is background too: "The derby on September 13 will be
            # the first since Rovers were relegated last year. Kick-off is at 3pm.")
            return points
    return points


#: How far from its DCT a day a report tells in a sentence of its own is background, not a day
#: its clock times are on.
_BACKGROUND_DAY = dt.timedelta(days=31)
#: How far ahead of its DCT a day still to come may be for a report's clock times to be on it.
_FAR_AHEAD = dt.timedelta(days=60)
#: The days around its DCT a report's own news happens on (a clock time's day, before any
#: background the report tells after it).
_NEWS_DAYS = dt.timedelta(days=7)


def _is_dateline(context: DocumentContext, point: ReferencePoint) -> bool:
    """Whether ``point`` is the date of the text's opening dateline ("ANKARA, September 2
    (Xinhua) --")."""
    return point.start is not None and point.start == context.dateline_start


def _news_day_before_background(
    points: Sequence[ReferencePoint], dct: dt.date, context: DocumentContext
) -> Sequence[ReferencePoint]:
    """The points up to the report's own day for a clock time told after background: a month or
    a year named after that day, in its paragraph ("The court ruled yesterday. The governor, who
    presents his budget in mid-January, said in a statement released at 6 p.m."), or a day weeks
    from the DCT named after it in its sentence ("A cease-fire took effect Monday, halting a war
    that began July 12. Israeli jets struck Beirut as late as 7:40 a.m."). Else all."""
    text = context.text
    last = points[-1]
    if last.start is None or (
        last.grain >= Grain.DAY and (abs(last.day - dct) <= _NEWS_DAYS or last.day > dct)
    ):
        # (A day still to come is for the clause's tense to weigh: see _anchor_for.)
        return points
    for index in range(len(points) - 2, max(-1, len(points) - 1 - _REFERENCE_LOOKBACK), -1):
        point = points[index]
        if point.start is None or text.count("\n\n", point.start, last.start) > _PARAGRAPHS_OF_A_DAY:
            return points
        if point.grain < Grain.DAY:
            continue
        if point.day > dct + _NEWS_DAYS:
            # ("cut its forecast on Wednesday, saying shoppers were pulling back heading into
            # Christmas. '... December so far has not made up the gap,' Raman said on a call that
            # began at 4:30 p.m.": a day weeks ahead named in passing, no background.)
            continue
        if abs(point.day - dct) > _NEWS_DAYS:
            return points
        if (
            last.grain >= Grain.DAY
            and (
                sentence_bounds(text, last.start)[0] > point.start
                # (... as it is after a dateline: "ANKARA, September 2 (Xinhua) -- The earthquake
                # that hit Turkey on August 17 struck at 3:02 a.m.")
                or _is_dateline(context, point)
            )
            # (Not the last day of a period figures are for: "Mercer said yesterday that its profit
            # doubled. For the quarter ended June 30, it earned $84.3 million. The results, released
            # at 4 p.m., topped estimates.")
            and not _PERIOD_ENDED_BEFORE.search(text, max(0, last.start - 30), last.start)
        ):
            # (A day weeks away told in a sentence of its own is the story's: "The war began on
            # July 12. At 7:40 a.m. jets struck Beirut." But see _past_background_day.)
            return points
        return points[: index + 1]
    return points


#: A period that ends on the date after it: "the quarter ended ", "the year ending ".
_PERIOD_ENDED_BEFORE = re.compile(
    # ("in the week ended Friday, the EIA said, pushing crude futures up by 11:30 a.m.")
    # ("in the quarter that ended April 1": its relative clause too.)
    r"\b(?:quarter|year|period|half|months|weeks?|fortnight)\s+(?:(?:that|which)\s+)?"
    r"(?:ended|ending|ends|to|through)\s+(?:on\s+)?\Z",
    re.IGNORECASE,
)
#: "of" before an expression: "the events of this year".
_OF_BEFORE = re.compile(r"\bof\s+\Z", re.IGNORECASE)
#: How near the DCT a history's latest date must lie for "this year", "next year" or "last
#: month" to be the writer's (a history brought up to its own day), not the story's.
_WRITING_YEARS = 2


def _story_reached_writing(
    partial: PartialTime,
    context: DocumentContext,
    points: Sequence[ReferencePoint],
    tense: Tense | None = None,
) -> bool:
    """Whether a history's deictic expression ("This year the army traded its rifles", "would break
    the pact in a referendum next year") is counted from the DCT: its story has come to within a
    couple of years of the time of writing. (Far from it, "this year" is the story's: "Another
    major event of this year" in a story of 2004.)"""
    return (
        partial.anchor == "dct"
        and partial.shift is not None
        # (Not "At the end of the year", told after "In May" of the story's year: its year's;
        # "earlier this year", "the middle of this year" say which.)
        and (partial.mod is None or partial.direction == "same")
        and context.dct is not None
        and bool(points)
        and not points[-1].bc
        and abs((context.dct - points[-1].day).days) <= _WRITING_YEARS * 365
    )


def _writers_own_period(
    partial: PartialTime, candidate: Candidate, points: Sequence[ReferencePoint], dct: dt.date | None
) -> bool:
    """Whether "this year" ("earlier this year", "this century") in a history is its writer's: the
    story the history has told lies generations back (see :data:`_GENERATIONS_BACK`)."""
    return (
        partial.anchor == "dct"
        and partial.shift is not None
        and partial.shift.amount == 0
        and partial.shift.unit in (Grain.YEAR, Grain.DECADE, Grain.CENTURY)
        # (Said with "this": not "the end of the year" nor "later in the decade", the story's.)
        and _THIS_WORD.search(candidate.text) is not None
        and dct is not None
        and bool(points)
        and (
            points[-1].bc
            or (dct - points[-1].day).days > _GENERATIONS_BACK * 365
            # ("The Marines landed on 7 August 1942 ... Veterans returned in 1992. Earlier this year
            # a series depicted the campaign": a legacy's later year is no year of the story's.)
            or (
                not points[0].bc
                and (dct - points[0].day).days > _GENERATIONS_BACK * 365
                and points[-1].day.year < dct.year
            )
        )
    )


#: How many years back a story lies when "this year" in it can only be its writer's.
_GENERATIONS_BACK = 30
_THIS_WORD = re.compile(r"\bthis\b", re.IGNORECASE)


def _anchor_for(
    partial: PartialTime,
    context: DocumentContext,
    points: Sequence[ReferencePoint],
    need: Grain,
    tense: Tense | None = None,
    *,
    part_tense: Tense | None = None,
    count_tense: Tense | None = None,
) -> ReferencePoint | None:
    """The anchor of a relative or underspecified expression (``part_tense``: the tense of the
    clause of a part of a day, which a day still to come cannot anchor in the past; ``count_tense``:
    that of a count from the story's time, which a past month may anchor).

    Anaphoric expressions take the most recent reference point of at least the grain they need
    (exactly ``anchor_grain`` when they name one); narrative texts do the same for underspecified
    dates; a coarser period named since that the text has moved on to (see :func:`_moved_on`)
    comes before them. Everything else, and anything with no suitable reference, anchors on the DCT.
    """
    wants_reference = partial.anchor == "ref" or (
        context.domain == "narrative"
        and not partial.speech_time
        and not _story_reached_writing(partial, context, points)
    )
    if partial.fiscal:
        # "Its fiscal 2015 began in June. In the first quarter of the fiscal year ...": the fiscal
        # year just named, not the DCT's calendar year.
        for point in islice(reversed(points), _REFERENCE_LOOKBACK):
            if point.fiscal and point.grain == Grain.YEAR:
                return point
    if (
        context.domain == "narrative"
        and partial.hour is not None
        and partial.day is None
        and partial.weekday is None
        and points
        and points[-1].planned
        and not all(point.planned for point in points)
    ):
        # "Barbarossa began on 22 June 1941. The attack had been set for 15 May. The bombardment
        # opened at 0315": a history's clock is on the day its story is at, not on a plan's.
        points = [point for point in points if not point.planned]
    # A clock time without a day is on the day the text last named ("The minister arrived on
    # Tuesday. He spoke at 3 p.m."), when it named one. ("four o'clock this afternoon", "10 last
    # night" are counted from the DCT; a feast names its own day: "at 2:01 on Christmas".)
    dayless_clock = (
        not wants_reference
        and partial.anchor != "dct"
        and partial.hour is not None
        and partial.day is None
        and partial.weekday is None
        and partial.holiday_name is None
    )
    if (
        dayless_clock
        and context.domain != "narrative"
        and context.dct is not None
        and len(points) > 1
        and points[-1].grain < Grain.DAY
    ):
        # ("Romney won Michigan on Tuesday. His father was governor in the 1960s. He spoke
        # shortly after 10 p.m.": a period years from the DCT is background, and the clock time
        # is on the day the report told before it.)
        points = _past_background(points, context.dct, context.text)
    if (
        dayless_clock
        and context.domain != "narrative"
        and tense == "past"
        and points
        and points[-1].grain >= Grain.DAY
        and points[-1].start is not None
        and _PLUPERFECT_IN_CLAUSE.search(
            context.text, sentence_bounds(context.text, points[-1].start)[0], points[-1].start
        )
    ):
        # "The inspectors had been given permission on Sunday night ... The convoy left its hotel at
        # 11 a.m.": a day the pluperfect tells is background, no day the report's clock is on.
        told = [point for point in points if not _background_day(point, context.text)]
        if told and told[-1].grain < Grain.DAY and context.dct is not None:
            # ("won the London Marathon yesterday ... runner-up in 2016 and third last April ...
            # Organisers had warned on Saturday ..., and the elite men set off at 10am": past the
            # years of a career, the day the report told.)
            recent = [
                point
                for point in islice(reversed(told), _REFERENCE_LOOKBACK)
                if point.grain >= Grain.DAY and point.start is not None
            ]
            if (
                recent
                and abs(recent[0].day - context.dct) <= _NEWS_DAYS
                and context.text.count("\n\n", recent[0].start, points[-1].start) <= 1
                and all(
                    point.grain < Grain.DAY and abs(point.day.year - context.dct.year) >= 1
                    for point in told[told.index(recent[0]) + 1 :]
                )
            ):
                told = told[: told.index(recent[0]) + 1]
        if not told or told[-1].grain < Grain.DAY:
            return ReferencePoint(context.dct, Grain.SECOND, "DCT") if context.dct is not None else None
        points = told
    if (
        dayless_clock
        and context.domain != "narrative"
        and points
        and points[-1].grain >= Grain.DAY
        and points[-1].start is not None
        and _ASIDE_DAY_BEFORE.search(context.text, max(0, points[-1].start - 100), points[-1].start)
        and not _overtaken_plan_before(context.text, points[-1].start)
    ):
        if len(points) == 1:
            # ("Kenyatta, who was declared the winner on 11 August, said in a televised address at
            # 2 p.m.": no day told but the aside's, the report's own.)
            return ReferencePoint(context.dct, Grain.SECOND, "DCT") if context.dct is not None else None
        # "Weekly jobless claims, released Thursday, rose. Treasury yields fell after the 8:30 a.m.
        # release", "She won Vermont on Tuesday night, having carried the District on Sunday. ...
        # after polls closed at 7 p.m.": a day an aside or a perfect participle names is
        # background, no day the report's clock is on.
        points = points[:-1]
    if (
        dayless_clock
        and context.domain != "narrative"
        and tense == "past"
        and len(points) > 1
        and points[-1].grain >= Grain.DAY
        and points[-2].grain >= Grain.DAY
        and points[-1].start is not None
        and (
            (
                points[-2].day < points[-1].day
                and _ATTRIBUTION_BEFORE.search(context.text, max(0, points[-1].start - 60), points[-1].start)
            )
            or _WILL.search(
                context.text, sentence_bounds(context.text, points[-1].start)[0], points[-1].start
            )
        )
    ):
        # "opened fire at 6:45 p.m. Monday ... Police Chief Marsh said at a news conference early
        # Tuesday. ... The first 911 calls came in at 6:47 p.m.": the day the story was told on is
        # no day its clocks are on; nor is a day a clause of the future names ("Woods won the
        # Masters on Sunday. He will rise to No. 6 in the ranking Monday. Patrons began lining up
        # at 5 a.m.").
        points = points[:-1]
    if dayless_clock and context.domain != "narrative" and context.dct is not None and len(points) > 1:
        points = _news_day_before_background(points, context.dct, context)
    if (
        dayless_clock
        and context.domain != "narrative"
        and points
        and points[-1].start is not None
        and points[-1].grain >= Grain.DAY
        and _PERIOD_ENDED_BEFORE.search(context.text, max(0, points[-1].start - 30), points[-1].start)
    ):
        # "Crude inventories fell in the week ended Friday, the EIA said, pushing futures up by
        # 11:30 a.m.": the day a period of figures ended is no day the report's clock is on.
        points = points[:-1]
    if (
        dayless_clock
        and context.domain != "narrative"
        and tense == "past"
        and context.dct is not None
        and points
        and points[-1].grain >= Grain.DAY
        and points[-1].day > context.dct
    ):
        # "The House opened its debate yesterday morning. The debate, which is scheduled to end
        # tomorrow, began at 9:15 a.m.": what a past clause tells happened by the DCT, on the day
        # before it if the report named that day last (else on the DCT's).
        for point in islice(reversed(points), _REFERENCE_LOOKBACK):
            if point.grain >= Grain.DAY and point.day <= context.dct and point.start is not None:
                if context.dct - point.day == _ONE_DAY:
                    return point
                break
        return ReferencePoint(context.dct, Grain.SECOND, "DCT")
    if (
        dayless_clock
        and points
        and points[-1].grain >= Grain.DAY
        # ("The speaker said hearings would begin on Feb. 16. The governor announced his decision
        # at 2 p.m.": what a past clause tells happened by the DCT, not on a day still to come.)
        and not (tense == "past" and context.dct is not None and points[-1].day > context.dct)
    ):
        if tense in ("future", "present") and context.domain != "narrative" and context.dct is not None:
            # "The launch is scheduled for Friday, NASA said Tuesday. Liftoff will be at 9:15
            # a.m.": what a report says is to come is not on a day gone by, but on the latest day
            # still to come it named (or the DCT's); so is a timetable's present ("The markets
            # fell on Monday. Trading resumes at 9:30 a.m.").
            # (Not past a paragraph of days gone by: "... across Georgia on Friday. \n\n Some
            # stations ran dry Wednesday night ... on Tuesday. \n\n The next full advisory is due at
            # 5 p.m." is today's.)
            reach = context.text.rfind("\n\n", 0, points[-1].start) if points[-1].start is not None else -1
            for point in islice(reversed(points), _REFERENCE_LOOKBACK):
                if point.start is not None and point.start < reach:
                    break
                if (
                    point.grain >= Grain.DAY
                    and point.day >= context.dct
                    # ("The millennium does not begin until January 1st, 2001. Our coverage continues
                    # until 2 a.m.": a day months away is no day a report's clock is on.)
                    and point.day - context.dct <= _FAR_AHEAD
                    # ("Ukrainians vote on Sunday. If no candidate wins, a runoff will be held on June
                    # 15. Polling stations open at 8 a.m.": a day only a condition brings is no day
                    # the timetable is for.)
                    and not _in_conditional_sentence(context.text, point.start)
                    # (Nor one a bound names: "voters head to the polls today, the last test before
                    # Super Tuesday on March 5. Polls open at 7 a.m.")
                    and not (
                        point.start is not None
                        and _BOUND_DAY_BEFORE.search(context.text, max(0, point.start - 40), point.start)
                    )
                ):
                    return point
            if points[-1].day < context.dct or points[-1].day - context.dct > _FAR_AHEAD:
                return ReferencePoint(context.dct, Grain.SECOND, "DCT")
        return points[-1]
    if wants_reference:
        coarser: ReferencePoint | None = None
        for point in islice(reversed(points), _REFERENCE_LOOKBACK):
            if (
                partial.direction == "same"
                and partial.part_of_day is not None
                and context.domain != "narrative"
                and point.start is not None
                and _TODAY_WORD.match(context.text, point.start)
            ):
                # "as he left it on the night of June 14, 1995. Today, after a jury convicted the
                # man who killed him, she said ... That night had started ordinarily": "that" points
                # away from the day of writing, which "tonight" would name.
                continue
            if (
                part_tense == "future"
                and context.domain != "narrative"
                and context.dct is not None
                and point.grain >= Grain.DAY
                and point.day < context.dct
                # (Not "that night" of an old story: "had swapped shifts that Saturday, so she
                # could go to a dance that night" is the story's future, not the report's; nor what
                # an old story's "would" tells: "By 9:36 p.m. the boroughs were dark. Power would not
                # be restored until late the next night".)
                and not (partial.direction == "same" and point.day.year < context.dct.year)
                and context.dct.year - point.day.year < _OLD_STORY_YEARS
            ):
                # "The Senate voted yesterday. We will stay with this story throughout the
                # evening": what a report says is to come is not on a day gone by.
                continue
            if (
                point.planned
                # ("Camp ends on Monday, March 25. The team plays the following weekend": a clause
                # with no tense told counts from the planned day; "Hours later" of one does not.)
                and (count_tense == "past" or (count_tense is None and partial.part_of_day is not None))
                and partial.anchor == "ref"
                # ("both armies agreed to withdraw by 25 February. Shastri died early the following
                # morning": in a history too, what a past clause counts from has been.)
                and (context.domain != "narrative" or count_tense == "past")
            ):
                # "Another rally is planned for Friday. Police broke up a similar protest a day
                # earlier", "The council meets again on Jan. 22. Hours later, China's central bank
                # cut rates": what a clause not of the future counts from, or tells the rest of,
                # has been.
                continue
            if (
                part_tense == "past"
                and context.domain != "narrative"
                and context.dct is not None
                and point.grain >= Grain.DAY
                and point.day > context.dct
            ):
                # "Tax cuts expire on Dec. 31. Stocks gave up early gains before recovering in the
                # afternoon": what a report tells in the past happened by the DCT, not on a day
                # still to come.
                continue
            if partial.anchor_grain is not None:
                if point.grain == partial.anchor_grain:
                    return point
            elif point.grain >= need:
                moved = (
                    coarser is not None
                    and _moved_on(point, coarser, context.text, narrative=context.domain == "narrative")
                    # (A report does not move on to a period still to come: "blocked the law until
                    # this spring. In a separate ruling the same day ..." is the day of the ruling.)
                    and not (
                        context.domain != "narrative"
                        and context.dct is not None
                        and coarser.day > context.dct
                    )
                    # (Nor to a time a figure is compared with: "won 261 seats, up 29 on two years
                    # ago. The pound fell overnight" is the night of the election's day.)
                    and not (
                        context.domain != "narrative"
                        and coarser.start is not None
                        and _COMPARED_BEFORE.search(context.text, max(0, coarser.start - 80), coarser.start)
                    )
                    # (Nor, in a report, to a month or a year for a part of a day: "The attack began
                    # late Tuesday. He was appointed in July. Protesters had gathered earlier in the
                    # evening" is Tuesday's evening.)
                    and not (context.domain != "narrative" and partial.part_of_day is not None)
                    # (Nor, in a report, for "the same day" to a period a participle names in
                    # passing: "takes effect on Dec. 5. A price cap agreed last month is due to come
                    # into force the same day" is Dec. 5; after "most recently last October when
                    # a doctor was killed", "that same day" is one in October.)
                    and not (
                        context.domain != "narrative"
                        and need == Grain.DAY
                        and partial.shift is not None
                        and partial.shift.amount == 0
                        and coarser.start is not None
                        and _PARTICIPLE_JUST_BEFORE.search(
                            context.text, max(0, coarser.start - 24), coarser.start
                        )
                    )
                    # (Nor to a season for a month: "The storm of 14 November 1854 wrecked the ships,
                    # and during the winter that followed ... earlier that month" is November's.)
                    and not (
                        need == Grain.MONTH
                        and coarser.grain == Grain.SEASON
                        and not (partial.shift and partial.shift.amount)
                    )
                )
                return coarser if moved else point
            elif coarser is None and need >= Grain.MONTH:
                coarser = point
        if (
            context.domain != "narrative"
            and coarser is not None
            and coarser.grain == Grain.MONTH
            and coarser.start is not None
            and context.dct is not None
            and coarser.day < context.dct.replace(day=1)
            and partial.shift is not None
            and partial.shift.amount > 0
            and count_tense == "past"
        ):
            # "In January, rebels seized 2,000 hostages. The crisis ended ten days later": some
            # days into the month the report told of, not ten days after the DCT.
            return coarser
        if (
            context.domain == "narrative"
            and partial.anchor == "ref"
            and not points
            and not partial.speech_time
        ):
            # "Later that year the uprising spread. On 3 May 1921 ...": before the story has a
            # time, what counts from it is not the writer's (whatever the DCT).
            return None
    if context.dct is None:
        return None
    return ReferencePoint(context.dct, Grain.SECOND, "DCT")


#: A past participle right before a period it dates: "agreed last month", "signed in March".
_PARTICIPLE_JUST_BEFORE = re.compile(r"\b[a-z]{2,}ed\s+(?:in\s+|on\s+)?\Z")


_CONDITIONAL_OPENING = re.compile(r"\s*[\"'“‘(]*(?:If|Unless|Should|In case|In the event)\b")


def _in_conditional_sentence(text: str, start: int | None) -> bool:
    """Whether the sentence around ``start`` opens with a condition ("If no candidate wins more
    than 50 percent, a runoff will be held on June 15"), so what it dates may never happen.

    >>> _in_conditional_sentence("Vote on Sunday. If nobody wins, a runoff is on June 15.", 45)
    True
    >>> _in_conditional_sentence("A runoff is on June 15 if nobody wins.", 16)
    False
    """
    if start is None:
        return False
    return _CONDITIONAL_OPENING.match(text, sentence_bounds(text, start)[0]) is not None


def _moved_on(point: ReferencePoint, coarser: ReferencePoint, text: str, *, narrative: bool = False) -> bool:
    """Whether a coarser period named after ``point`` is where the text has moved on to, so that
    only what that period knows can be said of a day counted from there ("The offensive began in
    October ...; four days later": see :func:`_vaguely`): a later sentence names it, and it does
    not hold the day but lies near it. One in the day's own sentence is what the day's news is
    about ("said on Tuesday that sales in March rose"), a far one an aside ("talks on the 8th,
    marking the 1945 victory"). A history that goes on years past the day ("sacked Antwerp on 4
    November 1576. In January 1579 the south made peace, and two weeks later ...") has moved on
    however far it went: its story does not step back to count from the old day."""
    if point.start is None or coarser.start is None:
        return False
    later = sentence_bounds(text, coarser.start)[0] > point.start
    if narrative and coarser.start > point.start and coarser.day > point.day:
        # A history moves on within a sentence too: "The fleet sailed on 12 May 1588, and in July
        # the Armada entered the Channel. A week later ..." counts from July.
        later = True
    near = abs(_story_year_of(coarser) - _story_year_of(point)) <= _ASIDE_YEARS
    ahead = narrative and _story_year_of(coarser) > _story_year_of(point)
    if narrative and coarser.grain == Grain.YEAR and _story_year_of(coarser) < _story_year_of(point):
        # "The explosion occurred on 14 November 1911. The colliery employed 1,100 men in 1910.
        # Gas had been reported during the previous month": a history does not move back to a
        # year of background before its day (a month may open a flashback: "The attack began in
        # October, ...; four days later").
        return False
    return later and (near or ahead) and not _within(point.day, coarser)


#: What opens a sentence before the year it tells of: "In ", "By the beginning of ", "Early in ".
_YEAR_OPENING = re.compile(
    r"[\s\"'“‘(]*(?:(?:In|During|Throughout|By|Early\s+in|Late\s+in)\s+)?(?:(?:the\s+)?(?:beginning|start|early\s+part)"
    r"\s+of\s+)?\Z"
)


def _within(day: dt.date, period: ReferencePoint) -> bool:
    """Whether ``day`` lies in the period a coarse reference point names (its year, month...)."""
    if period.grain >= Grain.DAY:
        return day == period.day
    start = period.day
    if period.grain == Grain.WEEK:
        start -= dt.timedelta(days=start.weekday())
    unit = Grain.QUARTER if period.grain == Grain.SEASON else period.grain
    try:
        end = _apply_shift(start, unit, 1)
    except (ValueError, OverflowError):
        return day >= start
    return start <= day < end


#: Financial reports: how many of the latest reference points the period a comparison ("a year
#: earlier") is about may lie back.
_PERIOD_LOOKBACK = 3

#: "the nine months", "the first six months", "the year ended Sept. 30": a report's year-to-date
#: or full-year figures, after which "a year earlier" compares years, not quarters.
_MONTHS_PERIOD = re.compile(
    # ("For the 11 months, sales were $2.9 billion": any count of half a year or more.)
    r"the (?!next |coming |following )(?:[\w-]+ ){0,2}"
    r"(?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-2])[- ]months"
    r"|the (?:fiscal |financial )?year\b"
    # ... and a count of the year's months so far, as economic wires give figures: "in the first
    # two months of this year, exports climbed 22 percent over the same period last year".
    r"|the first (?:[\w-]+ )?months\b",
    re.IGNORECASE,
)


def _in_months(duration: tuple[tuple[float | None, str], ...]) -> bool:
    """Whether a length is a whole number of months, and nothing else ("the first two months")."""
    return len(duration) == 1 and duration[0][1] == "M" and duration[0][0] is not None


def _period_marker(candidate: Candidate, context: DocumentContext) -> ReferencePoint | None:
    """A year-grain reference for a report's count of months ("In the nine months, net rose"),
    so that comparisons after it are about years (see :func:`_period_in_question`)."""
    partial = candidate.partial
    if (
        context.dct is None
        or context.domain != "news"
        or partial.kind != "duration"
        # (A count of months or a year; the words say which counts: see _MONTHS_PERIOD.)
        or not (partial.duration == ((1, "Y"),) or _in_months(partial.duration))
        or not _MONTHS_PERIOD.match(candidate.text)
    ):
        return None
    return ReferencePoint(dt.date(context.dct.year, 1, 1), Grain.YEAR, "")


def _names_reported_period(partial: PartialTime, point: ReferencePoint, anchor: str | None) -> bool:
    """Whether an expression may be a reference point: an expression about a financial period may
    if it names the reported one ("the quarter", "the latest quarter"), not the period compared
    with ("the year-ago quarter", "a year earlier"), unless that is a year ("$3 million last year,
    down from $4 million the year before": in news, counted from the DCT)."""
    if partial.inherit_grain:
        return point.grain == Grain.YEAR and anchor == "DCT"
    if partial.anchor_grain is None:
        return True
    return partial.year is None and partial.shift is not None and partial.shift.amount == 0


#: A forecast for the period just named: ", it forecast", ", the bank projected", " outlook".
_FORECAST_FOR_PERIOD_AFTER = re.compile(
    r"(?:,\s+(?:it|they|the\s+[a-z]+|(?-i:[A-Z])[\w'’.-]*)\s+(?:forecast|forecasts|projected|projects|predicted"
    r"|predicts|guided|expects|expected|sees|saw)\b"
    r"|[- ](?:outlook|guidance|forecast|projection|target)s?\b)",
    re.IGNORECASE,
)


def _is_prospective(point: ReferencePoint, tense: Tense | None, dct: dt.date | None) -> bool:
    """Whether a period is one no report can be about yet: it has not closed by the DCT, unless a
    past-tense clause says it was reported on (a fiscal quarter closes before the calendar one of
    its number: "third-quarter profit was $5 million" in May is a fiscal quarter's). "The airline
    expects to post a third-quarter loss" in October is about a closed quarter, "a loss in the fourth
    quarter" a forecast."""
    if point.grain not in (Grain.YEAR, Grain.HALF, Grain.QUARTER) or dct is None or point.bc:
        return False
    months = {Grain.YEAR: 12, Grain.HALF: 6, Grain.QUARTER: 3}[point.grain]
    try:
        closed = shift_date(point.day, months=months) <= dct
    except (ValueError, OverflowError):
        closed = False  # it would close after the year 9999, after any DCT
    if closed:
        return False
    # A year still running ("the second this year") is not what figures are compared over.
    return tense != "past" or point.grain == Grain.YEAR


def _period_in_question(
    points: Sequence[ReferencePoint], dct: dt.date | None, text: str = ""
) -> tuple[ReferencePoint | None, bool]:
    """The quarter or half-year a comparison such as "a year earlier" is about, if any, and whether
    the year before the DCT (or a count of months) was mentioned since, so that a year is in
    question instead ("Last year losses were small; the year-earlier results ..."). Forecasts
    are passed over (they are not what the figures compared are for), and so are other years (an
    aside: "the company, founded in 1985, ...") and the year of an event it names ("farmers
    recovering from the 1988 drought")."""
    counted = 0
    for back in range(min(_REFERENCE_LOOKBACK, len(points))):
        point = points[-1 - back]
        if point.grain in (Grain.DAY, Grain.SEASON):
            # (The day the figures came out on and a season a forecast runs through are no periods
            # of figures: "in the first five months of 2014, officials said Thursday, and ... through
            # the summer".)
            continue
        counted += 1
        if counted > _PERIOD_LOOKBACK:
            break
        if point.prospective:
            continue
        if (
            point.grain == Grain.YEAR
            and point.start is not None
            and _YEAR_OF_AN_EVENT.match(text, point.start)
        ):
            continue
        if point.grain in (Grain.QUARTER, Grain.HALF):
            return _not_compared(points, len(points) - 1 - back, dct), False
        if (
            point.grain == Grain.MONTH
            and counted == 1
            and dct is not None
            and point.day <= dct
            and point.start is not None
            and _RATE_REPORTED_IN_BEFORE.search(text, max(0, point.start - 40), point.start)
        ):
            # "China's exports rose 5.6 percent in October. Imports grew 7.6 percent from a year
            # earlier": the month of the figures just reported.
            return point, False
        if point.grain == Grain.YEAR and dct is not None and point.day.year >= dct.year - 1:
            return None, True
    return None, False


#: A figure reported for a month, up to the month's name: "rose 5.6 percent in ".
_RATE_REPORTED_IN_BEFORE = re.compile(r"[0-9](?:\.[0-9]+)?\s*(?:%|percent|per\s+cent)\s+in\s+\Z")
#: A deadline a weekday's possessive names: "by Friday's deadline".
_DEADLINE_OF_THE_DAY_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:deadline|cutoff|cut-off|close)\b", re.IGNORECASE
)
#: A year that names an event after it: "the 1988 drought", "the 1987 crash".
_YEAR_OF_AN_EVENT = re.compile(
    r"[0-9]{4}\s+(?:drought|crash|recession|earthquake|quake|elections?|strike|merger|takeover|hurricane"
    r"|storm|floods?|war|invasion|scandal|collapse|bailout)\b"
)


def _reported_quarter(points: Sequence[ReferencePoint]) -> ReferencePoint | None:
    """The quarter a financial report is about: the latest one it has mentioned that is not a
    forecast."""
    for back in range(min(_REFERENCE_LOOKBACK, len(points))):
        point = points[-1 - back]
        if point.grain == Grain.QUARTER and not point.prospective:
            return _not_compared(points, len(points) - 1 - back)
    return None


#: How many reference points back the quarter a report is about may stand before one it is compared
#: with (the days and lengths between do not count: only quarters are compared).
_COMPARED_LOOKBACK = 6


def _not_compared(points: Sequence[ReferencePoint], index: int, dct: dt.date | None = None) -> ReferencePoint:
    """``points[index]``, a quarter, unless it is an earlier one than the quarter named just before
    it, which a report about that quarter compares with ("net rose in the third quarter ... after
    a weak second quarter", "the worst since the third quarter of 1986"): then that later quarter.
    (Fiscal quarters do not follow the calendar.)"""
    point = points[index]
    for earlier in reversed(points[max(0, index - _COMPARED_LOOKBACK) : index]):
        if earlier.prospective or earlier.grain != point.grain:
            continue
        if dct is not None and not earlier.fiscal and shift_date(earlier.day, months=3) > dct:
            # ("will report third-quarter results in late October. In the quarter ended June 30":
            # a quarter not yet over, written in September, is no quarter figures are for.)
            return point
        return earlier if point.day < earlier.day and not point.fiscal else point
    return point


def _financial_anchor(
    partial: PartialTime,
    anchor: ReferencePoint | None,
    context: DocumentContext,
    points: Sequence[ReferencePoint],
    tense: Tense | None = None,
) -> tuple[PartialTime, ReferencePoint | None]:
    """The partial and anchor of an expression about a reported period: "a year earlier" and "the
    year-ago period" take the grain of the period in question (a quarter, or else a year);
    "the quarter" refers to the reported quarter. Without one, they count from the DCT."""
    dct = None if context.dct is None else ReferencePoint(context.dct, Grain.SECOND, "DCT")
    latest_period = next(
        (point for point in reversed(points) if point.grain in (Grain.QUARTER, Grain.HALF)), None
    )
    if (
        tense == "future"
        and latest_period is not None
        and latest_period.prospective
        and partial.shift is not None
        and partial.shift.unit == Grain.YEAR
        and partial.shift.amount < 0
        and (partial.inherit_grain or partial.anchor_grain == latest_period.grain)
    ):
        # "Net fell in the third quarter. The company expects the fourth quarter to be flat with
        # the same period last year": what a forecast compares with is its own period a year back.
        return partial.but(grain=latest_period.grain, anchor_grain=latest_period.grain), latest_period
    if partial.inherit_grain:
        period, year_in_question = _period_in_question(points, context.dct, context.text)
        if period is not None:
            return partial.but(grain=period.grain, anchor_grain=period.grain), period
        if year_in_question or partial.anchor_grain is None:
            # "a year earlier" counts from the DCT in news (from the story's time in narratives).
            return partial.but(grain=Grain.YEAR, anchor_grain=None, fallback_shift=0), (
                anchor if partial.anchor == "dct" else dct
            )
    if partial.anchor_grain == Grain.QUARTER:
        forecast = _forecast_quarter(points)
        if (
            forecast is not None
            and tense == "future"
            and partial.shift == Shift(Grain.QUARTER, 0)
            and partial.direction != "past"
        ):
            # "Cortland will take a charge in its first quarter. It earned $88 million in the first
            # quarter of 1989. It expects a loss for the quarter.", "expects fourth-quarter
            # earnings to fall ... Earnings for the quarter would be 15 cents": what is to come is
            # the forecast's (not "the latest quarter", closed).
            return partial, forecast
        quarter = _reported_quarter(points)
        if quarter is not None:
            return partial, quarter
        if forecast is not None and (
            (partial.shift is not None and partial.shift.unit == Grain.YEAR) or partial.year is not None
        ):
            # "expects fourth-quarter earnings of $1.30 a share, up from $1.20 in the year-ago
            # quarter": with no quarter reported on, the year-ago one is the forecast's a year back
            # (so is one a year names: "will be below the $1.2 million in the 1989 quarter").
            return partial, forecast
    return partial, dct


def _forecast_quarter(points: Sequence[ReferencePoint]) -> ReferencePoint | None:
    """The latest quarter the text has named as a forecast, if it named one lately."""
    for point in reversed(points[-_PERIOD_LOOKBACK:]):
        if point.grain == Grain.QUARTER and point.prospective:
            return point
    return None


def _resolve_date(
    partial: PartialTime,
    context: DocumentContext,
    tense: Tense | None,
    points: Sequence[ReferencePoint],
    policy: ResolutionPolicy,
) -> Resolution | None:
    if partial.anchor is not None:
        return _resolve_relative(partial, context, tense, points, policy)
    if (
        partial.year is not None
        or partial.century is not None
        # A decade of the first century BC ("the 60s BC", BC006) names its century by its era.
        or (partial.decade is not None and (partial.decade >= 10 or partial.bc))
    ):
        return _resolve_absolute(partial)
    return _resolve_underspecified(partial, context, tense, points, policy)


def _resolve_absolute(partial: PartialTime) -> Resolution | None:
    if partial.holiday_name is not None and partial.year is not None:
        day = holiday_date(partial.holiday_name, _signed_year(partial))
        if day is not None:
            partial = partial.but(month=day.month, day=day.day)
        elif not partial.bc and feast_span(partial.holiday_name, _signed_year(partial)) is not None:
            partial = _its_year(partial)
        else:
            return None
    if partial.grain == Grain.DAY and partial.month is not None and partial.day is not None:
        dt.date(_signed_year(partial) if not partial.bc else 1, partial.month, partial.day)
    value = format_partial(partial, year=partial.year, week_day=_known_day(partial, partial.year))
    point = None
    if partial.year is not None and partial.grain >= Grain.YEAR:
        if not partial.bc:
            point = ReferencePoint(_first_day(partial, partial.year), partial.grain, "")
        elif partial.year < _BC_MIRROR and not (partial.month == 2 and partial.day == 29):
            # (The mirrored year need not share the leap years of the proleptic calendar.)
            point = ReferencePoint(_first_day(partial, _BC_MIRROR - partial.year), partial.grain, "", bc=True)
    elif (
        partial.grain == Grain.DECADE
        and partial.decade is not None
        and not partial.bc
        and partial.decade >= 10
    ):
        # "In the 1980s ... A decade later": a count of decades goes on from the decade named (a
        # count of years or days needs a finer point, so only a decade's count takes this one).
        point = ReferencePoint(dt.date(partial.decade * 10, 1, 1), Grain.DECADE, "")
    elif (
        partial.grain == Grain.CENTURY and partial.century is not None and not partial.bc and partial.century
    ):
        # "In the early 15th century ... By the middle of the century": the century the story is in,
        # not the writer's (a count of years or decades needs a finer point, as above).
        point = ReferencePoint(dt.date(partial.century * 100, 1, 1), Grain.CENTURY, "")
    return Resolution(value, point=point)


#: Years before the common era are kept on the calendar mirrored: 480 BC is the year 4520, so that
#: "the following year" (+1) is 479 BC and months and seasons keep their order within the year.
_BC_MIRROR = 5000


def _unmirrored(year: int) -> tuple[int, bool]:
    """The year and whether it is BC, of a year on the mirrored calendar."""
    if year < _BC_MIRROR:
        return _BC_MIRROR - year, True
    return year - _BC_MIRROR + 1, False  # moved on into the common era, which has no year 0


def _era(partial: PartialTime, anchor: ReferencePoint) -> PartialTime:
    """``partial`` with its (mirrored) year written in the era of ``anchor``: BC when it is BC."""
    if not anchor.bc or partial.year is None:
        return partial
    year, bc = _unmirrored(partial.year)
    return partial.but(
        year=year,
        bc=bc,
        decade=year // 10 if partial.decade is not None else None,
        century=year // 100 if partial.century is not None else None,
    )


def _signed_year(partial: PartialTime) -> int:
    return partial.year if partial.year is not None else 1


def _first_day(partial: PartialTime, year: int) -> dt.date:
    if partial.season is not None and partial.month is None:
        return season_bounds(year, partial.season)[0]
    month = _opening_month(partial) or partial.month or 1
    return dt.date(year, month, partial.day or 1)


def _opening_month(partial: PartialTime) -> int | None:
    """The first month of the quarter or half-year a partial names, if it names one."""
    if partial.quarter is not None:
        return 3 * partial.quarter - 2
    if partial.half is not None:
        return 6 * partial.half - 5
    return None


def _story_dates_vaguely(
    partial: PartialTime,
    context: DocumentContext,
    points: Sequence[ReferencePoint],
    tense: Tense | None = None,
) -> bool:
    """Whether a narrative's latest time dates, as far as it knows, a relative expression no finer
    reference is found for ("In 211 BC ... 29 days later": some day of 211 BC)."""
    return (
        context.domain == "narrative"
        and not partial.speech_time
        and bool(points)
        # ("The next day, at noon": a clock on the day the story steps to.)
        and partial.grain in (Grain.MONTH, Grain.WEEK, Grain.DAY, Grain.PART_OF_DAY, Grain.HOUR, Grain.MINUTE)
        # "last September" names its month: it keeps the DCT's reading rather than lose the month.
        and partial.month is None
        and not _story_reached_writing(partial, context, points)
    )


def _resolve_relative(
    partial: PartialTime,
    context: DocumentContext,
    tense: Tense | None,
    points: Sequence[ReferencePoint],
    policy: ResolutionPolicy,
) -> Resolution | None:
    need = partial.shift.unit if partial.shift is not None else partial.grain
    named = partial.anchor == "ref" and partial.shift is None and bool(partial.season or partial.month)
    if named and partial.direction in ("same", "strict_future", "strict_past"):
        # "In 1914 ... That summer": the season or month of the reference's year; a year will do,
        # as it does for "the following spring" (see ``_year_edge``).
        need = Grain.YEAR
    need = min(need, Grain.DAY)
    anchor = _anchor_for(
        partial,
        context,
        points,
        need,
        part_tense=tense if partial.part_of_day is not None else None,
        count_tense=tense,
    )
    if (anchor is None or anchor.label == "DCT") and _story_dates_vaguely(partial, context, points):
        # A story's own time dates what it can, with a DCT or without one.
        return _vaguely(partial, points[-1])
    if anchor is None:
        return Resolution(format_unknown(partial))
    if named and anchor.label != "DCT" and anchor.grain <= Grain.YEAR:
        anchor = _year_edge(anchor, partial)
    if anchor.label != "DCT" and anchor.grain < need and partial.anchor_grain is None:
        return _vaguely(partial, anchor)
    if partial.anchor_grain == Grain.QUARTER and partial.quarter is not None:
        reported = _reported_quarter(points)
        if reported is None or (
            # ("The company will report third-quarter results in late October. In the quarter ended
            # June 30 ...", written in August: a quarter not yet over is no quarter that ended.)
            context.dct is not None
            and not reported.fiscal
            and shift_date(reported.day, months=3) > context.dct
        ):
            # "the quarter ended July 31" in a report that names no quarter: the quarter its end
            # date says, of the year the clause's tense puts it in.
            ended = partial.but(anchor=None, anchor_grain=None, shift=None, fallback_shift=0)
            return _resolve_underspecified(ended, context, tense, points, policy)
        partial = partial.but(quarter=None)
    if partial.inherit_grain or partial.anchor_grain is not None:
        partial, found = _financial_anchor(partial, anchor, context, points, tense)
        if found is None:
            return Resolution(format_unknown(partial))
        anchor = found
    base = anchor.day
    if anchor.label == "DCT" and partial.fallback_shift:
        base = _apply_shift(base, partial.grain, partial.fallback_shift)
    if (
        anchor.label == "DCT"
        and partial.reported
        and tense == "past"
        and (base - dt.date(base.year, 1, 1)) < _REPORTING_LAG
        and base.year > 1
    ):
        # "For the full year, revenue climbed 9%", written in January: the year just closed.
        base = dt.date(base.year - 1, 1, 1)
    # (The DCT's day restated by the story, as a web page's "Updated 0412 GMT March 22" header
    # does, is still the day of writing: its night is still to come.)
    if anchor.day == context.dct and anchor.grain >= Grain.DAY and _last_night(partial, tense):
        base = _apply_shift(base, Grain.DAY, -1)
    if (
        anchor.day == context.dct
        and (_next_morning(partial, tense) or _overnight_to_come(partial, tense))
        # (Unless the text said it is still morning: "It is 6 a.m. We will have live reports
        # throughout the morning.")
        and not (_next_morning(partial, tense) and _told_a_morning_clock(anchor, context.text))
    ):
        base = _apply_shift(base, Grain.DAY, 1)
    week_ahead = False
    if (
        anchor.label == "DCT"
        and partial.weekend
        and partial.shift == Shift(Grain.WEEK, 0)
        and tense == "past"
        and base.weekday() < _FRIDAY
    ):
        # "Workers were placed on shifts this weekend", written on a Wednesday: the weekend just
        # gone (the week's own is still to come); written on a Friday, the weekend about to
        # begin ("Both campaigns canceled events here this weekend").
        base = _apply_shift(base, Grain.WEEK, -1)
    elif (
        anchor.label == "DCT"
        and partial.shift == Shift(Grain.WEEK, 0)
        and (
            (tense == "future" and not partial.weekend) or (partial.weekend and partial.direction == "future")
        )
        and base.weekday() >= _SATURDAY
    ):
        # "The Senate will vote this week", written on a Saturday or a Sunday: the week that is
        # about to begin (the ISO week of the DCT has no working day left); so is "the coming
        # weekend" then (and its middle is that week's: no further edge to come).
        base = _apply_shift(base, Grain.WEEK, 1)
        week_ahead = True
    elif (
        partial.anchor == "ref"
        and partial.shift == Shift(Grain.WEEK, 0)
        and partial.grain == Grain.WEEK
        and partial.mod == "END"
        and anchor.grain >= Grain.DAY
        and base.weekday() == _SUNDAY
    ):
        # "The department said Sunday it would decide later in the week": the week after its
        # Sunday, the ISO week's last day.
        base = _apply_shift(base, Grain.WEEK, 1)
    implied = ("year", "month", "day")
    if partial.weekday is not None and partial.shift is None:
        day = _weekday_relative(partial, base, policy.direction(partial, tense))
        return _dated(partial, day, implied, anchor)
    if partial.holiday_name is not None and partial.shift is None:
        # "the following Easter": the first after the time the story is at.
        year = _holiday_year(partial.holiday_name, base, partial.direction or "same")
        return None if year is None else _finish(partial.but(year=year), implied, anchor)
    if partial.weekend and partial.shift is None:
        direction = policy.direction(partial.but(weekday=5), tense)
        if (
            anchor.label != "DCT"
            and anchor.grain >= Grain.DAY
            and (
                base.weekday() == _FRIDAY
                or (context.domain == "narrative" and base.weekday() <= _THURSDAY and tense != "future")
            )
        ):
            # "The plan was approved on Friday 11 August, and the cabinet accepted it over the
            # weekend": the story goes on into the weekend after its Friday; a history's, after
            # any working day ("Fighting broke out on 27 June 1991. By the weekend many
            # conscripts had surrendered"; "On Tuesday morning 1.7 million workers stayed away
            # ... From the weekend onward there were clashes").
            direction = "future"
        day = _weekday_relative(partial.but(weekday=5), base, direction)
        if anchor.label == "DCT" and direction == "future" and base.weekday() == _SUNDAY:
            # "Deputies will remain on duty through the weekend", written on a Sunday: the
            # weekend still going on, not the next one.
            day = base - _ONE_DAY
        return _dated(partial, day, implied, anchor)
    # "Two winters later": that season of the story's year (the winter a January is in), so many
    # years on (not the winter of the year the shifted day falls in).
    seasons_on = (
        partial.shift.amount
        if partial.season is not None and partial.direction == "same" and partial.shift
        else 0
    )
    if partial.season is not None and (partial.shift is None or seasons_on):
        # "Gas demand soared this winter", written in March: the winter just gone, not the next
        # (the other seasons of a year do not straddle it: "this summer" stays the year's).
        told_past = (
            partial.season == "WI"
            and base.month <= _LAST_MONTH_AFTER_WINTER
            and partial.direction in (None, "same")
            and tense == "past"
            and anchor.label == "DCT"
        )
        if anchor.grain <= Grain.YEAR and anchor.label != "DCT" and partial.direction in (None, "same"):
            # "In 1812 ... That winter": the winter that begins in the story's year, not the one
            # its first day falls in (as for "the winter" below).
            year = base.year
        else:
            year = _season_year(partial, base, "past" if told_past else partial.direction or "same")
        year += seasons_on
        written = _era(partial.but(year=year, shift=None), anchor)
        point = ReferencePoint(season_bounds(year, partial.season)[0], Grain.SEASON, "", anchor.bc)
        return Resolution(format_partial(written, year=written.year), implied, anchor.label, point)
    if partial.month is not None and partial.shift is None:
        after = base
        if (
            anchor.grain == Grain.SEASON
            and partial.direction in ("future", "strict_future")
            # (A winter's year is the one it begins in, its January told either way.)
            and season_of(base)[1] != "WI"
        ):
            # "a stroke in the spring of 1986 ... the following April": the April after the season
            # is over, not the one within it.
            after = season_bounds(*season_of(base))[1] - _ONE_DAY
        year = _month_year(partial.month, partial.day, after, partial.direction or "same")
        day = dt.date(year, partial.month, partial.day or 1)
        return _dated(partial, day, implied, anchor)
    day = base
    if partial.shift is not None:
        amount = partial.shift.amount
        if anchor.label == "DCT" and not week_ahead:
            amount += _edge_to_come(partial, base, tense)
        if partial.grain == Grain.WEEK and partial.shift.unit == Grain.YEAR:
            # "a year ago this week", written on a Monday: the week a year back is the one its
            # Thursday falls in (ISO weeks are named by their Thursday), not the week of the day
            # a year back, which may be the Sunday before.
            base += dt.timedelta(days=_THURSDAY - base.weekday())
        day = _apply_shift(base, partial.shift.unit, amount)
        if partial.weekday is not None and partial.shift.unit == Grain.WEEK:
            # "Tuesday next week": that weekday of the week the shift reaches.
            day += dt.timedelta(days=partial.weekday - day.weekday())
    if partial.holiday_name is not None:
        # "Easter of the following year": the feast of the year the shift reaches.
        feast = None if anchor.bc else holiday_date(partial.holiday_name, day.year)
        if feast is None:  # (no feast of a year before the era)
            return None
        day = feast
    opening = _opening_month(partial)
    if partial.month is not None:
        day = dt.date(day.year, partial.month, partial.day or 1)
    elif opening is not None:
        day = dt.date(day.year, opening, 1)
    if partial.year is not None:
        # "the 1988 quarter": the period the anchor names, in the year the text names.
        day = day.replace(year=partial.year)
        anchor = ReferencePoint(anchor.day, anchor.grain, anchor.label)  # that year is not mirrored BC
    dated = _dated(partial, day, implied, anchor)
    if (
        dated.point is not None
        and anchor.label != "DCT"
        and anchor.grain >= Grain.DAY
        and partial.shift is not None
        and partial.shift.unit == Grain.WEEK
        and partial.grain == Grain.WEEK
        and partial.mod is None
        and partial.anchor == "ref"
    ):
        # "On 3 May the army crossed. Two weeks later it reached Vienna. The next day ...": the
        # value is the week, as TimeML writes it, but the story stands on the day itself.
        dated = replace(dated, point=replace(dated.point, grain=Grain.DAY))
    return dated


def _last_night(partial: PartialTime, tense: Tense | None) -> bool:
    """Whether "the night" of a past clause, in a text that has named no day to put it on, is the
    night before the DCT ("Firefighters battled the blaze through the night"): the night of the
    day of writing is still to come. (Not where its clause names the day right after it, "met
    late into the night on Friday", though that day is the day of writing: see ``direction``.)"""
    return (
        _is_bare_part(partial)
        and partial.part_of_day == "NI"
        and tense == "past"
        and partial.direction != "same"
    )


def _told_a_morning_clock(anchor: ReferencePoint, text: str) -> bool:
    """Whether the time the text stands at is a clock time of the morning it told ("It is 6 a.m.
    on the East Coast")."""
    return anchor.start is not None and _MORNING_CLOCK.match(text, anchor.start) is not None


#: A clock time of the morning: "6 a.m.", "6:10 a.m.", "five a.m.".
_MORNING_CLOCK = re.compile(r"(?:1[01]|0?[1-9]|[a-z]+)(?::[0-5][0-9])?\s*a\.?m\b", re.IGNORECASE)


def _next_morning(partial: PartialTime, tense: Tense | None) -> bool:
    """Whether the bare morning of a future clause ("the storm will reach the coast before dawn",
    "talks resume in the morning"), on the day of writing, is the next day's: the morning of the
    day a report is written is over by the time it speaks of what is to come. (Not "that
    morning", the morning of the day just named: "The leaders meet on Thursday. They will sign
    the deal that morning.")"""
    return (
        _is_bare_part(partial)
        and partial.part_of_day == "MO"
        and tense == "future"
        and partial.direction != "same"
    )


def _overnight_to_come(partial: PartialTime, tense: Tense | None) -> bool:
    """Whether "overnight" (the night before the day the text stands at) is in a future clause
    on the day of writing ("heavy rain is expected overnight"): the night to come, the DCT's own.
    (A day the story names is its anchor instead: "They land on Friday after flying overnight".)"""
    return (
        partial.part_of_day == "NI"
        and partial.grain == Grain.PART_OF_DAY
        and partial.shift == Shift(Grain.DAY, -1)
        and partial.direction is None
        and tense == "future"
    )


def _edge_to_come(partial: PartialTime, day: dt.date, tense: Tense | None) -> int:
    """How many periods to move "the end of the year" (the month, the week) of the report's own
    period: one back when a past-tense clause names an end still to come ("the firm hired 500
    people at the end of the year", written in January, is last year's), one on when a
    future-tense one names a start gone by ("the rules change at the start of the month",
    written on the 20th). Only when the report is in the other half of the period (of a quarter,
    a decade or a century too)."""
    if (
        partial.shift == Shift(Grain.YEAR, 0)
        and (partial.quarter is not None or partial.half is not None)
        and partial.direction is None
        and not partial.fiscal
        and tense == "past"
    ):
        # "Sales rose in the second half of the year", written in January: a part of the year a
        # past clause tells of has gone by, last year's if this year's has not run a month.
        part = partial.quarter if partial.quarter is not None else partial.half
        assert part is not None
        size = 3 if partial.quarter is not None else 6
        opens = dt.date(day.year, size * part - size + 1, 1)
        return -1 if shift_date(opens, months=1) > day else 0
    if (
        partial.shift is None
        or partial.shift.amount != 0
        or partial.mod not in ("START", "MID", "END")
        or partial.direction == "same"  # "later this month", "late this year"
        # ("at the end of January this year": the edge of a month the text names, in the year it
        # says.)
        or partial.month is not None
        or partial.season is not None
    ):
        return 0
    unit = partial.shift.unit
    starts = {
        # ("By the turn of the century, a third of the shops stood empty", written in 2013: the
        # century just ended; a story of 1998 ends this one.)
        Grain.CENTURY: dt.date(max(1, day.year // 100 * 100), 1, 1),
        Grain.DECADE: dt.date(max(1, day.year // 10 * 10), 1, 1),
        Grain.YEAR: day.replace(month=1, day=1),
        # ("Backlog at the end of the quarter was $900 million", filed in May: the first quarter's.)
        Grain.QUARTER: day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1),
        Grain.MONTH: day.replace(day=1),
        Grain.WEEK: day - dt.timedelta(days=day.weekday()),
    }
    start = starts.get(unit)
    if start is None:
        return 0
    # How far through its period the day is, from 0 (its first moment) towards 1.
    through = (day - start) / (_apply_shift(start, unit, 1) - start)
    early = through < 1 / 2
    # ("the turn of the year" is the nearest, unless the clause looks ahead: "a recovery is
    # expected by the turn of the year", written in March, is this year's end.)
    looks_back = tense == "past" or (partial.direction == "nearest" and tense != "future")
    if partial.mod == "END" and looks_back and (early or (unit == Grain.QUARTER and tense == "past")):
        # (A quarter's end a report tells in the past is the last closed one's, however far the
        # open one has run: "Backlog at the end of the quarter was $900 million", in August.)
        return -1
    if partial.mod == "START" and tense == "future" and not early:
        return 1
    # The middle of a period is a stretch, not a point: only a past clause written in the period's
    # first third looks back to the one before ("It was built in mid-century", written in 2013),
    # and only a future one written in its last third looks on to the next ("rates will peak at
    # midyear", written in October).
    if partial.mod == "MID" and tense == "past" and through < 1 / 3:
        return -1
    if partial.mod == "MID" and tense == "future" and through > 2 / 3:
        return 1
    return 0


def _year_edge(anchor: ReferencePoint, partial: PartialTime) -> ReferencePoint:
    """The day of a year-grain reference that "the following spring" or "the previous April" is
    counted from. After 1861, spring and April are those of 1862, but the following winter is
    1861's (it begins that December): the year's last autumn day, or its last day for a month.
    Before 1861, every season and month is of 1860, the winter that ran into 1861 too: the first
    day of its spring, or its first day for a month. "That summer" stays in the year itself."""
    year = anchor.day.year
    if partial.direction == "strict_future":
        day = dt.date(year, 12, 31)
        if partial.season is not None:
            day = season_bounds(year, "WI")[0] - dt.timedelta(days=1)
    elif partial.direction == "strict_past":
        day = dt.date(year, 1, 1) if partial.season is None else season_bounds(year, "SP")[0]
    else:
        return anchor
    return replace(anchor, day=day)


def _vaguely(partial: PartialTime, point: ReferencePoint) -> Resolution:
    """A story's "three days later" after only "April 1980": what the coarser reference point
    knows (1980-XX-XX), not the moment of writing. The month stays for "the same day" and for a
    day or night next to the story's ("the next morning" after "in August 1859" is 1859-08-XXTMO:
    one day seldom leaves the month); a count of months moves the year by the whole years in it
    ("eighteen months later" after 1861 is 1862-XX)."""
    same = partial.shift is not None and (
        partial.shift.amount == 0 or (partial.shift.unit >= Grain.DAY and abs(partial.shift.amount) == 1)
    )
    month = _known_month(point) if same else None
    year = point.day.year
    if partial.shift is not None and partial.shift.unit == Grain.MONTH:
        year += int(partial.shift.amount / 12)
        if point.grain in _MIDDLE_MONTH_OF and not point.bc:
            # ("nine months later" after "the fall of 1998" is in 1999: counted from the
            # season's middle month.)
            middle = shift_date(point.day, months=_MIDDLE_MONTH_OF[point.grain])
            year = shift_date(middle, months=partial.shift.amount).year
    if (
        partial.weekday is not None
        and partial.month is None
        and partial.day is None
        and partial.part_of_day is None
        and partial.hour is None
        and not point.bc
        and 1 <= year <= 9999
    ):
        # "The war ended in 1982. Veterans will march again next Tuesday": a Tuesday of that
        # year, its week unknown.
        return Resolution(f"{year:04d}-WXX-{partial.weekday + 1}", ("year", "week"), point.label)
    written = _era(partial.but(year=year, month=month, day=None, week=None, weekday=None), point)
    return Resolution(format_partial(written, year=written.year), ("year", "month", "day"), point.label)


#: How many months after its first day the middle month of a season, a quarter or a half starts.
_MIDDLE_MONTH_OF = {Grain.SEASON: 1, Grain.QUARTER: 1, Grain.HALF: 2}


def _known_month(point: ReferencePoint) -> int | None:
    """The month of a reference point, if it knows one: a month or a finer date, not a week (which
    may straddle two)."""
    return point.day.month if point.grain >= Grain.MONTH and point.grain != Grain.WEEK else None


def _apply_shift(base: dt.date, unit: Grain, amount: int) -> dt.date:
    if unit >= Grain.DAY:
        return base + dt.timedelta(days=amount)
    if unit == Grain.WEEK:
        return base + dt.timedelta(weeks=amount)
    months = {Grain.MONTH: 1, Grain.SEASON: 3, Grain.QUARTER: 3, Grain.HALF: 6}.get(unit)
    if months is not None:
        return shift_date(base, months=months * amount)
    years = {Grain.YEAR: 1, Grain.DECADE: 10, Grain.CENTURY: 100, Grain.MILLENNIUM: 1000}[unit]
    return shift_date(base, years=years * amount)


def _dated(
    partial: PartialTime, day: dt.date, implied: tuple[str, ...], anchor: ReferencePoint
) -> Resolution:
    """Format ``day`` at the partial's grain, keeping the fields the partial itself states."""
    filled = partial.but(
        year=day.year,
        month=day.month if partial.grain >= Grain.MONTH or partial.grain == Grain.WEEK else None,
        day=day.day if partial.grain >= Grain.WEEK else None,
        quarter=(day.month - 1) // 3 + 1,
        half=(day.month - 1) // 6 + 1,
        decade=day.year // 10,
        century=day.year // 100,
    )
    if partial.grain == Grain.SEASON and partial.season is None:
        year, season = season_of(day)
        filled = filled.but(year=year, season=season)
    filled = _era(filled, anchor)
    value = format_partial(filled, year=filled.year, week_day=None if anchor.bc else day)
    point = ReferencePoint(day, min(partial.grain, Grain.DAY), "", anchor.bc)
    return Resolution(value, implied, anchor.label, point)


def _year_of_weekday(partial: PartialTime, year: int) -> int:
    """ "Thu 10/17" written in March 2024: the weekday names the year, the nearest one (of the
    year found and the two on either side of it) whose day falls on it, a later one first ("became
    president in March 2007 ... on Thursday, 16 April" is 2009's); else the year found stands."""
    assert partial.month is not None and partial.day is not None and partial.weekday is not None
    for candidate in (year, year + 1, year - 1, year + 2, year - 2):
        try:
            if partial.weekday in weekdays_of(dt.date(candidate, partial.month, partial.day)):
                return candidate
        except ValueError:
            continue
    return year


def _weekday_relative(partial: PartialTime, base: dt.date, direction: str) -> dt.date:
    assert partial.weekday is not None
    if direction in ("this", "this_ahead"):
        monday = base - dt.timedelta(days=base.weekday())
        day = monday + dt.timedelta(days=partial.weekday)
        return day + dt.timedelta(days=7) if direction == "this_ahead" and day < base else day
    if direction == "story":
        # "The offensive began on Sunday, February 24. By Tuesday evening ...": a story told in
        # the past tense moves on, and the weekday it names next is the coming one.
        direction = "future"
    elif direction == "same":
        direction = "past"
    return weekday_near(base, partial.weekday, direction)


#: A day named with a future cue that lies at most this many days before the DCT stays in the DCT's
#: year: it is a future seen from a past moment ("they said they would act by Jan. 14", written on
#: the 15th), not a date almost a year ahead, which a writer would give with its year.
_FUTURE_MARGIN_DAYS = 7
#: A month named without a day lies within the past-tense margin only if it starts this soon.
_NEXT_MONTH_DAYS = 31
#: Without a tense, a month (day) goes to its nearest occurrence; one in the DCT's own year wins
#: unless another is nearer by more than this: "Nov. 8" in a caption of May 9 is this November,
#: not last (a date half a year off in another year is one a writer would give with its year).
_DCT_YEAR_PREFERENCE_DAYS = 31


def _month_year(month: int, day: int | None, base: dt.date, direction: str, margin: int = 0) -> int:
    """The year of a month (and day) named without one, seen from ``base``.

    A past-tense clause sends a date that would fall after ``base`` back a year, unless it lies
    within ``margin`` days of ``base`` (news often speaks of the coming days in the past tense:
    "the rights were set to expire Nov. 21"; of whole months, only of the next one); a future one
    sends an earlier date forward, unless it is a day at most a week (and ``margin``) before
    ``base``.
    """
    year = base.year
    here = (base.month, base.day if day is not None else 0)
    there = (month, day or 0)
    if direction == "nearest" and day is None:
        # A whole month is as near as the months between: "November" in May is six months off
        # either way, and the DCT's year wins, in a leap year as in any other.
        return min(
            (year, year - 1, year + 1),
            key=lambda y: abs((y - year) * 12 + month - base.month) - (1 if y == year else 0),
        )
    if direction == "nearest":
        # (Counted without leap days, so that a DCT whole years on picks a day as many years on:
        # from 8 January, 25 July is 199 days ahead in 2000 and 198 in 2001.)
        return min(
            (year, year - 1, year + 1),
            key=lambda y: (
                _days_apart(base, month, day, y)
                - _leap_days_between(base, month, day, y)
                - (_DCT_YEAR_PREFERENCE_DAYS if y == year else 0)
            ),
        )
    if direction == "story":
        return _year_of_month_in_story(month, base, dated=day is not None)
    gap = _days_apart(base, month, day)
    if day is None:
        # A past clause may speak of the coming month ("the offer was to expire in November"),
        # not of one after it ("changed its fiscal year in December", in late October).
        margin = min(margin, _NEXT_MONTH_DAYS)
    if direction in ("past", "strict_past") and there > here and gap > margin:
        year -= 1
    elif (
        direction == "past"
        and there < here
        and day is not None
        and _days_apart(base, month, day, year + 1) <= margin
    ):
        # ... across the new year too: "coverage starting Jan. 1 was extended", in December.
        year += 1
    elif direction in ("future", "strict_future") and there < here:
        just_before = direction == "future" and day is not None and gap <= min(margin, _FUTURE_MARGIN_DAYS)
        year += 0 if just_before else 1
    if direction == "strict_past" and there == here:
        year -= 1
    if direction == "strict_future" and there == here:
        year += 1
    if month == 2 and day == 29:
        step = 1 if direction in ("future", "strict_future") else -1
        while not _is_leap(year):
            year += step
    return year


#: A story moves on: a month named without a year this many months or more before the story's
#: month is the next year's ("in November 1864 ... on April 1" is 1865), a nearer one this year's
#: (a flashback: "in July 1916 ... in March the army had").
_STORY_WRAP_MONTHS = 8
#: A day of a month goes on to the next year from this many months back ("stormed on 10 August
#: 1792 ... On 21 January the king was executed"): a story that goes back to a day gives its year.
_STORY_WRAP_DAY_MONTHS = 6


def _back_on_story_line(
    partial: PartialTime, year: int, anchor: ReferencePoint, points: Sequence[ReferencePoint]
) -> int:
    """The year of a month (day) named without one after a date that took the story back
    ("By 28 March 1918 ... The council had been set up on 5 November 1917. Operation Marne was
    launched on 15 July"): a second step back, before that date too, is less likely than the
    story's return to where it was, so the month goes after the story's earlier time when it
    can."""
    if len(points) < 2 or anchor is not points[-1] or anchor.bc:
        return year
    before = points[-2]
    if before.bc or before.grain < Grain.MONTH or anchor.grain < Grain.MONTH or not anchor.day < before.day:
        return year
    assert partial.month is not None
    try:
        here = dt.date(year, partial.month, partial.day or 1)
        there = dt.date(before.day.year, partial.month, partial.day or 1)
    except ValueError:
        return year
    return before.day.year if here < anchor.day and there >= before.day else year


def _year_of_month_in_story(month: int, base: dt.date, *, dated: bool = False) -> int:
    """The year of a month named, without one, in a story told from ``base``: the base's year,
    except that a month well before the base's is the next year's ("in December 1916 ... On 14
    January", "in October 1944 ... in March"; a ``dated`` day of a month sooner), and a day of a
    month well after it the year before's ("ended on 25 January 1945. It began on 16 December")."""
    wrap = _STORY_WRAP_DAY_MONTHS if dated else _STORY_WRAP_MONTHS
    if dated and month - base.month >= _STORY_BACK_MONTHS and (base.month, base.day) != (1, 1):
        # (Not from a year the story stands at, whose point is its first day: "In 1853 ... on
        # 30 November" is that year's.)
        # A day so late in the calendar that the story's line would put it most of a year on
        # looks back a few weeks ("Fighting ended on 8 January. On 14 December the League
        # expelled the Soviet Union": the December before).
        return base.year - 1
    return base.year + 1 if base.month - month >= wrap else base.year


#: A day of a month named without its year this many months or more after the story's month, in
#: the calendar, is the year before's (see :func:`_year_of_month_in_story`).
_STORY_BACK_MONTHS = 11


#: A forecast of a figure's change, before the period it names: "expects revenue to grow in the
#: second half", "profit will rise in the fourth quarter" ...
_GROWTH_FORECAST = re.compile(
    # ("Exports could fall much further in the second half", "sales could be weaker".)
    r"\b(?:to|will|would|could|may|might|should)\s+(?:be\s+(?:\w+er|worse|better)|grow|rise|increase|improve"
    r"|recover|rebound|accelerate|slow|fall|decline|drop|pick\s+up|strengthen|weaken|expand|shrink|return"
    # ... and a launch still to come: "will go on sale in June, with Europe to follow in the fourth
    # quarter".
    r"|follow|go\s+on\s+sale|launch|ship|debut|arrive"
    # ... and a step a company will take: "The bank will raise its dividend in the second half".
    r"|raise|cut|lift|resume|restore|hire|invest|buy\s+back|repurchase)\b",
    re.IGNORECASE,
)
#: ... and one of a report of results, whose period may have just closed: "expects to report a
#: loss for the second half".
_REPORT_FORECAST = re.compile(
    r"\b(?:to|will|would)\s+(?:report|post|announce|release|book|record|file|disclose)\b", re.IGNORECASE
)


def _forecasts_growth(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence, up to ``start``, forecasts a change still to happen, not the results
    of a period a report is about (see :data:`_GROWTH_FORECAST`); or the period is the subject
    of one right after it, up to ``end`` ("The second half should be stronger")."""
    sentence_start = sentence_bounds(text, start)[0]
    if end is not None and _GROWTH_OF_THE_SUBJECT.match(text, end):
        return True
    return bool(_GROWTH_FORECAST.search(text, sentence_start, start)) and not _REPORT_FORECAST.search(
        text, sentence_start, start
    )


#: A forecast of the period that is its subject: " should be stronger", " will be better".
_GROWTH_OF_THE_SUBJECT = re.compile(
    r"\s+(?:should|will|would|could|may|might|is\s+expected\s+to|is\s+likely\s+to)\s+(?:be\s+)?(?:much\s+|even\s+)?"
    r"(?:stronger|weaker|better|worse|higher|lower|busier|slower|tougher|easier|grow|rise|improve|recover|rebound|"
    r"pick\s+up|strengthen|weaken)\b",
    re.IGNORECASE,
)


#: What puts a feast just ahead of the events told: "ahead of Thanksgiving", "in the run-up to
#: Christmas", "on the eve of Passover".
#: A future told from a past moment, before the expression in its sentence: "was due to",
#: "were scheduled to", "had hoped", "expected ... to", and "would" after a past verb of saying.
_FUTURE_OF_THE_PAST = re.compile(
    r"\b(?:was|were)\s+(?:(?:due|scheduled|set|supposed|slated|meant|going|expected)\s+)?to\b"
    r"|\bhad\s+(?:been\s+)?(?:hoped|planned|expected|intended|promised|scheduled|aimed|vowed|pledged)\b"
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bthe\s)"
    r"\b(?:expected|hoped|planned|intended|predicted|vowed|pledged|promised)\s+(?:that\s+)?(?:[a-z]+\s+){0,4}?"
    r"(?:to|would)\b"
    r"|\b(?:said|told|announced|added|stated|predicted|indicated|insisted|warned|reported|estimated)\b"
    r"[^.;!?]*\bwould\b",
    re.IGNORECASE,
)
#: ... and what says the future is seen from now after all: "will", "next".
_FUTURE_FROM_NOW = re.compile(r"\b(?:will|next|shall)\b|['’]ll\b", re.IGNORECASE)
#: How far before the DCT a date told as a past moment's future may lie.
_FUTURE_OF_THE_PAST_DAYS = 60


def _future_in_the_past(text: str, start: int) -> bool:
    """Whether the future its sentence tells of an expression at ``start`` is seen from a past
    moment ("He said in October the plant would reopen in November")."""
    cue = last_match(_FUTURE_OF_THE_PAST, text, sentence_bounds(text, start)[0], start)
    return cue is not None and _FUTURE_FROM_NOW.search(text, cue.start(), start) is None


def _just_gone(partial: PartialTime, dct: dt.date) -> bool:
    """Whether a feast, a month or a day named without a year last ended at most
    :data:`_FUTURE_OF_THE_PAST_DAYS` days before ``dct`` (and not on it or after)."""
    for year in (dct.year, dct.year - 1):
        if partial.holiday_name is not None:
            first = last = holiday_date(partial.holiday_name, year) if 1 <= year <= 9999 else None
            if first is None:
                return False
        elif partial.month is not None and 1 <= year <= 9999:
            try:
                first = dt.date(year, partial.month, partial.day or 1)
                last = first if partial.day is not None else shift_date(first, months=1) - _ONE_DAY
            except (ValueError, OverflowError):
                return False  # (no such day, or a month that ends after the year 9999)
        else:
            return False
        if last < dct:
            return (dct - last).days <= _FUTURE_OF_THE_PAST_DAYS
    return False


_TIME_TO_GO_BEFORE = re.compile(r"\bto\s+go\s+(?:before|until|till)\s+(?:the\s+)?\Z", re.IGNORECASE)
_AHEAD_OF_FEAST = re.compile(
    r"\b(?:ahead\s+of|(?:run|lead)-up\s+to|leading\s+up\s+to|eve\s+of)\s+(?:the\s+)?\Z", re.IGNORECASE
)
#: Between a feast and the weekday it falls on: "the Thanksgiving holiday on Thursday".
_FEAST_ON_ITS_DAY = re.compile(r"\s+(?:holiday\s+|Day\s+)?(?:on|,)\s+|,\s+", re.IGNORECASE)
#: "before", "until" a feast, and "for" one as the occasion of a holiday or a weekend.
_BEFORE_FEAST = re.compile(r"\b(?:before|until|till)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: (... or its cause: "released the report a day early because of the Thanksgiving holiday".)
_FOR_THE_FEAST = re.compile(r"\b(?:for|because\s+of|due\s+to|owing\s+to)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: ("Families heading for the Easter holidays face long delays": the holidays of the feast.)
_FEAST_NOUN_AFTER = re.compile(r"\s+(?:holidays?|weekend|break|recess)\b", re.IGNORECASE)
#: A plan told in the pluperfect before its day, in its clause: "had been scheduled to be sentenced ",
#: "had been due in court ".
_PLAN_OVERTAKEN_BEFORE = re.compile(
    r"\bhad\s+(?:[a-z]+ly\s+)?been\s+(?:[a-z]+ly\s+)?(?:set|scheduled|planned|slated|due|expected)\b"
    r"[^.;:!?]{0,40}?\s(?:on\s+|for\s+)?\Z",
    re.IGNORECASE,
)
#: "ahead of the", "before the" a day of a deadline ...
_AHEAD_OF_A_DEADLINE_BEFORE = re.compile(
    r"\b(?:ahead\s+of|before|in\s+advance\s+of)\s+(?:the|a|its|their)\s+\Z", re.IGNORECASE
)
#: ... and the deadline after the day: "the March 30 deadline".
_DEADLINE_AFTER = re.compile(r"\s+(?:filing\s+|legal\s+|court-imposed\s+|statutory\s+)?deadline\b")
#: How soon a feast comes for "before" it or "for" its holiday to mean this one, whatever the tense.
_FEAST_SOON = dt.timedelta(days=21)


def _days_ahead(dct: dt.date, month: int, day: int) -> int:
    """How many days after ``dct`` the month's day falls in its year (negative if before)."""
    try:
        return (dt.date(dct.year, month, day) - dct).days
    except ValueError:  # (29 February)
        return (dt.date(dct.year, month, 28) - dct).days


def _closest_year_of(month: int, day: int, dct: dt.date) -> int:
    """The year whose ``month``/``day`` lies nearest ``dct``, before or after it.

    >>> _closest_year_of(1, 1, dt.date(1998, 12, 18)), _closest_year_of(12, 25, dt.date(2024, 3, 14))
    (1999, 2023)
    """
    distances = {}
    for year in (dct.year - 1, dct.year, dct.year + 1):
        if 1 <= year <= 9999 and ((month, day) != (2, 29) or calendar.isleap(year)):
            distances[year] = abs((dt.date(year, month, day) - dct).days)
    return min(distances, key=lambda year: (distances[year], year != dct.year)) if distances else dct.year


def _feast_soon(name: str, dct: dt.date) -> bool:
    """Whether the feast ``name`` comes within three weeks after ``dct``."""
    for year in (dct.year, dct.year + 1):
        day = holiday_date(name, year) if 1 <= year <= 9999 else None
        if day is not None and dct <= day <= dct + _FEAST_SOON:
            return True
    return False


#: A year written out, as a sentence may name it before a month that takes it.
_YEAR_IN_TEXT = re.compile(r"(?<![\w$£€.,-])(?:1[0-9]|20)[0-9]{2}(?![\w%-])")


def _year_of_the_clause_before(text: str, start: int, end: int) -> bool:
    """Whether a year stands between ``start`` and ``end`` outside an aside set off by commas
    (", elected in 2005,")."""
    for year in _YEAR_IN_TEXT.finditer(text, start, end):
        opened = text.rfind(",", start, year.start())
        closed = text.find(",", year.end(), end)
        if opened < 0 or closed < 0:
            return True
    return False


def _within_margin_ahead(month: int, day: int | None, dct: dt.date, margin: int) -> bool:
    """Whether the month (day) named without its year falls after the DCT in the DCT's year, yet
    within the margin that keeps a past clause's date there (see :func:`_month_year`)."""
    ahead = (month, day or 0) > (dct.month, dct.day if day is not None else 0)
    if not ahead and day is not None and dct.year < 9998:
        # (... or in the next year's first days: "reported on Jan. 5", in late December.)
        return _month_year(month, day, dct, "past", margin) == dct.year + 1
    return ahead and dct.year < 9999 and _month_year(month, day, dct, "past", margin) == dct.year


def _days_apart(base: dt.date, month: int, day: int | None, year: int | None = None) -> int:
    """Days between ``base`` and the named month (day) in ``year`` (default: the same year;
    0 inside the month)."""
    year = base.year if year is None else year
    try:
        if day is not None:
            return abs((dt.date(year, month, day) - base).days)
    except ValueError:
        return 1000
    start = dt.date(year, month, 1)
    return _distance_to_period(base, start, 1)


def _leap_days_between(base: dt.date, month: int, day: int, year: int) -> int:
    """How many 29 Februaries lie between ``base`` and ``day`` ``month`` ``year`` (0 for a day the
    year does not have)."""
    try:
        other = dt.date(year, month, day)
    except ValueError:
        return 0
    first, last = min(base, other), max(base, other)
    return sum(
        1 for y in range(first.year, last.year + 1) if _is_leap(y) and first < dt.date(y, 2, 29) < last
    )


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


#: Up to this month, a winter told of in the past tense is the one that has just ended.
_LAST_MONTH_AFTER_WINTER = 5
#: A story's day in this month (March) is just past its winter: "the winter" told then is that one.
_FIRST_MONTH_AFTER_WINTER = 3
#: The months that follow a winter the story is in, in the next calendar year (March to October:
#: a November after "the winter of 1854-55" is the one the winter came in).
_AFTER_WINTER = range(3, 11)


def _season_year(partial: PartialTime, base: dt.date, direction: str, *, after_winter: bool = False) -> int:
    assert partial.season is not None
    current_year, current_season = season_of(base)
    order = tuple(SEASON_MONTHS)
    here = (current_year, order.index(current_season))
    # A past clause may speak of the season in progress ("the deal closed in the spring", in
    # May), as it may of the month in progress; "the previous spring" is an earlier one.
    if direction in ("past", "strict_past"):
        year = current_year
        there = (year, order.index(partial.season))
        if there > here or (there == here and direction == "strict_past"):
            year -= 1
        return year
    if direction in ("future", "strict_future"):
        year = current_year
        there = (year, order.index(partial.season))
        if there < here or (there == here and direction == "strict_future"):
            year += 1
        return year
    # The season in progress ("this winter" in February), else the one in the base's year; in a
    # story, the season after a winter it named is the next year's ("the winter of 1916 ... in
    # the spring" is 1917's).
    if partial.season == current_season:
        return current_year
    if direction == "story" and after_winter:
        return current_year + 1
    return base.year


def _resolve_underspecified(
    partial: PartialTime,
    context: DocumentContext,
    tense: Tense | None,
    points: Sequence[ReferencePoint],
    policy: ResolutionPolicy,
) -> Resolution | None:
    anchor = _anchor_for(partial, context, points, Grain.YEAR, tense)
    if anchor is None:
        return Resolution(format_unknown(partial))
    base = anchor.day
    direction = policy.direction(partial, tense)
    if context.domain == "narrative" and anchor.label != "DCT" and partial.direction is None:
        direction = (
            # "A subsidy granted on 31 July 1925 was due to expire at the end of April": a month a
            # plan of the story's time looks ahead to is the next one of that name.
            "future"
            if tense == "future"
            and (
                (partial.month is not None and partial.day is None and anchor.grain >= Grain.DAY)
                # ... and a day later in the year ("The agreement was signed on 15 January 1975.
                # Independence was set for 11 November": the story's line would put it in the year
                # before; not "would follow the victory on 12 September", told after the 24th).
                or (
                    partial.month is not None
                    and partial.day is not None
                    and anchor.grain >= Grain.DAY
                    and (partial.month, partial.day) > (base.month, base.day)
                )
                # ... and a season a plan of a month told looks ahead to: "agreed at Chantilly in
                # December 1915, with offensives to begin by the summer".
                or (partial.season is not None and partial.month is None and anchor.grain >= Grain.MONTH)
            )
            else policy.narrative_direction
        )
    if partial.yy is not None:
        year = _closest_century(partial.yy, base.year)
        if direction == "past" and year > base.year:
            # "The war ended in '45": a past-tense clause does not name a year still to come.
            year -= 100
        return _finish(partial.but(year=year, yy=None), ("century",), anchor)
    if partial.decade is not None:
        decade = _closest_decade(partial.decade, base.year)
        return Resolution(format_partial(partial.but(decade=decade), year=None), ("century",), anchor.label)
    if partial.weekday is not None and partial.month is None and partial.day is None:
        if anchor.label != "DCT" and anchor.grain < Grain.WEEK:
            # "She died in 2001. On Monday he ...": a year or a month knows none of its weekdays
            # (not the one its first day falls on).
            return _vaguely(partial, anchor)
        day = _weekday_relative(partial, base, direction)
        return _dated(partial, day, ("year", "month", "day"), anchor)
    if partial.holiday_name is not None:
        year = _holiday_year(partial.holiday_name, base, direction)
        return None if year is None else _finish(partial.but(year=year), ("year",), anchor)
    if partial.month is not None:
        year = _month_year(
            partial.month,
            # ("Graduation is the week of June 6": the week's day decides, as a day's does.)
            partial.day if partial.grain >= Grain.DAY or partial.grain == Grain.WEEK else None,
            base,
            direction,
            # (A day a finished event governs is meant in the past: no margin, see resolve_all.)
            policy.margin_days if anchor.label == "DCT" and partial.direction != "past" else 0,
        )
        if (
            anchor.label != "DCT"
            and anchor.grain == Grain.YEAR
            and direction == "past"
            and partial.day is None
        ):
            # "In 1949 the army had crossed the river in November": a month told back from a whole
            # year the story stands in is that year's (the year holds it).
            year = base.year
        if partial.weekday is not None and partial.day is not None:
            year = _year_of_weekday(partial, year)
        if direction == "story":
            year = _back_on_story_line(partial, year, anchor, points)
            if (
                anchor.stated
                and anchor.grain == Grain.SEASON
                and season_of(base)[1] == "WI"
                and partial.month in _AFTER_WINTER
                and not _goes_on_before_a_winter_heading(partial, anchor, points, context.text)
            ):
                # "the winter of 1777-78 at Valley Forge. In June ...": the June after it (a
                # winter the story only mentions, "The winter came early", may lie ahead).
                year = season_of(base)[0] + 1
        return _finish(partial.but(year=year), ("year",), anchor)
    if partial.day is not None:
        day = _day_in_month(partial.day, base, direction)
        if partial.weekday is not None:
            day = (
                _day_on_weekday(partial.day, partial.weekday, base, direction)
                or _story_day_on_weekday(partial.day, partial.weekday, points)
                or day
            )
        return _finish(partial.but(year=day.year, month=day.month), ("year", "month"), anchor)
    if partial.quarter is not None or partial.half is not None:
        # Financial news reports on the quarter just closed and forecasts the next ones: the
        # nearest quarter (or half) of that name is meant, whatever the tense.
        part = partial.quarter if partial.quarter is not None else partial.half
        size = 3 if partial.quarter is not None else 6
        assert part is not None
        first_month = size * part - size + 1
        years = (base.year - 1, base.year, base.year + 1)
        if direction == "strict_future":
            # "expects revenue to grow in the second half", written in January: a forecast of
            # what is still to happen names a period still to come (see resolve_all).
            years = tuple(y for y in years if shift_date(dt.date(y, first_month, 1), months=size) > base)
        elif direction == "future":
            # ...but a period that closed more than the weeks its results take to report is
            # not the one a forecast names: "profit will rise in the second half" in March is
            # this year's ("expects to report a third-quarter loss" in October is last one's).
            years = tuple(
                y
                for y in years
                if shift_date(dt.date(y, first_month, 1), months=size) > base - _REPORTING_LAG
            )
        elif direction in ("past", "strict_past"):
            # ...and one told in the past is no next year's: "profit rose in the first quarter" in
            # November is this year's (a fiscal quarter's number need not be the calendar's, so a
            # quarter of this year still to come may be one reported on: "third-quarter profit
            # fell" in May), though not one that opens months later: "the economy grew in the
            # third quarter", written in February, is last year's.
            years = tuple(
                y for y in years if y <= base.year and dt.date(y, first_month, 1) <= base + _FISCAL_LEAD
            )
        year = min(years, key=lambda y: _distance_to_period(base, dt.date(y, first_month, 1), size))
        return _finish(partial.but(year=year), ("year",), anchor)
    if partial.season is not None:
        if direction == "story" and anchor.grain <= Grain.YEAR:
            # "In 1941 ... the winter": that year's, the one that begins in December 1941, not
            # the one its first day falls in.
            year = base.year
        else:
            named_winter = anchor.grain == Grain.SEASON and season_of(base)[1] == "WI"
            year = _season_year(partial, base, direction, after_winter=named_winter)
        return _finish(partial.but(year=year), ("year",), anchor)
    if partial.grain >= Grain.PART_OF_DAY or partial.hour is not None:
        if (
            partial.hour == 24
            and direction == "past"
            and (
                anchor.label == "DCT"
                or (context.dct is not None and base == context.dct and anchor.grain >= Grain.DAY)
            )
        ):
            # "The quake struck shortly after midnight": the midnight that began the day of
            # the report, not the one that ends it (so too after a clock time of that day: "Gore
            # called Bush at 2:30 a.m. The polls had closed at midnight").
            partial = partial.but(hour=0)
        # "At noon" after "March 1862": a day of that month, not its first (1862-03-XXT12:00).
        month = _known_month(anchor)
        day = base.day if anchor.grain >= Grain.DAY else None
        timed = _finish(partial.but(year=base.year, month=month, day=day), ("year", "month", "day"), anchor)
        if day is None and timed.point is not None:
            # (And no day for later anaphora to count from.)
            known = Grain.MONTH if month is not None else Grain.YEAR
            timed = replace(timed, point=replace(timed.point, grain=known))
        return timed
    return Resolution(format_unknown(partial))


def _its_year(partial: PartialTime) -> PartialTime:
    """A feast the tables cannot date in its year but whose season is sure (see
    ``calendar.feast_span``) as the year it falls in ("the Chinese New Year of 1900" is 1900)."""
    return partial.but(holiday_name=None, month=None, day=None, part_of_day=None, grain=Grain.YEAR)


def _year_of_feast(name: str, base: dt.date, direction: str) -> int | None:
    """The year of a feast the tables cannot date but whose season is sure (see
    ``calendar.feast_span``), seen from ``base`` in ``direction``: ``None`` where ``base`` falls
    in that season and the direction asks which side of it the day lies."""
    span = feast_span(name, base.year)
    if span is None:
        return None
    first, last = span
    if direction in ("past", "strict_past"):
        return base.year if base > last else base.year - 1 if base < first else None
    if direction in ("future", "strict_future"):
        return base.year if base < first else base.year + 1 if base > last else None
    return base.year


def _feast_of_a_year_stated_after(
    candidates: Sequence[Candidate], partials: Sequence[PartialTime], index: int, text: str
) -> dt.date | None:
    """The day of the feast at ``index`` in the year the first date after it in its sentence
    states, if one does."""
    partial = partials[index]
    ends = sentence_bounds(text, candidates[index].start)[1]
    for following in range(index + 1, min(len(candidates), index + 4)):
        if candidates[following].start >= ends:
            return None
        stated = _STATED_YEAR.search(candidates[following].text)
        if stated is None:
            continue
        year = int(stated.group(0))
        if partial.holiday_name is not None:
            return holiday_date(partial.holiday_name, year)
        if partial.month is not None and partial.day is not None:
            try:
                return dt.date(year, partial.month, partial.day)
            except ValueError:
                return None
        return None
    return None


#: The noun of an event named after a feast: "the Easter Offensive", "the Christmas bombing".
_EVENT_A_FEAST_NAMES = re.compile(
    r"\s+(?:(?-i:Offensive|Uprising|Rising|Rebellion|Revolt|Raid|Truce|Blitz|Massacre|Campaign|Battle|Crisis)"
    r"|offensive|bombings?|raids?|truce|massacre|uprising|attacks?)\b"
)


def _holiday_year(name: str, base: dt.date, direction: str) -> int | None:
    """The year of a movable feast named without one, seen from ``base`` in ``direction``
    ("the following Easter" is the first after it); ``None`` if the tables do not know it (but
    see :func:`_year_of_feast`)."""
    year = base.year
    if direction == "closest":
        # "ahead of Thanksgiving": whichever is nearer, the one to come or the one just gone.
        days = {y: holiday_date(name, y) for y in (year - 1, year, year + 1) if 1 <= y <= 9999}
        known = {y: abs((day - base).days) for y, day in days.items() if day is not None}
        return (
            min(known, key=lambda y: (known[y], y != year))
            if year in known
            else _year_of_feast(name, base, direction)
        )
    for _ in range(3):
        day = holiday_date(name, year)
        if day is None:
            return _year_of_feast(name, base, direction)
        if (direction == "past" and day > base) or (direction == "strict_past" and day >= base):
            year -= 1
        elif (direction == "future" and day < base) or (direction == "strict_future" and day <= base):
            year += 1
        else:
            break
    return year


#: How long after a quarter or half closes its results are still reported and forecast
#: ("expects to report a third-quarter loss" in November): filings fall due within weeks.
_REPORTING_LAG = dt.timedelta(days=60)


def _distance_to_period(day: dt.date, start: dt.date, months: int) -> int:
    """Days from ``day`` to the period of ``months`` months beginning at ``start`` (0 inside)."""
    end = shift_date(start, months=months)
    if day < start:
        return (start - day).days
    if day >= end:
        return (day - end).days + 1
    return 0


def _known_day(partial: PartialTime, year: int | None) -> dt.date | None:
    """The day a week-grain value is written from, when the text names one."""
    if partial.grain != Grain.WEEK or year is None or partial.month is None or partial.day is None:
        return None
    return dt.date(year, partial.month, partial.day)


def _finish(partial: PartialTime, implied: tuple[str, ...], anchor: ReferencePoint) -> Resolution:
    if partial.holiday_name is not None and partial.year is not None:
        day = holiday_date(partial.holiday_name, partial.year)
        if day is not None:
            partial = partial.but(month=day.month, day=day.day)
        elif feast_span(partial.holiday_name, partial.year) is not None:
            partial = _its_year(partial)
        else:
            raise ValueError(partial.holiday_name)
    year = partial.year
    if year is not None and partial.month is not None and partial.day is not None:
        dt.date(year, partial.month, partial.day)
    written = _era(partial, anchor)
    value = format_partial(
        written, year=written.year, week_day=None if anchor.bc else _known_day(partial, year)
    )
    point = None
    if year is not None and partial.grain >= Grain.YEAR:
        point = ReferencePoint(_first_day(partial, year), min(partial.grain, Grain.DAY), "", anchor.bc)
    return Resolution(value, implied, anchor.label, point)


def _day_in_month(day: int, base: dt.date, direction: str) -> dt.date:
    """The date of "the 8th", seen from ``base``, skipping months too short for it."""
    year, month = base.year, base.month
    if direction == "nearest":
        options = []
        for step in (0, -1, 1):
            shifted = shift_date(dt.date(year, month, 1), months=step)
            try:
                options.append(dt.date(shifted.year, shifted.month, day))
            except ValueError:
                continue
        if options:
            return min(options, key=lambda option: abs((option - base).days))
        direction = "past"
    if direction == "past" and day > base.day:
        month -= 1
    elif direction == "future" and day < base.day:
        month += 1
    step = 1 if direction == "future" else -1
    for _ in range(4):
        if month == 0:
            year, month = year - 1, 12
        elif month == 13:
            year, month = year + 1, 1
        try:
            return dt.date(year, month, day)
        except ValueError:
            month += step
    raise ValueError(day)


def _day_on_weekday(day: int, weekday: int, base: dt.date, direction: str) -> dt.date | None:
    """The date of "Sunday the 27th" seen from ``base``: the nearest in ``direction`` among the
    months around it whose 27th is a Sunday (``None`` if none of them has one)."""
    found = []
    for step in range(-6, 7):
        try:
            first = shift_date(dt.date(base.year, base.month, 1), months=step)
            option = dt.date(first.year, first.month, day)
        except (ValueError, OverflowError):
            continue
        if weekday_of(option) != weekday:
            continue
        if (direction in ("past", "strict_past") and option > base) or (
            direction in ("future", "strict_future") and option < base
        ):
            continue
        found.append(option)
    return min(found, key=lambda option: abs((option - base).days), default=None)


def _story_day_on_weekday(day: int, weekday: int, points: Sequence[ReferencePoint]) -> dt.date | None:
    """The date of "Monday the 15th" in the month the story last told, or the first after it, where
    no month around the anchor has a 15th on a Monday: "It started raining on Aug. 12, 1983 ... By
    2 a.m. on Monday the 15th", in a feature of 2003."""
    if not points or points[-1].bc or points[-1].grain < Grain.MONTH:
        return None
    told = points[-1].day
    return _day_on_weekday(day, weekday, dt.date(told.year, told.month, 1), "future")


#: The last year ISO 8601 values (and Python dates) can write without an extension.
_LAST_YEAR = 9999


def _closest_century(two_digits: int, base_year: int) -> int:
    """The year a two-digit year names, seen from ``base_year``: the one in the hundred years that
    end twenty years after it ("'10" in 1999 is 2010, "'45" is 1945, "'25" in 2004 is 1925)."""
    year = base_year // 100 * 100 + two_digits
    if year > base_year + 20:
        year -= 100
    elif year <= base_year - 80 and year + 100 <= _LAST_YEAR:
        year += 100
    return year


def _closest_decade(digit: int, base_year: int) -> int:
    """The decade a digit names ("the '90s", "the nineties"): of the century of ``base_year``,
    unless it starts more than a few years after it, when it is the century before's ("the '20s"
    in 2013 are the 1920s; "the '90s" in 1989 are the coming 1990s)."""
    century = base_year // 100
    decade = century * 10 + digit
    if decade * 10 > base_year + _DECADE_AHEAD:
        decade -= 10
    return decade


#: How many years ahead a decade named by its digit may start and still be the coming one.
_DECADE_AHEAD = 5


def format_partial(partial: PartialTime, *, year: int | None, week_day: dt.date | None = None) -> str:
    """Write a partial value with a known (or ``None`` = unknown) year at its grain.

    >>> format_partial(PartialTime(month=9, grain=Grain.MONTH), year=2025)
    '2025-09'
    >>> format_partial(PartialTime(month=9, grain=Grain.MONTH), year=None)
    'XXXX-09'
    """
    grain = partial.grain
    if partial.bc and year is not None:
        prefix = f"BC{year:04d}"
    elif year is not None:
        prefix = f"{year:04d}"
    else:
        prefix = "XXXX"
    if grain == Grain.MILLENNIUM and year is not None:
        return f"{year // 1000}"
    if grain == Grain.CENTURY:
        century = partial.century if partial.century is not None else (year or 0) // 100
        return f"BC{century:02d}" if partial.bc else f"{century:02d}"
    if grain == Grain.DECADE:
        decade = partial.decade if partial.decade is not None else (year or 0) // 10
        return f"BC{decade:03d}" if partial.bc else f"{decade:03d}"
    if grain == Grain.YEAR:
        return prefix
    if grain == Grain.HALF:
        return f"{prefix}-H{partial.half}"
    if grain == Grain.QUARTER:
        return f"{prefix}-Q{partial.quarter}"
    if grain == Grain.SEASON:
        return f"{prefix}-{partial.season}"
    if grain == Grain.WEEK:
        if week_day is not None:
            iso_year, iso_week, _ = week_day.isocalendar()
            value = f"{iso_year:04d}-W{iso_week:02d}"
        else:
            value = f"{prefix}-WXX"
        return value + ("-WE" if partial.weekend else "")
    month = f"{partial.month:02d}" if partial.month is not None else "XX"
    if grain == Grain.MONTH:
        return f"{prefix}-{month}"
    if partial.day is None and partial.weekday is not None and year is None:
        date_value = f"XXXX-WXX-{partial.weekday + 1}"
    else:
        day = f"{partial.day:02d}" if partial.day is not None else "XX"
        date_value = f"{prefix}-{month}-{day}"
    if grain == Grain.DAY:
        return date_value
    if grain == Grain.PART_OF_DAY:
        return f"{date_value}T{partial.part_of_day}"
    hour = f"{partial.hour:02d}" if partial.hour is not None else "XX"
    minute = f"{partial.minute:02d}" if partial.minute is not None else "00"
    clock = f"{hour}:{minute}"
    if grain == Grain.SECOND and partial.second is not None:
        clock += f":{partial.second:02d}"
    return f"{date_value}T{clock}{_written_offset(partial, year)}"


def _written_offset(partial: PartialTime, year: int | None) -> str:
    """The zone's offset as the value writes it; a US zone's that daylight saving time moves
    only on a known day (otherwise none, as for an unknown zone)."""
    zone = partial.zone
    if zone is None or not zone.startswith(US_ZONE_PREFIX):
        return zone or ""
    if year is None or partial.month is None or partial.day is None or partial.bc:
        return ""
    try:
        day = dt.date(year, partial.month, partial.day)
    except ValueError:
        return ""
    return us_offset(zone.removeprefix(US_ZONE_PREFIX), day) or ""


def format_unknown(partial: PartialTime) -> str:
    """The underspecified value of an expression that has no anchor (no DCT was given).

    >>> format_unknown(PartialTime(anchor="ref", shift=Shift(Grain.DECADE, 0), grain=Grain.DECADE))
    'XXXX'
    """
    if partial.anchor is not None:
        partial = partial.but(month=partial.month if partial.shift is None else None, day=None)
    if partial.decade is None and partial.century is None and partial.grain in (Grain.DECADE, Grain.CENTURY):
        # ("the best of that decade" with no time told: an unknown year, not the zeros of year 0;
        # the value grammar writes no unknown decade or century.)
        return "XXXX"
    return format_partial(partial, year=None)
