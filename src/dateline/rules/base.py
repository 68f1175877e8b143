"""Rules as data: a name, a pattern, a parser, and the examples that prove them.

A pattern is a regular expression with lexicon placeholders: ``{month}`` becomes the named group
``(?P<month>…)`` built from the lexicon, and ``{number:amount}`` the group ``amount`` holding a
number. A single space in a pattern matches any run of whitespace. :func:`compile_pattern` adds the
word boundaries once, so rules never repeat them.

>>> from dateline.lexicon import lexicon_for
>>> regex = compile_pattern("{month} {day}", lexicon_for("en"))
>>> regex.search("on Nov. 8 at noon")["month"]
'Nov.'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from dateline.lexicon import Lexicon
from dateline.partial import PartialTime

RuleType = Literal["DATE", "TIME", "DURATION", "SET"]
#: The kinds of text whose annotation conventions a rule follows: news (TimeML, resolved against
#: the publication date) and narratives (histories annotated as WikiWars is, in the TIMEX2
#: tradition, resolved against the story's own time).
Domain = Literal["news", "narrative"]
DOMAINS: tuple[Domain, ...] = ("news", "narrative")

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z_0-9]*)(?::([a-z_][a-z_0-9]*))?\}")
_ASCII_FOLDS = str.maketrans({"\u0130": "I", "\u0131": "i", "\u017f": "s", "\u212a": "K"})


@dataclass(frozen=True, slots=True)
class Example:
    """A text a rule must read, and the value it must give (at ``dct``, default 2025-05-09).

    ``span`` is the expected expression when it is not the whole text; ``type`` and ``mod`` are
    checked when given; ``domain`` is the kind of text it is read as.
    """

    text: str
    value: str
    span: str | None = None
    dct: str | None = "2025-05-09"
    type: RuleType | None = None
    mod: str | None = None
    domain: Domain = "news"


@dataclass(frozen=True, slots=True)
class RuleMatch:
    """One regex match of a rule, with helpers to read its named groups."""

    match: re.Match[str]

    @property
    def text(self) -> str:
        """The whole matched text."""
        return self.match.group(0)

    def group(self, name: str) -> str | None:
        """The text of group ``name`` or ``None`` when it did not take part in the match (or the
        pattern has no such group)."""
        try:
            text = self.match.group(name)
        except IndexError:  # no group of that name
            return None
        # re.IGNORECASE lets four non-ASCII letters (dotless i, dotted I, long s, Kelvin sign) match
        # ASCII ones; parsers look words up in ASCII tables, so they get the ASCII letter back
        # (same length, same offsets).
        return text if text is None or text.isascii() else text.translate(_ASCII_FOLDS)

    def has(self, name: str) -> bool:
        """Whether group ``name`` took part in the match."""
        return self.group(name) is not None


Parser = Callable[[RuleMatch], "PartialTime | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: a pattern and a pure function from its match to a :class:`PartialTime`.

    ``parse`` never sees the publication date; returning ``None`` rejects the match.
    ``priority`` breaks ties between candidates of the same length (higher wins). ``domains``
    are the kinds of text whose conventions tag what the rule reads: TIMEX2, and so WikiWars,
    tags "former" in "the former king" as a vague past; TimeML news annotation does not.
    """

    name: str
    type: RuleType
    pattern: str
    parse: Parser
    examples: tuple[Example, ...]
    negatives: tuple[str, ...] = ()
    priority: int = 0
    case_sensitive: bool = False
    domains: tuple[Domain, ...] = DOMAINS
    #: Where the pattern can match in a text, for a rule that could start at nearly any word (an
    #: age starts at any number, yet needs "aged" before it or "years old" after): every position
    #: a match can start at, and maybe others (``None``: anywhere). The fast scan
    #: (:func:`dateline.extract.scan`) tries the rule there only; the equivalence tests hold it
    #: to the plain scan.
    starts: Callable[[str], Iterable[int] | None] | None = None


def after_one_of(*words: str) -> str:
    """A pattern that matches where one of ``words`` and a space end: one fixed-width look-behind
    per word, as Python's ``re`` needs ("at" or "until" before a clock time).

    >>> re.search(after_one_of("at", "by") + "noon", "lunch by noon").start()
    9
    """
    return "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in words) + ")"


#: "for" just before an expression, which makes a count after it a length: "for the next year",
#: "for two years afterwards".
#: ... and its bound, which the match may open with: "for more than a century afterwards".
_FOR_BEFORE = re.compile(
    r"\bfor\s+(?:(?:more|less|fewer)\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|about\s+|over\s+)?\Z",
    re.IGNORECASE,
)


def after_for(match: RuleMatch) -> bool:
    """Whether "for" stands just before the match ("for two years afterwards the alliance held":
    how long, not when).

    >>> after_for(RuleMatch(re.search("two years", "for two years afterwards")))
    True
    """
    string, start = match.match.string, match.match.start()
    return _FOR_BEFORE.search(string, max(0, start - 20), start) is not None


#: A word in the lower case just before, not the article: the middle of a sentence, not its
#: start or a headline's title case.
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])(?!the\s)(?-i:[a-z]+)\s\Z")


def after_lower_case_word(text: str, start: int) -> bool:
    """Whether a word in the lower case (not "the") stands just before ``start``: capitalised
    words there are a name or a title ("the gallery bought Winter Morning at Ulvik"), as a
    sentence's start or a headline would not show.

    >>> text = "She bought Winter Morning. Winter came."
    >>> after_lower_case_word(text, 11), after_lower_case_word(text, 27)
    (True, False)
    """
    return _LOWER_WORD_BEFORE.search(text, max(0, start - 24), start) is not None


#: The opening quotation mark of a title and its capitalised words before a word, and its words
#: and closing mark after it ("\"Winter Light\"", "\"The Long Hot Summer\"", "\"White Christmas\"").
_QUOTED_TITLE_OPEN = re.compile(
    # (A title's small words after its first: "Back to the Future".)
    r"[\"“](?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:(?-i:[A-Z])[\w'’-]*|of|the|and|in|on|a|an|to)\s+){0,4})?\Z"
)
#: A word a quoted answer opens with and a title hardly does: '"Maybe Wednesday," she said',
#: '"Perhaps on Friday."'.
SPEECH_OPENS = re.compile(
    r"(?:Maybe|Perhaps|Probably|Possibly|Hopefully|Definitely|Certainly|Surely|Sometime|Either|Already"
    r"|Yes)\b"
)
#: How far before and after the words a quoted title is looked for.
_TITLE_REACH = 60
# ("Tuesday's Ghosts", "Winter Light," with the comma inside the marks, as American copy sets it.)
_QUOTED_TITLE_CLOSE = re.compile(
    r"(?:['’]s)?(?:\s+(?:(?-i:[A-Z])[\w'’-]*|of|the|and|in|on|a|an|to))*[.,]?[\"”]"
)


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start``-``end`` stand in a quoted title of capitalised words (a
    song's, a film's, a book's), of two words at least: a quoted word alone may be speech.

    >>> text = 'She wrote "Winter Light" and sang "White Christmas".'
    >>> in_quoted_title(text, 11, 17), in_quoted_title(text, 41, 50)
    (True, True)
    >>> in_quoted_title('"Summer," she said.', 1, 7)
    False
    >>> in_quoted_title('songs such as "Winter Light," and more', 15, 21)
    True
    >>> in_quoted_title('"Maybe Wednesday," she said.', 7, 16)
    False
    """
    opened = _QUOTED_TITLE_OPEN.search(text, max(0, start - _TITLE_REACH), start)
    if opened is None or SPEECH_OPENS.match(text, opened.start() + 1):
        return False
    # (Read only as far as a title reaches: a run of capitalised words is no title to its end.)
    closed = _QUOTED_TITLE_CLOSE.match(text, end, end + _TITLE_REACH)
    return closed is not None and opened.end() - opened.start() + closed.end() - closed.start() > 3


def compile_pattern(pattern: str, lexicon: Lexicon, *, case_sensitive: bool = False) -> re.Pattern[str]:
    """Compile a rule pattern: expand placeholders and spaces, add word boundaries."""

    def expand(placeholder: re.Match[str]) -> str:
        kind, name = placeholder[1], placeholder[2] or placeholder[1]
        return f"(?P<{name}>{lexicon.fragment(kind)})"

    body = _PLACEHOLDER.sub(expand, pattern.replace(" ", r"\s+"))
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(
        rf"(?<![\w'’])(?:{body})(?!(?<=[0-9])(?-i:[a-z0-9_])|(?<![0-9])\w|['’](?!s\b)\w)", flags
    )
