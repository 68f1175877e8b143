"""A fortieth probe: international wires, health news, transport and strike news, WSJ earnings
briefs, histories of the wars of the 18th and 19th centuries, and magazine profiles (documents
written for the probe), with the financial-report readings a review of the TimeBank errors showed.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- "has" with its object is a present ("the company has no estimate of fourth-quarter results"):
  the quarter still running is a forecast's, so "the latest quarter" after it is the one reported.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Aetna posted third-quarter net of $100 million. Because claims have been coming in "
            "slowly, the company has no estimate of the impact of the earthquake on fourth-quarter "
            "results. In the latest quarter, Aetna had a $23 million loss on its auto line, compared "
            "with earnings of $33 million last year."
        ),
        "1989-10-30",
        [
            ("third-quarter", "DATE", "1989-Q3"),
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("the latest quarter", "DATE", "1989-Q3"),
            ("last year", "DATE", "1988-Q3"),
        ],
    ),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = []


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_40(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_40(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
