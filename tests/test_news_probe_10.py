"""A tenth probe of news: WikiNews-style reports, news-agency wires of 1997-2000, timelines dense
with clock times, and opinion columns.

Sentences written for this probe the way those texts write them, each with every timex it must
yield (text, type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case
runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- Feasts of the new moon: Eid al-Fitr and the Islamic New Year as Saudi Arabia's Umm al-Qura
  calendar reckons them, Diwali on the last evening before the new moon that ends the month in
  which the Sun enters Libra, by India's clock.
- "this time tomorrow", "this time yesterday": today's date a day on or back.
- A year "of" the subject frames its sentence as "The 1998 floods" does ("The floods of 1998 began
  in July"); a length between the frame and the date breaks no frame ("In 2003, ... over several
  weeks in August").
- "the Sun." at a sentence's end is the star, no Sunday; "a year back home" is the way home.
- Lengths left open: "for hours and miners were trapped", "could last weeks or months", "years
  away", "face months of uncertainty"; "One day the wall will fall" and "some day" are a future.
- What lies ahead after a past or a passive: "would not be restored until Sunday" (not "would not
  say on Monday", a refusal told in the past), "remain partially closed over the weekend", "was
  expected over the weekend" after a warning; a rally called, a mourning declared for a day.
- Clock times: 12:21 a.m. after a late evening is the next day's; an hour read as the
  afternoon's carries the afternoon to the next unmarked one ("at 9:30, and a third at 9:53"); the
  seconds of "3:27:36" are no hour; "the rest of the day" is the story's day; a part of the day
  named by its nouns before its day ("the evening rush hour on August 1"), not across a clause;
  a bare weekday after a day of a month told weeks before, in a pluperfect sentence, is in its
  week ("Talks had run late into Saturday evening"); an hour before "that night" is the night's
  ("at around 9:30 that night").
- Economic wires: a count of a year's first months puts years in question ("the same period last
  year" is last year), and "the same period of 1997" is the period in question, in 1997.
- "player of the year" has no date; a clock time told of a habit is any day's ("usually opens at
  9 a.m.", "returns at 5:30 p.m. on most days"), not across "but".
- Wires of 2010-2014: a fixture's place before its day ("Spain face Ireland in Gdansk on
  Thursday"); the tense is the day's that a count moves from a feast ("came a week before
  Christmas", written on 20 December, is this December's); a clock time after a background period
  years from the DCT is on the day the paragraph told before it; a season, a month of a year or a
  count of years back that opens a sentence frames its dates ("In the summer of 2011, ... on July
  31", "Four years ago, ... by early March"); "a year earlier" told in the pluperfect after a month
  of an earlier year is the year before it.
- AP wires of 1998-2000: "this weekend" told in the past on a weekday is the one just gone; "was
  to have begun on Nov. 3" is a plan events overtook; "canceled all games through Jan. 4" and
  "are predicting rain for Thursday" look ahead; "until Monday, two days later" is Monday.
- Broadcasts of 1997-2000: "gives a speech in Berkeley on Friday" and "opens in Geneva,
  Switzerland, on Monday" are a timetable's; the initials of "the U.S. Open" end no sentence, so
  "Open" is a name, no verb; "next Sunday morning", "last Friday night", "This Saturday night"
  keep their determiner.

Publication dates: as given with each case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    # Feasts of the new moon, by the Umm al-Qura reckoning and India's clock.
    (
        "Hindus celebrated Diwali on Friday.",
        "2010-11-20",
        [("Diwali", "DATE", "2010-11-05"), ("Friday", "DATE", "2010-11-19")],
    ),
    (
        "Muslims marked Eid al-Fitr with prayers.",
        "2023-04-25",
        [("Eid al-Fitr", "DATE", "2023-04-21")],
    ),
    (
        "The Islamic New Year falls in December.",
        "2010-11-20",
        [("Islamic New Year", "DATE", "2010-12-07"), ("December", "DATE", "2010-12")],
    ),
    # "this time tomorrow" is today's date a day on.
    (
        "We will know more this time tomorrow.",
        "2010-03-10",
        [("this time tomorrow", "DATE", "2010-03-11")],
    ),
    (
        "At this time yesterday the town was under water.",
        "2010-03-10",
        [("this time yesterday", "DATE", "2010-03-09")],
    ),
    # A year "of" a subject frames its sentence; a length between frame and date breaks no frame.
    (
        "The floods of 1998 began in July and ended in September.",
        "2010-08-19",
        [("1998", "DATE", "1998"), ("July", "DATE", "1998-07"), ("September", "DATE", "1998-09")],
    ),
    (
        "In 2003, a heat wave killed thousands over several weeks in August.",
        "2010-08-19",
        [("2003", "DATE", "2003"), ("several weeks", "DURATION", "PXW"), ("August", "DATE", "2003-08")],
    ),
    (
        "The crisis of 1998 is repeating itself this July.",
        "2010-08-19",
        [("1998", "DATE", "1998"), ("this July", "DATE", "2010-07")],
    ),
    # "the Sun." is the star.
    (
        "The probe is 19 billion kilometres from the Sun.",
        "2013-09-12",
        [],
    ),
    # Bare plural units.
    (
        "The rescue stopped for hours and miners were trapped.",
        "2010-08-19",
        [("hours", "DURATION", "PTXH")],
    ),
    (
        "A ground campaign could last weeks or months.",
        "1991-01-20",
        [("weeks or months", "DURATION", "PXW", "APPROX")],
    ),
    (
        "The real test is still years away.",
        "1997-07-16",
        [("years", "DURATION", "PXY")],
    ),
    (
        "Businesses face months of uncertainty.",
        "2016-06-24",
        [("months", "DURATION", "PXM")],
    ),
    # "back" of the way home.
    (
        "Migrants send $1 billion a year back home.",
        "2000-02-24",
        [],
    ),
    # What lies ahead after a past or passive verb.
    (
        "Officials said power would not be restored until Sunday.",
        "2003-08-15",
        [("Sunday", "DATE", "2003-08-17")],
    ),
    (
        "The mayor would not say on Monday whether the plant would reopen.",
        "2003-08-15",
        [("Monday", "DATE", "2003-08-11")],
    ),
    (
        "The Underground is expected to remain partially closed over the weekend.",
        "2005-07-08",
        [("the weekend", "DATE", "2005-W27-WE")],
    ),
    (
        "Forecasters warned that more rain was expected over the weekend.",
        "1997-08-22",
        [("the weekend", "DATE", "1997-W34-WE")],
    ),
    (
        "The opposition has called a rally for Saturday.",
        "2003-08-12",
        [("Saturday", "DATE", "2003-08-16")],
    ),
    (
        "A national day of mourning was declared for Saturday.",
        "1999-08-20",
        [("Saturday", "DATE", "1999-08-21")],
    ),
    (
        "Thousands joined a march for peace on Saturday.",
        "2003-08-12",
        [("Saturday", "DATE", "2003-08-09")],
    ),
    # Clock times through an evening and past midnight.
    (
        "Polls closed at 10pm on Thursday. The first declaration came at 12.21am.",
        "2016-06-24",
        [("10pm on Thursday", "TIME", "2016-06-23T22:00"), ("12.21am", "TIME", "2016-06-24T00:21")],
    ),
    (
        "The first blast came at 9:20 p.m. Friday. A second came at 9:30, and a third at 9:53.",
        "2015-11-14",
        [
            ("9:20 p.m. Friday", "TIME", "2015-11-13T21:20"),
            ("9:30", "TIME", "2015-11-13T21:30"),
            ("9:53", "TIME", "2015-11-13T21:53"),
        ],
    ),
    (
        "The plane took off at 3:25 p.m. Thursday. The captain radioed at 3:27:36.",
        "2009-01-16",
        [("3:25 p.m. Thursday", "TIME", "2009-01-15T15:25"), ("3:27:36", "TIME", "2009-01-15T15:27:36")],
    ),
    (
        "The quake struck at 2:46 p.m. Friday. Trains were suspended for the rest of the day.",
        "2011-03-12",
        [("2:46 p.m. Friday", "TIME", "2011-03-11T14:46"), ("the rest of the day", "DATE", "2011-03-11")],
    ),
    (
        "Officials spoke on Friday. The bridge collapsed during the evening rush hour on August 1.",
        "2007-08-11",
        [
            ("Friday", "DATE", "2007-08-10"),
            ("the evening", "TIME", "2007-08-01TEV"),
            ("August 1", "DATE", "2007-08-01"),
        ],
    ),
    (
        "Officials spoke on Friday. In the morning he left on Tuesday.",
        "2007-08-11",
        [
            ("Friday", "DATE", "2007-08-10"),
            ("the morning", "TIME", "2007-08-10TMO"),
            ("Tuesday", "DATE", "2007-08-07"),
        ],
    ),
    (
        "The deal was adopted on Saturday, December 12. Talks had run late into Saturday evening.",
        "2015-12-31",
        [("Saturday, December 12", "DATE", "2015-12-12"), ("Saturday evening", "TIME", "2015-12-12TEV")],
    ),
    (
        "He left on Friday. The boy died at around 9:30 that night.",
        "2006-12-11",
        [
            ("Friday", "DATE", "2006-12-08"),
            ("around 9:30", "TIME", "2006-12-08T21:30", "APPROX"),
            ("that night", "TIME", "2006-12-08TNI"),
        ],
    ),
    # Wires of 2010-2014.
    (
        "Spain face Ireland in Gdansk on Thursday, while Italy play Croatia the same day.",
        "2012-06-11",
        [("Thursday", "DATE", "2012-06-14"), ("the same day", "DATE", "2012-06-14")],
    ),
    (
        "The attack came a week before Christmas.",
        "2013-12-20",
        [("a week before Christmas", "DATE", "2013-12-18")],
    ),
    (
        "The attack came two days after Christmas.",
        "2013-12-20",
        [("two days after Christmas", "DATE", "2012-12-27")],
    ),
    (
        "Romney won Michigan on Tuesday. His father was governor in the 1960s. He told supporters "
        "shortly after 10 p.m. that he was happy.",
        "2012-02-29",
        [
            ("Tuesday", "DATE", "2012-02-28"),
            ("the 1960s", "DATE", "196"),
            ("10 p.m.", "TIME", "2012-02-28T22:00"),
        ],
    ),
    (
        "In the summer of 2011, a deal was reached on July 31.",
        "2012-11-30",
        [("the summer of 2011", "DATE", "2011-SU"), ("July 31", "DATE", "2011-07-31")],
    ),
    (
        "Four years ago, John Kerry had the nomination wrapped up by early March.",
        "2012-11-30",
        [("Four years ago", "DATE", "2008"), ("early March", "DATE", "2008-03", "START")],
    ),
    (
        "In January 2011, a bomber killed 37 people. Bombers had killed 40 people a year earlier.",
        "2013-12-29",
        [("January 2011", "DATE", "2011-01"), ("a year earlier", "DATE", "2010")],
    ),
    # A clock time said of a habit is any day's.
    (
        "The shop usually opens at 9 a.m.",
        "2006-02-15",
        [("9 a.m.", "TIME", "XXXX-XX-XXT09:00")],
    ),
    (
        "He usually arrived at the office at 9 a.m., but on Monday he came at noon.",
        "2006-02-15",
        [
            ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"),
            ("Monday", "DATE", "2006-02-13"),
            ("noon", "TIME", "2006-02-13T12:00"),
        ],
    ),
    (
        "The van returns at 5:30 p.m. on most days.",
        "1999-07-07",
        [("5:30 p.m.", "TIME", "XXXX-XX-XXT17:30")],
    ),
    # AP wires of 1998-2000.
    (
        "Workers were placed on extra shifts this weekend.",
        "2000-04-05",
        [("this weekend", "DATE", "2000-W13-WE")],
    ),
    (
        "Workers will be placed on extra shifts this weekend.",
        "2000-04-05",
        [("this weekend", "DATE", "2000-W14-WE")],
    ),
    (
        "The regular season was to have begun on Nov. 3.",
        "1998-12-07",
        [("Nov. 3", "DATE", "1998-11-03")],
    ),
    (
        "The NBA canceled all games through Jan. 4.",
        "1998-12-07",
        [("Jan. 4", "DATE", "1999-01-04")],
    ),
    (
        "Forecasters are predicting rain for Thursday.",
        "1998-03-10",
        [("Thursday", "DATE", "1998-03-12")],
    ),
    (
        "The Kursk sank on Saturday, Aug. 12. The navy did not announce the accident until Monday, "
        "two days later.",
        "2000-08-18",
        [
            ("Saturday, Aug. 12", "DATE", "2000-08-12"),
            ("Monday", "DATE", "2000-08-14"),
            ("two days", "DURATION", "P2D"),
        ],
    ),
    # Broadcast transcripts of 1997-2000.
    (
        "Greenspan gives a speech in Berkeley on Friday.",
        "1998-08-31",
        [("Friday", "DATE", "1998-09-04")],
    ),
    (
        "The summit opens in Geneva, Switzerland, on Monday.",
        "2000-09-10",
        [("Monday", "DATE", "2000-09-11")],
    ),
    (
        "Sampras won the U.S. Open in September.",
        "2000-12-10",
        [("September", "DATE", "2000-09")],
    ),
    (
        "The game is next Sunday morning.",
        "1999-03-26",
        [("next Sunday morning", "TIME", "1999-03-28TMO")],
    ),
    (
        "We spoke last Friday night.",
        "1999-03-26",
        [("last Friday night", "TIME", "1999-03-19TNI")],
    ),
    (
        "This Saturday night the band plays.",
        "1999-03-26",
        [("This Saturday night", "TIME", "1999-03-27TNI")],
    ),
    # Titles and vague futures.
    (
        "He was named player of the year.",
        "1998-06-12",
        [],
    ),
    (
        "One day the wall will fall.",
        "2001-05-10",
        [("One day", "DATE", "FUTURE_REF")],
    ),
    (
        "Washington can help, some day, with trade.",
        "1990-03-14",
        [("some day", "DATE", "FUTURE_REF")],
    ),
    # Economic wires.
    (
        "In the first two months of this year, exports climbed 22 percent over the same period last year.",
        "1997-03-03",
        [
            ("the first two months", "DURATION", "P2M"),
            ("this year", "DATE", "1997"),
            ("the same period last year", "DATE", "1996"),
        ],
    ),
    (
        "GDP grew 7.2 percent in the first quarter of this year over the same period of 1997.",
        "1998-04-23",
        [
            ("the first quarter of this year", "DATE", "1998-Q1"),
            ("the same period of 1997", "DATE", "1997-Q1"),
        ],
    ),
    (
        "Output in the first half rose 5 percent over the same period in 1996.",
        "1998-04-23",
        [("the first half", "DATE", "1998-H1"), ("the same period in 1996", "DATE", "1996-H1")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_10(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
