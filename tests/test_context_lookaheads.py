"""The first-letter look-aheads of the tense cue patterns (:mod:`dateline.context`) let every match
through: each names every character a match of the alternatives after it can begin with.

The look-aheads are written by hand for speed (most words fail them at once); these tests read the
first characters of the alternatives back from the parse tree, so that a phrase added to a pattern
with a new first letter fails here rather than going unmatched.
"""

from __future__ import annotations

import re

import pytest

from dateline import context

_parser = pytest.importorskip("re._parser")
_constants = pytest.importorskip("re._constants")


def _first_chars(items: list[tuple[object, object]]) -> set[str]:
    """The ASCII characters a sequence of parse-tree items can begin a match with (it must not
    match the empty string; zero-width items in front are skipped)."""
    c = _constants
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return {chr(av)}  # type: ignore[arg-type]
        if op is c.IN:
            return {char for char in map(chr, range(32, 127)) if re.fullmatch(_in_source(av), char)}
        if op is c.BRANCH:
            return set().union(*(_first_chars(list(branch)) for branch in av[1]))  # type: ignore[index]
        if op is c.SUBPATTERN:
            return _first_chars(list(av[-1]))  # type: ignore[index]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] > 0:  # type: ignore[index]
            return _first_chars(list(av[2]))  # type: ignore[index]
        raise AssertionError(f"not modelled: {op}")
    raise AssertionError("can match the empty string")


def _in_source(av: object) -> str:
    c = _constants
    parts = []
    for op, value in av:  # type: ignore[attr-defined]
        if op is c.LITERAL:
            parts.append(re.escape(chr(value)))
        elif op is c.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        else:
            raise AssertionError(f"not modelled: {op}")
    return "[" + "".join(parts) + "]"


@pytest.mark.parametrize("pattern", [context._FUTURE_PHRASES, context._SCHEDULED_DAY])
def test_lookahead_names_every_first_character(pattern: re.Pattern[str]) -> None:
    assert not pattern.flags & re.IGNORECASE  # (the letters are listed in both cases)
    boundary, lookahead, *alternatives = _parser.parse(pattern.pattern, pattern.flags)
    assert boundary[0] is _constants.AT and lookahead[0] is _constants.ASSERT
    allowed = _first_chars(list(lookahead[1][1]))
    needed = _first_chars(alternatives)
    assert needed <= allowed, sorted(needed - allowed)


def _first_words(items: list[tuple[object, object]], words: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """The words (letters and apostrophes) a sequence of parse-tree items can begin a match with,
    each written after one of ``words``: ``(word, ended)`` pairs, ``ended`` once a character
    other than a letter or a word boundary has ended the word. Look-arounds read no character."""
    c = _constants
    for op, av in items:
        following: set[tuple[str, bool]] = set()
        for word, ended in words:
            if ended or op in (c.ASSERT, c.ASSERT_NOT) or (op is c.AT and not word):
                following.add((word, ended))
            elif op is c.AT:
                following.add((word, True))
            elif op is c.IN and any(kind is c.CATEGORY for kind, _ in av):  # type: ignore[attr-defined]
                # ("\s" ends a word; "\w" would need the words it stands for.)
                assert all(value in (c.CATEGORY_SPACE, c.CATEGORY_DIGIT) for _, value in av), av  # type: ignore[attr-defined]
                following.add((word, True))
            elif op in (c.LITERAL, c.IN):
                characters = {chr(av)} if op is c.LITERAL else _first_chars([(op, av)])  # type: ignore[arg-type]
                letters = {char for char in characters if char.isalpha() or char == "'"}
                assert letters in (set(), characters), f"a class of letters and others: {characters}"
                following |= {(word + char, False) for char in letters} or {(word, True)}
            elif op is c.BRANCH:
                for branch in av[1]:  # type: ignore[index]
                    following |= _first_words(list(branch), {(word, False)})
            elif op is c.SUBPATTERN:
                following |= _first_words(list(av[-1]), {(word, False)})  # type: ignore[index]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                low, high, item = av  # type: ignore[misc]
                skipped = {(word, False)} if low == 0 else set()
                if _first_words(list(item), {("", False)}) == {("", True)}:
                    following |= skipped | {(word, True)}  # (spaces: "\s+")
                else:
                    assert high == 1, "a repeat of letters"  # ("plans?")
                    following |= skipped | _first_words(list(item), {(word, False)})
            else:
                raise AssertionError(f"not modelled: {op}")
        words = following
    return words


@pytest.mark.parametrize(
    "pattern", [pattern for pattern, _ in context._OPENED if pattern is not context._SCHEDULED_DAY]
)
def test_openers_name_every_first_word(pattern: re.Pattern[str]) -> None:
    # The cue patterns of context._OPENED are tried only where one of their words stands: each must
    # name every word a match can begin with (a phrase added with a new first word fails here).
    needed = {
        word.lower()
        for word, _ in _first_words(list(_parser.parse(pattern.pattern, pattern.flags)), {("", False)})
    }
    opened = next(words for opened, words in context._OPENED if opened is pattern)
    assert needed <= set(opened), sorted(needed - set(opened))
