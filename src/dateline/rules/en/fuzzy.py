"""Fuzzy references: "now" (PRESENT_REF), "recently" (PAST_REF), "the future" (FUTURE_REF)."""

from __future__ import annotations

from dateline.partial import PartialTime
from dateline.rules.base import Example, Rule, RuleMatch

_PRESENT = r"now|currently|nowadays|these days|at present|right now|at the moment|current(?! (?:account|accounts|affairs|events|assets|liabilities|sea|flow|issue|law|quarter|year|month|week|period|fiscal|session|term|season|decade|century|level|levels|rate|rates|price|prices)\b)"
_PAST = r"recently|lately|more recently|the past(?! (?:few|several|\w+ (?:years|months|weeks|days|decades)))|(?<=\bat\s)(?:the|that) time(?! (?:of|when|that|the|a|an|he|she|they|it|we|I|(?-i:[A-Z])\w*)\b)|once upon a time|a while ago|some time ago|not long ago|(?:(?:several|a few|many|some) )?(?:years|decades|months|weeks) ago"
_FUTURE = r"the future|the coming years|(?<=\bin\s)coming years|(?<=\bin\s)years to come|the years ahead|one day soon|the near future|the near term|the long term|the short term"


def _present(match: RuleMatch) -> PartialTime | None:
    del match
    return PartialTime(kind="ref", value="PRESENT_REF")


def _past(match: RuleMatch) -> PartialTime | None:
    del match
    return PartialTime(kind="ref", value="PAST_REF")


def _future(match: RuleMatch) -> PartialTime | None:
    del match
    return PartialTime(kind="ref", value="FUTURE_REF")


RULES: tuple[Rule, ...] = (
    Rule(
        name="fuzzy.present",
        type="DATE",
        pattern=rf"(?:{_PRESENT})(?!-)",
        parse=_present,
        examples=(
            Example("We are currently facing a backlash", "PRESENT_REF", span="currently"),
            Example("now", "PRESENT_REF"),
        ),
        negatives=("nowhere",),
    ),
    Rule(
        name="fuzzy.past",
        type="DATE",
        pattern=rf"(?:{_PAST})",
        parse=_past,
        examples=(Example("recently", "PAST_REF"), Example("at the time", "PAST_REF", span="the time")),
        negatives=("the past three years",),
    ),
    Rule(
        name="fuzzy.future",
        type="DATE",
        pattern=rf"(?:{_FUTURE})",
        parse=_future,
        examples=(
            Example("in the future", "FUTURE_REF", span="the future"),
            Example("the future", "FUTURE_REF"),
        ),
    ),
)
