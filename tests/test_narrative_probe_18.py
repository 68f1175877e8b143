"""A thirty-seventh and thirty-eighth probe of narrative mode: Wikipedia-style histories of ancient
and medieval wars (the Peloponnesian War to the fall of Constantinople) and of 19th- and
20th-century wars (the Mexican-American War to the 2003 Iraq War), and forms the earlier probes
left open.

What they found and these cases pin down: "The following week" after "the end of November 1915"
is the week at that end of the month; "two years and six months later" is one count; a year of
three digits before "and" and a verb or a second date ("in 711 and ruled it"); a day a country
"has celebrated" on a date since a year is that day of every year; a count from an event a pronoun
and its verb tell ("ten years after it began") is one date, which restates the year before it in
apposition; two years "or" each other before one era ("in 51 or 50 BC") are two dates of that era.
A second round (wars of 1700-1900 outside Europe and of 1939-1991): a flashback goes on in its own
year; a feast in an event's name takes the year the name gives ("the Easter Offensive of 1972");
a count with its "of" phrase keeps its article; a country's present "celebrates" keeps its days
every year. A third (wars of all periods): a year of three digits before a name and its verb ("In
249 Sima Yi staged a coup"); "for more than a century afterwards" is a length.

The dates anchor on the story, not on the creation date (2009-12-19); values follow
../shared/TIMEX3.md.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

DCT = "2009-12-19"

CASES: list[tuple[str, list[tuple]]] = [
    # "The following week" after "the end of November 1915" is the week at that end of the month.
    (
        (
            "By the end of November 1915 the Serbian army was in retreat. The following week it "
            "crossed into Albania."
        ),
        [("the end of November 1915", "DATE", "1915-11", "END"), ("The following week", "DATE", "1915-W49")],
    ),
    # A length before a count from a time in a finer unit is one count from the story's date.
    (
        "The siege began in May 1812. Two years and six months later, the city fell.",
        [("May 1812", "DATE", "1812-05"), ("Two years and six months later", "DATE", "1814-11")],
    ),
    # A year of three digits before "and" and a verb or a second date.
    (
        "The Arabs conquered Hispania in 711 and ruled it.",
        [("711", "DATE", "0711")],
    ),
    # A day kept every year, in the present perfect.
    (
        (
            "The war ended in 1946. Since 1964 the Philippines has celebrated its independence "
            "day on June 12 rather than July 4."
        ),
        [
            ("1946", "DATE", "1946"),
            ("1964", "DATE", "1964"),
            ("June 12", "DATE", "XXXX-06-12"),
            ("July 4", "DATE", "XXXX-07-04"),
        ],
    ),
    # A count from an event a pronoun and its verb tell restates the date before it.
    (
        "The truce came in 1347, ten years after it began.",
        [("1347", "DATE", "1347"), ("ten years after it began", "DATE", "1347")],
    ),
    # Two years a source cannot choose between, the era written once.
    (
        "The book was published in 51 or 50 BC.",
        [("51", "DATE", "BC0051"), ("50 BC", "DATE", "BC0050")],
    ),
    # A flashback goes on in its own year: a later month in the pluperfect after a day it told.
    (
        (
            "Aguinaldo had declared independence on June 12, 1898. The Malolos Congress had "
            "convened in September."
        ),
        [("June 12, 1898", "DATE", "1898-06-12"), ("September", "DATE", "1898-09")],
    ),
    (
        "The treaty was signed in 1899. The army had landed on 4 May 1898 and had taken the capital in July.",
        [("1899", "DATE", "1899"), ("4 May 1898", "DATE", "1898-05-04"), ("July", "DATE", "1898-07")],
    ),
    # A feast in an event's name takes the year the name gives.
    (
        "In the spring of 1970 the war widened. The Easter Offensive of 1972 began on 30 March.",
        [
            ("the spring of 1970", "DATE", "1970-SP"),
            ("Easter", "DATE", "1972-04-02"),
            ("1972", "DATE", "1972"),
            ("30 March", "DATE", "1972-03-30"),
        ],
    ),
    # A count with its "of" phrase keeps its article.
    (
        "The siege went on during the six months of fighting.",
        [("the six months of fighting", "DURATION", "P6M")],
    ),
    # A country's present "celebrates" keeps its days every year.
    (
        (
            "Algeria became independent in 1962. Algeria celebrates 1 November as a national "
            "holiday and 5 July as Independence Day."
        ),
        [
            ("1962", "DATE", "1962"),
            ("1 November", "DATE", "XXXX-11-01"),
            ("5 July", "DATE", "XXXX-07-05"),
            ("Independence Day", "DATE", "XXXX-07-05"),
        ],
    ),
    # A year of three digits before a name and its verb.
    (
        "In 249 Sima Yi staged a coup.",
        [("249", "DATE", "0249")],
    ),
    # "for more than a century afterwards": a length, bound and all.
    (
        "The victory of 1783 was a date celebrated for more than a century afterwards.",
        [("1783", "DATE", "1783"), ("more than a century", "DURATION", "P100Y", "MORE_THAN")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_18(text: str, expected: list[tuple]) -> None:
    # (Narrative mode only: a sentence or three is too short for auto mode to tell a history.)
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)
