"""A twenty-second to twenty-sixth probe of narrative mode: Wikipedia-style histories of ancient,
medieval and early-modern wars (the Second Punic War to the Seven Years' War), of 19th- and
20th-century wars (the Crimean War to the Six-Day War), of the major campaigns of the 20th
century (Gallipoli, the Pacific, Korea, Vietnam, the Gulf, Iraq and Afghanistan) and of wars in
the Americas, Africa and Asia (the War of 1812 to the Indo-Pakistani War of 1971).

What they found and these cases pin down: a lead that tells the war's end with the event it
ended with ("ended with an armistice signed on 27 July 1953"), in its second sentence after one
that names no time, or on its own ("The main fighting lasted until the autumn of 1920") gives no
time the story goes on from; a history brought up to within a couple of years of its writing
speaks of the writer's "this year", "last month", "earlier this year" (the WikiWars gold dates
"This year" and "next year" of the Iraq War's last section so); a later fate told by the way
("and died in Paris four years afterwards") is no time the story moves to; "The war's last year"
is its final one, no year before the DCT; sunrise and sunset are edges of the story's day; a
deadline an agreement set ("requiring troops to leave by the end of 2011") moves no story; in a
history brought up to its day, a month still to come in the future tense is the writer's, and a
count that lands after the DCT is no time its past has reached; the range a war ended in, told
in its lead ("ended with armistice agreements signed between February and July 1949"), is not
where the war's sections start again; "In June this year" is the writer's; a count told in the
present ("More than eight years later, some 110,000 troops are deployed") moves no story; "last
month" and "last week" are the writer's unless they stand in what a verb of saying reports; "A
night assault" is no length; "for years after the peace" is one.

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # A history's lead: the war's end told with the event it ended with, or in the lead's second sentence,
    # or on its own ("lasted until"), is no time the story goes on from.
    (
        (
            "The war began on 25 June 1950 and ended with an armistice signed on 27 July 1953. "
            "Seoul fell on 28 June."
        ),
        [
            ("25 June 1950", "DATE", "1950-06-25"),
            ("27 July 1953", "DATE", "1953-07-27"),
            ("28 June", "DATE", "1950-06-28"),
        ],
    ),
    (
        (
            "The campaign was a disaster. It lasted from 17 February 1915 to 9 January 1916. On "
            "18 March the fleet attacked."
        ),
        [
            ("17 February 1915", "DATE", "1915-02-17"),
            ("9 January 1916", "DATE", "1916-01-09"),
            ("18 March", "DATE", "1915-03-18"),
        ],
    ),
    (
        (
            "The offensive opened on 4 June 1916 and was called off on 20 September 1917. The "
            "first breakthrough came on 8 June."
        ),
        [
            ("4 June 1916", "DATE", "1916-06-04"),
            ("20 September 1917", "DATE", "1917-09-20"),
            ("8 June", "DATE", "1916-06-08"),
        ],
    ),
    (
        (
            "The Bolsheviks took power in November 1917. The main fighting lasted until the "
            "autumn of 1920. Officers formed an army in December."
        ),
        [
            ("November 1917", "DATE", "1917-11"),
            ("the autumn of 1920", "DATE", "1920-FA"),
            ("December", "DATE", "1917-12"),
        ],
    ),
    # A history brought up to its own day: "this year", "last month", "earlier this year" are the writer's.
    (
        "Karadzic was arrested in July 2008, and his trial opened in October this year.",
        [("July 2008", "DATE", "2008-07"), ("October this year", "DATE", "2009-10")],
    ),
    (
        (
            "Peru took the case to the court in January 2008. Earlier this year Bolivia adopted "
            "a new constitution, and its president was re-elected this month."
        ),
        [
            ("January 2008", "DATE", "2008-01"),
            ("Earlier this year", "DATE", "2009", "START"),
            ("this month", "DATE", "2009-12"),
        ],
    ),
    (
        (
            "The tribunal was set up in November 2008. The courts tried a million cases between "
            "2005 and the middle of this year. Rwanda joined the Commonwealth last month."
        ),
        [
            ("November 2008", "DATE", "2008-11"),
            ("2005", "DATE", "2005"),
            ("the middle of this year", "DATE", "2009", "MID"),
            ("last month", "DATE", "2009-11"),
        ],
    ),
    # A later fate told by the way is no time the story moves to.
    (
        (
            "Díaz resigned on May 25, 1911, and died in Paris four years afterwards. Madero was "
            "elected president in October and took office the following month."
        ),
        [
            ("May 25, 1911", "DATE", "1911-05-25"),
            ("four years afterwards", "DATE", "1915"),
            ("October", "DATE", "1911-10"),
            ("the following month", "DATE", "1911-11"),
        ],
    ),
    (
        "The war ended in 1918. Four years later Mussolini marched on Rome. In October he became premier.",
        [("1918", "DATE", "1918"), ("Four years later", "DATE", "1922"), ("October", "DATE", "1922-10")],
    ),
    # "The war's last year" is its final one; sunrise and sunset are edges of the story's day.
    (
        "The war lasted from 1864 to 1870. The war's last year saw a new constitution.",
        [("1864", "DATE", "1864"), ("1870", "DATE", "1870")],
    ),
    (
        "The troops moved at sunrise on 5 June 1967 and halted at sunset.",
        [
            ("sunrise", "TIME", "1967-06-05TMO"),
            ("5 June 1967", "DATE", "1967-06-05"),
            ("sunset", "TIME", "1967-06-05TEV"),
        ],
    ),
    # A deadline an agreement set ("requiring troops to leave by the end of 2011") is no time the story
    # goes on from.
    (
        (
            "In November 2008 the governments signed an agreement requiring troops to leave by "
            "the end of 2011. Obama took office in January."
        ),
        [
            ("November 2008", "DATE", "2008-11"),
            ("the end of 2011", "DATE", "2011", "END"),
            ("January", "DATE", "2009-01"),
        ],
    ),
    # In a history brought up to its day, a month still to come in the future tense is the writer's.
    (
        "The war ended in May 2009. A conference on the war is planned for London on 28 January.",
        [("May 2009", "DATE", "2009-05"), ("28 January", "DATE", "2010-01-28")],
    ),
    (
        "The offensive ended in May 1943. The general said the army would attack again in July.",
        [("May 1943", "DATE", "1943-05"), ("July", "DATE", "1943-07")],
    ),
    # A count that lands after the DCT tells no time a history's past has reached.
    (
        (
            "The war ended in January 2009. Thousands are still in tents almost a year after the "
            "war. In April, the council appointed a mission."
        ),
        [
            ("January 2009", "DATE", "2009-01"),
            ("almost a year after the war", "DATE", "2010", "LESS_THAN"),
            ("April", "DATE", "2009-04"),
        ],
    ),
    # The range a war ended in, told in its lead, is not the war's start.
    (
        (
            "The war began on 15 May 1948 and ended with armistice agreements signed between "
            "February and July 1949.\n\nBackground\n\nOn 29 November 1947 the UN adopted the plan. "
            "Haifa fell on 22 April 1948, and Jaffa surrendered on 13 May.\n\nInvasion\n\nOn the "
            "afternoon of 14 May, Ben-Gurion proclaimed the state."
        ),
        [
            ("15 May 1948", "DATE", "1948-05-15"),
            ("February", "DATE", "1949-02"),
            ("July 1949", "DATE", "1949-07"),
            ("29 November 1947", "DATE", "1947-11-29"),
            ("22 April 1948", "DATE", "1948-04-22"),
            ("13 May", "DATE", "1948-05-13"),
            ("the afternoon of 14 May", "TIME", "1948-05-14TAF"),
        ],
    ),
    # "In June this year" is the writer's; a count told in the present is no time the story moves to.
    (
        "The city fell on 3 May 1945. In June this year a court rejected his appeal.",
        [("3 May 1945", "DATE", "1945-05-03"), ("June this year", "DATE", "2009-06")],
    ),
    (
        (
            "The war began on 7 October 2001. More than eight years later, some 110,000 troops "
            "are deployed. Mazar-i-Sharif fell on 9 November."
        ),
        [
            ("7 October 2001", "DATE", "2001-10-07"),
            ("More than eight years later", "DATE", "2009", "MORE_THAN"),
            ("9 November", "DATE", "2001-11-09"),
        ],
    ),
    # "last month", "last week" in a history are the writer's, unless they stand in what a verb of saying
    # reports; a night attack; years after the peace.
    (
        "The war ended in June 1999. The government said last month that it would appeal.",
        [("June 1999", "DATE", "1999-06"), ("last month", "DATE", "2009-11")],
    ),
    (
        "In May 1943 the general said the army had attacked last month.",
        [("May 1943", "DATE", "1943-05"), ("last month", "DATE", "1943-04")],
    ),
    (
        (
            "A night assault on 30 July 1812 also failed. The war ended in 1783, but the "
            "violence continued for years after the peace."
        ),
        [("30 July 1812", "DATE", "1812-07-30"), ("1783", "DATE", "1783"), ("years", "DURATION", "PXY")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_14(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
