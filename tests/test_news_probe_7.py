"""A seventh probe of news: what "about" and "over" bound, and more, from broadcast transcripts
and from the TimeML guidelines' extents.

Sentences written for this probe in the way wire copy and broadcast news write them, each with
every timex it must yield (text, type, value and mod). Values follow TimeML 1.2.1 and
../shared/TIMEX3.md. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- "about" after a word that takes it ("worried about 2025", "talked about next year") is the
  preposition: the date is what the words are about, not a rounded one; "born about 1850" rounds.
- "over" bounds a count after a verb of lasting or a preposition ("lasted over nine years", "well
  over three years", "the first rise in over two years"), as after "for"; "rose over three years"
  is a span.

Publication dates: 2024-03-14, a Thursday (D).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

D = "2024-03-14"

CASES: list[tuple[str, str, list[tuple]]] = [
    # "about" the preposition.
    ("Investors are worried about 2025.", D, [("2025", "DATE", "2025")]),
    ("Analysts are cautious about next year.", D, [("next year", "DATE", "2025")]),
    ("Executives talked about the third quarter.", D, [("the third quarter", "DATE", "2024-Q3")]),
    ("The church was built about 1850.", D, [("about 1850", "DATE", "1850", "APPROX")]),
    # "over" bounds a count.
    ("The war lasted over nine years.", D, [("over nine years", "DURATION", "P9Y", "MORE_THAN")]),
    ("The siege went on for well over three years.", D, [("over three years", "DURATION", "P3Y", "MORE_THAN")]),
    ("It was the first rise in over two years.", D, [("over two years", "DURATION", "P2Y", "MORE_THAN")]),
    ("Prices rose over three years.", D, [("three years", "DURATION", "P3Y")]),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_7(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
