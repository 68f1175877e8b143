"""No module of the package binds one name twice at its top level: a second pattern of the same
name silently replaces the first for every function that reads it (two sessions found such pairs in
the resolver, ``_NIGHT_VALUE`` and ``_MORNING_VALUE``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import dateline

MODULES = sorted(Path(dateline.__file__).parent.rglob("*.py"))


def _bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [target.id for target in node.targets if isinstance(target, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


def test_the_check_finds_a_name_bound_twice() -> None:
    assert _bound_twice("_A = 1\ndef f():\n    return _A\n_A = 2\n") == ["_A"]


@pytest.mark.parametrize("module", MODULES, ids=lambda path: path.name)
def test_no_top_level_name_is_bound_twice(module: Path) -> None:
    assert _bound_twice(module.read_text(encoding="utf-8")) == []
