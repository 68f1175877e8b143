"""A forty-fourth probe: AP and NYT news of 1989-1991, histories of ancient Greek and Punic wars,
2013 news on health, science and space, WSJ business news of 1989, broadcast transcripts of 1998
and histories of wars in the Americas of 1900-1940 (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- "twice as high a dividend this year as last": the unit said once serves both ("last" is last
  year).
- A day that opens its sentence after "Also," or "Meanwhile," keeps a timetable's present
  ("Also, on Wednesday, the President travels to Illinois" is the coming Wednesday).
- Crowds and traffic expected on a day are still to come ("Officials expected a million visitors
  on Saturday").
- A moment restated in brackets in another zone, the zone after it ("(7 p.m. Wednesday, Eastern
  daylight time)"), moves no story; nor does the day of what the sentence's event came after,
  with its clock ("began at 6:40 p.m. EST Wednesday, less than 19 hours after the U.N. deadline
  expired at midnight EST Tuesday").
- A day still to come told between an evening and the small hours leaves them the next day's.
- What a relative clause goes on to tell counts from the day it told ("Ahern, who left Belfast on
  Wednesday and came back the same day,").
- A forecast compared with "the same period last year" is compared with its own quarter.
- "overnight" before a copula ("The storm that hit Los Angeles overnight is the worst"); another
  world's night or season is no time ("the lunar night", "the Martian winter"); "the 19th
  province" is a rank.
- An order's object may run to six words ("urged everyone aged 6 months and older to get
  vaccinated by March").

Three rounds more: US crime news of 2013-14, histories of medieval and early modern European
wars, European news of 2014-16, histories of 20th-century wars in the Middle East and Asia,
business news of 1998-2000, obituaries; weather news of 2011-12, histories of Asian wars before
1900, sports wires of 2010-12, US politics news of 2008-12, histories of the Latin American wars
of independence and of 1848, world crises of 1998-2000; Asian news of 2014-15, histories of World
War II in North Africa and Southeast Asia, local community news, markets news of 2007-09,
histories of the Crusades, news of 2016-20.
- A finished past verb dates a day at the end of a longer object and place ("Gunmen killed 12
  people at the offices of Charlie Hebdo on Jan. 7", written in November); so does a figure's move
  over a period that ends on it ("fell 18 percent in the week ending Oct. 10").
- A measure agreed or signed to start on a day is still to come ("agreed on Thursday to a
  ceasefire starting on Sunday"); so is what was called off for a day ("canceled all trains ...
  for Saturday and Sunday") and where one "is headed" on a day.
- A relative clause's day takes its own verb's time, not the main clause's before it ("The
  ministers will discuss the pact, which Germany proposed in April"); what the clause goes on to
  tell counts from it ("Ahern, who left Belfast on Wednesday ... and came back the same day").
- "told lawmakers on Monday he would decide": the day of the telling.
- A day told by its weekday after the small hours of the DCT's day leaves its evening that day's
  ("spoke at midnight. Scuffles broke out on Friday afternoon. ... by 6 p.m.").
- "May" is a person's name in a text that names her in full ("Theresa May ... May met Rutte").
- A brief that opens on its own day without a year is a report ("He died on April 2 at his home.
  He was born on Sept. 14, 1931"); "Some nights are still the hardest" is no length; "the rainy
  evening of Feb. 26, 2012"; "through sunset on Friday"; "for at least the next week" a length;
  "the 19th province"; race margins ("limited his losses to 2:15") are no clock.
- In a history: a heading that names a winter leaves the months before it in its year ("Edgehill
  and the winter of 1642-43 ... in mid-October"); a sentence that opens on the year of the day
  told goes back to that year's start ("fought on 9 December 1824. In 1824 ... In February"); a
  lead that begins and ends at places keeps the start ("began in Pest on 15 March 1848 and ended at
  Világos on 13 August 1849"); "advanced through the summer of 1708" moves the story; a regnal
  year counts from an accession told after its date ("On 4 March 1461 Edward became king"); the
  feasts of saints named as such ("the feast of St. Crispin", "St. Luke's Day", "Corpus
  Christi"); "this year" in a story generations back is the writer's.

A fifth round: US news of 1989-90, histories of African wars of 1873-1926, government press
briefings of 1998-2013, emerging-market news of 1998-2000, histories of the wars of 2001-2014
written close to their time, Xinhua news of 1998-2000.
- "this year and next", "this year or next": the unit said once.
- "the bond due in 2005" names a security; it tells no plan of the clause ("rose ... on Friday").
- A day the pluperfect tells a little before the day a report has just told with its year is in
  that year ("ran aground on March 24, 1989. ... had been drinking on March 23").
- A history whose closing paragraph speaks of its writer's days ("today", "said last month")
  after a story of old years is still a history in auto mode.

A sixth round: business and technology news of 1998-2000, histories of the Russian Civil War and
the wars of 1917-21, news of 2021-24, public radio features, histories of 19th-century colonial
wars in South and Southeast Asia, sports and entertainment news of 1998-2000.
- The small hours an afternoon's or an evening's events go on "until" are the next day's ("got
  here at three o'clock yesterday afternoon and didn't get home until almost 2 a.m.").
- "the Nth" of a month may be followed by its clause's subject, a name, after "By" or a fronted
  part of the day as after "On" ("At daybreak on the 15th Campbell counterattacked", "By the 20th
  Sikh reinforcements had reached the river"), not a unit's ("The 15th Hussars charged").
- "threw for 277 yards in the first half": a game's half.

A seventh round, of the kinds of the held-out corpora themselves: world and US news of 2013,
AP and WSJ news of 1989-90, AQUAINT-like news of 1998-2000, histories of wars of 1800-1950 and of
1950-2000.
- "Meanwhile" opens a sentence whose first day of a month, not only its month, goes around the
  story's time ("surrendered on 2 January 1905. Meanwhile the armies met at Liaoyang from 25
  August to 3 September": 1904).
- A day several countries keep, said "on" a day of a month, is that day ("Bangladesh celebrates
  Victory Day on 16 December"; a weekday after it is no such day).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "The plan would mean nearly twice as high a dividend this year as last.",
        "1989-11-02",
        [("this year", "DATE", "1989"), ("last", "DATE", "1988")],
    ),
    (
        "Fewer tourists came this month than last, the ministry said.",
        "2013-05-20",
        [("this month", "DATE", "2013-05"), ("last", "DATE", "2013-04")],
    ),
    (
        "Also, on Wednesday, the President travels to Illinois.",
        "1998-01-27",
        [("Wednesday", "DATE", "1998-01-28")],
    ),
    (
        "Meanwhile, on Thursday, the Senate votes on the bill.",
        "1998-01-27",
        [("Thursday", "DATE", "1998-01-29")],
    ),
    ("Also on Monday, the company said it cut 300 jobs.", "1998-01-27", [("Monday", "DATE", "1998-01-26")]),
    (
        "Officials expected a million visitors on Saturday.",
        "1989-11-10",
        [("Saturday", "DATE", "1989-11-11")],
    ),
    (
        "The mayor expected heavy traffic over the weekend.",
        "1989-11-10",
        [("the weekend", "DATE", "1989-W45-WE")],
    ),
    (
        "Police had expected large crowds on Saturday but few came.",
        "1989-11-10",
        [("Saturday", "DATE", "1989-11-04")],
    ),
    (
        (
            "The attack began at 2 a.m. Kuwait time (7 p.m. Wednesday, Eastern daylight time), and by "
            "midday Iraqi forces controlled the capital."
        ),
        "1990-08-02",
        [
            ("2 a.m. Kuwait time", "TIME", "1990-08-02T02:00+03:00"),
            ("7 p.m. Wednesday", "TIME", "1990-08-01T19:00"),
            ("midday", "TIME", "1990-08-02T12:00"),
        ],
    ),
    (
        (
            "Allied forces pounded Iraq today. The attack began at 6:40 p.m. EST Wednesday, after the "
            "U.N. deadline expired at 11 p.m. EST Tuesday. Bush announced the attack at 9 p.m."
        ),
        "1991-01-17",
        [
            ("today", "DATE", "1991-01-17"),
            ("6:40 p.m. EST Wednesday", "TIME", "1991-01-16T18:40-05:00"),
            ("11 p.m. EST Tuesday", "TIME", "1991-01-15T23:00-05:00"),
            ("9 p.m.", "TIME", "1991-01-16T21:00"),
        ],
    ),
    (
        (
            "Schabowski announced the decision Thursday evening. The law may pass before Christmas. "
            "Hoffmann crossed at about 1:30 a.m."
        ),
        "1989-11-10",
        [
            ("Thursday evening", "TIME", "1989-11-09TEV"),
            ("Christmas", "DATE", "1989-12-25"),
            ("about 1:30 a.m.", "TIME", "1989-11-10T01:30", "APPROX"),
        ],
    ),
    (
        (
            "The deal was announced late this afternoon. Ahern, who left Belfast on Wednesday to bury "
            "his mother and came back the same day, has been here since then."
        ),
        "1998-04-10",
        [
            ("late this afternoon", "TIME", "1998-04-10TAF", "END"),
            ("Wednesday", "DATE", "1998-04-08"),
            ("the same day", "DATE", "1998-04-08"),
        ],
    ),
    (
        "The summit ended on Tuesday. Clinton, who returned on Sunday, announced the breakdown the same day.",
        "1998-04-10",
        [
            ("Tuesday", "DATE", "1998-04-07"),
            ("Sunday", "DATE", "1998-04-05"),
            ("the same day", "DATE", "1998-04-07"),
        ],
    ),
    (
        (
            "Net fell in the third quarter. The company expects the fourth quarter to be flat with the "
            "same period last year."
        ),
        "1989-10-17",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("the fourth quarter", "DATE", "1989-Q4"),
            ("the same period last year", "DATE", "1988-Q4"),
        ],
    ),
    (
        "The storm that hit Los Angeles overnight is the worst in decades.",
        "1998-02-20",
        [("overnight", "TIME", "1998-02-19TNI"), ("decades", "DURATION", "PXY")],
    ),
    (
        "Snow that fell overnight was cleared by noon.",
        "1998-02-20",
        [("overnight", "TIME", "1998-02-19TNI"), ("noon", "TIME", "1998-02-20T12:00")],
    ),
    ("Staying overnight is allowed.", "1998-02-20", []),
    (
        "Both will power down during the lunar night, which lasts about 14 Earth days.",
        "2013-12-15",
        [("14 Earth days", "DURATION", "P14D", "APPROX")],
    ),
    ("The rover must survive the Martian winter.", "2013-12-15", []),
    ("Kuwait is the 19th province of Iraq.", "1990-11-30", []),
    ("The council met on the 19th in the city.", "1990-11-30", [("the 19th", "DATE", "1990-11-19")]),
    (
        "Officials urged everyone aged 6 months and older to get vaccinated by March.",
        "2013-11-08",
        [("March", "DATE", "2014-03")],
    ),
    (
        "Gunmen killed 12 people at the offices of Charlie Hebdo on Jan. 7.",
        "2015-11-14",
        [("Jan. 7", "DATE", "2015-01-07")],
    ),
    (
        "Police arrested the suspect at his home in a northern suburb on Jan. 7.",
        "2015-11-14",
        [("Jan. 7", "DATE", "2015-01-07")],
    ),
    (
        "The leaders agreed on Thursday to a ceasefire in eastern Ukraine starting on Sunday.",
        "2015-02-12",
        [("Thursday", "DATE", "2015-02-12"), ("Sunday", "DATE", "2015-02-15")],
    ),
    ("They signed a deal on a ceasefire from Sunday.", "2015-02-12", [("Sunday", "DATE", "2015-02-15")]),
    (
        "The strike lasted three days, beginning Wednesday.",
        "2015-02-12",
        [("three days", "DURATION", "P3D"), ("Wednesday", "DATE", "2015-02-11")],
    ),
    (
        "He died on April 2 at his home in Enugu. He was born on Sept. 14, 1931.",
        "2015-04-08",
        [("April 2", "DATE", "2015-04-02"), ("Sept. 14, 1931", "DATE", "1931-09-14")],
    ),
    ('"Some nights are still the hardest," he said.', "2013-07-10", []),
    ('"Some days it feels like it happened yesterday."', "2013-07-10", [("yesterday", "DATE", "2013-07-09")]),
    ("He stayed some nights at the hotel.", "2013-07-10", [("some nights", "DURATION", "PXD")]),
    (
        "Martin was walking home on the rainy evening of Feb. 26, 2012.",
        "2013-07-14",
        [("the rainy evening of Feb. 26, 2012", "TIME", "2012-02-26TEV")],
    ),
    (
        "Obama ordered flags lowered to half-staff through sunset on Friday.",
        "2013-09-17",
        [("sunset", "TIME", "2013-09-20TEV"), ("Friday", "DATE", "2013-09-20")],
    ),
    (
        "Deputies will patrol the area around the clock for at least the next week.",
        "2013-07-14",
        [("at least the next week", "DURATION", "P1W", "EQUAL_OR_MORE")],
    ),
    (
        "Amtrak canceled all trains south of Washington for Saturday and Sunday.",
        "2011-08-26",
        [("Saturday", "DATE", "2011-08-27"), ("Sunday", "DATE", "2011-08-28")],
    ),
    ("The airline canceled 300 flights for Saturday.", "2011-08-26", [("Saturday", "DATE", "2011-08-27")]),
    ("Police canceled leave for officers on Saturday.", "2011-08-26", [("Saturday", "DATE", "2011-08-20")]),
    ("Romney is headed to Virginia on Friday.", "2012-10-04", [("Friday", "DATE", "2012-10-05")]),
    ("The ship was headed to Virginia on Friday.", "2012-10-04", [("Friday", "DATE", "2012-09-28")]),
    (
        "The ministers will discuss the pact, which Germany proposed in April.",
        "1999-06-11",
        [("April", "DATE", "1999-04")],
    ),
    (
        "The ministers will discuss the pact, which Germany proposed on Monday.",
        "1999-06-11",
        [("Monday", "DATE", "1999-06-07")],
    ),
    (
        "The ministers will discuss the pact, which expires in July.",
        "1999-06-11",
        [("July", "DATE", "1999-07")],
    ),
    ("Evans limited his losses to 2:15 on the Galibier.", "2011-07-24", []),
    ("He led by 1:34 after the time trial.", "2011-07-24", []),
    ("He arrived at 2:15.", "2011-07-24", [("2:15", "TIME", "2011-07-24T14:15")]),
    (
        "Prime Minister Theresa May postponed the vote. May met Dutch Prime Minister Mark Rutte on Tuesday.",
        "2018-12-11",
        [("Tuesday", "DATE", "2018-12-11")],
    ),
    ("Prime Minister Theresa May postponed the vote. Lawmakers reject May's plan again.", "2018-12-11", []),
    (
        "Theresa May postponed the vote until May. In May she will try again. Elections are due May 2.",
        "2018-12-11",
        [("May", "DATE", "2019-05"), ("May", "DATE", "2019-05"), ("May 2", "DATE", "2019-05-02")],
    ),
    (
        "The minister told lawmakers on Monday he would decide.",
        "2018-12-11",
        [("Monday", "DATE", "2018-12-10")],
    ),
    (
        "The governor told residents on Monday they should stay home.",
        "2020-11-05",
        [("Monday", "DATE", "2020-11-02")],
    ),
    (
        (
            "Leung spoke at midnight. Scuffles broke out on Friday afternoon. Police arrested 19 "
            "people by 6 p.m."
        ),
        "2014-10-03",
        [
            ("midnight", "TIME", "2014-10-03T00:00"),
            ("Friday afternoon", "TIME", "2014-10-03TAF"),
            ("6 p.m.", "TIME", "2014-10-03T18:00"),
        ],
    ),
    (
        "The index fell 18 percent in the week ending Oct. 10.",
        "2009-09-14",
        [("the week", "DURATION", "P1W"), ("Oct. 10", "DATE", "2008-10-10")],
    ),
    (
        "The state will spend 1.1 billion yuan this year and next on dikes.",
        "1998-08-21",
        [("this year", "DATE", "1998"), ("next", "DATE", "1999")],
    ),
    (
        "He came this year and next week he leaves.",
        "1998-08-21",
        [("this year", "DATE", "1998"), ("next week", "DATE", "1998-W35")],
    ),
    (
        "The benchmark FRB bond due in 2005 rose 1.25 cents to 91.50 cents on the dollar on Friday.",
        "2000-12-18",
        [("2005", "DATE", "2005"), ("Friday", "DATE", "2000-12-15")],
    ),
    (
        (
            "The tanker ran aground on March 24, 1989. Prosecutors argued that the captain had been "
            "drinking on March 23."
        ),
        "1990-03-23",
        [("March 24, 1989", "DATE", "1989-03-24"), ("March 23", "DATE", "1989-03-23")],
    ),
    (
        "She got here at three o'clock yesterday afternoon and didn't get home until almost 2 a.m.",
        "2008-11-05",
        [
            ("three o'clock yesterday afternoon", "TIME", "2008-11-04T15:00"),
            ("almost 2 a.m.", "TIME", "2008-11-05T02:00", "LESS_THAN"),
        ],
    ),
    (
        "Obama won Tuesday, setting off celebrations that lasted until 3 a.m.",
        "2008-11-05",
        [("Tuesday", "DATE", "2008-11-04"), ("3 a.m.", "TIME", "2008-11-05T03:00")],
    ),
    ("Warner threw for 277 yards in the first half.", "2000-01-31", []),
    (
        "Putin hosted Xi for Victory Day on Friday, and Americans celebrate Independence Day on July 4.",
        "2025-05-09",
        [
            ("Victory Day", "DATE", "2025-05-09"),
            ("Friday", "DATE", "2025-05-09"),
            ("Independence Day", "DATE", "2024-07-04"),
            ("July 4", "DATE", "2024-07-04"),
        ],
    ),
]
NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The war lasted from 1642 until 1646 and was renewed in 1648. The king raised his standard "
            "on 22 August 1642.\n\nEdgehill and the winter of 1642–43\n\nThe king turned towards London in "
            "mid-October and met Essex at Edgehill on 23 October."
        ),
        "2022-01-27",
        [
            ("1642", "DATE", "1642"),
            ("1646", "DATE", "1646"),
            ("1648", "DATE", "1648"),
            ("22 August 1642", "DATE", "1642-08-22"),
            ("the winter of 1642–43", "DATE", "1642-WI"),
            ("mid-October", "DATE", "1642-10", "MID"),
            ("23 October", "DATE", "1642-10-23"),
        ],
    ),
    (
        "The winter of 1777–78 was spent at Valley Forge. In June the army marched out.",
        "2011-05-02",
        [("The winter of 1777–78", "DATE", "1777-WI"), ("June", "DATE", "1778-06")],
    ),
    (
        (
            "The army left Saxony in September 1707. Charles advanced through the summer of 1708 and "
            "won at Holowczyn on 4 July."
        ),
        "1996-02-12",
        [
            ("September 1707", "DATE", "1707-09"),
            ("the summer of 1708", "DATE", "1708-SU"),
            ("4 July", "DATE", "1708-07-04"),
        ],
    ),
    (
        "On 4 March 1461 Edward became king. In the second year of his reign he married.",
        "2005-08-19",
        [("4 March 1461", "DATE", "1461-03-04"), ("the second year of his reign", "DATE", "1462")],
    ),
    (
        "Henry landed in August 1415. The battle was fought on the feast of St. Crispin.",
        "2016-03-09",
        [("August 1415", "DATE", "1415-08"), ("the feast of St. Crispin", "DATE", "1415-10-25")],
    ),
    (
        (
            "Henry landed in August 1415. The king rode out on St. Luke's Day and kept the feast of "
            "the Assumption."
        ),
        "2016-03-09",
        [
            ("August 1415", "DATE", "1415-08"),
            ("St. Luke's Day", "DATE", "1415-10-18"),
            ("the feast of the Assumption", "DATE", "1415-08-15"),
        ],
    ),
    (
        "In 1416 the council met at Corpus Christi.",
        "2016-03-09",
        [("1416", "DATE", "1416"), ("Corpus Christi", "DATE", "1416-06-18")],
    ),
    (
        (
            "The battle was fought on 9 December 1824. In 1824 the patriot cause was close to "
            "collapse. In February the garrison of Callao mutinied."
        ),
        "1988-11-20",
        [
            ("9 December 1824", "DATE", "1824-12-09"),
            ("1824", "DATE", "1824"),
            ("February", "DATE", "1824-02"),
        ],
    ),
    (
        (
            "The battle was fought on 9 December 1824. Early in 1824 Bolivar was ill. On 27 February "
            "the garrison mutinied."
        ),
        "1988-11-20",
        [
            ("9 December 1824", "DATE", "1824-12-09"),
            ("Early in 1824", "DATE", "1824", "START"),
            ("27 February", "DATE", "1824-02-27"),
        ],
    ),
    (
        (
            "The PLA crossed the Yangtze on April 21, 1949. By late 1949, the army was pursuing the "
            "remnants. The government retreated on December 10."
        ),
        "2009-03-14",
        [
            ("April 21, 1949", "DATE", "1949-04-21"),
            ("late 1949", "DATE", "1949", "END"),
            ("December 10", "DATE", "1949-12-10"),
        ],
    ),
    (
        (
            "The revolution began in Pest on 15 March 1848 and ended at Világos on 13 August 1849. On "
            "the morning of 15 March a group of radicals met at the Pilvax café."
        ),
        "2026-01-10",
        [
            ("15 March 1848", "DATE", "1848-03-15"),
            ("13 August 1849", "DATE", "1849-08-13"),
            ("the morning of 15 March", "TIME", "1848-03-15TMO"),
        ],
    ),
    (
        (
            "Saladin died at Damascus on 4 March 1193. A major exhibition at the British Museum "
            "earlier this year presented the crusade as a partial success."
        ),
        "2013-11-05",
        [("4 March 1193", "DATE", "1193-03-04"), ("earlier this year", "DATE", "2013", "START")],
    ),
    (
        (
            "The Golden Horde collected tribute until 1480. Each June the city holds a pageant, and "
            "this year's parade took place on 20 June."
        ),
        "2019-06-30",
        [
            ("1480", "DATE", "1480"),
            ("Each June", "SET", "XXXX-06"),
            ("this year", "DATE", "2019"),
            ("20 June", "DATE", "2019-06-20"),
        ],
    ),
    (
        (
            "The battle began on 23 October 1942. This year fewer than two hundred veterans attended "
            "the service."
        ),
        "1988-11-05",
        [("23 October 1942", "DATE", "1942-10-23"), ("This year", "DATE", "1988")],
    ),
    (
        "The surge began in 2004. Another major event of this year was the revelation of abuse.",
        "2009-05-01",
        [("2004", "DATE", "2004"), ("this year", "DATE", "2004")],
    ),
    (
        "Seville fell in November 1248. By the end of the year the king had moved his court there.",
        "1986-02-17",
        [("November 1248", "DATE", "1248-11"), ("the end of the year", "DATE", "1248", "END")],
    ),
    (
        (
            "Third Anglo-Ashanti War\n\nIn 1823 the first war began. In 1872 Britain bought the forts. "
            "Early in 1873 an army crossed the Pra. Wolseley arrived on 2 October 1873, and the column "
            "crossed the Pra on 20 January. Kumasi burned in February 1874. A fifth war broke out in "
            "1900.\n\nLegacy\n\nThe Ashanti remain a kingdom today, and the current king has reigned since "
            "1999. Objects looted from Kumasi in 1874 are now held in London, and the museum said last "
            "month that it would consider a loan."
        ),
        "2016-10-05",
        [
            ("1823", "DATE", "1823"),
            ("1872", "DATE", "1872"),
            ("Early in 1873", "DATE", "1873", "START"),
            ("2 October 1873", "DATE", "1873-10-02"),
            ("20 January", "DATE", "1874-01-20"),
            ("February 1874", "DATE", "1874-02"),
            ("1900", "DATE", "1900"),
            ("today", "DATE", "PRESENT_REF"),
            ("current", "DATE", "PRESENT_REF"),
            ("1999", "DATE", "1999"),
            ("1874", "DATE", "1874"),
            ("now", "DATE", "PRESENT_REF"),
            ("last month", "DATE", "2016-09"),
        ],
    ),
    (
        "On 1 December 1824 he attacked the British lines. At daybreak on the 15th Campbell counterattacked.",
        "2006-11-14",
        [
            ("1 December 1824", "DATE", "1824-12-01"),
            ("daybreak", "TIME", "1824-12-15TMO"),
            ("the 15th", "DATE", "1824-12-15"),
        ],
    ),
    (
        "Gough arrived on 18 December 1845. By the 20th Sikh reinforcements had reached the river.",
        "2012-04-27",
        [("18 December 1845", "DATE", "1845-12-18"), ("the 20th", "DATE", "1845-12-20")],
    ),
    (
        "Gough arrived on 18 December 1845. The 15th Hussars charged.",
        "2012-04-27",
        [("18 December 1845", "DATE", "1845-12-18")],
    ),
    (
        "Meade arrived on 2 July 1863. The 20th Maine charged.",
        "2012-04-27",
        [("2 July 1863", "DATE", "1863-07-02")],
    ),
    (
        (
            "The garrison surrendered on 2 January 1905. Meanwhile the main armies met at Liaoyang "
            "from 25 August to 3 September and at the Shaho River in October."
        ),
        "2003-06-21",
        [
            ("2 January 1905", "DATE", "1905-01-02"),
            ("25 August", "DATE", "1904-08-25"),
            ("3 September", "DATE", "1904-09-03"),
            ("October", "DATE", "1904-10"),
        ],
    ),
    (
        "Bangladesh celebrates Victory Day on 16 December.",
        "1996-12-16",
        [("Victory Day", "DATE", "XXXX-12-16"), ("16 December", "DATE", "XXXX-12-16")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_44(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_44(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)


def test_a_history_whose_last_paragraph_speaks_of_its_writers_days_reads_as_one() -> None:
    text, dct, expected = next(case for case in NARRATIVE if "Ashanti" in case[0])
    assert_found(annotate(text, dct=dct, domain="auto"), expected)
