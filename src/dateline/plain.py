"""The text the rules read: the caller's text made plain, with a way back to its offsets.

Text comes with every kind of spacing: two spaces after a full stop, tabs, no-break spaces from
web pages, Windows line ends, indented lines, a byte-order mark; and with typographic
apostrophes ("the \\u201990s", "o\\u2019clock"). None of it changes what a sentence says, so none of it may
change what is found: "three  days" is a duration as "three days" is. The rules are written for
single spaces, ``\\n`` line ends and the typewriter's apostrophe, so the pipeline reads a plain
copy of the text, and every span found in it is mapped back to the text as given.

- a run of spaces, tabs and other blank characters is one space;
- a line end (``\\r\\n``, ``\\r`` or ``\\n``) is ``\\n``, and the blanks around it go;
- the invisible characters that only mark or join (zero-width space, word joiner, byte-order
  mark) go;
- a curly apostrophe or single quote (U+2019, U+2018) or the modifier letter apostrophe (U+02BC)
  is ``'``.
- a text, or a line, whose letter case says nothing (ALL CAPS, a Title-Case headline, a text with
  no capital at all) is in the case a sentence is written in (:mod:`dateline.letter_case`), letter
  for letter.

Newlines are kept as newlines: a break between lines, or a blank line between paragraphs, tells
where a headline, a dateline or a timeline's line ends. The one exception is a text wrapped at a
fixed width (e-mail, wire copy, plain-text books), whose lines end wherever the width ran out,
mid-sentence as often as not: there a line break inside a paragraph is a space, unless the line
before it is short (it ended a paragraph, a headline or an item) or the next line is indented.
Lines of a table or a list of titles (no line going on in lower case) are not wrapped lines. In
any text, a word broken at its hyphen across a line end is one word again: "third-" and
"quarter" are "third-quarter".

>>> plain = plain_text("It lasted three  days in the \\u201990s.\\r\\nThen\\u00a0it ended.")
>>> plain.text
"It lasted three days in the '90s.\\nThen it ended."
>>> start = plain.text.index("three days")
>>> plain.original_span(start, start + len("three days"))
(10, 21)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from dateline import lexicon
from dateline.letter_case import in_capitals, restore_case

_BLANK = " \t\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u2060\ufeff"
#: A table for ``str.translate`` that drops the invisible characters.
_NO_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))
_RUN = re.compile(f"[{_BLANK}{_INVISIBLE}\r\n]+")
# What a plain text never holds besides two blanks in a row: without any of it, the text is read
# as it is.
_APOSTROPHES = "\u2018\u2019\u02bc"
_ODD_CHARACTER = re.compile(f"[{_BLANK[1:]}{_INVISIBLE}{_APOSTROPHES}\r]")
_TO_APOSTROPHE = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))
_LINE_END = re.compile(r"\r\n?|\n")
_OPENING = 6000
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)")


@dataclass(frozen=True, slots=True)
class PlainText:
    """A text made plain and the way back to the offsets of the text it came from.

    Attributes:
        text: the plain text.
        unchanged: whether it is the text as given.
        marks: the plain offsets where the distance to the original offsets changes, ascending,
            the first ``0``.
        shifts: for each mark, what to add to a plain offset from that mark on to get the
            original one.

    >>> plain_text("One space each.").unchanged, plain_text("Two  spaces.").unchanged
    (True, False)
    """

    text: str
    unchanged: bool = True
    marks: tuple[int, ...] = (0,)
    shifts: tuple[int, ...] = (0,)

    def original_offset(self, offset: int) -> int:
        """The offset in the original text of the character at ``offset`` of the plain text.

        >>> plain_text("a  b").original_offset(2)
        3
        """
        return offset + self.shifts[bisect_right(self.marks, offset) - 1]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the plain ``[start, end)``; an empty span stays empty.

        The end is taken from the span's last character, so a span that ends before a collapsed
        run of blanks does not take them in.

        >>> plain_text("on  the 8th").original_span(0, 10)
        (0, 11)
        """
        if end <= start:
            begin = self.original_offset(start)
            return begin, begin
        return self.original_offset(start), self.original_offset(end - 1) + 1


def plain_text(text: str, *, english: bool = True) -> PlainText:
    """``text`` made plain (see the module docstring), and the offsets back. Letter case is
    restored only in ``english`` text, whose words re-casing knows.

    >>> plain_text("\\ufeffMay 8, 2025 \\t- Talks  ended.\\n\\n   Later ...").text
    'May 8, 2025 - Talks ended.\\n\\nLater ...'
    >>> plain_text("Already plain.\\nTwo lines.").unchanged
    True
    >>> plain_text("within thirty (30) days, on the fifteenth (15th) day").text
    'within thirty days, on the fifteenth day'
    """
    width = _wrap_width(text)
    # (The numbers in words are English ones.)
    restated = _restated_numerals(text) if english else []
    if width is None and not restated and not _spaced_oddly(text):
        recased = restore_case(text) if english else text
        return PlainText(recased, recased is text)
    pieces: list[str] = []
    marks = [0]
    shifts = [0]
    copied = 0
    plain_length = 0
    for start, end, replacement in _replacements(text, width, restated):
        pieces.append(text[copied:start])
        plain_length += start - copied
        pieces.append(replacement)
        marks.append(plain_length)
        shifts.append(start - plain_length)
        plain_length += len(replacement)
        marks.append(plain_length)
        shifts.append(end - plain_length)
        copied = end
    pieces.append(text[copied:])
    plain = "".join(pieces).translate(_TO_APOSTROPHE)
    if english:
        # (The words re-casing knows are English; another language keeps the case it came in.)
        plain = restore_case(plain)
    return PlainText(plain, plain == text, tuple(marks), tuple(shifts))


#: A numeral in brackets after a number or an ordinal in words, as contracts and statutes write
#: them: "thirty (30) days", "the fifteenth (15th) day", "ninety (90)-day".
_BRACKETED_NUMERAL = re.compile(r"\((?P<digits>[0-9]{1,4})(?P<suffix>st|nd|rd|th)?\)")
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z]+[- ])*[A-Za-z]+$")
#: At most as many words as a number spelt out takes ("one hundred and eighty").
_MOST_NUMBER_WORDS = 4


def _restated_numerals(text: str) -> list[tuple[int, int]]:
    """The spans (from the end of the words) of the bracketed numerals in ``text`` that only
    restate the number written in words just before them, which is what they are there for: the
    words alone read as they would without it. A numeral that says something else ("three (4)",
    "Article five (2)", "the year (2020)") stays.

    >>> _restated_numerals("thirty (30) days; one hundred twenty (120) days; three (4) days")
    [(6, 11), (36, 42)]
    """
    if "(" not in text:
        return []
    spans = []
    for bracket in _BRACKETED_NUMERAL.finditer(text):
        # (From the end of the words: the blanks and line ends between go with the bracket.)
        before = text[max(0, bracket.start() - 8) : bracket.start()]
        start = bracket.start() - len(before) + len(before.rstrip(_BLANK + _INVISIBLE + "\r\n"))
        words = _WORDS_BEFORE.search(text, max(0, start - 48), start)
        if words is None:
            continue
        value = int(bracket["digits"])
        tokens = re.split(r"([- ])", words.group())
        # The longest run of words before the bracket that spells its number.
        for count in range(min(_MOST_NUMBER_WORDS, (len(tokens) + 1) // 2), 0, -1):
            spelled = "".join(tokens[len(tokens) - (2 * count - 1) :])
            read_number = lexicon.Lexicon.ordinal if bracket["suffix"] else lexicon.Lexicon.number
            read = read_number(spelled)
            if read == value:
                spans.append((start, bracket.end()))
                break
    return spans


def _replacements(
    text: str, width: int | None, restated: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """Each span of ``text`` the plain copy writes otherwise, in order, and what it writes there:
    a run of blanks made one space (or a line end, or nothing), a restated numeral left out."""
    brackets = iter(restated)
    bracket = next(brackets, None)
    bracket_end = 0
    for run in _RUN.finditer(text):
        start, end = run.span()
        while bracket is not None and bracket[0] <= start:
            # A numeral restating the number just before it: the rules read the words alone.
            yield bracket[0], bracket[1], ""
            bracket_end = bracket[1]
            bracket = next(brackets, None)
        if start < bracket_end:
            continue  # (the blanks before a bracket left out)
        found = run.group()
        if "\n" in found or "\r" in found:
            replacement = "\n" * len(_LINE_END.findall(found))
            if replacement == "\n" and _broken_at_hyphen(text, run):
                replacement = ""
            elif replacement == "\n" and width is not None and _wrapped_here(text, run, width):
                replacement = " "
        elif found.strip(_INVISIBLE):
            replacement = " "
        else:
            replacement = ""
        if replacement != found:
            yield start, end, replacement
    while bracket is not None:
        yield bracket[0], bracket[1], ""
        bracket = next(brackets, None)


def _spaced_oddly(text: str) -> bool:
    if "  " in text or " \n" in text or "\n " in text or "\t" in text or "\r" in text or "-\n" in text:
        return True
    return not text.isascii() and _ODD_CHARACTER.search(text) is not None


def _wrap_width(text: str) -> int | None:
    """The width a text is wrapped at, or ``None`` when its lines end where its writer ended them.

    A wrapped text has many lines inside its paragraphs about as long as the longest, most of
    them ending mid-sentence; a text of one line a paragraph has lines of every length that end
    with their sentence.

    >>> line = "word " * 14
    >>> _wrap_width((line.strip() + "\\n") * 6)
    69
    >>> _wrap_width("A headline\\nThe first paragraph ends here.\\nThe second one too.\\n") is None
    True
    """
    # Its opening shows how a text is laid out; reading only that keeps long texts fast.
    opening = text[:_OPENING]
    if "\r" in opening:
        opening = _LINE_END.sub("\n", opening)
    lines = opening.split("\n")
    if len(text) > _OPENING:
        lines.pop()  # (cut short)
    # (Measured with single spaces and without the invisible characters: the plain copy, read
    # again, must find the same width.)
    inner = [
        " ".join(line.translate(_NO_INVISIBLE).split())
        for line, following in pairwise(lines)
        if line.strip() and following.strip()
    ]
    if len(inner) < 4:
        return None
    lengths = sorted(len(line) for line in inner)
    width = lengths[len(lengths) * 3 // 4]
    if not 30 <= width <= 140:
        return None
    # (Short lines, a greeting or a signature, say nothing either way: the long ones decide.)
    full = [line for line in inner if len(line) >= width * 0.75]
    unfinished = sum(1 for line in full if not line.endswith(_SENTENCE_END))
    if len(full) < 3 or len(full) * 5 < len(inner) * 2 or unfinished * 2 < len(full):
        return None
    # A table's rows or a list of titles open with capitals, where wrapped prose goes on in the
    # lower case. (Not told by the gaps between a table's columns: blanks the plain copy makes
    # single, and it must read as the text did.)
    going_on = sum(1 for line in lines if line.lstrip()[:1].islower())
    if going_on * 5 < len(inner) and not in_capitals(opening):
        return None
    return width


def _broken_at_hyphen(text: str, run: re.Match[str]) -> bool:
    """Whether the line end in ``run`` breaks a hyphenated word: a letter or digit and "-" before
    it, a letter or digit after it (blanks around the line end or not: "a- \\n 0" read plain is
    "a-\\n0", which must read as it does)."""
    start, end = run.span()
    return (
        start > 1
        and end < len(text)
        and text[start - 1] == "-"
        and text[start - 2].isalnum()
        and text[end].isalnum()
    )


def _wrapped_here(text: str, run: re.Match[str], width: int) -> bool:
    """Whether the one line break in ``run`` only wraps a line of a text wrapped at ``width``."""
    start, end = run.span()
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    before = " ".join(text[line_start:start].translate(_NO_INVISIBLE).split())
    if len(before) < width * 0.75:
        return False
    after = run.group()[len(run.group().rstrip(_BLANK + _INVISIBLE)) :]
    return len(after) < 2 and end < len(text)
