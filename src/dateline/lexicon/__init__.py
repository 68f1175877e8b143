"""Lexicons: word tables turned into pattern fragments and lookups, built once per language.

Rule patterns name lexicon entries with placeholders (``{month}``, ``{weekday}``, ``{number}``);
:meth:`Lexicon.fragment` gives the regular expression each placeholder stands for, and the lookup
methods turn the matched word back into its value.

>>> lexicon = lexicon_for("en")
>>> lexicon.month("Sept."), lexicon.month("may"), lexicon.number("twenty-four")
(9, None, 24)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from dateline.errors import DatelineValueError
from dateline.lexicon import en

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en",)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of whitespace.

    It is written as a tree of the words' common beginnings (``ma(?:r(?:ch)?|y)``): the engine
    reads each character once, where a flat list (``march|mar|may``) tries every word in turn, a
    cost paid at each position a rule is tried at (over two hundred number words). The tree tries
    the words in the same order as the flat list, longest first: at a position of the text, the
    words that match lie on one path of the tree (siblings begin differently, in any case), and
    that path is tried from its deepest end.

    >>> alternation(["may", "march", "mar"])
    '(?:ma(?:r(?:ch)?|y))'
    """
    tokens = [_TOKEN.findall(re.escape(word).replace(r"\ ", r"\s+")) for word in set(words)]
    return "(?:" + _tree(tokens) + ")"


#: One character of an escaped word (escaped itself or not), or a run of whitespace.
_TOKEN = re.compile(r"\\s\+|\\.|.", re.DOTALL)


def _tree(words: list[list[str]]) -> str:
    """The alternation of ``words`` (lists of tokens) as a tree, each branch longest first."""
    children: dict[str, list[list[str]]] = {}
    ends = False
    for word in words:
        if word:
            children.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not children:
        return ""
    if len({token.lower() for token in children}) < len(children):
        # Siblings must never both match (see :func:`alternation`), in any case.
        raise ValueError(f"words differ only in the case of a letter: {sorted(children)}")
    if len(children) == 1 and not ends:
        ((first, rest),) = children.items()
        return first + _tree(rest)
    branches = "|".join(first + _tree(rest) for first, rest in sorted(children.items()))
    return f"(?:{branches})" + ("?" if ends else "")


def _with_dot(words: Iterable[str], full_names: Iterable[str]) -> list[str]:
    """Abbreviations may carry a period ("Nov."); full names may not ("April." ends a sentence)."""
    names = set(full_names)
    forms = []
    for word in words:
        forms.append(word)
        if word not in names:
            forms.append(word + ".")
    return forms


#: The patterns of the lookups below, compiled once (the lookups run for every match of a rule).
_SPACES = re.compile(r"\s+")
_NUMBER_PARTS = re.compile(r"[- ]")
_ORDINAL_DIGITS = re.compile(r"([0-9]{1,2})(?:st|nd|rd|th)?")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word tables of one language and the regex fragments built from them."""

    lang: str
    fragments: Mapping[str, str]

    def fragment(self, name: str) -> str:
        """The regular expression for placeholder ``name`` (without a capture group)."""
        return self.fragments[name]

    @staticmethod
    def month(word: str) -> int | None:
        """Month number of a month name or abbreviation; ``None`` for a lower-case "may"."""
        key = word.rstrip(".").lower()
        if key in en.AMBIGUOUS_MONTHS and word[:1].islower():
            return None
        return en.MONTHS.get(key)

    @staticmethod
    def weekday(word: str) -> int | None:
        """Weekday number (Monday = 0) of a weekday name or abbreviation."""
        key = word.rstrip(".").lower()
        if key in en.AMBIGUOUS_WEEKDAYS and (word[:1].islower() or not word.endswith(".")):
            return None
        return en.WEEKDAYS.get(key)

    @staticmethod
    def number(word: str) -> int | None:
        """Value of a cardinal written in digits or words ("24", "twenty-four", "a dozen")."""
        text = _SPACES.sub(" ", word.strip().lower()).replace(",", "")
        if text.isascii() and text.isdigit():  # not "²", which isdigit() accepts and int() refuses
            # int() also refuses more than 4,300 digits; no amount of time is that long anyway.
            return int(text) if len(text) <= 18 else None
        if text in en.NUMBER_WORDS:
            return en.NUMBER_WORDS[text]
        head, hundred, rest = text.partition(" hundred ")
        if hundred and head in en.NUMBER_WORDS and en.NUMBER_WORDS[head] < 10:
            # "one hundred twenty", "two hundred and fifty": the counts contracts spell out.
            tail = Lexicon.number(rest.removeprefix("and "))
            return None if tail is None or tail >= 100 else en.NUMBER_WORDS[head] * 100 + tail
        parts = _NUMBER_PARTS.split(text)
        if len(parts) == 2 and parts[0] in en.NUMBER_WORDS and parts[1] in en.NUMBER_WORDS:
            tens, ones = en.NUMBER_WORDS[parts[0]], en.NUMBER_WORDS[parts[1]]
            if tens >= 20 and tens % 10 == 0 and ones < 10:
                return tens + ones
            if ones in (100, 1000) and tens < 100:
                return tens * ones
        return None

    @staticmethod
    def ordinal(word: str) -> int | None:
        """Value of an ordinal ("8th", "eighth", "twenty-first")."""
        text = word.strip().lower()
        digits = _ORDINAL_DIGITS.fullmatch(text)
        if digits:
            return int(digits[1])
        text = text.replace(" ", "-")
        return en.ORDINAL_WORDS.get(text) or en.LONG_ORDINAL_WORDS.get(text)

    @staticmethod
    def unit(word: str) -> str | None:
        """The TIMEX3 duration letter of a unit word ("days" -> "D", "decade" -> "DE")."""
        return en.UNITS.get(word.lower().rstrip("."))

    @staticmethod
    def is_clock_unit(word: str) -> bool:
        """Whether a unit word is an hour, minute or second."""
        return word.lower().rstrip(".") in en.CLOCK_UNITS


def _build_english() -> Lexicon:
    month_names = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")  # fmt: skip
    weekday_names = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    months = _with_dot(en.MONTHS, month_names)
    weekdays = _with_dot(en.WEEKDAYS, weekday_names)
    small_numbers = [word for word in en.NUMBER_WORDS if " " not in word]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    compound = [f"{ten}-{one}" for ten in tens for one in ones]
    compound += [f"{ten} {one}" for ten in tens for one in ones]
    # "three hundred years", "two thousand years" (``number`` reads them).
    compound += [f"{one} {big}" for one in ones for big in ("hundred", "thousand")]
    number_words = alternation([*compound, *small_numbers, *(w for w in en.NUMBER_WORDS if " " in w)])
    # "one hundred twenty", "two hundred and fifty" (a tail of one word, or two joined by a hyphen).
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]  # fmt: skip
    below_hundred = alternation([*compound[: 2 * len(tens) * len(ones)], *tens, *teens, *ones])
    # ("a hundred and thirty years", as transcripts write it.)
    number_words = rf"(?:(?:{alternation(ones)}|a) hundred (?:and )?{below_hundred}(?![\w-])|{number_words})"
    # "twenty-first" is also said and transcribed "twenty first".
    ordinal_words = [*en.ORDINAL_WORDS, *(word.replace("-", " ") for word in en.ORDINAL_WORDS if "-" in word)]
    fragments = {
        "month": alternation(months),
        "weekday": alternation(weekdays),
        "day": r"(?:3[01]|[12][0-9]|0?[1-9])(?!\d)",
        "ordinal_day": r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)",
        "ordinal_word": alternation(ordinal_words),
        # (An ordinal a count of years may reach: "the thirty-ninth year of his reign".)
        "year_ordinal_word": alternation([*ordinal_words, *en.LONG_ORDINAL_WORDS]),
        "year4": r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9])",
        "year2": r"'[0-9]{2}(?![0-9])",
        "number": rf"(?:(?<![0-9],)[0-9]{{1,3}}(?:,[0-9]{{3}})*(?:\.[0-9]+)?(?![0-9])|{number_words})",
        "unit": alternation(en.UNITS),
        "vague": alternation(en.VAGUE_QUANTITIES),
        # ("Judge Ralph K. Winter": a name after an initial; "a spring-like day": no season.)
        "season": rf"(?<!\s(?-i:[A-Z])\.\s){alternation(en.SEASONS)}(?!-(?:like|loaded)\b)",
        "part_of_day": alternation(en.PARTS_OF_DAY),
    }
    return Lexicon(lang="en", fragments=fragments)


@cache
def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of ``lang``, built on first use and shared after that.

    Raises:
        DatelineValueError: no lexicon for ``lang``.
    """
    if lang == "en":
        return _build_english()
    raise DatelineValueError(
        f"lang={lang!r} is not supported; supported languages: {', '.join(SUPPORTED_LANGUAGES)}"
    )
