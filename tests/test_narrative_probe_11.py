"""An eleventh probe of narrative mode: Wikipedia-style histories of the Peninsular, Austro-
Prussian, Spanish-American, Philippine-American, Second Sino-Japanese, Chaco, Greek Independence,
Pacific, Irish Independence, Polish-Soviet, Continuation, Second Italo-Ethiopian, Algerian,
Nigerian Civil, Bosnian and First Chechen wars.

The fault it found: a year that dates a participle after its noun, the object of a past verb
("the Finns recaptured the territory lost in 1940"), became the story's year, and the days without
a year after it went with it. A participle's year is when the thing was done to, told on the
side; a clause a verb of saying or knowing takes ("He said the troops landed in 1940") and a
subject's own verb after an "of" phrase ("The theaters of the war converged in 1781") still move
the story. The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    (
        "The offensive began on 10 July 1941, and the Finns recaptured the territory lost in 1940. "
        "Vyborg was retaken on 29 August. Petrozavodsk fell on 1 October.",
        [
            ("10 July 1941", "DATE", "1941-07-10"),
            ("1940", "DATE", "1940"),
            ("29 August", "DATE", "1941-08-29"),
            ("1 October", "DATE", "1941-10-01"),
        ],
    ),
    (
        "The war began in 1939. He said the troops landed in 1940. On 3 June the army attacked.",
        [("1939", "DATE", "1939"), ("1940", "DATE", "1940"), ("3 June", "DATE", "1940-06-03")],
    ),
    (
        "The northern theaters of the war converged in 1781 at Yorktown. In early September, the "
        "French fleet won.",
        [("1781", "DATE", "1781"), ("early September", "DATE", "1781-09", "START")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_11(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
