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
- A fourth round: a year a relative clause counts a state "since" ("which had not fought since the
  border war with India in 1962") is no time the story moves to; a pluperfect's month right after
  the story's ("Mack had advanced into Bavaria in early September" after 25 August 1805) is that
  year's; a pluperfect's clause reaches across a place's apposition ("had pushed to Novocherkassk,
  the Don Cossack capital, during the winter").
- A fifth round: "spent the next decade" is a length, and so is "For decades after 1945";
  Washington's Birthday was 22 February before 1971 (Memorial Day 30 May, Columbus Day 12 October).
- A sixth round: "Warwick and March landed" names the earl; a date in another calendar's bracket
  ("(6 November in the Julian calendar then used in Protestant Germany)") restates the day, which
  stays the story's; "30 January 1648/9" is 1649's.
- A seventh round: a day of every year set off by its apposition ("26 October, the feast of Saint
  Demetrius and the anniversary of the liberation of Thessaloniki, is still celebrated each year")
  is any year's, and so is the anniversary in it.
- An eighth round: "For decades after her death" is a length; "invaded the Morea that July but was
  destroyed" and "and that autumn Villa led his troops" keep "that" (a name after a season in the
  lower case is its clause's subject).
- A tenth round: a look ahead past the story ("went on to reach the finals in Mexico the following
  year") leaves the story where it was.
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
    (
        "The Sino-Vietnamese War was a brief border war fought between China and Vietnam in early 1979. "
        "The PLA, which had not fought a major campaign since the border war with India in 1962, was "
        "exposed as poorly equipped. Deng used these failures to press for modernisation, and the "
        "following year the army began a sweeping reorganisation.",
        "2010-02-17",
        [
            ("early 1979", "DATE", "1979", "START"),
            ("1962", "DATE", "1962"),
            ("the following year", "DATE", "1980"),
        ],
    ),
    (
        "On 25 August 1805 the Grande Armée began its march from the Channel coast. Mack had advanced "
        "into Bavaria in early September.",
        "2010-03-14",
        [("25 August 1805", "DATE", "1805-08-25"), ("early September", "DATE", "1805-09", "START")],
    ),
    (
        "In the spring of 1919 the Armed Forces of South Russia were still confined to the Kuban. The Red "
        "Army's Southern Front had pushed to within a few miles of Novocherkassk, the Don Cossack "
        "capital, during the winter, but the Bolshevik advance stalled in February.",
        "2010-03-14",
        [
            ("the spring of 1919", "DATE", "1919-SP"),
            # (The pluperfect tells the winter before the spring, 1918-19, which began in 1918; the
            # February it stalled in is that winter's.)
            ("the winter", "DATE", "1918-WI"),
            ("February", "DATE", "1919-02"),
        ],
    ),
    (
        "The general fled Hungary in the autumn of 1851. He spent the next decade moving between London, "
        "Paris and Turin. For decades after 1945 the communist authorities ignored him.",
        "2010-03-14",
        [
            ("the autumn of 1851", "DATE", "1851-FA"),
            ("the next decade", "DURATION", "P10Y"),
            ("decades", "DURATION", "PXY"),
            ("1945", "DATE", "1945"),
        ],
    ),
    (
        "The Six-Day War began on 5 June 1967. On 10 June Syria accepted the ceasefire, and it took "
        "effect at 18:30 that evening.",
        "2011-06-05",
        [
            ("Six-Day", "DURATION", "P6D"),
            ("5 June 1967", "DATE", "1967-06-05"),
            ("10 June", "DATE", "1967-06-10"),
            ("18:30", "TIME", "1967-06-10T18:30"),
            ("that evening", "TIME", "1967-06-10TEV"),
        ],
    ),
    (
        "Santa Anna marched north in February 1847. The battle began on February 22, Washington's "
        "Birthday, and ended the next evening.",
        "2009-11-02",
        [
            ("February 1847", "DATE", "1847-02"),
            ("February 22", "DATE", "1847-02-22"),
            ("Washington's Birthday", "DATE", "1847-02-22"),
            ("the next evening", "TIME", "1847-02-23TEV"),
        ],
    ),
    (
        "Warwick and March landed at Sandwich in June 1460. The armies met at Lützen on 16 November 1632 "
        "(6 November in the Julian calendar then used in Protestant Germany). Fog lifted around midday.",
        "2010-05-01",
        [
            ("June 1460", "DATE", "1460-06"),
            ("16 November 1632", "DATE", "1632-11-16"),
            ("6 November", "DATE", "1632-11-06"),
            ("around midday", "TIME", "1632-11-16T12:00", "APPROX"),
        ],
    ),
    (
        "Charles I was tried in January 1649 and beheaded on 30 January 1648/9 outside the Banqueting House.",
        "2010-05-01",
        [("January 1649", "DATE", "1649-01"), ("30 January 1648/9", "DATE", "1649-01-30")],
    ),
    (
        "The city fell to the Greek army on 26 October 1912. In Greece, 26 October, the feast of Saint "
        "Demetrius and the anniversary of the liberation of Thessaloniki, is still celebrated each year.",
        "2011-04-12",
        [
            ("26 October 1912", "DATE", "1912-10-26"),
            ("26 October", "DATE", "XXXX-10-26"),
            ("the anniversary of the liberation of Thessaloniki", "DATE", "XXXX-10-26"),
            ("each year", "SET", "P1Y"),
        ],
    ),
    (
        "For decades after her death Aubry-Lenoir was largely forgotten. An Ottoman army invaded the "
        "Morea in 1822. A second army invaded the Morea that July but was destroyed at Dervenakia.",
        "2010-03-14",
        [("decades", "DURATION", "PXY"), ("1822", "DATE", "1822"), ("that July", "DATE", "1822-07")],
    ),
    (
        "Villa's army was routed at Celaya in April 1915, and that autumn Villa led his remaining troops "
        "north.",
        "2010-03-14",
        [("April 1915", "DATE", "1915-04"), ("that autumn", "DATE", "1915-FA")],
    ),
    (
        "El Salvador won the play-off on 27 June 1969 and went on to reach the finals in Mexico the "
        "following year. At about 6:10 p.m. on 14 July, the Salvadoran air force struck.",
        "2010-02-08",
        [
            ("27 June 1969", "DATE", "1969-06-27"),
            ("the following year", "DATE", "1970"),
            ("about 6:10 p.m. on 14 July", "TIME", "1969-07-14T18:10", "APPROX"),
        ],
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
