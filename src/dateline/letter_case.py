"""Text whose letter case says nothing, given to the rules in the case a sentence is written in.

The rules read a capital where it is evidence: a capitalised "May" is the month and a lower-case
"may" the verb, "Election Day" is the holiday, a capital after a season names something ("the
Spring Offensive"), a capitalised "-ed" word inside a sentence is a name. Everywhere else they
read words in any case. But a text, or a line, written in capitals ("THE VOTE IS ON TUESDAY,
MARCH 5"), a headline with every word capitalised ("Fed Will Raise Rates In March") and a text
with no capital at all ("the vote is on tuesday, march 5") have letter case that tells nothing
about their words: every word, or none, looks like a name. Such a stretch is read re-cased as a
sentence is written (:func:`sentence_case`): in lower case, with a capital where every writer puts
one whatever the sentence says (its first word, "I", the months and weekdays, the holidays), and
on "May" and "March" only where the words around them make them the month ("IN MAY", "MAY 5",
"MAY 2024", "LAST MAY"), never for the word alone ("THEY MAY GO", "MARCH FOR OUR LIVES").

The re-cased text has the same length as the text, letter for letter, so its offsets are the
text's.

>>> restore_case("THE VOTE IS ON TUESDAY, MARCH 5. THEY MAY GO HOME.")
'The vote is on Tuesday, March 5. They may go home.'
>>> restore_case("Markets closed.\\nFed Will Raise Rates In May\\nShares rose.")
'Markets closed.\\nFed will raise rates in May\\nShares rose.'
>>> restore_case("Fed holds rates steady.") == "Fed holds rates steady."
True
"""

from __future__ import annotations

import re
from functools import cache
from string import ascii_lowercase, ascii_uppercase

from dateline.lexicon import alternation, en

#: Fewer letters than this, and a text's case is left as it is (a lone "A" or "I").
_MIN_LETTERS = 2
#: A text whose letters are lower-case but for at most one in this many, and whose sentences open
#: in lower case, has no case evidence. (A phrase in lower case with no sentence after it may be a
#: piece of a sentence: "may 8", "a victory day for the team" keep their lower case.)
_LOWER_TEXT_CAPITALS = 100
_SENTENCE_OPENS_IN_LOWER_CASE = re.compile(r"[.!?][\"')\]]*\s+[\"'(]*[a-z]|\S[^\S\n]*\n\s*[\"'(]*[a-z]")
#: ... nor one whose letters are capitals but for at most one in this many (an ALL-CAPS text with
#: an agency's "(Reuters)").
_UPPER_TEXT_SMALL = 10
#: The fewest words of a line written in capitals or in Title Case that is re-cased within a text
#: in normal case: a short line in capitals is a place, an agency or a label ("UNITED NATIONS
#: (AP) _"), not a headline.
_MIN_LINE_WORDS = 4
#: ... three for a line in Title Case ("Open On Sundays"), two for a text of one line in it ("Last
#: Week", "The Previous Day": every word capitalised, nothing to compare them with).
_MIN_TITLE_WORDS = 3
_MIN_TITLE_TEXT_WORDS = 2

#: How much of a text's opening its letters are counted in: a text in capitals or in lower case
#: is so from its start (reading only that keeps long texts fast).
_OPENING = 1000
_UPPER_BYTES = ascii_uppercase.encode()
_LOWER_BYTES = ascii_lowercase.encode()
#: A line shorter than this is a label, not a headline; one longer than ``_LONGEST_TITLE`` is a
#: paragraph, not a headline in Title Case; a line in capitals shows them in its first
#: ``_LINE_OPENING`` characters.
_SHORTEST_LINE = 8
_LONGEST_TITLE = 160
_LINE_OPENING = 40
#: A word of a line (not the letters after a number: "the 8th", "2:30pm").
_LINE_WORD = re.compile(r"(?<![\w'])[A-Za-z][A-Za-z'.-]*")
#: Words a normal sentence writes in lower case; one capitalised inside a line whose every word is
#: capitalised or small shows a Title-Case headline ("Talks To Resume Next Week"), where a line of
#: names and titles ("Yorktown and the Surrender of Cornwallis") writes them in lower case.
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "with",
     "from", "as", "into", "onto", "over", "after", "before", "until", "since", "during", "amid", "than",
     "up", "out", "off", "about", "against", "via", "vs", "per", "is", "are", "was", "were", "be",
     "been", "will", "would", "can", "could", "has", "have", "had", "not", "its", "his", "her", "their",
     "next", "last", "this", "that", "says", "said", "through", "across", "within", "without", "under",
     "between", "each", "every", "we", "you", "they", "he", "she", "it", "i", "do", "does", "did", "should",
     "shall", "must", "if", "when", "while", "our", "my", "your"}
)  # fmt: skip
#: ... but an article alone: names capitalise it ("President of The Reserve Fund"); with another
#: small word capitalised it is a headline's ("In The New Year, Sales Rose").
_ARTICLES = frozenset({"a", "an", "the"})
_TITLE_EVIDENCE = _SMALL_WORDS - _ARTICLES
#: A transcript's speaker label: "ANNOUNCER: ", "BOB EDWARDS, host: ".
_SPEAKER_LABEL = re.compile(r"\A\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3}(?:,\s*[a-z]+)?:\s+")
_TITLE_WORD = re.compile(r"[A-Z][a-z][\w'-]*")
_FULL_MONTHS = tuple(name for name in en.MONTHS if len(name) > 3 and name not in ("may", "march", "sept"))
_FULL_WEEKDAYS = tuple(name for name in en.WEEKDAYS if name.endswith("day"))
_SHORT_MONTHS = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_ANY_MONTH = "|".join(sorted(en.MONTHS, key=len, reverse=True))
#: "May" and "March" are the months where the words around them say so: a preposition or a
#: position before them ("IN MAY", "SINCE MARCH", "LAST MAY", "MID-MARCH"), another month joined
#: to them ("APRIL AND MAY"), or a day, a year or another month after them ("MAY 5", "MARCH
#: 2024", "MAY THE 4TH", "MARCH FIFTH", "MAY-JUNE", "MARCH TO JUNE").
_MAY_OR_MARCH = re.compile(r"(?<![\w'])(?:may|march)(?![\w'])")
_MONTH_BEFORE = re.compile(
    r"(?:(?<![\w'-])(?:in|on|of|for|from|since|until|till|by|through|throughout|thru|during|before|after|"
    r"early|late|last|next|around|about|between)\s+|(?<![\w'-])mid-\s?|(?<![\w'-])(?:"
    + _ANY_MONTH
    + r")\.?\s*(?:,|and|or|to|through|thru|until|till|-|–)\s*)\Z"
)
#: "to" before "may" (never the verb after it: "POSTPONED TO MAY"); "to march" is the verb.
_TO_BEFORE = re.compile(r"(?<![\w'-])to\s+\Z")
#: A day's number before the month, after a preposition ("ON 5 MAY") or with a year, the clause's
#: end or a word that no verb is after it ("5 MAY 2024", "BORN 5 MAY."; not "5 MAY ATTEND").
_DAY_BEFORE = re.compile(r"(?<![\w'.,-])[0-9]{1,2}(?:st|nd|rd|th)?\s+\Z")
_PREPOSITION_BEFORE_DAY = re.compile(
    r"(?:(?<![\w'-])(?:on|of|by|from|since|until|till|before|after|to|and)\s+|[(\[]\s*)\Z"
)
#: What may follow a day's number and "May" or "March" that are the date ("DECLARED 24 MARCH A
#: HOLIDAY", "ON 31 MAY THE FLEET SAILED"): not a verb, which a count and the modal or the verb
#: take ("5 MAY ATTEND", "ALL 3 MARCH TO THE SQUARE").
_DATE_GOES_ON = re.compile(
    r"\s+(?:a|an|the|in|at|and|or|but|when|while|with|as|was|were|is|he|she|they|it|we|his|her|their|its)(?![\w'])"
)
_YEAR_AFTER = re.compile(r",?\s+[0-9]{4}(?![0-9])")
#: ... or "this", "each", "every" before them, the month ending its clause ("SALES ROSE THIS
#: MAY."; not "THIS MAY HELP").
_MONTH_BEFORE_CLAUSE_END = re.compile(r"(?<![\w'-])(?:this|each|every|that)\s+\Z")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|\Z|\n)")
_MONTH_AFTER = re.compile(
    r"(?:\s*,?\s+[0-9]|\s*[-–]\s*[0-9]|\s+the\s+[0-9]|\s+(?:"
    + "|".join(sorted(en.ORDINAL_WORDS, key=len, reverse=True))
    # (A day in words where it ends the clause or a year or another day follows: "MAY FIRST, 2024",
    # "MARCH FIFTH." but not "YOU MAY FIRST WANT TO ASK", "THEY MARCH FIRST TO THE SQUARE".)
    + r")(?=\s*(?:[.,;:!?)]|\Z|\n|and\b|or\b)|\s+[0-9]{4})|\s*[-–/]\s*(?:"
    + _ANY_MONTH
    + r")\b|\s+(?:and|or|to|through|thru|until|till)\s+(?:early\s+|late\s+|mid-?)?(?:"
    + _ANY_MONTH
    + r")\b)"
)
#: What only the modal "may" takes after it: "OF MAY BE HARD", "THEY MAY NOT".
_MODAL_AFTER = re.compile(
    r"\s+(?:be|have|not|never|also|well|still|even|soon|yet|already|just|only)(?![\w'])"
)
#: What the rules read as the modal after a capitalised "May" opening a sentence ("May I ask").
_MAY_ASKS = re.compile(r"\s+(?:i|we|you|he|she|it|they|be|have|not|also|well)(?![\w'])")
#: A pronoun after "may": the modal ("MAY I ASK", "MAY HE REST") unless the words before make it
#: the month ("IN MAY HE SAILED").
_PRONOUN_AFTER = re.compile(r"\s+(?:i|we|you|he|she|it|they)(?![\w'])")
#: The figures a month names, after it: "MARCH SALES", "THE MAY JOBS REPORT".
_FIGURES_AFTER = re.compile(
    r"\s+(?:(?:retail|home|auto|factory|industrial|consumer)\s+)?"
    r"(?:sales|payrolls|orders|inflation|output|exports|imports|jobs)\b"
)
#: A period up to the month: "THE YEAR TO MARCH", "THE SIX MONTHS TO MAY".
_PERIOD_TO_BEFORE = re.compile(r"(?:year|quarter|half|months|weeks|period)\s+to\s+\Z")
#: The holidays of the lexicon, capitalised as their names are ("Election Day", "Fourth of July",
#: "St. Patrick's Day"); not "new year" ("the new year" is the coming year), nor the words that
#: are common nouns as well ("an epiphany", "a national day of mourning").
_NOT_HOLIDAY_NAMES = frozenset({"new year", "epiphany", "national day"})
_LEXICON_HOLIDAYS = frozenset(en.HOLIDAY_NAMES) - _NOT_HOLIDAY_NAMES
#: ... and as they are written without their apostrophe ("Mothers Day", "New Years Eve").
_HOLIDAY_NAMES = _LEXICON_HOLIDAYS | {
    spelled for spelled, name in en.HOLIDAYS_WITHOUT_APOSTROPHE.items() if name in _LEXICON_HOLIDAYS
}
#: The new year of another calendar ("the Lunar New Year", "Chinese New Year").
_CALENDAR_NEW_YEARS = frozenset(f"{calendar.lower()} new year" for calendar in en.OTHER_CALENDARS)
#: Inside a holiday's name: the first letter of each word but these, and a letter after a hyphen.
_HOLIDAY_WORD = re.compile(r"(?<![\w'.])(?!(?:of|de|the)\b)[a-z]")
#: The US time zones in words, before "time" or after a clock ("8 p.m. Eastern").
_ZONE_WORD_AFTER = re.compile(r"\s+(?:(?:standard|daylight)\s+)?time\b")
_CLOCK_BEFORE = re.compile(r"(?:[0-9]\s?[ap]m|[ap]\.m\.|noon|midnight)\s\Z")
#: A place whose time a clock gives ("5:34 AM BAGHDAD TIME"), named as a zone is.
_PLACE_TIME = re.compile(
    r"(?:(?<=[0-9]\s[ap]m\s)|(?<=[0-9][ap]m\s)|(?<=[ap]\.m\.\s))(?!local\b)[a-z]+(?=\s+time\b)"
)
#: Time zones, written in capitals in every sentence (as "FY", "Q3", "H1").
_ZONES = ("gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "ist",
          "jst", "hkt", "sgt", "aest", "aedt", "nzst", "nzdt", "msk")  # fmt: skip
#: The words the lower-cased text is searched for, and what each is (:func:`sentence_case`):
#: - ``name``: written with a capital in every sentence: the months (all but "may" and "march")
#:   and weekdays ("Mondays" too), the pronoun "I" ("I'm", "I'll");
#: - ``month``: "may" and "march", the months only where the words around say so (:func:`_is_month`);
#: - ``month_abbreviation``, ``weekday_abbreviation``: with a full stop, or before a day's number
#:   or a month ("JAN 5", "SAT 3 MAY"), a weekday also before a part of the day or after "on",
#:   "next" ("SAT NIGHT", "ON SAT"); "SAT" and "SUN" alone are words;
#: - ``holiday``: capitalised as its name is ("Election Day", "Fourth of July", "St. Patrick's Day");
#: - ``zone_word``: a US zone in words, before "time" or after a clock ("8 p.m. Eastern");
#: - ``capitals``: time zones, "FY", "Q3", "H1", "EOD"; ``era``: "AD", "BC" by a year; ``us_zone``: "ET"
#:   after a clock;
#: - ``season``: capitalised with the noun after it where the two are a name ("THE WINTER WAR",
#:   "THE SUMMER PALACE"), as a holiday is ("CHRISTMAS ISLAND", "EASTER ROAD", "THE YOM KIPPUR
#:   WAR");
#: - ``unit``: a unit's abbreviation that is a word in capitals as well ("A RECENT SEC FILING"),
#:   kept as written except after a number ("30 SEC", "3 YRS").
_KIND_OF_WORD: dict[str, str] = {
    **dict.fromkeys((*_FULL_MONTHS, *_FULL_WEEKDAYS, *(f"{day}s" for day in _FULL_WEEKDAYS)), "name"),
    **dict.fromkeys(("i", "i'm", "i'll", "i've", "i'd"), "name"),
    **dict.fromkeys(("may", "march"), "month"),
    **dict.fromkeys(_SHORT_MONTHS.split("|"), "month_abbreviation"),
    **dict.fromkeys(("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"),
                    "weekday_abbreviation"),
    **dict.fromkeys(_HOLIDAY_NAMES | _CALENDAR_NEW_YEARS, "holiday"),
    **dict.fromkeys(("eastern", "central", "mountain", "pacific"), "zone_word"),
    **dict.fromkeys((*_ZONES, "fy", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "h1", "h2"), "capitals"),
    **dict.fromkeys(("eod", "eow", "eom", "eoy", "cob"), "capitals"),
    **dict.fromkeys(("bc", "bce", "ad", "ce"), "era"),
    **dict.fromkeys(("et", "ct", "mt", "pt"), "us_zone"),
    **dict.fromkeys(("sec", "secs", "wk", "wks", "mos", "yr", "yrs"), "unit"),
    **dict.fromkeys(("spring", "summer", "autumn", "fall", "winter"), "season"),
}  # fmt: skip
#: The words of :data:`_KIND_OF_WORD` in lower-cased text (group 1): the pattern consumes the
#: character before the word, one that is no letter, digit or apostrophe (a pattern that begins
#: with a character class is one the regex engine scans for in a tight loop, where a look-behind
#: in front costs a match attempt at every position); digits may follow ("FY2025", "Q3'24").
_WORD_END = r"(?![a-z_]|'[a-z])"


@cache
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words anywhere and at the start, compiled when a text is first re-cased (most texts
    never are, and the alternation of every holiday is a tenth of ``import dateline``)."""
    words = alternation(_KIND_OF_WORD)
    return re.compile(r"[^\w'](" + words + ")" + _WORD_END), re.compile("(" + words + ")" + _WORD_END)


_NAME_NOUN_AFTER = re.compile(
    r"\s+(?P<noun>war|palace|road|street|lane|avenue|island|islands|park|stadium)(?![\w'])"
)
_MONTH_ABBREVIATION_AFTER = re.compile(r"\.|\s+[0-9]|-[0-9]")
_WEEKDAY_ABBREVIATION_AFTER = re.compile(
    rf"\.?,?\s+(?:[0-9]|(?:{_ANY_MONTH})\b)|\s+(?:morning|afternoon|evening|night)\b"
)
#: ... or after a word that only a day follows ("ON SAT", "NEXT MON").
_WEEKDAY_ABBREVIATION_BEFORE = re.compile(r"(?<![\w'-])(?:on|next|last|this|by|until|till|every|each)\s+\Z")
_NUMBER_BEFORE = re.compile(r"[0-9]\s?\Z")
_NUMBER_AFTER = re.compile(r"\s[0-9]")
#: A word with digits in it is a code whose letters are kept as written ("2024-03-05T14:30Z",
#: "2025-W19", "1H13", "F-105"), but for a number's ending, in lower case ("5TH", "1990S", "4PM",
#: "10:30AM", "3HRS", "3W AGO"), and a word run into a year (see ``_GLUED_TO_A_YEAR``). (Found from its
#: digits, which the regex engine scans for quickly, then the letters before them.)
_DIGITS_ON = re.compile(r"[0-9][0-9a-z:+]*")
_CODE_BEFORE = re.compile(r"[0-9a-z:+]*\Z")
_NUMBER_ENDING = re.compile(
    r"[0-9][0-9:.,]*(?:st|nd|rd|th|s|am|pm|h|hrs?|m|mins?|secs?|d|w|wks?|mos?|y|yrs?)"
)
#: ... but "2H 2023", a half before its year, is the half ("2H" of hours has no year after it).
_HALF_BEFORE_A_YEAR = re.compile(r"[12]h\s+(?:19|20)[0-9]{2}(?![0-9])")
_YEAR_AND_WORD = re.compile(r"[0-9]{4}[a-z]{2,}")
#: Initials and dotted abbreviations ("U.S.", "A.D."), kept as written; not "a.m." and "p.m.".
#: (Found from a full stop and a letter, which the regex engine scans for quickly.)
_DOT_LETTER = re.compile(r"\.[a-z]")
_DOTTED = re.compile(r"(?![ap]\.m\.)[a-z](?:\.[a-z])+\.?")
#: A word run into the year before it, where a heading ends and its text begins ("1918THE
#: ALLIED COUNTEROFFENSIVE" of "... autumn 1918" + "The Allied ..."): it opens a sentence (not a
#: unit, an era or an ending: "1500HRS", "480BC", "1990S").
_GLUED_TO_A_YEAR = re.compile(
    r"[0-9]{4}(?!(?:hrs|hours|gmt|utc|bce|bc|ad|ce|am|pm|mph|kph|kms|km|lbs|kg|th|st|nd|rd)\b)"
    r"(?P<letter>[a-z])(?=[a-z])"
)
#: Where a sentence opens: the stretch's start, a line's start, or after a full stop, a question
#: or an exclamation mark (and a closing quote) and a space; the letter is group ``letter``.
_SENTENCE_OPENING = re.compile(r"(?:\n|[.!?][\"')\]]*[ \n])[\"'(\[ ]*(?P<letter>[a-z])")
_FIRST_LETTER = re.compile(r"[\"'(\[ ]*(?P<letter>[a-z])")
#: The word before a full stop that closes an abbreviation, not a sentence: "a.m.", "U.S.",
#: "J. Smith", "Mr.", "Jan. 5".
_ABBREVIATION_BEFORE = re.compile(
    r"(?:(?<![\w'])[a-z]|\.[a-z]|(?<![\w'])(?:mr|mrs|ms|dr|st|jr|sr|no|vs|gen|sen|rep|gov|col|lt|sgt|adm|rev|"
    r"inc|co|corp|ltd|" + _SHORT_MONTHS + r"|tues|thurs))\.\Z"
)
#: The place of an opening dateline in capitals ("WASHINGTON, MAY 8 (AP) --"), which is read as
#: written (:mod:`dateline.datelines` knows a place by its capitals).
_DATELINE_PLACE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}),(?=\s*(?:"
    + _ANY_MONTH
    + "|"
    + "|".join(en.WEEKDAYS)
    + r")\b)",
    re.IGNORECASE,
)


def restore_case(text: str) -> str:
    """``text`` with every stretch whose case says nothing written in sentence case: the whole
    text when almost all the letters of its opening are capitals, or almost none are and its
    sentences open in lower case; else each line of four words or more in capitals or in Title
    Case; ``text`` itself when there is none."""
    opening = text[:_OPENING]
    capitals, small = _letter_counts(opening)
    letters = capitals + small
    if letters < _MIN_LETTERS:
        return text
    if _mostly_capitals(capitals, small) or (
        capitals * _LOWER_TEXT_CAPITALS <= letters and _SENTENCE_OPENS_IN_LOWER_CASE.search(opening)
    ):
        return sentence_case(text)
    if "\n" not in text and _in_title_case(text, whole_text=True):
        return sentence_case(text)
    pieces = []
    copied = 0
    for start, end in _caseless_lines(text):
        pieces.append(text[copied:start])
        pieces.append(sentence_case(text[start:end]))
        copied = end
    if not copied:
        return text
    pieces.append(text[copied:])
    recased = "".join(pieces)
    capitals, small = _letter_counts(recased[:_OPENING])
    if capitals * _LOWER_TEXT_CAPITALS <= capitals + small and _SENTENCE_OPENS_IN_LOWER_CASE.search(
        recased[:_OPENING]
    ):
        # ("0 The Last Few\na": a text whose only capitals were a line in Title Case has none
        # left, and is read as a text in lower case, as it would be when read again.)
        return sentence_case(recased)
    return recased


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals, by the letters of its opening (a wire text of old,
    a notice), as :func:`restore_case` decides it.

    >>> in_capitals("THE VOTE IS ON TUESDAY, MARCH 5."), in_capitals("The vote is on Tuesday.")
    (True, False)
    """
    capitals, small = _letter_counts(text[:_OPENING])
    return capitals + small >= _MIN_LETTERS and _mostly_capitals(capitals, small)


def _mostly_capitals(capitals: int, small: int) -> bool:
    return small * _UPPER_TEXT_SMALL <= capitals + small


def _letter_counts(text: str) -> tuple[int, int]:
    """The number of capitals and of lower-case letters (ASCII) in ``text``."""
    data = text.encode("ascii", "ignore")
    return len(data) - len(data.translate(None, _UPPER_BYTES)), len(data) - len(
        data.translate(None, _LOWER_BYTES)
    )


def _caseless_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line written in capitals or in Title Case, in order."""
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if len(line) >= _SHORTEST_LINE:
            if line[:_LINE_OPENING].isupper():
                if _in_capitals(line):
                    found.append((start, end))
            elif len(line) <= _LONGEST_TITLE and _in_title_case(line):
                found.append((start, end))
        start = end + 1
    return found


def _in_capitals(line: str) -> bool:
    """Whether a line that opens in capitals is written in them: four words or more, and at most
    one letter in ten in lower case ("FED TO RAISE RATES IN MAY (Reuters)")."""
    capitals, small = _letter_counts(line)
    return small * _UPPER_TEXT_SMALL <= capitals + small and len(_LINE_WORD.findall(line)) >= _MIN_LINE_WORDS


def _in_title_case(line: str, *, whole_text: bool = False) -> bool:
    """Whether a line is in Title Case: three words or more, every one capitalised or small (or an
    abbreviation with its full stops, "p.m."), three of them capitalised words, and a small word
    capitalised after the first, or two of them ("Fed Will Raise Rates In March", "In The New
    Year"; not "Yorktown and the Surrender of Cornwallis", a name's own capitals). A text of one
    line (``whole_text``) is in Title Case with two words or more, every one capitalised."""
    # (A speaker's label in capitals opens a transcript's line, and the sentence after it opens
    # with its own capital: "ANNOUNCER: This is CNN Tonight, with Bernard Shaw.")
    line = _SPEAKER_LABEL.sub("", line, count=1)
    opening = line.split(None, _MIN_TITLE_WORDS)[1:_MIN_TITLE_WORDS]
    if any(word[:1].islower() and word not in _SMALL_WORDS and "." not in word for word in opening):
        return False  # (most lines fail here, at a word of their opening in lower case)
    words = _LINE_WORD.findall(line)
    if any(word[0].islower() and word not in _SMALL_WORDS and "." not in word for word in words):
        return False
    if whole_text:
        return len(words) >= _MIN_TITLE_TEXT_WORDS and all(word[0].isupper() for word in words)
    if len(words) < _MIN_TITLE_WORDS or sum(1 for word in words if _TITLE_WORD.match(word)) < 3:
        return False
    small = [word.lower() for word in words if word[0].isupper() and word.lower() in _SMALL_WORDS]
    return len(small) >= 2 or any(word[0].isupper() and word.lower() in _TITLE_EVIDENCE for word in words[1:])


def sentence_case(stretch: str) -> str:
    """``stretch`` in lower case, with the capitals every sentence writes (see the module
    docstring); the same length, letter for letter.

    >>> sentence_case("IN MAY, DAILY TALKS ON GOOD FRIDAY ENDED AT 4 P.M. EDT.")
    'In May, daily talks on Good Friday ended at 4 p.m. EDT.'
    >>> sentence_case("MARCH FOR OUR LIVES. SHE MAY VISIT THE U.S. IN MARCH 2024.")
    'march for our lives. She may visit the U.S. in March 2024.'
    """
    lowered = stretch.lower()
    if len(lowered) != len(stretch):  # (a letter whose lower case is two characters: "İ")
        lowered = stretch.translate(_ASCII_LOWER)
    letters = list(lowered)

    def capitalise(index: int) -> None:
        letters[index] = lowered[index].upper()

    def keep(start: int, end: int) -> None:
        letters[start:end] = stretch[start:end]

    months = set()
    any_word, first_word = _word_patterns()
    first = first_word.match(lowered)
    for match in ([first] if first else []) + list(any_word.finditer(lowered)):
        start, end = match.span(1)
        kind = _KIND_OF_WORD.get(match[1]) or _KIND_OF_WORD[" ".join(match[1].split())]
        if kind == "name":
            capitalise(start)
        elif kind == "month":
            if _is_month(lowered, start, end):
                capitalise(start)
                months.add(start)
        elif kind == "month_abbreviation":
            if _MONTH_ABBREVIATION_AFTER.match(lowered, end):
                capitalise(start)
        elif kind == "weekday_abbreviation":
            if (
                _WEEKDAY_ABBREVIATION_AFTER.match(lowered, end)
                or _WEEKDAY_ABBREVIATION_BEFORE.search(lowered, max(0, start - 7), start)
                or (match[1] in ("tues", "thurs") and lowered.startswith(".", end))
            ):
                capitalise(start)
        elif kind in ("holiday", "season"):
            noun = _NAME_NOUN_AFTER.match(lowered, end)
            if noun is not None:
                capitalise(noun.start("noun"))
            if kind == "holiday" or noun is not None:
                for letter in _HOLIDAY_WORD.finditer(lowered, start, end):
                    capitalise(letter.start())
        elif kind == "zone_word":
            if _ZONE_WORD_AFTER.match(lowered, end) or _after_a_clock(lowered, start):
                capitalise(start)
        elif kind == "capitals":
            letters[start:end] = lowered[start:end].upper()
        elif kind == "era":
            year_after = match[1] == "ad" and _NUMBER_AFTER.match(lowered, end)
            if year_after or _after_a_number(lowered, start):
                letters[start:end] = lowered[start:end].upper()
        elif kind == "us_zone":
            if _after_a_clock(lowered, start):
                letters[start:end] = lowered[start:end].upper()
        elif not _after_a_number(lowered, start):  # a unit ("30 sec" is written in lower case)
            keep(start, end)
    covered = 0
    for digits in _DIGITS_ON.finditer(lowered):
        start, end = digits.span()
        if start < covered:
            continue
        start = _CODE_BEFORE.search(lowered, max(0, start - 12), start).start()
        code = lowered[start:end]
        if code.isdigit() or _YEAR_AND_WORD.fullmatch(code):
            pass
        elif not _NUMBER_ENDING.fullmatch(code) or _HALF_BEFORE_A_YEAR.match(lowered, start):
            keep(start, end)
        covered = end
    covered = 0
    for dot in _DOT_LETTER.finditer(lowered):
        start = dot.start() - 1
        if (
            start < covered
            or start < 0
            or (start and (lowered[start - 1].isalnum() or lowered[start - 1] in "_'.-"))
        ):
            continue
        dotted = _DOTTED.match(lowered, start)
        if dotted is not None:
            keep(start, dotted.end())
            covered = dotted.end()
    if " time" in lowered:
        for match in _PLACE_TIME.finditer(lowered):
            capitalise(match.start())
    for match in _GLUED_TO_A_YEAR.finditer(lowered):
        if not lowered[match.start() - 1 : match.start()].isdigit():
            capitalise(match.start("letter"))
    opening = _FIRST_LETTER.match(lowered)
    for match in ([opening] if opening else []) + list(_SENTENCE_OPENING.finditer(lowered)):
        start = match.start("letter")
        stop = match.start()
        if stop and _ABBREVIATION_BEFORE.search(lowered, max(0, stop - 6), stop + 1):
            continue
        # "MARCH ON", "MAY NEVER": the verb, without a capital to make it the month; but "MAY I
        # ASK", "MAY HE REST" as a sentence writes them (the rules read them as the verb).
        asks = lowered.startswith("may", start) and _MAY_ASKS.match(lowered, start + 3)
        if _MAY_OR_MARCH.match(lowered, start) and start not in months and not asks:
            continue
        capitalise(start)
    place = _DATELINE_PLACE.match(stretch)
    if (
        place is not None
        and place.group().isupper()
        and not any(
            word.lower() in en.WEEKDAYS or word.lower() in en.MONTHS for word in place["place"].split()
        )
    ):
        letters[: place.end()] = stretch[: place.end()]
    return "".join(letters)


_ASCII_LOWER = str.maketrans(ascii_uppercase, ascii_lowercase)


def _after_a_number(lowered: str, start: int) -> bool:
    return _NUMBER_BEFORE.search(lowered, max(0, start - 2), start) is not None


def _after_a_clock(lowered: str, start: int) -> bool:
    return _CLOCK_BEFORE.search(lowered, max(0, start - 9), start) is not None


def _is_month(lowered: str, start: int, end: int) -> bool:
    """Whether the "may" or "march" at ``lowered[start:end]`` is the month by the words around it."""
    before = max(0, start - 24)
    may = lowered.startswith("may", start)
    if may and _MODAL_AFTER.match(lowered, end):
        return False
    if _MONTH_AFTER.match(lowered, end) or _FIGURES_AFTER.match(lowered, end):
        return True
    if _MONTH_BEFORE.search(lowered, before, start) or _PERIOD_TO_BEFORE.search(lowered, before, start):
        return True
    if may and _PRONOUN_AFTER.match(lowered, end):
        return False
    if may and _TO_BEFORE.search(lowered, before, start):
        return True
    day = _DAY_BEFORE.search(lowered, before, start)
    if day is not None:
        return bool(
            _PREPOSITION_BEFORE_DAY.search(lowered, max(0, day.start() - 8), day.start())
            or _YEAR_AFTER.match(lowered, end)
            or _CLAUSE_END_AFTER.match(lowered, end)
            or _DATE_GOES_ON.match(lowered, end)
        )
    return bool(
        _MONTH_BEFORE_CLAUSE_END.search(lowered, max(0, start - 8), start)
        and _CLAUSE_END_AFTER.match(lowered, end)
    )
