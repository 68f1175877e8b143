"""An eleventh probe of narrative mode: Wikipedia-style histories of the Peninsular, Austro-
Prussian, Spanish-American, Philippine-American, Second Sino-Japanese, Chaco, Greek Independence,
Pacific, Irish Independence, Polish-Soviet, Continuation, Second Italo-Ethiopian, Algerian,
Nigerian Civil, Bosnian and First Chechen wars.

The fault it found: a year that dates a participle after its noun, the object of a past verb
("the Finns recaptured the territory lost in 1940"), became the story's year, and the days without
a year after it went with it. A participle's year is when the thing was done to, told on the
side; a clause a verb of saying or knowing takes ("He said the troops landed in 1940") and a
subject's own verb after an "of" phrase ("The theaters of the war converged in 1781") still move
the story.

A twelfth probe, of the Russo-Turkish, Boxer, Anglo-Zulu, Second Anglo-Afghan, Sino-Vietnamese,
Lebanese, Angolan, Rwandan, Sri Lankan, Kosovo, Eritrean-Ethiopian and Soviet-Japanese wars, the
Cuban Revolution and the Hungarian Revolution of 1956, found: a day told after a flashback's
clause has closed on the main clause's verb ("Kars, which the Russians had besieged in 1855, was
stormed on 17 November") is the story's; the nth day of an event the text dated by its verb
("invaded on 1 October 1990 ... the second day of the invasion"); a month "each year" is every
year's. A thirteenth, of the Spanish and Austrian Succession, First Opium, Taiping, Paraguayan,
Second Schleswig, Greco-Turkish, Finnish Civil, Sino-Indian, 1971 Indo-Pakistani, Ogaden,
Uganda-Tanzania, Second Congo and Sierra Leone wars: a count of days beside the day it names is
that day ("Two days later, on 15 November"); a day a country "celebrates ... as" a holiday is
every year's.

The dates anchor on the story, not on the creation date (2009-12-19); values follow
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
    # A day after a flashback's clause closed on the main verb is the story's.
    (
        "The war began in May 1877. Kars, which the Russians had besieged in 1855, was stormed on "
        "17 November.",
        [("May 1877", "DATE", "1877-05"), ("1855", "DATE", "1855"), ("17 November", "DATE", "1877-11-17")],
    ),
    (
        "The war began in 1950. They had fought in 1948, when the truce of 11 June held.",
        [("1950", "DATE", "1950"), ("1948", "DATE", "1948"), ("11 June", "DATE", "1948-06-11")],
    ),
    # The nth day of an event the text dated by its verb.
    (
        "The RPF invaded on 1 October 1990. On the second day of the invasion its commander was killed.",
        [
            ("1 October 1990", "DATE", "1990-10-01"),
            ("the second day of the invasion", "DATE", "1990-10-02"),
        ],
    ),
    # Every year's month.
    (
        "The battle was fought in 1879. Each year in January a ceremony is held at the site.",
        [("1879", "DATE", "1879"), ("Each year", "SET", "P1Y"), ("January", "DATE", "XXXX-01")],
    ),
    # A count of days beside the day it names.
    (
        "The siege began in November 1863. Two days later, on 15 November, the fort fell.",
        [
            ("November 1863", "DATE", "1863-11"),
            ("Two days later", "DATE", "1863-11-15"),
            ("15 November", "DATE", "1863-11-15"),
        ],
    ),
    # A day kept "as" a holiday, in the active voice.
    (
        "The prisoners were returned by 1974. Bangladesh celebrates 16 December as Victory Day.",
        [
            ("1974", "DATE", "1974"),
            ("16 December", "DATE", "XXXX-12-16"),
            ("Victory Day", "DATE", "XXXX-12-16"),
        ],
    ),
    (
        "The prisoners were returned by 1974. The firm marks 16 December with a party.",
        [("1974", "DATE", "1974"), ("16 December", "DATE", "1974-12-16")],
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
