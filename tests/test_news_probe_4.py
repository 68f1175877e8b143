"""A fourth probe of news: 2010s-2020s wire copy, courts and police, weather, markets, sport, obituaries.

The other news probes cover datelines, the commonest business forms and 2012-2013 wire copy;
this one takes the registers they cover least, as wire services and newspapers of the 2010s and
2020s write them: AP's and Reuters' weekdays with parts of days ("late Monday", "early
Thursday", "Tuesday, Jan. 8"), police blotters and court timetables, storm and disaster reports
("by Thursday evening", "overnight Sunday into Monday"), market reports ("in the week to Friday",
"the second quarter ended June 30", "year-to-date"), fixtures and results, obituaries, opinion
columns and corrections ("An article on Tuesday misstated..."). Each case is a sentence with its
publication date and every timex it must yield (text, type, value, and mod; freq and quant for
sets when given). A case with no expected timex is a negative: scores, odds, ages, addresses,
legal codes, flight numbers and product names. Values follow TimeML 1.2.1 and
../shared/TIMEX3.md. Every case runs with ``domain="news"`` and with ``domain="auto"``.

Readings these cases pin down:
- An age is no timex ("a 44-year-old nurse", "died on Sunday at 87", "aged 94", "He was 91."):
  TimeBank leaves ages untagged, and so do we; a bond's or a loan's term ("the 10-year Treasury
  note", "Thirty-year mortgage rates") is a duration, as TimeBank tags it.
- A model year is a year ("a 2009 Honda Civic"); a block of a street ("the 1400 block of Elm
  Street"), a kind of storm ("a winter storm warning") and a cup's round ("the quarter-final
  draw") are no timexes.
- A correction's weekday ("An article on Tuesday misstated...") is the day the article ran, in the
  past; the date the correction puts right ("The meeting is on Thursday, May 12, not Wednesday,
  May 11") is ahead.
- "the week to Friday", "the three months to June", "the 52 weeks ended July 2" are a length and
  the day or month that ends it, two timexes, as in the wire probe; "the second quarter ended
  June 30" is the quarter (a DATE) and its last day; "up 2.1% for the week" after a market's move
  is the DCT's week; a futures contract's month ("for September delivery") lies ahead.
- A forecast's odds ("storms are likely Thursday afternoon"), a date a hearing was set for
  ("originally set for Thursday"), a fixture's present ("tips off Tuesday", "United play Sevilla
  at Old Trafford on Tuesday night") look ahead.
- "between 1 a.m. and 3 a.m. on Sunday": both ends are on Sunday.
- "overnight Sunday into Monday" is a night and the day it runs into, two timexes, as the
  wire probe reads "overnight Wednesday into Thursday" (TimeML tags the ends of a span apart).
- As elsewhere in the probes, "about" and "around" set APPROX outside a length's extent ("about
  [six hours]"), "nearly" is APPROX, "local time" stays out of a clock time's extent, and "early"
  or "the early hours of" stay out of a named day's part ("[Sunday morning]").

Publication dates used (weekday, ISO week):
    2019-01-09 Wednesday, W02 (A); 2023-09-14 Thursday, W37 (E); 2015-06-30 Tuesday, W27 (B2);
    2017-10-18 Wednesday, W42 (R); 2021-02-16 Tuesday, W07 (T); 2022-07-29 Friday, W30 (M);
    2018-03-12 Monday, W11 (S); 2020-11-23 Monday, W48 (OB); 2016-05-05 Thursday, W18 (C);
    others given in the case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

A = "2019-01-09"
E = "2023-09-14"
B2 = "2015-06-30"
R = "2017-10-18"
T = "2021-02-16"
M = "2022-07-29"
S = "2018-03-12"
OB = "2020-11-23"
C = "2016-05-05"

# (text, publication date, expected timexes); a timex is (text, type, value) with an optional mod,
# or (text, type, value, mod, {"freq": ..., "quant": ...}) for sets.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- 2010s-2020s wire copy: weekdays, parts of days, "earlier this month", weekday dates ---
    ("On Tuesday, the Senate voted 52-48 to advance the measure.", A, [("Tuesday", "DATE", "2019-01-08")]),
    (
        "Negotiators met late Monday but failed to reach a deal.",
        A,
        [("late Monday", "DATE", "2019-01-07", "END")],
    ),
    (
        "The agency said earlier this month that it had suspended inspections.",
        A,
        [("earlier this month", "DATE", "2019-01", "START")],
    ),
    ("The hearing is set for Tuesday, Jan. 15.", A, [("Tuesday, Jan. 15", "DATE", "2019-01-15")]),
    (
        "The talks, which began Tuesday, Jan. 8, are expected to last three days.",
        A,
        [("Tuesday, Jan. 8", "DATE", "2019-01-08"), ("three days", "DURATION", "P3D")],
    ),
    (
        "The White House said Wednesday that the meeting would go ahead.",
        A,
        [("Wednesday", "DATE", "2019-01-09")],
    ),
    (
        "The measure passed the House in a 241-190 vote on Jan. 3.",
        A,
        [("Jan. 3", "DATE", "2019-01-03")],
    ),
    (
        "Federal workers missed their first paycheck on Friday, Jan. 11.",
        A,
        [("Friday, Jan. 11", "DATE", "2019-01-11")],
    ),
    (
        "The president is scheduled to visit the border on Thursday.",
        A,
        [("Thursday", "DATE", "2019-01-10")],
    ),
    (
        "Officials said late Tuesday that the talks had stalled.",
        A,
        [("late Tuesday", "DATE", "2019-01-08", "END")],
    ),
    (
        "The shutdown began at midnight on Dec. 22.",
        A,
        [("midnight on Dec. 22", "TIME", "2018-12-22T24:00")],
    ),
    (
        "The Democrats took control of the House last week.",
        A,
        [("last week", "DATE", "2019-W01")],
    ),
    (
        "Officials said the suspect was arrested early Thursday.",
        E,
        [("early Thursday", "DATE", "2023-09-14", "START")],
    ),
    (
        "The company announced the recall late last week.",
        E,
        [("late last week", "DATE", "2023-W36", "END")],
    ),
    (
        "The protests, which erupted earlier this year, have spread to 20 cities.",
        E,
        [("earlier this year", "DATE", "2023", "START")],
    ),
    (
        "The minister is due to visit Kyiv next week, his office said Thursday.",
        E,
        [("next week", "DATE", "2023-W38"), ("Thursday", "DATE", "2023-09-14")],
    ),
    (
        "In a statement Wednesday night, the ministry denied the report.",
        E,
        [("Wednesday night", "TIME", "2023-09-13TNI")],
    ),
    (
        "The leaders will meet Sept. 20 on the sidelines of the U.N. General Assembly.",
        E,
        [("Sept. 20", "DATE", "2023-09-20")],
    ),
    ("The bank raised rates for the 10th consecutive time in July.", E, [("July", "DATE", "2023-07")]),
    ("Inflation has eased since it peaked last October.", E, [("last October", "DATE", "2022-10")]),
    ("Parliament will reconvene on Monday, Sept. 18.", E, [("Monday, Sept. 18", "DATE", "2023-09-18")]),
    (
        "The bodies were found on Saturday, Sept. 9, in a wooded area.",
        E,
        [("Saturday, Sept. 9", "DATE", "2023-09-09")],
    ),
    (
        "Lawmakers hope to hold a final vote before this month ends.",
        E,
        [("this month", "DATE", "2023-09")],
    ),
    (
        "The envoy arrived in Beijing on Sunday for a three-day visit.",
        E,
        [("Sunday", "DATE", "2023-09-10"), ("three-day", "DURATION", "P3D")],
    ),
    (
        "Earlier on Thursday, the army said it had shot down 17 drones.",
        E,
        [("Thursday", "DATE", "2023-09-14")],
    ),
    (
        "The airline cancelled 1,200 flights over the past 24 hours.",
        E,
        [("the past 24 hours", "DURATION", "PT24H")],
    ),
    (
        "The U.N. said Tuesday that 6 million people had fled since Feb. 24, 2022.",
        E,
        [("Tuesday", "DATE", "2023-09-12"), ("Feb. 24, 2022", "DATE", "2022-02-24")],
    ),
    (
        "The results are expected in the coming weeks.",
        E,
        [("the coming weeks", "DURATION", "PXW")],
    ),
    (
        "The strike entered its third day on Thursday.",
        E,
        [("Thursday", "DATE", "2023-09-14")],
    ),
    (
        "The summit will be held in New Delhi on Sept. 9-10.",
        "2023-08-30",
        [("Sept. 9", "DATE", "2023-09-09"), ("10", "DATE", "2023-09-10")],
    ),
    (
        "Greece missed a payment to the IMF that was due at midnight Tuesday.",
        B2,
        [("midnight Tuesday", "TIME", "2015-06-30T24:00")],
    ),
    (
        "Eurozone finance ministers held an emergency call late Tuesday.",
        B2,
        [("late Tuesday", "DATE", "2015-06-30", "END")],
    ),
    (
        "The talks collapsed early Saturday, officials said.",
        B2,
        [("early Saturday", "DATE", "2015-06-27", "START")],
    ),
    (
        "The court's ruling last Friday made same-sex marriage legal nationwide.",
        B2,
        [("last Friday", "DATE", "2015-06-26")],
    ),
    (
        "The heat wave is forecast to peak on Wednesday, July 1.",
        B2,
        [("Wednesday, July 1", "DATE", "2015-07-01")],
    ),
    (
        "Greeks will decide on Sunday whether to accept the creditors' terms.",
        B2,
        [("Sunday", "DATE", "2015-07-05")],
    ),
    ("Banks will remain closed until July 6.", B2, [("July 6", "DATE", "2015-07-06")]),
    (
        "The Senate will return from its recess after the Fourth of July.",
        B2,
        [("the Fourth of July", "DATE", "2015-07-04")],
    ),
    (
        "Tsipras announced the referendum in a televised address in the early hours of Saturday.",
        B2,
        [("the early hours of Saturday", "DATE", "2015-06-27", "START")],
    ),
    (
        "The deal was reached at about 9 a.m. Monday after 17 hours of talks.",
        "2015-07-14",
        [("about 9 a.m. Monday", "TIME", "2015-07-13T09:00", "APPROX"), ("17 hours", "DURATION", "PT17H")],
    ),
    (
        "Rescuers worked through Monday night to reach the survivors.",
        E,
        [("Monday night", "TIME", "2023-09-11TNI")],
    ),
    ("The embassy reopened Thursday morning.", E, [("Thursday morning", "TIME", "2023-09-14TMO")]),
    (
        "The minister resigned on Monday, a week after the scandal broke.",
        E,
        [("Monday", "DATE", "2023-09-11"), ("a week", "DURATION", "P1W")],
    ),
    (
        "The new rules will take effect on Jan. 1, 2024.",
        E,
        [("Jan. 1, 2024", "DATE", "2024-01-01")],
    ),
    ("The vote is set for Oct. 1, the commission said.", E, [("Oct. 1", "DATE", "2023-10-01")]),
    # --- court and police reports ---
    (
        "A 34-year-old man was arrested Tuesday night in connection with the shooting, police said.",
        R,
        [("Tuesday night", "TIME", "2017-10-17TNI")],
    ),
    (
        "The shooting happened shortly after 11 p.m. Sunday outside a bar.",
        R,
        [("11 p.m. Sunday", "TIME", "2017-10-15T23:00")],
    ),
    ("He was charged with second-degree murder and is being held without bail.", R, []),
    ("She is scheduled to be arraigned Oct. 26 in Superior Court.", R, [("Oct. 26", "DATE", "2017-10-26")]),
    (
        "The judge sentenced him to 12 years in prison, with eight years suspended.",
        R,
        [("12 years", "DURATION", "P12Y"), ("eight years", "DURATION", "P8Y")],
    ),
    (
        "He pleaded guilty in June to wire fraud and faces up to 20 years in prison.",
        R,
        [("June", "DATE", "2017-06"), ("up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS")],
    ),
    (
        "Jurors deliberated for about six hours over two days before reaching a verdict.",
        R,
        [("six hours", "DURATION", "PT6H", "APPROX"), ("two days", "DURATION", "P2D")],
    ),
    (
        "The incident occurred around 2:15 a.m. Saturday in the 1400 block of Elm Street.",
        R,
        [("around 2:15 a.m. Saturday", "TIME", "2017-10-14T02:15", "APPROX")],
    ),
    ("Police said the victim, 19, was pronounced dead at the scene.", R, []),
    ("Anyone with information is asked to call 555-0123.", R, []),
    ("The law, 18 U.S.C. 2339B, bars material support to terrorist groups.", R, []),
    ("He was charged under Section 18.2-32 of the Virginia Code.", R, []),
    (
        "A grand jury indicted him on Sept. 28 on three counts of fraud.",
        R,
        [("Sept. 28", "DATE", "2017-09-28")],
    ),
    (
        "The appeals court ruled 2-1 on Monday that the ban could not be enforced.",
        R,
        [("Monday", "DATE", "2017-10-16")],
    ),
    ("His lawyers have 30 days to file an appeal.", R, [("30 days", "DURATION", "P30D")]),
    ("The court is expected to rule by the end of June.", R, [("the end of June", "DATE", "2018-06", "END")]),
    ("The officer was placed on paid administrative leave pending an investigation.", R, []),
    (
        "Deputies responded to a call at 4:40 p.m. Monday and found the man unresponsive.",
        R,
        [("4:40 p.m. Monday", "TIME", "2017-10-16T16:40")],
    ),
    (
        "The suspect remains in custody on $500,000 bail and is due back in court Nov. 2.",
        R,
        [("Nov. 2", "DATE", "2017-11-02")],
    ),
    (
        "The sentencing hearing was moved from Friday to Oct. 30.",
        R,
        [("Friday", "DATE", "2017-10-20"), ("Oct. 30", "DATE", "2017-10-30")],
    ),
    (
        "Prosecutors say the scheme ran from 2011 to 2015 and cost investors $40 million.",
        R,
        [("2011", "DATE", "2011"), ("2015", "DATE", "2015")],
    ),
    (
        "The woman was last seen leaving her home around 7 p.m. on Oct. 12.",
        R,
        [("around 7 p.m. on Oct. 12", "TIME", "2017-10-12T19:00", "APPROX")],
    ),
    (
        "The former officer was sentenced Wednesday to 30 months in federal prison.",
        R,
        [("Wednesday", "DATE", "2017-10-18"), ("30 months", "DURATION", "P30M")],
    ),
    ("He will be eligible for parole after serving 25 years.", R, [("25 years", "DURATION", "P25Y")]),
    (
        "The crash closed the northbound lanes of Interstate 95 for nearly three hours.",
        R,
        [("nearly three hours", "DURATION", "PT3H", "APPROX")],
    ),
    ("The victim was taken to a hospital with life-threatening injuries.", R, []),
    ("A jury in 2015 awarded the family $4.5 million.", R, [("2015", "DATE", "2015")]),
    ("The restraining order is valid for 90 days.", R, [("90 days", "DURATION", "P90D")]),
    (
        "The case was filed in federal court in Manhattan in 2016 under Case No. 16-cv-4021.",
        R,
        [("2016", "DATE", "2016")],
    ),
    (
        "Police said the two had been dating for about a year.",
        R,
        [("a year", "DURATION", "P1Y", "APPROX")],
    ),
    (
        "The jury found him guilty on all 12 counts after a two-week trial.",
        R,
        [("two-week", "DURATION", "P2W")],
    ),
    (
        "He served 17 years of a life sentence before DNA evidence cleared him.",
        R,
        [("17 years", "DURATION", "P17Y")],
    ),
    (
        "The hearing, originally set for Thursday, was postponed until next month.",
        R,
        [("Thursday", "DATE", "2017-10-19"), ("next month", "DATE", "2017-11")],
    ),
    (
        "Officers found the car abandoned on Route 9 shortly before 6 a.m. Tuesday.",
        R,
        [("6 a.m. Tuesday", "TIME", "2017-10-17T06:00")],
    ),
    (
        "The suspect, 27, was booked into the county jail early Wednesday.",
        R,
        [("early Wednesday", "DATE", "2017-10-18", "START")],
    ),
    ("The judge gave prosecutors until Nov. 15 to respond.", R, [("Nov. 15", "DATE", "2017-11-15")]),
    (
        "He was acquitted in 2014 of similar charges.",
        R,
        [("2014", "DATE", "2014")],
    ),
    (
        "The robbery took place between 1 a.m. and 3 a.m. on Sunday.",
        R,
        [("1 a.m.", "TIME", "2017-10-15T01:00"), ("3 a.m. on Sunday", "TIME", "2017-10-15T03:00")],
    ),
    (
        "The Supreme Court agreed on Monday to hear the case in its next term.",
        R,
        [("Monday", "DATE", "2017-10-16")],
    ),
    (
        "He was ordered to pay $2.3 million in restitution and serve three years of supervised release.",
        R,
        [("three years", "DURATION", "P3Y")],
    ),
    (
        "Investigators believe the fire was set between midnight and 2 a.m.",
        R,
        [("midnight", "TIME", "2017-10-18T00:00"), ("2 a.m.", "TIME", "2017-10-18T02:00")],
    ),
    ("The victim was struck by a 2009 Honda Civic.", R, [("2009", "DATE", "2009")]),
    ("Police are looking for a man in his 30s wearing a black hoodie.", R, []),
    ("The officer's body camera was not turned on, a department spokeswoman said.", R, []),
    ("The plea deal calls for a prison term of 57 months.", R, [("57 months", "DURATION", "P57M")]),
    (
        "The jury will resume deliberations at 9 a.m. Thursday.",
        R,
        [("9 a.m. Thursday", "TIME", "2017-10-19T09:00")],
    ),
    (
        "The man was arrested in 2016 and has been in custody for more than a year.",
        R,
        [("2016", "DATE", "2016"), ("more than a year", "DURATION", "P1Y", "MORE_THAN")],
    ),
    # --- weather and disaster reports ---
    (
        "Snow will spread north by Thursday evening, forecasters said.",
        T,
        [("Thursday evening", "TIME", "2021-02-18TEV")],
    ),
    (
        "A second storm is expected overnight Sunday into Monday.",
        T,
        [("overnight Sunday", "TIME", "2021-02-21TNI"), ("Monday", "DATE", "2021-02-22")],
    ),
    (
        "More than 4 million customers were without power as of Tuesday morning.",
        T,
        [("Tuesday morning", "TIME", "2021-02-16TMO")],
    ),
    (
        "Temperatures plunged to minus 18 degrees early Tuesday, the lowest since 1899.",
        T,
        [("early Tuesday", "DATE", "2021-02-16", "START"), ("1899", "DATE", "1899")],
    ),
    (
        "The winter storm warning remains in effect until 6 p.m. Wednesday.",
        T,
        [("6 p.m. Wednesday", "TIME", "2021-02-17T18:00")],
    ),
    (
        "Up to 8 inches of snow fell in some areas over the weekend.",
        T,
        [("the weekend", "DATE", "2021-W06-WE")],
    ),
    (
        "The storm is forecast to make landfall late Thursday or early Friday.",
        T,
        [("late Thursday", "DATE", "2021-02-18", "END"), ("early Friday", "DATE", "2021-02-19", "START")],
    ),
    ("The hurricane strengthened to Category 4 overnight.", T, [("overnight", "TIME", "2021-02-15TNI")]),
    ("Flood warnings are in place until Friday.", T, [("Friday", "DATE", "2021-02-19")]),
    (
        "The quake, which struck at 3:34 a.m., had a magnitude of 7.1.",
        T,
        [("3:34 a.m.", "TIME", "2021-02-16T03:34")],
    ),
    (
        "Rainfall totals of 3 to 5 inches are possible through Wednesday night.",
        T,
        [("Wednesday night", "TIME", "2021-02-17TNI")],
    ),
    ("It was the wettest February on record.", "2021-03-02", [("February", "DATE", "2021-02")]),
    ("The fire, which started Feb. 9, is 40 percent contained.", T, [("Feb. 9", "DATE", "2021-02-09")]),
    (
        "Crews expect to restore power to most homes within 48 hours.",
        T,
        [("48 hours", "DURATION", "PT48H")],
    ),
    (
        "Highs will reach the mid-70s by the end of the week.",
        T,
        [("the end of the week", "DATE", "2021-W07", "END")],
    ),
    (
        "The tornado touched down at 5:52 p.m. and stayed on the ground for 20 minutes.",
        T,
        [("5:52 p.m.", "TIME", "2021-02-16T17:52"), ("20 minutes", "DURATION", "PT20M")],
    ),
    ("The river is expected to crest at 28 feet on Saturday.", T, [("Saturday", "DATE", "2021-02-20")]),
    (
        "The region has had no significant rain since late December.",
        T,
        [("late December", "DATE", "2020-12", "END")],
    ),
    ("The death toll from last week's floods rose to 41.", T, [("last week", "DATE", "2021-W06")]),
    ("Snowfall this winter is 40 percent above normal.", T, [("this winter", "DATE", "2020-WI")]),
    (
        "A hard freeze warning is in effect from 10 p.m. Tuesday to 9 a.m. Wednesday.",
        T,
        [("10 p.m. Tuesday", "TIME", "2021-02-16T22:00"), ("9 a.m. Wednesday", "TIME", "2021-02-17T09:00")],
    ),
    ("The volcano last erupted in 2018.", T, [("2018", "DATE", "2018")]),
    (
        "Residents were told to boil water for at least five days.",
        T,
        [("at least five days", "DURATION", "P5D", "EQUAL_OR_MORE")],
    ),
    (
        "The storm dumped 2 feet of snow on Denver on Sunday, the most since 2003.",
        T,
        [("Sunday", "DATE", "2021-02-14"), ("2003", "DATE", "2003")],
    ),
    ("The evacuation order was lifted at noon Monday.", T, [("noon Monday", "TIME", "2021-02-15T12:00")]),
    (
        "The 6.4-magnitude quake struck at 11:25 p.m. local time on Saturday.",
        T,
        [("11:25 p.m.", "TIME", "2021-02-13T23:25"), ("Saturday", "DATE", "2021-02-13")],
    ),
    (
        "Forecasters expect the cold to break early next week.",
        T,
        [("early next week", "DATE", "2021-W08", "START")],
    ),
    (
        "Power was restored to 90% of customers by Tuesday evening.",
        T,
        [("Tuesday evening", "TIME", "2021-02-16TEV")],
    ),
    ("The tsunami warning was lifted after two hours.", T, [("two hours", "DURATION", "PT2H")]),
    (
        "The storm system will move offshore by Friday morning.",
        T,
        [("Friday morning", "TIME", "2021-02-19TMO")],
    ),
    (
        "Ice accumulations of a quarter inch are expected from late Wednesday through Thursday.",
        T,
        [("late Wednesday", "DATE", "2021-02-17", "END"), ("Thursday", "DATE", "2021-02-18")],
    ),
    (
        "The wildfire has burned 150,000 acres since it began on Jan. 30.",
        T,
        [("Jan. 30", "DATE", "2021-01-30")],
    ),
    (
        "The grid operator ordered outages at 1:25 a.m. Monday as demand surged.",
        T,
        [("1:25 a.m. Monday", "TIME", "2021-02-15T01:25")],
    ),
    (
        "It was the coldest Valentine's Day in Dallas in more than a century.",
        T,
        [
            ("Valentine's Day", "DATE", "2021-02-14"),
            ("more than a century", "DURATION", "P100Y", "MORE_THAN"),
        ],
    ),
    ("A Category 5 storm packs winds of at least 157 mph.", T, []),
    ("Interstate 10 remained closed in both directions near Beaumont.", T, []),
    ("Temperatures topped 40 degrees in Seville.", T, []),
    (
        "The heat wave is expected to last through the Labor Day weekend.",
        "2022-08-30",
        [("the Labor Day weekend", "DATE", "2022-W35-WE")],
    ),
    (
        "The flooding is the worst since records began in 1910.",
        T,
        [("1910", "DATE", "1910")],
    ),
    (
        "The typhoon is the strongest to hit the country this year.",
        T,
        [("this year", "DATE", "2021")],
    ),
    (
        "A blizzard warning is in effect for the Chicago area from 6 p.m. today until noon Wednesday.",
        T,
        [("6 p.m. today", "TIME", "2021-02-16T18:00"), ("noon Wednesday", "TIME", "2021-02-17T12:00")],
    ),
    (
        "Heavy snow fell overnight Saturday, closing schools.",
        T,
        [("overnight Saturday", "TIME", "2021-02-13TNI")],
    ),
    (
        "The storm knocked out power to 300,000 homes Monday night and into Tuesday morning.",
        T,
        [("Monday night", "TIME", "2021-02-15TNI"), ("Tuesday morning", "TIME", "2021-02-16TMO")],
    ),
    # --- markets ---
    (
        "The S&P 500 gained 4.3% in the week to Friday.",
        M,
        [("the week", "DURATION", "P1W"), ("Friday", "DATE", "2022-07-29")],
    ),
    (
        "Revenue rose 12% in the three months to June.",
        M,
        [("the three months", "DURATION", "P3M"), ("June", "DATE", "2022-06")],
    ),
    (
        "Net income for the second quarter ended June 30 was $1.2 billion.",
        M,
        [("the second quarter", "DATE", "2022-Q2"), ("June 30", "DATE", "2022-06-30")],
    ),
    (
        "Brent crude rose 2% on Friday and is up 6% for the month.",
        M,
        [("Friday", "DATE", "2022-07-29"), ("the month", "DATE", "2022-07")],
    ),
    (
        "The Nasdaq is headed for its best month since November 2020.",
        M,
        [("November 2020", "DATE", "2020-11")],
    ),
    ("Shares rose 3.2% in early trading Friday.", M, [("Friday", "DATE", "2022-07-29")]),
    (
        "The central bank raised its key rate by 75 basis points on Wednesday.",
        M,
        [("Wednesday", "DATE", "2022-07-27")],
    ),
    (
        "The euro fell to a 20-year low against the dollar this month.",
        M,
        [("20-year", "DURATION", "P20Y"), ("this month", "DATE", "2022-07")],
    ),
    (
        "Second-quarter GDP shrank at a 0.9% annual rate, the Commerce Department said Thursday.",
        M,
        [("Second-quarter", "DATE", "2022-Q2"), ("Thursday", "DATE", "2022-07-28")],
    ),
    (
        "Earnings per share for the six months ended June 30 rose to $2.14.",
        M,
        [("the six months", "DURATION", "P6M"), ("June 30", "DATE", "2022-06-30")],
    ),
    ("The yield on the 10-year Treasury note fell to 2.65%.", M, [("10-year", "DURATION", "P10Y")]),
    (
        "Thirty-year mortgage rates averaged 5.3% this week.",
        M,
        [("Thirty-year", "DURATION", "P30Y"), ("this week", "DATE", "2022-W30")],
    ),
    ("The index has risen in five of the past six sessions.", M, []),
    (
        "The dollar index is on track for a monthly decline, its first since May.",
        M,
        [("monthly", "SET", "P1M"), ("May", "DATE", "2022-05")],
    ),
    (
        "Oil futures for September delivery settled at $98.62 a barrel.",
        M,
        [("September", "DATE", "2022-09")],
    ),
    ("Bitcoin has lost more than half its value since November.", M, [("November", "DATE", "2021-11")]),
    (
        "Profit for the first half of 2022 fell 8% from a year earlier.",
        M,
        [("the first half of 2022", "DATE", "2022-H1"), ("a year earlier", "DATE", "2021-H1")],
    ),
    ("Stocks closed lower on Thursday after a volatile session.", M, [("Thursday", "DATE", "2022-07-28")]),
    ("Trading volume was the thinnest since Dec. 24.", M, [("Dec. 24", "DATE", "2021-12-24")]),
    (
        "The company's shares have more than tripled over the past 12 months.",
        M,
        [("the past 12 months", "DURATION", "P12M")],
    ),
    ("The ECB will hold its next policy meeting on Sept. 8.", M, [("Sept. 8", "DATE", "2022-09-08")]),
    (
        "Core prices rose 0.3% in June from May.",
        M,
        [("June", "DATE", "2022-06"), ("May", "DATE", "2022-05")],
    ),
    (
        "The retailer cut its outlook for the second time in three months.",
        M,
        [("three months", "DURATION", "P3M")],
    ),
    ("Markets in Tokyo will be closed Monday for a holiday.", M, [("Monday", "DATE", "2022-08-01")]),
    (
        "The Dow rose 332 points, or 1%, to 32,529.63 at 2:15 p.m. ET.",
        M,
        [("2:15 p.m. ET", "TIME", "2022-07-29T14:15-04:00")],
    ),
    ("Copper has dropped 25% from its March peak.", M, [("March", "DATE", "2022-03")]),
    ("Analysts expect third-quarter earnings to grow 9.8%.", M, [("third-quarter", "DATE", "2022-Q3")]),
    (
        "Sales for the 52 weeks ended July 2 totaled $4.1 billion.",
        M,
        [("the 52 weeks", "DURATION", "P52W"), ("July 2", "DATE", "2022-07-02")],
    ),
    ("The Dow fell 800 points, or 3.1%, to 25,017.", M, []),
    ("The company sold 1.5 million PlayStation 5 consoles.", M, []),
    (
        "The Fed has raised rates four times since March.",
        M,
        [("March", "DATE", "2022-03")],
    ),
    (
        "Gold posted its fourth straight weekly loss on Friday.",
        M,
        [("weekly", "SET", "P1W"), ("Friday", "DATE", "2022-07-29")],
    ),
    (
        "Sales in the April-to-June quarter rose 4.1%.",
        M,
        [("the April-to-June quarter", "DATE", "2022-Q2")],
    ),
    (
        "U.S. crude inventories fell by 4.5 million barrels in the week ended July 22.",
        M,
        [("the week", "DURATION", "P1W"), ("July 22", "DATE", "2022-07-22")],
    ),
    (
        "The yen weakened past 139 per dollar in mid-July, its weakest since 1998.",
        M,
        [("mid-July", "DATE", "2022-07", "MID"), ("1998", "DATE", "1998")],
    ),
    (
        "The company expects full-year revenue of $52 billion to $54 billion for fiscal 2023.",
        M,
        [("fiscal 2023", "DATE", "2023")],
    ),
    ("The stock has fallen 38% year-to-date.", M, [("year-to-date", "DATE", "2022")]),
    (
        "Home sales fell for a fifth straight month in June.",
        M,
        [("June", "DATE", "2022-06")],
    ),
    (
        "Shares of the chipmaker slid 9% in after-hours trading Thursday.",
        M,
        [("Thursday", "DATE", "2022-07-28")],
    ),
    (
        "The benchmark index is up 2.1% for the week but down 14% so far this year.",
        M,
        [("the week", "DATE", "2022-W30"), ("this year", "DATE", "2022")],
    ),
    # --- sport: fixtures and results ---
    (
        "Liverpool beat Watford 5-0 on Saturday, with Salah scoring four.",
        S,
        [("Saturday", "DATE", "2018-03-10")],
    ),
    (
        "The Warriors host the Spurs at 7:30 p.m. Thursday.",
        S,
        [("7:30 p.m. Thursday", "TIME", "2018-03-15T19:30")],
    ),
    ("Federer, 36, won his 20th Grand Slam title in January.", S, [("January", "DATE", "2018-01")]),
    (
        "The quarter-final draw takes place on Friday at noon.",
        S,
        [("Friday at noon", "TIME", "2018-03-16T12:00")],
    ),
    ("The Jets are 3-1 against the spread in their last four games.", S, []),
    ("Real Madrid won the first leg 3-1 on Feb. 14.", S, [("Feb. 14", "DATE", "2018-02-14")]),
    ("Bookmakers offer odds of 5-2 on a home win.", S, []),
    (
        "Woods shot a 4-under 67 on Sunday to finish tied for second.",
        S,
        [("Sunday", "DATE", "2018-03-11")],
    ),
    (
        "The Bruins (42-14-9) visit Tampa Bay on Saturday night.",
        S,
        [("Saturday night", "TIME", "2018-03-17TNI")],
    ),
    (
        "The NCAA tournament tips off Tuesday with two games in Dayton.",
        S,
        [("Tuesday", "DATE", "2018-03-13")],
    ),
    (
        "Shiffrin clinched her second straight overall title on Saturday.",
        S,
        [("Saturday", "DATE", "2018-03-10")],
    ),
    (
        "He has been out since tearing a hamstring in the 2-2 draw with Arsenal on Jan. 20.",
        S,
        [("Jan. 20", "DATE", "2018-01-20")],
    ),
    (
        "United play Sevilla at Old Trafford on Tuesday night.",
        S,
        [("Tuesday night", "TIME", "2018-03-13TNI")],
    ),
    ("City are 16 points clear with nine games to play.", S, []),
    (
        "The 2018 World Cup kicks off in Moscow on June 14.",
        S,
        [("2018", "DATE", "2018"), ("June 14", "DATE", "2018-06-14")],
    ),
    ("The striker scored in the 2-1 win at Leicester last month.", S, [("last month", "DATE", "2018-02")]),
    (
        "She finished in 2:21:47, seven seconds ahead of her compatriot.",
        S,
        [("2:21:47", "DURATION", "PT2H21M47S"), ("seven seconds", "DURATION", "PT7S")],
    ),
    ("The Cubs open the season at Miami on March 29.", S, [("March 29", "DATE", "2018-03-29")]),
    (
        "He signed a four-year, $60 million contract in the offseason.",
        S,
        [("four-year", "DURATION", "P4Y")],
    ),
    (
        "The match was suspended for 45 minutes because of lightning.",
        S,
        [("45 minutes", "DURATION", "PT45M")],
    ),
    (
        "Ireland clinched the Grand Slam at Twickenham on St Patrick's Day.",
        "2018-03-19",
        [("St Patrick's Day", "DATE", "2018-03-17")],
    ),
    ("The Seahawks lost 24-21 in overtime.", S, []),
    ("The Red Sox beat the Yankees 10-7 in 11 innings.", S, []),
    ("The title fight is scheduled for 12 rounds.", S, []),
    (
        "The tournament, held every four years, returns to Qatar in 2022.",
        S,
        [("every four years", "SET", "P4Y", None, {"quant": "EVERY"}), ("2022", "DATE", "2022")],
    ),
    (
        "The Eagles' 41-33 win in Super Bowl LII came on Feb. 4.",
        S,
        [("Feb. 4", "DATE", "2018-02-04")],
    ),
    ("Bolt retired after the 2017 world championships.", S, [("2017", "DATE", "2017")]),
    ("The Dodgers have won 10 of their past 12 games.", S, []),
    ("Kane has scored 24 league goals this season.", S, [("this season", "DATE", "PRESENT_REF")]),
    (
        "The Masters begins April 5 at Augusta National.",
        S,
        [("April 5", "DATE", "2018-04-05")],
    ),
    (
        "Chelsea face Barcelona in the second leg on Wednesday, March 14.",
        S,
        [("Wednesday, March 14", "DATE", "2018-03-14")],
    ),
    (
        "The Lions were beaten 31-28 at home on Sunday afternoon.",
        S,
        [("Sunday afternoon", "TIME", "2018-03-11TAF")],
    ),
    (
        "Game 7 is set for 8 p.m. Wednesday in Boston.",
        S,
        [("8 p.m. Wednesday", "TIME", "2018-03-14T20:00")],
    ),
    (
        "The Australian Open runs from Jan. 14 to Jan. 27.",
        "2019-01-09",
        [("Jan. 14", "DATE", "2019-01-14"), ("Jan. 27", "DATE", "2019-01-27")],
    ),
    (
        "She won 6-4, 3-6, 7-5 in two hours and 41 minutes.",
        S,
        [("two hours and 41 minutes", "DURATION", "PT2H41M")],
    ),
    (
        "The Patriots have reached the playoffs in each of the past nine seasons.",
        S,
        [],
    ),
    (
        "The Giants last won the title in 2012.",
        S,
        [("2012", "DATE", "2012")],
    ),
    (
        "He was suspended for four games for a hit in last Sunday's game.",
        S,
        [("last Sunday", "DATE", "2018-03-11")],
    ),
    (
        "The race starts at 11 a.m. local time (0300 GMT) on Sunday.",
        S,
        [
            ("11 a.m.", "TIME", "2018-03-18T11:00"),
            ("0300 GMT", "TIME", "2018-03-18T03:00Z"),
            ("Sunday", "DATE", "2018-03-18"),
        ],
    ),
    ("The 76ers have won eight straight games.", S, []),
    (
        "The club sacked its manager after 18 months in charge.",
        S,
        [("18 months", "DURATION", "P18M")],
    ),
    (
        "He holds the record of 9.58 seconds, set in Berlin in 2009.",
        S,
        [("9.58 seconds", "DURATION", "PT9.58S"), ("2009", "DATE", "2009")],
    ),
    ("The World Cup final will be played on July 15.", S, [("July 15", "DATE", "2018-07-15")]),
    (
        "The transfer window opens on Jan. 1 and closes on Jan. 31.",
        "2017-12-20",
        [("Jan. 1", "DATE", "2018-01-01"), ("Jan. 31", "DATE", "2018-01-31")],
    ),
    (
        "She set a world record of 1:52.98 in the 200-meter freestyle.",
        S,
        [],
    ),
    # --- obituaries ---
    ("Smith died on Sunday at 87, his family said.", OB, [("Sunday", "DATE", "2020-11-22")]),
    ("She was born in 1934 in Cork, the youngest of six children.", OB, [("1934", "DATE", "1934")]),
    ("He died Saturday at his home in Santa Fe, N.M. He was 91.", OB, [("Saturday", "DATE", "2020-11-21")]),
    (
        "Born on March 3, 1929, in Glasgow, he left school at 14.",
        OB,
        [("March 3, 1929", "DATE", "1929-03-03")],
    ),
    (
        "She married John Harris in 1956; he died in 2011.",
        OB,
        [("1956", "DATE", "1956"), ("2011", "DATE", "2011")],
    ),
    ("The cause was complications of Covid-19, his son said.", OB, []),
    (
        "He spent 32 years at the newspaper, retiring as its editor in 1994.",
        OB,
        [("32 years", "DURATION", "P32Y"), ("1994", "DATE", "1994")],
    ),
    (
        "A 1962 graduate of Howard University, she taught for four decades.",
        OB,
        [("1962", "DATE", "1962"), ("four decades", "DURATION", "P40Y")],
    ),
    ("Survivors include his wife of 61 years, Margaret.", OB, [("61 years", "DURATION", "P61Y")]),
    ("He is survived by three daughters, eight grandchildren and 12 great-grandchildren.", OB, []),
    ("A private funeral will be held on Friday.", OB, [("Friday", "DATE", "2020-11-27")]),
    ("In lieu of flowers, donations may be made to the American Cancer Society.", OB, []),
    (
        "She began her career in the 1950s as a typist at the BBC.",
        OB,
        [("the 1950s", "DATE", "195")],
    ),
    (
        "Mr. Kline, who was 79, had been ill for several months.",
        OB,
        [("several months", "DURATION", "PXM")],
    ),
    (
        "He was diagnosed with Parkinson's disease in the late 1990s.",
        OB,
        [("the late 1990s", "DATE", "199", "END")],
    ),
    (
        "Jones (1931-2020) was a towering figure in jazz.",
        OB,
        [("1931", "DATE", "1931"), ("2020", "DATE", "2020")],
    ),
    ("She died peacefully on Nov. 19 in a hospice near her home.", OB, [("Nov. 19", "DATE", "2020-11-19")]),
    (
        "He served in the Army during the Korean War and was discharged in 1953.",
        OB,
        [("1953", "DATE", "1953")],
    ),
    ("At 23, she became the youngest member of the orchestra.", OB, []),
    ("His death was announced on Monday by his publisher.", OB, [("Monday", "DATE", "2020-11-23")]),
    (
        "She wrote for the paper from 1968 until her retirement in 2003.",
        OB,
        [("1968", "DATE", "1968"), ("2003", "DATE", "2003")],
    ),
    (
        "The family will receive friends from 4 to 7 p.m. Thursday at the funeral home.",
        OB,
        [("4", "TIME", "2020-11-26T16:00"), ("7 p.m. Thursday", "TIME", "2020-11-26T19:00")],
    ),
    (
        "He was 87 when he died, and had lived in the same house for 60 years.",
        OB,
        [("60 years", "DURATION", "P60Y")],
    ),
    ("She died on Sunday aged 94.", OB, [("Sunday", "DATE", "2020-11-22")]),
    ("A memorial service is planned for the spring.", OB, [("the spring", "DATE", "2021-SP")]),
    ("The 1973 album sold more than 10 million copies.", OB, [("1973", "DATE", "1973")]),
    (
        "The actor, best known for his role in a 1980s sitcom, died Friday.",
        OB,
        [("1980s", "DATE", "198"), ("Friday", "DATE", "2020-11-20")],
    ),
    (
        "Born in Lagos in 1941, he moved to London at the age of 19.",
        OB,
        [("1941", "DATE", "1941")],
    ),
    (
        "He won the Nobel Prize in Physics in 1979 for work he did in the 1950s.",
        OB,
        [("1979", "DATE", "1979"), ("the 1950s", "DATE", "195")],
    ),
    (
        "She had been in declining health since suffering a stroke last year.",
        OB,
        [("last year", "DATE", "2019")],
    ),
    ("A 44-year-old nurse from Leeds was among the victims.", OB, []),
    ("The 87-year-old actor had been in hospital since October.", OB, [("October", "DATE", "2020-10")]),
    (
        "Mr. Okafor was born on Aug. 12, 1938, in Enugu, Nigeria, and emigrated in the 1960s.",
        OB,
        [("Aug. 12, 1938", "DATE", "1938-08-12"), ("the 1960s", "DATE", "196")],
    ),
    ("He was 97 and had been the oldest living former governor.", OB, []),
    (
        "She joined the company in 1971 and rose to become chief executive nine years later.",
        OB,
        [("1971", "DATE", "1971"), ("nine years later", "DATE", "1980")],
    ),
    # The end of a life a possessive names is a length, as "his first day in office" is a day
    # (TimeBank tags it); the possessive stays outside.
    (
        "In his final years, he divided his time between Paris and New York.",
        OB,
        [("final years", "DURATION", "PXY")],
    ),
    (
        "Her first novel, published in 1965, was rejected by 11 publishers.",
        OB,
        [("1965", "DATE", "1965")],
    ),
    (
        "Funeral services will be held at 11 a.m. Saturday at St. Mary's Church.",
        OB,
        [("11 a.m. Saturday", "TIME", "2020-11-28T11:00")],
    ),
    (
        "He died in his sleep in the early hours of Sunday morning.",
        OB,
        [("Sunday morning", "TIME", "2020-11-22TMO")],
    ),
    (
        "She died on Nov. 17 at a hospital in Boston, her daughter said on Monday.",
        OB,
        [("Nov. 17", "DATE", "2020-11-17"), ("Monday", "DATE", "2020-11-23")],
    ),
    # --- opinion columns and corrections ---
    ("An article on Tuesday misstated the date of the election.", C, [("Tuesday", "DATE", "2016-05-03")]),
    (
        "A report on Page A12 on Wednesday misidentified the company's chief executive.",
        C,
        [("Wednesday", "DATE", "2016-05-04")],
    ),
    (
        "Because of an editing error, a chart on Sunday showed the wrong figures.",
        C,
        [("Sunday", "DATE", "2016-05-01")],
    ),
    (
        "The meeting is on Thursday, May 12, not Wednesday, May 11.",
        C,
        [("Thursday, May 12", "DATE", "2016-05-12"), ("Wednesday, May 11", "DATE", "2016-05-11")],
    ),
    (
        "A column last Saturday about the housing market referred incorrectly to a tax bill.",
        C,
        [("last Saturday", "DATE", "2016-04-30")],
    ),
    (
        "An obituary on April 28 gave an incorrect age for the painter.",
        C,
        [("April 28", "DATE", "2016-04-28")],
    ),
    (
        "For the past eight years, Washington has talked instead of acting.",
        C,
        [("the past eight years", "DURATION", "P8Y")],
    ),
    (
        "Four years ago, the party promised a different kind of politics.",
        C,
        [("Four years ago", "DATE", "2012")],
    ),
    ("It is time we stopped pretending the problem will solve itself.", C, []),
    (
        "Not once in the last decade has Congress passed a budget on time.",
        C,
        [("the last decade", "DURATION", "P10Y")],
    ),
    ("The 1990s were a golden age for newspapers.", C, [("The 1990s", "DATE", "199")]),
    (
        "By 2050, two-thirds of the world's people will live in cities.",
        C,
        [("2050", "DATE", "2050")],
    ),
    (
        "The governor's proposal, unveiled last week, would raise the gas tax by 10 cents.",
        C,
        [("last week", "DATE", "2016-W17")],
    ),
    (
        "In my 20 years as a teacher, I have never seen morale so low.",
        C,
        [("20 years", "DURATION", "P20Y")],
    ),
    (
        "An earlier version of this story gave the wrong time for the vigil. It begins at 7 p.m., not 8 p.m.",
        C,
        [("7 p.m.", "TIME", "2016-05-05T19:00"), ("8 p.m.", "TIME", "2016-05-05T20:00")],
    ),
    ("Letters should reach us by noon on Friday.", C, [("noon on Friday", "TIME", "2016-05-06T12:00")]),
    (
        "The editorial board endorsed her in 2012 and again in 2014.",
        C,
        [("2012", "DATE", "2012"), ("2014", "DATE", "2014")],
    ),
    (
        "A headline on Monday's front page should have said the rate rose, not fell.",
        C,
        [("Monday", "DATE", "2016-05-02")],
    ),
    (
        "An article last Thursday about a school board vote misspelled a trustee's name.",
        C,
        [("last Thursday", "DATE", "2016-04-28")],
    ),
    (
        "A picture caption on Wednesday with an article about the floods gave the wrong date for the "
        "storm. It was April 17, not April 18.",
        C,
        [
            ("Wednesday", "DATE", "2016-05-04"),
            ("April 17", "DATE", "2016-04-17"),
            ("April 18", "DATE", "2016-04-18"),
        ],
    ),
    (
        "Because of a reporting error, an article on May 1 about the mayor's budget misstated its size.",
        C,
        [("May 1", "DATE", "2016-05-01")],
    ),
    (
        "Ten years from now, we will wonder why we waited so long.",
        C,
        [("Ten years from now", "DATE", "2026")],
    ),
    (
        "The law has not been updated since 1986, when few people had heard of email.",
        C,
        [("1986", "DATE", "1986")],
    ),
    (
        "For decades, the city has treated its rivers as sewers.",
        C,
        [("decades", "DURATION", "PXY")],
    ),
    (
        "This is the moment for the Senate to act, before the recess in August.",
        C,
        [("August", "DATE", "2016-08")],
    ),
    (
        "Twenty-five years after the riots, the neighborhood is still waiting for investment.",
        C,
        [("Twenty-five years", "DURATION", "P25Y")],
    ),
    (
        "Every spring, the same fight over the budget plays out in the statehouse.",
        C,
        [("Every spring", "SET", "XXXX-SP", None, {"quant": "EVERY"})],
    ),
    # --- negatives: things in such copy that are no time expressions ---
    ("The Boeing 737 MAX was grounded worldwide after two crashes.", A, []),
    ("Flight 370 vanished with 239 people on board.", A, []),
    ("Delta flight 1234 diverted to Denver with an engine problem.", A, []),
    ("The bill would amend Section 230 of the Communications Decency Act.", A, []),
    ("The iPhone XS costs $999 in the United States.", A, []),
    ("Windows 10 now runs on 800 million devices.", A, [("now", "DATE", "PRESENT_REF")]),
    ("The office is at 1600 Pennsylvania Avenue.", C, []),
    ("The A380 superjumbo carries up to 853 passengers.", A, []),
    ("Article 50 sets out how a member state leaves the bloc.", A, []),
    ("Highway 101 is closed between exits 412 and 414.", T, []),
    ("Covid-19 cases rose 12% nationwide.", OB, []),
    ("The G7 leaders issued a joint statement.", A, []),
    ("The suspect fled in a 2014 Toyota Camry with Ohio plates.", R, [("2014", "DATE", "2014")]),
    ("The Knicks won 112-104 behind 35 points from Randle.", S, []),
    ("He was fined under Rule 14.3 of the league's code.", S, []),
    ("The Airbus A321neo entered service with the airline.", A, []),
    ("Police recovered a 9mm handgun and 200 rounds of ammunition.", R, []),
    ("The 5G network covers 90% of the population.", A, []),
    ("She lives in apartment 12B at 350 West 57th Street.", OB, []),
    ("The vote was 5-4, with Justice Kennedy in the majority.", R, []),
    ("Temperatures in the 90s are expected across the region.", T, []),
    ("He was sentenced under the 1986 Computer Fraud and Abuse Act.", R, [("1986", "DATE", "1986")]),
    (
        "The company's 2020 annual report is due in the spring.",
        "2021-01-15",
        [("2020", "DATE", "2020"), ("the spring", "DATE", "2021-SP")],
    ),
    (
        "Thunderstorms are likely Thursday afternoon, with some clearing overnight.",
        T,
        [("Thursday afternoon", "TIME", "2021-02-18TAF"), ("overnight", "TIME", "2021-02-18TNI")],
    ),
    (
        # (A warning is of what is to come: see context._FUTURE_PHRASES.)
        "Forecasters warned of wind gusts of up to 70 mph on Wednesday afternoon.",
        T,
        [("Wednesday afternoon", "TIME", "2021-02-17TAF")],
    ),
]

KNOWN_GAPS: list = [
    pytest.param(
        *(
            "Rolling blackouts could last into the weekend, officials warned.",
            T,
            [("the weekend", "DATE", "2021-W07-WE")],
        ),
    ),
    pytest.param(
        *(
            "The aftershock hit at 12:08 a.m. Sunday, about 20 minutes after the main quake.",
            T,
            [
                ("12:08 a.m. Sunday", "TIME", "2021-02-14T00:08"),
                ("20 minutes", "DURATION", "PT20M", "APPROX"),
            ],
        ),
    ),
    pytest.param(
        *(
            "The monsoon season typically runs from June through September.",
            T,
            [("June", "DATE", "XXXX-06"), ("September", "DATE", "XXXX-09")],
        ),
    ),
    pytest.param(
        *(
            "The shares hit an all-time high of $182.94 on Jan. 4.",
            M,
            [("Jan. 4", "DATE", "2022-01-04")],
        ),
    ),
    # With no quarter of the report named, the one its end day names (a fiscal quarter the text
    # named keeps its number: TimeBank writes a fiscal first quarter that ended Sept. 30 as Q1).
    (
        "The bank will report results for the quarter ending Sept. 30 in late October.",
        M,
        [
            ("the quarter", "DATE", "2022-Q3"),
            ("Sept. 30", "DATE", "2022-09-30"),
            ("late October", "DATE", "2022-10", "END"),
        ],
    ),
    pytest.param(
        *(
            "An earlier version of this article misstated the year the bridge opened. It was 1932, not 1923.",
            C,
            [("1932", "DATE", "1932"), ("1923", "DATE", "1923")],
        ),
        marks=pytest.mark.xfail(
            reason=(
                "'the year' before a clause without 'when' or 'in which' ('the year the bridge opened') is "
                "read as the DCT's year; cutting it at every following subject would cut 'For the year the "
                "company earned...'"
            ),
            strict=True,
        ),
    ),
    pytest.param(
        *(
            "This article has been updated to correct the day of the hearing. It is Tuesday, not Monday.",
            C,
            [("Tuesday", "DATE", "2016-05-10"), ("Monday", "DATE", "2016-05-09")],
        ),
        marks=pytest.mark.xfail(
            reason=(
                "'It is Tuesday' is read as today being Tuesday (the DCT's own day); on another day of the "
                "week it names the coming Tuesday"
            ),
            strict=True,
        ),
    ),
    pytest.param(
        *(
            "The writer is a former ambassador and the author of 'Minutes to Midnight.'",
            C,
            [],
        ),
        marks=pytest.mark.xfail(
            reason=("a capitalised 'Midnight' in a quoted title is read as a clock time"), strict=True
        ),
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), [*CASES, *KNOWN_GAPS])
def test_news_probe_4(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)
