"""A probe of 2012-2013 wire copy: AFP, Reuters, AP and BBC registers the other news probes cover thinly.

A held-out news corpus of the TempEval-3 kind is wire copy from 2012 and 2013, annotated against
each article's DCT. Each case here is a sentence (or a short article) written the way such copy
is written (datelines with their dates, British dates and weeks, fixtures and results, economic
data releases, court and election timetables, weather warnings, obituaries, conflict reports in
local time and GMT, quoted speech, update lines, lengths of deals and sentences, fiscal years,
ordinal days) with every timex it must yield (text, type, value, and mod). A case with no
expected timex is a negative. Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. Every case
runs with ``domain="news"`` and with ``domain="auto"``, which must read wire copy as news.

Readings these cases pin down:
- A date an event is moved to lies ahead whatever the tense of the move ("was rescheduled for
  Wednesday", "has been pushed back to June", "remanded in custody until Monday"), and so does
  the one it is moved from ("postponed from April to June"); so does the day a warning is issued
  for ("issued a storm warning for Sunday").
- A possessive weekday after "in", "during", "before" or "ahead of" names the event the
  clause is about: a future clause puts it ahead ("will vote in Sunday's runoff"); "ahead of
  Friday's vote" is ahead whatever the clause's tense.
- A clock time next to a part of a named day is that day's clock time ("at 02:30 on Sunday
  morning"); not the small hours after a night ("Saturday night at 2am").
- "the final quarter of 2012" and a quarter's months alone ("in October-December") are quarters;
  "first-half profit" is a half, as "second-quarter profit" is a quarter ("a first-half penalty"
  is a match's).
- The month official figures are for has ended before they come out ("the unemployment rate for
  January will be released on Friday"); a player's match is a fixture ("Murray plays his
  second-round match on Wednesday").
- "on weekends" and the BBC's "at weekends" are every weekend (XXXX-WXX-WE).
- A weekday that opens its sentence as the subject of a present verb is still to come ("Tuesday
  marks the 10th anniversary"), as is one AP writes after "is" without its "on" ("the vote is
  Monday").
- AP's "overnight Monday" and AFP's "the night of Saturday to Sunday" are one night, the first
  day's; "a four-and-a-half-year contract" is a duration, as "four and a half years" is.
- "just after midnight Sunday" begins Sunday (T00:00); "expires at midnight Friday" ends Friday
  (T24:00, as TimeBank writes it).
- A fixture named by a possessive day ("for Saturday's game") looks ahead in a future clause, and
  after a present timetable verb ("starts from pole in Sunday's race"); "punished for Sunday's
  violence" does not.
- "The deadline is noon (1600 GMT) Monday" looks ahead; "due" in an aside of the subject's ("The
  jobs report, due on Oct. 4, was delayed") leaves the way to the clause's own verb.

Publication dates used (weekday, ISO week):
    2013-02-14 Thursday, W07 (R); 2012-07-09 Monday, W28 (S); 2013-10-29 Tuesday, W44 (U);
    2012-12-01 Saturday, W48 (V); 2013-06-21 Friday, W25 (W); others given in the case.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

R = "2013-02-14"
S = "2012-07-09"
U = "2013-10-29"
V = "2012-12-01"
W = "2013-06-21"

# (text, publication date, expected timexes); a timex is (text, type, value) with an optional mod.
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- wire datelines with their dates ---
    (
        "PARIS, March 21, 2013 (AFP) - France will send more troops, the defence minister said on Thursday.",
        "2013-03-21",
        [("March 21, 2013", "DATE", "2013-03-21"), ("Thursday", "DATE", "2013-03-21")],
    ),
    (
        "BEIJING, Feb 14 (Reuters) - China's exports rose in January, data showed on Thursday.",
        R,
        [
            ("Feb 14", "DATE", "2013-02-14"),
            ("January", "DATE", "2013-01"),
            ("Thursday", "DATE", "2013-02-14"),
        ],
    ),
    (
        "KABUL, Afghanistan (AP) — A suicide bomber killed six people on Monday.",
        U,
        [("Monday", "DATE", "2013-10-28")],
    ),
    (
        "LONDON, Oct 29 (Reuters) - British house prices rose 0.8 percent in October from September.",
        U,
        [("Oct 29", "DATE", "2013-10-29"), ("October", "DATE", "2013-10"), ("September", "DATE", "2013-09")],
    ),
    (
        "DAMASCUS, Oct 29, 2013 (AFP) - Rebels seized a checkpoint overnight, a monitoring group said.",
        U,
        [("Oct 29, 2013", "DATE", "2013-10-29"), ("overnight", "TIME", "2013-10-28TNI")],
    ),
    (
        "CAIRO, July 9 (AP) -- The interim president set a timetable for elections early next year.",
        S,
        [("July 9", "DATE", "2012-07-09"), ("early next year", "DATE", "2013", "START")],
    ),
    (
        "NAIROBI, Kenya, Oct. 29 (UPI) -- Gunmen attacked a police post on Sunday night.",
        U,
        [("Oct. 29", "DATE", "2013-10-29"), ("Sunday night", "TIME", "2013-10-27TNI")],
    ),
    (
        "GENEVA (Reuters) - Talks on Iran's nuclear programme will resume on Nov. 7-8.",
        U,
        [("Nov. 7", "DATE", "2013-11-07"), ("8", "DATE", "2013-11-08")],
    ),
    # --- British dates and weeks ---
    ("The strike will take place on 21 March.", R, [("21 March", "DATE", "2013-03-21")]),
    ("The results were announced last Thursday.", R, [("last Thursday", "DATE", "2013-02-07")]),
    ("The inquiry will report on Tuesday 5 March.", R, [("Tuesday 5 March", "DATE", "2013-03-05")]),
    ("The couple married at the weekend.", R, [("the weekend", "DATE", "2013-W06-WE")]),
    ("Schools close for half-term next week.", R, [("next week", "DATE", "2013-W08")]),
    (
        "The minister will face questions in the Commons this afternoon.",
        R,
        [("this afternoon", "TIME", "2013-02-14TAF")],
    ),
    (
        "A man has been charged over the attack in Leeds on 2 February.",
        R,
        [("2 February", "DATE", "2013-02-02")],
    ),
    (
        "He will appear at Westminster Magistrates' Court on 28 February.",
        R,
        [("28 February", "DATE", "2013-02-28")],
    ),
    (
        "Figures published on Wednesday by the Office for National Statistics showed a rise.",
        R,
        [("Wednesday", "DATE", "2013-02-13")],
    ),
    (
        "The cold snap is expected to last until the middle of next week.",
        R,
        [("the middle of next week", "DATE", "2013-W08", "MID")],
    ),
    (
        "He was last seen on the evening of 10 February.",
        R,
        [("the evening of 10 February", "TIME", "2013-02-10TEV")],
    ),
    (
        "The pair were arrested on Tuesday and bailed until April.",
        R,
        [("Tuesday", "DATE", "2013-02-12"), ("April", "DATE", "2013-04")],
    ),
    ("The consultation closes on 1 March.", R, [("1 March", "DATE", "2013-03-01")]),
    # --- sport ---
    ("Serena Williams beat Maria Sharapova 6-4, 6-3 on Saturday.", U, [("Saturday", "DATE", "2013-10-26")]),
    (
        "The Lakers beat the Celtics 102-98 on Wednesday night.",
        U,
        [("Wednesday night", "TIME", "2013-10-23TNI")],
    ),
    ("He signed a five-year deal worth $100 million.", U, [("five-year", "DURATION", "P5Y")]),
    ("The second leg will be played on 12 March.", R, [("12 March", "DATE", "2013-03-12")]),
    ("United have not lost at home since October.", R, [("October", "DATE", "2012-10")]),
    ("Bayern lead the table by 15 points with 13 games left.", R, []),
    ("The Ravens won Super Bowl XLVII on Sunday.", R, [("Sunday", "DATE", "2013-02-10")]),
    (
        "The transfer window closes at 11pm on 31 August.",
        S,
        [("11pm on 31 August", "TIME", "2012-08-31T23:00")],
    ),
    ("He was banned for eight matches.", R, []),
    ("She won her first Wimbledon title in 2004.", S, [("2004", "DATE", "2004")]),
    ("The Tour de France finishes in Paris on July 22.", S, [("July 22", "DATE", "2012-07-22")]),
    ("The London Olympics open in 18 days.", S, [("18 days", "DURATION", "P18D")]),
    ("Kick-off is 15:00 GMT on Saturday.", R, [("15:00 GMT on Saturday", "TIME", "2013-02-16T15:00Z")]),
    ("Djokovic will face Murray in Sunday's final.", R, [("Sunday", "DATE", "2013-02-17")]),
    ("He scored his 30th goal of the season on Tuesday.", R, [("Tuesday", "DATE", "2013-02-12")]),
    ("They have won five of their last six games.", R, []),
    ("He won the title in the 2012-2013 season.", U, [("2012", "DATE", "2012"), ("2013", "DATE", "2013")]),
    ("She has been out injured since the 2012 Olympics.", U, [("2012", "DATE", "2012")]),
    ("The striker has scored 12 goals in 14 games this season.", U, [("this season", "DATE", "PRESENT_REF")]),
    ("Woods has not won a major since 2008.", U, [("2008", "DATE", "2008")]),
    # --- markets and economic data ---
    # TimeBank draws "the first N months of <year>" as a duration and a year; so is this.
    (
        "The euro zone economy shrank 0.6 percent in the last three months of 2012.",
        R,
        [("the last three months", "DURATION", "P3M"), ("2012", "DATE", "2012")],
    ),
    (
        "Data released on Tuesday showed exports rose 5 percent year-on-year.",
        U,
        [("Tuesday", "DATE", "2013-10-29")],
    ),
    ("GDP grew 0.3 percent in the April-June period.", U, [("the April-June period", "DATE", "2013-Q2")]),
    ("Sales fell in the October-December quarter.", R, [("the October-December quarter", "DATE", "2012-Q4")]),
    (
        "Industrial output rose 1.2 percent month-on-month in September.",
        U,
        [("September", "DATE", "2013-09")],
    ),
    (
        "The economy grew 2.5 percent in the third quarter from the previous quarter.",
        U,
        [("the third quarter", "DATE", "2013-Q3"), ("the previous quarter", "DATE", "2013-Q2")],
    ),
    (
        "Retail sales rose 0.5 percent in January from December.",
        R,
        [("January", "DATE", "2013-01"), ("December", "DATE", "2012-12")],
    ),
    (
        "Initial jobless claims fell by 27,000 in the week ended Feb. 9.",
        R,
        [("the week", "DURATION", "P1W"), ("Feb. 9", "DATE", "2013-02-09")],
    ),
    (
        "Profit for the six months to September 30 rose 12 percent.",
        U,
        [("the six months", "DURATION", "P6M"), ("September 30", "DATE", "2013-09-30")],
    ),
    (
        "The Nikkei closed up 2.1 percent on Thursday, its highest close since September 2008.",
        R,
        [("Thursday", "DATE", "2013-02-14"), ("September 2008", "DATE", "2008-09")],
    ),
    ("Oil prices fell for a third straight session.", R, []),
    ("Revenue in fiscal 2013 is expected to reach $40 billion.", R, [("fiscal 2013", "DATE", "2013")]),
    ("The company posted a loss for FY2012.", R, [("FY2012", "DATE", "2012")]),
    ("Sales for FY 2013 rose 4 percent.", U, [("FY 2013", "DATE", "2013")]),
    (
        "Toyota raised its forecast for the year to March 2014.",
        U,
        [("the year", "DURATION", "P1Y"), ("March 2014", "DATE", "2014-03")],
    ),
    ("Shares of Apple have fallen 30 percent since September.", R, [("September", "DATE", "2012-09")]),
    (
        "The central bank will announce its decision at 1145 GMT.",
        R,
        [("1145 GMT", "TIME", "2013-02-14T11:45Z")],
    ),
    (
        "Inflation eased to 2.7 percent in the 12 months to January.",
        R,
        [("the 12 months", "DURATION", "P12M"), ("January", "DATE", "2013-01")],
    ),
    (
        "Unemployment is forecast to fall below 7 percent by mid-2014.",
        U,
        [("mid-2014", "DATE", "2014", "MID")],
    ),
    ("Gold is heading for its biggest fall since June.", U, [("June", "DATE", "2013-06")]),
    (
        "The Fed's next policy meeting is on Dec. 11-12.",
        V,
        [("Dec. 11", "DATE", "2012-12-11"), ("12", "DATE", "2012-12-12")],
    ),
    (
        "Housing starts hit their highest level in more than four years in October.",
        V,
        [("more than four years", "DURATION", "P4Y", "MORE_THAN"), ("October", "DATE", "2012-10")],
    ),
    (
        "The budget for fiscal year 2014 begins Oct. 1.",
        R,
        [("fiscal year 2014", "DATE", "2014"), ("Oct. 1", "DATE", "2013-10-01")],
    ),
    ("Sony expects to return to profit in FY13.", R, [("FY13", "DATE", "2013")]),
    ("The deficit for fiscal 2013 fell to $680 billion.", U, [("fiscal 2013", "DATE", "2013")]),
    (
        "The Bank of Japan ends its two-day meeting on Thursday.",
        R,
        [("two-day", "DURATION", "P2D"), ("Thursday", "DATE", "2013-02-14")],
    ),
    (
        "The 16-day government shutdown ended on Oct. 17.",
        U,
        [("16-day", "DURATION", "P16D"), ("Oct. 17", "DATE", "2013-10-17")],
    ),
    ("Congress must raise the debt ceiling by Feb. 7.", U, [("Feb. 7", "DATE", "2014-02-07")]),
    (
        "The yen hit a four-year low against the dollar on Monday.",
        R,
        [("four-year", "DURATION", "P4Y"), ("Monday", "DATE", "2013-02-11")],
    ),
    (
        "The company will report earnings before the opening bell on Wednesday.",
        U,
        [("Wednesday", "DATE", "2013-10-30")],
    ),
    ("The index has gained 18 percent this year.", U, [("this year", "DATE", "2013")]),
    (
        "Stocks opened at 9:30 a.m. EDT (1330 GMT).",
        U,
        [("9:30 a.m. EDT", "TIME", "2013-10-29T09:30-04:00"), ("1330 GMT", "TIME", "2013-10-29T13:30Z")],
    ),
    # --- courts ---
    ("The trial is set to begin on March 4.", R, [("March 4", "DATE", "2013-03-04")]),
    ("He was sentenced to a 10-year prison term.", R, [("10-year", "DURATION", "P10Y")]),
    ("Sentencing is scheduled for May 16.", R, [("May 16", "DATE", "2013-05-16")]),
    ("The jury will resume deliberations on Monday.", R, [("Monday", "DATE", "2013-02-18")]),
    ("He faces a maximum sentence of 20 years.", R, [("20 years", "DURATION", "P20Y")]),
    ("She was released on bail until April 2.", R, [("April 2", "DATE", "2013-04-02")]),
    ("The court adjourned until 10 a.m. Tuesday.", R, [("10 a.m. Tuesday", "TIME", "2013-02-19T10:00")]),
    ("In a 2011 ruling, the court struck down the law.", R, [("2011", "DATE", "2011")]),
    (
        "He was jailed for 18 months in 2009.",
        R,
        [("18 months", "DURATION", "P18M"), ("2009", "DATE", "2009")],
    ),
    ("The verdict is expected later on Thursday.", R, [("Thursday", "DATE", "2013-02-14")]),
    ("The judge gave the defence until Friday to respond.", R, [("Friday", "DATE", "2013-02-15")]),
    (
        "He served 27 years in prison before his release in 1990.",
        R,
        [("27 years", "DURATION", "P27Y"), ("1990", "DATE", "1990")],
    ),
    (
        "The trial, which opened on 8 January, is expected to last three months.",
        R,
        [("8 January", "DATE", "2013-01-08"), ("three months", "DURATION", "P3M")],
    ),
    ("He was given a six-month suspended sentence.", R, [("six-month", "DURATION", "P6M")]),
    ("He is due to be sentenced on the 28th.", R, [("the 28th", "DATE", "2013-02-28")]),
    # --- elections and polls ---
    (
        "The poll of 1,012 adults was conducted Feb. 7-10.",
        R,
        [("Feb. 7", "DATE", "2013-02-07"), ("10", "DATE", "2013-02-10")],
    ),
    (
        "Italians vote on Feb. 24 and 25.",
        R,
        [("Feb. 24", "DATE", "2013-02-24"), ("25", "DATE", "2013-02-25")],
    ),
    (
        "A runoff will be held on 3 March if no candidate wins outright.",
        R,
        [("3 March", "DATE", "2013-03-03")],
    ),
    ("Obama leads Romney by three points in the latest poll.", S, []),
    ("The election is 120 days away.", S, [("120 days", "DURATION", "P120D")]),
    (
        "He was elected mayor in 2009 and re-elected four years later.",
        R,
        [("2009", "DATE", "2009"), ("four years later", "DATE", "2013")],
    ),
    ("Early voting begins Oct. 22.", S, [("Oct. 22", "DATE", "2012-10-22")]),
    ("Parliamentary elections are due by the end of 2013.", S, [("the end of 2013", "DATE", "2013", "END")]),
    (
        "Polls open at 7 a.m. local time (0500 GMT).",
        R,
        [("7 a.m.", "TIME", "2013-02-14T07:00"), ("0500 GMT", "TIME", "2013-02-14T05:00Z")],
    ),
    (
        "The survey was carried out between 7 and 10 February.",
        R,
        [("7", "DATE", "2013-02-07"), ("10 February", "DATE", "2013-02-10")],
    ),
    # --- weather and disasters ---
    (
        "The typhoon is expected to make landfall on Monday night.",
        U,
        [("Monday night", "TIME", "2013-11-04TNI")],
    ),
    (
        "The quake struck at 4:30 a.m. local time (2030 GMT Monday).",
        U,
        [("4:30 a.m.", "TIME", "2013-10-29T04:30"), ("2030 GMT Monday", "TIME", "2013-10-28T20:30Z")],
    ),
    ("Hurricane Sandy made landfall in New Jersey on Oct. 29.", V, [("Oct. 29", "DATE", "2012-10-29")]),
    (
        "The death toll has risen to 80 over the past three days.",
        V,
        [("the past three days", "DURATION", "P3D")],
    ),
    (
        "Temperatures will drop to minus 10C over the next few days.",
        V,
        [("the next few days", "DURATION", "PXD")],
    ),
    ("The flood waters are expected to recede within 72 hours.", U, [("72 hours", "DURATION", "PT72H")]),
    ("The fire has burned 10,000 acres since Saturday.", U, [("Saturday", "DATE", "2013-10-26")]),
    ("It was the strongest storm to hit the region in a decade.", U, [("a decade", "DURATION", "P10Y")]),
    ("Rain will spread from the west during the afternoon.", U, [("the afternoon", "TIME", "2013-10-29TAF")]),
    (
        "The Met Office issued a warning for Sunday night and Monday morning.",
        V,
        [("Sunday night", "TIME", "2012-12-02TNI"), ("Monday morning", "TIME", "2012-12-03TMO")],
    ),
    ("Temperatures will reach 35C by the weekend.", S, [("the weekend", "DATE", "2012-W28-WE")]),
    (
        "It was the coldest March since 1962.",
        "2013-04-02",
        [("March", "DATE", "2013-03"), ("1962", "DATE", "1962")],
    ),
    # --- obituaries ---
    ("She died Tuesday at her home in Los Angeles. She was 84.", U, [("Tuesday", "DATE", "2013-10-29")]),
    (
        "Reed, who had a liver transplant in May, died on Sunday aged 71.",
        U,
        [("May", "DATE", "2013-05"), ("Sunday", "DATE", "2013-10-27")],
    ),
    ("He died on 8 April 2013 at the Ritz hotel.", U, [("8 April 2013", "DATE", "2013-04-08")]),
    (
        "Born in 1926, she joined the BBC in 1948 and retired in 1986.",
        U,
        [("1926", "DATE", "1926"), ("1948", "DATE", "1948"), ("1986", "DATE", "1986")],
    ),
    ("She celebrated her 100th birthday in January.", U, [("January", "DATE", "2013-01")]),
    (
        "He spent more than six decades in show business.",
        U,
        [("more than six decades", "DURATION", "P60Y", "MORE_THAN")],
    ),
    ("A memorial service will be held on Saturday, Nov. 2.", U, [("Saturday, Nov. 2", "DATE", "2013-11-02")]),
    (
        "He was born in Chicago on Sept. 4, 1941, the son of a steelworker.",
        U,
        [("Sept. 4, 1941", "DATE", "1941-09-04")],
    ),
    ("She is survived by two sons. Funeral arrangements are pending.", U, []),
    # --- science and technology ---
    ("The rover landed on Mars in August 2012.", U, [("August 2012", "DATE", "2012-08")]),
    ("The probe will reach Jupiter in July 2016.", U, [("July 2016", "DATE", "2016-07")]),
    ("The satellite has a design life of 15 years.", U, [("15 years", "DURATION", "P15Y")]),
    (
        "The software update will be released later this month.",
        U,
        [("later this month", "DATE", "2013-10", "END")],
    ),
    ("The iPad mini, released last November, sold well.", U, [("last November", "DATE", "2012-11")]),
    (
        "The new chip will ship in the first half of next year.",
        U,
        [("the first half of next year", "DATE", "2014-H1")],
    ),
    ("Comet ISON will pass closest to the sun on Nov. 28.", U, [("Nov. 28", "DATE", "2013-11-28")]),
    (
        "Microsoft will end support for Windows XP on April 8, 2014.",
        U,
        [("April 8, 2014", "DATE", "2014-04-08")],
    ),
    ("The study followed 10,000 patients for a decade.", U, [("a decade", "DURATION", "P10Y")]),
    ("Apple unveiled iOS 7 and the iPhone 5s.", U, []),
    # --- conflict ---
    (
        "Fighting raged through the night of Saturday to Sunday.",
        U,
        [("the night of Saturday to Sunday", "TIME", "2013-10-26TNI")],
    ),
    (
        "The blast happened at around 9:30 a.m. (0630 GMT).",
        U,
        [
            ("around 9:30 a.m.", "TIME", "2013-10-29T09:30", "APPROX"),
            ("0630 GMT", "TIME", "2013-10-29T06:30Z"),
        ],
    ),
    (
        "More than 100,000 people have died since the uprising began in March 2011.",
        U,
        [("March 2011", "DATE", "2011-03")],
    ),
    (
        "Shelling resumed shortly before midnight on Monday.",
        U,
        [("midnight on Monday", "TIME", "2013-10-28T24:00")],
    ),
    (
        "The ceasefire took effect at 6 a.m. Saturday (0400 GMT).",
        U,
        [("6 a.m. Saturday", "TIME", "2013-10-26T06:00"), ("0400 GMT", "TIME", "2013-10-26T04:00Z")],
    ),
    ("The 22-month conflict shows no sign of ending.", R, [("22-month", "DURATION", "P22M")]),
    ("A car bomb went off at 0800 local time.", U, [("0800 local time", "TIME", "2013-10-29T08:00")]),
    (
        "The army launched the offensive at dawn on Friday.",
        U,
        [("dawn", "TIME", "2013-10-25TMO"), ("Friday", "DATE", "2013-10-25")],
    ),
    # --- quoted speech ---
    ('"We met yesterday and agreed on a plan," he said.', U, [("yesterday", "DATE", "2013-10-28")]),
    (
        '"I spoke to him last night," she told reporters on Tuesday.',
        U,
        [("last night", "TIME", "2013-10-28TNI"), ("Tuesday", "DATE", "2013-10-29")],
    ),
    (
        '"The next few weeks will be crucial," the minister said.',
        U,
        [("The next few weeks", "DURATION", "PXW")],
    ),
    ('"Today is a historic day," the president said.', U, [("Today", "DATE", "2013-10-29")]),
    # --- update lines and credits ---
    ("Updated 3:45 p.m. ET", U, [("3:45 p.m. ET", "TIME", "2013-10-29T15:45-04:00")]),
    (
        "Updated at 1545 GMT on October 29, 2013.",
        U,
        [("1545 GMT on October 29, 2013", "TIME", "2013-10-29T15:45Z")],
    ),
    (
        "This story has been corrected to show that the vote is on Thursday, not Wednesday.",
        U,
        [("Thursday", "DATE", "2013-10-31"), ("Wednesday", "DATE", "2013-10-30")],
    ),
    (
        "Last Updated: Tuesday, 29 Oct 2013, 09:05 GMT",
        U,
        [("Tuesday, 29 Oct 2013, 09:05 GMT", "TIME", "2013-10-29T09:05Z")],
    ),
    ("Oct 29 2013, 11:42 am ET", U, [("Oct 29 2013, 11:42 am ET", "TIME", "2013-10-29T11:42-04:00")]),
    ("(Reporting by Anna Jones; Editing by Tom Brown)", U, []),
    # --- lengths of deals, terms and bans ---
    (
        "The striker agreed a four-and-a-half-year contract.",
        R,
        [("four-and-a-half-year", "DURATION", "P4Y6M")],
    ),
    ("He signed a two-year contract extension.", U, [("two-year", "DURATION", "P2Y")]),
    ("She was handed a 12-month ban.", U, [("12-month", "DURATION", "P12M")]),
    ("The government unveiled a 10-year plan to cut emissions.", U, [("10-year", "DURATION", "P10Y")]),
    ("Lawmakers reached a 90-day deal to avert a shutdown.", U, [("90-day", "DURATION", "P90D")]),
    ("He was sentenced to life in prison without parole.", U, []),
    (
        "The six-month suspension was cut to three months on appeal.",
        U,
        [("six-month", "DURATION", "P6M"), ("three months", "DURATION", "P3M")],
    ),
    ("The sides agreed a 48-hour ceasefire.", U, [("48-hour", "DURATION", "PT48H")]),
    (
        "He signed a one-year contract with an option for a second season.",
        R,
        [("one-year", "DURATION", "P1Y")],
    ),
    # --- ordinal days ---
    ("Payments are made on the 1st of each month.", R, [("the 1st of each month", "SET", "XXXX-XX-01")]),
    ("The talks resume on the 21st.", R, [("the 21st", "DATE", "2013-02-21")]),
    (
        "The summit will be held on the 4th and 5th of December.",
        V,
        [("the 4th", "DATE", "2012-12-04"), ("5th of December", "DATE", "2012-12-05")],
    ),
    ("The deadline is midnight on the 31st.", V, [("midnight on the 31st", "TIME", "2012-12-31T24:00")]),
    # --- more wire forms ---
    ("Russia will host the Winter Olympics in Sochi in February.", U, [("February", "DATE", "2014-02")]),
    (
        "He took office in January 2009 and was re-elected in November 2012.",
        U,
        [("January 2009", "DATE", "2009-01"), ("November 2012", "DATE", "2012-11")],
    ),
    ("Retailers face the shortest holiday shopping season since 2002.", U, [("2002", "DATE", "2002")]),
    (
        "The law will be phased in over three years starting in 2014.",
        U,
        [("three years", "DURATION", "P3Y"), ("2014", "DATE", "2014")],
    ),
    ("He has been in custody since his arrest on 12 July.", U, [("12 July", "DATE", "2013-07-12")]),
    ("The company was founded 25 years ago.", U, [("25 years ago", "DATE", "1988")]),
    ("The embassy will stay closed until Sunday.", U, [("Sunday", "DATE", "2013-11-03")]),
    ("The measure expires on Dec. 31.", U, [("Dec. 31", "DATE", "2013-12-31")]),
    ("He was president from 2008-2012.", U, [("2008", "DATE", "2008"), ("2012", "DATE", "2012")]),
    ("The 2012 Games cost £9 billion.", U, [("2012", "DATE", "2012")]),
    (
        "Stores will open at 8 p.m. on Thanksgiving Day.",
        U,
        [("8 p.m. on Thanksgiving Day", "TIME", "2013-11-28T20:00")],
    ),
    (
        "The pope will visit Brazil in July, the Vatican said on Saturday.",
        V,
        [("July", "DATE", "2013-07"), ("Saturday", "DATE", "2012-12-01")],
    ),
    ("Samsung sold 10 million Galaxy S4 phones in its first month on sale.", U, []),
    (
        "He resigned after less than two years in the job.",
        U,
        [("less than two years", "DURATION", "P2Y", "LESS_THAN")],
    ),
    (
        "Talks broke down in the small hours of Wednesday morning.",
        R,
        [("Wednesday morning", "TIME", "2013-02-13TMO")],
    ),
    (
        "Cameron will set out his plans in a speech next Wednesday.",
        R,
        [("next Wednesday", "DATE", "2013-02-20")],
    ),
    ("The party has led in every poll since last spring.", R, [("last spring", "DATE", "2012-SP")]),
    (
        "Shares in the bank have more than doubled over the past 12 months.",
        R,
        [("the past 12 months", "DURATION", "P12M")],
    ),
    ("Ministers will hold a further round of talks on the 19th.", R, [("the 19th", "DATE", "2013-02-19")]),
    ("The operation lasted nearly seven hours.", R, [("nearly seven hours", "DURATION", "PT7H", "APPROX")]),
    (
        "The hostages were held for four days before being freed on Sunday.",
        R,
        [("four days", "DURATION", "P4D"), ("Sunday", "DATE", "2013-02-10")],
    ),
    (
        "The station has broadcast every day since 1922.",
        R,
        [("every day", "SET", "P1D"), ("1922", "DATE", "1922")],
    ),
    (
        "The cease-fire went into effect at 12:01 a.m. Friday.",
        U,
        [("12:01 a.m. Friday", "TIME", "2013-10-25T00:01")],
    ),
    (
        "Schools in the area will be closed for the rest of the week.",
        U,
        [("the rest of the week", "DATE", "2013-W44")],
    ),
    ("The rate has held steady at 0.5 percent since March 2009.", R, [("March 2009", "DATE", "2009-03")]),
    # --- future after a past verb of scheduling ---
    (
        "The vote was postponed from April to June.",
        R,
        [("April", "DATE", "2013-04"), ("June", "DATE", "2013-06")],
    ),
    ("The hearing was adjourned until March.", R, [("March", "DATE", "2013-03")]),
    ("The match was rescheduled for Wednesday.", R, [("Wednesday", "DATE", "2013-02-20")]),
    ("He was remanded in custody until Monday.", R, [("Monday", "DATE", "2013-02-18")]),
    ("The launch has been pushed back to June.", R, [("June", "DATE", "2013-06")]),
    ("The vote was delayed until next week.", R, [("next week", "DATE", "2013-W08")]),
    ("He was granted bail until his trial in May.", R, [("May", "DATE", "2013-05")]),
    ("The forecaster issued a storm warning for Sunday.", V, [("Sunday", "DATE", "2012-12-02")]),
    ("Police issued a travel alert for Monday morning.", V, [("Monday morning", "TIME", "2012-12-03TMO")]),
    ("Organisers said the concert had been moved to Saturday.", R, [("Saturday", "DATE", "2013-02-16")]),
    ("The company said it expected to close the deal in March.", R, [("March", "DATE", "2013-03")]),
    ("The minister said he would travel to Paris on Monday.", R, [("Monday", "DATE", "2013-02-18")]),
    ("He told reporters the report would be published in April.", R, [("April", "DATE", "2013-04")]),
    ("The firm announced plans to cut 500 jobs by June.", R, [("June", "DATE", "2013-06")]),
    ("Voters will go to the polls in Sunday's runoff.", R, [("Sunday", "DATE", "2013-02-17")]),
    # ... but not after "for", which as often names what a past event is punished or blamed for.
    ("He will be punished for Sunday's violence.", R, [("Sunday", "DATE", "2013-02-10")]),
    ("He was given a warning for Sunday's incident.", R, [("Sunday", "DATE", "2013-02-10")]),
    ("Ahead of Friday's vote, the president appealed for calm.", R, [("Friday", "DATE", "2013-02-15")]),
    ("He is set to testify at next month's hearing.", R, [("next month", "DATE", "2013-03")]),
    # --- weekday plus number compositions ---
    ("The final is on Friday week.", R, [("Friday week", "DATE", "2013-02-22")]),
    ("The plan will be unveiled a week on Monday.", R, [("a week on Monday", "DATE", "2013-02-25")]),
    ("He will be sentenced on 21st March.", R, [("21st March", "DATE", "2013-03-21")]),
    ("The filing is dated 21st March 2013.", "2013-03-22", [("21st March 2013", "DATE", "2013-03-21")]),
    (
        "The report was released on March 21st, 2013.",
        "2013-03-22",
        [("March 21st, 2013", "DATE", "2013-03-21")],
    ),
    ("The company filed on 21-Mar-2013.", "2013-03-22", [("21-Mar-2013", "DATE", "2013-03-21")]),
    ("The notice is dated 2013/03/21.", "2013-03-22", [("2013/03/21", "DATE", "2013-03-21")]),
    ("The vote was held Mar. 21.", "2013-03-22", [("Mar. 21", "DATE", "2013-03-21")]),
    (
        "The deal was signed on Thursday, 21 March 2013.",
        "2013-03-22",
        [("Thursday, 21 March 2013", "DATE", "2013-03-21")],
    ),
    # --- this time last year; same period ---
    (
        "Sales were down 3 percent from the same period last year.",
        U,
        [("the same period last year", "DATE", "2012-Q3")],
    ),
    # --- economic data releases ---
    (
        "Consumer prices rose 1.7 percent in the year to September, official figures showed on Tuesday.",
        U,
        [
            ("the year", "DURATION", "P1Y"),
            ("September", "DATE", "2013-09"),
            ("Tuesday", "DATE", "2013-10-29"),
        ],
    ),
    (
        "Third-quarter GDP figures are due on Friday.",
        U,
        [("Third-quarter", "DATE", "2013-Q3"), ("Friday", "DATE", "2013-11-01")],
    ),
    (
        "The economy contracted in the final quarter of 2012.",
        R,
        [("the final quarter of 2012", "DATE", "2012-Q4")],
    ),
    (
        "Orders fell in the three months through September.",
        U,
        [("the three months", "DURATION", "P3M"), ("September", "DATE", "2013-09")],
    ),
    ("Exports grew for a fourth straight month in September.", U, [("September", "DATE", "2013-09")]),
    ("The trade deficit narrowed in August, the government said.", U, [("August", "DATE", "2013-08")]),
    (
        "The ISM index will be released at 10 a.m. on Friday.",
        U,
        [("10 a.m. on Friday", "TIME", "2013-11-01T10:00")],
    ),
    ("Analysts polled by Reuters had expected growth of 0.4 percent.", U, []),
    ("The dollar rose to 98 yen, its highest in four years.", U, [("four years", "DURATION", "P4Y")]),
    ("Shares closed 3 percent lower at 1,250 pence.", U, []),
    (
        "Net income in the fourth quarter of fiscal 2012 fell.",
        R,
        [("the fourth quarter of fiscal 2012", "DATE", "2012-Q4")],
    ),
    (
        "Factory activity expanded at its fastest pace in two and a half years.",
        U,
        [("two and a half years", "DURATION", "P2Y6M")],
    ),
    ("Jobless claims rose to 340,000 last week.", U, [("last week", "DATE", "2013-W43")]),
    ("Prices were flat month on month and up 2.2 percent on an annual basis.", U, []),
    # --- sports fixtures and results ---
    ("Chelsea travel to Old Trafford on 10 March.", R, [("10 March", "DATE", "2013-03-10")]),
    ("The Masters gets under way at Augusta on April 11.", R, [("April 11", "DATE", "2013-04-11")]),
    (
        "He finished the race in two hours, three minutes and 23 seconds.",
        U,
        [("two hours, three minutes and 23 seconds", "DURATION", "PT2H3M23S")],
    ),
    ("The Heat have won 27 games in a row.", R, []),
    ("The Super Bowl will be played on Feb. 2 in New Jersey.", U, [("Feb. 2", "DATE", "2014-02-02")]),
    ("She won the 2011 US Open.", U, [("2011", "DATE", "2011")]),
    (
        "The tournament runs from June 24 to July 7.",
        W,
        [("June 24", "DATE", "2013-06-24"), ("July 7", "DATE", "2013-07-07")],
    ),
    ("He will miss the rest of the season.", R, []),
    (
        "The Giants won the World Series in 2010 and 2012.",
        U,
        [("2010", "DATE", "2010"), ("2012", "DATE", "2012")],
    ),
    ("The Boat Race takes place on Easter Sunday.", R, [("Easter Sunday", "DATE", "2013-03-31")]),
    ("The league's trade deadline is 3 p.m. Thursday.", R, [("3 p.m. Thursday", "TIME", "2013-02-14T15:00")]),
    # --- obituary forms ---
    (
        "Thatcher, who was prime minister from 1979 to 1990, died on Monday at the age of 87.",
        "2013-04-09",
        [("1979", "DATE", "1979"), ("1990", "DATE", "1990"), ("Monday", "DATE", "2013-04-08")],
    ),
    (
        "Lou Reed (March 2, 1942 - October 27, 2013)",
        U,
        [("March 2, 1942", "DATE", "1942-03-02"), ("October 27, 2013", "DATE", "2013-10-27")],
    ),
    (
        "He retired in 1998 after a 40-year career.",
        U,
        [("1998", "DATE", "1998"), ("40-year", "DURATION", "P40Y")],
    ),
    # --- conflict and disasters ---
    (
        "The bombing happened at 8:15 a.m. (0515 GMT) on Tuesday.",
        U,
        [
            ("8:15 a.m.", "TIME", "2013-10-29T08:15"),
            ("0515 GMT", "TIME", "2013-10-29T05:15Z"),
            ("Tuesday", "DATE", "2013-10-29"),
        ],
    ),
    (
        "The 7.1-magnitude quake struck at 8:12 a.m. local time on Tuesday.",
        U,
        [("8:12 a.m.", "TIME", "2013-10-29T08:12"), ("Tuesday", "DATE", "2013-10-29")],
    ),
    ("Overnight, Syrian jets bombed rebel positions.", U, [("Overnight", "TIME", "2013-10-28TNI")]),
    (
        "The army has been besieging the town for nearly a year.",
        U,
        [("nearly a year", "DURATION", "P1Y", "APPROX")],
    ),
    ("The typhoon killed at least 6,000 people on Nov. 8.", "2013-11-20", [("Nov. 8", "DATE", "2013-11-08")]),
    ("Aid began arriving four days after the storm.", U, [("four days", "DURATION", "P4D")]),
    # A fronted count from an event is counted from the event's date when the report gives it,
    # not from the latest date it told; else it is the count's duration.
    (
        "The storm made landfall on Nov. 8. Two weeks after the storm, survivors still lack water.",
        "2013-11-30",
        [("Nov. 8", "DATE", "2013-11-08"), ("Two weeks", "DATE", "2013-W47")],
    ),
    # A count of years from an event dated by its year is the year it reaches, where it dates the
    # clause (at its head or set off by a comma); a length, or a count of months, stays a duration.
    (
        "Ten years after the 2003 invasion, the country is still divided.",
        "2013-03-20",
        [("Ten years", "DATE", "2013"), ("2003", "DATE", "2003")],
    ),
    (
        "The index hit a record, two decades after the 1987 crash.",
        "2013-03-20",
        [("two decades", "DATE", "2007"), ("1987", "DATE", "1987")],
    ),
    (
        "Three years before the election of 2010, the party split.",
        "2013-03-20",
        [("Three years", "DATE", "2007"), ("2010", "DATE", "2010")],
    ),
    (
        "Ten years after the invasion of March 2003, the country is still divided.",
        "2013-03-20",
        [("Ten years", "DATE", "2013"), ("March 2003", "DATE", "2003-03")],
    ),
    (
        "He was jailed for ten years after the 2003 riots.",
        "2013-03-20",
        [("ten years", "DURATION", "P10Y"), ("2003", "DATE", "2003")],
    ),
    (
        "Six months after the 2011 uprising, rebels held the east.",
        "2013-03-20",
        [("Six months", "DURATION", "P6M"), ("2011", "DATE", "2011")],
    ),
    # A bare month or season right after a date that told an older year's event goes on in that
    # year while the report tells that past; not after a year a state runs from, an event's name
    # or a new paragraph, nor when the month goes back before the date told.
    (
        "The uprising began in March 2011. By the summer, rebels held the east.",
        "2013-06-15",
        [("March 2011", "DATE", "2011-03"), ("the summer", "DATE", "2011-SU")],
    ),
    (
        "Protesters first marched on 15 March 2011. In August, rebels took the port.",
        "2013-06-15",
        [("15 March 2011", "DATE", "2011-03-15"), ("August", "DATE", "2011-08")],
    ),
    (
        "The mill has lost money every year since 2009. In September, it cut 200 jobs.",
        "2013-11-15",
        [("every year", "SET", "P1Y"), ("2009", "DATE", "2009"), ("September", "DATE", "2013-09")],
    ),
    (
        "The uprising began in March 2011.\n\nIn August, rebels took the port.",
        "2013-06-15",
        [("March 2011", "DATE", "2011-03"), ("August", "DATE", "2012-08")],
    ),
    (
        "The uprising began in March 2011. In February, the army withdrew.",
        "2013-06-15",
        [("March 2011", "DATE", "2011-03"), ("February", "DATE", "2013-02")],
    ),
    (
        "Officials warned on Monday of more fighting. Ten years after the war, the border remains shut.",
        "2013-11-30",
        [("Monday", "DATE", "2013-11-25"), ("Ten years", "DURATION", "P10Y")],
    ),
    (
        "Parliament voted on 4 June 2012 to dissolve. A year after the vote, no election has been held.",
        "2013-11-30",
        [("4 June 2012", "DATE", "2012-06-04"), ("A year", "DATE", "2013")],
    ),
    (
        "Talks resumed on Monday. Five years after the accord, the border remains shut.",
        "2013-11-30",
        [("Monday", "DATE", "2013-11-25"), ("Five years", "DURATION", "P5Y")],
    ),
    (
        "Rescue efforts were hampered by heavy rain on Sunday and Monday.",
        U,
        [("Sunday", "DATE", "2013-10-27"), ("Monday", "DATE", "2013-10-28")],
    ),
    ("Authorities imposed a dusk-to-dawn curfew.", U, []),
    (
        "A curfew is in force from 7 p.m. to 6 a.m.",
        U,
        [("7 p.m.", "TIME", "2013-10-29T19:00"), ("6 a.m.", "TIME", "2013-10-30T06:00")],
    ),
    # --- tech ---
    ("The phone goes on sale on Sept. 20 in the U.S.", "2013-09-10", [("Sept. 20", "DATE", "2013-09-20")]),
    (
        "The site went down for about two hours on Monday afternoon.",
        U,
        [("two hours", "DURATION", "PT2H", "APPROX"), ("Monday afternoon", "TIME", "2013-10-28TAF")],
    ),
    ("Users have 30 days to opt out.", U, [("30 days", "DURATION", "P30D")]),
    ("The company released the update overnight Monday.", U, [("overnight Monday", "TIME", "2013-10-28TNI")]),
    # --- politics ---
    (
        "The president will deliver the State of the Union address on Feb. 12.",
        "2013-01-30",
        [("Feb. 12", "DATE", "2013-02-12")],
    ),
    (
        "Lawmakers have until midnight Monday to reach a deal.",
        "2013-09-27",
        [("midnight Monday", "TIME", "2013-09-30T24:00")],
    ),
    ("The Senate is in recess until Sept. 9.", "2013-08-20", [("Sept. 9", "DATE", "2013-09-09")]),
    ("The Pope will step down on Feb. 28 at 8 p.m.", R, [("Feb. 28 at 8 p.m.", "TIME", "2013-02-28T20:00")]),
    ("The conclave is expected to begin in mid-March.", R, [("mid-March", "DATE", "2013-03", "MID")]),
    (
        "Benedict, 85, is the first pope to resign in nearly 600 years.",
        R,
        [("nearly 600 years", "DURATION", "P600Y", "APPROX")],
    ),
    ("He was elected on April 19, 2005.", R, [("April 19, 2005", "DATE", "2005-04-19")]),
    ("Xi Jinping will take over as president in March.", R, [("March", "DATE", "2013-03")]),
    ("The party congress opens on Nov. 8.", "2012-10-15", [("Nov. 8", "DATE", "2012-11-08")]),
    ("The new government must be formed within 30 days.", R, [("30 days", "DURATION", "P30D")]),
    (
        "The prime minister has been in power for more than a decade.",
        R,
        [("more than a decade", "DURATION", "P10Y", "MORE_THAN")],
    ),
    # --- time of day forms ---
    (
        "The explosion was heard at about 10.30pm on Saturday.",
        U,
        [("about 10.30pm on Saturday", "TIME", "2013-10-26T22:30", "APPROX")],
    ),
    (
        "The statement was released just after 5 p.m. Monday.",
        U,
        [("5 p.m. Monday", "TIME", "2013-10-28T17:00")],
    ),
    (
        "Police were called at 02:30 on Sunday morning.",
        U,
        [("02:30 on Sunday morning", "TIME", "2013-10-27T02:30")],
    ),
    (
        "The flight landed at 6:45 a.m. Wednesday local time.",
        U,
        [("6:45 a.m. Wednesday", "TIME", "2013-10-23T06:45")],
    ),
    ("The deadline passed at 23:59 on Sunday.", U, [("23:59 on Sunday", "TIME", "2013-10-27T23:59")]),
    ("The vote will take place at 2pm GMT.", U, [("2pm GMT", "TIME", "2013-10-29T14:00Z")]),
    # --- relative with ordinals and counts ---
    (
        "It was the second time in three years that the bank cut rates.",
        U,
        [("three years", "DURATION", "P3Y")],
    ),
    (
        "Unemployment hit a 17-year high in January.",
        R,
        [("17-year", "DURATION", "P17Y"), ("January", "DATE", "2013-01")],
    ),
    ("For the first time in a generation, the party lost the seat.", R, []),
    ("The pair met twice in the past month.", R, [("the past month", "DURATION", "P1M")]),
    ("The bill was introduced in the previous parliament.", R, []),
    # --- an obituary heavy with past years: auto must still read it as news ---
    (
        (
            "NEW YORK (AP) — Lou Reed, the punk pioneer who led the Velvet Underground, died Sunday. "
            "He was 71. Reed was born in Brooklyn in 1942 and formed the band in 1965 with John Cale."
            " Their debut album came out in 1967. He had a liver transplant in May and had been ill "
            "for months, his agent said Monday."
        ),
        "2013-10-28",
        [
            ("Sunday", "DATE", "2013-10-27"),
            ("1942", "DATE", "1942"),
            ("1965", "DATE", "1965"),
            ("1967", "DATE", "1967"),
            ("May", "DATE", "2013-05"),
            ("months", "DURATION", "PXM"),
            ("Monday", "DATE", "2013-10-28"),
        ],
    ),
    # --- AFP conflict report ---
    (
        (
            "ALEPPO, Syria, Feb 14, 2013 (AFP) - Rebels seized an air base in northern Syria on "
            "Thursday after a siege of several weeks, a watchdog said. The Britain-based Syrian "
            "Observatory for Human Rights said fighting had raged since dawn. More than 70,000 people"
            " have been killed since the uprising erupted in March 2011, according to the UN."
        ),
        R,
        [
            ("Feb 14, 2013", "DATE", "2013-02-14"),
            ("Thursday", "DATE", "2013-02-14"),
            ("several weeks", "DURATION", "PXW"),
            ("dawn", "TIME", "2013-02-14TMO"),
            ("March 2011", "DATE", "2011-03"),
        ],
    ),
    # --- Reuters economy ---
    (
        (
            "TOKYO, Feb 14 (Reuters) - Japan's economy shrank for a third straight quarter in "
            "October-December, government data showed on Thursday, though analysts expect growth to "
            "resume in the current quarter. Gross domestic product fell an annualised 0.4 percent in "
            "the fourth quarter, after a 3.8 percent contraction in July-September."
        ),
        R,
        [
            ("Feb 14", "DATE", "2013-02-14"),
            ("October-December", "DATE", "2012-Q4"),
            ("Thursday", "DATE", "2013-02-14"),
            ("the current quarter", "DATE", "2013-Q1"),
            ("the fourth quarter", "DATE", "2012-Q4"),
            ("July-September", "DATE", "2012-Q3"),
        ],
    ),
    # --- BBC sport ---
    (
        (
            "Manchester United moved 12 points clear at the top of the Premier League with a 2-0 win "
            "over Everton on Sunday. Sir Alex Ferguson's side, who face Real Madrid in the Champions "
            "League on Wednesday, have won 10 of their last 11 games. The Spanish champions beat "
            "United 1-0 when the sides last met in 2003."
        ),
        "2013-02-11",
        [("Sunday", "DATE", "2013-02-10"), ("Wednesday", "DATE", "2013-02-13"), ("2003", "DATE", "2003")],
    ),
    # --- court week ---
    (
        (
            "Oscar Pistorius was charged on Friday with the murder of his girlfriend, who was shot "
            "dead in the early hours of Thursday. The bail hearing will resume on Tuesday. If "
            "convicted, he faces a minimum sentence of 25 years."
        ),
        "2013-02-15",
        [
            ("Friday", "DATE", "2013-02-15"),
            ("the early hours of Thursday", "DATE", "2013-02-14", "START"),
            ("Tuesday", "DATE", "2013-02-19"),
            ("25 years", "DURATION", "P25Y"),
        ],
    ),
    # --- election ---
    (
        (
            "ROME (Reuters) - Italians vote on Sunday and Monday in an election that will decide who "
            "leads the euro zone's third largest economy. Polls close at 3 p.m. (1400 GMT) on Monday,"
            " and exit polls are expected shortly afterwards. Mario Monti, who has led a technocrat "
            "government since November 2011, is running fourth in the last polls published two weeks "
            "ago."
        ),
        "2013-02-23",
        [
            ("Sunday", "DATE", "2013-02-24"),
            ("Monday", "DATE", "2013-02-25"),
            ("3 p.m.", "TIME", "2013-02-25T15:00"),
            ("1400 GMT", "TIME", "2013-02-25T14:00Z"),
            ("Monday", "DATE", "2013-02-25"),
            ("November 2011", "DATE", "2011-11"),
            ("two weeks ago", "DATE", "2013-W06"),
        ],
    ),
    # --- weather ---
    (
        (
            "Superstorm Sandy slammed into the New Jersey coast on Monday evening, bringing a record "
            "storm surge. The storm is expected to move inland over the next two days and weaken by "
            "Wednesday. The New York Stock Exchange will remain closed on Tuesday, the first two-day "
            "weather closure since 1888."
        ),
        "2012-10-30",
        [
            ("Monday evening", "TIME", "2012-10-29TEV"),
            ("the next two days", "DURATION", "P2D"),
            ("Wednesday", "DATE", "2012-10-31"),
            ("Tuesday", "DATE", "2012-10-30"),
            ("two-day", "DURATION", "P2D"),
            ("1888", "DATE", "1888"),
        ],
    ),
    # --- round 2: holidays, spans of the calendar, zones, possessives ---
    (
        "The minister will make a statement on Thursday (Feb. 14).",
        "2013-02-12",
        [("Thursday", "DATE", "2013-02-14"), ("Feb. 14", "DATE", "2013-02-14")],
    ),
    ("Growth is expected to pick up in the months ahead.", R, [("the months ahead", "DURATION", "PXM")]),
    ("Prices should stabilise for the rest of the year.", R, [("the rest of the year", "DATE", "2013")]),
    ("At the moment, there is no sign of a deal.", R, [("At the moment", "DATE", "PRESENT_REF")]),
    (
        "Shares have risen 5 percent since the beginning of the year.",
        R,
        [("the beginning of the year", "DATE", "2013", "START")],
    ),
    ("The agency had issued a similar warning a day earlier.", R, [("a day", "DURATION", "P1D")]),
    ("The deal must be signed within a month.", R, [("a month", "DURATION", "P1M")]),
    ("The plant will close by the end of next year.", R, [("the end of next year", "DATE", "2014", "END")]),
    ("He lost last year's election by 300 votes.", R, [("last year", "DATE", "2012")]),
    ("Turnout in the Nov. 6 election was 58 percent.", R, [("Nov. 6", "DATE", "2012-11-06")]),
    ("Monday's attack killed 12 people.", R, [("Monday", "DATE", "2013-02-11")]),
    (
        "Traffic was heavy over the Memorial Day weekend.",
        "2013-05-28",
        [("the Memorial Day weekend", "DATE", "2013-W21-WE")],
    ),
    ("Shops opened early on Thanksgiving Day.", V, [("Thanksgiving Day", "DATE", "2012-11-22")]),
    (
        "France celebrates Bastille Day on July 14.",
        "2013-07-10",
        [("Bastille Day", "DATE", "2013-07-14"), ("July 14", "DATE", "2013-07-14")],
    ),
    ("The firm expects strong sales over the holiday season.", V, []),
    ("The ruling party has governed for decades.", R, [("decades", "DURATION", "PXY")]),
    ("The talks have dragged on for years.", R, [("years", "DURATION", "PXY")]),
    ("The 1990-91 season was his best.", R, [("1990", "DATE", "1990"), ("91", "DATE", "1991")]),
    ("The clocks go forward at 1 a.m. on March 31.", R, [("1 a.m. on March 31", "TIME", "2013-03-31T01:00")]),
    ("The law takes effect on Jan 1.", V, [("Jan 1", "DATE", "2013-01-01")]),
    ("Exports slumped in mid-January.", R, [("mid-January", "DATE", "2013-01", "MID")]),
    ("He was arrested in late January.", R, [("late January", "DATE", "2013-01", "END")]),
    ("The report is due early next month.", R, [("early next month", "DATE", "2013-03", "START")]),
    ("Talks collapsed late last month.", R, [("late last month", "DATE", "2013-01", "END")]),
    (
        "The announcement came at 3 p.m. (2000 GMT).",
        R,
        [("3 p.m.", "TIME", "2013-02-14T15:00"), ("2000 GMT", "TIME", "2013-02-14T20:00Z")],
    ),
    ("Trading ends at 1 p.m. Pacific time.", R, [("1 p.m. Pacific time", "TIME", "2013-02-14T13:00-08:00")]),
    (
        "The meteor struck at 9:20 a.m. local time (0320 GMT) on Friday.",
        "2013-02-15",
        [
            ("9:20 a.m.", "TIME", "2013-02-15T09:20"),
            ("0320 GMT", "TIME", "2013-02-15T03:20Z"),
            ("Friday", "DATE", "2013-02-15"),
        ],
    ),
    ("The vote is scheduled for Mon., Feb. 18.", R, [("Mon., Feb. 18", "DATE", "2013-02-18")]),
    ("The summit runs Feb. 14-15.", R, [("Feb. 14", "DATE", "2013-02-14"), ("15", "DATE", "2013-02-15")]),
    (
        "The exhibition runs from Feb. 14 to 17.",
        R,
        [("Feb. 14", "DATE", "2013-02-14"), ("17", "DATE", "2013-02-17")],
    ),
    ("Spending will fall in 2013-14.", R, [("2013", "DATE", "2013"), ("14", "DATE", "2014")]),
    ("Inequality has widened over the last decade.", R, [("the last decade", "DURATION", "P10Y")]),
    (
        "The house was built in the early 20th century.",
        R,
        [("the early 20th century", "DATE", "19", "START")],
    ),
    ("He fought in World War II.", R, []),
    ("The region was occupied in the 1967 war.", R, [("1967", "DATE", "1967")]),
    ("Next week's summit will focus on trade.", R, [("Next week", "DATE", "2013-W08")]),
    ("Yesterday's figures showed a sharp rise.", R, [("Yesterday", "DATE", "2013-02-13")]),
    ("The budget will be unveiled on Wednesday 20 March.", R, [("Wednesday 20 March", "DATE", "2013-03-20")]),
    ("The deadline is 15/02/2013.", R, [("15/02/2013", "DATE", "2013-02-15")]),
    ("The shop opened on the 14th February 2013.", R, [("the 14th February 2013", "DATE", "2013-02-14")]),
    ("Pancakes are eaten on Shrove Tuesday.", R, [("Shrove Tuesday", "DATE", "2013-02-12")]),
    ("Lent began on Ash Wednesday.", R, [("Ash Wednesday", "DATE", "2013-02-13")]),
    ("Parades were held on Veterans Day.", "2012-11-13", [("Veterans Day", "DATE", "2012-11-11")]),
    ("The company has been in business for 150 years.", R, [("150 years", "DURATION", "P150Y")]),
    (
        "The law, passed in 2010, takes effect next January.",
        R,
        [("2010", "DATE", "2010"), ("next January", "DATE", "2014-01")],
    ),
    (
        "The suspect was held for 48 hours before being released on Wednesday.",
        R,
        [("48 hours", "DURATION", "PT48H"), ("Wednesday", "DATE", "2013-02-13")],
    ),
    (
        "Markets were closed for the Lunar New Year holiday this week.",
        R,
        [("Lunar New Year", "DATE", "2013-02-10"), ("this week", "DATE", "2013-W07")],
    ),
    ("He was first elected in 1994 and has served four terms.", R, [("1994", "DATE", "1994")]),
    (
        "The fund returned 12 percent annually over five years.",
        R,
        # (A share's rate: TimeBank leaves "rise 20% annually" untagged.)
        [("five years", "DURATION", "P5Y")],
    ),
    ("The service operates around the clock.", R, []),
    (
        "Temperatures dropped below freezing overnight Wednesday into Thursday.",
        R,
        [("overnight Wednesday", "TIME", "2013-02-13TNI"), ("Thursday", "DATE", "2013-02-14")],
    ),
    ("Police said the man, in his 40s, was arrested.", R, []),
    (
        "The first quarter ended on March 31.",
        "2013-04-20",
        [("The first quarter", "DATE", "2013-Q1"), ("March 31", "DATE", "2013-03-31")],
    ),
    ("The company's shares rose 4 percent in after-hours trading.", R, []),
    ("He will step down at the end of his term in 2014.", R, [("2014", "DATE", "2014")]),
    ("The move comes two weeks before a general election.", R, [("two weeks", "DURATION", "P2W")]),
    # --- a weekday that opens its sentence as the subject of a present verb, or AP's "is Monday" ---
    (
        "Tuesday marks the 10th anniversary of the invasion.",
        "2013-03-18",
        [("Tuesday", "DATE", "2013-03-19")],
    ),
    ("Friday is the deadline for bids.", "2013-03-18", [("Friday", "DATE", "2013-03-22")]),
    ("Friday was the deadline for bids.", "2013-03-18", [("Friday", "DATE", "2013-03-15")]),
    ("The deadline is Friday.", "2013-03-18", [("Friday", "DATE", "2013-03-22")]),
    ("The vote is Monday night.", "2013-03-18", [("Monday night", "TIME", "2013-03-18TNI")]),
    ("Today is Monday.", "2013-03-18", [("Today", "DATE", "2013-03-18"), ("Monday", "DATE", "2013-03-18")]),
    # --- round 3: halves and figures, fixtures, markets, courts ---
    ("He scored a first-half penalty.", R, []),
    ("Bale's second-half strike sealed the win.", R, []),
    (
        "Profit rose in the first half, the company said on Thursday.",
        "2013-08-01",
        [("the first half", "DATE", "2013-H1"), ("Thursday", "DATE", "2013-08-01")],
    ),
    ("First-half profit rose 12 percent.", "2013-08-01", [("First-half", "DATE", "2013-H1")]),
    (
        "The company will publish its half-year results on July 30.",
        "2013-07-10",
        [("July 30", "DATE", "2013-07-30")],
    ),
    ("The bank reports full-year results next week.", R, [("next week", "DATE", "2013-W08")]),
    (
        "Sales in the four weeks to Feb. 2 rose 3 percent.",
        R,
        [("the four weeks", "DURATION", "P4W"), ("Feb. 2", "DATE", "2013-02-02")],
    ),
    (
        "Mortgage approvals rose in the three months to the end of January.",
        R,
        [("the three months", "DURATION", "P3M"), ("the end of January", "DATE", "2013-01", "END")],
    ),
    ("The company expects earnings to grow in 2013.", R, [("2013", "DATE", "2013")]),
    ("He has signed for next season.", R, [("next season", "DATE", "FUTURE_REF")]),
    ("Play resumes on day three at 10:30 local time.", R, [("10:30", "TIME", "2013-02-14T10:30")]),
    (
        "Murray plays his second-round match on Wednesday.",
        "2013-01-14",
        [("Wednesday", "DATE", "2013-01-16")],
    ),
    (
        "The Sept. 11 attack on the consulate in Benghazi killed four Americans.",
        R,
        [("Sept. 11", "DATE", "2012-09-11")],
    ),
    ("The consulate was attacked on Sept. 11, 2012.", R, [("Sept. 11, 2012", "DATE", "2012-09-11")]),
    ("The 2012 season ended in November.", R, [("2012", "DATE", "2012"), ("November", "DATE", "2012-11")]),
    (
        "The economy is forecast to grow 1.5 percent this year and 2 percent in 2014.",
        R,
        [("this year", "DATE", "2013"), ("2014", "DATE", "2014")],
    ),
    ("The yen has fallen 20 percent since mid-November.", R, [("mid-November", "DATE", "2012-11", "MID")]),
    (
        "Brent crude rose 50 cents to $118 a barrel by 1200 GMT.",
        R,
        [("1200 GMT", "TIME", "2013-02-14T12:00Z")],
    ),
    (
        "The euro traded at $1.34 in late New York trade on Wednesday.",
        R,
        [("Wednesday", "DATE", "2013-02-13")],
    ),
    (
        "The index closed at a five-year high on Jan. 25.",
        R,
        [("five-year", "DURATION", "P5Y"), ("Jan. 25", "DATE", "2013-01-25")],
    ),
    ("In the previous session, stocks fell 1 percent.", R, []),
    ("The firm's shares have doubled in the past year.", R, [("the past year", "DATE", "2012")]),
    (
        "The agency cut Britain's rating on Friday night.",
        "2013-02-25",
        [("Friday night", "TIME", "2013-02-22TNI")],
    ),
    ("Rates will stay low until at least mid-2015.", R, [("mid-2015", "DATE", "2015", "MID")]),
    (
        "The government will borrow £120 billion in 2012-13.",
        R,
        [("2012", "DATE", "2012"), ("13", "DATE", "2013")],
    ),
    (
        "Growth was revised down to 0.1 percent for the fourth quarter.",
        R,
        [("the fourth quarter", "DATE", "2012-Q4")],
    ),
    (
        "The unemployment rate for January will be released on Friday.",
        R,
        [("January", "DATE", "2013-01"), ("Friday", "DATE", "2013-02-15")],
    ),
    (
        "A spokesman said on Wednesday evening that no decision had been made.",
        R,
        [("Wednesday evening", "TIME", "2013-02-13TEV")],
    ),
    ("The statement was issued late on Wednesday night.", R, [("Wednesday night", "TIME", "2013-02-13TNI")]),
    ("By 10 p.m., the crowd had dispersed.", R, [("10 p.m.", "TIME", "2013-02-14T22:00")]),
    ("The body was found shortly after 6am yesterday.", R, [("6am yesterday", "TIME", "2013-02-13T06:00")]),
    ("Officers were called at 11.45pm on Tuesday.", R, [("11.45pm on Tuesday", "TIME", "2013-02-12T23:45")]),
    ("A post-mortem examination will take place tomorrow.", R, [("tomorrow", "DATE", "2013-02-15")]),
    ("The inquest was opened and adjourned on Wednesday.", R, [("Wednesday", "DATE", "2013-02-13")]),
    ("The hearing has been adjourned until 25 March.", R, [("25 March", "DATE", "2013-03-25")]),
    ("He will be sentenced at a later date.", R, [("a later date", "DATE", "FUTURE_REF")]),
    (
        "The trial is expected to last up to six weeks.",
        R,
        [("up to six weeks", "DURATION", "P6W", "EQUAL_OR_LESS")],
    ),
    ("He was jailed for life with a minimum term of 30 years.", R, [("30 years", "DURATION", "P30Y")]),
    (
        "The offences took place between 2005 and 2009.",
        R,
        [("2005", "DATE", "2005"), ("2009", "DATE", "2009")],
    ),
    (
        "The abuse went on for more than a decade.",
        R,
        [("more than a decade", "DURATION", "P10Y", "MORE_THAN")],
    ),
    ("He denied the charges at a hearing last month.", R, [("last month", "DATE", "2013-01")]),
    # --- round 4: two zones, quoted speech, weekends ---
    (
        "The talks began at 1 p.m. EDT (1700 GMT).",
        U,
        [("1 p.m. EDT", "TIME", "2013-10-29T13:00-04:00"), ("1700 GMT", "TIME", "2013-10-29T17:00Z")],
    ),
    (
        "The fire started about 4:30 p.m. Tuesday.",
        U,
        [("about 4:30 p.m. Tuesday", "TIME", "2013-10-29T16:30", "APPROX")],
    ),
    ("The market is closed on weekends.", U, [("weekends", "SET", "XXXX-WXX-WE")]),
    (
        "The quake hit at 14:46 local time (05:46 GMT) on Friday.",
        R,
        [
            ("14:46", "TIME", "2013-02-08T14:46"),
            ("05:46 GMT", "TIME", "2013-02-08T05:46Z"),
            ("Friday", "DATE", "2013-02-08"),
        ],
    ),
    (
        "The blast occurred at about 11:15 a.m. ET on Tuesday.",
        U,
        [("about 11:15 a.m. ET on Tuesday", "TIME", "2013-10-29T11:15-04:00", "APPROX")],
    ),
    (
        "The plane took off at 00:41 local time on Saturday.",
        R,
        [("00:41", "TIME", "2013-02-09T00:41"), ("Saturday", "DATE", "2013-02-09")],
    ),
    (
        "Flight MH370 lost contact at 1:30 a.m. Saturday (1730 GMT Friday).",
        "2014-03-10",
        [
            ("1:30 a.m. Saturday", "TIME", "2014-03-08T01:30"),
            ("1730 GMT Friday", "TIME", "2014-03-07T17:30Z"),
        ],
    ),
    ("The final whistle blew at 9.47pm.", R, [("9.47pm", "TIME", "2013-02-14T21:47")]),
    ("Sunrise is at 7.12am tomorrow.", R, [("7.12am tomorrow", "TIME", "2013-02-15T07:12")]),
    ('"We have until Friday," he told Reuters.', R, [("Friday", "DATE", "2013-02-15")]),
    ('"Last year was very difficult for us," she said.', R, [("Last year", "DATE", "2012")]),
    (
        '"In the next few days we will know more," a police spokesman said.',
        R,
        [("the next few days", "DURATION", "PXD")],
    ),
    (
        '"I saw him this morning," the neighbour said on Thursday.',
        R,
        [("this morning", "TIME", "2013-02-14TMO"), ("Thursday", "DATE", "2013-02-14")],
    ),
    ('"This is the worst flooding in 50 years," the mayor said.', R, [("50 years", "DURATION", "P50Y")]),
    (
        "The company announced the recall late Wednesday.",
        R,
        [("late Wednesday", "DATE", "2013-02-13", "END")],
    ),
    (
        "The agreement expires at the end of the month.",
        R,
        [("the end of the month", "DATE", "2013-02", "END")],
    ),
    ("Voters rejected the measure in a 2011 referendum.", R, [("2011", "DATE", "2011")]),
    ("The next census is due in 2021.", R, [("2021", "DATE", "2021")]),
    ("The curfew will be lifted at 6am on Friday.", R, [("6am on Friday", "TIME", "2013-02-15T06:00")]),
    (
        "He was last heard from on the evening of Feb. 9.",
        R,
        [("the evening of Feb. 9", "TIME", "2013-02-09TEV")],
    ),
    (
        "The ship sank in the early hours of Feb. 12.",
        R,
        [("the early hours of Feb. 12", "DATE", "2013-02-12", "START")],
    ),
    ("The rally is planned for 7 p.m. Saturday.", R, [("7 p.m. Saturday", "TIME", "2013-02-16T19:00")]),
    (
        "The storm is forecast to arrive by Saturday evening.",
        R,
        [("Saturday evening", "TIME", "2013-02-16TEV")],
    ),
    (
        "Passengers waited for up to five hours on Wednesday.",
        R,
        [("up to five hours", "DURATION", "PT5H", "EQUAL_OR_LESS"), ("Wednesday", "DATE", "2013-02-13")],
    ),
    # --- round 5: days counted from a date told, corrections, market days ---
    (
        "The ship ran aground on Jan. 13. Two days later, salvage crews arrived.",
        R,
        [("Jan. 13", "DATE", "2013-01-13"), ("Two days", "DURATION", "P2D")],
    ),
    (
        "He was arrested on Feb. 2 and charged the following day.",
        R,
        [("Feb. 2", "DATE", "2013-02-02"), ("the following day", "DATE", "2013-02-03")],
    ),
    (
        "Protesters gathered on Friday. Later that day, police moved in.",
        R,
        [("Friday", "DATE", "2013-02-08"), ("Later that day", "DATE", "2013-02-08")],
    ),
    (
        "The vote was held on Jan. 22. That night, the results were announced.",
        R,
        [("Jan. 22", "DATE", "2013-01-22"), ("That night", "TIME", "2013-01-22TNI")],
    ),
    (
        "The crash happened on Sunday. A day earlier, the airline had warned of delays.",
        R,
        [("Sunday", "DATE", "2013-02-10"), ("A day", "DURATION", "P1D")],
    ),
    ("On the same day, the central bank cut rates.", R, [("the same day", "DATE", "2013-02-14")]),
    (
        "He was released on bail on Monday, a week after his arrest.",
        R,
        [("Monday", "DATE", "2013-02-11"), ("a week", "DURATION", "P1W")],
    ),
    (
        "The bridge opened in 2009, three years behind schedule.",
        R,
        [("2009", "DATE", "2009"), ("three years", "DURATION", "P3Y")],
    ),
    (
        "The company filed for bankruptcy in November. By January, it had closed 200 stores.",
        R,
        [("November", "DATE", "2012-11"), ("January", "DATE", "2013-01")],
    ),
    (
        "Editor's note: This story was updated at 5:15 p.m. to include comments from the mayor.",
        R,
        [("5:15 p.m.", "TIME", "2013-02-14T17:15")],
    ),
    (
        "CORRECTION: An earlier version of this story gave the wrong day for the hearing. It is on Tuesday.",
        R,
        [("Tuesday", "DATE", "2013-02-19")],
    ),
    ("It is Tuesday, and the hearing has not begun.", "2013-02-19", [("Tuesday", "DATE", "2013-02-19")]),
    ("This article originally appeared on Feb. 13, 2013.", R, [("Feb. 13, 2013", "DATE", "2013-02-13")]),
    (
        "The figures were revised on Wednesday from an initial estimate released last month.",
        R,
        [("Wednesday", "DATE", "2013-02-13"), ("last month", "DATE", "2013-01")],
    ),
    (
        "It was the biggest one-day fall since November 2011.",
        R,
        [("one-day", "DURATION", "P1D"), ("November 2011", "DATE", "2011-11")],
    ),
    ("The index is up 6 percent so far in 2013.", R, [("2013", "DATE", "2013")]),
    ("The company is due to report results on Feb. 26.", R, [("Feb. 26", "DATE", "2013-02-26")]),
    ("The IPO priced on Wednesday night at $38 a share.", R, [("Wednesday night", "TIME", "2013-02-13TNI")]),
    # --- round 6: the turn of the year ---
    (
        "WASHINGTON, Jan 1 (Reuters) - The Senate passed a bill late on Monday to avert the fiscal cliff.",
        "2013-01-01",
        [("Jan 1", "DATE", "2013-01-01"), ("late on Monday", "DATE", "2012-12-31", "END")],
    ),
    ("Stocks rallied on the last trading day of 2012.", "2013-01-02", [("2012", "DATE", "2012")]),
    (
        "Fireworks lit up Sydney Harbour at midnight on New Year's Eve.",
        "2013-01-01",
        [("midnight on New Year's Eve", "TIME", "2012-12-31T24:00")],
    ),
    ("The tax increases take effect on Jan. 1.", "2012-12-28", [("Jan. 1", "DATE", "2013-01-01")]),
    ("Sales in December rose 5 percent.", "2013-01-10", [("December", "DATE", "2012-12")]),
    (
        "The company will report fourth-quarter results on Jan. 24.",
        "2013-01-10",
        [("fourth-quarter", "DATE", "2012-Q4"), ("Jan. 24", "DATE", "2013-01-24")],
    ),
    (
        "Last year was the hottest on record in the United States.",
        "2013-01-08",
        [("Last year", "DATE", "2012")],
    ),
    ("The new Congress convenes on Thursday.", "2013-01-01", [("Thursday", "DATE", "2013-01-03")]),
    ("The storm hit on Christmas Day.", "2012-12-27", [("Christmas Day", "DATE", "2012-12-25")]),
    (
        "Retailers had a weak holiday season in November and December.",
        "2013-01-10",
        [("November", "DATE", "2012-11"), ("December", "DATE", "2012-12")],
    ),
    (
        "The deal expires at the end of February.",
        "2013-01-10",
        [("the end of February", "DATE", "2013-02", "END")],
    ),
    (
        "Unemployment rose to 7.9 percent in January from 7.8 percent in December.",
        "2013-02-01",
        [("January", "DATE", "2013-01"), ("December", "DATE", "2012-12")],
    ),
    (
        "MOSCOW, Dec 31 (Reuters) - Putin signed the law on Friday.",
        "2012-12-31",
        [("Dec 31", "DATE", "2012-12-31"), ("Friday", "DATE", "2012-12-28")],
    ),
    (
        "He will be inaugurated on Jan. 21 for a second term.",
        "2012-12-20",
        [("Jan. 21", "DATE", "2013-01-21")],
    ),
    # --- midnight and its day: "after" one begins the day named, a midnight alone ends it ---
    (
        "The shooting happened just after midnight Sunday.",
        U,
        [("midnight Sunday", "TIME", "2013-10-27T00:00")],
    ),
    (
        "Rebels entered the town shortly after midnight on Saturday, residents said.",
        U,
        [("midnight on Saturday", "TIME", "2013-10-26T00:00")],
    ),
    ("The ceasefire expires at midnight Friday.", U, [("midnight Friday", "TIME", "2013-11-01T24:00")]),
    # --- a fixture named by a possessive day: "for" or "from" it in a future clause, a timetable
    # verb in the present before it ---
    ("Fans are expected to pack the stadium for Saturday's game.", R, [("Saturday", "DATE", "2013-02-16")]),
    ("Rooney will be rested from Sunday's match.", R, [("Sunday", "DATE", "2013-02-17")]),
    ("Tickets will go on sale for Tuesday's Champions League final.", R, [("Tuesday", "DATE", "2013-02-19")]),
    ("Hamilton starts from pole in Sunday's race.", "2013-03-16", [("Sunday", "DATE", "2013-03-17")]),
    ("The Yankees play Boston in Friday's opener.", R, [("Friday", "DATE", "2013-02-15")]),
    # ... not one told in the past, nor a caption's present, nor what is punished "for".
    ("Hamilton started from pole in Sunday's race.", "2013-03-16", [("Sunday", "DATE", "2013-03-10")]),
    ("Rooney celebrates after scoring in Saturday's game.", R, [("Saturday", "DATE", "2013-02-09")]),
    ("Rooney was rested for Saturday's game.", R, [("Saturday", "DATE", "2013-02-09")]),
    ("The club will be fined for Saturday's crowd trouble.", R, [("Saturday", "DATE", "2013-02-09")]),
    # --- a deadline in the present with its clock in two zones looks ahead; one told in the past does not ---
    (
        "The deadline is noon (1600 GMT) Monday.",
        U,
        [
            ("noon", "TIME", "2013-11-04T12:00"),
            ("1600 GMT", "TIME", "2013-11-04T16:00Z"),
            ("Monday", "DATE", "2013-11-04"),
        ],
    ),
    (
        "Voting is 7 a.m. (0500 GMT) Sunday, officials said.",
        U,
        [
            ("7 a.m.", "TIME", "2013-11-03T07:00"),
            ("0500 GMT", "TIME", "2013-11-03T05:00Z"),
            ("Sunday", "DATE", "2013-11-03"),
        ],
    ),
    (
        "The deadline was 5 p.m. (2100 GMT) Monday.",
        U,
        [
            ("5 p.m.", "TIME", "2013-10-28T17:00"),
            ("2100 GMT", "TIME", "2013-10-28T21:00Z"),
            ("Monday", "DATE", "2013-10-28"),
        ],
    ),
    # --- "due" in an aside of the subject's: the clause's own verb tells which way the day lies ---
    (
        "The jobs report for September, due on Oct. 4, was delayed by the shutdown.",
        U,
        [("September", "DATE", "2013-09"), ("Oct. 4", "DATE", "2013-10-04")],
    ),
    ("The trade figures, due on Nov. 6, were delayed.", U, [("Nov. 6", "DATE", "2013-11-06")]),
    ("The inflation data, due on Friday, will show a rise.", U, [("Friday", "DATE", "2013-11-01")]),
    ("The inflation data are due on Friday.", U, [("Friday", "DATE", "2013-11-01")]),
    # An uncounted number of hours before an event is a duration, and "once every 100 years" a
    # set whose count is in its extent.
    (
        (
            "A meteor exploded over Russia's Ural mountains on Friday morning, injuring about 1,000 "
            "people. The blast came hours before an asteroid was due to pass within 17,200 miles of "
            "Earth. Scientists said such an event happens once every 100 years."
        ),
        "2013-02-15",
        [
            ("Friday morning", "TIME", "2013-02-15TMO"),
            ("hours", "DURATION", "PTXH"),
            ("once every 100 years", "SET", "P100Y"),
        ],
    ),
    # The day a reported period ends on is the nearest one, whatever the clause's tense, and "the
    # quarter" is the quarter of that day, as TimeBank dates "the quarter ended Sept. 30".
    (
        "The company will report results for the quarter ending Sept. 30 on Nov. 5.",
        U,
        [
            ("the quarter", "DATE", "2013-Q3"),
            ("Sept. 30", "DATE", "2013-09-30"),
            ("Nov. 5", "DATE", "2013-11-05"),
        ],
    ),
    (
        "Earnings for the six months ending Dec. 31 will be reported in February.",
        U,
        [
            ("the six months", "DURATION", "P6M"),
            ("Dec. 31", "DATE", "2013-12-31"),
            ("February", "DATE", "2014-02"),
        ],
    ),
]

#: Known gaps, kept as documentation: each needs more than a rule can see.
KNOWN_GAPS = [
    pytest.param(
        "The attacks of Sept. 11 changed everything.",
        R,
        [("Sept. 11", "DATE", "2001-09-11")],
    ),
    pytest.param(
        "The talks, which were due to start on Monday, have been cancelled.",
        R,
        [("Monday", "DATE", "2013-02-11")],
        marks=pytest.mark.xfail(
            reason=(
                "a plan overtaken ('were due to', then 'have been cancelled') still reads as a coming Monday"
            ),
            strict=True,
        ),
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), [*CASES, *KNOWN_GAPS])
def test_wire_probe(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    timexes = annotate(text, dct=dct, domain=domain)
    assert_found(timexes, expected)


def test_a_date_that_names_an_event_tells_no_year_to_the_next_month() -> None:
    """ "charged in the 9 May 2009 bombing": the date names the event, the report is not telling
    that year's story, so "in September" after it is still the DCT's nearest September."""
    text = "Two men were charged in the 9 May 2009 bombing. They were freed after a judge ruled in September."
    values = {timex.text: timex.value for timex in annotate(text, dct="2013-11-15")}
    assert values["September"] == "2013-09"
