"""A forty-ninth probe: news of 2013 (crime, courts and disasters, world affairs, economy and
markets, sport, health and science), TimeBank- and AQUAINT-like news of 1989 and 1998-2000 (the
Wall Street Journal, Xinhua, New York Times features, broadcast transcripts), and histories of
wars from the 17th century to the 1980s (overviews, civil wars, day-by-day battles); documents
written for the probe.

Sentences written the way those texts write them, each with every timex it must yield (text,
type, value and mod). Values follow TimeML 1.2.1 and ../shared/TIMEX3.md. News cases run with
``domain="news"`` and ``domain="auto"``; the narrative ones in narrative mode.

Readings these cases pin down:
- In news: "told reporters in November" and "spoke to lawmakers in May" date the telling (an
  audience is no clause reported); "The Wildcats play Oregon Saturday" is a team's game, no
  work's title, and "close the regular season against Oregon on Saturday" looks ahead; "the
  schedule also includes a visit to Novosibirsk on Thursday" looks ahead; "who face Basel in the
  first leg of their Europa League semi-final on Thursday" is a fixture; "twice in the past year
  and said" is the year before ("the past year and a half" stays a length); "the outlook, issued
  Thursday, calls for a wetter-than-normal summer" looks ahead from a day gone by, whatever week
  the sentence named before; "10 typhoons and tropical storms a year" is a rate; "the year to next
  March" is a length; "closing their books for the month" is the month; "the fourth quarter is
  historically weak" after ", and" is every year's; "before a summit in Vilnius in November" is
  the nearest such month; "rose 7 percent in 2012 to 50 billion euros" names no year 2050; "is
  scheduled to run until October 6" after "in October 2012" is the coming October; "have committed
  to running it through the end of the winter" looks ahead; "since 1997: two weeks in February"
  ends "since" at the colon; "two digits for the year" is no year; "from a year earlier in March"
  is March a year back; a clock after "according to a flash estimate released last Friday" is the
  report's day; "the Lunar New Year holiday, which falls on Jan. 31 next year" is that day; "the
  end of the quarter" after "the fiscal third quarter" is that quarter; "the chief who takes over
  as governor on July 1" looks ahead in its relative clause; "the quarter ended June 30" after a
  quarter not yet over is the quarter that ended, and so is "a year earlier" after it; "four months
  after announcing the deal in July" is the nearest July; "will succeed Bloomberg, who took office in
  2002, on New Year's Day" is the coming one; "the 1987 budget agreement, reached a month after the
  October stock market crash" is 1987's October; "said the autumn harvest will be reduced" looks
  ahead; "is going to start getting beat up in the spring" looks ahead; "the service on Saturday"
  after "A memorial service will be held at 2 p.m. Saturday" is that Saturday; "snow possible by
  weekend" in a headline is the weekend; "most mornings" is a set; "it could be the weekend before
  power was restored" looks ahead; an upper-case "P.M." ends its sentence; "but expected a recovery
  in the fourth quarter" looks ahead; "ushered in years of stagnation" is a length; "Today" after
  "A decade ago" is the present age; "..., and weeks after the North threatened" is a length;
  "over the past year of monopolizing power" is the year before; "had received no warning until
  Thursday night" is gone by; "left the Vatican on Thursday afternoon. He announced his decision on
  Feb. 11. At 8 p.m." is Thursday's clock; "last year after a trip to Mexico in March" is that
  year's March; "its budget for 2014 to 2020 before the summer" is the writer's summer; a title
  quoted with its comma inside ('champion, "Now You Know," slipped') is no present; "Twice a year,
  in the spring and in the fall" is every year's; "dealers waited for Friday's report" looks ahead;
  "its fiscal 1990 first quarter" is one quarter; "would look very different by the spring" and
  "nobody wants this to drag on until summer" look ahead; "Maybe after the first of the year", said
  in November, is the coming New Year's Day; "Lincoln's Birthday" is Feb. 12; "ordered Steven
  Lareau, 52, to report to prison by Jan. 10" looks ahead past the age; "a gun law took effect July
  1. Another law will become effective July 1" is next year's July 1; "the weekend before" is a
  weekend; "every year between July and October" are every year's months.
- In a history: "On the 10th a shell killed the governor" is a day; "more than four years of
  fighting alone" ends before "alone"; "until the day before the ceasefire" is a date counted from
  the story's, with its event ("2 October 1950-the day after the ROK Army crossed the border"
  restates the day); "originally intended for the second half of 1982" is a plan, no story time;
  "the evening before the battle", "the morning after the assault" are parts of the day before
  and after; "In the 460s" after 478 BC is a decade before the era; "; Su Yu had evacuated his
  hospitals the previous week, and the administration fled north the same night" goes back to the
  story's night; "the first day" after the story has moved on is the battle's first; "he died 17
  days later" looks ahead and the battle's clocks stay on its day; "from 241 to late 237 BC" holds
  two years; "a battle that lasted the entire day" is a length; "At 1400" goes on in military hours
  after "at 0400"; "the 1978 Camp David Accords and, a year later, the peace treaty" counts from
  1978; "D-Day was set for the following morning" is the day after the story's; "On the 16th Cronjé
  called" is a day; "a further two months" keeps "a further"; "Congress had fled to Lancaster and
  then York in late September" after June 18, 1778 is the September before; "on 10 June, the day
  before the battle" restates 10 June; "instead of waiting for the spring" is the spring to come,
  and no time the story moves to; "the plan was recast. On 9 April" keeps the story's year (the
  noun "plan" plans nothing); "the date was moved to early June" looks ahead; days after "continued
  until May 1941, with major raids on" lie within the span; "the first day" after a target date the
  pluperfect told is the day the operation began; "from December 1994 to August 1996. ... three
  years later" counts from the span's end; "reached at about 1020" is a military clock with its
  approximation.
"""

from __future__ import annotations

import pytest
from probes import assert_found

from dateline import annotate

NEWS: list[tuple[str, str, list[tuple]]] = [
    (
        "Alderman Joe Burns said he had asked the city to close the club twice in the past year and "
        "would raise the matter again at Wednesday's council meeting.",
        "2013-03-25",
        [("the past year", "DATE", "2012"), ("Wednesday", "DATE", "2013-03-27")],
    ),
    (
        "Forecasters said drier weather should return by the middle of next week, but the weather "
        "service's 90-day outlook, issued Thursday, calls for a wetter-than-normal summer.",
        "2013-05-31",
        [
            ("the middle of next week", "DATE", "2013-W23", "MID"),
            ("90-day", "DURATION", "P90D"),
            ("Thursday", "DATE", "2013-05-30"),
            ("summer", "DATE", "2013-SU"),
        ],
    ),
    (
        "The weather service's 90-day outlook, issued Thursday, calls for a wetter-than-normal summer.",
        "2013-05-31",
        [("90-day", "DURATION", "P90D"), ("Thursday", "DATE", "2013-05-30"), ("summer", "DATE", "2013-SU")],
    ),
    (
        "Nari is the 11th storm to hit Vietnam this year. Vietnam is hit by about 10 typhoons and "
        "tropical storms a year.",
        "2013-10-15",
        [("this year", "DATE", "2013")],
    ),
    (
        "Stock prices fell sharply Monday. The average has now recovered less than half of the 190.58 "
        "points it lost on Friday the 13th. Traders said the selling was touched off by a drop in bond "
        "prices in the early afternoon.",
        "1989-10-24",
        [
            ("Monday", "DATE", "1989-10-23"),
            ("now", "DATE", "PRESENT_REF"),
            ("Friday the 13th", "DATE", "1989-10-13"),
            ("the early afternoon", "TIME", "1989-10-23TAF", "START"),
        ],
    ),
    (
        "Jiang's schedule also includes a visit to Novosibirsk on Thursday, where he will tour a "
        "scientific research center, before leaving for Japan on Friday evening.",
        "1998-11-23",
        [("Thursday", "DATE", "1998-11-26"), ("Friday evening", "TIME", "1998-11-27TEV")],
    ),
    (
        "Hong Kong share prices closed 1.1 percent higher Friday. The benchmark Hang Seng Index rose "
        "83.21 points to 7,829.74, having touched a five-year low of 6,544.79 on August 13. Turnover hit "
        "a record 79 billion Hong Kong dollars as futures contracts expired at 4 p.m.",
        "1998-08-28",
        [
            ("Friday", "DATE", "1998-08-28"),
            ("five-year", "DURATION", "P5Y"),
            ("August 13", "DATE", "1998-08-13"),
            ("4 p.m.", "TIME", "1998-08-28T16:00"),
        ],
    ),
    (
        "The government now expects the economy to shrink in the year to next March.",
        "1998-08-28",
        [("now", "DATE", "PRESENT_REF"), ("the year", "DURATION", "P1Y"), ("next March", "DATE", "1999-03")],
    ),
    (
        "Dealers said the market would focus on the government's next move when trading resumes on "
        "Monday morning, with many funds closing their books for the month.",
        "1998-08-28",
        [("Monday morning", "TIME", "1998-08-31TMO"), ("the month", "DATE", "1998-08")],
    ),
    (
        "Chelsea, who face Basel in the first leg of their Europa League semi-final on Thursday, have "
        "played 12 games since the start of March.",
        "2013-04-21",
        [("Thursday", "DATE", "2013-04-25"), ("the start of March", "DATE", "2013-03", "START")],
    ),
    (
        "Diplomats warned that time was running out before a summit in Vilnius in November.",
        "2013-05-14",
        [("November", "DATE", "2013-11")],
    ),
    (
        "Trade between the EU and Ukraine rose 7 percent in 2012 to 50 billion euros, according to EU "
        "data published in April.",
        "2013-05-14",
        [("2012", "DATE", "2012"), ("April", "DATE", "2013-04")],
    ),
    (
        "The round, the 15th since negotiations formally opened in Oslo in October 2012, is scheduled to "
        "run until October 6, a spokesman said.",
        "2013-09-26",
        [("October 2012", "DATE", "2012-10"), ("October 6", "DATE", "2013-10-06")],
    ),
    (
        "The producers have committed to running it at least through the end of the winter and will "
        "decide in early January whether to keep it open through the spring.",
        "1998-11-22",
        [
            ("the end of the winter", "DATE", "1998-WI", "END"),
            ("early January", "DATE", "1999-01", "START"),
            ("the spring", "DATE", "1999-SP"),
        ],
    ),
    (
        "After the new year, she expects to take her first real vacation since 1997: two weeks in "
        "Florida in February.",
        "1999-10-05",
        [
            ("the new year", "DATE", "2000"),
            ("1997", "DATE", "1997"),
            ("two weeks", "DURATION", "P2W"),
            ("February", "DATE", "2000-02"),
        ],
    ),
    (
        "Ms. Whitcomb now spends most mornings at the theater, rewriting scenes.",
        "1998-11-22",
        [("now", "DATE", "PRESENT_REF"), ("most mornings", "SET", "XXXX-XX-XXTMO")],
    ),
    (
        '"In 1972 two digits for the year saved money," said one of them.',
        "1999-10-05",
        [("1972", "DATE", "1972")],
    ),
    (
        "GDP totaled 11.89 trillion yuan in the January-March period. Industrial output rose 8.9 percent "
        "from a year earlier in March.",
        "2013-04-15",
        [
            ("the January-March period", "DATE", "2013-Q1"),
            ("a year earlier", "DATE", "2012-03"),
            ("March", "DATE", "2013-03"),
        ],
    ),
    (
        "Inflation eased to 2.0 percent in January, according to a flash estimate released last Friday. "
        "In London, the Bank of England kept its main rate at 0.5 percent, where it has been since March "
        "2009. The decision was announced at noon.",
        "2013-02-07",
        [
            ("January", "DATE", "2013-01"),
            ("last Friday", "DATE", "2013-02-01"),
            ("March 2009", "DATE", "2009-03"),
            ("noon", "TIME", "2013-02-07T12:00"),
        ],
    ),
    (
        "The ECB left rates unchanged on Thursday. Inflation eased in January, according to a flash "
        "estimate released last Friday. Spain's IBEX fell 2.1 percent after a weak government bond "
        "auction in the morning.",
        "2013-02-07",
        [
            ("Thursday", "DATE", "2013-02-07"),
            ("January", "DATE", "2013-01"),
            ("last Friday", "DATE", "2013-02-01"),
            ("the morning", "TIME", "2013-02-07TMO"),
        ],
    ),
    (
        "Some analysts worry about another cash squeeze before the Lunar New Year holiday, which falls "
        "on Jan. 31 next year.",
        "2013-12-10",
        [("Lunar New Year", "DATE", "2014-01-31"), ("Jan. 31 next year", "DATE", "2014-01-31")],
    ),
    (
        "Net income for the fiscal third quarter, which ended June 29, rose to $86.2 million. Backlog "
        "stood at $640 million at the end of the quarter, up from $580 million at the end of March.",
        "2013-07-31",
        [
            ("the fiscal third quarter", "DATE", "2013-Q3"),
            ("June 29", "DATE", "2013-06-29"),
            ("the end of the quarter", "DATE", "2013-Q3", "END"),
            ("the end of March", "DATE", "2013-03", "END"),
        ],
    ),
    (
        "Mark Carney, the Canadian central bank chief who takes over as BoE governor on July 1, told "
        "British lawmakers earlier this week that he is open to new policy options. European shares "
        "closed slightly lower. Spain's IBEX fell 2.1 percent after a weak government bond auction in "
        "the morning.",
        "2013-02-07",
        [
            ("July 1", "DATE", "2013-07-01"),
            ("earlier this week", "DATE", "2013-W06", "START"),
            ("the morning", "TIME", "2013-02-07TMO"),
        ],
    ),
    (
        "CNN NEWSROOM\n\nAired October 16, 2013 - 10:00 ET\n\nCAROL COSTELLO, CNN ANCHOR: Good morning.",
        "2013-10-16",
        [("October 16, 2013", "DATE", "2013-10-16"), ("10:00 ET", "TIME", "2013-10-16T10:00-04:00")],
    ),
    (
        "He will succeed Michael Bloomberg, who has served three terms since 2002, on New Year's Day.",
        "2013-11-06",
        [("2002", "DATE", "2002"), ("New Year's Day", "DATE", "2014-01-01")],
    ),
    (
        "Critics noted that similar promises accompanied the 1987 budget agreement, reached a month "
        "after the October stock market crash, and that the deficit has grown in each of the past three "
        "years.",
        "1990-10-01",
        [
            ("1987", "DATE", "1987"),
            ("a month", "DURATION", "P1M"),
            ("October", "DATE", "1987-10"),
            ("the past three years", "DURATION", "P3Y"),
        ],
    ),
    (
        "The company will report third-quarter results in late October. In the quarter ended June 30, "
        "Halvern earned $1.1 billion, down 24 percent from a year earlier.",
        "2013-09-10",
        [
            ("third-quarter", "DATE", "2013-Q3"),
            ("late October", "DATE", "2013-10", "END"),
            ("the quarter", "DATE", "2013-Q2"),
            ("June 30", "DATE", "2013-06-30"),
            ("a year earlier", "DATE", "2012-Q2"),
        ],
    ),
    (
        "Norbeck is set to close its $2.3 billion purchase of Canadian data firm Ostrava Analytics on "
        "Monday, about four months after announcing the deal in July.",
        "2013-11-14",
        [
            ("Monday", "DATE", "2013-11-18"),
            ("four months", "DURATION", "P4M", "APPROX"),
            ("July", "DATE", "2013-07"),
        ],
    ),
    (
        "La Guardia and Kennedy International Airports were closed for nearly six hours yesterday "
        "afternoon, and Newark International Airport canceled all flights after 3 P.M. Service was "
        "expected to resume at 7 A.M. today.",
        "1990-01-04",
        [
            ("nearly six hours", "DURATION", "PT6H", "APPROX"),
            ("yesterday afternoon", "TIME", "1990-01-03TAF"),
            ("3 P.M.", "TIME", "1990-01-03T15:00"),
            ("7 A.M. today", "TIME", "1990-01-04T07:00"),
        ],
    ),
    (
        "Utility officials in Connecticut said it could be the weekend before power was restored to all "
        "customers.",
        "1990-01-04",
        [("the weekend", "DATE", "1990-W01-WE")],
    ),
    (
        "Tourism officials said arrivals had fallen for 11 consecutive months but expected a recovery in "
        "the fourth quarter, helped by lower hotel prices this summer.",
        "1998-07-06",
        [
            ("11 consecutive months", "DURATION", "P11M"),
            ("the fourth quarter", "DATE", "1998-Q4"),
            ("this summer", "DATE", "1998-SU"),
        ],
    ),
    (
        "A memorial service will be held at 2 p.m. Saturday at First Methodist Church. The family asks "
        "that those attending the service on Saturday wear something red.",
        "2013-11-26",
        [("2 p.m. Saturday", "TIME", "2013-11-30T14:00"), ("Saturday", "DATE", "2013-11-30")],
    ),
    ("Bitter cold settles in; snow possible by weekend", "2013-01-22", [("weekend", "DATE", "2013-W04-WE")]),
    (
        "Even after retiring, he stopped by the store most mornings to drink coffee and talk with customers.",
        "2013-11-26",
        [("most mornings", "SET", "XXXX-XX-XXTMO")],
    ),
    (
        "Pope Benedict XVI left the Vatican by helicopter on Thursday afternoon, hours before his "
        "resignation took effect. He announced his decision on Feb. 11, saying he no longer had the "
        "strength to lead the Church. At 8 p.m., Swiss Guards closed the gates of the residence.",
        "2013-02-28",
        [
            ("Thursday afternoon", "TIME", "2013-02-28TAF"),
            ("hours", "DURATION", "PTXH"),
            ("Feb. 11", "DATE", "2013-02-11"),
            ("8 p.m.", "TIME", "2013-02-28T20:00"),
        ],
    ),
    (
        "The pope made up his mind last year after a trip to Mexico in March.",
        "2013-02-28",
        [("last year", "DATE", "2012"), ("March", "DATE", "2012-03")],
    ),
    (
        "Kenny said he hoped the bloc would agree on its long-term budget for 2014 to 2020 before the "
        "summer.",
        "2013-03-15",
        [("2014", "DATE", "2014"), ("2020", "DATE", "2020"), ("the summer", "DATE", "2013-SU")],
    ),
    (
        "The blast came less than two months after Pyongyang launched a long-range rocket on Dec. 12 "
        "that put a satellite into orbit, and weeks after the North threatened in late January to carry "
        'out "a higher-level nuclear test" aimed at the United States.',
        "2013-02-12",
        [
            ("less than two months", "DURATION", "P2M", "LESS_THAN"),
            ("Dec. 12", "DATE", "2012-12-12"),
            ("weeks", "DURATION", "PXW"),
            ("late January", "DATE", "2013-01", "END"),
        ],
    ),
    (
        "Morsi's opponents accused him over the past year of monopolizing power and failing to fix an "
        "economy battered by two and a half years of turmoil.",
        "2013-07-04",
        [("the past year", "DATE", "2012"), ("two and a half years", "DURATION", "P2Y6M")],
    ),
    (
        "Many residents said they had received no warning until Thursday night.",
        "2013-11-11",
        [("Thursday night", "TIME", "2013-11-07TNI")],
    ),
    (
        "Japan's economy has barely grown since the early 1990s, when a property and stock bubble burst "
        "and ushered in years of stagnation.",
        "2013-05-23",
        [("the early 1990s", "DATE", "199", "START"), ("years", "DURATION", "PXY")],
    ),
    (
        "A decade ago, this prairie town of 12,000 had a single stoplight and a shrinking high school. "
        "Today the population is closer to 30,000.",
        "2013-02-12",
        [("A decade ago", "DATE", "2003"), ("Today", "DATE", "PRESENT_REF")],
    ),
    (
        'Last weekend\'s champion, "Now You Know," slipped to second place with $28.4 million.',
        "2013-06-16",
        [("Last weekend", "DATE", "2013-W23-WE")],
    ),
    (
        'Rapper K-Deuce won three awards, including best rap album for "Midnight Ledger," which topped '
        "the Billboard 200 for six weeks last summer.",
        "2013-02-11",
        [("six weeks", "DURATION", "P6W"), ("last summer", "DATE", "2012-SU")],
    ),
    (
        "Its lead single will be released on Feb. 18 and will get its first radio play the weekend before.",
        "2013-02-05",
        [("Feb. 18", "DATE", "2013-02-18"), ("the weekend before", "DATE", "2013-W07-WE")],
    ),
    (
        '"Twice a year, in the spring and in the fall, this market talks itself into a recession," one '
        "strategist said.",
        "1989-10-24",
        [("Twice a year", "SET", "P1Y"), ("the spring", "DATE", "XXXX-SP"), ("the fall", "DATE", "XXXX-FA")],
    ),
    (
        "The dollar ended mixed Tuesday in quiet trading, as currency dealers waited for Friday's U.S. "
        "employment report for October.",
        "1989-11-01",
        [("Tuesday", "DATE", "1989-10-31"), ("Friday", "DATE", "1989-11-03"), ("October", "DATE", "1989-10")],
    ),
    (
        "Digital Equipment fell 3 3/8 to 86 1/2 after the computer maker said profit for its fiscal 1990 "
        "first quarter, ended Sept. 30, dropped 33%.",
        "1989-10-26",
        [("fiscal 1990 first quarter", "DATE", "1990-Q1"), ("Sept. 30", "DATE", "1989-09-30")],
    ),
    (
        "The firm's chairman said in a speech Nov. 9 that the market would \"look very different by the "
        'spring."',
        "1989-11-21",
        [("Nov. 9", "DATE", "1989-11-09"), ("the spring", "DATE", "1990-SP")],
    ),
    (
        '"Nobody wants to bid for this paper now," one trader said Monday afternoon. "Maybe after the '
        'first of the year."',
        "1989-11-21",
        [
            ("now", "DATE", "PRESENT_REF"),
            ("Monday afternoon", "TIME", "1989-11-20TAF"),
            ("the first of the year", "DATE", "1990-01-01"),
        ],
    ),
    (
        '"But nobody wants this to drag on until summer," Lott said Sunday.',
        "1998-12-20",
        [("summer", "DATE", "1999-SU"), ("Sunday", "DATE", "1998-12-20")],
    ),
    (
        "Republicans had hoped to finish the trial by Feb. 12, Lincoln's Birthday, but the schedule "
        "could slip into March.",
        "1999-01-08",
        [
            ("Feb. 12", "DATE", "1999-02-12"),
            ("Lincoln's Birthday", "DATE", "1999-02-12"),
            ("March", "DATE", "1999-03"),
        ],
    ),
    (
        "U.S. District Judge Paul Crotty also ordered Steven Lareau, 52, to forfeit $38.5 million and to "
        "report to prison by Jan. 10.",
        "2013-10-09",
        [("Jan. 10", "DATE", "2014-01-10")],
    ),
    (
        "In Colorado, a gun law took effect July 1. In Delaware, a law requiring police to record "
        "interrogations will become effective July 1.",
        "2013-12-30",
        [("July 1", "DATE", "2013-07-01"), ("July 1", "DATE", "2014-07-01")],
    ),
    (
        "China's southeastern coast is hit by several typhoons every year between July and October.",
        "2013-10-08",
        [("every year", "SET", "P1Y"), ("July", "DATE", "XXXX-07"), ("October", "DATE", "XXXX-10")],
    ),
    (
        "Obama told reporters in November that he would not negotiate.",
        "2013-10-15",
        [("November", "DATE", "2012-11")],
    ),
    ("Obama spoke to lawmakers in November.", "2013-10-15", [("November", "DATE", "2012-11")]),
    (
        "He told reporters the vote in November would be close.",
        "2013-10-15",
        [("November", "DATE", "2013-11")],
    ),
    ("The Wildcats play Oregon Saturday.", "2013-10-15", [("Saturday", "DATE", "2013-10-19")]),
    ("I saw the play Blue Thursday.", "2013-10-15", []),
    (
        "The Wildcats close the regular season against Oregon on Saturday.",
        "2013-10-15",
        [("Saturday", "DATE", "2013-10-19")],
    ),
    (
        "The Wildcats closed the regular season on Saturday.",
        "2013-10-15",
        [("Saturday", "DATE", "2013-10-12")],
    ),
    (
        "Prices rose over the past year and a half.",
        "2013-03-28",
        [("the past year and a half", "DURATION", "P1Y6M")],
    ),
    (
        "Traders are nervous, and the fourth quarter is historically weak for small stocks.",
        "1989-10-24",
        [("the fourth quarter", "SET", "XXXX-Q4")],
    ),
    (
        "The talks opened in October 2012 and will run until October 6.",
        "2013-09-20",
        [("October 2012", "DATE", "2012-10"), ("October 6", "DATE", "2013-10-06")],
    ),
    (
        "Mujib, released in January 1972, returned to Dhaka on 10 January.",
        "2013-09-20",
        [("January 1972", "DATE", "1972-01"), ("10 January", "DATE", "1972-01-10")],
    ),
    ("The show starts at 10:00 ET.", "2013-10-16", [("10:00 ET", "TIME", "2013-10-16T10:00-04:00")]),
    (
        "Shops close for the Lunar New Year, which falls on Jan. 31.",
        "2013-12-10",
        [("Lunar New Year", "DATE", "2014-01-31"), ("Jan. 31", "DATE", "2014-01-31")],
    ),
    (
        "Sales rose in the quarter. Backlog stood at $640 million at the end of the quarter.",
        "2013-07-31",
        [("the quarter", "DATE", "2013-Q2"), ("the end of the quarter", "DATE", "2013-Q2", "END")],
    ),
    (
        "Inflation eased, according to an estimate released last Friday. The decision was announced at noon.",
        "2013-02-07",
        [("last Friday", "DATE", "2013-02-01"), ("noon", "TIME", "2013-02-07T12:00")],
    ),
    ("The firm hired 20 engineers and designers a year.", "2013-03-01", []),
    ("The plan runs from 2012 to 15.", "2013-03-01", [("2012", "DATE", "2012"), ("15", "DATE", "2015")]),
    (
        "The team will play again in March after resting in January.",
        "2013-11-15",
        [("March", "DATE", "2014-03"), ("January", "DATE", "2014-01")],
    ),
    ("He said the Monday meeting will be delayed.", "1998-08-14", [("Monday", "DATE", "1998-08-17")]),
    ("He said the Monday meeting was delayed.", "1998-08-14", [("Monday", "DATE", "1998-08-10")]),
    (
        "The firm, which was founded in 1990, in March moved to Ohio.",
        "2013-11-06",
        [("1990", "DATE", "1990"), ("March", "DATE", "2013-03")],
    ),
]

NARRATIVE: list[tuple[str, str, list[tuple]]] = [
    (
        "The army was in Franconia in September 1806. It crossed the Thuringian Forest early in October, "
        "and on the 10th its vanguard killed Prince Louis Ferdinand at Saalfeld.",
        "2009-12-19",
        [
            ("September 1806", "DATE", "1806-09"),
            ("early in October", "DATE", "1806-10", "START"),
            ("the 10th", "DATE", "1806-10-10"),
        ],
    ),
    (
        "The siege began in October 1806. On the 10th a shell killed the governor.",
        "2009-12-19",
        [("October 1806", "DATE", "1806-10"), ("the 10th", "DATE", "1806-10-10")],
    ),
    (
        "The city itself fell on 19 September 1946 after a four-day assault; Su Yu had evacuated his "
        "hospitals the previous week, and the Communist administration fled north the same night.",
        "2009-12-19",
        [
            ("19 September 1946", "DATE", "1946-09-19"),
            ("four-day", "DURATION", "P4D"),
            ("the previous week", "DATE", "1946-W37"),
            ("the same night", "TIME", "1946-09-19TNI"),
        ],
    ),
    (
        "Japan attacked Pearl Harbor on 7 December 1941. China, which had endured more than four years "
        "of fighting alone, declared war on Japan the following day.",
        "2009-12-19",
        [
            ("7 December 1941", "DATE", "1941-12-07"),
            ("more than four years of fighting", "DURATION", "P4Y", "MORE_THAN"),
            ("the following day", "DATE", "1941-12-08"),
        ],
    ),
    (
        "The ceasefire took effect on 20 August 1988. Iraqi attacks continued until the day before the "
        "ceasefire, and clashes along the border went on for several days afterwards.",
        "2009-12-19",
        [
            ("20 August 1988", "DATE", "1988-08-20"),
            ("the day before the ceasefire", "DATE", "1988-08-19"),
            ("several days", "DURATION", "PXD"),
        ],
    ),
    (
        "In late 1981 the junta began planning an invasion, originally intended for the second half of "
        "1982. Britain had announced the previous June that HMS Endurance would be withdrawn.",
        "2009-12-19",
        [
            ("late 1981", "DATE", "1981", "END"),
            ("the second half of 1982", "DATE", "1982-H2"),
            ("the previous June", "DATE", "1981-06"),
        ],
    ),
    (
        "The landing at Anzac Cove took place on 25 April 1915. Reinforcements from Egypt landed on 28 "
        "April, three days after the landing. Casualties on the first day were about 2,000 men.",
        "2009-12-19",
        [
            ("25 April 1915", "DATE", "1915-04-25"),
            ("28 April", "DATE", "1915-04-28"),
            ("three days after the landing", "DATE", "1915-04-28"),
            ("the first day", "DATE", "1915-04-25"),
        ],
    ),
    (
        "The Battle of the Somme opened on 1 July 1916. It continued for another 140 days, ending on 18 "
        "November 1916. Losses on the first day were never surpassed by the British Army.",
        "2009-12-19",
        [
            ("1 July 1916", "DATE", "1916-07-01"),
            ("another 140 days", "DURATION", "P140D"),
            ("18 November 1916", "DATE", "1916-11-18"),
            ("the first day", "DATE", "1916-07-01"),
        ],
    ),
    (
        "At about 6 a.m. on 7 September 1812 French guns opened fire on the flèches. Prince Bagration "
        "was mortally wounded at around 10 a.m.; he died 17 days later. By noon the flèches had fallen, "
        "and by 6 p.m. the firing had died down.",
        "2009-12-19",
        [
            ("about 6 a.m. on 7 September 1812", "TIME", "1812-09-07T06:00", "APPROX"),
            ("around 10 a.m.", "TIME", "1812-09-07T10:00", "APPROX"),
            ("17 days later", "DATE", "1812-09-24"),
            ("noon", "TIME", "1812-09-07T12:00"),
            ("6 p.m.", "TIME", "1812-09-07T18:00"),
        ],
    ),
    (
        "Immediately after the war Carthage faced the Mercenary War, which lasted more than three years, "
        "from 241 to late 237 BC.",
        "2009-12-19",
        [
            ("more than three years", "DURATION", "P3Y", "MORE_THAN"),
            ("241", "DATE", "BC0241"),
            ("late 237 BC", "DATE", "BC0237", "END"),
        ],
    ),
    (
        "In June 58 BC he caught them at Bibracte and defeated them in a battle that lasted the entire day.",
        "2009-12-19",
        [("June 58 BC", "DATE", "BC0058-06"), ("the entire day", "DURATION", "P1D")],
    ),
    (
        "The Yom Kippur War began on the afternoon of Saturday, 6 October 1973, when Egypt and Syria "
        "launched a surprise attack on Israeli positions in the Sinai and on the Golan Heights; the date "
        "fell on Yom Kippur, the holiest day of the Jewish year, and during the Muslim fast of Ramadan. "
        "Israeli military intelligence had received warnings for several weeks, but Prime Minister Golda "
        "Meir was told only at 0400 that war would come before nightfall. At 1400 some 240 Egyptian "
        "aircraft struck targets in Sinai.",
        "2009-12-19",
        [
            ("the afternoon of Saturday, 6 October 1973", "TIME", "1973-10-06TAF"),
            ("Yom Kippur", "DATE", "1973-10-06"),
            ("several weeks", "DURATION", "PXW"),
            ("0400", "TIME", "1973-10-06T04:00"),
            ("nightfall", "TIME", "1973-10-06TEV"),
            ("1400", "TIME", "1973-10-06T14:00"),
        ],
    ),
    (
        "The disengagement agreement was signed on 18 January 1974. The war led to the 1978 Camp David "
        "Accords and, a year later, to the peace treaty.",
        "2009-12-19",
        [
            ("18 January 1974", "DATE", "1974-01-18"),
            ("1978", "DATE", "1978"),
            ("a year later", "DATE", "1979"),
        ],
    ),
    (
        "On Sunday, 4 June 1967, the cabinet approved military action, and D-Day was set for the "
        "following morning.",
        "2009-12-19",
        [
            ("Sunday, 4 June 1967", "DATE", "1967-06-04"),
            ("D-Day", "DATE", "1967-06-05"),
            ("the following morning", "TIME", "1967-06-05TMO"),
        ],
    ),
    (
        "Clinton evacuated Philadelphia on June 18, 1778. Congress had fled to Lancaster and then York "
        "in late September.",
        "2009-12-19",
        [("June 18, 1778", "DATE", "1778-06-18"), ("late September", "DATE", "1777-09", "END")],
    ),
    (
        "On 11 June 1865 the navy won the Battle of Riachuelo. The invasion had begun on 10 June, the "
        "day before the battle.",
        "2009-12-19",
        [
            ("11 June 1865", "DATE", "1865-06-11"),
            ("10 June", "DATE", "1865-06-10"),
            ("the day before the battle", "DATE", "1865-06-10"),
        ],
    ),
    (
        "War was declared on 11 October 1899, and two days later the Boers surrounded the town. On the "
        "16th Cronjé called on the garrison to surrender; Baden-Powell refused.",
        "2009-12-19",
        [
            ("11 October 1899", "DATE", "1899-10-11"),
            ("two days later", "DATE", "1899-10-13"),
            ("the 16th", "DATE", "1899-10-16"),
        ],
    ),
    (
        "The garrison held out for 87 days before a first relief force reached it, and for a further two "
        "months before it was finally evacuated in November 1857.",
        "2009-12-19",
        [
            ("87 days", "DURATION", "P87D"),
            ("a further two months", "DURATION", "P2M"),
            ("November 1857", "DATE", "1857-11"),
        ],
    ),
    (
        "Hitler originally set the attack in the West for 12 November 1939, but bad weather forced him "
        "to postpone it repeatedly. In January 1940 a German aircraft carrying a copy of the plans "
        "crash-landed in Belgium, and over the following month the plan was recast around a thrust "
        "through the Ardennes. On 9 April Germany invaded Denmark and Norway; Denmark surrendered within "
        "six hours.",
        "2009-12-19",
        [
            ("12 November 1939", "DATE", "1939-11-12"),
            ("January 1940", "DATE", "1940-01"),
            ("the following month", "DATE", "1940-02"),
            ("9 April", "DATE", "1940-04-09"),
            ("six hours", "DURATION", "PT6H"),
        ],
    ),
    (
        "In January 1940 a German aircraft crash-landed in Belgium, and the following month the plan was "
        "recast. On 9 April Germany invaded Denmark and Norway.",
        "2009-12-19",
        [
            ("January 1940", "DATE", "1940-01"),
            ("the following month", "DATE", "1940-02"),
            ("9 April", "DATE", "1940-04-09"),
        ],
    ),
    (
        "The climax came on 15 September 1940. Chamberlain died that November. The Blitz continued until "
        "May 1941, with major raids on Coventry on the night of 14 November and on London on 29 "
        "December.",
        "2009-12-19",
        [
            ("15 September 1940", "DATE", "1940-09-15"),
            ("that November", "DATE", "1940-11"),
            ("May 1941", "DATE", "1941-05"),
            ("the night of 14 November", "TIME", "1940-11-14TNI"),
            ("29 December", "DATE", "1940-12-29"),
        ],
    ),
    (
        "Operation Barbarossa began on 22 June 1941. Hitler had set 15 May 1941 as the target date. On "
        "the first day alone the Soviet air force lost some 1,200 aircraft.",
        "2009-12-19",
        [
            ("22 June 1941", "DATE", "1941-06-22"),
            ("15 May 1941", "DATE", "1941-05-15"),
            ("the first day", "DATE", "1941-06-22"),
        ],
    ),
    (
        "Roosevelt and Churchill promised Stalin that the invasion would take place in May 1944. "
        "Eisenhower was named Supreme Allied Commander on 24 December 1943. Because of a shortage of "
        "landing craft the date was moved to early June, and bad weather forced a final delay of 24 "
        "hours from 5 June.",
        "2009-12-19",
        [
            ("May 1944", "DATE", "1944-05"),
            ("24 December 1943", "DATE", "1943-12-24"),
            ("early June", "DATE", "1944-06", "START"),
            ("24 hours", "DURATION", "PT24H"),
            ("5 June", "DATE", "1944-06-05"),
        ],
    ),
    (
        "The First Chechen War was fought from December 1994 to August 1996. The Second Chechen War "
        "began three years later and lasted until the spring of 2000.",
        "2009-12-19",
        [
            ("December 1994", "DATE", "1994-12"),
            ("August 1996", "DATE", "1996-08"),
            ("three years later", "DATE", "1999"),
            ("the spring of 2000", "DATE", "2000-SP"),
        ],
    ),
    (
        "The defenders held the pass throughout the autumn of 1877.\n"
        "\n"
        "Winter campaign and armistice\n"
        "\n"
        "Instead of waiting for the spring, the Russian command ordered its armies across the Balkan "
        "Mountains in December. Gurko entered Sofia on 4 January 1878.",
        "2009-12-19",
        [
            ("the autumn of 1877", "DATE", "1877-FA"),
            ("Winter", "DATE", "1877-WI"),
            ("the spring", "DATE", "1878-SP"),
            ("December", "DATE", "1877-12"),
            ("4 January 1878", "DATE", "1878-01-04"),
        ],
    ),
    (
        "Suribachi was taken on 23 February 1945. At about 1020 a small flag was raised on its summit.",
        "2009-12-19",
        [("23 February 1945", "DATE", "1945-02-23"), ("about 1020", "TIME", "1945-02-23T10:20", "APPROX")],
    ),
    (
        "The battle was fought on 3 May 1809. On the evening before the battle, Napoleon inspected the "
        "lines.",
        "2009-12-19",
        [("3 May 1809", "DATE", "1809-05-03"), ("the evening before the battle", "TIME", "1809-05-02TEV")],
    ),
    (
        "The fort fell on 3 May 1809. The night after the assault, the garrison slipped away.",
        "2009-12-19",
        [("3 May 1809", "DATE", "1809-05-03"), ("The night after the assault", "TIME", "1809-05-03TNI")],
    ),
    ("It rained in the morning before the battle.", "2009-12-19", [("the morning", "TIME", "XXXX-XX-XXTMO")]),
    (
        "Rome fell in 146 BC. In the 140s the provinces grew.",
        "2009-12-19",
        [("146 BC", "DATE", "BC0146"), ("the 140s", "DATE", "BC014")],
    ),
    (
        "Rome fell in AD 146. In the 150s the provinces grew.",
        "2009-12-19",
        [("AD 146", "DATE", "0146"), ("the 150s", "DATE", "015")],
    ),
    (
        "The city fell on 19 September 1946; Su Yu had evacuated his hospitals on 12 September, and the "
        "administration fled north that night.",
        "2009-12-19",
        [
            ("19 September 1946", "DATE", "1946-09-19"),
            ("12 September", "DATE", "1946-09-12"),
            ("that night", "TIME", "1946-09-19TNI"),
        ],
    ),
    (
        "On 8 October 1950, the day after the US's northward crossing of the 38th-parallel border into "
        "North Korea, Stalin wrote.",
        "2009-12-19",
        [
            ("8 October 1950", "DATE", "1950-10-08"),
            (
                "the day after the US's northward crossing of the 38th-parallel border into North Korea",
                "DATE",
                "1950-10-08",
            ),
        ],
    ),
    (
        "The Allies broke through on 8 August 1918. The day after the battle Ludendorff told his staff "
        "the war was lost.",
        "2009-12-19",
        [("8 August 1918", "DATE", "1918-08-08"), ("The day after the battle", "DATE", "1918-08-09")],
    ),
    (
        "The siege began on 6 April 1453. On the second day the walls were breached.",
        "2009-12-19",
        [("6 April 1453", "DATE", "1453-04-06"), ("the second day", "DATE", "1453-04-07")],
    ),
    (
        "The war lasted from 241 to 237 BC.",
        "2009-12-19",
        [("241", "DATE", "BC0241"), ("237 BC", "DATE", "BC0237")],
    ),
    (
        "On Sunday, 4 June 1967, the cabinet approved military action, and D-Day was set for 7 June.",
        "2009-12-19",
        [
            ("Sunday, 4 June 1967", "DATE", "1967-06-04"),
            ("D-Day", "DATE", "1967-06-07"),
            ("7 June", "DATE", "1967-06-07"),
        ],
    ),
]


@pytest.mark.parametrize("domain", ["news", "auto"])
@pytest.mark.parametrize(("text", "dct", "expected"), NEWS)
def test_news_probe_49(text: str, dct: str, expected: list[tuple], domain: str) -> None:
    assert_found(annotate(text, dct=dct, domain=domain), expected)


@pytest.mark.parametrize(("text", "dct", "expected"), NARRATIVE)
def test_narrative_probe_49(text: str, dct: str, expected: list[tuple]) -> None:
    assert_found(annotate(text, dct=dct, domain="narrative"), expected)
