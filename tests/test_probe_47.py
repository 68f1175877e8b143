"""A forty-seventh probe: news of 2013 (politics, courts, weather, sport, health, business and
markets), TimeBank- and AQUAINT-like news of 1989-91 and 1998-2000, and histories of the wars of
the 17th century, of America's wars of 1812-1902 and of the First World War's fronts (documents
written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- "was due on May 15" is a deadline seen from the past: this year's May 15, gone by (not next
  year's); a first plan set off before a clause of what may still be done ("The summit,
  originally scheduled for the fall, may be moved up") is ahead; "had fallen in November",
  "had risen in November" are finished events; "great stuff coming in the fall" is ahead; a
  month's figure compared with ("from the September estimate") is one published.
- A rank before its infinitive ("the 24th to hit the country") and a unit's number before its
  name in brackets ("The 6th (Poona) Division") are no days.
- A report's "the next decade" is the writer's, whatever year it looked ahead to before.
- "its first shutdown in 17 years early Tuesday": "early" is Tuesday's.
- A battle's counted days count from the first day of the range the text gave ("on February
  22 and 23, 1847 ... at about 3 p.m. on the first day"; "at dawn on the second day"; a siege
  "from May 18 to July 4").
- "By evening two battleships had been lost", "That first afternoon": the story's day's part.
- "Corpus Christi" after "to" is the city; "a Christmas gift" is no day.
- A fixed holiday a history says is a holiday ("Anzac Day is a public holiday", "Armistice Day
  became a public holiday") is every year's day.
- A month before a later year an event led to ("His escape in November led to war in 1648") is
  the story's year's; "the middle of the summer" keeps its edge before a capitalised subject.
- In a history, "Six hours later" after a clock the story told is the time so many hours on;
  "D-Day" in a history of another landing is that landing's day; "at about 0400 hours" is a
  clock with its approximation; "Argentina remembers its dead on 2 April" is every year's day;
  "His will was signed on 3 October" holds no future "will".
- In news: a quote's day through "said in a statement from Geneva late Saturday"; "a year
  earlier" after a quarter of its own sentence is that quarter's; a year set off after a
  fronted clause ("The last time they clinched at home, in 2004, the series ended Oct. 27")
  frames the sentence; "as dark a day as" and "current dollars" are no times; "mark Nov. 11 as
  Remembrance Day" is every year's; "on the 7th to mark Victory Day" is a day.
- A dateline under a headline and a byline ("Jury Selection Delayed Again

MIAMI, Feb. 13 --")
  is the day the story's "today" is; "An 8 p.m. curfew was imposed on Sunday" is Sunday's clock.
- In a history, what historians say of the dates ("German historians end it in May 1941") moves
  no story; a day named since a battle's days were counted ends the count ("besieged from 8
  October for a month; on the first day ..."); "Victory in Europe Day" is 8 May 1945.
- In news, a volume compared with ("above the 251 million shares traded Friday") moves no clock;
  a cause of a forecast ("because of heavy spending during the summer", "reflecting spending in
  August") is gone by; a subject's relative pluperfect ("A man who had been fired opened fire
  late Monday") leaves the day a clock's; a year that frames a sentence frames a day after "at
  dawn on"; the verb before a time of the day ("killed 300 people just before dawn on Oct. 29")
  dates the day after it; "The first night we slept under the sky" counts the story's nights;
  "said that a vote on Thursday would be close" looks ahead; "until night fell" is that day's.
- In a history: "as night fell" is the story day's night; "six o'clock in the evening of 20
  November 1910" is one time; "St Nicholas' Day" is 6 December.
- A forecast dates what comes after it, not the time before it ("In January, the company
  predicted a loss for the March quarter"; "Economists predicted a recovery in the spring");
  "The very next day" counts on; "the 28th of Iyar" is no Gregorian day; "the 2007-09
  recession" spans two years.
- In a history: "23:01 Central European Time on 8 May"; "Meanwhile" looks back no further than
  ahead (September after March is that year's); a month the story has just named ("between 7
  December and 8 January ... throughout December") is that one.
- "argued until 5 a.m." after "early Friday" is Friday's; "where it was still early morning";
  "in less than a decade" after a sum is a length; "We wanted him in June" is gone by.
- In a history: "Earlier this year" after a legacy's year is the writer's; "the first days of
  spring" is the season's start; "the night of the second day"; "in the night" is the story
  day's; a concession that opens its sentence ("Although war was not declared until the
  following year, fighting began that summer") moves no story.
- "The team has a game on Sunday" and "are sitting on their hands until at least the spring"
  look ahead.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    ("The report was due on May 15.", "2013-06-14", [("May 15", "DATE", "2013-05-15")]),
    ("The report is due on July 15.", "2013-06-14", [("July 15", "DATE", "2013-07-15")]),
    (
        "The summit, originally scheduled for the fall, may be moved up.",
        "1990-08-03",
        [("the fall", "DATE", "1990-FA")],
    ),
    (
        "The summit, originally scheduled for October, may be moved up.",
        "1990-08-03",
        [("October", "DATE", "1990-10")],
    ),
    ("Sales had fallen in November.", "2013-10-01", [("November", "DATE", "2012-11")]),
    ("Prices had risen in November, the agency said.", "2013-10-01", [("November", "DATE", "2012-11")]),
    ("Haiyan is the 24th to hit the country this year.", "2013-11-08", [("this year", "DATE", "2013")]),
    (
        "Talks run from the 12th to the 15th.",
        "2013-11-08",
        [("the 12th", "DATE", "2013-11-12"), ("the 15th", "DATE", "2013-11-15")],
    ),
    (
        "The plan keeps the fund solvent until 2054. Workers who retire in the next decade would gamble.",
        "2000-06-09",
        [("2054", "DATE", "2054"), ("the next decade", "DATE", "201")],
    ),
    ("The company had great stuff coming in the fall.", "2013-07-23", [("the fall", "DATE", "2013-FA")]),
    ("Since coming in June he has changed the team.", "2013-07-23", [("June", "DATE", "2013-06")]),
    (
        "The economy will grow 3 percent next year, a slight improvement from the September estimate.",
        "2013-12-18",
        [("next year", "DATE", "2014"), ("September", "DATE", "2013-09")],
    ),
    (
        "The government began its first shutdown in 17 years early Tuesday.",
        "2013-10-01",
        [("17 years", "DURATION", "P17Y"), ("early Tuesday", "DATE", "2013-10-01", "START")],
    ),
    (
        "Play will begin two hours early tomorrow.",
        "2013-10-01",
        [("two hours", "DURATION", "PT2H"), ("tomorrow", "DATE", "2013-10-02")],
    ),
    (
        '"Today, we made history," Kerry said in a statement from Geneva late Saturday.',
        "2013-11-25",
        [("Today", "DATE", "2013-11-23"), ("late Saturday", "DATE", "2013-11-23", "END")],
    ),
    (
        "Profits rose in the third quarter. Sales fell 4 percent in the second quarter from a year earlier.",
        "1989-10-16",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("the second quarter", "DATE", "1989-Q2"),
            ("a year earlier", "DATE", "1988-Q2"),
        ],
    ),
    (
        "The last time they clinched at home, in 2004, the series ended Oct. 27.",
        "2013-10-31",
        [("2004", "DATE", "2004"), ("Oct. 27", "DATE", "2004-10-27")],
    ),
    (
        "The team, founded in 2004, said sales rose Oct. 27.",
        "2013-10-31",
        [("2004", "DATE", "2004"), ("Oct. 27", "DATE", "2013-10-27")],
    ),
    ('"This is as dark a day as I can remember," she said.', "2013-07-01", []),
    ("The figures are in current dollars.", "1990-07-31", []),
    (
        "Canadian groups mark Nov. 11 as Remembrance Day.",
        "1998-10-26",
        [("Nov. 11", "DATE", "XXXX-11-11"), ("Remembrance Day", "DATE", "XXXX-11-11")],
    ),
    (
        "Xi began a four-day state visit on the 7th to mark Victory Day on the 9th.",
        "2025-05-09",
        [
            ("four-day", "DURATION", "P4D"),
            ("the 7th", "DATE", "2025-05-07"),
            ("Victory Day", "DATE", "2025-05-09"),
            ("the 9th", "DATE", "2025-05-09"),
        ],
    ),
    (
        "Regulars have been coming in this week to say goodbye.",
        "2011-05-14",
        [("this week", "DATE", "2011-W19")],
    ),
    ("Smith's will be the last vote on Friday.", "2013-05-14", [("Friday", "DATE", "2013-05-17")]),
    (
        (
            "Jury Selection Delayed Again\n\nMIAMI, Feb. 13 -- A Federal judge today postponed the "
            "trial. The lawyer said this afternoon that the papers arrived yesterday."
        ),
        "1991-02-14",
        [
            ("Feb. 13", "DATE", "1991-02-13"),
            ("today", "DATE", "1991-02-13"),
            ("this afternoon", "TIME", "1991-02-13TAF"),
            ("yesterday", "DATE", "1991-02-12"),
        ],
    ),
    (
        (
            "Wall Street Braces for Earnings\nBy JOHN SMITH\n\nNEW YORK, Oct. 25 -- Stocks fell sharply "
            "today, and analysts said yesterday's rally had been overdone."
        ),
        "1989-10-26",
        [
            ("Oct. 25", "DATE", "1989-10-25"),
            ("today", "DATE", "1989-10-25"),
            ("yesterday", "DATE", "1989-10-24"),
        ],
    ),
    (
        "The airport reopened on Saturday. An 8 p.m. curfew was imposed on Sunday.",
        "2013-11-11",
        [
            ("Saturday", "DATE", "2013-11-09"),
            ("8 p.m.", "TIME", "2013-11-10T20:00"),
            ("Sunday", "DATE", "2013-11-10"),
        ],
    ),
    ("This will happen in June.", "2013-03-01", [("June", "DATE", "2013-06")]),
    (
        (
            "Stocks rebounded yesterday. Volume rose to 416 million shares, above the 251 million "
            "shares traded Friday. By 10 a.m. the Dow was down 63 points."
        ),
        "1989-10-17",
        [
            ("yesterday", "DATE", "1989-10-16"),
            ("Friday", "DATE", "1989-10-13"),
            ("10 a.m.", "TIME", "1989-10-16T10:00"),
        ],
    ),
    (
        (
            "Analysts expect both auto makers to post sharply lower profits because of heavy incentive "
            "spending during the summer."
        ),
        "1989-10-25",
        [("the summer", "DATE", "1989-SU")],
    ),
    (
        "GM expects lower profits, reflecting heavy incentive spending in August and September.",
        "1989-10-25",
        [("August", "DATE", "1989-08"), ("September", "DATE", "1989-09")],
    ),
    (
        (
            "A man who had been fired opened fire late Monday, police said Tuesday. The shooting "
            "happened at 10:30 p.m."
        ),
        "2013-01-15",
        [
            ("late Monday", "DATE", "2013-01-14", "END"),
            ("Tuesday", "DATE", "2013-01-15"),
            ("10:30 p.m.", "TIME", "2013-01-14T22:30"),
        ],
    ),
    (
        "In 2008, a quake killed 300 people at dawn on Oct. 29.",
        "2013-09-26",
        [("2008", "DATE", "2008"), ("dawn", "TIME", "2008-10-29TMO"), ("Oct. 29", "DATE", "2008-10-29")],
    ),
    (
        "The quake killed 300 people just before dawn on Oct. 29.",
        "2013-09-26",
        [("dawn", "TIME", "2012-10-29TMO"), ("Oct. 29", "DATE", "2012-10-29")],
    ),
    (
        "The quake killed 300 people at 4 a.m. on Oct. 29.",
        "2013-09-26",
        [("4 a.m. on Oct. 29", "TIME", "2012-10-29T04:00")],
    ),
    (
        "Voting will start at 8 a.m. on Oct. 29.",
        "2013-09-26",
        [("8 a.m. on Oct. 29", "TIME", "2013-10-29T08:00")],
    ),
    (
        (
            'The quake struck on Tuesday. "The first night we slept under the sky. '
            'The second night it was raining," he said.'
        ),
        "2013-09-26",
        [
            ("Tuesday", "DATE", "2013-09-24"),
            ("The first night", "TIME", "2013-09-24TNI"),
            ("The second night", "TIME", "2013-09-25TNI"),
        ],
    ),
    ("The first day of school is Monday.", "2013-09-26", [("Monday", "DATE", "2013-09-30")]),
    (
        "Boehner said that a vote on Thursday would be close.",
        "2013-12-11",
        [("Thursday", "DATE", "2013-12-12")],
    ),
    ("Reid warned that a vote in January would be too late.", "2013-12-11", [("January", "DATE", "2014-01")]),
    (
        "Rescuers searched the rubble on Monday until night fell.",
        "2013-11-20",
        [("Monday", "DATE", "2013-11-18"), ("night", "TIME", "2013-11-18TNI")],
    ),
    (
        "In January, the company predicted a loss for the March quarter.",
        "2013-04-21",
        [("January", "DATE", "2013-01"), ("the March quarter", "DATE", "2013-Q1")],
    ),
    ("Economists predicted a recovery in the spring.", "1991-02-14", [("the spring", "DATE", "1991-SP")]),
    (
        '"Last Friday, Noriega declared war," Bush said. "The very next day, his forces shot an American."',
        "1989-12-20",
        [("Last Friday", "DATE", "1989-12-15"), ("The very next day", "DATE", "1989-12-16")],
    ),
    ("Jerusalem Day falls on the 28th of Iyar.", "2012-05-30", []),
    (
        "Jobs lost during the 2007-09 recession have not returned.",
        "2013-12-06",
        [("2007", "DATE", "2007"), ("09", "DATE", "2009")],
    ),
    (
        "The report was approved early Friday as delegates argued until 5 a.m.",
        "2013-09-27",
        [("early Friday", "DATE", "2013-09-27", "START"), ("5 a.m.", "TIME", "2013-09-27T05:00")],
    ),
    (
        "The party won the election Sunday, setting off celebrations that lasted until 3 a.m.",
        "2013-09-27",
        [("Sunday", "DATE", "2013-09-22"), ("3 a.m.", "TIME", "2013-09-23T03:00")],
    ),
    (
        "Bush spoke in Washington, where it was still early morning.",
        "1991-02-15",
        [("early morning", "TIME", "1991-02-15TMO", "START")],
    ),
    (
        "The thrift grew to $2 billion in less than a decade.",
        "1989-10-26",
        [("less than a decade", "DURATION", "P10Y", "LESS_THAN")],
    ),
    ("They pay $40 a month.", "1989-10-26", []),
    ('"We wanted him in June," he said.', "2015-09-02", [("June", "DATE", "2015-06")]),
    ("The team has a game on Sunday.", "2013-03-22", [("Sunday", "DATE", "2013-03-24")]),
    ("The team had a game on Sunday.", "2013-03-22", [("Sunday", "DATE", "2013-03-17")]),
    (
        "The auto companies are sitting on their hands until at least the spring.",
        "1989-10-24",
        [("the spring", "DATE", "1990-SP")],
    ),
    ("Buyers stayed away until the summer.", "1989-10-24", [("the summer", "DATE", "1989-SU")]),
]
NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "Taylor held off Santa Anna at Buena Vista on February 22 and 23, 1847. Fighting began at "
            "about 3 p.m. on the first day."
        ),
        "2009-06-02",
        [
            ("February 22", "DATE", "1847-02-22"),
            ("23, 1847", "DATE", "1847-02-23"),
            ("about 3 p.m. on the first day", "TIME", "1847-02-22T15:00", "APPROX"),
        ],
    ),
    (
        "The fighting on May 5 and 6, 1864 was confused. Hancock attacked at dawn on the second day.",
        "2010-07-01",
        [
            ("May 5", "DATE", "1864-05-05"),
            ("6, 1864", "DATE", "1864-05-06"),
            ("dawn", "TIME", "1864-05-06TMO"),
            ("the second day", "DATE", "1864-05-06"),
        ],
    ),
    (
        "The siege lasted from May 18 to July 4, 1863. On the first day Grant attacked.",
        "2010-07-01",
        [
            ("May 18", "DATE", "1863-05-18"),
            ("July 4, 1863", "DATE", "1863-07-04"),
            ("the first day", "DATE", "1863-05-18"),
        ],
    ),
    (
        "The decisive attempt came on 18 March 1915. By evening two battleships had been lost.",
        "2009-07-22",
        [("18 March 1915", "DATE", "1915-03-18"), ("evening", "TIME", "1915-03-18TEV")],
    ),
    (
        "The landings began on 25 April 1915. That first afternoon the Turks counter-attacked.",
        "2009-07-22",
        [("25 April 1915", "DATE", "1915-04-25"), ("That first afternoon", "TIME", "1915-04-25TAF")],
    ),
    (
        "The 6th (Poona) Division landed at Fao in November 1914.",
        "2010-11-05",
        [("November 1914", "DATE", "1914-11")],
    ),
    (
        "In the summer of 1845 Taylor moved his army to Corpus Christi.",
        "2009-06-02",
        [("the summer of 1845", "DATE", "1845-SU")],
    ),
    (
        "Sherman offered Lincoln the city as a Christmas gift on December 22, 1864.",
        "2011-11-15",
        [("December 22, 1864", "DATE", "1864-12-22")],
    ),
    (
        "The fleet sailed on 18 March 1915. In Australia, Anzac Day is a public holiday.",
        "2009-07-22",
        [("18 March 1915", "DATE", "1915-03-18"), ("Anzac Day", "DATE", "XXXX-04-25")],
    ),
    (
        "The armistice was signed on 11 November 1918. Armistice Day became a public holiday in France.",
        "2012-11-08",
        [("11 November 1918", "DATE", "1918-11-11"), ("Armistice Day", "DATE", "XXXX-11-11")],
    ),
    (
        "The armistice was signed on 11 November 1918. On Armistice Day the guns fell silent.",
        "2012-11-08",
        [("11 November 1918", "DATE", "1918-11-11"), ("Armistice Day", "DATE", "1918-11-11")],
    ),
    (
        "Charles was handed over in January 1647. His escape in November led to war in 1648.",
        "2010-11-02",
        [("January 1647", "DATE", "1647-01"), ("November", "DATE", "1647-11"), ("1648", "DATE", "1648")],
    ),
    (
        "In May 1654 the Tsar left Moscow, and by the middle of the summer Russian troops had taken Polotsk.",
        "2012-01-27",
        [("May 1654", "DATE", "1654-05"), ("the middle of the summer", "DATE", "1654-SU", "MID")],
    ),
    (
        "At 2 a.m. on 24 October 1917 the artillery opened fire. Six hours later the infantry attacked.",
        "2011-05-18",
        [
            ("2 a.m. on 24 October 1917", "TIME", "1917-10-24T02:00"),
            ("Six hours later", "TIME", "1917-10-24T08:00"),
        ],
    ),
    (
        (
            "At 11:40 p.m. on 14 April 1912 the ship struck an iceberg. Two hours and forty minutes "
            "later she sank."
        ),
        "2010-04-14",
        [
            ("11:40 p.m. on 14 April 1912", "TIME", "1912-04-14T23:40"),
            ("Two hours and forty minutes later", "TIME", "1912-04-15T02:20"),
        ],
    ),
    (
        "The assault began at dawn on 1 July 1916. Two hours later the first wave was pinned down.",
        "2008-03-14",
        [
            ("dawn", "TIME", "1916-07-01TMO"),
            ("1 July 1916", "DATE", "1916-07-01"),
            ("Two hours", "DURATION", "PT2H"),
        ],
    ),
    (
        "The Marines landed on Guadalcanal on 7 August 1942. D-Day met little resistance.",
        "2010-11-03",
        [("7 August 1942", "DATE", "1942-08-07"), ("D-Day", "DATE", "1942-08-07")],
    ),
    (
        "On D-Day, 1 April 1945, the Marines met almost no resistance.",
        "2010-11-03",
        [("D-Day", "DATE", "1945-04-01"), ("1 April 1945", "DATE", "1945-04-01")],
    ),
    (
        "The Allies landed in Normandy on 6 June 1944. D-Day cost 4,000 lives.",
        "2010-11-03",
        [("6 June 1944", "DATE", "1944-06-06"), ("D-Day", "DATE", "1944-06-06")],
    ),
    (
        "The landings began on 21 May 1982. The first troops went ashore at about 0400 hours.",
        "2011-02-22",
        [("21 May 1982", "DATE", "1982-05-21"), ("about 0400 hours", "TIME", "1982-05-21T04:00", "APPROX")],
    ),
    (
        (
            "Fighting broke out on the night of July 7, 1937. At around 0500 hours the next morning "
            "Japanese artillery shelled Wanping."
        ),
        "2009-04-14",
        [
            ("the night of July 7, 1937", "TIME", "1937-07-07TNI"),
            ("around 0500 hours the next morning", "TIME", "1937-07-08T05:00", "APPROX"),
        ],
    ),
    (
        (
            "Argentina invaded on 2 April 1982. The war ended on 14 June 1982. Argentina remembers its "
            "dead on 2 April."
        ),
        "2011-02-22",
        [
            ("2 April 1982", "DATE", "1982-04-02"),
            ("14 June 1982", "DATE", "1982-06-14"),
            ("2 April", "DATE", "XXXX-04-02"),
        ],
    ),
    (
        "The king fell ill in August 1700. His will was signed on 3 October.",
        "2008-05-14",
        [("August 1700", "DATE", "1700-08"), ("3 October", "DATE", "1700-10-03")],
    ),
    (
        (
            "British historians date the battle from 10 July 1940; German historians end it in May "
            "1941. The main assault opened on 13 August."
        ),
        "2010-09-13",
        [
            ("10 July 1940", "DATE", "1940-07-10"),
            ("May 1941", "DATE", "1941-05"),
            ("13 August", "DATE", "1940-08-13"),
        ],
    ),
    (
        "The surrender took effect on 8 May 1945, celebrated in the West as Victory in Europe Day.",
        "2012-05-08",
        [("8 May 1945", "DATE", "1945-05-08"), ("Victory in Europe Day", "DATE", "1945-05-08")],
    ),
    (
        (
            "On 27 January 1868 the two armies met at Toba. Fighting lasted four days. On the second "
            "day the imperial banner was raised. Aizu was besieged from 8 October for a month; on the "
            "first day the Byakkotai killed themselves."
        ),
        "2010-09-17",
        [
            ("27 January 1868", "DATE", "1868-01-27"),
            ("four days", "DURATION", "P4D"),
            ("the second day", "DATE", "1868-01-28"),
            ("8 October", "DATE", "1868-10-08"),
            ("a month", "DURATION", "P1M"),
            ("the first day", "DATE", "1868-10-08"),
        ],
    ),
    (
        "The battle at Edgehill on 23 October 1642 ended inconclusively as night fell.",
        "2011-08-22",
        [("23 October 1642", "DATE", "1642-10-23"), ("night", "TIME", "1642-10-23TNI")],
    ),
    (
        "The uprising was set for six o'clock in the evening of 20 November 1910.",
        "2010-11-20",
        [("six o'clock in the evening of 20 November 1910", "TIME", "1910-11-20T18:00")],
    ),
    (
        "Kiev was stormed on St Nicholas' Day 1240.",
        "2012-01-17",
        [("St Nicholas' Day 1240", "DATE", "1240-12-06")],
    ),
    (
        "The siege began on 6 April 1453. The second day the walls were breached.",
        "2010-01-01",
        [("6 April 1453", "DATE", "1453-04-06"), ("The second day", "DATE", "1453-04-07")],
    ),
    (
        "Germany surrendered on 7 May 1945, effective at 23:01 Central European Time on 8 May.",
        "2010-05-08",
        [
            ("7 May 1945", "DATE", "1945-05-07"),
            ("23:01 Central European Time on 8 May", "TIME", "1945-05-08T23:01+01:00"),
        ],
    ),
    (
        (
            "In March 1864 Grant took command. Meanwhile, Sherman captured Atlanta on September 2, and "
            "Lincoln was reelected two months later."
        ),
        "2008-03-14",
        [
            ("March 1864", "DATE", "1864-03"),
            ("September 2", "DATE", "1864-09-02"),
            ("two months later", "DATE", "1864-11"),
        ],
    ),
    (
        (
            "The invasion began on 30 November 1939. At Suomussalmi, between 7 December and 8 January, "
            "two divisions were destroyed. The line held throughout December, and on Christmas Day the "
            "front was quiet."
        ),
        "2011-01-25",
        [
            ("30 November 1939", "DATE", "1939-11-30"),
            ("7 December", "DATE", "1939-12-07"),
            ("8 January", "DATE", "1940-01-08"),
            ("December", "DATE", "1939-12"),
            ("Christmas Day", "DATE", "1939-12-25"),
        ],
    ),
    (
        (
            "The Marines landed on 7 August 1942. The island was evacuated on 7 February 1943. "
            "Veterans returned in 1992. Earlier this year a series depicted the campaign."
        ),
        "2010-08-07",
        [
            ("7 August 1942", "DATE", "1942-08-07"),
            ("7 February 1943", "DATE", "1943-02-07"),
            ("1992", "DATE", "1992"),
            ("Earlier this year", "DATE", "2010", "START"),
        ],
    ),
    (
        "Saguntum fell in 219 BC. The army rested in the first days of spring.",
        "2010-05-01",
        [("219 BC", "DATE", "BC0219"), ("the first days of spring", "DATE", "BC0219-SP", "START")],
    ),
    (
        (
            "The siege began on 28 September 1781. On the night of the second day the British "
            "abandoned their outer works."
        ),
        "2011-02-17",
        [
            ("28 September 1781", "DATE", "1781-09-28"),
            ("the night of the second day", "TIME", "1781-09-29TNI"),
        ],
    ),
    (
        (
            "Hannibal reached the Rhone on 14 August 218 BC. A detachment crossed upstream in the "
            "night and attacked the Gauls the next morning."
        ),
        "2008-03-14",
        [
            ("14 August 218 BC", "DATE", "BC0218-08-14"),
            ("the night", "TIME", "BC0218-08-14TNI"),
            ("the next morning", "TIME", "BC0218-08-15TMO"),
        ],
    ),
    (
        (
            "The troops took the fort on 16 July 1932. Although war was not declared until the "
            "following year, fighting began that summer."
        ),
        "2011-02-17",
        [
            ("16 July 1932", "DATE", "1932-07-16"),
            ("the following year", "DATE", "1933"),
            ("that summer", "DATE", "1932-SU"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_47(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_47(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
