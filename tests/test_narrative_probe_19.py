"""A nineteenth probe of narratives: histories of wars of every period and encyclopedic
biographies and histories of companies, cities and disasters (documents written for the probe).

Each case is a passage as such texts write it, with every timex it must yield. Values follow
TimeML 1.2.1 and ../shared/TIMEX3.md, and the WikiWars conventions for histories.

Readings these cases pin down:
- "that December" keeps its "that" when the clause goes on ("passed the House that December but
  died", "won in Lille that September and in Delhi", "was injured that November, returning"), and
  "that fall" at the end of a clause is the season ("It was released that fall.").
- "last year", "last spring" in a history are the writer's, as "last month" is (a history counts
  its own with "the previous").
- Years of three digits: "the war of 602-628", "attacked in 603 with a large army", "the spring
  of 628 on the old frontier".
- "Forty-one years on, historians still debate it", after 1975 and written in 2010, is the year of
  writing (not 2016); "ordered a halt to operations on 12 August" is no order for a day to come.
- A history of old years that closes on a word or two of its writer's present ("Tensions rose
  again this spring") still reads as a history in auto mode.

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
            "In the summer of 1980 she introduced a bill. The bill passed the House that December "
            "but died in the Senate."
        ),
        [("the summer of 1980", "DATE", "1980-SU"), ("that December", "DATE", "1980-12")],
    ),
    (
        "He returned in late 2005, winning in Lille that September and in Delhi two months later.",
        [
            ("late 2005", "DATE", "2005", "END"),
            ("that September", "DATE", "2005-09"),
            ("two months later", "DATE", "2005-11"),
        ],
    ),
    (
        "He joined Standard Liège in 2010 but was injured that November, returning in April 2011.",
        [("2010", "DATE", "2010"), ("that November", "DATE", "2010-11"), ("April 2011", "DATE", "2011-04")],
    ),
    (
        "His first recording was made in March 1955. It was released that fall.",
        [("March 1955", "DATE", "1955-03"), ("that fall", "DATE", "1955-FA")],
    ),
    # (A list of months after "that" is what was said: no "that May".)
    (
        "Forecasters said that May, June and July would be dry.",
        [("May", "DATE", "2010-05"), ("June", "DATE", "2010-06"), ("July", "DATE", "2010-07")],
    ),
    (
        "The remains of the dam were listed on the National Register in 1982. Last year the county "
        "historical society published a list of the victims.",
        [("1982", "DATE", "1982"), ("Last year", "DATE", "2009")],
    ),
    (
        "A container terminal opened in September 2007, and the city approved plans for a cruise "
        "dock last spring.",
        [("September 2007", "DATE", "2007-09"), ("last spring", "DATE", "2010-SP")],
    ),
    # (In a quotation, "last year" is the speaker's.)
    (
        'In 1982 he said: "Last year we lost everything."',
        [("1982", "DATE", "1982"), ("Last year", "DATE", "1981")],
    ),
    # Years of three digits: a dashed range after "the war of", and a year before "with" or "on"
    # and an article.
    (
        "In November 602 the emperor Maurice was overthrown. The war of 602–628 was the last.",
        [("November 602", "DATE", "0602-11"), ("602", "DATE", "0602"), ("628", "DATE", "0628")],
    ),
    (
        "The Persians attacked in 603 with a large army.",
        [("603", "DATE", "0603")],
    ),
    (
        "Peace was concluded in the spring of 628 on the old frontier.",
        [("the spring of 628", "DATE", "0628-SP")],
    ),
    # A count the story's line would take past the moment of writing counts to it.
    (
        "The offensive began on 30 January 1968 and failed. Saigon fell on 30 April 1975. Forty-one "
        "years on, historians still debate it.",
        [
            ("30 January 1968", "DATE", "1968-01-30"),
            ("30 April 1975", "DATE", "1975-04-30"),
            ("Forty-one years on", "DATE", "2010"),
        ],
    ),
    # "ordered a halt to operations": a noun after "to", no order of what is to be done.
    (
        "Gori fell on 13 August 2008. Medvedev ordered a halt to operations on 12 August.",
        [("13 August 2008", "DATE", "2008-08-13"), ("12 August", "DATE", "2008-08-12")],
    ),
    # An ordinal before a district of a city is no day.
    (
        "A street in the 7th arrondissement has carried his name since 1982.",
        [("1982", "DATE", "1982")],
    ),
    # "that January" keeps its "that" before an irregular past or a second place it was done at.
    (
        "Elizabeth died in 1762. Spain entered the war that January and lost Havana.",
        [("1762", "DATE", "1762"), ("that January", "DATE", "1762-01")],
    ),
    (
        "From late 1778 the British shifted their effort to the South, capturing Savannah that December "
        "and Charleston in May 1780.",
        [
            ("late 1778", "DATE", "1778", "END"),
            ("that December", "DATE", "1778-12"),
            ("May 1780", "DATE", "1780-05"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_narrative_probe_19(text: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=DCT, domain="narrative"), expected)


HISTORY_CLOSING_ON_ITS_PRESENT = (
    "Korea was ruled by Japan from 1910 until August 1945, and separate governments were set up in "
    "1948. The war began on 25 June 1950, and Seoul fell three days later. By early August the UN "
    "forces had been pushed back to Pusan. The landing at Inchon on 15 September 1950 turned the "
    "war. The armistice was signed on 27 July 1953 and the border was fixed near the 38th parallel, "
    "where it had stood in 1950.\n"
    "Tensions rose again this spring after the sinking of a corvette in March."
)


def test_a_history_closing_on_its_present_reads_as_one() -> None:
    document = annotate_document(HISTORY_CLOSING_ON_ITS_PRESENT, dct="2010-06-25", domain="auto")
    assert document.domain == "narrative"
    values = {timex.text: timex.value for timex in document.timexes}
    assert values["early August"] == "1950-08"
    assert values["this spring"] == "2010-SP"


def test_a_report_on_an_old_story_stays_news() -> None:
    # (Its days of writing come first, before the years it recalls.)
    text = (
        "Poland, Hungary and the Czech Republic became members of NATO on Friday, a week after "
        "parliament voted last week to join. The alliance was founded in 1949 and took in Greece "
        "and Turkey in 1952, Germany in 1955 and Spain in 1982. Churchill warned of an iron curtain "
        "in 1946. Its leaders met in 1967 and 1956."
    )
    assert annotate_document(text, dct="1999-03-12", domain="auto").domain == "news"
