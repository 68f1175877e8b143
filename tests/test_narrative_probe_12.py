"""A fourteenth probe of narrative mode: Wikipedia-style histories of the Wars of the Roses, the
Anglo-Zulu, Paraguayan, Pacific, Winter, Biafran, Soviet-Afghan, Chaco, Peloponnesian, First Opium
and 1812 wars and the Taiping Rebellion.

What it found and these cases pin down: a relative clause in the pluperfect that the sentence's
own verb closes, without commas ("Troops who had crossed the river surrendered on 18 September"),
is no flashback: the day is the story's; "That same afternoon" is the afternoon of the story's
day; "the middle of the year 1411" is that year's middle, not the story's year; "the new century"
of a story at a century's end is the next one. A fifteenth probe (Franco-Prussian, Mexican-
American, Russo-Turkish, Philippine, Haitian, Greek, Irish, Polish-Soviet, Arab-Israeli, Indo-
Pakistani and Rhodesian wars and the Jacobite rising): a day a people keeps, told in the present,
is that day of every year ("Palestinians commemorate the Nakba on 15 May").

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # A relative clause in the pluperfect that the sentence's own verb closes (no commas) is no flashback.
    (
        "The fleet was destroyed on 11 June 1865. Troops who had crossed the river surrendered on 18 "
        "September.",
        [("11 June 1865", "DATE", "1865-06-11"), ("18 September", "DATE", "1865-09-18")],
    ),
    (
        "The fleet was destroyed on 11 June 1865. Troops who had already crossed the river in September "
        "were cut off.",
        [("11 June 1865", "DATE", "1865-06-11"), ("September", "DATE", "1864-09")],
    ),
    # "That same afternoon" is the afternoon of the story's day.
    (
        "The army reached the river on 3 May 1471. That same afternoon the bridge fell. That same evening "
        "the king fled.",
        [
            ("3 May 1471", "DATE", "1471-05-03"),
            ("That same afternoon", "TIME", "1471-05-03TAF"),
            ("That same evening", "TIME", "1471-05-03TEV"),
        ],
    ),
    # "the middle of the year 1411" is that year's middle.
    (
        "In the middle of the year 1411 the king fell ill.",
        [("the middle of the year 1411", "DATE", "1411", "MID")],
    ),
    # "the new century" of a story at its end is the next one.
    (
        "By 1897 the railway reached the coast. In the new century it was extended north.",
        [("1897", "DATE", "1897"), ("the new century", "DATE", "19")],
    ),
    # A day a people keeps, told in the present, is every year's; a plan to keep it is one year's.
    (
        "In 1949 Israel signed the armistice. Palestinians commemorate the Nakba on 15 May.",
        [("1949", "DATE", "1949"), ("15 May", "DATE", "XXXX-05-15")],
    ),
    (
        "In 1949 the parties met. They agreed to celebrate the accord on 15 May.",
        [("1949", "DATE", "1949"), ("15 May", "DATE", "1949-05-15")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_12(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
