"""Cases from the thirty-first probe (session of 2026-12-05): histories and biographies written by
helpers that had not seen the rules, each passage cut to the sentences that show one class of
error the tagger made before the fix. Among them: a count of decades restated by its year ("A
decade later, in 1671") is that year; "By evening" before the count of its clause's subject.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "On the night of 25 August 1661 he observed a lunar eclipse, noting the start of "
            "totality at a quarter to midnight. A decade later, in 1671, he published Van Kansen (On "
            "Chances), a short work in which he calculated that the odds against throwing a double "
            "six with two dice were 35 to 1."
        ),
        "2009-07-20",
        [
            ("the night of 25 August 1661", "TIME", "1661-08-25TNI"),
            ("a quarter to midnight", "TIME", "1661-08-25T23:45"),
            ("A decade later", "DATE", "1671"),
            ("1671", "DATE", "1671"),
        ],
    ),
    (
        (
            "On 2 August 216 BC the consuls Lucius Aemilius Paullus and Gaius Terentius Varro met "
            "Hannibal near Cannae in Apulia. The two consuls held the command daily in turn, and "
            "Varro, who had it that day, chose to give battle. By evening between 50,000 and 70,000 "
            "Romans lay dead, among them Paullus and some eighty senators."
        ),
        "2010-03-14",
        [
            ("2 August 216 BC", "DATE", "BC0216-08-02"),
            ("daily", "SET", "P1D"),
            ("that day", "DATE", "BC0216-08-02"),
            ("evening", "TIME", "BC0216-08-02TEV"),
        ],
    ),
    (
        (
            "It began on February 23, 1836, when Mexican troops under General Antonio López de Santa "
            "Anna entered the town, and ended with the fall of the mission on Sunday, March "
            "6.\n\nPrelude\nTexian forces had taken Béxar in December 1835, after a siege of nearly two "
            "months. Over the winter, many volunteers went home, and the garrison dwindled to about "
            "100 men. Lieutenant Colonel William B. Travis arrived on February 3 with some 30 "
            "cavalrymen; James Bowie had come two weeks earlier with orders to remove the artillery, "
            "but decided to stay."
        ),
        "2010-03-01",
        [
            ("February 23, 1836", "DATE", "1836-02-23"),
            ("Sunday, March 6", "DATE", "1836-03-06"),
            ("December 1835", "DATE", "1835-12"),
            ("nearly two months", "DURATION", "P2M", "APPROX"),
            ("the winter", "DATE", "1835-WI"),
            ("February 3", "DATE", "1836-02-03"),
            ("two weeks earlier", "DATE", "1836-W03"),
        ],
    ),
    (
        (
            "The campaign was followed by a second invasion in the summer of 1417. By the Treaty of "
            "Troyes, sealed in May 1420, in the eighth year of his reign, Henry was recognised as "
            "heir to Charles VI. He died two years later and never wore the French crown."
        ),
        "2010-07-02",
        [
            ("the summer of 1417", "DATE", "1417-SU"),
            ("May 1420", "DATE", "1420-05"),
            ("the eighth year of his reign", "DATE", "1420"),
            ("two years later", "DATE", "1422"),
        ],
    ),
    (
        (
            "The battle was fought on Friday 25 October 1415, St Crispin's Day. It had rained "
            "heavily during the night, and the newly ploughed field was deep in mud."
        ),
        "2010-07-02",
        [
            ("Friday 25 October 1415", "DATE", "1415-10-25"),
            ("St Crispin's Day", "DATE", "1415-10-25"),
            ("the night", "TIME", "1415-10-24TNI"),
        ],
    ),
    (
        (
            "It was launched on the morning of 14 October 1529 and failed. Salm, who was 70 years "
            "old, was wounded in this last action and died the following year. That night the "
            "Janissaries burned their camp and killed their prisoners, and the army began the long "
            "march back to Constantinople, which it reached in mid-December."
        ),
        "2010-05-05",
        [
            ("the morning of 14 October 1529", "TIME", "1529-10-14TMO"),
            ("70 years old", "DURATION", "P70Y"),
            ("the following year", "DATE", "1530"),
            ("That night", "TIME", "1529-10-14TNI"),
            ("mid-December", "DATE", "1529-12", "MID"),
        ],
    ),
    (
        (
            "In January 1944 General Dwight D. Eisenhower was appointed Supreme Commander, and the "
            "landings were postponed by a month so that more landing craft could be built. The "
            "invasion was set for 5 June, but on the morning of 4 June the chief meteorologist, "
            "Group Captain James Stagg, forecast a storm. At a meeting at Southwick House at 0415 "
            'hours the next day, Eisenhower decided to go ahead on Tuesday, 6 June, saying "OK, '
            "let's go\"."
        ),
        "2009-06-05",
        [
            ("January 1944", "DATE", "1944-01"),
            ("a month", "DURATION", "P1M"),
            ("5 June", "DATE", "1944-06-05"),
            ("the morning of 4 June", "TIME", "1944-06-04TMO"),
            ("0415 hours the next day", "TIME", "1944-06-05T04:15"),
            ("Tuesday, 6 June", "DATE", "1944-06-06"),
        ],
    ),
    (
        (
            "In January 1944 Eisenhower was appointed Supreme Commander. The invasion was set for 5 "
            "June, but on the morning of 4 June the chief meteorologist, Group Captain James Stagg, "
            "forecast a storm. At a meeting at 0415 hours the next day, Eisenhower decided to go "
            "ahead."
        ),
        "2009-06-05",
        [
            ("January 1944", "DATE", "1944-01"),
            ("5 June", "DATE", "1944-06-05"),
            ("the morning of 4 June", "TIME", "1944-06-04TMO"),
            ("0415 hours the next day", "TIME", "1944-06-05T04:15"),
        ],
    ),
    (
        (
            "A government subsidy to the coal industry, granted on 31 July 1925, a day the labour "
            'movement called "Red Friday", was due to expire at the end of April.'
        ),
        "2010-05-03",
        [
            ("31 July 1925", "DATE", "1925-07-31"),
            ("Friday", "DATE", "1925-07-31"),
            ("the end of April", "DATE", "1926-04", "END"),
        ],
    ),
    (
        (
            "It began on February 23, 1836, and ended on Sunday, March 6.\n\nPrelude\nTexian forces had "
            "taken Béxar in December 1835. Over the winter, many volunteers went home. Travis "
            "arrived on February 3."
        ),
        "2010-03-01",
        [
            ("February 23, 1836", "DATE", "1836-02-23"),
            ("Sunday, March 6", "DATE", "1836-03-06"),
            ("December 1835", "DATE", "1835-12"),
            ("the winter", "DATE", "1835-WI"),
            ("February 3", "DATE", "1836-02-03"),
        ],
    ),
    (
        (
            "On the night of 25 August 1661 he saw the comet. A decade later, in 1671, he published "
            "Van Kansen."
        ),
        "2010-01-01",
        [
            ("the night of 25 August 1661", "TIME", "1661-08-25TNI"),
            ("A decade later", "DATE", "1671"),
            ("1671", "DATE", "1671"),
        ],
    ),
    (
        (
            "On 2 August 216 BC the consuls met Hannibal near Cannae. Varro, who had the command "
            "that day, chose to give battle. By evening between 50,000 and 70,000 Romans lay dead."
        ),
        "2010-03-14",
        [
            ("2 August 216 BC", "DATE", "BC0216-08-02"),
            ("that day", "DATE", "BC0216-08-02"),
            ("evening", "TIME", "BC0216-08-02TEV"),
        ],
    ),
]

NARRATIVE_ONLY: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The Agincourt campaign was a military expedition led by Henry V of England into "
            "Normandy and northern France in 1415, during the Hundred Years' War. Henry had "
            "succeeded his father on 20 March 1413 and, from the first year of his reign, pressed "
            "claims to the French crown and to the former Angevin lands."
        ),
        "2010-07-02",
        [
            ("1415", "DATE", "1415"),
            ("Hundred Years", "DURATION", "P100Y"),
            ("20 March 1413", "DATE", "1413-03-20"),
            ("the first year of his reign", "DATE", "1413"),
            ("former", "DATE", "PAST_REF"),
        ],
    ),
    (
        (
            "The Agincourt campaign was an expedition led by Henry V into France in 1415. Henry had "
            "succeeded his father on 20 March 1413 and, from the first year of his reign, pressed "
            "claims to the French crown."
        ),
        "2010-07-02",
        [
            ("1415", "DATE", "1415"),
            ("20 March 1413", "DATE", "1413-03-20"),
            ("the first year of his reign", "DATE", "1413"),
        ],
    ),
    (
        (
            "The stoppage began at midnight on Monday, 3 May 1926. On Tuesday morning about 1.7 "
            "million workers stayed away. From the weekend onward, however, there were clashes."
        ),
        "2010-05-03",
        [
            ("midnight on Monday, 3 May 1926", "TIME", "1926-05-03T24:00"),
            ("Tuesday morning", "TIME", "1926-05-04TMO"),
            ("the weekend", "DATE", "1926-W18-WE"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["narrative", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_narrative_probe_31(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE_ONLY)
def test_narrative_probe_31_narrative_only(text: str, dct: str, expected: list[tuple]) -> None:
    timexes = annotate(text, dct=dct, domain="narrative")
    assert_found(timexes, expected)
