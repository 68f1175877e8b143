"""A forty-third probe: WikiNews articles of 2012-2014, histories of wars of 1860-1945 told in
chains of relative time, 2013 news that previews scheduled events, entertainment news of 2013,
histories of the wars in Indochina and Korea, and press releases of 2010-2014 (documents written
for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- A plan set off by commas, "scheduled for" a day, takes its clause's tense ("His inauguration,
  scheduled for January 10, was postponed" is the January gone by; "will be held" the next).
- A quoted title of a work holds no time, with the stop American usage sets inside its closing
  mark ('won best actress for "The Past."') or a time word's article ('The "Legends of the
  Summer" tour'); a quoted sentence keeps its times ('"Every March," he said').
- The first end of a span of hours whose zone is written once, after the second, is on the
  second's day ("from 8 p.m. to 11 p.m. ET Sunday").
- "for a few hours afterward" is a length; a season in a headline's capitals before the kind of
  thing it names is no time ("Winter Storm Assistance Program").
- A timetable's present looks ahead: a plural's "run", "meet late Friday", "premieres ... this
  weekend, the network said".
- The weekdays of an event a report dates by a span of days ("September 15-17", "August 6-8")
  are its days, in its paragraph, when they fall inside it; a clock after such a day in its
  sentence is on it.
- What a speaker said on a day gone by "would" happen on a weekday or over the weekend is the
  first such day after the saying ("On Friday, officials said the storm would hit over the
  weekend", written the Wednesday after).
- A participle's aside with its time ("a plan, announced in January, to cut pay before the end
  of the year") tells no tense of the clause around it.
- A sentence that steps on from a year told before ("Weeks later, in November") goes on in it.
- In a history: a range that restates the lead's years by their days ends the war ("The war of
  1919-1922 began on 15 May 1919 and ended in September 1922. Troops landed on 15 May"); a feast
  an event is named after is in the year its sentence goes on to state ("The Easter Offensive
  began on 30 March 1972"); "the fall" after a place's fall is no autumn; a sentence that opens
  on "Today" is the writer's.

A second round: 2013 news from the Middle East, running stories of 2013, central-bank and data
wires of 2013, features of 2010-2014, histories of wars of the Americas and the Pacific, and
biographies through a war.
- "that winter" after a verb of warning is no determiner ("warned that winter would bring more
  suffering"); "Now" that ends a name ("the group Peace Now") holds no time.
- Some weekday a day of its sentence falls on is that day ("killed on Feb. 26, 2012, as he walked
  home on a rainy Sunday evening"); an adjective of the weather or the telling keeps a weekday
  indefinite ("on a wet Friday night in March 1989").
- "earlier in the month" right after a month its sentence or the one before names is a part of
  that month; what "was expected in southern China Monday" is to come.
- In a history: "the night of the 6th of June"; "last Friday", "this Friday" are the writer's
  (the story's are "the previous" and "the following").

A third round: European news of 2013, US weather and transport news of 2013, US politics and
courts news of 1998-2000, sports wires of 2013-14, and histories of the Balkans, the Caucasus and
Central Asia and of the world wars' lesser fronts.
- A weekday the day after the DCT is tomorrow, after a weekday named bare ("Tokyo wants an answer
  on Monday. Abe returns to Tokyo on Saturday", written on a Friday); after "next Monday" a later
  weekday still goes on from it.
- A plan of "extra" service looks ahead; "the 23rd" after "the 11th minute", "the 17th" after a
  putt, are no days; "In the 1996 race," frames its sentence as "In 1996," does.
- In a history, "March last year" right after its verb of saying is the writer's.

A fourth round: 2013 news on terrorism and security, on technology, on anniversaries and on the
reports of international bodies; histories of wars in Asia and Africa from 1945 to 1990, and
articles on single battles.
- An expectation in the present before its object ("the agency expects that figure to reach 3.5
  million by the end of the year") looks ahead; a season before the weather it is a kind of
  ("Arctic summer sea ice", "the summer monsoon") is no time.
- A day of a month right after that month told with its year is of it ("released from prison in
  January 1972, returned to Dhaka on 10 January"); a pluperfect reaches a feast past the article
  of its noun phrase ("had arrived over the Christmas period"); "a night surface engagement" holds
  no night's length.

A fifth round: 2013 news from East Asia, on the US Congress and the budget, and on elections in
Africa and Latin America; histories of wars of independence, of 18th-century wars and of Cold War
interventions in the Americas.
- A "when" clause after the event a year names is of that year ("the first since the 2009 coup,
  when soldiers flew Zelaya to Costa Rica on June 28"); a march urged or protests called for a
  weekday are to come; an evening told with its weekday after "early Wednesday" is that
  Wednesday's.
- A day several countries keep is the date its sentence says it is kept on ("16 December is
  celebrated each year as Victory Day", "Independence Day is celebrated every 24 May").

A sixth round: US policy, merger and disaster news of 2013, local crime news, and histories of
wars of 1899-1945 in Asia and North Africa and of sieges of 1500-1700.
- A weekday in a noun phrase before the programmes it names is no day ("seven Sunday talk shows");
  one that opens its sentence still is ("Sunday shows him winning").
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "His inauguration, scheduled for January 10, was postponed indefinitely.",
        "2013-03-07",
        [("January 10", "DATE", "2013-01-10")],
    ),
    (
        "The vote, scheduled for Jan. 10, will be held in Caracas.",
        "2013-03-07",
        [("Jan. 10", "DATE", "2014-01-10")],
    ),
    ('Berenice Bejo won best actress for "The Past."', "2013-05-26", []),
    ('The album included "Heroin" and "Sunday Morning."', "2013-10-28", []),
    (
        'The "Legends of the Summer" tour runs through Aug. 6.',
        "2013-07-26",
        [("Aug. 6", "DATE", "2013-08-06")],
    ),
    ('The Beatles recorded "Yesterday" in June 1965.', "2013-07-26", [("June 1965", "DATE", "1965-06")]),
    ('"Yesterday," he said, "we won."', "2013-07-26", [("Yesterday", "DATE", "2013-07-25")]),
    ('"Every March," he said.', "2025-03-18", [("Every March", "SET", "XXXX-03")]),
    (
        "The show runs from 8 p.m. to 11 p.m. ET Sunday on CBS.",
        "2013-06-12",
        [("8 p.m.", "TIME", "2013-06-16T20:00"), ("11 p.m. ET Sunday", "TIME", "2013-06-16T23:00-04:00")],
    ),
    (
        "Residents may notice discolored water for a few hours afterward.",
        "2014-01-15",
        [("a few hours", "DURATION", "PTXH")],
    ),
    (
        "City Announces Winter Storm Assistance Program\n\nThe city said on Tuesday it would help.",
        "2014-01-15",
        [("Tuesday", "DATE", "2014-01-14")],
    ),
    ("Sessions run on Monday.", "2014-05-20", [("Monday", "DATE", "2014-05-26")]),
    ("The ministers meet late Friday.", "2013-03-14", [("late Friday", "DATE", "2013-03-15", "END")]),
    (
        "The series premieres on HBO this weekend, the network said.",
        "2013-02-25",
        [("this weekend", "DATE", "2013-W09-WE")],
    ),
    (
        (
            "The summit will take place September 15-17. It opens Monday morning with a keynote at "
            "8:30 a.m. The closing panel begins at 1 p.m. Wednesday and ends at 3 p.m."
        ),
        "2014-05-20",
        [
            ("September 15", "DATE", "2014-09-15"),
            ("17", "DATE", "2014-09-17"),
            ("Monday morning", "TIME", "2014-09-15TMO"),
            ("8:30 a.m.", "TIME", "2014-09-15T08:30"),
            ("1 p.m. Wednesday", "TIME", "2014-09-17T13:00"),
            ("3 p.m.", "TIME", "2014-09-17T15:00"),
        ],
    ),
    (
        (
            "The tax-free weekend runs August 6-8. Stores will stay open until 11 p.m. Friday and "
            "Saturday nights."
        ),
        "2010-07-27",
        [
            ("August 6", "DATE", "2010-08-06"),
            ("8", "DATE", "2010-08-08"),
            ("11 p.m. Friday", "TIME", "2010-08-06T23:00"),
            ("Saturday", "DATE", "2010-08-07"),
        ],
    ),
    (
        "UEFA said the first matchdays are on Oct. 20-21. Barcelona face Bayern on Friday.",
        "2013-10-08",
        [("Oct. 20", "DATE", "2013-10-20"), ("21", "DATE", "2013-10-21"), ("Friday", "DATE", "2013-10-11")],
    ),
    (
        "The trial opens next Monday. Closing arguments begin at 9 a.m. Wednesday and end at 3 p.m.",
        "2014-05-20",
        [
            ("next Monday", "DATE", "2014-05-26"),
            ("9 a.m. Wednesday", "TIME", "2014-05-28T09:00"),
            ("3 p.m.", "TIME", "2014-05-28T15:00"),
        ],
    ),
    (
        "On Friday, officials said the storm would hit over the weekend.",
        "2012-10-31",
        [("Friday", "DATE", "2012-10-26"), ("the weekend", "DATE", "2012-W43-WE")],
    ),
    (
        "Officials said Friday the storm would hit on Sunday.",
        "2012-10-31",
        [("Friday", "DATE", "2012-10-26"), ("Sunday", "DATE", "2012-10-28")],
    ),
    (
        "Workers are angry about a plan, announced in January, to cut pay before the end of the year.",
        "2012-03-15",
        [("January", "DATE", "2012-01"), ("the end of the year", "DATE", "2012", "END")],
    ),
    (
        (
            "In the summer of 2005 he ordered the withdrawal from Gaza. Weeks later, in November, he "
            "left the party."
        ),
        "2014-01-14",
        [
            ("the summer of 2005", "DATE", "2005-SU"),
            ("Weeks", "DURATION", "PXW"),
            ("November", "DATE", "2005-11"),
        ],
    ),
    (
        "In 2010, floods hit Pakistan. Three weeks later, on Aug. 2, the Indus burst its banks.",
        "2014-01-14",
        [("2010", "DATE", "2010"), ("Three weeks", "DURATION", "P3W"), ("Aug. 2", "DATE", "2010-08-02")],
    ),
    (
        "Aid agencies warned this week that winter would bring more suffering.",
        "2013-10-16",
        [("this week", "DATE", "2013-W42"), ("winter", "DATE", "2013-WI")],
    ),
    ("The Israeli group Peace Now says 3,000 units are planned.", "2013-07-30", []),
    (
        "Martin was killed on Feb. 26, 2012, as he walked home on a rainy Sunday evening.",
        "2013-07-14",
        [("Feb. 26, 2012", "DATE", "2012-02-26"), ("a rainy Sunday evening", "TIME", "2012-02-26TEV")],
    ),
    (
        "He last fought here on a wet Friday night in March 1989.",
        "2013-04-21",
        [("a wet Friday night", "TIME", "XXXX-WXX-5TNI"), ("March 1989", "DATE", "1989-03")],
    ),
    (
        "Sentiment rose in January to 73.8 from 72.9 earlier in the month.",
        "2013-02-01",
        [("January", "DATE", "2013-01"), ("earlier in the month", "DATE", "2013-01", "START")],
    ),
    (
        "Prices fell in February but recovered later in the month.",
        "2013-03-20",
        [("February", "DATE", "2013-02"), ("later in the month", "DATE", "2013-02", "END")],
    ),
    ("Heavy rain was expected in southern China Monday.", "2013-11-09", [("Monday", "DATE", "2013-11-11")]),
    (
        "Tokyo wants an answer on Monday. Abe returns to Tokyo on Saturday.",
        "2013-01-18",
        [("Monday", "DATE", "2013-01-21"), ("Saturday", "DATE", "2013-01-19")],
    ),
    (
        "Sunshine is expected by Tuesday. A thunderstorm could hit on Saturday.",
        "2013-09-13",
        [("Tuesday", "DATE", "2013-09-17"), ("Saturday", "DATE", "2013-09-14")],
    ),
    (
        "The trial opens next Monday. Closing arguments are expected Friday.",
        "2014-05-22",
        [("next Monday", "DATE", "2014-05-26"), ("Friday", "DATE", "2014-05-30")],
    ),
    (
        "Amtrak plans extra service on Sunday and Monday.",
        "2013-11-26",
        [("Sunday", "DATE", "2013-12-01"), ("Monday", "DATE", "2013-12-02")],
    ),
    ("Mueller scored in the 11th minute and Klose added another in the 23rd.", "2014-07-09", []),
    ("He holed a 20-foot putt on the 17th. His tee shot on the 18th found a bunker.", "2014-04-14", []),
    (
        "In the 1996 race, Bob Dole clinched the nomination on March 26.",
        "2000-03-08",
        [("1996", "DATE", "1996"), ("March 26", "DATE", "1996-03-26")],
    ),
    (
        (
            "Some 1.6 million Syrians had registered, and the agency expects that figure to reach 3.5 "
            "million by the end of the year."
        ),
        "2013-06-19",
        [("the end of the year", "DATE", "2013", "END")],
    ),
    (
        "Arctic summer sea ice shrank by 13 percent per decade between 1979 and 2012.",
        "2013-09-27",
        [("1979", "DATE", "1979"), ("2012", "DATE", "2012")],
    ),
    ("The summer monsoon brought heavy rains to Pakistan.", "2013-09-27", []),
    (
        "The election was the first since the 2009 coup, when soldiers flew Zelaya to Costa Rica on June 28.",
        "2013-11-26",
        [("2009", "DATE", "2009"), ("June 28", "DATE", "2009-06-28")],
    ),
    ("Capriles urged a march on Wednesday.", "2013-04-16", [("Wednesday", "DATE", "2013-04-17")]),
    (
        "Capriles called for protests on Monday night.",
        "2013-04-16",
        [("Monday night", "TIME", "2013-04-22TNI")],
    ),
    (
        "The talks ended early Wednesday. The ships left Wednesday at 6:30 pm.",
        "2013-09-11",
        [
            ("early Wednesday", "DATE", "2013-09-11", "START"),
            ("Wednesday at 6:30 pm", "TIME", "2013-09-11T18:30"),
        ],
    ),
    (
        "Rubio appeared on seven Sunday talk shows two weeks ago.",
        "2013-01-29",
        [("two weeks ago", "DATE", "2013-W03")],
    ),
    ("Sunday shows him winning by two points.", "2013-01-29", [("Sunday", "DATE", "2013-01-27")]),
]
NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The war of 1919–1922 began on 15 May 1919 and ended in September 1922. Troops landed at "
            "Smyrna on 15 May. Over the summer they moved inland."
        ),
        "2011-09-02",
        [
            ("1919", "DATE", "1919"),
            ("1922", "DATE", "1922"),
            ("15 May 1919", "DATE", "1919-05-15"),
            ("September 1922", "DATE", "1922-09"),
            ("15 May", "DATE", "1919-05-15"),
            ("the summer", "DATE", "1919-SU"),
        ],
    ),
    (
        "The Easter Offensive began on 30 March 1972.",
        "1989-03-30",
        [("Easter", "DATE", "1972-04-02"), ("30 March 1972", "DATE", "1972-03-30")],
    ),
    (
        "Nixon ordered the Christmas bombing, which lasted from 18 to 29 December 1972.",
        "1989-03-30",
        [
            ("Christmas", "DATE", "1972-12-25"),
            ("18", "DATE", "1972-12-18"),
            ("29 December 1972", "DATE", "1972-12-29"),
        ],
    ),
    (
        "Saigon fell on 30 April 1975. In the weeks after the fall, officials were sent to camps.",
        "2025-04-30",
        [("30 April 1975", "DATE", "1975-04-30")],
    ),
    (
        (
            "The garrison fell on 7 May 1954. Peace talks took up Indochina on 8 May 1954, the day "
            "after the fall."
        ),
        "1997-05-07",
        # (The day restated by its event, as the WikiWars gold draws it: "on 2 October 1950-the day
        # after the ROK Army crossed the 38th-parallel border".)
        [
            ("7 May 1954", "DATE", "1954-05-07"),
            ("8 May 1954", "DATE", "1954-05-08"),
            ("the day after the fall", "DATE", "1954-05-08"),
        ],
    ),
    (
        (
            "Saigon fell on 30 April 1975. Relations were restored in July 1995. Today a parade is "
            "being held; rehearsals had been going on since March."
        ),
        "2025-04-30",
        [
            ("30 April 1975", "DATE", "1975-04-30"),
            ("July 1995", "DATE", "1995-07"),
            ("Today", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2025-03"),
        ],
    ),
    (
        (
            "They stormed the Alto on 26 May 1880. On the night of the 6th of June the Chileans "
            "climbed the Morro, and at dawn the next day they carried the fortress."
        ),
        "1990-05-01",
        [
            ("26 May 1880", "DATE", "1880-05-26"),
            ("the night of the 6th of June", "TIME", "1880-06-06TNI"),
            ("dawn", "TIME", "1880-06-07TMO"),
            ("the next day", "DATE", "1880-06-07"),
        ],
    ),
    (
        (
            "The war broke out on the night of 4 February 1899. President Ramos led ceremonies in "
            "Quezon City last Friday."
        ),
        "1996-08-26",
        [("the night of 4 February 1899", "TIME", "1899-02-04TNI"), ("last Friday", "DATE", "1996-08-23")],
    ),
    (
        "The war broke out on 4 February 1899. The following Friday the rebels attacked.",
        "1996-08-26",
        [("4 February 1899", "DATE", "1899-02-04"), ("The following Friday", "DATE", "1899-02-10")],
    ),
    (
        (
            "The Norwegian campaign was fought between 9 April and 10 June 1940. The Sunday Times "
            "reported in March last year that a museum at Drobak is due to open in 2005."
        ),
        "2003-02-20",
        [
            ("9 April", "DATE", "1940-04-09"),
            ("10 June 1940", "DATE", "1940-06-10"),
            ("March last year", "DATE", "2002-03"),
            ("2005", "DATE", "2005"),
        ],
    ),
    (
        (
            "The Simla Agreement was signed in July 1972. Mujib, released from prison in January 1972, "
            "returned to Dhaka on 10 January. Two days later he became prime minister."
        ),
        "2026-01-15",
        [
            ("July 1972", "DATE", "1972-07"),
            ("January 1972", "DATE", "1972-01"),
            ("10 January", "DATE", "1972-01-10"),
            ("Two days later", "DATE", "1972-01-12"),
        ],
    ),
    (
        "The counter-offensive opened in January 1978. Cuban brigades had arrived over the Christmas period.",
        "2021-08-30",
        [("January 1978", "DATE", "1978-01"), ("Christmas", "DATE", "1977-12-25")],
    ),
    ("Spruance withdrew to avoid a night surface engagement.", "2020-02-03", []),
    (
        "The war ended in December 1971. 16 December is celebrated each year as Victory Day.",
        "1996-12-16",
        [
            ("December 1971", "DATE", "1971-12"),
            ("16 December", "DATE", "XXXX-12-16"),
            ("each year", "SET", "P1Y"),
            ("Victory Day", "DATE", "XXXX-12-16"),
        ],
    ),
    (
        "Eritrea became independent in 1993. Independence Day is celebrated every 24 May with parades.",
        "2021-05-24",
        [
            ("1993", "DATE", "1993"),
            ("Independence Day", "DATE", "XXXX-05-24"),
            ("every 24 May", "SET", "XXXX-05-24"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_43(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_43(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


def test_a_fall_with_no_place_fallen_is_autumn() -> None:
    timexes = annotate("Prices fell in June. After the fall, the harvest came in.", dct="1997-05-07")
    assert [(timex.text, timex.type) for timex in timexes] == [("June", "DATE"), ("the fall", "DATE")]
