"""An eighteenth and nineteenth probe of narrative mode: Wikipedia-style histories of the English
Civil War, the Eighty Years' War, the Italian and Hussite wars, the Indian Rebellion of 1857, the
Anglo-Sikh, Spanish-American, Philippine-American and Irish Civil wars, the Second Italo-
Ethiopian War, the Indonesian National Revolution and the Suez Crisis; and of the Algerian War,
the Cuban Revolution, the Lebanese and Sri Lankan civil wars, the First Chechen War, the Croatian
War of Independence, the South Ossetia and Lebanon wars of 2008 and 2006, the Soviet-Japanese
border conflicts, the Angolan Civil War, the Sino-Vietnamese War and the Turkish invasion of
Cyprus.

What they found and these cases pin down: a state that lasted on to a later date ("The canal
remained closed until April 1957") tells how long it lasted, and the story goes on where it was;
a year that names the event opening its sentence ("The 1988 skirmish took place on 14 March")
dates the day the sentence gives; "tried that October and sentenced", "resigned that May." are
the story's months; the weekend after the story's Friday is the one that follows it. A
twentieth probe (the Anglo-Dutch to the Bay of Pigs): "had held out since November", after 13
February 1885, is the November before. A twenty-first (the Second Sino-Japanese War to the Irish
War of Independence): "In February 1960 independence was set for June 30" dates the plan in
1960; "A day of remembrance is now held annually on 28 October" is every year's.

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # A state that lasted on to a later date tells how long it lasted: the story goes on where it was.
    (
        "Paratroopers landed at Port Said on 5 November 1956. The canal remained closed until April "
        "1957. On 6 November the presidential election was held in the United States.",
        [
            ("5 November 1956", "DATE", "1956-11-05"),
            ("April 1957", "DATE", "1957-04"),
            ("6 November", "DATE", "1956-11-06"),
        ],
    ),
    # A year that names the event opening its sentence dates the day the sentence gives it.
    (
        "In April 1984 fighting began along the border. The 1988 skirmish took place on 14 March.",
        [("April 1984", "DATE", "1984-04"), ("1988", "DATE", "1988"), ("14 March", "DATE", "1988-03-14")],
    ),
    # "that October and sentenced", "that May." at a sentence's end: the story's month.
    (
        "Castro was captured in August 1953. He was tried that October and sentenced to fifteen years. "
        "He resigned that May.",
        [
            ("August 1953", "DATE", "1953-08"),
            ("that October", "DATE", "1953-10"),
            ("fifteen years", "DURATION", "P15Y"),
            ("that May", "DATE", "1953-05"),
        ],
    ),
    # The weekend after the story's Friday.
    (
        "The plan was approved on 11 August 2006, and the government accepted it over the weekend. The "
        "ceasefire took effect at 8:00 a.m. on Monday.",
        [
            ("11 August 2006", "DATE", "2006-08-11"),
            ("the weekend", "DATE", "2006-W32-WE"),
            ("8:00 a.m. on Monday", "TIME", "2006-08-14T08:00"),
        ],
    ),
    # A state that began before the time told: the month before it.
    (
        "Khartoum fell on 13 February 1885. Gordon had held out since November.",
        [("13 February 1885", "DATE", "1885-02-13"), ("November", "DATE", "1884-11")],
    ),
    # A date fixed in the past passive: the date before it is when it was fixed.
    (
        "In February 1960 independence was set for June 30.",
        [("February 1960", "DATE", "1960-02"), ("June 30", "DATE", "1960-06-30")],
    ),
    # A day held every year is every year's.
    (
        "The uprising was crushed on 28 October 1995. A day of remembrance is now held annually on 28 "
        "October.",
        [
            ("28 October 1995", "DATE", "1995-10-28"),
            ("now", "DATE", "PRESENT_REF"),
            ("annually", "SET", "P1Y"),
            ("28 October", "DATE", "XXXX-10-28"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_13(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
