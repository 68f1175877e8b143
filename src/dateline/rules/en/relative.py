"""Deictic and anaphoric dates: "yesterday", "last week", "two days later", "the day before"."""

from __future__ import annotations

import re

from dateline.context import sentence_bounds
from dateline.lexicon import lexicon_for
from dateline.lexicon.en import (
    MONTHS,
    PARTS_OF_DAY,
    PAST_VERBS_STRICT,
    POSITION_WORDS,
    SEASONS,
    STORY_YEARS,
    WEEKDAYS,
)
from dateline.partial import Anchor, Direction, Grain, PartialTime, Shift
from dateline.rules.base import Example, Rule, RuleMatch, after_for, after_one_of
from dateline.rules.en.dates import calendar_fields
from dateline.rules.en.holidays import HOLIDAY_NAMES, holiday_fields

_LEXICON = lexicon_for("en")

_UNIT_GRAIN = {
    "day": Grain.DAY, "days": Grain.DAY, "week": Grain.WEEK, "weeks": Grain.WEEK,
    "weekend": Grain.WEEK, "weekends": Grain.WEEK, "fortnight": Grain.WEEK,
    "month": Grain.MONTH, "months": Grain.MONTH, "quarter": Grain.QUARTER,
    "quarters": Grain.QUARTER, "year": Grain.YEAR, "years": Grain.YEAR, "decade": Grain.DECADE,
    "decades": Grain.DECADE, "century": Grain.CENTURY, "centuries": Grain.CENTURY,
    "season": Grain.SEASON, "half": Grain.HALF, "night": Grain.DAY, "nights": Grain.DAY,
}  # fmt: skip

#: Determiners: which anchor and how far ("last week" is the DCT's week minus one).
_DETERMINERS: dict[str, tuple[str, int]] = {
    "this": ("dct", 0), "current": ("dct", 0), "the current": ("dct", 0),
    "this past": ("dct", -1), "next": ("dct", 1), "coming": ("dct", 1),
    "the coming": ("dct", 1), "this coming": ("dct", 1), "last": ("dct", -1),
    "past": ("dct", -1), "previous": ("dct", -1), "the previous": ("ref", -1),
    "the following": ("ref", 1), "the next": ("ref", 1), "the very next": ("ref", 1), "that": ("ref", 0),
    "the same": ("ref", 0), "that same": ("ref", 0), "the preceding": ("ref", -1), "the prior": ("ref", -1),
    "that single": ("ref", 0), "that one": ("ref", 0),
    "later that": ("ref", 0), "earlier that": ("ref", 0), "later this": ("dct", 0),
    "later the same": ("ref", 0), "earlier the same": ("ref", 0), "later that same": ("ref", 0),
    "earlier that same": ("ref", 0),
    "earlier this": ("dct", 0), "early this": ("dct", 0), "late this": ("dct", 0),
    "this whole": ("dct", 0), "this entire": ("dct", 0),
    "the whole following": ("ref", 1), "the entire following": ("ref", 1), "the whole next": ("ref", 1),
    "the entire next": ("ref", 1), "the whole previous": ("ref", -1), "the entire previous": ("ref", -1),
    "the whole preceding": ("ref", -1), "the entire preceding": ("ref", -1),
    "so far this": ("dct", 0), "a year earlier": ("dct", -1), "the": ("ref", 0),
}  # fmt: skip
_DETERMINER_PATTERN = (
    # ("exceeded those of the whole previous year", "The entire next year was spent in the trenches".)
    r"(?P<det>the (?:whole|entire) (?:following|previous|next|preceding)|"
    # ("The very next day, his forces shot an American": the next, stressed.)
    r"this past|this coming|the current|the coming|the following|the previous|the next|the very next|"
    # ("On that single day the British army lost 57,000 men": the day told, as "that day" is.)
    r"the preceding|the prior|the same|that same|that single(?= day\b)|that one(?= day\b)|later the same|"
    r"earlier the same|later that same|earlier that same|later that|earlier that|later this|earlier this|this|"
    # "the last quarter", "the past quarter": a company's latest, with its article (TimeML's
    # extent; "the past month", "the last year" are lengths: duration.the_past_unit). A weekend is
    # no length a story counts: "over the past weekend" is the last one.
    r"the (?:last|past)(?= quarter\b)|the past(?= weekend\b)|"
    # ... and "the last century", the one before, as "the previous century" is ("over the last
    # century" is measured out: duration.the_past_unit).
    r"the last(?= century\b(?!\s+of\b))|"
    # ... and "the last fiscal year", a company's closed year (not "the last year", a length).
    r"the (?:last|past)(?= (?:fiscal|financial|business) year\b)|"
    # ... and the whole of the current one: "this whole decade", "This entire year".
    r"this (?:whole|entire)(?= (?:year|decade|month|week|century|season)\b)|"
    # ... and the decade the text is in: "The fighting lasted most of the decade".
    r"the(?= decade\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago|or)\b))|"
    # ... and the month the text is at, where a part of it is meant: "lasted for most of the month",
    # "in the closing days of the month" (the position is combine.absorb_modifiers').
    r"the(?= (?:month|century)\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago|or)\b))"
    r"(?:(?<=\bmost\sof\sthe)|(?<=\bmuch\sof\sthe)|(?<=\bdays\sof\sthe)|(?<=\bweeks\sof\sthe)"
    # ... and of a half of it: "in the second half of the month", "the latter half of the week".
    r"|(?<=\bhalf\sof\sthe))|"
    # ... and a market's week or month as far as it has run: "For the week so far, the Dow is up".
    r"the(?= (?:week|month) so far\b)|"
    # ... and the century a record is of: "the worst flood of the century".
    r"the(?= century\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago|or)\b))(?<=\bof\sthe)|"
    r"the(?= week\b(?![-'’]|\s+(?:of|before|after|earlier|later|ago|or)\b))(?<=\bhalf\sof\sthe)|"
    r"current|next|coming|last|previous|that)"
)


_QUARTER_OF_A_UNIT = re.compile(r"\s+of\s+an?\s+(?:century|decade|year|hour|mile)\b", re.IGNORECASE)
#: An owner right before "last year": "the war's", "his" (its final year, not the one before the DCT).
_OWNER_BEFORE = re.compile(r"(?:['’]s|\b(?:his|her|its|their|my|our|your))\s+\Z", re.IGNORECASE)
#: "the" right before "last": "the last week of the campaign" is its final one.
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
#: What follows "the last week" when it is the final week of something: " of the campaign".
_FINAL_UNIT_OF = re.compile(r"\s+of\b")


def _grain_of(unit: str) -> Grain | None:
    return _UNIT_GRAIN.get(unit.lower())


#: A preposition that makes "the next year" a length: "for the next year", "throughout the next
#: week" (TimeBank and WikiWars date "over the next year (or so)", "Over the next day").
#: ("for at least the next week": a bound of the length between.)
_LENGTH_BEFORE = re.compile(r"\b(?:for|throughout)\s+(?:at\s+least\s+|up\s+to\s+)?\Z", re.IGNORECASE)
#: "for" that opens a clause or follows a verb of lasting: "and for the following week it advanced".
_LENGTH_OF_A_CLAUSE_BEFORE = re.compile(
    r"(?:(?:\A|[.;:!?,]|\band|\bbut|\bthen)\s+|\b(?:continued|lasted|remained|stayed|persisted|raged|"
    r"went\s+on|held\s+out|fought\s+on)\s+)(?:for|throughout)\s+\Z",
    re.IGNORECASE,
)
#: ... but not "for" the day a thing was put to: "the vote was set for the following week".
_PUT_TO_A_DAY_BEFORE = re.compile(
    r"\b(?:set|scheduled|slated|fixed|planned|postponed|put\s+off|delayed|deferred|adjourned|called|"
    r"moved|rescheduled|arranged|booked)\s+(?:[\w'’-]+\s+){0,3}?for\s+\Z",
    re.IGNORECASE,
)


def _the_past_unit(match: RuleMatch) -> PartialTime | None:
    """ "the past year", "the last year": the one before the DCT's, as "last year" is."""
    grain = _grain_of(match.group("unit") or "")
    if grain is None or _OWNER_BEFORE.search(
        match.match.string, max(0, match.match.start() - 12), match.match.start()
    ):
        return None
    return PartialTime(anchor="dct", shift=Shift(grain, -1), grain=grain)


def _determined_unit(match: RuleMatch) -> PartialTime | None:
    """ "last week", "this year", "the following month", "that day"."""
    determiner = " ".join((match.group("det") or "").lower().split())
    if determiner in ("the last", "the past"):
        if _FINAL_UNIT_OF.match(match.match.string, match.match.end()):
            return None  # "the last quarter of the game", "the past quarter of a century"
        determiner = "last"
    if _is_title_word(match.group("unit") or ""):
        return (
            None  # a programme called "This Week": prose writes the unit lower case; a capital makes a title
        )
    unit = (match.group("unit") or "").lower()
    grain = _grain_of(unit)
    if grain is None or determiner not in _DETERMINERS or (determiner == "this" and unit == "day"):
        return None
    if unit == "quarter" and _QUARTER_OF_A_UNIT.match(match.match.string, match.match.end()):
        return None  # "over the next quarter of a century": a length, a fourth of the century
    if match.match.string.startswith(" and a half", match.match.end()):
        return None  # "over the next year and a half": a length (duration.amount_unit)
    if determiner in ("last", "next") and _OWNER_BEFORE.search(
        match.match.string, max(0, match.match.start() - 12), match.match.start()
    ):
        return None  # "The war's last year", "in his last year in office": a final (or next) one of its own
    if (
        determiner == "last"
        and (unit == "day" or _FINAL_UNIT_OF.match(match.match.string, match.match.end()))
        and _THE_BEFORE.search(match.match.string, max(0, match.match.start() - 5), match.match.start())
    ):
        # "the last week of the campaign": its final week, not the week before this one; "The
        # last day for students is June 14": the final one, not the day before this one.
        return None
    if match.has("fiscal") and determiner.endswith("current"):
        return None  # relative.reported_year's: "the current fiscal year"
    anchor, amount = _DETERMINERS[determiner]
    letter = _LEXICON.unit(unit)
    if (
        (
            determiner == "the next"
            # ("ordered a further campaign for the following year" is the year it is for; "and for
            # the following week it advanced", "the siege lasted for the following month" how long.)
            or (
                determiner == "the following"
                and _LENGTH_OF_A_CLAUSE_BEFORE.search(
                    match.match.string, max(0, match.match.start() - 40), match.match.start()
                )
                is not None
            )
        )
        and letter is not None
        # ("cut the budget for the next fiscal year": the year a budget is for.)
        and not match.has("fiscal")
        and _LENGTH_BEFORE.search(match.match.string, max(0, match.match.start() - 24), match.match.start())
        and not _PUT_TO_A_DAY_BEFORE.search(
            match.match.string, max(0, match.match.start() - 60), match.match.start()
        )
    ):
        # "Fighting continued for the next year", "for the following week it advanced slowly
        # northward": how long, as WikiWars draws it (P1Y).
        return PartialTime(kind="duration", duration=((1.0, letter),))
    if unit == "season" and (anchor == "dct" or amount != 0):
        # "He scored 14 goals last season", "The next season they were relegated": a season of
        # games, crops or shows is no quarter of the calendar (not "last summer"): only its side
        # of the DCT (or the story's time) is known.
        value = "PAST_REF" if amount < 0 else "FUTURE_REF" if amount > 0 else "PRESENT_REF"
        return PartialTime(kind="ref", value=value)
    if unit == "season":
        # "early in the 2001 season and won a title that season": the season of games the text
        # has named, in its year (no quarter of the calendar).
        return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, 0), grain=Grain.YEAR)
    weekend = unit == "weekend"
    if weekend and determiner in ("the following", "the next") and amount == 1 and anchor == "ref":
        # "Camp ends on Monday, March 25. The team plays the following weekend": the first
        # weekend after the day the story is at (that of its week, after a weekday).
        return PartialTime(anchor="ref", weekend=True, grain=grain, direction="strict_future")
    if weekend and determiner in ("coming", "the coming", "this coming"):
        # "Protests are planned for the coming weekend", written on a Wednesday: the weekend of
        # this week, the first to come (on a Saturday or a Sunday, the next: ``resolve``).
        return PartialTime(
            anchor="dct", shift=Shift(Grain.WEEK, 0), grain=grain, weekend=True, direction="future"
        )
    if (
        anchor == "ref"
        and amount == 0
        and unit == "day"
        and determiner in ("that", "that single", "that one")
    ):
        return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), grain=Grain.DAY)
    # "earlier this month" is its first part, as "earlier yesterday" and "earlier in the year" are.
    mod = POSITION_WORDS.get(determiner.removesuffix(" this")) if determiner.endswith(" this") else None
    return PartialTime(
        anchor=anchor,  # type: ignore[arg-type]
        shift=Shift(grain if not weekend else Grain.WEEK, amount),
        grain=grain,
        weekend=weekend,
        mod=mod,
        # "later this month": this one, whatever the tense (not "the end of the month", see
        # ``resolve._edge_to_come``).
        direction="same" if determiner.endswith("this") else None,
    )


def _unit_ahead(match: RuleMatch) -> PartialTime | None:
    """ "the week ahead", "the year ahead": the next one from the DCT."""
    unit = (match.group("unit") or "").lower()
    grain = _grain_of(unit)
    if grain is None:
        return None
    weekend = unit == "weekend"
    if weekend:
        return PartialTime(
            anchor="dct", shift=Shift(Grain.WEEK, 0), grain=grain, weekend=True, direction="future"
        )
    return PartialTime(anchor="dct", shift=Shift(grain, 1), grain=grain)


def _new_age(match: RuleMatch) -> PartialTime:
    """ "the new century": the century half of one after the time the text speaks of falls in."""
    return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, 50), grain=Grain.CENTURY)


#: A past age a sentence (or the one before it) names, up to "today": "In 1995, ...; today",
#: "Seven years ago, when ... Today,".
_THEN_BEFORE_TODAY = re.compile(
    # ("The pantry began in the winter of 1983, ... Today it serves 1,200 families": a season or a
    # month of the year, and a sentence between.)
    # ("by 1980 the figure was 3,100. Today about 2,800 people live here": by a year too.)
    r"(?:\b(?:[Ii]n|[Bb]y)\s+(?:the\s+(?:(?:early|late)\s+)?(?:winter|spring|summer|fall|autumn)\s+of\s+"
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:1[89]|20)[0-9]{2}\b|\b(?:years|decades|[Aa]\s+decade|[Aa]\s+generation|[Aa]\s+century)\s+ago\b"
    # ... or a day of it: "When Social Security was signed into law on Aug. 14, 1935, ...".
    r"|(?-i:[A-Z])[a-z]{2,8}\.?\s+[0-9]{1,2},\s+(?:1[89]|20)[0-9]{2}\b"
    r"|\b[Ii]n\s+the\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)[0-9]0s\b"
    # ... or the past a speaker looks back on: '"Back then nobody had the technology," he said.'
    # ... or a state the past once had: "Steel once employed 9,000 people in the valley".
    r"|\b(?:[Bb]ack\s+then|[Ii]n\s+those\s+days|once\s+(?-i:[a-z]{3,}ed|had|was|were))\b)"
    r"[^.!?]{0,200}(?:[.!?]\s+[^.!?]{0,120}){0,2}\Z"
)
#: A figure of a rate right before "a year": "by 1 per cent ", "3% ".
_RATE_FIGURE_BEFORE = re.compile(
    r"(?:[0-9]%|\b(?:percent|per\s+cent|percentage\s+points?))\s+\Z", re.IGNORECASE
)


def _clause_before(text: str, start: int) -> str:
    """The words of the clause before ``start``, back to a stop, a semicolon or a colon."""
    stretch = text[max(0, start - 120) : start]
    return stretch[max(stretch.rfind("."), stretch.rfind(";"), stretch.rfind(":"), stretch.rfind("\n")) + 1 :]


#: People of an age, right before "today": "Kids ", "young people ".
_GENERATION_BEFORE = re.compile(
    r"\b(?:kids|children|youngsters|teenagers|teens|young\s+people)\s+\Z",
    re.IGNORECASE,
)
#: ... and what they are or do now, right after it: " have no idea", " don't know".
_PRESENT_OF_A_GENERATION_AFTER = re.compile(
    r"\s+(?:have|are(?!\s+[a-z]+ing\b)|do|don['’]t|can|can['’]t|know|want|need|get|think|seem|expect|grow"
    r"|spend|live)\b"
)
#: A clause in the present that gives a figure: "It has about 300 students ", "it employs 40 ".
_FIGURE_IN_THE_PRESENT = re.compile(
    r"\b(?:has|have|is|are|employs|employ|counts|numbers|holds|serves|houses|draws|sells|makes)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|just|only|more\s+than|fewer\s+than|less\s+than|over"
    r"|under)\s+)?[0-9][0-9,.]*\b[^.;:]*\Z",
    re.IGNORECASE,
)
#: The end of a clause right after "today".
_CLAUSE_CLOSES_AFTER = re.compile(r"\s*[:;,.!?]")
#: A judgment of how things stand, up to "today": "would be unthinkable ", "is rare ".
_JUDGED_NOW_BEFORE = re.compile(
    r"\b(?:would\s+be|is|are|seems|remains)\s+(?:\w+ly\s+)?(?:unthinkable|unimaginable|impossible|"
    r"inconceivable|rare|common|routine|normal|standard|familiar|unheard\s+of|illegal|commonplace)\s+\Z",
    re.IGNORECASE,
)
#: "is a good day", "is the anniversary": what the day itself is.
_IS_A_DAY_AFTER = re.compile(
    r"\s+(?:is|was|['’]s)\s+(?:a|an|the|our|my|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:day|date|anniversary|occasion|birthday|holiday|reminder)\b"
    # ... and what the day's events show: '"Today shows how nervous people are," a dealer said'.
    r"|\s+(?:shows|showed|proves|proved)\b",
    re.IGNORECASE,
)
#: What a thing is today set against what it was: "today looks little like", "bears no resemblance
#: to", "is unrecognisable".
_LIKENESS_TO_THEN_AFTER = re.compile(
    r",?\s+(?:(?:looks|seems|feels|appears)\s+(?:little|nothing|much|very\s+little)\s+like"
    r"|(?:bears|has)\s+(?:little|no)\s+resemblance"
    r"|(?:is|are|looks|seems)\s+(?:almost\s+)?(?:unrecogni[sz]able|a\s+far\s+cry))\b",
    re.IGNORECASE,
)
#: A clause joined to the one "today" opens: ", and few of them".
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s")
#: A past age "today" is set against after it, in its sentence: "today is roughly half what it was
#: in 1980", "stronger today than at any point in the past half-century", "the market their parents
#: faced in the early 1960s".
_THEN_AFTER_TODAY = re.compile(
    r"\s+than\s+(?:at\s+any\s+(?:point|time)|ever|in\s+(?:the\s+)?(?:past|1[89][0-9]{2}|20[0-9]{2}))"
    # ("than at any time since February 2011": a month of the year too.)
    r"|[^.!?]{0,160}?\b(?:in|since)\s+(?:the\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)[0-9]0s"
    r"|(?:(?-i:[A-Z][a-z]+)\.?\s+)?(?:1[89]|20)[0-9]{2})\b"
    # ... and a past counted back: "The country is today poorer than it was a decade ago".
    r"|[^.!?]{0,160}?\bthan\s+(?:it|they|he|she|we)\s+(?:was|were)\s+(?:an?|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|[0-9]+)\s+(?:years?|decades?)\s+ago\b"
)
#: The clause "today" opens, up to its end.
_CLAUSE_AFTER = re.compile(r"[^.;:!?\"”]{0,160}")
#: A verb of the present in it ("today the figure is", "Today, everybody expects it", "Today it
#: takes three months") ...
_PRESENT_VERB = re.compile(
    r"\b(?:is|are|has|have|can|[a-z]+[^s\W]s)\b"
    # ... and a plural's: "Today about 2,800 people live here".
    r"|\b(?:people|[a-z]+s)\s+(?:live|work|remain|stay|own|use|attend|earn|pay|need|hold|call)\b"
    # ... and one after a place: "fewer than 300 people in the town work in manufacturing".
    r"|\b(?:live|work)\s+(?:in|at|for|on)\b"
)
#: ... and none of the past ("Today he said he would resign"), nor a modal ("Today their families
#: will hear the findings": a day's news).
_PAST_VERB = re.compile(
    # (Not an adjective after an article: "from a converted warehouse".)
    # ... nor after a preposition or "and": "runs on borrowed time and borrowed money".)
    # (A present's "can" and "may" speak of the age: "Today a retiree can expect to live longer".)
    r"\b(?:said|was|were|had|did|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bon\s)(?<!\bin\s)(?<!\bof\s)"
    # (... nor a comparative's participle: "Power is more concentrated today than".)
    r"(?<!\bwith\s)(?<!\band\s)(?<!\bmore\s)(?<!\bless\s)(?<!\bmost\s)[a-z]+ed|will|would|shall|could|might|must)\b"
    r"|['’]ll\b"
)


def _set_against_a_past_after(text: str, start: int, end: int) -> bool:
    """Whether "today" (at ``start:end``) is set against a past age its sentence names after it,
    in a clause of the present: "spending today is roughly half what it was in 1980", "is stronger
    today than at any point in the past half-century"."""
    then = _THEN_AFTER_TODAY.match(text, end)
    if then is None:
        return False
    # (The comparison's own past is the past age's: "what it was", "than it was".)
    comparison = _COMPARISON_OPENS.search(text, end, then.end())
    stop = comparison.start() if comparison else then.end()
    # (... nor a clause joined after it: "Today, Medicare covers 55 million Americans, and few of
    # them would trade it for the market their parents faced in the early 1960s".)
    joined = _JOINED_CLAUSE.search(text, end, stop)
    told = text[max(0, start - _PRESENT_BEFORE_TODAY) : joined.start() if joined else stop]
    told = told[max(told.rfind("."), told.rfind(";"), -1) + 1 :]
    # ("Today, fewer than 900 people live in Calloway, down from about 4,000 in the 1950s": a
    # figure "down from" a past one is the present's, whatever the verb's number.)
    compared = (
        _CHANGED_FROM.search(text, end, then.end()) is not None
        and _CLAUSE_OPENS_BEFORE.search(text, max(0, start - 4), start) is not None
    )
    return (compared or bool(_PRESENT_VERB.search(told))) and not _PAST_VERB.search(told)


def _set_against_a_past_next(text: str, end: int) -> bool:
    """Whether "today" (ending at ``end``) opens a clause of the present that the next sentence
    sets against a past age: "Today, fewer than 300 people in the town work in manufacturing,
    according to council figures. In 1984 the figure was nearly 4,000." """
    clause = _FIRST_CLAUSE_AFTER.match(text, end)
    if (
        clause is None
        or not _PRESENT_VERB.search(clause.group("clause"))
        or _PAST_VERB.search(clause.group("clause"))
    ):
        return False
    return _PAST_AGE_OPENS_NEXT.match(text, clause.end()) is not None


#: The clause "today" opens, up to its first comma or its end.
_FIRST_CLAUSE_AFTER = re.compile(r",?\s*(?P<clause>[^,.;:!?\"”]{1,160})")
#: The rest of the sentence, then one that opens on a past age and tells it in the past: "In 1984
#: the figure was nearly 4,000".
_PAST_AGE_OPENS_NEXT = re.compile(
    r"[^.!?]{0,160}[.!?]\s+(?:Back\s+in|In|By)\s+(?:the\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)[0-9]0s|(?:1[89]|20)[0-9]{2})\b"
    r"[^.!?]{0,80}\b(?:was|were|had)\b"
)
#: The opening of a sentence or a clause, just before "today".
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:\A|[.;:!?\"“]\s*|\n\s*)\Z")
#: A figure set against an earlier one: ", down from", "up from".
_CHANGED_FROM = re.compile(r",\s+(?:down|up)\s+from\b")
#: A change from a past age's figure up to "today": "has dropped from 1,900 in 1960 to 860 ".
_FROM_THEN_TO_BEFORE = re.compile(
    r"\bfrom\s+[^.;:!?]{0,40}?\bin\s+(?:(?:1[89]|20)[0-9]{2}|the\s+(?:1[89]|20)[0-9]0s)\s+to\s+[^.;:!?\s][^.;:!?]{0,30}\s\Z"
)


#: Where a comparison with the past opens: "what it was", "than".
_COMPARISON_OPENS = re.compile(r"\bwhat\s+(?:it|they)\s+(?:was|were)\b|\bthan\b")
#: How far before "today" its clause's verb may stand ("is stronger today than").
_PRESENT_BEFORE_TODAY = 40


def _tells_the_present(text: str, end: int) -> bool:
    """Whether the clause after "today" at ``end`` is told in the present, with no past verb (up
    to a clause joined after it: "Today, Medicare covers 55 million Americans, and few would trade
    it")."""
    clause = _CLAUSE_AFTER.match(text, end)
    joined = _JOINED_CLAUSE.search(clause.group(0)) if clause else None
    if clause and joined:
        clause = _CLAUSE_AFTER.match(text, end, end + joined.start())
    participle = _PARTICIPLE_SET_OFF.search(clause.group(0)) if clause else None
    if clause and participle:
        # ("Today it has 41, tested monthly": a participle set off after it tells no time.)
        clause = _CLAUSE_AFTER.match(text, end, end + participle.start())
    # (A present perfect is the present's: "Today it serves 1,200 families, and it has not missed a
    # distribution day in 26 years".)
    told = _PRESENT_PERFECT.sub("has", clause.group(0)) if clause else ""
    # (... and so is a participle the present's copula takes: "Today, it is the most widely used
    # statin", "Today, it's almost expected".)
    told = _PRESENT_COPULA_PARTICIPLE.sub(" is", told)
    return bool(_PRESENT_VERB.search(told)) and not _PAST_VERB.search(told)


_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:not\s+|never\s+|already\s+|just\s+)?[a-z]+ed\b")
#: The present's copula and the participle it takes, a few words on: "is the most widely used",
#: "'s almost expected".
_PRESENT_COPULA_PARTICIPLE = re.compile(
    r"(?:\s+(?:is|are)\b|['’](?:s|re)\b)(?:\s+(?!(?:and|but|when|while|which|that)\b)[a-z]+){0,4}?\s+[a-z]+ed\b"
)
#: A participle set off by a comma: ", tested monthly".
_PARTICIPLE_SET_OFF = re.compile(r",\s+[a-z]+ed\b")


#: Nouns that make "today's" and "of today"/"of tomorrow" the present or future age, not a day:
#: "today's youth", "in today's world", "the leaders of tomorrow".
_GENERIC_AGE_NOUNS = (
    r"world|youth|young|society|generations?|children|kids|teenagers|students|parents|families|"
    r"culture|leaders|people"
)
_POSSESSIVE = re.compile(r"['’]s\b")
#: "today's world", "today's young people".
_GENERIC_NOUN_AFTER = re.compile(rf"['’]s\s+(?:[a-z]+\s+)?(?:{_GENERIC_AGE_NOUNS})\b", re.IGNORECASE)
#: "many of today's computers": a quantifier picks from a kind, not from one day's news.
_QUANTIFIER_BEFORE = re.compile(r"\b(?:many|most|some|all|few)\s+of\s+$", re.IGNORECASE)
#: "the leaders of tomorrow", "the youth of today".
_GENERIC_NOUN_BEFORE = re.compile(rf"\b(?:{_GENERIC_AGE_NOUNS})\s+of\s+$", re.IGNORECASE)


def _is_generic_age(match: RuleMatch) -> bool:
    """ "today's youth", "many of today's cars", "the leaders of tomorrow": an age, not a day."""
    text, start, end = match.match.string, match.match.start(), match.match.end()
    before = text[max(0, start - 40) : start]
    if _POSSESSIVE.match(text, end):
        return bool(_GENERIC_NOUN_AFTER.match(text, end) or _QUANTIFIER_BEFORE.search(before))
    return bool(_GENERIC_NOUN_BEFORE.search(before))


def _paragraph_reach(text: str, start: int, reach: int = 300) -> int:
    """Where a look back from ``start`` stops: ``reach`` characters back, or the start of its
    paragraph if that is nearer (a broadcast's next item tells of its own time: "NASA plans eight
    launches in 1999.\n\nOn Wall Street today, stocks rose")."""
    low = max(0, start - reach)
    paragraph = text.rfind("\n\n", low, start)
    return low if paragraph < 0 else paragraph + 2


#: A capitalised word just before, on the same line: "World Today", "Business Today" are names.
_NAME_BEFORE = re.compile(r"\b[A-Z](?:[\w&.-]*\w)?[ \t]$")
#: "the Today show", "the BBC's Today programme", 'the "Today" show': an article or a possessive before the
#: capitalised word makes it a title ("the today" is no date).
_TITLE_ARTICLE_BEFORE = re.compile(r"(?:\bthe|['’]s)[ \t][\"“]?$")


#: A word in capitals just before, on the same line: "WORLD " (of "THE WORLD TODAY").
_CAPITALS_WORD_BEFORE = re.compile(r"\b[A-Z]{2,}[ \t]\Z")
#: A word in lower case: the sentence is not set in capitals throughout.
_LOWER_CASE_WORD = re.compile(r"\b[a-z]{3,}\b")
#: "News" (in any case) before a capitalised "Tonight" or "Today": a programme's title.
_NEWS_BEFORE = re.compile(r"\b(?i:news)[ \t]\Z")
_LINE_ENDS_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")
#: A line's first word or three, no stop among them, before a word that ends the line.
_SHORT_HEADING_BEFORE = re.compile(r"(?:\A|\n)[ \t]*(?:[\w&'’-]+[ \t]+){1,3}\Z")


def _is_title_word(word: str) -> bool:
    """ "Week", "Today": capitalised, the rest lower case (all-capitals text says nothing)."""
    return word[:1].isupper() and word[1:].islower()


#: How texts and chat spell the deictic days ("see u tmrw", "talk tonite").
_CASUAL_DEICTICS = {
    "tmrw": "tomorrow",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "tonite": "tonight",
    "2nite": "tonight",
}


def _this_time_last(match: RuleMatch) -> PartialTime | None:
    """ "this time last year", "the same time next week", "this time tomorrow": today's date a unit
    away."""
    day = (match.group("day") or "").lower()
    grain = Grain.DAY if day else _grain_of(match.group("unit") or "")
    if grain is None:
        return None
    amount = -1 if (match.group("which") or day).lower() in {"last", "yesterday"} else 1
    return PartialTime(anchor="dct", shift=Shift(grain, amount), grain=Grain.DAY)


def _today(match: RuleMatch) -> PartialTime | None:
    around = " ".join((match.group("around") or "").lower().split())
    word = (match.group("deictic") or "").lower()
    if not around and match.text.lower() == word and _is_generic_age(match):
        return None
    text, start = match.match.string, match.match.start()
    if (
        match.text.lower() == "today"
        and _THEN_BEFORE_TODAY.search(text, _paragraph_reach(text, start), start)
        and _tells_the_present(text, match.match.end())
        # (Not the day said to be one: '"Today is a good day for voters"'.)
        and not _IS_A_DAY_AFTER.match(text, match.match.end())
        # (Nor the day of what its clause told in the past: "The Dow gained 138 points today, its
        # best day in weeks".)
        and not _PAST_VERB.search(_clause_before(text, start))
    ):
        # "In 1995, fewer than 20 million Americans were online; today the figure is 200
        # million": the present age set against a past one, not the day of writing.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if (
        match.text.lower() == "today"
        and _THEN_BEFORE_TODAY.search(text, _paragraph_reach(text, start), start)
        and _CLAUSE_CLOSES_AFTER.match(text, match.match.end())
        and _JUDGED_NOW_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "In the 1930s, Washington did something that would be unthinkable today: it built
        # houses": what would be judged so in the present age, set against a past one.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if match.text.lower() == "today" and (
        _set_against_a_past_after(text, start, match.match.end())
        or _set_against_a_past_next(text, match.match.end())
    ):
        # "Federal spending on energy research today is roughly half what it was in 1980": the
        # present age set against a past one after it.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if (
        match.text.lower() == "today"
        and _CLAUSE_CLOSES_AFTER.match(text, match.match.end())
        and _THEN_BEFORE_TODAY.search(text, _paragraph_reach(text, start), start)
        and _FIGURE_IN_THE_PRESENT.search(_clause_before(text, start))
        and not _PAST_VERB.search(_clause_before(text, start))
    ):
        # "The school had 212 students in 1985. It has about 300 students today.": the present
        # age's figure, set against a past one before it.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if (
        match.text == "today"
        and _GENERATION_BEFORE.search(text, max(0, start - 16), start)
        and _PRESENT_OF_A_GENERATION_AFTER.match(text, match.match.end())
    ):
        # "Kids today have no idea what we went through": the present age's young.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if match.text.lower() == "today" and _FROM_THEN_TO_BEFORE.search(text, max(0, start - 100), start):
        # "The population has dropped from 1,900 in 1960 to 860 today": the present age's figure.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if match.text.lower() == "today" and _LIKENESS_TO_THEN_AFTER.match(text, match.match.end()):
        # "Port Alder today looks little like the fishing town Corinne flattened": a place set
        # against what it was, in the present age.
        return PartialTime(kind="ref", value="PRESENT_REF")
    if (
        match.text == match.group("deictic")
        and _is_title_word(match.text)
        and (
            _NAME_BEFORE.search(text, max(0, start - 40), start)
            or _TITLE_ARTICLE_BEFORE.search(text, max(0, start - 8), start)
        )
    ):
        return None  # "This is World Today.": a programme or paper named with the word
    if (
        match.text == match.group("deictic")
        and (
            match.text[:1].isupper()
            # (... a heading's, in capitals once, that ends its line with no stop.)
            or _LINE_ENDS_AFTER.match(text, match.match.end())
        )
        and _NEWS_BEFORE.search(text, max(0, start - 6), start)
    ):
        return None  # "ABC WORLD NEWS TONIGHT", "World News Tonight": a news programme's title
    if (
        match.text == match.group("deictic")
        and _LINE_ENDS_AFTER.match(text, match.match.end())
        and _SHORT_HEADING_BEFORE.search(text, max(0, start - 40), start)
    ):
        return None  # "CNN TODAY", a line of its own: a programme's title, no day
    if (
        match.text == match.group("deictic")
        and match.text.isupper()
        and _CAPITALS_WORD_BEFORE.search(text, max(0, start - 24), start)
        and _LOWER_CASE_WORD.search(text, *sentence_bounds(text, start))
    ):
        return None  # "That and more when THE WORLD TODAY continues": a programme's name in capitals
    word = _CASUAL_DEICTICS.get(word, word)
    amount = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}.get(word, 0)
    if around:
        amount = 2 if around.startswith("after") else -2
    part = match.group("part_of_day") or match.group("part_of_day_before")
    part_code = PARTS_OF_DAY.get(part.lower()) if part else None
    if word == "tonight" or (match.group("around_unit") or "").lower() == "night":
        part_code = "NI"
    grain = Grain.PART_OF_DAY if part_code else Grain.DAY
    # Where in the day "earlier yesterday", "mid-afternoon yesterday" fall.
    mod = POSITION_WORDS.get((match.group("when") or match.group("pos") or "").lower())
    return PartialTime(
        anchor="dct",
        shift=Shift(Grain.DAY, amount),
        part_of_day=part_code,
        grain=grain,
        speech_time=True,
        mod=mod,
    )


#: Office shorthand for the end of the current day, week, month or year ("by EOD", "before EOW").
_BUSINESS_ENDS = {
    "EOD": Grain.DAY,
    "COB": Grain.DAY,
    "EOW": Grain.WEEK,
    "EOM": Grain.MONTH,
    "EOY": Grain.YEAR,
}


def _business_end(match: RuleMatch) -> PartialTime | None:
    """ "by EOD", "before EOW": the end of the writer's day, week, month or year."""
    grain = _BUSINESS_ENDS.get(match.text)
    if grain is None:
        return None
    return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain, speech_time=True, mod="END")


#: Years in one unit of each grain a count can move by, and the farthest count the calendar holds.
_YEARS_PER_UNIT = {
    Grain.DAY: 1 / 365, Grain.WEEK: 1 / 52, Grain.MONTH: 1 / 12, Grain.QUARTER: 1 / 4,
    Grain.YEAR: 1, Grain.DECADE: 10, Grain.CENTURY: 100,
}  # fmt: skip
_MAX_COUNTED_YEARS = 2000


#: The finer unit a share of a unit is counted in, and how many of them the unit holds.
_PART_OF_UNIT = {
    "year": Grain.MONTH,
    "decade": Grain.YEAR,
    "century": Grain.YEAR,
    "month": Grain.DAY,
    "week": Grain.DAY,
}
_UNITS_IN = {"year": 12, "decade": 10, "century": 100, "month": 30, "week": 7}
#: The grain a count in halves is told to when it is counted in a smaller unit: "three and a half
#: months later" is a month (counted in days), "two and a half weeks later" a day.
_HALVES_TOLD_TO = {"month": Grain.MONTH}


#: A generation, as a count of time: about thirty years.
_DECADES_PER_GENERATION = 3


#: The short units of a clinical note ("1 yr ago", "2 wks ago", "3 mos ago"), as the words.
_SHORT_UNIT_WORDS = {"wk": "week", "wks": "weeks", "mos": "months", "yr": "year", "yrs": "years"}


def _units_ago(match: RuleMatch) -> PartialTime | None:
    """ "three years ago", "two days later", "a week earlier", "a week or so ago" (APPROX)."""
    text, start = match.match.string, match.match.start()
    if (
        match.text[:2].lower() in ("a ", "an")
        and not match.text.lower().endswith(("earlier", "later", "ago"))
        and _RATE_FIGURE_BEFORE.search(text, max(0, start - 24), start)
    ):
        return None  # "will grow by 1 per cent a year after that": a rate's year, no date
    unit = (match.group("unit") or "").lower()
    unit = _SHORT_UNIT_WORDS.get(unit, unit)
    told: Grain | None = None
    if match.has("part"):
        # "half a century ago" is fifty years back, "half a year later" six months on.
        share = 0.5 if "half" in (match.group("part") or "").lower() else 0.25
        grain, amount = _PART_OF_UNIT[unit], int(share * _UNITS_IN[unit])
    elif match.has("half_before") or match.has("half_after"):
        # "a year and a half later" is eighteen months on, "two and a half decades ago" 25 years.
        whole = _LEXICON.number(match.group("amount") or "")
        single = unit.removesuffix("s").replace("centurie", "century")
        if whole is None or single not in _PART_OF_UNIT:
            return None
        grain, amount = _PART_OF_UNIT[single], int((whole + 0.5) * _UNITS_IN[single])
        told = _HALVES_TOLD_TO.get(single)
    elif unit.startswith("generation"):
        # "a generation later": some thirty years on, of which the decade is as much as is said.
        if match.has("half_after"):
            return None
        count = _LEXICON.number(match.group("amount") or "")
        grain, amount = Grain.DECADE, None if count is None else count * _DECADES_PER_GENERATION
    else:
        amount = _LEXICON.number(match.group("amount") or "")
        # "two summers later": that season, so many years on.
        grain = Grain.YEAR if unit.removesuffix("s") in SEASONS else _grain_of(unit)
    if amount is None or grain is None or amount * _YEARS_PER_UNIT[grain] > _MAX_COUNTED_YEARS:
        # "a thousand centuries ago" lies off the calendar: the count is a duration.
        return None
    word = " ".join((match.group("when") or match.group("when_event") or "").lower().split())
    if (
        word in ("afterwards", "afterward", "thereafter", "after that", "after")
        or word.startswith("after that")
    ) and after_for(match):
        # "for two years afterwards the alliance held", "not safe to drink for 10 days after
        # that": how long, as "for two years" is (the length alone is the expression:
        # duration.amount_unit).
        return None
    sign = -1 if word in ("ago", "earlier", "before", "prior", "back", "previously", "before that") else 1
    anchor = "dct" if word in ("ago", "from now", "from today", "hence", "back") else "ref"
    if grain == Grain.WEEK and unit.startswith("fortnight"):
        amount *= 2
    # "fifty years ago this week": the week (month, day) of the anniversary, so many years back.
    this_unit = (match.group("this_unit") or match.group("this_day") or "").lower().split()[-1:]
    named = {
        "week": Grain.WEEK,
        "weekend": Grain.WEEK,
        "month": Grain.MONTH,
        "today": Grain.DAY,
        "tomorrow": Grain.DAY,
        "yesterday": Grain.DAY,
        **dict.fromkeys(_ANNIVERSARY_PARTS, Grain.DAY),
    }.get(this_unit[0] if this_unit else "")
    if word == "from today" and grain == Grain.WEEK:
        # "two weeks from today": the day so many weeks on, not its week.
        named = Grain.DAY
    counted = PartialTime(
        anchor=anchor,  # type: ignore[arg-type]
        shift=Shift(grain, sign * amount),
        grain=named or told or grain,
        speech_time=anchor == "dct",
        # ("a couple of years ago": two or so; "40-odd years ago", "20-plus years ago".)
        mod=(
            "MORE_THAN"
            if (match.group("odd") or "").lower() in ("-plus", "+")
            else "APPROX"
            if match.has("approx") or match.has("odd") or "couple" in (match.group("amount") or "").lower()
            else None
        ),
    )
    month_named = (
        _LEXICON.month((match.group("this_unit") or "").split()[-1]) if this_unit and named is None else None
    )
    if month_named is not None:
        # "Thirty-six years ago this November": that month of the year so many years back.
        return counted.but(month=month_named, grain=Grain.MONTH)
    if this_unit and this_unit[0] in SEASONS:
        # "Forty years ago this fall": that season of the year so many years back.
        return counted.but(season=SEASONS[this_unit[0]], grain=Grain.SEASON)
    if this_unit and this_unit[0] == "weekend":
        # "Forty years ago this weekend": the weekend of the anniversary's week.
        return counted.but(weekend=True)
    if this_unit and this_unit[0] in ("tomorrow", "yesterday"):
        # "fifty years ago tomorrow": the anniversary of tomorrow's day.
        return counted.but(offset=Shift(Grain.DAY, 1 if this_unit[0] == "tomorrow" else -1))
    if this_unit and this_unit[0] in _ANNIVERSARY_PARTS:
        # "Forty years ago this morning": the morning of the anniversary's day.
        return counted.but(part_of_day=PARTS_OF_DAY[this_unit[0]], grain=Grain.PART_OF_DAY)
    if unit.removesuffix("s") in SEASONS:
        # (Counted from the season the story is in: see ``resolve``.)
        return counted.but(season=SEASONS[unit.removesuffix("s")], direction="same", grain=Grain.SEASON)
    if unit.startswith("night"):
        # "two nights later": the night of the day so many days on.
        return counted.but(part_of_day="NI", grain=Grain.PART_OF_DAY)
    return counted


def _same_unit_a_year_back(match: RuleMatch) -> PartialTime | None:
    """ "the same month last year": the month (week, day) the text is about, a year before."""
    grain = {"month": Grain.MONTH, "day": Grain.DAY}.get((match.group("unit") or "").lower(), Grain.WEEK)
    if match.has("of_year"):
        return PartialTime(anchor="ref", year=int(match.group("of_year") or "0"), grain=grain)
    return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, -1), grain=grain)


def _deep_time_ago(match: RuleMatch) -> PartialTime | None:
    """ "65 million years ago", "20,000 years earlier", "thousands of years ago": a time further off
    than the calendar's years reach is a vague past or future (TIMEX3 writes no year before 9999 BC,
    and a count so round names no year); a count the calendar holds is that year."""
    words = (match.group("amount") or "").lower().replace(",", "").split()
    word = (match.group("when") or "").lower()
    scale = {"million": 1_000_000, "billion": 1_000_000_000}.get(words[-1], 1)
    try:
        years = float(words[0]) * scale
    except ValueError:
        years = None  # "thousands of years"
    if years is not None and years < _MAX_COUNTED_YEARS and years == int(years):
        sign = -1 if word in ("ago", "earlier") else 1
        anchor = "ref" if word in ("earlier", "later") else "dct"
        return PartialTime(
            anchor=anchor,  # type: ignore[arg-type]
            shift=Shift(Grain.YEAR, sign * int(years)),
            grain=Grain.YEAR,
            speech_time=anchor == "dct",
        )
    return PartialTime(kind="ref", value="PAST_REF" if word in ("ago", "earlier") else "FUTURE_REF")


#: The parts of the day an anniversary names: "fifty years ago tonight", "ago this morning".
_ANNIVERSARY_PARTS = frozenset({"morning", "afternoon", "evening", "tonight"})


#: The units of a feed's short stamps ("2d ago", "3w ago", "1y ago"); "m" is minutes there
#: (see times.py), "mo" months.
_SHORT_UNIT_GRAIN = {
    "d": Grain.DAY, "w": Grain.WEEK, "wk": Grain.WEEK, "wks": Grain.WEEK, "mo": Grain.MONTH,
    "mos": Grain.MONTH, "y": Grain.YEAR, "yr": Grain.YEAR, "yrs": Grain.YEAR,
}  # fmt: skip


def _short_units_ago(match: RuleMatch) -> PartialTime | None:
    """ "2d ago", "3w ago": a count back from the DCT, in a feed's short units."""
    grain = _SHORT_UNIT_GRAIN.get((match.group("unit") or "").lower())
    amount = int(match.group("digits") or "0")
    if grain is None or not amount:
        return None
    return PartialTime(anchor="dct", shift=Shift(grain, -amount), grain=grain, speech_time=True)


def _unit_before(match: RuleMatch) -> PartialTime | None:
    """ "the day before", "the week after"."""
    grain = _grain_of(match.group("unit") or "")
    if grain is None:
        return None
    word = (match.group("when") or "").lower()
    sign = -1 if word in ("before", "earlier", "prior", "preceded") else 1
    # ("will get its first radio play the weekend before": the weekend of the week before.)
    weekend = (match.group("unit") or "").lower() == "weekend"
    return PartialTime(anchor="ref", shift=Shift(grain, sign), grain=grain, weekend=weekend)


def _before_last(match: RuleMatch) -> PartialTime | None:
    """ "the week before last" (two weeks back from today's), "the month after next"."""
    unit = (match.group("unit") or "").lower()
    grain = _grain_of(unit)
    if grain is None:
        return None
    amount = -2 if (match.group("when") or "").lower().startswith("before") else 2
    weekend = unit == "weekend"
    return PartialTime(anchor="dct", shift=Shift(grain, amount), grain=grain, weekend=weekend)


_WEEKDAY_DIRECTIONS: dict[str, Direction] = {
    "last": "strict_past", "past": "strict_past", "this past": "strict_past",
    "next": "strict_future", "coming": "strict_future", "this coming": "strict_future",
    "this": "this", "the previous": "strict_past", "the preceding": "strict_past",
    "the following": "strict_future", "the next": "strict_future",
}  # fmt: skip


#: A common noun, then a name that opens the next clause's subject: "the battle Hasan" (of "Two
#: days after the battle Hasan Pasha opened negotiations, ..."); not a name after a preposition, an
#: article or "and", which belongs to the event ("after the fall of Paris").
_NEW_SUBJECT_AFTER_NOUN = re.compile(
    r"\b(?!(?:of|in|at|on|to|for|by|with|from|and|the|a|an|his|her|its|their|after|before)\s)"
    r"(?-i:[a-z][a-z]+)\s+(?-i:[A-Z])"
)


#: The words that judge a day the text is at: "a great day for Poland", "a sad day".
_JUDGED_DAY_WORDS = (
    "great", "historic", "historical", "sad", "tragic", "proud", "happy", "momentous", "glorious",
    "joyous", "black", "dark", "terrible", "remarkable", "memorable", "landmark",
)  # fmt: skip
#: "it was a great ", 'this is "a historic ': the day the text is at, judged, before "day".
_JUDGED_DAY_BEFORE = re.compile(
    r"\b(?:it|this)\s+(?:was|is)\s+[\"“]?a\s+(?:" + "|".join(_JUDGED_DAY_WORDS) + r")\s+\Z", re.IGNORECASE
)


def _judged_day(match: RuleMatch) -> PartialTime | None:
    """ "Geremek said it was a great day for Poland": the day the text is at, as "that day" is."""
    text, start = match.match.string, match.match.start()
    if not _JUDGED_DAY_BEFORE.search(text, max(0, start - 40), start):
        return None
    return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), grain=Grain.DAY)


def _days_after_the_assault(match: RuleMatch) -> PartialTime | None:
    """ "By D+3", "on D+1": so many days after an assault's first day, which a history has just
    told (the resolver counts from a "D-Day" the text set for another day)."""
    days = int(match.group("days") or "0")
    return PartialTime(anchor="ref", shift=Shift(Grain.DAY, days), grain=Grain.DAY)


def _after_event(match: RuleMatch) -> PartialTime | None:
    """ "Four days after the capture of the bridge, ...": a fronted phrase dated from the event, which
    is the story's latest date."""
    word = (match.group("amount") or "").lower()
    amount = 1 if word == "the" else _LEXICON.number(word)
    unit = (match.group("unit") or "").lower()
    grain = Grain.WEEK if unit.startswith("fortnight") else _grain_of(unit)
    if amount is None or grain is None or (word == "the" and grain != Grain.DAY):
        return None
    if unit.startswith("fortnight"):
        amount *= 2
    if _NEW_SUBJECT_AFTER_NOUN.search(match.match.string, match.match.end("when"), match.match.end()):
        return None
    sign = -1 if (match.group("when") or "").lower() == "before" else 1
    return PartialTime(anchor="ref", shift=Shift(grain, sign * amount), grain=grain)


def determined_weekday(match: RuleMatch) -> PartialTime | None:
    """ "next Friday", "last Monday", "the previous Friday": the weekday its determiner (group
    ``det``) picks; shared with ``time.weekday_part`` ("next Sunday morning")."""
    word = match.group("weekday") or ""
    weekday = _LEXICON.weekday(word)
    if weekday is None and word.istitle():
        # "next Mon", "this Fri": after a determiner a capitalised abbreviation is the day.
        weekday = WEEKDAYS.get(word.lower())
    determiner = " ".join((match.group("det") or "").lower().split())
    if weekday is None or determiner not in _WEEKDAY_DIRECTIONS:
        return None
    # "the previous Friday" counts back from the day the story is at, "last Friday" from today.
    # (A date that restates it, "the following Wednesday, March 1", is in its extent only.)
    anchor = "ref" if determiner.startswith("the ") else "dct"
    return PartialTime(
        anchor=anchor, weekday=weekday, direction=_WEEKDAY_DIRECTIONS[determiner], grain=Grain.DAY
    )


def _weekday_before_after(match: RuleMatch) -> PartialTime | None:
    """ "the Friday before", "the Friday after": counted from the day the story is at."""
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    if weekday is None:
        return None
    before = (match.group("side") or "").lower() == "before"
    return PartialTime(
        anchor="ref", weekday=weekday, direction="strict_past" if before else "strict_future", grain=Grain.DAY
    )


#: As for weekdays, except that "this April" is the one of the DCT's year (a weekday's "this" is
#: the one of the DCT's week), and "the next April" is the one after the story's date.
_NAME_DIRECTIONS: dict[str, Direction] = {
    **_WEEKDAY_DIRECTIONS, "this": "same", "the next": "strict_future", "the coming": "strict_future",
    "the same": "same",
}  # fmt: skip


def _determined_month_or_season(match: RuleMatch) -> PartialTime | None:
    determiner = " ".join((match.group("det") or "").lower().split())
    if determiner not in _NAME_DIRECTIONS:
        return None
    direction = _NAME_DIRECTIONS[determiner]
    # "the previous April" counts from the story's date, "last April" from today.
    # ("the coming winter" is counted from today, as "the coming weeks" are.)
    anchor: Anchor = "ref" if determiner.startswith("the ") and determiner != "the coming" else "dct"
    # ("This May a new exhibition opened", in a history: the writer's May, as "this week" is; a
    # history's "next spring" may be the story's.)
    writers = determiner.startswith("this")
    month_word = match.group("month")
    if month_word is not None:
        month = _LEXICON.month(month_word)
        if month is None:
            return None
        day = int(match.group("day") or 0) or None
        if day is not None and day > 31:
            return None
        grain = Grain.MONTH if day is None else Grain.DAY
        return PartialTime(
            anchor=anchor, month=month, day=day, direction=direction, grain=grain, speech_time=writers
        )
    word = (match.group("season") or "").lower()
    return PartialTime(
        anchor=anchor, season=SEASONS[word], direction=direction, grain=Grain.SEASON, speech_time=writers
    )


def _that_weekday(match: RuleMatch) -> PartialTime | None:
    """ "that Sunday": the weekday of the week the text is at, as the bare weekday is."""
    weekday = _LEXICON.weekday(match.group("weekday") or match.group("weekday_after") or "")
    if weekday is None:
        return None
    # (The weekday nearest the time the text is at, before it or after: "met on Saturday 22
    # April ... that Sunday" is the next day.)
    return PartialTime(weekday=weekday, grain=Grain.DAY, anchor="ref", direction="nearest")


def _that_month(match: RuleMatch) -> PartialTime | None:
    """ "that September": the month in the year the text is at, as "that winter" is its season.
    Not "that May", which is as often the modal verb or the surname ("said that May would")."""
    word = match.group("month") or ""
    month = _LEXICON.month(word)
    if month is None or not word[:1].isupper():
        return None
    if (
        month == 5
        and not (
            match.text.startswith("That")
            and not _MODAL_MAY_AFTER.match(match.match.string, match.match.end())
        )
        and not _SENTENCE_END_AFTER.match(match.match.string, match.match.end())
        # ("Carranza became president that May, but he failed": a clause of its own after it.)
        and not _NEW_CLAUSE_AFTER_MAY.match(match.match.string, match.match.end())
        # ("was court-martialled that May and forced to retire": a second participle, no modal's.)
        and not _PARTICIPLE_AFTER_MAY.match(match.match.string, match.match.end())
    ):
        # (Opening a sentence before its subject, "That May he won at the Granicus", it is the
        # month; "That may be so" is the verb.)
        return None
    text, start = match.match.string, match.match.start()
    if text[start - 4 : start] == "and " and _SAID_EARLIER.search(text, max(0, start - 120), start):
        # "He said ads were strong in December, and that January sales rose": the second clause
        # of what was said, "that" its conjunction.
        return None
    return PartialTime(anchor="ref", month=month, direction="same", grain=Grain.MONTH)


#: A second participle after "that May": " and forced".
_PARTICIPLE_AFTER_MAY = re.compile(
    r"\s+and\s+(?!(?:then|when|even|often|seven|eleven|open)\b)(?-i:[a-z]+(?:ed|en))\b"
)
#: A clause of its own after "that May": ", but he failed".
# ("War broke out that May, and in October the king issued a proclamation": a clause that
# opens on its own time.)
_NEW_CLAUSE_AFTER_MAY = re.compile(r",\s+(?:but|and\s+(?:he|she|they|it|the|in|on|by|from))\b")
#: A verb of saying earlier in the sentence, whose clauses "and that" goes on.
_SAID_EARLIER = re.compile(
    r"\b(?:said|says|reported|announced|added|noted|told\s+\w+|argued|insisted|predicted)\b[^.;!?]*\Z"
)


#: The end of a sentence right after "that May" ("He resigned that May."): no verb follows.
_SENTENCE_END_AFTER = re.compile(r"[.;!?](?:\s|\Z)")
#: What the modal "may" takes after "That May": "That May be true", "That May not matter".
_MODAL_MAY_AFTER = re.compile(
    r"\s+(?:be|have|not|also|well|never|still|only|seem|sound|explain|help|mean|change|matter|work)\b",
    re.IGNORECASE,
)


def _from_named_date(match: RuleMatch) -> PartialTime | None:
    """ "three days before May 5", "the day after Christmas", "the eve of May Day": the named
    date, moved once it is resolved."""
    when = " ".join((match.group("when") or "").lower().split())
    if match.has("eve") != (when == "of"):
        return None
    if when == "from" and (
        match.has("unit1") or not (match.has("weekday") or match.has("tomorrow")) or match.has("det")
    ):
        # "a week from Monday", "two weeks from tomorrow" count from that day; "ten days from
        # June 1" is as often a stretch that begins on it.
        return None
    if when == "on" and (
        match.has("det")
        or not match.has("weekday")
        or (match.group("amount") or "").lower() not in ("a", "one")
        or not (match.group("unit") or "").lower().startswith(("week", "fortnight"))
    ):
        # "a week on Saturday" (British) is the Saturday after next; "three days on Monday" is
        # no such count.
        return None
    if match.has("eve"):
        amount, grain = 1, Grain.DAY
    else:
        number = _LEXICON.number(match.group("amount") or "a")
        grain = _grain_of(match.group("unit") or match.group("unit1") or "")
        if number is None or grain is None or number > 1000:
            return None
        unit = (match.group("unit") or "").lower()
        amount = 2 * number if unit.startswith("fortnight") else number
    sign = -1 if when in ("before", "prior to", "of") else 1
    named: PartialTime | None
    if match.has("holiday"):
        named = holiday_fields(match)
    elif match.has("new_year"):
        # The new year nearest the story's date: the one ahead in December, the one just begun
        # in January.
        named = PartialTime(month=1, day=1, grain=Grain.DAY, direction="nearest")
    elif match.has("tomorrow"):
        named = PartialTime(anchor="dct", shift=Shift(Grain.DAY, 1), grain=Grain.DAY, speech_time=True)
    elif match.has("det"):
        named = determined_weekday(match)
    elif match.has("weekday"):
        weekday = _LEXICON.weekday(match.group("weekday") or "")
        named = None if weekday is None else PartialTime(weekday=weekday, grain=Grain.DAY)
    else:
        named = calendar_fields(match)
    if named is None or named.grain < Grain.DAY:
        return None
    if (match.group("unit1") or "").lower() == "week":
        # "the week before Christmas": the seven days before the feast, written as the week their
        # middle day is in; "the week after Thanksgiving": the calendar week after the feast's.
        return named.but(offset=Shift(Grain.DAY, -4 if sign < 0 else 7), grain=Grain.WEEK)
    if when in ("on", "from") and named.weekday is not None:
        # The idioms look ahead, whatever the tense: "a week on Saturday", "a week from Friday".
        named = named.but(direction="future")
    bound = (match.group("bound") or "").lower()
    mod = "MORE_THAN" if "more" in bound else "LESS_THAN" if "less" in bound else None
    return named.but(offset=Shift(grain, sign * amount), mod=mod)


def _years_ago_weekday(match: RuleMatch) -> PartialTime | None:
    """ "Fifty years ago Sunday": the weekday nearest the DCT (the anniversary a feature marks,
    just past or just ahead), that many years back."""
    number = _LEXICON.number(match.group("amount") or "")
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    if number is None or weekday is None or not 1 <= number <= 1000:
        return None
    return PartialTime(
        weekday=weekday,
        grain=Grain.DAY,
        anchor="dct",
        direction="nearest",
        speech_time=True,
        offset=Shift(Grain.YEAR, -number),
    )


#: The counts of weeks British papers put before "today", "tomorrow", "yesterday".
_WEEKS_BEFORE_A_DAY = {"a": 1, "one": 1, "two": 2, "three": 3}
#: "today", "tomorrow", "yesterday": days from the DCT.
_SPOKEN_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _weeks_from_a_day(match: RuleMatch) -> PartialTime | None:
    """ "a week today", "a fortnight tomorrow" (British): that many weeks after today (tomorrow);
    "a week yesterday": a week before yesterday."""
    day = _SPOKEN_DAYS[(match.group("day") or "").lower()]
    weeks = _WEEKS_BEFORE_A_DAY[(match.group("amount") or "").lower()]
    if (match.group("unit") or "").lower() == "fortnight":
        weeks *= 2
    sign = -1 if day < 0 else 1
    named = PartialTime(anchor="dct", shift=Shift(Grain.DAY, day), grain=Grain.DAY, speech_time=True)
    return named.but(offset=Shift(Grain.WEEK, sign * weeks))


def _weekday_week(match: RuleMatch) -> PartialTime | None:
    """ "Saturday week" (British), "Monday after next", "the Monday after next": a week after
    the coming Saturday (Monday); "the Monday before last": a week before the last one."""
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    if weekday is None or not (match.group("weekday") or "")[:1].isupper():
        return None
    when = match.group("when")
    if when == "before last":
        return PartialTime(
            weekday=weekday, grain=Grain.DAY, direction="strict_past", offset=Shift(Grain.WEEK, -1)
        )
    # On a Friday "Friday after next" is two weeks away, as "next Friday" is one; "Saturday week"
    # is a week from the coming Saturday, today's if it is one.
    direction: Direction = "strict_future" if when == "after next" else "future"
    weeks = 2 if match.group("week") == "fortnight" else 1  # "Tuesday fortnight": two weeks on
    return PartialTime(weekday=weekday, grain=Grain.DAY, direction=direction, offset=Shift(Grain.WEEK, weeks))


def _weeks_ago_weekday(match: RuleMatch) -> PartialTime | None:
    """ "a week ago Sunday" (American): the Sunday a week before the last one; "two weeks ago
    Thursday" two weeks before it."""
    weekday = _LEXICON.weekday(match.group("weekday") or "")
    weeks = _WEEKS_BEFORE_A_DAY.get((match.group("amount") or "").lower())
    if weekday is None or weeks is None or not (match.group("weekday") or "")[:1].isupper():
        return None
    return PartialTime(weekday=weekday, grain=Grain.DAY, direction="past", offset=Shift(Grain.WEEK, -weeks))


def _position_in_period(match: RuleMatch) -> PartialTime | None:
    """ "late in the month", "later in the decade": a part of the period the text is at, as
    "later this month" is ("late in the year" is "the year" with its modifier, see ``combine``);
    "later in the week": a part of the week the story is at, as "later that week" is."""
    grain = _grain_of(match.group("unit") or "")
    if grain is None:
        return None
    mod = POSITION_WORDS.get((match.group("where") or "").lower())
    if grain == Grain.WEEK:
        return PartialTime(anchor="ref", shift=Shift(grain, 0), grain=grain, mod=mod)
    return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain, mod=mod, direction="same")


#: A clause told in the past right after a time, without a comma: " the Allies had advanced".
_STORY_CLAUSE_AFTER = re.compile(
    r"\s+(?!(?:we|you|i|it|they|this|that|there|he|she)\b)(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:had\s+(?-i:[a-z]+(?:ed|en|wn|ht|un))|was|were)\b"
)
#: "At the end of the day" before its clause is mostly the idiom ("in the end"), not a time.
_AT_BEFORE = re.compile(r"\bat\s+\Z", re.IGNORECASE)


def _part_of_period(match: RuleMatch) -> PartialTime | None:
    """ "the end of the year", "the beginning of the month", "by the end of the day"."""
    grain = _grain_of(match.group("unit") or "")
    if grain is None:
        return None
    where = (match.group("where") or "").lower()
    if grain == Grain.DAY:
        # (The middle or the turn of a day is no part of it a date names; "at the end of the day"
        # is the idiom.)
        text, start = match.match.string, match.match.start()
        if where in ("middle", "turn") or (
            _AT_BEFORE.search(text, max(0, start - 10), start)
            # (Not the day a story told in the past is at, before its clause without a comma: "and
            # at the end of the day the Allies had advanced 11 km".)
            and not _STORY_CLAUSE_AFTER.match(text, match.match.end())
        ):
            return None
        # ... and the day is the one the story is at, as "that day" is: "The quake struck at 2:46
        # p.m. Friday. Trains were suspended for the rest of the day."
        mod = {"end": "END", "close": "END", "beginning": "START", "start": "START"}.get(where)
        return PartialTime(anchor="ref", shift=Shift(grain, 0), grain=grain, mod=mod)
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START",
           "middle": "MID", "turn": "END"}.get(where)  # fmt: skip
    if where == "turn":
        # "the turn of the century" is the one nearest the text, whatever the tense: written in
        # 2025 it is the end of the 1900s (the resolver moves it, see resolve._edge_to_come).
        return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain, mod=mod, direction="nearest")
    if match.has("last"):
        return PartialTime(anchor="dct", shift=Shift(grain, -1), grain=grain, mod=mod, direction="same")
    # ("the end of this month" is this one's whatever the tense, as "later this month" is.)
    return PartialTime(
        anchor="dct",
        shift=Shift(grain, 0),
        grain=grain,
        mod=mod,
        direction="same" if match.has("this") else None,
    )


#: How far "the ... quarter" lies from the reported quarter, in quarters; ``None``: a year before.
_PERIOD_WORDS: dict[str, int | None] = {
    "": 0, "latest": 0, "most recent": 0, "recent": 0, "same": 0, "comparable": 0, "corresponding": 0,
    "year-ago": None, "year-earlier": None, "comparable year-ago": None, "comparable year-earlier": None,
    "previous": -1, "prior": -1, "preceding": -1, "year-before": None, "prior-year": None,
    "comparable prior-year": None, "prior year": None, "comparable prior year": None,
}  # fmt: skip


def _reported_quarter(match: RuleMatch) -> PartialTime | None:
    """ "the quarter", "the latest quarter", "the year-ago quarter", "the same period last year":
    the quarter a financial report is about (the latest closed one it has named, else the last
    one closed before publication), or the same quarter a year before. A "period" is the period
    in question, which is a year after the report's nine-month figures."""
    word = " ".join((match.group("which") or "").lower().split())
    if word not in _PERIOD_WORDS:
        return None
    period = match.has("period")
    if period and not word:
        return None
    amount = _PERIOD_WORDS[word]
    if (
        period
        and match.has("ago")
        and _YEAR_SO_FAR_BEFORE.search(
            match.match.string, max(0, match.match.start() - 120), match.match.start()
        )
    ):
        # "down 15 percent so far this year compared with the same period last year": the year
        # before as far as this one has run, in the grain of a year.
        return PartialTime(anchor="dct", shift=Shift(Grain.YEAR, -1), grain=Grain.YEAR)
    if match.has("of_year"):
        if amount != 0:
            return None
        return PartialTime(
            anchor="ref", year=int(match.group("of_year") or "0"), grain=Grain.QUARTER, inherit_grain=True
        )
    end_month = _LEXICON.month(match.group("end_month") or "")
    ended_quarter = None
    if end_month is not None and amount == 0 and not match.has("ago") and not period:
        ended_quarter = _quarter_ended(end_month, int(match.group("end_day") or 31))
    if amount is None or match.has("ago"):
        if amount not in (0, None):
            return None
        shift = Shift(Grain.YEAR, -1)
    else:
        shift = Shift(Grain.QUARTER, amount)
    # ("The quarter ends Sunday": the one still running, when the report names none.)
    running = amount == 0 and _ENDS_STILL_AFTER.match(match.match.string, match.match.end()) is not None
    return PartialTime(
        anchor="ref",
        anchor_grain=Grain.QUARTER,
        shift=shift,
        fallback_shift=0 if running else -1,
        grain=Grain.QUARTER,
        inherit_grain=period and shift.unit == Grain.YEAR,
        quarter=ended_quarter,
        # ("the latest quarter" is one closed, never a forecast's: see resolve._financial_anchor.)
        direction="past" if word in ("latest", "most recent", "recent") else None,
    )


#: The year so far, before the same period a year back: "so far this year", "year to date".
_YEAR_SO_FAR_BEFORE = re.compile(
    r"\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|year[- ]to[- ]date|thus\s+far\s+this\s+year)\b"
    r"[^.;:!?]*\Z",
    re.IGNORECASE,
)
#: A verb of a period still running to its end, after it: " ends Sunday", " will close".
_ENDS_STILL_AFTER = re.compile(r"\s+(?:ends|closes|will\s+(?:end|close)|is\s+ending)\b")


def _edge_of_reported_period(match: RuleMatch) -> PartialTime | None:
    """ "at the end of the period", "the close of the period": an edge of the quarter a financial
    report is about (see :func:`_reported_quarter`)."""
    mod = {"end": "END", "close": "END", "beginning": "START", "start": "START"}.get(
        (match.group("where") or "").lower()
    )
    return PartialTime(
        anchor="ref", anchor_grain=Grain.QUARTER, shift=Shift(Grain.QUARTER, 0), fallback_shift=-1,
        grain=Grain.QUARTER, mod=mod,
    )  # fmt: skip


def _quarter_ended(month: int, day: int) -> int:
    """The calendar quarter that holds most of the three months ending on ``month``/``day`` ("the
    quarter ended July 31" is May to July: the second). It is the quarter's value when the report
    names no quarter of its own (a fiscal "first quarter" keeps its name, as TimeML writes it)."""
    last_full_month = month if day >= _HALF_MONTH else (month - 2) % 12 + 1
    middle_month = (last_full_month - 2) % 12 + 1
    return (middle_month - 1) // 3 + 1


#: From this day of the month on, a quarter ending on it counts the month as its last.
_HALF_MONTH = 15


def _reported_quarter_in_year(match: RuleMatch) -> PartialTime | None:
    """ "the 1988 quarter", "the 1988 period": the quarter (or period in question) the report is
    about, in that year."""
    return PartialTime(
        anchor="ref",
        anchor_grain=Grain.QUARTER,
        year=int(match.group("year") or "0"),
        fallback_shift=-1,
        grain=Grain.QUARTER,
        inherit_grain=match.has("period"),
    )


#: What compares a figure with another, before "last year" after a sum: "compared with", "up
#: from", "rose to $8 million from $6 million" (not "I.B.M. lost $4.97 billion last year", a
#: figure of the year itself).
_COMPARISON_BEFORE = re.compile(
    r"\b(?:compared|comparing|from|versus|vs|against|than|up|down|rose|fell|increased|decreased|declined"
    r"|climbed|dropped|jumped|gained|slipped|grew)\b",
    re.IGNORECASE,
)
#: The words "last year" follows as the period of a sum: "$6 million last year", "90 cents a share".
_AFTER_A_SUM = re.compile(r"(?:million|billion|cents|share,?)\s\Z")


def _compared_year_before(match: RuleMatch) -> PartialTime | None:
    """ "a year earlier", "year-ago results", "compared with $3 million last year": the period
    the figures are compared with, a year before the one in question (a quarter after "the third
    quarter", else a year: see ``inherit_grain``)."""
    text, start = match.match.string, match.match.start()
    if (
        match.text.lower() == "last year"
        and _AFTER_A_SUM.search(text, max(0, start - 10), start)
        and not _COMPARISON_BEFORE.search(text, sentence_bounds(text, start)[0], start)
    ):
        return None
    if (
        _TIMING_COMPARED_BEFORE.search(text, max(0, start - 24), start)
        or _NOW_COMPARED_BEFORE.search(text, max(0, start - 80), start)
        # ("Farm output rebounded from last year's drought": the year's own event, no period's
        # figures.)
        or (match.text.lower() == "last year" and _YEARS_OWN_EVENT_AFTER.match(text, match.match.end()))
    ):
        # "will open two hours earlier than last year", "a season six days shorter than a year
        # ago": a time or a length compared, of the year, not of a period's figures; so is a state
        # now set against the one then: "The economy is better now than it was a year ago".
        return PartialTime(anchor="dct", shift=Shift(Grain.YEAR, -1), grain=Grain.YEAR)
    return PartialTime(anchor="dct", shift=Shift(Grain.YEAR, -1), grain=Grain.YEAR, inherit_grain=True)


#: The possessive of a year before its own event, no figure of a period: "'s drought", "'s
#: Madrid summit" (not "'s $1.55 billion", "'s results").
_YEARS_OWN_EVENT_AFTER = re.compile(
    r"['’]s\s+(?![$£€0-9])(?!(?:[\w-]+\s+)?(?:results|sales|figures|earnings|net|profits?|loss(?:es)?|revenues?"
    r"|quarter|period|level|total|income|output)\b)"
)
#: "now" set against a time before with "than": "is better now than it was ".
_NOW_COMPARED_BEFORE = re.compile(
    r"\bnow\b[^.;:!?]{0,50}\bthan\s+(?:(?:it|they|he|she|we|you|I|there|that)\s+)?(?:(?:was|were|did|had)\s+)?\Z",
    re.IGNORECASE,
)
#: A comparison of when or of how long: "earlier than ", "six days shorter than ".
_TIMING_COMPARED_BEFORE = re.compile(r"\b(?:earlier|later|sooner|shorter|longer)\s+than\s+\Z", re.IGNORECASE)


_ELIDED_UNIT_BEFORE = re.compile(
    r"\bthis\s+(?P<unit>year|month|week|quarter)\s+(?:as|than|and|or)\s+$", re.IGNORECASE
)


def _elided_unit(match: RuleMatch) -> PartialTime | None:
    """ "twice as high a dividend this year as last", "will spend 1.1 billion yuan this year and
    next": the unit "this" named, one before or one after."""
    text, start = match.match.string, match.match.start()
    before = _ELIDED_UNIT_BEFORE.search(text, max(0, start - 24), start)
    grain = _grain_of(before.group("unit")) if before else None
    if grain is None:
        return None
    return PartialTime(
        anchor="dct", shift=Shift(grain, -1 if match.text.lower() == "last" else 1), grain=grain
    )


def _period_to_date(match: RuleMatch) -> PartialTime | None:
    """ "year-to-date", "the month to date": the DCT's year (month, quarter, week), as far as it
    has run, the period a market's or a fund's figures are for."""
    unit = match.group("unit") or match.group("unit_hyphen") or match.group("unit_figure") or "year"
    grain = _grain_of(unit)
    if grain is None:
        return None
    return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain)


def _month_of_year(match: RuleMatch) -> PartialTime | None:
    """ "January this year", "June last year", "April of the following year"."""
    month = _LEXICON.month(match.group("month") or "")
    determiner = " ".join((match.group("det") or "").lower().split())
    day_text = match.group("day") or match.group("day_first")
    day = int(day_text) if day_text else None
    grain = Grain.DAY if day is not None else Grain.MONTH
    if month is None:
        return None
    if determiner in STORY_YEARS:
        # "July of that year", "April of the following year": the year the story is at, or the
        # one after or before it.
        return PartialTime(
            anchor="ref", month=month, day=day, shift=Shift(Grain.YEAR, STORY_YEARS[determiner]), grain=grain
        )
    amount = {"this": 0, "last": -1, "next": 1}[determiner]
    # (A history's "In June this year" is the writer's, as a report's is: the story counts its own
    # years with "that", "the following", "the previous".)
    return PartialTime(
        anchor="dct", month=month, day=day, shift=Shift(Grain.YEAR, amount), grain=grain, speech_time=True
    )


#: A market's move just before "for the week" / "for the month": "is up 2.1% for the week",
#: "rose 6 cents for the month", "was flat for the week", "dropped 6 percent during the week".
_MOVE_BEFORE_FOR = re.compile(
    r"(?:[0-9]%|\b(?:percent|per cent|points?|cents?|up|down|higher|lower|flat|unchanged|gains?|"
    r"loss(?:es)?|declines?|advances?|rises?|drops?|falls?"
    # ... and accounts closed over it: "with many funds closing their books for the month".
    r"|(?:clos(?:e|es|ed|ing)|balanc(?:e|es|ed|ing)|squar(?:e|es|ed|ing))\s+(?:their|its|the)\s+(?:books|accounts|positions)"
    r"))\s+(?:for|during|over|on)\s+\Z",
    re.IGNORECASE,
)


def _week_or_month_of_move(match: RuleMatch) -> PartialTime | None:
    """ "up 2.1% for the week", "down 6% for the month": in a market report, the week (month)
    the prices moved in, the DCT's, as "for the year" is the year reported on; not "stayed for the
    week", a length."""
    text, start = match.match.string, match.match.start()
    opening = match.has("opening")
    if opening:
        if not _MOVE_AFTER.match(text, match.match.end()):
            return None  # "For the month, he rested."
    elif (
        not match.has("closed")
        and not match.has("in_month")
        and not match.has("figures_month")
        and not _MOVE_BEFORE_FOR.search(text, max(0, start - 30), start)
    ):
        return None
    unit = (
        match.group("unit")
        or match.group("opening")
        or match.group("closed")
        or match.group("in_month")
        or match.group("figures_month")
        or ""
    )
    grain = Grain.WEEK if unit.lower() == "week" else Grain.MONTH
    # (The sentence, or the one before for a sentence that opens on it or a month's; the point of
    # a figure ends none: "closed at 4341.05, up 71.95 points for the week".)
    told_from = sentence_bounds(text, start)[0]
    if opening or grain == Grain.MONTH:
        told_from = sentence_bounds(text, max(0, told_from - 2))[0]
    if opening and grain == Grain.WEEK and not _WEEKDAY_WORD.search(text, told_from, start):
        # ("Bond prices rallied Friday. It was the first cut since December. For the week, the
        # long bond gained nearly two points": one more sentence back.)
        told_from = sentence_bounds(text, max(0, told_from - 2))[0]
    told = text[told_from:start]
    if opening and grain == Grain.WEEK and not _WEEKDAY_WORD.search(told):
        # ("Stock prices tumbled Friday afternoon ... [five paragraphs] For the week, the industrial
        # average lost 216.39 points", written on the Monday: a week's summary of a session the
        # report told first.)
        told = text[max(0, start - _SESSION_TOLD_WITHIN) : start]
    if (match.has("in_month") or match.has("figures_month")) and not _MONTH_WORD.search(told):
        return None  # ("Rents doubled in the month.": no month named to be the one.)
    if (grain == Grain.WEEK and (_WEEKDAY_WORD.search(told) or _WEEK_TOLD.search(told))) or (
        grain == Grain.MONTH and _MONTH_WORD.search(told)
    ):
        # ("The Dow ended last week at 2596.72, down 93.47 points for the week": the week told.)
        # ("Retailers reported weak sales for March. Wal-Mart posted a 12% rise for the month.")
        # "The Nasdaq plunged 9.7 percent on Friday and 25 percent for the week": the week of the
        # trading day the sentence names (the report's may have begun since).
        return PartialTime(anchor="ref", shift=Shift(grain, 0), grain=grain)
    return PartialTime(anchor="dct", shift=Shift(grain, 0), grain=grain)


#: A week a report tells: "last week", "this week".
_WEEK_TOLD = re.compile(r"\b(?:last|this|previous)\s+week\b", re.IGNORECASE)
#: How far back a report's summary of its week may find the session it told ("For the week").
_SESSION_TOLD_WITHIN = 2000
#: A market's move after "For the week,": "the Dow was down 33 points", "stocks rose 2%".
_MOVE_AFTER = re.compile(
    r"[^.;!?]{0,80}?\b(?:up|down|rose|fell|gained|lost|declined|advanced|slipped|climbed|jumped|dropped|"
    r"percent|points?)\b",
    re.IGNORECASE,
)
_MONTH_WORD = re.compile(
    r"\b(?-i:January|February|March|April|June|July|August|September|October|November|December)\b"
)
_WEEKDAY_WORD = re.compile(r"\b(?-i:" + "|".join(name.capitalize() for name in WEEKDAYS) + r")\b")


#: A person an award of the year names, before "of": "doctor of ", "teacher of ".
_AWARD_OF_BEFORE = re.compile(
    r"\b(?:doctor|teacher|player|coach|manager|rookie|athlete|citizen|volunteer|employee|person|man|woman"
    r"|executive|officer|nurse|farmer|journalist|artist|album|song|car|book|company|entrepreneur)\s+of\s+\Z",
    re.IGNORECASE,
)


def _reported_year(match: RuleMatch) -> PartialTime | None:
    """ "the year", "the full year", "the current fiscal year": in a report, the year being reported
    on (the DCT's; in a narrative, the story's); "the latest fiscal year" is the last one closed."""
    which = " ".join((match.group("which") or "").lower().split())
    text, start = match.match.string, match.match.start()
    if not which and _AWARD_OF_BEFORE.search(text, max(0, start - 30), start):
        return None  # "He was named country doctor of the year": an award's title, no year
    amount = -1 if which in ("latest", "most recent") else 0
    # ("earlier in the year" takes its mod from combine.absorb_modifiers, as "early in 1914" does.)
    fiscal = not which and (match.group("fiscal") or "").lower() == "fiscal"
    if match.has("appositive") and not fiscal:
        # "in 431 BC, the year the war began", "in 2012, the latest year available": the year
        # just named, which the text restates (see ``resolve._restating_in_apposition``), not the
        # one of its writing.
        return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, 0), grain=Grain.YEAR)
    return PartialTime(
        anchor="dct",
        shift=Shift(Grain.YEAR, amount),
        grain=Grain.YEAR,
        fiscal=fiscal,
        # (Only "the full year", and a report's "For the year," opening its sentence: "down 8.7
        # percent for the year", written in February, is the year so far.)
        reported=which == "full"
        or (not which and _FOR_THE_YEAR_OPENING.search(text, max(0, start - 6), start) is not None),
    )


#: "For" opening a sentence before "the year": a report's figures for the whole year.
_FOR_THE_YEAR_OPENING = re.compile(r"(?:\A|[.!?]\s+|\n)For\s+\Z")


#: "the first day of the siege" is a day of an event the text tells; "the first day of May", "of the
#: year" or "of spring" is a calendar day, which the rule cannot place.
_CALENDAR_AFTER = (
    r" of (?:the |each |every |this |that |next |last |a )?(?:new |[a-z]+(?:-[a-z]+)?th |fiscal |financial |tax )?"
    # (Not an ordinal before a name: "the first day of the 37th Congress".)
    r"(?:{month}|[0-9](?![0-9]*(?:st|nd|rd|th) (?-i:[A-Z]))|'|"
    r"(?:month|year|week|quarter|decade|century|spring|summer|autumn|fall|winter)\b)"
)


def _nth_day_of_event(match: RuleMatch) -> PartialTime | None:
    """ "the fourth day of the strike", "his first day in office": a day the story counts from an
    event it names. Written after the date it names ("On 3 March, the fourth day of the strike")
    or in a report of the day itself ("Today is the tenth day of the siege"), it is the day the
    text stands at, as "that day" is."""
    if not match.has("of") and not match.has("office"):
        # "the third day in a row" is a count; "on the seventh day" names a day some days after
        # the story's date, by a count from an event the text does not date.
        return None
    return PartialTime(anchor="ref", shift=Shift(Grain.DAY, 0), grain=Grain.DAY)


#: What makes "the third day" a count of days in a row, not a day of the story.
_DAY_IN_A_ROW_AFTER = re.compile(
    r"\s+(?:in\s+a\s+row|running|straight|in\s+succession|since|after|before|of)\b", re.IGNORECASE
)


def _nth_day_of_story(match: RuleMatch) -> PartialTime | None:
    """ "On the second day the walls were breached", "towards the end of the second day", "on the
    third evening": a day (or a part of it) counted from the day the story stands at, as a siege
    or a battle is told (its first day is that day). Not "for the third day in a row"."""
    text, end = match.match.string, match.match.end()
    if _DAY_IN_A_ROW_AFTER.match(text, end):
        return None
    number = _LEXICON.ordinal(match.group("nth") or match.group("nth_opening") or "")
    if number is None or not 1 <= number <= 10:
        return None
    part = PARTS_OF_DAY.get(
        (match.group("part") or match.group("part_of") or match.group("part_opening") or "").lower()
    )
    return PartialTime(
        anchor="ref",
        shift=Shift(Grain.DAY, number - 1),
        part_of_day=part,
        grain=Grain.PART_OF_DAY if part else Grain.DAY,
    )


def _nth_year_of_war(match: RuleMatch) -> PartialTime | None:
    """ "the eighth year of the war": a year counted from the war's first. Resolution counts it
    from the year the article's lead starts the war in (see ``resolve.resolve_all``)."""
    nth = match.group("nth") or ""
    number = int(nth[:-2]) if nth[:1].isdigit() else _LEXICON.ordinal(nth)
    if not number:
        return None
    return PartialTime(anchor="ref", shift=Shift(Grain.YEAR, number - 1), grain=Grain.YEAR)


def _nth_season_of_war(match: RuleMatch) -> PartialTime | None:
    """ "the first winter of the war": the season counted from the war's first (resolution moves
    the count on a year when the war began after that season of its first year)."""
    year = _nth_year_of_war(match)
    season = SEASONS.get((match.group("season") or "").lower())
    if year is None or season is None:
        return None
    return year.but(season=season, grain=Grain.SEASON, direction="same")


#: Events a weekend names before them: "the weekend run-off", "the weekend clashes".
_EVENT_OF_THE_WEEKEND = (
    r"(?:run-?offs?|clashes|violence|vote|votes|voting|elections?|fighting|protests?|rall(?:y|ies)|storms?|"
    r"attacks?|talks|summit|meeting|raids?|strikes|bombings?|polls?|ballot|shootings?|riots?|derby|"
    r"marches|demonstrations?|referendum|primary|primaries|caucus(?:es)?)\b"
)


def _weekend(match: RuleMatch) -> PartialTime | None:
    if match.has("gone"):
        # "the weekend just gone" (British): the last one, as "last weekend" is.
        return PartialTime(anchor="dct", shift=Shift(Grain.WEEK, -1), grain=Grain.WEEK, weekend=True)
    return PartialTime(anchor="dct", weekend=True, grain=Grain.WEEK)


def _new_year(match: RuleMatch) -> PartialTime | None:
    """ "the new year": the year whose January is nearest, the coming one in December and the one
    just begun in February (as "the day before the new year" counts from that January 1); a
    clause in the future tense means the coming one ("the inquiry will report in the new year",
    written in May: see resolve.ResolutionPolicy.direction)."""
    return PartialTime(month=1, grain=Grain.YEAR, direction="nearest")


#: A ruler's name after a regnal year: a title and a name ("King John", "Emperor Charles V") or a
#: name and its number ("Edward III").
_RULER = (
    r"(?-i:(?:(?:King|Queen|Emperor|Empress|Tsar|Sultan|Shah|Pharaoh) [A-Z][a-z]+(?: [IVX]{1,5}\b)?"
    r"|[A-Z][a-z]+ [IVX]{1,5}\b))"
)


def _latest_week(match: RuleMatch) -> PartialTime | None:
    """ "the latest week", "the most recent month": the last whole one before the report's."""
    grain = Grain.WEEK if (match.group("unit") or "").lower() == "week" else Grain.MONTH
    return PartialTime(kind="date", grain=grain, shift=Shift(grain, -1), anchor="dct")


RULES: tuple[Rule, ...] = (
    Rule(
        name="relative.new_year",
        type="DATE",
        # In lower case: "the New Year" is the holiday, January 1.
        pattern=r"(?-i:the new year)(?!['’]s|\s+(?:[Dd]ay|[Ee]ve)\b)",
        parse=_new_year,
        examples=(
            Example(
                "The store will stay open until the new year.", "2022", span="the new year", dct="2021-12-22"
            ),
            Example("Sales have slowed since the new year.", "2024", span="the new year", dct="2024-02-14"),
            Example(
                "The inquiry will report in the new year.", "2026", span="the new year", dct="2025-05-09"
            ),
            Example("In the new year, sales rose.", "2025", span="the new year", dct="2025-05-09"),
        ),
        negatives=("The New Year brought hope.",),
    ),
    Rule(
        name="relative.business_end",
        type="DATE",
        # After a word of deadline ("the EOD team" defuses bombs) and alone: before a day ("EOD
        # Friday", "COB Thursday") the day is the timex, as TimeBank draws "the close of business
        # Thursday".
        pattern=(
            after_one_of("by", "before", "until", "till", "due", "at", "for")
            + r"(?:EOD|COB|EOW|EOM|EOY)(?![\w-])"
            r"(?!,? (?:(?i:{weekday}|today|tomorrow|tonight|tmrw|next|this|on|[0-9]))\b)"
        ),
        parse=_business_end,
        case_sensitive=True,
        examples=(
            Example("I need the deck by EOD.", "2025-05-09", span="EOD", mod="END"),
            Example("Send the draft by EOW please.", "2025-W19", span="EOW", mod="END"),
            Example("Invoices are due EOM.", "2025-05", span="EOM", mod="END"),
        ),
        negatives=("deadline: EOD Friday", "Submit it by COB Thursday.", "The EOD team cleared the mine."),
    ),
    Rule(
        name="relative.today",
        type="DATE",
        pattern=(
            # "the night before last" (not "the day before last Tuesday's vote": a day or unit after it).
            r"(?:the (?P<around_unit>day|night) (?P<around>after tomorrow|before yesterday|before last"
            r"(?!\s+(?:(?-i:[A-Z])\w*|week\w*|month|year|season|time|summer|winter|spring|autumn|fall)\b))"
            r"|(?:(?P<when>earlier|later) |(?:(?P<pos>mid|early|late)-?)?(?P<part_of_day_before>morning|afternoon|evening) )?"
            # ("a better tomorrow", "a new tomorrow": the future a noun names, no day.)
            # ("they gave their today for our tomorrow": a possessive's noun, no day.)
            r"(?<!\btheir\s)(?<!\bour\s)(?<!\byour\s)(?<!\bmy\s)"
            r"(?P<deictic>today|tonight|(?<!\ba\snew\s)(?<!\ba\sbetter\s)(?<!\ba\sbrighter\s)(?<!\bthe\sbright\s)tomorrow"
            r"|yesterday|(?P<casual>tmrw|2morrow|2moro|tonite|2nite)(?![\w'-])))"
            r"(?(part_of_day_before)|(?:(?:'s)? (?P<part_of_day>morning|afternoon|evening|night))?)"
        ),
        parse=_today,
        examples=(
            Example("yesterday", "2025-05-08"),
            Example("tomorrow", "2025-05-10"),
            Example("today", "2025-05-09"),
            Example(
                "In 1995, fewer than 20 million Americans were online; today the figure is 200 million.",
                "PRESENT_REF",
                span="today",
            ),
            Example(
                "Federal spending on energy research today is roughly half what it was in 1980.",
                "PRESENT_REF",
                span="today",
            ),
            Example(
                "Today, fewer than 900 people live in Calloway, down from about 4,000 in the 1950s.",
                "PRESENT_REF",
                span="Today",
            ),
            Example(
                "The town's population has dropped from 1,900 in 1960 to 860 today.",
                "PRESENT_REF",
                span="today",
            ),
            Example("Kids today have no idea what we went through.", "PRESENT_REF", span="today"),
            Example(
                "The mill employed 900 people in 1970; it employs 40 today.",
                "PRESENT_REF",
                span="today",
            ),
            Example(
                "The system is stronger today than at any point in the past half-century.",
                "PRESENT_REF",
                span="today",
            ),
            Example("tonight", "2025-05-09TNI", type="TIME"),
            Example("yesterday afternoon", "2025-05-08TAF", type="TIME"),
            Example("the day after tomorrow", "2025-05-11"),
            Example("the day before yesterday", "2025-05-07"),
            Example(
                "Gunmen struck the night before last.",
                "2025-05-07TNI",
                span="the night before last",
                type="TIME",
            ),
            Example("The rain began the day before last.", "2025-05-07", span="the day before last"),
            Example("see u tmrw!", "2025-05-10", span="tmrw"),
            Example("call me tmrw at 10", "2025-05-10T10:00", span="tmrw at 10"),
            Example("Can we talk tonite?", "2025-05-09TNI", span="tonite"),
            Example(
                "Earlier yesterday, the exchange halted trading.",
                "2025-05-08",
                span="Earlier yesterday",
                mod="START",
            ),
            Example(
                "Later yesterday the automakers joined.", "2025-05-08", span="Later yesterday", mod="END"
            ),
            Example(
                "At mid-afternoon yesterday, shares were up.",
                "2025-05-08TAF",
                span="mid-afternoon yesterday",
                type="TIME",
                mod="MID",
            ),
            Example("Today's vote was close.", "2025-05-09", span="Today"),
            Example("Tomorrow's meeting is off.", "2025-05-10", span="Tomorrow"),
        ),
        negatives=(
            "Veterans say they gave their today for our tomorrow.",
            "The party promised voters a better tomorrow.",
            "Such music speaks to today's youth.",
            "In today's world, news travels fast.",
            "Many of today's cars run on gas.",
            "We must train the leaders of tomorrow.",
            "You are listening to World Today.",
            "She writes for Business Today.",
            "He told the BBC's Today programme that talks would go on.",
            "She appeared on the Today show.",
            "He posted #tonitetonite again.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.unit_ahead",
        type="DATE",
        # "the week ahead", "the year ahead": the coming one, as "next week" is (the plural, "the
        # weeks ahead", is a length: duration.plural_unit).
        pattern=r"the (?P<unit>week|weekend|month|year)(?= ahead\b) ahead",
        parse=_unit_ahead,
        examples=(
            Example(
                "Markets will be open three and a half days in the week ahead.",
                "2025-W20",
                span="the week ahead",
            ),
            Example("Exporters face a tough time in the year ahead.", "2026", span="the year ahead"),
        ),
        negatives=("The weeks ahead will be hard.", "The road ahead is long."),
        priority=3,
    ),
    Rule(
        name="relative.the_past_unit",
        type="DATE",
        # "the past year", "the last year" without a count: in a report, the year before the DCT's,
        # as "last year" is (TimeBank dates both it tags so; "the past three years", counted, stays
        # a length: duration.amount_unit). Not "the past decade": the ten years up to the writing
        # are no calendar decade (1988-98 is not the 1980s), and TimeBank tags it both ways, once
        # each; nor "the past century": both stay lengths (duration.the_past_unit). Not the final
        # one of something ("the last year of the war"), nor one before an event ("the last year
        # before the war"); a history's "In the past year, both armies had ..." is its length.
        # ("the past year and a half", "and two months" are one length; "in the past year and
        # said" is the year, its clause going on.)
        pattern=(
            # ("accused him over the past year of monopolizing power": what was done over it.)
            r"the (?P<which>past|last) (?P<unit>year)(?! (?:before|after|or|alone|ago)\b)"
            r"(?! of\b(?!(?<=past\syear\sof) (?-i:[a-z]{3,}ing)\b))"
            r"(?! and (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|[0-9]+)\b)(?![-'’])"
        ),
        parse=_the_past_unit,
        examples=(
            Example(
                "Hate groups grew in the United States over the past year.",
                "1997",
                span="the past year",
                dct="1998-03-03",
            ),
            Example(
                "He asked the city twice in the past year and said police were called often.",
                "1997",
                span="the past year",
                dct="1998-03-03",
            ),
        ),
        negatives=(
            "The last year of the war was the worst.",
            "It was the last year before the war.",
        ),
        domains=("news",),
        priority=3,
    ),
    Rule(
        name="relative.determined_unit",
        type="DATE",
        # "last fiscal year", "the previous financial year": a company's year, counted as a calendar
        # year is (TimeML writes a fiscal year as the year that names it; "the current fiscal year"
        # is relative.reported_year's).
        pattern=_DETERMINER_PATTERN
        # ("For the next quarter century": a fraction of a century, no quarter of a year.)
        + r" (?:(?P<fiscal>fiscal|financial|business) (?=year\b))?(?P<unit>day|week|weekend|month|quarter(?![- ]century\b)"
        r"|year|decade|century|season)",
        parse=_determined_unit,
        examples=(
            Example("this year", "2025"),
            Example("last week", "2025-W18"),
            Example("Sales in the last quarter fell 3%.", "2025-Q1", span="the last quarter"),
            Example("It paid 15 yen a share for the last fiscal year.", "2024", span="the last fiscal year"),
            Example("next month", "2025-06"),
            Example("last year", "2024"),
            Example(
                "The party ran the country for most of the last century.",
                "19",
                span="the last century",
                dct="2013-04-22",
            ),
            Example("The company's profit last year rose.", "2024", span="last year"),
            Example("the following month", "2025-06"),
            Example(
                "The army landed on 3 May 1915. The entire next year was spent in the trenches.",
                "1916",
                span="The entire next year",
                domain="narrative",
            ),
            Example(
                "The revolt broke out in 1912 and the fighting lasted most of the decade.",
                "191",
                span="the decade",
                domain="narrative",
            ),
            Example(
                "The strike began on 3 March 1921 and lasted for most of the month.",
                "1921-03",
                span="the month",
                domain="narrative",
            ),
            Example(
                "The siege began in June 1863. The town fell in the closing days of the month.",
                "1863-06",
                span="the closing days of the month",
                mod="END",
                domain="narrative",
            ),
            Example(
                "More cold air could arrive in the second half of the month.",
                "2025-05",
                span="the second half of the month",
                mod="END",
            ),
            Example(
                "Repairs should be finished in the latter half of the week.",
                "2025-W19",
                span="the latter half of the week",
                mod="END",
            ),
            Example("It was the worst flood of the century, officials said.", "20", span="the century"),
            Example("For the week so far, the Dow is up 121 points.", "2025-W19", span="the week"),
            Example(
                "The offensive opened on 1 July 1916. On that single day the army lost 57,000 men.",
                "1916-07-01",
                span="that single day",
                domain="narrative",
            ),
            Example("this weekend", "2025-W19-WE"),
            Example("Sales rose over the past weekend.", "2025-W18-WE", span="the past weekend"),
            Example("the previous day", "2025-05-08"),
            Example("later this month", "2025-05", mod="END"),
            Example("The striker scored 14 goals last season.", "PAST_REF", span="last season"),
            Example("The show returns next season.", "FUTURE_REF", span="next season"),
            Example(
                "The club won the cup in 1953. The following season it was relegated.",
                "FUTURE_REF",
                span="The following season",
                domain="narrative",
            ),
            Example("Earlier this year, the firm cut jobs.", "2025", span="Earlier this year", mod="START"),
            Example("last quarter", "2025-Q1"),
            Example("The retailer lost money last fiscal year.", "2024", span="last fiscal year"),
            # A Japanese company's year, as wires write it.
            Example(
                "It sold 8.6 million cars in the last business year.", "2024", span="the last business year"
            ),
            Example(
                "The group swung to a loss in the previous financial year.",
                "2024",
                span="the previous financial year",
            ),
            Example(
                "Troops landed on 10 May 1940. That same day the cabinet resigned.",
                "1940-05-10",
                span="That same day",
            ),
        ),
        negatives=(
            "The war's last year saw a new constitution.",
            "this day and age",
            'The senator was a guest on "This Week."',
            'She told "This Week With Ann Carver" that talks would resume.',
        ),
        priority=1,
    ),
    Rule(
        name="relative.new_age",
        type="DATE",
        # "the new century": the one a writer in its last half looks forward to (1999: the 21st),
        # the one just begun for a writer in its first (2005: the 21st too). Shifting half a
        # century forward and taking the century the date falls in says both at once. (Not "the
        # new millennium": a TIMEX3 value has no one-digit millennium.)
        pattern=r"(?-i:[Tt]he new century)\b(?!-)",
        parse=_new_age,
        examples=(
            Example("Y2K fears grew as the new century neared.", "20", span="the new century"),
            Example(
                "Planners are getting ready for the new century, officials said.",
                "20",
                span="the new century",
                dct="1998-11-02",
            ),
            Example(
                "By 1897 the railway reached the coast. In the new century it was extended north.",
                "19",
                span="the new century",
                domain="narrative",
            ),
        ),
        negatives=("the new century-old bridge", "The New Century Fund rose."),
        priority=1,
    ),
    Rule(
        name="relative.short_units_ago",
        type="DATE",
        pattern=r"(?<![\w.,$£€])(?P<digits>[0-9]{1,3})(?P<unit>(?-i:d|wks?|w|mos?|yrs?|y)) ago\b(?!-)",
        parse=_short_units_ago,
        examples=(
            Example("Posted 2d ago", "2025-05-07", span="2d ago"),
            Example("Edited 3w ago", "2025-W16", span="3w ago"),
            Example("Joined 1y ago", "2024", span="1y ago"),
        ),
        negatives=("The 3D ago-go dancer.", "He ran 5k ago nowhere."),
        priority=3,
    ),
    Rule(
        name="relative.units_ago",
        type="DATE",
        # ("every five years thereafter" is a set: set.every.)
        # ("twice in one day before.": "before" the adverb, "in one day" a length.)
        # ("from four days before the rash appears until four days after.": the end of a span
        # counted from an event, a length, as its start is.)
        # ("twice a month thereafter": a rate's period, no date counted on.)
        pattern=r"(?<!\bevery\s)(?<!\btwice\s)(?<!\bonce\s)(?<!\bthrice\s)(?<!\btimes\s)"
        r"(?!(?<=\bin\s)(?:one|a|a\ssingle) (?:day|week|month|year) before[.,;!?])"
        r"(?!(?<=\buntil\s)[\w-]+ \w+ (?:after|before)[.,;!?])"
        r"(?:(?P<part>half an?|a half|a quarter of a|a quarter)[ -](?=(?:year|decade|century)\b)|(?P<amount>{number})(?P<half_before> and a half)?(?P<odd>-odd|-plus|\+)? )(?P<unit>days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century|generations?|(?:spring|summer|autumn|winter)s?|(?-i:wks?|mos|yrs?))(?P<half_after> and a half)?(?P<approx> or so)? (?:(?P<when>ago|(?:earlier|later)(?! than\b)(?! (?:this|last|next) (?:week|month|year|morning)\b)(?! (?:known|called|named|dubbed|remembered) as\b)|afterwards?|thereafter|(?:after|before) that(?=[,.;:!?]|\s+(?:the|a|an|he|she|they|it|we|his|her|their|its|(?-i:[A-Z]))\b)|from now|from today|hence|back(?! (?:home|to|into|from|in|on|at|out|up|down)\b)|previously)|(?P<when_event>before|after|prior)(?=[,.;:!?)\"”—–]|\s*$|\s(?:and|but|or|when|while|as)\b))"
        # An anniversary: "fifty years ago this week", "two years ago this month", "a year ago today".
        r"(?:(?:(?<=years\sago)|(?<=year\sago)|(?<=decades\sago)|(?<=decade\sago)|(?<=century\sago)|(?<=centuries\sago))"
        r" (?P<this_unit>this week(?:end)?|this month|today|tomorrow|yesterday|this (?:morning|afternoon|evening)|tonight"
        # ... and its month: "Thirty-six years ago this November".
        r"|this (?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
        # ... and its season: "Forty years ago this fall".
        r"|this (?:spring|summer|fall|autumn|winter))\b"
        # ... and the day so many weeks or months back: "a week ago today", "five weeks ago yesterday".
        r"|(?:(?<=weeks\sago)|(?<=week\sago)|(?<=months\sago)|(?<=month\sago)) (?P<this_day>today|yesterday)\b)?",
        parse=_units_ago,
        examples=(
            Example("three years ago", "2022"),
            Example(
                "Fort Sumter fell on 14 April 1861. Four days after that he proclaimed a blockade.",
                "1861-04-18",
                span="Four days after that",
                domain="narrative",
            ),
            Example(
                "The Electoral College meets Dec. 18. States must resolve disputes six days before that.",
                "2025-12-12",
                span="six days before that",
            ),
            Example(
                "Fort Sumter fell on 14 April 1861. Three days thereafter Lincoln called for volunteers.",
                "1861-04-17",
                span="Three days thereafter",
                domain="narrative",
            ),
            Example("The mill closed a half-century ago.", "1975", span="a half-century ago"),
            Example("two days ago", "2025-05-07"),
            Example("four years ago", "2021"),
            Example("six months from now", "2025-11"),
            Example("The vote is two weeks from today.", "2025-05-23", span="two weeks from today"),
            Example(
                "It was fifty years ago tomorrow that the Beatles first played here.",
                "1975-05-10",
                span="fifty years ago tomorrow",
            ),
            Example("two weeks ago", "2025-W17"),
            Example("The firm was founded 40-odd years ago.", "1985", span="40-odd years ago"),
            Example("He left the firm 20-plus years ago.", "2005", span="20-plus years ago"),
            # A note's units: "1 yr ago", "2 wks ago", "3 mos ago" (lower case: "MOS" is a trade).
            Example("Last colonoscopy 1 yr ago.", "2024", span="1 yr ago"),
            Example("Pain began 2 wks ago.", "2025-W17", span="2 wks ago"),
            Example("a week or so ago", "2025-W18", mod="APPROX"),
            Example("The bridge opened half a century ago.", "1975", span="half a century ago"),
            Example("The mill closed a quarter-century ago.", "2000", span="a quarter-century ago"),
            Example("The mill closed a quarter of a century ago.", "2000", span="a quarter of a century ago"),
            Example("The law changed half a year ago.", "2024-11", span="half a year ago"),
            Example(
                "A fleet arrived in June 1840. A year and a half later it sailed up the river.",
                "1841-12",
                span="A year and a half later",
            ),
            Example("The mine closed two and a half decades ago.", "2000", span="two and a half decades ago"),
            Example(
                "Fifty years ago this week, the war ended.", "1975-W19", span="Fifty years ago this week"
            ),
            Example("Two years ago this month, the bank failed.", "2023-05", span="Two years ago this month"),
            Example(
                "Forty years ago this fall, we covered another election.",
                "1985-FA",
                span="Forty years ago this fall",
            ),
            Example(
                "The bombing began five weeks ago yesterday.", "2025-04-03", span="five weeks ago yesterday"
            ),
            Example(
                "Two years ago this week, the party lost its majority.",
                "2023-W36",
                span="Two years ago this week",
                dct="2025-09-01",
            ),
            Example(
                "Forty years ago this weekend, the Buffaloes won the state title.",
                "1985-W19-WE",
                span="Forty years ago this weekend",
            ),
            Example("The plant opened ten years ago today.", "2015-05-09", span="ten years ago today"),
            Example("The shop was raided a week ago today.", "2025-05-02", span="a week ago today"),
            Example(
                "Forty years ago this morning, Saigon fell.",
                "1985-05-09TMO",
                span="Forty years ago this morning",
            ),
            Example(
                "Fifty years ago tonight, men walked on the moon.",
                "1975-05-09TNI",
                span="Fifty years ago tonight",
            ),
            # A generation: some thirty years, to the decade.
            Example(
                "The treaty was signed in 1815. A generation later the old order fell.",
                "184",
                span="A generation later",
                domain="narrative",
            ),
            Example("Such farms were common two generations ago.", "196", span="two generations ago"),
            # A night: the night of the day so many days on; a season: that season so many years
            # on, counted from the one the story is in (a January is in the winter before it).
            Example("The storm struck two nights ago.", "2025-05-07TNI", span="two nights ago"),
            Example(
                "The army reached the river on 11 June 1982. Two nights later it attacked the ridge.",
                "1982-06-13TNI",
                span="Two nights later",
                domain="narrative",
            ),
            Example(
                "The first siege failed in January 1622. Two winters later the king came back.",
                "1623-WI",
                span="Two winters later",
                domain="narrative",
            ),
            Example("The river flooded the town two summers ago.", "2023-SU", span="two summers ago"),
        ),
        # Before a clause or a gerund the count is a duration and "before"/"after" a signal.
        negatives=(
            "No Tour has climbed the mountain twice in one day before.",
            '"Nobody talked for about two days after," he said.',
            "A patient can spread it from four days before the rash appears until four days after.",
            "The storms shut the hub for three days earlier this month.",
            "Tenants get 60 days before leaving the flat.",
            "She retired two years after she was elected.",
            # (A noun phrase without its article: "rival", "police", "officials".)
            "The launch comes a week after rival Verdant Labs cut its price.",
            # "back" of the way home, not of the time before.
            "Migrants send $1 billion a year back home.",
            "The treaty is renewed every five years thereafter.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.same_unit_a_year_back",
        type="DATE",
        # Statistics compare a month (week) with the same one a year before: "exports rose 5
        # percent from the same month last year".
        pattern=(
            r"the same (?P<unit>month|week|day) (?:of |in )?"
            r"(?:last year|a year (?:ago|earlier|before)|the (?:previous|preceding|prior) year|the year before"
            # ("four times those in the same month of 2014": the month in question, in that year.)
            r"|(?<=of\s)(?P<of_year>1[89][0-9]{2}|20[0-9]{2}))"
            r"(?![\w'’-])"
        ),
        parse=_same_unit_a_year_back,
        examples=(
            Example(
                "Exports in May rose 5 percent from the same month last year.",
                "2024-05",
                span="the same month last year",
                dct="2025-06-03",
            ),
            Example(
                "Arrivals in July were four times those in the same month of 2014.",
                "2014-07",
                span="the same month of 2014",
                dct="2015-08-02",
            ),
            Example(
                "Calls rose 15 percent on Friday compared with the same day last year.",
                "2024-05-09",
                span="the same day last year",
            ),
        ),
        priority=3,
    ),
    Rule(
        name="relative.deep_time_ago",
        type="DATE",
        # Counts a calendar cannot hold: thousands and millions of years, written with a comma, as
        # four digits and more, with "million" or "billion", or as a plural of its own.
        pattern=(
            r"(?<![\w.,$£€-])(?P<amount>[0-9]+(?:\.[0-9]+)? (?:million|billion)|[0-9]{1,3}(?:,[0-9]{3})+"
            r"|[1-9][0-9]{3,}(?![0-9,.])|(?:many |several |some |tens of |hundreds of )?(?:thousands|millions|billions) of"
            # ... and a plural too vague to count a year from: "hundreds of years ago".
            r"|(?:many |several |some )?(?:hundreds|dozens|scores) of)"
            r" years (?P<when>ago|earlier|later|from now|hence)\b(?!-)"
        ),
        parse=_deep_time_ago,
        examples=(
            Example("The dinosaurs died out 65 million years ago.", "PAST_REF", span="65 million years ago"),
            Example("The species appeared 2.5 million years ago.", "PAST_REF", span="2.5 million years ago"),
            Example(
                "The last ice age ended about 10,000 years ago.", "PAST_REF", span="about 10,000 years ago"
            ),
            Example(
                "The ice sheet had formed 20,000 years earlier.", "PAST_REF", span="20,000 years earlier"
            ),
            Example("Such rocks formed thousands of years ago.", "PAST_REF", span="thousands of years ago"),
            Example(
                "The fault last produced a major earthquake hundreds of years ago.",
                "PAST_REF",
                span="hundreds of years ago",
            ),
            Example(
                "The waste stays dangerous until 10,000 years from now.",
                "FUTURE_REF",
                span="10,000 years from now",
            ),
            # Within the calendar, the year so many years back.
            Example("The tomb was sealed 1500 years ago.", "0525", span="1500 years ago"),
        ),
        negatives=("The 10,000 years-ago-themed exhibit.", "It cost $2,000 years ago."),
        priority=3,
    ),
    Rule(
        name="relative.units_on",
        type="DATE",
        # A history's "Fifty years on, the two leaders met": so long after the date the story is at,
        # as "fifty years later". (News writes it of the present, "Ten years on, the wounds
        # remain": the text's own day, so histories only.)
        # ("A century on, historians still study it": one unit, as "a century later".)
        pattern=r"(?P<amount>{number}) (?P<unit>days?|weeks?|months?|years?|decades?|centuries|century) (?P<when>on)(?=,)",
        parse=_units_ago,
        domains=("narrative",),
        examples=(
            Example(
                "The Korean War ended in 1953. Fifty years on, the two leaders met.",
                "2003",
                span="Fifty years on",
                domain="narrative",
            ),
            Example(
                "Japan won the war in 1905. A century on, historians still study it.",
                "2005",
                span="A century on",
                domain="narrative",
            ),
            Example(
                "The treaty was signed in 1921. A decade on, the border was quiet.",
                "1931",
                span="A decade on",
                domain="narrative",
            ),
        ),
        negatives=("He spent ten years on the farm.",),
    ),
    Rule(
        name="relative.the_day_around_event",
        type="DATE",
        # A history's "the day before the ceasefire", "the day after the ROK Army crossed the
        # border" inside a sentence (at its head before a comma, relative.after_event): the
        # resolver takes the event's phrase in (see resolve._noun_phrases) and counts the day from
        # the story's; a restatement of the day just told ("on 2 October 1950-the day after ...")
        # is that day (resolve._days_restated_by_their_event).
        pattern=r"(?<!\w)(?:the|(?-i:The)) (?P<unit>day)"
        r"(?= (?P<when>before|after) (?:the|his|her|its|their|(?-i:[A-Z][a-z]))[^.,;:!?()\n]{0,120}[.,;:!?)])",
        parse=lambda match: PartialTime(
            anchor="ref",
            shift=Shift(Grain.DAY, -1 if (match.group("when") or "").lower() == "before" else 1),
            grain=Grain.DAY,
        ),
        examples=(
            Example(
                "The ceasefire took effect on 20 August 1988. Attacks went on until the day before the "
                "ceasefire, and clashes followed.",
                "1988-08-19",
                span="the day before the ceasefire",
                domain="narrative",
            ),
            Example(
                "China decided to intervene on 2 October 1950-the day after the ROK Army crossed the border.",
                "1950-10-02",
                span="the day after the ROK Army crossed the border",
                domain="narrative",
            ),
        ),
        negatives=("They met the day before yesterday.", "The day after, the army left."),
        domains=("narrative",),
    ),
    Rule(
        name="relative.after_event",
        type="DATE",
        # Only at the head of a sentence and up to its comma: the event is a short phrase without
        # digits (a date in it is an expression of its own).
        pattern=(
            # (The capital is looked for first: the sentence-start look-behinds are tried only
            # before one, not at every word of the text.)
            r"(?=(?-i:[A-Z]))(?:(?<=^)|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
            r"(?P<amount>(?-i:[A-Z])[a-z]*) (?P<unit>days?|weeks?|fortnights?|months?|years?) (?P<when>after|before) "
            r"(?!(?:he|she|they|it|we|I|you|last|next|this|the new year|{weekday}|{month})\b)"
            # ("Four days after that he proclaimed a blockade, ...": "after that" ends the count.)
            r"(?!that\s+(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|(?-i:[A-Z]))\b)"
            # (A determiner only first or after a preposition: "Two days after the invasion the UN
            # Security Council, which ..." ends its event at "invasion", before the next subject.)
            r"(?:(?:(?:the|a|an|his|her|its|their) )?"
            r"(?:(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bat\s)|(?<=\bon\s)|(?<=\bto\s)|(?<=\bfor\s)|(?<=\bby\s)"
            r"|(?<=\bwith\s)|(?<=\bfrom\s)|(?<=\band\s))(?:the|a|an|his|her|its|their) "
            r"|(?!(?:the|a|an|his|her|its|their) )[^\W\d]+['’]?s? ){0,5}[^\W\d]+(?=,)"
            # ... or a short event in the lower case, before its clause's named subject without a comma:
            # "Two days after the battle Francis II met Napoleon".
            r"|(?:the|his|her|its|their) (?-i:[a-z]+)"
            r"(?: (?!(?:of|in|on|at|to|for|by|with|from|and|or)\b)(?-i:[a-z]+)){0,2}"
            r"(?= (?-i:[A-Z][a-z]+)\b)(?! (?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|[A-Z][a-z]+day)))"
        ),
        parse=_after_event,
        # (In news, TimeML's count alone: see resolve._counted_from_event. A narrative keeps the
        # whole phrase, dated from the story's latest date.)
        examples=(
            Example(
                "The bridge was captured on 11 March 1918. Four days after the capture of the bridge, the division withdrew.",
                "1918-03-15",
                span="Four days",
            ),
            Example(
                "The battle opened on 2 December 1805. Two days after the battle Francis II met Napoleon.",
                "1805-12-04",
                span="Two days after the battle",
                domain="narrative",
            ),
            Example(
                "The summit opened on 27 February 2009. The day before the summit, rebels struck.",
                "2009-02-26",
                span="The day",
            ),
            Example(
                "The army invaded in March 2003. Ten years after the invasion, the country is still divided.",
                "2013",
                span="Ten years",
            ),
            # (No date of the event: the count is a duration, not a time counted from the report's.)
            Example(
                "Ten years after the invasion, the country is still divided.",
                "P10Y",
                span="Ten years",
                type="DURATION",
            ),
            Example(
                "The minister resigned on Tuesday. Six months after the flood, residents still wait for aid.",
                "P6M",
                span="Six months",
                type="DURATION",
            ),
            Example("The day before the summit, rebels struck.", "XXXX-XX-XX", span="The day"),
        ),
        negatives=(
            "She resigned. A week after she was questioned by auditors, the bank closed.",
            "Two days after Easter, he left.",  # a named date: relative.from_named_date
        ),
        priority=1,
    ),
    Rule(
        name="relative.before_last",
        type="DATE",
        # Not "the year before last year's vote", "the day before last Tuesday": a name or unit after
        # "last"/"next" is what it determines.
        pattern=(
            r"the (?P<unit>week|weekend|month|year) (?P<when>before last|after next)"
            r"(?!-\w| (?:{weekday}|{month}|(?:year|month|week|weekend|day|night|quarter|spring|summer|autumn"
            r"|fall|winter)s?\b|[0-9]))"
        ),
        parse=_before_last,
        examples=(
            Example("Prices fell the week before last.", "2025-W17", span="the week before last"),
            Example("The tax rose the year before last.", "2023", span="the year before last"),
            Example("The vote is the month after next.", "2025-07", span="the month after next"),
            Example("They met the weekend before last.", "2025-W17-WE", span="the weekend before last"),
            Example("The week before last was quiet.", "2025-W17", span="The week before last"),
        ),
        negatives=("the year before last year's vote",),
        priority=3,
    ),
    Rule(
        name="relative.unit_after_that",
        type="DATE",
        # "The year after that, the economy grew": one unit after the time the text is at, "that"
        # the time itself (not "the day after that vote": an event the day is counted from).
        pattern=(
            # (After a verb of saying, "that" opens what was said: "Hale countered the day before
            # that the bookkeeper had every reason to lie" is "the day before".)
            "".join(
                rf"(?<!\b{verb}\s)"
                for verb in (
                    "said",
                    "says",
                    "argued",
                    "countered",
                    "testified",
                    "claimed",
                    "insisted",
                    "stated",
                )
            )
            + r"the (?P<unit>day|week|month|year) (?P<when>after|before) that"
            r"(?=\s*[,.;:!?)]|\s*$|\s+(?:the|he|she|they|it|we|his|her|its|their|a|an|(?-i:[A-Z])\w*)\b)"
            # (... as after any verb of telling, a clause with its modal: "had notified the coast
            # guard the day before that it would launch the rocket".)
            r"(?!\s+(?:it|he|she|they|we)\s+(?:would|will|had|was|were|could|might|should|planned|intended)\b)"
        ),
        parse=_unit_before,
        examples=(
            Example(
                "The war ended in 1995. The year after that, the economy grew.",
                "1996",
                span="The year after that",
            ),
        ),
        negatives=(
            "He left the day after that vote.",
            "Hale countered the day before that the bookkeeper had every reason to lie.",
            "Pyongyang had notified the coast guard the day before that it would launch the rocket.",
        ),
        priority=3,
    ),
    Rule(
        name="relative.unit_before",
        type="DATE",
        # "the day before the vote", "the day before returning", "the day before officials
        # issued a warrant": a conjunction or preposition before an event, not the adverb.
        # (Not the "to the day" of a count: "43 years to the day after independence" is one date.)
        pattern=r"(?<!years\sto\s)(?<!year\sto\s)(?<!months\sto\s)(?<!decades\sto\s)(?<!centuries\sto\s)"
        r"the (?P<unit>day|week|month|year|weekend) (?P<when>before|after|earlier|later|prior|following)(?! (?:the|this|that(?! (?:the|a|an|he|she|they|it|we|his|her|its|their)\b)|a|an|his|her|their|its|(?-i:[A-Z])\w*|[0-9]|he|she|they|it|we|I|last|next|our|my|your|\w+ing)\b)(?! \w{3,}s (?:\w+ed|said|were|had)\b)"
        # ("over the weekend after two days of talks", "after winds spread the oil": a clause or a
        # count the preposition opens, no weekend after.)
        r"(?! (?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|more|most|all|both)\b)"
        r"(?! \w{3,}s (?:spread|hit|cut|fell|rose|came|went|struck|began|broke|swept|tore|blew|left|took|won|lost|met|made)\b)"
        # ("it could be the weekend before power was restored": a clause with its subject.)
        r"(?! (?-i:[a-z]+) (?:was|were|is|are|had|has|will|would|could|can)\b)"
        # ("cut its forecast for the year earlier in the day": "earlier" is the day's.)
        r"(?!(?<=earlier) in the day\b)(?!(?<=later) in the day\b)"
        # ("Heat to ease by the weekend after driest July on record": a headline's superlative and
        # its noun, no article.)
        r"(?! (?:(?-i:[a-z]{2,}est)|worst|best|record)\b)",
        parse=_unit_before,
        examples=(
            Example(
                "Talks were held on May 8. The day before, he arrived.", "2025-05-07", span="The day before"
            ),
            Example("the year before", "2024"),
            Example(
                "Talks began on May 2 and the day following, he left.", "2025-05-03", span="the day following"
            ),
            Example(
                "The album comes out on May 19, and radio gets it the weekend before.",
                "2025-W20-WE",
                span="the weekend before",
            ),
        ),
        negatives=(
            "Shares fell after the retailer cut its forecast for the year earlier in the day.",
            "the day before the election",
            "He toured the plant for most of the day before flying to Rome.",
            "twice what traders saw the week following last spring's panic",
            "The ship sailed on June 8, the day before inspectors filed a report.",
            "Heat to ease by the weekend after driest July on record",
            "It could be the weekend before power was restored.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.unit_that_followed",
        type="DATE",
        # "in the decade that followed, the empire broke apart": "the following decade"; the
        # clause must end there ("the year that followed the war" is counted from the war).
        pattern=r"the (?P<unit>day|week|month|year|decade) (?:that|which) (?P<when>followed|preceded)"
        # ... or the phrase is the subject of the clause's verb ("The decade that followed saw famine").
        r"(?=\s*[,.;:)]|\s*$|\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my)\b)(?-i:[a-z]+ed|was|were|saw|brought|began|proved|became|had)\b)",
        parse=_unit_before,
        examples=(
            Example(
                "The war ended in 1918. In the decade that followed, the empire fell apart.",
                "192",
                span="the decade that followed",
            ),
            Example(
                "Talks were held on May 8. In the week that followed, prices fell.",
                "2025-W20",
                span="the week that followed",
            ),
            Example(
                "By 1918 the war was won. The decade that followed saw famine.",
                "192",
                span="The decade that followed",
                domain="narrative",
            ),
            Example(
                "The treaty was signed in 1648. In the year that preceded, the armies had rested.",
                "1647",
                span="the year that preceded",
            ),
        ),
        negatives=(
            "In the year that followed the war, prices rose.",
            "The year that followed his death was hard.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.determined_weekday",
        type="DATE",
        # (Bare "past" only after a preposition of a day: "past Friday" elsewhere is beyond it,
        # "They will stay open past Friday".)
        # ("his last Sunday prayer": a rank after a possessive, his final one.)
        pattern=r"(?P<det>this past|this coming|the previous|the preceding|the following|the next|"
        r"(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!['’]s\s)last|next|this|"
        # (Not the verb: "The adjuster's coming Wednesday", "She is coming Friday".)
        r"(?<!['’]s\s)(?<!['’]re\s)(?<!\bis\s)(?<!\bare\s)(?<!\bam\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bwere\s)coming|"
        r"(?:(?<=\bon\s)|(?<=\bsince\s)|(?<=\bover\s)|(?<=\bthe\s))past) {weekday}"
        # ... with the date that restates it, its year the story's: "She buried him the following
        # Wednesday, March 1." (a year after it makes the date one of its own).
        # ("By the following Monday, 12 March, it had become national": the day written first.)
        r"(?:,? (?:{month:restated_month} {day:restated_day}|{day:restated_day2} {month:restated_month2})"
        r"(?![0-9]|(?:st|nd|rd|th)?,? [0-9]{3}))?",
        parse=determined_weekday,
        examples=(
            Example("last Tuesday", "2025-05-06"),
            Example("next Tuesday", "2025-05-13"),
            Example("Can we move it to next Mon?", "2025-05-12", span="next Mon"),
            Example("this Tuesday", "2025-05-06"),
            Example("last Friday", "2025-05-02"),
            Example(
                "Shares closed lower on Friday, down 4% from the previous Friday.",
                "2025-05-02",
                span="the previous Friday",
            ),
            Example(
                "The dam gave way on Saturday, Feb. 26, 1972. She buried him the following Wednesday, March 1.",
                "1972-03-01",
                span="the following Wednesday, March 1",
                dct="2002-02-26",
            ),
            Example(
                "The strike began on Monday 5 March 1984. By the following Monday, 12 March, it had become national.",
                "1984-03-12",
                span="the following Monday, 12 March",
                dct="2024-03-08",
            ),
            Example(
                "The blast came on Monday, Oct. 3, 1966. The last body was recovered the next Thursday.",
                "1966-10-06",
                span="the next Thursday",
                dct="2016-10-01",
            ),
        ),
        negatives=("They will stay open past Friday.",),
        priority=2,
    ),
    Rule(
        name="relative.weekday_before_after",
        type="DATE",
        # "Kennedy had been killed in Dallas the Friday before", "They met again the Friday after":
        # the weekday before (after) the day the story is at, the phrase ending there.
        pattern=r"the {weekday} (?P<side>before|after)(?=\s*[,.;:!?)\"”]|\s*$|\s+(?:and|but|when|as)\b)",
        parse=_weekday_before_after,
        examples=(
            Example(
                "The game was played on Thanksgiving Day, Nov. 28, 1963. Kennedy had been killed in Dallas"
                " the Friday before.",
                "1963-11-22",
                span="the Friday before",
                dct="2023-11-20",
            ),
            Example(
                "The jury was sworn on Monday, March 4. It returned its verdict the Friday after.",
                "2024-03-08",
                span="the Friday after",
                dct="2024-03-20",
            ),
        ),
        negatives=("He left the Friday before the vote.",),
        priority=3,
    ),
    Rule(
        name="relative.postposed_weekday",
        type="DATE",
        # "on Tuesday last", "on Thursday next": British papers put the determiner after the day.
        # Only where the phrase ends (a stop, a comma, a conjunction or a preposition follows):
        # "Tuesday last week" is the Tuesday of last week.
        pattern=(
            r"{weekday} (?P<det>last|next)"
            r"(?=\s*(?:[.,;:!?)]|\Z)|\s+(?:and|but|when|after|before|at|in|on|to|by|with|as|that)\b)"
        ),
        parse=determined_weekday,
        examples=(
            Example("The minister spoke to reporters on Tuesday last.", "2025-05-06", span="Tuesday last"),
            Example("The second reading will be held on Thursday next.", "2025-05-15", span="Thursday next"),
            Example("On Friday last, the council met in private.", "2025-05-02", span="Friday last"),
        ),
        negatives=("He spoke on Tuesday last week.", "The vote is on Thursday next year."),
        priority=2,
    ),
    Rule(
        name="relative.determined_month",
        type="DATE",
        # "last Oct. 14": a day of that month (not "last October 23 percent", "last May 2, 1998").
        # ("the last December election", "the last summer of peace": "the last" is a rank.)
        # ("entered the university the same autumn": the season of the year the story is at.)
        pattern=r"(?P<det>this past|this coming|the coming|the previous|the preceding|the following|the next|the same|(?<!\bthe\s)last|next|this|coming|"
        # ("runs past Dec. 11": a preposition, the day beyond which.)
        r"(?:(?<=\bon\s)|(?<=\bsince\s)|(?<=\bover\s)|(?<=\bthe\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=^))past) (?:{month}(?: (?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?(?![0-9]|[:.][0-9]|,? [0-9]{4}| percent| per\b|%))?|{season})"
        # "the next Summer Olympics", "the next Winter Games": the games, not a season.
        r"(?! (?:olympics|paralympics|games)\b)"
        # ("The previous July record was set in 2006": a record of any July, the rank the record's.)
        r"(?!(?<=[a-z]) (?:records?|highs?|lows?|peaks?|averages?)\b)",
        parse=_determined_month_or_season,
        examples=(
            Example(
                "He finished school in 1915 and entered the university the same autumn.",
                "1915-FA",
                span="the same autumn",
                domain="narrative",
            ),
            Example("last December", "2024-12"),
            Example("The plant closed last Oct. 14 after a fire.", "2024-10-14", span="last Oct. 14"),
            Example("next January", "2026-01"),
            Example("last summer", "2024-SU"),
            Example("this spring", "2025-SP"),
            Example("last December", "2024-12", dct="2025-01-03"),
            Example("next January", "2026-01", dct="2025-12-30"),
            Example(
                "Talks failed in June 2023, after a truce agreed the previous April.",
                "2023-04",
                span="the previous April",
            ),
            # After a year alone, the next spring is in the year after, the next winter begins
            # that December, and the previous winter is the one that ran into the year.
            Example(
                "The war began in 1861. The following spring the army advanced.",
                "1862-SP",
                span="The following spring",
            ),
            Example(
                "The fort fell in 1776; the following winter the army camped nearby.",
                "1776-WI",
                span="the following winter",
            ),
            Example(
                "The war began in 1861. The previous winter had been mild.",
                "1860-WI",
                span="The previous winter",
            ),
            Example(
                "The treaty was signed in 1783. The next April, ships sailed.",
                "1784-04",
                span="The next April",
            ),
        ),
        negatives=(
            "The last December election was held in 1923.",
            "It was the last summer of peace.",
            "Funding runs past Dec. 11.",
            "The previous July record was set in 2006.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.that_weekday",
        type="DATE",
        # "That Sunday gunmen fired on a church", "The leaders met at Liberty Hall that Sunday.":
        # the weekday of the week the text is at, with its determiner ("That" opening the sentence
        # before its subject; "that" after a word at the end of a clause or before the next
        # clause's subject; not a verb of saying's "that": "He said that Sunday was the worst").
        pattern=(
            r"(?:(?-i:That) (?=(?-i:[A-Z])){weekday}"
            r"(?=[,.;!?]|\s+(?-i:[a-z]+|I)\b)"
            r"|(?<=[a-z]\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\btold\s)(?<!\bthought\s)"
            r"(?<!\bknew\s)(?<!\bnoted\s)(?<!\badded\s)(?<!\bclaimed\s)(?<!\bbelieved\s)"
            r"(?<!\breported\s)(?<!\bannounced\s)(?-i:that) (?=(?-i:[A-Z])){weekday:weekday_after}"
            # ("I delivered papers that Friday and it was just rain".)
            # ("had swapped shifts that Saturday with a friend": before a preposition too.)
            r"(?=[.;!?,](?:\s|\Z)|\s+(?-i:he|she|they|we|it|I|the|a|an|his|her|their|its|and|but|when|while"
            r"|with|for|at|in|to|from|so|because)\b))"
        ),
        parse=_that_weekday,
        examples=(
            Example(
                "The leaders met on 22 April 1916. They met again at Liberty Hall that Sunday.",
                "1916-04-23",
                span="that Sunday",
                domain="narrative",
            ),
            Example(
                "The war is dated from 13 April 1975. That Sunday gunmen fired on a church.",
                "1975-04-13",
                span="That Sunday",
                domain="narrative",
            ),
            Example(
                "The fire began on 25 March 1911. She had swapped shifts that Saturday with a friend.",
                "1911-03-25",
                span="that Saturday",
                domain="narrative",
            ),
        ),
        negatives=("He said that Sunday was the worst day.", "He said that Sunday, the troops left."),
        priority=2,
    ),
    Rule(
        name="relative.that_month",
        type="DATE",
        # "That September", "and that July": a determiner at the head of a clause or after a
        # conjunction or a preposition (after "said" the word opens a clause: "said that March
        # would be wet"). The month is capitalised: prose does not write "that march".
        pattern=(
            r"(?:(?:(?<=[.!?;]\s)|(?<=\A)|(?<=\n)|"
            + after_one_of("and", "but", "in", "by", "until", "during", "of", "then", r"and\sagain")
            + r")(?-i:That|that)"
            # "the last troops left Mexico that August.": at the end of a sentence the words
            # cannot open a clause of their own, so the month is the one the text is at; so too
            # at the end of a clause another joins ("broke down that September, and on the 27th
            # ..."), where a list of months would go on with a month ("said that May, June and
            # July were wet").
            # ("died of typhoid that September, aged 33": an aside of the subject's age after it.)
            # ("watched them win 2-0 that March.": a score the object is.)
            # ("Syria sent its army into Lebanon that June, initially to prevent a defeat": an
            # adverb after the comma.)
            r"|(?:(?<=[a-z]\s)|(?<=[0-9]-[0-9]\s))(?-i:that)(?= [A-Z][a-z]+(?:[.;!?](?:\s|\Z)"
            r"|, (?:and|but|when|while|aged|at the age of|(?-i:[a-z]{3,}ly))\b"
            # ("said that August that he would fight", "later that January, on the 24th": a clause
            # of what was said, a day of the month.)
            r"| that (?=(?:he|she|it|they|we|the|his|her|its|their)\b)|, on the [0-9]{1,2}(?:st|nd|rd|th)\b"
            # ("took command of the division that September, at Hollandia": where, set off.)
            r"|, at (?:the\s|(?-i:[A-Z]))"
            # ... and so at the end of an aside before the main verb ("Mongoose, launched by the
            # administration that November, did little to reassure him").
            r"|, (?:did|was|were|had|(?-i:[a-z]+ed))\b"
            # ... or before a second verb of its subject: "was tried that October and sentenced";
            # or a purpose: "was shut down that November to make room", "closed that December for
            # repairs".
            # ("was promoted that September and given a brigade": a participle in -en too.)
            r"| and (?!(?:then|when|even|often|seven|eleven|open)\b)(?-i:[a-z]+(?:ed|en))\b"
            r"| to (?-i:[a-z]+)\b(?! (?:(?-i:[A-Z])|the\s+end\b))| for (?-i:[a-z]+)\b"
            # ... or what went with it: "He retired that October with a county pension".
            # ("was proclaimed that August with Syngman Rhee as president": a name.)
            # ("was re-elected that November with 58 percent", "married that June with little
            # ceremony": a figure or a quantifier.)
            # ("celebrated the peace in Moscow that July with fireworks": a bare plural.)
            r"| with (?:(?:a|an|his|her|their|its|little|no|few|some)\b|\d|(?-i:[A-Z][a-z]+ [A-Z])"
            r"|(?-i:[a-z]+s)\b(?! (?:was|were|is|are|had|has|have)\b))"
            # ... or what caused it: "the talks broke off that November over the question of who
            # would run the company".
            r"| (?:over|amid|because of|after) (?:the|a|an|his|her|their|its)\b"
            # ... or before the margin it was won by: "won that November by a wide margin".
            r"| by (?:a|an|the|some|about|over|more|fewer|less|his|her|their|\d)"
            # ... or the counts someone was charged on: "indicted him that September on 23 counts".
            r"| on (?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple)\b)"
            # ... or before a second verb joined by "but", another place's "and in", or a
            # participle: "passed the House that December but died", "won in Lille that September
            # and in Delhi", "was injured that November, returning in April".
            # ("invaded the Morea that July but was destroyed".)
            r"| but (?:(?-i:[a-z]+ed)|was|were|had|did)\b| and (?:in|at|on) (?-i:[A-Z])|, (?-i:[a-z]+ing)\b"
            # ... or an irregular past ("entered the war that January and lost Havana"), or a
            # second place it was done at ("captured Savannah that December and Charleston in May").
            r"| and (?-i:" + "|".join(sorted(word for word in PAST_VERBS_STRICT if word.isalpha())) + r")\b"
            r"| and (?!(?-i:"
            + "|".join(name.capitalize() for name in MONTHS)
            + r")\b)(?-i:[A-Z][a-z]+) (?:in|on)\b))"
            # ... or before a pair of months, after any word but a verb of saying: "Massacres in the
            # North that September and October drove thousands to flee" (not "said that September
            # and October were wet").
            r"|(?<=[A-Za-z]\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\breported\s)(?-i:that)(?= (?-i:"
            + "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
            + r") (?:and|or) (?-i:"
            + "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
            + r")\b(?! (?:were|was|are|is|will|would|had|have)\b))"
            # ... or before the clause's past verb, after a name: "the Poznań protests in Poland that
            # June encouraged Hungarian students" (a month is no subject of "encouraged"; not after
            # a verb of saying or thinking: "said that June marked").
            r"|(?:"
            + "|".join(rf"(?<=\b(?-i:[A-Z][a-z]{{{n}}})\s)" for n in range(2, 12))
            + r")(?-i:that)(?= (?-i:"
            + "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
            # ("The victory at Crécy that August made his name", "the defeat at Hattin that July had
            # reached the West": an irregular past too.)
            + r") (?-i:[a-z]{3,}ed|"
            + "|".join(sorted(word for word in PAST_VERBS_STRICT if word.isalpha() and len(word) > 2))
            + r")\b)"
            # ... or after a noun, before an apposition: "vetoed by the president that December, a
            # standoff that led to a shutdown" (not after a verb of saying).
            r"|(?<=[a-z]\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bnoted\s)"
            r"(?<!\bthought\s)(?<!\bknew\s)(?<!\bbelieved\s)(?-i:that)(?= (?-i:"
            + "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
            + r"), (?:a|an|the)\s)"
            # ... or after a past verb, before a place or a clause: "Pruitt was arrested that June in
            # Tucson" (not after a verb of saying: "reported that June sales fell").
            r"|(?<=[a-z]ed\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bclaimed\s)(?<!\bstated\s)(?<!\badded\s)"
            r"(?<!\bnoted\s)(?<!\bwarned\s)(?<!\bdecided\s)(?<!\bagreed\s)(?<!\bconfirmed\s)(?<!\bpredicted\s)"
            r"(?-i:that)(?= (?-i:"
            + "|".join(name.capitalize() for name in MONTHS if len(name) > 3 or name == "may")
            + r") (?:in|at|near|after|when|and)\b)"
            # ... or at the end of a participle's clause: "the treaty, signed that September, ended
            # the war" (not a list of months: "reported that May, June and July were wet").
            r"|(?<=[a-z]ed\s)(?-i:that)(?= [A-Z][a-z]+, (?!(?:and )?(?-i:[A-Z])[a-z]+\b))"
            # ... or after a participle, before the verb of the noun it qualifies: "An investigation
            # released that August found the exits padlocked" (not after a verb of saying: "reported
            # that August sales fell").
            r"|(?<=[a-z]ed\s)(?<!\breported\s)(?<!\bannounced\s)(?<!\bclaimed\s)(?<!\bstated\s)"
            r"(?<!\badded\s)(?<!\bnoted\s)(?<!\bargued\s)(?<!\bwarned\s)(?<!\bdecided\s)(?<!\bagreed\s)"
            r"(?<!\bconfirmed\s)(?<!\bpredicted\s)(?<!\brevealed\s)(?<!\blearned\s)(?<!\bbelieved\s)"
            r"(?-i:that)(?= [A-Z][a-z]+ (?:found|showed|concluded|recommended|blamed|cited|criticized|criticised)\b)"
            # ... or after an event's noun, before its past verb: "the outbreak of the
            # Franco-Prussian War that July forced him to resign".
            r"|"
            + after_one_of(
                "war",
                "revolution",
                "rising",
                "uprising",
                "revolt",
                "rebellion",
                "crisis",
                "invasion",
                "election",
                "coup",
                "strike",
                "armistice",
                "treaty",
                "offensive",
                "campaign",
                "siege",
                # ("the retreat that November was costly".)
                "retreat",
                "withdrawal",
                "evacuation",
                "battle",
                "assault",
                "mutiny",
                "massacre",
                "famine",
                "epidemic",
                # ("A referendum that September restored King George II".)
                "referendum",
                "plebiscite",
                "riot",
                "vote",
                "summit",
                "conference",
                "congress",
            )
            + r"(?-i:that)(?= [A-Z][a-z]+ (?-i:[a-z]+ed|cost|"
            + "|".join(
                sorted(
                    word
                    for word in PAST_VERBS_STRICT
                    if word.isalpha() and word not in ("had", "did", "said", "told")
                )
            )
            + r")\b)"
            # ... or after a place an event's noun came from or was at, before its past verb: "the
            # retreat from Chefchaouen that November cost Spain thousands more casualties"; or after
            # the object of an event's preposition: "a second attack on the fort that July cost the
            # army 2,000 men".
            # (The look-behinds follow "that", so they are tried only where it stands.)
            + r"|(?-i:that)(?:"
            + "|".join(
                rf"(?<=\b{word}\s(?-i:[A-Z])[a-z]{{{n}}}\sthat)"
                for word in ("from", "at", "of", "in")
                for n in range(2, 12)
            )
            + "|"
            + "|".join(
                rf"(?<=\b{word}\sthe\s(?-i:[a-z]){{{n}}}\sthat)"
                for word in ("on", "against", "at", "from", "near")
                for n in range(3, 12)
            )
            + r")(?= [A-Z][a-z]+ (?-i:[a-z]+ed|cost|"
            + "|".join(
                sorted(
                    word
                    for word in PAST_VERBS_STRICT
                    if word.isalpha() and word not in ("was", "were", "had", "did", "said", "told")
                )
            )
            + r")\b)"
            # ... or after a plural noun, before the noun's past verb: "Riots that September drove
            # refugees east" (not after a verb of saying: "He says that September brought rain").
            r"|(?<=[a-z]s\s)(?<!\bsays\s)(?<!\bthinks\s)(?<!\bbelieves\s)(?<!\bclaims\s)(?<!\bargues\s)"
            r"(?<!\badds\s)(?<!\bnotes\s)(?<!\bhopes\s)(?<!\bfears\s)(?<!\binsists\s)(?<!\bwarns\s)"
            r"(?<!\bknows\s)(?<!\bfeels\s)(?<!\bwrites\s)(?<!\bshows\s)(?<!\bsuggests\s)(?<!\bmeans\s)"
            r"(?-i:that)(?= [A-Z][a-z]+ (?-i:[a-z]+ed|"
            + "|".join(
                sorted(
                    word
                    for word in PAST_VERBS_STRICT
                    if word.isalpha() and word not in ("was", "were", "had")
                )
            )
            + r")\b)"
            # ... and after a verb of moving or meeting, which takes no clause: "He arrived that
            # September with 6,000 troops", "Elections held that April made him premier".
            r"|"
            + after_one_of(
                "arrived",
                "returned",
                "landed",
                "sailed",
                "marched",
                "died",
                "resigned",
                "held",
                "met",
                "came",
                "fell",
                "left",
                "went",
                "surrendered",
                "opened",
                "began",
                "started",
                "ended",
            )
            + r"(?-i:that)(?= [A-Z][a-z]+\b(?! (?:was|were|is|are|had|has|would|will|could|might)\b))"
            # ... and where a subject follows the month, which then cannot be a clause's subject
            # ("In her maiden speech that July she called for more houses", "After the election that
            # September he returned"), or a clause of where or when ("fought at Antietam that
            # September, where he was wounded").
            # (Not after a verb of saying: "He said that July he would return".)
            r"|(?<=[a-z]\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\bwrote\s)(?<!\bannounced\s)(?<!\bdeclared\s)"
            r"(?<!\bthought\s)(?<!\bknew\s)(?<!\bfelt\s)(?<!\btold\s)(?<!\bclaimed\s)(?<!\breported\s)"
            r"(?-i:that)(?= [A-Z][a-z]+ (?-i:he|she|they|we|his|her|their)\b"
            r"| [A-Z][a-z]+, (?-i:where|when|after|before|while)\b)"
            r") {month}(?![\s.]*[0-9])"
        ),
        parse=_that_month,
        examples=(
            Example("The army landed in 1916. That September it attacked.", "1916-09", span="That September"),
            Example(
                "They met in the summer of 1997, but the talks broke off that November over the question of pay.",
                "1997-11",
                span="that November",
            ),
            Example(
                "The speech of 25 February 1956 and the protests in Poland that June encouraged students.",
                "1956-06",
                span="that June",
                domain="narrative",
            ),
            Example(
                "A 1973 famine gave the work new urgency; that December she went to Niamey.",
                "1973-12",
                span="that December",
            ),
            Example(
                "The case was reopened in 2019, and Pruitt was arrested that June in Tucson.",
                "2019-06",
                span="that June",
            ),
            Example(
                "He ran in 1867 and won that October by fewer than 3,000 votes.",
                "1867-10",
                span="that October",
            ),
            Example("They won the cup in 1966, beating Leeds 2-0 that March.", "1966-03", span="that March"),
            Example(
                "He became minister in 1869. The outbreak of the Franco-Prussian War that July forced him out.",
                "1869-07",
                span="that July",
            ),
            Example(
                "His assaults on Nanawa failed in January 1933 and again that July.",
                "1933-07",
                span="that July",
                domain="narrative",
            ),
            Example(
                "He won in 1976. He won that November by a wide margin.", "1976-11", span="that November"
            ),
            Example(
                "The first assault failed in January 1933. A second attack on the fort that July cost "
                "the army 2,000 men.",
                "1933-07",
                span="that July",
                domain="narrative",
            ),
            Example(
                "He took office in 1967. He was re-elected that November with 58 percent of the vote.",
                "1967-11",
                span="that November",
            ),
            Example(
                "He was charged in 2013. He retired that October with a county pension.",
                "2013-10",
                span="that October",
            ),
            Example(
                "The invasion failed in April 1961, and Mongoose, launched by the administration that "
                "November, did little to reassure him.",
                "1961-11",
                span="that November",
                domain="narrative",
            ),
            Example(
                "In March 1997, agents searched his home. A grand jury indicted him that September on 23 counts.",
                "1997-09",
                span="that September",
            ),
            Example(
                "The revolution began in 1915. Carranza became president that May, but he failed.",
                "1915-05",
                span="that May",
                domain="narrative",
            ),
            Example(
                "Officers killed the head of state on 29 July 1966. Riots that September drove refugees east.",
                "1966-09",
                span="that September",
                domain="narrative",
            ),
            Example(
                "In 1924 he ordered a withdrawal, and the retreat from Chefchaouen that November cost Spain dear.",
                "1924-11",
                span="that November",
                domain="narrative",
            ),
            Example(
                "In 1924 he ordered a withdrawal. The retreat that November was costly.",
                "1924-11",
                span="that November",
                domain="narrative",
            ),
            Example(
                "Karmal was replaced in May 1986, and that September the first helicopters were shot down.",
                "1986-09",
                span="that September",
            ),
            Example(
                "The treaty was ratified in March 1848, and the last troops left Mexico that August.",
                "1848-08",
                span="that August",
            ),
            Example(
                "She won the seat on 1 May 1997. In her maiden speech that July she called for homes.",
                "1997-07",
                span="that July",
            ),
            Example(
                "The truce was agreed in July 1993 but broke down that September, and the city fell.",
                "1993-09",
                span="that September",
            ),
            Example(
                "In April 1861 he was promoted that September and given a brigade.",
                "1861-09",
                span="that September",
                domain="narrative",
            ),
            Example(
                "He invaded Saxony in 1706. The treaty, signed that September, ended the war.",
                "1706-09",
                span="that September",
            ),
            Example(
                "Wolfe reached Quebec in 1759. He arrived that June with 9,000 men.",
                "1759-06",
                span="that June",
                domain="narrative",
            ),
        ),
        negatives=(
            "He says that September brought rain.",
            "It may be that May will resign.",
            "He said that March would be wet.",
            "Forecasters said that May, June and July would be dry.",
            "Forecasters warned that May, June and July would be dry.",
            "The rain held that March was the wettest month.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.latest_week",
        type="DATE",
        # "Claims fell 19,000 in the latest week", "prices rose in the latest month": the last
        # week (month) the figures cover, the one before the report's.
        pattern=r"the (?:latest|most recent) (?P<unit>week|month)(?![\w'’-])(?! (?:or|and) )",
        parse=_latest_week,
        examples=(
            Example("Initial claims fell 19,000 in the latest week.", "2025-W18", span="the latest week"),
            Example("Prices rose 0.2% in the most recent month.", "2025-04", span="the most recent month"),
        ),
        negatives=("It was the latest weekly gain.",),
    ),
    Rule(
        name="relative.edge_of_reported_period",
        type="DATE",
        # "Backlog reached $2.1 billion at the end of the period": an edge of the quarter the report
        # is about. (News only: a history's "the end of the period" is an era's.)
        pattern=r"(?:the )?(?P<where>end|close|beginning|start) of the period\b(?! of\b)",
        parse=_edge_of_reported_period,
        examples=(
            Example(
                "Revenue rose in the quarter ended July 31. Backlog reached $2.1 billion at the end of the "
                "period.",
                "2019-Q2",
                span="the end of the period",
                mod="END",
                dct="2019-08-23",
            ),
        ),
        negatives=("The end of the period of mourning came in May.",),
        domains=("news",),
    ),
    Rule(
        name="relative.reported_quarter",
        type="DATE",
        pattern=(
            r"the (?:(?P<which>latest|most recent|same|comparable year-ago|comparable year-earlier|"
            r"comparable prior-year|comparable|corresponding|year-ago|year-earlier|year-before|prior-year|"
            # (Filings write it without the hyphen too: "the prior year period".)
            r"comparable prior year(?= period)|prior year(?= period)|"
            r"previous|prior|preceding) )?"
            # ("a quarter-point cut": a quarter of a percentage point, no time.)
            # ("for the quarter-century since": a fourth of a century.)
            # ("added the quarter section to the east": a farm's 160 acres.)
            r"(?:(?P<quarter>quarter)|(?P<period>period))(?!s|-to-|[- ]?finals?\b|-(?:point|percent|percentage|century)\b)"
            r"(?! sections?\b)"
            # ("the quarter of Achradina held out": a district of a city named after it.)
            r"(?! of (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Fiscal)[a-z.]*\b)[A-Z][a-z])"
            r"(?P<ago> (?:a year (?:ago|earlier)|(?:of |in )?(?:last|the previous|the prior) year)(?!['’]))?"
            # "over the same period of 1997": the period in question, in that year.
            r"(?(ago)|(?: (?:of|in) (?P<of_year>1[89][0-9]{2}|20[0-9]{2})(?![0-9'’-]))?)"
            # The day the quarter ended on, when the text gives it ("the quarter ended July 31").
            # ... or only its month: "the quarter ending in March", "the quarter to March" (British).
            r"(?:(?= (?:(?:that |which )?end(?:ed|ing|s) (?:on |in )?|to )(?=[A-Z]){month:end_month}"
            r"(?: {day:end_day}\b|(?![\w-])))|)"
        ),
        parse=_reported_quarter,
        examples=(
            Example("The quarter ends Sunday.", "2025-Q2", span="The quarter"),
            Example(
                "Profit rose in the third quarter. Sales in the quarter grew.",
                "2025-Q3",
                span="the quarter",
                dct="2025-11-02",
            ),
            Example(
                "GDP grew 7.2 percent in the first quarter over the same period of 1997.",
                "1997-Q1",
                span="the same period of 1997",
                dct="1998-04-23",
            ),
            Example(
                "In the first two months of this year, exports climbed 22 percent over the same period last year.",
                "1996",
                span="the same period last year",
                dct="1997-03-03",
            ),
            Example(
                "Net income in the quarter fell from the year-ago quarter.", "2025-Q1", span="the quarter"
            ),
            Example(
                "Profit in the third quarter was up from the year-ago quarter.",
                "2024-Q3",
                span="the year-ago quarter",
                dct="2025-11-02",
            ),
            Example(
                "It expects a loss in the fourth quarter after a profit in the latest quarter.",
                "2025-Q3",
                span="the latest quarter",
                dct="2025-11-02",
            ),
            # A fiscal fourth quarter reported on in November is the one the report is about.
            Example(
                "The retailer reported weaker fourth-quarter results. Revenue in the latest period climbed 6%.",
                "2025-Q4",
                span="the latest period",
                dct="2025-11-02",
            ),
            # A forecast is not the quarter the figures are for.
            Example(
                "Net fell in the third quarter. Analysts say losses will last through the second "
                "quarter of 2026. In the year-ago period, it earned $4 million.",
                "2024-Q3",
                span="the year-ago period",
                dct="2025-10-26",
            ),
            # With no quarter named, the day it ended tells which: May to July is mostly the second.
            Example(
                "In the quarter ended July 31, the printer had 5.6 million shares outstanding.",
                "2025-Q2",
                span="the quarter",
                dct="2025-10-30",
            ),
            Example(
                "Profit rose 5% in the quarter to March, the bank said.",
                "2025-Q1",
                span="the quarter",
                dct="2025-05-09",
            ),
            Example(
                "The chain lost $2 million in the quarter ended Feb. 29, it said.",
                "2024-Q1",
                span="the quarter",
                dct="2024-03-14",
            ),
            Example(
                "Profit slid 12% in the third quarter that ended Sept. 30, which compares with a gain in the "
                "corresponding period last year, the bank said.",
                "2024-Q3",
                span="the corresponding period last year",
                dct="2025-11-02",
            ),
            Example(
                "The insurer lost $8 million in the third quarter; in the quarter a year ago, it made $3 million.",
                "2024-Q3",
                span="the quarter a year ago",
                dct="2025-11-02",
            ),
            # "prior-year" is "year-ago", as earnings releases write it.
            Example(
                "Revenue rose 9% in the third quarter from the prior-year period.",
                "2024-Q3",
                span="the prior-year period",
                dct="2025-11-02",
            ),
            Example(
                "Operating expenses increased 8% compared to the prior year period.",
                "2024-Q1",
                span="the prior year period",
            ),
            # After nine-month figures, the period in question is the year.
            Example(
                "Net rose in the third quarter, and for the nine months it earned $9 million, after a "
                "loss in the year-earlier period.",
                "2024",
                span="the year-earlier period",
                dct="2025-11-02",
            ),
            # An earlier quarter named after the reported one is a comparison.
            Example(
                "Net rose 20% in the third quarter. After a weak second quarter, margins grew. "
                "Charges were taken in the year-earlier period.",
                "2024-Q3",
                span="the year-earlier period",
                dct="2025-11-02",
            ),
        ),
        negatives=(
            "He has led the firm for the quarter-century since.",
            "The quarter-point cut surprised traders.",
            "the period",
            "The quarter-to-quarter comparison was better.",
            # A round of a cup: "the quarter-final draw", "the quarterfinals".
            "The quarter-final draw takes place on Monday.",
            "She reached the quarterfinals in Paris.",
            "The city fell, but the quarter of Achradina held out for months.",
        ),
        priority=1,
        # (A history reports on no quarter: its "during the same period" is the story's.)
        domains=("news",),
    ),
    Rule(
        name="relative.week_or_month_of_move",
        type="DATE",
        # (First, a market report's sentence that opens on it: "For the week, the Dow was down 33
        # points.")
        pattern=r"(?:(?<=\A(?-i:For)\s)|(?<=[.!?]\s(?-i:For)\s)|(?<=\n(?-i:For)\s))the (?P<opening>week|month)(?=,)|"
        # ... and the month a report has named, its figures' ("In December alone, exports jumped
        # 14.1 percent. Imports grew 6 percent in the month.").
        # ("closed 240 stores for at least a day during the month.")
        # ("jumped 0.7% in December, ... during the month's bitter cold snap": its possessive too.)
        + r"(?:(?<=\bin\s)|(?<=\bduring\s))the (?P<in_month>month)(?=\s*[.,;:]|['’]s\s)|"
        # ... and a close over it: "The Dow finished the month down 11.1 percent".
        # ("climbed 27 points to finish the week with a modest gain".)
        + after_one_of(
            "finished", "ended", "closed", "finishing", "ending", "closing", "finish", "end", "close"
        )
        + r"the (?P<closed>week|month)(?= (?:down|up|at|with|higher|lower|above|below|near)\b)|"
        # ... and the month of figures a report has named: "Producer prices climbed 0.3% in
        # November. The department will release its consumer price index for the month on Friday".
        + after_one_of(r"index\sfor", r"figures\sfor", r"data\sfor", r"report\sfor", r"numbers\sfor")
        + r"the (?P<figures_month>month)\b|"
        # ("American share prices rose by 8% over the week", "up 2.6 percent on the week".)
        + after_one_of("for", "during", "over", "on")
        # ("trimming its gain for the week to 0.3 percent", "Its loss for the week was 2%".)
        + r"the (?P<unit>week|month)(?=\s*(?:[,.;:)]|$)|\s+(?:and|but|as|after|while|to|was|is|stood)\b)",
        parse=_week_or_month_of_move,
        examples=(
            Example("The index is up 2.1% for the week.", "2025-W19", span="the week"),
            Example("The Dow climbed to finish the week with a modest gain.", "2025-W19", span="the week"),
            Example("The main index was up 2.6 percent on the week.", "2025-W19", span="the week"),
            Example(
                "Trading was thin, with many funds closing their books for the month.",
                "2025-05",
                span="the month",
            ),
            Example(
                "The Dow ended last week at 2596.72, down 93.47 points for the week.",
                "2025-W18",
                span="the week",
            ),
            Example(
                "The Nasdaq plunged 9.7 percent on Friday and 25 percent for the week.",
                "2025-W18",
                span="the week",
                dct="2025-05-06",
            ),
            Example(
                "Stocks fell on Friday. For the week, the Dow was down 33 points.",
                "2025-W19",
                span="the week",
            ),
            Example("Brent rose 2% on Friday and is up 6% for the month.", "2025-05", span="the month"),
            Example("Gold was flat for the week, but copper fell.", "2025-W19", span="the week"),
            Example(
                "The S&P 500 fell Wednesday, trimming its gain for the week to 0.3 percent.",
                "2025-W19",
                span="the week",
            ),
            Example("EBay shares dropped 6 percent during the week.", "2025-W19", span="the week"),
            Example("American share prices rose by 8% over the week.", "2025-W19", span="the week"),
            Example("The Dow finished the month down 11.1 percent.", "2025-05", span="the month"),
            Example(
                "Stocks closed lower on Friday, ending the week with their steepest loss since March.",
                "2025-W19",
                span="the week",
            ),
            Example(
                "Producer prices climbed 0.3% in November. The department will release its consumer"
                " price index for the month on Friday.",
                "1989-11",
                span="the month",
                dct="1989-12-12",
            ),
            Example(
                "In December alone, exports jumped 14.1 percent. Imports grew 6 percent in the month.",
                "2012-12",
                span="the month",
                dct="2013-01-11",
            ),
            Example(
                "Producer prices jumped 0.7% in December, driven by energy costs during the month's bitter"
                " cold snap.",
                "1989-12",
                span="the month",
                dct="1990-01-12",
            ),
        ),
        negatives=(
            "Rents doubled during the month.",
            "She stayed in Paris for the week.",
            "The museum is closed for the month.",
            "Prices are up for the week ahead.",
        ),
    ),
    Rule(
        name="relative.reported_year",
        type="DATE",
        # Not "the year's" (a possessive names something else), not "the year-ago quarter", "the
        # year before" or "the year 2000" (other rules), not "the year of/when/in which ..." (a year
        # the clause defines), not "Man of the Year" (a title: lower-case "year" only). "The current
        # fiscal year that ..." is determined already: "that" starts a clause about it. "A high for
        # the year of $57" is a price, not "the year of" a clause.
        pattern=(
            # (Not an award's, "player of the year", "coach of the year": the title has no date.)
            "".join(
                rf"(?<!\b{title}\sof\s)"
                for title in (
                    "player",
                    "coach",
                    "manager",
                    "rookie",
                    "athlete",
                    "person",
                    "team",
                    "album",
                    "song",
                    # ("the district's teacher of the year".)
                    "teacher",
                    "employee",
                    "volunteer",
                    "citizen",
                    "officer",
                    "nurse",
                    "artist",
                    "writer",
                    "book",
                    "car",
                    "word",
                    "horse",
                    "newcomer",
                    "executive",
                    "entrepreneur",
                )
            )
            # (Not a date's field: "the last two digits of the year", "record the year with only
            # two digits".)
            # ("said net income for its fiscal year rose 21%": the possessive stays outside.)
            + r"(?<!\bdigits\sof\s)(?<!\bdigits\sfor\s)(?P<appositive>(?<=[0-9],\s)|(?<=\b(?:BC|AD),\s))?"
            # ("used two digits to represent the year": a date's field too.)
            + "".join(rf"(?<!\b{verb}\s)" for verb in ("represent", "denote", "store", "encode", "display"))
            # (Only after a preposition: "changed its fiscal year in July" is no year.)
            + r"(?:the |(?:"
            + "|".join(
                rf"(?<=\b{preposition}\s{possessive}\s)"
                for preposition in ("for", "in", "during", "over", "through")
                for possessive in ("its", "their")
            )
            + r")(?=fiscal year\b(?! (?:ended|ending|ends|to)\b)))"
            # ("until the new fiscal year began on Sunday": the one just begun, the current one.)
            r"(?:(?P<which>full|whole|entire|current|latest|most recent|new(?= (?:fiscal|financial|business) year\b)) )?(?:(?P<fiscal>fiscal|financial|business|calendar) )?(?-i:year)"
            r"(?!s?['’-]|\s*[0-9])(?! (?:ago|earlier|before|after|later|prior|following|of(?! \$)|when|"
            r"in which|during which|two thousand|nineteen|eighteen|seventeen)\b)"
            r"(?(which)|(?(fiscal)|(?! that\b)))"
            r"(?! (?:with|in|as) (?:only |just )?(?:two|four|2|4)[ -]digits?\b)"
        ),
        parse=_reported_year,
        examples=(
            Example("Exports for the full year grew 7%.", "2025", span="the full year"),
            Example(
                "The brewer expects stronger margins in the current fiscal year.",
                "2025",
                span="the current fiscal year",
            ),
            Example("For the year, volume was flat.", "2025", span="the year"),
            Example(
                "Investors held off selling until the new fiscal year began on Sunday.",
                "2025",
                span="the new fiscal year",
            ),
            Example("The chain said net income for its fiscal year rose 21%.", "2025", span="fiscal year"),
            # Told in the past in the weeks a year's results take to come out: the year just closed.
            Example("For the full year, revenue climbed 9%.", "2023", span="the full year", dct="2024-01-25"),
            Example("Revenue for the year will climb 9%.", "2024", span="the year", dct="2024-01-25"),
            Example(
                "The grocer's fiscal 2026 began in June. It expects sales to rise in the fiscal year.",
                "2026",
                span="the fiscal year",
            ),
            Example(
                "Few analysts think the current fiscal year that opened in April will be easy.",
                "2025",
                span="the current fiscal year",
            ),
            Example("The bond hit a low for the year of $87 in March.", "2025", span="the year"),
            Example(
                "The chain booked revenue of $4 billion for the latest fiscal year.",
                "2024",
                span="the latest fiscal year",
            ),
            Example(
                "A quarter of adults met the target in 2012, the latest year available.",
                "2012",
                span="the latest year",
            ),
            Example("Output was cut earlier in the year.", "2025", span="earlier in the year", mod="START"),
            Example("Later in the year, the plant will reopen.", "2025", span="Later in the year", mod="END"),
            Example(
                "He was first elected general in 431 BC, the year the war with Sparta began.",
                "BC0431",
                span="the year",
                domain="narrative",
            ),
            Example("The bank opened in 1998, the year the euro was born.", "1998", span="the year"),
        ),
        negatives=(
            "He was named country doctor of the year.",
            "He was named player of the year.",
            "It was the year's best film.",
            "He was named Man of the Year.",
            "the year in which the war ended",
            "It was the year that the war ended.",
            "the year-ago quarter",
            "Old computers read only the last two digits of the year.",
            "Many computers record the year with only two digits.",
            "Programs used two digits to represent the year in order to save memory.",
        ),
        priority=1,
    ),
    Rule(
        name="relative.period_to_date",
        type="DATE",
        # "up 41% year-to-date", "sales in the year to date", "month-to-date volume": the period
        # the DCT is in, so far.
        pattern=(
            r"(?:the (?P<unit>year|quarter|month|week)[- ]to[- ]date"
            r"|(?P<unit_hyphen>year|quarter|month|week)-to-date"
            # Unhyphened and bare after a figure or opening its sentence ("up 12 percent year to
            # date", "Year to date, sales rose"; not "the best year to date"), and the tables' "YTD".
            r"|(?:(?<=%\s)|(?<=\bpercent\s)|(?<=\bcent\s)|(?<=\bpoints\s)|(?<=[.!?]\s)|(?<=^)|(?<=\n)"
            # ... or after the change it measures: "a 22% gain year to date".
            r"|(?<=\bgain\s)|(?<=\bgains\s)|(?<=\bloss\s)|(?<=\bdecline\s)|(?<=\bdrop\s)|(?<=\brise\s)"
            r"|(?<=\bup\s)|(?<=\bdown\s)|(?<=\bhigher\s)|(?<=\blower\s))"
            r"(?P<unit_figure>year|quarter|month|week) to date|(?-i:YTD))(?![\w-])"
        ),
        parse=_period_to_date,
        examples=(
            Example("The index has a 22% gain year to date.", "2025", span="year to date"),
            Example("The stock is up 41% year-to-date.", "2025", span="year-to-date"),
            Example("Year-to-date, the fund has returned 8%.", "2025", span="Year-to-date"),
            Example("Sales are up 4% in the year to date.", "2025", span="the year to date"),
            Example("Volume is down 3% month-to-date.", "2025-05", span="month-to-date"),
            Example("Shares have gained 12 percent year to date.", "2025", span="year to date"),
            Example("Year to date, the index is flat.", "2025", span="Year to date"),
            Example("The fund is up 3% YTD.", "2025", span="YTD"),
        ),
        negatives=("The figures are not up to date.", "It was the best year to date.", "ytd"),
        priority=2,
    ),
    Rule(
        name="relative.reported_quarter_in_year",
        type="DATE",
        pattern=r"the {year4:year} (?:(?P<quarter>quarter)|(?P<period>period))(?!s)",
        parse=_reported_quarter_in_year,
        examples=(
            Example(
                "Profit rose in the third quarter, after a loss in the 2024 quarter.",
                "2024-Q3",
                span="the 2024 quarter",
                dct="2025-11-02",
            ),
            Example(
                "Sales in the second quarter rose from the 2024 period.",
                "2024-Q2",
                span="the 2024 period",
                dct="2025-08-01",
            ),
            Example(
                "Over the first nine months, profit reached $3 million, against a loss in the 2024 period.",
                "2024",
                span="the 2024 period",
                dct="2025-11-02",
            ),
        ),
        negatives=("the 2024 quarterly report",),
        priority=2,
    ),
    Rule(
        name="relative.days_after_the_assault",
        type="DATE",
        # (Only after the assault: "D-3" is as often a vitamin or a model as three days before.)
        pattern=r"(?<![\w-])(?-i:D)\s?\+\s?(?P<days>[0-9]{1,2})(?![\w.,]?[0-9])",
        parse=_days_after_the_assault,
        examples=(
            Example(
                "The division landed on Attu on 11 May 1943. By D+3 the beachheads were still apart.",
                "1943-05-14",
                span="D+3",
                domain="narrative",
            ),
        ),
        negatives=("Vitamin D-3 is made in the skin.",),
        domains=("narrative",),
    ),
    Rule(
        name="relative.judged_day",
        type="DATE",
        # (The noun alone, as TimeBank draws it; not "Today is a sad day", whose day "Today" names.)
        pattern=r"(?<=[a-z]\s)day(?=\s+for\b|[.!?,\"”])",
        parse=_judged_day,
        examples=(
            Example(
                "NATO took in Poland on Friday. Geremek said it was a great day for Poland.",
                "2025-05-09",
                span="day",
            ),
        ),
        negatives=("Today is a sad day for the Constitution.", "He had a great day at the office."),
        domains=("news",),
    ),
    Rule(
        name="relative.this_time_last",
        type="DATE",
        # "this time last year": the same day a year before the writing (the unit's "last" or
        # "next" counted from today), not the whole of last year.
        pattern=(
            r"(?:this|the same) time (?:(?P<which>last|next) (?P<unit>year|month|week)\b(?!['’])"
            r"|(?P<day>tomorrow|yesterday)\b)"
        ),
        parse=_this_time_last,
        examples=(
            Example("Prices are higher than this time last year.", "2024-05-09", span="this time last year"),
            Example("Come back the same time next week.", "2025-05-16", span="the same time next week"),
            Example("We will know the result this time tomorrow.", "2025-05-10", span="this time tomorrow"),
        ),
        negatives=("This time last year's champion lost.",),
        priority=2,
    ),
    Rule(
        name="relative.year_ago",
        type="DATE",
        # ("a year earlier than planned": how much earlier, a length.)
        pattern=r"(?:(?P<article>a) year (?:ago|earlier(?! than\b))|year-(?:ago|earlier))",
        parse=_compared_year_before,
        examples=(
            Example(
                "Profit rose in the third quarter from $5 million a year earlier.",
                "2024-Q3",
                span="a year earlier",
                dct="2025-11-02",
            ),
            Example("Prices were higher a year ago.", "2024", span="a year ago"),
            Example(
                "Hiring slowed in the first half of the year. The economy is better now than it was a year ago.",
                "2024",
                span="a year ago",
            ),
            Example(
                "Net rose in the third quarter. For the nine months, net was $9 million, up from "
                "$7 million a year earlier.",
                "2024",
                span="a year earlier",
                dct="2025-11-02",
            ),
            Example(
                "Net rose in the third quarter. Last year catastrophe losses were small, and the "
                "year-earlier results were restated.",
                "2024",
                span="year-earlier",
                dct="2025-11-02",
            ),
            # "Expects to report" a closed quarter: still the quarter the figures are for.
            Example(
                "The airline expects to post a wider third-quarter loss. A year earlier, it made $2 million.",
                "2024-Q3",
                span="A year earlier",
                dct="2025-11-02",
            ),
            # After a sentence that told of an earlier year: the year before that one.
            Example(
                "In 2014, the school reopened. A year earlier, the mine had closed.",
                "2013",
                span="A year earlier",
            ),
        ),
        negatives=("They will leave a year earlier than planned.",),
        priority=3,
    ),
    Rule(
        name="relative.elided_unit",
        type="DATE",
        # "this year as last", "more this month than last", "this year and next": the noun is said
        # once, for both.
        pattern=(
            "(?:"
            + "|".join(
                rf"(?<=\b{unit}\s{joint}\s)"
                for unit in ("year", "month", "week", "quarter")
                for joint in ("as", "than", "and", "or")
            )
            + r")(?:last|next)(?=\s*(?:[.,;:!?)\"'’”]|$)|\s+(?:on|in|for|to|as|at|by|with|and|but)\b)"
        ),
        parse=_elided_unit,
        examples=(
            Example(
                "The plan would mean nearly twice as high a dividend this year as last.",
                "2024",
                span="last",
            ),
            Example("Fewer tourists came this month than last, the ministry said.", "2025-04", span="last"),
            Example(
                "The state will spend 1.1 billion yuan this year and next on dikes.", "2026", span="next"
            ),
        ),
        negatives=(
            "He won more games this year than last season.",
            "She ran as fast this year as the last time.",
            "Every year as last.",
            "He came this year and next week he leaves.",
        ),
        priority=2,
    ),
    Rule(
        name="relative.compared_last_year",
        type="DATE",
        # "compared with $3 million last year", "up from last year's $2.4 billion", "last year's
        # results": the figures of the period being compared, a year before, as with "a year earlier".
        pattern=(
            r"(?:(?<=million\s)|(?<=billion\s)|(?<=\bcents\s)|(?<=\ba\sshare\s)|(?<=\ba\sshare,\s)"
            r"|(?<=\bfrom\s)|(?<=\bwith\s)|(?<=\bthan\s))last year"
            r"|last year(?=['’]s (?:results|figures)\b)"
        ),
        parse=_compared_year_before,
        examples=(
            Example(
                "Net income rose in the third quarter to $8 million, compared with $6 million last year.",
                "2024-Q3",
                span="last year",
                dct="2025-11-02",
            ),
            Example(
                "Revenue for the latest quarter reached $2 billion, up 9% from last year's $1.8 billion.",
                "2024-Q3",
                span="last year",
                dct="2025-11-02",
            ),
            Example(
                "For the nine months, profit climbed to $52 million from $40 million last year.",
                "2024",
                span="last year",
                dct="2025-11-02",
            ),
            Example("Exports fell to $3 billion from $4 billion last year.", "2024", span="last year"),
            Example(
                "Net for the second quarter rose 5%. Last year's results included a charge.",
                "2024-Q2",
                span="Last year",
                dct="2025-08-01",
            ),
        ),
        negatives=("He resigned last year.", "The company lost $4.97 billion last year."),
        priority=2,
    ),
    Rule(
        name="relative.month_of_year",
        type="DATE",
        pattern=(
            # ("on October 27th of last year".)
            r"(?:{day:day_first} )?{month}(?: {day}(?:st|nd|rd|th)?)?,? (?:of )?(?P<det>this|last|next|that|the same|that same|the following|the next|"
            r"the previous|the preceding|the prior) year(?!s?['’-])"
        ),
        parse=_month_of_year,
        examples=(
            Example("January this year", "2025-01"),
            Example("June last year", "2024-06"),
            Example(
                "The worst was the drop on October 27th of last year.",
                "2024-10-27",
                span="October 27th of last year",
            ),
            Example(
                "The siege began in 1863. By June of that year, food was short.",
                "1863-06",
                span="June of that year",
            ),
            Example(
                "The pact was sealed in 1962; on March 11 of the same year the fleet sailed.",
                "1962-03-11",
                span="March 11 of the same year",
            ),
            Example(
                "The empire was all but gone in 1806; it was dissolved on 6 August of that year.",
                "1806-08-06",
                span="6 August of that year",
            ),
            Example(
                "The war began in 1861. In April of the following year the army advanced.",
                "1862-04",
                span="April of the following year",
            ),
            Example(
                "The siege ended in 1453; in May the previous year the walls were breached.",
                "1452-05",
                span="May the previous year",
            ),
        ),
        priority=3,
    ),
    Rule(
        name="relative.weekend",
        type="DATE",
        # "the holiday weekend", "the long weekend": the weekend, as the text's tense places it.
        # ("after the long holiday weekend": both.)
        pattern=r"the (?:(?:long |three-day |four-day )?(?:holiday|long|three-day|four-day|bank holiday) )?"
        r"weekend(?P<gone> just (?:gone|past)\b)?(?! " + _EVENT_OF_THE_WEEKEND + r")"
        # ... and the weekend of an event after it, without the event's article: "won 52 percent in
        # the weekend run-off", "the weekend clashes left 12 dead".
        r"|(?<=\bthe\s)weekend(?= " + _EVENT_OF_THE_WEEKEND + r")"
        # ... and a headline's, without its article: "Bitter cold settles in; snow possible by
        # weekend".
        r"|(?:(?<=\bby\s)|(?<=\bover\s)|(?<=\buntil\s)|(?<=\bthrough\s))weekend(?=\s*(?:\n|$))",
        parse=_weekend,
        examples=(
            Example("Talks collapsed over the weekend.", "2025-W18-WE", span="the weekend"),
            Example("Sales rose over the weekend just gone.", "2025-W18-WE", span="the weekend just gone"),
            Example("Traffic was heavy over the holiday weekend.", "2025-W18-WE", span="the holiday weekend"),
            Example(
                "Stocks bounced back after the long holiday weekend.",
                "2025-W18-WE",
                span="the long holiday weekend",
            ),
            Example("They will meet over the weekend.", "2025-W19-WE", span="the weekend"),
            Example(
                "Mursi won 52 percent of the vote in the weekend run-off.", "2025-W18-WE", span="weekend"
            ),
            Example("Bitter cold settles in; snow possible by weekend\n", "2025-W19-WE", span="weekend"),
        ),
    ),
    Rule(
        name="relative.years_ago_weekday",
        type="DATE",
        # "Fifty years ago Sunday, the Sputnik flew": a feature's count of years back from the
        # weekday nearest its day, the anniversary it marks (one date, as "a week after Oct. 13").
        pattern=r"(?P<amount>{number}) years ago,? (?:on |this |last )?{weekday}(?!['’])",
        parse=_years_ago_weekday,
        examples=(
            Example(
                "Fifty years ago Sunday, a fire swept the hotel.",
                "1958-11-30",
                dct="2008-11-28",
                span="Fifty years ago Sunday",
            ),
            Example(
                "Thirty years ago on Tuesday, the dam gave way.",
                "1993-05-09",
                dct="2023-05-06",
                span="Thirty years ago on Tuesday",
            ),
        ),
        priority=3,
    ),
    Rule(
        name="relative.from_named_date",
        type="DATE",
        pattern=(
            # ("the last ten days before Christmas" is a length, and the feast: not a day.)
            # ("Doses are given twice a day from Monday": a rate, not a count from the day.)
            # ("in the two weeks before Christmas" too: the article makes the count a length.)
            # ("over the past 12 months before Wednesday's report" too.)
            r"(?:(?<!\blast\s)(?<!\bfirst\s)(?<!\bfinal\s)(?<!\btwice\s)(?<!\bonce\s)(?<!\bthrice\s)(?<!\bthe\s)"
            r"(?<!\bpast\s)(?<!\bprevious\s)(?<!\bpreceding\s)"
            # ("a little more than a month before the Nov. 5 election", "less than a week before":
            # with its bound.)
            r"(?P<bound>(?:a little |just |slightly )?(?:more|less) than )?"
            r"(?P<amount>{number}) (?P<unit>days?|weeks?|fortnights?|months?|years?)"
            r"|the (?P<unit1>day|week(?= (?:before|after) (?:{month:week_month} [0-9]|"
            + HOLIDAY_NAMES
            + r")))|(?P<eve>the eve))"
            r" (?P<when>before|after|following|prior to|of|from|on) "
            r"(?:(?:(?P<det>last|next|this past|this coming|this|the previous|the following) )?{weekday}"
            # ("a week before the Nov. 6 election": the day its event is named by.)
            r"|(?:(?:the (?=[A-Z][a-z]+\.? [0-9]{1,2}(?:st|nd|rd|th)? (?:presidential |general |parliamentary )?"
            r"(?:elections?|vote|referendum|runoff|deadline|summit)\b))?"
            r"{month} {day}(?:st|nd|rd|th)?|(?P<holiday>" + HOLIDAY_NAMES + r"))(?:,? {year4:year})?"
            r"|{day:day2}(?:st|nd|rd|th)? (?:of )?{month:month2}(?:,? {year4:y})?"
            r"|(?P<new_year>the new year)|(?<=from\s)(?P<tomorrow>tomorrow))"
        ),
        parse=_from_named_date,
        examples=(
            Example(
                "The vote was held three days before May 5.", "2025-05-02", span="three days before May 5"
            ),
            Example(
                "He suspended campaigning a week before the Nov. 6 election.",
                "2012-10-30",
                dct="2012-10-31",
                span="a week before the Nov. 6",
            ),
            Example(
                "Two days after Christmas the talks resumed.", "2024-12-27", span="Two days after Christmas"
            ),
            Example(
                "They struck nine days before the new year.",
                "2024-12-23",
                dct="2024-11-30",
                span="nine days before the new year",
            ),
            Example(
                "He was seen the day before last Tuesday.", "2025-05-05", span="the day before last Tuesday"
            ),
            Example("Talks will resume a week from Monday.", "2025-05-19", span="a week from Monday"),
            Example("The review is a week from Friday.", "2025-05-16", span="a week from Friday"),
            Example("Payment is due two weeks from tomorrow.", "2025-05-24", span="two weeks from tomorrow"),
            Example("United play Chelsea a week on Saturday.", "2025-05-17", span="a week on Saturday"),
            Example(
                "A week after Jan. 6, 2021, the inquiry began.",
                "2021-01-13",
                span="A week after Jan. 6, 2021",
            ),
            Example("He was freed two days after Sunday's vote.", "2025-05-06", span="two days after Sunday"),
            Example("three days before May 5", "XXXX-XX-XX", dct=None),
            Example("Rebels attacked on the eve of May Day.", "2025-04-30", span="the eve of May Day"),
            Example(
                "The week before Christmas is the busiest.", "2024-W51", span="The week before Christmas"
            ),
            Example("Talks resume the week after May 21.", "2025-W22", span="the week after May 21"),
            Example("It reopened the day after 4 July 1990.", "1990-07-05", span="the day after 4 July 1990"),
        ),
        negatives=(
            "He said the last ten days before Christmas decide the season.",
            "The stock had gained 22% over the past 12 months before Wednesday's report.",
            "Traffic was fine in the two weeks before Christmas.",
            "three days before the vote",
            "the day after he left",
            "two days after the May vote",
            "He spent three days on Monday Island.",
        ),
        priority=3,
    ),
    Rule(
        name="relative.weeks_from_a_day",
        type="DATE",
        # "The inquiry reports a week today": British for a week from today. Not after a verb
        # that makes it a stretch ("It has been a week today since the flood"), nor "a week ago
        # today" (read by the rules for "ago").
        pattern=(
            r"(?<!\bbeen\s)(?<!\bit's\s)(?<!\bfor\s)"
            r"(?P<amount>a|one|two|three) (?P<unit>weeks?|fortnight) (?P<day>today|tomorrow|yesterday)\b"
            r"(?! since\b)"
        ),
        parse=_weeks_from_a_day,
        examples=(
            Example("The inquiry will report a week today.", "2025-05-16", span="a week today"),
            Example("The verdict is due a week tomorrow.", "2025-05-17", span="a week tomorrow"),
            Example("He was last seen a week yesterday.", "2025-05-01", span="a week yesterday"),
            Example("The vote is a fortnight today.", "2025-05-23", span="a fortnight today"),
        ),
        negatives=(
            "It has been a week today since the flood.",
            "He has been missing for a week today.",
            "It is a week today since the flood.",
        ),
        priority=3,
    ),
    Rule(
        name="relative.weekday_week",
        type="DATE",
        pattern=(
            r"(?:the (?=[a-z]+ (?:after next|before last)\b))?{weekday} (?:(?-i:(?P<week>week|fortnight))(?![\w-])"
            r"|(?P<when>after next|before last)\b(?! (?:week|weekend|month|year|time|[a-z]+day)\b))"
        ),
        parse=_weekday_week,
        examples=(
            Example("The final is on Saturday week.", "2025-05-17", span="Saturday week"),
            Example("The vote is set for Monday after next.", "2025-05-19", span="Monday after next"),
            # On a Friday, two Fridays away, as "next Friday" is the one a week away.
            Example("They meet again the Friday after next.", "2025-05-23", span="the Friday after next"),
            Example("The minister will report back Tuesday week.", "2025-05-20", span="Tuesday week"),
            Example("We meet again Tuesday fortnight.", "2025-05-27", span="Tuesday fortnight"),
            Example("We met the Monday before last.", "2025-04-28", span="the Monday before last"),
            Example("The fire broke out Saturday before last.", "2025-04-26", span="Saturday before last"),
        ),
        negatives=(
            "The Monday Week festival drew crowds.",
            "He worked a Saturday week-end shift.",
            "They sail on the Monday after next week's vote.",
            "He left on the Monday before last Tuesday's vote.",
        ),
        priority=3,
    ),
    Rule(
        name="relative.weeks_ago_weekday",
        type="DATE",
        pattern=r"(?P<amount>a|one|two|three) weeks? ago {weekday}",
        parse=_weeks_ago_weekday,
        examples=(
            Example("The fire broke out a week ago Sunday.", "2025-04-27", span="a week ago Sunday"),
            Example("The verdict came two weeks ago Thursday.", "2025-04-24", span="two weeks ago Thursday"),
            Example("It closed a week ago Friday.", "2025-05-02", span="a week ago Friday"),
        ),
        negatives=("It closed a week ago. Sunday was quiet.",),
        priority=3,
    ),
    Rule(
        name="relative.nth_day_of_event",
        type="DATE",
        # The article starts the extent; a possessive stays outside it ("his [first day] in office").
        pattern=(
            r"(?:(?P<the>the )|(?<=\b(?:his|her|its)\s)|(?<=\btheir\s))"
            # ("on 16 April, the last day on which a landing was possible": the day the clause
            # names, in apposition.)
            r"(?P<nth>{ordinal_word}|final|opening|last(?= day (?:of|on which)\b)) day(?!s|-)"
            # ("until the last hour of the last day of my term": a term's end, still to come.)
            r"(?! of (?:my|his|her|their|our|your) (?:term|presidency|tenure|life)\b)"
            # ("The last day of business will be Labor Day": a day the sentence goes on to date.)
            r"(?! of (?:business|school|classes|work)\b)"
            r"(?=(?P<of> of\b| on which\b)?)(?=(?P<office> in office\b)?)(?!" + _CALENDAR_AFTER + r")"
        ),
        parse=_nth_day_of_event,
        examples=(
            Example(
                "On 3 March 1921, the fourth day of the strike, the miners went home.",
                "1921-03-03",
                span="the fourth day",
            ),
            Example("Today is the tenth day of the siege.", "2025-05-09", span="the tenth day"),
            Example("She promised to act on her first day in office.", "2025-05-09", span="first day"),
            Example(
                "On 9 May, the last day of the talks, the envoys left.", "2025-05-09", span="the last day"
            ),
            Example(
                "It fired on 16 April, the last day on which a landing was possible.",
                "2025-04-16",
                span="the last day",
            ),
        ),
        negatives=(
            "the first day of May",
            "the first day of the year",
            "on the ninth day of the ninth month",
            "Shares fell for the third day in a row.",
            "the first days after the landing",
            'He said he would serve "until the last hour of the last day of my term."',
            "The last day of business will be Labor Day, Sept. 5.",
        ),
        priority=1,
    ),
    Rule(
        name="relative.nth_day_of_story",
        type="DATE",
        # After a preposition of time, a day or a part of one the story counts to: "On the
        # second day", "by the third evening", "towards the end of the second day" (the end is
        # ``combine``'s).
        pattern=r"(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bduring\s))the "
        # ("On the night of the second day the British abandoned their outer works".)
        r"(?:(?P<part_of>morning|afternoon|evening|night) of the (?=(?:{ordinal_word:ordinal_word3}) day\b))?"
        r"(?P<nth>{ordinal_word}) (?:day|(?P<part>morning|afternoon|evening|night))(?![\w-])"
        # ... or opening its sentence before the clause's subject: '"The first night we slept under
        # the sky," he said.'
        r"|(?:(?<=[.!?]\s)|(?<=\n)|(?<=[\"“])|(?<!.))(?-i:The) (?P<nth_opening>{ordinal_word:ordinal_word2}) "
        r"(?:day|(?P<part_opening>morning|afternoon|evening|night))"
        r"(?=,?\s+(?-i:we|they|he|she|I|it|there|the|our|their|his|her)\b"
        # ... or as the subject of a verb of a day's course: "The second day opened slowly".
        r"|\s+(?-i:opened|began|dawned|started|brought|saw|ended|passed)\b)",
        parse=_nth_day_of_story,
        examples=(
            Example(
                "The battle began on July 1, 1863. The second day opened slowly.",
                "1863-07-02",
                span="The second day",
                domain="narrative",
            ),
            Example(
                "The siege began on 6 April 1453. On the second day the walls were breached.",
                "1453-04-07",
                span="the second day",
                domain="narrative",
            ),
            Example(
                "The army entered the city on 29 May 1453. The looting ended on the third evening.",
                "1453-05-31TEV",
                span="the third evening",
                type="TIME",
                domain="narrative",
            ),
            Example(
                "The siege began on 28 September 1781. On the night of the second day the British withdrew.",
                "1781-09-29TNI",
                span="the night of the second day",
                type="TIME",
                domain="narrative",
            ),
            Example(
                'The quake struck on Tuesday, May 6. "The first night we slept under the sky," he said.',
                "2025-05-06TNI",
                span="The first night",
                type="TIME",
            ),
        ),
        negatives=(
            "The first day of school is Monday.",
            "The second day was quieter.",
            "Shares fell for the third day in a row.",
            "Prices rose on the second day of trading.",
            "It rained for the second day running.",
            "He scored on the first day after the break.",
        ),
        priority=1,
    ),
    Rule(
        name="relative.nth_year_of_war",
        type="DATE",
        # The war the text is about: its count starts where the story does.
        pattern=r"the (?P<nth>{year_ordinal_word}|[0-9]{1,2}(?:st|nd|rd|th)) year of the (?:war|conflict)\b",
        parse=_nth_year_of_war,
        examples=(
            # (In news, with no lead that dates the war, the year is unknown.)
            Example("Food ran short in the third year of the war.", "XXXX", span="the third year of the war"),
        ),
        negatives=("The drought was in its third year of the decade.",),
        priority=1,
    ),
    Rule(
        name="relative.nth_season_of_war",
        type="DATE",
        # "the first winter of the war": counted from the war's start as its years are.
        pattern=r"the (?P<nth>{year_ordinal_word}|[0-9]{1,2}(?:st|nd|rd|th)) "
        r"(?P<season>winter|summer|spring|autumn|fall) of the (?:war|conflict)\b",
        parse=_nth_season_of_war,
        examples=(
            Example(
                "War broke out in August 1914. The ship spent the first winter of the war off Iceland.",
                "1914-WI",
                span="the first winter of the war",
                domain="narrative",
            ),
            Example(
                "War broke out in September 1914. In the second summer of the war the ship was sent south.",
                "1916-SU",
                span="the second summer of the war",
                domain="narrative",
            ),
            Example(
                "Fuel ran short in the second winter of the war.",
                "XXXX-WI",
                span="the second winter of the war",
            ),
        ),
        priority=1,
    ),
    Rule(
        name="relative.nth_year_of_reign",
        type="DATE",
        # "the fourth year of his reign": a regnal year, counted from the accession the story last
        # dated ("became king in March 1461"; see ``resolve``); unknown without one. A regnal year
        # may name its ruler ("the thirteenth year of Edward III", "of the reign of King John"):
        # a name with its title or its number, which says it is a ruler's and not a place's.
        pattern=r"the (?P<nth>{year_ordinal_word}|[0-9]{1,2}(?:st|nd|rd|th)) year of "
        # ("the fiftieth year of Queen Victoria's reign": the ruler's possessive.)
        r"(?:(?:his|her) reign\b|" + _RULER + r"['’]s reign\b|(?:the reign of )?" + _RULER + ")",
        parse=_nth_year_of_war,
        examples=(
            Example(
                "Henry became king in April 1509. In the third year of his reign he went to war.",
                "1511",
                span="the third year of his reign",
                domain="narrative",
            ),
            Example(
                "The king came to the throne in 1760. In the forty-second year of his reign he lost "
                "his reason for good.",
                "1801",
                span="the forty-second year of his reign",
                domain="narrative",
            ),
            Example(
                "In 1887, the fiftieth year of Queen Victoria's reign, she published a volume of verse.",
                "1887",
                span="the fiftieth year of Queen Victoria's reign",
                domain="narrative",
            ),
            Example(
                "Mahmud II ruled from 1581 to 1632. In the tenth year of his reign he moved the capital.",
                "1590",
                span="the tenth year of his reign",
                domain="narrative",
            ),
            Example(
                "The old king died in 1581 and was succeeded by his son. In the tenth year of his reign "
                "the capital moved.",
                "1590",
                span="the tenth year of his reign",
                domain="narrative",
            ),
            Example(
                "The coins were struck in the tenth year of her reign.",
                "XXXX",
                span="the tenth year of her reign",
                domain="narrative",
            ),
            Example(
                "Edward III came to the throne in January 1327. In the thirteenth year of Edward III "
                "he took the title of King of France.",
                "1339",
                span="the thirteenth year of Edward III",
                domain="narrative",
            ),
            Example(
                "The charter was sealed in the seventh year of the reign of King John.",
                "XXXX",
                span="the seventh year of the reign of King John",
                domain="narrative",
            ),
            # (The accession the story dates is another ruler's: the year is unknown.)
            Example(
                "Philip VI was crowned in May 1328. The truce was signed in the fifth year of Edward III.",
                "XXXX",
                span="the fifth year of Edward III",
                domain="narrative",
            ),
        ),
        negatives=(
            "It was the third year of the drought.",
            "It was the second year of Operation Rolling Thunder.",
            "the first year of Harvard Law School",
        ),
        priority=1,
    ),
    Rule(
        name="relative.position_in_period",
        type="DATE",
        # "Late in the month the fleet was scattered": a part of the month the story is at. (The
        # year is "the year" and its modifier; "late in the war" is no calendar period; "later in
        # the week" after "Monday" may be that Monday's week, not the one in progress.)
        pattern=r"(?P<where>early|late|earlier|later|mid)[ -]in (?:the|this) (?P<unit>month|decade|century)\b",
        parse=_position_in_period,
        examples=(Example("Prices rose late in the month.", "2025-05", span="late in the month", mod="END"),),
        negatives=("The army was weakened late in the war.",),
        priority=1,
    ),
    Rule(
        name="relative.position_in_story_week",
        type="DATE",
        # "they meet again later in the week", "prices fell earlier in the week": a part of the
        # week the story is at, the one a date just told names ("On Monday ... later in the
        # week"), else the DCT's, as "later that week" is. (Not "later in the day": TimeBank
        # mostly leaves the day a story is at untagged there.)
        # ("the storm weakened early in the week": its first days.)
        pattern=r"(?P<where>earlier|later|early|late)[ -]in (?:the|that) (?P<unit>week)\b(?![-'’])",
        parse=_position_in_period,
        examples=(
            Example(
                "Officials said the storm weakened early in the week.",
                "2025-W19",
                span="early in the week",
                mod="START",
            ),
            Example(
                "The ministers will meet again later in the week.",
                "2025-W19",
                span="later in the week",
                mod="END",
            ),
            Example(
                "The talks opened on Monday, May 12. Earlier in the week, the envoys had met in Rome.",
                "2025-W20",
                span="Earlier in the week",
                mod="START",
                domain="news",
            ),
        ),
        negatives=("Prices fell later in the week-long auction.",),
        priority=1,
    ),
    Rule(
        name="relative.part_of_period",
        type="DATE",
        # "the rest of the century": what is left of the period the text is at, a part of it that
        # reaches its end, as "the end of the year" is (TimeML gives it the period's value).
        pattern=(
            r"(?:the )?(?P<where>end|close|beginning|start|middle|turn|rest|remainder) of (?:the|(?P<this>this)) "
            # ("since the middle of the last century": the one before the DCT's.)
            r"(?:(?P<last>last|previous) (?=century|decade))?"
            # (Not "the middle of the year 1411": that year's, a date's edge.)
            # ("the rest of the day's headlines": the day's news, no part of the day.)
            r"(?P<unit>year(?! [0-9]{1,4}\b)|month|week|decade|century|quarter|day)\b(?!['’]s\b)"
            # ("by the end of the day Thursday": that Thursday's end, the weekday's with its mod.)
            # (... and "by the end of the day tomorrow": tomorrow's end.)
            r"(?!(?<=day)\s+(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|tomorrow|today)\b)"
        ),
        parse=_part_of_period,
        examples=(
            Example(
                "Downpours have grown more intense since the middle of the last century.",
                "19",
                span="the middle of the last century",
                mod="MID",
                dct="2019-06-20",
            ),
            Example("the end of the year", "2025", mod="END"),
            Example(
                "The guns opened fire on 3 July 1863. By the end of the day the ridge was lost.",
                "1863-07-03",
                span="the end of the day",
                mod="END",
                domain="narrative",
            ),
            Example("the beginning of the month", "2025-05", mod="START"),
            # A filing's quarter, as a year: an end still to come told in the past is the last one's.
            Example(
                "Backlog at the end of the quarter was $900 million.",
                "2025-Q1",
                span="the end of the quarter",
                mod="END",
            ),
            Example(
                "The deal should close by the end of the quarter.",
                "2025-Q2",
                span="the end of the quarter",
                mod="END",
            ),
            # The turn of a period is the one nearest the text, whatever the tense.
            Example(
                "Life at the turn of the century was hard.", "19", span="the turn of the century", mod="END"
            ),
            Example("Sales will stay weak for the rest of the year.", "2025", span="the rest of the year"),
            Example(
                "The quake struck at 2:46 p.m. Friday. Trains were suspended for the rest of the day.",
                "2025-05-09",
                span="the rest of the day",
                dct="2025-05-10",
            ),
            Example(
                "Demand should stay strong for the rest of the decade.", "202", span="the rest of the decade"
            ),
        ),
        negatives=(
            "Now the rest of the day's headlines.",
            "At the end of the day, voters care about prices more than promises.",
            "The market was quiet in the middle of the day.",
        ),
        priority=1,
    ),
)
