"""Generate the rule catalogue page, docs/reference/rules.md, from the rules themselves.

Every rule of :func:`dateline.rules.families` is listed with its name, family, TIMEX3 type,
a readable summary of its pattern, its examples with the values they must give, and its
negatives. The examples are the ones ``tests/test_rule_examples.py`` runs through
:func:`dateline.annotate`, so every value on the page is one the engine gives.

Usage (from the repository root)::

    python tools/rule_catalogue.py            # rewrite docs/reference/rules.md
    python tools/rule_catalogue.py --check    # exit 1 if the committed page is stale
    python tools/rule_catalogue.py --stdout   # print the page instead of writing it

``tests/test_docs.py`` renders the page in memory and fails when the committed file differs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from dateline.rules import Example, Rule, families
from dateline.rules.base import DOMAINS

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "reference" / "rules.md"
DEFAULT_DCT = Example.__dataclass_fields__["dct"].default

#: How many alternatives of a long alternation the summary keeps, and how long a group may get.
_KEEP_ALTERNATIVES = 3
_GROUP_WIDTH = 40
_SUMMARY_WIDTH = 110
_NESTED = 10_000  # the width given to groups inside a pattern: shortened by their parent


def _group_end(pattern: str, start: int) -> int:
    """The index just past the ``)`` that closes the group opened at ``pattern[start]``."""
    depth = 0
    index = start
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("[]", index) or pattern.startswith("[^]", index):
                index += 2 if pattern[index + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(pattern)


def _alternatives(pattern: str) -> list[str]:
    """Split ``pattern`` on its top-level ``|``."""
    pieces: list[str] = []
    depth = 0
    in_class = False
    current: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            current.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    pieces.append("".join(current))
    return pieces


def _shorten(alternation: str, width: int) -> str:
    """Keep the first few alternatives of a long alternation, then ``…``."""
    alternatives = _alternatives(alternation)
    if len(alternatives) > _KEEP_ALTERNATIVES + 1:
        alternatives = [*alternatives[:_KEEP_ALTERNATIVES], "…"]
    text = "|".join(alternatives)
    if len(text) > width:
        text = text[: width - 1].rstrip("|") + "…"
    return text


def summarize(pattern: str, width: int = _SUMMARY_WIDTH) -> str:
    """A readable one-line summary of a rule pattern.

    Lexicon placeholders (``{month}``, ``{number:amount}``) stay as they are; a named group
    becomes ``<name: first|alternatives|…>``; lookarounds and word-boundary anchors are left
    out; ``\\s+`` is shown as a space; long alternations keep their first alternatives.

    >>> summarize(r"(?P<amount>{number}) (?P<unit>days?|weeks?|months?|years?|decades?) ago(?!\\w)")
    '<amount: {number}> <unit: days?|weeks?|months?|…> ago'
    >>> summarize(r"(?:the )?{month}(?<![0-9])\\s+{day}")
    '(the )?{month} {day}'
    """
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            pair = pattern[index : index + 2]
            if pair in (r"\s", r"\b", r"\B"):
                if pair == r"\s":
                    out.append(" ")
                index += 2
                if pair == r"\s" and index < len(pattern) and pattern[index] in "+*?":
                    index += 1
                continue
            out.append(pair)
            index += 2
            continue
        if char == "(":
            end = _group_end(pattern, index)
            group = pattern[index:end]
            if group.startswith(("(?=", "(?!", "(?<=", "(?<!")):
                index = end
                continue
            if group.startswith("(?P<"):
                name_end = group.index(">")
                name = group[4:name_end]
                body = summarize(group[name_end + 1 : -1], width=_NESTED)
                out.append(f"<{name}: {_shorten(body, _GROUP_WIDTH)}>")
            else:
                body_start = 1
                if group.startswith("(?:"):
                    body_start = 3
                elif group.startswith("(?") and ":" in group[:6]:
                    body_start = group.index(":") + 1  # inline flags, (?-i:...)
                body = summarize(group[body_start:-1], width=_NESTED)
                out.append(f"({_shorten(body, _GROUP_WIDTH)})")
            index = end
            continue
        out.append(char)
        index += 1
    text = re.sub(" {2,}", " ", "".join(out))
    if width < _NESTED:
        text = text.strip()
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text


def _code(text: str) -> str:
    """``text`` as an inline code span that survives backticks (MkDocs tables keep a ``|`` inside
    a code span in its cell)."""
    text = " ".join(text.split())
    fence = "``" if "`" in text else "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _example_row(example: Example) -> str:
    expression = _code(example.span) if example.span is not None else "(all)"
    value = _code(example.value)
    extras = []
    if example.type is not None:
        extras.append(f"type {example.type}")
    if example.mod is not None:
        extras.append(f"mod {example.mod}")
    if extras:
        value += " (" + ", ".join(extras) + ")"
    dct = example.dct if example.dct is not None else "none"
    return f"| {_code(example.text)} | {expression} | {value} | {dct} |"


def _module_of(rules: Sequence[Rule]) -> str | None:
    """The dotted name of the module whose ``RULES`` is ``rules``."""
    for name, module in sorted(sys.modules.items()):
        if name.startswith("dateline.rules.") and getattr(module, "RULES", None) is rules:
            return name
    return None


def _rule_section(rule: Rule, family: str) -> list[str]:
    lines = [f"### `{rule.name}`", ""]
    facts = [f"family **{family}**", f"type **{rule.type}**"]
    if rule.priority:
        facts.append(f"priority {rule.priority}")
    if rule.case_sensitive:
        facts.append("case-sensitive")
    if set(rule.domains) != set(DOMAINS):
        facts.append("only in " + " and ".join(f"**{domain}**" for domain in rule.domains) + " texts")
    lines += [", ".join(facts), "", "```text", summarize(rule.pattern), "```", ""]
    lines += ["| text | expression | value | DCT |", "|---|---|---|---|"]
    lines += [_example_row(example) for example in rule.examples]
    lines.append("")
    if rule.negatives:
        lines += ["Never read: " + ", ".join(_code(text) for text in rule.negatives) + ".", ""]
    return lines


def render(lang: str = "en") -> str:
    """The whole catalogue page of ``lang``, as Markdown."""
    rule_families = families(lang)
    total = sum(len(rules) for rules in rule_families.values())
    lines = [
        "# Rule catalogue",
        "",
        "<!-- Generated by tools/rule_catalogue.py from dateline.rules.families(). Do not edit. -->",
        "",
        f"Every rule of the `{lang}` rule set ({total} rules in {len(rule_families)} families), in the",
        "order the engine holds them. This page is **generated from the rules themselves**: each",
        "example below is also a test (`tests/test_rule_examples.py` runs it through",
        "`dateline.annotate` at the DCT shown and checks the expression and the value), and",
        "`tests/test_docs.py` fails when this page differs from what the generator makes of the",
        "current rules. After changing a rule, regenerate it from the repository root:",
        "",
        "```sh",
        "python tools/rule_catalogue.py          # rewrite docs/reference/rules.md",
        "python tools/rule_catalogue.py --check  # exit 1 if the page is stale",
        "```",
        "",
        "How to read an entry:",
        "",
        "- **pattern** is a one-line summary of the rule's pattern, not the pattern itself: lexicon",
        "  placeholders such as `{month}` or `{number:amount}` are kept; a named group is shown as",
        "  `<name: alternatives>`; long alternations keep their first alternatives and end in `…`;",
        "  lookarounds and word boundaries are left out. The full pattern is in the rule's module.",
        "- **expression** is the part of the text the rule must find, when it is not the whole text.",
        f"- **DCT** is the publication date the example is resolved against ({DEFAULT_DCT} unless",
        "  stated; `none` means no DCT).",
        "- **Never read** lists texts the rule must not produce anything for.",
        "",
        "See [Write a custom rule](../how-to/custom-rule.md) for what the fields mean.",
        "",
        "| family | module | rules |",
        "|---|---|---|",
    ]
    for family, rules in rule_families.items():
        module = _module_of(rules)
        lines.append(f"| [{family}](#{family}) | {_code(module) if module else ''} | {len(rules)} |")
    lines.append("")
    for family, rules in rule_families.items():
        lines += [f"## {family}", ""]
        for rule in rules:
            lines += _rule_section(rule, family)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write, check or print the catalogue; returns the exit status."""
    parser = argparse.ArgumentParser(description="Generate docs/reference/rules.md from the rules.")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 if the committed page is stale")
    mode.add_argument("--stdout", action="store_true", help="print the page instead of writing it")
    parser.add_argument("--lang", default="en", help="rule set language (default: en)")
    arguments = parser.parse_args(argv)
    page = render(arguments.lang)
    if arguments.stdout:
        sys.stdout.write(page)
        return 0
    if arguments.check:
        current = PAGE.read_text(encoding="utf-8") if PAGE.is_file() else ""
        if current != page:
            print(f"{PAGE.relative_to(ROOT)} is stale: run python tools/rule_catalogue.py", file=sys.stderr)
            return 1
        return 0
    PAGE.parent.mkdir(parents=True, exist_ok=True)
    PAGE.write_text(page, encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
