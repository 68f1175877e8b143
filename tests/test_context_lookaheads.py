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
