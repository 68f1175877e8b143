"""A thirty-third probe of news: court and legal reports, weather and disaster coverage, business
and markets news, Wall Street Journal copy of 1989-1991, agency wires of 1998-2000 and 2012-2014,
political and government news, local news, US papers, wires and broadcast transcripts of
1996-1998, sport, science and health news, and features that retell an old story on its
anniversary or profile people, broadcast transcripts, Xinhua, Kyodo and Yonhap wires, opinion
columns and AQUAINT-like newswire of 1998-2000 (documents written for the probe).

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case runs with
``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- What a past clause set to come: "At a hearing in January, the judge moved the trial to June 14"
  (written in September: the first June 14 after that January), "In January, the board set the
  vote for March 1", "Parliament on Saturday voted to hold elections on May 25" (the vote past, the
  day set to come), "said he expected a vote 'by the end of the month'", "originally set for March
  4" (a first plan overtaken, the nearer day); but "Sales fell in January and will rebound in
  March" looks ahead from the DCT.
- A clause's own time: "some of whom plan to march ... on Saturday" (a relative clause); "three
  months earlier than it had forecast" (a comparison's clause); "since 2019, at 3 p.m. Sunday"
  (the comma closes "since"); "before they could land" and "nobody could see" (a past ability);
  "in force from midnight Sunday until 23:59 on Tuesday"; "ahead of talks in Geneva on Thursday";
  "a deadline at midnight Saturday"; "setting up final passage as early as Friday"; "we'd rather
  do this now than in September" (a choice, no comparison); a sentence longer than 160
  characters keeps the verb that opens it ("Forecasters expect the storm ... over the weekend").
- Which day a clock is on: not a day a record was set ("The previous record was set on 25 July
  2019. Temperatures had already climbed ... by 3pm BST on Monday"), nor a day beyond a paragraph
  of days gone by, nor a feast weeks ahead named in passing, nor a day a bound names ("the last
  test before Super Tuesday on March 5. Polls open at 7 a.m.").
- Years and months: "delayed twice last year, once in March"; "closed last year in March"; "from
  March 2, 1966, until the morning of March 5"; "had been rising since late June" and "Sunday, July
  18" of an anniversary's old story ("The crest arrived two days later, on Sunday, July 18": the
  count lands on the day named); "October's consumer price index"; "Sales for the year" after
  "from $129 million in fiscal 1989"; "its gain for the week to 0.3 percent".
- Words: "laid off 30 workers that fall, according to"; "most recently from Oct. 30" (no vague
  past); "by evening nobody in town could see"; "weeknights from 8 p.m. to 6 a.m."; "hourly news
  bulletins"; "about two weeks earlier" (the count without "about"); "Today is a good day for
  voters"; "on the Friday"; no time in "you have to March forward", "Noon Year's Eve", "23 weeks a
  year earlier", "1 per cent a year after that".
- Round three: "Sunday's celebration runs from noon to 5 p.m." and "invitations for Saturday's
  party" (still to come); "is eligible to make his debut ... on Saturday"; "host Sacramento
  tonight and Denver on Saturday"; "whether left-back Danny Price leaves" (no past verb); "met ...
  Tuesday afternoon to discuss the terms he will carry" (a purpose's clause tells its own time);
  "this year: in 2023 the window closed on January 31"; "in the first half" and "the third
  quarter" of a game; "over centuries", "for millennia before accelerating"; no day in 'her weekly
  "Friday poem"', no month in "May Department Stores".
- Round four: a clock told after a day in the pluperfect or a "where" clause is not on that day
  ("had been given permission on Sunday night ... The convoy left its hotel at 11 a.m."), nor on a
  day "since his July 3 ouster" names; "May's gain may even be revised up" (a month's figure, gone
  by); "pending a dangerousness hearing on Thursday"; "the first on Sept. 3 and the most recent
  on Tuesday"; "shortly after midnight" before the small hours told ("about 2:30 a.m. Sunday");
  no length in "$100 a week after two weeks".
- Auto mode: a feature that counts the years from its own day ("Forty years ago this week", "Thirty
  years ago today") is a report, though the weekdays of its old story fit the old year.
- Round five: "today" of the present age after a past one ("would be unthinkable today" after "In
  the 1930s"; "Today a retiree can expect" after "signed into law on Aug. 14, 1935") but the day of
  a clause told in the past ("The Dow gained 138 points today, its best day in weeks"); a "when"
  clause closed after its date ("in October, when Ofgem's cap is next revised, and then once more in
  January"); "the September 11th attacks"; "Wall Street opens at 9:30 Eastern" (the morning);
  "the May balance of payments data"; no year in "two digits to represent the year".
- Round six: the pluperfect of a weekday's own clause only ("Talks had stalled ... on Nov. 9, and a
  third round opened on Wednesday"); "for about three hours late Friday" (a length, then when);
  "Every single March"; no season in "a spring tide".
- Round seven: "Orthodox Easter, which falls on Sunday" (the feast of the weekday's week); "for
  weeks, even months".
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

CASES: list[tuple[str, str, list[tuple]]] = [
    (
        (
            "The S&P 500 fell 0.5 percent Wednesday, trimming its gain for the week to 0.3 percent, "
            "while the yield on the 10-year Treasury note rose to 4.56 percent."
        ),
        "2025-01-30",
        [
            ("Wednesday", "DATE", "2025-01-29"),
            ("the week", "DATE", "2025-W05"),
            ("10-year", "DURATION", "P10Y"),
        ],
    ),
    (
        (
            "Calloway Foods Corp. said Thursday it expects its $4.7 billion acquisition of "
            "Brightwater Brands to close by the end of September, about three months earlier than it "
            "had forecast when the deal was announced in April, after U.S. antitrust regulators "
            "ended their review without making a second request for information."
        ),
        "2023-07-27",
        [
            ("Thursday", "DATE", "2023-07-27"),
            ("the end of September", "DATE", "2023-09", "END"),
            ("three months", "DURATION", "P3M", "APPROX"),
            ("April", "DATE", "2023-04"),
        ],
    ),
    (
        (
            "Next week, investors will watch October's consumer price index, due Wednesday, and "
            "retail sales figures on Friday."
        ),
        "2024-11-08",
        [
            ("Next week", "DATE", "2024-W46"),
            ("October", "DATE", "2024-10"),
            ("Wednesday", "DATE", "2024-11-13"),
            ("Friday", "DATE", "2024-11-15"),
        ],
    ),
    (
        (
            "Ardent Outdoor Co. cut its sales forecast for the second time in three months on "
            "Wednesday, saying shoppers were pulling back on big-ticket items such as tents and "
            "kayaks heading into Christmas, and its shares fell 11 percent in after-hours trading. "
            '"November was tougher than we planned for, and December so far has not made up the '
            'gap," Chief Financial Officer Priya Raman said on a call with analysts that began at '
            "4:30 p.m. ET."
        ),
        "2022-12-15",
        [
            ("three months", "DURATION", "P3M"),
            ("Wednesday", "DATE", "2022-12-14"),
            ("Christmas", "DATE", "2022-12-25"),
            ("November", "DATE", "2022-11"),
            ("December", "DATE", "2022-12"),
            ("4:30 p.m. ET", "TIME", "2022-12-14T16:30-05:00"),
        ],
    ),
    (
        (
            "The trial, which opened Feb. 26, was delayed twice last year, once in March when a key "
            "witness was hospitalized and again in October after Ortiz joined the case."
        ),
        "2024-03-14",
        [
            ("Feb. 26", "DATE", "2024-02-26"),
            ("last year", "DATE", "2023"),
            ("March", "DATE", "2023-03"),
            ("October", "DATE", "2023-10"),
        ],
    ),
    (
        (
            "About 30 relatives of Bell, some of whom plan to march from the courthouse to City Hall "
            "on Saturday, have filled the gallery throughout the trial."
        ),
        "2024-03-14",
        [("Saturday", "DATE", "2024-03-16")],
    ),
    (
        (
            "A separate hearing on Whitfield's motion to suppress jail phone calls, originally set "
            "for March 4, has been moved to April 22."
        ),
        "2024-03-14",
        [("March 4", "DATE", "2024-03-04"), ("April 22", "DATE", "2024-04-22")],
    ),
    (
        (
            "The company, which employs about 140 people, nearly went bankrupt in 2021 and laid off "
            "30 workers that fall, according to court filings."
        ),
        "2023-11-21",
        [("2021", "DATE", "2021"), ("that fall", "DATE", "2021-FA")],
    ),
    (
        (
            "Lund's sentencing had been postponed three times since the summer, most recently from "
            "Oct. 30, at the defense's request."
        ),
        "2023-11-21",
        [("the summer", "DATE", "2023-SU"), ("Oct. 30", "DATE", "2023-10-30")],
    ),
    (
        (
            "It was the third time the trial has been pushed back. At a hearing in January, Reilly "
            "moved the original trial date of March 1 to June 14 after Pike's first attorney "
            "withdrew. In May, the judge delayed it again, to Sept. 20, so a fire investigator could "
            "complete a supplemental report."
        ),
        "2021-09-08",
        [
            ("January", "DATE", "2021-01"),
            ("March 1", "DATE", "2021-03-01"),
            ("June 14", "DATE", "2021-06-14"),
            ("May", "DATE", "2021-05"),
            ("Sept. 20", "DATE", "2021-09-20"),
        ],
    ),
    (
        (
            "11 October\nHeavy rain began falling on the upper catchment shortly after midnight and "
            "continued for 30 hours. By 6 p.m. the river at Brackford had risen 2.1 metres, and the "
            "borough surveyor ordered sandbags to be distributed."
        ),
        "1953-10-20",
        [
            ("11 October", "DATE", "1953-10-11"),
            ("midnight", "TIME", "1953-10-11T00:00"),
            ("30 hours", "DURATION", "PT30H"),
            ("6 p.m.", "TIME", "1953-10-11T18:00"),
        ],
    ),
    (
        (
            "Fifty years ago today, the sky over Kinross turned the color of dishwater at noon, and "
            "by evening nobody in town could see across Main Street."
        ),
        "2016-03-02",
        [
            ("Fifty years ago today", "DATE", "1966-03-02"),
            ("noon", "TIME", "1966-03-02T12:00"),
            ("evening", "TIME", "1966-03-02TEV"),
        ],
    ),
    (
        (
            "The storm that old-timers still call the Blizzard of '66 blew for four days, from "
            "Wednesday, March 2, 1966, until the morning of March 5."
        ),
        "2016-03-02",
        [
            ("'66", "DATE", "1966"),
            ("four days", "DURATION", "P4D"),
            ("Wednesday, March 2, 1966", "DATE", "1966-03-02"),
            ("the morning of March 5", "TIME", "1966-03-05TMO"),
        ],
    ),
    (
        (
            "The siren went off at 5:30 in the morning on July 16, 1993, and Delores Kemper did not "
            'need to be told what it meant.\n\n"We\'d been sandbagging for three weeks," said Kemper, '
            'now 81. "You hear that siren, you know the river won."\n\nThirty years ago today, a '
            "300-foot section of the levee north of Harlow gave way under the weight of a "
            "Mississippi River that had been rising since late June."
        ),
        "2023-07-16",
        [
            ("5:30 in the morning on July 16, 1993", "TIME", "1993-07-16T05:30"),
            ("three weeks", "DURATION", "P3W"),
            ("now", "DATE", "PRESENT_REF"),
            ("Thirty years ago today", "DATE", "1993-07-16"),
            ("late June", "DATE", "1993-06", "END"),
        ],
    ),
    (
        (
            "Thirty years ago today, a 300-foot section of the levee north of Harlow gave way under "
            "the weight of a Mississippi River that had been rising since late June. By noon, water "
            "stood 8 feet deep on Front Street. By evening it had reached the steps of the "
            "courthouse, two blocks inland.\n\nThe crest arrived two days later, on Sunday, July 18, "
            "at 31.6 feet, more than 15 feet above flood stage.\n\nFor the next 11 days, Harlow's "
            "1,400 residents lived in the high school gym, in campers on the bluff or with relatives "
            "in Quincy. National Guard troops patrolled the streets in johnboats. The governor "
            'toured the town by boat on Tuesday, July 20, and promised help "as long as it '
            'takes."\n\nThe water did not fall below flood stage until Aug. 9, and some families were '
            "not allowed back into their homes until early September."
        ),
        "2023-07-16",
        [
            ("Thirty years ago today", "DATE", "1993-07-16"),
            ("late June", "DATE", "1993-06", "END"),
            ("noon", "TIME", "1993-07-16T12:00"),
            ("evening", "TIME", "1993-07-16TEV"),
            ("two days", "DURATION", "P2D"),
            ("Sunday, July 18", "DATE", "1993-07-18"),
            ("the next 11 days", "DURATION", "P11D"),
            ("Tuesday, July 20", "DATE", "1993-07-20"),
            ("Aug. 9", "DATE", "1993-08-09"),
            ("early September", "DATE", "1993-09", "START"),
        ],
    ),
    (
        (
            "Forecasters expect Delia to weaken quickly after landfall and move across Georgia on "
            "Friday, bringing flash flooding to Atlanta and the southern Appalachians. Rainfall "
            "totals of 6 to 10 inches are expected through Saturday. Advisories will be issued every "
            "three hours until the storm moves inland.\n\nGas prices jumped 12 cents a gallon over the "
            "past week as drivers filled up, and some stations in Gainesville ran dry Wednesday "
            "night. The state has staged 1,600 National Guard troops, and President Joe Biden "
            "approved an emergency declaration on Tuesday.\n\nThe next full advisory is due at 5 p.m. "
            "EDT."
        ),
        "2024-09-26",
        [
            ("Friday", "DATE", "2024-09-27"),
            ("Saturday", "DATE", "2024-09-28"),
            ("every three hours", "SET", "PT3H"),
            ("the past week", "DURATION", "P1W"),
            ("Wednesday night", "TIME", "2024-09-25TNI"),
            ("Tuesday", "DATE", "2024-09-24"),
            ("5 p.m. EDT", "TIME", "2024-09-26T17:00-04:00"),
        ],
    ),
    (
        (
            'The Met Office issued its first-ever red "extreme heat" warning for a large swath of '
            "the country from London to York, in force from midnight Sunday until 23:59 on Tuesday."
        ),
        "2022-07-18",
        [("midnight Sunday", "TIME", "2022-07-17T24:00"), ("23:59 on Tuesday", "TIME", "2022-07-19T23:59")],
    ),
    (
        (
            "The previous record of 38.7C was set at Cambridge University Botanic Garden on 25 July "
            "2019. Temperatures had already climbed to 38.1C at Santon Downham in Suffolk by 3pm BST "
            "on Monday, provisional figures showed, making it the hottest July 18 ever recorded in "
            "the UK."
        ),
        "2022-07-18",
        [
            ("25 July 2019", "DATE", "2019-07-25"),
            ("3pm BST on Monday", "TIME", "2022-07-18T15:00+01:00"),
            ("July 18", "DATE", "2022-07-18"),
        ],
    ),
    (
        (
            "Forecasters expect the storm to weaken into a tropical depression by Saturday as it "
            "moves north toward Jiangxi and Zhejiang, bringing heavy rain to the Yangtze river basin "
            "over the weekend and into early next week."
        ),
        "2023-07-27",
        [
            ("Saturday", "DATE", "2023-07-29"),
            ("the weekend", "DATE", "2023-W30-WE"),
            ("early next week", "DATE", "2023-W31", "START"),
        ],
    ),
    (
        (
            '"We\'ve been talking about this center since before I was elected," said council member '
            'Dana Ortiz, who is in her second term. "At some point you have to March forward and '
            'actually fund it."'
        ),
        "2024-03-13",
        [],
    ),
    (
        (
            "\"Nobody likes orange barrels, but we'd rather do this now than in September when buses "
            'are running," said public works director Anita Cho.'
        ),
        "2024-06-14",
        [("now", "DATE", "PRESENT_REF"), ("September", "DATE", "2024-09")],
    ),
    (
        (
            "Messiah sing-along: The Cedar Valley Chorale brings back its sing-along for the first "
            "time since 2019, at 3 p.m. Sunday at First Lutheran Church. The performance runs about "
            "two hours with one intermission."
        ),
        "2023-11-30",
        [
            ("2019", "DATE", "2019"),
            ("3 p.m. Sunday", "TIME", "2023-12-03T15:00"),
            ("two hours", "DURATION", "PT2H", "APPROX"),
        ],
    ),
    (
        (
            "Light show: Reiman Gardens' drive-through light display is open nightly through Dec. "
            "31, except Christmas Day. Tickets are $20 per car.\n\nLooking ahead: The library's \"Noon "
            "Year's Eve\" countdown for kids is set for 11:30 a.m. Dec. 31. Registration opens Monday."
        ),
        "2023-11-30",
        [
            ("nightly", "SET", "P1D"),
            ("Dec. 31", "DATE", "2023-12-31"),
            ("Christmas Day", "DATE", "2023-12-25"),
            ("11:30 a.m. Dec. 31", "TIME", "2023-12-31T11:30"),
            ("Monday", "DATE", "2023-12-04"),
        ],
    ),
    (
        (
            "Fraud: A 71-year-old woman told police she lost $3,000 in gift cards after a caller "
            "claiming to be from the IRS said she owed back taxes from 2019. The calls started about "
            "two weeks earlier, she said."
        ),
        "2024-02-20",
        [("2019", "DATE", "2019"), ("two weeks", "DURATION", "P2W", "APPROX")],
    ),
    (
        (
            "WASHINGTON — House Republican leaders on Tuesday unveiled a stopgap spending bill that "
            "would keep the government open through Nov. 17, as lawmakers raced toward a deadline at "
            "midnight Saturday, when funding for most federal agencies runs out."
        ),
        "2023-09-26",
        [
            ("Tuesday", "DATE", "2023-09-26"),
            ("Nov. 17", "DATE", "2023-11-17"),
            ("midnight Saturday", "TIME", "2023-09-30T24:00"),
        ],
    ),
    (
        (
            "The Senate, meanwhile, advanced its own bipartisan version on Monday night in a 77-19 "
            "vote, setting up final passage as early as Friday."
        ),
        "2023-09-26",
        [("Monday night", "TIME", "2023-09-25TNI"), ("Friday", "DATE", "2023-09-29")],
    ),
    (
        (
            "Figures published last week by the Ministry of Justice showed that possession claims "
            "took an average of 29 weeks to reach a hearing in the final quarter of 2023, up from 23 "
            "weeks a year earlier."
        ),
        "2024-03-13",
        [
            ("last week", "DATE", "2024-W10"),
            ("29 weeks", "DURATION", "P29W"),
            ("the final quarter of 2023", "DATE", "2023-Q4"),
            ("23 weeks", "DURATION", "P23W"),
            ("a year earlier", "DATE", "2022-Q4"),
        ],
    ),
    (
        (
            "DETROIT — Michigan voters head to the polls today in the state's presidential primary, "
            "the last big test before Super Tuesday on March 5, when 15 states and American Samoa "
            "will vote.\n\nPolls open at 7 a.m. and close at 8 p.m. EST, though four counties in the "
            "Upper Peninsula that run on Central time will close an hour later."
        ),
        "2024-02-27",
        [
            ("today", "DATE", "2024-02-27"),
            ("Super Tuesday", "DATE", "2024-03-05"),
            ("March 5", "DATE", "2024-03-05"),
            ("7 a.m.", "TIME", "2024-02-27T07:00"),
            ("8 p.m. EST", "TIME", "2024-02-27T20:00-05:00"),
            ("an hour", "DURATION", "PT1H"),
        ],
    ),
    (
        (
            "Democrats, who won the governor's race in 2018 but have not controlled either chamber "
            'of the Legislature since 2010, welcomed the decision. "We have waited a decade for fair '
            'maps," said Senate Minority Leader Janet Bewley. "Today is a good day for voters."'
        ),
        "2021-11-19",
        [
            ("2018", "DATE", "2018"),
            ("2010", "DATE", "2010"),
            ("a decade", "DURATION", "P10Y"),
            ("Today", "DATE", "2021-11-19"),
        ],
    ),
    (
        (
            "The windfall tax on oil and gas producers will rise from 25 to 35 per cent from 1 "
            "January and run until March 2028. Day-to-day spending on public services will grow in "
            "real terms over the next two years, and by 1 per cent a year after that."
        ),
        "2022-11-17",
        [
            ("1 January", "DATE", "2023-01-01"),
            ("March 2028", "DATE", "2028-03"),
            ("the next two years", "DURATION", "P2Y"),
        ],
    ),
    (
        (
            'House Speaker Michael Madigan said Thursday that he expected a vote "by the end of the '
            'month" and that negotiators had met daily since Monday.'
        ),
        "2019-05-10",
        [
            ("Thursday", "DATE", "2019-05-09"),
            ("the end of the month", "DATE", "2019-05", "END"),
            ("daily", "SET", "P1D"),
            ("Monday", "DATE", "2019-05-06"),
        ],
    ),
    (
        (
            "Iraqi state television, which carries hourly news bulletins, did not mention the "
            "inspectors' return."
        ),
        "1998-11-18",
        [("hourly", "SET", "PT1H")],
    ),
    (
        (
            "DONETSK, Ukraine (Reuters) - Ukrainian troops retook an airfield from pro-Russian "
            "separatists in the east of the country, but militants seized six armored vehicles from "
            "an army column on Wednesday, dealing a blow to Kiev's efforts ahead of talks in Geneva "
            "on Thursday."
        ),
        "2014-04-16",
        [("Wednesday", "DATE", "2014-04-16"), ("Thursday", "DATE", "2014-04-17")],
    ),
    (
        (
            "For fiscal 1990, the Paramus, N.J., company's net loss widened to $187 million from "
            "$129 million in fiscal 1989. Sales for the year rose 4.5% to $6.6 billion."
        ),
        "1990-09-19",
        [("fiscal 1990", "DATE", "1990"), ("fiscal 1989", "DATE", "1989"), ("the year", "DATE", "1990")],
    ),
    (
        (
            "Dan Ortega, who was in her class in 1995 and now teaches eighth-grade science down the "
            'hall, remembers her weekly "Friday poem": every Friday at 2:15 p.m., each student read '
            "a poem aloud, no excuses."
        ),
        "2024-06-14",
        [
            ("1995", "DATE", "1995"),
            ("now", "DATE", "PRESENT_REF"),
            ("weekly", "SET", "P1W"),
            ("every Friday at 2:15 p.m.", "SET", "XXXX-WXX-5T14:15"),
        ],
    ),
    (
        (
            "Sunday's celebration runs from noon to 5 p.m. and includes free kolaczki, a polka band "
            "and a display of photographs from the 1920s and 1930s. The mayor is expected to read a "
            "proclamation at 2 p.m."
        ),
        "2023-10-07",
        [
            ("Sunday", "DATE", "2023-10-08"),
            ("noon", "TIME", "2023-10-08T12:00"),
            ("5 p.m.", "TIME", "2023-10-08T17:00"),
            ("the 1920s", "DATE", "192"),
            ("1930s", "DATE", "193"),
            ("2 p.m.", "TIME", "2023-10-08T14:00"),
        ],
    ),
    (
        (
            "Her granddaughter, Karen Pruitt, said more than 150 people have replied to invitations "
            "for Saturday's party, which starts at 1 p.m."
        ),
        "2025-01-29",
        [("Saturday", "DATE", "2025-02-01"), ("1 p.m.", "TIME", "2025-02-01T13:00")],
    ),
    (
        (
            "Researchers from the University of Maine and the British Antarctic Survey dated ancient "
            "beaches on islands near the glacier and found that the shoreline had risen only slowly "
            "for millennia before accelerating sharply in the middle of the 20th century."
        ),
        "2022-12-02",
        [("millennia", "DURATION", "PXY"), ("the middle of the 20th century", "DATE", "19", "MID")],
    ),
    (
        (
            '"The rate we are seeing now is unprecedented in the record," said lead author Brenda '
            'Hall, who spent two field seasons on the ice. "It may mark the beginning of a collapse '
            'that plays out over centuries."'
        ),
        "2022-12-02",
        [("now", "DATE", "PRESENT_REF"), ("centuries", "DURATION", "PXY")],
    ),
    (
        (
            "The club are also weighing up a loan move for Brentwood defender Ola Sørensen, 21, "
            "although any deal is likely to depend on whether left-back Danny Price leaves before "
            "Thursday's deadline. Price, who joined in 2020, has made only three league starts since "
            "August."
        ),
        "2024-01-30",
        [("Thursday", "DATE", "2024-02-01"), ("2020", "DATE", "2020"), ("August", "DATE", "2023-08")],
    ),
    (
        (
            "The 27-year-old, who scored 31 goals in the 2022-23 season, is eligible to make his "
            "debut against Westbrook on Saturday, when kick-off is at 12.30pm."
        ),
        "2024-01-30",
        [
            ("2022", "DATE", "2022"),
            ("23", "DATE", "2023"),
            ("Saturday", "DATE", "2024-02-03"),
            ("12.30pm", "TIME", "2024-02-03T12:30"),
        ],
    ),
    (
        (
            "The deadline falls later than usual this year: in 2023 the window closed on January 31. "
            "The next window opens on June 14."
        ),
        "2024-01-30",
        [
            ("this year", "DATE", "2024"),
            ("2023", "DATE", "2023"),
            ("January 31", "DATE", "2023-01-31"),
            ("June 14", "DATE", "2024-06-14"),
        ],
    ),
    (
        (
            "The Mariners host Sacramento tonight and Denver on Saturday before a three-game road "
            "trip. Whitfield is expected to remain in Bay City for daily treatment."
        ),
        "2024-03-14",
        [("tonight", "TIME", "2024-03-14TNI"), ("Saturday", "DATE", "2024-03-16"), ("daily", "SET", "P1D")],
    ),
    (
        (
            "Annan met with the five permanent members of the Security Council for nearly three "
            "hours Tuesday afternoon to discuss the terms he will carry."
        ),
        "1998-02-18",
        [
            ("nearly three hours", "DURATION", "PT3H", "APPROX"),
            ("Tuesday afternoon", "TIME", "1998-02-17TAF"),
        ],
    ),
    (
        (
            "The Jets trailed 17-3 at halftime, and the crowd booed as the team left the field. "
            "O'Donnell, who signed a five-year, $25 million contract in February, completed 9 of 21 "
            "passes in the first half."
        ),
        "1997-11-03",
        [("five-year", "DURATION", "P5Y"), ("February", "DATE", "1997-02")],
    ),
    (
        (
            "Linebacker Mo Lewis left the game in the third quarter with a bruised knee; an M.R.I. "
            "was scheduled for this afternoon."
        ),
        "1997-11-03",
        [("this afternoon", "TIME", "1997-11-03TAF")],
    ),
    (
        (
            "Microsoft is scheduled to report results for fiscal 1998, which ended June 30, tomorrow "
            "at 4:30 p.m. ET, after the market closes. Shares of May Department Stores, meanwhile, "
            "slipped 50 cents."
        ),
        "1998-07-16",
        [
            ("fiscal 1998", "DATE", "1998"),
            ("June 30", "DATE", "1998-06-30"),
            ("tomorrow at 4:30 p.m. ET", "TIME", "1998-07-17T16:30-04:00"),
        ],
    ),
    (
        "Members will receive strike pay of $100 a week after two weeks on the picket line.",
        "2000-08-03",
        [("two weeks", "DURATION", "P2W")],
    ),
    (
        (
            "One man was killed and two others were wounded in a shooting outside a nightclub on the "
            "city's east side about 2:30 a.m. Sunday, police said. Detectives believe an argument "
            "that began inside the club shortly after midnight spilled into the parking lot."
        ),
        "2019-03-11",
        [
            ("about 2:30 a.m. Sunday", "TIME", "2019-03-10T02:30", "APPROX"),
            ("midnight", "TIME", "2019-03-10T00:00"),
        ],
    ),
    (
        (
            "Investigators say Tolliver robbed at least nine stores over the past month, the first "
            "on Sept. 3 and the most recent on Tuesday, when a clerk in Vandalia was pistol-whipped "
            "shortly before 3 a.m."
        ),
        "2022-10-07",
        [
            ("the past month", "DURATION", "P1M"),
            ("Sept. 3", "DATE", "2022-09-03"),
            ("Tuesday", "DATE", "2022-10-04"),
            ("3 a.m.", "TIME", "2022-10-04T03:00"),
        ],
    ),
    (
        (
            "He was arraigned Monday in Plymouth District Court, where a judge ordered him held "
            "without bail pending a dangerousness hearing on Thursday. His lawyer said he will "
            "contest the charges."
        ),
        "2018-06-04",
        [("Monday", "DATE", "2018-06-04"), ("Thursday", "DATE", "2018-06-07")],
    ),
    (
        (
            "The inspectors, who arrived in Syria eight days ago, had been given permission on "
            "Sunday night by President Bashar al-Assad's government to visit the eastern Ghouta "
            "suburbs, where opposition activists say hundreds of people were killed on "
            'Wednesday.\n\n"The team will return to the area in the coming days," a U.N. spokesman '
            "said in New York. The convoy left its Damascus hotel at 11 a.m. (0800 GMT) and the "
            "shooting began an hour later."
        ),
        "2013-08-26",
        [
            ("eight days ago", "DATE", "2013-08-18"),
            ("Sunday night", "TIME", "2013-08-25TNI"),
            ("Wednesday", "DATE", "2013-08-21"),
            ("the coming days", "DURATION", "PXD"),
            ("11 a.m.", "TIME", "2013-08-26T11:00"),
            ("0800 GMT", "TIME", "2013-08-26T08:00Z"),
            ("an hour", "DURATION", "PT1H"),
        ],
    ),
    (
        (
            "Morsi, who had been held incommunicado at an undisclosed location since his July 3 "
            "ouster, was flown by helicopter to the police academy in eastern Cairo shortly after 8 "
            "a.m. It was his first public appearance since then."
        ),
        "2013-11-04",
        [("July 3", "DATE", "2013-07-03"), ("8 a.m.", "TIME", "2013-11-04T08:00")],
    ),
    (
        (
            "\"It's not so hot that the Fed will pull the plug next week, and not so weak that it "
            "will keep buying forever. May's gain may even be revised up.\""
        ),
        "2013-06-07",
        [("next week", "DATE", "2013-W24"), ("May", "DATE", "2013-05")],
    ),
    (
        (
            "The problem stems from the practice, common in the 1960s and 1970s, of using two digits "
            "to represent the year in order to save costly memory. Unless corrected, many computers "
            'will read "00" as 1900 rather than 2000.'
        ),
        "1998-10-07",
        [
            ("the 1960s", "DATE", "196"),
            ("1970s", "DATE", "197"),
            ("1900", "DATE", "1900"),
            ("2000", "DATE", "2000"),
        ],
    ),
    (
        (
            "In the 1930s, when a quarter of American workers were out of a job, Washington did "
            "something that would be unthinkable today: it built houses."
        ),
        "2023-11-14",
        [("the 1930s", "DATE", "193"), ("today", "DATE", "PRESENT_REF")],
    ),
    (
        (
            "When Social Security was signed into law on Aug. 14, 1935, life expectancy at birth was "
            "barely 61. Today a retiree can expect to live nearly two decades after collecting a "
            "first check."
        ),
        "2024-03-03",
        [
            ("Aug. 14, 1935", "DATE", "1935-08-14"),
            ("Today", "DATE", "PRESENT_REF"),
            ("nearly two decades", "DURATION", "P20Y", "APPROX"),
        ],
    ),
    (
        (
            "Energy prices are set to rise again in October, when Ofgem's cap is next revised, and "
            "then once more in January."
        ),
        "2022-06-20",
        [("October", "DATE", "2022-10"), ("January", "DATE", "2023-01")],
    ),
    (
        (
            "The president, campaigning in Lancaster, Pennsylvania, this afternoon, said again that "
            "America is safer than it was four years ago.\n\nBROWN: And on Wall Street, some good news "
            "for investors?\n\nKING: The Dow gained 138 points today, its best day in weeks, as oil "
            "prices fell back below $52 a barrel."
        ),
        "2004-10-28",
        [
            ("this afternoon", "TIME", "2004-10-28TAF"),
            ("four years ago", "DATE", "2000"),
            ("today", "DATE", "2004-10-28"),
            ("weeks", "DURATION", "PXW"),
        ],
    ),
    (
        (
            "Wall Street caught its breath today, a day after the worst losses since the September "
            "11th attacks."
        ),
        "2008-09-16",
        [
            ("today", "DATE", "2008-09-16"),
            ("a day", "DURATION", "P1D"),
            ("September 11th", "DATE", "2001-09-11"),
        ],
    ),
    (
        (
            "Stock futures rose sharply after the vote, and traders in Asia pushed stocks higher "
            "this morning. Wall Street opens at 9:30 Eastern, its first session of 2013."
        ),
        "2013-01-02",
        [
            ("this morning", "TIME", "2013-01-02TMO"),
            ("9:30 Eastern", "TIME", "2013-01-02T09:30-05:00"),
            ("2013", "DATE", "2013"),
        ],
    ),
    (
        (
            "Economists polled by Kyodo News expect the trade deficit to narrow over the next six "
            "months as exports pick up.\n\nAbe will leave for Europe on Saturday for a week-long trip "
            "that includes the Group of Eight summit in Northern Ireland starting June 17. The "
            "ministry will release the May balance of payments data on July 8."
        ),
        "2013-06-11",
        [
            ("the next six months", "DURATION", "P6M"),
            ("Saturday", "DATE", "2013-06-15"),
            ("week-long", "DURATION", "P1W"),
            ("June 17", "DATE", "2013-06-17"),
            ("May", "DATE", "2013-05"),
            ("July 8", "DATE", "2013-07-08"),
        ],
    ),
    (
        '"Every March," he said. "Every single March."',
        "2025-03-18",
        [("Every March", "SET", "XXXX-03"), ("Every single March", "SET", "XXXX-03")],
    ),
    (
        (
            "At about 11.30pm on 31 January 1953 a surge driven by a northerly storm and a spring "
            "tide topped the sea defences along a half-mile stretch of the front."
        ),
        "2023-01-31",
        [("about 11.30pm on 31 January 1953", "TIME", "1953-01-31T23:30", "APPROX")],
    ),
    (
        (
            "Talks had stalled earlier this month when France objected to a draft text on Nov. 9, "
            "and a third round opened on Wednesday."
        ),
        "2013-11-24",
        [
            ("earlier this month", "DATE", "2013-11", "START"),
            ("Nov. 9", "DATE", "2013-11-09"),
            ("Wednesday", "DATE", "2013-11-20"),
        ],
    ),
    (
        (
            "A U.S. spy satellite system lost data for about three hours late Friday, the Pentagon "
            "said Saturday, and several stores in Japan briefly printed receipts dated 1900."
        ),
        "2000-01-01",
        [
            ("three hours", "DURATION", "PT3H", "APPROX"),
            ("late Friday", "DATE", "1999-12-31", "END"),
            ("Saturday", "DATE", "2000-01-01"),
            ("1900", "DATE", "1900"),
        ],
    ),
    (
        '"We may have to do this for weeks, even months," Shea said.',
        "1999-04-08",
        [("weeks", "DURATION", "PXW"), ("months", "DURATION", "PXM")],
    ),
    (
        (
            "Yugoslav authorities abruptly sealed the borders on Wednesday morning, a move U.S. "
            "officials said could be an attempt to use refugees as human shields. Earlier this week, "
            "Belgrade announced a unilateral cease-fire to mark Orthodox Easter, which falls on "
            'Sunday, but NATO dismissed the offer as "a ploy."'
        ),
        "1999-04-08",
        [
            ("Wednesday morning", "TIME", "1999-04-07TMO"),
            ("Earlier this week", "DATE", "1999-W14", "START"),
            ("Orthodox Easter", "DATE", "1999-04-11"),
            ("Sunday", "DATE", "1999-04-11"),
        ],
    ),
    (
        ("Belgrade announced a unilateral cease-fire to mark Orthodox Easter, which falls on Sunday."),
        "1999-04-08",
        [("Orthodox Easter", "DATE", "1999-04-11"), ("Sunday", "DATE", "1999-04-11")],
    ),
    (
        "The flood came on 31 January 1953 with a northerly storm and a spring tide.",
        "2023-01-31",
        [("31 January 1953", "DATE", "1953-01-31")],
    ),
    (
        '"We come back every year," she said. "Every single March."',
        "2025-01-31",
        [("every year", "SET", "P1Y"), ("Every single March", "SET", "XXXX-03")],
    ),
    (
        ("Four years ago the Dow fell 500 points. The Dow gained 138 points today, its best day in weeks."),
        "2004-10-28",
        [("Four years ago", "DATE", "2000"), ("today", "DATE", "2004-10-28"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "Programs used two digits to represent the year in order to save memory.",
        "1998-10-07",
        [],
    ),
    (
        (
            "Forty years ago this week, 11 men walked into the No. 4 portal of the mine.\n\nAt 4:40 "
            "p.m. on Tuesday, Oct. 9, 1984, a section of roof gave way above the panel.\n\nOn "
            "Wednesday, Oct. 10, crews began drilling a borehole. It broke through at 3:10 a.m. "
            "Thursday."
        ),
        "2024-10-09",
        [
            ("Forty years ago this week", "DATE", "1984-W41"),
            ("4:40 p.m. on Tuesday, Oct. 9, 1984", "TIME", "1984-10-09T16:40"),
            ("Wednesday, Oct. 10", "DATE", "1984-10-10"),
            ("3:10 a.m. Thursday", "TIME", "1984-10-11T03:10"),
        ],
    ),
    (
        "The firm fell 2% on Monday. Shares of May Department Stores slipped 50 cents.",
        "1998-07-16",
        [("Monday", "DATE", "1998-07-13")],
    ),
    (
        "Work on the bridge deck will continue weeknights from 8 p.m. to 6 a.m. through July 19.",
        "2024-06-14",
        [
            ("weeknights", "SET", "XXXX-XX-XXTNI"),
            ("8 p.m.", "TIME", "XXXX-XX-XXT20:00"),
            ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"),
            ("July 19", "DATE", "2024-07-19"),
        ],
    ),
    (
        "Parliament on Saturday voted to hold elections on May 25.",
        "2014-02-24",
        [("Saturday", "DATE", "2014-02-22"), ("May 25", "DATE", "2014-05-25")],
    ),
    (
        "In January, the board set the vote for March 1.",
        "2021-09-08",
        [("January", "DATE", "2021-01"), ("March 1", "DATE", "2021-03-01")],
    ),
    (
        "Sales fell in January and will rebound in March.",
        "2021-09-08",
        [("January", "DATE", "2021-01"), ("March", "DATE", "2022-03")],
    ),
    (
        "In March, the judge set the trial for June 14.",
        "2021-09-08",
        [("March", "DATE", "2021-03"), ("June 14", "DATE", "2021-06-14")],
    ),
    (
        "The plant closed last year in March.",
        "2024-03-14",
        [("last year", "DATE", "2023"), ("March", "DATE", "2023-03")],
    ),
    (
        "The storm blew from March 2, 1966, to March 5.",
        "2016-03-02",
        [("March 2, 1966", "DATE", "1966-03-02"), ("March 5", "DATE", "1966-03-05")],
    ),
    (
        "Spending will grow by 1 per cent a year after that.",
        "2022-11-17",
        [],
    ),
    (
        "The curfew, in force from June 1 until June 30, was lifted.",
        "2022-07-18",
        [("June 1", "DATE", "2022-06-01"), ("June 30", "DATE", "2022-06-30")],
    ),
    (
        "Factories operated at 83.1% of capacity, up from 82.6% a month earlier.",
        "1990-05-17",
        [("a month earlier", "DATE", "1990-04")],
    ),
    (
        "The bomb exploded on the Friday, police said.",
        "2023-01-08",
        [("the Friday", "DATE", "2023-01-06")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_news_probe_33(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
