"""The documentation cannot disagree with the code.

- every name in ``dateline.__all__`` has an entry in docs/reference/api.md, and every signature on
  that page is the real one;
- every option of ``dateline annotate|timeline|evaluate`` appears in docs/reference/cli.md;
- docs/reference/rules.md is what tools/rule_catalogue.py makes of the current rules;
- the links from README.md into docs/ point at pages that exist;
- ``mkdocs build --strict`` passes (only where mkdocs is installed: the ``docs`` extra).

The ``>>>`` examples themselves run as doctests (``--doctest-glob=*.md`` in pyproject.toml).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import inspect
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import dateline
from dateline.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
API_PAGE = DOCS / "reference" / "api.md"
CLI_PAGE = DOCS / "reference" / "cli.md"
RULES_PAGE = DOCS / "reference" / "rules.md"
CATALOGUE_TOOL = ROOT / "tools" / "rule_catalogue.py"

#: An entry of the API page: "### `name`", a blank line, then a python block holding the signature.
_ENTRY = re.compile(r"^### `(?P<name>[\w.]+)`\n\n```python\n(?P<signature>[^\n]*)\n```", re.MULTILINE)


def _annotation(annotation: object) -> str:
    # With ``from __future__ import annotations`` annotations are the source text already.
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def signature_line(obj: object, name: str) -> str:
    """The signature as the API page writes it.

    >>> signature_line(dateline.validate, "validate")
    'validate(value: str) -> str'
    >>> signature_line(dateline.TimeMLError, "TimeMLError")
    'class TimeMLError(DatelineValueError)'
    """
    if isinstance(obj, type) and issubclass(obj, BaseException):
        return f"class {name}({', '.join(base.__name__ for base in obj.__bases__)})"
    signature = inspect.signature(obj)  # type: ignore[arg-type]
    parts: list[str] = []
    starred = False
    for parameter in signature.parameters.values():
        text = parameter.name
        if parameter.kind is parameter.VAR_POSITIONAL:
            text, starred = f"*{text}", True
        elif parameter.kind is parameter.VAR_KEYWORD:
            text = f"**{text}"
        elif parameter.kind is parameter.KEYWORD_ONLY and not starred:
            parts.append("*")
            starred = True
        if parameter.annotation is not parameter.empty:
            text += f": {_annotation(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    if isinstance(obj, type):
        return f"class {name}({', '.join(parts)})"
    returns = signature.return_annotation
    arrow = "" if returns is signature.empty else f" -> {_annotation(returns)}"
    return f"{name}({', '.join(parts)}){arrow}"


def _resolve(dotted: str) -> object:
    """``annotate`` is ``dateline.annotate``; ``dateline.timeml.read_timeml`` is that function."""
    if "." not in dotted:
        return getattr(dateline, dotted)
    module_name, _, attribute = dotted.rpartition(".")
    return getattr(importlib.import_module(module_name), attribute)


def _api_entries() -> dict[str, str]:
    page = API_PAGE.read_text(encoding="utf-8")
    return {match["name"]: match["signature"] for match in _ENTRY.finditer(page)}


def test_every_public_name_is_in_the_api_reference() -> None:
    entries = _api_entries()
    missing = [name for name in dateline.__all__ if name not in entries]
    assert not missing, (
        f"{API_PAGE.relative_to(ROOT)} has no entry (### `name` + its signature in a python block) "
        f"for {missing}"
    )


@pytest.mark.parametrize("name", sorted(_api_entries()))
def test_api_reference_signature_is_the_real_one(name: str) -> None:
    documented = _api_entries()[name]
    actual = signature_line(_resolve(name), name.rpartition(".")[2])
    assert documented == actual, f"{API_PAGE.relative_to(ROOT)}, entry {name}: write\n{actual}"


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("the dateline parser has no subcommands")


def _cli_section(command: str) -> str:
    page = CLI_PAGE.read_text(encoding="utf-8")
    heading = f"## `dateline {command}`"
    assert heading in page, f"{CLI_PAGE.relative_to(ROOT)} has no section {heading!r}"
    section = page.split(heading, 1)[1]
    return section.split("\n## ", 1)[0]


@pytest.mark.parametrize("command", sorted(_subcommands()))
def test_cli_reference_lists_every_option(command: str) -> None:
    section = _cli_section(command)
    missing = []
    for action in _subcommands()[command]._actions:
        # Options and positionals as `--dct ...`, `-o ...`, `FILE ...`; choices as whole words.
        names = list(action.option_strings) or [str(action.metavar or action.dest)]
        missing += [name for name in names if f"`{name}" not in section]
        missing += [
            str(choice)
            for choice in action.choices or ()
            if not re.search(rf"(?<![\w-]){re.escape(str(choice))}(?![\w-])", section)
        ]
    assert not missing, f"dateline {command}: {CLI_PAGE.relative_to(ROOT)} does not show {missing}"


def test_cli_reference_documents_no_unknown_option() -> None:
    page = CLI_PAGE.read_text(encoding="utf-8")
    known = {
        option
        for parser in _subcommands().values()
        for action in parser._actions
        for option in action.option_strings
    }
    shown = set(re.findall(r"`(--?[a-z][a-z-]*)", page))
    assert shown <= known, (
        f"{CLI_PAGE.relative_to(ROOT)} documents options that do not exist: {shown - known}"
    )


def _catalogue_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rule_catalogue", CATALOGUE_TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rule_catalogue_is_up_to_date() -> None:
    expected = _catalogue_tool().render()
    committed = RULES_PAGE.read_text(encoding="utf-8") if RULES_PAGE.is_file() else ""
    assert committed == expected, (
        f"{RULES_PAGE.relative_to(ROOT)} is stale: the rules changed. Regenerate it with "
        "`python tools/rule_catalogue.py` and commit the result."
    )


def test_readme_links_into_docs_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\((docs/[^)#\s]+)", readme)
    assert targets, "README.md should link into docs/"
    missing = [target for target in targets if not (ROOT / target).exists()]
    assert not missing, f"README.md links to missing pages: {missing}"


@pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None, reason="mkdocs is not installed (docs extra)")
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file",
         str(ROOT / "mkdocs.yml"), "--site-dir", str(tmp_path / "site")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
