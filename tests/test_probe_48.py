"""A forty-eighth probe: news of 2013 (wires and briefs, business and markets, US news, science,
world news), TimeBank- and AQUAINT-like news of 1989-91 and 1998-2000 (the Wall Street Journal,
features, broadcast transcripts), and histories of wars from antiquity to the 20th century
(documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- In news: "since the start of the year" counts to the writer's present, after an older year (a
  pluperfect keeps the story's); a source cited "according to a study released in May" came out
  in the writer's time; "two hours earlier than last year" and "six days shorter than a year
  ago" compare a time or a length, of the year; "the three months ended Nov. 2" is the quarter
  most of the months lie in; "rose 5.6 percent in October. Imports grew from a year earlier" is
  that month a year back; "trying to meet a Friday deadline" looks ahead ("failed to make the
  Friday deadline" does not); "Computer makers typically build inventory for the spring" is every
  year's; "earlier in the week" after a day its own sentence tells is that day's week; "THE WORLD
  TODAY", "CNN TODAY" are programmes; "four or more cups of coffee a day" is a rate; "closed
  Thursday and Friday" are two days running; "the then current market price" is a past present;
  a quarter named in apposition to a year-ago quarter and ended on a day of that year is that
  year's ("In the year-earlier quarter, the second quarter ended Oct. 31"), and so is "that
  quarter" after it; "showers were forecast for Tuesday" looks ahead; "the minutes of the Federal
  Reserve's July meeting" are of a meeting held; "The court on Wednesday cleared the way for" is
  the day of the clearing; "FALL RIVER, Mass." is a place; "the September accords" were reached;
  "wants a vote before the end of the year" after an older year is the writer's year; "before
  Friday vote", "as Thursday debt deadline looms" look ahead in a headline's present; "who had
  been at the club since 11 p.m." before "1:45 a.m. Sunday" is Saturday's evening; "at the
  beginning of the year" after a record "since ... in 1977" is the writer's year; "before the
  first" is a day of the month; "fiscal 2014's second quarter" keeps "fiscal"; "The adjuster's
  coming Wednesday" looks ahead and "coming" is the verb; "This quarter's loss includes charges"
  after the quarter just reported is that quarter; "it was a great day for Poland" is the day the
  story is at; an arrest's crime ("arrested a man in a shooting at a nightclub early Sunday") is no
  day the report moves to; "The day before the shooting" counts from the day the clerk was "shot";
  "and said in November" after an older year is the report's time; a broadcast's next item ("On
  Wall Street today") is no present age set against the year of the item before it; "last summer"
  set against "this summer" in its sentence is the year before's; "was ordered to report to the
  U.S. Marshals Service by 9 a.m. Friday" looks ahead; "shortly before midnight" after "late
  Tuesday" is the midnight ending Tuesday.
- In a history: "by 1700", "at 1530" soon after a day of the last century are military hours;
  "D-Day" in a history of another landing is the day set for it or set beside it ("D-Day was set
  for 7 May", "on D-Day, 20 November"), and "the evening of D-Day" that day's evening; "By
  evening perhaps 50,000 Romans lay dead"; "three months later, on November 24" is of that
  November; "Two days after the battle Hasan Pasha opened negotiations" ends its event at the
  name; a day restated in brackets in the Old Style calendar is of the nearest year; "shelled
  every night from late November until 28 December" is that year's run; "set D-Day for 14 June
  1944", and "the morning of D-Day" after the story has moved on, is the day set; military hours
  do not move the story's year ("by 1600 ... On 17 June"), and "From 1815 to 1948" stays years;
  "D+3" counts from the landing day or the day set for D-Day; "At 2200", "at about 2300", "at
  about 0530", "by 1300 on the 11th" and "between 2100 and 2330" are clocks; "in October" after
  "in October 1947 ... in 1949, and" is 1949's.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "The uprising against President Bashar al-Assad began with peaceful protests in March 2011 and "
        "has turned into a civil war. About a million Syrians have fled abroad, half of them since the "
        "start of the year.",
        "2013-03-21",
        [("March 2011", "DATE", "2011-03"), ("the start of the year", "DATE", "2013", "START")],
    ),
    (
        "A famine in 2011 killed nearly 260,000 people, half of them young children, according to a "
        "study released in May.",
        "2013-06-11",
        [("2011", "DATE", "2011"), ("May", "DATE", "2013-05")],
    ),
    (
        "Sales fell 1.2 percent in the third quarter. The company will open its stores on Thanksgiving "
        "Day, two hours earlier than last year.",
        "2013-11-26",
        [
            ("the third quarter", "DATE", "2013-Q3"),
            ("Thanksgiving Day", "DATE", "2013-11-28"),
            ("two hours", "DURATION", "PT2H"),
            ("last year", "DATE", "2012"),
        ],
    ),
    (
        "Hartwell Stores Inc. reported a 9 percent drop in third-quarter profit, saying shoppers remain "
        "cautious heading into a holiday season that is six days shorter than a year ago.",
        "2013-11-26",
        [
            ("third-quarter", "DATE", "2013-Q3"),
            ("six days", "DURATION", "P6D"),
            ("a year ago", "DATE", "2012"),
        ],
    ),
    (
        "Hartwell reported a drop in third-quarter profit. Net income in the three months ended Nov. 2 "
        "fell to $88 million. Sales fell 1.2 percent in the quarter.",
        "2013-11-26",
        [
            ("third-quarter", "DATE", "2013-Q3"),
            ("the three months", "DURATION", "P3M"),
            ("Nov. 2", "DATE", "2013-11-02"),
            ("the quarter", "DATE", "2013-Q3"),
        ],
    ),
    (
        "Hartwell reported a drop in third-quarter profit. Net income in the three months ended Nov. 2 "
        "fell to $88 million from $97 million a year earlier.",
        "2013-11-26",
        [
            ("third-quarter", "DATE", "2013-Q3"),
            ("the three months", "DURATION", "P3M"),
            ("Nov. 2", "DATE", "2013-11-02"),
            ("a year earlier", "DATE", "2012-Q3"),
        ],
    ),
    (
        "China's exports rose 5.6 percent in October. Imports grew 7.6 percent from a year earlier.",
        "2013-11-08",
        [("October", "DATE", "2013-10"), ("a year earlier", "DATE", "2012-10")],
    ),
    (
        "Congressional negotiators resumed budget talks yesterday, trying to meet a Friday deadline for "
        "a plan to cut the federal deficit.",
        "1990-10-15",
        [("yesterday", "DATE", "1990-10-14"), ("Friday", "DATE", "1990-10-19")],
    ),
    (
        "Personal computer makers typically build inventory for the spring selling season.",
        "1989-11-14",
        [("spring", "DATE", "XXXX-SP")],
    ),
    (
        "The attacks came eight years after American troops arrived in Saudi Arabia on Aug. 7, 1990. In "
        "Dar es Salaam, police said Wednesday night that they had detained six foreigners earlier in the "
        "week.",
        "1998-08-13",
        [
            ("eight years", "DURATION", "P8Y"),
            ("Aug. 7, 1990", "DATE", "1990-08-07"),
            ("Wednesday night", "TIME", "1998-08-12TNI"),
            ("earlier in the week", "DATE", "1998-W33", "START"),
        ],
    ),
    (
        "SHAW: Susan Candiotti in Miami. Thank you. That and more when THE WORLD TODAY continues.",
        "2000-04-06",
        [],
    ),
    (
        "Schools in more than 60 districts were closed Thursday and Friday, and the University of "
        "Arkansas canceled classes through the weekend.",
        "2013-01-17",
        [
            ("Thursday", "DATE", "2013-01-17"),
            ("Friday", "DATE", "2013-01-18"),
            ("the weekend", "DATE", "2013-W03-WE"),
        ],
    ),
    (
        "Rates of diabetes among U.S. adults rose from 5.5 percent in 1994 to 9.3 percent in 2010, "
        "according to CDC data released in December.",
        "2013-02-06",
        [("1994", "DATE", "1994"), ("2010", "DATE", "2010"), ("December", "DATE", "2012-12")],
    ),
    (
        "People who drink four or more cups of coffee a day may have a lower risk of developing type 2 "
        "diabetes, according to a large U.S. study published on Wednesday.",
        "2013-02-06",
        [("Wednesday", "DATE", "2013-02-06")],
    ),
    ("CNN TODAY returns in two minutes.", "2000-05-30", [("two minutes", "DURATION", "PT2M")]),
    (
        "Rain delayed the start of play by 45 minutes on Sunday morning, and organisers warned that more "
        "showers were forecast for Tuesday and Wednesday.",
        "2013-05-27",
        [
            ("45 minutes", "DURATION", "PT45M"),
            ("Sunday morning", "TIME", "2013-05-26TMO"),
            ("Tuesday", "DATE", "2013-05-28"),
            ("Wednesday", "DATE", "2013-05-29"),
        ],
    ),
    (
        "China's benchmark Shanghai Composite Index closed 0.5 percent lower on Wednesday, as investors "
        "awaited the minutes of the U.S. Federal Reserve's July meeting, due out at 2 p.m. EDT (1800 "
        "GMT).",
        "2013-08-21",
        [
            ("Wednesday", "DATE", "2013-08-21"),
            ("July", "DATE", "2013-07"),
            ("2 p.m. EDT", "TIME", "2013-08-21T14:00-04:00"),
            ("1800 GMT", "TIME", "2013-08-21T18:00Z"),
        ],
    ),
    (
        "The court on Wednesday cleared the way for the extradition.",
        "1999-03-18",
        [("Wednesday", "DATE", "1999-03-17")],
    ),
    (
        "Britain's highest court on Wednesday cleared the way for the extradition of a retired Argentine "
        "naval officer to Spain. The ruling, read out at 2:15 p.m., was the latest turn in a case that "
        "has strained relations between London and Buenos Aires since last October.",
        "1999-03-18",
        [
            ("Wednesday", "DATE", "1999-03-17"),
            ("2:15 p.m.", "TIME", "1999-03-17T14:15"),
            ("last October", "DATE", "1998-10"),
        ],
    ),
    (
        "FALL RIVER, Mass. -- A year ago this week, the Harwood Textile mill burned for 11 hours.",
        "1998-10-29",
        [("A year ago this week", "DATE", "1997-W44"), ("11 hours", "DURATION", "PT11H")],
    ),
    (
        "The opposition coalition, which won 38 percent of the vote in the October 2012 parliamentary "
        "election, wants an early presidential vote before the end of the year.",
        "2013-07-03",
        [("October 2012", "DATE", "2012-10"), ("the end of the year", "DATE", "2013", "END")],
    ),
    (
        "Its annual inflation rate hit 80 percent last spring and the pound has lost half its value "
        "since the start of the year.",
        "2013-04-05",
        [("last spring", "DATE", "2012-SP"), ("the start of the year", "DATE", "2013", "START")],
    ),
    (
        "They last met in Addis Ababa in early January, when they agreed to implement the September "
        "accords without delay.",
        "2013-04-05",
        [("early January", "DATE", "2013-01", "START"), ("September", "DATE", "2012-09")],
    ),
    (
        "Iran's presidential hopefuls make final push before Friday vote",
        "2013-06-12",
        [("Friday", "DATE", "2013-06-14")],
    ),
    (
        "Senate leaders near deal as Thursday debt deadline looms",
        "2013-10-15",
        [("Thursday", "DATE", "2013-10-17")],
    ),
    (
        "Police on Wednesday arrested a 22-year-old man in a shooting at a crowded nightclub early "
        "Sunday that killed three people. Marcus Reed was taken into custody at 7:30 a.m. at a "
        "relative's home in Baton Rouge, police said.",
        "2013-09-18",
        [
            ("Wednesday", "DATE", "2013-09-18"),
            ("early Sunday", "DATE", "2013-09-15", "START"),
            ("7:30 a.m.", "TIME", "2013-09-18T07:30"),
        ],
    ),
    (
        'The gunfire erupted at 1:45 a.m. CDT Sunday inside the lounge. "I heard pop, pop, pop," said '
        "Keisha Morgan, who had been at the club since 11 p.m.",
        "2013-09-18",
        [("1:45 a.m. CDT Sunday", "TIME", "2013-09-15T01:45-05:00"), ("11 p.m.", "TIME", "2013-09-14T23:00")],
    ),
    (
        "Treasury bond prices rallied, pushing the yield on the 30-year bond down to 4.98 percent, its "
        "lowest level since the Treasury began regular sales of the bond in 1977. The yield stood at "
        "5.93 percent at the beginning of the year.",
        "1998-09-30",
        [
            ("30-year", "DURATION", "P30Y"),
            ("1977", "DATE", "1977"),
            ("the beginning of the year", "DATE", "1998", "START"),
        ],
    ),
    (
        "\"I know that's silly. The check won't come before the first,\" said Ms. Banks.",
        "2013-07-25",
        [("the first", "DATE", "2013-08-01")],
    ),
    (
        "For fiscal 2014's second quarter, which ends in December, Netstream expects revenue of $2.6 "
        "billion to $2.75 billion.",
        "2013-10-30",
        [("fiscal 2014's second quarter", "DATE", "2014-Q2"), ("December", "DATE", "2013-12")],
    ),
    ('"The adjuster\'s coming Wednesday," he said.', "2013-08-12", [("Wednesday", "DATE", "2013-08-14")]),
    (
        "Reyes, 61, became chief executive in 2007 and said in November that he has no plans to retire "
        "in the near future.",
        "2013-04-11",
        [
            ("2007", "DATE", "2007"),
            ("November", "DATE", "2012-11"),
            ("the near future", "DATE", "FUTURE_REF"),
        ],
    ),
    (
        "NASA plans eight launches in 1999, up from five this year.\n"
        "\n"
        "PETER JENNINGS: On Wall Street today, stocks rose for a third straight session.",
        "1998-10-27",
        [("1999", "DATE", "1999"), ("this year", "DATE", "1998"), ("today", "DATE", "1998-10-27")],
    ),
    (
        "Cases rose sharply last summer and again this summer, and scientists fear that heat may play a "
        "role.",
        "2013-09-26",
        [("last summer", "DATE", "2012-SU"), ("this summer", "DATE", "2013-SU")],
    ),
    (
        "Russo was ordered to report to the U.S. Marshals Service by 9 a.m. Friday to surrender his "
        "passport.",
        "2013-08-14",
        [("9 a.m. Friday", "TIME", "2013-08-16T09:00")],
    ),
    (
        "NATO ambassadors authorized airstrikes late Tuesday. Solana told reporters shortly before "
        "midnight that the order takes effect at 8 a.m. Wednesday.",
        "1998-10-13",
        [
            ("late Tuesday", "DATE", "1998-10-13", "END"),
            ("midnight", "TIME", "1998-10-13T24:00"),
            ("8 a.m. Wednesday", "TIME", "1998-10-14T08:00"),
        ],
    ),
    (
        "The rights let holders buy shares at half the then current market price.",
        "1989-10-26",
        [("then current", "DATE", "PAST_REF")],
    ),
    ("He was then current on his payments.", "1989-10-26", []),
    (
        "In the year-earlier quarter, the second quarter ended Oct. 31, the chain lost $4 million. "
        "Results for that quarter included a write-down.",
        "1989-10-27",
        [
            ("the year-earlier quarter", "DATE", "1988-Q2"),
            ("the second quarter", "DATE", "1988-Q2"),
            ("Oct. 31", "DATE", "1988-10-31"),
            ("that quarter", "DATE", "1988-Q2"),
        ],
    ),
    (
        "The firm grew fast in 1998. Since the beginning of the year it had hired 500 people.",
        "2013-03-21",
        [("1998", "DATE", "1998"), ("the beginning of the year", "DATE", "1998", "START")],
    ),
    ("The team failed to make the Friday deadline.", "1990-10-15", [("Friday", "DATE", "1990-10-12")]),
    (
        "The company reported a loss for the third quarter ended Sept. 30. This quarter's loss includes "
        "charges of $4.9 million.",
        "1989-11-01",
        [
            ("the third quarter", "DATE", "1989-Q3"),
            ("Sept. 30", "DATE", "1989-09-30"),
            ("This quarter", "DATE", "1989-Q3"),
        ],
    ),
    (
        "The company expects this quarter's results to improve.",
        "1989-11-01",
        [("this quarter", "DATE", "1989-Q4")],
    ),
    (
        "The alliance took in three states on Friday. The minister said it was a great day for Europe.",
        "1999-03-13",
        [("Friday", "DATE", "1999-03-12"), ("day", "DATE", "1999-03-12")],
    ),
    ("Today is a sad day for the Constitution.", "2000-01-05", [("Today", "DATE", "2000-01-05")]),
    ("He's leaving on Friday.", "2013-08-12", [("Friday", "DATE", "2013-08-16")]),
    ("It was the best since the second.", "2013-07-25", []),
    ("Turnout fell before Friday vote, officials said.", "2013-06-12", [("Friday", "DATE", "2013-06-07")]),
    (
        "Keller walked into the store shortly after 2 a.m. last Saturday and shot the clerk. The day "
        "before the shooting, Keller had missed a meeting.",
        "2013-10-04",
        [("2 a.m. last Saturday", "TIME", "2013-09-28T02:00"), ("The day", "DATE", "2013-09-27")],
    ),
    (
        "He was arrested in 2011 and said in March that he was innocent.",
        "2013-04-20",
        [("2011", "DATE", "2011"), ("March", "DATE", "2013-03")],
    ),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "On 2 August 216 BC the two consuls met Hannibal at Cannae with eight legions. By evening "
        "perhaps 50,000 Romans lay dead.",
        "2009-12-19",
        [("2 August 216 BC", "DATE", "BC0216-08-02"), ("evening", "TIME", "BC0216-08-02TEV")],
    ),
    (
        "On 21 August 1942 some 900 men attacked across the mouth of the Ilu River; by 1700 the attack "
        "had been destroyed.",
        "2009-12-19",
        [("21 August 1942", "DATE", "1942-08-21"), ("1700", "TIME", "1942-08-21T17:00")],
    ),
    (
        "The division went ashore on 11 May 1943. The northern force landed at Holtz Bay at 1530 and the "
        "southern force at Massacre Bay an hour later.",
        "2009-12-19",
        [
            ("11 May 1943", "DATE", "1943-05-11"),
            ("1530", "TIME", "1943-05-11T15:30"),
            ("an hour later", "TIME", "1943-05-11T16:30"),
        ],
    ),
    (
        "The battle was fought in May 1943. D-Day was set for 7 May, but fog forced four postponements, "
        "and the division finally went ashore on the morning of 11 May.",
        "2009-12-19",
        [
            ("May 1943", "DATE", "1943-05"),
            ("D-Day", "DATE", "1943-05-07"),
            ("7 May", "DATE", "1943-05-07"),
            ("the morning of 11 May", "TIME", "1943-05-11TMO"),
        ],
    ),
    (
        "The Marines landed on Betio on 20 November 1943. By the evening of D-Day some 5,000 men were "
        "ashore. Shibasaki was killed that afternoon.",
        "2009-12-19",
        [
            ("20 November 1943", "DATE", "1943-11-20"),
            ("the evening of D-Day", "TIME", "1943-11-20TEV"),
            ("that afternoon", "TIME", "1943-11-20TAF"),
        ],
    ),
    (
        "The fleet sailed on 1 November 1943. The landing was made on D-Day, 20 November, against heavy "
        "fire.",
        "2009-12-19",
        [
            ("1 November 1943", "DATE", "1943-11-01"),
            ("D-Day", "DATE", "1943-11-20"),
            ("20 November", "DATE", "1943-11-20"),
        ],
    ),
    (
        "The division landed on Attu on 11 May 1943. By D+3 the two beachheads were still separated by "
        "mountains.",
        "2009-12-19",
        [("11 May 1943", "DATE", "1943-05-11"), ("D+3", "DATE", "1943-05-14")],
    ),
    (
        "The Marines landed on Betio on 20 November 1943. On D+1 the tide rose at last.",
        "2009-12-19",
        [("20 November 1943", "DATE", "1943-11-20"), ("D+1", "DATE", "1943-11-21")],
    ),
    (
        "The commandant surrendered on August 27, 1758. By mid-September the troops had returned to "
        "Albany. Fort Duquesne was abandoned three months later, on November 24.",
        "2009-12-19",
        [
            ("August 27, 1758", "DATE", "1758-08-27"),
            ("mid-September", "DATE", "1758-09", "MID"),
            ("three months later", "DATE", "1758-11"),
            ("November 24", "DATE", "1758-11-24"),
        ],
    ),
    (
        "On 25 October 1771 a relief force was beaten off. Two days after the battle Hasan Pasha opened "
        "negotiations, which dragged on for almost a week.",
        "2009-12-19",
        [
            ("25 October 1771", "DATE", "1771-10-25"),
            ("Two days after the battle", "DATE", "1771-10-27"),
            ("almost a week", "DURATION", "P1W", "LESS_THAN"),
        ],
    ),
    (
        "The siege lasted from July 1918 to February 1919. Bolshevik power reached Kamensk on 10 "
        "November 1917 (28 October by the Old Style calendar).",
        "2009-12-19",
        [
            ("July 1918", "DATE", "1918-07"),
            ("February 1919", "DATE", "1919-02"),
            ("10 November 1917", "DATE", "1917-11-10"),
            ("28 October", "DATE", "1917-10-28"),
        ],
    ),
    (
        "Communist forces arrived on 6 October 1947. The airfield was shelled every night from late "
        "November, and on 28 December the final transport aircraft landed.",
        "2009-12-19",
        [
            ("6 October 1947", "DATE", "1947-10-06"),
            ("every night", "SET", "XXXX-XX-XXTNI"),
            ("late November", "DATE", "1947-11", "END"),
            ("28 December", "DATE", "1947-12-28"),
        ],
    ),
    (
        "Admiral Raymond Spruance set D-Day for 14 June 1944.",
        "2009-12-19",
        [("D-Day", "DATE", "1944-06-14"), ("14 June 1944", "DATE", "1944-06-14")],
    ),
    (
        "D-Day was set for 14 June 1944. The preliminary bombardment began on 11 June and continued for "
        "three days. On the morning of D-Day the first wave crossed the reef at 0834.",
        "2009-12-19",
        [
            ("D-Day", "DATE", "1944-06-14"),
            ("14 June 1944", "DATE", "1944-06-14"),
            ("11 June", "DATE", "1944-06-11"),
            ("three days", "DURATION", "P3D"),
            ("the morning of D-Day", "TIME", "1944-06-14TMO"),
            ("0834", "TIME", "1944-06-14T08:34"),
        ],
    ),
    (
        "D-Day was set for 14 June 1944. The airfield was captured by 1600 on D+2.",
        "2009-12-19",
        [
            ("D-Day", "DATE", "1944-06-14"),
            ("14 June 1944", "DATE", "1944-06-14"),
            ("1600 on D+2", "TIME", "1944-06-16T16:00"),
        ],
    ),
    (
        "The first wave landed on 14 June 1944 and crossed the reef at 0834, four minutes behind "
        "schedule. By 1000 two battalions were ashore.",
        "2009-12-19",
        [
            ("14 June 1944", "DATE", "1944-06-14"),
            ("0834", "TIME", "1944-06-14T08:34"),
            ("four minutes", "DURATION", "PT4M"),
            ("1000", "TIME", "1944-06-14T10:00"),
        ],
    ),
    (
        "The heaviest assault came on 21 February 1945, when two battalions attacked at 1900 and fought "
        "until 0500 the next day.",
        "2009-12-19",
        [
            ("21 February 1945", "DATE", "1945-02-21"),
            ("1900", "TIME", "1945-02-21T19:00"),
            ("0500 the next day", "TIME", "1945-02-22T05:00"),
        ],
    ),
    (
        "The Marines landed on 14 June 1944. That night the Japanese launched three counterattacks, the "
        "last of them at about 0300.",
        "2009-12-19",
        [
            ("14 June 1944", "DATE", "1944-06-14"),
            ("That night", "TIME", "1944-06-14TNI"),
            ("about 0300", "TIME", "1944-06-15T03:00", "APPROX"),
        ],
    ),
    (
        "The Marines landed on 14 June 1944. The airfield was captured by 1600 on D+2. On 17 June a "
        "typhoon warning forced the transports to withdraw.",
        "2009-12-19",
        [
            ("14 June 1944", "DATE", "1944-06-14"),
            ("1600 on D+2", "TIME", "1944-06-16T16:00"),
            ("17 June", "DATE", "1944-06-17"),
        ],
    ),
    (
        "The Chinese struck on the night of 27 November 1950. At 2200 whistles and bugles sounded along "
        "the ridges north of Yudam-ni.",
        "2009-12-19",
        [("the night of 27 November 1950", "TIME", "1950-11-27TNI"), ("2200", "TIME", "1950-11-27T22:00")],
    ),
    (
        "Air Force transports dropped eight bridge sections at Funchilin Pass on 9 December 1950, and by "
        "1300 on the 11th the last units had passed Chinhung-ni.",
        "2009-12-19",
        [("9 December 1950", "DATE", "1950-12-09"), ("1300 on the 11th", "TIME", "1950-12-11T13:00")],
    ),
    (
        "The Japanese 61st Infantry Regiment embarked at Lamao on the evening of 5 May 1942. Strong "
        "currents carried the landing craft east of the planned beaches, and the first wave came ashore "
        "near North Point at about 2300.",
        "2009-12-19",
        [
            ("the evening of 5 May 1942", "TIME", "1942-05-05TEV"),
            ("about 2300", "TIME", "1942-05-05T23:00", "APPROX"),
        ],
    ),
    (
        "Operation Lea was launched in October 1947. The communists won in China in 1949, and in October "
        "they destroyed the French garrisons.",
        "2009-12-19",
        [("October 1947", "DATE", "1947-10"), ("1949", "DATE", "1949"), ("October", "DATE", "1949-10")],
    ),
    (
        "On 13 December 1942 four ships were lost between 2100 and 2330.",
        "2009-12-19",
        [
            ("13 December 1942", "DATE", "1942-12-13"),
            ("2100", "TIME", "1942-12-13T21:00"),
            ("2330", "TIME", "1942-12-13T23:30"),
        ],
    ),
    (
        "The dive bombers took off on 4 June 1942 between 0838 and 0906.",
        "2009-12-19",
        [
            ("4 June 1942", "DATE", "1942-06-04"),
            ("0838", "TIME", "1942-06-04T08:38"),
            ("0906", "TIME", "1942-06-04T09:06"),
        ],
    ),
    (
        "The Allies landed in Normandy on 6 June 1944. By the evening of D-Day 150,000 men were ashore.",
        "2009-12-19",
        [("6 June 1944", "DATE", "1944-06-06"), ("the evening of D-Day", "TIME", "1944-06-06TEV")],
    ),
    (
        "Paris fell on 3 May 1871. Two days after the fall of Paris, the army left.",
        "2009-12-19",
        [("3 May 1871", "DATE", "1871-05-03"), ("Two days after the fall of Paris", "DATE", "1871-05-05")],
    ),
    (
        "The war began in 1917. Peace was signed on 1 January 1918 (19 December by the Old Style calendar).",
        "2009-12-19",
        [
            ("1917", "DATE", "1917"),
            ("1 January 1918", "DATE", "1918-01-01"),
            ("19 December", "DATE", "1917-12-19"),
        ],
    ),
    (
        "Riots broke out on 23 July 1983. From 1815 to 1948, Tamils held many posts.",
        "2009-12-19",
        [("23 July 1983", "DATE", "1983-07-23"), ("1815", "DATE", "1815"), ("1948", "DATE", "1948")],
    ),
    (
        "The Marines landed on 14 June 1944. The airfield was captured by 1600. On 17 June a "
        "counterattack failed.",
        "2009-12-19",
        [
            ("14 June 1944", "DATE", "1944-06-14"),
            ("1600", "TIME", "1944-06-14T16:00"),
            ("17 June", "DATE", "1944-06-17"),
        ],
    ),
    (
        "The division landed on Attu on 11 May 1943. By D+3 the two beachheads were still separated.",
        "2009-12-19",
        [("11 May 1943", "DATE", "1943-05-11"), ("D+3", "DATE", "1943-05-14")],
    ),
    (
        "D-Day was set for 14 June 1944. The bombardment began on 11 June. The airfield was captured by "
        "1600 on D+2. On 17 June the enemy attacked.",
        "2009-12-19",
        [
            ("D-Day", "DATE", "1944-06-14"),
            ("14 June 1944", "DATE", "1944-06-14"),
            ("11 June", "DATE", "1944-06-11"),
            ("1600 on D+2", "TIME", "1944-06-16T16:00"),
            ("17 June", "DATE", "1944-06-17"),
        ],
    ),
    (
        "The attack began on 9 December 1942. The village fell by 1300 on the 11th.",
        "2009-12-19",
        [("9 December 1942", "DATE", "1942-12-09"), ("1300 on the 11th", "TIME", "1942-12-11T13:00")],
    ),
    ("Vitamin D-3 levels rose.", "2009-12-19", []),
    (
        "On 13 December 1942 four ships were lost between 1300 and 1530.",
        "2009-12-19",
        [
            ("13 December 1942", "DATE", "1942-12-13"),
            ("1300", "TIME", "1942-12-13T13:00"),
            ("1530", "TIME", "1942-12-13T15:30"),
        ],
    ),
    (
        "On 13 December 1942 the treaty of 1914 was recalled. It held between 1914 and 1918.",
        "2009-12-19",
        [
            ("13 December 1942", "DATE", "1942-12-13"),
            ("1914", "DATE", "1914"),
            ("1914", "DATE", "1914"),
            ("1918", "DATE", "1918"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_48(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_48(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
