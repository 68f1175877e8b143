"""A twenty-seventh to thirty-fourth probe of narrative mode: Wikipedia-style histories of
ancient, medieval and early-modern wars (the Peloponnesian War to the Great Northern War), of
20th-century wars and campaigns (the Russo-Japanese War to the Falklands War), of wars in the
Americas, Africa and Asia, of the World Wars' battles, of wars of 1750-1950 and of wars after 1945.

What they found and these cases pin down: a day (or a part of one) a siege or a battle is counted
to after a preposition ("On the second day", "on the third evening", "towards the end of the
second day", as the WikiWars gold tags them) is that many days on from the story's day; an "of"
phrase stops before a verb in "-ing" that takes an object ("the last five years of his life
fighting Philip"); "that September" ends a participle's clause ("signed that September,"); a
winter after "early 52 BC" began the year before, as after "early 1461"; "the previous decades"
is a length; "three and a half months later" a date; a count that opens its sentence ("Eight
years after the evacuation he became ...") counts from its event; a sentence of the present day
("Today the battle is commemorated ...") or in the present perfect counts its years from the
writer's; an event the story comes to, told as a past verb's dated object ("won the election of
February 1936"), moves the story on; "After the failures of December" looks back; a night after
a clock time of the small hours began the day before; a season in a fronted pluperfect lies before
the story's time; a vague count after an event is one date ("a few weeks after winning a second
term"), as is a count after a pluperfect with a pronoun object; a night the story cannot date
before the era is BCXXXX-XX-XXTNI; "29 September commemorates", "is currently celebrated as" keep
a day every year; "the Winter Line", "Operation Thursday" are names, "a night airlift" no length.

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # A day (or its part) a siege or a battle is counted to: "On the second day", "the third evening".
    (
        (
            "The siege began on 6 April 1453. On the second day the walls were breached, and the "
            "looting ended on the third evening."
        ),
        [
            ("6 April 1453", "DATE", "1453-04-06"),
            ("the second day", "DATE", "1453-04-07"),
            # (The third evening of the siege, counted from its first day as the second is.)
            ("the third evening", "TIME", "1453-04-08TEV"),
        ],
    ),
    (
        (
            "Xerxes reached the pass in mid-August 480 BC. However, towards the end of the "
            "second day, the Greeks were betrayed."
        ),
        [
            ("mid-August 480 BC", "DATE", "BC0480-08", "MID"),
            ("the end of the second day", "DATE", "BC0480-08-XX", "END"),
        ],
    ),
    # An "of" phrase stops before a verb in "-ing" that takes an object.
    (
        "Richard spent the last five years of his life fighting Philip in France.",
        [("the last five years of his life", "DURATION", "P5Y")],
    ),
    # "that September" at the end of a participle's clause.
    (
        "In 1706 he invaded Saxony. The treaty, signed that September, ended the war.",
        [("1706", "DATE", "1706"), ("that September", "DATE", "1706-09")],
    ),
    # A winter after "early N BC" is the one that began the year before.
    (
        (
            "In early 52 BC the Gauls revolted. Caesar crossed the mountains in midwinter. He "
            "took the town in April."
        ),
        [
            ("early 52 BC", "DATE", "BC0052", "START"),
            ("midwinter", "DATE", "BC0053-WI", "MID"),
            ("April", "DATE", "BC0052-04"),
        ],
    ),
    # "the previous decades", "the preceding months": lengths left open.
    (
        "In 1453 the city fell. Many scholars had left the city in the previous decades.",
        [("1453", "DATE", "1453"), ("the previous decades", "DURATION", "PXY")],
    ),
    # "three and a half months later": a date, as "two and a half years later" is.
    (
        "The invasion began on 30 November 1939 and ended three and a half months later.",
        [("30 November 1939", "DATE", "1939-11-30"), ("three and a half months later", "DATE", "1940-03")],
    ),
    # A count that opens its sentence, then its event, then the clause it dates.
    (
        (
            "The last troops left on 9 January 1916. Eight years after the evacuation he became "
            "the first President. The war ended on 10 June 1967. Six years after the war Egypt "
            "and Syria attacked."
        ),
        [
            ("9 January 1916", "DATE", "1916-01-09"),
            ("Eight years after the evacuation", "DATE", "1924"),
            ("10 June 1967", "DATE", "1967-06-10"),
            ("Six years after the war", "DATE", "1973"),
        ],
    ),
    # A sentence of the present day counts its years from the writer's.
    (
        (
            "Henry V died in 1422. Today the battle is commemorated at Azincourt, where a new "
            "museum opened last year."
        ),
        [("1422", "DATE", "1422"), ("Today", "DATE", "PRESENT_REF"), ("last year", "DATE", "2008")],
    ),
    # An event the story comes to, told by its date as a past verb's object, moves the story on.
    (
        (
            "A general strike broke out in October 1934. The Popular Front narrowly won the "
            "election of February 1936. Through the spring political violence increased, and on "
            "13 July Calvo Sotelo was murdered."
        ),
        [
            ("October 1934", "DATE", "1934-10"),
            ("February 1936", "DATE", "1936-02"),
            ("the spring", "DATE", "1936-SP"),
            ("13 July", "DATE", "1936-07-13"),
        ],
    ),
    # Events a history names by their month, looking back to them: the last such month.
    (
        (
            "Stalin reorganised the army in February 1940. After the failures of December he "
            "appointed Timoshenko."
        ),
        [("February 1940", "DATE", "1940-02"), ("December", "DATE", "1939-12")],
    ),
    (
        (
            "The offensive resumed in March 1919. The defeats of November had shaken the army. "
            "The rains of April slowed it."
        ),
        [("March 1919", "DATE", "1919-03"), ("November", "DATE", "1918-11"), ("April", "DATE", "1919-04")],
    ),
    # A part of a day the story cannot date, in a story before the era, is written with "BC".
    (
        "The Persian fleet sailed in 480 BC. The Greeks attacked at night.",
        [("480 BC", "DATE", "BC0480"), ("night", "TIME", "BCXXXX-XX-XXTNI")],
    ),
    # A night after a clock time of the small hours is the night that began the day before.
    (
        (
            "The invasion began on 5 June 1944. At 1 a.m. on 6 June, paratroopers began to jump. "
            "They fought through the night. At dawn the landings began."
        ),
        [
            ("5 June 1944", "DATE", "1944-06-05"),
            ("1 a.m. on 6 June", "TIME", "1944-06-06T01:00"),
            ("the night", "TIME", "1944-06-05TNI"),
            ("dawn", "TIME", "1944-06-06TMO"),
        ],
    ),
    # A season a sentence opening with "Over" tells in the pluperfect lies before the story's time.
    (
        (
            "The treaty was signed on 3 March 1918. Over the winter, fifty divisions had moved "
            "west. The attack began on 21 March."
        ),
        [
            ("3 March 1918", "DATE", "1918-03-03"),
            ("the winter", "DATE", "1917-WI"),
            ("21 March", "DATE", "1918-03-21"),
        ],
    ),
    # The present perfect counts a history's "this autumn" from the writer's time.
    (
        "He died in May 1964. Tensions have flared again this autumn.",
        [("May 1964", "DATE", "1964-05"), ("this autumn", "DATE", "2009-FA")],
    ),
    # A day and month that is the subject of "commemorates" is kept every year.
    (
        "The border was agreed in April 2009. In Paraguay, 29 September commemorates Boquerón.",
        [("April 2009", "DATE", "2009-04"), ("29 September", "DATE", "XXXX-09-29")],
    ),
    # A vague count after an event, a gerund with its object too: one date the count leaves open.
    (
        (
            "Obregon was shot in 1928, a few weeks after winning a second term. The city fell in "
            "1930, a few days after the battle."
        ),
        [
            ("1928", "DATE", "1928"),
            ("a few weeks after winning a second term", "DATE", "XXXX-WXX"),
            ("1930", "DATE", "1930"),
            ("a few days after the battle", "DATE", "XXXX-XX-XX"),
        ],
    ),
    # A day kept every year, "currently celebrated"; a count's phrase ends before its verb "cost".
    (
        (
            "Golda Meir resigned in April 1974. In Egypt 6 October is currently celebrated as "
            "Armed Forces Day. The two days of fighting cost nearly 24,000 casualties."
        ),
        [
            ("April 1974", "DATE", "1974-04"),
            ("6 October", "DATE", "XXXX-10-06"),
            ("currently", "DATE", "PRESENT_REF"),
            ("Armed Forces Day", "DATE", "XXXX-10-06"),
            ("The two days of fighting", "DURATION", "P2D"),
        ],
    ),
    # A count after an event told in the pluperfect with a pronoun object is one date.
    (
        "The partisans entered the town on 2 May 1945, three days after the enemy had abandoned it.",
        [
            ("2 May 1945", "DATE", "1945-05-02"),
            ("three days after the enemy had abandoned it", "DATE", "1945-05-02"),
        ],
    ),
    # Names: "the Winter Line", "Operation Thursday"; "a night airlift" is no length.
    (
        (
            "The Allies were stopped at the Winter Line in December 1943. Operation Thursday "
            "began in March 1944. The army mounted a night airlift in June 1948."
        ),
        [
            ("December 1943", "DATE", "1943-12"),
            ("March 1944", "DATE", "1944-03"),
            ("June 1948", "DATE", "1948-06"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_15(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
