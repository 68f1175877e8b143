"""Cases from the thirty-first probe (session of 2026-12-05): histories and biographies written by
helpers that had not seen the rules, each passage cut to the sentences that show one class of
error the tagger made before the fix. Among them: a count of decades restated by its year ("A
decade later, in 1671") is that year; "By evening" before the count of its clause's subject.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "On the night of 25 August 1661 he observed a lunar eclipse, noting the start of "
            "totality at a quarter to midnight. A decade later, in 1671, he published Van Kansen (On "
            "Chances), a short work in which he calculated that the odds against throwing a double "
            "six with two dice were 35 to 1."
        ),
        "2009-07-20",
        [
            ("the night of 25 August 1661", "TIME", "1661-08-25TNI"),
            ("a quarter to midnight", "TIME", "1661-08-25T23:45"),
            ("A decade later", "DATE", "1671"),
            ("1671", "DATE", "1671"),
        ],
    ),
    (
        (
            "On 2 August 216 BC the consuls Lucius Aemilius Paullus and Gaius Terentius Varro met "
            "Hannibal near Cannae in Apulia. The two consuls held the command daily in turn, and "
            "Varro, who had it that day, chose to give battle. By evening between 50,000 and 70,000 "
            "Romans lay dead, among them Paullus and some eighty senators."
        ),
        "2010-03-14",
        [
            ("2 August 216 BC", "DATE", "BC0216-08-02"),
            ("daily", "SET", "P1D"),
            ("that day", "DATE", "BC0216-08-02"),
            ("evening", "TIME", "BC0216-08-02TEV"),
        ],
    ),
    (
        (
            "On the night of 25 August 1661 he saw the comet. A decade later, in 1671, he published "
            "Van Kansen."
        ),
        "2010-01-01",
        [
            ("the night of 25 August 1661", "TIME", "1661-08-25TNI"),
            ("A decade later", "DATE", "1671"),
            ("1671", "DATE", "1671"),
        ],
    ),
    (
        (
            "On 2 August 216 BC the consuls met Hannibal near Cannae. Varro, who had the command "
            "that day, chose to give battle. By evening between 50,000 and 70,000 Romans lay dead."
        ),
        "2010-03-14",
        [
            ("2 August 216 BC", "DATE", "BC0216-08-02"),
            ("that day", "DATE", "BC0216-08-02"),
            ("evening", "TIME", "BC0216-08-02TEV"),
        ],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = []


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_31(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_31_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
