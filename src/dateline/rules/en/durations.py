"""Durations: "four-day", "two years", "the past three months", "a decade", "several weeks"."""

from __future__ import annotations

import functools
import math
import re

from dateline.context import sentence_bounds
from dateline.lexicon import alternation, en, lexicon_for
from dateline.partial import PartialTime
from dateline.rules.base import Example, Rule, RuleMatch, after_lower_case_word, after_one_of
from dateline.rules.en.dates import in_match_report

_LEXICON = lexicon_for("en")
_UNIT_WORDS = (
    # ("mins", "hrs": as texts and chat messages write them, "back in 20 mins"; the other
    # abbreviations in lower case only: "MOS" is an army's trade, "SEC" a regulator.)
    r"(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|"
    r"months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a)|(?-i:secs?|wks?|mos|yrs?)\b)"
)

#: Words between an amount and its unit that leave the length as it is: "two bloody weeks", "ten
#: straight days", "the four previous weeks" (not "long"/"short": "a long day" is not a length);
#: "ten business days", "sixty calendar days": TIMEX3 has no unit of working days, so the count
#: is of days (``P10D``), the word kept in the extent to say which.
_AMOUNT_ADJECTIVES = (
    "bloody|brutal|bitter|whole|entire|straight|consecutive|successive|previous|preceding|remaining|"
    # ("It's been four long days": a count of them is a length, "a long day" none.)
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bone\s)long|"
    r"grueling|gruelling|difficult|turbulent|tough|hard|lean|trading|business|working|"
    # ("about 60 legislative days", "20 school days".)
    r"legislative|school|session|sitting|court|"
    # ("He spent a final year at Tranmere", "one final season": one more, the last of them.)
    r"(?:(?<=\ba\s)|(?<=\bone\s))final(?= (?:year|season|month|week|day)\b)|"
    # ("Mars circles the Sun in 687 Earth days".)
    r"(?-i:Earth)(?= days\b)|"
    # ("We've had two good years", "two very good years": the years a business has had.)
    r"(?:very )?(?:good|bad|great|strong|weak|profitable)(?= (?:days|weeks|months|quarters|years)\b)|"
    # ("She called the war the four hardest years of her life": ranked years are years all the same.)
    r"(?:best|worst|hardest|happiest|darkest|toughest|busiest|leanest|most\s+[a-z]+)(?= (?:days|weeks|months|years)\b)|"
    r"(?:calendar|fiscal|financial)(?= (?:days|weeks|months|quarters|years)\b)"
)


FRACTIONS = {"1/2": 0.5, "½": 0.5, "¼": 0.25, "¾": 0.75}


def _amount(match: RuleMatch) -> float | bool | None:
    """The amount of a duration: a number, ``None`` for a vague one ("several"), ``False`` if
    the words are not an amount."""
    text = match.group("amount")
    if match.has("vague"):
        return None
    if match.has("half"):
        return 0.5
    if match.has("quarter_of"):  # "a quarter of a century", "a quarter-century", "three quarters of an hour"
        return 0.75 if (match.group("quarter_of") or "").lower().startswith("three") else 0.25
    if text is None:
        return 1.0
    lowered = " ".join(text.lower().split())
    if match.has("vague") or lowered in ("several", "a few", "few", "many", "some", "numerous"):
        return None
    number = _LEXICON.number(lowered)
    if number is None:
        try:
            number = float(lowered.replace(",", ""))  # type: ignore[assignment]
        except ValueError:
            return False
    value = float(number)
    if match.has("and_half") or match.has("hyphen_half"):
        # ("5-1/2-year highs", as wires write the fraction in a compound.)
        value += 0.5
    if match.has("and_quarter"):
        value += 0.25
    # "3 1/2 years", "3½ years", "2¼ hours": the vulgar fractions as one character too.
    value += FRACTIONS.get(match.group("fraction") or "", 0.0)
    return value


#: "three quarters of the troops": a share of something else, unless that is a span of time
#: ("three quarters of the year").
_SHARE_OF = re.compile(
    # ... or of a place, a body or a people by its name: "three quarters of Moscow".
    r"\s+of\s+(?:(?:the|its|their|his|her|our|all|them|those|these)\b|(?-i:[A-Z])(?!\w*\s+[0-9]))"
    r"(?!\s+(?:(?:fiscal|financial|calendar|current|same|past|next|last)\s+)?(?:year|decade|century|period)\b)",
    re.IGNORECASE,
)


#: "24 hours a day, seven days a week": every hour of every day, "constantly", not a length.
_ROUND_THE_CLOCK = r"(?:24|twenty-four) hours (?:a|per) day|(?:7|seven) days (?:a|per) week|(?:365|52|12|twelve) (?:days|weeks|months) (?:a|per) year"
_ROUND_THE_CLOCK_FROM = re.compile(rf"(?:{_ROUND_THE_CLOCK})\b", re.IGNORECASE)
_ROUND_THE_CLOCK_UNTIL = re.compile(rf"(?:{_ROUND_THE_CLOCK})$", re.IGNORECASE)


def _is_round_the_clock(match: RuleMatch) -> bool:
    """Whether the match is a part of "24 hours a day" or "seven days a week"."""
    text, start, end = match.match.string, match.match.start(), match.match.end()
    return bool(
        _ROUND_THE_CLOCK_FROM.match(text, start)
        or _ROUND_THE_CLOCK_UNTIL.search(text, max(0, start - 20), end)
    )


#: "200 patients a day", "two flights a week", "40 cigarettes a day": a count and the things
#: counted (a plural noun last, at most two words before it, none a preposition that would make
#: "a day" a length: "three jobs for a year") before "a day": a rate, whose "a day" is a
#: denominator, not a length ("20 percent higher a day after the vote" is a length: see
#: _RATE_NOT_AFTER).
_RATE_COUNT = (
    r"(?:(?<![$£€\d.,])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|thousand|million|billion|dozen))[\d,.]*"
)
_RATE_BEFORE = re.compile(
    _RATE_COUNT
    # ("seven or more portions a day".)
    + r"(?:\s+or\s+(?:more|fewer|less|so))?"
    + r"(?:\s+(?!(?:for|in|within|over|during|after|before|than|about|around|nearly|almost|by|at|to|from|"
    r"until|since|of|and|or|but|only|just|once|twice|times|the|this|that|is|was|are|were)\b)[a-z][\w'-]*){0,2}"
    r"\s+(?!(?:hundreds|thousands|millions|billions|dozens|dollars|pounds|euros|cents|pence|yen|rupees|"
    r"francs|times|years|months|weeks|days|hours|minutes)\b)(?:[a-z][\w'-]*s|[A-Z][a-z]+(?:ans|ers|ons|ns|is)|men|women|people|children|staff|"
    r"personnel|cattle|sheep)\s+$"
    # (A people's name is capitalised: "about 30,000 Americans a year", "2 million Britons a year".)
    # ... and two kinds of things counted: "about 10 typhoons and tropical storms a year".
     + r"|" + _RATE_COUNT + r"\s+[a-z][\w'-]*s\s+(?:and|or)\s+(?:[a-z][\w'-]*\s+)?[a-z][\w'-]*s\s+$"
    # ... and a measure of a habit: "smoked a pack a day", "a glass a day".
    r"|\ba\s+(?:pack|glass|cup|bottle|dose|tablet|pill|drink|cigarette|meal)\s+$"
    # ... and a pair of counts, the things left unsaid: "arriving at the rate of four or five a day".
     + r"|" + _RATE_COUNT + r"\s+(?:or|to)\s+" + _RATE_COUNT + r"\s+$"
    # ... and of a ration: "one bowl of turnip soup a day".
    r"|\b(?:one|a)\s+(?:bowl|cup|glass|bottle|plate|loaf|slice|piece|ration|handful)\s+of\s+[a-z]+(?:\s+[a-z]+)?\s+$"
    # ... and one thing: "adding one store a year", "one new mine a month".
    r"|\bone(?:\s+(?!(?:day|week|month|year|night|hour|minute|time|more|of)\b)[a-z][\w'-]*){1,2}\s+$"
    # ... and a measure of a thing, of time too: "two cups of coffee a day", "150 minutes of
    # exercise a week" (not "three years of the war": a determiner makes the period a part of it).
    + r"|"
    + _RATE_COUNT
    # ("four or more cups of coffee a day".)
    + r"(?:\s+or\s+(?:more|fewer|less))?"
    # ("700 million cubic feet of gas a day": a count's words and a measure's before the plural.)
    + r"(?:\s+(?:million|billion|thousand|hundred|cubic|square|metric|short|long))?(?:\s+(?:cubic|square|metric))?"
    + r"\s+(?:[a-z][\w'-]*s|feet)\s+of\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\b)"
    # ("30,000 chests of Indian opium a year": a people's or a place's adjective too.)
    r"[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+$"
    # ... and a count alone, the things counted said before it: "cases fell from about 10,000 a
    # week" (not a year: "In 1990 a year of turmoil began").
    r"|(?<![\d,.$£€])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s+$"
    # ... and a count of things a passive tells of: "3,000 civilians were being killed a month".
     + r"|" + _RATE_COUNT + r"\s+[a-z][\w'-]*s\s+(?:were|are|was|is)\s+(?:being\s+)?[a-z]+(?:ed|en)\s+$"
    # ... and a vague count alone: "to a few dozen a week", "hundreds a day".
    r"|\b(?:dozen|dozens|hundreds|thousands|handful)\s+$"
    # ... or of the things counted: "were seeing dozens of new patients a day".
    r"|\b(?:dozens|hundreds|thousands|scores|millions)\s+of\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*s\s+$"
    # ... and a part of the day's hours, which no count of days a week can be: "overtime held at
    # 3.6 hours a week" (a whole count is a set: "40 hours a week").
    r"|(?<![\d,.])\d+\.\d+\s+(?:hours|minutes)\s+$"
    # ... and a count of things named before: "conducted as many as four of them a week".
     + r"|" + _RATE_COUNT + r"\s+of\s+(?:them|those|these|us)\s+$"
    # ... written as a word after "to": "limit the shifts to two a month".
    r"|\bto\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a\s+dozen)\s+$"
)
#: ... and a sum, a share or a speed: "$50,000 a year", "fifteen dollars an hour", "3 percent a
#: year", "eighty miles an hour". TimeBank leaves most such rates untagged (a few it writes as
#: sets, one as a length): "a year" there is no time the text speaks of.
_MEASURE_BEFORE = re.compile(
    # (The currencies of international copy, after the sum: "5,000 yuan a month"; some are words
    # too, "won", "rand": a figure before them.)
    r"(?:\d[\d,.]*(?:\s+(?:million|billion))?\s+(?:yuan|renminbi|rand|won|baht|naira|kyat|taka|roubles|rubles|"
    r"pesos|shekels|dinars|riyals|dirhams|lira|rupiah|ringgit|shillings|kwacha|cedis|hryvnias|zlotys|kronor|"
    # ... and those of history: "a subsidy of 400,000 riksdaler a year", "20,000 livres a year".
    r"kroner|riksdaler|rixdollars|livres|ducats|florins|guilders|thalers|talers|reales|escudos|pesetas|"
    # ("wages were cut by 5 groschen an hour": small coins too.)
    r"drachmas|marks|francs|groschen|pfennigs?|heller|kopecks?|kopeks?|centimes|centavos|paise|annas|"
    r"kreuzers?|sous|farthings|guineas)\b|"
    # ("cost airlines more than $200m a day".)
    # ("live on less than a dollar a day".)
    r"[$£€¥]\s?\d[\d,.]*(?:bn|m|k)?|\ba\s+(?:dollar|euro|pound|penny|buck|rupee)|"
    # ("Nitrate exports, worth millions of pesos a year": a sum in round words.)
    # ... or a few of them: "sick benefits of a few shillings a week".
    r"\b(?:millions\s+of|billions\s+of|thousands\s+of|hundreds\s+of|a\s+few|several|a\s+couple\s+of)"
    r"\s+(?:[a-z]+\s+)?(?:dollars|pounds|euros|pesos|francs|"
    r"marks|rupees|yen|yuan|roubles|rubles|crowns|kronor|kroner|lire|livres|ducats|florins|guilders|shillings|"
    r"pence|cents|guineas)"
    r"(?=\s+\Z)|"
    # ("pays 40 cents a share a year": a dividend's rate, the sum per share before it.)
    r"\b(?:a|per)\s+share|"
    r"\b(?:dollars|pounds|euros|cents|pence|yen|rupees|francs|bucks|miles|"
    r"kilometres|kilometers|km|knots|feet|metres|meters|percent|per\s+cent|thousand|million|billion|"
    # ("rain fell at a rate of an inch an hour", "two barrels a day")
    r"inch(?:es)?|foot|mile|metre|meter|kilometre|kilometer|degrees?|barrels?|gallons?|tons?|tonnes?|litres?|liters?|"
    # ("rose about 1 percentage point a year".)
    r"(?:percentage\s+)?points?|"
    r"trillion)|\d%)(?:\s+(?:thousand|million|billion|trillion))?"
    # ... with the measure restated in brackets: "315 kilometres (195 miles) an hour".
    r"(?:\s+\([^()]{1,30}\))?"
    # ("would pay about $96 more a year in school taxes".)
    r"(?:\s+(?:more|less|extra))?\s+\Z",
    re.IGNORECASE,
)
#: A sum joined to its "a month" by a hyphen: "$85 billion-a-month".
_HYPHENED_SUM_BEFORE = re.compile(
    r"(?:million|billion|trillion|dollars?|euros?|pounds?|[0-9])-\Z", re.IGNORECASE
)
#: ... and a sum of what it buys, before "a month": "would buy $40 billion of mortgage-backed
#: securities a month".
_SUM_OF_BEFORE = re.compile(
    r"(?:[$£€¥]\s?\d[\d,.]*(?:bn|m|k)?(?:\s+(?:million|billion|trillion))?"
    # ... a sum in words of its currency too: "buy about 7 trillion yen of government bonds a month".
    r"|\d[\d,.]*\s+(?:million\s+|billion\s+|trillion\s+)?(?:yen|dollars|euros|pounds|yuan|rupees|francs))"
    r"\s+(?:of|in)\s+(?:[\w'’-]+\s+){1,4}\Z",
    re.IGNORECASE,
)
_OF_WHAT_AFTER = re.compile(r"\s+(?:of\s+(?-i:[a-z])|since\s+(?:[0-9]|the\s|(?-i:[A-Z])))", re.IGNORECASE)
#: (... but "$100 billion a year from 2020" is a rate from then on.)
#: One measure of a thing before "a day": "a pint ", "one meal ", "half a cup ".
_ONE_MEASURE_BEFORE = re.compile(
    r"\b(?:a|an|one|half\s+a)\s+(?:pint|cup|glass|gallon|litre|liter|bowl|meal|pack|packet|bottle|tablet|pill|"
    r"dose|loaf|ration|handful|mouthful|spoonful)\s+\Z",
    re.IGNORECASE,
)
_RATE_NOT_AFTER = re.compile(
    # ("cash payments of $5,000 a month from a developer": who pays, no count from a time.)
    # ("800,000 barrels a day from Oct. 1": a rate from a day on.)
    # ("grow by 1 per cent a year after that": the rate from then on.)
    # ("strike pay of $100 a week after two weeks on the picket line": after a count of them.)
    # ("320,000 barrels a day from 330,000": the rate it was cut from.)
    r"\s+(?:ago|after(?!\s+(?:that|[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\b)|before|later|earlier|from(?!\s+(?:1[0-9]|20)[0-9]{2}\b)(?!\s+(?:a|an)\s)"
    r"(?!\s+(?:about\s+)?[0-9]{1,3}(?:,[0-9]{3})+\b)"
    # ("$100 a week from the UAW's strike fund": who pays.)
    # ("about 400 flights a day from its two hubs": where they leave from.)
    r"(?!\s+(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?!\s+(?:the|its|their)\s+(?-i:[A-Z]))"
    # ("700 million cubic feet of gas a day from Canada": where it comes from, a place's name.)
    r"(?!\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s*(?:[,.;:]|\s+(?:to|and|into)\b))"
    r"(?!\s+(?:its|their|the)\s+(?:two|three|four|several|many|main|hubs?|bases?|airports?|ports?)\b)"
    # ("2.5 million barrels a day from government stockpiles", "100 euros a day from cash
    # machines": where things come from, plural nouns without an article.)
    r"(?!\s+(?!(?:now|today|tomorrow|then|the|a|an|its|their|his|her|this|that|these|those|next|last)\b)"
    r"(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?(?<=s)\b(?!\s+(?:ago|later|earlier)\b))|since|of)\b",
    re.IGNORECASE,
)


def share_or_count_before(text: str, start: int) -> bool:
    """Whether a share or a large count of things stands right before ``start``, which a period
    after it makes a rate: "rise 20% annually", "10,000 units annually" (TimeBank leaves these
    untagged; a sum's, "C$17.9 million annually", it tags, as WikiWars tags a distance's)."""
    low = max(0, start - 50)
    return bool(_SHARE_OR_COUNT_BEFORE.search(text, low, start))


#: A share or a count of thousands before a rate's period: "20% ", "8.5 percent ", "10,000 units ".
_SHARE_OR_COUNT_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|per\s+cent)|(?<![\d,.$£€¥])\d{1,3}(?:,\d{3})+\s+[a-z]+s"
    # ... and millions of things, and of what: "buys about 1.2m tonnes of pulp annually".
    r"|(?<![\d,.$£€¥])\d[\d.]*\s?(?:m|bn|million|billion|thousand)\s+[a-z]+s)(?:\s+of\s+[a-z]+)?\s+\Z",
    re.IGNORECASE,
)


def _is_rate(match: RuleMatch) -> bool:
    """Whether "a day" (one unit after "a"/"an") is the denominator of a rate: "300 cars a day"."""
    if (match.group("amount") or "").lower() not in ("a", "an") or match.has("lead"):
        return False
    text, start, end = match.match.string, match.match.start(), match.match.end()
    if _LENGTH_PREPOSITION_BEFORE.search(text, max(0, start - 24), start):
        return False  # "$100 billion of it due within a year": a length, whatever the sum before
    if _HYPHENED_SUM_BEFORE.search(text, max(0, start - 12), start):
        return True  # "$85 billion-a-month bond purchases": a rate written as one word
    if _ONE_MEASURE_BEFORE.search(text, max(0, start - 24), start):
        return True  # "each man received less than a pint a day": a ration
    if (
        _MEASURE_BEFORE.search(text, max(0, start - 50), start)
        or _SUM_OF_BEFORE.search(text, max(0, start - 70), start)
    ) and _OF_WHAT_AFTER.match(text, end):
        # "500,000 barrels a day of crude", "3.2 percent a year since 1992", "buying $85 billion
        # in bonds a month since September 2012": a rate.
        return True
    if (
        _COUNT_JUST_BEFORE.search(text, max(0, start - 12), start)
        # ("4.3 million barrels a day before the invasion": a count of things too.)
        or _RATE_BEFORE.search(text, max(0, start - 50), start)
    ) and _BEFORE_OR_SINCE_AFTER.match(text, end):
        # "Claims have averaged more than 400,000 a week since mid-November", "delivered about 30 a
        # month before the strike": a count just before makes it a rate, whatever follows.
        return True
    return bool(
        _RATE_BEFORE.search(text, max(0, start - 50), start)
        or _MEASURE_BEFORE.search(text, max(0, start - 50), start)
        or _SUM_OF_BEFORE.search(text, max(0, start - 70), start)
    ) and not _RATE_NOT_AFTER.match(text, end)


#: A preposition of a length just before "a year": "within a year".
#: ... and "in" with a bound: "grew to $2 billion in less than a decade".
_LENGTH_PREPOSITION_BEFORE = re.compile(
    r"\b(?:within|inside|in\s+(?:(?:less|more|fewer)\s+than|under|over|just|only|about|nearly|almost|barely))\s+\Z",
    re.IGNORECASE,
)
#: A bare count right before "a week": "400,000 a week", "30 a month".
_COUNT_JUST_BEFORE = re.compile(
    r"(?<![\d,.$£€])(?:\d{1,3}(?:,\d{3})+|\d{1,3})\s+\Z"
    # ... and in words: "the remaining performances, eight a week until the closing".
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+\Z",
    re.IGNORECASE,
)
#: ... and what a count of a time would take after it: "a month before the strike", "since".
# ("collected 2,000 pints a day earlier this month": the period a rate held in.)
_BEFORE_OR_SINCE_AFTER = re.compile(
    r"\s+(?:before|after|since|until|till|(?:earlier|later)\s+(?:this|that|last|in)\b)\b", re.IGNORECASE
)


#: A measure after a hyphened quarter, which it is a fraction of: " cent", " mile", " inch".
_MEASURE_OF_A_FRACTION_AFTER = re.compile(
    r"\s+(?:cent|cents|percent|per\s+cent|percentage|point|inch|mile|pound|ounce|ton|length|share|acre|gallon)\b",
    re.IGNORECASE,
)
#: "half century" with no article of its own: as a length it takes "a" or "the next" ("a
#: half-century of peace"); after another word it may be no length at all ("he reached his
#: half-century before lunch" is fifty runs).
_BARE_HALF_CENTURY = re.compile(r"half[- ](?:century|decade)", re.IGNORECASE)


#: "the last few days of December", "the first several weeks of 2024": units at one end of a
#: period that follows, with no count: where in that period (combine reads it as December with
#: mod END), not a length.
_EDGE_LEAD = re.compile(r"the\s+(?:first|last|final)$", re.IGNORECASE)
_OF_A_PERIOD = re.compile(
    rf"\s+of\s+(?:(?:{_LEXICON.fragment('month')})\b|[0-9]{{4}}\b"
    r"|(?:the|this|last|next)\s+(?:year|month|week)\b)",
    re.IGNORECASE,
)


def _at_edge_of_period(match: RuleMatch, amount: float | None) -> bool:
    lead = " ".join((match.group("lead") or "").split())
    return (
        amount is None
        and _EDGE_LEAD.match(lead) is not None
        and _OF_A_PERIOD.match(match.match.string, match.match.end()) is not None
    )


_ONE_NIGHT = re.compile(r"(?:one|a\s+single)\s+night", re.IGNORECASE)
#: Where "one night" is a night of the story, not a length: opening its sentence, after "in".
_ONE_NIGHT_BEFORE = re.compile(r"(?:\A|[.!?]\s+|\n|\bin\s+(?:a\s+)?|\bon\s+)\Z", re.IGNORECASE)
#: Words before "thirty-second" that make it an ordinal: "its thirty-second anniversary", "the
#: forty-second day of the siege" (not "a thirty-second advert", a length).
_ORDINAL_SECOND_AFTER = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|my|your|this|that|each|every)\s+)\Z", re.IGNORECASE
)


#: What follows "second" when it numbers a game of a tie or a round: "the last-16 second leg".
_SECOND_OF_A_TIE = re.compile(r"\s+(?:leg|half|round|innings|set|game|match|test|stage)\b", re.IGNORECASE)
#: "ago" right after a count: the count is a date's.
_AGO_AFTER = re.compile(r"\s+ago\b", re.IGNORECASE)


#: A day named for what is done on it: "a day of national mourning", "a day of remembrance".
_OCCASION_AFTER = re.compile(
    r"(?<=day)\s+of\s+(?:national\s+|public\s+|global\s+)?(?:mourning|remembrance|prayer|rest|action|protests?|"
    r"celebration|reflection|solidarity|reckoning|fasting|thanksgiving|silence|rage|strikes?|"
    # ... and one named for what it felt like: 'called Thursday "a day of tears."'
    r"tears|shame|joy|sorrow|grief|infamy|triumph|hope|glory|martyrs|defiance|resistance|departure|dignity|unrest)\b"
    # ... and a kind of day or night: "waiting 13 years for a night like this".
    r"|\s+like\s+(?:this|that|it|no\s+other|today|tonight)\b",
    re.IGNORECASE,
)


#: A bound of a length just before "a second": "less than", "within".
_BOUND_BEFORE = re.compile(
    r"\b(?:less\s+than|more\s+than|under|within|barely|just\s+over)\s+\Z", re.IGNORECASE
)


def _is_ordinal_second(match: RuleMatch) -> bool:
    """Whether a tens word joined to "second" is the ordinal ("the twenty-second day", "the
    Twenty-Second Legion"), not a length in seconds."""
    written = match.text
    tens, hyphen, unit = written.partition("-")
    if not hyphen or tens.lower() not in en.TENS or unit.lower() != "second":
        return False
    text = match.match.string
    start = match.match.start()
    if written[:1].isupper() and unit[:1].isupper():
        return True  # a name's ordinal: "the Twenty-Second Legion"
    return _ORDINAL_SECOND_AFTER.search(text, max(0, start - 8), start) is not None


def _first_of_two_counts(match: RuleMatch) -> PartialTime | None:
    """ "ten" of "ten or fifteen years": a count in the unit of the one after it."""
    amount = _amount(match)
    letter = _LEXICON.unit((match.group("unit") or "").lower())
    if not amount or letter is None or amount > 1000:
        return None
    return PartialTime(kind="duration", duration=((float(amount), letter),))


#: A deed a "night" or a "day" names the kind of: "a single night march", "a day trip".
_KIND_OF_DEED_AFTER = re.compile(
    r"\s+(?:march|marches|raid|raids|attack|assault|sortie|crossing|flight|trip|shift|operation|patrol)\b"
)


#: The second half of "one minute ..., the next ...", in the same sentence.
_THE_NEXT_AFTER = re.compile(r"[^.;:!?]{0,80}?,\s+the\s+next\b")
#: "in" just before a count.
# ("On some days the line stretches around the block": so "on" some days.)
_IN_JUST_BEFORE = re.compile(r"\b[IiOo]n\s+\Z")
#: What makes a count after "in" a time to come or gone: " ago", "' time".
_AGO_OR_TIME_AFTER = re.compile(r"\s+ago\b|['’]\s+time\b|\s+time\b")


#: What renames a time before "a year" or "a day": a year and its comma ("1998, "), or a copula
#: ("is ", "was ", "to be ", "'s ").
_RENAMED_TIME_BEFORE = re.compile(
    r"(?:\b[12][0-9]{3},|\b(?:is|was|be|been|are|were)|['’]s)\s+\Z", re.IGNORECASE
)
#: "a" and a word that judges the one period after it: "a difficult year", "a tough week".
_JUDGED_AFTER_ARTICLE = re.compile(
    r"an?\s+(?:very\s+)?(?:difficult|turbulent|tough|hard|lean|grueling|gruelling|bitter|brutal|bloody)\s"
    r"(?:day|week|month|quarter|year|decade)\b",
    re.IGNORECASE,
)
#: A relative clause after such "a year" ("that", "when", "in which") or a bare one, its subject
#: then its verb ("the virus has").
_RELATIVE_AFTER = re.compile(
    r"\s+(?:that|when|which|in\s+which|of\s+which|(?:the|a|an|its|their|his|her|we|they|he|she|it|I|you)\s+"
    r"(?:[a-z]+\s+)?(?:has|have|had|is|was|will|would|can|[a-z]+ed)\b)"
)


#: What follows "Some days" or "Some nights" that opens a clause on some of them: its subject
#: or its verb ("Some days it feels like yesterday", "Some nights are the hardest").
_SOMETIMES_CLAUSE_AFTER = re.compile(r",?\s+(?:it|I|we|you|he|she|they|there|are|were|is|was|I'm|it's)\b")
#: What may stand before a clause's first word: its sentence's start, a quotation mark, a dash.
_CLAUSE_OPENING_BEFORE = re.compile(r"(?:\A|[.!?;:—–-]\s*|[\"“‘(]\s*|\n)\s*\Z")


def _opens_clause(text: str, start: int) -> bool:
    """Whether the words at ``start`` open their sentence or a quotation."""
    return _CLAUSE_OPENING_BEFORE.search(text, max(0, start - 4), start) is not None


def _duration(match: RuleMatch) -> PartialTime | None:
    amount = _amount(match)
    if amount is False or _is_round_the_clock(match) or _is_rate(match):
        return None
    if (match.group("amount") or "").lower() in ("a", "an", "one") and _OCCASION_AFTER.match(
        match.match.string, match.match.end()
    ):
        return None  # "declared a day of national mourning": an occasion, no length
    if (
        (match.group("amount") or "").lower() in ("a", "an")
        and _RENAMED_TIME_BEFORE.search(
            match.match.string, max(0, match.match.start() - 12), match.match.start()
        )
        and (
            _RELATIVE_AFTER.match(match.match.string, match.match.end())
            or _JUDGED_AFTER_ARTICLE.match(match.match.string, match.match.start())
        )
    ):
        # "The exception is 1998, a year that ...", "is a day the virus has", "We expect 1991 to be
        # a difficult year": a time renamed, or what kind of time it is; no length.
        return None
    if _at_edge_of_period(match, amount):
        return None
    unit_text = match.group("unit") or ""
    if (
        unit_text[:1].isupper()
        and unit_text[1:].islower()
        and (match.group("amount") or "x")[:1].isdigit()
        and match.match.string[match.match.end() : match.match.end() + 1] not in ("'", "’")
    ):
        # "a special edition of 60 Minutes", "48 Hours": prose writes the unit lower case (a war
        # named by its length is its length: "the 4 Years' Liberation War").
        return None
    unit_word = unit_text.lower()
    amount_word = (match.group("amount") or "").lower()
    if (
        (match.group("vague") or "").lower() == "some"
        and unit_word in ("days", "nights", "mornings", "evenings", "weeks")
        and _SOMETIMES_CLAUSE_AFTER.match(match.match.string, match.match.end())
        and _opens_clause(match.match.string, match.match.start())
    ):
        return None  # '"Some nights are still the hardest," he said': on some of them, no length
    if (
        amount_word == "one"
        and unit_word in ("second", "minute", "moment", "day", "week")
        and _THE_NEXT_AFTER.match(match.match.string, match.match.end())
    ):
        return None  # "One second we were slowing down, the next we were in a field": no length
    if (
        (match.group("vague") or amount_word).lower() == "some"
        and unit_word.endswith("s")
        and not match.has("lead")
        and _IN_JUST_BEFORE.search(match.match.string, max(0, match.match.start() - 4), match.match.start())
        and not _AGO_OR_TIME_AFTER.match(match.match.string, match.match.end())
    ):
        return None  # "In some years the vaccine is a poor match": certain years, no length
    if (
        unit_text.istitle()
        and (match.group("amount") or "").istitle()
        and not match.has("lead")
        and after_lower_case_word(match.match.string, match.match.start())
    ):
        # "her series Twelve Months (1919)": capitals in the middle of a sentence make a title.
        return None
    if unit_word in ("quarters", "halves") and in_match_report(match):
        return None  # "For three quarters yesterday, the Jets looked lost": a game's periods
    if (
        unit_word in ("night", "day")
        # (A hyphened length is the deed's: "a ten-day operation".)
        and "-" not in match.text
        and _KIND_OF_DEED_AFTER.match(match.match.string, match.match.end())
    ):
        return None  # "after a single night march": a kind of march, no length
    if (
        unit_word in ("second", "quarter")
        and amount_word in ("a", "an")
        # ("with less than a second left in the countdown": a bound makes "a second" a length.)
        and not (
            unit_word == "second"
            and _BOUND_BEFORE.search(
                match.match.string, max(0, match.match.start() - 20), match.match.start()
            )
        )
    ):
        return None
    if match.has("vague") and not unit_word.endswith("s") and "-" not in match.text:
        if not match.has("half_more"):
            return None  # "the next quarter of a century", "the following day": no vague count of one
        amount = 1.0  # "over the next year and a half": one and a half
    if unit_word == "second" and _is_ordinal_second(match):
        return None
    if unit_word == "second" and _SECOND_OF_A_TIE.match(match.match.string, match.match.end()):
        return None  # "the last-16 second leg": the tie's second game, no length
    if match.has("lead") and _AGO_AFTER.match(match.match.string, match.match.end()):
        return None  # "lost in the final two years ago": the match, then a date (relative.units_ago)
    if (
        unit_word == "night"
        and _ONE_NIGHT.fullmatch(match.text)
        and _ONE_NIGHT_BEFORE.search(match.match.string, max(0, match.match.start() - 6), match.match.start())
    ):
        return None  # "One night the garrison slipped away": a night of the story (time.one_part)
    unit_written = match.group("unit") or ""
    if (
        unit_written[:1].isupper()
        and not unit_written.isupper()
        and amount_word.isdigit()
        and (match.group("lead") or "").lower() == "the"
        and not match.match.string.startswith(("'", "’"), match.match.end())
    ):
        # "the 60 Minutes correspondent", "The 48 Hours episode": a title, not a length (but
        # "the 4 Years' Liberation War" is named after one).
        return None
    if match.has("quarter_of") and unit_word.endswith(("s", "ia")):
        return None  # "a quarter century", not "a quarter decades"
    if _BARE_HALF_CENTURY.match(match.text) and not match.has("lead"):
        return None
    if (
        unit_word == "quarters"
        and not match.has("lead")
        and _SHARE_OF.match(match.match.string, match.match.end())
    ):
        return None
    if unit_word == "quarters" and "-" in match.text:
        return None
    if (
        unit_word == "quarter"
        and "-" in match.text
        and _MEASURE_OF_A_FRACTION_AFTER.match(match.match.string, match.match.end())
    ):
        return None  # "the three-quarter cent tax", "a three-quarter mile": a fraction of a measure

    letter = _LEXICON.unit(unit_word)
    if letter is None:
        return None
    # (A count of six digits is still a length: "the warmest in 125,000 years"; past that, a
    # figure read wrongly more likely than a length.)
    if amount is not None and (amount <= 0 or amount > 999_999):
        return None
    if match.has("half_more") and amount is not None:
        amount += 0.5
    if (match.has("quarter_more") or match.has("quarter_more2")) and amount is not None:
        amount += 0.25
    value_amount = None if amount is None else float(amount)
    # "20-odd years": about twenty; "20-plus years", "20+ years": more than twenty.
    mod = "APPROX" if match.has("odd") else "MORE_THAN" if match.has("plus") else None
    if match.has("or_two"):
        value_amount = None  # "a day or two": some days
    if mod is None and "couple" in amount_word:
        # "a couple of weeks": two or so.
        mod = "APPROX"
    return PartialTime(kind="duration", duration=((value_amount, letter),), mod=mod)


#: The counts of a filing's periods ("the three and nine months", "the 13 and 39 weeks").
_PERIOD_COUNTS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9][0-9]?"
#: Before the first count of "the three and six months ended June 30": its article, after a
#: word of the period's figures ("for", "in", "during").
_SHARED_UNIT_BEFORE = re.compile(r"\b(?:for|in|during|of|over)\s+the\s+$", re.IGNORECASE)
_SHARED_UNIT_AFTER = re.compile(r"\s+(?:ended|ending|ended,|then\s+ended)\b", re.IGNORECASE)


def _shared_unit(match: RuleMatch) -> PartialTime | None:
    """ "the three and six months ended June 30": the first count with the unit of the second,
    where the pair is a filing's periods (an article before, "ended" after the unit)."""
    text = match.match.string
    start = match.match.start()
    unit_end = match.match.end("unit")
    if _SHARED_UNIT_BEFORE.search(text, max(0, start - 16), start) is None:
        return None
    if _SHARED_UNIT_AFTER.match(text, unit_end) is None:
        return None
    return _duration(match)


def _per_unit(match: RuleMatch) -> PartialTime | None:
    """A rate's "per year", and its Latin "per annum", which is no unit anywhere else."""
    if (match.group("unit") or "").lower() == "annum":
        return PartialTime(kind="duration", duration=((1.0, "Y"),))
    return _duration(match)


def _rate_unit(match: RuleMatch) -> PartialTime | None:
    """The period of a rate a count or a sum is given per, "960 a week", "$1 billion a year", as
    WikiWars tags "per week" (see duration.per_unit); nothing where "a week" is no rate's."""
    if not _is_rate(match):
        return None
    letter = _LEXICON.unit((match.group("unit") or "").lower())
    return None if letter is None else PartialTime(kind="duration", duration=((1.0, letter),))


def _duration_long(match: RuleMatch) -> PartialTime | None:
    """ "day-long", "decades-long", "two-week-long", "weeklong": a plural unit alone is an unknown
    amount."""
    unit_word = (match.group("unit") or match.group("closed_unit") or "").lower()
    letter = _LEXICON.unit(unit_word)
    if letter is None or (match.has("gap") and unit_word.endswith("s")):
        # ("The war was two years long": the length, and "long" says it is one.)
        return None
    if match.has("amount"):
        amount = _LEXICON.number(match.group("amount") or "")
        if amount is None:
            return None
        return PartialTime(kind="duration", duration=((float(amount), letter),))
    plural = unit_word.endswith("s")
    return PartialTime(kind="duration", duration=((None if plural else 1.0, letter),))


def _edge_units(match: RuleMatch) -> PartialTime | None:
    """ "the first hours of the blockade", "the final years of the reign": some units at one end of a
    period the text names; "the first hour" is one."""
    unit = (match.group("unit") or match.group("units") or "").lower()
    if unit.startswith("half"):
        # "in the first half-hour of trading": thirty minutes (of what "of" names; "He scored in
        # the last half hour" is a match's).
        if not match.match.string.startswith(" of ", match.match.end()):
            return None
        return PartialTime(kind="duration", duration=((30.0, "TM"),))
    letter = _LEXICON.unit(unit)
    if letter is None:
        return None
    amount = None if unit.endswith("s") else 1.0
    return PartialTime(kind="duration", duration=((amount, letter),))


def _next_unit_or_two(match: RuleMatch) -> PartialTime | None:
    """ "the next day or two", "the past week or two": some days (weeks) from now or back to it."""
    letter = _LEXICON.unit(match.group("unit") or "")
    return None if letter is None else PartialTime(kind="duration", duration=((None, letter),))


def _plural_unit(match: RuleMatch) -> PartialTime | None:
    letter = _LEXICON.unit(
        (
            match.group("unit")
            or match.group("unit_ahead")
            or match.group("unit_over")
            or match.group("unit_after")
            or match.group("unit_afterwards")
            or match.group("unit_following")
            or match.group("unit_start")
            or match.group("unit_since")
            or match.group("unit_of")
            or match.group("unit_cap")
            or match.group("unit_within")
            or match.group("unit_matter")
            or match.group("unit_away")
            or match.group("unit_advance")
            or match.group("unit_taken")
            or match.group("unit_without")
            or match.group("unit_when")
            or match.group("unit_late")
            or match.group("unit_sooner")
            or match.group("unit_verb")
            or match.group("unit_bare")
            or match.group("unit_guess")
            or ""
        ).lower()
    )
    if letter is None:
        return None
    vague = match.has("or") or match.has("or_matter")
    return PartialTime(kind="duration", duration=((None, letter),), mod="APPROX" if vague else None)


def _year_to(match: RuleMatch) -> PartialTime | None:
    """ "the year to March" is twelve months; "the half to June" (a company's half-year) six."""
    if match.has("half_year"):
        return PartialTime(kind="duration", duration=((6.0, "M"),))
    return _duration(match)


def _clock_length(hours: float, minutes: float, seconds: float) -> PartialTime | None:
    """A length of hours, minutes and seconds, its zero units left out; ``None`` if all are zero."""
    parts = tuple(part for part in ((hours, "TH"), (minutes, "TM"), (seconds, "TS")) if part[0])
    return PartialTime(kind="duration", duration=parts) if parts else None


#: The groups of each form's minutes and seconds (see duration.race_time).
_FORMS = ("", "_alone", "_margin", "_by", "_place", "_long", "_in")
_MINUTE_GROUPS = tuple(f"minutes{form}" for form in _FORMS)
_SECOND_GROUPS = tuple(f"seconds{form}" for form in _FORMS)


def _race_time(match: RuleMatch) -> PartialTime | None:
    """ "2:03:38": two hours, three minutes and 38 seconds."""
    if match.has("minutes_in"):
        text, start = match.match.string, match.match.start()
        if not _RACE_RUN_BEFORE.search(text, sentence_bounds(text, start)[0], start):
            return None  # "The train arrives in 3:41"? a race's words must come before it
    minutes = next(
        (match.group(name) for name in _MINUTE_GROUPS if match.group(name)),
        "0",
    )
    seconds = next(
        (match.group(name) for name in _SECOND_GROUPS if match.group(name)),
        "0",
    )
    return _clock_length(float(match.group("hours") or 0), float(minutes), float(seconds))


#: A race run, before the time it took: "won the 1500m in ", "covered the next 5km in ".
_RACE_RUN_BEFORE = re.compile(
    r"\b(?:won|wins|ran|runs|finished|finishes|clocked|covered|completed|swam|swims|"
    r"[0-9]+\s?(?:m|km|k|metres|meters|miles?|mile)|marathon|sprint|lap|leg|race|halfway|split)\b"
    # (Past another time: "won the 1500m in 3:41, with Kerr second in 3:42".)
    r"(?:[^.;:!?]|(?<=[0-9])[:.](?=[0-9])){0,60}\Z",
    re.IGNORECASE,
)


def _unit_letters(match: RuleMatch) -> PartialTime | None:
    """ "2h 30m", "1h45", "90min", "45secs": hours, minutes and seconds written with the unit's
    letters against the number."""
    minutes = match.group("minutes") or match.group("minutes_unit") or match.group("minutes_only")
    return _clock_length(
        float(match.group("hours") or 0), float(minutes or 0), float(match.group("seconds_only") or 0)
    )


def _remaining_unit(match: RuleMatch) -> PartialTime | None:
    """ "could serve the remaining year under house arrest": the one unit left of a term, a length."""
    letter = _LEXICON.unit(match.group("unit") or "")
    return None if letter is None else PartialTime(kind="duration", duration=((1.0, letter),))


def _one_unit(match: RuleMatch) -> PartialTime | None:
    """ "over the next week": one unit's length."""
    letter = _LEXICON.unit((match.group("unit") or "").lower())
    return None if letter is None else PartialTime(kind="duration", duration=((1.0, letter),))


def _fortnight(match: RuleMatch) -> PartialTime | None:
    """ "the first fortnight": two weeks; "for the first week": one."""
    if match.has("one_unit") or match.has("first_unit") or match.has("whole_unit"):
        letter = _LEXICON.unit(
            (match.group("one_unit") or match.group("first_unit") or match.group("whole_unit") or "").lower()
        )
        return None if letter is None else PartialTime(kind="duration", duration=((1.0, letter),))
    return PartialTime(kind="duration", duration=((2.0, "W"),))


def _weekends(match: RuleMatch) -> PartialTime | None:
    """ "the next three weekends": a count of weekends, PnWE in TimeML 1.2.1's grammar of
    durations (WE is one of its units, as "every other weekend" is the SET P2WE). Not P6D: the weekends
    are apart, and six days in a row is another length."""
    amount = _LEXICON.number(match.group("amount") or "")
    if match.has("vague"):
        return PartialTime(kind="duration", duration=((None, "WE"),))
    return None if amount is None else PartialTime(kind="duration", duration=((float(amount), "WE"),))


def _units_time(match: RuleMatch) -> PartialTime | None:
    """ "in two years' time", "within a week's time": a length ("the fourth conquest in a year's
    time"); in a future clause the text counts it from today, which TimeML leaves to the link."""
    unit = (match.group("unit") or match.group("unit1") or "").lower()
    letter = _LEXICON.unit(unit)
    amount = 1 if match.has("one") else _LEXICON.number(match.group("amount") or "")
    if letter is None or amount is None:
        return None
    return PartialTime(kind="duration", duration=((float(amount), letter),))


#: What stands before the number of an age and stays out of its extent: "aged", "the age of", "at
#: age", perhaps with a word that bounds it ("aged about [60]": combine.py gives "about" as
#: APPROX, outside the extent as TimeBank draws it) or stresses it ("aged only [18]").
#: Look-behinds, one for each width.
_AGE_LEAD_WORDS = ("aged", r"age\sof", r"at\sage")
_AGE_LEAD_QUALIFIERS = ("only", "just", "about", "around", "nearly", "almost")
_AGE_LEADS = "|".join(
    rf"(?<=\b{lead}\s{word}\s)" if word else rf"(?<=\b{lead}\s)"
    for lead in _AGE_LEAD_WORDS
    for word in ("", *_AGE_LEAD_QUALIFIERS)
)
#: The units of an age that a unit states: "[19 years old]", "[25 years of age]".
_AGE_UNITS = "years|months|weeks|days"
#: A lead read forwards from its first letter; group 1 is the word after it, if any.
_AGE_LEAD_AT = re.compile(
    rf"\b(?:{'|'.join(_AGE_LEAD_WORDS)})\s(?:((?:{'|'.join(_AGE_LEAD_QUALIFIERS)})\s))?", re.IGNORECASE
)
#: What follows the number of an age without a lead, from its unit on.
_AGE_TAIL_AT = re.compile(rf"(?:{_AGE_UNITS})\s+(?:old|of\s+age)", re.IGNORECASE)
#: Characters the regex engine matches to an ASCII letter of "age", "old" or a unit that
#: ``str.lower`` does not turn into it, or turns into two characters ("İ"): written as ASCII
#: first, so that the lower-cased text keeps the offsets of the text.
_AGE_FOLDS = (("\u0130", "I"), ("\u017f", "s"))


@functools.cache
def _amount_words() -> float:
    """The most white-space-separated words a number of an age spans ("a couple of")."""
    from dateline.extract import most_space_runs  # (extract runs the rules: imported when used)

    return 1 + most_space_runs(_LEXICON.fragment("number"), re.IGNORECASE)


def _words_back(text: str, end: int, count: int) -> int:
    """Where the ``count``-th white-space-separated word before ``end`` begins."""
    position = end
    for _ in range(count):
        while position and text[position - 1].isspace():
            position -= 1
        while position and not text[position - 1].isspace():
            position -= 1
    return position


def _age_starts(text: str) -> list[int] | None:
    """Where an age can start (:attr:`Rule.starts`): right after a lead, or within the words of
    a number before a unit and "old" or "of age"; found from the words "age" and the units,
    which every age and its lead hold, rather than tried at every number of the text."""
    words = _amount_words()
    folded = text
    for odd, ascii_letter in _AGE_FOLDS:
        if odd in folded:  # (rare: str.translate would read every character in Python)
            folded = folded.replace(odd, ascii_letter)
    folded = folded.lower()
    if words == math.inf or len(folded) != len(text):
        return None
    starts: set[int] = set()
    at = folded.find("age")
    while at >= 0:
        for lead_at in (at, at - 3):  # "aged", "age of"; "at age"
            lead = _AGE_LEAD_AT.match(text, lead_at) if lead_at >= 0 else None
            if lead is not None:
                starts.add(lead.end())
                if lead.start(1) >= 0:
                    starts.add(lead.start(1))
        at = folded.find("age", at + 1)
    for unit in _AGE_UNITS.split("|"):
        at = folded.find(unit)
        while at >= 0:
            if _AGE_TAIL_AT.match(text, at):
                # (The guard of every pattern: not after a letter, digit or apostrophe.)
                starts.update(
                    position
                    for position in range(_words_back(text, at, int(words)), at)
                    if not position or not (text[position - 1].isalnum() or text[position - 1] in "_'’")
                )
            at = folded.find(unit, at + 1)
    return sorted(starts)


def _age(match: RuleMatch) -> PartialTime | None:
    """ "aged 69", "the age of twelve", "22.8 years old": how long a person has lived, a length
    (TimeML 1.2.1 and the WikiWars gold tag "18 years old" as P18Y); in years unless a unit says
    otherwise ("six months old")."""
    text = match.group("amount") or ""
    amount = _LEXICON.number(text)
    if amount is None:
        try:
            amount = float(text)  # type: ignore[assignment]
        except ValueError:
            return None
    if not 0 < amount <= (130 if match.group("unit") is None else 10_000):
        # (A number after "aged" is a person's age; one with "years old" may be a building's too:
        # "the bridge is about 400 years old".)
        return None
    letter = _LEXICON.unit((match.group("unit") or "years").lower())
    return None if letter is None else PartialTime(kind="duration", duration=((float(amount), letter),))


#: The scales of a count of years too long for a calendar: "4 billion years".
_DEEP_SCALES = {"million": 1_000_000, "billion": 1_000_000_000}


def _deep_time(match: RuleMatch) -> PartialTime | None:
    """ "the past 4 billion years", "over 2.5 million years": a length of years in millions or
    billions, written out in years (TIMEX3 has no larger unit)."""
    written = (match.group("amount") or "").lower()
    amount = 1.0 if written in ("a", "one") else float(written)
    years = amount * _DEEP_SCALES[(match.group("scale") or "").lower()]
    if not years.is_integer():
        return None
    return PartialTime(kind="duration", value=f"P{int(years)}Y")


RULES: tuple[Rule, ...] = (
    Rule(
        name="duration.deep_time",
        type="DURATION",
        # (Not an age, "3.5 billion years old", nor a time counted back: relative.deep_time_ago.)
        pattern=(
            r"(?:the (?:past|last|next|first) )?(?<![\w.,$£€-])(?P<amount>[0-9]+(?:\.[0-9]+)?|a|one) "
            r"(?P<scale>million|billion) years(?! (?:ago|earlier|later|from now|hence|old)\b)(?![\w-])"
        ),
        parse=_deep_time,
        examples=(
            Example(
                "The planet lost its atmosphere over the past 4 billion years.",
                "P4000000000Y",
                span="the past 4 billion years",
            ),
            Example("The ice sheet took 2.5 million years to form.", "P2500000Y", span="2.5 million years"),
        ),
        negatives=("The rocks are 3.5 billion years old.",),
    ),
    Rule(
        name="duration.remaining_unit",
        type="DURATION",
        # "the remaining year of his sentence": what is left of a term, one unit long (the plural
        # and a count are duration.amount_unit's: "the remaining 23 months").
        pattern=r"the remaining (?P<unit>year|month|week|day|hour)(?![\w-])(?!['’]s)",
        parse=_remaining_unit,
        examples=(
            Example(
                "He could serve the remaining year under house arrest.", "P1Y", span="the remaining year"
            ),
            Example("She will sit out the remaining month of the season.", "P1M", span="the remaining month"),
        ),
        negatives=("The remaining years were quiet.", "the remaining day's events"),
    ),
    Rule(
        name="duration.amount_unit",
        type="DURATION",
        pattern=(
            # "the nine months" keeps its article; "the 14-day strike" does not (it is the noun's).
            # "the third defeat in as many weeks" counts the defeats again, no vague length.
            r"(?!(?<=\bas\s)many\s)"
            # ("the 2025-26 school year": the second year of a span, no count.)
            r"(?<![0-9]{4}-)"
            # ("called it a day": an idiom, the day's end, no length.)
            r"(?<!\bcall\sit\s)(?<!\bcalls\sit\s)(?<!\bcalled\sit\s)(?<!\bcalling\sit\s)"
            # ("This is as dark a day as I can remember": a day compared, no length.)
            r"(?!(?:"
            + "|".join(rf"(?<=\bas\s[a-z]{{{n}}}\s)" for n in range(3, 9))
            + r")an?\s(?:day|night|week|year|moment|time)\sas\b)"
            # ("the biggest single day of the primary season": a day ranked, no length.)
            r"(?!(?:(?<=est\s)|(?<=worst\s)|(?<=most\s))single\b)"
            # "a once-in-a-decade flood" says how rare it is, no length; "a 40-mile-an-hour wind" a
            # speed.
            r"(?<!-in-)(?!(?<=[a-z]-)an?-)"
            r"(?:(?P<lead>the(?: (?:past|last|next|previous|preceding|prior|coming|first|final|following|latest|initial|trailing|remaining|year-earlier|year-ago|comparable))?|another"
            # ("these last few weeks", "those past three years": a demonstrative with its edge.)
            r"|(?:those|these)(?: (?:past|last|next|coming|first|final|remaining))?"
            # ... and what is left after a possessive, or its edge: "his [remaining eight years]",
            # "its [final two weeks]".
            r"|(?:(?<=\b(?:his|her|its|our)\s)|(?<=\btheir\s)|(?<=\byour\s))(?:remaining|final|last|first)) (?!(?!(?:half|quarter)-(?:century|decade)\b)[\w.]+(?:-odd)?-(?:second|minute|hour|day|night|week|month|quarter|year|decade|century)))?"
            rf"(?:(?P<half>half an?|(?:a (?=half hour|half-hour(?:\s+(?:after|before|later|earlier|ago|of|or|and|from|to|ahead|behind)\b|\s*[.,;:!?)])))?(?<!\bthe\slast\s)(?<!\bthe\sfirst\s)(?<!\bthe\sfinal\s)half(?=[- ]hour\b)|(?:a (?=half[- ](?:century|decade)\b))?half(?=[- ](?:century|decade)\b))|(?P<quarter_of>a quarter(?: of an?)?|three[- ]quarters of an?|(?:(?<=\bthe\snext\s)|(?<=\bthe\spast\s)|(?<=\bthe\slast\s))quarter of an?(?= (?:century|decade)\b)|(?:(?<=\bthe\sfirst\s)|(?<=\bthe\slast\s)|(?<=\bthe\sfinal\s)|(?<=\bthe\sopening\s))quarter of an(?= hour\b)|(?:(?<=\bthe\snext\s)|(?<=\bthe\spast\s)|(?<=\bthe\slast\s)|(?<=\bthe\sfollowing\s))quarter(?=[- ]century\b))|(?P<amount>{{number}})(?:\s*(?P<fraction>(?<=\s)1/2|[½¼¾])|(?P<hyphen_half>-1/2(?=-))|(?P<and_half>[ -]and[ -]a[ -]half)|(?P<and_quarter> and a quarter(?= hours?\b))|(?P<odd>-odd)|(?P<plus>-plus|\+(?= )))?|(?<!\bhow\s){{vague}})(?: (?:more|additional|further|extra|full|{_AMOUNT_ADJECTIVES}))?[- ]"
            + _UNIT_WORDS
            # "for a day or two": one or two, some days.
            # (Not "a month or two": TimeBank draws "a month" alone.)
            + r"(?:(?:(?<=\ba\sday)|(?<=\ban\shour)|(?<=\ba\sweek)|(?<=\ba\syear))"
            r"(?P<or_two> or (?:two|three)(?![\w-])))?"
            # "recent weeks and months", "the coming weeks and months": a second, longer unit
            # joined to the first widens it, one length (not "in a few days and weeks
            # respectively", two).
            r"(?P<and_unit>(?:"
            + "|".join(
                f"(?<={lead}\\s{unit})"
                for lead in ("recent", "coming")
                for unit in ("days", "weeks", "months")
            )
            + r") and (?:weeks|months|years)\b(?![\w-])(?! (?:ago|earlier|later)\b))?"
            # "a night-raid" is a raid at night, not a night's length.
            # ("everyone 6 months and older": an age that bounds who, no length.)
            # ("an hour and a quarter", "two hours and a quarter": fifteen minutes more.)
            + r"(?:(?P<half_more> and a half)|(?<=hour) (?P<quarter_more>and a quarter)|(?<=hours) (?P<quarter_more2>and a quarter))?"
            # ("the IRA's 8-month-old truce", "the two-year-old conflict": how long an event has
            # lasted, not an age.)
            r"(?:-old(?= (?:truce|ceasefire|cease-fire|conflict|war|insurgency|uprising|rebellion|revolt|strike"
            r"|lockout|standoff|stand-off|siege|blockade|boycott|embargo|occupation|crisis|dispute|moratorium"
            r"|freeze|recession|slump|rally|campaign|protests?|talks|negotiations|stalemate|deadlock)\b)|(?!-old))"
            r"(?! (?:old|of age|(?:and|or) (?:older|over|up|younger|under))\b)"
            r"(?!(?<=night)-)"
            # ("the bond market had quite a day", "What a day": an exclamation of a day, no length.)
            r"(?!(?<=\bquite\sa\sday)|(?<=\bwhat\sa\sday))"
            # "on a month-on-month basis", "a year-over-year gain" compare periods, no length.
            r"(?!-(?:on|over|to)-)"
            # "four quarter-point increases": a size of a rate's step, no length.
            r"(?!(?<=quarter)-(?:point|percentage))"
            # ("eight second-round games": an ordinal's compound, no seconds.)
            r"(?!(?<=second)-(?!long\b)[a-z])"
            # "a day job", "a day trip": a kind of job or trip, no length (not "a day-long trip").
            r"(?!(?<=\ba\sday)[\s-]+(?:jobs?|trips?|care|pass(?:es)?|shifts?|schools?|students?|labou?rers?|nursery|"
            r"traders?|trading)\b)"
            # ("27 January is marked as a day of military glory", "a day of mourning": what kind of
            # day, no length.)
            r"(?!(?<=\ba\sday) of (?:national\s+|military\s+)?(?:mourning|remembrance|glory|prayer|action|protest"
            r"|celebration|rest|reflection|solidarity|rage|fasting|thanksgiving"
            # ("Bloody Sunday was a day of violence in Dublin": what kind of day.)
            r"|violence|bloodshed|terror|chaos|carnage|infamy"
            # ("Today is a day of justice for the families".)
            r"|justice|joy|hope|shame|sorrow|grief|anger|reckoning|triumph|jubilation|unity|history|tragedy"
            # ("Every Friday will be a day of martyrs", "a day of defiance".)
            r"|martyrs|defiance|resistance|departure|dignity|unrest)\b)"
            # ("It was a night of whiplash", "I have never seen a night like last night": a kind of
            # night, no length.)
            r"(?!(?<=\ba\snight)\s+(?:of|like|to\s+remember)\b)"
            # ("a year-end report": the end of a year, no length.)
            r"(?!(?<=\ba\syear)-end\b)"
            # ("declared on 1 January 1804, a day celebrated in Haiti": a day named, no length.)
            # ("The selloff came on a day when investors were anxious": a day the clause names.)
            # ("on Tuesday, a day that could settle the nomination": the day named, no length.)
            # ("returned on 10 January 1972, a day still marked as Homecoming Day": an adverb between.)
            r"(?!(?<=\ba\sday)\s+(?:(?:still|now|also|since|later|long|widely|today)\s+)?(?:celebrated|commemorated"
            r"|marked|remembered|observed|honou?red|known|kept|when|that|which|on\s+which)\b)"
            # ("This is not a day any of us wanted", "Not a day goes by": a day named, no length.)
            r"(?!(?<=\bnot\sa\sday)\s+(?!(?:or|and|too|more|longer|later|earlier)\b))"
            # ("granted on 31 July 1925, a day the labour movement called Red Friday": in apposition.)
            r"(?!(?<=,\sa\sday)\s+(?:the|his|her|their|its|many|most|some|few)\b)"
            # ... and "a night attack", "a night march", "in three night runs": an attack by night
            # ("a night surface engagement", "a night bombing raid": with a word of its kind between).
            r"(?!(?<=\snight)\s+(?:(?:surface|air|naval|bombing|torpedo|infantry|cavalry|artillery|commando)\s+)?"
            r"(?:assaults?|attacks?|march(?:es)?|raids?|crossings?|flights?|shifts?|bombing|"
            r"engagements?|actions?|runs?|"
            r"operations?|sorties?|battles?|offensives?|watch|fighters?|landings?|withdrawals?|airlifts?|"
            r"airdrops?|patrols?|approach(?:es)?|advances?|drives?|journeys?|"
            # ... and a job or a place by night: "A night clerk was shot", "a night club".
            r"clerks?|watchm[ae]n|guards?|nurses?|porters?|managers?|editors?|workers?|staff|duty|desk|"
            r"clubs?|trains?|bus(?:es)?|schools?|sky|vision|court|"
            # ... and any agent of a trade by night: "a night typesetter", "a night operator".
            r"(?!(?:later|after|together|under|over|ever|earlier|sooner|longer|rather|never|either|neither|"
            r"other|another|outdoor|indoor|per|for|or)\b)[a-z]{2,}(?:er|or|ist)s?)\b)"
            # ("It's 18 minutes past the hour": a broadcast's clock, no length.)
            r"(?! (?:past|after|before|to|till|until) the hour\b)"
            # "it was said in some quarters that": among some people, not three months.
            r"(?<!\bin\ssome\squarters)(?<!\bin\smany\squarters)(?<!\bin\scertain\squarters)"
            # ("Fires broke out in several quarters by midday": parts of a city.)
            r"(?<!\bin\sseveral\squarters)(?<!\bin\svarious\squarters)(?<!\bin\sother\squarters)"
        ),
        parse=_duration,
        examples=(
            Example("The yen hit a 4-1/2-year low on Wednesday.", "P4Y6M", span="4-1/2-year"),
            Example("The delay lasted an hour and a quarter.", "PT1H15M", span="an hour and a quarter"),
            Example(
                "The ball landed 3 hours, 12 minutes after the first pitch.",
                "PT3H12M",
                span="3 hours, 12 minutes",
            ),
            Example("The countdown has entered its final two weeks.", "P2W", span="final two weeks"),
            Example("two years", "P2Y"),
            Example("Running late, there in 20 mins.", "PT20M", span="20 mins"),
            Example("The loan runs 18 mos at a fixed rate.", "P18M", span="18 mos"),
            Example("Back in 2 wks, the sign said.", "P2W", span="2 wks"),
            Example("The microwave beeped after 45 secs.", "PT45S", span="45 secs"),
            Example("a four-day state visit", "P4D", span="four-day"),
            Example("the past three months", "P3M"),
            Example(
                "She will serve the remaining 23 months of his term.", "P23M", span="the remaining 23 months"
            ),
            Example("30-year", "P30Y"),
            Example("several days", "PXD"),
            Example("Talks go on in the coming weeks and months.", "PXW", span="the coming weeks and months"),
            Example("For a day or two, nothing happened.", "PXD", span="a day or two"),
            Example("two and a half years", "P2Y6M"),
            Example("He coached the team for 20-plus years.", "P20Y", span="20-plus years", mod="MORE_THAN"),
            Example("She has taught for 30+ years.", "P30Y", span="30+ years", mod="MORE_THAN"),
            # ... and as one hyphenated adjective: "a four-and-a-half-year contract".
            Example("He signed a four-and-a-half-year contract.", "P4Y6M", span="four-and-a-half-year"),
            # How long an event has lasted, as its noun's adjective (a person's age is none).
            Example("The two-year-old conflict has killed thousands.", "P2Y", span="two-year-old"),
            Example("He served 3½ years in prison.", "P3Y6M", span="3½ years"),
            Example("The flight took 1¾ hours.", "PT1H45M", span="1¾ hours"),
            Example("She has lived there for 20-odd years.", "P20Y", span="20-odd years", mod="APPROX"),
            Example("He spent thirty-odd years abroad.", "P30Y", span="thirty-odd years", mod="APPROX"),
            Example("half an hour", "PT30M"),
            Example("The record reaches back several thousand years.", "PXY", span="several thousand years"),
            # "the next half hour", "a half-hour show": a transcript's or a listing's half.
            Example("Stay with us for the next half hour.", "PT30M", span="the next half hour"),
            Example("He gave a half-hour speech.", "PT30M", span="half-hour"),
            Example("He waited a half hour.", "PT30M", span="a half hour"),
            Example("The conference starts a half-hour after the statement.", "PT30M", span="a half-hour"),
            # ("He scored in the last half hour": of a match, as "the second half" is.)
            # "the trailing 12 months": the twelve that end now, in company reports.
            Example("Revenue over the trailing 12 months rose.", "P12M", span="the trailing 12 months"),
            Example("half a century", "P50Y"),
            # "the next half century", "a half-century of peace": fifty years, as a history counts.
            Example("Over the next half century the faith spread.", "P50Y", span="the next half century"),
            Example("After a half-century of peace, war came.", "P50Y", span="a half-century"),
            Example("The next half-century was calm.", "P50Y", span="The next half-century"),
            Example("The dynasty ruled for a quarter of a century.", "P25Y", span="a quarter of a century"),
            Example("after a quarter-century in power", "P25Y", span="a quarter-century"),
            Example("The talks lasted three quarters of an hour.", "PT45M", span="three quarters of an hour"),
            Example("The bus is due in a quarter hour.", "PT15M", span="a quarter hour"),
            Example("three and a half days", "P3DT12H"),
            Example("half a day", "PT12H"),
            Example("a decade", "P10Y"),
            Example("48 hours", "PT48H"),
            Example("a year and a half", "P1Y6M"),
            Example("half a year", "P6M"),
            Example("5 1/2 hours", "PT5H30M"),
            Example(
                "for at least four more months", "P4M", span="at least four more months", mod="EQUAL_OR_MORE"
            ),
            Example("it took a minute and a half", "PT1M30S", span="a minute and a half"),
            Example("profit for the nine months rose", "P9M", span="the nine months"),
            Example("revenue in the year-earlier nine months", "P9M", span="the year-earlier nine months"),
            Example("in recent years", "PXY", span="recent years"),
            Example("in the coming months", "PXM", span="the coming months"),
            Example("In the following days, refugees fled.", "PXD", span="the following days"),
            Example("In the intervening years the fort decayed.", "PXY", span="the intervening years"),
            Example("after two bloody weeks of fighting", "P2W", span="two bloody weeks"),
            Example('"It\'s been four long days," said Reed.', "P4D", span="four long days"),
            Example("in the three previous weeks", "P3W", span="the three previous weeks"),
            Example(
                "compared with 3.8% in the preceding three months", "P3M", span="the preceding three months"
            ),
            Example("for ten straight days", "P10D", span="ten straight days"),
            Example("The strike dragged on for another three weeks.", "P3W", span="another three weeks"),
            Example("The fund lagged the index for nine trading days.", "P9D", span="nine trading days"),
            Example("The lease ran for a single year.", "P1Y", span="a single year"),
            Example("The dynasty ruled for three hundred years.", "P300Y", span="three hundred years"),
            Example("The siege lasted as many as five years.", "P5Y", span="five years"),
            # ... but a count before "a year" does not make a rate of a length after a preposition.
            Example("He held three jobs for a year.", "P1Y", span="a year"),
            # A measure of time "a week" is a rate; its own amount is a length.
            Example("Adults need 150 minutes of exercise a week.", "PT150M", span="150 minutes"),
            Example("The channel aired a thirty-second advert.", "PT30S", span="thirty-second"),
            Example("It stopped with less than a second left.", "PT1S", span="less than a second"),
            # ... not a part of a period with its article ("of the strike").
            Example("After three months of the strike a week passed without talks.", "P1W", span="a week"),
        ),
        negatives=(
            "One minute the engine was running, the next it was silent.",
            "In some years the vaccine is a poor match.",
            "In the late 1910s her series Twelve Months (1919) became her masterpiece.",
            "The bond market had quite a day as well.",
            "Today is a day of justice for the families.",
            "The minister called it a day the country will remember.",
            "He kept his day job.",
            "Fans have waited a long time for a night like this.",
            "Refugees arrived at the rate of four or five a day.",
            "Voters go to the polls in the biggest single day of the primary season.",
            "Winds of 40-mile-an-hour tore roofs off.",
            "Voters go to the polls on Tuesday, a day that could settle the nomination.",
            'The subsidy was granted on 31 July 1925, a day the labour movement called "Red Friday".',
            '"This is not a day any of us wanted," said the chairman.',
            # How rare a thing is, no length.
            "The storm was a once-in-a-century event.",
            "It was a night of whiplash for both campaigns.",
            "We expect 1991 to be a difficult year.",
            # A programme's title.
            "We'll have a special edition of 60 Minutes at 7 p.m.",
            # An ordinal, not a length in seconds.
            "The regiment marked its thirty-second anniversary.",
            "The Twenty-Second Legion was raised in Gaul.",
            "She took a day trip to Bath.",
            "A night clerk was shot.",
            "He worked as a night typesetter for a printing firm.",
            "Claims have averaged more than 400,000 a week since mid-November.",
            "By 1900 he conducted as many as four of them a week.",
            "By July clinics were seeing dozens of new patients a day.",
            "They fought on 28 June 1778, a day on which the temperature exceeded 100 degrees.",
            "The tournament continues today with eight second-round games.",
            "He reached his half-century before lunch.",
            "a 10-year-old boy",
            "a second round",
            "he is 52 years old",
            "about three-quarters of them",
            "If approved, the three-quarter cent tax would take effect.",
            "a quarter of the shares",
            "He sold three quarters of the family's land.",
            "Guards watch the gate 24 hours a day, seven days a week.",
            "Critics in some quarters blamed the admiral.",
            "It was the third bank to fail in as many months.",
            # A rate: "a day" is what the count is divided by, not a length.
            "The clinic sees 200 patients a day.",
            "Homeowners would pay about $96 more a year in school taxes.",
            "We lived on one bowl of turnip soup a day.",
            "Today 27 January is marked in Russia as a day of military glory.",
            "People who eat seven or more portions a day live longer.",
            "The airline operates two flights a week to Lagos.",
            "The field pumps 2 million barrels a day.",
            "Doctors advise no more than two cups of coffee a day.",
            "People who drink four or more cups of coffee a day may have a lower risk.",
            "He earns $50,000 a year.",
            "On a month-on-month basis, prices rose 1%.",
            "Sales posted a year-over-year gain.",
            "Winds of eighty miles an hour battered the coast.",
            "The economy grew 3 percent a year.",
        ),
    ),
    Rule(
        name="duration.race_time",
        type="DURATION",
        # "won the marathon in 2:03:38": hours, minutes and seconds of a race, with one digit for
        # the hours (a clock with seconds writes two, "at 05:46:23": time.clock_24h).
        pattern=r"(?<![\w:.,])(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bfrom\s)(?<!\baround\s)"
        r"(?<!\babout\s)(?<!\bbefore\s)(?<!\bafter\s)(?P<hours>[1-9]):(?P<minutes>[0-5][0-9]):(?P<seconds>[0-5][0-9])(?![\w:]|[.,][0-9])"
        # Minutes and seconds alone where only a length can stand: a runner's split ("clocked
        # 2:45", "a time of 3:58"), a game clock's last minutes ("over the final 2:45 of the game").
        r"|(?:(?<=\bclocked\s)|(?<=\bclocking\s)|(?<=\btimed\s)|(?<=\btime\sof\s)|(?<=\bbest\sof\s)|(?<=\brecord\sof\s)"
        r"|(?<=\bthe\sfinal\s)|(?<=\bthe\slast\s)|(?<=\bthe\sfirst\s)|(?<=\bthe\sopening\s)"
        # ("who has not broken 1:45 since 2009": a time a runner has not run under.)
        r"|(?<=\bbroken\s)|(?<=\bbroke\s)|(?<=\bbreak\s)|(?<=\bbreaking\s)"
        # ("The leaders passed halfway in 14:05".)
        r"|(?<=\bhalfway\sin\s))"
        r"(?P<minutes_alone>[0-9]{1,2}):(?P<seconds_alone>[0-5][0-9])(?![\w:]|[.,][0-9])(?!\s?[ap]\.?m\b)"
        # ... and a margin: "finishing 1:04 ahead of a chasing group".
        r"|(?<![\w:.,])(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\baround\s)(?<!\babout\s)(?<!\bbefore\s)"
        r"(?<!\bafter\s)(?<!\bfrom\s)(?<!\bto\s)(?P<minutes_margin>[0-9]{1,2}):(?P<seconds_margin>[0-5][0-9])(?= (?:ahead\s+of|behind|clear\s+of|down|back|adrift|off\s+the\s+pace)\b)"
        # ... and a winning margin: "won the stage by 1:08 from Vingegaard".
        r"|(?<=\bby\s)(?P<minutes_by>[0-9]{1,2}):(?P<seconds_by>[0-5][0-9])(?= (?:from|over)\s+(?-i:[A-Z]))"
        # ... and a placing's gap: "Lipowitz was third at 2:11" (not "a third at 9:53", a third event).
        r"|(?:"
        + "|".join(
            rf"(?<=\b{place}\sat\s)(?<!\ba\s{place}\sat\s)(?<!\bthe\s{place}\sat\s)"
            for place in (
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
            )
        )
        + r")(?P<minutes_place>[0-9]{1,2}):(?P<seconds_place>[0-5][0-9])(?![\w:]|[.,][0-9])(?!\s?[ap]\.?m\b)"
        # ... and minutes no clock has: "ran the second half in 59:50".
        r"|(?<![\w:.,])(?P<minutes_long>2[5-9]|[3-9][0-9]):(?P<seconds_long>[0-5][0-9])(?![\w:]|[.,][0-9])"
        # ... and a time a race was run in, after "in" in a sentence of a race (see _race_time).
        r"|(?<=\bin\s)(?P<minutes_in>[0-9]{1,2}):(?P<seconds_in>[0-5][0-9])(?![\w:]|[.,][0-9])(?!\s?[ap]\.?m\b)",
        parse=_race_time,
        examples=(
            Example("Kipsang won the marathon in 2:03:23.", "PT2H3M23S", span="2:03:23"),
            Example("She finished in a time of 2:20:57, a course record.", "PT2H20M57S", span="2:20:57"),
            Example("Sisson clocked 2:45 for the final 800 meters.", "PT2M45S", span="2:45"),
            Example("He won the stage, finishing 1:04 ahead of a chasing group.", "PT1M4S", span="1:04"),
            Example("The leaders passed halfway in 14:05.", "PT14M5S", span="14:05"),
            Example("Ingebrigtsen won the 1500m in 3:41.", "PT3M41S", span="3:41"),
            Example("Evenepoel sits fourth, 4:38 down.", "PT4M38S", span="4:38"),
            Example("Pogacar won the stage. Lipowitz was third at 2:11.", "PT2M11S", span="2:11"),
            Example("He ran the second half in 59:50.", "PT59M50S", span="59:50"),
            Example("The 800m runner has not broken 1:45 since 2009.", "PT1M45S", span="1:45"),
            Example(
                "Denver went without a field goal over the final 2:45 of the game.", "PT2M45S", span="2:45"
            ),
        ),
        # (Over a clock of the same span: "clocked 2:45" is no time of day.)
        priority=1,
        negatives=(
            "The winning goal came at 4:31 of the second overtime.",
            "The race started at 9:03:00 a.m.",
            "The meeting ended at 10:30 ahead of schedule.",
            "The quake struck at 05:46:23 UTC.",
            "The flight left at 9:05:00.",
            "The train arrives in 3:41.",
        ),
    ),
    Rule(
        name="duration.unit_letters",
        type="DURATION",
        # Lower case only, against the number: "2H" is a half of a year, "3H" tritium. A lone
        # "m" is metres or millions ("2m tall", "$5m"), so minutes written "m" follow hours.
        pattern=(
            # Not after "at", "by", "until", "from": "at 8h30" is a clock time, as French writes it.
            r"(?<![\w$€£#.,:/-])(?<!\bat\s)(?<!\bby\s)(?<!\buntil\s)(?<!\bfrom\s)"
            r"(?:(?P<hours>[0-9]{1,3})(?-i:h|hrs?)"
            r"(?:(?P<minutes>[0-5][0-9])(?![\w:]|[.,][0-9])|\s?(?P<minutes_unit>[0-5]?[0-9])\s?(?-i:m|mins?)\b)?"
            # ("1hr 15min 26.665sec", "+0.835sec": a race's seconds to the thousandth.)
            r"|(?P<minutes_only>[0-9]{1,3})(?-i:mins?)|(?P<seconds_only>[0-9]{1,3}(?:\.[0-9]{1,3})?)(?-i:secs?))(?![\w-])"
        ),
        parse=_unit_letters,
        examples=(
            Example("The flight takes 2h 30m.", "PT2H30M", span="2h 30m", type="DURATION"),
            Example("The stage was won in 1h45.", "PT1H45M", span="1h45"),
            Example("Unions called a 24h strike.", "PT24H", span="24h"),
            Example("The film runs 2hrs 15mins.", "PT2H15M", span="2hrs 15mins"),
            Example("Bake for 45mins.", "PT45M", span="45mins"),
            Example("Hold the plank for 30secs.", "PT30S", span="30secs"),
            Example("Results: 2. Sato +0.835sec", "PT0.835S", span="0.835sec"),
        ),
        negatives=(
            "He is 2m tall.",
            "The club paid £5m for him.",
            "Profit rose in 2H 2024.",
            "The talks resume at 8h30.",
            "Room 12h-3 is closed.",
        ),
    ),
    Rule(
        name="duration.over_the_next_unit",
        type="DURATION",
        # "will report results over the next week", "within the next month": the stretch a
        # preposition of length spans, as "over the next two weeks" is (not "next week", a date).
        # (A history's "Over the next week tourism collapsed" is the week after its story's day:
        # a date there, relative.determined_unit's.)
        pattern=r"(?:(?<=\bover\s)|(?<=\bwithin\s)|(?<=\bduring\s))the (?:next|coming|following) "
        r"(?P<unit>week|month|year)\b(?!\s+(?:of|or|and)\b)(?!['’])",
        parse=_one_unit,
        domains=("news",),
        examples=(
            Example("The company will report results over the next week.", "P1W", span="the next week"),
            Example("A decision is expected within the next month.", "P1M", span="the next month"),
        ),
        negatives=("The company will report results next week.",),
        priority=2,
    ),
    Rule(
        name="duration.the_fortnight",
        type="DURATION",
        # "For the first fortnight the party followed the river", "did not drop a set in the
        # entire fortnight": a fortnight is a length (not "the first week of March", a date).
        # ... and so is any unit "for" measures: "for the first week he slept in the barn".
        pattern=r"the (?:first|entire|whole|full|opening|final|last) (?P<unit>fortnight)(?! of\b)"
        r"|(?<=\bfor\s)the (?:first|entire|whole|full) (?P<one_unit>week|month|year|day|night)(?! of\b)(?!-)"
        # ... and the whole of one a verb of lasting measures: "a battle that lasted the entire day".
        r"|(?:(?<=\blasted\s)|(?<=\blasts\s)|(?<=\blast\s)|(?<=\bspent\s)|(?<=\btook\s))the (?:entire|whole|full) "
        r"(?P<whole_unit>week|month|year|day|night)(?! of\b)(?!-)"
        # ... and the first week or month of a course told without a date: "Most patients lost
        # weight in the first month", "monitored closely during the first week".
        r"|(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bwithin\s))the first (?P<first_unit>week|month)(?=\s*[.,;:!?)]|\s+(?:and|or|but|after|of\s+(?:treatment|therapy|life|use|the\s+(?:trial|study|program|treatment))|on)\b)",
        parse=_fortnight,
        examples=(
            Example("For the first week he slept in the barn.", "P1W", span="the first week"),
            Example("He stayed for the entire month.", "P1M", span="the entire month"),
            Example("They fought a battle that lasted the entire day.", "P1D", span="the entire day"),
            Example("Most patients lost weight in the first month.", "P1M", span="the first month"),
            Example("Patients were monitored closely during the first week.", "P1W", span="the first week"),
            Example(
                "For the first fortnight the party followed the river.", "P2W", span="the first fortnight"
            ),
            Example("She did not drop a set in the entire fortnight.", "P2W", span="the entire fortnight"),
        ),
        negatives=(
            "They met in the first fortnight of March.",
            "He was paid for the first week of March.",
            "Sales rose in the first week of May.",
        ),
    ),
    Rule(
        name="duration.weekends",
        type="DURATION",
        # A count of weekends, with the article and position of "the past three weeks"; not "a
        # weekend", as often the noun's ("a weekend break"), nor "two weekends ago", a date.
        pattern=(
            r"(?:the (?:past|last|next|previous|coming|first|final|following|remaining) )?"
            r"(?:(?P<amount>{number})|(?P<vague>several|a few)) weekends\b"
            r"(?! (?:ago|earlier|later|before|after|from now)\b)"
        ),
        parse=_weekends,
        examples=(
            Example("The show runs over the next three weekends.", "P3WE", span="the next three weekends"),
            Example("Crowds have marched on the past two weekends.", "P2WE", span="the past two weekends"),
            Example("The ride closed for several weekends.", "PXWE", span="several weekends"),
        ),
        negatives=("The family took a weekend break.", "The derby was held two weekends ago."),
    ),
    Rule(
        name="duration.units_time",
        type="DURATION",
        # The possessive joins the extent: "two years' time", "a week's time".
        pattern=r"(?P<amount>{number}) (?P<unit>days|weeks|fortnights|months|years|decades)['’] time"
        r"|(?P<one>an?|one) (?P<unit1>day|week|fortnight|month|year|decade)['’]s time",
        parse=_units_time,
        examples=(
            Example("The bridge opens in two years' time.", "P2Y", span="two years' time"),
            Example("The city fell for the third time in a year's time.", "P1Y", span="a year's time"),
        ),
        priority=3,
    ),
    Rule(
        name="duration.times_sign",
        type="DURATION",
        # A clinical note's "x3 days" ("Ceftriaxone x3 days"): for three days, the sign against the
        # number. The sign and the number are one token, and TimeML tags whole tokens, so the
        # extent takes the sign; with a space between them ("x 7 days") the count alone is the
        # timex, as after "for". Not "x3" with no unit after it ("repeated x3": three times).
        pattern=r"x(?P<amount>[0-9]{1,3}) (?P<unit>days|weeks|months|hours|day|week|month)",
        parse=_units_time,
        examples=(
            Example("Ceftriaxone was given x3 days.", "P3D", span="x3 days", type="DURATION"),
            Example("Continue prednisone x2 weeks, then taper.", "P2W", span="x2 weeks"),
        ),
        negatives=("Blood cultures were repeated x3.", "The box is 2x3 days' work.", "Use the xbox10 days."),
        priority=3,
    ),
    Rule(
        name="duration.age",
        type="DURATION",
        # An age, as histories and biographies give it: "died in 1890, aged [69]", "at the age of
        # [twelve]", "he was [19 years old]", "[25 years of age]". After "age" or "aged" the number
        # alone is the extent, as WikiWars draws "died at age [seventy-nine]" (with an approximation
        # before it, as narratives draw counts: "aged [about sixty]"). Narratives only:
        # TimeBank leaves ages untagged ("Howes, 37 years old"). Not "aged 12 years" (the unit
        # reads it) nor "the age of 18 months"; not a share ("aged 60 per cent").
        pattern=(
            # (Not an article: "dreamed from an early age of a crusade".)
            rf"(?P<lead>{_AGE_LEADS})?(?(lead)(?!an?\b))(?P<amount>{{number}})"
            r"(?(lead)(?![\w-]|[.,][0-9]| (?:years|months|weeks|days|per)\b|%)"
            r"| (?P<unit>years|months|weeks|days) (?:old|of age)\b)"
        ),
        parse=_age,
        examples=(
            Example("He died on 12 May 1890, aged 69.", "P69Y", span="69", domain="narrative"),
            Example(
                "At the age of twelve he entered the seminary.",
                "P12Y",
                span="twelve",
                domain="narrative",
            ),
            Example("She married at age 17.", "P17Y", span="17", domain="narrative"),
            Example("In 1848, aged only 18, he joined the revolt.", "P18Y", span="18", domain="narrative"),
            Example(
                "He died in prison, aged about sixty.",
                "P60Y",
                span="about sixty",
                mod="APPROX",
                domain="narrative",
            ),
            Example("The average recruit was 19 years old.", "P19Y", span="19 years old", domain="narrative"),
            Example("Voters had to be 25 years of age.", "P25Y", span="25 years of age", domain="narrative"),
            Example(
                "Senators had to be at least 30 years of age.",
                "P30Y",
                span="at least 30 years of age",
                mod="EQUAL_OR_MORE",
                domain="narrative",
            ),
            Example(
                "The average soldier was 22.8 years old.", "P22.8Y", span="22.8 years old", domain="narrative"
            ),
            Example("The prince was six months old.", "P6M", span="six months old", domain="narrative"),
            Example("The bridge is 400 years old.", "P400Y", span="400 years old", domain="narrative"),
        ),
        negatives=(
            "Sebastian dreamed from an early age of a crusade.",
            "The whisky was aged in oak casks.",
            "He was aged 12 years and four months.",
            "It was the age of steam.",
            "a 10-year-old boy",
        ),
        domains=("narrative",),
        priority=3,
        starts=_age_starts,
    ),
    Rule(
        name="duration.another_unit",
        type="DURATION",
        # "wait another decade": one more of the unit, the "another" of "another three weeks"
        # without its number. Not "another day", which is as often some other day ("to fight
        # another day") as one more; not "another year or two", a vague count.
        pattern=(
            r"another (?P<unit>week|fortnight|month|year|decade|century|hour)"
            # ("for another week and a half": one and a half more.)
            r"(?P<half_more> and a half)?"
            # ("for another decade before Athens surrendered": the length up to an event.)
            # ("whether that takes another week or another two months": the choice of two lengths.)
            r"(?![-'’\w])(?! (?:ago|earlier|later)\b)(?! or\b(?! another\b))"
        ),
        parse=_duration,
        examples=(
            Example("We cannot afford to wait another decade.", "P10Y", span="another decade"),
            Example("The talks will go on for another week.", "P1W", span="another week"),
            Example(
                "The war went on for another decade before Athens surrendered.",
                "P10Y",
                span="another decade",
                domain="narrative",
            ),
            Example(
                "Whether that takes another week or another two months, we will go on.",
                "P1W",
                span="another week",
            ),
            Example(
                "We may not have a result for another week and a half.",
                "P1.5W",
                span="another week and a half",
            ),
        ),
        negatives=(
            "The rebels lived to fight another day.",
            "The drought could last another year or two.",
        ),
    ),
    Rule(
        name="duration.the_past_unit",
        type="DURATION",
        # "the next hour" of a bulletin is the hour to come; "the next day" is a day (relative.*);
        # "within the next fortnight" is two weeks to come (Britain has no "next fortnight" date).
        # "over the next decade", "for the following century": a stretch the preposition measures
        # out, not the decade that follows ("in the next decade"). Not the shorter units: "closed
        # over the next year or so" is read as the year to come.
        pattern=(
            # "the last day of the talks" is a day of them (relative.nth_day_of_event).
            # ("at the last minute", "until the last minute": an idiom for late, no length.)
            # ("the last day on which a landing was possible": a day a clause names.)
            # ("The last day for students is June 14": the day set for them.)
            # ("for most of the last century": the century before, a date, as "the previous
            # century" is; "over the last century" is measured out, below.)
            r"(?:the (?:(?P<the_past>past)|last(?! day (?:of|for|on which|when|that)\b)(?! century\b(?! of\b))(?<!\bat\sthe\slast)(?<!\buntil\sthe\slast)(?<!\btill\sthe\slast)"
            r"|(?:next|following)(?= (?:hour|minute|fortnight)\b)"
            # ("spent the final fortnight of the campaign promising tax cuts", as "the last".)
            r"|final(?= (?:week|fortnight|month|year|hour|minute) of\b))"
            # ("The governor resigned within the hour": an hour from the moment told.)
            r"|(?<=\bwithin\s)the(?= hour\b)"
            # ("the annual average of 57 over the previous decade": the ten years before.)
            r"|"
            # ("he spent the next decade moving between London and Turin": the time spent.)
            + after_one_of("over", "throughout", "within", "for", "spent", "spend", "spending")
            # ("Emissions must fall over the coming decade", as over the next one.)
            + r"the (?:next|following|previous|preceding|coming|last)"
            r"(?= (?:decade|century)\b))"
            r" (?P<unit>day|week|fortnight|month|year|decade|century|hour|minute)(?! (?:ago|earlier|later)\b)"
            # ("the last year before the war" is a year; "declined for the past decade before rising
            # this year" a length.)
            r"(?(the_past)|(?! (?:before|after)\b))"
        ),
        parse=_duration,
        examples=(
            # (A history's; a report's "the past year" is the year before the DCT: relative.the_past_unit.)
            Example(
                "In the past year, both armies had clashed.", "P1Y", span="the past year", domain="narrative"
            ),
            Example("the last decade", "P10Y", domain="narrative"),
            Example(
                "Incidents declined for the past decade before rising this year.",
                "P10Y",
                span="the past decade",
            ),
            Example("coming up in the next hour", "PT1H", span="the next hour"),
            Example("Sea levels rose over the last century.", "P100Y", span="the last century"),
            Example("A verdict is due within the next fortnight.", "P2W", span="the next fortnight"),
            Example(
                "After 1851 he spent the next decade moving between London and Turin.",
                "P10Y",
                span="the next decade",
                domain="narrative",
            ),
            Example(
                "Over the following fortnight the British fought costly actions.",
                "P2W",
                span="the following fortnight",
            ),
            Example("Prices have soared over the past fortnight.", "P2W", span="the past fortnight"),
            Example(
                "He spent the final fortnight of the campaign promising tax cuts.",
                "P2W",
                span="the final fortnight",
            ),
            Example("Over the next decade the rebels held the countryside.", "P10Y", span="the next decade"),
            Example(
                "It beat the average of 57 over the previous decade.", "P10Y", span="the previous decade"
            ),
            Example(
                "The city remained the capital for the following century.",
                "P100Y",
                span="the following century",
            ),
        ),
        negatives=("The deal was saved at the last minute.",),
        priority=2,
    ),
    Rule(
        name="duration.year_ended",
        type="DURATION",
        # "revenue for the year ended April 30", "profit in the year to March": a twelve-month
        # period named by its length and its last day or month, as financial reports write it (the
        # date after it is a timex of its own); "the half-year to June" is six months.
        pattern=(
            # ("in its fiscal year ended Sept. 30": the possessive stays outside, as with "his first day".)
            r"(?:the |(?:(?<=\bits\s)|(?<=\btheir\s))(?=(?:fiscal|financial) ))"
            r"(?:(?:fiscal|financial) )?(?:(?P<half>(?-i:half)[- ])?(?P<unit>(?-i:year))|(?P<half_year>(?-i:half)))"
            # ("the fiscal year that ended March 31": with its relative pronoun too.)
            r"(?=(?: (?:that|which))? end(?:ed|ing|s)\b(?! (?:up|with|in (?:a|an|the)\b))"
            r"| (?:to|through) (?:next |last |this )?(?:(?:{day}|{ordinal_day}) )?{month}(?![\w-]))"
        ),
        parse=_year_to,
        examples=(
            Example("Revenue for the year ended April 30 slipped.", "P1Y", span="the year", type="DURATION"),
            Example("In the fiscal year ending March 31, sales fell.", "P1Y", span="the fiscal year"),
            Example("Profit rose 5% in the year to March.", "P1Y", span="the year"),
            Example("Prices rose 3% in the year through June.", "P1Y", span="the year"),
            Example("The economy will shrink in the year to next March.", "P1Y", span="the year"),
            Example("Sales fell in the year to 31 March.", "P1Y", span="the year"),
            Example("Profit fell in the half-year to June 30.", "P6M", span="the half-year"),
            Example("Profit fell in the half year ended June 30.", "P6M", span="the half year"),
            Example("Profit fell in the half to June.", "P6M", span="the half"),
            Example("It earned $96 million in its fiscal year ended Sept. 30.", "P1Y", span="fiscal year"),
            Example(
                "Net profit for the fiscal year that ended March 31 fell 22 percent.",
                "P1Y",
                span="the fiscal year",
            ),
            Example("Net profit for the year that ended March 31 fell.", "P1Y", span="the year"),
        ),
        negatives=(
            "the year-end figures",
            "Sales are up 4% in the year to date.",
            "He moved the year to Paris.",
            "The year ended with a recession.",
        ),
        priority=3,
    ),
    Rule(
        name="duration.week_ended",
        type="DURATION",
        # "in the week ended Friday", "the week to Oct. 27": seven days named by their last day, as
        # market reports write it (the day is a timex of its own); "the week ended with a rally"
        # is no such period.
        pattern=(
            # ("in the week that ended June 10": the relative clause of the same period.)
            r"the (?P<unit>(?-i:week))(?= (?:(?:that )?ended|ending|to|through) (?:{weekday}|{month} {day}|{day:day2} {month:month2}"
            # ("In the week ended yesterday, money-market fund assets rose".)
            + r"|yesterday|today"
            # "the week to Christmas Eve": a fixed holiday is a day as well.
            + r"|(?-i:(?=[A-Z]))"
            + alternation(en.FIXED_HOLIDAYS)
            + r")\b)"
        ),
        parse=_duration,
        examples=(
            Example("Bond funds drew $2 billion in the week ended Friday.", "P1W", span="the week"),
            Example("Mortgage rates fell in the week to March 5.", "P1W", span="the week"),
            Example("Stocks fell 2% in the week through Friday.", "P1W", span="the week"),
            Example("Retail sales rose 3% in the week to Christmas Eve.", "P1W", span="the week"),
            Example("New claims rose in the week that ended June 10.", "P1W", span="the week"),
        ),
        negatives=("The week ended with a rally.",),
        priority=3,
    ),
    Rule(
        name="duration.long_adjective",
        type="DURATION",
        # AP style closes the compound of a single unit: "weeklong", "yearlong". A count may leave
        # the compound open ("a 3 year long siege"), not a unit alone ("all day long").
        pattern=r"(?:(?P<amount>{number})(?:-|(?P<gap> )))?"
        + _UNIT_WORDS
        + r"(?(gap) |-)long\b|"
        + _UNIT_WORDS.replace("unit", "closed_unit")
        + "long",
        parse=_duration_long,
        examples=(
            Example("a decades-long battle", "PXY", span="decades-long"),
            Example("The weeklong festival opens on Friday.", "P1W", span="weeklong"),
            Example("a yearlong inquiry", "P1Y", span="yearlong"),
            Example("a day-long meeting", "P1D", span="day-long"),
            Example("a two-week-long strike", "P2W", span="two-week-long"),
            Example("The rebels held the fort through a 4 year long siege.", "P4Y", span="4 year long"),
            Example("In the six day long march, the column lost its guns.", "P6D", span="six day long"),
        ),
        negatives=("The guns fired all day long.",),
        priority=1,
    ),
    Rule(
        name="duration.next_unit_or_two",
        type="DURATION",
        pattern=(
            r"the (?:next|past|last|coming|previous|following) (?P<unit>hour|day|week|month|year)"
            r" or (?:two|three)(?![\w-])(?!\s+(?:hours?|days?|weeks?|months?|years?|more|of)\b)"
        ),
        parse=_next_unit_or_two,
        examples=(
            Example("Results are expected in the next day or two.", "PXD", span="the next day or two"),
            Example("Prices fell over the past week or two.", "PXW", span="the past week or two"),
        ),
        negatives=("He left the next day or two days later.",),
        priority=3,
    ),
    Rule(
        name="duration.plural_unit",
        type="DURATION",
        # "for years", "within days", "the first time in years": a plural unit alone after a
        # preposition of extent is a length the text leaves open; so is one that is spent or
        # taken ("investigators spent months on the case", "the repairs took years").
        # "within weeks or months" is about a number of weeks; "the weeks ahead" a number of
        # weeks from now, as "the coming weeks" is; "over the years" a number of years.
        pattern=(
            r"(?:(?:"
            + after_one_of(
                "for",
                "within",
                "in",
                # ("a collapse that plays out over centuries".)
                "over",
                "spent",
                "spend",
                "spends",
                "spending",
                "took",
                "take",
                "takes",
                "taking",
                "lasted",
                "lasts",
                "lasting",
                # ("last" only as the verb, after a modal or "to": "could last weeks", not "the
                # last weeks of the war".)
                r"will\slast",
                r"would\slast",
                r"could\slast",
                r"may\slast",
                r"might\slast",
                r"can\slast",
                r"to\slast",
                r"should\slast",
                # ("The strike would not last weeks or months", "could last only weeks".)
                r"not\slast",
                r"last\sonly",
                r"last\sjust",
                # ("Residents fled with only minutes to spare".)
                r"with\sonly",
                r"with\sjust",
                # ("Washington will not wait months for an answer".)
                "wait",
                "waited",
                "waiting",
                # ("They were looking at weeks or months": how long it will be.)
                r"looking\sat",
                # ("The rivalry goes back decades": how long ago it began.)
                r"goes\sback",
                r"go\sback",
                r"went\sback",
                r"dates\sback",
                r"date\sback",
                # ("It could be weeks.": how long until it comes.)
                r"could\sbe",
                r"may\sbe",
                r"might\sbe",
                r"will\sbe",
                r"would\sbe",
                # ("We may need weeks, perhaps months", "would have taken months".)
                "need",
                "needs",
                "needed",
                "taken",
                # ("over a period of months, it's a construction boom".)
                r"period\sof",
                r"periods\sof",
                r"span\sof",
                # ("it took them months to catch anybody", "It took crews hours to clear it": the
                # time it took whom.)
                *(rf"took\s{whom}" for whom in ("them", "him", "her", "us", "me", "you", "police", "crews")),
                *(rf"took\s{whom}" for whom in ("detectives", "officials", "workers", "firefighters")),
            )
            # ... and with a quotation opened between: 'prepared for ``weeks, if not months\'\''.
            # ('a campaign lasting "months, not weeks"'.)
            # ('his teams had needed "months, not years"'.)
            # (The mark is looked for first: the words are tried only after one.)
            + r"|(?<=[`\"“])(?:"
            + "|".join(
                rf"(?<=\b{word}\s{mark})"
                for word in (
                    "for",
                    "within",
                    "lasting",
                    "take",
                    "last",
                    "took",
                    "takes",
                    "needed",
                    "need",
                    "spent",
                )
                for mark in ("``", '"', "“")
            )
            + ")"
            # ("had risen only slowly for millennia".)
            + r")(?P<unit>years|months|decades|weeks|days|hours|minutes|seconds|centuries|millennia)"
            # ... and a guess that widens it: "for days or even weeks".
            # ... or joined to a longer one: "We will stay in the squares for days and weeks" (not
            # "for hours and hours", "for days and nights").
            # ("waited for hours and hours", "will not wait weeks and weeks": one length, told twice.)
            r"(?P<again> and (?P=unit)\b)?"
            r"(?P<or> (?:or|and(?! (?P=unit)\b))(?: even| perhaps| possibly| maybe)? "
            r"(?:years|months|decades|weeks|days|hours|minutes|centuries)\b)?"
            # ("for days, perhaps weeks": a second length, guessed.)
            # ("within weeks, not months": a length set against the first.)
            # ("take months, sometimes years".)
            # ('"We may have to do this for weeks, even months"'.)
            r"|(?:(?<=\brather\sthan\s)|(?<=,\sperhaps\s)|(?<=,\smaybe\s)|(?<=,\spossibly\s)|(?<=,\ssometimes\s)|(?<=\bif\snot\s)|(?<=,\sor\seven\s)|(?<=,\sor\s)|(?<=,\seven\s)"
            r"|(?<=(?:days|ears|eeks|nths|ades|ours),\snot\s))"
            r"(?P<unit_guess>years|months|decades|weeks|days|hours|minutes)(?=\s*[,.;:)\"”]|''|\s*$)"
            r"|the (?P<unit_ahead>hours|days|weeks|months|years|decades)(?: and (?:days|weeks|months|years|decades))? ahead\b"
            # "booked months in advance": how long before, a number of months.
            r"|(?<![\w-])(?P<unit_advance>days|weeks|months|years)(?= in advance\b)"
            r"|(?<=\bover\s)the (?P<unit_over>years|decades|centuries)(?! [0-9])(?=\s*[,.;]|\s+(?-i:[a-z]))"
            # "in the years that followed": as "the following years", the unit alone as TimeBank
            # draws it (not "the days that followed the vote", where the clause names what they
            # came after).
            r"|(?<=\bthe\s)(?P<unit_after>days|weeks|months|years|decades)(?= (?:that|which) (?:followed|ensued)"
            r"(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those)\b))"
            # ... and "in the years afterwards", "the decades thereafter"; a history's "the years
            # following the First Punic War" (the unit alone, as above).
            r"|(?<=\bthe\s)(?P<unit_afterwards>years|decades|months|weeks)(?= (?:afterwards?|thereafter)\b)"
            r"|(?<=\bthe\s)(?P<unit_following>years|decades)(?= following\s+(?:the\s+)?(?-i:[A-Z]))"
            # "in the years since, it was rebuilt": "since" as an adverb, the time up to the story's.
            r"|the (?P<unit_since>years|decades|months|weeks|days) since(?=\s*[,.;:]|\s+(?:it|he|she|they|we)\b)"
            # "within a matter of weeks", "in a matter of hours": a few of them.
            r"|a matter of (?P<unit_matter>minutes|hours|days|weeks|months|years)"
            # ("will not be a matter of days or weeks".)
            r"(?P<or_matter> or (?:minutes|hours|days|weeks|months|years)\b)?"
            # "The real test is years away", "a deal remains weeks away": how long until it comes.
            r"|"
            + after_one_of(
                "is", "are", "was", "were", "be", "been", "still", "only", "just", "remains", "remain"
            )
            # ("We are still months behind": how far behind, a number of months.)
            + r"(?P<unit_away>years|months|decades|weeks|days|hours|minutes)(?= (?:away|behind)\b)"
            r")"
            # ("for hours and hours", "for days and nights" are lengths of their own; "for hours
            # and miners were trapped" is one.)
            # ("for weeks or months or if ground fighting begins": a clause joined after the pair.)
            # (... but "For decades after 1945 the authorities ignored him", "For decades after her
            # death" are lengths "for" measures from a year or an event.)
            # ("had risen only slowly for millennia before accelerating": before what followed them.)
            r"(?! (?:ago|earlier|later|of|off)\b)(?! before\b(?! (?-i:[a-z]+ing)\b))"
            r"(?!"
            + "".join(rf"(?<!\bfor\s{unit})" for unit in ("decades", "years", "months", "weeks", "centuries"))
            + r" after\b(?! [12][0-9]{3}\b))"
            r"(?! or\b(?! (?:if|when|whether|unless|until)\b))"
            # ("in years to come", "weeks to the election"; but "struggled for months to get
            # helicopters": a verb after "to", what was done all that time.)
            r"(?! to\s+(?:come|go|years|months|decades|weeks|days|hours|minutes|a|an|the|[0-9])\b)(?! to\s+(?-i:[A-Z]))"
            r"(?! and (?:years|months|decades|weeks|days|nights|hours|minutes|centuries)\b)(?!-)"
            # "Soldiers went days without water": how long they were without it.
            r"|"
            + after_one_of("went", "go", "goes", "going", "gone")
            + r"(?P<unit_without>years|months|weeks|days|hours)(?= without\b)"
            # ... and times a clause after "when" tells: "There were weeks when we thought it dead".
            r"|(?:(?<=\bthere\swere\s)|(?<=\bThere\swere\s))(?P<unit_when>years|months|weeks|days|hours)(?= when\b)"
            # ... and how late it is: "The budget was months late again".
            r"|"
            + after_one_of("was", "were", "is", "are", "be", "been", "running", "ran", "came", "arrived")
            + r"(?P<unit_late>years|months|weeks|days|hours)(?= (?:late|overdue|behind\s+schedule)\b)"
            # ... and how much sooner, after a comma: "as early as mid-August, months sooner than
            # the department had projected".
            r"|(?<=,\s)(?P<unit_sooner>years|months|weeks|days|hours)(?= (?:sooner|earlier|later) than\b)"
            # "it could take weeks to restore service": what it takes is done in them.
            r"|"
            # ... and what one had to do it in: "The Iraqis had months to prepare these defenses".
            + after_one_of("took", "take", "takes", "taking", "had", "has", "have")
            # ("It may take weeks before we know what happened.")
            + r"(?P<unit_taken>years|months|decades|weeks|days|hours|minutes)(?= (?:to|before)\s+(?-i:[a-z]))"
        ),
        parse=_plural_unit,
        examples=(
            Example("The houses fell in seconds.", "PTXS", span="seconds"),
            Example("negotiated for years", "PXY", span="years"),
            Example("Hotels were booked months in advance.", "PXM", span="months"),
            Example("Investigators spent months on the case.", "PXM", span="months"),
            Example("We may need weeks, perhaps months.", "PXW", span="weeks"),
            Example("It may take weeks before we know what happened.", "PXW", span="weeks"),
            Example("The crossing would normally have taken months.", "PXM", span="months"),
            Example('"There were weeks when we thought it was dead."', "PXW", span="weeks"),
            Example("The repairs took years.", "PXY", span="years"),
            Example("It may mark a collapse that plays out over centuries.", "PXY", span="centuries"),
            Example("The shoreline had risen only slowly for millennia.", "PXY", span="millennia"),
            Example("Officials warned it could take weeks to restore service.", "PXW", span="weeks"),
            Example("The Iraqis had months to prepare these defenses.", "PXM", span="months"),
            Example("The trial lasted months.", "PXM", span="months"),
            Example("They waited for hours and hours.", "PTXH", span="hours and hours"),
            Example("Residents went weeks without power.", "PXW", span="weeks"),
            Example("The budget was months late again.", "PXM", span="months"),
            Example(
                "The fund could run dry as early as mid-August, months sooner than projected.",
                "PXM",
                span="months",
            ),
            Example("He expected the round to last weeks rather than months.", "PXM", span="months"),
            Example("The rivalry goes back decades.", "PXY", span="decades"),
            Example("We are still months behind.", "PXM", span="months"),
            Example(
                "Officials said they were looking at weeks or months.",
                "PXW",
                span="weeks or months",
                mod="APPROX",
            ),
            Example(
                "A ground campaign could last weeks or months.", "PXW", span="weeks or months", mod="APPROX"
            ),
            Example("Fans gathered within minutes.", "PTXM", span="minutes"),
            Example("The plant may close within days or weeks.", "PXD", span="days or weeks", mod="APPROX"),
            Example("The bombing would go on for days, perhaps weeks.", "PXW", span="weeks"),
            Example(
                "Crews will work for days or even weeks.", "PXD", span="days or even weeks", mod="APPROX"
            ),
            Example(
                "We will stay in the squares for days and weeks.", "PXD", span="days and weeks", mod="APPROX"
            ),
            Example("Rates may rise in the weeks ahead.", "PXW", span="the weeks ahead"),
            Example("We'll have much more on this in the hours ahead.", "PTXH", span="the hours ahead"),
            Example("Tests lie in the weeks and months ahead.", "PXW", span="the weeks and months ahead"),
            Example("The drought will shape farming in the years ahead.", "PXY", span="the years ahead"),
            Example("Over the years, the village grew.", "PXY", span="the years"),
            Example("Troops could be sent within weeks, officials said.", "PXW", span="weeks"),
            Example("Tourism recovered, its first gain in years.", "PXY", span="years"),
            Example("The rescue stopped for hours and miners were trapped.", "PTXH", span="hours"),
            Example("In the decades that followed, the empire declined.", "PXY", span="decades"),
            Example("In the weeks that followed, the rebels regrouped.", "PXW", span="weeks"),
            Example("Thousands were jailed in the years afterwards.", "PXY", span="years"),
            Example(
                "Carthage spent the years following the First Punic War rebuilding.",
                "PXY",
                span="years",
                domain="narrative",
            ),
            Example(
                "The war ended, and in the years since it has been studied.", "PXY", span="the years since"
            ),
            Example("Within a matter of weeks the town fell.", "PXW", span="a matter of weeks"),
            Example("The real test is still years away.", "PXY", span="years"),
            Example("The mission has struggled for months to get helicopters.", "PXM", span="months"),
            Example(
                "The dam burst in 1952. In the years since, the valley has been rebuilt.",
                "PXY",
                span="the years since",
            ),
        ),
        negatives=(
            "in days of old",
            "within days-long talks",
            "in years to come",
            "In the last weeks of the war the city fell.",
            "She takes days off in August.",
            "Maps were drawn over the years 1820-1835.",
            "He wrote over the years of the famine.",
            "Prices fell in the months that followed the crash.",
            "In the years since the war the valley has been rebuilt.",
        ),
    ),
    Rule(
        name="duration.first_of_two_counts",
        type="DURATION",
        # "ten or fifteen years": the first count of two a unit after the second serves, a length
        # of its own, as the corpora split two counts joined by "or" (the second is
        # duration.amount_unit's); not before "ago" or "later", where the second is a date.
        pattern=r"{number:amount}(?= or (?:[0-9][0-9,.]*|[a-z]+(?:-[a-z]+)?) "
        r"(?P<unit>years|months|weeks|days|hours|minutes|decades|centuries|quarters)\b"
        # (Not a share: "three or four quarters of the land".)
        r"(?! (?:ago|later|earlier|before|after|old|of age)\b)(?!(?<=quarters) of\b))",
        parse=_first_of_two_counts,
        examples=(
            Example("Many trained for ten or fifteen years.", "P10Y", span="ten", type="DURATION"),
            Example("It will take two or three weeks.", "P2W", span="two"),
            Example("The next two or three quarters will be difficult.", "P2Q", span="two"),
        ),
        negatives=("The vote was five or six days ago.", "He was six or seven years old."),
    ),
    Rule(
        name="duration.plural_unit_of",
        type="DURATION",
        # "after years of decline", "Decades of war had ruined the land", "follows months of
        # talks": a plural unit alone with the "of" phrase of what filled it is a length the text
        # leaves open. Only after a word that makes the unit no noun's ("the days of the week",
        # "his years of exile", "the heady days of growth") or at a sentence's start, and before a
        # noun without a determiner ("days of the week", "years of age" are no such lengths).
        pattern=(
            r"(?:"
            + after_one_of(
                "after",
                "following",
                "despite",
                "amid",
                "through",
                "by",
                "from",
                "with",
                "of",
                "follows",
                "followed",
                "ended",
                "ending",
                "endured",
                "took",
                "take",
                "takes",
                # What set them off: "The disputed vote sparked months of protests."
                # ("The feud produced years of lawsuits", "The region suffered decades of drought",
                # "blamed the collapse on years of neglect".)
                "produced",
                "suffered",
                "suffer",
                "suffers",
                "on",
                "spawned",
                "sparked",
                "triggered",
                "caused",
                "unleashed",
                "prompted",
                # ("The attack set off weeks of protests", "touched off days of rioting".)
                "off",
                # ("The bubble's collapse ushered in years of stagnation".)
                r"ushered\sin",
                r"ushers\sin",
                "brought",
                # What lies ahead: "Businesses face months of uncertainty."
                "face",
                "faces",
                "faced",
                "facing",
                # ("Chileans have complained for decades of low pensions".)
                "for",
                # ("The crew may have days of oxygen left".)
                "have",
                "has",
                "had",
                # ("Many farmers lost weeks of milk production".)
                "lost",
                "lose",
                "loses",
                "losing",
                # ("We could see months of uncertainty", "saw weeks of protests".)
                "see",
                "sees",
                "saw",
                "seen",
                # What they show or took: "The fires reflected decades of neglect".
                "reflect",
                "reflects",
                "reflected",
                # ... or what is blamed ("Its report blamed decades of neglected maintenance").
                "blamed",
                "blames",
                "cited",
                "cites",
                "required",
                "requires",
                "needed",
                # ("Some will need weeks of treatment", "The appointment ends months of speculation".)
                "need",
                "needs",
                "ends",
                "end",
                "capped",
                "culminated",
                # ("confirming weeks of Western warnings", "his response to months of protests".)
                "confirming",
                "confirmed",
                # What is lost: "The fighting could undo years of progress."
                "undo",
                "undid",
                "undoes",
                "undoing",
                "erase",
                "erased",
                "erasing",
                "reverse",
                "reversed",
                "reversing",
                # ("the court was rolling back decades of federal authority", "wiped out years of gains".)
                "back",
                "out",
                # ... or eased: "The deal may help ease decades of hostility."
                "ease",
                "eased",
                "eases",
                "easing",
                "heal",
                "healed",
                # ("a trip aimed at burying decades of Cold War hostility".)
                "bury",
                "burying",
                "buried",
                "ending",
                "ended",
                "squandered",
                "wasted",
                "to",
                # A clause's subject after its conjunction: ", but years of taking small doses had
                # made him immune".
                "but",
                "yet",
            )
            + r"(?P<unit_of>years|months|decades|weeks|days|centuries)"
            r"|(?<![\w,;:]\s)(?-i:(?P<unit_cap>Years|Months|Decades|Weeks|Days|Centuries)))"
            # ... or what they went without: "scaled back the search after months without a
            # sighting".
            # ("faced days more of disruption": more of it.)
            r"(?:(?= without\b)|(?=(?: more)? of (?!(?:age|old|yore|the|a|an|his|her|its|their|this|that|these|those|our|my|your|which|whom|them|it|us)\b)"
            # ... and a capitalised or quoted modifier before the noun: "weeks of Western warnings",
            # 'months of "yellow vest" protests'.
            r"(?:(?-i:[a-z])|(?-i:[A-Z][a-z]+)\s+(?:(?-i:[A-Z][a-z]+)\s+)?(?-i:[a-z])|[\"“])))"
        ),
        parse=_plural_unit,
        examples=(
            Example("We could see months of uncertainty.", "PXM", span="months"),
            Example(
                "Thousands of passengers faced days more of disruption.", "PXD", span="days", domain="news"
            ),
            Example("After years of decline, the mill closed in 1931.", "PXY", span="years", domain="news"),
            Example(
                "After years of decline, the mill closed in 1931.",
                "PXY",
                span="years of decline",
                domain="narrative",
            ),
            Example("Decades of neglect had left the canal dry.", "PXY", span="Decades", domain="news"),
            Example(
                "The deal follows months of talks between the two firms.", "PXM", span="months", domain="news"
            ),
            Example("Businesses face months of uncertainty.", "PXM", span="months", domain="news"),
            Example("The deal may help ease decades of hostility.", "PXY", span="decades", domain="news"),
            Example(
                "Obama arrived for a trip aimed at burying decades of Cold War hostility.",
                "PXY",
                span="decades",
                domain="news",
            ),
            Example(
                "Critics said the court was rolling back decades of federal authority.",
                "PXY",
                span="decades",
                domain="news",
            ),
            Example("Some will need weeks of treatment.", "PXW", span="weeks", domain="news"),
            Example(
                "The appointment ends months of speculation about his successor.",
                "PXM",
                span="months",
                domain="news",
            ),
            Example(
                "Police scaled back the search after months without a sighting.",
                "PXM",
                span="months",
                domain="news",
            ),
            Example(
                "He took poison, but years of small doses had made him immune.",
                "PXY",
                span="years",
                domain="news",
            ),
            Example("The disputed vote sparked months of protests.", "PXM", span="months", domain="news"),
            Example(
                "Troops crossed the border, confirming weeks of Western warnings.",
                "PXW",
                span="weeks",
                domain="news",
            ),
            Example(
                "The town was worn down by weeks of shelling.",
                "PXW",
                span="weeks of shelling",
                domain="narrative",
            ),
        ),
        negatives=(
            "He was only ten years of age.",
            "The names of the days of the week come from the gods.",
            "After days of the heaviest rain, the river rose.",
            "In his years of exile he wrote two books.",
            "the heady days of swelling sales",
        ),
    ),
    Rule(
        name="duration.hours_before",
        type="DURATION",
        # "hours before the attack", "minutes after the blast": a number of hours (minutes) the
        # text leaves open, which TimeML tags as a duration with the signal after it. A word
        # before must say the unit is no noun's ("office hours after six", "its hours before
        # the holiday"): a function word, an adverb of degree, a verb of the event, or the
        # start of a sentence. (Days and weeks are not read: TimeBank dates "the weeks before
        # the shooting" on the calendar, and a duration there costs its value.)
        pattern=(
            # (A comma before opens a clause of its own: "The ferry sank in 1987, minutes after ...".)
            r"(?:(?:(?<=,\s)|"
            + after_one_of(
                "just",
                "only",
                "mere",
                "barely",
                "came",
                "come",
                "comes",
                "died",
                "and",
                "but",
                "of",
                "the",
                "some",
                "were",
                "was",
                "struck",
                "landed",
                "began",
                "ended",
                "resigned",
                "sank",
                "crashed",
                "collapsed",
                "exploded",
                "capsized",
                "erupted",
                "for",
                "within",
                # ... and an irregular past: "He spoke hours after protesters stormed the parliament".
                "spoke",
                "left",
                "fell",
                "rose",
                "met",
                "went",
                "took",
                "gave",
                "made",
                "said",
                "won",
                "lost",
                "flew",
                "ran",
                "television",
                # ... and where or what was said: "wrote on Twitter minutes after the abort".
                "wrote",
                "told",
                "Twitter",
                "Facebook",
                "statement",
            )
            + r")(?P<unit>hours|minutes|seconds)|(?-i:(?P<unit_start>Hours|Minutes|Seconds|Days|Weeks|Months)))"
            r"(?= (?:before|after|ahead of)\b)"
            # ... after a verb's past or where the event's place is told ("posted the manifesto
            # online hours before the attacks"); and days, weeks, months or years bare after a
            # clause's comma, a verb or "be" ("He was arrested days after the attack", "it could be
            # weeks before the plant reopens", "lost the final, weeks before winning gold"; not "the
            # weeks before the shooting", which TimeBank dates).
            r"|(?:(?<=ed\s)|(?<=[a-z]s\s)|(?<=\bonline\s)|(?<=\bhome\s)|(?<=\baway\s)|"
            # ... or after the object's noun, before an event with its determiner: "fled the scene
            # minutes before the blast", "was detained at Karachi airport hours after the attacks"
            # (not "its opening hours before the holiday", "long hours after dark").
            + "".join(
                rf"(?<!\b{word}\s)"
                for word in (
                    "the",
                    "a",
                    "an",
                    "its",
                    "his",
                    "her",
                    "their",
                    "our",
                    "my",
                    "your",
                    "these",
                    "those",
                    "opening",
                    "working",
                    "office",
                    "business",
                    "visiting",
                    "long",
                    "extra",
                    "peak",
                    "school",
                    "trading",
                    "banking",
                    "of",
                    "many",
                    "few",
                    "several",
                    "more",
                    "less",
                    "some",
                    "all",
                    "late",
                    "early",
                    "small",
                    "wee",
                    "final",
                    "last",
                    "first",
                    "daylight",
                    "waking",
                )
            )
            # ("was declared the winner minutes after polls closed": a bare plural and its past too.)
            + r"(?<=(?-i:[a-z])\s)(?=(?:hours|minutes) (?:before|after) (?:(?:the|a|an|his|her|its|their) (?-i:[a-z])"
            r"|(?-i:[a-z]+s [a-z]+ed)\b"
            # ("promised full cooperation hours before U.S. warplanes were to strike".)
            r"|(?:(?-i:[A-Z])[\w.]*\s)?(?-i:[a-z]+s) (?:were|had|would|could|began|started)\b)))"
            r"(?P<unit_verb>hours|minutes|seconds)"
            r"(?= (?:before|after|ahead of)\b)"
            # (... and after the plural noun of what was done: "made arrests days before the vote".)
            r"|(?:(?<=,\s)|(?<=ed\s)|(?<=[a-z]s\s)|"
            + after_one_of(
                "be",
                "was",
                "were",
                "came",
                "come",
                "comes",
                "just",
                "only",
                "mere",
                "barely",
                "died",
                "for",
                # ("problems may not surface until weeks after Jan. 1".)
                "until",
                # ("The arena has fallen months behind schedule".)
                "fallen",
                "running",
                # ("came two months after the launch, and weeks after the North threatened a test".)
                r",\sand",
                r",\sbut",
            )
            # ("conducted nuclear tests days after India did the same": a name after it too.)
            # ("came days after 13 Eritreans drowned": a count of people.)
            # ("left Gran Colombia in 1830, months before Bolívar's death": a name in any letters.)
            + r")(?P<unit_bare>days|weeks|months|years)(?= (?:before|after|ahead of)\s+(?:(?-i:[a-z])|(?-i:[A-Z])(?:(?![0-9_])\w)+(?:['’]s)?(?:\s+(?-i:[a-z])|[.,;:!?])"
            r"|[0-9][0-9,]*\s+(?-i:[A-Z]?[a-z]+s)\b)"
            # ... and how far a work is behind its plan: "has fallen months behind schedule".
            r"| behind\s+(?:schedule|time)\b)"
            # ("The fire started just days before Easter.": a feast's name, where the clause ends.)
        ),
        parse=_plural_unit,
        examples=(
            Example(
                "He scored on the return, seconds after the visitors had cut the lead.",
                "PTXS",
                span="seconds",
            ),
            Example("The blast came hours before the summit opened.", "PTXH", span="hours", type="DURATION"),
            Example(
                "Iraq promised full cooperation hours before U.S. warplanes were to strike.",
                "PTXH",
                span="hours",
                type="DURATION",
            ),
            Example("He spoke hours after protesters stormed the parliament.", "PTXH", span="hours"),
            Example("She was declared the winner minutes after polls closed.", "PTXM", span="minutes"),
            Example("Musk wrote on Twitter minutes after the abort.", "PTXM", span="minutes"),
            Example("Minutes after the verdict, crowds filled the square.", "PTXM", span="Minutes"),
            Example("The minister resigned hours after the vote.", "PTXH", span="hours"),
            Example("It was a matter of hours before the dam gave way.", "PTXH", span="hours"),
            Example("The ferry sank minutes after leaving port.", "PTXM", span="minutes"),
            Example("The plane crashed in March 2014, minutes after take-off.", "PTXM", span="minutes"),
            Example("He posted the manifesto online hours before the attacks.", "PTXH", span="hours"),
            Example("He was arrested days after the attack.", "PXD", span="days"),
            Example("Officials said it could be weeks before the building reopens.", "PXW", span="weeks"),
            Example("He lost the final, weeks before winning Olympic gold.", "PXW", span="weeks"),
            Example(
                "Nineteen people were killed in attacks hours before polls opened.", "PTXH", span="hours"
            ),
            Example("Police made arrests days before the vote.", "PXD", span="days"),
            Example("The tragedy came days after 13 Eritreans drowned off Sicily.", "PXD", span="days"),
            Example("The surge came hours ahead of high tide.", "PTXH", span="hours"),
            Example("A man who fled the scene minutes before the blast was held.", "PTXM", span="minutes"),
            Example("The fire started just days before Easter.", "PXD", span="days"),
            Example(
                "Venezuela left Gran Colombia in 1830, months before Bolívar's death.", "PXM", span="months"
            ),
            Example("The new arena has fallen months behind schedule.", "PXM", span="months"),
        ),
        negatives=(
            "In the weeks before the shooting, he bought two guns.",
            "The bank cut its opening hours before the holiday.",
            "Office hours after six are by appointment.",
            "Staff who work long hours after dark get a bonus.",
        ),
    ),
    Rule(
        name="duration.within_units_of",
        type="DURATION",
        # "within hours of the collapse", "within days of taking office": "within" says the plural
        # unit is a length the text leaves open, counted from the event the "of" phrase names
        # (a history draws the phrase whole: "[days of the invasion]").
        pattern=r"(?<=\bwithin\s)(?P<unit_within>minutes|hours|days|weeks|months)(?= of\b)",
        parse=_plural_unit,
        examples=(
            Example(
                "The governor declared an emergency within hours of the collapse.",
                "PTXH",
                span="hours",
                type="DURATION",
                domain="news",
            ),
            Example("He was sacked within days of taking office.", "PXD", span="days", domain="news"),
            Example(
                "Within weeks of the landing, the port was open.",
                "PXW",
                span="weeks of the landing",
                domain="narrative",
            ),
        ),
        negatives=("The shops lie within minutes' walk of the station.",),
    ),
    Rule(
        name="duration.edge_units",
        type="DURATION",
        # Before "of" + a period or at a clause's end; "the early hours of Monday" is a part of
        # that day, and "the first days after the vote" a span the rule cannot bound.
        pattern=(
            # ("in the early hours." is a time of day: time.anaphoric_part.)
            # ("for most of the last century.": the century before: relative.determined_unit.)
            r"the (?:first|last(?! century\s*[,.;])|final|early(?! hours\s*[,.;])|closing|opening) (?P<unit>hours|days|weeks|months|years|decades|hour|year|decade|century"
            r"|half[- ]hour)"
            r"(?= of\b(?! (?:(?:{weekday}|{month}|today|yesterday|tomorrow|(?:this|last|the) (?:morning|night))\b|[0-9]|the (?:[0-9]{3}0|'[0-9]0)'?s\b"
            # "the early hours of the same day", "of the next day": a part of that day.
            r"|(?:the|that) (?:same |next |following |previous )?day\b"
            # ("in the early hours of the following morning": that morning's first hours.)
            r"|(?:the|that) (?:same |next |following |previous )?(?:morning|night)\b"
            # "the closing months of the year", "the first weeks of next month": where in that period.
            r"|(?:(?<=days\sof\s)|(?<=weeks\sof\s)|(?<=months\sof\s)|(?<=years\sof\s))"
            r"(?:the|this|that|last|next|the (?:current|previous|following|same)) (?:year|month|week)\b"
            # ("rested in the first days of spring": where in that season.)
            r"|(?:(?<=days\sof\s)|(?<=weeks\sof\s)|(?<=months\sof\s))(?:(?:the|that|this|last|next) )?"
            r"(?:spring|summer|autumn|fall|winter)\b))"
            r"|\s*[,.;])"
        ),
        parse=_edge_units,
        examples=(
            Example(
                "The rebels took the port during the first hours of the uprising.",
                "PTXH",
                span="the first hours",
            ),
            Example("The last days of the battle were the bloodiest.", "PXD", span="The last days"),
            Example(
                "The bridge was lost within the first hour of the assault.", "PT1H", span="the first hour"
            ),
            Example(
                "The index was down 63 points in the first half-hour of trading.",
                "PT30M",
                span="the first half-hour",
            ),
            Example(
                "Returns were low in the early years, as the fund grew.",
                "PXY",
                span="the early years",
            ),
        ),
        negatives=(
            "The army rested in the first days of spring.",
            "Looters struck the market during the early hours of Tuesday.",
            "Troops moved in the early hours of the same day.",
            "Sales picked up in the closing months of the year.",
            "Shares slid during the first days after the referendum.",
            "the last days of May",
            "The raid came in the early hours of 14 March.",
            "He was arrested in the early hours of this morning.",
        ),
    ),
    Rule(
        name="duration.possessive_edge_units",
        type="DURATION",
        # "in his final years", "her first months in office": the units at one end of a life or a
        # career, which the possessive names, whatever follows; "in his last year" is the year
        # before his death, not the one before the writing. The possessive stays outside the
        # extent, as in "his [first day] in office" (relative.nth_day_of_event).
        pattern=(
            r"(?:(?<=\b(?:his|her|its)\s)|(?<=\btheir\s))(?:first|last|final|early|later|closing|remaining) "
            r"(?P<unit>hours|days|weeks|months|years|decades|year|decade"
            # ... and the first week or month of a term: "in her first week in office".
            r"|(?<=first\s)(?:week|month)(?=\s+(?:in\s+(?:office|power|charge|the\s+job)|as\s)))\b(?!['’-])"
            # ... and a noun's possessive, in the plural: "in the war's final weeks", "the regime's
            # last months" (not "The war's last year", a year of the story, which WikiWars dates).
            r"|(?<=[a-z]['’]s\s)(?:first|last|final|early|closing|remaining) "
            r"(?P<units>hours|days|weeks|months|years|decades)\b(?!['’-])"
        ),
        parse=_edge_units,
        examples=(
            Example("In his final years he lived quietly in Kent.", "PXY", span="final years"),
            Example("Her first months in office were taken up with the war.", "PXM", span="first months"),
            Example("He wrote little in his later years.", "PXY", span="later years"),
            Example("In his last year he finished the Requiem.", "P1Y", span="last year"),
            Example(
                "She promised to call a special session in her first week in office.",
                "P1W",
                span="first week",
            ),
            Example("He spent his remaining years abroad.", "PXY", span="remaining years"),
            Example("Guerrillas were active in the war's final months.", "PXM", span="final months"),
        ),
        negatives=("He handed in his last weeks' wages.",),
        priority=2,
    ),
    Rule(
        name="duration.spent_edge_units",
        type="DURATION",
        # "will spend the first weeks testing": the units at one end of a stretch that "spend"
        # measures out, whatever follows (see duration.edge_units, which needs "of" or a clause's end).
        pattern=(
            after_one_of("spend", "spent", "spends", "spending")
            + r"the (?:first|last|final|early|closing|opening) (?P<unit>hours|days|weeks|months|years)\b"
            # ("spent the first weeks of March digging": the stretch "of" names is read whole by the
            # rules of a named period's edge.)
            + r"(?! of\b)"
        ),
        parse=_edge_units,
        examples=(
            Example(
                "Scientists will spend the first weeks testing the instruments.",
                "PXW",
                span="the first weeks",
            ),
            Example("He spent the last years writing his memoirs.", "PXY", span="the last years"),
        ),
        negatives=(
            "He spent the last dollars he had.",
            "The royalists spent the first weeks of March digging trenches.",
        ),
    ),
    Rule(
        name="duration.shared_unit",
        type="DURATION",
        # A filing's "the three and six months ended June 30": two lengths, the first written
        # without the unit it shares with the second (which amount_unit reads). The article is
        # the pair's, in neither extent.
        # (The counts of reporting periods only: a pattern that starts at any number, "a" and "an"
        # among them, is tried at every other word.)
        pattern=rf"(?P<amount>{_PERIOD_COUNTS})(?= and (?:{_PERIOD_COUNTS}) (?P<unit>weeks|months|years)\b)",
        parse=_shared_unit,
        examples=(
            Example(
                "Net income for the three and six months ended June 30, 2025 increased.",
                "P3M",
                span="three",
                dct="2025-08-06",
            ),
            Example(
                "Results for the three and nine months ended September 30 were strong.", "P3M", span="three"
            ),
        ),
        negatives=(
            "He waited between three and six months.",
            "The three and six months' notice periods differ.",
            "The two and a half years passed.",
        ),
    ),
    Rule(
        name="duration.per_unit",
        type="DURATION",
        # "casualties ran at 500 per day": the length a rate is counted over, as WikiWars tags it.
        # Not clock units: "miles per hour" and "instructions per second" are units of measure,
        # not timexes. (News leaves a rate untagged, as "a day" after "barrels" is: "3.2 million
        # barrels per day".)
        pattern=r"per (?P<unit>day|week|month|year|decade)(?![-'’])",
        parse=_per_unit,
        examples=(
            Example(
                "Losses reached 500 men per day.", "P1D", span="per day", type="DURATION", domain="narrative"
            ),
            Example("Output rose to 40 tanks per month.", "P1M", span="per month", domain="narrative"),
        ),
        negatives=("per day-trip", "per diem", "60 miles per hour", "instructions per second"),
        domains=("narrative",),
    ),
    Rule(
        name="duration.rate_unit",
        type="DURATION",
        # "attacks averaged about 960 a week": a rate's period, as a history's "per week" is (news
        # leaves both untagged: see duration.per_unit).
        pattern=r"(?P<amount>an?) (?P<unit>day|week|month|year)(?![-'’])",
        parse=_rate_unit,
        examples=(
            Example(
                "By 2006 insurgent attacks were averaging about 960 a week.",
                "P1W",
                span="a week",
                type="DURATION",
                domain="narrative",
            ),
            Example(
                "In 1974 Congress cut aid from $1 billion a year to $700 million.",
                "P1Y",
                span="a year",
                domain="narrative",
            ),
        ),
        negatives=("The siege lasted a year.",),
        domains=("narrative",),
    ),
    Rule(
        name="duration.per_annum",
        type="DURATION",
        # "5% per annum", as loan agreements and bond terms write "a year" after a rate: the
        # term's year, which filings and contracts are read for.
        pattern=r"per (?P<unit>annum)\b",
        parse=_per_unit,
        examples=(Example("Interest shall accrue at a rate of 5% per annum.", "P1Y", span="per annum"),),
        negatives=("per annuity",),
    ),
)
