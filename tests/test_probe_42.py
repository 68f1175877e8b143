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

A second round: WWI and WWII campaigns, whole wars from background to legacy, AP and AFP news of
early 2013, US business and court news of 2013, sports wires of 2013.
- A report's clock after a sentence of days weeks back is on the report's day, whichever day of
  that sentence came last ("won 27 straight games from Feb. 3 to March 25. The game tipped off at
  9:08 p.m."); "that morning" after such a sentence is its day's.
- "as they did in 2012" tells its own time; a number's comma closes its clause ("Icahn, who bought
  shares in 2012, raised his bid in February" is this February); what is "barred" until a month
  is barred until the coming one; "the third quarter of its fiscal 2014" is the fiscal year's;
  "afternoon trading Thursday" is Thursday's; the past of an "if" clause after "could" is a future
  shifted back; "the Sunday newspaper" names a kind of paper; "until midnight" after a morning is
  its day's end.
- In a history: "that July with fireworks"; "a night engagement" holds no night's length;
  "shortly after midnight" after a morning is the midnight that began it; a count from an event the
  text does not date that would land years past the writing is only a length; a season a plan
  looks ahead to from a month told is the next one; "This morning" outside a quotation is the
  writer's; a war's name with an en dash (U+2013) opens an encyclopaedia's article ("The
  Mexican-American War was ..." so written).

A third round: late-2013 world wires, AQUAINT-like news from Asia of 1998-99, US state and city
government news of 2013, and histories of colonial, civil, naval and air wars.
- "Earlier in the week" after a month the story told is the report's week; a participle of what
  follows ("followed in December by a vote") tells no tense; "the same period" after a year its
  sentence named is that year; what "looked likely to" happen is to come; "that day" right after a
  day of telling names it ("China announced the zone on Saturday, Nov. 23. It took effect that
  day"); "could still be heard" is no future; talks "called for Friday" are to come, as a trip
  that "leaves Washington on Sunday" is.
- In a history: a count from an event past the writing is a length whatever the clause's tense
  ("Today, two decades after the war ended, demining is expected to continue"); a day set for later
  in the year told is that year's ("Independence was set for 11 November"); "a day still marked as
  Homecoming Day" holds no length; a sentence of the writer's days ("This weekend", "Tomorrow")
  dates the weekdays and clocks it goes on to by the DCT; "This May" is the writer's May.

A fourth round: US politics and courts news and disaster news of mid-2013, Latin American wires of
2013, histories of wars of the 1990s and 2000s, of Rome's wars, and of insurgencies.
- "through the weekend" written on a Sunday is the weekend still going on; "later in the week"
  after a Sunday is the next week; a day told "at a news conference in Seoul" is no day the
  report's clocks are on; a visitor "expected in Santiago on Friday" is to come; "the Feast of
  Saint James"; a national day restated by its date is that date ("Independence Day, Sept. 7");
  a weekday a verb "and" joins to an old day's clause is the report's ("had surgery on Oct. 8 and
  returned to work on Monday").
- In a history: a year without its era before "between the Romans" ("fought on 9 August 378
  between"); "St Vitus Day"; an encyclopaedia's lead names a conflict or an insurgency ("The Moro
  conflict is an insurgency") and may give its years in brackets and another name between commas
  before its verb.

A fifth round: world news of March-April 2013, earnings wires and broadcast transcripts of 2013,
trials of 2013, and histories of 19th-century wars and of colonial wars of the 17th and 18th
centuries.
- "the second day of the conclave", "the third day of the trial" count from the day the text
  told the event began on; "The storm continues into Saturday" and "The Senate takes up the bill
  Tuesday" look ahead; "the June quarter of 2012" is one expression.
- In a history: a weekday in apposition to a day of the years the Old Style was kept is that day
  ("on 19 December 1675, a Sunday"); the year of a treaty named by its place ("the Treaty of London
  of 1839") and a date after "having been" move no story; "said that August that he would fight"
  keeps its "that".

A sixth round: energy and climate news, US economy news and African wires of 2013, and histories
of the wars of Israel and the Arab states, of medieval wars and of 20th-century revolutions.
- "warned that New Year's Day would be grim" is no "that" day; a zone's span of hours ("1700-0500
  GMT", "from 1800 to 0600 GMT") holds no year; who is left "in place until the end of the year"
  is so until this year's end.
- In a history, a month a flashback tells earlier in the year than the story's time is that year's
  ("In February the crowds had filled the streets", after 25 October 1917).
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
    (
        (
            "Miami beat San Antonio 95-88 on Thursday night. The Heat won 27 straight games from Feb. "
            "3 to March 25. The game tipped off at 9:08 p.m. EDT."
        ),
        "2013-06-21",
        [
            ("Thursday night", "TIME", "2013-06-20TNI"),
            ("Feb. 3", "DATE", "2013-02-03"),
            ("March 25", "DATE", "2013-03-25"),
            ("9:08 p.m. EDT", "TIME", "2013-06-20T21:08-04:00"),
        ],
    ),
    (
        (
            "Boston beat St. Louis 6-1 on Wednesday night. Ortiz addressed the Fenway crowd five days "
            "later, on April 20. The game started at 8:07 p.m. EDT."
        ),
        "2013-10-31",
        [
            ("Wednesday night", "TIME", "2013-10-30TNI"),
            ("five days", "DURATION", "P5D"),
            ("April 20", "DATE", "2013-04-20"),
            ("8:07 p.m. EDT", "TIME", "2013-10-30T20:07-04:00"),
        ],
    ),
    (
        "The Heat will visit the White House on Tuesday, as they did in 2012.",
        "2013-06-21",
        [("Tuesday", "DATE", "2013-06-25"), ("2012", "DATE", "2012")],
    ),
    (
        "Icahn, who bought shares in 2012, raised his bid in February.",
        "2013-09-12",
        [("2012", "DATE", "2012"), ("February", "DATE", "2013-02")],
    ),
    (
        "Insiders are barred from selling until early May.",
        "2013-11-07",
        [("early May", "DATE", "2014-05", "START")],
    ),
    (
        "The deal should close in the third quarter of its fiscal 2014.",
        "2013-09-12",
        [("the third quarter of its fiscal 2014", "DATE", "2014-Q3")],
    ),
    (
        (
            "Icahn said on Monday that he would give up. Dell's shares rose 5 cents in afternoon "
            "trading Thursday."
        ),
        "2013-09-12",
        [
            ("Monday", "DATE", "2013-09-09"),
            ("afternoon", "TIME", "2013-09-12TAF"),
            ("Thursday", "DATE", "2013-09-12"),
        ],
    ),
    (
        (
            "The rescue ended shortly before 5 pm. The building collapsed on April 24. Managers "
            "ordered workers back inside that morning."
        ),
        "2013-05-10",
        [
            ("5 pm", "TIME", "2013-05-10T17:00"),
            ("April 24", "DATE", "2013-04-24"),
            ("that morning", "TIME", "2013-04-24TMO"),
        ],
    ),
    (
        (
            "Officials warned that Bangladesh could lose trade privileges if conditions did not "
            "improve by the end of the year."
        ),
        "2013-05-10",
        [("the end of the year", "DATE", "2013", "END")],
    ),
    (
        "The Sunday newspaper Le Journal du Dimanche reported the cost on Monday.",
        "2013-02-11",
        [("Monday", "DATE", "2013-02-11")],
    ),
    (
        "The vote began Tuesday morning and lasted until midnight.",
        "2013-06-04",
        [("Tuesday morning", "TIME", "2013-06-04TMO"), ("midnight", "TIME", "2013-06-04T24:00")],
    ),
    (
        "He last came in April 1996. Earlier in the week, Clinton attended the APEC summit.",
        "1998-11-21",
        [("April 1996", "DATE", "1996-04"), ("Earlier in the week", "DATE", "1998-W47", "START")],
    ),
    (
        "Officials will unveil the plan in October, followed in December by a vote.",
        "1999-07-01",
        [("October", "DATE", "1999-10"), ("December", "DATE", "1999-12")],
    ),
    (
        "Exports rose 5 percent in 1996 and imports rose 8 percent over the same period.",
        "1998-05-21",
        [("1996", "DATE", "1996"), ("the same period", "DATE", "1996")],
    ),
    ("The plan looked likely to pass in September.", "2013-06-27", [("September", "DATE", "2013-09")]),
    (
        "Jets flew on Wednesday. China announced the zone on Saturday, Nov. 23. It took effect that day.",
        "2013-11-28",
        [
            ("Wednesday", "DATE", "2013-11-27"),
            ("Saturday, Nov. 23", "DATE", "2013-11-23"),
            ("that day", "DATE", "2013-11-23"),
        ],
    ),
    (
        "Gunfire could still be heard at 10 p.m. on Thursday, residents said.",
        "2013-12-06",
        [("10 p.m. on Thursday", "TIME", "2013-12-05T22:00")],
    ),
    ("Yanukovich has called talks for Friday.", "2013-12-11", [("Friday", "DATE", "2013-12-13")]),
    ("Biden leaves Washington on Sunday.", "2013-11-28", [("Sunday", "DATE", "2013-12-01")]),
    (
        "Deputies will remain on duty through the weekend.",
        "2013-07-14",
        [("the weekend", "DATE", "2013-W28-WE")],
    ),
    (
        "The Justice Department said Sunday it would decide later in the week.",
        "2013-07-14",
        [("Sunday", "DATE", "2013-07-14"), ("later in the week", "DATE", "2013-W29", "END")],
    ),
    (
        (
            "The jet crashed Saturday, Asiana said at a news conference in Seoul early Monday local "
            "time. Flight 214 struck a seawall at 11:28 a.m. PDT."
        ),
        "2013-07-08",
        [
            ("Saturday", "DATE", "2013-07-06"),
            ("early Monday", "DATE", "2013-07-08", "START"),
            ("11:28 a.m. PDT", "TIME", "2013-07-06T11:28-07:00"),
        ],
    ),
    ("The king was expected in Santiago on Friday.", "2013-07-25", [("Friday", "DATE", "2013-07-26")]),
    (
        "The crash came on the eve of the Feast of Saint James.",
        "2013-07-25",
        [("the Feast of Saint James", "DATE", "2013-07-25")],
    ),
    (
        "SAO PAULO (AP) — Protesters plan to march again on Independence Day, Sept. 7.",
        "2013-09-02",
        [("Independence Day, Sept. 7", "DATE", "2013-09-07")],
    ),
    (
        "She had surgery on Oct. 8 and returned to work on Monday.",
        "2013-11-19",
        [("Oct. 8", "DATE", "2013-10-08"), ("Monday", "DATE", "2013-11-18")],
    ),
    (
        "The conclave opened on March 12. Bergoglio was elected on the second day of the conclave.",
        "2013-03-20",
        [("March 12", "DATE", "2013-03-12"), ("the second day", "DATE", "2013-03-13")],
    ),
    (
        "The trial opened on Aug. 22. Prosecutors spoke on the third day of the trial.",
        "2013-08-26",
        [("Aug. 22", "DATE", "2013-08-22"), ("the third day", "DATE", "2013-08-24")],
    ),
    ("The storm continues into Saturday.", "2013-02-08", [("Saturday", "DATE", "2013-02-09")]),
    ("The Senate takes up the bill Tuesday.", "2013-07-12", [("Tuesday", "DATE", "2013-07-16")]),
    (
        "Sales rose 20 percent from the June quarter of 2012.",
        "2013-07-23",
        [("the June quarter of 2012", "DATE", "2012-Q2")],
    ),
    (
        "Aid groups warned that New Year's Day would be grim.",
        "2013-12-23",
        [("New Year's Day", "DATE", "2014-01-01")],
    ),
    (
        "The group failed to reach a decision, leaving Badri in place until the end of the year.",
        "2013-05-31",
        [("the end of the year", "DATE", "2013", "END")],
    ),
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
    (
        "The peace was signed in 1774. Catherine celebrated the peace in Moscow that July with fireworks.",
        "2011-05-09",
        [("1774", "DATE", "1774"), ("that July", "DATE", "1774-07")],
    ),
    (
        "On 4 June 1942 Yamamoto ordered a night engagement.",
        "2012-06-04",
        [("4 June 1942", "DATE", "1942-06-04")],
    ),
    (
        (
            "Dive bombers set Hiryu on fire late on 4 June 1942; she sank early the next morning. "
            "Yamamoto cancelled the night attack shortly after midnight and withdrew at 02:55 on 5 "
            "June."
        ),
        "2012-06-04",
        [
            ("4 June 1942", "DATE", "1942-06-04"),
            ("early the next morning", "TIME", "1942-06-05TMO", "START"),
            ("midnight", "TIME", "1942-06-05T00:00"),
            ("02:55 on 5 June", "TIME", "1942-06-05T02:55"),
        ],
    ),
    (
        (
            "The Korean War was fought from 1950 to 1953. The memorial was dedicated in 1995. Today "
            "the two Koreas are still at war sixty years after the first shots were fired."
        ),
        "2010-06-25",
        [
            ("1950", "DATE", "1950"),
            ("1953", "DATE", "1953"),
            ("1995", "DATE", "1995"),
            ("Today", "DATE", "PRESENT_REF"),
            ("sixty years", "DURATION", "P60Y"),
        ],
    ),
    (
        "In December 1915 the Allies agreed to attack in the spring.",
        "2010-05-01",
        [("December 1915", "DATE", "1915-12"), ("the spring", "DATE", "1916-SP")],
    ),
    (
        "The treaty was signed on 28 June 1919. This morning, the King laid a wreath at the Cenotaph.",
        "2025-11-11",
        [("28 June 1919", "DATE", "1919-06-28"), ("This morning", "TIME", "2025-11-11TMO")],
    ),
    (
        (
            "Dos Santos stepped down in September 2017. Today, two decades after the war ended, "
            "demining is expected to continue until 2028."
        ),
        "2026-01-15",
        [
            ("September 2017", "DATE", "2017-09"),
            ("Today", "DATE", "PRESENT_REF"),
            ("two decades", "DURATION", "P20Y"),
            ("2028", "DATE", "2028"),
        ],
    ),
    (
        "The Alvor Agreement was signed on 15 January 1975. Independence was set for 11 November.",
        "2026-01-15",
        [("15 January 1975", "DATE", "1975-01-15"), ("11 November", "DATE", "1975-11-11")],
    ),
    (
        "Mujib returned on 10 January 1972, a day still marked as Homecoming Day.",
        "2025-03-26",
        [("10 January 1972", "DATE", "1972-01-10")],
    ),
    (
        (
            "Valens reached Constantinople in 378. The battle was fought on 9 August 378 between the "
            "Romans and the Goths."
        ),
        "2021-09-12",
        [("378", "DATE", "0378"), ("9 August 378", "DATE", "0378-08-09")],
    ),
    (
        (
            "The Kosovo War lasted from 28 February 1998 until 11 June 1999. Milosevic was extradited "
            "on 28 June 2001, St Vitus Day."
        ),
        "2004-06-02",
        [
            ("28 February 1998", "DATE", "1998-02-28"),
            ("11 June 1999", "DATE", "1999-06-11"),
            ("28 June 2001", "DATE", "2001-06-28"),
            ("St Vitus Day", "DATE", "2001-06-28"),
        ],
    ),
    (
        (
            "King Philip's War was fought in 1675-1676. The Great Swamp Fight took place on 19 "
            "December 1675, a Sunday."
        ),
        "2009-06-22",
        [
            ("1675", "DATE", "1675"),
            ("1676", "DATE", "1676"),
            ("19 December 1675", "DATE", "1675-12-19"),
            ("Sunday", "DATE", "1675-12-19"),
        ],
    ),
    (
        (
            "The war was fought in 1870 and 1871. Belgian neutrality, guaranteed by the Treaty of "
            "London of 1839, was respected. On 13 July the King declined a French demand."
        ),
        "2013-08-02",
        [
            ("1870", "DATE", "1870"),
            ("1871", "DATE", "1871"),
            ("1839", "DATE", "1839"),
            ("13 July", "DATE", "1870-07-13"),
        ],
    ),
    (
        (
            "In 1870 the throne of Spain was vacant, the queen having been deposed in September 1868. "
            "In July the King declined a French demand."
        ),
        "2013-08-02",
        [("1870", "DATE", "1870"), ("September 1868", "DATE", "1868-09"), ("July", "DATE", "1870-07")],
    ),
    (
        "In 1864 Brazil intervened. Lopez said that August that he would fight.",
        "2013-08-02",
        [("1864", "DATE", "1864"), ("that August", "DATE", "1864-08")],
    ),
    (
        (
            "The October Revolution was a seizure of power in Petrograd on 25 October 1917. In "
            "February the crowds had filled the streets."
        ),
        "2017-11-07",
        [
            ("October", "DATE", "1917-10"),
            ("25 October 1917", "DATE", "1917-10-25"),
            ("February", "DATE", "1917-02"),
        ],
    ),
]

#: Histories that auto mode reads as such, with a sentence of the writer's days.
HISTORY_AUTO: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The Battle of Britain was a campaign fought in 1940. On 15 September the raids peaked. "
            "This weekend a flypast will cross London on Saturday at around noon."
        ),
        "1990-09-12",
        [
            ("1940", "DATE", "1940"),
            ("15 September", "DATE", "1940-09-15"),
            ("This weekend", "DATE", "1990-W37-WE"),
            ("Saturday", "DATE", "1990-09-15"),
            ("around noon", "TIME", "1990-09-15T12:00", "APPROX"),
        ],
    ),
    (
        (
            "The Blitz was a bombing campaign fought in 1940 and 1941. The raid came on 29 December "
            "1940. Tomorrow survivors will gather on the steps at 6 p.m."
        ),
        "2003-12-28",
        [
            ("1940", "DATE", "1940"),
            ("1941", "DATE", "1941"),
            ("29 December 1940", "DATE", "1940-12-29"),
            ("Tomorrow", "DATE", "2003-12-29"),
            ("6 p.m.", "TIME", "2003-12-29T18:00"),
        ],
    ),
    (
        (
            "The Battle of Jutland was a naval battle fought on 31 May 1916. The last veteran died in "
            "2009. This May a new exhibition opened at the museum."
        ),
        "2016-05-31",
        [("31 May 1916", "DATE", "1916-05-31"), ("2009", "DATE", "2009"), ("This May", "DATE", "2016-05")],
    ),
    (
        (
            "Moro conflict\n\nThe Moro conflict is an insurgency in the Mindanao region of the southern "
            "Philippines, fought since the late 1960s. Misuari founded the MNLF in 1972, and Marcos "
            "imposed martial law in September."
        ),
        "2025-06-10",
        [
            ("the late 1960s", "DATE", "196", "END"),
            ("1972", "DATE", "1972"),
            ("September", "DATE", "1972-09"),
        ],
    ),
    (
        (
            "The First Jewish\u2013Roman War (AD 66\u201373), sometimes called the Great Revolt, was the "
            "first of three rebellions. The revolt began in AD 66. In August the priests stopped the "
            "sacrifices."
        ),
        "2002-05-14",
        [("AD 66", "DATE", "0066"), ("AD 66", "DATE", "0066"), ("August", "DATE", "0066-08")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_42(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


def test_en_dash_war_name_reads_as_a_history() -> None:
    text = (
        "The Mexican\u2013American War was an armed conflict between the United States and Mexico "
        "from 1846 to 1848. Taylor took Monterrey in September."
    )
    assert_found(
        annotate(text, dct="1987-09-14", domain="auto"),
        [("1846", "DATE", "1846"), ("1848", "DATE", "1848"), ("September", "DATE", "1846-09")],
    )


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_42(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), HISTORY_AUTO)
def test_history_auto_probe_42(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="auto"), expected)


def test_a_zones_span_of_hours_holds_no_year() -> None:
    for text in (
        "A curfew now runs from 6:00 pm to 6:00 am (1700-0500 GMT).",
        "Police imposed a curfew from 1800 to 0600 GMT.",
    ):
        assert not [
            timex
            for timex in annotate(text, dct="2013-12-06")
            if timex.type == "DATE" and timex.value.isdigit()
        ]
