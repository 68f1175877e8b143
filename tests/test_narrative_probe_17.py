"""A thirty-fifth and thirty-sixth probe of narrative mode: Wikipedia-style histories of wars of
1500-1900 (the Eighty Years' War to the Boer War) and of 20th-century wars (the Russo-Japanese
War to the Kosovo war).

What they found and these cases pin down: "A fortnight after the invasion," is one date counted
from the event, as "Two weeks after" is; "Fifty years on," so long after the story's date; "heavy
fighting" is a noun phrase whose "-ing" takes no object ("After three weeks of heavy fighting the
British withdrew"); "the years afterwards", "the years following" an event, "the years since"
before a clause are lengths left open; a history's "the same period" is no reporting quarter; a
heading above the lead leaves the lead's range the story's start, and the first range a lead
gives is the war's; a November after "the winter of 1854-55" is the one the winter came in; a
day a present-day sentence says "remains a day of mourning" is that day of every year; a fronted
count from an event a name says counts from the date the text gave that name. A second round
(ancient and medieval wars; the Americas, Asia and Africa, the World Wars): a count of months
after a year the story has moved on to is of that year; a count from an event that ends the clause
a year opens restates that year; half years and centuries counted from an event are dates; "had"
before a noun and a participle is a causative; "a decade later" is a year ten on. A third round
(wars of 1600-1950 and after 1900): a day before the start of the war the lead dates is of the
war's next year; a holiday that a dated day "is celebrated as" is that day of every year. A fourth
(whole articles of all periods): a count from an event told as a clause with its object ("four
days after the news reached Washington") restates the date before it, as does "five years to the
day after the assassination" (a fifth round).

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # "A fortnight after the invasion," is one date counted from the event, as "Two weeks after" is.
    (
        "The Soviets invaded on 30 November 1939. A fortnight after the invasion, the League acted.",
        [("30 November 1939", "DATE", "1939-11-30"), ("A fortnight after the invasion", "DATE", "1939-W50")],
    ),
    # "Fifty years on," is so long after the story's date.
    (
        "The Korean War ended in 1953. Fifty years on, the two leaders met.",
        [("1953", "DATE", "1953"), ("Fifty years on", "DATE", "2003")],
    ),
    # "heavy fighting" is a noun phrase: the subject of the next clause is not its object.
    (
        "On 26 May 1942 Rommel attacked. After three weeks of heavy fighting the British withdrew.",
        [("26 May 1942", "DATE", "1942-05-26"), ("three weeks of heavy fighting", "DURATION", "P3W")],
    ),
    # "the years afterwards", "the years following" an event, "the years since" before a clause: lengths
    # left open.
    (
        "Tens of thousands were executed during the war and in the years afterwards.",
        [("years", "DURATION", "PXY")],
    ),
    (
        "Carthage spent the years following the First Punic War rebuilding its fleet.",
        [("years", "DURATION", "PXY")],
    ),
    (
        "The war ended in 1991, and in the years since it has been studied widely.",
        [("1991", "DATE", "1991"), ("the years since", "DURATION", "PXY")],
    ),
    # "the same period" of a history is no reporting quarter.
    (
        (
            "The war ended in 1953. Since the 1990s, the two Koreas have held summits. During "
            "the same period trade grew."
        ),
        [("1953", "DATE", "1953"), ("the 1990s", "DATE", "199"), ("the same period", "DATE", "199")],
    ),
    # A heading above the lead: the lead's range still starts the story.
    (
        "Causes\n\nThe war lasted from 1853 to 1856. Tensions had grown the previous year.",
        [("1853", "DATE", "1853"), ("1856", "DATE", "1856"), ("the previous year", "DATE", "1852")],
    ),
    # The first range a lead gives is the war's; a second one does not move its start.
    (
        (
            "The Gulf War had two phases: Desert Shield, from August 1990 to January 1991, and "
            "Desert Storm, from 17 January to 28 February 1991.\n\nBuildup\n\nOn 7 August the first "
            "troops were sent."
        ),
        [
            ("August 1990", "DATE", "1990-08"),
            ("January 1991", "DATE", "1991-01"),
            ("17 January", "DATE", "1991-01-17"),
            ("28 February 1991", "DATE", "1991-02-28"),
            ("7 August", "DATE", "1990-08-07"),
        ],
    ),
    # A November after "the winter of 1854-55" is the one the winter came in.
    (
        (
            "The army landed on 5 November 1854. The winter of 1854–55 brought suffering. A "
            "storm on 14 November sank many ships."
        ),
        [
            ("5 November 1854", "DATE", "1854-11-05"),
            ("The winter of 1854–55", "DATE", "1854-WI"),
            ("14 November", "DATE", "1854-11-14"),
        ],
    ),
    # A day a present-day sentence says "remains a day of mourning" is that day of every year.
    (
        "The battle was fought on 8 July 1709. Today 8 July remains a day of mourning in Sweden.",
        [
            ("8 July 1709", "DATE", "1709-07-08"),
            ("Today", "DATE", "PRESENT_REF"),
            ("8 July", "DATE", "XXXX-07-08"),
        ],
    ),
    # A fronted count from an event a name says counts from the date the text gave that name.
    (
        (
            "The Gulf War ended in 1991. The Iran-Iraq War had raged around Basra in 1987. Eight "
            "years after the Gulf War, NATO began bombing."
        ),
        [
            ("1991", "DATE", "1991"),
            ("1987", "DATE", "1987"),
            ("Eight years after the Gulf War", "DATE", "1999"),
        ],
    ),
    # A count of months after a year the story has moved on to is of that year, not of an older month.
    (
        (
            "In August 1096 the armies left. In 1097 they besieged Nicaea. The city surrendered "
            "two months later."
        ),
        [
            ("August 1096", "DATE", "1096-08"),
            ("1097", "DATE", "1097"),
            ("two months later", "DATE", "1097-XX"),
        ],
    ),
    # A count from an event that ends the clause a year opens restates that year.
    (
        "In 1291 Acre fell, two hundred years after the council.",
        [("1291", "DATE", "1291"), ("two hundred years after the council", "DATE", "1291")],
    ),
    # Counts of half years and of centuries from an event are dates too.
    (
        "Pericles died in 429 BC, two and a half years after the war began.",
        [("429 BC", "DATE", "BC0429"), ("two and a half years after the war began", "DATE", "BC0429")],
    ),
    (
        "The colony was founded in 46 BC, a century after the destruction of Carthage.",
        [("46 BC", "DATE", "BC0046"), ("a century after the destruction of Carthage", "DATE", "BC0046")],
    ),
    # "had" before a noun and what was done to it is a causative, no step back.
    (
        "In March 1979 a rising broke out in Herat. In September, Amin had student leaders arrested.",
        [("March 1979", "DATE", "1979-03"), ("September", "DATE", "1979-09")],
    ),
    # "a decade later", "A century later": a year so many years on.
    (
        "The treaty was signed in 1901. The dynasty fell a decade later.",
        [("1901", "DATE", "1901"), ("a decade later", "DATE", "1911")],
    ),
    # A third round (wars of 1600-1950 and after 1900): a day before the start of the war its lead
    # dates is of the war's next year; a holiday a day "is celebrated as" in a relative clause is that
    # day of every year.
    (
        "The siege lasted from 5 March 1690 to 2 February 1691. On 10 February the garrison marched out.",
        [
            ("5 March 1690", "DATE", "1690-03-05"),
            ("2 February 1691", "DATE", "1691-02-02"),
            ("10 February", "DATE", "1691-02-10"),
        ],
    ),
    (
        "The flag was raised on 25 March 1821, which is celebrated as Independence Day.",
        [("25 March 1821", "DATE", "1821-03-25"), ("Independence Day", "DATE", "XXXX-03-25")],
    ),
    # A count from an event told as a clause with its object ("after the news reached Washington")
    # restates the date before it.
    (
        "Congress declared war on 13 May 1846, four days after the news reached Washington.",
        [
            ("13 May 1846", "DATE", "1846-05-13"),
            ("four days after the news reached Washington", "DATE", "1846-05-13"),
        ],
    ),
    # A fifth round: "five years to the day after the assassination" is one date, as "five years
    # after" is.
    (
        "The treaty was signed on 28 June 1919, five years to the day after the assassination.",
        [
            ("28 June 1919", "DATE", "1919-06-28"),
            ("five years to the day after the assassination", "DATE", "1919"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_17(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
