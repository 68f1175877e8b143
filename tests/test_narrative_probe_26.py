"""A twenty-sixth probe of narratives: Wikipedia-style histories of wars, campaigns and battles,
and biographies and histories of events of the 17th to 20th centuries (documents written for the
probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case runs
with ``domain="narrative"`` and with ``domain="auto"``.

Readings these cases pin down:
- "soldiers went days without water" is a length.
- "waited until morning before walking to a mission" is the morning after the night the story
  dated.
- "The February revolution reached Oberhall on 29 February 1848" is the February of the day its
  sentence dates, not of the year told before.
- "promoted that September and given a brigade" keeps "that"; a year of background after the
  story's day ("The colliery employed 1,100 men in 1910") is no place the story moves back to, so
  "the previous month" counts from the day.
- A third round: "four days of fighting beginning on 27 January 1868" ends its phrase before the
  participle; "the Easter Rising of April 1916" is that year's Easter.
- A fourth round: "from an early age" is no age; "six o'clock in the evening onwards" is one time;
  a year counted from a season ("Over the winter ... for the following year") is the whole year,
  so "28 May" after it is that year's; "the city fell overnight" is the night after the day told;
  "The anniversary of the fall" is a city's fall, no autumn.
- A fifth round: a temperature's "°C." before a heading is no "circa"; "died that September, aged
  33" keeps "that".
- A sixth round: "Through the winter and early spring" after December 1862 is the spring that ends
  that winter, in 1863, and the days after it are 1863's.

Publication date: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        "In 1933 soldiers went days without water.",
        "2023-09-28",
        [("1933", "DATE", "1933"), ("days", "DURATION", "PXD")],
    ),
    (
        "On the night of 13 February 1931 she waited until morning before walking to a mission station.",
        "2008-04-02",
        [("the night of 13 February 1931", "TIME", "1931-02-13TNI"), ("morning", "TIME", "1931-02-14TMO")],
    ),
    (
        "The harvest failed in 1846. The February revolution reached Oberhall on 29 February 1848.",
        "2012-10-30",
        [
            ("1846", "DATE", "1846"),
            ("February", "DATE", "1848-02"),
            ("29 February 1848", "DATE", "1848-02-29"),
        ],
    ),
    (
        "In April 1861 he was promoted that September and given a brigade.",
        "2016-11-28",
        [("April 1861", "DATE", "1861-04"), ("that September", "DATE", "1861-09")],
    ),
    (
        "The explosion occurred on 14 November 1911. The colliery employed 1,100 men in 1910. Gas had "
        "been reported during the previous month.",
        "2015-03-30",
        [
            ("14 November 1911", "DATE", "1911-11-14"),
            ("1910", "DATE", "1910"),
            ("the previous month", "DATE", "1911-10"),
        ],
    ),
    (
        "The siege of the town was the last battle of the war of 1867-1868. After four days of fighting "
        "beginning on 27 January 1868, the town fell to the rebels, and the garrison surrendered.",
        "2020-01-01",
        [
            ("1867", "DATE", "1867"),
            ("1868", "DATE", "1868"),
            ("four days of fighting", "DURATION", "P4D"),
            ("27 January 1868", "DATE", "1868-01-27"),
        ],
    ),
    (
        "The war began in 1919. It grew out of the Easter Rising of April 1916.",
        "2020-01-01",
        [("1919", "DATE", "1919"), ("Easter", "DATE", "1916-04-23"), ("April 1916", "DATE", "1916-04")],
    ),
    (
        "Sebastian was King of Portugal from 1557. He dreamed from an early age of a crusade, and in "
        "1578 he led an army into Morocco, where he was killed.",
        "2014-12-06",
        [("1557", "DATE", "1557"), ("1578", "DATE", "1578")],
    ),
    (
        "The rising began on 20 November 1910. Fighting went on from six o'clock in the evening onwards.",
        "2018-09-30",
        [
            ("20 November 1910", "DATE", "1910-11-20"),
            ("six o'clock in the evening", "TIME", "1910-11-20T18:00"),
        ],
    ),
    (
        "A first attempt failed in the summer of 1757. Over the winter Pitt planned a larger effort for "
        "the following year. The fleet sailed from Halifax on 28 May.",
        "2016-08-14",
        [
            ("the summer of 1757", "DATE", "1757-SU"),
            ("the winter", "DATE", "1757-WI"),
            ("the following year", "DATE", "1758"),
            ("28 May", "DATE", "1758-05-28"),
        ],
    ),
    (
        "On 15 September 1894 the Japanese attacked Pyongyang; the city fell overnight.",
        "2024-06-30",
        [("15 September 1894", "DATE", "1894-09-15"), ("overnight", "TIME", "1894-09-15TNI")],
    ),
    (
        "The city surrendered to the besiegers on 26 March 1913. The anniversary of the fall is marked "
        "in Bulgaria.",
        "2013-02-09",
        [("26 March 1913", "DATE", "1913-03-26")],
    ),
    (
        "The Red Army attacked Finland on 30 November 1939, and the winter was the coldest in decades. "
        "Temperatures fell to minus 40 °C.\nFebruary\nThe offensive resumed on 1 February 1940, and the "
        "Finnish line broke on 11 February.",
        "2020-01-01",
        [
            ("30 November 1939", "DATE", "1939-11-30"),
            ("the winter", "DATE", "1939-WI"),
            ("decades", "DURATION", "PXY"),
            ("February", "DATE", "1940-02"),
            ("1 February 1940", "DATE", "1940-02-01"),
            ("11 February", "DATE", "1940-02-11"),
        ],
    ),
    (
        "The French intervention in Mexico began in December 1861. The French army took Puebla in May "
        "1863 after a siege of two months. Its commander, General Forey, entered Mexico City in June "
        "1863. His chief of staff fell ill with typhoid and died that September, aged 33, and the "
        "campaign in the north stalled until the spring of 1864.",
        "2020-01-01",
        [
            ("December 1861", "DATE", "1861-12"),
            ("May 1863", "DATE", "1863-05"),
            ("two months", "DURATION", "P2M"),
            ("June 1863", "DATE", "1863-06"),
            ("that September", "DATE", "1863-09"),
            ("33", "DURATION", "P33Y"),
            ("the spring of 1864", "DATE", "1864-SP"),
        ],
    ),
    (
        "Grant moved against Vicksburg in December 1862. Through the winter and early spring he tried to "
        "reach the city by canals and bayous. On April 16 the gunboats ran past the batteries, and on 4 "
        "July the garrison surrendered.",
        "2020-01-01",
        [
            ("December 1862", "DATE", "1862-12"),
            ("the winter", "DATE", "1862-WI"),
            ("early spring", "DATE", "1863-SP", "START"),
            ("April 16", "DATE", "1863-04-16"),
            ("4 July", "DATE", "1863-07-04"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_26(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
