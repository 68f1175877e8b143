"""The check the probes share (tests/test_*_probe*.py): a case lists every expression a text must
yield, each as ``(span, type, value[, mod[, {attribute: value}]])``; the extra attributes are
``freq`` and ``quant`` of sets, where the case gives them."""

from __future__ import annotations

from collections.abc import Sequence

from dateline import Timex


def assert_found(timexes: Sequence[Timex], expected: Sequence[tuple]) -> None:
    """Every expression found is the one expected at its place, with its span, type, value and
    mod (``None`` where the case gives none), and the attributes the case names."""
    actual = [(timex.text, timex.type, timex.value, timex.mod) for timex in timexes]
    wanted = [(item[0], item[1], item[2], item[3] if len(item) > 3 else None) for item in expected]
    assert actual == wanted, [(t.text, t.type, t.value, t.mod, t.freq, t.quant) for t in timexes]
    for timex, item in zip(timexes, expected, strict=True):
        for name, value in (item[4] if len(item) > 4 else {}).items():
            assert getattr(timex, name) == value, (name, timex)
