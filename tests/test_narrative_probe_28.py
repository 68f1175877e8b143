"""A twenty-eighth probe of narratives: Wikipedia-style histories of revolutions and crises, of
ancient and medieval wars and of the campaigns of the world wars (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case of
``CASES`` runs with ``domain="narrative"`` and with ``domain="auto"``; those of ``NARRATIVE_ONLY``
are too short for auto mode to take for histories.

Readings these cases pin down:
- "launched by the Kennedy administration that November, did little" keeps "that" at the end of
  an aside; "By the weekend" after a Thursday of the story is the weekend after it.
- A sentence opened by "After" a month ("After the invasion of Poland in September 1939, the front
  had remained quiet through the winter") goes on to the season after it, pluperfect or not; what
  has held "since the autumn" began in the last autumn before the story's day.
- "the 2nd Tank Army" is a unit, no day of July; "the following fortnight" is a length; "a night
  approach march" names no length.
- Years of three digits: "the campaigns of 875-878", "raided again in 892-896", "Late in 875
  Guthrum's army".
- A title after a season in the lower case is its clause's subject: "That summer Prince Grigory
  Potemkin laid siege to Ochakov".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The failed Bay of Pigs invasion in April 1961 convinced Fidel Castro that Washington would try "
        "again, and the covert Operation Mongoose, launched by the Kennedy administration that November, "
        "did little to reassure him.",
        "2010-10-20",
        [("April 1961", "DATE", "1961-04"), ("that November", "DATE", "1961-11")],
    ),
    (
        "The German invasion of France began on the morning of 10 May 1940. After the invasion of Poland "
        "in September 1939, the western front had remained largely quiet through the winter. As the "
        "Allies had planned since the autumn, the best French divisions advanced into Belgium.",
        "2011-05-20",
        [
            ("the morning of 10 May 1940", "TIME", "1940-05-10TMO"),
            ("September 1939", "DATE", "1939-09"),
            ("the winter", "DATE", "1939-WI"),
            ("the autumn", "DATE", "1939-FA"),
        ],
    ),
    (
        "Operation Bagration opened on 22 June 1944. In the last days of July the 2nd Tank Army reached "
        "the outskirts of Warsaw. Over the following fortnight the Germans counter-attacked.",
        "2010-08-09",
        [
            ("22 June 1944", "DATE", "1944-06-22"),
            ("the last days of July", "DATE", "1944-07", "END"),
            ("the following fortnight", "DURATION", "P2W"),
        ],
    ),
    (
        "On 14 July 1916, after a night approach march, four divisions attacked at 03:25.",
        "2010-03-14",
        [("14 July 1916", "DATE", "1916-07-14"), ("03:25", "TIME", "1916-07-14T03:25")],
    ),
    (
        "Catherine declared war on the Ottomans in August 1787. That summer Prince Grigory Potemkin "
        "laid siege to Ochakov.",
        "2010-05-01",
        [("August 1787", "DATE", "1787-08"), ("That summer", "DATE", "1787-SU")],
    ),
]

#: Passages too short for auto mode to read as histories (it reads them as news): narrative only.
NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        "Slovenia declared its independence on 25 June 1991, and the federal army moved on its border "
        "posts. Fighting broke out on 27 June. By the weekend many conscripts had surrendered.",
        "2010-12-01",
        [
            ("25 June 1991", "DATE", "1991-06-25"),
            ("27 June", "DATE", "1991-06-27"),
            ("the weekend", "DATE", "1991-W26-WE"),
        ],
    ),
    (
        "The campaigns of 875-878 were decisive for Wessex. Late in 875 Guthrum's army slipped past the "
        "king, and the Danes raided again in 892-896.",
        "2010-05-01",
        [
            ("875", "DATE", "0875"),
            ("878", "DATE", "0878"),
            ("Late in 875", "DATE", "0875", "END"),
            ("892", "DATE", "0892"),
            ("896", "DATE", "0896"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_28(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_28_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
