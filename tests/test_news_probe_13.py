"""A thirteenth probe of news: short international news of 2011-2013, a TimeBank-like mix of
1989-1998, broadcast transcripts of 1997-2000 and business wires of 1998-2000 and 2012-2014
(documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- A weekday no week holds ("on a Friday afternoon in January 2012", "closed on a Sunday") is
  written with X; the future perfect ("will have finished by Wednesday") is done by a day to come;
  "last night" stays yesterday's in a future clause.
- "overnight" told after the day before the DCT, in a sentence of its own, is the night between
  them; a clock time after background in paragraphs of their own is on the story's day; the time
  it is as a reporter speaks ("It's 7:30 in the evening here", "it's late afternoon here in
  Moscow") is the DCT's.
- Figures compared "from a year earlier" in a sentence that names a month or a year are that
  month or year a year back; "the quarter", with no quarter reported on, in a clause about what
  is to come, is the forecast's.
- Timetables in the present: a meeting held, a nomination accepted, a test that "comes", a day
  fronted before the verb ("On Friday, the Commonwealth meets in London"); plans ("another
  rally", "a rally planned for Saturday"); what is "valid until" a day; what an event "comes
  before"; "after Thursday's deadline" in a future clause.
- Plural units left open before or after an event ("arrested days after the attack", "it could be
  weeks before the building reopens", "for days, perhaps weeks", "for days or even weeks",
  "sparked months of protests"), not "the weeks before the shooting", which TimeBank dates.
- A day of the month the sentence has just named ("in February, probably on the 10th").

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # A weekday no week holds: "a Friday afternoon", "on a Sunday" (not a day restated, "Oct. 29, a Monday").
    (
        "It happened on a Friday afternoon in January 2012.",
        "2013-05-09",
        [("a Friday afternoon", "TIME", "XXXX-WXX-5TAF"), ("January 2012", "DATE", "2012-01")],
    ),
    (
        "The store is closed on a Sunday.",
        "2013-05-09",
        [("a Sunday", "DATE", "XXXX-WXX-7")],
    ),
    # The future perfect is done by a day still to come.
    (
        "They will have finished by Wednesday.",
        "1998-05-09",
        [("Wednesday", "DATE", "1998-05-13")],
    ),
    # "last night" in a future clause is still yesterday's.
    (
        "Some 16,000 officers will be on the streets of the capital tonight, up from 6,000 last night.",
        "2011-08-09",
        [("tonight", "TIME", "2011-08-09TNI"), ("last night", "TIME", "2011-08-08TNI")],
    ),
    # "overnight" after the day before the DCT, told in a sentence of its own: the night between them.
    (
        "Two bombs exploded on Monday. FBI agents searched an apartment overnight.",
        "2013-04-16",
        [("Monday", "DATE", "2013-04-15"), ("overnight", "TIME", "2013-04-15TNI")],
    ),
    (
        "The sub sank Sunday. Rescue ships tried twice overnight to reach it.",
        "2000-08-14",
        [("Sunday", "DATE", "2000-08-13"), ("overnight", "TIME", "2000-08-13TNI")],
    ),
    # A clock time after background in paragraphs of their own is still on the story's day.
    (
        (
            "Andy Murray won Wimbledon on Sunday.\n\nHe won Olympic gold last year.\n\nHe clinched "
            "victory at about 5:25 p.m."
        ),
        "2013-07-08",
        [
            ("Sunday", "DATE", "2013-07-07"),
            ("last year", "DATE", "2012"),
            ("about 5:25 p.m.", "TIME", "2013-07-07T17:25", "APPROX"),
        ],
    ),
    # Figures compared with "a year earlier": the month or the year of the sentence, a year back.
    (
        "Profit rose in the first quarter. Output rose 8.7 percent in April from a year earlier.",
        "2014-05-15",
        [
            ("the first quarter", "DATE", "2014-Q1"),
            ("April", "DATE", "2014-04"),
            ("a year earlier", "DATE", "2013-04"),
        ],
    ),
    (
        "Exports in the first 11 months of 2013 rose 8.3 percent from the same period a year earlier.",
        "2014-01-13",
        [
            ("the first 11 months", "DURATION", "P11M"),
            ("2013", "DATE", "2013"),
            ("the same period a year earlier", "DATE", "2012"),
        ],
    ),
    (
        (
            "GM earned $2 billion in the first half of 1989. U.S. car sales in July were down "
            "11% from a year ago."
        ),
        "1990-07-26",
        [
            ("the first half of 1989", "DATE", "1989-H1"),
            ("July", "DATE", "1990-07"),
            ("a year ago", "DATE", "1989-07"),
        ],
    ),
    # "the quarter" with no quarter reported on, after a forecast's: the forecast's.
    (
        (
            "The brewer expects fourth-quarter earnings to fall because of a price war that "
            "began in June. Earnings for the quarter would be 15 cents, compared with 41 cents a "
            "year ago."
        ),
        "1989-09-20",
        [
            ("fourth-quarter", "DATE", "1989-Q4"),
            ("June", "DATE", "1989-06"),
            ("the quarter", "DATE", "1989-Q4"),
            ("a year ago", "DATE", "1988"),
        ],
    ),
    (
        (
            "Cortland will take a charge in its first quarter. It earned $88 million in the "
            "first quarter of 1989. It expects a loss for the quarter."
        ),
        "1990-03-28",
        [
            ("first quarter", "DATE", "1990-Q1"),
            ("the first quarter of 1989", "DATE", "1989-Q1"),
            ("the quarter", "DATE", "1990-Q1"),
        ],
    ),
    # Timetables in the present: a meeting held, a nomination accepted, a test that comes; a fronted day.
    (
        "The Turkish prime minister holds an emergency cabinet meeting Wednesday.",
        "1999-08-17",
        [("Wednesday", "DATE", "1999-08-18")],
    ),
    (
        "Vice President Al Gore accepts the nomination Thursday night.",
        "2000-08-14",
        [("Thursday night", "TIME", "2000-08-17TNI")],
    ),
    (
        "Koskinen said this afternoon that the real test comes on Monday, when businesses reopen.",
        "1999-12-31",
        [("this afternoon", "TIME", "1999-12-31TAF"), ("Monday", "DATE", "2000-01-03")],
    ),
    (
        "On Friday, the Commonwealth meets in London to consider suspending Pakistan.",
        "1999-10-13",
        [("Friday", "DATE", "1999-10-15")],
    ),
    (
        "On Friday, the Commonwealth met in London.",
        "1999-10-13",
        [("Friday", "DATE", "1999-10-08")],
    ),
    # Plans: "another rally", "a rally planned for Saturday" (not one set off by commas, told as gone by).
    (
        "Organisers plan another rally in Moscow on Saturday.",
        "2012-03-19",
        [("Saturday", "DATE", "2012-03-24")],
    ),
    (
        "Clinton called off a rally planned for Saturday.",
        "1996-07-18",
        [("Saturday", "DATE", "1996-07-20")],
    ),
    (
        "The rally, planned for Saturday, drew thousands.",
        "2013-10-16",
        [("Saturday", "DATE", "2013-10-12")],
    ),
    # What holds until a day; what an event comes before; a deadline's or holiday's day after "after".
    (
        "The State Department issued a worldwide travel alert valid until August 1.",
        "2011-05-02",
        [("August 1", "DATE", "2011-08-01")],
    ),
    (
        "It comes two days before the opening ceremonies in Atlanta on Friday.",
        "1996-07-18",
        [("two days", "DURATION", "P2D"), ("Friday", "DATE", "1996-07-19")],
    ),
    (
        "The meeting comes ahead of the vote on Friday.",
        "1996-07-18",
        [("Friday", "DATE", "1996-07-19")],
    ),
    (
        "The move comes after the attack on Friday.",
        "1996-07-18",
        [("Friday", "DATE", "1996-07-12")],
    ),
    (
        "The Treasury will run out of money after Thursday's deadline.",
        "2013-10-16",
        [("Thursday", "DATE", "2013-10-17")],
    ),
    (
        "Trading will resume after Monday's holiday.",
        "1998-08-28",
        [("Monday", "DATE", "1998-08-31")],
    ),
    # Plural units left open: before or after an event, a guess that widens them, what an event set off.
    (
        "He posted the manifesto online hours before the attacks.",
        "2011-07-23",
        [("hours", "DURATION", "PTXH")],
    ),
    (
        "He was arrested days after the attack.",
        "2011-07-23",
        [("days", "DURATION", "PXD")],
    ),
    (
        "Officials said it could be weeks before the building reopens.",
        "1993-02-26",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "He lost the final, weeks before winning Olympic gold.",
        "2013-07-08",
        [("weeks", "DURATION", "PXW")],
    ),
    (
        "The general said the bombing would continue for days, perhaps weeks.",
        "1991-01-17",
        [("days", "DURATION", "PXD"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "The campaign could go on for days or even weeks.",
        "2000-08-14",
        [("days or even weeks", "DURATION", "PXD", "APPROX")],
    ),
    (
        "The disputed 2009 vote sparked months of protests.",
        "2013-06-15",
        [("2009", "DATE", "2009"), ("months", "DURATION", "PXM")],
    ),
    (
        "In the weeks before the shooting, he bought two guns.",
        "1997-06-01",
        [],
    ),
    # A day of the month the sentence has just named.
    (
        "The Senate will take up the case in January, after the new Congress is sworn in on the 6th.",
        "1998-12-15",
        [("January", "DATE", "1999-01"), ("the 6th", "DATE", "1999-01-06")],
    ),
    (
        "The talks resume in February, probably on the 10th.",
        "1998-12-15",
        [("February", "DATE", "1999-02"), ("the 10th", "DATE", "1999-02-10")],
    ),
    # The time it is as a reporter speaks: the DCT's.
    (
        "The sub sank on Saturday. It's 7:30 in the evening here.",
        "2000-08-14",
        [("Saturday", "DATE", "2000-08-12"), ("7:30 in the evening", "TIME", "2000-08-14T19:30")],
    ),
    (
        "He was found on Thanksgiving Day last year. It's about 9 a.m. here in Miami.",
        "2000-04-22",
        [
            ("Thanksgiving Day last year", "DATE", "1999-11-25"),
            ("about 9 a.m.", "TIME", "2000-04-22T09:00", "APPROX"),
        ],
    ),
    (
        "It's late afternoon here in Moscow.",
        "2000-08-14",
        [("late afternoon", "TIME", "2000-08-14TAF", "END")],
    ),
    (
        "Bob, it's early evening in Yemen now.",
        "2000-10-12",
        [("early evening", "TIME", "2000-10-12TEV", "START"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "Police used tear gas just after sunrise.",
        "2000-04-22",
        [("sunrise", "TIME", "2000-04-22TMO")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_13(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
