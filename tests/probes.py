"""The checks the probes and the whole-document tests share (tests/test_*_probe*.py,
tests/test_*_documents.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

import pytest

from dateline import Timex, annotate_document

T = TypeVar("T")


def assert_found(timexes: Sequence[Timex], expected: Sequence[tuple]) -> None:
    """Every expression found is the one expected at its place: ``(span, type, value[, mod[,
    {attribute: value}]])``, mod ``None`` where the case gives none; the attributes are ``freq``
    and ``quant`` of sets, where the case names them."""
    actual = [(timex.text, timex.type, timex.value, timex.mod) for timex in timexes]
    wanted = [(item[0], item[1], item[2], item[3] if len(item) > 3 else None) for item in expected]
    assert actual == wanted, [(t.text, t.type, t.value, t.mod, t.freq, t.quant) for t in timexes]
    for timex, item in zip(timexes, expected, strict=True):
        for name, value in (item[4] if len(item) > 4 else {}).items():
            assert getattr(timex, name) == value, (name, timex)


def assert_valued(timexes: Sequence[Timex], expected: Sequence[tuple[str, str, str]]) -> None:
    """Each listed ``(span, type, value)`` is found with that type and value; what the list does
    not name is not checked."""
    found = {timex.text: (timex.type, timex.value) for timex in timexes}
    for span, kind, value in expected:
        assert found.get(span) == (kind, value), (span, found)


def assert_history_in_auto_mode(text: str, dct: str, expected: Mapping[str, str]) -> None:
    """Auto mode reads the text as a history, and each listed span has the value given."""
    document = annotate_document(text, dct=dct, domain="auto")
    assert document.domain == "narrative"
    values = {t.text: t.value for t in document.timexes}
    assert {span: values.get(span) for span in expected} == dict(expected)


def keyed(items: Iterable[tuple[str, T]]) -> dict[tuple[str, int], T]:
    """Each item under its span and the how-many-th time that span occurs (from 0)."""
    seen: dict[str, int] = {}
    by_key: dict[tuple[str, int], T] = {}
    for span, item in items:
        by_key[(span, seen.get(span, 0))] = item
        seen[span] = seen.get(span, 0) + 1
    return by_key


def assert_keyed_values(timexes: Sequence[Timex], expected: Sequence[tuple[str, str, str]]) -> None:
    """Each listed ``(span, type, value)`` of a whole document is found with that type and value,
    the n-th time a span is listed against the n-th time it occurs."""
    found = keyed((timex.text, (timex.type, timex.value)) for timex in timexes)
    wanted = keyed((span, (kind, value)) for span, kind, value in expected)
    wrong = {key: (value, found.get(key)) for key, value in wanted.items() if found.get(key) != value}
    assert not wrong, wrong


def domain_params(documents: Sequence[tuple[str, str, T]], auto_gaps: Mapping[str, str]) -> list:
    """``(domain, text, expected)`` params of each ``(name, text, expected)`` document read in
    narrative and in auto mode, the auto reading of a document named in ``auto_gaps`` a strict
    xfail with that reason."""
    params = []
    for domain in ("narrative", "auto"):
        for name, text, expected in documents:
            gap = auto_gaps.get(name) if domain == "auto" else None
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            params.append(pytest.param(domain, text, expected, id=f"{domain}-{name}", marks=marks))
    return params


def article_tests(
    documents: Sequence[tuple[str, str, list[tuple[str, str, str]]]], auto_gaps: Mapping[str, str], dct: str
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests a probe of whole histories runs, for its module to name: each article's
    values in narrative and auto mode, and auto reading each as a history (``auto_gaps`` names
    the articles it does not yet, with the reason)."""
    params = domain_params(documents, auto_gaps)

    @pytest.mark.parametrize(("domain", "text", "expected"), params)
    def test_article_values(domain: str, text: str, expected: list[tuple[str, str, str]]) -> None:
        assert_keyed_values(annotate_document(text, dct=dct, domain=domain).timexes, expected)

    @pytest.mark.parametrize(("domain", "text", "expected"), [p for p in params if p.values[0] == "auto"])
    def test_auto_reads_the_article_as_a_history(domain: str, text: str, expected: list) -> None:
        del expected  # (the values are test_article_values')
        assert annotate_document(text, dct=dct, domain=domain).domain == "narrative"

    return test_article_values, test_auto_reads_the_article_as_a_history
