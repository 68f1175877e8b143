"""A forty-second probe: AP and AFP world news of mid-2013, US politics news of late 2013,
editorials and news analyses of 1989-2013, and histories of the Napoleonic wars, of the American
Revolutionary and Civil Wars and of the wars of the Ottoman Empire, Russia and Poland (documents
written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- A negated "will" looks ahead as "will" does ("we won't have a shutdown in October"); "would
  not say on Monday" is a refusal told on its day.
- A clock in the sentence of a day a pluperfect tells is on that day ("Police had cleared the
  square on Wednesday, moving in at 7 a.m."), though such a day is background to the clocks of
  later sentences; so is a clock right after its day ("on Aug. 21 at about 2:30 a.m."), and one
  in the "when" clause of a day a record is measured from ("the worst since July 27, when police
  opened fire at 3 a.m.").
- More of what is vowed or promised is to come ("Organizers vowed more protests on Friday").
- A clause "and" joins to a date told with its year goes on in that year, with a subject of its
  own too ("began in June 2011, and a deal was struck on Aug. 2"); a season after "the summer of
  2007" in its clause is of that year when it comes later in it, else of the next.
- A scheduled present ("testifies before the Joint Economic Committee on Monday", "travels to Ohio
  and Michigan on Friday") looks ahead past a longer name and a second place.
- The first end of a span of hours keeps its approximation ("between about 4 and 6:30 p.m.").
- A past clause's day in the first days of the next year is the coming one ("coverage starting
  Jan. 1 was extended", in December), unless the event is finished ("reported on Jan. 5").
- In a history, a count of days in apposition to a day without its year restates it ("arriving in
  Paris on 18 December, thirteen days later"); a unit's number after a date is no day ("On 7 March
  the 5th Line Regiment"); a year that names the event opening a sentence ("In the 1770 campaign",
  "During the 1710 siege") is the story's time; "the most recent drew 2,000 people" holds no
  time; a rate's period is a length, as WikiWars tags one ("960 a week", "$1 billion a year").
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    ("It makes sure we won't have a shutdown in October.", "2013-12-10", [("October", "DATE", "2014-10")]),
    (
        "The budget deal means we will not have a shutdown in October.",
        "2013-12-10",
        [("October", "DATE", "2014-10")],
    ),
    (
        "Police had cleared the square on Wednesday, moving in at 7 a.m.",
        "2013-08-31",
        [("Wednesday", "DATE", "2013-08-28"), ("7 a.m.", "TIME", "2013-08-28T07:00")],
    ),
    (
        "He had arrived in Moscow on Sunday, at about 4 p.m.",
        "2013-08-31",
        [("Sunday", "DATE", "2013-08-25"), ("about 4 p.m.", "TIME", "2013-08-25T16:00", "APPROX")],
    ),
    (
        "The clashes were the worst since July 27, when police opened fire at 3 a.m.",
        "2013-08-15",
        [("July 27", "DATE", "2013-07-27"), ("3 a.m.", "TIME", "2013-07-27T03:00")],
    ),
    (
        "On Friday, Kerry said the attack began on Aug. 21 at about 2:30 a.m.",
        "2013-08-31",
        [
            ("Friday", "DATE", "2013-08-30"),
            ("Aug. 21", "DATE", "2013-08-21"),
            ("about 2:30 a.m.", "TIME", "2013-08-21T02:30", "APPROX"),
        ],
    ),
    ("Organizers vowed more protests on Friday.", "2013-08-15", [("Friday", "DATE", "2013-08-16")]),
    (
        "The talks began in June 2011, and a deal was struck on Aug. 2.",
        "2012-11-08",
        [("June 2011", "DATE", "2011-06"), ("Aug. 2", "DATE", "2011-08-02")],
    ),
    (
        "It began in the summer of 2007 and spread through the fall.",
        "2008-10-12",
        [("the summer of 2007", "DATE", "2007-SU"), ("the fall", "DATE", "2007-FA")],
    ),
    (
        "It began in the fall of 2007 and spread through the summer.",
        "2008-10-12",
        [("the fall of 2007", "DATE", "2007-FA"), ("the summer", "DATE", "2008-SU")],
    ),
    (
        "Mr. Greenspan testifies before the Joint Economic Committee on Monday.",
        "1994-01-20",
        [("Monday", "DATE", "1994-01-24")],
    ),
    (
        "The president travels to Ohio and Michigan on Friday.",
        "1994-01-20",
        [("Friday", "DATE", "1994-01-21")],
    ),
    (
        "The hearing ran on Tuesday between about 4 and 6:30 p.m.",
        "2010-05-01",
        [
            ("Tuesday", "DATE", "2010-04-27"),
            ("about 4", "TIME", "2010-04-27T16:00", "APPROX"),
            ("6:30 p.m.", "TIME", "2010-04-27T18:30"),
        ],
    ),
    (
        "The deadline to sign up for coverage starting Jan. 1 was extended to Dec. 23.",
        "2013-12-10",
        [("Jan. 1", "DATE", "2014-01-01"), ("Dec. 23", "DATE", "2013-12-23")],
    ),
    ("The company reported on Jan. 5 that sales rose.", "2013-12-10", [("Jan. 5", "DATE", "2013-01-05")]),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The retreat began in October 1812. On 5 December Napoleon left the army, arriving in "
            "Paris on 18 December, thirteen days later."
        ),
        "2021-11-07",
        [
            ("October 1812", "DATE", "1812-10"),
            ("5 December", "DATE", "1812-12-05"),
            ("18 December", "DATE", "1812-12-18"),
            ("thirteen days later", "DATE", "1812-12-18"),
        ],
    ),
    (
        "Napoleon landed at Golfe-Juan on 1 March 1815. On 7 March the 5th Line Regiment went over to him.",
        "2026-01-15",
        [("1 March 1815", "DATE", "1815-03-01"), ("7 March", "DATE", "1815-03-07")],
    ),
    (
        "In January 1769 the Khan raided New Serbia. In the 1770 campaign Rumyantsev won at Larga on 7 July.",
        "2011-05-09",
        [("January 1769", "DATE", "1769-01"), ("1770", "DATE", "1770"), ("7 July", "DATE", "1770-07-07")],
    ),
    (
        "In January 1709 thousands froze to death. During the 1710 siege the army took Riga on 4 July.",
        "1994-08-02",
        [("January 1709", "DATE", "1709-01"), ("1710", "DATE", "1710"), ("4 July", "DATE", "1710-07-04")],
    ),
    (
        (
            "The battle was fought on 2 December 1805. A re-enactment is held every five years; "
            "the most recent drew 2,000 people."
        ),
        "2026-01-15",
        [("2 December 1805", "DATE", "1805-12-02"), ("every five years", "SET", "P5Y")],
    ),
    (
        "By 2006 insurgent attacks were averaging about 960 a week.",
        "2010-01-01",
        [("2006", "DATE", "2006"), ("a week", "DURATION", "P1W")],
    ),
    (
        "In 1974 Congress cut financial aid to South Vietnam from $1 billion a year to $700 million.",
        "2010-01-01",
        [("1974", "DATE", "1974"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "The siege of Calais began in September 1346 and lasted a year.",
        "2010-01-01",
        [("September 1346", "DATE", "1346-09"), ("a year", "DURATION", "P1Y")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_42(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_42(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
