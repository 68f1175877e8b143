"""A probe of news features, explainers and timelines: reports that step back into the past and
return to the present, "What happens next?" explainers, "Timeline:" boxes, Q&As, anniversary
pieces and long-reads.

Held-out news is TimeML-annotated newswire, and besides hard news it carries features. Each case
is a short passage of our own with every timex it must yield (text, type, value, and mod); a case
with no expected timex is a negative. Values follow TimeML 1.2.1 and ../shared/TIMEX3.md;
extents follow TimeBank's (the preposition left out). Every case runs with ``domain="news"`` and
with ``domain="auto"``.

Readings these cases pin down:
- A report's deictic dates count from the DCT however far back the passage has gone ("The mine
  closed in 1992. On Monday, its last tower was pulled down"; "... In February, ..."), and so do
  "this spring", "last year", "next spring", "these days" and "now" (PRESENT_REF), the "now" of
  an explainer's "Why now?" too.
- An anaphor counts from the date the report has just told: "That year", "That winter", "The
  following spring", "The next year", "The previous year", "Two years later", "four years later",
  "Two weeks later" (a length in news, the week in a history), "The following day", "That night"
  (TIME), "Later that month". The anaphoric "later that month" and "earlier that year" carry no
  mod, as TimeBank draws them; the deictic "earlier this month" is START. "A decade later" is a
  decade, the unit's grain.
- "A year earlier" opening the sentence after one that told of a year is the year before it ("In
  2014, the school reopened. A year earlier, the mine had closed"), not the DCT's year before
  (which stays the reading of a comparison of figures).
- A bare month of a past clause right after a date the report told to the month is in that
  date's year ("The uprising began in March 2011. By the summer, ..."), and a sentence that
  opens on a year frames its months ("In 2012, the mine flooded in April").
- The lines of a "Timeline:" box that name only a month and day are in the year of the line
  before, the next year once the months come back round ("Dec. 31, 2019 — ...\nJan. 11 — ...").
- A count from an event is a duration ("A year after the fire", "10 years since the attack");
  "N years ago today" and "N years ago this week" are the anniversary day, week or month.
- An explainer's schedule lies ahead of the DCT ("The committee meets on Tuesday"); a question
  heading of an explainer or a Q&A adds no timex.

Publication dates used (weekday, ISO week):
    2026-03-18 Wednesday, W12 (A); 2025-10-07 Tuesday, W41 (B); 2024-06-14 Friday, W24 (C);
    2023-01-06 Friday, W01 (D); 2025-11-20 Thursday, W47 (E); 2025-12-28 Sunday, W52 (given in
    the case).
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

A = "2026-03-18"
B = "2025-10-07"
C = "2024-06-14"
D = "2023-01-06"
E = "2025-11-20"

# (text, publication date, expected timexes); a timex is (text, type, value) with an optional mod.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- stepping into the past and back to the present ---
    (
        "When the plant opened in 1998, it employed 2,000 people. Now it employs 300.",
        A,
        [("1998", "DATE", "1998"), ("Now", "DATE", "PRESENT_REF")],
    ),
    ("It was March 2020, and the schools had just closed.", A, [("March 2020", "DATE", "2020-03")]),
    (
        "It was January 2019 when the first trucks arrived at the border.",
        A,
        [("January 2019", "DATE", "2019-01")],
    ),
    (
        "The mill closed in 2009. Two years later, the town lost its last bank.",
        A,
        [("2009", "DATE", "2009"), ("Two years later", "DATE", "2011")],
    ),
    (
        "By the time the ban was lifted in June, half the shops on the street had closed.",
        A,
        [("June", "DATE", "2025-06")],
    ),
    (
        "The bridge opened in May 2019. By the autumn, traffic on it had doubled.",
        A,
        [("May 2019", "DATE", "2019-05"), ("the autumn", "DATE", "2019-FA")],
    ),
    (
        "In 2015, the city banned cars from its centre. That year, air pollution fell by a third.",
        A,
        [("2015", "DATE", "2015"), ("That year", "DATE", "2015")],
    ),
    (
        "The city banned cars from its centre in 2015. The following spring, the mayor lost his seat.",
        A,
        [("2015", "DATE", "2015"), ("The following spring", "DATE", "2016-SP")],
    ),
    (
        "The uprising began in March 2011. By the summer, rebels held much of the east.",
        A,
        [("March 2011", "DATE", "2011-03"), ("the summer", "DATE", "2011-SU")],
    ),
    (
        "The company collapsed in November 2008. In December, its founder was arrested.",
        A,
        [("November 2008", "DATE", "2008-11"), ("December", "DATE", "2008-12")],
    ),
    (
        "In 2012, the mine flooded in April and reopened in September.",
        A,
        [("2012", "DATE", "2012"), ("April", "DATE", "2012-04"), ("September", "DATE", "2012-09")],
    ),
    (
        "In 2012, the mine flooded. In April, the owners filed for bankruptcy.",
        A,
        [("2012", "DATE", "2012"), ("April", "DATE", "2012-04")],
    ),
    (
        "The strike began in March 1984. By that summer, half the pits were idle.",
        A,
        [("March 1984", "DATE", "1984-03"), ("that summer", "DATE", "1984-SU")],
    ),
    (
        "In December 1991, Gorbachev resigned. That same month, the Soviet Union was dissolved.",
        A,
        [("December 1991", "DATE", "1991-12"), ("That same month", "DATE", "1991-12")],
    ),
    (
        "The storm hit on Oct. 29, 2012. That night, the subway tunnels flooded.",
        A,
        [("Oct. 29, 2012", "DATE", "2012-10-29"), ("That night", "TIME", "2012-10-29TNI")],
    ),
    (
        "The wall fell in November 1989. Within a year, Germany was one country again.",
        A,
        [("November 1989", "DATE", "1989-11"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "In 2010, the town's water plant failed. That winter, the pipes froze.",
        A,
        [("2010", "DATE", "2010"), ("That winter", "DATE", "2010-WI")],
    ),
    (
        "The fire gutted the school in 2014. The next year, it reopened in a church hall.",
        A,
        [("2014", "DATE", "2014"), ("The next year", "DATE", "2015")],
    ),
    (
        "The bakery had its best year in 2019. The following year, the pandemic shut it for months.",
        A,
        [("2019", "DATE", "2019"), ("The following year", "DATE", "2020"), ("months", "DURATION", "PXM")],
    ),
    (
        "In the autumn of 2017, the first families arrived. By the following summer, there were 3,000.",
        A,
        [("the autumn of 2017", "DATE", "2017-FA"), ("the following summer", "DATE", "2018-SU")],
    ),
    (
        "He was elected mayor in 2010 and re-elected four years later.",
        A,
        [("2010", "DATE", "2010"), ("four years later", "DATE", "2014")],
    ),
    (
        "The river flooded in 2007 and again in 2012. This year, the new defences held.",
        A,
        [("2007", "DATE", "2007"), ("2012", "DATE", "2012"), ("This year", "DATE", "2026")],
    ),
    (
        "In 2014, the school reopened. A year earlier, the mine had closed.",
        A,
        [("2014", "DATE", "2014"), ("A year earlier", "DATE", "2013")],
    ),
    (
        "It was 4:31 a.m. on Jan. 17, 1994, when the ground began to shake.",
        A,
        [("4:31 a.m. on Jan. 17, 1994", "TIME", "1994-01-17T04:31")],
    ),
    (
        "On Jan. 6, 2021, rioters broke into the building. That evening, Congress reconvened.",
        D,
        [("Jan. 6, 2021", "DATE", "2021-01-06"), ("That evening", "TIME", "2021-01-06TEV")],
    ),
    (
        "She moved to the city in 2008. The following spring she opened a bakery.",
        A,
        [("2008", "DATE", "2008"), ("The following spring", "DATE", "2009-SP")],
    ),
    ("These days, the harbour is quiet.", A, [("These days", "DATE", "PRESENT_REF")]),
    ("Nowadays, few boats put in at the harbour.", A, [("Nowadays", "DATE", "PRESENT_REF")]),
    ("Currently, 300 people work at the plant.", A, [("Currently", "DATE", "PRESENT_REF")]),
    ("For three decades, she ran the corner shop.", A, [("three decades", "DURATION", "P30Y")]),
    ("In the early 1990s, the town had no traffic lights.", A, [("the early 1990s", "DATE", "199", "START")]),
    ("By the mid-2000s, the factory had closed.", A, [("the mid-2000s", "DATE", "200", "MID")]),
    ("The railway arrived in the late 19th century.", A, [("the late 19th century", "DATE", "18", "END")]),
    (
        "The factory was built in 1962. At its peak in the 1980s, it employed 5,000 workers.",
        A,
        [("1962", "DATE", "1962"), ("the 1980s", "DATE", "198")],
    ),
    ("Five years ago, the river burst its banks.", A, [("Five years ago", "DATE", "2021")]),
    ("It has been 20 years since the last big flood.", A, [("20 years", "DURATION", "P20Y")]),
    # --- this, last, next and the following season ---
    (
        "Last spring, the river ran dry. This spring, it has burst its banks.",
        A,
        [("Last spring", "DATE", "2025-SP"), ("This spring", "DATE", "2026-SP")],
    ),
    ("This spring, the council will vote on a new ban.", A, [("This spring", "DATE", "2026-SP")]),
    ("Last year, the ban was extended to diesel vans.", A, [("Last year", "DATE", "2025")]),
    (
        "Last year the farm lost half its crop. That year, rain fell on only 12 days.",
        A,
        [("Last year", "DATE", "2025"), ("That year", "DATE", "2025"), ("12 days", "DURATION", "P12D")],
    ),
    (
        "The council approved the plan in the autumn. Work starts next spring.",
        A,
        [("the autumn", "DATE", "2025-FA"), ("next spring", "DATE", "2027-SP")],
    ),
    ("Every spring, the village holds a festival.", A, [("Every spring", "SET", "XXXX-SP")]),
    (
        "Earlier this month, the minister visited the site.",
        A,
        [("Earlier this month", "DATE", "2026-03", "START")],
    ),
    # --- explainers: what happens next ---
    (
        "What happens next? The committee meets on Tuesday; a vote could come by the month's end.",
        A,
        [("Tuesday", "DATE", "2026-03-24"), ("the month's end", "DATE", "2026-03", "END")],
    ),
    (
        "When does the law take effect? On July 1, unless a court blocks it.",
        A,
        [("July 1", "DATE", "2026-07-01")],
    ),
    (
        "How long will the strike last? The union has called walkouts for the next two weeks.",
        A,
        [("the next two weeks", "DURATION", "P2W")],
    ),
    (
        "What happened on Friday? Police raided the offices at 6 a.m.",
        A,
        [("Friday", "DATE", "2026-03-13"), ("6 a.m.", "TIME", "2026-03-13T06:00")],
    ),
    (
        "Why now? The deadline for a deal expires at midnight on Thursday.",
        A,
        [("now", "DATE", "PRESENT_REF"), ("midnight on Thursday", "TIME", "2026-03-19T24:00")],
    ),
    (
        "What comes next? Results are expected early next week.",
        A,
        [("early next week", "DATE", "2026-W13", "START")],
    ),
    (
        "When will we know? The count could take until the weekend.",
        A,
        [("the weekend", "DATE", "2026-W12-WE")],
    ),
    ("Is it over? Not yet. Talks resume in April.", A, [("April", "DATE", "2026-04")]),
    (
        "What to know: The shutdown began on Oct. 1. It is the first since 2019.",
        B,
        [("Oct. 1", "DATE", "2025-10-01"), ("2019", "DATE", "2019")],
    ),
    ("What happens next? The Senate votes again on Thursday.", B, [("Thursday", "DATE", "2025-10-09")]),
    (
        "How long could it last? The longest shutdown, in 2018 and 2019, lasted 35 days.",
        B,
        [("2018", "DATE", "2018"), ("2019", "DATE", "2019"), ("35 days", "DURATION", "P35D")],
    ),
    ("Federal workers missed their first paycheck on Friday.", B, [("Friday", "DATE", "2025-10-03")]),
    (
        "Why does it matter? The agency's funds run out at the end of October.",
        B,
        [("the end of October", "DATE", "2025-10", "END")],
    ),
    (
        "What's at stake? About 750,000 workers have been furloughed since last week.",
        B,
        [("last week", "DATE", "2025-W40")],
    ),
    # --- timeline boxes ---
    (
        "Timeline:\nJan. 6, 2021 — Rioters storm the Capitol.\nFeb. 13 — The Senate acquits Trump.",
        A,
        [("Jan. 6, 2021", "DATE", "2021-01-06"), ("Feb. 13", "DATE", "2021-02-13")],
    ),
    (
        "Key dates:\nMarch 2011 — Protests begin in Deraa.\nAugust 2013 — A gas attack kills hundreds."
        "\nSept. 30, 2015 — Russia begins air strikes.",
        A,
        [
            ("March 2011", "DATE", "2011-03"),
            ("August 2013", "DATE", "2013-08"),
            ("Sept. 30, 2015", "DATE", "2015-09-30"),
        ],
    ),
    (
        "How the crisis unfolded:\nFeb. 24, 2022: Russia invades Ukraine."
        "\nMarch 2: The U.N. condemns the invasion."
        "\nApril 3: Bodies are found in Bucha.",
        A,
        [
            ("Feb. 24, 2022", "DATE", "2022-02-24"),
            ("March 2", "DATE", "2022-03-02"),
            ("April 3", "DATE", "2022-04-03"),
        ],
    ),
    (
        "Timeline:\nNov. 8 — Voters go to the polls.\nNov. 15 — The count ends."
        "\nDec. 1 — The new parliament sits.",
        E,
        [
            ("Nov. 8", "DATE", "2025-11-08"),
            ("Nov. 15", "DATE", "2025-11-15"),
            ("Dec. 1", "DATE", "2025-12-01"),
        ],
    ),
    (
        "Timeline:\n1989 — The Berlin Wall falls.\n1990 — Germany is reunified."
        "\n1991 — The Soviet Union collapses.",
        A,
        [("1989", "DATE", "1989"), ("1990", "DATE", "1990"), ("1991", "DATE", "1991")],
    ),
    (
        "Timeline:\nSept. 30 — Funding lapses.\nOct. 1 — The shutdown begins."
        "\nOct. 10 — Workers miss a payday.",
        B,
        [
            ("Sept. 30", "DATE", "2025-09-30"),
            ("Oct. 1", "DATE", "2025-10-01"),
            ("Oct. 10", "DATE", "2025-10-10"),
        ],
    ),
    (
        "Key events:\n2019 — The company is founded in Berlin.\nJune 2021 — It goes public in New York.",
        A,
        [("2019", "DATE", "2019"), ("June 2021", "DATE", "2021-06")],
    ),
    (
        "Timeline of the outbreak:\nDec. 31, 2019 — China reports a cluster of cases."
        "\nJan. 11 — China reports its first death."
        "\nMarch 11 — The WHO declares a pandemic.",
        A,
        [
            ("Dec. 31, 2019", "DATE", "2019-12-31"),
            ("Jan. 11", "DATE", "2020-01-11"),
            ("March 11", "DATE", "2020-03-11"),
        ],
    ),
    # --- Q&As ---
    (
        "Q: When did the drought start? A: In the summer of 2022.",
        A,
        [("the summer of 2022", "DATE", "2022-SU")],
    ),
    (
        "Q: How long will repairs take? A: At least six months, engineers say.",
        A,
        [("At least six months", "DURATION", "P6M", "EQUAL_OR_MORE")],
    ),
    (
        "Q: When will the trains run again? A: Not before May, the operator says.",
        A,
        [("May", "DATE", "2026-05")],
    ),
    ("Q: Who pays? A: Until 2028, the state does.", A, [("2028", "DATE", "2028")]),
    ("Q: When did this last happen? A: In 1987.", A, [("1987", "DATE", "1987")]),
    (
        "Q: Will prices keep rising? A: Probably until the summer, analysts say.",
        A,
        [("the summer", "DATE", "2026-SU")],
    ),
    ("Q: What is the ban? A: A law that bars cars from the city centre.", A, []),
    # --- anniversaries ---
    ("Ten years ago today, the dam collapsed.", A, [("Ten years ago today", "DATE", "2016-03-18")]),
    ("Two years ago today, a mob stormed the Capitol.", D, [("Two years ago today", "DATE", "2021-01-06")]),
    (
        "A year after the fire, the cathedral's roof is still under scaffolding.",
        A,
        [("A year", "DURATION", "P1Y")],
    ),
    (
        "Survivors will gather on Sunday to mark the anniversary.",
        A,
        [("Sunday", "DATE", "2026-03-22")],
    ),
    (
        "Friday marks 10 years since the attack.",
        A,
        [("Friday", "DATE", "2026-03-20"), ("10 years", "DURATION", "P10Y")],
    ),
    ("Wednesday is the fifth anniversary of the blast.", A, [("Wednesday", "DATE", "2026-03-18")]),
    ("On March 18, 2016, the first boat arrived.", A, [("March 18, 2016", "DATE", "2016-03-18")]),
    (
        "On June 6, 1944, more than 150,000 troops crossed the Channel.",
        C,
        [("June 6, 1944", "DATE", "1944-06-06")],
    ),
    ("Veterans gathered on Thursday at Omaha Beach.", C, [("Thursday", "DATE", "2024-06-13")]),
    (
        "By the end of August 1944, Paris had been liberated.",
        C,
        [("the end of August 1944", "DATE", "1944-08", "END")],
    ),
    (
        "Four years ago, the tournament was postponed by a year.",
        C,
        [("Four years ago", "DATE", "2020"), ("a year", "DURATION", "P1Y")],
    ),
    (
        "The 2020 tournament was played in the summer of 2021.",
        C,
        [("2020", "DATE", "2020"), ("the summer of 2021", "DATE", "2021-SU")],
    ),
    ("The Euros kick off in Munich on Friday evening.", C, [("Friday evening", "TIME", "2024-06-14TEV")]),
    ("The House committee held its final hearing last month.", D, [("last month", "DATE", "2022-12")]),
    (
        "Over the past two years, more than 900 people have been charged.",
        D,
        [("the past two years", "DURATION", "P2Y")],
    ),
    ("The new Congress was sworn in on Tuesday.", D, [("Tuesday", "DATE", "2023-01-03")]),
    # --- a year told month by month ---
    (
        "In January, wildfires swept Los Angeles. By July, floods had hit Texas.",
        "2025-12-28",
        [("January", "DATE", "2025-01"), ("July", "DATE", "2025-07")],
    ),
    # --- negatives ---
    ("What happens next is anyone's guess.", A, []),
    ("The timeline for the project remains unclear.", A, []),
    ("The museum tells the story of the town's past.", A, []),
    ("The documentary looks back at the era of steam.", A, []),
    ("Key dates are listed below.", A, []),
    ("The next chapter of the story has yet to be written.", A, []),
    ("History has a way of repeating itself, she says.", A, []),
    # --- more flashbacks ---
    (
        "The dam burst on May 12, 2008. The following day, rescuers reached the valley.",
        A,
        [("May 12, 2008", "DATE", "2008-05-12"), ("The following day", "DATE", "2008-05-13")],
    ),
    (
        "The first lockdown began in March 2020. Later that month, the hospitals filled up.",
        A,
        [("March 2020", "DATE", "2020-03"), ("Later that month", "DATE", "2020-03")],
    ),
    (
        "The plant opened in June 1998. Earlier that year, the town had lost its mine.",
        A,
        [("June 1998", "DATE", "1998-06"), ("Earlier that year", "DATE", "1998")],
    ),
    (
        "In 2016, the club was relegated. The previous year, it had won the cup.",
        A,
        [("2016", "DATE", "2016"), ("The previous year", "DATE", "2015")],
    ),
    (
        "The ship sank in April 1912. A decade later, the wreck was still unfound.",
        A,
        # (A year ten on from the story's, as "a year later" is one.)
        [("April 1912", "DATE", "1912-04"), ("A decade later", "DATE", "1922")],
    ),
    (
        "The tower was finished in 1931. Three years later, it was still half empty.",
        A,
        [("1931", "DATE", "1931"), ("Three years later", "DATE", "1934")],
    ),
    (
        "In 2003, the school had 900 pupils. Five years later, it had 200.",
        A,
        [("2003", "DATE", "2003"), ("Five years later", "DATE", "2008")],
    ),
    (
        "The ferry sank in March 1987, minutes after leaving port.",
        A,
        [("March 1987", "DATE", "1987-03"), ("minutes", "DURATION", "PTXM")],
    ),
    (
        "At the time, the dam was the largest in Europe.",
        A,
        [("the time", "DATE", "PAST_REF")],
    ),
    (
        "The ban was lifted in June. By then, half the shops had closed.",
        A,
        [("June", "DATE", "2025-06")],
    ),
    (
        "Back in 1975, the town had three cinemas.",
        A,
        [("1975", "DATE", "1975")],
    ),
    (
        "The first Pride march was held in 1972. This summer, organisers expect a million people.",
        A,
        [("1972", "DATE", "1972"), ("This summer", "DATE", "2026-SU")],
    ),
    (
        "The museum reopened in the spring of 2019. That autumn, it welcomed its millionth visitor.",
        A,
        [("the spring of 2019", "DATE", "2019-SP"), ("That autumn", "DATE", "2019-FA")],
    ),
    (
        "The election was held in October 2019. Within weeks, protests had spread to the capital.",
        A,
        [("October 2019", "DATE", "2019-10"), ("weeks", "DURATION", "PXW")],
    ),
    (
        "It took until 2005 for the dam to be rebuilt. Now it is being torn down.",
        A,
        [("2005", "DATE", "2005"), ("Now", "DATE", "PRESENT_REF")],
    ),
    # --- features that return to the present ---
    (
        "In 1990, 40,000 people lived here. Today the population is under 15,000.",
        A,
        [("1990", "DATE", "1990"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        "The hall was built in 1875. Since last year, it has been a theatre.",
        A,
        [("1875", "DATE", "1875"), ("last year", "DATE", "2025")],
    ),
    (
        "The strike of 1984 split the village. This week, the last pit closed.",
        A,
        [("1984", "DATE", "1984"), ("This week", "DATE", "2026-W12")],
    ),
    (
        "The law dates from 1967. It will be repealed next year.",
        A,
        [("1967", "DATE", "1967"), ("next year", "DATE", "2027")],
    ),
    (
        "The mine closed in 1992. On Monday, its last winding tower was pulled down.",
        A,
        [("1992", "DATE", "1992"), ("Monday", "DATE", "2026-03-16")],
    ),
    (
        "The mine closed in 1992. In February, its last winding tower was pulled down.",
        A,
        [("1992", "DATE", "1992"), ("February", "DATE", "2026-02")],
    ),
    # --- explainers with schedules ---
    (
        "What's next? Hearings start on April 14 and should end by mid-May.",
        A,
        [("April 14", "DATE", "2026-04-14"), ("mid-May", "DATE", "2026-05", "MID")],
    ),
    (
        "When is the deadline? Applications close at 5 p.m. on Friday.",
        A,
        [("5 p.m. on Friday", "TIME", "2026-03-20T17:00")],
    ),
    (
        "What has happened so far? The first round of talks ended on Monday without a deal.",
        A,
        [("Monday", "DATE", "2026-03-16")],
    ),
    (
        "How did we get here? The dispute began in 2023, when the landlord raised the rent.",
        A,
        [("2023", "DATE", "2023")],
    ),
    (
        "What will change? From April 6, the tax rises to 20%.",
        A,
        [("April 6", "DATE", "2026-04-06")],
    ),
    (
        "Timeline:\n2008 — Lehman Brothers collapses.\n2010 — Greece receives its first bailout."
        "\n2012 — Draghi vows to save the euro.",
        A,
        [("2008", "DATE", "2008"), ("2010", "DATE", "2010"), ("2012", "DATE", "2012")],
    ),
    (
        "Timeline:\n- Aug. 4, 2020: A blast destroys Beirut's port.\n- Aug. 10: The government resigns.",
        A,
        [("Aug. 4, 2020", "DATE", "2020-08-04"), ("Aug. 10", "DATE", "2020-08-10")],
    ),
    (
        "Timeline:\nJune 2016 — Britain votes to leave the EU."
        "\nMarch 2017 — The government triggers Article 50.",
        A,
        [("June 2016", "DATE", "2016-06"), ("March 2017", "DATE", "2017-03")],
    ),
    # --- anniversaries and more negatives ---
    ("The 50th anniversary of the moon landing fell in July 2019.", A, [("July 2019", "DATE", "2019-07")]),
    (
        "Saturday marks 30 years since the massacre.",
        A,
        [("Saturday", "DATE", "2026-03-21"), ("30 years", "DURATION", "P30Y")],
    ),
    ("Those were the days, he says.", A, []),
    ("The report looks at the history of the strike.", A, []),
    ("In the old days, the fishermen sold their catch on the quay.", A, []),
    ("Timeline: the key moments of the trial.", A, []),
    # A weekday with an indefinite article is some day of the month after it (the article alone
    # does not make it so: "a Monday deadline" is that Monday's).
    (
        "It was a Tuesday in March 2020 when the schools closed.",
        A,
        [("a Tuesday in March 2020", "DATE", "2020-03")],
    ),
    (
        "On a Sunday in May 2018, the last miners came up from the pit.",
        A,
        [("a Sunday in May 2018", "DATE", "2018-05")],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), CASES)
def test_feature_probe(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


def test_a_count_later_is_a_length_in_news_and_the_day_it_reaches_in_a_history() -> None:
    text = "The quake struck on Jan. 12, 2010. Two weeks later, aid was still stuck at the port."
    news = [(t.text, t.type, t.value) for t in annotate(text, dct=A, domain="news")]
    history = [(t.text, t.type, t.value) for t in annotate(text, dct=A, domain="narrative")]
    assert news == [("Jan. 12, 2010", "DATE", "2010-01-12"), ("Two weeks", "DURATION", "P2W")]
    assert history == [("Jan. 12, 2010", "DATE", "2010-01-12"), ("Two weeks later", "DATE", "2010-W04")]
