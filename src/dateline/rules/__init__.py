"""The rule sets: every family's rules for a language, compiled once into an immutable set.

>>> rule_set = rules_for("en")
>>> rule_set.rule("date.month_day_year").type
'DATE'
>>> len(rule_set.rules) > 30
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from dateline.errors import DatelineValueError
from dateline.lexicon import SUPPORTED_LANGUAGES, lexicon_for
from dateline.rules.base import DOMAINS, Domain, Example, Rule, RuleMatch, compile_pattern

__all__ = ["CompiledRule", "Domain", "Example", "Rule", "RuleMatch", "RuleSet", "families", "rules_for"]


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule with its compiled regular expression and its place in the rule order."""

    rule: Rule
    regex: re.Pattern[str]
    order: int


@dataclass(frozen=True, slots=True)
class RuleSet:
    """All rules of one language, compiled, in a fixed order."""

    lang: str
    compiled: tuple[CompiledRule, ...]
    by_name: Mapping[str, Rule]
    #: For each domain, the names of the rules that do not tag in it (the rules a scan of a text
    #: of that domain need not try); read from the rules' own ``domains``.
    untagged: Mapping[Domain, frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        untagged = {
            domain: frozenset(item.rule.name for item in self.compiled if domain not in item.rule.domains)
            for domain in DOMAINS
        }
        object.__setattr__(self, "untagged", MappingProxyType(untagged))

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The rules, in the order they are listed by their families."""
        return tuple(item.rule for item in self.compiled)

    def rule(self, name: str) -> Rule:
        """The rule called ``name``."""
        return self.by_name[name]


def families(lang: str = "en") -> Mapping[str, tuple[Rule, ...]]:
    """The rule families of ``lang``: family name -> its rules, in module order."""
    if lang != "en":
        raise DatelineValueError(
            f"lang={lang!r} is not supported; supported languages: {', '.join(SUPPORTED_LANGUAGES)}"
        )
    from dateline.rules.en import dates, durations, fuzzy, holidays, relative, sets, times

    return MappingProxyType(
        {
            "dates": dates.RULES,
            "relative": relative.RULES,
            "times": times.RULES,
            "durations": durations.RULES,
            "sets": sets.RULES,
            "fuzzy": fuzzy.RULES,
            "holidays": holidays.RULES,
        }
    )


@cache
def rules_for(lang: str = "en") -> RuleSet:
    """The compiled rule set of ``lang``, built on first use and shared (it is immutable).

    Raises:
        DatelineValueError: unknown language, or a rule set that breaks its own invariants
            (duplicate names, a rule without examples).
    """
    lexicon = lexicon_for(lang)
    compiled: list[CompiledRule] = []
    by_name: dict[str, Rule] = {}
    for family_rules in families(lang).values():
        for rule in family_rules:
            if rule.name in by_name:
                raise DatelineValueError(f"duplicate rule name {rule.name!r}")
            if not rule.examples:
                raise DatelineValueError(f"rule {rule.name!r} has no examples")
            by_name[rule.name] = rule
            try:
                regex = compile_pattern(rule.pattern, lexicon, case_sensitive=rule.case_sensitive)
            except re.error as error:
                raise DatelineValueError(f"rule {rule.name!r} has a bad pattern: {error}") from None
            compiled.append(CompiledRule(rule, regex, len(compiled)))
    return RuleSet(lang, tuple(compiled), MappingProxyType(by_name))
