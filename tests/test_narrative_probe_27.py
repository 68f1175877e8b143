"""A twenty-seventh probe of narratives: Wikipedia-style histories of wars of the 19th and 20th
centuries, and biographies and histories of institutions (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case runs
with ``domain="narrative"`` and with ``domain="auto"``.

Readings these cases pin down:
- "earlier that month" after "the winter that followed" a day of November is November's: a season
  names no month; "two years after Britain and France had entered the war" takes both names into
  the event; "and again that July", "that November by a wide margin" keep "that"; "later that
  morning" keeps "later"; "a few weeks before his 77th birthday" takes in the ordinal.
- A story that has come to the time of writing ("celebrated its anniversary last month", "voted
  last week") goes on from there: "in January" and "since the spring" after it are the latest
  ones.
- A second round: a sentence opened by "After" the story's day ("After the landing at Inchon on
  15 September 1950, forces had crossed the 38th parallel in early October") goes on from it, its
  pluperfect no flashback; "four days after the ground war had begun" takes the pluperfect event
  in; "A few days before the fleet sailed he was recalled" ends the event at its verb; "for
  another decade before Athens surrendered" is a length.

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "The Crimean War began in October 1853. British and French troops landed in the Crimea in "
        "September 1854 and laid siege to Sevastopol. The great storm of 14 November 1854 wrecked dozens "
        "of supply ships, and during the winter that followed the besiegers suffered terribly. Florence "
        "Nightingale had reached the hospital at Scutari earlier that month.",
        "2009-03-17",
        [
            ("October 1853", "DATE", "1853-10"),
            ("September 1854", "DATE", "1854-09"),
            ("14 November 1854", "DATE", "1854-11-14"),
            ("the winter", "DATE", "1854-WI"),
            ("earlier that month", "DATE", "1854-11"),
        ],
    ),
    (
        "Russia occupied the Danubian principalities in July 1853, and the Ottoman Empire declared war "
        "on Russia in October 1853. The Treaty of Paris was signed on 30 March 1856, two years after "
        "Britain and France had entered the war.",
        "2009-03-17",
        [
            ("July 1853", "DATE", "1853-07"),
            ("October 1853", "DATE", "1853-10"),
            ("30 March 1856", "DATE", "1856-03-30"),
            ("two years after Britain and France had entered the war", "DATE", "1856"),
        ],
    ),
    (
        "His frontal assaults on Nanawa in January 1933 and again that July failed with heavy losses.",
        "2012-06-12",
        [("January 1933", "DATE", "1933-01"), ("that July", "DATE", "1933-07")],
    ),
    (
        "Special forces landed on 2 April 1982. The garrison surrendered later that morning.",
        "2008-06-14",
        [("2 April 1982", "DATE", "1982-04-02"), ("later that morning", "TIME", "1982-04-02TMO", "END")],
    ),
    (
        "He won in 1976. He won that November by a wide margin.",
        "2008-06-24",
        [("1976", "DATE", "1976"), ("that November", "DATE", "1976-11")],
    ),
    (
        "It reported revenue in March 2011. The factory celebrated its anniversary last month. The "
        "company said in January that it plans to open a new centre.",
        "2012-02-09",
        [
            ("March 2011", "DATE", "2011-03"),
            ("last month", "DATE", "2012-01"),
            ("January", "DATE", "2012-01"),
        ],
    ),
    (
        "The campus admitted its first students in September 2009. The city council voted last week to "
        "restore the city hall, which has been closed since the spring.",
        "2010-08-30",
        [
            ("September 2009", "DATE", "2009-09"),
            ("last week", "DATE", "2010-W34"),
            ("the spring", "DATE", "2010-SP"),
        ],
    ),
    (
        "The painter was born in Lübeck in 1877. His first exhibition opened in 1901, and he taught in "
        "Munich from 1910 to 1933. He died on 27 December 1954, a few weeks before his 77th birthday.",
        "2011-11-03",
        [
            ("1877", "DATE", "1877"),
            ("1901", "DATE", "1901"),
            ("1910", "DATE", "1910"),
            ("1933", "DATE", "1933"),
            ("27 December 1954", "DATE", "1954-12-27"),
            ("a few weeks before his 77th birthday", "DATE", "XXXX-WXX"),
        ],
    ),
    (
        "North Korea invaded the South on 25 June 1950. After the landing at Inchon on 15 September "
        "1950, United Nations forces had crossed the 38th parallel in early October. X Corps landed at "
        "Wonsan at the end of the month.",
        "2010-02-08",
        [
            ("25 June 1950", "DATE", "1950-06-25"),
            ("15 September 1950", "DATE", "1950-09-15"),
            ("early October", "DATE", "1950-10", "START"),
            ("the end of the month", "DATE", "1950-10", "END"),
        ],
    ),
    (
        "Iraq invaded Kuwait on 2 August 1990. The ground offensive began on 24 February 1991. The "
        "ceasefire took effect four days after the ground war had begun.",
        "2011-05-12",
        [
            ("2 August 1990", "DATE", "1990-08-02"),
            ("24 February 1991", "DATE", "1991-02-24"),
            ("four days after the ground war had begun", "DATE", "1991-02-28"),
        ],
    ),
    (
        "Athens sent a great fleet against Syracuse in 415 BC under Alcibiades and Nicias. A few days "
        "before the fleet sailed he was recalled to stand trial. The war went on for another decade "
        "before Athens surrendered.",
        "2012-09-30",
        [
            ("415 BC", "DATE", "BC0415"),
            ("A few days before the fleet sailed", "DATE", "BCXXXX-XX-XX"),
            ("another decade", "DURATION", "P10Y"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_27(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
