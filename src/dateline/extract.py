"""Extraction: run a rule set over a text and choose among overlapping candidates.

Every rule scans the text; each match its parser accepts becomes a :class:`Candidate`. Where
candidates overlap, the longest wins, then the one of higher priority, then the earliest rule:
a deterministic choice that does not depend on anything but the text.

>>> from dateline.rules import rules_for
>>> [c.text for c in extract("Talks on May 8, 2025 and again on Tuesday.", rules_for("en"))]
['May 8, 2025', 'Tuesday']
"""

from __future__ import annotations

import bisect

from dateline.resolve import Candidate
from dateline.rules import RuleSet
from dateline.rules.base import RuleMatch


def scan(text: str, rule_set: RuleSet) -> list[tuple[Candidate, int, int]]:
    """Every accepted match of every rule: ``(candidate, priority, rule order)``."""
    found: list[tuple[Candidate, int, int]] = []
    for compiled in rule_set.compiled:
        rule = compiled.rule
        for match in compiled.regex.finditer(text):
            if match.end() == match.start():
                continue
            partial = rule.parse(RuleMatch(match))
            if partial is None:
                continue
            candidate = Candidate(match.start(), match.end(), match.group(0), rule.name, rule.type, partial)
            found.append((candidate, rule.priority, compiled.order))
    return found


def choose(found: list[tuple[Candidate, int, int]]) -> list[Candidate]:
    """Keep a set of non-overlapping candidates: longest first, then priority, then rule order."""
    ranked = sorted(
        found, key=lambda item: (-(item[0].end - item[0].start), -item[1], item[2], item[0].start)
    )
    starts: list[int] = []
    chosen: list[Candidate] = []
    for candidate, _, _ in ranked:
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and chosen[index - 1].end > candidate.start:
            continue
        if index < len(chosen) and chosen[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        chosen.insert(index, candidate)
    return chosen


def extract(text: str, rule_set: RuleSet) -> list[Candidate]:
    """The chosen candidates of ``text`` in reading order (before refinement)."""
    return choose(scan(text, rule_set))
