"""Every rule's own examples and negatives, run through the public API (Duckling's corpus habit)."""

from __future__ import annotations

import pytest

from dateline import annotate
from dateline.rules import Example, Rule, rules_for

RULES = rules_for("en").rules
EXAMPLES = [(rule, example) for rule in RULES for example in rule.examples]
NEGATIVES = [(rule, text) for rule in RULES for text in rule.negatives]


@pytest.mark.parametrize(
    ("rule", "example"), EXAMPLES, ids=[f"{rule.name}:{example.text}" for rule, example in EXAMPLES]
)
def test_rule_example(rule: Rule, example: Example) -> None:
    timexes = annotate(example.text, dct=example.dct, domain=example.domain)
    expected_span = example.span if example.span is not None else example.text
    found = [timex for timex in timexes if timex.text == expected_span]
    assert found, f"{rule.name}: no timex {expected_span!r} in {[(t.text, t.value) for t in timexes]}"
    timex = found[0]
    assert timex.value == example.value, f"{rule.name}: {timex}"
    assert timex.rule.split("+")[0] == rule.name or rule.name in timex.rule, (
        f"{example.text!r} was read by {timex.rule}, not {rule.name}"
    )
    if example.type is not None:
        assert timex.type == example.type
    if example.mod is not None:
        assert timex.mod == example.mod


@pytest.mark.parametrize(("rule", "text"), NEGATIVES, ids=[f"{rule.name}:{text}" for rule, text in NEGATIVES])
def test_rule_negative(rule: Rule, text: str) -> None:
    for domain in rule.domains:
        timexes = annotate(text, dct="2025-05-09", domain=domain)
        read = [(t.text, t.rule) for t in timexes]
        assert all(timex.rule != rule.name for timex in timexes), (domain, read)


def test_a_rule_bound_to_a_domain_reads_nothing_in_the_others() -> None:
    bound = [rule for rule in RULES if set(rule.domains) != {"news", "narrative"}]
    assert bound, "no rule is bound to a domain"
    for rule in bound:
        for example in rule.examples:
            for domain in {"news", "narrative"} - set(rule.domains):
                timexes = annotate(example.text, dct=example.dct, domain=domain)
                assert all(rule.name not in timex.rule for timex in timexes), (domain, example.text)


def test_every_rule_has_examples_and_a_unique_name() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples for rule in RULES)
