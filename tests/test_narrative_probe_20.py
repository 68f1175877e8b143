"""A twentieth probe of narratives: histories of wars and revolutions from antiquity to the 20th
century (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories.

Readings these cases pin down:
- A month of a year of two digits in a story of the first century ("In May 66 the procurator",
  "in June 68 when Nero died") is a date, as "in 68" is.
- "the mid-880s", "the early 790s": a position in a decade of three digits.
- A day of the month said to be a holiday or a national day in the present ("6 July, is currently
  a public holiday", "14 July has been the national day of France") is that day of every year.
- "dawn on 18 March 1871", "at dawn on Sunday, 4 November 1956": the edge of the day named after
  it, two timexes (as "in the morning on 12 September" and "at first light Saturday").
- A count's "of" phrase ends before a participle ("ten days of fighting in the capital known as").
- In auto mode, a history of the first century that closes on a single "now" of its writer's
  present ("Masada is now one of Israel's most visited sites") still reads as a history.
- A second round: "shortly after dawn the next morning" steps to the next morning once; "Through
  the night both armies ..."; "a million visitors a year" is a rate (its period a length); "In her
  maiden speech that July she called", "fought at Antietam that September, where"; an event its year
  names that a past clause is at ("Her breakthrough came in the 2006 season", "held her seat at the
  2010 general election") is the story's time.
- A third round: a clause of its own after a reporting verb ("Plans were announced last month, and
  the council is expected to choose a sculptor this summer") and a month after the writer's "this
  year" in its sentence are the writer's; "a day celebrated in Haiti" is no length.
- A fourth round: "Talks broke down in early 1904, and on 8 February destroyers attacked": the days
  of the clause after the start of a year it tells are that year's; "The garrison had spent the
  winter" after 16 March 1812 is the winter just gone.

Publication date: DCT, unless a case gives its own.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate, annotate_document

DCT = "2010-06-15"

CASES: list[tuple[str, list[tuple]]] = [
    (
        (
            "The First Jewish–Roman War (66–73 AD) was the first of three major rebellions. "
            "In May 66 the procurator seized seventeen talents from the Temple treasury. The "
            "campaign was interrupted in June 68 when Nero committed suicide, and the "
            "following year four emperors ruled in turn. Vespasian himself was proclaimed "
            "emperor in July 69."
        ),
        [
            ("66", "DATE", "0066"),
            ("73 AD", "DATE", "0073"),
            ("May 66", "DATE", "0066-05"),
            ("June 68", "DATE", "0068-06"),
            ("the following year", "DATE", "0069"),
            ("July 69", "DATE", "0069-07"),
        ],
    ),
    (
        "The treaty, probably from the mid-880s, divided England between Alfred and Guthrum.",
        [("the mid-880s", "DATE", "088", "MID")],
    ),
    (
        (
            "Hus was burned at the stake on 6 July 1415. The anniversary of his death, 6 "
            "July, is currently a public holiday in the Czech Republic."
        ),
        [
            ("6 July 1415", "DATE", "1415-07-06"),
            ("6 July", "DATE", "XXXX-07-06"),
            ("currently", "DATE", "PRESENT_REF"),
        ],
    ),
    (
        "The Bastille was stormed on 14 July 1789. Since 1880, 14 July has been the national day of France.",
        [("14 July 1789", "DATE", "1789-07-14"), ("1880", "DATE", "1880"), ("14 July", "DATE", "XXXX-07-14")],
    ),
    (
        "Before dawn on 18 March 1871, troops tried to seize the cannon of the National Guard.",
        [("dawn", "TIME", "1871-03-18TMO"), ("18 March 1871", "DATE", "1871-03-18")],
    ),
    (
        "At dawn on Sunday, 4 November 1956, Soviet forces launched a large-scale attack.",
        [("dawn", "TIME", "1956-11-04TMO"), ("Sunday, 4 November 1956", "DATE", "1956-11-04")],
    ),
    (
        (
            "In February 1913, during ten days of fighting in the capital known as the decena "
            "tragica, General Huerta seized power."
        ),
        [("February 1913", "DATE", "1913-02"), ("ten days of fighting in the capital", "DURATION", "P10D")],
    ),
    # A second round (19th- and 20th-century wars, biographies).
    (
        (
            "On the night of 1 December 1805, Napoleon abandoned the Pratzen Heights. The "
            "battle began shortly after dawn the next morning, at about 8 a.m., in thick fog."
        ),
        [
            ("the night of 1 December 1805", "TIME", "1805-12-01TNI"),
            ("dawn", "TIME", "1805-12-02TMO"),
            ("the next morning", "TIME", "1805-12-02TMO"),
            ("about 8 a.m.", "TIME", "1805-12-02T08:00", "APPROX"),
        ],
    ),
    (
        (
            "On the morning of July 1, 1863, Confederate troops met Union cavalry west of "
            "Gettysburg. Through the night both armies brought up reinforcements."
        ),
        [("the morning of July 1, 1863", "TIME", "1863-07-01TMO"), ("the night", "TIME", "1863-07-01TNI")],
    ),
    (
        (
            "Vicksburg National Military Park was established in 1899 and now receives about "
            "a million visitors a year."
        ),
        [("1899", "DATE", "1899"), ("now", "DATE", "PRESENT_REF"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "She won the seat on 1 May 1997. In her maiden speech that July she called for more houses.",
        [("1 May 1997", "DATE", "1997-05-01"), ("that July", "DATE", "1997-07")],
    ),
    (
        "He was promoted in March 1862 and fought at Antietam that September, where he was wounded.",
        [("March 1862", "DATE", "1862-03"), ("that September", "DATE", "1862-09")],
    ),
    (
        (
            "In 2004 she played on the ITF circuit. Her breakthrough came in the 2006 season. "
            "In April she won her first title."
        ),
        [("2004", "DATE", "2004"), ("2006", "DATE", "2006"), ("April", "DATE", "2006-04")],
    ),
    (
        (
            "She resigned in June 2009. She held her seat at the 2010 general election. In "
            "September she returned to the front bench."
        ),
        [("June 2009", "DATE", "2009-06"), ("2010", "DATE", "2010"), ("September", "DATE", "2010-09")],
    ),
    # A fourth round (war histories).
    (
        (
            "The siege lasted from 1 August 1904 to 2 January 1905. Talks broke down in early "
            "1904, and on 8 February Japanese destroyers attacked. The Japanese landed in May "
            "and took Nanshan on 26 May."
        ),
        [
            ("1 August 1904", "DATE", "1904-08-01"),
            ("2 January 1905", "DATE", "1905-01-02"),
            ("early 1904", "DATE", "1904", "START"),
            ("8 February", "DATE", "1904-02-08"),
            ("May", "DATE", "1904-05"),
            ("26 May", "DATE", "1904-05-26"),
        ],
    ),
    (
        (
            "The allied army invested the city on 16 March 1812. The garrison had spent the "
            "winter strengthening the walls. On the night of 25 March the outlying Fort "
            "Picurina was stormed."
        ),
        [
            ("16 March 1812", "DATE", "1812-03-16"),
            ("the winter", "DATE", "1811-WI"),
            ("the night of 25 March", "TIME", "1812-03-25TNI"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_20(text: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)


#: (text, DCT, expected): cases of the writer's present in a history, which need their own DCT.
DATED_CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "She died on 30 January 1941. Plans were announced last month, and the council is "
            "expected to choose a sculptor this summer."
        ),
        "2010-03-08",
        [
            ("30 January 1941", "DATE", "1941-01-30"),
            ("last month", "DATE", "2010-02"),
            ("this summer", "DATE", "2010-SU"),
        ],
    ),
    (
        (
            "He died on 16 September 2006. The championships have been held in his name since "
            "2007, and this year they took place in late June."
        ),
        "2012-11-29",
        [
            ("16 September 2006", "DATE", "2006-09-16"),
            ("2007", "DATE", "2007"),
            ("this year", "DATE", "2012"),
            ("late June", "DATE", "2012-06", "END"),
        ],
    ),
    (
        "Independence was declared on 1 January 1804, a day celebrated in Haiti.",
        "2010-01-25",
        [("1 January 1804", "DATE", "1804-01-01")],
    ),
]


@pytest.mark.parametrize(("text", "dct", "expected"), DATED_CASES)
def test_narrative_probe_20_dated(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


HISTORY_OF_THE_FIRST_CENTURY = (
    "The First Jewish–Roman War (66–73 AD) was a rebellion against Rome. In May 66 riots broke "
    "out in Jerusalem. That summer the rebels stormed the Antonia fortress. In the autumn the g"
    "overnor marched on Jerusalem and was ambushed in November. Vespasian landed in Galilee in "
    "the spring of 67. The fortress of Jotapata fell in July. By the end of the year Galilee ha"
    "d been pacified. The campaign was interrupted in June 68, and the following year four empe"
    "rors ruled in turn. Titus began the siege of Jerusalem shortly before Passover in 70. The "
    "Romans breached the third wall in May. The Temple was burned in August, and by late Septem"
    "ber the whole city was in Roman hands. The Arch of Titus, built about a decade after the w"
    "ar, still stands in Rome. Masada is now one of Israel's most visited sites."
)


def test_a_history_of_the_first_century_closing_on_now_reads_as_one() -> None:
    document = annotate_document(HISTORY_OF_THE_FIRST_CENTURY, dct="2008-08-27", domain="auto")
    assert document.domain == "narrative"
    values = {timex.text: timex.value for timex in document.timexes}
    assert values["the autumn"] == "0066-FA"
    assert values["July"] == "0067-07"
    assert values["late September"] == "0070-09"
