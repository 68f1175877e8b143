"""The fast extraction finds exactly what the plain one finds, for any text and any rule set.

:func:`dateline.extract.scan` tries each rule only where its pattern can start;
:func:`dateline.extract.scan_reference` runs every rule over the whole text. They must agree on
generated texts, on tricky hand-written ones, on rule sets with patterns the start analysis has to
refuse or handle with care, and (when ../shared is present) on every development document.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dateline.extract import (
    FOLDS_TO_ASCII,
    PLAN_AFTER,
    choose,
    extract,
    extract_reference,
    in_domain,
    prepare,
    scan,
    scan_reference,
)
from dateline.lexicon import en, lexicon_for
from dateline.partial import Grain, PartialTime
from dateline.rules import CompiledRule, Domain, Example, Rule, RuleMatch, RuleSet, rules_for
from dateline.rules.base import compile_pattern

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"

Found = list[tuple[object, int, int]]


def _key(found: Found) -> list[tuple[object, ...]]:
    return sorted(
        (c.start, c.end, c.text, c.rule, c.type, repr(c.partial), priority, order)  # type: ignore[attr-defined]
        for c, priority, order in found
    )


def _outcome(function: Callable[[str, RuleSet], object], text: str, rule_set: RuleSet) -> object:
    """What ``function`` returns, or the type and message of what it raises (a rule's parser may
    fail on odd text; both implementations must then fail alike)."""
    try:
        return function(text, rule_set)
    except Exception as error:
        return (type(error), str(error))


def assert_same(text: str, rule_set: RuleSet) -> None:
    prepare(rule_set)  # the start analysis, which a rule set builds only after its first texts
    fast, reference = _outcome(scan, text, rule_set), _outcome(scan_reference, text, rule_set)
    if isinstance(reference, list):
        assert isinstance(fast, list)
        assert _key(fast) == _key(reference)
        assert choose(fast) == choose(reference)  # what extract() and extract_reference() return
    else:
        assert fast == reference


# --- texts ---------------------------------------------------------------------------------------

_WORDS = sorted(
    {
        *en.MONTHS,
        *en.WEEKDAYS,
        *en.NUMBER_WORDS,
        *en.ORDINAL_WORDS,
        *en.UNITS,
        *en.SEASONS,
        *en.PARTS_OF_DAY,
        *en.VAGUE_QUANTITIES,
        *en.FIXED_HOLIDAYS,
        *en.NTH_WEEKDAY_HOLIDAYS,
        *en.EASTER_HOLIDAYS,
        *en.FUTURE_CUES,
        *(
            [
                "the",
                "this",
                "last",
                "next",
                "that",
                "past",
                "coming",
                "previous",
                "following",
                "same",
                "current",
                "ago",
                "earlier",
                "later",
            ]
        ),
        *(
            [
                "before",
                "after",
                "prior",
                "from",
                "now",
                "hence",
                "back",
                "every",
                "each",
                "once",
                "twice",
                "times",
                "per",
                "of",
                "on",
                "in",
                "for",
                "at",
            ]
        ),
        # The words an age stands by ("aged only 18", "at the age of twelve", "19 years old"),
        # which the scan looks for instead of trying the rule at every number.
        *["aged", "age", "old", "only", "about"],
        *(
            [
                "end",
                "beginning",
                "middle",
                "start",
                "turn",
                "close",
                "early",
                "late",
                "mid",
                "about",
                "around",
                "more",
                "than",
                "less",
                "nearly",
            ]
        ),
        *(
            [
                "today",
                "tomorrow",
                "yesterday",
                "tonight",
                "noon",
                "midnight",
                "week",
                "weekend",
                "year",
                "century",
                "decade",
                "quarter",
            ]
        ),
        *(
            [
                "half",
                "first",
                "second",
                "third",
                "fourth",
                "fiscal",
                "recently",
                "currently",
                "future",
                "soon",
                "daily",
                "weekly",
            ]
        ),
        *(
            [
                "since",
                "ſince",
                "kelvin",
                "KELVIN",
                "Times",
                "Army",
                "percent",
                "people",
                "said",
                "will",
                "was",
                "were",
            ]
        ),
    }
)
_NUMBERS = [
    "1998",
    "2025",
    "1990s",
    "'98",
    "'90s",
    "3:30",
    "10:35",
    "15:30",
    "0735",
    "10.5",
    "1,000",
    "5/8/2025",
    "12/31/98",
    "2025-05-08",
    "19980108",
    "8th",
    "22nd",
    "1st",
    "3rd",
    "31",
    "0",
    "00",
    "7",
    "12",
    "24",
    "a.m.",
    "p.m.",
    "am",
    "pm",
    "o'clock",
    "BC",
    "B.C.",
    "AD",
    "A.D.",
    "CE",
    "GMT",
    "EST",
    "Q3",
    "Q1",
    "H1",
    "30-year",
    "four-day",
    "10-year-old",
    "½",
    "1/2",
    "20th",
    "21st",
    "1980's",
    "264",
]
_ODD = [
    "ſ",
    "\u212a",
    "\u0130",
    "\u0131",
    "½",
    "—",
    "–",
    "é",
    "’",
    "'",
    "\u00a0",
    "\u2009",
    "\u3000",
    "\u0085",
]
_PUNCTUATION = [",", ".", "-", "'", "’", "(", ")", '"', "“", "”", "%", "$", "/", ":", ";", "?", "!"]
_SEPARATORS = [" ", " ", " ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2009", " \n ", "", "-", ", ", ". "]


def _cased(word: str) -> st.SearchStrategy[str]:
    return st.sampled_from([word, word.lower(), word.capitalize(), word.upper()])


_TOKEN = st.one_of(
    st.sampled_from(_WORDS).flatmap(_cased),
    st.sampled_from(_NUMBERS),
    st.sampled_from(_ODD + _PUNCTUATION),
    st.integers(0, 99999).map(str),
)
TEXTS = st.lists(st.tuples(_TOKEN, st.sampled_from(_SEPARATORS)), max_size=40).map(
    lambda pairs: "".join(token + separator for token, separator in pairs)
)

TRICKY = [
    "",
    " ",
    "May",
    "May  8,   2025",
    "May\n\n8 , 2025",
    "on\u00a0Tuesday,\u2009May\u00a08",
    "the   day    before",
    "the\n\nyear\n\nbefore",
    "two\tdays\tago",
    "three  years  ago and the   past   three   months",
    "in the ſummer of 1998 and ſince KELVIN",
    "The\u0130 \u0131n 5 p.m.  EST, on the 8th.",
    "a ½ hour, one ½ years — today—now",
    "’98 '98 the ’90s",
    "twenty-four hours, twenty four hours, a couple of weeks",
    "September 1st,1939;September 1st ,1939",
    "Mon., May 8th",
    "x" * 20 + " May 8",
    "May 8" + " " * 30 + "2025",
    "He died, aged  69; at\tage 17, at the age of twelve, aged only 18, aged about sixty.",
    "The ſoldiers were 19 yearſ old, AGED 12, a couple of   weeks\nold and 25 years of  age.",
    "At age of \u0130 1,000,000 years old (19 years old) 22.8 years old; 'twenty five days old",
    "aged aged 3 at age of 4 Age Of Five, the age  of 6 and \u212a old 7 months old-ish",
]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts(text: str) -> None:
    assert_same(text, rules_for("en"))


@pytest.mark.parametrize("domain", ["news", "narrative"])
def test_scan_of_a_domain_is_its_rules_matches(domain: Domain) -> None:
    """A scan told the domain skips the rules that do not tag in it and finds what the others find."""
    rule_set = rules_for("en")
    prepare(rule_set)
    text = (
        "The former governor died in exile, aged about sixty; two days later, on 12 May 1890, "
        "his son, then 19 years old, left the city for four weeks."
    )
    every = in_domain(scan(text, rule_set), rule_set, domain)
    assert _key(scan(text, rule_set, domain)) == _key(every)
    assert _key(scan_reference(text, rule_set, domain)) == _key(every)
    assert extract(text, rule_set, domain) == choose(every)


def test_extract_is_extract_reference() -> None:
    text = "Talks on May  8, 2025 ended; the   day before, two days ago and next Tuesday."
    assert extract(text, rules_for("en")) == extract_reference(text, rules_for("en"))
    assert [c.text for c in extract(text, rules_for("en"))][:2] == ["May  8, 2025", "the   day before"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
@example("the  first  quarter of 2024 and the   second half")
def test_generated_texts(text: str) -> None:
    assert_same(text, rules_for("en"))


# --- rule sets the start analysis has to handle with care -------------------------------------------


def _accept_some(match: RuleMatch) -> PartialTime | None:
    """Accepts matches of even length: rejected matches still end the regex's previous match."""
    if len(match.text) % 2:
        return None
    return PartialTime(year=2000, grain=Grain.YEAR)


def _rule(name: str, pattern: str, *, case_sensitive: bool = False, priority: int = 0) -> Rule:
    return Rule(
        name=name,
        type="DATE",
        pattern=pattern,
        parse=_accept_some,
        examples=(Example("x", "2000"),),
        priority=priority,
        case_sensitive=case_sensitive,
    )


#: (pattern, case-sensitive?) compiled with :func:`compile_pattern` (so with its guard).
_GUARDED = [
    (r"(?P<letter>[a-z])(?P=letter)", False),  # a back-reference in the prefix: not analysed
    (r"x?", False),  # can match the empty string
    (r"(?-i:[A-Z])\w+ day", False),
    (r"(?i:ſ)ince|since", True),
    (r"kelvin|KELVIN", False),
    (r".{3}day", False),
    (r"[^a-z ]{2}", False),
    (r"\W?now", False),
    (r"(?<=\bfor\s)years", False),
    (r"(?:a|b)*c", False),
    (r"x{0,3}yz", False),
    (r"(?:at)+omic", False),
    (r"(x)?(?(1)y|z)w", False),
    (r"\s+today", False),
    (r"[\u00c0-\u024f]+ber", False),
    (r"½ hour", False),
    (r"[0-9]+ ?%", False),
    (r"[0-9]{2,}(?:\s+[0-9]{2,})*", False),
    (r"the\s\s+end", False),
    (r"(?s:.)x", False),
    (r"— ?(?:today|now)", False),
    (r"[a-z0-9]{3}[a-z0-9]{3}[a-z0-9]{3}", False),  # too many prefixes: analysed shorter
    (r"AD [0-9]+", True),
    (r"{month} {day}", False),
    (r"{number} {unit}", False),
    (r"(?:the )?(?:{ordinal_word}|{number}) (?:{unit}|times)", False),
    (r"\d\D\s\S\w\W", False),
    (r"[\s\d]+[^\W\d_]+", False),
    (r"(?a:\w+) (?a:\d+)", False),
    (r"(?i:I)stanbul|(?-i:i)zmir", True),
    (r"(?P<word>[a-z]+) (?P=word)", False),  # a back-reference after the prefix is harmless
    # Prefixes that say next to nothing: run over the whole text, tried where the first
    # character (after conditions, in groups) is.
    (
        r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<amount>(?-i:[A-Z])[a-z]*) (?:days?|years?) (?:after|before)",
        False,
    ),
    (r"(?=[a-z])(?:(?-i:x)|[a-z])[a-z]+ end", False),  # an alternative first: the whole text
]
if sys.version_info >= (3, 11):
    _GUARDED += [(r"(?>at)omic", False), (r"a++b", False), (r"(?:x|y)*+z", False)]

#: Compiled as they are: no guard, another guard, other flags.
_RAW = [
    re.compile(r"day"),
    re.compile(r"(?<![0-9])[0-9]{2}"),
    re.compile(r"(?<![a-z])day", re.IGNORECASE),
    re.compile(r"(?<![a-z])DAY"),
    re.compile(r"(?<!\s)s\b"),
    re.compile(r"(?<=[0-9])th"),
    re.compile(r"(?<!.)ago", re.DOTALL),
    re.compile(r"^the|end$", re.MULTILINE),
    # Texts every match contains (only texts with them are scanned): " " and "Day" as they are,
    # not "the" (read case-insensitively) nor what a branch or an optional part holds.
    re.compile(r"\b(?:the )?\w+ (?-i:Day)(?:s|-ago)?\b", re.IGNORECASE),
    re.compile(r"(?:(?-i:Da)y)+ (?:(?-i:x)|y)"),
]


def _synthetic_rule_set() -> RuleSet:
    lexicon = lexicon_for("en")
    compiled: list[CompiledRule] = []
    for number, (pattern, case_sensitive) in enumerate(_GUARDED):
        rule = _rule(f"guarded.{number}", pattern, case_sensitive=case_sensitive, priority=number % 3)
        regex = compile_pattern(pattern, lexicon, case_sensitive=case_sensitive)
        compiled.append(CompiledRule(rule, regex, len(compiled)))
    for number, regex in enumerate(_RAW):
        compiled.append(CompiledRule(_rule(f"raw.{number}", regex.pattern), regex, len(compiled)))
    for compiled_rule in rules_for("en").compiled:
        compiled.append(CompiledRule(compiled_rule.rule, compiled_rule.regex, len(compiled)))
    by_name = {item.rule.name: item.rule for item in compiled}
    return RuleSet("en", tuple(compiled), MappingProxyType(by_name))


SYNTHETIC = _synthetic_rule_set()

_SYNTHETIC_WORDS = [
    "day",
    "DAY",
    "Day",
    "since",
    "ſince",
    "Since",
    "kelvin",
    "KELVIN",
    "Kelvin",
    "today",
    "now",
    "end",
    "the",
    "years",
    "for",
    "atomic",
    "atatomic",
    "ab",
    "abc",
    "bbac",
    "yz",
    "xyz",
    "xxxyz",
    "yw",
    "xyw",
    "zw",
    "Istanbul",
    "istanbul",
    "İstanbul",
    "ızmir",
    "izmir",
    "Izmir",
    "AD",
    "ad",
    "October",
    "Octber",
    "5%",
    "12",
    "%",
    "1234",
    "5678",
    "12",
    "34",
    "½",
    "—",
    "abcdefghi",
    "2th",
    "4th",
    "ago",
    "Four",
    "Xyz",
    "after",
    ". Two",
]
SYNTHETIC_TEXTS = st.lists(
    st.tuples(
        st.one_of(st.sampled_from(_SYNTHETIC_WORDS), _TOKEN),
        st.sampled_from(_SEPARATORS),
    ),
    max_size=30,
).map(lambda pairs: "".join(token + separator for token, separator in pairs))


@pytest.mark.parametrize("text", [*TRICKY, "for years", "the  end", "the\n\n\nend", "x\nthe end"])
def test_tricky_texts_with_tricky_rules(text: str) -> None:
    assert_same(text, SYNTHETIC)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SYNTHETIC_TEXTS)
def test_generated_texts_with_tricky_rules(text: str) -> None:
    assert_same(text, SYNTHETIC)


def test_unreadable_patterns_scan_the_whole_text() -> None:
    from dateline.extract import _Plan, _plan_for

    prepare(SYNTHETIC)
    plan = _plan_for(SYNTHETIC, 0)
    assert isinstance(plan, _Plan)
    everywhere = {compiled.rule.name for compiled in plan.everywhere}
    assert {"guarded.0", "guarded.1", "raw.0", "raw.5", "raw.7"} <= everywhere
    assert "guarded.2" not in everywhere
    assert all(compiled.rule.name not in everywhere for compiled in rules_for("en").compiled)


def test_rules_scanned_whole_know_their_texts_and_first_characters() -> None:
    from dateline.extract import _Plan, _plan_for

    prepare(SYNTHETIC)
    plan = _plan_for(SYNTHETIC, 0)
    assert isinstance(plan, _Plan)
    required = {whole.compiled.rule.name: whole.required for whole in plan.whole}
    assert required["raw.0"] == ("day",)
    assert required["raw.8"] == ("Day", " ")
    assert required["raw.9"] == ("Da", " ", "y")
    assert required["holiday.kept_as"] == ("Day",)
    finders = {whole.compiled.rule.name for whole in plan.whole if whole.finder is not None}
    assert {"relative.after_event", "guarded.31"} <= finders
    assert "guarded.32" not in finders
    # An age starts at any number: it is tried where its rule says it can start.
    placed = {whole.compiled.rule.name for whole in plan.whole if whole.starts is not None}
    assert "duration.age" in placed


def test_the_start_analysis_is_built_once_enough_text_was_scanned() -> None:
    from dateline.extract import _PLANS, _Plan

    rules = rules_for("en")
    fresh = RuleSet("en", (*rules.compiled,), rules.by_name)  # a new tuple: not analysed yet
    text = "Talks on May 8, 2025 ended the day before. " * 10
    assert scan(text, fresh) and _key(scan(text, fresh)) == _key(scan_reference(text, fresh))
    assert not isinstance(_PLANS[id(fresh.compiled)][1], _Plan)
    long_text = text * (PLAN_AFTER // len(text) + 1)
    assert _key(scan(long_text, fresh)) == _key(scan_reference(long_text, fresh))
    assert isinstance(_PLANS[id(fresh.compiled)][1], _Plan)


def test_case_folding_table_matches_the_regex_engine() -> None:
    """The non-ASCII characters ``re.IGNORECASE`` equates with ASCII letters are the ones listed."""
    everything = "".join(map(chr, range(128, sys.maxunicode + 1)))
    found = set(re.compile("[a-z]", re.IGNORECASE).findall(everything))
    assert found == set(FOLDS_TO_ASCII)
    for char, letter in FOLDS_TO_ASCII.items():
        assert re.fullmatch(letter, char, re.IGNORECASE)


# --- the development corpora ------------------------------------------------------------------------


requires_corpora = pytest.mark.skipif(
    not CORPORA.is_dir(), reason="../shared/corpora is not present (development corpora only)"
)


def _documents(name: str) -> list[str]:
    from dateline.timeml import iter_corpus

    return [document.text for document in iter_corpus(CORPORA / name)]


@pytest.mark.skipif(
    not CORPORA.is_dir(), reason="../shared/corpora is not present (development corpora only)"
)
@pytest.mark.parametrize("corpus", ["tbaq", "wikiwars-dev"])
def test_corpus_documents(corpus: str) -> None:
    if not (CORPORA / corpus).is_dir():
        pytest.skip(f"../shared/corpora/{corpus} is not present")
    for text in _documents(corpus):
        assert_same(text, rules_for("en"))


@pytest.mark.skipif(
    not CORPORA.is_dir(), reason="../shared/corpora is not present (development corpora only)"
)
@pytest.mark.parametrize("corpus", ["tbaq", "wikiwars-dev"])
def test_corpus_documents_with_tricky_rules(corpus: str) -> None:
    if not (CORPORA / corpus).is_dir():
        pytest.skip(f"../shared/corpora/{corpus} is not present")
    for text in _documents(corpus)[::8]:
        assert_same(text, SYNTHETIC)
