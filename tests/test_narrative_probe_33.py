"""A thirty-third probe of narrative: encyclopaedia articles on events of some days (a flood, a siege,
a summit, a strike, an expedition, an uprising), biographies of scientists, composers and
explorers, war histories of the 17th to 20th centuries and histories of revolutions and civil
conflicts (documents written for the probe).

Passages written the way those texts write them, each with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, anchored on the story, not the DCT. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from
run in narrative mode only.

Readings these cases pin down: a weekday below a heading that dates a day or a few is one of those
days ("12-13 November / Early on Monday morning", "Thursday, 17 July / After a private dinner on
Wednesday night", "on the Wednesday"); "shortly after midnight" below a day's heading begins it;
"That year he joined the expedition, ... crossing the ice cap the following summer" (the summer
after the year); "before they could land at Umivik on 10 August. They started inland on the 15th";
"left Edirne in the spring of 1683 and reached Belgrade in early May"; a lead's aside ("and, from
1686, Russia") is no story's opening; "his oration in August 1915 had made him" is a flashback; the
small hours after a night and "the next day" after them; "the protests in Poland that June
encouraged"; "blamed decades of neglected maintenance"; "toured the country that fall warning"; no
time in "5 groschen an hour", "millions of pesos a year", "night work".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The crossing was made in 1888. Nansen and five companions left the sealer Jason on 17 "
            "July, but the ice carried their boats south for twelve days before they could land at "
            "Umivik on 10 August. They started inland on the 15th and reached the west coast in late "
            "September, after almost two months on the ice cap."
        ),
        "2010-10-05",
        [
            ("1888", "DATE", "1888"),
            ("17 July", "DATE", "1888-07-17"),
            ("twelve days", "DURATION", "P12D"),
            ("10 August", "DATE", "1888-08-10"),
            ("the 15th", "DATE", "1888-08-15"),
            ("late September", "DATE", "1888-09", "END"),
            ("almost two months", "DURATION", "P2M", "LESS_THAN"),
        ],
    ),
    (
        (
            "On Saturday, 6 January 1912, Wegener presented his ideas on the horizontal displacement "
            "of the continents to the Geological Association in Frankfurt; a second lecture followed "
            "in Marburg four days later. That year he also joined J. P. Koch's expedition, wintering "
            "on the ice and crossing the Greenland ice cap the following summer."
        ),
        "2005-09-30",
        [
            ("Saturday, 6 January 1912", "DATE", "1912-01-06"),
            ("four days later", "DATE", "1912-01-10"),
            ("That year", "DATE", "1912"),
            ("the following summer", "DATE", "1913-SU"),
        ],
    ),
    (
        (
            'Khrushchev\'s "secret speech" of 25 February 1956 and the Poznań protests in Poland that '
            "June encouraged Hungarian students and writers."
        ),
        "2006-10-23",
        [("25 February 1956", "DATE", "1956-02-25"), ("that June", "DATE", "1956-06")],
    ),
    (
        (
            "Over the next nine weeks the Commune separated church and state, abolished night work "
            "in bakeries and postponed the payment of rents."
        ),
        "2009-05-28",
        [("the next nine weeks", "DURATION", "P9W")],
    ),
    (
        (
            "The Great Turkish War, also called the War of the Holy League, was a series of "
            "conflicts between the Ottoman Empire and the Holy League, a coalition of the Habsburg "
            "Monarchy, Poland-Lithuania, Venice and, from 1686, the Tsardom of Russia. Fighting "
            "began in 1683 and ended with the Treaty of Karlowitz in 1699.\n\nBackground\n\nThe Peace of "
            "Vasvár, signed in 1664, was meant to last twenty years. Before it expired, Grand Vizier "
            "Kara Mustafa Pasha persuaded Sultan Mehmed IV to march on Vienna. The Ottoman army left "
            "Edirne in the spring of 1683 and reached Belgrade in early May.\n\nThe following year "
            "Pope Innocent XI formed the Holy League. Buda, held by the Ottomans for nearly 145 "
            "years, fell on 2 September 1686 after a siege of 78 days."
        ),
        "2014-03-18",
        [
            ("1686", "DATE", "1686"),
            ("1683", "DATE", "1683"),
            ("1699", "DATE", "1699"),
            ("1664", "DATE", "1664"),
            ("twenty years", "DURATION", "P20Y"),
            ("the spring of 1683", "DATE", "1683-SP"),
            ("early May", "DATE", "1683-05", "START"),
            ("The following year", "DATE", "1684"),
            ("nearly 145 years", "DURATION", "P145Y", "APPROX"),
            ("2 September 1686", "DATE", "1686-09-02"),
            ("78 days", "DURATION", "P78D"),
        ],
    ),
    (
        (
            "Nitrate exports, worth millions of pesos a year, paid for much of the Chilean state "
            "budget in the following decades."
        ),
        "2019-02-11",
        [("the following decades", "DURATION", "PXY")],
    ),
    (
        (
            "The uprising lasted from 11 to 19 November 1934.\n\n12–13 November\nEarly on Monday "
            "morning armed workers seized the station. The governor declared martial law at 9 "
            "a.m.\n\n14–16 November\nArmy units arrived from Linz on the Wednesday."
        ),
        "2023-01-08",
        [
            ("11", "DATE", "1934-11-11"),
            ("19 November 1934", "DATE", "1934-11-19"),
            ("12", "DATE", "1934-11-12"),
            ("13 November", "DATE", "1934-11-13"),
            ("Monday morning", "TIME", "1934-11-12TMO"),
            ("9 a.m.", "TIME", "1934-11-12T09:00"),
            ("14", "DATE", "1934-11-14"),
            ("16 November", "DATE", "1934-11-16"),
            ("the Wednesday", "DATE", "1934-11-14"),
        ],
    ),
    (
        (
            "The conference was held from 14 to 19 July 1958.\n\nThursday, 17 July\nAfter a private "
            "dinner on Wednesday night, the leaders agreed a compromise."
        ),
        "2016-11-20",
        [
            ("14", "DATE", "1958-07-14"),
            ("19 July 1958", "DATE", "1958-07-19"),
            ("Thursday, 17 July", "DATE", "1958-07-17"),
            ("Wednesday night", "TIME", "1958-07-16TNI"),
        ],
    ),
    (
        (
            "The flood of October 1953 killed 40 people.\n\n11 October\nHeavy rain began falling "
            "shortly after midnight and continued for 30 hours."
        ),
        "2021-03-14",
        [
            ("October 1953", "DATE", "1953-10"),
            ("11 October", "DATE", "1953-10-11"),
            ("midnight", "TIME", "1953-10-11T00:00"),
            ("30 hours", "DURATION", "PT30H"),
        ],
    ),
    (
        (
            "On the afternoon of Tuesday, 23 October 1956, students marched to the statue. Shooting "
            "broke out at the radio building that night, and at 2 a.m. Soviet tanks entered "
            "Budapest. Nagy became prime minister again the next day."
        ),
        "2006-10-23",
        [
            ("the afternoon of Tuesday, 23 October 1956", "TIME", "1956-10-23TAF"),
            ("that night", "TIME", "1956-10-23TNI"),
            ("2 a.m.", "TIME", "1956-10-24T02:00"),
            ("the next day", "DATE", "1956-10-24"),
        ],
    ),
    (
        (
            "A public inquiry opened in January 1954. Its report, published the following summer, "
            "blamed decades of neglected maintenance. Lindgren, who resigned in August, toured the "
            "country that fall warning of revolution. Wages were cut by 5 groschen an hour."
        ),
        "2021-03-14",
        [
            ("January 1954", "DATE", "1954-01"),
            ("the following summer", "DATE", "1954-SU"),
            ("decades of neglected maintenance", "DURATION", "PXY"),
            ("August", "DATE", "1954-08"),
            ("that fall", "DATE", "1954-FA"),
        ],
    ),
    (
        (
            "In 1956 the protests in Poland that June encouraged Hungarian students. Smith said that "
            "June marked a turn."
        ),
        "2006-10-23",
        [("1956", "DATE", "1956"), ("that June", "DATE", "1956-06"), ("June", "DATE", "1956-06")],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Thursday, 17 July\nAfter a private dinner on Wednesday night, the leaders agreed a "
            "compromise: joint patrols for an initial period of five years, with catch limits "
            "reviewed every two years."
        ),
        "1958-12-31",
        [
            ("Thursday, 17 July", "DATE", "1958-07-17"),
            ("Wednesday night", "TIME", "1958-07-16TNI"),
            ("five years", "DURATION", "P5Y"),
            ("every two years", "SET", "P2Y"),
        ],
    ),
    (
        (
            "12–13 November\nEarly on Monday morning armed workers seized the railway station and the "
            "main post office. The provincial governor declared martial law at 9 a.m. and imposed a "
            "curfew."
        ),
        "1934-12-31",
        [
            ("12", "DATE", "1934-11-12"),
            ("13 November", "DATE", "1934-11-13"),
            ("Monday morning", "TIME", "1934-11-12TMO"),
            ("9 a.m.", "TIME", "1934-11-12T09:00"),
        ],
    ),
    (
        "14–16 November\nArmy units with artillery arrived from Linz on the Wednesday.",
        "1934-12-31",
        [
            ("14", "DATE", "1934-11-14"),
            ("16 November", "DATE", "1934-11-16"),
            ("the Wednesday", "DATE", "1934-11-14"),
        ],
    ),
    (
        (
            "The banning of the Social Democratic Party in February 1934 drove its paramilitary wing "
            "underground, and arms were hidden in the Kessel works over the summer. Relations with "
            "the police worsened in the autumn, when wages at the works were cut by 5 groschen an "
            "hour."
        ),
        "2023-01-08",
        [
            ("February 1934", "DATE", "1934-02"),
            ("the summer", "DATE", "1934-SU"),
            ("the autumn", "DATE", "1934-FA"),
        ],
    ),
    (
        (
            "The rising began at noon on Monday, 24 April 1916. Pearse had joined the IRB in 1913; "
            "his oration at the graveside in August 1915 had made him the best-known speaker. "
            "British reinforcements arrived on Wednesday."
        ),
        "2012-03-05",
        [
            ("noon on Monday, 24 April 1916", "TIME", "1916-04-24T12:00"),
            ("1913", "DATE", "1913"),
            ("August 1915", "DATE", "1915-08"),
            ("Wednesday", "DATE", "1916-04-26"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_33(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_33_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
