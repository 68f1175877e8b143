"""Fuzzy references: "now" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF)."""

from __future__ import annotations

import re

from dateline.lexicon import lexicon_for
from dateline.partial import PartialTime
from dateline.rules.base import Example, Rule, RuleMatch, after_for, after_one_of, in_quoted_title

_LEXICON = lexicon_for("en")

#: "a few days later", "weeks later": some time after the story's last date, by an amount the text
#: does not give; "weeks earlier" is some time before it, and "a few days ago" some time before
#: today. "before"/"after" only end the expression when no anchor follows ("days after the vote"
#: is a span of its own).
_VAGUE_AMOUNT = (
    # (Not years an adjective describes: "has lived through bad years before" had them, at no
    # time the text says.)
    r"(?:(?<!the\s)(?<!\b(?:bad|wet|dry|hot)\s)(?<!\b(?:good|hard|lean|dark|best|cold|warm|busy|such|boom)\s)"
    r"(?<!\b(?:tough|great|worst|happy|those|these|worse|glory|salad)\s)(?<!\b(?:better|golden|harder)\s)"
    r"(?<!\bhappier\s)(?<!\bdifficult\s)"
    r"(?:(?:several|a few|many|some) )?(?:days|weeks|months|years|decades)"
    # ... and seasons counted ("a few summers ago").
    r"|(?<!the\s)(?:several|a few|many|some) (?:summers|winters|springs|autumns)"
    # "a year or two ago", "an hour or two later": one unit or a few more.
    r"|(?:a|an) (?:minute|hour|day|week|month|year|decade) or (?:two|three))"
)
_CLAUSE_END = r"(?=\s*[,.;:!?)]|\s*$)"
#: (Not "years earlier than planned": a length, compared.)
_LATER = rf"{_VAGUE_AMOUNT} (?:later(?! than\b)|afterwards?|after{_CLAUSE_END})"
_EARLIER = (
    # (Nor "for several days earlier this month": "earlier" goes with the month.)
    rf"{_VAGUE_AMOUNT} (?:ago|earlier(?! than\b)(?! (?:this|last|that) (?:week|month|year)\b)|previously|"
    rf"(?:back|before){_CLAUSE_END})"
    # "Polls closed moments ago", "The vote came just hours ago": a broadcast's recent past.
    r"|(?<!the\s)(?:(?:a few|several|many) )?(?:moments|hours|minutes) ago"
)
#: (Not the "Current Report" of a filing, the name of Form 8-K.)
_PRESENT = r"now(?!(?<=(?-i:Now))\s+(?:the|a|for|over|back|to)\s+(?:weather|sports?|news|business|look|markets?|word|headlines?)\b)(?!(?<=\band\snow)\s+(?:the|a|for|over|back|to)\s+(?:weather|sports?|news|business|look|markets?|word|headlines?)\b)|currently|nowadays|these days|at present(?! (?:or|and) (?:lower|higher|current|future|similar|reduced)\b| levels?\b| rates?\b)|right now|at the moment(?! (?:of|when|that)\b)|(?<=[0-9]{4}[-–—])present(?![\w-])|(?:(?<=[0-9]{4}\sto\s)|(?<=[0-9]{4}\suntil\s))present(?=\s*(?:[.,;:)\]]|\Z))|(?:(?:(?<=\bin\s)|(?<=\bto\s)|(?<=\buntil\s))the\s)?(?:present|modern)[- ]day|current(?!(?<=(?-i:Current)) (?-i:Reports?)\b)(?=[ -][A-Za-z])(?! (?:in|into|of|on|at|to|from|through|across|along|and|or|but|was|is|are|were|flows?|flowed|runs?|ran|that|which|with|by|for|carried|swept)\b)(?! (?:account|accounts|affairs|events|assets|liabilities|cost|costs|ratio|sea|flow|issue|law|quarter|year|month|week|period|fiscal|session|term|season|decade|century|level|levels|rate|rates|price|prices|dollars|terms)\b)"
#: (An anchor's segue, "Now the weather.", "And now the sports.", is no present.)
#: "By this time, the king had fled": "this time" after a preposition of time is the moment the
#: text stands at, as "now" is. Without one it is an occasion ("this time she won"); "this time of
#: year" and "by this time next week" are longer expressions of their own.
_THIS_TIME = (
    after_one_of("at", "during", "by", "around", "from", "until", "since", r"as\sof")
    + r"this (?:time|hour|moment)(?! (?:of|around|round|next|last|tomorrow|yesterday|today|tonight)\b)"
    # ... and a broadcast's hour: "In other news this hour", "in the news this half hour", "We begin
    # this hour with", "Coming up this hour".
    # ("Still to come this hour: the royal baby watch".)
    + r"|(?:(?<=\bnews\s)|(?<=\bbegin\s)|(?<=\bup\s)|(?<=\bcome\s))this (?:half )?hour\b"
    # ... and the hour a broadcast opens a sentence on: "This hour, we look at the races".
    + r"|(?:(?<=[.!?]\s)|(?<=\n)|(?<![\s\S]))(?-i:This) (?:half )?hour(?=,? (?-i:we|I|you|on|in)\b)"
)
#: "the largest operation to date", "to date they have failed": the time up to the writer's
#: present, as TimeML writes it ("date" alone, without its preposition), where the clause ends or a
#: verb follows; not "up to date", nor the verb ("thought to date from 1150").
_TO_DATE = (
    r"(?<!\bup\sto\s)(?<=\bto\s)date"
    r"(?=\s*[,.;:!?)]|\s*$|\s+(?:has|have|had|is|are|was|were|been|no|not|only|there)\b)"
)
#: "still missing to this day", "To this day the site is disputed": the writer's present, as "to
#: the present day" is, where it ends the clause or opens the sentence (not "pointed to this day
#: as the turning point", "looked forward to this day of rest").
_TO_THIS_DAY = (
    r"(?:"
    + after_one_of("to", "until")
    + r"this day(?=\s*(?:[,.;:!?)]|$))|(?:(?<=[.!?]\sto\s)|(?<=\nto\s)|(?<=^to\s))this day(?=[ ,])"
    # "from 1950 to the present", "until the present": the writer's present, where the clause ends.
    + r"|"
    + after_one_of("to", "until", "till")
    + r"the present(?=\s*(?:[,.;:!?)]|$)))"
)
#: "as recently as 2009", "most recently last March": the date that follows says when; "recently"
#: only stresses how near it is.
_RECENTLY = (
    r"recently(?! as\b)(?!,? (?:last|this|in|on|during) (?:[a-z]+ )?(?:week|month|year|{weekday}|{month})\b)"
    # ("most recently in 1986": the latest of the times, told by its date.)
    # ("postponed three times, most recently from Oct. 30": the latest move, dated by its own day.)
    r"(?!(?<=\bmost\srecently),? (?:in|on|from|to|until) (?:[0-9]|(?-i:[A-Z])))"
)
#: "the past six sessions", "the past 12 games": a count of things after "the past" is no vague
#: past (nor, unless they are units of time, a length: "the past six years" is one). (A count
#: of seasons, "the past three summers", is left as it was.)
_PAST_COUNT = (
    r"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r" (?!(?:summers|winters|springs|autumns|falls)\b)"
)
#: "at the time", "at that time" (not "at the time of the vote", "at the time he left"); after
#: "was" or "were" before "the", a superlative rather than a clause follows ("the bridge was at the
#: time the longest in the world").
_AT_THE_TIME = (
    r"(?<=\bat\s)(?:the|that) time(?! (?:of|when|that|the|a|an|he|she|they|it|we|I|(?-i:[A-Z])\w*)\b)"
    r"|(?:(?<=\bwas\sat\s)|(?<=\bwere\sat\s))(?:the|that) time(?= the\b)"
    # ... and a verb of saying or judging before it, whose "that" clause follows ("Engineers
    # concluded at the time that it posed no danger"; not "at the time that he left", a when).
    r"|"
    + after_one_of(
        *(
            rf"{verb}\sat"
            for verb in (
                "said",
                "concluded",
                "believed",
                "thought",
                "argued",
                "insisted",
                "stated",
                "announced",
                "knew",
                "noted",
                "claimed",
                "warned",
                "suggested",
                "decided",
                "determined",
                "agreed",
                "acknowledged",
                "admitted",
                "reported",
                "estimated",
                "predicted",
                "assumed",
                "recognized",
                "realized",
            )
        )
    )
    + r"the time(?= that\b)"
)
#: "Paris rose; at the same time the army mutinied": the moment the story has reached, in a
#: history (not "at the same time of year", "at the same time as the siege", whose time is named
#: after it, nor "at the same time next year").
_SAME_TIME = (
    after_one_of("at", "around", "about", "by", "on", "from", "until", "since")
    + r"the same time(?! (?:of|as|that|when|each|every|next|last|this|tomorrow|yesterday|today)\b)"
)
#: "In the following decade Athens built a fleet. During this period ...": a period the story has
#: just named (not "that period of unrest", whose noun phrase goes on, nor "the same period last
#: year").
_THIS_PERIOD = r"(?:this|that|the same) period(?! (?:of|last|next|a|an)\b)(?!-)"
#: "On 14 July 1790 Paris celebrated the first anniversary of the storming": the day of the story
#: its sentence names (the resolver takes the "of" phrase in).
_ANNIVERSARY = r"the (?:[\w-]+ )?anniversary(?= of )"
#: "the deadliest day in its history", "Spain's worst year since the plague": a superlative day,
#: month or year of the story, which its sentence dates (the resolver takes in a "since" or "of"
#: phrase; "in ... history" is read here). Not "the longest day of the year", a day of its own.
_SUPERLATIVE = (
    r"bloodiest|deadliest|costliest|worst|darkest|blackest|grimmest|hardest|heaviest|fiercest|"
    r"greatest|finest|proudest|saddest|busiest|longest|hottest|coldest|wettest|driest"
)
_SUPERLATIVE_DAY = (
    rf"(?:the|(?-i:[A-Z])[a-z]+['’]s) (?:{_SUPERLATIVE}) (?:single )?(?:day|week|month|year)"
    r"(?! of the year\b)(?:(?! of\b) in (?:(?:its|their|his|her|the) )?(?:(?-i:[A-Z])[\w.]* ){0,3}"
    r"(?:military )?history\b)?"
)
#: "By that time the fort had fallen", "during that time": after another preposition of time than
#: "at", "that time" is the story's past as "at that time" is (a history's reading only: see
#: fuzzy.time_of_story); the clause it opens may follow ("By that time the fort had fallen"), not
#: a time of day or year of its own. "For the time being" is the moment the story stands at.
_THAT_TIME = (
    # ("the largest up to that time".)
    after_one_of("during", "by", "in", "until", "since", "from", "throughout", r"up\sto")
    + r"that time(?! (?:of|when|that|which|(?:the )?next|tomorrow)\b)"
)
_TIME_BEING = r"(?<=\bfor\s)the time being"
_PAST = (
    _RECENTLY
    # "Formerly, the site held a mill": opening its sentence, the writer's past (not "Robert
    # Angelo, formerly its vice president", of a post rather than a time, which TimeBank leaves).
    + r"|(?:(?<=\A)|(?<=[.!?]\s)|(?<=\n))(?-i:Formerly)(?=,)"
    # ... or the adverb of a verb's past: "papers formerly held by the family", "The site was
    # formerly a mill".
    + r"|(?-i:formerly)(?= (?-i:[a-z]+ed|known|held|owned|run|built|called|housed|seen|thought|taken)\b)"
    + r"|(?:(?<=\bwas\s)|(?<=\bwere\s))(?-i:formerly)\b"
    # "at 50% of the then current market price": the present of a time gone by.
    + r"|(?:(?<=\bthe\s)|(?<=\bits\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s))then[- ]current(?=[ -][A-Za-z])"
    + r"|lately|more recently|the past(?! (?:few|several|(?:\w+ )?seasons?\b|\w+ (?:years|months|weeks|days|decades|summers|winters|springs|autumns|falls)|"
    + _PAST_COUNT
    + r"))|"
    + _AT_THE_TIME
    + r"|the (?:recent|distant) past|once upon a time|a while ago|some time ago|(?:a\s+)?long time ago|not long ago|"
    # ("She spoke to reporters a short time ago.")
    + r"a (?:short|little) (?:time|while) ago|"
    # ("what was agreed long ago"; not "how long ago", a question.)
    + r"(?<!\bhow\s)(?<!\bso\s)(?<!\bnot\s)(?<!\bthat\s)long ago|the other (?:day|night|week)(?! of\b)|"
    + _EARLIER
)
#: Words that cannot follow an adjective before its noun: "the former was", "the former, and the
#: latter" use "former" as a pronoun (the first of two), not as a time word.
_NOT_A_NOUN = (
    r"(?! (?:a|an|the|of|was|were|is|are|had|has|have|would|could|and|or|but|being|who|which|that|to|in|on|"
    r"at|by|for|with|as|than|if|unless|when|while|because|so|into|from|he|she|it|they|we|I|you|there)\b)"
)
#: A finite verb after the word, which is then a pronoun or a noun, the subject of the verb:
#: "the former ran the works", "the former proposed a canal", "its future lay in trade", "the
#: town's future seemed assured" (a form in "-ed" only before what a verb takes, not before a noun:
#: "the former walled town").
_NOT_A_VERB = (
    r"(?! (?:ran|became|took|made|went|held|kept|gave|led|won|lost|built|sold|bought|came|saw|grew|"
    r"fell|rose|wrote|brought|found|stood|paid|spent|met|fought|lay|looked|seemed|appeared|remained|"
    r"depended|rested|hung|proved|looks|seems|lies|remains|depends|rests|hangs|holds|"
    # ("A re-enactment is held every five years; the most recent drew 2,000 people".)
    r"drew|began|struck|left|broke|drove|sent|hit|cost|got|threw|felt|meant|draws|attracts)\b)"
    r"(?! [a-z]+ed(?: (?:a|an|the|his|her|its|their|to|in|on|at|by|for|with|as|that|it|them)\b|[,.;:]))"
)
#: "the former king", "recent victories": TIMEX2, whose conventions WikiWars follows, tags the
#: adjective as a vague past (TimeML news annotation leaves it out: see Rule.domains). "The recent
#: past" is a vague past as a whole (fuzzy.past).
_PAST_ADJECTIVE = r"(?:former|recent(?! past\b))(?= (?-i:[A-Za-z]))" + _NOT_A_NOUN + _NOT_A_VERB
#: "future wars", "in future elections", "the future king" (not "the future" as a noun, which
#: fuzzy.future reads: "the future of the port", "the future looked bright").
_FUTURE_NOUN_FOLLOWS = r"(?= (?-i:[A-Za-z]))" + _NOT_A_NOUN + _NOT_A_VERB
_FUTURE_ADJECTIVE = r"future" + _FUTURE_NOUN_FOLLOWS


#: "the town will one day be a city", "he hoped to one day fly": after a modal, "to" or a subject
#: pronoun and before a verb, "one day" is "some day", not a day's length.
_SOMEDAY_AFTER = (
    "will", "would", "could", "might", "may", "can", "shall", "should", "must", "to",
    "he", "she", "they", "we", "I", "you",
)  # fmt: skip
_SOMEDAY = (
    "(?:"
    + after_one_of(*_SOMEDAY_AFTER)
    + r"one day(?=\s(?-i:[a-z])\w*)(?! (?:a|an|of|to|and|or|later|after|before|ago|earlier|each|per|in|at|for|from|off)\b)"
    # ... and opening a sentence before a hope or a plan: "One day, she hopes to return".
    # (Not a day counted in a passive's subject: "One day will be made up on Feb. 16".)
    + r"|(?-i:One) day(?!\s+(?:will|would|could|might|must|is|was|has)\s+(?:be|been|have\s+been)\s)"
    + r"(?=,? (?:\w+ ){0,3}(?:will|would|could|might|hopes?|wants?|plans?|dreams?|wish(?:es)?)\b)"
    # "some day" (not "some days", nor a day of a week named after it: "some day last week").
    + r"|(?<![\w-])some day(?!s)(?! (?:this|last|next|in|of|that|when|during|before|after)\b)"
    # ... and a hope's: "She hopes one day to coach the national team", "he hopes to manage in the
    # Premier League one day." (see _HOPE_TO_BEFORE).
    + r"|(?:(?<=\bhopes\s)|(?<=\bhoped\s)|(?<=\bhope\s)|(?<=\bwants\s)|(?<=\bwanted\s)|(?<=\bdreams\s)"
    r"|(?<=\bdreamed\s)|(?<=\bplans\s))one day(?= to\s)" + r"|(?<=\s)one day(?=[.!?;,](?:\s|$)|$))"
)
#: A hope of what is to come, earlier in a sentence than the "one day" that ends a clause: "he
#: hopes to manage in the Premier League one day".
_HOPE_TO_BEFORE = re.compile(
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|dreams?|dreamed|dreaming|would\s+like|plans?|aims?|expects?)\s+to\s"
    r"[^.;:!?]{0,80}\Z",
    re.IGNORECASE,
)
#: ("the coming years", "in coming years" are a vague length, ``PXY``: duration.amount_unit reads them;
#: "the years ahead" likewise, duration.plural_unit.)
_FUTURE = (
    # After "in", "for", "into" the noun itself, whatever follows ("In the future prices will
    # rise", "plans for the future include").
    # ("talks that foundered on the future of Jerusalem": its fate, no time.)
    r"(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\binto\s)|(?<=\babout\s))the future(?! of\b)|the future(?! of\b)(?!"
    + _FUTURE_NOUN_FOLLOWS
    + r")|(?<=\bat\s)a later (?:date|time|stage)|(?:(?<=\bfor\s)|(?<=\bin\s))(?:weeks|months|years|decades|centuries|generations) to come|one day soon|the near future|the (?:distant|immediate) future|the near term|the long term|the short term|"
    + _LATER
)


#: "Now" opening a sentence (or after "And", "Well,") before a turn to the next item: "Now to
#: the weather", "Now, let's turn to sports", "And now for the headlines": a broadcast's
#: transition, no time.
_TRANSITION_BEFORE = re.compile(r"(?:\A|[.!?:\"“”]\s+|\n\s*)(?:(?:and|well|but|so),?\s+)?\Z", re.IGNORECASE)
_TRANSITION_AFTER = re.compile(
    # (Not a time counted: "Now, for the first time, someone is listening".)
    r",?\s+(?:to|for(?!\s+the\s+(?:first|second|third|last)\s+time\b)|back\s+to|over\s+to|on\s+to|let's|let\s+us"
    r"|here's|here\s+is|here\s+are)\b",
    re.IGNORECASE,
)
#: A programme's name that ends in "Now": "This is VOA News Now".
_PROGRAMME_NOW_BEFORE = re.compile(r"(?-i:News|Today|Democracy)\s\Z")
#: ... and one that a heading in capitals gave, set in sentence case ("VOICE OF AMERICA NEWS NOW"
#: is read as "Voice of america news now"), the word ending its line.
_PROGRAMME_LINE_NOW = re.compile(r"(?<=\bnews\s)now\.?[^\S\n]*(?:\n|\Z)")


def _present(match: RuleMatch) -> PartialTime | None:
    text, start, end = match.match.string, match.match.start(), match.match.end()
    if (
        match.text.lower() == "now"
        and _TRANSITION_AFTER.match(text, end)
        and _TRANSITION_BEFORE.search(text, max(0, start - 12), start)
    ):
        return None
    if (match.text == "Now" and _PROGRAMME_NOW_BEFORE.search(text, max(0, start - 12), start)) or (
        _PROGRAMME_LINE_NOW.match(text, start)
    ):
        return None  # "This is VOA News Now": a programme's name
    return PartialTime(kind="ref", value="PRESENT_REF")


def _past(match: RuleMatch) -> PartialTime | None:
    del match
    return PartialTime(kind="ref", value="PAST_REF")


def _time_of_story(match: RuleMatch) -> PartialTime | None:
    text = match.text.lower()
    return _present(match) if text.startswith("this") or text.endswith("being") else _past(match)


#: What an anniversary is said to be every year: " of the surrender is today a national holiday".
_KEPT_AS_A_DAY_AFTER = re.compile(
    r" of [^.,;:]{1,60}?\s(?:is|remains)\s+(?:(?:today|now|still|also)\s+)?(?:a|an)\s", re.IGNORECASE
)


def _anniversary(match: RuleMatch) -> PartialTime | None:
    """An anniversary of a history's story (see :func:`_story_time`); not one the sentence says is
    kept every year ("The anniversary of the surrender is today a national holiday")."""
    if _KEPT_AS_A_DAY_AFTER.match(match.match.string, match.match.end()):
        return None
    return _story_time(match)


def _story_time(match: RuleMatch) -> PartialTime | None:
    """A time of the story the text has named (the time it stands at, a period, a day its sentence
    dates): the resolver writes the value of the timex it co-refers with (TimeML: an anaphoric
    expression takes its antecedent's value) or drops the expression where it finds none (see the
    rules); ``PAST_REF`` for "at the same time" before the story dates anything."""
    del match
    return PartialTime(kind="ref", value="PAST_REF")


#: The word just before a match: a count before a vague amount ("for two years afterwards")
#: counts the years itself.
_WORD_BEFORE = re.compile(r"(?P<word>[\w-]+)\s+\Z")


#: The end of a clause or of the text, right after "one day".
_CLAUSE_END_AFTER = re.compile(r"[.!?;,](?:\s|$)|$")


def _future(match: RuleMatch) -> PartialTime | None:
    text, start = match.match.string, match.match.start()
    if (
        match.text == "one day"
        and _CLAUSE_END_AFTER.match(text, match.match.end())
        and not _HOPE_TO_BEFORE.search(text, max(0, start - 100), start)
    ):
        return None  # "It lasted one day.": a length, unless a hope ends on it
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    word = "" if before is None else before.group("word")
    if word.lower() not in ("a", "an") and _LEXICON.number(word) is not None:
        return None
    if match.text.lower().endswith(("afterwards", "afterward")) and after_for(match):
        return None  # "For several years afterwards the alliance held": how long it held
    if any(word[:1].isupper() for word in match.text.split()[1:]) and in_quoted_title(
        text, start, match.match.end()
    ):
        return None  # 'was showing "Back to the Future"': a film's title
    return PartialTime(kind="ref", value="FUTURE_REF")


RULES: tuple[Rule, ...] = (
    Rule(
        name="fuzzy.present",
        type="DATE",
        pattern=rf"(?:{_PRESENT}|{_THIS_TIME}|{_TO_THIS_DAY}|{_TO_DATE})(?!-)",
        parse=_present,
        examples=(
            Example("We are currently facing a backlash", "PRESENT_REF", span="currently"),
            Example("now", "PRESENT_REF"),
            Example("Now, for the first time, someone is listening.", "PRESENT_REF", span="Now"),
            Example("By this time, the king had fled.", "PRESENT_REF", span="this time"),
            Example("Rebels regrouped during this time.", "PRESENT_REF", span="this time"),
            Example("At this hour, the storm is moving north.", "PRESENT_REF", span="this hour"),
            Example("As of this hour, seventeen men are out.", "PRESENT_REF", span="this hour"),
            Example("In other news this hour, claims fell.", "PRESENT_REF", span="this hour"),
            Example("This hour, we look at the races.", "PRESENT_REF", span="This hour"),
            Example("We begin this hour with what we know.", "PRESENT_REF", span="this hour"),
            Example("Still to come this hour: the royal baby watch.", "PRESENT_REF", span="this hour"),
            Example("In the news this half hour, the council voted.", "PRESENT_REF", span="this half hour"),
            Example("At this moment, nobody knows where he is.", "PRESENT_REF", span="this moment"),
            # "present-day Lyon": the place as it is now, the present of the writer.
            Example("The mill stood in present-day Lyon.", "PRESENT_REF", span="present-day"),
            Example(
                "The city was rebuilt, and in the present day it remains a naval base.",
                "PRESENT_REF",
                span="the present day",
            ),
            Example("The road ran to modern day Tallinn.", "PRESENT_REF", span="modern day"),
            Example("The cause of the fire is disputed to this day.", "PRESENT_REF", span="this day"),
            Example(
                "The galleries cover the decades from 1950 to the present.", "PRESENT_REF", span="the present"
            ),
            Example("The fort fell. To this day its ruins stand.", "PRESENT_REF", span="this day"),
            Example("It was the largest operation in the war to date.", "PRESENT_REF", span="date"),
            Example("Investigators to date have found no proof.", "PRESENT_REF", span="date"),
            # A range of years to now, written with a dash or "to".
            Example("War in Afghanistan (2001–present)", "PRESENT_REF", span="present"),
            Example("He served on the board from 1990 to present.", "PRESENT_REF", span="present"),
        ),
        negatives=(
            "He returned in 2001 to present his findings.",
            "The bank will keep rates at present or lower levels.",
            "nowhere",
            "Now to the weather.",
            "Now, let's turn to sports.",
            "And now for the headlines.",
            "This is VOA News Now.",
            "This time she won.",
            "The army moved again, this time to the coast.",
            "at this time of year",
            "Who calls at this hour of the night?",
            "He looked forward to this day of rest.",
            # A moment the story names, not the writer's present.
            "He fell at Trafalgar at the moment of victory.",
            "See the Current Report on Form 8-K filed with the SEC.",
            "At the moment when the bell rang, the doors opened.",
            "The general pointed to this day as the turning point.",
            "The files are up to date.",
            "The church is thought to date from 1150.",
            "Scholars have tried to date the manuscript.",
            # The noun: a flow of water or electricity.
            "He found that a changing current in one coil produced a brief current in a second.",
            "The boat was swept away by the current.",
        ),
    ),
    Rule(
        name="fuzzy.past",
        type="DATE",
        pattern=rf"(?:{_PAST})",
        parse=_past,
        examples=(
            Example("recently", "PAST_REF"),
            Example("We ask for what was agreed long ago.", "PAST_REF", span="long ago"),
            Example("That was a long time ago, she said.", "PAST_REF", span="a long time ago"),
            Example("She spoke to reporters a short time ago.", "PAST_REF", span="a short time ago"),
            Example("at the time", "PAST_REF", span="the time"),
            Example("Engineers concluded at the time that it posed no danger.", "PAST_REF", span="the time"),
            Example(
                "The envoy had left weeks earlier.", "PAST_REF", span="weeks earlier", domain="narrative"
            ),
            # (In news the count alone, a length, as "[A few days] earlier" is.)
            Example("The envoy had left weeks earlier.", "PXW", span="weeks"),
            Example("It had been sold a few months before.", "PAST_REF", span="a few months before"),
            # As "a few weeks ago" is: a past date the text leaves vague, not a length.
            Example("She called a few days ago.", "PAST_REF", span="a few days ago"),
            Example("The crash happened a few summers ago.", "PAST_REF", span="a few summers ago"),
            Example("The plant shut a year or two ago.", "PAST_REF", span="a year or two ago"),
            Example("I saw him a few days back.", "PAST_REF", span="a few days back"),
            Example("He called me the other day.", "PAST_REF", span="the other day"),
            Example("In the recent past the town lost its mills.", "PAST_REF", span="the recent past"),
            Example("Formerly, the site held a mill.", "PAST_REF", span="Formerly"),
            Example("His papers, formerly held by the family, were donated.", "PAST_REF", span="formerly"),
            Example("The site was formerly a mill.", "PAST_REF", span="formerly"),
            Example("Polls on the West Coast closed moments ago.", "PAST_REF", span="moments ago"),
            Example(
                "Holders may buy shares at half the then current market price.",
                "PAST_REF",
                span="then current",
            ),
            Example("He met the then-current chairman twice.", "PAST_REF", span="then-current"),
            Example("The vote came just hours ago.", "PAST_REF", span="hours ago"),
        ),
        negatives=(
            "the past three years",
            "Weeks before the vote, polls were close.",
            "The town has lived through bad years before.",
            "Rebels held the town as recently as 1998.",
            "Three ships sank, most recently last March off the cape.",
            "He has twice pursued food companies, most recently in 1986.",
            "The sentencing was postponed three times, most recently from Oct. 30.",
            "Rain fell on the other day of the festival.",
            "Robert Angelo, formerly its vice president, joined the group.",
            # ("current" on its own is the writer's present; "then current" an adjective here.)
            "He was then current on his payments.",
            # A count of seasons of play: no calendar span, and no vague past either.
            "He has scored 40 goals in the past three seasons.",
            "The town has flooded in the past three summers.",
            "The club struggled for much of the past season.",
            "The index has risen in five of the past six sessions.",
            "They have lost four of the past 12 games.",
        ),
    ),
    Rule(
        name="fuzzy.future",
        type="DATE",
        pattern=rf"(?:{_FUTURE})",
        parse=_future,
        examples=(
            Example("in the future", "FUTURE_REF", span="the future"),
            Example("the future", "FUTURE_REF"),
            Example("In the future prices will rise.", "FUTURE_REF", span="the future"),
            Example("Seas will rise for centuries to come.", "FUTURE_REF", span="centuries to come"),
            Example("Forces will stay in the Gulf for months to come.", "FUTURE_REF", span="months to come"),
            Example("Plans for the future include a new plant.", "FUTURE_REF", span="the future"),
            Example("The shares will be sold at a later date.", "FUTURE_REF", span="a later date"),
            # (In news the count alone is a length, as TimeBank draws it: "[A few days] later".)
            Example(
                "A few days later, the rebels took the port.",
                "FUTURE_REF",
                span="A few days later",
                domain="narrative",
            ),
            Example(
                "He died of his wounds weeks later.", "FUTURE_REF", span="weeks later", domain="narrative"
            ),
            Example("He died of his wounds weeks later.", "PXW", span="weeks"),
            Example(
                "Several years afterwards the fort was rebuilt.",
                "FUTURE_REF",
                span="Several years afterwards",
            ),
        ),
        negatives=(
            "Days after the vote, the count was still open.",
            "in the days after, prices fell",
            # (An idiom of "as long as can be seen", which TimeBank leaves untagged.)
            "Kiev will stay neutral for the foreseeable future.",
            'The Rialto was showing "Back to the Future" to a crowd of 200.',
            "The talks foundered on the future of Jerusalem.",
            "It is a decision about the future of the company.",
        ),
    ),
    Rule(
        name="fuzzy.future_of",
        type="DATE",
        # "a referendum on the future of the monarchy": a history tags the fate of a thing as the
        # time to come (WikiWars does); a report leaves it untagged (TimeBank), the noun its fate.
        pattern=r"the future(?= of\b)",
        parse=_future,
        examples=(
            Example(
                "In a referendum on the future of the monarchy, Diem won 98 percent.",
                "FUTURE_REF",
                span="the future",
                domain="narrative",
            ),
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.coming_units",
        type="DATE",
        # "in coming years", "over coming months": without an article, the time to come, as "the
        # future" is (TimeML's FUTURE_REF); "the coming months" is a length of them
        # (duration.amount_unit's PXM), and so is a count ("in the coming three years").
        pattern=r"(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s))coming "
        r"(?:days|weeks|months|quarters|years|decades)\b(?![-'’])",
        parse=_future,
        examples=(
            Example("Prices will rise in coming years.", "FUTURE_REF", span="coming years"),
            Example("Demand should slow over coming months.", "FUTURE_REF", span="coming months"),
        ),
        negatives=("The coming weeks are crucial.", "Prices will rise in the coming months."),
        priority=1,
    ),
    Rule(
        name="fuzzy.future_units",
        type="DATE",
        # "in future years", "in future quarters": a report's time to come, as "coming years" is.
        # (A history's "In future years the fair grew" are the years after its story's time: a
        # length there, duration.amount_unit's.)
        pattern=r"(?:(?<=\bin\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s))future "
        r"(?:months|quarters|years|decades)\b(?![-'’])",
        parse=_future,
        examples=(
            Example("We may move the start earlier in future years.", "FUTURE_REF", span="future years"),
            Example(
                "The carry-forwards will cut taxes in future quarters.", "FUTURE_REF", span="future quarters"
            ),
        ),
        domains=("news",),
        priority=1,
    ),
    Rule(
        name="fuzzy.time_of_story",
        type="TIME",
        # The same words as fuzzy.present's "this time" and fuzzy.past's "at the time", typed as
        # WikiWars types them: a TIME (a history's "time" is a moment of its story).
        pattern=rf"(?:{_THIS_TIME}(?!-)|{_AT_THE_TIME}|{_THAT_TIME}|{_TIME_BEING})",
        parse=_time_of_story,
        examples=(
            Example(
                "By this time, the king had fled.",
                "PRESENT_REF",
                span="this time",
                type="TIME",
                domain="narrative",
            ),
            Example(
                "The army was weak at the time.", "PAST_REF", span="the time", type="TIME", domain="narrative"
            ),
            Example(
                "The bridge was at the time the longest in the world.",
                "PAST_REF",
                span="the time",
                type="TIME",
                domain="narrative",
            ),
            Example(
                "By that time the garrison had run out of food.",
                "PAST_REF",
                span="that time",
                type="TIME",
                domain="narrative",
            ),
            Example(
                "The rebels kept to the hills for the time being.",
                "PRESENT_REF",
                span="the time being",
                type="TIME",
                domain="narrative",
            ),
        ),
        negatives=(
            "At the time of the siege, the town had walls.",
            "By that time of year the passes were closed.",
            "By that time the next morning the bridge was down.",
        ),
        # Over fuzzy.present and fuzzy.past, which read the same words.
        priority=1,
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.same_time",
        # Type TIME, as WikiWars types a history's "time" (7 of the 8 it tags; see also
        # fuzzy.time_of_story); the value and its granularity are the antecedent's own (a day after
        # a day, a year after a year), since TimeML gives an anaphor the value it co-refers with.
        # Histories tag it; TimeBank leaves "at the same time" out (0 of 10: "also" in news).
        type="TIME",
        pattern=_SAME_TIME,
        parse=_story_time,
        examples=(
            Example(
                "The king fled on 20 June 1791. At the same time, his brothers crossed the Rhine.",
                "1791-06-20",
                span="the same time",
                type="TIME",
                domain="narrative",
            ),
            Example(
                "In 216 BC Hannibal won at Cannae. Syracuse changed sides around the same time.",
                "BC0216",
                span="the same time",
                type="TIME",
                domain="narrative",
            ),
            # A date in brackets after it says which time it is.
            Example(
                "In 210 BC Scipio landed in Spain. His uncle died around the same time (211 BC), it seems.",
                "BC0211",
                span="the same time",
                type="TIME",
                domain="narrative",
            ),
            Example(
                "At the same time, the rebels held the hills.",
                "PAST_REF",
                span="the same time",
                type="TIME",
                domain="narrative",
            ),
        ),
        negatives=(
            "The fleet sailed at the same time as the army marched.",
            "The fair is held at the same time of year.",
            "At the same time next year the walls were rebuilt.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.story_period",
        # A DATE: its value is the decade's or the century's it co-refers with (WikiWars types it a
        # DURATION, which a date value contradicts).
        type="DATE",
        pattern=_THIS_PERIOD,
        parse=_story_time,
        examples=(
            Example(
                "The Persians landed in 490 BC. In the following decade Athens built a fleet; throughout"
                " this period the city grew rich.",
                "BC048",
                span="this period",
                domain="narrative",
            ),
            Example(
                "The town flourished in the 12th century. Most of its churches date from that period.",
                "11",
                span="that period",
                domain="narrative",
            ),
        ),
        negatives=(
            # The story's time is a day or a year: the period's bounds are not a timex of the text.
            "On 3 May 1808 the city rose. During this period the king stayed in Bayonne.",
            "Trade grew in 1851. In this period the port doubled in size.",
            "The years of that period of unrest were hard.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.this_day",
        # "this day", "this date" in a history: the day the story stands at, as "that day" is (not
        # "to this day", the writer's present, but "referred to this day as"; nor "this day and
        # age", "this day in 1945", "this day of mourning", "from this day on").
        type="DATE",
        pattern=r"(?:(?<!\bto\s)|(?=this day as\b))(?<!\bfrom\s)(?<!\buntil\s)this (?:day|date)"
        r"(?! (?:and|in|of|on|forward|onwards?)\b)(?![-'’])",
        parse=_story_time,
        examples=(
            Example(
                "On 8 August 1918 the Allies broke through at Amiens. Ludendorff referred to this day as the"
                " black day of the German army.",
                "1918-08-08",
                span="this day",
                domain="narrative",
            ),
            Example(
                "The Convention met on 20 September 1792. The next day it abolished the monarchy. This date"
                " was later taken as the start of Year One.",
                "1792-09-21",
                span="This date",
                domain="narrative",
            ),
        ),
        negatives=(
            # The story stands at a year, or at a day of an earlier paragraph: no day to co-refer with.
            "The fleet sailed in 1588. This day was long remembered.",
            "The town fell on 3 May 1808.\nThis date is still marked with a parade.",
            "The ruins stand to this day.",
            "From this day forward the war was no longer confined to the South.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.anniversary",
        # A history tags the anniversary its story is at; TimeBank leaves "today, the 10th
        # anniversary of the crash" to the day it restates.
        type="DATE",
        pattern=_ANNIVERSARY,
        parse=_anniversary,
        examples=(
            Example(
                "On 4 July 1826, the fiftieth anniversary of the Declaration, both men died.",
                "1826-07-04",
                span="the fiftieth anniversary of the Declaration",
                domain="narrative",
            ),
            Example(
                "On 20 May 1498 the town held a feast to mark the anniversary of the grant of its charter.",
                "1498-05-20",
                span="the anniversary of the grant of its charter",
                domain="narrative",
            ),
        ),
        negatives=(
            # No day of the story in its sentence: the day is the event's, which the text does
            # not date.
            "The king died in 1547. Crowds later marked the anniversary of his death.",
            "The anniversary of the surrender is today a national holiday in Bangladesh.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.superlative_day",
        type="DATE",
        pattern=_SUPERLATIVE_DAY,
        parse=_story_time,
        examples=(
            Example(
                "The Scots attacked on 9 September 1513, the bloodiest day in their history.",
                "1513-09-09",
                span="the bloodiest day in their history",
                domain="narrative",
            ),
            Example(
                "The rebels endured the worst month of the siege in March 1644, when the wells ran dry.",
                "1644-03",
                span="the worst month of the siege",
                domain="narrative",
            ),
        ),
        negatives=(
            "He fought on the longest day of the year.",
            # Its sentence dates no day: the story's day is not said to be it.
            "The war began in 1914. It was the darkest day in the history of the town.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.time_of_event",
        type="TIME",
        pattern=after_one_of("at", "in", "by", "since", "until", "from")
        + r"the time(?= of (?:the |(?-i:[A-Z])))",
        parse=_story_time,
        examples=(
            Example(
                "The treaty was signed on 3 March 1918. At the time of the treaty, the army was in retreat.",
                "1918-03-03",
                span="the time of the treaty",
                type="TIME",
                domain="narrative",
            ),
        ),
        negatives=(
            # The text dates no such event, or not to a day: an era rather than a moment.
            "At the time of the siege, the town had walls.",
            "The revolt broke out in 1848. At the time of the revolt, the king was abroad.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.past_adjective",
        type="DATE",
        pattern=_PAST_ADJECTIVE,
        parse=_past,
        examples=(
            Example("The former king fled to Vienna.", "PAST_REF", span="former", domain="narrative"),
            Example("Land went back to its former owners.", "PAST_REF", span="former", domain="narrative"),
            Example(
                "Buoyed by recent victories, the army marched.", "PAST_REF", span="recent", domain="narrative"
            ),
        ),
        negatives=(
            "The former was kept, the latter sold.",
            "Of the two plans, the king chose the former.",
            "Of the two brothers, the former ran the mill and the latter the shop.",
            "Two routes were surveyed; the former proposed a canal.",
            "recent years",
            "A re-enactment is held every five years; the most recent drew 2,000 people.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.future_adjective",
        type="DATE",
        pattern=_FUTURE_ADJECTIVE,
        parse=_future,
        examples=(
            Example(
                "The treaty was meant to prevent future wars.",
                "FUTURE_REF",
                span="future",
                domain="narrative",
            ),
            Example("In future elections he lost ground.", "FUTURE_REF", span="future", domain="narrative"),
            Example("The future king was born in 1394.", "FUTURE_REF", span="future", domain="narrative"),
        ),
        negatives=(
            "The future of the port was in doubt.",
            "Its future lay in trade.",
            "The town's future seemed bright.",
        ),
        domains=("narrative",),
    ),
    Rule(
        name="fuzzy.someday",
        type="DATE",
        pattern=_SOMEDAY,
        parse=_future,
        examples=(
            Example("The town will one day be a city.", "FUTURE_REF", span="one day"),
            Example("She hoped she would one day run the firm.", "FUTURE_REF", span="one day"),
            Example("One day, she hopes to return to Syria.", "FUTURE_REF", span="One day"),
            Example("One day the wall will fall.", "FUTURE_REF", span="One day"),
            Example("Washington can help, some day, with trade.", "FUTURE_REF", span="some day"),
            Example("Some day we will all be free.", "FUTURE_REF", span="Some day"),
            Example("She hopes one day to coach the national team.", "FUTURE_REF", span="one day"),
            Example(
                "He has said that he hopes to manage in the Premier League one day.",
                "FUTURE_REF",
                span="one day",
            ),
        ),
        negatives=(
            "The strike was cut to one day a week.",
            "It lasted one day.",
            "He worked one day there.",
            "One day, the rain stopped.",
            "Some days are better than others.",
            "They met some day last week.",
            "One day will be made up on Feb. 16.",
        ),
        # Over "one day" the length (duration.amount_unit), which reads the same words.
        priority=1,
    ),
)
