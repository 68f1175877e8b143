"""A thirty-third probe of narrative: encyclopaedia articles on events of some days (a flood, a siege,
a summit, a strike, an expedition, an uprising), biographies of scientists, composers and
explorers, war histories of the 17th to 20th centuries and histories of revolutions and civil
conflicts (documents written for the probe).

Passages written the way those texts write them, each with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, anchored on the story, not the DCT. Cases run with
``domain="narrative"`` and ``domain="auto"``; those a short passage cannot tell a history from run
in narrative mode only.

Readings these cases pin down: a weekday below a heading that dates a day or a few is one of those
days ("12-13 November / Early on Monday morning", "Thursday, 17 July / After a private dinner on
Wednesday night", "on the Wednesday"); "shortly after midnight" below a day's heading begins it;
"That year he joined the expedition, ... crossing the ice cap the following summer" (the summer
after the year); "before they could land at Umivik on 10 August. They started inland on the 15th";
"left Edirne in the spring of 1683 and reached Belgrade in early May"; a lead's aside ("and, from
1686, Russia") is no story's opening; "his oration in August 1915 had made him" is a flashback; the
small hours after a night and "the next day" after them; "the protests in Poland that June
encouraged"; "blamed decades of neglected maintenance"; "toured the country that fall warning"; no
time in "5 groschen an hour", "night work" ("millions of pesos a year" is a rate, its period a length
as WikiWars tags one). Round three: "In the early
hours an agreement was signed"; "at 11:30 that night" (a night's hour); "a weekly mail steamer";
"On the Friday the government announced". Round four: "the 27th of that month"; "a few shillings
a week" is a rate's period. Round five: "the evening of the following day" after "shortly after midnight on
14 October 1987"; no set in "one for each year of the king's life". Round six: "1919 / The White
offensives came in succession the following spring" (the spring of the heading's year); "won the
general election of February 1936" five years after the story's last date moves it on; "Lundy, who
had urged the council to open the gates, escaped that night" (a closed relative's pluperfect tells
nothing of the night). Round seven: a museum "which opens on weekends from April to October" opens
in any year's months.
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
            "The Kessary consulate siege was a hostage crisis that lasted from 22 to 27 October "
            "1975, when five gunmen held 31 people inside the consulate of Norland in the port city "
            "of Kessary. It ended after six days with the release of all surviving hostages and the "
            "surrender of the gunmen.\n\nBackground\nThe gunmen belonged to a small separatist cell "
            "that had been active since the late 1960s. Two of its members had been sentenced in the "
            "spring of 1974 to 15 years each for a bombing, and the group had demanded their release "
            "several times over the previous eighteen months.\n\nTimeline\nWednesday, 22 October\nAt "
            "about 10:40 a.m. the five men, armed with pistols and a sub-machine gun, entered the "
            "building during visa hours and sealed the doors. A police constable who tried to enter "
            "was shot in the leg. By noon the street had been cordoned off. In a letter delivered at "
            "3 p.m., the gunmen demanded the release of the two prisoners, $2 million and a flight "
            "out of the country within 24 hours. The government rejected the demands the following "
            "morning.\n\nThursday, 23 October\nThe deadline passed at 3 p.m. without incident. That "
            "evening the gunmen freed four women and a 70-year-old clerk who had suffered a heart "
            "attack.\n\nFriday 24 and Saturday 25 October\nNegotiations ran through an intermediary, "
            "the city's archbishop, who spoke to the leader by telephone every two hours. On the "
            "Friday the government announced that it may consider a transfer of the prisoners, a "
            "concession it withdrew 48 hours later."
        ),
        "2019-06-14",
        [
            ("22", "DATE", "1975-10-22"),
            ("27 October 1975", "DATE", "1975-10-27"),
            ("six days", "DURATION", "P6D"),
            ("the late 1960s", "DATE", "196", "END"),
            ("the spring of 1974", "DATE", "1974-SP"),
            ("15 years", "DURATION", "P15Y"),
            ("the previous eighteen months", "DURATION", "P18M"),
            ("Wednesday, 22 October", "DATE", "1975-10-22"),
            ("about 10:40 a.m.", "TIME", "1975-10-22T10:40", "APPROX"),
            ("noon", "TIME", "1975-10-22T12:00"),
            ("3 p.m.", "TIME", "1975-10-22T15:00"),
            ("24 hours", "DURATION", "PT24H"),
            ("the following morning", "TIME", "1975-10-23TMO"),
            ("Thursday, 23 October", "DATE", "1975-10-23"),
            ("3 p.m.", "TIME", "1975-10-23T15:00"),
            ("That evening", "TIME", "1975-10-23TEV"),
            ("Friday 24", "DATE", "1975-10-24"),
            ("Saturday 25 October", "DATE", "1975-10-25"),
            ("every two hours", "SET", "PT2H"),
            ("the Friday", "DATE", "1975-10-24"),
            ("48 hours", "DURATION", "PT48H"),
        ],
    ),
    (
        (
            "Neutral vessels were turned away daily, and a weekly mail steamer from Curaçao was "
            "allowed through only after inspection."
        ),
        "2021-03-02",
        [("daily", "SET", "P1D"), ("weekly", "SET", "P1W")],
    ),
    (
        (
            "The 1962 Tavoran presidential election crisis was a political crisis in the Republic of "
            "Tavora that followed the presidential election of 18 March 1962 and lasted until the "
            "inauguration of Ernesto Palau on 9 April, three weeks later than the constitution "
            "required.\n\nBackground\nThe outgoing president, Luis Andrade, had governed since 1950 and "
            "was barred from a third term. Two candidates contested the vote: Palau, a 51-year-old "
            "lawyer backed by the Liberal Union, and the former defence minister Colonel Rafael "
            "Ibarra.\n\nElection and count\nPolls opened at 7 a.m. on Sunday 18 March and closed at 5 "
            "p.m. Early returns the same evening gave Palau a lead of about 40,000 votes. But at "
            "11:30 that night the electoral tribunal suspended the count in three northern "
            "provinces, citing irregularities."
        ),
        "2016-09-20",
        [
            ("1962", "DATE", "1962"),
            ("18 March 1962", "DATE", "1962-03-18"),
            ("9 April", "DATE", "1962-04-09"),
            ("three weeks", "DURATION", "P3W"),
            ("1950", "DATE", "1950"),
            ("former", "DATE", "PAST_REF"),
            ("7 a.m. on Sunday 18 March", "TIME", "1962-03-18T07:00"),
            ("5 p.m.", "TIME", "1962-03-18T17:00"),
            ("the same evening", "TIME", "1962-03-18TEV"),
            ("11:30", "TIME", "1962-03-18T23:30"),
            ("that night", "TIME", "1962-03-18TNI"),
        ],
    ),
    (
        (
            "The Hallstad mutiny was a revolt by sailors of the Brennish High Seas Fleet at the "
            "naval base of Hallstad in early November 1918. It lasted four days and helped to bring "
            "down the monarchy.\n\nBackground\nBy the autumn of 1918 the war was clearly lost, and the "
            "crews of the battleships, idle in harbour for most of the previous two years, had grown "
            "bitter over poor rations and harsh discipline. On 29 October the admiralty ordered the "
            "fleet to sea for a final sortie, which the sailors believed would be a suicide "
            "mission.\n\nTimeline\nMonday, 4 November\nAt 7 p.m., as the watch changed, stokers on the "
            "battleship Thora refused orders and raised a red flag. Within two hours the mutiny had "
            "spread to five other ships, including the second squadron's flagship. Officers who "
            "resisted were locked in their cabins; a 23-year-old lieutenant was shot dead on the "
            "quarterdeck shortly before midnight. Historians may never know who fired the "
            "shot.\n\nTuesday, 5 November\nEarly in the morning some 3,000 sailors came ashore and "
            "marched to the town hall, where they elected a council. By noon the dockyard workers "
            "had joined them. The base commander, Admiral Otto Selm, agreed that afternoon to "
            "withdraw the sortie order.\n\nWednesday, 6 November\nThe council's demands, among them the "
            "release of imprisoned sailors, better food and the abdication of the king, were "
            "telegraphed to the capital at 9:15 a.m. Government envoys arrived by train that evening "
            "and talked with the council through the night.\n\nThursday, 7 November\nIn the early hours "
            "an agreement was signed on board the Thora."
        ),
        "2018-11-04",
        [
            ("early November 1918", "DATE", "1918-11", "START"),
            ("four days", "DURATION", "P4D"),
            ("the autumn of 1918", "DATE", "1918-FA"),
            ("the previous two years", "DURATION", "P2Y"),
            ("29 October", "DATE", "1918-10-29"),
            ("Monday, 4 November", "DATE", "1918-11-04"),
            ("7 p.m.", "TIME", "1918-11-04T19:00"),
            ("two hours", "DURATION", "PT2H"),
            ("midnight", "TIME", "1918-11-04T24:00"),
            ("Tuesday, 5 November", "DATE", "1918-11-05"),
            ("Early in the morning", "TIME", "1918-11-05TMO", "START"),
            ("noon", "TIME", "1918-11-05T12:00"),
            ("that afternoon", "TIME", "1918-11-05TAF"),
            ("Wednesday, 6 November", "DATE", "1918-11-06"),
            ("9:15 a.m.", "TIME", "1918-11-06T09:15"),
            ("that evening", "TIME", "1918-11-06TEV"),
            ("the night", "TIME", "1918-11-06TNI"),
            ("Thursday, 7 November", "DATE", "1918-11-07"),
            ("the early hours", "TIME", "1918-11-07TMO", "START"),
        ],
    ),
    (
        (
            "It began shortly after midnight on 14 October 1987 and had collapsed by the evening of "
            "the following day."
        ),
        "2016-03-12",
        [
            ("midnight on 14 October 1987", "TIME", "1987-10-14T00:00"),
            ("the evening of the following day", "TIME", "1987-10-15TEV"),
        ],
    ),
    (
        (
            "Disturbances broke out at Louth on Sunday 1 October 1536, when parishioners guarded the "
            "church treasures overnight against the king's commissioners."
        ),
        "2016-03-03",
        [("Sunday 1 October 1536", "DATE", "1536-10-01"), ("overnight", "TIME", "1536-10-01TNI")],
    ),
    (
        (
            "James himself landed at Kinsale on 12 March 1689, and by April his army had marched "
            "north.\n\nThe siege\nOn 18 April James rode up to Bishop's Gate and was greeted with cries "
            'of "No surrender!" and a volley that killed an officer at his side. The governor, '
            "Robert Lundy, who had urged the council to open the gates, escaped that night disguised "
            "as a common soldier."
        ),
        "2012-09-20",
        [
            ("12 March 1689", "DATE", "1689-03-12"),
            ("April", "DATE", "1689-04"),
            ("18 April", "DATE", "1689-04-18"),
            ("that night", "TIME", "1689-04-18TNI"),
        ],
    ),
    (
        (
            "1919\nThe White offensives came in succession the following spring. Admiral Kolchak's "
            "armies advanced from Siberia in March and came within 100 km of the Volga by late "
            "April, but were thrown back in May and June."
        ),
        "2012-06-02",
        [
            ("1919", "DATE", "1919"),
            ("the following spring", "DATE", "1919-SP"),
            ("March", "DATE", "1919-03"),
            ("late April", "DATE", "1919-04", "END"),
            ("May", "DATE", "1919-05"),
            ("June", "DATE", "1919-06"),
        ],
    ),
    (
        (
            "The Second Republic was proclaimed on 14 April 1931 after the fall of the monarchy. The "
            "Popular Front narrowly won the general election of February 1936. Over the following "
            "months political violence escalated; on the night of 12 July, the Republican police "
            "officer José Castillo was murdered in Madrid, and in reprisal the monarchist leader "
            "José Calvo Sotelo was seized and killed the next morning."
        ),
        "2010-09-20",
        [
            ("14 April 1931", "DATE", "1931-04-14"),
            ("February 1936", "DATE", "1936-02"),
            ("the following months", "DURATION", "PXM"),
            ("the night of 12 July", "TIME", "1936-07-12TNI"),
            ("the next morning", "TIME", "1936-07-13TMO"),
        ],
    ),
    (
        (
            "The company was taken over by a rival in 1987 and the Pemberton's name disappeared from "
            "high streets within two years. Today the original Eccles shop houses a small museum, "
            "which opens on weekends from April to October."
        ),
        "2011-03-15",
        [
            ("1987", "DATE", "1987"),
            ("two years", "DURATION", "P2Y"),
            ("Today", "DATE", "PRESENT_REF"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("April", "DATE", "XXXX-04"),
            ("October", "DATE", "XXXX-10"),
        ],
    ),
    (
        (
            "The shop was taken over by a rival in 1987. Today the original shop houses a small "
            "museum, which opens on weekends from April to October."
        ),
        "2011-05-01",
        [
            ("1987", "DATE", "1987"),
            ("Today", "DATE", "PRESENT_REF"),
            ("weekends", "SET", "XXXX-WXX-WE"),
            ("April", "DATE", "XXXX-04"),
            ("October", "DATE", "XXXX-10"),
        ],
    ),
    (
        (
            "On 18 April 1689 the army appeared before the walls. Lundy, who had urged the council "
            "to open the gates, escaped that night."
        ),
        "2010-01-01",
        [("18 April 1689", "DATE", "1689-04-18"), ("that night", "TIME", "1689-04-18TNI")],
    ),
    (
        (
            "The revolt began shortly after midnight on 14 October 1987 and had collapsed by the "
            "evening of the following day. A salute of 71 guns was fired, one for each year of the "
            "king's life."
        ),
        "2010-01-01",
        [
            ("midnight on 14 October 1987", "TIME", "1987-10-14T00:00"),
            ("the evening of the following day", "TIME", "1987-10-15TEV"),
        ],
    ),
    (
        (
            "In November 1934 they trapped a Bolivian corps at El Carmen, and on the 27th of that "
            "month army officers forced the president to resign."
        ),
        "2010-06-01",
        [("November 1934", "DATE", "1934-11"), ("the 27th of that month", "DATE", "1934-11-27")],
    ),
    (
        (
            "The mutiny spread on 6 November 1918. In the early hours an agreement was signed, and "
            "at 11:30 that night the sailors went ashore."
        ),
        "2018-11-04",
        [
            ("6 November 1918", "DATE", "1918-11-06"),
            ("the early hours", "TIME", "1918-11-06TMO", "START"),
            ("11:30", "TIME", "1918-11-06T23:30"),
            ("that night", "TIME", "1918-11-06TNI"),
        ],
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
            "The Paraguayans advanced steadily through 1934. In November they trapped a Bolivian "
            "corps at El Carmen, and on the 27th of that month army officers forced President Daniel "
            "Salamanca from office."
        ),
        "2014-08-30",
        [
            ("1934", "DATE", "1934"),
            ("November", "DATE", "1934-11"),
            ("the 27th of that month", "DATE", "1934-11-27"),
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
    (
        (
            "Nitrate exports, worth millions of pesos a year, paid for much of the Chilean state "
            "budget in the following decades."
        ),
        "2019-02-11",
        [("a year", "DURATION", "P1Y"), ("the following decades", "DURATION", "PXY")],
    ),
    (
        (
            "Organised labour in the cotton town of Thornley can be traced to the 1790s, when "
            "handloom weavers formed friendly societies to pay sick benefits of a few shillings a "
            "week."
        ),
        "2014-09-20",
        [("the 1790s", "DATE", "179"), ("a week", "DURATION", "P1W")],
    ),
    (
        "The society paid sick benefits of a few shillings a week from 1872.",
        "2016-01-01",
        [("a week", "DURATION", "P1W"), ("1872", "DATE", "1872")],
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
