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
- A third round: a month told before a month and year stated later in its sentence ("After the
  February Revolution, he returned to Petrograd in April 1917") is that year's; "the 11th military
  division" is a unit; "on 28 June 1778, a day on which the temperature exceeded 100 degrees"
  names no length.
- A fourth round: "Riots that September drove refugees east" keeps "that"; "the largest up to
  that time" is the story's past.
- A fifth round: "In November some 400,000 coal miners had also struck" is a flashback as "the
  coal miners had struck" is; "on 25 August, less than three months later" restates the day;
  "the same autumn" is the story's; "the last quarter of the twentieth century" is its end.
- A sixth round: "Carranza became president that May, but he failed" keeps "that"; "founded as a
  weekly" and "A Sunday edition was launched" name papers, no time.
- A seventh round: "The April Uprising broke out in Bulgaria in 1876" takes its clause's year;
  "He died in Christiania; his funeral was held a week later" counts from the death the lead's
  span "(21 June 1851 - 17 February 1913)" dates.
- An eighth round: "The Earl of March" is a title; "had met in late August 1904 and on the Shaho
  in October" goes on in the flashback's year across its place.

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
        [("2 April 1982", "DATE", "1982-04-02"), ("later that morning", "TIME", "1982-04-02TMO")],
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
    (
        "Trotsky was exiled to Siberia in 1907. He escaped in 1908. After the February Revolution, he "
        "returned to Petrograd in April 1917.",
        "2010-11-05",
        [
            ("1907", "DATE", "1907"),
            ("1908", "DATE", "1908"),
            ("February", "DATE", "1917-02"),
            ("April 1917", "DATE", "1917-04"),
        ],
    ),
    (
        "Bugeaud fought in Spain from 1808 to 1814. He retired in 1815. After the July Revolution of "
        "1830 he returned to the army and commanded the 11th military division at Bordeaux.",
        "2012-06-09",
        [
            ("1808", "DATE", "1808"),
            ("1814", "DATE", "1814"),
            ("1815", "DATE", "1815"),
            ("July", "DATE", "1830-07"),
            ("1830", "DATE", "1830"),
        ],
    ),
    (
        "The British evacuated Philadelphia in June 1778. Washington fought Henry Clinton at Monmouth "
        "Court House on 28 June 1778, a day on which the temperature exceeded 100 degrees.",
        "2010-11-03",
        [("June 1778", "DATE", "1778-06"), ("28 June 1778", "DATE", "1778-06-28")],
    ),
    (
        "Nigeria became independent in October 1960. Officers killed the head of state on 29 July 1966. "
        "Riots that September drove refugees east, and in May 1967 the region seceded.",
        "2011-01-18",
        [
            ("October 1960", "DATE", "1960-10"),
            ("29 July 1966", "DATE", "1966-07-29"),
            ("that September", "DATE", "1966-09"),
            ("May 1967", "DATE", "1967-05"),
        ],
    ),
    (
        "Strikes spread across the country in 1919. The strike wave of 1919 was the largest up to that "
        "time, and it ended in January 1920.",
        "2011-03-01",
        [
            ("1919", "DATE", "1919"),
            ("1919", "DATE", "1919"),
            ("that time", "TIME", "PAST_REF"),
            ("January 1920", "DATE", "1920-01"),
        ],
    ),
    (
        "A general strike began in Seattle in February 1919. The strike was called off on 8 January "
        "1920. In November some 400,000 coal miners had also struck.",
        "2011-03-01",
        [
            ("February 1919", "DATE", "1919-02"),
            ("8 January 1920", "DATE", "1920-01-08"),
            ("November", "DATE", "1919-11"),
        ],
    ),
    (
        "On 6 June 1944 Allied forces landed in Normandy. Paris was liberated on 25 August, less than "
        "three months later.",
        "2010-01-01",
        [
            ("6 June 1944", "DATE", "1944-06-06"),
            ("25 August", "DATE", "1944-08-25"),
            ("less than three months later", "DATE", "1944-08", "LESS_THAN"),
        ],
    ),
    (
        "He was born in Riga in 1897. He finished the gymnasium in 1915 and entered the university the "
        "same autumn. His novels enjoyed great popularity in the last quarter of the twentieth century.",
        "2010-01-01",
        [
            ("1897", "DATE", "1897"),
            ("1915", "DATE", "1915"),
            ("the same autumn", "DATE", "1915-FA"),
            ("the last quarter of the twentieth century", "DATE", "19", "END"),
        ],
    ),
    (
        "Madero was murdered in February 1913. The revolution against Huerta spread, and he fled in July "
        "1914. In 1917 a new constitution was adopted, and Carranza became president that May, but he "
        "failed to pacify the north.",
        "2010-06-01",
        [
            ("February 1913", "DATE", "1913-02"),
            ("July 1914", "DATE", "1914-07"),
            ("1917", "DATE", "1917"),
            ("that May", "DATE", "1917-05"),
        ],
    ),
    (
        "The Herald was founded in Leeds in 1850 as a weekly. It became a daily paper in 1868. A Sunday "
        "edition was launched in 1911, and by 1920 it sold 200,000 copies.",
        "2010-06-01",
        [
            ("1850", "DATE", "1850"),
            ("1868", "DATE", "1868"),
            ("1911", "DATE", "1911"),
            ("1920", "DATE", "1920"),
        ],
    ),
    (
        "The Eastern crisis began in the summer of 1875 with a revolt in Herzegovina. The April Uprising "
        "broke out in Bulgaria in 1876, and Russia declared war on 24 April 1877.",
        "2010-01-01",
        [
            ("the summer of 1875", "DATE", "1875-SU"),
            ("April", "DATE", "1876-04"),
            ("1876", "DATE", "1876"),
            ("24 April 1877", "DATE", "1877-04-24"),
        ],
    ),
    (
        "Brekke (21 June 1851 - 17 February 1913) was a Norwegian explorer. He crossed Greenland in 1888 "
        "and supported the dissolution of the union in 1905. He died in Christiania; his funeral was "
        "held a week later.",
        "2010-01-01",
        [
            ("21 June 1851", "DATE", "1851-06-21"),
            ("17 February 1913", "DATE", "1913-02-17"),
            ("1888", "DATE", "1888"),
            ("1905", "DATE", "1905"),
            ("a week later", "DATE", "1913-W09"),
        ],
    ),
    (
        "Henry VI was captured at Northampton on 10 July 1460. The Earl of March landed at Sandwich in "
        "June 1460 and marched on London.",
        "2010-01-01",
        [("10 July 1460", "DATE", "1460-07-10"), ("June 1460", "DATE", "1460-06")],
    ),
    (
        "The war began on 8 February 1904. The fortress fell on 2 January 1905. The armies had met in "
        "late August 1904 and on the Shaho in October.",
        "2010-02-09",
        [
            ("8 February 1904", "DATE", "1904-02-08"),
            ("2 January 1905", "DATE", "1905-01-02"),
            ("late August 1904", "DATE", "1904-08", "END"),
            ("October", "DATE", "1904-10"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_27(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
