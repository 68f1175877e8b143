"""A twenty-ninth probe of narratives: Wikipedia-style histories of colonial, 19th-century and
modern wars, biographies, ancient and medieval wars, early modern wars, campaigns of the world
wars, civil wars and Asian and African wars (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories. Every case of
``CASES`` runs with ``domain="narrative"`` and with ``domain="auto"``; those of ``NARRATIVE_ONLY``
are too short for auto mode to take for histories.

Readings these cases pin down:
- "that day" after a day planned ("would be auctioned on 14 February 1879. On the morning of that
  day troops landed") is the day planned when the story stands at no day of its own, and the
  story goes on from it.
- A month that opens a sentence after "Meanwhile" is the one nearest the story's time ("Port Arthur
  surrendered on 2 January 1905 ... Meanwhile, the armies met at Liaoyang in late August" is
  1904's), and the sentence goes on from it.
- A bracket with both calendars' days ("(27 June O.S., 8 July N.S.)") restates the day; the year
  of the event an anniversary recalls ("the anniversary of the French capture of Algiers in
  1830") is no time the story moves to.
- "the Charlottenborg Spring Exhibition" is a show's name; "won the election that October by
  fewer than 3,000 votes" keeps "that"; "formerly held by the family" is the past; "30,000 chests
  of Indian opium a year" is a rate, its period a length as WikiWars tags one.
- Years of three digits: "Born around 482 in a village", "from March 537 to March 538", "In 541
  and 542 the empire", "in the summer of 542 killed".
- '"March south, and do not stop"' is the verb.
- A person's span of years in a bracket after a name ("Alfonso VI (reigned 1065-1109) took Toledo
  on 25 May 1085. The following year ...") is no start of the story; a war's is ("The Gothic War
  (535-554)"). A count from an event the story dated by its noun ("began on 20 March 2003 with the
  invasion of Iraq ... Ten years after the invasion") counts from that date.
- An eighth round: "18 Brumaire Year VIII" is 9 November 1799 (the French Republican calendar of
  Years I to XIV; not in a bracket after the day it restates, which WikiWars leaves); "blocking it
  until early 1957" is no time the story moves to.
- A tenth round: "Stanisław August abdicated" and "King August died" name a king; "until the last
  hour of the last day of my term" is no day of an event.
- "ten days after the proclamation" counts from the day a sentence "proclaimed" on (a noun in
  "-ation" and its verb share a shorter stem); "Today, 3 March is Bulgaria's national holiday" is
  any year's day.
- A twelfth round: a heading "Prague Spring" names a period; "The anniversary of the surrender is
  today a national holiday" is no day of the story.
- A fourteenth round: "27 January is marked in Russia as a day of military glory" holds no length.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The final partition treaty of 24 October 1795 erased Poland from the map, and Stanisław "
            "August abdicated a month later, on 25 November, the 31st anniversary of his coronation."
        ),
        "2008-05-14",
        [
            ("24 October 1795", "DATE", "1795-10-24"),
            ("a month later", "DATE", "1795-11"),
            ("25 November", "DATE", "1795-11-25"),
            ("the 31st anniversary of his coronation", "DATE", "1795-11-25"),
        ],
    ),
    (
        (
            "The unification of Germany into a politically and administratively integrated nation "
            "state was completed on 18 January 1871, when the German princes assembled in the Hall "
            "of Mirrors at Versailles proclaimed King Wilhelm I of Prussia German Emperor. In July "
            "1870 a dispute over the candidacy of a Hohenzollern prince for the Spanish throne was "
            "inflamed by the Ems Dispatch, which Bismarck edited and released to the press on the "
            "evening of 13 July. Napoleon III surrendered at Sedan on 2 September; Paris, besieged "
            "from 19 September, held out until late January 1871 and capitulated ten days after the "
            "proclamation."
        ),
        "2009-11-02",
        [
            ("18 January 1871", "DATE", "1871-01-18"),
            ("July 1870", "DATE", "1870-07"),
            ("the evening of 13 July", "TIME", "1870-07-13TEV"),
            ("2 September", "DATE", "1870-09-02"),
            ("19 September", "DATE", "1870-09-19"),
            ("late January 1871", "DATE", "1871-01", "END"),
            ("ten days after the proclamation", "DATE", "1871-01-28"),
        ],
    ),
    (
        (
            "Prague Spring\n\nAlexander Dubček replaced Antonín Novotný as First Secretary of the "
            "Communist Party on 5 January 1968."
        ),
        "2009-01-12",
        [("5 January 1968", "DATE", "1968-01-05")],
    ),
    (
        (
            "Her painting Girl at the Window (1901) was shown at the Charlottenborg Spring "
            "Exhibition and bought by the National Gallery the same year."
        ),
        "2013-02-20",
        [("1901", "DATE", "1901"), ("the same year", "DATE", "1901")],
    ),
    (
        (
            "It was there that she met the Norwegian painter Anders Lindqvist, whom she married on "
            "12 June 1897.\n\nThe couple settled in Skagen that summer. Over the next decade she "
            "produced the seascapes and interiors for which she is chiefly remembered, working "
            "mostly in the pale northern light. Her painting Girl at the Window (1901) was shown at "
            "the Charlottenborg Spring Exhibition and bought by the National Gallery the same year."
        ),
        "2013-02-20",
        [
            ("12 June 1897", "DATE", "1897-06-12"),
            ("that summer", "DATE", "1897-SU"),
            ("the next decade", "DURATION", "P10Y"),
            ("1901", "DATE", "1901"),
            ("the same year", "DATE", "1901"),
        ],
    ),
    (
        (
            "He was nominated for governor at the party's state convention on June 17, 1867, and won "
            "the election that October by fewer than 3,000 votes."
        ),
        "2009-10-05",
        [("June 17, 1867", "DATE", "1867-06-17"), ("that October", "DATE", "1867-10")],
    ),
    (
        (
            "His papers, formerly held by the family, were donated to the Ohio Historical Society in "
            "1954 and are currently being digitized."
        ),
        "2009-10-05",
        [("formerly", "DATE", "PAST_REF"), ("1954", "DATE", "1954"), ("currently", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "In February 1878 the Bolivian congress approved a tax of ten centavos per hundredweight "
            "on the Antofagasta Nitrate and Railway Company, in breach of a treaty signed four years "
            "earlier. When the company refused to pay, Bolivia announced that its property would be "
            "auctioned on 14 February 1879. On the morning of that day some 500 Chilean troops "
            "landed at Antofagasta and occupied the port without resistance."
        ),
        "2014-03-02",
        [
            ("February 1878", "DATE", "1878-02"),
            ("four years earlier", "DATE", "1874"),
            ("14 February 1879", "DATE", "1879-02-14"),
            ("the morning of that day", "TIME", "1879-02-14TMO"),
        ],
    ),
    (
        (
            "When the company refused to pay, Bolivia announced that its property would be auctioned "
            "on 14 February 1879. On the morning of that day some 500 Chilean troops landed at "
            "Antofagasta and occupied the port without resistance. Bolivia declared war on 1 March, "
            "and Chile declared war on both allies on 5 April, after Peru refused to remain neutral."
        ),
        "2014-03-02",
        [
            ("14 February 1879", "DATE", "1879-02-14"),
            ("the morning of that day", "TIME", "1879-02-14TMO"),
            ("1 March", "DATE", "1879-03-01"),
            ("5 April", "DATE", "1879-04-05"),
        ],
    ),
    (
        ("The Goths under Vitiges besieged the city for a year and nine days, from March 537 to March 538."),
        "2009-11-02",
        [
            ("a year and nine days", "DURATION", "P1Y9D"),
            ("March 537", "DATE", "0537-03"),
            ("March 538", "DATE", "0538-03"),
        ],
    ),
    (
        (
            "In 541 and 542 the empire was struck by plague, which in the summer of 542 killed, "
            "according to Procopius, up to 10,000 people a day in the capital."
        ),
        "2009-11-02",
        [
            ("541", "DATE", "0541"),
            ("542", "DATE", "0542"),
            ("the summer of 542", "DATE", "0542-SU"),
            ("a day", "DURATION", "P1D"),
        ],
    ),
    (
        (
            "Venustiano Carranza, governor of Coahuila, proclaimed the Plan of Guadalupe on 26 March "
            "1913, and by the summer of 1914 the Constitutionalist armies were converging on the "
            'capital from the north. "March south, and do not stop until you reach Mexico City," '
            "Villa is said to have told his officers."
        ),
        "2010-11-20",
        [("26 March 1913", "DATE", "1913-03-26"), ("the summer of 1914", "DATE", "1914-SU")],
    ),
    (
        (
            "The battle was fought on 28 June 1709 by the Swedish calendar (27 June O.S., 8 July "
            "N.S.), beginning before dawn. Charles, wounded in the foot some ten days earlier, had "
            "to be carried on a litter. By midday the Swedish infantry had been destroyed, and three "
            "days later the remnants of the army surrendered at Perevolochna."
        ),
        "2014-03-02",
        [
            ("28 June 1709", "DATE", "1709-06-28"),
            ("27 June", "DATE", "1709-06-27"),
            ("8 July", "DATE", "1709-07-08"),
            ("dawn", "TIME", "1709-06-28TMO"),
            ("some ten days earlier", "DATE", "1709-06-18", "APPROX"),
            ("midday", "TIME", "1709-06-28T12:00"),
            ("three days later", "DATE", "1709-07-01"),
        ],
    ),
    (
        (
            "Talks at Évian produced a ceasefire agreement on 18 March 1962, and the guns fell "
            "silent at noon the following day. In a referendum on 1 July, Algerians voted almost "
            "unanimously for independence; France recognised it two days later, and Algeria "
            "celebrated it on 5 July, the anniversary of the French capture of Algiers in 1830. By "
            "the end of the year some 900,000 pieds-noirs had left for France."
        ),
        "2014-11-01",
        [
            ("18 March 1962", "DATE", "1962-03-18"),
            ("noon the following day", "TIME", "1962-03-19T12:00"),
            ("1 July", "DATE", "1962-07-01"),
            ("two days later", "DATE", "1962-07-03"),
            ("5 July", "DATE", "1962-07-05"),
            ("the anniversary of the French capture of Algiers", "DATE", "1962-07-05"),
            ("1830", "DATE", "1830"),
            ("the end of the year", "DATE", "1962", "END"),
        ],
    ),
    (
        (
            "Port Arthur surrendered on 2 January 1905 after a siege of 154 days.\n\nMeanwhile, the "
            "field armies met at Liaoyang in late August and on the Shaho in October. Neither battle "
            "was decisive, and both sides dug in for the winter.\n\n1905\n\nReinforced by Nogi's "
            "veterans, Marshal Ōyama attacked at Mukden in late February."
        ),
        "2018-02-08",
        [
            ("2 January 1905", "DATE", "1905-01-02"),
            ("154 days", "DURATION", "P154D"),
            ("late August", "DATE", "1904-08", "END"),
            ("October", "DATE", "1904-10"),
            ("the winter", "DATE", "1904-WI"),
            ("1905", "DATE", "1905"),
            ("late February", "DATE", "1905-02", "END"),
        ],
    ),
    (
        (
            "Alfonso VI (reigned 1065–1109) took Toledo on 25 May 1085. The following year the "
            "Almoravids crossed the strait, and on 23 October 1086 they routed him at Sagrajas."
        ),
        "2012-01-01",
        [
            ("1065", "DATE", "1065"),
            ("1109", "DATE", "1109"),
            ("25 May 1085", "DATE", "1085-05-25"),
            ("The following year", "DATE", "1086"),
            ("23 October 1086", "DATE", "1086-10-23"),
        ],
    ),
    (
        (
            "Henry II (1133–1189) became king in 1154. In the spring of the following year he "
            "marched on Wales."
        ),
        "2012-01-01",
        [
            ("1133", "DATE", "1133"),
            ("1189", "DATE", "1189"),
            ("1154", "DATE", "1154"),
            ("the spring of the following year", "DATE", "1155-SP"),
        ],
    ),
    (
        (
            "Alfonso VI (1040–1109) took Toledo on 25 May 1085. Three years later the Almoravids "
            "crossed the strait."
        ),
        "2012-01-01",
        [
            ("1040", "DATE", "1040"),
            ("1109", "DATE", "1109"),
            ("25 May 1085", "DATE", "1085-05-25"),
            ("Three years later", "DATE", "1088"),
        ],
    ),
    (
        ("Hannibal (247–183 BC) crossed the Alps in 218 BC. The following year he won at Trasimene."),
        "2012-01-01",
        [
            ("247", "DATE", "BC0247"),
            ("183 BC", "DATE", "BC0183"),
            ("218 BC", "DATE", "BC0218"),
            ("The following year", "DATE", "BC0217"),
        ],
    ),
    (
        (
            "The Iraq War was an armed conflict that began on 20 March 2003 with the invasion of "
            "Iraq by a coalition led by the United States and ended with the withdrawal of the last "
            "American troops on 18 December 2011. Ten years after the invasion, its legacy remains "
            "bitterly disputed."
        ),
        "2013-03-20",
        [
            ("20 March 2003", "DATE", "2003-03-20"),
            ("18 December 2011", "DATE", "2011-12-18"),
            ("Ten years after the invasion", "DATE", "2013"),
        ],
    ),
    (
        (
            "He landed at Fréjus on 9 October, and a month later, on 18 Brumaire Year VIII (9 "
            "November 1799), he overthrew the Directory in a coup d'état. The Consulate was "
            "proclaimed the next day."
        ),
        "2014-07-02",
        [
            ("9 October", "DATE", "1799-10-09"),
            ("a month later", "DATE", "1799-11"),
            ("18 Brumaire Year VIII", "DATE", "1799-11-09"),
            ("9 November 1799", "DATE", "1799-11-09"),
            ("the next day", "DATE", "1799-11-10"),
        ],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Romania, Serbia and Montenegro became fully independent, and Russia kept Kars and Batum "
            "for forty years, until 1918. Some historians now see the war as the beginning of the "
            "modern Balkan state system. Today, 3 March is Bulgaria's national holiday."
        ),
        "2010-03-14",
        [
            ("forty years", "DURATION", "P40Y"),
            ("1918", "DATE", "1918"),
            ("now", "DATE", "PRESENT_REF"),
            ("Today", "DATE", "PRESENT_REF"),
            ("3 March", "DATE", "XXXX-03-03"),
        ],
    ),
    (
        (
            "The anniversary of the surrender is today a national holiday in Bangladesh, and "
            "ceremonies are held annually in Dhaka and New Delhi."
        ),
        "2011-06-20",
        [("today", "DATE", "PRESENT_REF"), ("annually", "SET", "P1Y")],
    ),
    (
        (
            "Today 27 January is marked in Russia as a day of military glory, and survivors gather "
            "annually at the Piskaryovskoye Memorial Cemetery, where some 420,000 victims are buried "
            "in mass graves."
        ),
        "2019-01-27",
        [("Today", "DATE", "PRESENT_REF"), ("27 January", "DATE", "XXXX-01-27"), ("annually", "SET", "P1Y")],
    ),
    (
        (
            "Justinian I was Byzantine emperor from 527 to 565. Born around 482 in a Latin-speaking "
            "village of the Balkans, he rose through the patronage of his uncle Justin I, who "
            "adopted him and made him co-emperor on 1 April 527."
        ),
        "2009-11-02",
        [
            ("527", "DATE", "0527"),
            ("565", "DATE", "0565"),
            ("around 482", "DATE", "0482", "APPROX"),
            ("1 April 527", "DATE", "0527-04-01"),
        ],
    ),
    (
        (
            "The staff of the First Allied Airborne Army had only a week to prepare an operation "
            "that would normally have taken months."
        ),
        "2013-03-02",
        [("only a week", "DURATION", "P1W"), ("months", "DURATION", "PXM")],
    ),
    (
        (
            "The Suez Crisis, also known as the Tripartite Aggression, was an invasion of Egypt in "
            "late 1956 by Israel, followed by the United Kingdom and France. When Egypt refused, "
            "Anglo-French aircraft began bombing Egyptian airfields on the evening of 31 October. "
            "Nasser responded by sinking some 40 ships in the canal, blocking it until early 1957. "
            "British and French paratroopers landed at Port Said on 5 November, followed by seaborne "
            "forces the following morning."
        ),
        "2016-10-29",
        [
            ("late 1956", "DATE", "1956", "END"),
            ("the evening of 31 October", "TIME", "1956-10-31TEV"),
            ("early 1957", "DATE", "1957", "START"),
            ("5 November", "DATE", "1956-11-05"),
            ("the following morning", "TIME", "1956-11-06TMO"),
        ],
    ),
    (
        (
            "By the 1830s British merchants were shipping some 30,000 chests of Indian opium a year "
            "to Canton, and the silver paid for them was draining the Qing treasury."
        ),
        "2012-08-20",
        [("the 1830s", "DATE", "183"), ("a year", "DURATION", "P1Y")],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_29(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_29_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
